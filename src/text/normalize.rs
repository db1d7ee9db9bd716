//! Word forms: one normaliser for the text and the lexicons, tokens, and the forms a token
//! may be looked up under.
//!
//! In: a language code (ISO 639-1) and text. Out: normalised tokens ([`tokens`]) and, per
//! token, the candidate lexicon forms in the order they should be tried ([`forms`]): the
//! token itself first, then with clitics, prefixes or endings stripped (bounded: a stem keeps
//! at least three letters in Arabic and Hebrew, three bytes in English; Greek stems four).
//! Lexicon keys go through the same [`normalize`], so text and lexicon can never disagree on
//! spelling.
//!
//! Each language's rules are a [`WordRules`] (`ARABIC`, `HEBREW`, `GREEK`, `ENGLISH`,
//! `ELIDING`, `PLAIN`), named by its entry in the language table (`languages.rs`); a code
//! not in the table gets `PLAIN`, except Italian, which elides like French.
//!
//! Per language:
//! - every language: lower case; outside `ar he el`, the apostrophes `’`, `‘`, `` ` `` and `ʼ`
//!   become `'`.
//! - `ar`: tashkeel (U+064B–065F, U+0670, U+0610–061A, U+06D6–06ED) and tatweel (U+0640)
//!   removed; `أ إ آ ٱ` → `ا`, `ى` → `ي`, `ة` → `ه`, `ؤ` → `و`, `ئ` → `ي`. Forms: the prefixes
//!   `و ف ب ك ل س` and the article `ال` (also `لل`), alone or combined, and the pronoun and
//!   plural suffixes (`ه ها هم هن ك كم كن ي ني نا ات ون ين وا ان تم ت`).
//! - `he`: niqqud and cantillation (U+0591–05C7) removed, geresh and gershayim removed,
//!   final letters `ך ם ן ף ץ` → `כ מ נ פ צ`. Forms: up to four prefix letters from
//!   `ו ה ש ב כ ל מ`, and the suffixes `ים ות ה ת י ו`.
//! - `el`: accents and diaeresis removed (precomposed and combining), final `ς` → `σ`.
//!   Forms: a light suffix-tolerant match: the stem without its inflectional ending
//!   (`ος ου ων οι ους ης ες ας ει εις ουν ομαι ...`) is looked up among the lexicon's stems.
//! - `en`: contractions expanded (`don't` → `do not`, `can't` → `can not`, `I've` → `I have`,
//!   `'re` `'ll` `'m` `'d`; `'s` dropped). Forms: `-s -es -ed -d -ing -ly` stripped.
//! - `fr`, `it`: an elided article (`l'`, `d'`, `qu'`, …) is split off.

use super::languages::LANGUAGES;

/// How one language's text becomes tokens, and a token its candidate lexicon forms.
#[derive(Clone, Copy)]
pub(super) struct WordRules {
    /// Folds one character into `out`: diacritics dropped, letter variants unified, lower case.
    fold: fn(char, &mut String),
    /// Turns one word of the folded text (apostrophes trimmed from its ends) into tokens.
    split: fn(&str, &mut Vec<String>),
    /// Appends the token's forms with clitics, prefixes or endings stripped.
    strip: fn(&str, &mut Vec<String>),
}

pub(super) const ARABIC: WordRules = WordRules {
    fold: fold_arabic,
    split: split_plain,
    strip: strip_arabic,
};
pub(super) const HEBREW: WordRules = WordRules {
    fold: fold_hebrew,
    split: split_plain,
    strip: strip_hebrew,
};
pub(super) const GREEK: WordRules = WordRules {
    fold: fold_greek,
    split: split_plain,
    strip: strip_nothing,
};
pub(super) const ENGLISH: WordRules = WordRules {
    fold: fold_common,
    split: expand_english,
    strip: strip_english,
};
/// French and Italian: an elided article is a word of its own.
pub(super) const ELIDING: WordRules = WordRules {
    fold: fold_common,
    split: split_elided,
    strip: strip_nothing,
};
/// The common rules: lower case, one apostrophe.
pub(super) const PLAIN: WordRules = WordRules {
    fold: fold_common,
    split: split_plain,
    strip: strip_nothing,
};

/// The rules of `language`: its entry's in the language table.
fn rules(language: &str) -> &'static WordRules {
    match LANGUAGES.iter().find(|l| l.code == language) {
        Some(l) => &l.word_rules,
        None if language == "it" => &ELIDING,
        None => &PLAIN,
    }
}

