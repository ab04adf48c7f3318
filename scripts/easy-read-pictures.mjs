// Puts an Easy Read pack's pictures into its copy in dist/: only the pictures the pack
// names (`pictures`), from Fluent Emoji Flat (@iconify-json/fluent-emoji-flat, MIT, from
// package-lock.json), each as a tree of SVG elements under `picture_svg` (`[tag, {attribute:
// value}, [children]]`), which the widget draws inline element by element: never markup.
// So the pictures come with the pack, in its one request from the widget's origin, whatever
// the screen: nothing is fetched per picture (an <img> of one sprite file was fetched again
// for every picture in Firefox), and no host needs `img-src`. Writes the set's licence
// beside the pack. A name the set does not have stops the build, naming the pack and text.
//   node scripts/easy-read-pictures.mjs languages/en-x-easyread.json dist/languages/en-x-easyread.json
import fs from 'node:fs';
import path from 'node:path';

const SET = 'node_modules/@iconify-json/fluent-emoji-flat';
const [packFile, outFile] = process.argv.slice(2);
const pack = JSON.parse(fs.readFileSync(packFile, 'utf8'));
const set = JSON.parse(fs.readFileSync(path.join(SET, 'icons.json'), 'utf8'));
const info = JSON.parse(fs.readFileSync(path.join(SET, 'info.json'), 'utf8'));

const names = new Map();
for (const [section, byKey] of Object.entries(pack.pictures ?? {})) {
  for (const [key, given] of Object.entries(byKey)) {
    for (const name of given.split(/\s+/).filter(Boolean)) if (!names.has(name)) names.set(name, `pictures.${section}["${key}"]`);
  }
}

/** The icon `name`: its body and size, following an alias to its parent (and its flip). */
function icon(name) {
  const own = set.icons[name];
  if (own) return { body: own.body, width: own.width ?? set.width ?? 16, height: own.height ?? set.height ?? 16 };
  const alias = set.aliases?.[name];
  if (!alias) return null;
  const parent = icon(alias.parent);
  if (!parent) return null;
  if (alias.rotate) throw new Error(`${name} is a rotated alias; choose its parent ${alias.parent}`);
  const flip = alias.hFlip ? `translate(${parent.width} 0) scale(-1 1)` : alias.vFlip ? `translate(0 ${parent.height}) scale(1 -1)` : '';
  return { ...parent, body: flip ? `<g transform="${flip}">${parent.body}</g>` : parent.body };
}

const missing = [...names].filter(([name]) => !icon(name));
if (missing.length) {
  for (const [name, where] of missing) console.error(`${packFile}: ${where}: there is no picture "${name}" in ${info.name}. Fix: use a name from ${SET}/icons.json.`);
  process.exit(1);
}

// The set's licence (the package gives its name and address, not its text).
const MIT = `MIT License

Copyright (c) Microsoft Corporation.

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`;
if (info.license.spdx !== 'MIT') throw new Error(`${info.name} is now ${info.license.spdx}, not MIT: check its licence before shipping it.`);

/** The elements of an icon's body (which has elements and attributes, and no text) as trees. */
function elements(body, name) {
  const root = ['', {}, []];
  const open = [root];
  for (const [, close, tag, attributes, empty] of body.matchAll(/<(\/?)([a-zA-Z][\w:-]*)([^>]*?)(\/?)>/g)) {
    if (close) { open.pop(); continue; }
    const node = [tag, Object.fromEntries([...attributes.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, k, v]) => [k, v])), []];
    open.at(-1)[2].push(node);
    if (!empty) open.push(node);
  }
  if (open.length !== 1 || /\bid=|<(script|style|foreignObject)/i.test(body)) throw new Error(`${name}: a picture this script cannot take apart safely`);
  return root[2];
}

// Each picture alone, drawn at the size its box gives it, hidden from screen readers (the
// box says what it shows).
const pictureSvg = Object.fromEntries([...names.keys()].sort().map((name) => {
  const { body, width, height } = icon(name);
  return [name, ['svg', { viewBox: `0 0 ${width} ${height}`, width: '100%', height: '100%', focusable: 'false', 'aria-hidden': 'true' }, elements(body, name)]];
}));
const built = JSON.parse(fs.readFileSync(outFile, 'utf8'));
built.picture_svg = pictureSvg;
fs.writeFileSync(outFile, JSON.stringify(built));
fs.writeFileSync(
  `${outFile}.pictures-LICENSE.txt`,
  `The pictures in ${path.basename(outFile)} are from ${info.name} by ${info.author.name} (${info.author.url}),\n` +
    `used under the ${info.license.title} licence (${info.license.url}):\n\n${MIT}`,
);
const bytes = JSON.stringify(pictureSvg).length;
console.log(`easy read: ${names.size} pictures (${bytes} bytes) in ${outFile}`);
