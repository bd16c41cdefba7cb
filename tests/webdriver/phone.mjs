// The body map on a 360×740 screen in any engine. Desktop browsers will
// not shrink a window that far (Firefox stops at 500 px, MiniBrowser at
// 447), so the page is shown in a 360×740 frame: its own viewport, with
// the widths, media queries and scrolling of a phone of that size.
import assert from 'node:assert/strict';

export const PHONE = { width: 360, height: 740 };
// Three regions on the front, two on the back.
const REGIONS = ['left_knee_front', 'right_shoulder_front', 'left_wrist_front', 'left_lower_back_back', 'right_knee_back'];

/** Finds, in the frame, what the patient can see of `selector` and how far the page must scroll to show it whole. */
function placement(selector) {
  const root = document.querySelector('pain-assessment').shadowRoot;
  const element = root.querySelector(selector);
  if (!element) return { missing: true };
  const box = element.getBoundingClientRect();
  // Not drawn, or drawn beside the screen (the other view, a switch away).
  if ((box.width === 0 && box.height === 0) || box.left >= window.innerWidth || box.right <= 0) return { hidden: true };
  // The sticky Back/Next bar covers the bottom of the screen.
  const nav = root.querySelector('.pa-nav')?.getBoundingClientRect();
  const bottom = nav && nav.top < window.innerHeight && nav.bottom >= window.innerHeight - 1 ? nav.top : window.innerHeight;
  let scroll = 0;
  if (box.top < 0) scroll = box.top;
  else if (box.bottom > bottom) scroll = Math.min(box.bottom - bottom, box.top);
  return { scroll: Math.round(scroll), element };
}

/** Scrolls by as much as it takes to show `selector` whole; returns the distance scrolled. */
async function reach(b, selector) {
  const found = await b.run(placement, selector);
  assert.ok(!found.missing && !found.hidden, `${selector} is on the page and shown`);
  if (found.scroll) await b.run((dy) => window.scrollBy(0, dy), found.scroll);
  return { distance: Math.abs(found.scroll), element: found.element };
}

/** The scroll still needed to show `selector` whole, once the page has settled (at most 3 s). */
async function settled(b, selector) {
  const end = Date.now() + 3000;
  for (;;) {
    const { scroll } = await b.run(placement, selector);
    if (scroll === 0 || Date.now() > end) return Math.abs(scroll);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Marks and rates five regions on the body map in a 360×740 frame, and
 * returns the scroll distances the patient needed: to reach each region,
 * and from the tap to its rating. Asserts that each rating is in view the
 * moment its region is tapped, and that no scroll is longer than a screen.
 */
export async function bodyMapOnPhone(b, serverUrl) {
  // Navigating returns the commands to the top-level page.
  await b.goto(`${serverUrl}/submissions`);
  const frame = await b.run((size) => {
    document.body.replaceChildren();
    const frame = document.createElement('iframe');
    frame.title = 'phone';
    Object.assign(frame.style, { width: `${size.width}px`, height: `${size.height}px`, border: '0', display: 'block' });
    frame.src = '/minimal.html';
    document.body.append(frame);
    return frame;
  }, PHONE);
  await b.until((f) => f.contentDocument?.readyState === 'complete' && Boolean(f.contentDocument.querySelector('pain-assessment')), [frame]);
  await b.frame(frame);
  assert.deepEqual(await b.run(() => [window.innerWidth, window.innerHeight]), [PHONE.width, PHONE.height]);
  await b.run(() => {
    localStorage.clear();
    document.querySelectorAll('pain-assessment').forEach((e) => e.remove());
    const element = document.createElement('pain-assessment');
    element.options = { instruments: ['bodymap'], autosave: false };
    document.body.append(element);
  });
  await b.widget('path[data-region="left_knee_front"]');

  const toRegion = [];
  const toRating = [];
  for (const [i, region] of REGIONS.entries()) {
    const path = `path[data-region="${region}"]`;
    // The other view may be a switch away.
    if ((await b.run(placement, path)).hidden) {
      const button = `.pa-bm-switch button:nth-of-type(${region.endsWith('_back') ? 2 : 1})`;
      const { distance, element } = await reach(b, button);
      await b.click(element);
      toRegion.push(distance);
      await b.until((sel) => document.querySelector('pain-assessment').shadowRoot.querySelector(sel)?.getAttribute('aria-pressed') === 'true',
        [button], { what: 'the view switched' });
      await b.until((sel) => {
        const box = document.querySelector('pain-assessment').shadowRoot.querySelector(sel).getBoundingClientRect();
        return box.left >= 0 && box.right <= window.innerWidth;
      }, [path], { what: `${region} in view` });
    }
    const { distance, element } = await reach(b, path);
    toRegion.push(distance);
    await b.click(element);
    const rating = `.pa-bm-detail[data-region="${region}"] label.pa-number:nth-of-type(${i + 4})`;
    await b.widget(rating);
    // The widget brings the details into view once the patient pauses
    // (src/ui/body_map_taps.rs): wait that long, then see what is left.
    toRating.push(await settled(b, rating));
    await b.click((await reach(b, rating)).element);
    const value = await b.run((sel) => document.querySelector('pain-assessment').shadowRoot.querySelector(`${sel} input`).checked, rating);
    assert.ok(value, `${region} rated`);
  }
  const response = await b.run(() => document.querySelector('pain-assessment').getResponse());
  const marked = response.instruments[0].answers;
  const map = Object.values(marked)[0];
  assert.deepEqual(Object.keys(map.regions).sort(), [...REGIONS].sort());
  assert.deepEqual(REGIONS.map((r) => map.regions[r].intensity), [3, 4, 5, 6, 7]);
  await b.frame(null);
  const figures = { toRegion, toRating, longest: Math.max(...toRegion, ...toRating) };
  assert.deepEqual(toRating.filter((d) => d > 0), [], `each rating in view at its tap: ${JSON.stringify(figures)}`);
  assert.ok(figures.longest <= PHONE.height, `a scroll longer than a screen: ${JSON.stringify(figures)}`);
  return figures;
}
