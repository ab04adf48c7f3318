// Serves the repository root on http://127.0.0.1:$PORT/ (default 8080) with the strict
// Content-Security-Policy a careful portal would send, so the demo proves the widget
// works under it. No dependencies; only files inside the repository are served.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

export const CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

/**
 * The iframe embed's own page (dist/embed.html): its sandbox gives it an opaque origin, and
 * WebKit (Safari) then lets `'self'` match nothing, so the widget's scripts and files are
 * allowed by naming their origin too. Chromium and Firefox match `'self'` either way.
 */
export const embedCsp = (origin) => CSP.replace("script-src 'self'", `script-src 'self' ${origin}`).replace("connect-src 'self'", `connect-src 'self' ${origin}`);

/** Pages that embed the widget in an iframe also allow frames from the widget's origin. */
export const CSP_WITH_FRAME = `${CSP}; frame-src 'self'`;
const FRAMING_PAGES = /^\/examples\/police\//;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Starts the server; resolves to it once it listens. Port 0 picks a free port.
 * `cacheControl`: the demo sends `no-store`; a test of what a typical CMS does (which lets
 * browsers keep pages in the back-forward cache) passes something else. For tests:
 * `pages` maps paths to HTML served with the same headers (host pages), `onRequest` hears
 * every path asked for, and `answer404` names paths to refuse (a .wasm that will not load).
 */
export function serve({ port = 8080, host = '127.0.0.1', cacheControl = 'no-store', pages = {}, onRequest = () => {}, answer404 = [] } = {}) {
  const server = createServer(async (req, res) => {
  const url = new URL(req.url, `http://${host}`);
  const { pathname } = url;
  onRequest(pathname);
  const headers = {
    'Content-Security-Policy': pathname === '/dist/embed.html' ? embedCsp(`http://${req.headers.host}`)
      : FRAMING_PAGES.test(pathname) ? CSP_WITH_FRAME : CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': cacheControl,
    // The iframe embed's page has an opaque origin (its sandbox does not allow
    // same-origin), so its module scripts, .wasm and stylesheet fetches are cross-origin.
    ...(pathname.startsWith('/dist/') ? { 'Access-Control-Allow-Origin': '*' } : {}),
  };
  try {
    if (Object.hasOwn(pages, pathname)) {
      res.writeHead(200, { ...headers, 'Content-Type': TYPES['.html'] });
      res.end(pages[pathname]);
      return;
    }
    if (answer404.includes(pathname)) throw Object.assign(new Error('refused'), { code: 'ENOENT' });
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root) || /(^|\/)\.|node_modules|target/.test(path.slice(root.length))) {
      throw Object.assign(new Error('forbidden'), { code: 'ENOENT' });
    }
    if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
    const body = await readFile(path);
    res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(path)] || 'application/octet-stream' });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch (error) {
    res.writeHead(error.code === 'ENOENT' || error.code === 'EISDIR' ? 404 : 500, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found\n');
  }
});

  return new Promise((done) => server.listen(port, host, () => done(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const host = process.env.HOST || '127.0.0.1';
  const server = await serve({ port: Number(process.env.PORT || 8080), host });
  const base = `http://${host}:${server.address().port}`;
  console.log(`Pathway demo: ${base}/index.html (Ctrl+C stops it)`);
  console.log(`Example host pages: ${base}/examples/gp/ (attribute), ${base}/examples/council/ (custom element), ${base}/examples/police/ (iframe)`);
}
