// The demo assessment and the body map completed with the keyboard alone,
// on a wide screen (a page per instrument) and a narrow one (a question
// per screen): Tab moves on, Space chooses, arrow keys move within a
// group, Enter presses Next and Submit. Each control that takes focus is
// on screen and not hidden under the sticky Back/Next bar.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, requireBuild, startServer } from './harness.mjs';

let server;
let browser;
before(async () => { requireBuild(); server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

/** What has focus, looking inside shadow roots, and whether it can be seen. */
function focused(page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active || active === document.body) return null;
    const box = active.getBoundingClientRect();
    const bar = active.getRootNode().querySelector?.('.pa-nav')?.getBoundingClientRect();
    const underBar = Boolean(bar) && !active.closest('.pa-nav') && box.top >= bar.top - 1 && box.bottom <= bar.bottom + 1;
    const root = active.getRootNode();
    return {
      tag: active.tagName.toLowerCase(),
      type: active.getAttribute('type'),
      className: String(active.className?.baseVal ?? active.className),
      region: active.getAttribute('data-region'),
      slider: active.getAttribute('role') === 'slider',
      groupChosen: active.type === 'radio' && Boolean(root.querySelector(`input[name="${active.name}"]:checked`)),
      anyRegion: Boolean(root.querySelector?.('path[data-region][aria-checked="true"]')),
      inView: box.bottom > 0 && box.top < window.innerHeight,
      underBar,
    };
  });
}

/** Tabs through the page answering as it goes, until `done` appears. Returns the key presses used. */
async function completeByKeyboard(page, done) {
  for (let presses = 0; presses < 600; presses += 1) {
    if (await page.locator(done).count()) return presses;
    await page.keyboard.press('Tab');
    const at = await focused(page);
    if (!at) continue;
    assert.ok(at.inView, `focused ${at.tag}.${at.className} is off screen`);
    assert.ok(!at.underBar, `focused ${at.tag}.${at.className} is hidden under the Back/Next bar`);
    if (at.type === 'radio' && !at.groupChosen) await page.keyboard.press('Space');
    else if (at.region && !at.anyRegion) {
      await page.keyboard.press('Space');
      await page.keyboard.press('+');
    } else if (at.slider) await page.keyboard.press('ArrowRight');
    else if (at.tag === 'button' && /pa-next|pa-submit/.test(at.className)) await page.keyboard.press('Enter');
  }
  throw new Error(`${done} never appeared`);
}

for (const [layout, viewport] of [['wide', { width: 1024, height: 700 }], ['narrow', { width: 400, height: 700 }]]) {
  test(`${layout}: the demo assessment and the body map by keyboard alone`, async () => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/`);
    await page.locator('[data-item="nrs11_now"]').waitFor();
    const presses = await completeByKeyboard(page, '#widget .pa-complete');
    const response = await page.evaluate(() => document.getElementById('widget').getResponse());
    assert.ok(response.completedAt);
    assert.equal(response.instruments[1].answers.phq9_9, '0');
    await page.locator('#widget .pa-delivery', { hasText: 'Sent' }).waitFor();

    await page.goto(`${server.url}/bodymap.html`);
    await page.locator('#patient path[data-region]').first().waitFor();
    await completeByKeyboard(page, '#clinician .pa-bm-summary');
    const map = JSON.parse(await page.locator('#json').textContent()).instruments[0];
    assert.equal(map.regions.length, 1);
    assert.deepEqual(errors, []);
    console.log(`keyboard, ${layout}: demo completed in ${presses} key presses, then the body map`);
    await context.close();
  });
}
