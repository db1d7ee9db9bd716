//! Street addresses: after a cue ("I live at", "عنواني", "הכתובת שלי", "η διεύθυνσή μου"),
//! as the answer to an address question, or by their shape without a cue: a house number
//! beside a street word ("9 Millbrook Close", "٣٢ شارع بلس", "Λεωφόρος Κηφισίας 230").
//!
//! In: an utterance's text and its folded copy ([`super::words::fold`]). Out: byte ranges of
//! addresses.

use super::cues::{cues, find_phrase, not_name, opens_clause, ANSWER_FILLERS, PREFIX_LETTERS};
use super::numbers::cardinal;
use super::words::{fold, is_one_of, is_word_char, tokens, Token};

/// Phrases that introduce the speaker's address (or where to send something). What follows
/// is an address only when it holds a number or a street word ("I live at home" is not).
const ADDRESS_CUES: &[&str] = &[
    "i live at",
    "i live on",
    "my address is",
    "the address is",
    "address is",
    "address should be",
    "address would be",
    "address will be",
    "send it to",
    "deliver it to",
    "deliver to",
    "deliver them to",
    "deliver that to",
    "deliver the rest to",
    "send them to",
    "send that to",
    "send the rest to",
    "post it to",
    "mail it to",
    "ship it to",
    "ship them to",
    "moved to",
    "عنواني",
    "العنوان",
    // the Gulf's and the Levant's "this address" ("ترسلونها على هالعنوان: …")
    "هالعنوان",
    "عنوان",
    "أسكن في",
    "اسكن في",
    "ساكن في",
    "ساكنة في",
    "ساكن",
    "ساكنة",
    "ساكنين في",
    "ساكنين",
    "كنسكن",
    "نسكن",
    "بيتي في",
    "הכתובת שלי היא",
    "הכתובת שלי",
    "הכתובת היא",
    "הכתובת",
    "כתובת",
    "גר ב",
    "גרה ב",
    "גרים ב",
    "תשלחו ל",
    "לשלוח ל",
    "η διεύθυνσή μου είναι",
    "η διεύθυνση είναι",
    "η διεύθυνσή μου",
    "διεύθυνση",
    "το σπίτι μας είναι στην",
    "το σπίτι μας είναι στο",
    "το σπίτι μου είναι στην",
    "το σπίτι μου είναι στο",
    "μένω στην",
    "μένω στο",
    "μένω στη",
    "μένω σε",
    "μένω",
    "μένουμε στην",
    "μένουμε στο",
    "μένουμε στη",
    "μένουμε",
    "κάθομαι στην",
    "κάθομαι στο",
    "κάθομαι στη",
    "στείλ' το στην",
    "στείλ' το στο",
    "στείλ' το στη",
    "στείλτε το στην",
    "στείλτε το στο",
    "στείλτε το στη",
    // "Στείλτε τες στο σπίτι, …": send them (the things sent, in any gender)
    "στείλτε τα στο",
    "στείλτε τα στην",
    "στείλτε τες στο",
    "στείλτε τες στην",
    "στείλτε τις στο",
    "στείλτε τις στην",
    "στείλτε τον στο",
    "στείλτε την στο",
];

/// Home, where something is sent or brought, said before the address and a comma
/// ([`addresses`]).
const HOME: &[&str] = &["عالبيت", "للبيت", "הביתה", "σπίτι"];

/// Verbs of sending before what is sent and "to" an address ("ship the replacement to …").
const SEND_VERBS: &[&str] = &["send", "ship", "deliver", "post", "mail", "courier"];

/// Words that open what is sent ([`SEND_VERBS`]).
const SENT_DETERMINERS: &[&str] = &[
    "the", "a", "an", "my", "our", "your", "his", "her", "their", "this", "that", "these", "those",
];

/// Whether a folded word opens one of the address cues ("הכתובת", "العنوان", "διεύθυνση").
pub(crate) fn is_address_cue_word(folded_word: &str) -> bool {
    ADDRESS_CUES
        .iter()
        .any(|c| fold(c).split(' ').next() == Some(folded_word))
}

/// Words of a street address besides [`STREET_TYPES`] (abbreviations, building, flat, and the
/// street words of Arabic, Hebrew and Greek); a word matches with a prefix letter joined to it
/// ("بشارع", "ברחוב").
const STREET_WORDS: &[&str] = &[
    "st",
    "rd",
    "ave",
    "blvd",
    "apartment",
    "flat",
    "شارع",
    "ش",
    "زنقة",
    "درب",
    // Oman's lane ("سكة ١٤، بيت رقم ٢١١")
    "سكة",
    "طريق",
    "حي",
    "عمارة",
    "بناية",
    "بناء",
    "فيلا",
    "شقة",
    "רחוב",
    "רח",
    // "Rehov HaNarkis 14", "8 Rechov HaNarkis": the Hebrew street word in Latin letters
    "rehov",
    "rechov",
    "שדרות",
    "שד",
    "דירה",
    "סמטת",
    "οδός",
    "οδό",
    "οδού",
    "λεωφόρος",
    "λεωφόρο",
    "λεωφόρου",
    "πλατεία",
    "διαμέρισμα",
];

/// The [`STREET_WORDS`] of a building or a flat, not of a street or a district ("شارع الحمرا،
/// بناية جنب البنك": a building beside a landmark).
const DWELLINGS: &[&str] = &[
    "apartment",
    "flat",
    "عمارة",
    "بناية",
    "بناء",
    "فيلا",
    "شقة",
    "דירה",
    "διαμέρισμα",
];

/// Abbreviations written with a dot inside an address ("Co. Dublin": County), which is then
/// no sentence's end.
const ADDRESS_ABBREVIATIONS: &[&str] = &["co", "st", "rd", "ave", "apt", "mt", "blvd"];

/// Street words that, capitalised after a house number and a name, make an English address
/// without a cue ("9 Millbrook Close", "twenty seven Queens Drive").
const STREET_TYPES: &[&str] = &[
    "street",
    "road",
    "avenue",
    "lane",
    "drive",
    "close",
    "boulevard",
    "way",
    "court",
    "crescent",
    "terrace",
    "grove",
    "gardens",
    "square",
    "parkway",
    "parade",
    "esplanade",
    "promenade",
    "mews",
    "highway",
    "ln",
    "ct",
    "pl",
    "pkwy",
    "hwy",
];

/// Street types that are everyday words too ("my new place", "the park"): a street's type
/// only capitalised after a house number and a name ("118 Queen's Parade", "3 Wharfedale
/// View").
const NAMED_TYPES: &[&str] = &[
    "place", "row", "hill", "rise", "walk", "park", "view", "green", "circle", "trail", "plaza",
    "quay", "wharf", "heights", "vale", "chase", "ridge", "cottages", "meadows", "pike",
];

/// Street types as written short, after a house number and a capitalised name ("55 Rideau
/// St", "9 Elm Dr").
const ABBREVIATED_TYPES: &[&str] = &["st", "rd", "ave", "blvd", "dr", "cres", "tce", "sq"];

/// Whether a folded word is one of the [`STREET_TYPES`] ("road", "close").
pub(crate) fn is_street_type(folded: &str) -> bool {
    STREET_TYPES.contains(&folded)
}

/// Words that end an address ("and my phone…", "please").
const ADDRESS_ENDS: &[&str] = &[
    "for",
    "since",
    "already",
    "منذ",
    "صار",
    "כבר",
    "מאז",
    "εδώ",
    "and",
    "but",
    "please",
    "so",
    "لو",
    "من",
    "بس",
    "لكن",
    "אבל",
    "בבקשה",
    "וגם",
    "και",
    "αλλά",
    "παρακαλώ",
];

/// Whether the words of `text` hold a house number (not a number of [`UNITS`]: "μένω εδώ
/// δώδεκα χρόνια" says how long), a street word or, after a cue, a village's
/// ([`SETTLEMENT_WORDS`]).
fn is_street(text: &str, folded: &str) -> bool {
    let words = tokens(text);
    let line = Line::new(text, folded, &words);
    (0..words.len()).any(|i| {
        let unit = i + 1 < words.len() && line.in_list(i + 1, UNITS);
        (has_number(line.f(i)) && !unit && !line.one_of_the(i))
            || is_street_word(line.f(i))
            || settlement_word(line.f(i)).is_some()
    })
}

/// "מושב בית שערים, משק 42", "במושב בית שקמה, משק 47, ליד אשקלון": a farm's number and its
/// moshav or kibbutz said together, within six words, make an address with no cue: from the
/// first of them to the clause's end.
fn farm_in_a_moshav(text: &str, folded: &str) -> Vec<(usize, usize)> {
    let words = tokens(text);
    let settlement = |w: &Token| settlement_word(&folded[w.start..w.end]);
    let mut out = Vec::new();
    for (i, farm) in words.iter().enumerate() {
        let numbered = words
            .get(i + 1)
            .is_some_and(|n| has_number(&folded[n.start..n.end]));
        if settlement(farm) != Some("משק") || !numbered {
            continue;
        }
        let near = words[i.saturating_sub(6)..(i + 7).min(words.len())]
            .iter()
            .find(|w| matches!(settlement(w), Some("מושב" | "קיבוץ")));
        let Some(village) = near else { continue };
        let (first, last) = if village.start < farm.start {
            (village, farm)
        } else {
            (farm, village)
        };
        if text[first.end..last.start].contains(['.', '?', '!']) {
            continue;
        }
        let (end, _) = clause_end(text, folded, last.start);
        out.push((first.start, end.max(words[i + 1].end)));
    }
    out
}

/// Israel's rural addresses, said after an address's cue: a farm in a moshav, a kibbutz, a
/// moshav ("משק 114, מושב עין יהב", "קיבוץ גבעת ברנר, ת.ד. 112"). Not street words: without a
/// cue "מושב 22A" is a seat, and "לחברי מושב" the moshav's members.
const SETTLEMENT_WORDS: &[&str] = &["משק", "קיבוץ", "מושב"];

/// The [`SETTLEMENT_WORDS`] word a folded word is, with a prefix letter joined to it or not
/// ("במושב": in the moshav).
fn settlement_word(folded: &str) -> Option<&'static str> {
    let unprefixed = folded.strip_prefix(['ב', 'ל', 'ו', 'מ']).unwrap_or(folded);
    SETTLEMENT_WORDS
        .iter()
        .copied()
        .find(|&s| s == folded || s == unprefixed)
}

/// Whether a folded word holds a number: digits, or a number word ("ארבעים").
fn has_number(folded_word: &str) -> bool {
    folded_word.chars().any(|c| c.is_numeric()) || cardinal(&[folded_word]).is_some()
}

/// Whether a folded word is a street word ([`STREET_WORDS`], [`STREET_TYPES`]), with a
/// prefix letter joined to it or not ("بشارع", "فدرب", "ברחוב", "מרחוב").
fn is_street_word(folded_word: &str) -> bool {
    let unprefixed = folded_word
        .strip_prefix(['ب', 'ل', 'و', 'ف', 'ב', 'ל', 'ו', 'ה', 'מ'])
        .filter(|r| r.chars().count() >= 2);
    STREET_WORDS
        .iter()
        .chain(STREET_TYPES)
        .any(|s| fold(s) == folded_word || unprefixed.is_some_and(|u| fold(s) == u))
}

/// Adds `span` to `out`, joined to an address it overlaps; a cue may end inside the first
/// word of the other ("גר ב|רחוב הרצל"), whose start then stays the cue's.
fn join(out: &mut Vec<(usize, usize)>, span: (usize, usize), text: &str) {
    match out.iter_mut().find(|o| o.0 < span.1 && span.0 < o.1) {
        Some(o) if text[span.0.min(o.0)..o.0].chars().all(is_word_char) => o.1 = o.1.max(span.1),
        Some(o) => *o = (o.0.min(span.0), o.1.max(span.1)),
        None => out.push(span),
    }
}

/// What "ל" ("to") joined to a pronoun ends with: "לי", "לך", "לו", "לה", "לנו", "לכם", "לכן",
/// "להם", "להן".
const HEBREW_PRONOUN_ENDINGS: &[&str] = &["י", "ך", "ו", "ה", "נו", "כם", "כן", "הם", "הן"];

