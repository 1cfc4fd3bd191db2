//! Deciding which blocks are donation appeals or newsletter sign-ups.
//!
//! Evidence is gathered per element while its subtree streams past (phrases from the
//! tables in `lexicon`, attribute tokens, form structure) and judged when the element
//! closes. A block is collapsed only when the evidence is strong, it offers a call to
//! action, and it is small and appeal-dense enough not to be article text. This module
//! never touches output: it only returns verdicts.

use crate::lexicon::{ARTICLE_TOKENS, ATTRIBUTE_TOKENS, BlockKind};
use crate::matcher::Patterns;
use std::sync::OnceLock;

const KINDS: [BlockKind; 2] = [BlockKind::Newsletter, BlockKind::Donation];

fn idx(k: BlockKind) -> usize {
    match k {
        BlockKind::Newsletter => 0,
        BlockKind::Donation => 1,
    }
}

/// One reason a verdict fired, for the report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signal {
    /// Which kind of appeal it points to.
    pub kind: BlockKind,
    /// What was seen: `phrase "support us"`, `attribute "newsletter"`, `e-mail field`.
    pub what: std::rc::Rc<str>,
}

/// Most bytes between a newsletter invitation and the newsletter it names.
const INVITATION_REACH: usize = 32;

/// Text, beyond its calls to action, that makes a block with a headline a news item.
const NEWS_ITEM_CHARS: u32 = 80;

/// Most signals kept per block: enough to explain a verdict, bounded in memory.
const MAX_SIGNALS: usize = 8;

/// Evidence gathered over an element's subtree.
#[derive(Clone, Debug, Default)]
pub struct BlockStats {
    /// Visible characters (whitespace not counted).
    pub text_chars: u32,
    /// Phrase evidence per kind.
    pub phrases: [u16; 2],
    /// Number of phrase hits per kind.
    pub phrase_hits: [u16; 2],
    /// Hits of core phrases (those naming the appeal itself) per kind.
    pub core_hits: [u16; 2],
    /// Hits of decisive core phrases (weight 3) per kind.
    pub strong_hits: [u16; 2],
    /// Attribute evidence of descendants per kind.
    pub attrs: [u16; 2],
    /// Calls to action pointing at a kind (a "Donate" link, a subscribe button).
    pub actions: [u16; 2],
    /// Visible characters of those calls to action.
    pub action_chars: u32,
    /// Calls to action whose words and whose link both name a newsletter ("Get it sent
    /// to your inbox", to the newsletter's page).
    pub newsletter_links: u16,
    /// Links.
    pub links: u16,
    /// Buttons, submit inputs and forms, whatever they say.
    pub controls: u16,
    /// E-mail fields.
    pub email_inputs: u16,
    /// Password fields: a sign-in form, not a sign-up.
    pub password_inputs: u16,
    /// Free-text fields (`textarea`): a comment or contact form, not a sign-up.
    pub message_fields: u16,
    /// Amount or frequency choices (radio buttons, "$5").
    pub choices: u16,
    /// Paragraphs of article-like length.
    pub long_paragraphs: u16,
    /// Verbs of reported speech ("said"): news prose, not an appeal to the reader.
    pub speech: u16,
    /// What the block's text begins with: nothing yet (0), a headline whose words
    /// announce no appeal (1), anything else (2).
    pub lead: u8,
    /// Contains something that must never be collapsed (article, main, article body).
    pub guarded: bool,
    /// Reasons, bounded.
    pub signals: Vec<Signal>,
}

impl BlockStats {
    /// Adds a child's evidence to its parent's.
    pub fn absorb(&mut self, c: &BlockStats) {
        self.text_chars += c.text_chars;
        for i in 0..2 {
            self.phrases[i] = self.phrases[i].saturating_add(c.phrases[i]);
            self.phrase_hits[i] = self.phrase_hits[i].saturating_add(c.phrase_hits[i]);
            self.core_hits[i] = self.core_hits[i].saturating_add(c.core_hits[i]);
            self.strong_hits[i] = self.strong_hits[i].saturating_add(c.strong_hits[i]);
            self.attrs[i] = self.attrs[i].saturating_add(c.attrs[i]);
            self.actions[i] = self.actions[i].saturating_add(c.actions[i]);
        }
        self.newsletter_links = self.newsletter_links.saturating_add(c.newsletter_links);
        self.links = self.links.saturating_add(c.links);
        self.action_chars = self.action_chars.saturating_add(c.action_chars);
        self.controls = self.controls.saturating_add(c.controls);
        self.email_inputs = self.email_inputs.saturating_add(c.email_inputs);
        self.password_inputs = self.password_inputs.saturating_add(c.password_inputs);
        self.message_fields = self.message_fields.saturating_add(c.message_fields);
        self.choices = self.choices.saturating_add(c.choices);
        self.long_paragraphs = self.long_paragraphs.saturating_add(c.long_paragraphs);
        self.speech = self.speech.saturating_add(c.speech);
        if self.lead == 0 {
            self.lead = c.lead;
        }
        self.guarded |= c.guarded;
        for s in &c.signals {
            if self.signals.len() >= MAX_SIGNALS {
                break;
            }
            if !self
                .signals
                .iter()
                .any(|t| t.kind == s.kind && t.what == s.what)
            {
                self.signals.push(s.clone());
            }
        }
    }

