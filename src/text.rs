//! Text as a reader sees it: character references decoded, whitespace runs collapsed.
//!
//! lol_html hands us text chunks exactly as they appear in the source (`&amp;` stays
//! five characters). Detection works on decoded, whitespace-normalised text, while
//! edits must land on the original bytes, so every normalised character keeps the
//! offset of the raw text it came from. Nothing here ever changes the page.

/// Whitespace as JavaScript's `\s` sees it, so that hashes of element text computed
/// here agree with those a content script computes from `textContent`.
///
/// Inlined for its ASCII test, which decides almost every call, even in the
/// WebAssembly build (optimised for size, it calls what it is not told to inline).
#[inline(always)]
pub fn is_js_space(c: char) -> bool {
    if c.is_ascii() {
        is_ascii_js_space(c as u8)
    } else {
        is_wide_js_space(c)
    }
}

/// The ASCII bytes among JavaScript's spaces: `\t` to `\r`, and the space.
#[inline(always)]
pub fn is_ascii_js_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

/// The bounds of `s` without its leading and trailing JavaScript spaces: bytes first
/// (a page's indentation is ASCII), characters only where a wide space may remain.
pub fn js_trimmed(s: &str) -> std::ops::Range<usize> {
    let b = s.as_bytes();
    let mut a = 0;
    while a < b.len() && is_ascii_js_space(b[a]) {
        a += 1;
    }
    let mut z = b.len();
    while z > a && is_ascii_js_space(b[z - 1]) {
        z -= 1;
    }
    if a < z && (b[a] >= 0x80 || b[z - 1] >= 0x80) {
        let rest = &s[a..z];
        let inner = rest.trim_start_matches(is_js_space);
        a += rest.len() - inner.len();
        z = a + inner.trim_end_matches(is_js_space).len();
    }
    a..z
}

/// Whether `s` starts (`at_end` false) or ends with a JavaScript space.
pub fn has_js_space_at(s: &str, at_end: bool) -> bool {
    let c = if at_end {
        s.chars().next_back()
    } else {
        s.chars().next()
    };
    c.is_some_and(is_js_space)
}

fn is_wide_js_space(c: char) -> bool {
    matches!(
        c,
        '\u{A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202F}'
                | '\u{205F}'
                | '\u{3000}'
                | '\u{FEFF}'
    )
}

