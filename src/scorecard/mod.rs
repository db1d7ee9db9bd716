//! Scorecards: what a QA reviewer answers about a call, and how the answers add up.
//!
//! In: a card definition ([`Scorecard`]: sections of questions, each with an answer type and
//! points), from the built-in [`Scorecard::builtin`] or a deployment's file
//! ([`Scorecard::from_file`], JSON or TOML, checked by [`Scorecard::validate`]), and a
//! reviewer's answers (a JSON object, question id → value). Out: the answers checked against
//! the card and scored ([`score`]: points per question, total, maximum, percentage), and
//! the card's content hash ([`Scorecard::content_hash`]), which versions it: the store keeps
//! each (card id, hash) once under a version number, and a review names the version it was
//! made with, so a changed card never rewrites an old review.
//!
//! Answer values: `yes_no` takes `true` / `false` (yes earns the points); `scale` an integer
//! `0..=max` (earns `points × value / max`); `choice` one of its options' `value` (earns that
//! option's points); `null` means "not applicable" where the question allows it
//! (`allow_na`), and leaves the question out of the maximum.
//!
//! Questions with an `auto` key are pre-filled from the call's report ([`prefill`]); no
//! HTTP and no SQL here.

pub mod prefill;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

pub use prefill::{prefill, AutoAnswer, AutoCheck, Outcome};

/// The verdicts a review may give: `pass`, `fail`, `needs_coaching` (the call passes but
/// the agent should hear it with a coach).
pub const VERDICTS: [&str; 3] = ["pass", "fail", "needs_coaching"];

/// Most questions a card may hold (a bound on what a file can make the server do).
pub const MAX_QUESTIONS: usize = 200;
/// Largest `max` of a `scale` question.
pub const MAX_SCALE: u32 = 100;

/// A scorecard: sections of questions. Its `id` names it across versions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scorecard {
    /// Names the card across its versions (letters, digits, `_`, `-`).
    pub id: String,
    /// Shown to reviewers.
    pub title: String,
    /// The questions, in groups, in the order reviewers answer them.
    pub sections: Vec<Section>,
}

/// A group of questions under a heading.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// The heading (`Opening`, `Outcome`, …).
    pub title: String,
    /// At least one.
    pub questions: Vec<Question>,
}

/// One question: its answer type and the points it is worth.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Unique on the card (letters, digits, `_`, `-`); answers are keyed by it.
    pub id: String,
    /// The question as the reviewer reads it.
    pub text: String,
    /// `yes_no`, `scale` or `choice`.
    #[serde(rename = "type")]
    pub kind: AnswerType,
    /// The most the question earns (> 0).
    pub points: f64,
    /// For `scale`: the top of the scale (answers are `0..=max`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<u32>,
    /// For `choice`: the options, each with the points it earns (0..=`points`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<ChoiceOption>,
    /// Whether "not applicable" (`null`) is an answer; such a question then counts for nothing.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub allow_na: bool,
    /// The report check that pre-fills it ([`AutoCheck`]); only on `yes_no` questions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto: Option<AutoCheck>,
}

/// How a question is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerType {
    /// `true` / `false`; yes earns the points.
    YesNo,
    /// A whole number `0..=max`; earns `points × value / max`.
    Scale,
    /// One option's `value`; earns that option's points.
    Choice,
}

/// One option of a `choice` question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceOption {
    /// What the answer holds.
    pub value: String,
    /// What the reviewer reads.
    pub label: String,
    /// What choosing it earns (0 to the question's points).
    pub points: f64,
}

/// Why a card definition is refused.
#[derive(Debug, thiserror::Error)]
pub enum CardError {
    /// The file cannot be read (the reason is in the message, not chained, so it is said once).
    #[error("{path}: {reason}")]
    Read {
        path: std::path::PathBuf,
        reason: std::io::Error,
    },
    /// The file is not JSON or TOML of a card (an unknown field, a wrong type, …).
    #[error("{path}: not a scorecard: {reason}")]
    Parse {
        path: std::path::PathBuf,
        reason: String,
    },
    /// The card breaks a rule [`Scorecard::validate`] checks.
    #[error("scorecard `{card}`: {reason}")]
    Invalid { card: String, reason: String },
}

