//! Text read from the page itself, between the parser's events.
//!
//! For a whole page in UTF-8, the analyser takes no text from the parser: what lies
//! between two tokens it reports (start tags, end tags, comments, doctypes) is text,
//! and it is there in the page as written, so lol_html need not decode, copy and
//! hand it over chunk by chunk (a third of the parser's cost with a text handler).
//! Nor does it take end tags from the parser, whose handler for them is a closure
//! allocated for every element: they are in the gaps too, and the analyser closes
//! elements as lol_html does (`State::close_named`). Only the end tags of raw text
//! (a script's, a style's, a title's) are the parser's to find. The markup a gap can
//! hold, [`markup`] finds.

use std::ops::Range;

/// What markup [`markup`] found in a gap.
#[derive(Debug, PartialEq)]
pub(crate) enum Markup {
    /// An end tag, and the range of its name.
    EndTag(Range<usize>),
    /// Markup that is no token: `</>`, or a tag the end of the page cuts off. Not text.
    Tag,
    /// A CDATA section (in SVG or MathML): its text, which is not the page's prose.
    Cdata(Range<usize>),
}

/// The first markup in `gap[from..]`, a stretch between two reported tokens in which
/// the parser was reading data (not the raw text of a script, a style or a title),
/// and its range. Every other `<` there is a character of the text ("a < b").
pub(crate) fn markup(gap: &[u8], mut from: usize) -> Option<(Range<usize>, Markup)> {
    while let Some(k) = memchr::memchr(b'<', gap.get(from..)?) {
        let at = from + k;
        let rest = &gap[at + 1..];
        match rest {
            [b'/', b'>', ..] => return Some((at..at + 3, Markup::Tag)),
            [b'/', c, ..] if c.is_ascii_alphabetic() => {
                return Some(match tag_end(gap, at + 2) {
                    (end, Some(name)) => (at..end, Markup::EndTag(name)),
                    (end, None) => (at..end, Markup::Tag),
                });
            }
            [c, ..] if c.is_ascii_alphabetic() => {
                return Some((at..tag_end(gap, at + 1).0, Markup::Tag));
            }
            _ if rest.starts_with(b"![CDATA[") => {
                let text = at + 9;
                let end = (text..gap.len())
                    .find(|&e| gap[e..].starts_with(b"]]>"))
                    .unwrap_or(gap.len());
                return Some((at..(end + 3).min(gap.len()), Markup::Cdata(text..end)));
            }
            _ => from = at + 1,
        }
    }
    None
}

