//! Street addresses: after a cue ("I live at", "عنواني", "הכתובת שלי", "η διεύθυνσή μου"),
//! as the answer to an address question, or by their shape without a cue: a house number
//! beside a street word ("9 Millbrook Close", "٣٢ شارع بلس", "Λεωφόρος Κηφισίας 230").
//!
//! In: an utterance's text and its folded copy ([`super::words::fold`]). Out: byte ranges of
//! addresses.

use super::cues::{cues, find_phrase, ANSWER_FILLERS, PREFIX_LETTERS};
use super::numbers::cardinal;
use super::words::{fold, is_word_char, tokens, Token};

/// Phrases that introduce the speaker's address (or where to send something). What follows
/// is an address only when it holds a number or a street word ("I live at home" is not).
const ADDRESS_CUES: &[&str] = &[
    "i live at",
    "i live on",
    "my address is",
    "the address is",
    "address is",
    "send it to",
    "deliver it to",
    "deliver to",
    "ship it to",
    "moved to",
    "عنواني",
    "العنوان",
    "عنوان",
    "أسكن في",
    "اسكن في",
    "ساكن في",
    "ساكنة في",
    "ساكن",
    "ساكنة",
    "كنسكن",
    "نسكن",
    "بيتي في",
    "הכתובת שלי היא",
    "הכתובת שלי",
    "הכתובת היא",
    "הכתובת",
    "כתובת",
    "גר ב",
    "גרה ב",
    "גרים ב",
    "תשלחו ל",
    "לשלוח ל",
    "η διεύθυνσή μου είναι",
    "η διεύθυνση είναι",
    "η διεύθυνσή μου",
    "διεύθυνση",
    "μένω στην",
    "μένω στο",
    "μένω στη",
    "μένω σε",
    "κάθομαι στην",
    "κάθομαι στο",
    "κάθομαι στη",
    "στείλτε το στην",
    "στείλτε το στο",
    "στείλτε το στη",
];

/// Words of a street address besides [`STREET_TYPES`] (abbreviations, building, flat, and the
/// street words of Arabic, Hebrew and Greek); a word matches with a prefix letter joined to it
/// ("بشارع", "ברחוב").
const STREET_WORDS: &[&str] = &[
    "st",
    "rd",
    "ave",
    "blvd",
    "apartment",
    "flat",
    "شارع",
    "ش",
    "زنقة",
    "درب",
    "طريق",
    "حي",
    "عمارة",
    "بناية",
    "بناء",
    "فيلا",
    "شقة",
    "רחוב",
    "רח",
    "שדרות",
    "שד",
    "דירה",
    "סמטת",
    "οδός",
    "οδό",
    "οδού",
    "λεωφόρος",
    "λεωφόρο",
    "λεωφόρου",
    "πλατεία",
    "διαμέρισμα",
];

/// Street words that, capitalised after a house number and a name, make an English address
/// without a cue ("9 Millbrook Close", "twenty seven Queens Drive").
const STREET_TYPES: &[&str] = &[
    "street",
    "road",
    "avenue",
    "lane",
    "drive",
    "close",
    "boulevard",
    "way",
    "court",
    "crescent",
    "terrace",
    "grove",
    "gardens",
    "square",
    "parkway",
];

/// Words that end an address ("and my phone…", "please").
const ADDRESS_ENDS: &[&str] = &[
    "for",
    "since",
    "already",
    "منذ",
    "صار",
    "כבר",
    "מאז",
    "εδώ",
    "and",
    "but",
    "please",
    "so",
    "لو",
    "من",
    "بس",
    "لكن",
    "אבל",
    "בבקשה",
    "וגם",
    "και",
    "αλλά",
    "παρακαλώ",
];

/// Whether the words of `text` hold a house number or a street word.
fn is_street(text: &str, folded: &str) -> bool {
    tokens(text).iter().any(|w| {
        let f = &folded[w.start..w.end];
        let unprefixed = f
            .strip_prefix(['ب', 'ل', 'و', 'ב', 'ל', 'ו', 'ה'])
            .filter(|r| r.chars().count() >= 2);
        f.chars().any(|c| c.is_numeric())
            || cardinal(&[f]).is_some()
            || STREET_WORDS
                .iter()
                .chain(STREET_TYPES)
                .any(|s| fold(s) == f || unprefixed.is_some_and(|u| fold(s) == u))
    })
}

