// npm run bench: the widget against a plain HTML page with the same NRS-11 +
// PHQ-9 content and against a one-button yew page, in headless Chromium on a
// throttled phone profile. Prints medians of several cold runs, the ratios
// to the plain page and each budget; exits 1 when a budget is not met.
//   node scripts/bench/run.mjs [--runs N] [--taps N]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { answers, floorPage, plainPage, widgetPage } from './pages.mjs';
import { serve } from './serve.mjs';
import { PROFILE, run } from './measure.mjs';
import { HOLD_MS, plainTapPage, tapToRepaint } from './bodymap.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PKG = join(ROOT, 'pkg');
const FLOOR = join(ROOT, 'target', 'bench-floor');
const flag = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const RUNS = flag('--runs', 7);
const TAPS = flag('--taps', 40);

for (const [dir, file] of [[PKG, 'pain_assessment_bg.wasm'], [FLOOR, 'bench_floor_bg.wasm']]) {
  if (!existsSync(join(dir, file))) {
    console.error(`bench: ${join(dir, file)} is missing; run \`npm run bench\` (it builds both)`);
    process.exit(2);
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const KB = 1024;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The full widget: its code and every built-in definition, the body map's figure and both locales with it. */
function fullWidgetBytes() {
  const code = ['pain-assessment.js', 'pain_assessment_bg.wasm'].reduce((s, f) => s + gz(join(PKG, f)), 0);
  const dir = join(PKG, 'instruments');
  const definitions = readdirSync(dir).filter((f) => f.endsWith('.json')).reduce((s, f) => s + gz(join(dir, f)), 0);
  return { code, definitions, total: code + definitions };
}

const SPECS = {
  plain: { kind: 'plain', first: 'fieldset input' },
  floor: { kind: 'floor', first: 'button' },
  widget: { kind: 'widget', host: 'pain-assessment', first: 'fieldset.pa-item input' },
  paged: { kind: 'widget', host: 'pain-assessment', first: 'fieldset.pa-item input' },
};

const server = await serve(
  { '/plain.html': plainPage(PKG), '/widget.html': widgetPage(), '/paged.html': widgetPage(undefined, 'page'), '/floor.html': floorPage(), '/bodymap.html': widgetPage(['bodymap']), '/tap.html': plainTapPage() },
  { '/pkg/': PKG, '/floor/': FLOOR },
);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});

const results = { plain: [], floor: [], widget: [], paged: [] };
let repaint;
let plainTap;
try {
  const plan = answers(PKG);
  // Warm-up (discarded): the browser's own first-start costs.
  await run(browser, `${server.url}/plain.html`, SPECS.plain, null);
  for (let i = 0; i < RUNS; i += 1) {
    // Interleaved, so drift in the machine's load falls on all three alike.
    for (const kind of Object.keys(results)) {
      results[kind].push(await run(browser, `${server.url}/${kind}.html`, SPECS[kind], kind === 'floor' ? null : plan));
    }
    process.stderr.write(`[bench] run ${i + 1} of ${RUNS}\n`);
  }
  repaint = await tapToRepaint(browser, `${server.url}/bodymap.html`, TAPS);
  plainTap = await tapToRepaint(browser, `${server.url}/tap.html`, TAPS, ['plain']);
} finally {
  await browser.close();
  await server.stop();
}

const m = Object.fromEntries(Object.entries(results).map(([kind, runs]) => [kind, Object.fromEntries(
  Object.keys(runs[0]).map((key) => [key, runs[0][key] === null ? null : median(runs.map((r) => r[key]))]),
)]));
const full = fullWidgetBytes();
// Event Timing reports only taps of 16 ms or more: the others count as under
// one frame (0 here), and a median among them reads "under 16 ms".
const frames = (r, key = 'repaint') => median(r[key].map((v) => v ?? 0));
const repaintMedian = frames(repaint);
const within = (r) => `${r.repaint.filter((v) => v === null).length} of ${r.repaint.length}`;
const frameText = (v) => (v < 16 ? 'under 16 ms' : `${v.toFixed(0)} ms`);

