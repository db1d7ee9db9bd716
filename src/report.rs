//! The call report: the contract every consumer reads (API, UI, CLI JSON, exports).
//!
//! Field names follow `DESIGN.md`; times are milliseconds from the start of the call.
//! Fields that no stage has computed yet are absent, never zero: a consumer can tell
//! "not measured" from "measured as nothing".

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::timeline::ChannelSpan;

/// Bumped when a field is renamed or its meaning changes; adding fields does not bump it.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CallReport {
    pub schema_version: u32,
    pub call_id: String,
    pub duration_ms: u64,
    /// The language most of the call's words are in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    pub source: SourceFormat,
    pub channels: Vec<ChannelInfo>,
    pub turns: Vec<Turn>,
    /// Per-call scores by role (`agent`, `customer`, …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scores: Option<Scores>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub characteristics: Option<Characteristics>,
    /// The moments a coach should hear, in call order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub moments: Vec<Moment>,
    pub models: ModelsUsed,
    pub timings_ms: Timings,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// Where personal data was said and removed, in call order: present (maybe empty) when
    /// the report was redacted (`--redact`, the service's `--redact`), absent otherwise. The
    /// words themselves appear nowhere in a redacted report: the text holds the kind's tag
    /// (`[CARD]`) in their place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redactions: Option<Vec<Redaction>>,
}

/// One stretch of personal data removed from a redacted report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Redaction {
    /// `card`, `phone`, `email`, `id`, `iban`, `name`, `date_of_birth`, `address`.
    pub kind: String,
    /// The recording's channel it was said on (0 for every speaker of a mono recording).
    pub channel: usize,
    /// From the start of the first word it covers to the end of the last, in ms from the
    /// start of the call (the redacted audio masks a little more: 150 ms each side, and on to
    /// a pause where the voice runs on; `audio::mask`).
    pub start_ms: u64,
    pub end_ms: u64,
}

/// What the file was, before conversion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceFormat {
    /// `wav`, or the codec symphonia found (`mp3`, `flac`, …).
    pub container: String,
    /// `pcm_s16le`, `mulaw`, `alaw`, `mp3`, …
    pub codec: String,
    pub channels: u16,
    pub sample_rate_hz: u32,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ChannelInfo {
    /// The recording's channel (0 for every speaker of a mono recording).
    pub index: usize,
    pub role: String,
    /// On a recording whose channel holds two or more voices: which speaker (`S1`, `S2`, …
    /// in order of first speech); this entry then describes that speaker.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// How sure the role is (0–1), for a speaker whose role was inferred.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_confidence: Option<f32>,
    /// The evidence for the role, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_reason: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Whisper's probability for the detected language; absent when the caller forced it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language_probability: Option<f32>,
    /// Total speech the VAD found on this channel.
    pub speech_ms: u64,
}

/// One stretch of one party speaking.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Turn {
    pub id: usize,
    pub role: String,
    pub channel: usize,
    /// The speaker on a channel that holds two or more voices (see [`ChannelInfo::speaker`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    pub start_ms: u64,
    pub end_ms: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    pub text: String,
    pub words: Vec<Word>,
    /// What the voice sounded like (the tone classifier).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tone: Option<ToneScores>,
    /// Sentiment of the words alone, in [-1, 1].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text_sentiment: Option<f32>,
    /// Words and tone fused, in [-1, 1].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentiment: Option<f32>,
    /// Loudness on the 0–100 scale documented with the characteristics.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub loudness: Option<f32>,
    /// Insults, cursing or threats in the words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub abusive: Option<bool>,
    /// Loudness far over this speaker's own median (see `analysis::characteristics`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shouting: Option<bool>,
    /// Why the scores are what they are, in words a reviewer can check against the audio.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<String>,
    /// The scores as measured (`smile`, `stress`, `sentiment`) when a calibration
    /// ([`ModelsUsed::calibration`]) mapped them; absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncalibrated: Option<BTreeMap<String, f32>>,
}

