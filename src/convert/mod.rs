//! CTranslate2 → whisper.cpp model conversion.
//!
//! **In:** a directory holding a Whisper model in CTranslate2 format
//! (`model.bin` with spec `WhisperSpec`, float32/float16/bfloat16 weights, and
//! `vocabulary.txt` or `vocabulary.json`), e.g. what
//! `ct2-transformers-converter --model openai/whisper-base` writes.
//!
//! **Out:** one whisper.cpp legacy `ggml` model file (the `ggml-*.bin` format
//! `whisper_init_from_file` loads), stored as f32, f16, or quantized q8_0/q5_1
//! exactly as whisper.cpp's `quantize` tool would produce from the f16 file.
//!
//! What happens on the way:
//! * hyper-parameters come from the tensors (layer counts from the
//!   `encoder/layer_N` groups, widths and contexts from the shapes, heads from
//!   the `num_heads` scalars), so tiny…large all work;
//! * fused projections are split: self-attention `linear_0` is Q,K,V;
//!   cross-attention `linear_0` is Q and `linear_1` is K,V. Key biases are
//!   dropped: whisper.cpp has none, and a key bias cannot change attention
//!   (it adds the same `q·b` to every score of a query before the softmax);
//! * 1-D tensors, conv biases (as `[1, n]`) and positional embeddings are f32;
//!   conv weights are f16 unless the whole file is f32; the other matrices are
//!   f16 or quantized;
//! * the mel filterbank (Slaney, as librosa/OpenAI) is computed, and the
//!   vocabulary below `<|endoftext|>` is turned back into raw bytes.
//!
//! The output is written to a hidden temporary file next to `out` and renamed
//! into place at the end; on error nothing is left behind. Variables are read
//! and written one at a time.
//!
//! ```no_run
//! use calltone::convert::{convert_ct2_to_ggml, Quantization};
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let q: Quantization = "q8_0".parse()?;
//! let s = convert_ct2_to_ggml("models/ct2-base".as_ref(), "ggml-base-q8_0.bin".as_ref(), q)?;
//! println!("{} tensors, {} bytes, sha256 {}", s.n_tensors, s.file_size, s.sha256);
//! # Ok(()) }
//! ```

