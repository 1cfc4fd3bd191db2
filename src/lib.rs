//! Unboil's core: collapse donation appeals and newsletter sign-up blocks, highlight
//! named public officials, in one streaming pass of Cloudflare's `lol_html`.
//!
//! Two ways out, one set of verdicts (see `DESIGN.md`):
//!
//! - [`Rewriter`] (and [`rewrite`]): HTML in, HTML out. Collapsed blocks gain
//!   `data-unboil-collapsed`, officials are wrapped in `<mark data-unboil-official>`,
//!   everything else Unboil inserts sits in `[data-unboil-ui]` elements. Not a
//!   character of the page is removed or altered.
//! - [`plan`]: HTML in, a list of actions addressed by element ordinal, for a script
//!   to apply to a live DOM.
//!
//! ```
//! let out = unboil::rewrite(
//!     b"<p>Foreign Minister Sergei Lavrov spoke.</p>",
//!     &unboil::Options::default(),
//!     encoding_rs::UTF_8,
//! ).unwrap();
//! let html = String::from_utf8(out.html).unwrap();
//! assert!(html.contains(r#"<mark data-unboil-official="Sergei Lavrov" data-unboil-role="Foreign Minister">Sergei Lavrov</mark>"#));
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod charset;
pub mod collapse;
mod engine;
mod gaps;
pub mod lexicon;
pub mod matcher;
pub mod officials;
pub mod plan;
pub mod report;
pub mod text;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use charset::{encoding_for_label, sniff_charset};
pub use engine::{Options, STYLE};
pub use lexicon::BlockKind;
pub use plan::{Action, Plan};
pub use report::Report;

use encoding_rs::Encoding;
use engine::{Attributes, StartTag, State};
use lol_html::html_content::{Element, EndTag, TextChunk, TextType};
use lol_html::{
    AsciiCompatibleEncoding, HtmlRewriter, OutputSink, Settings, doc_comments, doc_text, doctype,
    element, end_tag,
};
use std::borrow::Cow;
use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

/// Why a page could not be processed.
#[derive(Debug)]
pub enum Error {
    /// The charset is unknown or not ASCII-compatible (lol_html cannot parse UTF-16).
    Charset(String),
    /// The parser gave up.
    Rewriting(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Charset(c) => write!(f, "unsupported charset: {c}"),
            Error::Rewriting(e) => write!(f, "could not process the page: {e}"),
        }
    }
}

impl std::error::Error for Error {}

/// Where lol_html's output goes: the state. The parser's output is its input, byte for
/// byte (Unboil edits nothing through it), so with the whole page at hand (`page`) the
/// state reads the output there instead of keeping a copy.
struct Sink<'p> {
    state: Rc<RefCell<State>>,
    page: Option<&'p [u8]>,
    /// The page's text is read in place between the parser's events, which advance
    /// the output themselves (`State::reach`): the parser's copy is not counted.
    in_place: bool,
}

impl OutputSink for Sink<'_> {
    fn handle_chunk(&mut self, chunk: &[u8]) {
        if !self.in_place {
            self.state.borrow_mut().output(chunk, self.page);
        }
    }
}

/// The input most recently handed to the parser: the last two slices, so that the
/// bytes of a start tag's attributes are read where they are instead of being copied
/// out of the parser one allocation each. With the whole page in memory, the page.
#[derive(Default)]
struct Window<'p> {
    /// The whole page, when the caller holds it and it is valid UTF-8: nothing is
    /// copied, nor checked again.
    whole: Option<&'p str>,
    prev: Vec<u8>,
    cur: Vec<u8>,
    /// Offset of `cur` in the whole input.
    cur_base: usize,
}

impl<'p> Window<'p> {
    /// The window onto a whole page held in memory.
    fn whole(page: &'p str) -> Self {
        Window {
            whole: Some(page),
            ..Window::default()
        }
    }

