// The catalogue page lists every built-in instrument with its licence and
// previews one in the real widget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { browserSuite, ROOT } from './harness.mjs';

const suite = browserSuite();
const catalogue = JSON.parse(readFileSync(join(ROOT, 'pkg', 'catalogue.json'), 'utf8'));

test('every instrument is listed with its terms', async () => {
  await suite.page.goto(`${suite.server.url}/catalogue.html`);
  await suite.page.locator('li.instrument').first().waitFor();
  assert.equal(await suite.page.locator('li.instrument').count(), catalogue.length);
  for (const instrument of catalogue) {
    const card = suite.page.locator(`li.instrument[data-id="${instrument.id}"]`);
    assert.match(await card.textContent(), new RegExp(instrument.licence.terms.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  }
});

test('licensed instruments say they need the clinic\'s text and offer no preview', async () => {
  for (const instrument of catalogue) {
    const card = suite.page.locator(`li.instrument[data-id="${instrument.id}"]`);
    const licensed = Boolean(instrument.licence.textRequired);
    assert.equal(await card.locator('.licensed').count(), licensed ? 1 : 0, instrument.id);
    assert.equal(await card.locator('button.preview').count(), licensed ? 0 : 1, instrument.id);
  }
});

test('a preview shows the instrument as a patient sees it', async () => {
  await suite.page.locator('li.instrument[data-id="phq9"] button.preview').click();
  await suite.page.locator('#preview fieldset.pa-item[data-item="phq9_1"]').waitFor();
  assert.equal(await suite.page.locator('#preview fieldset.pa-item').count(), 10);
  await suite.page.locator('li.instrument[data-id="nrs11"] button.preview').click();
  await suite.page.locator('#preview fieldset.pa-item[data-item="nrs11_now"]').waitFor();
  assert.equal(await suite.page.locator('#preview fieldset.pa-item[data-item="phq9_1"]').count(), 0);
  assert.deepEqual(suite.watch.foreignRequests, []);
  assert.deepEqual(suite.watch.pageErrors, []);
});
