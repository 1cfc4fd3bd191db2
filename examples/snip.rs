//! Replaces the body of named functions of a WebAssembly module with `unreachable`,
//! for `make wasm` (the idea of the Rust and WebAssembly working group's `wasm-snip`,
//! whose parser predates the reference types every module of wasm-bindgen has now).
//!
//!   cargo run --release --features snip --example snip -- MODULE.wasm PREFIX...
//!
//! A function is snipped when its name (as wasm-bindgen writes the name section:
//! demangled, `<f32 as core[…]::fmt::Debug>::fmt`) contains one of the PREFIX strings
//! as a path: `core::fmt::float` matches `core[hash]::fmt::float::…` too. The module is
//! rewritten in place; `wasm-opt` then drops whatever only the snipped bodies called.
//!
//! Unboil snips what only a panic's message can reach: formatting floats, which
//! cssparser's token `Debug` pulls in for an error `lol_html` never hits with the one
//! selector (`*`) Unboil parses. With `panic = "abort"` and no panic hook in release
//! builds, a panic traps either way and its message goes nowhere.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((path, prefixes)) = args.split_first().filter(|(_, p)| !p.is_empty()) else {
        eprintln!("usage: snip MODULE.wasm PATH-PREFIX...");
        return ExitCode::from(2);
    };
    match snip(path, prefixes) {
        Ok(0) => {
            // Nothing matched: the names changed, and the build would silently grow.
            eprintln!("snip: no function of {path} matches {prefixes:?}");
            ExitCode::FAILURE
        }
        Ok(n) => {
            eprintln!("snip: {n} functions of {path} now trap");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("snip: {path}: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The name with crate hashes removed: `core[c5930c85]::fmt` reads `core::fmt`.
fn unhashed(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut rest = name;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        match rest[open..].find(']') {
            Some(close)
                if rest[open + 1..open + close]
                    .bytes()
                    .all(|b| b.is_ascii_hexdigit()) =>
            {
                rest = &rest[open + close + 1..];
            }
            _ => {
                out.push('[');
                rest = &rest[open + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn snip(path: &str, prefixes: &[String]) -> Result<usize, Box<dyn std::error::Error>> {
    let mut module = walrus::Module::from_file(path)?;
    let mut n = 0;
    for f in module.funcs.iter_mut() {
        let matches = f.name.as_deref().is_some_and(|name| {
            let name = unhashed(name);
            prefixes.iter().any(|p| name.contains(p.as_str()))
        });
        if let walrus::FunctionKind::Local(local) = &mut f.kind
            && matches
        {
            let entry = local.entry_block();
            let body = local.block_mut(entry);
            body.instrs.clear();
            body.instrs.push((
                walrus::ir::Unreachable {}.into(),
                walrus::InstrLocId::default(),
            ));
            n += 1;
        }
    }
    module.emit_wasm_file(path)?;
    Ok(n)
}
