//! Text read from the page itself, between the parser's events.
//!
//! For a whole page in UTF-8, the analyser takes no text from the parser: what lies
//! between two tokens it reports (start tags, end tags, comments, doctypes) is text,
//! and it is there in the page as written, so lol_html need not decode, copy and
//! hand it over chunk by chunk (a third of the parser's cost with a text handler).
//! The only markup such a gap can hold is what the parser reports to no handler,
//! which [`markup`] finds.

use std::ops::Range;

/// What markup [`markup`] found in a gap.
#[derive(Debug, PartialEq)]
pub(crate) enum Markup {
    /// A tag no handler saw: an end tag that closes nothing the parser holds open
    /// (`</p>` after the paragraph was closed, `</br>`), `</>`, or a tag the end of the
    /// page cuts off. Not text.
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
                return Some((at..tag_end(gap, at + 2), Markup::Tag));
            }
            [c, ..] if c.is_ascii_alphabetic() => {
                return Some((at..tag_end(gap, at + 1), Markup::Tag));
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
/// the end of the gap when none does.
fn tag_end(s: &[u8], mut i: usize) -> usize {
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
        if c == b'>' {
            return i + 1;
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
                    None => return s.len(),
                }
                St::BeforeAttribute
            }
            St::BeforeValue => St::Unquoted,
            St::Unquoted if space => St::BeforeAttribute,
            St::Unquoted => St::Unquoted,
        };
        i += 1;
    }
    s.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(gap: &str) -> Vec<(&str, Option<&str>)> {
        let mut out = Vec::new();
        let mut from = 0;
        while let Some((r, m)) = markup(gap.as_bytes(), from) {
            let text = match &m {
                Markup::Cdata(t) => Some(&gap[t.clone()]),
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
        assert_eq!(found("a</p>b</>c"), [("</p>", None), ("</>", None)]);
        assert_eq!(
            found(r#"x</p title=">" data-x='>' y=z>after"#),
            [(r#"</p title=">" data-x='>' y=z>"#, None)]
        );
        // A quote inside a name or an unquoted value opens nothing.
        assert_eq!(
            found("</p a\"b>c</q x=y\">d"),
            [("</p a\"b>", None), ("</q x=y\">", None)]
        );
        // "=" first in an attribute is a character of its name, not its value.
        assert_eq!(found("</p =\"x>y\">"), [("</p =\"x>", None)]);
        assert_eq!(found("</p a= >x"), [("</p a= >", None)]);
        assert_eq!(found("</p a=/>x"), [("</p a=/>", None)]);
        // Cut off by the end of the page.
        assert_eq!(found("text <a href=\"x>y"), [("<a href=\"x>y", None)]);
        assert_eq!(found("text </di"), [("</di", None)]);
        assert_eq!(
            found("a<![CDATA[x<y]]>b<![CDATA[open"),
            [
                ("<![CDATA[x<y]]>", Some("x<y")),
                ("<![CDATA[open", Some("open"))
            ]
        );
    }
}
