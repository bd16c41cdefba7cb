// One cold run of one page on the throttled phone profile: bytes on the
// wire, navigation to first question usable, the form completed by
// scripted taps, and the JS heap and wasm memory afterwards.
export const PROFILE = {
  cpu: 4,
  latencyMs: 150,
  downKbps: 1600,
  upKbps: 750,
  viewport: { width: 360, height: 740 },
};

// Runs in the page from its first script on: finds the first question each
// frame and notes the time once the frame showing it has been painted
// (rAF, then a task); notes the first tap and the completion; keeps each
// wasm instance's memory so it can be measured afterwards.
function probe(spec) {
  window.__bench = { usable: null, firstTap: null, done: null, memories: [] };
  const find = () => {
    const host = spec.host ? document.querySelector(spec.host) : null;
    const root = spec.host ? host && host.shadowRoot : document;
    const found = root && root.querySelector(spec.first);
    if (!found) return false;
    const box = found.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const frame = () => {
    if (!find()) { requestAnimationFrame(frame); return; }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { window.__bench.usable = performance.now(); };
    channel.port2.postMessage(0);
  };
  requestAnimationFrame(frame);
  document.addEventListener('pointerdown', (e) => { window.__bench.firstTap ??= e.timeStamp; }, true);
  const done = () => { window.__bench.done ??= performance.now(); };
  document.addEventListener('pa-complete', done);
  document.addEventListener('bench-complete', done);
  const keep = (result) => {
    const exports = (result.instance || result).exports;
    for (const value of Object.values(exports)) {
      if (value instanceof WebAssembly.Memory) window.__bench.memories.push(value);
    }
    return result;
  };
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = (...args) => original.apply(WebAssembly, args).then(keep);
  }
}

// In the page: where to tap next for `item` = `value`: its option's label
// when the item is on screen, else the Next button; with the items shown.
function target([host, item, value]) {
  const root = host ? document.querySelector(host)?.shadowRoot : document;
  if (!root) return null;
  const shown = [...root.querySelectorAll('fieldset[data-item]')].map((f) => f.dataset.item).join(' ');
  const el = root.querySelector(`fieldset[data-item="${item}"] label:has(input[value="${value}"])`)
    || (item === null ? root.querySelector('button.pa-submit, button[type="submit"]') : root.querySelector('button.pa-next'));
  if (!el) return null;
  el.scrollIntoView({ block: 'center' });
  const box = el.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return null;
  return { x: box.left + box.width / 2, y: box.top + box.height / 2, next: el.matches('button.pa-next'), shown };
}

/**
 * Answers every item of `plan` by taps on the touch screen, pressing Next
 * where the item is not on screen yet, then submits. Taps go straight to the
 * screen (no locator machinery in the page, so none in its heap).
 * Resolves to the number of taps it took.
 */
async function complete(page, spec, plan) {
  const host = spec.host ?? null;
  let taps = 0;
  const find = (item, value) => page.waitForFunction(target, [host, item, value], { polling: 'raf' }).then((h) => h.jsonValue());
  for (const { item, value } of [...plan, { item: null, value: null }]) {
    for (let screens = 0; ; screens += 1) {
      if (screens > plan.length) throw new Error(`${spec.kind}: ${item} never came on screen`);
      const at = await find(item, value);
      await page.touchscreen.tap(at.x, at.y);
      taps += 1;
      if (!at.next) break;
      // The next screen: wait until other items are shown.
      await page.waitForFunction(([h, before]) => {
        const root = h ? document.querySelector(h)?.shadowRoot : document;
        return [...root.querySelectorAll('fieldset[data-item]')].map((f) => f.dataset.item).join(' ') !== before;
      }, [host, at.shown], { polling: 'raf' });
    }
  }
  return taps;
}

/**
 * Loads `url` cold in a new context and measures it. `spec` is
 * { kind, host?, first } with `first` the selector of the first question's
 * first control (in `host`'s shadow root when given); `plan` the answers,
 * or null for a page with no form.
 */
export async function run(browser, url, spec, plan) {
  const context = await browser.newContext({ viewport: PROFILE.viewport, hasTouch: true, isMobile: true });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PROFILE.latencyMs,
      downloadThroughput: (PROFILE.downKbps * 1000) / 8,
      uploadThroughput: (PROFILE.upKbps * 1000) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpu });
    let bytes = 0;
    let requests = 0;
    cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; requests += 1; });
    await page.addInitScript(probe, spec);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__bench.usable !== null, null, { polling: 50 });
    const usable = await page.evaluate(() => window.__bench.usable);
    let completion = null;
    let taps = null;
    if (plan) {
      taps = await complete(page, spec, plan);
      await page.waitForFunction(() => window.__bench.done !== null, null, { polling: 50 });
      completion = await page.evaluate(() => window.__bench.done - window.__bench.firstTap);
    }
    // Let the page settle (a late fetch, the completion's own work), then collect garbage.
    await page.waitForTimeout(300);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const wasm = await page.evaluate(() => window.__bench.memories.reduce((sum, m) => sum + m.buffer.byteLength, 0));
    return { bytes, requests, usable, taps, completion, heap: heap.usedSize, wasm, memory: heap.usedSize + wasm };
  } finally {
    await context.close();
  }
}
