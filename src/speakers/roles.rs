//! Who is the agent among the speakers of a shared channel, and how sure we are.
//!
//! Evidence, strongest first:
//! 1. **The agent's enrolled voice**: one speaker's voice is clearly closer to it than the
//!    others' ([`ENROLLED_MATCH`], by a margin of [`ENROLLED_MARGIN`]).
//! 2. **The agent's earlier calls**, when no voice was enrolled: the speaker whose voice
//!    recurs in them, where a customer's seldom does ([`super::recurring`]), by more of those
//!    calls than any other speaker's.
//! 3. **The script**: the agent greets and closes ("thank you for calling", "how can I
//!    help"); a caller says why they call. The speaker with the most agent phrases, less
//!    caller phrases, when one leads.
//! 4. **Who speaks first**: on an inbound call the agent answers. The weakest: on an outbound
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
    /// How many of the agent's earlier calls heard this speaker's voice
    /// ([`super::recurring::recurrence_votes`]).
    pub recurring_votes: usize,
    /// How many of the agent's earlier calls were compared (the same for every speaker).
    pub earlier_calls: usize,
}

impl RoleEvidence {
    fn script_score(&self) -> i64 {
        self.agent_phrases.len() as i64 - self.caller_phrases.len() as i64
    }
}

/// Each speaker's evidence from the voice alone (words are the caller's to add): when they
/// first speak (ms), how close their voice (a unit embedding, if heard long enough) is to the
/// agent's enrolled voice, and how many of the agent's earlier calls (each its speakers'
/// voices) heard it ([`super::recurring::recurrence_votes`]).
pub fn voice_evidence(
    speakers: &[(u64, Option<&[f32]>)],
    agent_voice: Option<&[f32]>,
    earlier_calls: &[Vec<Vec<f32>>],
) -> Vec<RoleEvidence> {
    let voices: Vec<Option<&[f32]>> = speakers.iter().map(|&(_, voice)| voice).collect();
    let votes = super::recurring::recurrence_votes(&voices, earlier_calls);
    speakers
        .iter()
        .zip(votes)
        .map(|(&(first_ms, voice), recurring_votes)| RoleEvidence {
            first_ms,
            enrolled_similarity: agent_voice
                .zip(voice)
                .map(|(agent, voice)| super::embedding::similarity(agent, voice)),
            recurring_votes,
            earlier_calls: earlier_calls.len(),
            ..RoleEvidence::default()
        })
        .collect()
}

/// A speaker's role, how sure, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleChoice {
    pub role: String,
    pub confidence: f32,
    pub reason: String,
}

/// An enrolled voice this similar or more can be the agent (CAM++ through the telephone band:
/// on the bench's dev calls an agent matched their enrolment from another call at 0.48–0.92,
/// the other party 0.17–0.74; benches/diarization).
pub const ENROLLED_MATCH: f32 = 0.5;
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
    // 2. The voice that recurs in the agent's earlier calls.
    let mut by_votes: Vec<(usize, usize)> = speakers
        .iter()
        .enumerate()
        .map(|(i, s)| (i, s.recurring_votes))
        .collect();
    by_votes.sort_by_key(|&(_, votes)| std::cmp::Reverse(votes));
    let (best, votes) = by_votes[0];
    let lead = votes - by_votes[1].1;
    if lead > 0 {
        let calls = speakers[best].earlier_calls;
        let confidence = (0.7 + 0.05 * lead as f32).min(0.9);
        return Some((
            best,
            confidence,
            format!(
                "voice recurs in {votes} of the agent's {calls} earlier calls compared (the \
                 other speaker's in {})",
                by_votes[1].1
            ),
        ));
    }
    // 3. The script.
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
    // 4. Who speaks first.
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
    let calls = speakers[first].earlier_calls;
    let recurring = match calls {
        0 => String::new(),
        1 => ", nor a voice that recurs clearly in the agent's earlier call".into(),
        n => format!(", nor a voice that recurs clearly in the agent's {n} earlier calls"),
    };
    Some((
        first,
        0.55,
        format!("spoke first (no agent script heard, {voices}{recurring})"),
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
            ..RoleEvidence::default()
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
    fn a_voice_recurring_in_the_agents_earlier_calls_outranks_the_script_and_the_order() {
        let recurring = |votes, first_ms, agent: &[&str]| RoleEvidence {
            recurring_votes: votes,
            earlier_calls: 4,
            ..speaker(first_ms, agent, &[], None)
        };
        let choices = assign_roles(&[recurring(0, 0, &["how can i help"]), recurring(3, 900, &[])]);
        assert_eq!(roles(&choices), ["customer", "agent"]);
        assert!(
            choices[1]
                .reason
                .contains("recurs in 3 of the agent's 4 earlier calls"),
            "{choices:?}"
        );
        // An enrolled voice that clearly matches comes first; a tie in votes decides nothing.
        let mut enrolled = recurring(0, 0, &[]);
        enrolled.enrolled_similarity = Some(0.9);
        let mut other = recurring(3, 900, &[]);
        other.enrolled_similarity = Some(0.5);
        assert_eq!(
            roles(&assign_roles(&[enrolled, other])),
            ["agent", "customer"]
        );
        let tied = assign_roles(&[recurring(2, 900, &[]), recurring(2, 0, &["how can i help"])]);
        assert_eq!(roles(&tied), ["customer", "agent"]);
        assert!(tied[1].reason.contains("script"), "{tied:?}");
        let unclear = assign_roles(&[recurring(0, 900, &[]), recurring(0, 0, &[])]);
        assert!(
            unclear[1].reason.contains(
                "spoke first (no agent script heard, no enrolled voice to compare, nor a voice \
                 that recurs clearly in the agent's 4 earlier calls)"
            ),
            "{unclear:?}"
        );
    }

    #[test]
    fn the_voice_evidence_compares_the_voices_heard_with_the_enrolled_one_and_earlier_calls() {
        let (agent, other) = ([1.0f32, 0.0], [0.0f32, 1.0]);
        let earlier = vec![vec![vec![1.0, 0.0], vec![0.6, 0.8]]];
        let evidence = voice_evidence(
            &[(0, Some(&agent)), (900, Some(&other)), (1_200, None)],
            Some(&agent),
            &earlier,
        );
        let similarities: Vec<Option<f32>> =
            evidence.iter().map(|e| e.enrolled_similarity).collect();
        assert_eq!(similarities, [Some(1.0), Some(0.0), None]);
        let votes: Vec<usize> = evidence.iter().map(|e| e.recurring_votes).collect();
        assert_eq!(votes, [1, 0, 0]);
        assert!(evidence.iter().all(|e| e.earlier_calls == 1));
        assert_eq!(evidence[1].first_ms, 900);
        assert!(voice_evidence(&[(0, Some(&agent))], None, &[])[0]
            .enrolled_similarity
            .is_none());
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
