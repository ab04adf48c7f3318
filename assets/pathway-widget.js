// Pathway widget loader: the one file a host page includes. Any of these works:
//   <div data-pathway-widget data-exit-url="https://www.bbc.co.uk/weather">fallback</div>
//   <pathway-navigator exit-url="https://www.bbc.co.uk/weather">fallback</pathway-navigator>
//   <script type="module" src="/dist/pathway-widget.js"></script>
// or, from a script, `mount(element, options)` (types below). Every widget renders into a
// shadow root, so the host page's CSS cannot reach it and its CSS cannot leak out; its
// styles are one constructed stylesheet fetched from the widget's own origin, so a strict
// `style-src 'self'` allows them. The element's own content is the fallback: it shows until
// the widget starts, and stays if anything fails. `data-src` names the host's own pathway
// data (same origin, validated exactly as pathway-check validates it). docs/EMBEDDING.md
// has the snippets, the options and the CSP a host needs.

const here = import.meta.url;
const PREFIX = 'Pathway widget:';
const TAG = 'pathway-navigator';

/**
 * Each option: its name in the JS options and its attribute (`data-` on a plain element).
 * Defined in src/host/options.rs; tests/host_options.rs checks that this table agrees.
 */
const OPTIONS = [
  ['exitUrl', 'exit-url'], ['mode', 'mode'], ['setting', 'setting'], ['health', 'health'],
  ['idleMinutes', 'idle-minutes'], ['theme', 'theme'], ['lang', 'lang'],
];

/**
 * Options from a source of named values (an element's attributes, an embed URL's query).
 * `prefix` goes before each name except `lang`, which is the element's own language.
 */
export function readOptions(get, prefix) {
  const options = { attributePrefix: prefix };
  for (const [key, name] of OPTIONS) {
    const value = get(name === 'lang' ? name : prefix + name);
    if (value !== null && value !== undefined) options[key] = value;
  }
  return options;
}

const attributeOptions = (element) =>
  readOptions((name) => element.getAttribute(name), element.localName === TAG ? '' : 'data-');

/** Fetches one data-src file; only the page's own origin is allowed. */
async function fetchData(src) {
  const url = new URL(src, document.baseURI);
  if (url.origin !== location.origin) {
    throw new Error(`data-src "${src}" is not on this site. Fix: serve the pathway data from ${location.origin}.`);
  }
  // A redirect could lead to another origin, so it is refused rather than followed.
  const response = await fetch(url, { redirect: 'error' });
  if (!response.ok) throw new Error(`data-src "${src}" answered ${response.status}. Fix: check the file's address.`);
  return { name: src, text: await response.text() };
}

/** The `data` option for a `data-src` value (one or more files separated by spaces). */
export async function dataOption(src) {
  const files = (src || '').trim();
  return files ? { data: await Promise.all(files.split(/\s+/).map(fetchData)) } : {};
}

function report(error) {
  const message = String(error?.message ?? error);
  console.error(message.startsWith(PREFIX) ? message : `${PREFIX} ${message} The page's own content stays in place.`);
}

let start;
let sheet;
try {
  // The glue, the .wasm and the styles are fetched side by side (a static import would
  // fetch the glue first and the rest only after it); styles are in before anything
  // shows, so the widget never flashes unstyled.
  const [glue, wasm, css] = await Promise.all([
    import('./pathway_widget.js'),
    fetch(new URL('pathway_widget_bg.wasm', here)),
    fetch(new URL('pathway-widget.css', here)).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`the stylesheet answered ${r.status}`)))),
  ]);
  if (!wasm.ok) throw new Error(`the .wasm file answered ${wasm.status}`);
  await glue.default({ module_or_path: wasm });
  sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  start = glue.mount;
} catch (error) {
  console.error(`${PREFIX} could not start, so the page's own content stays in place.`, String(error?.message ?? error));
}

/** Mounted widgets: host element -> the `<div>` the widget renders into. */
const roots = new Map();

/**
 * The `<div>` the widget renders into: in a shadow root of `element`, holding a `<slot>`
 * that shows the element's own content (the fallback) until the widget replaces it. An
 * element that cannot have a shadow root gets the widget directly, styled from the page.
 */
function rootFor(element) {
  let shadow;
  try {
    shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  } catch {
    if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return element;
  }
  if (!shadow.firstElementChild) {
    shadow.adoptedStyleSheets = [sheet];
    const root = document.createElement('div');
    root.append(document.createElement('slot'));
    shadow.append(root);
  }
  return shadow.firstElementChild;
}

