// The procedure diary through the Node module (the scorer's wasm) and the
// native CLI: the same response, and a clear error for a broken diary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { procedureResponse } from '../../pkg/node.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'target', 'release', 'pa-score');

const diary = {
  procedure: { kind: 'medialBranchBlock', performedAt: '2026-11-29T08:00:00Z', localAnaesthetic: 'bupivacaine' },
  entries: [
    { at: '2026-11-29T07:50:00Z', pain: 7 },
    { at: '2026-11-29T08:30:00Z', pain: 1, activityTried: true },
    { at: '2026-11-29T09:00:00Z', pain: 2 },
    { at: '2026-11-29T10:00:00Z', pain: 5 },
  ],
};

test('wasm and native read a diary alike', () => {
  const wasm = procedureResponse(diary);
  const native = spawnSync(CLI, ['diary'], { input: JSON.stringify(diary), encoding: 'utf8' });
  assert.equal(native.status, 0, native.stderr);
  assert.deepEqual(wasm, JSON.parse(native.stdout));
  assert.equal(wasm.baseline, 7);
  assert.equal(Math.round(wasm.peakRelief * 10) / 10, 85.7);
  assert.deepEqual([wasm.positiveSpan.fromMinutes, wasm.positiveSpan.untilMinutes, wasm.positiveSpan.endedByMinutes], [30, 60, 120]);
  assert.equal(wasm.nextDueAt, '2026-11-29T11:00:00.000Z');
  const broken = procedureResponse({ procedure: { kind: 'surgery' }, entries: [] });
  assert.equal(broken.ok, false);
  assert.match(broken.error.message, /not a procedure diary: diary.procedure.kind: 'surgery' is not medialBranchBlock/);
});
