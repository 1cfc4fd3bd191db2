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
  const DOS_TIME = 0; // 00:00:00
  const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1; // 2024-01-01
  // The fields a local header and its central-directory entry share, from "flags" on.
  const common = (crc, packed, size, nameLength) => {
    const b = Buffer.alloc(22);
    b.writeUInt16LE(0x0800, 0); // UTF-8 names
    b.writeUInt16LE(8, 2); // deflate
    b.writeUInt16LE(DOS_TIME, 4);
    b.writeUInt16LE(DOS_DATE, 6);
    b.writeUInt32LE(crc, 8);
    b.writeUInt32LE(packed, 12);
    b.writeUInt32LE(size, 16);
    b.writeUInt16LE(nameLength, 20);
    return b;
  };
  const local = [];
  const central = [];
  let offset = 0;
  for (const file of files(dir)) {
    const name = Buffer.from(relative(dir, file).split('\\').join('/'));
    const data = readFileSync(file);
    const packed = deflateRawSync(data, { level: 9 });
    const shared = common(crc32(data), packed.length, data.length, name.length);
    const head = Buffer.alloc(6);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4); // version needed
    const extra = Buffer.alloc(2); // no extra field
    local.push(head, shared, extra, name, packed);
    const entry = Buffer.alloc(8);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // made by
    entry.writeUInt16LE(20, 6); // version needed
    const tail = Buffer.alloc(16); // extra, comment, disk, attributes: 0; then the offset
    tail.writeUInt32LE(offset, 12);
    central.push(entry, shared, tail, name);
    offset += head.length + shared.length + extra.length + name.length + packed.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const count = central.length / 4;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
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
