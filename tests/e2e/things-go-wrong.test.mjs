// Safe when things go wrong (docs/PRIVACY.md, rules 4 and 5), in a real browser: quick exit
// with the .wasm blocked, slowed by 8 seconds, or WebAssembly switched off (the static
// version showing, or the fallback while the .wasm is slow); nothing
// restored by Back from the back-forward cache of a page served as a CMS serves it; a host
// script that pollutes Object.prototype; and spelling help off in every text box.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, EXIT_URL } from './harness.mjs';
import { Widget } from './widget.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

/** A page to have visited first, so that Back has somewhere to go. */
const EARLIER = '/demo/host.css';

/** What was typed, and the pieces of it a test looks for one by one. */
const TYPED = 'Marigold-7741 shouted outside number 12';
const PIECES = ['Marigold', '7741', 'shouted outside', 'outside number'];

/**
 * The exit link showing while no widget runs, found through the shadow root: the loader's
 * over the fallback, or the host's own in it (hidden once the static version replaces it).
 */
const earlyExit = (page) => page.locator('[data-pathway-widget]').getByRole('link', { name: 'Exit this page' }).filter({ visible: true });

/** Presses Shift three times on the host page, outside the widget. */
async function shiftThreeTimes(page) {
  await page.locator('h1').click();
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
}

/** Leaving replaced the page (Back goes to the page before) and sent no referrer. */
async function assertLeft(w, historyLength) {
  await w.page.waitForURL(EXIT_URL);
  assert.equal(await w.page.evaluate(() => history.length), historyLength, 'replaced, not pushed');
  assert.deepEqual(w.log.exitReferrers, [''], 'the neutral site is not told which page the person left');
  await w.page.goBack();
  assert.ok(w.page.url().endsWith(EARLIER), `Back goes to the page before, not to the widget's (${w.page.url()})`);
}

/** Conditions with no widget running, and what shows under the exit link meanwhile. */
const WITHOUT_THE_WIDGET = [
  ['the .wasm blocked', 'shift', 'the static version', async (_page, context) => context.route('**/pathway_widget_bg.wasm', (route) => route.abort())],
  ['the .wasm blocked', 'link', 'the static version', async (_page, context) => context.route('**/pathway_widget_bg.wasm', (route) => route.abort())],
  ['the .wasm slowed by 8 s', 'shift', 'the fallback', async (_page, context) => context.route('**/pathway_widget_bg.wasm', async (route) => {
    await new Promise((wait) => setTimeout(wait, 8000));
    await route.continue().catch(() => {});
  })],
  ['WebAssembly switched off (as iOS Lockdown Mode does)', 'shift', 'the static version', async (page) => page.addInitScript(() => { delete globalThis.WebAssembly; })],
  ['WebAssembly switched off (as iOS Lockdown Mode does)', 'link', 'the static version', async (page) => page.addInitScript(() => { delete globalThis.WebAssembly; })],
];

for (const [condition, how, showing, before] of WITHOUT_THE_WIDGET) {
  test(`with ${condition}, ${showing} shows and ${how === 'shift' ? 'Shift pressed three times' : 'the exit link'} leaves with location.replace`, async () => {
    const w = await Widget.open(env, '/index.html', { ready: false, from: EARLIER, before });
    await earlyExit(w.page).waitFor();
    if (showing === 'the static version') {
      await w.page.locator('.pathway--static').waitFor();
      assert.equal(await w.page.locator('.pathway-fallback').isVisible(), false, 'in place of the fallback');
    } else {
      assert.equal(await w.page.evaluate(() => __widget()), null, 'no widget is running');
      assert.ok(await w.page.locator('.pathway-fallback').isVisible(), 'the fallback shows');
    }
    const historyLength = await w.page.evaluate(() => history.length);
    if (how === 'shift') await shiftThreeTimes(w.page);
    else await earlyExit(w.page).click();
    await assertLeft(w, historyLength);
    await w.context.close();
  });
}

