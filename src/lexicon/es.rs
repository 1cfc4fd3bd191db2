//! Spanish appeal phrases and titles of office.

use super::Titles;

pub const APPEALS: &str = "
n3 suscríbete a nuestro boletín
n3 suscríbete al boletín
n2 boletín
n3 en tu correo
n3 en tu bandeja de entrada
n~2 tu correo electrónico
n~1 correo electrónico
n!1 suscríbete
n!1 suscribirse
d!3 apóyanos
d3 apoya nuestro periodismo
d2 tu apoyo
d!2 dona
d!3 haz una donación
d!3 quiero donar
d!1 donar
d2 donación
d!3 hazte socio
d!3 hazte suscriptor
d!3 hazte suscriptora
d!2 colabora
d3 colabora con nosotros
d!3 hazte socia
d!1 únete
d!1 súmate
d!3 hazte miembro
d!2 apoya
n3 suscríbete a nuestra newsletter
n!1 suscribirme
d2 tu aportación
d!3 dona ahora
d3 apoya el periodismo
d~1 mensual
";

/// Verbs of reported speech ("said"): news prose quotes people, appeals address the
/// reader.
pub const SPEECH: &str = concat!(
    "
dijo
afirmó
declaró
anunció
explicó
añadió
pidió
señaló
pide
hizo un llamado
",
    // A news service pointing readers to others' appeals ("How to help").
    "
cómo ayudar
dónde donar
",
);

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
intendente
intendenta
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
federal
provincial
nacional
bonaerense
interino
interina
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
luego
después
hoy
ayer
    ",
};
