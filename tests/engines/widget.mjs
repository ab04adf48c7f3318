// The WebDriver tiers' page object: a widget on a host page in one engine (webdriver.mjs),
// with what the tests do (walk to the plan by mouse or keyboard, type, save and open a
// locked file) and what they check (privacy, CSP, axe). The same host pages, in-page
// recorder (../e2e/in-page.js) and walking rule (../e2e/harness.mjs) as the Chromium tests.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { answerFor, pathwaySteps } from '../e2e/harness.mjs';
import { WCAG_TAGS } from '../e2e/widget.mjs';

const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

/**
 * In the page: the control in the first widget's shadow root (the loader's early exit link
 * too) whose text is `name`: a label's, or a control's own text without its hint.
 */
function control(name, role) {
  const root = window.__widget()?.getRootNode();
  if (!root) return null;
  const own = (el) => [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('');
  const text = (el) => (el.labels?.[0]?.textContent ?? (el.matches('.pathway__exit') ? own(el) : el.textContent)).trim().replace(/\s+/g, ' ');
  const candidates = role === 'checkbox' ? root.querySelectorAll('input[type=checkbox]')
    : role === 'input' ? root.querySelectorAll('input, textarea')
      : role === 'link' ? root.querySelectorAll('a') : root.querySelectorAll('button');
  return [...candidates].find((el) => text(el) === name) ?? null;
}

export class EngineWidget {
  /** `session`: a webdriver.mjs Session; `site`: pages.mjs's servers. */
  constructor(session, site) {
    this.session = session;
    this.site = site;
  }

  /** Opens `path` of the site and, unless `ready` is false, waits for the widget. */
  async open(path = '/host.html', { ready = true } = {}) {
    await this.session.goto(this.site.base + path);
    if (ready) await this.ready();
  }

  /** Waits until the widget has mounted and shows a screen. */
  ready() {
    return this.session.until(() => window.__widget()?.querySelector('h2') && !window.__widget().classList.contains('pathway--static'), [], { what: 'the widget' });
  }

  /** The heading of the screen showing. */
  title() {
    return this.session.run(() => window.__widget().querySelector('h2').textContent.trim());
  }

  /** The control named `name` (a button unless `role` says checkbox, input or link); fails if there is none. */
  async find(name, role = 'button') {
    const element = await this.session.run(control, name, role);
    assert.ok(element, `a ${role} "${name}" in the widget`);
    return element;
  }

  /**
   * Clicks the control named `name`, as a mouse would, once it is scrolled to the middle
   * of the window as a person would look at it first. (WebKitGTK's driver otherwise
   * scrolls a control to the very top, under the widget's sticky exit bar, and refuses
   * the click as intercepted.)
   */
  async click(name, role) {
    const element = await this.find(name, role);
    await this.session.run((el) => el.scrollIntoView({ block: 'center' }), element);
    await this.session.click(element);
  }

  /** Types `text` into the box labelled `name`. */
  async fill(name, text) {
    await this.session.type(await this.find(name, 'input'), text);
  }

  /** Waits for a status message in the widget matching `pattern` (a RegExp's source). */
  status(pattern) {
    return this.session.until((source) => [...window.__widget().querySelectorAll('[role=status], [role=alert]')]
      .map((el) => el.textContent).find((text) => new RegExp(source).test(text)), [pattern.source], { what: `a status matching ${pattern}` });
  }

  /** Waits for focus on a screen heading other than `not`. */
  headingFocused(not) {
    return this.session.until((before) => {
      const el = window.__active();
      return el?.tagName === 'H2' && el.textContent.trim() !== before;
    }, [not], { what: `a new heading to take focus after "${not}"` });
  }

  /**
   * Presses Tab until focus is on a control of the widget whose text (its label's, else its
   * own) is `name`, then presses `press`. Fails after `limit` presses.
   */
  async tabTo(name, press, limit = 80) {
    for (let i = 0; i < limit; i += 1) {
      await this.session.press('Tab');
      const text = await this.session.run(() => {
        const el = window.__active();
        return (el?.labels?.[0]?.textContent ?? el?.textContent ?? '').trim().replace(/\s+/g, ' ');
      });
      if (text === name) return this.session.press(press);
    }
    return assert.fail(`no control "${name}" within ${limit} Tab presses`);
  }

  /**
   * Walks from the screen showing to the plan, by `mouse` clicks or by `keyboard` (Tab,
   * then Enter on a button or Space on a checkbox), giving answerFor(step, variant).
   * Returns the titles seen.
   */
  async walk(variant, by = 'mouse') {
    const seen = [];
    for (let moves = 0; moves < 40; moves += 1) {
      const title = await this.title();
      seen.push(title);
      const step = pathwaySteps().find((s) => s.title === title);
      assert.ok(step, `the heading "${title}" is a step of the data`);
      if (step.kind === 'plan') return seen;
      const choice = answerFor(step, variant);
      const act = (name, role) => (by === 'mouse' ? this.click(name, role) : this.tabTo(name, role === 'checkbox' ? 'Space' : 'Enter'));
      if (step.kind === 'one') {
        await act(choice.label);
      } else {
        if (choice) {
          await act(choice.label, 'checkbox');
          assert.ok(await this.session.run((el) => el.checked, await this.find(choice.label, 'checkbox')), `"${choice.label}" is ticked`);
        }
        await act(step.continue_label || 'Continue');
      }
      await this.headingFocused(title);
    }
    return assert.fail('no plan after 40 moves');
  }

  /** axe's WCAG A and AA violations on the page, one line each (axe looks into shadow roots). */
  async axe() {
    await this.session.command('POST', this.session.at('/execute/sync'), { script: `${AXE}; return true;`, args: [] });
    return this.session.run(async (tags) => {
      const results = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}: ${v.help}`));
    }, WCAG_TAGS);
  }

  /** What the page noted since it loaded: CSP violations, beacons and WebSockets, resources fetched. */
  noted() {
    return this.session.run(() => ({
      csp: window.__csp,
      sent: window.__sent,
      resources: performance.getEntriesByType('resource').map((r) => r.name),
      historyLength: history.length,
      title: document.title,
    }));
  }

  /** Everything this origin could have kept in the browser. */
  stored() {
    return this.session.run(async () => ({
      localStorage: localStorage.length,
      sessionStorage: sessionStorage.length,
      indexedDB: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [],
      caches: window.caches ? await caches.keys() : [],
      serviceWorkers: navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0,
      cookie: document.cookie,
      windowName: window.name,
      historyState: history.state,
    }));
  }

  /**
   * Catches the next download in the page: the widget's link for it is clicked on a
   * detached `<a download>`, which this records (name and the blob's text) instead of
   * saving, since a driver cannot reach every engine's downloads folder.
   */
  catchDownloads() {
    return this.session.run(() => {
      window.__downloads = [];
      const blobs = new Map();
      const { createObjectURL } = URL;
      URL.createObjectURL = (blob) => {
        const url = createObjectURL.call(URL, blob);
        blobs.set(url, blob);
        return url;
      };
      const { click } = HTMLAnchorElement.prototype;
      HTMLAnchorElement.prototype.click = function clicked() {
        if (!this.download || !blobs.has(this.href)) return click.call(this);
        const entry = { name: this.download, text: null };
        window.__downloads.push(entry);
        blobs.get(this.href).text().then((text) => { entry.text = text; });
        return undefined;
      };
      return true;
    });
  }

  /** The downloads caught so far, once their text is read. */
  downloads() {
    return this.session.until(() => window.__downloads.length && window.__downloads.every((d) => d.text !== null) && window.__downloads, [], { what: 'the download' });
  }
}