/// Where a tag that starts before `i` (just past its `<` or `</`) ends: after the
/// first `>` outside a quoted attribute value, as the HTML tokenizer reads it, or at
/// the end of the gap when none does; and the range of its name, if it ends.
fn tag_end(s: &[u8], mut i: usize) -> (usize, Option<Range<usize>>) {
    let start = i;
    let mut name = start..s.len();
    #[derive(Clone, Copy, PartialEq)]
    enum St {
        Name,
        BeforeAttribute,
        AttributeName,
        AfterAttributeName,
        BeforeValue,
        Unquoted,
    }
    let mut st = St::Name;
    while let Some(&c) = s.get(i) {
        let space = matches!(c, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ');
        if st == St::Name && (space || c == b'/' || c == b'>') {
            name.end = i;
        }
        if c == b'>' {
            return (i + 1, Some(name));
        }
        st = match st {
            St::Name | St::BeforeAttribute if space || c == b'/' => St::BeforeAttribute,
            St::Name => St::Name,
            // ("=" first is a character of the name.)
            St::BeforeAttribute => St::AttributeName,
            St::AttributeName | St::AfterAttributeName if c == b'=' => St::BeforeValue,
            St::AttributeName if space => St::AfterAttributeName,
            St::AttributeName if c == b'/' => St::BeforeAttribute,
            St::AttributeName => St::AttributeName,
            St::AfterAttributeName if space => St::AfterAttributeName,
            St::AfterAttributeName if c == b'/' => St::BeforeAttribute,
            St::AfterAttributeName => St::AttributeName,
            St::BeforeValue if space => St::BeforeValue,
            St::BeforeValue if c == b'"' || c == b'\'' => {
                match memchr::memchr(c, &s[i + 1..]) {
                    Some(k) => i += k + 1,
                    None => return (s.len(), None),
                }
                St::BeforeAttribute
            }
            St::BeforeValue => St::Unquoted,
            St::Unquoted if space => St::BeforeAttribute,
            St::Unquoted => St::Unquoted,
        };
        i += 1;
    }
    (s.len(), None)
}

/// A key for an element's name, the same for any case of its ASCII letters: the
/// letters and digits of a short name packed five bits each (no two such names share
/// one), longer or other names hashed, as lol_html tells tag names apart.
pub(crate) fn name_key(name: &[u8]) -> u64 {
    let mut packed: u64 = 0;
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut short = name.len() <= 12;
    for &b in name {
        let b = b.to_ascii_lowercase();
        hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        match b {
            b'a'..=b'z' => packed = (packed << 5) | u64::from(b - b'a' + 6),
            b'1'..=b'6' => packed = (packed << 5) | u64::from(b - b'1'),
            _ => short = false,
        }
    }
    if short { packed } else { hash | 1 << 63 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(gap: &str) -> Vec<(&str, Option<&str>)> {
        let mut out = Vec::new();
        let mut from = 0;
        while let Some((r, m)) = markup(gap.as_bytes(), from) {
            let text = match &m {
                Markup::Cdata(t) | Markup::EndTag(t) => Some(&gap[t.clone()]),
                Markup::Tag => None,
            };
            out.push((&gap[r.clone()], text));
            from = r.end;
        }
        out
    }

    #[test]
    fn unreported_markup_in_text() {
        assert_eq!(found("a < b, 1<2 and <3 or <!"), []);
        assert_eq!(
            found("a</p>b</>c</DIV\n>"),
            [
                ("</p>", Some("p")),
                ("</>", None),
                ("</DIV\n>", Some("DIV"))
            ]
        );
        assert_eq!(
            found(r#"x</p title=">" data-x='>' y=z>after"#),
            [(r#"</p title=">" data-x='>' y=z>"#, Some("p"))]
        );
        // A quote inside a name or an unquoted value opens nothing.
        assert_eq!(
            found("</p a\"b>c</q x=y\">d"),
            [("</p a\"b>", Some("p")), ("</q x=y\">", Some("q"))]
        );
        // "=" first in an attribute is a character of its name, not its value.
        assert_eq!(found("</p =\"x>y\">"), [("</p =\"x>", Some("p"))]);
        assert_eq!(found("</p a= >x"), [("</p a= >", Some("p"))]);
        assert_eq!(found("</my-el/>x"), [("</my-el/>", Some("my-el"))]);
        // Cut off by the end of the page.
        assert_eq!(found("text <a href=\"x>y"), [("<a href=\"x>y", None)]);
        assert_eq!(found("text </di"), [("</di", None)]);
        assert_eq!(found("text </p title='x>"), [("</p title='x>", None)]);
        assert_eq!(
            found("a<![CDATA[x<y]]>b<![CDATA[open"),
            [
                ("<![CDATA[x<y]]>", Some("x<y")),
                ("<![CDATA[open", Some("open"))
            ]
        );
    }

    #[test]
    fn names_are_told_apart_as_the_parser_does() {
        assert_eq!(name_key(b"div"), name_key(b"DiV"));
        assert_eq!(name_key(b"my-widget"), name_key(b"MY-Widget"));
        let names: [&[u8]; 9] = [
            b"a",
            b"b",
            b"h1",
            b"h6",
            b"ab",
            b"ba",
            b"my-widget",
            b"x",
            b"blockquoteab",
        ];
        for (i, a) in names.iter().enumerate() {
            for b in &names[i + 1..] {
                assert_ne!(name_key(a), name_key(b), "{a:?} {b:?}");
            }
        }
    }
}
