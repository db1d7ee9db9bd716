//! A language's lexicons, word lists and abuse list, loaded once from its [`Language`] entry
//! and normalised like the text; and the lookups the scorer makes in them.
//!
//! In: a language code. Out: a [`LanguageData`] (cached for the life of the process): word
//! and phrase entries with their valence and source (`lexicon`, `domain`), the rule words as
//! normalised sets, and the abuse terms.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::languages::{Language, LexiconKind, LANGUAGES};
use super::normalize::tokens;
use super::params::{BOOST, WANTING_SCOPE_WORDS, WEAKEST_TRANSLATED};
use super::types::{AbuseHit, AbuseKind};

/// One lexicon entry.
#[derive(Debug, Clone, Copy)]
pub(super) struct Entry {
    /// VADER scale, −4..4.
    pub valence: f32,
    /// `lexicon` or `domain`.
    pub source: &'static str,
    /// A domain outcome ("fixed", "working"): positive when had, nothing when only wanted.
    pub outcome: bool,
}

pub(super) struct AbuseTerm {
    kind: AbuseKind,
    words: Vec<String>,
    /// The last word matches any word beginning with it.
    prefix: bool,
}

/// One language's lexicon, rules and abuse list, normalised once.
pub(super) struct LanguageData {
    /// ISO 639-1.
    pub code: &'static str,
    /// See [`Language::stem`].
    stem: Option<fn(&str) -> &str>,
    words: HashMap<String, Entry>,
    /// Phrases keyed by their first word: (all words, entry).
    phrases: HashMap<String, Vec<(Vec<String>, Entry)>>,
    /// With [`Language::stem`] only: lexicon stems → entry.
    stems: HashMap<String, Entry>,
    negators: HashSet<String>,
    wanting: HashSet<String>,
    /// Function words, normalised: no translated-lexicon entry for them.
    stopwords: HashSet<String>,
    /// Single words and two-word phrases (joined by a space) → signed step.
    pub boosters: HashMap<String, f32>,
    pub contrast: HashSet<String>,
    pub abuse: Option<Vec<AbuseTerm>>,
}

/// The data of `language`, loaded on first use; `None` for a code not in [`LANGUAGES`].
pub(super) fn language_data(language: &str) -> Option<&'static LanguageData> {
    static CACHE: [OnceLock<LanguageData>; LANGUAGES.len()] =
        [const { OnceLock::new() }; LANGUAGES.len()];
    let i = LANGUAGES.iter().position(|l| l.code == language)?;
    Some(CACHE[i].get_or_init(|| LanguageData::load(&LANGUAGES[i])))
}

fn parse_tsv(text: &str) -> impl Iterator<Item = (&str, &str)> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t'))
}

impl LanguageData {
    fn load(spec: &'static Language) -> LanguageData {
        let language = spec.code;
        let mut data = LanguageData {
            code: language,
            stem: spec.stem,
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
        data.stopwords = spec
            .stopwords
            .lines()
            .filter(|l| !l.starts_with('#'))
            .map(|l| tokens(language, l).join(" "))
            .filter(|w| !w.is_empty())
            .collect();
        let sources = [(spec.lexicon, "lexicon"), (spec.domain, "domain")];
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
                if source == "lexicon"
                    && spec.lexicon_kind == LexiconKind::TranslatedAfinn
                    && valence.abs() < WEAKEST_TRANSLATED
                {
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
                        if let Some(stem) = spec.stem {
                            data.stems.insert(stem(&words[0]).to_string(), entry);
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
        let join = |s: &str| tokens(language, s).join(" ");
        data.negators = spec.negators.iter().map(|s| join(s)).collect();
        data.wanting = spec.wanting.iter().map(|s| join(s)).collect();
        data.contrast = spec.contrast.iter().map(|s| join(s)).collect();
        for b in spec.boosters {
            data.boosters.insert(join(b), BOOST);
        }
        for d in spec.diminishers {
            data.boosters.insert(join(d), -BOOST);
        }
        data.abuse = spec.abuse.map(|text| {
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
    pub fn is_negator(&self, forms: &[String]) -> bool {
        forms.iter().any(|f| self.negators.contains(f))
    }

    /// Whether a word of wanting stands among the [`WANTING_SCOPE_WORDS`] before token `i`,
    /// with no contrast word between ("I need it fixed", not "I needed help but it's fixed").
    pub fn is_wanted(&self, forms: &[Vec<String>], i: usize) -> bool {
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
    pub fn lookup(
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
        if let Some(stem_of) = self.stem {
            let stem = stem_of(&tokens[i]);
            if let Some(entry) = self.stems.get(stem) {
                return Some((1, tokens[i].clone(), format!("{stem}-"), *entry));
            }
        }
        None
    }

    pub fn find_abuse(
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{ABUSE_LANGUAGES, SENTIMENT_LANGUAGES};

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
}
