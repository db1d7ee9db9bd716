//! Numbers however they are written: digits grouped with spaces, dashes or dots, Arabic-Indic
//! and Eastern Arabic-Indic digits, and digits spoken as words in English, Arabic, Hebrew and
//! Greek ("four one one one", "double five", "oh", "forty-one eleven", "واحد وأربعين",
//! "ארבעים ואחת", "σαράντα ένα"), with "plus"/"+" before an international number.
//!
//! In: an utterance's text, its folded copy and its words ([`super::words`]), and byte
//! ranges already claimed by other finders. Out: [`Run`]s, each a stretch of consecutive
//! number words read as one string of digits, made of [`Atom`]s (one said or written
//! group each) so that a run can be trimmed to the part that is a card, an ID or a phone.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::words::{ascii_digits, bare, fold, is_one_of, Token};

/// One group of a number as said or written: bytes `start..end`, read as `digits`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Atom {
    pub start: usize,
    pub end: usize,
    pub digits: String,
    /// Written in digits (not words).
    pub written: bool,
    /// Still open to a following unit ("forty" → "forty-one") or tens ("hundred").
    open: Open,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Open {
    No,
    Tens,
    Hundred,
    /// A unit just said after a hundred: Hebrew's teen may follow ("שש מאות וארבע עשרה",
    /// 614).
    UnitAfterHundred,
}

/// Consecutive number words and digit groups, read as one number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Run {
    pub atoms: Vec<Atom>,
    /// Byte where the run starts: its first atom, or the "+"/"plus"/"(" before it.
    pub lead: usize,
    /// Said or written with a leading "+" or "plus" (an international number).
    pub plus: bool,
    /// Looks like an amount: a currency next to it, "thousand".
    pub amount: bool,
    /// Written like a large quantity, groups of three after thousands separators
    /// ("1,250,000", "1.200.000"): an amount unless a cue says otherwise.
    pub thousands: bool,
    /// Per atom: a comma or dash comes before it, so it starts a group as said ("five three
    /// one, forty-two, seventy-seven oh eight" is said 3-2-4).
    pub breaks: Vec<bool>,
}

impl Run {
    /// How many digits the run holds so far.
    pub fn digit_count(&self) -> usize {
        self.atoms.iter().map(|a| a.digits.len()).sum()
    }

    /// All the digits of atoms `from..to`.
    pub fn digits(&self, from: usize, to: usize) -> String {
        self.atoms[from..to]
            .iter()
            .map(|a| a.digits.as_str())
            .collect()
    }

    /// How many digits each group of atoms `from..to` holds, the groups split where a comma
    /// or dash was said or written ([`Run::breaks`]).
    pub fn said_groups(&self, from: usize, to: usize) -> Vec<usize> {
        let mut groups: Vec<usize> = Vec::new();
        for k in from..to {
            let n = self.atoms[k].digits.len();
            match groups.last_mut() {
                Some(g) if !self.breaks.get(k).copied().unwrap_or(false) => *g += n,
                _ => groups.push(n),
            }
        }
        groups
    }

    /// How many digits each atom of `from..to` holds.
    pub fn sizes(&self, from: usize, to: usize) -> Vec<usize> {
        self.atoms[from..to]
            .iter()
            .map(|a| a.digits.len())
            .collect()
    }
}

/// What a number word is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Word {
    /// 0–9.
    Unit(u8),
    /// 10–19 said as one word (en "eleven", el "έντεκα").
    Teen(u8),
    /// 10, 20, …, 90 (the tens digit).
    Tens(u8),
    /// "hundred".
    Hundred,
    /// 200, 300, …, 900 said as one word (ar "تسعمية", el "εννιακόσια", he "מאתיים").
    Hundreds(u8),
    /// "double", "triple".
    Times(usize),
    /// "thousand", "million": an amount, not digits read out.
    Magnitude,
    /// "plus" before an international number.
    Plus,
}

