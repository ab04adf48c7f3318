// Content a frightened person can take in on a phone (issue 17): at 390 × 844, on every
// generated path (each walk variant, and one that ticks every answer), the words a person
// sees before opening any disclosure, and how many phone screens tall the widget is.
// Closed `details` are not rendered, so `innerText` leaves their content out, as the eye does.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { pathwaySteps, start, variants } from './harness.mjs';
import { Widget } from './widget.mjs';

const PHONE = { width: 390, height: 844 };
/** "At most about": the budgets, and the small give "about" allows. */
const START_WORDS = 120 * 1.1;
const PLAN_WORDS = 300;
const PLAN_SCREENS = 3.2;

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

/**
 * The words of the whole widget as the eye sees it now (its exit bar and buttons too, not
 * the words only screen readers get, such as which route a "What happens next" is for), and how many
 * phone screens tall the screen itself is, from its heading to its end (the exit bar,
 * progress and journey buttons around it are the same on every screen).
 */
const measure = (w) => w.page.evaluate((height) => {
  const root = __widget();
  const screen = root.querySelector('.pathway__step') ?? root;
  const count = (text) => text.split(/\s+/).filter(Boolean).length;
  const unseen = [...root.querySelectorAll('.pathway__visually-hidden')].filter((el) => el.checkVisibility()).reduce((n, el) => n + count(el.textContent), 0);
  return { words: count(root.innerText) - unseen, screens: screen.getBoundingClientRect().height / height };
}, PHONE.height);

/** Walks to the plan ticking every answer of every `many` step (the longest plan). */
async function walkTickingEverything(w, onScreen) {
  for (let moves = 0; moves < 40; moves += 1) {
    const title = await w.title();
    await onScreen(title);
    const step = pathwaySteps().find((s) => s.title === title);
    if (step.kind === 'plan') return;
    if (step.kind === 'one') {
      await w.button(step.choices[0].label).click();
    } else {
      for (const choice of step.choices ?? []) await w.root.getByRole('checkbox', { name: choice.label, exact: true }).check();
      await w.button(step.continue_label || 'Continue').click();
    }
    await w.headingFocused({ not: title });
  }
  assert.fail('no plan after 40 moves');
}

test('on a phone, the start screen and the plan are short before any disclosure is opened, and each question fits one screen, on every path', async () => {
  const w = await Widget.open(env, '/index.html', { viewport: PHONE });
  const seen = [];
  const check = (label) => async (title) => {
    const { words, screens } = await measure(w);
    seen.push(`${label} ${title}: ${words} words, ${screens.toFixed(1)} screens`);
    if (title === pathwaySteps()[0].title) assert.ok(words <= START_WORDS, `the start screen shows ${words} words`);
    const kind = pathwaySteps().find((s) => s.title === title)?.kind;
    if (kind === 'one' || kind === 'many') assert.ok(screens <= 1, `${label}: the question "${title}" is ${screens.toFixed(2)} phone screens tall`);
    if (title === pathwaySteps().find((s) => s.kind === 'plan').title) {
      assert.ok(words <= PLAN_WORDS, `${label}: the plan shows ${words} words`);
      assert.ok(screens <= PLAN_SCREENS, `${label}: the plan is ${screens.toFixed(1)} phone screens tall`);
    }
  };
  for (const variant of variants()) {
    await w.walk(variant, check(`variant ${variant}`));
    await w.root.getByRole('button', { name: 'Start again' }).click();
  }
  await walkTickingEverything(w, check('every answer ticked'));
  console.log(seen.join('\n'));
  await w.context.close();
});

test('the staff guide, in every setting, shows each procedure\'s prompt and at most about 400 words before any disclosure; what to ask and where to refer are on the first screen at 1280 × 800', async () => {
  const DESK = { width: 1280, height: 800 };
  const sections = JSON.parse(readFileSync(new URL('../../pathway-data/staff.json', import.meta.url), 'utf8')).guide;
  for (const setting of ['acute', 'primary', 'community', 'specialised']) {
    for (const health of ['physical', 'mental']) {
      const w = await Widget.host(env, `data-mode="staff" data-setting="${setting}" data-health="${health}"`, { viewport: DESK });
      const seen = await w.page.evaluate(() => {
        const root = __widget();
        return {
          words: root.innerText.split(/\s+/).filter(Boolean).length,
          prompts: [...root.querySelectorAll('.pathway__prompt')].map((p) => ({ text: p.innerText, bottom: p.getBoundingClientRect().bottom, shown: p.checkVisibility() })),
        };
      });
      const where = `${setting}, ${health}`;
      assert.ok(seen.words <= 400 * 1.1, `${where}: ${seen.words} words`);
      assert.equal(seen.prompts.length, sections.length, `${where}: a prompt for every procedure`);
      assert.ok(seen.prompts.every((p) => p.shown && p.text.length > 0), `${where}: every prompt shows without opening anything`);
      const refer = sections.findIndex((s) => s.list_services);
      assert.ok(seen.prompts[0].bottom <= DESK.height && seen.prompts[refer].bottom <= DESK.height, `${where}: what to ask and where to refer are on the first screen`);
      await w.context.close();
    }
  }
});

