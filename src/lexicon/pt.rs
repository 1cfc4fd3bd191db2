//! Portuguese appeal phrases and titles of office.

use super::{Appeal, Titles, don, don_act, don_detail, nl, nl_act, nl_detail};

pub const APPEALS: &[Appeal] = &[
    nl("escolha suas newsletters", 3),
    nl("assine nossa newsletter", 3),
    nl("assine a newsletter", 3),
    nl("receba nossa newsletter", 3),
    nl("receba a newsletter", 3),
    nl("no seu e-mail", 3),
    nl("no seu email", 3),
    nl_detail("seu e-mail", 2),
    nl_detail("seu email", 2),
    nl("cadastre-se", 1),
    nl("gostaria de assinar", 2),
    nl_act("inscrever", 1),
    don_act("apoie", 2),
    don("apoie o nosso jornalismo", 3),
    don("seu apoio", 2),
    don_act("faça uma doação", 3),
    don_act("quero apoiar", 3),
    don_act("apoiar", 1),
    don("doação", 2),
    don_act("doe", 2),
    nl("boletim", 2),
    nl("boletins", 2),
    nl_act("assinar", 1),
    nl_act("cadastrar", 1),
    don_act("doar", 2),
    don("apoie o jornalismo", 3),
    don_detail("mensal", 1),
];

/// Verbs of reported speech ("said"): news prose quotes people, appeals address the
/// reader.
pub const SPEECH: &[&str] = &[
    "disse",
    "afirmou",
    "declarou",
    "anunciou",
    "explicou",
    "acrescentou",
    "pediu",
    "pede",
    "apelou",
    // A news service pointing readers to others' appeals ("How to help").
    "como ajudar",
    "onde doar",
];

/// Labels of the frequency choices of a donation form ("Monthly"), lower case.
pub const FREQUENCIES: &[&str] = &["única", "uma vez", "mensal", "anual", "por mês", "por ano"];

pub const TITLES: Titles = Titles {
    heads: "
        presidente
        ministro
        ministra
        deputado
        deputada
        senador
        senadora
        governador
        governadora
        prefeito
        prefeita
        embaixador
        embaixadora
        porta-voz
        juiz
        juíza
        procurador
        procuradora
        general
        chanceler
        primeiro-ministro
        primeira-ministra
    ",
    plural_heads: "
        ministros
        deputados
        senadores
    ",
    head_suffixes: "",
    modifiers: "
        vice
        primeiro
        primeira
    ",
    post_modifiers: "
        eleito
        eleita
        geral
        interino
        interina
        americano
        americana
        norte-americano
        russo
        russa
        alemão
        alemã
        britânico
        britânica
        ucraniano
        ucraniana
        francês
        francesa
        chinês
        israelense
        italiano
        espanhol
        brasileiro
        brasileira
        venezuelano
        português
        portuguesa
        angolano
        moçambicano
    ",
    complement_openers: "
        de
        da
        do
        das
        dos
    ",
    negators: "
        ex-presidente
        ex
        ex-
        ex-ministro
        antigo
        antiga
    ",
    parties: "
        petista
        tucano
    ",
    honorifics: "
        sr.
        sra.
    ",
    not_names: "
        o
        a
        os
        as
        e
        ou
        de
        da
        do
        em
        no
        na
        com
        para
        após
    ",
};
