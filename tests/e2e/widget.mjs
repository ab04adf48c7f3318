// The page object the end-to-end tests share: a widget on a page that harness.mjs has
// opened, with what the tests do to it (open a screen, Tab to a control, walk every path,
// download) and what they check about it (the privacy rules, axe, what is stored). The
// widget may be in the page or, for the iframe method, in its embed frame (`scope`); it
// renders into a shadow root, which the page's `__active()` and `__widget()` look inside.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { answerFor, open, routeHostPage, pathwaySteps, variants } from './harness.mjs';

/** The rules every axe run checks: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** What `stored()` is when the browser has kept nothing. */
export const NOTHING_STORED = {
  localStorage: 0, sessionStorage: 0, indexedDB: [], caches: [], serviceWorkers: 0, cookie: '', cookieStore: 0,
  opfs: [], historyState: null, windowName: '', cookies: [],
};

/** The pieces of what was typed a test looks for: every word of four letters or more. */
export const fragments = (typed) => [...new Set(typed.flatMap((text) => text.split(/[^\p{L}\p{N}]+/u)).filter((word) => word.length >= 4))];

/** Where reviewers' screenshots go (see docs/TESTING.md). */
const SCREENS = new URL('../../docs/screens/', import.meta.url);

/** Where the widget lives on a page: the embed frame for the iframe method, else the page. */
async function scopeOf(page) {
  if (!(await page.locator('iframe[data-pathway-frame]').count())) return page;
  const frame = page.frames().find((f) => f.url().includes('/dist/embed.html'));
  assert.ok(frame, 'the embed frame is on the page');
  return frame;
}

export class Widget {
  constructor({ env, page, context, log, scope }) {
    this.env = env;
    this.page = page;
    this.context = context;
    this.log = log;
    this.scope = scope;
    this.start = null;
  }

  /**
   * Opens `path` with harness.mjs's `open` (same options) and, unless `ready` is false,
   * waits for the widget to mount.
   */
  static async open(env, path = '/index.html', { ready = true, ...options } = {}) {
    const { page, context, log } = await open(env, path, options);
    const w = new Widget({ env, page, context, log, scope: await scopeOf(page) });
    if (ready) await w.ready();
    return w;
  }

  /**
   * Opens the host page `/e2e-host.html` (the strict CSP), whose mount element has
   * `attributes` and whose body has `extra` HTML, in `pageLang`; `before` still runs before it loads.
   */
  static host(env, attributes = '', { extra = '', pageLang, before, ...options } = {}) {
    return Widget.open(env, '/e2e-host.html', {
      ...options,
      before: async (page, context) => {
        await routeHostPage(context, env.base, attributes, extra, pageLang);
        if (before) await before(page, context);
      },
    });
  }

  /** The widget's `.pathway` element (the first, if there are several). */
  get root() {
    return this.scope.locator('.pathway').first();
  }

  /** Waits until the widget has mounted (its own exit link exists, not the loader's early one). */
  async ready() {
    await this.root.locator('a.pathway__exit').first().waitFor();
  }

  /** The widget's button with exactly this name. */
  button(name) {
    return this.root.getByRole('button', { name, exact: true });
  }

  /** The heading of the screen showing. */
  async title() {
    return (await this.root.locator('h2').first().textContent()).trim();
  }

  /** Waits for focus on a screen's heading: the one reading `is`, or any but `not`. */
  async headingFocused({ is = null, not = null } = {}) {
    await this.scope.waitForFunction(({ is, not }) => {
      const el = __active();
      const text = el?.tagName === 'H2' ? el.textContent.trim() : null;
      return text !== null && (is === null || text === is) && (not === null || text !== not);
    }, { is, not });
  }

