// The JavaScript example: mount(), getResponse() and destroy().
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { requireBuild, startServer, launchBrowser, openPage, option } from './harness.mjs';

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

test('the handle reports answers so far, and destroy removes the widget', async () => {
  const { page } = watch;
  await page.goto(`${server.url}/mount.html`);
  await page.locator('#here fieldset.pa-item[data-item="phq9_1"]').waitFor();

  await option(page, 'phq9_1', 'Nearly every day').click();
  await page.locator('#get-response').click();
  const response = JSON.parse(await page.locator('#response').textContent());
  assert.deepEqual(response.instruments.map((i) => i.id), ['phq9']);
  assert.equal(response.instruments[0].answers.phq9_1, '3');
  assert.equal(response.completedAt, null);

  await page.locator('#destroy').click();
  await page.locator('#here fieldset.pa-item').first().waitFor({ state: 'detached' });
});

test('nothing left the page and no script failed', () => {
  assert.deepEqual(watch.foreignRequests, []);
  assert.deepEqual(watch.pageErrors, []);
});
