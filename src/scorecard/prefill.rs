//! Pre-filling a scorecard from the call's report: the checks the report can answer.
//!
//! In: a stored report (the JSON of [`crate::report::CallReport`]; read field by field, so a
//! report from an older build that lacks a field gives `unknown`, never a guess). Out: per
//! [`AutoCheck`], an [`AutoAnswer`]: yes, no, not applicable or unknown, the evidence in
//! plain words and the time on the call (ms) to play it from.
//!
//! The checks:
//! - `agent_greeted_within_10s`: the agent's first turn starts within
//!   [`GREETING_WITHIN_MS`]; the evidence names the greeting words when the agent script
//!   phrases ([`crate::text::script`]) find any, else that the agent spoke.
//! - `customer_ended_happier`: `scores.customer_ended_happier`, with the customer's sentiment
//!   per quarter.
//! - `no_agent_interruptions`: `characteristics.interruptions.agent` is 0.
//! - `no_long_silence`: no `long_silence` moment (nobody speaking for 5 s or more).
//! - `abusive_customer_handled`: after the customer's first abusive turn, no agent turn
//!   shouts or reaches tone stress [`CALM_STRESS_MAX`]; not applicable when no customer turn
//!   is abusive.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::report::clock;

/// The agent must speak first within this long for a greeting "within 10 s".
pub const GREETING_WITHIN_MS: u64 = 10_000;
/// An agent turn with tone stress at or above this (the report's stress-peak level) is not
/// calm.
pub const CALM_STRESS_MAX: f64 = 0.7;

/// A report check that can answer a yes/no question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AutoCheck {
    /// `agent_greeted_within_10s`: the agent's first turn starts within 10 s.
    #[serde(rename = "agent_greeted_within_10s")]
    AgentGreetedWithin10s,
    /// `customer_ended_happier`: the report's `scores.customer_ended_happier`.
    CustomerEndedHappier,
    /// `no_agent_interruptions`: the agent interrupted 0 times.
    NoAgentInterruptions,
    /// `no_long_silence`: no `long_silence` moment.
    NoLongSilence,
    /// `abusive_customer_handled`: after the customer's abuse, the agent stayed calm.
    AbusiveCustomerHandled,
}

impl AutoCheck {
    /// Every check, in card order.
    pub const ALL: [AutoCheck; 5] = [
        AutoCheck::AgentGreetedWithin10s,
        AutoCheck::CustomerEndedHappier,
        AutoCheck::NoAgentInterruptions,
        AutoCheck::NoLongSilence,
        AutoCheck::AbusiveCustomerHandled,
    ];

    /// The name a card file uses for it (`auto = "no_long_silence"`).
    pub fn as_str(self) -> &'static str {
        match self {
            AutoCheck::AgentGreetedWithin10s => "agent_greeted_within_10s",
            AutoCheck::CustomerEndedHappier => "customer_ended_happier",
            AutoCheck::NoAgentInterruptions => "no_agent_interruptions",
            AutoCheck::NoLongSilence => "no_long_silence",
            AutoCheck::AbusiveCustomerHandled => "abusive_customer_handled",
        }
    }
}

/// What the machine answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The check passed: the answer is yes (`true`).
    Yes,
    /// The check failed: the answer is no (`false`).
    No,
    /// The question does not apply to this call (no abuse to handle).
    NotApplicable,
    /// The report lacks what the check needs.
    Unknown,
}

impl Outcome {
    /// The answer value it stands for: `true`, `false`, `null` (not applicable); `None` when
    /// unknown (the reviewer must answer).
    pub fn value(self) -> Option<Value> {
        match self {
            Outcome::Yes => Some(Value::Bool(true)),
            Outcome::No => Some(Value::Bool(false)),
            Outcome::NotApplicable => Some(Value::Null),
            Outcome::Unknown => None,
        }
    }
}

/// One pre-filled answer: the machine's answer, why, and where to listen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AutoAnswer {
    /// The check that answered.
    pub check: AutoCheck,
    /// What it answered.
    pub outcome: Outcome,
    /// In plain words, with times as `mm:ss.s`.
    pub evidence: String,
    /// Where on the call the evidence is (ms), when there is a place.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at_ms: Option<u64>,
}

