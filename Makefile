# The commands people run. The README lists them; CI calls `make test`.
.PHONY: run test bench bench-wasm setup score wasm wasm-tools browsers test-wasm www js-tools test-www extension test-extension

CORPUS ?= ../shared/corpus
TOOLS := target/tools
# The wasm-bindgen CLI must match the library exactly (pinned in Cargo.toml).
WASM_BINDGEN_VERSION := $(shell sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)
export PATH := $(CURDIR)/$(TOOLS)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
SAMPLE := www/samples/moscowtimes-nato.html
E2E := tests/e2e
PORT ?= 8080

# Build, show Unboil on the bundled sample page, build the extension packages, and
# serve the demo site on 127.0.0.1.
run:
	cargo build --release --quiet
	@mkdir -p target/sample
	./target/release/unboil clean $(SAMPLE) -o target/sample/cleaned.html --report target/sample/report.json
	@python3 -c "import json; r = json.load(open('target/sample/report.json')); \
	print('Collapsed:'); [print('  %-10s %s' % (c['kind'], c['text'][:60])) for c in r['collapsed']]; \
	print('Officials:'); [print('  %-22s %s  (%d mention%s)' % (o['name'], o['role'], o['count'], '' if o['count'] == 1 else 's')) for o in r['officials']]" 2>/dev/null \
	|| cat target/sample/report.json
	@echo "Cleaned page: target/sample/cleaned.html  (report: target/sample/report.json)"
	@$(MAKE) --no-print-directory www extension >/dev/null
	@echo "Extension packages: dist/chrome/, dist/firefox/, dist/unboil-chrome.zip, dist/unboil-firefox.zip"
	@node $(E2E)/serve.mjs www $(PORT)

# Everything needed for the tests, installed only when missing.
setup:
	@command -v cargo >/dev/null || { echo "cargo is required (rustup)"; exit 1; }
	@cargo fmt --version >/dev/null 2>&1 || rustup component add rustfmt
	@cargo clippy --version >/dev/null 2>&1 || rustup component add clippy
	@test -d "$(CORPUS)" || { echo "*** the labelled corpus is missing at $(CORPUS): the corpus test needs it (set CORPUS/UNBOIL_CORPUS)"; exit 1; }

# The whole test suite: formatting, lints as errors, all native tests (corpus
# included), then the WebAssembly tests in Node, headless Chromium and Firefox.
test: setup
	cargo fmt --all -- --check
	cargo clippy --all-targets --features snip --quiet -- -D warnings
	UNBOIL_CORPUS=$(abspath $(CORPUS)) cargo test --quiet
	$(MAKE) --no-print-directory test-wasm
	$(MAKE) --no-print-directory test-www
	$(MAKE) --no-print-directory test-extension

# The wasm toolchain, each piece installed only when missing: the target, wasm-pack,
# the matching wasm-bindgen CLI, and wasm-opt from npm's binaryen.
wasm-tools:
	@rustup target list --installed | grep -q '^wasm32-unknown-unknown$$' || rustup target add wasm32-unknown-unknown
	@command -v wasm-pack >/dev/null || cargo install wasm-pack --locked
	@wasm-bindgen --version 2>/dev/null | grep -q ' $(WASM_BINDGEN_VERSION)$$' || cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --force
	@test -x $(TOOLS)/node_modules/.bin/wasm-opt || { mkdir -p $(TOOLS) && cd $(TOOLS) && npm install --no-audit --no-fund --silent binaryen@132; }

# Browsers and drivers for the wasm tests (Debian's Chromium and Firefox ESR;
# geckodriver through cargo install, Debian has none).
browsers:
	@{ command -v chromium && command -v chromedriver && command -v firefox-esr; } >/dev/null || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver firefox-esr >/dev/null; }
	@command -v geckodriver >/dev/null || cargo install geckodriver --locked

