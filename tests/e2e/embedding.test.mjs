// Embedding in real portals (issue 6): the example GP, council and police pages, each with
// hostile CSS, the strict CSP and an analytics script, embed the widget by attribute,
// custom element and sandboxed iframe. Each works by keyboard and mouse at 320 and 1280 px
// with zero CSP violations and a clean axe run; the host's CSS does not change the widget
// and the widget does not change the host; two widgets keep their own state; attribute
// changes, removal and a bad data-src behave; quick exit inside the iframe leaves the top
// page; the iframe's messages carry nothing personal and the host's script sees nothing of
// it. The snippets in docs/EMBEDDING.md work pasted into a plain page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, open, EXIT_URL, brokenPathway } from './harness.mjs';
import { Widget } from './widget.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

const FIRST_TITLE = 'Help after someone targeted you';
const TYPED = 'He followed me home from the library and shouted at me';
const EXAMPLES = [
  { name: 'gp', method: 'attribute' },
  { name: 'council', method: 'custom element' },
  { name: 'police', method: 'iframe' },
];

/** An example portal page; the widget is in the page or, for the iframe method, its frame. */
const openExample = (name, options) => Widget.open(env, `/examples/${name}/`, options);

/** From the first screen to the form of the record's first incident. */
async function toIncidentForm(w) {
  await w.openScreen('Start');
  await w.openScreen('Write down what happened');
  await w.openScreen(/^Change Incident 1/);
}

/** Waits (up to 5 s) for a console message that includes `text`. */
async function logged(log, text) {
  for (let i = 0; i < 50; i += 1) {
    if (log.console.some((m) => m.includes(text))) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  assert.fail(`no console message with ${text}:\n${log.console.join('\n')}`);
}

for (const { name, method } of EXAMPLES) {
  for (const viewport of [{ width: 320, height: 700 }, { width: 1280, height: 900 }]) {
    test(`${name} page (${method}) at ${viewport.width}px: works by keyboard and by mouse, zero CSP violations, axe clean, no sideways scroll`, async () => {
      const w = await openExample(name, { viewport });
      const { page, log, context, scope } = w;
      assert.equal(await w.title(), FIRST_TITLE);
      // Focus in the page or in the frame, on a control reading exactly "Start".
      await w.tabTo('Start', { limit: 60, press: 'Enter' });
      await w.headingFocused({ not: FIRST_TITLE });
      const second = await w.title();
      await scope.locator('.pathway__choice').first().click();
      await w.headingFocused({ not: second });
      assert.deepEqual(await w.cspViolations(), []);
      assert.deepEqual(await w.axe(), []);
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scrolling');
      assert.deepEqual(log.errors, []);
      assert.deepEqual(log.console.filter((m) => /^(error|warning)/.test(m)), []);
      await context.close();
    });
  }
}

// Everything a host rule could change, inherited or not.
const PROPERTIES = [
  'display', 'visibility', 'opacity', 'appearance', 'box-sizing', 'font-family', 'font-size', 'font-weight',
  'font-style', 'line-height', 'letter-spacing', 'word-spacing', 'text-transform', 'text-align', 'text-indent',
  'text-shadow', 'white-space', 'color', 'background-color', 'margin-top', 'margin-bottom', 'padding-top',
  'padding-left', 'border-top-width', 'border-top-left-radius', 'list-style-type', 'hyphens',
];

/**
 * Computed styles of the first element matching each selector: in the widget (`.pathway`
 * is its root), or on the host page outside the widget's element (not its fallback).
 */
function stylesOf(scope, selectors, where) {
  return scope.evaluate(({ selectors, properties, where }) => Object.fromEntries(selectors.map((selector) => {
    const el = where === 'widget'
      ? (selector === '.pathway' ? __widget() : __widget().querySelector(selector))
      : document.querySelector(`${selector}:not([data-pathway-widget] *, pathway-navigator *)`);
    if (!el) return [selector, 'missing'];
    const style = getComputedStyle(el);
    return [selector, Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]))];
  })), { selectors, properties: PROPERTIES, where });
}

