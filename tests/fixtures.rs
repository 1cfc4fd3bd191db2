//! Fixture pages written for the project: `tests/fixtures/<name>/input.html` must
//! rewrite to `expected.html` byte for byte, whole and split into chunks at random
//! sizes (`CHUNK_SEED=n` reproduces one split), and undoing Unboil's insertions must
//! give back the input; the same output comes as insertions into the page
//! (`unboil::insertions`). `about.md` says what each page is for. `UPDATE_FIXTURES=1`
//! rewrites the expected files (review the diff before committing).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{chunk_seeds, rewrite_chunked, strip_unboil};
use std::path::Path;
use unboil::{Action, Options};

fn fixtures() -> Vec<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.join("input.html").exists())
        .collect();
    v.sort();
    assert!(v.len() >= 6, "fixture pages are missing");
    v
}

fn diff_at(a: &[u8], b: &[u8]) -> String {
    let i = a
        .iter()
        .zip(b)
        .position(|(x, y)| x != y)
        .unwrap_or(a.len().min(b.len()));
    format!(
        "first difference at byte {i}:\n  got:      {:?}\n  expected: {:?}",
        String::from_utf8_lossy(&a[i.saturating_sub(40)..(i + 80).min(a.len())]),
        String::from_utf8_lossy(&b[i.saturating_sub(40)..(i + 80).min(b.len())])
    )
}

#[test]
fn fixtures_rewrite_to_expected_output_whole_and_chunked() {
    let update = std::env::var_os("UPDATE_FIXTURES").is_some();
    for dir in fixtures() {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let input = std::fs::read(dir.join("input.html")).unwrap();
        let enc = unboil::sniff_charset(&input).unwrap_or(encoding_rs::UTF_8);
        let out = unboil::rewrite(&input, &Options::default(), enc)
            .unwrap()
            .html;
        let expected_path = dir.join("expected.html");
        if update {
            std::fs::write(&expected_path, &out).unwrap();
        }
        let expected = std::fs::read(&expected_path).unwrap_or_else(|_| {
            panic!("{name}: expected.html missing (run with UPDATE_FIXTURES=1)")
        });
        assert!(
            out == expected,
            "{name}: whole-input output differs; {}",
            diff_at(&out, &expected)
        );
        for seed in chunk_seeds() {
            for max in [1, 7, 64, 4096] {
                let chunked = rewrite_chunked(&input, &Options::default(), enc, seed, max);
                assert!(
                    chunked == expected,
                    "{name}: output differs for CHUNK_SEED={seed} (chunks up to {max} bytes); {}",
                    diff_at(&chunked, &expected)
                );
            }
        }
        let ins = unboil::insertions(&input, &Options::default(), enc).unwrap();
        assert!(
            ins.apply(&input) == expected,
            "{name}: the insertions give another page; {}",
            diff_at(&ins.apply(&input), &expected)
        );
        if enc == encoding_rs::UTF_8 {
            // As a JS caller builds it: the page's UTF-16 with each insertion put in at
            // its UTF-16 offset.
            let page = String::from_utf8_lossy(&input);
            let units: Vec<u16> = page.encode_utf16().collect();
            let mut built: Vec<u16> = Vec::new();
            let mut at = 0;
            for (offset, text) in ins.utf16(&input) {
                built.extend_from_slice(&units[at..offset]);
                built.extend(text.encode_utf16());
                at = offset;
            }
            built.extend_from_slice(&units[at..]);
            let expected16: Vec<u16> = String::from_utf8_lossy(&expected).encode_utf16().collect();
            assert!(
                built == expected16,
                "{name}: the UTF-16 insertions give another page"
            );
        }
        assert!(
            ins.splices
                .windows(2)
                .all(|w| w[0].0 <= w[1].0 && w[0].1 < w[1].1),
            "{name}: insertions out of order or empty: {:?}",
            ins.splices
        );
        assert!(
            strip_unboil(&out, enc) == input,
            "{name}: undoing Unboil's insertions does not give back the input; {}",
            diff_at(&strip_unboil(&out, enc), &input)
        );
    }
}

