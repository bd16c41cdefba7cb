// Bad options: the widget explains the problem in place and fires pa-error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { requireBuild, startServer, launchBrowser, openPage } from './harness.mjs';

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

test('an unknown instrument shows an alert and fires one config error', async () => {
  const { page } = watch;
  await page.goto(`${server.url}/bad-options.html`);
  const error = page.locator('pain-assessment .pa-error');
  await error.waitFor();
  assert.match(await error.textContent(), /nosuchscale/);
  assert.equal(await error.getAttribute('role'), 'alert');
  assert.ok(await page.evaluate(() => document.querySelector('pain-assessment').shadowRoot.querySelector('.pa-error') !== null));

  const errors = await page.evaluate(() => window.paErrors);
  assert.equal(errors.length, 1);
  assert.equal(errors[0].category, 'config');
  assert.match(errors[0].message, /nosuchscale/);
  assert.match(await page.locator('#errors').textContent(), /nosuchscale/);
});

test('nothing left the page and no script failed', () => {
  assert.deepEqual(watch.foreignRequests, []);
  assert.deepEqual(watch.pageErrors, []);
});
