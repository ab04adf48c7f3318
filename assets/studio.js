// The studio (dist/studio.html): a data author chooses or drops their pathway files; the
// widget's own validator (`studioView`, compiled to wasm) checks them exactly as
// pathway-check does; the page lists every problem with its file, JSON path and fix,
// draws the pathway (screens as boxes, answers as labelled arrows, what cannot be reached
// or leads nowhere in the warning colour), tabulates the routes' six ways and the services
// on the care pathway's grid and by area, previews the widget with the files in each mode
// and language, and offers the checked files back. Nothing is uploaded: the files are
// read in the page, and the only requests are the studio's and the widget's own files.
import { mount } from './pathway-widget.js';
import init, { orukImport, studioView } from './studio/pathway_widget.js';

// The studio's build of the widget (scripts/build.sh), which has `studioView`; the
// preview is the widget itself, through its loader.
await init({ module_or_path: new URL('./studio/pathway_widget_bg.wasm', import.meta.url) });

const $ = (id) => document.getElementById(id);
const SVG = 'http://www.w3.org/2000/svg';
const WAYS = { phone: 'Phone', text: 'Text', online: 'Online', in_person: 'In person', bsl: 'BSL', interpreter: 'Interpreter' };
const CLUSTERS = ['acute', 'primary', 'community', 'specialised'];

/** The files being looked at: [{ name, text }]. */
let files = [];
let preview = null;

