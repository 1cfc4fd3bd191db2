//! Native throughput of `unboil::rewrite` over the corpus pages, for
//! `benches/wasm.mjs`, which runs it beside the wasm build in the same run.
//!
//! `cargo run --release --example native_throughput -- CORPUS_DIR SECONDS`
//! prints one line: `native <bytes per iteration> <iterations> <seconds>`.

use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "../shared/corpus".into());
    let budget: f64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(3.0);
    let mut pages = Vec::new();
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("*** cannot read the corpus at {dir}: {e}"))
        .filter_map(|e| e.ok().map(|e| e.path().join("source.html")))
        .filter(|p| p.exists())
        .collect();
    names.sort();
    for p in names {
        pages.push(std::fs::read(p).expect("corpus page"));
    }
    assert!(!pages.is_empty(), "*** no corpus pages in {dir}");
    let bytes: usize = pages.iter().map(Vec::len).sum();
    let opts = unboil::Options::default();
    let run = || {
        for p in &pages {
            std::hint::black_box(unboil::rewrite(p, &opts, encoding_rs::UTF_8).expect("rewrite"));
        }
    };
    run(); // warm up
    let t = Instant::now();
    let mut n = 0;
    while n < 3 || t.elapsed().as_secs_f64() < budget {
        run();
        n += 1;
    }
    println!("native {bytes} {n} {}", t.elapsed().as_secs_f64());
}
