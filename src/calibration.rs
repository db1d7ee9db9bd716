//! Calibration of the turn scores from reviewers' corrections: plain data in, plain data out
//! (no SQL, no HTTP, no files).
//!
//! In: per score (`smile`, `stress` in [0, 1]; `sentiment`, the turn's fused sentiment, in
//! [-1, 1]), the reviewers' corrections as [`Sample`]s: the machine's value before any
//! calibration, the reviewer's value, the call and the turn's language. Out: a [`Fit`] that
//! says per score either how it was calibrated ([`ScoreCalibration`]: a monotone map per
//! language with enough labels, else one for all languages pooled, and the agreement with
//! the reviewers before and after on held-out calls) or why it was skipped; and, once
//! installed with a version number, a [`Calibration`] that [`Calibration::apply_turns`]
//! applies to a report's turns.
//!
//! The map is isotonic regression (pool-adjacent-violators, [`fit_isotonic`]): the
//! non-decreasing function closest to the reviewers' values in squared error, interpolated
//! linearly between its knots and clamped to the score's range (and to its end knots beyond
//! them). Calls, not labels, are held out: the calls are ordered by a hash of their id
//! ([`held_out_calls`]) and every fourth is held out (about 25 %, at least one call), so a
//! call's labels are all on one side. The map is fitted on the other calls and judged on
//! the held-out ones; it is kept only when the held-out mean absolute error goes down.
//! A score is never fitted on fewer than [`MIN_LABELS`] labels from [`MIN_CALLS`] calls (the
//! caller may raise the minimum, never lower it below [`MIN_LABELS_FLOOR`]), and a language
//! gets a map of its own only with that many training labels of its own.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::report::Turn;

/// The scores a calibration maps, as the labels name them. `sentiment` is the turn's fused
/// `sentiment` (words and tone), the value the call page shows for a turn.
pub const SCORES: [&str; 3] = ["smile", "stress", "sentiment"];

/// Default least number of labels (training and held-out together) a score is fitted on.
pub const MIN_LABELS: usize = 30;

/// Lowest minimum a caller may ask for: below it a fit follows the noise.
pub const MIN_LABELS_FLOOR: usize = 10;

/// Least number of distinct calls a score's labels must come from.
pub const MIN_CALLS: usize = 5;

/// The key of the map for all languages pooled.
pub const POOLED: &str = "*";

/// One call in this many is held out ([`held_out_calls`]).
const HOLD_OUT_EVERY: usize = 4;

/// A sentiment within this distance of 0 counts as neutral for the agreement rate.
const NEUTRAL_BAND: f32 = 0.2;

/// The range of a score: `sentiment` in [-1, 1], the others in [0, 1].
pub fn score_range(score: &str) -> (f32, f32) {
    if score == "sentiment" {
        (-1.0, 1.0)
    } else {
        (0.0, 1.0)
    }
}

/// The class a value falls in for the agreement rate: smile and stress below or from 0.5;
/// sentiment negative, neutral (within ±0.2) or positive.
fn class(score: &str, value: f32) -> i8 {
    if score == "sentiment" {
        if value < -NEUTRAL_BAND {
            -1
        } else if value > NEUTRAL_BAND {
            1
        } else {
            0
        }
    } else {
        i8::from(value >= 0.5)
    }
}

/// One reviewer's correction of one score of one turn.
#[derive(Debug, Clone, PartialEq)]
pub struct Sample {
    pub call_id: String,
    /// The turn's language (ISO 639-1), or the call's; `None` when unknown.
    pub language: Option<String>,
    /// The machine's value before any calibration.
    pub machine: f32,
    /// The reviewer's value.
    pub reviewer: f32,
}

/// A monotone map of one score for one language (or [`POOLED`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Map {
    /// `[machine value, calibrated value]`, machine values increasing, calibrated values
    /// non-decreasing.
    pub knots: Vec<[f32; 2]>,
    /// Training labels it was fitted on.
    pub n_labels: usize,
}

