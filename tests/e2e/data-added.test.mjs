// A host's own files added to the built-in pathway (issue 19): one small data-src file
// with no `meta` adds a local service and its contact, and replaces one built-in contact
// by id (`replaces`), without copying the default data. The service shows in the plan for
// the area it serves and in the staff guide's referral lists; a language pack still
// translates the built-in texts, and leaves what the host wrote or replaced as written.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start } from './harness.mjs';
import { Widget } from './widget.mjs';

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
  assert.ok(labels.includes('Leicester'), 'this walk lives in Leicester');
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
  assert.ok(!(await allText(rutland)).includes('Example Community Reporting Centre'), 'not in another area\'s lists');
  await rutland.context.close();
});
