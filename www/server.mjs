// The demo host and a demo receiver, with no dependencies.
//   GET  /, /*.html, /*.js, /*.css   the pages in www/
//   GET  /pkg/*                      the built widget (run `npm run build` first)
//   POST /api/submissions            re-scores a response with pa-score, then stores it (also
//                                    {response, fhir}, and a FHIR Bundle on its own, kept as sent)
//   GET  /api/submissions            the stored records as JSON, newest first
//   GET  /submissions                the same as an HTML page
//   POST /api/faults                 (with FAULTS=1 only) faults for the next POSTs, for tests:
//                                    { "plan": ["500", "drop", "slow:1500", "store-drop", "422"] }
//                                    or { "random": { "rate": 0.4, "seed": 7, "slowMs": 1500 } } or { "down": true }
//   GET  /api/faults                 (with FAULTS=1) what was received: requests, stored, deduplicated
//   POST|GET|DELETE /api/csp-reports (with FAULTS=1) the CSP violations browsers reported
// A POST's Idempotency-Key header, when present, must equal its submissionId;
// a repeat of a stored submission is answered 200 and stored once.
// Environment: PORT (8080; 0 picks a free one), HOST (127.0.0.1),
// DATA_DIR (data/submissions), PA_SCORE (target/release/pa-score), FAULTS.
import { createServer } from 'node:http';
import { spawn } from 'node:child_process';
import { readFile, readdir, mkdir, open, link, unlink, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WWW = join(ROOT, 'www');
const PKG = join(ROOT, 'pkg');
const PORT = Number(process.env.PORT ?? 8080);
const HOST = process.env.HOST || '127.0.0.1';
const DATA_DIR = resolve(process.env.DATA_DIR || join(ROOT, 'data', 'submissions'));
const PA_SCORE = process.env.PA_SCORE || join(ROOT, 'target', 'release', 'pa-score');
const MAX_BODY = 1024 * 1024;
const CLI_TIMEOUT_MS = 10_000;
const ID_PATTERN = /^[0-9a-f-]{36}$/;

// The demo's two names, localhost and 127.0.0.1, are two origins: the
// iframe demo frames one from the other (set once the port is known).
let ORIGINS = [];
// The strict policy every page is served with; frame-src only for the
// iframe demo (parent.html), which frames the other origin's embed page.
// With FAULTS=1 (tests) browsers also report each violation to
// /api/csp-reports, so a test in any engine can read them back.
const csp = () => "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  `connect-src 'self'; img-src 'self' data:; frame-src 'self' ${ORIGINS.join(' ')}` +
  (FAULTS ? '; report-uri /api/csp-reports' : '');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ts': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** An error that becomes an HTTP response with this status and message. */
class HttpError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}

