// The widget's own words as `pa-score strings` gives them to translators:
// every message in every language, and the one message the JavaScript
// entry point must carry itself (shown when the WebAssembly cannot load)
// equal to the catalogue's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'target', 'release', 'pa-score');

test('the catalogue lists each message in every language, and the entry point agrees with it', () => {
  const run = spawnSync(CLI, ['strings'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const catalogue = JSON.parse(run.stdout);
  assert.deepEqual(Object.keys(catalogue), ['en', 'es']);
  assert.deepEqual(Object.keys(catalogue.es), Object.keys(catalogue.en));
  const entry = readFileSync(join(ROOT, 'js', 'pain-assessment.js'), 'utf8');
  const block = /const COULD_NOT_START = \{([^}]*)\}/.exec(entry)?.[1] ?? '';
  const inJs = Object.fromEntries([...block.matchAll(/(\w+): '([^']*)'/g)].map((m) => [m[1], m[2]]));
  assert.deepEqual(inJs, { en: catalogue.en.CouldNotStart, es: catalogue.es.CouldNotStart });
});
