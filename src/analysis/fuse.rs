//! Fusion: words and tone into per-turn and per-call scores, and the moments a coach should hear.
//!
//! In: per turn, the words' sentiment and its confidence (the text stage's), the tone's scores
//! (the tone stage's) and loudness ([`super::characteristics`]); the call's interruptions
//! and silences. Out: per turn a [`FusedSentiment`]; per call [`Scores`] (with the reasons
//! in `scores.why`) and [`Moment`]s. Every number says where it came from. Nothing here
//! changes a turn: the pipeline writes what these functions return into the report.
//!
//! **Per turn** ([`fuse_turn_sentiment`]): with the words' sentiment `t` (in [-1, 1]) and
//! confidence `c_t` (the text stage's, from its cues and Whisper's word probabilities), and
//! the tone's valence `v` and confidence `c_v`:
//!
//! ```text
//! w_t = c_t,   w_v = TONE_VALENCE_WEIGHT · c_v          (TONE_VALENCE_WEIGHT = 0.5)
//! sentiment = (w_t·t + w_v·v) / (w_t + w_v)
//! ```
//!
//! A weighted mean: bounded by its inputs, rising in `t` and in `v`. Without tone the turn's
//! sentiment is its words' (and the evidence says so); without scored words it is the tone's.
//! Words weigh more than tone at equal confidence: valence from the voice alone is the
//! weakest of the tone classifier's outputs.
//!
//! **Per call**, for each role:
//! - `sentiment`: the mean of the role's turn sentiments weighted by `duration_s · (w_t + w_v)`;
//!   `sentiment_by_quarter`: the same within each quarter of the call (a turn belongs to the
//!   quarter of its midpoint; `null` where the role said nothing).
//! - `stress`: a weighted mean of the components measured: tone (`0.7·stress + 0.3·arousal`
//!   of the role's call-level tone, [`RoleTone`]; weight `0.6 · its confidence`), shouting
//!   (share of the role's turns that shout; weight 0.2), and for the customer hostile words
//!   (share of turns abusive or with text sentiment ≤ −0.5; weight 0.2). The agent's F0
//!   register shift and voice quality enter through the tone classifier's stress.
//! - `smile`: the role's call-level tone smile; absent without tone.
//! - The call-level tone is heard against a reference that compares across calls (the
//!   agent's voice profile, or population norms), not against the call itself as the turns'
//!   tone is: `tone_reference` names it per role, `why` describes it.
//! - `customer_ended_happier`: the customer's last quarter with speech against their first.
//!
//! **Moments**: `abuse` (each abusive turn), `stress_peak` (a turn with tone stress ≥
//! [`STRESS_PEAK`] at confidence ≥ 0.3, or shouting), `long_silence` (nobody speaks for
//! ≥ [`LONG_SILENCE_MS`]), `interruptions` (≥ [`BURST_INTERRUPTIONS`] within
//! [`BURST_WINDOW_MS`]), `customer_ended_happier` / `customer_ended_unhappier` (a change of
//! at least [`MOOD_CHANGE`] from the customer's first to last quarter with speech). Each
//! moment carries its `severity` ([`crate::report::moment_severity`], from the moment and the
//! turn that holds it).

use std::collections::BTreeMap;

use crate::analysis::characteristics::{Interruption, TurnLoudness};
use crate::report::{
    clock, moment_severity, moment_turn, signed, Moment, Scores, ToneScores, Turn,
};

pub const TONE_VALENCE_WEIGHT: f32 = 0.5;
const TONE_STRESS_WEIGHT: f32 = 0.6;
const SHOUT_WEIGHT: f32 = 0.2;
const HOSTILE_WEIGHT: f32 = 0.2;
/// Text sentiment at or below this counts as hostile words.
const HOSTILE_SENTIMENT: f32 = -0.5;
pub const STRESS_PEAK: f32 = 0.7;
const STRESS_PEAK_MIN_CONFIDENCE: f32 = 0.3;
/// Nobody speaking this long is a moment.
pub const LONG_SILENCE_MS: u64 = 5_000;
pub const BURST_INTERRUPTIONS: usize = 3;
pub const BURST_WINDOW_MS: u64 = 30_000;
pub const MOOD_CHANGE: f32 = 0.1;

/// A role's tone over the whole call (the tone stage's per-channel scores), against a reference
/// that compares across calls.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleTone {
    pub scores: ToneScores,
    /// `profile`, `population` or `call`.
    pub reference: String,
    /// The reference in words: "the agent's voice profile (5 calls, 4 min of speech)".
    pub described: String,
    /// The notable deviations of the role's speech from the reference, as sentences.
    pub evidence: Vec<String>,
}

