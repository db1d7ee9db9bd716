//! E-mail addresses, written (`name@example.com`) or said the way a recogniser writes them:
//! "j dot murphy at outlook dot com", "محمد دوت علي آت ياهو دوت كوم", "יוסי נקודה כהן
//! שטרודל ג'ימייל נקודה קום", "νίκος τελεία αλεξίου παπάκι gmail τελεία com".
//!
//! In: an utterance's text (and its folded copy and words). Out: byte ranges of addresses.

use super::numbers::cardinal;
use super::words::{fold, is_arabic, is_greek, is_hebrew, is_one_of, Token};

/// E-mail addresses written out.
pub(crate) fn written(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let is_local = |c: char| c.is_alphanumeric() || "._%+-'".contains(c);
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
                out.push((start, end));
            }
        }
    }
    out
}

/// "At" said between the two halves of an address.
const AT: &[&str] = &[
    "at",
    "@",
    "arobase",
    "آت",
    "ايت",
    "أروباز",
    "اروباز",
    "שטרודל",
    "כרוכית",
    "אט",
    "παπάκι",
    "ατ",
];
/// "At" said as a preposition ("on", "in") where an address is said: "سارة نقطة علي على
/// جيميل نقطة كوم", "σάρα κοέν στο gmail τελεία com". These are everyday words, so they count
/// only when the name before them is joined ("sara dot ali") or the line has spoken of e-mail.
const WEAK_AT: &[&str] = &["على", "علي", "στο"];
/// Mail services whose name alone is a domain ("it's sarah dot jones at gmail", "שטרודל
/// ג'ימייל"), also said in two words ("g mail", "hot mail", "جي ميل").
const PROVIDERS: &[&str] = &[
    "gmail",
    "googlemail",
    "hotmail",
    "yahoo",
    "outlook",
    "icloud",
    "aol",
    "protonmail",
    "جيميل",
    "جيمايل",
    "جيمل",
    "هوتميل",
    "هوتمايل",
    "ياهو",
    "اوتلوك",
    "اوت لوك",
    "ג'ימייל",
    "גימייל",
    "ג'ימיל",
    "הוטמייל",
    "יאהו",
    "וואלה",
    "אאוטלוק",
    "אוטלוק",
    "τζιμέιλ",
    "τζιμεϊλ",
    "τζι μέιλ",
    "χότμεϊλ",
    "χοτμέιλ",
    "γιάχου",
];
/// Asides said inside an address, between commas ("d okafor, all lowercase, at gmail dot
/// com"): skipped, kept inside the span.
const ASIDES: &[&str] = &[
    "all one word",
    "one word",
    "all lowercase",
    "all lower case",
    "lower case",
    "lowercase",
    "no spaces",
    "no space",
    "all together",
    "كلها لزق",
    "كله لزق",
    "بدون مسافات",
    "بدون مسافة",
    "حروف صغيرة",
    "הכל צמוד",
    "הכל ביחד",
    "הכול צמוד",
    "הכול ביחד",
    "הכל מחובר",
    "הכול מחובר",
    "בלי רווח",
    "בלי רווחים",
    "אותיות קטנות",
    "όλο μαζί",
    "όλα μαζί",
    "χωρίς κενό",
    "χωρίς κενά",
    "μικρά",
];
/// Words that open an aside spelling what was just said ("that's J-O-N-E-S").
const ASIDE_OPENERS: &[&str] = &[
    "that's",
    "that’s",
    "that is",
    "i.e.",
    "يعني",
    "זה",
    "δηλαδή",
];
/// "with" in "כהן עם ה'" ("Cohen with a He"), "with an e", "με ένα λ".
const WITH: &[&str] = &["with", "עם", "مع", "με"];

