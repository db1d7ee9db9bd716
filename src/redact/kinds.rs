//! Which kind a number is: by its length and shape (leading "+" or 0, how it is grouped),
//! its check digit, and the cue word before it ("card", "phone", "ID", "tax", "order", in every
//! language served), or the last cue of the utterance before when the number answers a
//! question ("What's your ID number?" — "123456782").
//!
//! In: a [`Run`] of digits, the cue that governs it, the language. Out: the kind of personal
//! data, or none. A cue for an order, ticket, tracking or claim number keeps a number out
//! unless its check says it is a card; an order number is not personal data here.

use super::checks;
use super::cues::Cue;
use super::numbers::Run;
use super::Kind;

/// Country calling codes of the countries served, and the digits a number has with them.
const COUNTRY_CODES: &[(&str, std::ops::RangeInclusive<usize>)] = &[
    ("972", 11..=12),
    ("966", 12..=12),
    ("971", 11..=12),
    ("962", 12..=12),
    ("20", 12..=12),
    ("30", 12..=12),
    ("44", 12..=12),
    ("1", 11..=11),
    ("357", 11..=11),
];

/// A US social security number by its 3-2-4 groups and its rules, in an English call.
fn ssn_shaped(digits: &str, groups: &[usize], language: Option<&str>) -> bool {
    groups == [3, 2, 4] && checks::ssn(digits) && language.is_none_or(|l| l == "en")
}

/// The kind of the number `digits` (grouped as `sizes`, after "+" when `plus`), under `cue`.
pub(crate) fn kind_of(
    digits: &str,
    sizes: &[usize],
    plus: bool,
    cue: Option<Cue>,
    language: Option<&str>,
) -> Option<Kind> {
    let n = digits.len();
    let lang = |l: &str| language.is_none_or(|x| x == l);
    let card = (13..=19).contains(&n) && checks::luhn(digits);
    // "412-68-3157": a social security number by its shape, whatever was asked before
    if ssn_shaped(digits, sizes, language) {
        return Some(Kind::Id);
    }
    if cue == Some(Cue::Order) {
        return card.then_some(Kind::Card);
    }
    if plus {
        return (8..=15).contains(&n).then_some(Kind::Phone);
    }
    match cue {
        Some(Cue::Card) if (12..=19).contains(&n) => return Some(Kind::Card),
        // "a Visa, 4716 3829…": half a card read in two groups of four, more of it than the
        // first six and last four that may be shown
        Some(Cue::Card) if sizes == [4, 4] => return Some(Kind::Card),
        // up to the 15 digits of an Emirati ID ("784-1987-4737912-5")
        Some(Cue::Id) if (7..=15).contains(&n) => return Some(Kind::Id),
        Some(Cue::Phone) if (7..=15).contains(&n) => return Some(Kind::Phone),
        // a person's tax number has nine digits (a business's VAT number more)
        Some(Cue::Tax) if n == 9 => return Some(Kind::Id),
        _ => {}
    }
    if card {
        return Some(Kind::Card);
    }
    if n == 10 && checks::saudi_id(digits) && (lang("ar") || cue == Some(Cue::Id)) {
        return Some(Kind::Id);
    }
    // "04-8259931", "052-7714096": an area or mobile code of two or three digits, then the
    // line, is a phone number even when the digits pass an ID's check
    if digits.starts_with('0')
        && sizes.len() == 2
        && (2..=3).contains(&sizes[0])
        && (9..=10).contains(&n)
    {
        return Some(Kind::Phone);
    }
    if n == 9 {
        if checks::teudat_zehut(digits) && lang("he") {
            return Some(Kind::Id);
        }
        if checks::afm(digits) && lang("el") {
            return Some(Kind::Id);
        }
    }
    if digits.starts_with("00") && (11..=15).contains(&n) {
        return Some(Kind::Phone);
    }
    if digits.starts_with('0') && !digits.starts_with("00") && (9..=11).contains(&n) {
        return Some(Kind::Phone);
    }
    if COUNTRY_CODES
        .iter()
        .any(|(cc, len)| digits.starts_with(cc) && len.contains(&n) && (*cc != "1" || lang("en")))
        && sizes.len() >= 2
    {
        return Some(Kind::Phone);
    }
    if n == 10 && lang("el") && (digits.starts_with("69") || digits.starts_with('2')) {
        return Some(Kind::Phone);
    }
    // Cyprus's eight digits, a landline's from 2 or a mobile's from 9, said with the area or
    // network's two first ("22 451793", "25 338 416", "99 41 27 60")
    if n == 8 && lang("el") && digits.starts_with(['2', '9']) && sizes.len() >= 2 && sizes[0] == 2 {
        return Some(Kind::Phone);
    }
    if n == 10
        && lang("en")
        && !digits.starts_with(['0', '1'])
        && (sizes == [3, 3, 4] || sizes.len() >= 4)
    {
        return Some(Kind::Phone);
    }
    None
}

