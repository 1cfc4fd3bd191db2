//! The WebAssembly build: its API surface, and parity with the native build on the
//! fixture pages (the expected outputs are the native ones). Run by
//! `wasm-pack test --node` and in browsers by `wasm-pack test --headless --chrome --firefox`.
#![cfg(target_arch = "wasm32")]

use js_sys::{Reflect, Uint8Array};
use unboil::wasm::{Cleaner, clean, plan};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

const FIXTURES: &[(&str, &[u8], &[u8])] = &[
    (
        "appeal-shapes",
        include_bytes!("fixtures/appeal-shapes/input.html"),
        include_bytes!("fixtures/appeal-shapes/expected.html"),
    ),
    (
        "article-about-donations",
        include_bytes!("fixtures/article-about-donations/input.html"),
        include_bytes!("fixtures/article-about-donations/expected.html"),
    ),
    (
        "briefs-beside-appeals",
        include_bytes!("fixtures/briefs-beside-appeals/input.html"),
        include_bytes!("fixtures/briefs-beside-appeals/expected.html"),
    ),
    (
        "escaping",
        include_bytes!("fixtures/escaping/input.html"),
        include_bytes!("fixtures/escaping/expected.html"),
    ),
    (
        "first-person-calls-to-action",
        include_bytes!("fixtures/first-person-calls-to-action/input.html"),
        include_bytes!("fixtures/first-person-calls-to-action/expected.html"),
    ),
    (
        "form-and-link-variants",
        include_bytes!("fixtures/form-and-link-variants/input.html"),
        include_bytes!("fixtures/form-and-link-variants/expected.html"),
    ),
    (
        "forms-that-are-not-sign-ups",
        include_bytes!("fixtures/forms-that-are-not-sign-ups/input.html"),
        include_bytes!("fixtures/forms-that-are-not-sign-ups/expected.html"),
    ),
    (
        "heading-before-appeal",
        include_bytes!("fixtures/heading-before-appeal/input.html"),
        include_bytes!("fixtures/heading-before-appeal/expected.html"),
    ),
    (
        "multilingual-appeals",
        include_bytes!("fixtures/multilingual-appeals/input.html"),
        include_bytes!("fixtures/multilingual-appeals/expected.html"),
    ),
    (
        "news-about-a-fundraiser",
        include_bytes!("fixtures/news-about-a-fundraiser/input.html"),
        include_bytes!("fixtures/news-about-a-fundraiser/expected.html"),
    ),
    (
        "news-list-with-a-sign-up",
        include_bytes!("fixtures/news-list-with-a-sign-up/input.html"),
        include_bytes!("fixtures/news-list-with-a-sign-up/expected.html"),
    ),
    (
        "navigation-links",
        include_bytes!("fixtures/navigation-links/input.html"),
        include_bytes!("fixtures/navigation-links/expected.html"),
    ),
    (
        "quoted-appeals",
        include_bytes!("fixtures/quoted-appeals/input.html"),
        include_bytes!("fixtures/quoted-appeals/expected.html"),
    ),
    (
        "seed-hashed-classes",
        include_bytes!("fixtures/seed-hashed-classes/input.html"),
        include_bytes!("fixtures/seed-hashed-classes/expected.html"),
    ),
    (
        "short-appeals",
        include_bytes!("fixtures/short-appeals/input.html"),
        include_bytes!("fixtures/short-appeals/expected.html"),
    ),
    (
        "windows-1251",
        include_bytes!("fixtures/windows-1251/input.html"),
        include_bytes!("fixtures/windows-1251/expected.html"),
    ),
];

/// A fixture by name: its input and its expected (native) output.
fn fixture(name: &str) -> (&'static [u8], &'static [u8]) {
    let (_, input, expected) = FIXTURES
        .iter()
        .find(|f| f.0 == name)
        .unwrap_or_else(|| panic!("no fixture {name}"));
    (input, expected)
}

fn get(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &JsValue::from_str(key)).unwrap()
}

fn bytes(v: &JsValue) -> Vec<u8> {
    assert!(
        v.is_instance_of::<Uint8Array>(),
        "expected bytes, got {v:?}"
    );
    Uint8Array::new(v).to_vec()
}

