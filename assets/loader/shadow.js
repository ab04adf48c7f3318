// Where a widget renders: a shadow root of the host element, so the host page's CSS cannot
// reach the widget and the widget's cannot leak out.

/**
 * The `<div>` the widget renders into: in a shadow root of `element`, holding a `<slot>`
 * that shows the element's own content (the fallback) until the widget replaces it, with
 * the widget's stylesheet adopted. An element that cannot have a shadow root gets the
 * widget directly, styled from the page.
 */
export function rootFor(element, sheet) {
  let shadow;
  try {
    shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  } catch {
    if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return element;
  }
  if (!shadow.firstElementChild) {
    shadow.adoptedStyleSheets = [sheet];
    const root = document.createElement('div');
    root.append(document.createElement('slot'));
    shadow.append(root);
  }
  return shadow.firstElementChild;
}
