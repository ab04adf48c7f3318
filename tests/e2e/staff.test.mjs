// Staff, third-party and training modes in a real browser, on host pages with the strict
// CSP: the staff guide for each setting ending in a consent and handover record; the
// third-party report; the idle wipe of shared screens (and never in self-help); every
// practice case; axe on each mode's screens; the privacy rules throughout.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import {
  start, open, widgetReady, cspViolations, takeHostChanges, storedState, NOTHING_STORED, routeHostPage,
  widget,
} from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

const button = (page, name) => widget(page).getByRole('button', { name, exact: true });
const staffData = JSON.parse(await readFile(new URL('../../pathway-data/staff.json', import.meta.url), 'utf8'));

/** A host page with these widget attributes, opened and ready, with a privacy baseline. */
async function host(attributes, options = {}) {
  const opened = await open(env, '/e2e-host.html', {
    ...options,
    before: (_page, context) => routeHostPage(context, env.base, attributes),
  });
  await widgetReady(opened.page);
  await takeHostChanges(opened.page);
  opened.requestsAtStart = opened.log.requests.length;
  return opened;
}

async function privacyHeld({ page, log, requestsAtStart }) {
  assert.deepEqual(log.requests.slice(requestsAtStart).filter((r) => !r.startsWith('blob:')), [], 'no request after load');
  assert.deepEqual(await storedState(page), NOTHING_STORED);
  assert.deepEqual(await takeHostChanges(page), [], 'nothing written outside the widget');
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(log.errors, []);
}

