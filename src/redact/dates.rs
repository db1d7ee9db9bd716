//! Dates as said or written: `12/03/1985`, `12.3.1985`, `1985-03-12`, Arabic-Indic
//! `١٢/٣/١٩٨٥`, "12 March 1985", "March 12, 1985", "March twelfth, nineteen eighty-five",
//! "12 מרץ 1985" / "12 במרץ 1985", "12 مارس 1985", "12 Μαρτίου 1985".
//!
//! In: an utterance's text, its folded copy and words. Out: byte ranges of dates. Whether a
//! date is a date of birth is the finder's call (a birth cue), not this module's.

use super::numbers::cardinal;
use super::words::{ascii_digits, bare, digit_value, fold, is_one_of, Token};

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "ابريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
    // the Maghreb's names of the same months ("7 يوليوز 1988", "شتنبر")
    "ماي",
    "يوليوز",
    "غشت",
    "شتنبر",
    "نونبر",
    "دجنبر",
    // and Algeria's and Tunisia's, from French ("ثمنطاش أفريل")
    "جانفي",
    "فيفري",
    "أفريل",
    "افريل",
    "جوان",
    "جويلية",
    "أوت",
    "كانون",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين",
    "ינואר",
    "פברואר",
    "מרץ",
    "מרס",
    "אפריל",
    "מאי",
    "יוני",
    "יולי",
    "אוגוסט",
    "ספטמבר",
    "אוקטובר",
    "נובמבר",
    "דצמבר",
    "ιανουαρίου",
    "φεβρουαρίου",
    "μαρτίου",
    "απριλίου",
    "μαΐου",
    "μαίου",
    "ιουνίου",
    "ιουλίου",
    "αυγούστου",
    "σεπτεμβρίου",
    "οκτωβρίου",
    "νοεμβρίου",
    "δεκεμβρίου",
    "ιανουάριος",
    "φεβρουάριος",
    "μάρτιος",
    "απρίλιος",
    "μάιος",
    "ιούνιος",
    "ιούλιος",
    "αύγουστος",
    "σεπτέμβριος",
    "οκτώβριος",
    "νοέμβριος",
    "δεκέμβριος",
    "ιανουάριο",
    "φεβρουάριο",
    "μάρτιο",
    "απρίλιο",
    "μάιο",
    "ιούνιο",
    "ιούλιο",
    "αύγουστο",
    "σεπτέμβριο",
    "οκτώβριο",
    "νοέμβριο",
    "δεκέμβριο",
    // the months as Greek is spoken ("στις δεκαεννιά του Φλεβάρη", "τον Μάη")
    "γενάρη",
    "φλεβάρη",
    "μάρτη",
    "απρίλη",
    "μάη",
    "ιούνη",
    "ιούλη",
    "σεπτέμβρη",
    "οκτώβρη",
    // "του Οχτώβρη": October as many say it
    "οχτώβρη",
    "οχτώβρης",
    "οχτωβρίου",
    "οχτώβριο",
    "νοέμβρη",
    "δεκέμβρη",
    "γενάρης",
    "φλεβάρης",
    "μάρτης",
    "απρίλης",
    "μάης",
    "ιούνης",
    "ιούλης",
    "σεπτέμβρης",
    "οκτώβρης",
    "νοέμβρης",
    "δεκέμβρης",
    // the Hijri months that are one word (صفر, "zero", is left out)
    "محرم",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
];

const ORDINALS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "thirtieth",
    "πρώτη",
    "أول",
    "الأول",
    // the Maghreb's "فاتح يناير": the first of January
    "فاتح",
    // "בראשון לספטמבר": the first of a month (later days are said as numbers)
    "ראשון",
];

/// Suffixes written after a day's digits: "3rd", Greek "1η", "3ης".
const DAY_SUFFIXES: &[&str] = &["", "st", "nd", "rd", "th", "η", "ης"];

/// Arabic ordinal days ("الخامس عشر من مارس"): the unit, with or without the article.
const ARABIC_ORDINALS: &[(&str, u32)] = &[
    ("اول", 1),
    ("حادي", 1),
    ("ثاني", 2),
    ("ثالث", 3),
    ("رابع", 4),
    ("خامس", 5),
    ("سادس", 6),
    ("سابع", 7),
    ("ثامن", 8),
    ("تاسع", 9),
    ("عاشر", 10),
    ("عشرين", 20),
    ("ثلاثين", 30),
];

/// Letters joined to the front of a day or month ("ب٣ شباط", "בשלושה במרץ", "ה-9").
const DAY_PREFIXES: &[char] = &['ب', 'ل', 'ב', 'ל', 'ה', 'ו'];

/// Words between a day and its month ("the 5th of May", "الخامس من مارس").
const DAY_OF: &[&str] = &["of", "من", "του"];

/// Words between a month and its year ("12 Μαρτίου του 1985", "مارس سنة ١٩٨٥"), folded.
const YEAR_OF: &[&str] = &["του", "عام", "سنه", "العام", "שנת"];

pub(crate) fn is_month(word: &str, folded: &str) -> bool {
    let folded = &*bare(folded);
    let stripped = folded.strip_prefix(['ב', 'ל']).unwrap_or(folded);
    let stripped = stripped.strip_prefix('ו').unwrap_or(stripped);
    static FOLDED: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let months = FOLDED.get_or_init(|| MONTHS.iter().map(|m| fold(m)).collect());
    months.iter().any(|m| {
        (m == folded || m == stripped)
            && (m != "may" && m != "mar" || word.starts_with(char::is_uppercase))
    })
}

/// Whether a folded word is an ordinal said as a word ("first", "twelfth", "πρώτη").
pub(crate) fn is_ordinal_word(folded: &str) -> bool {
    is_one_of(ORDINALS, folded)
}

fn is_day(folded: &str) -> bool {
    let digits: String = folded
        .chars()
        .take_while(|c| digit_value(*c).is_some())
        .collect();
    if !digits.is_empty() {
        let rest = &folded[digits.len()..];
        let d = ascii_digits(&digits)
            .and_then(|d| d.parse::<u32>().ok())
            .unwrap_or(0);
        return (1..=31).contains(&d) && DAY_SUFFIXES.contains(&rest);
    }
    is_ordinal_word(folded)
}

/// A year in digits: 1900–2099, or 1300–1499 (Hijri).
fn is_year(folded: &str) -> bool {
    ascii_digits(folded)
        .is_some_and(|d| d.len() == 4 && ["19", "20", "13", "14"].contains(&&d[..2]))
}

