// Languages (issue 18), in every pack in languages/: a host element's `lang` opens the
// widget in it (right to left for Urdu and Arabic), and a person can walk to a plan in it
// with every screen axe-clean, no sideways scroll at 320 px and the exit control top
// right; the English start screen offers each language in its own words, and choosing one
// keeps the person's place; the pack is the only request after load, and only once a
// language is asked for.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { pathwaySteps, start, variants, answerFor } from './harness.mjs';
import { Widget } from './widget.mjs';

const FOLDER = new URL('../../languages/', import.meta.url);
const PACKS = readdirSync(FOLDER).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(new URL(f, FOLDER), 'utf8')));

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

/** A pathway text in the pack (English where the pack leaves it out). */
const said = (pack, key, english) => pack.pathway[key] ?? english;

/** Walks to the plan in the pack's words, answering as harness.mjs's `answerFor` does,
 *  calling `onScreen(step)` on each screen. */
async function walkIn(w, pack, variant, onScreen) {
  for (let moves = 0; moves < 40; moves += 1) {
    const title = await w.title();
    const step = pathwaySteps().find((s) => said(pack, `step.${s.id}.title`, s.title) === title);
    assert.ok(step, `${pack.language.code}: the heading "${title}" is a step of the pack`);
    await onScreen(step);
    if (step.kind === 'plan') return;
    const choice = answerFor(step, variant);
    const label = choice && said(pack, `step.${step.id}.choice.${choice.id}.label`, choice.label);
    if (step.kind === 'one') {
      await w.button(label).click();
    } else {
      if (choice) await w.root.getByRole('checkbox', { name: label, exact: true }).check();
      await w.button(step.continue_label ? said(pack, `step.${step.id}.continue_label`, step.continue_label) : pack.widget.continue).click();
    }
    await w.headingFocused({ not: title });
  }
  assert.fail('no plan after 40 moves');
}

test('a host element\'s lang opens the widget in that language and direction; every screen of a walk to the plan is axe-clean, fits 320 px and keeps the exit top right', async () => {
  assert.ok(PACKS.length >= 1, 'there are packs');
  for (const pack of PACKS) {
    const { code, dir } = pack.language;
    const w = await Widget.host(env, `lang="${code}"`, { viewport: { width: 320, height: 800 } });
    const root = await w.page.evaluate(() => ({ lang: __widget().getAttribute('lang'), dir: __widget().getAttribute('dir') }));
    assert.deepEqual(root, { lang: code, dir }, `${code}: the root is marked`);
    assert.equal((await w.root.locator('a.pathway__exit').first().textContent()).startsWith(pack.widget.exit), true, `${code}: the exit link in the pack's words`);
    if (!pack.language.reviewed) assert.ok(await w.root.getByText(pack.language.unreviewed).isVisible(), `${code}: says the translation is not yet checked`);
    const problems = [];
    if (dir === 'rtl') await w.shot(`rtl/${code}-01-start`);
    await w.button(said(pack, 'step.start.continue_label', 'Start')).click();
    await w.headingFocused({ not: said(pack, 'step.start.title', '') });
    await walkIn(w, pack, 0, async (step) => {
      problems.push(...await w.axe(`${code} ${step.id}`));
      const wide = await w.scrollWidth();
      if (wide > 320) problems.push(`${code} ${step.id}: scrolls sideways (${wide} px)`);
      const edges = await w.page.evaluate(() => {
        const exit = __widget().querySelector('a.pathway__exit').getBoundingClientRect();
        return { exit: Math.round(exit.right), widget: Math.round(__widget().getBoundingClientRect().right) };
      });
      if (edges.widget - edges.exit > 2) problems.push(`${code} ${step.id}: the exit is not at the top right (${edges.exit} of ${edges.widget})`);
      if (dir === 'rtl' && ['who', 'what-happened'].includes(step.id)) await w.shot(`rtl/${code}-${step.id}`);
    });
    if (dir === 'rtl') await w.shot(`rtl/${code}-plan`);
    assert.deepEqual(problems, [], problems.join('\n'));
    await w.context.close();
  }
});

test('every screen of every generated path is axe-clean in every pack', async () => {
  for (const pack of PACKS) {
    const w = await Widget.host(env, `lang="${pack.language.code}"`);
    const problems = [];
    for (const variant of variants()) {
      await walkIn(w, pack, variant, async (step) => { problems.push(...await w.axe(`${pack.language.code} ${variant} ${step.id}`)); });
      await w.button(pack.widget.start_again).click();
      await w.button(said(pack, 'step.start.continue_label', 'Start')).click();
    }
    assert.deepEqual(problems, [], problems.join('\n'));
    await w.context.close();
  }
});

