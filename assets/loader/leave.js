// Leaving the page, for quick exit: the Shift count's rules, the neutral page to go to,
// and leaving itself. Every widget on the page is wiped first (the loader registers how),
// a cover in the top layer hides the page at once (no host style can shrink it), and the
// page is replaced with `location.replace`, so Back does not return, with no referrer, so
// the neutral site is not told where the person was.

/** Where quick exit goes unless the host says otherwise (GOV.UK's choice too). */
export const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';
/** Presses of Shift that leave the page. */
export const PRESSES = 3;
/** How long, in milliseconds after a counted press, the next one has to come. */
export const WINDOW_MS = 5000;
/** What the cover says while the browser leaves (the catalogue's `leaving`, checked by tests/loader_words.rs). */
export const LEAVING = 'Leaving this page. If nothing happens, close this tab or window.';

/**
 * What a key event is to the counter: true a lone Shift, false any other key (or Shift
 * with another modifier held), null nothing (composing text with an input method).
 */
export function classify(key, otherModifier, composing) {
  if (composing) return null;
  return key === 'Shift' && !otherModifier;
}

/**
 * Counts lone Shift presses, as GOV.UK's "Exit this page" does: a Shift counts only when
 * pressed and released on its own; any other key starts again; a count left for
 * WINDOW_MS after its last press runs out. Each call says what happened: 'unchanged',
 * 'reset', 'exit', or the number of presses still to go.
 */
export class ShiftCounter {
  count = 0;
  lastPress = 0;
  alone = false;

  keyDown(isShift) {
    if (isShift) {
      this.alone = true;
      return 'unchanged';
    }
    this.alone = false;
    return this.reset();
  }

  keyUp(isShift, now) {
    if (!isShift || !this.alone) return 'unchanged';
    this.alone = false;
    this.expire(now);
    this.count += 1;
    this.lastPress = now;
    if (this.count >= PRESSES) {
      this.count = 0;
      return 'exit';
    }
    return PRESSES - this.count;
  }

  expire(now) {
    return this.count > 0 && now - this.lastPress >= WINDOW_MS ? this.reset() : 'unchanged';
  }

  reset() {
    if (this.count === 0) return 'unchanged';
    this.count = 0;
    return 'reset';
  }
}

/**
 * Counts Shift on the whole page, in the capture phase (so a host script that stops key
 * events cannot hide them), while `counting()`; the third press calls `leave()`.
 */
export function listenForShift(counting, leave) {
  const counter = new ShiftCounter();
  const count = (event, up) => {
    if (!counting()) return;
    const modifier = event.ctrlKey || event.altKey || event.metaKey || event.getModifierState?.('AltGraph');
    const shift = classify(event.key, modifier, event.isComposing || event.keyCode === 229);
    if (shift === null) return;
    if ((up ? counter.keyUp(shift, performance.now()) : counter.keyDown(shift)) === 'exit') leave();
  };
  addEventListener('keydown', (event) => count(event, false), true);
  addEventListener('keyup', (event) => count(event, true), true);
}

/** Makes `link` leave for `url()` as quick exit does, instead of adding a history entry. */
export function exitOnClick(link, url) {
  link.addEventListener('click', (event) => {
    event.preventDefault();
    exitAll(url());
  });
}

/** A full https:// address with nothing odd in it, else the default. */
export const safeExitUrl = (url) => (/^https:\/\/[^\s\p{Cc}]+$/u.test(url || '') ? url : DEFAULT_EXIT_URL);

/** The exit address of the first widget on the page, for Shift before any widget runs. */
export function earlyExitUrl() {
  const element = document.querySelector('[data-pathway-widget], pathway-navigator');
  return safeExitUrl(element?.getAttribute('data-exit-url') ?? element?.getAttribute('exit-url'));
}

const wipes = [];
let framed = false;
let leaving = false;

/** Runs `wipe(asking)` first whenever the page is left; `asking` is the widget that asked to leave, if one did. */
export const onLeave = (wipe) => wipes.push(wipe);

/**
 * This document is the sandboxed iframe embed (embed.html): it leaves by moving the top
 * page just after a click, and otherwise (Shift is not a click to browsers, and the
 * sandbox allows nothing else) by asking the host page's snippet, which listens.
 */
export const leaveFromFrame = () => {
  framed = true;
};

/** The real `<head>`, even if a host script has replaced `document.head`. */
const head = () => document.querySelector('head') ?? document.documentElement;

function cover() {
  const dialog = document.createElement('dialog');
  dialog.className = 'pathway-leaving';
  dialog.textContent = LEAVING;
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('dialog { box-sizing: border-box; inset: 0; width: 100vw; max-width: none; height: 100vh; max-height: none; margin: 0; border: 0; padding: 1em; background: #fff; color: #0b0c0c; font: 1.2em/1.5 system-ui, sans-serif; } dialog::backdrop { background: #fff; }');
  shadow.adoptedStyleSheets = [sheet];
  shadow.append(dialog);
  document.documentElement.append(host);
  try {
    dialog.showModal();
  } catch {
    dialog.setAttribute('open', '');
  }
}

/**
 * Wipes every widget, covers the page and leaves for `url`. `asking`: the widget that
 * asked, which has already wiped itself. Only the first call counts.
 */
export function exitAll(url, asking) {
  if (leaving) return;
  leaving = true;
  cover();
  for (const wipe of wipes) {
    try {
      wipe(asking);
    } catch {
      // A widget that already failed has nothing left to wipe.
    }
  }
  const meta = document.createElement('meta');
  meta.name = 'referrer';
  meta.content = 'no-referrer';
  head().append(meta);
  const to = safeExitUrl(url);
  if (!framed) {
    location.replace(to);
    return;
  }
  // Straight after a click the sandbox lets the frame move the top page; otherwise, or
  // if that fails, the host's snippet leaves. The message carries nothing but its type.
  const activated = navigator.userActivation?.isActive;
  if (activated !== false) {
    try {
      top.location.replace(to);
      if (activated) return;
    } catch {
      // Not allowed: the host's snippet leaves instead.
    }
  }
  parent.postMessage('pathway:exit', '*');
}
