/*
 * site-analytics.js: example "other script on the page" for the Pathway host pages.
 *
 * It stands in for the analytics and session-replay scripts that portals (GP surgery
 * sites, council CMSs, police force sites) really run on every page. It records the way
 * such a tag does, but it sends NOTHING anywhere. The example pages load it so that
 * tests can show what an ordinary script on the host page can see of an inline widget
 * (attribute and custom-element methods) and what it cannot see of the iframe embed.
 *
 * What it records, into window.siteAnalytics:
 *   events     every keydown (the key only), input and change (with the target's value,
 *              as real session-replay tools record values unless told to mask them) and
 *              click (the target's tag and text), heard on `document` in the capture
 *              phase. Like those tools it looks through open shadow roots, via
 *              event.composedPath(), to the element the event started on.
 *   mutations  how many DOM mutation records a MutationObserver on `document` has seen.
 *
 * What it never does: change the DOM, call preventDefault() or stopPropagation(), use
 * cookies or any storage, or make a network request.
 */
(function () {
  'use strict';

  if (window.siteAnalytics) {
    return;
  }

  var store = { events: [], mutations: 0 };
  window.siteAnalytics = store;

  function now() {
    return Math.round(window.performance && performance.now ? performance.now() : Date.now());
  }

  // The element the event started on, as far as a page script can see: through open
  // shadow roots, but never into closed shadow roots or other frames.
  function origin(event) {
    var path = typeof event.composedPath === 'function' ? event.composedPath() : [];
    return path.length ? path[0] : event.target;
  }

  function tagOf(node) {
    return node && node.tagName ? node.tagName.toLowerCase() : String(node && node.nodeName);
  }

  function textOf(node) {
    var text = node && typeof node.textContent === 'string' ? node.textContent : '';
    return text.replace(/\s+/g, ' ').trim().slice(0, 120);
  }

  function record(entry, event, node) {
    entry.tag = tagOf(node);
    entry.seenAs = tagOf(event.target);
    entry.inShadow = node !== event.target;
    entry.time = now();
    store.events.push(entry);
  }

  document.addEventListener('keydown', function (event) {
    store.events.push({ type: 'keydown', key: event.key, time: now() });
  }, true);

  function onValue(event) {
    var node = origin(event);
    var entry = { type: event.type };
    if (node && typeof node.value === 'string') {
      entry.value = node.value;
    }
    if (node && (node.type === 'checkbox' || node.type === 'radio')) {
      entry.checked = node.checked;
    }
    if (node && node.name) {
      entry.name = node.name;
    }
    record(entry, event, node);
  }

  document.addEventListener('input', onValue, true);
  document.addEventListener('change', onValue, true);

  document.addEventListener('click', function (event) {
    var node = origin(event);
    record({ type: 'click', text: textOf(node) }, event, node);
  }, true);

  if (typeof MutationObserver === 'function') {
    new MutationObserver(function (records) {
      store.mutations += records.length;
    }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  }
})();
