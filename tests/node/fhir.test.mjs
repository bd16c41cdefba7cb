// Every built-in instrument as a FHIR R4 Questionnaire passes an
// independent validator (the `fhir` package's R4 structure validation),
// with no errors and no property FHIR does not define.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fhirModule from 'fhir';
import { ROOT } from '../e2e/harness.mjs';

const { Fhir } = fhirModule;
const fhir = new Fhir();
const CLI = join(ROOT, 'target', 'release', 'pa-score');
const catalogue = JSON.parse(readFileSync(join(ROOT, 'pkg', 'catalogue.json'), 'utf8'));

/** Validator messages that mean the resource is not valid FHIR R4. */
function problems(resource) {
  const result = fhir.validate(resource);
  return result.messages
    .filter((m) => m.severity === 'error' || /Unexpected property/.test(m.message))
    .map((m) => `${m.location}: ${m.message}`);
}

test('the validator itself refuses what is not FHIR', () => {
  const broken = { resourceType: 'Questionnaire', status: 'done', item: [{ linkId: 'a', type: 'number', colour: 'red' }] };
  assert.ok(problems(broken).length >= 3, problems(broken).join('\n'));
});

test('every built-in instrument is a valid FHIR R4 Questionnaire, with its codes', () => {
  for (const instrument of catalogue) {
    const questionnaire = JSON.parse(execFileSync(CLI, ['fhir-questionnaire', instrument.id], { encoding: 'utf8' }));
    assert.deepEqual(problems(questionnaire), [], instrument.id);
    assert.equal(questionnaire.item.length, instrument.items.length, instrument.id);
    for (const code of instrument.codes ?? []) {
      assert.ok(questionnaire.code.some((c) => c.code === code.code), `${instrument.id}: ${code.code}`);
    }
  }
  const phq9 = JSON.parse(execFileSync(CLI, ['fhir-questionnaire', 'phq9'], { encoding: 'utf8' }));
  assert.equal(phq9.code[0].code, '44249-1');
});
