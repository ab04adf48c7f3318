// A generated pathway for the data-scale budget: 300 steps and 1,000 services (plus 20
// routes and 201 contacts), valid under pathway-check, shaped like the real data: `one`
// and `many` steps whose answers carry tags, routes offered by answers, and services
// shown for those tags.
export const STEPS = 300;
export const SERVICES = 1000;
const ROUTES = 20;
const CONTACTS = 200;

const WAYS = ['phone', 'text', 'online', 'in_person', 'bsl', 'interpreter'];
const KINDS = ['care', 'support', 'advice'];
const URGENCIES = ['now', 'today', 'soon', 'any_time'];
const CLUSTERS = ['acute', 'primary', 'community', 'specialised'];

function contact(id, value) {
  return {
    id, label: `Service line ${id}`, kind: 'phone', value, href: `tel:${value.replace(/\s/g, '')}`,
    hours: 'Monday to Friday, 9am to 5pm', source: `https://example.org/${id}`, source_date: '2026-01',
    verified: '2026-11-23',
  };
}

/** The dataset as one pathway file (an object; JSON.stringify it). */
export function generatedPathway() {
  const steps = [{ id: 's0', kind: 'info', title: 'Start', intro: ['A generated pathway.'], show_emergency: true, next: 's1' }];
  const tags = [];
  let route = 0;
  for (let i = 1; i < STEPS - 1; i += 1) {
    const next = i === STEPS - 2 ? 'plan' : `s${i + 1}`;
    if (i % 2 === 1) {
      const choices = ['a', 'b'].map((c) => ({ id: c, label: `Answer ${c} to question ${i}`, next, tags: [`q${i}:${c}`] }));
      tags.push(...choices.flatMap((c) => c.tags));
      steps.push({ id: `s${i}`, kind: 'one', title: `Question ${i}`, intro: ['Pick one.'], choices });
    } else {
      const choices = ['a', 'b', 'c'].map((c) => ({ id: c, label: `Option ${c} for question ${i}`, tags: [`q${i}:${c}`] }));
      if (route < ROUTES) choices[0].route = `r${route++}`;
      tags.push(...choices.flatMap((c) => c.tags));
      steps.push({ id: `s${i}`, kind: 'many', title: `Question ${i}`, intro: ['Tick any.'], choices, next });
    }
  }
  steps.push({ id: 'plan', kind: 'plan', title: 'Your plan', list_services: KINDS });
  const routes = Array.from({ length: ROUTES }, (_, r) => ({
    id: `r${r}`, title: `Route ${r}`, summary: 'What this route is.', what_happens_next: ['Usually someone calls back.'],
    who_will_know: 'The service.', anonymous: { answer: 'partly', detail: 'It depends.' }, change_mind: 'Yes.',
    ways: WAYS.map((how, w) => ({ how, text: `Way ${how}.`, contacts: [`c${(r * 6 + w) % CONTACTS}`] })),
  }));
  const services = Array.from({ length: SERVICES }, (_, s) => ({
    id: `service${s}`, name: `Service ${s}`, summary: 'What this service does.', kind: KINDS[s % 3],
    urgency: URGENCIES[s % 4], when_any: [tags[s % tags.length]], contacts: [`c${s % CONTACTS}`],
    ...(s % 3 === 0 ? { cluster: CLUSTERS[s % 4], health: [s % 2 ? 'mental' : 'physical'] } : {}),
  }));
  const contacts = [contact('c999', '999'), ...Array.from({ length: CONTACTS }, (_, c) => contact(`c${c}`, `0116 ${String(1000000 + c).slice(1)}`))];
  return {
    meta: { title: 'Generated', area: 'Benchmark', start: 's0', emergency: ['c999'] },
    steps, routes, services, contacts,
  };
}
