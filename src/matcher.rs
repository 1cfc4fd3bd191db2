//! A small multi-pattern matcher: the phrase and attribute tables are a few hundred
//! short strings, searched in short texts. A byte trie walked from each position finds
//! the leftmost, then longest match, as `aho-corasick`'s leftmost-longest mode does,
//! in a fraction of that crate's code: the WebAssembly build is downloaded by every
//! reader. Positions where no pattern can start are skipped several bytes at a time,
//! as in Wu and Manber's multi-pattern search; in the whole-word search, word by word.

const NONE: u32 = u32::MAX;

/// Slots of the shift table: pairs of bytes hashed to 12 bits.
const SLOTS: usize = 4096;

fn slot(a: u8, b: u8) -> usize {
    ((a as usize) << 5 ^ b as usize) % SLOTS
}

/// A set of patterns, searched for leftmost-longest, non-overlapping matches.
pub struct Patterns {
    /// Node reached from the root by each first byte.
    root: Box<[u32; 256]>,
    /// Per node: its pattern (or `NONE`) and its edges, `edges[first..first + len]`.
    nodes: Vec<Node>,
    /// Edges sorted by byte within each node.
    edges: Vec<(u8, u32)>,
    /// The length of the shortest pattern (at most 64): every match covers a window of
    /// this many bytes from its start.
    window: usize,
    /// For the last two bytes of a window (hashed), how far the window may move on
    /// without passing the start of a match: 0 when those bytes end the window of some
    /// pattern, `window - 1` when they occur in none. Most of a text is passed over here,
    /// without walking the trie.
    shift: Box<[u8; SLOTS]>,
}

#[derive(Clone, Copy)]
struct Node {
    /// Bit `b % 64` set for each edge byte `b`: most lookups fail, and fail here.
    mask: u64,
    pattern: u32,
    first: u32,
    len: u32,
}

/// A match: byte range in the haystack and the pattern's index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match {
    /// Start byte.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// Index of the pattern, in the order given to [`Patterns::new`]. Of equal
    /// patterns, the first.
    pub pattern: usize,
}

impl Patterns {
    /// Builds the set. Empty patterns never match.
    pub fn new(patterns: &[&str]) -> Patterns {
        // A trie with child lists, flattened below.
        let mut kids: Vec<Vec<(u8, u32)>> = vec![Vec::new()];
        let mut pats: Vec<u32> = vec![NONE];
        for (p, pat) in patterns.iter().enumerate() {
            if pat.is_empty() {
                continue;
            }
            let mut node = 0usize;
            for &b in pat.as_bytes() {
                node = match kids[node].iter().find(|(k, _)| *k == b) {
                    Some(&(_, n)) => n as usize,
                    None => {
                        let n = kids.len();
                        kids.push(Vec::new());
                        pats.push(NONE);
                        kids[node].push((b, n as u32));
                        n
                    }
                };
            }
            if pats[node] == NONE {
                pats[node] = p as u32;
            }
        }
        let mut root = Box::new([NONE; 256]);
        for &(b, n) in &kids[0] {
            root[b as usize] = n;
        }
        let window = patterns
            .iter()
            .map(|p| p.len())
            .filter(|&n| n > 0)
            .min()
            .unwrap_or(1)
            .min(64);
        // (With one-byte patterns, every position is a candidate.)
        let mut shift = Box::new([window.saturating_sub(1) as u8; SLOTS]);
        for p in patterns
            .iter()
            .map(|p| p.as_bytes())
            .filter(|p| !p.is_empty())
        {
            for (q, w) in p[..window].windows(2).enumerate() {
                let s = &mut shift[slot(w[0], w[1])];
                *s = (*s).min((window - 2 - q) as u8);
            }
        }
        let mut nodes = Vec::with_capacity(kids.len());
        let mut edges = Vec::new();
        for (mut k, pattern) in kids.into_iter().zip(pats) {
            // Insertion sort: a node has few edges, and it keeps a general sort's
            // code out of the wasm module.
            for i in 1..k.len() {
                let mut j = i;
                while j > 0 && k[j - 1].0 > k[j].0 {
                    k.swap(j - 1, j);
                    j -= 1;
                }
            }
            nodes.push(Node {
                mask: k.iter().fold(0, |m, (b, _)| m | 1 << (b % 64)),
                pattern,
                first: edges.len() as u32,
                len: k.len() as u32,
            });
            edges.extend(k);
        }
        Patterns {
            root,
            nodes,
            edges,
            window,
            shift,
        }
    }

