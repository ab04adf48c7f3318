// Choosing what to share, in a real browser on the demo page under its strict CSP: from the
// self-help journey to a record, then a summary for the police and a different one for a
// GP, each previewed and taken away by copy, print and download, on a phone-sized screen
// and by keyboard alone; and a record saved to an encrypted file, opened again after a
// reload, and refused cleanly with a wrong passphrase or a damaged file. The privacy rules
// hold throughout: no request, nothing stored, nothing written outside the widget.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start } from './harness.mjs';
import { Widget } from './widget.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

const PHONE = { width: 320, height: 700 };

/**
 * The demo page at `viewport`, with the clipboard allowed and a stand-in print dialog that
 * counts its calls (`__prints`) and fires beforeprint, as the real one does; with a baseline.
 */
async function openToTakeAway(viewport) {
  const w = await Widget.open(env, '/index.html', {
    ready: false,
    viewport,
    before: async (_page, ctx) => ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.base }),
  });
  await w.page.addInitScript(() => {
    window.__prints = 0;
    window.print = () => { window.__prints += 1; dispatchEvent(new Event('beforeprint')); };
  });
  await w.page.reload();
  await w.baseline();
  return w;
}

/** What a person types, each easy to find in an output. */
const TYPED = {
  what: 'A man shouted at me at the bus stop and spat at my feet.',
  signs: 'He used a racist word and told me to go back home.',
  date: '2026-11-02',
  name: 'Sam Example',
  phone: '07700 900123',
  who: 'Tall man, grey hoodie, about 40',
};