fn message(e: JsError) -> String {
    let v: JsValue = e.into();
    js_sys::Error::from(v).message().into()
}

fn opts(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap()
}

#[wasm_bindgen_test]
fn parity_with_native_on_every_fixture() {
    for (name, input, expected) in FIXTURES {
        let out = clean(Uint8Array::from(*input).into(), JsValue::UNDEFINED).unwrap();
        assert!(
            bytes(&get(&out, "html")) == *expected,
            "{name}: wasm output differs from native"
        );
    }
}

#[wasm_bindgen_test]
fn results_stringify_as_the_native_json() {
    for (name, input, _) in FIXTURES {
        let enc = unboil::sniff_charset(input).unwrap_or(encoding_rs::UTF_8);
        // What the wasm build does with bytes of no declared charset.
        let options = unboil::Options {
            ascii_insertions: unboil::sniff_charset(input).is_none(),
            ..Default::default()
        };
        let native = unboil::plan(input, &options, enc).unwrap();
        let rewritten = unboil::rewrite(input, &options, enc).unwrap();
        let ours = plan(Uint8Array::from(*input).into(), JsValue::UNDEFINED).unwrap();
        let json = |v: &JsValue| String::from(js_sys::JSON::stringify(v).unwrap());
        assert_eq!(
            json(&ours),
            serde_json::to_string(&native).unwrap(),
            "{name}: plan"
        );
        let cleaned = clean(Uint8Array::from(*input).into(), JsValue::UNDEFINED).unwrap();
        assert_eq!(
            json(&get(&cleaned, "report")),
            serde_json::to_string(&rewritten.report).unwrap(),
            "{name}: report"
        );
    }
}

#[wasm_bindgen_test]
fn strings_in_strings_out_with_a_camel_case_report() {
    let page = std::str::from_utf8(fixture("seed-hashed-classes").0).unwrap();
    let out = clean(JsValue::from_str(page), JsValue::UNDEFINED).unwrap();
    let html = get(&out, "html").as_string().unwrap();
    assert_eq!(html.as_bytes(), fixture("seed-hashed-classes").1);
    let report = get(&out, "report");
    assert_eq!(js_sys::Array::from(&get(&report, "collapsed")).length(), 4);
    let first = js_sys::Array::from(&get(&report, "officials")).get(0);
    assert_eq!(get(&first, "name").as_string().unwrap(), "Sergei Lavrov");
    assert_eq!(get(&first, "role").as_string().unwrap(), "Foreign Minister");
    assert!(
        get(&get(&report, "stats"), "peakHeldBytes")
            .as_f64()
            .unwrap()
            > 0.0
    );
}

#[wasm_bindgen_test]
fn strings_in_strings_out_on_every_utf8_fixture() {
    let mut pages = 0;
    for (name, input, expected) in FIXTURES {
        if unboil::sniff_charset(input).is_some_and(|e| e != encoding_rs::UTF_8) {
            continue; // a page in another charset comes as bytes
        }
        let page = std::str::from_utf8(input).unwrap();
        let out = clean(JsValue::from_str(page), JsValue::UNDEFINED).unwrap();
        let html = get(&out, "html").as_string().unwrap();
        assert!(
            html.as_bytes() == *expected,
            "{name}: string output differs"
        );
        pages += 1;
    }
    assert!(pages >= 10, "only {pages} UTF-8 fixtures");
}

/// The UTF-16 code units of a JS string.
fn units(s: &js_sys::JsString) -> Vec<u16> {
    (0..s.length()).map(|i| s.char_code_at(i) as u16).collect()
}

