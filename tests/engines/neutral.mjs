// The "neutral website" quick exit goes to, for the WebDriver tiers: these machines have no
// internet, and an engine that cannot reach the exit page shows an error page (Firefox's
// driver even fails the click). An https server on 127.0.0.1 with a throwaway certificate
// (made with openssl, trusted through the session's `acceptInsecureCerts`) answers every
// path with a plain page and keeps the Referer each visit sent.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Starts it; resolves to { url, visits: [{ path, referer }], close }. */
export async function startNeutral() {
  const dir = mkdtempSync(join(tmpdir(), 'pathway-neutral-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '1',
    '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert], { stdio: 'ignore' });
  const visits = [];
  const server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (req, res) => {
    visits.push({ path: req.url, referer: req.headers.referer ?? '' });
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>Weather</title><p>Neutral page</p>');
  });
  rmSync(dir, { recursive: true });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { url: `https://127.0.0.1:${server.address().port}/weather`, visits, close: () => server.close() };
}
