// A failing backend: the patient sees why, keeps every answer, and a retry
// delivers the same submission once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { requireBuild, startServer, launchBrowser, openPage, option, getJson } from './harness.mjs';

let server, browser, watch;

before(async () => {
  requireBuild();
  server = await startServer();
  browser = await launchBrowser();
  watch = await openPage(browser, server.url);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('a refused POST offers a retry and loses nothing', async () => {
  const { page } = watch;
  let refusals = 0;
  await page.route('**/api/submissions', (route) => {
    refusals += 1;
    return route.fulfill({ status: 503, body: 'down for maintenance' });
  });
  await page.goto(`${server.url}/`);
  await option(page, 'nrs11_now', '4').click();
  await page.locator('button.pa-next').click();
  for (let i = 1; i <= 9; i += 1) await option(page, `phq9_${i}`, 'Not at all').click();
  await page.locator('button.pa-submit').click();

  await page.locator('.pa-retry').waitFor();
  assert.match(await page.locator('.pa-delivery').textContent(), /HTTP 503/);
  assert.equal(refusals, 1);
  const errors = await page.locator('#notice').textContent();
  assert.match(errors, /network/);
  const kept = await page.evaluate(() => document.getElementById('widget').getResponse());
  assert.equal(kept.instruments[0].answers.nrs11_now, 4);
  assert.equal(Object.keys(kept.instruments[1].answers).length, 9);
  assert.deepEqual(await getJson(`${server.url}/api/submissions`), []);

  await page.unroute('**/api/submissions');
  await page.locator('.pa-retry').click();
  await page.locator('.pa-delivery', { hasText: 'Sent' }).waitFor();
  const stored = await getJson(`${server.url}/api/submissions`);
  assert.equal(stored.length, 1);
  assert.equal(stored[0].submitted.submissionId, kept.submissionId);
  assert.equal(stored[0].verified, true);
  assert.deepEqual(watch.pageErrors, []);
});
