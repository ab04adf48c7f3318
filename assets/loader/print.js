// Printing while a summary is showing prints the summary alone: the widget's stylesheet
// hides the rest of the widget, and this sheet, added to the page only while it prints,
// hides everything of the host page that is not on the way down to the widget.

function printRules(element) {
  const chain = [];
  for (let node = element; node && node !== document.body; node = node.parentElement) chain.unshift(node);
  if (chain[0]?.parentElement !== document.body) return '';
  let path = 'body';
  const rules = ['body { margin: 0 !important; padding: 0 !important; }'];
  for (const node of chain) {
    const n = [...node.parentElement.children].indexOf(node) + 1;
    rules.push(`${path} > :not(:nth-child(${n})) { display: none !important; }`);
    path += ` > :nth-child(${n})`;
    rules.push(`${path} { margin: 0 !important; padding: 0 !important; border: 0 !important; position: static !important; }`);
  }
  return `@media print { ${rules.join('\n')} }`;
}

/** Listens for printing; `roots()` gives each host element and the `<div>` its widget renders into. */
export function printSummaryOnly(roots) {
  const sheet = new CSSStyleSheet();
  addEventListener('beforeprint', () => {
    const printing = roots().find(([, root]) => root.querySelector('.pathway__summary'));
    if (!printing) return;
    sheet.replaceSync(printRules(printing[0]));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
  addEventListener('afterprint', () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  });
}
