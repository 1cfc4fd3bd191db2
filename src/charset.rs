//! Which charset a page is in: a byte-order mark, then `<meta charset>` (or its
//! `http-equiv` form) in the first bytes, as browsers look for it.

use encoding_rs::Encoding;

/// How far into the page a `<meta>` charset is looked for (browsers use 1024 bytes;
/// real pages put it later often enough that a little more is kinder).
const PRESCAN: usize = 4096;

/// The encoding for a charset label ("utf-8", "windows-1251", "latin1"), if known.
pub fn encoding_for_label(label: &str) -> Option<&'static Encoding> {
    Encoding::for_label(label.trim().as_bytes())
}

/// The charset a page declares, or `None` when it declares none (callers then assume
/// UTF-8).
pub fn sniff_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    if let Some((enc, _)) = Encoding::for_bom(bytes) {
        return Some(enc);
    }
    let head = &bytes[..bytes.len().min(PRESCAN)];
    let lower: Vec<u8> = head.iter().map(|b| b.to_ascii_lowercase()).collect();
    let mut i = 0;
    while let Some(p) = find(&lower[i..], b"<meta") {
        let start = i + p;
        let end = lower[start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(c) = find(tag, b"charset") {
            let mut rest = &tag[c + 7..];
            rest = trim_start(rest);
            if rest.first() == Some(&b'=') {
                rest = trim_start(&rest[1..]);
                let rest = rest
                    .strip_prefix(b"\"")
                    .or_else(|| rest.strip_prefix(b"'"))
                    .unwrap_or(rest);
                let len = rest
                    .iter()
                    .position(|b| matches!(b, b'"' | b'\'' | b' ' | b';' | b'/' | b'>'))
                    .unwrap_or(rest.len());
                if let Some(enc) = Encoding::for_label(&rest[..len]) {
                    // NOTE: a page cannot really be UTF-16 if its ASCII meta tag was readable.
                    return Some(
                        if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
                            encoding_rs::UTF_8
                        } else {
                            enc
                        },
                    );
                }
            }
        }
        i = end.max(start + 1);
        if i >= lower.len() {
            break;
        }
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn trim_start(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &s[n..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_declared_charsets() {
        assert_eq!(
            sniff_charset(b"<meta charset=\"windows-1251\">"),
            Some(encoding_rs::WINDOWS_1251)
        );
        assert_eq!(
            sniff_charset(b"<META http-equiv=Content-Type content='text/html; charset=KOI8-R'>"),
            Some(encoding_rs::KOI8_R)
        );
        assert_eq!(
            sniff_charset(b"\xEF\xBB\xBF<p>hi"),
            Some(encoding_rs::UTF_8)
        );
        assert_eq!(sniff_charset(b"<p>no charset here</p>"), None);
        assert_eq!(
            sniff_charset(b"<meta charset=utf-16>"),
            Some(encoding_rs::UTF_8)
        );
    }
}