impl Map {
    /// The calibrated value of `x`: linear between the knots, the end knots' values beyond
    /// them, clamped to `range`. Without knots, `x` itself (clamped).
    pub fn apply(&self, x: f32, range: (f32, f32)) -> f32 {
        let y = match (self.knots.first(), self.knots.last()) {
            (Some(first), Some(last)) => {
                if x <= first[0] {
                    first[1]
                } else if x >= last[0] {
                    last[1]
                } else {
                    let i = self.knots.partition_point(|k| k[0] <= x);
                    let (a, b) = (self.knots[i - 1], self.knots[i]);
                    let t = (x - a[0]) / (b[0] - a[0]);
                    a[1] + t * (b[1] - a[1])
                }
            }
            _ => x,
        };
        y.clamp(range.0, range.1)
    }
}

/// Isotonic regression by pool-adjacent-violators: the non-decreasing fit of `points`
/// (machine value, reviewer value) closest in squared error, as knots. Points with one
/// machine value are pooled first; each block of pooled points gives a knot at its lowest
/// and at its highest machine value, both at the block's mean, so the map is flat across a
/// block and linear between blocks. Values are clamped to `range`; non-finite points are
/// ignored.
pub fn fit_isotonic(points: &[(f32, f32)], range: (f32, f32)) -> Vec<[f32; 2]> {
    let mut points: Vec<(f32, f32)> = points
        .iter()
        .copied()
        .filter(|(x, y)| x.is_finite() && y.is_finite())
        .map(|(x, y)| (x.clamp(range.0, range.1), y.clamp(range.0, range.1)))
        .collect();
    points.sort_by(|a, b| a.0.total_cmp(&b.0));
    // Blocks: (lowest x, highest x, sum of y, count).
    let mut blocks: Vec<(f32, f32, f64, f64)> = Vec::new();
    for (x, y) in points {
        match blocks.last_mut() {
            Some(last) if last.1 == x => {
                last.2 += f64::from(y);
                last.3 += 1.0;
            }
            _ => blocks.push((x, x, f64::from(y), 1.0)),
        }
        while blocks.len() >= 2 {
            let b = blocks[blocks.len() - 1];
            let a = blocks[blocks.len() - 2];
            if a.2 / a.3 <= b.2 / b.3 {
                break;
            }
            blocks.pop();
            let a = blocks.last_mut().expect("two blocks");
            *a = (a.0, b.1, a.2 + b.2, a.3 + b.3);
        }
    }
    let mut knots = Vec::with_capacity(blocks.len() * 2);
    for (lo, hi, sum, n) in blocks {
        let y = (sum / n) as f32;
        knots.push([lo, y]);
        if hi > lo {
            knots.push([hi, y]);
        }
    }
    knots
}

/// How close the scores were to the reviewers' values on the held-out labels.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Agreement {
    /// Mean absolute error.
    pub mae: f32,
    /// Share of labels in the reviewer's class (smile and stress: below or from 0.5;
    /// sentiment: negative, neutral within ±0.2, positive).
    pub agreement: f32,
}

impl Agreement {
    fn of(score: &str, pairs: impl Iterator<Item = (f32, f32)>) -> Option<Agreement> {
        let (mut n, mut abs, mut same) = (0usize, 0f64, 0usize);
        for (predicted, reviewer) in pairs {
            n += 1;
            abs += f64::from((predicted - reviewer).abs());
            same += usize::from(class(score, predicted) == class(score, reviewer));
        }
        (n > 0).then(|| Agreement {
            mae: (abs / n as f64) as f32,
            agreement: same as f32 / n as f32,
        })
    }
}

/// How one score is calibrated, and what it did on the held-out calls.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScoreCalibration {
    /// Language (or [`POOLED`]) → map. A turn in a language without a map of its own uses
    /// the pooled one.
    pub maps: BTreeMap<String, Map>,
    /// Labels used (the latest per call, turn and score), training and held out.
    pub n_labels: usize,
    /// Distinct calls they came from.
    pub calls: usize,
    /// Held-out labels and calls.
    pub held_out_labels: usize,
    pub held_out_calls: usize,
    /// On the held-out labels: the scores as they were, and calibrated.
    pub before: Agreement,
    pub after: Agreement,
}

