// The JavaScript example: mount(), getResponse() and destroy().
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, option } from './harness.mjs';

const suite = browserSuite();

test('the handle reports answers so far, and destroy removes the widget', async () => {
  await suite.page.goto(`${suite.server.url}/mount.html`);
  await suite.page.locator('#here fieldset.pa-item[data-item="phq9_1"]').waitFor();

  await option(suite.page, 'phq9_1', 'Nearly every day').click();
  await suite.page.locator('#get-response').click();
  const response = JSON.parse(await suite.page.locator('#response').textContent());
  assert.deepEqual(response.instruments.map((i) => i.id), ['phq9']);
  assert.equal(response.instruments[0].answers.phq9_1, '3');
  assert.equal(response.completedAt, null);

  await suite.page.locator('#destroy').click();
  await suite.page.locator('#here fieldset.pa-item').first().waitFor({ state: 'detached' });
});

test('nothing left the page and no script failed', () => {
  assert.deepEqual(suite.watch.foreignRequests, []);
  assert.deepEqual(suite.watch.pageErrors, []);
});
