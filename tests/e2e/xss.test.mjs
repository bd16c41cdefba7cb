// Script injection: XSS payloads in every string a host, a definition, a
// text pack, saved answers or earlier responses can supply. A trap records
// any payload that runs; none may. Each payload must also show as plain
// text where it is shown at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, mountWidget, requireBuild, startServer, ROOT } from './harness.mjs';

let server;
let browser;
before(async () => { requireBuild(); server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

const PAYLOADS = [
  '<script>__xss("script")</script>',
  '<img src=x onerror="__xss(\'img\')">',
  'javascript:__xss("url")',
  '<svg onload="__xss(\'svg\')"><circle r=1></svg>',
  '"><svg/onload=__xss("break-out")>',
  '</style><script>__xss("style-break")</script>',
  'red;background:url(javascript:__xss("css"))',
  '<a href="javascript:__xss(\'link\')">x</a>',
  '{{constructor.constructor(\'__xss("template")\')()}}',
  '<iframe srcdoc="<script>parent.__xss(\'srcdoc\')</script>">',
];

/** Opens a page whose trap records any payload that runs. The page's CSP
 * is bypassed, so the widget alone must keep every payload inert. */
async function trapped() {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.addInitScript(() => {
    window.__fired = [];
    window.__xss = (what) => window.__fired.push(what);
    window.alert = () => window.__fired.push('alert');
  });
  await page.goto(`${server.url}/minimal.html`);
  return page;
}

const fired = (page) => page.evaluate(() => window.__fired);

/** A definition with a payload in every string it shows. */
function definition(p) {
  return {
    id: 'xss_probe', version: p(0), title: p(1), instructions: p(2),
    licence: { copyright: p(3), terms: p(4), source: p(5) },
    items: [
      { id: 'a', text: p(6), kind: { type: 'singleChoice', options: [{ value: 'x', label: p(7), score: 0 }, { value: 'y', label: p(8), score: 1 }] } },
      { id: 'b', text: p(9), kind: { type: 'rating', min: 0, max: 10, minLabel: p(0), maxLabel: p(1) } },
      { id: 'c', text: p(2), required: false, kind: { type: 'text', maxLength: 200 } },
    ],
    scores: [{ id: 'total', label: p(3), method: 'sum', items: ['a', 'b'], range: { min: 0, max: 11 }, source: p(4), bands: [{ id: 'all', label: p(5), min: 0, max: 11 }] }],
    notes: [p(6)],
  };
}

test('the trap works: a payload put in as HTML runs', async () => {
  const page = await trapped();
  await page.evaluate((payload) => document.body.insertAdjacentHTML('beforeend', payload), PAYLOADS[1]);
  await page.waitForFunction(() => window.__fired.length > 0);
  assert.deepEqual(await fired(page), ['img']);
  await page.close();
});

test('payloads in a definition, the options and the patient\'s own text run nowhere and show as text', async () => {
  const page = await trapped();
  const p = (i) => PAYLOADS[i % PAYLOADS.length];
  await mountWidget(page, {
    instruments: ['xss_probe'], definitions: [definition(p)], patientId: p(1), encounterId: p(2), saveKey: p(3),
    education: { next: p(4) },
  });
  await page.locator('fieldset[data-item="a"]').waitFor();
  assert.equal(await page.locator('.pa-title').textContent(), p(1));
  assert.equal(await page.locator('fieldset[data-item="a"] legend').textContent(), p(6));
  await page.locator('fieldset[data-item="a"] label').nth(1).click();
  await page.locator('fieldset[data-item="b"] label').nth(5).click();
  await page.locator('fieldset[data-item="c"] textarea').fill(p(0) + p(1));
  await page.locator('.pa-nav .pa-primary').click();
  await page.locator('.pa-complete').waitFor();
  assert.equal(await page.locator('.pa-about p').textContent(), p(4));
  const response = await page.evaluate(() => document.querySelector('pain-assessment').getResponse());
  assert.equal(response.instruments[0].answers.c, p(0) + p(1), 'kept as the patient typed it');
  assert.deepEqual(await fired(page), []);
  await page.close();
});

test('payloads in a licensed text pack, a bad option and a saved draft run nowhere', async () => {
  const page = await trapped();
  const blank = JSON.parse(readFileSync(join(ROOT, 'pkg', 'text-packs', 'odi.json'), 'utf8'));
  let n = 0;
  const fill = (v) => (v === '' ? PAYLOADS[n++ % PAYLOADS.length] : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(x)])) : v);
  await mountWidget(page, { instruments: ['odi'], textPacks: [fill(blank)], autosave: false });
  await page.locator('fieldset.pa-item').first().waitFor();
  for (const item of (await page.locator('fieldset.pa-item').all()).slice(0, 3)) await item.locator('label').first().click();
  // Errors that quote what the host gave.
  await mountWidget(page, { instruments: [PAYLOADS[1]] });
  await page.locator('.pa-error').waitFor();
  assert.match(await page.locator('.pa-error').textContent(), /onerror/);
  await mountWidget(page, { instruments: ['nrs11'], definitions: [{ ...definition(() => 'x'), items: [{ id: 'a', text: 'q', kind: { type: 'singleChoice', options: [{ value: 'x', label: 'x', image: PAYLOADS[2], score: 0 }] } }] }] });
  await page.locator('.pa-error').waitFor();
  // A saved draft holding payloads, offered back and resumed.
  await page.evaluate((payload) => {
    localStorage.setItem('pain-assessment:draft:xss', JSON.stringify({ format: 1, savedAt: Date.now(), instruments: [], page: 0, answers: [{ nrs11_now: payload }] }));
  }, PAYLOADS[0]);
  await mountWidget(page, { instruments: ['nrs11'], saveKey: 'xss' });
  await page.locator('fieldset.pa-item, .pa-resume').first().waitFor();
  assert.deepEqual(await fired(page), []);
  await page.close();
});

test('payloads in earlier responses and a diary run nowhere in the clinician summary', async () => {
  const page = await trapped();
  const responses = JSON.parse(readFileSync(join(ROOT, 'www', 'examples', 'summary-responses.json'), 'utf8'));
  const diary = JSON.parse(readFileSync(join(ROOT, 'www', 'examples', 'summary-diary.json'), 'utf8'));
  responses.forEach((r, i) => {
    r.patientId = PAYLOADS[i];
    for (const instrument of r.instruments) {
      for (const s of instrument.scores) { s.label = PAYLOADS[(i + 1) % PAYLOADS.length]; if (s.band) s.band.label = PAYLOADS[(i + 2) % PAYLOADS.length]; }
      for (const f of instrument.safety) f.message = PAYLOADS[(i + 3) % PAYLOADS.length];
    }
  });
  diary.entries[1].at = PAYLOADS[4];
  await page.evaluate(({ responses, diary }) => {
    const summary = document.createElement('pain-summary');
    summary.options = { responses, diary };
    document.body.append(summary);
  }, { responses, diary });
  await page.locator('.pa-report .pa-plot').first().waitFor();
  assert.ok((await page.locator('.pa-report-safety li').textContent()).includes(PAYLOADS[5]));
  assert.ok((await page.locator('.pa-report-procedure').textContent()).includes(PAYLOADS[4]), 'the unreadable time is named, as text');
  assert.deepEqual(await fired(page), []);
  await page.close();
});
