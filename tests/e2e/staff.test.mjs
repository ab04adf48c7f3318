// Staff, third-party and training modes in a real browser, on host pages with the strict
// CSP: the staff guide for each setting ending in a consent and handover record; the
// third-party report; the idle wipe of shared screens (and never in self-help); every
// practice case; axe on each mode's screens; the privacy rules throughout.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { start } from './harness.mjs';
import { Widget } from './widget.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

const staffData = JSON.parse(await readFile(new URL('../../pathway-data/staff.json', import.meta.url), 'utf8'));

/** A host page with these widget attributes, opened and ready, with a privacy baseline. */
async function host(attributes, options = {}) {
  const w = await Widget.host(env, attributes, options);
  await w.baseline();
  return w;
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
    const w = await host(`data-mode="staff" data-setting="${cell.setting}" data-health="${cell.health}"`);
    assert.equal(await w.title(), 'Guide for staff');
    assert.ok(await w.root.locator(`input[type=radio][id$="setting-${cell.setting}"]`).isChecked(), 'the host\'s setting is chosen');
    assert.ok(await w.root.locator(`input[type=radio][id$="health-${cell.health}"]`).isChecked());
    const headings = (await w.root.locator('h3').allTextContents()).map((h) => h.trim());
    for (const section of staffData.guide) assert.ok(headings.includes(section.heading), `${section.heading} in ${headings}`);
    const services = (await w.root.locator('.pathway__service summary').allTextContents()).join('\n');
    assert.match(services, cell.expect, services);
    assert.doesNotMatch(services, cell.not);
    // Setting-only notes are in this setting's guide (a disclosure away) and not another's.
    const text = await w.root.textContent();
    for (const section of staffData.guide) {
      for (const note of section.notes || []) {
        const applies = (!note.settings || note.settings.includes(cell.setting)) && (!note.health || note.health.includes(cell.health));
        assert.equal(text.includes(note.paragraphs[0]), applies, `${section.id} note for ${note.settings || 'all'}/${note.health || 'all'}`);
      }
    }
    assert.deepEqual(await w.axe(`guide ${cell.setting}`), []);
    if (cell.setting === 'primary') await w.shot('1280/30-staff-guide');

    // The consent and handover record.
    await w.button('Consent and handover record').click();
    await w.button('Change Incident 1').click();
    await w.root.getByLabel('What happened', { exact: true }).fill('Pushed off the bus ramp by a group.');
    await w.button('Done').click();
    await w.button('Change About you and what you would like').click();
    await w.root.getByRole('checkbox', { name: 'The police' }).check();
    await w.root.getByRole('checkbox', { name: 'Their GP or a care service' }).check();
    await w.root.getByLabel('What I will do next').fill('Referred to the local hate project today.');
    await w.root.getByLabel('Who will follow up, how and when').fill('Me, by text, on Friday.');
    await w.button('Done').click();
    await w.button('Choose what to share').click();
    // Consent is explicit: nothing goes to the police or the GP until it is ticked.
    assert.doesNotMatch(await w.root.locator('.pathway__summary').innerText(), /Pushed off the bus ramp/);
    await w.root.getByRole('checkbox', { name: 'What happened', exact: true }).check();
    await w.root.getByRole('radio', { name: 'A support organisation' }).check();
    assert.match(await w.root.innerText(), /The person has not agreed to share with them/);
    await w.root.getByRole('radio', { name: 'My GP or a care service' }).check();
    await w.root.getByRole('checkbox', { name: 'What happened', exact: true }).check();
    await w.root.getByRole('radio', { name: 'Our own records: consent and handover' }).check();
    const { text: record } = await w.download(() => w.button('Download as a text file').click());
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
    await w.root.getByRole('radio', { name: 'The police' }).check();
    const police = await w.root.locator('.pathway__summary').innerText();
    assert.match(police, /Pushed off the bus ramp/);
    assert.doesNotMatch(police, /Referred to the local hate project/);
    await w.privacyHeld();
    await w.context.close();
  });
}

test('staff mode: changing the setting in the widget changes the guide and its services', async () => {
  const w = await host('data-mode="staff" data-setting="primary"');
  await w.root.locator('summary', { hasText: /^Your setting: Primary/ }).click();
  await w.root.getByRole('radio', { name: /^Specialised/ }).check();
  await w.root.getByRole('radio', { name: 'Mental health', exact: true }).check();
  const services = (await w.root.locator('.pathway__service summary').allTextContents()).join('\n');
  assert.match(services, /Talking Therapies/i);
  assert.doesNotMatch(services, /GP practice/);
  await w.context.close();
});