impl ScoreCalibration {
    /// The map for a turn in `language`: its own, else the pooled one.
    pub fn map_for(&self, language: Option<&str>) -> Option<&Map> {
        language
            .and_then(|l| self.maps.get(l))
            .or_else(|| self.maps.get(POOLED))
    }
}

/// What fitting did with one score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScoreOutcome {
    pub score: String,
    pub n_labels: usize,
    pub calls: usize,
    /// The calibration, when the score had enough labels and its held-out error went down.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fitted: Option<ScoreCalibration>,
    /// Why it was not calibrated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skipped: Option<String>,
    /// The held-out agreement measured even when the score was skipped for not improving.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<Agreement>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<Agreement>,
}

/// The outcome of [`fit`]: one entry per score of [`SCORES`], in that order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fit {
    pub min_labels: usize,
    pub min_calls: usize,
    pub scores: Vec<ScoreOutcome>,
}

impl Fit {
    /// True when at least one score was calibrated (there is something to install).
    pub fn any_fitted(&self) -> bool {
        self.scores.iter().any(|s| s.fitted.is_some())
    }

    /// The calibration to install under `version`: the fitted scores.
    pub fn into_calibration(self, version: u32, created_at_ms: i64) -> Calibration {
        Calibration {
            version,
            created_at_ms,
            min_labels: self.min_labels,
            min_calls: self.min_calls,
            scores: self
                .scores
                .into_iter()
                .filter_map(|s| Some((s.score, s.fitted?)))
                .collect(),
        }
    }
}

/// A 64-bit FNV-1a hash: stable across runs, machines and versions (unlike `std`'s).
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// The calls held out of `calls`: ordered by a hash of their id, every fourth from the
/// first (so at least one, and about 25 %). The same calls give the same split.
pub fn held_out_calls<'a>(calls: impl IntoIterator<Item = &'a str>) -> BTreeSet<String> {
    let mut calls: Vec<&str> = calls
        .into_iter()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    calls.sort_by_key(|c| (fnv1a(c), *c));
    calls
        .into_iter()
        .step_by(HOLD_OUT_EVERY)
        .map(str::to_string)
        .collect()
}

/// Fits each score of [`SCORES`] from its samples (`samples[score]`), with at least
/// `min_labels` labels (raised to [`MIN_LABELS_FLOOR`] if lower) from [`MIN_CALLS`] calls.
pub fn fit(samples: &BTreeMap<String, Vec<Sample>>, min_labels: usize) -> Fit {
    let min_labels = min_labels.max(MIN_LABELS_FLOOR);
    let scores = SCORES
        .iter()
        .map(|score| {
            let empty = Vec::new();
            fit_score(score, samples.get(*score).unwrap_or(&empty), min_labels)
        })
        .collect();
    Fit {
        min_labels,
        min_calls: MIN_CALLS,
        scores,
    }
}

