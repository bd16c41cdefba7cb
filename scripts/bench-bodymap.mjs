// Body map: the time from a tap to the frame that shows the region marked,
// in headless Chromium at 4× CPU throttling on a 360 × 740 touch screen.
// Prints the median and spread of many taps; asserts nothing (a benchmark,
// not a test).
//   node scripts/bench-bodymap.mjs [--taps N]
import { chromium } from 'playwright-core';
import { startServer } from '../tests/e2e/harness.mjs';

const taps = Number(process.argv[process.argv.indexOf('--taps') + 1]) || 60;
const REGIONS = ['left_knee_front', 'right_wrist_front', 'left_ankle_front', 'right_chest_front', 'left_shoulder_back', 'right_sole_back'];

const server = await startServer();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
try {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(`${server.url}/bodymap.html`);
  await page.locator('#patient path[data-region="left_knee_front"]').waitFor();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // In the page: a tap's pointerup time, and the time just after the next
  // frame that follows the region's change (rAF, then a task, which runs
  // once that frame has been painted).
  await page.evaluate(() => {
    const root = document.querySelector('#patient').shadowRoot;
    window.__tapped = null;
    window.__times = [];
    window.__work = [];
    root.addEventListener('pointerup', (e) => { window.__tapped = e.timeStamp; }, true);
    new MutationObserver(() => {
      const start = window.__tapped;
      if (start === null) return;
      window.__tapped = null;
      window.__work.push(performance.now() - start);
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => window.__times.push(performance.now() - start);
        channel.port2.postMessage(0);
      });
    }).observe(root, { attributes: true, attributeFilter: ['aria-checked'], subtree: true });
  });
  for (let i = 0; i < taps; i += 1) {
    const target = page.locator(`#patient path[data-region="${REGIONS[i % REGIONS.length]}"]`);
    await target.scrollIntoViewIfNeeded();
    await target.tap();
    await page.waitForFunction((n) => window.__times.length >= n, i + 1);
  }
  const times = (await page.evaluate(() => window.__times)).sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  const ms = (v) => `${v.toFixed(1)} ms`;
  console.log('body map: tap to repainted region, 4× CPU throttling, 360 × 740 touch');
  console.log(`  taps ${times.length}  median ${ms(at(0.5))}  p90 ${ms(at(0.9))}  min ${ms(times[0])}  max ${ms(times[times.length - 1])}`);
  const work = (await page.evaluate(() => window.__work)).sort((a, b) => a - b);
  console.log(`  of which script until the region changed: median ${ms(work[Math.floor(work.length / 2)])}`);
  console.log(`  budget one frame (16.7 ms): median ${at(0.5) <= 16.7 ? 'within' : 'over'}`);
} finally {
  await browser.close();
  await server.stop();
}
