// The loader's Shift counter (assets/loader/leave.js), which keeps quick exit working
// before and without the widget, runs every shared case of tests/quick-exit-cases.json:
// the same cases as the widget's own counter (src/host/quick_exit.rs), so there is one
// set of rules. Plain Node: the counter is pure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ShiftCounter, classify } from '../../assets/loader/leave.js';

const { cases } = JSON.parse(readFileSync(new URL('../quick-exit-cases.json', import.meta.url), 'utf8'));

test('the loader counts Shift exactly as the widget does, on every shared case', () => {
  assert.ok(cases.length >= 8);
  for (const { name, events } of cases) {
    const counter = new ShiftCounter();
    events.forEach((event, n) => {
      let outcome;
      if ('expire' in event) {
        outcome = counter.expire(event.expire);
      } else {
        const up = 'up' in event;
        const shift = classify(up ? event.up : event.down, Boolean(event.modifier), Boolean(event.composing));
        if (shift === null) outcome = 'ignored';
        else outcome = up ? counter.keyUp(shift, event.at) : counter.keyDown(shift);
      }
      assert.equal(outcome, event.then, `${name}: event ${n}`);
    });
  }
});
