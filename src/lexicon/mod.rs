//! The heuristics' data: appeal phrases, attribute tokens and titles of office, one
//! table per language. Adding a language means adding a file here, not a branch in
//! the detection code (see `collapse.rs` and `officials.rs`, which only read these).

mod cs;
mod de;
mod en;
mod es;
mod fr;
mod it;
mod pl;
mod pt;
mod ru;
mod uk;

use serde::Serialize;

/// What a collapsed block asks of the reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    /// Subscribe to a newsletter, mailing list or e-mail digest.
    Newsletter,
    /// Donate, support, contribute money, or become a paying member.
    Donation,
}

impl BlockKind {
    /// The value written to `data-unboil-collapsed`.
    pub fn as_str(self) -> &'static str {
        match self {
            BlockKind::Newsletter => "newsletter",
            BlockKind::Donation => "donation",
        }
    }

    /// The placeholder's label.
    pub fn label(self) -> &'static str {
        match self {
            BlockKind::Newsletter => "Newsletter sign-up hidden",
            BlockKind::Donation => "Donation appeal hidden",
        }
    }
}

/// A phrase (lower case, matched on whole words) that appeals to the reader.
#[derive(Clone, Copy, Debug)]
pub struct Appeal {
    /// The phrase, lower case, whitespace single.
    pub phrase: &'static str,
    /// Which kind of appeal it points to.
    pub kind: BlockKind,
    /// Evidence it adds: 1 weak ("subscribe"), 2 clear ("in your inbox"), 3 decisive
    /// ("sign up for our newsletter", "support us").
    pub weight: u8,
    /// Whether the phrase is itself a call to action, as a link or button text
    /// ("Support us", "Subscribe", "Donate").
    pub action: bool,
    /// Whether the phrase names the appeal itself (newsletter, donate, support us)
    /// rather than a detail that other forms share (an e-mail field, a monthly price).
    /// Every verdict needs at least one core phrase or attribute.
    pub core: bool,
}

/// Titles of office for one language. Each list is one string, an entry per line
/// (read with [`words`]): a table of `&str` would add a pointer and a length per
/// entry to the WebAssembly module, and gzip compresses those poorly. Lines start in
/// the first column, here and in the appeal tables: indentation inside a string is
/// shipped with it (it cost 542 B of the gzipped module).
pub struct Titles {
    /// Head nouns of a title, lower case ("minister", "president", "sen.").
    pub heads: &'static str,
    /// Plural heads, for "cabinet ministers A and B".
    pub plural_heads: &'static str,
    /// Suffixes that make a capitalised compound a title head (German
    /// "Außenminister", Russian "премьер-министр").
    pub head_suffixes: &'static str,
    /// Lower-case words that can stand inside a title ("deputy", "foreign", "press").
    pub modifiers: &'static str,
    /// Words after a head that still belong to it ("elect", "eleito", "général").
    pub post_modifiers: &'static str,
    /// Prepositions that open a complement ("of", "to", "de", "des").
    pub complement_openers: &'static str,
    /// Words that cancel a title: the person no longer holds it ("former", "ancien").
    pub negators: &'static str,
    /// Party names and adjectives that identify a politician ("Republican", "l'UMP").
    pub parties: &'static str,
    /// Honorifics that may precede a surname ("Mr", "Mrs", "M.", "г-н").
    pub honorifics: &'static str,
    /// Capitalised words that never start or end a person's name.
    pub not_names: &'static str,
}

/// The appeal tables of all languages. Each is one string, an appeal per line: a
/// code, a space, the phrase. The code is the kind (`n` newsletter, `d` donation),
/// then `!` for a call to action or `~` for a detail (not core), then the weight:
/// `n3 sign up for our newsletter`, `d!2 donate`, `n~2 your email`. One string per
/// table instead of a table of structs, for the same reason as [`Titles`].
const APPEAL_TABLES: [&str; 9] = [
    en::APPEALS,
    ru::APPEALS,
    de::APPEALS,
    fr::APPEALS,
    es::APPEALS,
    pt::APPEALS,
    uk::APPEALS,
    it::APPEALS,
    pl::APPEALS,
];

/// All appeal phrases of all languages, read from their lines (once, at start-up).
pub fn appeals() -> impl Iterator<Item = Appeal> {
    APPEAL_TABLES.into_iter().flat_map(words).map(|line| {
        let (code, phrase) = line.split_once(' ').unwrap_or((line, ""));
        Appeal {
            phrase: phrase.trim_start(),
            kind: if code.starts_with('n') {
                BlockKind::Newsletter
            } else {
                BlockKind::Donation
            },
            weight: code.bytes().last().map_or(0, |w| w.wrapping_sub(b'0')),
            action: code.contains('!'),
            core: !code.contains('~'),
        }
    })
}

