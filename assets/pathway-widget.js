// Pathway widget loader. A host page needs only:
//   <div data-pathway-widget data-exit-url="https://www.bbc.co.uk/weather">fallback content</div>
//   <script type="module" src="/dist/pathway-widget.js"></script>
// Every element with data-pathway-widget is mounted once the widget has loaded; its own
// content is the fallback and stays if anything fails. For scripted hosts:
//   import { mount } from '/dist/pathway-widget.js';
//   const handle = mount(element, { exitUrl: 'https://example.org/' });
//   handle.destroy();
import init, { mount as mountWidget } from './pathway_widget.js';

const here = import.meta.url;

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

let ready = false;
try {
  // Styles first, so the widget never flashes unstyled; init() mounts the widgets.
  const [, wasm] = await Promise.all([loadStyles(), fetch(new URL('pathway_widget_bg.wasm', here))]);
  if (!wasm.ok) throw new Error(`the .wasm file answered ${wasm.status}`);
  await init({ module_or_path: wasm });
  ready = true;
} catch (error) {
  console.error(
    "Pathway widget: could not start, so the page's own content stays in place.",
    String(error && error.message ? error.message : error),
  );
}

/**
 * Mounts a widget into `element`.
 * @param {Element} element  its content is kept as the fallback and restored by destroy()
 * @param {{ exitUrl?: string }} [options]  exitUrl: https:// page "Exit this page" goes to
 * @returns {{ destroy(): void }}
 */
export function mount(element, options = {}) {
  if (!ready) throw new Error('Pathway widget: not loaded (see the error above).');
  return mountWidget(element, options);
}
