//! The plan: the same verdicts as the rewrite, as actions a script applies to a live DOM.
//!
//! Elements are addressed by their ordinal among all start tags of the HTML as
//! serialised (0-based, document order). Every action carries a check so that a
//! script can skip an action whose element is not the one the core saw:
//!
//! - `collapse`: `check.tag` is the element's tag name; `check.textHash` is FNV-1a
//!   (32-bit, over Unicode code points) of the first 64 code points of the element's
//!   text: the data of its descendant text nodes outside `script`, `style`,
//!   `template`, `noscript`, `textarea`, `select`, with character references decoded,
//!   every whitespace run (JavaScript's `\s`) collapsed to one space and leading
//!   space removed.
//! - `grouped` (present only when true): the block goes with the collapsed block
//!   before it (a heading and the appeal it announces) and shares its placeholder:
//!   a placeholder shows and hides every collapsed sibling after it up to the next
//!   placeholder.
//! - `mark`: `element` is the text node's parent; `node` the index of the text node
//!   among that parent's child text nodes; `start`/`end` UTF-16 offsets in that text
//!   node's data; `text` the exact text expected there.

use crate::lexicon::BlockKind;
use crate::report::Report;
use serde::Serialize;

/// What a script checks before it applies an action.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Check {
    /// Lower-case tag name.
    pub tag: String,
    /// FNV-1a of the start of the element's text (see the module docs).
    pub text_hash: u32,
}

/// One action on the live DOM.
#[derive(Clone, Debug, Serialize)]
#[serde(tag = "op", rename_all = "lowercase")]
pub enum Action {
    /// Collapse an element.
    Collapse {
        /// Ordinal of the element among all start tags.
        element: u32,
        /// The check.
        check: Check,
        /// Donation or newsletter.
        kind: BlockKind,
        /// Why.
        reason: String,
        /// Shares the placeholder of the collapsed block before it.
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        grouped: bool,
    },
    /// Wrap part of a text node in a mark.
    Mark {
        /// Ordinal of the text node's parent element.
        element: u32,
        /// Index of the text node among the parent's child text nodes.
        node: u32,
        /// Start, in UTF-16 code units of the node's data.
        start: u32,
        /// End, in UTF-16 code units of the node's data.
        end: u32,
        /// The text expected between start and end.
        text: String,
        /// Canonical name.
        official: String,
        /// Role.
        role: String,
    },
}

/// A plan and its report.
#[derive(Clone, Debug, Serialize)]
pub struct Plan {
    /// Actions in document order of their decisions.
    pub actions: Vec<Action>,
    /// The same report a rewrite gives.
    pub report: Report,
}