/** An element with text and attributes. */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function svg(tag, attributes = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

async function readChosen(list) {
  const chosen = [...list].filter((f) => f.name.endsWith('.json'));
  files = await Promise.all(chosen.map(async (f) => ({ name: f.webkitRelativePath || f.name, text: await f.text() })));
  show();
}

$('files').addEventListener('change', (e) => readChosen(e.target.files));
$('folder').addEventListener('change', (e) => readChosen(e.target.files));
$('builtin').addEventListener('click', () => { files = []; $('oruk-result').hidden = true; show(); });
// An ORUK feed's file, imported as pathway-import does: its two files, added to the
// built-in pathway and shown like any other (the summary says what was left out, and why).
$('oruk').addEventListener('change', async (e) => {
  const [feed] = e.target.files;
  if (!feed) return;
  const answer = orukImport(feed.name, await feed.text(), new Date().toISOString().slice(0, 10));
  $('oruk-result').hidden = false;
  if (answer.refused) {
    $('oruk-summary').textContent = `${feed.name} is not an Open Referral UK feed:\n${answer.refused.join('\n')}`;
    return;
  }
  $('oruk-summary').textContent = answer.summary.join('\n');
  files = [{ name: 'services.json', text: answer.services }, { name: 'contacts.json', text: answer.contacts }];
  show();
});
const drop = $('drop');
drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('drop--over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('drop--over'));
drop.addEventListener('drop', (e) => { e.preventDefault(); drop.classList.remove('drop--over'); readChosen(e.dataTransfer.files); });
$('mode').addEventListener('change', () => showPreview());
$('lang').addEventListener('change', () => showPreview());
// Ready: the controls work from now.
for (const id of ['files', 'folder', 'builtin', 'oruk']) $(id).disabled = false;
$('status').textContent = 'Ready: choose your files.';

/** Checks the files and shows everything. */
function show() {
  const view = studioView(files);
  const what = files.length === 0 ? 'The built-in pathway' : `${files.length} file${files.length === 1 ? '' : 's'}${view.adds ? ', added to the built-in pathway' : ''}`;
  $('status').textContent = `${what}: ${view.problems.length === 0 ? 'valid' : `${view.problems.length} problem${view.problems.length === 1 ? '' : 's'}`}.`;
  showProblems(view);
  for (const id of ['problems-section', 'picture-section', 'preview-section', 'export-section']) $(id).hidden = false;
  $('picture-section').hidden = !view.pathway;
  if (view.pathway) showPathway(view.pathway);
  showExport(view);
  if (view.problems.length === 0) showPreview(); else stopPreview('The preview shows once the files have no problems.');
}

/** The anchor a problem's path points at, where the picture has one. */
function placeOf(problem) {
  const file = files.find((f) => f.name === problem.file);
  const match = /^(steps|routes|services)\[(\d+)\]/.exec(problem.path);
  if (!match) return null;
  let id = null;
  try {
    id = JSON.parse(file ? file.text : 'null')?.[match[1]]?.[Number(match[2])]?.id;
  } catch { /* not JSON: no place to point at */ }
  return id ? `${match[1]}-${id}` : null;
}

function showProblems(view) {
  const list = $('problems');
  list.replaceChildren();
  $('problems-summary').textContent = view.problems.length === 0
    ? 'No problems: the files are valid, exactly as pathway-check would say.'
    : 'Each problem names its file, where in the file (the JSON path), what is wrong and the fix.';
  for (const problem of view.problems) {
    const place = placeOf(problem);
    const where = `${problem.file}: ${problem.path}`;
    list.append(el('li', { class: 'problem' },
      place ? el('a', { href: `#${place}` }, where) : el('strong', {}, where),
      `: ${problem.message}. `, el('span', { class: 'fix' }, `Fix: ${problem.fix}`)));
  }
}

/** Layers of the steps by how many moves they are from the start; unreachable ones last. */
function layers(pathway) {
  const depth = new Map([[pathway.start, 0]]);
  const queue = [pathway.start];
  const byId = new Map(pathway.steps.map((s) => [s.id, s]));
  while (queue.length) {
    const id = queue.shift();
    for (const next of byId.get(id)?.next ?? []) {
      if (!depth.has(next.to) && byId.has(next.to)) { depth.set(next.to, depth.get(id) + 1); queue.push(next.to); }
    }
  }
  const last = Math.max(0, ...depth.values()) + 1;
  const columns = [];
  for (const step of pathway.steps) (columns[depth.get(step.id) ?? last] ??= []).push(step);
  return columns.filter(Boolean);
}

/** Splits `text` into lines of about `width` characters, at most `most` lines. */
function wrap(text, width, most) {
  const lines = [''];
  for (const word of text.split(/\s+/)) {
    if ((lines.at(-1) + ' ' + word).trim().length > width && lines.at(-1)) lines.push(word); else lines[lines.length - 1] = `${lines.at(-1)} ${word}`.trim();
  }
  if (lines.length > most) { lines.length = most; lines[most - 1] += '…'; }
  return lines;
}

function showPathway(pathway) {
  const W = 230, H = 64, GX = 170, GY = 60;
  const columns = layers(pathway);
  // The layers in rows of PER, so that a long pathway fits a page.
  const PER = 4;
  const tallest = Math.max(...columns.map((c) => c.length));
  const rowHeight = tallest * (H + GY) + 150;
  const at = new Map();
  columns.forEach((column, layer) => column.forEach((step, y) => at.set(step.id, {
    x: 20 + (layer % PER) * (W + GX), y: 70 + Math.floor(layer / PER) * rowHeight + y * (H + GY), step,
  })));
  const width = 40 + Math.min(columns.length, PER) * (W + GX) - GX + 40;
  const height = 70 + Math.ceil(columns.length / PER) * rowHeight;
  const picture = svg('svg', { xmlns: SVG, viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-labelledby': 'picture-title picture-desc', class: 'map' });
  picture.append(svg('title', { id: 'picture-title' }, `${pathway.title}: the screens and the answers between them`));
  picture.append(svg('desc', { id: 'picture-desc' }, 'The same as the list of screens below the picture.'));
  const defs = svg('defs');
  const marker = svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 8, markerHeight: 8, orient: 'auto-start-reverse' });
  marker.append(svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: '#505a5f' }));
  defs.append(marker);
  picture.append(defs);
  for (const { x, y, step } of at.values()) {
    // One arrow for each screen it leads to, with the answers that lead there stacked on it.
    const targets = new Map();
    for (const next of step.next) targets.set(next.to, [...(targets.get(next.to) ?? []), next.label || 'Continue']);
    [...targets].forEach(([target, labels], n) => {
      const to = at.get(target);
      if (!to) return;
      const [x1, y1, x2, y2] = [x + W, y + H / 2 + n * 8, to.x, to.y + H / 2];
      const back = x2 <= x1;
      const bend = back ? `C ${x1 + 60} ${y1 + 110}, ${x2 - 60} ${y2 + 110}, ${x2} ${y2}` : `C ${x1 + GX / 2} ${y1}, ${x2 - GX / 2} ${y2}, ${x2} ${y2}`;
      picture.append(svg('path', { d: `M ${x1} ${y1} ${bend}`, fill: 'none', stroke: '#505a5f', 'stroke-width': 1.5, 'marker-end': 'url(#arrow)' }));
      const shown = labels.length > 4 ? [...labels.slice(0, 3), `and ${labels.length - 3} more`] : labels;
      const lx = back ? (x1 + x2) / 2 : x1 + GX / 2;
      const top = (back ? Math.max(y1, y2) + 88 : (y1 + y2) / 2) - shown.length * 11 - 2;
      shown.forEach((label, i) => picture.append(svg('text', {
        x: lx, y: top + i * 11, 'text-anchor': 'middle', 'font-size': 9.5, fill: '#0b0c0c', stroke: '#fff', 'stroke-width': 3, 'paint-order': 'stroke',
      }, wrap(label, 30, 1)[0])));
    });
  }
  for (const { x, y, step } of at.values()) {
    const warning = !step.reached || !step.finishes;
    const group = svg('g', { id: `steps-${step.id}` });
    group.append(svg('rect', { x, y, width: W, height: H, rx: 6, fill: warning ? '#fce8e6' : step.plan ? '#e8f4ea' : '#f3f2f1', stroke: warning ? '#d4351c' : '#505a5f', 'stroke-width': warning ? 3 : 1.5 }));
    group.append(svg('text', { x: x + 10, y: y + 16, 'font-size': 10, fill: '#484949' }, `${step.id} (${step.kind})${!step.reached ? ': cannot be reached' : !step.finishes ? ': leads to no plan' : ''}`));
    wrap(step.title, 30, 2).forEach((line, i) => group.append(svg('text', { x: x + 10, y: y + 34 + i * 14, 'font-size': 12, 'font-weight': 700, fill: '#0b0c0c' }, line)));
    picture.append(group);
  }
  $('picture').replaceChildren(picture);
  $('save-svg').onclick = () => download('pathway.svg', new XMLSerializer().serializeToString(picture), 'image/svg+xml');

  const steps = $('steps');
  steps.replaceChildren(...pathway.steps.map((step) => el('li', { id: `steps-${step.id}-text` },
    el('strong', {}, step.title), ` (${step.id}, ${step.kind})`,
    !step.reached ? el('span', { class: 'warning' }, ' cannot be reached from the start') : '',
    !step.finishes ? el('span', { class: 'warning' }, ' leads to no plan') : '',
    step.next.length ? `: ${step.next.map((n) => `${n.label || 'Continue'} → ${n.to}`).join('; ')}` : '')));

  const routes = $('routes');
  routes.replaceChildren(el('caption', {}, 'Each route, and whether each way of reaching it has contacts'),
    el('tr', {}, el('th', { scope: 'col' }, 'Route'), ...Object.values(WAYS).map((w) => el('th', { scope: 'col' }, w))),
    ...pathway.routes.map((r) => el('tr', { id: `routes-${r.id}` }, el('th', { scope: 'row' }, r.title),
      ...r.ways.map((w) => el('td', { class: w.given ? '' : 'warning' }, !w.given ? 'missing' : w.contacts ? `${w.contacts} contact${w.contacts === 1 ? '' : 's'}` : 'says there is none')))));

  const grid = $('grid');
  const care = pathway.services.filter((s) => s.kind === 'care');
  grid.replaceChildren(el('caption', {}, 'Care services by point of entry and health'),
    el('tr', {}, el('th', { scope: 'col' }, 'Point of entry'), el('th', { scope: 'col' }, 'Physical health'), el('th', { scope: 'col' }, 'Mental health')),
    ...CLUSTERS.map((c) => el('tr', {}, el('th', { scope: 'row' }, c[0].toUpperCase() + c.slice(1)),
      ...['physical', 'mental'].map((h) => el('td', {}, care.filter((s) => s.cluster === c && s.health.includes(h)).map((s) => s.name).join(', ') || '—')))),
    el('tr', {}, el('th', { scope: 'row' }, 'Support and advice (every setting)'),
      el('td', { colspan: 2 }, pathway.services.filter((s) => s.kind !== 'care').map((s) => s.name).join(', ') || '—')));

  const byArea = $('by-area');
  const areas = [...pathway.areas, { id: '', name: 'Everyone (no area given)' }];
  byArea.replaceChildren(el('caption', {}, 'Which services each area sees'),
    el('tr', {}, el('th', { scope: 'col' }, 'Area'), el('th', { scope: 'col' }, 'Its own services')),
    ...areas.map((a) => el('tr', {}, el('th', { scope: 'row' }, a.name),
      el('td', {}, pathway.services.filter((s) => (a.id ? s.areas.includes(a.id) : s.areas.length === 0)).map((s) => s.name).join(', ') || '—'))));
  for (const s of pathway.services) {
    const cell = [...byArea.querySelectorAll('td')].find((td) => td.textContent.includes(s.name));
    if (cell && !cell.id) cell.id = `services-${s.id}`;
  }
}

