// Debian's Chromium, driven by playwright-core, with the flags these machines need (no
// sandbox as root, no GPU, and no background traffic that would muddy request logs and
// timings). Shared by the end-to-end tests and the benchmark.
import { chromium } from 'playwright-core';

const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

/**
 * Launches Chromium. `unthrottledFrames` lets frames be produced as soon as there is
 * something to paint instead of at the next 60 Hz tick, so that a benchmark timing "until
 * painted" measures the widget's work rather than where in the frame the click fell.
 * `backForwardCache` keeps the cache a person's browser has (Playwright turns it off).
 */
export function launchChromium({ unthrottledFrames = false, backForwardCache = false } = {}) {
  const args = unthrottledFrames ? [...ARGS, '--disable-frame-rate-limit', '--disable-gpu-vsync'] : ARGS;
  const ignoreDefaultArgs = backForwardCache ? ['--disable-back-forward-cache'] : [];
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args, ignoreDefaultArgs });
}
