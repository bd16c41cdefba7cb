// Prints the raw and gzipped size of the built widget's .wasm and .js files
// (type declarations and the Node-only node.mjs are not shipped to browsers).
//   node scripts/size.mjs [--budget-kb N]   exit 1 when the gzipped total is over N KB
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PKG = fileURLToPath(new URL('../pkg/', import.meta.url));

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
let names = [];
try {
  names = readdirSync(PKG).filter((n) => n.endsWith('.wasm') || n.endsWith('.js'));
} catch { /* no pkg/ yet */ }
if (!names.some((n) => n.endsWith('.wasm'))) {
  console.error('size: pkg/ has no .wasm file; run `npm run build` first');
  process.exit(1);
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const rows = names.sort().map((name) => {
  const bytes = readFileSync(join(PKG, name));
  return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
const total = rows.reduce((sum, r) => ({ raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip }), { raw: 0, gzip: 0 });

const width = Math.max(5, ...rows.map((r) => r.name.length));
const line = (name, raw, gzip) => `${name.padEnd(width)}  ${String(raw).padStart(10)}  ${String(gzip).padStart(10)}`;
console.log(line('file', 'raw bytes', 'gzip bytes'));
for (const r of rows) console.log(line(r.name, r.raw, r.gzip));
console.log(line('total', total.raw, total.gzip));
console.log(`\ntotal: ${kb(total.raw)} KB raw, ${kb(total.gzip)} KB gzipped`);

if (budgetKb !== null) {
  if (total.gzip > budgetKb * 1024) {
    console.error(`size: over budget: ${kb(total.gzip)} KB gzipped > ${budgetKb} KB budget`);
    process.exit(1);
  }
  console.log(`within budget: ${kb(total.gzip)} KB gzipped <= ${budgetKb} KB`);
}