pub mod ct2;
pub mod ggml;
pub mod mel;
pub mod quant;
pub mod vocab;

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;
use std::fs::File;
use std::io::{BufWriter, Read, Seek, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use sha2::{Digest, Sha256};

pub use ct2::{Ct2DType, Ct2Model, Ct2Variable};
pub use ggml::{GgmlFile, GgmlHparams, GgmlTensorInfo, GgmlWriter};
pub use quant::GgmlType;

/// Everything that can go wrong, with the file and the variable concerned.
#[derive(Debug, thiserror::Error)]
pub enum ConvertError {
    /// An I/O error while `action` (opening, reading, writing…) `path`.
    #[error("{action} {}: {source}", path.display())]
    Io {
        /// What was being done.
        action: &'static str,
        /// The file concerned.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// `model.bin` does not follow the CTranslate2 layout.
    #[error("{}: malformed CTranslate2 model: {detail}", path.display())]
    Ct2Format {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        detail: String,
    },
    /// A well-formed model this converter cannot handle.
    #[error("{}: unsupported: {detail}", path.display())]
    Unsupported {
        /// The file.
        path: PathBuf,
        /// What is unsupported.
        detail: String,
    },
    /// A variable Whisper needs is absent.
    #[error("{}: variable `{name}` is missing", path.display())]
    MissingVariable {
        /// The file.
        path: PathBuf,
        /// The variable.
        name: String,
    },
    /// A variable has the wrong shape or type.
    #[error("{}: variable `{name}`: expected {expected}, found {found}", path.display())]
    BadVariable {
        /// The file.
        path: PathBuf,
        /// The variable.
        name: String,
        /// What was expected.
        expected: String,
        /// What is there.
        found: String,
    },
    /// The vocabulary file is missing or unusable.
    #[error("{}: vocabulary: {detail}", path.display())]
    Vocabulary {
        /// The file (or directory).
        path: PathBuf,
        /// What is wrong.
        detail: String,
    },
    /// A tensor handed to [`GgmlWriter`] is inconsistent (a bug in the caller).
    #[error("ggml tensor `{name}`: {detail}")]
    GgmlTensor {
        /// The tensor.
        name: String,
        /// What is wrong.
        detail: String,
    },
    /// A ggml file being read back is malformed.
    #[error("{}: malformed ggml file: {detail}", path.display())]
    GgmlFormat {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        detail: String,
    },
    /// A quantization name that [`Quantization::from_str`] does not know.
    #[error("unknown quantization `{0}` (expected f32, f16, q8_0 or q5_1)")]
    UnknownQuantization(String),
}

impl ConvertError {
    pub(crate) fn io(action: &'static str, path: &Path, source: std::io::Error) -> Self {
        ConvertError::Io {
            action,
            path: path.to_owned(),
            source,
        }
    }
}

/// How the large matrices are stored in the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Quantization {
    /// Everything f32 (`ftype` 0). About twice the f16 size.
    F32,
    /// Matrices f16 (`ftype` 1): what OpenAI's checkpoints convert to.
    F16,
    /// Matrices q8_0 (`ftype` 2007); conv weights stay f16.
    Q8_0,
    /// Matrices q5_1 (`ftype` 2009); conv weights stay f16.
    Q5_1,
}

impl Quantization {
    /// All variants.
    pub const ALL: [Quantization; 4] = [
        Quantization::F32,
        Quantization::F16,
        Quantization::Q8_0,
        Quantization::Q5_1,
    ];

    /// The header `ftype`: `ggml_ftype`, plus `1000 × GGML_QNT_VERSION` when quantized.
    pub fn ftype(self) -> i32 {
        match self {
            Quantization::F32 => 0,
            Quantization::F16 => 1,
            Quantization::Q8_0 => 2000 + 7,
            Quantization::Q5_1 => 2000 + 9,
        }
    }

    /// Type of the 2-D weight matrices (whisper.cpp's `wtype`).
    pub fn weight_type(self) -> GgmlType {
        match self {
            Quantization::F32 => GgmlType::F32,
            Quantization::F16 => GgmlType::F16,
            Quantization::Q8_0 => GgmlType::Q8_0,
            Quantization::Q5_1 => GgmlType::Q5_1,
        }
    }

    /// Type of the conv weights (whisper.cpp's `vtype`).
    pub fn conv_type(self) -> GgmlType {
        match self {
            Quantization::F32 => GgmlType::F32,
            _ => GgmlType::F16,
        }
    }
}

impl fmt::Display for Quantization {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Quantization::F32 => "f32",
            Quantization::F16 => "f16",
            Quantization::Q8_0 => "q8_0",
            Quantization::Q5_1 => "q5_1",
        })
    }
}

impl FromStr for Quantization {
    type Err = ConvertError;

    /// `f32`, `f16`, `q8_0`, `q5_1` (case-insensitive; `-` for `_` accepted).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let norm = s.trim().to_ascii_lowercase().replace('-', "_");
        Quantization::ALL
            .into_iter()
            .find(|q| q.to_string() == norm)
            .ok_or_else(|| ConvertError::UnknownQuantization(s.to_owned()))
    }
}

/// What [`convert_ct2_to_ggml`] produced.
#[derive(Debug, Clone)]
pub struct ConversionSummary {
    /// The output file.
    pub output: PathBuf,
    /// Storage chosen.
    pub quantization: Quantization,
    /// The header written.
    pub hparams: GgmlHparams,
    /// Tensors written (7 + 15 × encoder layers + 4 + 24 × decoder layers).
    pub n_tensors: usize,
    /// Tokens written (those below `<|endoftext|>`).
    pub n_vocab_tokens: usize,
    /// Output size in bytes.
    pub file_size: u64,
    /// Hex sha256 of the output.
    pub sha256: String,
    /// Variables of `model.bin` the conversion did not use (beyond the known
    /// attributes such as `num_heads` and the tied output projection).
    pub ignored_variables: Vec<String>,
}

