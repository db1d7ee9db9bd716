//! Trains the name tagger of `calltone redact` (`src/redact/tagger.rs`) on the redaction
//! sets and writes it as `src/redact/name_tagger.tsv` (or `--out FILE`).
//!
//! ```sh
//! cargo run --release --example train_name_tagger                      # the bundled model
//! cargo run --release --example train_name_tagger -- --leave-out blind27,blind28 --out /tmp/t.tsv
//! cargo run --release --example train_name_tagger -- --include blind31,blind32  # the unread too
//! python3 benches/redaction/eval.py --set blind27 --name-tagger /tmp/t.tsv   # scored unseen
//! ```
//!
//! Every word the tagger scores (`calltone::redact::name_features`) in every item of
//! `data/redaction/<set>/{en,ar,he,el}.jsonl` is one example, a name when a `name` span of the
//! item covers it. The model is a logistic regression fitted by FTRL-Proximal (McMahan et al.
//! 2013, "Ad click prediction: a view from the trenches"): per-feature learning rates and an
//! L1 penalty that leaves most features at exactly zero, so the file keeps only those that
//! count. The order of the examples is shuffled with a fixed seed: the same sets give the same
//! file.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::Path;

const LANGUAGES: [&str; 4] = ["en", "ar", "he", "el"];
/// Sets kept out of training unless named with `--include`: written after the bundled tagger
/// and not yet read, so that the next change (to the rules or the tagger) can be scored on
/// text it was not made from (README, "Redaction"). blind53-72 were read by stop 60 and are
/// in the training; blind73-88 are unread.
const UNREAD: [&str; 16] = [
    "blind73", "blind74", "blind75", "blind76", "blind77", "blind78", "blind79", "blind80",
    "blind81", "blind82", "blind83", "blind84", "blind85", "blind86", "blind87", "blind88",
];
const EPOCHS: usize = 10;
/// The probability from which a word is taken for a name: chosen on sets the model was not
/// trained on (README, "Redaction").
const THRESHOLD: f64 = 0.7;
/// The probability from which a word joined to a name (by the rules or the model) is taken
/// into it: chosen by benches/redaction/cross_validate.sh (README, "Redaction").
const JOIN_THRESHOLD: f64 = 0.4;
/// FTRL-Proximal's learning rate (alpha, beta) and its L1 and L2 penalties (in the scale of
/// the summed loss, as C = 1 / penalty in a batch logistic regression).
const ALPHA: f64 = 0.1;
const BETA: f64 = 1.0;
const L1: f64 = 3.0;
const L2: f64 = 1.0;

