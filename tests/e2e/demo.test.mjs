// The demo site (www/) in headless Chromium: the seed sample's report, the switches,
// a placeholder brought back by keyboard, a page opened from a file in another
// charset, and a pasted page whose scripts must not run. Screenshots go to target/e2e/.
//
// Run by `make test` (after `make www`): node --test tests/e2e/demo.test.mjs
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHOTS = join(ROOT, 'target', 'e2e');
mkdirSync(SHOTS, { recursive: true });

let server;
let browser;
let page;
const requests = [];
const problems = [];
const blockedScripts = []; // Chromium's word that a sandboxed frame's script did not run

before(async () => {
  server = await serve({ mounts: { '/': join(ROOT, 'www') } });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // What went out: requests answered, and failed ones other than those the page's
  // Content-Security-Policy stopped before they left (Chromium reports those too).
  page.on('requestfinished', (r) => requests.push(r.url()));
  page.on('requestfailed', (r) => r.failure()?.errorText !== 'csp' && requests.push(r.url()));
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/x.png')) problems.push(`${r.status()} ${r.url()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (/^Blocked script execution in 'about:srcdoc'/.test(m.text())) return blockedScripts.push(m.text());
    // The pasted page's images are refused (404 for its own, CSP for others): expected.
    if (m.type() === 'error' && !/x\.png|404|Content Security Policy/.test(m.text())) problems.push(m.text());
  });
  await page.goto(`${server.url}/`);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The frame of an iframe element, once its document has loaded. */
async function frameOf(id) {
  const handle = await page.$(`#${id}`);
  const frame = await handle.contentFrame();
  await frame.waitForLoadState('load');
  return frame;
}

/** Rows of a report table as arrays of cell texts. */
function tableRows(id) {
  return page.$$eval(`#${id} tbody tr:not(.empty)`, (trs) =>
    trs.map((tr) => [...tr.cells].map((td) => td.textContent)),
  );
}

async function waitForStatus(re) {
  await page.waitForFunction((src) => new RegExp(src).test(document.querySelector('#status').textContent), re.source);
}

test('the seed sample: four appeals collapsed, five officials with their roles', async () => {
  await waitForStatus(/^The sample page: 4 blocks collapsed, 5 officials found\.$/);
  const collapsed = await tableRows('collapsed');
  assert.deepEqual(
    collapsed.map((r) => r[0]),
    ['Donation appeal', 'Donation appeal', 'Newsletter sign-up', 'Donation appeal'],
  );
  assert.match(collapsed[0][1], /Enjoying ad-free content\?/);
  assert.match(collapsed[1][1], /Our journalism is banned in Russia/);
  assert.match(collapsed[2][1], /Sign up for our free weekly newsletter/);
  assert.match(collapsed[3][1], /A Message from The Moscow Times/);
  for (const r of collapsed) assert.ok(r[2].length > 0, `a verdict without a reason: ${r}`);

  const officials = (await tableRows('officials')).map((r) => [r[0], r[1]]);
  assert.deepEqual(officials, [
    ['Sergei Lavrov', 'Foreign Minister'],
    ['Dmitry Medvedev', 'President'],
    ['Anders Fogh Rasmussen', 'NATO Secretary-General'],
    ['Sergei Ryabkov', 'Deputy Foreign Minister'],
    ['Dmitry Rogozin', "Russia's envoy to NATO"],
  ]);

  const timing = await page.textContent('#timing');
  const ms = Number(await page.getAttribute('#timing', 'data-ms'));
  assert.ok(ms > 0 && ms < 5000, `core time ${ms}`);
  console.log(`# core time shown for the seed sample: ${timing}`);

  // In the cleaned frame the four blocks are hidden and the names are marked.
  const cleaned = await frameOf('cleaned');
  const hidden = await cleaned.$$eval('[data-unboil-collapsed]', (els) =>
    els.map((e) => getComputedStyle(e).display),
  );
  assert.deepEqual(hidden, ['none', 'none', 'none', 'none']);
  const marks = await cleaned.$$eval('mark[data-unboil-official]', (ms) =>
    ms.map((m) => `${m.textContent}=${m.dataset.unboilOfficial}`),
  );
  for (const m of ['Sergei Lavrov=Sergei Lavrov', 'Lavrov=Sergei Lavrov', 'Rasmussen=Anders Fogh Rasmussen']) {
    assert.ok(marks.includes(m), `${m} not among ${marks.join(' | ')}`);
  }
  // The original frame is the page as published.
  const original = await frameOf('original');
  assert.equal(await original.$$eval('[data-unboil-collapsed], mark', (e) => e.length), 0);

  await page.screenshot({ path: join(SHOTS, 'demo-seed.png'), fullPage: true });
});