/// Convert the CTranslate2 Whisper model in `ct2_dir` to a whisper.cpp ggml
/// file at `out` (replaced if it exists), storing matrices as `quant`.
pub fn convert_ct2_to_ggml(
    ct2_dir: &Path,
    out: &Path,
    quant: Quantization,
) -> Result<ConversionSummary, ConvertError> {
    let model_path = ct2_dir.join("model.bin");
    let mut model = Ct2Model::open(&model_path)?;
    let plan = WhisperPlan::new(&mut model, quant)?;
    let tokens = vocab::read_ct2_vocabulary(ct2_dir)?;
    let vocab_bytes = vocab::whisper_vocab_bytes(&tokens, ct2_dir)?;
    drop(tokens);

    let (tmp, file) = TempOutput::create(out)?;
    let sink = HashingWriter {
        inner: BufWriter::with_capacity(1 << 20, file),
        hasher: Sha256::new(),
    };
    let mut w = GgmlWriter::new(sink, &tmp.path);
    w.write_header(&plan.hparams)?;
    let n_mels = plan.hparams.n_mels as usize;
    w.write_mel_filters(
        n_mels,
        mel::N_FFT / 2 + 1,
        &mel::whisper_mel_filters(n_mels),
    )?;
    w.write_vocab(&vocab_bytes)?;
    plan.write_tensors(&mut model, &mut w)?;

    let n_tensors = w.tensors_written();
    let file_size = w.bytes_written();
    let HashingWriter { inner, hasher } = w.into_inner();
    let file = inner
        .into_inner()
        .map_err(|e| ConvertError::io("writing", &tmp.path, e.into_error()))?;
    file.sync_all()
        .map_err(|e| ConvertError::io("syncing", &tmp.path, e))?;
    drop(file);
    tmp.persist(out)?;

    Ok(ConversionSummary {
        output: out.to_owned(),
        quantization: quant,
        hparams: plan.hparams,
        n_tensors,
        n_vocab_tokens: vocab_bytes.len(),
        file_size,
        sha256: hasher
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect(),
        ignored_variables: plan.ignored,
    })
}

/// Scalars of `WhisperSpec` that carry no weights.
const ATTRIBUTES: &[&str] = &[
    "activation",
    "alibi",
    "alignment_heads",
    "alignment_layer",
    "num_heads",
    "pre_norm",
    "scale_embeddings",
    "start_from_zero_embedding",
];

/// How one output tensor is stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// 1-D (biases, layer norms): f32.
    Vector,
    /// Conv bias: f32, written as `[1, n]`.
    ConvBias,
    /// Positional embedding: f32.
    Positional,
    /// Conv kernel: `vtype`.
    ConvWeight,
    /// Weight matrix: `wtype`.
    Matrix,
}

/// One output tensor cut from a CTranslate2 variable.
#[derive(Debug)]
struct Piece {
    name: String,
    /// Rows (outermost dimension) of the source taken.
    rows: Range<usize>,
    kind: Kind,
}

/// All pieces taken from one variable (read once).
#[derive(Debug)]
struct Job {
    src: String,
    pieces: Vec<Piece>,
}

/// The checked mapping from a CTranslate2 model to whisper.cpp tensors.
#[derive(Debug)]
struct WhisperPlan {
    hparams: GgmlHparams,
    quant: Quantization,
    jobs: Vec<Job>,
    ignored: Vec<String>,
}

