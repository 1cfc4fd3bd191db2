//! Hostile and huge inputs finish without panicking, and output held back stays
//! within the hold cap however large the page.
#![cfg(not(target_arch = "wasm32"))]

use unboil::{Options, Rewriter};

const ARTICLE: &str = "<div class=\"story\"><h2>Foreign Minister Sergei Lavrov spoke</h2><p>President Dmitry Medvedev and \
Lavrov met on Tuesday. Sign up for our newsletter in your inbox. We need your help: support us.</p>\
<aside class=\"newsletter\"><p>Sign up for our free weekly newsletter</p><form><input type=email><button>Subscribe</button></form></aside></div>\n";

/// Streams `total` bytes of generated page through the rewriter in 64 KiB chunks,
/// keeping neither input nor output; returns (output bytes, report).
fn stream(total: usize, opts: &Options) -> (usize, unboil::Report) {
    let mut out_len = 0usize;
    let mut rw = Rewriter::new(opts.clone(), encoding_rs::UTF_8, |b: &[u8]| {
        out_len += b.len()
    })
    .unwrap();
    rw.write(b"<!DOCTYPE html><html><head><title>t</title></head><body>")
        .unwrap();
    let mut chunk = String::with_capacity(64 * 1024 + ARTICLE.len());
    let mut written = 0;
    while written < total {
        chunk.clear();
        while chunk.len() < 64 * 1024 {
            chunk.push_str(ARTICLE);
        }
        rw.write(chunk.as_bytes()).unwrap();
        written += chunk.len();
    }
    rw.write(b"</body></html>").unwrap();
    let report = rw.end().unwrap();
    (out_len, report)
}

#[test]
fn a_100_mb_page_streams_with_a_bounded_hold() {
    let opts = Options::default();
    let (out, report) = stream(100 << 20, &opts);
    assert!(out as u64 >= report.stats.bytes, "output lost bytes");
    assert!(report.stats.collapsed > 10_000, "{:?}", report.stats);
    assert!(report.stats.marks > 10_000, "{:?}", report.stats);
    // What is held back never exceeds the cap by more than one chunk of parser output.
    assert!(
        report.stats.peak_held_bytes <= (opts.hold_cap + 128 * 1024) as u64,
        "{:?}",
        report.stats
    );
}

#[test]
fn deep_nesting_does_not_exhaust_anything() {
    let depth = 100_000;
    let mut page = String::with_capacity(depth * 12);
    page.push_str(&"<div>".repeat(depth));
    page.push_str(
        "Sign up for our newsletter. <form><input type=email><button>Subscribe</button></form>",
    );
    page.push_str(&"</div>".repeat(depth));
    let r = unboil::rewrite(page.as_bytes(), &Options::default(), encoding_rs::UTF_8).unwrap();
    assert!(r.html.len() >= page.len());
    let mut nested_spans = String::new();
    nested_spans.push_str(&"<span>".repeat(depth));
    nested_spans.push_str("President Obama");
    let r = unboil::rewrite(
        nested_spans.as_bytes(),
        &Options::default(),
        encoding_rs::UTF_8,
    )
    .unwrap();
    assert!(r.html.len() >= nested_spans.len());
}

#[test]
fn a_megabyte_text_node_of_capitalised_words() {
    let words = [
        "President",
        "Alpha",
        "Bravo",
        "Charlie",
        "Minister",
        "Delta",
        "Echo",
        "Senator",
        "Foxtrot",
        "Golf",
    ];
    let mut page = String::from("<p>");
    let mut i = 0usize;
    while page.len() < 1 << 20 {
        page.push_str(words[i % words.len()]);
        page.push(if i.is_multiple_of(13) { ',' } else { ' ' });
        page.push(' ');
        i = i.wrapping_mul(31).wrapping_add(7) % 1_000_003;
    }
    page.push_str("</p>");
    let r = unboil::rewrite(page.as_bytes(), &Options::default(), encoding_rs::UTF_8).unwrap();
    assert!(r.html.len() >= page.len());
}

#[test]
fn invalid_bytes_and_controls_do_not_panic() {
    let mut page =
        b"<html><body><p>President \xff\xfe Obama \x00\x01 <a href=\"\x80\">Support us</a></p>"
            .to_vec();
    for i in 0..20_000u32 {
        page.push((i.wrapping_mul(2654435761) >> 24) as u8);
    }
    for enc in [
        encoding_rs::UTF_8,
        encoding_rs::WINDOWS_1251,
        encoding_rs::SHIFT_JIS,
    ] {
        unboil::rewrite(&page, &Options::default(), enc).unwrap();
        unboil::plan(&page, &Options::default(), enc).unwrap();
    }
}

#[test]
fn utf16_is_refused_with_a_clear_error() {
    let err =
        unboil::rewrite(b"<p>hi</p>", &Options::default(), encoding_rs::UTF_16LE).unwrap_err();
    assert_eq!(err.to_string(), "unsupported charset: UTF-16LE");
}

#[test]
fn long_text_nodes_split_the_same_way_however_they_arrive() {
    // Runs longer than the analyser's window are cut where the text says, not where
    // a chunk happened to end: marks and verdicts must not change with chunking.
    let mut page = String::from("<p>");
    let mut i = 0;
    while page.len() < 200_000 {
        page.push_str(
            [
                "Foreign Minister Sergei Lavrov said ",
                "the talks went on ",
                "and Lavrov left. ",
                "Sign up for our newsletter. ",
            ][i % 4],
        );
        i += 1;
    }
    page.push_str("</p>");
    let whole = unboil::rewrite(page.as_bytes(), &Options::default(), encoding_rs::UTF_8)
        .unwrap()
        .html;
    for n in [1usize, 3, 1000, 4097, 65536] {
        let mut out = Vec::new();
        let mut rw = Rewriter::new(Options::default(), encoding_rs::UTF_8, |b: &[u8]| {
            out.extend_from_slice(b)
        })
        .unwrap();
        for c in page.as_bytes().chunks(n) {
            rw.write(c).unwrap();
        }
        rw.end().unwrap();
        assert!(out == whole, "output differs with {n}-byte chunks");
    }
    assert!(String::from_utf8(whole).unwrap().matches("<mark").count() > 1000);
}
