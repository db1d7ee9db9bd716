//! A learned recogniser of names, for the names no cue introduces: "you're speaking to
//! Gemma", "lovely, thanks Debbie", "η Βούλα η Καραγιάννη", "לבעלי, אורי, יש …". The rules
//! of `cues.rs` find a name after "my name is"; how people otherwise bring a name into a
//! sentence is too varied to list, and is what this model learns.
//!
//! In: an utterance's text, its folded copy and words, its language, and the spans the rules
//! found. Out: name spans over words the rules left, where the model says a name.
//!
//! The model is a logistic regression over sparse features of each word and its neighbours
//! ([`features`]: the word, its neighbours, its shape, whether it is a listed given name, …),
//! trained by `examples/train_name_tagger.rs` on the redaction sets (`data/redaction/`) and
//! kept, one feature and its weight a line, in `name_tagger.tsv`. Words with a digit, and
//! words of one letter, are never scored.

use super::cues;
use super::words::{self, Token};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Feature name → weight, and the probability from which a word is taken for a name (the
/// file's `threshold` line: chosen on sets the model was not trained on, README "Redaction").
pub(crate) struct Tagger {
    weights: HashMap<String, f64>,
    threshold: f64,
    /// The probability from which a word next to a name is taken into it (the file's
    /// `join_threshold` line; `threshold` where it has none).
    join_threshold: f64,
}

static OVERRIDE: OnceLock<Tagger> = OnceLock::new();

/// The model in use: the one [`use_model`] installed, else the bundled `name_tagger.tsv`.
pub(crate) fn model() -> &'static Tagger {
    static BUNDLED: OnceLock<Tagger> = OnceLock::new();
    OVERRIDE.get().unwrap_or_else(|| {
        BUNDLED.get_or_init(|| {
            Tagger::parse(include_str!("name_tagger.tsv")).expect("the bundled name_tagger.tsv")
        })
    })
}

/// Use the model in `tsv` (as `examples/train_name_tagger.rs` writes one) instead of the
/// bundled one, for the rest of the process: to score a model trained without some sets on
/// those sets. Fails on a malformed file, or when another model was installed before.
pub fn use_model(tsv: &str) -> Result<(), String> {
    let tagger = Tagger::parse(tsv)?;
    OVERRIDE
        .set(tagger)
        .map_err(|_| "a name tagger is already in use".to_string())
}

impl Tagger {
    fn parse(tsv: &str) -> Result<Tagger, String> {
        let mut weights = HashMap::new();
        let (mut threshold, mut join_threshold) = (None, None);
        for (n, line) in tsv.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let (feature, weight) = line
                .rsplit_once('\t')
                .ok_or_else(|| format!("line {}: expected FEATURE<TAB>WEIGHT", n + 1))?;
            let weight: f64 = weight
                .parse()
                .map_err(|_| format!("line {}: {weight:?} is not a weight", n + 1))?;
            if feature == "threshold" {
                threshold = Some(weight);
            } else if feature == "join_threshold" {
                join_threshold = Some(weight);
            } else {
                weights.insert(feature.to_string(), weight);
            }
        }
        let threshold = threshold.ok_or("no threshold line")?;
        Ok(Tagger {
            weights,
            threshold,
            join_threshold: join_threshold.unwrap_or(threshold),
        })
    }

    /// P(name) of a word with these features.
    fn probability(&self, features: &[String]) -> f64 {
        let z: f64 = features.iter().filter_map(|f| self.weights.get(f)).sum();
        1.0 / (1.0 + (-z).exp())
    }
}

/// The words the model scores: no digit, at least two letters.
fn scored(folded: &str, token: &Token) -> bool {
    let word = &folded[token.start..token.end];
    word.chars().nth(1).is_some() && !word.chars().any(|c| c.is_numeric())
}