#[test]
fn plan_and_rewrite_give_the_same_verdicts() {
    for dir in fixtures() {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let input = std::fs::read(dir.join("input.html")).unwrap();
        let enc = unboil::sniff_charset(&input).unwrap_or(encoding_rs::UTF_8);
        let rw = unboil::rewrite(&input, &Options::default(), enc).unwrap();
        let plan = unboil::plan(&input, &Options::default(), enc).unwrap();
        let collapses = plan
            .actions
            .iter()
            .filter(|a| matches!(a, Action::Collapse { .. }))
            .count();
        let marks = plan
            .actions
            .iter()
            .filter(|a| matches!(a, Action::Mark { .. }))
            .count();
        assert_eq!(
            collapses,
            rw.report.collapsed.len(),
            "{name}: collapse verdicts differ"
        );
        assert_eq!(marks as u64, rw.report.stats.marks, "{name}: marks differ");
        let kinds = |r: &unboil::Report| {
            r.collapsed
                .iter()
                .map(|c| (c.kind, c.text.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(kinds(&plan.report), kinds(&rw.report), "{name}");
        let officials = |r: &unboil::Report| {
            r.officials
                .iter()
                .map(|o| (o.name.clone(), o.role.clone(), o.count))
                .collect::<Vec<_>>()
        };
        assert_eq!(officials(&plan.report), officials(&rw.report), "{name}");
    }
}

/// The report of a UTF-8 fixture page rewritten whole.
fn report_of(fixture: &str) -> unboil::Report {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(fixture)
        .join("input.html");
    let input = std::fs::read(path).unwrap();
    unboil::rewrite(&input, &Options::default(), encoding_rs::UTF_8)
        .unwrap()
        .report
}

#[test]
fn the_seed_with_hashed_classes_collapses_all_four_appeals() {
    let r = report_of("seed-hashed-classes");
    let kinds: Vec<_> = r.collapsed.iter().map(|c| c.kind).collect();
    assert_eq!(
        kinds
            .iter()
            .filter(|k| **k == unboil::BlockKind::Donation)
            .count(),
        3,
        "{:#?}",
        r.collapsed
    );
    assert_eq!(
        kinds
            .iter()
            .filter(|k| **k == unboil::BlockKind::Newsletter)
            .count(),
        1,
        "{:#?}",
        r.collapsed
    );
    let names: Vec<_> = r
        .officials
        .iter()
        .map(|o| (o.name.as_str(), o.role.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("Sergei Lavrov", "Foreign Minister"),
            ("Dmitry Medvedev", "President"),
            ("Anders Fogh Rasmussen", "NATO Secretary-General"),
            ("Sergei Ryabkov", "Deputy Foreign Minister"),
            ("Dmitry Rogozin", "Russia's envoy to NATO"),
        ]
    );
    // Every collapse says why.
    assert!(r.collapsed.iter().all(|c| !c.reason.is_empty()));
}

#[test]
fn appeal_shapes_collapse_and_the_article_stays() {
    let r = report_of("appeal-shapes");
    use unboil::BlockKind::{Donation as D, Newsletter as N};
    let kinds: Vec<_> = r.collapsed.iter().map(|c| c.kind).collect();
    assert_eq!(
        kinds,
        [N, D, N, N, N, D, N, D, D, D, N],
        "{:#?}",
        r.collapsed
    );
    // Each block is the appeal itself: it starts where the appeal starts (the
    // article around it is guarded, and no wrapper holds an appeal and article text).
    // Its text reads as a reader sees it: a space where a button, a heading or a
    // paragraph ends and the next begins.
    let starts = [
        "× Before you go Get the best",
        "Since you're here",
        "Sign up for the Morning Briefing",
        "Thanks for reading The Brief!",
        "Thanks for reading Local Notes!",
        "You've read 3 articles",
        "Newsletter Melden Sie sich",
        "Независимая журналистика",
        "This story was produced",
        "The Daily Times relies on readers",
        "Stay informed Our free newsletters",
    ];
    for (c, start) in r.collapsed.iter().zip(starts) {
        assert!(c.text.starts_with(start), "{:?} is not {start:?}", c.text);
    }
    let officials: Vec<_> = r
        .officials
        .iter()
        .map(|o| (o.name.as_str(), o.role.as_str()))
        .collect();
    assert_eq!(
        officials,
        [
            ("Elizabeth Warren", "Sen."),
            ("Karine Jean-Pierre", "White House press secretary"),
            ("Maria Lopez", "foreign minister"),
        ]
    );
}

#[test]
fn news_about_a_fundraiser_stays() {
    let r = report_of("news-about-a-fundraiser");
    assert!(r.collapsed.is_empty(), "{:#?}", r.collapsed);
    assert_eq!(r.officials.len(), 1);
    assert_eq!(r.officials[0].name, "Tom Reed");
}

#[test]
fn news_briefs_beside_appeals_stay_visible() {
    let r = report_of("briefs-beside-appeals");
    let texts: Vec<&str> = r.collapsed.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(r.collapsed.len(), 4, "{texts:#?}");
    for start in [
        "Our reporting is supported",
        "Want more stories like this?",
        "Подпишитесь на нашу рассылку",
        "Apoie o jornalismo",
    ] {
        assert!(
            texts.iter().any(|t| t.starts_with(start)),
            "{start}: {texts:#?}"
        );
    }
    // The news items around them are never part of a collapsed block.
    for news in ["Food bank", "More than 3,000", "How to help", "Search"] {
        assert!(
            !texts.iter().any(|t| t.contains(news)),
            "{news}: {texts:#?}"
        );
    }
    // The sign-up without an e-mail-typed field is found by its form's action.
    let briefing = r
        .collapsed
        .iter()
        .find(|c| c.text.starts_with("Want more"))
        .unwrap();
    assert_eq!(briefing.kind, unboil::BlockKind::Newsletter);
    assert!(
        briefing.reason.contains("action~subscribe"),
        "{}",
        briefing.reason
    );
}

#[test]
fn news_items_with_words_of_giving_stay_beside_a_sign_up() {
    let r = report_of("news-list-with-a-sign-up");
    assert_eq!(r.collapsed.len(), 1, "{:#?}", r.collapsed);
    let c = &r.collapsed[0];
    assert_eq!(c.kind, unboil::BlockKind::Newsletter);
    assert!(c.text.starts_with("Get our best stories"), "{}", c.text);
}

#[test]
fn forms_that_are_not_sign_ups_stay() {
    let r = report_of("forms-that-are-not-sign-ups");
    assert!(r.collapsed.is_empty(), "{:#?}", r.collapsed);
}

#[test]
fn sign_up_fields_and_amount_links_are_recognised() {
    let r = report_of("form-and-link-variants");
    use unboil::BlockKind::{Donation as D, Newsletter as N};
    let got: Vec<_> = r
        .collapsed
        .iter()
        .map(|c| (c.kind, &c.text[..12]))
        .collect();
    assert_eq!(
        got,
        [
            (N, "Get the Morn"),
            (N, "Recibe nuest"),
            (D, "We rely on r"),
            (D, "Will you sup"),
        ],
        "{:#?}",
        r.collapsed
    );
    assert!(r.collapsed[0].reason.contains("e-mail field"));
    assert!(r.collapsed[1].reason.contains("e-mail field"));
    assert!(r.collapsed[2].reason.contains("amount or frequency choice"));
    assert!(r.collapsed[3].reason.contains("amount or frequency choice"));
}

#[test]
fn short_appeals_in_six_languages_collapse() {
    let r = report_of("short-appeals");
    assert_eq!(r.collapsed.len(), 18, "{:#?}", r.collapsed);
    assert!(
        r.collapsed
            .iter()
            .all(|c| !c.text.starts_with("Article text"))
    );
}

#[test]
fn windows_1251_stays_windows_1251() {
    let input = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/windows-1251/input.html"),
    )
    .unwrap();
    let enc = unboil::sniff_charset(&input).unwrap();
    assert_eq!(enc, encoding_rs::WINDOWS_1251);
    let out = unboil::rewrite(&input, &Options::default(), enc).unwrap();
    let (text, _, bad) = enc.decode(&out.html);
    assert!(!bad);
    assert!(text.contains("<mark data-unboil-official=\"Сергей Лавров\" data-unboil-role=\"Министр иностранных дел\">Сергей Лавров</mark>"));
    assert!(text.contains(">Лаврова</mark>"));
    assert!(text.contains("data-unboil-collapsed=\"newsletter\""));
    // Not valid UTF-8: the bytes really are windows-1251.
    assert!(std::str::from_utf8(&out.html).is_err());
}
