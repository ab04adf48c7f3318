// The self-help journey in a real browser, on the demo host page served with a strict CSP:
// every step and every answer reached by mouse, a whole journey by keyboard alone, focus on
// each new heading, no request after load, and the exit link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, widgetReady, cspViolations, pathwaySteps, EXIT_URL } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

const widget = (page) => page.locator('[data-pathway-widget]');

/** The heading of the step on screen. */
async function stepTitle(page) {
  return (await widget(page).locator('h2').first().textContent()).trim();
}

/**
 * Walks from the start to the plan by mouse. On each `one` step it picks answer
 * `variant % n`; on each `many` step it ticks answer `variant % n` (and nothing when
 * variant is -1). Returns the titles seen and the answers used.
 */
async function walk(page, variant) {
  const seen = [];
  const used = [];
  for (let moves = 0; moves < 40; moves += 1) {
    const title = await stepTitle(page);
    seen.push(title);
    const step = pathwaySteps().find((s) => s.title === title);
    assert.ok(step, `the heading "${title}" is a step of the data`);
    if (step.kind === 'plan') return { seen, used };
    if (step.kind === 'one') {
      const choice = step.choices[((variant % step.choices.length) + step.choices.length) % step.choices.length];
      used.push(`${step.id}/${choice.id}`);
      await widget(page).getByRole('button', { name: choice.label, exact: true }).click();
    } else {
      if (step.kind === 'many' && variant >= 0) {
        const choice = step.choices[variant % step.choices.length];
        used.push(`${step.id}/${choice.id}`);
        await widget(page).getByRole('checkbox', { name: choice.label, exact: true }).check();
      }
      await widget(page).getByRole('button', { name: step.continue_label || 'Continue', exact: true }).click();
    }
    // The new step's heading takes focus.
    await page.waitForFunction((old) => {
      const h = document.activeElement;
      return h && h.tagName === 'H2' && h.textContent.trim() !== old;
    }, title);
  }
  assert.fail('no plan after 40 moves');
}

test('loads on the demo page under the strict CSP, replacing the fallback, with no errors', async () => {
  const { page, log, context } = await open(env);
  await widgetReady(page);
  assert.equal(await widget(page).locator('.pathway-fallback').count(), 0, 'fallback replaced');
  assert.match(await stepTitle(page), /\S/);
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console.filter((m) => m.startsWith('error') || m.startsWith('warning')), []);
  await context.close();
});

test('every step and every answer of the default data can be reached by mouse, always ending at a plan', async () => {
  const steps = pathwaySteps();
  const maxChoices = Math.max(...steps.map((s) => s.choices?.length || 0));
  const seen = new Set();
  const used = new Set();
  const { page, log, context } = await open(env);
  await widgetReady(page);
  const url = page.url();
  const historyLength = await page.evaluate(() => history.length);
  const requestsAtStart = log.requests.length;
  for (let variant = -1; variant < maxChoices; variant += 1) {
    const result = await walk(page, variant);
    result.seen.forEach((t) => seen.add(t));
    result.used.forEach((u) => used.add(u));
    await widget(page).getByRole('button', { name: 'Start again' }).click();
  }
  for (const step of steps) {
    assert.ok(seen.has(step.title), `step "${step.id}" was reached`);
    for (const choice of step.choices || []) assert.ok(used.has(`${step.id}/${choice.id}`), `answer ${step.id}/${choice.id} was used`);
  }
  assert.deepEqual(log.requests.slice(requestsAtStart), [], 'no request after the widget loaded');
  assert.equal(page.url(), url, 'the URL never changed');
  assert.equal(await page.evaluate(() => history.length), historyLength, 'no history entries');
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a whole journey works by keyboard alone, with focus on each new heading', async () => {
  const { page, log, context } = await open(env, '/index.html', { viewport: { width: 320, height: 700 } });
  await widgetReady(page);
  // Tab from the top of the page: the widget's first stop is "Exit this page".
  const order = [];
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press('Tab');
    const inWidget = await page.evaluate(() => Boolean(document.activeElement.closest('.pathway')));
    if (inWidget) {
      order.push(await page.evaluate(() => document.activeElement.textContent));
      break;
    }
  }
  assert.match(order[0] || '', /Exit this page/, 'exit is first in the focus order');

  const focusedHeading = () => page.evaluate(() => document.activeElement.tagName === 'H2' ? document.activeElement.textContent.trim() : null);
  /** Tabs until the focused element's accessible text matches, then presses `key`. */
  async function tabTo(pattern, key) {
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      const text = await page.evaluate(() => {
        const el = document.activeElement;
        return el.labels && el.labels[0] ? el.labels[0].textContent : el.textContent;
      });
      if (pattern.test(text.trim())) {
        await page.keyboard.press(key);
        return;
      }
    }
    assert.fail(`could not reach ${pattern} by Tab`);
  }
  await tabTo(/^Start$/, 'Enter');
  assert.equal(await focusedHeading(), 'Who is this about?');
  await tabTo(/^It happened to me$/, 'Enter');
  assert.equal(await focusedHeading(), 'What happened?');
  await tabTo(/^Threats$/, 'Space');
  assert.equal(await page.evaluate(() => document.activeElement.checked), true, 'Space ticks');
  await tabTo(/^Continue$/, 'Enter');
  assert.equal(await focusedHeading(), pathwaySteps().find((s) => s.id === 'why').title);
  while (true) {
    const title = await focusedHeading();
    assert.ok(title, 'a heading has focus after each move');
    const step = pathwaySteps().find((s) => s.title === title);
    if (step.kind === 'plan') break;
    if (step.kind === 'one') await tabTo(new RegExp(`^${step.choices[0].label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), 'Enter');
    else await tabTo(new RegExp(`^${step.continue_label || 'Continue'}$`), 'Enter');
  }
  await tabTo(/^Back$/, 'Enter');
  assert.notEqual(await focusedHeading(), null, 'Back moves focus to the previous heading');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 320, `no horizontal scrolling at 320px (scrollWidth ${width})`);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('Exit this page leaves for the neutral page without adding a history entry', async () => {
  const { page, context } = await open(env);
  await widgetReady(page);
  await widget(page).getByRole('button', { name: 'Start' }).click();
  const historyLength = await page.evaluate(() => history.length);
  await Promise.all([
    page.waitForURL(EXIT_URL),
    widget(page).getByRole('link', { name: /Exit this page/ }).click(),
  ]);
  assert.equal(page.url(), EXIT_URL);
  assert.equal(await page.evaluate(() => history.length), historyLength, 'replaced, not pushed');
  await context.close();
});

test('a missing .wasm leaves the fallback in place and logs an error without personal content', async () => {
  const { page, log, context } = await open(env, '/index.html', {
    before: (p) => p.route('**/pathway_widget_bg.wasm', (route) => route.fulfill({ status: 404, body: 'gone' })),
  });
  for (let i = 0; i < 50 && !log.console.some((m) => m.includes('could not start')); i += 1) await page.waitForTimeout(100);
  assert.equal(await widget(page).locator('.pathway-fallback').count(), 1, 'fallback still there');
  assert.ok(await page.getByRole('link', { name: '999' }).isVisible(), 'key numbers still visible');
  assert.ok(log.console.some((m) => m.startsWith('error: Pathway widget: could not start')), log.console.join('\n'));
  await context.close();
});
