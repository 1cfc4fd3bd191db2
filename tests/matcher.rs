//! The phrase matcher (`unboil::matcher`) against `aho-corasick`'s leftmost-longest
//! search, and its whole-word variant against a naive search, on generated texts and
//! pattern sets.
#![cfg(not(target_arch = "wasm32"))]

use aho_corasick::{AhoCorasickBuilder, MatchKind};
use proptest::prelude::*;
use unboil::matcher::Patterns;

/// Few letters, so that patterns overlap and share prefixes often. The shortest
/// pattern of a set sets how far the search may skip: sets of short words check that
/// every position is tried, sets of longer ones that skipping passes no match.
fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::string::string_regex("[ab é-]{1,6}").unwrap(),
        proptest::string::string_regex("[ab é-]{3,9}").unwrap(),
        proptest::string::string_regex("[abcé-]{5,12}").unwrap(),
        proptest::string::string_regex("[aд×«中 ]{1,5}").unwrap(),
    ]
}

/// A pattern set of words of one kind.
fn patterns() -> impl Strategy<Value = Vec<String>> {
    prop_oneof![
        prop::collection::vec(
            proptest::string::string_regex("[ab é-]{1,6}").unwrap(),
            1..12
        ),
        prop::collection::vec(
            proptest::string::string_regex("[ab é-]{3,9}").unwrap(),
            1..12
        ),
        prop::collection::vec(word(), 1..12),
    ]
}

/// Texts with non-ASCII letters (two-byte Latin and Cyrillic, three-byte CJK) and
/// non-ASCII characters that are not alphanumeric (`×`, `«`, a combining mark).
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::string::string_regex("[abcé .-]{0,80}").unwrap(),
        proptest::string::string_regex("[abé дж×«\u{483}中 .-]{0,80}").unwrap(),
    ]
}

/// Longest pattern at each word start that also ends where a word does, left to
/// right, without overlap: what `find_whole_words` promises, written the slow and
/// obvious way.
fn naive_whole_words(patterns: &[String], hay: &str) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < hay.len() {
        let word_start = i == 0 || !hay[..i].chars().next_back().unwrap().is_alphanumeric();
        let word_end = |z: usize| !hay[z..].chars().next().is_some_and(char::is_alphanumeric);
        let best = patterns
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                word_start
                    && !p.is_empty()
                    && hay[i..].starts_with(p.as_str())
                    && word_end(i + p.len())
            })
            .fold(None::<(usize, usize)>, |b, (k, p)| match b {
                Some((_, len)) if len >= p.len() => b,
                _ => Some((k, p.len())),
            });
        match best {
            Some((k, len)) => {
                out.push((i, i + len, k));
                i += len;
            }
            None => i += hay[i..].chars().next().unwrap().len_utf8(),
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn same_matches_as_aho_corasick(patterns in patterns(), hay in text()) {
        let refs: Vec<&str> = patterns.iter().map(String::as_str).collect();
        let ours: Vec<_> = Patterns::new(&refs)
            .find_iter(&hay)
            .map(|m| (m.start, m.end, m.pattern))
            .collect();
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .unwrap();
        let theirs: Vec<_> = ac
            .find_iter(&hay)
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect();
        prop_assert_eq!(ours, theirs);
    }

    #[test]
    fn whole_words_as_the_naive_search(patterns in patterns(), hay in text()) {
        let refs: Vec<&str> = patterns.iter().map(String::as_str).collect();
        let ours: Vec<_> = Patterns::new(&refs)
            .find_whole_words(&hay)
            .map(|m| (m.start, m.end, m.pattern))
            .collect();
        prop_assert_eq!(ours, naive_whole_words(&patterns, &hay));
    }
}
