//! End to end: convert the real CTranslate2 Whisper base model to ggml (f16
//! and q8_0), load each with whisper.cpp through whisper-rs, and transcribe a
//! short espeak-ng clip (`tests/data/convert_hello.wav`, 16 kHz mono s16,
//! made with `espeak-ng -v en-us -s 150 -w x.wav "Hello, thank you for calling
//! customer service. How can I help you today?"` and
//! `sox x.wav -r 16000 -c 1 -b 16 -e signed-integer convert_hello.wav`).
//!
//! (Base mishears espeak's "The quick brown fox jumps…" as "…fox jump…" in
//! CTranslate2 itself too, so that sentence would test the model, not the
//! conversion.)
//!
//! Needs `models/cache/ct2-base/model.bin`, which `make setup` provisions.

use std::path::{Path, PathBuf};

use calltone::convert::quant::{quantize_q5_1, quantize_q8_0};
use calltone::convert::{convert_ct2_to_ggml, GgmlFile, GgmlType, Quantization};
use whisper_rs::{FullParams, SamplingStrategy, WhisperContext, WhisperContextParameters};

const EXPECTED: &str = "hello thank you for calling customer service how can i help you today";

fn ct2_base() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("models/cache/ct2-base");
    if dir.join("model.bin").exists() {
        Some(dir)
    } else {
        // `make test` provisions the model first; a missing model is a broken setup, not a
        // reason to pass.
        panic!(
            "{} not found: run `make setup` (models/provision.sh)",
            dir.join("model.bin").display()
        )
    }
}

fn clip() -> Vec<f32> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/convert_hello.wav");
    let mut r = hound::WavReader::open(&path).expect("test clip");
    let spec = r.spec();
    assert_eq!(
        (spec.sample_rate, spec.channels, spec.bits_per_sample),
        (16_000, 1, 16)
    );
    r.samples::<i16>()
        .map(|s| f32::from(s.unwrap()) / 32768.0)
        .collect()
}

fn normalize(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn transcribe(model: &Path, audio: &[f32]) -> String {
    let ctx = WhisperContext::new_with_params(model, WhisperContextParameters::default())
        .unwrap_or_else(|e| panic!("whisper.cpp could not load {}: {e}", model.display()));
    let mut state = ctx.create_state().expect("state");
    let mut params = FullParams::new(SamplingStrategy::Greedy { best_of: 1 });
    params.set_n_threads(2);
    params.set_language(Some("en"));
    params.set_print_progress(false);
    params.set_print_realtime(false);
    params.set_print_special(false);
    params.set_print_timestamps(false);
    state.full(params, audio).expect("transcription");
    state
        .as_iter()
        .map(|seg| seg.to_str_lossy().expect("segment text").into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

fn convert_and_transcribe(quant: Quantization, weight_type: GgmlType) {
    let Some(ct2) = ct2_base() else { return };
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join(format!("ggml-base-{quant}.bin"));

    let s = convert_ct2_to_ggml(&ct2, &out, quant).expect("conversion");
    eprintln!(
        "{quant}: {} bytes, {} tensors, sha256 {}, ignored {:?}",
        s.file_size, s.n_tensors, s.sha256, s.ignored_variables
    );
    let hp = s.hparams;
    assert_eq!(
        (
            hp.n_vocab,
            hp.n_audio_ctx,
            hp.n_audio_state,
            hp.n_audio_head,
            hp.n_audio_layer
        ),
        (51865, 1500, 512, 8, 6)
    );
    assert_eq!(
        (
            hp.n_text_ctx,
            hp.n_text_state,
            hp.n_text_head,
            hp.n_text_layer,
            hp.n_mels
        ),
        (448, 512, 8, 6, 80)
    );
    assert_eq!(hp.ftype, quant.ftype());
    assert_eq!(s.n_tensors, 7 + 15 * 6 + 4 + 24 * 6);
    assert_eq!(s.n_vocab_tokens, 50257);
    assert!(s.ignored_variables.is_empty(), "{:?}", s.ignored_variables);
    assert_eq!(std::fs::metadata(&out).unwrap().len(), s.file_size);

    let g = GgmlFile::open(&out).unwrap();
    assert_eq!(g.vocab[50256], b"");
    assert_eq!(g.vocab[3322], b"the");
    assert_eq!(g.vocab[1702], b" quick");
    let ty = |n: &str| g.tensor(n).unwrap().ttype;
    assert_eq!(ty("decoder.token_embedding.weight"), weight_type);
    assert_eq!(ty("encoder.blocks.5.mlp.2.weight"), weight_type);
    assert_eq!(ty("encoder.conv1.weight"), quant.conv_type());
    assert_eq!(ty("encoder.positional_embedding"), GgmlType::F32);

    let text = transcribe(&out, &clip());
    eprintln!("{quant}: transcript {text:?}");
    assert_eq!(normalize(&text), EXPECTED, "{quant} transcript: {text:?}");
}

#[test]
fn base_f16_converts_and_transcribes() {
    convert_and_transcribe(Quantization::F16, GgmlType::F16);
}

#[test]
fn base_q8_0_converts_and_transcribes() {
    convert_and_transcribe(Quantization::Q8_0, GgmlType::Q8_0);
}

// ggml itself, linked in through whisper-rs.
unsafe extern "C" {
    fn ggml_quantize_chunk(
        type_: u32,
        src: *const f32,
        dst: *mut std::ffi::c_void,
        start: i64,
        nrows: i64,
        n_per_row: i64,
        imatrix: *const f32,
    ) -> usize;
    fn ggml_fp32_to_fp16_row(src: *const f32, dst: *mut u16, n: i64);
}

fn ggml_quantize(type_: u32, block_bytes: usize, x: &[f32], n_per_row: usize) -> Vec<u8> {
    let mut out = vec![0u8; x.len() / 32 * block_bytes];
    let n = unsafe {
        ggml_quantize_chunk(
            type_,
            x.as_ptr(),
            out.as_mut_ptr().cast(),
            0,
            (x.len() / n_per_row) as i64,
            n_per_row as i64,
            std::ptr::null(),
        )
    };
    assert_eq!(n, out.len());
    out
}

/// Our quantizers and f16 rounding against ggml's own, byte for byte.
#[test]
fn quantizers_match_ggml_bit_for_bit() {
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut rnd = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed >> 11) as f64 / (1u64 << 53) as f64
    };
    let n_per_row = 512;
    let mut x: Vec<f32> = (0..64 * n_per_row)
        .map(|i| {
            let scale = 10f64.powi((i / 32 % 7) as i32 - 4);
            ((rnd() * 2.0 - 1.0) * scale) as f32
        })
        .collect();
    // Exact ties for q8_0 (d = 1): k + 0.5.
    x[0] = 127.0;
    for (j, v) in x[1..32].iter_mut().enumerate() {
        *v = j as f32 - 15.5;
    }
    x[32..64].fill(0.0); // a zero block
    assert_eq!(
        quantize_q8_0(&x),
        ggml_quantize(8, 34, &x, n_per_row),
        "q8_0"
    );
    assert_eq!(
        quantize_q5_1(&x),
        ggml_quantize(7, 24, &x, n_per_row),
        "q5_1"
    );

    let mut h = vec![0u16; x.len()];
    unsafe { ggml_fp32_to_fp16_row(x.as_ptr(), h.as_mut_ptr(), x.len() as i64) };
    let ours: Vec<u16> = x
        .iter()
        .map(|&v| half::f16::from_f32(v).to_bits())
        .collect();
    assert_eq!(ours, h, "f16");
}
