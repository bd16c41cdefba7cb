// Groups twiggy's item sizes (CSV of `twiggy top`) by crate, and this
// crate's by module, then prints the largest groups and items. Function
// names are not shipped, so their section is left out of the totals; code
// a generic of another crate compiles for ours (yew's component views,
// core's sorts and BTreeMaps) counts under that crate, as twiggy names it.
//   node scripts/breakdown.mjs target/breakdown/top.csv [--groups N] [--items N]
import { readFileSync } from 'node:fs';

const [file] = process.argv.slice(2);
const flag = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const lines = readFileSync(file, 'utf8').trim().split('\n').slice(1);
const items = lines.map((line) => {
  // Name,ShallowSize,ShallowSizePercent,RetainedSize,RetainedSizePercent; names may hold commas.
  const fields = line.split(',');
  const size = Number(fields[fields.length - 4]);
  return { name: fields.slice(0, fields.length - 4).join(',').replace(/^"|"$/g, '').replace(/""/g, '"'), size };
}).filter((item) => !/function names|^"?names"?$/.test(item.name));

const MODULES = new Set(['ui', 'host', 'care', 'model', 'output', 'engine', 'config', 'i18n', 'bodymap']);
function group(name) {
  if (name.startsWith('data segment')) return 'data (strings, tables, the stylesheet)';
  const bare = name.replace(/^[<&]+/, '').replace(/^(dyn |mut )/, '');
  const crate = /^([A-Za-z_0-9]+)(?:\[[0-9a-f]+\])?::/.exec(bare)?.[1];
  if (!crate) return 'bindings and other';
  if (crate !== 'pain_assessment') return crate;
  const [, top, sub] = /^pain_assessment::([a-z_0-9]+)(?:::([a-z_0-9]+))?/.exec(bare) ?? [];
  return `pain_assessment::${top}${sub && MODULES.has(top) ? `::${sub}` : ''}`;
}

const total = items.reduce((sum, item) => sum + item.size, 0);
const groups = new Map();
for (const item of items) groups.set(group(item.name), (groups.get(group(item.name)) ?? 0) + item.size);
const pct = (n) => `${((100 * n) / total).toFixed(1).padStart(5)} %`;
console.log(`widget wasm, before gzip: ${total} bytes (function names excluded)\n`);
console.log('by crate, and by module of this crate');
for (const [name, size] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, flag('--groups', 30))) {
  console.log(`  ${String(size).padStart(8)}  ${pct(size)}  ${name}`);
}
console.log('\nlargest items');
for (const item of [...items].sort((a, b) => b.size - a.size).slice(0, flag('--items', 15))) {
  console.log(`  ${String(item.size).padStart(8)}  ${pct(item.size)}  ${item.name.replace(/::h[0-9a-f]{16}$/, '').slice(0, 110)}`);
}
