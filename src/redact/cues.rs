//! Cue words: what the words around a number say it is ("card", "phone", "ID", "IBAN",
//! "born", "order" in each language served), and the names and addresses that a cue
//! introduces ("my name is", "اسمي", "שמי", "με λένε"; "I live at", "عنواني", "הכתובת שלי",
//! "η διεύθυνσή μου").
//!
//! In: an utterance's text and its folded copy ([`super::words::fold`]). Out: cue positions
//! with what they announce, and byte ranges of names and addresses.

use super::words::{fold, is_mark, is_word_char, tokens};

/// What a cue word says about the number after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cue {
    Card,
    Phone,
    Id,
    Birth,
    /// An order, ticket, tracking, claim or invoice number: not personal.
    Order,
}

const CUES: &[(Cue, &[&str])] = &[
    (
        Cue::Card,
        &[
            "card",
            "visa",
            "mastercard",
            "amex",
            "credit",
            "debit",
            "بطاقة",
            "بطاقتي",
            "كارت",
            "فيزا",
            "ماستر",
            "כרטיס",
            "אשראי",
            "ויזה",
            "κάρτα",
            "πιστωτική",
            "χρεωστική",
            "χρεώστε",
        ],
    ),
    (
        Cue::Phone,
        &[
            "phone",
            "mobile",
            "cell",
            "reach me",
            "reach you",
            "call me",
            "callback",
            "call back",
            "contact number",
            "whatsapp",
            "landline",
            "جوال",
            "جوالي",
            "رقمي",
            "نمرتي",
            "هاتف",
            "موبايل",
            "تلفون",
            "تليفون",
            "اتصل",
            "تتصل",
            "تواصل",
            "واتساب",
            "טלפון",
            "המספר שלי",
            "נייד",
            "פלאפון",
            "לחזור אלי",
            "ליצירת קשר",
            "תתקשרו",
            "תתקשר",
            "וואטסאפ",
            "τηλέφωνο",
            "τηλεφώνου",
            "κινητό",
            "το νούμερό μου",
            "τηλ",
            "με πάρετε",
            "πάρτε με",
            "καλέσουμε",
            "επικοινωνίας",
        ],
    ),
    (
        Cue::Id,
        &[
            "social security",
            "social",
            "ssn",
            "iqama",
            "afm",
            "tax number",
            "tax id",
            "teudat zehut",
            "id number",
            "national id",
            "passport",
            "identity",
            "هوية",
            "هويتي",
            "إقامة",
            "الإقامة",
            "السجل المدني",
            "جواز",
            "תעודת זהות",
            "ת.ז",
            "ת\"ז",
            "זהות",
            "דרכון",
            "αφμ",
            "α.φ.μ",
            "φορολογικού μητρώου",
            "ταυτότητα",
            "ταυτότητας",
            "αμκα",
            "διαβατήριο",
        ],
    ),
    (
        Cue::Birth,
        &[
            "born",
            "date of birth",
            "birth date",
            "birthdate",
            "birthday",
            "dob",
            "d.o.b",
            "الميلاد",
            "ميلادي",
            "ميلادك",
            "ميلاد",
            "مواليد",
            "مولود",
            "ولدت",
            "اتولدت",
            "انولدت",
            "לידה",
            "נולד",
            "יליד",
            "יום הולדת",
            "γέννησης",
            "γεννήθηκ",
            "γενέθλια",
        ],
    ),
    (
        Cue::Order,
        &[
            "order",
            "ticket",
            "tracking",
            "reference",
            "claim",
            "invoice",
            "case number",
            "confirmation number",
            "الطلب",
            "طلب",
            "تذكرة",
            "التذكرة",
            "الشحنة",
            "شحنة",
            "المرجع",
            "مرجع",
            "المطالبة",
            "الفاتورة",
            "البلاغ",
            "بلاغ",
            "الشكوى",
            "شكوى",
            "הזמנה",
            "פנייה",
            "משלוח",
            "תביעה",
            "אסמכתא",
            "חשבונית",
            "παραγγελία",
            "παραγγελίας",
            "αίτημα",
            "αποστολής",
            "αποζημίωσης",
            "τιμολόγιο",
        ],
    ),
];

/// Letters that Arabic and Hebrew write joined to the front of a word ("and", "the", "in",
/// "to"): a cue may follow up to three of them.
const PREFIX_LETTERS: &[char] = &[
    'و', 'ا', 'ل', 'ب', 'ف', 'ك', 'ו', 'ה', 'ב', 'ל', 'ש', 'מ', 'כ',
];

