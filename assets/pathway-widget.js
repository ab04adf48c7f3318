// Pathway widget loader: the one file a host page includes. Any of these works:
//   <div data-pathway-widget data-exit-url="https://www.bbc.co.uk/weather">fallback</div>
//   <pathway-navigator exit-url="https://www.bbc.co.uk/weather">fallback</pathway-navigator>
//   <script type="module" src="/dist/pathway-widget.js"></script>
// or, from a script, `mount(element, options)` (types below).
//
// Quick exit works from this file's first run, before anything else is fetched, and keeps
// working while the widget loads, if it fails, and where WebAssembly is off: Shift pressed
// three times anywhere, and an "Exit this page" link over the host's fallback content
// (unless the fallback has its own link marked `data-pathway-exit`). Where the widget
// cannot start, the fallback gives way to the static version (loader/static.js). Once a widget is
// running it has its own exit link and counts Shift itself, by the same rules (both are
// tested on the same key sequences, tests/quick-exit-cases.json).
//
// Every widget renders into a shadow root (loader/shadow.js), so the host page's CSS cannot
// reach it, its CSS cannot leak out, and its inputs never join a host `<form>`. Its styles
// are one constructed stylesheet fetched from the widget's own origin, so a strict
// `style-src 'self'` allows them. The element's own content is the fallback: it shows until
// the widget starts, and stays if anything fails. `data-src` names the host's own pathway
// data (loader/options.js). Leaving the page, for every widget at once, is loader/leave.js.
// docs/EMBEDDING.md has the snippets, the options and the CSP a host needs.
import { earlyExitUrl, exitAll, listenForShift, onLeave } from './loader/leave.js';
import { prepare, SELECTOR } from './loader/shadow.js';

const here = import.meta.url;
const PREFIX = 'Pathway widget:';

/** Mounted widgets: host element -> { root, widget, current }. */
const live = new Map();

/**
 * The page has a widget's element showing its fallback, and no widget runs (none has
 * mounted yet, or it failed): the loader counts Shift. A running widget counts it itself,
 * and a page whose widget was removed has nothing to leave for.
 */
const loaderCounts = () =>
  document.querySelector(SELECTOR) !== null && ![...live.values()].some(({ root }) => root.isConnected && root.querySelector('.pathway'));

// Shift pressed three times, until a widget runs (and again after one fails).
listenForShift(loaderCounts, () => exitAll(earlyExitUrl()));

// Leaving, however it happens, takes every widget's state and DOM with it first. The widget
// that asked to leave has already wiped itself and is still finishing that: it is freed
// once it has.
onLeave((asking) => {
  for (const { widget } of live.values()) if (widget !== asking) widget?.destroy();
  if (asking) queueMicrotask(() => asking.destroy());
});

// The host's fallback gets its exit link now, for the elements already on the page, and
// for the rest once the page has been read.
const prepareAll = () => document.querySelectorAll(SELECTOR).forEach((element) => prepare(element));
prepareAll();
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', prepareAll, { once: true });

function report(error) {
  const message = String(error?.message ?? error);
  console.error(message.startsWith(PREFIX) ? message : `${PREFIX} ${message} The page's own content stays in place.`);
}

let start;
let options;
let extras;
// The widget's styles, for the widget or, if it cannot start, for the static version.
const styles = fetch(new URL('pathway-widget.css', here)).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`the stylesheet answered ${r.status}`))));
styles.catch(() => {});
try {
  // iOS Lockdown Mode, and a browser whose policy turns WebAssembly off, have none at all.
  if (typeof WebAssembly !== 'object') throw new Error('WebAssembly is turned off in this browser.');
  // The glue, the .wasm, the styles and the loader's other modules are fetched side by
  // side (static imports would fetch them one after another); styles are in before the
  // widget shows, so it never flashes unstyled.
  let glue;
  let wasm;
  let css;
  [glue, wasm, css, options, extras] = await Promise.all([
    import('./pathway_widget.js'),
    fetch(new URL('pathway_widget_bg.wasm', here)),
    styles,
    import('./loader/options.js'),
    Promise.all([import('./loader/navigator.js'), import('./loader/print.js')]),
  ]);
  if (!wasm.ok) throw new Error(`the .wasm file answered ${wasm.status}`);
  await glue.default({ module_or_path: wasm });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  const mountInto = glue.mount;
  start = (element, current) => {
    const root = prepare(element, sheet);
    const made = {};
    made.widget = mountInto(root, {
      ...current,
      onExit: (url) => exitAll(url, made.widget),
      fetchLanguage: (code) => options.fetchLanguage(here, code),
    });
    return { root, widget: made.widget };
  };
} catch (error) {
  console.error(`${PREFIX} could not start, so it shows its simple version (or, failing that, the page's own content) with the exit link.`, String(error?.message ?? error));
}

