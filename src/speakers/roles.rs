//! Who is the agent among the speakers of a shared channel, and how sure we are.
//!
//! Evidence, strongest first:
//! 1. **The agent's enrolled voice**: one speaker's voice is clearly closer to it than the
//!    others' ([`ENROLLED_MATCH`], by a margin of [`ENROLLED_MARGIN`]).
//! 2. **The script**: the agent greets and closes ("thank you for calling", "how can I
//!    help"); a caller says why they call. The speaker with the most agent phrases, less
//!    caller phrases, when one leads.
//! 3. **Who speaks first**: on an inbound call the agent answers. The weakest: on an outbound
//!    call, or when the caller says "hello?" first, it is wrong.
//!
//! Every other speaker is a customer. The confidence says which evidence decided, and its
//! margin; the reason says it in words.

/// What one speaker offers as evidence.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RoleEvidence {
    /// When the speaker first speaks (ms).
    pub first_ms: u64,
    /// Agent-script phrases the speaker said.
    pub agent_phrases: Vec<String>,
    /// Caller phrases the speaker said.
    pub caller_phrases: Vec<String>,
    /// Cosine similarity of the speaker's voice to the agent's enrolled voice, if any.
    pub enrolled_similarity: Option<f32>,
}

impl RoleEvidence {
    fn script_score(&self) -> i64 {
        self.agent_phrases.len() as i64 - self.caller_phrases.len() as i64
    }
}

/// A speaker's role, how sure, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleChoice {
    pub role: String,
    pub confidence: f32,
    pub reason: String,
}

/// An enrolled voice this similar or more can be the agent.
pub const ENROLLED_MATCH: f32 = 0.7;
/// ... when the next speaker is this much less similar.
pub const ENROLLED_MARGIN: f32 = 0.1;

/// Each speaker's role (one `agent`, the rest `customer`).
pub fn assign_roles(speakers: &[RoleEvidence]) -> Vec<RoleChoice> {
    let Some((agent, confidence, why)) = choose_agent(speakers) else {
        return Vec::new();
    };
    speakers
        .iter()
        .enumerate()
        .map(|(i, _)| {
            if i == agent {
                RoleChoice {
                    role: "agent".into(),
                    confidence,
                    reason: why.clone(),
                }
            } else {
                RoleChoice {
                    role: "customer".into(),
                    confidence,
                    reason: format!("not the agent ({why})"),
                }
            }
        })
        .collect()
}