    /// A slice goes to the parser next.
    fn push(&mut self, slice: &[u8]) {
        if self.whole.is_some() {
            return;
        }
        std::mem::swap(&mut self.prev, &mut self.cur);
        self.cur_base += self.prev.len();
        self.cur.clear();
        self.cur.extend_from_slice(slice);
    }

    /// The input bytes at `range` (offsets in the whole input), if still here and
    /// within one slice.
    fn get(&self, range: std::ops::Range<usize>) -> Option<&[u8]> {
        if let Some(page) = self.whole {
            return page.as_bytes().get(range);
        }
        let prev_base = self.cur_base - self.prev.len();
        if range.start >= self.cur_base {
            self.cur
                .get(range.start - self.cur_base..range.end - self.cur_base)
        } else if range.start >= prev_base {
            self.prev
                .get(range.start - prev_base..range.end - prev_base)
        } else {
            None
        }
    }

    /// The input at `range` as text, if it is here and valid UTF-8 there.
    fn get_str(&self, range: std::ops::Range<usize>) -> Option<&str> {
        match self.whole {
            Some(page) => page.get(range),
            None => self.get(range).and_then(|b| std::str::from_utf8(b).ok()),
        }
    }
}

/// Feeds one slice of the page to the parser, keeping it in the window first.
fn feed(
    html: &mut HtmlRewriter<'_, Sink<'_>>,
    window: &RefCell<Window<'_>>,
    slice: &[u8],
) -> Result<(), Error> {
    window.borrow_mut().push(slice);
    html.write(slice)
        .map_err(|e| Error::Rewriting(e.to_string()))
}

/// A start tag's name read from the input window, when it is there and written in
/// lower-case ASCII letters and digits (as most are, in any ASCII-compatible charset):
/// the parser's `tag_name()` allocates a lower-cased copy for every element.
fn tag_name_in<'w>(el: &Element, window: &'w Window) -> Option<&'w str> {
    let tag = window.get(el.source_location().bytes())?;
    let name = tag.get(1..)?;
    let end = name
        .iter()
        .position(|b| !b.is_ascii_lowercase() && !b.is_ascii_digit())
        .unwrap_or(name.len());
    match name.get(end) {
        Some(b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>') => {
            std::str::from_utf8(&name[..end]).ok()
        }
        _ => None,
    }
}

/// Copies the attributes the analyser reads into `out`: from the input window as
/// they were written when the page is UTF-8 (valid UTF-8 reads the same decoded),
/// else as the parser decodes them.
fn copy_attributes(el: &Element, window: &Window, utf8: bool, out: &mut Attributes) {
    let source = |loc: Option<lol_html::html_content::SourceLocation>| {
        loc.filter(|_| utf8).and_then(|l| window.get_str(l.bytes()))
    };
    for a in el.attributes() {
        let name = source(a.name_source_location()).map_or_else(|| a.name().into(), Cow::Borrowed);
        if out.push_name(&name) {
            let value =
                source(a.value_source_location()).map_or_else(|| a.value().into(), Cow::Borrowed);
            out.push_value(&value);
        }
    }
}

