// scoreResponse from Node.js (the package's `node` entry): the same engine
// as the browser, and every envelope it emits validates against the
// published JSON Schema.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { scoreResponse } from '../../pkg/node.mjs';
import { responseValidator } from '../e2e/harness.mjs';

const validate = responseValidator();

/** A submitted envelope with the given answers and (possibly wrong) scores. */
function envelope({ nrs, phq9, scores = [] }) {
  const phqAnswers = {};
  phq9.forEach((v, i) => { if (v !== null) phqAnswers[`phq9_${i + 1}`] = String(v); });
  return {
    schemaVersion: 1,
    widget: { name: 'pain-assessment', version: '0.1.0' },
    submissionId: randomUUID(),
    startedAt: '2026-11-29T08:00:00.000Z',
    completedAt: '2026-11-29T08:04:00.000Z',
    locale: 'en',
    instruments: [
      { id: 'nrs11', version: '1.0', answers: nrs === null ? {} : { nrs11_now: nrs }, scores: [], safety: [] },
      { id: 'phq9', version: 'phqscreeners-en-1', answers: phqAnswers, scores, safety: [] },
    ],
  };
}

const total = (report) => report.rescored.instruments[1].scores[0];

test('re-scores PHQ-9 totals and bands as the native engine does', () => {
  const cases = [
    [[0, 0, 0, 0, 0, 0, 0, 0, 0], 0, 'minimal'],
    [[1, 1, 1, 1, 0, 0, 0, 0, 0], 4, 'minimal'],
    [[1, 1, 1, 1, 1, 0, 0, 0, 0], 5, 'mild'],
    [[2, 2, 2, 2, 2, 0, 0, 0, 0], 10, 'moderate'],
    [[3, 3, 3, 3, 3, 0, 0, 0, 0], 15, 'moderately_severe'],
    [[3, 3, 3, 3, 3, 3, 2, 0, 0], 20, 'severe'],
    [[3, 3, 3, 3, 3, 3, 3, 3, 3], 27, 'severe'],
  ];
  for (const [answers, value, band] of cases) {
    const report = scoreResponse(envelope({ nrs: 5, phq9: answers }));
    assert.equal(total(report).value, value);
    assert.equal(total(report).band.id, band);
  }
});

test('reports a submitted score that differs', () => {
  const honest = scoreResponse(envelope({ nrs: 5, phq9: [1, 1, 1, 1, 1, 1, 1, 1, 1] })).rescored;
  assert.equal(scoreResponse(honest).ok, true);
  honest.instruments[1].scores[0].value = 3;
  const report = scoreResponse(JSON.stringify(honest));
  assert.equal(report.ok, false);
  assert.match(report.differences.join('\n'), /phq9\.total: submitted 3 but re-scored 9/);
});

test('input that is not a response gives a categorised error, not an exception', () => {
  for (const input of [null, 'not json', { schemaVersion: 1 }, 42]) {
    const report = scoreResponse(input);
    assert.equal(report.ok, false);
    assert.equal(report.error.category, 'response');
    assert.ok(report.error.message.length > 0);
  }
});

test('every emitted envelope validates against the schema', () => {
  // Complete, prorated, not scorable, flagged, and unanswered NRS.
  const variants = [
    { nrs: 0, phq9: [0, 0, 0, 0, 0, 0, 0, 0, 0] },
    { nrs: 10, phq9: [3, 3, 3, 3, 3, 3, 3, 3, 3] },
    { nrs: 4, phq9: [2, 2, 2, null, 2, 2, 2, 2, 1] },
    { nrs: 4, phq9: [2, null, null, null, 2, 2, 2, 2, 1] },
    { nrs: null, phq9: [null, null, null, null, null, null, null, null, null] },
  ];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  for (let i = 0; i < 40; i += 1) {
    variants.push({ nrs: next() % 11, phq9: Array.from({ length: 9 }, () => (next() % 5 === 0 ? null : next() % 4)) });
  }
  for (const variant of variants) {
    const { rescored } = scoreResponse(envelope(variant));
    const { ok, errors } = validate(rescored);
    assert.ok(ok, `${JSON.stringify(variant)}: ${errors}`);
  }
  const prorated = scoreResponse(envelope(variants[2])).rescored;
  assert.equal(total({ rescored: prorated }).prorated, true);
  assert.equal(prorated.instruments[1].safety[0].item, 'phq9_9');
  const unscorable = scoreResponse(envelope(variants[3])).rescored;
  assert.equal(total({ rescored: unscorable }).value, null);
  assert.match(total({ rescored: unscorable }).notScorable, /at least 7/);
});