/// Where `cue` (folded) occurs in `folded` as the start of a word (after up to three prefix
/// letters in Arabic and Hebrew); short cues must also end a word. Vowel points and the
/// tatweel in the text are skipped ("وُلدتُ" holds "ولدت"). Returns byte ranges.
pub(crate) fn find_phrase(folded: &str, cue: &str) -> Vec<(usize, usize)> {
    // The text without marks, and where each of its bytes is in `folded`.
    let (plain, at_byte): (String, Vec<usize>) = if folded.chars().any(is_mark) {
        let mut plain = String::with_capacity(folded.len());
        let mut at = Vec::with_capacity(folded.len() + 1);
        for (i, c) in folded.char_indices().filter(|&(_, c)| !is_mark(c)) {
            plain.push(c);
            at.extend(std::iter::repeat_n(i, c.len_utf8()));
        }
        at.push(folded.len());
        (plain, at)
    } else {
        (folded.to_string(), (0..=folded.len()).collect())
    };
    let mut out = Vec::new();
    let short = cue.chars().count() <= 3;
    for (at, _) in plain.match_indices(cue) {
        let end = at + cue.len();
        let mut before = plain[..at].chars().rev();
        let mut prefixes = 0;
        let ok_start = loop {
            match before.next() {
                None => break true,
                Some(c) if !is_word_char(c) => break true,
                Some(c) if PREFIX_LETTERS.contains(&c) && prefixes < 3 => prefixes += 1,
                Some(_) => break false,
            }
        };
        let ok_end = !short || !plain[end..].chars().next().is_some_and(is_word_char);
        if ok_start && ok_end {
            out.push((at_byte[at], at_byte[end]));
        }
    }
    out
}

/// Every cue in the folded text: `(end byte, cue)`, in order.
pub(crate) fn cues(folded: &str) -> Vec<(usize, Cue)> {
    static FOLDED: std::sync::OnceLock<Vec<(Cue, String)>> = std::sync::OnceLock::new();
    let table = FOLDED.get_or_init(|| {
        CUES.iter()
            .flat_map(|&(cue, words)| words.iter().map(move |w| (cue, fold(w))))
            .collect()
    });
    let mut out = Vec::new();
    for (cue, w) in table {
        for (_, end) in find_phrase(folded, w) {
            out.push((end, *cue));
        }
    }
    out.sort_by_key(|&(end, _)| end);
    out
}

/// How a phrase introduces the speaker's own name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NameCue {
    /// It says a name follows ("my name is"): in English and Greek a lower-case name is
    /// taken too (its first two words).
    Explicit,
    /// A name usually follows ("this is", "اسمي"): in English and Greek it is capitalised.
    Plain,
    /// A name may follow ("أنا"): it must end the clause.
    Weak,
}

use NameCue::{Explicit, Plain, Weak};

/// Phrases that introduce the speaker's own name.
const NAME_CUES: &[(&str, NameCue)] = &[
    ("my name is", Explicit),
    ("my name's", Explicit),
    ("my name’s", Explicit),
    ("name is", Explicit),
    ("name's", Explicit),
    ("name’s", Explicit),
    ("this is", Plain),
    ("i'm", Plain),
    ("i’m", Plain),
    ("i am", Plain),
    ("اسمي", Plain),
    ("إسمي", Plain),
    ("معك", Plain),
    ("معاك", Plain),
    ("انا", Weak),
    ("שמי", Plain),
    ("קוראים לי", Plain),
    ("השם שלי הוא", Plain),
    ("השם שלי", Plain),
    ("με λένε", Explicit),
    ("λέγομαι", Explicit),
    ("ονομάζομαι", Explicit),
    ("το όνομά μου είναι", Explicit),
    ("είμαι ο", Plain),
    ("είμαι η", Plain),
];