    /// A news item rather than part of an appeal: it begins with a headline that
    /// announces no appeal, and has a link, a button or a form, and text beyond the
    /// calls to action.
    pub fn is_news_item(&self) -> bool {
        self.lead == 1
            && (self.actions != [0, 0] || self.controls > 0 || self.email_inputs > 0)
            && self.text_chars >= self.action_chars + NEWS_ITEM_CHARS
    }

    /// Forgets the evidence of appeal (phrases, attributes, calls to action, form
    /// fields, reasons), keeping the text, the links and the guards.
    pub fn clear_evidence(&mut self) {
        *self = BlockStats {
            text_chars: self.text_chars,
            links: self.links,
            long_paragraphs: self.long_paragraphs,
            speech: self.speech,
            lead: self.lead,
            guarded: self.guarded,
            ..BlockStats::default()
        };
    }

    /// Records a reason (once, and only while there is room).
    #[inline(always)]
    pub fn signal(&mut self, kind: BlockKind, what: impl FnOnce() -> String) {
        if self.signals.len() < MAX_SIGNALS {
            self.add_signal(kind, what());
        }
    }

    /// The body of [`BlockStats::signal`], one copy for all its callers.
    fn add_signal(&mut self, kind: BlockKind, what: String) {
        if !self
            .signals
            .iter()
            .any(|s| s.kind == kind && *s.what == *what)
        {
            self.signals.push(Signal {
                kind,
                what: what.into(),
            });
        }
    }

    /// Links less calls to action (links and buttons): below zero where buttons
    /// outnumber the links.
    pub fn link_surplus(&self) -> i32 {
        i32::from(self.links) - i32::from(self.actions[0]) - i32::from(self.actions[1])
    }

    /// Links that are no call to action: a menu's, a footer's, a story's.
    pub fn other_links(&self) -> u16 {
        self.link_surplus().clamp(0, u16::MAX.into()) as u16
    }

    /// Adds the phrase hits found in a stretch of this element's own text.
    pub fn add_phrases(&mut self, lower_text: &str) {
        // Where the last newsletter invitation ("sign up for", "subscribe") ended.
        let mut invitation: Option<usize> = None;
        for (appeal, range) in all_hits(lower_text) {
            let Some(appeal) = appeal else {
                self.speech = self.speech.saturating_add(1);
                continue;
            };
            let i = idx(appeal.kind);
            self.phrases[i] = self.phrases[i].saturating_add(appeal.weight as u16);
            self.phrase_hits[i] = self.phrase_hits[i].saturating_add(1);
            if appeal.kind == BlockKind::Newsletter && appeal.weight < 3 {
                if appeal.core && !appeal.action {
                    // "Sign up for the Morning newsletter": an invitation to a named
                    // newsletter says as much as "sign up for our newsletter".
                    if invitation.is_some_and(|end| {
                        range.start - end <= INVITATION_REACH
                            && !lower_text[end..range.start].contains(['.', '!', '?', ';'])
                    }) {
                        self.phrases[i] = self.phrases[i].saturating_add(1);
                        self.strong_hits[i] = self.strong_hits[i].saturating_add(1);
                        self.signal(appeal.kind, || "invitation to a newsletter".into());
                    }
                    invitation = None;
                } else {
                    invitation = Some(range.end);
                }
            }
            if appeal.core {
                self.core_hits[i] = self.core_hits[i].saturating_add(1);
                if appeal.weight >= 3 {
                    self.strong_hits[i] = self.strong_hits[i].saturating_add(1);
                }
            }
            self.signal(appeal.kind, || format!("phrase \"{}\"", appeal.phrase));
        }
    }
}

