// `make profile`: where the first render's CPU time goes, by function. It serves the demo
// page as `make bench` does (4× CPU throttle, fresh browser context each run), but with the
// widget's .wasm as wasm-bindgen leaves it, names kept (the release .wasm has none), and
// records a DevTools CPU profile from navigation until the widget is on screen. It prints
// the functions with the most time of their own and the widget's main calls with the time
// spent in them and below, each the mean over the runs. `make bench` gives the budgets;
// this says what to work on. (The unoptimised .wasm is a little slower than dist/'s.)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../scripts/serve.mjs';
import { launchChromium } from '../scripts/chromium.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 5);
const THROTTLE = 4;
const root = new URL('..', import.meta.url);
// The calls worth seeing whole: the mount, and each part of it.
const CALLS = /^(mount|pathway_widget::(embed::(mount|props_for|Options::read)|validate::(load_valid|validate)|load::load|reader::read)|yew::scheduler::arch::run_scheduler|serde_json::de::from_str)$/;

/** The release .wasm through wasm-bindgen with its names kept, with its glue. */
function namedBuild() {
  const out = mkdtempSync(join(tmpdir(), 'pathway-profile-'));
  const wasm = new URL('target/wasm32-unknown-unknown/release/pathway_widget.wasm', root).pathname;
  execFileSync('wasm-bindgen', ['--target', 'web', '--out-dir', out, '--out-name', 'pathway_widget', '--keep-debug', wasm]);
  return { glue: readFileSync(join(out, 'pathway_widget.js')), wasm: readFileSync(join(out, 'pathway_widget_bg.wasm')) };
}

/** Self and total time (ms) of every function in one CPU profile. */
function times(profile) {
  const self = new Map();
  const total = new Map();
  const parent = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children || []) parent.set(child, node.id);
  const sampled = new Map();
  profile.samples.forEach((id, i) => sampled.set(id, (sampled.get(id) || 0) + (profile.timeDeltas[i + 1] || 0) / 1000));
  const add = (map, name, t) => map.set(name, (map.get(name) || 0) + t);
  for (const [id, t] of sampled) {
    add(self, byId.get(id).callFrame.functionName || '(anonymous)', t);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at).callFrame.functionName;
      if (!seen.has(name)) add(total, name, t);
      seen.add(name);
    }
  }
  return { self, total };
}

const named = namedBuild();
const server = await serve({ port: 0 });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
const self = new Map();
const total = new Map();
try {
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.route(`${base}/dist/pathway_widget.js`, (r) => r.fulfill({ contentType: 'text/javascript', body: named.glue }));
    await context.route(`${base}/dist/pathway_widget_bg.wasm`, (r) => r.fulfill({ contentType: 'application/wasm', body: named.wasm }));
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const shown = page.waitForEvent('console', (m) => m.text() === 'profile: shown');
    await page.addInitScript(() => {
      const { attachShadow } = Element.prototype;
      Element.prototype.attachShadow = function attach(init) {
        const shadow = attachShadow.call(this, init);
        new MutationObserver((_, observer) => {
          if (!shadow.querySelector('.pathway__exit')) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => console.debug('profile: shown')));
        }).observe(shadow, { subtree: true, childList: true });
        return shadow;
      };
    });
    await page.goto(`${base}/index.html`);
    await shown;
    const { profile } = await cdp.send('Profiler.stop');
    const one = times(profile);
    for (const [name, t] of one.self) self.set(name, (self.get(name) || 0) + t / RUNS);
    for (const [name, t] of one.total) total.set(name, (total.get(name) || 0) + t / RUNS);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}

const plain = (name) => name.replace(/::h[0-9a-f]{16}$/, '');
const top = (map, keep, count) => [...map].filter(([name]) => keep(name)).sort((a, b) => b[1] - a[1]).slice(0, count);
console.log(`First render at ${THROTTLE}× CPU, mean of ${RUNS} runs, ms.\n\nMost time of their own:`);
for (const [name, t] of top(self, () => true, 25)) console.log(`${t.toFixed(1).padStart(8)}  ${plain(name).slice(0, 110)}`);
console.log('\nThe mount and its parts, with everything they call:');
for (const [name, t] of top(total, (name) => CALLS.test(plain(name)), 12)) console.log(`${t.toFixed(1).padStart(8)}  ${plain(name)}`);
