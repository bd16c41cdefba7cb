// A failing backend: the patient sees why, keeps every answer, and a retry
// delivers the same submission once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, option, getJson } from './harness.mjs';

const suite = browserSuite();

test('a refused POST offers a retry and loses nothing', async () => {
  let refusals = 0;
  await suite.page.route('**/api/submissions', (route) => {
    refusals += 1;
    return route.fulfill({ status: 503, body: 'down for maintenance' });
  });
  await suite.page.goto(`${suite.server.url}/`);
  await option(suite.page, 'nrs11_now', '4').click();
  await suite.page.locator('button.pa-next').click();
  for (let i = 1; i <= 9; i += 1) await option(suite.page, `phq9_${i}`, 'Not at all').click();
  await suite.page.locator('button.pa-submit').click();

  await suite.page.locator('.pa-retry').waitFor();
  assert.match(await suite.page.locator('.pa-delivery').textContent(), /HTTP 503/);
  assert.equal(refusals, 1);
  const errors = await suite.page.locator('#notice').textContent();
  assert.match(errors, /network/);
  const kept = await suite.page.evaluate(() => document.getElementById('widget').getResponse());
  assert.equal(kept.instruments[0].answers.nrs11_now, 4);
  assert.equal(Object.keys(kept.instruments[1].answers).length, 9);
  assert.deepEqual(await getJson(`${suite.server.url}/api/submissions`), []);

  await suite.page.unroute('**/api/submissions');
  await suite.page.locator('.pa-retry').click();
  await suite.page.locator('.pa-delivery', { hasText: 'Sent' }).waitFor();
  const stored = await getJson(`${suite.server.url}/api/submissions`);
  assert.equal(stored.length, 1);
  assert.equal(stored[0].submitted.submissionId, kept.submissionId);
  assert.equal(stored[0].verified, true);
  assert.deepEqual(suite.watch.pageErrors, []);
});
