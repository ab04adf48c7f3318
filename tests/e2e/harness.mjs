// Shared set-up for the end-to-end tests, below the page object in widget.mjs: the demo
// server (with its strict CSP), Debian's Chromium driven by playwright-core, a page that
// records what a privacy test needs (every request, console message, page error, CSP
// violation and change to the host page outside the widget), a host page to put a widget
// on, and the default data's steps.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve, CSP } from '../../scripts/serve.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';

export const EXIT_URL = 'https://www.bbc.co.uk/weather';

/** What every test page records in itself (tests/e2e/in-page.js), run before any of its scripts. */
export const IN_PAGE = fileURLToPath(new URL('./in-page.js', import.meta.url));

/**
 * Starts the server and the browser; returns { base, browser, close }. `cms`: serve pages
 * as a typical CMS does (no `no-store`) to a browser with its back-forward cache on.
 */
export async function start({ cms = false } = {}) {
  const server = await serve({ port: 0, ...(cms ? { cacheControl: 'max-age=0' } : {}) });
  const browser = await launchChromium({ backForwardCache: cms });
  const base = `http://127.0.0.1:${server.address().port}`;
  return {
    base,
    browser,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

/**
 * A new page on `path`, recording activity, with the exit page stubbed (no network here)
 * and the referrer it is sent kept in `log.exitReferrers`. `from`: a page visited first,
 * so there is an earlier history entry for Back to go to.
 */
export async function open(env, path = '/index.html', { viewport = { width: 1280, height: 900 }, before, from } = {}) {
  const context = await env.browser.newContext({ viewport });
  const page = await context.newPage();
  const log = { requests: [], console: [], errors: [], exitReferrers: [] };
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('console', (m) => log.console.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => log.errors.push(String(e.stack || e)));
  await context.route('https://www.bbc.co.uk/**', (route) => {
    log.exitReferrers.push(route.request().headers().referer || '');
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title><p>Neutral page</p>' });
  });
  page.on('websocket', (socket) => log.requests.push(`websocket: ${socket.url()}`));
  await page.addInitScript({ path: IN_PAGE });
  if (before) await before(page, context);
  if (from) await page.goto(env.base + from);
  await page.goto(env.base + path);
  return { page, context, log };
}

/** A host page like the demo, served at `/e2e-host.html` with the same strict CSP, whose
 *  mount element has the given attributes and whose body has `extra` HTML, in `pageLang`. */
export async function routeHostPage(context, base, attributes, extra = '', pageLang = 'en') {
  const html = `<!doctype html><html lang="${pageLang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Host page</title></head>
<body><main><h1>Host page</h1>${extra}
<div data-pathway-widget ${attributes}><p class="pathway-fallback">In danger now? Call <a href="tel:999">999</a>.</p></div>
</main><script type="module" src="/dist/pathway-widget.js"></script></body></html>`;
  await context.route(`${base}/e2e-host.html`, (route) => route.fulfill({
    status: 200, contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': CSP }, body: html,
  }));
}

/** The smallest valid pathway (tests/fixtures/valid.json) with `defect` made in it, as a JSON
 *  body to serve: the same one-place breakages as tests/pathway_check.rs. */
export function brokenPathway(defect) {
  const pathway = JSON.parse(readFileSync(new URL('../fixtures/valid.json', import.meta.url), 'utf8'));
  defect(pathway);
  return JSON.stringify(pathway);
}

/**
 * The answer a walk gives on `step` (of pathwaySteps()) in its `variant`: on a `one` step
 * answer `variant % n`, on a `many` step that answer ticked (none when variant is -1), on
 * an `info` step none. Every engine's walk (widget.mjs, ../engines/widget.mjs) uses it, so
 * that together the variants reach every step and use every answer.
 */
export function answerFor(step, variant) {
  if (step.kind === 'one' || (step.kind === 'many' && variant >= 0)) {
    const n = step.choices.length;
    return step.choices[((variant % n) + n) % n];
  }
  return null;
}

/** The variants that together reach every step and use every answer, for answerFor. */
export const variants = () => {
  const most = Math.max(...pathwaySteps().map((s) => s.choices?.length || 0));
  return Array.from({ length: most + 1 }, (_, i) => i - 1);
};

/** The default pathway's steps, read from the data files the widget compiles in. */
export function pathwaySteps() {
  const url = new URL('../../pathway-data/pathway.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')).steps;
}
