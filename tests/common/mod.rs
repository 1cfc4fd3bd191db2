//! Helpers shared by the integration tests: chunked rewriting, undoing Unboil's
//! insertions, and a model of a page's visible text like the corpus scorer's.
#![allow(dead_code)]

use scraper::{Html, Node};
use unboil::Options;

/// The corpus folder: `UNBOIL_CORPUS`, or `../shared/corpus` beside the crate.
pub fn corpus_dir() -> std::path::PathBuf {
    match std::env::var_os("UNBOIL_CORPUS") {
        Some(p) => p.into(),
        None => std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"),
    }
}

/// Rewrites `input` fed in chunks whose sizes come from a small PRNG seeded by `seed`
/// (sizes 1..=max). The same seed always gives the same split.
pub fn rewrite_chunked(
    input: &[u8],
    opts: &Options,
    enc: &'static encoding_rs::Encoding,
    seed: u64,
    max: usize,
) -> Vec<u8> {
    let mut out = Vec::new();
    let mut rw =
        unboil::Rewriter::new(opts.clone(), enc, |b: &[u8]| out.extend_from_slice(b)).unwrap();
    let mut state = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    let mut i = 0;
    while i < input.len() {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let n = 1 + (state >> 33) as usize % max.max(1);
        let z = (i + n).min(input.len());
        rw.write(&input[i..z]).unwrap();
        i = z;
    }
    rw.end().unwrap();
    out
}

/// Chunk split seeds to try: `CHUNK_SEED` reproduces one failing split.
pub fn chunk_seeds() -> Vec<u64> {
    match std::env::var("CHUNK_SEED") {
        Ok(s) => vec![s.parse().expect("CHUNK_SEED must be a number")],
        Err(_) => (1..=12).collect(),
    }
}

/// Where `needle` next occurs in `hay` from byte `from` on.
pub fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// Removes exactly what Unboil inserts (UI elements, the stylesheet, collapse
/// attributes, mark wrappers), which must give back the input byte for byte.
pub fn strip_unboil(out: &[u8], enc: &'static encoding_rs::Encoding) -> Vec<u8> {
    let mut s = out.to_vec();
    // The stylesheet and toggles: fixed strings.
    let style = unboil::STYLE.as_bytes();
    while let Some(p) = find(&s, style, 0) {
        s.drain(p..p + style.len());
    }
    for kind in [unboil::BlockKind::Donation, unboil::BlockKind::Newsletter] {
        let ui = format!(
            "<button type=\"button\" data-unboil-ui=\"toggle\" data-unboil-kind=\"{}\" aria-expanded=\"false\">{} · Show</button>",
            kind.as_str(),
            kind.label()
        );
        let attr = format!(" data-unboil-collapsed=\"{}\"", kind.as_str());
        let ui = enc.encode(&ui).0.into_owned();
        while let Some(p) = find(&s, &ui, 0) {
            s.drain(p..p + ui.len());
        }
        while let Some(p) = find(&s, attr.as_bytes(), 0) {
            s.drain(p..p + attr.len());
        }
    }
    // Marks: <mark data-unboil-official="…" data-unboil-role="…">text</mark>
    let open = b"<mark data-unboil-official=\"";
    let mut from = 0;
    while let Some(p) = find(&s, open, from) {
        let Some(gt) = find(&s, b"\">", p).map(|g| g + 2) else {
            break;
        };
        let Some(close) = find(&s, b"</mark>", gt) else {
            break;
        };
        s.drain(close..close + 7);
        s.drain(p..gt);
        from = p;
    }
    s
}

/// Visible text of a page, whitespace-normalised, with hidden and marked flags per
/// character: the model of `shared/tools/score.py`.
pub struct Text {
    pub text: String,
    pub hidden: Vec<bool>,
    pub marked: Vec<bool>,
    /// (start, end) of each outermost collapsed block, in characters.
    pub blocks: Vec<(usize, usize)>,
    chars: Vec<char>,
}

const SKIP: &[&str] = &["script", "style", "template", "noscript", "head", "title"];
const BLOCK: &[&str] = &[
    "p",
    "div",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "br",
    "tr",
    "td",
    "section",
    "article",
    "aside",
    "header",
    "footer",
    "form",
    "ul",
    "ol",
    "table",
    "dl",
    "dd",
    "dt",
    "blockquote",
    "figure",
    "figcaption",
    "nav",
    "main",
    "option",
    "button",
    "label",
];

impl Text {
    pub fn new(html: &str, model_ui: bool) -> Text {
        let doc = Html::parse_document(html);
        let mut t = Text {
            text: String::new(),
            hidden: vec![],
            marked: vec![],
            blocks: vec![],
            chars: vec![],
        };
        t.walk(doc.tree.root(), false, false, model_ui);
        t.text = t.chars.iter().collect();
        t
    }

    fn emit(&mut self, s: &str, hidden: bool, marked: bool) {
        for c in s.chars() {
            let c = if c.is_whitespace() {
                if self.chars.last().is_none_or(|&l| l == ' ') {
                    continue;
                }
                ' '
            } else {
                c
            };
            self.chars.push(c);
            self.hidden.push(hidden);
            self.marked.push(marked);
        }
    }

    fn walk(&mut self, node: ego_tree::NodeRef<'_, Node>, hidden: bool, marked: bool, ui: bool) {
        match node.value() {
            Node::Text(t) => self.emit(t, hidden, marked),
            Node::Element(e) => {
                let tag = e.name();
                if SKIP.contains(&tag) {
                    self.emit(" ", hidden, false);
                    return;
                }
                if ui && e.attr("data-unboil-ui").is_some() {
                    return;
                }
                let start = self.chars.len();
                let newly = ui && e.attr("data-unboil-collapsed").is_some() && !hidden;
                let h = hidden || (ui && e.attr("data-unboil-collapsed").is_some());
                let m = marked || (ui && tag == "mark" && e.attr("data-unboil-official").is_some());
                let block = BLOCK.contains(&tag);
                if block {
                    self.emit(" ", h, false);
                }
                for c in node.children() {
                    self.walk(c, h, m, ui);
                }
                if block {
                    self.emit(" ", h, false);
                }
                if newly {
                    self.blocks.push((start, self.chars.len()));
                }
            }
            Node::Document | Node::Fragment => {
                for c in node.children() {
                    self.walk(c, hidden, marked, ui);
                }
            }
            _ => {}
        }
    }

    /// Character spans where `snippet` occurs (whitespace-normalised); with `words`,
    /// only as a whole-word run.
    pub fn find_all(&self, snippet: &str, words: bool) -> Vec<(usize, usize)> {
        let s: Vec<char> = snippet
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .chars()
            .collect();
        let mut out = vec![];
        if s.is_empty() || s.len() > self.chars.len() {
            return out;
        }
        for i in 0..=self.chars.len() - s.len() {
            if self.chars[i..i + s.len()] == s[..] {
                let z = i + s.len();
                if !words
                    || ((i == 0 || !self.chars[i - 1].is_alphanumeric())
                        && (z >= self.chars.len() || !self.chars[z].is_alphanumeric()))
                {
                    out.push((i, z));
                }
            }
        }
        out
    }

    pub fn hidden_share(&self, a: usize, z: usize) -> f64 {
        self.hidden[a..z].iter().filter(|&&h| h).count() as f64 / (z - a).max(1) as f64
    }

    pub fn slice(&self, a: usize, z: usize) -> String {
        self.chars[a..z].iter().collect()
    }

    pub fn all_marked(&self, a: usize, z: usize) -> bool {
        (a..z).all(|i| self.marked[i] || self.chars[i].is_whitespace())
    }
}
