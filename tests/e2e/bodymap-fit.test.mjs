// The body map on a 360 × 740 touch screen, as a patient scrolls it: after
// a tap, the region's intensity is on screen; marking three regions on the
// front and two on the back, rating each and picking a quality, needs no
// scroll longer than one screen. Every scroll the test makes to reach the
// next control is measured and printed. Also the iPhone details: no zoom
// on focus (text, number and select at 16 px or more, even when the host
// asks for smaller type) and no double-tap zoom on the figure.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, mountWidget, requireBuild, startServer } from './harness.mjs';

const SCREEN = { width: 360, height: 740 };
const FRONT = ['right_face_front', 'left_knee_front', 'right_wrist_front'];
const BACK = ['left_lower_back_back', 'right_ankle_back'];

let server;
let browser;
before(async () => { requireBuild(); server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

async function phone(path) {
  const context = await browser.newContext({ viewport: SCREEN, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${server.url}${path}`);
  return { page, context, problems };
}

/** Where `locator` is on screen, and the band the patient can see: above the sticky Back/Next bar. */
const place = (locator) => locator.evaluate((el) => {
  const box = el.getBoundingClientRect();
  const nav = el.getRootNode().querySelector('.pa-nav')?.getBoundingClientRect();
  const bottom = Math.min(window.innerHeight, nav ? nav.top : Infinity);
  return { top: box.top, bottom: box.bottom, left: box.left, right: box.right, band: bottom, x: box.left + box.width / 2, y: box.top + box.height / 2 };
});
const inView = (p) => p.top >= 0 && p.bottom <= p.band + 0.5 && p.left >= 0 && p.right <= SCREEN.width + 0.5;

/**
 * A patient's scroll: the page moves only as far as it must for `locator`
 * to be seen whole; the distance is recorded under `what`.
 */
async function reach(page, locator, what, scrolls) {
  const p = await place(locator);
  let distance = 0;
  if (p.top < 0) distance = p.top - 8;
  else if (p.bottom > p.band) distance = p.bottom - p.band + 8;
  if (distance !== 0) {
    const before = await page.evaluate(() => window.scrollY);
    await page.evaluate((d) => window.scrollBy(0, d), distance);
    distance = (await page.evaluate(() => window.scrollY)) - before;
  }
  scrolls.push({ what, px: Math.round(Math.abs(distance)) });
  const now = await place(locator);
  assert.ok(inView(now), `${what} cannot be brought into view: ${JSON.stringify(now)}`);
  return now;
}

const tapAt = (page, { x, y }) => page.touchscreen.tap(x, y);

/** Polls for up to `ms` until `locator` is seen whole; the last place it was. */
async function settlesInView(locator, ms = 1500) {
  const end = Date.now() + ms;
  let p = await place(locator);
  while (!inView(p) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    p = await place(locator);
  }
  return p;
}

test('at 360 × 740, each tapped region is rated without a scroll longer than one screen', async () => {
  const { page, context, problems } = await phone('/bodymap.html');
  const map = page.locator('#patient');
  await map.locator('[data-region="left_knee_front"]').waitFor();
  await page.evaluate(() => document.querySelector('#patient').addEventListener('pa-change', (e) => { window.lastChange = e.detail; }));
  const scrolls = [];
  const afterTap = [];
  const mark = async (id) => {
    const path = map.locator(`path[data-region="${id}"]`);
    await tapAt(page, await reach(page, path, `to ${id}`, scrolls));
    assert.equal(await path.getAttribute('aria-checked'), 'true', id);
    const detail = map.locator(`.pa-bm-detail[data-region="${id}"]`);
    await detail.waitFor();
    const numbers = detail.locator('.pa-numbers');
    const seen = await settlesInView(numbers);
    afterTap.push({ id, top: Math.round(seen.top), bottom: Math.round(seen.bottom), band: Math.round(seen.band), inView: inView(seen) });
    await tapAt(page, await reach(page, detail.locator('label.pa-number').nth(6), `to ${id}'s intensity`, scrolls));
    assert.equal(await detail.locator('input[value="6"]').isChecked(), true, `${id} rated`);
    const quality = detail.locator('.pa-bm-qualities label').first();
    await tapAt(page, await reach(page, quality, `to ${id}'s qualities`, scrolls));
    assert.equal(await quality.locator('input').isChecked(), true, `${id} quality`);
  };
  for (const id of FRONT) await mark(id);
  // One view at a time on a phone: its switch says which is shown.
  const switcher = map.locator('.pa-bm-switch button').nth(1);
  if (await switcher.count()) {
    await tapAt(page, await reach(page, switcher, 'to the switch to the back', scrolls));
    assert.equal(await switcher.getAttribute('aria-pressed'), 'true');
    assert.equal(await map.locator('.pa-bm-switch button').first().getAttribute('aria-pressed'), 'false');
  }
  for (const id of BACK) await mark(id);

  console.log('after each tap, the intensity control (viewport 740 px, usable above the Back/Next bar):');
  for (const a of afterTap) console.log(`  ${a.id.padEnd(22)} top ${String(a.top).padStart(5)}  bottom ${String(a.bottom).padStart(5)}  usable to ${a.band}  ${a.inView ? 'in view' : 'OUT OF VIEW'}`);
  console.log('scrolls the patient makes (px):');
  for (const s of scrolls) console.log(`  ${String(s.px).padStart(5)}  ${s.what}`);
  const longest = Math.max(...scrolls.map((s) => s.px));
  const total = scrolls.reduce((sum, s) => sum + s.px, 0);
  console.log(`  longest ${longest} px, total ${total} px over ${scrolls.filter((s) => s.px > 0).length} scrolls`);

  // The host heard all five, each rated.
  const heard = await page.waitForFunction((n) => {
    const answer = window.lastChange && Object.values(window.lastChange.instruments[0].answers)[0];
    const regions = answer ? Object.entries(answer.regions) : [];
    return regions.length === n && regions.every(([, p]) => p.intensity === 6) && regions.map(([id]) => id).sort();
  }, FRONT.length + BACK.length);
  assert.deepEqual(await heard.jsonValue(), [...FRONT, ...BACK].sort());
  for (const a of afterTap) assert.ok(a.inView, `${a.id}: its intensity is out of view after the tap (${a.top}–${a.bottom})`);
  for (const s of scrolls) assert.ok(s.px <= SCREEN.height, `${s.what}: a scroll of ${s.px} px`);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth), false, 'the page scrolls sideways');
  assert.deepEqual(problems, []);
  await context.close();
});

