//! Recognising named public officials in running text.
//!
//! A person becomes an official when the text gives them a title of office: before
//! the name ("Foreign Minister Sergei Lavrov"), as an appositive on either side
//! ("Russia's envoy to NATO, Dmitry Rogozin"; "Dmitry Peskov, the Kremlin spokesman"),
//! or as a party affiliation ("l'écologiste Sergio Coronado"). Later mentions by full
//! or partial name ("Fogh Rasmussen", "Rasmussen", "Medvedev's") are found through the
//! registry. Titles come from the tables in `lexicon`; this module only reads text and
//! returns spans, it never edits anything.

use crate::lexicon::{EN_HEADS, listed, titles, words};
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: the lexicon's keys are short words; SipHash's DoS resistance buys nothing
/// for a fixed table and costs a third of the lookup time.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= *b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

use std::ops::Range;

/// An official found on the page.
#[derive(Clone, Debug)]
pub struct Official {
    /// Canonical name: the fullest form seen.
    pub name: String,
    /// The title as the page gives it.
    pub role: String,
    /// Distinct surface forms marked.
    pub mentions: Vec<String>,
    /// How many mentions were marked.
    pub count: u32,
    tokens: Vec<String>,
    /// Known by its first word too ([`family_first`]), worked out once.
    by_first: bool,
}

impl Official {
    /// Whether `word` alone names this official by the first word of the name ("Xi"
    /// for "Xi Jinping", "Charles" for "Charles III").
    fn known_by_first(&self, word: &str) -> bool {
        self.by_first && self.tokens[0] == word
    }
}

/// A span of normalised text naming an official.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarkSpan {
    /// Byte range in the normalised text.
    pub range: Range<usize>,
    /// Index into [`Registry::officials`].
    pub official: usize,
}

/// Officials are few per page; a cap keeps memory bounded on hostile input.
const MAX_OFFICIALS: usize = 512;
/// Longest name, in tokens.
const MAX_NAME_TOKENS: usize = 5;
/// Longest title, in tokens, to the left of its head.
const MAX_ROLE_TOKENS: usize = 5;

#[derive(Debug)]
struct Tok<'a> {
    start: usize,
    /// End without a possessive `'s`.
    end: usize,
    /// End including a possessive.
    full_end: usize,
    text: &'a str,
    lower: &'a str,
    cap: bool,
    all_caps: bool,
    possessive: bool,
    dot_after: bool,
    /// Holds a hyphen.
    hyphen: bool,
    /// Could be part of a person's name (computed once).
    name: bool,
}

/// Two capital letters that may be a person's initials ("JD", "JB"), not a state's
/// or a public body's acronym ("US", "UN") nor a word the lexicon knows ("MP").
fn initials(t: &Tok<'_>) -> bool {
    t.all_caps
        && t.text.len() == 2
        && t.text.is_ascii()
        && !is_state_acronym(t)
        && !PUBLIC_QUALIFIERS.contains(t.lower)
        && classes(t) & !LISTED == 0
}

/// A spokesperson (not German's "Sprecher": every German noun is capitalised, and its
/// compounds name the owner in one word, "Regierungssprecher").
fn spokesperson(t: &Tok<'_>) -> bool {
    matches!(
        t.lower,
        "spokesman" | "spokeswoman" | "spokesperson" | "porte-parole" | "portavoz"
    )
}

/// A list of words, one a line, as the lexicon writes its tables: a table of string
/// slices would cost the WebAssembly module a pointer and a length for every word
/// (some 600 bytes gzipped over these lists). For the lists read once into the
/// lexicon's classes, or only once a title is found: a lookup reads the whole list,
/// where a slice's compares lengths first, so lists read for every word stay slices.
#[derive(Clone, Copy)]
struct Words(&'static str);

impl Words {
    fn iter(self) -> impl Iterator<Item = &'static str> {
        self.0.split('\n').filter(|w| !w.is_empty())
    }

    fn contains(self, word: &str) -> bool {
        listed(self.0, word)
    }
}

/// Heads that name an office only with the words after them: France's justice
/// minister is the "garde des Sceaux", where a "garde" is otherwise a guard ("garde du
/// corps", "Garde républicaine").
const BOUND_HEADS: &[(&str, &[&str])] = &[("garde", &["des", "sceaux"])];

/// Whether the head at `k` has the words it is bound to after it, if it is bound.
fn bound_head_ok(toks: &[Tok<'_>], k: usize) -> bool {
    BOUND_HEADS
        .iter()
        .find(|(w, _)| *w == toks[k].lower)
        .is_none_or(|(_, rest)| {
            rest.iter()
                .enumerate()
                .all(|(i, w)| toks.get(k + 1 + i).is_some_and(|t| t.lower == *w))
        })
}

/// Countries with a president (in English, a compound by its last word: "South
/// Africa"), but those that end like a nationality ("Sudan", "Ukraine"): a president
/// of one, or one's president, is a head of state. Kingdoms are left out, to keep the
/// WebAssembly module within its budget.
const COUNTRIES: Words = Words(
    "
albania
algeria
angola
argentina
armenia
austria
bangladesh
belarus
benin
bolivia
bosnia
botswana
brazil
bulgaria
faso
burundi
cameroon
verde
chad
chile
china
colombia
congo
rica
croatia
cuba
cyprus
djibouti
ecuador
egypt
salvador
eritrea
estonia
ethiopia
finland
france
gabon
gambia
georgia
germany
ghana
greece
guatemala
guinea
guyana
haiti
honduras
hungary
iceland
india
indonesia
iraq
ireland
israel
italy
coast
kenya
korea
kosovo
laos
latvia
lebanon
liberia
libya
lithuania
madagascar
malawi
maldives
mali
malta
mauritania
mexico
moldova
mongolia
montenegro
mozambique
myanmar
namibia
nepal
nicaragua
niger
nigeria
macedonia
panama
paraguay
peru
philippines
poland
portugal
romania
russia
rwanda
senegal
serbia
leone
singapore
slovakia
slovenia
somalia
africa
lanka
switzerland
syria
tanzania
togo
tunisia
turkey
uganda
emirates
uruguay
venezuela
vietnam
yemen
zambia
zimbabwe
",
);

/// The same countries as the other languages of the tables write them, where that is
/// otherwise than in English: "presidente do Brasil", "Präsident der Türkei",
/// "président de la Russie", "presidente degli Stati Uniti".
const COUNTRIES_ELSEWHERE: Words = Words(
    "
brasil
brésil
brasilien
brasile
frança
francia
frankreich
alemanha
alemania
allemagne
deutschland
germania
itália
italia
italie
italien
rússia
rusia
russie
russland
ucrânia
ucrania
ucraina
chine
cina
turquia
turquía
turquie
türkei
turchia
méxico
mexique
mexiko
messico
polônia
polónia
polonia
pologne
polen
colômbia
colombie
kolumbien
argentinien
irão
irán
iraque
irak
síria
siria
syrie
syrien
egito
egipto
égypte
ägypten
egitto
unidos
uniti
états-unis
",
);

/// Month names that people bear too (lower case).
const MONTH_NAMES: &[&str] = &["may", "june", "april", "august", "jan"];

fn is_tok_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\u{AD}'
}

/// The character at byte `i`, and its length.
#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        (b as char, 1)
    } else {
        let c = text[i..].chars().next().unwrap_or(' ');
        (c, c.len_utf8())
    }
}

/// ASCII bytes by what they are to the tokenizer: bit 0 a word character (letter or
/// digit), bit 1 a letter, bit 2 a capital, bit 3 a joiner inside a word (`-`, `'`,
/// `.`). Most text is ASCII: its bytes are classified without decoding a character.
const ASCII_CLASS: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_uppercase() {
            7
        } else if c.is_ascii_lowercase() {
            3
        } else if c.is_ascii_digit() {
            1
        } else if matches!(c, b'-' | b'\'' | b'.') {
            8
        } else {
            0
        };
        b += 1;
    }
    t
};

/// Whether the character at byte `i` (below the text's length) is a word character.
#[inline]
fn tok_char_at(text: &str, i: usize) -> bool {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        ASCII_CLASS[b as usize] & 1 != 0
    } else {
        is_tok_char(char_at(text, i).0)
    }
}

/// The tokens of `text`, into `toks` (empty): lower-case forms that differ from the
/// text go into `scratch`, their places through `lowered`.
fn tokenize<'a>(
    text: &'a str,
    scratch: &'a mut String,
    lowered: &mut Vec<(usize, usize, usize)>,
    mut toks: Vec<Tok<'a>>,
) -> Vec<Tok<'a>> {
    scratch.clear();
    lowered.clear();
    let len = text.len();
    let bytes = text.as_bytes();
    toks.reserve(len / 6);
    let mut i = 0;
    while i < len {
        if !tok_char_at(text, i) {
            i += char_at(text, i).1;
            continue;
        }
        let start = i;
        let mut j = i;
        // Over ASCII, the letters and capitals are counted on the way.
        let (mut ascii, mut letters, mut upper, mut hyphen) = (true, 0usize, 0usize, false);
        while j < len {
            let b = bytes[j];
            if b < 0x80 {
                let k = ASCII_CLASS[b as usize];
                if k & 1 != 0 {
                    letters += usize::from(k & 2 != 0);
                    upper += usize::from(k & 4 != 0);
                    j += 1;
                } else if k & 8 != 0 && j + 1 < len && tok_char_at(text, j + 1) {
                    hyphen |= b == b'-';
                    j += 1;
                } else {
                    break;
                }
            } else {
                let (c, l) = char_at(text, j);
                if is_tok_char(c) || (c == '’' && j + l < len && tok_char_at(text, j + l)) {
                    ascii = false;
                    j += l;
                } else {
                    break;
                }
            }
        }
        let full_end = j;
        let word = &text[start..full_end];
        let (end, possessive) = if bytes[full_end - 1] | 0x20 == b's' {
            ["'s", "’s", "'S", "’S"]
                .iter()
                .find(|p| word.len() > p.len() + 1 && word.ends_with(*p))
                .map_or((full_end, false), |p| (full_end - p.len(), true))
        } else {
            (full_end, false)
        };
        let text_w = &text[start..end];
        let (mut soft_hyphen, cap);
        if ascii {
            cap = bytes[start].is_ascii_uppercase();
            soft_hyphen = false;
            if possessive {
                // The 's counted above is not the word's.
                letters -= 1;
                upper -= usize::from(bytes[full_end - 1] == b'S');
            }
        } else {
            cap = text_w.chars().next().is_some_and(char::is_uppercase);
            (letters, upper, soft_hyphen, hyphen) = (0, 0, false, false);
            for c in text_w.chars() {
                soft_hyphen |= c == '\u{AD}';
                hyphen |= c == '-';
                if c.is_alphabetic() {
                    letters += 1;
                    upper += c.is_uppercase() as usize;
                }
            }
        }
        if upper > 0 || soft_hyphen {
            let a = scratch.len();
            if ascii {
                scratch.push_str(text_w);
                scratch[a..].make_ascii_lowercase();
            } else {
                scratch.extend(
                    text_w
                        .chars()
                        .filter(|&c| c != '\u{AD}')
                        .flat_map(char::to_lowercase),
                );
            }
            lowered.push((toks.len(), a, scratch.len()));
        }
        toks.push(Tok {
            start,
            end,
            full_end,
            text: text_w,
            lower: text_w,
            cap,
            all_caps: letters >= 2 && upper == letters,
            possessive,
            dot_after: j < len && bytes[j] == b'.',
            hyphen,
            name: false,
        });
        i = j;
    }
    let scratch: &'a str = scratch;
    for &(k, a, z) in lowered.iter() {
        toks[k].lower = &scratch[a..z];
    }
    let mut neighbours = false;
    for tok in &mut toks {
        tok.name = (tok.cap || tok.hyphen) && is_name_word(tok);
        neighbours |= !tok.name && tok.cap && (MONTH_NAMES.contains(&tok.lower) || initials(tok));
    }
    if neighbours {
        name_neighbours(text, &mut toks);
    }
    toks
}

/// Words that are names only beside a name. Months that are also given names and
/// surnames ("Theresa May", "Jan Lipavský") are names beside another name word, never
/// alone ("in May") nor before a number ("May 9"). Two capitals right before a name
/// are initials ("JD Vance").
fn name_neighbours(text: &str, toks: &mut [Tok<'_>]) {
    for k in 0..toks.len() {
        let t = &toks[k];
        let month = !t.all_caps && MONTH_NAMES.contains(&t.lower);
        if t.name || !t.cap || !(month || initials(t)) {
            continue;
        }
        let beside = |a: &Tok<'_>, b: &Tok<'_>| &text[a.full_end..b.start] == " ";
        let next = toks.get(k + 1);
        if next.is_some_and(|n| n.text.starts_with(|c: char| c.is_ascii_digit())) {
            continue;
        }
        // "Mrs May", "Mr. May": an honorific's word is a surname.
        let honoured = month
            && k > 0
            && is_honorific(&toks[k - 1])
            && matches!(&text[toks[k - 1].full_end..t.start], " " | ". ");
        let named = honoured
            || (month
                && k > 0
                && toks[k - 1].name
                && !toks[k - 1].possessive
                && beside(&toks[k - 1], t))
            || next.is_some_and(|n| {
                // "Jan van Aken"
                let particle = month
                    && PARTICLES.contains(&n.text)
                    && toks.get(k + 2).is_some_and(|m| m.name && beside(n, m));
                (n.name || particle) && !t.possessive && beside(t, n)
            });
        toks[k].name = named;
    }
}

impl Tok<'_> {
    fn all_caps_word(&self) -> bool {
        self.all_caps && self.text.chars().count() > 5
    }
}

fn gap<'a>(text: &'a str, a: &Tok<'_>, b: &Tok<'_>) -> &'a str {
    &text[a.full_end..b.start]
}

/// The lexicon, flattened for lookups.
struct Lex {
    /// Every word above with its classes (`HEAD`, `MODIFIER`, ...).
    classes: HashMap<&'static str, u16, BuildHasherDefault<Fnv>>,
    suffixes: Vec<&'static str>,
    /// The length of the shortest suffix: no shorter word (most) is read against them.
    shortest_suffix: usize,
}

fn lex() -> &'static Lex {
    static L: std::sync::OnceLock<Lex> = std::sync::OnceLock::new();
    L.get_or_init(|| {
        let all = titles();
        let suffixes: Vec<&'static str> = all.iter().flat_map(|t| words(t.head_suffixes)).collect();
        Lex {
            shortest_suffix: suffixes.iter().map(|s| s.len()).min().unwrap_or(usize::MAX),
            suffixes,
            classes: {
                let mut m: HashMap<&'static str, u16, BuildHasherDefault<Fnv>> = HashMap::default();
                let mut add = |words: &mut dyn Iterator<Item = &'static str>, class: u32| {
                    for w in words {
                        *m.entry(w).or_default() |= class as u16;
                    }
                };
                for t in all {
                    add(&mut words(t.heads), HEAD);
                    add(&mut words(t.plural_heads), PLURAL_HEAD);
                    add(&mut words(t.modifiers), MODIFIER);
                    add(&mut words(t.post_modifiers), POST);
                    add(&mut words(t.honorifics), HONORIFIC);
                    add(&mut words(t.not_names), NOT_NAME);
                    add(&mut words(t.complement_openers), OPENER);
                    add(&mut words(t.negators), NEGATOR);
                    add(&mut words(t.parties), PARTY);
                }
                add(
                    &mut INSTITUTIONS.iter().chain(PLACES.iter().copied()),
                    INSTITUTION,
                );
                add(&mut PUBLIC_BODIES.iter(), PUBLIC_BODY);
                add(&mut PREPOSITIONS.iter(), PREPOSITION);
                add(&mut DETERMINERS.iter(), DETERMINER);
                add(&mut COUNTRIES.iter(), COUNTRY);
                add(&mut COUNTRIES_ELSEWHERE.iter(), COUNTRY);
                add(&mut NATIONALITIES.iter(), NATIONALITY);
                m
            },
        }
    })
}

/// Institution nouns: a capitalised word that names a body, never a person (and
/// [`PLACES`]).
const INSTITUTIONS: Words = Words(
    "
assembly
council
committee
court
commission
office
department
ministry
party
union
agency
service
staff
army
forces
administration
house
senate
congress
parliament
government
bank
fund
organization
organisation
police
command
board
authority
secretariat
affairs
security
election
elections
university
school
league
association
federation
republic
république
república
kingdom
states
nations
times
post
news
press
group
company
inc
corp
foundation
institute
institution
license
dept
forum
manager
center
centre
museum
hospital
church
governo
gobierno
gouvernement
regierung
правительство
kabinett
sénat
senado
assemblée
asamblea
assembleia
conseil
consejo
conselho
bundestag
bundesrat
duma
knesset
consiglio
repubblica
senato
camera
regione
comune
sejm
senat
",
);

/// Places: a capitalised word that names a place, never a person; the words before
/// it are the place's name ("Phillip Tower").
const PLACES: &[&str] = &[
    "street", "avenue", "road", "bridge", "park", "hall", "tower", "station", "stadium", "island",
    "hotel", "square", "airport", "palace", "building", "theatre", "theater",
];

/// Words in a title's complement that make it a company or a school, not an office.
const NON_PUBLIC: Words = Words(concat!(
    "
university
college
company
inc
corp
bros
corporation
foundation
institute
group
club
school
ltd
llc
board
",
    // "Major League Baseball commissioner"
    "
league
ceo
firm
startup
team
goodwill
brand
nfl
nba
mlb
nhl
wnba
nascar
fifa
uefa
mozilla
google
microsoft
",
));

const CONJUNCTIONS: &[&str] = &["and", "et", "e", "y", "und", "и", "ou", "or"];
const DETERMINERS: Words = Words(
    "
the
a
an
le
la
les
l'
el
o
um
uma
un
une
der
die
das
",
);
/// Definite articles before a title: "le président", "el presidente", "the president".
const DEFINITE_ARTICLES: Words = Words(
    "
the
le
la
el
il
lo
o
der
die
",
);
const PARTICLES: &[&str] = &[
    "de", "la", "le", "van", "von", "der", "den", "du", "da", "dos", "das", "del", "di", "bin",
    "ben", "al", "el", "y", "zu", "ter", "ibn", "abu",
];
const RU_ENDINGS: &[&str] = &["а", "у", "ым", "ом", "е", "ой", "ы", "ем", "ев", "ыми"];

/// A surname's ending, and the endings that take its place in other cases ("" for
/// endings added to the whole surname): Russian and Ukrainian. A noun's ending after it
/// ("Лавров": "Лаврова", "Лаврову"), an adjective's in place of its own ("Зеленский":
/// "Зеленского"; "Зеленський": "Зеленського"), a woman's ("Захарова": "Захаровой") or a
/// Ukrainian surname's in "-о" ("Клименко": "Клименка").
const RU_CASES: &[(&str, &[&str])] = &[
    ("", RU_ENDINGS),
    ("ий", ADJECTIVE_CASES),
    ("ый", ADJECTIVE_CASES),
    ("ой", ADJECTIVE_CASES),
    ("ая", &["ой", "ую"]),
    ("а", &["ой", "ою", "ої", "у", "ы", "и", "і", "ій"]),
    ("о", &["а", "ові", "ом", "у"]),
];
const ADJECTIVE_CASES: &[&str] = &["ого", "ому", "им", "ым", "ом"];

/// The same for Czech and Polish: a noun's endings ("Tusk": "Tuska", "Tuskowi";
/// "Babiš": "Babiše"), an adjective's ("Lipavský": "Lipavského"; "Nawrocki":
/// "Nawrockiego"), those of a surname in "-a" ("Fiala": "Fialy", "Fialou"; "Duda":
/// "Dudy") and of a woman's in "-á" ("Pekarová": "Pekarové").
const WEST_SLAVIC_CASES: &[(&str, &[&str])] = &[
    ("", &["a", "u", "e", "owi", "ovi", "em", "iem", "om"]),
    ("ý", &["ého", "ému", "ým"]),
    ("i", &["iego", "iemu", "im"]),
    (
        "a",
        &["y", "i", "ovi", "owi", "ou", "ę", "ą", "u", "e", "ie"],
    ),
    ("á", &["é", "ou"]),
];

/// Whether `word` is `surname` in another case by `cases`. A stem left by a replaced
/// ending keeps three letters or more.
fn in_case(surname: &str, word: &str, cases: &[(&str, &[&str])]) -> bool {
    cases.iter().any(|(from, to)| {
        surname.strip_suffix(from).is_some_and(|stem| {
            (from.is_empty() || stem.chars().count() >= 3)
                && word
                    .strip_prefix(stem)
                    .is_some_and(|rest| to.contains(&rest))
        })
    })
}

// What a word is in the lexicon, as bits: one lookup answers every question below.
const HEAD: u32 = 1;
const PLURAL_HEAD: u32 = 2;
const MODIFIER: u32 = 4;
const POST: u32 = 8;
const HONORIFIC: u32 = 16;
const NOT_NAME: u32 = 32;
const INSTITUTION: u32 = 64;
const OPENER: u32 = 128;
const NEGATOR: u32 = 256;
const PARTY: u32 = 512;
// Words of the lists below that the title rules ask about, not of the titles' tables:
// a public body's, a preposition, a determiner, a country, a nationality.
const PUBLIC_BODY: u32 = 1024;
const PREPOSITION: u32 = 2048;
const DETERMINER: u32 = 4096;
const COUNTRY: u32 = 8192;
const NATIONALITY: u32 = 16384;
const LISTED: u32 = PUBLIC_BODY | PREPOSITION | DETERMINER | COUNTRY | NATIONALITY;
/// Where the classes of `word.` sit in [`classes`].
const DOT: u32 = 16;

impl Lex {
    fn class_of(&self, word: &str) -> u32 {
        self.classes.get(word).map_or(0, |&c| c as u32)
    }

