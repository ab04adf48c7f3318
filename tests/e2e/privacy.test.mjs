// The privacy and safety rules of docs/PRIVACY.md (1 to 4, 6 to 9), each proven on complete
// journeys in a real browser: no request after load and none to another origin; nothing
// stored; URL, hash and history unchanged; nothing chosen in the console, the title or the
// host page; strict CSP with zero violations; data links with a bad scheme never render;
// and a failed load or bad data keeps the host's fallback with an error free of personal
// content.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, brokenPathway } from './harness.mjs';
import { Widget, NOTHING_STORED } from './widget.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });


/** Walks every path of the default data and opens the safety page, by mouse. */
async function everyPath(w) {
  const result = await w.walkAll();
  await w.root.getByRole('button', { name: 'Staying safe on this device' }).click();
  await w.root.getByRole('button', { name: 'Back to where you were' }).click();
  return result;
}

test('rules 1 and 6: every request is to the page\'s own origin, and none at all after the widget has loaded', async () => {
  const w = await Widget.open(env);
  const { log, context } = w;
  const afterLoad = log.requests.length;
  await everyPath(w);
  assert.deepEqual(log.requests.slice(afterLoad), [], 'no request during the journeys');
  const origin = new URL(env.base).origin;
  assert.deepEqual(log.requests.filter((url) => new URL(url).origin !== origin), [], 'no other origin');
  await context.close();
});

test('rule 2: no cookie, storage, IndexedDB, Cache Storage or service worker after every path', async () => {
  const w = await Widget.open(env);
  await everyPath(w);
  assert.deepEqual(await w.stored(), NOTHING_STORED);
  await w.context.close();
});

test('rule 3: the URL, hash and history length never change', async () => {
  const w = await Widget.open(env, '/index.html#support', {
    before: (p) => p.addInitScript(() => { window.__historyAtStart = history.length; }),
  });
  const { page, context } = w;
  // As the page was before any script ran, so a change while loading counts too.
  const before = { url: `${env.base}/index.html#support`, hash: '#support', length: await page.evaluate(() => window.__historyAtStart) };
  await everyPath(w);
  const afterwards = await page.evaluate(() => ({ url: location.href, hash: location.hash, length: history.length }));
  assert.deepEqual(afterwards, before);
  await context.close();
});

