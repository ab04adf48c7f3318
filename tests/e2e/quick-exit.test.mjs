// Quick exit (docs/PRIVACY.md, rule 5) in a real browser: the "Exit this page"
// control is the widget's first focus stop and visible on every screen at 320px and
// 1280px; it and Shift pressed three times blank the widget at once and leave with
// location.replace, so Back does not return to the answers; Shift used with another key
// does not count; the safety page says what exit cannot hide.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, EXIT_URL } from './harness.mjs';
import { Widget } from './widget.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });


/**
 * Records what the widget shows at the moment the page starts to leave (the Navigation
 * API's `navigate` event fires as `location.replace` is called) and at the next frame.
 * Playwright cannot run script in a page whose navigation it holds, so the page reports
 * through the console.
 */
async function watchLeaving(page) {
  await page.evaluate(() => {
    const snapshot = () => {
      const root = __widget();
      const cover = root.querySelector('.pathway__leaving');
      const box = cover && cover.getBoundingClientRect();
      return {
        text: root.textContent.trim(),
        controls: root.querySelectorAll('button, a, input, h2').length,
        coversViewport: Boolean(box) && box.width >= innerWidth && box.height >= innerHeight
      };
    };
    navigation.addEventListener('navigate', () => console.log(`leaving: ${JSON.stringify(snapshot())}`), { once: true });
  });
}

/** A page to have visited before the host page, so that Back has somewhere to go. The
 *  host page itself sends no Referrer-Policy (unlike the demo server), so the test shows
 *  that the widget, not the host, keeps the referrer from the neutral site. */
const EARLIER = '/demo/host.css';

/** The host page, reached from an earlier page, with a journey under way. */
async function openWithAnswers() {
  const w = await Widget.host(env, '', { from: EARLIER });
  await answerSomething(w);
  return w;
}

/** Starts a journey with a visible answer, so there is something to wipe. */
async function answerSomething(w) {
  await w.root.getByRole('button', { name: 'Start' }).click();
  await w.root.getByRole('button', { name: 'It happened to me' }).click();
  await w.root.getByRole('button', { name: /^Leicester city/ }).click();
  await w.root.getByRole('checkbox', { name: 'Threats', exact: true }).check();
}

async function assertLeftCleanly(page, log, trigger) {
  const historyLength = await page.evaluate(() => history.length);
  await watchLeaving(page);
  await trigger();
  await page.waitForURL(EXIT_URL);
  const during = JSON.parse(log.console.find((m) => m.startsWith('log: leaving: ')).slice('log: leaving: '.length));
  assert.match(during.text, /^Leaving this page\. If nothing happens, close this tab or window\.$/, 'the answers were gone before the page left');
  assert.equal(during.controls, 0, 'nothing of the journey was left in the DOM');
  assert.ok(during.coversViewport, 'a blank cover hid the host page while the browser left');
  assert.deepEqual(log.exitReferrers, [''], 'the neutral site is not told which page the person left');
  assert.equal(await page.evaluate(() => history.length), historyLength, 'replaced, not pushed');
  await page.goBack();
  assert.ok(page.url().endsWith(EARLIER), `Back goes to the page before the widget's, not to the widget (${page.url()})`);
}