fn fit_score(score: &str, samples: &[Sample], min_labels: usize) -> ScoreOutcome {
    let samples: Vec<&Sample> = samples
        .iter()
        .filter(|s| s.machine.is_finite() && s.reviewer.is_finite())
        .collect();
    let calls: BTreeSet<&str> = samples.iter().map(|s| s.call_id.as_str()).collect();
    let mut outcome = ScoreOutcome {
        score: score.to_string(),
        n_labels: samples.len(),
        calls: calls.len(),
        fitted: None,
        skipped: None,
        before: None,
        after: None,
    };
    if samples.len() < min_labels || calls.len() < MIN_CALLS {
        outcome.skipped = Some(format!(
            "{} labels from {} calls; at least {min_labels} labels from {MIN_CALLS} calls are \
             needed",
            samples.len(),
            calls.len()
        ));
        return outcome;
    }
    let range = score_range(score);
    let held_out = held_out_calls(calls.iter().copied());
    let (test, train): (Vec<&Sample>, Vec<&Sample>) =
        samples.iter().partition(|s| held_out.contains(&s.call_id));
    let points = |of: &[&Sample]| -> Vec<(f32, f32)> {
        of.iter().map(|s| (s.machine, s.reviewer)).collect()
    };
    let mut maps = BTreeMap::new();
    maps.insert(
        POOLED.to_string(),
        Map {
            knots: fit_isotonic(&points(&train), range),
            n_labels: train.len(),
        },
    );
    let mut by_language: BTreeMap<&str, Vec<&Sample>> = BTreeMap::new();
    for s in &train {
        if let Some(language) = s.language.as_deref() {
            by_language.entry(language).or_default().push(s);
        }
    }
    for (language, mine) in by_language {
        if mine.len() >= min_labels {
            maps.insert(
                language.to_string(),
                Map {
                    knots: fit_isotonic(&points(&mine), range),
                    n_labels: mine.len(),
                },
            );
        }
    }
    let mut calibration = ScoreCalibration {
        maps,
        n_labels: samples.len(),
        calls: calls.len(),
        held_out_labels: test.len(),
        held_out_calls: held_out.len(),
        before: Agreement {
            mae: 0.0,
            agreement: 0.0,
        },
        after: Agreement {
            mae: 0.0,
            agreement: 0.0,
        },
    };
    let before = Agreement::of(score, test.iter().map(|s| (s.machine, s.reviewer)));
    let after = Agreement::of(
        score,
        test.iter().map(|s| {
            let map = calibration.map_for(s.language.as_deref());
            let y = map.map_or(s.machine, |m| m.apply(s.machine, range));
            (y, s.reviewer)
        }),
    );
    outcome.before = before;
    outcome.after = after;
    match (before, after) {
        (Some(before), Some(after)) if after.mae < before.mae => {
            calibration.before = before;
            calibration.after = after;
            outcome.fitted = Some(calibration);
        }
        (Some(before), Some(after)) => {
            outcome.skipped = Some(format!(
                "the held-out mean absolute error would not go down ({:.3} → {:.3})",
                before.mae, after.mae
            ));
        }
        _ => {
            outcome.skipped = Some("no held-out labels to judge the fit on".into());
        }
    }
    outcome
}

/// A value as the evidence writes it: two decimals; sentiment signed with a true minus.
fn shown(score: &str, value: f32) -> String {
    match score {
        "sentiment" if value < 0.0 => format!("−{:.2}", -value),
        "sentiment" => format!("+{value:.2}"),
        _ => format!("{value:.2}"),
    }
}

/// An installed calibration: a version number and the calibrated scores.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Calibration {
    pub version: u32,
    /// When it was fitted, Unix milliseconds (UTC).
    pub created_at_ms: i64,
    /// The minimum it was fitted with.
    pub min_labels: usize,
    pub min_calls: usize,
    /// Score ([`SCORES`]) → its calibration; scores not listed are left as measured.
    pub scores: BTreeMap<String, ScoreCalibration>,
}

impl Calibration {
    /// The name reports give it in `models.calibration`: `calibration-N`.
    pub fn name(&self) -> String {
        format!("calibration-{}", self.version)
    }