    /// Whether the word is of a class.
    fn is(&self, word: &str, class: u32) -> bool {
        self.class_of(word) & class != 0
    }

    /// The classes of `word.` (abbreviations: "Gov.", "Sen."), looked up without
    /// allocating.
    fn dotted_class_of(&self, word: &str) -> u32 {
        let mut buf = [0u8; 48];
        let n = word.len();
        if n >= buf.len() {
            return 0;
        }
        buf[..n].copy_from_slice(word.as_bytes());
        buf[n] = b'.';
        std::str::from_utf8(&buf[..=n]).map_or(0, |k| self.class_of(k))
    }

    fn is_dotted(&self, word: &str, class: u32) -> bool {
        self.dotted_class_of(word) & class != 0
    }
}

/// The lexicon classes of a token: those of its word, and those of `word.` when a dot
/// follows it, shifted by `DOT`.
fn classes(t: &Tok<'_>) -> u32 {
    let l = lex();
    let dotted = if t.dot_after {
        l.dotted_class_of(t.lower)
    } else {
        0
    };
    l.class_of(t.lower) | dotted << DOT
}

fn head_in(t: &Tok<'_>, c: u32) -> bool {
    let l = lex();
    c & (HEAD | HEAD << DOT) != 0
        || t.cap
            && (t.lower.len() > l.shortest_suffix.saturating_add(2)
                && l.suffixes
                    .iter()
                    .any(|s| t.lower.len() > s.len() + 2 && t.lower.ends_with(s))
                && public_prefix(t)
                || party_compound(t.lower))
}

/// Whether what a hyphen joins to a compound title names a public owner: an acronym
/// ("US-Präsident", "EU-Kommissarin"), a public body, a country, a party or a
/// nationality. "Apple-Sprecher", "Bayern-Präsident" are a company's and a club's.
/// A compound without a hyphen ("Regierungssprecher") is one word of the language.
fn public_prefix(t: &Tok<'_>) -> bool {
    let l = lex();
    match (t.text.rsplit_once('-'), t.lower.rsplit_once('-')) {
        (Some((text, _)), Some((lower, _))) => {
            text.chars().all(|c| c.is_uppercase() || c == '.')
                || l.is(lower, PUBLIC_BODY | COUNTRY | PARTY | MODIFIER)
                || PUBLIC_QUALIFIERS.contains(lower)
                || is_nationality(lower)
        }
        _ => true,
    }
}

/// A "member" is an office as a council's or a parliament's, written in two words:
/// "Council member Ana Ruiz", "city council member", not "band member". So is a
/// "deputy" as a parliament's, in the usage of news about Russia, Ukraine or France
/// ("State Duma deputy Andrei Gurulyov"), not as someone's ("his deputy").
fn council_member(text: &str, toks: &[Tok<'_>], k: usize) -> bool {
    k > 0
        && match toks[k].lower {
            "member" => matches!(toks[k - 1].lower, "council" | "assembly" | "parliament"),
            "deputy" => matches!(
                toks[k - 1].lower,
                "duma" | "rada" | "parliament" | "parliamentary" | "assembly"
            ),
            _ => false,
        }
        && gap(text, &toks[k - 1], &toks[k]) == " "
}

/// A party's office written as one compound ("CDU-Chef", "Grünen-Chefin",
/// "SPD-Generalsekretär"): the party before the hyphen makes the head a public one,
/// where "VW-Chef" stays a company's.
fn party_compound(lower: &str) -> bool {
    let l = lex();
    lower
        .rsplit_once('-')
        .is_some_and(|(party, head)| l.is(party, PARTY) && l.is(head, HEAD))
}

fn is_head(t: &Tok<'_>) -> bool {
    head_in(t, classes(t))
}

fn is_plural_head(t: &Tok<'_>) -> bool {
    classes(t) & (PLURAL_HEAD | PLURAL_HEAD << DOT) != 0
}

fn title_word_in(t: &Tok<'_>, c: u32) -> bool {
    head_in(t, c) || c & (PLURAL_HEAD | MODIFIER | POST | MODIFIER << DOT) != 0
}

fn is_initial(t: &Tok<'_>) -> bool {
    // "J." or "H.W."
    t.dot_after
        && t.text
            .split('.')
            .all(|p| p.chars().count() == 1 && p.chars().all(|c| c.is_uppercase()))
}

/// A name word as compared: soft hyphens removed, a particle prefix dropped
/// ("al-Bashir" and "Bashir" are the same surname).
fn name_key(word: &str) -> Cow<'_, str> {
    if !word.contains(['\u{AD}', '-']) {
        return Cow::Borrowed(word);
    }
    let w = word.replace('\u{AD}', "");
    match w.split_once('-') {
        Some((p, rest))
            if PARTICLES.contains(&p) && rest.chars().next().is_some_and(char::is_uppercase) =>
        {
            Cow::Owned(rest.to_string())
        }
        _ => Cow::Owned(w),
    }
}

/// The words of a name, one space apart (name words hold no space): one allocation
/// for a name kept for later, however many words it has.
fn joined_key<S: AsRef<str>>(words: &[S]) -> String {
    let mut k = String::with_capacity(words.iter().map(|w| w.as_ref().len() + 1).sum());
    for w in words {
        if !k.is_empty() {
            k.push(' ');
        }
        k.push_str(w.as_ref());
    }
    k
}

/// Whether the words of `long` end with those of `short`, initials left out of both
/// ("Donald Trump" for "Donald J. Trump").
fn ends_with_bare<A: AsRef<str>, B: AsRef<str>>(long: &[A], short: &[B]) -> bool {
    let bare = |w: &&str| !is_initial_str(w);
    let mut l = long.iter().rev().map(AsRef::as_ref).filter(bare);
    for s in short.iter().rev().map(AsRef::as_ref).filter(bare) {
        if l.next() != Some(s) {
            return false;
        }
    }
    true
}

/// Whether the words of `long` end with exactly those of `short`.
fn ends_with<A: AsRef<str>, B: AsRef<str>>(long: &[A], short: &[B]) -> bool {
    long.len() >= short.len()
        && long[long.len() - short.len()..]
            .iter()
            .zip(short)
            .all(|(a, b)| a.as_ref() == b.as_ref())
}

fn is_initial_str(t: &str) -> bool {
    t.split('.')
        .filter(|p| !p.is_empty())
        .all(|p| p.chars().count() == 1 && p.chars().all(|c| c.is_uppercase()))
}

fn is_honorific(t: &Tok<'_>) -> bool {
    classes(t) & (HONORIFIC | HONORIFIC << DOT) != 0
}

/// Particle-prefixed surname such as "al-Bashir".
fn is_prefixed_name(t: &Tok<'_>) -> bool {
    t.text.split_once('-').is_some_and(|(p, rest)| {
        PARTICLES.contains(&p) && rest.chars().next().is_some_and(|c| c.is_uppercase())
    })
}

fn is_name_word(t: &Tok<'_>) -> bool {
    if !t.cap {
        return is_prefixed_name(t);
    }
    if !t.cap
        || t.all_caps
        || t.text.bytes().any(|b| b.is_ascii_digit())
        || t.lower.starts_with("ex-")
    {
        return false;
    }
    let c = classes(t);
    !(title_word_in(t, c) || c & (HONORIFIC | HONORIFIC << DOT | NOT_NAME | INSTITUTION) != 0)
}

