// Every built-in instrument scores the same in JavaScript (scoreResponse)
// and natively (the pa-score CLI), for random answers with gaps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreResponse } from '../../pkg/node.mjs';
import { responseValidator, ROOT } from '../e2e/harness.mjs';

const catalogue = JSON.parse(readFileSync(join(ROOT, 'pkg', 'catalogue.json'), 'utf8'));
const CLI = join(ROOT, 'target', 'release', 'pa-score');
const validate = responseValidator();
const REGIONS = Object.keys(JSON.parse(readFileSync(join(ROOT, 'pkg', 'instruments', 'bodymap-figure.json'), 'utf8')).paths);
const QUALITIES = ['aching', 'burning', 'shooting', 'stabbing', 'numbness', 'pins_and_needles'];

let seed = 20261129;
const next = (n) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };

/** A random answer the item accepts, or undefined to leave it unanswered. */
function answer(item, gaps) {
  if (gaps && next(12) === 0) return undefined;
  const { kind } = item;
  const values = (kind.options ?? []).map((o) => o.value);
  switch (kind.type) {
    case 'singleChoice': return values[next(values.length)];
    case 'multiChoice':
    case 'checklist': return values.filter(() => next(2) === 0);
    case 'rating': return kind.min + next(kind.max - kind.min + 1);
    case 'vas': return next(101);
    case 'yesNo': return next(2) === 0;
    case 'bodyMap': {
      const regions = {};
      for (const id of REGIONS.filter(() => next(6) === 0)) {
        regions[id] = { intensity: gaps && next(10) === 0 ? undefined : next(11), qualities: QUALITIES.filter(() => next(4) === 0) };
      }
      return { regions, previous: next(2) === 0 ? REGIONS.filter(() => next(8) === 0) : undefined };
    }
    default: return undefined;
  }
}

/** Every built-in answered at random; with `gaps`, some items left out. */
function envelope(gaps) {
  return {
    schemaVersion: 1,
    widget: { name: 'pain-assessment', version: '0.1.0' },
    submissionId: randomUUID(),
    startedAt: '2026-11-29T08:00:00.000Z',
    completedAt: '2026-11-29T08:04:00.000Z',
    locale: 'en',
    instruments: catalogue.map((instrument) => ({
      id: instrument.id,
      version: instrument.version,
      answers: Object.fromEntries(instrument.items.map((item) => [item.id, answer(item, gaps)]).filter(([, a]) => a !== undefined)),
      scores: [],
      safety: [],
    })),
  };
}

test('JavaScript and native scoring agree on every built-in instrument', () => {
  let scored = 0;
  let unscored = 0;
  for (let round = 0; round < 25; round += 1) {
    const report = scoreResponse(envelope(round % 2 === 1));
    assert.equal(report.error, undefined, JSON.stringify(report.error));
    const { rescored } = report;
    const validity = validate(rescored);
    assert.ok(validity.ok, validity.errors);
    assert.deepEqual(rescored.instruments.map((i) => i.id), catalogue.map((i) => i.id));
    for (const score of rescored.instruments.flatMap((i) => i.scores)) {
      if (score.value === null) unscored += 1; else scored += 1;
    }
    const native = spawnSync(CLI, ['verify'], { input: JSON.stringify(rescored), encoding: 'utf8' });
    assert.equal(native.status, 0, `${native.stdout}${native.stderr}`);
    assert.equal(JSON.parse(native.stdout).ok, true);
  }
  // The random gaps exercise both sides of the missing-item rules.
  assert.ok(scored > 100 && unscored > 100, `${scored} scored, ${unscored} not scorable`);
});
