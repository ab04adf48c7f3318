// The benchmark's host page script: the same wasm as the loader uses, started directly so
// that bench/run.mjs can read the wasm memory and time mount() with its own data.
import init, { mount } from '../dist/pathway_widget.js';

const wasm = await init({ module_or_path: new URL('../dist/pathway_widget_bg.wasm', import.meta.url) });

window.pathwayBench = {
  memoryBytes: () => wasm.memory.buffer.byteLength,
  mount: (options) => mount(document.getElementById('widget'), options),
};