/// Runs `check` on `report`.
pub fn prefill(check: AutoCheck, report: &Value) -> AutoAnswer {
    let (outcome, evidence, at_ms) = match check {
        AutoCheck::AgentGreetedWithin10s => greeted(report),
        AutoCheck::CustomerEndedHappier => ended_happier(report),
        AutoCheck::NoAgentInterruptions => no_interruptions(report),
        AutoCheck::NoLongSilence => no_long_silence(report),
        AutoCheck::AbusiveCustomerHandled => abuse_handled(report),
    };
    AutoAnswer {
        check,
        outcome,
        evidence,
        at_ms,
    }
}

type Found = (Outcome, String, Option<u64>);

fn unknown(why: &str) -> Found {
    (Outcome::Unknown, why.to_string(), None)
}

fn turns(report: &Value) -> Option<&Vec<Value>> {
    report.get("turns").and_then(Value::as_array)
}

fn role(turn: &Value) -> Option<&str> {
    turn.get("role").and_then(Value::as_str)
}

fn start_ms(turn: &Value) -> Option<u64> {
    turn.get("start_ms").and_then(Value::as_u64)
}

/// `text` cut to about `n` characters, with an ellipsis when cut.
fn quote(text: &str, n: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= n {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(n).collect::<String>().trim_end())
    }
}

fn greeted(report: &Value) -> Found {
    let Some(turns) = turns(report) else {
        return unknown("the report has no turns");
    };
    let first = turns
        .iter()
        .filter(|t| role(t) == Some("agent"))
        .filter_map(|t| start_ms(t).map(|s| (s, t)))
        .min_by_key(|(s, _)| *s);
    let Some((start, turn)) = first else {
        return unknown("no turn of the call is the agent's");
    };
    let text = turn.get("text").and_then(Value::as_str).unwrap_or("");
    let language = turn
        .get("language")
        .and_then(Value::as_str)
        .or_else(|| report.get("language").and_then(Value::as_str));
    let hits = crate::text::script::script_hits(language, text, &[]);
    let words = if hits.agent.is_empty() {
        format!("“{}”", quote(text, 60))
    } else {
        format!("greeting “{}”", hits.agent.join("”, “"))
    };
    if start <= GREETING_WITHIN_MS {
        (
            Outcome::Yes,
            format!("The agent spoke first at {}: {words}", clock(start)),
            Some(start),
        )
    } else {
        (
            Outcome::No,
            format!(
                "The agent first spoke at {}, after {} s: {words}",
                clock(start),
                GREETING_WITHIN_MS / 1000
            ),
            Some(start),
        )
    }
}

fn ended_happier(report: &Value) -> Found {
    let Some(happier) = report
        .pointer("/scores/customer_ended_happier")
        .and_then(Value::as_bool)
    else {
        return unknown("the report does not say how the customer's mood changed");
    };
    let quarters: Vec<(usize, f64)> = report
        .pointer("/scores/sentiment_by_quarter/customer")
        .and_then(Value::as_array)
        .map(|q| {
            q.iter()
                .enumerate()
                .filter_map(|(i, v)| v.as_f64().map(|v| (i, v)))
                .collect()
        })
        .unwrap_or_default();
    let path = quarters
        .iter()
        .map(|(i, v)| format!("Q{} {}", i + 1, crate::report::signed(*v as f32)))
        .collect::<Vec<_>>()
        .join(" → ");
    let duration = report.get("duration_ms").and_then(Value::as_u64);
    let at = quarters
        .last()
        .zip(duration)
        .map(|((i, _), d)| d * *i as u64 / 4);
    let verb = if happier {
        "ended happier"
    } else {
        "did not end happier"
    };
    let evidence = if path.is_empty() {
        format!("The customer {verb} than they began")
    } else {
        format!("The customer {verb} than they began: sentiment {path}")
    };
    (
        if happier { Outcome::Yes } else { Outcome::No },
        evidence,
        at,
    )
}

fn moments<'a>(report: &'a Value, kind: &'a str) -> impl Iterator<Item = &'a Value> + 'a {
    report
        .get("moments")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter(move |m| m.get("kind").and_then(Value::as_str) == Some(kind))
}

fn no_interruptions(report: &Value) -> Found {
    let Some(n) = report
        .pointer("/characteristics/interruptions/agent")
        .and_then(Value::as_u64)
    else {
        return unknown("the report does not count the agent's interruptions");
    };
    if n == 0 {
        return (
            Outcome::Yes,
            "The agent interrupted the customer 0 times".into(),
            None,
        );
    }
    // Where: the first overtalk the agent began, or an `interruptions` moment of theirs.
    let at = moments(report, "interruptions")
        .find(|m| m.get("role").and_then(Value::as_str) == Some("agent"))
        .and_then(|m| m.get("start_ms").and_then(Value::as_u64))
        .or_else(|| {
            report
                .pointer("/characteristics/overtalk_spans_ms/0/0")
                .and_then(Value::as_u64)
        });
    (
        Outcome::No,
        format!(
            "The agent interrupted the customer {n} time{}",
            if n == 1 { "" } else { "s" }
        ),
        at,
    )
}