fn is_name(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

impl Scorecard {
    /// The card a deployment gets without `--scorecard`: opening, conversation and outcome,
    /// with the five report checks pre-filled.
    pub fn builtin() -> Scorecard {
        let yes_no = |id: &str, text: &str, points: f64, auto: Option<AutoCheck>| Question {
            id: id.into(),
            text: text.into(),
            kind: AnswerType::YesNo,
            points,
            max: None,
            options: Vec::new(),
            allow_na: false,
            auto,
        };
        let mut handled = yes_no(
            "abuse_handled",
            "If the customer was abusive, did the agent stay calm?",
            10.0,
            Some(AutoCheck::AbusiveCustomerHandled),
        );
        handled.allow_na = true;
        Scorecard {
            id: "default".into(),
            title: "Customer service call".into(),
            sections: vec![
                Section {
                    title: "Opening".into(),
                    questions: vec![
                        yes_no(
                            "greeted",
                            "Did the agent greet the customer within 10 seconds?",
                            10.0,
                            Some(AutoCheck::AgentGreetedWithin10s),
                        ),
                        yes_no(
                            "verified",
                            "Did the agent verify who the customer is?",
                            10.0,
                            None,
                        ),
                    ],
                },
                Section {
                    title: "Conversation".into(),
                    questions: vec![
                        yes_no(
                            "no_interruptions",
                            "Did the agent let the customer finish (no interruptions)?",
                            10.0,
                            Some(AutoCheck::NoAgentInterruptions),
                        ),
                        yes_no(
                            "no_long_silence",
                            "Was the call free of long silences?",
                            10.0,
                            Some(AutoCheck::NoLongSilence),
                        ),
                        handled,
                        Question {
                            id: "empathy".into(),
                            text: "How well did the agent acknowledge the customer's feelings?"
                                .into(),
                            kind: AnswerType::Scale,
                            points: 20.0,
                            max: Some(4),
                            options: Vec::new(),
                            allow_na: false,
                            auto: None,
                        },
                    ],
                },
                Section {
                    title: "Outcome".into(),
                    questions: vec![
                        yes_no(
                            "ended_happier",
                            "Did the customer end the call happier than they began it?",
                            10.0,
                            Some(AutoCheck::CustomerEndedHappier),
                        ),
                        Question {
                            id: "resolution".into(),
                            text: "Was the customer's issue resolved?".into(),
                            kind: AnswerType::Choice,
                            points: 20.0,
                            max: None,
                            options: vec![
                                ChoiceOption {
                                    value: "resolved".into(),
                                    label: "Resolved on the call".into(),
                                    points: 20.0,
                                },
                                ChoiceOption {
                                    value: "escalated".into(),
                                    label: "Escalated or follow-up booked".into(),
                                    points: 10.0,
                                },
                                ChoiceOption {
                                    value: "unresolved".into(),
                                    label: "Not resolved".into(),
                                    points: 0.0,
                                },
                            ],
                            allow_na: false,
                            auto: None,
                        },
                    ],
                },
            ],
        }
    }

    /// Reads and checks a card file: TOML when its name ends in `.toml`, JSON otherwise.
    pub fn from_file(path: &Path) -> Result<Scorecard, CardError> {
        let text = std::fs::read_to_string(path).map_err(|reason| CardError::Read {
            path: path.to_path_buf(),
            reason,
        })?;
        let parse_error = |reason: String| CardError::Parse {
            path: path.to_path_buf(),
            reason,
        };
        let is_toml = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("toml"));
        let card: Scorecard = if is_toml {
            toml::from_str(&text).map_err(|e| parse_error(e.to_string()))?
        } else {
            serde_json::from_str(&text).map_err(|e| parse_error(e.to_string()))?
        };
        card.validate()?;
        Ok(card)
    }

    /// Reads a stored definition (the JSON [`Scorecard::definition`] wrote).
    pub fn from_definition(definition: &Value) -> Result<Scorecard, CardError> {
        let card: Scorecard =
            serde_json::from_value(definition.clone()).map_err(|e| CardError::Invalid {
                card: "stored".into(),
                reason: e.to_string(),
            })?;
        card.validate()?;
        Ok(card)
    }

    /// Checks what serde cannot: ids, unique question ids, positive points, a scale's
    /// `max`, a choice's options, `auto` only on yes/no questions, each check used once.
    pub fn validate(&self) -> Result<(), CardError> {
        let bad = |reason: String| CardError::Invalid {
            card: self.id.clone(),
            reason,
        };
        if !is_name(&self.id) {
            return Err(bad(
                "`id` must be 1 to 64 letters, digits, `_` or `-`".into()
            ));
        }
        if self.title.trim().is_empty() {
            return Err(bad("`title` is empty".into()));
        }
        if self.sections.is_empty() {
            return Err(bad("it has no sections".into()));
        }
        let mut ids = BTreeSet::new();
        let mut checks = BTreeSet::new();
        let mut count = 0;
        for section in &self.sections {
            if section.title.trim().is_empty() {
                return Err(bad("a section has an empty `title`".into()));
            }
            if section.questions.is_empty() {
                return Err(bad(format!("section `{}` has no questions", section.title)));
            }
            for q in &section.questions {
                count += 1;
                let id = &q.id;
                if !is_name(id) {
                    return Err(bad(format!(
                        "question id `{id}` must be 1 to 64 letters, digits, `_` or `-`"
                    )));
                }
                if !ids.insert(id.clone()) {
                    return Err(bad(format!("question id `{id}` is used twice")));
                }
                if q.text.trim().is_empty() {
                    return Err(bad(format!("question `{id}` has no `text`")));
                }
                if !(q.points.is_finite() && q.points > 0.0) {
                    return Err(bad(format!("question `{id}`: `points` must be above 0")));
                }
                match q.kind {
                    AnswerType::Scale => match q.max {
                        Some(m) if (1..=MAX_SCALE).contains(&m) => {}
                        _ => {
                            return Err(bad(format!(
                                "question `{id}`: a scale needs `max` from 1 to {MAX_SCALE}"
                            )))
                        }
                    },
                    AnswerType::Choice => {
                        if q.options.len() < 2 {
                            return Err(bad(format!(
                                "question `{id}`: a choice needs at least two `options`"
                            )));
                        }
                        let mut values = BTreeSet::new();
                        for o in &q.options {
                            if o.value.is_empty() || !values.insert(o.value.as_str()) {
                                return Err(bad(format!(
                                    "question `{id}`: option values must be non-empty and unique"
                                )));
                            }
                            if !(o.points.is_finite() && (0.0..=q.points).contains(&o.points)) {
                                return Err(bad(format!(
                                    "question `{id}`: option `{}` must earn from 0 to {} points",
                                    o.value, q.points
                                )));
                            }
                        }
                    }
                    AnswerType::YesNo => {}
                }
                if q.kind != AnswerType::Scale && q.max.is_some() {
                    return Err(bad(format!("question `{id}`: only a scale takes `max`")));
                }
                if q.kind != AnswerType::Choice && !q.options.is_empty() {
                    return Err(bad(format!(
                        "question `{id}`: only a choice takes `options`"
                    )));
                }
                if let Some(check) = q.auto {
                    if q.kind != AnswerType::YesNo {
                        return Err(bad(format!(
                            "question `{id}`: `auto` pre-fills yes/no questions only"
                        )));
                    }
                    if !checks.insert(check) {
                        return Err(bad(format!(
                            "`auto = \"{}\"` is on two questions",
                            check.as_str()
                        )));
                    }
                    if check == AutoCheck::AbusiveCustomerHandled && !q.allow_na {
                        return Err(bad(format!(
                            "question `{id}`: `{}` is not applicable to calls without abuse: set `allow_na = true`",
                            check.as_str()
                        )));
                    }
                }
            }
        }
        if count > MAX_QUESTIONS {
            return Err(bad(format!(
                "{count} questions; a card holds at most {MAX_QUESTIONS}"
            )));
        }
        Ok(())
    }

    /// The card as stored and served: its JSON.
    pub fn definition(&self) -> Value {
        serde_json::to_value(self).expect("a scorecard serialises")
    }

    /// Hex SHA-256 of the card's canonical JSON: the same content, the same hash, whatever
    /// the file's format or layout.
    pub fn content_hash(&self) -> String {
        let text = serde_json::to_string(&self.definition()).expect("a scorecard serialises");
        Sha256::digest(text.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    /// Every question, in card order.
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.sections.iter().flat_map(|s| s.questions.iter())
    }

    /// The most a review can earn: every question's points.
    pub fn max_points(&self) -> f64 {
        self.questions().map(|q| q.points).sum()
    }
}

/// One scored answer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScoredAnswer {
    /// The question's id.
    pub question: String,
    /// The reviewer's value (`null`: not applicable).
    pub value: Value,
    /// Points earned.
    pub points: f64,
    /// Points it could earn (0 when not applicable).
    pub max_points: f64,
}