/// The address said again after it in the caller's own words or script, in a clause of its
/// own that reads out its dots and joiners: "tesfaye.m@gmail.com, טספאיה נקודה אם",
/// "mahmoud underscore fattah at yahoo dot com، يعني محمود أندرسكور فتاح",
/// "g.anastasiou@otenet.gr είναι το mail, γ τελεία αναστασίου". One of the two clauses after
/// the address ending at byte `end`, of eight words at most and no digits.
pub(crate) fn restated(
    text: &str,
    folded: &str,
    tokens: &[Token],
    end: usize,
) -> Option<(usize, usize)> {
    let after: Vec<&Token> = tokens.iter().filter(|t| t.start >= end).collect();
    let mut clauses: Vec<Vec<&Token>> = vec![Vec::new()];
    let mut at = end;
    for t in after {
        if text[at..t.start].contains([',', '،']) {
            clauses.push(Vec::new());
        }
        if text[at..t.start].contains(['.', '?', '!', '؟', ';']) {
            break;
        }
        clauses.last_mut()?.push(t);
        at = t.end;
    }
    let f = |t: &Token| &folded[t.start..t.end];
    clauses.into_iter().skip(1).take(2).find_map(|clause| {
        let words: Vec<&Token> = clause
            .into_iter()
            .skip_while(|t| is_one_of(RESTATING, f(t)))
            .collect();
        // a dot or joiner read out between two pieces of the address ("γ τελεία αναστασίου"),
        // not a remark on it ("underscore not dash", "με κάτω παύλα", "עם מקף באמצע"); "at"
        // alone is too common ("…, and meet me at noon")
        let symbol = |k: usize| {
            let w = f(words[k]);
            is_one_of(DOT, w) || is_one_of(JOINERS, w) || (is_one_of(AT, w) && w != "at")
        };
        let piece = |k: usize| !symbol(k) && !is_one_of(REMARKS, f(words[k]));
        let said = (1..words.len().saturating_sub(1)).any(|k| {
            let two_word = TWO_WORD_JOINERS
                .iter()
                .any(|&(a, b)| f(words[k]) == b && f(words[k - 1]) == a);
            let left = if two_word {
                k.checked_sub(2)
            } else {
                Some(k - 1)
            };
            symbol(k) && left.is_some_and(piece) && piece(k + 1)
        });
        let digits = words.iter().any(|t| f(t).chars().any(|c| c.is_numeric()));
        let (first, last) = (words.first()?, words.last()?);
        (said && !digits && words.len() <= 8).then_some((first.start, last.end))
    })
}

/// Words of a remark on an address, not of the address ("with a hyphen between", "no dot in
/// between", "בלי נקודה בין המילים", "με τελεία ανάμεσα").
const REMARKS: &[&str] = &[
    "a",
    "an",
    "the",
    "no",
    "not",
    "with",
    "without",
    "between",
    "in",
    "and",
    "or",
    "all",
    "one",
    "after",
    "before",
    "עם",
    "בלי",
    "בין",
    "באמצע",
    "ללא",
    "مع",
    "بدون",
    "بين",
    "بالنص",
    "με",
    "χωρίς",
    "ανάμεσα",
    "και",
    "δεν",
];

/// Words that open an address said again ("that is", "يعني", "δηλαδή").
const RESTATING: &[&str] = &[
    "that's",
    "thats",
    "that",
    "is",
    "i",
    "mean",
    "يعني",
    "زي",
    "זה",
    "כלומר",
    "δηλαδή",
];

/// "Dot" said inside an address.
const DOT: &[&str] = &[
    "dot",
    "point",
    "دوت",
    "نقطة",
    "بوان",
    "بوينت",
    "נקודה",
    "דוט",
    "τελεία",
    "ντοτ",
];
/// Addresses (or their spelled parts) found side by side with a spoken dot or joiner between
/// ("b-e-v dot t-o-n-k-i-n": the local part spelled after the address): one range over both.
pub(crate) fn joined_parts(folded: &str, found: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut sorted = found.to_vec();
    sorted.sort_unstable();
    sorted
        .windows(2)
        .filter(|p| {
            let gap = folded.get(p[0].1..p[1].0).unwrap_or("").trim();
            DOT.contains(&gap) || JOINERS.contains(&gap)
        })
        .map(|p| (p[0].0, p[1].1))
        .collect()
}

/// Joiners said in two words ("קו תחתון", "κάτω παύλα": underscore).
const TWO_WORD_JOINERS: &[(&str, &str)] = &[
    ("קו", "תחתון"),
    ("κάτω", "παύλα"),
    ("under", "score"),
    ("اندر", "سكور"),
    // "نورة شرطة سفلية ١٩٩٥": a low dash
    ("شرطة", "سفلية"),
];
/// Other joiners said inside the part before "at".
const JOINERS: &[&str] = &[
    "underscore",
    "dash",
    "hyphen",
    "اندرسكور",
    "אנדרסקור",
    "מקף",
    "παύλα",
];
/// The "i" of ".il" said as a letter, before "אל" (its "l").
const IL_SAID: &[&str] = &["איי", "אי"];
/// Words before "at" that are not the start of an address ("reach me at …").
const NOT_LOCAL: &[&str] = &[
    "me",
    "just",
    "הוא",
    "היא",
    "انا",
    "אני",
    "εγώ",
    "us",
    "is",
    "it's",
    "its",
    "that's",
    "that’s",
    "it’s",
    "email",
    "mail",
    "address",
    "الايميل",
    "ايميل",
    "بريدي",
    "الالكتروني",
    "האימייל",
    "אימייל",
    "הדואל",
    "μέιλ",
    "ηλεκτρονικό",
    "هو",
    "המייל",
    "מייל",
    "זה",
    "είναι",
    "το",
    "μου",
    // "to", "στο": where to send it ("στείλε το στο ντίνος μπαλτάς παπάκι …")
    "to",
    "στο",
    "στη",
    "στην",
    "שלי",
    "تبعي",
    "تاعي",
    "ديالي",
    "بتاعي",
    "حقي",
    "الخاص",
];

