// The same end-to-end set in Chromium, Firefox ESR and WebKit (the engine
// of every iPhone browser), driven over W3C WebDriver: the two-line page
// completed by taps; the body map marked and rated on a 360×740 screen;
// a 503 then a 200 stored once; autosave restored after a reload; the
// strict CSP with no violation; a hostile host stylesheet.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { requireBuild, startServer } from '../e2e/harness.mjs';
import { Browser } from './client.mjs';
import { bodyMapOnPhone } from './phone.mjs';

const ENGINES = (process.env.PA_ENGINES ?? 'chromium,firefox,webkit').split(',');
const post = (url, body) => fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
const json = async (url) => (await fetch(url)).json();

/** Answers every question on the screen with its first option, by clicks on the labels. */
async function answerScreen(b) {
  const items = await b.run(() => [...document.querySelector('pain-assessment').shadowRoot.querySelectorAll('fieldset.pa-item')]
    .map((f) => f.dataset.item));
  for (const item of items) await b.tap(`fieldset[data-item="${item}"] label.pa-option, fieldset[data-item="${item}"] label.pa-number`);
  return items.length;
}

/** Goes screen by screen to the end: answer, Next; then Submit. */
async function complete(b) {
  for (let screens = 0; screens < 40; screens += 1) {
    await b.widget('fieldset.pa-item');
    await answerScreen(b);
    const next = await b.widget('button.pa-next, button.pa-submit');
    const submit = await b.run((e) => e.classList.contains('pa-submit'), next);
    await b.click(next);
    if (submit) return b.widget('.pa-complete');
  }
  throw new Error('the questionnaire did not end');
}

const checkedValue = (b, item) => b.run((id) => [...document.querySelectorAll("*")].find((e) => e.shadowRoot)?.shadowRoot
  .querySelector(`fieldset[data-item="${id}"] input:checked`)?.value ?? null, item);

let server;
before(async () => { requireBuild(); server = await startServer(); });
after(async () => { await server?.stop(); });

for (const engine of ENGINES) {
  describe(engine, () => {
    let b;
    before(async () => {
      b = await Browser.start(engine);
      console.log(`# ${engine} ${b.version}`);
    });
    after(async () => { await b?.quit(); });

    test('the two-line page is completed by taps', async () => {
      await b.goto(`${server.url}/minimal.html`);
      await b.tap('fieldset[data-item="nrs11_now"] label:has(input[value="6"])');
      assert.equal(await checkedValue(b, 'nrs11_now'), '6');
      await b.tap('button.pa-next');
      await complete(b);
      const total = await b.run(() => document.querySelector('pain-assessment').getResponse().instruments[1].scores[0].value);
      assert.equal(total, 0, 'PHQ-9 answered "Not at all" throughout');
    });

    test('on a 360×740 screen the body map is marked and rated, each rating in view after its tap', async () => {
      const figures = await bodyMapOnPhone(b, server.url);
      console.log(`# ${engine} body map: ${JSON.stringify(figures)}`);
    });

    test('a 503 then a 200: stored once', async () => {
      await post(`${server.url}/api/faults`, { plan: ['503'], reset: true });
      const before = (await json(`${server.url}/api/submissions`)).length;
      await b.goto(`${server.url}/`);
      await b.run(() => localStorage.clear());
      await b.refresh();
      await complete(b);
      await b.until(() => /^Sent\./.test(document.querySelector('#widget').shadowRoot.querySelector('.pa-delivery')?.textContent ?? ''),
        [], { timeout: 20_000, what: 'Sent' });
      const faults = await json(`${server.url}/api/faults`);
      assert.equal(faults.requests, 2, 'refused once, then accepted');
      assert.equal(faults.stored, 1);
      assert.equal((await json(`${server.url}/api/submissions`)).length, before + 1);
    });

    test('autosave: a reload offers every answer back', async () => {
      await b.goto(`${server.url}/`);
      await b.run(() => localStorage.clear());
      await b.refresh();
      await b.tap('fieldset[data-item="nrs11_now"] label:has(input[value="7"])');
      await b.tap('button.pa-next');
      await b.tap('fieldset[data-item="phq9_2"] label:has(input[value="3"])');
      await b.until(() => Object.keys(localStorage).some((k) => k.startsWith('pain-assessment:draft:')
        && localStorage.getItem(k).includes('phq9_2')), [], { what: 'the draft saved' });
      await b.refresh();
      await b.tap('button.pa-continue');
      await b.widget('fieldset[data-item="phq9_2"] input:checked');
      assert.equal(await checkedValue(b, 'phq9_2'), '3');
      await b.tap('button.pa-back');
      await b.widget('fieldset[data-item="nrs11_now"] input:checked');
      assert.equal(await checkedValue(b, 'nrs11_now'), '7');
      await b.run(() => localStorage.clear());
    });

    test('under the strict CSP nothing is blocked, and a blocked request would have been reported', async () => {
      await fetch(`${server.url}/api/csp-reports`, { method: 'DELETE' });
      await b.goto(`${server.url}/`);
      await b.run(() => localStorage.clear());
      await b.refresh();
      await complete(b);
      await b.goto(`${server.url}/bodymap.html`);
      await b.tap('path[data-region="left_knee_front"]');
      await b.tap('.pa-bm-detail label.pa-number');
      await b.goto(`${server.url}/summary.html`);
      await b.until(() => document.querySelector('pain-summary')?.shadowRoot?.childElementCount > 0, [], { what: 'the summary' });
      // Reports travel asynchronously: a deliberate violation, reported
      // after the others, shows the channel works in this engine.
      await b.run(() => { const img = new Image(); img.src = 'http://127.0.0.2:9/blocked.png'; document.body.append(img); });
      const reports = await (async () => {
        for (let i = 0; i < 100; i += 1) {
          const list = await json(`${server.url}/api/csp-reports`);
          if (list.some((r) => JSON.stringify(r).includes('blocked.png'))) return list;
          await new Promise((r) => setTimeout(r, 100));
        }
        throw new Error('the deliberate violation was never reported');
      })();
      const others = reports.filter((r) => !JSON.stringify(r).includes('blocked.png'));
      assert.deepEqual(others, [], 'violations reported');
    });

    test('a hostile host stylesheet leaves the widget usable', async () => {
      await b.goto(`${server.url}/hostile.html`);
      const label = await b.widget('fieldset[data-item="nrs11_now"] label:has(input[value="4"])');
      const look = await b.run((l) => {
        const box = l.getBoundingClientRect();
        return { height: box.height, font: parseFloat(getComputedStyle(l).fontSize), hidden: getComputedStyle(l).visibility };
      }, label);
      assert.ok(look.height >= 44, `a touch target is ${look.height}px tall`);
      assert.ok(look.font >= 14, `the widget's text is ${look.font}px`);
      await b.click(label);
      assert.equal(await checkedValue(b, 'nrs11_now'), '4');
      await b.tap('button.pa-next');
      await complete(b);
    });
  });
}