const ms = (v) => (v === null ? '—' : `${Math.round(v)} ms`);
const kb = (v) => (v === null ? '—' : `${(v / KB).toFixed(1)} KB`);
const mb = (v) => `${(v / KB / KB).toFixed(2)} MB`;
const ratio = (v) => (v === null || !m.plain ? '—' : `${(v).toFixed(2)}×`);
const row = (cells) => console.log(cells.map((c, i) => (i === 0 ? String(c).padEnd(34) : String(c).padStart(13))).join(''));

console.log(`\nProfile: headless Chromium, ${PROFILE.cpu}× CPU throttling, ${PROFILE.latencyMs} ms latency, `
  + `${PROFILE.downKbps / 1000} Mbit/s down, ${PROFILE.viewport.width}×${PROFILE.viewport.height} touch screen; `
  + `medians of ${RUNS} cold runs (gzip on the wire).\n`);
console.log('widget: one question a screen, as on any phone; paged: the same with layout "page", one instrument a screen like the plain form.\n');
row(['', 'plain', 'yew floor', 'widget', 'paged', 'widget/plain', 'paged/plain', 'floor/plain']);
const over = (a, b) => (a !== null && b ? ratio(a / b) : '—');
const metric = (label, key, show) => row([label, show(m.plain[key]), show(m.floor[key]), show(m.widget[key]), show(m.paged[key]),
  over(m.widget[key], m.plain[key]), over(m.paged[key], m.plain[key]), over(m.floor[key], m.plain[key])]);
metric('bytes on the wire', 'bytes', kb);
metric('requests', 'requests', (v) => (v === null ? '—' : String(v)));
metric('navigation to first question', 'usable', ms);
metric('taps to complete the form', 'taps', (v) => (v === null ? '—' : String(v)));
metric('first tap to completed', 'completion', ms);
metric('JS heap', 'heap', (v) => mb(v));
metric('wasm memory', 'wasm', (v) => mb(v));
metric('JS heap + wasm memory', 'memory', (v) => mb(v));
const spread = (key) => Object.entries(results).filter(([, runs]) => runs[0][key] !== null)
  .map(([kind, runs]) => `${kind} ${Math.round(Math.min(...runs.map((r) => r[key])))}–${Math.round(Math.max(...runs.map((r) => r[key])))}`).join(', ');
console.log(`\nspread of the runs (min–max, ms): first question: ${spread('usable')}`);
console.log(`  completed: ${spread('completion')}`);
console.log(`\nTap to next paint (Event Timing, from the finger's lift, pointerup), ${TAPS} taps each from an idle page, `
  + `the finger down ${HOLD_MS} ms:`);
const taps = (r) => `median ${frameText(frames(r))}, within one frame ${within(r)}, `
  + `lift to region marked median ${median(r.script).toFixed(1)} ms; from the press (pointerdown) median ${frameText(frames(r, 'press'))}`;
console.log(`  body map:                   ${taps(repaint)}`);
console.log(`  one plain SVG path (floor): ${taps(plainTap)}`);
console.log(`full widget on the wire: code ${kb(full.code)} + every definition and the figure ${kb(full.definitions)} = ${kb(full.total)} gzipped\n`);

const budgets = [
  ['full widget, gzipped', `${kb(full.total)}`, '≤ 150 KB', full.total <= 150 * KB],
  ['first question usable / plain', ratio(m.widget.usable / m.plain.usable), '≤ 2.5×', m.widget.usable <= 2.5 * m.plain.usable],
  ['form completed / plain', ratio(m.widget.completion / m.plain.completion), '≤ 1.5×', m.widget.completion <= 1.5 * m.plain.completion],
  ['  the same, one instrument a screen', ratio(m.paged.completion / m.plain.completion), '≤ 1.5×', m.paged.completion <= 1.5 * m.plain.completion],
  ['body map tap to next paint (median)', frameText(repaintMedian), '≤ 16 ms', repaintMedian < 16],
  ['JS heap + wasm memory', mb(m.widget.memory), '≤ 3 MB', m.widget.memory <= 3 * KB * KB],
];
console.log('Budgets');
for (const [label, value, budget, met] of budgets) row([label, value, budget, met ? 'met' : 'NOT MET']);
process.exitCode = budgets.every(([, , , met]) => met) ? 0 : 1;
