//! `unboil`: the command-line face of the core.
//!
//! `unboil clean [FILE|-] [-o OUT] [--report PATH|-] [--plan] [--no-collapse]
//! [--no-officials] [--charset NAME]` streams a page through the rewriter.

use std::fs::File;
use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: unboil clean [FILE|-] [-o OUT] [--report PATH|-] [--plan] [--no-collapse] [--no-donation] [--no-newsletter] [--no-officials] [--no-ui] [--charset NAME]";

struct Args {
    input: Option<String>,
    output: Option<String>,
    report: Option<String>,
    plan: bool,
    options: unboil::Options,
    charset: Option<String>,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    match args.next().as_deref() {
        Some("clean") => {}
        Some("-h" | "--help") => return Err(USAGE.into()),
        Some(other) => return Err(format!("unknown command '{other}'\n{USAGE}")),
        None => return Err(USAGE.into()),
    }
    let mut a = Args {
        input: None,
        output: None,
        report: None,
        plan: false,
        options: unboil::Options::default(),
        charset: None,
    };
    while let Some(arg) = args.next() {
        let mut value = |flag: &str| args.next().ok_or_else(|| format!("{flag} needs a value"));
        match arg.as_str() {
            "-o" | "--output" => a.output = Some(value(&arg)?),
            "--report" => a.report = Some(value(&arg)?),
            "--charset" => a.charset = Some(value(&arg)?),
            "--plan" => a.plan = true,
            "--no-collapse" => a.options.collapse = false,
            "--no-donation" => a.options.donation = false,
            "--no-newsletter" => a.options.newsletter = false,
            "--no-officials" => a.options.officials = false,
            "--no-ui" => a.options.ui = false,
            "-h" | "--help" => return Err(USAGE.into()),
            s if s.starts_with('-') && s != "-" => {
                return Err(format!("unknown option '{s}'\n{USAGE}"));
            }
            s => {
                if a.input.replace(s.to_string()).is_some() {
                    return Err(format!("more than one input given\n{USAGE}"));
                }
            }
        }
    }
    Ok(a)
}

fn open_input(path: Option<&str>) -> Result<Box<dyn Read>, String> {
    match path {
        None | Some("-") => Ok(Box::new(io::stdin().lock())),
        Some(p) => File::open(p)
            .map(|f| Box::new(f) as Box<dyn Read>)
            .map_err(|e| format!("cannot read {p}: {e}")),
    }
}

fn open_output(path: Option<&str>) -> Result<Box<dyn Write>, String> {
    match path {
        None | Some("-") => Ok(Box::new(io::stdout().lock())),
        Some(p) => File::create(p)
            .map(|f| Box::new(f) as Box<dyn Write>)
            .map_err(|e| format!("cannot write {p}: {e}")),
    }
}

