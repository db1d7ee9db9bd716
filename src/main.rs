//! The `calltone` command: parses arguments, dispatches, prints each error once.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};

use calltone::audio::vad::VadConfig;
use calltone::audio::DecodeOptions;
use calltone::config::{self, Config};
use calltone::convert::{convert_ct2_to_ggml, Quantization};
use calltone::onnx::OnnxRuntime;
use calltone::pipeline::{CallOptions, Pipeline};

/// Listens to recorded customer-service calls: transcript, turns and timings.
#[derive(Parser)]
#[command(version, about, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Log filter for stderr (e.g. `info`, `calltone=debug`); also RUST_LOG.
    #[arg(long, global = true, env = "CALLTONE_LOG", default_value = "warn")]
    log: String,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse recorded calls and print their transcripts (or JSON reports).
    Analyze(AnalyzeArgs),
    /// Print the tone features of each speech segment (one JSON line per file with --json).
    Features(FeaturesArgs),
    /// Manage the models: check them, or convert Whisper from CTranslate2 to ggml.
    #[command(subcommand)]
    Models(ModelsCommand),
}

#[derive(Args)]
struct AnalyzeArgs {
    /// Recordings: WAV (PCM, float, G.711 µ-law/A-law), MP3, FLAC, Ogg; mono or stereo.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Print one JSON report per line instead of the transcript.
    #[arg(long)]
    json: bool,
    /// With --json, indent the reports.
    #[arg(long, requires = "json")]
    pretty: bool,
    /// Roles of the channels, in order (default: `agent,customer` for stereo, `speaker` for mono).
    #[arg(long, value_delimiter = ',')]
    roles: Option<Vec<String>>,
    /// Force the language (ISO 639-1, e.g. `en`, `ar`, `he`, `el`) instead of detecting it per channel.
    #[arg(long, env = "CALLTONE_LANGUAGE")]
    language: Option<String>,
    #[command(flatten)]
    models: ModelArgs,
}

#[derive(Args)]
struct FeaturesArgs {
    /// Recordings, as for `analyze`.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Print one JSON line per file (the contract of `calltone::tone::features`).
    #[arg(long)]
    json: bool,
    /// Treat each channel as one segment instead of finding speech with the VAD.
    #[arg(long)]
    whole: bool,
    /// Add each channel's frame-level F0 track (10 ms frames).
    #[arg(long)]
    frames: bool,
    #[command(flatten)]
    models: ModelArgs,
}

/// Model and resource settings shared by every command that runs the pipeline.
#[derive(Args)]
struct ModelArgs {
    /// Folder the models were provisioned into.
    #[arg(long, env = "CALLTONE_MODELS_DIR")]
    models_dir: Option<PathBuf>,
    /// Whisper model: a provisioned name (`base-f16`, `base-q8_0`) or a ggml file path.
    #[arg(long, env = "CALLTONE_WHISPER_MODEL", default_value = config::DEFAULT_WHISPER_MODEL)]
    whisper_model: String,
    /// The ONNX Runtime library (default: ORT_DYLIB_PATH, then MODELS_DIR/onnxruntime/).
    #[arg(long, env = "CALLTONE_ONNXRUNTIME")]
    onnxruntime: Option<PathBuf>,
    /// CPU threads for Whisper (default: the machine's cores, at most 8).
    #[arg(long, env = "CALLTONE_THREADS")]
    threads: Option<usize>,
    /// Languages to detect among, e.g. `en,ar,he,el` (default: any language Whisper knows).
    #[arg(long, env = "CALLTONE_LANGUAGES", value_delimiter = ',')]
    languages: Vec<String>,
    /// Whisper beam width; 1 decodes greedily (fastest).
    #[arg(long, env = "CALLTONE_BEAM_SIZE", default_value_t = 1)]
    beam_size: usize,
    /// Speech probability at which the VAD opens (0.2–0.95).
    #[arg(long, env = "CALLTONE_VAD_THRESHOLD", default_value_t = VadConfig::default().threshold)]
    vad_threshold: f32,
    /// The tone model (default: MODELS_DIR/tone/tone.onnx; without it, reports have no tone).
    #[arg(long, env = "CALLTONE_TONE_MODEL")]
    tone_model: Option<PathBuf>,
    /// Longest recording accepted, in seconds.
    #[arg(long, env = "CALLTONE_MAX_DURATION_S", default_value_t = DecodeOptions::default().max_duration_s)]
    max_duration_s: u64,
}

impl ModelArgs {
    fn config(&self) -> Config {
        let defaults = Config::default();
        Config {
            models_dir: self.models_dir.clone().unwrap_or(defaults.models_dir),
            whisper_model: self.whisper_model.clone(),
            onnxruntime: self.onnxruntime.clone(),
            threads: self.threads.unwrap_or(defaults.threads),
            beam_size: self.beam_size,
            languages: self.languages.clone(),
            vad: VadConfig {
                threshold: self.vad_threshold,
                ..defaults.vad
            },
            decode: DecodeOptions {
                max_duration_s: self.max_duration_s,
            },
            tone_model: self.tone_model.clone(),
        }
    }
}