/// The number words of every language served, folded ([`fold`]).
fn lexicon() -> &'static HashMap<String, Word> {
    static LEXICON: OnceLock<HashMap<String, Word>> = OnceLock::new();
    LEXICON.get_or_init(|| {
        use Word::*;
        let mut m = HashMap::new();
        let mut add = |words: &str, w: Word| {
            for word in words.split_whitespace() {
                m.insert(fold(word), w);
            }
        };
        // English
        add("zero oh o nought nil", Unit(0));
        for (i, w) in [
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        ]
        .iter()
        .enumerate()
        {
            add(w, Unit(i as u8 + 1));
        }
        for (i, w) in [
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
        .iter()
        .enumerate()
        {
            add(w, Teen(i as u8 + 10));
        }
        for (i, w) in [
            "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        ]
        .iter()
        .enumerate()
        {
            add(w, Tens(i as u8 + 2));
        }
        add("hundred", Hundred);
        add("double", Times(2));
        add("triple", Times(3));
        add("thousand thousands million millions billion", Magnitude);
        add("plus", Plus);
        // Arabic (MSA and the Gulf / Levantine / Egyptian / Maghrebi forms Whisper writes)
        add("صفر زيرو", Unit(0));
        // English digits as the Gulf and the Levant say them in a number ("زيرو فايف زيرو"),
        // those that are no Arabic word
        add("فايف فايڤ", Unit(5));
        add("سكس سيكس", Unit(6));
        add("سفن سيفن سڤن", Unit(7));
        add("ناين", Unit(9));
        add("واحد واحدة احد", Unit(1));
        add("اثنين اثنان اتنين ثنين اثنا اثني تنين جوج زوج", Unit(2));
        add("ثلاثة ثلاث تلاتة تلات ثلاثه تلاته", Unit(3));
        add("أربعة أربع اربعه ربعة ربعه", Unit(4));
        add("خمسة خمس خمسه", Unit(5));
        add("ستة ست سته", Unit(6));
        add("سبعة سبع سبعه", Unit(7));
        add(
            "ثمانية ثمان ثماني تمانية تمنية ثمنية تمانيه ثمانيه ثمنيه",
            Unit(8),
        );
        add("تسعة تسع تسعه تسعود", Unit(9));
        add("عشرة عشر", Tens(1));
        add("عشرين عشرون", Tens(2));
        add("ثلاثين ثلاثون تلاتين", Tens(3));
        add("أربعين أربعون ربعين", Tens(4));
        add("خمسين خمسون", Tens(5));
        add("ستين ستون", Tens(6));
        add("سبعين سبعون", Tens(7));
        add("ثمانين ثمانون تمانين", Tens(8));
        add("تسعين تسعون", Tens(9));
        for (t, words) in [
            (11, "حداشر حدعش احدعش احداشر حضاش حداش"),
            // the Gulf's and Iraq's "اثنعش", "ثلطعش"; the Levant's "تنعش", "خمستعش"; Egypt's
            // "خمسطاشر" and the Maghreb's "اثناش"
            (
                12,
                "اتناشر اطنعش اثناشر طناش اثنعش ثنعش اتنعش تنعش طنعش اثناش ثناش",
            ),
            (
                13,
                "تلتاشر تلطعش ثلاثطعش تلاتطعش تلطاش ثلطاش ثلطعش تلتعش تلطاشر",
            ),
            (14, "اربعتاشر اربعطعش ربعطاش اربعتعش اربعطاشر"),
            (15, "خمستاشر خمسطعش خمسطاش خمستعش خمسطاشر"),
            (16, "ستاشر سطعش سطاش ستعش سطاشر"),
            (17, "سبعتاشر سبعطعش سبعطاش سبعتعش سبعطاشر"),
            (
                18,
                "تمنتاشر تمنطعش ثمنطعش تمنطاش ثمنطاش ثمانطعش ثمانطاش ثمنتاشر تمنتعش تمنطاشر",
            ),
            (19, "تسعتاشر تسعطعش تسعطاش تسعتعش تسعطاشر"),
        ] {
            add(words, Teen(t));
        }
        add("مية مائة ميه مئة", Hundred);
        for (h, words) in [
            (2, "مئتين مائتين ميتين مئتان مائتان"),
            (3, "ثلاثمية ثلاثمائة ثلاثمئة تلتمية"),
            (4, "أربعمية أربعمائة أربعمئة ربعمية"),
            (5, "خمسمية خمسمائة خمسمئة"),
            (6, "ستمية ستمائة ستمئة"),
            (7, "سبعمية سبعمائة سبعمئة"),
            (8, "ثمانمية ثمانمائة ثمانمئة ثمنمية تمنمية"),
            (9, "تسعمية تسعمائة تسعمئة"),
        ] {
            add(words, Hundreds(h));
        }
        add("ألف آلاف ألفين مليون ملايين", Magnitude);
        add("زائد زايد", Plus);
        // Hebrew (feminine, masculine and construct forms)
        add("אפס", Unit(0));
        add("אחת אחד", Unit(1));
        add("שתיים שתים שניים שנים שתי", Unit(2));
        add("שלוש שלושה שלש", Unit(3));
        add("ארבע ארבעה", Unit(4));
        add("חמש חמישה", Unit(5));
        add("שש שישה", Unit(6));
        add("שבע שבעה", Unit(7));
        add("שמונה", Unit(8));
        add("תשע תשעה", Unit(9));
        add("עשר עשרה", Tens(1));
        add("עשרים", Tens(2));
        add("שלושים", Tens(3));
        add("ארבעים", Tens(4));
        add("חמישים", Tens(5));
        add("שישים", Tens(6));
        add("שבעים", Tens(7));
        add("שמונים", Tens(8));
        add("תשעים", Tens(9));
        add("מאה מאות", Hundred);
        add("מאתיים", Hundreds(2));
        add("אלף אלפים מיליון", Magnitude);
        add("פלוס", Plus);
        // Greek
        add("μηδέν μηδενικό", Unit(0));
        add("ένα ένας μία μια", Unit(1));
        add("δύο", Unit(2));
        add("τρία τρεις", Unit(3));
        add("τέσσερα τέσσερις", Unit(4));
        add("πέντε", Unit(5));
        add("έξι", Unit(6));
        add("επτά εφτά", Unit(7));
        add("οκτώ οχτώ", Unit(8));
        add("εννέα εννιά", Unit(9));
        add("δέκα", Tens(1));
        add("έντεκα", Teen(11));
        add("δώδεκα", Teen(12));
        add("δεκατρία δεκατρείς", Teen(13));
        add("δεκατέσσερα δεκατέσσερις", Teen(14));
        add("δεκαπέντε", Teen(15));
        add("δεκαέξι", Teen(16));
        add("δεκαεπτά δεκαεφτά", Teen(17));
        add("δεκαοκτώ δεκαοχτώ", Teen(18));
        add("δεκαεννέα δεκαεννιά", Teen(19));
        add("είκοσι", Tens(2));
        add("τριάντα", Tens(3));
        add("σαράντα", Tens(4));
        add("πενήντα", Tens(5));
        add("εξήντα", Tens(6));
        add("εβδομήντα", Tens(7));
        add("ογδόντα", Tens(8));
        add("ενενήντα", Tens(9));
        add("εκατό εκατόν", Hundred);
        for (h, words) in [
            (2, "διακόσια διακόσιες"),
            (3, "τριακόσια τριακόσιες"),
            (4, "τετρακόσια τετρακόσιες"),
            (5, "πεντακόσια πεντακόσιες"),
            (6, "εξακόσια εξακόσιες"),
            (7, "επτακόσια εφτακόσια επτακόσιες εφτακόσιες"),
            (8, "οκτακόσια οχτακόσια οκτακόσιες οχτακόσιες"),
            (9, "εννιακόσια εννεακόσια εννιακόσιες εννεακόσιες"),
        ] {
            add(words, Hundreds(h));
        }
        add("χίλια χιλιάδες εκατομμύριο εκατομμύρια", Magnitude);
        add("συν", Plus);
        // French, as the Maghreb reads phone numbers out ("zéro six treize quarante-quatre"):
        // its compounds ("soixante-douze", "quatre-vingts") are read whole ([`french`])
        for (value, words) in FRENCH {
            let w = match *value {
                v @ 0..=9 => Unit(v),
                10 => Tens(1),
                v @ 11..=16 => Teen(v),
                v => Tens(v / 10),
            };
            add(words, w);
        }
        m
    })
}

/// French number words up to 60 (not "cent", a cent, nor "mille"), by value.
const FRENCH: &[(u8, &str)] = &[
    (0, "zéro"),
    (1, "un une"),
    (2, "deux"),
    (3, "trois"),
    (4, "quatre"),
    (5, "cinq"),
    (6, "six"),
    (7, "sept"),
    (8, "huit"),
    (9, "neuf"),
    (10, "dix"),
    (11, "onze"),
    (12, "douze"),
    (13, "treize"),
    (14, "quatorze"),
    (15, "quinze"),
    (16, "seize"),
    (20, "vingt vingts"),
    (30, "trente"),
    (40, "quarante"),
    (50, "cinquante"),
    (60, "soixante"),
];

/// The value of a French number said in parts joined by hyphens, spaces or "et" (folded):
/// "soixante-douze" 72, "quatre-vingt-dix-neuf" 99, "vingt et un" 21; `None` unless every
/// part is a French number word and the whole is under 100.
fn french(compound: &str) -> Option<u8> {
    let parts: Vec<&str> = compound
        .split(['-', ' '])
        .filter(|w| !w.is_empty())
        .collect();
    let mut value = 0u32;
    for (i, part) in parts.iter().enumerate() {
        if *part == "et" && i > 0 && i + 1 < parts.len() {
            continue;
        }
        let v = FRENCH
            .iter()
            .find(|(_, words)| words.split_whitespace().any(|w| w == *part))
            .map(|&(v, _)| u32::from(v))?;
        // "quatre-vingts": four twenties
        value = if v == 20 && (2..=9).contains(&value) {
            value * 20
        } else {
            value + v
        };
    }
    u8::try_from(value).ok().filter(|&v| v < 100)
}

/// The tokens of `text` with each French compound ("soixante-douze", "vingt et un") made
/// one.
fn with_french_compounds(text: &str, folded: &str, tokens: &[Token]) -> Vec<Token> {
    let from_to = |a: &Token, b: &Token| french(&folded[a.start..b.end]);
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        let last = out.last().copied();
        // "vingt et un", "vingt-et-un": "et" between two parts
        let spaced_et = tokens.get(i + 1).filter(|n| {
            let gap = |a: usize, b: usize| &text[a..b] == " " || &text[a..b] == "-";
            &folded[t.start..t.end] == "et"
                && gap(t.end, n.start)
                && last.is_some_and(|l| gap(l.end, t.start))
        });
        match (last, spaced_et) {
            (Some(l), Some(&n)) if from_to(&l, &n).is_some() => {
                out.last_mut().expect("last").end = n.end;
                i += 2;
                continue;
            }
            (Some(l), _) if &text[l.end..t.start] == "-" && from_to(&l, &t).is_some() => {
                out.last_mut().expect("last").end = t.end;
            }
            _ => out.push(t),
        }
        i += 1;
    }
    out
}