/// A set of answers checked against a card and added up.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scored {
    /// Every question's, in card order.
    pub answers: Vec<ScoredAnswer>,
    /// Points earned.
    pub total_points: f64,
    /// The points of the questions that apply.
    pub max_points: f64,
    /// `total_points / max_points` × 100 (0 when nothing applies).
    pub score_pct: f64,
}

/// Why answers were refused (the API's 422).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{0}")]
pub struct AnswerError(pub String);

/// Checks `answers` (question id → value) against `card` and scores them: every question
/// answered, no unknown question, each value of its question's type and range.
pub fn score(
    card: &Scorecard,
    answers: &serde_json::Map<String, Value>,
) -> Result<Scored, AnswerError> {
    let known: BTreeSet<&str> = card.questions().map(|q| q.id.as_str()).collect();
    if let Some(unknown) = answers.keys().find(|k| !known.contains(k.as_str())) {
        return Err(AnswerError(format!(
            "`{unknown}` is not a question of scorecard `{}`",
            card.id
        )));
    }
    let missing: Vec<&str> = card
        .questions()
        .filter(|q| !answers.contains_key(&q.id))
        .map(|q| q.id.as_str())
        .collect();
    if !missing.is_empty() {
        return Err(AnswerError(format!(
            "unanswered: {} (every question needs an answer; `null` where not applicable)",
            missing.join(", ")
        )));
    }
    let mut out = Vec::new();
    for q in card.questions() {
        let value = &answers[&q.id];
        let id = &q.id;
        let earned = match (q.kind, value) {
            (_, Value::Null) if q.allow_na => None,
            (_, Value::Null) => {
                return Err(AnswerError(format!(
                    "`{id}` must be answered: it is not one that can be not applicable"
                )))
            }
            (AnswerType::YesNo, Value::Bool(yes)) => Some(if *yes { q.points } else { 0.0 }),
            (AnswerType::YesNo, _) => {
                return Err(AnswerError(format!("`{id}` takes true or false")))
            }
            (AnswerType::Scale, v) => {
                let max = q.max.unwrap_or(1);
                match v.as_u64().filter(|n| *n <= max as u64) {
                    Some(n) => Some(q.points * n as f64 / max as f64),
                    None => {
                        return Err(AnswerError(format!(
                            "`{id}` takes a whole number from 0 to {max}"
                        )))
                    }
                }
            }
            (AnswerType::Choice, v) => {
                let option = v
                    .as_str()
                    .and_then(|s| q.options.iter().find(|o| o.value == s));
                match option {
                    Some(o) => Some(o.points),
                    None => {
                        let values: Vec<&str> =
                            q.options.iter().map(|o| o.value.as_str()).collect();
                        return Err(AnswerError(format!(
                            "`{id}` takes one of {}",
                            values.join(", ")
                        )));
                    }
                }
            }
        };
        out.push(ScoredAnswer {
            question: id.clone(),
            value: value.clone(),
            points: round2(earned.unwrap_or(0.0)),
            max_points: if earned.is_some() { q.points } else { 0.0 },
        });
    }
    let total_points = round2(out.iter().map(|a| a.points).sum());
    let max_points = round2(out.iter().map(|a| a.max_points).sum());
    let score_pct = if max_points > 0.0 {
        round2(100.0 * total_points / max_points)
    } else {
        0.0
    };
    Ok(Scored {
        answers: out,
        total_points,
        max_points,
        score_pct,
    })
}

fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// The pre-filled answers of `card` for `report`: question id → what the machine answers.
pub fn draft_answers(card: &Scorecard, report: &Value) -> BTreeMap<String, AutoAnswer> {
    card.questions()
        .filter_map(|q| q.auto.map(|check| (q.id.clone(), prefill(check, report))))
        .collect()
}

#[cfg(test)]
mod tests;
