//! What a contact centre's agent says and a caller does not: the greeting and closing
//! scripts ("thank you for calling", "how can I help"), in each language we serve. Evidence
//! of who the agent is on a recording where both parties share one channel.
//!
//! Phrases are matched on normalised tokens ([`super::normalize::tokens`]), so case, accents,
//! Arabic tashkeel and alef forms, Hebrew niqqud and final letters, and English contractions
//! do not matter. A centre adds its own script (its greeting, its company name) with
//! `--agent-phrases`.

use super::normalize::tokens;

/// Phrases only the agent says, per language (ISO 639-1).
const AGENT_PHRASES: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "thank you for calling",
            "thanks for calling",
            "thank you for contacting",
            "how can i help",
            "how may i help",
            "how can i assist",
            "how may i assist",
            "what can i do for you",
            "is there anything else i can",
            "anything else i can help",
            "thank you for your patience",
            "thank you for holding",
            "this call may be recorded",
            "welcome to",
            "you are speaking with",
            "can i have your account",
            "can i have your name",
            "may i have your",
        ],
    ),
    (
        "ar",
        &[
            "شكرا لاتصالك",
            "شكرا لاتصالكم",
            "شكرا على اتصالك",
            "كيف يمكنني مساعدتك",
            "كيف اقدر اساعدك",
            "كيف استطيع مساعدتك",
            "كيف ممكن اساعدك",
            "اهلا بك في",
            "مرحبا بك في",
            "مرحبا بكم في",
            "هل هناك اي شيء اخر",
            "هل يوجد شيء اخر",
            "شكرا لانتظارك",
        ],
    ),
    (
        "he",
        &[
            "תודה שפנית",
            "תודה שפניתם",
            "תודה שהתקשרת",
            "תודה שהתקשרתם",
            "איך אפשר לעזור",
            "במה אוכל לעזור",
            "איך אוכל לעזור",
            "במה אפשר לעזור",
            "ברוכים הבאים",
            "יש עוד משהו",
            "תודה על ההמתנה",
            "מדברת איתך",
            "מדבר איתך",
        ],
    ),
    (
        "el",
        &[
            "ευχαριστούμε που καλέσατε",
            "ευχαριστούμε για την κλήση",
            "σας ευχαριστούμε για την κλήση",
            "πώς μπορώ να σας βοηθήσω",
            "πώς μπορώ να βοηθήσω",
            "τι μπορώ να κάνω για εσάς",
            "καλωσορίσατε στην",
            "καλωσορίσατε στο",
            "υπάρχει κάτι άλλο",
            "ευχαριστώ για την αναμονή",
            "με λένε",
            "ονομάζομαι",
        ],
    ),
];

/// Phrases a caller says and an agent does not.
const CALLER_PHRASES: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "i am calling about",
            "i am calling because",
            "i am calling to",
            "i have been waiting",
            "i want to speak to",
            "can i speak to",
        ],
    ),
    ("ar", &["اتصل بخصوص", "اتصلت بخصوص", "اريد التحدث مع"]),
    (
        "he",
        &["אני מתקשר בקשר", "אני מתקשרת בקשר", "אני רוצה לדבר עם"],
    ),
    ("el", &["τηλεφωνώ για", "καλώ για", "θέλω να μιλήσω με"]),
];

/// The script phrases found in `text` (in `language`; `None`: every language's are tried),
/// agent's and caller's, with a centre's own `extra` agent phrases.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ScriptHits {
    pub agent: Vec<String>,
    pub caller: Vec<String>,
}

pub fn script_hits(language: Option<&str>, text: &str, extra: &[String]) -> ScriptHits {
    let language_code = language.unwrap_or("en");
    let said = tokens(language_code, text);
    let find = |table: &[(&str, &[&str])]| -> Vec<String> {
        table
            .iter()
            .filter(|(code, _)| language.is_none_or(|l| l == *code))
            .flat_map(|(code, phrases)| phrases.iter().map(move |p| (*code, *p)))
            .filter(|(code, phrase)| {
                let toks = if language.is_none() {
                    tokens(code, text)
                } else {
                    said.clone()
                };
                contains(&toks, &tokens(code, phrase))
            })
            .map(|(_, phrase)| phrase.to_string())
            .collect()
    };
    let mut agent = find(AGENT_PHRASES);
    agent.extend(
        extra
            .iter()
            .filter(|p| contains(&said, &tokens(language_code, p)))
            .cloned(),
    );
    ScriptHits {
        agent,
        caller: find(CALLER_PHRASES),
    }
}

/// Whether `needle` occurs in `haystack` as consecutive tokens.
fn contains(haystack: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn greetings_are_found_in_every_language() {
        let cases = [
            (
                "en",
                "Hi, thank you for calling Acme, how can I help you today?",
            ),
            ("ar", "مرحبا، شكراً لاتصالك، كيف يمكنني مساعدتك اليوم؟"),
            ("he", "שלום, תודה שפנית, במה אוכל לעזור?"),
            (
                "el",
                "Καλημέρα, ευχαριστούμε που καλέσατε, πώς μπορώ να σας βοηθήσω;",
            ),
        ];
        for (language, text) in cases {
            let hits = script_hits(Some(language), text, &[]);
            assert!(hits.agent.len() >= 2, "{language}: {hits:?}");
            assert!(hits.caller.is_empty(), "{language}: {hits:?}");
        }
    }

    #[test]
    fn a_callers_words_are_not_an_agents() {
        let hits = script_hits(
            Some("en"),
            "Hello, I'm calling about my bill, I've been waiting for a week.",
            &[],
        );
        assert!(hits.agent.is_empty(), "{hits:?}");
        assert_eq!(hits.caller.len(), 2, "{hits:?}");
    }

    #[test]
    fn a_centres_own_script_counts_and_unknown_language_tries_all() {
        let extra = vec!["Acme Telecom good morning".to_string()];
        let hits = script_hits(Some("en"), "acme telecom, good morning!", &extra);
        assert_eq!(hits.agent, extra);
        let hits = script_hits(None, "תודה שהתקשרת", &[]);
        assert_eq!(hits.agent, vec!["תודה שהתקשרת".to_string()]);
    }
}