/// A folded word as a number word, and whether it came with the conjunction prefix of
/// Arabic (و) or Hebrew (ו) ("and": "وأربعين", "ואחת").
fn number_word(folded: &str) -> Option<(Word, bool)> {
    if folded.contains(['-', ' ']) {
        let v = french(folded)?;
        return Some((if v < 10 { Word::Unit(v) } else { Word::Teen(v) }, false));
    }
    let folded = &*bare(folded);
    let lex = lexicon();
    if let Some(&w) = lex.get(folded) {
        return Some((w, false));
    }
    for prefix in ["و", "ו"] {
        if let Some(rest) = folded.strip_prefix(prefix) {
            if rest.chars().count() >= 2 {
                if let Some(&w) = lex.get(rest) {
                    return Some((w, true));
                }
            }
        }
    }
    greek_tens_and(folded).map(|v| (Word::Teen(v), false))
}

/// The stems of the Greek tens from twenty, folded, as a number from 21 to 99 joins them to
/// its unit when written as one word ("εικοσιδύο", "σαρανταπέντε").
const GREEK_TENS: [&str; 8] = [
    "εικοσι",
    "τριαντα",
    "σαραντα",
    "πενηντα",
    "εξηντα",
    "εβδομηντα",
    "ογδοντα",
    "ενενηντα",
];

/// A Greek number from 21 to 99 written as one word (folded "εικοσιπεντε": 25).
fn greek_tens_and(folded: &str) -> Option<u8> {
    GREEK_TENS.iter().zip(2u8..).find_map(|(stem, tens)| {
        let unit = folded.strip_prefix(stem).filter(|r| !r.is_empty())?;
        match lexicon().get(unit)? {
            Word::Unit(u) if *u > 0 => Some(tens * 10 + u),
            _ => None,
        }
    })
}

/// Two thousand said as one word (the dual of Arabic and Hebrew).
const TWO_THOUSAND: &[&str] = &["ألفين", "ألفان", "אלפיים"];

/// "Thousand" (times what comes before it), and the plural hundreds of Hebrew ("שלוש מאות").
const THOUSANDS: &[&str] = &[
    "thousand",
    "ألف",
    "آلاف",
    "אלף",
    "אלפים",
    "χίλια",
    "χιλιάδες",
];
const HUNDREDS: &[&str] = &["מאות"];

