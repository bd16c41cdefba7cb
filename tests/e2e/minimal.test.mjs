// The two-line page: the element alone, with no endpoint and no page script.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, option } from './harness.mjs';

const suite = browserSuite();

test('the NRS-11 renders, then PHQ-9 is one Next away and Back keeps the answer', async () => {
  await suite.page.goto(`${suite.server.url}/minimal.html`);
  await suite.page.locator('fieldset.pa-item[data-item="nrs11_now"]').waitFor();
  assert.ok(await suite.page.evaluate(() => document.querySelector('pain-assessment').shadowRoot !== null));

  await suite.page.locator('button.pa-next').click();
  await suite.page.locator('[data-item="nrs11_now"] .pa-problem').waitFor();

  await option(suite.page, 'nrs11_now', '3').click();
  await suite.page.locator('button.pa-next').click();
  await suite.page.locator('fieldset.pa-item[data-item="phq9_1"]').waitFor();
  assert.equal(await suite.page.locator('fieldset.pa-item[data-item="nrs11_now"]').count(), 0);

  await suite.page.locator('button.pa-back').click();
  await suite.page.locator('fieldset.pa-item[data-item="nrs11_now"]').waitFor();
  assert.ok(await suite.page.locator('[data-item="nrs11_now"] input[value="3"]').isChecked());
});

test('nothing left the page and no script failed', () => {
  assert.deepEqual(suite.watch.foreignRequests, []);
  assert.deepEqual(suite.watch.pageErrors, []);
});
