// The widget in an iframe, for a platform that embeds it: the page the
// iframe shows. The parent must be one of the origins listed in
// embed.json (beside this file, written by the clinic):
//   { "parents": ["https://telehealth.example"] }
// and names itself in the iframe's address: embed.html?parent=<origin>.
// Options come from the address (instruments, locale, endpoint) or from a
// message { type: "pa-options", options } sent by an allowed parent. Every
// event of the widget goes to the parent with postMessage, addressed to
// that origin only (never "*"); messages from other origins are ignored.
import { mount } from './pain-assessment.js';

const EVENTS = ['pa-change', 'pa-complete', 'pa-safety', 'pa-error', 'pa-delivered', 'pa-queued'];
const element = document.getElementById('widget');
const query = new URLSearchParams(location.search);

function refuse(message) {
  element.textContent = `This assessment cannot be shown here: ${message}.`;
  element.setAttribute('role', 'alert');
}

async function allowedParents() {
  const response = await fetch(new URL('embed.json', import.meta.url));
  if (!response.ok) throw new Error(`embed.json: HTTP ${response.status}`);
  const { parents } = await response.json();
  if (!Array.isArray(parents)) throw new Error('embed.json: "parents" must list origins');
  return parents.filter((origin) => typeof origin === 'string' && origin !== '*');
}

let handle = null;
async function show(parent, options) {
  handle?.destroy();
  handle = await mount(element, options);
}

try {
  const parents = await allowedParents();
  const parent = query.get('parent');
  if (window.parent === window) throw new Error('it is not inside a frame');
  if (!parent || !parents.includes(parent)) throw new Error(`the page embedding it (${parent ?? 'unnamed'}) is not allowed`);
  for (const name of EVENTS) {
    element.addEventListener(name, (event) => window.parent.postMessage({ type: name, detail: event.detail }, parent));
  }
  window.addEventListener('message', (event) => {
    if (event.origin !== parent || event.source !== window.parent) return;
    if (event.data?.type === 'pa-options' && event.data.options && typeof event.data.options === 'object') {
      show(parent, event.data.options);
    }
  });
  const instruments = query.get('instruments');
  if (instruments) {
    const options = { instruments: instruments.split(',') };
    for (const name of ['locale', 'endpoint', 'patientId', 'encounterId']) if (query.has(name)) options[name] = query.get(name);
    await show(parent, options);
  }
  window.parent.postMessage({ type: 'pa-ready' }, parent);
} catch (error) {
  refuse(error.message);
}
