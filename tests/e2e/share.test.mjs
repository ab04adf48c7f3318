// Choosing what to share, in a real browser on the demo page under its strict CSP: from the
// self-help journey to a record, then a summary for the police and a different one for a
// GP, each previewed and taken away by copy, print and download, on a phone-sized screen
// and by keyboard alone; and a record saved to an encrypted file, opened again after a
// reload, and refused cleanly with a wrong passphrase or a damaged file. The privacy rules
// hold throughout: no request, nothing stored, nothing written outside the widget.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  start, open, widgetReady, cspViolations, takeHostChanges, storedState, NOTHING_STORED, walk, screenTitle,
  widget,
} from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

const PHONE = { width: 320, height: 700 };

/** What a person types, each easy to find in an output. */
const TYPED = {
  what: 'A man shouted at me at the bus stop and spat at my feet.',
  signs: 'He used a racist word and told me to go back home.',
  date: '2026-11-02',
  name: 'Sam Example',
  phone: '07700 900123',
  who: 'Tall man, grey hoodie, about 40',
};

/** Presses Tab until focus is on a control whose accessible text matches, or fails. */
async function tabTo(page, pattern, { limit = 80, shift = false } = {}) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
    const label = await page.evaluate(() => {
      const el = __active();
      const byLabel = el.labels && el.labels[0] ? el.labels[0].textContent : '';
      return `${byLabel || el.textContent || ''}`.trim();
    });
    if (pattern.test(label)) return label;
  }
  throw new Error(`no focusable control matching ${pattern} within ${limit} presses`);
}

/** Waits for focus to land on a heading with this text. */
async function focusedHeading(page, text) {
  await page.waitForFunction((t) => __active()?.tagName === 'H2' && __active().textContent.trim() === t, text);
}

