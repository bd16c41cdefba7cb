// The benchmark's plain page must carry the same questions and choices as
// the widget shows, or its comparison means nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { answers, INSTRUMENTS, plainPage } from '../../scripts/bench/pages.mjs';

const PKG = fileURLToPath(new URL('../../pkg/', import.meta.url));
const definition = (id) => JSON.parse(readFileSync(`${PKG}instruments/${id}.json`, 'utf8'));

test('the plain page has every item of the bench instruments, with its wording and every choice', () => {
  const html = plainPage(PKG);
  for (const id of INSTRUMENTS) {
    const d = definition(id);
    assert.ok(html.includes(d.licence.copyright.replace(/&/g, '&amp;')), `${id}: licence line`);
    for (const item of d.items) {
      const field = new RegExp(`<fieldset data-item="${item.id}">[\\s\\S]*?</fieldset>`).exec(html)?.[0];
      assert.ok(field, `${item.id}: a fieldset`);
      assert.ok(field.includes(`<legend>${item.text}</legend>`), `${item.id}: its wording`);
      const values = item.kind.type === 'rating'
        ? Array.from({ length: item.kind.max - item.kind.min + 1 }, (_, i) => String(item.kind.min + i))
        : item.kind.options.map((o) => o.value);
      const radios = [...field.matchAll(/value="([^"]*)"/g)].map((m) => m[1]);
      assert.deepEqual(radios, values, `${item.id}: its choices`);
    }
  }
});

test('the scripted patient answers every item once, with a value the item offers', () => {
  const plan = answers(PKG);
  const items = INSTRUMENTS.flatMap((id) => definition(id).items);
  assert.deepEqual(plan.map((a) => a.item), items.map((i) => i.id));
  for (const { item, value } of plan) {
    const html = plainPage(PKG);
    assert.match(html, new RegExp(`name="${item}" value="${value}"`));
  }
  assert.equal(plan.find((a) => a.item === 'phq9_9').value, '0', 'no safety flag on the timed path');
});
