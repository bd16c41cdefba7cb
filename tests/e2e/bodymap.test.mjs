// The body map on a 360 × 740 touch screen, by keyboard alone, and under
// axe-core: taps mark regions (wrist and ankle included), a scroll marks
// nothing, and the response carries the coded regions and the measures.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launchBrowser, requireBuild, startServer, ROOT } from './harness.mjs';

let server;
let browser;
before(async () => {
  requireBuild();
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** A phone-sized touch page on the body map demo, watched for errors and foreign requests. */
async function phone({ bypassCSP = false } = {}) {
  // axe-core is injected as a script, which the demo's own CSP forbids.
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, bypassCSP });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (r) => { if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) problems.push(r.url()); });
  await page.goto(`${server.url}/bodymap.html`);
  await page.locator('#patient [data-region="left_knee_front"]').waitFor();
  return { page, problems, context };
}

const region = (page, id) => page.locator(`#patient path[data-region="${id}"]`);
const checked = async (page, id) => (await region(page, id).getAttribute('aria-checked')) === 'true';

test('taps mark regions, the small ones too, each a thumb-sized target', async () => {
  const { page, problems, context } = await phone();
  // The figure is drawn at least 267 px wide, so every region's 27-unit
  // square (checked when the artwork is built) is at least 24 CSS px.
  const width = await page.locator('#patient svg').first().evaluate((svg) => svg.getBoundingClientRect().width);
  assert.ok(width >= 267, `the figure is ${width} px wide`);
  for (const id of ['right_wrist_front', 'left_ankle_front', 'left_wrist_back', 'right_ankle_back', 'left_knee_front']) {
    await region(page, id).scrollIntoViewIfNeeded();
    await region(page, id).tap();
    assert.equal(await checked(page, id), true, id);
    const box = await region(page, id).boundingBox();
    assert.ok(box.width >= 24 && box.height >= 24, `${id}: ${box.width} × ${box.height}`);
  }
  await region(page, 'left_knee_front').tap();
  assert.equal(await checked(page, 'left_knee_front'), false, 'a second tap unmarks');
  // The region is redrawn at once; its details follow in the next frames.
  await page.waitForFunction(() => document.querySelector('#patient').shadowRoot.querySelectorAll('.pa-bm-detail').length === 4);
  assert.match(await page.locator('#patient [aria-live="polite"]').textContent(), /left knee, front: not marked/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('taps in quick succession all count, and the next control acts on the map as drawn', async () => {
  const { page, problems, context } = await phone();
  // Three taps and a switch to the list, sent back to back: the regions are
  // drawn at once and reach the answer a frame or two later, so the later
  // taps and the switch arrive while earlier ones are still on their way.
  // The switch and the upper body in view together, nothing scrolled between taps.
  const marked = ['right_face_front', 'left_shoulder_front', 'right_chest_front'];
  await page.evaluate(() => document.querySelector('#patient').addEventListener('pa-change', (e) => { window.lastChange = e.detail; }));
  await page.locator('#patient .pa-bm-tools').evaluate((t) => t.scrollIntoView({ block: 'start' }));
  const centre = (id) => region(page, id).evaluate((p) => {
    const b = p.getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  });
  const points = [];
  for (const id of marked) points.push(await centre(id));
  const list = await page.locator('#patient .pa-bm-tools button', { hasText: 'List' }).evaluate((b) => {
    const r = b.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  });
  assert.ok([...points, list].every(({ y }) => y > -1 && y < 740), JSON.stringify({ points, list }));
  for (const { x, y } of points) await page.touchscreen.tap(x, y);
  await page.touchscreen.tap(list.x + list.width / 2, list.y + list.height / 2);
  await page.locator('#patient .pa-bm-list').first().waitFor();
  for (const id of marked) {
    assert.equal(await page.locator(`#patient .pa-bm-list input[data-region="${id}"]`).isChecked(), true, id);
  }
  // And the host heard the map with all three.
  const heard = await page.waitForFunction(() => {
    const map = window.lastChange && Object.values(window.lastChange.instruments[0].answers)[0];
    return map && Object.keys(map.regions).length === 3 && Object.keys(map.regions).sort();
  });
  assert.deepEqual(await heard.jsonValue(), [...marked].sort());
  assert.deepEqual(problems, []);
  await context.close();
});

test('a finger that scrolls the page marks nothing', async () => {
  const { page, problems, context } = await phone();
  const target = region(page, 'left_upper_leg_front');
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const before = await page.evaluate(() => window.scrollY);
  const cdp = await context.newCDPSession(page);
  const touch = (type, points) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
  await touch('touchStart', [{ x, y }]);
  for (let step = 1; step <= 8; step += 1) await touch('touchMove', [{ x, y: y - step * 20 }]);
  await touch('touchEnd', []);
  await page.waitForTimeout(300);
  assert.equal(await checked(page, 'left_upper_leg_front'), false);
  assert.equal(await page.locator('#patient .pa-bm-detail').count(), 0);
  assert.ok(await page.evaluate(() => window.scrollY) > before, 'the page scrolled');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the whole map can be completed by keyboard alone', async () => {
  const page = await browser.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${server.url}/bodymap.html`);
  await region(page, 'left_knee_front').waitFor();
  // Tab from the page into the widget: the figure/list buttons, "no pain", then the figure.
  await page.locator('#patient .pa-bm-none input').focus();
  await page.keyboard.press('Tab');
  const at = async () => (await page.locator('#patient path[data-region]:focus').getAttribute('data-region'));
  assert.equal(await at(), 'right_cranium_front');
  for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown']) await page.keyboard.press(key);
  assert.equal(await at(), 'right_chest_front');
  await page.keyboard.press('Space');
  assert.equal(await checked(page, 'right_chest_front'), true);
  for (let i = 0; i < 7; i += 1) await page.keyboard.press('+');
  await page.keyboard.press('-');
  // Off the front's right side to the back, then mark what has focus.
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
  const back = await at();
  assert.match(back, /_back$/);
  const name = await region(page, back).getAttribute('aria-label');
  await page.keyboard.press('Enter');
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  // Tab on to the submit button and press it.
  for (let i = 0; i < 80 && !(await page.locator('#patient button.pa-submit:focus').count()); i += 1) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.locator('#clinician .pa-bm-summary').waitFor();
  const summary = await page.locator('#clinician .pa-bm-summary').textContent();
  const response = JSON.parse(await page.locator('#json').textContent());
  const [map] = response.instruments;
  assert.deepEqual(map.regions.map((r) => [r.id, r.intensity]), [['right_chest_front', 6], [back, 2]]);
  assert.equal(map.regions[0].site.code, '51185008');
  assert.equal(map.regions[0].laterality.code, '24028007');
  const score = (id) => map.scores.find((s) => s.id === id);
  assert.equal(score('regions').value, 2);
  assert.equal(score('max_intensity').value, 6);
  // The demo passes an earlier map of the lower back and left buttock.
  assert.equal(typeof score('overlap').value, 'number');
  assert.match(summary, /right chest, front: 6 of 10/);
  assert.match(summary, new RegExp(`${name}: 2 of 10`));
  await page.close();
});

test('axe-core finds no violations in the figure, the list, the details or the review', async () => {
  const { page, context } = await phone({ bypassCSP: true });
  await page.addScriptTag({ path: join(ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
  const audit = async (what) => {
    // Colours are judged once the widget's transitions have ended.
    await page.evaluate(() => Promise.all(document.querySelector('#patient').shadowRoot.getAnimations().map((a) => a.finished)));
    const result = await page.evaluate(async () => {
      const r = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    assert.deepEqual(result, [], what);
  };
  await region(page, 'left_hip_front').tap();
  await audit('figure with a marked region');
  await page.locator('#patient .pa-bm-tools button', { hasText: 'List' }).tap();
  await page.locator('#patient .pa-bm-list input[data-region="left_hip_front"]').waitFor();
  assert.equal(await page.locator('#patient .pa-bm-list input[data-region="left_hip_front"]').isChecked(), true, 'the list shows what the figure marked');
  await page.locator('#patient .pa-bm-list input[data-region="right_sole_back"]').tap();
  await audit('list view');
  await page.locator('#patient .pa-bm-tools button', { hasText: 'Figure' }).tap();
  assert.equal(await checked(page, 'right_sole_back'), true, 'the figure shows what the list marked');
  for (const d of await page.locator('#patient .pa-bm-detail').all()) await d.locator('label.pa-number').nth(3).tap();
  await page.locator('#patient button.pa-submit').tap();
  await page.locator('#clinician .pa-bm-summary').waitFor();
  await audit('review');
  await context.close();
});
