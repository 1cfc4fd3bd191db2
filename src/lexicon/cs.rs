//! Czech titles of office.

use super::Titles;

/// Titles in the nominative, the case a title before a name is in as the subject of a
/// sentence ("premiér Petr Fiala uvedl"); a name after a title in another case is read
/// only in the nominative.
pub const TITLES: Titles = Titles {
    heads: "
prezident
prezidentka
premiér
premiérka
vicepremiér
vicepremiérka
ministr
ministryně
náměstek
náměstkyně
poslanec
poslankyně
senátor
senátorka
europoslanec
europoslankyně
hejtman
hejtmanka
primátor
primátorka
starosta
starostka
velvyslanec
velvyslankyně
mluvčí
soudce
soudkyně
prokurátor
generál
kancléř
kancléřka
předseda
předsedkyně
místopředseda
místopředsedkyně
",
    plural_heads: "
ministři
poslanci
senátoři
",
    head_suffixes: "",
    modifiers: "
první
státní
",
    post_modifiers: "
zahraničí
vnitra
obrany
financí
spravedlnosti
zdravotnictví
průmyslu
zemědělství
dopravy
školství
vlády
sněmovny
senátu
republiky
nato
osn
eu
usa
",
    complement_openers: "
pro
",
    negators: "
bývalý
bývalá
exprezident
expremiér
",
    parties: "",
    // Not "pan": a Chinese family name too ("Pan Gongsheng").
    honorifics: "",
    not_names: "
v
ve
na
že
podle
ale
dnes
včera
pak
také
",
};