impl WhisperPlan {
    fn new<R: Read + Seek>(m: &mut Ct2Model<R>, quant: Quantization) -> Result<Self, ConvertError> {
        let path = m.path().to_owned();
        if m.spec_name() != "WhisperSpec" {
            return Err(ConvertError::Unsupported {
                path,
                detail: format!("model spec `{}` (expected `WhisperSpec`)", m.spec_name()),
            });
        }
        let bad = |name: &str, expected: String, found: String| ConvertError::BadVariable {
            path: path.clone(),
            name: name.to_owned(),
            expected,
            found,
        };

        // Architecture flags that would change the graph.
        for (name, want) in [
            ("decoder/pre_norm", 1),
            ("decoder/scale_embeddings", 0),
            ("decoder/alibi", 0),
            ("decoder/activation", 3), // GELU
        ] {
            if let Some(v) = m.read_scalar_i64(name)? {
                if v != want {
                    return Err(ConvertError::Unsupported {
                        path: path.clone(),
                        detail: format!("`{name}` = {v} (whisper.cpp implements {want})"),
                    });
                }
            }
        }

        let dims2 = |m: &Ct2Model<R>, name: &str| -> Result<(usize, usize), ConvertError> {
            match float_shape(m, name)?[..] {
                [a, b] => Ok((a, b)),
                ref s => Err(bad(name, "a 2-D tensor".into(), format!("shape {s:?}"))),
            }
        };
        let n_layers = |m: &Ct2Model<R>, part: &str| -> Result<usize, ConvertError> {
            let prefix = format!("{part}/layer_");
            let mut ids: Vec<usize> = m
                .variables()
                .iter()
                .filter_map(|v| v.name.strip_prefix(&prefix))
                .filter_map(|rest| rest.split('/').next()?.parse().ok())
                .collect();
            ids.sort_unstable();
            ids.dedup();
            if ids.iter().enumerate().any(|(i, &id)| i != id) || ids.is_empty() {
                return Err(ConvertError::Ct2Format {
                    path: path.clone(),
                    detail: format!("{part} layers are not numbered 0..N: {ids:?}"),
                });
            }
            Ok(ids.len())
        };

        let (n_audio_ctx, n_audio_state) = dims2(m, "encoder/position_encodings/encodings")?;
        let conv1 = float_shape(m, "encoder/conv1/weight")?;
        let n_mels = match conv1[..] {
            [s, n, 3] if s == n_audio_state => n,
            ref s => {
                return Err(bad(
                    "encoder/conv1/weight",
                    format!("[{n_audio_state}, n_mels, 3]"),
                    format!("{s:?}"),
                ))
            }
        };
        let (n_vocab, n_text_state) = dims2(m, "decoder/embeddings/weight")?;
        let (n_text_ctx, pe_width) = dims2(m, "decoder/position_encodings/encodings")?;
        if pe_width != n_text_state || n_text_state != n_audio_state {
            return Err(bad(
                "decoder/position_encodings/encodings",
                format!(
                    "width {n_audio_state} (whisper.cpp needs equal encoder and decoder widths)"
                ),
                format!("decoder width {n_text_state}, positional width {pe_width}"),
            ));
        }
        let n_audio_layer = n_layers(m, "encoder")?;
        let n_text_layer = n_layers(m, "decoder")?;
        let mut heads = |part: &str, width: usize| -> Result<usize, ConvertError> {
            let name = format!("{part}/num_heads");
            // Every OpenAI Whisper size uses 64-wide heads.
            let h = m.read_scalar_i64(&name)?.unwrap_or((width / 64) as i64);
            if h <= 0 || !width.is_multiple_of(h as usize) {
                return Err(bad(&name, format!("a divisor of {width}"), h.to_string()));
            }
            Ok(h as usize)
        };
        let n_audio_head = heads("encoder", n_audio_state)?;
        let n_text_head = heads("decoder", n_text_state)?;

        let to_i32 = |v: usize| {
            i32::try_from(v).map_err(|_| ConvertError::Unsupported {
                path: path.clone(),
                detail: format!("dimension {v} does not fit the ggml header (i32)"),
            })
        };
        let hparams = GgmlHparams {
            n_vocab: to_i32(n_vocab)?,
            n_audio_ctx: to_i32(n_audio_ctx)?,
            n_audio_state: to_i32(n_audio_state)?,
            n_audio_head: to_i32(n_audio_head)?,
            n_audio_layer: to_i32(n_audio_layer)?,
            n_text_ctx: to_i32(n_text_ctx)?,
            n_text_state: to_i32(n_text_state)?,
            n_text_head: to_i32(n_text_head)?,
            n_text_layer: to_i32(n_text_layer)?,
            n_mels: to_i32(n_mels)?,
            ftype: quant.ftype(),
        };

        // The tied output projection must really be the embedding.
        let proj = "decoder/projection/weight";
        if let Some(v) = m.get(proj) {
            let is_alias = m.aliases().iter().any(|(a, _)| a == proj);
            let same = is_alias
                || (v.shape == [n_vocab, n_text_state]
                    && m.read_raw(proj)? == m.read_raw("decoder/embeddings/weight")?);
            if !same {
                return Err(ConvertError::Unsupported {
                    path: path.clone(),
                    detail: format!(
                        "`{proj}` differs from the token embedding (whisper.cpp ties them)"
                    ),
                });
            }
        }

        // The job list, every source shape checked.
        let (s, t) = (n_audio_state, n_text_state);
        let mut b = JobList {
            m,
            jobs: Vec::new(),
        };
        b.add(
            "encoder/position_encodings/encodings",
            &[n_audio_ctx, s],
            &[(
                "encoder.positional_embedding",
                0..n_audio_ctx,
                Kind::Positional,
            )],
        )?;
        for (i, n_in) in [(1, n_mels), (2, s)] {
            let w = format!("encoder.conv{i}.weight");
            b.add(
                &format!("encoder/conv{i}/weight"),
                &[s, n_in, 3],
                &[(&w, 0..s, Kind::ConvWeight)],
            )?;
            let bias = format!("encoder.conv{i}.bias");
            b.add(
                &format!("encoder/conv{i}/bias"),
                &[s],
                &[(&bias, 0..s, Kind::ConvBias)],
            )?;
        }
        for l in 0..n_audio_layer {
            let src = format!("encoder/layer_{l}");
            let dst = format!("encoder.blocks.{l}");
            b.layer_norm(
                &format!("{src}/self_attention/layer_norm"),
                &format!("{dst}.attn_ln"),
                s,
            )?;
            b.linear(
                &format!("{src}/self_attention/linear_0"),
                &[
                    &format!("{dst}.attn.query"),
                    &format!("{dst}.attn.key"),
                    &format!("{dst}.attn.value"),
                ],
                s,
                s,
            )?;
            b.linear(
                &format!("{src}/self_attention/linear_1"),
                &[&format!("{dst}.attn.out")],
                s,
                s,
            )?;
            b.layer_norm(
                &format!("{src}/ffn/layer_norm"),
                &format!("{dst}.mlp_ln"),
                s,
            )?;
            b.linear(
                &format!("{src}/ffn/linear_0"),
                &[&format!("{dst}.mlp.0")],
                s,
                4 * s,
            )?;
            b.linear(
                &format!("{src}/ffn/linear_1"),
                &[&format!("{dst}.mlp.2")],
                4 * s,
                s,
            )?;
        }
        b.layer_norm("encoder/layer_norm", "encoder.ln_post", s)?;

        b.add(
            "decoder/position_encodings/encodings",
            &[n_text_ctx, t],
            &[(
                "decoder.positional_embedding",
                0..n_text_ctx,
                Kind::Positional,
            )],
        )?;
        b.add(
            "decoder/embeddings/weight",
            &[n_vocab, t],
            &[("decoder.token_embedding.weight", 0..n_vocab, Kind::Matrix)],
        )?;
        for l in 0..n_text_layer {
            let src = format!("decoder/layer_{l}");
            let dst = format!("decoder.blocks.{l}");
            b.layer_norm(
                &format!("{src}/self_attention/layer_norm"),
                &format!("{dst}.attn_ln"),
                t,
            )?;
            b.linear(
                &format!("{src}/self_attention/linear_0"),
                &[
                    &format!("{dst}.attn.query"),
                    &format!("{dst}.attn.key"),
                    &format!("{dst}.attn.value"),
                ],
                t,
                t,
            )?;
            b.linear(
                &format!("{src}/self_attention/linear_1"),
                &[&format!("{dst}.attn.out")],
                t,
                t,
            )?;
            b.layer_norm(
                &format!("{src}/attention/layer_norm"),
                &format!("{dst}.cross_attn_ln"),
                t,
            )?;
            b.linear(
                &format!("{src}/attention/linear_0"),
                &[&format!("{dst}.cross_attn.query")],
                t,
                t,
            )?;
            b.linear(
                &format!("{src}/attention/linear_1"),
                &[
                    &format!("{dst}.cross_attn.key"),
                    &format!("{dst}.cross_attn.value"),
                ],
                t,
                t,
            )?;
            b.linear(
                &format!("{src}/attention/linear_2"),
                &[&format!("{dst}.cross_attn.out")],
                t,
                t,
            )?;
            b.layer_norm(
                &format!("{src}/ffn/layer_norm"),
                &format!("{dst}.mlp_ln"),
                t,
            )?;
            b.linear(
                &format!("{src}/ffn/linear_0"),
                &[&format!("{dst}.mlp.0")],
                t,
                4 * t,
            )?;
            b.linear(
                &format!("{src}/ffn/linear_1"),
                &[&format!("{dst}.mlp.2")],
                4 * t,
                t,
            )?;
        }
        b.layer_norm("decoder/layer_norm", "decoder.ln", t)?;
        let jobs = b.jobs;

        // Quantized files need every matrix in whole blocks along ne[0].
        let wtype = quant.weight_type();
        for j in &jobs {
            let ne0 = m.variable(&j.src)?.shape.last().copied().unwrap_or(1);
            if j.pieces.iter().any(|p| p.kind == Kind::Matrix)
                && !ne0.is_multiple_of(wtype.block_size())
            {
                return Err(ConvertError::Unsupported {
                    path: path.clone(),
                    detail: format!(
                        "`{}` rows of {ne0} values cannot be stored as {wtype} (blocks of {}); use f16",
                        j.src,
                        wtype.block_size()
                    ),
                });
            }
        }

        let used: HashSet<&str> = jobs.iter().map(|j| j.src.as_str()).collect();
        let ignored = m
            .variables()
            .iter()
            .map(|v| v.name.as_str())
            .filter(|n| !used.contains(n))
            .filter(|n| !ATTRIBUTES.iter().any(|a| n.rsplit('/').next() == Some(a)))
            .map(str::to_owned)
            .collect();

        Ok(WhisperPlan {
            hparams,
            quant,
            jobs,
            ignored,
        })
    }