#[wasm_bindgen_test]
fn a_string_keeps_astral_characters_and_lone_surrogates_where_they_were() {
    // Two code units for one character before and after the official, and a lone
    // surrogate (which no UTF-8 can hold) in the text: the marks go where the native
    // build puts them, and the page's own code units come back unchanged.
    let head = "<p>\u{1F600} Foreign Minister Sergei Lavrov said \u{1F30D} ";
    let tail = " that.</p><div class=\"newsletter\"><h3>Our newsletter</h3><p>Sign up for our \
                free weekly newsletter.</p><form><input type=\"email\"><button>Subscribe</button>\
                </form></div>";
    let page = js_sys::JsString::from(head)
        .concat(&js_sys::JsString::from_char_code1(0xD800))
        .concat(&JsValue::from_str(tail));
    let out = clean(page.into(), JsValue::UNDEFINED).unwrap();
    let html = js_sys::JsString::from(get(&out, "html"));
    // Natively, from the same text with U+FFFD where the lone surrogate is.
    let native = unboil::rewrite(
        format!("{head}\u{FFFD}{tail}").as_bytes(),
        &unboil::Options::default(),
        encoding_rs::UTF_8,
    )
    .unwrap();
    let mut expected: Vec<u16> = String::from_utf8(native.html)
        .unwrap()
        .encode_utf16()
        .collect();
    assert!(native.report.stats.marks > 0 && !native.report.collapsed.is_empty());
    let at = expected.iter().position(|&u| u == 0xFFFD).unwrap();
    expected[at] = 0xD800;
    assert_eq!(units(&html), expected);
}