#[derive(Subcommand)]
enum ModelsCommand {
    /// Check that every model the pipeline needs is in place and loads.
    Check(ModelArgs),
    /// Convert a CTranslate2 Whisper model folder to a whisper.cpp ggml file.
    Convert {
        /// The CTranslate2 folder (model.bin, config.json, vocabulary.txt).
        #[arg(long)]
        from: PathBuf,
        /// The ggml file to write.
        #[arg(long)]
        to: PathBuf,
        /// Weight format: f32, f16, q8_0.
        #[arg(long, default_value = "f16")]
        quantization: Quantization,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging(&cli.log);
    let result = match cli.command {
        Command::Analyze(args) => analyze(args),
        Command::Features(args) => features(args),
        Command::Models(ModelsCommand::Check(args)) => check_models(&args),
        Command::Models(ModelsCommand::Convert {
            from,
            to,
            quantization,
        }) => convert_ct2_to_ggml(&from, &to, quantization)
            .map(|summary| {
                eprintln!(
                    "wrote {} ({:.1} MB, {}, {} tensors, {} tokens, sha256 {})",
                    summary.output.display(),
                    summary.file_size as f64 / 1e6,
                    summary.quantization,
                    summary.n_tensors,
                    summary.n_vocab_tokens,
                    summary.sha256
                );
                ExitCode::SUCCESS
            })
            .map_err(anyhow::Error::from),
    };
    result.unwrap_or_else(|e| {
        eprintln!("error: {e:#}");
        ExitCode::from(2)
    })
}

fn init_logging(filter: &str) {
    let filter = std::env::var("RUST_LOG").unwrap_or_else(|_| filter.to_string());
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new(filter))
        .with_writer(std::io::stderr)
        .init();
}

fn analyze(args: AnalyzeArgs) -> anyhow::Result<ExitCode> {
    let config = args.models.config();
    if let Some(language) = &args.language {
        if whisper_rs::get_lang_id(language).is_none() {
            anyhow::bail!("--language {language}: not a language Whisper knows (use ISO 639-1 codes such as en, ar, he, el)");
        }
    }
    let mut pipeline = Pipeline::load(&config)?;
    let options = CallOptions {
        call_id: None,
        roles: args.roles.clone(),
        language: args.language.clone(),
    };

    // Progress on stderr, only for a person watching: calls done, and the stage of the
    // current one (a long call spends minutes in transcription).
    let bar = if std::io::stderr().is_terminal() {
        ProgressBar::new(args.files.len() as u64)
    } else {
        ProgressBar::hidden()
    };
    bar.set_style(
        ProgressStyle::with_template("{spinner} {bar:30} {pos}/{len} calls [{elapsed}] {msg}")
            .expect("valid template"),
    );
    bar.enable_steady_tick(std::time::Duration::from_millis(200));

    let mut failed = 0usize;
    let stdout = std::io::stdout();
    for path in &args.files {
        let name = path.display().to_string();
        let result = pipeline.analyze_file(path, &options, &mut |stage| {
            bar.set_message(format!("{name}: {stage}"))
        });
        bar.inc(1);
        match result {
            Ok(report) => {
                let text = if args.pretty {
                    serde_json::to_string_pretty(&report)? + "\n"
                } else if args.json {
                    serde_json::to_string(&report)? + "\n"
                } else if args.files.len() > 1 {
                    format!("== {name}\n{}", report.transcript())
                } else {
                    report.transcript()
                };
                bar.suspend(|| stdout.lock().write_all(text.as_bytes()))?;
                for warning in &report.warnings {
                    bar.suspend(|| eprintln!("warning: {name}: {warning}"));
                }
            }
            Err(e) => {
                failed += 1;
                bar.suspend(|| eprintln!("error: {e}"));
            }
        }
    }
    bar.finish_and_clear();
    if failed > 0 {
        eprintln!("{failed} of {} recordings failed", args.files.len());
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

fn features(args: FeaturesArgs) -> anyhow::Result<ExitCode> {
    use calltone::tone::features::{self, FeatureExtractor, FileOptions};
    let config = args.models.config();
    config.validate()?;
    let mut vad = if args.whole {
        None
    } else {
        let library = OnnxRuntime::locate(config.onnxruntime.as_deref(), &config.models_dir);
        let runtime = OnnxRuntime::load(&library)?;
        Some(calltone::audio::vad::Vad::load(
            runtime,
            &config.vad_model_path(),
        )?)
    };
    let options = FileOptions {
        whole: args.whole,
        frames: args.frames,
    };
    let mut extractor = FeatureExtractor::new();
    let mut failed = 0usize;
    let mut stdout = std::io::stdout().lock();
    for path in &args.files {
        let result = features::extract_file(
            path,
            &config.decode,
            vad.as_mut().map(|v| (v, &config.vad)),
            &mut extractor,
            options,
        );
        match result {
            Ok(file) if args.json => writeln!(stdout, "{}", serde_json::to_string(&file)?)?,
            Ok(file) => write!(stdout, "{}", file.to_text())?,
            Err(e) => {
                failed += 1;
                eprintln!("error: {e}");
            }
        }
    }
    if failed > 0 {
        eprintln!("{failed} of {} recordings failed", args.files.len());
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

fn check_models(args: &ModelArgs) -> anyhow::Result<ExitCode> {
    let config = args.config();
    config.validate()?;
    let library = OnnxRuntime::locate(config.onnxruntime.as_deref(), &config.models_dir);
    println!("onnxruntime  {}", library.display());
    println!("vad          {}", config.vad_model_path().display());
    println!("whisper      {}", config.whisper_model_path().display());
    let tone = config.tone_model_path();
    if tone.exists() || config.tone_model.is_some() {
        println!("tone         {}", tone.display());
    } else {
        println!(
            "tone         {} (absent: reports will have no tone)",
            tone.display()
        );
    }
    Pipeline::load(&config)?;
    println!("all models load");
    Ok(ExitCode::SUCCESS)
}
