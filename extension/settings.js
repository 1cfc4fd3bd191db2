// The reader's settings: their shape, defaults, validation (for import) and the one
// rule that says whether Unboil runs on a site.
//
// A classic script shared by the content script, the background and the pages (which
// import it for its side effect); it defines `globalThis.unboilSettings`. Settings
// live in `storage.local` under the key "settings"; every part of the extension reads
// them from there and follows `storage.onChanged`, so a change applies at once.
(() => {
  const KEY = 'settings';
  const DEFAULTS = Object.freeze({
    version: 1,
    paused: false, // the global pause
    defaultOn: true, // for sites the reader has not switched
    categories: Object.freeze({ donation: true, newsletter: true, officials: true }),
    sites: Object.freeze({}), // host -> true | false
    watchlist: Object.freeze([]), // names to highlight as well
    selectors: Object.freeze([]), // extra CSS selectors to collapse
  });

  /** The site a page belongs to, as the switch knows it: "www." does not matter. */
  function siteOf(host) {
    return String(host || '').toLowerCase().replace(/^www\./, '');
  }

  /** Settings as stored, checked; throws an Error saying what is wrong. */
  function normalize(raw) {
    if (raw === undefined || raw === null) return structuredClone(DEFAULTS);
    if (typeof raw !== 'object' || Array.isArray(raw)) throw new Error('settings must be a JSON object');
    const out = structuredClone(DEFAULTS);
    const known = new Set(Object.keys(DEFAULTS));
    for (const key of Object.keys(raw)) {
      if (!known.has(key)) throw new Error(`unknown setting "${key}"`);
    }
    if (raw.version !== undefined && raw.version !== 1) throw new Error(`unsupported settings version ${raw.version}`);
    for (const key of ['paused', 'defaultOn']) {
      if (raw[key] === undefined) continue;
      if (typeof raw[key] !== 'boolean') throw new Error(`"${key}" must be true or false`);
      out[key] = raw[key];
    }
    if (raw.categories !== undefined) {
      if (typeof raw.categories !== 'object' || raw.categories === null) throw new Error('"categories" must be an object');
      for (const [k, v] of Object.entries(raw.categories)) {
        if (!(k in DEFAULTS.categories)) throw new Error(`unknown category "${k}"`);
        if (typeof v !== 'boolean') throw new Error(`category "${k}" must be true or false`);
        out.categories[k] = v;
      }
    }
    if (raw.sites !== undefined) {
      if (typeof raw.sites !== 'object' || raw.sites === null || Array.isArray(raw.sites)) throw new Error('"sites" must be an object');
      for (const [host, on] of Object.entries(raw.sites)) {
        if (typeof on !== 'boolean') throw new Error(`site "${host}" must be true or false`);
        if (!/^[a-z0-9.-]+(:\d+)?$/i.test(host)) throw new Error(`"${host}" is not a host name`);
        out.sites[siteOf(host)] = on;
      }
    }
    for (const key of ['watchlist', 'selectors']) {
      if (raw[key] === undefined) continue;
      if (!Array.isArray(raw[key]) || raw[key].some((x) => typeof x !== 'string')) {
        throw new Error(`"${key}" must be a list of strings`);
      }
      out[key] = [...new Set(raw[key].map((x) => x.trim()).filter(Boolean))];
    }
    return out;
  }

  async function load(api) {
    const got = await api.storage.local.get(KEY);
    try {
      return normalize(got[KEY]);
    } catch {
      return structuredClone(DEFAULTS); // never let a bad store switch Unboil off silently
    }
  }

  async function save(api, settings) {
    await api.storage.local.set({ [KEY]: normalize(settings) });
  }

  /** Whether Unboil works on this host. */
  function enabledFor(settings, host) {
    if (settings.paused) return false;
    const own = settings.sites[siteOf(host)];
    return own === undefined ? settings.defaultOn : own;
  }

  globalThis.unboilSettings = Object.freeze({ KEY, DEFAULTS, siteOf, normalize, load, save, enabledFor });
})();