/// Words that never begin or continue a name after a cue.
const NOT_NAMES: &[&str] = &[
    "and",
    "calling",
    "the",
    "a",
    "not",
    "just",
    "here",
    "from",
    "about",
    "sorry",
    "i",
    "it",
    "is",
    "on",
    "in",
    "under",
    "spelled",
    "spelt",
    "wrong",
    "still",
    "correct",
    "right",
    "there",
    "listed",
    "that",
    "what",
    "also",
    "my",
    "your",
    "so",
    "but",
    "من",
    "في",
    "عن",
    "على",
    "عندي",
    "ابغى",
    "اريد",
    "ابي",
    "اتصل",
    "بخصوص",
    "هو",
    "يا",
    "صاحب",
    "مرحبا",
    "و",
    "مع",
    "هنا",
    "لدي",
    "بدي",
    "עם",
    "אני",
    "מתקשר",
    "מתקשרת",
    "רציתי",
    "ו",
    "של",
    "בקשר",
    "הוא",
    "היא",
    "כאן",
    "και",
    "από",
    "για",
    "καλώ",
    "θέλω",
    "είμαι",
    "ο",
    "η",
];

/// Names introduced by a cue in `text` (not repeated ones): byte ranges.
pub(crate) fn names(text: &str, folded: &str) -> Vec<(usize, usize)> {
    let words = tokens(text);
    let mut out = Vec::new();
    for &(cue, kind) in NAME_CUES {
        for (_, cue_end) in find_phrase(folded, &fold(cue)) {
            let mut taken: Vec<(usize, usize)> = Vec::new();
            let mut at = cue_end;
            let mut long_name = false;
            for w in words.iter().filter(|w| w.start >= cue_end) {
                let gap = &text[at..w.start];
                if !gap.trim().is_empty() || (gap.is_empty() && at != cue_end) {
                    break;
                }
                let word = &text[w.start..w.end];
                let f = &folded[w.start..w.end];
                let first = word.chars().next().unwrap_or(' ');
                let cased = first.is_uppercase() || first.is_lowercase();
                if NOT_NAMES.contains(&f) || first.is_numeric() {
                    break;
                }
                if cased && !first.is_uppercase() && !(kind == Explicit && taken.len() < 2) {
                    break; // English and Greek names are capitalised, unless "my name is" says so
                }
                if !cased && !taken.is_empty() && (f.starts_with('و') || f.starts_with('ו')) {
                    break; // "وأريد", "ורציתי": the clause goes on
                }
                taken.push((w.start, w.end));
                at = w.end;
                if ["عبد", "ابو", "ابن", "بن"].contains(&f) {
                    long_name = true;
                }
                let limit = if cased || long_name { 3 } else { 2 };
                if taken.len() >= limit {
                    break;
                }
            }
            if let (Some(&(s, _)), Some(&(_, e))) = (taken.first(), taken.last()) {
                if kind == Weak {
                    // "أنا خالد، صاحب الحساب": the name and a comma, the cue not joined to
                    // "و" ("وأنا تعبت." is a feeling, not a name).
                    let rest = text[e..].trim_start();
                    let joined =
                        folded[..cue_end - fold(cue).len()].ends_with(|c: char| is_word_char(c));
                    if joined || !rest.starts_with([',', '،']) {
                        continue;
                    }
                }
                if !out.iter().any(|&(os, oe)| os < e && s < oe) {
                    out.push((s, e));
                }
            }
        }
    }
    out
}

/// Phrases that introduce the speaker's address.
const ADDRESS_CUES: &[&str] = &[
    "i live at",
    "i live on",
    "my address is",
    "the address is",
    "address is",
    "عنواني",
    "العنوان",
    "أسكن في",
    "اسكن في",
    "ساكن في",
    "ساكنة في",
    "הכתובת שלי היא",
    "הכתובת שלי",
    "הכתובת היא",
    "הכתובת",
    "אני גר ב",
    "אני גרה ב",
    "η διεύθυνσή μου είναι",
    "η διεύθυνση είναι",
    "η διεύθυνσή μου",
    "μένω στην",
    "μένω στο",
    "μένω στη",
    "μένω σε",
];

/// Cues that also introduce other talk about an address ("بدي أغير العنوان المسجل عندكم"):
/// what follows them is an address only with a number or a street word in it.
const WEAK_ADDRESS_CUES: &[&str] = &["العنوان", "הכתובת", "the address is", "address is"];

/// Words of a street address (street, road, avenue, district) in the languages served.
const STREET_WORDS: &[&str] = &[
    "street",
    "road",
    "avenue",
    "lane",
    "drive",
    "st.",
    "rd",
    "ave",
    "شارع",
    "طريق",
    "حي",
    "عمارة",
    "فيلا",
    "רחוב",
    "שדרות",
    "שד'",
    "דירה",
    "οδός",
    "λεωφόρος",
    "πλατεία",
];