test('rule 4: nothing chosen reaches the console, the title or the host page outside the widget', async () => {
  const w = await Widget.open(env);
  const { page, log, context } = w;
  const title = await page.title();
  const host = await page.evaluate(() => [...document.querySelector('[data-pathway-widget]').attributes].map((a) => `${a.name}=${a.value}`));
  await w.takeHostChanges(); // the loader's stylesheet link is expected
  const { labels } = await everyPath(w);
  assert.ok(labels.size > 20, 'many answers were chosen');
  assert.deepEqual(log.console, [], 'the console stays silent during the journeys');
  assert.equal(await page.title(), title, 'the title is the host\'s');
  assert.deepEqual(await w.takeHostChanges(), [], 'no change to the page outside the widget');
  const hostAfter = await page.evaluate(() => [...document.querySelector('[data-pathway-widget]').attributes].map((a) => `${a.name}=${a.value}`));
  assert.deepEqual(hostAfter, host, 'the host element\'s attributes are untouched');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('rule 7: zero CSP violations on every path under the strict policy', async () => {
  const w = await Widget.open(env);
  const { page, context } = w;
  await everyPath(w);
  assert.deepEqual(await w.cspViolations(), []);
  const styled = await page.evaluate(() => __widget().querySelectorAll('[style], style, script').length + document.querySelectorAll('style, script:not([src])').length);
  assert.equal(styled, 0, 'no inline style or script anywhere');
  await context.close();
});

/** Opens a host page whose widget takes its data from `src` (served as `body`, of
 *  `contentType`, if given), and waits for the outcome. */
async function hostWithData(src, body, contentType = 'application/json') {
  const serve = (_page, context) => body && context.route(`${env.base}${src}`, (route) => route.fulfill({ contentType, body }));
  const opened = await Widget.host(env, `data-src="${src}"`, { ready: false, before: serve });
  const { page, log } = opened;
  for (let i = 0; i < 50; i += 1) {
    if (log.console.some((m) => m.startsWith('error')) || (await page.locator('.pathway__exit').count())) break;
    await page.waitForTimeout(100);
  }
  return opened;
}

/** The fallback is still in place and the console names the problem, with no personal content. */
async function assertFallbackKept({ page, log }, expected) {
  assert.ok(await page.locator('.pathway-fallback').isVisible(), 'the fallback stays');
  assert.equal(await page.locator('.pathway').count(), 0, 'no widget box');
  assert.ok(await page.getByRole('link', { name: '999' }).isVisible(), 'the key number is still there');
  const errors = log.console.filter((m) => m.startsWith('error: Pathway widget:'));
  assert.ok(errors.some((m) => expected.test(m)), `an error matching ${expected}:\n${log.console.join('\n')}`);
}

test('rule 8: host data with a link of a bad scheme is refused, so no such link ever renders', async () => {
  const opened = await hostWithData('/e2e-bad-link.json', brokenPathway((pathway) => { pathway.contacts[1].href = 'javascript:alert(1)'; }));
  await assertFallbackKept(opened, /\/e2e-bad-link\.json: contacts\[1\]\.href: .*javascript/);
  assert.equal(await opened.page.locator('a[href^="javascript:"]').count(), 0);
  await opened.context.close();
});

test('rule 9: a broken data file keeps the fallback and logs the file, the JSON path and the fix', async () => {
  const dangling = brokenPathway((pathway) => { pathway.steps[1].choices[1].next = 'nowhere'; });
  for (const [src, expected, body] of [
    ['/tests/fixtures/syntax.json', /syntax\.json: .*line \d+ column \d+\n\s+fix: /],
    ['/e2e-dangling-reference.json', /dangling-reference\.json: steps\[\d+\]\..*\n\s+fix: /, dangling],
    ['/tests/fixtures/wrong-kinds.json', /wrong-kinds\.json: steps\[1\]\.intro: expected a list .*\n\s+fix: /],
  ]) {
    const opened = await hostWithData(src, body);
    await assertFallbackKept(opened, expected);
    await opened.context.close();
  }
});

test('rule 9: data-src that is missing, on another origin, not JSON or too big keeps the fallback, with the fix in the console', async () => {
  const valid = readFileSync(new URL('../fixtures/valid.json', import.meta.url), 'utf8');
  for (const [src, expected, body, type] of [
    ['/tests/fixtures/no-such-file.json', /answered 404\. Fix: /],
    ['https://example.org/pathway.json', /is not on this site\. Fix: /],
    ['/e2e-as-html.json', /was sent as "text\/html", not JSON\. Fix: serve \.json files as application\/json\./, valid, 'text/html'],
    ['/e2e-too-big.json', /is over 1000000 bytes\. Fix: /, `${valid.slice(0, -2)}, "$comment": "${'x'.repeat(1_000_000)}" }`],
  ]) {
    const opened = await hostWithData(src, body, type);
    await assertFallbackKept(opened, expected);
    assert.ok(!opened.log.requests.some((url) => url.startsWith('https://example.org')), 'no request to the other origin');
    await opened.context.close();
  }
});

test('rule 9: a missing .wasm shows the static version and logs an error without personal content; with that missing too, the fallback stays', async () => {
  const missing = (paths) => (p) => p.route(new RegExp(`(${paths.join('|')})$`), (route) => route.fulfill({ status: 404, body: 'gone' }));
  const shown = await Widget.open(env, '/index.html', { ready: false, before: missing(['pathway_widget_bg\\.wasm']) });
  await shown.page.locator('.pathway--static').waitFor();
  assert.equal(await shown.page.locator('.pathway-fallback').isVisible(), false, 'the static version takes the fallback\'s place');
  assert.ok(await shown.page.locator('.pathway--static a[href="tel:999"]').first().isVisible(), '999 is there');
  assert.deepEqual(shown.log.console.filter((m) => m.includes('Pathway')), ['error: Pathway widget: could not start, so it shows its simple version (or, failing that, the page\'s own content) with the exit link. the .wasm file answered 404']);
  assert.deepEqual(await shown.axe('static version'), []);
  assert.deepEqual(await shown.cspViolations(), []);
  await shown.context.close();

  const kept = await Widget.open(env, '/index.html', { ready: false, before: missing(['pathway_widget_bg\\.wasm', 'pathway-static\\.html']) });
  for (let i = 0; i < 50 && !kept.log.console.some((m) => m.includes('either')); i += 1) await kept.page.waitForTimeout(100);
  await assertFallbackKept(kept, /^error: Pathway widget: the simple version could not be shown either \(the static version answered 404\)\. The page's own content stays in place\.$/);
  await kept.context.close();
});

test('valid host data from data-src is used instead of the default', async () => {
  const w = await hostWithData('/tests/fixtures/valid.json');
  const { log, context } = w;
  await w.ready();
  assert.equal(await w.root.locator('h2').first().textContent(), 'Start');
  assert.deepEqual(log.console, []);
  assert.deepEqual(await w.cspViolations(), []);
  await context.close();
});

test('rule 4 with typing: text typed into every kind of field, in every mode, never reaches the console, the title or the page outside the widget, in whole or in part', async () => {
  for (const [mode, attributes, toRecord] of [
    ['self-help', '', 'Write down what happened'],
    ['staff', 'data-mode="staff"', 'Consent and handover record'],
    ['third-party', 'data-mode="third-party"', null],
  ]) {
    const w = await Widget.host(env, attributes);
    await w.baseline();
    if (toRecord) await w.button(toRecord).click();
    const typed = [];
    const parts = await w.root.getByRole('button', { name: /^Change / }).count();
    assert.ok(parts >= 2, `${mode}: the record has parts to fill in`);
    for (let part = 0; part < parts; part += 1) {
      await w.root.getByRole('button', { name: /^Change / }).nth(part).click();
      const boxes = w.root.locator('input[type=text], input:not([type]), textarea');
      const count = await boxes.count();
      for (let n = 0; n < count; n += 1) {
        const text = `Quillwort${mode.replace('-', '')}${part}x${n} wrote Vermilion${n} secret`;
        await boxes.nth(n).fill(text);
        typed.push(text);
      }
      const dates = w.root.locator('input[type=date]');
      for (let n = 0; n < await dates.count(); n += 1) await dates.nth(n).fill('2026-11-20');
      await w.root.getByRole('button', { name: 'Done' }).click();
    }
    assert.ok(typed.length >= 10, `${mode}: every kind of text box was filled (${typed.length})`);
    await w.privacyHeld({ typed });
    await w.context.close();
  }
});
