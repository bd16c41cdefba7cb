// Published FHIR R4 Questionnaires (tests/fhir/questionnaires, sources and
// licences in its SOURCES.md) given to the widget as they are published:
// each that the importer takes is shown on a phone, completed by taps one
// question a screen with axe-core auditing every screen, and its response
// becomes a QuestionnaireResponse that names the Questionnaire's canonical
// url and version, keeps its linkIds and codings, and passes the
// independent R4 validator (the `fhir` package).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fhirModule from 'fhir';
import { answerShown, audit, launchBrowser, mountWidget, requireBuild, startServer, ROOT, phonePage } from './harness.mjs';

const CLI = join(ROOT, 'target', 'release', 'pa-score');
const DIR = join(ROOT, 'tests', 'fhir', 'questionnaires');
const { Fhir } = fhirModule;
const validator = new Fhir();

/** The Questionnaires the importer takes, each with its definition. */
const importable = readdirSync(DIR).filter((f) => f.endsWith('.json')).flatMap((file) => {
  const text = readFileSync(join(DIR, file), 'utf8');
  const run = spawnSync(CLI, ['from-fhir'], { input: text, encoding: 'utf8' });
  return run.status === 0 ? [{ file, questionnaire: JSON.parse(text), definition: JSON.parse(run.stdout) }] : [];
});