test('from the journey to a police summary and a different GP summary, by keyboard alone at 320px', async () => {
  const w = await openToTakeAway(PHONE);
  const { page, context } = w;
  // The journey by mouse (journeys.test.mjs proves it by keyboard): answers that the
  // record should already know.
  await w.walk(1);
  assert.equal(await w.title(), 'Your plan');

  // Everything from here is keyboard only.
  await w.tabTo(/^Write down what happened$/, { press: 'Enter' });
  await w.headingFocused({ is: 'Your record of what happened' });
  await w.tabTo(/^Change Incident 1$/, { press: 'Enter' });
  await w.headingFocused({ is: 'Incident 1' });
  const ticked = await w.root.locator('input[type=checkbox]:checked, input[type=radio]:checked').count();
  assert.ok(ticked >= 1, 'the journey\'s answers are already ticked in the incident');
  await w.tabTo(/^What showed it was hostility$/);
  await page.keyboard.type(TYPED.signs);
  await w.tabTo(/^What happened$/);
  await page.keyboard.type(TYPED.what);
  await w.tabTo(/^Date$/);
  await page.keyboard.type('02112026'); // a date input takes day, month and year in order (en-GB)
  const date = await page.evaluate(() => __active().value);
  if (date !== TYPED.date) {
    // Browsers order a date input's parts by locale; set it through the same field.
    await page.evaluate((d) => { const el = __active(); el.value = d; el.dispatchEvent(new InputEvent('input', { bubbles: true })); }, TYPED.date);
  }
  await w.tabTo(/^Names, or what they look like$/);
  await page.keyboard.type(TYPED.who);
  await w.tabTo(/^Done$/, { press: 'Enter' });
  await w.headingFocused({ is: 'Your record of what happened' });
  await w.tabTo(/^Change About you/, { press: 'Enter' });
  await w.headingFocused({ is: 'About you and what you would like' });
  await w.tabTo(/^Name$/);
  await page.keyboard.type(TYPED.name);
  await w.tabTo(/^Phone number$/);
  await page.keyboard.type(TYPED.phone);
  await w.tabTo(/^Done$/, { press: 'Enter' });
  await w.headingFocused({ is: 'Your record of what happened' });
  const listed = await w.root.locator('.pathway__incident').textContent();
  assert.match(listed, /2 November 2026/);
  assert.match(listed, /A man shouted at me/);

  await w.tabTo(/^Choose what to share$/, { press: 'Enter' });
  await w.headingFocused({ is: 'Choose what to share' });
  const preview = () => w.root.locator('.pathway__summary').innerText();
  // The police: private fields are off until ticked; tick the phone number.
  let shown = await preview();
  assert.match(shown, /Summary for the police/);
  assert.ok(shown.includes(TYPED.what) && shown.includes(TYPED.signs), shown);
  for (const hidden of [TYPED.name, TYPED.phone, TYPED.who]) assert.ok(!shown.includes(hidden), `${hidden} is off by default`);
  await w.tabTo(/^Phone number$/, { press: 'Space' });
  shown = await preview();
  assert.ok(shown.includes(TYPED.phone), 'ticked phone number is in the preview');

  // Copy: the clipboard holds exactly the preview's text.
  await w.tabTo(/^Copy$/, { press: 'Enter' });
  await w.root.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  for (const value of [TYPED.what, TYPED.signs, TYPED.phone, '2 November 2026']) assert.ok(copied.includes(value), `copied: ${value}`);
  for (const value of [TYPED.name, TYPED.who]) assert.ok(!copied.includes(value), `not copied: ${value}`);
  assert.ok(copied.indexOf('Who is telling this') < copied.indexOf('What showed it') && copied.indexOf('What showed it') < copied.indexOf('What happened:'), 'form order');

  // Print: one call, and print media shows the summary and nothing of the host page.
  await w.tabTo(/^Print$/, { press: 'Enter' });
  assert.equal(await page.evaluate(() => window.__prints), 1);
  await page.emulateMedia({ media: 'print' });
  const visibility = await page.evaluate(() => ({
    host: getComputedStyle(document.querySelector('h1')).display,
    exit: getComputedStyle(__widget().querySelector('.pathway__exit')).visibility,
    ticks: getComputedStyle(__widget().querySelector(':scope input[type=checkbox]')).visibility,
    summary: getComputedStyle(__widget().querySelector('.pathway__summary dd')).visibility,
  }));
  assert.deepEqual(visibility, { host: 'none', exit: 'hidden', ticks: 'hidden', summary: 'visible' });
  const top = await page.evaluate(() => __widget().querySelector('.pathway__summary').getBoundingClientRect().top);
  assert.ok(top < 50, `the summary starts at the top of the printed page (${top}px)`);
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('h1')).display), 'block', 'after printing, printing the page prints the page');
  await page.emulateMedia({ media: 'screen' });

  // Download for the police: the file is the preview, with a name that says nothing.
  await w.tabTo(/^Download as a text file$/);
  const police = await w.download(() => page.keyboard.press('Enter'));
  assert.equal(police.name, 'notes.txt', 'a name that says nothing about who it is for');
  assert.equal(police.text, copied);

  // The GP: a different recipient, its own ticks. Untick what happened, tick the name.
  // A radio group is one Tab stop; the arrow keys move between its options.
  await w.tabTo(/^The police$/, { shift: true });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  shown = await preview();
  assert.match(shown, /Summary for my GP or care service/);
  assert.ok(!shown.includes(TYPED.phone), 'the police tick is not the GP\'s');
  await w.tabTo(/^What happened$/, { press: 'Space' });
  await w.tabTo(/^Name$/, { shift: true, press: 'Space' });
  shown = await preview();
  assert.ok(shown.includes(TYPED.name) && !shown.includes(TYPED.what), shown);
  await w.tabTo(/^Download as a text file$/);
  const gp = await w.download(() => page.keyboard.press('Enter'));
  assert.equal(gp.name, 'notes.txt');
  assert.ok(gp.text.includes(TYPED.name) && gp.text.includes(TYPED.signs));
  for (const value of [TYPED.what, TYPED.phone, TYPED.who]) assert.ok(!gp.text.includes(value), `GP file leaves out ${value}`);

  // Back to the police: its ticks were kept.
  await w.tabTo(/^My GP or a care service$/, { shift: true });
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  assert.ok((await preview()).includes(TYPED.phone));

  // Far down the long share screen, "Exit this page" is still in view.
  await w.tabTo(/^Download as a text file$/);
  const exit = await w.root.locator('.pathway__exit').boundingBox();
  assert.ok(exit && exit.y >= 0 && exit.y + exit.height <= PHONE.height, `exit in view: ${JSON.stringify(exit)}`);
  const wide = await w.scrollWidth();
  assert.ok(wide <= 320, `no sideways scrolling at 320px (${wide})`);
  await w.privacyHeld({ typed: Object.values(TYPED) });
  await context.close();
});