/// A whole number said in words, the way years and days are ("twenty-one", "two thousand
/// and three", "خمسة وثمانين", "ألف وتسعمية وتسعين", "אלף תשע מאות שמונים וחמש", "χίλια
/// εννιακόσια ογδόντα πέντε"): the value of all of `words` (folded), or `None` when they do
/// not make one number (digits read one by one do not: "one two", "ένα δύο").
pub(crate) fn cardinal(words: &[&str]) -> Option<u32> {
    let (mut total, mut cur, mut numbers) = (0u32, 0u32, 0usize);
    for (i, word) in words.iter().enumerate() {
        let word = &*bare(word);
        if (word == "and" || word == "και") && i > 0 && i + 1 < words.len() {
            continue;
        }
        let bare = ["و", "ו"]
            .iter()
            .find_map(|p| word.strip_prefix(p).filter(|r| r.chars().count() >= 2))
            .filter(|r| {
                is_one_of(TWO_THOUSAND, r) || is_one_of(THOUSANDS, r) || is_one_of(HUNDREDS, r)
            })
            .unwrap_or(word);
        numbers += 1;
        if is_one_of(TWO_THOUSAND, bare) {
            if total != 0 || cur != 0 {
                return None;
            }
            total = 2000;
        } else if is_one_of(THOUSANDS, bare) {
            if total != 0 || cur >= 1000 {
                return None;
            }
            total = cur.max(1) * 1000;
            cur = 0;
        } else if is_one_of(HUNDREDS, bare) {
            if !(1..=9).contains(&cur) {
                return None;
            }
            cur *= 100;
        } else {
            let (w, _) = number_word(word)?;
            let (units, tens) = (cur % 10, cur / 10 % 10);
            cur = match w {
                Word::Unit(u) if units == 0 && tens != 1 => cur + u32::from(u),
                Word::Teen(t) if cur % 100 == 0 => cur + u32::from(t),
                Word::Tens(1) if tens == 0 => cur + 10,
                Word::Tens(t) if tens == 0 && t >= 2 => cur + 10 * u32::from(t),
                Word::Hundred if cur == 0 => 100,
                Word::Hundred if (1..=9).contains(&cur) => cur * 100,
                Word::Hundreds(h) if cur == 0 => 100 * u32::from(h),
                _ => return None,
            };
        }
    }
    (numbers > 0).then_some(total + cur)
}

/// Words after a number that make it an amount of money or a measure.
pub(crate) const AMOUNT_WORDS: &[&str] = &[
    "dollars",
    "dollar",
    "bucks",
    "euros",
    "euro",
    "pounds",
    "pound",
    "quid",
    "shekels",
    "shekel",
    "riyals",
    "riyal",
    "dirhams",
    "cents",
    "percent",
    "ريال",
    "ريالات",
    "درهم",
    "دراهم",
    "جنيه",
    "دينار",
    "دولار",
    "يورو",
    "شيكل",
    "بالمية",
    "ש",
    "שקל",
    "שקלים",
    "דולר",
    "יורו",
    "אחוז",
    "ευρώ",
    "δολάρια",
    "λίρες",
    "τοις",
];

/// A dash said between the groups of a number read out.
const DASH_WORDS: &[&str] = &["dash", "hyphen", "شرطة", "מקף", "παύλα"];

/// Hesitations said inside a number read out ("4917 6100, um, three two eight eight",
/// "שלוש אפס שתיים, אממ, ארבע ארבע שבע"), and the other party's "mm-hm" written into the
/// line: they do not end it.
const FILLERS: &[&str] = &[
    "um", "umm", "uhm", "uh", "er", "erm", "em", "ehm", "eh", "hmm", "mm", "mmm", "hm", "mhm",
    "huh", "אממ", "אמ", "אה", "εεε", "εε", "ممم",
];

/// "Yes" said inside a long number read out in halves, as the other party repeats the first
/// half ("4557 4200, כן, 9183 3656", "Κάρτα, 4488 1120, ναι, 6573 3905").
const CONFIRMATIONS: &[&str] = &[
    "yes",
    "yeah",
    "yep",
    "correct",
    "כן",
    "נכון",
    "ναι",
    "σωστά",
    "نعم",
    "ايوه",
    "أيوه",
    "ايوا",
    "أيوا",
    "اه",
    "آه",
    "صح",
    "مضبوط",
    // "5318 7741، إيه، 0926 0055": the Levant's and Egypt's "yes"
    "إيه",
    "ايه",
    // "صفر سبعة تسعة... آه معك... خمسة …": "(yes,) I'm with you"
    "معك",
    "معاك",
    "معاكي",
    "ok",
    "okay",
    "تمام",
    "אוקיי",
    "εντάξει",
    "μάλιστα",
];

/// "Then" said between the groups of a long number ("2223 7418, then 5296 3079", "ב4901,
/// אחר כך 7418", "٥١٠٥١٠٥١ وبعدين ٠٥٣٠٢٢٩٣").
const THEN: &[&str] = &["then", "بعدين", "وبعدين", "ובסוף", "אחר", "כך", "μετά"];

/// Words that take back what was just read out ("oh eight two... no, sorry, oh eight two
/// nine", "صفر واحد اتنين، لا لا غلط، صفر واحد واحد"): the number goes on with what is said
/// after them, from the digit the speaker starts again at.
const CORRECTIONS: &[&str] = &[
    "no",
    "sorry",
    "wait",
    "لا",
    "سوري",
    "غلط",
    // "واحد واحد صفر، لا لحظة، واحد صفر …": "no, a moment"
    "لحظة",
    "لحظه",
    "عفوا",
    "آسف",
    "اسف",
    "לא",
    "סליחה",
    "רגע",
    "όχι",
    "συγγνώμη",
    "συγνώμη",
    "λάθος",
];

/// Whether a gap between two words holds a pause as a recogniser writes one: a comma, or an
/// ellipsis ("seven four one eight... five two nine six", "16630... 4580").
fn pause(gap: &str) -> bool {
    gap.contains([',', '،', '…']) || gap.contains("...")
}

/// Where the group of atoms said last in `run` starts (after the last pause).
fn last_group(run: &Run, text: &str) -> usize {
    (1..run.atoms.len())
        .rev()
        .find(|&k| pause(&text[run.atoms[k - 1].end..run.atoms[k].start]))
        .unwrap_or(0)
}

/// Currency signs written before (or after) an amount.
const CURRENCY: &[char] = &['$', '€', '£', '₪', '﷼', '¥', '%'];

