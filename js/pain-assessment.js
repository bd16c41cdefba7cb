// The widget's browser entry point. Importing this module defines the
// <pain-assessment> element; `mount` and `scoreResponse` are for pages that
// prefer JavaScript. Everything else is in the WebAssembly module.
// The build joins this file and the module's bindings into one script, so a
// page waits for one script before the module and definitions download.
import init, { clearSavedData as clearWasm, mount as mountWasm, mountElement, setEarlyFetch, setFhirBuilder } from './pain_assessment.js';

const ready = init({ module_or_path: new URL('./pain_assessment_bg.wasm', import.meta.url) });
// Built-in definitions are fetched from here, only those a page shows.
const INSTRUMENTS = new URL('./instruments/', import.meta.url).href;
// The built-in ids, filled in by the build.
const BUILTIN = [];

// The definitions named by the page's <pain-assessment> elements, fetched
// while the module downloads rather than after it has started; the module
// takes each once (see setEarlyFetch).
const early = new Map();
function prefetch(element) {
  let ids = String(element.getAttribute('instruments') ?? '').split(',');
  try {
    const options = JSON.parse(element.getAttribute('options') ?? 'null');
    if (Array.isArray(options?.instruments)) ids = ids.concat(options.instruments);
  } catch { /* the module reports a bad options attribute */ }
  const files = ids.map((id) => String(id).trim()).filter((id) => BUILTIN.includes(id));
  if (files.includes('bodymap')) files.push('bodymap-figure');
  for (const file of files) {
    const url = `${INSTRUMENTS}${file}.json`;
    if (!early.has(url)) early.set(url, fetch(url).then((r) => (r.ok ? r.text() : null), () => null));
  }
}
if (typeof document !== 'undefined') document.querySelectorAll('pain-assessment').forEach(prefetch);

/** Resolves once the widget's code has loaded. */
export const loaded = ready.then(() => undefined);

/**
 * Mounts the widget on `element`. `options` is one object with named fields:
 * { instruments, locale, endpoint, patientId, encounterId, definitions, … }.
 * Resolves to a handle with getResponse(), setLocale() and destroy(); never rejects for
 * bad options (they show a message and fire `pa-error`).
 */
export async function mount(element, options) {
  try {
    await ready;
  } catch (error) {
    showLoadFailure(element, error);
    return { getResponse: () => null, destroy() {} };
  }
  return mountWasm(element, await withImported(options), INSTRUMENTS);
}

/**
 * A module of its own beside this script (`name`.js and `name`_bg.wasm),
 * loaded and started on first use.
 */
function onFirstUse(name) {
  let loading;
  return () => {
    loading ||= import(`./${name}.js`).then(async (module) => {
      await module.default({ module_or_path: new URL(`./${name}_bg.wasm`, import.meta.url) });
      return module;
    });
    return loading;
  };
}

/** The scoring engine: a separate, smaller module. */
const loadScorer = onFirstUse('pain_assessment_score');

/**
 * Re-scores a response envelope: { ok, differences, rescored } or
 * { ok: false, error }.
 */
export async function scoreResponse(response) {
  return (await loadScorer()).scoreResponse(response);
}

/**
 * A response envelope as a FHIR R4 transaction Bundle: { bundle } or
 * { ok: false, error }. `definitions` are the page's own definitions the
 * response answers (its own format or FHIR Questionnaires), as given in
 * options.definitions; the built-ins need none.
 */
export async function fhirBundle(response, definitions) {
  return (await loadScorer()).fhirBundle(response, definitions ?? null);
}

/**
 * A FHIR R4 Questionnaire as one of the widget's own definitions:
 * { definition } or { ok: false, error } naming what it cannot honour.
 */
export async function importQuestionnaire(questionnaire) {
  return (await loadScorer()).importQuestionnaire(questionnaire);
}

const isQuestionnaire = (d) => d !== null && typeof d === 'object' && d.resourceType === 'Questionnaire';

/**
 * `options` with each FHIR Questionnaire among its definitions imported by
 * the scorer module, loaded only then; one that cannot be imported stays a
 * Questionnaire carrying the reason, for the widget to show and report.
 * The host's own object is not changed.
 */
async function withImported(options) {
  const list = options?.definitions;
  if (!Array.isArray(list) || !list.some(isQuestionnaire)) return options;
  let scorer = null;
  let failure = '';
  try { scorer = await loadScorer(); } catch (error) { failure = `the FHIR import could not be loaded: ${error?.message ?? error}`; }
  const definitions = list.map((definition) => {
    if (!isQuestionnaire(definition)) return definition;
    const result = scorer ? scorer.importQuestionnaire(definition) : { error: { message: failure } };
    return result.definition ?? { resourceType: 'Questionnaire', importError: result.error?.message ?? 'the Questionnaire could not be imported' };
  });
  return { ...options, definitions };
}

/**
 * A procedure diary ({ procedure, entries, rules? }) read for its response:
 * relief at each time, the peak, how long relief of at least 50 % and 80 %
 * lasted, the next entry due; or { ok: false, error }.
 */
export async function procedureResponse(diary) {
  return (await loadScorer()).procedureResponse(diary);
}

ready.then(() => setEarlyFetch((url) => {
  const text = early.get(url);
  early.delete(url);
  return text;
})).catch(() => {});

// The widget asks for FHIR through this when a host sets format "fhir" or
// "both"; the mapping lives in the scorer, so other pages never load it.
ready.then(() => setFhirBuilder(async (text, definitions) => {
  const result = await fhirBundle(text, definitions);
  if (!result.bundle) throw new Error(result.error?.message ?? 'no bundle');
  return JSON.stringify(result.bundle);
})).catch(() => {});