    fn write_tensors<R: Read + Seek, W: Write>(
        &self,
        m: &mut Ct2Model<R>,
        w: &mut GgmlWriter<W>,
    ) -> Result<(), ConvertError> {
        for job in &self.jobs {
            let var = m.variable(&job.src)?.clone();
            let raw = m.read_raw(&job.src)?;
            let row_bytes = var.nbytes / var.shape[0].max(1);
            let inner: Vec<usize> = var.shape[1..].to_vec();
            for p in &job.pieces {
                let bytes = &raw[p.rows.start * row_bytes..p.rows.end * row_bytes];
                let mut shape = vec![p.rows.len()];
                shape.extend(&inner);
                let ttype = match p.kind {
                    Kind::Vector | Kind::ConvBias | Kind::Positional => GgmlType::F32,
                    Kind::ConvWeight => self.quant.conv_type(),
                    Kind::Matrix => self.quant.weight_type(),
                };
                if p.kind == Kind::ConvBias {
                    shape.push(1); // PyTorch [n, 1]
                }
                let ne: Vec<usize> = shape.iter().rev().copied().collect();
                let data = encode(bytes, var.dtype, ttype);
                w.write_tensor(&p.name, &ne, ttype, &data)?;
            }
        }
        Ok(())
    }
}

/// A variable's shape, which must hold floating-point data.
fn float_shape<R>(m: &Ct2Model<R>, name: &str) -> Result<Vec<usize>, ConvertError> {
    let v = m.variable(name)?;
    if !v.dtype.is_float() {
        return Err(ConvertError::BadVariable {
            path: m.path().to_owned(),
            name: name.to_owned(),
            expected: "float32, float16 or bfloat16 weights".into(),
            found: format!(
                "{} (quantized CTranslate2 models are not supported)",
                v.dtype
            ),
        });
    }
    Ok(v.shape.clone())
}

