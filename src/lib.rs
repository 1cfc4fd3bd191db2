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
use engine::{StartTag, State};
use lol_html::html_content::{ContentType, Element, EndTag, TextChunk, TextType};
use lol_html::{
    AsciiCompatibleEncoding, HtmlRewriter, OutputSink, Settings, doc_text, element, end_tag,
};
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

struct Sink(Rc<RefCell<State>>);

impl OutputSink for Sink {
    fn handle_chunk(&mut self, chunk: &[u8]) {
        self.0.borrow_mut().output(chunk);
    }
}

fn settings(
    state: &Rc<RefCell<State>>,
    encoding: &'static Encoding,
) -> Result<Settings<'static, 'static>, Error> {
    let enc = AsciiCompatibleEncoding::new(encoding)
        .ok_or_else(|| Error::Charset(encoding.name().to_string()))?;
    let on_element = state.clone();
    let on_text = state.clone();
    Ok(Settings::new()
        .with_encoding(enc)
        .with_strict(false)
        .append_element_content_handler(element!("*", move |el: &mut Element| {
            let tag = engine::intern(&el.tag_name());
            // Only the attributes the analyser reads are copied out of the parser.
            let attrs = if !on_element.borrow().wants_attributes(tag) {
                Vec::new()
            } else {
                el.attributes()
                    .iter()
                    .filter_map(|a| {
                        let n = a.name();
                        wanted_attribute(&n).then(|| (n, a.value()))
                    })
                    .collect()
            };
            let foreign = el.namespace_uri() != "http://www.w3.org/1999/xhtml";
            let id = on_element.borrow_mut().start_tag(StartTag {
                tag,
                attrs,
                can_have_content: el.can_have_content(),
                foreign,
            });
            if let Some(id) = id {
                let st = on_element.clone();
                el.on_end_tag(end_tag!(move |_end: &mut EndTag<'_>| {
                    st.borrow_mut().end_tag(id);
                    Ok(())
                }))?;
            }
            // The stylesheet goes at the end of the head (one handler for every
            // element: a second selector would be matched against each of them).
            if tag.name() == "head" && !foreign && on_element.borrow().wants_style() {
                el.on_end_tag(end_tag!(|end: &mut EndTag<'_>| {
                    end.before(STYLE, ContentType::Html);
                    Ok(())
                }))?;
            }
            Ok(())
        }))
        .append_document_content_handler(doc_text!(move |t: &mut TextChunk<'_>| {
            let data = matches!(t.text_type(), TextType::Data);
            on_text
                .borrow_mut()
                .text(t.as_str(), data, t.last_in_text_node());
            Ok(())
        })))
}

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

/// The most input handed to the parser before the output ready is passed on.
const WRITE_SLICE: usize = 32 * 1024;

/// A streaming rewriter: feed it the page in chunks of any size; the output (and the
/// verdicts) do not depend on how the input is split.
pub struct Rewriter<O: FnMut(&[u8])> {
    html: HtmlRewriter<'static, Sink>,
    state: Rc<RefCell<State>>,
    out: O,
}

impl<O: FnMut(&[u8])> Rewriter<O> {
    /// A rewriter for a page in `encoding`, writing its output to `out`.
    pub fn new(options: Options, encoding: &'static Encoding, out: O) -> Result<Self, Error> {
        let state = Rc::new(RefCell::new(State::new(options, encoding, true)));
        let html = HtmlRewriter::new(settings(&state, encoding)?, Sink(state.clone()));
        Ok(Rewriter { html, state, out })
    }

    /// Feeds a chunk of the page.
    pub fn write(&mut self, chunk: &[u8]) -> Result<(), Error> {
        // A large chunk goes to the parser in slices, and what is ready goes out after
        // each: the output buffer stays small whatever the caller hands in at once.
        for slice in chunk.chunks(WRITE_SLICE) {
            self.html
                .write(slice)
                .map_err(|e| Error::Rewriting(e.to_string()))?;
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
        self.state.borrow_mut().finish();
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
    analyse(html, options, encoding, true, |st| Rewritten {
        html: std::mem::take(&mut st.ready),
        report: st.report(),
    })
}

/// The plan for a page: the same verdicts as [`rewrite`], as actions on a live DOM.
pub fn plan(html: &[u8], options: &Options, encoding: &'static Encoding) -> Result<Plan, Error> {
    analyse(html, options, encoding, false, |st| Plan {
        actions: st.take_actions(),
        report: st.report(),
    })
}

/// A whole page held in memory, analysed to its end (rewritten, its output gathered
/// in the state's buffer, or planned); `result` takes what the caller wants from it.
fn analyse<T>(
    html: &[u8],
    options: &Options,
    encoding: &'static Encoding,
    rewrite: bool,
    result: impl FnOnce(&mut State) -> T,
) -> Result<T, Error> {
    let state = Rc::new(RefCell::new(State::new(options.clone(), encoding, rewrite)));
    if rewrite {
        state
            .borrow_mut()
            .ready
            .reserve(html.len() + html.len() / 16);
    }
    let mut rw = HtmlRewriter::new(settings(&state, encoding)?, Sink(state.clone()));
    rw.write(html)
        .map_err(|e| Error::Rewriting(e.to_string()))?;
    rw.end().map_err(|e| Error::Rewriting(e.to_string()))?;
    let mut st = state.borrow_mut();
    st.finish();
    Ok(result(&mut st))
}