#[wasm_bindgen_test]
fn options_switch_parts_off_and_bad_options_are_errors() {
    let page = JsValue::from_str(std::str::from_utf8(fixture("seed-hashed-classes").0).unwrap());
    let out = clean(page.clone(), opts(r#"{"collapse": false}"#)).unwrap();
    let html = get(&out, "html").as_string().unwrap();
    assert!(!html.contains("data-unboil-collapsed") && html.contains("<mark"));
    let out = clean(page.clone(), opts(r#"{"officials": false, "ui": false}"#)).unwrap();
    let html = get(&out, "html").as_string().unwrap();
    assert!(
        html.contains("data-unboil-collapsed")
            && !html.contains("<mark")
            && !html.contains("data-unboil-ui")
    );
    // The seed page has three donation appeals and a newsletter box.
    let kinds = |o: &str| -> Vec<String> {
        let out = clean(page.clone(), opts(o)).unwrap();
        let collapsed = js_sys::Array::from(&get(&get(&out, "report"), "collapsed"));
        collapsed
            .iter()
            .map(|c| get(&c, "kind").as_string().unwrap())
            .collect()
    };
    assert_eq!(kinds(r#"{"donation": false}"#), ["newsletter"]);
    assert_eq!(kinds(r#"{"newsletter": false}"#), ["donation"; 3]);
    let err = clean(page.clone(), opts(r#"{"colapse": false}"#)).unwrap_err();
    assert!(message(err).starts_with("bad options"));
    let err = clean(page.clone(), opts(r#"{"collapse": "no"}"#)).unwrap_err();
    assert_eq!(
        message(err),
        "bad options: 'collapse' must be true or false"
    );
    let err = clean(page.clone(), opts(r#"{"holdCap": -1}"#)).unwrap_err();
    assert_eq!(
        message(err),
        "bad options: 'holdCap' must be a whole number of bytes"
    );
    let err = clean(page.clone(), opts(r#"{"charset": 1251}"#)).unwrap_err();
    assert_eq!(message(err), "bad options: 'charset' must be a string");
    let err = clean(JsValue::from_f64(3.0), JsValue::UNDEFINED).unwrap_err();
    assert_eq!(
        message(err),
        "expected the page as a string or a Uint8Array"
    );
    let err = clean(
        Uint8Array::from(&b"<p>x</p>"[..]).into(),
        opts(r#"{"charset": "klingon"}"#),
    )
    .unwrap_err();
    assert_eq!(message(err), "unknown charset 'klingon'");
}

#[wasm_bindgen_test]
fn bytes_of_no_declared_charset_get_ascii_insertions() {
    let page = "<p>Министр иностранных дел Сергей Лавров сказал.</p>";
    let out = clean(Uint8Array::from(page.as_bytes()).into(), JsValue::UNDEFINED).unwrap();
    let html = String::from_utf8(bytes(&get(&out, "html"))).unwrap();
    assert!(html.contains("data-unboil-official=\"&#1057;"), "{html}");
    assert!(html.contains(">Сергей Лавров</mark>"));
    // A JS string is Unicode: nothing to guess.
    let out = clean(JsValue::from_str(page), JsValue::UNDEFINED).unwrap();
    let html = get(&out, "html").as_string().unwrap();
    assert!(
        html.contains("data-unboil-official=\"Сергей Лавров\""),
        "{html}"
    );
}

#[wasm_bindgen_test]
fn plan_gives_actions() {
    let page = JsValue::from_str(std::str::from_utf8(fixture("seed-hashed-classes").0).unwrap());
    let p = plan(page, JsValue::UNDEFINED).unwrap();
    let actions = js_sys::Array::from(&get(&p, "actions"));
    let ops: Vec<String> = actions
        .iter()
        .map(|a| get(&a, "op").as_string().unwrap())
        .collect();
    assert_eq!(ops.iter().filter(|o| *o == "collapse").count(), 4);
    assert!(ops.iter().filter(|o| *o == "mark").count() >= 10);
    let c = actions
        .iter()
        .find(|a| get(a, "op").as_string().unwrap() == "collapse")
        .unwrap();
    assert!(get(&get(&c, "check"), "textHash").as_f64().is_some());
}

#[wasm_bindgen_test]
fn streaming_bytes_in_odd_chunks_matches_the_whole() {
    for (name, input, expected) in FIXTURES {
        for size in [1usize, 7, 13, 4096] {
            let mut c = Cleaner::new(JsValue::UNDEFINED).unwrap();
            let mut got = Vec::new();
            let (mut fed, mut out) = (0usize, 0f64);
            for chunk in input.chunks(size) {
                got.extend(bytes(&c.write(Uint8Array::from(chunk).into()).unwrap()));
                fed += chunk.len();
                // What a caller failing open relies on: never past the input, never back.
                let now = c.page_bytes_out();
                assert!(
                    now >= out && now <= fed as f64,
                    "{name}: pageBytesOut {now}"
                );
                out = now;
            }
            got.extend(bytes(&get(&c.end().unwrap(), "html")));
            assert!(
                got == *expected,
                "{name}: streamed in {size}-byte chunks differs"
            );
        }
    }
}

#[wasm_bindgen_test]
fn streaming_strings_and_a_declared_charset() {
    let page = std::str::from_utf8(fixture("multilingual-appeals").0).unwrap();
    let mut c = Cleaner::new(JsValue::UNDEFINED).unwrap();
    let mut got = String::new();
    let chars: Vec<char> = page.chars().collect();
    for piece in chars.chunks(5) {
        got.push_str(
            &c.write(JsValue::from_str(&piece.iter().collect::<String>()))
                .unwrap()
                .as_string()
                .unwrap(),
        );
    }
    got.push_str(&get(&c.end().unwrap(), "html").as_string().unwrap());
    assert_eq!(got.as_bytes(), fixture("multilingual-appeals").1);
    // windows-1251 bytes, named explicitly.
    let mut c = Cleaner::new(opts(r#"{"charset": "windows-1251"}"#)).unwrap();
    let mut got = bytes(
        &c.write(Uint8Array::from(fixture("windows-1251").0).into())
            .unwrap(),
    );
    got.extend(bytes(&get(&c.end().unwrap(), "html")));
    assert!(got == fixture("windows-1251").1);
}

#[wasm_bindgen_test]
fn cleaner_misuse_is_an_error_not_a_panic() {
    let mut c = Cleaner::new(JsValue::UNDEFINED).unwrap();
    c.write(JsValue::from_str("<p>a</p>")).unwrap();
    let err = c
        .write(Uint8Array::from(&b"<p>b</p>"[..]).into())
        .unwrap_err();
    assert_eq!(message(err), "chunks must all be strings or all be bytes");
    c.end().unwrap();
    let err = c.end().unwrap_err();
    assert_eq!(
        message(err),
        "nothing was written, or this cleaner has ended"
    );
    let err = c.write(JsValue::from_str("<p>c</p>")).unwrap_err();
    assert_eq!(message(err), "this cleaner has ended");
}