/// The features of word `i`: its folded form and that form without an Arabic or Hebrew
/// prefix; the two words on each side, alone and in pairs, and the word before without its
/// prefix and (in English and Greek) with this word's case; the case of it and its
/// neighbours, its length and its first and last letters (the first three without its
/// prefix, the last two to four), in its language; whether it and
/// its neighbours are listed given names; whether it opens the utterance; and the
/// punctuation just before and after it.
fn features(
    text: &str,
    folded: &str,
    tokens: &[Token],
    i: usize,
    language: Option<&str>,
) -> Vec<String> {
    let word = |j: usize| &folded[tokens[j].start..tokens[j].end];
    let at = |j: isize| -> &str {
        if j < 0 {
            "<s>"
        } else if j as usize >= tokens.len() {
            "</s>"
        } else {
            word(j as usize)
        }
    };
    let w = word(i);
    let lang = language.unwrap_or_else(|| script_language(w));
    let bare = without_prefix(w, lang);
    let i = i as isize;
    let listed = |j: isize| {
        let w = at(j);
        cues::is_given_name(w) || cues::is_given_name(without_prefix(w, lang))
    };
    let shape = |j: isize| -> char {
        if j < 0 || j as usize >= tokens.len() {
            return '_';
        }
        let original = &text[tokens[j as usize].start..tokens[j as usize].end];
        let mut chars = original.chars();
        match chars.next() {
            Some(c) if c.is_uppercase() && chars.all(|c| !c.is_lowercase()) => 'U',
            Some(c) if c.is_uppercase() => 'C',
            _ => 'l',
        }
    };
    let chars: Vec<char> = w.chars().collect();
    let last = |n: usize| {
        chars[chars.len().saturating_sub(n)..]
            .iter()
            .collect::<String>()
    };
    let first2: String = chars.iter().take(2).collect();
    let gap_before = tokens[..i as usize]
        .last()
        .map_or(&text[..tokens[i as usize].start], |p| {
            &text[p.end..tokens[i as usize].start]
        });
    let gap_after = tokens
        .get(i as usize + 1)
        .map_or(&text[tokens[i as usize].end..], |n| {
            &text[tokens[i as usize].end..n.start]
        });
    let punct_before = gap_before.trim().chars().last().unwrap_or('_');
    let punct_after = gap_after.trim().chars().next().unwrap_or('_');
    let mut features = vec![
        format!("w={w}"),
        format!("bare={bare}"),
        format!("p1={}", at(i - 1)),
        format!("p2={}", at(i - 2)),
        format!("n1={}", at(i + 1)),
        format!("n2={}", at(i + 2)),
        format!("p12={}_{}", at(i - 2), at(i - 1)),
        format!("n12={}_{}", at(i + 1), at(i + 2)),
        format!("pn={}_{}", at(i - 1), at(i + 1)),
        format!("shape={lang}{}", shape(i)),
        format!("shapes={lang}{}{}{}", shape(i - 1), shape(i), shape(i + 1)),
        format!("suf3={}", last(3)),
        format!("suf2={}", last(2)),
        format!("pre2={first2}"),
        format!("listed={lang}{}", listed(i)),
        format!("len={lang}{}", chars.len().min(10)),
        format!("p1listed={lang}{}", listed(i - 1)),
        format!("n1listed={lang}{}", listed(i + 1)),
        format!("first={lang}{}", i == 0),
        format!("bias={lang}"),
        format!("before={punct_before}"),
        format!("after={punct_after}"),
    ];
    // The letters of the word beyond those above, and the word before with its prefix taken
    // off or with this word's case: each only where it says something the features above do
    // not, since a feature said twice counts twice.
    if chars.len() > 4 {
        features.push(format!("suf4={}", last(4)));
    }
    let bare_chars: Vec<char> = bare.chars().collect();
    if bare_chars.len() > 3 {
        features.push(format!(
            "bpre3={}",
            bare_chars[..3].iter().collect::<String>()
        ));
    }
    let p1 = at(i - 1);
    let p1_bare = without_prefix(p1, lang);
    if p1_bare != p1 {
        features.push(format!("p1bare={p1_bare}"));
    }
    if matches!(lang, "en" | "el") {
        features.push(format!("p1shape={p1}{}", shape(i)));
    }
    features
}

/// The language a word's script says, for an utterance of unknown language.
fn script_language(word: &str) -> &'static str {
    match word.chars().next() {
        Some(c) if words::is_arabic(c) => "ar",
        Some(c) if words::is_hebrew(c) => "he",
        Some(c) if words::is_greek(c) => "el",
        _ => "en",
    }
}

/// A folded word without the prefix letters of Arabic ("ال", "و", "ب", "ل", "بال", …) or
/// Hebrew ("ל", "ב", "ה", "ו", "מ", "ש", "כ") that a name takes in a sentence ("لأحمد",
/// "לדני"); the word itself where none is there or too little would be left.
fn without_prefix<'a>(word: &'a str, lang: &str) -> &'a str {
    let letters = word.chars().count();
    match lang {
        "he" if letters > 3 => word
            .strip_prefix(['ל', 'ב', 'ה', 'ו', 'מ', 'ש', 'כ'])
            .unwrap_or(word),
        "ar" => ["وال", "بال", "لل", "ال", "و", "ب", "ل"]
            .iter()
            .find_map(|p| word.strip_prefix(p).filter(|rest| rest.chars().count() > 2))
            .unwrap_or(word),
        _ => word,
    }
}