/// The number runs of `text`, skipping words inside `claimed` byte ranges.
pub(crate) fn runs(
    text: &str,
    folded: &str,
    tokens: &[Token],
    claimed: &[(usize, usize)],
) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::new();
    let mut cur: Option<Run> = None;
    let mut times: Option<(usize, usize)> = None; // (k, start) of a pending "double"
    let mut prev_end = 0usize;
    let mut prev_written = false;
    // a correction said right after a run: the run in `out` it takes back from
    let mut correcting: Option<usize> = None;
    let finish = |cur: &mut Option<Run>, out: &mut Vec<Run>| {
        if let Some(run) = cur.take() {
            if !run.atoms.is_empty() {
                out.push(run);
            }
        }
    };
    for tok in &with_french_compounds(text, folded, tokens) {
        let word = &folded[tok.start..tok.end];
        let is_claimed = claimed.iter().any(|&(s, e)| tok.start < e && s < tok.end);
        let mut tok = *tok;
        // "5296 ו3074": "and" joined to the last group goes on with the number
        let mut and_joined = 0;
        let read = if is_claimed {
            None
        } else if let Some(d) = ascii_digits(word) {
            Some(Read::Digits(d))
        } else if let Some((c, d)) = prefixed_digits(word) {
            // Hebrew and Arabic write a preposition joined to digits: "ל03-6123456", "ب٩٩".
            tok.start += c;
            if word.starts_with(['ו', 'و']) {
                and_joined = c;
            }
            Some(Read::Digits(d))
        } else {
            number_word(word).map(|(w, and)| Read::Word(w, and))
        };
        // Does the gap since the previous word keep the run going?
        let gap = &text[prev_end.min(tok.start)..tok.start - and_joined];
        let next_len = match &read {
            Some(Read::Digits(d)) => d.len(),
            _ => 0,
        };
        if read.is_none() && is_one_of(CORRECTIONS, word) && (cur.is_some() || correcting.is_some())
        {
            finish(&mut cur, &mut out);
            correcting = out.len().checked_sub(1);
            prev_end = tok.end;
            continue;
        }
        if read.is_some() {
            if let Some(mut run) = correcting.take().and_then(|_| out.pop()) {
                // "…three one nine eight no sorry nine eight oh five nine": from the "nine";
                // "0161 496 0734, oh no wait, sorry, 0161 496 0743": all of it
                let first = match &read {
                    Some(Read::Digits(d)) => Some(d.clone()),
                    Some(Read::Word(Word::Unit(u), _)) => Some(u.to_string()),
                    _ => None,
                };
                // the speaker starts again from where they went wrong: at the last group when
                // it began as they begin now ("four five six four, no sorry, four five six
                // two"), else at the last atom said as the first one now, else at the last
                // group
                let group = last_group(&run, text);
                let again = |k: usize| first.as_ref().is_some_and(|f| run.atoms[k].digits == *f);
                let from = if group < run.atoms.len() && again(group) {
                    group
                } else {
                    (0..run.atoms.len())
                        .rev()
                        .find(|&k| again(k))
                        .unwrap_or(group)
                };
                run.atoms.truncate(from);
                times = None;
                cur = Some(run);
            }
        }
        // "פלוס 972, 52, 440, 66, 18": an international number goes on after a comma from
        // its country code on
        let plus_comma = cur.as_ref().is_some_and(|r| r.plus && r.digit_count() >= 1)
            && matches!(gap.trim(), "," | "،")
            && next_len >= 2;
        // (the run taken back from, when a correction has just put it back, is the one the
        // number goes on with: "4567 3500, sorry, 3500 0912 8436")
        let prev_len = cur
            .as_ref()
            .and_then(|r| r.atoms.last())
            .map_or(0, |a| a.digits.len());
        let continues = cur.is_some()
            && (cur.as_ref().is_some_and(|r| r.atoms.is_empty())
                || plus_comma
                || gap_continues(
                    gap,
                    (prev_written, prev_len),
                    (next_len > 0, next_len),
                    cur.as_ref().map_or(0, Run::digit_count),
                ));
        if !continues {
            finish(&mut cur, &mut out);
            times = None;
        }
        // "oh seven nine dash five one dash …": a dash said between groups is their gap
        // "4557 4200, yes, 9183 3656": the other party's read-back confirmed halfway through
        // a long number goes on with it, and so does "then" between its groups
        let said = cur.as_ref().map_or(0, Run::digit_count);
        // (after a pause, from three digits on: "אפס חמש שלוש... כן... שש שתיים שש …", the
        // agent repeating the area code)
        let since_digit = cur
            .as_ref()
            .and_then(|r| r.atoms.last())
            .map_or("", |a| &text[a.end.min(tok.start)..tok.start]);
        let paused = since_digit.contains("...") || since_digit.contains('…');
        let confirmed = continues
            && ((is_one_of(CONFIRMATIONS, word) && (said >= 6 || (said >= 3 && paused)))
                || (is_one_of(THEN, word) && said >= 4));
        let filler = (is_one_of(FILLERS, word) && (continues || correcting.is_some())) || confirmed;
        if read.is_none() && (filler || (continues && is_one_of(DASH_WORDS, word))) {
            prev_end = tok.end;
            continue;
        }
        let Some(read) = read else {
            correcting = None;
            if let Some(run) = cur.as_mut() {
                if AMOUNT_WORDS.contains(&word) || word.starts_with("ש\"ח") {
                    run.amount = true;
                }
            }
            // An amount word right after a finished run marks it too.
            if !continues {
                if let Some(last) = out.last_mut() {
                    if last
                        .atoms
                        .last()
                        .is_some_and(|a| text[a.end..tok.start].trim().is_empty())
                        && (AMOUNT_WORDS.contains(&word) || text[tok.start..].starts_with("ש\"ח"))
                    {
                        last.amount = true;
                    }
                }
            }
            finish(&mut cur, &mut out);
            times = None;
            prev_end = tok.end;
            prev_written = false;
            continue;
        };
        let tok = &tok;
        let run = cur.get_or_insert_with(|| new_run(text, tok.start));
        match read {
            Read::Digits(d) => {
                run.atoms.push(Atom {
                    start: tok.start,
                    end: tok.end,
                    digits: d,
                    written: true,
                    open: Open::No,
                });
                times = None;
                prev_written = true;
            }
            Read::Word(w, and) => {
                prev_written = false;
                // Arabic says the unit before the tens ("خمسة وستين"): a unit said after tens
                // without "و" is a digit of its own ("ستين خمسة واحد" is 60 5 1, not 65 1)
                let arabic = text[tok.start..tok.end]
                    .chars()
                    .any(super::words::is_arabic);
                if arabic && !and && matches!(w, Word::Unit(_)) {
                    if let Some(a) = run.atoms.last_mut().filter(|a| a.open == Open::Tens) {
                        a.open = Open::No;
                    }
                }
                apply_word(run, &mut times, w, and, tok, gap);
            }
        }
        prev_end = tok.end;
    }
    finish(&mut cur, &mut out);
    for run in &mut out {
        run.breaks = (0..run.atoms.len())
            .map(|k| {
                k > 0 && {
                    let gap = &text[run.atoms[k - 1].end..run.atoms[k].start];
                    pause(gap) || gap.contains('-')
                }
            })
            .collect();
        let first = run.atoms[0].start;
        let before = text[..run.lead.min(first)].trim_end();
        if before.ends_with(CURRENCY) {
            run.amount = true;
        }
        let last = run.atoms.last().map(|a| a.end).unwrap_or(first);
        let after = text[last..].trim_start();
        if after.starts_with(CURRENCY) {
            run.amount = true;
        }
        run.thousands = run.atoms.len() >= 2
            && run.atoms.iter().all(|a| a.written)
            && (1..=3).contains(&run.atoms[0].digits.len())
            && run.atoms[1..].iter().all(|a| a.digits.len() == 3)
            && run
                .atoms
                .windows(2)
                .all(|w| matches!(&text[w[0].end..w[1].start], "," | "."));
    }
    out.retain(|r| !r.atoms.is_empty());
    join_dictated(text, out)
}