/// Addresses: introduced by a cue, from after the cue to the end of the clause; and in
/// English a house number, a name and a street word ("9 Millbrook Close").
pub(crate) fn addresses(text: &str, folded: &str) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for cue in ADDRESS_CUES {
        let cue = fold(cue);
        for (_, cue_end) in find_phrase(folded, &cue) {
            let mid_word = folded[cue_end..].starts_with(is_word_char)
                && !cue.ends_with(|c: char| PREFIX_LETTERS.contains(&c));
            if mid_word || out.iter().any(|&(s, e)| cue_end >= s && cue_end <= e) {
                continue;
            }
            let rest = &text[cue_end..];
            let start = cue_end + rest.len() - rest.trim_start_matches([' ', ':']).len();
            let (end, count) = clause_end(text, folded, start);
            if count >= 2 && is_street(&text[start..end], &folded[start..end]) {
                out.push((start, end));
            }
        }
    }
    for span in numbered_streets(text, folded) {
        if !out.iter().any(|&(s, e)| s < span.1 && span.0 < e) {
            out.push(span);
        }
    }
    out
}

/// The end of an address that starts at byte `start`, and its word count: up to the clause's
/// end, a word that ends addresses, another cue's clause, or twelve words.
fn clause_end(text: &str, folded: &str, start: usize) -> (usize, usize) {
    let mut end = start;
    let mut count = 0;
    for w in tokens(&text[start..]) {
        let (ws, we) = (start + w.start, start + w.end);
        let gap = &text[end..ws];
        if gap.contains(['.', '?', '!', ';', '؟', '\n']) && !(gap == "." && end > start) {
            break;
        }
        // "…, and my number is": another cue's clause
        let stop = text[ws..]
            .find([',', '،', '.', '?'])
            .map_or(text.len(), |e| ws + e);
        let new_clause = gap.contains([',', '،']) && !cues(&folded[ws..stop]).is_empty();
        if new_clause || ADDRESS_ENDS.contains(&&folded[ws..we]) || count >= 12 {
            break;
        }
        end = we;
        count += 1;
    }
    (end, count)
}

/// Questions whose answer is an address ("And your address?", "מה הכתובת המלאה?", "Η
/// διεύθυνσή σας;").
const ADDRESS_QUESTIONS: &[&str] = &[
    "address",
    "عنوانك",
    "العنوان",
    "عنوان",
    "כתובת",
    "הכתובת",
    "διεύθυνση",
    "διεύθυνσή",
];

/// Whether `text` asks for an address (so that the next line's answer is one).
pub(crate) fn asks_address(text: &str) -> bool {
    let folded = fold(text);
    let asks = text.trim_end().ends_with(['?', '؟', ';', '\u{37e}']);
    asks && ADDRESS_QUESTIONS
        .iter()
        .any(|q| !find_phrase(&folded, &fold(q)).is_empty())
}

/// An address given as the answer to an address question ("הגפן 3, קריית אתא", "Ακαδημίας
/// 17, Αθήνα."): the answer after its fillers, when it holds a number and a word.
pub(crate) fn answered_address(text: &str, folded: &str) -> Option<(usize, usize)> {
    let words = tokens(text);
    let filler = |w: &Token| {
        ANSWER_FILLERS
            .iter()
            .any(|f| fold(f) == folded[w.start..w.end])
    };
    let start = words.iter().find(|w| !filler(w))?.start;
    let (end, count) = clause_end(text, folded, start);
    let numbered = |w: &Token| {
        let f = &folded[w.start..w.end];
        f.chars().any(|c| c.is_numeric()) || cardinal(&[f]).is_some()
    };
    let inside: Vec<&Token> = words
        .iter()
        .filter(|w| w.start >= start && w.end <= end)
        .collect();
    let numbers = inside.iter().filter(|w| numbered(w)).count();
    let named = numbers < inside.len();
    (count >= 2 && numbers > 0 && named && cues(&folded[start..end]).is_empty())
        .then_some((start, end))
}

