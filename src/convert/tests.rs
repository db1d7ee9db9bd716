//! Round trips through a small synthetic CTranslate2 Whisper model.

use super::ct2::write_ct2;
use super::*;
use half::f16;
use std::collections::BTreeMap;

const S: usize = 32; // width (one q8_0 block per row)
const N_MELS: usize = 4;
const AUDIO_CTX: usize = 6;
const TEXT_CTX: usize = 5;
const N_VOCAB: usize = 9;
const HEADS: i16 = 2;

/// Deterministic, varied values in about [-1, 1].
fn values(seed: usize, n: usize) -> Vec<f32> {
    (0..n)
        .map(|i| {
            let x = (i.wrapping_mul(2_654_435_761).wrapping_add(seed * 97_531)) % 20_011;
            (x as f32 / 10_005.5 - 1.0) * (1.0 + (seed % 3) as f32)
        })
        .collect()
}

fn f16_bytes(x: &[f32]) -> Vec<u8> {
    x.iter()
        .flat_map(|v| f16::from_f32(*v).to_bits().to_le_bytes())
        .collect()
}

/// name → (shape, f16 data)
type Vars = BTreeMap<String, (Vec<usize>, Vec<u8>)>;

fn synthetic_vars(n_enc: usize, n_dec: usize) -> Vars {
    let mut v = Vars::new();
    let mut seed = 0;
    let mut add = |v: &mut Vars, name: String, shape: Vec<usize>| {
        seed += 1;
        let n = shape.iter().product();
        let mut data = values(seed, n);
        if name.ends_with("linear_0/bias") && name.contains("self_attention") {
            data[S..2 * S].fill(0.0); // CTranslate2 zero-fills the fused key bias
        }
        v.insert(name, (shape, f16_bytes(&data)));
    };
    add(&mut v, "encoder/conv1/weight".into(), vec![S, N_MELS, 3]);
    add(&mut v, "encoder/conv1/bias".into(), vec![S]);
    add(&mut v, "encoder/conv2/weight".into(), vec![S, S, 3]);
    add(&mut v, "encoder/conv2/bias".into(), vec![S]);
    add(
        &mut v,
        "encoder/position_encodings/encodings".into(),
        vec![AUDIO_CTX, S],
    );
    add(
        &mut v,
        "decoder/position_encodings/encodings".into(),
        vec![TEXT_CTX, S],
    );
    add(&mut v, "decoder/embeddings/weight".into(), vec![N_VOCAB, S]);
    for part in ["encoder", "decoder"] {
        for p in ["gamma", "beta"] {
            add(&mut v, format!("{part}/layer_norm/{p}"), vec![S]);
        }
    }
    let mut layer = |v: &mut Vars, prefix: String, cross: bool| {
        let mut blocks = vec![(
            "self_attention",
            vec![("linear_0", 3 * S, S), ("linear_1", S, S)],
        )];
        if cross {
            blocks.push((
                "attention",
                vec![
                    ("linear_0", S, S),
                    ("linear_1", 2 * S, S),
                    ("linear_2", S, S),
                ],
            ));
        }
        blocks.push(("ffn", vec![("linear_0", 4 * S, S), ("linear_1", S, 4 * S)]));
        for (block, linears) in blocks {
            for p in ["gamma", "beta"] {
                add(v, format!("{prefix}/{block}/layer_norm/{p}"), vec![S]);
            }
            for (lin, out, inp) in linears {
                add(v, format!("{prefix}/{block}/{lin}/weight"), vec![out, inp]);
                add(v, format!("{prefix}/{block}/{lin}/bias"), vec![out]);
            }
        }
    };
    for l in 0..n_enc {
        layer(&mut v, format!("encoder/layer_{l}"), false);
    }
    for l in 0..n_dec {
        layer(&mut v, format!("decoder/layer_{l}"), true);
    }
    v
}

