// The widget's languages. In the right-to-left pseudo-locale every string
// of the widget's own is marked, so any string written into the code
// instead of the catalogue fails here, on every kind of screen; the layout
// mirrors. In Spanish the patient reads Spanish, the PHQ-9 in its
// publisher's Spanish, instruments without a validated Spanish version in
// English with a note, numbers and dates
// come from Intl, and switching language (by the patient's menu or the
// host's attribute) keeps every answer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, mountWidget, option, requireBuild, startServer, ROOT } from './harness.mjs';

let server;
let browser;
before(async () => { requireBuild(); server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

const catalogue = JSON.parse(readFileSync(join(ROOT, 'pkg', 'catalogue.json'), 'utf8'));

/** Text (and accessible-name attributes) in the widget's own language
 * that the pseudo-locale did not mark: each one is a hard-coded string. */
function unmarked(page) {
  return page.evaluate(() => {
    const root = document.querySelector('pain-assessment').shadowRoot;
    // Strips marked runs, innermost first (a region's name inside a sentence).
    const strip = (text) => {
      const inner = text.replace(/\u202E[^\u202E\u202C]*\u202C/g, '');
      return inner === text ? text : strip(inner);
    };
    const marked = (text) => /^[\s\p{N}\p{P}\p{S}\p{Cf}]*$/u.test(strip(text));
    const ours = (element) => element.closest('[lang]')?.getAttribute('lang') === 'ar-XB';
    const found = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (ours(node.parentElement) && !marked(node.data)) found.push(node.data);
    }
    for (const element of root.querySelectorAll('[aria-label], [aria-valuetext], [alt], [title], [placeholder]')) {
      for (const name of ['aria-label', 'aria-valuetext', 'alt', 'title', 'placeholder']) {
        const value = element.getAttribute(name);
        if (value && ours(element) && !marked(value)) found.push(`${name}="${value}"`);
      }
    }
    return found;
  });
}

test('pseudo-locale: no hard-coded string on any screen, and the layout mirrors', async () => {
  const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
  page.setDefaultTimeout(10_000);
  await page.goto(`${server.url}/minimal.html`);
  const worded = catalogue.filter((i) => !i.licence.textRequired).map((i) => i.id);
  await mountWidget(page, { instruments: worded, locale: 'ar-XB', endpoint: '/api/submissions', saveKey: 'pseudo' });
  await page.locator('fieldset.pa-item').first().waitFor();
  const ui = page.locator('.pa-ui');
  assert.equal(await ui.getAttribute('dir'), 'rtl');
  assert.equal(await ui.evaluate((e) => getComputedStyle(e).direction), 'rtl');
  let screens = 0;
  const scan = async (where) => { assert.deepEqual(await unmarked(page), [], where); screens += 1; };
  for (const id of worded) {
    if (id === 'bodymap') {
      await page.locator('path[data-region]').first().waitFor();
      await scan('body map');
      await page.locator('path[data-region="left_knee_front"]').click();
      await page.locator('.pa-nav .pa-primary').click();
      await scan('body map, a region without its intensity');
      await page.locator('.pa-bm-detail label.pa-number').nth(4).click();
      await page.locator('.pa-bm-tools button').nth(1).click();
      await scan('body map as a list');
      await page.locator('.pa-bm-tools button').nth(0).click();
    } else {
      await page.locator('.pa-nav .pa-primary').click();
      await scan(`${id} with its errors`);
      // Again while answers bring in more questions.
      for (let done = 0; done < await page.locator('fieldset.pa-item').count();) {
        for (const fieldset of (await page.locator('fieldset.pa-item').all()).slice(done)) {
          done += 1;
          if (await fieldset.locator('input[type="radio"]').count()) await fieldset.locator('label').last().click();
          else if (await fieldset.locator('[role="slider"]').count()) await fieldset.locator('[role="slider"]').click();
          else if (await fieldset.locator('input[type="number"]').count()) await fieldset.locator('input[type="number"]').fill('3');
        }
      }
      await scan(`${id} answered`);
    }
    if (screens === 2) {
      // Mirrored: Back sits to the right of Next.
      await page.locator('.pa-nav .pa-primary').click();
      const back = await page.locator('.pa-back').boundingBox();
      const next = await page.locator('.pa-nav .pa-primary').boundingBox();
      assert.ok(next.x < back.x, `Next (${next.x}) should be left of Back (${back.x})`);
      await page.locator('.pa-back').click();
    }
    await page.locator('.pa-nav .pa-primary').click();
  }
  await page.locator('.pa-complete').waitFor();
  await scan('thank you and delivery');
  // Saved answers offered back, and a review of a map.
  await mountWidget(page, { instruments: ['nrs11'], locale: 'ar-XB', saveKey: 'pseudo-resume' });
  await option(page, 'nrs11_now', '3').click();
  await page.waitForTimeout(300);
  await mountWidget(page, { instruments: ['nrs11'], locale: 'ar-XB', saveKey: 'pseudo-resume' });
  await page.locator('.pa-resume').waitFor();
  await scan('saved answers offered back');
  const review = { instruments: [{ answers: { bodymap_regions: { regions: { left_knee_front: { intensity: 6, qualities: ['burning'] } } } } }] };
  await mountWidget(page, { locale: 'ar-XB', review });
  await page.locator('.pa-bm-summary dl').waitFor();
  await scan('body map review');
  await mountWidget(page, { instruments: ['phq9'], locale: 'ar-XB', layout: 'question', autosave: false });
  await page.locator('.pa-step').waitFor();
  await scan('one question a screen');
  console.log(`pseudo-locale: ${screens} screens scanned, every string from the catalogue`);
  await page.close();
});

test('Spanish: the widget speaks Spanish, English instruments say so, Intl formats, and switching keeps the answers', async () => {
  const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
  page.setDefaultTimeout(10_000);
  await page.goto(`${server.url}/minimal.html`);
  await mountWidget(page, { instruments: ['nrs11', 'phq9'], locale: 'es-MX', saveKey: 'es' });
  await page.locator('fieldset.pa-item').first().waitFor();
  assert.equal(await page.locator('.pa-step').textContent(), 'Parte 1 de 2');
  assert.equal(await page.locator('.pa-nav .pa-primary').textContent(), 'Siguiente');
  assert.equal(await page.locator('.pa-ui').getAttribute('lang'), 'es');
  assert.equal(await page.locator('fieldset.pa-item').getAttribute('lang'), 'en');
  assert.match(await page.locator('.pa-note').textContent(), /Este cuestionario se muestra en inglés/);
  await option(page, 'nrs11_now', '7').click();
  // The patient's menu: English, with the answer kept.
  await page.locator('#pa-lang').selectOption('en');
  assert.equal(await page.locator('.pa-step').textContent(), 'Part 1 of 2');
  assert.equal(await page.locator('.pa-note').count(), 0);
  assert.equal(await page.locator('fieldset[data-item="nrs11_now"] input:checked').getAttribute('value'), '7');
  // The host's attribute: Spanish again, same answer, same place.
  await page.locator('pain-assessment').evaluate((e) => e.setAttribute('locale', 'es'));
  await page.locator('.pa-step', { hasText: 'Parte 1 de 2' }).waitFor();
  assert.equal(await page.locator('fieldset[data-item="nrs11_now"] input:checked').getAttribute('value'), '7');
  await page.locator('.pa-nav .pa-primary').click();
  await page.locator('.pa-nav .pa-primary').click();
  assert.match(await page.locator('.pa-summary').textContent(), /^Falta responder 9 preguntas:Poco interés o placer en hacer cosas/);
  // Each unanswered question is a link to it.
  await page.locator('.pa-summary .pa-link').nth(2).click();
  const focusedName = await page.evaluate(() => document.querySelector('pain-assessment').shadowRoot.activeElement?.getAttribute('name'));
  assert.equal(focusedName, 'phq9_3');
  const response = await page.evaluate(() => document.querySelector('pain-assessment').getResponse());
  assert.equal(response.locale, 'es');
  // The PHQ-9 in its publisher's Spanish, so without a note.
  assert.equal(await page.locator('.pa-title').textContent(), 'Cuestionario sobre la Salud del Paciente-9 (PHQ-9)');
  assert.equal(await page.locator('.pa-note').count(), 0);
  assert.equal(await page.locator('fieldset[data-item="phq9_1"]').getAttribute('lang'), 'es-US');
  assert.deepEqual(response.instruments.map((i) => i.language), ['en', 'es-US']);
  // Dates: the offer of saved answers gives the day as Spanish writes it.
  await mountWidget(page, { instruments: ['nrs11', 'phq9'], locale: 'es', saveKey: 'es' });
  await page.locator('.pa-resume').waitFor();
  const today = await page.evaluate(() => new Intl.DateTimeFormat('es', { dateStyle: 'medium' }).format(new Date()));
  assert.ok((await page.locator('.pa-resume p').textContent()).includes(today), today);
  // Numbers: a map's extent as a Spanish percentage, with a decimal comma.
  const review = { instruments: [{ answers: { bodymap_regions: { regions: { left_knee_front: { intensity: 6, qualities: [] } } } } }] };
  await mountWidget(page, { locale: 'es', review });
  const extent = await page.locator('.pa-bm-summary dd').nth(1).textContent();
  assert.match(extent, /^\d+,\d\s%/, extent);
  assert.match(await page.locator('.pa-bm-summary li').textContent(), /^rodilla izquierda, por delante: 6 de 10$/);
  await page.close();
});
