// For /lockdown.html (pages.mjs): the page as iOS Lockdown Mode gives it, with no
// WebAssembly at all, in an engine that has no switch for it (WebKitGTK).
delete globalThis.WebAssembly;
