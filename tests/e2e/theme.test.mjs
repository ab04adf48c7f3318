// Theming through CSS custom properties on a host page with the strict CSP: a host's brand
// colour, font and radius are used; a brand colour with too little contrast is refused,
// the widget keeps its own colours, and the console says why and how to fix it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './harness.mjs';
import { Widget } from './widget.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

/** Opens a host page whose own stylesheet (same origin, as the CSP requires) sets `css`. */
function themed(css) {
  return Widget.host(env, '', {
    extra: '<link rel="stylesheet" href="/e2e-theme.css">',
    before: (_page, context) => context.route(`${env.base}/e2e-theme.css`, (route) => route.fulfill({ status: 200, contentType: 'text/css', body: css })),
  });
}

const buttonStyle = (w) => w.root.locator('.pathway__button:not(.pathway__button--secondary)').first().evaluate((el) => {
  const style = getComputedStyle(el);
  return { background: style.backgroundColor, radius: style.borderTopLeftRadius, font: getComputedStyle(el.closest('.pathway')).fontFamily };
});

test('a host theme with enough contrast is used: brand colour, font and radius', async () => {
  const w = await themed('[data-pathway-widget] { --pathway-brand: #1d4f91; --pathway-font: Georgia, serif; --pathway-radius: 8px; }');
  const { log, context } = w;
  assert.deepEqual(await buttonStyle(w), { background: 'rgb(29, 79, 145)', radius: '8px', font: 'Georgia, serif' });
  assert.deepEqual(log.console.filter((m) => m.startsWith('warning')), []);
  assert.deepEqual(await w.cspViolations(), []);
  await context.close();
});

test('a brand colour below 4.5:1 against white is refused: the widget keeps its colours and says why', async () => {
  const w = await themed('[data-pathway-widget] { --pathway-brand: #ffdd00; --pathway-font: Georgia, serif; }');
  const { log, context } = w;
  const style = await buttonStyle(w);
  assert.equal(style.background, 'rgb(0, 112, 60)', 'the default green, not the yellow');
  assert.equal(style.font, 'Georgia, serif', 'the font is still the host\'s');
  const warnings = log.console.filter((m) => m.startsWith('warning'));
  assert.ok(warnings.some((m) => m.includes('--pathway-brand "#ffdd00" has a contrast of 1.3:1') && m.includes('Fix: choose a darker brand colour')), warnings.join('\n'));
  assert.deepEqual(await w.axe(), []);
  await context.close();
});