/// The agent's index, the confidence, the reason.
fn choose_agent(speakers: &[RoleEvidence]) -> Option<(usize, f32, String)> {
    if speakers.is_empty() {
        return None;
    }
    if speakers.len() == 1 {
        return Some((0, 0.5, "the only speaker".into()));
    }
    // 1. The enrolled voice.
    let mut by_voice: Vec<(usize, f32)> = speakers
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.enrolled_similarity.map(|v| (i, v)))
        .collect();
    by_voice.sort_by(|a, b| b.1.total_cmp(&a.1));
    if let [(best, sim), rest @ ..] = by_voice.as_slice() {
        let next = rest.first().map_or(-1.0, |r| r.1);
        if *sim >= ENROLLED_MATCH && sim - next >= ENROLLED_MARGIN {
            let confidence = (0.8 + (sim - next)).min(0.99);
            let next_text = rest
                .first()
                .map(|r| format!(" against {:.2}", r.1))
                .unwrap_or_default();
            return Some((
                *best,
                confidence,
                format!(
                    "voice matches the agent's enrolled voice (similarity {sim:.2}{next_text})"
                ),
            ));
        }
    }
    // 2. The script.
    let mut by_script: Vec<(usize, i64)> = speakers
        .iter()
        .enumerate()
        .map(|(i, s)| (i, s.script_score()))
        .collect();
    by_script.sort_by_key(|&(_, score)| std::cmp::Reverse(score));
    let (best, score) = by_script[0];
    let lead = score - by_script[1].1;
    if score > 0 && lead > 0 {
        let said = &speakers[best].agent_phrases;
        let quoted: Vec<String> = said.iter().take(2).map(|p| format!("\"{p}\"")).collect();
        let confidence = (0.75 + 0.05 * lead as f32).min(0.95);
        return Some((
            best,
            confidence,
            format!("said the agent's script: {}", quoted.join(", ")),
        ));
    }
    if let Some((caller, _)) = by_script.iter().rev().find(|(_, s)| *s < 0) {
        if speakers.len() == 2 && by_script[0].1 >= 0 {
            let phrase = &speakers[*caller].caller_phrases[0];
            return Some((
                1 - caller,
                0.7,
                format!("the other speaker said the caller's \"{phrase}\""),
            ));
        }
    }
    // 3. Who speaks first.
    let first = (0..speakers.len())
        .min_by_key(|&i| speakers[i].first_ms)
        .expect("not empty");
    let voices = if by_voice.is_empty() {
        "no enrolled voice to compare".to_string()
    } else {
        let similarities: Vec<String> = speakers
            .iter()
            .filter_map(|s| s.enrolled_similarity.map(|v| format!("{v:.2}")))
            .collect();
        format!(
            "the enrolled voice is not clearly one speaker's: {}",
            similarities.join(" and ")
        )
    };
    Some((
        first,
        0.55,
        format!("spoke first (no agent script heard, {voices})"),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn speaker(first_ms: u64, agent: &[&str], caller: &[&str], voice: Option<f32>) -> RoleEvidence {
        RoleEvidence {
            first_ms,
            agent_phrases: agent.iter().map(|s| s.to_string()).collect(),
            caller_phrases: caller.iter().map(|s| s.to_string()).collect(),
            enrolled_similarity: voice,
        }
    }

    fn roles(choices: &[RoleChoice]) -> Vec<&str> {
        choices.iter().map(|c| c.role.as_str()).collect()
    }

    #[test]
    fn the_enrolled_voice_outranks_the_script_and_the_order() {
        let choices = assign_roles(&[
            speaker(0, &["thank you for calling"], &[], Some(0.45)),
            speaker(2_000, &[], &[], Some(0.83)),
        ]);
        assert_eq!(roles(&choices), ["customer", "agent"]);
        assert!(choices[1].reason.contains("enrolled voice"), "{choices:?}");
        assert!(choices[1].confidence > 0.9);
    }

    #[test]
    fn an_unclear_voice_match_falls_back_to_the_script() {
        // Both voices about as close: the script decides.
        let choices = assign_roles(&[
            speaker(0, &[], &["i am calling about"], Some(0.72)),
            speaker(1_500, &["how can i help"], &[], Some(0.70)),
        ]);
        assert_eq!(roles(&choices), ["customer", "agent"]);
        assert!(choices[1].reason.contains("how can i help"), "{choices:?}");
    }

    #[test]
    fn an_unclear_voice_with_no_script_falls_back_to_the_order_and_says_both_similarities() {
        let choices = assign_roles(&[
            speaker(3_000, &[], &[], Some(0.82)),
            speaker(500, &[], &[], Some(0.78)),
        ]);
        assert_eq!(roles(&choices), ["customer", "agent"]);
        assert!(choices[1].confidence < 0.6);
        assert!(
            choices[1]
                .reason
                .contains("the enrolled voice is not clearly one speaker's: 0.82 and 0.78"),
            "{choices:?}"
        );
    }

    #[test]
    fn a_callers_phrase_names_the_other_speaker_the_agent() {
        let choices = assign_roles(&[
            speaker(0, &[], &["i'm calling about"], None),
            speaker(900, &[], &[], None),
        ]);
        assert_eq!(roles(&choices), ["customer", "agent"]);
    }

    #[test]
    fn without_evidence_the_first_speaker_is_the_agent_with_low_confidence() {
        let choices = assign_roles(&[speaker(4_000, &[], &[], None), speaker(800, &[], &[], None)]);
        assert_eq!(roles(&choices), ["customer", "agent"]);
        assert!(choices[1].confidence < 0.6);
        assert!(choices[1].reason.contains("spoke first"));
        assert!(assign_roles(&[]).is_empty());
    }

    #[test]
    fn three_speakers_give_one_agent() {
        let choices = assign_roles(&[
            speaker(0, &[], &[], None),
            speaker(10, &["welcome to", "how may i help"], &[], None),
            speaker(20, &[], &[], None),
        ]);
        assert_eq!(roles(&choices), ["customer", "agent", "customer"]);
    }
}
