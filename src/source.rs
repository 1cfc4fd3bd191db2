//! What the element handler reads of a start tag: its name and the attributes the
//! analyser wants. lol_html hands both out only as fresh `String`s, one allocation per
//! name and value; on a UTF-8 page they are read here from the input itself, through
//! the source locations lol_html gives, into buffers reused from tag to tag. Whatever
//! cannot be read that way (a tag longer than the window, another charset, bytes that
//! are not UTF-8) goes through lol_html's own accessors, with the same result.

use crate::engine::{TagInfo, intern};
use lol_html::html_content::Element;
use std::ops::Range;

/// Input kept before the slice being parsed: a start tag that began further back is
/// read through lol_html instead.
const KEEP: usize = 64 * 1024;

/// The most recent input, by absolute offset.
#[derive(Default)]
pub(crate) struct Window {
    bytes: Vec<u8>,
    /// Offset in the input of `bytes[0]`.
    base: usize,
}

impl Window {
    /// Appends the next slice of input, letting go of what lies more than `KEEP` bytes
    /// before it (in steps of `KEEP`: each byte is moved at most once).
    pub(crate) fn feed(&mut self, slice: &[u8]) {
        if self.bytes.len() >= 2 * KEEP {
            let cut = self.bytes.len() - KEEP;
            self.bytes.drain(..cut);
            self.base += cut;
        }
        self.bytes.extend_from_slice(slice);
    }

    fn get(&self, r: Range<usize>) -> Option<&[u8]> {
        let a = r.start.checked_sub(self.base)?;
        self.bytes.get(a..r.end.checked_sub(self.base)?)
    }
}

/// The attributes of one start tag that the analyser reads, lower-cased, in one buffer.
#[derive(Default)]
pub(crate) struct Attrs {
    text: String,
    /// Per attribute: where its name starts, where its value starts, where it ends.
    spans: Vec<[u32; 3]>,
}

impl Attrs {
    pub(crate) fn clear(&mut self) {
        self.text.clear();
        self.spans.clear();
    }

    fn push(&mut self, name: &str, value: &str) {
        let a = self.text.len();
        self.text.push_str(name);
        let b = self.text.len();
        self.text.push_str(value);
        self.text[a..].make_ascii_lowercase();
        self.spans
            .push([a as u32, b as u32, self.text.len() as u32]);
    }

    /// Each attribute as (name, value), both lower case.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.spans.iter().map(|&[a, b, z]| {
            (
                &self.text[a as usize..b as usize],
                &self.text[b as usize..z as usize],
            )
        })
    }
}