/// The parser's handlers. With `in_place` (a whole page in UTF-8), the text is read
/// from the page between the tokens they report instead of from the parser.
fn settings<'p>(
    state: &Rc<RefCell<State>>,
    window: &Rc<RefCell<Window<'p>>>,
    encoding: &'static Encoding,
    in_place: Option<&'p str>,
) -> Result<Settings<'p, 'static>, Error> {
    let enc = AsciiCompatibleEncoding::new(encoding)
        .ok_or_else(|| Error::Charset(encoding.name().to_string()))?;
    let on_element = state.clone();
    let on_other = state.clone();
    let window = window.clone();
    let utf8 = encoding == encoding_rs::UTF_8;
    // Reused for every start tag.
    let mut attrs = Attributes::default();
    let settings = Settings::new()
        .with_encoding(enc)
        .with_strict(false)
        .append_element_content_handler(element!("*", move |el: &mut Element| {
            if let Some(page) = in_place {
                let at = el.source_location().bytes();
                on_element.borrow_mut().reach(page, at.start, at.end);
            }
            let window = window.borrow();
            let owned;
            let name = match tag_name_in(el, &window) {
                Some(name) => name,
                None => {
                    owned = el.tag_name();
                    &owned
                }
            };
            let tag = engine::intern(name);
            // (What its end tag is told apart by, when end tags are read in place.)
            let key = in_place.map(|_| gaps::name_key(name.as_bytes()));
            // Only the attributes the analyser reads are copied out of the parser.
            attrs.clear(tag.name() == "iframe");
            if on_element.borrow().wants_attributes(tag) {
                copy_attributes(el, &window, utf8, &mut attrs);
            }
            drop(window);
            let foreign = el.namespace_uri() != "http://www.w3.org/1999/xhtml";
            let id = on_element.borrow_mut().start_tag(StartTag {
                tag,
                attrs: &attrs,
                can_have_content: el.can_have_content(),
                foreign,
            });
            // The stylesheet goes at the end of the head (one handler for every
            // element: a second selector would be matched against each of them).
            let style = tag.name() == "head" && !foreign && on_element.borrow().wants_style();
            if let Some(key) = key {
                // End tags are read from the page, but for the one that ends raw text,
                // which only the parser can find. Its handler outlives the page, so
                // `reach` takes it up.
                if el.can_have_content() {
                    let mut st = on_element.borrow_mut();
                    st.opened(key, id.unwrap_or(0), style);
                    if !foreign && tag.raw_text() {
                        st.raw_text_follows();
                        let st = on_element.clone();
                        el.on_end_tag(end_tag!(move |end: &mut EndTag<'_>| {
                            let at = end.source_location().bytes();
                            st.borrow_mut().end_reported(at.start, at.end, key);
                            Ok(())
                        }))?;
                    }
                }
                return Ok(());
            }
            if let Some(id) = id {
                let st = on_element.clone();
                el.on_end_tag(end_tag!(move |_end: &mut EndTag<'_>| {
                    st.borrow_mut().end_tag(id);
                    Ok(())
                }))?;
            }
            if style {
                let st = on_element.clone();
                el.on_end_tag(end_tag!(move |_end: &mut EndTag<'_>| {
                    st.borrow_mut().style_here();
                    Ok(())
                }))?;
            }
            Ok(())
        }));
    Ok(match in_place {
        // Comments and doctypes end the text before them.
        Some(page) => {
            let on_doctype = on_other.clone();
            settings
                .append_document_content_handler(doc_comments!(move |c| {
                    let at = c.source_location().bytes();
                    on_other.borrow_mut().reach(page, at.start, at.end);
                    Ok(())
                }))
                .append_document_content_handler(doctype!(move |d| {
                    let at = d.source_location().bytes();
                    on_doctype.borrow_mut().reach(page, at.start, at.end);
                    Ok(())
                }))
        }
        None => {
            settings.append_document_content_handler(doc_text!(move |t: &mut TextChunk<'_>| {
                let data = matches!(t.text_type(), TextType::Data);
                on_other
                    .borrow_mut()
                    .text(t.as_str(), data, t.last_in_text_node());
                Ok(())
            }))
        }
    })
}

/// The most input handed to the parser before the output ready is passed on.
const WRITE_SLICE: usize = 32 * 1024;

/// A streaming rewriter: feed it the page in chunks of any size; the output (and the
/// verdicts) do not depend on how the input is split.
pub struct Rewriter<O: FnMut(&[u8])> {
    html: HtmlRewriter<'static, Sink<'static>>,
    state: Rc<RefCell<State>>,
    window: Rc<RefCell<Window<'static>>>,
    out: O,
}

impl<O: FnMut(&[u8])> Rewriter<O> {
    /// A rewriter for a page in `encoding`, writing its output to `out`.
    pub fn new(options: Options, encoding: &'static Encoding, out: O) -> Result<Self, Error> {
        let state = Rc::new(RefCell::new(State::new(options, encoding, true)));
        let window = Rc::default();
        let sink = Sink {
            state: state.clone(),
            page: None,
            in_place: false,
        };
        let html = HtmlRewriter::new(settings(&state, &window, encoding, None)?, sink);
        Ok(Rewriter {
            html,
            state,
            window,
            out,
        })
    }

