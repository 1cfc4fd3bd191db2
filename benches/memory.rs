//! Peak heap of the streaming rewriter on a 1 MB and a 100 MB page.
//!
//! Run: `cargo bench --bench memory`
//! (corpus: `$UNBOIL_CORPUS`, default `../shared/corpus` next to the crate root).
//!
//! The page is synthetic: `<html><body>`, then the bodies of the corpus pages, each in
//! an `<article>`, round and round until the size is reached, then `</body></html>`.
//! It is generated on the fly, 64 KiB at a time, and fed to `unboil::Rewriter` whose
//! output is counted and dropped, so the page itself never sits in memory. A counting
//! global allocator records the peak heap above what was live before the rewriter was
//! built. Bare `lol_html` (pass-through, default settings) is measured the same way
//! for reference.
//!
//! Exits non-zero when Unboil's peak on 100 MB is more than twice its peak on 1 MB.

use lol_html::{HtmlRewriter, Settings};
use std::alloc::{GlobalAlloc, Layout, System};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

/// `System`, counting the bytes live now and the most live at once.
struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(by: usize) {
    let now = CURRENT.fetch_add(by, Ordering::Relaxed) + by;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

fn shrank(by: usize) {
    CURRENT.fetch_sub(by, Ordering::Relaxed);
}

// SAFETY: every call is forwarded unchanged to `System`; the wrapper only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) };
        shrank(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                grew(new_size - layout.size());
            } else {
                shrank(layout.size() - new_size);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Starts a measurement: the peak so far is forgotten; returns the live bytes now.
fn reset_peak() -> usize {
    let now = CURRENT.load(Ordering::SeqCst);
    PEAK.store(now, Ordering::SeqCst);
    now
}

const MB: usize = 1_000_000;
const CHUNK: usize = 64 * 1024;
const HEAD: &[u8] = b"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Unboil memory benchmark</title></head><body>\n";
const FOOT: &[u8] = b"</body></html>\n";
const OPEN: &[u8] = b"<article class=\"story\">\n";
const CLOSE: &[u8] = b"</article>\n";

fn corpus_dir() -> PathBuf {
    match std::env::var_os("UNBOIL_CORPUS") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"),
    }
}

fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

fn rfind_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len())
        .rposition(|w| w.eq_ignore_ascii_case(needle))
}

/// What lies between a page's `<body …>` and its last `</body`, or the whole page.
fn body_of(page: &[u8]) -> Vec<u8> {
    let start = find_ci(page, b"<body")
        .and_then(|i| page[i..].iter().position(|&b| b == b'>').map(|j| i + j + 1));
    let end = rfind_ci(page, b"</body");
    match (start, end) {
        (Some(s), Some(e)) if s < e => page[s..e].to_vec(),
        _ => page.to_vec(),
    }
}

/// The bodies of every `*/source.html` of the corpus. Panics, loudly, when there is none.
fn load_bodies() -> Vec<Vec<u8>> {
    let dir = corpus_dir();
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| {
        panic!(
            "\n\n*** UNBOIL BENCHMARK: corpus directory {} cannot be read: {e}\n\
             *** Set UNBOIL_CORPUS to a directory holding <page>/source.html files.\n\n",
            dir.display()
        )
    });
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path().join("source.html"))
        .filter(|p| p.is_file())
        .collect();
    assert!(
        !paths.is_empty(),
        "\n\n*** UNBOIL BENCHMARK: no */source.html pages in corpus directory {}\n\
         *** Set UNBOIL_CORPUS to a directory holding <page>/source.html files.\n\n",
        dir.display()
    );
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let page = std::fs::read(p)
                .unwrap_or_else(|e| panic!("UNBOIL BENCHMARK: cannot read {}: {e}", p.display()));
            body_of(&page)
        })
        .collect()
}

/// Generates the synthetic page of at least `size` bytes into `buf` (whose capacity is
/// the chunk size), handing each full chunk to `feed`. Returns the bytes generated.
fn generate(
    bodies: &[Vec<u8>],
    size: usize,
    buf: &mut Vec<u8>,
    feed: &mut dyn FnMut(&[u8]),
) -> usize {
    let mut total = 0;
    let mut put = |mut bytes: &[u8], buf: &mut Vec<u8>| {
        total += bytes.len();
        while !bytes.is_empty() {
            let n = bytes.len().min(CHUNK - buf.len());
            buf.extend_from_slice(&bytes[..n]);
            bytes = &bytes[n..];
            if buf.len() == CHUNK {
                feed(buf);
                buf.clear();
            }
        }
    };
    let mut generated = HEAD.len() + FOOT.len();
    put(HEAD, buf);
    for body in bodies.iter().cycle() {
        if generated >= size {
            break;
        }
        generated += OPEN.len() + body.len() + CLOSE.len();
        put(OPEN, buf);
        put(body, buf);
        put(CLOSE, buf);
    }
    put(FOOT, buf);
    if !buf.is_empty() {
        feed(buf);
        buf.clear();
    }
    total
}

