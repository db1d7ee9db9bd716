//! The agent's voice from their earlier calls, when nobody enrolled it.
//!
//! A contact centre whose recorders mix both parties into one channel never gives the agent
//! a channel of their own to learn the voice from. Their calls still carry it: the agent
//! speaks in every call of theirs, while a customer seldom calls the same agent twice. So
//! each of the agent's earlier calls is a recording that holds the agent's voice among
//! others, without saying which: the speaker of this call whose voice one of that call's
//! voices matches (as an enrolled voice must: [`ENROLLED_MATCH`], and clearly more than
//! this call's other speakers match any of them, by [`ENROLLED_MARGIN`]) gets that call's
//! vote. The speaker with the most votes, ahead of every other, is the agent
//! ([`super::roles`]). A repeat caller who matches as well as the agent wins no vote: the
//! margin is not met.

use super::embedding::similarity;
use super::roles::{ENROLLED_MARGIN, ENROLLED_MATCH};

/// For each speaker of this call (its voice, a unit embedding, if it was heard long enough
/// to embed), the number of earlier calls (each its speakers' voices) that vote for it.
pub fn recurrence_votes(speakers: &[Option<&[f32]>], earlier: &[Vec<Vec<f32>>]) -> Vec<usize> {
    let mut votes = vec![0; speakers.len()];
    for call in earlier {
        // How well each speaker of this call matches its closest voice of that call.
        let matches: Vec<f32> = speakers
            .iter()
            .map(|voice| match voice {
                Some(voice) => call
                    .iter()
                    .map(|other| similarity(voice, other))
                    .fold(f32::NEG_INFINITY, f32::max),
                None => f32::NEG_INFINITY,
            })
            .collect();
        let Some(best) = (0..matches.len()).max_by(|&a, &b| matches[a].total_cmp(&matches[b]))
        else {
            continue;
        };
        let next = (0..matches.len())
            .filter(|&i| i != best)
            .map(|i| matches[i])
            .fold(-1.0, f32::max);
        if matches[best] >= ENROLLED_MATCH && matches[best] - next >= ENROLLED_MARGIN {
            votes[best] += 1;
        }
    }
    votes
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A unit vector near axis `axis` of 8, nudged towards axis 7 by `nudge`.
    fn voice(axis: usize, nudge: f32) -> Vec<f32> {
        let mut v = [0.0f32; 8];
        v[axis] = 1.0;
        v[7] = nudge;
        let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
        v.iter().map(|x| x / norm).collect()
    }

    #[test]
    fn the_voice_in_every_earlier_call_gets_their_votes() {
        let (agent, customer) = (voice(0, 0.1), voice(1, 0.0));
        // Three earlier calls of the agent, each with another customer.
        let earlier = vec![
            vec![voice(2, 0.0), voice(0, 0.2)],
            vec![voice(0, 0.0), voice(3, 0.0)],
            vec![voice(4, 0.0), voice(0, 0.3)],
        ];
        let votes = recurrence_votes(&[Some(&customer), Some(&agent)], &earlier);
        assert_eq!(votes, [0, 3]);
    }

    #[test]
    fn a_repeat_caller_heard_as_well_as_the_agent_wins_no_vote() {
        let (agent, customer) = (voice(0, 0.0), voice(1, 0.0));
        // The same customer called this agent before: both voices match that call.
        let earlier = vec![
            vec![voice(0, 0.1), voice(1, 0.1)],
            vec![voice(0, 0.1), voice(5, 0.0)],
        ];
        assert_eq!(
            recurrence_votes(&[Some(&agent), Some(&customer)], &earlier),
            [1, 0]
        );
    }

    #[test]
    fn voices_too_far_from_any_earlier_one_or_unheard_get_nothing() {
        let earlier = vec![vec![voice(2, 0.0), voice(3, 0.0)]];
        assert_eq!(
            recurrence_votes(&[Some(&voice(0, 0.0)), Some(&voice(1, 0.0))], &earlier),
            [0, 0]
        );
        assert_eq!(
            recurrence_votes(&[None, Some(&voice(2, 0.0))], &earlier),
            [0, 1]
        );
        assert_eq!(recurrence_votes(&[Some(&voice(2, 0.0))], &[]), [0]);
    }
}