    /// Feeds a chunk of the page.
    pub fn write(&mut self, chunk: &[u8]) -> Result<(), Error> {
        // A large chunk goes to the parser in slices, and what is ready goes out after
        // each: the output buffer stays small whatever the caller hands in at once.
        for slice in chunk.chunks(WRITE_SLICE) {
            feed(&mut self.html, &self.window, slice)?;
            self.drain();
        }
        Ok(())
    }

    /// How many bytes of the page have gone out so far (Unboil's insertions not
    /// counted). The rest of the input is still held, or inside the parser. A caller
    /// that must fail open after an error passes its input on from this offset.
    pub fn page_bytes_out(&self) -> u64 {
        self.state.borrow().page_bytes_out() as u64
    }

    /// Ends the page: writes the remaining output and returns the report.
    pub fn end(mut self) -> Result<Report, Error> {
        self.html
            .end()
            .map_err(|e| Error::Rewriting(e.to_string()))?;
        self.state.borrow_mut().finish(None);
        let ready = std::mem::take(&mut self.state.borrow_mut().ready);
        (self.out)(&ready);
        let report = self.state.borrow().report();
        Ok(report)
    }

    fn drain(&mut self) {
        let ready = std::mem::take(&mut self.state.borrow_mut().ready);
        if !ready.is_empty() {
            (self.out)(&ready);
        }
        // Give the buffer back to reuse its allocation.
        let mut st = self.state.borrow_mut();
        if st.ready.is_empty() {
            st.ready = ready;
            st.ready.clear();
        }
    }
}

/// A rewritten page and its report.
#[derive(Debug)]
pub struct Rewritten {
    /// The page, in its own encoding.
    pub html: Vec<u8>,
    /// What was done.
    pub report: Report,
}

/// Rewrites a whole page held in memory.
pub fn rewrite(
    html: &[u8],
    options: &Options,
    encoding: &'static Encoding,
) -> Result<Rewritten, Error> {
    // Nothing is handed on before the end: the state's own buffer is the page.
    let state = analyse(html, None, options, encoding, Mode::Rewrite)?;
    let mut st = state.borrow_mut();
    Ok(Rewritten {
        html: std::mem::take(&mut st.ready),
        report: st.report(),
    })
}

/// The plan for a page: the same verdicts as [`rewrite`], as actions on a live DOM.
pub fn plan(html: &[u8], options: &Options, encoding: &'static Encoding) -> Result<Plan, Error> {
    let state = analyse(html, None, options, encoding, Mode::Plan)?;
    let mut st = state.borrow_mut();
    Ok(Plan {
        actions: st.take_actions(),
        report: st.report(),
    })
}

/// A rewrite as what Unboil inserts into the page, which it never otherwise changes:
/// the rewritten page is the page with `bytes[splices[i - 1].1..splices[i].1]` (from 0
/// for the first) inserted before page byte `splices[i].0`, in order (offsets never
/// descend; several insertions may go at one offset). For a caller that holds the page
/// already (a JS string) and builds the output from pieces of it, instead of receiving
/// a copy of the whole page.
#[derive(Debug)]
pub struct Insertions {
    /// The inserted bytes, one insertion after the other, in the page's encoding.
    pub bytes: Vec<u8>,
    /// Per insertion: the page offset it goes at, and its end in `bytes`.
    pub splices: Vec<(usize, usize)>,
    /// What was done.
    pub report: Report,
}

impl Insertions {
    /// The rewritten page: `page` with the insertions made.
    pub fn apply(&self, page: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(page.len() + self.bytes.len());
        let (mut at, mut from) = (0, 0);
        for &(page_at, end) in &self.splices {
            out.extend_from_slice(&page[at..page_at]);
            out.extend_from_slice(&self.bytes[from..end]);
            (at, from) = (page_at, end);
        }
        out.extend_from_slice(&page[at..]);
        out
    }