test('"Exit this page" is the first stop in the widget and visible on every screen at 320px and 1280px', async () => {
  for (const width of [320, 1280]) {
    const w = await Widget.open(env, '/index.html', { viewport: { width, height: 640 } });
    const { page, context } = w;
    const problems = [];
    await w.walkAll(async (title) => {
      const check = await page.evaluate(() => {
        const root = __widget();
        const focusable = root.querySelector('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])');
        window.scrollTo(0, document.documentElement.scrollHeight);
        const exit = root.querySelector('.pathway__exit').getBoundingClientRect();
        return {
          first: focusable.textContent,
          inView: exit.top >= 0 && exit.bottom <= innerHeight && exit.left >= 0 && exit.right <= innerWidth,
        };
      });
      if (!check.first.startsWith('Exit this page')) problems.push(`${width}px "${title}": first stop is "${check.first}"`);
      if (!check.inView) problems.push(`${width}px "${title}": exit not visible when scrolled to the end`);
      await page.evaluate(() => window.scrollTo(0, 0));
    });
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('Exit this page wipes the widget at once and leaves with location.replace', async () => {
  const w = await openWithAnswers();
  const { page, context, log } = w;
  await assertLeftCleanly(page, log, () => w.root.getByRole('link', { name: /Exit this page/ }).click());
  await context.close();
});

test('Shift pressed three times anywhere on the page leaves, and each press is announced', async () => {
  const w = await openWithAnswers();
  const { page, context, log } = w;
  await page.locator('h1').click(); // focus on the host page, outside the widget
  const status = w.root.getByRole('status');
  await page.keyboard.press('Shift');
  assert.equal(await status.textContent(), 'Shift, press 2 more times to exit.');
  await page.keyboard.press('Shift');
  assert.equal(await status.textContent(), 'Shift, press 1 more time to exit.');
  await assertLeftCleanly(page, log, () => page.keyboard.press('Shift'));
  await context.close();
});

test('Shift used with another key or modifier does not count, and a host that stops key events cannot hide Shift', async () => {
  const w = await Widget.host(env, '', { extra: '<label>Search <input id="search"></label>' });
  const { page, context } = w;
  const status = () => w.root.getByRole('status').textContent();
  await page.locator('#search').click();
  for (const letter of ['KeyH', 'KeyA', 'KeyT', 'KeyE']) {
    await page.keyboard.down('Shift');
    await page.keyboard.press(letter);
    await page.keyboard.up('Shift');
  }
  // Alt+Shift and Ctrl+Shift switch keyboard languages on Windows: three of each.
  for (const modifier of ['Alt', 'Control', 'Alt', 'Control', 'Alt', 'Control']) {
    await page.keyboard.down(modifier);
    await page.keyboard.press('Shift');
    await page.keyboard.up(modifier);
  }
  assert.equal(await status(), '', 'nothing counted');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('KeyX');
  await page.keyboard.press('Shift');
  assert.equal(await page.locator('#search').inputValue(), 'HATEx', 'the host page got every key');
  assert.ok(page.url().endsWith('/e2e-host.html'), 'still on the page');
  assert.equal(await status(), 'Shift, press 2 more times to exit.', 'another key started the count again');
  // A host script that swallows key events on their way down still cannot hide Shift.
  await page.evaluate(() => {
    for (const type of ['keydown', 'keyup']) document.addEventListener(type, (e) => e.stopPropagation(), true);
  });
  await page.keyboard.press('Shift');
  assert.equal(await status(), 'Shift, press 1 more time to exit.');
  await context.close();
});

test('the safety page, reached by keyboard, says honestly what exit cannot hide', async () => {
  const w = await Widget.open(env, '/index.html', { viewport: { width: 320, height: 640 } });
  const { page, context } = w;
  const link = w.root.getByRole('button', { name: 'Staying safe on this device' });
  await link.focus();
  await page.keyboard.press('Enter');
  const heading = await page.evaluate(() => __active().tagName + ' ' + __active().textContent);
  assert.equal(heading, 'H2 Staying safe on this device', 'focus moves to the safety page heading');
  const text = await w.root.textContent();
  for (const fact of [
    'What it cannot hide', 'history', 'signed in', 'monitoring software', 'Safari on an iPhone', 'Chrome on an Android',
    'Samsung Internet', 'On a Mac', 'private or incognito',
  ]) {
    assert.ok(text.includes(fact), `the safety page mentions ${fact}`);
  }
  assert.ok(await w.root.getByRole('link', { name: /Exit this page/ }).isVisible(), 'exit is still there');
  await w.root.getByRole('button', { name: 'Back to where you were' }).press('Enter');
  assert.equal(await page.evaluate(() => __active().textContent), 'Help after someone targeted you');
  await context.close();
});
