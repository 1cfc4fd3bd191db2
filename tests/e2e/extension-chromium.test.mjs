// The extension in Chromium (playwright-core, Debian's /usr/bin/chromium), loaded
// unpacked from dist/chrome. Pages come from 127.0.0.1 only: the corpus, a page with a
// strict CSP, a page whose donation modal arrives late, and a page with a listener.
//
// Run by `make test` (after `make extension`): node --test tests/e2e/extension-chromium.test.mjs
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { DIST, SHOTS, corpus, corpusTally, inspectSnippets, startServer, unboilTraces } from './pages.mjs';

const EXT = join(DIST, 'chrome');
const { dir: CORPUS, pages: PAGES } = corpus();
mkdirSync(SHOTS, { recursive: true });

let server;
let ctx;
let sw;
let extId;
let profile;
const foreign = [];

/** Starts Chromium on the profile with the unpacked extension; sets ctx, sw, extId. */
async function launch() {
  ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: false,
    viewport: { width: 1100, height: 800 },
    args: [
      '--headless=new',
      '--no-sandbox',
      `--disable-extensions-except=${EXT}`,
      `--load-extension=${EXT}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      // Nothing can leave the machine; a request that tries is recorded below.
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
    ],
  });
  const note = (r) => {
    const u = r.url();
    if (!/^(http:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|blob:|about:)/.test(u)) foreign.push(u);
  };
  ctx.on('requestfinished', note);
  ctx.on('requestfailed', (r) => !/csp|ERR_BLOCKED_BY_CSP/.test(r.failure()?.errorText || '') && note(r));
  sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  extId = new URL(sw.url()).host;
}

before(async () => {
  server = await startServer(CORPUS);
  profile = mkdtempSync(join(tmpdir(), 'unboil-chromium-'));
  await launch();
});

after(async () => {
  await ctx?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** The content script's state for the active tab, once it has finished its first pass. */
async function settled(page, { timeout = 15000 } = {}) {
  await page.bringToFront();
  const t0 = Date.now();
  for (;;) {
    const state = await sw.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab ? chrome.tabs.sendMessage(tab.id, { type: 'state' }).catch(() => null) : null;
    });
    if (state && (state.timing.passes > 0 || !state.enabled || state.timing.errors.length)) return state;
    if (Date.now() - t0 > timeout) throw new Error(`Unboil did not finish on ${page.url()}: ${JSON.stringify(state)}`);
    await page.waitForTimeout(100);
  }
}

async function open(path) {
  const page = await ctx.newPage();
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  return page;
}

async function setSettings(settings) {
  await sw.evaluate((s) => chrome.storage.local.set({ settings: s }), settings);
}

test('corpus pages: labelled appeals hidden, article kept, officials marked, time on the main thread', async () => {
  const tally = corpusTally('Chromium');
  for (const { name, labels } of PAGES) {
    const page = await open(`/corpus/${name}/source.html`);
    const state = await settled(page);
    const seen = await page.evaluate(inspectSnippets, [...labels.boilerplate.map((b) => b.text), ...labels.keep]);
    tally.add(name, labels, seen, (await page.evaluate(unboilTraces)).marks, state);
    await page.close();
    await tally.timeAgain(name, async () => {
      const again = await open(`/corpus/${name}/source.html`);
      const s = await settled(again);
      await again.close();
      return s;
    });
  }
  tally.finish();
});

test('the seed page: four appeals hidden, each placeholder brings its block back', async () => {
  const page = await open('/corpus/seed-moscowtimes-nato/source.html');
  const state = await settled(page);
  assert.equal(state.collapsed.length, 4);
  assert.deepEqual(
    state.officials.map((o) => o.name).sort(),
    ['Anders Fogh Rasmussen', 'Dmitry Medvedev', 'Dmitry Rogozin', 'Sergei Lavrov', 'Sergei Ryabkov'],
  );
  await page.screenshot({ path: join(SHOTS, 'extension-seed-after.png') });
  const toggles = page.locator('button[data-unboil-ui=toggle]');
  assert.equal(await toggles.count(), 4);
  for (let i = 0; i < 4; i++) {
    const t = toggles.nth(i);
    const block = page.locator('[data-unboil-collapsed]').nth(i);
    assert.equal(await block.evaluate((e) => getComputedStyle(e).display), 'none');
    await t.click();
    assert.equal(await t.getAttribute('aria-expanded'), 'true');
    assert.notEqual(await block.evaluate((e) => getComputedStyle(e).display), 'none');
    await t.press('Enter'); // and by keyboard, closed again
    assert.equal(await t.getAttribute('aria-expanded'), 'false');
    assert.equal(await block.evaluate((e) => getComputedStyle(e).display), 'none');
  }
  // Hovering a name shows the role.
  const mark = page.locator('mark[data-unboil-official="Anders Fogh Rasmussen"]').first();
  assert.equal(await mark.getAttribute('data-unboil-role'), 'NATO Secretary-General');
  await page.close();
});

test('a heading and the appeal below it share one placeholder', async () => {
  const page = await open('/t/heading.html');
  await settled(page);
  const display = () => page.evaluate(() => ['h', 'appeal'].map((id) => getComputedStyle(document.getElementById(id)).display));
  assert.deepEqual(await display(), ['none', 'none']);
  assert.equal(await page.locator('button[data-unboil-ui=toggle]').count(), 1);
  await page.click('button[data-unboil-ui=toggle]');
  assert.deepEqual(await display(), ['block', 'block']);
  await page.close();
});

test('a page with a strict CSP is cleaned (the wasm runs in the service worker)', async () => {
  const page = await open('/t/csp.html');
  const state = await settled(page);
  assert.deepEqual(state.timing.errors, []);
  assert.equal(await page.locator('#nl').evaluate((e) => getComputedStyle(e).display), 'none');
  assert.equal(await page.locator('#nl').getAttribute('data-unboil-collapsed'), 'newsletter');
  assert.ok((await page.evaluate(unboilTraces)).marks.includes('Sergei Lavrov'));
  await page.close();
});

test('a donation modal that arrives a second later is collapsed too', async () => {
  const page = await open('/t/late-modal.html');
  await settled(page);
  await page.waitForSelector('#modal', { state: 'attached', timeout: 5000 });
  await page.waitForFunction(() => document.querySelector('#modal')?.getAttribute('data-unboil-collapsed') === 'donation', null, { timeout: 5000 });
  assert.equal(await page.locator('#modal').evaluate((e) => getComputedStyle(e).display), 'none');
  await page.close();
});

test("the article's own button keeps its listener", async () => {
  const page = await open('/t/listener.html');
  await settled(page);
  assert.equal(await page.locator('#nl').getAttribute('data-unboil-collapsed'), 'newsletter');
  assert.ok((await page.evaluate(unboilTraces)).marks.length > 0);
  await page.click('#like');
  await page.click('#like');
  assert.equal(await page.textContent('#likes'), '2');
  await page.close();
});

test('the popup switches the site off at once, and it stays off after a reload', async () => {
  const page = await open('/corpus/seed-moscowtimes-nato/source.html');
  await settled(page);
  const tabId = await sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
  const popup = await ctx.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('html[data-ready=true]');
  assert.equal(await popup.textContent('#site'), '127.0.0.1');
  assert.equal(await popup.locator('#collapsed li:not(.none)').count(), 4);
  assert.equal(await popup.locator('#officials button.official').count(), 5);
  assert.equal(await popup.isChecked('#site-on'), true);
  // The badge counts the collapsed blocks.
  assert.equal(await sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), '4');
  // An official's name in the popup leads to its first mention.
  await popup.click('#officials button.official >> text=Dmitry Rogozin');
  await page.waitForFunction(
    () => document.querySelector('mark[data-unboil-official="Dmitry Rogozin"]')?.hasAttribute('data-unboil-flash'),
    null,
    { timeout: 3000 },
  );
  await popup.uncheck('#site-on');
  // The page is restored without a reload.
  await page.waitForFunction(() => !document.querySelector('[data-unboil-ui], [data-unboil-collapsed], mark[data-unboil-official]'), null, { timeout: 5000 });
  const seen = await page.evaluate(inspectSnippets, ['Enjoying ad-free content?', 'Sign up for our free weekly newsletter']);
  assert.ok(seen.every((s) => s.found && s.visible), JSON.stringify(seen));
  await page.bringToFront();
  await page.reload({ waitUntil: 'load' });
  const state = await settled(page);
  assert.equal(state.enabled, false);
  await page.waitForTimeout(300);
  assert.equal(await sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), '');
  assert.equal((await page.evaluate(unboilTraces)).any, 0);
  await page.screenshot({ path: join(SHOTS, 'extension-seed-before.png') });
  // And on again.
  await popup.goto(`chrome-extension://${extId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('html[data-ready=true]');
  await popup.check('#site-on');
  await page.waitForFunction(() => document.querySelectorAll('[data-unboil-collapsed]').length === 4, null, { timeout: 5000 });
  await popup.close();
  await page.close();
});