const START_PARTS = ['.pathway', 'h2', 'p', '.pathway__exit', '.pathway__exit-hint', '[role=status]', '.pathway__progress', '.pathway__button', 'a[href^="tel:"]', 'ul'];
const FORM_PARTS = ['label', 'legend', '.pathway__hint', 'input[type=checkbox]', 'input[type=radio]', 'input:not([type])', 'textarea', '.pathway__button'];

/** The widget's styles on its first screen and on the "About you" form. */
async function stylesThrough(w) {
  const first = await stylesOf(w.scope, START_PARTS, 'widget');
  await w.openScreen('Write down what happened');
  await w.openScreen(/^Change About you/);
  return { first, form: await stylesOf(w.scope, FORM_PARTS, 'widget') };
}

test('the host pages\' hostile CSS does not change the widget: its styles equal those on a plain page with the same theme', async () => {
  for (const { name } of EXAMPLES) {
    const example = await openExample(name);
    // The theme a host sets on purpose reaches the widget; nothing else may.
    const theme = await example.page.evaluate(() => {
      const host = document.querySelector('[data-pathway-widget], pathway-navigator');
      const style = host && getComputedStyle(host);
      return ['--pathway-brand', '--pathway-font', '--pathway-radius']
        .map((p) => [p, style ? style.getPropertyValue(p).trim() : '']).filter(([, v]) => v)
        .map(([p, v]) => `${p}: ${v};`).join(' ');
    });
    const styles = await stylesThrough(example);
    await example.context.close();

    const plain = await Widget.open(env, '/e2e-plain.html', {
      before: async (_page, context) => {
        await context.route(`${env.base}/e2e-theme.css`, (r) => r.fulfill({ contentType: 'text/css', body: `[data-pathway-widget] { ${theme} }` }));
        await context.route(`${env.base}/e2e-plain.html`, (r) => r.fulfill({
          contentType: 'text/html',
          headers: { 'Content-Security-Policy': "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'" },
          body: `<!doctype html><html lang="en"><title>Plain</title><link rel="stylesheet" href="/e2e-theme.css">
            <div data-pathway-widget data-exit-url="${EXIT_URL}">fallback</div><script type="module" src="/dist/pathway-widget.js"></script>`,
        }));
      },
    });
    assert.deepEqual(styles, await stylesThrough(plain), `${name}: the widget looks as it does on a plain page`);
    await plain.context.close();
  }
});

// Host parts whose look the widget could change if its CSS leaked.
const HOST_PARTS = ['body', 'h1', 'main p', 'header a', 'nav a', 'footer a', 'footer p', 'ul', 'li', 'h2', 'button'];

const hostStyles = (page) => stylesOf(page, HOST_PARTS, 'host');

test('the widget does not change the host pages: their styles are as without it, and it writes nothing outside itself', async () => {
  for (const { name } of EXAMPLES) {
    const without = await open(env, `/examples/${name}/`, { before: (_p, context) => context.route('**/dist/**', (r) => r.abort()) });
    await without.page.waitForTimeout(300);
    const alone = await hostStyles(without.page);
    await without.context.close();

    const w = await openExample(name);
    const { page, context, scope } = w;
    await w.takeHostChanges();
    assert.deepEqual(await hostStyles(page), alone, `${name}: the host page looks as it does without the widget`);
    await toIncidentForm(w);
    await scope.getByLabel('What happened', { exact: true }).fill(TYPED);
    assert.deepEqual(await hostStyles(page), alone, `${name}: still, after using it`);
    const changes = await w.takeHostChanges();
    // The iframe snippet sets the frame's height: the one change the host asked for.
    assert.deepEqual(changes.filter((c) => !(name === 'police' && c === 'attributes of iframe[style]')), [], `${name}: ${changes}`);
    await context.close();
  }
});