impl Tagger {
    /// Name spans over the words no span of `taken` touches, where the model says a name;
    /// words next to each other (or joined by a hyphen or an apostrophe) make one span, a span
    /// only of words that `cues.rs` lists as no name is dropped, and a span next to a name in
    /// `taken` takes it in.
    pub(crate) fn names(
        &self,
        text: &str,
        folded: &str,
        tokens: &[Token],
        language: Option<&str>,
        taken: &[super::Span],
    ) -> Vec<(usize, usize)> {
        let probability: Vec<Option<f64>> = tokens
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let free = !taken.iter().any(|s| s.start < t.end && t.start < s.end);
                (free && scored(folded, t))
                    .then(|| self.probability(&features(text, folded, tokens, i, language)))
            })
            .collect();
        // a word from `threshold` is a name; a word from `join_threshold` is one too when it
        // is joined to a name ("tunde bakare": the surname is less sure than the given name)
        let mut name: Vec<bool> = probability
            .iter()
            .map(|p| p.is_some_and(|p| p >= self.threshold))
            .collect();
        let in_taken = |t: &Token| {
            taken
                .iter()
                .any(|s| s.kind == super::Kind::Name && s.start <= t.start && t.end <= s.end)
        };
        let mut grew = true;
        while grew {
            grew = false;
            for j in 0..tokens.len() {
                if name[j] || !probability[j].is_some_and(|p| p >= self.join_threshold) {
                    continue;
                }
                let beside = |k: usize| {
                    let (a, b) = (&tokens[j.min(k)], &tokens[j.max(k)]);
                    (name[k] || in_taken(&tokens[k])) && joined(&text[a.end..b.start])
                };
                if (j > 0 && beside(j - 1)) || (j + 1 < tokens.len() && beside(j + 1)) {
                    name[j] = true;
                    grew = true;
                }
            }
        }
        let mut out: Vec<(usize, usize)> = Vec::new();
        for (t, _) in tokens.iter().zip(&name).filter(|(_, &is)| is) {
            match out.last_mut() {
                Some(last) if joined(&text[last.1..t.start]) => last.1 = t.end,
                _ => out.push((t.start, t.end)),
            }
        }
        // a span only of words the rules know are no name ("أنا أم لثلاثة", "I'm a mother of
        // three": "أم" opens a kunya only before a name) is dropped
        // and so is a name alone that is an everyday word too ("أنا سعيد", "I'm happy"; "سعيد"
        // is also Saeed), unless it is joined to a name the rules found ("محمد سعيد")
        out.retain(|&(start, end)| {
            let inside: Vec<&Token> = tokens
                .iter()
                .filter(|t| start <= t.start && t.end <= end)
                .collect();
            let beside_taken = taken.iter().any(|s| {
                s.kind == super::Kind::Name
                    && ((s.end <= start && joined(&text[s.end..start]))
                        || (end <= s.start && joined(&text[end..s.start])))
            });
            inside
                .iter()
                .any(|t| !cues::not_name(&text[t.start..t.end]))
                && (beside_taken
                    || !inside
                        .iter()
                        .all(|t| cues::is_name_also_word(&folded[t.start..t.end])))
        });
        for span in &mut out {
            for s in taken.iter().filter(|s| s.kind == super::Kind::Name) {
                if s.end <= span.0 && joined(&text[s.end..span.0]) {
                    span.0 = s.start;
                } else if span.1 <= s.start && joined(&text[span.1..s.start]) {
                    span.1 = s.end;
                }
            }
        }
        out
    }
}

/// Whether the text between two words keeps them one name: a space, a hyphen, an apostrophe.
fn joined(between: &str) -> bool {
    between.len() <= 2 && between.chars().all(|c| matches!(c, ' ' | '-' | '\'' | '’'))
}

