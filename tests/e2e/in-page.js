// What a test page records about itself, run before any of the page's own scripts: by
// Playwright as an init script (harness.mjs), and by the WebDriver tiers as the first
// script of their host pages (tests/engines/pages.mjs), so that every engine is checked
// the same way. It records beacons and WebSockets, CSP violations and every change to the
// page outside the widgets, and gives tests two ways into the widgets' shadow roots.
(() => {
  // Beacons (sent as a page unloads, when a request log may miss them) and WebSockets.
  window.__sent = [];
  const beacon = navigator.sendBeacon?.bind(navigator);
  if (beacon) navigator.sendBeacon = (url, data) => { window.__sent.push(`beacon: ${url}`); return beacon(url, data); };
  const Socket = window.WebSocket;
  window.WebSocket = function WebSocket(url, protocols) { window.__sent.push(`websocket: ${url}`); return new Socket(url, protocols); };
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  // Every change to the page outside the widgets' own content (the host element's
  // attributes count as outside), so a test can prove the widget writes nothing there.
  window.__hostChanges = [];
  const WIDGET = '[data-pathway-widget], pathway-navigator';
  const inside = (node) => Boolean(node && node.parentElement && node.parentElement.closest(WIDGET));
  const name = (node) => (node.nodeType === 1 ? node.tagName.toLowerCase() : node.nodeName);
  new MutationObserver((records) => {
    for (const r of records) {
      // A change to a node inside a widget, or to the children of a widget's element,
      // is the widget's own business; a change to the host element's attributes is not.
      const own = r.type === 'attributes' ? inside(r.target) : inside(r.target) || (r.target.matches && r.target.matches(WIDGET));
      if (!own) window.__hostChanges.push(`${r.type} of ${name(r.target)}${r.attributeName ? `[${r.attributeName}]` : ''}`);
    }
  }).observe(document, { subtree: true, attributes: true, childList: true, characterData: true });
  // Widgets render into shadow roots: these look inside them.
  /** The element with focus, inside a widget's shadow root too. */
  window.__active = () => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  };
  /** The first widget's `.pathway` element (or the n-th); `#pathway` is embed.html's. */
  window.__widget = (n = 0) => [...document.querySelectorAll(`${WIDGET}, #pathway`)]
    .map((host) => (host.shadowRoot ?? host.firstElementChild?.shadowRoot ?? host).querySelector('.pathway')).filter(Boolean)[n] ?? null;
})();
