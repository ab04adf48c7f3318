// The host's options as the loader reads them: from an element's attributes, or from an
// embed URL's query, and the host's own pathway files from `data-src`. Used by the loader
// and by the iframe embed (pathway-embed.js).

/** The custom element's name; its attributes have no `data-` prefix. */
export const TAG = 'pathway-navigator';

/**
 * Each option: its name in the JS options and its attribute (`data-` on a plain element).
 * Defined in src/host/options.rs; tests/host_options.rs checks that this table agrees.
 */
export const OPTIONS = [
  ['exitUrl', 'exit-url'], ['mode', 'mode'], ['setting', 'setting'], ['health', 'health'],
  ['area', 'area'], ['idleMinutes', 'idle-minutes'], ['theme', 'theme'], ['lang', 'lang'],
  ['usePageLang', 'use-page-lang'], ['languages', 'languages'],
];

/**
 * Options from a source of named values (an element's attributes, an embed URL's query).
 * `prefix` goes before each name except `lang`, which is the element's own language.
 */
export function readOptions(get, prefix) {
  const options = Object.assign(Object.create(null), { attributePrefix: prefix });
  for (const [key, name] of OPTIONS) {
    const value = get(name === 'lang' ? name : prefix + name);
    if (value !== null && value !== undefined) options[key] = value;
  }
  return options;
}

/**
 * The language `element`'s widget opens in, from its options `given`: its own `lang`; or,
 * where the host opts in with `use-page-lang`, the page's (the nearest `lang` around the
 * element, such as `<html lang>`). The page's language is used only when asked for: a
 * page in English about a widget in Urdu is common.
 */
export function openingLang(element, given) {
  if (given.lang !== undefined) return given.lang;
  const optIn = given.usePageLang;
  if (optIn === undefined || optIn === false || String(optIn).trim().toLowerCase() === 'false') return undefined;
  return element.parentElement?.closest('[lang]')?.getAttribute('lang') ?? undefined;
}

/** The own properties of `given` (an options object from a host's script), in an object
 *  with no prototype, so nothing inherited is ever read as an option. */
export const own = (given) => Object.assign(Object.create(null), Object.fromEntries(Object.entries(Object(given))));

/** The options an element's attributes set. */
export const attributeOptions = (element) =>
  readOptions((name) => element.getAttribute(name), element.localName === TAG ? '' : 'data-');

/** The largest data-src file read: the built-in pathway is about 110 KB. */
export const MAX_DATA_BYTES = 1_000_000;

/** Fetches one data-src file: only from the page's own origin, only JSON, and not too big. */
async function fetchData(src) {
  const url = new URL(src, document.baseURI);
  if (url.origin !== location.origin) {
    throw new Error(`data-src "${src}" is not on this site. Fix: serve the pathway data from ${location.origin}.`);
  }
  // A redirect could lead to another origin, so it is refused rather than followed.
  const response = await fetch(url, { redirect: 'error' });
  if (!response.ok) throw new Error(`data-src "${src}" answered ${response.status}. Fix: check the file's address.`);
  const type = response.headers.get('content-type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type)) {
    throw new Error(`data-src "${src}" was sent as "${type}", not JSON. Fix: serve .json files as application/json.`);
  }
  const tooBig = `data-src "${src}" is over ${MAX_DATA_BYTES} bytes. Fix: split the pathway into smaller files, or remove what it does not need.`;
  if (Number(response.headers.get('content-length')) > MAX_DATA_BYTES) throw new Error(tooBig);
  const text = await response.text();
  if (text.length > MAX_DATA_BYTES) throw new Error(tooBig);
  return { name: src, text };
}

/** The `data` option for a `data-src` value (one or more files separated by spaces). */
export async function dataOption(src) {
  const files = (src || '').trim();
  return files ? { data: await Promise.all(files.split(/\s+/).map(fetchData)) } : {};
}

/**
 * The languages with a pack beside the widget (`languages/<code>.json`). Defined in
 * src/host/language.rs; tests/host_options.rs checks that this list agrees.
 */
export const PACKS = ['gu', 'ur', 'pa', 'pl', 'so', 'ar', 'en-x-easyread'];

/** The pack a `lang` value asks for (`ur-PK` asks for `ur`, `en-x-easyread` for Easy Read), if there is one. */
export function packFor(lang) {
  const value = String(lang ?? '').trim().toLowerCase();
  return PACKS.find((code) => code === value) ?? PACKS.find((code) => code === value.split('-')[0]);
}

/**
 * Fetches the pack for `code` from the widget's own origin (`base`), by the code alone:
 * the only request a language choice makes. Refused for a code with no pack.
 */
export async function fetchLanguage(base, code) {
  if (!PACKS.includes(code)) throw new Error(`there is no language pack "${code}".`);
  const response = await fetch(new URL(`languages/${code}.json`, base), { redirect: 'error', credentials: 'omit' });
  if (!response.ok) throw new Error(`the language pack "${code}" answered ${response.status}.`);
  return response.text();
}
