import { serve } from '../scripts/serve.mjs';
import { launchChromium } from '../scripts/chromium.mjs';
const server = await serve({ port: 0 });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
const rows = [];
for (let run = 0; run < Number(process.env.RUNS || 5); run++) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.marks = {};
    const mark = (k) => { window.marks[k] ??= performance.now(); };
    const watch = (root) => new MutationObserver((_, o) => {
      if (!root.querySelector('.pathway__exit')) return;
      o.disconnect(); mark('dom');
      requestAnimationFrame(() => setTimeout(() => mark('shown')));
    }).observe(root, { subtree: true, childList: true });
    const a = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (i) { mark('attachShadow'); const r = a.call(this, i); watch(r); return r; };
    const is = WebAssembly.instantiateStreaming;
    WebAssembly.instantiateStreaming = async function (...args) { mark('instStart'); const r = await is.apply(this, args); mark('instEnd'); return r; };
    const rs = CSSStyleSheet.prototype.replaceSync;
    CSSStyleSheet.prototype.replaceSync = function (t) { mark('cssStart'); rs.call(this, t); mark('cssEnd'); };
    document.addEventListener('DOMContentLoaded', () => mark('dcl'));
  });
  await page.goto(`${base}/index.html`);
  await page.waitForFunction(() => window.marks.shown);
  const r = await page.evaluate(() => {
    const res = Object.fromEntries(performance.getEntriesByType('resource').map((e) => [e.name.split('/').pop(), [Math.round(e.startTime), Math.round(e.responseEnd)]]));
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    return { ...Object.fromEntries(Object.entries(window.marks).map(([k, v]) => [k, Math.round(v)])), fcp: Math.round(fcp), res };
  });
  rows.push(r);
  await context.close();
}
for (const r of rows) console.log(JSON.stringify(r));
await browser.close(); server.close();
