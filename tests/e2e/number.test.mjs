// A number box (the CDC Healthy Days counts): a whole number in range is
// the answer; anything else stays in the box as typed, is marked with the
// range it takes, and is never scored; the response carries the numbers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, mountWidget } from './harness.mjs';

const suite = browserSuite();

test('what the box does not take stays as typed and marked, through Next, until corrected', async () => {
  const page = suite.page;
  await page.goto(`${suite.server.url}/minimal.html`);
  await mountWidget(page, { instruments: ['hrqol4'], layout: 'page', autosave: false });
  const box = (id) => page.locator(`fieldset[data-item="${id}"] input[type="number"]`);
  const problem = (id) => page.locator(`fieldset[data-item="${id}"] .pa-problem`);
  await box('hrqol4_2').waitFor();
  assert.equal(await box('hrqol4_2').getAttribute('inputmode'), 'numeric');
  assert.equal(await box('hrqol4_2').getAttribute('aria-labelledby'), 'pa-hrqol4_2-q', 'the question names the box');
  assert.match(await page.locator('#pa-hrqol4_2-range').textContent(), /0 to 30/);

  await page.locator('fieldset[data-item="hrqol4_1"] label.pa-option').nth(1).click();
  await box('hrqol4_2').fill('45');
  await box('hrqol4_3').fill('4.5');
  await box('hrqol4_4').fill('2');
  for (const id of ['hrqol4_2', 'hrqol4_3']) {
    assert.equal(await problem(id).textContent(), 'Please enter a whole number from 0 to 30.', id);
  }
  await page.locator('button.pa-submit').click();
  assert.equal(await box('hrqol4_2').inputValue(), '45', 'kept as typed after Submit');
  assert.equal(await box('hrqol4_3').inputValue(), '4.5');
  assert.equal(await problem('hrqol4_2').textContent(), 'Please enter a whole number from 0 to 30.');
  assert.equal(await page.locator('.pa-complete').count(), 0, 'nothing is submitted while a box is wrong');

  await box('hrqol4_2').fill('20');
  await box('hrqol4_3').fill('17');
  assert.equal(await page.locator('.pa-problem').count(), 0);
  await page.locator('button.pa-submit').click();
  await page.locator('.pa-complete').waitFor();
  const response = await page.evaluate(() => document.querySelector('pain-assessment').getResponse());
  const [hrqol] = response.instruments;
  assert.deepEqual(hrqol.answers, { hrqol4_1: '2', hrqol4_2: 20, hrqol4_3: 17, hrqol4_4: 2 });
  const score = (id) => hrqol.scores.find((s) => s.id === id).value;
  assert.equal(score('unhealthy_days'), 30, '20 + 17 days, at most 30');
  assert.equal(score('activity_limitation_days'), 2);
});

test('nothing left the page and no script failed', () => {
  assert.deepEqual(suite.watch.foreignRequests, []);
  assert.deepEqual(suite.watch.pageErrors, []);
});
