// Runs inside embed.html (the iframe embed). It mounts the widget with the options in the
// frame's address (the same names as the attributes of <pathway-navigator>), and tells
// the host page how tall the content is, as a bare number in "pathway:height:N", so the
// host snippet (pathway-frame.js) can fit the frame to it. The height is rounded up to a
// step of HEIGHT_STEP pixels, so the host page learns only a few sizes, not which screen
// the person is on. Nothing else is ever posted but "pathway:exit" at quick exit, and
// neither carries anything the person did.
import { mount } from './pathway-widget.js';
import { readOptions, dataOption } from './loader/options.js';
import { leaveFromFrame } from './loader/leave.js';

leaveFromFrame();

const query = new URLSearchParams(location.search);
try {
  const options = { ...readOptions((name) => query.get(name), ''), ...(await dataOption(query.get('data-src'))) };
  mount(document.getElementById('pathway'), options);
} catch (error) {
  console.error(String(error?.message ?? error));
}

const HEIGHT_STEP = 400;

if (parent !== window) {
  let told = 0;
  const tell = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height / HEIGHT_STEP) * HEIGHT_STEP;
    if (height === told) return;
    told = height;
    parent.postMessage(`pathway:height:${height}`, '*');
  };
  // Once the first render is in (the widget renders just after mount), since a browser may
  // not run resize observers in a frame that is still off screen.
  setTimeout(tell);
  new ResizeObserver(tell).observe(document.documentElement);
}
