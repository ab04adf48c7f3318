import { serve } from '../scripts/serve.mjs';
import { launchChromium } from '../scripts/chromium.mjs';
import { writeFileSync } from 'node:fs';
const server = await serve({ port: 0 });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await page.addInitScript(() => {
  const watch = (root) => new MutationObserver((_, o) => {
    if (!root.querySelector('.pathway__exit')) return;
    o.disconnect(); performance.mark('dom');
    requestAnimationFrame(() => setTimeout(() => { performance.mark('shown'); window.shown = 1; }));
  }).observe(root, { subtree: true, childList: true });
  const a = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (i) { performance.mark('attach'); const r = a.call(this, i); watch(r); return r; };
});
await browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'v8.wasm', 'blink.user_timing', 'disabled-by-default-devtools.timeline'] });
await page.goto(`${base}/index.html`);
await page.waitForFunction(() => window.shown);
const buf = await browser.stopTracing();
writeFileSync('/tmp/prof/trace.json', buf);
await browser.close(); server.close();