/// Numbers dictated a digit at a time with commas ("6, 0, 1, 1, …") or in groups with full
/// stops ("4556. 7399. 3465. 3141."), which a recogniser writes as separate numbers: adjacent
/// runs are joined when each is one written digit (seven or more of them), when each is a
/// written group of 3–5 digits and together they pass the card check, or when they are the
/// three groups of a US social security number ("412, 58, 3907"; read as one group, which
/// only a cue makes an ID).
fn join_dictated(text: &str, runs: Vec<Run>) -> Vec<Run> {
    let single = |r: &Run| r.atoms.len() == 1 && r.atoms[0].written && r.atoms[0].digits.len() == 1;
    let group = |r: &Run| {
        r.atoms
            .iter()
            .all(|a| a.written && (3..=5).contains(&a.digits.len()))
    };
    let mut out: Vec<Run> = Vec::new();
    let mut i = 0;
    while i < runs.len() {
        // the chain of runs from i with only spaces and , . between them
        let mut j = i + 1;
        while j < runs.len() {
            let gap = &text[runs[j - 1].atoms[runs[j - 1].atoms.len() - 1].end..runs[j].lead];
            let plain = gap.chars().all(|c| c.is_whitespace() || ",.،".contains(c));
            if !plain || runs[j].plus || runs[j].amount || runs[j - 1].amount {
                break;
            }
            j += 1;
        }
        let chain = &runs[i..j];
        let digits: String = chain.iter().map(|r| r.digits(0, r.atoms.len())).collect();
        let dictated = chain.len() >= 7 && chain.iter().all(single);
        let card = chain.len() >= 2
            && chain.iter().all(group)
            && (13..=19).contains(&digits.len())
            && super::checks::luhn(&digits);
        let ssn = chain.iter().map(|r| r.digit_count()).eq([3, 2, 4])
            && chain.iter().all(|r| r.atoms.iter().all(|a| a.written))
            && super::checks::ssn(&digits);
        if ssn {
            // one group: its shape alone must not make it an ID ("we sold 318, 62, 1975"),
            // only a cue before it ("the social is 412, 58, 3907")
            let mut joined = chain[0].clone();
            let end = chain
                .last()
                .and_then(|r| r.atoms.last())
                .map_or(0, |a| a.end);
            joined.atoms = vec![Atom {
                end,
                digits,
                ..chain[0].atoms[0].clone()
            }];
            joined.breaks = vec![false];
            out.push(joined);
        } else if dictated || card {
            let mut joined = chain[0].clone();
            for r in &chain[1..] {
                joined.atoms.extend(r.atoms.iter().cloned());
                joined.breaks.push(true);
                joined.breaks.extend(r.breaks.iter().skip(1));
            }
            joined.thousands = false;
            out.push(joined);
        } else {
            out.extend(chain.iter().cloned());
        }
        i = j;
    }
    out
}

enum Read {
    Digits(String),
    Word(Word, bool),
}

/// A run starting at the word at `start`, taking in a "+" or "(" written just before it.
fn new_run(text: &str, start: usize) -> Run {
    let before = &text[..start];
    let (lead, plus) = if before.ends_with('+') {
        (start - 1, true)
    } else if before.ends_with('(') {
        (start - 1, false)
    } else if before.ends_with("+(") {
        (start - 2, true)
    } else {
        (start, false)
    };
    Run {
        atoms: Vec::new(),
        lead,
        plus,
        amount: false,
        thousands: false,
        breaks: Vec::new(),
    }
}

/// A word made of one Hebrew or Arabic prefix letter and digits: the prefix's byte length
/// and the digits.
fn prefixed_digits(word: &str) -> Option<(usize, String)> {
    let c = word.chars().next()?;
    if !"לבמוהשכلبوفك".contains(c) {
        return None;
    }
    let rest = &word[c.len_utf8()..];
    let digits = rest.trim_start_matches('\u{0640}');
    ascii_digits(digits).map(|d| (word.len() - digits.len(), d))
}

