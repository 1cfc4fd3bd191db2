//! German appeal phrases and titles of office.

use super::{Appeal, Titles, don, don_act, don_detail, nl, nl_act, nl_detail};

pub const APPEALS: &[Appeal] = &[
    nl("newsletter abonnieren", 3),
    nl("jetzt abonnieren", 2),
    nl("in ihr postfach", 3),
    nl_detail("ihre e-mail-adresse", 2),
    nl_detail("e-mail-adresse", 2),
    nl_detail("melden sie sich", 1),
    nl_detail("anmelden", 1),
    nl_act("abonnieren", 1),
    don_act("unterstützen sie uns", 3),
    don_act("jetzt unterstützen", 3),
    don("ihre unterstützung", 2),
    don_act("spenden", 2),
    don_act("jetzt spenden", 3),
    don("spende", 2),
    don_act("mitglied werden", 3),
    don("unterstützen sie", 2),
    don("unabhängigen journalismus", 2),
    don_act("werden sie mitglied", 3),
    don_detail("monatlich", 1),
    don_detail("einmalig", 1),
    don_detail("jährlich", 1),
];

/// Verbs of reported speech ("said"): news prose quotes people, appeals address the
/// reader.
pub const SPEECH: &[&str] = &[
    "sagte",
    "erklärte",
    "betonte",
    "kündigte",
    "fügte",
    "forderte",
    "schrieb",
    "bittet",
    "bat",
    "appellierte",
    "rief",
    // A news service pointing readers to others' appeals ("How to help").
    "wie sie helfen können",
    "so können sie helfen",
];

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
    ",
};
