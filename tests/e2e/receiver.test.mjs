// The demo receiver without a browser: it re-scores with pa-score, stores
// each submission once and refuses what it cannot verify.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, startServer, getJson } from './harness.mjs';

let server;

before(async () => {
  const cli = process.env.PA_SCORE || join(ROOT, 'target', 'release', 'pa-score');
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` first`);
  server = await startServer();
});

after(async () => { await server?.stop(); });

/** A complete NRS-11 envelope whose submitted intensity is `claimed`. */
function envelope(answer, claimed) {
  return {
    schemaVersion: 1,
    widget: { name: 'pain-assessment', version: '0.1.0' },
    submissionId: randomUUID(),
    startedAt: '2025-03-01T09:00:00Z',
    completedAt: '2025-03-01T09:01:30Z',
    locale: 'en',
    instruments: [{
      id: 'nrs11',
      version: '1.0',
      answers: { nrs11_now: answer },
      scores: [{
        id: 'intensity', label: 'Pain intensity now', value: claimed, range: { min: 0, max: 10 },
        method: 'sum', itemsUsed: ['nrs11_now'], itemsMissing: [], prorated: false,
      }],
      safety: [],
    }],
  };
}

async function post(body) {
  const response = await fetch(`${server.url}/api/submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

const storedFiles = () => readdirSync(server.dataDir).filter((name) => name.endsWith('.json'));

test('a tampered score is refused, naming the difference, and nothing is stored', async () => {
  const before = storedFiles().length;
  const tampered = envelope(4, 9);
  const { status, body } = await post(tampered);
  assert.equal(status, 422);
  assert.match(body.error, /the scores do not re-score: .*intensity/);
  assert.equal(storedFiles().length, before);
});

test('a body that is not sent as JSON is refused with 415', async () => {
  const response = await fetch(`${server.url}/api/submissions`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify(envelope(4, 4)) });
  assert.equal(response.status, 415);
  assert.match((await response.json()).error, /application\/json/);
});

test('garbage and unscorable bodies are refused and nothing is stored', async () => {
  const before = storedFiles().length;
  const notJson = await post('this is not json');
  assert.equal(notJson.status, 400);

  const badId = await post({ ...envelope(4, 4), submissionId: '../../escape' });
  assert.equal(badId.status, 400);

  const unknown = envelope(4, 4);
  unknown.instruments[0].id = 'nosuchscale';
  const unscorable = await post(unknown);
  assert.equal(unscorable.status, 422);
  assert.match(unscorable.body.error, /nosuchscale/);

  const tooBig = await post({ ...envelope(4, 4), padding: 'x'.repeat(1024 * 1024) });
  assert.equal(tooBig.status, 413);

  assert.equal(storedFiles().length, before);
});

test('a retried submission is stored once; a clashing one is refused', async () => {
  const valid = envelope(4, 4);
  const first = await post(valid);
  assert.equal(first.status, 201);
  assert.equal(first.body.verified, true);
  assert.deepEqual(first.body.differences, []);

  const retry = await post(valid);
  assert.equal(retry.status, 200);
  assert.deepEqual(retry.body, first.body);
  assert.equal(storedFiles().filter((name) => name.startsWith(valid.submissionId)).length, 1);

  const clash = await post({ ...envelope(5, 5), submissionId: valid.submissionId });
  assert.equal(clash.status, 409);
});

test('GET /api/submissions lists the stored records, newest first', async () => {
  const records = await getJson(`${server.url}/api/submissions`);
  assert.equal(records.length, storedFiles().length);
  const times = records.map((r) => r.receivedAt);
  assert.deepEqual(times, [...times].sort().reverse());
});
