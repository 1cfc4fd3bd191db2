//! Ukrainian appeal phrases (titles of office are read in the Russian and English
//! tables' languages only).

pub const APPEALS: &str = "
n2 розсилка
n2 розсилку
n2 розсилки
n3 підпишіться на розсилку
n3 підпишіться на нашу розсилку
n3 підписатися на розсилку
n3 на вашу пошту
n3 вам на пошту
n~1 електронна пошта
n3 щотижнева розсилка
n!1 підписатися
n!1 підпишіться
d!3 підтримайте
d!2 підтримати
d3 підтримайте нас
d3 підтримати нас
d2 ваша підтримка
d2 пожертва
d2 пожертву
d!2 пожертвувати
d!3 задонатити
d3 нам потрібна ваша допомога
d2 допоможіть нам
d!3 зробити пожертву
d2 будь-яка сума
d2 ваш внесок
d~1 щомісяця
";

/// Verbs of reported speech ("said"): news prose quotes people, appeals address the
/// reader.
pub const SPEECH: &[&str] = &[
    "заявив",
    "заявила",
    "сказав",
    "сказала",
    "повідомив",
    "повідомила",
    "за словами",
    "додав",
    "додала",
    "зазначив",
    "зазначила",
    "закликав",
    "закликала",
    // A news service pointing readers to others' appeals ("How to help").
    "як допомогти",
];

/// Labels of the frequency choices of a donation form ("Monthly"), lower case.
pub const FREQUENCIES: &[&str] = &["щомісяця", "щороку", "на місяць", "на рік"];