/// Addresses: introduced by a cue, from after the cue to the end of the clause; and in
/// English a house number, a name and a street word ("9 Millbrook Close").
pub(crate) fn addresses(text: &str, folded: &str) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for cue in ADDRESS_CUES {
        let cue = fold(cue);
        for (_, cue_end) in find_phrase(folded, &cue) {
            let mid_word = folded[cue_end..].starts_with(is_word_char)
                && !cue.ends_with(|c: char| PREFIX_LETTERS.contains(&c));
            // "לשלוח לי ב-WhatsApp": "to me", not to a place
            let joined: String = folded[cue_end..]
                .chars()
                .take_while(|&c| is_word_char(c))
                .collect();
            let to_someone =
                cue.ends_with('ל') && HEBREW_PRONOUN_ENDINGS.contains(&joined.as_str());
            if mid_word || to_someone || out.iter().any(|&(s, e)| cue_end >= s && cue_end <= e) {
                continue;
            }
            let rest = &text[cue_end..];
            let start = cue_end + rest.len() - rest.trim_start_matches([' ', ':']).len();
            // "my address is", "address is": one address
            if let Some(span) = cued(text, folded, start).filter(|s| !out.contains(s)) {
                out.push(span);
            }
        }
    }
    // "ship the replacement to …", "post the new forms to …": a verb of sending, what is
    // sent (up to three words), then "to"
    let words = tokens(text);
    for (i, w) in words.iter().enumerate() {
        if !is_one_of(SEND_VERBS, &folded[w.start..w.end]) {
            continue;
        }
        let to = (i + 2..(i + 5).min(words.len()))
            .find(|&k| &folded[words[k].start..words[k].end] == "to");
        let Some(to) = to else { continue };
        let plain = (i..to).all(|k| text[words[k].end..words[k + 1].start] == *" ");
        // a thing sent ("the replacement", "my new card"), not "ship manifests from 1905 to
        // 1914", and to a place, not "to you on Monday"
        let f = |k: usize| &folded[words[k].start..words[k].end];
        let sent = is_one_of(SENT_DETERMINERS, f(i + 1));
        let Some(after) = words.get(to + 1) else {
            continue;
        };
        let to_person = is_one_of(&["you", "me", "us", "him", "her", "them", "it"], f(to + 1));
        let start = after.start;
        if !plain || !sent || to_person || out.iter().any(|&(s, e)| start >= s && start <= e) {
            continue;
        }
        if let Some(span) = cued(text, folded, start) {
            out.push(span);
        }
    }
    // "وصلها على شارع التحرير رقم ٢٣": an Arabic verb of bringing or sending, a preposition,
    // then a street word (not "وصلها على الساعة خمسة": at five o'clock)
    for i in 0..words.len() {
        let f = |k: usize| &folded[words[k].start..words[k].end];
        if i + 2 >= words.len()
            || !is_one_of(BRING_IT, f(i))
            || !is_one_of(&["على", "عند", "الى", "لعند"], f(i + 1))
        {
            continue;
        }
        let start = words[i + 2].start;
        let street = (i + 2..(i + 4).min(words.len())).any(|k| is_street_word(f(k)));
        if !street || out.iter().any(|&(s, e)| start >= s && start <= e) {
            continue;
        }
        if let Some(span) = cued(text, folded, start) {
            out.push(span);
        }
    }
    // "collected from my address, The Old Rectory, Church Lane, …": the cue and a comma
    for cue in ["my address", "the address", "our address"] {
        for (_, cue_end) in find_phrase(folded, &fold(cue)) {
            let Some(rest) = text[cue_end..].strip_prefix(", ") else {
                continue;
            };
            if let Some(span) = cued(text, folded, text.len() - rest.len()) {
                join(&mut out, span, text);
            }
        }
    }
    // a shaped address joins the cue's that it overlaps ("I live at flat 2, 9 Mill Lane,
    // Leeds LS1 4AB")
    for span in shaped(text, folded)
        .into_iter()
        .chain(named_house(text, folded))
        .chain(street_then_postcode(text, folded))
        .chain(farm_in_a_moshav(text, folded))
    {
        join(&mut out, span, text);
    }
    // "وصلوا الشرايح على البيت، حي النرجس، شارع …", "שתשלחו הביתה, רחוב …", "στείλτε το
    // σπίτι, Αγίου Ανδρέα 112, …", "… على: الشارقة، التعاون، …": home, or "to", then a comma
    // or a colon and the address (one with a number or a street word)
    for (t, w) in words.iter().enumerate() {
        let word = &folded[w.start..w.end];
        let home = is_one_of(HOME, word)
            || (t > 0
                && is_one_of(
                    &["على", "الى"],
                    &folded[words[t - 1].start..words[t - 1].end],
                )
                && word == "البيت");
        let to = is_one_of(&["على", "الى"], word) && text[w.end..].starts_with(':');
        let after = text[w.end..].trim_start();
        let marked = (home && after.starts_with([',', '،', ':'])) || to;
        if !marked || out.iter().any(|&(s, e)| w.start >= s && w.start <= e) {
            continue;
        }
        let rest = &after[after.chars().next().map_or(0, char::len_utf8)..];
        let start = text.len() - rest.trim_start().len();
        // (a street word in it, or parts between commas, the first a name and a number: not
        // "رجعت عالبيت، ٣ ساعات تأخير", nor the home phone, "Στο σπίτι, 2310 814 562, …")
        let address = |&(s, e): &(usize, usize)| {
            let words = tokens(&text[s..e]);
            let word = |t: &Token| &folded[s + t.start..s + t.end];
            let first_part = s + text[s..e].find([',', '،']).unwrap_or(e - s);
            let in_first = || words.iter().filter(|t| s + t.end <= first_part);
            let named = in_first().any(|t| {
                word(t).chars().all(char::is_alphabetic) && cardinal(&[word(t)]).is_none()
            });
            let numbered = in_first().any(|t| has_number(word(t)));
            words.iter().any(|t| is_street_word(word(t))) || (first_part < e && named && numbered)
        };
        let taken = out.iter().any(|&(s, e)| start >= s && start < e);
        if let Some(span) = cued(text, folded, start).filter(|s| !taken && address(s)) {
            join(&mut out, span, text);
        }
    }
    out.retain(|&(s, e)| !is_code(&text[s..e]) && !a_business(text, folded, s));
    out
}

/// "Manor Farm, Combe Lane, Wedmore, BS28 4DU", "Number three, Cloncraff Cottages, Ballyboy,
/// Tullamore, R35 F6K2": a house with a name, no number, in the UK or Ireland; the parts
/// before a postcode or Eircode between commas, each capitalised (or a number), up to five,
/// one of them a lane, a road or a house's word.
fn named_house(text: &str, folded: &str) -> Vec<(usize, usize)> {
    let words = tokens(text);
    let f = |w: &Token| &folded[w.start..w.end];
    let gap = |k: usize| &text[words[k - 1].end..words[k].start];
    let mut out = Vec::new();
    for k in 1..words.len() {
        let (outward, inward) = (&words[k - 1], &words[k]);
        // "…, Ballincollig, County Cork": an Irish county ends the address as a postcode does
        let county = is_one_of(&["county", "co"], f(outward))
            && text[inward.start..].starts_with(char::is_uppercase);
        if !matches!(gap(k), " " | ". ")
            || !(county
                || postcode(
                    &text[outward.start..outward.end],
                    &text[inward.start..inward.end],
                ))
        {
            continue;
        }
        let (mut first, mut parts, mut street) = (k - 1, 0, false);
        while parts < 5 && first > 0 && gap(first).trim() == "," {
            let last = first - 1;
            let named =
                |w: &Token| text[w.start..].starts_with(char::is_uppercase) || has_number(f(w));
            let particle = |w: &Token| is_one_of(NAME_PARTICLES, f(w));
            // the part: up to four capitalised words or numbers, with the particles inside a
            // Welsh or Irish name ("Heol y Nant", "Ard na Gréine"); "The property is Rose
            // Cottage, …": the words before them say what follows
            let mut start = last;
            while start > 0
                && last - start < 3
                && !gap(start).contains([',', '.', '?', '!', ';'])
                && (named(&words[start - 1]) || particle(&words[start - 1]))
            {
                start -= 1;
            }
            // "It's Manor Farm": the words that say what follows are not the house's
            while start < last
                && (particle(&words[start])
                    || is_one_of(&["it's", "its", "it", "s", "is", "at"], f(&words[start])))
            {
                start += 1;
            }
            let opens = start > 0 && !gap(start).contains([',', '.', '?', '!', ';']);
            if !named(&words[last]) {
                break;
            }
            let part = &words[start..=last];
            // a house number and a name ("14 Heol y Nant"), a street's word or a house's
            let numbered = part.len() >= 2 && has_number(f(&part[0]));
            street |= numbered
                || part
                    .iter()
                    .any(|w| is_street_word(f(w)) || is_one_of(HOUSE_WORDS, f(w)));
            first = start;
            parts += 1;
            if opens {
                break;
            }
        }
        if street && parts >= 2 {
            out.push((words[first].start, inward.end));
        }
    }
    out
}

/// Small words inside the names of Welsh, Irish and continental streets ("Heol y Nant", "Ard
/// na Gréine", "Rue de la Paix").
const NAME_PARTICLES: &[&str] = &[
    "y", "yr", "na", "an", "ar", "de", "la", "le", "du", "des", "del", "di", "da", "von", "van",
];

/// "Lindenstraße 23, 50674 Köln", "Agiou Nikolaou 12, Kalyves, 73003 Chania", "Αρτέμιδος 18,
/// Λειβάδια, 7060": the continent's way, a street's name and its number, a town perhaps, and
/// a postcode of four or five digits, with its town before or after it. The street's name is
/// one to three capitalised words; a year in the postcode's place needs its town after it.
fn street_then_postcode(text: &str, folded: &str) -> Vec<(usize, usize)> {
    let words = tokens(text);
    let f = |w: &Token| &folded[w.start..w.end];
    let capital = |w: &Token| text[w.start..].starts_with(char::is_uppercase);
    let gap = |k: usize| &text[words[k - 1].end..words[k].start];
    let digits = |w: &Token| f(w).chars().all(|c| c.is_ascii_digit());
    let mut out = Vec::new();
    for k in 1..words.len() {
        let code = &words[k];
        let len = f(code).len();
        let town_after = words
            .get(k + 1)
            .filter(|t| &text[code.end..t.start] == " " && capital(t));
        let year = f(code)
            .parse::<u32>()
            .is_ok_and(|y| (1900..=2099).contains(&y));
        if !digits(code)
            || !(4..=5).contains(&len)
            || gap(k) != ", "
            || (year && town_after.is_none())
        {
            continue;
        }
        // back over a town ("Kalyves, "), then the street and its number
        let mut j = k - 1;
        let town_before =
            capital(&words[j]) && !has_number(f(&words[j])) && j > 0 && gap(j) == ", ";
        if town_before {
            j -= 1;
        }
        if !town_before && town_after.is_none() {
            continue;
        }
        let number = &words[j];
        let house = (1..=4).contains(&f(number).len())
            && f(number).starts_with(|c: char| c.is_ascii_digit())
            && f(number).chars().skip_while(char::is_ascii_digit).count() <= 1;
        if !house || j == 0 || gap(j) != " " {
            continue;
        }
        let mut start = j;
        while start > 0 && j - start < 3 && capital(&words[start - 1]) && gap(start) == " " {
            start -= 1;
        }
        if start == j || not_name(&text[words[start].start..words[start].end]) {
            continue;
        }
        let end = town_after.map_or(code.end, |t| t.end);
        out.push((words[start].start, end));
    }
    out
}

/// Words that name a house rather than its street ("Manor Farm", "Cloncraff Cottages").
const HOUSE_WORDS: &[&str] = &[
    "farm",
    "cottage",
    "cottages",
    "house",
    "lodge",
    "barn",
    "manor",
    "mill",
    "hall",
    "grange",
    "forge",
    "rectory",
    "vicarage",
    "farmhouse",
    "bungalow",
    "croft",
    "maltings",
    "stables",
    "granary",
    "villa",
];

/// "ST-4471", "ST-5521 …": letters joined to digits by a hyphen are a reference, not "Street"
/// and a house number (one letter may be a flat's: "B-12, Green Park").
fn is_code(span: &str) -> bool {
    let first = span.split_whitespace().next().unwrap_or("");
    first.split_once('-').is_some_and(|(letters, digits)| {
        letters.len() >= 2
            && letters.chars().all(|c| c.is_ascii_alphabetic())
            && !digits.is_empty()
            && digits.chars().all(|c| c.is_ascii_digit())
    })
}

