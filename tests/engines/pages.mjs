// The sites the WebDriver tiers visit: the repository served with the demo's strict CSP
// (scripts/serve.mjs), with host pages whose first script is the in-page recorder; a twin
// whose .wasm is refused, for the static version; and the neutral exit page (neutral.mjs).
// Each server notes every path asked of it, so a test can tell that nothing was fetched.
import { serve } from '../../scripts/serve.mjs';
import { startNeutral } from './neutral.mjs';

/** A host page: the recorder, `before` scripts, a widget element exiting to `exitUrl`. */
function hostPage(exitUrl, { before = [], element = 'div', lang = '' } = {}) {
  const scripts = ['/tests/e2e/in-page.js', ...before].map((src) => `<script src="${src}"></script>`).join('');
  const language = lang ? ` lang="${lang}"` : '';
  const open = element === 'div' ? `<div data-pathway-widget data-exit-url="${exitUrl}"${language}>` : `<pathway-navigator exit-url="${exitUrl}"${language}>`;
  const close = element === 'div' ? '</div>' : '</pathway-navigator>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Host page</title>${scripts}</head>
<body><main><h1>Host page</h1>${open}<p class="pathway-fallback">In danger now? Call <a href="tel:999">999</a>.</p>${close}</main>
<script type="module" src="/dist/pathway-widget.js"></script></body></html>`;
}

/**
 * Starts the servers. Pages: `/host.html` (the widget), `/element.html` (as a custom
 * element), `/lockdown.html` (WebAssembly gone before the loader runs, as in iOS Lockdown
 * Mode), `/arabic.html` (the widget with `lang="ar"`), `/from.html` (a page to come from). `base` serves them all; `brokenBase` the same
 * with the .wasm answering 404. `requests` and `brokenRequests` list the paths asked for.
 */
export async function startSite() {
  const neutral = await startNeutral();
  const pages = {
    '/host.html': hostPage(neutral.url),
    '/element.html': hostPage(neutral.url, { element: 'pathway-navigator' }),
    '/lockdown.html': hostPage(neutral.url, { before: ['/tests/engines/no-wasm.js'] }),
    '/arabic.html': hostPage(neutral.url, { lang: 'ar' }),
    '/from.html': '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Search results</title></head><body><main><h1>Search results</h1></main></body></html>',
  };
  const requests = [];
  const brokenRequests = [];
  const server = await serve({ port: 0, pages, onRequest: (path) => requests.push(path) });
  const broken = await serve({ port: 0, pages, onRequest: (path) => brokenRequests.push(path), answer404: ['/dist/pathway_widget_bg.wasm'] });
  return {
    neutral,
    requests,
    brokenRequests,
    base: `http://127.0.0.1:${server.address().port}`,
    brokenBase: `http://127.0.0.1:${broken.address().port}`,
    close() {
      server.close();
      broken.close();
      neutral.close();
    },
  };
}