/// The value of a day said as words `words` (folded): a cardinal ("خمسة عشر", "δεκαπέντε",
/// "בשלושה" with its prefix letter) or an Arabic ordinal ("الخامس عشر", "الحادي والعشرين").
fn day_value(words: &[&str]) -> Option<u32> {
    let (first, rest) = words.split_first()?;
    let unprefixed = first
        .strip_prefix(DAY_PREFIXES)
        .filter(|r| r.chars().count() >= 2);
    let cardinal_day = cardinal(words).or_else(|| {
        let mut w = words.to_vec();
        w[0] = unprefixed?;
        cardinal(&w)
    });
    let ordinal = || {
        let unit = first.strip_prefix("ال").unwrap_or(first);
        let (_, u) = ARABIC_ORDINALS.iter().find(|(o, _)| *o == unit)?;
        match rest {
            [] => Some(*u),
            ["عشر"] if *u < 10 => Some(u + 10),
            [tens] if *u < 10 => {
                let tens = tens.strip_prefix('و')?;
                let tens = tens.strip_prefix("ال").unwrap_or(tens);
                ARABIC_ORDINALS
                    .iter()
                    .find(|(o, v)| *o == tens && *v >= 20)
                    .map(|(_, v)| v + u)
            }
            _ => None,
        }
    };
    // "שני ביוני", "בעשירי למרץ": a Hebrew ordinal, "the second", as the first ten days are said
    let hebrew_ordinal = || match rest {
        [] => hebrew_ordinal_day(first, unprefixed),
        _ => None,
    };
    cardinal_day
        .or_else(ordinal)
        .or_else(hebrew_ordinal)
        .filter(|d| (1..=31).contains(d))
}

/// The day a Hebrew ordinal word says (folded, or `unprefixed`, less its prefix letter): "שני"
/// is 2.
fn hebrew_ordinal_day(folded: &str, unprefixed: Option<&str>) -> Option<u32> {
    HEBREW_ORDINALS
        .iter()
        .position(|o| *o == folded || unprefixed == Some(*o))
        .map(|i| i as u32 + 1)
}

/// The Hebrew ordinals of the first ten days, "first" to "tenth".
const HEBREW_ORDINALS: &[&str] = &[
    "ראשון",
    "שני",
    "שלישי",
    "רביעי",
    "חמישי",
    "שישי",
    "שביעי",
    "שמיני",
    "תשיעי",
    "עשירי",
];

/// A two-digit year from word `j` on ("'88", "٩٢", "eighty-eight", "שמונים ושמונה"): the
/// index past it, and the year it most likely is (one not yet come: "oh three" is 2003,
/// "eighty-eight" 1988).
fn short_year(words: &[&str], j: usize) -> Option<(usize, u32)> {
    if let Some(d) = words
        .get(j)
        .and_then(|w| ascii_digits(w))
        .filter(|d| d.len() == 2)
    {
        return Some((j + 1, with_century(d.parse().ok()?)));
    }
    // "July seventeenth, oh five": a zero said as "oh", then the unit (not "oh five hundred
    // hours", a time)
    let time = words
        .get(j + 2)
        .is_some_and(|w| ["hundred", "thousand", "hours"].contains(w));
    if words
        .get(j)
        .is_some_and(|w| ["oh", "o", "zero"].contains(w))
        && !time
    {
        let unit = words
            .get(j + 1)
            .and_then(|w| cardinal(&[w]))
            .filter(|&v| v <= 9);
        if let Some(v) = unit {
            return Some((j + 2, with_century(v)));
        }
    }
    (j + 1..=words.len().min(j + 2)).rev().find_map(|k| {
        let yy = cardinal(&words[j..k]).filter(|v| (10..=99).contains(v))?;
        Some((k, with_century(yy)))
    })
}

/// A year said in two digits as the latest such year not yet to come.
fn with_century(yy: u32) -> u32 {
    if yy <= this_year() % 100 {
        2000 + yy
    } else {
        1900 + yy
    }
}

/// The current year by the system clock.
pub(crate) fn this_year() -> u32 {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    // 365.2425 days a year: off by at most a day at the turn of a year
    1970 + (seconds / 31_556_952) as u32
}

/// A year said in words from word `j` on: "nineteen eighty-five", "nineteen oh five", "two
/// thousand three", "ألف وتسعمية وتسعين", "אלף תשע מאות…", "χίλια εννιακόσια…" (1900–2099);
/// the index past its last word, and the year. Hijri years (1300–1499: "ألف وثلاثمائة وخمسة
/// وسبعين") count too.
fn spoken_year(words: &[&str], j: usize) -> Option<(usize, u32)> {
    let year = |v: &u32| (1900..=2099).contains(v) || (1300..=1499).contains(v);
    let last = words.len().min(j + 7);
    for k in (j + 1..=last).rev() {
        if let Some(v) = cardinal(&words[j..k]).filter(year) {
            return Some((k, v));
        }
        // pairs: "nineteen" + "eighty-five" / "oh five" / "hundred", "تسعتاشر خمسين", "עשרים
        // עשרים ושלוש"
        // (and a Hijri year so: "أربعطعش مية وثمانية", fourteen hundred and eight)
        let century = match cardinal(&words[j..j + 1]) {
            Some(c @ (13 | 14 | 19 | 20)) => Some(c * 100),
            _ => None,
        };
        if let Some(century) = century.filter(|_| k >= j + 2) {
            let rest = &words[j + 1..k];
            let tail = match rest {
                [hundred] if HUNDREDS.contains(hundred) => Some(0),
                [hundred, more @ ..] if HUNDREDS.contains(hundred) => {
                    let more = more.strip_prefix(&["and"]).unwrap_or(more);
                    cardinal(more).filter(|&v| (1..=99).contains(&v))
                }
                ["oh" | "o", unit] => cardinal(&[unit]).filter(|&u| u < 10),
                _ => cardinal(rest).filter(|&v| (10..=99).contains(&v)),
            };
            if let Some(v) = tail.map(|t| century + t).filter(year) {
                return Some((k, v));
            }
        }
        // "two thousand and one"
        if k >= j + 3 && words[j + 1] == "thousand" && words[j + 2] == "and" {
            let said: Vec<&str> = [&words[j..j + 2], &words[j + 3..k]].concat();
            if let Some(v) = cardinal(&said).filter(year) {
                return Some((k, v));
            }
        }
    }
    None
}

/// "Hundred" after a year's first two digits ("nineteen hundred", "أربعطعش مية").
const HUNDREDS: &[&str] = &["hundred", "ميه", "مية", "مئه", "مايه"];

/// Birthday (the day kept each year, not the date of birth).
const BIRTHDAYS: &[&str] = &["birthday", "הולדת", "γενέθλια", "عيد ميلاد", "عيد ميلادي"];

/// A year said digit by digit from word `j` on ("one nine eight two", "واحد تسعة ثمانية
/// اثنين"): only after a birth cue, where a phone number's digits are not expected.
fn digit_year(words: &[&str], j: usize) -> Option<(usize, u32)> {
    let digit = |w: &&str| match *w {
        "oh" | "o" => Some(0),
        w => cardinal(&[w]).filter(|&d| d < 10),
    };
    let four = words.get(j..j + 4)?;
    let year = four
        .iter()
        .map(digit)
        .try_fold(0, |v, d| d.map(|d| v * 10 + d))?;
    (1900..=2099).contains(&year).then_some((j + 4, year))
}

