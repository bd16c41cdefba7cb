// The body map's tap to repaint: from a tap's pointerup to the moment after
// the next frame that shows the region marked has been painted, at the
// bench's CPU throttling on its phone screen.
import { PROFILE } from './measure.mjs';

const REGIONS = ['left_knee_front', 'right_wrist_front', 'left_ankle_front', 'right_chest_front', 'left_shoulder_back', 'right_sole_back'];

/** Taps regions `taps` times on the body-map page at `url`; resolves to { repaint, script } in ms, one per tap. */
export async function tapToRepaint(browser, url, taps) {
  const context = await browser.newContext({ viewport: PROFILE.viewport, hasTouch: true, isMobile: true });
  try {
    const page = await context.newPage();
    await page.goto(url);
    const map = page.locator('pain-assessment');
    await map.locator('path[data-region="left_knee_front"]').waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpu });
    await page.evaluate(() => {
      const root = document.querySelector('pain-assessment').shadowRoot;
      window.__tapped = null;
      window.__repaint = [];
      window.__script = [];
      root.addEventListener('pointerup', (e) => { window.__tapped = e.timeStamp; }, true);
      new MutationObserver(() => {
        const start = window.__tapped;
        if (start === null) return;
        window.__tapped = null;
        window.__script.push(performance.now() - start);
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => window.__repaint.push(performance.now() - start);
          channel.port2.postMessage(0);
        });
      }).observe(root, { attributes: true, attributeFilter: ['aria-checked'], subtree: true });
    });
    for (let i = 0; i < taps; i += 1) {
      const target = map.locator(`path[data-region="${REGIONS[i % REGIONS.length]}"]`);
      await target.scrollIntoViewIfNeeded();
      await target.tap();
      await page.waitForFunction((n) => window.__repaint.length >= n, i + 1);
    }
    return await page.evaluate(() => ({ repaint: window.__repaint, script: window.__script }));
  } finally {
    await context.close();
  }
}