/// Named character references that news pages actually use. Unknown names are left
/// as they are: detection then sees the raw reference, which costs at most a missed
/// phrase and never a wrong edit.
const NAMED: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{A0}'),
    ("shy", '\u{AD}'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("sbquo", '‚'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("bdquo", '„'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("hellip", '…'),
    ("middot", '·'),
    ("bull", '•'),
    ("copy", '©'),
    ("reg", '®'),
    ("trade", '™'),
    ("euro", '€'),
    ("pound", '£'),
    ("yen", '¥'),
    ("cent", '¢'),
    ("times", '×'),
    ("deg", '°'),
    ("thinsp", '\u{2009}'),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
    ("zwj", '\u{200D}'),
    ("zwnj", '\u{200C}'),
    ("aacute", 'á'),
    ("Aacute", 'Á'),
    ("agrave", 'à'),
    ("Agrave", 'À'),
    ("acirc", 'â'),
    ("atilde", 'ã'),
    ("auml", 'ä'),
    ("Auml", 'Ä'),
    ("aring", 'å'),
    ("ccedil", 'ç'),
    ("Ccedil", 'Ç'),
    ("eacute", 'é'),
    ("Eacute", 'É'),
    ("egrave", 'è'),
    ("Egrave", 'È'),
    ("ecirc", 'ê'),
    ("euml", 'ë'),
    ("iacute", 'í'),
    ("igrave", 'ì'),
    ("icirc", 'î'),
    ("iuml", 'ï'),
    ("ntilde", 'ñ'),
    ("Ntilde", 'Ñ'),
    ("oacute", 'ó'),
    ("Oacute", 'Ó'),
    ("ograve", 'ò'),
    ("ocirc", 'ô'),
    ("otilde", 'õ'),
    ("ouml", 'ö'),
    ("Ouml", 'Ö'),
    ("oslash", 'ø'),
    ("uacute", 'ú'),
    ("ugrave", 'ù'),
    ("ucirc", 'û'),
    ("uuml", 'ü'),
    ("Uuml", 'Ü'),
    ("szlig", 'ß'),
    ("yacute", 'ý'),
    ("yuml", 'ÿ'),
];

/// Decodes the character reference starting at `s[0] == '&'`, returning the decoded
/// character and the number of bytes it spans, or `None` when it is not one.
pub fn decode_reference(s: &str) -> Option<(char, usize)> {
    let b = s.as_bytes();
    if b.len() < 3 || b[0] != b'&' {
        return None;
    }
    if b[1] == b'#' {
        let (hex, start) = if b.len() > 2 && (b[2] == b'x' || b[2] == b'X') {
            (true, 3)
        } else {
            (false, 2)
        };
        let mut end = start;
        while end < b.len()
            && end - start < 8
            && (if hex {
                b[end].is_ascii_hexdigit()
            } else {
                b[end].is_ascii_digit()
            })
        {
            end += 1;
        }
        if end == start {
            return None;
        }
        let n = u32::from_str_radix(&s[start..end], if hex { 16 } else { 10 }).ok()?;
        let len = if end < b.len() && b[end] == b';' {
            end + 1
        } else {
            end
        };
        let c = match n {
            0 => '\u{FFFD}',
            // NOTE: the HTML spec maps C1 references to windows-1252; pages use &#146; for ’.
            0x80..=0x9F => windows_1252_c1(n),
            _ => char::from_u32(n).unwrap_or('\u{FFFD}'),
        };
        return Some((c, len));
    }
    let mut end = 1;
    while end < b.len() && end < 10 && b[end].is_ascii_alphanumeric() {
        end += 1;
    }
    if end >= b.len() || b[end] != b';' {
        return None;
    }
    let name = &s[1..end];
    NAMED
        .iter()
        .find(|(n, _)| *n == name)
        .map(|&(_, c)| (c, end + 1))
}

fn windows_1252_c1(n: u32) -> char {
    const C1: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    C1[(n - 0x80) as usize]
}

/// Decoded, whitespace-collapsed text with a map back to raw byte offsets.
///
/// `norm` never starts with a space and holds single spaces between words;
/// [`Normalized::raw_at`] gives the raw offset of the character at any char boundary
/// of `norm`. The map is sparse: text copied as it is shares one entry, and only a
/// collapsed space or a decoded reference starts a new one.
#[derive(Default, Debug)]
pub struct Normalized {
    /// The normalised text.
    pub norm: String,
    /// `(norm offset, raw offset)` where the distance between the two changes.
    map: Vec<(u32, u32)>,
    /// The last entry's raw offset minus its norm offset.
    delta: Option<i64>,
    pending_space: Option<u32>,
}

impl Normalized {
    /// Appends raw text that starts at `raw_base` in the raw stream. With `decode`,
    /// character references are decoded (data text); without, taken literally.
    pub fn push(&mut self, raw: &str, raw_base: usize, decode: bool) {
        let mut i = 0;
        let bytes = raw.as_bytes();
        self.norm.reserve(raw.len());
        while i < raw.len() {
            let b = bytes[i];
            // Fast path: a stretch of plain ASCII word characters, copied whole.
            if b < 0x80 && b != b'&' && !is_ascii_js_space(b) {
                let mut z = i + 1;
                while z < bytes.len()
                    && bytes[z] < 0x80
                    && bytes[z] != b'&'
                    && !is_ascii_js_space(bytes[z])
                {
                    z += 1;
                }
                if let Some(sp) = self.pending_space.take() {
                    self.anchor(sp);
                    self.norm.push(' ');
                }
                self.anchor((raw_base + i) as u32);
                self.norm.push_str(&raw[i..z]);
                i = z;
                continue;
            }
            if b < 0x80 && b != b'&' {
                self.push_char(b as char, (raw_base + i) as u32);
                i += 1;
                continue;
            }
            let (c, len) = if decode && b == b'&' {
                decode_reference(&raw[i..]).unwrap_or(('&', 1))
            } else {
                let c = raw[i..].chars().next().unwrap_or(' ');
                (c, c.len_utf8())
            };
            self.push_char(c, (raw_base + i) as u32);
            i += len;
        }
    }

    /// One decoded character that came from raw offset `at`.
    #[inline]
    fn push_char(&mut self, c: char, at: u32) {
        if is_js_space(c) {
            if !self.norm.is_empty() && self.pending_space.is_none() {
                self.pending_space = Some(at);
            }
            return;
        }
        if let Some(sp) = self.pending_space.take() {
            self.anchor(sp);
            self.norm.push(' ');
        }
        self.anchor(at);
        self.norm.push(c);
    }

    /// The next character of `norm` comes from raw offset `raw`.
    #[inline]
    fn anchor(&mut self, raw: u32) {
        let at = self.norm.len();
        let d = raw as i64 - at as i64;
        if self.delta != Some(d) {
            self.map.push((at as u32, raw));
            self.delta = Some(d);
        }
    }

    /// Forgets all text, keeping allocations.
    pub fn clear(&mut self) {
        self.norm.clear();
        self.map.clear();
        self.delta = None;
        self.pending_space = None;
    }

    /// Raw offset of the character starting at byte `i` of `norm` (a char boundary),
    /// or `u32::MAX` past the end.
    pub fn raw_at(&self, i: usize) -> u32 {
        if i >= self.norm.len() {
            return u32::MAX;
        }
        let k = self.map.partition_point(|&(n, _)| n as usize <= i);
        match k.checked_sub(1).map(|k| self.map[k]) {
            Some((n, raw)) => raw + (i as u32 - n),
            None => u32::MAX,
        }
    }
}

/// Appends the first `max` characters of `raw` as [`Normalized::push`] would give them
/// (references decoded, whitespace runs collapsed to one space, none leading), without
/// keeping a map and without reading further than it must. Returns how many
/// characters it appended.
pub fn push_collapsed(out: &mut String, raw: &str, max: usize) -> usize {
    let b = raw.as_bytes();
    let (mut i, mut n, mut space) = (0, 0, false);
    while i < b.len() && n < max {
        // A stretch of plain ASCII word characters is copied whole; anything else goes
        // a character at a time.
        let word = b[i..]
            .iter()
            .take(max - n)
            .take_while(|&&x| x < 0x80 && x != b'&' && !is_ascii_js_space(x))
            .count();
        let one = if word > 0 {
            None
        } else {
            let (c, len) = if b[i] == b'&' {
                decode_reference(&raw[i..]).unwrap_or(('&', 1))
            } else if b[i] < 0x80 {
                (b[i] as char, 1)
            } else {
                let c = raw[i..].chars().next().unwrap_or(' ');
                (c, c.len_utf8())
            };
            i += len;
            if is_js_space(c) {
                space = n > 0;
                continue;
            }
            Some(c)
        };
        if space {
            out.push(' ');
            n += 1;
            space = false;
            if n >= max {
                break;
            }
        }
        match one {
            Some(c) => {
                out.push(c);
                n += 1;
            }
            None => {
                let word = word.min(max - n);
                out.push_str(&raw[i..i + word]);
                n += word;
                i += word;
            }
        }
    }
    n
}

/// Appends `s` in lower case, character by character (apostrophes folded, see
/// [`push_lower_char`]); returns whether any character was upper case.
pub fn push_lowercase(out: &mut String, s: &str) -> bool {
    let mut upper = false;
    let mut rest = s;
    while !rest.is_empty() {
        let ascii = rest.bytes().take_while(u8::is_ascii).count();
        if ascii > 0 {
            let a = out.len();
            out.push_str(&rest[..ascii]);
            upper |= out.as_bytes()[a..].iter().any(u8::is_ascii_uppercase);
            out[a..].make_ascii_lowercase();
            rest = &rest[ascii..];
        }
        let mut chars = rest.chars();
        if let Some(c) = chars.next() {
            upper |= c.is_uppercase();
            push_lower_char(out, c);
            rest = chars.as_str();
        }
    }
    upper
}

/// Appends a non-ASCII character lower-cased, with the typographic apostrophes folded
/// to `'`: the phrase tables write "lettre d'information", pages mostly "d’information".
pub fn push_lower_char(out: &mut String, c: char) {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' => out.push('\''),
        _ => out.extend(c.to_lowercase()),
    }
}