/// Write a CTranslate2 model directory; `edit` may change the variables first.
fn write_model(dir: &Path, edit: impl FnOnce(&mut Vars)) -> Vars {
    let mut vars = synthetic_vars(1, 2);
    edit(&mut vars);
    let heads = HEADS.to_le_bytes();
    let mut list: Vec<(&str, &[usize], Ct2DType, &[u8])> = vars
        .iter()
        .map(|(n, (s, d))| (n.as_str(), s.as_slice(), Ct2DType::F16, d.as_slice()))
        .collect();
    list.push(("encoder/num_heads", &[], Ct2DType::I16, &heads));
    list.push(("decoder/num_heads", &[], Ct2DType::I16, &heads));
    list.push(("decoder/pre_norm", &[], Ct2DType::I8, &[1]));
    list.push(("decoder/activation", &[], Ct2DType::I8, &[3]));
    list.push(("decoder/alignment_layer", &[], Ct2DType::I16, &[0xff, 0xff]));
    let mut buf = Vec::new();
    write_ct2(
        &mut buf,
        "WhisperSpec",
        3,
        &list,
        &[("decoder/projection/weight", "decoder/embeddings/weight")],
    )
    .unwrap();
    std::fs::write(dir.join("model.bin"), buf).unwrap();
    let vocab =
        "!\n\"\nĠhello\nÃ©\n\n<|endoftext|>\n<|startoftranscript|>\n<|en|>\n<|notimestamps|>\n";
    std::fs::write(dir.join("vocabulary.txt"), vocab).unwrap();
    vars
}

fn rows_f32(vars: &Vars, name: &str, rows: std::ops::Range<usize>) -> Vec<f32> {
    let (shape, data) = &vars[name];
    let row: usize = shape[1..].iter().product();
    quant::f16_bytes_to_f32(&data[rows.start * row * 2..rows.end * row * 2])
}

fn convert(dir: &Path, q: Quantization) -> (ConversionSummary, GgmlFile) {
    let out = dir.join(format!("out-{q}.bin"));
    let s = convert_ct2_to_ggml(dir, &out, q).unwrap();
    (s, GgmlFile::open(&out).unwrap())
}

