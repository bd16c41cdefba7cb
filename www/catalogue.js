// Lists the built-in instruments from pkg/catalogue.json (generated from the
// same definitions the widget uses) and previews one at a time.
import { mount } from '/pkg/pain-assessment.js';

const list = document.getElementById('instruments');
const preview = document.getElementById('preview');
const previewTitle = document.getElementById('preview-title');
let handle = null;

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

const range = (s) => `${s.range.min}–${s.range.max}`;
const codes = (list) => list.map((c) => `${c.system === 'http://loinc.org' ? 'LOINC' : c.system} ${c.code}`).join(', ');

function card(instrument) {
  const item = el('li', undefined, 'instrument');
  item.dataset.id = instrument.id;
  item.append(el('h2', instrument.title));
  item.append(el('p', `id ${instrument.id} · version ${instrument.version} · ${instrument.items.length} items`, 'meta'));
  if (instrument.licence.textRequired) {
    const needs = instrument.licence.artworkRequired ? 'the clinic\'s licensed wording and artwork' : 'the clinic\'s licensed wording';
    item.append(el('p', `Structure and scoring only: shown once ${needs} is passed as a text pack.`, 'licensed'));
  }
  const facts = el('dl');
  const fact = (term, value) => { if (value) facts.append(el('dt', term), el('dd', value)); };
  fact('Licence', `${instrument.licence.copyright} ${instrument.licence.terms}`);
  fact('Source', instrument.licence.source);
  fact('Codes', codes(instrument.codes || []));
  for (const score of instrument.scores) {
    const bands = (score.bands || []).map((b) => `${b.min}–${b.max} ${b.label}`).join('; ');
    fact(score.label, `${score.method} of ${score.items.length} items, ${range(score)}${bands ? `; ${bands}` : ''}`);
  }
  item.append(facts);
  if (instrument.notes?.length) {
    const notes = el('ul', undefined, 'notes');
    for (const note of instrument.notes) notes.append(el('li', note));
    item.append(notes);
  }
  if (!instrument.licence.textRequired) {
    const button = el('button', `Preview ${instrument.id}`, 'preview');
    button.type = 'button';
    button.addEventListener('click', () => show(instrument));
    item.append(button);
  }
  return item;
}

async function show(instrument) {
  handle?.destroy();
  preview.replaceChildren();
  previewTitle.textContent = `Preview: ${instrument.title}`;
  const host = el('div');
  preview.append(host);
  handle = await mount(host, { instruments: [instrument.id] });
}

try {
  const response = await fetch('/pkg/catalogue.json');
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const instruments = await response.json();
  list.replaceChildren(...instruments.map(card));
} catch (error) {
  list.replaceChildren(el('li', `The catalogue could not be loaded (${error.message}); run npm run build.`));
}
