// Copies every built-in definition, compacted, to pkg/instruments/<id>.json
// (and the built-in plans to pkg/plans/):
// the widget fetches from there the instruments a page shows. For each
// licensed one it also writes a blank text pack, pkg/text-packs/<id>.json,
// for the licence holder to fill (made by the pa-score CLI, so it matches
// what the widget accepts).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const source = new URL('../src/instruments/', import.meta.url);
const target = new URL('../pkg/instruments/', import.meta.url);
const packs = new URL('../pkg/text-packs/', import.meta.url);
const cli = new URL('../target/release/pa-score', import.meta.url);
for (const dir of [target, packs]) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}
for (const name of readdirSync(source).filter((n) => n.endsWith('.json')).sort()) {
  const definition = JSON.parse(readFileSync(new URL(name, source), 'utf8'));
  writeFileSync(new URL(name, target), JSON.stringify(definition));
  if (definition.licence.textRequired) {
    writeFileSync(new URL(name, packs), execFileSync(cli.pathname, ['text-pack', definition.id]));
  }
}

// The body map's drawing, fetched by a page only when it shows a body map:
// each view's outline and each region's path, the path data shortened (after
// a move, further points are lines, so the letters can go).
const compact = (d) => d.split('M').filter((p) => p.trim()).map((p) => `M${p.replace(/[LZ]/g, ' ').trim().split(/\s+/).join(' ')}Z`).join('');
const figure = JSON.parse(readFileSync(new URL('../src/bodymap/figure.json', import.meta.url), 'utf8'));
const views = ['front', 'back'].map((v) => figure.views[v]);
writeFileSync(new URL('bodymap-figure.json', target), JSON.stringify({
  licence: figure.licence,
  outlines: views.map((v) => compact(v.outline)),
  paths: Object.fromEntries(views.flatMap((v) => v.regions.map((r) => [r.id, compact(r.path)]))),
}));

// The built-in assessment plans, readable, for a clinic to copy and edit.
const plans = new URL('../pkg/plans/', import.meta.url);
rmSync(plans, { recursive: true, force: true });
mkdirSync(plans, { recursive: true });
for (const name of readdirSync(new URL('../src/plans/', import.meta.url)).filter((n) => n.endsWith('.json'))) {
  writeFileSync(new URL(name, plans), readFileSync(new URL(`../src/plans/${name}`, import.meta.url)));
}
