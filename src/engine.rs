//! The streaming analyser: one pass of lol_html events in, verdicts out.
//!
//! It keeps its own stack of open elements (lol_html does not build a tree), gathers
//! evidence per element (`collapse`), reads text in runs between block boundaries
//! (`officials`), and turns verdicts into edits at byte offsets of the output stream
//! (rewrite) or into actions addressed by element ordinal (plan). Output bytes are
//! held back only while a verdict that could still edit them is pending, and never
//! more than `Options::hold_cap` bytes: an element whose start lies further back can
//! no longer be collapsed. It never deletes or alters a byte of the page: edits only
//! insert attributes, placeholders and `<mark>` wrappers.

use crate::collapse::{self, BlockStats, OwnAttributes, Verdict};
use crate::gaps::{self, Markup};
use crate::lexicon::BlockKind;
use crate::officials::Fnv;
use crate::officials::{MarkSpan, NameSpan, Registry};
use crate::plan::{Action, Check};
use crate::report::{Collapsed, OfficialReport, Report, Stats};
use crate::text::{self, Normalized};
use encoding_rs::Encoding;
use std::hash::BuildHasherDefault;

/// What to do, and the bounds to do it in.
#[derive(Clone, Debug)]
pub struct Options {
    /// Collapse donation and newsletter blocks (the master switch for both kinds).
    pub collapse: bool,
    /// Collapse donation appeals (when `collapse` is on).
    pub donation: bool,
    /// Collapse newsletter sign-ups (when `collapse` is on).
    pub newsletter: bool,
    /// Highlight named officials.
    pub officials: bool,
    /// Most output bytes held back while a verdict is pending. Blocks whose markup
    /// is longer are never collapsed.
    pub hold_cap: usize,
    /// Insert the placeholder toggles and the stylesheet (rewrite only).
    pub ui: bool,
    /// Write what Unboil inserts in ASCII, other characters as character references
    /// (`&#1051;`). For pages whose charset nobody declared: a browser may read them
    /// in another charset than the one assumed here, and ASCII reads the same in all.
    pub ascii_insertions: bool,
}

impl Options {
    /// Whether blocks of this kind are to be collapsed.
    pub fn wants(&self, kind: BlockKind) -> bool {
        self.collapse
            && match kind {
                BlockKind::Donation => self.donation,
                BlockKind::Newsletter => self.newsletter,
            }
    }
}

impl Default for Options {
    fn default() -> Self {
        Options {
            collapse: true,
            donation: true,
            newsletter: true,
            officials: true,
            hold_cap: 256 * 1024,
            ui: true,
            ascii_insertions: false,
        }
    }
}

/// Deepest nesting tracked. Deeper elements are treated as part of their ancestor:
/// memory stays bounded on pathological pages.
const MAX_DEPTH: usize = 512;
/// Longest run of text analysed at once; longer runs are analysed in pieces.
const MAX_RUN: usize = 16 * 1024;
/// Characters of each element's text kept for the report and the plan's check.
const PREFIX_CHARS: usize = 64;
/// Characters of a link or button label kept to recognise calls to action.
const LABEL_CHARS: usize = 48;

/// Tag names the analyser knows, interned, with what it needs to know of each: an
/// element's tag costs no allocation and no string comparison. Others (custom
/// elements) are all `"*"`; they only ever compare unequal to these. The flags are
/// data, checked by a test against the predicates that define them (`is_inline`,
/// `is_void`, `closes_p`, `is_heading`, `role_of`); every name those mention is here.
const KNOWN_TAGS: &[(&str, u8)] = &[
    ("a", INLINE | RELEVANT),
    ("abbr", INLINE),
    ("address", CLOSES_P),
    ("area", VOID | RELEVANT),
    ("article", CLOSES_P | RELEVANT | GUARD),
    ("aside", CLOSES_P | RELEVANT | CANDIDATE),
    ("audio", 0),
    ("b", INLINE),
    ("base", VOID | RELEVANT),
    ("basefont", VOID | RELEVANT),
    ("bdi", INLINE),
    ("bdo", INLINE),
    ("bgsound", VOID | RELEVANT),
    ("big", INLINE),
    ("blockquote", CLOSES_P),
    ("body", GUARD),
    ("br", VOID | RELEVANT),
    ("button", RELEVANT),
    ("canvas", 0),
    ("caption", 0),
    ("center", RELEVANT | CANDIDATE),
    ("cite", INLINE),
    ("code", INLINE),
    ("col", VOID | RELEVANT),
    ("colgroup", 0),
    ("data", INLINE),
    ("dd", 0),
    ("del", INLINE),
    ("details", CLOSES_P | RELEVANT | CANDIDATE),
    ("dfn", INLINE),
    ("dialog", CLOSES_P | RELEVANT | CANDIDATE),
    ("div", CLOSES_P | RELEVANT | CANDIDATE),
    ("dl", CLOSES_P),
    ("dt", 0),
    ("em", INLINE),
    ("embed", VOID | RELEVANT),
    ("fieldset", CLOSES_P | RELEVANT | CANDIDATE),
    ("figcaption", CLOSES_P),
    ("figure", CLOSES_P | RELEVANT | CANDIDATE),
    ("font", INLINE),
    ("footer", CLOSES_P | RELEVANT | CANDIDATE),
    ("form", CLOSES_P | RELEVANT | CANDIDATE),
    ("frame", VOID | RELEVANT),
    ("g", INLINE),
    ("h1", CLOSES_P | HEADING | GUARD),
    ("h2", CLOSES_P | HEADING),
    ("h3", CLOSES_P | HEADING),
    ("h4", CLOSES_P | HEADING),
    ("h5", CLOSES_P | HEADING),
    ("h6", CLOSES_P | HEADING),
    ("head", 0),
    ("header", CLOSES_P | RELEVANT | CANDIDATE),
    ("hgroup", CLOSES_P),
    ("hr", VOID | CLOSES_P | RELEVANT),
    ("html", GUARD),
    ("i", INLINE),
    ("iframe", RELEVANT | RAW_TEXT),
    ("img", INLINE | VOID | RELEVANT),
    ("input", VOID | RELEVANT),
    ("ins", INLINE),
    ("kbd", INLINE),
    ("keygen", VOID | RELEVANT),
    ("label", INLINE | RELEVANT),
    ("legend", 0),
    ("li", 0),
    ("link", VOID | RELEVANT),
    ("main", CLOSES_P | RELEVANT | GUARD),
    ("mark", INLINE),
    ("math", 0),
    ("menu", CLOSES_P),
    ("meta", VOID | RELEVANT),
    ("meter", 0),
    ("nav", CLOSES_P),
    ("nobr", INLINE),
    ("noembed", RAW_TEXT),
    ("noframes", RAW_TEXT),
    ("noscript", RAW_TEXT),
    ("object", 0),
    ("ol", CLOSES_P | RELEVANT | CANDIDATE),
    ("optgroup", 0),
    ("option", 0),
    ("output", 0),
    ("p", CLOSES_P | RELEVANT | CANDIDATE),
    ("param", VOID | RELEVANT),
    ("path", INLINE),
    ("picture", INLINE),
    ("plaintext", RAW_TEXT),
    ("pre", CLOSES_P),
    ("progress", 0),
    ("q", INLINE),
    ("rp", INLINE),
    ("rt", INLINE),
    ("ruby", INLINE),
    ("s", INLINE),
    ("samp", INLINE),
    ("script", RAW_TEXT),
    ("section", CLOSES_P | RELEVANT | CANDIDATE),
    ("select", RELEVANT),
    ("small", INLINE),
    ("source", INLINE | VOID | RELEVANT),
    ("span", INLINE),
    ("strike", INLINE),
    ("strong", INLINE),
    ("style", RAW_TEXT),
    ("sub", INLINE),
    ("summary", 0),
    ("sup", INLINE),
    ("svg", INLINE),
    ("table", CLOSES_P | RELEVANT | CANDIDATE),
    ("tbody", 0),
    ("td", 0),
    ("template", 0),
    ("textarea", RELEVANT | RAW_TEXT),
    ("tfoot", 0),
    ("th", 0),
    ("thead", 0),
    ("time", INLINE),
    ("title", RAW_TEXT),
    ("tr", 0),
    ("track", VOID | RELEVANT),
    ("tt", INLINE),
    ("u", INLINE),
    ("ul", CLOSES_P | RELEVANT | CANDIDATE),
    ("use", INLINE),
    ("var", INLINE),
    ("video", 0),
    ("wbr", INLINE | VOID | RELEVANT),
    ("xmp", RAW_TEXT),
];

type TagName = &'static str;

/// What the analyser needs to know of a tag, computed once per known tag name.
#[derive(Clone, Copy, Debug)]
pub(crate) struct TagInfo {
    name: TagName,
    flags: u8,
}

const INLINE: u8 = 1;
const VOID: u8 = 2;
const CLOSES_P: u8 = 4;
const HEADING: u8 = 8;
/// Its attributes are read: blocks that may be collapsed, void elements (their
/// evidence goes to their parent), links, forms and controls. The rest (spans, icons,
/// paragraphs of inline markup) cost no attribute reads.
const RELEVANT: u8 = 16;
/// `role_of` says `Role::Candidate`.
const CANDIDATE: u8 = 32;
/// `role_of` says `Role::Guard`.
const GUARD: u8 = 64;
/// `is_raw_text` says so.
const RAW_TEXT: u8 = 128;

/// Whether the parser reads what follows this start tag (of an HTML element) as raw
/// text, to its end tag: where lol_html's tokenizer switches to a script's, a style's
/// or a title's text. (The table holds the answers; a test checks them.)
#[cfg(test)]
fn is_raw_text(tag: &str) -> bool {
    matches!(
        tag,
        "textarea"
            | "title"
            | "plaintext"
            | "script"
            | "style"
            | "iframe"
            | "xmp"
            | "noembed"
            | "noframes"
            | "noscript"
    )
}

impl TagInfo {
    /// The flags as the predicates define them: what `KNOWN_TAGS` holds.
    #[cfg(test)]
    fn of(name: TagName) -> TagInfo {
        let flags = [
            (is_inline(name), INLINE),
            (is_void(name), VOID),
            (closes_p(name), CLOSES_P),
            (is_heading(name), HEADING),
            (
                role_of(name) == Role::Candidate
                    || is_void(name)
                    || matches!(
                        name,
                        "a" | "button"
                            | "iframe"
                            | "label"
                            | "main"
                            | "article"
                            | "section"
                            | "dialog"
                            | "select"
                            | "textarea"
                    ),
                RELEVANT,
            ),
            (role_of(name) == Role::Candidate, CANDIDATE),
            (role_of(name) == Role::Guard, GUARD),
            (is_raw_text(name), RAW_TEXT),
        ]
        .iter()
        .filter(|(yes, _)| *yes)
        .fold(0, |acc, (_, flag)| acc | flag);
        TagInfo { name, flags }
    }

    fn has(self, flag: u8) -> bool {
        self.flags & flag != 0
    }

    /// The tag's name, lower case ("*" for a tag the analyser does not know).
    pub(crate) fn name(self) -> &'static str {
        self.name
    }

    /// Whether raw text follows the start tag (see `is_raw_text`).
    pub(crate) fn raw_text(self) -> bool {
        self.has(RAW_TEXT)
    }

    fn role(self) -> Role {
        if self.has(GUARD) {
            Role::Guard
        } else if self.has(CANDIDATE) {
            Role::Candidate
        } else {
            Role::Plain
        }
    }
}

/// The interned tag and what is known of it: one hash lookup per element, no string
/// comparisons after that.
pub(crate) fn intern(name: &str) -> TagInfo {
    // The same map type as the lexicon's: one copy of the hash table's code.
    type Table = std::collections::HashMap<&'static str, u16, BuildHasherDefault<Fnv>>;
    static TABLE: std::sync::OnceLock<Table> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        KNOWN_TAGS
            .iter()
            .map(|&(t, flags)| (t, flags as u16))
            .collect()
    });
    match table.get_key_value(name) {
        Some((&name, &flags)) => TagInfo {
            name,
            flags: flags as u8,
        },
        None => TagInfo {
            name: "*",
            flags: 0,
        },
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Role {
    /// May be collapsed.
    Candidate,
    /// Never collapsed, and shields its ancestors (html, body, main, article).
    Guard,
    /// Inline or other element: evidence passes through.
    Plain,
}

#[derive(Debug)]
struct Entry {
    id: u64,
    ordinal: u32,
    tag: TagName,
    /// The tag's `TagInfo` flags.
    flags: u8,
    offset: usize,
    role: Role,
    live: bool,
    own: OwnAttributes,
    stats: BlockStats,
    pending: Vec<Finding>,
    /// Text of a link or button, for calls to action.
    label: Option<String>,
    /// A link whose target points at an appeal.
    href_kind: Option<BlockKind>,
    prefix: String,
    prefix_chars: usize,
    /// Where blocks met in `prefix` (byte offsets): the report shows a space there,
    /// as a reader sees the heading apart from the paragraph below it.
    breaks: Breaks,
    /// Candidates and headings keep the start of their text.
    keeps_prefix: bool,
    text_nodes: u32,
    invisible: bool,
    foreign: bool,
    /// Inside a `blockquote`: the page quoting someone else's words (a campaign's
    /// fundraising e-mail in a story about it), never its own appeal.
    quoted: bool,
}

impl Entry {
    /// This element as a collapse verdict.
    fn finding(&self, verdict: Verdict) -> Finding {
        Finding {
            ordinal: self.ordinal,
            offset: self.offset,
            tag: self.tag,
            verdict,
            text: self.breaks.apply(&self.prefix),
            text_chars: self.stats.text_chars,
            phrases: self.stats.phrases[0] as u32 + self.stats.phrases[1] as u32,
            link_surplus: self.stats.link_surplus(),
            check: text::fnv1a(&self.prefix),
            grouped: false,
        }
    }
}

/// Byte offsets in a prefix where one block ended and another began: a few suffice,
/// as a prefix is at most `PREFIX_CHARS` characters.
#[derive(Debug, Default, Clone, Copy)]
struct Breaks {
    at: [u16; 6],
    len: u8,
}

impl Breaks {
    fn add(&mut self, at: usize) {
        let n = self.len as usize;
        let Ok(at) = u16::try_from(at) else {
            return;
        };
        if n < self.at.len() && (n == 0 || self.at[n - 1] != at) {
            self.at[n] = at;
            self.len += 1;
        }
    }

    /// The text with a space where blocks met, unless one is there already.
    fn apply(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() + self.len as usize);
        let mut from = 0;
        for &at in &self.at[..self.len as usize] {
            let at = at as usize;
            if at <= from || at >= text.len() || !text.is_char_boundary(at) {
                continue;
            }
            out.push_str(&text[from..at]);
            if !out.ends_with(' ') && !text[at..].starts_with(' ') {
                out.push(' ');
            }
            from = at;
        }
        out.push_str(&text[from..]);
        out
    }
}

