// Copies every built-in definition, compacted, to pkg/instruments/<id>.json:
// the widget fetches from there the instruments a page shows.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const source = new URL('../src/instruments/', import.meta.url);
const target = new URL('../pkg/instruments/', import.meta.url);
rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
for (const name of readdirSync(source).filter((n) => n.endsWith('.json')).sort()) {
  const definition = JSON.parse(readFileSync(new URL(name, source), 'utf8'));
  writeFileSync(new URL(name, target), JSON.stringify(definition));
}