/// `text` with the language's letters folded (see the module docs).
pub fn normalize(language: &str, text: &str) -> String {
    let fold = rules(language).fold;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold(c, &mut out);
    }
    out
}

/// Text folded the same whatever its language, for text whose language is not known (a
/// search across the calls of every language): each character by its own script's rules
/// (Arabic, Hebrew, Greek, as [`normalize`] folds them), combining accents dropped in every
/// script (after lower case, so `İ` is `i`), Hebrew punctuation (paseq, sof pasuq, nun
/// hafukha) a space like the maqaf.
pub fn fold_any_language(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            '\u{0300}'..='\u{036F}' => {}
            '\u{05C0}' | '\u{05C3}' | '\u{05C6}' => out.push(' '),
            '\u{0590}'..='\u{05FF}' => fold_hebrew(c, &mut out),
            '\u{0600}'..='\u{06FF}' => fold_arabic(c, &mut out),
            '\u{0370}'..='\u{03FF}' => fold_greek(c, &mut out),
            _ => out.push(c),
        }
    }
    out
}

fn fold_arabic(c: char, out: &mut String) {
    match c {
        '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}'
        | '\u{0640}' => {}
        'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
        'ى' => out.push('ي'),
        'ة' => out.push('ه'),
        'ؤ' => out.push('و'),
        'ئ' => out.push('ي'),
        _ => push_lower(out, c),
    }
}

fn fold_hebrew(c: char, out: &mut String) {
    match c {
        '\u{05BE}' => out.push(' '), // maqaf joins words like a hyphen
        '\u{0591}'..='\u{05C7}' | '\u{05F3}' | '\u{05F4}' => {}
        'ך' => out.push('כ'),
        'ם' => out.push('מ'),
        'ן' => out.push('נ'),
        'ף' => out.push('פ'),
        'ץ' => out.push('צ'),
        _ => push_lower(out, c),
    }
}

fn fold_greek(c: char, out: &mut String) {
    for l in c.to_lowercase() {
        match l {
            '\u{0300}'..='\u{036F}' => {} // combining accents
            'ά' => out.push('α'),
            'έ' => out.push('ε'),
            'ή' => out.push('η'),
            'ί' | 'ϊ' | 'ΐ' => out.push('ι'),
            'ό' => out.push('ο'),
            'ύ' | 'ϋ' | 'ΰ' => out.push('υ'),
            'ώ' => out.push('ω'),
            'ς' => out.push('σ'),
            _ => out.push(l),
        }
    }
}

fn fold_common(c: char, out: &mut String) {
    match c {
        '’' | '‘' | '`' | 'ʼ' => out.push('\''),
        _ => push_lower(out, c),
    }
}

fn push_lower(out: &mut String, c: char) {
    out.extend(c.to_lowercase());
}

/// The text's tokens, normalised, with English contractions expanded.
pub fn tokens(language: &str, text: &str) -> Vec<String> {
    let rules = rules(language);
    let normalized = normalize(language, text);
    let mut out = Vec::new();
    for raw in normalized.split(|c: char| !(c.is_alphanumeric() || c == '\'')) {
        let word = raw.trim_matches('\'');
        if word.is_empty() {
            continue;
        }
        (rules.split)(word, &mut out);
    }
    out
}

fn split_plain(word: &str, out: &mut Vec<String>) {
    out.push(word.replace('\'', ""));
}

fn split_elided(word: &str, out: &mut Vec<String>) {
    match word.split_once('\'') {
        Some((article, rest)) if article.chars().count() <= 3 && !rest.is_empty() => {
            out.push(article.to_string());
            out.push(rest.to_string());
        }
        _ => out.push(word.to_string()),
    }
}

fn expand_english(word: &str, out: &mut Vec<String>) {
    let irregular = match word {
        "can't" | "cannot" => Some(["can", "not"]),
        "won't" => Some(["will", "not"]),
        "shan't" => Some(["shall", "not"]),
        "ain't" => Some(["is", "not"]),
        _ => None,
    };
    if let Some(pair) = irregular {
        out.extend(pair.iter().map(|s| s.to_string()));
        return;
    }
    if let Some(stem) = word.strip_suffix("n't") {
        out.push(stem.to_string());
        out.push("not".into());
        return;
    }
    for (suffix, full) in [
        ("'ve", "have"),
        ("'re", "are"),
        ("'ll", "will"),
        ("'m", "am"),
        ("'d", "would"),
    ] {
        if let Some(stem) = word.strip_suffix(suffix) {
            out.push(stem.to_string());
            out.push(full.into());
            return;
        }
    }
    if let Some(stem) = word.strip_suffix("'s") {
        out.push(stem.to_string());
        return;
    }
    out.push(word.replace('\'', ""));
}