/** Opens the record's file screen from the start step. */
async function toFileScreen(w) {
  await w.root.getByRole('button', { name: 'Write down what happened' }).click();
  await w.root.getByRole('button', { name: 'Save your record, or open a saved one' }).click();
  await w.headingFocused({ is: 'Save your record, or open a saved one' });
}

test('a record saved to an encrypted file opens again after a reload; a wrong passphrase or damaged file loses nothing', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'pathway-'));
  const w = await Widget.open(env);
  const { page, context } = w;
  await w.baseline();
  await w.root.getByRole('button', { name: 'Write down what happened' }).click();
  await w.root.getByRole('button', { name: 'Change Incident 1' }).click();
  await w.root.getByLabel('What happened', { exact: true }).fill(TYPED.what);
  await w.root.getByRole('button', { name: 'Done' }).click();
  await w.root.getByRole('button', { name: 'Save your record, or open a saved one' }).click();

  // Passphrases that do not match, or are too short, are refused before any work.
  await w.root.getByLabel('Passphrase', { exact: true }).fill('short');
  await w.root.getByLabel('Passphrase again').fill('short');
  await w.root.getByRole('button', { name: 'Save locked file' }).click();
  await w.root.getByRole('status').filter({ hasText: 'at least 12 characters' }).waitFor();
  await w.root.getByLabel('Passphrase', { exact: true }).fill('correct horse battery');
  await w.root.getByLabel('Passphrase again').fill('correct horse battery');
  const saved = await w.download(() => w.root.getByRole('button', { name: 'Save locked file' }).click());
  assert.equal(saved.name, 'pathway-record.json');
  assert.ok(!saved.text.includes('shouted'), 'the file does not hold the record in the clear');
  const file = JSON.parse(saved.text);
  assert.equal(file.kdf, 'PBKDF2-HMAC-SHA-256');
  assert.equal(file.cipher, 'AES-256-GCM');
  assert.equal(file.iterations, 600000);
  await w.root.getByRole('status').filter({ hasText: 'Saved as pathway-record.json' }).waitFor();
  const boxes = await w.root.locator('input[type=password]').evaluateAll((inputs) => inputs.map((i) => i.value));
  assert.deepEqual(boxes, ['', '', ''], 'passphrase boxes are emptied once read');
  await w.privacyHeld({ typed: Object.values(TYPED) });

  // A later visit: a reload forgets everything.
  await page.reload();
  await w.baseline();
  const good = join(dir, 'pathway-record.json');
  await writeFile(good, saved.text);
  const damagedData = { ...file, data: file.data.slice(0, 10) + (file.data[10] === '0' ? '1' : '0') + file.data.slice(11) };
  const damaged = join(dir, 'damaged.json');
  await writeFile(damaged, JSON.stringify(damagedData));
  const notARecord = join(dir, 'notes.json');
  await writeFile(notARecord, '{"hello": "world"}');
  await toFileScreen(w);
  // Something already on screen must survive every failed open.
  await w.root.getByRole('button', { name: 'Back to your record' }).click();
  await w.root.getByRole('button', { name: 'Change Incident 1' }).click();
  await w.root.getByLabel('What happened', { exact: true }).fill('Written today before opening');
  await w.root.getByRole('button', { name: 'Done' }).click();
  await w.root.getByRole('button', { name: 'Save your record, or open a saved one' }).click();

  const tryOpen = async (path, passphrase, expected) => {
    await w.root.getByLabel('Saved record file').setInputFiles(path);
    await w.root.getByLabel('The file\'s passphrase').fill(passphrase);
    await w.root.getByRole('button', { name: 'Open file' }).click();
    await w.root.getByRole('status').filter({ hasText: expected }).waitFor({ timeout: 20000 });
  };
  await tryOpen(good, 'wrong horse battery', /That passphrase does not open this file/);
  await tryOpen(damaged, 'correct horse battery', /That passphrase does not open this file, or the file has been changed/);
  await tryOpen(notARecord, 'correct horse battery', /not a saved record/);
  await w.root.getByRole('button', { name: 'Back to your record' }).click();
  let incidents = await w.root.locator('.pathway__incident').allInnerTexts();
  assert.equal(incidents.length, 1, 'failed opens changed nothing');
  assert.match(incidents[0], /Written today before opening/);

  await w.root.getByRole('button', { name: 'Save your record, or open a saved one' }).click();
  await tryOpen(good, 'correct horse battery', /Opened. The file had 1 incident/);
  await w.root.getByRole('button', { name: 'Back to your record' }).click();
  incidents = await w.root.locator('.pathway__incident').allInnerTexts();
  assert.equal(incidents.length, 2, 'the opened incident is added to the one on screen');
  assert.ok(incidents.some((t) => t.includes('A man shouted at me')));
  assert.ok(incidents.some((t) => t.includes('Written today before opening')));
  await w.privacyHeld({ typed: Object.values(TYPED) });
  await context.close();
});