/**
 * Mounts a widget into `element`. Options not given are read from the element's
 * attributes (`data-exit-url`, ... or, on `<pathway-navigator>`, `exit-url`, ...).
 * @param {Element} element  its content is kept as the fallback and restored by destroy()
 * @param {{ exitUrl?: string, mode?: 'self-help'|'staff'|'third-party'|'training',
 *   setting?: 'acute'|'primary'|'community'|'specialised', health?: 'physical'|'mental',
 *   idleMinutes?: number|string, lang?: string, theme?: string,
 *   data?: { name: string, text: string }[] }} [options]
 * @returns {{ update(options: object): void, destroy(): void }}
 */
export function mount(element, options = {}) {
  if (!start) throw new Error(`${PREFIX} not loaded (see the error above).`);
  if (roots.has(element)) throw new Error(`${PREFIX} this element already has a widget; call destroy() on its handle before mounting again.`);
  let current = { ...attributeOptions(element), ...options };
  const root = rootFor(element);
  const widget = start(root, current);
  roots.set(element, root);
  return {
    /** Changes options; any not given keep their value. New `data` starts a new widget. */
    update(changes) {
      if (!roots.has(element)) return;
      current = { ...current, ...changes };
      if ('data' in changes) {
        widget.destroy();
        roots.delete(element);
        Object.assign(this, mount(element, current));
      } else {
        widget.update(current);
      }
    },
    /** Removes the widget, frees its state and shows the fallback again. */
    destroy() {
      if (roots.get(element) !== root) return;
      widget.destroy();
      roots.delete(element);
    },
  };
}

/** Mounts with the element's attributes and its `data-src`, reporting any failure. */
async function mountFromAttributes(element) {
  try {
    const data = await dataOption(element.getAttribute('data-src'));
    return element.isConnected ? mount(element, data) : null;
  } catch (error) {
    report(error);
    return null;
  }
}

/**
 * `<pathway-navigator>`: mounts when added to the page, follows its attributes, and is
 * destroyed (its state freed) when removed. Moving it restarts it.
 */
class PathwayNavigator extends HTMLElement {
  static observedAttributes = [...OPTIONS.map(([, name]) => name), 'data-src'];

  #handle = null;
  #starting = null;

  connectedCallback() {
    const starting = mountFromAttributes(this);
    this.#starting = starting;
    starting.then((handle) => {
      if (this.#starting === starting) this.#handle = handle;
      else handle?.destroy();
    });
  }

  disconnectedCallback() {
    this.#starting = null;
    this.#handle?.destroy();
    this.#handle = null;
  }

  attributeChangedCallback(name, old, value) {
    if (!this.#handle || old === value) return;
    if (name === 'data-src') {
      this.disconnectedCallback();
      this.connectedCallback();
    } else {
      this.#handle.update(attributeOptions(this));
    }
  }
}

// Printing while a summary is showing prints the summary alone: the widget's stylesheet
// hides the rest of the widget, and this sheet, added to the page only while it prints,
// hides everything of the host page that is not on the way down to the widget.
const printSheet = start && new CSSStyleSheet();

function printRules(element) {
  const chain = [];
  for (let node = element; node && node !== document.body; node = node.parentElement) chain.unshift(node);
  if (chain[0]?.parentElement !== document.body) return '';
  let path = 'body';
  const rules = ['body { margin: 0 !important; padding: 0 !important; }'];
  for (const node of chain) {
    const n = [...node.parentElement.children].indexOf(node) + 1;
    rules.push(`${path} > :not(:nth-child(${n})) { display: none !important; }`);
    path += ` > :nth-child(${n})`;
    rules.push(`${path} { margin: 0 !important; padding: 0 !important; border: 0 !important; position: static !important; }`);
  }
  return `@media print { ${rules.join('\n')} }`;
}

if (start) {
  addEventListener('beforeprint', () => {
    const printing = [...roots].find(([, root]) => root.querySelector('.pathway__summary'));
    if (!printing) return;
    printSheet.replaceSync(printRules(printing[0]));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, printSheet];
  });
  addEventListener('afterprint', () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== printSheet);
  });
  customElements.get(TAG) ?? customElements.define(TAG, PathwayNavigator);
  // Loaded with `async`, this can run while the page is still being read: the widget is
  // ready sooner, and mounts on the elements once they are all there.
  if (document.readyState === 'loading') await new Promise((ready) => document.addEventListener('DOMContentLoaded', ready, { once: true }));
  await Promise.all([...document.querySelectorAll('[data-pathway-widget]')].map(mountFromAttributes));
}
