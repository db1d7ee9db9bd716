//! The tone classifier: feature vectors ([`super::features`]) → [`ToneScores`] through an ONNX
//! model run by `ort`, batched per call.
//!
//! The model (`models/tone/tone.onnx`, trained by `models/tone/`) must have:
//! - one `float32` input of shape `[N, F]`, `F` = the extractor's [`FEATURE_COUNT`]; undefined
//!   features are fed as NaN and the graph imputes them (its normalisation is inside it too);
//! - outputs named `smile`, `arousal`, `valence`, `stress` (and optionally `confidence` and
//!   `smile_call`), each `float32` of shape `[N]` or `[N, 1]`; smile, arousal, stress,
//!   confidence and smile_call are read on [0, 1], valence on [−1, 1], and clamped there.
//!   `smile_call` is the smile of a whole channel's segments heard against a profile or the
//!   norms ([`ToneClassifier::classify_call`]): a head monotone in the features, so that the
//!   same voice smiling more scores higher wherever it sits against the reference;
//! - custom metadata `feature_names` (a JSON list equal to [`feature_names`]) and `version`;
//!   optionally `population_norms` ([`PopulationNorms`] as JSON, made by this extractor: the
//!   reference of per-call scores for voices without a profile).
//!
//! [`ToneClassifier::load`] refuses any other model with the reason, at start-up.
//! The reported `confidence` is the model's own times [`voicing_confidence`] (how much of the
//! segment was voiced); a model without a `confidence` output gets [`data_confidence`] instead
//! (the share of features defined, times the same voicing factor).

use std::path::{Path, PathBuf};

use ort::session::Session;
use ort::value::{TensorElementType, TensorRef, ValueType};

use super::features::{feature_names, index, FeatureVector, FEATURE_COUNT, RAW_COUNT};
use super::profile::PopulationNorms;
use crate::error::ModelError;
use crate::onnx::OnnxRuntime;
use crate::report::ToneScores;

const WHAT: &str = "the tone model";
/// Outputs every tone model must have, in [`ToneScores`] order.
pub const REQUIRED_OUTPUTS: [&str; 4] = ["smile", "arousal", "valence", "stress"];
/// A segment whose voiced share is at least this gives full data confidence.
const FULL_CONFIDENCE_VOICED_RATIO: f64 = 0.3;

/// A loaded, checked tone model. Owns its session: one per worker.
pub struct ToneClassifier {
    session: Session,
    has_confidence: bool,
    /// The model has a per-call smile output (`smile_call`).
    has_smile_call: bool,
    /// The model's population norms, when it has them.
    norms: Option<PopulationNorms>,
    /// The model's `version` metadata.
    pub version: String,
    pub path: PathBuf,
}

impl std::fmt::Debug for ToneClassifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ToneClassifier")
            .field("version", &self.version)
            .field("path", &self.path)
            .finish()
    }
}

impl ToneClassifier {
    /// Opens `path` and checks its interface against the extractor's feature list.
    pub fn load(runtime: &OnnxRuntime, path: &Path) -> Result<Self, ModelError> {
        let session = runtime.session(path, WHAT, 1)?;
        let refuse = |reason: String| ModelError::Load {
            what: WHAT,
            path: path.to_owned(),
            reason,
        };

        let inputs = session.inputs();
        if inputs.len() != 1 {
            return Err(refuse(format!(
                "it has {} inputs; a tone model has one, [batch, {FEATURE_COUNT}] float32",
                inputs.len()
            )));
        }
        match inputs[0].dtype() {
            ValueType::Tensor { ty, shape, .. } => {
                if *ty != TensorElementType::Float32 {
                    return Err(refuse(format!(
                        "its input `{}` is {ty:?}, not float32",
                        inputs[0].name()
                    )));
                }
                let width = shape.last().copied();
                if shape.len() != 2 || width != Some(FEATURE_COUNT as i64) {
                    return Err(refuse(format!(
                        "its input `{}` has shape {:?}; the feature extractor gives [batch, {FEATURE_COUNT}] \
                         (retrain the model on this version's features)",
                        inputs[0].name(),
                        &shape[..]
                    )));
                }
            }
            other => {
                return Err(refuse(format!(
                    "its input is {other:?}, not a float32 tensor"
                )))
            }
        }

        let outputs: Vec<&str> = session.outputs().iter().map(|o| o.name()).collect();
        if let Some(missing) = REQUIRED_OUTPUTS.iter().find(|o| !outputs.contains(o)) {
            return Err(refuse(format!(
                "it has no `{missing}` output (outputs: {outputs:?}; needed: {REQUIRED_OUTPUTS:?})"
            )));
        }
        let has_confidence = outputs.contains(&"confidence");
        let has_smile_call = outputs.contains(&"smile_call");

        let metadata = session
            .metadata()
            .map_err(|e| refuse(format!("its metadata cannot be read: {e}")))?;
        let names_json = metadata.custom("feature_names").ok_or_else(|| {
            refuse(
                "its metadata has no `feature_names` (a JSON list of the input's feature names)"
                    .into(),
            )
        })?;
        let names: Vec<String> = serde_json::from_str(&names_json).map_err(|e| {
            refuse(format!(
                "its `feature_names` metadata is not a JSON list of strings: {e}"
            ))
        })?;
        check_feature_names(&names).map_err(refuse)?;
        let version = metadata
            .custom("version")
            .unwrap_or_else(|| "unversioned".into());
        let norms = match metadata.custom("population_norms") {
            None => None,
            Some(json) => {
                let norms: PopulationNorms = serde_json::from_str(&json).map_err(|e| {
                    refuse(format!(
                        "its `population_norms` metadata cannot be read: {e}"
                    ))
                })?;
                norms
                    .check()
                    .map_err(|e| refuse(format!("its `population_norms`: {e}")))?;
                Some(norms)
            }
        };
        drop(metadata);

        Ok(ToneClassifier {
            session,
            has_confidence,
            has_smile_call,
            norms,
            version,
            path: path.to_owned(),
        })
    }

