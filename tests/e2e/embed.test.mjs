// The embed page in an iframe on another origin: results reach the
// parent named in embed.json only, and only that parent's messages count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite } from './harness.mjs';

const suite = browserSuite();
const other = () => suite.server.url.replace('127.0.0.1', 'localhost');

test('the allowed parent receives the result', async () => {
  await suite.page.goto(`${other()}/parent.html`);
  const frame = suite.page.frameLocator('#frame');
  await suite.page.locator('#messages li[data-type="pa-ready"]').waitFor();
  await frame.locator('[data-item="nrs11_now"] label').filter({ hasText: /^\s*6\s*$/ }).click();
  await frame.locator('button.pa-submit').click();
  await suite.page.locator('#messages li[data-type="pa-complete"]').waitFor();
  assert.match(await suite.page.locator('#messages').textContent(), /pa-complete [0-9a-f-]{36}/);
  // The parent chooses other instruments with a message.
  await suite.page.locator('#phq2').click();
  await frame.locator('[data-item="phq2_1"]').waitFor();
  assert.deepEqual(suite.watch.pageErrors, []);
});

test('a page that is not the named parent hears nothing and is not heard', async () => {
  // This page (localhost) frames the embed naming 127.0.0.1 as the parent.
  await suite.page.goto(`${other()}/parent.html?claim=${encodeURIComponent(suite.server.url)}`);
  const frame = suite.page.frameLocator('#frame');
  await frame.locator('[data-item="nrs11_now"]').waitFor();
  await frame.locator('[data-item="nrs11_now"] label').filter({ hasText: /^\s*6\s*$/ }).click();
  await frame.locator('button.pa-submit').click();
  await frame.locator('.pa-complete').waitFor();
  await suite.page.locator('#phq2').click();
  await suite.page.waitForTimeout(500);
  assert.equal(await suite.page.locator('#messages li').count(), 0, 'postMessage went only to the named origin');
  assert.equal(await frame.locator('[data-item="phq2_1"]').count(), 0, 'its message was ignored');
});

test('a parent not listed in embed.json gets a refusal, not the assessment', async () => {
  await suite.page.goto(`${other()}/parent.html?claim=${encodeURIComponent('https://evil.example')}`);
  const frame = suite.page.frameLocator('#frame');
  await frame.locator('[role="alert"]', { hasText: 'https://evil.example' }).waitFor();
  assert.equal(await frame.locator('[data-item="nrs11_now"]').count(), 0);
});
