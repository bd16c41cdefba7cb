// Privacy: during a whole assessment the widget makes no request but for
// its own files and the POST to the configured endpoint, sets no cookie,
// writes nothing identifying to the console (even when delivery fails),
// and clearSavedData() removes everything it kept on the device.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, mountWidget, option, requireBuild, startServer } from './harness.mjs';

let server;
let browser;
before(async () => { requireBuild(); server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

const SECRET = 'PATIENT-7f3a-SECRET';

test('only its own files and the endpoint, no cookie, nothing identifying in the console', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const requests = [];
  const consoled = [];
  page.on('request', (r) => requests.push({ method: r.method(), url: new URL(r.url()) }));
  page.on('console', (m) => consoled.push(m.text()));
  await page.goto(`${server.url}/minimal.html`);
  const pageFiles = requests.length;
  for (const endpoint of ['/api/submissions', '/api/faults/refuse']) {
    await mountWidget(page, { instruments: ['bodymap', 'nrs11'], endpoint, patientId: SECRET, encounterId: `${SECRET}-visit`, autosave: false });
    await page.locator('path[data-region="left_knee_front"]').click();
    await page.locator('.pa-bm-detail label.pa-number').nth(3).click();
    await page.locator('.pa-nav .pa-primary').click();
    await option(page, 'nrs11_now', '8').click();
    await page.locator('.pa-nav .pa-primary').click();
    await page.locator('.pa-complete').waitFor();
    await page.locator('.pa-delivery p').first().waitFor();
  }
  await page.waitForTimeout(500);
  const origin = new URL(server.url).origin;
  const widgetRequests = requests.slice(pageFiles);
  for (const { method, url } of widgetRequests) {
    assert.equal(url.origin, origin, `${method} ${url}`);
    if (method === 'POST') assert.match(url.pathname, /^\/api\/(submissions|faults\/refuse)$/);
    else assert.match(url.pathname, /^\/pkg\//, `${method} ${url.pathname}`);
  }
  assert.equal(widgetRequests.filter((r) => r.method === 'POST').length >= 2, true);
  assert.deepEqual(await context.cookies(), []);
  assert.equal(await page.evaluate(() => document.cookie), '');
  assert.ok(consoled.some((line) => line.startsWith('pain-assessment:')), 'the refusal was logged');
  for (const line of consoled) assert.ok(!line.includes(SECRET), `console: ${line}`);
  await context.close();
});

test('clearSavedData() removes every saved answer and waiting response, and nothing else', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/minimal.html`);
  await mountWidget(page, { instruments: ['nrs11'], saveKey: 'clear-me' });
  await option(page, 'nrs11_now', '5').click();
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    localStorage.setItem('pain-assessment:outbox:00000000-0000-4000-8000-000000000000', '{}');
    localStorage.setItem('the-host-page', 'kept');
  });
  const before = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('pain-assessment:')).length);
  assert.ok(before >= 2, `${before}`);
  const removed = await page.evaluate(async () => (await import('/pkg/pain-assessment.js')).clearSavedData());
  assert.equal(removed, before);
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), ['the-host-page']);
  await page.close();
});
