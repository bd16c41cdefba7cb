// A patient on a phone (360×740, touch): every built-in instrument and the
// body map completed by taps, one question per screen. On every screen
// axe-core finds no WCAG 2.2 A/AA violation, nothing scrolls sideways and
// every control is at least 44×44 CSS px (body-map regions, which have the
// list as their equal alternative, at least 24×24), and Next is on screen
// without scrolling. The same instruments
// laid out a page each on a wide screen are audited too, with and without
// their error messages. The number of screens audited is printed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerShown, audit, focusedInWidget, optionsForOne, launchBrowser, mountWidget, requireBuild, startServer, testPack, ROOT, phonePage } from './harness.mjs';

let server;
let browser;
before(async () => { requireBuild(); server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

const catalogue = JSON.parse(readFileSync(join(ROOT, 'pkg', 'catalogue.json'), 'utf8'));
const audited = { phone: 0, wide: 0 };

const optionsFor = (instrument) => optionsForOne(server.url, instrument);

/** Controls under 44×44 CSS px (24×24 for body-map regions), and whether the page scrolls sideways. */
function layoutProblems(page) {
  return page.evaluate(() => {
    const root = document.querySelector('pain-assessment').shadowRoot;
    const small = [];
    const targets = root.querySelectorAll('label.pa-option, label.pa-number, button, select, input[type="number"], [role="slider"], path[data-region]');
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const least = target.matches('path[data-region]') ? 24 : 44;
      if (box.width < least - 0.5 || box.height < least - 0.5) {
        small.push(`${target.tagName.toLowerCase()}.${target.className?.baseVal ?? target.className} "${target.textContent.trim().slice(0, 20)}" ${box.width.toFixed(0)}×${box.height.toFixed(0)}`);
      }
    }
    const sideways = document.documentElement.scrollWidth > window.innerWidth;
    // Next (or Submit) in view wherever the page is scrolled: at the top here.
    window.scrollTo(0, 0);
    const next = root.querySelector('.pa-nav .pa-primary')?.getBoundingClientRect();
    const reach = !next || (next.top >= 0 && next.bottom <= window.innerHeight);
    return { small, sideways, reach };
  });
}

async function check(page, where) {
  const violations = await audit(page, 'pain-assessment');
  assert.deepEqual(violations, [], `axe: ${where}`);
  const { small, sideways, reach } = await layoutProblems(page);
  assert.ok(reach, `Next is out of reach: ${where}`);
  assert.deepEqual(small, [], `targets under 44×44: ${where}`);
  assert.equal(sideways, false, `the page scrolls sideways: ${where}`);
  audited.phone += 1;
}

test('on a phone, every instrument and the body map are completed by taps, one question a screen', async () => {
  const { context, page, errors } = await phonePage(browser, server.url);
  for (const instrument of catalogue) {
    await mountWidget(page, await optionsFor(instrument));
    await page.locator('fieldset.pa-item').first().waitFor();
    if (await page.locator('.pa-bodymap').count()) await page.locator('path[data-region]').first().waitFor();
    // Next without an answer: the error, announced, with focus on it. (A
    // checklist left blank is an answer: that screen is simply passed.)
    await check(page, `${instrument.id}: first question`);
    await page.locator('button.pa-next, button.pa-submit').tap();
    let screens = 0;
    if (await page.locator('.pa-problem').count()) {
      assert.match(await focusedInWidget(page), /pa-summary/, `${instrument.id}: focus on the error summary`);
      await check(page, `${instrument.id}: first question with its error`);
    } else {
      screens += 1;
    }
    while (!(await page.locator('.pa-complete').count())) {
      const step = await page.locator('.pa-step').textContent();
      await check(page, `${instrument.id}: ${step}`);
      await answerShown(page, 'tap');
      await page.locator('button.pa-next, button.pa-submit').tap();
      screens += 1;
      assert.ok(screens <= instrument.items.length, `${instrument.id}: more screens than questions`);
      if (await page.locator('.pa-complete').count()) break;
      assert.match(await focusedInWidget(page), /pa-title/, `${instrument.id}: focus on the new screen's heading`);
    }
    assert.equal(screens, instrument.items.length, `${instrument.id}: a screen per question`);
    await check(page, `${instrument.id}: thank you`);
    const response = await page.evaluate(() => document.querySelector('pain-assessment').getResponse());
    assert.ok(response.completedAt, instrument.id);
    assert.equal(response.instruments[0].id, instrument.id);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a wide screen, every instrument is one page, audited with and without its errors', async () => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${server.url}/minimal.html`);
  for (const instrument of catalogue) {
    await mountWidget(page, await optionsFor(instrument));
    await page.locator('fieldset.pa-item').first().waitFor();
    if (await page.locator('.pa-bodymap').count()) await page.locator('path[data-region]').first().waitFor();
    // A page shows the questions asked before any answer: not those that
    // follow an answer (the PHQ-9's difficulty question, for one).
    const askedFirst = instrument.items.filter((item) => !item.enableWhen && !item.within);
    assert.equal(await page.locator('fieldset.pa-item').count(), askedFirst.length, instrument.id);
    assert.deepEqual(await audit(page, 'pain-assessment'), [], `axe: ${instrument.id}`);
    await page.locator('button.pa-submit').click();
    if (await page.locator('.pa-problem').count()) {
      assert.deepEqual(await audit(page, 'pain-assessment'), [], `axe: ${instrument.id} with errors`);
      audited.wide += 1;
    }
    audited.wide += 1;
  }
  await context.close();
  console.log(`axe-core: ${audited.phone + audited.wide} screens audited (${audited.phone} on a phone, ${audited.wide} wide), 0 violations`);
});
