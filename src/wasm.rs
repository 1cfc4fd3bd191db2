//! WebAssembly bindings, for the extension and the demo site: the only module that
//! knows wasm-bindgen. It converts types (options in, HTML, reports and plans out as
//! plain JS objects with camelCase fields) and never hands a lol_html object to
//! JavaScript; the streaming [`Cleaner`] is an opaque handle that JS frees.
//!
//! ```js
//! import init, { clean, plan, Cleaner } from "./pkg/unboil.js";
//! await init();
//! const { html, report } = clean(page, { officials: true });
//! const c = new Cleaner({ charset: "windows-1251" });
//! out.push(c.write(bytes)); const { html: rest, report } = c.end(); c.free();
//! ```

use crate::{Action, Plan, Report};
use crate::{Options, Rewriter};
use encoding_rs::Encoding;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

fn options(value: JsValue) -> Result<(Options, Option<String>), JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok((Options::default(), None));
    }
    // A misspelt option must not pass silently.
    const KNOWN: &[&str] = &[
        "collapse",
        "donation",
        "newsletter",
        "officials",
        "ui",
        "holdCap",
        "charset",
    ];
    if let Some(obj) = value.dyn_ref::<js_sys::Object>() {
        for key in js_sys::Object::keys(obj).iter() {
            let key = key.as_string().unwrap_or_default();
            if !KNOWN.contains(&key.as_str()) {
                return Err(JsError::new(&format!(
                    "bad options: unknown option '{key}' (known: collapse, donation, \
                     newsletter, officials, ui, holdCap, charset)"
                )));
            }
        }
    }
    // Read field by field (a serde deserializer would be most of the download's
    // option code); every field may be left out or undefined.
    let field = |key: &str| -> Result<Option<JsValue>, JsError> {
        let v = js_sys::Reflect::get(&value, &JsValue::from_str(key))
            .map_err(|_| JsError::new("bad options: expected an object"))?;
        Ok((!v.is_undefined()).then_some(v))
    };
    let flag = |key: &str, default: bool| -> Result<bool, JsError> {
        match field(key)? {
            None => Ok(default),
            Some(v) => v.as_bool().ok_or_else(|| {
                JsError::new(&format!("bad options: '{key}' must be true or false"))
            }),
        }
    };
    let d = Options::default();
    let hold_cap = match field("holdCap")? {
        None => d.hold_cap,
        Some(v) => match v.as_f64() {
            Some(n) if n >= 0.0 && n.fract() == 0.0 && n <= u32::MAX as f64 => n as usize,
            _ => {
                return Err(JsError::new(
                    "bad options: 'holdCap' must be a whole number of bytes",
                ));
            }
        },
    };
    let charset = match field("charset")? {
        None => None,
        Some(v) => Some(
            v.as_string()
                .ok_or_else(|| JsError::new("bad options: 'charset' must be a string"))?,
        ),
    };
    let opts = Options {
        collapse: flag("collapse", d.collapse)?,
        donation: flag("donation", d.donation)?,
        newsletter: flag("newsletter", d.newsletter)?,
        officials: flag("officials", d.officials)?,
        ui: flag("ui", d.ui)?,
        hold_cap,
        ascii_insertions: false,
    };
    Ok((opts, charset))
}

/// A page as JS hands it over: a string (UTF-8 from here on) or bytes.
enum Input {
    Text(String),
    Bytes(Vec<u8>),
}

impl Input {
    /// The bytes, and whether they came as a string.
    fn parts(&self) -> (&[u8], bool) {
        match self {
            Input::Text(s) => (s.as_bytes(), true),
            Input::Bytes(b) => (b.as_slice(), false),
        }
    }
}

/// A whole page with its options and charset.
fn prepare(
    html: &JsValue,
    options: JsValue,
) -> Result<(Input, Options, &'static Encoding), JsError> {
    let (mut opts, charset) = self::options(options)?;
    let page = input(html)?;
    let (bytes, text) = page.parts();
    let enc = encoding(charset.as_deref(), bytes, text, &mut opts)?;
    Ok((page, opts, enc))
}

