// A small W3C WebDriver client over fetch, for the engines Playwright cannot drive here:
// Debian's Firefox ESR (geckodriver) and WebKitGTK (WebKitWebDriver, under xvfb-run), and
// Chromium (chromedriver) so that every engine runs the same steps. No client library: the
// dozen endpoints used are below, each driver is started from an explicit path, and
// nothing is ever downloaded. ../../docs/TESTING.md says how the tiers fit together.
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** W3C's key for an element reference, in scripts' results and arguments. */
export const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/**
 * The engines, how to start each one's driver, the capabilities of a new session (with
 * `noWasm`, WebAssembly turned off where the engine has a switch for it: `wasmSwitch`),
 * and whether its driver can print to PDF (`prints`).
 */
export const ENGINES = {
  chromium: {
    name: 'Chromium',
    prints: true,
    command: (port) => [process.env.CHROMEDRIVER || '/usr/bin/chromedriver', `--port=${port}`],
    // No switch turns WebAssembly off here (V8's --noexpose-wasm no longer hides it).
    capabilities: () => ({
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: process.env.CHROMIUM || '/usr/bin/chromium',
        args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
          '--disable-sync', '--no-first-run'],
      },
    }),
  },
  firefox: {
    name: 'Firefox ESR',
    prints: true,
    wasmSwitch: 'the javascript.options.wasm preference',
    command: (port) => [process.env.GECKODRIVER || 'geckodriver', '--port', String(port)],
    capabilities: ({ noWasm }) => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: process.env.FIREFOX || '/usr/bin/firefox-esr',
        args: ['-headless'],
        // No background traffic; `javascript.options.wasm` is the switch a policy turns off.
        prefs: { 'app.update.enabled': false, 'browser.shell.checkDefaultBrowser': false, ...(noWasm ? { 'javascript.options.wasm': false } : {}) },
      },
    }),
  },
  webkit: {
    name: 'WebKitGTK',
    // WebKitWebDriver has no Print command (it answers "unknown command").
    prints: false,
    // MiniBrowser needs a display: xvfb-run gives it a virtual one.
    command: (port) => ['xvfb-run', '-a', process.env.WEBKITWEBDRIVER || 'WebKitWebDriver', `--port=${port}`],
    capabilities: () => ({
      'webkitgtk:browserOptions': {
        binary: process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation'],
      },
    }),
  },
};

/** The engines to run: $ENGINES (comma-separated keys of ENGINES), else all of them. */
export function enginesWanted() {
  const keys = (process.env.ENGINES || Object.keys(ENGINES).join(',')).split(',').map((k) => k.trim()).filter(Boolean);
  for (const key of keys) if (!ENGINES[key]) throw new Error(`ENGINES names "${key}"; known: ${Object.keys(ENGINES).join(', ')}`);
  return keys;
}

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    }).on('error', fail);
  });
}

const pause = (ms) => new Promise((done) => setTimeout(done, ms));

/** A browser session: starts its driver, then the browser; `close()` ends both. */
export class Session {
  constructor(engine, driver, base, id) {
    Object.assign(this, { engine, driver, base, id });
  }

  /** Starts the driver for `key` (of ENGINES) and a new session; `noWasm` turns WebAssembly off. */
  static async start(key, { noWasm = false } = {}) {
    const engine = ENGINES[key];
    const port = await freePort();
    const [command, ...args] = engine.command(port);
    const driver = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    let stderr = '';
    driver.stderr.on('data', (chunk) => { stderr = (stderr + chunk).slice(-2000); });
    const base = `http://127.0.0.1:${port}`;
    for (let tries = 0; ; tries += 1) {
      try {
        if ((await (await fetch(`${base}/status`)).json()).value?.ready !== false) break;
      } catch {
        if (driver.exitCode !== null || tries > 300) throw new Error(`${engine.name}'s driver did not start: ${stderr}`);
      }
      await pause(100);
    }
    const session = new Session(engine, driver, base, null);
    const value = await session.command('POST', '/session', { capabilities: { alwaysMatch: { ...engine.capabilities({ noWasm }), acceptInsecureCerts: true } } });
    session.id = value.sessionId;
    session.browserVersion = value.capabilities.browserVersion;
    await session.command('POST', `/session/${session.id}/timeouts`, { script: 60000, pageLoad: 60000 });
    return session;
  }

  /** Sends one command; returns its `value`, or throws the driver's error. */
  async command(method, path, body) {
    const response = await fetch(this.base + path, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const { value } = await response.json();
    if (!response.ok) throw new Error(`${this.engine.name}: ${method} ${path}: ${value?.error}: ${value?.message}`);
    return value;
  }

  at(path) {
    return `/session/${this.id}${path}`;
  }

  /** Loads `url` and waits for the page to load. */
  goto(url) {
    return this.command('POST', this.at('/url'), { url });
  }

  /** The address of the page showing. */
  url() {
    return this.command('GET', this.at('/url'));
  }

  back() {
    return this.command('POST', this.at('/back'), {});
  }

  /**
   * Runs `fn(...args)` in the page (it may be async: the result is awaited) and returns its
   * result. Elements come back as references that `click` and `type` accept.
   */
  run(fn, ...args) {
    return this.command('POST', this.at('/execute/sync'), { script: `return (${fn}).apply(null, arguments);`, args });
  }

  /** Waits until `fn(...args)` in the page returns something truthy, and returns it. */
  async until(fn, args = [], { timeout = 20000, what = String(fn) } = {}) {
    const end = Date.now() + timeout;
    for (;;) {
      const value = await this.run(fn, ...args).catch((error) => (Date.now() < end ? null : Promise.reject(error)));
      if (value) return value;
      if (Date.now() > end) throw new Error(`${this.engine.name}: timed out waiting for ${what}`);
      await pause(50);
    }
  }

  /** Clicks an element (a reference from `run`) as the mouse would. */
  click(element) {
    return this.command('POST', this.at(`/element/${element[ELEMENT]}/click`), {});
  }

  /** Types text into an element, as the keyboard would; for a file input, `text` is a path. */
  type(element, text) {
    return this.command('POST', this.at(`/element/${element[ELEMENT]}/value`), { text });
  }

  /** Presses keys one after another: each a character or a name in KEYS. */
  press(...keys) {
    const actions = keys.flatMap((key) => {
      const value = KEYS[key] ?? key;
      return [{ type: 'keyDown', value }, { type: 'keyUp', value }];
    });
    return this.command('POST', this.at('/actions'), { actions: [{ type: 'key', id: 'keyboard', actions }] });
  }

  /** The page printed to PDF (W3C Print), as text (poppler's pdftotext). */
  async printedText() {
    const pdf = Buffer.from(await this.command('POST', this.at('/print'), {}), 'base64');
    return execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString();
  }

  /** Switches to a frame (an element reference), or back to the page with null. */
  frame(element) {
    return this.command('POST', this.at('/frame'), { id: element });
  }

  /** Ends the session and stops the driver. */
  async close() {
    await this.command('DELETE', this.at('')).catch(() => {});
    try {
      process.kill(-this.driver.pid);
    } catch {
      // already gone
    }
  }
}

/** WebDriver's code points for the keys the tests press. */
export const KEYS = { Tab: '\uE004', Enter: '\uE007', Shift: '\uE008', Space: ' ', Escape: '\uE00C' };
