//! Italian appeal phrases and titles of office.

use super::Titles;

pub const APPEALS: &str = "
n3 iscriviti alla newsletter
n3 iscriviti alla nostra newsletter
n3 iscriviti alle newsletter
n3 nella tua casella di posta
n3 nella tua casella email
n3 direttamente nella tua email
n~1 indirizzo email
n!1 iscriviti
n!1 iscrivimi
d!3 sostienici
d3 sostieni il nostro giornalismo
d3 sostieni il giornalismo indipendente
d!2 sostieni
d2 il tuo sostegno
d2 il tuo contributo
d!3 fai una donazione
d!3 dona ora
d!2 dona
d2 donazione
d3 diventa sostenitore
d3 diventa sostenitrice
d3 diventa socio
d~1 una tantum
d~1 mensile
";

/// Verbs of reported speech ("said"): news prose quotes people, appeals address the
/// reader.
pub const SPEECH: &str = concat!(
    "
ha detto
ha dichiarato
ha affermato
ha aggiunto
ha spiegato
ha annunciato
ha chiesto
",
    // A news service pointing readers to others' appeals ("How to help").
    "
come aiutare
dove donare
",
);

/// Labels of the frequency choices of a donation form ("Monthly"), lower case.
pub const FREQUENCIES: &[&str] = &["una tantum", "mensile", "annuale", "ogni mese", "al mese"];

pub const TITLES: Titles = Titles {
    heads: "
presidente
presidentessa
vicepresidente
premier
vicepremier
ministro
ministra
viceministro
sottosegretario
sottosegretaria
sindaco
sindaca
senatore
senatrice
deputato
deputata
governatore
governatrice
ambasciatore
ambasciatrice
portavoce
giudice
procuratore
procuratrice
prefetto
questore
cancelliere
    ",
    plural_heads: "
ministri
senatori
deputati
    ",
    head_suffixes: "",
    modifiers: "
vice
primo
prima
    ",
    post_modifiers: "
eletto
eletta
generale
uscente
italiano
italiana
americano
americana
statunitense
russo
russa
francese
tedesco
tedesca
britannico
britannica
ucraino
ucraina
cinese
israeliano
israeliana
spagnolo
spagnola
    ",
    complement_openers: "
di
del
della
dello
dei
degli
delle
    ",
    negators: "
ex
ex-
    ",
    parties: "",
    honorifics: "
sig.
sig.ra
    ",
    not_names: "
il
lo
gli
e
ma
di
del
della
nel
nella
con
per
secondo
dopo
oggi
ieri
poi
    ",
};
