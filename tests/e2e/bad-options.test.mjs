// Bad options: the widget explains the problem in place and fires pa-error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite } from './harness.mjs';

const suite = browserSuite();

test('an unknown instrument shows an alert and fires one config error', async () => {
  await suite.page.goto(`${suite.server.url}/bad-options.html`);
  const error = suite.page.locator('pain-assessment .pa-error');
  await error.waitFor();
  assert.match(await error.textContent(), /nosuchscale/);
  assert.equal(await error.getAttribute('role'), 'alert');
  assert.ok(await suite.page.evaluate(() => document.querySelector('pain-assessment').shadowRoot.querySelector('.pa-error') !== null));

  const errors = await suite.page.evaluate(() => window.paErrors);
  assert.equal(errors.length, 1);
  assert.equal(errors[0].category, 'config');
  assert.match(errors[0].message, /nosuchscale/);
  assert.match(await suite.page.locator('#errors').textContent(), /nosuchscale/);
});

test('nothing left the page and no script failed', () => {
  assert.deepEqual(suite.watch.foreignRequests, []);
  assert.deepEqual(suite.watch.pageErrors, []);
});