/// Latin letters said by their names in Arabic, Hebrew and Greek script inside an address
/// ("كي تي بي", "אבי אר", "ντι κέι"): each is one letter of the name, as "k t b" would be.
const LETTER_NAMES: &[&str] = &[
    "إيه",
    "اي",
    "بي",
    "سي",
    "دي",
    "إي",
    "إف",
    "اف",
    "جي",
    "إتش",
    "اتش",
    "آي",
    "جاي",
    "كي",
    "إل",
    "ال",
    "إم",
    "ام",
    "إن",
    "ان",
    "أو",
    "كيو",
    "آر",
    "ار",
    "إس",
    "اس",
    "تي",
    "يو",
    "في",
    "دبليو",
    "إكس",
    "اكس",
    "واي",
    "زد",
    "זד",
    "איי",
    "בי",
    "סי",
    "די",
    "אף",
    "ג'י",
    "אייץ'",
    "ג'יי",
    "קיי",
    "אם",
    "אן",
    "או",
    "פי",
    "קיו",
    "אר",
    "אס",
    "טי",
    "יו",
    "וי",
    "אקס",
    "וואי",
    "έι",
    "μπι",
    "σι",
    "ντι",
    "εφ",
    "τζι",
    "έιτς",
    "άι",
    "τζέι",
    "κέι",
    "ελ",
    "εμ",
    "εν",
    "όου",
    "πι",
    "κιου",
    "αρ",
    "ες",
    "τι",
    "γιου",
    "βι",
    "εξ",
    "γουάι",
    "ζεντ",
];

/// Words joined by `.`, `_`, `-` or an apostrophe with no space (`j.murphy`, `ג'ימייל`)
/// count as one: `(start, end)` byte ranges.
fn compounds(text: &str, tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for t in tokens {
        match out.last_mut() {
            Some(last) if matches!(&text[last.1..t.start], "." | "_" | "-" | "'" | "’") => {
                last.1 = t.end;
            }
            _ => out.push((t.start, t.end)),
        }
    }
    out
}

