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
//! Every PREFIX must match some function: a name that changed would otherwise let the
//! bytes back silently. What Unboil snips, and why it never runs, is in the Makefile
//! (`WASM_SNIP`).

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((path, prefixes)) = args.split_first().filter(|(_, p)| !p.is_empty()) else {
        eprintln!("usage: snip MODULE.wasm PATH-PREFIX...");
        return ExitCode::from(2);
    };
    match snip(path, prefixes) {
        Ok(counts) => {
            let unmatched: Vec<&String> = prefixes
                .iter()
                .zip(&counts)
                .filter_map(|(p, &n)| (n == 0).then_some(p))
                .collect();
            if !unmatched.is_empty() {
                // The names changed, and the build would silently grow.
                eprintln!("snip: no function of {path} matches {unmatched:?}");
                return ExitCode::FAILURE;
            }
            eprintln!(
                "snip: {} functions of {path} now trap",
                counts.iter().sum::<usize>()
            );
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

/// Snips the functions whose names contain a prefix; returns how many each prefix
/// matched (a function matched by several counts for the first).
fn snip(path: &str, prefixes: &[String]) -> Result<Vec<usize>, Box<dyn std::error::Error>> {
    let mut module = walrus::Module::from_file(path)?;
    let mut counts = vec![0; prefixes.len()];
    for f in module.funcs.iter_mut() {
        let matched = f.name.as_deref().and_then(|name| {
            let name = unhashed(name);
            prefixes.iter().position(|p| name.contains(p.as_str()))
        });
        if let walrus::FunctionKind::Local(local) = &mut f.kind
            && let Some(p) = matched
        {
            let entry = local.entry_block();
            let body = local.block_mut(entry);
            body.instrs.clear();
            body.instrs.push((
                walrus::ir::Unreachable {}.into(),
                walrus::InstrLocId::default(),
            ));
            counts[p] += 1;
        }
    }
    module.emit_wasm_file(path)?;
    Ok(counts)
}
