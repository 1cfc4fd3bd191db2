# The commands people run. The README lists them; CI calls `make test`.
.PHONY: run test bench setup score

CORPUS ?= ../shared/corpus
SAMPLE := www/samples/moscowtimes-nato.html

# Build, then show Unboil on the bundled sample page.
run:
	cargo build --release --quiet
	@mkdir -p target/sample
	./target/release/unboil clean $(SAMPLE) -o target/sample/cleaned.html --report target/sample/report.json
	@python3 -c "import json; r = json.load(open('target/sample/report.json')); \
	print('Collapsed:'); [print('  %-10s %s' % (c['kind'], c['text'][:60])) for c in r['collapsed']]; \
	print('Officials:'); [print('  %-22s %s  (%d mentions)' % (o['name'], o['role'], o['count'])) for o in r['officials']]" 2>/dev/null \
	|| cat target/sample/report.json
	@echo "Cleaned page: target/sample/cleaned.html  (report: target/sample/report.json)"

# Everything needed for the tests, installed only when missing.
setup:
	@command -v cargo >/dev/null || { echo "cargo is required (rustup)"; exit 1; }
	@cargo fmt --version >/dev/null 2>&1 || rustup component add rustfmt
	@cargo clippy --version >/dev/null 2>&1 || rustup component add clippy
	@test -d "$(CORPUS)" || { echo "*** the labelled corpus is missing at $(CORPUS): the corpus test needs it (set CORPUS/UNBOIL_CORPUS)"; exit 1; }

# The whole test suite: formatting, lints as errors, all tests (corpus included).
test: setup
	cargo fmt --all -- --check
	cargo clippy --all-targets --quiet -- -D warnings
	UNBOIL_CORPUS=$(abspath $(CORPUS)) cargo test --quiet

# Benchmarks: throughput beside lol_html's own (criterion), and peak memory.
bench:
	UNBOIL_CORPUS=$(abspath $(CORPUS)) cargo bench --bench throughput
	UNBOIL_CORPUS=$(abspath $(CORPUS)) cargo bench --bench memory

# The corpus scorer's summary for the current build.
score:
	cargo build --release --quiet
	python3 -c 'import html5lib' 2>/dev/null || python3 -m pip install --quiet html5lib
	python3 ../shared/tools/score.py --cmd 'target/release/unboil clean {in}'
