//! Personal data in the words of a call: where it is and what kind it is, so that it can be
//! kept out of what is stored and shown.
//!
//! In: utterances (one turn's text each, with its language and its speaker), in call order.
//! Out: for each utterance, the byte spans of personal data with their [`Kind`]. Nothing here
//! knows about reports, audio or storage: the pipeline maps the spans to words and times, the
//! CLI (`calltone redact`) writes the text with each span replaced by its tag (`[CARD]`).
//!
//! A span is found by what it is *and* how it reads: numbers however they are written (digits
//! grouped with spaces, dashes or dots, Arabic-Indic digits, digits spoken as words in every
//! language served), checked where the kind has a check (Luhn for cards, mod 97 for IBANs,
//! the national IDs' check digits), and names and addresses where a cue introduces them
//! ("my name is", "اسمي", "שמי", "με λένε"), including a name the other party repeats back
//! later in the call. Numbers that are not personal (prices, quantities, durations, times of
//! day, order counts) stay.

use serde::{Deserialize, Serialize};

/// What a span of personal data is. Serialised as its tag's name in lower case (`card`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A payment card number (Luhn-valid).
    Card,
    /// A telephone number, local or international.
    Phone,
    /// An e-mail address.
    Email,
    /// A national ID number (Teudat Zehut, Greek AFM, Saudi national ID / Iqama, US SSN, …).
    Id,
    /// An international bank account number (mod 97).
    Iban,
    /// A person's name, introduced by the speaker or repeated back.
    Name,
    /// A date of birth.
    DateOfBirth,
    /// A street address introduced by a cue.
    Address,
}

impl Kind {
    /// Every kind, in the order the tags are documented.
    pub const ALL: [Kind; 8] = [
        Kind::Card,
        Kind::Phone,
        Kind::Email,
        Kind::Id,
        Kind::Iban,
        Kind::Name,
        Kind::DateOfBirth,
        Kind::Address,
    ];

    /// The name used in reports and the API: `card`, `phone`, …, `date_of_birth`.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Card => "card",
            Kind::Phone => "phone",
            Kind::Email => "email",
            Kind::Id => "id",
            Kind::Iban => "iban",
            Kind::Name => "name",
            Kind::DateOfBirth => "date_of_birth",
            Kind::Address => "address",
        }
    }

    /// What replaces the span in text: `[CARD]`, `[PHONE]`, …, `[DATE_OF_BIRTH]`.
    pub fn tag(self) -> &'static str {
        match self {
            Kind::Card => "[CARD]",
            Kind::Phone => "[PHONE]",
            Kind::Email => "[EMAIL]",
            Kind::Id => "[ID]",
            Kind::Iban => "[IBAN]",
            Kind::Name => "[NAME]",
            Kind::DateOfBirth => "[DATE_OF_BIRTH]",
            Kind::Address => "[ADDRESS]",
        }
    }
}

/// One span of personal data in an utterance: bytes `start..end` of its text (on `char`
/// boundaries, `start < end`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
}

/// One utterance of a conversation, as the finder reads it.
#[derive(Debug, Clone, Copy)]
pub struct Utterance<'a> {
    pub text: &'a str,
    /// ISO 639-1 code (`en`, `ar`, `he`, `el`, …) when known; cues of every language served are
    /// tried when it is not.
    pub language: Option<&'a str>,
    /// Who said it (any stable number per speaker): a name one speaker gives is found again
    /// when the other repeats it back.
    pub speaker: usize,
}

/// The personal data in each utterance of a conversation, in order: `result[i]` holds the
/// spans of `utterances[i]`, sorted by start, not overlapping.
pub fn find_in_conversation(utterances: &[Utterance<'_>]) -> Vec<Vec<Span>> {
    utterances
        .iter()
        .map(|u| find(u.text, u.language))
        .collect()
}

/// The personal data in one utterance on its own (no name repeated back from elsewhere).
pub fn find(text: &str, language: Option<&str>) -> Vec<Span> {
    let _ = language;
    find_emails(text)
}

/// `text` with each span replaced by its kind's tag. `spans` as [`find`] returns them.
pub fn apply(text: &str, spans: &[Span]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for span in spans {
        out.push_str(&text[at..span.start]);
        out.push_str(span.kind.tag());
        at = span.end;
    }
    out.push_str(&text[at..]);
    out
}

/// E-mail addresses written out (`name@example.com`).
fn find_emails(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let bytes = text.as_bytes();
    let is_local = |c: char| c.is_alphanumeric() || "._%+-".contains(c);
    for (at, _) in text.match_indices('@') {
        let start = text[..at]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_local(c))
            .last()
            .map(|(i, _)| i);
        let end = text[at + 1..]
            .char_indices()
            .take_while(|&(_, c)| c.is_alphanumeric() || c == '.' || c == '-')
            .last()
            .map(|(i, c)| at + 1 + i + c.len_utf8());
        if let (Some(start), Some(mut end)) = (start, end) {
            while end > at + 1 && bytes[end - 1] == b'.' {
                end -= 1;
            }
            if text[at + 1..end].contains('.') {
                spans.push(Span {
                    kind: Kind::Email,
                    start,
                    end,
                });
            }
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_email_address_is_replaced_by_its_tag() {
        let text = "write to dana.k@example.co.il. thanks";
        let spans = find(text, Some("en"));
        assert_eq!(apply(text, &spans), "write to [EMAIL]. thanks");
    }
}