impl Turn {
    /// Where the turn is on the call.
    pub fn span(&self) -> ChannelSpan {
        ChannelSpan {
            channel: self.channel,
            start_ms: self.start_ms,
            end_ms: self.end_ms,
        }
    }
}

/// The tone classifier's view of one turn. Valence in [-1, 1]; the others in [0, 1].
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ToneScores {
    pub smile: f32,
    pub arousal: f32,
    pub valence: f32,
    pub stress: f32,
    pub confidence: f32,
}

/// Per-call scores, each keyed by role. Sentiment in [-1, 1]; stress and smile in [0, 1].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Scores {
    pub sentiment: BTreeMap<String, f32>,
    /// Sentiment in each quarter of the call; `null` for a quarter in which the role said nothing.
    pub sentiment_by_quarter: BTreeMap<String, [Option<f32>; 4]>,
    pub stress: BTreeMap<String, f32>,
    pub smile: BTreeMap<String, f32>,
    /// What each role's call-level tone (smile, tone stress) was heard against: `profile`
    /// (the agent's voice profile), `population` (norms for voices of that register) or
    /// `call` (the speaker's own median in this call: no profile, a model without norms).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub tone_reference: BTreeMap<String, String>,
    /// Whether the customer's last quarter with speech was happier than their first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_ended_happier: Option<bool>,
    /// How each score was made, keyed like the score (`stress.customer`), in words.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub why: BTreeMap<String, String>,
}

/// How the conversation went, measured from the turns' times.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Characteristics {
    pub talk_time_ms: BTreeMap<String, u64>,
    /// Time in which nobody speaks.
    pub non_talk_time_ms: u64,
    /// Time in which both parties speak.
    pub overtalk_ms: u64,
    /// Where they do, as `[start_ms, end_ms]`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub overtalk_spans_ms: Vec<[u64; 2]>,
    /// Interruptions made, by role of the interrupter.
    pub interruptions: BTreeMap<String, u32>,
    pub words_per_minute: BTreeMap<String, f32>,
}

/// A stretch of the call worth hearing, with the reason in words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Moment {
    /// `stress_peak`, `abuse`, `long_silence`, `interruptions`, …
    pub kind: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    pub start_ms: u64,
    pub end_ms: u64,
    pub why: String,
    /// How much a coach needs to hear it, in [0, 1] ([`moment_severity`]). Absent in
    /// reports made before it was computed: readers then apply [`moment_severity`] to the
    /// stored moment and its turn ([`moment_turn`]), which gives the same number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<f32>,
}

/// Severity of an `abuse` moment: insults, cursing or threats in the words.
pub const SEVERITY_ABUSE: f32 = 0.9;
/// Severity of an `abuse` moment whose turn is also shouted: the worst a coach hears.
pub const SEVERITY_ABUSE_SHOUTED: f32 = 1.0;
/// Severity of a `stress_peak` whose turn is shouted (loudness far over the speaker's own).
pub const SEVERITY_SHOUTING: f32 = 0.8;
/// Severity of a `stress_peak` at the stress threshold of the fusion stage (tone stress 0.7);
/// it rises linearly to [`SEVERITY_STRESS_MAX`] at tone stress 1.
pub const SEVERITY_STRESS_MIN: f32 = 0.5;
/// Severity of a `stress_peak` at tone stress 1.
pub const SEVERITY_STRESS_MAX: f32 = 0.8;
/// Tone stress at which a turn is a `stress_peak` (`analysis::fuse::STRESS_PEAK`).
const STRESS_AT_PEAK: f32 = 0.7;
/// Severity of the customer ending the call unhappier than they began.
pub const SEVERITY_ENDED_UNHAPPIER: f32 = 0.45;
/// Severity of a burst of interruptions.
pub const SEVERITY_INTERRUPTIONS: f32 = 0.4;
/// Severity of a long silence of 5 s; it rises to [`SEVERITY_SILENCE_MAX`] at 30 s.
pub const SEVERITY_SILENCE_MIN: f32 = 0.3;
/// Severity of a long silence of 30 s or more.
pub const SEVERITY_SILENCE_MAX: f32 = 0.45;
/// Severity of a moment of a kind this rule does not know.
pub const SEVERITY_OTHER: f32 = 0.3;

