//! Portuguese appeal phrases and titles of office.

use super::Titles;

pub const APPEALS: &str = "
n3 escolha suas newsletters
n3 assine nossa newsletter
n3 assine a newsletter
n3 receba nossa newsletter
n3 receba a newsletter
n3 no seu e-mail
n3 no seu email
n~2 seu e-mail
n~2 seu email
n1 cadastre-se
n2 gostaria de assinar
n!1 inscrever
d!2 apoie
d3 apoie o nosso jornalismo
d2 seu apoio
d!3 faça uma doação
d!3 quero apoiar
d!1 apoiar
d2 doação
d!2 doe
n2 boletim
n2 boletins
n!1 assinar
n!1 cadastrar
d!2 doar
d!2 contribua
d!2 contribuir
d3 seja um apoiador
d3 seja apoiador
d!1 junte-se
d!3 seja sócio
d!3 seja assinante
d3 apoie o jornalismo
d~1 mensal
";

/// Verbs of reported speech ("said"): news prose quotes people, appeals address the
/// reader.
pub const SPEECH: &str = concat!(
    "
disse
afirmou
declarou
anunciou
explicou
acrescentou
pediu
pede
apelou
",
    // A news service pointing readers to others' appeals ("How to help").
    "
como ajudar
onde doar
",
);

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
depois
hoje
ontem
    ",
};
