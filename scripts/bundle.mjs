// Joins the browser entry (js/pain-assessment.js) and wasm-bindgen's
// bindings (pkg/pain_assessment.js) into one script, pkg/pain-assessment.js,
// so a page fetches one script, not a script and then its import, before the
// module and the definitions; and fills in the built-in ids the entry
// prefetches. Runs on the unminified files; terser minifies the result.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const glue = readFileSync(`${ROOT}pkg/pain_assessment.js`, 'utf8');
const entry = readFileSync(`${ROOT}js/pain-assessment.js`, 'utf8');

const fail = (why) => { console.error(`bundle: ${why}`); process.exit(1); };

// The bindings in a scope of their own, their exports returned as an object.
const exported = [];
let body = glue.replace(/^export (class|function) (\w+)/gm, (_, kind, name) => { exported.push(name); return `${kind} ${name}`; });
const tail = /^export \{ initSync, __wbg_init as default \};\s*$/m;
if (!tail.test(body)) fail('the bindings no longer end in `export { initSync, __wbg_init as default }`');
body = body.replace(tail, '');
if (/^\s*(export|import)\b/m.test(body)) fail('the bindings have an import or export this script does not handle');
const bindings = `const bindings = (() => {\n${body}\nreturn { ${exported.join(', ')}, initSync, default: __wbg_init };\n})();\n`;

// The entry's import of the bindings, as a destructuring of that object.
const importLine = /^import (\w+), \{([^}]*)\} from '\.\/pain_assessment\.js';$/m;
const found = importLine.exec(entry);
if (!found) fail("js/pain-assessment.js no longer imports './pain_assessment.js' as `import init, { … }`");
const names = found[2].split(',').map((n) => n.trim()).filter(Boolean).map((n) => n.replace(/^(\w+) as (\w+)$/, '$1: $2'));
for (const name of names.map((n) => n.split(':')[0])) if (!exported.includes(name)) fail(`the bindings do not export ${name}`);
const destructure = `const { default: ${found[1]}, ${names.join(', ')} } = bindings;`;

const ids = readdirSync(`${ROOT}pkg/instruments`).filter((f) => f.endsWith('.json') && f !== 'bodymap-figure.json').map((f) => f.slice(0, -5)).sort();
const placeholder = 'const BUILTIN = [];';
if (!entry.includes(placeholder)) fail(`js/pain-assessment.js has no \`${placeholder}\``);
const joined = bindings + entry.replace(importLine, destructure).replace(placeholder, `const BUILTIN = ${JSON.stringify(ids)};`);
writeFileSync(`${ROOT}pkg/pain-assessment.js`, joined);
console.error(`[bundle] pkg/pain-assessment.js: the entry and its bindings in one script, ${ids.length} built-in ids`);