fn run(mut args: Args) -> Result<(), String> {
    if args.output.is_some()
        && args.output.as_deref() == args.input.as_deref()
        && args.input.as_deref() != Some("-")
    {
        return Err("the output would overwrite the input; choose another -o".into());
    }
    let mut input = open_input(args.input.as_deref())?;
    let name = args
        .input
        .clone()
        .unwrap_or_else(|| "standard input".into());
    // The first block decides the charset (BOM or <meta>), unless --charset says.
    let mut first = vec![0u8; 8192];
    let mut n = 0;
    while n < first.len() {
        match input.read(&mut first[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(format!("cannot read {name}: {e}")),
        }
    }
    first.truncate(n);
    let encoding = match &args.charset {
        Some(c) => unboil::encoding_for_label(c).ok_or_else(|| format!("unknown charset '{c}'"))?,
        None => unboil::sniff_charset(&first).unwrap_or_else(|| {
            // Nothing declares the charset: a browser may read the page in another
            // one, so what Unboil adds is written in ASCII.
            args.options.ascii_insertions = true;
            encoding_rs::UTF_8
        }),
    };
    if encoding == encoding_rs::UTF_16LE
        || encoding == encoding_rs::UTF_16BE
        || encoding == encoding_rs::REPLACEMENT
    {
        return Err(format!(
            "unsupported charset: {} (Unboil reads ASCII-compatible charsets only)",
            encoding.name()
        ));
    }

    if args.plan {
        let mut all = first;
        input
            .read_to_end(&mut all)
            .map_err(|e| format!("cannot read {name}: {e}"))?;
        let plan = unboil::plan(&all, &args.options, encoding).map_err(|e| e.to_string())?;
        let mut out = open_output(args.output.as_deref())?;
        let json = serde_json::to_string_pretty(&plan).map_err(|e| e.to_string())?;
        out.write_all(json.as_bytes())
            .and_then(|_| out.write_all(b"\n"))
            .map_err(|e| format!("cannot write output: {e}"))?;
        return Ok(());
    }

    // A file is written under a temporary name and renamed only when all went well:
    // a failed run never leaves a half page behind.
    let (sink_path, final_path) = output_paths(args.output.as_deref());
    let mut out = BufWriter::with_capacity(
        64 * 1024,
        open_output(sink_path.as_deref().or(args.output.as_deref()))?,
    );
    if let (Some(tmp), Some(dst)) = (&sink_path, &final_path)
        && let Ok(m) = std::fs::metadata(dst)
    {
        // The page replaces the file's content, not its permissions.
        let _ = std::fs::set_permissions(tmp, m.permissions());
    }
    let mut write_err: Option<io::Error> = None;
    let mut rw = unboil::Rewriter::new(args.options.clone(), encoding, |b: &[u8]| {
        if write_err.is_none()
            && let Err(e) = out.write_all(b)
        {
            write_err = Some(e);
        }
    })
    .map_err(|e| e.to_string())?;
    // Undecodable input is refused rather than rewritten with replacement characters.
    let mut check = Validator::new(encoding, &name);
    let result = (|| -> Result<(), String> {
        check.feed(&first, false)?;
        rw.write(&first).map_err(|e| e.to_string())?;
        let mut buf = vec![0u8; 64 * 1024];
        loop {
            match input.read(&mut buf) {
                Ok(0) => break,
                Ok(k) => {
                    check.feed(&buf[..k], false)?;
                    rw.write(&buf[..k]).map_err(|e| e.to_string())?
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(format!("cannot read {name}: {e}")),
            }
        }
        check.feed(&[], true)
    })();
    if let Err(e) = result {
        if let Some(p) = &sink_path {
            let _ = std::fs::remove_file(p);
        }
        return Err(e);
    }
    let report = rw.end().map_err(|e| e.to_string())?;
    if let Some(e) = write_err {
        return Err(format!("cannot write output: {e}"));
    }
    out.flush()
        .map_err(|e| format!("cannot write output: {e}"))?;
    drop(out);
    if let (Some(tmp), Some(dst)) = (&sink_path, &final_path) {
        std::fs::rename(tmp, dst).map_err(|e| format!("cannot write {dst}: {e}"))?;
    }
    if let Some(path) = &args.report {
        let json = report.to_json() + "\n";
        if path == "-" {
            if args.output.is_none() || args.output.as_deref() == Some("-") {
                io::stderr()
                    .write_all(json.as_bytes())
                    .map_err(|e| format!("cannot write report: {e}"))?;
            } else {
                io::stdout()
                    .write_all(json.as_bytes())
                    .map_err(|e| format!("cannot write report: {e}"))?;
            }
        } else {
            std::fs::write(path, json).map_err(|e| format!("cannot write report {path}: {e}"))?;
        }
    }
    Ok(())
}

/// Where the page is written first and what it is renamed to at the end. Only a
/// regular file (or a new one) is written through a temporary file: a device, a pipe
/// or a terminal (`-o /dev/null`) is written directly, never replaced, and a symbolic
/// link keeps pointing where it did while its target gets the page.
fn output_paths(output: Option<&str>) -> (Option<String>, Option<String>) {
    let Some(p) = output.filter(|p| *p != "-") else {
        return (None, None);
    };
    let dst = match std::fs::metadata(p) {
        Ok(m) if m.is_file() => match std::fs::canonicalize(p) {
            Ok(real) => match real.to_str() {
                Some(r) => r.to_string(),
                None => return (None, None),
            },
            Err(_) => return (None, None),
        },
        Ok(_) => return (None, None),
        Err(_) => p.to_string(),
    };
    (Some(format!("{dst}.unboil-partial")), Some(dst))
}

/// Checks that the input decodes in its charset, chunk by chunk.
struct Validator {
    decoder: encoding_rs::Decoder,
    scratch: String,
    offset: u64,
    name: String,
    charset: &'static str,
}

impl Validator {
    fn new(encoding: &'static encoding_rs::Encoding, name: &str) -> Self {
        Validator {
            decoder: encoding.new_decoder_with_bom_removal(),
            scratch: String::with_capacity(64 * 1024),
            offset: 0,
            name: name.to_string(),
            charset: encoding.name(),
        }
    }

    fn feed(&mut self, mut bytes: &[u8], last: bool) -> Result<(), String> {
        loop {
            self.scratch.clear();
            let (result, read) =
                self.decoder
                    .decode_to_string_without_replacement(bytes, &mut self.scratch, last);
            self.offset += read as u64;
            bytes = &bytes[read..];
            match result {
                encoding_rs::DecoderResult::InputEmpty => return Ok(()),
                encoding_rs::DecoderResult::OutputFull => {
                    self.scratch.reserve(64 * 1024);
                }
                encoding_rs::DecoderResult::Malformed(_, _) => {
                    return Err(format!(
                        "{} is not valid {} near byte {}; pass --charset to read it as another encoding",
                        self.name, self.charset, self.offset
                    ));
                }
            }
        }
    }
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(a) => a,
        Err(msg) => {
            eprintln!("unboil: {msg}");
            return ExitCode::from(2);
        }
    };
    match run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("unboil: {msg}");
            ExitCode::FAILURE
        }
    }
}