/// One turn's fused sentiment and the weights behind it: `(sentiment, w_t, w_v)`.
/// `None` when neither words nor tone were measured.
pub fn fuse_turn(
    text: Option<f32>,
    text_confidence: f32,
    valence: Option<f32>,
    tone_confidence: f32,
) -> Option<(f32, f32, f32)> {
    let w_t = if text.is_some() {
        text_confidence.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let w_v = if valence.is_some() {
        TONE_VALENCE_WEIGHT * tone_confidence.clamp(0.0, 1.0)
    } else {
        0.0
    };
    if w_t + w_v <= 0.0 {
        return None;
    }
    let t = text.unwrap_or(0.0).clamp(-1.0, 1.0);
    let v = valence.unwrap_or(0.0).clamp(-1.0, 1.0);
    Some(((w_t * t + w_v * v) / (w_t + w_v), w_t, w_v))
}

/// One turn's fused sentiment, with the inputs and weights behind it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FusedSentiment {
    /// In [-1, 1].
    pub sentiment: f32,
    /// The words' sentiment, when they counted.
    pub text: Option<f32>,
    /// The tone's valence, when the tone was measured.
    pub valence: Option<f32>,
    pub w_t: f32,
    pub w_v: f32,
}

impl FusedSentiment {
    /// The turn's weight in the per-call means: `w_t + w_v`.
    pub fn weight(&self) -> f32 {
        self.w_t + self.w_v
    }

    /// How the sentiment was made, for the turn's evidence.
    pub fn evidence(&self) -> String {
        let (s, w_t, w_v) = (self.sentiment, self.w_t, self.w_v);
        match (self.text, self.valence) {
            (Some(t), Some(v)) => format!(
                "sentiment {}: words {} (weight {w_t:.2}) with tone of voice {} (weight {w_v:.2})",
                signed(s),
                signed(t),
                signed(v),
            ),
            (Some(_), None) => format!(
                "sentiment {}: from the words only (tone of voice not measured)",
                signed(s)
            ),
            _ => format!(
                "sentiment {}: from the tone of voice only (words not scored)",
                signed(s)
            ),
        }
    }
}

/// A turn's sentiment from its words (`text_sentiment` at `text_confidence`; a confidence
/// of 0 means the words do not count) and its tone; `None` when neither counts.
pub fn fuse_turn_sentiment(
    text_sentiment: Option<f32>,
    text_confidence: f32,
    tone: Option<ToneScores>,
) -> Option<FusedSentiment> {
    let valence = tone.map(|t| t.valence);
    let c_v = tone.map_or(0.0, |t| t.confidence);
    let text = text_sentiment.filter(|_| text_confidence > 0.0);
    fuse_turn(text, text_confidence, valence, c_v).map(|(sentiment, w_t, w_v)| FusedSentiment {
        sentiment,
        text,
        valence,
        w_t,
        w_v,
    })
}

/// Rounds to the report's three decimals.
pub fn round3(x: f32) -> f32 {
    (x * 1000.0).round() / 1000.0
}

fn duration_s(turn: &Turn) -> f32 {
    (turn.end_ms.saturating_sub(turn.start_ms) as f32 / 1000.0).max(0.1)
}

fn weighted_mean(pairs: impl Iterator<Item = (f32, f32)>) -> Option<f32> {
    let (sum, weight) = pairs.fold((0.0, 0.0), |(s, w), (x, wx)| (s + x * wx, w + wx));
    (weight > 0.0).then(|| sum / weight)
}

fn roles_in_order(turns: &[Turn]) -> Vec<String> {
    let mut roles: Vec<String> = Vec::new();
    for t in turns {
        if !roles.contains(&t.role) {
            roles.push(t.role.clone());
        }
    }
    roles
}

/// Tone stress of a turn or a call: `(0.7·stress + 0.3·arousal, confidence)`.
fn tone_stress(t: &ToneScores) -> (f32, f32) {
    (
        (0.7 * t.stress + 0.3 * t.arousal).clamp(0.0, 1.0),
        t.confidence.clamp(0.0, 1.0),
    )
}