async function axe(page, name) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${name}: ${v.id}: ${n.target.join(' ')}`));
}

/** Saves the widget as it looks now, for reviewers (docs/screens/1280/, see the README). */
async function shot(page, name) {
  await widget(page).screenshot({ path: new URL(`../../docs/screens/1280/${name}.png`, import.meta.url).pathname, animations: 'disabled' });
}

/** Services each setting must list (from services.json's cluster and health). */
const CELLS = [
  { setting: 'primary', health: 'physical', who: 'a GP receptionist', expect: /Your GP practice/, not: /Talking Therapies/ },
  { setting: 'acute', health: 'physical', who: 'an A&E receptionist', expect: /999 ambulance or A&E/, not: /Mental Health Cafés/ },
  { setting: 'community', health: 'mental', who: 'a community mental health team', expect: /Community mental health services/, not: /999 ambulance or A&E/ },
  { setting: 'specialised', health: 'mental', who: 'a talking therapies service', expect: /NHS Talking Therapies/, not: /Your GP practice/ },
];

for (const cell of CELLS) {
  test(`staff mode: ${cell.who} sees the guide for their setting and ends with a consent and handover record`, async () => {
    const opened = await host(`data-mode="staff" data-setting="${cell.setting}" data-health="${cell.health}"`);
    const { page } = opened;
    const w = widget(page);
    assert.equal((await w.locator('h2').first().textContent()).trim(), 'Guide for staff');
    assert.ok(await w.locator(`input[type=radio][id$="setting-${cell.setting}"]`).isChecked(), 'the host\'s setting is chosen');
    assert.ok(await w.locator(`input[type=radio][id$="health-${cell.health}"]`).isChecked());
    const headings = (await w.locator('h3').allTextContents()).map((h) => h.trim());
    for (const section of staffData.guide) assert.ok(headings.includes(section.heading), `${section.heading} in ${headings}`);
    const services = (await w.locator('.pathway__service h5').allTextContents()).join('\n');
    assert.match(services, cell.expect, services);
    assert.doesNotMatch(services, cell.not);
    // Setting-only notes show for this setting and not for another.
    const text = await w.innerText();
    for (const section of staffData.guide) {
      for (const note of section.notes || []) {
        const applies = (!note.settings || note.settings.includes(cell.setting)) && (!note.health || note.health.includes(cell.health));
        assert.equal(text.includes(note.paragraphs[0]), applies, `${section.id} note for ${note.settings || 'all'}/${note.health || 'all'}`);
      }
    }
    assert.deepEqual(await axe(page, `guide ${cell.setting}`), []);
    if (cell.setting === 'primary') await shot(page, '30-staff-guide');

    // The consent and handover record.
    await button(page, 'Consent and handover record').click();
    await button(page, 'Change Incident 1').click();
    await w.getByLabel('What happened', { exact: true }).fill('Pushed off the bus ramp by a group.');
    await button(page, 'Done').click();
    await button(page, 'Change About you and what you would like').click();
    await w.getByRole('checkbox', { name: 'The police' }).check();
    await w.getByRole('checkbox', { name: 'Their GP or a care service' }).check();
    await w.getByLabel('What I will do next').fill('Referred to the local hate project today.');
    await w.getByLabel('Who will follow up, how and when').fill('Me, by text, on Friday.');
    await button(page, 'Done').click();
    await button(page, 'Choose what to share').click();
    // Consent is explicit: nothing goes to the police or the GP until it is ticked.
    assert.doesNotMatch(await w.locator('.pathway__summary').innerText(), /Pushed off the bus ramp/);
    await w.getByRole('checkbox', { name: 'What happened', exact: true }).check();
    await w.getByRole('radio', { name: 'A support organisation' }).check();
    assert.match(await w.innerText(), /The person has not agreed to share with them/);
    await w.getByRole('radio', { name: 'My GP or a care service' }).check();
    await w.getByRole('checkbox', { name: 'What happened', exact: true }).check();
    await w.getByRole('radio', { name: 'Our own records: consent and handover' }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), button(page, 'Download as a text file').click()]);
    const record = await readFile(await download.path(), 'utf8');
    assert.match(record, /^Consent and handover record/);
    assert.match(record, /What I will do next: Referred to the local hate project today\./);
    assert.match(record, /What the person agreed may be shared, and with whom/);
    assert.match(record, /The police: What happened\n/);
    assert.match(record, /My GP or a care service: What happened\n/);
    assert.doesNotMatch(record, /A support organisation:/, 'only the recipients agreed to');
    // The referral list: the services of this setting, with how to reach them.
    const referrals = record.slice(record.indexOf('Services to refer to'));
    assert.match(referrals, new RegExp(`^Services to refer to \\(${cell.setting[0].toUpperCase()}${cell.setting.slice(1)}, ${cell.health} health\\)`));
    assert.match(referrals, cell.expect);
    assert.doesNotMatch(referrals, cell.not);
    // The handover questions stay out of the summary for the police.
    await w.getByRole('radio', { name: 'The police' }).check();
    const police = await w.locator('.pathway__summary').innerText();
    assert.match(police, /Pushed off the bus ramp/);
    assert.doesNotMatch(police, /Referred to the local hate project/);
    await privacyHeld(opened);
    await opened.context.close();
  });
}

test('staff mode: changing the setting in the widget changes the guide and its services', async () => {
  const opened = await host('data-mode="staff" data-setting="primary"');
  const w = widget(opened.page);
  await w.getByRole('radio', { name: /^Specialised/ }).check();
  await w.getByRole('radio', { name: 'Mental health', exact: true }).check();
  const services = (await w.locator('.pathway__service h5').allTextContents()).join('\n');
  assert.match(services, /Talking Therapies/i);
  assert.doesNotMatch(services, /GP practice/);
  await opened.context.close();
});

test('an unknown mode or setting keeps the default and says how to fix it in the console', async () => {
  const opened = await host('data-mode="admin" data-setting="ward"');
  assert.equal((await widget(opened.page).locator('h2').first().textContent()).trim().length > 0, true);
  assert.ok(await button(opened.page, 'Start').isVisible(), 'self-help, the default');
  const warnings = opened.log.console.filter((m) => m.startsWith('warning'));
  assert.ok(warnings.some((m) => m.includes('data-mode="admin"') && m.includes('Fix: use self-help, staff, third-party or training')), warnings.join('\n'));
  assert.ok(warnings.some((m) => m.includes('data-setting="ward"')), warnings.join('\n'));
  await opened.context.close();
});

test('third-party mode: a reporting centre completes a report with per-field consent, anonymously, and prints or copies it', async () => {
  const opened = await host('data-mode="third-party"');
  const { page, context } = opened;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.base });
  await page.evaluate(() => { window.print = () => { window.__printed = true; }; });
  const w = widget(page);
  assert.equal((await w.locator('h2').first().textContent()).trim(), 'Report of what happened');
  assert.match(await w.innerText(), /For the reporting centre[\s\S]*Do not: pass on their name or contact details without their consent/);
  await button(page, 'Change About you and what you would like').click();
  await w.getByRole('radio', { name: 'I want to stay anonymous' }).check();
  await w.getByRole('checkbox', { name: 'A hate incident reporting centre' }).check();
  await button(page, 'Done').click();
  await button(page, 'Change Incident 1').click();
  await w.getByLabel('What happened', { exact: true }).fill('Eggs thrown at the shop window with shouted abuse.');
  await w.getByLabel('Names, or what they look like').fill('Two men in their twenties');
  await button(page, 'Done').click();
  await button(page, 'Choose what to share').click();
  await w.getByRole('radio', { name: 'A hate incident reporting centre' }).check();
  let preview = await w.locator('.pathway__summary').innerText();
  assert.doesNotMatch(preview, /Eggs thrown|Two men|anonymous/, 'nothing leaves for a recipient until the person agrees, field by field');
  for (const field of ['Giving a name', 'What happened', 'Names, or what they look like']) {
    await w.getByRole('checkbox', { name: field, exact: true }).check();
  }
  preview = await w.locator('.pathway__summary').innerText();
  assert.match(preview, /I want to stay anonymous/);
  assert.match(preview, /Two men in their twenties/);
  await button(page, 'Copy').click();
  await w.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /Eggs thrown at the shop window/);
  await button(page, 'Print').click();
  assert.equal(await page.evaluate(() => window.__printed), true);
  // The centre's own record lists what the person agreed may go to the centre.
  await w.getByRole('radio', { name: 'Our own records: consent and handover' }).check();
  assert.match(await w.locator('.pathway__summary').innerText(), /What the person agreed may be shared, and with whom\s*A hate incident reporting centre\s*Giving a name; What happened; Names, or what they look like/);
  assert.deepEqual(await axe(page, 'third-party share'), []);
  await button(page, 'Back to your record').click();
  await shot(page, '31-third-party');
  await privacyHeld(opened);
  await context.close();
});

test('shared screens warn 20 seconds ahead, then wipe everything; using the widget or "Keep working" keeps it', async () => {
  // Half a minute, the shortest a host may set: the warning comes 20 seconds before the wipe.
  const opened = await host('data-mode="staff" data-idle-minutes="0.5"');
  const { page } = opened;
  const w = widget(page);
  const alert = () => w.getByRole('alert').filter({ hasText: 'This screen will be cleared soon' });
  await button(page, 'Consent and handover record').click();
  await button(page, 'Change Incident 1').click();
  await w.getByLabel('What happened', { exact: true }).fill('Written at the desk');
  // The warning comes, and a key press takes it away.
  await alert().waitFor({ timeout: 15000 });
  assert.deepEqual(await axe(page, 'idle warning'), []);
  await shot(page, '33-idle-warning');
  await page.keyboard.press('End');
  await alert().waitFor({ state: 'detached', timeout: 2000 });
  // It comes again; "Keep working" (a click, as a screen reader sends it) takes it away.
  await alert().waitFor({ timeout: 15000 });
  await w.getByRole('button', { name: 'Keep working' }).dispatchEvent('click');
  await alert().waitFor({ state: 'detached', timeout: 2000 });
  assert.equal(await w.getByLabel('What happened', { exact: true }).inputValue(), 'Written at the desk');
  // Left alone: the wipe, back to the guide, with focus left where it was.
  await w.locator('h2', { hasText: 'Guide for staff' }).waitFor({ timeout: 35000 });
  assert.equal(await page.evaluate(() => __active().tagName), 'BODY', 'the wipe does not move focus');
  await button(page, 'Consent and handover record').click();
  assert.match(await w.locator('.pathway__incident').innerText(), /Nothing written about what happened yet/, 'the record was wiped');
  await privacyHeld(opened);
  await opened.context.close();
});

test('"Clear screen" wipes everything at once on a shared screen', async () => {
  const opened = await host('data-mode="third-party"');
  const w = widget(opened.page);
  await button(opened.page, 'Change Incident 1').click();
  await w.getByLabel('What happened', { exact: true }).fill('To be cleared');
  await button(opened.page, 'Clear screen').click();
  await opened.page.waitForFunction(() => __active()?.tagName === 'H2');
  await button(opened.page, 'Change Incident 1').click();
  assert.equal(await w.getByLabel('What happened', { exact: true }).inputValue(), '', 'the text is gone');
  assert.equal(await w.locator('input:checked').count(), 0, 'no answer is left');
  await opened.context.close();
});

test('self-help is never wiped for being idle, whatever the host sets', async () => {
  const opened = await host('data-idle-minutes="0.5"');
  const { page } = opened;
  const w = widget(page);
  await button(page, 'Write down what happened').click();
  await button(page, 'Change Incident 1').click();
  await w.getByLabel('What happened', { exact: true }).fill('Take your time');
  await page.waitForTimeout(32000);
  assert.equal(await w.getByLabel('What happened', { exact: true }).inputValue(), 'Take your time');
  assert.equal(await w.getByRole('alert').count(), 0, 'no warning either');
  assert.equal(await button(page, 'Clear screen').count(), 0, 'no Clear in self-help');
  await opened.context.close();
});

test('training mode: every practice case works end to end, with feedback on every answer and a private score', async () => {
  const opened = await host('data-mode="training"');
  const { page } = opened;
  const w = widget(page);
  assert.ok(staffData.scenarios.length >= 8, 'at least eight cases');
  const problems = [];
  for (const [index, scenario] of staffData.scenarios.entries()) {
    await w.getByRole('button', { name: scenario.title, exact: true }).click();
    await page.waitForFunction((t) => __active()?.textContent.trim() === t, scenario.title);
    for (const question of scenario.questions) {
      assert.match(await w.innerText(), new RegExp(question.prompt.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      // A wrong answer first, then the best one: each shows its own feedback.
      const wrong = question.answers.find((a) => !a.best);
      const best = question.answers.find((a) => a.best);
      for (const answer of [wrong, best]) {
        await w.getByRole('button', { name: answer.label, exact: true }).click();
        const status = w.locator('.pathway__feedback');
        await status.filter({ hasText: answer.feedback }).waitFor();
        assert.match(await status.innerText(), answer.best ? /This is what the pathway points to/ : /Not the best answer/);
      }
      if (index === 0 && question === scenario.questions[0]) {
        problems.push(...await axe(page, 'practice question with feedback'));
        await shot(page, '32-practice-feedback');
      }
      const last = scenario.questions.at(-1) === question;
      await button(page, last ? 'Finish this case' : 'Next question').click();
      // Focus moves to the next question, or to the result, so it is read out.
      const expected = last ? 'Case finished' : `Question ${scenario.questions.indexOf(question) + 2} of ${scenario.questions.length}`;
      await page.waitForFunction((t) => __active()?.textContent.trim() === t, expected);
    }
    assert.match(await w.innerText(), new RegExp(`first time in 0 of ${scenario.questions.length} questions`));
    await button(page, 'Back to the practice cases').click();
  }
  // The best answer first time scores.
  const first = staffData.scenarios[0];
  await w.getByRole('button', { name: first.title, exact: true }).click();
  for (const question of first.questions) {
    await w.getByRole('button', { name: question.answers.find((a) => a.best).label, exact: true }).click();
    await button(page, first.questions.at(-1) === question ? 'Finish this case' : 'Next question').click();
  }
  assert.match(await w.innerText(), new RegExp(`first time in ${first.questions.length} of ${first.questions.length} questions`));
  await button(page, 'Back to the practice cases').click();
  assert.deepEqual(problems, []);
  assert.deepEqual(await axe(page, 'practice cases'), []);
  await privacyHeld(opened);
  await opened.context.close();
});

test('at 320px the staff guide, the third-party record and a practice case pass axe and never scroll sideways', async () => {
  const problems = [];
  for (const [mode, prepare] of [
    ['staff', async () => {}],
    ['third-party', async () => {}],
    ['training', async (page) => {
      await widget(page).getByRole('button', { name: staffData.scenarios[1].title, exact: true }).click();
      await widget(page).getByRole('button', { name: staffData.scenarios[1].questions[0].answers[1].label, exact: true }).click();
    }],
  ]) {
    const opened = await host(`data-mode="${mode}"`, { viewport: { width: 320, height: 700 } });
    await prepare(opened.page);
    problems.push(...await axe(opened.page, `${mode} at 320px`));
    const wide = await opened.page.evaluate(() => document.documentElement.scrollWidth);
    if (wide > 320) problems.push(`${mode}: scrolls sideways (${wide}px)`);
    await opened.context.close();
  }
  assert.deepEqual(problems, []);
});

test('quick exit works the same in staff mode, wiping the record before leaving', async () => {
  const opened = await host('data-mode="staff"');
  const { page } = opened;
  await button(page, 'Consent and handover record').click();
  await button(page, 'Change Incident 1').click();
  await widget(page).getByLabel('What happened', { exact: true }).fill('Said at the desk');
  await widget(page).getByRole('link', { name: /Exit this page/ }).click();
  await page.waitForURL(/bbc\.co\.uk/);
  assert.deepEqual(opened.log.errors, []);
  await opened.context.close();
});
