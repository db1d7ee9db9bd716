//! The `--config FILE` layer: defaults < TOML file < `CALLTONE_*` environment < flags.
//!
//! In: the command line (to find `--config FILE`, or `CALLTONE_CONFIG`) and the CLI's clap
//! command (to know every setting). Out: for each `key = value` of the file, the variable
//! `CALLTONE_KEY` set to the value, only where the environment has none, before clap parses;
//! so a setting is spelled the same way in all three places (`max_queue = 500`,
//! `CALLTONE_MAX_QUEUE=500`, `--max-queue 500`) and the precedence falls out of clap's own
//! (flag over environment). Lists become comma-separated. Unknown keys are an error that
//! lists the known ones.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use anyhow::Context;

/// Every `CALLTONE_*` variable a flag of `command` (or of its subcommands) reads.
pub fn known_variables(command: &clap::Command) -> Vec<String> {
    fn walk(command: &clap::Command, out: &mut Vec<String>) {
        for arg in command.get_arguments() {
            if let Some(env) = arg.get_env() {
                out.push(env.to_string_lossy().into_owned());
            }
        }
        for sub in command.get_subcommands() {
            walk(sub, out);
        }
    }
    let mut out = Vec::new();
    walk(command, &mut out);
    out.sort();
    out.dedup();
    out
}

/// The file named by `--config FILE` / `--config=FILE`, else by `CALLTONE_CONFIG`.
pub fn config_path(args: &[OsString]) -> Option<PathBuf> {
    let mut iter = args.iter().skip(1);
    while let Some(arg) = iter.next() {
        let arg = arg.to_string_lossy();
        if arg == "--config" {
            return iter.next().map(PathBuf::from);
        }
        if let Some(path) = arg.strip_prefix("--config=") {
            return Some(PathBuf::from(path));
        }
        if arg == "--" {
            break;
        }
    }
    std::env::var_os("CALLTONE_CONFIG").map(PathBuf::from)
}

/// The variables a TOML text sets, as (`CALLTONE_KEY`, value) pairs.
pub fn variables(text: &str, known: &[String]) -> anyhow::Result<Vec<(String, String)>> {
    let table: toml::Table = toml::from_str(text)?;
    let mut out = Vec::new();
    for (key, value) in table {
        let variable = format!("CALLTONE_{}", key.to_uppercase());
        if key == "config" || !known.contains(&variable) {
            let keys: Vec<String> = known
                .iter()
                .filter(|v| *v != "CALLTONE_CONFIG")
                .map(|v| v["CALLTONE_".len()..].to_lowercase())
                .collect();
            anyhow::bail!("unknown setting `{key}` (known: {})", keys.join(", "));
        }
        let scalar = |v: &toml::Value| match v {
            toml::Value::String(s) => Ok(s.clone()),
            toml::Value::Integer(i) => Ok(i.to_string()),
            toml::Value::Float(f) => Ok(f.to_string()),
            toml::Value::Boolean(b) => Ok(b.to_string()),
            other => Err(anyhow::anyhow!(
                "`{key}` = {other} is not a string, number, boolean or list of them"
            )),
        };
        let text = match &value {
            toml::Value::Array(items) => items
                .iter()
                .map(scalar)
                .collect::<anyhow::Result<Vec<_>>>()?
                .join(","),
            other => scalar(other)?,
        };
        out.push((variable, text));
    }
    Ok(out)
}

/// Reads the config file, if one is named, into the environment (where unset).
pub fn apply(args: &[OsString], command: &clap::Command) -> anyhow::Result<()> {
    let Some(path) = config_path(args) else {
        return Ok(());
    };
    let text = std::fs::read_to_string(&path).with_context(|| describe(&path))?;
    let pairs = variables(&text, &known_variables(command)).with_context(|| describe(&path))?;
    for (variable, value) in pairs {
        if std::env::var_os(&variable).is_none() {
            // Called first thing in `main`, before any other thread exists.
            std::env::set_var(&variable, value);
        }
    }
    Ok(())
}

fn describe(path: &Path) -> String {
    format!("--config {}", path.display())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known() -> Vec<String> {
        [
            "CALLTONE_CONFIG",
            "CALLTONE_LISTEN",
            "CALLTONE_API_KEYS",
            "CALLTONE_WORKERS",
            "CALLTONE_VAD_THRESHOLD",
        ]
        .map(String::from)
        .to_vec()
    }

    #[test]
    fn keys_become_variables_and_lists_become_comma_separated() {
        let text = "listen = \"0.0.0.0:80\"\nworkers = 2\nvad_threshold = 0.6\napi_keys = [\"a\", \"b\"]\n";
        let mut pairs = variables(text, &known()).unwrap();
        pairs.sort();
        assert_eq!(
            pairs,
            vec![
                ("CALLTONE_API_KEYS".into(), "a,b".into()),
                ("CALLTONE_LISTEN".into(), "0.0.0.0:80".into()),
                ("CALLTONE_VAD_THRESHOLD".into(), "0.6".into()),
                ("CALLTONE_WORKERS".into(), "2".into()),
            ]
        );
    }

    #[test]
    fn unknown_keys_nested_tables_and_bad_toml_are_refused() {
        let unknown = variables("listne = 1", &known()).unwrap_err().to_string();
        assert!(
            unknown.contains("`listne`") && unknown.contains("listen, "),
            "{unknown}"
        );
        assert!(variables("config = \"x\"", &known()).is_err());
        assert!(variables("[serve]\nlisten = 1", &known()).is_err());
        assert!(variables("listen = [[1]]", &known()).is_err());
        assert!(variables("listen = ", &known()).is_err());
    }

    #[test]
    fn the_file_is_found_in_the_arguments_or_the_environment() {
        let args = |a: &[&str]| a.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            config_path(&args(&["calltone", "--config", "a.toml", "serve"])),
            Some(PathBuf::from("a.toml"))
        );
        assert_eq!(
            config_path(&args(&["calltone", "serve", "--config=b.toml"])),
            Some(PathBuf::from("b.toml"))
        );
    }
}
