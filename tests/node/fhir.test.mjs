// Every built-in instrument as a FHIR R4 Questionnaire passes an
// independent validator (the `fhir` package's R4 structure validation),
// with no errors and no property FHIR does not define.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import fhirModule from 'fhir';
import { ROOT } from '../e2e/harness.mjs';
import { catalogue, randomResponses } from './random.mjs';

const { Fhir } = fhirModule;
const fhir = new Fhir();
const CLI = join(ROOT, 'target', 'release', 'pa-score');

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

test('conditional items carry FHIR enableWhen that names an earlier question and one of its options', () => {
  const phq9 = JSON.parse(execFileSync(CLI, ['fhir-questionnaire', 'phq9'], { encoding: 'utf8' }));
  const difficulty = phq9.item.find((i) => i.linkId === 'phq9_difficulty');
  assert.equal(difficulty.enableBehavior, 'any');
  assert.equal(difficulty.enableWhen.length, 27, 'items 1-9, each above Not at all');
  for (const condition of difficulty.enableWhen) {
    assert.equal(condition.operator, '=');
    const target = phq9.item.find((i) => i.linkId === condition.question);
    assert.ok(phq9.item.indexOf(target) < phq9.item.indexOf(difficulty));
    assert.ok(target.answerOption.some((o) => o.valueCoding.system === condition.answerCoding.system && o.valueCoding.code === condition.answerCoding.code));
    assert.notEqual(condition.answerCoding.code, '0');
  }
  const nhis = JSON.parse(execFileSync(CLI, ['fhir-questionnaire', 'nhis_pain'], { encoding: 'utf8' }));
  const limit = nhis.item.find((i) => i.linkId === 'nhis_pain_limit');
  assert.deepEqual(limit.enableWhen.map((c) => [c.question, c.operator, c.answerCoding.code]),
    [['nhis_pain_frequency', '=', '2'], ['nhis_pain_frequency', '=', '3'], ['nhis_pain_frequency', '=', '4']]);
  assert.equal(limit.enableBehavior, 'any');
  assert.equal(nhis.item.find((i) => i.linkId === 'nhis_pain_frequency').enableWhen, undefined);
});

test('a response as a FHIR R4 transaction Bundle: every resource valid, every score and region in it', async () => {
  const { scoreResponse } = await import('../../pkg/node.mjs');
  const answers = {
    nrs11: { nrs11_now: 7 },
    phq9: Object.fromEntries([...Array(9)].map((_, i) => [`phq9_${i + 1}`, String(i % 4)]).concat([['phq9_difficulty', 'somewhat']])),
    bodymap: { bodymap: { regions: { left_knee_front: { intensity: 6, qualities: ['aching'] }, right_lower_back_back: { intensity: 3 } } } },
    vas: {},
  };
  const envelope = {
    schemaVersion: 1, widget: { name: 'pain-assessment', version: '0.1.0' },
    submissionId: '3f1c2a9e-8b7d-4c51-9e0a-6d2b1f4c7a88', startedAt: '2026-11-29T08:00:00.000Z', completedAt: '2026-11-29T08:04:12.517Z',
    locale: 'en', patientId: 'p-1', encounterId: 'e-1',
    instruments: Object.entries(answers).map(([id, given]) => ({
      id, version: catalogue.find((i) => i.id === id).version, answers: given, scores: [], safety: [],
    })),
  };
  const { rescored } = scoreResponse(envelope);
  const bundle = JSON.parse(execFileSync(CLI, ['fhir-bundle'], { input: JSON.stringify(rescored), encoding: 'utf8' }));
  assert.deepEqual(problems(bundle), []);
  const resources = bundle.entry.map((e) => e.resource);
  for (const resource of resources) assert.deepEqual(problems(resource), [], resource.resourceType);
  const of = (type) => resources.filter((r) => r.resourceType === type);
  const scores = rescored.instruments.flatMap((i) => i.scores);
  assert.equal(of('QuestionnaireResponse').length, 4);
  assert.equal(of('BodyStructure').length, 2);
  assert.equal(of('Observation').length, scores.length + 2);
  const total = of('Observation').find((o) => o.code.coding.some((c) => c.code === '44261-6'));
  assert.equal(total.valueQuantity.value, scores.find((s) => s.label === 'PHQ-9 total').value);
  assert.equal(total.interpretation[0].coding[0].code, 'moderate'); // 0+1+2+3+0+1+2+3+0 = 12
  assert.equal(total.subject.identifier.value, 'p-1');
  const knee = of('BodyStructure').find((b) => b.location.coding[0].code === '72696002');
  assert.deepEqual(knee.locationQualifier.map((q) => q.coding[0].code), ['7771000', '255549009']);
  const vas = of('Observation').find((o) => o.code.coding.some((c) => c.system.endsWith(':vas')));
  assert.equal(vas.dataAbsentReason.coding[0].code, 'unknown', 'an unanswered score says why it has no value');
  assert.equal(new Set(bundle.entry.map((e) => e.fullUrl)).size, bundle.entry.length);
});

test('a Bundle of every built-in instrument, answered at random, passes the validator', async () => {
  const { scoreResponse } = await import('../../pkg/node.mjs');
  const envelope = randomResponses(42)(false);
  const { rescored, error } = scoreResponse(envelope);
  assert.equal(error, undefined, JSON.stringify(error));
  const bundle = JSON.parse(execFileSync(CLI, ['fhir-bundle'], { input: JSON.stringify(rescored), encoding: 'utf8' }));
  const answered = bundle.entry.filter((e) => e.resource.resourceType === 'QuestionnaireResponse');
  assert.equal(answered.length, catalogue.length);
  for (const { resource } of bundle.entry) assert.deepEqual(problems(resource), [], `${resource.resourceType} ${resource.questionnaire ?? ''}`);
  assert.deepEqual(problems(bundle), []);
});
