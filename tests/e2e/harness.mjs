// Shared by the end-to-end tests: the demo server on a free port with a fresh
// data directory, one headless Chromium, page watchers and the response schema.
import { before, after } from 'node:test';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PKG = join(ROOT, 'pkg');

/** Fails early, in words, when the widget has not been built. */
export function requireBuild() {
  for (const file of ['pain-assessment.js', 'response.schema.json']) {
    if (!existsSync(join(PKG, file))) throw new Error(`pkg/${file} is missing: run \`npm run build\` first`);
  }
}

/** Starts www/server.mjs on a free port. Resolves to { url, dataDir, stop }. */
export async function startServer() {
  const dataDir = mkdtempSync(join(tmpdir(), 'pa-e2e-'));
  const child = spawn(process.execPath, [join(ROOT, 'www', 'server.mjs')], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, FAULTS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stderr.on('data', (chunk) => { log += chunk; });
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${log}`)), 10_000);
    child.stdout.on('data', (chunk) => {
      log += chunk;
      const port = /serving http:\/\/localhost:(\d+)/.exec(log)?.[1];
      if (port) { clearTimeout(timer); resolve(`http://127.0.0.1:${port}`); }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`the server exited (${code}):\n${log}`)); });
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { url, dataDir, stop, log: () => log };
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', '--disable-quic'],
  });
}

/**
 * Opens a page that records uncaught errors and every request to a host other
 * than the test server; both lists should stay empty.
 */
export async function openPage(browser, serverUrl) {
  const page = await browser.newPage();
  page.setDefaultTimeout(10_000);
  const origin = new URL(serverUrl).origin;
  const pageErrors = [];
  const foreignRequests = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('request', (request) => {
    const requestUrl = request.url();
    if (!requestUrl.startsWith('data:') && !requestUrl.startsWith('blob:') && new URL(requestUrl).origin !== origin) {
      foreignRequests.push(requestUrl);
    }
  });
  return { page, pageErrors, foreignRequests };
}

/** The radio <label> whose text is exactly `text`, in the fieldset of item `item`. */
export function option(page, item, text) {
  const exact = new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
  return page.locator(`fieldset.pa-item[data-item="${item}"] label`).filter({ hasText: exact });
}

/** A validator for pkg/response.schema.json (Ajv, JSON Schema 2020-12). */
export function responseValidator() {
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  for (const bits of [8, 16, 32, 64]) {
    const max = 2 ** bits - 1;
    ajv.addFormat(`uint${bits}`, { type: 'number', validate: (n) => Number.isInteger(n) && n >= 0 && n <= max });
  }
  const schema = JSON.parse(readFileSync(join(PKG, 'response.schema.json'), 'utf8'));
  const validate = ajv.compile(schema);
  return (value) => {
    const ok = validate(value);
    return { ok, errors: ok ? '' : ajv.errorsText(validate.errors) };
  };
}

export async function getJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
  return response.json();
}

/**
 * Registers the usual before/after for a browser test file: the build is
 * checked, the server started, one Chromium launched and one watched page
 * opened; all of it is stopped afterwards. Fields are filled in by `before`.
 */
export function browserSuite() {
  const suite = { server: null, browser: null, watch: null, page: null };
  before(async () => {
    requireBuild();
    suite.server = await startServer();
    suite.browser = await launchBrowser();
    suite.watch = await openPage(suite.browser, suite.server.url);
    suite.page = suite.watch.page;
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.stop();
  });
  return suite;
}

/**
 * axe-core's WCAG 2.x A/AA violations inside `selector` (shadow roots
 * included), one line each. The page's context must bypass CSP, as axe is
 * injected inline.
 */
export async function audit(page, selector) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) {
    await page.addScriptTag({ path: join(ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
  }
  return page.evaluate(async (sel) => {
    const result = await window.axe.run({ include: [[sel]] }, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, selector);
}

/** A licensed instrument's blank text pack with test words in every blank
 * (and a pixel for every picture): stands in for a clinic's licensed text
 * in tests, never shipped. */
export function testPack(blank) {
  const pixel = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
  const fill = (value, key = '') => {
    if (value === '') return key === 'image' ? pixel : `Test wording for ${key}`;
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, key === 'images' ? 'image' : k)]));
    }
    return value;
  };
  return fill(blank);
}

/**
 * A phone (360×740, touch) opened on minimal.html: { context, page, errors },
 * errors collecting every uncaught page error. Close the context after.
 */
export async function phonePage(browser, serverUrl) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, bypassCSP: true });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${serverUrl}/minimal.html`);
  return { context, page, errors };
}

/** Replaces whatever widget the page shows with a new one built from `options`. */
export async function mountWidget(page, options) {
  await page.evaluate((opts) => {
    document.querySelectorAll('pain-assessment').forEach((e) => e.remove());
    const element = document.createElement('pain-assessment');
    element.options = opts;
    document.body.append(element);
  }, options);
}

/** The class of the element focused inside the widget's shadow root. */
export function focusedInWidget(page) {
  return page.evaluate(() => {
    const active = document.querySelector('pain-assessment')?.shadowRoot?.activeElement;
    return active ? `${active.tagName.toLowerCase()}.${active.className}` : null;
  });
}

/** Options that show one built-in instrument, a licensed one with test words. */
export async function optionsForOne(serverUrl, instrument) {
  const textPacks = instrument.licence.textRequired
    ? [testPack(await getJson(`${serverUrl}/pkg/text-packs/${instrument.id}.json`))]
    : [];
  return { instruments: [instrument.id], textPacks, autosave: false };
}

/** Answers the one question on screen, by `how` ('tap' or 'click'). */
export async function answerShown(page, how) {
  const item = page.locator('fieldset.pa-item');
  if ((await item.count()) !== 1) throw new Error(`${await item.count()} questions on one screen`);
  if (await item.locator('.pa-bodymap').count()) {
    await item.locator('path[data-region="left_knee_front"]')[how]();
    await item.locator('.pa-bm-detail label.pa-number').nth(6)[how]();
  } else if (await item.locator('input[type="radio"]').count()) {
    await item.locator('label.pa-option:not(.pa-other), label.pa-number').last()[how]();
  } else if (await item.locator('input[type="checkbox"]').count()) {
    await item.locator('label.pa-option').first()[how]();
  } else if (await item.locator('[role="slider"]').count()) {
    await item.locator('[role="slider"]')[how]();
  } else if (await item.locator('textarea').count()) {
    await item.locator('textarea').fill('Worse when sitting');
  } else if (await item.locator('input[inputmode="decimal"]').count()) {
    await item.locator('input[inputmode="decimal"]')[how]();
    await item.locator('input[inputmode="decimal"]').fill('72,5');
  } else if (await item.locator('input[type="number"]').count()) {
    await item.locator('input[type="number"]')[how]();
    await item.locator('input[type="number"]').fill('3');
  }
}