  /**
   * Clicks the button `name`, which opens another screen, and waits for that screen's
   * heading to take focus: in the iframe the frame is resized to each screen, and a click
   * before that has settled can land on the wrong button.
   */
  async openScreen(name) {
    const before = await this.scope.evaluate(() => __active()?.textContent.trim() ?? '');
    await this.root.getByRole('button', { name }).click();
    await this.headingFocused({ not: before });
    await this.page.waitForFunction(() => new Promise((settled) => {
      const frame = document.querySelector('iframe[data-pathway-frame]');
      const height = frame?.getBoundingClientRect().height;
      requestAnimationFrame(() => requestAnimationFrame(() => settled(frame?.getBoundingClientRect().height === height)));
    }));
  }

  /**
   * Presses Tab (Shift+Tab with `shift`) until focus, in the widget's document, is on a
   * control whose accessible text (its label's, else its own) matches `pattern`, a RegExp
   * or a string it must equal; then presses `press`, if given. Returns the text; fails
   * after `limit` presses.
   */
  async tabTo(pattern, { limit = 80, shift = false, press } = {}) {
    const matches = typeof pattern === 'string' ? (text) => text === pattern : (text) => pattern.test(text);
    for (let i = 0; i < limit; i += 1) {
      await this.page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
      const text = await this.scope.evaluate(() => {
        if (!document.hasFocus()) return null;
        const el = __active();
        const byLabel = el?.labels && el.labels[0] ? el.labels[0].textContent : '';
        return `${byLabel || el?.textContent || ''}`.trim();
      });
      if (text !== null && matches(text)) {
        if (press) await this.page.keyboard.press(press);
        return text;
      }
    }
    return assert.fail(`no focusable control matching ${pattern} within ${limit} Tab presses`);
  }

  /** Starts a download with `start` and returns the file's name and text. */
  async download(start) {
    const [download] = await Promise.all([this.page.waitForEvent('download'), start()]);
    return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
  }

  /** Saves the widget as it looks now as docs/screens/<file>.png, for reviewers. */
  async shot(file) {
    const path = new URL(`${file}.png`, SCREENS);
    mkdirSync(new URL('./', path), { recursive: true });
    await this.root.screenshot({ path: path.pathname, animations: 'disabled' });
  }

  /** How wide the page is, to tell whether it scrolls sideways. */
  async scrollWidth() {
    return this.page.evaluate(() => document.documentElement.scrollWidth);
  }

  /**
   * axe's violations of the WCAG_TAGS rules on the whole page (its frames too), one line
   * each, starting with `name` if given.
   */
  async axe(name) {
    const results = await new AxeBuilder({ page: this.page }).withTags(WCAG_TAGS).analyze();
    const prefix = name ? `${name}: ` : '';
    return results.violations.flatMap((v) => v.nodes.map((n) => `${prefix}${v.id}: ${n.target.join(' ')}: ${v.help}`));
  }

  /** CSP violations in the page and, for the iframe method, in the embed frame. */
  async cspViolations() {
    const inPage = await this.page.evaluate(() => window.__csp);
    return this.scope === this.page ? inPage : [...inPage, ...await this.scope.evaluate(() => window.__csp)];
  }

  /** Changes to the page outside the widgets since the last call. */
  async takeHostChanges() {
    return this.page.evaluate(() => window.__hostChanges.splice(0));
  }

  /** Everything the browser could have kept for this origin. */
  async stored() {
    const inPage = await this.page.evaluate(async () => ({
      localStorage: localStorage.length,
      sessionStorage: sessionStorage.length,
      indexedDB: (await indexedDB.databases()).map((d) => d.name),
      caches: await caches.keys(),
      serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
      cookie: document.cookie,
      cookieStore: window.cookieStore ? (await cookieStore.getAll()).length : 0,
      opfs: await (async () => {
        const names = [];
        for await (const name of (await navigator.storage.getDirectory()).keys()) names.push(name);
        return names;
      })(),
      historyState: history.state,
      windowName: window.name,
    }));
    return { ...inPage, cookies: await this.context.cookies() };
  }

  /** The page's title and everything of it outside the widgets' shadow roots. */
  outside() {
    return this.page.evaluate(() => `${document.title}\n${document.documentElement.outerHTML}`);
  }

