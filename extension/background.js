// The background: runs the WebAssembly core for content scripts (the plan path), and on
// Firefox rewrites top-level HTML responses as they stream in, so appeals are collapsed
// before the page first paints. It also keeps the toolbar badge and the keyboard
// shortcut. It makes no network request: the wasm comes from the extension itself.
import './platform.js';
import './settings.js';
import init, { Cleaner, plan } from './pkg/unboil.js';

const { api, canStream } = globalThis.unboilPlatform;
const S = globalThis.unboilSettings;

/** Streaming gives up (and passes the rest through unchanged) after this much core time. */
const STREAM_BUDGET_MS = 2000;

let core = null;
function ready() {
  core ??= init({ module_or_path: api.runtime.getURL('pkg/unboil_bg.wasm') });
  return core;
}

let settings = null;
async function currentSettings() {
  settings ??= await S.load(api);
  return settings;
}
api.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && changes[S.KEY]) settings = null;
});

// --- the plan path ------------------------------------------------------------------

/** The strings a content script shows, with %s where a value goes. */
let strings = null;
function pageStrings() {
  const { t } = globalThis.unboilPlatform;
  strings ??= Object.fromEntries(
    ['hidden_donation', 'hidden_newsletter', 'hidden_custom', 'roleWatchlist', 'reasonStreamed']
      .map((k) => [k, t(k)])
      .concat(['toggleShow', 'toggleHide', 'reasonOwnRule'].map((k) => [k, t(k, '%s')])),
  );
  return strings;
}

api.runtime.onMessage.addListener((msg, sender, reply) => {
  if (msg?.type === 'plan') {
    ready()
      .then(() => {
        const t0 = performance.now();
        const p = plan(msg.html, { ...msg.options, ui: false });
        reply({ plan: p, ms: performance.now() - t0, strings: pageStrings() });
      })
      .catch((e) => reply({ error: `Unboil's core failed: ${e?.message || e}` }));
    return true; // the answer comes later
  }
  if (msg?.type === 'badge' && sender.tab?.id !== undefined) {
    const text = msg.count ? String(msg.count) : '';
    api.action.setBadgeText({ tabId: sender.tab.id, text }).catch(() => {});
    api.action.setBadgeBackgroundColor?.({ tabId: sender.tab.id, color: '#10284f' })?.catch?.(() => {});
    return false;
  }
  return false;
});

// --- the keyboard shortcut ------------------------------------------------------------

/** Switches the active tab's site; returns whether Unboil is now on there. */
async function toggleActiveSite() {
  const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
  if (!tab?.id) return null;
  const state = await api.tabs.sendMessage(tab.id, { type: 'state' }).catch(() => null);
  if (!state?.host) return null; // not a page Unboil runs on
  const s = await S.load(api);
  s.sites[state.host] = !S.enabledFor(s, state.host);
  if (s.sites[state.host]) s.paused = false;
  await S.save(api, s);
  return s.sites[state.host];
}
api.commands?.onCommand.addListener((command) => {
  if (command === 'toggle-site') toggleActiveSite();
});
// NOTE: a browser-level shortcut cannot be pressed from a test; the tests call this.
globalThis.unboilToggleActiveSite = toggleActiveSite;

// --- Firefox: streaming ---------------------------------------------------------------

if (canStream) {
  api.webRequest.onHeadersReceived.addListener(
    startStreaming,
    { urls: ['http://*/*', 'https://*/*'], types: ['main_frame'] },
    ['blocking', 'responseHeaders'],
  );
}

async function startStreaming(details) {
  try {
    if (details.statusCode !== 200 || details.method !== 'GET') return {};
    const type = details.responseHeaders?.find((h) => h.name.toLowerCase() === 'content-type')?.value || '';
    if (!/^\s*text\/html\b/i.test(type)) return {};
    const s = await currentSettings();
    if (!S.enabledFor(s, new URL(details.url).hostname)) return {};
    await ready(); // no core, no filter: the response goes through untouched
    const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(type)?.[1];
    stream(api.webRequest.filterResponseData(details.requestId), {
      donation: s.categories.donation,
      newsletter: s.categories.newsletter,
      officials: s.categories.officials,
      ...(charset ? { charset } : {}),
    });
  } catch {
    // Fail open: without a filter the page arrives as the server sent it.
  }
  return {};
}

/**
 * Passes a response through a `Cleaner`. On any error, or when the core has used its
 * time budget, the rest of the response goes out exactly as it came, starting from
 * the first byte the cleaner had not yet let through (`pageBytesOut`).
 */
function stream(filter, options) {
  let cleaner = null;
  let failed = false;
  let spent = 0;
  let kept = []; // input not yet passed through, oldest first
  let keptFrom = 0; // offset of kept[0] in the response

  let done = 0; // bytes of the response the cleaner has let through

  const failOpen = () => {
    failed = true;
    let at = keptFrom;
    for (const chunk of kept) {
      const skip = Math.max(0, Math.min(chunk.length, done - at));
      if (skip < chunk.length) filter.write(chunk.subarray(skip));
      at += chunk.length;
    }
    kept = [];
    try {
      cleaner?.free();
    } catch {
      // nothing to free
    }
    cleaner = null;
  };

  filter.ondata = (event) => {
    const bytes = new Uint8Array(event.data);
    if (failed) {
      filter.write(bytes);
      return;
    }
    kept.push(bytes);
    const t0 = performance.now();
    try {
      cleaner ??= new Cleaner(options);
      const out = cleaner.write(bytes);
      if (out.length) filter.write(out);
      // Drop what has gone out.
      done = cleaner.pageBytesOut;
      while (kept.length && keptFrom + kept[0].length <= done) keptFrom += kept.shift().length;
    } catch {
      failOpen();
      return;
    }
    spent += performance.now() - t0;
    if (spent > STREAM_BUDGET_MS) failOpen();
  };

  filter.onstop = () => {
    if (!failed && cleaner) {
      try {
        const { html } = cleaner.end();
        filter.write(html);
        cleaner.free();
      } catch {
        failOpen();
      }
    }
    filter.close();
  };

  filter.onerror = () => {
    try {
      cleaner?.free();
    } catch {
      // already gone
    }
  };
}
