//! The labelled corpus (`../shared/corpus`, or `UNBOIL_CORPUS`): every page's labels
//! are checked on the rewrite's output, and the totals may not fall below the figures
//! measured when they were last raised. `CORPUS_PAGE=name` checks one page.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{Text, corpus_dir};
use serde_json::Value;

#[derive(Default, Debug)]
struct Totals {
    pages: usize,
    bp_total: usize,
    bp_hit: usize,
    collapsed: usize,
    false_collapses: usize,
    keep_total: usize,
    keep_lost: usize,
    text_changed: usize,
    off_total: usize,
    off_hit: usize,
    ment_total: usize,
    ment_hit: usize,
    marks: usize,
    mark_fp: usize,
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn strs(v: &Value, key: &str) -> Vec<String> {
    v[key]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

fn check_page(
    name: &str,
    src: &str,
    out: &str,
    lab: &Value,
    t: &mut Totals,
    problems: &mut Vec<String>,
) {
    let before = Text::new(src, false);
    let after = Text::new(out, true);
    t.pages += 1;
    if before.text != after.text {
        t.text_changed += 1;
        problems.push(format!("{name}: the page's text changed"));
    }
    for b in lab["boilerplate"].as_array().into_iter().flatten() {
        let snip = b["text"].as_str().unwrap_or_default();
        t.bp_total += 1;
        let spans = after.find_all(snip, false);
        if spans.iter().any(|&(a, z)| after.hidden_share(a, z) >= 0.9) {
            t.bp_hit += 1;
        } else {
            problems.push(format!("{name}: not collapsed: {snip}"));
        }
    }
    for k in strs(lab, "keep") {
        t.keep_total += 1;
        let spans = after.find_all(&k, false);
        if spans.is_empty() || spans.iter().any(|&(a, z)| after.hidden_share(a, z) > 0.0) {
            t.keep_lost += 1;
            problems.push(format!("{name}: article text hidden: {k}"));
        }
    }
    let mut allowed: Vec<String> = lab["boilerplate"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|b| b["text"].as_str().map(norm))
        .collect();
    allowed.extend(strs(lab, "optional").iter().map(|s| norm(s)));
    for &(a, z) in &after.blocks {
        let text = after.slice(a, z);
        if text.trim().is_empty() {
            continue;
        }
        t.collapsed += 1;
        if !allowed.iter().any(|s| text.contains(s.as_str())) {
            t.false_collapses += 1;
            problems.push(format!(
                "{name}: false collapse: {}",
                text.chars().take(100).collect::<String>()
            ));
        }
    }
    let mut gold: Vec<(usize, usize)> = vec![];
    for off in lab["officials"].as_array().into_iter().flatten() {
        t.off_total += 1;
        let mut forms = strs(off, "mentions");
        forms.sort_by_key(|f| std::cmp::Reverse(f.chars().count()));
        forms.dedup();
        let mut got = false;
        for f in &forms {
            for (a, z) in after.find_all(f, true) {
                if gold.iter().any(|&(ga, gz)| a < gz && ga < z) {
                    continue;
                }
                gold.push((a, z));
                t.ment_total += 1;
                if after.all_marked(a, z) {
                    t.ment_hit += 1;
                    got = true;
                }
            }
        }
        if got {
            t.off_hit += 1;
        } else {
            problems.push(format!(
                "{name}: official not marked: {}",
                off["name"].as_str().unwrap_or_default()
            ));
        }
    }
    // Marks: maximal runs of marked characters.
    let mut i = 0;
    while i < after.marked.len() {
        if after.marked[i] {
            let a = i;
            while i < after.marked.len() && after.marked[i] {
                i += 1;
            }
            t.marks += 1;
            if !gold.iter().any(|&(ga, gz)| a < gz && ga < i) {
                t.mark_fp += 1;
                problems.push(format!(
                    "{name}: marked a non-official: {}",
                    after.slice(a, i)
                ));
            }
        }
        i += 1;
    }
}

#[test]
fn corpus_labels_hold() {
    let dir = corpus_dir();
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| {
        panic!(
            "\n\n*** The labelled corpus is missing: cannot read {} ({e}).\n*** Set UNBOIL_CORPUS or put shared/corpus beside the project. This test does not skip.\n\n",
            dir.display()
        )
    });
    let only = std::env::var("CORPUS_PAGE").ok();
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("labels.json").exists())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(
        names.len() >= 20 || only.is_some(),
        "expected the 25 corpus pages in {}, found {}",
        dir.display(),
        names.len()
    );
    let mut t = Totals::default();
    let mut problems = vec![];
    for name in &names {
        if only.as_ref().is_some_and(|o| o != name) {
            continue;
        }
        let bytes = std::fs::read(dir.join(name).join("source.html")).unwrap();
        let lab: Value =
            serde_json::from_slice(&std::fs::read(dir.join(name).join("labels.json")).unwrap())
                .unwrap();
        let enc = unboil::sniff_charset(&bytes).unwrap_or(encoding_rs::UTF_8);
        let rw = unboil::rewrite(&bytes, &unboil::Options::default(), enc).unwrap();
        let out = rw.html;
        // The same page, and the same report, built from the insertions alone.
        let ins = unboil::insertions(&bytes, &unboil::Options::default(), enc).unwrap();
        assert!(
            ins.apply(&bytes) == out,
            "{name}: the insertions give another page"
        );
        let json = |r: &unboil::Report| serde_json::to_string(r).unwrap();
        assert_eq!(
            json(&ins.report),
            json(&rw.report),
            "{name}: reports differ"
        );
        let src = String::from_utf8_lossy(&bytes);
        let out = String::from_utf8_lossy(&out);
        check_page(name, &src, &out, &lab, &mut t, &mut problems);
    }
    for p in &problems {
        eprintln!("  {p}");
    }
    eprintln!("{t:?}");
    // Never: article text hidden, page text altered.
    assert_eq!(t.keep_lost, 0, "article text was hidden");
    assert_eq!(t.text_changed, 0, "a page's text changed");
    if only.is_some() {
        return;
    }
    // The figures reached; a change may raise them, never lower them.
    let ratio = |n: usize, d: usize| n as f64 / d.max(1) as f64;
    assert!(
        ratio(t.bp_hit, t.bp_total) >= 0.96,
        "boilerplate recall fell: {}/{}",
        t.bp_hit,
        t.bp_total
    );
    assert!(
        t.false_collapses <= 1,
        "collapse precision fell: {} false of {}",
        t.false_collapses,
        t.collapsed
    );
    assert!(
        ratio(t.off_hit, t.off_total) >= 0.91,
        "official recall fell: {}/{}",
        t.off_hit,
        t.off_total
    );
    assert!(
        ratio(t.ment_hit, t.ment_total) >= 0.92,
        "mention recall fell: {}/{}",
        t.ment_hit,
        t.ment_total
    );
    assert!(
        t.mark_fp <= 1,
        "mark precision fell: {} false of {}",
        t.mark_fp,
        t.marks
    );
}