  /**
   * What `privacyHeld` compares with: waits for the widget, drops the host changes so far
   * (the loader's stylesheet link is expected) and notes the URL, the title, the history
   * length and the requests made.
   */
  async baseline() {
    await this.ready();
    await this.takeHostChanges();
    this.start = {
      url: this.page.url(),
      title: await this.page.title(),
      historyLength: await this.page.evaluate(() => history.length),
      requestsAtStart: this.log.requests.length,
      // A word of what is later typed that is on the page already ("back", say) proves nothing.
      outside: await this.outside(),
    };
  }

  /**
   * The privacy rules held since `baseline()`: no request (downloads' blob: URLs aside),
   * beacon or WebSocket, nothing stored, nothing written outside the widget, the URL,
   * title and history length unchanged, no CSP violation or page error, and no fragment
   * of `typed` in the console, the title or anything of the page outside the widgets.
   */
  async privacyHeld({ typed = [] } = {}) {
    assert.ok(this.start, 'privacyHeld compares with a baseline() taken first');
    const { url, title, historyLength, requestsAtStart } = this.start;
    assert.deepEqual(this.log.requests.slice(requestsAtStart).filter((r) => !r.startsWith('blob:')), [], 'no request after load');
    assert.deepEqual(await this.stored(), NOTHING_STORED);
    assert.deepEqual(await this.takeHostChanges(), [], 'nothing written outside the widget');
    assert.equal(this.page.url(), url);
    assert.equal(await this.page.title(), title, 'the page title never changes');
    assert.equal(await this.page.evaluate(() => history.length), historyLength);
    assert.deepEqual(await this.cspViolations(), []);
    assert.deepEqual(this.log.errors, []);
    assert.deepEqual(await this.page.evaluate(() => window.__sent), [], 'no beacon or WebSocket');
    const pieces = fragments(typed).filter((piece) => !this.start.outside.includes(piece));
    const outside = await this.outside();
    for (const piece of pieces) {
      for (const message of this.log.console) assert.ok(!message.includes(piece), `"${piece}" in the console: ${message}`);
      assert.ok(!outside.includes(piece), `"${piece}" in the page outside the widget (title, attributes or text)`);
    }
  }

  /**
   * Walks from the start to the plan by mouse, calling `onScreen(title)` on each screen and
   * giving harness.mjs's `answerFor(step, variant)`. Returns the titles and the answers
   * used (`step/choice` ids and labels).
   */
  async walk(variant, onScreen = async () => {}) {
    const seen = [];
    const used = [];
    const labels = [];
    for (let moves = 0; moves < 40; moves += 1) {
      const title = await this.title();
      seen.push(title);
      await onScreen(title);
      const step = pathwaySteps().find((s) => s.title === title);
      assert.ok(step, `the heading "${title}" is a step of the data`);
      if (step.kind === 'plan') return { seen, used, labels };
      const choice = answerFor(step, variant);
      if (choice) {
        used.push(`${step.id}/${choice.id}`);
        labels.push(choice.label);
      }
      if (step.kind === 'one') {
        await this.button(choice.label).click();
      } else {
        if (choice) await this.root.getByRole('checkbox', { name: choice.label, exact: true }).check();
        await this.button(step.continue_label || 'Continue').click();
      }
      // The new step's heading takes focus.
      await this.headingFocused({ not: title });
    }
    return assert.fail('no plan after 40 moves');
  }

  /** Walks every variant, which together reach every step and use every answer. */
  async walkAll(onScreen) {
    const seen = new Set();
    const used = new Set();
    const labels = new Set();
    for (const variant of variants()) {
      const result = await this.walk(variant, onScreen);
      result.seen.forEach((t) => seen.add(t));
      result.used.forEach((u) => used.add(u));
      result.labels.forEach((l) => labels.add(l));
      await this.root.getByRole('button', { name: 'Start again' }).click();
    }
    return { seen, used, labels };
  }
}