    #[inline]
    fn child(&self, node: u32, b: u8) -> u32 {
        let n = self.nodes[node as usize];
        if n.mask & 1 << (b % 64) == 0 {
            return NONE;
        }
        let edges = &self.edges[n.first as usize..(n.first + n.len) as usize];
        edges
            .iter()
            .find(|(k, _)| *k >= b)
            .filter(|(k, _)| *k == b)
            .map_or(NONE, |&(_, c)| c)
    }

    /// The longest pattern starting at `i` (with `whole_words`, the longest that ends
    /// where a word does): its end and index.
    #[inline]
    fn longest_at(&self, text: &str, i: usize, whole_words: bool) -> Option<(usize, u32)> {
        let hay = text.as_bytes();
        let mut node = self.root[hay[i] as usize];
        let mut best = None;
        let mut j = i + 1;
        while node != NONE {
            let p = self.nodes[node as usize].pattern;
            if p != NONE && !(whole_words && next_is_alphanumeric(text, j)) {
                best = Some((j, p));
            }
            if j >= hay.len() {
                break;
            }
            node = self.child(node, hay[j]);
            j += 1;
        }
        best
    }

    /// Leftmost-longest, non-overlapping matches, left to right.
    pub fn find_iter<'h>(&'h self, hay: &'h str) -> impl Iterator<Item = Match> + 'h {
        self.search(hay)
    }

    /// Like [`Patterns::find_iter`], but for whole words: a match starts where a word
    /// does (at the start of the text or after a character that is not alphanumeric)
    /// and ends where one does. At each start the longest such pattern wins, so a
    /// longer pattern cut off mid-word ("unterstützen sie uns" in "unterstützen sie
    /// unsere") leaves the shorter one whole ("unterstützen sie").
    pub fn find_whole_words<'h>(&'h self, hay: &'h str) -> impl Iterator<Item = Match> + 'h {
        let b = hay.as_bytes();
        let mut i = 0;
        // Whether the character before `i` is alphanumeric: only where it is not can
        // a match start. The search walks word by word, not window by window.
        let mut in_word = false;
        std::iter::from_fn(move || {
            while i < b.len() {
                let c = b[i];
                if !in_word
                    && self.root[c as usize] != NONE
                    && let Some((end, p)) = self.longest_at(hay, i, true)
                {
                    let start = i;
                    i = end;
                    in_word = prev_is_alphanumeric(hay, end);
                    return Some(Match {
                        start,
                        end,
                        pattern: p as usize,
                    });
                }
                if c < 0x80 {
                    in_word = c.is_ascii_alphanumeric();
                    i += 1;
                    // The rest of an ASCII word, where no match can start.
                    while in_word && i < b.len() && b[i].is_ascii_alphanumeric() {
                        i += 1;
                    }
                } else {
                    let (alnum, len) = char_at(hay, i);
                    in_word = alnum;
                    i += len;
                }
            }
            None
        })
    }