# The WebAssembly package for the extension and www/ (pkg/, never committed). Every
# reader downloads it: the build fails when it grows past 300 KB gzipped. encoding_rs
# gzips smaller at opt-level "s" than at "z" (its tables dominate either way).
WASM_GZIP_BUDGET := 300000
# Panic locations name each dependency's files by path: without the build machine's
# package directory in them, the module is the same wherever it is built (and smaller).
WASM_REMAP = $(foreach d,$(wildcard $(or $(CARGO_HOME),$(HOME)/.cargo)/registry/src/*/),--remap-path-prefix=$(d)=)
# At opt-level "z" LLVM inlines only what shrinks the code, so the many small helpers
# and iterator adapters of the hot loops stay calls. A threshold of 35 (LLVM's own for
# -Os is 50, for -O2 225) made the module 1.12-1.17x faster on the corpus for +46 B
# gzipped; 30 is as fast within the noise of alternating runs, for 235 B less.
WASM_INLINE = -C llvm-args=-inline-threshold=30
# Functions that Unboil never runs, snipped (made to trap) before wasm-opt drops what
# they alone call (examples/snip.rs); the names must stay in the module until then
# (strip = false), wasm-opt removes them:
# - what only a panic reaches: the panic machinery and its entry points (a slice out of
#   bounds or off a character boundary, a failed unwrap, a double borrow), which format
#   a message that no hook prints in release builds before it aborts (a trap either
#   way; 1.4 KB gzipped for the entry points), the escaping of strings and characters
#   for `{:?}`, which Unboil and lol_html use only in tests and in the messages of
#   those panics (0.76 KB gzipped), and formatting
#   floats, pulled in by the Debug of cssparser's tokens: 10.8 KB gzipped;
# - what only other CSS selectors than Unboil's one, "*", reach (numbers, strings,
#   comments, URLs, escapes, identifiers, ":nth-child()"), and lol_html's <meta charset>
#   handler, which Unboil leaves off (it reads the charset itself): 7.2 KB gzipped.
#   Should a selector ever be added, the tests of the package (demo, extension) trap.
WASM_SNIP := '<f32 as core::fmt::' 'core::fmt::float::' 'core::panicking::' \
  'std::panicking::' 'core::str::slice_error_fail' 'core::slice::index::slice_index_fail' \
  'core::result::unwrap_failed' 'core::option::expect_failed' 'core::cell::panic_already' \
  '<char>::escape_debug_ext' '<str as core::fmt::Debug>::fmt' \
  'lol_html::rewriter::handler_adjust_charset_on_meta_tag' \
  'selectors::parser::parse_nth_pseudo_class' 'cssparser::nth::' 'cssparser::tokenizer::consume_'
# The crate itself is built for speed (opt-level 2; dependencies stay at "z"): clean()
# runs 1.34x faster in Node for 10.3 KB gzipped, most of the room the snip makes. Without
# unrolling and vectorising loops it is as fast and 0.9 KB smaller. lol_html's own
# (non-generic) code at opt-level 2 too: 1.04x faster for 34 B gzipped (medians of
# alternating passes in one process); at 3, with the crate at 3, no faster and over budget.
# WebAssembly's 128-bit SIMD lets memchr (the parser's search for the next '<', '&' or
# quote) scan 16 bytes at a time: clean() ran 1.04-1.05x faster in Node (medians of 40
# passes over the corpus alternating in one process) for 0.8 KB gzipped. Every browser the extension installs in has it (Firefox
# since 89, the manifest asks for 140; Chrome since 91, before MV3's 'wasm-unsafe-eval'),
# and where the module cannot be compiled the page stays as it was.
WASM_SPEED := --config 'profile.release.package.unboil.opt-level=2' \
  --config 'profile.release.package.lol_html.opt-level=2'
WASM_SPEED_FLAGS := -C target-feature=+simd128 -C llvm-args=-unroll-threshold=0 -C no-vectorize-loops \
  -C no-vectorize-slp
# wasm-opt from npm's binaryen, never Debian's (its version 108 breaks the module).
# Flattening and rebuilding the control flow (--flatten --rereloop) between two size
# passes gzips the module 0.8 KB smaller than -Os alone, at the same speed in Node.
WASM_OPT := -Os --flatten --rereloop -Os --converge --low-memory-unused --zero-filled-memory \
  --strip-producers --strip-target-features --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-simd
wasm: wasm-tools
	RUSTFLAGS="$(WASM_REMAP) $(WASM_INLINE) $(WASM_SPEED_FLAGS)" CARGO_PROFILE_RELEASE_OPT_LEVEL=z CARGO_PROFILE_RELEASE_PANIC=abort CARGO_PROFILE_RELEASE_STRIP=false \
	  wasm-pack --log-level warn build --target web --release --no-opt --out-dir pkg \
	  -- --config 'profile.release.package.encoding_rs.opt-level="s"' $(WASM_SPEED)
	cargo run --quiet --features snip --example snip -- pkg/unboil_bg.wasm $(WASM_SNIP)
	wasm-opt $(WASM_OPT) pkg/unboil_bg.wasm -o pkg/unboil_bg.wasm
	@printf 'pkg/unboil_bg.wasm: %s bytes, %s gzipped\n' "$$(wc -c < pkg/unboil_bg.wasm)" "$$(gzip -9 -c pkg/unboil_bg.wasm | wc -c)"
	@test "$$(gzip -9 -c pkg/unboil_bg.wasm | wc -c)" -le $(WASM_GZIP_BUDGET) || \
	  { echo "pkg/unboil_bg.wasm is over its budget of $(WASM_GZIP_BUDGET) bytes gzipped"; exit 1; }

# The demo site's copy of the wasm package (www/pkg/, never committed).
www: wasm
	@mkdir -p www/pkg
	cp pkg/unboil.js pkg/unboil_bg.wasm www/pkg/

# Browser-test tools from npm (playwright-core, selenium-webdriver, web-ext), pinned in
# tests/e2e/package-lock.json; reinstalled only when that file changes.
js-tools: $(E2E)/node_modules/.installed
$(E2E)/node_modules/.installed: $(E2E)/package.json $(E2E)/package-lock.json
	cd $(E2E) && npm ci --silent
	@touch $@

# The extension packages: dist/chrome/, dist/firefox/ and a zip of each.
extension: wasm js-tools
	node extension/build.mjs
	@for z in dist/unboil-chrome.zip dist/unboil-firefox.zip; do python3 -m zipfile -t $$z >/dev/null || { echo "$$z is not a valid zip"; exit 1; }; done
	cd $(E2E) && node_modules/.bin/web-ext lint --source-dir ../../dist/firefox --output text 2>&1 | tee ../../target/web-ext-lint.txt | grep -E '^(errors|warnings|notices) '
	@grep -Eq '^errors +0 *$$' target/web-ext-lint.txt || { echo "web-ext lint found errors: target/web-ext-lint.txt"; exit 1; }

# The extension in Chromium (playwright-core) and Firefox ESR (selenium + geckodriver).
test-extension: extension browsers
	UNBOIL_CORPUS=$(abspath $(CORPUS)) node --test --test-reporter=spec $(E2E)/extension-chromium.test.mjs
	UNBOIL_CORPUS=$(abspath $(CORPUS)) node --test --test-reporter=spec $(E2E)/extension-firefox.test.mjs

# The demo site in headless Chromium.
test-www: www js-tools browsers
	node --test --test-reporter=spec $(E2E)/demo.test.mjs

test-wasm: wasm-tools browsers
	cargo clippy --target wasm32-unknown-unknown --lib --tests --quiet -- -D warnings
	wasm-pack test --node
	WASM_BINDGEN_USE_BROWSER=1 wasm-pack test --headless --chrome
	WASM_BINDGEN_USE_BROWSER=1 wasm-pack test --headless --firefox

# Benchmarks: throughput beside lol_html's own (criterion), and peak memory.
bench:
	UNBOIL_CORPUS=$(abspath $(CORPUS)) cargo bench --bench throughput
	UNBOIL_CORPUS=$(abspath $(CORPUS)) cargo bench --bench memory

# The wasm build beside Readability (on linkedom) and the native build, same run.
bench-wasm: wasm
	@test -d $(TOOLS)/node_modules/@mozilla/readability -a -d $(TOOLS)/node_modules/linkedom || \
	  { cd $(TOOLS) && npm install --no-audit --no-fund --silent @mozilla/readability linkedom; }
	UNBOIL_CORPUS=$(abspath $(CORPUS)) node benches/wasm.mjs

# The corpus scorer's summary for the current build.
score:
	cargo build --release --quiet
	python3 -c 'import html5lib' 2>/dev/null || python3 -m pip install --quiet html5lib
	python3 ../shared/tools/score.py --cmd 'target/release/unboil clean {in}'