function send(res, status, type, body) {
  const headers = { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
  if (type.startsWith('text/html')) headers['Content-Security-Policy'] = csp();
  res.writeHead(status, headers);
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

function sendJson(res, status, value) {
  send(res, status, TYPES['.json'], JSON.stringify(value, null, 2) + '\n');
}

// ---- static files ----------------------------------------------------------

async function serveStatic(res, pathname) {
  let path;
  try { path = decodeURIComponent(pathname); } catch { throw new HttpError(400, 'bad path'); }
  if (path.includes('..') || path.includes('\0')) throw new HttpError(404, 'not found');
  if (path === '/') path = '/index.html';
  // The embed page's allowed parents: here, the demo's own two origins.
  if (path === '/pkg/embed.json') return sendJson(res, 200, { parents: ORIGINS });
  const [base, rest] = path.startsWith('/pkg/') ? [PKG, path.slice(5)] : [WWW, path.slice(1)];
  const file = resolve(base, rest);
  if (!file.startsWith(base + sep)) throw new HttpError(404, 'not found');
  const type = TYPES[extname(file)];
  const info = await stat(file).catch(() => null);
  if (!type || !info?.isFile()) throw new HttpError(404, 'not found');
  send(res, 200, type, await readFile(file));
}

// ---- the receiver -----------------------------------------------------------

function readBody(req) {
  return new Promise((resolveBody, reject) => {
    if (Number(req.headers['content-length']) > MAX_BODY) {
      req.resume();
      return reject(new HttpError(413, 'body larger than 1 MB'));
    }
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        req.removeAllListeners('data');
        req.resume();
        reject(new HttpError(413, 'body larger than 1 MB'));
      } else chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Runs `pa-score verify` on `text`: resolves to { code, stdout, stderr }. */
function runVerify(text) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(PA_SCORE, ['verify'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out = [], err = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), CLI_TIMEOUT_MS);
    child.stdout.on('data', (c) => out.push(c));
    child.stderr.on('data', (c) => err.push(c));
    child.stdin.on('error', () => {}); // the CLI may exit before reading everything
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new HttpError(500, `cannot run the re-scoring CLI at ${PA_SCORE} (${e.code || e.message}); run \`npm run build\` or set PA_SCORE`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolveRun({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8').trim() });
    });
    child.stdin.end(text);
  });
}

/** JSON with object keys sorted, so equal values give equal text. */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

async function readRecord(id) {
  try {
    return JSON.parse(await readFile(join(DATA_DIR, `${id}.json`), 'utf8'));
  } catch (e) {
    if (e.code === 'ENOENT') return null;
    throw e;
  }
}

/** 200 for a retry of the stored submission, 409 for a different one under the same id. */
function answerExisting(res, record, submitted) {
  if (canonical(record.submitted) !== canonical(submitted)) {
    throw new HttpError(409, `submission ${record.submitted?.submissionId} already exists with different content`);
  }
  sendJson(res, 200, { id: record.submitted.submissionId, verified: record.verified, differences: record.differences });
}

/** Writes the record to a temporary file, then links it into place; false if the id already exists. */
async function storeRecord(id, record) {
  await mkdir(DATA_DIR, { recursive: true });
  const temp = join(DATA_DIR, `.${id}.${randomUUID()}.tmp`);
  const file = await open(temp, 'wx');
  try {
    await file.writeFile(JSON.stringify(record, null, 2) + '\n');
    await file.sync();
  } finally {
    await file.close();
  }
  try {
    await link(temp, join(DATA_DIR, `${id}.json`));
    return true;
  } catch (e) {
    if (e.code === 'EEXIST') return false;
    throw e;
  } finally {
    await unlink(temp).catch(() => {});
  }
}

// ---- fault injection (tests only) ----------------------------------------------

const FAULTS = process.env.FAULTS === '1';
const faults = { plan: [], random: null, down: false, requests: 0, stored: 0, deduplicated: 0 };
const cspReports = [];

/** The fault for the next POST, if any: from the plan, then the random mode. */
function nextFault() {
  if (faults.down) return 'drop';
  if (faults.plan.length) return faults.plan.shift();
  const random = faults.random;
  if (!random) return null;
  random.seed = (random.seed * 1103515245 + 12345) % 2 ** 31;
  if ((random.seed % 1000) / 1000 >= random.rate) return null;
  return ['500', 'drop', `slow:${random.slowMs}`, 'store-drop'][random.seed % 4];
}

async function setFaults(req, res) {
  const body = JSON.parse(await readBody(req) || '{}');
  faults.plan = Array.isArray(body.plan) ? body.plan.map(String) : [];
  faults.random = body.random ? { rate: Number(body.random.rate), seed: Number(body.random.seed) || 1, slowMs: Number(body.random.slowMs) || 1500 } : null;
  faults.down = Boolean(body.down);
  if (body.reset) Object.assign(faults, { requests: 0, stored: 0, deduplicated: 0 });
  sendJson(res, 200, faults);
}

/** Applies `fault` to this POST; true when it has answered (or dropped) it. */
async function injure(fault, req, res) {
  if (!fault) return false;
  if (fault === 'drop') {
    req.socket.destroy();
    return true;
  }
  if (/^\d{3}$/.test(fault)) {
    await readBody(req);
    sendJson(res, Number(fault), { error: `injected ${fault}` });
    return true;
  }
  if (fault.startsWith('slow:')) await new Promise((r) => setTimeout(r, Number(fault.slice(5))));
  return false;
}

async function receive(req, res) {
  faults.requests += 1;
  const fault = FAULTS ? nextFault() : null;
  if (await injure(fault, req, res)) return;
  // "store-drop": stored, but the answer is lost on the way back.
  if (fault === 'store-drop') res.end = () => req.socket.destroy();
  const type = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json' && type !== 'application/fhir+json') {
    throw new HttpError(415, 'send the response as application/json (a FHIR Bundle as application/fhir+json)');
  }
  const text = await readBody(req);
  let body;
  try { body = JSON.parse(text); } catch { throw new HttpError(400, 'the body is not JSON'); }
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, 'the body is not a JSON object');
  const key = req.headers['idempotency-key'];
  // The widget posts its response (format "native"), a FHIR Bundle
  // ("fhir", identified by the Idempotency-Key alone) or both.
  if (body.resourceType === 'Bundle') return receiveBundle(res, key, body);
  const fhir = body.response && body.fhir ? body.fhir : undefined;
  const submitted = fhir ? body.response : body;
  const id = submitted.submissionId;
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) throw new HttpError(400, 'submissionId must be a lower-case UUID');
  if (key !== undefined && key !== id) throw new HttpError(400, 'the Idempotency-Key header must equal the submissionId');

  const existing = await readRecord(id);
  if (existing) {
    faults.deduplicated += 1;
    return answerExisting(res, existing, submitted);
  }

  const run = await runVerify(fhir ? JSON.stringify(submitted) : text);
  if (run.code === 2) throw new HttpError(422, run.stderr || 'not a valid response');
  let report;
  try { report = JSON.parse(run.stdout); } catch { report = null; }
  if ((run.code !== 0 && run.code !== 1) || !report) {
    throw new HttpError(500, `the re-scoring CLI failed (exit ${run.code}): ${run.stderr}`);
  }
  // Scores that do not re-score are refused: the engine's arithmetic, not
  // the sender's, is what gets stored.
  if (run.code === 1) throw new HttpError(422, `the scores do not re-score: ${(report.differences ?? []).join('; ')}`);
  const record = {
    receivedAt: new Date().toISOString(),
    verified: run.code === 0,
    differences: report.differences ?? [],
    rescored: report.rescored,
    submitted,
    ...(fhir ? { fhir } : {}),
  };
  if (!(await storeRecord(id, record))) {
    faults.deduplicated += 1;
    return answerExisting(res, await readRecord(id), submitted);
  }
  faults.stored += 1;
  sendJson(res, 201, { id, verified: record.verified, differences: record.differences });
}