fn input(value: &JsValue) -> Result<Input, JsError> {
    if let Some(s) = value.as_string() {
        Ok(Input::Text(s))
    } else if value.is_instance_of::<js_sys::Uint8Array>() {
        Ok(Input::Bytes(js_sys::Uint8Array::new(value).to_vec()))
    } else {
        Err(JsError::new(
            "expected the page as a string or a Uint8Array",
        ))
    }
}

/// The charset of a page, and whether it was declared (an option, a BOM, a `<meta>`)
/// rather than assumed. Insertions into bytes whose charset was only assumed are
/// written in ASCII (`Options::ascii_insertions`): a browser may read them otherwise.
fn encoding(
    charset: Option<&str>,
    bytes: &[u8],
    text: bool,
    opts: &mut Options,
) -> Result<&'static Encoding, JsError> {
    if text {
        return Ok(encoding_rs::UTF_8); // a JS string is Unicode whatever its <meta> says
    }
    match charset {
        Some(c) => crate::encoding_for_label(c)
            .ok_or_else(|| JsError::new(&format!("unknown charset '{c}'"))),
        None => Ok(crate::sniff_charset(bytes).unwrap_or_else(|| {
            opts.ascii_insertions = true;
            encoding_rs::UTF_8
        })),
    }
}

// Results are built as plain JS objects field by field, in the order and with the
// names of the native JSON (a test checks they stringify the same): a serde
// serializer would cost the download several times this code.

/// A plain JS object under construction.
struct Obj(js_sys::Object);

impl Obj {
    fn new() -> Obj {
        Obj(js_sys::Object::new())
    }

    fn set(self, key: &str, value: impl Into<JsValue>) -> Obj {
        // Setting a property on a fresh plain object cannot fail.
        let _ = js_sys::Reflect::set(&self.0, &JsValue::from_str(key), &value.into());
        self
    }

    fn str(self, key: &str, value: &str) -> Obj {
        self.set(key, JsValue::from_str(value))
    }

    fn num(self, key: &str, value: u64) -> Obj {
        self.set(key, JsValue::from_f64(value as f64))
    }
}

impl From<Obj> for JsValue {
    fn from(o: Obj) -> JsValue {
        o.0.into()
    }
}

fn array<T>(items: &[T], f: impl Fn(&T) -> JsValue) -> JsValue {
    items.iter().map(f).collect::<js_sys::Array>().into()
}

fn report_js(r: &Report) -> JsValue {
    let s = &r.stats;
    Obj::new()
        .set(
            "collapsed",
            array(&r.collapsed, |c| {
                Obj::new()
                    .str("kind", c.kind.as_str())
                    .str("reason", &c.reason)
                    .str("text", &c.text)
                    .into()
            }),
        )
        .set(
            "officials",
            array(&r.officials, |o| {
                Obj::new()
                    .str("name", &o.name)
                    .str("role", &o.role)
                    .set("mentions", array(&o.mentions, |m| JsValue::from_str(m)))
                    .num("count", o.count.into())
                    .into()
            }),
        )
        .set(
            "stats",
            Obj::new()
                .num("elements", s.elements)
                .num("bytes", s.bytes)
                .num("collapsed", s.collapsed)
                .num("marks", s.marks)
                .num("peakHeldBytes", s.peak_held_bytes)
                .str("charset", s.charset),
        )
        .into()
}

fn plan_js(p: &Plan) -> JsValue {
    let action = |a: &Action| -> JsValue {
        match a {
            Action::Collapse {
                element,
                check,
                kind,
                reason,
                grouped,
            } => {
                let o = Obj::new()
                    .str("op", "collapse")
                    .num("element", (*element).into())
                    .set(
                        "check",
                        Obj::new()
                            .str("tag", &check.tag)
                            .num("textHash", check.text_hash.into()),
                    )
                    .str("kind", kind.as_str())
                    .str("reason", reason);
                if *grouped { o.set("grouped", true) } else { o }.into()
            }
            Action::Mark {
                element,
                node,
                start,
                end,
                text,
                official,
                role,
            } => Obj::new()
                .str("op", "mark")
                .num("element", (*element).into())
                .num("node", (*node).into())
                .num("start", (*start).into())
                .num("end", (*end).into())
                .str("text", text)
                .str("official", official)
                .str("role", role)
                .into(),
        }
    };
    Obj::new()
        .set("actions", array(&p.actions, action))
        .set("report", report_js(&p.report))
        .into()
}