test('two widgets on one page keep their own state, and both hear Shift', async () => {
  const { page, context } = await openExample('council');
  await page.evaluate(() => {
    const second = document.createElement('pathway-navigator');
    second.setAttribute('exit-url', 'https://www.bbc.co.uk/weather');
    second.textContent = 'Call 999 in an emergency.';
    document.querySelector('main').append(second);
  });
  await page.waitForFunction(() => __widget(1) !== null);
  const [one, two] = [page.locator('.pathway').nth(0), page.locator('.pathway').nth(1)];
  await one.getByRole('button', { name: 'Start' }).click();
  await one.getByRole('button', { name: 'Write down what happened' }).click();
  await one.getByRole('button', { name: /^Change Incident 1/ }).click();
  await one.getByLabel('What happened', { exact: true }).fill(TYPED);
  assert.equal((await two.locator('h2').first().textContent()).trim(), FIRST_TITLE, 'the second is still on its first screen');
  await two.getByRole('button', { name: 'Write down what happened' }).click();
  assert.match(await two.innerText(), /No incidents written down yet|Nothing written about what happened yet/);
  assert.doesNotMatch(await two.innerText(), new RegExp(TYPED));
  const ids = await page.evaluate(() => [__widget(0), __widget(1)].map((w) => [...w.querySelectorAll('[id]')].map((e) => e.id)));
  assert.equal(ids[0].filter((id) => ids[1].includes(id)).length, 0, 'no id is used by both');
  await page.locator('h1').click();
  await page.keyboard.press('Shift');
  for (const widget of [one, two]) {
    await widget.getByRole('status').filter({ hasText: /press 2 more times/ }).waitFor();
  }
  await context.close();
});