/// Collects [`Job`]s, checking each source variable's shape.
struct JobList<'m, R> {
    m: &'m Ct2Model<R>,
    jobs: Vec<Job>,
}

impl<R> JobList<'_, R> {
    /// Take `pieces` (output name, source rows, kind) from variable `src` of shape `shape`.
    fn add(
        &mut self,
        src: &str,
        shape: &[usize],
        pieces: &[(&str, Range<usize>, Kind)],
    ) -> Result<(), ConvertError> {
        let found = float_shape(self.m, src)?;
        if found != shape {
            return Err(ConvertError::BadVariable {
                path: self.m.path().to_owned(),
                name: src.to_owned(),
                expected: format!("shape {shape:?}"),
                found: format!("{found:?}"),
            });
        }
        self.jobs.push(Job {
            src: src.to_owned(),
            pieces: pieces
                .iter()
                .map(|(name, rows, kind)| Piece {
                    name: (*name).to_owned(),
                    rows: rows.clone(),
                    kind: *kind,
                })
                .collect(),
        });
        Ok(())
    }

    /// `src/{gamma,beta}` → `dst.{weight,bias}`.
    fn layer_norm(&mut self, src: &str, dst: &str, n: usize) -> Result<(), ConvertError> {
        self.add(
            &format!("{src}/gamma"),
            &[n],
            &[(&format!("{dst}.weight"), 0..n, Kind::Vector)],
        )?;
        self.add(
            &format!("{src}/beta"),
            &[n],
            &[(&format!("{dst}.bias"), 0..n, Kind::Vector)],
        )
    }

    /// A linear layer whose `parts.len() × n_out` output rows are split, in
    /// order, into the named projections. Biases of `*.key` parts are dropped.
    fn linear(
        &mut self,
        src: &str,
        parts: &[&str],
        n_in: usize,
        n_out: usize,
    ) -> Result<(), ConvertError> {
        let rows = parts.len() * n_out;
        let range = |i: usize| i * n_out..(i + 1) * n_out;
        let names: Vec<(String, String)> = parts
            .iter()
            .map(|p| (format!("{p}.weight"), format!("{p}.bias")))
            .collect();
        let weights: Vec<_> = names
            .iter()
            .enumerate()
            .map(|(i, (w, _))| (w.as_str(), range(i), Kind::Matrix))
            .collect();
        self.add(&format!("{src}/weight"), &[rows, n_in], &weights)?;
        let biases: Vec<_> = names
            .iter()
            .enumerate()
            .filter(|(i, _)| !parts[*i].ends_with(".key"))
            .map(|(i, (_, b))| (b.as_str(), range(i), Kind::Vector))
            .collect();
        self.add(&format!("{src}/bias"), &[rows], &biases)
    }
}