fn with_report(report: &Report, html: JsValue) -> JsValue {
    Obj::new()
        .set("report", report_js(report))
        .set("html", html)
        .into()
}

/// Rewrites a whole page: `{ html, report }`, `html` of the same type as the input (a
/// string, or bytes in the page's own charset).
#[wasm_bindgen]
pub fn clean(html: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let (page, opts, enc) = prepare(&html, options)?;
    let (bytes, _) = page.parts();
    let failed = |e: crate::Error| JsError::new(&e.to_string());
    if let Input::Text(page_text) = &page {
        // The page is a JS string already: the output is built from slices of it and
        // the insertions, not copied back whole out of wasm memory (decoding the page
        // again costs more than all but the analysis).
        let out = crate::insertions_of_text(page_text, &opts).map_err(failed)?;
        let page = js_sys::JsString::from(html);
        let mut built = js_sys::JsString::from("");
        let mut at = 0;
        for (offset, text) in out.utf16(bytes) {
            built = built
                .concat(&page.slice(at, offset as u32))
                .concat(&JsValue::from_str(text));
            at = offset as u32;
        }
        // (`slice` ends at the string's end when asked for more.)
        built = built.concat(&page.slice(at, u32::MAX));
        return Ok(with_report(&out.report, built.into()));
    }
    let out = crate::rewrite(bytes, &opts, enc).map_err(failed)?;
    Ok(with_report(
        &out.report,
        js_sys::Uint8Array::from(out.html.as_slice()).into(),
    ))
}

/// The plan for a page: `{ actions, report }` (see the `plan` module for the format).
#[wasm_bindgen]
pub fn plan(html: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let (page, opts, enc) = prepare(&html, options)?;
    let plan = crate::plan(page.parts().0, &opts, enc).map_err(|e| JsError::new(&e.to_string()))?;
    Ok(plan_js(&plan))
}

/// A streaming rewriter: `write(chunk)` returns the output ready so far, `end()` the
/// rest and the report. Chunks may be strings or bytes (not mixed); the output has the
/// type of the first chunk. Call `free()` when done.
#[wasm_bindgen]
pub struct Cleaner {
    opts: Options,
    charset: Option<String>,
    state: Option<Stream>,
    ended: bool,
    /// Bytes held until enough have come to find a `<meta charset>` in them.
    head: Vec<u8>,
    text: Option<bool>,
}

/// How much of a page is looked at for its charset before rewriting starts.
const SNIFF_BYTES: usize = 4096;

/// Where a streaming rewriter's output goes: a shared buffer JS drains.
type OutputFn = Box<dyn FnMut(&[u8])>;

struct Stream {
    rewriter: Rewriter<OutputFn>,
    out: Rc<RefCell<Vec<u8>>>,
    /// Output as text: a UTF-8 decoder that keeps a character split across writes.
    text: Option<encoding_rs::Decoder>,
}

