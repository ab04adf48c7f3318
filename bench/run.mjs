// `make bench`: measures every budget (docs/BENCHMARKS.md) against the release build in dist/
// (make builds it first), prints a table with which budgets pass, and writes it to
// docs/BENCHMARKS.md with the date and the machine. Timings are medians of several runs
// in headless Chromium (BENCH_RUNS, default 11); nothing here is asserted by a test.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir, cpus, totalmem, platform, release } from 'node:os';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { serve } from '../scripts/serve.mjs';
import { launchChromium } from '../scripts/chromium.mjs';
import { generatedPathway, STEPS, SERVICES } from './dataset.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 11);
const THROTTLE = 4;
const STEP_MOVES = 60;
const root = new URL('..', import.meta.url);
const REPORT = new URL('docs/BENCHMARKS.md', root);
const FILES = [
  'pathway-widget.js', ...readdirSync(new URL('dist/loader/', root)).map((f) => `loader/${f}`),
  'pathway_widget.js', 'pathway_widget_bg.wasm', 'pathway-widget.css',
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (t) => `${t.toFixed(1)} ms`;

/** Raw, gzip (level 9) and brotli (quality 11) size of each file the widget loads (or,
 *  given `names`, of those files of dist/). */
function sizes(names = FILES) {
  return names.map((name) => {
    const bytes = readFileSync(new URL(`dist/${name}`, root));
    return {
      name,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
}

/** A fresh page (own cache) with the CPU slowed `rate` times through the DevTools protocol. */
async function freshPage(browser, rate) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { context, page };
}

/** The moments of a first render, in order, each timed from navigation start. */
const PHASES = [
  ['loader', "the loader runs (it asks for the glue, the .wasm and the CSS)"],
  ['fetched', 'the .wasm has arrived'],
  ['instantiated', 'the .wasm is compiled and instantiated'],
  ['mounting', 'mount() starts (the CSS is in)'],
  ['rendered', "the widget is in the DOM (default data parsed and validated, yew's first render)"],
  ['shown', 'the widget is on screen (style, layout, paint): the first-render time'],
];

/**
 * First render, throttled: the demo page as a portal serves it (the widget's first frame
 * with its controls in place), against the same page without the widget's script (its
 * static fallback's first contentful paint), alternating in one run. Widget runs also
 * note the moments in PHASES, to show where the time goes.
 */
async function firstRender(browser, base) {
  const indexHtml = readFileSync(new URL('index.html', root), 'utf8');
  const fallbackOnly = indexHtml.replace(/<script type="module"[^>]*><\/script>/, '');
  const widget = [];
  const fallback = [];
  for (let run = 0; run < RUNS; run += 1) {
    for (const withWidget of [true, false]) {
      const { context, page } = await freshPage(browser, THROTTLE);
      await context.route(`${base}/bench-fallback.html`, (route) => route.fulfill({ contentType: 'text/html', body: fallbackOnly }));
      // Times are reported through the console: waiting with page.waitForFunction() would
      // inject Playwright's own script, whose evaluation (80 ms at 4×) lands in the middle
      // of the widget's start-up.
      const reported = page.waitForEvent('console', (message) => message.text().startsWith('bench:'));
      await page.addInitScript((timeWidget) => {
        const moments = {};
        const note = (name) => { moments[name] ??= performance.now(); };
        const report = () => console.debug(`bench: ${JSON.stringify(moments)}`);
        new PerformanceObserver((entries) => {
          const paint = entries.getEntriesByName('first-contentful-paint')[0];
          if (!paint) return;
          moments.painted = paint.startTime;
          if (!timeWidget) report();
        }).observe({ type: 'paint', buffered: true });
        if (!timeWidget) return;
        const { instantiateStreaming } = WebAssembly;
        WebAssembly.instantiateStreaming = async (...args) => {
          const instance = await instantiateStreaming.apply(WebAssembly, args);
          note('instantiated');
          return instance;
        };
        const shown = () => {
          const started = (end) => performance.getEntriesByType('resource').find((r) => r.name.endsWith(end));
          moments.loader = started('/pathway_widget.js')?.startTime;
          moments.fetched = started('/pathway_widget_bg.wasm')?.responseEnd;
          note('shown');
          report();
        };
        // The widget renders into a shadow root, which an observer of the document does
        // not see, so every shadow root is watched from the moment it is attached.
        const watch = (root) => new MutationObserver((_, observer) => {
          if (!root.querySelector('.pathway__exit')) return;
          observer.disconnect();
          note('rendered');
          requestAnimationFrame(() => setTimeout(shown));
        }).observe(root, { subtree: true, childList: true });
        const attachShadow = Element.prototype.attachShadow;
        Element.prototype.attachShadow = function attach(init) {
          note('mounting');
          const root = attachShadow.call(this, init);
          watch(root);
          return root;
        };
        watch(document);
      }, withWidget);
      await page.goto(`${base}/${withWidget ? 'index.html' : 'bench-fallback.html'}`);
      const moments = JSON.parse((await reported).text().slice('bench: '.length));
      (withWidget ? widget : fallback).push(moments);
      await context.close();
    }
  }
  const phases = PHASES.map(([name, what]) => ({ what, at: median(widget.map((m) => m[name])) }));
  return {
    widget: median(widget.map((m) => m.shown)),
    fallback: median(fallback.map((m) => m.painted)),
    hostPaintWithWidget: median(widget.map((m) => m.painted)),
    phases,
  };
}

/** Opens the benchmark host page and mounts the widget with the default data. */
async function benchPage(browser, base, rate) {
  const opened = await freshPage(browser, rate);
  await opened.page.goto(`${base}/bench/host.html`);
  await opened.page.waitForFunction(() => window.pathwayBench);
  return opened;
}

/**
 * Moves forward through the default pathway by clicking (the first answer, or Continue,
 * or Start again on the plan), timing each from the click until the frame after the new
 * step is on screen (a requestAnimationFrame, then a task once it has painted).
 */
async function stepChanges(browser, base, rate) {
  const { context, page } = await benchPage(browser, base, rate);
  const samples = await page.evaluate(async (moves) => {
    window.pathwayBench.mount({});
    await new Promise((done) => setTimeout(done, 50));
    const times = [];
    const painted = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
    for (let i = 0; i < moves; i += 1) {
      const step = document.querySelector('.pathway__step');
      const box = step.querySelector('input[type=checkbox]');
      if (box && !box.checked) {
        box.click(); // a tick is not a step change: not timed
        await painted();
      }
      const forward = step.querySelector('.pathway__choice')
        || [...step.querySelectorAll(':scope > .pathway__button')].pop()
        || [...document.querySelectorAll('.pathway__nav button')].find((b) => b.textContent === 'Start again');
      const start = performance.now();
      forward.click();
      await painted();
      times.push(performance.now() - start);
    }
    return times;
  }, STEP_MOVES);
  await context.close();
  return { median: median(samples), p95: p95(samples) };
}

/** Parsing and validating the generated dataset in the browser, by mount() with it. */
async function dataScaleInBrowser(browser, base, text) {
  const { context, page } = await benchPage(browser, base, 1);
  const times = await page.evaluate(({ text: data, runs }) => Array.from({ length: runs }, () => {
    const start = performance.now();
    const handle = window.pathwayBench.mount({ data: [{ name: 'generated.json', text: data }] });
    const took = performance.now() - start;
    handle.destroy();
    return took;
  }), { text, runs: RUNS });
  await context.close();
  return median(times);
}

function dataScaleNatively(file) {
  const out = execFileSync('cargo', ['bench', '-q', '--bench', 'load_validate', '--', file], { cwd: root, encoding: 'utf8' });
  return Number(/median_ms ([\d.]+)/.exec(out)[1]);
}

/** The wasm memory after walking the default pathway from the start to the plan. */
async function memoryAfterJourney(browser, base) {
  const { context, page } = await benchPage(browser, base, 1);
  const bytes = await page.evaluate(async () => {
    window.pathwayBench.mount({});
    const painted = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
    await painted();
    for (let i = 0; i < 40 && !document.querySelector('.pathway__route, .pathway__recap'); i += 1) {
      const step = document.querySelector('.pathway__step');
      step.querySelectorAll('input[type=checkbox]').forEach((box) => box.click());
      await painted();
      (step.querySelector('.pathway__choice') || [...step.querySelectorAll(':scope > .pathway__button')].pop()).click();
      await painted();
    }
    return window.pathwayBench.memoryBytes();
  });
  await context.close();
  return bytes;
}

function machine(browserVersion) {
  const rustc = execFileSync('rustc', ['--version'], { encoding: 'utf8' }).trim();
  return `${cpus().length} × ${cpus()[0].model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GB, ${platform()} ${release()}; Chromium ${browserVersion}; Node ${process.version}; ${rustc}`;
}

function report({ files, packs, first, unthrottled, throttled, browserData, nativeData, memory, about }) {
  const gzip = files.reduce((sum, f) => sum + f.gzip, 0);
  const brotli = files.reduce((sum, f) => sum + f.brotli, 0);
  const ratio = first.widget / first.fallback;
  const verdict = (ok) => (ok ? 'pass' : '**FAIL**');
  const rows = [
    ['transfer size, gzip, everything the widget loads', kb(gzip), '≤ 120 KB (aim 100 KB)', verdict(gzip <= 120 * 1024)],
    ['transfer size, brotli', kb(brotli), '', ''],
    [`first interactive render at ${THROTTLE}× CPU throttle: widget ${ms(first.widget)}, static fallback ${ms(first.fallback)}`, `${ratio.toFixed(2)}×`, '≤ 1.5×', verdict(ratio <= 1.5)],
    ['step change, click to painted, unthrottled (median; p95)', `${ms(unthrottled.median)}; ${ms(unthrottled.p95)}`, '≤ 16 ms median', verdict(unthrottled.median <= 16)],
    [`step change at ${THROTTLE}× (median; p95)`, `${ms(throttled.median)}; ${ms(throttled.p95)}`, '≤ 50 ms median', verdict(throttled.median <= 50)],
    [`${STEPS} steps and ${SERVICES} services: parse and validate in the browser`, ms(browserData), '≤ 50 ms', verdict(browserData <= 50)],
    ['the same, natively (`cargo bench --bench load_validate`)', ms(nativeData), '', ''],
    ['wasm memory after a complete journey', `${(memory / 2 ** 20).toFixed(2)} MB`, '≤ 4 MB', verdict(memory <= 4 * 2 ** 20)],
  ];
  const table = (head, body) => [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i ? '---:' : '---')).join('|')}|`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  return [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${about}. Timings are medians of ${RUNS} runs (step changes: ${STEP_MOVES} moves a run).`,
    '',
    table(['what', 'measured', 'budget', 'result'], rows),
    '',
    `Where the first render's time goes (medians at ${THROTTLE}×, from navigation start; each moment is its own median, so the gaps need not add up). The host page's own first paint was at ${ms(first.hostPaintWithWidget)} with the widget loading and ${ms(first.fallback)} without it.`,
    '',
    table(['moment', 'at', 'since the moment before'], first.phases.map(({ what, at }, i) => [
      what, ms(at), i ? ms(at - first.phases[i - 1].at) : '',
    ])),
    '',
    table(['file', 'bytes', 'gzip', 'brotli'], [
      ...files.map((f) => [`\`${f.name}\``, f.raw, f.gzip, f.brotli]),
      ['**total**', files.reduce((s, f) => s + f.raw, 0), gzip, brotli],
    ]),
    '',
    'Language packs, each fetched only when its language is asked for (not in the total above):',
    '',
    table(['pack', 'bytes', 'gzip', 'brotli'], packs.map((f) => [`\`${f.name}\``, f.raw, f.gzip, f.brotli])),
  ].join('\n');
}

