//! What the scorer returns: plain data, each with a one-line description for reviewers.

use serde::Serialize;

use super::languages::SENTIMENT_LANGUAGES;

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
    pub(super) fn parse(s: &str) -> Option<AbuseKind> {
        match s {
            "insult" => Some(AbuseKind::Insult),
            "curse" => Some(AbuseKind::Curse),
            "threat" => Some(AbuseKind::Threat),
            _ => None,
        }
    }
    /// What an abuse term with no lexicon match of its own counts (VADER scale).
    pub(super) fn valence(self) -> f32 {
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
