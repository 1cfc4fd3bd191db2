// The demo: hands a page to the WebAssembly core (`clean`), shows the page before and
// after in two sandboxed frames, and lists what the core found.
//
// It never runs the page's scripts (neither frame allows scripts) and never writes
// page text as markup here: the report is filled with textContent only.

const $ = (sel) => document.querySelector(sel);
const status = (text, error = false) => {
  const s = $('#status');
  s.textContent = text;
  s.classList.toggle('error', error);
};

let core; // the wasm package's exports, once loaded
let page; // {input: string | Uint8Array, label: string}
let startup = 0; // ms the core took to set up its tables, once per tab

async function loadCore() {
  try {
    const pkg = await import('./pkg/unboil.js');
    await pkg.default(); // fetches pkg/unboil_bg.wasm next to the module
    // The first page builds the core's phrase and title tables: time that once, apart,
    // so the figure shown per page is what every later page costs.
    const t0 = performance.now();
    pkg.clean('<div class="newsletter"><p>Foreign Minister Sergei Lavrov: subscribe.</p></div>');
    startup = performance.now() - t0;
    return pkg;
  } catch (e) {
    status(
      `The WebAssembly core is missing or failed to load (${e.message}). ` +
        'Build it with `make run`, which also serves this page.',
      true,
    );
    throw e;
  }
}

function options() {
  return {
    donation: $('#opt-donation').checked,
    newsletter: $('#opt-newsletter').checked,
    officials: $('#opt-officials').checked,
  };
}

/** Cleans the current page and shows the result. */
function run() {
  if (!core || !page) return;
  const size = typeof page.input === 'string' ? new Blob([page.input]).size : page.input.length;
  let out;
  const t0 = performance.now();
  try {
    out = core.clean(page.input, options());
  } catch (e) {
    // Fail open, as the extension does: the page is shown as it was.
    status(`Unboil could not read ${page.label}: ${e.message}. Shown unchanged.`, true);
    const original = asText(page.input, 'utf-8');
    show($('#original'), original);
    show($('#cleaned'), original);
    fillReport(null);
    return;
  }
  const ms = performance.now() - t0;
  const charset = out.report.stats.charset;
  show($('#original'), asText(page.input, charset));
  show($('#cleaned'), asText(out.html, charset), wire);
  fillReport(out.report, ms, size);
  const c = out.report.collapsed.length;
  const o = out.report.officials.length;
  status(
    `${page.label}: ${c} block${c === 1 ? '' : 's'} collapsed, ` +
      `${o} official${o === 1 ? '' : 's'} found.`,
  );
}

function asText(data, charset) {
  return typeof data === 'string' ? data : new TextDecoder(charset).decode(data);
}

function show(frame, html, onload) {
  frame.onload = onload ? () => onload(frame.contentDocument) : null;
  frame.srcdoc = html;
}

/** Makes the placeholders in the cleaned frame work (the frame runs no script itself). */
function wire(doc) {
  if (!doc) return;
  doc.addEventListener('click', (event) => {
    const toggle = event.target.closest?.('[data-unboil-ui=toggle]');
    if (!toggle) return;
    // A placeholder shows and hides the collapsed siblings after it, up to the next
    // placeholder (a heading and the appeal below it share one).
    const blocks = [];
    for (let n = toggle.nextElementSibling; n && n.getAttribute('data-unboil-ui') !== 'toggle'; n = n.nextElementSibling) {
      if (n.hasAttribute('data-unboil-collapsed')) blocks.push(n);
    }
    if (!blocks.length) return;
    const open = !blocks[0].hasAttribute('data-unboil-open');
    for (const b of blocks) b.toggleAttribute('data-unboil-open', open);
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = toggle.textContent.replace(open ? /Show$/ : /Hide$/, open ? 'Hide' : 'Show');
  });
}

function row(cells, className) {
  const tr = document.createElement('tr');
  if (className) tr.className = className;
  for (const [text, cls] of cells) {
    const td = document.createElement('td');
    td.textContent = text;
    if (cls) td.className = cls;
    tr.append(td);
  }
  return tr;
}

const KIND = { donation: 'Donation appeal', newsletter: 'Newsletter sign-up' };

function fillReport(report, ms, size) {
  const collapsed = $('#collapsed tbody');
  const officials = $('#officials tbody');
  collapsed.replaceChildren();
  officials.replaceChildren();
  if (!report) {
    $('#timing').textContent = '';
    return;
  }
  for (const c of report.collapsed) {
    const text = c.text.length > 120 ? `${c.text.slice(0, 120)}…` : c.text;
    collapsed.append(row([[KIND[c.kind] || c.kind, 'kind'], [text], [c.reason, 'why']]));
  }
  if (!report.collapsed.length) collapsed.append(row([['Nothing collapsed'], [''], ['']], 'empty'));
  for (const o of report.officials) {
    officials.append(row([[o.name], [o.role], [`${o.count}× (${o.mentions.join(', ')})`]]));
  }
  if (!report.officials.length) officials.append(row([['No officials found'], [''], ['']], 'empty'));
  const t = $('#timing');
  t.dataset.ms = ms.toFixed(2);
  t.textContent =
    `Core time: ${ms < 10 ? ms.toFixed(2) : ms.toFixed(1)} ms for ` +
    `${(size / 1024).toFixed(1)} KB (WebAssembly, in this tab; read as ${report.stats.charset}). ` +
    `Start-up, once per tab: ${startup.toFixed(1)} ms.`;
}

async function loadSample(name) {
  const label = $('#sample').selectedOptions[0]?.textContent || name;
  status(`Loading ${label}…`);
  const res = await fetch(`samples/${encodeURIComponent(name)}`);
  if (!res.ok) throw new Error(`samples/${name}: ${res.status}`);
  page = { input: new Uint8Array(await res.arrayBuffer()), label: 'The sample page' };
  run();
}

function init() {
  $('#sample').addEventListener('change', (e) =>
    loadSample(e.target.value).catch((err) => status(err.message, true)),
  );
  $('#file').addEventListener('change', async (e) => {
    const file = e.target.files[0];
    if (!file) return;
    // Bytes, not text: the core finds the page's charset (BOM or <meta>) itself.
    page = { input: new Uint8Array(await file.arrayBuffer()), label: file.name };
    run();
  });
  $('#clean-pasted').addEventListener('click', () => {
    const html = $('#paste').value;
    if (!html.trim()) {
      status('Paste some HTML first.', true);
      $('#paste').focus();
      return;
    }
    page = { input: html, label: 'The pasted page' };
    run();
  });
  for (const id of ['#opt-donation', '#opt-newsletter', '#opt-officials']) {
    $(id).addEventListener('change', run);
  }
}

init();
core = await loadCore();
if (page) run(); // a file or paste chosen while the core was loading
else await loadSample($('#sample').value).catch((err) => status(err.message, true));
