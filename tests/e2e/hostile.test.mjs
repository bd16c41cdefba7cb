// A host stylesheet that resets everything (`* { all: unset }`, hidden
// buttons, inputs and labels, white-on-white 4 px text, rules aimed at the
// widget's own class names) leaves the widget usable; and mounting the
// widget changes nothing on the host page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, option } from './harness.mjs';

const suite = browserSuite();

test('the widget is usable under a hostile stylesheet and changes nothing outside', async () => {
  const page = suite.page;
  const hostStyle = () => page.locator('#host-button').evaluate((b) => {
    const s = getComputedStyle(b);
    return [s.display, s.fontSize, s.color, s.padding].join(' ');
  });
  // The host button's look before the widget's code has run...
  await page.route('**/pkg/pain-assessment.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
  await page.goto(`${suite.server.url}/hostile.html`);
  const before = await hostStyle();
  await page.unroute('**/pkg/pain-assessment.js');
  // ...and after it has mounted.
  await page.goto(`${suite.server.url}/hostile.html`);
  await page.locator('[data-item="nrs11_now"]').waitFor();
  assert.equal(await hostStyle(), before);

  const choice = option(page, 'nrs11_now', '4');
  assert.ok(await choice.isVisible(), 'the options are visible');
  const size = await choice.evaluate((label) => parseFloat(getComputedStyle(label).fontSize));
  assert.ok(size >= 14, `the widget's text is ${size}px`);
  const box = await choice.boundingBox();
  assert.ok(box.height >= 44, `a touch target is ${box.height}px tall`);
  await choice.click();
  await page.locator('button.pa-next').click();
  for (const item of ['phq2_1', 'phq2_2']) await option(page, item, 'Not at all').click();
  await page.locator('button.pa-submit').click();
  await page.locator('.pa-complete').waitFor();
  assert.deepEqual(suite.watch.pageErrors, []);
});

test('a host themes the widget through its custom properties', async () => {
  const page = suite.page;
  await page.goto(`${suite.server.url}/minimal.html`);
  // A host stylesheet rule (constructed: the demo's strict CSP forbids inline styles).
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('pain-assessment { --pa-accent: rgb(0, 128, 0); --pa-font-size: 20px; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
  await page.locator('[data-item="nrs11_now"]').waitFor();
  await option(page, 'nrs11_now', '3').click();
  const chosen = page.locator('[data-item="nrs11_now"] input:checked + span');
  // The chosen colour fades in over 0.15 s.
  await chosen.evaluate((s) => Promise.all(s.getAnimations().map((a) => a.finished)));
  assert.equal(await chosen.evaluate((s) => getComputedStyle(s).backgroundColor), 'rgb(0, 128, 0)');
  assert.equal(await page.locator('.pa-root').evaluate((r) => getComputedStyle(r).fontSize), '20px');
});