test('<pathway-navigator> follows its attributes and frees everything when removed', async () => {
  const w = await openExample('council');
  const { page, log, context } = w;
  const widget = w.root;
  await widget.getByRole('button', { name: 'Start' }).click();
  const second = await w.title();
  const set = (name, value) => page.evaluate(([n, v]) => document.querySelector('pathway-navigator').setAttribute(n, v), [name, value]);
  const exitHref = () => widget.locator('.pathway__exit').getAttribute('href');

  await set('exit-url', 'https://www.example.org/');
  await page.waitForFunction(() => __widget().querySelector('.pathway__exit').getAttribute('href') === 'https://www.example.org/');
  assert.equal(await w.title(), second, 'a new exit address keeps the person where they were');

  // The second screen's answers are buttons in the link colour, which is the brand.
  const answerColour = () => widget.locator('.pathway__choice').first().evaluate((el) => getComputedStyle(el).color);
  await set('theme', 'brand: #8a1538');
  await page.waitForFunction(() => getComputedStyle(__widget().querySelector('.pathway__choice')).color === 'rgb(138, 21, 56)');
  await set('theme', 'brand: #ffdd00');
  await page.waitForFunction(() => __widget().classList.contains('pathway--default-theme'));
  assert.equal(await answerColour(), 'rgb(29, 79, 145)', 'the widget\'s own link colour');
  await logged(log, 'warning: Pathway widget: --pathway-brand "#ffdd00"');

  await set('lang', 'cy');
  await logged(log, 'lang="cy" has no language pack');
  assert.equal(await widget.getAttribute('lang'), 'en', 'the widget says its text is English');

  await set('setting', 'acute');
  await set('mode', 'staff');
  await page.waitForFunction(() => __widget().querySelector('h2').textContent.trim() === 'Guide for staff');
  assert.equal(await widget.getByRole('radio', { name: /^Acute:/, includeHidden: true }).first().isChecked(), true, 'the setting attribute is used');

  // Removed: the widget and its key listeners are gone, so Shift three times does nothing.
  await page.evaluate(() => { window.__removed = document.querySelector('pathway-navigator'); window.__removed.remove(); });
  assert.equal(await page.evaluate(() => window.__removed.shadowRoot.querySelector('.pathway')), null, 'unmounted');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
  await page.waitForTimeout(500);
  assert.match(page.url(), /\/examples\/council\/$/, 'a removed widget does not leave the page');

  // Added again: a fresh widget, in the mode its attributes give.
  await page.evaluate(() => document.querySelector('main').append(window.__removed));
  await page.waitForFunction(() => __widget()?.querySelector('h2')?.textContent.trim() === 'Guide for staff');
  // Removed and put back in one go, as a host script that moves it does: still one widget.
  await page.evaluate(() => {
    const element = document.querySelector('pathway-navigator');
    element.remove();
    document.querySelector('main').append(element);
    element.remove();
    document.querySelector('main').prepend(element);
  });
  await page.waitForTimeout(300);
  await page.waitForFunction(() => __widget()?.querySelector('h2')?.textContent.trim() === 'Guide for staff');
  assert.equal(await page.evaluate(() => document.querySelector('pathway-navigator').shadowRoot.querySelectorAll('.pathway').length), 1, 'one widget');
  await widget.getByRole('button', { name: 'Clear screen' }).click();
  await page.waitForFunction(() => __widget()?.querySelector('h2')?.textContent.trim() === 'Guide for staff');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a bad data-src keeps the fallback and names the problem, on a new element and on a changed one', async () => {
  const { page, log, context } = await openExample('council', {
    before: (_p, c) => c.route(`${env.base}/e2e-bad.json`, (r) => r.fulfill({
      contentType: 'application/json', body: brokenPathway((pathway) => { pathway.steps[1].choices[1].next = 'nowhere'; }),
    })),
  });
  await page.evaluate(() => {
    const bad = document.createElement('pathway-navigator');
    bad.id = 'bad';
    bad.setAttribute('data-src', '/e2e-bad.json');
    bad.innerHTML = '<p>In danger now? Call <a href="tel:999">999</a>.</p>';
    document.querySelector('main').append(bad);
  });
  await logged(log, 'error: Pathway widget: invalid pathway data: /e2e-bad.json');
  assert.ok(await page.locator('#bad a[href="tel:999"]').isVisible(), 'the fallback shows');
  assert.equal(await page.evaluate(() => document.querySelector('#bad').shadowRoot.querySelector('.pathway')), null);

  // The working widget pointed at bad data: it stops, and its fallback comes back.
  await page.evaluate(() => document.querySelector('pathway-navigator').setAttribute('data-src', '/e2e-bad.json'));
  await page.waitForFunction(() => document.querySelector('pathway-navigator').shadowRoot.querySelector('.pathway') === null);
  assert.ok(await page.locator('pathway-navigator').first().getByRole('link', { name: '999' }).first().isVisible());
  await context.close();
});

test('iframe: quick exit by a click inside the frame leaves the top page, with no referrer', async () => {
  const w = await openExample('police');
  const { page, log, context, scope } = w;
  // Waits for the frame to settle at the next screen's size, so the click lands on exit.
  await w.openScreen('Start');
  await Promise.all([page.waitForURL(EXIT_URL), scope.getByRole('link', { name: /Exit this page/ }).click()]);
  assert.deepEqual(log.exitReferrers, [''], 'one navigation, and the neutral site is not told where the person was');
  await context.close();
});

test('iframe: without the host snippet, a click on exit still leaves the top page', async () => {
  const { page, log, context, scope } = await openExample('police', {
    before: (_p, c) => c.route('**/dist/pathway-frame.js', (r) => r.fulfill({ contentType: 'text/javascript', body: '' })),
  });
  await Promise.all([page.waitForURL(EXIT_URL), scope.getByRole('link', { name: /Exit this page/ }).click()]);
  assert.deepEqual(log.exitReferrers, ['']);
  await context.close();
});

