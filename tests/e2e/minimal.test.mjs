// The two-line page: the element alone, with no endpoint and no page script.
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

test('the NRS-11 renders, then PHQ-9 is one Next away and Back keeps the answer', async () => {
  const { page } = watch;
  await page.goto(`${server.url}/minimal.html`);
  await page.locator('fieldset.pa-item[data-item="nrs11_now"]').waitFor();
  assert.ok(await page.evaluate(() => document.querySelector('pain-assessment').shadowRoot !== null));

  await page.locator('button.pa-next').click();
  await page.locator('[data-item="nrs11_now"] .pa-problem').waitFor();

  await option(page, 'nrs11_now', '3').click();
  await page.locator('button.pa-next').click();
  await page.locator('fieldset.pa-item[data-item="phq9_1"]').waitFor();
  assert.equal(await page.locator('fieldset.pa-item[data-item="nrs11_now"]').count(), 0);

  await page.locator('button.pa-back').click();
  await page.locator('fieldset.pa-item[data-item="nrs11_now"]').waitFor();
  assert.ok(await page.locator('[data-item="nrs11_now"] input[value="3"]').isChecked());
});

test('nothing left the page and no script failed', () => {
  assert.deepEqual(watch.foreignRequests, []);
  assert.deepEqual(watch.pageErrors, []);
});