/// A day said before word `i` (its month), as words `k..i`: "12", "3rd", "the fifth of",
/// "twenty-first", "خمسة عشر", "חמישה עשר", "δεκαπέντε". Returns `k`.
fn day_before(words: &[&str], i: usize) -> Option<usize> {
    // "التاسع من شهر يناير": "of the month of"
    let i = if i >= 3 && words[i - 1] == "شهر" && words[i - 2] == "من" {
        i - 2
    } else if i >= 2 && DAY_OF.contains(&words[i - 1]) {
        i - 1
    } else {
        i
    };
    let day_word = |w: &str| is_day(w) || w.strip_prefix(DAY_PREFIXES).is_some_and(is_day);
    if i >= 1 && day_word(words[i - 1]) {
        let twenty = i >= 2
            && matches!(words[i - 2], "twenty" | "thirty")
            && !words[i - 1].starts_with(char::is_numeric);
        return Some(if twenty { i - 2 } else { i - 1 });
    }
    // said in words, and not the end of digits read out ("… four five, May I …")
    let is_day_value = |k: usize| day_value(&words[k..i]).is_some();
    let after_number =
        |k: usize| k > 0 && (cardinal(&words[k - 1..k]).is_some() || is_day(words[k - 1]));
    (i.saturating_sub(3)..i).find(|&k| is_day_value(k) && !after_number(k))
}

/// A day said after a month, from word `j` on: "March 12", "March the fifth", "March
/// twenty-first". Returns the index past it.
fn day_after(words: &[&str], j: usize) -> Option<usize> {
    let j = if words.get(j) == Some(&"the") {
        j + 1
    } else {
        j
    };
    if j + 1 < words.len() && matches!(words[j], "twenty" | "thirty") && is_day(words[j + 1]) {
        return Some(j + 2);
    }
    if j < words.len() && is_day(words[j]) {
        return Some(j + 1);
    }
    let is_day_value = |k: usize| day_value(&words[j..k]).is_some();
    (j + 1..=words.len().min(j + 3))
        .rev()
        .find(|&k| is_day_value(k))
}

/// A year from word `j` on, in digits or said, after an optional "του", "سنة": the index
/// past it, and the year. Two digits count only after a day and month (`short`: "5 June,
/// eighty-eight"), and no number is a year that an amount's word follows ("charged on the
/// 3rd of February, eighty-four dollars sixty").
fn year_from(words: &[&str], j: usize, short: bool) -> Option<(usize, u32)> {
    let at = |j: usize| {
        let (next, year) = if j < words.len() && is_year(words[j]) {
            (j + 1, ascii_digits(words[j])?.parse().ok()?)
        } else {
            spoken_year(words, j).or_else(|| short.then(|| short_year(words, j)).flatten())?
        };
        let amount = words
            .get(next)
            .is_some_and(|w| super::numbers::AMOUNT_WORDS.contains(w));
        (!amount).then_some((next, year))
    };
    at(j).or_else(|| {
        let connector = j < words.len() && YEAR_OF.contains(&words[j]);
        connector.then(|| at(j + 1)).flatten()
    })
}

/// A date found in an utterance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Date {
    /// Bytes `start..end` of the utterance.
    pub start: usize,
    pub end: usize,
    /// Its year, when said.
    pub year: Option<u32>,
    /// A day of the month is said (not only "March 1985").
    pub day: bool,
}

impl Date {
    pub fn range(&self) -> (usize, usize) {
        (self.start, self.end)
    }

    /// A whole date, day to year, at least `years` before this one: in a call to a contact
    /// centre, someone's date of birth (an adult's) far more often than anything else.
    pub fn is_old(&self, years: u32) -> bool {
        self.day
            && self
                .year
                .is_some_and(|y| gregorian_year(y) + years <= this_year())
    }
}

/// The Gregorian year of a year said in either calendar: a Hijri year (1300–1499, 1882–2076
/// AD) by the ratio of the lunar to the solar year ("١٤٤٥/٠٣/٢٠هـ" is 2023, not 1445).
fn gregorian_year(year: u32) -> u32 {
    match year {
        1300..=1499 => (year as f64 * 0.970_229 + 621.564_3) as u32,
        _ => year,
    }
}

/// The Hijri months named in two words ("ربيع الأول", "جمادى الآخرة", "ذو الحجة"): their
/// first words, and the second words any of them may have.
const HIJRI_FIRST: &[&str] = &["ربيع", "جمادى", "جمادي", "ذو", "ذي"];
const HIJRI_SECOND: &[&str] = &[
    "الأول",
    "الاول",
    "الأولى",
    "الاولى",
    "الآخر",
    "الاخر",
    "الآخرة",
    "الاخرة",
    "الثاني",
    "الثانية",
    "القعدة",
    "الحجة",
];

/// The Levant's months named in two words ("تشرين الثاني", "كانون الأول", said "تشرين
/// التاني"): their first words, and the second words.
const LEVANT_FIRST: &[&str] = &["تشرين", "كانون"];
const LEVANT_SECOND: &[&str] = &["الأول", "الاول", "الثاني", "التاني"];

/// Whether words `i` and `i + 1` name a Hijri or a Levantine month in two words.
fn month_in_two_words(words: &[&str], i: usize) -> bool {
    let second = |list: &[&str]| words.get(i + 1).is_some_and(|w| is_one_of(list, w));
    (is_one_of(HIJRI_FIRST, words[i]) && second(HIJRI_SECOND))
        || (is_one_of(LEVANT_FIRST, words[i]) && second(LEVANT_SECOND))
}

/// The calendar said after a year ("١٤١٠ هجري"), folded.
const CALENDARS: &[&str] = &["هجري", "هجريه", "للهجره", "ميلادي", "ميلاديه"];

