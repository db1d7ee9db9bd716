//! Check digits: whether a string of ASCII digits can be the number it looks like.
//!
//! In: digits (and, for IBANs, letters), as read from the words. Out: valid or not. Each
//! function follows the issuer's published rule; none of them looks at context.

/// Luhn (payment cards, Saudi national ID and Iqama).
pub fn luhn(digits: &str) -> bool {
    if digits.len() < 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let sum: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 1 {
                let d = d * 2;
                if d > 9 {
                    d - 9
                } else {
                    d
                }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// The length of an IBAN of `country` (ISO 3166 alpha-2): the IBAN registry's countries,
/// and Algeria, Iran and Morocco, whose banks give IBANs of a fixed length too. Others may
/// have any length from 15 to 34.
pub fn iban_length(country: &str) -> Option<usize> {
    Some(match country {
        "AD" => 24,
        "AE" => 23,
        "AL" => 28,
        "AT" => 20,
        "AZ" => 28,
        "BA" => 20,
        "BE" => 16,
        "BG" => 22,
        "BH" => 22,
        "BI" => 27,
        "BR" => 29,
        "BY" => 28,
        "CH" => 21,
        "CR" => 22,
        "CY" => 28,
        "CZ" => 24,
        "DE" => 22,
        "DJ" => 27,
        "DK" => 18,
        "DO" => 28,
        "DZ" => 26,
        "EE" => 20,
        "EG" => 29,
        "ES" => 24,
        "FI" => 18,
        "FK" => 18,
        "FO" => 18,
        "FR" => 27,
        "GB" => 22,
        "GE" => 22,
        "GI" => 23,
        "GL" => 18,
        "GR" => 27,
        "GT" => 28,
        "HR" => 21,
        "HU" => 28,
        "IE" => 22,
        "IL" => 23,
        "IQ" => 23,
        "IR" => 26,
        "IS" => 26,
        "IT" => 27,
        "JO" => 30,
        "KW" => 30,
        "KZ" => 20,
        "LB" => 28,
        "LC" => 32,
        "LI" => 21,
        "LT" => 20,
        "LU" => 20,
        "LV" => 21,
        "LY" => 25,
        "MA" => 28,
        "MC" => 27,
        "MD" => 24,
        "ME" => 22,
        "MK" => 19,
        "MN" => 20,
        "MR" => 27,
        "MT" => 31,
        "MU" => 30,
        "NI" => 28,
        "NL" => 18,
        "NO" => 15,
        "OM" => 23,
        "PK" => 24,
        "PL" => 28,
        "PS" => 29,
        "PT" => 25,
        "QA" => 29,
        "RO" => 24,
        "RS" => 22,
        "RU" => 33,
        "SA" => 24,
        "SC" => 31,
        "SD" => 18,
        "SE" => 24,
        "SI" => 19,
        "SK" => 24,
        "SM" => 27,
        "SO" => 23,
        "ST" => 25,
        "SV" => 28,
        "TL" => 23,
        "TN" => 24,
        "TR" => 26,
        "UA" => 29,
        "VA" => 22,
        "VG" => 24,
        "XK" => 20,
        "YE" => 30,
        _ => return None,
    })
}

/// An IBAN (`GB82WEST12345698765432`, no spaces): two letters, two check digits, then
/// letters and digits; the country's length where known, and mod 97 of the rearranged
/// number equal to 1.
pub fn iban(code: &str) -> bool {
    let b = code.as_bytes();
    if b.len() < 15 || b.len() > 34 {
        return false;
    }
    let shape = b[0].is_ascii_uppercase()
        && b[1].is_ascii_uppercase()
        && b[2].is_ascii_digit()
        && b[3].is_ascii_digit()
        && b[4..]
            .iter()
            .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase());
    if !shape {
        return false;
    }
    if iban_length(&code[..2]).is_some_and(|n| n != b.len()) {
        return false;
    }
    let mut rem = 0u32;
    for &c in b[4..].iter().chain(&b[..4]) {
        if c.is_ascii_digit() {
            rem = (rem * 10 + u32::from(c - b'0')) % 97;
        } else {
            rem = (rem * 100 + u32::from(c - b'A' + 10)) % 97;
        }
    }
    rem == 1
}

/// Israeli Teudat Zehut: nine digits (shorter ones padded with zeros on the left), weights
/// 1,2,1,2,… with the digits of each product summed, total a multiple of 10.
pub fn teudat_zehut(digits: &str) -> bool {
    if digits.is_empty() || digits.len() > 9 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let padded = format!("{digits:0>9}");
    let sum: u32 = padded
        .bytes()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0') * if i % 2 == 0 { 1 } else { 2 };
            if d > 9 {
                d - 9
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10) && padded != "000000000"
}

/// Greek AFM (tax number): nine digits; the first eight weighted by 2^8 … 2^1, the sum mod
/// 11 mod 10 is the ninth.
pub fn afm(digits: &str) -> bool {
    let b = digits.as_bytes();
    if b.len() != 9 || !b.iter().all(u8::is_ascii_digit) || digits == "000000000" {
        return false;
    }
    let sum: u32 = b[..8]
        .iter()
        .enumerate()
        .map(|(i, c)| u32::from(c - b'0') << (8 - i))
        .sum();
    sum % 11 % 10 == u32::from(b[8] - b'0')
}

/// Saudi national ID (starting with 1) or Iqama (starting with 2): ten digits, Luhn.
pub fn saudi_id(digits: &str) -> bool {
    digits.len() == 10 && (digits.starts_with('1') || digits.starts_with('2')) && luhn(digits)
}

/// US Social Security number: nine digits; area not 000, 666 or 900–999, group not 00,
/// serial not 0000 (it has no check digit).
pub fn ssn(digits: &str) -> bool {
    if digits.len() != 9 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let area = &digits[..3];
    area != "000"
        && area != "666"
        && !area.starts_with('9')
        && &digits[3..5] != "00"
        && &digits[5..] != "0000"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_accepts_test_cards_and_refuses_a_changed_digit() {
        for good in [
            "4111111111111111",
            "5555555555554444",
            "378282246310005",
            "79927398713",
        ] {
            assert!(luhn(good), "{good}");
        }
        for bad in [
            "4111111111111112",
            "5555555555554445",
            "79927398710",
            "",
            "4",
        ] {
            assert!(!luhn(bad), "{bad}");
        }
    }

    #[test]
    fn iban_checks_mod_97_and_the_country_length() {
        for good in [
            "GB82WEST12345698765432",
            "DE89370400440532013000",
            "SA0380000000608010167519",
            "IL620108000000099999999",
            "GR1601101250000000012300695",
        ] {
            assert!(iban(good), "{good}");
        }
        assert!(!iban("GB82WEST12345698765433"));
        assert!(!iban("GB82WEST1234569876543")); // one short for GB
        assert!(!iban("gb82WEST12345698765432"));
    }

    #[test]
    fn teudat_zehut_check_digit() {
        assert!(teudat_zehut("000000018"));
        assert!(teudat_zehut("123456782"));
        assert!(teudat_zehut("18")); // padded on the left
        assert!(!teudat_zehut("123456789"));
        assert!(!teudat_zehut("000000000"));
    }

    #[test]
    fn afm_check_digit() {
        assert!(afm("090000045"));
        assert!(afm("094019245"));
        assert!(!afm("094019246"));
        assert!(!afm("000000000"));
        assert!(!afm("12345678"));
    }

    #[test]
    fn saudi_ids_start_with_1_or_2_and_pass_luhn() {
        assert!(saudi_id("1000000008"));
        assert!(saudi_id("2000000006"));
        assert!(!saudi_id("3000000004"));
        assert!(!saudi_id("1000000009"));
    }

    #[test]
    fn ssn_rules() {
        assert!(ssn("123456789"));
        assert!(!ssn("000123456"));
        assert!(!ssn("666123456"));
        assert!(!ssn("912345678"));
        assert!(!ssn("123004567"));
        assert!(!ssn("123450000"));
    }
}