    /// For a page in UTF-8: each insertion as the offset it goes at in UTF-16 code
    /// units (as a JS string counts), and its text.
    pub fn utf16(&self, page: &[u8]) -> Vec<(usize, &str)> {
        let (mut at, mut units, mut from) = (0, 0, 0);
        let mut out = Vec::with_capacity(self.splices.len());
        for &(page_at, end) in &self.splices {
            units += text::utf16_len(page.get(at..page_at).unwrap_or_default());
            out.push((
                units,
                std::str::from_utf8(&self.bytes[from..end]).unwrap_or_default(),
            ));
            (at, from) = (page_at, end);
        }
        out
    }
}

/// The rewrite of a whole page held in memory, as [`Insertions`]: the same output as
/// [`rewrite`], without a copy of the page.
pub fn insertions(
    html: &[u8],
    options: &Options,
    encoding: &'static Encoding,
) -> Result<Insertions, Error> {
    analyse(html, None, options, encoding, Mode::Insertions).map(insertions_made)
}

/// [`insertions`] for a page that is text already (a JS string): UTF-8, and known to be
/// valid, so it is not checked again.
pub fn insertions_of_text(html: &str, options: &Options) -> Result<Insertions, Error> {
    let (bytes, utf8) = (html.as_bytes(), encoding_rs::UTF_8);
    analyse(bytes, Some(html), options, utf8, Mode::Insertions).map(insertions_made)
}

/// What an analysis in [`Mode::Insertions`] made.
fn insertions_made(state: Rc<RefCell<State>>) -> Insertions {
    let mut st = state.borrow_mut();
    Insertions {
        bytes: std::mem::take(&mut st.ready),
        splices: st.splices.take().unwrap_or_default(),
        report: st.report(),
    }
}

/// What a whole-page analysis produces.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    /// The rewritten page, gathered in the state's buffer.
    Rewrite,
    /// The insertions only.
    Insertions,
    /// The plan's actions.
    Plan,
}

/// Whether a whole page in UTF-8 has its text read in place: always, but in the tests
/// that check it against the parser's text.
#[cfg(not(test))]
fn read_in_place() -> bool {
    true
}

#[cfg(test)]
thread_local! {
    static READ_IN_PLACE: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
}

#[cfg(test)]
fn read_in_place() -> bool {
    READ_IN_PLACE.with(std::cell::Cell::get)
}

