// The three pages `npm run bench` compares, all served by scripts/bench/serve.mjs:
// - plain: the same NRS-11 + PHQ-9 content as an HTML form with no script
//   but a submit handler, generated from the built definitions so the
//   wording and options are exactly the widget's;
// - widget: the two lines a clinic pastes;
// - floor: a one-button yew page (bench/floor), the framework alone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const INSTRUMENTS = ['nrs11', 'phq9'];

const escape = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

const HEAD = (title) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>`;

/** An item's choices as [value, label] pairs: a rating's numbers, or its options. */
function choices(item) {
  const kind = item.kind;
  if (kind.type === 'rating') {
    return Array.from({ length: kind.max - kind.min + 1 }, (_, i) => {
      const n = kind.min + i;
      const anchor = n === kind.min ? kind.minLabel : n === kind.max ? kind.maxLabel : null;
      return [String(n), anchor ? `${n} ${anchor}` : String(n)];
    });
  }
  if (kind.type === 'singleChoice') return kind.options.map((o) => [o.value, o.label]);
  throw new Error(`the plain page has no form for ${kind.type}`);
}

function instrumentSection(definition) {
  const items = definition.items.map((item) => `<fieldset data-item="${escape(item.id)}">
<legend>${escape(item.text)}</legend>
${choices(item).map(([value, label]) => `<label><input type="radio" name="${escape(item.id)}" value="${escape(value)}" required> ${escape(label)}</label>`).join('\n')}
</fieldset>`).join('\n');
  return `<section>
<h2>${escape(definition.title)}</h2>
${definition.instructions ? `<p>${escape(definition.instructions)}</p>` : ''}
${items}
<p><small>${escape(definition.licence.copyright)} ${escape(definition.licence.terms)}</small></p>
</section>`;
}

/** The plain page: every question of the bench's instruments in one form. */
export function plainPage(pkg) {
  const definitions = INSTRUMENTS.map((id) => JSON.parse(readFileSync(join(pkg, 'instruments', `${id}.json`), 'utf8')));
  return `${HEAD('Pain assessment (plain HTML)')}
<style>body{font:1rem/1.4 system-ui,sans-serif;margin:0 1rem}fieldset{border:1px solid #6b7280;border-radius:6px;margin:0 0 1rem}
label{display:flex;gap:.5rem;align-items:center;min-height:44px}button{min-height:44px;padding:0 1.5rem}</style>
</head>
<body>
<form id="form">
${definitions.map(instrumentSection).join('\n')}
<button type="submit">Submit</button>
</form>
<script>
document.getElementById('form').addEventListener('submit', (event) => {
  event.preventDefault();
  const answers = Object.fromEntries(new FormData(event.target));
  document.dispatchEvent(new CustomEvent('bench-complete', { detail: answers }));
});
</script>
</body>
</html>`;
}

/**
 * The widget's page: the two lines a clinic pastes, showing `instruments`;
 * `layout` "page" fixes one instrument a screen (on a phone the widget
 * otherwise shows one question a screen).
 */
export function widgetPage(instruments = INSTRUMENTS, layout = null) {
  const options = layout ? ` options='${JSON.stringify({ layout })}'` : '';
  return `${HEAD('Pain assessment (widget)')}
<script type="module" src="/pkg/pain-assessment.js"></script>
</head>
<body>
<pain-assessment instruments="${instruments.join(',')}"${options}></pain-assessment>
</body>
</html>`;
}

export function floorPage() {
  return `${HEAD('One yew button')}
<script type="module">import init from '/floor/bench_floor.js'; init({ module_or_path: '/floor/bench_floor_bg.wasm' });</script>
</head>
<body>
</body>
</html>`;
}

/** The answers the scripted patient gives: a value for each item of the bench's instruments. */
export function answers(pkg) {
  const plan = [];
  INSTRUMENTS.forEach((id) => {
    const definition = JSON.parse(readFileSync(join(pkg, 'instruments', `${id}.json`), 'utf8'));
    definition.items.forEach((item, i) => {
      const values = choices(item).map(([value]) => value);
      // A spread of answers, with the PHQ-9's item 9 at "Not at all": a
      // safety flag is another path, not the one timed here.
      const pick = item.id === 'phq9_9' ? 0 : (i * 2 + 1) % values.length;
      plan.push({ item: item.id, value: values[pick], index: pick });
    });
  });
  return plan;
}