/// How much a coach needs to hear `moment`, in [0, 1], from the moment and the turn that
/// holds it (`turn`, see [`moment_turn`]; `None` when no turn does):
///
/// | kind | severity |
/// |---|---|
/// | `abuse` | 0.9; 1.0 when the turn is also shouted |
/// | `stress_peak` | shouted: 0.8; else by tone stress, 0.5 at 0.7 rising to 0.8 at 1.0 (the higher of the two when both) |
/// | `customer_ended_unhappier` | 0.45 |
/// | `interruptions` | 0.4 |
/// | `long_silence` | 0.3 at 5 s rising to 0.45 at 30 s |
/// | `customer_ended_happier` | 0 (a good outcome, never a hard moment) |
/// | other | 0.3 |
///
/// The one rule: the fusion stage writes it into new reports, and readers of reports made
/// before it apply it to the stored moment.
pub fn moment_severity(moment: &Moment, turn: Option<&Turn>) -> f32 {
    let shouted = turn.is_some_and(|t| t.shouting == Some(true));
    let severity = match moment.kind.as_str() {
        "abuse" if shouted => SEVERITY_ABUSE_SHOUTED,
        "abuse" => SEVERITY_ABUSE,
        "stress_peak" => {
            let by_stress = turn
                .and_then(|t| t.tone)
                .filter(|t| t.stress >= STRESS_AT_PEAK)
                .map(|t| {
                    let above = (t.stress - STRESS_AT_PEAK) / (1.0 - STRESS_AT_PEAK);
                    SEVERITY_STRESS_MIN + above * (SEVERITY_STRESS_MAX - SEVERITY_STRESS_MIN)
                });
            match (shouted, by_stress) {
                (true, s) => s.unwrap_or(0.0).max(SEVERITY_SHOUTING),
                (false, Some(s)) => s,
                (false, None) => SEVERITY_STRESS_MIN,
            }
        }
        "customer_ended_unhappier" => SEVERITY_ENDED_UNHAPPIER,
        "interruptions" => SEVERITY_INTERRUPTIONS,
        "long_silence" => {
            let seconds = moment.end_ms.saturating_sub(moment.start_ms) as f32 / 1000.0;
            let t = ((seconds - 5.0) / 25.0).clamp(0.0, 1.0);
            SEVERITY_SILENCE_MIN + t * (SEVERITY_SILENCE_MAX - SEVERITY_SILENCE_MIN)
        }
        "customer_ended_happier" => 0.0,
        _ => SEVERITY_OTHER,
    };
    // Two decimals: the rule's steps are coarser, and reports stay readable.
    (severity.clamp(0.0, 1.0) * 100.0).round() / 100.0
}

/// The turn that holds `moment`: the first turn whose span holds the moment's start, of the
/// moment's role when it has one (a turn of another role only when none of its role does);
/// `None` when no turn does (a silence).
pub fn moment_turn<'a>(moment: &Moment, turns: &'a [Turn]) -> Option<&'a Turn> {
    let holds =
        |t: &&Turn| t.start_ms <= moment.start_ms && moment.start_ms < t.end_ms.max(t.start_ms + 1);
    let same_role = |t: &&Turn| moment.role.as_deref().is_none_or(|r| r == t.role);
    turns
        .iter()
        .filter(holds)
        .find(same_role)
        .or_else(|| turns.iter().find(holds))
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Word {
    pub text: String,
    pub start_ms: u64,
    pub end_ms: u64,
    /// Whisper's mean token probability for the word.
    pub p: f32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModelsUsed {
    pub asr: String,
    /// The ONNX encoder Whisper ran (its file name), when not whisper.cpp's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asr_encoder: Option<String>,
    pub vad: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The calibration of the turn scores in force (`calibration-N`), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calibration: Option<String>,
}

/// Wall time per stage, in milliseconds.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Timings {
    pub decode: u64,
    pub vad: u64,
    pub asr: u64,
    /// Telling the speakers of a mono recording apart.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speakers: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tone: Option<u64>,
    pub total: u64,
    /// Where the ASR's time went, summed over the call's channels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub whisper: Option<WhisperCost>,
}

