// Pathway widget loader. A host page needs only:
//   <div data-pathway-widget data-exit-url="https://www.bbc.co.uk/weather">fallback content</div>
//   <script type="module" src="/dist/pathway-widget.js"></script>
// Every element with data-pathway-widget is mounted once the widget has loaded; its own
// content is the fallback and stays if anything fails. `data-src` (optional) names the
// host's own pathway data: one or more JSON files on the page's own origin, separated by
// spaces, validated exactly as pathway-check validates them. For scripted hosts:
//   import { mount } from '/dist/pathway-widget.js';
//   const handle = mount(element, { exitUrl: 'https://example.org/' });
//   handle.destroy();

const here = import.meta.url;
const PREFIX = 'Pathway widget:';

/** Adds the widget's stylesheet (from its own origin, so a strict style-src 'self' allows it). */
function loadStyles() {
  const href = new URL('pathway-widget.css', here).href;
  const present = [...document.querySelectorAll('link[rel="stylesheet"]')].find((l) => l.href === href);
  if (present) return Promise.resolve();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise((resolve) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', resolve, { once: true });
  });
  document.head.append(link);
  return loaded;
}

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

/** The options an element's attributes give (the Rust side reads data-exit-url itself). */
async function optionsFor(element) {
  const src = (element.getAttribute('data-src') || '').trim();
  return src ? { data: await Promise.all(src.split(/\s+/).map(fetchData)) } : {};
}

let mountWidget;
try {
  // The glue, the .wasm and the styles are fetched side by side (a static import would
  // fetch the glue first and the rest only after it); styles are in before anything
  // shows, so the widget never flashes unstyled.
  const [glue, wasm] = await Promise.all([
    import('./pathway_widget.js'), fetch(new URL('pathway_widget_bg.wasm', here)), loadStyles(),
  ]);
  if (!wasm.ok) throw new Error(`the .wasm file answered ${wasm.status}`);
  await glue.default({ module_or_path: wasm });
  mountWidget = glue.mount;
} catch (error) {
  console.error(`${PREFIX} could not start, so the page's own content stays in place.`, String(error?.message ?? error));
}

if (mountWidget) {
  await Promise.all([...document.querySelectorAll('[data-pathway-widget]')].map(async (element) => {
    try {
      mountWidget(element, await optionsFor(element));
    } catch (error) {
      const message = String(error?.message ?? error);
      console.error(message.startsWith(PREFIX) ? message : `${PREFIX} ${message} The page's own content stays in place.`);
    }
  }));
}

/**
 * Mounts a widget into `element`.
 * @param {Element} element  its content is kept as the fallback and restored by destroy()
 * @param {{ exitUrl?: string, data?: { name: string, text: string }[] }} [options]
 *   exitUrl: the https:// page "Exit this page" goes to; data: pathway files to use
 *   instead of the default
 * @returns {{ destroy(): void }}
 */
export function mount(element, options = {}) {
  if (!mountWidget) throw new Error(`${PREFIX} not loaded (see the error above).`);
  return mountWidget(element, options);
}
