// Every built-in instrument scores the same in JavaScript (scoreResponse)
// and natively (the pa-score CLI), for random answers with gaps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { scoreResponse } from '../../pkg/node.mjs';
import { responseValidator, ROOT } from '../e2e/harness.mjs';
import { catalogue, randomResponses } from './random.mjs';

const CLI = join(ROOT, 'target', 'release', 'pa-score');
const validate = responseValidator();
const envelope = randomResponses(20261129);

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