/// A collapse verdict waiting for its parent's, or final.
#[derive(Debug, Clone)]
struct Finding {
    ordinal: u32,
    offset: usize,
    tag: TagName,
    verdict: Verdict,
    text: String,
    text_chars: u32,
    phrases: u32,
    /// Its links less its calls to action ([`BlockStats::link_surplus`]).
    link_surplus: i32,
    check: u32,
    /// Shown and hidden with the collapsed block before it (an adopted heading's
    /// appeal): no placeholder of its own.
    grouped: bool,
}

/// A parent takes over its children's verdicts when the text it adds is at most this
/// long, plus this much per unit of appeal-phrase evidence in that text.
const TAKEOVER_CHARS: u32 = 150;
const TAKEOVER_CHARS_PER_PHRASE: u32 = 100;
/// Nor when it adds this many links that are no call to action: a list of them.
const TAKEOVER_MAX_LINKS: u16 = 3;

#[derive(Debug, Clone, Copy)]
struct Chunk {
    raw_start: usize,
    out: usize,
    node: u64,
    parent: u32,
    node_index: u32,
    /// UTF-16 length of the node's decoded text before this chunk, when the node began
    /// in this run; `None` otherwise.
    node_utf16: Option<u32>,
    markable: bool,
}

#[derive(Default)]
struct Run {
    raw: String,
    chunks: Vec<Chunk>,
}

/// Where a mark goes.
#[derive(Debug)]
struct Placement {
    /// Output offset of its start (also what expires it).
    out_a: usize,
    /// The text as a reader sees it.
    form: String,
    target: Target,
}

#[derive(Debug)]
enum Target {
    Bytes {
        end: usize,
    },
    Node {
        element: u32,
        node: u32,
        start: u32,
        end: u32,
    },
}

/// A heading that may announce the appeal in the block after it.
#[derive(Debug)]
struct Heading {
    /// Stack depth of its parent.
    depth: usize,
    /// Which kinds of appeal its words point at.
    kinds: [bool; 2],
    finding: Finding,
}

#[cfg(test)]
fn is_heading(tag: &str) -> bool {
    matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// A name read before any title made it an official's.
#[derive(Debug)]
struct PendingName {
    /// Its words, one space apart.
    tokens: String,
    placements: Vec<Placement>,
}

/// Most cleared strings kept for reuse.
const SPARE_STRINGS: usize = 64;

/// Output is handed on once this much is ready.
const FLUSH_BATCH: usize = 8 * 1024;

/// Most names remembered for later marking.
const MAX_NAMES: usize = 4096;

#[derive(Debug)]
enum Edit {
    Collapse {
        kind: BlockKind,
        /// Insert a placeholder before the block.
        toggle: bool,
    },
    Mark {
        end: usize,
        name: String,
        role: String,
    },
    /// The stylesheet, before `</head>`: written by Unboil like its other insertions,
    /// so that it is never counted as bytes of the page.
    Style,
}

/// The analyser's state, shared by the lol_html handlers and the output sink.
pub(crate) struct State {
    opts: Options,
    encoding: &'static Encoding,
    rewrite: bool,
    stack: Vec<Entry>,
    overflow_depth: usize,
    next_id: u64,
    ordinal: u32,
    first_live: usize,
    run: Run,
    norm: Normalized,
    registry: Registry,
    marks: Vec<MarkSpan>,
    unresolved: Vec<NameSpan>,
    prefix_scratch: String,
    /// Cleared strings of closed elements, for the prefixes and labels of new ones.
    spare: Vec<String>,
    lower: String,
    names: std::collections::VecDeque<PendingName>,
    heading: Option<Heading>,
    node: u64,
    node_open: bool,
    node_utf16: u32,
    node_began_in_run: bool,
    /// A link just started or ended: text glued to the text before it is another
    /// word ("Give now</a><a>Maybe later").
    link_edge: bool,
    // output
    total: usize,
    held: Vec<u8>,
    held_start: usize,
    held_base: usize,
    /// Output total at which to try the next flush.
    next_flush: usize,
    /// Edits by output offset, in the order they were made among equal offsets.
    edits: Vec<(usize, Edit)>,
    /// Output ready to hand to the caller; when splicing, Unboil's insertions only.
    pub(crate) ready: Vec<u8>,
    /// Splicing: the output is the page with insertions, recorded instead of copied,
    /// each as the page offset it goes at and where it ends in `ready`.
    pub(crate) splices: Option<Vec<(usize, usize)>>,
    /// Page bytes emitted so far, when splicing.
    page_out: usize,
    // results
    collapsed: Vec<Collapsed>,
    actions: Vec<Action>,
    peak_held: usize,
    elements: u64,
    marks_total: u64,
    // text read from the page between the parser's events (`reach`)
    /// Where the text after the last event begins.
    gap_from: usize,
    /// Whether the parser reads that text as data (not a script's or a title's).
    gap_data: bool,
    /// End tags of raw text, reported where the page cannot be read (their handlers
    /// must outlive it), for the next event that can: page offsets, and the key of the
    /// element's name.
    ends: Vec<(usize, usize, u64)>,
    /// The elements lol_html holds open, as `close_named` closes them: the key of
    /// each one's name, its id (0 for one not pushed), and whether the stylesheet goes
    /// before its end tag.
    open: Vec<(u64, u64, bool)>,
    /// How many of each name are open, by key (sorted; a page has a few dozen names
    /// open at most): an end tag that closes nothing costs no search of `open`.
    open_names: Vec<(u64, u32)>,
}

#[cfg(test)]
fn is_inline(tag: &str) -> bool {
    matches!(
        tag,
        "a" | "abbr"
            | "b"
            | "bdi"
            | "bdo"
            | "cite"
            | "code"
            | "data"
            | "dfn"
            | "em"
            | "font"
            | "i"
            | "kbd"
            | "mark"
            | "q"
            | "rp"
            | "rt"
            | "ruby"
            | "s"
            | "samp"
            | "small"
            | "span"
            | "strong"
            | "sub"
            | "sup"
            | "time"
            | "u"
            | "var"
            | "label"
            | "nobr"
            | "img"
            | "picture"
            | "source"
            | "wbr"
            | "svg"
            | "path"
            | "g"
            | "use"
            | "tt"
            | "big"
            | "strike"
            | "ins"
            | "del"
    )
}

#[cfg(test)]
fn is_void(tag: &str) -> bool {
    matches!(
        tag,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
            | "keygen"
            | "basefont"
            | "bgsound"
            | "frame"
    )
}

/// Whether text ends (or starts) on a letter or a digit: a word that text glued to it
/// continues.
#[inline(never)]
fn word_at_edge(text: &str, end: bool) -> bool {
    let mut chars = text.chars();
    if end { chars.next_back() } else { chars.next() }.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
fn closes_p(tag: &str) -> bool {
    matches!(
        tag,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "details"
            | "dialog"
            | "div"
            | "dl"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "table"
            | "ul"
    )
}

#[cfg(test)]
fn role_of(tag: &str) -> Role {
    match tag {
        "html" | "body" | "main" | "article" | "h1" => Role::Guard,
        "div" | "section" | "aside" | "form" | "header" | "footer" | "dialog" | "p" | "ul"
        | "ol" | "figure" | "fieldset" | "details" | "center" | "table" => Role::Candidate,
        _ => Role::Plain,
    }
}

/// What the reader sees of a start tag: the pieces the analyser needs.
pub(crate) struct StartTag<'a> {
    /// The tag, from [`intern`].
    pub tag: TagInfo,
    /// The attributes the analyser reads, names and values lower case.
    pub attrs: &'a Attributes,
    pub can_have_content: bool,
    pub foreign: bool,
}

/// Attributes copied out of a start tag into one buffer the parser's handler reuses:
/// no allocation per attribute.
#[derive(Default)]
pub(crate) struct Attributes {
    text: String,
    /// Per attribute: where its name ends and its value ends in `text` (each starts
    /// where the one before ended).
    ends: Vec<(u32, u32)>,
    /// Whether `src` is read too: an embedded frame's address (no image's).
    src: bool,
}

impl Attributes {
    /// Forgets the last tag's attributes; `src` says whether the next tag's address is
    /// read (an `iframe`'s).
    pub(crate) fn clear(&mut self, src: bool) {
        self.text.clear();
        self.ends.clear();
        self.src = src;
    }

    /// Appends a name; `false` (and nothing appended) when the analyser does not read
    /// attributes of that name.
    pub(crate) fn push_name(&mut self, name: &str) -> bool {
        let a = self.text.len();
        self.text.push_str(name);
        self.text[a..].make_ascii_lowercase();
        if wanted_attribute(&self.text[a..]) || self.src && &self.text[a..] == "src" {
            true
        } else {
            self.text.truncate(a);
            false
        }
    }

    /// Appends the value of the name pushed last.
    pub(crate) fn push_value(&mut self, value: &str) {
        let name_end = self.text.len();
        self.text.push_str(value);
        self.text[name_end..].make_ascii_lowercase();
        self.ends.push((name_end as u32, self.text.len() as u32));
    }

    /// `(name, value)` pairs, in the tag's order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        let mut start = 0;
        self.ends.iter().map(move |&(n, v)| {
            let (a, n, v) = (start, n as usize, v as usize);
            start = v;
            (&self.text[a..n], &self.text[n..v])
        })
    }
}

/// The attributes the analyser reads (lower-case names).
fn wanted_attribute(name: &str) -> bool {
    matches!(
        name,
        "class"
            | "id"
            | "role"
            | "name"
            | "action"
            | "title"
            | "href"
            | "type"
            | "placeholder"
            | "autocomplete"
            | "itemprop"
            | "hidden"
            | "value"
    ) || name.starts_with("aria-")
        || name.starts_with("data-")
}

impl State {
    pub(crate) fn new(opts: Options, encoding: &'static Encoding, rewrite: bool) -> Self {
        State {
            opts,
            encoding,
            rewrite,
            stack: Vec::new(),
            overflow_depth: 0,
            next_id: 1,
            ordinal: 0,
            first_live: 0,
            run: Run::default(),
            norm: Normalized::default(),
            registry: Registry::default(),
            marks: Vec::new(),
            unresolved: Vec::new(),
            prefix_scratch: String::new(),
            spare: Vec::new(),
            lower: String::new(),
            names: std::collections::VecDeque::new(),
            heading: None,
            node: 0,
            node_open: false,
            node_utf16: 0,
            node_began_in_run: false,
            link_edge: false,
            total: 0,
            held: Vec::new(),
            held_start: 0,
            held_base: 0,
            next_flush: 0,
            edits: Vec::new(),
            ready: Vec::new(),
            splices: None,
            page_out: 0,
            collapsed: Vec::new(),
            actions: Vec::new(),
            peak_held: 0,
            elements: 0,
            marks_total: 0,
            gap_from: 0,
            gap_data: true,
            ends: Vec::new(),
            open: Vec::new(),
            open_names: Vec::new(),
        }
    }

    /// Whether `start_tag` will read the attributes of this element: never those of
    /// invisible parts (head, scripts, templates), which say nothing, nor those of
    /// elements whose attributes carry no evidence.
    pub(crate) fn wants_attributes(&self, tag: TagInfo) -> bool {
        self.opts.collapse && !self.invisible() && tag.has(RELEVANT)
    }

    fn invisible(&self) -> bool {
        self.stack.last().is_some_and(|e| e.invisible)
    }

