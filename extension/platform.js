// Where Chrome and Firefox differ, and nowhere else.
//
// A classic script (content scripts cannot be modules); the background, popup and
// options pages import it for its side effect. It defines `globalThis.unboilPlatform`.
//
// - The API namespace: Firefox has promise-based `browser`, Chrome `chrome` (promises
//   too since MV3).
// - Streaming: only Firefox lets an extension rewrite a response as it arrives
//   (`webRequest.filterResponseData`,
//   https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/webRequest/filterResponseData).
//   Chrome gets the plan path only: its content scripts cannot compile WebAssembly
//   under a strict page CSP, so the wasm runs in the service worker.
(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  globalThis.unboilPlatform = Object.freeze({
    api,
    name: globalThis.browser?.runtime?.getBrowserInfo ? 'firefox' : 'chrome',
    canStream: typeof api?.webRequest?.filterResponseData === 'function',
    /** A message from the extension's own strings (`_locales/`), or the key itself. */
    t(key, ...subs) {
      return api?.i18n?.getMessage(key, subs) || key;
    },
  });
})();