test('an unknown mode or setting keeps the default and says how to fix it in the console', async () => {
  const w = await host('data-mode="admin" data-setting="ward"');
  assert.equal((await w.title()).length > 0, true);
  assert.ok(await w.button('Start').isVisible(), 'self-help, the default');
  const warnings = w.log.console.filter((m) => m.startsWith('warning'));
  assert.ok(warnings.some((m) => m.includes('data-mode="admin"') && m.includes('Fix: use self-help, staff, third-party or training')), warnings.join('\n'));
  assert.ok(warnings.some((m) => m.includes('data-setting="ward"')), warnings.join('\n'));
  await w.context.close();
});

test('third-party mode: a reporting centre completes a report with per-field consent, anonymously, and prints or copies it', async () => {
  const w = await host('data-mode="third-party"');
  const { page, context } = w;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.base });
  await page.evaluate(() => { window.print = () => { window.__printed = true; }; });
  assert.equal(await w.title(), 'Report of what happened');
  assert.match(await w.root.innerText(), /For the reporting centre[\s\S]*Do not: pass on their name or contact details without their consent/);
  await w.button('Change About you and what you would like').click();
  await w.root.getByRole('radio', { name: 'I want to stay anonymous' }).check();
  await w.root.getByRole('checkbox', { name: 'A hate incident reporting centre' }).check();
  await w.button('Done').click();
  await w.button('Change Incident 1').click();
  await w.root.getByLabel('What happened', { exact: true }).fill('Eggs thrown at the shop window with shouted abuse.');
  await w.root.getByLabel('Names, or what they look like').fill('Two men in their twenties');
  await w.button('Done').click();
  await w.button('Choose what to share').click();
  await w.root.getByRole('radio', { name: 'A hate incident reporting centre' }).check();
  let preview = await w.root.locator('.pathway__summary').innerText();
  assert.doesNotMatch(preview, /Eggs thrown|Two men|anonymous/, 'nothing leaves for a recipient until the person agrees, field by field');
  for (const field of ['Giving a name', 'What happened', 'Names, or what they look like']) {
    await w.root.getByRole('checkbox', { name: field, exact: true }).check();
  }
  preview = await w.root.locator('.pathway__summary').innerText();
  assert.match(preview, /I want to stay anonymous/);
  assert.match(preview, /Two men in their twenties/);
  await w.button('Copy').click();
  await w.root.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /Eggs thrown at the shop window/);
  await w.button('Print').click();
  assert.equal(await page.evaluate(() => window.__printed), true);
  // The centre's own record lists what the person agreed may go to the centre.
  await w.root.getByRole('radio', { name: 'Our own records: consent and handover' }).check();
  assert.match(await w.root.locator('.pathway__summary').innerText(), /What the person agreed may be shared, and with whom\s*A hate incident reporting centre\s*Giving a name; What happened; Names, or what they look like/);
  assert.deepEqual(await w.axe('third-party share'), []);
  await w.button('Back to your record').click();
  await w.shot('1280/31-third-party');
  await w.privacyHeld();
  await context.close();
});

test('shared screens warn 20 seconds ahead, then wipe everything; using the widget or "Keep working" keeps it', async () => {
  // Half a minute, the shortest a host may set: the warning comes 20 seconds before the wipe.
  const w = await host('data-mode="staff" data-idle-minutes="0.5"');
  const { page } = w;
  const alert = () => w.root.getByRole('alert').filter({ hasText: 'This screen will be cleared soon' });
  await w.button('Consent and handover record').click();
  await w.button('Change Incident 1').click();
  await w.root.getByLabel('What happened', { exact: true }).fill('Written at the desk');
  // The warning comes, and a key press takes it away.
  await alert().waitFor({ timeout: 15000 });
  assert.deepEqual(await w.axe('idle warning'), []);
  await w.shot('1280/33-idle-warning');
  await page.keyboard.press('End');
  await alert().waitFor({ state: 'detached', timeout: 2000 });
  // It comes again; "Keep working" (a click, as a screen reader sends it) takes it away.
  await alert().waitFor({ timeout: 15000 });
  await w.root.getByRole('button', { name: 'Keep working' }).dispatchEvent('click');
  await alert().waitFor({ state: 'detached', timeout: 2000 });
  assert.equal(await w.root.getByLabel('What happened', { exact: true }).inputValue(), 'Written at the desk');
  // Left alone: the wipe, back to the guide, with focus left where it was.
  await w.root.locator('h2', { hasText: 'Guide for staff' }).waitFor({ timeout: 35000 });
  assert.equal(await page.evaluate(() => __active().tagName), 'BODY', 'the wipe does not move focus');
  await w.button('Consent and handover record').click();
  assert.match(await w.root.locator('.pathway__incident').innerText(), /Nothing written about what happened yet/, 'the record was wiped');
  await w.privacyHeld();
  await w.context.close();
});

