//! IBANs: written out ("GB82 WEST 1234 5698 7654 32"), or with parts said the way a
//! recogniser writes them ("NL zero nine, INGB, …", "GR εβδομήντα εφτά, 0178 …"); every one
//! passes mod 97 at its country's length.
//!
//! In: an utterance's text (and its folded copy and words). Out: byte ranges of IBANs.

use super::checks;
use super::numbers;
use super::words::{digit_value, is_word_char, Token};

/// IBANs written out: two letters, two check digits, then letters and digits (ASCII or
/// Arabic-Indic) in groups, as long as the country's IBANs are, passing mod 97.
pub(crate) fn written(text: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 3 < chars.len() {
        let c0 = chars[i].1;
        let boundary = i == 0 || !is_word_char(chars[i - 1].1);
        // a recogniser may write it in lower case ("fr06 5260 …"): then the country's length
        // must be known, and mod 97 decides
        if !(boundary && c0.is_ascii_alphabetic() && chars[i + 1].1.is_ascii_alphabetic()) {
            i += 1;
            continue;
        }
        // Collect code characters, one space or dash allowed between groups.
        let mut code = String::new();
        let mut ends = Vec::new();
        let mut j = i;
        while j < chars.len() && code.len() < 34 {
            let c = chars[j].1;
            if let Some(d) = digit_value(c) {
                code.push(char::from(b'0' + d));
            } else if c.is_ascii_alphabetic() {
                code.push(c.to_ascii_uppercase());
            } else if (c == ' ' || c == '-')
                && j + 1 < chars.len()
                && (chars[j + 1].1.is_ascii_alphabetic() || digit_value(chars[j + 1].1).is_some())
                && code.len() >= 2
            {
                j += 1;
                continue;
            } else {
                break;
            }
            ends.push(chars[j].0 + c.len_utf8());
            j += 1;
        }
        // a country the registry does not list may have any length, when written in capitals
        let lengths: Vec<usize> = match checks::iban_length(&code[..2.min(code.len())]) {
            Some(n) => vec![n],
            None if c0.is_ascii_uppercase() => (15..=34).rev().collect(),
            None => Vec::new(),
        };
        let hit = lengths
            .into_iter()
            .find(|&n| n <= code.len() && checks::iban(&code[..n]));
        if let Some(n) = hit {
            out.push((chars[i].0, ends[n - 1]));
            while i < chars.len() && chars[i].0 < ends[n - 1] {
                i += 1;
            }
        } else {
            i += 1;
        }
    }
    out
}

/// IBANs with parts said: a country code in capitals, then groups of capitals, written
/// digits and number words, read together until the country's length, passing mod 97.
pub(crate) fn spoken(text: &str, folded: &str, tokens: &[Token]) -> Vec<(usize, usize)> {
    let runs = numbers::runs(text, folded, tokens, &[]);
    let atoms: Vec<&numbers::Atom> = runs.iter().flat_map(|r| &r.atoms).collect();
    let capitals =
        |w: &str| !w.is_empty() && w.len() <= 4 && w.chars().all(|c| c.is_ascii_uppercase());
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        // the country's two letters, written together or spelled ("G B")
        let mut country = text[t.start..t.end].to_string();
        let mut k = i + 1;
        if country.len() == 1 && capitals(&country) {
            if let Some(next) = tokens.get(i + 1).filter(|n| text[t.end..n.start] == *" ") {
                country.push_str(&text[next.start..next.end]);
                k += 1;
            }
        }
        let Some(length) = capitals(&country)
            .then(|| checks::iban_length(&country))
            .flatten()
        else {
            continue;
        };
        let mut code = country.clone();
        let mut end = tokens[k - 1].end;
        while k < tokens.len() && code.len() < length {
            let w = &tokens[k];
            let gap = &text[end..w.start];
            if !gap.chars().all(|c| c.is_whitespace() || ",،-".contains(c)) {
                break;
            }
            if capitals(&text[w.start..w.end]) {
                code.push_str(&text[w.start..w.end]);
                end = w.end;
                k += 1;
            } else if let Some(a) = atoms.iter().find(|a| a.start == w.start) {
                code.push_str(&a.digits);
                end = a.end;
                while k < tokens.len() && tokens[k].start < a.end {
                    k += 1;
                }
            } else {
                break;
            }
        }
        if code.len() == length && checks::iban(&code) {
            out.push((t.start, end));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::words::{fold, tokens};
    use super::*;

    fn said(text: &str) -> Vec<&str> {
        spoken(text, &fold(text), &tokens(text))
            .iter()
            .map(|&(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn ibans_with_parts_said() {
        assert_eq!(
            said("it's GB eighty two, WEST, one two three four, 5698 7654 32 thanks"),
            ["GB eighty two, WEST, one two three four, 5698 7654 32"]
        );
        assert_eq!(
            said("IBAN GR δεκαέξι 0110 1250 0000 0001 2300 695"),
            ["GR δεκαέξι 0110 1250 0000 0001 2300 695"]
        );
        assert_eq!(
            said("G B, eighty two, W E S T, 1234 5698 7654 32"),
            ["G B, eighty two, W E S T, 1234 5698 7654 32"]
        );
        // the check fails: not an IBAN
        assert!(said("GB eighty three WEST 1234 5698 7654 32").is_empty());
    }
}