/// Whether the sentence before byte `start` makes the address a business's ("Η σχολή είναι
/// στην Πατησίων 120", "המעבדה ברחוב רבי עקיבא 112"): a word for a shop, office, clinic or
/// the like, and nothing that makes it the speaker's own or where something is sent ("my",
/// "send it to the shop, …", "I live …").
fn a_business(text: &str, folded: &str, start: usize) -> bool {
    let from = text[..start]
        .char_indices()
        .rfind(|&(_, c)| matches!(c, '.' | '?' | '!' | ';' | '؟'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let words = tokens(&folded[from..start]);
    let f = |w: &Token| &folded[from + w.start..from + w.end];
    // (not where something goes: "στο γραφείο, Λεωφόρος Κηφισίας 230", "to the office, …",
    // "למשרד", "للمكتب")
    let place = words.iter().enumerate().any(|(i, w)| {
        let word = f(w);
        let bare = word
            .strip_prefix(['ה', 'ב', 'ו'])
            .or_else(|| word.strip_prefix("ال"))
            .filter(|r| r.chars().count() >= 3);
        let before = |k: usize| if i >= k { f(&words[i - k]) } else { "" };
        let to_the = before(2) == "to" && ["the", "our", "your"].contains(&before(1));
        let to = to_the
            || is_one_of(
                &["to", "στο", "στη", "στην", "الى", "إلى", "على"],
                before(1),
            );
        !to && (is_one_of(BUSINESS_PLACES, word)
            || bare.is_some_and(|b| is_one_of(BUSINESS_PLACES, b)))
    });
    let own = words.iter().any(|w| {
        let word = f(w);
        is_one_of(OWN_OR_SENT, word)
            || is_one_of(SEND_VERBS, word)
            || is_one_of(BRING_IT, word)
            || ["στειλ", "שלח", "תשלח", "تبعت", "ابعت"]
                .iter()
                .any(|p| word.starts_with(&fold(p)))
    });
    place && !own
}

/// Places of business whose address a caller or agent gives as directions, not as anyone's
/// home: in English, Greek, Hebrew and Arabic (Hebrew and Arabic with or without the article).
const BUSINESS_PLACES: &[&str] = &[
    "shop",
    "store",
    "office",
    "branch",
    "clinic",
    "lab",
    "laboratory",
    "warehouse",
    "showroom",
    "studio",
    "workshop",
    "depot",
    "salon",
    "pharmacy",
    "restaurant",
    "venue",
    "factory",
    "κατάστημα",
    "μαγαζί",
    "γραφείο",
    "γραφεία",
    "σχολή",
    "αποθήκη",
    "εργαστήριο",
    "κλινική",
    "ιατρείο",
    "φαρμακείο",
    "υποκατάστημα",
    "έδρα",
    "מעבדה",
    "חנות",
    "משרד",
    "משרדים",
    "סניף",
    "מרפאה",
    "מחסן",
    "סטודיו",
    "מפעל",
    "סדנה",
    "מכון",
    "محل",
    "مكتب",
    "فرع",
    "عيادة",
    "معمل",
    "مختبر",
    "مستودع",
    "ورشة",
    "معرض",
    "صيدلية",
    "مصنع",
];

/// Words that make an address said after a place of business the speaker's own, or where
/// something goes ("my shop", "μένω", "אני גר", "بيتي").
const OWN_OR_SENT: &[&str] = &[
    "my",
    "i",
    "i'm",
    "we",
    "we're",
    "our",
    "home",
    "live",
    "lives",
    "μου",
    "μας",
    "μένω",
    "μένουμε",
    "σπίτι",
    "שלי",
    "שלנו",
    "גר",
    "גרה",
    "גרים",
    "הביתה",
    "בית",
    "ساكن",
    "ساكنة",
    "بيتي",
    "عنواني",
    "تبعي",
    "حقي",
    "ديالي",
    "متاعي",
    "بيتنا",
    "نسكن",
    "اسكن",
];

/// Arabic imperatives of bringing or sending something ("deliver it", "send it to me").
const BRING_IT: &[&str] = &[
    "وصلها",
    "وصله",
    "وصلوها",
    "وصلوه",
    "وصليها",
    "ابعتها",
    "ابعتوها",
    "ابعتيها",
    "ابعته",
    "ابعتلي",
    "ابعتولي",
    "ابعثها",
    "ارسلها",
    "ارسلوها",
    "سلمها",
    "سلموها",
    "جيبها",
    "جيبوها",
    "جيبوه",
    "ودوها",
    "وديها",
    "دزها",
    "دزوها",
];

/// The address a cue introduces, from byte `start` to the clause's end: two words or more, a
/// house number or a street word among them.
fn cued(text: &str, folded: &str, start: usize) -> Option<(usize, usize)> {
    let (end, count) = clause_end(text, folded, start);
    (count >= 2 && is_street(&text[start..end], &folded[start..end])).then_some((start, end))
}

/// "No. 12 Adeola Odeku Street": "No." (folded `word`, its dot after it) is "number" when a
/// number follows (`next`), no sentence's end.
fn number_abbreviation(word: &str, next: &str) -> bool {
    word == "no" && next.starts_with(char::is_numeric)
}

/// The end of an address that starts at byte `start`, and its word count: up to the clause's
/// end, a word that ends addresses, another cue's clause, or twelve words.
fn clause_end(text: &str, folded: &str, start: usize) -> (usize, usize) {
    let mut end = start;
    let mut count = 0;
    let mut last_word = "";
    for w in tokens(&text[start..]) {
        let (ws, we) = (start + w.start, start + w.end);
        let gap = &text[end..ws];
        // "my address is No. 12 …": the abbreviation of "number" before the house's number;
        // Israel's P.O. box and rural mail ("ת.ד. 112", "ד.נ. חלוצה")
        let postal = gap == ". " && (text[..end].ends_with("ת.ד") || text[..end].ends_with("ד.נ"));
        let number = (gap == ". " && number_abbreviation(last_word, &text[ws..])) || postal;
        if gap.contains(['.', '?', '!', ';', '؟', '\n']) && !(gap == "." && end > start) && !number
        {
            break;
        }
        // "…, and my number is": another cue's clause
        let stop = text[ws..]
            .find([',', '،', '.', '?'])
            .map_or(text.len(), |e| ws + e);
        // "…، الرياض والجوال ٠٥٦…": "and" the next cue, with no comma
        let and = folded[ws..we].starts_with(['و', 'ו']) || &folded[ws..we] == "and";
        // (a whole cue: "Cardiff" is no "card")
        let cue = cues(&folded[ws..stop])
            .iter()
            .any(|&(end, _)| !folded[ws + end..].starts_with(is_word_char));
        let new_clause = (gap.contains([',', '،']) || and) && cue;
        let after = gap.contains([',', '،'])
            && (is_one_of(AFTER_ADDRESS, &folded[ws..we]) || opens_clause(&folded[ws..we]));
        // Egypt's "متفرع من …": "off (another street)", part of the address
        let off = &folded[ws..we] == "من"
            && ["متفرع", "المتفرع", "متفرعه", "المتفرعه"].contains(&last_word);
        let ends = ADDRESS_ENDS.contains(&&folded[ws..we]) && !off;
        // "… plano texas 7 5 0 2 4", "…، الرياض ١٣٣٢٧": the zip said last may take it past
        // twelve words
        let zip = count < 20 && folded[ws..we].chars().all(|c| c.is_numeric()) && we - ws <= 18;
        if new_clause || after || ends || (count >= 12 && !zip) {
            break;
        }
        end = we;
        count += 1;
        last_word = &folded[ws..we];
    }
    (end, count)
}

/// Questions whose answer is an address ("And your address?", "מה הכתובת המלאה?", "Η
/// διεύθυνσή σας;").
const ADDRESS_QUESTIONS: &[&str] = &[
    "address",
    // "وين الموقع عشان يجيك المندوب؟": where the place is, for someone to come
    "الموقع",
    "موقعك",
    "عنوانك",
    "العنوان",
    "عنوان",
    "כתובת",
    "הכתובת",
    "διεύθυνση",
    "διεύθυνσή",
    // the postcode asked for, which the whole address often answers ("And the eircode for
    // the house?" "It's Cloongowla, Ballinrobe, F31 K2X8.")
    "eircode",
    "postcode",
    "post code",
    "zip code",
    "الرمز البريدي",
    "מיקוד",
    "ταχυδρομικό κώδικα",
    "ταχυδρομικός κώδικας",
];

/// Words that ask, for a question written without its mark ("לאיזו כתובת לשלוח את הראוטר").
const QUESTION_WORDS: &[&str] = &[
    "what",
    "which",
    "where",
    "can",
    "could",
    "ما",
    "ماهو",
    "وين",
    "فين",
    "شو",
    "ايش",
    // Egypt's "what" after what is asked ("العنوان ايه؟")
    "ايه",
    "مه",
    "מה",
    "איזו",
    "לאיזו",
    "איפה",
    "ποια",
    "ποιο",
    "πού",
    "μπορείτε",
    // a request: "Give me the address", "عطيني العنوان", "תגיד לי את הכתובת"
    "give",
    "tell",
    "عطيني",
    "اعطيني",
    "أعطيني",
    "عطني",
    "قولي",
    "قلي",
    "תן",
    "תני",
    "תגיד",
    "תגידי",
    "δώστε",
    "δώσε",
    "πείτε",
    "πες",
    // "Go ahead with the forwarding address.", "تفضل العنوان الجديد"
    "go",
    "تفضل",
    "تفضلي",
    "اتفضل",
    "اتفضلي",
];

/// Words that ask where ("where should we send it?", "לאן לשלוח את הטכנאי?"); the Greek
/// "πού" only with its accent, which folding would take off ("που" is "that").
const WHERE: &[&str] = &["where", "לאן", "איפה", "وين", "فين", "أين", "اين"];

/// Verbs that, asked with [`WHERE`], ask for an address: where to send, deliver or come to,
/// or where someone lives.
const WHERE_TO: &[&str] = &[
    "send",
    "deliver",
    "delivered",
    "post",
    "ship",
    "live",
    "לשלוח",
    "נשלח",
    "שולחים",
    "להגיע",
    "גר",
    "גרה",
    "גרים",
    "نرسل",
    "نبعت",
    "نوصل",
    "نصيفط",
    // "وين بدك التسليم بالضبط؟": where the delivery is to be
    "تسليم",
    "توصيل",
    // "وين بدك ياه يوصل؟": where should it arrive
    "يوصل",
    "توصل",
    "يوصلك",
    "نوصلها",
    "نوصله",
    // "وين البيت؟", "الدار فين؟", "Where's the farmhouse exactly?": where the home is
    "البيت",
    "بيتك",
    "الدار",
    "داركم",
    "الفيلا",
    "الشقة",
    "شقتك",
    "house",
    "farmhouse",
    "flat",
    "apartment",
    "property",
    "הבית",
    "הדירה",
    "σπίτι",
    "تسكن",
    "ساكن",
    "ساكنة",
    "ساكنين",
    // where a van collects from ("where would that be from?", "فين نجيو ناخدوها؟")
    "collect",
    "pick",
    "pickup",
    "ناخد",
    "نجيو",
    "نجي",
    "نيجي",
    "στείλουμε",
    "στείλω",
    "στείλει",
    "έρθει",
    "έρθουμε",
    "μένετε",
    "μένεις",
];

/// Whether `text` asks for an address (so that the next line's answer is one).
pub(crate) fn asks_address(text: &str) -> bool {
    let folded = fold(text);
    let first = tokens(text).first().map(|w| &folded[w.start..w.end]);
    // "Address, please": a request asks too
    // and so does a need ("بس بدنا عنوان التوصيل بدبي.": we just need the delivery address)
    let please = [
        "please",
        "παρακαλώ",
        "בבקשה",
        "لو سمحت",
        "من فضلك",
        "we need",
        "i need",
        "بدنا",
        "بدي",
        "نحتاج",
        "محتاجين",
        "צריך את",
        "צריכה את",
        "צריכים את",
        "χρειάζομαι",
        "χρειαζόμαστε",
    ]
    .iter()
    .any(|p| !find_phrase(&folded, &fold(p)).is_empty());
    let asks = text.trim_end().ends_with(['?', '؟', ';', '\u{37e}'])
        || first.is_some_and(|w| is_one_of(QUESTION_WORDS, w))
        || please;
    let said = |list: &[&str]| {
        list.iter()
            .any(|q| !find_phrase(&folded, &fold(q)).is_empty())
    };
    let where_ = said(WHERE)
        || tokens(text)
            .iter()
            .any(|w| text[w.start..w.end].to_lowercase() == "πού");
    asks && (said(ADDRESS_QUESTIONS) || (where_ && said(WHERE_TO)))
}

/// An address given as the answer to an address question ("הגפן 3, קריית אתא", "Ακαδημίας
/// 17, Αθήνα.", "الأشرفية، شارع مار مخايل، بناية النجار"): the answer after its fillers, when
/// it holds a word and a number or a street or building word.
pub(crate) fn answered_address(text: &str, folded: &str) -> Option<(usize, usize)> {
    let words = tokens(text);
    let filler = |w: &Token| is_one_of(ANSWER_FILLERS, &folded[w.start..w.end]);
    // "اكتب عندك: شارع …", "Write this down: …": a few words before a colon lead in
    let lead_in = text
        .find(':')
        .filter(|&c| text[c + 1..].starts_with(' '))
        .filter(|&c| words.iter().filter(|w| w.end <= c).count() <= 3)
        .map_or(0, |c| c + 1);
    let start = words
        .iter()
        .find(|w| w.start >= lead_in && !filler(w))?
        .start;
    let (end, count) = clause_end(text, folded, start);
    let inside: Vec<&Token> = words
        .iter()
        .filter(|w| w.start >= start && w.end <= end)
        .collect();
    let numbers = inside
        .iter()
        .filter(|w| has_number(&folded[w.start..w.end]))
        .count();
    let named = numbers < inside.len();
    let street = inside.iter().any(|w| {
        let f = &folded[w.start..w.end];
        is_street_word(f) || is_one_of(BUILDING_WORDS, f)
    });
    (count >= 2 && (numbers > 0 || street) && named && cues(&folded[start..end]).is_empty())
        .then_some((start, end))
}

/// Street words that come before the street's name ("17 Rue des Lilas", "5 Via Roma").
const STREET_TYPES_FIRST: &[&str] = &["rue", "via", "calle", "chemin", "avenida", "strada"];

/// Words of a building inside an address besides [`STREET_WORDS`]: entrance, floor, unit.
const BUILDING_WORDS: &[&str] = &[
    "unit",
    "suite",
    "apt",
    "floor",
    "כניסה",
    "קומה",
    "طابق",
    "الطابق",
    "الدور",
    // Kuwait's block and house ("قطعة ١١، شارع ٥، جادة ٢، منزل ١٨")
    "قطعة",
    "قطعه",
    "منزل",
    // a Moroccan residential block ("إقامة الياسمين، الطابق ٣"), not the residence permit
    "إقامة",
    "اقامة",
    "όροφος",
    "όροφο",
    "είσοδος",
    // the ground floor, and the doorbell a courier rings ("κουδούνι Αθανασοπούλου")
    "ισόγειο",
    "ισόγειος",
    "κουδούνι",
];

/// A floor said as its ordinal after an address, after a comma ("Κορίνθου 145, τέταρτος,").
const FLOOR_ORDINALS: &[&str] = &[
    "πρώτος",
    "δεύτερος",
    "τρίτος",
    "τέταρτος",
    "πέμπτος",
    "έκτος",
    "έβδομος",
    "όγδοος",
];

/// Prepositions before the floor said after an address ("… στον πέμπτο όροφο").
const FLOOR_PREPOSITIONS: &[&str] = &["στον", "στο", "on", "في", "على"];

/// Words after an address that are not part of it ("…, that's right", "…، صح؟").
const AFTER_ADDRESS: &[&str] = &[
    // a landmark near it ("… κοντά στην πλατεία", "… near the school")
    "near",
    "κοντά",
    "جنب",
    "قريب",
    "ליד",
    "that",
    "that's",
    // "…, it's beside Zenith Bank": where it is, after it
    "it",
    "its",
    "is",
    "yes",
    "right",
    "correct",
    "ok",
    "okay",
    "and",
    "i",
    "my",
    "please",
    "صح",
    "صحيح",
    "تمام",
    "طيب",
    "نعم",
    "נכון",
    "כן",
    "בסדר",
    "σωστά",
    "ναι",
    "εντάξει",
];

/// Words that open a landmark said as a part of an address, between commas ("…, near the
/// church, …", "…، قريب من جامع الراجحي", "…, ליד המאפייה, חיפה", "…, κοντά στην εκκλησία"):
/// it locates the home as well as the street does, so it is redacted with it.
const LANDMARKS: &[&str] = &[
    "near",
    "next",
    "opposite",
    "behind",
    "beside",
    "across",
    "facing",
    "قريب",
    "قرب",
    "جنب",
    "بجانب",
    "بجنب",
    "مقابل",
    "قبال",
    "خلف",
    "ورا",
    "وراء",
    "ליד",
    "מול",
    "מאחורי",
    "סמוך",
    "κοντά",
    "δίπλα",
    "απέναντι",
    "πίσω",
];

/// Words before a town or district said before its street ("في الخرج، طريق …", "Στη Νέα
/// Μηχανιώνα, οδός …"): what follows them is the place.
const PLACE_PREPOSITIONS: &[&str] = &["في", "فى", "على", "من", "στη", "στην", "στο", "στα", "στον"];

/// Words that are no town's or district's name, said as a part of their own before an
/// address ("تمام، شارع …", "כן, רחוב …"): answers, greetings, thanks, and the address's own
/// words.
const NOT_PLACES: &[&str] = &[
    "لا",
    "لأ",
    "آه",
    "تمام",
    "طيب",
    "خلاص",
    "يعني",
    "بس",
    "لحظة",
    "صح",
    "مظبوط",
    "تفضل",
    "تفضلي",
    "والله",
    "شكرا",
    "مرحبا",
    "اهلا",
    "أهلا",
    "هلا",
    "السلام",
    "عليكم",
    "اوكي",
    "العنوان",
    "عنواني",
    "عنوانا",
    "البيت",
    "بيتي",
    "بيتنا",
    "للدار",
    "عالدار",
    "بالبيت",
    "לא",
    "אוקיי",
    "בסדר",
    "טוב",
    "רגע",
    "אז",
    "תודה",
    "שלום",
    "הכתובת",
    "הביתה",
    "ναι",
    "όχι",
    "εντάξει",
    "ευχαριστώ",
    "καλημέρα",
    "καλησπέρα",
    "γεια",
    "διεύθυνση",
];

/// "Number" said before a house's number ("زنقة ابن بطوطة رقم ١٤", "רחוב הגפן מספר 3").
const NUMBER_WORDS: &[&str] = &["رقم", "מספר", "number", "no", "αριθμός", "αρ"];

/// Words that say a postcode follows ("Τ.Κ. 546 22", "מיקוד 6423118").
const POSTCODE_WORDS: &[&str] = &["postcode", "zip", "eircode", "τκ", "מיקוד", "الرمز البريدي"];

/// The Greek weekdays in the genitive, as a date says them ("του Σαββάτου 25").
const GREEK_WEEKDAYS_GENITIVE: &[&str] = &[
    "Δευτέρας",
    "Τρίτης",
    "Τετάρτης",
    "Πέμπτης",
    "Παρασκευής",
    "Σαββάτου",
    "Κυριακής",
];

/// Units after a number that make it an amount, a time or a temperature, not a house number.
const UNITS: &[&str] = &[
    "degrees",
    "βαθμούς",
    "βαθμοί",
    "درجة",
    "درجات",
    "מעלות",
    "pounds",
    "quid",
    "euros",
    "dollars",
    "percent",
    "minutes",
    "hours",
    "days",
    "pence",
    "ευρώ",
    "λεπτά",
    "ώρες",
    "μέρες",
    "جنيه",
    "ريال",
    "درهم",
    "دينار",
    "دقيقة",
    "دقائق",
    "ساعة",
    "يوم",
    "שקל",
    "שקלים",
    "דקות",
    "שעות",
    "ימים",
    // "وفيه ١٢٠ بيت متأثر", "הדירה 4 חדרים": how many, not a house number
    "houses",
    "homes",
    "rooms",
    "bedrooms",
    "بيت",
    "بيوت",
    "منزل",
    "غرف",
    "חדרים",
    "בתים",
    "σπίτια",
    "δωμάτια",
    "τεμάχια",
    "κομμάτια",
    "κιλά",
    "τεμ",
    // "הדירה 86 מטר": a size, not a flat
    "metres",
    "meters",
    "sqm",
    "square",
    "מטר",
    "מטרים",
    "מ\"ר",
    "μέτρα",
    "τετραγωνικά",
    "متر",
    "مترا",
    "أمتار",
    // "μένω εδώ δέκα χρόνια": how long, not where
    "years",
    "months",
    "χρόνια",
    "μήνες",
    "سنين",
    "سنوات",
    "سنة",
    "شهور",
    "שנים",
    "חודשים",
];

/// Words that are no street's name: in a line written without capitals, "sixty which is way
/// more" is not "60 Which Is Way".
const FUNCTION_WORDS: &[&str] = &[
    "which", "what", "who", "is", "was", "are", "were", "be", "it", "its", "it's", "that", "this",
    "and", "or", "but", "of", "to", "for", "with", "by", "as", "so", "not", "no", "more", "less",
    "very", "than", "then", "there", "here", "i", "you", "he", "she", "we", "they", "me", "my",
    "your", "a", "an",
];

/// Words that end a street's name before its type, read back from the type: in a line
/// written without capitals, "20 minutes down the road" and "3 goals in the park" are no
/// address.
const NOT_IN_A_STREETS_NAME: &[&str] = &[
    "the", "at", "in", "on", "from", "down", "up", "around", "round", "into", "across", "along",
    "near", "past", "through", "over", "about", "off", "times",
];

/// The tens said before an ordinal ("fifty seventh").
const TENS: &[&str] = &[
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// Compass points inside a street's name, whatever their case ("221 west 79th street").
const DIRECTIONS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
];

/// Words before a house number that are not a street's name ("على ٣٢", "στο 5").
const PREPOSITIONS: &[&str] = &[
    "at",
    "to",
    "on",
    "in",
    "from",
    "number",
    "على",
    "في",
    "الى",
    "إلى",
    "عند",
    "من",
    "رقم",
    "על",
    "אל",
    "עד",
    "של",
    "מספר",
    "σε",
    "στο",
    "στη",
    "στην",
    "στον",
    "από",
    "αριθμός",
];

/// Addresses without a cue, by their shape: a house number beside a street word, in any
/// order ("9 Millbrook Close", "17 Rue des Lilas", "٣٢ شارع بلس", "Λεωφόρος Κηφισίας 230",
/// "דירה 12"), or a Greek street name in the genitive and its number before a comma
/// ("Καλοκαιρινού 54, Ηράκλειο"). Each runs back over the flat, entrance and floor before it
/// and on over the town, region and postcode after it.
fn shaped(text: &str, folded: &str) -> Vec<(usize, usize)> {
    let words = tokens(text);
    let line = Line::new(text, folded, &words);
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (first, last) in cores(&line) {
        let first = line.back(first);
        let mut last = line.on(last);
        // "…, near Chelmsford. CM3 3NT.": the postcode said as a sentence of its own
        let n = words.len();
        if last + 2 < n
            && line.sentence_break(last)
            && line.gap(last + 1) == " "
            && postcode(line.word(last + 1), line.word(last + 2))
            && (last + 3 == n || line.sentence_break(last + 2))
        {
            last += 2;
        }
        join(&mut out, (words[first].start, words[last].end), text);
    }
    out
}

/// An utterance's words, with what [`shaped`] asks of each.
struct Line<'a> {
    text: &'a str,
    folded: &'a str,
    words: &'a [Token],
    /// Written with capitals at all (a recogniser may write none).
    cased: bool,
}

impl<'a> Line<'a> {
    fn new(text: &'a str, folded: &'a str, words: &'a [Token]) -> Self {
        let cased = !super::words::written_without_case(text);
        Line {
            text,
            folded,
            words,
            cased,
        }
    }

    fn f(&self, i: usize) -> &'a str {
        &self.folded[self.words[i].start..self.words[i].end]
    }

    fn word(&self, i: usize) -> &'a str {
        &self.text[self.words[i].start..self.words[i].end]
    }

    /// The text between words `i` and `i + 1`.
    fn gap(&self, i: usize) -> &'a str {
        &self.text[self.words[i].end..self.words[i + 1].start]
    }

    /// A sentence ends between words `i` and `i + 1` (not the dot of an abbreviation
    /// between letters: "Τ.Κ.", "P.O.").
    fn sentence_break(&self, i: usize) -> bool {
        let letter = |k: usize| self.word(k).chars().count() == 1;
        let dotted = |k: usize| self.gap(k).trim_end() == ".";
        let abbreviation = dotted(i)
            && letter(i)
            && (letter(i + 1) && self.gap(i) == "." || i > 0 && dotted(i - 1) && letter(i - 1));
        // "Lucan, Co. Dublin", "Main St. North": an address's own abbreviation, a capital next;
        // "No. 12 …", "number" before the house's number
        let address_abbreviation = dotted(i)
            && ((ADDRESS_ABBREVIATIONS.contains(&self.f(i))
                && self.word(i + 1).starts_with(char::is_uppercase))
                || number_abbreviation(self.f(i), self.word(i + 1)));
        let abbreviation = abbreviation || address_abbreviation;
        self.gap(i).contains(['.', '?', '!', ';', '؟', '\n']) && !abbreviation
    }

    /// Capitalised, or written in a script without case, or in a line written without any.
    fn capital(&self, i: usize) -> bool {
        let c = self.word(i).chars().next().unwrap_or(' ');
        !self.cased || c.is_uppercase() || !(c.is_lowercase() || c.is_numeric())
    }

    fn uncased(&self, i: usize) -> bool {
        let c = self.word(i).chars().next().unwrap_or(' ');
        !(c.is_uppercase() || c.is_lowercase() || c.is_numeric())
    }

    /// A house number ("12", "12c", "٢٣", "fourteen", "εκατόν είκοσι τρία"): the index of
    /// its last word.
    fn house(&self, i: usize) -> Option<usize> {
        let f = self.f(i);
        let digits = f.chars().take_while(|c| c.is_numeric()).count();
        // "6,400": the thousands of an amount
        let thousands = i + 1 < self.words.len()
            && self.gap(i) == ","
            && self.f(i + 1).chars().count() == 3
            && self.f(i + 1).chars().all(|c| c.is_numeric());
        if thousands {
            return None;
        }
        if (1..=5).contains(&digits) && f.chars().count() <= digits + 1 {
            return Some(i);
        }
        let number = (i..self.words.len().min(i + 4)).rev().find(|&k| {
            let said: Vec<&str> = (i..=k).map(|j| self.f(j)).collect();
            cardinal(&said).is_some_and(|v| (1..10_000).contains(&v))
        })?;
        (!self.one_of_the(number)).then_some(number)
    }

    /// "אני גר באחד הבניינים שלכם": "one of the buildings", a Hebrew number word before a
    /// noun with its article, is no house's number.
    fn one_of_the(&self, i: usize) -> bool {
        i + 1 < self.words.len()
            && self.gap(i) == " "
            && self.f(i).chars().all(super::words::is_hebrew)
            && self.f(i + 1).starts_with('ה')
            && self.f(i + 1).chars().count() >= 4
    }

    /// A capitalised Greek word in the genitive, as streets are named ("Καλοκαιρινού",
    /// "Αγίου Δημητρίου"), and not a month.
    fn greek_genitive(&self, i: usize) -> bool {
        let name = self.word(i);
        let greek = name.starts_with(|c: char| ('Α'..='Ω').contains(&c) || "ΆΈΉΊΌΎΏ".contains(c));
        greek && self.greek_genitive_shape(i)
    }

    /// A Greek word with a genitive's ending, not a month or a weekday ("του Σαββάτου 25"),
    /// whatever its case.
    fn greek_genitive_shape(&self, i: usize) -> bool {
        let f = self.f(i);
        // "Βασιλέως Παύλου": the old genitive in -εως too
        let genitive = ["ου", "ους", "ης", "ας", "ων", "εως"]
            .iter()
            .any(|e| f.ends_with(&fold(e)));
        let greek = f.chars().all(super::words::is_greek);
        let weekday = self.in_list(i, GREEK_WEEKDAYS_GENITIVE);
        greek && genitive && !weekday && !super::dates::is_month(self.word(i), f)
    }

    /// Word `k` is `len` ASCII digits (a postcode's part: "41222", "546 22").
    fn digits(&self, k: usize, len: usize) -> bool {
        k < self.words.len()
            && self.f(k).chars().count() == len
            && self.f(k).chars().all(|c| c.is_ascii_digit())
    }

    fn street_word(&self, i: usize) -> bool {
        is_street_word(self.f(i))
    }

    fn building(&self, i: usize) -> bool {
        // "قطعة ١١" is Kuwait's block; "إذا بدها قطعة" is a spare part
        let numbered = || i + 1 < self.words.len() && has_number(self.f(i + 1));
        self.street_word(i)
            || (is_one_of(BUILDING_WORDS, self.f(i))
                && (!is_one_of(&["قطعة", "قطعه"], self.f(i)) || numbered()))
    }

    fn in_list(&self, i: usize, list: &[&str]) -> bool {
        is_one_of(list, self.f(i))
    }

    /// An apostrophe just before word `i`: the "s" of "it's", of "Queen's".
    fn after_apostrophe(&self, i: usize) -> bool {
        i > 0 && self.gap(i - 1).contains(['\'', '’'])
    }

    /// A comma (Latin or Arabic) between words `i` and `i + 1`.
    fn comma(&self, i: usize) -> bool {
        self.gap(i).contains([',', '،'])
    }

    /// The first word of the part of the utterance, between commas, colons or sentences,
    /// that ends with word `last`.
    fn part_start(&self, last: usize) -> usize {
        let mut q = last;
        while q > 0
            && !self.comma(q - 1)
            && !self.sentence_break(q - 1)
            && !self.gap(q - 1).contains(':')
        {
            q -= 1;
        }
        q
    }

    /// The last word of a landmark said as a part of an address from word `k` up to the next
    /// comma ("near the church", "قريب من جامع الراجحي", "ליד המאפייה"): a [`LANDMARKS`]
    /// word and up to seven more, none a cue or a number of three digits or more ("…, next
    /// week call me on 07700 900123" is no landmark; "next" needs "to", "across" "from").
    fn landmark(&self, k: usize) -> Option<usize> {
        if !self.in_list(k, LANDMARKS) || k + 1 >= self.words.len() {
            return None;
        }
        let needs = match self.f(k) {
            "next" => Some("to"),
            "across" => Some("from"),
            _ => None,
        };
        if needs.is_some_and(|w| self.f(k + 1) != w) {
            return None;
        }
        let mut end = k;
        while end + 1 < self.words.len()
            && end - k < 7
            && !self.comma(end)
            && !self.sentence_break(end)
        {
            end += 1;
        }
        let ends_part = end + 1 == self.words.len() || self.comma(end) || self.sentence_break(end);
        let plain = (k..=end).all(|i| {
            let f = self.f(i);
            f.chars().filter(|c| c.is_numeric()).count() < 3 && !super::cues::is_cue_word(f)
        });
        (end > k && ends_part && plain).then_some(end)
    }

    /// A word of a town's or district's name said as a part of its own before the street:
    /// in Arabic or Hebrew any word of no listed kind (no answer or greeting, cue, month,
    /// number or preposition), in Greek a capitalised one.
    fn place_word(&self, i: usize) -> bool {
        let f = self.f(i);
        let listed = self.in_list(i, NOT_PLACES)
            || self.in_list(i, HOME)
            || self.in_list(i, ANSWER_FILLERS)
            || self.in_list(i, PLACE_PREPOSITIONS)
            || self.in_list(i, PREPOSITIONS)
            || super::cues::is_cue_word(f)
            || is_address_cue_word(f)
            || super::dates::is_month(self.word(i), f)
            || has_number(f);
        let script = if f.chars().all(super::words::is_greek) {
            self.word(i).starts_with(char::is_uppercase)
        } else {
            self.uncased(i) && f.chars().count() >= 2
        };
        script && !listed
    }

    /// The first word of a town or district said as a part of its own, ending with word `p`,
    /// before a street ("عمان، خلدا، شارع …", "לקריית מלאכי, רחוב הרצל 112", "Στη Νέα
    /// Μηχανιώνα, οδός …"): the whole part, of one to three place words, or the one or two
    /// after a preposition ("في الخرج", "στη …") or beginning with a joined one ("بعمان",
    /// "בחיפה"). A Greek part opens after a comma, an address's cue, or a word in lower
    /// case; none opens with a given name ("Ζωή Ξενάκη, οδός …" may be a person).
    fn place_before(&self, p: usize) -> Option<usize> {
        let q = self.part_start(p);
        let greek = self.f(p).chars().all(super::words::is_greek);
        let mut from = p;
        let opened = loop {
            if !self.place_word(from) {
                // after a preposition, or (Greek) a word in lower case
                let preposition = self.in_list(from, PLACE_PREPOSITIONS)
                    || (greek && self.word(from).starts_with(char::is_lowercase));
                if !preposition || from == p {
                    return None;
                }
                from += 1;
                break true;
            }
            let joined = !greek
                && self.f(from).starts_with(['ب', 'ل', 'ב', 'ל'])
                && self.f(from).chars().count() > 3;
            if joined {
                break true;
            }
            if from == q {
                break false;
            }
            from -= 1;
        };
        let words = p - from + 1;
        if words > if opened { 2 } else { 3 } || super::cues::is_given_name(self.f(from)) {
            return None;
        }
        if greek && !opened {
            let after_cue = q > 0 && is_address_cue_word(self.f(q - 1));
            let after_comma = q > 0 && self.comma(q - 1);
            if !(after_cue || after_comma) {
                return None;
            }
        }
        Some(from)
    }

    /// Runs back from word `first` over what comes before a street in an address: "Flat 2,",
    /// "unit 5,", "כניסה ב' קומה 3", and the street's name before its number ("הנרקיסים 7").
    fn back(&self, mut first: usize) -> usize {
        let mut places = 0;
        while first > 0 {
            let p = first - 1;
            if self.sentence_break(p) {
                break;
            }
            if self.comma(p) {
                // "Flat 2, 9 Coldharbour Lane", "فيلا ٢٣، شارع ١٨", "رقم ٢٣، زنقة ابن سينا",
                // "number 9, Sycamore Close"
                let before_number = |b: usize| self.building(b) || self.in_list(b, NUMBER_WORDS);
                if p >= 1 && self.house(p) == Some(p) && before_number(p - 1) {
                    first = p - 1;
                    continue;
                }
                // "حي الروضة، شارع الأمير سلطان، عمارة ٧": the district and street before
                if let Some(street) = self.street_in_part_ending(p) {
                    first = street;
                    continue;
                }
                // "The Old Forge, 4 Mill Lane", "Rose Cottage, 12 High Street": a house's
                // name before its street
                if let Some(house) = self.house_name_ending(p) {
                    first = house;
                    continue;
                }
                // "…، قرب دوار فراس، عمارة ٩": a landmark between the street and the house
                let q = self.part_start(p);
                if q < p && self.landmark(q) == Some(p) {
                    first = q;
                    continue;
                }
                // "عمان، خلدا، شارع …": up to two towns or districts before the street
                let street = self.street_word(first)
                    || self.building(first)
                    || (first + 1 < self.words.len() && has_number(self.f(first + 1)));
                if places < 2 && (street || places > 0) {
                    if let Some(place) = self.place_before(p) {
                        first = place;
                        places += 1;
                        continue;
                    }
                }
                // "على الأشرفية، شارع سرسق، …": a district of one word after "على"/"في";
                // "…، الجابرية، قطعة ١١، شارع ٥": a Kuwaiti area said alone before its block
                let alone = p == 0 || self.comma(p - 1);
                let district = self.f(p).starts_with("ال")
                    && !self.cased
                    && self.uncased(p)
                    && ((p >= 1
                        && self.gap(p - 1) == " "
                        && self.in_list(p - 1, &["على", "في"])
                        && self.street_word(first))
                        || (alone && self.in_list(first, &["قطعة", "قطعه"])));
                if district {
                    first = p;
                }
                break;
            }
            // "في الدمام حي الفيصلية شارع ٢٣": the city said before the district
            let city = self.f(p).starts_with("ال")
                && !self.cased
                && self.uncased(p)
                && p >= 1
                && self.gap(p - 1) == " "
                && self.in_list(p - 1, &["في"])
                && self.in_list(first, &["حي"]);
            if city {
                first = p;
                break;
            }
            // a flat's or block's letter ("B 12 …"), not the "s" of "it's" in a line without case
            let letter =
                self.word(p).chars().count() == 1 && self.capital(p) && !self.after_apostrophe(p);
            if self.house(p) == Some(p) || self.building(p) || letter {
                first = p;
                continue;
            }
            // "number forty-one Priory Gardens", "88 to 92 Peckham High Street": "number", or
            // the first house of a range, before the house's number
            let numbered = self.house(first).is_some()
                && (self.in_list(p, NUMBER_WORDS)
                    || (self.f(p) == "to" && p >= 1 && self.house(p - 1) == Some(p - 1)));
            if numbered {
                first = if self.f(p) == "to" { p - 1 } else { p };
                continue;
            }
            // a capitalised name, or one in a script without case ("its 80 east …" is no name)
            let written_as_name = if self.cased {
                self.capital(p)
            } else {
                self.uncased(p)
            };
            // "Αγίου Δημητρίου 51": a street named in two genitives; "Μιχαήλ Αγγέλου 9": a
            // person's given name (one that does not decline) before the surname's genitive
            let person = self.greek_genitive(first)
                && self.word(p).chars().all(super::words::is_greek)
                && super::cues::is_given_name(self.f(p));
            // "Αγίου Ανδρέα 23": a street named for a saint, whatever the name's case
            let saint = self.in_list(p, &["Αγίου", "Αγίας", "Αγίων"])
                && self.word(first).chars().all(super::words::is_greek);
            let named = (self.house(first).is_some()
                || (self.greek_genitive(first) && self.greek_genitive(p))
                || person
                || saint)
                && written_as_name
                && !self.in_list(p, PREPOSITIONS)
                && !self.in_list(p, AFTER_ADDRESS)
                && !super::cues::is_cue_word(self.f(p));
            if named {
                first = p;
            }
            break;
        }
        first
    }

    /// The first word of a house's name said as the part of the utterance that ends with word
    /// `last` ("The Old Forge", "Rose Cottage", "Fernhill Farm"): one to four capitalised
    /// words, in a line with capitals, the last of them a [`HOUSE_WORDS`] word.
    fn house_name_ending(&self, last: usize) -> Option<usize> {
        if !self.cased || !self.in_list(last, HOUSE_WORDS) {
            return None;
        }
        let mut q = last;
        let capital = |i: usize| self.word(i).starts_with(char::is_uppercase);
        while q > 0 && last - q < 3 && capital(q - 1) && self.gap(q - 1) == " " {
            q -= 1;
        }
        (capital(q) && capital(last)).then_some(q)
    }

    /// The street word ([`STREET_WORDS`]) that opens the part of an address said between
    /// commas and ending with word `last` (four words at most: "شارع الأمير سلطان", "حي
    /// الروضة"), if there is one.
    fn street_in_part_ending(&self, last: usize) -> Option<usize> {
        let mut q = last;
        loop {
            let f = self.f(q);
            if is_one_of(STREET_WORDS, f) || (!self.cased && is_street_word(f)) {
                return Some(q);
            }
            let part_starts = q == 0 || self.sentence_break(q - 1) || self.comma(q - 1);
            if part_starts || last - q >= 3 {
                return None;
            }
            q -= 1;
        }
    }

    /// A UK postcode or an Eircode said in pieces from word `k` ("I G one, four P U",
    /// "R H ten, seven Q P", "D six W, one two three four"): letters in capitals and numbers
    /// in digits or words, which joined make one. Returns its last word.
    fn spelled_postcode(&self, k: usize) -> Option<usize> {
        let letters =
            |w: &str| (1..=2).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_uppercase());
        if !self.cased || !letters(self.word(k)) {
            return None;
        }
        let mut said = String::new();
        let mut found = None;
        for i in k..self.words.len().min(k + 10) {
            if i > k && (self.sentence_break(i - 1) || !matches!(self.gap(i - 1), " " | ", ")) {
                break;
            }
            let (w, f) = (self.word(i), self.f(i));
            if letters(w) || (w.len() <= 2 && w.bytes().all(|c| c.is_ascii_digit())) {
                said.push_str(w);
            } else if let Some(v) = cardinal(&[f]).filter(|&v| v < 100) {
                said.push_str(&v.to_string());
            } else if matches!(f, "oh" | "zero") {
                said.push('0');
            } else {
                break;
            }
            for cut in [3, 4] {
                if said.len() > cut {
                    let (outward, inward) = said.split_at(said.len() - cut);
                    if postcode(outward, inward) {
                        found = Some(i);
                    }
                }
            }
        }
        found
    }

    /// The flat or the town said as a clause of its own after an address and a comma, from
    /// word `k`: "it's the ground floor flat", "that's in Skokie": its last word.
    fn said_as_a_clause(&self, k: usize) -> Option<usize> {
        // "it's", written with its apostrophe (two words here) or without
        let k = if self.in_list(k, &["it", "that"])
            && k + 1 < self.words.len()
            && matches!(self.gap(k), "'" | "’")
            && self.f(k + 1) == "s"
        {
            k + 1
        } else if self.in_list(k, &["its", "thats"]) {
            k
        } else {
            return None;
        };
        if k + 2 >= self.words.len() {
            return None;
        }
        if self.f(k + 1) == "in" && self.cased && self.capital(k + 2) {
            let mut end = k + 2;
            while end + 1 < self.words.len()
                && end - k < 4
                && self.gap(end) == " "
                && self.capital(end + 1)
            {
                end += 1;
            }
            return Some(end);
        }
        // "the top floor flat", "the basement"
        let flat = (k + 2..self.words.len().min(k + 6))
            .find(|&b| self.building(b) || self.f(b) == "basement");
        flat.filter(|&b| self.f(k + 1) == "the" && (k..b).all(|i| self.gap(i) == " "))
    }

    /// Runs on from word `last` over the flat, town, region and postcode after a street
    /// ("…, London SE5 9NR", "…, R H ten, seven Q P", "…، رأس بيروت"), up to the sentence's
    /// end or a word that is not an address's.
    fn on(&self, mut last: usize) -> usize {
        let mut plain = 0; // words of no address kind in a row (uncased scripts)
        while last + 1 < self.words.len() {
            let k = last + 1;
            if self.sentence_break(last) {
                break;
            }
            if let Some(end) = self.spelled_postcode(k) {
                last = end;
                continue;
            }
            // "Ra'anana", "אום אל-פחם": one word split by an apostrophe or a hyphen
            let gap = self.gap(last);
            if !gap.is_empty() && gap.chars().all(|c| "'’-־".contains(c)) {
                last = k;
                continue;
            }
            if self.comma(last) {
                // "…, near the church", "…، قريب من جامع الراجحي": a landmark
                if let Some(end) = self.landmark(k) {
                    last = end;
                    continue;
                }
                // "…, it's the ground floor flat", "…, that's in Skokie": the flat or the
                // town said as a clause of its own
                if let Some(end) = self.said_as_a_clause(k) {
                    last = end;
                    continue;
                }
            }
            // "…, ταχυδρομικός κώδικας 17456": the postcode called so
            let postcode_called = self.f(k) == fold("ταχυδρομικός")
                && k + 2 < self.words.len()
                && self.f(k + 1) == fold("κώδικας")
                && has_number(self.f(k + 2));
            if postcode_called {
                last = k + 2;
                continue;
            }
            if self.in_list(k, AFTER_ADDRESS) {
                break;
            }
            if self.comma(last) {
                plain = 0;
            }
            let f = self.f(k);
            // "Κορίνθου 145, τέταρτος,": the floor said as its ordinal alone
            let floor_ordinal = self.gap(last).contains(',') && self.in_list(k, FLOOR_ORDINALS);
            // "…، رقم ١٧": "number" and the house's number
            let numbered = self.in_list(k, NUMBER_WORDS)
                && k + 1 < self.words.len()
                && has_number(self.f(k + 1));
            let kind = has_number(f)
                || numbered
                || floor_ordinal
                || self.building(k)
                || (self.word(k).chars().count() <= 3
                    && self.word(k).chars().all(char::is_uppercase));
            // "אום אל-פחם": "אל" joined to a name by a hyphen is the name's article
            let hyphened = k + 1 < self.words.len() && matches!(self.gap(k), "-" | "־");
            let name = self.capital(k)
                && !self.in_list(k, ADDRESS_ENDS)
                && (!self.in_list(k, PREPOSITIONS) || hyphened)
                && !super::cues::is_prefixed_cue_word(f);
            // "δεύτερος όροφος": a word before a building word
            let before_building =
                k + 1 < self.words.len() && self.gap(k).trim().is_empty() && self.building(k + 1);
            // "… στον πέμπτο όροφο", "… on the fifth floor": the floor, with its preposition
            let floor = (k + 2..(k + 4).min(self.words.len()))
                .find(|&b| self.building(b))
                .filter(|&b| {
                    self.in_list(k, FLOOR_PREPOSITIONS)
                        && (k..b).all(|i| self.gap(i).trim().is_empty())
                });
            // "48 Commonwealth Avenue, apartment 5, in Back Bay": the neighbourhood or town
            let place = |i: usize| {
                self.capital(i)
                    && self.word(i).chars().count() > 1
                    && !self.in_list(i, ADDRESS_ENDS)
                    && !super::dates::is_month(self.word(i), self.f(i))
                    && !super::cues::WEEKDAYS.contains(&self.f(i))
            };
            // "…, in Back Bay", "17 Ashgrove Terrace in Kilkenny": the comma may go after a
            // street type
            let town = self.cased
                && (self.gap(last).contains(',') || STREET_TYPES.contains(&self.f(last)))
                && self.in_list(k, &["in", "στην", "στη", "στο", "στον"])
                && k + 1 < self.words.len()
                && place(k + 1);
            if town {
                let mut end = k + 1;
                while end + 1 < self.words.len()
                    && end - k < 3
                    && self.gap(end).trim().is_empty()
                    && place(end + 1)
                {
                    end += 1;
                }
                last = end;
                continue;
            }
            if let Some(b) = floor {
                last = b;
            } else if kind || before_building {
                last = k;
            } else if name && (!self.uncased(k) || plain < 3) {
                plain += usize::from(self.uncased(k));
                last = k;
            } else {
                break;
            }
        }
        last
    }
}