/// A whole page held in memory, analysed to its end: one body for every way out.
/// `text` is the page as text when the caller has it so already.
fn analyse(
    html: &[u8],
    text: Option<&str>,
    options: &Options,
    encoding: &'static Encoding,
    mode: Mode,
) -> Result<Rc<RefCell<State>>, Error> {
    let state = Rc::new(RefCell::new(State::new(
        options.clone(),
        encoding,
        mode != Mode::Plan,
    )));
    match mode {
        Mode::Rewrite => state
            .borrow_mut()
            .ready
            .reserve(html.len() + html.len() / 16),
        Mode::Insertions => state.borrow_mut().splices = Some(Vec::new()),
        Mode::Plan => {}
    }
    // The page is here: the window and the held output are read from it, not copied,
    // when the parser's output is the page byte for byte, as it is for a page that
    // decodes without error (lol_html writes text it decoded with replacement
    // characters back as it decoded it). UTF-8 is checked at once; other charsets keep
    // copies.
    let text = (encoding == encoding_rs::UTF_8)
        .then(|| text.or_else(|| std::str::from_utf8(html).ok()))
        .flatten();
    let window = Rc::new(RefCell::new(
        text.map_or_else(Window::default, Window::whole),
    ));
    let whole = text.map(str::as_bytes);
    let in_place = text.filter(|_| read_in_place());
    let sink = Sink {
        state: state.clone(),
        page: whole,
        in_place: in_place.is_some(),
    };
    let mut rw = HtmlRewriter::new(settings(&state, &window, encoding, in_place)?, sink);
    for slice in html.chunks(WRITE_SLICE) {
        feed(&mut rw, &window, slice)?;
    }
    rw.end().map_err(|e| Error::Rewriting(e.to_string()))?;
    if let Some(page) = in_place {
        // The text after the last token, to the end of the page.
        state.borrow_mut().reach(page, page.len(), page.len());
    }
    state.borrow_mut().finish(whole);
    Ok(state)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_holds_the_last_two_slices() {
        let mut w = Window::default();
        w.push(b"<div class=");
        w.push(b"\"newsletter\">");
        w.push(b"<p>Hi");
        // Offsets are in the whole input: the first slice is gone.
        assert_eq!(w.get(0..4), None);
        assert_eq!(w.get(12..22), Some(&b"newsletter"[..]));
        assert_eq!(w.get(24..26), Some(&b"<p"[..]));
        // Across two slices, or past what was fed: not here.
        assert_eq!(w.get(22..25), None);
        assert_eq!(w.get(26..40), None);
    }

    #[test]
    fn tag_names_read_from_the_window_are_the_parsers() {
        // Lower-case names end at whitespace, "/" or ">"; anything else (capitals, a
        // custom element's hyphen, a prefix) is left to the parser.
        let page = b"<p>a</p><h3\nclass=x>b</h3><br/><td\t><DIV></DIV><my-card></my-card>\
                     <svg><foreignObject></foreignObject></svg><h1>c</h1><x:y></x:y>";
        let window = Rc::new(RefCell::new(Window::default()));
        let seen = Rc::new(RefCell::new(Vec::new()));
        let (w, s) = (window.clone(), seen.clone());
        let settings = Settings::new().append_element_content_handler(element!("*", move |el| {
            let from_window = tag_name_in(el, &w.borrow()).map(str::to_string);
            s.borrow_mut().push((from_window, el.tag_name()));
            Ok(())
        }));
        let mut rw = HtmlRewriter::new(settings, |_: &[u8]| {});
        window.borrow_mut().push(page);
        rw.write(page).unwrap();
        rw.end().unwrap();
        let got: Vec<_> = seen.borrow().clone();
        let read: Vec<&str> = got.iter().filter_map(|(w, _)| w.as_deref()).collect();
        assert_eq!(read, ["p", "h3", "br", "td", "svg", "h1"]);
        for (w, parsed) in &got {
            if let Some(w) = w {
                assert_eq!(w, parsed);
            }
        }
        assert_eq!(got.len(), 10, "{got:?}");
    }

    #[test]
    fn attributes_read_the_same_from_the_window_and_from_the_parser() {
        // A windows-1251 page and invalid UTF-8 take the parser's copy; tags and
        // attributes split across writes of every size take it too. The verdicts and
        // marks are the same whichever way the attributes were read.
        let page: &[u8] = b"<html><body><article><p>Text of the story, long enough to be one.</p>\
            <DIV Class=\"Newsletter-Signup\" data-\xff=\"x\"><h3>Get our newsletter</h3>\
            <form action=\"/subscribe\"><input type=\"email\" name=\"email\">\
            <button>Sign up</button></form></DIV></article></body></html>";
        let opts = Options::default();
        let reason = "class~newsletter, class~signup, phrase \"get our newsletter\", \
                      action~subscribe, e-mail field";
        let whole = rewrite(page, &opts, encoding_rs::UTF_8).unwrap();
        assert_eq!(whole.report.collapsed.len(), 1, "{:?}", whole.report);
        assert!(whole.report.collapsed[0].reason.starts_with(reason));
        for size in [1, 2, 3, 5, 8, 13, 64] {
            let mut out = Vec::new();
            let mut rw = Rewriter::new(opts.clone(), encoding_rs::UTF_8, |b: &[u8]| {
                out.extend_from_slice(b)
            })
            .unwrap();
            for c in page.chunks(size) {
                rw.write(c).unwrap();
            }
            rw.end().unwrap();
            assert_eq!(out, whole.html, "chunks of {size}");
        }
        let legacy = rewrite(page, &opts, encoding_rs::WINDOWS_1251).unwrap();
        assert_eq!(legacy.report.collapsed.len(), 1);
        assert!(legacy.report.collapsed[0].reason.starts_with(reason));
    }

    /// The streaming rewriter's output, fed in slices of `size` bytes.
    fn streamed(page: &[u8], enc: &'static Encoding, size: usize) -> Vec<u8> {
        let mut out = Vec::new();
        let mut rw =
            Rewriter::new(Options::default(), enc, |b: &[u8]| out.extend_from_slice(b)).unwrap();
        for c in page.chunks(size) {
            rw.write(c).unwrap();
        }
        rw.end().unwrap();
        out
    }

    /// A whole page analysed with its text read in place, and with the text the
    /// parser hands over (what a streamed page gets): the rewrite, its report, the plan.
    fn read_both_ways(page: &str) -> [String; 2] {
        [true, false].map(|in_place| {
            READ_IN_PLACE.with(|c| c.set(in_place));
            let opts = Options::default();
            let utf8 = encoding_rs::UTF_8;
            let rw = rewrite(page.as_bytes(), &opts, utf8);
            let plan = plan(page.as_bytes(), &opts, utf8);
            READ_IN_PLACE.with(|c| c.set(true));
            let (rw, plan) = (rw.unwrap(), plan.unwrap());
            let html = String::from_utf8_lossy(&rw.html);
            format!(
                "{html}\n{:?}\n{:?}\n{:?}",
                rw.report, plan.actions, plan.report
            )
        })
    }

    /// What a gap between the parser's tokens can hold besides text, and the raw text
    /// of scripts, styles and titles, in and out of SVG and MathML.
    const TRICKY: &[&str] = &[
        "<p>Senator Bob Jones</p>",
        "</p>",
        "</p title=\">\" x='>'>",
        "</>",
        "</br>",
        "</ 3>",
        "<?xml version=\"1.0\"?>",
        "<!x>",
        "<!DOCTYPE html>",
        "<!---->",
        "<!-- Sen. Mark Warner -->",
        "<title>Sen. Mark Warner</title>",
        "<textarea>Sign up</textarea>",
        "<script>if (a < b) document.write('</p>')</script>",
        "<script/>Support us</script>",
        "<style>p{}</style>",
        "<xmp><b>Donate now</b></xmp>",
        "<iframe src=\"/newsletter\">Sign up</iframe>",
        "<noscript><p>Support us</p></noscript>",
        "<noembed>Donate</noembed>",
        "<svg><title>President Obama</title><style>Donate</style></svg>",
        "<svg><![CDATA[President Obama]]><text>Lavrov</text></svg>",
        "<svg><p>Senator Bob Jones</svg>",
        "<svg><foreignObject><title>Donate</title></foreignObject></svg>",
        "<math><mi>x</mi><mtext>President Obama</mtext></math>",
        "<![CDATA[Support us]]>",
        "<div class=\"newsletter\"><h3>Get our newsletter</h3>",
        "<form><input type=\"email\"><button>Sign up</button></form></div>",
        "Foreign Minister Sergei Lavrov",
        "Lavrov said a < b & c > d <3",
        "&amp; &bogus; &#8217;",
        "<b>Obama</b>'s",
        "\r\n",
        "<table><tr><td>Sen. Mark Warner</td></tr></table>",
        "<div><b><i>Senator Bob Jones</div>",
        "<DIV class=newsletter>Sign up for our newsletter</div>",
        "<my-el>Donate</MY-EL>",
        "<span>a</div>b</span>",
        "<head><title>Jones</title></head>",
        "</body>",
        "<aside class=\"donate\"><p>Support us<a href=/donate>Donate now</a></aside>",
        "\u{FEFF}",
        "Sen.\0Warner<b\0>x</b\0>",
        "\u{FFFD}é\u{2028}",
    ];

    #[test]
    fn text_read_in_place_is_the_parsers() {
        for a in TRICKY {
            for b in TRICKY {
                for end in [
                    "",
                    "<plaintext>Sen. Warner<p>",
                    "<a href=\"x",
                    "</di",
                    "<!-- Obama",
                    "<![CDATA[x",
                ] {
                    let page = format!("<body>{a}Senator Bob Jones said{b}Jones{end}");
                    let [in_place, parsed] = read_both_ways(&page);
                    assert_eq!(in_place, parsed, "{page}");
                    // What comes before any tag.
                    let page = format!("{a}Senator Bob Jones said{b}");
                    let [in_place, parsed] = read_both_ways(&page);
                    assert_eq!(in_place, parsed, "{page}");
                }
            }
        }
    }

    #[test]
    fn end_tags_read_in_place_close_as_the_parsers_past_any_depth() {
        // Past the analyser's own depth (MAX_DEPTH) elements are not pushed, and end
        // tags that close nothing search the whole of what the parser holds open.
        let mut page = String::from("<body><div class=newsletter><h3>Get our newsletter</h3>");
        for i in 0..700 {
            page.push_str(if i % 3 == 0 { "<section>" } else { "<div>" });
        }
        page.push_str("Senator Bob Jones</p></span></section><form><input type=email><button>Sign up</button></form>");
        for _ in 0..300 {
            page.push_str("</div></i>");
        }
        page.push_str("Jones said</section></div>Jones");
        let [in_place, parsed] = read_both_ways(&page);
        assert_eq!(in_place, parsed);
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 256, ..Default::default() })]

        #[test]
        fn pages_read_in_place_read_as_parsed(ix in proptest::collection::vec(0..TRICKY.len(), 0..24)) {
            let page: String = ix.into_iter().map(|i| TRICKY[i]).collect();
            let [in_place, parsed] = read_both_ways(&page);
            proptest::prop_assert_eq!(in_place, parsed);
        }
    }

    #[test]
    fn a_whole_page_is_read_in_place_only_when_the_parser_gives_it_back_as_it_is() {
        // A valid UTF-8 page is read where it lies; one the parser writes back altered
        // (an invalid byte becomes U+FFFD) is copied as the parser writes it. Either
        // way the output is the streaming rewriter's, and each insertion lands where
        // the page's own bytes say, whatever they are around it.
        let story = "<html><body><article><p>Foreign Minister Sergei Lavrov met the                      envoy. Lavrov said café talks went on.</p></article>                     <div class=\"newsletter\"><h3>Get our newsletter</h3>                     <form><input type=\"email\"><button>Sign up</button></form></div>                     </body></html>";
        let mut invalid = story.as_bytes().to_vec();
        let at = story.find("envoy").unwrap();
        invalid.splice(at..at, *b"\xff\xfe\xe9 ");
        for (page, enc) in [
            (story.as_bytes(), encoding_rs::UTF_8),
            (&invalid[..], encoding_rs::UTF_8),
            (&invalid[..], encoding_rs::WINDOWS_1251),
        ] {
            let whole = rewrite(page, &Options::default(), enc).unwrap();
            let html = String::from_utf8_lossy(&whole.html);
            assert!(html.contains(">Sergei Lavrov</mark>"), "{html}");
            assert!(html.contains(">Lavrov</mark> said"), "{html}");
            assert!(
                html.contains("<div data-unboil-collapsed=\"newsletter\""),
                "{html}"
            );
            for size in [1, 7, 4096] {
                assert_eq!(
                    streamed(page, enc, size),
                    whole.html,
                    "{} {size}",
                    enc.name()
                );
            }
            let ins = insertions(page, &Options::default(), enc).unwrap();
            // (The parser's copy of an invalid page differs from the page itself.)
            if let Some(text) = std::str::from_utf8(page)
                .ok()
                .filter(|_| enc == encoding_rs::UTF_8)
            {
                assert_eq!(ins.apply(page), whole.html);
                let of_text = insertions_of_text(text, &Options::default()).unwrap();
                assert_eq!(of_text.splices, ins.splices);
                assert_eq!(of_text.apply(page), whole.html);
            }
        }
    }
}
