//! IBANs: written out ("GB82 WEST 1234 5698 7654 32"), or with parts said the way a
//! recogniser writes them ("NL zero nine, INGB, …", "GR εβδομήντα εφτά, 0178 …"); every one
//! passes mod 97 at its country's length.
//!
//! In: an utterance's text (and its folded copy and words). Out: byte ranges of IBANs.

use super::checks;
use super::cues::HESITATIONS;
use super::numbers;
use super::words::{digit_value, fold, is_one_of, is_word_char, Token};

/// IBANs written out: two letters, two check digits, then letters and digits (ASCII or
/// Arabic-Indic) in groups, as long as the country's IBANs are, passing mod 97.
pub(crate) fn written(text: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 3 < chars.len() {
        let c0 = chars[i].1;
        // "תעבירו לIL44 0200 …": a Hebrew or Arabic prefix letter joined to the code
        let prefixed = i > 0
            && super::cues::PREFIX_LETTERS.contains(&chars[i - 1].1)
            && (i == 1 || !is_word_char(chars[i - 2].1));
        let boundary = i == 0 || !is_word_char(chars[i - 1].1) || prefixed;
        // a recogniser may write it in lower case ("fr06 5260 …"): then the country's length
        // must be known, and mod 97 decides
        // the country's letters may be spelled apart in capitals ("J O 9 4 CBJO …")
        let spelled = c0.is_ascii_uppercase()
            && chars[i + 1].1 == ' '
            && chars[i + 2].1.is_ascii_uppercase()
            && !chars.get(i + 3).is_some_and(|&(_, c)| c.is_alphabetic());
        if !(boundary
            && c0.is_ascii_alphabetic()
            && (chars[i + 1].1.is_ascii_alphabetic() || spelled))
        {
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
            } else if c.is_ascii_alphabetic() && !(c0.is_ascii_uppercase() && c.is_lowercase()) {
                // written in capitals, its letters are all capitals ("WC 24 118 907 6 and an
                // adjuster": the words after a claim number are not its letters)
                code.push(c.to_ascii_uppercase());
            } else if (c == ' ' || c == '-')
                && j + 1 < chars.len()
                && (chars[j + 1].1.is_ascii_alphabetic() || digit_value(chars[j + 1].1).is_some())
                && (code.len() >= 2 || spelled)
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
        // it ends where a word ends
        let ends_word = |n: usize| {
            let end = ends[n - 1];
            !text[end..].starts_with(|c: char| is_word_char(c))
        };
        let hit = lengths
            .into_iter()
            .find(|&n| n <= code.len() && ends_word(n) && checks::iban(&code[..n]));
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

/// English letters as said in Arabic, Hebrew and Greek, as a recogniser writes them (folded),
/// with the letters each may be ("איי" is A or I; "اي" A as in "اي تي ام", E or I): enough for
/// the countries' codes.
const LETTER_NAMES: &[(&str, &str)] = &[
    ("ايه", "A"),
    ("اي", "AEI"),
    ("سي", "C"),
    ("تي", "T"),
    ("ام", "M"),
    ("زد", "Z"),
    ("بي", "B"),
    ("دي", "D"),
    ("اف", "F"),
    ("جي", "G"),
    ("اتش", "H"),
    ("كي", "K"),
    ("ال", "L"),
    ("ان", "N"),
    ("او", "O"),
    ("كيو", "Q"),
    ("ار", "R"),
    ("اس", "S"),
    ("دبليو", "W"),
    ("איי", "AI"),
    ("בי", "B"),
    ("די", "D"),
    ("אי", "E"),
    ("אף", "F"),
    ("גי", "G"),
    ("אל", "L"),
    ("אן", "N"),
    ("או", "O"),
    ("אר", "R"),
    ("אס", "S"),
    ("αρ", "R"),
    ("ελ", "L"),
    ("τζι", "G"),
    ("αι", "I"),
    ("ει", "A"),
    ("μπι", "B"),
    ("ντι", "D"),
    ("ι", "E"),
    ("εφ", "F"),
    ("ες", "S"),
    ("εν", "N"),
    ("ταυ", "T"),
];

/// The letters word `t` may stand for: itself in capitals when it is one to four Latin
/// letters ("GB", "nl", "rabo"), or a letter's name ("جي", "אר", "τζι").
fn letters_of(text: &str, folded: &str, t: &Token) -> Vec<String> {
    let word = &text[t.start..t.end];
    if !word.is_empty() && word.len() <= 4 && word.chars().all(|c| c.is_ascii_alphabetic()) {
        return vec![word.to_ascii_uppercase()];
    }
    let f = &folded[t.start..t.end];
    LETTER_NAMES
        .iter()
        .find(|(name, _)| fold(name) == f)
        .map(|(_, ls)| ls.chars().map(String::from).collect())
        .unwrap_or_default()
}

/// IBANs with parts said: a country code (its two letters written, or spelled, or their names
/// said: "G B", "n l", "اس ايه", "τζι αρ"), then groups of letters, written digits and number
/// words, read together until the country's length, passing mod 97.
pub(crate) fn spoken(text: &str, folded: &str, tokens: &[Token]) -> Vec<(usize, usize)> {
    let runs = numbers::runs(text, folded, tokens, &[]);
    let atoms: Vec<&numbers::Atom> = runs.iter().flat_map(|r| &r.atoms).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let first = letters_of(text, folded, &tokens[i]);
        // the country's two letters, in one word or two ("G B", "اس ايه")
        let mut countries: Vec<(String, usize)> = first
            .iter()
            .filter(|c| c.len() == 2)
            .map(|c| (c.clone(), i + 1))
            .collect();
        if let Some(next) = tokens
            .get(i + 1)
            .filter(|n| text[tokens[i].end..n.start].trim().is_empty())
        {
            for a in first.iter().filter(|c| c.len() == 1) {
                for b in letters_of(text, folded, next)
                    .iter()
                    .filter(|c| c.len() == 1)
                {
                    countries.push((format!("{a}{b}"), i + 2));
                }
            }
        }
        // "AE63 صفر ثلاثة …": the country and its check digits written as one word
        let word = &text[tokens[i].start..tokens[i].end];
        let b = word.as_bytes();
        let with_check = b.len() == 4
            && b[..2].iter().all(u8::is_ascii_alphabetic)
            && b[2..].iter().all(u8::is_ascii_digit);
        if with_check {
            countries.push((word.to_ascii_uppercase(), i + 1));
        }
        let found = countries.into_iter().find_map(|(code, k)| {
            let length = checks::iban_length(&code[..2])?;
            read_on(text, folded, tokens, &atoms, code, k, length)
        });
        match found {
            Some(end) => {
                out.push((tokens[i].start, end));
                i = tokens
                    .iter()
                    .position(|t| t.start >= end)
                    .unwrap_or(tokens.len());
            }
            None => i += 1,
        }
    }
    out
}

/// Words that go on with an IBAN read in parts ("…, then 0000 0003 …").
const GOING_ON: &[&str] = &["then", "and", "ואז", "وبعدين", "بعدين", "μετά", "και"];

/// Reads an IBAN of `country` on from word `k` to `length` characters: the end byte of the
/// last word read, when the code passes mod 97.
fn read_on(
    text: &str,
    folded: &str,
    tokens: &[Token],
    atoms: &[&numbers::Atom],
    mut code: String,
    mut k: usize,
    length: usize,
) -> Option<usize> {
    let mut end = tokens[k - 1].end;
    // the last word read was one letter spelled ("l o y d": the "o" between is a letter)
    let mut spelling = false;
    while k < tokens.len() && code.len() < length {
        let w = &tokens[k];
        let gap = &text[end..w.start];
        // "CY33 0030 0264, um, 0000 0003 …", "CY84 0020 0143... 0000 …", "…, ואז אפס אפס …":
        // the reader pauses, hesitates or says "then" between groups
        if !gap
            .chars()
            .all(|c| c.is_whitespace() || ",،-.…".contains(c))
        {
            break;
        }
        let f = &folded[w.start..w.end];
        if is_one_of(HESITATIONS, f) || is_one_of(GOING_ON, f) {
            end = w.end;
            k += 1;
            continue;
        }
        let word = &text[w.start..w.end];
        let capitals = word.len() <= 4 && word.chars().all(|c| c.is_ascii_uppercase());
        let spelled_o = spelling && word == "o";
        // capitals are letters ("L O Y D": not "O" for zero); said in lower case, a number
        // word comes first ("oh" is zero), but for an "o" spelled among letters
        spelling = word.len() == 1 && word.chars().all(|c| c.is_ascii_alphabetic());
        if capitals || spelled_o {
            code.push_str(&word.to_ascii_uppercase());
            end = w.end;
            k += 1;
        } else if let Some(a) = atoms.iter().find(|a| a.start == w.start) {
            code.push_str(&a.digits);
            end = a.end;
            while k < tokens.len() && tokens[k].start < a.end {
                k += 1;
            }
        } else if let Some(l) = letters_of(text, folded, w).first() {
            code.push_str(l);
            end = w.end;
            k += 1;
        } else {
            break;
        }
    }
    (code.len() == length && checks::iban(&code)).then_some(end)
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
        assert_eq!(
            said("it's G B nine two L O Y D three oh nine six two two one seven four five eight eight six three"),
            ["G B nine two L O Y D three oh nine six two two one seven four five eight eight six three"]
        );
        // an "o" spelled among letters is the letter, not "oh" for zero
        assert_eq!(
            said("it's g b nine oh l o y d three oh nine six one two three four five six seven eight nine oh"),
            ["g b nine oh l o y d three oh nine six one two three four five six seven eight nine oh"]
        );
        // in lower case, or the letters' names said in Arabic, Greek and Hebrew
        assert_eq!(
            said("the dutch one is n l nine one abna oh four one seven one six four three oh oh"),
            ["n l nine one abna oh four one seven one six four three oh oh"]
        );
        assert_eq!(
            said("الايبان اس ايه صفر ثلاثة ثمانية صفر صفر صفر صفر صفر صفر صفر ستة صفر ثمانية صفر واحد صفر واحد ستة سبعة خمسة واحد تسعة"),
            ["اس ايه صفر ثلاثة ثمانية صفر صفر صفر صفر صفر صفر صفر ستة صفر ثمانية صفر واحد صفر واحد ستة سبعة خمسة واحد تسعة"]
        );
        // "اي" is A as well ("اي تي ام"): the Emirates' "AE" said "اي اي"
        assert_eq!(
            said("حسابي اي اي صفر سبعة صفر ثلاثة ثلاثة واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة صفر واحد اثنين ثلاثة أربعة خمسة ستة لو سمحت"),
            ["اي اي صفر سبعة صفر ثلاثة ثلاثة واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة صفر واحد اثنين ثلاثة أربعة خمسة ستة"]
        );
        assert_eq!(
            said("τζι αρ δεκαέξι 0110 1250 0000 0001 2300 695"),
            ["τζι αρ δεκαέξι 0110 1250 0000 0001 2300 695"]
        );
        assert_eq!(
            said("איי אל שישים ושתיים 0108 0000 0009 9999 999"),
            ["איי אל שישים ושתיים 0108 0000 0009 9999 999"]
        );
        // read in parts, with a pause, a hesitation or "then" between them
        assert_eq!(
            said("my Bank of Cyprus account, CY17 0020 0128, um, 0000 0012 0052 7600."),
            ["CY17 0020 0128, um, 0000 0012 0052 7600"]
        );
        assert_eq!(
            said("στον κυπριακό, CY17 0020 0128... 0000 0012 0052 7600."),
            ["CY17 0020 0128... 0000 0012 0052 7600"]
        );
        assert_eq!(
            said("לבנק, CY17 0020 0128, ואז אפס אפס אפס אפס, 0012 0052 7600"),
            ["CY17 0020 0128, ואז אפס אפס אפס אפס, 0012 0052 7600"]
        );
        // the check fails: not an IBAN
        assert!(said("GB eighty three WEST 1234 5698 7654 32").is_empty());
    }
}