/// Whether what lies between two words keeps a number going: spaces, one dash, dot or
/// comma, brackets; not a sentence's end (". "), nor a comma between short written
/// numbers ("3, 4 items"). Each side: (written in digits, how many digits); `said`: the
/// digits of the number so far.
fn gap_continues(
    gap: &str,
    (prev_written, prev_len): (bool, usize),
    (next_written, next_len): (bool, usize),
    said: usize,
) -> bool {
    let marks: String = gap.chars().filter(|c| !c.is_whitespace()).collect();
    let spaced = gap.chars().any(char::is_whitespace);
    // an ellipsis is a pause, as a comma is ("seven four one eight... five two nine six")
    let marks = match marks.trim_start_matches(['.', '…']) {
        "" | "," | "،" if marks.starts_with("...") || marks.starts_with('…') => ",".to_string(),
        _ => marks,
    };
    match marks.as_str() {
        "" | "-" | "–" | "(" | ")" | ")-" | "+" => true,
        "." => !spaced || !(prev_written || next_written || gap.starts_with('.')),
        // "054 673, 90, 12": after six digits or more, a pair goes on with the number too
        "," | "،" => {
            !(spaced && prev_written && next_written)
                || (prev_len >= 3 && next_len >= 3)
                || (said >= 6 && next_len >= 2)
                // "2 3 8 1 4, 6 0 9 5 1": digits read one by one, a pause between groups
                || (said >= 4 && prev_len == 1 && next_len == 1)
        }
        _ => false,
    }
}