/// E-mail addresses said: a name, joined by "dot" or "underscore" to more; "at"; a domain
/// with at least one "dot".
pub(crate) fn spoken(text: &str, folded: &str, tokens: &[Token]) -> Vec<(usize, usize)> {
    let words = without_asides(text, folded, with_spaced_at(text, compounds(text, tokens)));
    let is = |list: &[&str], i: usize| {
        let w = &folded[words[i].0..words[i].1];
        is_one_of(list, w)
    };
    let word = |i: usize| &folded[words[i].0..words[i].1];
    let is_number = |i: usize| {
        let w = word(i);
        w.chars().all(|c| c.is_ascii_digit())
            || cardinal(&w.split('-').collect::<Vec<_>>()).is_some()
    };
    let single = |i: usize| word(i).chars().count() == 1 || is(LETTER_NAMES, i);
    // "למייל, עומר …", "والإيميل": the word for e-mail with a prefix letter ("and", "to")
    let mail_word = |i: usize| {
        let w = word(i);
        let bare = w
            .strip_prefix(['ו', 'ל', 'ב', 'و', 'ل', 'ب'])
            .filter(|b| b.chars().count() >= 3)
            .unwrap_or(w);
        is_one_of(NOT_LOCAL, w) || is_one_of(NOT_LOCAL, bare)
    };
    // no comma or colon between words `i` and `i + 1`: one part of one address
    let close = |i: usize| !text[words[i].1..words[i + 1].0].contains([',', '،', ':', ';']);
    let spelled = |i: usize| {
        let w = word(i);
        w.chars().count() >= 5 && w.split('-').all(|l| l.chars().count() == 1)
    };
    let letters = |i: usize| word(i).replace('-', "");
    // a mail service's name, in one word or two, from word `i` ("gmail", "g mail", "الجيميل"):
    // how many words
    let provider = |i: usize| -> Option<usize> {
        let bare = |w: &str| w.strip_prefix("ال").unwrap_or(w).replace('-', "");
        if is_one_of(PROVIDERS, &bare(word(i))) {
            return Some(1);
        }
        if i + 1 >= words.len() {
            return None;
        }
        let two = format!("{}{}", bare(word(i)), word(i + 1));
        PROVIDERS
            .iter()
            .any(|p| fold(p).replace(' ', "") == two)
            .then_some(2)
    };
    // "בג'ימייל": at (a prefix) and a mail service in one word
    let prefixed = |i: usize| {
        word(i)
            .strip_prefix('ב')
            .is_some_and(|rest| is_one_of(PROVIDERS, rest))
    };
    let mut out = Vec::new();
    for a in 1..words.len() {
        let at_prefix = prefixed(a);
        let weak = !at_prefix && is(WEAK_AT, a);
        if !(at_prefix || weak || is(AT, a)) || is(NOT_LOCAL, a - 1) || is(DOT, a - 1) {
            continue;
        }
        if !at_prefix && (a + 1 == words.len() || is(DOT, a + 1)) {
            continue;
        }
        // "at the rate (of)": how India says "@"
        let rate = |i: usize| i < words.len() && word(i) == "rate";
        let first = match a + 2 < words.len() && word(a + 1) == "the" && rate(a + 2) {
            _ if at_prefix => a,
            true if a + 4 < words.len() && word(a + 3) == "of" => a + 4,
            true if a + 3 < words.len() => a + 3,
            _ => a + 1,
        };
        // the domain: a word, then "dot" and a word, once or more (or written: `gmail.com`);
        // its name may be said in two words ("هوت ميل", "جي ميل", "hot mail")
        let mut end = first;
        let two_words = first + 3 < words.len()
            && !is(DOT, first + 1)
            && is(DOT, first + 2)
            && !is(AT, first + 1)
            && (!is(NOT_LOCAL, first + 1) || word(first + 1) == "mail");
        let service = if at_prefix { Some(1) } else { provider(first) };
        if two_words || service == Some(2) {
            end += 1;
        }
        // "stand dash works dot gr": a dash inside the domain's name
        let mut dots = 0;
        while end + 2 < words.len() && (is(DOT, end + 1) || is(&["dash", "hyphen"], end + 1)) {
            dots += usize::from(is(DOT, end + 1));
            end += 2;
        }
        // ".il" said as its two letters, "איי אל" ("קו נקודה איי אל": ".co.il")
        if end + 1 < words.len() && is(IL_SAID, end) && word(end + 1) == "אל" && is(DOT, end - 1)
        {
            end += 1;
        }
        // any country's domain said as its two letters' names ("נקודה אף אר": ".fr"), or
        // the last part spelled ("dot e d u", "dot a u")
        let letter_name = |i: usize| is(LETTER_NAMES, i) && !is(DOT, i);
        if end + 1 < words.len()
            && end >= 1
            && is(DOT, end - 1)
            && letter_name(end)
            && letter_name(end + 1)
            && close(end)
        {
            end += 1;
        }
        let latin_letter = |i: usize| {
            let w = word(i);
            w.chars().count() == 1 && w.chars().all(|c| c.is_ascii_alphabetic())
        };
        let spelled_from = end;
        let spelled_last = end >= 1 && is(DOT, end - 1) && latin_letter(end);
        while spelled_last
            && end + 1 < words.len()
            && end + 1 - spelled_from < 3
            && latin_letter(end + 1)
            && close(end)
        {
            end += 1;
        }
        // a domain has a dot, unless it is a mail service's name ("at gmail")
        let dotted = dots > 0 || text[words[end].0..words[end].1].contains('.');
        if !dotted && service.is_none() {
            continue;
        }
        // a domain ends in letters ("com", "co.il"): "a month at 5.1%" is a rate
        let last = &text[words[end].0..words[end].1];
        if is_number(end)
            || !last
                .rsplit('.')
                .next()
                .is_some_and(|l| l.chars().any(char::is_alphabetic))
        {
            continue; // nor does "at five dot two percent" end in a domain
        }
        // the name: a word, with "dot", "underscore" and a word before it, again and again
        let mut start = a - 1;
        // "nowak, N-O-W-A-K, at …": a name spelled after it is said
        if start >= 1
            && spelled(start)
            && letters(start) == folded[words[start - 1].0..words[start - 1].1]
        {
            start -= 1;
        }
        // joined parts ("j dot murphy", "tom underscore b eighty-four"); letters and
        // numbers join without a word ("b eighty-four", "سبعة وثمانين")
        let bit = |i: usize| (is_number(i) || single(i) || word(i) == "oh") && !is(NOT_LOCAL, i);
        // a name of two words after "email is", a joiner, or opening the line: "john smith
        // at …", "שירה אנדרסקור בן דוד שטרודל …"
        let plain = |i: usize| {
            !(is(NOT_LOCAL, i)
                || is(AT, i)
                || is(DOT, i)
                || is(JOINERS, i)
                || speaks_of_mail(word(i)))
        };
        let opens = |i: usize| i == 0 || mail_word(i - 1) || is(JOINERS, i - 1) || is(DOT, i - 1);
        if start >= 1 && plain(start - 1) && opens(start - 1) && !bit(start - 1) {
            start -= 1;
        }
        // a joiner of one word or two ("קו תחתון", "κάτω παύλα") ending at word `i`
        let joiner = |i: usize| {
            let two = i >= 1
                && TWO_WORD_JOINERS.iter().any(|(a, b)| {
                    fold(a) == folded[words[i - 1].0..words[i - 1].1] && fold(b) == word(i)
                });
            if two {
                Some(2)
            } else {
                (is(DOT, i) || is(JOINERS, i)).then_some(1)
            }
        };
        // a joiner may come again before the first name ("محمود دوت عبد الحميد سبعة …"),
        // so the first name is taken inside the loop, once
        let mut first_name_taken = false;
        loop {
            if start >= 1 && bit(start - 1) {
                start -= 1;
            } else if let Some(w) = (start >= 2).then(|| joiner(start - 1)).flatten() {
                if start < w + 1 || is(NOT_LOCAL, start - w - 1) {
                    break;
                }
                start -= w + 1;
            } else if bit(start) && start >= 1 && plain(start - 1) && close(start - 1) {
                // a name before letters or numbers: "john eighty at …", "hughes one nine
                // seven oh", and a joiner may come before it again
                start -= 1;
            } else if !first_name_taken
                && start >= 1
                && plain(start - 1)
                && opens(start - 1)
                && !bit(start - 1)
                && start < a - 1
            {
                // and a first name before the last: "המייל שלי דני כהן אחת שתיים שטרודל …"
                start -= 1;
                first_name_taken = true;
            } else {
                break;
            }
        }
        // "למייל, עומר כהן חיפה שטרודל …": up to three words of a name after the word for
        // e-mail, with nothing between them
        if let Some(k) = (start.saturating_sub(3).max(1)..start)
            .find(|&k| mail_word(k - 1) && (k..start).all(|i| plain(i) && close(i) && !bit(i)))
        {
            start = k;
        }
        // "והקבלה, rachel gold at btinternet dot com", "olga kaplun שטרודל yandex נקודה ru": in
        // a line of another script, the Latin words before the address are all its name (up
        // to four), the switch of script marking where it begins
        let other_script = text
            .chars()
            .any(|c| is_hebrew(c) || is_arabic(c) || is_greek(c));
        let latin = |i: usize| {
            let w = word(i);
            w.chars().all(|c| c.is_ascii_alphanumeric())
                && w.chars().any(|c| c.is_ascii_alphabetic())
        };
        while other_script
            && start >= 1
            && a - start < 4
            && latin(start)
            && latin(start - 1)
            && close(start - 1)
            && plain(start - 1)
            && !is(
                &[
                    "my", "the", "and", "or", "send", "please", "via", "your", "our",
                ],
                start - 1,
            )
        {
            start -= 1;
        }
        // "على" and "στο" (and "ב…"), or a mail service's name with no dot: the name must be
        // joined, or the line about e-mail ("he works at yahoo" is no address)
        let joined = (start..a)
            .any(|i| is(DOT, i) || is(JOINERS, i) || is_number(i) || word(i).contains(['.', '_']));
        if (weak || at_prefix || !dotted) && !joined && !(0..start).any(|i| speaks_of_mail(word(i)))
        {
            continue;
        }
        // nor may that name run over a comma ("… 39125، والفاتورة على …"), or be followed by
        // an address written out ("على abu.majed@gmail.com": `written` has it)
        if (weak || at_prefix)
            && ((start..a - 1).any(|i| !close(i)) || text[words[first].1..].starts_with('@'))
        {
            continue;
        }
        out.push((words[start].0, words[end].1));
    }
    out
}

