// Writes pkg/package.json: the npm package hosts install.
import { readFileSync, writeFileSync } from 'node:fs';

const cargo = readFileSync(new URL('../Cargo.toml', import.meta.url), 'utf8');
const version = /^version\s*=\s*"([^"]+)"/m.exec(cargo)?.[1] ?? '0.0.0';
const pkg = {
  name: 'pain-assessment',
  version,
  description: 'Validated pain scales and questionnaires as an embeddable web component.',
  license: 'MIT OR Apache-2.0',
  type: 'module',
  main: './pain-assessment.js',
  exports: {
    '.': './pain-assessment.js',
    './node': './node.mjs',
    './response.schema.json': './response.schema.json',
  },
  files: [
    'pain-assessment.js', 'node.mjs', 'pain_assessment.js', 'pain_assessment_bg.wasm', 'pain_assessment.d.ts',
    'pain_assessment_score.js', 'pain_assessment_score_bg.wasm', 'pain_assessment_score.d.ts', 'response.schema.json',
    'pain_assessment_summary.js', 'pain_assessment_summary_bg.wasm', 'pain_assessment_summary.d.ts',
    'catalogue.json', 'instruments/',
  ],
  sideEffects: ['./pain-assessment.js'],
};
writeFileSync(new URL('../pkg/package.json', import.meta.url), JSON.stringify(pkg, null, 2) + '\n');