/** Puts the figures between the markers of docs/BENCHMARKS.md, keeping the rest. */
function writeReport(text) {
  const [start, end] = ['<!-- bench:start -->', '<!-- bench:end -->'];
  const old = existsSync(REPORT) ? readFileSync(REPORT, 'utf8') : `# Benchmarks\n\n${start}\n${end}\n`;
  writeFileSync(REPORT, `${old.slice(0, old.indexOf(start) + start.length)}\n${text}\n${old.slice(old.indexOf(end))}`);
}

const dataFile = join(mkdtempSync(join(tmpdir(), 'pathway-bench-')), 'generated.json');
const dataText = JSON.stringify(generatedPathway());
writeFileSync(dataFile, dataText);
const server = await serve({ port: 0 });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
// Step changes only: frames as soon as there is something to paint (see launchChromium).
const framesBrowser = await launchChromium({ unthrottledFrames: true });
try {
  const figures = {
    files: sizes(),
    packs: sizes(readdirSync(new URL('dist/languages/', root)).filter((f) => f.endsWith('.json')).map((f) => `languages/${f}`)),
    first: await firstRender(browser, base),
    unthrottled: await stepChanges(framesBrowser, base, 1),
    throttled: await stepChanges(framesBrowser, base, THROTTLE),
    browserData: await dataScaleInBrowser(browser, base, dataText),
    nativeData: dataScaleNatively(dataFile),
    memory: await memoryAfterJourney(browser, base),
    about: machine(browser.version()),
  };
  const text = report(figures);
  console.log(text);
  writeReport(text);
  console.log(`\nbench: written to docs/BENCHMARKS.md`);
} finally {
  await framesBrowser.close();
  await browser.close();
  server.close();
}
