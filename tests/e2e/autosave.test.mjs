// Saved as given: a reload mid-questionnaire offers every answer back; a
// corrupt save gives a message and a fresh start; a delivered response
// leaves nothing behind; saving can be turned off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, option, getJson } from './harness.mjs';

const suite = browserSuite();
const KEY = 'pain-assessment:draft:demo-patient|nrs11,phq9';
const saved = () => suite.page.evaluate((key) => localStorage.getItem(key), KEY);
const checked = (item, value) => suite.page.locator(`[data-item="${item}"] input[value="${value}"]`).isChecked();

test('a reload in the middle of the questionnaire offers back every answer', async () => {
  await suite.page.goto(`${suite.server.url}/`);
  await option(suite.page, 'nrs11_now', '7').click();
  await suite.page.locator('button.pa-next').click();
  for (const [i, answer] of [[1, 'Several days'], [2, 'Nearly every day'], [3, 'Not at all'], [4, 'More than half the days']]) {
    await option(suite.page, `phq9_${i}`, answer).click();
  }
  assert.ok(JSON.parse(await saved()).answers[1].phq9_4, 'saved as given');
  await suite.page.reload();
  await suite.page.locator('.pa-resume').waitFor();
  await suite.page.locator('button.pa-continue').click();
  await suite.page.locator('[data-item="phq9_1"]').waitFor();
  assert.deepEqual(await Promise.all([checked('phq9_1', '1'), checked('phq9_2', '3'), checked('phq9_3', '0'), checked('phq9_4', '2')]), [true, true, true, true]);
  await suite.page.locator('button.pa-back').click();
  assert.equal(await checked('nrs11_now', '7'), true);
  await suite.page.locator('button.pa-next').click();
  for (let i = 5; i <= 9; i += 1) await option(suite.page, `phq9_${i}`, 'Not at all').click();
  await suite.page.locator('button.pa-submit').click();
  await suite.page.locator('.pa-delivery', { hasText: /^Sent\./ }).waitFor();
  const [record] = await getJson(`${suite.server.url}/api/submissions`);
  assert.equal(record.submitted.instruments[0].answers.nrs11_now, 7);
  assert.equal(record.submitted.instruments[1].answers.phq9_2, '3');
  assert.equal(await saved(), null, 'delivered: nothing left saved');
  assert.deepEqual(suite.watch.pageErrors, []);
});

test('starting again sets the saved answers aside', async () => {
  await suite.page.goto(`${suite.server.url}/`);
  await option(suite.page, 'nrs11_now', '3').click();
  await suite.page.reload();
  await suite.page.locator('button.pa-start-again').click();
  await suite.page.locator('[data-item="nrs11_now"]').waitFor();
  assert.equal(await checked('nrs11_now', '3'), false);
});

test('corrupt saved answers: a message, a fresh start, no crash', async () => {
  // Written from a page without the widget, so nothing races to overwrite it.
  await suite.page.goto(`${suite.server.url}/submissions`);
  await suite.page.evaluate((key) => localStorage.setItem(key, '{"format":1,"savedAt":'), KEY);
  await suite.page.goto(`${suite.server.url}/`);
  await suite.page.locator('.pa-notice', { hasText: 'could not be read and were removed' }).waitFor();
  await suite.page.locator('[data-item="nrs11_now"]').waitFor();
  assert.equal(await saved(), null);
  assert.deepEqual(suite.watch.pageErrors, []);
});

test('with autosave off nothing is saved', async () => {
  await suite.page.goto(`${suite.server.url}/mount.html`);
  await suite.page.evaluate(() => localStorage.clear());
  await suite.page.evaluate(async () => {
    const { mount } = await import('/pkg/pain-assessment.js');
    const host = document.createElement('div');
    document.body.append(host);
    window.kiosk = await mount(host, { instruments: ['nrs11'], autosave: false });
  });
  await option(suite.page, 'nrs11_now', '5').last().click();
  await suite.page.waitForTimeout(100);
  const keys = await suite.page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('nrs11')));
  assert.deepEqual(keys, []);
});