function stopPreview(message) {
  preview?.destroy();
  preview = null;
  $('preview').replaceChildren(el('p', {}, message));
}

/** The widget with the files, in the mode and language chosen. */
function showPreview() {
  stopPreview('');
  const element = el('div', { lang: $('lang').value }, el('p', {}, 'Loading the preview…'));
  $('preview').replaceChildren(element);
  const options = { mode: $('mode').value, lang: $('lang').value, exitUrl: 'https://www.bbc.co.uk/weather', ...(files.length ? { data: files } : {}) };
  try {
    preview = mount(element, options);
  } catch (error) {
    $('preview').replaceChildren(el('p', {}, `The widget could not start: ${error.message}`));
  }
}

function download(name, text, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function showExport(view) {
  const list = $('exports');
  list.replaceChildren();
  if (files.length === 0) {
    $('export-note').textContent = 'The built-in pathway is in pathway-data/; choose your own files to check and export them.';
    return;
  }
  $('export-note').textContent = view.problems.length ? 'Fix the problems first: only checked files are offered back.' : 'The files are checked. Download each to put on your site and name in data-src.';
  if (view.problems.length) return;
  for (const file of files) {
    const button = el('button', { type: 'button' }, `Download ${file.name}`);
    button.addEventListener('click', () => download(file.name.split('/').pop(), file.text));
    list.append(el('li', {}, button));
  }
}
