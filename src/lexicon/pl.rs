//! Polish appeal phrases (titles of office are not listed yet).

pub const APPEALS: &str = "
n3 zapisz się do newslettera
n3 zapisz się na newsletter
n3 zapisz się do naszego newslettera
n3 na twoją skrzynkę
n3 prosto na twoją skrzynkę
n~1 adres e-mail
n!1 zapisz się
n!1 zapisuję się
d!3 wesprzyj nas
d3 wesprzyj niezależne dziennikarstwo
d!2 wesprzyj
d!2 wspieram
d2 twoje wsparcie
d2 darowizna
d2 darowiznę
d!3 przekaż darowiznę
d!3 wpłać darowiznę
d3 zostań patronem
d~1 jednorazowo
d~1 miesięcznie
";

/// Verbs of reported speech ("said"): news prose quotes people, appeals address the
/// reader.
pub const SPEECH: &str = concat!(
    "
powiedział
powiedziała
dodał
dodała
stwierdził
stwierdziła
oświadczył
oświadczyła
",
    // A news service pointing readers to others' appeals ("How to help").
    "
jak pomóc
",
);

/// Labels of the frequency choices of a donation form ("Monthly"), lower case.
pub const FREQUENCIES: &[&str] = &["jednorazowo", "miesięcznie", "co miesiąc", "rocznie"];
