// The body map's artwork: regenerated from its generator it is the committed
// figure, and it passes the generator's checks (74 simple polygons, no
// overlaps or gaps, mirror-image halves, a 26-unit square in every region).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../../scripts/bodymap-figure.mjs', import.meta.url));

test('the figure is its generator\'s output and passes every check', () => {
  const run = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /front: 36 regions, .* 0 overlapping, 0 gaps, 0 outside/);
  assert.match(run.stdout, /back: 38 regions, .* 0 overlapping, 0 gaps, 0 outside/);
  assert.match(run.stdout, /figure\.json is up to date/);
});