test('"Clear screen" wipes everything at once on a shared screen', async () => {
  const w = await host('data-mode="third-party"');
  await w.button('Change Incident 1').click();
  await w.root.getByLabel('What happened', { exact: true }).fill('To be cleared');
  await w.button('Clear screen').click();
  await w.headingFocused();
  await w.button('Change Incident 1').click();
  assert.equal(await w.root.getByLabel('What happened', { exact: true }).inputValue(), '', 'the text is gone');
  assert.equal(await w.root.locator('input:checked').count(), 0, 'no answer is left');
  await w.context.close();
});

test('self-help is never wiped for being idle, whatever the host sets', async () => {
  const w = await host('data-idle-minutes="0.5"');
  const { page } = w;
  await w.button('Write down what happened').click();
  await w.button('Change Incident 1').click();
  await w.root.getByLabel('What happened', { exact: true }).fill('Take your time');
  await page.waitForTimeout(32000);
  assert.equal(await w.root.getByLabel('What happened', { exact: true }).inputValue(), 'Take your time');
  assert.equal(await w.root.getByRole('alert').count(), 0, 'no warning either');
  assert.equal(await w.button('Clear screen').count(), 0, 'no Clear in self-help');
  await w.context.close();
});

test('training mode: every practice case works end to end, with feedback on every answer and a private score', async () => {
  const w = await host('data-mode="training"');
  const { page } = w;
  assert.ok(staffData.scenarios.length >= 8, 'at least eight cases');
  const problems = [];
  for (const [index, scenario] of staffData.scenarios.entries()) {
    await w.button(scenario.title).click();
    await page.waitForFunction((t) => __active()?.textContent.trim() === t, scenario.title);
    for (const question of scenario.questions) {
      assert.match(await w.root.innerText(), new RegExp(question.prompt.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      // A wrong answer first, then the best one: each shows its own feedback.
      const wrong = question.answers.find((a) => !a.best);
      const best = question.answers.find((a) => a.best);
      for (const answer of [wrong, best]) {
        await w.button(answer.label).click();
        const status = w.root.locator('.pathway__feedback');
        await status.filter({ hasText: answer.feedback }).waitFor();
        assert.match(await status.innerText(), answer.best ? /This is what the pathway points to/ : /Not the best answer/);
      }
      if (index === 0 && question === scenario.questions[0]) {
        problems.push(...await w.axe('practice question with feedback'));
        await w.shot('1280/32-practice-feedback');
      }
      const last = scenario.questions.at(-1) === question;
      await w.button(last ? 'Finish this case' : 'Next question').click();
      // Focus moves to the next question, or to the result, so it is read out.
      const expected = last ? 'Case finished' : `Question ${scenario.questions.indexOf(question) + 2} of ${scenario.questions.length}`;
      await page.waitForFunction((t) => __active()?.textContent.trim() === t, expected);
    }
    assert.match(await w.root.innerText(), new RegExp(`first time in 0 of ${scenario.questions.length} questions`));
    await w.button('Back to the practice cases').click();
  }
  // The best answer first time scores.
  const first = staffData.scenarios[0];
  await w.button(first.title).click();
  for (const question of first.questions) {
    await w.button(question.answers.find((a) => a.best).label).click();
    await w.button(first.questions.at(-1) === question ? 'Finish this case' : 'Next question').click();
  }
  assert.match(await w.root.innerText(), new RegExp(`first time in ${first.questions.length} of ${first.questions.length} questions`));
  await w.button('Back to the practice cases').click();
  assert.deepEqual(problems, []);
  assert.deepEqual(await w.axe('practice cases'), []);
  await w.privacyHeld();
  await w.context.close();
});

test('at 320px the staff guide, the third-party record and a practice case pass axe and never scroll sideways', async () => {
  const problems = [];
  for (const [mode, prepare] of [
    ['staff', async () => {}],
    ['third-party', async () => {}],
    ['training', async (w) => {
      await w.button(staffData.scenarios[1].title).click();
      await w.button(staffData.scenarios[1].questions[0].answers[1].label).click();
    }],
  ]) {
    const w = await host(`data-mode="${mode}"`, { viewport: { width: 320, height: 700 } });
    await prepare(w);
    problems.push(...await w.axe(`${mode} at 320px`));
    const wide = await w.scrollWidth();
    if (wide > 320) problems.push(`${mode}: scrolls sideways (${wide}px)`);
    await w.context.close();
  }
  assert.deepEqual(problems, []);
});

test('quick exit works the same in staff mode, wiping the record before leaving', async () => {
  const w = await host('data-mode="staff"');
  const { page } = w;
  await w.button('Consent and handover record').click();
  await w.button('Change Incident 1').click();
  await w.root.getByLabel('What happened', { exact: true }).fill('Said at the desk');
  await w.root.getByRole('link', { name: /Exit this page/ }).click();
  await page.waitForURL(/bbc\.co\.uk/);
  assert.deepEqual(w.log.errors, []);
  await w.context.close();
});