/// The dates in `text`.
pub(crate) fn dates(text: &str, folded: &str, tokens: &[Token]) -> Vec<Date> {
    let mut out = numeric_dates(text);
    // "١٥/٧/١٤١٠ هجري": the calendar is the date's
    for d in &mut out {
        if let Some(w) = tokens.iter().find(|t| t.start >= d.end) {
            if text[d.end..w.start].trim().is_empty()
                && CALENDARS.contains(&&folded[w.start..w.end])
            {
                d.end = w.end;
            }
        }
    }
    out.extend(hebrew_calendar_dates(text));
    let words: Vec<&str> = tokens.iter().map(|t| &folded[t.start..t.end]).collect();
    for i in 0..tokens.len() {
        // "may" is the month when capitalised, in a line written without any capital, or
        // after a day and "of" ("the fifth of may")
        let caseless_may = words[i] == "may"
            && (super::words::written_without_case(text)
                || (i >= 2 && words[i - 1] == "of" && day_before(&words, i).is_some()));
        let two_words = month_in_two_words(&words, i);
        if !is_month(&text[tokens[i].start..tokens[i].end], words[i]) && !caseless_may && !two_words
        {
            continue;
        }
        // "dix-sept", "soixante-sept": the French seven, not "Sept."
        let french_seven =
            words[i] == "sept" && i > 0 && &text[tokens[i - 1].end..tokens[i].start] == "-";
        if french_seven {
            continue;
        }
        let joined =
            i > 0 && !text[tokens[i - 1].end..tokens[i].start].contains([',', '.', '،', '?', '!']);
        let day = day_before(&words, i).filter(|_| joined);
        let mut next = i + 1 + two_words as usize;
        let mut found = day.is_some();
        if !found {
            if let Some(k) = day_after(&words, next) {
                next = k;
                found = true;
            }
        }
        // "3 Ιουλίου, 06:40": a time of day, not the year '06
        let year = year_from(&words, next, found)
            .filter(|&(k, _)| !text[tokens[k - 1].end..].starts_with(':'));
        if let Some((k, _)) = year {
            next = k;
            // "… ١٣٧٥ هجري": the calendar said after the year
            if words.get(k).is_some_and(|w| CALENDARS.contains(w)) {
                next = k + 1;
            }
        }
        if found || year.is_some() {
            // "the fourth of May": the article is said with the day
            let first = day.unwrap_or(i);
            let first = if day.is_some() && first > 0 && words[first - 1] == "the" {
                first - 1
            } else {
                first
            };
            out.push(Date {
                start: tokens[first].start,
                end: tokens[next - 1].end,
                year: year.map(|(_, y)| y),
                day: found,
            });
        }
    }
    // "the 19th of the 11th, 1986", "the twenty-third of the ninth, nineteen fifty-eight": the
    // month said as its ordinal, then the year
    for j in 0..words.len() {
        let Some((day, of)) = ordinal_value(&words, j) else {
            continue;
        };
        let of_the = words.get(of) == Some(&"of") && words.get(of + 1) == Some(&"the");
        if !(1..=31).contains(&day) || !of_the || of + 2 >= words.len() {
            continue;
        }
        let Some((month, month_end)) = ordinal_value(&words, of + 2) else {
            continue;
        };
        if let Some((k, year)) = year_from(&words, month_end, true).filter(|_| month <= 12) {
            let first = if j > 0 && words[j - 1] == "the" {
                j - 1
            } else {
                j
            };
            out.push(Date {
                start: tokens[first].start,
                end: tokens[k - 1].end,
                year: Some(year),
                day: true,
            });
        }
    }
    // "δύο του οχτώ του πενήντα εννιά": Greek says a date's numbers with "του" between them
    // (2/8/59)
    let of_the = |k: usize| words.get(k) == Some(&"του");
    out.extend(spoken_dates(&words, tokens, |j| {
        // "Πρώτη του πρώτου": the first day is said as its ordinal
        let first = (words[j] == "πρωτη").then_some((1, j + 1));
        numbers_at(&words, j)
            .into_iter()
            .chain(first)
            .find_map(|(day, of)| {
                if !(1..=31).contains(&day) || !of_the(of) {
                    return None;
                }
                // the month as a number, or as its ordinal ("τρεις του πέμπτου του ογδόντα εφτά");
                // after the ordinal the year may follow at once ("τριάντα ένα του πρώτου, ενενήντα
                // εννιά")
                let ordinal = words
                    .get(of + 1)
                    .and_then(|w| GREEK_ORDINAL_MONTHS.iter().position(|o| o == w))
                    .map(|i| (i as u32 + 1, of + 2, true));
                numbers_at(&words, of + 1)
                    .into_iter()
                    .map(|(month, m_end)| (month, m_end, false))
                    .chain(ordinal)
                    .filter(|&(month, _, _)| (1..=12).contains(&month))
                    .find_map(|(_, m_end, ordinal)| match of_the(m_end) {
                        true => year_from(&words, m_end + 1, true),
                        false if ordinal => year_from(&words, m_end, true),
                        false => None,
                    })
            })
    }));
    // "עשרים וארבעה בחמישי, ארבעים ושבע", "שש בשישי תשעים": Hebrew says the month as its
    // ordinal after "ב" or "ל" ("in the fifth"); only with a year after it, as "בחמישי" alone
    // is "on Thursday". The day too may be its ordinal: "נולד שביעי לעשירי, 2015" (the seventh
    // of the tenth)
    out.extend(spoken_dates(&words, tokens, |j| {
        let ordinal_day =
            hebrew_ordinal_day(words[j], words[j].strip_prefix(['ב', 'ה'])).map(|day| (day, j + 1));
        numbers_at(&words, j)
            .into_iter()
            .chain(ordinal_day)
            .find_map(|(day, m)| {
                let month_end =
                    hebrew_ordinal_month(&words, m).filter(|_| (1..=31).contains(&day))?;
                year_from(&words, month_end, true)
            })
    }));
    out
}

/// The dates `date_at(j)` finds from word `j` on (the index past the date, and its year),
/// walking the words once: a date found is not looked for again from a word inside it
/// ("τριάντα ένα …" not again from "ένα", "עשרים וארבעה …" not from "וארבעה").
fn spoken_dates(
    words: &[&str],
    tokens: &[Token],
    date_at: impl Fn(usize) -> Option<(usize, u32)>,
) -> Vec<Date> {
    let mut out = Vec::new();
    let mut j = 0;
    while j < words.len() {
        let Some((k, year)) = date_at(j) else {
            j += 1;
            continue;
        };
        out.push(Date {
            start: tokens[j].start,
            end: tokens[k - 1].end,
            year: Some(year),
            day: true,
        });
        j = k;
    }
    out
}

/// A month said as a Hebrew ordinal with its preposition from word `j` on ("בחמישי", "לעשירי",
/// "באחד עשר"): the index past it.
fn hebrew_ordinal_month(words: &[&str], j: usize) -> Option<usize> {
    let bare = words.get(j)?.strip_prefix(['ב', 'ל'])?;
    if HEBREW_ORDINALS.contains(&bare) {
        return Some(j + 1);
    }
    (["אחד", "שנים"].contains(&bare) && words.get(j + 1) == Some(&"עשר")).then_some(j + 2)
}

/// The Greek ordinals in the genitive that name a month by its number ("του πέμπτου": of the
/// fifth), folded.
const GREEK_ORDINAL_MONTHS: &[&str] = &[
    "πρωτου",
    "δευτερου",
    "τριτου",
    "τεταρτου",
    "πεμπτου",
    "εκτου",
    "εβδομου",
    "ογδοου",
    "ενατου",
    "δεκατου",
    "ενδεκατου",
    "δωδεκατου",
];

