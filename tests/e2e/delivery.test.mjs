// Delivery without loss against the demo receiver with injected faults:
// retries with backoff until it is stored once, a refusal stops at once, a
// response completed while the receiver is down survives a reload, and 50
// submissions under random faults arrive exactly once each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, option, getJson } from './harness.mjs';

const suite = browserSuite();

async function faults(body) {
  const response = await fetch(`${suite.server.url}/api/faults`, { method: 'POST', body: JSON.stringify({ reset: true, ...body }) });
  assert.equal(response.status, 200);
}
const counts = () => getJson(`${suite.server.url}/api/faults`);
const stored = () => getJson(`${suite.server.url}/api/submissions`);
const logged = (page, name) => page.locator(`#log li[data-event="${name}"]`);

/** Rates pain `value` on the delivery page and submits; the submission id. */
async function complete(page, value) {
  await option(page, 'nrs11_now', String(value)).click();
  await page.locator('button.pa-submit').click();
  await logged(page, 'pa-complete').first().waitFor();
  return page.locator('#log li[data-event="pa-complete"]').last().getAttribute('data-submission');
}

test('500 three times, then 200: stored exactly once', async () => {
  await faults({ plan: ['500', '500', '500'] });
  await suite.page.goto(`${suite.server.url}/send.html`);
  const id = await complete(suite.page, 6);
  await suite.page.locator('.pa-delivery', { hasText: 'Trying again' }).waitFor();
  await suite.page.locator('.pa-delivery', { hasText: /^Sent\./ }).waitFor({ timeout: 20_000 });
  const c = await counts();
  assert.deepEqual([c.requests, c.stored, c.deduplicated], [4, 1, 0]);
  const records = await stored();
  assert.deepEqual(records.map((r) => r.submitted.submissionId), [id]);
  assert.equal(await logged(suite.page, 'pa-delivered').count(), 1);
  assert.deepEqual(suite.watch.pageErrors, []);
});

test('a refusal (422) is not retried, fires pa-error with its status, and the host keeps the response', async () => {
  await faults({ plan: ['422'] });
  await suite.page.goto(`${suite.server.url}/send.html`);
  await complete(suite.page, 2);
  await logged(suite.page, 'pa-error').waitFor();
  assert.match(await suite.page.locator('.pa-delivery').textContent(), /could not be sent. They are kept on this page/);
  await suite.page.waitForTimeout(2500);
  assert.equal((await counts()).requests, 1, 'no retry after a refusal');
  const kept = await suite.page.evaluate(() => window.widgetHandle.getResponse());
  assert.equal(kept.instruments[0].answers.nrs11_now, 2);
});

test('completed while the receiver is down, the page reloaded, the receiver back: stored once', async () => {
  const before = (await stored()).length;
  await faults({ down: true });
  await suite.page.goto(`${suite.server.url}/send.html`);
  const id = await complete(suite.page, 8);
  await suite.page.locator('.pa-delivery', { hasText: 'Trying again' }).waitFor();
  await suite.page.reload();
  await faults({});
  await logged(suite.page, 'pa-delivered').waitFor({ timeout: 15_000 });
  const records = await stored();
  assert.equal(records.length, before + 1);
  assert.equal(records.filter((r) => r.submitted.submissionId === id).length, 1);
  assert.equal(await suite.page.evaluate(() => localStorage.getItem('pain-assessment:outbox')), null, 'the outbox is empty again');
});

test('50 submissions under random faults: 50 stored, 0 duplicates, 0 lost', async () => {
  const before = new Set((await stored()).map((r) => r.submitted.submissionId));
  await faults({ random: { rate: 0.4, seed: 20261129, slowMs: 1500 } });
  const ids = [];
  const worker = async (n) => {
    const page = await suite.browser.newPage();
    page.setDefaultTimeout(60_000);
    for (let i = 0; i < 10; i += 1) {
      await page.goto(`${suite.server.url}/send.html?timeout=1`);
      ids.push(await complete(page, (n + i) % 11));
      await logged(page, 'pa-delivered').waitFor();
    }
    await page.close();
  };
  await Promise.all([0, 1, 2, 3, 4].map(worker));
  const after = (await stored()).map((r) => r.submitted.submissionId).filter((id) => !before.has(id));
  const c = await counts();
  const duplicates = after.length - new Set(after).size;
  const lost = ids.filter((id) => !after.includes(id)).length;
  console.log(`delivery under faults: submitted ${ids.length}, stored ${after.length}, duplicates ${duplicates}, lost ${lost}; ` +
    `receiver saw ${c.requests} POSTs, ${c.deduplicated} repeats answered from the store`);
  assert.deepEqual([ids.length, after.length, duplicates, lost], [50, 50, 0, 0]);
});

test('format fhir posts a valid FHIR R4 Bundle; format both posts it beside the re-scored response', async () => {
  const { default: fhirModule } = await import('fhir');
  const validator = new fhirModule.Fhir();
  const problems = (resource) => validator.validate(resource).messages
    .filter((m) => m.severity === 'error' || /Unexpected property/.test(m.message)).map((m) => `${m.location}: ${m.message}`);
  await faults({});
  for (const format of ['fhir', 'both']) {
    await suite.page.goto(`${suite.server.url}/send.html?format=${format}`);
    const id = await complete(suite.page, 5);
    await logged(suite.page, 'pa-delivered').waitFor();
    const record = (await stored()).find((r) => (r.submitted?.submissionId ?? r.id) === id);
    assert.ok(record, format);
    assert.equal(record.fhir.resourceType, 'Bundle');
    assert.deepEqual(problems(record.fhir), [], format);
    for (const entry of record.fhir.entry) assert.deepEqual(problems(entry.resource), [], `${format} ${entry.resource.resourceType}`);
    const observation = record.fhir.entry.map((e) => e.resource).find((r) => r.resourceType === 'Observation');
    assert.equal(observation.valueQuantity.value, 5);
    assert.equal(record.verified, format === 'both' ? true : undefined);
  }
});
