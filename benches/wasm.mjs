// Throughput of the wasm build (`make wasm` → pkg/) over the corpus pages, in the same
// run as Mozilla Readability on linkedom (the engine behind Firefox Reader View, what a
// reader would otherwise reach for) and as the native build. Run: `make bench-wasm`.
//
//   node benches/wasm.mjs [CORPUS_DIR] [SECONDS_PER_CONTENDER] [ROUNDS]
//
// The three take turns, round after round (SECONDS_PER_CONTENDER / ROUNDS each per
// round): a machine whose speed drifts during the run (a shared host) slows all three
// alike, where timing one after the other would credit the drift to whichever ran in
// the fast stretch. Each round gives its two ratios; their medians are the figures.
// Exits non-zero when the median is below 0.5x native or below 10x Readability.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const corpus = process.argv[2] ?? process.env.UNBOIL_CORPUS ?? join(root, "../shared/corpus");
const budget = Number(process.argv[3] ?? 7);
const rounds = Math.max(1, Number(process.argv[4] ?? 7));
if (!existsSync(corpus)) {
  console.error(`*** the corpus is missing at ${corpus}: set UNBOIL_CORPUS`);
  process.exit(1);
}
const pages = readdirSync(corpus)
  .sort()
  .map((d) => join(corpus, d, "source.html"))
  .filter(existsSync)
  .map((p) => readFileSync(p));
const texts = pages.map((b) => new TextDecoder().decode(b));
const bytes = pages.reduce((n, b) => n + b.length, 0);

// npm tools live in target/tools (installed by the Makefile, never committed).
const require = createRequire(join(root, "target/tools/package.json"));
const { Readability } = require("@mozilla/readability");
const { parseHTML } = require("linkedom");
const { initSync, clean } = await import(join(root, "pkg/unboil.js"));
initSync({ module: readFileSync(join(root, "pkg/unboil_bg.wasm")) });

// Passes over all pages for at least `secs` seconds (and at least one): MiB/s.
function time(fn, secs) {
  let n = 0;
  const t0 = performance.now();
  while (n < 1 || performance.now() - t0 < secs * 1000) {
    fn();
    n++;
  }
  return (bytes * n) / ((performance.now() - t0) / 1000) / 1048576;
}

const wasmPass = () => {
  for (const t of texts) clean(t);
};
const readabilityPass = () => {
  for (const t of texts) new Readability(parseHTML(t).document).parse();
};
// The native build, built once and run as its own process each round (its pages are
// read before its clock starts).
execFileSync("cargo", ["build", "--quiet", "--release", "--example", "native_throughput"], { cwd: root });
const nativeBin = join(root, "target/release/examples/native_throughput");
function nativePass(secs) {
  const out = execFileSync(nativeBin, [corpus, String(secs)], { encoding: "utf8" });
  const [, b, n, s] = out.trim().split(/\s+/);
  return (Number(b) * Number(n)) / Number(s) / 1048576;
}

wasmPass(); // warm up
readabilityPass();
const secs = budget / rounds;
const rows = [];
console.log(`${rounds} rounds over ${(bytes / 1048576).toFixed(2)} MiB, ${secs.toFixed(2)} s per contender per round (MiB/s):`);
console.log("round    wasm  Readability  native   wasm/native  wasm/Readability");
for (let r = 1; r <= rounds; r++) {
  const wasm = time(wasmPass, secs);
  const readability = time(readabilityPass, secs);
  const native = nativePass(secs);
  rows.push({ wasm, readability, native, vsNative: wasm / native, vsReadability: wasm / readability });
  console.log(
    `${String(r).padStart(5)} ${wasm.toFixed(1).padStart(7)} ${readability.toFixed(1).padStart(12)} ${native.toFixed(1).padStart(7)}` +
      ` ${(wasm / native).toFixed(2).padStart(12)}x ${(wasm / readability).toFixed(1).padStart(16)}x`,
  );
}
const median = (xs) => {
  const v = [...xs].sort((a, b) => a - b);
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
const col = (k) => median(rows.map((row) => row[k]));
console.log(`${"unboil wasm clean()".padEnd(28)} ${col("wasm").toFixed(1).padStart(8)} MiB/s (median)`);
console.log(`${"Readability on linkedom".padEnd(28)} ${col("readability").toFixed(1).padStart(8)} MiB/s (median)`);
console.log(`${"unboil native rewrite()".padEnd(28)} ${col("native").toFixed(1).padStart(8)} MiB/s (median)`);
const vsNative = col("vsNative");
const vsReadability = col("vsReadability");
console.log(`wasm / native: ${vsNative.toFixed(2)}x   wasm / Readability: ${vsReadability.toFixed(1)}x   (medians of the rounds' ratios)`);
if (vsNative < 0.5 || vsReadability < 10) {
  console.error("below target: wasm must be at least 0.5x native and 10x Readability");
  process.exit(1);
}