/// Per-call scores, by role. `weights`: each turn's [`FusedSentiment::weight`] (0 where
/// none); `tone`: each role's call-level tone.
pub fn score_call(
    turns: &[Turn],
    weights: &[f32],
    duration_ms: u64,
    tone: &BTreeMap<String, RoleTone>,
) -> Scores {
    let mut scores = Scores::default();
    for role in roles_in_order(turns) {
        let mine: Vec<(&Turn, f32)> = turns
            .iter()
            .zip(weights)
            .filter(|(t, _)| t.role == role)
            .map(|(t, &w)| (t, w))
            .collect();

        let sentiment_pairs = |q: Option<usize>| {
            mine.iter()
                .filter(move |(t, _)| q.is_none_or(|q| quarter(t, duration_ms) == q))
                .filter_map(|(t, w)| t.sentiment.map(|s| (s, w * duration_s(t))))
        };
        if let Some(s) = weighted_mean(sentiment_pairs(None)) {
            let n = sentiment_pairs(None).count();
            scores.sentiment.insert(role.clone(), round3(s));
            scores.why.insert(
                format!("sentiment.{role}"),
                format!("mean of {n} turn sentiments weighted by duration × confidence"),
            );
            let quarters =
                [0, 1, 2, 3].map(|q| weighted_mean(sentiment_pairs(Some(q))).map(round3));
            scores.sentiment_by_quarter.insert(role.clone(), quarters);
        }

        // stress: tone, shouting, hostile words
        let mut parts: Vec<(f32, f32, String)> = Vec::new();
        let role_tone = tone.get(&role);
        if let Some(t) = role_tone {
            let (v, confidence) = tone_stress(&t.scores);
            let w = TONE_STRESS_WEIGHT * confidence;
            parts.push((
                v,
                w,
                format!("tone stress {v:.2} against {} (weight {w:.2})", t.described),
            ));
        }
        let measured_loudness: Vec<&Turn> = mine
            .iter()
            .map(|(t, _)| *t)
            .filter(|t| t.shouting.is_some())
            .collect();
        if !measured_loudness.is_empty() {
            let shouted = measured_loudness
                .iter()
                .filter(|t| t.shouting == Some(true))
                .count();
            let v = shouted as f32 / measured_loudness.len() as f32;
            parts.push((
                v,
                SHOUT_WEIGHT,
                format!(
                    "shouting in {shouted}/{} turns (weight {SHOUT_WEIGHT})",
                    measured_loudness.len()
                ),
            ));
        }
        if role == "customer" {
            let scored: Vec<&Turn> = mine
                .iter()
                .map(|(t, _)| *t)
                .filter(|t| t.text_sentiment.is_some())
                .collect();
            if !scored.is_empty() {
                let hostile = scored
                    .iter()
                    .filter(|t| {
                        t.abusive == Some(true)
                            || t.text_sentiment.is_some_and(|s| s <= HOSTILE_SENTIMENT)
                    })
                    .count();
                let v = hostile as f32 / scored.len() as f32;
                parts.push((
                    v,
                    HOSTILE_WEIGHT,
                    format!(
                        "hostile words in {hostile}/{} turns (weight {HOSTILE_WEIGHT})",
                        scored.len()
                    ),
                ));
            }
        }
        if let Some(stress) = weighted_mean(parts.iter().map(|p| (p.0, p.1))) {
            scores
                .stress
                .insert(role.clone(), round3(stress.clamp(0.0, 1.0)));
            let mut why: Vec<String> = parts.iter().map(|p| p.2.clone()).collect();
            if role_tone.is_none() {
                why.push("tone absent".into());
            }
            scores.why.insert(format!("stress.{role}"), why.join("; "));
        }

        if let Some(t) = role_tone {
            scores
                .smile
                .insert(role.clone(), round3(t.scores.smile.clamp(0.0, 1.0)));
            let mut why = format!(
                "tone smile of the {role}'s speech against {}, weighted by duration × confidence",
                t.described
            );
            if !t.evidence.is_empty() {
                why.push_str(&format!("; {}", t.evidence.join("; ")));
            }
            scores.why.insert(format!("smile.{role}"), why);
            scores
                .tone_reference
                .insert(role.clone(), t.reference.clone());
        }
    }
    if let Some(q) = scores.sentiment_by_quarter.get("customer") {
        let spoken: Vec<f32> = q.iter().flatten().copied().collect();
        if spoken.len() >= 2 {
            let (first, last) = (spoken[0], spoken[spoken.len() - 1]);
            scores.customer_ended_happier = Some(last > first);
            scores.why.insert(
                "customer_ended_happier".into(),
                format!(
                    "customer sentiment {} in their first quarter with speech, {} in their last",
                    signed(first),
                    signed(last)
                ),
            );
        }
    }
    scores
}