const AR_PREFIXES: &[&str] = &[
    "وال", "فال", "بال", "كال", "ولل", "لل", "ال", "وب", "ول", "وس", "فب", "فل", "فس", "و", "ف",
    "ب", "ك", "ل", "س",
];
const AR_SUFFIXES: &[&str] = &[
    "هما", "كما", "ها", "هم", "هن", "كم", "كن", "ني", "نا", "ات", "ون", "ين", "وا", "ان", "تم",
    "ه", "ك", "ي", "ت",
];
const HE_PREFIX_LETTERS: &[char] = &['ו', 'ה', 'ש', 'ב', 'כ', 'ל', 'מ'];

/// Whether prefix letter `c` can follow the prefix letters `used`. They stack ("וכשה…"), but
/// none twice, one preposition of ב ל מ at most, and nothing after the article ה: "בבקשה"
/// (please) is not ב + ב + "קשה" (hard), "למחלקה" (to the department) not ל + מ + "חלקה".
fn he_prefix_stacks(c: char, used: &[char]) -> bool {
    let preposition = |c: &char| ['ב', 'ל', 'מ'].contains(c);
    let second_preposition = preposition(&c) && used.iter().any(preposition);
    HE_PREFIX_LETTERS.contains(&c)
        && !used.contains(&c)
        && !used.contains(&'ה')
        && !second_preposition
}
/// Normalised: final mem is already a plain mem here.
const HE_SUFFIXES: &[&str] = &["ימ", "ות", "ה", "ת", "י", "ו"];
/// Greek inflectional endings, longest first (accents and final sigma already normalised).
pub const EL_SUFFIXES: &[&str] = &[
    "ομαστε",
    "οντουσαν",
    "ουμαστε",
    "ησαμε",
    "ησατε",
    "ουσαν",
    "ομαι",
    "εσαι",
    "εται",
    "ουμε",
    "ουνε",
    "ετε",
    "ατε",
    "αμε",
    "ουν",
    "εισ",
    "ους",
    "εσ",
    "ασ",
    "ησ",
    "οσ",
    "ου",
    "ων",
    "οι",
    "ει",
    "ια",
    "ιο",
    "α",
    "ε",
    "η",
    "ι",
    "ο",
    "υ",
    "ω",
];
const EN_SUFFIXES: &[(&str, &str)] = &[
    ("ies", "y"),
    ("ied", "y"),
    ("ing", ""),
    ("ing", "e"),
    ("ed", ""),
    ("ed", "e"),
    ("es", ""),
    ("s", ""),
    ("ly", ""),
    ("d", ""),
];

/// Minimum letters an Arabic or Hebrew stem keeps after stripping: their roots have three.
const MIN_ROOT_CHARS: usize = 3;

fn long_enough(s: &str) -> bool {
    s.chars().count() >= MIN_ROOT_CHARS
}

/// Candidate lexicon forms of a normalised token, most literal first (the token itself).
pub fn forms(language: &str, token: &str) -> Vec<String> {
    let mut out = vec![token.to_string()];
    (rules(language).strip)(token, &mut out);
    out
}

fn strip_nothing(_token: &str, _out: &mut Vec<String>) {}

fn strip_arabic(token: &str, out: &mut Vec<String>) {
    let mut prefixed = vec![token];
    for p in AR_PREFIXES {
        if let Some(rest) = token.strip_prefix(p) {
            // A one-letter proclitic (و ف ب ك ل س) leaves at least four letters:
            // many three-letter roots begin a longer word with one of them.
            let one_letter = p.chars().count() == 1;
            if long_enough(rest) && (!one_letter || rest.chars().count() >= 4) {
                prefixed.push(rest);
            }
        }
    }
    for stem in &prefixed {
        push_unique(out, stem);
    }
    for stem in &prefixed {
        for s in AR_SUFFIXES {
            if let Some(rest) = stem.strip_suffix(s) {
                if long_enough(rest) {
                    push_unique(out, rest);
                    // ta marbuta before a pronoun suffix: مشكلتي → مشكله
                    if let Some(r) = rest.strip_suffix('ت') {
                        push_unique(out, &format!("{r}ه"));
                    }
                }
            }
        }
    }
}

