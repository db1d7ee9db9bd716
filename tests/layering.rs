//! The layering of the library, held: every `crate::` path in `src/` must be an edge that
//! `src/layers.toml` allows, base modules use only base modules, and stages use only base
//! modules (they meet in `pipeline`, nowhere else). A failure names the file, the line and the
//! edge. Code inside `#[cfg(test)] mod …` (unit tests) is not part of the library's layering.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const LAYERS: &str = include_str!("../src/layers.toml");
/// Layers whose modules may use only modules of the base layer.
const BASE_ONLY: [&str; 2] = ["base", "stages"];

/// Module → (its layer, the modules it may use).
fn layers() -> BTreeMap<String, (String, BTreeSet<String>)> {
    let table: toml::Table = toml::from_str(LAYERS).expect("src/layers.toml parses");
    let mut out = BTreeMap::new();
    for (layer, modules) in table {
        let modules = modules.as_table().expect("a layer is a table of modules");
        for (module, uses) in modules {
            let uses: BTreeSet<String> = uses
                .as_array()
                .expect("a module's uses are a list")
                .iter()
                .map(|u| u.as_str().expect("a module name").to_string())
                .collect();
            let previous = out.insert(module.clone(), (layer.clone(), uses));
            assert!(previous.is_none(), "{module} is listed twice");
        }
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a file of `src/` belongs to; `None` for the crate root and the
/// binary, and for files that hold a module's unit tests.
fn top_module(relative: &Path) -> Option<String> {
    if relative == Path::new("lib.rs")
        || relative == Path::new("main.rs")
        || relative.file_name().is_some_and(|f| f == "tests.rs")
    {
        return None;
    }
    let first = relative.components().next()?.as_os_str().to_str()?;
    Some(first.trim_end_matches(".rs").to_string())
}

/// The first segment of every `crate::` path in `code`, with its line number (1-based):
/// `crate::tone::features::X` gives `tone`, `crate::{audio, text::score_turn}` gives `audio`
/// and `text`. Comment lines are skipped, and so are modules under `#[cfg(test)]`.
fn crate_paths(code: &str) -> Vec<(usize, String)> {
    let lines: Vec<&str> = code.lines().collect();
    let mut kept: Vec<&str> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let trimmed = lines[i].trim_start();
        if trimmed.starts_with("#[cfg(test)]") {
            let next = lines.get(i + 1).map_or("", |l| l.trim());
            let item = next
                .trim_start_matches("pub(crate) ")
                .trim_start_matches("pub ");
            if item.starts_with("mod ") {
                let last = if next.ends_with(';') {
                    i + 1
                } else {
                    end_of_block(&lines, i + 1)
                };
                while i <= last && i < lines.len() {
                    kept.push("");
                    i += 1;
                }
                continue;
            }
        }
        kept.push(if trimmed.starts_with("//") {
            ""
        } else {
            lines[i]
        });
        i += 1;
    }
    let text = kept.join("\n");
    paths_in(&text)
        .into_iter()
        .map(|(at, name)| (text[..at].matches('\n').count() + 1, name))
        .collect()
}

/// The index of the line that closes the block opened on line `open`, counting braces
/// outside string and character literals.
fn end_of_block(lines: &[&str], open: usize) -> usize {
    let mut depth = 0i32;
    for (i, line) in lines.iter().enumerate().skip(open) {
        let mut chars = line.chars().peekable();
        let mut in_string = false;
        while let Some(c) = chars.next() {
            match c {
                '\\' if in_string => {
                    chars.next();
                }
                '"' => in_string = !in_string,
                '\'' if !in_string => {
                    // a character literal such as '{' holds no brace of the code
                    let mut ahead = chars.clone();
                    if let (Some(_), Some('\'')) = (ahead.next(), ahead.next()) {
                        chars.nth(1);
                    }
                }
                '/' if !in_string && chars.peek() == Some(&'/') => break,
                '{' if !in_string => depth += 1,
                '}' if !in_string => {
                    depth -= 1;
                    if depth == 0 {
                        return i;
                    }
                }
                _ => {}
            }
        }
    }
    lines.len()
}

/// The first segment of each `crate::` path in `text`, with the offset where it starts; a
/// group (`crate::{a::b, c}`, over several lines or nested) gives the first segment of each
/// of its items.
fn paths_in(text: &str) -> Vec<(usize, String)> {
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(found) = text[from..].find("crate::") {
        let at = from + found;
        from = at + "crate::".len();
        let preceded_by_ident = text[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_');
        if preceded_by_ident {
            continue; // `my_crate::`, not ours
        }
        let rest = &text[from..];
        let Some(group) = rest.strip_prefix('{') else {
            out.push((from, ident(rest)));
            continue;
        };
        // the items of the group: split at its top-level commas
        let (mut depth, mut start) = (0, 0);
        for (k, c) in group.char_indices() {
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => {
                    out.push((from, ident(group[start..k].trim())));
                    break;
                }
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    out.push((from, ident(group[start..k].trim())));
                    start = k + 1;
                }
                _ => {}
            }
        }
    }
    out.retain(|(_, name)| !name.is_empty() && name != "self");
    out
}