test('a placeholder brings its block back, by keyboard too', async () => {
  const cleaned = await frameOf('cleaned');
  const toggle = cleaned.locator('[data-unboil-ui=toggle][data-unboil-kind=newsletter]');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await toggle.focus();
  await page.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.match(await toggle.textContent(), /Hide$/);
  const display = await cleaned.$eval('[data-unboil-collapsed=newsletter]', (e) => getComputedStyle(e).display);
  assert.notEqual(display, 'none');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await cleaned.$eval('[data-unboil-collapsed=newsletter]', (e) => getComputedStyle(e).display), 'none');
});

test('each category has its own switch', async () => {
  await page.uncheck('#opt-donation');
  await waitForStatus(/1 block collapsed, 5 officials/);
  assert.deepEqual((await tableRows('collapsed')).map((r) => r[0]), ['Newsletter sign-up']);
  await page.uncheck('#opt-officials');
  await waitForStatus(/1 block collapsed, 0 officials/);
  const cleaned = await frameOf('cleaned');
  assert.equal(await cleaned.$$eval('mark', (m) => m.length), 0);
  await page.check('#opt-donation');
  await page.check('#opt-officials');
  await waitForStatus(/4 blocks collapsed, 5 officials/);
});

test('a file in windows-1251 is read in its own charset', async () => {
  await page.setInputFiles('#file', join(ROOT, 'tests', 'fixtures', 'windows-1251', 'input.html'));
  await waitForStatus(/^input\.html: 1 block collapsed/);
  assert.match(await page.textContent('#timing'), /read as windows-1251/);
  const names = (await tableRows('officials')).map((r) => r[0]);
  assert.ok(names.some((n) => /[А-Яа-я]/.test(n)), `no Cyrillic official in ${names}`);
  const cleaned = await frameOf('cleaned');
  assert.match(await cleaned.textContent('body'), /Лавров/);
});

test('a pasted page never runs its scripts and loads nothing from elsewhere', async () => {
  const before = requests.length;
  const blockedBefore = blockedScripts.length;
  const hostile = `<!DOCTYPE html><html><head><title>t</title>
<script>document.documentElement.setAttribute('data-ran', 'head'); top.document.body.setAttribute('data-pwned', '1');</script>
</head><body><p>Foreign Minister Sergei Lavrov spoke.</p>
<img src="x.png" onerror="document.documentElement.setAttribute('data-ran', 'onerror')">
<img src="http://192.0.2.1/pixel.png" alt="">
<div><h3>Sign up for our newsletter</h3><form><input type="email"><button>Subscribe</button></form></div>
<script>document.write('<p id=written>written</p>')</script></body></html>`;
  await page.fill('#paste', hostile);
  await page.click('#clean-pasted');
  await waitForStatus(/^The pasted page: 1 block collapsed, 1 official found\.$/);
  await page.waitForTimeout(300); // time for an onerror handler to fire, were it allowed
  for (const id of ['original', 'cleaned']) {
    const frame = await frameOf(id);
    assert.equal(await frame.$eval('html', (h) => h.getAttribute('data-ran')), null, `${id}: a script ran`);
    assert.equal(await frame.$('#written'), null, `${id}: document.write ran`);
  }
  assert.equal(await page.$eval('body', (b) => b.getAttribute('data-pwned')), null);
  // Two scripts and a handler were there to run, in each frame: the browser says it refused.
  assert.ok(blockedScripts.length - blockedBefore >= 4, `blocked: ${blockedScripts.length - blockedBefore}`);
  const elsewhere = requests.slice(before).filter((u) => !u.startsWith(server.url) && !/^(data|about):/.test(u));
  assert.deepEqual(elsewhere, [], 'requests left 127.0.0.1');
});

test('nothing left 127.0.0.1 and nothing failed', async () => {
  const elsewhere = requests.filter((u) => !u.startsWith(server.url) && !/^(data|about|blob):/.test(u));
  assert.deepEqual(elsewhere, []);
  assert.deepEqual(problems, []);
});

test('readable on a narrow screen', async () => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.selectOption('#sample', 'moscowtimes-nato.html');
  await waitForStatus(/^The sample page: 4 blocks collapsed/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
  await page.screenshot({ path: join(SHOTS, 'demo-narrow.png') });
  await page.setViewportSize({ width: 1280, height: 900 });
});

test('before and after screenshots of the seed page', async () => {
  await page.selectOption('#sample', 'moscowtimes-nato.html');
  await waitForStatus(/^The sample page: 4 blocks collapsed/);
  const cleaned = await (await frameOf('cleaned')).content();
  const shot = await browser.newPage({ viewport: { width: 960, height: 720 } });
  await shot.goto(`${server.url}/samples/moscowtimes-nato.html`);
  await shot.screenshot({ path: join(SHOTS, 'seed-before.png') });
  await shot.setContent(cleaned);
  await shot.hover('mark[data-unboil-official="Anders Fogh Rasmussen"]');
  await shot.screenshot({ path: join(SHOTS, 'seed-after.png') });
  await shot.close();
});