/// Verbs of reported speech of all languages, one table each.
pub const SPEECH: [&str; 9] = [
    en::SPEECH,
    ru::SPEECH,
    de::SPEECH,
    fr::SPEECH,
    es::SPEECH,
    pt::SPEECH,
    uk::SPEECH,
    it::SPEECH,
    pl::SPEECH,
];

/// Frequency labels of all languages ("Monthly", "Einmalig"), one table each.
pub const FREQUENCIES: [&[&str]; 9] = [
    en::FREQUENCIES,
    ru::FREQUENCIES,
    de::FREQUENCIES,
    fr::FREQUENCIES,
    es::FREQUENCIES,
    pt::FREQUENCIES,
    uk::FREQUENCIES,
    it::FREQUENCIES,
    pl::FREQUENCIES,
];

/// The entries of a list written one per line. For lists read once, at start-up:
/// a list consulted per word or per element stays a slice, whose lookups compare
/// lengths first.
pub fn words(list: &'static str) -> impl Iterator<Item = &'static str> {
    list.lines().map(str::trim).filter(|w| !w.is_empty())
}

/// Whether a list written one entry per line, unindented, holds `word`: for the lists
/// read only now and then, past the first tests of a rule.
pub fn listed(list: &str, word: &str) -> bool {
    !word.is_empty() && list.split('\n').any(|w| w == word)
}

/// What a nag's way out says, lower case (its punctuation aside): it declines or puts
/// off the appeal, it leads nowhere.
pub const DISMISSALS: &[&str] = &[
    "no thanks",
    "no, thanks",
    "no thank you",
    "not now",
    "maybe later",
    "remind me later",
    "nein danke",
    "nein, danke",
    "vielleicht später",
    "non merci",
    "non, merci",
    "plus tard",
    "no, gracias",
    "no gracias",
    "ahora no",
    "não, obrigado",
    "agora não",
    "нет, спасибо",
    "не сейчас",
    "напомнить позже",
    "ні, дякую",
    "ні дякую",
    "не зараз",
    "нагадати пізніше",
];

/// The heads of English titles.
pub const EN_HEADS: &str = en::TITLES.heads;

/// All title tables.
pub fn titles() -> [&'static Titles; 10] {
    [
        &en::TITLES,
        &ru::TITLES,
        &de::TITLES,
        &fr::TITLES,
        &es::TITLES,
        &pt::TITLES,
        &it::TITLES,
        &pl::TITLES,
        &uk::TITLES,
        &cs::TITLES,
    ]
}

/// Attribute tokens (substrings of lower-cased class, id, aria-label, role, name,
/// action, href and `data-*` values) that point at a kind of appeal, with weights.
pub const ATTRIBUTE_TOKENS: &[(&str, BlockKind, u8)] = &[
    ("newsletter", BlockKind::Newsletter, 3),
    ("newsletr", BlockKind::Newsletter, 3),
    ("newletter", BlockKind::Newsletter, 3),
    ("subscribe", BlockKind::Newsletter, 1),
    ("signup", BlockKind::Newsletter, 2),
    ("sign-up", BlockKind::Newsletter, 2),
    ("sign_up", BlockKind::Newsletter, 2),
    ("email-capture", BlockKind::Newsletter, 3),
    ("emailcapture", BlockKind::Newsletter, 3),
    ("email-signup", BlockKind::Newsletter, 3),
    ("mailing-list", BlockKind::Newsletter, 3),
    ("mailinglist", BlockKind::Newsletter, 3),
    ("mailchimp", BlockKind::Newsletter, 3),
    ("list-manage", BlockKind::Newsletter, 3),
    ("stay-informed", BlockKind::Newsletter, 2),
    ("rassylka", BlockKind::Newsletter, 3),
    ("donate", BlockKind::Donation, 3),
    ("donation", BlockKind::Donation, 3),
    ("contribute", BlockKind::Donation, 3),
    ("contribution", BlockKind::Donation, 2),
    ("support-us", BlockKind::Donation, 3),
    ("supportus", BlockKind::Donation, 3),
    ("support_us", BlockKind::Donation, 3),
    ("support-banner", BlockKind::Donation, 2),
    ("membership", BlockKind::Donation, 2),
    ("become-a-member", BlockKind::Donation, 3),
    ("patreon", BlockKind::Donation, 3),
    ("paypal", BlockKind::Donation, 2),
    ("ko-fi", BlockKind::Donation, 3),
    ("buymeacoffee", BlockKind::Donation, 3),
    ("spenden", BlockKind::Donation, 3),
    ("podderzhat", BlockKind::Donation, 3),
    ("doar", BlockKind::Donation, 2),
    ("apoie", BlockKind::Donation, 3),
    ("soutenir", BlockKind::Donation, 3),
];

/// Words that, in a heading, announce an appeal of a kind ("Support …").
pub const HEADING_TOPICS: &[(&str, BlockKind)] = &[
    ("support", BlockKind::Donation),
    ("donate", BlockKind::Donation),
    ("donations", BlockKind::Donation),
    ("contribute", BlockKind::Donation),
    ("membership", BlockKind::Donation),
    ("поддержите", BlockKind::Donation),
    ("підтримайте", BlockKind::Donation),
    ("unterstützen", BlockKind::Donation),
    ("spenden", BlockKind::Donation),
    ("soutenez", BlockKind::Donation),
    ("soutenir", BlockKind::Donation),
    ("apóyanos", BlockKind::Donation),
    ("apoie", BlockKind::Donation),
    ("newsletter", BlockKind::Newsletter),
    ("newsletters", BlockKind::Newsletter),
    ("subscribe", BlockKind::Newsletter),
    ("рассылка", BlockKind::Newsletter),
    ("розсилка", BlockKind::Newsletter),
    ("boletín", BlockKind::Newsletter),
];

/// Attribute tokens that mark the article itself: never collapsed, and neither is
/// anything holding it.
pub const ARTICLE_TOKENS: &str = "
article-body
articlebody
article__body
article-content
article__content
story-body
storybody
entry-content
post-content
post-body
postbody
main-content
article-text
story-content
content__article-body
";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appeal_lines_are_well_formed() {
        let mut n = 0;
        for line in APPEAL_TABLES.into_iter().flat_map(words) {
            let (code, phrase) = line.split_once(' ').unwrap_or((line, ""));
            let c = code.as_bytes();
            assert!(
                matches!(
                    c,
                    [b'n' | b'd', b'1'..=b'3'] | [b'n' | b'd', b'!' | b'~', b'1'..=b'3']
                ),
                "{line}"
            );
            assert!(!phrase.trim().is_empty(), "{line}");
            n += 1;
        }
        assert_eq!(appeals().count(), n);
        let parsed = |p: &str| appeals().find(|a| a.phrase == p).unwrap();
        let a = parsed("donate");
        assert_eq!(
            (a.kind, a.weight, a.action, a.core),
            (BlockKind::Donation, 2, true, true)
        );
        let a = parsed("your email");
        assert_eq!(
            (a.kind, a.weight, a.action, a.core),
            (BlockKind::Newsletter, 2, false, false)
        );
        let a = parsed("sign up for our newsletter");
        assert_eq!(
            (a.kind, a.weight, a.action, a.core),
            (BlockKind::Newsletter, 3, false, true)
        );
    }

    #[test]
    fn phrases_are_lower_case_and_single_spaced() {
        for a in appeals() {
            assert_eq!(a.phrase, a.phrase.to_lowercase(), "{}", a.phrase);
            assert!(
                !a.phrase.contains("  ") && a.phrase.trim() == a.phrase,
                "{}",
                a.phrase
            );
            assert!((1..=3).contains(&a.weight), "{}", a.phrase);
        }
    }

    #[test]
    fn dismissals_are_lower_case_and_bare() {
        for &d in DISMISSALS {
            assert_eq!(d, d.to_lowercase(), "{d}");
            assert_eq!(d, d.trim_matches(|c: char| !c.is_alphanumeric()), "{d}");
        }
    }

    #[test]
    fn table_lines_are_not_indented() {
        let lists = titles().into_iter().flat_map(|t| {
            [
                t.heads,
                t.plural_heads,
                t.head_suffixes,
                t.modifiers,
                t.post_modifiers,
                t.complement_openers,
                t.negators,
                t.parties,
                t.honorifics,
                t.not_names,
            ]
        });
        // Blank lines aside: a closing quote's indentation. (`listed` reads lines as
        // they are.)
        let read_as_is = SPEECH.into_iter().chain([ARTICLE_TOKENS]);
        for line in APPEAL_TABLES
            .into_iter()
            .chain(lists)
            .chain(read_as_is)
            .flat_map(str::lines)
        {
            assert!(
                line.trim().is_empty() || !line.starts_with([' ', '\t']),
                "{line:?}"
            );
        }
    }

    #[test]
    fn title_words_are_lower_case() {
        for t in titles() {
            for w in [t.heads, t.modifiers, t.plural_heads, t.post_modifiers]
                .into_iter()
                .flat_map(words)
            {
                assert_eq!(w, w.to_lowercase(), "{w}");
            }
        }
    }
}
