//! Invariants on generated pages: the page's bytes survive (undoing Unboil's
//! insertions gives back the input), chunk boundaries do not matter, and the plan
//! agrees with the rewrite.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{find, rewrite_chunked, strip_unboil};
use proptest::prelude::*;
use unboil::Options;

const PIECES: &[&str] = &[
    "<div>",
    "</div>",
    "<p>",
    "</p>",
    "<section class=\"newsletter\">",
    "</section>",
    "<aside>",
    "</aside>",
    "<a href=\"/donate\">",
    "</a>",
    "<span>",
    "</span>",
    "<b>",
    "</b>",
    "<ul><li>",
    "</li></ul>",
    "<form>",
    "</form>",
    "<input type=\"email\">",
    "<input type=radio>",
    "<button>",
    "</button>",
    "<br>",
    "<img alt=x>",
    "<script>var a = '<p>Support us</p>';</script>",
    "<style>p{}</style>",
    "<!-- Senator Bob Jones -->",
    "<table><tr><td>",
    "</td></tr></table>",
    "<svg><text>President Obama</text></svg>",
    "<textarea>Sign up</textarea>",
    "Support us",
    "Sign up for our newsletter",
    "in your inbox",
    "Donate now",
    "Subscribe",
    "We need your help.",
    "Foreign Minister Sergei Lavrov",
    "Lavrov",
    "President Obama",
    "Obama's",
    "Sen. Mark Warner",
    "Warner",
    "Dmitry Peskov, the Kremlin spokesman, said",
    "Президент Владимир Путин",
    "Путина",
    "Jane O'Hara",
    "&amp;",
    "&nbsp;",
    "&#8217;",
    "&eacute;",
    "&bogus;",
    " ",
    "\n",
    "  \t",
    "Ünïcødé ✓",
    "$5",
    "Monthly",
    "The",
    "said on Tuesday.",
    "<",
    ">",
    "\"",
    "'",
    "&",
];

fn page() -> impl Strategy<Value = String> {
    prop::collection::vec(0..PIECES.len(), 0..80)
        .prop_map(|ix| ix.into_iter().map(|i| PIECES[i]).collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn the_page_survives_byte_for_byte(doc in page()) {
        let out = unboil::rewrite(doc.as_bytes(), &Options::default(), encoding_rs::UTF_8).unwrap().html;
        let back = String::from_utf8(strip_unboil(&out, encoding_rs::UTF_8)).unwrap();
        prop_assert_eq!(back, doc);
    }

    #[test]
    fn chunk_boundaries_do_not_matter(doc in page(), seed in 0u64..1000, max in 1usize..40) {
        let whole = unboil::rewrite(doc.as_bytes(), &Options::default(), encoding_rs::UTF_8).unwrap().html;
        let chunked = rewrite_chunked(doc.as_bytes(), &Options::default(), encoding_rs::UTF_8, seed, max);
        prop_assert_eq!(String::from_utf8_lossy(&chunked), String::from_utf8_lossy(&whole));
    }

    #[test]
    fn plan_and_rewrite_agree(doc in page()) {
        let rw = unboil::rewrite(doc.as_bytes(), &Options::default(), encoding_rs::UTF_8).unwrap();
        let plan = unboil::plan(doc.as_bytes(), &Options::default(), encoding_rs::UTF_8).unwrap();
        prop_assert_eq!(plan.report.collapsed.len(), rw.report.collapsed.len());
        let names = |r: &unboil::Report| r.officials.iter().map(|o| o.name.clone()).collect::<Vec<_>>();
        prop_assert_eq!(names(&plan.report), names(&rw.report));
    }

    #[test]
    fn the_output_so_far_is_the_page_up_to_page_bytes_out(doc in page(), cut in 1usize..40) {
        // What a caller that fails open relies on: after any write, the output undone
        // is exactly the input's first `page_bytes_out` bytes.
        let bytes = doc.as_bytes();
        let (steps, out, _) = stream_undone(bytes, cut);
        for (so_far, n) in steps {
            prop_assert_eq!(&so_far[..], &bytes[..n]);
        }
        prop_assert_eq!(strip_unboil(&out, encoding_rs::UTF_8), bytes.to_vec());
    }

    #[test]
    fn a_tiny_hold_still_preserves_the_page(doc in page()) {
        // With a hold of a few bytes almost nothing can be collapsed, but nothing breaks.
        let opts = Options { hold_cap: 16, ..Options::default() };
        let out = unboil::rewrite(doc.as_bytes(), &opts, encoding_rs::UTF_8).unwrap().html;
        let back = String::from_utf8(strip_unboil(&out, encoding_rs::UTF_8)).unwrap();
        prop_assert_eq!(back, doc);
    }
}

/// A caller that fails open resumes the page at `page_bytes_out`: the stylesheet
/// Unboil puts in the head is its own insertion, never counted as bytes of the page
/// (it was, and 605 bytes of the page would have been lost after an error).
#[test]
fn the_stylesheet_is_not_counted_as_the_page() {
    let mut page = String::from("<html><head><title>The story</title></head><body>");
    for i in 0..3000 {
        page.push_str(&format!("<p>Paragraph {i} of the story, in words.</p>\n"));
    }
    let bytes = page.as_bytes();
    let (steps, out, report) = stream_undone(bytes, 4096);
    let mut checked = 0;
    for (so_far, n) in steps {
        assert_eq!(&so_far[..], &bytes[..n]);
        checked += usize::from(n > 0);
    }
    assert!(checked > 10, "the output never went out before the end");
    assert_eq!(report.stats.bytes, bytes.len() as u64);
    assert!(
        find(&out, unboil::STYLE.as_bytes(), 0)
            .is_some_and(|p| out[p + unboil::STYLE.len()..].starts_with(b"</head>"))
    );
    assert_eq!(strip_unboil(&out, encoding_rs::UTF_8), bytes);
}

/// After each write: the output so far with Unboil's insertions undone, and
/// `page_bytes_out`.
type Steps = Vec<(Vec<u8>, usize)>;

/// Streams `bytes` through a rewriter in chunks of `cut`: the steps, then the whole
/// output and the report.
fn stream_undone(bytes: &[u8], cut: usize) -> (Steps, Vec<u8>, unboil::Report) {
    let out = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let sink = out.clone();
    let mut rw =
        unboil::Rewriter::new(Options::default(), encoding_rs::UTF_8, move |b: &[u8]| {
            sink.borrow_mut().extend_from_slice(b)
        })
        .unwrap();
    let mut steps = Vec::new();
    for chunk in bytes.chunks(cut) {
        rw.write(chunk).unwrap();
        let n = rw.page_bytes_out() as usize;
        steps.push((strip_unboil(&out.borrow(), encoding_rs::UTF_8), n));
    }
    let report = rw.end().unwrap();
    let out = out.take();
    (steps, out, report)
}
