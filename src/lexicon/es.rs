//! Spanish appeal phrases and titles of office.

use super::{Appeal, Titles, don, don_act, don_detail, nl, nl_act, nl_detail};

pub const APPEALS: &[Appeal] = &[
    nl("suscríbete a nuestro boletín", 3),
    nl("suscríbete al boletín", 3),
    nl("boletín", 2),
    nl("en tu correo", 3),
    nl("en tu bandeja de entrada", 3),
    nl_detail("tu correo electrónico", 2),
    nl_detail("correo electrónico", 1),
    nl_act("suscríbete", 1),
    nl_act("suscribirse", 1),
    don_act("apóyanos", 3),
    don("apoya nuestro periodismo", 3),
    don("tu apoyo", 2),
    don_act("dona", 2),
    don_act("haz una donación", 3),
    don_act("quiero donar", 3),
    don_act("donar", 1),
    don("donación", 2),
    don_act("hazte socio", 3),
    don_act("hazte socia", 3),
    don_act("apoya", 2),
    nl("suscríbete a nuestra newsletter", 3),
    nl_act("suscribirme", 1),
    don("tu aportación", 2),
    don_act("dona ahora", 3),
    don("apoya el periodismo", 3),
    don_detail("mensual", 1),
];

/// Verbs of reported speech ("said"): news prose quotes people, appeals address the
/// reader.
pub const SPEECH: &[&str] = &[
    "dijo",
    "afirmó",
    "declaró",
    "anunció",
    "explicó",
    "añadió",
    "pidió",
    "señaló",
    "pide",
    "hizo un llamado",
    // A news service pointing readers to others' appeals ("How to help").
    "cómo ayudar",
    "dónde donar",
];

/// Labels of the frequency choices of a donation form ("Monthly"), lower case.
pub const FREQUENCIES: &[&str] = &[
    "una vez",
    "única vez",
    "puntual",
    "mensual",
    "anual",
    "al mes",
    "al año",
    "por mes",
];

pub const TITLES: Titles = Titles {
    heads: "
        presidente
        vicepresidente
        vicepresidenta
        presidenta
        ministro
        ministra
        canciller
        diputado
        diputada
        senador
        senadora
        alcalde
        alcaldesa
        gobernador
        gobernadora
        embajador
        embajadora
        portavoz
        juez
        jueza
        fiscal
        general
        secretario
        secretaria
    ",
    plural_heads: "
        ministros
        diputados
        senadores
    ",
    head_suffixes: "",
    modifiers: "
        vice
        primer
        primera
    ",
    post_modifiers: "
        electo
        electa
        general
        ruso
        rusa
        alemán
        alemana
        estadounidense
        británico
        británica
        ucraniano
        ucraniana
        chino
        francés
        francesa
        italiano
        israelí
        colombiano
        colombiana
        mexicano
        mexicana
        argentino
        argentina
        venezolano
        venezolana
        chileno
        chilena
        peruano
        peruana
        brasileño
        brasileña
        cubano
        ecuatoriano
        boliviano
        saliente
    ",
    complement_openers: "
        de
        del
    ",
    negators: "
        expresidente
        ex
        ex-
        exministro
    ",
    parties: "",
    honorifics: "
        sr.
        sra.
    ",
    not_names: "
        el
        la
        los
        las
        y
        o
        de
        del
        en
    ",
};