/// Whether any character of `s` is upper case.
pub fn has_uppercase(s: &str) -> bool {
    let ascii = s.bytes().take_while(u8::is_ascii).count();
    s.as_bytes()[..ascii].iter().any(u8::is_ascii_uppercase)
        || s[ascii..].chars().any(char::is_uppercase)
}

/// The length in UTF-16 code units (a JavaScript string's length) of UTF-8 text: one
/// for each character, two for one past U+FFFF: a byte counts unless it continues a
/// character (`10xxxxxx`); one that starts a four-byte character (`11110xxx`) counts
/// twice. Eight bytes at a time: it runs over whole pages (a string's insertions).
pub fn utf16_len(b: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut words = b.chunks_exact(8);
    let mut n = 0;
    for w in &mut words {
        let x = u64::from_le_bytes(<[u8; 8]>::try_from(w).unwrap_or_default());
        // The top bit of each byte, shifted: `10` above marks a continuation byte,
        // `1111` a four-byte start.
        let continuing = x & !(x << 1) & HIGH;
        let four = x & (x << 1) & (x << 2) & (x << 3) & HIGH;
        n += 8 - continuing.count_ones() as usize + four.count_ones() as usize;
    }
    n + words
        .remainder()
        .iter()
        .map(|&c| usize::from(c & 0xC0 != 0x80) + usize::from(c >= 0xF0))
        .sum::<usize>()
}