struct Run {
    input: usize,
    output: usize,
    peak: usize,
    secs: f64,
    elements: u64,
    held: u64,
}

fn run_unboil(bodies: &[Vec<u8>], size: usize, buf: &mut Vec<u8>) -> Run {
    let mut output = 0usize;
    let t = Instant::now();
    let base = reset_peak();
    let mut rw = unboil::Rewriter::new(
        unboil::Options::default(),
        encoding_rs::UTF_8,
        |b: &[u8]| output += b.len(),
    )
    .expect("unboil::Rewriter::new failed");
    let input = generate(bodies, size, buf, &mut |c| {
        rw.write(c).expect("unboil::Rewriter::write failed")
    });
    let report = rw.end().expect("unboil::Rewriter::end failed");
    let peak = PEAK.load(Ordering::SeqCst) - base;
    Run {
        input,
        output,
        peak,
        secs: t.elapsed().as_secs_f64(),
        elements: report.stats.elements,
        held: report.stats.peak_held_bytes,
    }
}

fn run_lol_html(bodies: &[Vec<u8>], size: usize, buf: &mut Vec<u8>) -> Run {
    let mut output = 0usize;
    let t = Instant::now();
    let base = reset_peak();
    let mut rw = HtmlRewriter::new(Settings::new(), |b: &[u8]| output += b.len());
    let input = generate(bodies, size, buf, &mut |c| {
        rw.write(c).expect("lol_html write failed")
    });
    rw.end().expect("lol_html end failed");
    let peak = PEAK.load(Ordering::SeqCst) - base;
    Run {
        input,
        output,
        peak,
        secs: t.elapsed().as_secs_f64(),
        elements: 0,
        held: 0,
    }
}

fn main() -> ExitCode {
    let bodies = load_bodies();
    let corpus: usize = bodies.iter().map(Vec::len).sum();
    println!(
        "corpus {}: {} page bodies, {corpus} bytes; input fed in {} KiB chunks",
        corpus_dir().display(),
        bodies.len(),
        CHUNK / 1024
    );
    let mut buf = Vec::with_capacity(CHUNK);

    // Warm-up: one pass over the whole corpus with each rewriter, so one-time lazy
    // initialisation (lexicons, automata) is in the baseline of every measurement
    // rather than in whichever happens to run first.
    run_unboil(&bodies, corpus, &mut buf);
    run_lol_html(&bodies, corpus, &mut buf);

    // 10 MB is for information only (it covers every corpus page at least twice,
    // where 1 MB covers only the first few); the check is 100 MB against 1 MB.
    let sizes = [MB, 10 * MB, 100 * MB];
    let unboil: Vec<Run> = sizes
        .iter()
        .map(|&s| run_unboil(&bodies, s, &mut buf))
        .collect();
    let lol: Vec<Run> = sizes
        .iter()
        .map(|&s| run_lol_html(&bodies, s, &mut buf))
        .collect();

    println!();
    println!(
        "{:<22} {:>12} {:>12} {:>14} {:>10} {:>10} {:>16}",
        "rewriter", "input B", "output B", "peak heap B", "MiB/s", "elements", "peak held B"
    );
    for (name, runs) in [
        ("unboil::Rewriter", &unboil),
        ("lol_html pass-through", &lol),
    ] {
        for r in runs.iter() {
            assert!(r.output >= r.input, "{name}: output shorter than input");
            println!(
                "{name:<22} {:>12} {:>12} {:>14} {:>10.1} {:>10} {:>16}",
                r.input,
                r.output,
                r.peak,
                r.input as f64 / (1024.0 * 1024.0) / r.secs,
                r.elements,
                r.held
            );
        }
    }
    let ratio = |runs: &[Run], a: usize, b: usize| runs[b].peak as f64 / runs[a].peak.max(1) as f64;
    let u = ratio(&unboil, 0, 2);
    println!();
    println!(
        "peak(100 MB) / peak(1 MB):  unboil {u:.3}, lol_html pass-through {:.3}",
        ratio(&lol, 0, 2)
    );
    println!(
        "peak(100 MB) / peak(10 MB): unboil {:.3}, lol_html pass-through {:.3} (information)",
        ratio(&unboil, 1, 2),
        ratio(&lol, 1, 2)
    );
    if u > 2.0 {
        eprintln!("FAIL: unboil's peak heap on 100 MB is {u:.3}x its peak on 1 MB (limit 2.0)");
        return ExitCode::FAILURE;
    }
    println!("OK: ratio {u:.3} <= 2.0");
    ExitCode::SUCCESS
}