test('the English start screen offers every language in its own words; choosing one later is the only request after load, and keeps the person\'s place', async () => {
  const w = await Widget.open(env, '/index.html');
  for (const pack of PACKS) {
    const offer = w.root.locator(`button[lang="${pack.language.code}"]`);
    assert.equal((await offer.textContent()).trim(), pack.language.name, `${pack.language.code} in its own words`);
    assert.equal(await offer.getAttribute('dir'), pack.language.dir);
  }
  // Some answers first.
  await w.button('Start').click();
  await w.button('It happened to me').click();
  await w.button('Rutland').click();
  await w.root.getByRole('checkbox', { name: 'Threats', exact: true }).check();
  const pack = PACKS.find((p) => p.language.dir === 'rtl') ?? PACKS[0];
  const { code } = pack.language;
  const loaded = w.log.requests.length;
  assert.ok(!w.log.requests.some((r) => r.includes('/languages/')), 'no pack is fetched until one is asked for');
  await w.root.locator('summary', { hasText: 'Read this in another language' }).click();
  await w.root.locator(`button[lang="${code}"]`).click();
  await w.page.waitForFunction((c) => __widget().getAttribute('lang') === c, code);
  assert.deepEqual(w.log.requests.slice(loaded).map((r) => new URL(r).pathname), [`/dist/languages/${code}.json`], 'the pack, and nothing else');
  assert.equal(await w.title(), said(pack, 'step.what-happened.title', ''), 'still on the same screen, in the language');
  const threats = w.root.getByRole('checkbox', { name: said(pack, 'step.what-happened.choice.threats.label', ''), exact: true });
  assert.equal(await threats.isChecked(), true, 'what they had ticked is still ticked');
  await w.root.getByRole('button', { name: 'English' }).first().click();
  await w.page.waitForFunction(() => __widget().getAttribute('lang') === 'en');
  assert.equal(await w.title(), 'What happened?', 'English again, in the same place');
  assert.equal(w.log.requests.slice(loaded).length, 1, 'English is built in: no request');
  await w.context.close();
});

test('Easy Read puts a picture beside each idea on every screen of every path to the plan and on the safety page; the pictures come with the pack, its only request', async () => {
  const pack = PACKS.find((p) => p.language.easy_read);
  assert.ok(pack, 'there is an Easy Read pack');
  const w = await Widget.host(env, `lang="${pack.language.code}"`, { viewport: { width: 320, height: 800 } });
  const problems = [];
  // Every idea (each paragraph and list item of the screen, every disclosure opened) has
  // its picture, drawn, described unless it is inside a control (whose name is its words),
  // where it is hidden from screen readers instead.
  const check = async (screen) => {
    const found = await w.page.evaluate(() => {
      const step = __widget().querySelector('.pathway__step');
      for (const details of step.querySelectorAll('details')) details.open = true;
      const shown = (e) => e.getClientRects().length > 0 && (e.textContent.trim() !== '' || e.querySelector('svg'));
      const bare = [...step.querySelectorAll('p, li')].filter(shown).filter((e) => !e.querySelector('.pathway__picture'));
      // (A service's one-line contact hides once its detail is open, with its picture.)
      const pictures = [...step.querySelectorAll('.pathway__picture')].filter(shown);
      const broken = pictures.filter((p) => !(p.querySelector('svg path') && p.querySelector('svg').getBoundingClientRect().width >= 24));
      const inControl = (p) => p.closest('button, label') !== null;
      const undescribed = pictures.filter((p) => (inControl(p)
        ? p.getAttribute('aria-hidden') !== 'true'
        : !(p.getAttribute('role') === 'img' && p.getAttribute('aria-label')?.trim())));
      const left = pictures.filter((p) => p.getBoundingClientRect().left > p.nextElementSibling.getBoundingClientRect().left);
      return {
        ideas: pictures.length,
        bare: bare.map((e) => e.textContent.trim().slice(0, 70)),
        broken: broken.length,
        undescribed: undescribed.map((p) => p.nextElementSibling.textContent.slice(0, 50)),
        left: left.length,
      };
    });
    if (found.ideas === 0) problems.push(`${screen}: no pictures`);
    for (const text of found.bare) problems.push(`${screen}: no picture beside "${text}"`);
    if (found.broken) problems.push(`${screen}: ${found.broken} pictures are not drawn`);
    for (const text of found.undescribed) problems.push(`${screen}: the picture beside "${text}" has no alt text (or, in a control, is not hidden)`);
    if (found.left) problems.push(`${screen}: ${found.left} pictures are not on the left of their words`);
    problems.push(...await w.axe(`Easy Read ${screen}`));
  };
  await check('start');
  await w.button(said(pack, 'step.start.continue_label', 'Start')).click();
  for (const variant of variants()) {
    await walkIn(w, pack, variant, (step) => check(`${variant} ${step.id}`));
    await w.button(pack.widget.start_again).click();
    await w.button(said(pack, 'step.start.continue_label', 'Start')).click();
  }
  await w.button(pack.widget.safety_link).click();
  await w.headingFocused({ is: pack.widget.safety_link });
  await check('safety page');
  const fetched = w.log.requests.filter((r) => r.includes('/languages/')).map((r) => new URL(r).pathname);
  assert.deepEqual(fetched, [`/dist/languages/${pack.language.code}.json`], 'the pack, once: the pictures came with it');
  assert.deepEqual(w.log.requests.filter((r) => !r.startsWith(env.base)), [], 'nothing from anywhere else');
  assert.deepEqual(problems, [], problems.join('\n'));
  await w.context.close();
});

test('the page\'s lang opens the widget in it only when the host opts in, and the element\'s own lang comes first', async () => {
  const cases = [
    { page: 'pl', attributes: 'data-use-page-lang', lang: 'pl' },
    { page: 'pl', attributes: '', lang: 'en' },
    { page: 'pl', attributes: 'data-use-page-lang lang="en"', lang: 'en' },
    { page: 'ur-PK', attributes: 'data-use-page-lang', lang: 'ur' },
    { page: 'en-GB', attributes: 'data-use-page-lang', lang: 'en' },
  ];
  for (const { page, attributes, lang } of cases) {
    const w = await Widget.host(env, attributes, { pageLang: page });
    await w.page.waitForFunction((want) => __widget()?.getAttribute('lang') === want, lang);
    const packs = w.log.requests.filter((r) => r.includes('/languages/')).map((r) => new URL(r).pathname);
    assert.deepEqual(packs, lang === 'en' ? [] : [`/dist/languages/${lang}.json`], `page ${page}, ${attributes || 'no opt-in'}: only its pack`);
    await w.context.close();
  }
});
