//! French appeal phrases and titles of office.

use super::{Appeal, Titles, don, don_act, don_detail, nl, nl_act, nl_detail};

pub const APPEALS: &[Appeal] = &[
    nl("recevez la newsletter", 3),
    nl("recevez nos newsletters", 3),
    nl("inscrivez-vous à la newsletter", 3),
    nl("inscrivez-vous à notre newsletter", 3),
    nl("abonnez-vous à la newsletter", 3),
    nl("abonnez-vous à notre newsletter", 3),
    nl("lettre d'information", 2),
    nl("par email", 2),
    nl("par e-mail", 2),
    nl("par mail", 2),
    nl_detail("votre adresse email", 2),
    nl_detail("votre adresse e-mail", 2),
    nl_detail("votre email", 2),
    nl_detail("adresse e-mail", 2),
    nl("dans votre boîte mail", 3),
    nl("dans votre boîte", 2),
    nl("tous les matins", 1),
    nl_act("je m'inscris", 2),
    nl_act("s'inscrire", 1),
    nl_act("inscrivez-vous", 1),
    don_act("soutenez-nous", 3),
    don("soutenez", 2),
    don("nous soutenir", 3),
    don("votre soutien", 2),
    don_act("faire un don", 3),
    don_act("faites un don", 3),
    don_act("je fais un don", 3),
    don_act("je donne", 1),
    don_act("je soutiens", 1),
    don("un don", 1),
    nl_act("abonnez-vous", 1),
    nl_act("je m'abonne", 1),
    don("soutenez notre", 3),
    don_act("devenez membre", 3),
    don_detail("mensuel", 1),
    don_detail("ponctuel", 1),
];

/// Verbs of reported speech ("said"): news prose quotes people, appeals address the
/// reader.
pub const SPEECH: &[&str] = &[
    "déclaré",
    "affirmé",
    "indiqué",
    "annoncé",
    "expliqué",
    "précisé",
    "demandé",
    "ajouté",
    "souligné",
    "exhorté",
    "appelle",
    // A news service pointing readers to others' appeals ("How to help").
    "comment aider",
    "où donner",
];

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
    ",
};
