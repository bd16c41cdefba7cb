// The clinician's summary, rendered from the stored example responses and
// diary (www/examples/): safety first, scores with their change against
// each MCID, every plotted point where the data puts it, the procedure's
// relief with its 50 % and 80 % lines, and one printed page on A4 and on
// Letter. The test leaves target/summary-example.pdf and .png behind.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { audit, launchBrowser, requireBuild, startServer, ROOT } from './harness.mjs';

let server;
let browser;
before(async () => { requireBuild(); server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

const responses = JSON.parse(readFileSync(join(ROOT, 'www', 'examples', 'summary-responses.json'), 'utf8'));
const diary = JSON.parse(readFileSync(join(ROOT, 'www', 'examples', 'summary-diary.json'), 'utf8'));
// The plot's frame, as src/ui/plot.rs draws it.
const [W, H, LEFT, RIGHT, TOP, BOTTOM] = [300, 130, 34, 10, 10, 24];
const scale = (v, [lo, hi], [a, b]) => (hi > lo ? a + ((v - lo) / (hi - lo)) * (b - a) : (a + b) / 2);

async function open(context, query = '') {
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${server.url}/summary.html${query}`);
  await page.locator('.pa-report .pa-plot').first().waitFor();
  return page;
}

test('safety first, then each score with its band and its change against the MCID', async () => {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await open(context);
  const sections = await page.locator('.pa-report > section, .pa-report > div > section').evaluateAll((s) => s.map((e) => e.className));
  assert.match(sections[0], /pa-report-safety pa-alerting/, 'safety comes first');
  assert.match(await page.locator('.pa-report-safety li').textContent(), /phq9 \(phq9_9\)/);
  const row = async (id) => (await page.locator(`tr[data-instrument="${id}"] td`).allTextContents());
  const nrs = responses.at(-1).instruments[0].scores[0];
  assert.deepEqual(await row('nrs11'), ['Pain intensity (0–10 numeric rating scale)', nrs.label, '4', nrs.band?.label ?? '', '-3 (improved by at least the MCID)']);
  assert.equal(await page.locator('tr[data-instrument="bodymap"]').count(), 0, 'the map\'s measures are shown with the map');
  const phq9 = await row('phq9');
  assert.equal(phq9[2], '5');
  assert.equal(phq9[4], '-4 (less than the MCID)', 'PHQ-9 9 → 5: under its 5 points');
  assert.match(await page.locator('.pa-sources').textContent(), /Farrar JT/);
  assert.deepEqual(await audit(page, 'pain-summary'), []);
  await context.close();
});

test('every plotted point sits where its value and date put it', async () => {
  const context = await browser.newContext();
  const page = await open(context);
  const plots = page.locator('.pa-report-trends .pa-plot');
  assert.equal(await plots.count(), 3, 'NRS-11, PHQ-9 and GAD-7 have three visits each');
  for (const plot of await plots.all()) {
    const [instrument, score] = [await plot.getAttribute('data-instrument'), await plot.getAttribute('data-score')];
    const expected = responses.map((r) => {
      const s = r.instruments.find((i) => i.id === instrument).scores.find((x) => x.id === score);
      return { at: Date.parse(r.completedAt), value: s.value, range: [s.range.min, s.range.max] };
    });
    const drawn = await plot.locator('circle').evaluateAll((cs) => cs.map((c) => ({
      at: Number(c.dataset.at), value: Number(c.dataset.value), cx: Number(c.getAttribute('cx')), cy: Number(c.getAttribute('cy')),
    })));
    assert.equal(drawn.length, expected.length, instrument);
    const span = [expected[0].at, expected.at(-1).at];
    drawn.forEach((point, i) => {
      assert.equal(point.at, expected[i].at);
      assert.equal(point.value, expected[i].value);
      assert.ok(Math.abs(point.cx - scale(point.at, span, [LEFT, W - RIGHT])) < 0.06, `${instrument} x`);
      assert.ok(Math.abs(point.cy - scale(point.value, expected[i].range, [H - BOTTOM, TOP])) < 0.06, `${instrument} y`);
    });
  }
  await context.close();
});

test('the procedure curve: relief from the diary, with the 50 % and 80 % lines', async () => {
  const context = await browser.newContext();
  const page = await open(context);
  const relief = page.locator('.pa-relief');
  const baseline = diary.entries[0].pain;
  const after = diary.entries.slice(1);
  const drawn = await relief.locator('circle').evaluateAll((cs) => cs.map((c) => ({ minutes: Number(c.dataset.minutes), relief: Number(c.dataset.relief), cy: Number(c.getAttribute('cy')) })));
  const performed = Date.parse(diary.procedure.performedAt);
  assert.deepEqual(drawn.map((p) => p.minutes), after.map((e) => (Date.parse(e.at) - performed) / 60000));
  drawn.forEach((p, i) => assert.ok(Math.abs(p.relief - ((baseline - after[i].pain) / baseline) * 100) < 1e-9));
  const lines = await relief.locator('line.pa-threshold').evaluateAll((ls) => ls.map((l) => ({ t: Number(l.dataset.threshold), y: Number(l.getAttribute('y1')) })));
  assert.deepEqual(lines.map((l) => l.t), [50, 80]);
  for (const l of lines) assert.ok(Math.abs(l.y - scale(l.t, [0, 100], [H - BOTTOM, TOP])) < 0.06);
  const facts = await page.locator('.pa-report-procedure li').allTextContents();
  assert.ok(facts.includes('Peak relief 85.7% at 1 h'), facts.join(' | '));
  assert.ok(facts.includes('Relief of 50% or more lasted at least 2.5 h and less than 3.5 h'), facts.join(' | '));
  assert.ok(facts.some((f) => f.startsWith('Comparative blocks: concordant')), facts.join(' | '));
  await context.close();
});

/** Pages in a PDF: its page objects. */
const pages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;

test('it prints on one page, A4 and Letter', async () => {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await open(context);
  await page.locator('.pa-bm-view svg').first().waitFor();
  mkdirSync(join(ROOT, 'target'), { recursive: true });
  for (const format of ['A4', 'Letter']) {
    const pdf = await page.pdf({ format, printBackground: true, margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' } });
    assert.equal(pages(pdf), 1, `${format}: ${pages(pdf)} pages`);
    if (format === 'A4') writeFileSync(join(ROOT, 'target', 'summary-example.pdf'), pdf);
  }
  await page.screenshot({ path: join(ROOT, 'target', 'summary-example.png'), fullPage: true });
  console.log('summary: 1 page on A4 and on Letter (target/summary-example.pdf, .png)');
  await context.close();
});

test('in Spanish, and a broken summary says so', async () => {
  const context = await browser.newContext();
  const page = await open(context, '?locale=es');
  assert.equal(await page.locator('.pa-report h2').textContent(), 'Resumen de la evaluación del dolor');
  const errors = [];
  page.on('console', () => {});
  await page.evaluate(() => {
    const element = document.createElement('pain-summary');
    element.id = 'broken';
    element.addEventListener('pa-error', (e) => { window.summaryError = e.detail; });
    element.options = { responses: 'none' };
    document.body.append(element);
  });
  await page.waitForFunction(() => window.summaryError);
  const detail = await page.evaluate(() => window.summaryError);
  assert.equal(detail.category, 'config');
  assert.match(detail.message, /the summary's options/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the report\'s styles come with the summary\'s module, not with the patient\'s widget', async () => {
  const context = await browser.newContext();
  const rules = (page, host) => page.evaluate((h) => [...document.querySelector(h).shadowRoot.adoptedStyleSheets]
    .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'), host);
  const summary = await open(context);
  assert.match(await rules(summary, 'pain-summary'), /\.pa-report-grid/);
  const patient = await context.newPage();
  await patient.goto(`${server.url}/minimal.html`);
  await patient.locator('pain-assessment fieldset.pa-item').first().waitFor();
  const own = await rules(patient, 'pain-assessment');
  assert.match(own, /\.pa-bm-region/, 'the widget\'s own rules are there');
  assert.doesNotMatch(own, /pa-report|pa-plot/);
  await context.close();
});
