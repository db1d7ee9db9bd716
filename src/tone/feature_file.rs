//! `calltone features`: a recording → one record per file, its JSON line (the CLI contract in
//! [`super::features`]) and a readable listing.
//!
//! In: a path, decode options and optionally the VAD. Out: [`FileFeatures`]: per channel, each
//! segment's span in ms and [`FeatureVector`] (values rounded to 4 decimals in JSON, names in
//! vector order), and with `--frames` the channel's F0 track.

use serde::ser::{Serialize, SerializeMap, Serializer};

use super::baseline::ChannelMeasures;
use super::features::{feature_names, FeatureVector, FEATURE_COUNT, RAW_COUNT, RAW_FEATURE_NAMES};
use super::params::*;
use super::pitch::{frame_centre, PitchTrack};
use super::profile::{PopulationNorms, Reference, VoiceProfile};
use super::segment_features::FeatureExtractor;
use crate::timeline::{samples_to_ms, SpeechSegment};

/// How `calltone features` finds segments and what it adds.
#[derive(Debug, Clone, Default)]
pub struct FileOptions {
    /// Treat each channel as one segment instead of running the VAD.
    pub whole: bool,
    /// Add each channel's frame-level F0 track.
    pub frames: bool,
    /// What the deviations are taken from.
    pub reference: FileReference,
    /// Add each channel's one-call voice profile (`voice`).
    pub voice: bool,
}

/// What `calltone features` takes the deviations from (`--profile`, `--norms`).
#[derive(Debug, Clone, Default)]
pub enum FileReference {
    /// Each channel's own median (the per-turn reference).
    #[default]
    Call,
    /// One voice profile for every channel.
    Profile(VoiceProfile),
    /// The norms of each channel's register.
    Population(PopulationNorms),
}

impl FileReference {
    fn of<'a>(&'a self, measures: &ChannelMeasures) -> Reference<'a> {
        match self {
            FileReference::Call => Reference::Call,
            FileReference::Profile(p) => Reference::Profile(p),
            FileReference::Population(norms) => norms
                .register_for(measures.median_f0_st())
                .map_or(Reference::Call, Reference::Population),
        }
    }
}

/// The features of every speech segment of every channel (`channels`: 16 kHz samples;
/// `speech`: each channel's segments), with each channel's F0 track when `frames`: one line
/// of `calltone features` for `file`, with deviations from `options.reference`. Decoding and finding the speech are the pipeline's
/// (`pipeline::extract_features_file`).
pub fn file_features(
    file: String,
    channels: &[Vec<f32>],
    speech: &[Vec<SpeechSegment>],
    extractor: &mut FeatureExtractor,
    options: &FileOptions,
) -> FileFeatures {
    let channels = channels
        .iter()
        .zip(speech)
        .enumerate()
        .map(|(index, (samples, segments))| {
            let measures = extractor.measure_channel(samples, segments);
            let reference = options.reference.of(&measures);
            let vectors = measures.against(reference);
            ChannelFeatures {
                index,
                reference: match reference {
                    Reference::Population(r) => format!("population:{}", r.name),
                    other => other.kind().to_string(),
                },
                segments: segments
                    .iter()
                    .zip(vectors)
                    .map(|(s, v)| SegmentRecord::new(s, v))
                    .collect(),
                frames: options
                    .frames
                    .then(|| FrameTrack::from_track(&extractor.pitch_track(samples))),
                voice: if options.voice {
                    measures.summary()
                } else {
                    None
                },
            }
        })
        .collect();
    FileFeatures {
        file,
        sample_rate_hz: crate::timeline::SAMPLE_RATE_HZ,
        feature_names: feature_names(),
        channels,
    }
}

