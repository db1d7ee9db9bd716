//! The tone classifier's loading checks and batching, with tiny hand-made ONNX models
//! (`tests/data/tone/make_fixtures.py`; not trained models): a model whose input width,
//! feature names or outputs do not match the extractor is refused with the reason.

use std::path::{Path, PathBuf};

use calltone::config::Config;
use calltone::error::ModelError;
use calltone::onnx::OnnxRuntime;
use calltone::tone::classifier::ToneClassifier;
use calltone::tone::features::{index, FeatureVector, FEATURE_COUNT, RAW_COUNT};

fn runtime() -> &'static OnnxRuntime {
    let config = Config::default();
    OnnxRuntime::load(&OnnxRuntime::locate(None, &config.models_dir))
        .expect("ONNX Runtime: run `make setup`")
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/tone")
        .join(name)
}

fn refusal(name: &str) -> String {
    match ToneClassifier::load(runtime(), &fixture(name)) {
        Ok(_) => panic!("{name} was accepted"),
        Err(e @ ModelError::Load { .. }) => e.to_string(),
        Err(e) => panic!("{name}: unexpected error {e}"),
    }
}

#[test]
fn a_model_of_another_width_is_refused() {
    let reason = refusal("tone_fixture_wrong_width.onnx");
    assert!(
        reason.contains(&format!("[batch, {FEATURE_COUNT}]")),
        "{reason}"
    );
    assert!(reason.contains("shape [-1, 30]"), "{reason}");
}

#[test]
fn a_model_trained_on_other_feature_names_is_refused() {
    let reason = refusal("tone_fixture_wrong_names.onnx");
    assert!(
        reason.contains("feature 3 is `loudness_lufs` where the extractor has `loudness_db`"),
        "{reason}"
    );
}

#[test]
fn a_model_without_feature_names_or_outputs_is_refused() {
    assert!(refusal("tone_fixture_no_names.onnx").contains("no `feature_names`"));
    assert!(refusal("tone_fixture_no_stress.onnx").contains("no `stress` output"));
}

#[test]
fn a_file_that_is_not_a_model_or_is_missing_is_refused() {
    let not_onnx = fixture("make_fixtures.py");
    assert!(matches!(
        ToneClassifier::load(runtime(), &not_onnx),
        Err(ModelError::Load { .. })
    ));
    assert!(matches!(
        ToneClassifier::load(runtime(), &fixture("absent.onnx")),
        Err(ModelError::Missing { .. })
    ));
}

#[test]
fn a_matching_model_scores_a_batch_in_order_within_the_scales() {
    let mut classifier = ToneClassifier::load(runtime(), &fixture("tone_fixture_ok.onnx"))
        .expect("the fixture matches the extractor");
    assert_eq!(classifier.name(), "tone-fixture-1");
    let mut neutral: FeatureVector = [Some(0.0); FEATURE_COUNT];
    neutral[index::VOICED_RATIO] = Some(0.6);
    let mut higher = neutral;
    higher[RAW_COUNT + index::F0_MEAN_ST] = Some(4.0);
    higher[RAW_COUNT + index::LOUDNESS_DB] = Some(6.0);
    // Undefined features go in as NaN; the graph imputes them.
    let mut sparse = neutral;
    sparse[RAW_COUNT + index::F2_HZ] = None;
    sparse[index::JITTER_LOCAL_PCT] = None;

    let scores = classifier.classify(&[neutral, higher, sparse]).unwrap();
    assert_eq!(scores.len(), 3);
    for s in &scores {
        for v in [s.smile, s.arousal, s.stress, s.confidence] {
            assert!((0.0..=1.0).contains(&v), "{s:?}");
        }
        assert!((-1.0..=1.0).contains(&s.valence));
    }
    // The fixture's hand-set weights: sigmoid(0) = 0.5 for the neutral vector.
    assert_eq!(scores[0].arousal, 0.5);
    assert!(
        scores[1].arousal > 0.9 && scores[1].stress > 0.9,
        "{:?}",
        scores[1]
    );
    assert_eq!(scores[2].arousal, 0.5);
    // Two raw features undefined: data confidence 16/18 of the model's.
    assert!(scores[2].confidence < scores[0].confidence);
    assert!(classifier.classify(&[]).unwrap().is_empty());
}