/// What Whisper's work cost, timed by the ASR from whisper.cpp's callbacks: one window's,
/// summed over a channel's and over a call's (`timings_ms.whisper`).
#[derive(Debug, Default, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct WhisperCost {
    /// Language detection (its encoder pass on the first seconds of speech, one step).
    pub language_ms: f64,
    /// Windows transcribed.
    pub windows: u32,
    /// Encoder passes (one per window unless Whisper wrote under 1 s in the first).
    pub encoder_passes: u32,
    /// Seconds of audio the encoder ran on (each pass's `audio_ctx`, 20 ms a position).
    pub encoded_s: f64,
    /// Decoder steps, one per token sampled (timestamps included), fallbacks included.
    pub decoder_steps: u32,
    /// Decodings restarted at a higher temperature because the text looked wrong
    /// (repetitive, or improbable where Whisper heard speech).
    pub fallbacks: u32,
    /// The log-mel spectrogram, from the start of `full` to the first encoder pass.
    pub mel_ms: f64,
    /// Encoder passes, each to its first decoder step (the prompt's own step included).
    pub encoder_ms: f64,
    /// From each pass's first decoder step to its last.
    pub decoder_ms: f64,
    /// After the last decoder step: DTW word timing (one more decoder run over the
    /// window's tokens with the alignment heads' attention kept) and segment bookkeeping.
    pub after_ms: f64,
}

impl WhisperCost {
    /// The same, with times to 0.1 ms and seconds to 0.01 s, as reports give them.
    pub fn rounded(mut self) -> Self {
        let round = |x: f64, per_unit: f64| (x * per_unit).round() / per_unit;
        for ms in [
            &mut self.language_ms,
            &mut self.mel_ms,
            &mut self.encoder_ms,
            &mut self.decoder_ms,
            &mut self.after_ms,
        ] {
            *ms = round(*ms, 10.0);
        }
        self.encoded_s = round(self.encoded_s, 100.0);
        self
    }

    pub fn add(&mut self, other: &WhisperCost) {
        self.language_ms += other.language_ms;
        self.windows += other.windows;
        self.encoder_passes += other.encoder_passes;
        self.encoded_s += other.encoded_s;
        self.decoder_steps += other.decoder_steps;
        self.fallbacks += other.fallbacks;
        self.mel_ms += other.mel_ms;
        self.encoder_ms += other.encoder_ms;
        self.decoder_ms += other.decoder_ms;
        self.after_ms += other.after_ms;
    }
}

impl CallReport {
    /// A readable transcript: one line per turn, `[mm:ss.s] role: text`, each followed by an
    /// indented line with the turn's scores when any were computed; then the call's scores and
    /// moments.
    pub fn transcript(&self) -> String {
        let mut out = String::new();
        for turn in &self.turns {
            out.push_str(&format!(
                "[{}] {:>8}: {}
",
                clock(turn.start_ms),
                turn.role,
                turn.text
            ));
            let scores = turn_summary(turn);
            if !scores.is_empty() {
                out.push_str(&format!("{:20}{scores}\n", ""));
            }
        }
        if let Some(scores) = &self.scores {
            out.push_str("\nscores\n");
            for (role, sentiment) in &scores.sentiment {
                let mut parts = vec![format!("sentiment {sentiment:+.2}")];
                if let Some(quarters) = scores.sentiment_by_quarter.get(role) {
                    let quarters: Vec<String> = quarters
                        .iter()
                        .map(|q| q.map_or("–".into(), |v| format!("{v:+.2}")))
                        .collect();
                    parts.push(format!("by quarter {}", quarters.join(" ")));
                }
                if let Some(stress) = scores.stress.get(role) {
                    parts.push(format!("stress {stress:.2}"));
                }
                if let Some(smile) = scores.smile.get(role) {
                    parts.push(format!("smile {smile:.2}"));
                }
                out.push_str(&format!("{role:>8}: {}\n", parts.join(", ")));
            }
        }
        if !self.moments.is_empty() {
            out.push_str("\nmoments\n");
        }
        for moment in &self.moments {
            out.push_str(&format!(
                "[{}] {:>8}  {}: {}\n",
                clock(moment.start_ms),
                moment.role.as_deref().unwrap_or(""),
                moment.kind.replace('_', " "),
                moment.why
            ));
        }
        out
    }
}

