//! The tokenizer vocabulary: CTranslate2 stores the byte-level BPE tokens as
//! GPT-2 "byte-to-unicode" strings (`Ġhello` for `b" hello"`); whisper.cpp
//! wants the raw bytes of every token below `<|endoftext|>`.

use std::path::Path;
use std::sync::OnceLock;

use super::ConvertError;

/// The text token that ends the regular (byte-level) vocabulary.
pub const END_OF_TEXT: &str = "<|endoftext|>";

/// GPT-2's `bytes_to_unicode` table: the char that stands for each byte.
pub fn byte_to_unicode() -> [char; 256] {
    let mut table = ['\0'; 256];
    let printable = |b: u32| {
        (u32::from(b'!')..=u32::from(b'~')).contains(&b)
            || (0xA1..=0xAC).contains(&b)
            || (0xAE..=0xFF).contains(&b)
    };
    let mut n = 0;
    for b in 0..256u32 {
        let c = if printable(b) {
            b
        } else {
            n += 1;
            255 + n
        };
        table[b as usize] = char::from_u32(c).expect("valid code point");
    }
    table
}

/// Reverse of [`byte_to_unicode`]: the byte a char stands for, if any.
pub fn unicode_to_byte(c: char) -> Option<u8> {
    static INVERSE: OnceLock<[Option<u8>; 324]> = OnceLock::new();
    let inverse = INVERSE.get_or_init(|| {
        let mut inv = [None; 324];
        for (b, ch) in byte_to_unicode().iter().enumerate() {
            inv[u32::from(*ch) as usize] = Some(b as u8);
        }
        inv
    });
    inverse.get(u32::from(c) as usize).copied().flatten()
}

/// Decode one byte-level BPE token string to its bytes.
pub fn decode_token(token: &str) -> Option<Vec<u8>> {
    token.chars().map(unicode_to_byte).collect()
}

/// Read the token strings, in id order, from a CTranslate2 model directory:
/// `vocabulary.txt` (one per line) or, for newer converters, `vocabulary.json`
/// (a JSON array of strings).
pub fn read_ct2_vocabulary(dir: &Path) -> Result<Vec<String>, ConvertError> {
    let txt = dir.join("vocabulary.txt");
    let json = dir.join("vocabulary.json");
    if txt.exists() {
        let text =
            std::fs::read_to_string(&txt).map_err(|e| ConvertError::io("reading", &txt, e))?;
        // Split on '\n' only: ids can be empty lines (id 50256 of the multilingual
        // vocabulary is the empty string), only the final newline is dropped.
        let mut tokens: Vec<String> = text.split('\n').map(str::to_owned).collect();
        if tokens.last().is_some_and(String::is_empty) {
            tokens.pop();
        }
        Ok(tokens)
    } else if json.exists() {
        let text =
            std::fs::read_to_string(&json).map_err(|e| ConvertError::io("reading", &json, e))?;
        serde_json::from_str(&text).map_err(|e| ConvertError::Vocabulary {
            path: json.clone(),
            detail: format!("expected a JSON array of strings: {e}"),
        })
    } else {
        Err(ConvertError::Vocabulary {
            path: txt,
            detail: "neither vocabulary.txt nor vocabulary.json exists".into(),
        })
    }
}

/// The tokens whisper.cpp stores: the raw bytes of ids `0..id(<|endoftext|>)`.
/// whisper.cpp rebuilds the special tokens itself from `n_vocab`.
pub fn whisper_vocab_bytes(tokens: &[String], path: &Path) -> Result<Vec<Vec<u8>>, ConvertError> {
    let eot = tokens
        .iter()
        .position(|t| t == END_OF_TEXT)
        .ok_or_else(|| ConvertError::Vocabulary {
            path: path.to_owned(),
            detail: format!("no {END_OF_TEXT} token"),
        })?;
    tokens[..eot]
        .iter()
        .enumerate()
        .map(|(id, t)| {
            decode_token(t).ok_or_else(|| ConvertError::Vocabulary {
                path: path.to_owned(),
                detail: format!("token {id} ({t:?}) is not a GPT-2 byte-level string"),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reverses_gpt2_byte_to_unicode() {
        assert_eq!(decode_token("Ġhello").unwrap(), b" hello");
        assert_eq!(decode_token("ĊĠĠ").unwrap(), b"\n  ");
        assert_eq!(decode_token("hello!").unwrap(), b"hello!");
        assert_eq!(decode_token("").unwrap(), b"");
        // "é" in UTF-8 is C3 A9, encoded as "Ã©".
        assert_eq!(decode_token("Ã©").unwrap(), "é".as_bytes());
        assert_eq!(decode_token("Ā").unwrap(), [0u8]);
        assert_eq!(decode_token("ÿ").unwrap(), [0xFFu8]);
        assert_eq!(decode_token("Ń").unwrap(), [0xADu8]); // the last remapped byte
        assert!(decode_token("ń").is_none());
        assert!(decode_token("€").is_none());
        assert!(decode_token(" ").is_none(), "a plain space never appears");
    }

    #[test]
    fn table_is_a_bijection() {
        let t = byte_to_unicode();
        for b in 0..=255u8 {
            assert_eq!(unicode_to_byte(t[b as usize]), Some(b));
        }
        let mut chars = t.to_vec();
        chars.sort();
        chars.dedup();
        assert_eq!(chars.len(), 256);
    }

    #[test]
    fn vocab_stops_at_end_of_text_and_keeps_empty_tokens() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("vocabulary.txt"),
            "!\nĠa\n\n<|endoftext|>\n<|x|>\n",
        )
        .unwrap();
        let toks = read_ct2_vocabulary(dir.path()).unwrap();
        assert_eq!(toks, ["!", "Ġa", "", "<|endoftext|>", "<|x|>"]);
        let bytes = whisper_vocab_bytes(&toks, dir.path()).unwrap();
        assert_eq!(bytes, vec![b"!".to_vec(), b" a".to_vec(), vec![]]);
        let err = whisper_vocab_bytes(&toks[..2], dir.path()).unwrap_err();
        assert!(err.to_string().contains("<|endoftext|>"), "{err}");
    }
}
