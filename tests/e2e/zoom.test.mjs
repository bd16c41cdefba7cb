// Text at 200 % (the browser's default font size doubled) on a 320 px wide
// screen: nothing scrolls sideways or overflows, on every screen of the
// demo, the body map and every built-in instrument. The widget follows the host's font size
// (--pa-font-size) and, when the patient asks for reduced motion, nothing
// in it moves.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerShown, launchBrowser, mountWidget, optionsForOne, requireBuild, startServer, ROOT } from './harness.mjs';

let server;
let browser;
before(async () => { requireBuild(); server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

const catalogue = JSON.parse(readFileSync(join(ROOT, 'pkg', 'catalogue.json'), 'utf8'));

/** Sideways scrolling of the page, and any element of the widget wider than its box. */
function overflow(page, host) {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector).shadowRoot;
    // Anything wider than its box, in the widget or on the page around it.
    const wide = [...root.querySelectorAll('*'), ...document.body.querySelectorAll('*')]
      .filter((e) => !(e instanceof SVGElement) && e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible')
      .map((e) => `${e.tagName.toLowerCase()}.${e.className} (${e.scrollWidth} in ${e.clientWidth})`);
    return { sideways: document.documentElement.scrollWidth - window.innerWidth, wide };
  }, host);
}

test('200 % text on a 320 px screen: every screen reflows without sideways scrolling', async () => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await page.goto(`${server.url}/`);
  await page.locator('[data-item="nrs11_now"]').waitFor();
  const size = await page.locator('#widget .pa-question').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  assert.ok(size >= 32, `the question is ${size}px: the patient's text size did not reach the widget`);
  let screens = 0;
  while (!(await page.locator('#widget .pa-complete').count())) {
    const where = await page.locator('#widget .pa-step').textContent();
    assert.deepEqual(await overflow(page, '#widget'), { sideways: 0, wide: [] }, where);
    screens += 1;
    const item = page.locator('#widget fieldset.pa-item');
    assert.equal(await item.count(), 1, 'one question a screen');
    if (await item.locator('input[type="radio"]').count()) await item.locator('label').first().click();
    await page.locator('#widget .pa-nav .pa-primary').click();
  }
  assert.deepEqual(await overflow(page, '#widget'), { sideways: 0, wide: [] }, 'thank you');
  await page.goto(`${server.url}/bodymap.html`);
  await page.locator('#patient path[data-region="left_knee_front"]').click();
  assert.deepEqual(await overflow(page, '#patient'), { sideways: 0, wide: [] }, 'body map');
  screens += 2;
  // Every built-in instrument, a question a screen.
  await page.goto(`${server.url}/minimal.html`);
  for (const instrument of catalogue) {
    await mountWidget(page, await optionsForOne(server.url, instrument));
    await page.locator('fieldset.pa-item').first().waitFor();
    if (await page.locator('.pa-bodymap').count()) await page.locator('path[data-region]').first().waitFor();
    while (!(await page.locator('.pa-complete').count())) {
      const where = `${instrument.id}: ${await page.locator('.pa-step').textContent()}`;
      assert.deepEqual(await overflow(page, 'pain-assessment'), { sideways: 0, wide: [] }, where);
      screens += 1;
      await answerShown(page, 'click');
      await page.locator('.pa-nav .pa-primary').click();
    }
  }
  console.log(`200 % text at 320 px: ${screens} screens, none scrolls sideways`);
  await context.close();
});

test('WCAG text spacing (line 1.5, letters 0.12em, words 0.16em, paragraphs 2em) loses nothing at 320 px', async () => {
  const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
  const spaced = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
  const space = (host) => page.evaluate(([css, selector]) => {
    const style = document.createElement('style');
    style.textContent = css;
    document.querySelector(selector).shadowRoot.append(style);
  }, [spaced, host]);
  await page.goto(`${server.url}/bodymap.html`);
  await page.locator('#patient path[data-region="left_knee_front"]').click();
  await space('#patient');
  assert.deepEqual(await overflow(page, '#patient'), { sideways: 0, wide: [] }, 'body map');
  await page.goto(`${server.url}/`);
  await page.locator('[data-item="nrs11_now"]').waitFor();
  await space('#widget');
  for (let screens = 0; !(await page.locator('#widget .pa-complete').count()); screens += 1) {
    assert.deepEqual(await overflow(page, '#widget'), { sideways: 0, wide: [] }, await page.locator('#widget .pa-step').textContent());
    const item = page.locator('#widget fieldset.pa-item');
    await item.locator('label').first().click();
    await page.locator('#widget .pa-nav .pa-primary').click();
    assert.ok(screens < 20);
  }
  await page.close();
});

test('the host sets the text size; reduced motion, and a touch screen, have no transition', async () => {
  const phone = { hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } };
  for (const [motion, expected, device] of [['no-preference', true, {}], ['reduce', false, {}], ['no-preference', false, phone]]) {
    const context = await browser.newContext({ reducedMotion: motion, ...device });
    const page = await context.newPage();
    await page.goto(`${server.url}/minimal.html`);
    await page.locator('fieldset.pa-item').first().waitFor();
    const moving = await page.evaluate(() => [...document.querySelector('pain-assessment').shadowRoot.querySelectorAll('*')]
      .some((e) => getComputedStyle(e).transitionDuration.split(',').some((d) => parseFloat(d) > 0)));
    assert.equal(moving, expected, `${motion}${device.hasTouch ? ' on a touch screen' : ''}`);
    if (motion === 'reduce') {
      await page.evaluate(() => { document.querySelector('pain-assessment').style.setProperty('--pa-font-size', '20px'); });
      const size = await page.locator('.pa-question').first().evaluate((e) => getComputedStyle(e).fontSize);
      assert.equal(size, '20px');
    }
    await context.close();
  }
});