    /// A start tag. Returns the id to pass to `end_tag`, if the element was pushed.
    pub(crate) fn start_tag(&mut self, tag: StartTag) -> Option<u64> {
        let ordinal = self.ordinal;
        self.ordinal = self.ordinal.wrapping_add(1);
        self.elements += 1;
        let info = tag.tag;
        let name = info.name;
        // Runs end at block boundaries, and before they could hold more than half the cap.
        let long_run = self
            .run
            .chunks
            .first()
            .is_some_and(|c| self.total.saturating_sub(c.out) > self.opts.hold_cap / 2);
        // (Through the inline elements that open with it: "<a><b>Donate</b></a>".)
        self.link_edge = name == "a" || info.has(INLINE) && self.link_edge;
        if !info.has(INLINE) || name == "br" || long_run {
            self.end_run();
        }
        if !info.has(INLINE) || matches!(name, "br" | "button") {
            self.prefix_break();
        }
        self.end_text_node();
        self.implied_closes(info);
        self.expire_live();

        let parent_invisible = self.invisible();
        let parent_quoted = self.stack.last().is_some_and(|e| e.quoted);
        let parent_foreign = self.stack.last().is_some_and(|e| e.foreign);

        // Attributes: evidence, structure, guards.
        let mut own = OwnAttributes::default();
        let mut guard = false;
        let mut href_kind = None;
        let mut input_type = "";
        let mut input_value = "";
        let mut email_hint = false;
        // What an embedded frame's address points at: a sign-up or donation form
        // served from elsewhere ("lists.example.com/subscribe").
        let mut embed_kind = None;
        let mut signals: Vec<(BlockKind, String)> = Vec::new();
        // Copied only when `wants_attributes` said so: a relevant tag, when collapsing.
        for (k, lv) in tag.attrs.iter() {
            match k {
                "class" | "id" | "aria-label" | "aria-labelledby" | "name" | "action" | "title" => {
                    let article =
                        collapse::attribute_evidence(lv, &mut own.evidence, k, &mut signals);
                    guard |= article && matches!(k, "class" | "id");
                    if matches!(k, "class" | "id") && collapse::names_navigation(lv) {
                        own.navigation = true;
                    }
                    if matches!(k, "name" | "id" | "aria-label") && names_email(lv) {
                        email_hint = true;
                    }
                }
                "role" => {
                    own.dialog |= matches!(lv, "dialog" | "alertdialog");
                    own.navigation |= matches!(lv, "navigation" | "menu" | "menubar");
                    guard |= matches!(lv, "main" | "article");
                }
                "aria-modal" => own.dialog |= lv == "true",
                "itemprop" => guard |= has(lv, "articlebody"),
                "href" => {
                    let mut ev = [0u16; 2];
                    let path = lv.split_once('#').map_or(lv, |(p, _)| p);
                    if !collapse::ends_in_headline(path) {
                        collapse::attribute_evidence(path, &mut ev, "link", &mut signals);
                    }
                    href_kind = kind_of(ev);
                }
                "src" => {
                    let mut ev = [0u16; 2];
                    collapse::attribute_evidence(lv, &mut ev, "embedded form", &mut signals);
                    embed_kind = kind_of(ev);
                }
                "type" => input_type = lv,
                // The label of a submit button written as an input.
                "value" if name == "input" => input_value = lv,
                "placeholder" | "autocomplete" => {
                    email_hint |= names_email(lv) || (k == "placeholder" && lv.contains('@'))
                }
                _ if k.starts_with("data-") => {
                    // Both the attribute's name and its value can carry the signal.
                    collapse::attribute_evidence(k, &mut own.evidence, k, &mut signals);
                    collapse::attribute_evidence(lv, &mut own.evidence, k, &mut signals);
                }
                _ => {}
            }
        }

        // Void elements act on their parent and are not pushed.
        if let Some(parent) = self.stack.last_mut() {
            let s = &mut parent.stats;
            match name {
                "input" => match input_type {
                    // A text field named or labelled for e-mail is one too.
                    "email" | "" | "text" if input_type == "email" || email_hint => {
                        s.email_inputs += 1;
                        s.signal(BlockKind::Newsletter, || "e-mail field".into());
                    }
                    "password" => s.password_inputs += 1,
                    "submit" | "button" | "image" => {
                        s.controls += 1;
                        let mut label = String::new();
                        text::push_collapsed(&mut label, input_value.trim(), LABEL_CHARS);
                        let mut lower = String::with_capacity(label.len());
                        text::push_lowercase(&mut lower, &label);
                        if !lower.is_empty() {
                            label_signals(s, &lower, true, None);
                        }
                    }
                    "radio" => {
                        s.choices += 1;
                        s.signal(BlockKind::Donation, || "amount or frequency choice".into());
                    }
                    _ => {}
                },
                "button" | "form" => s.controls += 1,
                // A frame that serves the form: the block's control and its call to
                // action.
                "iframe" => {
                    if let Some(k) = embed_kind {
                        s.controls += 1;
                        let i = (k == BlockKind::Donation) as usize;
                        s.actions[i] = s.actions[i].saturating_add(1);
                    }
                }
                _ => {}
            }
        }

        if !tag.can_have_content || info.has(VOID) {
            // Evidence on a void element belongs to its parent.
            if let Some(parent) = self.stack.last_mut() {
                add_evidence(&mut parent.stats.attrs, own.evidence);
                for (kind, what) in signals {
                    parent.stats.signal(kind, || what);
                }
            }
            return None;
        }
        if self.stack.len() >= MAX_DEPTH {
            self.overflow_depth += 1;
            return None;
        }

        let role = if guard { Role::Guard } else { info.role() };
        let mut stats = BlockStats::default();
        if role == Role::Guard {
            stats.guarded = true;
        }
        stats.message_fields = u16::from(name == "textarea");
        for (kind, what) in signals {
            stats.signal(kind, || what);
        }
        let invisible = parent_invisible
            || matches!(
                name,
                "script"
                    | "style"
                    | "template"
                    | "noscript"
                    | "head"
                    | "title"
                    | "textarea"
                    | "select"
                    | "option"
            );
        let foreign = tag.foreign || parent_foreign || matches!(name, "svg" | "math");
        let quoted = parent_quoted || name == "blockquote";
        let live =
            self.opts.collapse && role == Role::Candidate && !invisible && !foreign && !quoted;
        let id = self.next_id;
        self.next_id += 1;
        let prefix = self.spare.pop().unwrap_or_default();
        let label =
            matches!(name, "a" | "button" | "label").then(|| self.spare.pop().unwrap_or_default());
        self.stack.push(Entry {
            id,
            ordinal,
            tag: name,
            flags: info.flags,
            offset: self.total,
            role,
            live,
            own,
            stats,
            pending: Vec::new(),
            label,
            href_kind,
            prefix,
            prefix_chars: 0,
            breaks: Breaks::default(),
            keeps_prefix: role == Role::Candidate || info.has(HEADING),
            text_nodes: 0,
            invisible,
            foreign,
            quoted,
        });
        Some(id)
    }

    /// An end tag of a pushed element (lol_html only reports explicit end tags).
    pub(crate) fn end_tag(&mut self, id: u64) {
        let Some(pos) = self.stack.iter().rposition(|e| e.id == id) else {
            return;
        };
        let tag_inline = self.stack[pos].flags & INLINE != 0;
        if !tag_inline {
            self.end_run();
        }
        // (Through the inline elements that close with it: "<b><a>Donate</a></b>Later".)
        self.link_edge = self.stack[pos].tag == "a" || tag_inline && self.link_edge;
        if !tag_inline || self.stack[pos].tag == "button" {
            self.prefix_break();
        }
        self.end_text_node();
        while self.stack.len() > pos {
            self.close_top();
        }
        self.expire_live();
    }

    fn implied_closes(&mut self, info: TagInfo) {
        let tag = info.name;
        let target: &[&str] = match tag {
            _ if info.has(CLOSES_P) => &["p"],
            "li" => &["li"],
            "dt" | "dd" => &["dt", "dd"],
            "option" => &["option"],
            "tr" => &["tr", "td", "th"],
            "td" | "th" => &["td", "th"],
            _ => return,
        };
        // Only look through inline elements (and, for table parts, cells).
        let mut k = self.stack.len();
        while k > 0 {
            let (t, flags) = (self.stack[k - 1].tag, self.stack[k - 1].flags);
            if target.contains(&t) {
                while self.stack.len() >= k {
                    self.close_top();
                }
                return;
            }
            if !(flags & INLINE != 0 || (tag == "tr" && matches!(t, "td" | "th"))) {
                return;
            }
            k -= 1;
        }
    }

    fn close_top(&mut self) {
        let Some(mut e) = self.stack.pop() else {
            return;
        };
        if self.first_live > self.stack.len() {
            self.first_live = self.stack.len();
        }
        if e.tag == "p" && e.stats.text_chars >= 150 {
            e.stats.long_paragraphs += 1;
        }
        if let Some(label) = &e.label {
            label_signals(&mut e.stats, label, e.tag != "a", e.href_kind);
        }
        // A nag's way out ("No thanks", "Maybe later") belongs to the appeal: it is no
        // link to elsewhere, which would make the block a list of links.
        if e.tag == "a" && !e.label.as_deref().is_some_and(collapse::is_dismissal) {
            e.stats.links = e.stats.links.saturating_add(1);
        }
        let mut pending = std::mem::take(&mut e.pending);
        // A block longer than the hold is never collapsed (in plan mode too, so both
        // ways give the same verdicts).
        if e.live && self.total - e.offset > self.opts.hold_cap {
            e.live = false;
        }
        // NOTE: a verdict of a kind the reader switched off is no verdict at all, so
        // the blocks of the other kind inside it are still collapsed on their own.
        let verdict = if e.live {
            collapse::judge(&e.stats, &e.own)
        } else {
            None
        };
        // A block complete in itself (a headline of its own, its own text, its own
        // link or form) that was judged and is no appeal is news about one: a food
        // bank's drive, an obituary asking for donations in lieu of flowers. Its words
        // and links are no evidence for the blocks around it.
        if e.live && verdict.is_none() && pending.is_empty() && e.stats.is_news_item() {
            e.stats.clear_evidence();
        }
        // Quoted words are no evidence for the blocks around the quotation (a reader's
        // testimonial in a real appeal leaves the appeal's own words to speak), nor
        // are a menu's links ("Become a Member", "Donate" beside "Take Action") for
        // the header around it.
        if e.tag == "blockquote" || e.own.navigation {
            e.stats.clear_evidence();
        }
        if let Some(v) = verdict
            && self.opts.wants(v.kind)
        {
            let covered: u32 = pending.iter().map(|f| f.text_chars).sum();
            let extra = e.stats.text_chars.saturating_sub(covered);
            // Take over from the blocks inside only when the text this element adds
            // is short, or is itself about the appeal (a heading, a plea).
            let inner_phrases: u32 = pending.iter().map(|f| f.phrases).sum();
            let own_phrases = (e.stats.phrases[0] as u32 + e.stats.phrases[1] as u32)
                .saturating_sub(inner_phrases);
            // Around two appeals or more, the words of giving in the rest may be news
            // about giving (a food bank's drive between a membership plea and a
            // sign-up form), not more of one appeal: only a short rest is taken,
            // unless the element's markup says it is the appeal (a dialog, its own
            // classes).
            let appeals = pending.iter().filter(|f| !f.grouped).count();
            let marked = e.own.dialog || e.own.evidence != [0, 0];
            let allowance = if appeals > 1 && !marked {
                0
            } else {
                own_phrases
            };
            // A page's header, footer or navigation holds more than the appeal (a
            // copyright line, links): it never takes over from the appeal inside.
            let landmark = matches!(e.tag, "header" | "footer" | "nav");
            // Nor does a block that adds a list of links of its own beside the appeal (a
            // footer's column of "About us", "Jobs", "Contact" beside its sign-up
            // column); a dialog's "Close" or "Sign in" is the dialog's.
            let inner: i32 = pending.iter().map(|f| f.link_surplus).sum();
            let more_links = e.stats.link_surplus() - inner >= i32::from(TAKEOVER_MAX_LINKS);
            if pending.is_empty()
                || (!landmark
                    && !more_links
                    && extra <= TAKEOVER_CHARS + TAKEOVER_CHARS_PER_PHRASE * allowance)
            {
                pending = vec![e.finding(v)];
            }
        }
        // A heading that announces the appeal right below it goes with it.
        if let Some(t) = self.heading.take() {
            let own = pending
                .iter()
                .find(|f| f.ordinal == e.ordinal)
                .map(|f| f.verdict.kind);
            match own {
                Some(kind)
                    if t.depth == self.stack.len()
                        && t.kinds[(kind == BlockKind::Donation) as usize] =>
                {
                    let mut f = t.finding;
                    f.verdict = Verdict {
                        kind,
                        score: 0,
                        reason: "heading of the appeal below it".into(),
                    };
                    // One appeal, one placeholder: the heading's opens both.
                    for p in pending.iter_mut().filter(|p| p.ordinal == e.ordinal) {
                        p.grouped = true;
                    }
                    pending.insert(0, f);
                }
                _ if t.depth < self.stack.len() => self.heading = Some(t), // still inside the next sibling
                _ => {}
            }
        }
        // A long heading is a headline; a short one may announce the appeal below it.
        if e.flags & HEADING != 0 && e.stats.text_chars > 80 {
            e.stats.lead = 1;
        } else if e.flags & HEADING != 0 {
            let mut lower = String::with_capacity(e.prefix.len());
            text::push_lowercase(&mut lower, &e.prefix);
            let kinds = collapse::heading_topics(&lower);
            // A plan's heading ("Monthly") is a choice, not a headline.
            if kinds == [false, false] && !collapse::is_choice_label(&lower) {
                e.stats.lead = 1;
            }
            if kinds.iter().any(|k| *k) {
                self.heading = Some(Heading {
                    depth: self.stack.len(),
                    kinds,
                    finding: e.finding(Verdict {
                        kind: BlockKind::Donation,
                        score: 0,
                        reason: String::new(),
                    }),
                });
            }
        }
        let parent_live = self.stack.last().is_some_and(|p| p.live);
        if parent_live {
            if let Some(p) = self.stack.last_mut() {
                p.pending.extend(pending)
            }
        } else {
            for f in pending {
                self.finalize(f);
            }
        }
        if let Some(p) = self.stack.last_mut() {
            p.stats.absorb(&e.stats);
            // A form has no text of its own to be judged on: its attributes (an
            // action such as "/subscribe") speak for the block it sits in, and for
            // no block further up.
            if e.tag == "form" {
                add_evidence(&mut p.own.evidence, e.own.evidence);
            }
            if e.role == Role::Guard {
                p.stats.guarded = true;
            }
        }
        // Its strings serve the next elements: no allocation per element.
        for mut s in [Some(e.prefix), e.label].into_iter().flatten() {
            if self.spare.len() < SPARE_STRINGS {
                s.clear();
                self.spare.push(s);
            }
        }
    }