test('the keyboard shortcut’s action switches the current site off and on', async () => {
  const page = await open('/t/listener.html');
  await settled(page);
  assert.equal(await sw.evaluate(() => globalThis.unboilToggleActiveSite()), false);
  await page.waitForFunction(() => !document.querySelector('[data-unboil-collapsed], mark[data-unboil-official]'), null, { timeout: 5000 });
  assert.equal(await sw.evaluate(() => globalThis.unboilToggleActiveSite()), true);
  await page.waitForFunction(() => document.querySelector('#nl[data-unboil-collapsed]'), null, { timeout: 5000 });
  await sw.evaluate(() => chrome.storage.local.clear());
  await page.close();
});

test('options: a category switched off applies at once; settings export, import back, and a bad file is refused', async () => {
  const page = await open('/corpus/seed-moscowtimes-nato/source.html');
  await settled(page);
  const options = await ctx.newPage();
  await options.goto(`chrome-extension://${extId}/options.html`);
  await options.waitForSelector('html[data-ready=true]');
  await options.uncheck('#cat-donation');
  await page.waitForFunction(() => document.querySelectorAll('[data-unboil-collapsed]').length === 1, null, { timeout: 5000 });
  assert.equal(await page.locator('[data-unboil-collapsed]').getAttribute('data-unboil-collapsed'), 'newsletter');
  // A watch-list name and an extra selector.
  await options.fill('#watchlist', 'Kommersant');
  await options.locator('#watchlist').blur();
  await page.waitForFunction(() => [...document.querySelectorAll('mark[data-unboil-official]')].some((m) => m.textContent === 'Kommersant'), null, { timeout: 5000 });
  // Export gives the settings as JSON; importing them back restores them; a bad file
  // is refused with the reason and changes nothing.
  const [download] = await Promise.all([options.waitForEvent('download'), options.click('#export')]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(exported.categories.donation, false);
  assert.deepEqual(exported.watchlist, ['Kommersant']);
  const bad = join(profile, 'bad.json');
  writeFileSync(bad, '{"paused": "yes"}');
  await options.setInputFiles('#import', bad);
  await options.waitForFunction(() => document.querySelector('#status').classList.contains('error'));
  assert.match(await options.textContent('#status'), /paused/);
  assert.equal(await options.isChecked('#cat-donation'), false, 'a refused import changed nothing');
  const good = join(profile, 'good.json');
  writeFileSync(good, JSON.stringify({ ...exported, categories: { ...exported.categories, donation: true } }));
  await options.setInputFiles('#import', good);
  await page.waitForFunction(() => document.querySelectorAll('[data-unboil-collapsed]').length === 4, null, { timeout: 5000 });
  assert.equal(await options.isChecked('#cat-donation'), true);
  // Back to the defaults for the other tests.
  await sw.evaluate(() => chrome.storage.local.clear());
  await options.close();
  await page.close();
});

test('settings persist across a restart of the browser', async () => {
  await setSettings({ sites: { '127.0.0.1': false }, watchlist: ['Kommersant'] });
  await ctx.close();
  await launch(); // the same profile
  const kept = await sw.evaluate(() => chrome.storage.local.get('settings'));
  assert.deepEqual(kept.settings.sites, { '127.0.0.1': false });
  assert.deepEqual(kept.settings.watchlist, ['Kommersant']);
  const page = await open('/corpus/seed-moscowtimes-nato/source.html');
  const state = await settled(page);
  assert.equal(state.enabled, false);
  await sw.evaluate(() => chrome.storage.local.clear());
  await page.close();
});

test('no request left 127.0.0.1', () => {
  assert.deepEqual(foreign, []);
});