impl FileFeatures {
    /// A readable listing: per segment, its span and each defined raw feature.
    pub fn to_text(&self) -> String {
        let mut out = format!("== {}\n", self.file);
        for channel in &self.channels {
            for s in &channel.segments {
                out.push_str(&format!(
                    "channel {} {}–{} ms:",
                    channel.index, s.start_ms, s.end_ms
                ));
                for (k, v) in s.features[..RAW_COUNT].iter().enumerate() {
                    match v {
                        Some(v) => out.push_str(&format!(" {}={v:.2}", RAW_FEATURE_NAMES[k])),
                        None => out.push_str(&format!(" {}=-", RAW_FEATURE_NAMES[k])),
                    }
                }
                out.push('\n');
            }
        }
        out
    }
}

/// One segment's features, serialised as `{"start_ms", "end_ms", "features": {name: value}}`
/// with the names in vector order.
#[derive(Debug, Clone)]
pub struct SegmentRecord {
    pub start_ms: u64,
    pub end_ms: u64,
    pub features: FeatureVector,
}

impl SegmentRecord {
    pub fn new(segment: &SpeechSegment, features: FeatureVector) -> Self {
        SegmentRecord {
            start_ms: samples_to_ms(segment.start_sample),
            end_ms: samples_to_ms(segment.end_sample),
            features,
        }
    }
}

/// Values in JSON are rounded to this many decimals.
const JSON_DECIMALS: i32 = 4;

struct NamedFeatures<'a>(&'a FeatureVector);

impl Serialize for NamedFeatures<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let scale = 10f64.powi(JSON_DECIMALS);
        let mut map = serializer.serialize_map(Some(FEATURE_COUNT))?;
        for (k, value) in self.0.iter().enumerate() {
            let value = value
                .filter(|v| v.is_finite())
                .map(|v| (v * scale).round() / scale);
            if k < RAW_COUNT {
                map.serialize_entry(RAW_FEATURE_NAMES[k], &value)?;
            } else {
                map.serialize_entry(&format!("{}_dev", RAW_FEATURE_NAMES[k - RAW_COUNT]), &value)?;
            }
        }
        map.end()
    }
}

impl Serialize for SegmentRecord {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("start_ms", &self.start_ms)?;
        map.serialize_entry("end_ms", &self.end_ms)?;
        map.serialize_entry("features", &NamedFeatures(&self.features))?;
        map.end()
    }
}

/// A channel's frame-level F0 track, for `--frames`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct FrameTrack {
    pub hop_ms: f64,
    /// Time of the centre of frame 0.
    pub first_ms: f64,
    pub f0_hz: Vec<Option<f64>>,
}

impl FrameTrack {
    pub fn from_track(track: &PitchTrack) -> Self {
        FrameTrack {
            hop_ms: HOP_S * 1000.0,
            first_ms: frame_centre(0) as f64 / SAMPLE_RATE_HZ * 1000.0,
            f0_hz: track
                .f0_hz
                .iter()
                .map(|f| f.map(|v| (v * 1000.0).round() / 1000.0))
                .collect(),
        }
    }
}

/// One channel of `calltone features` output.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ChannelFeatures {
    pub index: usize,
    /// What the deviations were taken from: `call`, `profile` or `population:<register>`.
    pub reference: String,
    pub segments: Vec<SegmentRecord>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub frames: Option<FrameTrack>,
    /// The channel's speech as a one-call voice profile (`--voice`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub voice: Option<VoiceProfile>,
}

/// One line of `calltone features --json`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct FileFeatures {
    pub file: String,
    pub sample_rate_hz: u32,
    pub feature_names: Vec<String>,
    pub channels: Vec<ChannelFeatures>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_json_line() {
        let names = feature_names();
        assert_eq!(names.len(), FEATURE_COUNT);
        assert_eq!(names[RAW_COUNT], "f0_mean_st_dev");
        let mut values = [None; FEATURE_COUNT];
        values[0] = Some(12.345678);
        let record = SegmentRecord {
            start_ms: 10,
            end_ms: 20,
            features: values,
        };
        let json = serde_json::to_string(&record).unwrap();
        assert!(json.starts_with(
            r#"{"start_ms":10,"end_ms":20,"features":{"f0_mean_st":12.3457,"f0_range_st":null"#
        ));
    }
}
