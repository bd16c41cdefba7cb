// The widget follows the patient's colour scheme: in dark mode it turns
// dark and axe-core finds no contrast (or other) problem in it, on the
// questions, the validation messages and the body map.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { audit, launchBrowser, requireBuild, startServer, option } from './harness.mjs';

let server;
let browser;
before(async () => { requireBuild(); server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

test('dark mode: dark, and no violations on the questions, their errors and the body map', async () => {
  const context = await browser.newContext({ colorScheme: 'dark', bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await page.locator('[data-item="nrs11_now"]').waitFor();
  const background = await page.locator('.pa-root').evaluate((r) => getComputedStyle(r).backgroundColor);
  assert.equal(background, 'rgb(17, 24, 39)');
  await option(page, 'nrs11_now', '6').click();
  assert.deepEqual(await audit(page, '#widget'), [], 'first page, an answer chosen');
  await page.locator('button.pa-next').click();
  await page.locator('button.pa-submit').click();
  await page.locator('.pa-problem').first().waitFor();
  assert.deepEqual(await audit(page, '#widget'), [], 'PHQ-9 with its errors shown');
  await page.goto(`${server.url}/bodymap.html`);
  await page.locator('#patient path[data-region="left_knee_front"]').click();
  assert.deepEqual(await audit(page, '#patient'), [], 'the body map with a marked region');
  await context.close();
});