/// Adds a number word to the run: a digit, or a part of a group said as one number.
fn apply_word(
    run: &mut Run,
    times: &mut Option<(usize, usize)>,
    w: Word,
    and: bool,
    tok: &Token,
    gap: &str,
) {
    let last = run.atoms.last_mut().filter(|a| !a.written && !pause(gap));
    match w {
        Word::Plus => {
            if run.atoms.is_empty() {
                run.plus = true;
                run.lead = tok.start;
            }
        }
        Word::Magnitude => run.amount = true,
        Word::Times(k) => *times = Some((k, tok.start)),
        Word::Unit(u) => {
            if let Some((k, start)) = times.take() {
                let digits = char::from(b'0' + u).to_string().repeat(k);
                run.atoms.push(Atom {
                    start,
                    end: tok.end,
                    digits,
                    written: false,
                    open: Open::No,
                });
                return;
            }
            // "twenty oh three" is 2003, not 203: nobody says "twenty zero" for 20, so a
            // zero after open tens starts a digit of its own.
            if let Some(a) = last.filter(|a| u != 0 || a.open == Open::Hundred) {
                if a.open == Open::Tens || a.open == Open::Hundred {
                    a.digits.pop();
                    a.digits.push(char::from(b'0' + u));
                    a.end = tok.end;
                    a.open = if a.open == Open::Hundred {
                        Open::UnitAfterHundred
                    } else {
                        Open::No
                    };
                    return;
                }
            }
            run.atoms.push(Atom {
                start: tok.start,
                end: tok.end,
                digits: char::from(b'0' + u).to_string(),
                written: false,
                open: Open::No,
            });
        }
        Word::Teen(t) => {
            if let Some(a) = last {
                if a.open == Open::Hundred {
                    a.digits.truncate(a.digits.len() - 2);
                    a.digits.push_str(&t.to_string());
                    a.end = tok.end;
                    a.open = Open::No;
                    return;
                }
            }
            run.atoms.push(Atom {
                start: tok.start,
                end: tok.end,
                digits: t.to_string(),
                written: false,
                open: Open::No,
            });
        }
        Word::Tens(t) => {
            if let Some(a) = last {
                let single_unit = a.digits.len() == 1 && a.open == Open::No;
                if single_unit && (and || t == 1) {
                    // Arabic "واحد وأربعين" (41), Arabic / Hebrew "ثلاثة عشر", "שלוש עשרה" (13).
                    let u = a.digits.pop().unwrap_or('0');
                    a.digits.push(char::from(b'0' + t));
                    a.digits.push(u);
                    a.end = tok.end;
                    return;
                }
                if a.open == Open::UnitAfterHundred && t == 1 {
                    // "שש מאות וארבע עשרה": the unit said was a teen's (614)
                    let n = a.digits.len();
                    a.digits.replace_range(n - 2..n - 1, "1");
                    a.end = tok.end;
                    a.open = Open::No;
                    return;
                }
                if a.open == Open::Hundred {
                    let n = a.digits.len();
                    a.digits.replace_range(n - 2..n - 1, &t.to_string());
                    a.end = tok.end;
                    a.open = Open::Tens;
                    return;
                }
            }
            run.atoms.push(Atom {
                start: tok.start,
                end: tok.end,
                digits: format!("{t}0"),
                written: false,
                open: Open::Tens,
            });
        }
        Word::Hundreds(h) => run.atoms.push(Atom {
            start: tok.start,
            end: tok.end,
            digits: format!("{h}00"),
            written: false,
            open: Open::Hundred,
        }),
        Word::Hundred => {
            if let Some(a) = last {
                if a.open != Open::Hundred && a.digits.len() <= 2 {
                    a.digits.push_str("00");
                    a.end = tok.end;
                    a.open = Open::Hundred;
                    return;
                }
            }
            run.atoms.push(Atom {
                start: tok.start,
                end: tok.end,
                digits: "100".into(),
                written: false,
                open: Open::Hundred,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::words::{fold, tokens};
    use super::*;

    fn read(text: &str) -> Vec<String> {
        let folded = fold(text);
        runs(text, &folded, &tokens(text), &[])
            .iter()
            .filter(|r| !r.amount && !r.thousands)
            .map(|r| {
                format!(
                    "{}{}",
                    if r.plus { "+" } else { "" },
                    r.digits(0, r.atoms.len())
                )
            })
            .collect()
    }

    #[test]
    fn hebrew_hundreds_in_a_number_read_out() {
        assert_eq!(
            read("אפס חמש שתיים שש מאות וארבע עשרה אפס שלוש שבעים וחמש"),
            ["0526140375"]
        );
        assert_eq!(read("שלוש מאות ועשרים"), ["320"]);
    }

    #[test]
    fn english_spoken_digits_doubles_oh_and_pairs() {
        assert_eq!(
            read("it's four one one one one one one one one one one one one one one one"),
            ["4111111111111111"]
        );
        assert_eq!(read("oh seven double five, nine oh two"), ["0755902"]);
        assert_eq!(read("forty-one eleven, eleven eleven"), ["41111111"]);
        assert_eq!(read("plus one two one two"), ["+1212"]);
        assert_eq!(read("forty-one hundred"), ["4100"]);
        assert_eq!(read("twenty oh three, sixty six"), ["200366"]);
    }

    #[test]
    fn written_digits_grouped_and_in_arabic_indic() {
        assert_eq!(
            read("card 4111-1111.1111 1111 thanks"),
            ["4111111111111111"]
        );
        assert_eq!(read("رقم ٠٥٠ ١٢٣ ٤٥٦٧"), ["0501234567"]);
        assert_eq!(read("(212) 555-0199"), ["2125550199"]);
        assert_eq!(read("+972 50 123 4567"), ["+972501234567"]);
    }

    #[test]
    fn arabic_hebrew_and_greek_words() {
        assert_eq!(read("صفر خمسة واحد وأربعين"), ["0541"]);
        assert_eq!(read("זה אפס חמש ארבעים ואחת שלוש עשרה"), ["054113"]);
        assert_eq!(read("μηδέν έξι σαράντα ένα δώδεκα"), ["064112"]);
        assert_eq!(read("זאת אחת שתיים שלוש"), ["123"]);
        assert_eq!(
            read("εξακόσια ενενήντα πέντε, μηδέν ενενήντα έξι"),
            ["695096"]
        );
        assert_eq!(read("زيرو خمسطعش، تسعمية وعشرين"), ["015920"]);
        // a unit after Arabic tens without "و" is a digit of its own
        assert_eq!(
            read("زيرو ستة ستين خمسة واحد تسعين اثنين سبعة"),
            ["0660519027"]
        );
        assert_eq!(read("خمسة وستين، ستين وخمسة"), ["6565"]);
        assert_eq!(read("σαράντα ένα, είκοσι μηδέν τρία"), ["412003"]);
    }

    #[test]
    fn amounts_are_marked() {
        assert!(read("we have 1,250,000 customers").is_empty());
        assert!(read("Έχουμε 1.200.000 συνδρομητές").is_empty());
        assert!(read("it costs $1299").is_empty());
        assert!(read("it costs 4999 dollars").is_empty());
        assert!(read("two thousand").is_empty());
        assert!(read("٤٩ ريال").is_empty());
    }

    #[test]
    fn french_numbers_read_in_pairs() {
        assert_eq!(
            read("النمرة ديالي zéro six treize quarante-quatre soixante-douze quatre-vingts"),
            ["0613447280"]
        );
        assert_eq!(
            read("zéro six vingt et un quatre-vingt-dix-neuf dix-sept onze"),
            ["0621991711"]
        );
        assert_eq!(french("quatre-vingt-dix-neuf"), Some(99));
        assert_eq!(french("soixante-dix-sept"), Some(77));
        assert_eq!(french("vingt et un"), Some(21));
        assert_eq!(french("cinquante-et"), None);
    }

    #[test]
    fn commas_between_groups_and_joined_prefixes() {
        assert_eq!(read("it's 4111, 1111, 1111, 1111 ok"), ["4111111111111111"]);
        assert_eq!(read("I have 3, 4 items"), ["3", "4"]);
        assert_eq!(read("תתקשרו ל03-6123456"), ["036123456"]);
    }

    #[test]
    fn cardinals_of_days_and_years() {
        let value = |text: &str| {
            let folded = fold(text);
            let words: Vec<&str> = tokens(text)
                .iter()
                .map(|t| &folded[t.start..t.end])
                .collect();
            cardinal(&words)
        };
        assert_eq!(value("twenty one"), Some(21));
        assert_eq!(value("two thousand and three"), Some(2003));
        assert_eq!(value("خمسة عشر"), Some(15));
        assert_eq!(value("خمستاشر"), Some(15));
        // the Gulf's twelve
        assert_eq!(value("اثنعش"), Some(12));
        assert_eq!(value("ألف وتسعمية وخمسة وثمانين"), Some(1985));
        assert_eq!(value("ألفين وثلاثة"), Some(2003));
        assert_eq!(value("ألف وتسعمائة وتسعين"), Some(1990));
        assert_eq!(value("אלף תשע מאות שמונים וחמש"), Some(1985));
        assert_eq!(value("חמישה עשר"), Some(15));
        assert_eq!(value("אלפיים ושלוש"), Some(2003));
        assert_eq!(value("χίλια εννιακόσια ογδόντα πέντε"), Some(1985));
        assert_eq!(value("δύο χιλιάδες τρία"), Some(2003));
        assert_eq!(value("δεκαπέντε"), Some(15));
        // digits read one by one are not one number
        assert_eq!(value("one two"), None);
        assert_eq!(value("ένα δύο τρία"), None);
        assert_eq!(value("twenty thirty"), None);
        assert_eq!(value("two million"), None);
    }

    #[test]
    fn digits_dictated_one_by_one_or_in_stopped_groups_are_one_number() {
        assert_eq!(read("That's 4, 5, 5, 6, 7, 3, 9, 9."), ["45567399"]);
        assert_eq!(read("It's 4539. 1488. 0343. 6467."), ["4539148803436467"]);
        // not a card: stays apart
        assert_eq!(read("rooms 101. 102. 103."), ["101", "102", "103"]);
        assert_eq!(read("I have 3, 4 items"), ["3", "4"]);
    }

    #[test]
    fn a_sentence_end_splits_numbers() {
        assert_eq!(read("it is 050 1234567. 5 stars"), ["0501234567", "5"]);
    }
}
