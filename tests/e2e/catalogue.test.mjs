// The catalogue page lists every built-in instrument with its licence and
// previews one in the real widget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { browserSuite, getJson, ROOT } from './harness.mjs';

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

test('each instrument is marked by whether its wording ships, with the basis, and the page counts those that do', async () => {
  for (const instrument of catalogue) {
    const wording = suite.page.locator(`li.instrument[data-id="${instrument.id}"] .wording`);
    const ships = !instrument.licence.textRequired;
    assert.equal(await wording.getAttribute('data-ships'), String(ships), instrument.id);
    const text = await wording.textContent();
    assert.ok(text.startsWith(ships ? 'Ships with its wording' : 'Needs your licensed text'), `${instrument.id}: ${text}`);
    assert.ok(text.includes(`basis: ${instrument.licence.terms}`), instrument.id);
  }
  const shipped = catalogue.filter((i) => !i.licence.textRequired).length;
  assert.equal(await suite.page.locator('#summary').textContent(),
    `${shipped} of the ${catalogue.length} instruments ship with their wording and can be shown today; the others need your licensed text.`);
});

test('licensed instruments say they need the clinic\'s text and offer no preview', async () => {
  for (const instrument of catalogue) {
    const card = suite.page.locator(`li.instrument[data-id="${instrument.id}"]`);
    const licensed = Boolean(instrument.licence.textRequired);
    assert.equal(await card.locator('.licensed').count(), licensed ? 1 : 0, instrument.id);
    assert.equal(await card.locator('button.preview').count(), licensed ? 0 : 1, instrument.id);
  }
});

/** Answers every item of the previewed instrument (the last option of each
 * choice, the middle of a line; ticking nothing on a checklist is an answer)
 * and submits. */
async function complete(page) {
  const root = page.locator('#preview');
  await root.locator('fieldset.pa-item').first().waitFor();
  // Again while answers bring in more questions (the PHQ-9's difficulty).
  for (let done = 0; done < await root.locator('fieldset.pa-item').count();) {
    for (const fieldset of (await root.locator('fieldset.pa-item').all()).slice(done)) {
      done += 1;
      if (await fieldset.locator('.pa-bodymap').count()) {
        await fieldset.locator('[data-region="left_knee_front"]').click();
        await fieldset.locator('.pa-bm-detail label.pa-number').nth(5).click();
      } else if (await fieldset.locator('input[type="radio"]').count()) await fieldset.locator('label').last().click();
      else if (await fieldset.locator('[role="slider"]').count()) await fieldset.locator('[role="slider"]').click();
      else if (await fieldset.locator('input[type="number"]').count()) await fieldset.locator('input[type="number"]').fill('3');
    }
  }
  await root.locator('button.pa-submit').click();
  await root.locator('.pa-complete').waitFor();
}

// Test wording only, standing in for a clinic's licensed text: never shipped.
const PIXEL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
function fill(value, key = '') {
  if (value === '') return key === 'image' ? PIXEL : `Test wording for ${key}`;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, key === 'images' ? 'image' : k)]));
  }
  return value;
}

test('every instrument can be shown and completed, licensed ones with a text pack', async () => {
  for (const instrument of catalogue) {
    const card = suite.page.locator(`li.instrument[data-id="${instrument.id}"]`);
    if (instrument.licence.textRequired) {
      const blank = await getJson(`${suite.server.url}/pkg/text-packs/${instrument.id}.json`);
      assert.equal(Object.keys(blank.items).length, instrument.items.length, instrument.id);
      const pack = fill(blank);
      await card.locator('input[type="file"]').setInputFiles({
        name: `${instrument.id}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)),
      });
    } else {
      await card.locator('button.preview').click();
    }
    await complete(suite.page);
    const shown = suite.page.locator('#preview .preview-scores dd');
    assert.equal(await shown.count(), instrument.scores.length, instrument.id);
    // Only the body map's overlap needs something the preview lacks: an earlier map.
    for (const text of await shown.allTextContents()) {
      if (!text.includes('no earlier map')) assert.doesNotMatch(text, /not scorable/, instrument.id);
    }
  }
  assert.deepEqual(suite.watch.pageErrors, []);
});

test('a text pack that is not JSON is reported, not thrown', async () => {
  const card = suite.page.locator('li.instrument[data-id="odi"]');
  await card.locator('input[type="file"]').setInputFiles({ name: 'odi.json', mimeType: 'application/json', buffer: Buffer.from('{ nope') });
  await suite.page.locator('#preview .notice.error', { hasText: 'odi.json is not JSON' }).waitFor();
  const blank = await getJson(`${suite.server.url}/pkg/text-packs/odi.json`);
  await card.locator('input[type="file"]').setInputFiles({ name: 'blank.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(blank)) });
  await suite.page.locator('#preview', { hasText: 'items.odi_1.text: must not be empty' }).waitFor();
  assert.deepEqual(suite.watch.pageErrors, []);
});

test('a preview shows the instrument as a patient sees it', async () => {
  await suite.page.locator('li.instrument[data-id="phq9"] button.preview').click();
  await suite.page.locator('#preview fieldset.pa-item[data-item="phq9_1"]').waitFor();
  // Nine questions: the difficulty question follows a problem checked off.
  assert.equal(await suite.page.locator('#preview fieldset.pa-item').count(), 9);
  await suite.page.locator('li.instrument[data-id="nrs11"] button.preview').click();
  await suite.page.locator('#preview fieldset.pa-item[data-item="nrs11_now"]').waitFor();
  assert.equal(await suite.page.locator('#preview fieldset.pa-item[data-item="phq9_1"]').count(), 0);
  assert.deepEqual(suite.watch.foreignRequests, []);
  assert.deepEqual(suite.watch.pageErrors, []);
});