fn no_long_silence(report: &Value) -> Found {
    let Some(characteristics) = report.get("characteristics").filter(|c| c.is_object()) else {
        return unknown("the report has no timing of the conversation");
    };
    let silences: Vec<&Value> = moments(report, "long_silence").collect();
    if let Some(first) = silences.first() {
        let start = first.get("start_ms").and_then(Value::as_u64);
        let why = first.get("why").and_then(Value::as_str).unwrap_or("");
        let count = silences.len();
        let at = start.map(clock).unwrap_or_else(|| "?".into());
        return (
            Outcome::No,
            format!(
                "{count} long silence{}; the first at {at}: {why}",
                if count == 1 { "" } else { "s" }
            ),
            start,
        );
    }
    let quiet = characteristics
        .get("non_talk_time_ms")
        .and_then(Value::as_u64)
        .map(|ms| format!(" (nobody spoke for {} in all)", clock(ms)))
        .unwrap_or_default();
    (
        Outcome::Yes,
        format!("No silence of 5 s or more{quiet}"),
        None,
    )
}

fn abuse_handled(report: &Value) -> Found {
    let Some(turns) = turns(report) else {
        return unknown("the report has no turns");
    };
    let customer: Vec<&Value> = turns
        .iter()
        .filter(|t| role(t) == Some("customer"))
        .collect();
    let assessed: Vec<bool> = customer
        .iter()
        .filter_map(|t| t.get("abusive").and_then(Value::as_bool))
        .collect();
    if assessed.is_empty() {
        return unknown("the customer's words were not assessed for abuse");
    }
    let Some(first_abuse) = customer
        .iter()
        .filter(|t| t.get("abusive").and_then(Value::as_bool) == Some(true))
        .filter_map(|t| start_ms(t))
        .min()
    else {
        return (
            Outcome::NotApplicable,
            "The customer was not abusive".into(),
            None,
        );
    };
    let after: Vec<&Value> = turns
        .iter()
        .filter(|t| role(t) == Some("agent"))
        .filter(|t| start_ms(t).is_some_and(|s| s >= first_abuse))
        .collect();
    if after.is_empty() {
        return (
            Outcome::Unknown,
            format!(
                "The customer was abusive at {}, and the agent did not speak after",
                clock(first_abuse)
            ),
            Some(first_abuse),
        );
    }
    let mut heard = false;
    let mut max_stress: Option<f64> = None;
    for t in &after {
        let at = start_ms(t).unwrap_or(first_abuse);
        let shouting = t.get("shouting").and_then(Value::as_bool);
        let stress = t.pointer("/tone/stress").and_then(Value::as_f64);
        heard |= shouting.is_some() || stress.is_some();
        if shouting == Some(true) {
            return (
                Outcome::No,
                format!(
                    "The customer was abusive at {}; the agent shouted back at {}",
                    clock(first_abuse),
                    clock(at)
                ),
                Some(at),
            );
        }
        if let Some(s) = stress {
            if s >= CALM_STRESS_MAX {
                return (
                    Outcome::No,
                    format!(
                        "The customer was abusive at {}; the agent's voice was stressed ({s:.2}) at {}",
                        clock(first_abuse),
                        clock(at)
                    ),
                    Some(at),
                );
            }
            max_stress = Some(max_stress.map_or(s, |m: f64| m.max(s)));
        }
    }
    if !heard {
        return (
            Outcome::Unknown,
            format!(
                "The customer was abusive at {}; the agent's tone after it was not measured",
                clock(first_abuse)
            ),
            Some(first_abuse),
        );
    }
    let stress = max_stress
        .map(|s| format!(", stress at most {s:.2}"))
        .unwrap_or_default();
    (
        Outcome::Yes,
        format!(
            "The customer was abusive at {}; in the agent's {} turn{} after, no shouting{stress}",
            clock(first_abuse),
            after.len(),
            if after.len() == 1 { "" } else { "s" }
        ),
        Some(first_abuse),
    )
}
