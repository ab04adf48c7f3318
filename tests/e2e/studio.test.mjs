// The studio (dist/studio.html, issue 19), as a data author with only a browser uses it:
// a broken file lists its problems with file, JSON path and fix, linked to the picture,
// which shows the unreachable screen in the warning colour; files that add to the
// built-in pathway are checked with it, drawn, previewed in each mode, and offered back;
// the picture saves as SVG. All by keyboard, axe clean, no CSP violation, and no request
// but the studio's and the widget's own files. Saves docs/screens/studio-pathway.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start } from './harness.mjs';
import { Widget } from './widget.mjs';

const ADDED = readFileSync(new URL('../fixtures/added/local-service.json', import.meta.url));
const BROKEN = JSON.stringify({
  meta: { title: 'Test pathway', area: 'Test', start: 'a', emergency: [] },
  steps: [{ id: 'a', kind: 'info', title: 'A first screen', next: 'nowhere' }, { id: 'b', kind: 'plan', title: 'A plan nobody reaches' }],
});

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

/** The studio, once it is ready (its controls are enabled then). */
async function studio() {
  const w = await Widget.open(env, '/dist/studio.html', { ready: false, viewport: { width: 1280, height: 900 } });
  await w.page.locator('#builtin:enabled').waitFor();
  return w;
}
const own = (w) => w.log.requests.filter((r) => !r.startsWith(`${env.base}/dist/`) && !r.endsWith('/favicon.ico'));

test('a broken file lists every problem with its file, path and fix, linked to the picture, where what cannot be reached is in the warning colour', async () => {
  const w = await studio();
  await w.page.setInputFiles('#files', [{ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(BROKEN) }]);
  await w.page.waitForFunction(() => document.getElementById('status').textContent.includes('problem'));
  const problems = await w.page.locator('#problems li').allTextContents();
  assert.ok(problems.some((p) => p.startsWith('mine.json: steps[0].next: ') && p.includes('Fix: ')), problems.join('\n'));
  const link = w.page.locator('#problems a[href="#steps-a"]').first();
  assert.equal(await link.count(), 1, 'the problem links to its screen in the picture');
  assert.equal(await w.page.locator('#steps-b rect').getAttribute('stroke'), '#d4351c', 'the unreachable plan in the warning colour');
  assert.ok((await w.page.locator('#steps').textContent()).includes('cannot be reached from the start'), 'and said in words');
  assert.ok(await w.page.locator('#preview').textContent().then((t) => t.includes('once the files have no problems')), 'no preview of broken files');
  assert.deepEqual(await w.axe('studio, broken file'), []);
  assert.deepEqual(await w.cspViolations(), []);
  assert.deepEqual(own(w), [], 'nothing outside the studio\'s own files');
  await w.context.close();
});

test('files that add to the built-in pathway are checked with it, drawn, previewed in each mode and language, and offered back; by keyboard, axe clean, nothing sent', async () => {
  const w = await studio();
  await w.page.setInputFiles('#files', [{ name: 'local-service.json', mimeType: 'application/json', buffer: ADDED }]);
  await w.page.waitForFunction(() => document.getElementById('status').textContent.includes('valid'));
  assert.equal(await w.page.textContent('#status'), '1 file, added to the built-in pathway: valid.');
  assert.equal(await w.page.locator('#picture svg g').count(), 11, 'every screen drawn');
  assert.ok((await w.page.locator('#by-area').textContent()).includes('Example Community Reporting Centre'), 'the added service by area');
  const preview = () => w.page.locator('#preview .pathway').first();
  await preview().waitFor();
  await w.page.selectOption('#mode', 'staff');
  await w.page.waitForFunction(() => document.querySelector('#preview > div')?.shadowRoot?.textContent.includes('Example Community Reporting Centre'));
  await w.page.selectOption('#lang', 'pl');
  await w.page.waitForFunction(() => document.querySelector('#preview > div')?.shadowRoot?.querySelector('.pathway')?.getAttribute('lang') === 'pl');
  const download = w.page.waitForEvent('download');
  await w.page.getByRole('button', { name: 'Download local-service.json' }).click();
  assert.equal(readFileSync(await (await download).path(), 'utf8'), ADDED.toString(), 'the checked file back, as it was');
  assert.deepEqual(await w.axe('studio, added files'), []);
  assert.deepEqual(await w.cspViolations(), []);
  assert.deepEqual(own(w), [], 'nothing outside the studio\'s and the widget\'s own files');
  assert.ok(w.log.requests.every((r) => !r.includes('local-service')), 'the author\'s file is never requested or sent');
  await w.context.close();

  // A council's ORUK feed, imported in the page: its summary, and its services checked and previewed.
  const o = await studio();
  const feed = readFileSync(new URL('../fixtures/oruk/single-service.json', import.meta.url));
  await o.page.setInputFiles('#oruk', [{ name: 'feed.json', mimeType: 'application/json', buffer: feed }]);
  await o.page.waitForFunction(() => document.getElementById('status').textContent.includes('valid'));
  const summary = await o.page.textContent('#oruk-summary');
  assert.ok(summary.includes('oruk-example-community-hate-incident-support: Example Community Hate Incident Support (6 contacts; for leicester)'), summary);
  assert.ok(summary.includes('the fax `0116 496 0299` is not a number a person can call'), summary);
  assert.equal(await o.page.textContent('#status'), '2 files, added to the built-in pathway: valid.');
  assert.deepEqual(own(o), []);
  await o.context.close();

  // The built-in pathway, by keyboard: its picture saves as SVG, and is the screenshot for docs.
  const k = await studio();
  await k.page.locator('#builtin').focus();
  await k.page.keyboard.press('Enter');
  await k.page.waitForSelector('#picture svg');
  const saved = k.page.waitForEvent('download');
  await k.page.locator('#save-svg').focus();
  await k.page.keyboard.press('Enter');
  const svgText = readFileSync(await (await saved).path(), 'utf8');
  assert.ok(svgText.startsWith('<svg') && svgText.includes('Who is this about?'), 'the picture as SVG');
  await k.page.setViewportSize({ width: 1700, height: 1400 });
  await k.page.evaluate(() => Object.assign(document.querySelector('.picture').style, { overflow: 'visible', maxHeight: 'none' }));
  await k.page.locator('#picture svg').screenshot({ path: new URL('../../docs/screens/studio-pathway.png', import.meta.url).pathname });
  await k.context.close();
});
