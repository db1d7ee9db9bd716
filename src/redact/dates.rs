//! Dates as said or written: `12/03/1985`, `12.3.1985`, `1985-03-12`, Arabic-Indic
//! `١٢/٣/١٩٨٥`, "12 March 1985", "March 12, 1985", "March twelfth, nineteen eighty-five",
//! "12 מרץ 1985" / "12 במרץ 1985", "12 مارس 1985", "12 Μαρτίου 1985".
//!
//! In: an utterance's text, its folded copy and words. Out: byte ranges of dates. Whether a
//! date is a date of birth is the finder's call (a birth cue), not this module's.

use super::words::{ascii_digits, digit_value, fold, Token};

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
];

const YEAR_WORDS: &[&str] = &[
    "nineteen",
    "eighteen",
    "two",
    "thousand",
    "and",
    "oh",
    "hundred",
    "one",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
];

fn is_month(word: &str, folded: &str) -> bool {
    let stripped = folded.strip_prefix('ב').unwrap_or(folded);
    let stripped = stripped.strip_prefix('ו').unwrap_or(stripped);
    static FOLDED: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let months = FOLDED.get_or_init(|| MONTHS.iter().map(|m| fold(m)).collect());
    months.iter().any(|m| {
        (m == folded || m == stripped)
            && (m != "may" && m != "mar" || word.starts_with(char::is_uppercase))
    })
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
        return (1..=31).contains(&d) && ["", "st", "nd", "rd", "th"].contains(&rest);
    }
    ORDINALS.contains(&folded)
}

fn is_year(folded: &str) -> bool {
    ascii_digits(folded)
        .is_some_and(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")))
}

/// The dates in `text`: byte ranges.
pub(crate) fn dates(text: &str, folded: &str, words: &[Token]) -> Vec<(usize, usize)> {
    let mut out = numeric_dates(text);
    let w = |i: usize| &folded[words[i].start..words[i].end];
    for i in 0..words.len() {
        if !is_month(&text[words[i].start..words[i].end], w(i)) {
            continue;
        }
        let mut start = words[i].start;
        let mut end = words[i].end;
        let mut found = false;
        // a day before: "12 March", "the 12th of March"
        if i >= 1 && is_day(w(i - 1)) {
            start = words[i - 1].start;
            found = true;
        } else if i >= 2 && w(i - 1) == "of" && is_day(w(i - 2)) {
            start = words[i - 2].start;
            found = true;
        }
        let mut j = i + 1;
        // a day after: "March 12", "March twelfth", "March twenty-first"
        if !found && j < words.len() && is_day(w(j)) {
            end = words[j].end;
            found = true;
            j += 1;
        } else if !found && j + 1 < words.len() && w(j) == "twenty" && is_day(w(j + 1)) {
            end = words[j + 1].end;
            found = true;
            j += 2;
        }
        // a year: digits, or said ("nineteen eighty-five", "two thousand three")
        if j < words.len() && is_year(w(j)) {
            end = words[j].end;
            found = true;
        } else {
            let mut k = j;
            while k < words.len() && YEAR_WORDS.contains(&w(k)) && k < j + 4 {
                k += 1;
            }
            if k >= j + 2 {
                end = words[k - 1].end;
                found = true;
            }
        }
        if found {
            out.push((start, end));
        }
    }
    out
}

/// A year (`1987`, `١٩٨٧`) within three words after byte `cue_end` (a birth cue): its range.
pub(crate) fn year_after(folded: &str, words: &[Token], cue_end: usize) -> Option<(usize, usize)> {
    words
        .iter()
        .filter(|w| w.start >= cue_end)
        .take(3)
        .find(|w| is_year(&folded[w.start..w.end]))
        .map(|w| (w.start, w.end))
}

/// `d/m/y`, `d.m.y`, `d-m-y`, `y-m-d` in digits of any script.
fn numeric_dates(text: &str) -> Vec<(usize, usize)> {
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
            out.push((start, end));
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
            .map(|&(s, e)| &text[s..e])
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
}
