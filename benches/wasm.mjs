// Throughput of the wasm build (`make wasm` → pkg/) over the corpus pages, in the same
// run as Mozilla Readability on linkedom (the engine behind Firefox Reader View, what a
// reader would otherwise reach for) and as the native build. Run: `make bench-wasm`.
//
//   node benches/wasm.mjs [CORPUS_DIR] [SECONDS_PER_CONTENDER]
//
// Exits non-zero when wasm is below 0.5x native or below 10x Readability.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const corpus = process.argv[2] ?? process.env.UNBOIL_CORPUS ?? join(root, "../shared/corpus");
const budget = Number(process.argv[3] ?? 3);
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

function time(name, fn) {
  fn(); // warm up
  let n = 0;
  const t0 = performance.now();
  while (n < 3 || performance.now() - t0 < budget * 1000) {
    fn();
    n++;
  }
  const s = (performance.now() - t0) / 1000;
  const mibs = (bytes * n) / s / 1048576;
  console.log(`${name.padEnd(28)} ${mibs.toFixed(1).padStart(8)} MiB/s  (${n} passes over ${(bytes / 1048576).toFixed(2)} MiB)`);
  return mibs;
}

const wasm = time("unboil wasm clean()", () => {
  for (const t of texts) clean(t);
});
const readability = time("Readability on linkedom", () => {
  for (const t of texts) new Readability(parseHTML(t).document).parse();
});
const out = execFileSync("cargo", ["run", "--quiet", "--release", "--example", "native_throughput", "--", corpus, String(budget)], {
  cwd: root,
  encoding: "utf8",
});
const [, b, n, s] = out.trim().split(/\s+/);
const native = (Number(b) * Number(n)) / Number(s) / 1048576;
console.log(`${"unboil native rewrite()".padEnd(28)} ${native.toFixed(1).padStart(8)} MiB/s`);
const vsNative = wasm / native;
const vsReadability = wasm / readability;
console.log(`wasm / native: ${vsNative.toFixed(2)}x   wasm / Readability: ${vsReadability.toFixed(1)}x`);
if (vsNative < 0.5 || vsReadability < 10) {
  console.error("below target: wasm must be at least 0.5x native and 10x Readability");
  process.exit(1);
}