/// Whether a (folded) word is the word for e-mail, with its prefixes and suffixes ("ايميلي",
/// "למייל", "το μέιλ").
fn speaks_of_mail(word: &str) -> bool {
    ["mail", "يميل", "بريد", "מייל", "דואל", "דוא\"ל", "μειλ"]
        .iter()
        .any(|stem| word.contains(stem))
}

/// A "@" said apart from its words ("sarah dot jones @ gmail dot com") is a word of its own.
fn with_spaced_at(text: &str, mut words: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    let inside = |i: usize| words.iter().any(|&(s, e)| s <= i && i < e);
    let spaced: Vec<usize> = text
        .match_indices('@')
        .map(|(i, _)| i)
        .filter(|&i| !inside(i))
        .filter(|&i| text[..i].ends_with(' ') && text[i + 1..].starts_with(' '))
        .collect();
    words.extend(spaced.into_iter().map(|i| (i, i + 1)));
    words.sort_unstable();
    words
}

/// The words less the asides said between commas inside an address, before "at", "dot" or a
/// joiner: "d okafor, all lowercase, at", "jones, that's J-O-N-E-S, at", "כהן, כהן עם ה',
/// שטרודל", "خالد، خ ا ل د، دوت". The span of the address still covers them.
fn without_asides(text: &str, folded: &str, words: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    let comma = |from: usize, to: usize| text[from..to].contains([',', '،']);
    let word = |i: usize| &folded[words[i].0..words[i].1];
    let letter = |w: &str| {
        let w = w.trim_end_matches(['\'', '׳']);
        w.chars().count() == 1 || is_one_of(LETTER_NAMES, w)
    };
    let spelled = |ws: &[&str]| match ws {
        [one] => one.chars().count() >= 3 && one.split('-').all(|l| l.chars().count() == 1),
        _ => ws.len() >= 2 && ws.iter().all(|w| letter(w)),
    };
    let aside = |from: usize, to: usize| {
        let ws: Vec<&str> = (from..=to).map(word).collect();
        let said = ws.join(" ");
        if ASIDES.iter().any(|a| fold(a) == said) || spelled(&ws) {
            return true;
        }
        let rest = (1..ws.len())
            .rev()
            .find(|&k| ASIDE_OPENERS.iter().any(|o| fold(o) == ws[..k].join(" ")))
            .map(|k| &ws[k..]);
        if rest.is_some_and(spelled) {
            return true;
        }
        // "כהן עם ה'", "with an e", "με ένα λ": a letter the word is written with
        let with = ws.iter().position(|w| is_one_of(WITH, w));
        with.is_some_and(|k| {
            let tail: Vec<&str> = ws[k + 1..]
                .iter()
                .copied()
                .filter(|w| !["a", "an", "ένα", "ενα"].contains(w))
                .collect();
            k <= 1 && tail.len() == 1 && letter(tail[0])
        })
    };
    let mut keep = vec![true; words.len()];
    let mut i = 1;
    while i + 1 < words.len() {
        if !comma(words[i - 1].1, words[i].0) {
            i += 1;
            continue;
        }
        let close = (i..words.len() - 1).find(|&j| comma(words[j].1, words[j + 1].0));
        // an aside of a few words, or one that spells ("that's s i o b h a n")
        let short = |j: usize| j - i < 4 || (i..=j).skip(1).all(|k| letter(word(k)));
        match close {
            Some(j)
                if short(j) && aside(i, j) && {
                    let next = word(j + 1);
                    is_one_of(AT, next)
                        || is_one_of(WEAK_AT, next)
                        || is_one_of(DOT, next)
                        || is_one_of(JOINERS, next)
                } =>
            {
                keep[i..=j].iter_mut().for_each(|k| *k = false);
                i = j + 1;
            }
            _ => i += 1,
        }
    }
    words
        .into_iter()
        .zip(keep)
        .filter_map(|(w, k)| k.then_some(w))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::words::tokens;
    use super::*;

    fn said(text: &str) -> Vec<&str> {
        spoken(text, &fold(text), &tokens(text))
            .iter()
            .map(|&(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn a_country_s_domain_said_as_its_two_letters() {
        assert_eq!(
            said("סטפן נקודה בן חמו שטרודל אורנג' נקודה אף אר"),
            ["סטפן נקודה בן חמו שטרודל אורנג' נקודה אף אר"]
        );
        // a word after the address that is no letter's name stays out
        assert_eq!(
            said("המייל דנה שטרודל ג'ימייל נקודה קום אם אפשר"),
            ["דנה שטרודל ג'ימייל נקודה קום"]
        );
    }

    #[test]
    fn addresses_said_in_every_language() {
        assert_eq!(
            said("It's j dot murphy at outlook dot com."),
            ["j dot murphy at outlook dot com"]
        );
        assert_eq!(
            said("Email is tom underscore hargreaves at yahoo dot co dot uk"),
            ["tom underscore hargreaves at yahoo dot co dot uk"]
        );
        assert_eq!(said("it's sam.lee at gmail.com"), ["sam.lee at gmail.com"]);
        assert_eq!(
            said("it's kim underscore r seventy-one at gmail dot com"),
            ["kim underscore r seventy-one at gmail dot com"]
        );
        assert_eq!(
            said("email is ann dot lutz, L-U-T-Z, at mail dot de"),
            ["ann dot lutz, L-U-T-Z, at mail dot de"]
        );
        assert_eq!(
            said("الإيميل سارة دوت خالد آت هوتميل دوت كوم"),
            ["سارة دوت خالد آت هوتميل دوت كوم"]
        );
        assert_eq!(
            said("המייל דנה נקודה לוי שטרודל ג'ימייל נקודה קום"),
            ["דנה נקודה לוי שטרודל ג'ימייל נקודה קום"]
        );
        assert_eq!(
            said("my email is john smith at gmail dot com"),
            ["john smith at gmail dot com"]
        );
        assert_eq!(
            said("המייל שלי דנה לוי שטרודל וואלה נקודה קום"),
            ["דנה לוי שטרודל וואלה נקודה קום"]
        );
        assert_eq!(said("send it to me at work dot com"), Vec::<&str>::new());
        assert_eq!(
            said("that's ben dot ortiz two oh oh one at aol dot com"),
            ["ben dot ortiz two oh oh one at aol dot com"]
        );
        assert_eq!(
            said("it's a d a m s dot j at gmail dot com"),
            ["a d a m s dot j at gmail dot com"]
        );
        assert_eq!(
            said("יעל קו תחתון מור שטרודל וואלה נקודה קום"),
            ["יעל קו תחתון מור שטרודל וואלה נקודה קום"]
        );
        assert_eq!(
            said("μαρία κάτω παύλα κ παπάκι gmail τελεία com"),
            ["μαρία κάτω παύλα κ παπάκι gmail τελεία com"]
        );
        assert_eq!(
            said("الإيميل تاعي سلمى.حداد ات هوتميل بوان كوم"),
            ["سلمى.حداد ات هوتميل بوان كوم"]
        );
        assert_eq!(
            said("είναι ελένη τελεία νίκου παπάκι yahoo τελεία gr"),
            ["ελένη τελεία νίκου παπάκι yahoo τελεία gr"]
        );
    }

    #[test]
    fn a_name_of_two_words_a_domain_of_two_and_il_said_as_letters() {
        assert_eq!(
            said("الإيميل محمود دوت عبد الحميد سبعة وتمانين آت جيميل دوت كوم عشان"),
            ["محمود دوت عبد الحميد سبعة وتمانين آت جيميل دوت كوم"]
        );
        assert_eq!(
            said("الإيميل بتاعي ندى دوت شريف آت هوت ميل دوت كوم"),
            ["ندى دوت شريف آت هوت ميل دوت كوم"]
        );
        assert_eq!(
            said("والبريد الإلكتروني عثمان الطيب سبعة تسعة آت ياهو دوت كوم"),
            ["عثمان الطيب سبعة تسعة آت ياهو دوت كوم"]
        );
        assert_eq!(
            said("המייל שלי רונן נקודה אזולאי שטרודל וואלה נקודה קו נקודה איי אל"),
            ["רונן נקודה אזולאי שטרודל וואלה נקודה קו נקודה איי אל"]
        );
        // Latin letters said by their names; a name of three words after the word for e-mail
        assert_eq!(
            said("على الإيميل: سيف أندرسكور كي تي بي آت هوتميل دوت كوم."),
            ["سيف أندرسكور كي تي بي آت هوتميل دوت كوم"]
        );
        assert_eq!(
            said("بالبريد الثاني، إن أو آر إيه تسعة ستة آت جيميل دوت كوم."),
            ["إن أو آر إيه تسعة ستة آت جيميل دوت كوم"]
        );
        assert_eq!(
            said("ואישור למייל, עומר כהן חיפה שטרודל ג'ימייל נקודה קום, הכל מחובר."),
            ["עומר כהן חיפה שטרודל ג'ימייל נקודה קום"]
        );
        assert_eq!(
            said("Στείλε επιβεβαίωση στο ντίνος μπαλτάς παπάκι τζιμέιλ τελεία κομ."),
            ["ντίνος μπαλτάς παπάκι τζιμέιλ τελεία κομ"]
        );
        // two words before a dot are a domain only after "at"
        assert!(said("we met at the office dot").is_empty());
    }

    #[test]
    fn a_domain_spelled_and_asides_that_spell_or_say_all_together() {
        assert_eq!(
            said("it's mwong at ucla dot e d u"),
            ["mwong at ucla dot e d u"]
        );
        assert_eq!(
            said("bazza at bigpond dot com dot a u thanks"),
            ["bazza at bigpond dot com dot a u"]
        );
        assert_eq!(
            said("aoife dot brennan, that's a o i f e, at gmail dot com"),
            ["aoife dot brennan, that's a o i f e, at gmail dot com"]
        );
        assert_eq!(
            said("Το email μου: νίκος σταμάτης, όλα μαζί, στο hotmail τελεία com"),
            ["νίκος σταμάτης, όλα μαζί, στο hotmail τελεία com"]
        );
        assert_eq!(
            said("המייל אורי גבאי, הכול ביחד, שטרודל וואלה נקודה קום"),
            ["אורי גבאי, הכול ביחד, שטרודל וואלה נקודה קום"]
        );
    }

    #[test]
    fn a_mail_service_alone_is_a_domain() {
        assert_eq!(
            said("it's just sarah dot jones at gmail"),
            ["sarah dot jones at gmail"]
        );
        assert_eq!(
            said("Sure, it's dee dot okafor at proton mail dot com"),
            ["dee dot okafor at proton mail dot com"]
        );
        assert_eq!(
            said("sarah dot jones at g mail dot com"),
            ["sarah dot jones at g mail dot com"]
        );
        assert_eq!(
            said("الإيميل: خالد دوت حربي ات جيميل"),
            ["خالد دوت حربي ات جيميل"]
        );
        assert_eq!(
            said("המייל שרה כהן שמונים ושתיים שטרודל ג'ימייל"),
            ["שרה כהן שמונים ושתיים שטרודל ג'ימייל"]
        );
        // where "at" is not said as itself, the service's name is not enough
        assert!(said("he works at yahoo now").is_empty());
        assert!(said("أنا على الجيميل").is_empty());
    }

    #[test]
    fn at_said_as_on_counts_for_a_joined_name_or_a_line_about_mail() {
        assert_eq!(
            said("الايميل سارة نقطة علي على جيميل نقطة كوم"),
            ["سارة نقطة علي على جيميل نقطة كوم"]
        );
        assert_eq!(
            said("ايميلي خالد دوت حربي على الجيميل"),
            ["خالد دوت حربي على الجيميل"]
        );
        // a card's digits before "and the bill on" an address written out stay the card's
        assert!(
            said("أمريكان إكسبريس 3765 412088 39125، والفاتورة على abu.majed@gmail.com").is_empty()
        );
        assert_eq!(
            said("το μέιλ: σάρα κοέν στο gmail τελεία com"),
            ["σάρα κοέν στο gmail τελεία com"]
        );
        assert_eq!(
            said("המייל שלי הוא שרהכהן בג'ימייל נקודה קום"),
            ["שרהכהן בג'ימייל נקודה קום"]
        );
        // a shop's website is no address
        assert!(said("تقدر تطلب على نون دوت كوم").is_empty());
        assert!(said("θα το βρείτε στο skroutz τελεία gr").is_empty());
    }

    #[test]
    fn an_aside_inside_an_address_stays_inside_it() {
        assert_eq!(
            said("sarah dot jones, that's J-O-N-E-S, at gmail dot com"),
            ["sarah dot jones, that's J-O-N-E-S, at gmail dot com"]
        );
        assert_eq!(
            said("d okafor, all lowercase, at gmail dot com"),
            ["d okafor, all lowercase, at gmail dot com"]
        );
        assert_eq!(
            said("המייל שלי שרה נקודה כהן, כהן עם ה', שטרודל ג'ימייל נקודה קום"),
            ["שרה נקודה כהן, כהן עם ה', שטרודל ג'ימייל נקודה קום"]
        );
        assert_eq!(
            said("ايميلي خالد، خ ا ل د، دوت حربي آت جيميل دوت كوم"),
            ["خالد، خ ا ل د، دوت حربي آت جيميل دوت كوم"]
        );
        assert_eq!(
            said("το μέιλ είναι ν παπαδόπουλος, όλο μαζί, παπάκι gmail τελεία com"),
            ["ν παπαδόπουλος, όλο μαζί, παπάκι gmail τελεία com"]
        );
        assert_eq!(
            said("sarah dot jones @ gmail dot com"),
            ["sarah dot jones @ gmail dot com"]
        );
    }

    #[test]
    fn at_without_a_domain_is_not_an_address() {
        assert!(said("I was at home at five").is_empty());
        assert!(said("reach me at work dot com").is_empty());
        assert!(said("we met at Starbucks on Main").is_empty());
    }
}