/// Re-encode floating-point CTranslate2 data as `ttype` (bytes are passed
/// through untouched when the types already agree).
fn encode(raw: &[u8], src: Ct2DType, ttype: GgmlType) -> Cow<'_, [u8]> {
    match (src, ttype) {
        (Ct2DType::F16, GgmlType::F16) | (Ct2DType::F32, GgmlType::F32) => Cow::Borrowed(raw),
        _ => {
            let x = ct2::decode_f32(raw, src).expect("float dtype checked by the plan");
            Cow::Owned(ttype.encode(&x))
        }
    }
}

/// Writer that hashes what passes through.
struct HashingWriter<W> {
    inner: W,
    hasher: Sha256,
}

impl<W: Write> Write for HashingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// A hidden temporary file next to the destination, deleted unless persisted.
struct TempOutput {
    path: PathBuf,
    keep: bool,
}

impl TempOutput {
    fn create(out: &Path) -> Result<(Self, File), ConvertError> {
        let name = out.file_name().ok_or_else(|| {
            ConvertError::io(
                "creating",
                out,
                std::io::Error::new(
                    std::io::ErrorKind::InvalidInput,
                    "output path has no file name",
                ),
            )
        })?;
        let dir = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
            _ => PathBuf::from("."),
        };
        let mut tmp_name = std::ffi::OsString::from(".");
        tmp_name.push(name);
        tmp_name.push(format!(".partial-{}", std::process::id()));
        let path = dir.join(tmp_name);
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .open(&path)
            .map_err(|e| ConvertError::io("creating", &path, e))?;
        Ok((TempOutput { path, keep: false }, file))
    }

    fn persist(mut self, out: &Path) -> Result<(), ConvertError> {
        std::fs::rename(&self.path, out).map_err(|e| ConvertError::io("renaming into", out, e))?;
        self.keep = true;
        Ok(())
    }
}

impl Drop for TempOutput {
    fn drop(&mut self) {
        if !self.keep {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

#[cfg(test)]
mod tests;