fn strip_hebrew(token: &str, out: &mut Vec<String>) {
    let mut prefixed = vec![token.to_string()];
    let mut rest = token;
    let mut used: Vec<char> = Vec::new();
    for _ in 0..4 {
        let mut chars = rest.chars();
        match chars.next() {
            Some(c) if he_prefix_stacks(c, &used) && long_enough(chars.as_str()) => {
                used.push(c);
                rest = chars.as_str();
                prefixed.push(rest.to_string());
            }
            _ => break,
        }
    }
    for stem in &prefixed {
        push_unique(out, stem);
    }
    for stem in &prefixed {
        for s in HE_SUFFIXES {
            if let Some(rest) = stem.strip_suffix(s) {
                if long_enough(rest) {
                    push_unique(out, rest);
                }
            }
        }
    }
}

fn strip_english(token: &str, out: &mut Vec<String>) {
    for (suffix, add) in EN_SUFFIXES {
        if let Some(rest) = token.strip_suffix(suffix) {
            if rest.len() >= 3 {
                push_unique(out, &format!("{rest}{add}"));
            }
        }
    }
}

/// The stem of a normalised Greek word: the longest known ending stripped, keeping at least
/// four letters (`ωρ-` of "hour" must not meet `ωρ-` of "nice"); the word itself when no
/// ending fits.
pub fn greek_stem(word: &str) -> &str {
    for suffix in EL_SUFFIXES {
        if let Some(stem) = word.strip_suffix(suffix) {
            if stem.chars().count() >= 4 {
                return stem;
            }
        }
    }
    word
}

fn push_unique(out: &mut Vec<String>, s: &str) {
    if !out.iter().any(|o| o == s) {
        out.push(s.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_loses_tashkeel_and_tatweel_and_unifies_letters() {
        assert_eq!(normalize("ar", "مُمْتَاز"), "ممتاز");
        assert_eq!(normalize("ar", "جمـــيل"), "جميل");
        assert_eq!(normalize("ar", "أنا إلى مشكلة"), "انا الي مشكله");
    }

    #[test]
    fn arabic_clitics_are_stripped_in_bounded_steps() {
        let f = forms("ar", &normalize("ar", "والمشكلة"));
        assert!(f.contains(&"مشكله".to_string()), "{f:?}");
        let f = forms("ar", &normalize("ar", "مشكلتي"));
        assert!(f.contains(&"مشكله".to_string()), "{f:?}");
        // never below three letters
        assert!(forms("ar", "والبد")
            .iter()
            .skip(1)
            .all(|s| s.chars().count() >= 3));
        // one proclitic letter comes off only before four: "كامل" (whole) is not ك + "امل"
        // (hope), while "وشكرا" is و + "شكرا"
        assert!(!forms("ar", "كامل").contains(&"امل".to_string()));
        assert!(forms("ar", "وشكرا").contains(&"شكرا".to_string()));
    }

    #[test]
    fn hebrew_loses_niqqud_and_final_letters_and_prefixes() {
        assert_eq!(normalize("he", "אַהֲבָה"), "אהבה");
        assert_eq!(normalize("he", "שלום"), "שלומ");
        let f = forms("he", &normalize("he", "וכשהשירות"));
        assert!(f.contains(&"שירות".to_string()), "{f:?}");
        // No prefix letter twice, one preposition at most, nothing after the article.
        for (word, not_a_form) in [("בבקשה", "קשה"), ("למחלקה", "חלקה"), ("ממחלקה", "חלקה")]
        {
            let f = forms("he", &normalize("he", word));
            assert!(!f.contains(&not_a_form.to_string()), "{word}: {f:?}");
        }
    }

    #[test]
    fn greek_loses_accents_case_and_final_sigma() {
        assert_eq!(normalize("el", "Ευχαριστώ ΠΟΛΎ"), "ευχαριστω πολυ");
        assert_eq!(normalize("el", "Άθλιος"), "αθλιοσ");
        assert_eq!(normalize("el", "προϊόν"), "προιον");
        assert_eq!(greek_stem(&normalize("el", "απαράδεκτη")), "απαραδεκτ");
    }

    #[test]
    fn english_contractions_expand() {
        assert_eq!(
            tokens("en", "I don't, won't; I’ve"),
            ["i", "do", "not", "will", "not", "i", "have"]
        );
        assert!(forms("en", "waiting").contains(&"wait".to_string()));
    }
}