/// A year (`1987`, `١٩٨٧`, "nineteen eighty-seven", "ألف وتسعمية…") starting within three
/// words after byte `cue_end` (a birth cue): its range.
pub(crate) fn year_after(folded: &str, tokens: &[Token], cue_end: usize) -> Option<(usize, usize)> {
    let mut words: Vec<&str> = tokens.iter().map(|t| &folded[t.start..t.end]).collect();
    let first = tokens.iter().position(|t| t.start >= cue_end)?;
    // "נולד בתשעים ותשע": "in" joined to the year's first word
    if let Some(year) = words[first]
        .strip_prefix('ב')
        .filter(|r| cardinal(&[r]).is_some())
    {
        words[first] = year;
    }
    (first..words.len().min(first + 3)).find_map(|j| {
        let k = if is_year(words[j]) {
            j + 1
        } else if let Some((k, _)) = spoken_year(&words, j).or_else(|| digit_year(&words, j)) {
            k
        } else {
            // in two digits, ending the clause ("مواليد ٨٢", "יליד שמונים ושתיים", "γεννήθηκα
            // το ογδόντα δύο"), not a count ("ליום הולדת, בערך עשרים איש") nor a span of years
            // ("נולדתי לפני ארבעים שנה,": forty years ago)
            let (k, _) = short_year(&words, j)?;
            let after = folded[tokens[k - 1].end..].trim_start();
            let ends = after.is_empty() || after.starts_with([',', '.', '?', '!', ';', '،']);
            // after "birthday" two digits are an age ("ליום הולדת שלושים,": a thirtieth)
            let party = BIRTHDAYS
                .iter()
                .any(|b| folded[..cue_end].trim_end().ends_with(&fold(b)));
            if !ends || party {
                return None;
            }
            k
        };
        Some((tokens[j].start, tokens[k - 1].end))
    })
}

/// Words that may open a date said again in another form ("June third, eighty-eight. I mean
/// nineteen eighty-eight", "… يعني ٣ أكتوبر ١٩٧٨", "… בלועזי שישה בפברואר …"), folded.
const RESTATED_BY: &[&str] = &[
    "uh",
    "um",
    "er",
    "erm",
    "i",
    "mean",
    "that's",
    "thats",
    "that",
    "is",
    "so",
    "or",
    "ie",
    "يعني",
    "اي",
    "أي",
    "او",
    "أو",
    "بالميلادي",
    "بالهجري",
    "אה",
    "אמ",
    "אממ",
    "כלומר",
    "או",
    "בלועזי",
    "זאת",
    "אומרת",
    "ε",
    "εε",
    "δηλαδή",
    "ή",
];

/// Words said inside a date besides its numbers and month ("the fifth of May", "شهر تسعة، يوم
/// ٢٢", "είκοσι του δώδεκα"), folded.
const DATE_GLUE: &[&str] = &[
    "the", "of", "day", "month", "year", "του", "من", "شهر", "يوم", "سنه", "عام", "שנת",
];

/// The same date said again next to a date of birth at bytes `start..end`, in another form:
/// after it ("June third, eighty-eight. Nineteen eighty-eight", "٢٠١٦، شهر تسعة، يوم ٢٢",
/// "Πρώτη του πρώτου, δύο χιλιάδες. Ένα ένα δύο χιλιάδες") or before it ("thirteen, oh six,
/// ninety-four, the thirteenth of June"). A run of numbers, months and the words between
/// them, with at most a filler or "that is" between it and the date; it counts when it holds a
/// year, a month with a number, or three numbers, so that "…, 1988, two kids" and "…, 45 years
/// old" stay.
pub(crate) fn restatements(
    text: &str,
    folded: &str,
    tokens: &[Token],
    (start, end): (usize, usize),
) -> Vec<(usize, usize)> {
    let words: Vec<&str> = tokens.iter().map(|t| &folded[t.start..t.end]).collect();
    // a number, or a word of one ("nine hundred", "תשע מאות")
    let number_at = |i: usize| {
        let w = words[i];
        let bare = w
            .strip_prefix(['ו', 'ב', 'ל', 'و'])
            .filter(|r| r.chars().count() >= 2);
        ascii_digits(w).is_some_and(|d| d.len() <= 4)
            || cardinal(&[w]).is_some()
            || (i > 0 && cardinal(&words[i - 1..=i]).is_some())
            || bare.is_some_and(|b| cardinal(&[b]).is_some())
            || ["oh", "o", "double"].contains(&w)
            || ordinal_value(&[w], 0).is_some()
            || GREEK_ORDINAL_MONTHS.contains(&w)
            || HEBREW_ORDINALS.contains(&w)
            || w == "πρωτη"
    };
    let month = |i: usize| is_month(&text[tokens[i].start..tokens[i].end], words[i]);
    // (and a Hebrew prefix letter hyphened to a year: "…שמונים ושבע, ב-1987")
    let glue =
        |w: &str| DATE_GLUE.contains(&w) || CALENDARS.contains(&w) || ["ב", "ל"].contains(&w);
    let date_word = |i: usize| number_at(i) || month(i) || glue(words[i]);
    // inside a run: spaces, commas, dashes and slashes only
    let joined = |a: usize, b: usize| {
        text[tokens[a].end..tokens[b].start]
            .chars()
            .all(|c| c.is_whitespace() || ",،-/".contains(c))
    };
    let counts = |run: &[usize]| {
        let numbers = run.iter().filter(|&&i| number_at(i)).count();
        let months = run
            .iter()
            .any(|&i| month(i) || ["month", "شهر"].contains(&words[i]));
        let year = run.iter().any(|&i| {
            is_year(words[i]) || spoken_year(&words, i).is_some_and(|(k, _)| run.contains(&(k - 1)))
        });
        year || (months && numbers >= 1) || numbers >= 3
    };
    let trim = |run: &mut Vec<usize>| {
        while run.first().is_some_and(|&i| DAY_OF.contains(&words[i])) {
            run.remove(0);
        }
        while run.last().is_some_and(|&i| glue(words[i])) {
            run.pop();
        }
    };
    let mut out = Vec::new();
    // after the date
    if let Some(mut i) = tokens.iter().position(|t| t.start >= end) {
        while i < words.len() && RESTATED_BY.contains(&words[i]) {
            i += 1;
        }
        let mut run = Vec::new();
        while i < words.len() && date_word(i) && (run.is_empty() || joined(i - 1, i)) {
            run.push(i);
            i += 1;
        }
        trim(&mut run);
        // with the date, so that a filler between the two is not left
        if !run.is_empty() && counts(&run) {
            out.push((start, tokens[run[run.len() - 1]].end));
        }
    }
    // before it
    if let Some(first) = tokens.iter().position(|t| t.start >= start) {
        let mut i = first;
        while i > 0 && RESTATED_BY.contains(&words[i - 1]) {
            i -= 1;
        }
        let mut run = Vec::new();
        while i > 0 && date_word(i - 1) && (run.is_empty() || joined(i - 1, i)) {
            run.insert(0, i - 1);
            i -= 1;
        }
        trim(&mut run);
        if !run.is_empty() && counts(&run) {
            out.push((tokens[run[0]].start, end));
        }
    }
    out
}

