// Re-scoring in Node.js: `import { scoreResponse } from 'pain-assessment/node'`.
// The same engine as in the browser, loaded from the package's wasm file.
import { readFileSync } from 'node:fs';
import { initSync, procedureResponse as procedureWasm, scoreResponse as scoreWasm } from './pain_assessment_score.js';

initSync({ module: readFileSync(new URL('./pain_assessment_score_bg.wasm', import.meta.url)) });

/** Re-scores a response envelope: { ok, differences, rescored } or { ok: false, error }. */
export function scoreResponse(response) {
  return scoreWasm(response);
}

/** A procedure diary's response (see the browser module's procedureResponse). */
export function procedureResponse(diary) {
  return procedureWasm(diary);
}
