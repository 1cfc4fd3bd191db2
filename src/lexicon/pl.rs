//! Polish appeal phrases and titles of office.

use super::Titles;

pub const APPEALS: &str = "
n3 zapisz się do newslettera
n3 zapisz się na newsletter
n3 zapisz się do naszego newslettera
n3 na twoją skrzynkę
n3 prosto na twoją skrzynkę
n~1 adres e-mail
n!1 zapisz się
n!1 zapisuję się
d!3 wesprzyj nas
d3 wesprzyj niezależne dziennikarstwo
d!2 wesprzyj
d!2 wspieram
d2 twoje wsparcie
d2 darowizna
d2 darowiznę
d!3 przekaż darowiznę
d!3 wpłać darowiznę
d!2 wpłać
d!2 wpłacam
d3 zostań patronem
d~1 jednorazowo
d~1 miesięcznie
";

/// Verbs of reported speech ("said"): news prose quotes people, appeals address the
/// reader.
pub const SPEECH: &str = concat!(
    "
powiedział
powiedziała
dodał
dodała
stwierdził
stwierdziła
oświadczył
oświadczyła
",
    // A news service pointing readers to others' appeals ("How to help").
    "
jak pomóc
",
);

/// Labels of the frequency choices of a donation form ("Monthly"), lower case.
pub const FREQUENCIES: &[&str] = &["jednorazowo", "miesięcznie", "co miesiąc", "rocznie"];

/// Titles in the nominative, the case a title before a name is in at the start of a
/// sentence; the cases that follow prepositions and verbs are not listed. Not
/// "sędzia" (a referee too) nor "rzecznik" (a club's or a company's spokesman too,
/// whose name the body's follows in the genitive, capitalised).
pub const TITLES: Titles = Titles {
    heads: "
prezydent
prezydentka
premier
premierka
wicepremier
minister
ministra
wiceminister
poseł
posłanka
senator
senatorka
marszałek
wojewoda
burmistrz
ambasador
ambasadorka
prokurator
generał
kanclerz
    ",
    plural_heads: "
ministrowie
posłowie
    ",
    head_suffixes: "",
    modifiers: "",
    // What follows a head in the genitive and still belongs to the title: a
    // ministry's portfolio, a body, a country ("minister spraw zagranicznych",
    // "prezydent Francji").
    post_modifiers: "
elekt
spraw
zagranicznych
wewnętrznych
finansów
obrony
narodowej
sprawiedliwości
zdrowia
rządu
sejmu
senatu
rp
polski
ukrainy
rosji
francji
niemiec
białorusi
litwy
czech
węgier
chin
izraela
    ",
    complement_openers: "",
    negators: "
były
była
ex
ex-
    ",
    parties: "",
    honorifics: "",
    not_names: "
w
we
na
po
z
ze
i
a
jak
dziś
wczoraj
według
jednak
    ",
};