/** Where the widget cannot start: the static version in `elements` (loader/static.js). */
async function showStatic(elements) {
  try {
    const { showStatic: show } = await import('./loader/static.js');
    await show(elements, styles);
  } catch (error) {
    report(new Error(`the simple version could not be shown either (${error?.message ?? error}).`));
  }
}

/**
 * Mounts a widget into `element`. Options not given are read from the element's
 * attributes (`data-exit-url`, ... or, on `<pathway-navigator>`, `exit-url`, ...).
 * @param {Element} element  its content is kept as the fallback and restored by destroy()
 * @param {{ exitUrl?: string, mode?: 'self-help'|'staff'|'third-party'|'training',
 *   setting?: 'acute'|'primary'|'community'|'specialised', health?: 'physical'|'mental',
 *   area?: string, idleMinutes?: number|string, lang?: string, usePageLang?: boolean|string,
 *   languages?: string, theme?: string,
 *   data?: { name: string, text: string }[] }} [given]
 * @returns {{ update(options: object): void, destroy(): void }}
 */
export function mount(element, given = {}) {
  if (!start) {
    // The person still gets the simple version; the host's script learns why.
    showStatic([element]);
    throw new Error(`${PREFIX} not loaded (see the error above); the element shows the simple version.`);
  }
  if (live.has(element)) throw new Error(`${PREFIX} this element already has a widget; call destroy() on its handle before mounting again.`);
  // Own properties only, into an object with no prototype: a host page's script that sets
  // `Object.prototype.data` (say) does not become an option.
  const mounted = { current: Object.assign(Object.create(null), options.attributeOptions(element), options.own(given)) };
  const lang = options.openingLang(element, mounted.current);
  if (lang !== undefined) mounted.current.lang = lang;
  Object.assign(mounted, start(element, mounted.current));
  live.set(element, mounted);
  return {
    /** Changes options; any not given keep their value. New `data` starts a new widget. */
    update(changes) {
      if (live.get(element) !== mounted) return;
      const own = options.own(changes);
      Object.assign(mounted.current, own);
      if (Object.hasOwn(own, 'data')) {
        mounted.widget.destroy();
        Object.assign(mounted, start(element, mounted.current));
      } else {
        mounted.widget.update(mounted.current);
      }
    },
    /** Removes the widget, frees its state and shows the fallback again. */
    destroy() {
      if (live.get(element) !== mounted) return;
      mounted.widget.destroy();
      live.delete(element);
    },
  };
}

/** Mounts with the element's attributes and its `data-src`, if it is still `wanted()` by then, reporting any failure. */
async function mountFromAttributes(element, wanted = () => true) {
  try {
    // The host's language comes with the data, so the widget opens in it (a failed fetch
    // leaves the widget to try, and to say why in the console).
    const code = options.packFor(options.openingLang(element, options.attributeOptions(element)));
    const [data, languagePack] = await Promise.all([
      options.dataOption(element.getAttribute('data-src')),
      code ? options.fetchLanguage(here, code).catch(() => undefined) : undefined,
    ]);
    return element.isConnected && wanted() ? mount(element, languagePack ? { ...data, languagePack } : data) : null;
  } catch (error) {
    report(error);
    return null;
  }
}

// Back and Forward: a page kept in the back-forward cache must not come back with what the
// person typed or chose. As the page is hidden every widget is destroyed (its fallback,
// with no personal content, is what the cache keeps); shown again, each starts afresh.
addEventListener('pagehide', () => {
  for (const mounted of live.values()) mounted.widget.destroy();
});
addEventListener('pageshow', (event) => {
  if (!event.persisted || !start) return;
  for (const [element, mounted] of live) Object.assign(mounted, start(element, mounted.current));
});

if (start) {
  const [{ defineNavigator }, { printSummaryOnly }] = extras;
  printSummaryOnly(() => [...live].map(([element, { root }]) => [element, root]));
  defineNavigator(mountFromAttributes);
}
// Loaded with `async`, this can run while the page is still being read: the widget is
// ready sooner, and mounts on the elements (or shows them the static version) once they
// are all there.
if (document.readyState === 'loading') await new Promise((ready) => document.addEventListener('DOMContentLoaded', ready, { once: true }));
if (start) {
  await Promise.all([...document.querySelectorAll('[data-pathway-widget]')].map((element) => mountFromAttributes(element)));
} else {
  await showStatic([...document.querySelectorAll(SELECTOR)]);
}