/// Words that end an address ("and my phone…", "please").
const ADDRESS_ENDS: &[&str] = &[
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

/// Addresses introduced by a cue: from after the cue to the end of the clause.
pub(crate) fn addresses(text: &str, folded: &str) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for cue in ADDRESS_CUES {
        for (_, cue_end) in find_phrase(folded, &fold(cue)) {
            if out.iter().any(|&(s, e)| cue_end >= s && cue_end <= e) {
                continue;
            }
            let rest = &text[cue_end..];
            let lead = rest.len() - rest.trim_start_matches([' ', ':']).len();
            let start = cue_end + lead;
            let mut end = start;
            let mut count = 0;
            for w in tokens(&text[start..]) {
                let (ws, we) = (start + w.start, start + w.end);
                let gap = &text[end..ws];
                if gap.contains(['.', '?', '!', ';', '؟', '\n']) && !(gap == "." && end > start) {
                    break;
                }
                if ADDRESS_ENDS.contains(&&folded[ws..we]) || count >= 12 {
                    break;
                }
                end = we;
                count += 1;
            }
            let weak = WEAK_ADDRESS_CUES.contains(cue);
            let f = &folded[start..end];
            let street = f.chars().any(|c| c.is_numeric())
                || STREET_WORDS.iter().any(|w| f.contains(&fold(w)));
            if count >= 2 && (street || !weak) {
                out.push((start, end));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names_in(text: &str) -> Vec<&str> {
        names(text, &fold(text))
            .iter()
            .map(|&(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn names_after_a_self_introduction() {
        assert_eq!(
            names_in("Hi, my name is Dana Whitfield and I'm calling"),
            ["Dana Whitfield"]
        );
        assert_eq!(names_in("I'm calling about my bill"), Vec::<&str>::new());
        assert_eq!(names_in("my name is john and my account"), ["john"]);
        assert_eq!(names_in("my name is on the account"), Vec::<&str>::new());
        assert_eq!(names_in("the name's Robert Johnson"), ["Robert Johnson"]);
        assert_eq!(names_in("Yeah, the name’s Ana Silva."), ["Ana Silva"]);
        assert_eq!(names_in("the name's on the card"), Vec::<&str>::new());
        assert_eq!(
            names_in("مرحبا، اسمي أحمد القحطاني وعندي مشكلة"),
            ["أحمد القحطاني"]
        );
        assert_eq!(
            names_in("اسمي عبد الرحمن الزهراني"),
            ["عبد الرحمن الزهراني"]
        );
        assert_eq!(names_in("שלום, שמי דני כהן ואני מתקשר"), ["דני כהן"]);
        assert_eq!(
            names_in("Καλησπέρα, με λένε Γιώργο Παπαδόπουλο και καλώ"),
            ["Γιώργο Παπαδόπουλο"]
        );
        assert_eq!(names_in("أنا من مواليد 1985"), Vec::<&str>::new());
        assert_eq!(names_in("أنا خالد العتيبي، صاحب الحساب"), ["خالد العتيبي"]);
        assert_eq!(
            names_in("النت بيقطع كل يوم بالليل وأنا تعبت."),
            Vec::<&str>::new()
        );
        assert_eq!(names_in("العرض حلو وأنا موافق عليه."), Vec::<&str>::new());
    }

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
    fn cue_words_in_each_language() {
        let kinds = |t: &str| {
            cues(&fold(t))
                .into_iter()
                .map(|(_, c)| c)
                .collect::<Vec<_>>()
        };
        assert_eq!(kinds("رقم بطاقتي"), [Cue::Card]);
        assert_eq!(kinds("מה מספר תעודת הזהות?").first(), Some(&Cue::Id));
        assert_eq!(kinds("Ο ΑΦΜ είναι"), [Cue::Id]);
        assert_eq!(kinds("ημερομηνία γέννησης"), [Cue::Birth]);
        assert_eq!(kinds("وُلِدْتُ في"), [Cue::Birth]);
        for born in [
            "my birth date is",
            "אני ילידת",
            "היא נולדה",
            "اتولدت",
            "γεννήθηκε",
        ] {
            assert_eq!(kinds(born), [Cue::Birth], "{born}");
        }
        assert_eq!(kinds("your order number"), [Cue::Order]);
    }
}