/// Whether `digits`, grouped as `sizes`, are an ID by its check whatever the language: an
/// Israeli or Greek ID's nine digits, a Saudi ID's or Iqama's ten, said as IDs are said (at
/// once, in threes or digit by digit; not a phone's 3-3-4).
pub(crate) fn id_by_its_check(digits: &str, sizes: &[usize]) -> bool {
    let said_as_an_id = sizes.len() == 1
        || sizes.iter().all(|&s| s == 1)
        || sizes == [3, 3, 3]
        || sizes == [4, 3, 3];
    said_as_an_id
        && match digits.len() {
            9 => checks::teudat_zehut(digits) || checks::afm(digits),
            10 => checks::saudi_id(digits),
            _ => false,
        }
}

/// The personal numbers in `run`: `(first atom, end atom, kind)`. The whole run is tried
/// first; when it is no kind, the longest stretch of its atoms that is one, then what is
/// left on either side (a card read on after "the one ending…", two numbers said in a row).
pub(crate) fn classify(
    run: &Run,
    cue: Option<Cue>,
    language: Option<&str>,
) -> Vec<(usize, usize, Kind)> {
    let mut out = Vec::new();
    split(run, 0, run.atoms.len(), cue, language, &mut out);
    out.sort_by_key(|&(from, _, _)| from);
    out
}

/// Runs longer than this many atoms (a list read out, a recogniser's loop) are read left to
/// right, longest first at each atom, so the work stays linear in their length.
const LONG_RUN: usize = 60;

fn split(
    run: &Run,
    from: usize,
    to: usize,
    cue: Option<Cue>,
    language: Option<&str>,
    out: &mut Vec<(usize, usize, Kind)>,
) {
    if to - from > LONG_RUN {
        let mut i = from;
        while i < to {
            match (1..=(to - i).min(19))
                .rev()
                .find_map(|len| try_kind(run, i, i + len, cue, language))
            {
                Some(hit) => {
                    out.push(hit);
                    i = hit.1;
                }
                None => i += 1,
            }
        }
        return;
    }
    if from >= to || run.digits(from, to).len() < 7 {
        return;
    }
    // No kind is longer than 19 digits, so no stretch of more than 19 atoms is one.
    for len in (1..=(to - from).min(19)).rev() {
        for i in from..=to - len {
            if let Some(hit) = try_kind(run, i, i + len, cue, language) {
                out.push(hit);
                split(run, from, i, cue, language, out);
                split(run, hit.1, to, cue, language, out);
                return;
            }
        }
    }
}

