// A host's own files added to the built-in pathway (issue 19): one small data-src file
// with no `meta` adds a local service and its contact, and replaces one built-in contact
// by id (`replaces`), without copying the default data. The service shows in the plan for
// the area it serves and in the staff guide's referral lists; a language pack still
// translates the built-in texts, and leaves what the host wrote or replaced as written.
// A council's Open Referral UK feed, imported with pathway-import, is served the same way.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start } from './harness.mjs';
import { Widget } from './widget.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const ADDED = readFileSync(new URL('../fixtures/added/local-service.json', import.meta.url), 'utf8');
const POLISH = JSON.parse(readFileSync(new URL('../../languages/pl.json', import.meta.url), 'utf8'));
const NEW_NOTE = 'Ask the Example Community Reporting Centre to put you in touch.';
const OLD_NOTE = 'Contact them through their website.';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

const serve = (_page, context) => context.route(`${env.base}/local/added.json`, (route) => route.fulfill({ contentType: 'application/json', body: ADDED }));

/** The widget's text with every disclosure open. */
const allText = (w) => w.page.evaluate(() => {
  for (const details of __widget().querySelectorAll('details')) details.open = true;
  return __widget().innerText;
});

test('one data-src file with no meta adds a local service to the built-in pathway: in the plan for its area, with the replaced contact as the host wrote it', async () => {
  const w = await Widget.host(env, 'data-src="/local/added.json"', { before: serve });
  const { labels } = await w.walk(0);
  assert.ok(labels.includes('Leicester city'), `this walk lives in Leicester: ${labels}`);
  const plan = await allText(w);
  assert.ok(plan.includes('Example Community Reporting Centre'), 'the host\'s service is in the plan');
  assert.ok(plan.includes('0116 496 0123'), 'with its contact');
  assert.ok(plan.includes('Victim First') && plan.includes(NEW_NOTE) && !plan.includes(OLD_NOTE), 'the replaced contact as the host wrote it');
  assert.ok(plan.includes('Stop Hate UK'), 'the built-in services are all still there');
  assert.deepEqual(w.log.console.filter((m) => m.startsWith('error')), []);
  await w.context.close();
});

test('the staff guide lists the added service for its area, and a language pack translates the rest but not what the host wrote', async () => {
  const w = await Widget.host(env, 'lang="pl" data-mode="staff" data-area="leicester" data-src="/local/added.json"', { before: serve });
  await w.page.waitForFunction(() => __widget()?.getAttribute('lang') === 'pl');
  const guide = await allText(w);
  assert.ok(guide.includes('Example Community Reporting Centre'), 'the host\'s service in the referral lists');
  assert.ok(guide.includes(NEW_NOTE), 'the replaced contact in the host\'s words');
  assert.ok(guide.includes(POLISH.pathway['service.victim-first.summary']), 'a built-in text the host did not change, in Polish');
  assert.ok(!w.log.console.some((m) => m.includes('changes the widget\'s own words only')), 'no warning that the pack cannot translate the pathway');
  await w.context.close();
  const rutland = await Widget.host(env, 'data-mode="staff" data-area="rutland" data-src="/local/added.json"', { before: serve });
  assert.ok(!(await allText(rutland)).includes('0116 496 0123'), 'not in another area\'s lists');
  await rutland.context.close();
});

test('a council\'s Open Referral UK feed, imported with pathway-import, shows in the plan and the staff guide when served as data-src', async () => {
  const out = mkdtempSync(join(tmpdir(), 'oruk-'));
  execFileSync('cargo', ['run', '-q', '--bin', 'pathway-import', '--', 'oruk', 'tests/fixtures/oruk/single-service.json', '--out', out, '--source', 'https://example.org/directory/services'], { cwd: ROOT });
  const files = { '/local/services.json': readFileSync(join(out, 'services.json'), 'utf8'), '/local/contacts.json': readFileSync(join(out, 'contacts.json'), 'utf8') };
  const serveImported = (_page, context) => Promise.all(Object.entries(files).map(([path, body]) => context.route(`${env.base}${path}`, (route) => route.fulfill({ contentType: 'application/json', body }))));
  const src = 'data-src="/local/services.json /local/contacts.json"';
  const w = await Widget.host(env, src, { before: serveImported });
  await w.walk(0);
  const plan = await allText(w);
  assert.ok(plan.includes('Example Community Hate Incident Support') && plan.includes('0116 496 0200'), 'in the plan for Leicester');
  await w.context.close();
  const staff = await Widget.host(env, `data-mode="staff" data-area="leicester" ${src}`, { before: serveImported });
  const guide = await allText(staff);
  assert.ok(guide.includes('Example Community Hate Incident Support') && guide.includes('Monday to Friday, 9:30am to 4:30pm'), 'in the staff guide\'s referral lists, with its hours');
  await staff.context.close();
});
