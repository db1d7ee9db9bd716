//! The scoring algorithm (the steps of the module docs of [`super`]): the words of one text,
//! their lexicon matches and the rules around them → a [`TextScore`].

use super::lexicon::{language_data, LanguageData};
use super::normalize::{forms, tokens};
use super::params::{
    AFTER_CONTRAST, ALPHA, BEFORE_CONTRAST, BOOST_DECAY, NEGATION, NEUTRAL_BAND, SCOPE_WORDS,
};
use super::types::{Cue, TextScore, UnsupportedLanguage};

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

impl LanguageData {
    fn score(&self, text: &str) -> TextScore {
        let tokens = tokens(self.code, text);
        let forms: Vec<Vec<String>> = tokens.iter().map(|t| forms(self.code, t)).collect();
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
                valence *= AFTER_CONTRAST;
            } else if contrast_at.iter().any(|&c| c >= i + n) {
                valence *= BEFORE_CONTRAST;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::AbuseKind;

    fn s(language: &str, text: &str) -> TextScore {
        score_text(language, text).unwrap()
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
