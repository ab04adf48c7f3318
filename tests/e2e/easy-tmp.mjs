import { start, pathwaySteps, answerFor } from './harness.mjs';
import { Widget } from './widget.mjs';
import { readFileSync } from 'node:fs';
const pack = JSON.parse(readFileSync('languages/en-x-easyread.json', 'utf8'));
const said = (key, english) => pack.pathway[key] ?? english;
const env = await start();
const w = await Widget.host(env, 'lang="en-x-easyread"', { viewport: { width: 320, height: 800 } });
await w.button(said('step.start.continue_label', 'Start')).click();
await w.headingFocused({ not: said('step.start.title') });
for (let moves = 0; moves < 40; moves += 1) {
  const title = await w.title();
  const step = pathwaySteps().find((s) => said(`step.${s.id}.title`, s.title) === title);
  if (step.kind === 'plan') break;
  const choice = answerFor(step, 0);
  const label = choice && said(`step.${step.id}.choice.${choice.id}.label`, choice.label);
  if (step.kind === 'one') await w.button(label).click();
  else {
    if (choice) await w.root.getByRole('checkbox', { name: label, exact: true }).check();
    await w.button(step.continue_label ? said(`step.${step.id}.continue_label`, step.continue_label) : pack.widget.continue).click();
  }
  await w.headingFocused({ not: title });
}
console.log(await w.scrollWidth());
const wide = await w.page.evaluate(() => {
  const out = [];
  for (const e of __widget().querySelectorAll('*')) { const r = e.getBoundingClientRect(); if (r.right > 322) out.push([e.tagName, e.className?.baseVal ?? e.className, Math.round(r.right), (e.textContent||'').slice(0,60)]); }
  return out.slice(0, 15);
});
console.log(wide);
await env.close();