/// One automaton for the appeal phrases and, after them, the verbs of reported speech.
fn phrase_matcher() -> &'static (Patterns, Vec<crate::lexicon::Appeal>) {
    static M: OnceLock<(Patterns, Vec<crate::lexicon::Appeal>)> = OnceLock::new();
    M.get_or_init(|| {
        let list: Vec<_> = crate::lexicon::appeals().collect();
        let phrases: Vec<&str> = list
            .iter()
            .map(|a| a.phrase)
            .chain(
                crate::lexicon::SPEECH
                    .iter()
                    .flat_map(|l| crate::lexicon::words(l)),
            )
            .collect();
        (Patterns::new(&phrases), list)
    })
}

/// Whole-word hits of the phrase automaton: the appeal (None for a verb of speech)
/// and the byte range.
fn all_hits(
    lower: &str,
) -> impl Iterator<
    Item = (
        Option<&'static crate::lexicon::Appeal>,
        std::ops::Range<usize>,
    ),
> + '_ {
    let (ac, list) = phrase_matcher();
    ac.find_whole_words(lower)
        .map(move |m| (list.get(m.pattern), m.start..m.end))
}

fn attr_matcher() -> &'static Patterns {
    static M: OnceLock<Patterns> = OnceLock::new();
    M.get_or_init(|| {
        let tokens: Vec<&str> = ATTRIBUTE_TOKENS
            .iter()
            .map(|t| t.0)
            .chain(crate::lexicon::words(ARTICLE_TOKENS))
            .collect();
        Patterns::new(&tokens)
    })
}