/** Starts the download with `press` and returns the file name and text. */
async function downloaded(page, press) {
  const [download] = await Promise.all([page.waitForEvent('download'), press()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

async function privacyHeld(page, log, { url, title, historyLength, requestsAtStart }) {
  assert.deepEqual(log.requests.slice(requestsAtStart).filter((r) => !r.startsWith('blob:')), [], 'no request after load');
  assert.deepEqual(await storedState(page), NOTHING_STORED);
  assert.deepEqual(await takeHostChanges(page), [], 'nothing written outside the widget');
  assert.equal(page.url(), url);
  assert.equal(await page.title(), title, 'the page title never changes');
  assert.equal(await page.evaluate(() => history.length), historyLength);
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(log.errors, []);
  const typed = Object.values(TYPED);
  for (const message of log.console) assert.ok(!typed.some((t) => message.includes(t)), `console: ${message}`);
}

async function baseline(page, log) {
  await widgetReady(page);
  await takeHostChanges(page);
  return { url: page.url(), title: await page.title(), historyLength: await page.evaluate(() => history.length), requestsAtStart: log.requests.length };
}

test('from the journey to a police summary and a different GP summary, by keyboard alone at 320px', async () => {
  const { page, log, context } = await open(env, '/index.html', {
    viewport: PHONE,
    before: async (_page, ctx) => ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.base }),
  });
  // The print dialog is a stand-in that fires beforeprint, as the real one does.
  await page.addInitScript(() => {
    window.__prints = 0;
    window.print = () => { window.__prints += 1; dispatchEvent(new Event('beforeprint')); };
  });
  await page.reload();
  const start = await baseline(page, log);
  // The journey by mouse (journeys.test.mjs proves it by keyboard): answers that the
  // record should already know.
  await walk(page, 1);
  assert.equal(await screenTitle(page), 'Your plan');

  // Everything from here is keyboard only.
  await tabTo(page, /^Write down what happened$/);
  await page.keyboard.press('Enter');
  await focusedHeading(page, 'Your record of what happened');
  await tabTo(page, /^Change Incident 1$/);
  await page.keyboard.press('Enter');
  await focusedHeading(page, 'Incident 1');
  const ticked = await widget(page).locator('input[type=checkbox]:checked, input[type=radio]:checked').count();
  assert.ok(ticked >= 1, 'the journey\'s answers are already ticked in the incident');
  await tabTo(page, /^What showed it was hostility$/);
  await page.keyboard.type(TYPED.signs);
  await tabTo(page, /^What happened$/);
  await page.keyboard.type(TYPED.what);
  await tabTo(page, /^Date$/);
  await page.keyboard.type('02112026'); // a date input takes day, month and year in order (en-GB)
  const date = await page.evaluate(() => __active().value);
  if (date !== TYPED.date) {
    // Browsers order a date input's parts by locale; set it through the same field.
    await page.evaluate((d) => { const el = __active(); el.value = d; el.dispatchEvent(new InputEvent('input', { bubbles: true })); }, TYPED.date);
  }
  await tabTo(page, /^Names, or what they look like$/);
  await page.keyboard.type(TYPED.who);
  await tabTo(page, /^Done$/);
  await page.keyboard.press('Enter');
  await focusedHeading(page, 'Your record of what happened');
  await tabTo(page, /^Change About you/);
  await page.keyboard.press('Enter');
  await focusedHeading(page, 'About you and what you would like');
  await tabTo(page, /^Name$/);
  await page.keyboard.type(TYPED.name);
  await tabTo(page, /^Phone number$/);
  await page.keyboard.type(TYPED.phone);
  await tabTo(page, /^Done$/);
  await page.keyboard.press('Enter');
  await focusedHeading(page, 'Your record of what happened');
  const listed = await widget(page).locator('.pathway__incident').textContent();
  assert.match(listed, /2 November 2026/);
  assert.match(listed, /A man shouted at me/);

  await tabTo(page, /^Choose what to share$/);
  await page.keyboard.press('Enter');
  await focusedHeading(page, 'Choose what to share');
  const preview = () => widget(page).locator('.pathway__summary').innerText();
  // The police: private fields are off until ticked; tick the phone number.
  let shown = await preview();
  assert.match(shown, /Summary for the police/);
  assert.ok(shown.includes(TYPED.what) && shown.includes(TYPED.signs), shown);
  for (const hidden of [TYPED.name, TYPED.phone, TYPED.who]) assert.ok(!shown.includes(hidden), `${hidden} is off by default`);
  await tabTo(page, /^Phone number$/);
  await page.keyboard.press('Space');
  shown = await preview();
  assert.ok(shown.includes(TYPED.phone), 'ticked phone number is in the preview');

  // Copy: the clipboard holds exactly the preview's text.
  await tabTo(page, /^Copy$/);
  await page.keyboard.press('Enter');
  await widget(page).getByRole('status').filter({ hasText: 'Copied' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  for (const value of [TYPED.what, TYPED.signs, TYPED.phone, '2 November 2026']) assert.ok(copied.includes(value), `copied: ${value}`);
  for (const value of [TYPED.name, TYPED.who]) assert.ok(!copied.includes(value), `not copied: ${value}`);
  assert.ok(copied.indexOf('Who is telling this') < copied.indexOf('What showed it') && copied.indexOf('What showed it') < copied.indexOf('What happened:'), 'form order');

  // Print: one call, and print media shows the summary and nothing of the host page.
  await tabTo(page, /^Print$/);
  await page.keyboard.press('Enter');
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
  await tabTo(page, /^Download as a text file$/);
  const police = await downloaded(page, () => page.keyboard.press('Enter'));
  assert.equal(police.name, 'notes.txt', 'a name that says nothing about who it is for');
  assert.equal(police.text, copied);

  // The GP: a different recipient, its own ticks. Untick what happened, tick the name.
  // A radio group is one Tab stop; the arrow keys move between its options.
  await tabTo(page, /^The police$/, { shift: true });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  shown = await preview();
  assert.match(shown, /Summary for my GP or care service/);
  assert.ok(!shown.includes(TYPED.phone), 'the police tick is not the GP\'s');
  await tabTo(page, /^What happened$/);
  await page.keyboard.press('Space');
  await tabTo(page, /^Name$/, { shift: true });
  await page.keyboard.press('Space');
  shown = await preview();
  assert.ok(shown.includes(TYPED.name) && !shown.includes(TYPED.what), shown);
  await tabTo(page, /^Download as a text file$/);
  const gp = await downloaded(page, () => page.keyboard.press('Enter'));
  assert.equal(gp.name, 'notes.txt');
  assert.ok(gp.text.includes(TYPED.name) && gp.text.includes(TYPED.signs));
  for (const value of [TYPED.what, TYPED.phone, TYPED.who]) assert.ok(!gp.text.includes(value), `GP file leaves out ${value}`);

  // Back to the police: its ticks were kept.
  await tabTo(page, /^My GP or a care service$/, { shift: true });
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  assert.ok((await preview()).includes(TYPED.phone));

  // Far down the long share screen, "Exit this page" is still in view.
  await tabTo(page, /^Download as a text file$/);
  const exit = await widget(page).locator('.pathway__exit').boundingBox();
  assert.ok(exit && exit.y >= 0 && exit.y + exit.height <= PHONE.height, `exit in view: ${JSON.stringify(exit)}`);
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 320, `no sideways scrolling at 320px (${wide})`);
  await privacyHeld(page, log, start);
  await context.close();
});

/** Opens the record's file screen from the start step. */
async function toFileScreen(page) {
  await widget(page).getByRole('button', { name: 'Write down what happened' }).click();
  await widget(page).getByRole('button', { name: 'Save your record, or open a saved one' }).click();
  await focusedHeading(page, 'Save your record, or open a saved one');
}

test('a record saved to an encrypted file opens again after a reload; a wrong passphrase or damaged file loses nothing', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'pathway-'));
  const { page, log, context } = await open(env);
  let start = await baseline(page, log);
  await widget(page).getByRole('button', { name: 'Write down what happened' }).click();
  await widget(page).getByRole('button', { name: 'Change Incident 1' }).click();
  await widget(page).getByLabel('What happened', { exact: true }).fill(TYPED.what);
  await widget(page).getByRole('button', { name: 'Done' }).click();
  await widget(page).getByRole('button', { name: 'Save your record, or open a saved one' }).click();

  // Passphrases that do not match, or are too short, are refused before any work.
  await widget(page).getByLabel('Passphrase', { exact: true }).fill('short');
  await widget(page).getByLabel('Passphrase again').fill('short');
  await widget(page).getByRole('button', { name: 'Save locked file' }).click();
  await widget(page).getByRole('status').filter({ hasText: 'at least 8 characters' }).waitFor();
  await widget(page).getByLabel('Passphrase', { exact: true }).fill('correct horse battery');
  await widget(page).getByLabel('Passphrase again').fill('correct horse battery');
  const saved = await downloaded(page, () => widget(page).getByRole('button', { name: 'Save locked file' }).click());
  assert.equal(saved.name, 'pathway-record.json');
  assert.ok(!saved.text.includes('shouted'), 'the file does not hold the record in the clear');
  const file = JSON.parse(saved.text);
  assert.equal(file.kdf, 'PBKDF2-HMAC-SHA-256');
  assert.equal(file.cipher, 'AES-256-GCM');
  assert.equal(file.iterations, 600000);
  await widget(page).getByRole('status').filter({ hasText: 'Saved as pathway-record.json' }).waitFor();
  const boxes = await widget(page).locator('input[type=password]').evaluateAll((inputs) => inputs.map((i) => i.value));
  assert.deepEqual(boxes, ['', '', ''], 'passphrase boxes are emptied once read');
  await privacyHeld(page, log, start);

  // A later visit: a reload forgets everything.
  await page.reload();
  start = await baseline(page, log);
  const good = join(dir, 'pathway-record.json');
  await writeFile(good, saved.text);
  const damagedData = { ...file, data: file.data.slice(0, 10) + (file.data[10] === '0' ? '1' : '0') + file.data.slice(11) };
  const damaged = join(dir, 'damaged.json');
  await writeFile(damaged, JSON.stringify(damagedData));
  const notARecord = join(dir, 'notes.json');
  await writeFile(notARecord, '{"hello": "world"}');
  await toFileScreen(page);
  // Something already on screen must survive every failed open.
  await widget(page).getByRole('button', { name: 'Back to your record' }).click();
  await widget(page).getByRole('button', { name: 'Change Incident 1' }).click();
  await widget(page).getByLabel('What happened', { exact: true }).fill('Written today before opening');
  await widget(page).getByRole('button', { name: 'Done' }).click();
  await widget(page).getByRole('button', { name: 'Save your record, or open a saved one' }).click();

  const tryOpen = async (path, passphrase, expected) => {
    await widget(page).getByLabel('Saved record file').setInputFiles(path);
    await widget(page).getByLabel('The file\'s passphrase').fill(passphrase);
    await widget(page).getByRole('button', { name: 'Open file' }).click();
    await widget(page).getByRole('status').filter({ hasText: expected }).waitFor({ timeout: 20000 });
  };
  await tryOpen(good, 'wrong horse battery', /That passphrase does not open this file/);
  await tryOpen(damaged, 'correct horse battery', /That passphrase does not open this file, or the file has been changed/);
  await tryOpen(notARecord, 'correct horse battery', /not a saved record/);
  await widget(page).getByRole('button', { name: 'Back to your record' }).click();
  let incidents = await widget(page).locator('.pathway__incident').allInnerTexts();
  assert.equal(incidents.length, 1, 'failed opens changed nothing');
  assert.match(incidents[0], /Written today before opening/);

  await widget(page).getByRole('button', { name: 'Save your record, or open a saved one' }).click();
  await tryOpen(good, 'correct horse battery', /Opened. The file had 1 incident/);
  await widget(page).getByRole('button', { name: 'Back to your record' }).click();
  incidents = await widget(page).locator('.pathway__incident').allInnerTexts();
  assert.equal(incidents.length, 2, 'the opened incident is added to the one on screen');
  assert.ok(incidents.some((t) => t.includes('A man shouted at me')));
  assert.ok(incidents.some((t) => t.includes('Written today before opening')));
  await privacyHeld(page, log, start);
  await context.close();
});

