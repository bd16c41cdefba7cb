// Built-in definitions are fetched from beside the widget's script, only
// those a page shows; a definition that cannot be loaded is reported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite } from './harness.mjs';

const suite = browserSuite();

test('a page downloads only the definitions it shows', async () => {
  const fetched = [];
  suite.page.on('request', (r) => { if (r.url().includes('/pkg/instruments/')) fetched.push(new URL(r.url()).pathname); });
  await suite.page.goto(`${suite.server.url}/minimal.html`);
  await suite.page.locator('fieldset.pa-item[data-item="nrs11_now"]').waitFor();
  assert.deepEqual(fetched.sort(), ['/pkg/instruments/nrs11.json', '/pkg/instruments/phq9.json']);
});

test('a definition that cannot be loaded shows why and fires pa-error', async () => {
  await suite.page.route('**/pkg/instruments/phq9.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await suite.page.goto(`${suite.server.url}/bad-options.html`);
  await suite.page.evaluate(() => {
    window.paErrors = [];
    const element = document.createElement('pain-assessment');
    element.setAttribute('instruments', 'phq9');
    element.id = 'late';
    element.addEventListener('pa-error', (event) => window.paErrors.push(event.detail));
    document.body.append(element);
  });
  const error = suite.page.locator('#late .pa-error');
  await error.waitFor();
  assert.match(await error.textContent(), /the definition of 'phq9' could not be loaded .*HTTP 404/);
  const errors = await suite.page.evaluate(() => window.paErrors);
  assert.ok(errors.some((e) => e.category === 'network'), JSON.stringify(errors));
  await suite.page.unroute('**/pkg/instruments/phq9.json');
  assert.deepEqual(suite.watch.foreignRequests, []);
  assert.deepEqual(suite.watch.pageErrors, []);
});

test('one script, then the module and the definitions it names download side by side', async () => {
  const requested = [];
  const page = suite.page;
  page.on('request', (r) => { if (r.url().includes('/pkg/')) requested.push(new URL(r.url()).pathname); });
  // The module is held back: the definitions must not wait for it.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/pkg/pain_assessment_bg.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(`${suite.server.url}/minimal.html`);
  await page.waitForFunction(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/instruments/')).length === 2);
  assert.deepEqual(requested.slice().sort(), ['/pkg/instruments/nrs11.json', '/pkg/instruments/phq9.json', '/pkg/pain-assessment.js', '/pkg/pain_assessment_bg.wasm']);
  release();
  await page.locator('fieldset.pa-item[data-item="nrs11_now"]').waitFor();
  // Each definition fetched once: the module took the early copies.
  assert.equal(requested.filter((p) => p.endsWith('.json')).length, 2, requested.join(' '));
  await page.unroute('**/pkg/pain_assessment_bg.wasm');
});

test('a definition the early fetch could not load is reported in words', async () => {
  await suite.page.route('**/pkg/instruments/phq9.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await suite.page.goto(`${suite.server.url}/minimal.html`);
  const error = suite.page.locator('pain-assessment .pa-error');
  await error.waitFor();
  assert.match(await error.textContent(), /the definition of 'phq9' could not be loaded .*HTTP 404/);
  await suite.page.unroute('**/pkg/instruments/phq9.json');
});