/// Day, month and year said as three numbers after a birth cue: `15 3 1990`, "١٥ ٣ ١٩٩٠",
/// "oh nine, oh four, nineteen ninety-three", "سبعة وعشرين ستة ألف وتسعمية وتسعين" — digits
/// of any script or number words, with spaces or commas between them (slashes, dots and
/// dashes are [`dates`]'). Only a birth cue makes such numbers a date.
pub(crate) fn spaced_date_after(
    folded: &str,
    tokens: &[Token],
    cue_end: usize,
) -> Option<(usize, usize)> {
    let first = tokens.iter().position(|t| t.start >= cue_end)?;
    let words: Vec<&str> = tokens.iter().map(|t| &folded[t.start..t.end]).collect();
    let spaced = |a: usize, b: usize| {
        tokens[a..b].windows(2).all(|w| {
            folded[w[0].end..w[1].start]
                .chars()
                .all(|c| c.is_whitespace() || ",،-/".contains(c))
        })
    };
    // "the 28th of the 6th", "είκοσι οχτώ του έξι"; "oh three slash seventeen slash
    // sixty-eight", the slashes read out
    let skip_of = |k: usize| {
        let mut k = k;
        while words
            .get(k)
            .is_some_and(|w| ["of", "the", "slash", "του", "من"].contains(w))
        {
            k += 1;
        }
        k
    };
    // the month's number, also with the preposition of Hebrew's "שתיים עשרה בשלוש" (12 in
    // the third), "עשרים ושמונה לשתיים" (28 of the second)
    let month_numbers = |k: usize| {
        let mut found = numbers_at(&words, k);
        let unprefixed = words
            .get(k)
            .and_then(|w| w.strip_prefix(['ב', 'ל']))
            .filter(|r| r.chars().count() >= 2);
        if let Some(rest) = unprefixed {
            let mut w = words.clone();
            w[k] = rest;
            found.extend(numbers_at(&w, k));
        }
        found
    };
    // up to three words before it ("uh it's five twelve eighty-six")
    (first..tokens.len().min(first + 4)).find_map(|j| {
        // not from inside a longer run of numbers (an ID read digit by digit)
        if j > first && !numbers_at(&words, j - 1).is_empty() {
            return None;
        }
        for (d, d_end) in numbers_at(&words, j) {
            let d_end = skip_of(d_end);
            if !(1..=31).contains(&d) {
                continue;
            }
            for (m, m_end) in month_numbers(d_end) {
                // day then month, or the month first as in the US ("oh four, twenty-two")
                let month_first = (1..=12).contains(&d) && (13..=31).contains(&m);
                if !(1..=12).contains(&m) && !month_first {
                    continue;
                }
                let m_end = if words.get(m_end) == Some(&"slash") {
                    m_end + 1
                } else {
                    m_end
                };
                let y_end = year_from(&words, m_end, true)
                    .or_else(|| digit_year(&words, m_end))
                    .map(|(end, _)| end);
                if let Some(end) = y_end.filter(|&end| spaced(j, end)) {
                    // "١٥ / ٧ / ١٤٠٢ هجري": with its calendar
                    let end = end + words.get(end).is_some_and(|w| CALENDARS.contains(w)) as usize;
                    return Some((tokens[j].start, tokens[end - 1].end));
                }
            }
        }
        None
    })
}

/// An English ordinal written in digits ("3rd", "71st"): its value.
pub(crate) fn digit_ordinal(folded: &str) -> Option<u32> {
    let digits = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|x| folded.strip_suffix(x))?;
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// An English ordinal from word `j` on ("tenth", "twenty-first", "3rd"): its value and the
/// index past it.
fn ordinal_value(words: &[&str], j: usize) -> Option<(u32, usize)> {
    let value = |w: &str| {
        if let Some(d) = digit_ordinal(w) {
            return Some(d);
        }
        let i = ORDINALS.iter().take(21).position(|o| *o == w)?;
        Some(match i {
            19 => 20,
            20 => 30,
            _ => i as u32 + 1,
        })
    };
    if words[j] == "twenty" || words[j] == "thirty" {
        let tens = if words[j] == "twenty" { 20 } else { 30 };
        let unit = words
            .get(j + 1)
            .and_then(|w| value(w))
            .filter(|&u| u < 10)?;
        return Some((tens + unit, j + 2));
    }
    value(words[j]).map(|v| (v, j + 1))
}

/// The numbers that may start at word `j`: written digits, "oh nine", or one to three
/// number words; `(value, index past it)`, longest first.
fn numbers_at(words: &[&str], j: usize) -> Vec<(u32, usize)> {
    let Some(&w) = words.get(j) else {
        return Vec::new();
    };
    if let Some(d) = ascii_digits(w).filter(|d| d.len() <= 2) {
        return vec![(d.parse().unwrap_or(0), j + 1)];
    }
    if let Some(v) = ordinal_value(words, j) {
        return vec![v];
    }
    let mut out: Vec<(u32, usize)> = (j + 1..=words.len().min(j + 3))
        .rev()
        .filter_map(|k| cardinal(&words[j..k]).map(|v| (v, k)))
        .collect();
    if ["oh", "o"].contains(&w) || cardinal(&[w]) == Some(0) {
        if let Some(u) = words
            .get(j + 1)
            .and_then(|u| cardinal(&[u]))
            .filter(|&u| u < 10)
        {
            out.insert(0, (u, j + 2));
        }
    }
    out
}

/// The months of the Hebrew calendar, as written after "ב" ("ט״ו בשבט").
const HEBREW_MONTHS: &[&str] = &[
    "תשרי",
    "חשון",
    "חשוון",
    "מרחשון",
    "מרחשוון",
    "כסלו",
    "כסליו",
    "טבת",
    "שבט",
    "אדר",
    "ניסן",
    "אייר",
    "סיון",
    "סיוון",
    "תמוז",
    "אב",
    "אלול",
];

/// The value of a number written in Hebrew letters with its geresh or gershayim ("ט״ו" 15,
/// "כ׳" 20, "תשמ״ה" 745), also after one of the letters `prefixes` ("בי״ב": on the 12th,
/// "התשמ״ה": the year 745): the letters of a number go from the largest down, so a prefix is
/// told by breaking that order.
fn gematria(word: &str, prefixes: &[char]) -> Option<u32> {
    gematria_exact(word).or_else(|| {
        let rest = word.strip_prefix(prefixes)?;
        gematria_exact(rest)
    })
}