/** A FHIR Bundle on its own: stored once under its Idempotency-Key. */
async function receiveBundle(res, key, bundle) {
  if (typeof key !== 'string' || !ID_PATTERN.test(key)) throw new HttpError(400, 'a FHIR Bundle needs its submission id in the Idempotency-Key header');
  const existing = await readRecord(key);
  if (existing) {
    faults.deduplicated += 1;
    if (canonical(existing.fhir) !== canonical(bundle)) throw new HttpError(409, `submission ${key} already exists with different content`);
    return sendJson(res, 200, { id: key });
  }
  const record = { receivedAt: new Date().toISOString(), id: key, format: 'fhir', fhir: bundle };
  if (!(await storeRecord(key, record))) {
    faults.deduplicated += 1;
    return sendJson(res, 200, { id: key });
  }
  faults.stored += 1;
  sendJson(res, 201, { id: key });
}

async function listRecords() {
  const names = await readdir(DATA_DIR).catch((e) => (e.code === 'ENOENT' ? [] : Promise.reject(e)));
  const records = [];
  for (const name of names) {
    if (!name.endsWith('.json') || name.startsWith('.')) continue;
    try { records.push(JSON.parse(await readFile(join(DATA_DIR, name), 'utf8'))); } catch { /* skip unreadable */ }
  }
  return records.sort((a, b) => String(b.receivedAt).localeCompare(String(a.receivedAt)));
}

// ---- the submissions page ------------------------------------------------------