/// The interned tag of an element.
pub(crate) fn tag(win: &Window, utf8: bool, el: &Element<'_, '_>) -> TagInfo {
    // `<name`, then whitespace, `/` or `>`.
    let raw = utf8
        .then(|| win.get(el.source_location().bytes()))
        .flatten()
        .and_then(|t| {
            let t = t.strip_prefix(b"<")?;
            let n = t
                .iter()
                .position(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\x0c' | b'\r' | b'/' | b'>'))
                .unwrap_or(t.len());
            Some(&t[..n])
        });
    let mut buf = [0u8; 16];
    let info = match raw {
        Some(name) if !name.is_empty() && name.len() <= buf.len() && name.is_ascii() => {
            buf[..name.len()].copy_from_slice(name);
            buf[..name.len()].make_ascii_lowercase();
            // ASCII, so UTF-8.
            intern(std::str::from_utf8(&buf[..name.len()]).unwrap_or_default())
        }
        _ => intern(&el.tag_name()),
    };
    debug_check(info, el);
    info
}

/// Checks in debug builds that the input was read as lol_html reads it.
fn debug_check(info: TagInfo, el: &Element<'_, '_>) {
    debug_assert_eq!(info.name(), intern(&el.tag_name()).name());
}

/// Copies the attributes `wanted` accepts (by lower-case name) into `out`.
pub(crate) fn attributes(
    win: &Window,
    utf8: bool,
    el: &Element<'_, '_>,
    wanted: fn(&str) -> bool,
    out: &mut Attrs,
) {
    out.clear();
    let mut name_buf = [0u8; 48];
    for a in el.attributes() {
        let raw = utf8
            .then(|| {
                let n = win.get(a.name_source_location()?.bytes())?;
                let v = match a.value_source_location() {
                    Some(v) => std::str::from_utf8(win.get(v.bytes())?).ok()?,
                    None => "", // no value: `<div hidden>`
                };
                (n.len() <= name_buf.len() && n.is_ascii()).then_some((n, v))
            })
            .flatten();
        match raw {
            Some((n, v)) => {
                let name = &mut name_buf[..n.len()];
                name.copy_from_slice(n);
                name.make_ascii_lowercase();
                let name = std::str::from_utf8(name).unwrap_or_default();
                if wanted(name) {
                    out.push(name, v);
                }
            }
            None => {
                let name = a.name();
                if wanted(&name) {
                    out.push(&name, &a.value());
                }
            }
        }
    }
    #[cfg(debug_assertions)]
    {
        let mut slow = Attrs::default();
        for a in el.attributes() {
            if wanted(&a.name()) {
                slow.push(&a.name(), &a.value());
            }
        }
        debug_assert!(
            slow.iter().eq(out.iter()),
            "attributes read from the input differ"
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::{Options, Rewriter};

    /// Rewrites `html` written in pieces of `step` bytes; returns the collapse reasons.
    fn reasons(html: &[u8], step: usize, encoding: &'static encoding_rs::Encoding) -> Vec<String> {
        let mut out = Vec::new();
        let mut rw = Rewriter::new(Options::default(), encoding, |b: &[u8]| {
            out.extend_from_slice(b)
        })
        .expect("a rewriter");
        for piece in html.chunks(step) {
            rw.write(piece).expect("writes");
        }
        let report = rw.end().expect("ends");
        assert!(
            out.len() > html.len(),
            "the page came out, with the placeholder"
        );
        report.collapsed.into_iter().map(|c| c.reason).collect()
    }

    fn page(attrs: &str) -> Vec<u8> {
        format!(
            "<html><body><p>{story}</p><DIV {attrs}><h2>Get our newsletter</h2>\
             <p>Sign up for our free weekly newsletter in your inbox.</p>\
             <form><input type=email name=email><button>Subscribe</button></form></DIV>\
             <p>{story}</p></body></html>",
            story = "The council met on Tuesday to discuss the budget. ".repeat(8)
        )
        .into_bytes()
    }

    #[test]
    fn attributes_are_read_from_the_input_however_it_is_split() {
        // Upper case names, unquoted and empty values, a value that is not UTF-8.
        let mut html = page("CLASS=Newsletter-Box data-X hidden id=\"promo\" title=\"\u{e9}\"");
        let at = html
            .windows(2)
            .position(|w| w == "\u{e9}".as_bytes())
            .expect("é");
        html[at] = 0xff;
        let whole = reasons(&html, html.len(), encoding_rs::UTF_8);
        assert!(
            whole.iter().any(|r| r.contains("class~newsletter")),
            "{whole:?}"
        );
        for step in [1, 7, 64] {
            assert_eq!(
                reasons(&html, step, encoding_rs::UTF_8),
                whole,
                "step {step}"
            );
        }
    }

    #[test]
    fn a_tag_longer_than_the_window_is_read_through_the_parser() {
        // The class comes after 200 KB of another attribute: the tag began long before
        // the slice that ends it.
        let long = format!("data-blob=\"{}\" class=\"newsletter\"", "x".repeat(200_000));
        let html = page(&long);
        let reasons = reasons(&html, 4096, encoding_rs::UTF_8);
        assert!(
            reasons.iter().any(|r| r.contains("class~newsletter")),
            "{reasons:?}"
        );
    }

    #[test]
    fn other_charsets_are_read_through_the_parser() {
        let html =
            String::from_utf8(page("class=\"newsletter\" title=\"Рассылка\"")).expect("UTF-8");
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(&html);
        let reasons = reasons(&bytes, 100, encoding_rs::WINDOWS_1251);
        assert!(
            reasons.iter().any(|r| r.contains("class~newsletter")),
            "{reasons:?}"
        );
    }
}