test('quick exit while a record is being locked: nothing is downloaded, even while the neutral page is slow to arrive', async () => {
  const w = await Widget.open(env, '/index.html', {
    // Locking takes a second here whatever the machine's speed, so exit surely comes first.
    before: (p) => p.addInitScript(() => {
      const deriveKey = SubtleCrypto.prototype.deriveKey;
      SubtleCrypto.prototype.deriveKey = function slowDeriveKey(...args) {
        return new Promise((resolve) => { setTimeout(resolve, 1000); }).then(() => deriveKey.apply(this, args));
      };
    }),
  });
  const { page, log, context } = w;
  // The neutral page takes 4 seconds, so this page lives on while the browser waits.
  await context.route('https://www.bbc.co.uk/**', async (route) => {
    await new Promise((resolve) => { setTimeout(resolve, 4000); });
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' });
  });
  const downloads = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  await toFileScreen(w);
  await w.root.getByLabel('Passphrase', { exact: true }).fill('correct horse battery');
  await w.root.getByLabel('Passphrase again').fill('correct horse battery');
  await w.root.getByRole('button', { name: 'Save locked file' }).click();
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForURL(/bbc\.co\.uk/, { timeout: 10000 });
  assert.deepEqual(downloads, [], 'no file after exit');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the plan can be taken away by copy, print and download: its routes and contacts, none of the answers', async () => {
  const w = await openToTakeAway({ width: 390, height: 844 });
  const { page, context } = w;
  const { labels, seen } = await w.walk(1);
  const routes = await w.root.locator('.pathway__route h3').allTextContents();
  assert.ok(routes.length > 0, 'the walk chose a route');
  await w.root.locator('summary', { hasText: 'Take this plan with you' }).click();

  await w.button('Copy').click();
  await w.root.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  for (const route of routes) assert.ok(copied.includes(route), `the route "${route}"`);
  assert.ok(copied.includes('999'), 'the emergency number');
  const answers = labels.filter((label) => !routes.includes(label));
  for (const said of [...answers, ...seen.filter((t) => t !== 'Your plan')]) assert.ok(!copied.includes(said), `"${said}" is not taken away`);

  const file = await w.download(() => w.button('Download as a text file').click());
  assert.equal(file.name, 'notes.txt', 'a file name that says nothing');
  assert.equal(file.text, copied, 'the file is the same text');

  await w.button('Print').click();
  assert.equal(await page.evaluate(() => window.__prints), 1);
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => ({
    host: getComputedStyle(document.querySelector('h1')).display,
    plan: getComputedStyle(__widget().querySelector('.pathway__plan-print')).visibility,
    route: getComputedStyle(__widget().querySelector('.pathway__route h3')).visibility,
    text: __widget().querySelector('.pathway__plan-print').textContent,
  }));
  assert.deepEqual({ ...printed, text: printed.text === copied }, { host: 'none', plan: 'visible', route: 'hidden', text: true });
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  assert.equal(await w.root.locator('.pathway__plan-print').isVisible(), false, 'on screen the plan shows, not its text');
  await w.privacyHeld();
  await context.close();
});