/// Whole-word phrase hits in lower-cased text, each with its byte range.
pub fn phrase_hits(
    lower: &str,
) -> impl Iterator<Item = (&'static crate::lexicon::Appeal, std::ops::Range<usize>)> + '_ {
    all_hits(lower).filter_map(|(a, r)| Some((a?, r)))
}

/// Which kinds of appeal a heading's words (lower-cased) announce ("support …",
/// "newsletter").
pub fn heading_topics(lower: &str) -> [bool; 2] {
    let mut kinds = [false; 2];
    for w in lower.split(|c: char| !c.is_alphanumeric() && c != '-') {
        if let Some(&(_, k)) = crate::lexicon::HEADING_TOPICS.iter().find(|(t, _)| *t == w) {
            kinds[idx(k)] = true;
        }
    }
    for (a, _) in phrase_hits(lower) {
        if a.core {
            kinds[idx(a.kind)] = true;
        }
    }
    kinds
}

/// Whether a short text (a link or button label) is itself a call to action of a kind.
pub fn action_kind(lower_label: &str) -> Option<BlockKind> {
    let label = lower_label.trim();
    if label.is_empty() || label.chars().count() > 40 {
        return None;
    }
    phrase_hits(label)
        .find(|(a, _)| a.action || a.weight == 3)
        .map(|(a, _)| a.kind)
}

/// Whether a link's text (lower case) only declines or puts off what the block asks:
/// "No thanks", "Maybe later", "Nein danke", "Не сейчас".
pub fn is_dismissal(lower_label: &str) -> bool {
    let label = lower_label.trim_matches(|c: char| !c.is_alphanumeric());
    crate::lexicon::DISMISSALS.contains(&label)
}

/// Whether a button's or label's text offers an amount or a frequency of giving:
/// "$5", "10 €", "R$ 20", "Monthly", "Einmalig".
pub fn is_choice_label(lower_label: &str) -> bool {
    let label = lower_label.trim();
    // An amount, or a frequency alone ("Monthly").
    is_amount_label(label)
        || crate::lexicon::FREQUENCIES
            .iter()
            .any(|words| words.contains(&label))
}

/// Whether a label is an amount alone: digits with a currency sign on either side
/// ("$5", "10 €", "R$ 20", "100 ₴", "$5/month").
pub fn is_amount_label(lower_label: &str) -> bool {
    // With its period after a slash: "$5/month", "10 €/Monat".
    let label = lower_label.split('/').next().unwrap_or_default().trim();
    let unprefixed = label
        .strip_prefix("us")
        .or_else(|| label.strip_prefix('r'))
        .filter(|r| r.starts_with('$'))
        .unwrap_or(label);
    let number = unprefixed.trim_matches(['$', '€', '£', '₽', '₴', ' ']);
    number.len() < unprefixed.len()
        && number.bytes().any(|b| b.is_ascii_digit())
        && number
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
}

/// Evidence from one attribute value (lower-cased): per-kind weights, and each token
/// seen goes to `signals` as `{name}~{token}`. Returns whether the value also names the
/// article itself ("article-body"): both come from one pass of one automaton.
pub fn attribute_evidence(
    lower_value: &str,
    out: &mut [u16; 2],
    name: &str,
    signals: &mut Vec<(BlockKind, String)>,
) -> bool {
    let mut article = false;
    for m in attr_matcher().find_iter(lower_value) {
        let i = m.pattern;
        match ATTRIBUTE_TOKENS.get(i) {
            Some(&(tok, kind, w)) => {
                out[idx(kind)] = out[idx(kind)].saturating_add(w as u16);
                signals.push((kind, format!("{name}~{tok}")));
            }
            None => article = true,
        }
    }
    article
}

/// Whether a link's path (its query aside) ends in a story's headline, five words or
/// more joined by hyphens or underscores ("/2024/03/should-you-donate-to-the-appeal"):
/// a story's address, whose words are no call to action.
pub fn ends_in_headline(href: &str) -> bool {
    let mut joins = 0;
    for &b in href.as_bytes().iter().rev().skip_while(|&&b| b == b'/') {
        match b {
            b'/' => break,
            b'?' => joins = 0,
            b'-' | b'_' => joins += 1,
            _ => {}
        }
    }
    joins >= 4
}

/// What an element's own start tag says.
#[derive(Clone, Debug, Default)]
pub struct OwnAttributes {
    /// Attribute evidence per kind, from class, id, aria-label, role, data-*.
    pub evidence: [u16; 2],
    /// A dialog, modal, pop-up or banner.
    pub dialog: bool,
    /// A menu or a navigation bar: its links lead to the site's pages (the appeal's
    /// among them), it is no appeal of its own.
    pub navigation: bool,
}

/// Whether a class or id names a menu or a navigation bar ("sf-menu", "main-nav",
/// "navbar"), by its tokens: not "menu-item-donate" in a single link's class.
pub fn names_navigation(value: &str) -> bool {
    value.split_ascii_whitespace().any(|class| {
        ["menu", "nav", "navbar", "navigation", "menubar"]
            .iter()
            .any(|s| {
                class
                    .strip_suffix(s)
                    .is_some_and(|rest| rest.is_empty() || rest.ends_with(['-', '_']))
            })
    })
}

/// The verdict on one element.
#[derive(Clone, Debug)]
pub struct Verdict {
    /// What kind of appeal.
    pub kind: BlockKind,
    /// The evidence total that decided it.
    pub score: u16,
    /// Why, human-readable.
    pub reason: String,
}

/// Thresholds, in one place.
/// Least evidence for a verdict.
pub const MIN_EVIDENCE: u16 = 5;
const BASE_CHARS: u32 = 300;
const CHARS_PER_EVIDENCE: u32 = 120;
const MAX_CHARS: u32 = 3000;
const MAX_OTHER_LINKS: u16 = 4;

/// Judges an element's subtree. `own` is what its start tag said.
pub fn judge(stats: &BlockStats, own: &OwnAttributes) -> Option<Verdict> {
    if stats.guarded || stats.text_chars == 0 || own.navigation {
        return None;
    }
    let mut best: Option<(BlockKind, u16)> = None;
    for k in KINDS {
        let i = idx(k);
        let own_attr = own.evidence[i].min(4);
        let desc_attr = stats.attrs[i].min(4);
        // A call to action of this kind ("Jetzt spenden", "Subscribe") adds to the
        // case when it is all the block links to: a toolbar of links is navigation.
        // And only beside a plea: two bare buttons ("Donate", "Patreon") are not one.
        let sole_action = stats.actions[i] > 0
            && stats.links <= stats.actions[0] + stats.actions[1]
            && stats.text_chars > stats.action_chars + 20;
        // A link that says "sign up" and leads to a newsletter's page: its words and its
        // address are two signals. (A "Donate" link to a donation page is also how news
        // points to others' appeals: it stays one.)
        let decisive = k == BlockKind::Newsletter && stats.newsletter_links > 0;
        let mut e = stats.phrases[i].min(30)
            + own_attr
            + desc_attr
            + u16::from(sole_action)
            + u16::from(decisive);
        let mut diverse = stats.phrase_hits[i] >= 2
            || (stats.phrase_hits[i] >= 1 && (own_attr + desc_attr > 0 || decisive));
        match k {
            BlockKind::Newsletter => {
                if stats.email_inputs > 0 && stats.password_inputs == 0 {
                    e += 3;
                    diverse = true;
                }
            }
            BlockKind::Donation => {
                if stats.choices > 0 {
                    e += 3.min(stats.choices * 2);
                    diverse = true;
                }
            }
        }
        if own.dialog && e > 0 {
            e += 1;
        }
        // Something must name the appeal itself: a core phrase, an attribute token or
        // a call to action of this kind (an e-mail field or a price alone is not enough).
        let core = stats.core_hits[i] > 0 || own_attr + desc_attr > 0 || stats.actions[i] > 0;
        // And the case must be made, not just hinted at: a decisive phrase, two core
        // phrases, or the form itself (an e-mail field; amount choices). A lone
        // "Newsletters" link is navigation.
        let structure = match k {
            BlockKind::Newsletter => stats.email_inputs > 0 && stats.password_inputs == 0,
            BlockKind::Donation => stats.choices > 0,
        };
        let made = stats.strong_hits[i] > 0
            || stats.core_hits[i] >= 2
            || structure
            || (stats.core_hits[i] >= 1 && stats.phrase_hits[i] >= 2 && own_attr + desc_attr >= 3)
            // Or the block's own markup names the appeal ("newsletter-promo") and its
            // call to action says it in words ("Sign up"): a promo for a newsletter.
            || (own_attr >= 3 && stats.actions[i] > 0 && stats.core_hits[i] >= 1);
        // An amount to click ("$5" as a link) is the call to action of a donation form.
        let action = stats.actions[i] > 0
            || stats.controls > 0
            || (k == BlockKind::Newsletter && stats.email_inputs > 0)
            || (k == BlockKind::Donation && stats.choices > 0);
        // A list of links with one appeal among them is navigation, not an appeal.
        let other_links = stats.other_links();
        // Text that quotes people is news prose about the appeal ("'Every
        // contribution helps,' said spokesman Tom Reed"), unless the markup says
        // what the block is (its classes, a dialog).
        let reported = stats.speech > 0 && own_attr + desc_attr == 0 && !own.dialog;
        // A form that asks for a message ("Leave a Reply", "Contact us") is not a
        // sign-up, whatever its e-mail field and its "notify me" box say.
        let message_form = k == BlockKind::Newsletter && stats.message_fields > 0;
        if e < MIN_EVIDENCE
            || reported
            || message_form
            || !diverse
            || !core
            || !made
            || !action
            || other_links > MAX_OTHER_LINKS
        {
            continue;
        }
        // Appeals are short; article text is long. Allow more text the stronger the case.
        let allowed = (BASE_CHARS + CHARS_PER_EVIDENCE * e as u32).min(MAX_CHARS);
        if stats.text_chars > allowed {
            continue;
        }
        let max_long = if own.dialog { 8 } else { 2 };
        if stats.long_paragraphs > max_long {
            continue;
        }
        if best.is_none_or(|(_, b)| e > b) {
            best = Some((k, e));
        }
    }
    let (kind, score) = best?;
    let mut reason = String::new();
    for what in stats
        .signals
        .iter()
        .filter(|s| s.kind == kind)
        .map(|s| &*s.what)
        .chain(own.dialog.then_some("dialog"))
    {
        if !reason.is_empty() {
            reason.push_str(", ");
        }
        reason.push_str(what);
    }
    Some(Verdict {
        kind,
        score,
        reason,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_whole_word_phrases_only() {
        let hits: Vec<_> = phrase_hits("please support us today. supportus")
            .map(|(a, _)| a.phrase)
            .collect();
        assert!(hits.contains(&"support us"), "{hits:?}");
        assert!(!phrase_hits("contributed to this report").any(|(a, _)| a.phrase == "contribute"));
    }

    #[test]
    fn an_invitation_to_a_named_newsletter_is_decisive() {
        let mut s = BlockStats::default();
        s.add_phrases("sign up for the morning briefing newsletter");
        assert_eq!(s.strong_hits[0], 1);
        let mut s = BlockStats::default();
        s.add_phrases("sign up for a free trial of our app. the newsletter");
        assert_eq!(s.strong_hits[0], 0);
    }

    #[test]
    fn choice_labels() {
        for yes in [
            "$5",
            "10 €",
            "r$ 20",
            "$1,000",
            "monthly",
            "einmalig",
            "500 ₽",
            "100 ₴",
            "щомісяця",
            "$5/month",
            "10 €/monat",
        ] {
            assert!(is_choice_label(yes), "{yes}");
        }
        // Links offer amounts, never frequencies (an archive's "Monthly").
        assert!(is_amount_label("$10/mo") && !is_amount_label("monthly"));
        for no in [
            "5 things to know",
            "donate",
            "2024",
            "$ signs",
            "read more",
            "once upon a time",
            "24/7",
            "and/or",
        ] {
            assert!(!is_choice_label(no), "{no}");
        }
    }

    #[test]
    fn action_labels() {
        assert_eq!(action_kind("support us"), Some(BlockKind::Donation));
        assert_eq!(action_kind("subscribe"), Some(BlockKind::Newsletter));
        assert_eq!(action_kind("apoya ahora"), Some(BlockKind::Donation));
        assert_eq!(action_kind("hazte socia"), Some(BlockKind::Donation));
        assert_eq!(action_kind("read more"), None);
    }

    #[test]
    fn a_phrase_alone_without_an_action_is_not_enough() {
        let mut s = BlockStats {
            text_chars: 80,
            ..Default::default()
        };
        s.add_phrases("we need your help. support us");
        assert!(judge(&s, &OwnAttributes::default()).is_none());
        s.actions[1] = 1;
        assert_eq!(
            judge(&s, &OwnAttributes::default()).unwrap().kind,
            BlockKind::Donation
        );
    }

    #[test]
    fn long_text_is_not_an_appeal() {
        let mut s = BlockStats {
            text_chars: 5000,
            actions: [0, 1],
            ..Default::default()
        };
        s.add_phrases("we need your help. support us. your support");
        assert!(judge(&s, &OwnAttributes::default()).is_none());
    }

    /// "How to help" boxes point readers to others' appeals (a relief fund's): the
    /// story's service, not the site's appeal.
    #[test]
    fn a_how_to_help_box_is_news() {
        let judged = |text: &str| {
            let mut s = BlockStats {
                text_chars: 120,
                actions: [0, 1],
                links: 1,
                ..Default::default()
            };
            s.add_phrases(text);
            (s.speech, judge(&s, &OwnAttributes::default()).is_some())
        };
        let appeal = "the fund needs your donation. donate now. donate to the fund";
        assert_eq!(judged(appeal), (0, true));
        for help in ["how to help: ", "comment aider : ", "как помочь: "] {
            assert_eq!(judged(&format!("{help}{appeal}")), (1, false), "{help}");
        }
    }

    #[test]
    fn text_that_quotes_people_is_news() {
        let mut s = BlockStats {
            text_chars: 120,
            actions: [0, 1],
            ..Default::default()
        };
        s.add_phrases("please donate today. every contribution helps, said the spokesman.");
        assert_eq!(s.speech, 1);
        assert!(judge(&s, &OwnAttributes::default()).is_none());
        // The markup can still say what the block is.
        let own = OwnAttributes {
            evidence: [0, 3],
            ..OwnAttributes::default()
        };
        assert!(judge(&s, &own).is_some());
        // Unless it says it is a menu.
        let menu = OwnAttributes {
            navigation: true,
            ..own
        };
        assert!(judge(&s, &menu).is_none());
    }

    #[test]
    fn a_news_item_gives_no_evidence_to_the_blocks_around_it() {
        let mut s = BlockStats {
            lead: 1,
            text_chars: 220,
            action_chars: 14,
            actions: [0, 1],
            phrases: [0, 4],
            links: 1,
            ..BlockStats::default()
        };
        s.signal(BlockKind::Donation, || "phrase \"donate\"".into());
        assert!(s.is_news_item());
        // Not when it begins otherwise, has no call to action, or is all buttons.
        assert!(
            !BlockStats {
                lead: 2,
                ..s.clone()
            }
            .is_news_item()
        );
        assert!(
            !BlockStats {
                actions: [0, 0],
                ..s.clone()
            }
            .is_news_item()
        );
        assert!(
            !BlockStats {
                text_chars: 60,
                ..s.clone()
            }
            .is_news_item()
        );
        s.clear_evidence();
        assert_eq!((s.text_chars, s.links, s.lead), (220, 1, 1));
        assert_eq!((s.phrases, s.actions, s.action_chars), ([0, 0], [0, 0], 0));
        assert!(s.signals.is_empty());
    }

    #[test]
    fn guarded_blocks_never_collapse() {
        let mut s = BlockStats {
            text_chars: 80,
            actions: [1, 0],
            email_inputs: 1,
            guarded: true,
            ..Default::default()
        };
        s.add_phrases("sign up for our newsletter");
        assert!(judge(&s, &OwnAttributes::default()).is_none());
    }
}