/// The quarter (0–3) of the call a turn's midpoint falls in.
fn quarter(turn: &Turn, duration_ms: u64) -> usize {
    let mid = (turn.start_ms + turn.end_ms) / 2;
    ((mid * 4) / duration_ms.max(1)).min(3) as usize
}

/// The moments worth hearing, in call order. Per turn, `abuse` lists the abuse terms heard
/// (`insult: 'idiot'`) and `loudness` is [`super::characteristics::measure_turn_loudness`]'s.
pub fn find_moments(
    turns: &[Turn],
    abuse: &[Vec<String>],
    loudness: &[Option<TurnLoudness>],
    scores: &Scores,
    interruptions: &[Interruption],
    silences: &[(u64, u64)],
    duration_ms: u64,
) -> Vec<Moment> {
    let mut moments = Vec::new();
    for ((turn, abuse), loudness) in turns.iter().zip(abuse).zip(loudness) {
        if turn.abusive == Some(true) {
            let what: Vec<&str> = abuse.iter().map(String::as_str).collect();
            moments.push(Moment {
                severity: None,
                kind: "abuse".into(),
                role: Some(turn.role.clone()),
                start_ms: turn.start_ms,
                end_ms: turn.end_ms,
                why: format!("turn {}: {}", turn.id, what.join(", ")),
            });
        }
        let mut reasons = Vec::new();
        if let Some(t) = turn.tone {
            if t.stress >= STRESS_PEAK && t.confidence >= STRESS_PEAK_MIN_CONFIDENCE {
                reasons.push(format!(
                    "tone stress {:.2} (confidence {:.2})",
                    t.stress, t.confidence
                ));
            }
        }
        reasons.extend(loudness.and_then(|l| l.shouting_evidence()));
        if !reasons.is_empty() {
            moments.push(Moment {
                severity: None,
                kind: "stress_peak".into(),
                role: Some(turn.role.clone()),
                start_ms: turn.start_ms,
                end_ms: turn.end_ms,
                why: format!("turn {}: {}", turn.id, reasons.join("; ")),
            });
        }
    }
    for &(start, end) in silences {
        if end - start >= LONG_SILENCE_MS {
            moments.push(Moment {
                severity: None,
                kind: "long_silence".into(),
                role: None,
                start_ms: start,
                end_ms: end,
                why: format!(
                    "nobody spoke for {:.1} s (threshold {:.0} s)",
                    (end - start) as f32 / 1000.0,
                    LONG_SILENCE_MS as f32 / 1000.0
                ),
            });
        }
    }
    // bursts: maximal runs where each interruption is within the window of the run's first
    let mut i = 0;
    while i < interruptions.len() {
        let mut j = i;
        while j + 1 < interruptions.len()
            && interruptions[j + 1].at_ms - interruptions[i].at_ms <= BURST_WINDOW_MS
        {
            j += 1;
        }
        let run = &interruptions[i..=j];
        if run.len() >= BURST_INTERRUPTIONS {
            let mut by: BTreeMap<&str, usize> = BTreeMap::new();
            for x in run {
                *by.entry(x.by.as_str()).or_default() += 1;
            }
            let who: Vec<String> = by.iter().map(|(r, n)| format!("{r} {n}")).collect();
            moments.push(Moment {
                severity: None,
                kind: "interruptions".into(),
                role: None,
                start_ms: run[0].at_ms,
                end_ms: run[run.len() - 1].yielded_ms,
                why: format!(
                    "{} interruptions in {:.0} s ({}), at {}",
                    run.len(),
                    (run[run.len() - 1].at_ms - run[0].at_ms) as f32 / 1000.0,
                    who.join(", "),
                    run.iter()
                        .map(|x| clock(x.at_ms))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            });
            i = j + 1;
        } else {
            i += 1;
        }
    }
    if let Some(q) = scores.sentiment_by_quarter.get("customer") {
        let spoken: Vec<f32> = q.iter().flatten().copied().collect();
        let customer: Vec<&Turn> = turns.iter().filter(|t| t.role == "customer").collect();
        if spoken.len() >= 2 && !customer.is_empty() {
            let change = spoken[spoken.len() - 1] - spoken[0];
            if change.abs() >= MOOD_CHANGE {
                moments.push(Moment {
                severity: None,
                    kind: if change > 0.0 {
                        "customer_ended_happier".into()
                    } else {
                        "customer_ended_unhappier".into()
                    },
                    role: Some("customer".into()),
                    start_ms: customer[0].start_ms,
                    end_ms: customer[customer.len() - 1].end_ms.min(duration_ms),
                    why: format!(
                        "customer sentiment {} in their first quarter with speech → {} in their last ({})",
                        signed(spoken[0]),
                        signed(spoken[spoken.len() - 1]),
                        signed(change)
                    ),
                });
            }
        }
    }
    moments.sort_by_key(|m| (m.start_ms, m.end_ms));
    for moment in &mut moments {
        moment.severity = Some(moment_severity(moment, moment_turn(moment, turns)));
    }
    moments
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{ToneScores, Word};

    fn grid() -> Vec<f32> {
        (0..=20).map(|i| -1.0 + i as f32 * 0.1).collect()
    }
    fn unit() -> Vec<f32> {
        (0..=10).map(|i| i as f32 * 0.1).collect()
    }

    #[test]
    fn fused_turn_sentiment_is_bounded_and_monotone() {
        for &c_t in &unit() {
            for &c_v in &unit() {
                for &v in &grid() {
                    let mut last = f32::NEG_INFINITY;
                    for &t in &grid() {
                        let Some((s, _, _)) = fuse_turn(Some(t), c_t, Some(v), c_v) else {
                            assert!(c_t == 0.0 && c_v == 0.0);
                            continue;
                        };
                        assert!((-1.0..=1.0).contains(&s));
                        assert!(s >= t.min(v) - 1e-6 && s <= t.max(v) + 1e-6);
                        assert!(s >= last - 1e-6, "not monotone in text at t={t} v={v}");
                        last = s;
                    }
                }
                // and in valence
                for &t in &grid() {
                    let mut last = f32::NEG_INFINITY;
                    for &v in &grid() {
                        if let Some((s, _, _)) = fuse_turn(Some(t), c_t, Some(v), c_v) {
                            assert!(s >= last - 1e-6);
                            last = s;
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn without_tone_the_words_decide_and_without_either_nothing() {
        assert!((fuse_turn(Some(-0.4), 0.8, None, 0.0).unwrap().0 + 0.4).abs() < 1e-6);
        assert!((fuse_turn(None, 0.0, Some(0.3), 0.9).unwrap().0 - 0.3).abs() < 1e-6);
        assert!(fuse_turn(None, 0.0, None, 0.0).is_none());
        // a confident voice moves a hesitant text, not the other way round
        let s = fuse_turn(Some(0.5), 0.2, Some(-0.5), 1.0).unwrap().0;
        assert!(s < 0.0);
    }

    fn turn(
        id: usize,
        role: &str,
        start_ms: u64,
        end_ms: u64,
        text: f32,
        tone: Option<ToneScores>,
    ) -> Turn {
        Turn {
            id,
            role: role.into(),
            start_ms,
            end_ms,
            text: "x".into(),
            words: vec![Word {
                text: "x".into(),
                start_ms,
                end_ms,
                p: 1.0,
            }],
            text_sentiment: Some(text),
            tone,
            ..Turn::default()
        }
    }

    fn tone(stress: f32, confidence: f32) -> ToneScores {
        ToneScores {
            smile: 0.2,
            arousal: stress,
            valence: 0.0,
            stress,
            confidence,
        }
    }

    fn call(texts: &[f32], tone_stress: Option<f32>) -> (Vec<Turn>, Scores) {
        let mut turns: Vec<Turn> = texts
            .iter()
            .enumerate()
            .map(|(i, &t)| {
                let role = if i % 2 == 0 { "customer" } else { "agent" };
                turn(
                    i,
                    role,
                    i as u64 * 10_000,
                    i as u64 * 10_000 + 8_000,
                    t,
                    tone_stress.map(|s| tone(s, 0.8)),
                )
            })
            .collect();
        let weights: Vec<f32> = turns
            .iter_mut()
            .map(
                |t| match fuse_turn_sentiment(t.text_sentiment, 0.8, t.tone) {
                    Some(fused) => {
                        t.sentiment = Some(round3(fused.sentiment));
                        t.evidence.push(fused.evidence());
                        fused.weight()
                    }
                    None => 0.0,
                },
            )
            .collect();
        let role_tone: BTreeMap<String, RoleTone> = tone_stress
            .map(|s| {
                ["customer", "agent"]
                    .map(|role| {
                        let tone = RoleTone {
                            scores: tone(s, 0.8),
                            reference: "population".into(),
                            described: "population norms".into(),
                            evidence: vec![],
                        };
                        (role.to_string(), tone)
                    })
                    .into_iter()
                    .collect()
            })
            .unwrap_or_default();
        let scores = score_call(&turns, &weights, texts.len() as u64 * 10_000, &role_tone);
        (turns, scores)
    }

    #[test]
    fn call_sentiment_and_stress_are_bounded_and_monotone() {
        for &x in &grid() {
            let (_, lo) = call(&[x, 0.2, 0.1, 0.2, -0.3, 0.0, 0.5, 0.3], Some(0.4));
            let (_, hi) = call(
                &[(x + 0.1).min(1.0), 0.2, 0.1, 0.2, -0.3, 0.0, 0.5, 0.3],
                Some(0.4),
            );
            let (a, b) = (lo.sentiment["customer"], hi.sentiment["customer"]);
            assert!((-1.0..=1.0).contains(&a) && b >= a - 1e-6);
        }
        let mut last = -1.0;
        for &s in &unit() {
            let (_, scores) = call(&[-0.2, 0.2, -0.1, 0.2], Some(s));
            let stress = scores.stress["customer"];
            assert!((0.0..=1.0).contains(&stress) && stress >= last - 1e-6);
            last = stress;
        }
    }

    #[test]
    fn a_customer_who_calms_down_ends_happier() {
        let (turns, scores) = call(&[-0.8, 0.3, -0.5, 0.3, 0.1, 0.3, 0.7, 0.5], None);
        let q = scores.sentiment_by_quarter["customer"];
        assert!(q[0].unwrap() < q[3].unwrap(), "{q:?}");
        assert_eq!(scores.customer_ended_happier, Some(true));
        assert!(turns[0]
            .evidence
            .iter()
            .any(|e| e.contains("from the words only")));
        assert!(scores.smile.is_empty());
        assert!(scores.why["stress.customer"].contains("tone absent"));
        let (abuse, loudness) = (vec![vec![]; turns.len()], vec![None; turns.len()]);
        let moments = find_moments(
            &turns,
            &abuse,
            &loudness,
            &scores,
            &[],
            &[(12_000, 19_000)],
            80_000,
        );
        assert!(moments.iter().any(|m| m.kind == "customer_ended_happier"));
        assert!(moments
            .iter()
            .any(|m| m.kind == "long_silence" && m.why.contains("7.0 s")));
    }

    #[test]
    fn abuse_stress_and_interruption_bursts_become_moments() {
        let (mut turns, scores) = call(&[-0.6, 0.1], Some(0.9));
        turns[0].abusive = Some(true);
        let abuse = vec![vec!["insult: 'idiot'".to_string()], vec![]];
        let burst: Vec<Interruption> = [1_000, 9_000, 20_000, 80_000]
            .iter()
            .map(|&t| Interruption {
                by: "customer".into(),
                of: "agent".into(),
                at_ms: t,
                yielded_ms: t + 500,
            })
            .collect();
        let moments = find_moments(&turns, &abuse, &[None, None], &scores, &burst, &[], 100_000);
        let kinds: Vec<&str> = moments.iter().map(|m| m.kind.as_str()).collect();
        assert!(
            kinds.contains(&"abuse") && kinds.contains(&"stress_peak"),
            "{kinds:?}"
        );
        let bursts: Vec<&Moment> = moments
            .iter()
            .filter(|m| m.kind == "interruptions")
            .collect();
        assert_eq!(bursts.len(), 1);
        assert_eq!((bursts[0].start_ms, bursts[0].end_ms), (1_000, 20_500));
        assert!(moments
            .iter()
            .find(|m| m.kind == "abuse")
            .unwrap()
            .why
            .contains("insult: 'idiot'"));
        // Each moment carries the report's severity rule, applied to the turn that holds it.
        for m in &moments {
            let turn = crate::report::moment_turn(m, &turns);
            assert_eq!(m.severity, Some(moment_severity(m, turn)), "{m:?}");
        }
        let severity = |kind: &str| moments.iter().find(|m| m.kind == kind).unwrap().severity;
        assert_eq!(severity("abuse"), Some(0.9));
        assert_eq!(severity("interruptions"), Some(0.4));
        assert!(severity("stress_peak").unwrap() > severity("interruptions").unwrap());
    }
}