#[test]
fn round_trip_f16_is_exact_and_complete() {
    let dir = tempfile::tempdir().unwrap();
    let vars = write_model(dir.path(), |_| {});
    let (s, mut g) = convert(dir.path(), Quantization::F16);

    let hp = GgmlHparams {
        n_vocab: N_VOCAB as i32,
        n_audio_ctx: AUDIO_CTX as i32,
        n_audio_state: S as i32,
        n_audio_head: 2,
        n_audio_layer: 1,
        n_text_ctx: TEXT_CTX as i32,
        n_text_state: S as i32,
        n_text_head: 2,
        n_text_layer: 2,
        n_mels: N_MELS as i32,
        ftype: 1,
    };
    assert_eq!(s.hparams, hp);
    assert_eq!(g.hparams, hp);
    assert_eq!(s.n_tensors, 7 + 15 + 4 + 24 * 2);
    assert_eq!(g.tensors.len(), s.n_tensors);
    assert_eq!(s.file_size, std::fs::metadata(&s.output).unwrap().len());
    assert_eq!(s.sha256.len(), 64);
    assert!(s.ignored_variables.is_empty(), "{:?}", s.ignored_variables);

    // Filters and vocabulary.
    assert_eq!((g.n_mel, g.n_fft), (N_MELS, 201));
    assert_eq!(g.mel_filters, mel::whisper_mel_filters(N_MELS));
    assert_eq!(s.n_vocab_tokens, 5);
    let vocab: Vec<&[u8]> = g.vocab.iter().map(Vec::as_slice).collect();
    assert_eq!(vocab, [&b"!"[..], b"\"", b" hello", "é".as_bytes(), b""]);

    // Names are unique and exactly whisper.cpp's.
    let names: HashSet<&str> = g.tensors.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names.len(), g.tensors.len());
    assert!(!names.iter().any(|n| n.ends_with("key.bias")));
    for n in [
        "encoder.blocks.0.attn.key.weight",
        "encoder.blocks.0.mlp.2.bias",
        "decoder.blocks.1.cross_attn_ln.weight",
        "decoder.blocks.1.cross_attn.out.bias",
        "decoder.ln.bias",
        "encoder.ln_post.weight",
    ] {
        assert!(names.contains(n), "{n}");
    }

    // The V third of the fused self-attention, bit for bit.
    let t = g
        .tensor("encoder.blocks.0.attn.value.weight")
        .unwrap()
        .clone();
    assert_eq!(t.ne, vec![S, S]);
    assert_eq!(t.ttype, GgmlType::F16);
    let raw = g.read_tensor_raw(&t.name).unwrap();
    let (_, src) = &vars["encoder/layer_0/self_attention/linear_0/weight"];
    assert_eq!(raw, src[2 * S * S * 2..3 * S * S * 2]);

    // Cross-attention K and V biases, decoder layer 1.
    let t = g.tensor("decoder.blocks.1.cross_attn.key.weight").unwrap();
    assert_eq!((t.ne.clone(), t.ttype), (vec![S, S], GgmlType::F16));
    assert_eq!(
        g.read_tensor_f32("decoder.blocks.1.cross_attn.key.weight")
            .unwrap(),
        rows_f32(&vars, "decoder/layer_1/attention/linear_1/weight", 0..S)
    );
    let t = g.tensor("decoder.blocks.1.cross_attn.value.bias").unwrap();
    assert_eq!((t.ne.clone(), t.ttype), (vec![S], GgmlType::F32));
    assert_eq!(
        g.read_tensor_f32("decoder.blocks.1.cross_attn.value.bias")
            .unwrap(),
        rows_f32(&vars, "decoder/layer_1/attention/linear_1/bias", S..2 * S)
    );

    // Layouts whisper.cpp checks.
    let ne = |g: &GgmlFile, n: &str| {
        let t = g.tensor(n).unwrap();
        (t.ne.clone(), t.ttype)
    };
    assert_eq!(
        ne(&g, "encoder.conv1.weight"),
        (vec![3, N_MELS, S], GgmlType::F16)
    );
    assert_eq!(ne(&g, "encoder.conv2.bias"), (vec![1, S], GgmlType::F32));
    assert_eq!(
        ne(&g, "encoder.positional_embedding"),
        (vec![S, AUDIO_CTX], GgmlType::F32)
    );
    assert_eq!(
        ne(&g, "decoder.positional_embedding"),
        (vec![S, TEXT_CTX], GgmlType::F32)
    );
    assert_eq!(
        ne(&g, "decoder.token_embedding.weight"),
        (vec![S, N_VOCAB], GgmlType::F16)
    );
    assert_eq!(
        ne(&g, "encoder.blocks.0.mlp.0.weight"),
        (vec![S, 4 * S], GgmlType::F16)
    );
    assert_eq!(
        ne(&g, "decoder.blocks.0.mlp.2.weight"),
        (vec![4 * S, S], GgmlType::F16)
    );
    assert_eq!(
        ne(&g, "decoder.blocks.0.attn_ln.bias"),
        (vec![S], GgmlType::F32)
    );
    assert_eq!(
        g.read_tensor_f32("encoder.conv2.bias").unwrap(),
        rows_f32(&vars, "encoder/conv2/bias", 0..S)
    );

    // Nothing but the output in the directory.
    let mut files: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(files, ["model.bin", "out-f16.bin", "vocabulary.txt"]);
}

#[test]
fn round_trip_f32_is_exact() {
    let dir = tempfile::tempdir().unwrap();
    let vars = write_model(dir.path(), |_| {});
    let (s, mut g) = convert(dir.path(), Quantization::F32);
    assert_eq!(g.hparams.ftype, 0);
    assert!(g.tensors.iter().all(|t| t.ttype == GgmlType::F32));
    assert_eq!(
        g.read_tensor_f32("decoder.blocks.0.attn.query.weight")
            .unwrap(),
        rows_f32(
            &vars,
            "decoder/layer_0/self_attention/linear_0/weight",
            0..S
        )
    );
    assert_eq!(
        g.read_tensor_f32("encoder.conv1.weight").unwrap(),
        rows_f32(&vars, "encoder/conv1/weight", 0..S)
    );
    let f16_size = convert(dir.path(), Quantization::F16).0.file_size;
    assert!(s.file_size > f16_size);
}

