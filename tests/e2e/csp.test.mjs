// Strict CSP: every demo page is served with
//   default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';
//   connect-src 'self'; img-src 'self' data:; frame-src 'self' <the other demo origin>
// and the widget, the body map, the summary and the iframe embed all work
// under it with no violation reported.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, option, requireBuild, startServer } from './harness.mjs';

let server;
let browser;
before(async () => { requireBuild(); server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

const STRICT = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self' data:";

/** A page that collects every CSP violation, in any frame. */
async function watched() {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const violations = [];
  await context.exposeBinding('__cspViolation', (_, text) => violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`), true);
  });
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  return { context, page, violations };
}

test('every page is served with the strict policy', async () => {
  for (const path of ['/', '/minimal.html', '/bodymap.html', '/summary.html', '/send.html', '/catalogue.html', '/pkg/embed.html']) {
    const response = await fetch(`${server.url}${path}`);
    const policy = response.headers.get('content-security-policy');
    assert.ok(policy.startsWith(STRICT), `${path}: ${policy}`);
  }
});

test('the widget, the map, the summary and the embed work with no violation', async () => {
  const { context, page, violations } = await watched();
  await page.goto(`${server.url}/`);
  await option(page, 'nrs11_now', '6').click();
  await page.locator('button.pa-next').click();
  for (const item of await page.locator('fieldset.pa-item').all()) await item.locator('label').first().click();
  await page.locator('button.pa-submit').click();
  await page.locator('#widget .pa-delivery', { hasText: 'Sent' }).waitFor();
  // The styles arrived: the chosen number is drawn in the accent colour.
  const font = await page.locator('.pa-root').first().evaluate((e) => getComputedStyle(e).fontFamily);
  assert.match(font, /system-ui/);

  await page.goto(`${server.url}/bodymap.html`);
  await page.locator('#patient path[data-region="left_knee_front"]').click();
  await page.locator('#patient .pa-bm-detail label.pa-number').nth(4).click();

  await page.goto(`${server.url}/minimal.html`);
  await page.evaluate(() => {
    const el = document.createElement('pain-assessment');
    el.options = { instruments: ['vas'], autosave: false };
    document.body.append(el);
  });
  await page.locator('[role="slider"]').first().click();
  const left = await page.locator('.pa-vas-mark').evaluate((e) => e.style.left);
  assert.match(left, /^\d+%$/, 'the mark is placed without a style attribute');

  await page.goto(`${server.url}/summary.html`);
  await page.locator('.pa-report .pa-plot').first().waitFor();

  await page.goto(`${server.url}/parent.html`);
  await page.frameLocator('iframe').locator('fieldset.pa-item').first().waitFor();
  assert.deepEqual(violations, []);
  // The watch works: an inline style put in by hand is reported.
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<style>p { color: red }</style>'));
  await page.waitForTimeout(300);
  assert.ok(violations.some((v) => v.startsWith('style-src')), violations.join(' | '));
  await context.close();
});
