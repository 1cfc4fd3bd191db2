//! German appeal phrases and titles of office.

use super::Titles;

pub const APPEALS: &str = "
n3 newsletter abonnieren
n2 jetzt abonnieren
n3 in ihr postfach
n~2 ihre e-mail-adresse
n~2 e-mail-adresse
n~1 melden sie sich
n~1 anmelden
n!1 abonnieren
n2 per mail
n2 per e-mail
d!3 unterstützen sie uns
d!3 jetzt unterstützen
d2 ihre unterstützung
d!2 spenden
d!3 jetzt spenden
d2 spende
d!3 mitglied werden
d2 unterstützen sie
d2 unabhängigen journalismus
d!3 werden sie mitglied
d~1 monatlich
d~1 einmalig
d~1 jährlich
";

/// Verbs of reported speech ("said"): news prose quotes people, appeals address the
/// reader.
pub const SPEECH: &str = concat!(
    "
sagte
erklärte
betonte
kündigte
fügte
forderte
schrieb
bittet
bat
appellierte
rief
",
    // A news service pointing readers to others' appeals ("How to help").
    "
wie sie helfen können
so können sie helfen
",
);

/// Labels of the frequency choices of a donation form ("Monthly"), lower case.
pub const FREQUENCIES: &[&str] = &[
    "einmalig",
    "monatlich",
    "jährlich",
    "pro monat",
    "pro jahr",
    "im monat",
];

pub const TITLES: Titles = Titles {
    heads: "
präsident
präsidentin
bundeskanzler
bundeskanzlerin
kanzler
kanzlerin
minister
ministerin
ministerpräsident
ministerpräsidentin
bürgermeister
bürgermeisterin
abgeordnete
abgeordneter
sprecher
sprecherin
botschafter
botschafterin
generalsekretär
staatssekretär
regierungssprecher
senator
senatorin
kämmerer
kämmerin
richter
richterin
staatsanwalt
staatsanwältin
general
vorsitzende
vorsitzender
chef
chefin
generalsekretärin
parteichef
parteichefin
fraktionschef
fraktionschefin
regierungschef
regierungschefin
parteivorsitzende
parteivorsitzender
fraktionsvorsitzende
fraktionsvorsitzender
    ",
    plural_heads: "
abgeordneten
    ",
    // Compounds: "Oberbürgermeisterin", "Landtagsabgeordneter", "Außenministerin".
    head_suffixes: "
minister
ministerin
kanzler
kanzlerin
präsident
präsidentin
bürgermeister
bürgermeisterin
abgeordnete
abgeordneter
sprecher
sprecherin
botschafter
botschafterin
    ",
    modifiers: "
stellvertretende
stellvertretender
deutsche
deutscher
russische
russischer
französische
amerikanische
us-
    ",
    post_modifiers: "",
    complement_openers: "
der
des
für
von
    ",
    negators: "
ehemalige
ehemaliger
frühere
früherer
ex
ex-
altkanzler
    ",
    parties: "
cdu-politiker
spd-politiker
grünen-politiker
fdp-politiker
cdu
spd
fdp
csu
grünen
grüne
linken
afd
bsw
    ",
    honorifics: "
herr
frau
dr.
    ",
    not_names: "
der
die
das
und
in
im
am
mit
von
dann
später
heute
gestern
jetzt
    ",
};
