// Shared set-up for the end-to-end tests: the demo server (with its strict CSP), Debian's
// Chromium driven by playwright-core, and a page that records what a privacy test needs:
// every request, console message, page error and CSP violation.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { serve } from '../../scripts/serve.mjs';

export const EXIT_URL = 'https://www.bbc.co.uk/weather';

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

/** Starts the server and the browser; returns { base, browser, close }. */
export async function start() {
  const server = await serve({ port: 0 });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
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

/** A new page on `path`, recording activity, with the exit page stubbed (no network here). */
export async function open(env, path = '/index.html', { viewport = { width: 1280, height: 900 }, before } = {}) {
  const context = await env.browser.newContext({ viewport });
  const page = await context.newPage();
  const log = { requests: [], console: [], errors: [] };
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('console', (m) => log.console.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => log.errors.push(String(e.stack || e)));
  await context.route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title><p>Neutral page</p>' }));
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  if (before) await before(page, context);
  await page.goto(env.base + path);
  return { page, context, log };
}

/** Waits until the widget has mounted (its exit link exists). */
export async function widgetReady(page) {
  await page.getByRole('link', { name: /Exit this page/ }).first().waitFor();
}

export async function cspViolations(page) {
  return page.evaluate(() => window.__csp);
}

/** The default pathway's steps, read from the data files the widget compiles in. */
export function pathwaySteps() {
  const url = new URL('../../pathway-data/pathway.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')).steps;
}