test('the fallback\'s exit link is its first stop by keyboard, and a host\'s own marked link is used instead', async () => {
  const w = await Widget.open(env, '/index.html', {
    ready: false, from: EARLIER, before: (_page, context) => context.route('**/pathway_widget_bg.wasm', (route) => route.abort()),
  });
  await w.page.locator('.pathway--static').waitFor();
  await w.page.locator('h1').click();
  let first = '';
  for (let i = 0; i < 20 && !first; i += 1) {
    await w.page.keyboard.press('Tab');
    first = await w.page.evaluate(() => (__active().closest?.('.pathway-early-exit, .pathway-fallback') ? __active().textContent : ''));
  }
  assert.equal(first, 'Exit this page', 'reached before the fallback\'s own links');
  await w.context.close();

  const own = await Widget.host(env, `data-exit-url="${EXIT_URL}"`, {
    ready: false,
    extra: '',
    from: EARLIER,
    before: async (_page, context) => {
      // The .wasm never arrives, so the fallback (with the host's link) stays on screen.
      await context.route('**/pathway_widget_bg.wasm', () => {});
      await context.route(`${env.base}/e2e-host.html`, (route) => route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="en"><head><title>Host</title></head><body><main><h1>Host</h1>
          <div data-pathway-widget data-exit-url="${EXIT_URL}"><p class="pathway-fallback"><a data-pathway-exit href="${EXIT_URL}">Leave now</a></p></div>
          </main><script type="module" src="/dist/pathway-widget.js"></script></body></html>`,
      }));
    },
  });
  await own.page.waitForFunction(() => [...document.querySelectorAll('[data-pathway-widget]')].every((e) => e.shadowRoot));
  assert.equal(await earlyExit(own.page).count(), 0, 'no second exit link beside the host\'s');
  const historyLength = await own.page.evaluate(() => history.length);
  await own.page.getByRole('link', { name: 'Leave now' }).click();
  await assertLeft(own, historyLength);
  await own.context.close();
});

test('Back from the back-forward cache shows nothing typed or chosen, after a host link or a contact link', async () => {
  const cms = await start({ cms: true });
  try {
    for (const leaveBy of ['a link on the host page', 'a contact link in the widget']) {
      const context = await cms.browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(() => {
        window.__restored = 0;
        addEventListener('pageshow', (event) => { if (event.persisted) window.__restored += 1; });
      });
      await page.goto(`${cms.base}/index.html`);
      const widget = page.locator('[data-pathway-widget]');
      await widget.getByRole('button', { name: 'Start' }).click();
      await widget.getByRole('button', { name: 'It happened to me' }).click();
      await widget.getByRole('button', { name: /^I'm not sure/ }).click();
      await widget.getByRole('checkbox', { name: 'Threats', exact: true }).check();
      await widget.getByRole('button', { name: 'Write down what happened' }).click();
      await widget.getByRole('button', { name: 'Change Incident 1' }).click();
      await widget.getByLabel('What happened', { exact: true }).fill(TYPED);
      if (leaveBy === 'a link on the host page') {
        await page.getByRole('link', { name: 'A GP surgery' }).click();
      } else {
        // A contact link as the plan shows them; its site is a page of this origin here.
        await page.evaluate((href) => {
          const root = document.querySelector('[data-pathway-widget]').shadowRoot;
          const link = Object.assign(document.createElement('a'), { href, textContent: 'A contact' });
          root.querySelector('.pathway').append(link);
        }, `${cms.base}/examples/council/`);
        await widget.getByRole('link', { name: 'A contact' }).click();
      }
      await page.waitForURL(/\/examples\//);
      // A page restored from the cache fires no load event: wait for the page to be shown.
      await page.goBack({ waitUntil: 'commit' });
      await page.waitForFunction(() => document.visibilityState === 'visible' && window.__restored !== undefined);
      assert.equal(await page.evaluate(() => window.__restored), 1, `the page came back from the back-forward cache (${leaveBy})`);
      const everything = await page.evaluate(() => {
        const parts = [document.documentElement.outerHTML];
        const visit = (root) => {
          for (const element of root.querySelectorAll('*')) {
            if ('value' in element && typeof element.value === 'string') parts.push(element.value);
            if (element.shadowRoot) {
              parts.push(element.shadowRoot.innerHTML);
              visit(element.shadowRoot);
            }
          }
        };
        visit(document);
        return parts.join('\n');
      });
      for (const piece of PIECES) assert.ok(!everything.includes(piece), `"${piece}" is not on the page after Back (${leaveBy})`);
      // What was chosen is gone too: the widget starts afresh, on its first screen.
      await widget.getByRole('button', { name: 'Start' }).waitFor();
      assert.equal(await widget.getByRole('checkbox', { name: 'Threats', exact: true }).count(), 0);
      await context.close();
    }
  } finally {
    await cms.close();
  }
});

test('a host script that pollutes Object.prototype changes nothing', async () => {
  const w = await Widget.open(env, '/index.html', {
    before: (page) => page.addInitScript(() => {
      for (const [name, value] of Object.entries({
        data: [{ name: 'evil.json', text: '{}' }], exitUrl: 'https://evil.example/', mode: 'staff', theme: 'brand: #ffdd00', lang: 'cy',
        attributePrefix: 'evil-', onExit: 'no',
      })) Object.defineProperty(Object.prototype, name, { value, configurable: true, writable: true });
    }),
  });
  assert.equal(await w.root.locator('.pathway__exit').getAttribute('href'), EXIT_URL, 'the exit address is the host\'s');
  assert.equal(await w.title(), 'Help after someone targeted you', 'self-help, not staff, on the built-in pathway');
  assert.deepEqual(w.log.console.filter((m) => /^(error|warning)/.test(m)), [], 'no option was read from the prototype');
  assert.deepEqual(w.log.errors, []);
  await w.context.close();
});

test('every text box has spelling and writing help off, so what is typed is not sent to a spelling service', async () => {
  const w = await Widget.open(env, '/index.html');
  await w.root.getByRole('button', { name: 'Write down what happened' }).click();
  const checked = [];
  for (const part of ['Change Incident 1', 'Change About you and what you would like']) {
    await w.root.getByRole('button', { name: part }).click();
    checked.push(...await w.page.evaluate(() => [...__widget().querySelectorAll('input:not([type=radio]):not([type=checkbox]), textarea')].map((box) => ({
      id: box.id, spellcheck: box.spellcheck, autocomplete: box.getAttribute('autocomplete'), grammarly: box.getAttribute('data-gramm'),
      writing: box.getAttribute('writingsuggestions'),
    }))));
    await w.root.getByRole('button', { name: 'Done' }).click();
  }
  await w.root.getByRole('button', { name: 'Save your record, or open a saved one' }).click();
  checked.push(...await w.page.evaluate(() => [...__widget().querySelectorAll('input:not([type=file])')].map((box) => ({
    id: box.id, spellcheck: box.spellcheck, autocomplete: box.getAttribute('autocomplete'), grammarly: 'false', writing: 'false',
  }))));
  assert.ok(checked.length > 20, `every kind of text box (${checked.length})`);
  assert.deepEqual(checked.filter((box) => box.spellcheck || box.autocomplete !== 'off' || box.grammarly !== 'false' || box.writing !== 'false'), []);
  await w.context.close();
});

test('exit from one widget wipes every widget on the page before it leaves', async () => {
  const w = await Widget.host(env, '', {
    from: EARLIER,
    extra: '<div data-pathway-widget id="second"><p>Second fallback</p></div>',
  });
  const { page } = w;
  await page.waitForFunction(() => document.querySelectorAll('[data-pathway-widget]').length === 2 && __widget(1) !== null);
  const second = page.locator('#second');
  await second.getByRole('button', { name: 'Write down what happened' }).click();
  await second.getByRole('button', { name: 'Change Incident 1' }).click();
  await second.getByLabel('What happened', { exact: true }).fill(TYPED);
  await page.evaluate((pieces) => {
    navigation.addEventListener('navigate', () => {
      const hosts = [...document.querySelectorAll('[data-pathway-widget]')];
      const inside = hosts.map((host) => host.shadowRoot.innerHTML).join('\n');
      console.log(`leaving: ${JSON.stringify({
        typed: pieces.filter((piece) => inside.includes(piece)),
        running: hosts.filter((host) => host.shadowRoot.querySelector('.pathway__step')).length,
      })}`);
    }, { once: true });
  }, PIECES);
  const historyLength = await page.evaluate(() => history.length);
  await w.root.getByRole('link', { name: /Exit this page/ }).click();
  await assertLeft(w, historyLength);
  const during = JSON.parse(w.log.console.find((m) => m.startsWith('log: leaving: ')).slice('log: leaving: '.length));
  assert.deepEqual(during.typed, [], 'nothing typed in the other widget was left when the page started to leave');
  assert.equal(during.running, 0, 'no widget was still showing a screen');
  await w.context.close();
});

test('the leaving cover is a modal dialog in the top layer: it covers the viewport even when the host transforms the page', async () => {
  for (const running of [false, true]) {
    const w = await Widget.open(env, '/index.html', {
      ready: running, before: running ? undefined : (_page, context) => context.route('**/pathway_widget_bg.wasm', (route) => route.abort()),
    });
    // Without the widget: the static version, once it has taken the fallback's place.
    if (!running) await w.page.locator('.pathway--static').waitFor();
    await w.page.evaluate(() => {
      Object.assign(document.documentElement.style, { transform: 'scale(0.3)', filter: 'grayscale(1)' });
      // As the page starts to leave, look at the cover.
      navigation.addEventListener('navigate', () => {
        const dialog = document.documentElement.lastElementChild.shadowRoot?.querySelector('dialog');
        const box = dialog?.getBoundingClientRect();
        console.log(`cover: ${JSON.stringify({ modal: Boolean(dialog?.matches(':modal')), text: dialog?.textContent, covers: Boolean(box) && box.width >= innerWidth && box.height >= innerHeight })}`);
      }, { once: true });
    });
    const exit = running ? w.root.getByRole('link', { name: /Exit this page/ }) : earlyExit(w.page);
    await exit.click();
    await w.page.waitForURL(EXIT_URL);
    const cover = JSON.parse(w.log.console.find((m) => m.startsWith('log: cover: ')).slice('log: cover: '.length));
    assert.deepEqual(cover, { modal: true, text: 'Leaving this page. If nothing happens, close this tab or window.', covers: true }, running ? 'with the widget' : 'without it');
    await w.context.close();
  }
});
