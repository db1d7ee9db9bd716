//! The words of an utterance and a case- and accent-folded copy of its text, so that cue
//! words and number words are matched however they are written while every byte offset
//! still points into the original text.
//!
//! In: the utterance's text. Out: [`fold`]ed text (the same length, byte for byte) and
//! [`Token`]s (runs of letters, digits and combining marks, with their byte ranges).

/// One word of an utterance: bytes `start..end` of the text (and of its folded copy).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
}

/// `text` lower-cased, without Greek accents, with Arabic alef forms, teh marbuta and alef
/// maksura made one letter; each character is replaced only by one of the same UTF-8 length,
/// so offsets into the folded text are offsets into `text`.
pub(crate) fn fold(text: &str) -> String {
    text.chars()
        .map(|c| {
            let f = match c {
                'ά' | 'Ά' => 'α',
                'έ' | 'Έ' => 'ε',
                'ή' | 'Ή' => 'η',
                'ί' | 'Ί' | 'ϊ' | 'ΐ' | 'Ϊ' => 'ι',
                'ό' | 'Ό' => 'ο',
                'ύ' | 'Ύ' | 'ϋ' | 'ΰ' | 'Ϋ' => 'υ',
                'ώ' | 'Ώ' => 'ω',
                'ς' => 'σ',
                'أ' | 'إ' | 'آ' => 'ا',
                'ة' => 'ه',
                'ى' => 'ي',
                _ => {
                    let mut lower = c.to_lowercase();
                    match (lower.next(), lower.next()) {
                        (Some(l), None) => l,
                        _ => c,
                    }
                }
            };
            if f.len_utf8() == c.len_utf8() {
                f
            } else {
                c
            }
        })
        .collect()
}

/// Whether the folded word `folded` is one of `words`, which are written as people write
/// them ("συγγνώμη", "شرطة") and folded here, as the text was.
pub(crate) fn is_one_of(words: &[&str], folded: &str) -> bool {
    words.iter().any(|w| fold(w) == folded)
}

/// Whether `c` is an Arabic letter (U+0621–U+064A, the letters without their marks).
pub(crate) fn is_arabic(c: char) -> bool {
    ('\u{621}'..='\u{64a}').contains(&c)
}

/// Whether `c` is a Hebrew letter (א–ת, U+05D0–U+05EA).
pub(crate) fn is_hebrew(c: char) -> bool {
    ('\u{5d0}'..='\u{5ea}').contains(&c)
}

/// Whether `c` is a letter or mark of the Greek block (U+0370–U+03FF).
pub(crate) fn is_greek(c: char) -> bool {
    ('\u{370}'..='\u{3ff}').contains(&c)
}

/// Whether `text` was written without any capital: by a recogniser that writes none, or in
/// a script that has none; names cannot then be told by their case.
pub(crate) fn written_without_case(text: &str) -> bool {
    !text.chars().any(char::is_uppercase)
}

/// Whether `c` belongs to a word: letters, digits of any script, and the combining marks of
/// Arabic and Hebrew (vowel points), which would otherwise split a word.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

/// The words of `text`, in order. A geresh inside a Hebrew word belongs to it (ג׳ is "j", צ׳
/// "ch"): "ג'ייסון" and "ברקוביץ'" are one word each, however the geresh is typed. A letter
/// said alone with its geresh ("ק'", "כניסה ב'", "ח׳ ל׳ ב׳") stays a letter.
pub(crate) fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start = None;
    let mut chars = text.char_indices().peekable();
    let mut previous = ' ';
    while let Some((i, c)) = chars.next() {
        // inside the word (a letter after it), or ending a word of two letters or more
        let geresh = ['\'', '׳', '’'].contains(&c)
            && is_hebrew(previous)
            && (chars.peek().is_some_and(|&(_, n)| is_hebrew(n))
                || start.is_some_and(|s| text[s..i].chars().nth(1).is_some()));
        previous = c;
        if geresh {
            continue;
        }
        match (is_word_char(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(Token { start: s, end: i });
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Token {
            start: s,
            end: text.len(),
        });
    }
    out
}

/// Whether `c` is a vowel point or other combining mark of Arabic or Hebrew, or the Arabic
/// tatweel (a stretch of the line, "لـ"): none changes which word is written.
pub(crate) fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0591..=0x05BD | 0x05BF | 0x05C1..=0x05C2 | 0x05C4..=0x05C5 | 0x05C7)
        || matches!(c as u32, 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x0640)
}