test('iframe: quick exit by Shift three times inside the frame leaves the top page', async () => {
  const w = await openExample('police');
  const { page, log, context, scope } = w;
  await scope.getByRole('button', { name: 'Start' }).click();
  await w.headingFocused({ not: FIRST_TITLE });
  // Long enough for the click to stop counting as the person's action (5 s in Chromium):
  // Shift alone never counts, so the frame cannot move the top page and the host snippet,
  // told by message, must.
  await page.waitForTimeout(5500);
  await Promise.all([
    page.waitForURL(EXIT_URL),
    (async () => { for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift'); })(),
  ]);
  assert.deepEqual(log.exitReferrers, ['']);
  await context.close();
});

test('iframe: the host page\'s script sees nothing of the frame, and the frame posts only its height', async () => {
  const w = await openExample('police', {
    before: (p) => p.addInitScript(() => {
      if (window !== top) return;
      window.__messages = [];
      addEventListener('message', (e) => window.__messages.push(e.data));
    }),
  });
  const { page, context, scope } = w;
  await toIncidentForm(w);
  await scope.getByLabel('What happened', { exact: true }).fill(TYPED);
  await scope.getByLabel('What happened', { exact: true }).press('Tab');
  const seen = await page.evaluate(() => ({
    analytics: JSON.stringify(window.siteAnalytics.events),
    frameDocument: document.querySelector('iframe').contentDocument,
    messages: window.__messages,
    height: document.querySelector('iframe').getBoundingClientRect().height,
  }));
  assert.doesNotMatch(seen.analytics, /followed me home/, 'the analytics script saw nothing typed in the frame');
  assert.equal(seen.frameDocument, null, 'the host cannot reach into the frame');
  assert.ok(seen.messages.length > 0);
  for (const message of seen.messages) {
    assert.match(String(message), /^pathway:height:\d+$/);
    assert.equal(Number(String(message).split(':')[2]) % 400, 0, 'heights in steps of 400px, which say little about the screen');
  }
  assert.ok(seen.height > 640 && seen.height <= 900, `the frame is fitted to its content, at most the window's height (${seen.height})`);
  assert.deepEqual(await w.cspViolations(), []);
  await context.close();
});

test('inline, by contrast: the host page\'s own scripts can read what is typed (docs/EMBEDDING.md says so)', async () => {
  const w = await openExample('gp');
  const { page, context, scope } = w;
  await toIncidentForm(w);
  await scope.getByLabel('What happened', { exact: true }).fill(TYPED);
  assert.match(await page.evaluate(() => JSON.stringify(window.siteAnalytics.events)), /followed me home/);
  await context.close();
});

test('the JS API: mount, update and destroy from a host script, also on an element that cannot have a shadow root (given one inside it)', async () => {
  const { page, log, context } = await openExample('council');
  const result = await page.evaluate(async () => {
    const { mount } = await import('/dist/pathway-widget.js');
    const heading = (root) => root.querySelector('.pathway h2')?.textContent.trim();
    const settle = () => new Promise((done) => setTimeout(done, 50));
    const div = document.createElement('div');
    div.textContent = 'Fallback: call 999.';
    document.querySelector('main').append(div);
    const handle = mount(div, { exitUrl: 'https://www.example.org/', mode: 'staff', setting: 'community' });
    await settle();
    const staff = heading(div.shadowRoot);
    const setting = () => div.shadowRoot.querySelector('input[type=radio]:checked').labels[0].textContent.split(':')[0];
    const community = setting();
    handle.update({ setting: 'acute' });
    await settle();
    const acute = setting();
    const kept = div.shadowRoot.querySelector('.pathway__exit').getAttribute('href');
    let twice = '';
    try { mount(div); } catch (error) { twice = error.message; }
    handle.destroy();
    handle.destroy();
    const after = { widget: div.shadowRoot.querySelector('.pathway'), text: div.innerText };
    // A list item cannot have a shadow root: the widget gets one on a `<div>` made inside
    // it, so it is styled as anywhere else and its inputs stay out of any host form.
    const item = document.createElement('li');
    item.textContent = 'Fallback in a list item.';
    document.querySelector('main').append(item);
    const inline = mount(item);
    await settle();
    const inner = item.firstElementChild.shadowRoot;
    const exitColour = getComputedStyle(inner.querySelector('.pathway__exit')).backgroundColor;
    inline.destroy();
    return { staff, community, acute, kept, twice, after, exitColour, emptied: inner.querySelector('.pathway'), itemText: item.innerText };
  });
  assert.equal(result.staff, 'Guide for staff');
  assert.deepEqual([result.community, result.acute], ['Community', 'Acute'], 'the setting given, then the one updated');
  assert.equal(result.kept, 'https://www.example.org/', 'update keeps the options it is not given');
  assert.match(result.twice, /already has a widget/);
  assert.deepEqual(result.after, { widget: null, text: 'Fallback: call 999.' }, 'destroy (twice) brings the fallback back');
  assert.equal(result.exitColour, 'rgb(212, 53, 28)', 'styled in the inner shadow root too');
  assert.equal(result.emptied, null);
  assert.match(result.itemText, /Fallback in a list item\./, 'its fallback is back after destroy');
  assert.deepEqual(log.errors, []);
  await context.close();
});

/** The code blocks of docs/EMBEDDING.md marked `<!-- snippet: NAME -->`. */
function snippets() {
  const text = readFileSync(new URL('../../docs/EMBEDDING.md', import.meta.url), 'utf8');
  return [...text.matchAll(/<!-- snippet: ([\w-]+) -->\s*```html\n([\s\S]*?)```/g)].map(([, name, code]) => ({ name, code }));
}

test('each snippet in docs/EMBEDDING.md, pasted into a plain page, gives a working widget', async () => {
  const found = snippets();
  assert.deepEqual(found.map((s) => s.name), ['attribute', 'custom-element', 'iframe']);
  for (const { name, code } of found) {
    // The docs use https://widget.example.org for the widget's origin; here it is this server.
    const body = code.replaceAll('https://widget.example.org', env.base);
    const w = await Widget.open(env, '/e2e-paste.html', {
      before: async (_p, c) => c.route(`${env.base}/e2e-paste.html`, (r) => r.fulfill({
        contentType: 'text/html',
        headers: { 'Content-Security-Policy': "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; frame-src 'self'" },
        body: `<!doctype html><html lang="en"><title>Pasted</title><main><h1>Pasted</h1>${body}</main>`,
      })),
    });
    const { log, context, scope } = w;
    await scope.getByRole('button', { name: 'Start' }).click();
    await w.headingFocused({ not: FIRST_TITLE });
    assert.deepEqual(await w.cspViolations(), [], name);
    assert.deepEqual(log.console.filter((m) => /^(error|warning)/.test(m)), [], name);
    await context.close();
  }
});

test('an async loader that runs before the page has been read still mounts every widget', async () => {
  // The page stops at a slow script in <head> until the loader has started, so the loader
  // runs while the elements below are not there yet.
  const w = await Widget.open(env, '/e2e-early.html', {
    ready: false,
    before: async (p, c) => {
      const wasmLoaded = p.waitForResponse((r) => r.url().endsWith('/pathway_widget_bg.wasm'));
      await c.route(`${env.base}/e2e-slow.js`, async (r) => {
        await wasmLoaded;
        await new Promise((done) => setTimeout(done, 500));
        await r.fulfill({ contentType: 'text/javascript', body: 'window.slowDone = document.readyState;' });
      });
      await c.route(`${env.base}/e2e-early.html`, (r) => r.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><title>Early</title>
          <script type="module" async src="/dist/pathway-widget.js"></script><script src="/e2e-slow.js"></script></head>
          <body><main><div data-pathway-widget data-exit-url="${EXIT_URL}">one</div><pathway-navigator exit-url="${EXIT_URL}">two</pathway-navigator></main></body></html>`,
      }));
    },
  });
  const { page, log, context } = w;
  await page.getByRole('link', { name: /Exit this page/ }).nth(1).waitFor();
  assert.equal(await page.evaluate(() => window.slowDone), 'loading', 'the slow script ran while the page was being read');
  assert.equal(await page.locator('.pathway').count(), 2);
  assert.deepEqual(log.errors, []);
  await context.close();
});
