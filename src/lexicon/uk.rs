//! Ukrainian appeal phrases (titles of office are not listed yet).

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
d!1 допомогти
d!3 задонатити
d3 нам потрібна ваша допомога
d2 допоможіть нам
d!3 зробити пожертву
d3 станьте донором
d3 станьте патроном
d3 станьте нашим патроном
d2 будь-яка сума
d~1 щомісяця
d~1 одноразово
";

/// Verbs of reported speech ("said"): news prose quotes people, appeals address the
/// reader.
pub const SPEECH: &str = concat!(
    "
заявив
заявила
сказав
сказала
повідомив
повідомила
за словами
додав
додала
зазначив
зазначила
закликав
закликала
просить
закликає
попросив
попросила
",
    // A news service pointing readers to others' appeals ("How to help").
    "
як допомогти
",
);

/// Labels of the frequency choices of a donation form ("Monthly"), lower case.
pub const FREQUENCIES: &[&str] = &["одноразово", "щомісяця", "щороку", "на місяць", "на рік"];