fn gematria_exact(word: &str) -> Option<u32> {
    let marks = ['׳', '״', '\'', '"'];
    if word.chars().filter(|c| marks.contains(c)).count() != 1 {
        return None;
    }
    let letters: Vec<char> = word.chars().filter(|c| !marks.contains(c)).collect();
    // the mark is after a single letter, or before the last one
    let at = word.chars().position(|c| marks.contains(&c))?;
    let placed = (letters.len() == 1 && at == 1) || (letters.len() >= 2 && at == letters.len() - 1);
    if !placed {
        return None;
    }
    let values = letters
        .iter()
        .map(|c| {
            Some(match c {
                'א'..='ט' => *c as u32 - 'א' as u32 + 1,
                'י' => 10,
                'כ' | 'ך' => 20,
                'ל' => 30,
                'מ' | 'ם' => 40,
                'נ' | 'ן' => 50,
                'ס' => 60,
                'ע' => 70,
                'פ' | 'ף' => 80,
                'צ' | 'ץ' => 90,
                'ק' => 100,
                'ר' => 200,
                'ש' => 300,
                'ת' => 400,
                _ => return None,
            })
        })
        .collect::<Option<Vec<u32>>>()?;
    values
        .windows(2)
        .all(|w| w[0] >= w[1])
        .then(|| values.iter().sum())
}

/// Dates of the Hebrew calendar with their year ("ט״ו בשבט תשמ״ה", "כ׳ באדר התש״ן"): a holiday
/// said without a year ("ט״ו בשבט") is no one's date. The year is given as the Gregorian one
/// it mostly falls in (5745 → 1985).
fn hebrew_calendar_dates(text: &str) -> Vec<Date> {
    // split at spaces only: the geresh and gershayim are inside the words; the punctuation
    // after a word is left out of it
    let words: Vec<(usize, &str)> = text
        .split_whitespace()
        .map(|w| {
            let start = w.as_ptr() as usize - text.as_ptr() as usize;
            (start, w.trim_end_matches([',', '.', '!', '?', ';', ':']))
        })
        .collect();
    let mut out = Vec::new();
    for i in 1..words.len().saturating_sub(1) {
        let month = words[i].1;
        if !HEBREW_MONTHS.contains(&month.strip_prefix(['ב', 'ל']).unwrap_or(month)) {
            continue;
        }
        let (start, day) = words[i - 1];
        let (at, year) = words[i + 1];
        let day = gematria(day, &['ב', 'ה']).filter(|d| (1..=30).contains(d));
        let hebrew_year = gematria(year, &['ה']).filter(|y| (600..=999).contains(y));
        if let (Some(_), Some(y)) = (day, hebrew_year) {
            out.push(Date {
                start,
                end: at + year.len(),
                year: Some(5000 + y - 3760),
                day: true,
            });
        }
    }
    out
}