/// Whether two words are a UK postcode ("LS19 7QT", "SW1A 1AA") or an Irish Eircode ("P31
/// X2V8", "D6W 1234"), written in capitals.
fn postcode(outward: &str, inward: &str) -> bool {
    let upper_or_digit = |s: &str| {
        s.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    };
    let b = outward.as_bytes();
    let uk_outward = (2..=4).contains(&b.len())
        && upper_or_digit(outward)
        && b[0].is_ascii_uppercase()
        && b.iter().any(u8::is_ascii_digit)
        && b.iter().skip_while(|c| c.is_ascii_uppercase()).count() <= 2;
    let i = inward.as_bytes();
    let uk = uk_outward
        && i.len() == 3
        && i[0].is_ascii_digit()
        && i[1..].iter().all(u8::is_ascii_uppercase);
    let eircode =
        ((b.len() == 3 && b[0].is_ascii_uppercase() && b[1..].iter().all(u8::is_ascii_digit))
            || outward == "D6W")
            && i.len() == 4
            && upper_or_digit(inward)
            && i.iter().any(u8::is_ascii_digit)
            && i.iter().any(u8::is_ascii_uppercase);
    uk || eircode
}

/// The words at the heart of each address of the line's shape: `(first, last)` word.
fn cores(line: &Line) -> Vec<(usize, usize)> {
    let n = line.words.len();
    let mut out = Vec::new();
    for t in 0..n {
        let f = line.f(t);
        // "9 Millbrook Close", "221 west 79th street": a number, one to three names, a
        // street type
        let street_type =
            STREET_TYPES.contains(&f) || NAMED_TYPES.contains(&f) || ABBREVIATED_TYPES.contains(&f);
        if t >= 2 && line.capital(t) && street_type {
            let mut k = t;
            // "East 71st Street", "west fifty seventh street": a street named by its ordinal,
            // in digits or words, and a direction before it
            let spoken = |i: usize| super::dates::is_ordinal_word(line.f(i));
            let tens = |i: usize| i + 1 < t && spoken(i + 1) && line.in_list(i, TENS);
            let ordinal =
                |i: usize| super::dates::digit_ordinal(line.f(i)).is_some() || spoken(i) || tens(i);
            // "118 Queen's Parade": the "s" of a possessive inside the name
            let possessive = |i: usize| line.f(i) == "s" && line.after_apostrophe(i);
            let named = |i: usize| {
                line.capital(i) || ordinal(i) || possessive(i) || line.in_list(i, DIRECTIONS)
            };
            while k > 0
                && t - k < 4
                && named(k - 1)
                && (line.house(k - 1) != Some(k - 1) || tens(k - 1))
                && !line.in_list(k - 1, FUNCTION_WORDS)
                && !line.in_list(k - 1, NOT_IN_A_STREETS_NAME)
                && !line.in_list(k - 1, UNITS)
            {
                k -= 1;
            }
            // "three hundred and twelve West 57th Street": a house number of up to four words
            let from = (k.saturating_sub(4)..k).find(|&i| line.house(i) == Some(k - 1));
            if let (Some(from), true) = (from, k < t) {
                out.push((from, t));
            }
        }
        let Some(h) = line.house(t) else { continue };
        if h + 1 >= n || line.sentence_break(h) {
            continue;
        }
        let next = line.f(h + 1);
        // "17 Rue des Lilas": a street type before the name, which runs to the comma
        if STREET_TYPES_FIRST.contains(&next) {
            let mut last = h + 1;
            while last + 1 < n && last - h < 5 && line.gap(last).trim().is_empty() {
                last += 1;
            }
            out.push((t, last));
        }
        // "٣٢ شارع بلس", "12 רחוב הגפן": a number, a street word, the street's name
        if ["شارع", "ش", "רחוב", "rehov", "rechov", "οδοσ"].contains(&next) {
            out.push((t, (h + 2).min(n - 1)));
        }
        // "Καλοκαιρινού 54, Ηράκλειο": a Greek name in the genitive, its number, a comma;
        // "στη Σόλωνος 61": any capitalised name after "στη(ν)" ("in the", a street being
        // feminine), with its number
        if t >= 1 && line.gap(t - 1) == " " {
            let ends = h + 1 == n || line.gap(h).contains(',');
            // "στο σπίτι ναυαρίνου 9": "at home, …" as "in the …"
            let at_home =
                t >= 3 && line.in_list(t - 2, &["σπίτι"]) && line.in_list(t - 3, &["στο"]);
            let after_in_the = t >= 2 && (line.in_list(t - 2, &["στη", "στην"]) || at_home);
            let in_the = after_in_the && line.word(t - 1).starts_with(|c: char| c.is_uppercase());
            // "στην κηφισίας 210 μαρούσι": in a line written without case, a Greek name in
            // the genitive after "στη(ν)", whatever follows its number
            let counted = h + 1 < n && line.in_list(h + 1, UNITS);
            let uncased_in_the =
                after_in_the && !line.cased && line.greek_genitive_shape(t - 1) && !counted;
            if ((line.greek_genitive(t - 1) || in_the) && ends) || uncased_in_the {
                out.push((t - 1, h));
            }
            // "στην αγίου δημητρίου 18": a street named in two genitives, written without case
            let two_after_in_the = t >= 3
                && line.in_list(t - 3, &["στη", "στην"])
                && line.gap(t - 2) == " "
                && !line.cased
                && line.greek_genitive_shape(t - 2)
                && line.greek_genitive_shape(t - 1)
                && !counted;
            if two_after_in_the {
                out.push((t - 2, h));
            }
        }
    }
    // "3 Wharfedale View, Yeadon, LS19 7QT": a house number and a capitalised name, then
    // capitalised words and commas up to a UK postcode or an Irish Eircode, is an address
    // without a cue
    for p in 1..n.saturating_sub(1) {
        if !line.cased || line.gap(p) != " " || !postcode(line.word(p), line.word(p + 1)) {
            continue;
        }
        let mut from = None;
        // "Cloonabinnia, Moycullen, County Galway, H91 K7T2": a townland and its county, no
        // house number
        let (mut county, mut first_named) = (false, None);
        let mut k = p;
        while k > 0 && p - k < 10 && !line.sentence_break(k - 1) {
            k -= 1;
            county |= line.in_list(k, &["county", "co"]) && line.capital(k);
            let pronoun = line.in_list(k, &["it", "i", "we", "that", "the", "this"]);
            if line.capital(k) && !line.word(k).starts_with(char::is_numeric) && !pronoun {
                first_named = Some(k);
            }
            let numeric = line.word(k).starts_with(char::is_numeric);
            // "33 Glenview Park, Ballincollig, that's County Cork, P31 X2V8"; the small words
            // inside a name ("4 Bóthar na Carraige", "Stratford upon Avon")
            let bridge = line.in_list(
                k,
                &[
                    "that's", "thats", "that", "s", "in", "na", "an", "of", "the", "upon", "on",
                ],
            );
            if !line.capital(k) && !numeric && !bridge {
                break;
            }
            if line
                .house(k)
                .is_some_and(|h| h + 1 < p && line.capital(h + 1))
            {
                from = Some(k);
            }
        }
        // the postcode alone, where no house number comes before it, when it is called one
        // ("Ballinacor Lower, Rathdrum, and the Eircode is A67 K2T9"; not "the code is …")
        let called = (0..p).any(|k| line.in_list(k, POSTCODE_WORDS));
        let rural = first_named.filter(|_| county);
        if let Some(from) = from.or(rural).or(called.then_some(p)) {
            out.push((from, p + 1));
        }
    }
    // "P.O. Box 212, McKee, Kentucky 40447", "PO Box 1187": a post-office box and its number
    for b in 0..n {
        let po = match line.f(b) {
            "box" if b >= 1 && line.f(b - 1) == "po" => Some(b - 1),
            "box" if b >= 2 && line.f(b - 2) == "p" && line.f(b - 1) == "o" => Some(b - 2),
            _ => None,
        };
        let Some(from) = po else { continue };
        if let Some(number) = (b + 1 < n).then(|| line.house(b + 1)).flatten() {
            out.push((from, number));
        }
    }
    // "Τσιμισκή 118, τέταρτος όροφος, Τ.Κ. 546 22": a name and its number, then after the
    // comma a floor, flat or postcode
    let greek = |i: usize| line.f(i).chars().all(super::words::is_greek);
    for t in 1..n {
        let Some(h) = line.house(t) else { continue };
        // "Αρχιεπισκόπου Μακαρίου Γ' 57": a Greek ordinal, a capital letter and its keraia
        let ordinal = line.word(t - 1).chars().count() == 1
            && line
                .word(t - 1)
                .chars()
                .all(|c| super::words::is_greek(c) && c.is_uppercase())
            && matches!(line.gap(t - 1), "' " | "΄ " | "ʹ " | "’ ");
        let named = (line.gap(t - 1) == " " || ordinal)
            && line.capital(t - 1)
            && !line.word(t - 1).starts_with(char::is_numeric)
            && !line.in_list(t - 1, PREPOSITIONS)
            && !line.in_list(t - 1, FUNCTION_WORDS)
            && !super::cues::is_prefixed_cue_word(line.f(t - 1))
            && !super::dates::is_month(line.word(t - 1), line.f(t - 1));
        if !named || h + 1 >= n || !line.comma(h) {
            continue;
        }
        let unit_after = (h + 1..n.min(h + 4)).any(|k| {
            let next = |f: &str| k + 1 < n && line.f(k + 1) == f;
            line.building(k)
                || line.in_list(k, POSTCODE_WORDS)
                || (line.f(k) == "τ" && next("κ"))
                // a Greek postcode, "546 22"
                || (line.digits(k, 3) && k + 1 < n && line.gap(k) == " " && line.digits(k + 1, 2))
                // a Greek or Cypriot town and its postcode ("Λεμεσός 3036", "Βόλος 38221")
                || (greek(t - 1)
                    && greek(k)
                    && line.capital(k)
                    && k + 1 < n
                    && line.gap(k) == " "
                    && (line.digits(k + 1, 4) || line.digits(k + 1, 5)))
        });
        if unit_after {
            // the ordinal follows the street's name ("Μακαρίου Γ'"): one or two words
            let mut first = t - 1;
            while ordinal
                && first > 0
                && t - 1 - first < 2
                && line.gap(first - 1) == " "
                && line.capital(first - 1)
                && !line.in_list(first - 1, PREPOSITIONS)
                && !line.in_list(first - 1, FUNCTION_WORDS)
            {
                first -= 1;
            }
            out.push((first, h));
        }
    }
    // "παπαναστασίου 23 λάρισα 41222": in a line written without case, a name in the
    // genitive, its number, a town and a Greek postcode (five digits, or "412 22")
    for t in 1..n {
        let Some(h) = line.house(t) else { continue };
        // not a noun after its article ("ο κωδικός της παραγγελίας 23 …")
        let article_before =
            t >= 2 && line.in_list(t - 2, &["του", "της", "των", "το", "τον", "την"]);
        let genitive = line.greek_genitive_shape(t - 1)
            && !article_before
            && !line.in_list(t - 1, PREPOSITIONS)
            && !line.in_list(t - 1, FUNCTION_WORDS);
        // "Ιάσονος 71, Βόλος 38221": written with capitals, the names capitalised and a comma
        // after the number
        let cased = line.cased && line.capital(t - 1) && h + 1 < n && line.capital(h + 1);
        if (line.cased && !cased) || line.gap(t - 1) != " " || !genitive {
            continue;
        }
        if h + 1 < n && !matches!(line.gap(h), " " | ", ") {
            continue;
        }
        let town = h + 1 < n
            && line.f(h + 1).chars().all(super::words::is_greek)
            && !line.in_list(h + 1, UNITS);
        let postcode = line.digits(h + 2, 5) || (line.digits(h + 2, 3) && line.digits(h + 3, 2));
        if town && postcode {
            let end = if line.digits(h + 2, 5) { h + 2 } else { h + 3 };
            out.push((t - 1, end));
        }
    }
    // "شارع سرسق، بناية الحلو": Lebanon's addresses have no house numbers; a street and its
    // name, a comma, and a building with its name make one (the floor runs on after it)
    for t in 0..n {
        if line.f(t) != "شارع" {
            continue;
        }
        let comma = (t + 1..n.saturating_sub(1).min(t + 5)).find(|&k| line.gap(k).contains('،'));
        let Some(c) = comma.filter(|&c| c + 2 < n && !line.sentence_break(c)) else {
            continue;
        };
        let building = line.in_list(c + 1, &["بناية", "بناء", "عمارة"]);
        // "بناية جنب البنك": a building beside a landmark, not a building's name
        let near = ["جنب", "قرب", "قريب", "مقابل", "حد", "حدا", "بجانب", "ورا"];
        let named = !line.in_list(c + 2, PREPOSITIONS) && !line.in_list(c + 2, &near);
        if building && line.gap(c + 1) == " " && named {
            out.push((t, c + 2));
        }
    }
    // "حي الرياض، شارع النخيل، إقامة الياسمين، الطابق ٣": in a script without case, a part
    // opened by a street or district word, a comma, and another (not "ברחוב המסגר, קומה 3":
    // the offices where an interview is held; nor a building, see [`DWELLINGS`])
    let street = |k: usize| line.street_word(k) && !line.in_list(k, DWELLINGS);
    for t in 0..n {
        if line.cased || !street(t) {
            continue;
        }
        let comma = (t + 1..n.saturating_sub(1).min(t + 5)).find(|&k| line.comma(k));
        let Some(c) = comma.filter(|&c| (t..=c).all(|k| !line.sentence_break(k))) else {
            continue;
        };
        if street(c + 1) {
            out.push((t, c + 1));
        }
    }
    // "Λεωφόρος Κηφισίας 230", "شارع الملك فهد ١٢", "דירה 12", "flat 4": a street word and
    // a number after it, at once or after up to three names (in Arabic, Hebrew and Greek)
    for t in 0..n {
        if !line.street_word(t) || STREET_TYPES.contains(&line.f(t)) {
            continue;
        }
        let latin = line.word(t).starts_with(|c: char| c.is_ascii_alphabetic());
        let reach = if latin { 1 } else { 4 };
        for k in t + 1..n.min(t + 1 + reach) {
            if line.sentence_break(k - 1) || line.comma(k - 1) {
                break;
            }
            if let Some(h) = line.house(k) {
                // "a flat twenty pounds": an amount, not a flat
                let unit = h + 1 < n && line.in_list(h + 1, UNITS);
                if !unit {
                    out.push((t, h));
                }
                break;
            }
            // "زنقة ابن بطوطة رقم ١٤": "number" before the house's number
            if line.in_list(k, NUMBER_WORDS) {
                continue;
            }
            // "רחוב אל-זיתון 15": the article of an Arabic name, not the preposition
            // (a preposition ending the line has no gap after it: "… ברחוב הרצל פתוח עד")
            let preposition = line.in_list(k, PREPOSITIONS) && (k + 1 == n || line.gap(k) != "-");
            if !line.capital(k) || preposition || super::cues::is_cue_word(line.f(k)) {
                break;
            }
        }
    }
    // "Οδός Παπαφλέσσα 3, Καλαμπάκα. Ο ΤΚ είναι 42200": a postcode's word, then the code,
    // in a line that gives an address (alone, "the zip is 53202" of a card, it is too little)
    let addressed = !out.is_empty();
    for k in (0..n).filter(|_| addressed) {
        if !line.in_list(k, POSTCODE_WORDS) {
            continue;
        }
        let mut c = k + 1;
        while c < n && c - k <= 2 && line.in_list(c, &["code", "is", "είναι", "هو", "זה", "שלי"])
        {
            c += 1;
        }
        if (4..=6).any(|len| line.digits(c, len)) {
            out.push((c, c));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<String> {
        addresses(text, &fold(text))
            .iter()
            .map(|&(s, e)| text[s..e].to_string())
            .collect()
    }

    #[test]
    fn the_town_after_a_street_type_and_small_words_in_a_name_before_an_eircode() {
        assert_eq!(
            found("Are we still posting the tags to 17 Ashgrove Terrace in Kilkenny, or not?"),
            ["17 Ashgrove Terrace in Kilkenny"]
        );
        assert_eq!(
            found("No we moved, it's 4 Bóthar na Carraige, Ballycallan, R95 FK28."),
            ["4 Bóthar na Carraige, Ballycallan, R95 FK28"]
        );
    }

    #[test]
    fn a_greek_street_named_for_a_person_and_the_area_after_it() {
        assert_eq!(
            found("Να τα φέρετε στο σπίτι, Μιχαήλ Αγγέλου 9, στην Ανατολή, δίπλα στο καφενείο"),
            // the landmark too (it locates the house)
            ["Μιχαήλ Αγγέλου 9, στην Ανατολή, δίπλα στο καφενείο"]
        );
    }

    #[test]
    fn addresses_run_to_the_clause_end() {
        let text = "I live at 12 Baker Street, London. And my phone";
        let got: Vec<&str> = addresses(text, &fold(text))
            .iter()
            .map(|&(s, e)| &text[s..e])
            .collect();
        assert_eq!(got, ["12 Baker Street, London"]);
        let text = "بدي أغير العنوان المسجل عندكم";
        assert!(addresses(text, &fold(text)).is_empty());
        let text = "אני גר ברחוב הרצל 14, תל אביב";
        let got: Vec<&str> = addresses(text, &fold(text))
            .iter()
            .map(|&(s, e)| &text[s..e])
            .collect();
        assert_eq!(got, ["רחוב הרצל 14, תל אביב"]);
        // the dot of "Co." (County) is no sentence's end; a full stop still is
        assert_eq!(
            found("I live at 7 Sycamore Close, Lucan, Co. Dublin, K78 F2W6."),
            ["7 Sycamore Close, Lucan, Co. Dublin, K78 F2W6"]
        );
        assert_eq!(
            found("I live at 12 Baker Street, London. Co. workers said"),
            ["12 Baker Street, London"]
        );
    }

    #[test]
    fn addresses_by_their_shape_without_a_cue() {
        assert_eq!(
            found("Apartment 3, 41 Kingsway Road, Leeds LS6 2AB, that's it"),
            ["Apartment 3, 41 Kingsway Road, Leeds LS6 2AB"]
        );
        assert_eq!(
            found("so it's 12 Elm Close, Hove, B N three, two P Q"),
            ["12 Elm Close, Hove, B N three, two P Q"]
        );
        assert_eq!(
            found("its 80 east 12th street apt 4b brooklyn ny 11201"),
            ["80 east 12th street apt 4b brooklyn ny 11201"]
        );
        assert_eq!(
            found("send it to 8 Via Roma, 00184 Roma, ok?"),
            ["8 Via Roma, 00184 Roma"]
        );
        assert_eq!(
            found("شقة ٤، شارع ٩، الرحاب، القاهرة"),
            ["شقة ٤، شارع ٩، الرحاب، القاهرة"]
        );
        assert_eq!(
            found("העצמאות 9 קומה 2 דירה 5, חיפה"),
            ["העצמאות 9 קומה 2 דירה 5, חיפה"]
        );
        assert_eq!(found("Οδός Ερμού 12, Αθήνα"), ["Οδός Ερμού 12, Αθήνα"]);
        assert_eq!(found("Πατησίων 88, Αθήνα"), ["Πατησίων 88, Αθήνα"]);
        // in a line written without case, after "στη(ν)"
        assert_eq!(
            found("και παράδοση στην ερμού 45 σύνταγμα δεύτερος όροφος"),
            ["ερμού 45 σύνταγμα δεύτερος όροφος"]
        );
        // the floor after its preposition
        assert_eq!(
            found("στην πατησίων διακόσια δεκαεπτά στον πέμπτο όροφο κοντά στο σχολείο"),
            ["πατησίων διακόσια δεκαεπτά στον πέμπτο όροφο"]
        );
        assert!(found("θα μείνω στην πόλης 3 μέρες").is_empty());
        assert_eq!(
            found("στείλτε τη στο σπίτι ναυαρίνου 9 καλαμάτα"),
            ["ναυαρίνου 9 καλαμάτα"]
        );
        assert!(found("θα είμαι στο σπίτι 3 μέρες").is_empty());
        // the district and street said before the building, between commas
        assert_eq!(
            found("الشقة في حي الروضة، شارع الأمير سلطان، عمارة ٧، الدور الرابع"),
            ["حي الروضة، شارع الأمير سلطان، عمارة ٧، الدور الرابع"]
        );
        assert_eq!(
            found("מרחוב עמק רפאים 54, קומה שלישית"),
            ["מרחוב עמק רפאים 54, קומה שלישית"]
        );
        // numbers beside words that are not streets
        assert!(found("I waited 40 minutes on the line").is_empty());
        assert!(found("Ο λογαριασμός 54, τον πλήρωσα").is_empty());
        assert!(found("Στις 15 Μαΐου, πλήρωσα").is_empty());
        assert!(found("Τρίτη 12, στις δέκα").is_empty());
        assert!(found("the flat rate is 20 pounds").is_empty());
    }

    #[test]
    fn an_address_given_as_an_answer() {
        let answer = |q: &str, a: &str| {
            asks_address(q)
                .then(|| answered_address(a, &fold(a)))
                .flatten()
                .map(|(s, e)| a[s..e].to_string())
        };
        let some = |s: &str| Some(s.to_string());
        assert_eq!(
            answer("מה הכתובת המלאה?", "הגפן 3, קריית אתא"),
            some("הגפן 3, קריית אתא")
        );
        // Egypt's "what" after the address; "where is the house?"
        assert_eq!(
            answer(
                "العنوان ايه؟",
                "شبرا الخيمة، ١٨ شارع احمد عرابي، جنب جامع النور"
            ),
            some("شبرا الخيمة، ١٨ شارع احمد عرابي")
        );
        assert_eq!(
            answer(
                "زين، وين البيت؟",
                "العين، منطقة الجيمي، شارع ١٤، فيلا رقم ٢٣"
            ),
            some("العين، منطقة الجيمي، شارع ١٤، فيلا رقم ٢٣")
        );
        assert_eq!(
            answer("Η διεύθυνσή σας;", "Ακαδημίας 17, Αθήνα."),
            some("Ακαδημίας 17, Αθήνα")
        );
        assert_eq!(
            answer("And the address?", "yes, 14 Carlton Road"),
            some("14 Carlton Road")
        );
        // a number alone, a statement, or no number
        assert_eq!(answer("What's the address?", "3"), None);
        assert_eq!(answer("I changed my address.", "3 days ago"), None);
        assert_eq!(answer("Your address?", "same as before"), None);
    }

    #[test]
    fn a_lebanese_street_and_building_without_a_number() {
        assert_eq!(
            found("وبتبعتولي ياهن على الأشرفية، شارع سرسق، بناية الحلو، الطابق الخامس."),
            ["الأشرفية، شارع سرسق، بناية الحلو، الطابق الخامس"]
        );
        assert!(found("المحل على شارع الحمرا، بناية جنب البنك").is_empty());
        assert!(found("الحساب على الموقع، شارع الدفع الالكتروني").is_empty());
        assert!(found("شارع").is_empty());
    }

    #[test]
    fn a_greek_street_number_town_and_postcode_without_case() {
        assert_eq!(
            found("το άλμπουμ να έρθει σπίτι παπαναστασίου 23 λάρισα 41222"),
            ["παπαναστασίου 23 λάρισα 41222"]
        );
        assert!(found("ο κωδικός της παραγγελίας 23 αθήνα 41222").is_empty());
        assert!(found("η παραγγελία του κυρίου 23 τεμάχια 41222").is_empty());
    }

    #[test]
    fn a_thing_sent_to_an_address() {
        assert_eq!(
            found("Ship the replacement to Schönhauser Allee 112, 10439 Berlin, second floor."),
            ["Schönhauser Allee 112, 10439 Berlin, second floor"]
        );
        for text in [
            "we will send a technician to you on Monday at 10",
            "the ship manifests from 1905 to 1914 are in collection 118",
            "Please send the invoice to my email.",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_greek_floor_as_its_ordinal() {
        assert_eq!(
            found("Φέρτε τα στην Κορίνθου 145, τέταρτος, δίπλα στο φροντιστήριο"),
            ["Κορίνθου 145, τέταρτος, δίπλα στο φροντιστήριο"]
        );
    }

    #[test]
    fn kuwaits_block_has_its_number() {
        assert_eq!(
            found("عنواني قطعة ١١، شارع ٥، جادة ٢، منزل ١٨"),
            ["قطعة ١١، شارع ٥، جادة ٢، منزل ١٨"]
        );
        // a spare part ("if it needs a part") after a time of day
        assert!(found("الفني بيجي بكرا بين ٨ و ١٢، وإذا بدها قطعة بناخد يومين تلاتة").is_empty());
    }

    #[test]
    fn a_thing_brought_to_a_street() {
        assert_eq!(
            found("وصلها على شارع التحرير رقم ٢٣ الدور التالت"),
            ["شارع التحرير رقم ٢٣ الدور التالت"]
        );
        assert_eq!(found("دزوها على حي الملقا شارع ١٢"), ["حي الملقا شارع ١٢"]);
        assert!(found("وصلها على الساعة خمسة").is_empty());
    }

    #[test]
    fn a_postcode_said_in_pieces_after_the_street() {
        // the "I" of a spelled postcode is a letter, not the caller going on about themself
        assert_eq!(
            found("It's 14, Cranbrook Road, Ilford, I G one, four P U, and I moved in May."),
            ["14, Cranbrook Road, Ilford, I G one, four P U"]
        );
        assert_eq!(
            found("22 Main Street, Naas, W ninety-one, X Y two three."),
            ["22 Main Street, Naas, W ninety-one, X Y two three"]
        );
        // letters that make no postcode end the address
        assert_eq!(
            found("It's 14 Cranbrook Road, I G one, and I moved in May."),
            ["14 Cranbrook Road"]
        );
    }

    #[test]
    fn a_house_number_and_a_name_up_to_a_postcode() {
        assert_eq!(
            found(
                "No, I've moved in with me daughter, it's 3 Wharfedale View, Yeadon, LS19 7QT now."
            ),
            ["3 Wharfedale View, Yeadon, LS19 7QT"]
        );
        assert_eq!(
            found("Leave it at 33 Glenview Park, Ballincollig, that's County Cork, P31 X2V8."),
            ["33 Glenview Park, Ballincollig, that's County Cork, P31 X2V8"]
        );
        assert!(postcode("SW1A", "1AA") && postcode("D6W", "K4T2") && !postcode("BA", "2490"));
        // no house number before it, or a sentence between
        assert!(found("The code is LS19 7QT.").is_empty());
        assert!(found("I ordered 3 Boxes. The code is LS19 7QT").is_empty());
        // alone when called a postcode
        assert_eq!(
            found("It's Carrigeen, Dungarvan, and the Eircode's X35 W2P7."),
            ["X35 W2P7"]
        );
    }

    #[test]
    fn a_post_office_box_a_postcode_called_so_and_more_street_types() {
        assert_eq!(
            found("Mail it to P.O. Box 5521, Abilene, Texas 79608 please."),
            ["P.O. Box 5521, Abilene, Texas 79608"]
        );
        assert_eq!(
            found("It's 12 Marine Parade, Glenelg, SA 5045."),
            ["12 Marine Parade, Glenelg, SA 5045"]
        );
        assert_eq!(
            found("Οδός Αθηνάς 14, Λαμία. Ο ΤΚ είναι 35100."),
            ["Οδός Αθηνάς 14, Λαμία", "35100"]
        );
        // a zip alone, for a card, is too little
        assert!(found("and the zip is 53202").is_empty());
    }

    #[test]
    fn the_cue_and_a_comma_and_number_abbreviated() {
        assert_eq!(
            found("They can be collected from my address, The Old Rectory, Church Lane, Little Bardfield, Essex, CM7 4TS."),
            ["The Old Rectory, Church Lane, Little Bardfield, Essex, CM7 4TS"]
        );
        assert_eq!(
            found("My address is No. 12 Adeola Odeku Street, Victoria Island, suite 4, it's beside Zenith Bank."),
            ["No. 12 Adeola Odeku Street, Victoria Island, suite 4"]
        );
        assert!(found("No. 12 is the one I want.").is_empty());
        assert!(found("the address, as I said, is fine").is_empty());
        assert!(found("אני גר באחד הבניינים שאתם מנהלים, ירד לי פעמיים דמי ועד.").is_empty());
        // letters of two bytes before the cue's words ("ساكن في", "הכתובת")
        assert!(found("אני רוצה לשנות את הכתובת בחשבון.").is_empty());
        assert!(!found("انا ساكن في عمان، منطقه الشميساني ٥.").is_empty());
    }

    #[test]
    fn a_greek_ordinal_the_ground_floor_and_the_doorbell() {
        assert_eq!(
            found("Στείλε μου τα σπίτι, Αρχιεπισκόπου Μακαρίου Γ' 57, διαμέρισμα 3, Στρόβολος."),
            ["Αρχιεπισκόπου Μακαρίου Γ' 57, διαμέρισμα 3, Στρόβολος"]
        );
        assert_eq!(
            found(
                "Να πάνε στη μητέρα μου, οδός Κορίνθου 287, πρώτος όροφος, κουδούνι Αθανασοπούλου."
            ),
            ["οδός Κορίνθου 287, πρώτος όροφος, κουδούνι Αθανασοπούλου"]
        );
        assert_eq!(
            found("Θα γίνει στο σπίτι μας, Λεωφόρος Κνωσού 133, Ηράκλειο, ισόγειο με αυλή."),
            ["Λεωφόρος Κνωσού 133, Ηράκλειο, ισόγειο"]
        );
    }

    #[test]
    fn an_address_needs_a_number_or_a_street_word() {
        assert!(found("I live at home with my parents").is_empty());
        assert!(found("Μένω στη Θεσσαλονίκη, στην Καλαμαριά.").is_empty());
        assert_eq!(
            found("ساكنة بشارع النخيل، عمارة ٤."),
            ["بشارع النخيل، عمارة ٤"]
        );
        assert_eq!(
            found("نحنا ساكنين بالأشرفية، شارع مار مخايل، بناية سعادة."),
            ["بالأشرفية، شارع مار مخايل، بناية سعادة"]
        );
        assert_eq!(
            found("כתובת: ביאליק ארבעים, רמת גן"),
            ["ביאליק ארבעים, רמת גן"]
        );
        assert_eq!(
            found("Μένω στο Βόλο, το κινητό μου είναι 6912345678"),
            Vec::<String>::new()
        );
        // English, without a cue
        assert_eq!(found("we're at 14 Orchard Close now"), ["14 Orchard Close"]);
        assert_eq!(
            found("it's twenty two Bishops Way"),
            ["twenty two Bishops Way"]
        );
        assert!(found("the Golden Gate Way is closed").is_empty());
        assert_eq!(
            found("it's 88 Mill Lane, flat 4 now"),
            ["88 Mill Lane, flat 4"]
        );
        assert_eq!(found("١٢٠ شارع التحلية، جدة"), ["١٢٠ شارع التحلية، جدة"]);
    }

    #[test]
    fn a_landmark_between_commas_is_part_of_the_address() {
        assert_eq!(
            found("حي الياسمين، شارع الحسين بن علي، فيلا ٢٣، قريب من جامع الراجحي"),
            ["حي الياسمين، شارع الحسين بن علي، فيلا ٢٣، قريب من جامع الراجحي"]
        );
        assert_eq!(
            found("כתובת: רחוב עבאס 37, קומה רביעית, ליד המאפייה, חיפה"),
            ["רחוב עבאס 37, קומה רביעית, ליד המאפייה, חיפה"]
        );
        // between the street and the building
        assert_eq!(
            found("شارع خالد بن الوليد، قرب دوار فراس، عمارة ٩"),
            ["شارع خالد بن الوليد، قرب دوار فراس، عمارة ٩"]
        );
        // "next" without "to" is no landmark; nor a part with a phone number
        assert_eq!(
            found("12 Oak Road, next week I'll call from 07700 900123"),
            ["12 Oak Road"]
        );
        assert_eq!(
            found("12 Oak Road, near me on 07700 900123"),
            ["12 Oak Road"]
        );
    }

    #[test]
    fn the_town_and_district_said_before_the_street() {
        assert_eq!(
            found("سكني بعمان، خلدا، شارع وصفي التل، بناية ٦٤، شقة ٧"),
            ["بعمان، خلدا، شارع وصفي التل، بناية ٦٤، شقة ٧"]
        );
        assert_eq!(
            found("لا خلاص وصلوه البيت أحسن، الدمام، حي الفيصلية، شارع ٢٢، بيت رقم ٩"),
            ["الدمام، حي الفيصلية، شارع ٢٢، بيت رقم ٩"]
        );
        assert_eq!(found("تمام، شارع الحمرا ١٢"), ["شارع الحمرا ١٢"]);
        assert_eq!(found("כן, רחוב הרצל 5"), ["רחוב הרצל 5"]);
        assert_eq!(
            found("טייבה, שכונה מזרחית, רחוב 12, בית מספר 7"),
            ["טייבה, שכונה מזרחית, רחוב 12, בית מספר 7"]
        );
        assert_eq!(
            found("Στη Νέα Μηχανιώνα, οδός Ευριπίδου 7"),
            ["Νέα Μηχανιώνα, οδός Ευριπίδου 7"]
        );
        assert_eq!(
            found("Να το φέρετε Μοίρες, οδός Γεωργίου Παπανδρέου 33"),
            ["Μοίρες, οδός Γεωργίου Παπανδρέου 33"]
        );
        // a Greek name at the start of the line may be a person's
        assert_eq!(found("Ζωή Ξενάκη, οδός Ερμού 5"), ["οδός Ερμού 5"]);
    }

    #[test]
    fn number_before_the_house_a_range_and_the_flat_or_town_as_a_clause() {
        assert_eq!(
            found("It's number 9, Sycamore Close, Harrow, HA3 7QD."),
            ["number 9, Sycamore Close, Harrow, HA3 7QD"]
        );
        assert_eq!(
            found("رقم ٢٣، زنقة ابن سينا، حي المعاريف"),
            ["رقم ٢٣، زنقة ابن سينا، حي المعاريف"]
        );
        assert_eq!(
            found("The site is 88 to 92 Peckham High Street, London."),
            ["88 to 92 Peckham High Street, London"]
        );
        assert_eq!(
            found("Twenty-three B Milton Street, Leicester, LE2 3HP, it's the top floor flat."),
            ["Twenty-three B Milton Street, Leicester, LE2 3HP, it's the top floor flat"]
        );
        assert_eq!(
            found("7730 Old Orchard Drive, unit C, that's in Skokie, 60076."),
            ["7730 Old Orchard Drive, unit C, that's in Skokie, 60076"]
        );
        assert_eq!(
            found("I live at 12 Oak Road, it's the best house on the street"),
            ["12 Oak Road"]
        );
        assert_eq!(
            found("Rehov HaNarkis 14, apartment 6, Ra'anana."),
            ["Rehov HaNarkis 14, apartment 6, Ra'anana"]
        );
        assert_eq!(
            found("רחוב אל-בוסתאן 12, אום אל-פחם"),
            ["רחוב אל-בוסתאן 12, אום אל-פחם"]
        );
        assert_eq!(
            found("Αγίου Δημητρίου 8, Άλιμος, ταχυδρομικός κώδικας 17456"),
            ["Αγίου Δημητρίου 8, Άλιμος, ταχυδρομικός κώδικας 17456"]
        );
    }

    #[test]
    fn a_greek_street_with_its_town_and_postcode_and_a_zip_said_last() {
        assert_eq!(
            found("Μένει μαζί μας, Ιάσονος 71, Βόλος 38221."),
            ["Ιάσονος 71, Βόλος 38221"]
        );
        assert_eq!(
            found("Αγίου Ανδρέα 23, Λεμεσός 3036, πάνω που το φούρνο"),
            ["Αγίου Ανδρέα 23, Λεμεσός 3036"]
        );
        assert_eq!(
            found("Παράδοση στη Βασιλέως Παύλου 63, Καστέλλα, Πειραιάς, 18533"),
            ["Βασιλέως Παύλου 63, Καστέλλα, Πειραιάς, 18533"]
        );
        // an order and an amount are no street and postcode
        assert!(found("Η παραγγελία 45, Αθήνα 12345 ευρώ").is_empty());
        assert_eq!(
            found("the address is 2217 sycamore ridge drive apartment 4B plano texas 7 5 0 2 4"),
            ["2217 sycamore ridge drive apartment 4B plano texas 7 5 0 2 4"]
        );
    }

    #[test]
    fn street_types_ordinals_in_words_and_a_possessive_in_the_name() {
        assert_eq!(
            found("We're at 118 Queen's Parade, Clifton Hill, Victoria 3068."),
            ["118 Queen's Parade, Clifton Hill, Victoria 3068"]
        );
        assert_eq!(
            found("it's three hundred and twelve west fifty seventh street apartment four c"),
            ["three hundred and twelve west fifty seventh street apartment four c"]
        );
        assert_eq!(
            found("yeah so it's forty two wallaby way sydney"),
            ["forty two wallaby way sydney"]
        );
        assert_eq!(
            found("It's 3 Wharfedale View, Yeadon."),
            ["3 Wharfedale View, Yeadon"]
        );
        assert_eq!(
            found("I'm at 55 Rideau St, Ottawa."),
            ["55 Rideau St, Ottawa"]
        );
        assert!(found("I'll see you at 3 with Dr Smith.").is_empty());
        // everyday words for places, and counts, are no street's type or name
        for none in [
            "Can y'all deliver it to my new place instead?",
            "its about 20 minutes down the road",
            "he scored 3 goals in the park yesterday",
            "i paid 40 quid for a view",
        ] {
            assert!(found(none).is_empty(), "{none}");
        }
    }

    #[test]
    fn a_houses_name_before_its_street_and_a_postcode_said_alone() {
        assert_eq!(
            found("The Old Forge, 4 Mill Lane, Little Waltham, near Chelmsford. CM3 3NT."),
            ["The Old Forge, 4 Mill Lane, Little Waltham, near Chelmsford. CM3 3NT"]
        );
        assert_eq!(
            found("The property is Rose Cottage, High Street, Much Wenlock, TF13 6AA."),
            ["Rose Cottage, High Street, Much Wenlock, TF13 6AA"]
        );
        assert_eq!(
            found("We stayed at the Grand Hotel, 12 Beach Road, Brighton."),
            ["12 Beach Road, Brighton"]
        );
    }
}