#[test]
fn round_trip_quantized_within_one_step() {
    let dir = tempfile::tempdir().unwrap();
    let vars = write_model(dir.path(), |_| {});
    for (q, ttype, ftype) in [
        (Quantization::Q8_0, GgmlType::Q8_0, 2007),
        (Quantization::Q5_1, GgmlType::Q5_1, 2009),
    ] {
        let (_, mut g) = convert(dir.path(), q);
        assert_eq!(g.hparams.ftype, ftype);
        let t = g.tensor("decoder.blocks.1.mlp.2.weight").unwrap().clone();
        assert_eq!((t.ne.clone(), t.ttype), (vec![4 * S, S], ttype));
        assert_eq!(t.nbytes, 4 * S * S / 32 * ttype.block_bytes());
        let got = g.read_tensor_f32(&t.name).unwrap();
        let want = rows_f32(&vars, "decoder/layer_1/ffn/linear_1/weight", 0..S);
        for (gb, wb) in got.chunks(32).zip(want.chunks(32)) {
            let (lo, hi) = wb
                .iter()
                .fold((f32::MAX, f32::MIN), |(l, h), &v| (l.min(v), h.max(v)));
            let step = match q {
                Quantization::Q8_0 => lo.abs().max(hi.abs()) / 127.0,
                _ => (hi - lo) / 31.0,
            };
            for (a, b) in gb.iter().zip(wb) {
                // half a step, plus the f16 rounding of the block's scale and minimum
                assert!(
                    (a - b).abs() <= step * 0.6 + 1e-3,
                    "{q}: {a} vs {b} (step {step})"
                );
            }
        }
        // The exact bytes are the reference quantizer's.
        assert_eq!(g.read_tensor_raw(&t.name).unwrap(), ttype.encode(&want));
        // What stays unquantized.
        assert_eq!(
            g.tensor("encoder.conv2.weight").unwrap().ttype,
            GgmlType::F16
        );
        assert_eq!(g.tensor("encoder.conv2.bias").unwrap().ttype, GgmlType::F32);
        assert_eq!(
            g.tensor("decoder.positional_embedding").unwrap().ttype,
            GgmlType::F32
        );
        assert_eq!(
            g.tensor("decoder.token_embedding.weight").unwrap().ttype,
            ttype
        );
        assert_eq!(
            g.tensor("encoder.blocks.0.attn.query.bias").unwrap().ttype,
            GgmlType::F32
        );
        assert_eq!(
            g.tensor("encoder.ln_post.bias").unwrap().ttype,
            GgmlType::F32
        );
    }
}

#[test]
fn errors_name_the_variable_and_leave_no_file() {
    let dir = tempfile::tempdir().unwrap();
    write_model(dir.path(), |v| {
        v.remove("decoder/layer_1/attention/linear_2/bias");
    });
    let out = dir.path().join("x.bin");
    let err = convert_ct2_to_ggml(dir.path(), &out, Quantization::F16).unwrap_err();
    assert!(matches!(err, ConvertError::MissingVariable { .. }), "{err}");
    assert!(
        err.to_string()
            .contains("decoder/layer_1/attention/linear_2/bias"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        2,
        "no partial output"
    );

    write_model(dir.path(), |v| {
        let w = v.get_mut("encoder/layer_0/ffn/linear_0/weight").unwrap();
        w.0 = vec![3 * S, S];
        w.1.truncate(3 * S * S * 2);
    });
    let err = convert_ct2_to_ggml(dir.path(), &out, Quantization::F16).unwrap_err();
    let msg = err.to_string();
    assert!(
        msg.contains("encoder/layer_0/ffn/linear_0/weight") && msg.contains("[128, 32]"),
        "{msg}"
    );
    assert!(!out.exists());

    std::fs::remove_file(dir.path().join("vocabulary.txt")).unwrap();
    write_model(dir.path(), |_| {});
    std::fs::write(dir.path().join("vocabulary.txt"), "a\nb\n").unwrap();
    let err = convert_ct2_to_ggml(dir.path(), &out, Quantization::F16).unwrap_err();
    assert!(matches!(err, ConvertError::Vocabulary { .. }), "{err}");
}

#[test]
fn quantization_names() {
    for q in Quantization::ALL {
        assert_eq!(q.to_string().parse::<Quantization>().unwrap(), q);
    }
    assert_eq!("Q8-0".parse::<Quantization>().unwrap(), Quantization::Q8_0);
    assert!("q4_0".parse::<Quantization>().is_err());
    assert_eq!(Quantization::Q5_1.ftype(), 2009);
    assert_eq!(Quantization::F32.conv_type(), GgmlType::F32);
    assert_eq!(Quantization::Q8_0.conv_type(), GgmlType::F16);
}
