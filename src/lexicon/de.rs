//! German appeal phrases and titles of office.

use super::{don, don_act, nl, nl_act, Appeal, Titles};

pub const APPEALS: &[Appeal] = &[
    nl("newsletter abonnieren", 3),
    nl("jetzt abonnieren", 2),
    nl("in ihr postfach", 3),
    nl("ihre e-mail-adresse", 2),
    nl("e-mail-adresse", 2),
    nl("melden sie sich", 1),
    nl("anmelden", 1),
    nl_act("abonnieren", 1),
    don_act("unterstützen sie uns", 3),
    don("jetzt unterstützen", 3),
    don("ihre unterstützung", 2),
    don_act("spenden", 2),
    don("jetzt spenden", 3),
    don("spende", 2),
    don("mitglied werden", 3),
    don("monatlich", 1),
    don("einmalig", 1),
    don("jährlich", 1),
];

pub const TITLES: Titles = Titles {
    heads: &[
        "präsident", "präsidentin", "bundeskanzler", "bundeskanzlerin", "kanzler", "kanzlerin",
        "minister", "ministerin", "ministerpräsident", "ministerpräsidentin", "bürgermeister",
        "bürgermeisterin", "abgeordnete", "abgeordneter", "sprecher", "sprecherin", "botschafter",
        "botschafterin", "generalsekretär", "staatssekretär", "regierungssprecher", "senator",
        "senatorin", "richter", "richterin", "staatsanwalt", "staatsanwältin", "general",
        "vorsitzende", "vorsitzender", "chef",
    ],
    plural_heads: &["minister", "abgeordneten"],
    head_suffixes: &["minister", "ministerin", "kanzler", "kanzlerin", "präsident", "präsidentin", "bürgermeister", "sprecher", "botschafter"],
    modifiers: &["stellvertretende", "stellvertretender", "deutsche", "deutscher", "russische", "russischer", "französische", "amerikanische", "us-"],
    post_modifiers: &[],
    complement_openers: &["der", "des", "für"],
    negators: &["ehemalige", "ehemaliger", "frühere", "früherer", "ex", "ex-", "altkanzler"],
    parties: &["cdu-politiker", "spd-politiker", "grünen-politiker", "fdp-politiker", "cdu", "spd", "fdp", "csu"],
    honorifics: &["herr", "frau", "dr."],
    not_names: &["der", "die", "das", "und", "in", "im", "am", "mit", "von"],
};
