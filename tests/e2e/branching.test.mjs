// A clinic's own branching form completed by taps on a phone (360×740, one
// question a screen): questions appear only when an earlier answer calls
// for them, "Question N of M" and the progress bar follow the branches, an
// answer removed by a changed earlier answer is explained when its question
// comes back, and axe-core finds no WCAG 2.2 A/AA violation on any screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { audit, launchBrowser, mountWidget, requireBuild, startServer, phonePage } from './harness.mjs';

let server;
let browser;
before(async () => { requireBuild(); server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

const FOLLOW_UP = {
  id: 'clinic_follow_up', version: '1', title: 'Since your last visit',
  licence: { copyright: 'Example Pain Clinic', terms: 'For this clinic\'s patients', source: 'Clinic follow-up protocol 3' },
  items: [
    { id: 'procedure', text: 'Have you had a procedure since your last visit?', kind: { type: 'yesNo', yesScore: 1 } },
    { id: 'relief', text: 'How much did it relieve your pain?', kind: { type: 'rating', min: 0, max: 10, minLabel: 'Not at all', maxLabel: 'Completely' },
      enableWhen: [{ item: 'procedure', operator: '=', answer: true }] },
    { id: 'relief_days', text: 'For how many days?', kind: { type: 'number', min: 0, max: 90 },
      enableWhen: [{ item: 'relief', operator: '>=', answer: 1 }] },
    { id: 'sleep', text: 'How have you been sleeping?', kind: { type: 'singleChoice', options: [
      { value: 'well', label: 'Well' }, { value: 'poorly', label: 'Poorly' }] } },
    { id: 'sleep_note', text: 'What keeps you awake?', kind: { type: 'text', maxLength: 200 }, required: false,
      enableWhen: [{ item: 'sleep', operator: '=', answer: 'poorly' }] },
  ],
};

test('a branching form on a phone: the count follows the answers and a removed answer is explained', async () => {
  const { context, page, errors } = await phonePage(browser, server.url);
  await mountWidget(page, { definitions: [FOLLOW_UP], instruments: ['clinic_follow_up'], layout: 'question', autosave: false });
  await page.locator('fieldset.pa-item').waitFor();
  let screens = 0;
  /** The question shown, "Question N of M", the progress bar, and axe. */
  const at = async (item, n, of) => {
    await page.locator(`fieldset.pa-item[data-item="${item}"]`).waitFor();
    assert.match(await page.locator('.pa-step').textContent(), new RegExp(`Question ${n} of ${of}$`), item);
    assert.deepEqual(await page.locator('progress.pa-progress').evaluate((p) => [p.value, p.max]), [n, of], item);
    assert.equal(await page.locator('fieldset.pa-item').count(), 1);
    assert.deepEqual(await audit(page, 'pain-assessment'), [], `axe: ${item}`);
    screens += 1;
  };
  const tap = (item, text) => page.locator(`fieldset[data-item="${item}"] label`, { hasText: text }).first().tap();
  const next = () => page.locator('button.pa-next').tap();
  const back = () => page.locator('button.pa-back').tap();

  // No procedure yet: two questions.
  await at('procedure', 1, 2);
  await tap('procedure', 'Yes');
  await at('procedure', 1, 3);
  await next();
  await at('relief', 2, 3);
  await tap('relief', '6');
  await at('relief', 2, 4);
  await next();
  await at('relief_days', 3, 4);
  await page.locator('fieldset[data-item="relief_days"] input').tap();
  await page.locator('fieldset[data-item="relief_days"] input').fill('12');
  await next();
  await at('sleep', 4, 4);
  await tap('sleep', 'Poorly');
  await at('sleep', 4, 5);
  await next();
  await at('sleep_note', 5, 5);

  // Back to the first question, and no procedure after all: its two
  // follow-up answers go, and the count drops.
  for (const item of ['sleep', 'relief_days', 'relief', 'procedure']) {
    await back();
    await page.locator(`fieldset.pa-item[data-item="${item}"]`).waitFor();
  }
  await tap('procedure', 'No');
  await at('procedure', 1, 3);
  await next();
  await at('sleep', 2, 3);
  // Yes again: the relief question returns blank, saying why.
  await back();
  await tap('procedure', 'Yes');
  await next();
  await at('relief', 2, 4);
  const note = page.locator('fieldset[data-item="relief"] .pa-cleared');
  assert.match(await note.textContent(), /earlier answer here was removed/);
  const described = await page.locator('fieldset[data-item="relief"]').getAttribute('aria-describedby');
  assert.ok(described.split(' ').includes(await note.getAttribute('id')), 'the fieldset is described by the note');
  assert.equal(await page.locator('fieldset[data-item="relief"] input:checked').count(), 0);
  await tap('relief', '0');
  assert.equal(await note.count(), 0, 'answered again: the note goes');
  // No relief: the days question is not asked (sleep is still 'Poorly',
  // so its follow-up stays in the count).
  await at('relief', 2, 4);
  await next();
  await at('sleep', 3, 4);
  await next();
  await at('sleep_note', 4, 4);
  await page.locator('fieldset[data-item="sleep_note"] textarea').fill('My hip');
  await page.locator('button.pa-submit').tap();
  await page.locator('.pa-complete').waitFor();
  assert.deepEqual(await audit(page, 'pain-assessment'), [], 'axe: thank you');

  const response = await page.evaluate(() => document.querySelector('pain-assessment').getResponse());
  assert.deepEqual(response.instruments[0].answers, { procedure: true, relief: 0, sleep: 'poorly', sleep_note: 'My hip' });
  assert.deepEqual(errors, []);
  console.log(`branching: ${screens} screens audited, 0 violations`);
  await context.close();
});