    /// Elements whose start is more than `hold_cap` bytes back can no longer be
    /// collapsed; their pending findings become final.
    fn expire_live(&mut self) {
        self.expire_names();
        if self
            .heading
            .as_ref()
            .is_some_and(|h| self.total - h.finding.offset > self.opts.hold_cap)
        {
            self.heading = None;
        }
        let cap = self.opts.hold_cap;
        while self.first_live < self.stack.len() {
            let e = &mut self.stack[self.first_live];
            if e.live && self.total - e.offset <= cap {
                break;
            }
            if e.live {
                e.live = false;
                let pending = std::mem::take(&mut e.pending);
                for f in pending {
                    self.finalize(f);
                }
            }
            self.first_live += 1;
        }
    }

    fn finalize(&mut self, f: Finding) {
        let kind = f.verdict.kind;
        if self.rewrite {
            self.edit(
                f.offset,
                Edit::Collapse {
                    kind,
                    toggle: !f.grouped,
                },
            );
        } else {
            self.actions.push(Action::Collapse {
                element: f.ordinal,
                check: Check {
                    tag: f.tag.to_string(),
                    text_hash: f.check,
                },
                kind,
                reason: f.verdict.reason.clone(),
                grouped: f.grouped,
            });
        }
        self.collapsed.push(Collapsed {
            kind,
            reason: f.verdict.reason,
            text: f.text,
        });
    }

    fn edit(&mut self, at: usize, e: Edit) {
        // Mostly at the end: edits come in output order, but for a collapsed block's,
        // which is made when the block ends.
        let i = self.edits.partition_point(|(a, _)| *a <= at);
        self.edits.insert(i, (at, e));
    }

    /// A text chunk. `data` is false for script, style and other raw text.
    pub(crate) fn text(&mut self, s: &str, data: bool, last_in_node: bool) {
        if s.is_empty() {
            if last_in_node {
                self.node_open = false;
            }
            return;
        }
        if !self.node_open {
            self.node_open = true;
            self.node += 1;
            self.node_utf16 = 0;
            self.node_began_in_run = true;
            if let Some(p) = self.stack.last_mut() {
                p.text_nodes += 1;
            }
        }
        let visible = data && !self.invisible();
        if visible {
            self.visible_text(s);
            // Where a mark's text starts in its node (a plan's offsets): only visible
            // text is ever marked, and a text node is visible or not as a whole.
            if !self.rewrite {
                self.node_utf16 += utf16_len_decoded(s);
            }
        }
        if last_in_node {
            self.node_open = false;
        }
    }

    /// The parser reports a token at `start..end` of `page`, a whole page in UTF-8 that
    /// the text is read from in place (see the `gaps` module): first the end tags
    /// reported since the last call, then the text before the token, each at its offset
    /// and in its order, as the parser would have handed them over.
    pub(crate) fn reach(&mut self, page: &str, start: usize, end: usize) {
        if !self.ends.is_empty() {
            let mut ends = std::mem::take(&mut self.ends);
            for &(at, after, key) in &ends {
                self.gap(page, at);
                self.close_named(key);
                self.past(after);
            }
            ends.clear();
            self.ends = ends;
        }
        self.gap(page, start);
        self.past(end);
    }

    /// The end tag of raw text at `at..after`, reported where the page cannot be read:
    /// `reach` takes it up. `key` is the name's (`gaps::name_key`).
    pub(crate) fn end_reported(&mut self, at: usize, after: usize, key: u64) {
        self.ends.push((at, after, key));
    }

    /// An element that lol_html holds open until an end tag of its name (one that can
    /// have content): `key` is its name's, `id` what `start_tag` returned (0 for
    /// none), `style` whether the stylesheet goes before its end tag.
    pub(crate) fn opened(&mut self, key: u64, id: u64, style: bool) {
        self.open.push((key, id, style));
        match self.open_names.binary_search_by_key(&key, |n| n.0) {
            Ok(i) => self.open_names[i].1 += 1,
            Err(i) => self.open_names.insert(i, (key, 1)),
        }
    }

    /// An end tag: as lol_html does, it closes the innermost open element of its name
    /// and every element inside that one, or nothing when none of that name is open;
    /// each closed element's end is then what its end-tag handler would have said,
    /// the innermost first.
    fn close_named(&mut self, key: u64) {
        if self.open_names.binary_search_by_key(&key, |n| n.0).is_err() {
            return;
        }
        let Some(i) = self.open.iter().rposition(|o| o.0 == key) else {
            return;
        };
        let mut closed = std::mem::take(&mut self.open);
        for &(k, id, style) in closed[i..].iter().rev() {
            if let Ok(n) = self.open_names.binary_search_by_key(&k, |n| n.0) {
                self.open_names[n].1 -= 1;
                if self.open_names[n].1 == 0 {
                    self.open_names.remove(n);
                }
            }
            if id != 0 {
                self.end_tag(id);
            }
            if style {
                self.style_here();
            }
        }
        closed.truncate(i);
        self.open = closed;
    }

    /// The text after the token just reported is raw (a script's, a style's, a
    /// title's), to its end tag.
    pub(crate) fn raw_text_follows(&mut self) {
        self.gap_data = false;
    }

    /// A token ended at `after`: the text after it is data unless told otherwise.
    fn past(&mut self, after: usize) {
        self.gap_from = self.gap_from.max(after);
        self.gap_data = true;
    }

    /// The text from the end of the last token to `to`, and the output up to `to`.
    fn gap(&mut self, page: &str, to: usize) {
        let from = self.gap_from;
        if to > from {
            if !self.gap_data {
                self.gap_text(page, from, to, false);
            } else {
                let bytes = &page.as_bytes()[..to];
                let mut at = from;
                while let Some((r, m)) = gaps::markup(bytes, at) {
                    self.gap_text(page, at, r.start, true);
                    match m {
                        Markup::Cdata(t) => self.gap_text(page, t.start, t.end, false),
                        Markup::EndTag(name) => {
                            self.advance_to(r.start, page.as_bytes());
                            self.close_named(gaps::name_key(&bytes[name]));
                        }
                        Markup::Tag => {}
                    }
                    at = r.end;
                }
                self.gap_text(page, at, to, true);
            }
        }
        self.advance_to(to, page.as_bytes());
    }

    /// A text node of the page, read in place.
    fn gap_text(&mut self, page: &str, from: usize, to: usize, data: bool) {
        if let Some(t) = page.get(from..to).filter(|t| !t.is_empty()) {
            self.advance_to(from, page.as_bytes());
            self.text(t, data, true);
        }
    }

    /// The output reaches page offset `at` (a whole page read in place).
    fn advance_to(&mut self, at: usize, page: &[u8]) {
        if at > self.total {
            self.advance(at - self.total, Some(page));
        }
    }

    fn visible_text(&mut self, s: &str) {
        let chars = visible_chars(s);
        let blank = chars == 0;
        if !blank
            && self
                .heading
                .as_ref()
                .is_some_and(|h| h.depth == self.stack.len())
        {
            self.heading = None; // text between the heading and the next block
        }
        if let Some(top) = self.stack.last_mut() {
            top.stats.text_chars += chars;
            if !blank && top.stats.lead == 0 {
                top.stats.lead = 2;
            }
        }
        // The label of the link or button we are in: lower case, whitespace collapsed,
        // at most LABEL_CHARS characters, however the text was chunked.
        if let Some(l) = self
            .stack
            .iter_mut()
            .rev()
            .take(6)
            .find_map(|e| e.label.as_mut())
        {
            let mut n = l.chars().count();
            for c in s.chars() {
                if n >= LABEL_CHARS {
                    break;
                }
                if text::is_js_space(c) {
                    if !l.is_empty() && !l.ends_with(' ') {
                        l.push(' ');
                        n += 1;
                    }
                } else if c.is_ascii() {
                    // Most labels: no case table needed.
                    l.push(c.to_ascii_lowercase());
                    n += 1;
                } else {
                    text::push_lower_char(l, c);
                    n += 1;
                }
            }
        }
        self.add_prefix(s, blank);
        // Links glued to the text around them are words of their own: minified markup
        // puts "Donate</a><a>Maybe later" side by side, which a page's styles show
        // apart. (Buttons are blocks here: they end runs anyway.)
        if std::mem::take(&mut self.link_edge)
            && word_at_edge(s, false)
            && word_at_edge(&self.run.raw, true)
        {
            self.end_run();
        }
        if blank && self.run.chunks.is_empty() {
            // Whitespace never starts a run; between words it joins them.
            return;
        }
        let (parent, node_index, markable) = match self.stack.last() {
            Some(p) => (
                p.ordinal,
                p.text_nodes.saturating_sub(1),
                !p.foreign && !matches!(p.tag, "button" | "mark"),
            ),
            None => (u32::MAX, 0, false),
        };
        let base = if self.rewrite {
            None
        } else {
            self.node_began_in_run.then_some(self.node_utf16)
        };
        self.run.chunks.push(Chunk {
            raw_start: self.run.raw.len(),
            out: self.total,
            node: self.node,
            parent,
            node_index,
            node_utf16: base,
            markable,
        });
        self.run.raw.push_str(s);
        while self.run.raw.len() > MAX_RUN {
            self.split_run();
        }
    }