/// The kind of atoms `i..j` of `run`, if they are one.
fn try_kind(
    run: &Run,
    i: usize,
    j: usize,
    cue: Option<Cue>,
    language: Option<&str>,
) -> Option<(usize, usize, Kind)> {
    let digits = run.digits(i, j);
    if digits.len() < 7 {
        return None;
    }
    // after an order's cue the number read out is the order's: a stretch of it passing the
    // card check is chance (any 16 digits hold ten stretches of 13-16, most likely one passes)
    let whole = (i, j) == (0, run.atoms.len());
    if cue == Some(Cue::Order) && !whole {
        return None;
    }
    // "الكرت أربعة ثلاثة واحد تسعة أربعة صفر صفر سبعة": half a card said digit by digit, the
    // whole of what was read (a stretch of eight in a longer number is not)
    if cue == Some(Cue::Card)
        && whole
        && digits.len() == 8
        && run.sizes(i, j).iter().all(|&s| s == 1)
    {
        return Some((i, j, Kind::Card));
    }
    let plus = run.plus && i == 0;
    // a social security number said in its 3-2-4 groups ("five three one, forty-two,
    // seventy-seven oh eight"), as [`kind_of`] takes it written ("531-42-7708")
    if ssn_shaped(&digits, &run.said_groups(i, j), language) {
        return Some((i, j, Kind::Id));
    }
    kind_of(&digits, &run.sizes(i, j), plus, cue, language).map(|kind| (i, j, kind))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_by_shape_and_check() {
        let k = |d: &str, sizes: &[usize], lang| kind_of(d, sizes, false, None, Some(lang));
        assert_eq!(k("4111111111111111", &[4, 4, 4, 4], "en"), Some(Kind::Card));
        assert_eq!(k("4111111111111112", &[4, 4, 4, 4], "en"), None);
        assert_eq!(k("0501234567", &[3, 7], "he"), Some(Kind::Phone));
        assert_eq!(k("123456782", &[9], "he"), Some(Kind::Id));
        // a landline's area code and line, though the nine digits pass the ID's check
        assert!(checks::teudat_zehut("048259931"));
        assert_eq!(k("048259931", &[2, 7], "he"), Some(Kind::Phone));
        assert_eq!(k("048259931", &[9], "he"), Some(Kind::Id));
        // an ID's check in any language, in an ID's groups, not a phone's
        assert!(id_by_its_check("123456782", &[3, 3, 3]));
        assert!(id_by_its_check("2430518775", &[4, 3, 3]));
        assert!(!id_by_its_check("123456782", &[4, 5]));
        assert!(checks::saudi_id("2125550190"));
        assert!(!id_by_its_check("2125550190", &[3, 3, 4]));
        assert_eq!(k("2125550190", &[3, 3, 4], "en"), Some(Kind::Phone));
        assert_eq!(k("094019245", &[9], "el"), Some(Kind::Id));
        assert_eq!(k("1000000008", &[10], "ar"), Some(Kind::Id));
        assert_eq!(k("123456789", &[3, 2, 4], "en"), Some(Kind::Id));
        assert_eq!(k("6912345678", &[3, 3, 4], "el"), Some(Kind::Phone));
        assert_eq!(k("2125550199", &[3, 3, 4], "en"), Some(Kind::Phone));
        assert_eq!(k("12345678", &[8], "en"), None);
        // Cyprus's landlines and mobiles by their two first digits, not any eight digits
        assert_eq!(k("22451793", &[2, 6], "el"), Some(Kind::Phone));
        assert_eq!(k("25338416", &[2, 3, 3], "el"), Some(Kind::Phone));
        assert_eq!(k("25338416", &[8], "el"), None);
        // a social security number's shape holds under a claim's cue
        let ssn = kind_of("412683157", &[3, 2, 4], false, Some(Cue::Order), Some("en"));
        assert_eq!(ssn, Some(Kind::Id));
        assert_eq!(
            kind_of("966501234567", &[12], true, None, Some("ar")),
            Some(Kind::Phone)
        );
    }

    #[test]
    fn cues_decide_and_order_numbers_stay() {
        assert_eq!(
            kind_of("12345678", &[8], false, Some(Cue::Id), Some("en")),
            Some(Kind::Id)
        );
        assert_eq!(
            kind_of("0501234567", &[10], false, Some(Cue::Order), Some("he")),
            None
        );
        assert_eq!(
            kind_of(
                "4111111111111111",
                &[16],
                false,
                Some(Cue::Order),
                Some("en")
            ),
            Some(Kind::Card)
        );
    }
}
