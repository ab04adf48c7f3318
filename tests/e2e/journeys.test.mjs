// The self-help journey in a real browser, on the demo host page served with a strict CSP:
// every step and every answer reached by mouse, and a whole journey by keyboard alone with
// focus on each new heading.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, pathwaySteps } from './harness.mjs';
import { Widget } from './widget.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });


test('loads on the demo page under the strict CSP, replacing the fallback, with no errors', async () => {
  const w = await Widget.open(env);
  const { page, log, context } = w;
  assert.equal(await page.locator('.pathway-fallback').isVisible(), false, 'fallback replaced');
  assert.match(await w.title(), /\S/);
  assert.deepEqual(await w.cspViolations(), []);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console.filter((m) => m.startsWith('error') || m.startsWith('warning')), []);
  await context.close();
});

test('every step and every answer of the default data can be reached by mouse, always ending at a plan', async () => {
  const steps = pathwaySteps();
  const w = await Widget.open(env);
  const { page, log, context } = w;
  const url = page.url();
  const historyLength = await page.evaluate(() => history.length);
  const requestsAtStart = log.requests.length;
  const { seen, used } = await w.walkAll();
  for (const step of steps) {
    assert.ok(seen.has(step.title), `step "${step.id}" was reached`);
    for (const choice of step.choices || []) assert.ok(used.has(`${step.id}/${choice.id}`), `answer ${step.id}/${choice.id} was used`);
  }
  assert.deepEqual(log.requests.slice(requestsAtStart), [], 'no request after the widget loaded');
  assert.equal(page.url(), url, 'the URL never changed');
  assert.equal(await page.evaluate(() => history.length), historyLength, 'no history entries');
  assert.deepEqual(await w.cspViolations(), []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a whole journey works by keyboard alone, with focus on each new heading', async () => {
  const w = await Widget.open(env, '/index.html', { viewport: { width: 320, height: 700 } });
  const { page, log, context } = w;
  // Tab from the top of the page: the widget's first stop is "Exit this page".
  const order = [];
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press('Tab');
    const inWidget = await page.evaluate(() => Boolean(__active().closest('.pathway')));
    if (inWidget) {
      order.push(await page.evaluate(() => __active().textContent));
      break;
    }
  }
  assert.match(order[0] || '', /Exit this page/, 'exit is first in the focus order');

  // The focused heading's text, once it is clear of the sticky exit bar (WCAG 2.4.11).
  const focusedTitle = async () => {
    const { title, top, barBottom } = await page.evaluate(() => {
      const el = __active();
      const bar = __widget().querySelector('.pathway__exit-bar').getBoundingClientRect();
      return { title: el.tagName === 'H2' ? el.textContent.trim() : null, top: el.getBoundingClientRect().top, barBottom: bar.bottom };
    });
    if (title) assert.ok(top >= barBottom, `"${title}" is not hidden under the exit bar (top ${top}, bar ends ${barBottom})`);
    return title;
  };
  // Each control below must be reached within 40 Tab presses.
  await w.tabTo(/^Start$/, { limit: 40, press: 'Enter' });
  assert.equal(await focusedTitle(), 'Who is this about?');
  await w.tabTo(/^It happened to me$/, { limit: 40, press: 'Enter' });
  assert.equal(await focusedTitle(), 'Where do you live?');
  await w.tabTo(/^Rutland/, { limit: 40, press: 'Enter' });
  assert.equal(await focusedTitle(), 'What happened?');
  await w.tabTo(/^Threats$/, { limit: 40, press: 'Space' });
  assert.equal(await page.evaluate(() => __active().checked), true, 'Space ticks');
  await w.tabTo(/^Continue$/, { limit: 40, press: 'Enter' });
  assert.equal(await focusedTitle(), pathwaySteps().find((s) => s.id === 'why').title);
  while (true) {
    const title = await focusedTitle();
    assert.ok(title, 'a heading has focus after each move');
    const step = pathwaySteps().find((s) => s.title === title);
    if (step.kind === 'plan') break;
    // A string is matched exactly.
    if (step.kind === 'one') await w.tabTo(step.choices[0].label, { limit: 40, press: 'Enter' });
    else await w.tabTo(step.continue_label || 'Continue', { limit: 40, press: 'Enter' });
  }
  await w.tabTo(/^Back$/, { limit: 40, press: 'Enter' });
  assert.notEqual(await focusedTitle(), null, 'Back moves focus to the previous heading');
  const width = await w.scrollWidth();
  assert.ok(width <= 320, `no horizontal scrolling at 320px (scrollWidth ${width})`);
  assert.deepEqual(log.errors, []);
  await context.close();
});