    /// Maps each turn's smile, stress and (fused) sentiment through the map of the turn's
    /// language (or `call_language`, or the pooled one), keeping the values as measured in
    /// [`Turn::uncalibrated`] and saying so in the turn's evidence. Returns the turns changed.
    pub fn apply_turns(&self, turns: &mut [Turn], call_language: Option<&str>) -> usize {
        let mut changed = 0;
        for turn in turns {
            let language = turn.language.clone();
            let language = language.as_deref().or(call_language);
            let mut raw = BTreeMap::new();
            let mut notes = Vec::new();
            let mut map = |score: &str, value: &mut f32| {
                let Some(m) = self.scores.get(score).and_then(|c| c.map_for(language)) else {
                    return;
                };
                let y = (m.apply(*value, score_range(score)) * 1000.0).round() / 1000.0;
                raw.insert(score.to_string(), *value);
                if y != *value {
                    notes.push(format!(
                        "{score} {} → {}",
                        shown(score, *value),
                        shown(score, y)
                    ));
                }
                *value = y;
            };
            if let Some(tone) = turn.tone.as_mut() {
                map("smile", &mut tone.smile);
                map("stress", &mut tone.stress);
            }
            if let Some(sentiment) = turn.sentiment.as_mut() {
                map("sentiment", sentiment);
            }
            if !raw.is_empty() {
                changed += 1;
                turn.uncalibrated = Some(raw);
            }
            if !notes.is_empty() {
                turn.evidence
                    .push(format!("{} ({})", notes.join(", "), self.name()));
            }
        }
        changed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::ToneScores;

    fn sample(call: &str, language: Option<&str>, machine: f32, reviewer: f32) -> Sample {
        Sample {
            call_id: call.into(),
            language: language.map(Into::into),
            machine,
            reviewer,
        }
    }

    #[test]
    fn pav_pools_the_violators_into_their_mean() {
        let knots = fit_isotonic(
            &[(0.0, 0.0), (0.1, 0.6), (0.2, 0.4), (0.3, 0.9)],
            (0.0, 1.0),
        );
        assert_eq!(
            knots,
            vec![[0.0, 0.0], [0.1, 0.5], [0.2, 0.5], [0.3, 0.9]],
            "0.6 then 0.4 is a violation: both become 0.5"
        );
        // A decreasing run pools into one block at the mean of all.
        let knots = fit_isotonic(&[(0.2, 0.9), (0.4, 0.6), (0.6, 0.3)], (0.0, 1.0));
        assert_eq!(knots.len(), 2);
        assert!((knots[0][1] - 0.6).abs() < 1e-6 && (knots[1][1] - 0.6).abs() < 1e-6);
        assert_eq!([knots[0][0], knots[1][0]], [0.2, 0.6]);
    }

    #[test]
    fn pav_pools_equal_machine_values_first() {
        let knots = fit_isotonic(&[(0.5, 0.2), (0.5, 0.4), (0.9, 1.0)], (0.0, 1.0));
        assert_eq!(knots.len(), 2);
        assert!((knots[0][1] - 0.3).abs() < 1e-6);
        assert_eq!(knots[1], [0.9, 1.0]);
    }

    #[test]
    fn the_map_interpolates_between_knots_and_clamps_beyond_them() {
        let map = Map {
            knots: vec![[0.2, 0.1], [0.6, 0.5]],
            n_labels: 2,
        };
        assert!((map.apply(0.4, (0.0, 1.0)) - 0.3).abs() < 1e-6);
        assert_eq!(map.apply(0.0, (0.0, 1.0)), 0.1);
        assert_eq!(map.apply(0.9, (0.0, 1.0)), 0.5);
        // Clamped to the score's range.
        let high = Map {
            knots: vec![[-1.0, -1.5], [1.0, 1.7]],
            n_labels: 2,
        };
        assert_eq!(high.apply(1.0, (-1.0, 1.0)), 1.0);
        assert_eq!(high.apply(-1.0, (-1.0, 1.0)), -1.0);
        // Out-of-range labels are clamped before fitting.
        let knots = fit_isotonic(&[(0.1, -3.0), (0.9, 4.0)], (0.0, 1.0));
        assert_eq!(knots, vec![[0.1, 0.0], [0.9, 1.0]]);
    }

    #[test]
    fn held_out_calls_are_a_stable_quarter() {
        let calls: Vec<String> = (0..40).map(|i| format!("call-{i}")).collect();
        let a = held_out_calls(calls.iter().map(String::as_str));
        let b = held_out_calls(calls.iter().rev().map(String::as_str));
        assert_eq!(a, b, "the split does not depend on the order");
        assert_eq!(a.len(), 10);
        assert_eq!(held_out_calls(["only"]).len(), 1);
    }

    /// Labels that are `machine²` (the scores run high), `n_calls` calls of `per_call`.
    fn squared(language: Option<&str>, n_calls: usize, per_call: usize) -> Vec<Sample> {
        let mut out = Vec::new();
        for c in 0..n_calls {
            for t in 0..per_call {
                let x = ((c * per_call + t) as f32 * 0.618).fract();
                let call = format!("{}-{c}", language.unwrap_or("xx"));
                out.push(sample(&call, language, x, x * x));
            }
        }
        out
    }

    #[test]
    fn the_minimum_is_respected_and_said() {
        let mut samples = BTreeMap::new();
        samples.insert("smile".to_string(), squared(Some("en"), 3, 20));
        samples.insert("stress".to_string(), squared(Some("en"), 8, 2));
        let fit = fit(&samples, MIN_LABELS);
        let smile = &fit.scores[0];
        assert!(smile.fitted.is_none());
        assert!(smile
            .skipped
            .as_deref()
            .unwrap()
            .contains("60 labels from 3 calls"));
        let stress = &fit.scores[1];
        assert!(stress.fitted.is_none(), "16 labels < 30");
        assert!(fit.scores[2]
            .skipped
            .as_deref()
            .unwrap()
            .contains("0 labels"));
        assert!(!fit.any_fitted());
        // A caller cannot go below the floor.
        assert_eq!(super::fit(&samples, 1).min_labels, MIN_LABELS_FLOOR);
    }

    #[test]
    fn a_language_without_enough_labels_uses_the_pooled_map() {
        let mut labels = squared(Some("ar"), 12, 10);
        labels.extend(squared(Some("el"), 2, 3));
        let mut samples = BTreeMap::new();
        samples.insert("stress".to_string(), labels);
        let fit = fit(&samples, MIN_LABELS);
        let stress = fit.scores[1].fitted.as_ref().expect("fitted");
        assert!(stress.maps.contains_key("ar"));
        assert!(stress.maps.contains_key(POOLED));
        assert!(!stress.maps.contains_key("el"));
        assert!(std::ptr::eq(
            stress.map_for(Some("el")).unwrap(),
            &stress.maps[POOLED]
        ));
        assert!(stress.after.mae < stress.before.mae / 2.0);
    }

    #[test]
    fn applying_changes_turn_scores_keeps_the_raw_values_and_names_the_version() {
        let mut samples = BTreeMap::new();
        samples.insert("smile".to_string(), squared(None, 10, 6));
        let calibration = fit(&samples, MIN_LABELS).into_calibration(7, 0);
        assert_eq!(calibration.name(), "calibration-7");
        let mut turns = vec![Turn {
            tone: Some(ToneScores {
                smile: 0.5,
                arousal: 0.5,
                valence: 0.0,
                stress: 0.4,
                confidence: 0.9,
            }),
            sentiment: Some(0.3),
            ..Turn::default()
        }];
        assert_eq!(calibration.apply_turns(&mut turns, Some("he")), 1);
        let smile = turns[0].tone.unwrap().smile;
        assert!((smile - 0.25).abs() < 0.06, "0.5² ≈ 0.25, got {smile}");
        assert_eq!(
            turns[0].tone.unwrap().stress,
            0.4,
            "stress is not calibrated"
        );
        assert_eq!(turns[0].sentiment, Some(0.3));
        assert_eq!(turns[0].uncalibrated.as_ref().unwrap()["smile"], 0.5);
        assert!(
            turns[0].evidence[0].starts_with("smile 0.50 → 0.2")
                && turns[0].evidence[0].ends_with("(calibration-7)"),
            "{}",
            turns[0].evidence[0]
        );
        assert_eq!(shown("sentiment", -0.5), "−0.50");
    }
}