/// `d/m/y`, `d.m.y`, `d-m-y`, `y-m-d` in digits of any script.
fn numeric_dates(text: &str) -> Vec<Date> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if digit_value(c).is_none() || (i > 0 && digit_value(chars[i - 1].1).is_some()) {
            i += 1;
            continue;
        }
        let mut parts: Vec<usize> = vec![0];
        let mut seps = Vec::new();
        let mut j = i;
        let mut end = start;
        while j < chars.len() {
            let (at, c) = chars[j];
            if digit_value(c).is_some() {
                *parts.last_mut().unwrap_or(&mut 0) += 1;
                end = at + c.len_utf8();
            } else if "/.-".contains(c)
                && j + 1 < chars.len()
                && digit_value(chars[j + 1].1).is_some()
                && parts.len() < 3
            {
                parts.push(0);
                seps.push(c);
            } else {
                break;
            }
            j += 1;
        }
        let same_sep = seps.len() == 2 && seps[0] == seps[1];
        let dmy = parts.len() == 3
            && (1..=2).contains(&parts[0])
            && (1..=2).contains(&parts[1])
            && (parts[2] == 2 || parts[2] == 4);
        let ymd = parts.len() == 3
            && parts[0] == 4
            && (1..=2).contains(&parts[1])
            && (1..=2).contains(&parts[2]);
        if same_sep && (dmy || ymd) {
            let value = |part: &str| {
                part.chars()
                    .try_fold(0u32, |v, c| Some(v * 10 + u32::from(digit_value(c)?)))
            };
            let parts: Vec<&str> = text[start..end].split(seps[0]).collect();
            let year = value(if ymd { parts[0] } else { parts[2] }).map(|y| {
                if y < 100 {
                    with_century(y)
                } else {
                    y
                }
            });
            // "١٤٢٨/٠٥/١٢ هـ": the Hijri calendar's mark after the date is the date's
            let end = ["هـ", "ه"]
                .iter()
                .find_map(|mark| {
                    let rest = text[end..].strip_prefix(' ')?.strip_prefix(mark)?;
                    let ends = rest.chars().next().is_none_or(|c| !c.is_alphanumeric());
                    ends.then(|| text.len() - rest.len())
                })
                .unwrap_or(end);
            out.push(Date {
                start,
                end,
                year,
                day: true,
            });
        }
        i = j.max(i + 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::words::tokens;
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        dates(text, &fold(text), &tokens(text))
            .iter()
            .map(|d| &text[d.start..d.end])
            .collect()
    }

    #[test]
    fn dates_in_every_writing() {
        assert_eq!(found("born on 12/03/1985."), ["12/03/1985"]);
        assert_eq!(found("born on 1985-03-12"), ["1985-03-12"]);
        assert_eq!(found("مواليد ١٢/٣/١٩٨٥"), ["١٢/٣/١٩٨٥"]);
        assert_eq!(
            found("It's March eighth, nineteen fifty-five"),
            ["March eighth, nineteen fifty-five"]
        );
        assert_eq!(found("נולדתי ב-12 במרץ 1985"), ["12 במרץ 1985"]);
        assert_eq!(found("Γεννήθηκα στις 3 Μαΐου 1990"), ["3 Μαΐου 1990"]);
        assert_eq!(found("12 مارس 1985"), ["12 مارس 1985"]);
        assert!(found("you may call at 4.30").is_empty());
    }

    #[test]
    fn a_hebrew_month_said_as_its_ordinal_before_the_year() {
        assert_eq!(
            found("עשרים וארבעה בחמישי, ארבעים ושבע"),
            ["עשרים וארבעה בחמישי, ארבעים ושבע"]
        );
        assert_eq!(found("שש בשישי תשעים"), ["שש בשישי תשעים"]);
        assert_eq!(
            found("Τριάντα ένα του πρώτου, ενενήντα εννιά"),
            ["Τριάντα ένα του πρώτου, ενενήντα εννιά"]
        );
        // the Hijri calendar's mark after a date written in figures
        assert_eq!(found("ميلاد الطالب ١٤٢٨/٠٥/١٢ هـ"), ["١٤٢٨/٠٥/١٢ هـ"]);
        // without a year, "בחמישי" is "on Thursday"
        assert!(found("נגיע שלוש בחמישי בבוקר").is_empty());
    }

    #[test]
    fn a_greek_month_said_as_its_ordinal() {
        assert_eq!(
            found("τρεις του πέμπτου του ογδόντα εφτά"),
            ["τρεις του πέμπτου του ογδόντα εφτά"]
        );
    }

    #[test]
    fn dates_said_in_words_in_every_language() {
        assert_eq!(
            found("born on the fifth of May nineteen oh two"),
            ["the fifth of May nineteen oh two"]
        );
        assert_eq!(
            found("it's March the twenty first two thousand and one"),
            ["March the twenty first two thousand and one"]
        );
        assert_eq!(
            found("مواليد خمسة عشر مارس ألف وتسعمية وخمسة وثمانين"),
            ["خمسة عشر مارس ألف وتسعمية وخمسة وثمانين"]
        );
        assert_eq!(
            found("ولدت خمستاشر مارس سنة ١٩٩٠"),
            ["خمستاشر مارس سنة ١٩٩٠"]
        );
        assert_eq!(
            found("נולדתי בשלושה במאי אלף תשע מאות שמונים ושמונה"),
            ["בשלושה במאי אלף תשע מאות שמונים ושמונה"]
        );
        assert_eq!(
            found("נולדתי שלושה במאי אלף תשע מאות שמונים ושמונה"),
            ["שלושה במאי אלף תשע מאות שמונים ושמונה"]
        );
        // the Greek numbers of a date with "του" between them
        assert_eq!(
            found("Γεννήθηκα 4 Νοεμβρίου 1951, και η κυρία μου 17 του οχτώ του πενήντα τέσσερα."),
            ["4 Νοεμβρίου 1951", "17 του οχτώ του πενήντα τέσσερα"]
        );
        // the day as the Hebrew ordinal, the year in two words after a comma
        assert_eq!(
            found("נולדתי שני ביוני, חמישים ושמונה."),
            ["שני ביוני, חמישים ושמונה"]
        );
        assert_eq!(
            found("γεννήθηκα δεκαπέντε Μαρτίου του χίλια εννιακόσια ογδόντα πέντε"),
            ["δεκαπέντε Μαρτίου του χίλια εννιακόσια ογδόντα πέντε"]
        );
        assert_eq!(found("στις 1η Μαΐου"), ["1η Μαΐου"]);
        // the end of digits read out is not a day
        assert_eq!(found("it's four five six, May I ask"), Vec::<&str>::new());
        assert_eq!(found("one two three four May"), ["May"; 0]);
    }

    #[test]
    fn english_dates_with_their_article_and_and() {
        assert_eq!(
            found("the fourth of may eighty two"),
            ["the fourth of may eighty two"]
        );
        assert!(found("you may call at four").is_empty());
        assert_eq!(
            found("the fifth of June seventy-nine"),
            ["the fifth of June seventy-nine"]
        );
        assert_eq!(
            found("on the third of March two thousand and four"),
            ["the third of March two thousand and four"]
        );
        assert_eq!(
            found("as the 9th of July 1990, right"),
            ["the 9th of July 1990"]
        );
    }

    #[test]
    fn ordinals_prefixes_short_years_and_the_months_of_other_calendars() {
        assert_eq!(
            found("ولدت في الحادي والعشرين من يناير عام ألفين"),
            ["الحادي والعشرين من يناير عام ألفين"]
        );
        assert_eq!(found("مواليد ب٧ آذار ١٩٨٨"), ["ب٧ آذار ١٩٨٨"]);
        assert_eq!(found("נולדתי בארבעה ביולי 1979"), ["בארבעה ביולי 1979"]);
        assert_eq!(
            found("the 2nd of June, seventy-one."),
            ["the 2nd of June, seventy-one"]
        );
        assert_eq!(
            found("στις εννιά Μαΐου του ενενήντα"),
            ["εννιά Μαΐου του ενενήντα"]
        );
        assert_eq!(
            found("γεννήθηκα τον Απρίλιο του 1983"),
            ["Απρίλιο του 1983"]
        );
        assert_eq!(found("مواليد ١٢ شعبان ١٤٠٥"), ["١٢ شعبان ١٤٠٥"]);
        assert_eq!(found("مواليد ٣ ربيع الأول ١٤٠٦"), ["٣ ربيع الأول ١٤٠٦"]);
        // the Levant's months in two words, and its "twelve" ("تنعش")
        assert_eq!(
            found("هو مواليد تنعش تشرين التاني خمسة وأربعين"),
            ["تنعش تشرين التاني خمسة وأربعين"]
        );
        assert_eq!(found("مواليد ١٢ كانون الأول ١٩٤٥"), ["١٢ كانون الأول ١٩٤٥"]);
        assert_eq!(found("נולדתי בראשון למאי 81"), ["בראשון למאי 81"]);
        assert_eq!(found("مواليد ١٥/٧/١٤١٠ هجري"), ["١٥/٧/١٤١٠ هجري"]);
        assert_eq!(found("تزاديت 7 يوليوز 1988 ف مراكش"), ["7 يوليوز 1988"]);
        assert_eq!(
            found("נולדתי בי״ב באדר התשמ״ד, ביום שישי"),
            ["בי״ב באדר התשמ״ד"]
        );
        assert_eq!(found("העברי זה כ\"ג בחשוון תש\"ן."), ["כ\"ג בחשוון תש\"ן"]);
        // a holiday, not anyone's date
        assert!(found("נתראה אחרי ט״ו בשבט").is_empty());
        assert_eq!(
            found("مواليد عشرين رجب ألف وأربعمائة وثلاثة هجري"),
            ["عشرين رجب ألف وأربعمائة وثلاثة هجري"]
        );
        // a two-digit number after a month alone is no year
        assert_eq!(found("in June 45 people came"), Vec::<&str>::new());
    }

    #[test]
    fn a_spaced_date_counts_only_after_a_birth_cue() {
        let text = "تاريخ الميلاد ١٥ ٣ ١٩٩٠";
        let folded = fold(text);
        let tokens = tokens(text);
        let cue_end = "تاريخ الميلاد".len();
        let found = spaced_date_after(&folded, &tokens, cue_end).map(|(s, e)| &text[s..e]);
        assert_eq!(found, Some("١٥ ٣ ١٩٩٠"));
        let said = "oh seven, oh two, nineteen ninety one";
        let got = spaced_date_after(&fold(said), &super::super::words::tokens(said), 0);
        assert_eq!(got.map(|(s, e)| &said[s..e]), Some(said));
        for said in [
            "oh four, oh nine, eighty-eight",
            "seventeenth of the tenth, ninety-three",
            "είκοσι οχτώ του έξι, εβδομήντα εννιά",
            "שתיים עשרה בשלוש שמונים וחמש",
            "עשרים ושמונה לשתיים, שבעים ושש",
            "oh nine, twenty-seven, seventy-one",
        ] {
            let got = spaced_date_after(&fold(said), &super::super::words::tokens(said), 0);
            assert_eq!(got.map(|(s, e)| &said[s..e]), Some(said));
        }
        let said = "سبعة وعشرين ستة ألف وتسعمية وتسعين";
        let got = spaced_date_after(&fold(said), &super::super::words::tokens(said), 0);
        assert_eq!(got.map(|(s, e)| &said[s..e]), Some(said));
        let text = "born 15 13 1990";
        assert_eq!(
            spaced_date_after(&fold(text), &super::super::words::tokens(text), 4),
            None
        );
    }
}