/// Whether the title's word (or honorific) at `k`, right after a name word, is a
/// surname: it ends the name, where a lower-case word other than a preposition follows,
/// or punctuation ("Sen. Angus King spoke", "John Major, the former prime minister",
/// "Julie Bishop said"); not "Biden Chief of Staff Jeff Zients", "Trump Senior Adviser
/// Stephen Miller".
fn surname_of_title(text: &str, toks: &[Tok<'_>], k: usize) -> bool {
    let n = &toks[k];
    // Most names end before a lower-case word: no lexicon lookup for those.
    if !n.cap || n.all_caps {
        return false;
    }
    let c = classes(n);
    (title_word_in(n, c) || c & HONORIFIC != 0)
        && c & (NOT_NAME | INSTITUTION) == 0
        && toks
            .get(k + 1)
            .is_none_or(|m| gap(text, n, m) != " " || !m.cap && !lex().is(m.lower, PREPOSITION))
}

/// Whether the word at `i` is an acronym between a title in lower case and a name: a
/// party's or a body's ("le député RN Jordan Bardella", "el diputado del PP Juan
/// Pérez"), not the name's first word.
fn party_acronym(text: &str, toks: &[Tok<'_>], i: usize) -> bool {
    let t = &toks[i];
    let (Some(prev), Some(next)) = (i.checked_sub(1).map(|p| &toks[p]), toks.get(i + 1)) else {
        return false;
    };
    t.all_caps
        && !t.dot_after
        && (2..=6).contains(&t.text.chars().count())
        && !prev.cap
        && (is_head(prev) || i > 1 && lex().is(prev.lower, OPENER) && is_head(&toks[i - 2]))
        && next.name
        && gap(text, prev, t) == " "
        && gap(text, t, next) == " "
        // Two name words after it: "senator JD Vance" is the senator's name.
        && toks
            .get(i + 2)
            .is_some_and(|n| n.name && gap(text, next, n) == " ")
}

#[derive(Clone, Copy, Debug)]
struct NameRun {
    first: usize,
    last: usize,
}

fn name_runs(text: &str, toks: &[Tok<'_>], runs: &mut Vec<NameRun>) {
    runs.clear();
    let mut i = 0;
    while i < toks.len() {
        if !(toks[i].name || (is_initial(&toks[i]) && toks.get(i + 1).is_some_and(|n| n.name))) {
            i += 1;
            continue;
        }
        if party_acronym(text, toks, i) {
            i += 1;
            continue;
        }
        let mut last = i;
        let mut j = i;
        while !toks[last].possessive && j + 1 < toks.len() && last - i + 1 < MAX_NAME_TOKENS {
            let g = gap(text, &toks[j], &toks[j + 1]);
            let g_ok = g == " " || g.is_empty() || (g == ". " && is_initial(&toks[j]));
            if !g_ok {
                break;
            }
            let n = &toks[j + 1];
            if n.name || is_initial(n) {
                j += 1;
                last = j;
            } else if PARTICLES.contains(&n.lower) && !n.possessive {
                // "Ursula von der Leyen", "Mike De Luca", "Alexander De Croo".
                j += 1; // a particle must be followed by a name word to count
            } else if last == j && is_regnal(n.text) {
                // A monarch's number ends the name: "Charles III", "Felipe VI".
                last = j + 1;
                break;
            } else if last == j && last > i && n.cap && !n.all_caps && n.text.chars().count() == 2 {
                // A two-letter syllable ends an East Asian name, even one the lexicon
                // knows as a word: "Kim Jong Un", "Kim Jong Il", "Moon Jae In".
                j += 1;
                last = j;
            } else if surname_of_title(text, toks, j + 1) {
                // "John Major said", "Sen. Angus King spoke", "Gov. Jim Justice".
                last = j + 1;
                break;
            } else {
                break;
            }
        }
        // A name never ends on an initial alone ("Donald J.").
        while last > i && is_initial(&toks[last]) {
            last -= 1;
        }
        // Words before a capitalised "Tower", "Street", "Hotel" name the place, not a
        // person ("Governor Phillip Tower").
        let place = toks.get(last + 1).is_some_and(|n| {
            n.cap && PLACES.contains(&n.lower) && gap(text, &toks[last], n) == " "
        });
        if !place && (!is_initial(&toks[i]) || last > i) {
            runs.push(NameRun { first: i, last });
        }
        i = last + 1;
    }
}

/// The officials found so far on this page.
#[derive(Default, Debug)]
pub struct Registry {
    officials: Vec<Official>,
    renamed: bool,
    buffers: Buffers,
}

/// What one scan needs and the next reuses: no allocations per text once warm.
#[derive(Default, Debug)]
struct Buffers {
    scratch: String,
    lowered: Vec<(usize, usize, usize)>,
    toks: Vec<Tok<'static>>,
    runs: Vec<NameRun>,
}

/// An empty vector with the allocation of `v`, for tokens of another text: collecting
/// into a vector of items of the same size reuses the source's buffer.
#[allow(clippy::unnecessary_filter_map)] // The item type changes: no `filter` for that.
fn recycle<'b>(mut v: Vec<Tok<'_>>) -> Vec<Tok<'b>> {
    v.clear();
    v.into_iter().filter_map(|_| None).collect()
}

impl Registry {
    /// Officials found so far.
    pub fn officials(&self) -> &[Official] {
        &self.officials
    }

    fn register(&mut self, tokens: Vec<String>, name: String, role: String) -> usize {
        if let Some(i) = self
            .find_exact(&tokens)
            .or_else(|| self.find_fuller(&tokens))
        {
            if self.officials[i].role.is_empty() {
                self.officials[i].role = role;
            }
            return i;
        }
        // A fuller form of a known single-surname official ("President Obama", later "Barack Obama").
        // (Its family name comes first in "Xi Jinping", after "President Xi".)
        let by_first = family_first(&tokens);
        let family = if by_first {
            tokens.first()
        } else {
            tokens.last()
        };
        // (Or its particles too: "Mayor de Blasio", later "Bill de Blasio".)
        let single = family.and_then(|last| {
            self.ending_with(last).find(|&i| {
                let ot = &self.officials[i].tokens;
                ot.len() < tokens.len() && tokens.ends_with(ot) && surname_alone(ot)
            })
        });
        if let Some(i) = single {
            let o = &mut self.officials[i];
            o.by_first = by_first;
            o.tokens = tokens;
            o.name = name;
            self.renamed = true;
            // Name and role both come from the fullest mention: "Secretary Hegseth",
            // then "Secretary of Defense Pete Hegseth".
            if !role.is_empty() {
                o.role = role;
            }
            return i;
        }
        if self.officials.len() >= MAX_OFFICIALS {
            return usize::MAX;
        }
        let i = self.officials.len();
        self.officials.push(Official {
            name,
            role,
            mentions: Vec::new(),
            count: 0,
            by_first,
            tokens,
        });
        i
    }

    fn find_exact(&self, tokens: &[String]) -> Option<usize> {
        self.officials.iter().position(|o| o.tokens == tokens)
    }

    /// An official whose name ends with these words ("Netanyahu" for "Benjamin Netanyahu").
    fn find_fuller(&self, tokens: &[String]) -> Option<usize> {
        self.officials.iter().position(|o| {
            let ot = &o.tokens;
            (ot.len() > tokens.len() && ot[ot.len() - tokens.len()..] == *tokens)
                || (tokens.len() == 1 && o.known_by_first(&tokens[0]))
        })
    }

    /// The officials whose name ends with `word`, in the order they were found. A
    /// page names a few dozen at most (never more than `MAX_OFFICIALS`): a scan is as
    /// quick as a hash table here, and smaller in the wasm module.
    fn ending_with<'a>(&'a self, word: &'a str) -> impl Iterator<Item = usize> + 'a {
        self.officials
            .iter()
            .enumerate()
            .filter(move |(_, o)| {
                o.tokens.last().is_some_and(|l| l == word) || o.known_by_first(word)
            })
            .map(|(i, _)| i)
    }

    /// A spokesperson titled by a name that is neither a public body's, a country's,
    /// a party's nor an official's already found ("Meta spokesman Andy Stone", "Amazon
    /// spokeswoman Kelly Cheeseman") speaks for a company: no official. "Kremlin
    /// spokesman", "State Department spokesman", "Zelensky spokesman" (after Zelensky)
    /// and a bare "spokesman John Roe" are public. So with a comma: "Jane Doe, a
    /// spokeswoman for Amazon,", "A spokesman for Siemens, John Roe," are a company's;
    /// "Dmitry Peskov, Putin's spokesman,", "a spokeswoman for President Biden" not.
    fn company_spokesperson(&self, text: &str, toks: &[Tok<'_>], r: &NameRun) -> bool {
        // The clause after the name's comma, and the one before it.
        if let Some(after) = toks.get(r.last + 1)
            && gap(text, &toks[r.last], after) == ", "
        {
            let mut end = r.last + 1;
            while end + 1 < toks.len() && gap(text, &toks[end], &toks[end + 1]) == " " {
                end += 1;
            }
            if self.owned_by_company(&toks[r.last + 1..=end]) {
                return true;
            }
        }
        if r.first > 0 && gap(text, &toks[r.first - 1], &toks[r.first]) == ", " {
            let mut start = r.first - 1;
            while start > 0 && gap(text, &toks[start - 1], &toks[start]) == " " {
                start -= 1;
            }
            if self.owned_by_company(&toks[start..r.first]) {
                return true;
            }
        }
        let l = lex();
        let Some(h) = r.first.checked_sub(1).map(|k| &toks[k]) else {
            return false;
        };
        if !spokesperson(h) || gap(text, h, &toks[r.first]) != " " {
            return false;
        }
        let mut owner = false;
        let mut k = r.first - 1;
        while k > 0 && gap(text, &toks[k - 1], &toks[k]) == " " && toks[k - 1].cap {
            k -= 1;
            let t = &toks[k];
            if l.is(t.lower, NOT_NAME) && !l.is(t.lower, INSTITUTION | MODIFIER | PUBLIC_BODY) {
                break;
            }
            if self.public_owner(t) {
                return false;
            }
            owner = true;
        }
        owner
    }

    /// Whether a clause beside a name ("a spokeswoman for Amazon", "an Apple
    /// spokesman") makes it a spokesperson's and names the owner with a capitalised
    /// word, none of them public (see `public_owner`).
    fn owned_by_company(&self, clause: &[Tok<'_>]) -> bool {
        // (Most clauses beside a name are no spokesperson's: no owner is looked up.)
        if !clause.iter().any(spokesperson) {
            return false;
        }
        let l = lex();
        let mut owner = false;
        for (i, t) in clause.iter().enumerate() {
            // (A clause's first word may be capitalised for the sentence: "A spokesman".)
            if spokesperson(t)
                || !t.cap
                || l.is(t.lower, HONORIFIC)
                || i == 0 && l.is(t.lower, DETERMINER)
            {
                continue;
            }
            if self.public_owner(t) {
                return false;
            }
            owner = true;
        }
        owner
    }

    /// A word naming a spokesperson's owner that makes the spokesperson public: an
    /// acronym, a possessive ("Putin's"), a public body, a country, a party, an office
    /// ("for President Biden", "for Gov."), or an official already found.
    fn public_owner(&self, t: &Tok<'_>) -> bool {
        t.all_caps
            || t.possessive
            || lex().is(
                t.lower,
                MODIFIER | PARTY | PUBLIC_BODY | COUNTRY | INSTITUTION | HEAD | PLURAL_HEAD,
            )
            || classes(t) & (HEAD | MODIFIER) << DOT != 0
            || PUBLIC_QUALIFIERS.contains(t.lower)
            || is_nationality(t.lower)
            || self.lookup(&[name_key(t.text)]).is_some()
    }

    /// Which official a plain name refers to, if any: the full name, a shorter form
    /// ending with the surname, or (for a surname-only official) a fuller form.
    pub fn lookup<S: AsRef<str>>(&self, tokens: &[S]) -> Option<usize> {
        let last = tokens.last()?.as_ref();
        let cyrillic = last.chars().any(is_cyrillic);
        let found = |i: usize| {
            let ot = &self.officials[i].tokens;
            // "Xi" for "Xi Jinping": the family name comes first.
            if tokens.len() == 1 && self.officials[i].known_by_first(last) {
                return true;
            }
            // "Donald Trump" for "Donald J. Trump"
            (tokens.len() >= 2 && ends_with_bare(ot, tokens))
                || if tokens.len() <= ot.len() {
                    ends_with(ot, tokens) || (cyrillic && tokens.len() == 1)
                } else {
                    // "Joe Biden" for "Biden", "Bill de Blasio" for "de Blasio".
                    ends_with(tokens, ot) && surname_alone(ot)
                }
        };
        let mut known = false;
        for i in self.ending_with(last) {
            if found(i) {
                return Some(i);
            }
            known = true;
        }
        if known {
            return None;
        }
        if tokens.len() >= 2 {
            // "Xi Jinping" for "President Xi".
            let first = tokens[0].as_ref();
            return self
                .officials
                .iter()
                .position(|o| o.tokens == [first])
                .filter(|_| family_first(tokens));
        }
        if !(cyrillic && tokens.len() == 1) {
            return None;
        }
        self.officials
            .iter()
            .position(|o| o.tokens.last().is_some_and(|k| in_case(k, last, RU_CASES)))
    }

    /// Finds officials and their mentions in one stretch of normalised text. Name-like
    /// spans that match no official (yet) go to `unresolved`, so that a caller can mark
    /// them if the page names that person's office further on. Returns whether an
    /// official was added or renamed.
    pub fn scan(
        &mut self,
        text: &str,
        out: &mut Vec<MarkSpan>,
        unresolved: &mut Vec<NameSpan>,
    ) -> bool {
        let mut b = std::mem::take(&mut self.buffers);
        let toks = tokenize(
            text,
            &mut b.scratch,
            &mut b.lowered,
            recycle(std::mem::take(&mut b.toks)),
        );
        name_runs(text, &toks, &mut b.runs);
        let changed = self.scan_runs(text, &toks, &b.runs, out, unresolved);
        b.toks = recycle(toks);
        self.buffers = b;
        changed
    }

    fn scan_runs(
        &mut self,
        text: &str,
        toks: &[Tok<'_>],
        runs: &[NameRun],
        out: &mut Vec<MarkSpan>,
        unresolved: &mut Vec<NameSpan>,
    ) -> bool {
        if toks.is_empty() {
            return false;
        }
        let headline = is_headline(text, toks);
        // Whether the text is Czech or Polish, found out when first needed.
        let mut slavic: Option<bool> = None;
        let mut coordinated: Option<(usize, String)> = None;
        let mut changed = false;
        for (ri, r) in runs.iter().enumerate() {
            let genitive = if headline {
                None
            } else {
                genitive_title(text, toks, r)
            };
            let r = &genitive
                .as_ref()
                .map_or_else(|| with_particles(text, toks, *r), |g| g.0);
            let names: Vec<Cow<'_, str>> = toks[r.first..=r.last]
                .iter()
                .map(|t| name_key(t.text))
                .collect();
            let found = if let Some((_, role)) = coordinated.take().filter(|(f, _)| *f == r.first) {
                Some((role, false))
            } else if headline {
                None
            } else if let Some((_, role)) = genitive {
                role.map(|role| (role, false))
            } else {
                title_before(text, toks, r)
                    .or_else(|| title_after(text, toks, r).map(|role| (role, false)))
                    .or_else(|| office_clause(text, toks, r).map(|role| (role, false)))
                    .or_else(|| enumerated(text, toks, r).map(|role| (role, false)))
                    .or_else(|| continued_speaker(text, toks, runs, ri).map(|role| (role, false)))
                    .filter(|(role, _)| !private_lawyer(role))
                    .filter(|_| !self.company_spokesperson(text, toks, r))
            };
            let mut range = toks[r.first].start..toks[r.last].end;
            if headline && found.is_none() && r.last > r.first && self.lookup(&names).is_none() {
                // Title case glues words into one run ("Obama Ends Exemption"): look
                // each word up on its own.
                for t in &toks[r.first..=r.last] {
                    let one = [name_key(t.text)];
                    let range = t.start..t.end;
                    match self.lookup(&one) {
                        Some(i) => {
                            self.count_mention(i, &text[range.clone()]);
                            out.push(MarkSpan { range, official: i });
                        }
                        None => unresolved.push(NameSpan {
                            range,
                            tokens: joined_key(&one),
                        }),
                    }
                }
                continue;
            }
            let later = found.is_none();
            let official = match found {
                Some((role, plural)) => {
                    if plural {
                        // "cabinet ministers A and B": B shares the title.
                        if let (Some(c), Some(next)) = (toks.get(r.last + 1), runs.get(ri + 1))
                            && CONJUNCTIONS.contains(&c.lower)
                            && next.first == r.last + 2
                        {
                            coordinated = Some((next.first, role.clone()));
                        }
                    }
                    let name = text[range.clone()].replace('\u{AD}', "");
                    let before = self.officials.len();
                    let tokens = names.iter().map(|w| w.to_string()).collect();
                    let idx = self.register(tokens, name, role);
                    changed |= self.officials.len() != before || self.renamed;
                    self.renamed = false;
                    (idx != usize::MAX).then_some(idx)
                }
                None => self
                    .lookup(&names)
                    .or_else(|| {
                        // A capitalised first word of a sentence may be no part of the name
                        // ("Then Joe Biden said"), when a full name follows it. Before a
                        // surname alone it is a given name as often ("Hunter Biden", "Grace
                        // Mugabe": another person); the words that open sentences are in
                        // the lexicon's `not_names` ("Later Lavrov said", "Позже Лаврова
                        // спросили").
                        let sentence_start = r.first == 0
                            || gap(text, &toks[r.first - 1], &toks[r.first])
                                .contains(['.', '!', '?', '"', '«', '“', ':']);
                        if sentence_start && names.len() >= 3 {
                            let i = self.lookup(&names[1..])?;
                            range = toks[r.first + 1].start..toks[r.last].end;
                            Some(i)
                        } else {
                            None
                        }
                    })
                    .or_else(|| {
                        // A German genitive before the noun it owns, capitalised as German
                        // nouns are: "Merkels Politik", "Putins Krieg". Not "the Obamas", a
                        // family, nor "Woods said" after a Senator Wood: another person.
                        let t = &toks[r.first];
                        let stem = t.text.strip_suffix('s')?;
                        if r.last == r.first
                            || stem.chars().count() < 3
                            || !stem.ends_with(|c: char| c.is_lowercase() && c != 's')
                            || r.first > 0 && toks[r.first - 1].lower == "the"
                        {
                            return None;
                        }
                        let i = self.lookup(&[name_key(stem)])?;
                        range = t.start..t.end;
                        Some(i)
                    })
                    .or_else(|| {
                        // A Czech or Polish surname in another case ("Fialy", "Tuska"),
                        // in text written in the language: in English the same endings
                        // make other names ("Paul", "Paula").
                        if r.last != r.first || self.officials.is_empty() {
                            return None;
                        }
                        if !*slavic.get_or_insert_with(|| west_slavic_text(text)) {
                            return None;
                        }
                        let w = toks[r.first].text;
                        let i = self.officials.iter().position(|o| {
                            o.tokens.len() >= 2
                                && o.tokens
                                    .last()
                                    .is_some_and(|k| in_case(k, w, WEST_SLAVIC_CASES))
                        })?;
                        range = toks[r.first].start..toks[r.first].end;
                        Some(i)
                    }),
            };
            if let (Some(i), true) = (official, later) {
                let k = r.first + usize::from(range.start != toks[r.first].start);
                range.start = self.particles_before(text, toks, k, r.last + 1 - k, i);
            }
            match official {
                Some(i) => {
                    self.count_mention(i, &text[range.clone()]);
                    out.push(MarkSpan { range, official: i });
                }
                None => unresolved.push(NameSpan {
                    range,
                    tokens: joined_key(&names),
                }),
            }
        }
        changed
    }

    /// Where a later mention of official `i`, its last `words` words from `toks[k]`,
    /// begins once the particles the official's name has before them are taken in:
    /// "de Blasio" and "De Blasio" for "Bill de Blasio", "von der Leyen" for "Ursula
    /// von der Leyen".
    fn particles_before(
        &self,
        text: &str,
        toks: &[Tok<'_>],
        mut k: usize,
        words: usize,
        i: usize,
    ) -> usize {
        let ot = &self.officials[i].tokens;
        let mut p = ot.len().saturating_sub(words);
        while p > 0 && k > 0 {
            let (w, t) = (ot[p - 1].as_str(), &toks[k - 1]);
            if !t.lower.eq_ignore_ascii_case(w)
                || !PARTICLES.contains(&t.lower)
                || gap(text, t, &toks[k]) != " "
            {
                break;
            }
            p -= 1;
            k -= 1;
        }
        toks[k].start
    }

    /// Counts a mention marked later, through [`Registry::lookup`].
    pub fn count_mention(&mut self, i: usize, form: &str) {
        let o = &mut self.officials[i];
        o.count += 1;
        if o.mentions.len() < 16 && !o.mentions.iter().any(|m| m == form) {
            o.mentions.push(form.to_string());
        }
    }
}

/// A name-like span that matched no official when it was read.
#[derive(Clone, Debug)]
pub struct NameSpan {
    /// Byte range in the normalised text.
    pub range: Range<usize>,
    /// Its words, soft hyphens removed, one space apart.
    pub tokens: String,
}

/// Headlines in title case capitalise every word: titles there are not reliable.
fn is_headline(text: &str, toks: &[Tok<'_>]) -> bool {
    // Sentences end with a full stop after a lower-case word; headlines do not
    // ("G.O.P. Lawmaker Hints ..." is still a headline).
    let text = text.trim_end();
    // Only the characters before a stop matter: found byte by byte.
    let mut from = 0;
    while let Some(k) = text.as_bytes()[from..]
        .iter()
        .position(|b| matches!(b, b'.' | b'!' | b'?'))
    {
        let at = from + k;
        if text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_lowercase)
        {
            return false;
        }
        from = at + 1;
    }
    let (mut words, mut lower) = (0usize, 0usize);
    for t in toks {
        if t.text.chars().next().is_some_and(char::is_alphabetic) && t.text.chars().nth(1).is_some()
        {
            words += 1;
            lower += usize::from(!t.cap);
        }
    }
    words >= 4 && lower * 4 <= words
}

/// Heads after which a single word can be a surname ("President Obama"). After the
/// others ("General", "Major", "Leader") a name needs two words: "General Motors".
const SURNAME_HEADS: Words = Words(
    "
president
president-elect
senator
sen.
rep.
governor
gov.
mayor
minister
chancellor
premier
ambassador
congressman
congresswoman
secretary
speaker
justice
sheriff
taoiseach
président
présidente
ministre
député
députée
presidente
ministro
ministra
senador
senadora
президент
министр
премьер
премьер-министр
мэр
губернатор
спикер
präsident
präsidentin
kanzler
kanzlerin
bundeskanzler
bundeskanzlerin
",
);

/// Heads that also lead companies, schools and clubs: in an appositive they need a
/// public body after them ("chairman of the Council of Economic Advisers").
const INSTITUTIONAL_HEADS: Words = Words(
    "
president
chairman
chairwoman
chair
director
administrator
head
chief
secretary
commissioner
treasurer
presidente
président
présidente
chef
председатель
глава
präsident
vorsitzende
vorsitzender
",
);

/// Words that make a complement a public body.
const PUBLIC_BODIES: Words = Words(concat!(
    "
council
committee
commission
senate
house
parliament
congress
assembly
ministry
department
government
party
federal
national
state
",
    // "the United States", "the United Kingdom": a country's president or envoy.
    "
states
kingdom
republic
república
court
police
army
navy
agency
bureau
authority
union
nations
kremlin
cabinet
",
    // "Chief of Staff": a president's, an army's.
    "
staff
duma
bundestag
reserve
fed
city
county
province
region
administration
conseil
assemblée
république
ministère
gouvernement
parti
sénat
câmara
senado
governo
gobierno
congreso
partido
regierung
госдумы
думы
правительства
совета
партии
état
etat
consiglio
repubblica
camera
senato
regione
comune
partito
",
));

const PREPOSITIONS: Words = Words(
    "
in
at
from
of
to
for
with
by
on
into
near
à
en
dans
de
em
no
na
do
da
в
во
из
на
aus
nach
bei
",
);

const CLAUSE_ENDS: &[&str] = &[
    "who",
    "which",
    "that",
    "qui",
    "que",
    "quem",
    "который",
    "которая",
    "der",
    "die",
];

fn negated(toks: &[Tok<'_>], at: usize) -> bool {
    // The word just before a title, or the title's own first word, cancels it.
    let l = lex();
    // ("l'ex premier": the elided article aside.)
    let check = |t: &Tok<'_>| {
        let w = after_elision(t.lower);
        l.is(w, NEGATOR) || w.starts_with("ex-") || w.starts_with("экс-")
    };
    toks.get(at).is_some_and(check) || (at > 0 && check(&toks[at - 1]))
}

/// Extends a title leftwards from its head over modifiers; returns the first token.
fn extend_left(text: &str, toks: &[Tok<'_>], head: usize) -> usize {
    let l = lex();
    // An article, a preposition or a word that names nothing ("But US President …",
    // "Yesterday Foreign Minister …") is no part of a title; a body's word is ("White
    // House", "State"), and so is an acronym ("UN chief": not the article "un").
    let names_nothing = |t: &Tok<'_>| {
        (l.is(t.lower, DETERMINER) && !t.all_caps)
            || l.is(t.lower, PREPOSITION)
            || (l.is(t.lower, NOT_NAME)
                && !l.is(t.lower, INSTITUTION | MODIFIER | PUBLIC_BODY)
                && !is_state_acronym(t)
                && t.lower != "new")
    };
    let mut first = head;
    while first > 0 && head - first < MAX_ROLE_TOKENS {
        let p = &toks[first - 1];
        let lower = p.lower;
        let g = gap(text, p, &toks[first]);
        // An abbreviated modifier keeps its dot: "Lt. Gov.".
        if g != " " && !g.is_empty() && !(g == ". " && p.dot_after && l.is_dotted(lower, MODIFIER))
        {
            break;
        }
        // A department named with "and" ("Health and Human Services Secretary",
        // "Housing and Urban Development Secretary"): its first word is a title's.
        if lower == "and"
            && toks[first].cap
            && first >= 2
            && l.is(toks[first - 2].lower, MODIFIER)
            && gap(text, &toks[first - 2], p) == " "
        {
            first -= 1;
            continue;
        }
        // A body named with "of" ("Bank of England Governor", "Ministry of Foreign
        // Affairs spokesperson"): the word before it is the title's too.
        if lower == "of"
            && toks[first].cap
            && first >= 2
            && toks[first - 2].cap
            && !names_nothing(&toks[first - 2])
            && gap(text, &toks[first - 2], p) == " "
        {
            first -= 1;
            continue;
        }
        // A place named with a Romance article ("Los Angeles Mayor", "Las Vegas
        // Mayor", "El Paso Mayor"): capitalised, before a capitalised word that is no
        // title's, under a capitalised title. Not "The", nor a German article before
        // a city's adjective ("Der Berliner Bürgermeister").
        let place_article = p.cap
            && matches!(lower, "los" | "las" | "el" | "la" | "le")
            && toks[first].cap
            && toks[head].cap
            && !is_head(&toks[first])
            && !l.is(toks[first].lower, MODIFIER);
        if !place_article && (l.is(lower, NEGATOR) || names_nothing(p)) {
            break;
        }
        // A capitalised word opening the sentence before a lower-case title is the
        // sentence's first word, not the title's ("Вчера глава Минфина …"), unless it
        // is a nationality ("Chinese leader Xi Jinping").
        // So is a compass point before one ("North Korean leader Kim Jong Un").
        let sentence_first = (first - 1 == 0
            || gap(text, &toks[first - 2], p).contains(['.', '!', '?']))
            && !is_nationality(lower)
            && !(matches!(lower, "north" | "south" | "east" | "west")
                && is_nationality(toks[first].lower));
        let ok = l.is(lower, MODIFIER)
            || (p.dot_after && l.is_dotted(lower, MODIFIER))
            || (p.cap
                && !is_honorific(p)
                && !p.all_caps_word()
                && (toks[head].cap || !sentence_first))
            || (p.all_caps && p.text.chars().count() <= 5)
            || p.possessive
            || is_head(p);
        if !ok {
            break;
        }
        first -= 1;
    }
    first
}

/// Whether the words between a title's head and what follows it make a valid
/// complement. `end` is the first token after the complement.
fn complement_ok(text: &str, toks: &[Tok<'_>], head: usize, end: usize, comma: bool) -> bool {
    let l = lex();
    let mut c = head + 1;
    // A region's adjective in the genitive is the title's too: "губернатор
    // Белгородской области", "глава Краснодарского края".
    while c < end
        && (l.is(toks[c].lower, POST)
            || toks[c].text.starts_with('(')
            || party_acronym(text, toks, c)
            || ["ской", "ского", "цкой", "цкого"]
                .iter()
                .any(|e| toks[c].lower.ends_with(e)))
    {
        c += 1;
    }
    if c == end {
        return true;
    }
    if !l.is(toks[c].lower, OPENER) {
        return false;
    }
    let comp = &toks[c + 1..end];
    // The name is never the complement itself ("ambassador to Israel").
    // ("un" is a French article, "UN" the United Nations.)
    let determiner = |t: &Tok<'_>| l.is(t.lower, DETERMINER) && !t.all_caps;
    if comp.is_empty() || comp.iter().all(determiner) || comp.len() > 6 {
        return false;
    }
    if (c..end).any(|k| k > head && !matches!(gap(text, &toks[k - 1], &toks[k]), " " | "" | " & "))
    {
        return false;
    }
    if comp.iter().any(|t| NON_PUBLIC.contains(t.lower)) {
        return false;
    }
    // A title of its own after the opener, with no article, is the name's: "adviser to
    // Prime Minister Keir Starmer", "chief of staff to Gov. Gavin Newsom" (not "Speaker
    // of the House").
    if !comma && !determiner(&comp[0]) && comp.iter().any(is_head) {
        return false;
    }
    // "l'Intérieur", "d'État" are capitalised after their elided article.
    let capitalised = |t: &Tok<'_>| {
        t.cap
            || t.text
                .split_once(['\'', '’'])
                .is_some_and(|(_, w)| w.starts_with(char::is_uppercase))
    };
    // Without a comma, only a capitalised complement ("Secretary of State"), but for
    // a body named in lower case ("porte-parole du gouvernement") and the adjective
    // that ends a capitalised body's name ("de l'Assemblée nationale", "du Conseil
    // constitutionnel").
    if !comma
        && comp.iter().enumerate().any(|(k, t)| {
            !(capitalised(t)
                || l.is(t.lower, DETERMINER | OPENER | PUBLIC_BODY)
                || k > 0 && k + 1 == comp.len() && capitalised(&comp[k - 1]))
        })
    {
        return false;
    }
    if comp
        .last()
        .is_some_and(|t| l.is(t.lower, OPENER) || determiner(t))
    {
        // "chairman of the Council of Economic Advisers": the name is still the body's.
        return false;
    }
    institution_ok(&toks[head], comp)
}

/// A word without its elided article: "l'écologiste" -> "écologiste".
fn after_elision(word: &str) -> &str {
    word.rsplit(['\'', '’']).next().unwrap_or(word)
}

fn institution_ok(head: &Tok<'_>, comp: &[Tok<'_>]) -> bool {
    if head.lower == "leader" || head.lower == "leaders" {
        return comp.iter().any(|t| t.cap);
    }
    // A body's name, an agency's ("director of the FBI", "head of the IMF") or a
    // party's ("Der Vorsitzende der CDU"); or a country, when the complement is the
    // country ("president of France", not "of Japan Airlines").
    !INSTITUTIONAL_HEADS.contains(head.lower)
        || comp.last().is_some_and(|t| country(after_elision(t.lower)))
        || comp.iter().any(|t| {
            // "de l'Assemblée", "de l'État": the body is the word after the article.
            lex().is(after_elision(t.lower), PUBLIC_BODY)
                || PUBLIC_QUALIFIERS.contains(t.lower)
                || is_state_acronym(t)
                || lex().is(t.lower, PARTY)
        })
}

/// Title immediately before a name ("Foreign Minister Sergei Lavrov"), or before it with
/// a comma ("Russia's envoy to NATO, Dmitry Rogozin,"). Returns the role and whether
/// its head is plural.
fn title_before(text: &str, toks: &[Tok<'_>], r: &NameRun) -> Option<(String, bool)> {
    if r.first == 0 {
        return None;
    }
    let l = lex();
    let before = &toks[r.first - 1];
    let g = gap(text, before, &toks[r.first]);
    // A knighthood stands between the title and the name: "Prime Minister Sir Keir
    // Starmer", "the MP for Holborn, Sir Keir Starmer". (Only before a full name: a
    // knight is "Sir Keir", never "Sir Starmer".)
    if matches!(before.text, "Sir" | "Dame") && g == " " && r.last > r.first {
        return title_before(
            text,
            toks,
            &NameRun {
                first: r.first - 1,
                ..*r
            },
        );
    }
    // (The dot of an acronym stays before the comma: "the ambassador to the U.N., Linda
    // Thomas-Greenfield".)
    let comma = g == ", "
        || g == "., "
            && before.dot_after
            && before.text.contains('.')
            && before.text.chars().all(|c| c.is_uppercase() || c == '.');
    // A dot after the title is an abbreviation's ("Gov. Laura Whitfield"), never a
    // sentence's end ("said the foreign minister. John Roe agreed").
    let abbreviated = before.dot_after && l.dotted_class_of(before.lower) != 0;
    if !(g == " " || comma || (g == ". " && abbreviated)) {
        return None;
    }
    let name_len = r.last - r.first + 1;
    // "The governor of New York, Kathy Hochul": a word after "New", "San" or "Los"
    // ends the place the complement names, it is no name.
    if name_len == 1
        && g == " "
        && matches!(
            before.lower,
            "new" | "san" | "santa" | "los" | "las" | "saint" | "fort"
        )
    {
        return None;
    }
    // "l'écologiste Sergio Coronado", "Republican Mitt Romney"
    if !comma && l.is(before.lower, PARTY) && (before.cap || before.text.contains(['\'', '’'])) {
        if negated(toks, r.first - 1) || name_len < 2 {
            return None;
        }
        return Some((after_elision(before.text).to_string(), false));
    }
    // The leftmost head whose complement reaches the name.
    let mut head = None;
    let mut j = r.first;
    while j > 0 && r.first - j < 8 {
        j -= 1;
        if j + 1 < r.first && !matches!(gap(text, &toks[j], &toks[j + 1]), " " | "" | " & ") {
            break;
        }
        let t = &toks[j];
        if (is_head(t) || is_plural_head(t) || council_member(text, toks, j))
            && complement_ok(text, toks, j, r.first, comma)
        {
            head = Some(j);
        }
    }
    let head = head?;
    let h = &toks[head];
    // A head bound to its complement is no title without it ("garde du corps").
    if !bound_head_ok(toks, head) {
        return None;
    }
    // A title in the possessive owns what follows ("the President's Day sale").
    if h.possessive {
        return None;
    }
    // A one-word name followed by a nickname or a bracket goes on: "Sen. Pat (Patsy) Ruiz".
    if name_len == 1
        && toks
            .get(r.last + 1)
            .is_some_and(|n| gap(text, &toks[r.last], n).contains(['"', '“', '«', '(', '<', '\'']))
    {
        return None;
    }
    if name_len < 2
        && !SURNAME_HEADS.contains(h.lower)
        && !(h.dot_after
            && SURNAME_HEADS
                .iter()
                .any(|w| w.strip_suffix('.') == Some(h.lower)))
    {
        return None;
    }
    if name_len == 1 && !nominative_surname(&toks[r.first]) {
        return None;
    }
    if comma
        && head + 1 == r.first
        && INSTITUTIONAL_HEADS.contains(h.lower)
        && !(extend_left(text, toks, head)..head).any(|k| toks[k].possessive || toks[k].cap)
    {
        // "the president, John Smith" without saying of what: too vague.
        return None;
    }
    // (A council member's title extends from its council: "City council member".)
    let first = extend_left(
        text,
        toks,
        head - usize::from(council_member(text, toks, head)),
    );
    if negated(toks, first) {
        return None;
    }
    // An abbreviation before the title, with its dot ("U.S. Attorney", "U.N. chief"):
    // it says whose the office is.
    // A sentence ending on an acronym is none ("run by IBM. Sen. Angus King").
    let dotted = first.checked_sub(1).filter(|&k| {
        toks[k].dot_after
            && gap(text, &toks[k], &toks[first]) == ". "
            && toks[k].text.contains('.')
            && toks[k].text.chars().all(|c| c.is_uppercase() || c == '.')
    });
    // "Microsoft President Brad Smith", "the company's president, John Doe", "team
    // spokesman John Roe": a company's officer, not a public one; "brand ambassador
    // Jane Doe" is a brand's face.
    // A company's abbreviated name ends on a dot that ends no sentence: "Warner Bros.
    // President Mike De Luca", "Acme Inc. President" (the abbreviations NON_PUBLIC has).
    let owner = first.checked_sub(1).filter(|&k| {
        let g = gap(text, &toks[k], &toks[first]);
        g == " " || g == ". " && matches!(toks[k].lower, "bros" | "inc" | "corp" | "ltd")
    });
    if (first..head)
        .chain(owner)
        .any(|k| NON_PUBLIC.contains(toks[k].lower))
    {
        return None;
    }
    if !comma
        && first == head
        && head + 1 == r.first
        && !h.cap
        && INSTITUTIONAL_HEADS.contains(h.lower)
        && !(head > 0 && DEFINITE_ARTICLES.contains(toks[head - 1].lower))
        && dotted.is_none()
    {
        // "says president David Weisbrot": president of what? But "le président
        // Emmanuel Macron", "o presidente Lula": the article says it is the one
        // office the reader knows (titles are lower case in these languages).
        return None;
    }
    // A lower-case "president" or "chair" after names alone is an organisation's
    // ("Real Madrid president", "Apple chair", "BMW chairman"), unless one of them is
    // a nationality ("Ukrainian president"), a public body's ("Federal Reserve chair",
    // "UN chief"), a party's, a possessive or a state's acronym ("US president"). So
    // is a capitalised "President" or "Chairman" ("Harvard President", "Nike
    // Chairman", "NAACP President"), unless a country, a public body or its acronym
    // says whose ("Zimbabwe President", "Council President", "FCC Chairman"). So is an
    // ambassador after a brand's name ("Nike ambassador", "Gucci Ambassador"): a
    // state's is a country's, a nationality's or an acronym's ("U.S. Ambassador").
    // A rank within the organisation ("Apple Senior Vice President") says nothing of
    // whose it is. The appositive's comma changes none of it ("the Real Madrid
    // president, Florentino Pérez").
    let capital = h.cap
        && matches!(
            h.lower,
            "president"
                | "chairman"
                | "chairwoman"
                | "chair"
                | "chancellor"
                | "treasurer"
                | "ambassador"
        );
    let rank = |k: usize| matches!(toks[k].lower, "senior" | "vice" | "executive" | "deputy");
    // An acronym right before a capitalised title is its owner even where the title
    // did not take it in ("MIT President", "AFL-CIO President").
    let words = (first..head).chain(owner.filter(|&k| capital && toks[k].all_caps));
    if (capital
            || !h.cap && (INSTITUTIONAL_HEADS.contains(h.lower) || h.lower == "ambassador"))
        && head + 1 == r.first
        // Words before the head, not all of them ranks (none at all is `all` too).
        && !words.clone().all(rank)
        && words.clone().all(|k| {
            let t = &toks[k];
            rank(k)
                || t.cap
                    && !t.possessive
                    && !is_state_acronym(t)
                    && !l.is(t.lower, MODIFIER | PARTY)
                    && !PUBLIC_QUALIFIERS.contains(t.lower)
                    && !is_nationality(t.lower)
                    && !l.is(t.lower, COUNTRY)
                    && !(capital && l.is(t.lower, PUBLIC_BODY))
        })
    {
        return None;
    }
    // A rank is written as one ("Capt. Mark Kelly", "Captain Sarah Jones"); in lower
    // case before a name a captain leads a team ("England captain Harry Kane").
    if h.lower == "captain" && !h.cap && head + 1 == r.first {
        return None;
    }
    // A bare "speaker", "leader" or "adviser" after a word no title has is that word's:
    // an event's ("keynote speaker"), a group's ("youth leader"), a firm's ("financial
    // adviser"). A listed word makes it an office ("opposition leader", "national
    // security adviser", "Assembly speaker").
    if !h.cap
        && first == head
        && matches!(h.lower, "speaker" | "leader" | "adviser" | "advisor")
        && head > 0
    {
        let p = &toks[head - 1];
        if !p.cap
            && gap(text, p, h) == " "
            && p.text.chars().all(char::is_alphabetic)
            && !l.is(p.lower, NOT_NAME | DETERMINER | PREPOSITION)
        {
            return None;
        }
    }
    // A whip is a party's or a chamber's ("Senate Majority Whip", "Chief Whip", "the
    // party whip"): alone, the word is a cook's or a rider's.
    if h.lower == "whip"
        && !(first..head).any(|k| l.is(toks[k].lower, MODIFIER | PARTY | PUBLIC_BODY))
    {
        return None;
    }
    // "Chief" and "Director" name a public office only with what they lead: "Police
    // Chief", "FBI Director", "Director of National Intelligence"; not "Chief Keef",
    // "Managing Director", "film director".
    if QUALIFIED_HEADS.contains(h.lower)
        && head + 1 == r.first
        && !(first..head)
            .chain(dotted)
            .any(|k| PUBLIC_QUALIFIERS.contains(toks[k].lower))
    {
        return None;
    }
    // An abbreviated title keeps its dot: "Gov.", "State Sen.".
    let end = before.end + usize::from(abbreviated && text[before.end..].starts_with('.'));
    let role = text[toks[dotted.unwrap_or(first)].start..end].to_string();
    Some((role, is_plural_head(h)))
}

/// Whether a name is a surname alone, with its particles: "Biden", "de Blasio".
fn surname_alone(tokens: &[String]) -> bool {
    tokens.split_last().is_some_and(|(_, before)| {
        before
            .iter()
            .all(|w| PARTICLES.iter().any(|p| p.eq_ignore_ascii_case(w)))
    })
}

/// A run with the lower-case particles that stand between it and an English title:
/// "Mayor de Blasio", "President von der Leyen" name "de Blasio" and "von der Leyen".
/// (Only after an English title that takes a surname alone, as "Mayor Adams" does:
/// "alcalde de Madrid" is the mayor of a place.)
fn with_particles(text: &str, toks: &[Tok<'_>], r: NameRun) -> NameRun {
    let mut k = r.first;
    while k > 1
        && !toks[k - 1].cap
        && PARTICLES.contains(&toks[k - 1].lower)
        && gap(text, &toks[k - 1], &toks[k]) == " "
    {
        k -= 1;
    }
    if k == r.first {
        return r;
    }
    let h = &toks[k - 1];
    if h.cap
        && gap(text, h, &toks[k]) == " "
        && SURNAME_HEADS.contains(h.lower)
        && listed(EN_HEADS, h.lower)
        && !country(toks[r.first].lower)
    {
        NameRun { first: k, ..r }
    } else {
        r
    }
}

/// A capitalised Russian word in the feminine genitive: a country or a city after a
/// title ("президент Украины", "мэр Москвы"). Masculine genitives in "-а" are left
/// out: a company's name takes them too ("директор Газпрома").
fn place_genitive(t: &Tok<'_>) -> bool {
    t.cap && t.text.starts_with(is_cyrillic) && feminine_genitive(t.lower)
}

/// Whether a lower-case Russian word ends as a feminine noun's genitive ("россии",
/// "москвы").
fn feminine_genitive(w: &str) -> bool {
    w.ends_with("ии") || w.ends_with('ы')
}

/// Whether a character is Cyrillic.
fn is_cyrillic(c: char) -> bool {
    ('\u{400}'..='\u{4FF}').contains(&c)
}

/// Whether a word alone after a Russian title can be a surname: a surname there is in
/// the nominative ("президент Путин", "министр Голикова", "президент Саакашвили"); a
/// place in the genitive is not ("президент России", "министр Белгородской области",
/// "президент Ирана"), nor in Ukrainian ("президент України"). Other scripts pass.
fn nominative_surname(t: &Tok<'_>) -> bool {
    let w = t.lower;
    let ends = |list: &[&str]| list.iter().any(|e| w.ends_with(e));
    // Ukrainian places in the genitive: "президент України", "посол Росії".
    if ends(&["ії", "ї", "ини", "їни"]) {
        return false;
    }
    // Georgian surnames end in "-и"; women's in "-а" ("Захарова", "Набиуллина").
    !w.ends_with(|c| ('а'..='я').contains(&c))
        || ends(&["швили", "ова", "ева", "ина", "ына", "ская", "цкая"])
        || !(ends(&["ии", "ы", "ой", "ого", "его"]) || w.ends_with(['а', 'я']))
}

/// Whether a name is known by its first word: a Chinese or Korean name, which puts
/// the family name first in the press ("Xi Jinping", then "Xi"; "Yoon Suk Yeol", then
/// "Yoon"), two or three words, the first a common family name of theirs (those that
/// are English words too, "He", "Sun", "Park", "Oh", are left out: "He said" must
/// stay unmarked); or a monarch's ("Charles III", then "Charles").
fn family_first<S: AsRef<str>>(tokens: &[S]) -> bool {
    match tokens {
        [_, n] if is_regnal(n.as_ref()) => true,
        _ => (2..=3).contains(&tokens.len()) && FAMILY_FIRST.contains(tokens[0].as_ref()),
    }
}

/// A monarch's number: "II", "III", "VI", "XIV".
fn is_regnal(word: &str) -> bool {
    word.len() >= 2 && word.bytes().all(|b| b"IVXL".contains(&b))
}

/// Common Chinese and Korean family names, as romanised in the press.
const FAMILY_FIRST: Words = Words(
    "
Xi
Li
Wang
Zhang
Liu
Chen
Yang
Zhao
Huang
Zhou
Wu
Xu
Hu
Guo
Lin
Han
Cai
Jiang
Kim
Lee
Choi
Yoon
Moon
Chung
",
);

/// Endings of Russian patronymics ("Сергеевич", "Ивановна", "Ильинична").
const PATRONYMICS: Words = Words(
    "
ич
вна
ична
",
);

/// A title's place or body can run into the name, capitalised like it: in Russian in
/// the genitive, without a preposition ("мэр Москвы Сергей Собянин"), elsewhere after
/// one ("ministro de Economía Carlos Cuerpo"). Right after a title head (and its
/// preposition), the first word of a run of capitalised words is the title's when:
/// - in Cyrillic, the run has three words or more and its second is no patronymic;
/// - after a Polish head that takes a place or a body in the genitive ("prezydent
///   Warszawy Rafał Trzaskowski"), the run has exactly three words;
/// - after a preposition, the head is a minister's, a governor's, a mayor's… (see
///   [`PUBLIC_COMPLEMENT_HEADS`]) and the run has exactly three words (one for the
///   place, two for the name: a longer place is not told from a longer name).
///
/// Returns the name's run and the role.
fn genitive_title(text: &str, toks: &[Tok<'_>], r: &NameRun) -> Option<(NameRun, Option<String>)> {
    let before = r.first.checked_sub(1)?;
    let opener = lex().is(toks[before].lower, OPENER);
    // A body's acronym between the head and the place: "глава МИД Украины …".
    let acronym = toks[before].all_caps && !is_head(&toks[before]);
    let head = if opener || acronym {
        before.checked_sub(1)?
    } else {
        before
    };
    let (h, g) = (&toks[head], &toks[r.first]);
    let fits = if opener {
        // Only offices whose complement is always public, a portfolio or a place:
        // "president of Harvard", "chairman of Apple" are not.
        r.last == r.first + 2
            && gap(text, h, &toks[before]) == " "
            && PUBLIC_COMPLEMENT_HEADS
                .iter()
                .any(|p| h.lower.starts_with(p))
    } else {
        r.last >= r.first + 2
            && g.text.starts_with(is_cyrillic)
            && !PATRONYMICS
                .iter()
                .any(|p| toks[r.first + 1].lower.ends_with(p))
            || r.last == r.first + 2 && GENITIVE_HEADS.contains(h.lower)
    };
    if !fits || !is_head(h) || gap(text, &toks[before], g) != " " {
        return None;
    }
    // A company's head is titled as a state's ("президент Сбербанка", "глава
    // Роснефти"): after a head that both have, only a place or a public body makes an
    // office. The name still starts after the company's.
    let company = !opener
        && !acronym
        && SHARED_RU_HEADS.iter().any(|p| h.lower.starts_with(p))
        && !place_or_body(g);
    let first = extend_left(text, toks, head);
    if negated(toks, first) {
        return None;
    }
    let run = NameRun {
        first: r.first + 1,
        last: r.last,
    };
    Some((
        run,
        (!company).then(|| text[toks[first].start..g.end].to_string()),
    ))
}

/// Russian heads (by their start) that companies have too: president, head, chairman,
/// director, spokesman, representative.
const SHARED_RU_HEADS: Words = Words(
    "
президент
глав
председател
директор
гендиректор
пресс-секретар
представител
",
);

/// Whether a capitalised Russian genitive after a title names a place or a public
/// body: a feminine one (most countries, cities and bodies: "России", "Москвы",
/// "Госдумы"), a listed body ("МИД", "Минфина", "Кремля") or a listed masculine place
/// ("Ирана", "Татарстана"). A company's is none ("Сбербанка", "Роснефти").
fn place_or_body(g: &Tok<'_>) -> bool {
    let w = g.lower;
    feminine_genitive(w) || lex().is(w, POST) || RU_PLACES.contains(w)
}

/// Whether text is Czech or Polish by its letters: ř, ě, ů; ł, ą, ę, ś, ż, ź (each
/// two bytes in UTF-8, looked for as such).
fn west_slavic_text(text: &str) -> bool {
    text.as_bytes().windows(2).any(|w| {
        matches!(
            w,
            [0xC4, 0x85 | 0x99 | 0x9B] | [0xC5, 0x82 | 0x99 | 0x9B | 0xAF | 0xBA | 0xBC]
        )
    })
}

/// Masculine and other Russian place names in the genitive that `place_or_body` does
/// not know by their ending.
const RU_PLACES: Words = Words(
    "
ирана
израиля
китая
казахстана
узбекистана
таджикистана
туркменистана
азербайджана
пакистана
афганистана
ирака
египта
судана
йемена
ливана
вьетнама
катара
кувейта
алжира
тайваня
беларуси
польши
чечни
татарстана
башкортостана
дагестана
крыма
петербурга
",
);

/// Polish heads that a place or a body follows in the genitive, capitalised and with
/// no preposition, as the name does (not "premier" or "minister": English has them).
const GENITIVE_HEADS: Words = Words(
    "
prezydent
prezydentka
poseł
posłanka
marszałek
wojewoda
burmistrz
",
);

/// Heads (by their start) whose complement is a ministry's portfolio or a place, never a
/// company: a minister's, a secretary of state's, a governor's, a mayor's, an
/// ambassador's or an envoy's (to a country, to a body of states).
const PUBLIC_COMPLEMENT_HEADS: Words = Words(
    "
minist
ambassad
envoy
embajad
embaixad
botschafter
bundesminist
secretar
secrétaire
governo
governat
gouvern
gobern
mayor
alcald
maire
sindac
prefeit
bürgermeister
",
);

/// Heads that are an office only with a public qualifier before them or a complement
/// ("Police Officer", not "Chief Operating Officer").
const QUALIFIED_HEADS: Words = Words(
    "
chief
director
administrator
officer
chef
prince
",
);
/// What makes a chief or a director a public one: a force, a service, an agency, the
/// state. Not the title modifiers at large: a club's "Sports Director", a company's
/// "Senior Director" or "Communications Director" are none. The agencies' and
/// international organisations' acronyms also make a capitalised president or chair
/// public ("FCC Chairman", "IMF President"); other acronyms are associations', clubs'
/// and universities' ("NAACP President", "IOC President", "UCLA Chancellor").
const PUBLIC_QUALIFIERS: Words = Words(
    "
police
crown
fire
spy
army
navy
military
intelligence
national
federal
fbi
fed
cia
nsa
nasa
fema
cdc
nih
fda
epa
faa
dea
atf
ice
tsa
cisa
usaid
secret
homeland
fsb
svr
gru
sbu
mi5
mi6
mossad
kremlin
kreml
party
defense
defence
border
immigration
white
nato
u.n
un
eu
imf
interpol
europol
pentagon
joint
fcc
sec
ftc
fec
fdic
ntsb
nrc
cftc
ferc
nlrb
eeoc
irs
dhs
doj
dod
cbp
usda
hhs
nhs
gchq
bnd
oecd
unesco
unhcr
undp
opcw
frontex
ebrd
eib
",
);
/// Whether a capitalised word is a nationality ("Ukrainian", "Chinese", "British",
/// "Iraqi"): most are known by their ending; those ending like company names do
/// ("Ferrari", "Hyundai", "Bosch") are listed.
fn is_nationality(lower: &str) -> bool {
    (["an", "ese", "ish", "ine"]
        .iter()
        .any(|s| lower.ends_with(s))
        // Names of people and banks end so too ("Goldman", "Morgan"): not "German".
        && !(["man", "gan"].iter().any(|s| lower.ends_with(s)) && lower != "german"))
        || lex().is(lower, NATIONALITY)
}

/// Nationalities that end otherwise (see [`is_nationality`]).
const NATIONALITIES: Words = Words(
    "
iraqi
pakistani
israeli
saudi
kuwaiti
qatari
emirati
omani
yemeni
bahraini
bangladeshi
somali
azerbaijani
nepali
thai
dutch
french
czech
swiss
greek
",
);

/// A country or a nationality: "the president of France", "Russia's president", "the
/// French president".
fn country(lower: &str) -> bool {
    lex().is(lower, COUNTRY) || is_nationality(lower)
}

/// Acronyms of states and of public bodies (lower case) that make a lower-case head
/// after them public; other acronyms are companies' ("BMW chairman").
const STATE_ACRONYMS: Words = Words(
    "
us
u.s
uk
u.k
usa
uae
prc
dprk
who
wto
osce
iaea
opec
ecb
icc
asean
gop
dnc
rnc
anc
",
);

/// Whether a word is written as a state's or a public body's acronym ("US", "WHO").
fn is_state_acronym(t: &Tok<'_>) -> bool {
    t.all_caps && STATE_ACRONYMS.contains(t.lower)
}

/// Portfolios of a government: "the defense secretary", "the health secretary" are
/// a cabinet's (not "the club secretary", nor "the press secretary" of anyone).
const PORTFOLIOS: Words = Words(
    "
defense
defence
foreign
home
interior
health
treasury
education
energy
transport
transportation
agriculture
labor
labour
commerce
homeland
security
housing
environment
justice
navy
army
",
);

/// Whether a lower-case word before an institutional head makes it a public office:
/// "the police chief", "the defense secretary".
fn public_qualifier(word: &str, head: &str) -> bool {
    (QUALIFIED_HEADS.contains(head) && PUBLIC_QUALIFIERS.contains(word))
        || (head == "secretary" && PORTFOLIOS.contains(word))
}

/// An attorney is a public prosecutor only as a district's, a state's or the country's
/// ("District Attorney", "U.S. Attorney", "a city attorney", "Attorney General") or a
/// public body's: not "defense attorney", "attorney Jane Doe", "an attorney for the
/// family". A counsel is a company's or a client's ("general counsel", "legal counsel")
/// but a special or independent one, or a public body's ("White House counsel"), who is
/// a public prosecutor or adviser.
fn private_lawyer(role: &str) -> bool {
    let words: Vec<String> = role
        .split([' ', '-'])
        .map(|w| w.trim_end_matches('.').to_ascii_lowercase())
        .collect();
    let has = |word: &str| words.iter().any(|w| w == word);
    // Whether a word of the role makes the lawyer a public one: a public body, or `also`.
    let public = |also: fn(&str) -> bool| words.iter().any(|w| also(w) || lex().is(w, PUBLIC_BODY));
    (has("attorney") && !public(|w| w == "general" || PUBLIC_ATTORNEYS.contains(w)))
        || (has("counsel") && !public(|w| matches!(w, "special" | "independent")))
}

/// What makes an attorney a public prosecutor ("District Attorney", "U.S. Attorney").
const PUBLIC_ATTORNEYS: Words = Words(
    "
district
u.s
us
state
county
city
",
);

/// Words that open an enumeration of examples: "senators such as A and B".
const ENUMERATORS: &[&str] = &[
    "such",
    "including",
    "like",
    "comme",
    "notamment",
    "como",
    "incluindo",
    "wie",
    "darunter",
    "among",
    "включая",
];

/// Verbs of holding an office, in a relative clause: "A, who heads the Ministry".
const OFFICE_VERBS: &[&str] = &[
    "advises",
    "heads",
    "leads",
    "chairs",
    "represents",
    "oversees",
    "dirige",
    "préside",
    "conseille",
    "chefia",
    "preside",
    "возглавляет",
];

/// A name among examples of a plural title earlier in the same sentence: "Parmi les
/// députés ... figurent notamment ..., comme A ou B". Returns the plural title.
fn enumerated(text: &str, toks: &[Tok<'_>], r: &NameRun) -> Option<String> {
    let mut seen_marker = false;
    let mut j = r.first;
    let mut steps = 0;
    while j > 0 && steps < 40 {
        let g = gap(text, &toks[j - 1], &toks[j]);
        if g.contains(['.', '!', '?', ':', ';', '»', '"', '“', '”']) {
            return None; // the sentence began
        }
        j -= 1;
        steps += 1;
        let t = &toks[j];
        if ENUMERATORS.contains(&t.lower) {
            seen_marker = true;
        } else if seen_marker && is_plural_head(t) {
            if negated(toks, j) || r.last == r.first {
                return None;
            }
            return Some(t.text.to_string());
        }
    }
    None
}

/// Verbs that continue a quote already attributed: "…, a ajouté Laurent Fabius".
const CONTINUATION_VERBS: &[&str] = &[
    "added",
    "continued",
    "ajouté",
    "poursuivi",
    "добавил",
    "добавила",
    "añadió",
    "agregó",
    "acrescentou",
];

/// Whether a word attributes a quote: "a déclaré jeudi le ministre", "said the minister".
fn is_speech_verb(word: &str) -> bool {
    crate::lexicon::SPEECH.iter().any(|l| listed(l, word))
}

/// How far back (in words) a quote's continuation looks for the title it continues.
const CONTINUATION_REACH: usize = 60;

/// The speaker of a continued quote ("…», a ajouté Laurent Fabius.") whose earlier
/// quote in the same passage went to a bare title ("a déclaré jeudi le ministre des
/// Affaires étrangères."), with no other full name in between: the title is theirs.
/// Returns the title.
fn continued_speaker(text: &str, toks: &[Tok<'_>], runs: &[NameRun], ri: usize) -> Option<String> {
    let r = &runs[ri];
    if r.first == 0 || r.last == r.first {
        return None;
    }
    let verb = &toks[r.first - 1];
    if !CONTINUATION_VERBS.contains(&verb.lower) || gap(text, verb, &toks[r.first]) != " " {
        return None;
    }
    // The name closes the sentence: "added John Smith, an analyst" introduces someone.
    if let Some(next) = toks.get(r.last + 1)
        && !gap(text, &toks[r.last], next)
            .trim_start()
            .starts_with(['.', '!', '?', ';'])
    {
        return None;
    }
    // Nobody else named since the title.
    let floor = runs[..ri]
        .iter()
        .rev()
        .find(|p| p.last > p.first)
        .map_or(0, |p| p.last + 1)
        .max(r.first.saturating_sub(CONTINUATION_REACH));
    let l = lex();
    let mut k = r.first - 1;
    while k > floor {
        k -= 1;
        let h = &toks[k];
        if !is_head(h) || is_plural_head(h) {
            continue;
        }
        let first = extend_left(text, toks, k);
        if first == 0 || negated(toks, first) {
            continue;
        }
        let det = &toks[first - 1];
        if !lex().is(det.lower, DETERMINER) || gap(text, det, &toks[first]) != " " {
            continue;
        }
        // The title ends at the clause's end; its complement must be one.
        let mut end = k + 1;
        while end < r.first - 1 && gap(text, &toks[end - 1], &toks[end]) == " " {
            end += 1;
        }
        let speech_after = is_speech_verb(toks[k + 1].lower) && gap(text, h, &toks[k + 1]) == " ";
        let bare_end = if speech_after {
            k + 1
        } else if end == k + 1 || complement_ok(text, toks, k, end, true) {
            end
        } else {
            continue;
        };
        let speech_before =
            (first.saturating_sub(4)..first - 1).any(|v| is_speech_verb(toks[v].lower));
        if !(speech_before || speech_after) {
            continue;
        }
        // "the president said": of what? A title alone must say.
        if bare_end == k + 1 && first == k && INSTITUTIONAL_HEADS.contains(h.lower) {
            continue;
        }
        if l.is(h.lower, HONORIFIC) {
            continue;
        }
        return Some(text[toks[first].start..toks[bare_end - 1].end].to_string());
    }
    None
}

/// A relative clause naming an office: "Justin Bassi, who advises Attorney-General
/// George Brandis". Returns the clause as the role.
fn office_clause(text: &str, toks: &[Tok<'_>], r: &NameRun) -> Option<String> {
    let who = toks.get(r.last + 1)?;
    let verb = toks.get(r.last + 2)?;
    if r.last == r.first
        || gap(text, &toks[r.last], who) != ", "
        || !CLAUSE_ENDS.contains(&who.lower)
        || !OFFICE_VERBS.contains(&verb.lower)
    {
        return None;
    }
    let end = (r.last + 7).min(toks.len() - 1);
    let mut k = r.last + 3;
    while k <= end {
        if gap(text, &toks[k - 1], &toks[k]) != " " {
            return None;
        }
        if is_head(&toks[k]) || lex().is(toks[k].lower, PUBLIC_BODY) {
            return Some(text[verb.start..toks[k].end].to_string());
        }
        k += 1;
    }
    None
}

/// Appositive after a name: "Dmitry Peskov, the Kremlin spokesman".
fn title_after(text: &str, toks: &[Tok<'_>], r: &NameRun) -> Option<String> {
    let l = lex();
    let after = toks.get(r.last + 1)?;
    if gap(text, &toks[r.last], after) != ", " || toks[r.last].possessive || r.last == r.first {
        return None;
    }
    if r.first > 0 && lex().is(toks[r.first - 1].lower, PREPOSITION) {
        return None; // "In Washington, White House press secretary ..."
    }
    let start = r.last + 1;
    let mut j = start;
    if lex().is(toks[j].lower, DETERMINER) {
        j += 1;
    }
    let mut steps = 0;
    while j < toks.len() && steps < 5 {
        let t = &toks[j];
        // "the U.S. president": an acronym's dot ends no clause.
        if j > start && gap(text, &toks[j - 1], t) != " " && !is_state_acronym(&toks[j - 1]) {
            return None;
        }
        if l.is(t.lower, NEGATOR) || t.lower.starts_with("ex-") {
            return None;
        }
        if is_head(t) {
            if !bound_head_ok(toks, j) {
                return None;
            }
            // What follows the head: the end of the clause, a complement, or a
            // post-modifier; never another name (then the title belongs to it).
            let mut end = j;
            let next = toks.get(j + 1);
            let next_gap = next.map(|n| gap(text, t, n));
            let continues = next_gap == Some(" ");
            if continues {
                let n = next?;
                if is_head(n) {
                    // One title in two heads: "NATO's secretary general".
                    j += 1;
                    steps += 1;
                    continue;
                }
                let opener = l.is(n.lower, OPENER);
                // A country or a city in the genitive after a Russian head:
                // "Владимир Зеленский, президент Украины,".
                let post = l.is(n.lower, POST) || place_genitive(n);
                if !(opener || post) {
                    return None;
                }
                // (German opens a relative clause only after a comma: without one,
                // "der" and "die" are articles, "Präsident der Türkei".)
                while end + 1 < toks.len()
                    && end - j < 7
                    && gap(text, &toks[end], &toks[end + 1]) == " "
                    && (!CLAUSE_ENDS.contains(&toks[end + 1].lower)
                        || matches!(toks[end + 1].lower, "der" | "die"))
                {
                    end += 1;
                }
            }
            let comp = &toks[j + 1..=end];
            // A head that companies and clubs have too needs a public body after it,
            // or a public word before it: "the defense secretary", "the police chief".
            // So does a nationality before a president: "the French president" is a
            // head of state's title, where "the club president" is not.
            // Any word before the head can say whose it is: "the Federal Reserve
            // chair", "the homeland security secretary".
            // A country's leader leads it ("China's leader", "the Chinese leader"), a
            // party's leads a party in office or opposing it ("the Labour leader").
            let qualified = comp.is_empty()
                && toks[start..j].iter().any(|w| {
                    public_qualifier(w.lower, t.lower)
                        || (matches!(t.lower, "president" | "leader") && w.cap && country(w.lower))
                        || (t.lower == "leader" && w.cap && l.is(w.lower, PARTY))
                        || is_state_acronym(w)
                        || (w.cap && PUBLIC_QUALIFIERS.contains(w.lower))
                });
            // A captain in lower case after a name leads a team ("England's captain"),
            // unless a force says whose ("an Army captain").
            let team_captain = t.lower == "captain"
                && !toks[start..j]
                    .iter()
                    .any(|w| PUBLIC_QUALIFIERS.contains(w.lower));
            if comp.iter().any(|t| NON_PUBLIC.contains(t.lower))
                || team_captain
                || !(institution_ok(t, comp) || qualified)
            {
                return None;
            }
            return Some(text[toks[start].start..toks[end].end].to_string());
        }
        let ok = l.is(t.lower, MODIFIER)
            || t.cap
            || t.possessive
            || PORTFOLIOS.contains(t.lower)
            || PUBLIC_QUALIFIERS.contains(t.lower);
        if !ok {
            return None;
        }
        j += 1;
        steps += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The officials found, as (name, role).
    fn roles(reg: &Registry) -> Vec<(&str, &str)> {
        reg.officials()
            .iter()
            .map(|o| (o.name.as_str(), o.role.as_str()))
            .collect()
    }

    fn scan(texts: &[&str]) -> (Registry, Vec<Vec<String>>) {
        let mut reg = Registry::default();
        let mut all = Vec::new();
        for t in texts {
            let mut out = Vec::new();
            reg.scan(t, &mut out, &mut Vec::new());
            all.push(out.iter().map(|m| t[m.range.clone()].to_string()).collect());
        }
        (reg, all)
    }

    #[test]
    fn tokens_read_the_same_in_ascii_and_beyond() {
        let text = "Sen. O'Neill's well-known U.S. policy; Zelensky’s aide-de-camp Лавров's \
                    ГОСДЕП Naïve-Ville’S ok";
        let mut scratch = String::new();
        let toks = tokenize(text, &mut scratch, &mut Vec::new(), Vec::new());
        let got: Vec<(&str, &str, bool, bool, bool, bool, bool)> = toks
            .iter()
            .map(|t| {
                let tail = &text[t.end..t.full_end];
                assert_eq!(t.possessive, !tail.is_empty(), "{}", t.text);
                (
                    t.text,
                    t.lower,
                    t.cap,
                    t.all_caps,
                    t.possessive,
                    t.hyphen,
                    t.dot_after,
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("Sen", "sen", true, false, false, false, true),
                ("O'Neill", "o'neill", true, false, true, false, false),
                ("well-known", "well-known", false, false, false, true, false),
                ("U.S", "u.s", true, true, false, false, true),
                ("policy", "policy", false, false, false, false, false),
                ("Zelensky", "zelensky", true, false, true, false, false),
                (
                    "aide-de-camp",
                    "aide-de-camp",
                    false,
                    false,
                    false,
                    true,
                    false
                ),
                ("Лавров", "лавров", true, false, true, false, false),
                ("ГОСДЕП", "госдеп", true, true, false, false, false),
                ("Naïve-Ville", "naïve-ville", true, false, true, true, false),
                ("ok", "ok", false, false, false, false, false),
            ]
        );
    }

    #[test]
    fn titles_before_names() {
        let (reg, marks) = scan(&[
            "Foreign Minister Sergei Lavrov has handed a draft agreement to NATO.",
            "Lavrov handed it to NATO Secretary-General Anders Fogh Rasmussen in December.",
            "Fogh Rasmussen is set to visit. \"The summit,\" Rasmussen said.",
        ]);
        assert_eq!(marks[0], vec!["Sergei Lavrov"]);
        assert_eq!(marks[1], vec!["Lavrov", "Anders Fogh Rasmussen"]);
        assert_eq!(marks[2], vec!["Fogh Rasmussen", "Rasmussen"]);
        let o = &reg.officials()[1];
        assert_eq!(
            (o.name.as_str(), o.role.as_str()),
            ("Anders Fogh Rasmussen", "NATO Secretary-General")
        );
    }

    #[test]
    fn city_councils_members_are_officials() {
        let (reg, marks) =
            scan(&["Councilwoman Jane Roe voted against it, as did Alderman Jo Doe. Roe said no."]);
        assert_eq!(marks[0], vec!["Jane Roe", "Jo Doe", "Roe"]);
        assert_eq!(
            roles(&reg),
            [("Jane Roe", "Councilwoman"), ("Jo Doe", "Alderman")]
        );
    }

    #[test]
    fn appositives() {
        let (reg, marks) = scan(&[
            "Russia's envoy to NATO, Dmitry Rogozin, told the newspaper.",
            "Dmitry Peskov, the Kremlin spokesman, said so.",
            "Sudan’s president, Omar Hassan al-Bashir, and a new round. Mr. Bashir was there.",
            "The White House press secretary, Karine Jean-Pierre, declined to comment.",
        ]);
        assert_eq!(marks[3], vec!["Karine Jean-Pierre"]);
        assert_eq!(marks[0], vec!["Dmitry Rogozin"]);
        assert_eq!(marks[1], vec!["Dmitry Peskov"]);
        assert_eq!(marks[2], vec!["Omar Hassan al-Bashir", "Bashir"]);
        assert_eq!(reg.officials()[0].role, "Russia's envoy to NATO");
        assert_eq!(reg.officials()[1].role, "the Kremlin spokesman");
    }

    /// An appositive's head that companies have too ("chair", "secretary") is a public
    /// office when any word before it says whose: "the Federal Reserve chair", "the
    /// homeland security secretary"; a club's or a company's stays unmarked.
    #[test]
    fn appositives_whose_body_comes_before_the_head() {
        let (reg, marks) = scan(&[
            "Jerome Powell, the Federal Reserve chair, said rates would hold. Powell left.",
            "Kristi Noem, the homeland security secretary, spoke. Jo Doe, the Fed chairman, too.",
            "John Roe, the Real Madrid president, and Jane Roe, the company secretary, came.",
        ]);
        assert_eq!(marks[0], vec!["Jerome Powell", "Powell"]);
        assert_eq!(marks[1], vec!["Kristi Noem", "Jo Doe"]);
        assert_eq!(marks[2], Vec::<String>::new());
        assert_eq!(
            roles(&reg),
            [
                ("Jerome Powell", "the Federal Reserve chair"),
                ("Kristi Noem", "the homeland security secretary"),
                ("Jo Doe", "the Fed chairman"),
            ]
        );
    }

    /// A state's acronym says whose the head after it is, with its dots too ("the U.S.
    /// president"); a title of two heads is one ("NATO's secretary general"). A
    /// company's or a club's stays unmarked.
    #[test]
    fn appositives_with_a_states_acronym_or_two_heads() {
        let (reg, marks) = scan(&[
            "Joe Biden, the US president, and Jo Doe, the U.S. attorney general, spoke.",
            "Mark Rutte, NATO's secretary general, said so.",
            "John Roe, the club secretary general, and Tim Cook, the Apple chief executive.",
        ]);
        assert_eq!(marks[0], vec!["Joe Biden", "Jo Doe"]);
        assert_eq!(marks[1], vec!["Mark Rutte"]);
        assert_eq!(marks[2], Vec::<String>::new());
        assert_eq!(
            roles(&reg),
            [
                ("Joe Biden", "the US president"),
                ("Jo Doe", "the U.S. attorney general"),
                ("Mark Rutte", "NATO's secretary general"),
            ]
        );
    }

    /// An ambassador's or an envoy's complement is a country or a body of states, so
    /// it may run into the name as a minister's does ("Ambassador to Russia Lynne
    /// Tracy"); "the UN" is no French article, and an acronym's dot may stand before
    /// the appositive's comma.
    #[test]
    fn an_envoys_complement_before_the_name() {
        let (reg, marks) = scan(&[
            "U.S. Ambassador to Russia Lynne Tracy and Special Envoy for Syria Geir Pedersen.",
            "The ambassador to the UN, Linda Thomas-Greenfield, spoke to the U.N. press.",
            "So did the ambassador to the U.N., Vassily Nebenzia, and the envoy to un Bob Doe.",
        ]);
        assert_eq!(marks[0], vec!["Lynne Tracy", "Geir Pedersen"]);
        assert_eq!(marks[1], vec!["Linda Thomas-Greenfield"]);
        assert_eq!(marks[2], vec!["Vassily Nebenzia"]);
        assert_eq!(
            roles(&reg),
            [
                ("Lynne Tracy", "U.S. Ambassador to Russia"),
                ("Geir Pedersen", "Special Envoy for Syria"),
                ("Linda Thomas-Greenfield", "ambassador to the UN"),
                ("Vassily Nebenzia", "ambassador to the U.N."),
            ]
        );
    }

    /// A head is an official as a chief is: with a public qualifier before it or a
    /// public body after it, never a coach's, a chef's, a teacher's or a company's.
    #[test]
    fn a_head_is_a_public_bodys_as_a_chief_is() {
        let (reg, marks) = scan(&[
            "FSB head Alexander Bortnikov said. Police head Jo Doe said.",
            "The head of the FBI, Kash Patel, said.",
            "Head coach John Smith said. The head teacher Ann Roe said. Head chef Al Poe said.",
            "Wagner head Ed Moe said. Department head Bo Lee said. He shook his head.",
            "Apple's head of design Jony Ive said.",
        ]);
        for m in &marks[2..] {
            assert!(m.is_empty(), "{m:?}");
        }
        assert_eq!(
            roles(&reg),
            [
                ("Alexander Bortnikov", "FSB head"),
                ("Jo Doe", "Police head"),
                ("Kash Patel", "head of the FBI"),
            ]
        );
    }

    /// The Exchequer (Britain's finance ministry) names an office as the Treasury does:
    /// not a name's first word. Its chancellor is an official, a university's is not.
    #[test]
    fn the_chancellor_of_the_exchequer() {
        let (reg, marks) = scan(&[
            "Chancellor of the Exchequer Jeremy Hunt spoke. Later Hunt said no.",
            "Exchequer Secretary James Murray spoke.",
            "Chancellor of the University of Oxford Chris Patten spoke.",
        ]);
        assert_eq!(marks[0], vec!["Jeremy Hunt", "Hunt"]);
        assert_eq!(marks[2], Vec::<String>::new());
        assert_eq!(
            roles(&reg),
            [
                ("Jeremy Hunt", "Chancellor of the Exchequer"),
                ("James Murray", "Exchequer Secretary"),
            ]
        );
    }

    /// An ambassador after a brand's name is its face ("Nike ambassador", "Gucci
    /// Ambassador"); after a country's, a nationality's or a state's acronym, a
    /// state's envoy. A country says whose a lower-case head is as a capitalised one's.
    /// The same holds with the appositive's comma ("the Nike ambassador, Serena
    /// Williams").
    #[test]
    fn a_brands_ambassador_is_no_envoy() {
        let (reg, marks) = scan(&[
            "Also there: Nike ambassador Serena Williams and Gucci Ambassador Harry Styles.",
            "Also there: Russian Ambassador Anatoly Antonov and US ambassador Lynne Tracy.",
            "Also there: Zimbabwe president Emmerson Mnangagwa and Apple president Jo Roe.",
            "So did the Nike ambassador, Serena Williams, and the Real Madrid president, Al Poe.",
            "So did the Ukrainian president, Volodymyr Zelensky.",
        ]);
        assert_eq!(marks[0], Vec::<String>::new());
        assert_eq!(marks[3], Vec::<String>::new());
        assert_eq!(marks[4], vec!["Volodymyr Zelensky"]);
        assert_eq!(marks[1], vec!["Anatoly Antonov", "Lynne Tracy"]);
        assert_eq!(marks[2], vec!["Emmerson Mnangagwa"]);
        assert_eq!(reg.officials()[2].role, "Zimbabwe president");
    }

    /// A party's acronym between a title in lower case and a name is the title's, not
    /// the name's first word; initials that are a first name stay the name's.
    #[test]
    fn a_partys_acronym_after_a_title() {
        let (reg, marks) = scan(&[
            "Le député RN Jordan Bardella et le député LFI François Ruffin. Ruffin a dit non.",
            "El diputado del PP Juan Pérez dijo que no. Later senator JD Vance spoke.",
        ]);
        assert_eq!(
            marks[0],
            vec!["Jordan Bardella", "François Ruffin", "Ruffin"]
        );
        assert_eq!(marks[1], vec!["Juan Pérez", "JD Vance"]);
        assert_eq!(
            roles(&reg),
            [
                ("Jordan Bardella", "député RN"),
                ("François Ruffin", "député LFI"),
                ("Juan Pérez", "diputado del PP"),
                ("JD Vance", "senator"),
            ]
        );
    }

    /// The dot of a company's abbreviated name ends no sentence: its president is its own.
    #[test]
    fn a_companys_abbreviated_name_owns_the_title() {
        let (_, marks) = scan(&[
            "Warner Bros. President Mike De Luca and Acme Inc. Chairman Jo Doe spoke.",
            "It was sold to Acme Co. Sen. Jane Roe objected.",
        ]);
        assert_eq!(marks[0], Vec::<String>::new());
        assert_eq!(marks[1], vec!["Jane Roe"]);
    }

    /// A treasurer is a minister (Australia's, a state's) when the title is written as
    /// one; a company's, a club's or a campaign's is not.
    #[test]
    fn treasurers() {
        let (reg, marks) = scan(&[
            "Treasurer Joe Hockey and Federal Treasurer Jim Chalmers spoke. Hockey left.",
            "Acme Treasurer Jane Roe, club treasurer Jo Doe and campaign treasurer Al Poe met.",
        ]);
        assert_eq!(marks[0], vec!["Joe Hockey", "Jim Chalmers", "Hockey"]);
        assert_eq!(marks[1], Vec::<String>::new());
        assert_eq!(
            roles(&reg),
            [
                ("Joe Hockey", "Treasurer"),
                ("Jim Chalmers", "Federal Treasurer")
            ]
        );
    }

    /// A country named by its body ("the United States", "la República") makes a
    /// president's office public, with or without the appositive's comma; a company's
    /// president stays unmarked.
    #[test]
    fn a_country_named_as_a_body() {
        let (reg, marks) = scan(&[
            "The president of the United States, Donald Trump, said no.",
            "Later, President of the United Kingdom Jane Roe and the president of Acme, Jo Doe, met.",
            "El presidente de la República, Gustavo Petro, dijo que no.",
            "O presidente da República, Luiz Inácio Lula da Silva, disse que não.",
        ]);
        assert_eq!(marks[0], vec!["Donald Trump"]);
        assert_eq!(marks[1], vec!["Jane Roe"]);
        assert_eq!(marks[2], vec!["Gustavo Petro"]);
        assert_eq!(marks[3], vec!["Luiz Inácio Lula da Silva"]);
        assert_eq!(
            roles(&reg),
            [
                ("Donald Trump", "president of the United States"),
                ("Jane Roe", "President of the United Kingdom"),
                ("Gustavo Petro", "presidente de la República"),
                ("Luiz Inácio Lula da Silva", "presidente da República"),
            ]
        );
    }

    #[test]
    fn not_officials() {
        let (reg, _) = scan(&[
            "the Prime Minister's Office said. Former President Bill Clinton spoke.",
            "Sam Yagan, CEO of OkCupid, and the U.N. General Assembly met.",
            "Microsoft President Brad Smith attended. The company's president, John Doe, did not.",
            "They met near President Street, next to the Governor Hotel.",
            "Managing Director Jane Doe and Creative Director Tom Ford met Rapper Chief Keef.",
            // A cook, whatever "chef" means in French and German.
            "Chef Gordon Ramsay opened a restaurant with le chef Paul Bocuse.",
            "Film director Steven Spielberg and IBM Director Sam Palmisano spoke.",
            "Sports Director Jane Doe, Senior Director Bob Hill and Communications Director Tom Lee left.",
            // A title in the possessive; a name before a place's noun.
            "The President's Day sale starts Friday near Governor Phillip Tower.",
            "Ambassador Theatre Group chief Mark Cornell met Ambassador Center staff.",
            // A firm's or a team's spokesman, a brand's ambassador.
            "Team spokesman John Roe spoke, and the firm hired brand ambassador Jane Doe.",
        ]);
        assert!(reg.officials().is_empty(), "{:?}", reg.officials());
        assert_eq!((PLACES[0], PLACES.len()), ("street", 17));
    }

    #[test]
    fn russian_titles_with_a_place_in_the_genitive() {
        let (reg, marks) = scan(&[
            "Вчера мэр Москвы Сергей Собянин и губернатор Петербурга Александр Беглов встретились.",
            "Президент Владимир Владимирович Путин приехал. Бывший мэр Москвы Юрий Лужков тоже.",
            "Собянина спросили о бюджете.",
            // A sentence of many names is no headline: it ends with a full stop
            // after a lower-case word, in Cyrillic too.
            "Депутат Госдумы Иван Иванов и Сергей Собянин встретились в Кремле.",
            // A region: its adjective and its noun in the genitive.
            "Губернатор Белгородской области Вячеслав Гладков и глава Краснодарского края Вениамин Кондратьев.",
            "Жители Белгородской области Иван Петров и Анна Смирнова уехали.",
        ]);
        assert_eq!(
            roles(&reg),
            [
                ("Сергей Собянин", "мэр Москвы"),
                ("Александр Беглов", "губернатор Петербурга"),
                ("Владимир Владимирович Путин", "Президент"),
                ("Иван Иванов", "Депутат Госдумы"),
                ("Вячеслав Гладков", "Губернатор Белгородской области"),
                ("Вениамин Кондратьев", "глава Краснодарского края"),
            ]
        );
        assert!(marks[5].is_empty(), "{:?}", marks[5]);
        assert_eq!(marks[2], vec!["Собянина"]);
        assert_eq!(marks[3], vec!["Иван Иванов", "Сергей Собянин"]);
    }

    #[test]
    fn a_place_after_a_preposition_is_the_titles() {
        let (reg, _) = scan(&[
            "El ministro de Economía Carlos Cuerpo habló con la vicepresidenta Yolanda Díaz.",
            "Die Bürgermeisterin von Berlin, Franziska Giffey, schwieg.",
            "The chairman of Apple Tim Cook and the president of Harvard Claudine Gay spoke.",
            "El director de Netflix Ted Sarandos habló.",
            "Le ministre de l'Intérieur Gérald Darmanin a parlé.",
            // German capitalises the portfolio's noun as it does the name.
            "Der Bundesminister der Finanzen Christian Lindner sprach.",
        ]);
        assert_eq!(
            roles(&reg),
            [
                ("Carlos Cuerpo", "ministro de Economía"),
                ("Yolanda Díaz", "vicepresidenta"),
                ("Franziska Giffey", "Bürgermeisterin von Berlin"),
                ("Gérald Darmanin", "ministre de l'Intérieur"),
                ("Christian Lindner", "Bundesminister der Finanzen"),
            ]
        );
    }

    /// A chief, a director, an administrator or an officer is a public one only as a
    /// public body's, an agency's or a force's (not a hospital's, a website's or a
    /// company's).
    #[test]
    fn chiefs_and_directors_of_public_bodies() {
        let (reg, _) = scan(&[
            "Police Chief Jane Roe and Fire Chief Harold Scoggins spoke.",
            "FBI Director Christopher Wray and Director of National Intelligence Avril Haines testified.",
            "District Attorney Alvin Bragg met defense attorney Todd Blanche and attorney Jane Doe.",
            "U.S. Attorney Damian Williams and Attorney General Merrick Garland spoke.",
            "EPA Administrator Michael Regan, Mossad chief David Barnea and MI6 chief Richard Moore.",
            "Police Officer Ana Ruiz and Trooper Bo Roe met Chief Operating Officer Al Poe.",
            "The administrator of the hospital, John Doe, Wikipedia administrator Jo Roe and Administrator Jo Poe.",
        ]);
        assert_eq!(
            roles(&reg),
            [
                ("Jane Roe", "Police Chief"),
                ("Harold Scoggins", "Fire Chief"),
                ("Christopher Wray", "FBI Director"),
                ("Avril Haines", "Director of National Intelligence"),
                ("Alvin Bragg", "District Attorney"),
                ("Damian Williams", "U.S. Attorney"),
                ("Merrick Garland", "Attorney General"),
                ("Michael Regan", "EPA Administrator"),
                ("David Barnea", "Mossad chief"),
                ("Richard Moore", "MI6 chief"),
                ("Ana Ruiz", "Police Officer"),
                ("Bo Roe", "Trooper"),
            ]
        );
    }

    #[test]
    fn russian_titles_in_the_cases_a_sentence_puts_them_in() {
        let (reg, _) = scan(&[
            "Путин встретился с премьер-министром Индии Нарендрой Моди.",
            "Письмо направлено губернатору Подмосковья Андрею Воробьёву и послу США Линн Трейси.",
            "После встречи в главе книги ничего не изменилось.",
            "Лавров встретился с госсекретарем США Марко Рубио.",
            "Глава МИД Украины Андрей Сибига заявил.",
            // A deputy head, and an aide whose title is the president's.
            "Об этом заявил замглавы МИД Сергей Рябков.",
            "Об этом заявил помощник президента Юрий Ушаков. Его помощник Иван Петров ушёл.",
            // A director heads a service only with its name; a plant's or a company's
            // does not.
            "Директор ФСБ Александр Бортников и директор СВР Сергей Нарышкин выступили.",
            "Директор завода Иван Петров и генеральный директор «Газпрома» Алексей Миллер тоже.",
            "Зампред Совбеза Дмитрий Медведев написал в Telegram.",
        ]);
        assert_eq!(
            roles(&reg),
            [
                ("Нарендрой Моди", "премьер-министром Индии"),
                ("Андрею Воробьёву", "губернатору Подмосковья"),
                ("Линн Трейси", "послу США"),
                ("Марко Рубио", "госсекретарем США"),
                ("Андрей Сибига", "Глава МИД Украины"),
                ("Сергей Рябков", "замглавы МИД"),
                ("Юрий Ушаков", "помощник президента"),
                ("Александр Бортников", "Директор ФСБ"),
                ("Сергей Нарышкин", "директор СВР"),
                ("Дмитрий Медведев", "Зампред Совбеза"),
            ]
        );
    }

    #[test]
    fn team_captains_and_league_commissioners_are_not_officials() {
        let (reg, _) = scan(&[
            "England captain Harry Kane scored, and Major League Baseball commissioner Rob Manfred watched.",
            "Captain Sarah Jones of the fire department and Senator-elect Tim Sheehy spoke.",
        ]);
        assert_eq!(
            roles(&reg),
            [("Sarah Jones", "Captain"), ("Tim Sheehy", "Senator-elect")]
        );
    }

    #[test]
    fn chiefs_of_staff_and_of_international_bodies() {
        let (reg, _) = scan(&[
            "White House Chief of Staff John Kelly and Staff Sgt. Ann Lee met.",
            "NATO chief Jens Stoltenberg, UN chief Amina Mohammed and the U.N. chief António Guterres spoke.",
            "Staff writer Jane Roe and The Chief of Staff to the CEO, John Doe, did not.",
        ]);
        assert_eq!(
            roles(&reg),
            [
                ("John Kelly", "White House Chief of Staff"),
                ("Ann Lee", "Staff Sgt."),
                ("Jens Stoltenberg", "NATO chief"),
                ("Amina Mohammed", "UN chief"),
                ("António Guterres", "U.N. chief"),
            ]
        );
    }

    #[test]
    fn a_department_named_with_and_is_the_whole_title() {
        let (reg, _) = scan(&[
            "Health and Human Services Secretary Robert F. Kennedy Jr. spoke.",
            "Housing and Urban Development Secretary Scott Turner agreed.",
            "President Donald Trump and Defense Secretary Pete Hegseth met.",
            "Smith and Defense Secretary Pete Hegseth met.",
        ]);
        assert_eq!(
            roles(&reg),
            [
                (
                    "Robert F. Kennedy Jr",
                    "Health and Human Services Secretary"
                ),
                ("Scott Turner", "Housing and Urban Development Secretary"),
                ("Donald Trump", "President"),
                ("Pete Hegseth", "Defense Secretary"),
            ]
        );
    }

    #[test]
    fn a_cabinet_portfolio_makes_a_lower_case_appositive_public() {
        let (reg, _) = scan(&[
            "Jim Mattis, the defense secretary, left. Tom Jones, the police chief, stayed.",
            "John Smith, the club secretary, and Jane Doe, the press secretary, and Mary Roe, the company chief, spoke.",
        ]);
        assert_eq!(
            roles(&reg),
            [
                ("Jim Mattis", "the defense secretary"),
                ("Tom Jones", "the police chief"),
            ]
        );
    }

    #[test]
    fn other_languages_and_abbreviations() {
        let (reg, marks) = scan(&[
            "o presidente eleito Jair Bolsonaro , o técnico",
            "La ministre de la justice, Christiane Taubira, était défavorable",
            "said Sen. Lindsey Graham and President-elect Donald J. Trump’s team. Mr. Trump",
            "министр иностранных дел Сергей Лавров заявил. Лаврова спросили",
            "Вчера глава МИД России Сергей Лавров встретился с коллегой, а глава Минфина Антон Силуанов выступил.",
            "Aside from Russian President Vladi\u{AD}mir Putin, few leaders stand up to him.",
            "Der Vorsitzende der CDU, Friedrich Merz, sprach am Montag.",
            "Le président de la République Emmanuel Macron a parlé.",
        ]);
        assert_eq!(marks[0], vec!["Jair Bolsonaro"]);
        assert_eq!(marks[1], vec!["Christiane Taubira"]);
        assert_eq!(marks[2], vec!["Lindsey Graham", "Donald J. Trump", "Trump"]);
        assert_eq!(marks[3], vec!["Сергей Лавров", "Лаврова"]);
        assert_eq!(marks[4], vec!["Сергей Лавров", "Антон Силуанов"]);
        let role = |n: &str| {
            reg.officials()
                .iter()
                .find(|o| o.name == n)
                .unwrap()
                .role
                .clone()
        };
        assert_eq!(role("Антон Силуанов"), "глава Минфина");
        assert_eq!(marks[5], vec!["Vladi\u{AD}mir Putin"]);
        assert!(reg.officials().iter().any(|o| o.name == "Vladimir Putin"));
        // A party's chair: the party says what the chair is of.
        assert_eq!(marks[6], vec!["Friedrich Merz"]);
        assert_eq!(role("Friedrich Merz"), "Vorsitzende der CDU");
        // The Republic is a body, not the first word of a name.
        assert_eq!(marks[7], vec!["Emmanuel Macron"]);
        assert_eq!(role("Emmanuel Macron"), "président de la République");
    }

    /// A surname with its particles after an English title is a name ("Mayor de
    /// Blasio"), one official with the full name found later; a place after a title
    /// in Spanish is no name.
    #[test]
    fn a_surname_with_its_particles_after_a_title() {
        let (reg, marks) = scan(&[
            "Mayor de Blasio spoke. Mayor Bill de Blasio said so. De Blasio left.",
            "President von der Leyen said. Ursula von der Leyen added.",
            "El alcalde de Madrid habló. Presidente de Colombia habló. Alcalde de Madrid habló. \
             Ministro de Economía habló.",
        ]);
        assert_eq!(marks[0], vec!["de Blasio", "Bill de Blasio", "De Blasio"]);
        assert_eq!(marks[1], vec!["von der Leyen", "Ursula von der Leyen"]);
        assert_eq!(marks[2], Vec::<String>::new());
        assert_eq!(
            roles(&reg),
            [("Bill de Blasio", "Mayor"), ("von der Leyen", "President")]
        );
    }

    #[test]
    fn italian_titles() {
        let (reg, marks) = scan(&[
            "Il presidente del Consiglio Giorgia Meloni e il ministro degli Esteri Antonio \
             Tajani. Tajani ha detto no.",
            "Il presidente Sergio Mattarella ha firmato. Giuseppe Sala, sindaco di Milano, pure.",
            // A former office, a club's president.
            "L'ex premier Matteo Renzi e il presidente della Juventus Andrea Agnelli. Il \
             direttore generale Mario Rossi e il segretario Marco Bianchi.",
        ]);
        assert_eq!(marks[0], vec!["Giorgia Meloni", "Antonio Tajani", "Tajani"]);
        assert_eq!(marks[1], vec!["Sergio Mattarella", "Giuseppe Sala"]);
        assert_eq!(marks[2], Vec::<String>::new());
        assert_eq!(
            roles(&reg),
            [
                ("Giorgia Meloni", "presidente del Consiglio"),
                ("Antonio Tajani", "ministro degli Esteri"),
                ("Sergio Mattarella", "presidente"),
                ("Giuseppe Sala", "sindaco di Milano"),
            ]
        );
    }

    /// Polish titles, and the place or body a head takes in the genitive: capitalised
    /// and with no preposition, it is the title's, not the name's first word.
    #[test]
    fn polish_titles() {
        let (reg, marks) = scan(&[
            "Prezydent Andrzej Duda i minister spraw zagranicznych Radosław Sikorski. Duda dodał.",
            "Prezydent Warszawy Rafał Trzaskowski i poseł Konfederacji Krzysztof Bosak.",
            // A former office; a club's spokesman, a referee.
            "Były premier Mateusz Morawiecki, rzecznik Legii Anna Nowak i sędzia Jan Kowal.",
        ]);
        assert_eq!(marks[0], vec!["Andrzej Duda", "Radosław Sikorski", "Duda"]);
        assert_eq!(marks[1], vec!["Rafał Trzaskowski", "Krzysztof Bosak"]);
        assert_eq!(marks[2], Vec::<String>::new());
        assert_eq!(
            roles(&reg),
            [
                ("Andrzej Duda", "Prezydent"),
                ("Radosław Sikorski", "minister spraw zagranicznych"),
                ("Rafał Trzaskowski", "Prezydent Warszawy"),
                ("Krzysztof Bosak", "poseł Konfederacji"),
            ]
        );
    }

    #[test]
    fn lower_case_titles_after_an_article() {
        let (reg, marks) = scan(&[
            "Le président Emmanuel Macron a reçu la Première ministre Élisabeth Borne.",
            "El presidente del Gobierno, Pedro Sánchez, y o presidente Luiz Inácio Lula da Silva hablaron.",
            "Critics of president David Weisbrot spoke.",
        ]);
        assert_eq!(marks[0], vec!["Emmanuel Macron", "Élisabeth Borne"]);
        assert_eq!(marks[1], vec!["Pedro Sánchez", "Luiz Inácio Lula da Silva"]);
        assert!(marks[2].is_empty(), "{:?}", marks[2]);
        assert_eq!(reg.officials()[2].role, "presidente del Gobierno");
    }

    /// French, Spanish and Portuguese put the nationality after the title: it is
    /// part of the role, not the end of it. A verb there is not ("le président reçoit").
    /// A nationality opening a sentence is still the title's ("Chinese leader"); another
    /// capitalised first word is the sentence's ("Yesterday president …").
    #[test]
    fn a_nationality_opening_the_sentence() {
        let (reg, marks) = scan(&[
            "Chinese leader Xi Jinping met the press. Zimbabwean opposition leader Morgan Tsvangirai did not.",
            "Yesterday president Joe Doe spoke.",
        ]);
        assert_eq!(marks[0], vec!["Xi Jinping", "Morgan Tsvangirai"]);
        assert!(marks[1].is_empty(), "{:?}", marks[1]);
        assert_eq!(
            roles(&reg),
            [
                ("Xi Jinping", "Chinese leader"),
                ("Morgan Tsvangirai", "Zimbabwean opposition leader"),
            ]
        );
    }

    #[test]
    fn a_nationality_after_the_title() {
        let (reg, marks) = scan(&[
            "Le président américain Joe Biden a appelé la chancelière allemande Angela Merkel.",
            "Le ministre russe des Affaires étrangères, Sergueï Lavrov, a démenti.",
            "El presidente ruso, Vladímir Putin, habló con el canciller alemán Olaf Scholz.",
            "O primeiro-ministro britânico Keir Starmer recebeu o presidente francês Emmanuel Macron.",
            "Le président reçoit Angela Dupont à l'Élysée.",
            // The Americas' and the francophone world's own presidents.
            "La presidenta mexicana, Claudia Sheinbaum, y el presidente colombiano Gustavo Petro.",
            "O presidente brasileiro Luiz Inácio Lula da Silva e o Premier ministre canadien Mark Carney.",
        ]);
        assert_eq!(marks[5], vec!["Claudia Sheinbaum", "Gustavo Petro"]);
        assert_eq!(marks[6], vec!["Luiz Inácio Lula da Silva", "Mark Carney"]);
        assert_eq!(marks[0], vec!["Joe Biden", "Angela Merkel"]);
        assert_eq!(marks[1], vec!["Sergueï Lavrov"]);
        assert_eq!(marks[2], vec!["Vladímir Putin", "Olaf Scholz"]);
        assert_eq!(marks[3], vec!["Keir Starmer", "Emmanuel Macron"]);
        assert!(marks[4].is_empty(), "{:?}", marks[4]);
        assert_eq!(
            &roles(&reg)[..3],
            [
                ("Joe Biden", "président américain"),
                ("Angela Merkel", "chancelière allemande"),
                ("Sergueï Lavrov", "ministre russe des Affaires étrangères"),
            ]
        );
    }

    /// A lower-case head after names alone is an organisation's; a nationality, a
    /// public body, an agency or a possessive makes it public.
    #[test]
    fn an_organisations_president_is_not_an_official() {
        let (reg, marks) = scan(&[
            "Later, Real Madrid president Florentino Pérez said the club would appeal.",
            "The board met, and Apple chair Tim Cook spoke; Harvard president Claudine Gay did not.",
            "Later, Ukrainian president Volodymyr Zelensky and Federal Reserve chair Jerome Powell spoke.",
            "The director of the FBI, Kash Patel, and EU foreign policy chief Kaja Kallas agreed.",
            "Later, BMW chairman Oliver Zipse and HSBC chairman Mark Tucker spoke.",
            "Later, Ferrari president John Elkann and Bosch chairman Stefan Hartung spoke.",
            "Later, US president Joe Biden and ANC president Cyril Ramaphosa spoke.",
            "The president of the ECB, Christine Lagarde, and the chairman of Acme, Jo Doe, met.",
        ]);
        assert!(marks[0].is_empty(), "{:?}", marks[0]);
        assert!(marks[1].is_empty(), "{:?}", marks[1]);
        assert_eq!(marks[2], vec!["Volodymyr Zelensky", "Jerome Powell"]);
        assert_eq!(marks[3], vec!["Kash Patel", "Kaja Kallas"]);
        // A company's acronym is a company's name; a state's or a party's is public.
        assert!(marks[4].is_empty(), "{:?}", marks[4]);
        assert!(marks[5].is_empty(), "{:?}", marks[5]);
        assert_eq!(marks[6], vec!["Joe Biden", "Cyril Ramaphosa"]);
        assert_eq!(marks[7], vec!["Christine Lagarde"]);
        assert_eq!(
            roles(&reg),
            [
                ("Volodymyr Zelensky", "Ukrainian president"),
                ("Jerome Powell", "Federal Reserve chair"),
                ("Kash Patel", "director of the FBI"),
                ("Kaja Kallas", "EU foreign policy chief"),
                ("Joe Biden", "US president"),
                ("Cyril Ramaphosa", "ANC president"),
                ("Christine Lagarde", "president of the ECB"),
            ]
        );
    }

    #[test]
    fn a_nationality_makes_an_appositive_president_a_head_of_state() {
        let (reg, marks) = scan(&[
            "Emmanuel Macron, the French president, met the press.",
            "Jo Doe, the club president, and Al Roe, the company president, met the press.",
            "Jo Doe, the French chairman, and Al Roe, the Paris president, met the press.",
        ]);
        assert_eq!(marks[0], vec!["Emmanuel Macron"]);
        assert!(marks[1].is_empty(), "{:?}", marks[1]);
        // Only a president (a head of state): a chairman may be a company's.
        assert!(marks[2].is_empty(), "{:?}", marks[2]);
        assert_eq!(roles(&reg), [("Emmanuel Macron", "the French president")]);
    }

    /// A country's or a party's leader after a name holds office or leads an opposition;
    /// a team's captain holds none, an army's does.
    #[test]
    fn an_appositive_leader_of_a_country_or_a_party_and_a_captain_of_a_team() {
        let (reg, marks) = scan(&[
            "Xi Jinping, China's leader, met Kim Jong Un, the North Korean leader.",
            "Keir Starmer, the Labour leader, met Jo Doe, the union leader.",
            "Harry Kane, England's captain, met Al Roe, the club's leader.",
            "Jane Roe, an Army captain, testified.",
        ]);
        assert!(marks[2].is_empty(), "{:?}", marks[2]);
        assert_eq!(
            roles(&reg),
            [
                ("Xi Jinping", "China's leader"),
                ("Kim Jong Un", "the North Korean leader"),
                ("Keir Starmer", "the Labour leader"),
                ("Jane Roe", "an Army captain"),
            ]
        );
    }

    /// A head that companies have too ("президент", "глава", "директор") is a public
    /// office before a place or a public body in the genitive, and a company's before
    /// anything else: its name is then nobody's official.
    #[test]
    fn a_russian_company_head_is_no_office() {
        let (reg, marks) = scan(&[
            "Глава Роснефти Игорь Сечин и президент Сбербанка Герман Греф приехали.",
            "Президент Ирана Масуд Пезешкиан и глава Татарстана Рустам Минниханов приехали.",
            "Глава Минфина Антон Силуанов и председатель Госдумы Вячеслав Володин приехали.",
        ]);
        assert!(marks[0].is_empty(), "{:?}", marks[0]);
        assert_eq!(
            roles(&reg),
            [
                ("Масуд Пезешкиан", "Президент Ирана"),
                ("Рустам Минниханов", "глава Татарстана"),
                ("Антон Силуанов", "Глава Минфина"),
                ("Вячеслав Володин", "председатель Госдумы"),
            ]
        );
    }

    /// A title after "for" or "to" with no article is the name's own: an adviser's or
    /// a spokesman's title is someone else's ("adviser to Prime Minister Keir Starmer"
    /// makes Starmer the Prime Minister); a body named after the opener stays the
    /// title's ("Secretary of State", "Speaker of the House").
    #[test]
    fn a_title_after_for_or_to_is_the_names_own() {
        let (reg, _) = scan(&[
            "An adviser to Prime Minister Keir Starmer said so.",
            "The chief of staff to Gov. Gavin Newsom said so.",
            "Secretary of State Antony Blinken said so.",
            "Speaker of the House Mike Johnson said so.",
        ]);
        assert_eq!(
            roles(&reg),
            [
                ("Keir Starmer", "Prime Minister"),
                ("Gavin Newsom", "Gov."),
                ("Antony Blinken", "Secretary of State"),
                ("Mike Johnson", "Speaker of the House"),
            ]
        );
    }

    /// A spokesperson in an appositive or with a comma before the name speaks for a
    /// company when a capitalised word names the owner and none of its words is
    /// public; a public body, an acronym, an office or a possessive keeps it public.
    #[test]
    fn a_companys_spokesperson_in_an_appositive_is_no_official() {
        let (reg, _) = scan(&[
            "Nick Ammann, an Apple spokesman, said it was fine.",
            "Jane Doe, a spokeswoman for Amazon, said so.",
            "A spokesman for Siemens, John Roe, declined to comment.",
            "Jean Dupont, porte-parole de Renault, a dit non.",
            "Juan Pérez, portavoz de Iberdrola, dijo que no.",
            "Dmitry Peskov, Putin's spokesman, said no.",
            "Sabrina Singh, a Pentagon spokeswoman, said yes.",
            "Jim Poe, a NATO spokesman, said yes.",
            "Karine Jean-Pierre, a spokeswoman for President Biden, said yes.",
            "Pilar Alegría, portavoz del Gobierno, dijo que sí.",
            "Ann Lee, the spokeswoman, said yes.",
        ]);
        assert_eq!(
            reg.officials()
                .iter()
                .map(|o| o.name.as_str())
                .collect::<Vec<_>>(),
            [
                "Dmitry Peskov",
                "Sabrina Singh",
                "Jim Poe",
                "Karine Jean-Pierre",
                // (President Biden is an official in his own right.)
                "Biden",
                "Pilar Alegría",
                "Ann Lee"
            ]
        );
    }

    /// An appositive's country may be written as its own language writes it ("do
    /// Brasil", "der Türkei", "degli Stati Uniti"), and a German head takes its
    /// complement with an article that elsewhere opens a relative clause ("der"); a
    /// club's or a company's president stays unmarked in every language.
    #[test]
    fn appositive_presidents_of_countries_named_in_their_own_languages() {
        let (reg, _) = scan(&[
            "Lula da Silva, presidente do Brasil, disse que não.",
            "Recep Tayyip Erdoğan, Präsident der Türkei, sagte am Montag.",
            "Donald Trump, presidente degli Stati Uniti, ha detto.",
            "Joe Biden, presidente de los Estados Unidos, dijo.",
            "Jean Martin, président de l'Allemagne, a dit.",
            "Rodolfo Landim, presidente do Flamengo, disse.",
            "Hans Meier, Präsident der Deutschen Bank, sagte.",
            "Florentino Pérez, presidente del Real Madrid, dijo.",
        ]);
        assert_eq!(
            roles(&reg),
            [
                ("Lula da Silva", "presidente do Brasil"),
                ("Recep Tayyip Erdoğan", "Präsident der Türkei"),
                ("Donald Trump", "presidente degli Stati Uniti"),
                ("Joe Biden", "presidente de los Estados Unidos"),
                ("Jean Martin", "président de l'Allemagne"),
            ]
        );
    }

    /// A Russian appositive names a country or a city in the genitive after its head;
    /// a masculine genitive may be a company's, and is left alone.
    #[test]
    fn a_russian_appositive_with_a_place_in_the_genitive() {
        let (reg, marks) = scan(&[
            "Владимир Зеленский, президент Украины, и Сергей Собянин, мэр Москвы, встретились.",
            "Иван Иванов, директор Газпрома, и Пётр Петров, президент Сбербанка, встретились.",
        ]);
        assert!(marks[1].is_empty(), "{:?}", marks[1]);
        assert_eq!(
            roles(&reg),
            [
                ("Владимир Зеленский", "президент Украины"),
                ("Сергей Собянин", "мэр Москвы"),
            ]
        );
    }

    /// Ukrainian titles, and later mentions of Russian and Ukrainian surnames in other
    /// cases: a noun's ending, an adjective's, a woman's, a Ukrainian "-о" surname's.
    #[test]
    fn ukrainian_titles_and_declined_surnames() {
        let (reg, marks) = scan(&[
            "Прем'єр-міністр Денис Шмигаль і мер Києва Віталій Кличко зустрілися.",
            "Президент Володимир Зеленський заявив. Пізніше Зеленського запитали.",
            "Міністр Ігор Клименко заявив, а Клименка запитали.",
            "Официальный представитель МИД Мария Захарова заявила. Захаровой ответили.",
            "Президент України, посол Росії та колишній президент Петро Порошенко.",
        ]);
        assert_eq!(marks[1], ["Володимир Зеленський", "Зеленського"]);
        assert_eq!(marks[2], ["Ігор Клименко", "Клименка"]);
        assert_eq!(marks[3], ["Мария Захарова", "Захаровой"]);
        assert!(marks[4].is_empty(), "{:?}", marks[4]);
        assert_eq!(
            roles(&reg),
            [
                ("Денис Шмигаль", "Прем'єр-міністр"),
                ("Віталій Кличко", "мер Києва"),
                ("Володимир Зеленський", "Президент"),
                ("Ігор Клименко", "Міністр"),
                ("Мария Захарова", "Официальный представитель МИД"),
            ]
        );
    }

    /// Czech titles in the nominative, with a portfolio or a body after the head; a
    /// company's chairman or a former premier is no official.
    #[test]
    fn czech_titles() {
        let (reg, marks) = scan(&[
            "Premiér Petr Fiala a ministr zahraničí Jan Lipavský odletěli. Fiala se vrátil.",
            "Mluvčí vlády Václav Smolka to potvrdil.",
            "Předseda představenstva ČEZ Daniel Beneš a bývalý premiér Andrej Babiš mluvili.",
        ]);
        assert_eq!(marks[0], ["Petr Fiala", "Jan Lipavský", "Fiala"]);
        assert!(marks[2].is_empty(), "{:?}", marks[2]);
        assert_eq!(
            roles(&reg),
            [
                ("Petr Fiala", "Premiér"),
                ("Jan Lipavský", "ministr zahraničí"),
                ("Václav Smolka", "Mluvčí vlády"),
            ]
        );
    }

    /// A bare speaker, leader or adviser after a word that no title has is that word's
    /// (an event's, a group's, a firm's); after a listed one it is an office.
    #[test]
    fn a_keynote_speaker_and_a_youth_leader_hold_no_office() {
        let (reg, marks) = scan(&[
            "It was said by keynote speaker Jane Roe and by youth leader Mary Poe.",
            "It was also said by financial adviser John Doe.",
            "It was said by opposition leader Peter Dutton and Assembly speaker Carl Heastie.",
            "It was said by national security adviser Jake Sullivan.",
        ]);
        assert!(marks[0].is_empty() && marks[1].is_empty(), "{marks:?}");
        assert_eq!(
            roles(&reg),
            [
                ("Peter Dutton", "opposition leader"),
                ("Carl Heastie", "Assembly speaker"),
                ("Jake Sullivan", "national security adviser"),
            ]
        );
    }

    /// Czech and Polish surnames in other cases are later mentions in Czech or Polish
    /// text; in English the same endings make other names.
    #[test]
    fn czech_and_polish_surnames_in_other_cases() {
        let (_, marks) = scan(&[
            "Premiér Petr Fiala řekl. Podle Fialy je to dobré, Fialovi to vadí.",
            "Ministr zahraničí Jan Lipavský řekl. Podle Lipavského to stačí.",
            "Premier Donald Tusk powiedział. Według Tuska to dobrze.",
            "Senator Rand Paul spoke. Then Paula left, and Tuska stayed.",
        ]);
        assert_eq!(marks[0], ["Petr Fiala", "Fialy", "Fialovi"]);
        assert_eq!(marks[1], ["Jan Lipavský", "Lipavského"]);
        assert_eq!(marks[2], ["Donald Tusk", "Tuska"]);
        assert_eq!(marks[3], ["Rand Paul"]);
    }

    /// A whip is a chamber's or a party's officer; alone, the word names nobody's office.
    #[test]
    fn a_whip_of_a_chamber_or_a_party() {
        let (reg, marks) = scan(&[
            "Senate Majority Whip Dick Durbin met Chief Whip Alan Campbell.",
            "It was said by the party whip Jane Roe. John Thune, the Republican whip, agreed.",
            "The cook used a whip Mary Poe had bought.",
        ]);
        assert!(marks[2].is_empty(), "{:?}", marks[2]);
        assert_eq!(
            roles(&reg),
            [
                ("Dick Durbin", "Senate Majority Whip"),
                ("Alan Campbell", "Chief Whip"),
                ("Jane Roe", "party whip"),
                ("John Thune", "the Republican whip"),
            ]
        );
    }

    #[test]
    fn compound_titles_and_abbreviated_roles() {
        let (reg, marks) = scan(&[
            "Am Abend sprachen Oberbürgermeisterin Katrin Albers und der Landtagsabgeordnete Michael Brandt über den Haushalt.",
            "Gov. Laura Whitfield said so, and State Sen. Marcus Hale agreed.",
            "Генеральный секретарь ООН Антониу Гутерреш поблагодарил стороны.",
            "WHO Director-General Tedros Adhanom Ghebreyesus and WTO Director-General Ngozi Okonjo-Iweala met.",
        ]);
        assert_eq!(marks[0], vec!["Katrin Albers", "Michael Brandt"]);
        assert_eq!(marks[1], vec!["Laura Whitfield", "Marcus Hale"]);
        assert_eq!(marks[2], vec!["Антониу Гутерреш"]);
        assert_eq!(
            marks[3],
            vec!["Tedros Adhanom Ghebreyesus", "Ngozi Okonjo-Iweala"]
        );
        let role = |n: &str| {
            reg.officials()
                .iter()
                .find(|o| o.name == n)
                .map(|o| o.role.clone())
        };
        assert_eq!(
            role("Katrin Albers").as_deref(),
            Some("Oberbürgermeisterin")
        );
        assert_eq!(role("Laura Whitfield").as_deref(), Some("Gov."));
        assert_eq!(role("Marcus Hale").as_deref(), Some("State Sen."));
        assert_eq!(
            role("Антониу Гутерреш").as_deref(),
            Some("Генеральный секретарь ООН")
        );
    }

    #[test]
    fn continued_quotes() {
        let (reg, marks) = scan(&[
            "Un Français a été tué, a déclaré jeudi le ministre des Affaires étrangères. \
             Les autorités sont sans nouvelles. «Pour certains on est inquiet», a ajouté Laurent Fabius.",
            "Two were hurt, said the foreign minister. \"We are worried,\" added Jane Doe.",
        ]);
        assert_eq!(marks[0], vec!["Laurent Fabius"]);
        assert_eq!(marks[1], vec!["Jane Doe"]);
        let roles: Vec<&str> = reg.officials().iter().map(|o| o.role.as_str()).collect();
        assert_eq!(
            roles,
            ["ministre des Affaires étrangères", "foreign minister"]
        );
        // Someone else named in between, a title with nothing to say, or a new
        // speaker introduced: no title is handed on.
        let (reg, _) = scan(&[
            "said the foreign minister. John Roe agreed. \"Yes,\" added Jane Doe.",
            "The foreign minister was absent. \"Yes,\" added Jane Doe.",
            "said the foreign minister. \"Yes,\" added Jane Doe, an analyst at the bank.",
            "said the president. \"Yes,\" added Jane Doe.",
        ]);
        assert!(reg.officials().is_empty(), "{:?}", reg.officials());
    }

    #[test]
    fn coordinated_plural_titles() {
        let (_, marks) = scan(&[
            "The G40 figures are cabinet ministers Jonathan Moyo and Saviour Kasukuwere, who fled.",
        ]);
        assert_eq!(marks[0], vec!["Jonathan Moyo", "Saviour Kasukuwere"]);
    }

    #[test]
    fn party_offices_in_one_compound() {
        let (reg, marks) = scan(&[
            "CDU-Chef Friedrich Merz sagte, Grünen-Chefin Ricarda Lang widersprach.",
            "Der FDP-Vorsitzende Christian Lindner und Linken-Chef Jan van Aken stritten.",
            "Parteichefin Saskia Esken und Regierungschef Viktor Orbán trafen sich.",
        ]);
        assert_eq!(marks[0], vec!["Friedrich Merz", "Ricarda Lang"]);
        assert_eq!(marks[1], vec!["Christian Lindner", "Jan van Aken"]);
        assert_eq!(marks[2], vec!["Saskia Esken", "Viktor Orbán"]);
        let found = roles(&reg);
        assert!(
            found.contains(&("Ricarda Lang", "Grünen-Chefin")),
            "{found:?}"
        );
        assert!(
            found.contains(&("Jan van Aken", "Linken-Chef")),
            "{found:?}"
        );
        // A company's chief, written the same way, is no official.
        let (reg, marks) = scan(&["VW-Chef Oliver Blume und Konzernchef Ola Källenius sprachen."]);
        assert!(reg.officials().is_empty(), "{:?}", reg.officials());
        assert!(marks[0].is_empty());
    }

    #[test]
    fn initials_without_dots() {
        let (reg, marks) = scan(&[
            "Vice President JD Vance and Illinois Gov. JB Pritzker spoke. Vance left.",
            "Labour MP Jess Phillips and the TV Rain channel.",
        ]);
        assert_eq!(marks[0], vec!["JD Vance", "JB Pritzker", "Vance"]);
        assert_eq!(marks[1], vec!["Jess Phillips"]);
        assert_eq!(
            roles(&reg),
            [
                ("JD Vance", "Vice President"),
                ("JB Pritzker", "Illinois Gov."),
                ("Jess Phillips", "Labour MP"),
            ]
        );
    }

    #[test]
    fn months_people_are_named_after() {
        let (reg, marks) = scan(&[
            "Prime Minister Theresa May spoke on Monday.",
            "Czech Foreign Minister Jan Lipavský said on Jan 5 that May 9 and the June summit mattered.",
            "In May, May herself said little.",
            "Mrs May and Mr. May met in May.",
        ]);
        assert_eq!(marks[3], vec!["May", "May"]);
        assert_eq!(marks[0], vec!["Theresa May"]);
        assert_eq!(marks[1], vec!["Jan Lipavský"]);
        // A month alone, or before a number, stays a month.
        assert!(marks[2].is_empty(), "{:?}", marks[2]);
        assert_eq!(
            roles(&reg),
            [
                ("Theresa May", "Prime Minister"),
                ("Jan Lipavský", "Czech Foreign Minister")
            ]
        );
    }

    /// A sentence's first word is not the title's, a body's name is.
    #[test]
    fn a_title_starts_at_its_first_title_word() {
        let (reg, _) = scan(&[
            "But US President Joe Biden spoke, and AS Opposition Leader Bill Shorten agreed.",
            "Meanwhile White House Press Secretary Karine Jean-Pierre and New York Gov. Kathy Hochul spoke.",
        ]);
        assert_eq!(
            roles(&reg),
            [
                ("Joe Biden", "US President"),
                ("Bill Shorten", "Opposition Leader"),
                ("Karine Jean-Pierre", "White House Press Secretary"),
                ("Kathy Hochul", "New York Gov."),
            ]
        );
    }
    /// A place or a body named in several words is the title's whole: "Los Angeles",
    /// "Bank of Japan", "Ministry of Foreign Affairs". A sentence's article is not, nor
    /// is a university named with "of".
    #[test]
    fn a_title_keeps_a_name_with_an_article_or_of() {
        let (reg, marks) = scan(&[
            "Los Angeles Mayor Karen Bass and El Paso Mayor Oscar Leeser met.",
            "Bank of Japan Governor Kazuo Ueda and a Ministry of Foreign Affairs spokesperson, Mao Ning, spoke.",
            "The Foreign Minister Sergei Lavrov met Der Berliner Bürgermeister Kai Wegner.",
            "University of California President Michael Drake spoke.",
        ]);
        assert!(marks[3].is_empty(), "{:?}", marks[3]);
        assert_eq!(
            roles(&reg),
            [
                ("Karen Bass", "Los Angeles Mayor"),
                ("Oscar Leeser", "El Paso Mayor"),
                ("Kazuo Ueda", "Bank of Japan Governor"),
                ("Mao Ning", "Ministry of Foreign Affairs spokesperson"),
                ("Sergei Lavrov", "Foreign Minister"),
                ("Kai Wegner", "Berliner Bürgermeister"),
            ]
        );
    }

    /// A company's spokesperson or chairman is no official, however the page names the
    /// company; a public body's, a country's or an official's spokesperson is.
    #[test]
    fn companies_speak_through_spokespeople_too() {
        let (reg, marks) = scan(&[
            "It failed, said Meta spokesman Andy Stone. Amazon spokeswoman Kelly Cheeseman agreed.",
            "It failed, said Goldman Sachs Chairman David Solomon and JPMorgan Chase Chairman Jamie Dimon.",
            "President Volodymyr Zelensky spoke. Kremlin spokesman Dmitry Peskov replied.",
            "It failed, said Zelensky spokesman Serhiy Nykyforov and spokesman John Roe.",
        ]);
        assert!(marks[0].is_empty(), "{:?}", marks[0]);
        assert!(marks[1].is_empty(), "{:?}", marks[1]);
        assert_eq!(
            roles(&reg),
            [
                ("Volodymyr Zelensky", "President"),
                ("Dmitry Peskov", "Kremlin spokesman"),
                ("Serhiy Nykyforov", "Zelensky spokesman"),
                ("John Roe", "spokesman"),
            ]
        );
    }

    /// Spanish titles take their adjectives after them ("gobernador bonaerense", "juez
    /// federal"); an Argentine mayor is an "intendente".
    #[test]
    fn spanish_titles_with_their_adjectives() {
        let (reg, _) = scan(&[
            "El gobernador bonaerense Axel Kicillof criticó la medida.",
            "El intendente de Rosario, Pablo Javkin, y el juez federal Claudio Bonadio hablaron.",
        ]);
        assert_eq!(
            roles(&reg),
            [
                ("Axel Kicillof", "gobernador bonaerense"),
                ("Pablo Javkin", "intendente de Rosario"),
                ("Claudio Bonadio", "juez federal"),
            ]
        );
    }

    /// A German compound title joined by a hyphen is public when what it joins is:
    /// an acronym, a public body, a country; not a company or a club.
    #[test]
    fn hyphenated_german_titles_need_a_public_owner() {
        let (reg, marks) = scan(&[
            "Apple-Sprecher John Doe und Bayern-Präsident Herbert Hainer sagten nichts.",
            "US-Präsident Joe Biden, Kreml-Sprecher Dmitri Peskow und Regierungssprecher Steffen Hebestreit.",
        ]);
        assert!(marks[0].is_empty(), "{:?}", marks[0]);
        assert_eq!(
            roles(&reg),
            [
                ("Joe Biden", "US-Präsident"),
                ("Dmitri Peskow", "Kreml-Sprecher"),
                ("Steffen Hebestreit", "Regierungssprecher"),
            ]
        );
    }

    /// A knight's "Sir" between the title and the name is neither's; without a title
    /// before it, a knight is no official.
    #[test]
    fn a_knighthood_between_the_title_and_the_name() {
        let (reg, marks) = scan(&[
            "Prime Minister Sir Keir Starmer spoke. Starmer left.",
            "The MP for Bristol West, Dame Jo Roe, agreed.",
            "The actor Sir Ian McKellen and Dame Judi Dench came.",
        ]);
        assert_eq!(marks[0], vec!["Keir Starmer", "Starmer"]);
        assert_eq!(marks[2], Vec::<String>::new());
        assert_eq!(
            roles(&reg),
            [
                ("Keir Starmer", "Prime Minister"),
                ("Jo Roe", "MP for Bristol West")
            ]
        );
    }

    /// A council's or an assembly's member is a legislator, as is a parliament's
    /// deputy; a band's member and a minister's deputy are not.
    #[test]
    fn council_members_are_legislators() {
        let (reg, marks) = scan(&[
            "Council member Ana Ruiz said it. City council member Brad Lander agreed.",
            "Assembly member Zohran Mamdani spoke. A band member, Keith Moon, played.",
            "State Duma deputy Andrei Gurulyov and Rada deputy Oleksiy Goncharenko spoke.",
            "Sergei Lavrov and his deputy Sergei Ryabkov, and the team's deputy Jo Roe.",
        ]);
        assert_eq!(marks[1], vec!["Zohran Mamdani"]);
        assert_eq!(marks[3], Vec::<String>::new());
        assert_eq!(
            roles(&reg),
            [
                ("Ana Ruiz", "Council member"),
                ("Brad Lander", "City council member"),
                ("Zohran Mamdani", "Assembly member"),
                ("Andrei Gurulyov", "State Duma deputy"),
                ("Oleksiy Goncharenko", "Rada deputy"),
            ]
        );
    }

    /// An abbreviated plural title is shared by the names it lists.
    #[test]
    fn abbreviated_plural_titles() {
        let (_, marks) = scan(&[
            "Sens. John McCain and Lindsey Graham and Reps. Nancy Pelosi and Steny Hoyer objected.",
        ]);
        assert_eq!(
            marks[0],
            vec![
                "John McCain",
                "Lindsey Graham",
                "Nancy Pelosi",
                "Steny Hoyer"
            ]
        );
    }

    /// A legislator is one "from" a state; the state's name, however it is written,
    /// is no official's ("New York" is not "York").
    #[test]
    fn a_place_in_a_complement_is_whole() {
        let (reg, marks) = scan(&[
            "The governor of New York, Kathy Hochul, said. The senator from Texas, Ted Cruz, agreed.",
        ]);
        assert_eq!(marks[0], vec!["Kathy Hochul", "Ted Cruz"]);
        assert_eq!(
            roles(&reg),
            [
                ("Kathy Hochul", "governor of New York"),
                ("Ted Cruz", "senator from Texas"),
            ]
        );
    }

    /// A lawyer is no official, however the page names one; a prosecutor is.
    #[test]
    fn an_attorney_is_an_official_only_as_a_prosecutor() {
        let (reg, marks) = scan(&[
            "Jane Doe, an attorney for the family, said. Mary Major, an attorney, said.",
            "An attorney for the family, Lee Merritt, said. Defense attorney Todd Blanche objected.",
            "It is wrong, said an attorney for the family. \"We will appeal,\" added Mark Geragos.",
            "Tom Harris, the district attorney, said. Ann Bell, a city attorney, said.",
            "U.S. Attorney Damian Williams spoke.",
        ]);
        for m in &marks[..3] {
            assert!(m.is_empty(), "{m:?}");
        }
        assert_eq!(
            roles(&reg),
            [
                ("Tom Harris", "the district attorney"),
                ("Ann Bell", "a city attorney"),
                ("Damian Williams", "U.S. Attorney"),
            ]
        );
    }

    /// A counsel is a company's or a client's, but a special or independent counsel,
    /// or a public body's, is a prosecutor or adviser in office.
    #[test]
    fn a_counsel_is_an_official_only_as_a_special_or_a_public_bodys() {
        let (reg, marks) = scan(&[
            "General counsel Jane Doe said. Apple's general counsel Kate Adams said.",
            "The company's legal counsel John Roe said. Defense counsel Mark Geragos objected.",
            "Special counsel Jack Smith filed charges. Independent Counsel Kenneth Starr said.",
            "White House counsel Pat Cipollone said.",
        ]);
        for m in &marks[..2] {
            assert!(m.is_empty(), "{m:?}");
        }
        assert_eq!(
            roles(&reg),
            [
                ("Jack Smith", "Special counsel"),
                ("Kenneth Starr", "Independent Counsel"),
                ("Pat Cipollone", "White House counsel"),
            ]
        );
    }

    /// State and European legislators, and an abbreviated rank before another.
    #[test]
    fn assembly_members_meps_and_abbreviated_ranks() {
        let (reg, _) = scan(&[
            "Assemblywoman Lorena Gonzalez and MEP Nigel Farage spoke.",
            "Lt. Gov. Eleni Kounalakis signed. Lt. Col. Alexander Vindman testified.",
            "Maj. Gen. Patrick Ryder and Brig. Gen. Ann Roe spoke. So did Maj. Jo Doe.",
            "Brigadier Ed Poe and Brigadier General Al Moe spoke.",
        ]);
        assert_eq!(
            roles(&reg),
            [
                ("Lorena Gonzalez", "Assemblywoman"),
                ("Nigel Farage", "MEP"),
                ("Eleni Kounalakis", "Lt. Gov."),
                ("Alexander Vindman", "Lt. Col."),
                ("Patrick Ryder", "Maj. Gen."),
                ("Ann Roe", "Brig. Gen."),
                ("Jo Doe", "Maj."),
                ("Ed Poe", "Brigadier"),
                ("Al Moe", "Brigadier General"),
            ]
        );
    }
    /// A president of a country, or a country's, is a head of state; the country must be
    /// the whole complement: an airline or a federation named after one is not.
    #[test]
    fn a_country_makes_a_president_a_head_of_state() {
        let (reg, marks) = scan(&[
            "The president of France, Emmanuel Macron, met Vladimir Putin, Russia's president.",
            "Claudia Sheinbaum, president of Mexico, and Omar al-Bashir, Sudan's president.",
            "The president of Japan Airlines, Jo Doe, and Al Roe, president of the France Football Federation.",
            "Tim Cook, Apple's president, spoke.",
        ]);
        assert!(marks[2].is_empty(), "{:?}", marks[2]);
        assert!(marks[3].is_empty(), "{:?}", marks[3]);
        assert_eq!(
            roles(&reg),
            [
                ("Emmanuel Macron", "president of France"),
                ("Vladimir Putin", "Russia's president"),
                ("Claudia Sheinbaum", "president of Mexico"),
                ("Omar al-Bashir", "Sudan's president"),
            ]
        );
    }

    #[test]
    fn a_russian_title_before_a_place_in_the_genitive_names_nobody() {
        let (reg, marks) = scan(&[
            "Президент России, президент Ирана и министр Белгородской области приехали.",
            "Президент Путин, министр Голикова и президент Саакашвили встретились.",
            "Президент України, посол Росії та президент Німеччини приїхали.",
        ]);
        assert!(marks[0].is_empty(), "{:?}", marks[0]);
        assert!(marks[2].is_empty(), "{:?}", marks[2]);
        assert_eq!(marks[1], ["Путин", "Голикова", "Саакашвили"]);
        assert_eq!(
            roles(&reg),
            [
                ("Путин", "Президент"),
                ("Голикова", "министр"),
                ("Саакашвили", "президент"),
            ]
        );
    }

    #[test]
    fn later_mentions_of_names_built_otherwise() {
        let (reg, marks) = scan(&[
            "Mayor Bill de Blasio and Commission President Ursula von der Leyen met.",
            "De Blasio spoke; later de Blasio and von der Leyen left. Blasio stayed.",
            "North Korean leader Kim Jong Un met Chinese President Xi Jinping.",
            "Xi and Kim Jong Un talked. Kim then left. He said Xi's plan was fine.",
            "President Lee arrived. Lee Jae-myung spoke, and Lee left.",
        ]);
        assert_eq!(
            marks[1],
            ["De Blasio", "de Blasio", "von der Leyen", "Blasio"]
        );
        assert_eq!(marks[3], ["Xi", "Kim Jong Un", "Kim", "Xi"]);
        assert_eq!(marks[4], ["Lee", "Lee Jae-myung", "Lee"]);
        assert_eq!(
            roles(&reg),
            [
                ("Bill de Blasio", "Mayor"),
                ("Ursula von der Leyen", "Commission President"),
                ("Kim Jong Un", "North Korean leader"),
                ("Xi Jinping", "Chinese President"),
                ("Lee", "President"),
            ]
        );
    }

    /// A German genitive is a later mention ("Merkels Politik"); an English plural is
    /// a family, and a surname with an "s" another person ("Woods" after "Wood").
    #[test]
    fn a_german_genitive_is_a_mention() {
        let (_, marks) = scan(&[
            "Bundeskanzlerin Angela Merkel sprach. Merkels Politik blieb. Putins auch.",
            "Sen. Jo Wood and President Barack Obama spoke. Woods said no to the Obamas Netflix deal.",
            "Then Tiger Woods Golf opened.",
        ]);
        assert_eq!(marks[0], ["Angela Merkel", "Merkels"]);
        assert_eq!(marks[1], ["Jo Wood", "Barack Obama"]);
        assert_eq!(marks[2], Vec::<String>::new());
    }

    #[test]
    fn monarchs_by_name_and_number() {
        let (reg, marks) = scan(&[
            // A monarch's name alone is a stage name as often ("Queen Latifah").
            "Britain's King Charles III met Spain's King Felipe VI and Queen Latifah.",
            "Charles and Felipe spoke. In World War II, John Smith III served.",
            // An acronym ending a sentence is no part of the next one's title.
            "The firm is run by IBM. Sen. Angus King spoke.",
            // A crown prince is one; a prince alone is a royal.
            "Saudi Crown Prince Mohammed bin Salman met Prince Harry.",
        ]);
        assert_eq!(marks[0], ["Charles III", "Felipe VI"]);
        assert_eq!(marks[1], ["Charles", "Felipe"]);
        assert_eq!(marks[3], ["Mohammed bin Salman"]);
        assert_eq!(
            roles(&reg),
            [
                ("Charles III", "Britain's King"),
                ("Felipe VI", "Spain's King"),
                ("Angus King", "Sen."),
                ("Mohammed bin Salman", "Saudi Crown Prince"),
            ]
        );
    }

    #[test]
    fn capitalised_particles_and_the_fullest_mentions_role() {
        let (reg, marks) = scan(&[
            "Belgian Prime Minister Alexander De Croo spoke. De Croo left.",
            "Secretary Hegseth said so.",
            "Secretary of Defense Pete Hegseth agreed, and Hegseth left.",
        ]);
        assert_eq!(marks[0], ["Alexander De Croo", "De Croo"]);
        assert_eq!(marks[2], ["Pete Hegseth", "Hegseth"]);
        assert_eq!(
            roles(&reg),
            [
                ("Alexander De Croo", "Belgian Prime Minister"),
                ("Pete Hegseth", "Secretary of Defense"),
            ]
        );
    }

    #[test]
    fn a_surname_alone_after_a_title_that_takes_one() {
        let (reg, marks) = scan(&[
            "Secretary Clinton said the plan was sound, and Speaker Johnson agreed.",
            "Justice Kavanaugh wrote the opinion. Taoiseach Harris visited Sheriff Villanueva.",
            "Мэр Собянин заявил, что губернатор Беглов ответил.",
            // A body or a rank after the head is no surname.
            "The Secretary General, the Justice Department and General Motors replied.",
            // Nor, in Russian, a place in the genitive.
            "Мэр Москвы, президент России, президент Ирана и губернатор Белгородской области.",
            "Спикер Матвиенко, министр Голикова и президент Саакашвили.",
        ]);
        assert!(marks[4].is_empty(), "{:?}", marks[4]);
        assert_eq!(marks[5], ["Матвиенко", "Голикова", "Саакашвили"]);
        assert_eq!(marks[0], ["Clinton", "Johnson"]);
        assert_eq!(marks[1], ["Kavanaugh", "Harris", "Villanueva"]);
        assert_eq!(marks[2], ["Собянин", "Беглов"]);
        assert!(marks[3].is_empty(), "{:?}", marks[3]);
        assert_eq!(
            roles(&reg),
            [
                ("Clinton", "Secretary"),
                ("Johnson", "Speaker"),
                ("Kavanaugh", "Justice"),
                ("Harris", "Taoiseach"),
                ("Villanueva", "Sheriff"),
                ("Собянин", "Мэр"),
                ("Беглов", "губернатор"),
                ("Матвиенко", "Спикер"),
                ("Голикова", "министр"),
                ("Саакашвили", "президент"),
            ]
        );
    }

    #[test]
    fn a_surname_that_is_a_title_word_ends_the_name() {
        let (reg, marks) = scan(&[
            "Prime Minister John Major said so. Sen. Angus King, an independent, agreed.",
            "Foreign Minister Julie Bishop disagreed.",
            "Gov. Jim Justice, President Joe Biden and President Donald Trump spoke.",
            // Not the name's end: a title follows, with its complement or its head.
            "Joe Biden Chief of Staff Jeff Zients spoke.",
            "Donald Trump Senior Adviser Jo Roe spoke.",
        ]);
        assert_eq!(marks[3], ["Joe Biden", "Jeff Zients"]);
        assert_eq!(marks[4], ["Donald Trump", "Jo Roe"]);
        assert_eq!(
            roles(&reg),
            [
                ("John Major", "Prime Minister"),
                ("Angus King", "Sen."),
                ("Julie Bishop", "Foreign Minister"),
                ("Jim Justice", "Gov."),
                ("Joe Biden", "President"),
                ("Donald Trump", "President"),
                ("Jeff Zients", "Joe Biden Chief of Staff"),
                ("Jo Roe", "Donald Trump Senior Adviser"),
            ]
        );
    }

    #[test]
    fn a_namesake_opening_a_sentence_is_another_person() {
        let (_, marks) = scan(&[
            "President Joe Biden spoke. Hunter Biden, his son, was absent.",
            "Then Biden left. Then Joe Biden came back. Five Biden aides quit.",
            "Министр иностранных дел Сергей Лавров заявил. Позже Лаврова спросили.",
        ]);
        assert_eq!(marks[0], ["Joe Biden"]);
        assert_eq!(marks[1], ["Biden", "Joe Biden", "Biden"]);
        assert_eq!(marks[2], ["Сергей Лавров", "Лаврова"]);
    }

    #[test]
    fn a_capitalised_president_of_a_school_or_a_firm_is_none() {
        let (reg, marks) = scan(&[
            "Harvard President Claudine Gay, Nike Chairman Phil Knight and Rotary President Jo Roe met.",
            "Apple Senior Vice President Craig Federighi met Oxford Chancellor Chris Patten.",
            "NFL Commissioner Roger Goodell met UNICEF Goodwill Ambassador Priyanka Chopra.",
            "Zimbabwe President Robert Mugabe met Sierra Leone President Julius Maada Bio.",
            "FCC Chairman Ajit Pai met Fed Chairman Jerome Powell and Joint Chiefs Chairman Mark Milley.",
            "World Bank President Ajay Banga spoke.",
            "Outgoing President Joe Biden met Ukrainian President Volodymyr Zelensky.",
            "Vice President Kamala Harris met German Chancellor Olaf Scholz.",
        ]);
        for m in &marks[..3] {
            assert!(m.is_empty(), "{m:?}");
        }
        assert_eq!(
            roles(&reg),
            [
                ("Robert Mugabe", "Zimbabwe President"),
                ("Julius Maada Bio", "Sierra Leone President"),
                ("Ajit Pai", "FCC Chairman"),
                ("Jerome Powell", "Fed Chairman"),
                ("Mark Milley", "Joint Chiefs Chairman"),
                ("Ajay Banga", "World Bank President"),
                ("Joe Biden", "Outgoing President"),
                ("Volodymyr Zelensky", "Ukrainian President"),
                ("Kamala Harris", "Vice President"),
                ("Olaf Scholz", "German Chancellor"),
            ]
        );
    }

    #[test]
    fn an_acronym_before_a_capitalised_president_is_public_only_when_a_public_bodys() {
        let (reg, marks) = scan(&[
            "NAACP President Derrick Johnson met IOC President Thomas Bach.",
            "UC Berkeley Chancellor Carol Christ met UCLA Chancellor Gene Block.",
            "It was given by MIT President Sally Kornbluth and AFL-CIO President Liz Shuler.",
            "SEC Chair Gary Gensler met IMF President Kristalina Georgieva.",
            "UN Ambassador Linda Thomas-Greenfield met ECB President Christine Lagarde.",
            "US President Joe Biden met FDIC Chairman Martin Gruenberg.",
        ]);
        for m in &marks[..3] {
            assert!(m.is_empty(), "{m:?}");
        }
        assert_eq!(
            roles(&reg),
            [
                ("Gary Gensler", "SEC Chair"),
                ("Kristalina Georgieva", "IMF President"),
                ("Linda Thomas-Greenfield", "UN Ambassador"),
                ("Christine Lagarde", "ECB President"),
                ("Joe Biden", "US President"),
                ("Martin Gruenberg", "FDIC Chairman"),
            ]
        );
    }

    /// `Words::contains` compares whole lines: each is a bare lower-case word.
    #[test]
    fn word_lists_are_bare_lower_case_words() {
        let lists = [
            COUNTRIES,
            COUNTRIES_ELSEWHERE,
            NATIONALITIES,
            INSTITUTIONS,
            NON_PUBLIC,
            DETERMINERS,
            DEFINITE_ARTICLES,
            SURNAME_HEADS,
            INSTITUTIONAL_HEADS,
            PUBLIC_BODIES,
            PREPOSITIONS,
            PUBLIC_COMPLEMENT_HEADS,
            QUALIFIED_HEADS,
            PUBLIC_QUALIFIERS,
            STATE_ACRONYMS,
            SHARED_RU_HEADS,
            RU_PLACES,
            PORTFOLIOS,
            PUBLIC_ATTORNEYS,
            PATRONYMICS,
        ];
        for w in lists.iter().flat_map(|l| l.0.lines()) {
            assert!(!w.contains(char::is_whitespace), "{w:?}");
            assert_eq!(w, w.to_lowercase(), "{w}");
        }
        assert!(COUNTRIES.contains("france") && !COUNTRIES.contains("fran"));
    }

    /// A French title's body may follow an elided article ("chef de l'État"), be named
    /// in lower case ("porte-parole du gouvernement") or take a lower-case adjective
    /// ("Assemblée nationale"), with no comma before the name; a club or a company
    /// still makes no office ("président du club").
    #[test]
    fn french_titles_of_the_state_and_its_assemblies() {
        let (reg, marks) = scan(&[
            "Le chef de l'État Emmanuel Macron a reçu le président du Sénat Gérard Larcher.",
            "La présidente de l'Assemblée nationale Yaël Braun-Pivet et le porte-parole du gouvernement Olivier Véran.",
            "Le président du Conseil constitutionnel Laurent Fabius a parlé.",
            "Le président du club Jean Dupont et le président de Renault Luc Martin.",
        ]);
        assert!(marks[3].is_empty(), "{:?}", marks[3]);
        assert_eq!(
            roles(&reg),
            [
                ("Emmanuel Macron", "chef de l'État"),
                ("Gérard Larcher", "président du Sénat"),
                ("Yaël Braun-Pivet", "présidente de l'Assemblée nationale"),
                ("Olivier Véran", "porte-parole du gouvernement"),
                ("Laurent Fabius", "président du Conseil constitutionnel"),
            ]
        );
    }

    /// France's justice minister is the "garde des Sceaux"; any other "garde" is a guard,
    /// before a name or after it.
    #[test]
    fn the_keeper_of_the_seals_is_the_only_garde_in_office() {
        let (reg, marks) = scan(&[
            "Le garde des Sceaux Gérald Darmanin a reçu Éric Dupond-Moretti, ancien garde des Sceaux.",
            "Selon Jean Roe, garde des Sceaux, la loi passera.",
            "Le garde du corps Jean Dupont et Luc Martin, garde républicain, étaient là.",
            "La Garde républicaine Paul Durand et le garde forestier Marc Petit.",
        ]);
        assert!(marks[2].is_empty() && marks[3].is_empty(), "{marks:?}");
        assert_eq!(
            roles(&reg),
            [
                ("Gérald Darmanin", "garde des Sceaux"),
                ("Jean Roe", "garde des Sceaux"),
            ]
        );
    }

    /// The adverb or conjunction opening a sentence is not the title's, though a
    /// capitalised title lets capitalised words before it join it ("Texas Senate
    /// President"): "Since President Joe Biden took office" has a president, not a
    /// "Since President".
    #[test]
    fn a_sentences_opening_word_is_not_the_title() {
        let (reg, marks) = scan(&[
            "Since President Joe Biden took office, prices rose.",
            "Even Prime Minister Rishi Sunak agreed, and Only Chancellor Olaf Scholz objected.",
            "Both Senator Jane Roe and Governor John Doe spoke. Later Mayor Ann Poe did.",
            "Texas Senate President Dan Patrick opposed it.",
        ]);
        assert_eq!(marks[0], vec!["Joe Biden"]);
        assert_eq!(
            roles(&reg),
            [
                ("Joe Biden", "President"),
                ("Rishi Sunak", "Prime Minister"),
                ("Olaf Scholz", "Chancellor"),
                ("Jane Roe", "Senator"),
                ("John Doe", "Governor"),
                ("Ann Poe", "Mayor"),
                ("Dan Patrick", "Texas Senate President"),
            ]
        );
    }
}