/** Each area's council, as its safeguarding contact is labelled in contacts.json. */
const COUNCILS = {
  leicester: 'Leicester City Council: adult safeguarding',
  leicestershire: 'Leicestershire County Council: adult safeguarding',
  rutland: 'Rutland County Council: Safeguarding and Prevention Team',
};

/** Walks to the plan with these answers (`step id: [choice ids]`), none elsewhere. */
async function walkAnswering(w, answers) {
  for (let moves = 0; moves < 40; moves += 1) {
    const title = await w.title();
    const step = pathwaySteps().find((s) => s.title === title);
    if (step.kind === 'plan') return;
    const picked = (answers[step.id] ?? []).map((id) => step.choices.find((c) => c.id === id).label);
    if (step.kind === 'one') {
      await w.button(picked[0] ?? step.choices[0].label).click();
    } else {
      for (const label of picked) await w.root.getByRole('checkbox', { name: label, exact: true }).check();
      await w.button(step.continue_label || 'Continue').click();
    }
    await w.headingFocused({ not: title });
  }
  assert.fail('no plan after 40 moves');
}

test('"Where do you live?" narrows the plan to that area\'s council and services; not sure shows every area, somewhere else none but how to find your own', async () => {
  const w = await Widget.open(env, '/index.html', { viewport: PHONE });
  const where = pathwaySteps().find((s) => s.id === 'where');
  const effects = [];
  for (const choice of where.choices) {
    await w.button('Start').click();
    await w.headingFocused({ is: 'Who is this about?' });
    await walkAnswering(w, { who: ['me'], where: [choice.id], affected: ['unsafe-home'], options: ['safeguarding', 'anonymous'] });
    const { first, opened } = await w.page.evaluate(() => {
      const root = __widget();
      const first = root.innerText;
      root.querySelectorAll('details').forEach((d) => { d.open = true; });
      return { first, opened: root.innerText };
    });
    const own = COUNCILS[choice.id];
    const shown = Object.entries(COUNCILS).filter(([, council]) => opened.includes(council)).map(([area]) => area);
    const count = (text) => text.split(/\s+/).filter(Boolean).length;
    effects.push(`${choice.label}: councils shown ${shown.join(', ') || 'none'}; ${count(first)} words before disclosures, ${count(opened)} with all open`);
    if (own) {
      assert.deepEqual(shown, [choice.id], `${choice.label}: their own council only`);
      assert.ok(first.includes(own), `${choice.label}: their council is the safeguarding route's one way, before anything is opened`);
      assert.ok(first.includes(`Local services are for ${choice.label}.`), 'the plan says which area it is for');
    } else if (choice.id === 'not-sure') {
      assert.deepEqual(shown, Object.keys(COUNCILS), 'not sure: every area\'s council');
    } else {
      assert.deepEqual(shown, [], 'somewhere else: no council of this pathway');
      assert.ok(opened.includes('contact the council where you live'), 'and how to find their own');
      assert.ok(opened.includes('Crimestoppers') && opened.includes('Stop Hate UK'), 'what serves everyone stays');
    }
    // The county's hate incident project is for Leicestershire county (and for anyone not sure).
    assert.equal(opened.includes('0116 305 8263'), ['leicestershire', 'not-sure'].includes(choice.id), `${choice.label}: the county's hate incident line`);
    await w.button('Start again').click();
  }
  console.log(effects.join('\n'));
  await w.context.close();
});

test('a host\'s area narrows the staff guide\'s referral lists, and the guide can change it', async () => {
  const w = await Widget.host(env, 'data-mode="staff" data-setting="community" data-area="rutland"', { viewport: { width: 1280, height: 800 } });
  // Everything, with every disclosure open.
  const text = () => w.page.evaluate(() => {
    __widget().querySelectorAll('details').forEach((d) => { d.open = true; });
    return __widget().innerText;
  });
  let seen = await text();
  assert.ok(seen.includes('Rutland (change)'), 'the guide says which area it is for');
  assert.ok(!seen.includes(COUNCILS.leicester) && !seen.includes(COUNCILS.leicestershire));
  assert.ok(seen.includes(COUNCILS.rutland), 'Rutland\'s council in the referral list');
  await w.root.getByRole('radio', { name: 'Leicester city' }).check();
  seen = await text();
  assert.ok(seen.includes(COUNCILS.leicester) && !seen.includes(COUNCILS.rutland), 'Leicester\'s council now, not Rutland\'s');
  assert.ok(seen.includes('Leicester city (change)'));
  await w.context.close();
  const wrong = await Widget.host(env, 'data-mode="staff" data-area="atlantis"');
  assert.ok(wrong.log.console.some((m) => m.includes('data-area="atlantis" is not an area of this pathway') && m.includes('Fix: use leicester, leicestershire, rutland.')), wrong.log.console.join('\n'));
  await wrong.context.close();
});