    /// Analyses the first part of an overlong run: up to the last space before
    /// `MAX_RUN` bytes, a place that depends on the text alone, never on how the input
    /// was split into chunks.
    fn split_run(&mut self) {
        let raw = &self.run.raw;
        let mut cut = raw.as_bytes()[..MAX_RUN]
            .iter()
            .rposition(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
            .map_or(0, |p| p + 1);
        if cut == 0 {
            cut = MAX_RUN;
            while !raw.is_char_boundary(cut) {
                cut -= 1;
            }
        }
        let mut rest = Run {
            raw: raw[cut..].to_string(),
            chunks: Vec::new(),
        };
        let k = self.run.chunks.partition_point(|c| c.raw_start < cut);
        if let Some(c) = k.checked_sub(1).map(|i| &self.run.chunks[i]) {
            let end = self.run.chunks.get(k).map_or(raw.len(), |n| n.raw_start);
            if end > cut {
                rest.chunks.push(Chunk {
                    raw_start: 0,
                    out: c.out + self.encoded_len(&raw[c.raw_start..cut]),
                    node_utf16: None,
                    ..*c
                });
            }
        }
        for c in &self.run.chunks[k..] {
            rest.chunks.push(Chunk {
                raw_start: c.raw_start - cut,
                node_utf16: None,
                ..*c
            });
        }
        self.run.raw.truncate(cut);
        self.run.chunks.truncate(k);
        self.end_run();
        self.node_began_in_run = false;
        self.run = rest;
    }

    fn end_text_node(&mut self) {
        self.node_open = false;
    }

    /// A block starts or ends: the open prefixes note where, for the report.
    fn prefix_break(&mut self) {
        for e in self.stack.iter_mut().rev() {
            if !e.keeps_prefix {
                continue;
            }
            // Ancestors hold at least the text of their descendants: stop at a full one.
            if e.prefix_chars >= PREFIX_CHARS {
                break;
            }
            if !e.prefix.is_empty() && !e.prefix.ends_with(' ') {
                e.breaks.add(e.prefix.len());
            }
        }
    }

    /// Adds text to the prefixes of the open candidate blocks (for the report and the
    /// plan's check): decoded, whitespace collapsed, at most `PREFIX_CHARS` each.
    fn add_prefix(&mut self, s: &str, blank: bool) {
        let Some(i) = self.stack.iter().rposition(|e| e.keeps_prefix) else {
            return;
        };
        if self.stack[i].prefix_chars >= PREFIX_CHARS {
            return;
        }
        // The innermost prefix is the shortest (ancestors hold at least the text of
        // their descendants): no prefix takes more of this chunk than it needs.
        let need = PREFIX_CHARS - self.stack[i].prefix_chars;
        let mut n = std::mem::take(&mut self.prefix_scratch);
        n.clear();
        let n_chars = if blank {
            0
        } else {
            text::push_collapsed(&mut n, s, need)
        };
        let starts_space = text::has_js_space_at(s, false);
        let ends_space = text::has_js_space_at(s, true);
        // Ancestors hold at least the text of their descendants: stop at a full one.
        for e in self.stack[..=i].iter_mut().rev() {
            if !e.keeps_prefix {
                continue;
            }
            if e.prefix_chars >= PREFIX_CHARS {
                break;
            }
            if (starts_space || blank) && !e.prefix.is_empty() && !e.prefix.ends_with(' ') {
                e.prefix.push(' ');
                e.prefix_chars += 1;
            }
            // As much of the chunk's text as fits, copied whole.
            let take = n_chars.min(PREFIX_CHARS - e.prefix_chars);
            let end = if take == n_chars {
                n.len()
            } else {
                n.char_indices().nth(take).map_or(n.len(), |(i, _)| i)
            };
            e.prefix.push_str(&n[..end]);
            e.prefix_chars += take;
            if ends_space
                && !blank
                && e.prefix_chars < PREFIX_CHARS
                && !e.prefix.is_empty()
                && !e.prefix.ends_with(' ')
            {
                e.prefix.push(' ');
                e.prefix_chars += 1;
            }
        }
        self.prefix_scratch = n;
    }

    /// Analyses the text gathered since the last block boundary.
    fn end_run(&mut self) {
        if self.run.chunks.is_empty() {
            return;
        }
        let run = std::mem::take(&mut self.run);
        self.norm.clear();
        self.norm.push(&run.raw, 0, true);
        let mut has_upper = None;
        if self.opts.collapse && !self.norm.norm.is_empty() {
            let mut lower = std::mem::take(&mut self.lower);
            lower.clear();
            has_upper = Some(text::push_lowercase(&mut lower, &self.norm.norm));
            if let Some(top) = self.stack.last_mut() {
                top.stats.add_phrases(&lower);
                let money = count_money(&lower);
                if money > 0 {
                    top.stats.phrases[1] = top.stats.phrases[1].saturating_add(money.min(2));
                    top.stats.signal(BlockKind::Donation, || "amount".into());
                }
            }
            self.lower = lower;
        }
        // Names start with a capital letter: text without one has none.
        if self.opts.officials && has_upper.unwrap_or_else(|| text::has_uppercase(&self.norm.norm))
        {
            let mut marks = std::mem::take(&mut self.marks);
            let mut unresolved = std::mem::take(&mut self.unresolved);
            marks.clear();
            unresolved.clear();
            self.expire_names();
            let changed = self
                .registry
                .scan(&self.norm.norm, &mut marks, &mut unresolved);
            if changed {
                self.resolve_names();
            }
            for m in &marks {
                for p in self.placements(&run, &m.range) {
                    self.apply_mark(p, m.official);
                }
            }
            for u in unresolved.drain(..) {
                let placements = self.placements(&run, &u.range);
                if !placements.is_empty() {
                    self.names.push_back(PendingName {
                        tokens: u.tokens,
                        placements,
                    });
                }
            }
            self.expire_names();
            self.marks = marks;
            self.unresolved = unresolved;
        }
        let mut run = run;
        run.raw.clear();
        run.chunks.clear();
        self.run = run;
    }

    /// Where a span of the run's normalised text lies, in output bytes (rewrite) or in
    /// text nodes (plan): one piece per text node it crosses ("Jair <a>Bolsonaro</a>"),
    /// since a mark never spans elements. Pieces that cannot be marked are left out.
    fn placements(&self, run: &Run, range: &std::ops::Range<usize>) -> Vec<Placement> {
        let mut out = Vec::new();
        let raw_a = self.norm.raw_at(range.start) as usize;
        let raw_z = if range.end < self.norm.norm.len() {
            self.norm.raw_at(range.end) as usize
        } else {
            run.raw.len()
        };
        if raw_a >= raw_z || raw_z > run.raw.len() {
            return out;
        }
        let chunk_end = |i: usize| run.chunks.get(i + 1).map_or(run.raw.len(), |c| c.raw_start);
        let Some(first_chunk) = run
            .chunks
            .partition_point(|c| c.raw_start <= raw_a)
            .checked_sub(1)
        else {
            return out;
        };
        let mut ci = first_chunk;
        while ci < run.chunks.len() && run.chunks[ci].raw_start < raw_z {
            // The chunks of one text node.
            let node = run.chunks[ci].node;
            let mut cz = ci;
            while cz + 1 < run.chunks.len()
                && run.chunks[cz + 1].node == node
                && run.chunks[cz + 1].raw_start < raw_z
            {
                cz += 1;
            }
            let ca = &run.chunks[ci];
            let mut pa = raw_a.max(ca.raw_start);
            let mut pz = raw_z.min(chunk_end(cz));
            let piece = &run.raw[pa..pz];
            let kept = text::js_trimmed(piece);
            (pa, pz) = (pa + kept.start, pa + kept.end);
            if pa < pz && ca.markable {
                // Chunks of one node are contiguous in the output.
                let ka = run.chunks[ci..=cz].partition_point(|c| c.raw_start <= pa) - 1 + ci;
                let kz = run.chunks[ci..=cz].partition_point(|c| c.raw_start < pz) - 1 + ci;
                let (xa, xz) = (&run.chunks[ka], &run.chunks[kz]);
                let out_a = xa.out + self.encoded_len(&run.raw[xa.raw_start..pa]);
                let form = decode_text(&run.raw[pa..pz]);
                let target = if self.rewrite {
                    Some(Target::Bytes {
                        end: xz.out + self.encoded_len(&run.raw[xz.raw_start..pz]),
                    })
                } else {
                    // Offsets in UTF-16 units of the node's decoded text, as a script sees it.
                    let first = run.chunks.iter().position(|c| c.node == node).unwrap_or(ci);
                    run.chunks[first].node_utf16.map(|base| {
                        let start_raw = run.chunks[first].raw_start;
                        Target::Node {
                            element: ca.parent,
                            node: ca.node_index,
                            start: base + utf16_len_decoded(&run.raw[start_raw..pa]),
                            end: base + utf16_len_decoded(&run.raw[start_raw..pz]),
                        }
                    })
                };
                if let Some(target) = target {
                    out.push(Placement {
                        out_a,
                        form,
                        target,
                    });
                }
            }
            ci = cz + 1;
        }
        out
    }

    fn apply_mark(&mut self, p: Placement, official: usize) {
        let Some(o) = self.registry.officials().get(official) else {
            return;
        };
        let (name, role) = (o.name.clone(), o.role.clone());
        self.marks_total += 1;
        match p.target {
            Target::Bytes { end } => self.edit(p.out_a, Edit::Mark { end, name, role }),
            Target::Node {
                element,
                node,
                start,
                end,
            } => self.actions.push(Action::Mark {
                element,
                node,
                start,
                end,
                text: p.form,
                official: name,
                role,
            }),
        }
    }

    /// Marks earlier mentions of officials whose title the page gave only later.
    fn resolve_names(&mut self) {
        let mut kept = std::collections::VecDeque::with_capacity(self.names.len());
        while let Some(n) = self.names.pop_front() {
            // Borrowed words, of the one type the scanner looks names up with.
            let mut words: [std::borrow::Cow<'_, str>; 8] = Default::default();
            let mut k = 0;
            for w in n.tokens.split(' ').take(words.len()) {
                words[k] = std::borrow::Cow::Borrowed(w);
                k += 1;
            }
            match self.registry.lookup(&words[..k]) {
                Some(i) => {
                    // The pieces of one mention ("Jair <a>Bolsonaro</a>"), one space apart.
                    let mut form = String::new();
                    for p in &n.placements {
                        if !form.is_empty() {
                            form.push(' ');
                        }
                        form.push_str(&p.form);
                    }
                    self.registry.count_mention(i, &form);
                    for p in n.placements {
                        self.apply_mark(p, i);
                    }
                }
                None => kept.push_back(n),
            }
        }
        self.names = kept;
    }

    /// Names further back than the hold can no longer be marked.
    fn expire_names(&mut self) {
        while self
            .names
            .front()
            .is_some_and(|n| self.total.saturating_sub(n.placements[0].out_a) > self.opts.hold_cap)
            || self.names.len() > MAX_NAMES
        {
            self.names.pop_front();
        }
    }

    fn encoded_len(&self, s: &str) -> usize {
        if self.encoding == encoding_rs::UTF_8 {
            s.len()
        } else {
            self.encoding.encode(s).0.len()
        }
    }

    /// Output from lol_html. `page` is the whole input when the caller holds it (the
    /// output is the input: what is held is read there, not copied).
    pub(crate) fn output(&mut self, bytes: &[u8], page: Option<&[u8]>) {
        if self.rewrite && page.is_none() {
            // Before the buffer grows, the space of what has gone out is reused when it
            // is a quarter of the buffer or more: it stays near the size of what is held.
            if self.held.len() + bytes.len() > self.held.capacity()
                && self.held_start * 4 >= self.held.len()
            {
                self.held.drain(..self.held_start);
                self.held_start = 0;
            }
            self.held.extend_from_slice(bytes);
        }
        self.advance(bytes.len(), page);
    }

    /// `len` more bytes of output, which are in `page` or in the held copy already.
    fn advance(&mut self, len: usize, page: Option<&[u8]>) {
        self.total += len;
        if !self.rewrite {
            return;
        }
        // Nothing further back than the cap can still be collapsed or marked: let it go.
        if self.total - self.held_base > self.opts.hold_cap {
            self.expire_live();
        }
        // Hand output on in batches: fewer, larger writes. While a block is pending the
        // hold cannot shrink, so the next try waits for another batch, not the next
        // token.
        if self.total >= self.next_flush {
            self.next_flush = self.total + FLUSH_BATCH;
            if self.total - self.held_base >= FLUSH_BATCH {
                self.flush(false, page);
            }
        }
    }

    /// The held output from output offset `from` (at least `held_base`) to `to` (at
    /// most `total`): in the page, or in the copy kept of it.
    fn held_bytes<'a>(&'a self, page: Option<&'a [u8]>, from: usize, to: usize) -> &'a [u8] {
        held_slice(
            &self.held[self.held_start..],
            self.held_base,
            page,
            from,
            to,
        )
    }

    fn hold_point(&self) -> usize {
        let mut p = self.total;
        if let Some(c) = self.run.chunks.first() {
            p = p.min(c.out);
        }
        if let Some(n) = self.names.front() {
            p = p.min(n.placements[0].out_a);
        }
        if let Some(h) = &self.heading {
            p = p.min(h.finding.offset);
        }
        for e in &self.stack[self.first_live.min(self.stack.len())..] {
            if e.live {
                p = p.min(e.offset);
                break;
            }
        }
        p
    }

    fn flush(&mut self, all: bool, page: Option<&[u8]>) {
        let upto = if all { self.total } else { self.hold_point() };
        let held_now = self.total - self.held_base;
        self.peak_held = self.peak_held.max(held_now);
        let mut cursor = self.held_base;
        let mut edits = std::mem::take(&mut self.edits).into_iter().peekable();
        // Edits before the hold point; a mark also waits until its end is out of the
        // hold.
        while let Some((at, edit)) = edits.next_if(|(at, e)| {
            (all || *at < upto) && !matches!(e, Edit::Mark { end, .. } if *end > upto)
        }) {
            if at < cursor {
                continue; // overlapping edit: skip rather than corrupt
            }
            self.emit(cursor, at, page);
            cursor = at;
            match edit {
                Edit::Collapse { kind, toggle } => {
                    let bytes = self.held_bytes(page, at, self.total);
                    let name_len = bytes
                        .iter()
                        .skip(1)
                        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-' || **b == b':')
                        .count();
                    if bytes.first() == Some(&b'<') && name_len > 0 {
                        if self.opts.ui && toggle {
                            self.write_str(
                                "<button type=\"button\" data-unboil-ui=\"toggle\" data-unboil-kind=\"",
                            );
                            self.write_str(kind.as_str());
                            self.write_str("\" aria-expanded=\"false\">");
                            self.write_str(kind.label());
                            self.write_str(" · Show</button>");
                        }
                        self.emit(at, at + 1 + name_len, page);
                        cursor = at + 1 + name_len;
                        self.write_str(" data-unboil-collapsed=\"");
                        self.write_str(kind.as_str());
                        self.write_str("\"");
                    }
                }
                Edit::Mark { end, name, role } => {
                    if end > at
                        && end <= self.total
                        && !self
                            .held_bytes(page, at, end)
                            .iter()
                            .any(|b| matches!(b, b'<' | b'>'))
                    {
                        self.write_str("<mark data-unboil-official=\"");
                        self.write_str(&text::escape_html(&name));
                        self.write_str("\" data-unboil-role=\"");
                        self.write_str(&text::escape_html(&role));
                        self.write_str("\">");
                        self.emit(at, end, page);
                        self.write_str("</mark>");
                        cursor = end;
                    }
                }
                Edit::Style => self.write_str(STYLE),
            }
        }
        self.edits = edits.collect();
        self.emit(cursor, upto.max(cursor), page);
        let consumed = upto.max(cursor) - self.held_base;
        self.held_base += consumed;
        if page.is_none() {
            self.held_start += consumed;
            if self.held_start == self.held.len() {
                self.held.clear();
                self.held_start = 0;
            }
        }
    }

    fn emit(&mut self, from: usize, to: usize, page: Option<&[u8]>) {
        if self.splices.is_some() {
            self.page_out = self.page_out.max(to);
        } else if to > from {
            let held = &self.held[self.held_start..];
            let bytes = held_slice(held, self.held_base, page, from, to);
            self.ready.extend_from_slice(bytes);
        }
    }

    fn write_str(&mut self, s: &str) {
        if self.opts.ascii_insertions && !s.is_ascii() {
            let mut ascii = String::with_capacity(s.len() * 2);
            for c in s.chars() {
                if c.is_ascii() {
                    ascii.push(c);
                } else {
                    ascii.push_str(&format!("&#{};", c as u32));
                }
            }
            self.ready.extend_from_slice(ascii.as_bytes());
        } else if self.encoding == encoding_rs::UTF_8 {
            self.ready.extend_from_slice(s.as_bytes());
        } else {
            let (bytes, _, _) = self.encoding.encode(s);
            self.ready.extend_from_slice(&bytes);
        }
        if let Some(splices) = &mut self.splices {
            splices.push((self.page_out, self.ready.len()));
        }
    }

    /// Bytes of the page emitted so far (the parser's output equals its input).
    pub(crate) fn page_bytes_out(&self) -> usize {
        self.held_base
    }

    /// The end of the document: close everything, decide everything, flush.
    pub(crate) fn finish(&mut self, page: Option<&[u8]>) {
        self.end_run();
        while !self.stack.is_empty() {
            self.close_top();
        }
        if self.rewrite {
            self.flush(true, page);
        }
    }

    pub(crate) fn report(&self) -> Report {
        Report {
            collapsed: self.collapsed.clone(),
            officials: self
                .registry
                .officials()
                .iter()
                .filter(|o| o.count > 0)
                .map(|o| OfficialReport {
                    name: o.name.clone(),
                    role: o.role.clone(),
                    mentions: o.mentions.clone(),
                    count: o.count,
                })
                .collect(),
            stats: Stats {
                elements: self.elements,
                bytes: self.total as u64,
                collapsed: self.collapsed.len() as u64,
                marks: self.marks_total,
                peak_held_bytes: self.peak_held as u64,
                charset: self.encoding.name(),
            },
        }
    }

    pub(crate) fn take_actions(&mut self) -> Vec<Action> {
        std::mem::take(&mut self.actions)
    }

    /// The end of the head, where the stylesheet goes.
    pub(crate) fn style_here(&mut self) {
        self.edit(self.total, Edit::Style);
    }

    /// The stylesheet the rewrite inserts before `</head>`.
    pub(crate) fn wants_style(&self) -> bool {
        self.rewrite && self.opts.ui && self.opts.collapse
    }
}

/// The stylesheet inserted into rewritten pages: collapsed blocks are hidden until
/// their toggle opens them; an official's role shows on hover, over the text (the layout
/// never moves).
pub const STYLE: &str = "<style data-unboil-ui=\"style\">[data-unboil-collapsed]:not([data-unboil-open]){display:none!important}\
[data-unboil-ui=toggle]{all:revert;font:12px/1.6 system-ui,sans-serif;opacity:.7;margin:2px 0;cursor:pointer}\
mark[data-unboil-official]{background:rgba(255,210,0,.25);color:inherit;border-bottom:1px dotted currentColor;position:relative}\
mark[data-unboil-official]:hover::after{content:attr(data-unboil-role);position:absolute;left:0;top:100%;z-index:2147483647;\
white-space:nowrap;font:12px/1.5 system-ui,sans-serif;padding:1px 6px;border-radius:3px;background:#222;color:#fff;pointer-events:none}</style>";

/// What the label of a link or a button says: a choice of amount or frequency (a
/// button's only), a call to action.
fn label_signals(stats: &mut BlockStats, label: &str, button: bool, href_kind: Option<BlockKind>) {
    // A button offers an amount or a frequency ("$5", "Monthly"); a link only an
    // amount (a "Monthly" link is an archive's).
    let choice = if button {
        collapse::is_choice_label(label)
    } else {
        collapse::is_amount_label(label)
    };
    if choice {
        stats.choices = stats.choices.saturating_add(1);
        stats.signal(BlockKind::Donation, || "amount or frequency choice".into());
    }
    let said = collapse::action_kind(label);
    if let Some(k) = said.or(href_kind) {
        let i = (k == BlockKind::Donation) as usize;
        stats.actions[i] = stats.actions[i].saturating_add(1);
        if said == Some(BlockKind::Newsletter) && href_kind == said {
            stats.newsletter_links = stats.newsletter_links.saturating_add(1);
        }
        stats.action_chars = stats
            .action_chars
            .saturating_add(label.chars().filter(|c| !c.is_whitespace()).count() as u32);
        stats.signal(k, || match label.trim() {
            "" => "call to action (by its address)".into(),
            l => format!("call to action \"{l}\""),
        });
    }
}

/// The kind of appeal attribute evidence points at, if any: the stronger, newsletters
/// on a tie.
fn kind_of(ev: [u16; 2]) -> Option<BlockKind> {
    if ev[1] > ev[0] {
        Some(BlockKind::Donation)
    } else if ev[0] > 0 {
        Some(BlockKind::Newsletter)
    } else {
        None
    }
}

/// Whether a field's name, label or hint (lower case) asks for an e-mail address:
/// "email", "Адрес почты", "Tu correo", "Votre courriel".
fn names_email(lv: &str) -> bool {
    ["mail", "почт", "correo", "courriel"]
        .iter()
        .any(|w| has(lv, w))
}

/// Whether `needle` occurs in an attribute value. Values are short: a plain scan,
/// without the set-up of `str::contains` (and without its searcher in the module).
fn has(value: &str, needle: &str) -> bool {
    needle.is_empty()
        || value
            .as_bytes()
            .windows(needle.len())
            .any(|w| w == needle.as_bytes())
}

/// Adds per-kind evidence.
fn add_evidence(to: &mut [u16; 2], from: [u16; 2]) {
    for (t, f) in to.iter_mut().zip(from) {
        *t = t.saturating_add(f);
    }
}

fn count_money(lower: &str) -> u16 {
    let b = lower.as_bytes();
    let mut n = 0u16;
    // '$', and the lead bytes of '£' (C2 A3), '€' (E2 82 AC), '₽' (E2 82 BD) and '₴'
    // (E2 82 B4).
    for i in memchr::memchr3_iter(b'$', 0xC2, 0xE2, b) {
        let Some(c) = lower[i..].chars().next() else {
            continue;
        };
        if matches!(c, '$' | '€' | '£' | '₽' | '₴') {
            let next = lower[i + c.len_utf8()..].chars().next();
            let prev = lower[..i].chars().next_back();
            if next.is_some_and(|d| d.is_ascii_digit())
                || prev.is_some_and(|d| d.is_ascii_digit())
                || (prev == Some(' ') && i >= 2 && b[i - 2].is_ascii_digit())
            {
                n += 1;
            }
        }
    }
    n
}

/// Output bytes `from..to` (offsets in the whole output, from `base` on): in the page
/// when it is read in place, else in `held`, the copy of the output from `base`.
fn held_slice<'a>(
    held: &'a [u8],
    base: usize,
    page: Option<&'a [u8]>,
    from: usize,
    to: usize,
) -> &'a [u8] {
    match page {
        Some(p) => &p[from..to],
        None => &held[from - base..to - base],
    }
}

