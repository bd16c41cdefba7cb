// The demo page end to end: a patient answers NRS-11 and PHQ-9, the widget
// posts the response, the receiver re-scores and stores it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, option, responseValidator, getJson } from './harness.mjs';

const PHQ9_ITEMS = ['phq9_1', 'phq9_2', 'phq9_3', 'phq9_4', 'phq9_5', 'phq9_6', 'phq9_7', 'phq9_8', 'phq9_9'];

const suite = browserSuite();

test('the widget renders in an open shadow root', async () => {
  await suite.page.goto(`${suite.server.url}/`);
  await suite.page.locator('fieldset.pa-item[data-item="nrs11_now"]').waitFor();
  const placement = await suite.page.evaluate(() => {
    const host = document.getElementById('widget');
    return {
      inShadow: Boolean(host.shadowRoot?.querySelector('[data-item="nrs11_now"]')),
      inLightDom: Boolean(document.querySelector('[data-item="nrs11_now"]')),
    };
  });
  assert.deepEqual(placement, { inShadow: true, inLightDom: false });
  assert.equal(await suite.page.locator('[data-item="nrs11_now"] legend').count(), 1);
  assert.equal(await suite.page.locator('[data-item="nrs11_now"] label input[type="radio"]').count(), 11);
});

test('a patient answers, is stopped on missing answers, and submits', async () => {
  await option(suite.page, 'nrs11_now', '7').click();
  assert.ok(await suite.page.locator('[data-item="nrs11_now"] input[value="7"]').isChecked());
  await suite.page.locator('button.pa-next').click();
  await suite.page.locator('fieldset.pa-item[data-item="phq9_1"]').waitFor();

  await suite.page.locator('button.pa-submit').click();
  await suite.page.locator('.pa-problem').first().waitFor();
  assert.equal(await suite.page.locator('.pa-problem').count(), 9);
  for (const item of PHQ9_ITEMS) {
    assert.equal(await suite.page.locator(`[data-item="${item}"] .pa-problem`).count(), 1, item);
  }
  assert.equal(await suite.page.locator('[data-item="phq9_difficulty"] .pa-problem').count(), 0);
  assert.equal(await suite.page.locator('.pa-summary').getAttribute('role'), 'alert');

  for (const item of PHQ9_ITEMS) await option(suite.page, item, 'Several days').click();
  await option(suite.page, 'phq9_difficulty', 'Somewhat difficult').click();
  await suite.page.locator('button.pa-submit').click();

  await suite.page.locator('.pa-complete', { hasText: 'Thank you' }).waitFor();
  await suite.page.locator('.pa-delivery', { hasText: /^Sent\./ }).waitFor();
});

test('the receiver stored one verified, schema-valid submission', async () => {
  const records = await getJson(`${suite.server.url}/api/submissions`);
  assert.equal(records.length, 1);
  const [record] = records;
  assert.equal(record.verified, true, JSON.stringify(record.differences));
  assert.deepEqual(record.differences, []);

  const validity = responseValidator()(record.submitted);
  assert.ok(validity.ok, validity.errors);

  const { submitted } = record;
  assert.equal(submitted.patientId, 'demo-patient');
  assert.equal(submitted.encounterId, 'demo-visit');
  const byId = (list, id) => list.find((entry) => entry.id === id);
  const nrs = byId(submitted.instruments, 'nrs11');
  const phq = byId(submitted.instruments, 'phq9');
  assert.equal(byId(nrs.scores, 'intensity').value, 7);
  const total = byId(phq.scores, 'total');
  assert.equal(total.value, 9);
  assert.equal(total.band?.id, 'mild');
  assert.equal(phq.safety.length, 1);
  assert.equal(phq.safety[0].item, 'phq9_9');
  assert.deepEqual(record.rescored.instruments.map((i) => i.scores.map((s) => s.value)),
    submitted.instruments.map((i) => i.scores.map((s) => s.value)));
});

test('the page logged the events and shows the response', async () => {
  const events = await suite.page.locator('#events').textContent();
  assert.match(events, /pa-complete/);
  assert.match(events, /pa-safety/);
  const shown = JSON.parse(await suite.page.locator('#json').textContent());
  const [record] = await getJson(`${suite.server.url}/api/submissions`);
  assert.equal(shown.submissionId, record.submitted.submissionId);
});

test('the submissions page lists the submission', async () => {
  const [record] = await getJson(`${suite.server.url}/api/submissions`);
  const list = await suite.browser.newPage();
  await list.goto(`${suite.server.url}/submissions`);
  assert.match(await list.locator('body').textContent(), new RegExp(record.submitted.submissionId));
  await list.close();
});

test('nothing left the page and no script failed', () => {
  assert.deepEqual(suite.watch.foreignRequests, []);
  assert.deepEqual(suite.watch.pageErrors, []);
});

test('a progress bar says which part of how many', async () => {
  await suite.page.goto(`${suite.server.url}/minimal.html`);
  const progress = suite.page.locator('progress.pa-progress');
  await progress.waitFor();
  assert.deepEqual(await progress.evaluate((p) => [p.value, p.max]), [1, 2]);
  assert.equal(await progress.evaluate((p) => p.getAttribute('aria-labelledby')), 'pa-step');
  assert.match(await suite.page.locator('#pa-step').textContent(), /Part 1 of 2/);
});
