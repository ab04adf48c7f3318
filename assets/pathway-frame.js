// Host side of the iframe embed: the page that has <iframe data-pathway-frame ...> includes
// this. It fits each frame's height to the widget's content (never taller than the window,
// so "Exit this page", which sticks to the top of the frame, stays in view), and at quick
// exit inside the frame it leaves this page for the frame's data-exit-url: the browser
// lets a sandboxed frame move the top page only straight after a click, and Shift pressed
// three times may not count as one. Only messages from the frames themselves are read.
// Quick exit works on this page too, with focus outside the frame: Shift pressed three
// times, and any link marked `data-pathway-exit` (loader/leave.js has the rules).
import { exitAll, exitOnClick, listenForShift, safeExitUrl } from './loader/leave.js';

const MIN_HEIGHT = 200;
const heights = new WeakMap();

const frames = () => [...document.querySelectorAll('iframe[data-pathway-frame]')];

function fit(frame) {
  const height = heights.get(frame);
  if (height) frame.style.height = `${Math.max(MIN_HEIGHT, Math.min(height, innerHeight))}px`;
}

/** The first frame's exit address, for Shift and exit links on this page. */
const exitUrl = () => safeExitUrl(frames()[0]?.dataset.exitUrl);

listenForShift(() => frames().length > 0, () => exitAll(exitUrl()));
document.querySelectorAll('a[data-pathway-exit]').forEach((link) => exitOnClick(link, exitUrl));

addEventListener('message', (event) => {
  const frame = frames().find((f) => f.contentWindow === event.source);
  if (!frame || typeof event.data !== 'string') return;
  if (event.data === 'pathway:exit') exitAll(frame.dataset.exitUrl);
  const height = /^pathway:height:(\d{1,6})$/.exec(event.data);
  if (height) {
    heights.set(frame, Number(height[1]));
    fit(frame);
  }
});

addEventListener('resize', () => frames().forEach(fit));