const escapeHtml = (value) => String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function instrumentHtml(instrument) {
  const scores = (instrument.scores ?? []).map((s) => {
    const value = s.value === null || s.value === undefined ? 'not scorable' : s.value;
    const band = s.band ? ` (${escapeHtml(s.band.label ?? s.band.id)})` : '';
    return `<li>${escapeHtml(s.label ?? s.id)}: <strong>${escapeHtml(value)}</strong>${band}</li>`;
  });
  const flags = (instrument.safety ?? []).map((f) =>
    `<li class="flag">Safety: ${escapeHtml(f.message)} (${escapeHtml(f.item)} = ${escapeHtml(f.itemScore)})</li>`);
  return `<div><strong>${escapeHtml(instrument.id)}</strong><ul>${scores.join('')}${flags.join('')}</ul></div>`;
}

function recordHtml(record) {
  const id = record.submitted?.submissionId ?? record.id;
  const instruments = (record.rescored?.instruments ?? []).map(instrumentHtml).join('');
  const differences = (record.differences ?? []).map((d) => `<li>${escapeHtml(d)}</li>`).join('');
  return `<tr><td>${escapeHtml(record.receivedAt)}</td><td><code>${escapeHtml(id)}</code></td>` +
    `<td>${record.format === 'fhir' ? 'FHIR Bundle, not re-scored' : record.verified ? 'yes' : `no<ul>${differences}</ul>`}</td><td>${instruments}</td></tr>`;
}

function submissionsPage(records) {
  const rows = records.map(recordHtml).join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Submissions</title><link rel="stylesheet" href="/demo.css"></head>
<body><main class="page">
<h1>Submissions</h1>
<p><a href="/">Back to the demo</a> · <a href="/api/submissions">as JSON</a></p>
${records.length ? `<div class="table-wrap"><table class="submissions">
<thead><tr><th>Received</th><th>Id</th><th>Verified</th><th>Results</th></tr></thead>
<tbody>
${rows}
</tbody></table></div>` : '<p>No submissions yet.</p>'}
</main></body>
</html>
`;
}

// ---- routing -------------------------------------------------------------------

async function route(req, res) {
  const { pathname } = new URL(req.url, 'http://localhost');
  const reading = req.method === 'GET' || req.method === 'HEAD';
  if (pathname === '/api/csp-reports' && FAULTS) {
    if (req.method === 'POST') {
      const text = await readBody(req);
      try { cspReports.push(JSON.parse(text)); } catch { cspReports.push({ unreadable: text.slice(0, 200) }); }
      return sendJson(res, 200, {});
    }
    if (req.method === 'DELETE') { cspReports.length = 0; return sendJson(res, 200, cspReports); }
    if (reading) return sendJson(res, 200, cspReports);
  } else if (pathname === '/api/faults' && FAULTS) {
    if (req.method === 'POST') return setFaults(req, res);
    if (reading) return sendJson(res, 200, faults);
  } else if (pathname === '/api/submissions') {
    if (req.method === 'POST') return receive(req, res);
    if (reading) return sendJson(res, 200, await listRecords());
  } else if (pathname === '/submissions') {
    if (reading) return send(res, 200, TYPES['.html'], submissionsPage(await listRecords()));
  } else if (reading) {
    return serveStatic(res, pathname);
  }
  throw new HttpError(405, 'method not allowed');
}

const server = createServer((req, res) => {
  route(req, res).catch((error) => {
    const known = error instanceof HttpError;
    const status = known ? error.status : 500;
    const message = known ? error.message : 'internal server error';
    if (status >= 500) console.error(known ? `${req.method} ${req.url}: ${message}` : error);
    if (res.headersSent) return res.destroy();
    if (status === 413) res.setHeader('Connection', 'close');
    if (req.url.startsWith('/api/')) sendJson(res, status, { error: message });
    else send(res, status, 'text/plain; charset=utf-8', `${message}\n`);
  });
});

server.listen(PORT, HOST, () => {
  const { port } = server.address();
  ORIGINS = [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
  console.log(`serving http://localhost:${port}`);
});