/// Characters of `s` that are not whitespace (0: the text is blank).
fn visible_chars(s: &str) -> u32 {
    // One pass, eight bytes at a time in a word (the WebAssembly build has no vector
    // code): the spaces, and whether any byte is not ASCII (most text is ASCII).
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut words = s.as_bytes().chunks_exact(8);
    let (mut spaces, mut high) = (0u32, 0u64);
    for w in &mut words {
        let w = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
        high |= w;
        // A byte's high bit marks a space (its XOR with 0x20 is zero)...
        let t = w ^ (ONES * 0x20);
        let space = !(((t & !HIGH) + !HIGH) | t) & HIGH;
        // ... or a byte from \t to \r (at least 9, below 14; no carries while ASCII).
        let ge9 = w.wrapping_add(ONES * (0x80 - 9)) & HIGH;
        let ge14 = w.wrapping_add(ONES * (0x80 - 14)) & HIGH;
        spaces += (space | (ge9 & !ge14)).count_ones();
    }
    for &x in words.remainder() {
        high |= u64::from(x);
        spaces += u32::from(text::is_ascii_js_space(x));
    }
    if high & HIGH == 0 {
        s.len() as u32 - spaces
    } else {
        s.chars().filter(|c| !text::is_js_space(*c)).count() as u32
    }
}

fn decode_text(raw: &str) -> String {
    if !raw.contains('&') {
        return raw.to_string();
    }
    let mut out = String::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        if raw.as_bytes()[i] == b'&'
            && let Some((c, len)) = text::decode_reference(&raw[i..])
        {
            out.push(c);
            i += len;
            continue;
        }
        let c = raw[i..].chars().next().unwrap_or(' ');
        out.push(c);
        i += c.len_utf8();
    }
    out
}

