//! French appeal phrases and titles of office.

use super::Titles;

pub const APPEALS: &str = "
n3 recevez la newsletter
n3 recevez nos newsletters
n3 inscrivez-vous à la newsletter
n3 inscrivez-vous à notre newsletter
n3 abonnez-vous à la newsletter
n3 abonnez-vous à notre newsletter
n2 lettre d'information
n2 par email
n2 par e-mail
n2 par mail
n~2 votre adresse email
n~2 votre adresse e-mail
n~2 votre email
n~2 adresse e-mail
n3 dans votre boîte mail
n2 dans votre boîte
n1 tous les matins
n!2 je m'inscris
n!1 s'inscrire
n!1 inscrivez-vous
d!3 soutenez-nous
d2 soutenez
d3 nous soutenir
d2 votre soutien
d!3 faire un don
d!3 faites un don
d!3 je fais un don
d!1 je donne
d!1 je soutiens
d!2 je contribue
d2 aidez-nous
d1 un don
n!1 abonnez-vous
n!1 je m'abonne
d3 soutenez notre
d!3 devenez membre
d!1 rejoignez-nous
d~1 mensuel
d~1 ponctuel
";

/// Verbs of reported speech ("said"): news prose quotes people, appeals address the
/// reader.
pub const SPEECH: &str = concat!(
    "
déclaré
affirmé
indiqué
annoncé
expliqué
précisé
demandé
ajouté
souligné
exhorté
appelle
",
    // A news service pointing readers to others' appeals ("How to help").
    "
comment aider
où donner
",
);

/// Labels of the frequency choices of a donation form ("Monthly"), lower case.
pub const FREQUENCIES: &[&str] = &[
    "une fois",
    "ponctuel",
    "ponctuelle",
    "mensuel",
    "mensuelle",
    "annuel",
    "annuelle",
    "par mois",
    "par an",
    "chaque mois",
];

pub const TITLES: Titles = Titles {
    heads: "
président
présidente
ministre
député
députée
sénateur
sénatrice
maire
préfet
préfète
ambassadeur
ambassadrice
porte-parole
juge
procureur
procureure
secrétaire
chef
dirigeant
dirigeante
général
eurodéputé
eurodéputée
conseiller
conseillère
chancelier
chancelière
garde
    ",
    plural_heads: "
ministres
députés
sénateurs
    ",
    head_suffixes: "",
    modifiers: "
premier
première
ancien
vice
secrétaire
haut
haute
chef
ex
    ",
    post_modifiers: "
américain
américaine
russe
allemand
allemande
français
française
britannique
ukrainien
ukrainienne
chinois
israélien
iranien
européen
italien
italienne
espagnol
brésilien
mexicain
argentin
turc
polonais
japonais
indien
canadien
syrien
libanais
algérien
marocain
tunisien
vénézuélien
colombien
sortant
sortante
général
générale
adjoint
adjointe
délégué
déléguée
ump
ps
lr
socialiste
écologiste
centriste
communiste
républicain
républicaine
frontiste
insoumis
insoumise
(gauche)
(droite)
d'état
élu
élue
    ",
    complement_openers: "
de
des
du
d'
à
aux
    ",
    negators: "
ancien
ancienne
ex
ex-
feu
futur
future
candidat
candidate
    ",
    parties: "
l'ump
l'udi
l'écologiste
le socialiste
la socialiste
le centriste
la centriste
le communiste
la communiste
le républicain
la républicaine
l'insoumis
l'insoumise
le frontiste
la frontiste
    ",
    honorifics: "
m.
mme
mlle
    ",
    not_names: "
sceaux
le
la
les
l'
un
une
et
ou
de
des
du
à
en
dans
pour
par
sur
avec
selon
mais
il
elle
puis
ensuite
hier
alors
    ",
};
