//! Calibrating from a deployment's own labels: what `calltone calibrate` and the API's
//! `/v1/calibration` routes run.
//!
//! In: a [`CallStore`] holding reviewers' corrections ([`crate::store::labels`]). Out: a
//! [`Calibrated`] outcome (per score: labels, calls, held-out agreement before and after,
//! fitted or skipped and why) and, unless it is a dry run or nothing could be fitted, a new
//! calibration version installed in the store, which the workers use for every call they
//! analyse next. [`roll_back`] puts the previous version (or none) back in force;
//! [`status`] says what is in force. The fitting itself is [`crate::calibration`]'s.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;
use serde_json::Value;

use crate::calibration::{self, Calibration, Fit, Sample, SCORES};
use crate::store::labels::{CalibrationRow, Label, LabelQuery};
use crate::store::{now_ms, CallStore, StoreError};

/// What [`calibrate`] is asked to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CalibrateOptions {
    /// Least labels per score ([`calibration::MIN_LABELS`] by default; never below
    /// [`calibration::MIN_LABELS_FLOOR`]).
    pub min_labels: usize,
    /// Fit and report, install nothing.
    pub dry_run: bool,
}

impl Default for CalibrateOptions {
    fn default() -> Self {
        CalibrateOptions {
            min_labels: calibration::MIN_LABELS,
            dry_run: false,
        }
    }
}

/// What [`calibrate`] did.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Calibrated {
    /// Per score, fitted or skipped.
    pub fit: Fit,
    /// The version installed; `None` on a dry run or when no score could be fitted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub installed: Option<u32>,
    /// The calibration in force after the run (`calibration-N`), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_force: Option<String>,
}

/// The samples of each score from `labels`: the newest label of each call, turn and score
/// field, its value before calibration against the reviewer's. Labels of other fields, or
/// without numbers, are left out.
pub fn samples_from_labels(labels: &[Label]) -> BTreeMap<String, Vec<Sample>> {
    let mut out: BTreeMap<String, Vec<Sample>> = BTreeMap::new();
    for l in labels {
        if !SCORES.contains(&l.field.as_str()) {
            continue;
        }
        let machine = l.raw_value.as_f64().or_else(|| l.machine_value.as_f64());
        let (Some(machine), Some(reviewer)) = (machine, l.reviewer_value.as_f64()) else {
            continue;
        };
        out.entry(l.field.clone()).or_default().push(Sample {
            call_id: l.call_id.clone(),
            language: l.language.clone(),
            machine: machine as f32,
            reviewer: reviewer as f32,
        });
    }
    out
}

/// Fits a calibration from the store's labels (the newest per call, turn and field) and,
/// unless `options.dry_run` or no score qualifies, installs it as the next version.
pub fn calibrate(
    store: &dyn CallStore,
    options: CalibrateOptions,
) -> Result<Calibrated, StoreError> {
    let labels = store.labels(&LabelQuery {
        latest_only: true,
        ..LabelQuery::default()
    })?;
    let fit = calibration::fit(&samples_from_labels(&labels), options.min_labels);
    let mut installed = None;
    if !options.dry_run && fit.any_fitted() {
        // The store numbers it; 0 stands in until then.
        let body = serde_json::to_value(fit.clone().into_calibration(0, now_ms()))?;
        installed = Some(store.install_calibration(&body)?);
    }
    let in_force = store
        .calibration_version()?
        .map(|v| format!("calibration-{v}"));
    Ok(Calibrated {
        fit,
        installed,
        in_force,
    })
}

/// The calibration in force, read from the store.
pub fn current(store: &dyn CallStore) -> Result<Option<Calibration>, StoreError> {
    match store.current_calibration()? {
        Some((version, body)) => {
            let mut calibration: Calibration = serde_json::from_value(body)?;
            calibration.version = version;
            Ok(Some(calibration))
        }
        None => Ok(None),
    }
}

/// What [`roll_back`] did.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RolledBack {
    /// The version rolled back; `None` when none was in force.
    pub rolled_back: Option<u32>,
    /// The version in force now (the previous one), if any.
    pub in_force: Option<u32>,
}

/// Rolls back the calibration in force: the previous version, or none, is used for the
/// calls analysed next (reports already made keep naming theirs).
pub fn roll_back(store: &dyn CallStore) -> Result<RolledBack, StoreError> {
    let rolled_back = store.roll_back_calibration()?;
    Ok(RolledBack {
        rolled_back,
        in_force: store.calibration_version()?,
    })
}

/// The calibration in force and the history of versions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Status {
    /// The calibration in force, in full.
    pub current: Option<Calibration>,
    /// Every version installed, newest first.
    pub versions: Vec<CalibrationRow>,
}

/// What is in force, and the versions installed.
pub fn status(store: &dyn CallStore) -> Result<Status, StoreError> {
    Ok(Status {
        current: current(store)?,
        versions: store.calibrations()?,
    })
}

/// A calibration file written by `GET /v1/calibration` or `calltone calibrate --status
/// --json` (the `current` object), or a bare calibration.
pub fn parse_calibration(json: &Value) -> Result<Calibration, serde_json::Error> {
    let body = json.get("current").unwrap_or(json);
    serde_json::from_value(body.clone())
}

/// The outcome as a table, one row per score: labels, calls, languages with a map of
/// their own, held-out MAE and agreement before → after, fitted or why not; then the
/// version installed.
pub fn table(outcome: &Calibrated) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<10} {:>6} {:>6}  {:<14} {:<22} {:<18} result",
        "score", "labels", "calls", "languages", "held-out MAE", "agreement"
    );
    for s in &outcome.fit.scores {
        let languages = s
            .fitted
            .as_ref()
            .map(|f| f.maps.keys().cloned().collect::<Vec<_>>().join(","))
            .unwrap_or_else(|| "-".into());
        let (mae, agreement) = match (s.before, s.after) {
            (Some(b), Some(a)) => (
                format!("{:.3} → {:.3}", b.mae, a.mae),
                format!("{:.0}% → {:.0}%", b.agreement * 100.0, a.agreement * 100.0),
            ),
            _ => ("-".into(), "-".into()),
        };
        let result = match (&s.fitted, &s.skipped) {
            (Some(f), _) => format!(
                "fitted ({} held-out labels from {} calls)",
                f.held_out_labels, f.held_out_calls
            ),
            (None, Some(why)) => format!("skipped: {why}"),
            (None, None) => "skipped".into(),
        };
        let _ = writeln!(
            out,
            "{:<10} {:>6} {:>6}  {:<14} {:<22} {:<18} {result}",
            s.score, s.n_labels, s.calls, languages, mae, agreement
        );
    }
    match (outcome.installed, &outcome.in_force) {
        (Some(v), _) => {
            let _ = writeln!(out, "installed calibration-{v}");
        }
        (None, Some(name)) => {
            let _ = writeln!(out, "nothing installed; {name} stays in force");
        }
        (None, None) => {
            let _ = writeln!(out, "nothing installed; no calibration is in force");
        }
    }
    out
}
