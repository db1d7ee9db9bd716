//! The ONNX Runtime shared library, found and checked before `ort` touches it.
//!
//! `ort` is built with `load-dynamic`: the runtime (`libonnxruntime.so`) is opened at start-up
//! rather than linked. `ort` panics when it cannot find it, so calltone looks first, in this
//! order: the path given in the configuration (`--onnxruntime`), `ORT_DYLIB_PATH`, then
//! `MODELS_DIR/onnxruntime/libonnxruntime.so` as provisioned by `models/provision.sh`, and
//! names the fix when none exists.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use ort::environment::Environment;
use ort::session::builder::GraphOptimizationLevel;
use ort::session::Session;

use crate::error::ModelError;

/// The file name `models/provision.sh` installs the runtime under.
pub const LIBRARY_FILE: &str = "libonnxruntime.so";

const HINT: &str = "run `models/provision.sh` (or `make setup`), or point ORT_DYLIB_PATH or \
                    --onnxruntime at libonnxruntime.so from the `onnxruntime` Python wheel";

/// The loaded runtime. It is process-wide: the first successful load wins.
pub struct OnnxRuntime {
    environment: Environment,
    pub library: PathBuf,
}

static RUNTIME: OnceLock<OnnxRuntime> = OnceLock::new();

impl OnnxRuntime {
    /// Where the library is expected, by the precedence above.
    pub fn locate(explicit: Option<&Path>, models_dir: &Path) -> PathBuf {
        if let Some(path) = explicit {
            return path.to_owned();
        }
        match std::env::var_os("ORT_DYLIB_PATH") {
            Some(p) if !p.is_empty() => PathBuf::from(p),
            _ => models_dir.join("onnxruntime").join(LIBRARY_FILE),
        }
    }

    /// Loads the library at `library` once per process, or returns the one already loaded.
    pub fn load(library: &Path) -> Result<&'static OnnxRuntime, ModelError> {
        if let Some(runtime) = RUNTIME.get() {
            return Ok(runtime);
        }
        if !library.is_file() {
            return Err(ModelError::Missing {
                what: "the ONNX Runtime library",
                path: library.to_owned(),
                hint: HINT,
            });
        }
        let load_error = |reason: String| ModelError::Load {
            what: "the ONNX Runtime library",
            path: library.to_owned(),
            reason,
        };
        let environment = ort::init_from(library)
            .map_err(|e| load_error(e.to_string()))?
            .with_name("calltone")
            .build()
            .map_err(|e| load_error(e.to_string()))?;
        let runtime = OnnxRuntime {
            environment,
            library: library.to_owned(),
        };
        Ok(RUNTIME.get_or_init(|| runtime))
    }

    /// Opens an ONNX model for inference with `threads` intra-op threads.
    pub fn session(
        &self,
        model: &Path,
        what: &'static str,
        threads: usize,
    ) -> Result<Session, ModelError> {
        self.open(model, what, threads, true)
    }

    /// As [`Self::session`], with intra-op threads that sleep between runs instead of
    /// spinning: for a model that takes turns with other work on the same cores (Whisper's
    /// encoder, then whisper.cpp's decoder).
    pub fn session_between_other_work(
        &self,
        model: &Path,
        what: &'static str,
        threads: usize,
    ) -> Result<Session, ModelError> {
        self.open(model, what, threads, false)
    }

    fn open(
        &self,
        model: &Path,
        what: &'static str,
        threads: usize,
        spinning: bool,
    ) -> Result<Session, ModelError> {
        if !model.is_file() {
            return Err(ModelError::Missing {
                what,
                path: model.to_owned(),
                hint: "run `models/provision.sh` (or `make setup`) or set --models-dir",
            });
        }
        let load_error = |reason: String| ModelError::Load {
            what,
            path: model.to_owned(),
            reason,
        };
        let error = |e: ort::Error<_>| load_error(e.to_string());
        let mut builder = Session::builder(&self.environment)
            .map_err(|e| load_error(e.to_string()))?
            .with_optimization_level(GraphOptimizationLevel::Level3)
            .map_err(error)?
            .with_intra_threads(threads)
            .map_err(error)?
            .with_inter_threads(1)
            .map_err(error)?
            .with_intra_op_spinning(spinning)
            .map_err(error)?;
        builder
            .commit_from_file(model)
            .map_err(|e| load_error(e.to_string()))
    }
}
