// Lists the built-in instruments from pkg/catalogue.json (generated from the
// same definitions the widget uses) and previews one at a time.
import { mount } from '/pkg/pain-assessment.js';

const list = document.getElementById('instruments');
const preview = document.getElementById('preview');
const previewTitle = document.getElementById('preview-title');
const summary = document.getElementById('summary');
let handle = null;

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

// The same marks as the README's table and docs/instruments.md
// (src/instruments/catalogue.rs, wording_mark).
const mark = (licence) => {
  if (!licence.textRequired) return 'Ships with its wording';
  return licence.artworkRequired ? 'Needs your licensed text and artwork' : 'Needs your licensed text';
};
const range = (s) => `${s.range.min}–${s.range.max}`;
const codes = (list) => list.map((c) => `${c.system === 'http://loinc.org' ? 'LOINC' : c.system} ${c.code}`).join(', ');

function card(instrument) {
  const item = el('li', undefined, 'instrument');
  item.dataset.id = instrument.id;
  item.append(el('h2', instrument.title));
  item.append(el('p', `id ${instrument.id} · version ${instrument.version} · ${instrument.items.length} items`, 'meta'));
  const wording = el('p', undefined, 'wording');
  wording.dataset.ships = String(!instrument.licence.textRequired);
  wording.append(el('strong', mark(instrument.licence)), ` — basis: ${instrument.licence.terms}`);
  item.append(wording);
  if (instrument.licence.textRequired) {
    const needs = instrument.licence.artworkRequired ? 'the clinic\'s licensed wording and artwork' : 'the clinic\'s licensed wording';
    item.append(el('p', `Structure and scoring only: shown once ${needs} is passed as a text pack.`, 'licensed'));
  }
  const facts = el('dl');
  const fact = (term, value) => { if (value) facts.append(el('dt', term), el('dd', value)); };
  fact('Copyright', instrument.licence.copyright);
  fact('Source', instrument.licence.source);
  fact('Codes', codes(instrument.codes || []));
  for (const score of instrument.scores) {
    const bands = (score.bands || []).map((b) => `${b.min}–${b.max} ${b.label}`).join('; ');
    const reads = score.method === 'classify'
      ? 'a classification of the scores before it'
      : `${score.method} of ${score.items.length} item${score.items.length === 1 ? '' : 's'}`;
    fact(score.label, `${reads}, ${range(score)}${bands ? `; ${bands}` : ''}`);
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
  } else {
    item.append(licensedPreview(instrument));
  }
  return item;
}

// A licensed instrument is previewed with the clinic's own text pack, read
// from a file on this computer; the blank pack lists what it must hold.
function licensedPreview(instrument) {
  const box = el('div', undefined, 'text-pack');
  const template = el('a', `Blank text pack for ${instrument.id}`);
  template.href = `/pkg/text-packs/${instrument.id}.json`;
  template.download = `${instrument.id}.text-pack.json`;
  const label = el('label', `Preview ${instrument.id} with your licensed text pack `);
  const input = el('input');
  input.type = 'file';
  input.accept = 'application/json,.json';
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    let pack;
    try {
      pack = JSON.parse(await file.text());
    } catch (error) {
      showMessage(instrument, `${file.name} is not JSON: ${error.message}`);
      return;
    }
    show(instrument, [pack]);
  });
  label.append(input);
  box.append(template, label);
  return box;
}

function showMessage(instrument, message) {
  handle?.destroy();
  handle = null;
  previewTitle.textContent = `Preview: ${instrument.title}`;
  preview.replaceChildren(el('p', message, 'notice error'));
}

async function show(instrument, textPacks = []) {
  handle?.destroy();
  preview.replaceChildren();
  previewTitle.textContent = `Preview: ${instrument.title}`;
  const host = el('div');
  const scores = el('dl', undefined, 'preview-scores');
  scores.setAttribute('aria-live', 'polite');
  host.addEventListener('pa-complete', (event) => showScores(scores, event.detail));
  preview.append(host, scores);
  handle = await mount(host, { instruments: [instrument.id], textPacks });
}

// The scores of a completed preview, as the host page would receive them.
function showScores(list, response) {
  list.replaceChildren();
  for (const score of response.instruments.flatMap((i) => i.scores)) {
    const value = score.value === null
      ? `not scorable: ${score.notScorable}`
      : `${Number(score.value.toFixed(2))}${score.band ? ` (${score.band.label})` : ''}`;
    const row = el('dd', value);
    row.dataset.score = score.id;
    list.append(el('dt', score.label), row);
  }
}

try {
  const response = await fetch('/pkg/catalogue.json');
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const instruments = await response.json();
  const shipped = instruments.filter((i) => !i.licence.textRequired).length;
  summary.textContent = `${shipped} of the ${instruments.length} instruments ship with their wording and can be shown today; the others need your licensed text.`;
  list.replaceChildren(...instruments.map(card));
} catch (error) {
  list.replaceChildren(el('li', `The catalogue could not be loaded (${error.message}); run npm run build.`));
}