test('quick exit while a record is being locked: nothing is downloaded, even while the neutral page is slow to arrive', async () => {
  const { page, log, context } = await open(env, '/index.html', {
    // Locking takes a second here whatever the machine's speed, so exit surely comes first.
    before: (p) => p.addInitScript(() => {
      const deriveKey = SubtleCrypto.prototype.deriveKey;
      SubtleCrypto.prototype.deriveKey = function slowDeriveKey(...args) {
        return new Promise((resolve) => { setTimeout(resolve, 1000); }).then(() => deriveKey.apply(this, args));
      };
    }),
  });
  await widgetReady(page);
  // The neutral page takes 4 seconds, so this page lives on while the browser waits.
  await context.route('https://www.bbc.co.uk/**', async (route) => {
    await new Promise((resolve) => { setTimeout(resolve, 4000); });
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' });
  });
  const downloads = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  await toFileScreen(page);
  await widget(page).getByLabel('Passphrase', { exact: true }).fill('correct horse battery');
  await widget(page).getByLabel('Passphrase again').fill('correct horse battery');
  await widget(page).getByRole('button', { name: 'Save locked file' }).click();
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForURL(/bbc\.co\.uk/, { timeout: 10000 });
  assert.deepEqual(downloads, [], 'no file after exit');
  assert.deepEqual(log.errors, []);
  await context.close();
});