/// The UTF-16 length of raw text once its character references are decoded (what a
/// DOM text node holds), without decoding it.
fn utf16_len_decoded(raw: &str) -> u32 {
    let b = raw.as_bytes();
    let mut n = 0;
    let mut from = 0;
    while let Some(amp) = b[from..].iter().position(|&c| c == b'&').map(|p| from + p) {
        n += text::utf16_len(&b[from..amp]);
        match text::decode_reference(&raw[amp..]) {
            Some((c, len)) => {
                n += c.len_utf16();
                from = amp + len;
            }
            None => {
                n += 1;
                from = amp + 1;
            }
        }
    }
    (n + text::utf16_len(&b[from..])) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attribute_values_are_searched_whole() {
        assert!(has("newsletter-email-field", "mail"));
        assert!(has("mail", "mail") && has("x", ""));
        assert!(!has("ma", "mail") && !has("", "mail") && !has("m-a-i-l", "mail"));
        assert!(names_email("ваша-почта") && names_email("courriel") && !names_email("name"));
    }

    #[test]
    fn block_breaks_read_as_spaces() {
        let text = "NewsletterDie wichtigsten ... ...Nachrichten";
        let mut b = Breaks::default();
        b.add(10); // "Newsletter" | "Die"
        b.add(10); // the same place twice: one space
        b.add(25); // before a space that is there already
        b.add(26); // after one
        b.add(33); // "..." | "Nachrichten"
        b.add(text.len()); // at the end: nothing follows
        assert_eq!(
            b.apply(text),
            "Newsletter Die wichtigsten ... ... Nachrichten"
        );
        // Never inside a character, and at most six breaks kept.
        let mut b = Breaks::default();
        for at in [1, 2, 3, 4, 5, 6, 7] {
            b.add(at);
        }
        assert_eq!(b.apply("éabcdefgh"), "é a b c d efgh");
        assert_eq!(Breaks::default().apply("as is"), "as is");
    }

    /// A submit button written as an `<input>` is labelled by its value: a call to
    /// action like a `<button>`'s text (decoded, lower-cased, in any script).
    #[test]
    fn an_input_value_labels_its_button() {
        let reason = |html: &str| {
            let r = crate::rewrite(html.as_bytes(), &Options::default(), encoding_rs::UTF_8)
                .unwrap()
                .report;
            r.collapsed.first().map(|c| c.reason.clone())
        };
        let page = |button: &str| {
            format!(
                "<article><p>{}</p><div class=\"k3\"><p>Thanks for reading! Subscribe for free \
                 to receive new posts and support my work.</p><form><input type=\"email\">\
                 {button}</form></div></article>",
                "The council met on Monday and approved the budget. ".repeat(6)
            )
        };
        assert_eq!(
            reason(&page("<button>Subscribe</button>")),
            reason(&page(r#"<input type="submit" value=" Sub&#115;cribe ">"#))
        );
        assert!(reason(&page("<button>Subscribe</button>")).is_some());
        assert_eq!(reason(&page(r#"<input type="submit">"#)), None);
        let ru = reason(
            "<div><p>Новости недели</p><p>Подпишитесь на нашу рассылку: лучшие материалы — каждую пятницу.</p>\
             <form><input type=\"email\"><input type=\"submit\" value=\"ПОДПИСАТЬСЯ\"></form></div>",
        );
        assert!(
            ru.as_deref()
                .is_some_and(|r| r.contains("call to action \"подписаться\"")),
            "{ru:?}"
        );
    }

    /// The blocks collapsed when `block` stands between two paragraphs of a story.
    fn collapsed_in_story(block: &str) -> Vec<crate::report::Collapsed> {
        let story = "The council met on Monday and approved the budget. ".repeat(6);
        let html = format!("<body><article><p>{story}</p>{block}<p>{story}</p></article></body>");
        crate::rewrite(html.as_bytes(), &Options::default(), encoding_rs::UTF_8)
            .unwrap()
            .report
            .collapsed
    }

    #[test]
    fn the_held_buffer_stays_near_what_is_held() {
        // Names not yet known to be officials hold the output back from where they
        // stand (until they are a hold cap behind, or too many to remember): the hold
        // moves on a little at each flush. The buffer reuses the space of what went
        // out instead of growing past it.
        let para = "<p>Alice Walker met Bob Marley and Carol King in the old town.</p>\n";
        let page = format!("<html><body>{}</body></html>", para.repeat(20_000));
        let opts = Options::default();
        let cap = opts.hold_cap;
        let mut rw = crate::Rewriter::new(opts, encoding_rs::UTF_8, |_: &[u8]| {}).unwrap();
        let (mut most, mut held) = (0, 0);
        for chunk in page.as_bytes().chunks(4096) {
            rw.write(chunk).unwrap();
            let st = rw.state.borrow();
            most = most.max(st.held.capacity());
            held = held.max(st.total - st.held_base);
        }
        rw.end().unwrap();
        assert!(held <= cap, "{held} bytes held for a hold cap of {cap}");
        // Here about one and a half times what is held (three times, when the space
        // was reclaimed only once half the buffer had gone out).
        assert!(most <= 2 * held, "a buffer of {most} bytes for {held} held");
    }

    /// The kinds of the blocks collapsed around a block inside a story.
    fn collapsed_kinds(block: &str) -> Vec<BlockKind> {
        collapsed_in_story(block).iter().map(|c| c.kind).collect()
    }

    /// A sign-up form served in a frame from elsewhere is the block's control, when the
    /// frame's address says what it serves; a video's frame is none, nor is an image
    /// whatever its address.
    #[test]
    fn a_sign_up_form_in_a_frame_is_the_blocks_control() {
        let block = |frame: &str| {
            format!(
                "<div><h3>Get our free daily newsletter</h3><p>The best of our journalism, \
                 in your inbox every morning.</p>{frame}</div>"
            )
        };
        assert_eq!(
            collapsed_kinds(&block(
                "<iframe src=\"https://lists.example.com/subscribe?list=daily\"></iframe>"
            )),
            [BlockKind::Newsletter]
        );
        assert!(
            collapsed_kinds(&block(
                "<iframe src=\"https://video.example.com/embed/abc\"></iframe>"
            ))
            .is_empty()
        );
        assert!(
            collapsed_kinds(&block(
                "<img src=\"https://lists.example.com/subscribe.png\">"
            ))
            .is_empty()
        );
    }

    #[test]
    fn a_tip_jar_is_an_appeal() {
        let collapsed = |block: &str| {
            collapsed_in_story(block)
                .iter()
                .map(|c| (c.kind, c.text.clone()))
                .collect::<Vec<_>>()
        };
        let jar = "<div><h3>Enjoying this post?</h3><p>If you like my work, consider buying \
                   me a coffee.</p><a href=\"https://ko-fi.com/someone\">Buy me a coffee</a></div>";
        assert_eq!(
            collapsed(jar),
            [(
                BlockKind::Donation,
                "Enjoying this post? If you like my work, consider buying me a cof".to_string()
            )]
        );
        // The words in a story are not the plea.
        let story = "<p>She spent the morning buying me a coffee before the meeting, he said.</p>";
        assert_eq!(collapsed(story), []);
        // A creator's plea names the platform, and the button may be its logo alone.
        for jar in [
            "<div><p>Support me on Patreon</p><a href=\"https://www.patreon.com/jo\"><img \
             src=\"p.png\" alt=\"Become a patron\"></a></div>",
            "<div><p>If you like what I do, support my work on Ko-fi.</p><a \
             href=\"https://ko-fi.com/jo\"><img src=\"k.png\" alt=\"ko-fi\"></a></div>",
        ] {
            let found = collapsed_in_story(jar);
            assert_eq!(found.len(), 1, "{jar}");
            assert!(found[0].reason.contains("call to action (by its address)"));
        }
        let news = "<p>“Will you support me on this?” she asked the council, which voted \
                    <a href=\"/vote\">against it</a>.</p>";
        assert_eq!(collapsed(news), []);
    }

    /// A newsletter's promo written as a news item (its name as a headline, a line, a
    /// link "Get it sent to your inbox" to the newsletter's page) is an appeal: its link
    /// says the appeal and leads to it. A story's teaser stays news.
    #[test]
    fn a_newsletter_promo_shaped_like_a_news_item() {
        let promo = "<div><h2>The Morning</h2><p>Make sense of the day's news and ideas. Our \
                     journalists guide you through what's happening and why it matters.</p>\
                     <a href=\"/newsletters/the-morning\">Get it sent to your inbox.</a></div>";
        assert_eq!(collapsed_kinds(promo), [BlockKind::Newsletter]);
        let teaser = "<div><h2>The Morning</h2><p>Make sense of the day's news and ideas. Our \
                      journalists guide you through what's happening and why it matters.</p>\
                      <a href=\"/2026/12/07/briefing/the-morning-news.html\">Read more</a></div>";
        assert_eq!(collapsed_kinds(teaser), []);
    }

    /// The smallest block that holds the appeal is collapsed: a footer's row of
    /// columns, one of them links ("About us", "Jobs", "Contact"), keeps them in view.
    /// A dialog's own "Close" and "Sign in" beside its form go with it.
    #[test]
    fn a_column_of_links_beside_an_appeal_stays() {
        let texts = |block: &str| -> Vec<String> {
            collapsed_in_story(block)
                .into_iter()
                .map(|c| c.text)
                .collect()
        };
        let footer = "<div><div><h4>About</h4><a href=\"/a\">About us</a> <a href=\"/j\">Jobs</a> \
                      <a href=\"/c\">Contact</a></div><div><h4>Newsletter</h4><p>Get our best \
                      stories in your inbox.</p><form><input type=\"email\"><button>Sign \
                      up</button></form></div></div>";
        assert_eq!(
            texts(footer),
            ["Newsletter Get our best stories in your inbox. Sign up"]
        );
        let dialog = "<div role=\"dialog\"><a href=\"#\">Close</a> <a href=\"/login\">Sign in</a>\
                      <div><h4>Newsletter</h4><p>Get our best stories in your inbox.</p><form>\
                      <input type=\"email\"><button>Sign up</button></form></div></div>";
        assert_eq!(
            texts(dialog),
            ["Close Sign in Newsletter Get our best stories in your inbox. Sign u"]
        );
    }

    /// A sign-up form may name its newsletter by its kind alone ("the Morning Brief",
    /// "our weekly roundup") and have a button that says nothing ("Go", "Join"): the
    /// e-mail field makes the case. A briefing in the news, with no field, stays.
    #[test]
    fn a_newsletter_named_by_its_kind() {
        for block in [
            "<aside><h2>Get the Morning Brief</h2><form><input type=\"email\"><button>Go</button></form></aside>",
            "<div><p>Join 50,000 readers who get our weekly roundup.</p><form><input \
             type=\"email\"><button>Join</button></form></div>",
        ] {
            assert_eq!(collapsed_kinds(block), [BlockKind::Newsletter], "{block}");
        }
        let news = "<p>At the White House daily briefing, the press secretary took \
                    <a href=\"/q\">questions</a> on the storm.</p>";
        assert_eq!(collapsed_kinds(news), []);
    }

    /// Italian and Polish appeals are found by their wording; a report quoting one is
    /// news.
    #[test]
    fn italian_and_polish_appeals() {
        for block in [
            "<div><h3>Sostieni il Post</h3><p>Il tuo contributo conta.</p><a href=\"/s\">Sostienici</a></div>",
            "<div><p>Iscriviti alla nostra newsletter.</p><form><input type=\"email\"><button>Iscriviti</button></form></div>",
            "<div><h3>Wesprzyj nas</h3><p>Twoje wsparcie jest ważne.</p><a href=\"/w\">Wspieram</a></div>",
            "<div><h3>Wesprzyj nas</h3><p>Przekaż darowiznę.</p><a href=\"/w\">Wpłać</a></div>",
            "<div><p>Zapisz się do newslettera.</p><form><input type=\"email\"><button>Zapisz się</button></form></div>",
        ] {
            assert_eq!(collapsed_kinds(block).len(), 1, "{block}");
        }
        let news = "<p>La fondazione ha detto che le donazioni sono calate: «Sostieni la \
                    ricerca», ha chiesto il presidente. <a href=\"/x\">Dona</a></p>";
        assert_eq!(collapsed_kinds(news), []);
    }

    /// Amounts offered as links ("500 ₽", "$10" written as `<a>`) are the appeal's call
    /// to action: a widget need not also link to a page named "donate".
    #[test]
    fn amounts_offered_as_links_are_the_call_to_action() {
        let plea = |amounts: &str| {
            collapsed_kinds(&format!(
                "<div><h3>Поддержите «Медузу»</h3><p>Без вашей поддержки нас не будет.</p>{amounts}</div>"
            ))
        };
        assert_eq!(
            plea("<a href=\"#\">500 ₽</a> <a href=\"#\">1000 ₽</a>"),
            [BlockKind::Donation]
        );
        // Without them there is nothing to act on: a plea in words alone is not collapsed.
        assert_eq!(plea("<a href=\"/about\">О нас</a>"), []);
    }

    #[test]
    fn a_nags_way_out_is_part_of_the_appeal() {
        let collapsed = |block: &str| collapsed_in_story(block).len();
        let nag = |way_out: &str| {
            format!(
                "<div><p>We depend on readers like you. Can you pitch in a few bucks?</p>\
                 <a href=\"/give\">Yes, I will chip in</a> <a href=\"#\">{way_out}</a></div>"
            )
        };
        // Declining or putting off is the nag's own link, in any of its languages...
        for way_out in [
            "No thanks",
            "No, thanks.",
            "Maybe later",
            "Nein danke",
            "Не сейчас",
        ] {
            assert_eq!(collapsed(&nag(way_out)), 1, "{way_out}");
        }
        // ... a link elsewhere makes it one of a list of links.
        assert_eq!(collapsed(&nag("Our staff")), 0);
    }

    /// Minified markup glues links to each other and to the text around
    /// them; their words are words of their own all the same.
    #[test]
    fn links_glued_to_text_are_words_of_their_own() {
        let plea = "<p>We ask you, humbly: please support us. If everyone reading this gave \
                    just $2.75, we could keep going.</p>";
        for links in [
            "<a href=\"/donate\">Give now</a><a href=\"#\">Maybe later</a>",
            "<a href=\"/donate\">Give now</a>Maybe later",
            "<a href=\"/donate\">Give now</a><a href=\"#\"><b>Maybe later</b></a>",
            "<b><a href=\"/donate\">Give now</a></b>Maybe later",
            "<a href=\"/donate\">Give now</a> <a href=\"#\">Maybe later</a>",
        ] {
            let block = format!("<div>{plea}{links}</div>");
            let collapsed = collapsed_in_story(&block);
            assert_eq!(collapsed.len(), 1, "{links}");
            assert!(
                collapsed[0].reason.contains("phrase \"give now\""),
                "{links}"
            );
        }
        // A name across a link is still one name.
        let page = "<p>The talks were led by Foreign Minister <a href=\"/l\">Sergei \
                    Lavrov</a>'s deputy. President <b>Vladimir</b> <a href=\"/p\">Putin</a> \
                    agreed.</p>";
        let report = crate::rewrite(page.as_bytes(), &Options::default(), encoding_rs::UTF_8)
            .unwrap()
            .report;
        let names: Vec<&str> = report.officials.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(names, ["Sergei Lavrov", "Vladimir Putin"]);
    }

    #[test]
    fn utf16_len_decoded_is_the_decoded_texts() {
        for raw in [
            "",
            "plain",
            "Ärzte &amp; Путин",
            "&",
            "a & b &&amp;",
            "&#x1F600; &#128512;&#65; &#0; &#xD800;",
            "&eacute;&notit; &not &amp &bogus; &nbsp",
            "tail &",
            "😀&lt;😀&gt",
        ] {
            assert_eq!(
                utf16_len_decoded(raw) as usize,
                decode_text(raw).encode_utf16().count(),
                "{raw:?}"
            );
        }
    }

    /// The word-at-a-time count agrees with counting characters one by one, at every
    /// length and alignment, with JavaScript's spaces and with text that is not ASCII.
    #[test]
    fn visible_chars_counts_what_is_not_space() {
        let pieces = [
            "a",
            " ",
            "\t",
            "\n",
            "\u{0B}",
            "\u{0C}",
            "\r",
            "\u{0E}",
            "\u{08}",
            "!",
            "~",
            "\u{7F}",
            "\u{A0}",
            "é",
            "Ж",
            "\u{2009}",
            "€",
            "\u{1F600}",
        ];
        let mut seed = 7u32;
        for len in 0..40 {
            for _ in 0..20 {
                let mut s = String::new();
                for _ in 0..len {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    // Mostly ASCII, as text is; sometimes not.
                    let k = (seed >> 16) as usize % pieces.len();
                    let k = if seed & 0x10000 != 0 && k >= 12 {
                        k % 12
                    } else {
                        k
                    };
                    s.push_str(pieces[k]);
                }
                let want = s.chars().filter(|c| !text::is_js_space(*c)).count() as u32;
                assert_eq!(visible_chars(&s), want, "{s:?}");
            }
        }
    }

    /// A plea's only link may say no more than "Join now" or "Support now": it is the
    /// plea's call to action. Under anything else it is just a link.
    #[test]
    fn a_bare_join_or_support_button_answers_a_plea() {
        let plea = |text: &str, label: &str| {
            collapsed_kinds(&format!(
                "<div><p>{text}</p><a href=\"/x\">{label}</a></div>"
            ))
        };
        let member = "Become a member. Members help keep our journalism free for all.";
        let forum = "Join the conversation in our forum, where readers discuss the news.";
        for label in ["Join now", "Join today", "Support now", "Support today"] {
            assert_eq!(plea(member, label), [BlockKind::Donation], "{label}");
            assert_eq!(plea(forum, label), [], "{label}");
        }
        assert_eq!(plea(member, "Our staff"), []);
    }

    #[test]
    fn public_medias_pleas_answered_by_a_bare_donate_link() {
        // A "Donate" link is the call to action; the plea before it makes the case.
        for plea in [
            "Support public radio today.",
            "NPR's journalism is made possible by listeners like you.",
            "If you value our reporting, please consider a donation.",
            "Every dollar helps.",
        ] {
            let block = format!("<div><p>{plea}</p><a href=\"/donate\">Donate</a></div>");
            assert_eq!(collapsed_kinds(&block), [BlockKind::Donation], "{block}");
        }
        // The same words in news prose stay.
        for news in [
            "<p>\"Every dollar helps,\" said Maria Lopez, who runs the food bank.</p>",
            "<p>The station asked listeners like you to support public radio during its \
             pledge drive. <a href=\"/news/pledge\">Read more</a></p>",
            "<p>Officials said they would consider a donation from the foundation.</p>",
        ] {
            assert_eq!(collapsed_kinds(news), [], "{news}");
        }
    }

    /// Pleas in the words public media and member-funded sites use: a gift, a
    /// sustaining membership, a digest. The same words in reported news stay.
    #[test]
    fn pleas_for_gifts_and_members_and_digests() {
        for (block, kind) in [
            (
                "<div><p>Support public radio. Your gift today keeps us strong.</p><a>Give now</a></div>",
                BlockKind::Donation,
            ),
            (
                "<div><h2>Do you value our work?</h2><p>Our journalism depends on you. Become a \
                 sustaining member today.</p><a href=\"/d\">Donate</a></div>",
                BlockKind::Donation,
            ),
            (
                "<div><p>Want more stories like this? Sign up for our daily digest.</p>\
                 <input type=\"email\"><button>Go</button></div>",
                BlockKind::Newsletter,
            ),
        ] {
            assert_eq!(collapsed_kinds(block), [kind], "{block}");
        }
        let news = "<div><h3>Hospital appeal</h3><p>The hospital said the new wing depends on \
                    you, and every gift is tax-deductible, a spokesman said.</p>\
                    <a href=\"/story\">Read more</a></div>";
        assert_eq!(collapsed_kinds(news), []);
    }

    /// "Unterstützen Sie unsere Arbeit": the table's "unterstützen sie uns" stops
    /// mid-word there, and its shorter "unterstützen sie" is the phrase found.
    #[test]
    fn a_longer_phrase_cut_mid_word_leaves_the_shorter_one() {
        let block = "<div><p>Bitte unterstützen Sie unsere Arbeit.</p><a>Jetzt spenden</a></div>";
        let collapsed = collapsed_in_story(block);
        assert_eq!(collapsed.len(), 1, "{collapsed:?}");
        assert!(
            collapsed[0].reason.contains("phrase \"unterstützen sie\""),
            "{collapsed:?}"
        );
    }

    /// Pleas and sign-ups in the other languages' everyday words: "per Mail", "Je
    /// contribue", "Colabora", "Contribua", "Seja um apoiador", "Любая сумма".
    #[test]
    fn pleas_in_every_language_in_their_everyday_words() {
        for (block, kind) in [
            (
                "<div><p>Nichts mehr verpassen: die wichtigsten Meldungen täglich per Mail.</p>\
                 <input type=\"email\"><button>Jetzt anmelden</button></div>",
                BlockKind::Newsletter,
            ),
            (
                "<div><p>Cet article vous a plu ? Aidez-nous à rester indépendants.</p>\
                 <a>Je contribue</a></div>",
                BlockKind::Donation,
            ),
            (
                "<div><p>Colabora con nosotros para que sigamos haciendo periodismo libre.</p>\
                 <a>Colabora</a></div>",
                BlockKind::Donation,
            ),
            (
                "<div><p>Contribua com o nosso trabalho. Faça uma doação.</p><a>Contribuir</a></div>",
                BlockKind::Donation,
            ),
            (
                "<div><p>Seja um apoiador do jornalismo independente.</p><a>Quero apoiar</a></div>",
                BlockKind::Donation,
            ),
            (
                "<div><p>Помогите нам оставаться независимыми. Любая сумма важна.</p>\
                 <a>Помочь</a></div>",
                BlockKind::Donation,
            ),
            (
                "<div><p>Станьте нашим донором. Ваша помощь — гарантия нашей независимости.</p>\
                 <a>Поддержать</a></div>",
                BlockKind::Donation,
            ),
            // A plea whose only button says "join".
            (
                "<div><p>El periodismo independiente necesita tu apoyo. Hazte socio desde 3 \
                 euros al mes.</p><a href=\"/socios\">Únete</a></div>",
                BlockKind::Donation,
            ),
            (
                "<div><p>Apoie o jornalismo independente. Seja sócio.</p><a>Junte-se</a></div>",
                BlockKind::Donation,
            ),
            (
                "<div><p>Soutenez une presse libre : devenez membre.</p><a>Rejoignez-nous</a></div>",
                BlockKind::Donation,
            ),
            (
                "<div><p>Поддержите нас: помогите нам оставаться независимыми.</p>\
                 <a>Присоединяйтесь</a></div>",
                BlockKind::Donation,
            ),
        ] {
            assert_eq!(collapsed_kinds(block), [kind], "{block}");
        }
        let news = "<div><p>Die Polizei bittet um Hinweise per E-Mail oder telefonisch.</p>\
                    <a href=\"/polizei\">Mehr</a></div>";
        assert_eq!(collapsed_in_story(news).len(), 0);
    }

    #[test]
    fn amounts_in_every_currency_of_the_tables() {
        assert_eq!(count_money("give $5, 10 €, £3, 500 ₽ or 100 ₴ today"), 5);
        assert_eq!(count_money("a $ sign, € and ₴ alone"), 0);
    }

    #[test]
    fn ukrainian_pleas_and_ukrainian_news() {
        for (block, kind) in [
            (
                "<div><p>Підтримайте незалежну журналістику. Будь-яка сума важлива.</p>\
                 <a>Підтримати</a></div>",
                BlockKind::Donation,
            ),
            (
                "<div><p>Станьте нашим патроном: нам потрібна ваша допомога.</p>\
                 <a>Допомогти</a></div>",
                BlockKind::Donation,
            ),
            (
                "<div><p>Підпишіться на нашу розсилку: головне за тиждень на вашу пошту.</p>\
                 <input type=\"email\"><button>Підписатися</button></div>",
                BlockKind::Newsletter,
            ),
        ] {
            assert_eq!(collapsed_kinds(block), [kind], "{block}");
        }
        // A story about a collection, quoting its organisers, stays, though it links
        // to the collection.
        let news = "<div><p>Підтримайте збір на ліки для лікарні, закликала міська рада. \
                    Пожертву можна зробити до неділі.</p><a>Підтримати</a></div>";
        assert_eq!(collapsed_in_story(news).len(), 0);
    }

    #[test]
    fn a_newsletters_promo_named_by_its_markup() {
        // The class names the newsletter, the button says "Sign up": a promo, whatever
        // its blurb says. Without either, it stays.
        let promo = |class: &str, label: &str| {
            format!(
                "<div class=\"{class}\"><h3>The Morning</h3><p>Make sense of the news, every \
                 weekday.</p><a href=\"/newsletters/the-morning\">{label}</a></div>"
            )
        };
        assert_eq!(
            collapsed_kinds(&promo("newsletter-promo", "Sign up")),
            [BlockKind::Newsletter]
        );
        assert!(collapsed_kinds(&promo("promo", "Sign up")).is_empty());
        assert!(collapsed_kinds(&promo("newsletter-promo", "Read more")).is_empty());
    }

    #[test]
    fn a_storys_address_is_no_call_to_action() {
        // A teaser of a story about giving links to its headline's slug: "Read more"
        // is no "Donate". The same teaser linking to the appeal itself is one.
        let teaser = |href: &str| {
            format!(
                "<div class=\"teaser\"><h3>Should you donate to the flood appeal?</h3><p>Charities \
                 say every contribution helps, but experts advise checking where your donation \
                 goes before giving.</p><a href=\"{href}\">Read more</a></div>"
            )
        };
        for href in [
            "/2024/03/05/should-you-donate-to-the-flood-appeal",
            "https://example.org/news/why_we_donate_to_food_banks/",
            "/2024/03/05/should-you-donate-to-the-flood-appeal?utm_source=home",
        ] {
            assert!(collapsed_kinds(&teaser(href)).is_empty(), "{href}");
        }
        for href in [
            "/give/renew-your-aclu-membership",
            "/donate?utm_campaign=home_page_top_banner",
        ] {
            assert_eq!(
                collapsed_kinds(&teaser(href)),
                [BlockKind::Donation],
                "{href}"
            );
        }
    }

    #[test]
    fn a_blogs_follow_by_email_form() {
        let form = "<div class=\"wp-block-jetpack-subscriptions\"><form method=\"post\">\
                    <p>Enter your email address to follow this blog and receive notifications \
                    of new posts by email.</p><p><input type=\"email\" name=\"email\"></p>\
                    <p><button type=\"submit\">Follow</button></p></form></div>";
        assert_eq!(collapsed_kinds(form), [BlockKind::Newsletter]);
        let story = "<div><p>The ministry answered questions by email and posted the new rules \
                     on its blog.</p><a href=\"/rules\">Read the rules</a></div>";
        assert!(collapsed_kinds(story).is_empty());
    }

    /// Pages write apostrophes as ’ where the phrase tables write ': "lettre
    /// d’information" and a "Je m’abonne" button are the tables' phrases.
    #[test]
    fn typographic_apostrophes_read_as_the_tables_own() {
        let signals = |block: &str| {
            collapsed_in_story(block)
                .iter()
                .map(|c| c.reason.clone())
                .collect::<Vec<_>>()
        };
        for q in ['\'', '’', '‘'] {
            let block = format!(
                "<section><h2>Abonnez-vous à notre lettre d{q}information</h2>\
                 <p>Recevez chaque matin l{q}essentiel.</p><input type=\"email\">\
                 <button>Je m{q}abonne</button></section>"
            );
            let reasons = signals(&block);
            assert_eq!(reasons.len(), 1, "{q}: {reasons:?}");
            assert!(
                reasons[0].contains("phrase \"lettre d'information\""),
                "{q}: {reasons:?}"
            );
            assert!(
                reasons[0].contains("call to action \"je m'abonne\""),
                "{q}: {reasons:?}"
            );
        }
    }

    /// A site's menu of appeal links is navigation: neither it nor the header around
    /// it is collapsed, by its class, its id or its role.
    #[test]
    fn a_menu_of_appeal_links_is_navigation() {
        let collapsed = |menu_attr: &str| {
            let html = format!(
                "<body><div class=\"region-header\"><ul {menu_attr}>\
                 <li class=\"menu-link-title-get-updates\"><a href=\"/\">Get Updates</a></li>\
                 <li class=\"menu-link-title-become-a-member\"><a href=\"/give/join-membership\">Become a Member</a></li>\
                 <li><a href=\"/give/renew-your-membership\">Renew</a></li>\
                 <li><a href=\"/action\">Take Action</a></li>\
                 <li><a href=\"/donate\">Donate</a><ul><li><a href=\"/donate\">Make a Gift</a></li>\
                 <li><a href=\"/donate/monthly\">Give Monthly</a></li></ul></li></ul></div>\
                 <article><p>{}</p></article></body>",
                "The council met on Monday and approved the budget. ".repeat(6)
            );
            crate::rewrite(html.as_bytes(), &Options::default(), encoding_rs::UTF_8)
                .unwrap()
                .report
                .collapsed
                .len()
        };
        assert!(
            collapsed("class=\"links\"") > 0,
            "the same links outside a menu"
        );
        assert_eq!(collapsed("class=\"menu sf-menu sf-horizontal\""), 0);
        assert_eq!(collapsed("id=\"main-nav\""), 0);
        assert_eq!(collapsed("role=\"menubar\""), 0);
        // One link's class naming the menu it sits in does not make a block a menu.
        assert!(!collapse::names_navigation("menu-item-donate"));
        assert!(collapse::names_navigation("site-header__nav"));
    }

    /// Every element of HTML (and the obsolete ones pages still use), and the SVG
    /// parts the analyser treats as inline.
    const ALL_TAGS: &[&str] = &[
        "a",
        "abbr",
        "acronym",
        "address",
        "applet",
        "area",
        "article",
        "aside",
        "audio",
        "b",
        "base",
        "basefont",
        "bdi",
        "bdo",
        "bgsound",
        "big",
        "blink",
        "blockquote",
        "body",
        "br",
        "button",
        "canvas",
        "caption",
        "center",
        "cite",
        "code",
        "col",
        "colgroup",
        "data",
        "datalist",
        "dd",
        "del",
        "details",
        "dfn",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "em",
        "embed",
        "fieldset",
        "figcaption",
        "figure",
        "font",
        "footer",
        "form",
        "frame",
        "frameset",
        "g",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "head",
        "header",
        "hgroup",
        "hr",
        "html",
        "i",
        "iframe",
        "img",
        "input",
        "ins",
        "kbd",
        "keygen",
        "label",
        "legend",
        "li",
        "link",
        "main",
        "map",
        "mark",
        "marquee",
        "math",
        "menu",
        "meta",
        "meter",
        "nav",
        "nobr",
        "noembed",
        "noframes",
        "noscript",
        "object",
        "ol",
        "optgroup",
        "option",
        "output",
        "p",
        "param",
        "path",
        "picture",
        "plaintext",
        "pre",
        "progress",
        "q",
        "rb",
        "rp",
        "rt",
        "rtc",
        "ruby",
        "s",
        "samp",
        "script",
        "search",
        "section",
        "select",
        "slot",
        "small",
        "source",
        "span",
        "strike",
        "strong",
        "style",
        "sub",
        "summary",
        "sup",
        "svg",
        "table",
        "tbody",
        "td",
        "template",
        "textarea",
        "tfoot",
        "th",
        "thead",
        "time",
        "title",
        "tr",
        "track",
        "tt",
        "u",
        "ul",
        "use",
        "var",
        "video",
        "wbr",
        "xmp",
    ];

    #[test]
    fn every_tag_a_predicate_names_is_interned() {
        for &t in ALL_TAGS {
            let named = is_inline(t)
                || is_void(t)
                || closes_p(t)
                || is_heading(t)
                || is_raw_text(t)
                || role_of(t) != Role::Plain;
            let info = intern(t);
            if named {
                assert_eq!(info.name, t, "{t} is named by a predicate but not interned");
            }
            // The flags say what the predicates say.
            assert_eq!(info.has(INLINE), is_inline(t), "{t}");
            assert_eq!(info.has(VOID), is_void(t), "{t}");
            assert_eq!(info.has(CLOSES_P), closes_p(t), "{t}");
            assert_eq!(info.has(HEADING), is_heading(t), "{t}");
            assert_eq!(info.raw_text(), is_raw_text(t), "{t}");
        }
        assert_eq!(intern("my-widget").name, "*");
        assert!(!intern("my-widget").has(INLINE | VOID | RELEVANT));
        // The table's flags, all of them, are the predicates' word.
        for &(t, flags) in KNOWN_TAGS {
            assert_eq!(flags, TagInfo::of(t).flags, "{t}");
        }
    }
}