let server;
let browser;
before(async () => { requireBuild(); server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

test('at least five published Questionnaires import', () => {
  assert.ok(importable.length >= 5, `only ${importable.map((q) => q.file).join(', ')}`);
});

for (const { file, questionnaire, definition } of importable) {
  test(`${file}: completed by taps on a phone, and its QuestionnaireResponse is valid R4`, async () => {
    const { context, page, errors } = await phonePage(browser, server.url);
    await mountWidget(page, { definitions: [questionnaire], instruments: [definition.id], layout: 'question', autosave: false });
    let screens = 0;
    let typedOwn = false;
    while (!(await page.locator('.pa-complete').count())) {
      await page.locator('fieldset.pa-item, .pa-display').first().waitFor();
      const step = await page.locator('.pa-step').textContent();
      assert.deepEqual(await audit(page, 'pain-assessment'), [], `axe: ${file} ${step}`);
      // An open choice is answered in the patient's own words.
      const own = page.locator('fieldset.pa-item .pa-other input');
      if (await own.count()) {
        await own.tap();
        await own.fill('In my own words');
        typedOwn = true;
      } else if (await page.locator('fieldset.pa-item').count()) {
        await answerShown(page, 'tap');
      }
      await page.locator('button.pa-next, button.pa-submit').tap();
      screens += 1;
      assert.ok(screens <= definition.items.length + 1, `${file}: more screens than items`);
      if (await page.locator('.pa-complete').count()) break;
    }
    assert.deepEqual(await audit(page, 'pain-assessment'), [], `axe: ${file} thank you`);
    const response = await page.evaluate(() => document.querySelector('pain-assessment').getResponse());
    assert.ok(Object.keys(response.instruments[0].answers).length > 0, file);
    const bundle = JSON.parse(execFileSync(CLI, ['fhir-bundle', '--definitions', join(DIR, file)], { input: JSON.stringify(response), encoding: 'utf8' }));
    const qr = bundle.entry.map((e) => e.resource).find((r) => r.resourceType === 'QuestionnaireResponse');
    const problems = validator.validate(qr).messages.filter((m) => m.severity === 'error' || /Unexpected property/.test(m.message));
    assert.deepEqual(problems.map((m) => `${m.location}: ${m.message}`), [], file);
    if (questionnaire.url) {
      assert.equal(qr.questionnaire, questionnaire.version ? `${questionnaire.url}|${questionnaire.version}` : questionnaire.url, file);
    }
    // Every answered linkId is one of the Questionnaire's, and a coded
    // answer is one of the codings it offers for that item.
    const published = new Map();
    const walk = (items) => items?.forEach((item) => { published.set(item.linkId, item); walk(item.item); });
    walk(questionnaire.item);
    const answered = [];
    const each = (items) => items?.forEach((item) => { if (item.answer) answered.push(item); each(item.item); item.answer?.forEach((a) => each(a.item)); });
    each(qr.item);
    assert.ok(answered.length > 0, file);
    for (const item of answered) {
      assert.ok(published.has(item.linkId), `${file}: ${item.linkId}`);
      for (const answer of item.answer) {
        if (answer.valueCoding && published.get(item.linkId).answerOption) {
          const offered = published.get(item.linkId).answerOption.map((o) => o.valueCoding).filter(Boolean);
          assert.ok(offered.some((c) => c.code === answer.valueCoding.code && c.system === answer.valueCoding.system), `${file}: ${item.linkId} ${JSON.stringify(answer.valueCoding)}`);
        }
      }
    }
    if (typedOwn) {
      assert.ok(answered.some((item) => item.answer.some((a) => a.valueString === 'In my own words')), `${file}: the open choice's own answer as valueString`);
    }
    assert.deepEqual(errors, [], file);
    console.log(`${file}: ${screens} screens by taps, ${answered.length} answers in a valid QuestionnaireResponse`);
    await context.close();
  });
}

test('a Questionnaire the importer refuses: a message on screen and a definition error naming each item', async () => {
  const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
  page.setDefaultTimeout(10_000);
  await page.goto(`${server.url}/minimal.html`);
  const questionnaire = JSON.parse(readFileSync(join(DIR, 'sdc-all-data-types.json'), 'utf8'));
  await page.evaluate((q) => {
    document.querySelectorAll('pain-assessment').forEach((e) => e.remove());
    window.paErrors = [];
    document.addEventListener('pa-error', (e) => window.paErrors.push(e.detail), true);
    const element = document.createElement('pain-assessment');
    element.options = { definitions: [q], instruments: ['whatever'], autosave: false };
    document.body.append(element);
  }, questionnaire);
  const error = page.locator('pain-assessment .pa-error');
  await error.waitFor();
  assert.match(await error.textContent(), /definitions\[0\]: .*item 'id-date' \(linkId id-date\): type 'date' is not supported/);
  assert.equal(await error.getAttribute('role'), 'alert');
  await page.waitForFunction(() => window.paErrors.length > 0);
  const [detail] = await page.evaluate(() => window.paErrors);
  assert.equal(detail.category, 'definition');
  assert.match(detail.message, /linkId id-datetime\): type 'dateTime' is not supported/);
  // The host's own options object is left as it gave it.
  assert.equal(await page.evaluate(() => document.querySelector('pain-assessment').options.definitions[0].resourceType), 'Questionnaire');
  await page.close();
});

test('format fhir posts the Bundle of an imported Questionnaire\'s response, naming the Questionnaire', async () => {
  const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
  page.setDefaultTimeout(10_000);
  await page.goto(`${server.url}/minimal.html`);
  const questionnaire = JSON.parse(readFileSync(join(DIR, 'spezi-gad7.json'), 'utf8'));
  const { definition } = importable.find((q) => q.file === 'spezi-gad7.json');
  await mountWidget(page, { definitions: [questionnaire], instruments: [definition.id], endpoint: '/api/submissions', format: 'fhir', autosave: false });
  await page.locator('fieldset.pa-item').first().waitFor();
  for (const fieldset of await page.locator('fieldset.pa-item').all()) await fieldset.locator('label.pa-option').nth(1).click();
  await page.locator('button.pa-submit').click();
  await page.locator('.pa-complete').waitFor();
  const received = async () => {
    const records = await (await fetch(`${server.url}/api/submissions`)).json();
    return records.map((r) => r.fhir).filter(Boolean).flatMap((b) => b.entry.map((e) => e.resource))
      .find((r) => r.resourceType === 'QuestionnaireResponse' && r.questionnaire === questionnaire.url);
  };
  let qr;
  for (let i = 0; i < 50 && !qr; i += 1) { qr = await received(); if (!qr) await page.waitForTimeout(100); }
  assert.ok(qr, 'the Bundle reached the endpoint');
  const problems = validator.validate(qr).messages.filter((m) => m.severity === 'error' || /Unexpected property/.test(m.message));
  assert.deepEqual(problems, []);
  const items = qr.item.flatMap((i) => [i, ...(i.item ?? [])]).filter((i) => i.answer);
  assert.equal(items.length, 7);
  assert.ok(items.every((i) => i.answer[0].valueCoding?.system), 'each answer is one of the ValueSet\'s codings');
  await page.close();
});
