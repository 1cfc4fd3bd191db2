//! A small multi-pattern matcher: the phrase and attribute tables are a few hundred
//! short strings, searched in short texts. A byte trie walked from each position finds
//! the leftmost, then longest match, as `aho-corasick`'s leftmost-longest mode does,
//! in a fraction of that crate's code: the WebAssembly build is downloaded by every
//! reader.

const NONE: u32 = u32::MAX;

/// A set of patterns, searched for leftmost-longest, non-overlapping matches.
pub struct Patterns {
    /// Node reached from the root by each first byte.
    root: Box<[u32; 256]>,
    /// Per node: its pattern (or `NONE`) and its edges, `edges[first..first + len]`.
    nodes: Vec<Node>,
    /// Edges sorted by byte within each node.
    edges: Vec<(u8, u32)>,
    /// Bit `a << 8 | b` set when some pattern starts with the bytes `a b` (or is the
    /// single byte `a`): most positions of a text start no pattern, and are passed
    /// over here, without walking the trie.
    pairs: Box<[u64]>,
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
        let mut pairs = vec![0u64; 1024].into_boxed_slice();
        let mut pair = |k: usize| pairs[k >> 6] |= 1 << (k & 63);
        for &(b, n) in &kids[0] {
            root[b as usize] = n;
            let seconds: Vec<u8> = if pats[n as usize] == NONE {
                kids[n as usize].iter().map(|&(c, _)| c).collect()
            } else {
                (0..=255).collect()
            };
            for c in seconds {
                pair((b as usize) << 8 | c as usize);
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
            pairs,
        }
    }

    /// Whether a pattern may start at `i`: false for most positions, at the cost of
    /// one bit test.
    #[inline]
    fn may_start(&self, hay: &[u8], i: usize) -> bool {
        hay.get(i + 1).is_none_or(|&n| self.starts_pair(hay[i], n))
    }

    /// Whether some pattern starts with the bytes `a b` (or is the single byte `a`).
    #[inline]
    fn starts_pair(&self, a: u8, b: u8) -> bool {
        let k = (a as usize) << 8 | b as usize;
        self.pairs[k >> 6] & 1 << (k & 63) != 0
    }

    /// The first position from `i` (below `hay.len()`) where a pattern may start:
    /// [`Patterns::may_start`] in a loop of its own. The last byte always may.
    fn next_start(&self, hay: &[u8], i: usize) -> usize {
        match hay
            .get(i..)
            .and_then(|h| h.windows(2).position(|w| self.starts_pair(w[0], w[1])))
        {
            Some(p) => i + p,
            // The last byte may still start a one-byte pattern.
            None => (i + 1).max(hay.len()) - 1,
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

    /// The longest pattern starting at `i`: its end and index.
    #[inline]
    fn longest_at(&self, hay: &[u8], i: usize) -> Option<(usize, u32)> {
        let mut node = self.root[hay[i] as usize];
        let mut best = None;
        let mut j = i + 1;
        while node != NONE {
            let p = self.nodes[node as usize].pattern;
            if p != NONE {
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
        self.search(hay, false)
    }

    /// Like [`Patterns::find_iter`], but matches start only where a word does (at the
    /// start of the text or after a character that is not alphanumeric): whole-word
    /// phrases are found in a fraction of the steps.
    pub fn find_iter_at_word_starts<'h>(
        &'h self,
        hay: &'h str,
    ) -> impl Iterator<Item = Match> + 'h {
        self.search(hay, true)
    }

    fn search<'h>(&'h self, hay: &'h str, word_starts: bool) -> impl Iterator<Item = Match> + 'h {
        let b = hay.as_bytes();
        let mut i = 0;
        std::iter::from_fn(move || {
            while i < b.len() {
                if !word_starts {
                    // Straight to the next place a pattern may start.
                    i = self.next_start(b, i);
                }
                if word_starts && i > 0 && prev_is_alphanumeric(hay, i) {
                    i = next_word_start(hay, i);
                    continue;
                }
                let start = i;
                // (`next_start` has tested the pair already.)
                if (!word_starts || self.may_start(b, i))
                    && let Some((end, p)) = self.longest_at(b, i)
                {
                    i = end;
                    return Some(Match {
                        start,
                        end,
                        pattern: p as usize,
                    });
                }
                i = if word_starts {
                    next_word_start(hay, start)
                } else {
                    start + 1
                };
            }
            None
        })
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

/// The first position after `i` (a character boundary) whose previous character is
/// not alphanumeric.
fn next_word_start(hay: &str, i: usize) -> usize {
    let b = hay.as_bytes();
    let mut j = i;
    // Step over characters until one that is not alphanumeric has been passed.
    while j < b.len() {
        let (alnum, len) = if b[j] < 0x80 {
            (b[j].is_ascii_alphanumeric(), 1)
        } else {
            let c = hay[j..].chars().next().unwrap_or(' ');
            (c.is_alphanumeric(), c.len_utf8())
        };
        j += len;
        if !alnum {
            return j;
        }
    }
    j
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
    fn word_starts_only() {
        let p = Patterns::new(&["port", "support us", "us"]);
        let starts = |hay: &str| -> Vec<String> {
            p.find_iter_at_word_starts(hay)
                .map(|m| hay[m.start..m.end].to_string())
                .collect()
        };
        assert_eq!(starts("report: support us, «us»"), ["support us", "us"]);
        assert_eq!(starts("port"), ["port"]);
        assert_eq!(starts("éport port"), ["port"]);
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
