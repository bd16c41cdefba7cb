// Prints the raw and gzipped size of what a page downloads to show the
// widget, of each built-in definition (a page fetches only those it shows),
// and of the scorer that scoreResponse() loads on first use.
//   node scripts/size.mjs [--budget-kb N]   exit 1 when the widget's gzipped total is over N KB
// 1 KB = 1024 bytes. Type declarations and the Node-only node.mjs are not counted.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PKG = fileURLToPath(new URL('../pkg/', import.meta.url));
const GROUPS = [
  { name: 'widget (every page load)', files: ['pain-assessment.js', 'pain_assessment_bg.wasm'] },
  { name: 'scorer (scoreResponse, on first use)', files: ['pain_assessment_score.js', 'pain_assessment_score_bg.wasm'] },
  { name: "clinician's summary (<pain-summary>, on first use)", files: ['pain_assessment_summary.js', 'pain_assessment_summary_bg.wasm'] },
];

function parseBudget(args) {
  const at = args.indexOf('--budget-kb');
  if (at === -1) return null;
  const kb = Number(args[at + 1]);
  if (!Number.isFinite(kb) || kb <= 0) {
    console.error('size: --budget-kb needs a positive number of KB');
    process.exit(2);
  }
  return kb;
}

const budgetKb = parseBudget(process.argv.slice(2));
const present = new Set((() => { try { return readdirSync(PKG); } catch { return []; } })());
if (!present.has('pain_assessment_bg.wasm')) {
  console.error('size: pkg/ has no widget wasm; run `npm run build` first');
  process.exit(1);
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const measure = (name) => {
  const bytes = readFileSync(join(PKG, name));
  return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const width = () => Math.max(...GROUPS.flatMap((g) => g.files.map((f) => f.length)), 12);
const line = (name, raw, gzip) => `  ${name.padEnd(width())}  ${String(raw).padStart(9)}  ${String(gzip).padStart(9)}`;

const definitions = (() => { try { return readdirSync(join(PKG, 'instruments')).filter((n) => n.endsWith('.json')).sort(); } catch { return []; } })();
GROUPS.splice(1, 0, { name: 'built-in definitions (each fetched only by a page that shows it)', files: definitions.map((n) => `instruments/${n}`) });
for (const f of definitions) present.add(`instruments/${f}`);

const totals = GROUPS.map((group) => {
  const rows = group.files.filter((f) => present.has(f)).map(measure);
  const total = rows.reduce((s, r) => ({ raw: s.raw + r.raw, gzip: s.gzip + r.gzip }), { raw: 0, gzip: 0 });
  console.log(`${group.name}`);
  console.log(line('file', 'raw B', 'gzip B'));
  for (const r of rows) console.log(line(r.name, r.raw, r.gzip));
  console.log(line('total', total.raw, total.gzip));
  console.log(`  = ${kb(total.raw)} KB raw, ${kb(total.gzip)} KB gzipped\n`);
  return total;
});

if (budgetKb !== null) {
  const widget = totals[0];
  if (widget.gzip > budgetKb * 1024) {
    console.error(`size: the widget is over budget: ${kb(widget.gzip)} KB gzipped > ${budgetKb} KB`);
    process.exit(1);
  }
  console.log(`within budget: the widget is ${kb(widget.gzip)} KB gzipped <= ${budgetKb} KB`);
}
