// Where a widget renders: a shadow root, so the host page's CSS cannot reach the widget,
// the widget's cannot leak out, and its inputs never join a host `<form>`. Until the
// widget runs (and again if it fails) the root shows the host's fallback content, with an
// "Exit this page" link above it that works without the widget.
import { exitOnClick, safeExitUrl } from './leave.js';

/** The elements a widget mounts on. */
export const SELECTOR = '[data-pathway-widget], pathway-navigator';
/** The exit link's words (the catalogue's `exit`, checked by tests/loader_words.rs). */
export const EXIT = 'Exit this page';

const early = new CSSStyleSheet();
early.replaceSync(`
  .pathway-early-exit { display: flex; justify-content: flex-end; margin: 0 0 0.5em; }
  .pathway-early-exit a { display: inline-block; min-height: 44px; box-sizing: border-box; padding: 0.6em 1em; background: #d4351c; color: #fff; font: 700 1em/1.5 system-ui, sans-serif; text-decoration: none; }
  .pathway-early-exit a:focus { outline: 3px solid #fd0; outline-offset: 0; box-shadow: 0 0 0 6px #0b0c0c; }
  @media (forced-colors: active) { .pathway-early-exit a { border: 2px solid LinkText; } }
`);

const roots = new WeakMap();

const exitUrlOf = (element) => () => safeExitUrl(element.getAttribute('data-exit-url') ?? element.getAttribute('exit-url'));

/** The loader's own "Exit this page" bar, for `element`'s exit address. */
export function exitBar(element) {
  const url = exitUrlOf(element);
  const bar = document.createElement('div');
  bar.className = 'pathway-early-exit';
  const link = document.createElement('a');
  link.href = url();
  link.rel = 'noreferrer nofollow';
  link.textContent = EXIT;
  exitOnClick(link, url);
  bar.append(link);
  return bar;
}

/** An exit link for the fallback, unless the host wrote its own (`data-pathway-exit`). */
function earlyExit(element) {
  const own = element.querySelectorAll('a[data-pathway-exit]');
  for (const link of own) exitOnClick(link, exitUrlOf(element));
  return own.length ? null : exitBar(element);
}

/**
 * The `<div>` a widget renders into, made once per element: in a shadow root of `element`
 * (or, for an element that cannot have one, of a `<div>` made inside it, which takes the
 * element's content), holding the early exit link and a `<slot>` that shows the fallback.
 * `sheet`, once the widget's styles are in, is adopted beside the early exit's own.
 */
export function prepare(element, sheet) {
  let root = roots.get(element);
  if (!root) {
    let shadow;
    try {
      shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    } catch {
      const inner = document.createElement('div');
      inner.append(...element.childNodes);
      element.append(inner);
      shadow = inner.attachShadow({ mode: 'open' });
    }
    root = document.createElement('div');
    const exit = earlyExit(element);
    if (exit) root.append(exit);
    root.append(document.createElement('slot'));
    shadow.append(root);
    shadow.adoptedStyleSheets = [early];
    roots.set(element, root);
  }
  if (sheet) root.getRootNode().adoptedStyleSheets = [early, sheet];
  return root;
}
