//! One turn's words → their sentiment, abuse and how far to trust them.
//!
//! In: the turn's language (or the call's, when the turn has none), its text and Whisper's
//! probability of each word. Out: a [`TurnWords`]: the [`TextScore`] with a confidence in
//! [0, 1], or why the words were not scored. The confidence is
//!
//! ```text
//! c_t = (0.3 without a lexicon cue, else min(1, 0.5 + 0.25·cues)) · mean word probability
//! ```
//!
//! so a turn of many sentiment words that Whisper heard clearly counts fully, and a turn of
//! no sentiment word, or of words Whisper was unsure of, counts less.

use super::{score_text, signed, TextScore, UnsupportedLanguage};

/// What the words of one turn gave.
#[derive(Debug, Clone, PartialEq)]
pub enum TurnWords {
    Scored {
        score: TextScore,
        confidence: f32,
    },
    /// The turn has words, but no language to read them in.
    LanguageUnknown,
    Unsupported(UnsupportedLanguage),
}

impl TurnWords {
    /// The text score and its confidence, when the words were scored.
    pub fn scored(&self) -> Option<(&TextScore, f32)> {
        match self {
            TurnWords::Scored { score, confidence } => Some((score, *confidence)),
            _ => None,
        }
    }

    /// The reviewer's sentences: the sentiment with its cues, then each abuse term; or why
    /// the words were not scored.
    pub fn evidence(&self) -> Vec<String> {
        match self {
            TurnWords::Scored { score, confidence } => {
                let cues: Vec<String> = score
                    .cues
                    .iter()
                    .filter(|c| c.source != "abuse")
                    .map(|c| c.describe())
                    .collect();
                let words = if cues.is_empty() {
                    "no sentiment words".to_string()
                } else {
                    cues.join("; ")
                };
                let mut out = vec![format!(
                    "words {} (confidence {confidence:.2}): {words}",
                    signed(score.sentiment)
                )];
                out.extend(
                    score
                        .abuse
                        .iter()
                        .map(|hit| format!("abuse: {}", hit.describe())),
                );
                out
            }
            TurnWords::LanguageUnknown => vec!["words not scored: language unknown".into()],
            TurnWords::Unsupported(e) => vec![format!("words not scored: {e}")],
        }
    }
}

/// Scores one turn's words; `None` for a turn without words. `word_probabilities` are
/// Whisper's, one per word.
pub fn score_turn(
    language: Option<&str>,
    text: &str,
    word_probabilities: &[f32],
) -> Option<TurnWords> {
    if word_probabilities.is_empty() {
        return None;
    }
    let Some(language) = language else {
        return Some(TurnWords::LanguageUnknown);
    };
    Some(match score_text(language, text) {
        Ok(score) => {
            let confidence = confidence(&score, word_probabilities);
            TurnWords::Scored { score, confidence }
        }
        Err(e) => TurnWords::Unsupported(e),
    })
}

fn confidence(score: &TextScore, word_probabilities: &[f32]) -> f32 {
    let cues = score.cues.len() as f32;
    let base = if cues == 0.0 {
        0.3
    } else {
        (0.5 + 0.25 * cues).min(1.0)
    };
    let mean_p = word_probabilities.iter().sum::<f32>() / word_probabilities.len() as f32;
    (base * mean_p.clamp(0.0, 1.0)).clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_turn_without_words_is_not_scored_at_all() {
        assert_eq!(score_turn(Some("en"), "", &[]), None);
    }

    #[test]
    fn a_turn_without_a_language_says_so() {
        let words = score_turn(None, "thank you", &[0.9, 0.9]).expect("has words");
        assert_eq!(words, TurnWords::LanguageUnknown);
        assert_eq!(words.evidence(), ["words not scored: language unknown"]);
    }

    #[test]
    fn confidence_grows_with_cues_and_with_whisper_s_certainty() {
        let clear = score_turn(Some("en"), "great thanks", &[1.0, 1.0]).expect("words");
        let unsure = score_turn(Some("en"), "great thanks", &[0.5, 0.5]).expect("words");
        let plain = score_turn(Some("en"), "the account", &[1.0, 1.0]).expect("words");
        let c = |w: &TurnWords| w.scored().expect("scored").1;
        assert!(c(&clear) > c(&unsure));
        assert!(c(&clear) > c(&plain));
        assert!((c(&plain) - 0.3).abs() < 1e-6);
    }

    #[test]
    fn abuse_comes_after_the_sentiment_in_the_evidence() {
        let words = score_turn(Some("en"), "you idiot", &[0.9, 0.9]).expect("words");
        let evidence = words.evidence();
        assert!(evidence[0].starts_with("words −"), "{evidence:?}");
        assert_eq!(evidence[1], "abuse: insult: 'idiot'");
    }

    #[test]
    fn turn_words_are_scored_in_their_language_and_an_unknown_one_is_said() {
        let abusive = score_turn(Some("en"), "you idiot, this is terrible", &[1.0; 5]).unwrap();
        let (score, confidence) = abusive.scored().expect("scored");
        assert!(score.sentiment < -0.5 && score.abusive == Some(true));
        assert!(abusive
            .evidence()
            .iter()
            .any(|e| e == "abuse: insult: 'idiot'"));
        assert!(confidence > 0.5);
        let hebrew = score_turn(Some("he"), "השירות היה מעולה", &[1.0; 3]).unwrap();
        assert!(hebrew.scored().expect("scored").0.sentiment > 0.3);
        let japanese = score_turn(Some("ja"), "x", &[1.0]).unwrap();
        assert!(japanese.scored().is_none());
        assert!(japanese.evidence()[0].contains("no sentiment lexicon for language `ja`"));
    }
}
