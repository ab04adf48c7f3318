// The static version, for where the widget cannot start: WebAssembly is off (iOS Lockdown
// Mode, a browser setting or policy), or the .wasm or its glue fails to load or start.
// `pathway-static.html` is made at build time from the widget's own components and data
// (src/bin/pathway-static.rs): the emergency numbers, every way to report and the support
// services, with no script in it. It takes the place of the host's fallback in each
// widget's shadow root, under the loader's "Exit this page"; Shift three times still
// leaves (the loader counts it while no widget runs). If it cannot be fetched either, the
// host's fallback and its exit link stay.
import { exitBar, prepare } from './shadow.js';

const STATIC = 'pathway--static';
let content;

/** The static version's `.pathway` element and the widget's stylesheet, fetched once. */
function load(styles) {
  content ??= Promise.all([
    fetch(new URL('../pathway-static.html', import.meta.url)).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`the static version answered ${r.status}`)))),
    styles,
  ]).then(([html, css]) => {
    const node = new DOMParser().parseFromString(html, 'text/html').querySelector(`.${STATIC}`);
    if (!node) throw new Error('the static version has no content');
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return { node, sheet };
  });
  return content;
}

/**
 * Shows the static version in each of `elements` in place of its fallback. `styles`
 * resolves to the widget's CSS text. Resolves once shown; rejects if it cannot be.
 */
export async function showStatic(elements, styles) {
  const { node, sheet } = await load(styles);
  for (const element of elements) {
    const root = prepare(element, sheet);
    if (root.querySelector(`.${STATIC}`)) continue;
    const slot = root.querySelector(':scope > slot');
    if (!slot) continue;
    slot.replaceWith(document.importNode(node, true));
    // A host's own exit link was in the fallback, which no longer shows: the loader's replaces it.
    if (!root.querySelector('.pathway-early-exit')) root.prepend(exitBar(element));
  }
}