    fn search<'h>(&'h self, hay: &'h str) -> impl Iterator<Item = Match> + 'h {
        let b = hay.as_bytes();
        let w = self.window;
        let mut i = 0;
        std::iter::from_fn(move || {
            while i + w <= b.len() {
                if w > 1 {
                    let s = self.shift[slot(b[i + w - 2], b[i + w - 1])];
                    if s > 0 {
                        i += s as usize;
                        continue;
                    }
                }
                let start = i;
                i += 1;
                // A pattern's first byte starts a character: `start` is a boundary
                // past this test.
                if self.root[b[start] as usize] == NONE {
                    continue;
                }
                if let Some((end, p)) = self.longest_at(hay, start, false) {
                    i = end;
                    return Some(Match {
                        start,
                        end,
                        pattern: p as usize,
                    });
                }
            }
            None
        })
    }
}

/// Whether the character at byte `i` (a character boundary) is alphanumeric; false at
/// the end.
fn next_is_alphanumeric(hay: &str, i: usize) -> bool {
    match hay.as_bytes().get(i) {
        None => false,
        Some(b) if *b < 0x80 => b.is_ascii_alphanumeric(),
        Some(_) => hay[i..].chars().next().is_some_and(char::is_alphanumeric),
    }
}

/// Whether the non-ASCII character at byte `i` (a character boundary) is alphanumeric,
/// and its length in bytes. Cyrillic letters (U+0400 to U+047F, all letters) are told
/// by their first byte.
fn char_at(hay: &str, i: usize) -> (bool, usize) {
    match hay.as_bytes()[i] {
        0xD0 | 0xD1 => (true, 2),
        _ => hay[i..]
            .chars()
            .next()
            .map_or((false, 1), |c| (c.is_alphanumeric(), c.len_utf8())),
    }
}

/// Whether the character before byte `i` (a character boundary) is alphanumeric.
fn prev_is_alphanumeric(hay: &str, i: usize) -> bool {
    let b = hay.as_bytes()[i - 1];
    if b < 0x80 {
        b.is_ascii_alphanumeric()
    } else {
        hay[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(p: &Patterns, hay: &str) -> Vec<(usize, usize, usize)> {
        p.find_iter(hay)
            .map(|m| (m.start, m.end, m.pattern))
            .collect()
    }

    #[test]
    fn leftmost_then_longest_without_overlap() {
        let p = Patterns::new(&["support", "support us", "us today", "port", "", "support"]);
        assert_eq!(
            all(&p, "please support us today"),
            vec![(7, 17, 1)] // "support us"; "us today" overlaps it
        );
        assert_eq!(all(&p, "supports"), vec![(0, 7, 0)]); // the first of equal patterns
        assert_eq!(all(&p, "report"), vec![(2, 6, 3)]);
        assert_eq!(all(&p, "suppor"), vec![]);
        assert_eq!(all(&p, ""), vec![]);
    }

    #[test]
    fn whole_words_only() {
        let p = Patterns::new(&["port", "support us", "us", "support"]);
        let words = |hay: &str| -> Vec<String> {
            p.find_whole_words(hay)
                .map(|m| hay[m.start..m.end].to_string())
                .collect()
        };
        assert_eq!(words("report: support us, «us»"), ["support us", "us"]);
        assert_eq!(words("port"), ["port"]);
        assert_eq!(words("éport port"), ["port"]);
        assert_eq!(words("ports porté"), Vec::<String>::new());
        // The longest pattern cut off mid-word gives way to a shorter whole one.
        assert_eq!(words("support usual"), ["support"]);
        assert_eq!(words("support usé, us"), ["support", "us"]);
    }

    #[test]
    fn matches_only_at_character_boundaries() {
        let p = Patterns::new(&["подпишитесь", "ишит", "é"]);
        let hay = "«Подпишитесь» подпишитесь é";
        for m in p.find_iter(hay) {
            assert!(hay.is_char_boundary(m.start) && hay.is_char_boundary(m.end));
        }
        assert_eq!(
            p.find_iter(hay)
                .map(|m| &hay[m.start..m.end])
                .collect::<Vec<_>>(),
            ["ишит", "подпишитесь", "é"]
        );
    }
}
