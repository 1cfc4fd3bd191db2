// The options page: categories, the default for new sites, the sites switched so far,
// a watch-list of names, extra selectors, and settings as a JSON file. Every change is
// saved at once (storage.local), and open pages follow it.
import './platform.js';
import './settings.js';
import { localize } from './pages.js';

const { api, t } = globalThis.unboilPlatform;
const S = globalThis.unboilSettings;
const $ = (sel) => document.querySelector(sel);

localize(document);
let settings = await S.load(api);

function status(text, error = false) {
  const s = $('#status');
  s.textContent = text;
  s.classList.toggle('error', error);
}

function render() {
  for (const k of ['donation', 'newsletter', 'officials']) $(`#cat-${k}`).checked = settings.categories[k];
  $('#default-on').checked = settings.defaultOn;
  if (document.activeElement !== $('#watchlist')) $('#watchlist').value = settings.watchlist.join('\n');
  if (document.activeElement !== $('#selectors')) $('#selectors').value = settings.selectors.join('\n');
  const list = $('#sites');
  list.replaceChildren();
  for (const [host, on] of Object.entries(settings.sites).sort()) {
    const li = document.createElement('li');
    li.textContent = `${host}: ${on ? t('optionsOn') : t('optionsOff')} `;
    const forget = document.createElement('button');
    forget.type = 'button';
    forget.textContent = t('optionsForget');
    forget.setAttribute('aria-label', `${t('optionsForget')} ${host}`);
    forget.addEventListener('click', () => change((s) => delete s.sites[host]));
    li.append(forget);
    list.append(li);
  }
}

async function change(edit) {
  const next = await S.load(api);
  edit(next);
  try {
    await S.save(api, next);
    settings = S.normalize(next);
    status(t('optionsSaved'));
  } catch (e) {
    status(e.message, true);
  }
  render();
}

for (const k of ['donation', 'newsletter', 'officials']) {
  $(`#cat-${k}`).addEventListener('change', (e) => change((s) => (s.categories[k] = e.target.checked)));
}
$('#default-on').addEventListener('change', (e) => change((s) => (s.defaultOn = e.target.checked)));
$('#watchlist').addEventListener('change', (e) => change((s) => (s.watchlist = e.target.value.split('\n'))));
$('#selectors').addEventListener('change', (e) => {
  const lines = e.target.value.split('\n').map((x) => x.trim()).filter(Boolean);
  for (const sel of lines) {
    try {
      document.createDocumentFragment().querySelector(sel);
    } catch {
      status(t('optionsBadSelector', sel), true);
      return;
    }
  }
  change((s) => (s.selectors = lines));
});

$('#export').addEventListener('click', () => {
  const blob = new Blob([`${JSON.stringify(settings, null, 2)}\n`], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'unboil-settings.json';
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
});
$('#import').addEventListener('change', async (e) => {
  const file = e.target.files[0];
  if (!file) return;
  try {
    const next = S.normalize(JSON.parse(await file.text()));
    await S.save(api, next);
    settings = next;
    render();
    status(t('optionsImported'));
  } catch (err) {
    status(t('optionsImportFailed', err.message), true); // nothing was changed
  }
  e.target.value = '';
});

api.storage.onChanged.addListener(async (changes, area) => {
  if (area === 'local' && changes[S.KEY]) {
    settings = await S.load(api);
    render();
  }
});

render();
document.documentElement.dataset.ready = 'true';