/// FNV-1a over Unicode scalar values: the check a plan carries for each element, cheap
/// to compute the same way in JavaScript.
pub fn fnv1a(text: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for c in text.chars() {
        h ^= c as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// Escapes text for use inside a double-quoted attribute value or as element text:
/// quotes, angle brackets, ampersands and control characters can never break out.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A JavaScript string's length, for every piece of text that mixes one-, two-,
    /// three- and four-byte characters at every alignment.
    #[test]
    fn utf16_len_is_a_javascript_strings_length() {
        let text = "Plain words, then Ärzte, Путин, 習近平 and 𝔘𝔫𝔟𝔬𝔦𝔩 😀: mixed \u{10FFFF}é\u{80}.";
        for (end, _) in text.char_indices().chain([(text.len(), ' ')]) {
            for (start, _) in text[..end].char_indices() {
                let s = &text[start..end];
                assert_eq!(utf16_len(s.as_bytes()), s.encode_utf16().count(), "{s:?}");
            }
        }
    }

    /// Exactly JavaScript's `\s`: WhiteSpace and LineTerminator of ECMA-262 (Zs
    /// included), checked over every scalar value.
    #[test]
    fn js_space_is_javascripts() {
        let js: Vec<u32> = [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0x1680]
            .into_iter()
            .chain(0x2000..=0x200A)
            .chain([0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF])
            .collect();
        let ours: Vec<u32> = (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| is_js_space(c))
            .map(u32::from)
            .collect();
        assert_eq!(ours, js);
    }

    #[test]
    fn js_trimmed_is_trim_matches() {
        for s in [
            "",
            " ",
            "\n  Joe Biden\n    ",
            "Biden",
            "\u{A0}Biden\u{2009} ",
            " \u{A0} x \u{3000}",
            "\u{A0}",
            "  \u{FEFF}  ",
            "é ",
            " é",
            "\u{0B}x\u{0C}",
        ] {
            let want = s.trim_matches(is_js_space);
            let r = js_trimmed(s);
            assert_eq!(&s[r.clone()], want, "{s:?}");
            if !want.is_empty() {
                let start = s.len() - s.trim_start_matches(is_js_space).len();
                assert_eq!(r.start, start, "{s:?}");
            }
            assert_eq!(
                has_js_space_at(s, false),
                s.starts_with(is_js_space),
                "{s:?}"
            );
            assert_eq!(has_js_space_at(s, true), s.ends_with(is_js_space), "{s:?}");
        }
    }

    #[test]
    fn decodes_references() {
        assert_eq!(decode_reference("&amp;x"), Some(('&', 5)));
        assert_eq!(decode_reference("&#8217;s"), Some(('’', 7)));
        assert_eq!(decode_reference("&#x41;"), Some(('A', 6)));
        assert_eq!(decode_reference("&#146;"), Some(('’', 6)));
        assert_eq!(decode_reference("&eacute;"), Some(('é', 8)));
        assert_eq!(decode_reference("&bogus;"), None);
        assert_eq!(decode_reference("& then"), None);
    }

    #[test]
    fn normalises_and_maps_back() {
        let mut n = Normalized::default();
        n.push("  Foo&nbsp; &amp;\n", 0, true);
        n.push("bar", 100, true);
        assert_eq!(n.norm, "Foo & bar");
        assert_eq!(n.raw_at(0), 2);
        assert_eq!(n.raw_at(4), 12);
        assert_eq!(n.raw_at(5), 17);
        assert_eq!(n.raw_at(6), 100);
        assert_eq!(n.raw_at(9), u32::MAX);
    }

    #[test]
    fn sparse_map_finds_every_character() {
        // raw:  "«Путин»&nbsp;&rsquo;s\n  x&amp;y"
        let raw = "«Путин»&nbsp;&rsquo;s\n  x&amp;y";
        let mut n = Normalized::default();
        n.push(raw, 7, true);
        assert_eq!(n.norm, "«Путин» ’s x&y");
        let want = [
            ("«", 0),
            ("П", 2),
            ("у", 4),
            ("н", 10),
            ("»", 12),
            (" ", 14),
            ("’", 20),
            ("s", 27),
            (" ", 28),
            ("x", 31),
            ("&", 32),
            ("y", 37),
        ];
        let mut from = 0;
        for (c, at) in want {
            let i = from + n.norm[from..].find(c).unwrap();
            assert_eq!(n.raw_at(i), 7 + at, "{c} at {i}");
            from = i + c.len();
        }
    }

    #[test]
    fn collapses_a_prefix_as_normalized_does() {
        for raw in [
            "  Foo&nbsp; &amp;\n bar  ",
            "Пожертвуйте   сейчас",
            "a",
            "   ",
            "x &bogus; y&#8217;s",
            "Sign\u{0B}up\u{0C}today\tfor our\r\nnewsletter, it's free!",
            "word\u{A0}\u{2009}wide — spaces",
        ] {
            let mut n = Normalized::default();
            n.push(raw, 0, true);
            for max in 0..30 {
                let mut out = String::new();
                let got = push_collapsed(&mut out, raw, max);
                let want: String = n.norm.chars().take(max).collect();
                assert_eq!(out, want, "{raw:?} {max}");
                assert_eq!(got, want.chars().count());
            }
        }
    }

    #[test]
    fn lower_cases_and_spots_capitals() {
        for s in [
            "Foreign Minister",
            "plain words",
            "«Путин» сказал",
            "über ÄRGER",
            "",
        ] {
            let mut out = String::from("x");
            let upper = push_lowercase(&mut out, s);
            let want: String = s.chars().flat_map(char::to_lowercase).collect();
            assert_eq!(out, format!("x{want}"));
            assert_eq!(upper, s.chars().any(char::is_uppercase), "{s}");
            assert_eq!(has_uppercase(s), upper, "{s}");
        }
    }

    #[test]
    fn escapes_everything_that_could_break_out() {
        assert_eq!(
            escape_html("a\"b<c>&'\u{1}"),
            "a&quot;b&lt;c&gt;&amp;&#39; "
        );
    }
}