// The one message shown without the WebAssembly module, and so without the
// catalogue: kept equal to its CouldNotStart message by a test.
const COULD_NOT_START = {
  en: 'The pain assessment could not start.',
  es: 'No se pudo iniciar la evaluación del dolor.',
};

/** The widget's language for `element` before its code has loaded. */
function earlyLanguage(element) {
  const asked = [element?.getAttribute?.('locale'), ...(globalThis.navigator?.languages ?? [])];
  for (const tag of asked) {
    const primary = String(tag ?? '').split(/[-_]/)[0].toLowerCase();
    if (primary in COULD_NOT_START) return primary;
  }
  return 'en';
}

function showLoadFailure(element, error) {
  const detail = { category: 'internal', message: `the widget's code could not load: ${error && error.message ? error.message : error}` };
  if (element instanceof Element) {
    const root = element.shadowRoot || element.attachShadow({ mode: 'open' });
    const box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.className = 'pa-error';
    box.style.cssText = 'border:2px solid #b91c1c;color:#b91c1c;padding:.75rem;border-radius:6px;font-family:system-ui,sans-serif';
    const language = earlyLanguage(element);
    box.setAttribute('lang', language);
    box.textContent = COULD_NOT_START[language];
    const technical = document.createElement('span');
    technical.setAttribute('lang', 'en');
    technical.textContent = ` ${detail.message}`;
    box.append(technical);
    root.replaceChildren(box);
  }
  const target = element instanceof EventTarget ? element : document;
  target.dispatchEvent(new CustomEvent('pa-error', { detail, bubbles: true, composed: true }));
}

const ATTRIBUTES = ['instruments', 'locale', 'endpoint', 'patient-id', 'encounter-id', 'options'];

class PainAssessment extends HTMLElement {
  static get observedAttributes() { return ATTRIBUTES; }

  /** The options object (takes precedence over the `options` attribute). */
  get options() { return this._options; }
  set options(value) { this._options = value; this._remount(); }

  /** The response so far, or null before the widget has started. */
  getResponse() { return this._handle ? this._handle.getResponse() : null; }

  connectedCallback() { this._remount(); }
  disconnectedCallback() { this._unmount(); }
  attributeChangedCallback(name, _old, value) {
    if (!this._handle) return;
    // A new language keeps the patient's answers and place.
    if (name === 'locale' && value && this._handle.setLocale(value)) return;
    this._remount();
  }

  _unmount() {
    if (this._handle) { this._handle.destroy(); this._handle = null; }
  }

  _remount() {
    const generation = (this._generation = (this._generation || 0) + 1);
    ready.then(
      async () => {
        let options = this._options === undefined ? null : this._options;
        if (options === null) {
          // The options attribute, read here only when it holds a
          // Questionnaire to import; the module reads it otherwise.
          try {
            const attribute = JSON.parse(this.getAttribute('options') ?? 'null');
            if (attribute?.definitions?.some?.(isQuestionnaire)) options = attribute;
          } catch { /* the module reports a bad options attribute */ }
        }
        options = await withImported(options);
        if (!this.isConnected || generation !== this._generation) return;
        this._unmount();
        this._handle = mountElement(this, options, INSTRUMENTS);
      },
      (error) => { if (generation === this._generation) showLoadFailure(this, error); },
    );
  }
}

/**
 * Removes everything the widget keeps on this device (saved answers and
 * responses not yet sent), e.g. when a patient signs out of a shared
 * device. Resolves to the number of entries removed.
 */
export async function clearSavedData() {
  await ready;
  return clearWasm();
}

/** The clinician's summary: a module of its own. */
const loadSummary = onFirstUse('pain_assessment_summary');

/**
 * Mounts the clinician's summary on `element`: { responses: [envelopes],
 * diary?: { procedure, entries, rules? }, locale? }. Resolves to a handle
 * with destroy(); never rejects for bad options.
 */
export async function mountSummary(element, options) {
  try {
    return (await loadSummary()).mountSummary(element, options, INSTRUMENTS);
  } catch (error) {
    showLoadFailure(element, error);
    return { destroy() {} };
  }
}

class PainSummary extends HTMLElement {
  /** The summary's options object (else the `options` attribute, JSON). */
  get options() { return this._options; }
  set options(value) { this._options = value; this._render(); }
  static get observedAttributes() { return ['options']; }
  connectedCallback() { this._render(); }
  disconnectedCallback() { this._handle?.destroy(); this._handle = null; }
  attributeChangedCallback() { if (this.isConnected) this._render(); }

  _render() {
    const generation = (this._generation = (this._generation || 0) + 1);
    let options = this._options;
    if (options === undefined) {
      try { options = JSON.parse(this.getAttribute('options') ?? 'null'); } catch { options = 'not JSON'; }
    }
    loadSummary().then((module) => {
      if (!this.isConnected || generation !== this._generation) return;
      this._handle?.destroy();
      this._handle = module.mountSummary(this, options, INSTRUMENTS);
    }, (error) => showLoadFailure(this, error));
  }
}

if (typeof customElements !== 'undefined' && !customElements.get('pain-summary')) {
  customElements.define('pain-summary', PainSummary);
}

if (typeof customElements !== 'undefined' && !customElements.get('pain-assessment')) {
  customElements.define('pain-assessment', PainAssessment);
}
