//! Throughput of Unboil against bare `lol_html` on the corpus pages.
//!
//! Run: `cargo bench --bench throughput`
//! (corpus: `$UNBOIL_CORPUS`, default `../shared/corpus` next to the crate root;
//! every `*/source.html` in it is one page).
//!
//! All three benchmarks are in one group, so they are measured in the same run on the
//! same input; each iteration processes every page once, and criterion reports MiB/s
//! over the total size of the pages.

use criterion::{Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use lol_html::{HtmlRewriter, Settings, text};
use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// The corpus directory: `$UNBOIL_CORPUS`, else `../shared/corpus` from the crate root.
fn corpus_dir() -> PathBuf {
    match std::env::var_os("UNBOIL_CORPUS") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"),
    }
}

/// Every `*/source.html` of the corpus, sorted by page name. Panics, loudly, when there
/// is none: a benchmark over nothing would report nonsense.
fn load_corpus() -> Vec<(String, Vec<u8>)> {
    let dir = corpus_dir();
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| {
        panic!(
            "\n\n*** UNBOIL BENCHMARK: corpus directory {} cannot be read: {e}\n\
             *** Set UNBOIL_CORPUS to a directory holding <page>/source.html files.\n\n",
            dir.display()
        )
    });
    let mut pages: Vec<(String, Vec<u8>)> = entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let source = entry.path().join("source.html");
            source.is_file().then(|| {
                let bytes = std::fs::read(&source).unwrap_or_else(|e| {
                    panic!("UNBOIL BENCHMARK: cannot read {}: {e}", source.display())
                });
                (entry.file_name().to_string_lossy().into_owned(), bytes)
            })
        })
        .collect();
    assert!(
        !pages.is_empty(),
        "\n\n*** UNBOIL BENCHMARK: no */source.html pages in corpus directory {}\n\
         *** Set UNBOIL_CORPUS to a directory holding <page>/source.html files.\n\n",
        dir.display()
    );
    pages.sort();
    pages
}

fn lol_html_passthrough(page: &[u8]) -> usize {
    let mut out = Vec::with_capacity(page.len());
    let mut rw = HtmlRewriter::new(Settings::new(), |c: &[u8]| out.extend_from_slice(c));
    rw.write(page).expect("lol_html pass-through failed");
    rw.end().expect("lol_html pass-through failed");
    out.len()
}

fn lol_html_text_handler(page: &[u8]) -> usize {
    let mut out = Vec::with_capacity(page.len());
    let settings = Settings::new().append_element_content_handler(text!("*", |t| {
        black_box(t.as_str());
        Ok(())
    }));
    let mut rw = HtmlRewriter::new(settings, |c: &[u8]| out.extend_from_slice(c));
    rw.write(page).expect("lol_html with a text handler failed");
    rw.end().expect("lol_html with a text handler failed");
    out.len()
}

fn unboil_rewrite(page: &[u8], options: &unboil::Options) -> usize {
    unboil::rewrite(page, options, encoding_rs::UTF_8)
        .expect("unboil::rewrite failed")
        .html
        .len()
}

/// One pass of `run` over every page (what each benchmark times).
fn every_page(pages: &[(String, Vec<u8>)], run: impl Fn(&[u8]) -> usize) {
    for (_, page) in pages {
        black_box(run(black_box(page)));
    }
}

fn corpus(c: &mut Criterion) {
    let pages = load_corpus();
    let total: usize = pages.iter().map(|(_, p)| p.len()).sum();
    eprintln!(
        "corpus {}: {} pages, {} bytes ({:.2} MiB)",
        corpus_dir().display(),
        pages.len(),
        total,
        total as f64 / (1024.0 * 1024.0)
    );
    let options = unboil::Options::default();

    // Check once that every page goes through all three before timing anything.
    for (name, page) in &pages {
        assert!(lol_html_passthrough(page) > 0, "{name}: empty pass-through");
        assert!(
            lol_html_text_handler(page) > 0,
            "{name}: empty text-handler output"
        );
        assert!(
            unboil_rewrite(page, &options) >= page.len(),
            "{name}: unboil output shorter than its input"
        );
    }

    let mut group = c.benchmark_group("corpus");
    group
        .throughput(Throughput::Bytes(total as u64))
        .sampling_mode(SamplingMode::Flat)
        .sample_size(20)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(5));

    group.bench_function("lol_html_passthrough", |b| {
        b.iter(|| every_page(&pages, lol_html_passthrough))
    });
    group.bench_function("lol_html_text_handler", |b| {
        b.iter(|| every_page(&pages, lol_html_text_handler))
    });
    group.bench_function("unboil_rewrite", |b| {
        b.iter(|| every_page(&pages, |page| unboil_rewrite(page, &options)))
    });
    group.finish();
    taking_turns(&pages, &options);
}

/// The ratio the target is set on (unboil's throughput over the text handler's),
/// measured a second way: one pass over the corpus each, in turns, round after round.
/// Criterion times each benchmark for seconds on end, so a machine whose speed drifts
/// (a shared host) moves the ratio between runs; in turns the drift slows both alike.
fn taking_turns(pages: &[(String, Vec<u8>)], options: &unboil::Options) {
    const ROUNDS: usize = 41;
    let mut ratios = Vec::with_capacity(ROUNDS);
    for _ in 0..ROUNDS {
        let t = Instant::now();
        every_page(pages, lol_html_text_handler);
        let handler = t.elapsed().as_secs_f64();
        let t = Instant::now();
        every_page(pages, |page| unboil_rewrite(page, options));
        ratios.push(handler / t.elapsed().as_secs_f64());
    }
    ratios.sort_by(f64::total_cmp);
    eprintln!(
        "unboil_rewrite / lol_html_text_handler throughput, taking turns: median {:.3} \
         over {ROUNDS} rounds (quartiles {:.3}-{:.3})",
        ratios[ROUNDS / 2],
        ratios[ROUNDS / 4],
        ratios[3 * ROUNDS / 4]
    );
}

criterion_group!(benches, corpus);
criterion_main!(benches);