/// `sentiment -0.77 · stress 0.20 · smile 0.32 · abusive`, or empty when nothing was scored.
fn turn_summary(turn: &Turn) -> String {
    let mut parts = Vec::new();
    if let Some(sentiment) = turn.sentiment.or(turn.text_sentiment) {
        parts.push(format!("sentiment {sentiment:+.2}"));
    }
    if let Some(tone) = &turn.tone {
        parts.push(format!("stress {:.2}", tone.stress));
        parts.push(format!("smile {:.2}", tone.smile));
    }
    if turn.shouting == Some(true) {
        parts.push("shouting".into());
    }
    if turn.abusive == Some(true) {
        parts.push("abusive".into());
    }
    parts.join(" · ")
}

/// `+2.0`, `−1.5` (a true minus sign): how evidence and reasons write a signed score.
pub fn signed(x: f32) -> String {
    if x < 0.0 {
        format!("−{:.1}", -x)
    } else {
        format!("+{x:.1}")
    }
}

/// `83_456` → `01:23.4`.
pub fn clock(ms: u64) -> String {
    let tenths = ms / 100;
    let hours = tenths / 36_000;
    if hours > 0 {
        format!(
            "{hours}:{:02}:{:02}.{}",
            tenths / 600 % 60,
            tenths / 10 % 60,
            tenths % 10
        )
    } else {
        format!(
            "{:02}:{:02}.{}",
            tenths / 600,
            tenths / 10 % 60,
            tenths % 10
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_transcript_shows_a_turns_scores_under_it_and_the_calls_after() {
        let turn = Turn {
            role: "customer".into(),
            start_ms: 4_700,
            text: "This is ridiculous.".into(),
            sentiment: Some(-0.77),
            tone: Some(ToneScores {
                smile: 0.3,
                arousal: 1.0,
                valence: -0.6,
                stress: 0.2,
                confidence: 0.5,
            }),
            shouting: Some(true),
            abusive: Some(false),
            ..Turn::default()
        };
        let mut scores = Scores::default();
        scores.sentiment.insert("customer".into(), 0.11);
        let report = CallReport {
            schema_version: SCHEMA_VERSION,
            call_id: "c".into(),
            duration_ms: 10_000,
            language: None,
            source: SourceFormat {
                container: "wav".into(),
                codec: "pcm_s16le".into(),
                channels: 1,
                sample_rate_hz: 16_000,
            },
            channels: Vec::new(),
            turns: vec![turn],
            scores: Some(scores),
            characteristics: None,
            moments: Vec::new(),
            models: ModelsUsed {
                asr: "a".into(),
                asr_encoder: None,
                vad: "v".into(),
                tone: None,
                text: None,
                calibration: None,
            },
            timings_ms: Timings::default(),
            warnings: Vec::new(),
            redactions: None,
        };
        assert_eq!(
            report.transcript(),
            "[00:04.7] customer: This is ridiculous.\n\
             \x20                   sentiment -0.77 · stress 0.20 · smile 0.30 · shouting\n\
             \nscores\n\
             customer: sentiment +0.11\n"
        );
    }

    fn moment(kind: &str, start_ms: u64, end_ms: u64) -> Moment {
        Moment {
            kind: kind.into(),
            role: Some("customer".into()),
            start_ms,
            end_ms,
            why: String::new(),
            severity: None,
        }
    }

    fn turn_with(stress: Option<f32>, shouting: bool) -> Turn {
        Turn {
            role: "customer".into(),
            start_ms: 1_000,
            end_ms: 5_000,
            shouting: Some(shouting),
            tone: stress.map(|stress| ToneScores {
                smile: 0.1,
                arousal: 0.8,
                valence: -0.4,
                stress,
                confidence: 0.6,
            }),
            ..Turn::default()
        }
    }

    #[test]
    fn abuse_and_shouting_outrank_stress_which_outranks_silence_and_interruptions() {
        let calm = turn_with(Some(0.75), false);
        let shouted = turn_with(Some(0.75), true);
        let abuse = moment("abuse", 1_000, 5_000);
        let peak = moment("stress_peak", 1_000, 5_000);
        assert_eq!(moment_severity(&abuse, Some(&shouted)), 1.0);
        assert_eq!(moment_severity(&abuse, Some(&calm)), 0.9);
        assert_eq!(moment_severity(&peak, Some(&shouted)), 0.8);
        // Tone stress 0.7 → 0.5, 1.0 → 0.8, linearly between.
        assert_eq!(
            moment_severity(&peak, Some(&turn_with(Some(0.7), false))),
            0.5
        );
        assert_eq!(
            moment_severity(&peak, Some(&turn_with(Some(0.85), false))),
            0.65
        );
        assert_eq!(
            moment_severity(&peak, Some(&turn_with(Some(1.0), false))),
            0.8
        );
        assert_eq!(moment_severity(&peak, None), 0.5);
        // Shouted and very stressed: the higher of the two.
        assert_eq!(
            moment_severity(&peak, Some(&turn_with(Some(1.0), true))),
            0.8
        );
        assert_eq!(
            moment_severity(&moment("interruptions", 0, 9_000), None),
            0.4
        );
        assert_eq!(
            moment_severity(&moment("long_silence", 0, 5_000), None),
            0.3
        );
        assert_eq!(
            moment_severity(&moment("long_silence", 0, 17_500), None),
            0.38
        );
        assert_eq!(
            moment_severity(&moment("long_silence", 0, 90_000), None),
            0.45
        );
        assert_eq!(
            moment_severity(&moment("customer_ended_unhappier", 0, 9_000), None),
            0.45
        );
        assert_eq!(
            moment_severity(&moment("customer_ended_happier", 0, 9_000), None),
            0.0
        );
        assert_eq!(
            moment_severity(&moment("something_new", 0, 9_000), None),
            0.3
        );
    }

    #[test]
    fn the_turn_of_a_moment_holds_its_start_and_prefers_its_role() {
        let agent = Turn {
            id: 0,
            role: "agent".into(),
            start_ms: 0,
            end_ms: 4_000,
            ..Turn::default()
        };
        let customer = Turn {
            id: 1,
            role: "customer".into(),
            start_ms: 3_000,
            end_ms: 8_000,
            ..Turn::default()
        };
        let turns = [agent, customer];
        assert_eq!(
            moment_turn(&moment("abuse", 3_000, 8_000), &turns).map(|t| t.id),
            Some(1)
        );
        let mut unroled = moment("interruptions", 3_500, 9_000);
        unroled.role = None;
        assert_eq!(moment_turn(&unroled, &turns).map(|t| t.id), Some(0));
        // A silence starts where the last turn ends: no turn holds it.
        assert_eq!(
            moment_turn(&moment("long_silence", 8_000, 14_000), &turns),
            None
        );
    }

    #[test]
    fn clock_reads_minutes_seconds_tenths() {
        assert_eq!(clock(83_456), "01:23.4");
        assert_eq!(clock(0), "00:00.0");
        assert_eq!(clock(2 * 3_600_000 + 61_000), "2:01:01.0");
    }
}