/// `word` without marks ([`is_mark`]): "وُلِدْتُ" reads as "ولدت".
pub(crate) fn bare(word: &str) -> std::borrow::Cow<'_, str> {
    if word.chars().any(is_mark) {
        word.chars()
            .filter(|&c| !is_mark(c))
            .collect::<String>()
            .into()
    } else {
        word.into()
    }
}

/// Letters spelled out one by one ("K-O-W-A-L-S-K-I", "L U T Z", "N, O, W, A, K", Hebrew's "ח׳ ל׳ ב׳ י׳"
/// with the geresh of a letter's name): runs of three or more one-letter words with one
/// separator throughout, each starting a word (not the "s" of "that's"). Returns the runs
/// as ranges of indices into `words`.
pub(crate) fn spelled_runs(
    text: &str,
    folded: &str,
    words: &[Token],
) -> Vec<std::ops::Range<usize>> {
    // "… y k i'm": a letter before an apostrophe is a contraction's, not the spelling's
    let contraction = |j: usize| {
        words
            .get(j + 1)
            .is_some_and(|n| matches!(&text[words[j].end..n.start], "'" | "’"))
    };
    let single = |t: &Token| folded[t.start..t.end].chars().count() == 1;
    let gap = |j: usize| text[words[j - 1].end..words[j].start].trim_start_matches(['׳', '\'']);
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let starts = i == 0 || gap(i).contains(char::is_whitespace);
        let mut j = i;
        while starts
            && j < words.len()
            && single(&words[j])
            && !contraction(j)
            && (j == i
                || (matches!(gap(j), "-" | " " | ", ") && (j == i + 1 || gap(j) == gap(i + 1))))
        {
            j += 1;
        }
        if j - i >= 3 {
            out.push(i..j);
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// The letters a spelled run (from [`spelled_runs`]) spells, joined ("kowalski").
pub(crate) fn spelled_letters(
    folded: &str,
    words: &[Token],
    run: std::ops::Range<usize>,
) -> String {
    words[run].iter().map(|t| &folded[t.start..t.end]).collect()
}

/// `word` with its letters' accents taken off ("siobhán" → "siobhan"), as a name is spelled
/// out letter by letter.
pub(crate) fn unaccented(word: &str) -> String {
    use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
    word.nfd().filter(|&c| !is_combining_mark(c)).collect()
}

/// The value of a digit of any script served (ASCII, Arabic-Indic, Eastern Arabic-Indic).
pub(crate) fn digit_value(c: char) -> Option<u8> {
    match c {
        '0'..='9' => Some(c as u8 - b'0'),
        '\u{0660}'..='\u{0669}' => Some((c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => Some((c as u32 - 0x06F0) as u8),
        _ => None,
    }
}

/// `word` as ASCII digits when every character of it is a digit.
pub(crate) fn ascii_digits(word: &str) -> Option<String> {
    word.chars()
        .map(|c| digit_value(c).map(|d| char::from(b'0' + d)))
        .collect::<Option<String>>()
        .filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_geresh_inside_a_hebrew_word_is_part_of_it_and_a_letter_s_stays_apart() {
        let text = "זה ג'וש ברקוביץ', כניסה ב', ח׳ ל׳";
        let words: Vec<&str> = tokens(text).iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(words, ["זה", "ג'וש", "ברקוביץ'", "כניסה", "ב", "ח", "ל"]);
        let text = "O'Brien";
        assert_eq!(tokens(text).len(), 2);
    }

    #[test]
    fn folding_keeps_every_offset() {
        for text in [
            "Ημερομηνία ΓΈΝΝΗΣΗΣ",
            "تاريخ الميلاد إقامة",
            "תאריך לידה",
            "I’M DANA",
        ] {
            assert_eq!(fold(text).len(), text.len(), "{text}");
        }
        assert_eq!(fold("Ημερομηνία Γέννησης"), "ημερομηνια γεννησησ");
        assert_eq!(fold("الإقامة"), "الاقامه");
    }

    #[test]
    fn words_keep_arabic_vowel_marks_and_split_on_dashes() {
        let text = "مُحَمَّد 050-123";
        let words: Vec<&str> = tokens(text).iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(words, ["مُحَمَّد", "050", "123"]);
        assert_eq!(ascii_digits("٤١١١"), Some("4111".into()));
        assert_eq!(ascii_digits("۰۵"), Some("05".into()));
        assert_eq!(ascii_digits("12a"), None);
        assert_eq!(bare("وُلِدْتُ"), "ولدت");
        assert_eq!(bare("لـ"), "ل");
    }
}
