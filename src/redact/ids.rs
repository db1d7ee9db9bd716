//! ID numbers that begin with letters, after an ID cue: a Greek identity card ("ΑΚ 592031",
//! "άλφα μι, τετρακόσια δώδεκα, οχτακόσια πενήντα εννιά"), a Moroccan national card
//! ("BK245781"), a passport ("X1234567"). All digits ones are [`super::kinds`]'.
//!
//! In: an utterance's text (and its folded copy and words). Out: byte ranges of IDs.

use super::cues::{cues, Cue};
use super::numbers;
use super::words::{ascii_digits, Token};

/// Greek letter names, as a recogniser writes a letter said aloud (folded: no accents).
const GREEK_LETTERS: &[&str] = &[
    "αλφα",
    "βητα",
    "γαμα",
    "γαμμα",
    "δελτα",
    "εψιλον",
    "ζητα",
    "ητα",
    "θητα",
    "γιωτα",
    "καπα",
    "καππα",
    "λαμδα",
    "λαμβδα",
    "μι",
    "μυ",
    "νι",
    "νυ",
    "ξι",
    "ομικρον",
    "πι",
    "ρο",
    "ρω",
    "σιγμα",
    "ταυ",
    "υψιλον",
    "φι",
    "χι",
    "ψι",
    "ωμεγα",
];

/// How many words may stand between the cue and the ID ("ταυτότητας μου είναι", "ديالي").
const GAP_WORDS: usize = 3;

/// IDs of one or two letters and five to nine digits, after an ID cue.
pub(crate) fn lettered(text: &str, folded: &str, tokens: &[Token]) -> Vec<(usize, usize)> {
    let cue_ends: Vec<usize> = cues(folded)
        .into_iter()
        .filter(|&(_, c)| c == Cue::Id)
        .map(|(end, _)| end)
        .collect();
    if cue_ends.is_empty() {
        return Vec::new();
    }
    let runs = numbers::runs(text, folded, tokens, &[]);
    let mut out = Vec::new();
    for cue_end in cue_ends {
        let first = tokens.iter().position(|t| t.start >= cue_end);
        let Some(first) = first else { continue };
        for t in first..tokens.len().min(first + GAP_WORDS + 1) {
            if let Some(span) = id_at(text, folded, tokens, &runs, t) {
                if !out.contains(&span) {
                    out.push(span);
                }
                break;
            }
        }
    }
    out
}

/// The lettered ID that starts at word `t`, if one does.
fn id_at(
    text: &str,
    folded: &str,
    tokens: &[Token],
    runs: &[numbers::Run],
    t: usize,
) -> Option<(usize, usize)> {
    let word = |i: usize| &text[tokens[i].start..tokens[i].end];
    let digit_count = |w: &str| ascii_digits(w).map_or(0, |d| d.len());
    let letter = |c: char| c.is_alphabetic() && c.is_uppercase();
    // "BK245781": letters and digits in one word
    let w = word(t);
    let split = w.find(|c: char| c.is_ascii_digit());
    if let Some(at) = split.filter(|&at| at > 0) {
        let (head, digits) = w.split_at(at);
        let head_ok = (1..=2).contains(&head.chars().count()) && head.chars().all(letter);
        if head_ok && (5..=9).contains(&digit_count(digits)) {
            return Some((tokens[t].start, tokens[t].end));
        }
    }
    // the letters: one or two capitals ("ΑΚ", "A K"), or one or two Greek letter names
    let said = |i: usize| GREEK_LETTERS.contains(&&folded[tokens[i].start..tokens[i].end]);
    let written = |i: usize| word(i).chars().count() <= 2 && word(i).chars().all(letter);
    let mut k = t;
    let mut letters = 0;
    while k < tokens.len() && letters < 2 && (said(k) || written(k)) {
        letters += word(k).chars().count().min(if said(k) { 1 } else { 2 });
        k += 1;
    }
    if letters == 0 || k >= tokens.len() {
        return None;
    }
    // then the digits, written or said, read as one run starting right after the letters
    let gap = &text[tokens[k - 1].end..tokens[k].start];
    if !gap.chars().all(|c| c.is_whitespace() || ",-،".contains(c)) {
        return None;
    }
    let run = runs.iter().find(|r| r.atoms[0].start == tokens[k].start)?;
    let n = run.atoms.len();
    let count = run.digits(0, n).len();
    (5..=9)
        .contains(&count)
        .then(|| (tokens[t].start, run.atoms[n - 1].end))
}

#[cfg(test)]
mod tests {
    use super::super::words::{fold, tokens};
    use super::*;

    fn ids(text: &str) -> Vec<&str> {
        lettered(text, &fold(text), &tokens(text))
            .iter()
            .map(|&(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn ids_that_begin_with_letters() {
        assert_eq!(ids("αριθμός ταυτότητας ΑΚ 592031"), ["ΑΚ 592031"]);
        assert_eq!(
            ids("Η ταυτότητα είναι άλφα μι, τετρακόσια δώδεκα, οχτακόσια πενήντα εννιά"),
            ["άλφα μι, τετρακόσια δώδεκα, οχτακόσια πενήντα εννιά"]
        );
        assert_eq!(ids("رقم لاكارط ناسيونال ديالي BK245781"), ["BK245781"]);
        assert_eq!(ids("passport number X 4471203"), ["X 4471203"]);
    }

    #[test]
    fn without_an_id_cue_or_with_too_few_digits_nothing() {
        assert!(ids("the flight is BA 2490 at noon").is_empty());
        assert!(ids("ticket AB 123456").is_empty());
        assert!(ids("my ID is in the car, room B 12").is_empty());
    }
}