/// Every edge of the code: (module, used module) → where it is used.
fn edges() -> BTreeMap<(String, String), Vec<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut out: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    for file in files {
        let relative = file.strip_prefix(&src).expect("under src/");
        let Some(module) = top_module(relative) else {
            continue;
        };
        let code = std::fs::read_to_string(&file).expect("a source file is UTF-8");
        for (line, used) in crate_paths(&code) {
            if used != module {
                out.entry((module.clone(), used))
                    .or_default()
                    .push(format!("src/{}:{line}", relative.display()));
            }
        }
    }
    out
}

fn src_modules() -> BTreeSet<String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files
        .iter()
        .filter_map(|f| top_module(f.strip_prefix(&src).expect("under src/")))
        .collect()
}

#[test]
fn every_module_is_listed_in_one_layer() {
    let layers = layers();
    let listed: BTreeSet<String> = layers.keys().cloned().collect();
    let present = src_modules();
    let unlisted: Vec<&String> = present.difference(&listed).collect();
    let gone: Vec<&String> = listed.difference(&present).collect();
    assert!(
        unlisted.is_empty() && gone.is_empty(),
        "src/layers.toml is out of date: modules not listed {unlisted:?}, listed but gone {gone:?}"
    );
}

#[test]
fn stages_and_the_base_use_only_the_base() {
    let layers = layers();
    for (module, (layer, uses)) in &layers {
        if !BASE_ONLY.contains(&layer.as_str()) {
            continue;
        }
        for used in uses {
            let used_layer = layers.get(used).map(|(l, _)| l.as_str());
            assert_eq!(
                used_layer,
                Some("base"),
                "src/layers.toml lets {layer} module `{module}` use `{used}` ({used_layer:?}): \
                 a stage meets another only in `pipeline`"
            );
        }
    }
}

#[test]
fn every_crate_path_is_an_edge_the_layers_allow() {
    let layers = layers();
    let mut wrong = Vec::new();
    for ((module, used), places) in edges() {
        let allowed = layers
            .get(&module)
            .is_some_and(|(_, uses)| uses.contains(&used));
        if !allowed {
            wrong.push(format!("{module} → {used} at {}", places.join(", ")));
        }
    }
    assert!(
        wrong.is_empty(),
        "edges that src/layers.toml does not allow:\n  {}",
        wrong.join("\n  ")
    );
}

#[test]
fn every_allowed_edge_is_used() {
    let used: BTreeSet<(String, String)> = edges().into_keys().collect();
    let mut idle = Vec::new();
    for (module, (_, uses)) in layers() {
        for u in uses {
            if !used.contains(&(module.clone(), u.clone())) {
                idle.push(format!("{module} → {u}"));
            }
        }
    }
    assert!(
        idle.is_empty(),
        "src/layers.toml allows edges the code does not have (remove them): {idle:?}"
    );
}

#[test]
fn the_checker_reads_plain_grouped_and_inline_paths() {
    let code = "use crate::tone::features::X;\n\
                use crate::{audio, text::{score_turn, TurnWords},\n  timeline};\n\
                // crate::comment is not code\n\
                fn f() { crate::report::signed(1.0); my_crate::x(); }\n\
                #[cfg(test)]\n\
                mod tests;\n\
                use crate::after::Y;\n\
                #[cfg(test)]\n\
                pub(crate) mod tests {\n\
                    use crate::only_in_tests;\n\
                    const BRACE: char = '{';\n\
                    fn f() { format!(\"{{\"); }\n\
                }\n\
                use crate::after_tests::Z;\n";
    let found: Vec<(usize, String)> = crate_paths(code);
    let names: Vec<(usize, &str)> = found.iter().map(|(l, n)| (*l, n.as_str())).collect();
    assert_eq!(
        names,
        [
            (1, "tone"),
            (2, "audio"),
            (2, "text"),
            (2, "timeline"),
            (5, "report"),
            (8, "after"),
            (15, "after_tests")
        ]
    );
}
