//! The report: what was collapsed and why, which officials were found.

use crate::lexicon::BlockKind;
use serde::Serialize;

/// The JSON report of DESIGN.md.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Report {
    /// Collapsed blocks, in document order of their verdicts.
    pub collapsed: Vec<Collapsed>,
    /// Officials with at least one marked mention.
    pub officials: Vec<OfficialReport>,
    /// Counters.
    pub stats: Stats,
}

/// One collapsed block.
#[derive(Clone, Debug, Serialize)]
pub struct Collapsed {
    /// Donation or newsletter.
    pub kind: BlockKind,
    /// The signals that fired.
    pub reason: String,
    /// The start of the block's text.
    pub text: String,
}

/// One official.
#[derive(Clone, Debug, Serialize)]
pub struct OfficialReport {
    /// Canonical name.
    pub name: String,
    /// Title as the page gives it.
    pub role: String,
    /// Distinct surface forms marked.
    pub mentions: Vec<String>,
    /// Number of marked mentions.
    pub count: u32,
}

/// Counters for the curious and for benchmarks.
#[derive(Clone, Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Stats {
    /// Start tags seen.
    pub elements: u64,
    /// Bytes of output from the parser (the page, before Unboil's insertions).
    pub bytes: u64,
    /// Blocks collapsed.
    pub collapsed: u64,
    /// Mentions marked.
    pub marks: u64,
    /// Most output bytes held back at once.
    pub peak_held_bytes: u64,
    /// The charset the page was read (and written) in, by its WHATWG name.
    pub charset: &'static str,
}

impl Report {
    /// The report as JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|_| "{}".into())
    }
}