    /// The model's name for reports (`models.tone`): its `version` metadata.
    pub fn name(&self) -> String {
        self.version.clone()
    }

    /// The population norms per-call scores are heard against, when the model has them.
    pub fn norms(&self) -> Option<&PopulationNorms> {
        self.norms.as_ref()
    }

    /// Scores every feature vector in one batch, in order.
    pub fn classify(&mut self, features: &[FeatureVector]) -> Result<Vec<ToneScores>, ModelError> {
        self.run(features, false)
    }

    /// [`Self::classify`] for the segments of a whole channel heard against a profile or the
    /// norms, whose mean is the channel's score: the smile is the model's `smile_call` when it
    /// has one.
    pub fn classify_call(
        &mut self,
        features: &[FeatureVector],
    ) -> Result<Vec<ToneScores>, ModelError> {
        self.run(features, true)
    }

    fn run(
        &mut self,
        features: &[FeatureVector],
        per_call: bool,
    ) -> Result<Vec<ToneScores>, ModelError> {
        if features.is_empty() {
            return Ok(Vec::new());
        }
        let run_error = |e: ort::Error| ModelError::Run {
            what: "tone classification",
            reason: e.to_string(),
        };
        let input: Vec<f32> = features
            .iter()
            .flat_map(|v| v.iter().map(|x| x.map_or(f32::NAN, |x| x as f32)))
            .collect();
        let n = features.len();
        let outputs = self
            .session
            .run(ort::inputs![TensorRef::from_array_view((
                [n, FEATURE_COUNT],
                input.as_slice()
            ))
            .map_err(run_error)?])
            .map_err(run_error)?;
        let column = |name: &str| -> Result<Vec<f32>, ModelError> {
            let value = outputs.get(name).ok_or_else(|| ModelError::Run {
                what: "tone classification",
                reason: format!("no `{name}` output"),
            })?;
            let (_, data) = value.try_extract_tensor::<f32>().map_err(run_error)?;
            if data.len() != n {
                return Err(ModelError::Run {
                    what: "tone classification",
                    reason: format!("`{name}` has {} values for {n} segments", data.len()),
                });
            }
            Ok(data.to_vec())
        };
        let smile = if per_call && self.has_smile_call {
            column("smile_call")?
        } else {
            column("smile")?
        };
        let arousal = column("arousal")?;
        let valence = column("valence")?;
        let stress = column("stress")?;
        let confidence = if self.has_confidence {
            Some(column("confidence")?)
        } else {
            None
        };
        let unit = |v: f32| {
            if v.is_finite() {
                v.clamp(0.0, 1.0)
            } else {
                0.0
            }
        };
        Ok((0..n)
            .map(|i| ToneScores {
                smile: round3(unit(smile[i])),
                arousal: round3(unit(arousal[i])),
                valence: round3(if valence[i].is_finite() {
                    valence[i].clamp(-1.0, 1.0)
                } else {
                    0.0
                }),
                stress: round3(unit(stress[i])),
                confidence: round3(match &confidence {
                    Some(c) => unit(c[i]) * voicing_confidence(&features[i]),
                    None => data_confidence(&features[i]),
                }),
            })
            .collect())
    }
}

fn round3(v: f32) -> f32 {
    (v * 1000.0).round() / 1000.0
}

/// Compares a model's feature names with the extractor's; the reason names the first difference.
pub fn check_feature_names(names: &[String]) -> Result<(), String> {
    let expected = feature_names();
    if names == expected.as_slice() {
        return Ok(());
    }
    if names.len() != expected.len() {
        return Err(format!(
            "it was trained on {} features; the extractor gives {} (retrain the model on this version's features)",
            names.len(),
            expected.len()
        ));
    }
    let (i, (got, want)) = names
        .iter()
        .zip(&expected)
        .enumerate()
        .find(|(_, (a, b))| a != b)
        .expect("the lists differ");
    Err(format!(
        "its feature {i} is `{got}` where the extractor has `{want}` (retrain the model on this version's features)"
    ))
}

/// How much a segment gave to measure, 0–1: the share of raw features defined times
/// [`voicing_confidence`].
pub fn data_confidence(features: &FeatureVector) -> f32 {
    let defined = features[..RAW_COUNT].iter().filter(|v| v.is_some()).count() as f32;
    defined / RAW_COUNT as f32 * voicing_confidence(features)
}

/// 1 when at least [`FULL_CONFIDENCE_VOICED_RATIO`] of the segment's frames are voiced,
/// falling linearly to 0 with no voiced frame: tone is heard in voiced speech.
pub fn voicing_confidence(features: &FeatureVector) -> f32 {
    let voiced = features[index::VOICED_RATIO].unwrap_or(0.0);
    (voiced / FULL_CONFIDENCE_VOICED_RATIO).clamp(0.0, 1.0) as f32
}
