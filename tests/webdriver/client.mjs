// A small W3C WebDriver client: enough to drive Chromium (chromedriver),
// Firefox ESR (geckodriver) and WebKit (WebKitWebDriver with MiniBrowser)
// the same way, through the protocol itself, so one test reads the same in
// every engine. https://www.w3.org/TR/webdriver2/
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const JSON_TYPE = { 'Content-Type': 'application/json; charset=utf-8' };

/** Where each engine's driver and browser live on this machine kind (see scripts/setup.sh). */
export const ENGINES = {
  chromium: {
    driver: '/usr/bin/chromedriver',
    args: (port) => [`--port=${port}`],
    capabilities: {
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: '/usr/bin/chromium',
        args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
          '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      },
    },
  },
  firefox: {
    driver: 'geckodriver', // installed by scripts/setup.sh into ~/.cargo/bin, on PATH
    args: (port) => ['--port', String(port)],
    capabilities: {
      browserName: 'firefox',
      'moz:firefoxOptions': { binary: '/usr/bin/firefox-esr', args: ['-headless'] },
    },
  },
  webkit: {
    // MiniBrowser has no headless mode: it draws into the Xvfb display
    // that scripts/test.sh starts (DISPLAY).
    driver: '/usr/bin/WebKitWebDriver',
    args: (port) => [`--port=${port}`],
    capabilities: {
      'webkitgtk:browserOptions': {
        binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation'],
      },
    },
  },
};

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const pause = (ms) => new Promise((r) => setTimeout(r, ms));

class WebDriverError extends Error {
  constructor(method, path, status, value) {
    super(`${method} ${path}: ${status} ${value?.error ?? ''} ${value?.message ?? ''}`.trim());
    this.code = value?.error;
  }
}

/** One browser, driven through its driver. */
export class Browser {
  constructor(name, child, base, sessionId) {
    Object.assign(this, { name, child, base, sessionId });
  }

  /** Starts the driver for `name` on a free port and opens a session. */
  static async start(name) {
    const engine = ENGINES[name];
    const port = await freePort();
    const child = spawn(engine.driver, engine.args(port), { stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    child.stderr.on('data', (c) => { log += c; });
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i += 1) {
      try {
        const status = await (await fetch(`${base}/status`)).json();
        if (status.value?.ready !== false) break;
      } catch { /* not listening yet */ }
      if (i > 100 || child.exitCode !== null) throw new Error(`${name}: the driver did not start\n${log}`);
      await pause(100);
    }
    const response = await fetch(`${base}/session`, {
      method: 'POST',
      headers: JSON_TYPE,
      body: JSON.stringify({ capabilities: { alwaysMatch: engine.capabilities } }),
    });
    const body = await response.json();
    if (!response.ok) {
      child.kill();
      throw new Error(`${name}: no session: ${body.value?.message}\n${log}`);
    }
    const browser = new Browser(name, child, base, body.value.sessionId);
    browser.version = body.value.capabilities.browserVersion;
    await browser.command('POST', '/timeouts', { script: 20_000, pageLoad: 20_000, implicit: 0 });
    return browser;
  }

  async command(method, path, body) {
    const url = `${this.base}/session/${this.sessionId}${path}`;
    const json = body === undefined ? {} : { headers: JSON_TYPE, body: JSON.stringify(body) };
    const response = await fetch(url, { method, ...json });
    const { value } = await response.json();
    if (!response.ok) throw new WebDriverError(method, path, response.status, value);
    return value;
  }

  async quit() {
    try { await fetch(`${this.base}/session/${this.sessionId}`, { method: 'DELETE' }); } catch { /* gone */ }
    this.child.kill();
  }

  goto(url) { return this.command('POST', '/url', { url }); }

  /** Commands go to `frame` (an iframe element), or back to the page with null. */
  frame(frame) {
    return frame ? this.command('POST', '/frame', { id: frame }) : this.command('POST', '/frame', { id: null });
  }

  refresh() { return this.command('POST', '/refresh', {}); }

  /** Runs `fn(...args)` in the page; element references come back as elements. */
  run(fn, ...args) {
    return this.command('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments)`, args });
  }

  /** Waits for `fn(...args)` to return something truthy in the page, and returns it. */
  async until(fn, args = [], { timeout = 10_000, what = String(fn) } = {}) {
    const end = Date.now() + timeout;
    for (;;) {
      const value = await this.run(fn, ...args);
      if (value) return value;
      if (Date.now() > end) throw new Error(`${this.name}: timed out waiting for ${what}`);
      await pause(50);
    }
  }

  /** The element `selector` finds inside a shadow root on the page (the widget's), waited for. */
  widget(selector, { timeout } = {}) {
    return this.until((sel) => {
      for (const host of document.querySelectorAll('*')) {
        const found = host.shadowRoot?.querySelector(sel);
        if (found) return found;
      }
      return null;
    }, [selector], { timeout, what: selector });
  }

  /**
   * A real click through the driver (hit-tested: it fails if anything
   * covers the element). The element is first scrolled to the middle of
   * the screen, as a patient would, clear of the sticky Back/Next bar.
   */
  async click(element) {
    await this.run((e) => e.scrollIntoView({ block: 'center', inline: 'nearest' }), element);
    const id = element[ELEMENT];
    await this.command('POST', `/element/${id}/click`, {});
  }

  /** Clicks what `selector` finds in the widget, once it is there. */
  async tap(selector) {
    await this.click(await this.widget(selector));
  }

  /** A pointer press and release at the element's centre, through the input actions. */
  async press(element) {
    const origin = { [ELEMENT]: element[ELEMENT] };
    await this.command('POST', '/actions', {
      actions: [{
        type: 'pointer', id: 'finger', parameters: { pointerType: 'mouse' },
        actions: [
          { type: 'pointerMove', x: 0, y: 0, origin },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      }],
    });
    await this.command('DELETE', '/actions');
  }

  /** Makes the page's viewport `width`×`height` CSS px, whatever the window's frame takes. */
  async viewport(width, height) {
    let rect = { width, height };
    for (let i = 0; i < 3; i += 1) {
      await this.command('POST', '/window/rect', rect);
      const inner = await this.run(() => [window.innerWidth, window.innerHeight]);
      if (inner[0] === width && inner[1] === height) return inner;
      rect = { width: rect.width + width - inner[0], height: rect.height + height - inner[1] };
    }
    return this.run(() => [window.innerWidth, window.innerHeight]);
  }
}
