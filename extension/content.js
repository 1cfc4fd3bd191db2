// The content script: applies Unboil's plan to the live page, and takes it back.
//
// It serialises the page (or a subtree that appears later), has the background run
// the core on it (`plan`), and applies the actions to the live DOM without re-parsing
// it, so the page's scripts and listeners keep working. Every action carries a check
// (tag name, hash of the text): an action whose element is not the one the core saw is
// skipped, never applied to the wrong element. On any error or time-out the page stays
// as it was. It never removes or changes a character of the page: it adds attributes,
// placeholders and <mark> wrappers, and can take all of them away again.
(() => {
  if (globalThis.unboilContent) return; // injected twice (e.g. after an update)
  const { api, t } = globalThis.unboilPlatform;
  const S = globalThis.unboilSettings;

  const PLAN_TIMEOUT_MS = 5000;
  const OBSERVE_DEBOUNCE_MS = 250;
  const MIN_SUBTREE_CHARS = 40; // smaller additions cannot hold an appeal worth a round trip
  const KINDS = ['donation', 'newsletter'];
  /** Elements whose text the core does not count in a block's text (see src/plan.rs). */
  const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'select',
    'title', 'iframe', 'noembed', 'noframes', 'xmp', 'plaintext']);

  let settings = null;
  let enabled = false;
  let observer = null;
  let pendingNodes = new Set();
  let debounce = 0;
  let generation = 0; // bumps on every switch: late answers for an old state are dropped
  const found = { collapsed: [], officials: new Map() };
  const timing = { mainThreadMs: 0, serializeMs: 0, applyMs: 0, coreMs: 0, passes: 0, streamed: false, errors: [], skipped: 0 };

  // --- reading the page the way the core does -----------------------------------

  /**
   * Elements in the order of their start tags in the serialised HTML, as a function
   * from ordinal to element. getElementsByTagName('*') lists descendants in tree
   * order, in the browser's own code: much faster than a walk in script.
   */
  function elementsInOrder(root) {
    // NOTE: <template> contents are serialised inside the tag but are not its
    // children in the DOM; the core counts them, so then the walk below must.
    if (root.getElementsByTagName('template').length || root.localName === 'template') {
      const list = walkInOrder(root);
      return (i) => list[i];
    }
    const all = root.getElementsByTagName('*');
    return (i) => (i === 0 ? root : all[i - 1]);
  }

  function walkInOrder(root) {
    const out = [];
    const stack = [root];
    while (stack.length) {
      const el = stack.pop();
      out.push(el);
      const kids = el.localName === 'template' && el.content ? el.content.children : el.children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
    return out;
  }

  const NOT_TEXT_SELECTOR = [...NOT_TEXT].join(',');

  /** FNV-1a over the code points of the first 64 characters of an element's text. */
  function textHash(el) {
    // Usually nothing inside is left out: then the browser's own textContent is the
    // text, and much faster than a walk that calls back into script for every node.
    if (!el.querySelector(NOT_TEXT_SELECTOR)) {
      const all = el.textContent;
      const head = all.slice(0, 4096);
      // 4096 characters hold 64 once whitespace is collapsed, unless nearly all blank.
      return fnv1a64(head.length < all.length && head.replace(/\s+/g, ' ').length < 66 ? all : head);
    }
    let text = '';
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (n) =>
        n.nodeType === Node.ELEMENT_NODE
          ? NOT_TEXT.has(n.localName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP
          : NodeFilter.FILTER_ACCEPT,
    });
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      text += n.data;
      // Enough once 64 characters are left after collapsing whitespace.
      if (text.length > 512 && text.replace(/\s+/g, ' ').length > 66) break;
    }
    return fnv1a64(text);
  }

  /** The hash of the check: whitespace runs as one space, no leading space, 64 code points. */
  function fnv1a64(raw) {
    let norm = raw.replace(/\s+/g, ' ');
    if (norm.startsWith(' ')) norm = norm.slice(1);
    let h = 0x811c9dc5;
    let i = 0;
    for (const ch of norm) {
      if (i++ === 64) break;
      h ^= ch.codePointAt(0);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h;
  }

  function serialize(root) {
    if (root === document.documentElement) {
      const dt = document.doctype;
      return (dt ? `<!DOCTYPE ${dt.name}>` : '') + root.outerHTML;
    }
    return root.outerHTML;
  }

  // --- what Unboil adds to a page ------------------------------------------------

  function placeholder(kind) {
    const b = document.createElement('button');
    b.type = 'button';
    b.setAttribute('data-unboil-ui', 'toggle');
    b.setAttribute('data-unboil-kind', kind);
    b.setAttribute('aria-expanded', 'false');
    b.textContent = label(kind, false);
    return b;
  }

  // NOTE: the extension's strings come with the first plan from the background: the
  // first i18n.getMessage in a content script costs milliseconds of the page's main
  // thread (the message bundle loads synchronously), in the background it costs none.
  let strings = null;
  const say = (key, sub) => (strings?.[key] ?? t(key)).replace('%s', sub ?? '');

  function label(kind, open) {
    return say(open ? 'toggleHide' : 'toggleShow', say(`hidden_${kind}`));
  }

  /** Collapses an element; `withPlaceholder` false when the block before it has one for both. */
  function collapse(el, kind, reason, withPlaceholder = true) {
    if (el.hasAttribute('data-unboil-collapsed') || el.closest('[data-unboil-ui]')) return false;
    if (withPlaceholder) el.before(placeholder(kind));
    el.setAttribute('data-unboil-collapsed', kind);
    found.collapsed.push({ kind, reason, el }); // its text is read when the popup asks
    return true;
  }

  function snippet(el) {
    const s = (el.textContent || '').replace(/\s+/g, ' ').trim();
    return s.length > 90 ? `${s.slice(0, 90)}…` : s;
  }

  function mark(textNode, start, end, official, role) {
    if (end < textNode.data.length) textNode.splitText(end);
    const mid = start > 0 ? textNode.splitText(start) : textNode;
    const m = document.createElement('mark');
    m.setAttribute('data-unboil-official', official);
    m.setAttribute('data-unboil-role', role);
    mid.replaceWith(m);
    m.append(mid);
    const o = found.officials.get(official) || { name: official, role, count: 0 };
    o.count += 1;
    found.officials.set(official, o);
  }

  /** Applies a plan to the subtree it was made from. Returns how many actions held. */
  function apply(root, plan) {
    const els = elementsInOrder(root);
    let applied = 0;
    const collapses = [];
    const marks = new Map(); // text node -> [{start, end, official, role}]
    // Every action is resolved before the first change: the ordinals name elements
    // of the page as it was serialised, before any placeholder went in.
    for (const a of plan.actions) {
      const el = els(a.element);
      if (!el) {
        timing.skipped++;
        continue;
      }
      if (a.op === 'collapse') {
        if (!settings.categories[a.kind]) continue;
        if (el.localName !== a.check.tag || textHash(el) !== a.check.textHash) {
          timing.skipped++; // not the element the core saw
          continue;
        }
        collapses.push([el, a]);
      } else if (a.op === 'mark') {
        if (el.closest('[data-unboil-ui], mark[data-unboil-official]')) continue;
        let k = 0;
        let node = null;
        for (const c of el.childNodes) {
          if (c.nodeType !== Node.TEXT_NODE) continue;
          if (k++ === a.node) {
            node = c;
            break;
          }
        }
        if (!node || node.data.slice(a.start, a.end) !== a.text) {
          timing.skipped++;
          continue;
        }
        if (!marks.has(node)) marks.set(node, []);
        marks.get(node).push(a);
      }
    }
    let previous = null; // the last block collapsed here
    for (const [el, a] of collapses) {
      // A grouped block (an appeal below its collapsed heading) shares the heading's
      // placeholder, but only if that heading really was collapsed, as a sibling.
      const shared = a.grouped && previous?.parentNode === el.parentNode && previous.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING;
      if (collapse(el, a.kind, a.reason, !shared)) {
        applied++;
        previous = el;
      }
    }
    for (const [node, list] of marks) {
      // Last first, so that splitting the node leaves the earlier offsets valid.
      list.sort((x, y) => y.start - x.start);
      let limit = Infinity;
      for (const a of list) {
        if (a.end > limit) continue; // overlapping: keep the later one
        mark(node, a.start, a.end, a.official, a.role);
        limit = a.start;
        applied++;
      }
    }
    return applied;
  }

  /** The reader's own rules: extra selectors to collapse, names to highlight. */
  function applyOwnRules(root) {
    for (const sel of settings.selectors) {
      let hits = [];
      try {
        hits = root.querySelectorAll(sel);
      } catch {
        continue; // the options page refuses bad selectors; an old one is skipped
      }
      for (const el of hits) {
        if (el === document.body || el === document.documentElement) continue;
        collapse(el, 'custom', say('reasonOwnRule', sel));
      }
    }
    const names = settings.watchlist.filter((n) => n.length >= 3);
    if (!names.length) return;
    const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) =>
        n.parentElement?.closest('script, style, textarea, noscript, [data-unboil-ui], mark[data-unboil-official]')
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    });
    const hits = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      re.lastIndex = 0;
      const list = [...n.data.matchAll(re)];
      if (list.length) hits.push([n, list]);
    }
    for (const [node, list] of hits) {
      for (const m of list.reverse()) mark(node, m.index, m.index + m[0].length, m[0], say('roleWatchlist'));
    }
  }

  /** Takes everything Unboil added away again: the page as it was. */
  function undo() {
    for (const el of document.querySelectorAll('[data-unboil-ui]')) el.remove();
    for (const m of document.querySelectorAll('mark[data-unboil-official]')) {
      const parent = m.parentNode;
      m.replaceWith(...m.childNodes);
      parent?.normalize?.();
    }
    for (const el of document.querySelectorAll('[data-unboil-collapsed]')) {
      el.removeAttribute('data-unboil-collapsed');
      el.removeAttribute('data-unboil-open');
    }
    found.collapsed = [];
    found.officials.clear();
  }

  // --- the round trip ------------------------------------------------------------

  function coreOptions() {
    return {
      donation: settings.categories.donation,
      newsletter: settings.categories.newsletter,
      officials: settings.categories.officials,
    };
  }

  function timed(what, fn) {
    const t0 = performance.now();
    try {
      return fn();
    } finally {
      const ms = performance.now() - t0;
      timing[what] += ms;
      timing.mainThreadMs += ms;
    }
  }

  async function process(root) {
    const gen = generation;
    const html = timed('serializeMs', () => serialize(root));
    let reply;
    try {
      reply = await Promise.race([
        api.runtime.sendMessage({ type: 'plan', html, options: coreOptions() }),
        new Promise((_, fail) => setTimeout(() => fail(new Error('the core took too long')), PLAN_TIMEOUT_MS)),
      ]);
    } catch (e) {
      timing.errors.push(String(e?.message || e));
      return; // fail open: the page stays as it was
    }
    if (!reply || reply.error) {
      timing.errors.push(reply?.error || 'no answer from the background');
      return;
    }
    if (gen !== generation || !enabled || !root.isConnected) return;
    strings ??= reply.strings;
    timing.coreMs += reply.ms || 0;
    timing.passes += 1;
    timed('applyMs', () => {
      apply(root, reply.plan);
      applyOwnRules(root);
      observer?.takeRecords(); // our own insertions are not news
    });
    report();
  }

  function report() {
    const count = found.collapsed.length;
    api.runtime.sendMessage({ type: 'badge', count }).catch(() => {});
  }

  // --- pages that change -----------------------------------------------------------

  function observe() {
    if (observer) return;
    observer = new MutationObserver((records) => {
      const t0 = performance.now();
      for (const r of records) {
        for (const n of r.addedNodes) {
          if (n.nodeType === Node.ELEMENT_NODE && !n.hasAttribute('data-unboil-ui') && n.localName !== 'mark') {
            pendingNodes.add(n);
          }
        }
      }
      if (pendingNodes.size && !debounce) debounce = setTimeout(flushAdded, OBSERVE_DEBOUNCE_MS);
      timing.mainThreadMs += performance.now() - t0;
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
  }

  function flushAdded() {
    debounce = 0;
    const nodes = [...pendingNodes].filter((n) => n.isConnected);
    pendingNodes = new Set();
    // Only the outermost of the added elements, each once.
    const roots = timed('applyMs', () =>
      nodes.filter(
        (n) =>
          !nodes.some((o) => o !== n && o.contains(n)) &&
          !n.closest('[data-unboil-collapsed], [data-unboil-ui]') &&
          (n.textContent || '').trim().length >= MIN_SUBTREE_CHARS,
      ),
    );
    for (const r of roots) process(r);
  }

  // --- switching ---------------------------------------------------------------------

  /** The collapsed siblings a placeholder shows and hides: those after it, up to the next placeholder. */
  function controlledBy(btn) {
    const out = [];
    for (let n = btn.nextElementSibling; n && n.getAttribute('data-unboil-ui') !== 'toggle'; n = n.nextElementSibling) {
      if (n.hasAttribute('data-unboil-collapsed')) out.push(n);
    }
    return out;
  }

  function wireToggles() {
    // Capture, on the window: the page's own click handlers never see our buttons.
    window.addEventListener(
      'click',
      (e) => {
        const btn = e.target?.closest?.('button[data-unboil-ui=toggle]');
        if (!btn) return;
        e.stopImmediatePropagation();
        e.preventDefault();
        const blocks = controlledBy(btn);
        if (!blocks.length) return;
        const open = !blocks[0].hasAttribute('data-unboil-open');
        for (const b of blocks) b.toggleAttribute('data-unboil-open', open);
        btn.setAttribute('aria-expanded', String(open));
        btn.textContent = label(btn.getAttribute('data-unboil-kind'), open);
      },
      true,
    );
  }

  /** A page Firefox streamed through the core already has its blocks collapsed. */
  function adoptStreamed() {
    const blocks = document.querySelectorAll('[data-unboil-collapsed]');
    if (!blocks.length && !document.querySelector('[data-unboil-ui]')) return false;
    timing.streamed = true;
    for (const btn of document.querySelectorAll('button[data-unboil-ui=toggle]')) {
      btn.textContent = label(btn.getAttribute('data-unboil-kind'), false);
    }
    for (const el of blocks) {
      const kind = el.getAttribute('data-unboil-collapsed');
      found.collapsed.push({ kind, reason: say('reasonStreamed'), el });
    }
    for (const m of document.querySelectorAll('mark[data-unboil-official]')) {
      const name = m.getAttribute('data-unboil-official');
      const o = found.officials.get(name) || { name, role: m.getAttribute('data-unboil-role'), count: 0 };
      o.count += 1;
      found.officials.set(name, o);
    }
    return true;
  }

  async function refresh(first) {
    settings = await S.load(api);
    const want = S.enabledFor(settings, location.hostname);
    generation += 1;
    if (!want) {
      if (enabled || first) {
        observer?.disconnect();
        observer = null;
        undo(); // also takes back what a streamed response brought
        enabled = false;
        report();
      }
      return;
    }
    if (enabled) {
      // Categories or rules changed: start again from the page as it was.
      observer?.disconnect();
      observer = null;
      undo();
    }
    enabled = true;
    if (!(first && timed('applyMs', adoptStreamed))) await process(document.documentElement);
    else {
      timed('applyMs', () => applyOwnRules(document.documentElement));
      report();
    }
    observe();
  }

  function whenParsed(fn) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fn, { once: true });
    else fn();
  }

  api.runtime.onMessage.addListener((msg, _sender, reply) => {
    if (msg?.type === 'state') {
      const nav = performance.getEntriesByType('navigation')[0];
      reply({
        host: S.siteOf(location.hostname),
        enabled,
        collapsed: found.collapsed.map(({ kind, reason, el }) => ({ kind, reason, text: snippet(el) })),
        officials: [...found.officials.values()],
        timing: { ...timing, domContentLoadedMs: nav ? nav.domContentLoadedEventStart : null },
      });
    } else if (msg?.type === 'reveal') {
      const m = [...document.querySelectorAll('mark[data-unboil-official]')].find(
        (x) => x.getAttribute('data-unboil-official') === msg.name,
      );
      if (m) {
        m.scrollIntoView({ block: 'center', behavior: 'smooth' });
        m.setAttribute('data-unboil-flash', '');
        setTimeout(() => m.removeAttribute('data-unboil-flash'), 1600);
      }
      reply({ found: !!m });
    }
    return false;
  });

  globalThis.unboilContent = true;
  wireToggles();
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[S.KEY]) whenParsed(() => refresh(false));
  });
  whenParsed(() => refresh(true).catch((e) => timing.errors.push(String(e?.message || e))));
})();