/// Every scored word of `text` with its features, for training (`name_features`).
pub(crate) fn all_features(
    text: &str,
    language: Option<&str>,
) -> Vec<(std::ops::Range<usize>, Vec<String>)> {
    let folded = words::fold(text);
    let tokens = words::tokens(text);
    (0..tokens.len())
        .filter(|&i| scored(&folded, &tokens[i]))
        .map(|i| {
            let t = tokens[i];
            (
                t.start..t.end,
                features(text, &folded, &tokens, i, language),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::{find, Kind, Span};
    use super::*;

    fn names_of(tagger: &Tagger, text: &str, taken: &[Span]) -> Vec<String> {
        let folded = words::fold(text);
        let tokens = words::tokens(text);
        let found = tagger.names(text, &folded, &tokens, Some("en"), taken);
        found.iter().map(|&(s, e)| text[s..e].to_string()).collect()
    }

    #[test]
    fn a_model_file_needs_its_threshold_and_numbers() {
        assert!(Tagger::parse("w=anna\t2.5\n").is_err());
        assert!(Tagger::parse("threshold\t0.7\nw=anna\tlots\n").is_err());
        assert!(Tagger::parse("threshold\t0.7\nw=anna\n").is_err());
        let t = Tagger::parse("# a comment\nthreshold\t0.7\nw=anna\t2.5\n").unwrap();
        assert_eq!(t.threshold, 0.7);
        assert_eq!(t.weights.len(), 1);
        assert!(Tagger::parse(include_str!("name_tagger.tsv")).is_ok());
    }

    #[test]
    fn words_next_to_each_other_make_one_name_and_join_a_name_found() {
        // a toy model: "ada" and "lovelace" are names, nothing else is
        let toy = Tagger::parse("threshold\t0.5\nbias=en\t-4\nw=ada\t8\nw=lovelace\t8\n").unwrap();
        assert_eq!(
            names_of(&toy, "Thanks Ada Lovelace, bye.", &[]),
            ["Ada Lovelace"]
        );
        assert_eq!(
            names_of(&toy, "Ada, then Lovelace.", &[]),
            ["Ada", "Lovelace"]
        );
        // a word some rule took is not scored again; a name next to it joins it
        let text = "I'm Augusta Ada Lovelace.";
        let augusta = Span {
            kind: Kind::Name,
            start: 4,
            end: 11,
        };
        assert_eq!(names_of(&toy, text, &[augusta]), ["Augusta Ada Lovelace"]);
        let card = Span {
            kind: Kind::Card,
            start: 12,
            end: 15,
        };
        assert_eq!(names_of(&toy, text, &[card]), ["Lovelace"]);
        // words with a digit, and single letters, are never names
        assert!(names_of(&toy, "ada2 a", &[]).is_empty());
    }

    #[test]
    fn a_less_sure_word_joined_to_a_name_is_taken_into_it() {
        // "byron" alone is below the threshold (0.5) and above the join threshold (0.2)
        let toy = "threshold\t0.7\njoin_threshold\t0.2\nbias=en\t-4\nw=ada\t8\nw=byron\t4\n";
        let toy = Tagger::parse(toy).unwrap();
        assert_eq!(names_of(&toy, "Thanks Ada Byron, bye.", &[]), ["Ada Byron"]);
        assert_eq!(names_of(&toy, "Byron Ada", &[]), ["Byron Ada"]);
        // not on its own, nor across a comma
        assert!(names_of(&toy, "Lord Byron wrote.", &[]).is_empty());
        assert_eq!(names_of(&toy, "Ada, Byron.", &[]), ["Ada"]);
        // beside a name the rules found
        let ada = Span {
            kind: Kind::Name,
            start: 4,
            end: 7,
        };
        assert_eq!(names_of(&toy, "I'm Ada Byron.", &[ada]), ["Ada Byron"]);
        // a file without the line joins only at the threshold
        let strict = Tagger::parse("threshold\t0.7\nbias=en\t-4\nw=ada\t8\nw=byron\t4\n");
        assert_eq!(
            names_of(&strict.unwrap(), "Thanks Ada Byron.", &[]),
            ["Ada"]
        );
    }

    /// The bundled model on lines written for this test (in no set it was trained on): a
    /// nickname or a surname said beside a name the rules found, which no cue introduces.
    #[test]
    fn the_bundled_model_hears_names_no_cue_introduces() {
        let cases = [
            (
                "en",
                "Yes, I'm Anh, A-N-H, Tran, and I need a new card.",
                "Tran",
            ),
            (
                "el",
                "Καλησπέρα, Παναγιώτης Δήμου από το συνεργείο, ο Τάκης, για το τιμολόγιο.",
                "Τάκης",
            ),
            (
                "he",
                "היי, זה מייק שפירו, כלומר מיכאל, אני מתקשר לגבי הביטוח.",
                "מיכאל",
            ),
            (
                "ar",
                "مرحبا، أنا وليد النمر، بس الكل بيناديني أبو سامي، عندي محل بالزرقاء",
                "أبو سامي",
            ),
        ];
        for (lang, text, name) in cases {
            let at = text.find(name).unwrap();
            let spans = find(text, Some(lang));
            assert!(
                spans
                    .iter()
                    .any(|s| s.kind == Kind::Name && s.start <= at && at + name.len() <= s.end),
                "{lang}: {name:?} not found in {text:?}: {spans:?}"
            );
        }
    }

    #[test]
    fn the_bundled_model_leaves_lines_without_a_name() {
        let lines = [
            (
                "en",
                "The Samsung Galaxy costs four hundred pounds, delivered on Monday.",
            ),
            (
                "el",
                "Η παραγγελία φεύγει την Τρίτη από την αποθήκη της Θεσσαλονίκης.",
            ),
            ("he", "ההזמנה תגיע ביום שלישי, המחיר שלוש מאות שקל."),
            ("ar", "الطلب بيوصل يوم الثلاثاء، والسعر ثلاثمية ريال."),
        ];
        for (lang, text) in lines {
            let spans = find(text, Some(lang));
            assert!(spans.is_empty(), "{lang}: {text:?}: {spans:?}");
        }
    }
}
