// Builds the two packages from the one extension source:
//   dist/chrome/, dist/firefox/ (unpacked) and dist/unboil-chrome.zip, dist/unboil-firefox.zip
// It copies the sources and the wasm package (pkg/, from `make wasm`), writes each
// browser's manifest from extension/manifest.json, and sets the version from Cargo.toml.
//
//   node extension/build.mjs [--out DIR]
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'extension');
const PKG = join(ROOT, 'pkg');
const outArg = process.argv.indexOf('--out');
const DIST = outArg > 0 ? process.argv[outArg + 1] : join(ROOT, 'dist');
/** Files of extension/ that are not part of the packages. */
const NOT_SHIPPED = new Set(['build.mjs', 'README.md']);

function fail(msg) {
  console.error(`extension build: ${msg}`);
  process.exit(1);
}

const version = /^version\s*=\s*"([^"]+)"/m.exec(readFileSync(join(ROOT, 'Cargo.toml'), 'utf8'))?.[1];
if (!version) fail('no version in Cargo.toml');
for (const f of ['unboil.js', 'unboil_bg.wasm']) {
  if (!existsSync(join(PKG, f))) fail(`pkg/${f} is missing: run \`make wasm\` first (make extension does)`);
}

const source = JSON.parse(readFileSync(join(SRC, 'manifest.json'), 'utf8'));

/** Each browser's manifest: the source, minus what the other browser alone needs. */
const MANIFESTS = {
  chrome(m) {
    // Chrome runs the background as a service worker and rejects `background.scripts`.
    delete m.background.scripts;
    // Gecko settings are Firefox's (Chrome warns about unknown keys).
    delete m.browser_specific_settings;
    // Streaming responses is Firefox-only (filterResponseData); on Chrome these would
    // be permissions without a use, and webRequestBlocking is refused in MV3.
    m.permissions = m.permissions.filter((p) => !p.startsWith('webRequest'));
    // Without streaming, Chrome's background needs no host access: the content script
    // (declared with its matches) does all the work on pages.
    delete m.host_permissions;
    return m;
  },
  firefox(m) {
    // Firefox ESR runs MV3 backgrounds as event pages (`scripts`), not service workers.
    delete m.background.service_worker;
    return m;
  },
};

function files(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else out.push(p);
  }
  return out;
}

/** A zip (deflate) of a directory, with fixed timestamps: same input, same bytes. */
function zip(dir, target) {
  const local = [];
  const central = [];
  let offset = 0;
  const DOS_TIME = 0; // 00:00:00
  const DOS_DATE = (2024 - 1980) << 9 | 1 << 5 | 1; // 2024-01-01
  for (const file of files(dir)) {
    const name = Buffer.from(relative(dir, file).split('\\').join('/'));
    const data = readFileSync(file);
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x0800, 6); // UTF-8 names
    head.writeUInt16LE(8, 8); // deflate
    head.writeUInt16LE(DOS_TIME, 10);
    head.writeUInt16LE(DOS_DATE, 12);
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(name.length, 26);
    head.writeUInt16LE(0, 28);
    local.push(head, name, packed);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt16LE(DOS_TIME, 12);
    entry.writeUInt16LE(DOS_DATE, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += head.length + name.length + packed.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(target, Buffer.concat([...local, ...central, end]));
}

mkdirSync(DIST, { recursive: true });
for (const [browser, transform] of Object.entries(MANIFESTS)) {
  const out = join(DIST, browser);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const name of readdirSync(SRC)) {
    if (NOT_SHIPPED.has(name) || name === 'manifest.json') continue;
    cpSync(join(SRC, name), join(out, name), { recursive: true });
  }
  mkdirSync(join(out, 'pkg'), { recursive: true });
  for (const f of ['unboil.js', 'unboil_bg.wasm']) cpSync(join(PKG, f), join(out, 'pkg', f));
  const manifest = transform({ ...structuredClone(source), version });
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const zipPath = join(DIST, `unboil-${browser}.zip`);
  zip(out, zipPath);
  console.log(`${relative(ROOT, out)}/ and ${relative(ROOT, zipPath)} (${statSync(zipPath).size} bytes), version ${version}`);
}