test('taps in a row never move the page under the next; a pause brings the last one\'s details into view', async () => {
  const { page, context, problems } = await phone('/bodymap.html');
  const map = page.locator('#patient');
  await map.locator('[data-region="left_knee_front"]').waitFor();
  const ids = ['right_shoulder_front', 'left_chest_front', 'right_upper_arm_front'];
  await map.locator(`path[data-region="${ids[0]}"]`).evaluate((p) => p.scrollIntoView({ block: 'center' }));
  const start = await page.evaluate(() => window.scrollY);
  for (const id of ids) {
    const path = map.locator(`path[data-region="${id}"]`);
    assert.equal(await page.evaluate(() => window.scrollY), start, `the page moved before ${id} was tapped`);
    await tapAt(page, await place(path));
    await page.waitForTimeout(200);
  }
  const last = map.locator(`.pa-bm-detail[data-region="${ids[2]}"] .pa-numbers`);
  assert.ok(inView(await settlesInView(last)), 'the last region\'s intensity comes into view');
  // It comes first, right under the figure.
  assert.equal(await map.locator('.pa-bm-detail').first().getAttribute('data-region'), ids[2]);
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone, keys, the switch and a scripted scroll each show the view they reach', async () => {
  const { page, context, problems } = await phone('/bodymap.html');
  const map = page.locator('#patient');
  const [front, back] = [map.locator('.pa-bm-switch button').first(), map.locator('.pa-bm-switch button').nth(1)];
  const shown = async () => (await back.getAttribute('aria-pressed')) === 'true' ? 'back' : 'front';
  /** Whether a region is inside the clipped row's window, where a finger can reach it. */
  const reachable = (id) => map.locator(`path[data-region="${id}"]`).evaluate((p) => {
    const box = p.getBoundingClientRect();
    const row = p.closest('.pa-bm-views').getBoundingClientRect();
    return box.left >= row.left - 0.5 && box.right <= row.right + 0.5;
  });
  await map.locator('[data-region="left_knee_front"]').waitFor();
  assert.equal(await shown(), 'front');
  assert.equal(await reachable('right_ankle_back'), false, 'the back is clipped while the front is shown');
  // Keys: off the front's side onto the back, which comes into view.
  await map.locator('path[data-region="left_shoulder_front"]').focus();
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
  const at = await map.locator('path[data-region]:focus').getAttribute('data-region');
  assert.match(at, /_back$/);
  assert.equal(await reachable(at), true, `${at} is shown once it has focus`);
  await page.waitForFunction(() => document.querySelector('#patient').shadowRoot.querySelector('.pa-bm-switch [aria-pressed="true"]')?.textContent === 'Back');
  // The switch: back to the front, and Tab from it lands on a front region.
  await front.tap();
  assert.equal(await shown(), 'front');
  assert.equal(await reachable('left_knee_front'), true);
  await front.focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const tabbed = await map.locator('path[data-region]:focus').getAttribute('data-region');
  assert.match(tabbed, /_front$/, 'the tab stop moved into the view shown');
  // A script scrolling a back region into view (as the tap benchmark does):
  // the tap at its centre marks it; the switch then shows the whole back.
  const point = await map.locator('path[data-region="left_shoulder_back"]').evaluate((p) => {
    p.scrollIntoView({ block: 'center' });
    const b = p.getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  });
  await page.touchscreen.tap(point.x, point.y);
  assert.equal(await map.locator('path[data-region="left_shoulder_back"]').getAttribute('aria-checked'), 'true');
  await back.tap();
  assert.equal(await shown(), 'back');
  assert.equal(await reachable('right_ankle_back'), true);
  assert.equal(await reachable('left_knee_front'), false);
  assert.equal(await map.locator('path[data-region="left_shoulder_back"]').getAttribute('aria-checked'), 'true');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a phone does not zoom on focus or on a double tap on the figure', async () => {
  const { page, context, problems } = await phone('/minimal.html');
  // A number box (CDC HRQOL-4), the language menu, and the map; the host
  // asks for small type, which must not bring the boxes under 16 px.
  await mountWidget(page, { instruments: ['hrqol4', 'bodymap'], layout: 'page', autosave: false });
  await page.locator('pain-assessment').evaluate((e) => e.style.setProperty('--pa-font-size', '13px'));
  await page.locator('input[type="number"]').first().waitFor();
  const sizes = await page.evaluate(() => {
    const root = document.querySelector('pain-assessment').shadowRoot;
    const fields = root.querySelectorAll('input:not([type="radio"]):not([type="checkbox"]), textarea, select');
    return [...fields].map((f) => `${f.tagName.toLowerCase()}${f.type ? `[${f.type}]` : ''} ${getComputedStyle(f).fontSize}`);
  });
  assert.ok(sizes.length >= 2, sizes.join(', '));
  for (const s of sizes) assert.ok(parseFloat(s.split(' ').pop()) >= 16, `zooms on focus: ${s}`);
  // The same for a free-text answer, drawn by the widget's own class.
  const textarea = await page.evaluate(() => {
    const root = document.querySelector('pain-assessment').shadowRoot;
    const box = document.createElement('textarea');
    box.className = 'pa-text';
    root.querySelector('.pa-page').append(box);
    const size = getComputedStyle(box).fontSize;
    box.remove();
    return size;
  });
  assert.ok(parseFloat(textarea) >= 16, `a text answer zooms on focus: ${textarea}`);
  // Next to the map: fill in the instrument, then check the figure.
  for (const input of await page.locator('input[type="number"]').all()) await input.fill('2');
  for (const group of await page.locator('fieldset.pa-item:has(input[type="radio"]) .pa-options').all()) await group.locator('label').first().tap();
  await page.locator('button.pa-next').tap();
  const svg = page.locator('.pa-bodymap svg').first();
  await svg.waitFor();
  const touch = await page.evaluate(() => {
    const root = document.querySelector('pain-assessment').shadowRoot;
    const of = (el) => el && getComputedStyle(el).touchAction;
    return { map: of(root.querySelector('.pa-bodymap')), svg: of(root.querySelector('.pa-bodymap svg')) };
  });
  assert.deepEqual(touch, { map: 'manipulation', svg: 'manipulation' });
  // The sticky Back/Next bar keeps clear of an iPhone's home indicator.
  const nav = await page.evaluate(() => getComputedStyle(document.querySelector('pain-assessment').shadowRoot.querySelector('.pa-nav')).position);
  assert.equal(nav, 'sticky');
  assert.deepEqual(problems, []);
  await context.close();
});
