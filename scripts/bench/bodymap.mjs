// The body map's tap to repaint, at the bench's CPU throttling on its phone
// screen, by the browser's own Event Timing (what INP is built on): for each
// tap, the time from its pointerup to the next frame painted after the
// widget handled it. Chromium reports an event only when that takes 16 ms
// or more (in steps of 8 ms), so a tap with no report was repainted within
// one frame.
import { PROFILE } from './measure.mjs';

/** A patient's taps come hundreds of milliseconds apart: each is timed from an idle page. */
const IDLE_MS = 300;
/**
 * How long the finger rests on the screen in each tap. A finger's tap takes
 * time; lifting it in the same instant as it lands (as a scripted tap does)
 * would time the lift from when the press was sent, so the press's own hit
 * test and handlers would count in the lift's time.
 */
export const HOLD_MS = 80;
const REGIONS = ['left_knee_front', 'right_wrist_front', 'left_ankle_front', 'right_chest_front', 'left_shoulder_back', 'right_sole_back'];

/**
 * The same measure's floor: one region drawn as a plain SVG path that a
 * listener marks on pointerup, in a host element's shadow root like the
 * widget's (served by the bench as /tap.html).
 */
export function plainTapPage() {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>One region</title></head>
<body><pain-assessment></pain-assessment>
<script>
const root = document.querySelector('pain-assessment').attachShadow({ mode: 'open' });
root.innerHTML = '<svg viewBox="0 0 300 700" width="300"><path data-region="plain" role="checkbox" aria-checked="false" d="M60 60h180v180H60z" fill="transparent" stroke="#6b7280"/></svg>';
const path = root.querySelector('path');
path.addEventListener('pointerup', () => {
  const on = path.getAttribute('aria-checked') !== 'true';
  path.setAttribute('aria-checked', String(on));
  path.setAttribute('fill', on ? '#fca5a5' : 'transparent');
  path.setAttribute('stroke-width', on ? '3' : '1');
});
</script></body></html>`;
}

/**
 * Taps regions `taps` times on the body-map page at `url`, each touch held
 * `hold` ms. Resolves to { repaint, press, script }: per tap, ms from the
 * lift (pointerup) to the next paint and from the press (pointerdown) to the
 * next paint (null: under 16 ms), and ms of script from the lift until the
 * region was marked.
 */
export async function tapToRepaint(browser, url, taps, regions = REGIONS, hold = HOLD_MS) {
  const context = await browser.newContext({ viewport: PROFILE.viewport, hasTouch: true, isMobile: true });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.locator(`pain-assessment path[data-region="${regions[0]}"]`).waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpu });
    await page.evaluate(() => {
      const root = document.querySelector('pain-assessment').shadowRoot;
      window.__taps = [];
      window.__slow = new Map();
      window.__press = [];
      root.addEventListener('pointerdown', (e) => { window.__press.push(e.timeStamp); }, true);
      root.addEventListener('pointerup', (e) => { window.__taps.push({ at: e.timeStamp, script: null }); }, true);
      new MutationObserver(() => {
        const tap = window.__taps[window.__taps.length - 1];
        if (tap && tap.script === null) tap.script = performance.now() - tap.at;
      }).observe(root, { attributes: true, attributeFilter: ['aria-checked'], subtree: true });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.name === 'pointerup' || e.name === 'pointerdown') window.__slow.set(`${e.name} ${e.startTime}`, e.duration);
      }).observe({ type: 'event', durationThreshold: 16 });
    });
    for (let i = 0; i < taps; i += 1) {
      // Straight to the screen: no test machinery runs in the page during the tap.
      await page.waitForTimeout(IDLE_MS);
      const at = await page.evaluate((id) => {
        const path = document.querySelector('pain-assessment').shadowRoot.querySelector(`path[data-region="${id}"]`);
        path.scrollIntoView({ block: 'center' });
        const box = path.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }, regions[i % regions.length]);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at] });
      await page.waitForTimeout(hold);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await page.waitForFunction((n) => window.__taps.length >= n && window.__taps[n - 1].script !== null, i + 1);
    }
    await page.waitForTimeout(IDLE_MS);
    return await page.evaluate(() => ({
      repaint: window.__taps.map((t) => window.__slow.get(`pointerup ${t.at}`) ?? null),
      press: window.__press.map((at) => window.__slow.get(`pointerdown ${at}`) ?? null),
      script: window.__taps.map((t) => t.script),
    }));
  } finally {
    await context.close();
  }
}