/// English addresses without a cue: a house number (digits or said), one to three
/// capitalised words, and a capitalised street word ("310 Lakeview Boulevard").
fn numbered_streets(text: &str, folded: &str) -> Vec<(usize, usize)> {
    let words = tokens(text);
    let w = |i: usize| &folded[words[i].start..words[i].end];
    let capital = |i: usize| text[words[i].start..].starts_with(char::is_uppercase);
    let mut out = Vec::new();
    for t in 2..words.len() {
        if !capital(t) || !STREET_TYPES.contains(&w(t)) {
            continue;
        }
        let mut k = t;
        while k > 0 && t - k < 3 && capital(k - 1) {
            k -= 1;
        }
        if k == t {
            continue;
        }
        let house = |from: usize| {
            let said: Vec<&str> = (from..k).map(w).collect();
            let digits = said.len() == 1
                && said[0].len() <= 4
                && said[0].chars().all(|c| c.is_ascii_digit());
            digits || cardinal(&said).is_some_and(|v| (1..10_000).contains(&v))
        };
        if let Some(from) = (k.saturating_sub(3)..k).find(|&f| house(f)) {
            // ", apartment 5B", "flat 2"
            let mut end = words[t].end;
            if t + 2 < words.len()
                && ["apartment", "flat", "unit", "apt", "suite"].contains(&w(t + 1))
            {
                end = words[t + 2].end;
            }
            out.push((words[from].start, end));
        }
    }
    // "٧٢٣٥ شارع العليا", "12 רחוב הגפן": a house number, a street word, the street's name
    for t in 1..words.len().saturating_sub(1) {
        let number = w(t - 1).chars().all(|c| c.is_numeric()) && w(t - 1).chars().count() <= 5;
        if number && ["شارع", "רחוב", "οδοσ"].contains(&w(t)) {
            let end = words[t + 1..]
                .iter()
                .take(2)
                .take_while(|x| !text[words[t].end..x.start].contains([',', '،', '.', '?']))
                .last()
                .map_or(words[t].end, |x| x.end);
            out.push((words[t - 1].start, end));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_run_to_the_clause_end() {
        let text = "I live at 12 Baker Street, London. And my phone";
        let got: Vec<&str> = addresses(text, &fold(text))
            .iter()
            .map(|&(s, e)| &text[s..e])
            .collect();
        assert_eq!(got, ["12 Baker Street, London"]);
        let text = "بدي أغير العنوان المسجل عندكم";
        assert!(addresses(text, &fold(text)).is_empty());
        let text = "אני גר ברחוב הרצל 14, תל אביב";
        let got: Vec<&str> = addresses(text, &fold(text))
            .iter()
            .map(|&(s, e)| &text[s..e])
            .collect();
        assert_eq!(got, ["רחוב הרצל 14, תל אביב"]);
    }

    #[test]
    fn an_address_given_as_an_answer() {
        let answer = |q: &str, a: &str| {
            asks_address(q)
                .then(|| answered_address(a, &fold(a)))
                .flatten()
                .map(|(s, e)| a[s..e].to_string())
        };
        let some = |s: &str| Some(s.to_string());
        assert_eq!(
            answer("מה הכתובת המלאה?", "הגפן 3, קריית אתא"),
            some("הגפן 3, קריית אתא")
        );
        assert_eq!(
            answer("Η διεύθυνσή σας;", "Ακαδημίας 17, Αθήνα."),
            some("Ακαδημίας 17, Αθήνα")
        );
        assert_eq!(
            answer("And the address?", "yes, 14 Carlton Road"),
            some("14 Carlton Road")
        );
        // a number alone, a statement, or no number
        assert_eq!(answer("What's the address?", "3"), None);
        assert_eq!(answer("I changed my address.", "3 days ago"), None);
        assert_eq!(answer("Your address?", "same as before"), None);
    }

    #[test]
    fn an_address_needs_a_number_or_a_street_word() {
        let found = |text: &str| -> Vec<String> {
            addresses(text, &fold(text))
                .iter()
                .map(|&(s, e)| text[s..e].to_string())
                .collect()
        };
        assert!(found("I live at home with my parents").is_empty());
        assert!(found("Μένω στη Θεσσαλονίκη, στην Καλαμαριά.").is_empty());
        assert_eq!(
            found("ساكنة بشارع النخيل، عمارة ٤."),
            ["بشارع النخيل، عمارة ٤"]
        );
        assert_eq!(
            found("כתובת: ביאליק ארבעים, רמת גן"),
            ["ביאליק ארבעים, רמת גן"]
        );
        assert_eq!(
            found("Μένω στο Βόλο, το κινητό μου είναι 6912345678"),
            Vec::<String>::new()
        );
        // English, without a cue
        assert_eq!(found("we're at 14 Orchard Close now"), ["14 Orchard Close"]);
        assert_eq!(
            found("it's twenty two Bishops Way"),
            ["twenty two Bishops Way"]
        );
        assert!(found("the Golden Gate Way is closed").is_empty());
        assert_eq!(
            found("it's 88 Mill Lane, flat 4 now"),
            ["88 Mill Lane, flat 4"]
        );
        assert_eq!(found("١٢٠ شارع التحلية، جدة"), ["١٢٠ شارع التحلية"]);
    }
}
