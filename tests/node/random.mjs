// Random answers to the built-in instruments, for tests that compare or
// validate what every instrument produces. Seeded, so each run is the same.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../e2e/harness.mjs';

export const catalogue = JSON.parse(readFileSync(join(ROOT, 'pkg', 'catalogue.json'), 'utf8'));
const REGIONS = Object.keys(JSON.parse(readFileSync(join(ROOT, 'pkg', 'instruments', 'bodymap-figure.json'), 'utf8')).paths);
const QUALITIES = ['aching', 'burning', 'shooting', 'stabbing', 'numbness', 'pins_and_needles'];

/** A generator of envelopes answering every built-in at random from `seed`. */
export function randomResponses(seed) {
  const next = (n) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };

  /** A random answer the item accepts, or undefined to leave it unanswered. */
  function answer(item, gaps) {
    if (gaps && next(12) === 0) return undefined;
    const { kind } = item;
    const values = (kind.options ?? []).map((o) => o.value);
    switch (kind.type) {
      case 'singleChoice': return values[next(values.length)];
      case 'multiChoice':
      case 'checklist': return values.filter(() => next(2) === 0);
      case 'rating':
      case 'number': return kind.min + next(kind.max - kind.min + 1);
      case 'vas': return next(101);
      case 'yesNo': return next(2) === 0;
      case 'text': return 'free text';
      case 'bodyMap': {
        const regions = {};
        for (const id of REGIONS.filter(() => next(6) === 0)) {
          regions[id] = { intensity: gaps && next(10) === 0 ? undefined : next(11), qualities: QUALITIES.filter(() => next(4) === 0) };
        }
        return { regions, previous: next(2) === 0 ? REGIONS.filter(() => next(8) === 0) : undefined };
      }
      default: return undefined;
    }
  }

  /** Every built-in answered at random; with `gaps`, some items left out. */
  return (gaps) => ({
    schemaVersion: 1,
    widget: { name: 'pain-assessment', version: '0.1.0' },
    submissionId: randomUUID(),
    startedAt: '2026-11-29T08:00:00.000Z',
    completedAt: '2026-11-29T08:04:00.000Z',
    locale: 'en',
    instruments: catalogue.map((instrument) => ({
      id: instrument.id,
      version: instrument.version,
      answers: askedOnly(instrument, Object.fromEntries(instrument.items.map((item) => [item.id, answer(item, gaps)]).filter(([, a]) => a !== undefined))),
      scores: [],
      safety: [],
    })),
  });
}

/**
 * `answers` without those of items their `enableWhen` does not ask, as a
 * patient's form leaves them (written apart from the engine, so the tests
 * that use it also check the engine's reading of the same conditions).
 */
function askedOnly(instrument, answers) {
  const asked = new Set();
  const values = (answer) => (answer === undefined ? [] : Array.isArray(answer) ? answer : [answer]);
  const holds = ({ item, operator, answer: expected }) => {
    const given = asked.has(item) ? values(answers[item]) : [];
    switch (operator) {
      case 'exists': return (given.length > 0) === expected;
      case '=': return given.includes(expected);
      case '!=': return !given.includes(expected);
      case 'in': return given.some((v) => expected.includes(v));
      case '>': return given.some((v) => v > expected);
      case '<': return given.some((v) => v < expected);
      case '>=': return given.some((v) => v >= expected);
      case '<=': return given.some((v) => v <= expected);
      default: throw new Error(`unknown operator ${operator}`);
    }
  };
  for (const item of instrument.items) {
    const conditions = item.enableWhen ?? [];
    const within = item.within === undefined || asked.has(item.within);
    const on = conditions.length === 0 || (item.enableBehavior === 'any' ? conditions.some(holds) : conditions.every(holds));
    if (within && on) asked.add(item.id);
  }
  return Object.fromEntries(Object.entries(answers).filter(([id]) => asked.has(id)));
}