struct Example {
    features: Vec<usize>,
    name: bool,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut leave_out: Vec<String> = UNREAD.iter().map(|s| s.to_string()).collect();
    let mut out = "src/redact/name_tagger.tsv".to_string();
    let mut threshold = THRESHOLD;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--leave-out" => {
                let sets = args.next().ok_or("--leave-out SET,SET,…")?;
                leave_out.extend(sets.split(',').map(str::to_string));
            }
            "--include" => {
                let sets = args.next().ok_or("--include SET,SET,…")?;
                leave_out.retain(|s| !sets.split(',').any(|i| i == s));
            }
            "--out" => out = args.next().ok_or("--out FILE")?,
            "--threshold" => threshold = args.next().ok_or("--threshold P")?.parse()?,
            other => return Err(format!("unknown argument {other:?}").into()),
        }
    }

    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/redaction");
    let mut sets: Vec<String> = std::fs::read_dir(&root)?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|s| !leave_out.contains(s))
        .collect();
    sets.sort();

    let mut index: HashMap<String, usize> = HashMap::new();
    let mut names: Vec<String> = Vec::new();
    let mut examples: Vec<Example> = Vec::new();
    for set in &sets {
        for lang in LANGUAGES {
            let path = root.join(set).join(format!("{lang}.jsonl"));
            let Ok(lines) = std::fs::read_to_string(&path) else {
                continue;
            };
            for line in lines.lines().filter(|l| !l.trim().is_empty()) {
                let item: serde_json::Value = serde_json::from_str(line)?;
                let text = item["text"].as_str().ok_or("an item without text")?;
                let gold: Vec<(usize, usize)> = item["spans"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter(|s| s["kind"] == "name")
                    .filter_map(|s| {
                        Some((s["start"].as_u64()? as usize, s["end"].as_u64()? as usize))
                    })
                    .collect();
                for (range, features) in calltone::redact::name_features(text, Some(lang)) {
                    let features = features
                        .into_iter()
                        .map(|f| {
                            let next = names.len();
                            *index.entry(f.clone()).or_insert_with(|| {
                                names.push(f);
                                next
                            })
                        })
                        .collect();
                    let name = gold.iter().any(|&(s, e)| s < range.end && range.start < e);
                    examples.push(Example { features, name });
                }
            }
        }
    }
    let positives = examples.iter().filter(|e| e.name).count();
    eprintln!(
        "{} sets, {} words ({positives} in names), {} features",
        sets.len(),
        examples.len(),
        names.len()
    );

    let weights = ftrl(&examples, names.len());
    let kept: BTreeMap<&str, f64> = names
        .iter()
        .zip(&weights)
        .filter(|(_, w)| **w != 0.0)
        .map(|(n, w)| (n.as_str(), *w))
        .collect();
    let mut tsv = String::new();
    writeln!(
        tsv,
        "# The name tagger of src/redact/tagger.rs: a feature and its weight a line; a word is a\n\
         # name with the probability 1 / (1 + exp(-sum of its features' weights)).\n\
         # Written by examples/train_name_tagger.rs (do not edit): a logistic regression by\n\
         # FTRL-Proximal (alpha {ALPHA}, beta {BETA}, L1 {L1}, L2 {L2}, {EPOCHS} epochs) on {} words\n\
         # ({positives} in names) of data/redaction/: {}.\n\
         # {} of {} features kept (the rest weigh 0).",
        examples.len(),
        sets.join(" "),
        kept.len(),
        names.len()
    )?;
    writeln!(tsv, "threshold\t{threshold}")?;
    writeln!(tsv, "join_threshold\t{JOIN_THRESHOLD}")?;
    for (feature, weight) in &kept {
        writeln!(tsv, "{feature}\t{weight:.4}")?;
    }
    std::fs::write(&out, tsv)?;
    eprintln!("wrote {out}: {} features", kept.len());
    Ok(())
}

/// Weights of a logistic regression by FTRL-Proximal over `examples` (binary features).
fn ftrl(examples: &[Example], n_features: usize) -> Vec<f64> {
    let (mut z, mut n) = (vec![0.0f64; n_features], vec![0.0f64; n_features]);
    let weight = |z: f64, n: f64| {
        if z.abs() <= L1 {
            0.0
        } else {
            -(z - z.signum() * L1) / ((BETA + n.sqrt()) / ALPHA + L2)
        }
    };
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    for _ in 0..EPOCHS {
        // Fisher–Yates with xorshift64*
        for i in (1..order.len()).rev() {
            seed ^= seed >> 12;
            seed ^= seed << 25;
            seed ^= seed >> 27;
            let r = seed.wrapping_mul(0x2545_f491_4f6c_dd1d);
            order.swap(i, (r % (i as u64 + 1)) as usize);
        }
        for &k in &order {
            let e = &examples[k];
            let s: f64 = e.features.iter().map(|&j| weight(z[j], n[j])).sum();
            let g = 1.0 / (1.0 + (-s).exp()) - if e.name { 1.0 } else { 0.0 };
            for &j in &e.features {
                let w = weight(z[j], n[j]);
                let sigma = ((n[j] + g * g).sqrt() - n[j].sqrt()) / ALPHA;
                z[j] += g - sigma * w;
                n[j] += g * g;
            }
        }
    }
    (0..n_features).map(|j| weight(z[j], n[j])).collect()
}