#[wasm_bindgen]
impl Cleaner {
    /// A cleaner with the given options (`charset` names the bytes' encoding; without
    /// it, the first chunk's BOM or `<meta charset>` decides).
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue) -> Result<Cleaner, JsError> {
        let (opts, charset) = self::options(options)?;
        Ok(Cleaner {
            opts,
            charset,
            state: None,
            ended: false,
            head: Vec::new(),
            text: None,
        })
    }

    /// Feeds a chunk; returns the output that became ready.
    pub fn write(&mut self, chunk: JsValue) -> Result<JsValue, JsError> {
        let page = input(&chunk)?;
        let (bytes, text) = page.parts();
        if self.ended {
            return Err(JsError::new("this cleaner has ended"));
        }
        if *self.text.get_or_insert(text) != text {
            return Err(JsError::new("chunks must all be strings or all be bytes"));
        }
        if self.state.is_none() {
            // Bytes without a declared charset: wait for enough of the page to sniff it.
            if !text && self.charset.is_none() && self.head.len() + bytes.len() < SNIFF_BYTES {
                self.head.extend_from_slice(bytes);
                return Ok(js_sys::Uint8Array::new_with_length(0).into());
            }
            self.head.extend_from_slice(bytes);
            let head = std::mem::take(&mut self.head);
            self.start(&head, text)?;
            let st = self
                .state
                .as_mut()
                .ok_or_else(|| JsError::new("this cleaner has ended"))?;
            st.rewriter
                .write(&head)
                .map_err(|e| JsError::new(&e.to_string()))?;
            return Ok(take_output(st, false));
        }
        let st = self
            .state
            .as_mut()
            .ok_or_else(|| JsError::new("this cleaner has ended"))?;
        st.rewriter
            .write(bytes)
            .map_err(|e| JsError::new(&e.to_string()))?;
        Ok(take_output(st, false))
    }

    fn start(&mut self, head: &[u8], text: bool) -> Result<(), JsError> {
        let enc = encoding(self.charset.as_deref(), head, text, &mut self.opts)?;
        let out = Rc::new(RefCell::new(Vec::new()));
        let sink = out.clone();
        let rewriter = Rewriter::new(
            self.opts.clone(),
            enc,
            Box::new(move |b: &[u8]| sink.borrow_mut().extend_from_slice(b)) as OutputFn,
        )
        .map_err(|e| JsError::new(&e.to_string()))?;
        self.state = Some(Stream {
            rewriter,
            out,
            text: text.then(|| encoding_rs::UTF_8.new_decoder_without_bom_handling()),
        });
        Ok(())
    }

    /// Bytes of the page that have gone out so far, Unboil's insertions not counted.
    /// After an error, passing the input on from this offset gives the page whole
    /// (that is how a caller fails open).
    #[wasm_bindgen(getter, js_name = pageBytesOut)]
    pub fn page_bytes_out(&self) -> f64 {
        self.state
            .as_ref()
            .map_or(0.0, |st| st.rewriter.page_bytes_out() as f64)
    }

    /// Ends the page: `{ html, report }` with the rest of the output.
    pub fn end(&mut self) -> Result<JsValue, JsError> {
        if self.state.is_none() && !self.ended && self.text.is_some() {
            // A short page never reached the sniffing threshold.
            let head = std::mem::take(&mut self.head);
            self.start(&head, self.text == Some(true))?;
            if let Some(st) = self.state.as_mut() {
                st.rewriter
                    .write(&head)
                    .map_err(|e| JsError::new(&e.to_string()))?;
            }
        }
        let Some(st) = self.state.take() else {
            return Err(JsError::new(
                "nothing was written, or this cleaner has ended",
            ));
        };
        self.ended = true;
        let Stream {
            rewriter,
            out,
            mut text,
        } = st;
        let report = rewriter.end().map_err(|e| JsError::new(&e.to_string()))?;
        let html = output(&out, &mut text, true);
        Ok(with_report(&report, html))
    }
}

fn take_output(st: &mut Stream, last: bool) -> JsValue {
    output(&st.out, &mut st.text, last)
}

/// The bytes written so far, as a string (decoding across writes) or as bytes.
fn output(out: &RefCell<Vec<u8>>, text: &mut Option<encoding_rs::Decoder>, last: bool) -> JsValue {
    let bytes = std::mem::take(&mut *out.borrow_mut());
    match text {
        Some(dec) => {
            let cap = dec
                .max_utf8_buffer_length(bytes.len())
                .unwrap_or(bytes.len() * 3 + 4);
            let mut s = String::with_capacity(cap);
            let _ = dec.decode_to_string(&bytes, &mut s, last);
            JsValue::from_str(&s)
        }
        None => js_sys::Uint8Array::from(bytes.as_slice()).into(),
    }
}

/// Readable panic messages in the console in debug builds.
#[cfg(debug_assertions)]
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}
