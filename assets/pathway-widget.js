// Pathway widget loader: the one file a host page includes. Any of these works:
//   <div data-pathway-widget data-exit-url="https://www.bbc.co.uk/weather">fallback</div>
//   <pathway-navigator exit-url="https://www.bbc.co.uk/weather">fallback</pathway-navigator>
//   <script type="module" src="/dist/pathway-widget.js"></script>
// or, from a script, `mount(element, options)` (types below). Every widget renders into a
// shadow root (loader/shadow.js), so the host page's CSS cannot reach it and its CSS cannot
// leak out; its styles are one constructed stylesheet fetched from the widget's own origin,
// so a strict `style-src 'self'` allows them. The element's own content is the fallback: it
// shows until the widget starts, and stays if anything fails. `data-src` names the host's
// own pathway data (same origin, validated exactly as pathway-check validates it; see
// loader/options.js). docs/EMBEDDING.md has the snippets, the options and the CSP a host
// needs. This file starts everything and mounts; each other job has its own module in
// loader/, fetched side by side with the widget so that none of them waits for another.

const here = import.meta.url;
const PREFIX = 'Pathway widget:';

function report(error) {
  const message = String(error?.message ?? error);
  console.error(message.startsWith(PREFIX) ? message : `${PREFIX} ${message} The page's own content stays in place.`);
}

let start;
let sheet;
let options;
let shadow;
let extras;
try {
  // The glue, the .wasm, the styles and the loader's modules are fetched side by side (a
  // static import would fetch them one after another); styles are in before anything
  // shows, so the widget never flashes unstyled.
  let glue;
  let wasm;
  let css;
  [glue, wasm, css, options, shadow, extras] = await Promise.all([
    import('./pathway_widget.js'),
    fetch(new URL('pathway_widget_bg.wasm', here)),
    fetch(new URL('pathway-widget.css', here)).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`the stylesheet answered ${r.status}`)))),
    import('./loader/options.js'),
    import('./loader/shadow.js'),
    Promise.all([import('./loader/navigator.js'), import('./loader/print.js')]),
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
 * Mounts a widget into `element`. Options not given are read from the element's
 * attributes (`data-exit-url`, ... or, on `<pathway-navigator>`, `exit-url`, ...).
 * @param {Element} element  its content is kept as the fallback and restored by destroy()
 * @param {{ exitUrl?: string, mode?: 'self-help'|'staff'|'third-party'|'training',
 *   setting?: 'acute'|'primary'|'community'|'specialised', health?: 'physical'|'mental',
 *   idleMinutes?: number|string, lang?: string, theme?: string,
 *   data?: { name: string, text: string }[] }} [given]
 * @returns {{ update(options: object): void, destroy(): void }}
 */
export function mount(element, given = {}) {
  if (!start) throw new Error(`${PREFIX} not loaded (see the error above).`);
  if (roots.has(element)) throw new Error(`${PREFIX} this element already has a widget; call destroy() on its handle before mounting again.`);
  let current = { ...options.attributeOptions(element), ...given };
  const root = shadow.rootFor(element, sheet);
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
    const data = await options.dataOption(element.getAttribute('data-src'));
    return element.isConnected ? mount(element, data) : null;
  } catch (error) {
    report(error);
    return null;
  }
}

if (start) {
  const [{ defineNavigator }, { printSummaryOnly }] = extras;
  printSummaryOnly(roots);
  defineNavigator(mountFromAttributes);
  // Loaded with `async`, this can run while the page is still being read: the widget is
  // ready sooner, and mounts on the elements once they are all there.
  if (document.readyState === 'loading') await new Promise((ready) => document.addEventListener('DOMContentLoaded', ready, { once: true }));
  await Promise.all([...document.querySelectorAll('[data-pathway-widget]')].map(mountFromAttributes));
}
