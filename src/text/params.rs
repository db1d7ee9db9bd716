//! Every number of the text scorer, with its meaning (VADER's constants unless said).

/// Name of the text scorer in reports.
pub const TEXT_MODEL_NAME: &str =
    "calltone-lexicon-v1 (VADER, AFINN-165 multilang, domain, abuse lists)";

/// Scores within ±this are `neutral` (chosen on the dev split of `data/eval/`).
pub const NEUTRAL_BAND: f32 = 0.2;

/// Translated AFINN entries weaker than this (AFINN ±1 = 0.8 here) are dropped.
pub(super) const WEAKEST_TRANSLATED: f32 = 1.0;

/// VADER's normalisation constant: `sentiment = s / sqrt(s² + ALPHA)`.
pub(super) const ALPHA: f32 = 15.0;
/// VADER's booster step.
pub(super) const BOOST: f32 = 0.293;
/// VADER's negation factor.
pub(super) const NEGATION: f32 = -0.74;
/// How many words before a lexicon match are searched for negators and boosters.
pub(super) const SCOPE_WORDS: usize = 3;
/// How many words before an outcome word are searched for a word of wanting ("I need this to
/// be working": five words).
pub(super) const WANTING_SCOPE_WORDS: usize = 5;
/// A booster's step at one, two and three words before the match.
pub(super) const BOOST_DECAY: [f32; SCOPE_WORDS] = [1.0, 0.95, 0.9];
/// Valences after a contrast word count this much ("…, but the product is terrible").
pub(super) const AFTER_CONTRAST: f32 = 1.5;
/// Valences before a contrast word count this much ("the agent was nice, but …").
pub(super) const BEFORE_CONTRAST: f32 = 0.5;
