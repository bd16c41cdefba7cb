// A clinic's round through the plans: intake, then a diagnostic block's
// diary entry, then a follow-up with the intake as history; a clinician
// then opens the summary of all of it and prints it on one page. The
// patient sees what each instrument measured and what happens next,
// unless the clinic turns that off or writes its own.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, mountWidget, requireBuild, startServer } from './harness.mjs';

let server;
let browser;
before(async () => { requireBuild(); server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

/** Answers every question on every page (first choice; the knee on a map, at 6) and submits. */
async function completeAll(page, pain) {
  for (let pages = 0; pages < 10 && !(await page.locator('.pa-complete').count()); pages += 1) {
    await page.locator('fieldset.pa-item').first().waitFor();
    for (const item of await page.locator('fieldset.pa-item').all()) {
      if (await item.locator('.pa-bodymap').count()) {
        await item.locator('path[data-region="left_knee_front"]').click();
        await item.locator('.pa-bm-detail label.pa-number').nth(6).click();
      } else if (await item.locator('label.pa-number').count()) {
        await item.locator('label.pa-number').nth(pain).click();
      } else if (await item.locator('input[type="radio"]').count()) {
        await item.locator('label').first().click();
      }
    }
    await page.locator('.pa-nav .pa-primary').click();
  }
  await page.locator('.pa-complete').waitFor();
  return page.evaluate(() => document.querySelector('pain-assessment').getResponse());
}

test('intake, a block diary and a follow-up through plans, then one printed summary', async () => {
  const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
  page.setDefaultTimeout(10_000);
  await page.goto(`${server.url}/minimal.html`);

  await mountWidget(page, { plan: 'intake', autosave: false });
  const intake = await completeAll(page, 7);
  assert.equal(intake.plan, 'intake');
  assert.deepEqual(intake.instruments.map((i) => i.id), ['bodymap', 'nrs11', 'nhis_pain', 'rand36', 'phq9', 'gad7']);
  assert.equal(await page.locator('.pa-about li').count(), 6, 'a note per instrument');
  assert.match(await page.locator('.pa-about').textContent(), /What happens next/);

  const performedAt = new Date(Date.now() - 60 * 60_000).toISOString();
  const baseline = { at: new Date(Date.now() - 70 * 60_000).toISOString(), pain: 7 };
  const procedure = { kind: 'medialBranchBlock', performedAt, localAnaesthetic: 'lidocaine' };
  await mountWidget(page, { plan: 'block-diary', autosave: false, diary: { procedure, entries: [baseline] } });
  await page.locator('fieldset[data-item="diary_activity"] label').first().click();
  const entry = await completeAll(page, 2);
  assert.equal(entry.diary.entry.pain, 2);
  assert.equal(entry.diary.entry.activityTried, true);
  assert.ok(Math.abs(entry.diary.response.peakRelief - (5 / 7) * 100) < 1e-9);
  assert.equal(entry.diary.response.positive, true);
  assert.ok(Date.parse(entry.diary.response.nextDueAt) > Date.now(), 'the next entry is due later');
  assert.match(await page.locator('.pa-about').textContent(), /keep making entries/);

  await mountWidget(page, { plan: 'post-procedure', autosave: false, history: [intake] });
  const followUp = await completeAll(page, 3);
  const nrs = followUp.changes.find((c) => c.instrument === 'nrs11');
  assert.deepEqual([nrs.earlier, nrs.value, nrs.status], [7, 3, 'improved']);
  const overlap = followUp.instruments.find((i) => i.id === 'bodymap').scores.find((s) => s.id === 'overlap');
  assert.equal(overlap.value, 1, 'the same knee as at intake');

  await page.evaluate(({ responses, diary }) => {
    document.querySelectorAll('pain-assessment').forEach((e) => e.remove());
    const summary = document.createElement('pain-summary');
    summary.options = { responses, diary };
    document.body.append(summary);
  }, { responses: [intake, followUp], diary: { procedure, entries: [baseline, entry.diary.entry] } });
  await page.locator('.pa-report-procedure .pa-point').first().waitFor();
  assert.equal(await page.locator('.pa-report-trends .pa-plot').count(), 1, 'NRS-11, the one score in both visits');
  assert.match(await page.locator('tr[data-instrument="nrs11"]').textContent(), /-4 \(improved by at least the MCID\)/);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  assert.equal((pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length, 1);
  await page.close();
});

test('the note after submitting can be the clinic\'s own, or none', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/minimal.html`);
  await mountWidget(page, { instruments: ['nrs11'], autosave: false, education: { next: 'The clinic will call you within two working days.' } });
  await completeAll(page, 4);
  assert.equal(await page.locator('.pa-about p').textContent(), 'The clinic will call you within two working days.');
  await mountWidget(page, { instruments: ['nrs11'], autosave: false, education: false });
  await completeAll(page, 4);
  assert.equal(await page.locator('.pa-about').count(), 0);
  await page.close();
});
