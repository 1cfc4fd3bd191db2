// The popup: this site's switch, what Unboil did on the page, the global pause.
import './platform.js';
import './settings.js';
import { localize } from './pages.js';

const { api, t } = globalThis.unboilPlatform;
const S = globalThis.unboilSettings;
const $ = (sel) => document.querySelector(sel);

localize(document);
// popup.html?tab=ID shows that tab (the end-to-end tests open the popup as a page).
const wanted = Number(new URLSearchParams(location.search).get('tab'));
const [tab] = wanted ? [await api.tabs.get(wanted)] : await api.tabs.query({ active: true, currentWindow: true });
const state = tab?.id === undefined ? null : await api.tabs.sendMessage(tab.id, { type: 'state' }).catch(() => null);
let settings = await S.load(api);

function render() {
  $('#paused').checked = settings.paused;
  if (!state) {
    $('#site').textContent = '—';
    $('#site-on').disabled = true;
    const note = $('#site-note');
    note.textContent = t('popupNotHere');
    note.hidden = false;
    return;
  }
  $('#site').textContent = state.host;
  $('#site-on').checked = settings.sites[state.host] ?? settings.defaultOn;
  $('#site-on').disabled = false;
  const note = $('#site-note');
  note.hidden = !settings.paused;
  note.textContent = settings.paused ? t('popupPausedNote') : '';
}

function fillFound(s) {
  $('#found').hidden = !s.enabled;
  const collapsed = $('#collapsed');
  collapsed.replaceChildren();
  for (const c of s.collapsed) {
    const li = document.createElement('li');
    const kind = document.createElement('span');
    kind.className = `kind ${c.kind}`;
    kind.textContent = t(`kind_${c.kind}`);
    const text = document.createElement('span');
    text.className = 'text';
    text.textContent = c.text;
    text.title = c.reason;
    li.append(kind, ' ', text);
    collapsed.append(li);
  }
  if (!s.collapsed.length) collapsed.append(Object.assign(document.createElement('li'), { className: 'none', textContent: t('popupNothing') }));
  const officials = $('#officials');
  officials.replaceChildren();
  for (const o of s.officials) {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'official';
    b.textContent = o.name;
    b.title = t('popupJump');
    b.addEventListener('click', () => api.tabs.sendMessage(tab.id, { type: 'reveal', name: o.name }));
    const role = document.createElement('span');
    role.className = 'role';
    role.textContent = `${o.role} · ${o.count}×`;
    li.append(b, ' ', role);
    officials.append(li);
  }
  if (!s.officials.length) officials.append(Object.assign(document.createElement('li'), { className: 'none', textContent: t('popupNoOfficials') }));
}

$('#site-on').addEventListener('change', async (e) => {
  settings = await S.load(api);
  settings.sites[state.host] = e.target.checked;
  await S.save(api, settings);
});
$('#paused').addEventListener('change', async (e) => {
  settings = await S.load(api);
  settings.paused = e.target.checked;
  await S.save(api, settings);
});
$('#open-options').addEventListener('click', () => api.runtime.openOptionsPage());

// The page applies a change at once; show its new state when it has.
api.storage.onChanged.addListener(async (changes, area) => {
  if (area !== 'local' || !changes[S.KEY]) return;
  settings = await S.load(api);
  render();
  if (!state) return;
  setTimeout(async () => {
    const s = await api.tabs.sendMessage(tab.id, { type: 'state' }).catch(() => null);
    if (s) fillFound(s);
  }, 300);
});

render();
if (state) fillFound(state);
document.documentElement.dataset.ready = 'true';
