//! Cue words: what the words around a number say it is ("card", "phone", "ID", "IBAN",
//! "born", "order" in each language served), and the names that a cue introduces ("my name
//! is", "اسمي", "שמי", "με λένε").
//!
//! In: an utterance's text and its folded copy ([`super::words::fold`]). Out: cue positions
//! with what they announce, and byte ranges of names.

use super::numbers::cardinal;
use super::words::{
    bare, fold, is_arabic, is_greek, is_hebrew, is_mark, is_one_of, is_word_char, spelled_letters,
    spelled_runs, tokens, unaccented, written_without_case, Token,
};

/// What a cue word says about the number after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cue {
    Card,
    Phone,
    Id,
    Birth,
    /// An order, ticket, tracking, claim or invoice number: not personal.
    Order,
    /// A tax number, in Arabic: a person's (a Greek AFM, nine digits) or a business's (a Saudi
    /// VAT number, fifteen): only the person's is personal data.
    Tax,
}

const CUES: &[(Cue, &[&str])] = &[
    (
        Cue::Card,
        &[
            "card",
            "visa",
            "mastercard",
            "amex",
            "credit",
            "debit",
            "بطاقة",
            "بطاقتي",
            "كارت",
            // "الكرت", "كرتي": "كرت" ends a word, so "كرتون" (a box) is none
            "كرت",
            "كرتي",
            "كارط",
            "فيزا",
            "ماستر",
            "כרטיס",
            "אשראי",
            "ויזה",
            "κάρτα",
            "πιστωτική",
            "χρεωστική",
            "χρεώστε",
            // the card's expiry said next to its digits
            "expiry",
            "expires",
            "expiration",
            "תוקף",
            "الانتهاء",
            "λήξη",
        ],
    ),
    (
        Cue::Phone,
        &[
            "phone",
            "mobile",
            "cell",
            "reach me",
            "reach you",
            "call me",
            // "what number can I call you on?": where to call back
            "call you",
            "ring you",
            "text you",
            "callback",
            "call back",
            "contact number",
            // "my number's oh three, …", as "رقمي", "המספר שלי", "το νούμερό μου" ("my",
            // "his", "her", "your" open ID cues already)
            "my number",
            "his number",
            "her number",
            "your number",
            "whatsapp",
            "landline",
            "جوال",
            "جوالي",
            "رقمي",
            "نمرتي",
            // the Maghreb's "my number" ("النومرو متاعي", "الرقم ديالي")
            "النومرو",
            "نومرو",
            "الرقم متاعي",
            "الرقم ديالي",
            "النمرة ديالي",
            "النمرة متاعي",
            "هاتف",
            "موبايل",
            "تلفون",
            "تليفون",
            "اتصل",
            "تتصل",
            // where to call back, in the Levant and the Gulf ("في رقم نحكيك عليه؟")
            "نحكيك",
            "نتصل فيك",
            "نتصل عليك",
            "نكلمك",
            "تواصل",
            "واتساب",
            "טלפון",
            "המספר שלי",
            "נייד",
            "פלאפון",
            "לחזור אלי",
            "לחזור אליך",
            "להתקשר אליך",
            "ליצירת קשר",
            "תתקשרו",
            "תתקשר",
            "וואטסאפ",
            "τηλέφωνο",
            "τηλεφώνου",
            "κινητό",
            "σταθερό",
            "σταθερού",
            "το νούμερό μου",
            // "Ο αριθμός μου εννιά έξι, …": my number
            "αριθμός μου",
            "τηλ",
            "με πάρετε",
            "πάρτε με",
            // "σε ποιο αριθμό να σας πάρω;": where to call back
            "να σας πάρω",
            "να σε πάρω",
            "να σας καλέσω",
            "να σε καλέσω",
            "καλέσουμε",
            "επικοινωνίας",
        ],
    ),
    (
        Cue::Id,
        &[
            "social security",
            "social",
            "ssn",
            // "לטופס של האמריקאים, הסושיאל שלי 318-62-7749"
            "סושיאל",
            "הסושיאל",
            "iqama",
            "afm",
            "tax number",
            "tax id",
            "teudat zehut",
            "id number",
            "national id",
            // the country's ID ("my Saudi ID, it's …", "the Emirates ID")
            "saudi id",
            "israeli id",
            "greek id",
            "cypriot id",
            "emirati id",
            "emirates id",
            "qatari id",
            "kuwaiti id",
            "civil id",
            "jordanian id",
            "egyptian id",
            "government id",
            // a worker's sponsor's ID
            "sponsor id",
            "sponsor's id",
            "state id",
            "my id",
            "own id",
            "his id",
            "her id",
            "your id",
            "their id",
            // "Let me just read the ID back, …" (a cue's first word is a cue word everywhere,
            // so not "the id")
            "id back",
            // a relative's ("my husband's ID, …")
            "husband's id",
            "wife's id",
            "son's id",
            "daughter's id",
            "father's id",
            "mother's id",
            "id card",
            "passport",
            "identity",
            "هوية",
            "هويتي",
            "إقامة",
            "الإقامة",
            // "his, my, her iqama"
            "إقامته",
            "إقامتي",
            "إقامتها",
            "هويته",
            "هويتها",
            "السجل المدني",
            "سجلي المدني",
            "سجل مدني",
            "الرقم القومي",
            "الرقم المدني",
            "الرقم الوطني",
            "البطاقة الوطنية",
            "البطاقة الشخصية",
            "لاكارط ناسيونال",
            "البطاقة المدنية",
            "جواز",
            "תעודת זהות",
            "ת.ז",
            "ת\"ז",
            // "ותז שלי …": the abbreviation written without its gershayim
            "תז",
            "ותז",
            "זהות",
            "דרכון",
            "αφμ",
            "α.φ.μ",
            "φορολογικού μητρώου",
            "ταυτότητα",
            "ταυτότητας",
            "αμκα",
            "διαβατήριο",
        ],
    ),
    (
        Cue::Birth,
        &[
            "born",
            "date of birth",
            "birth date",
            "birthdate",
            "birthday",
            "dob",
            "d.o.b",
            "d o b",
            "الميلاد",
            "ميلادي",
            "ميلادك",
            "ميلاد",
            "مواليد",
            "ولادتي",
            "ولادته",
            "ولادتها",
            "مولود",
            "ولدت",
            // Egypt's "was born" ("اتولد", "اتولدت")
            "اتولد",
            // the Maghreb's "born" ("مزيودة فاتح يناير …")
            "مزيود",
            "تزاديت",
            "تزادت",
            "تزاد",
            "الازدياد",
            "ازدياد",
            "زاديت",
            "خلقت",
            "انولدت",
            "לידה",
            "נולד",
            "יליד",
            "יום הולדת",
            "הולדת",
            "γέννησης",
            // the formal genitive of forms ("Ημερομηνία γεννήσεως;")
            "γεννήσεως",
            "γεννήθηκ",
            // the augment of Cyprus and of older speakers ("εγεννήθηκε στις …")
            "εγεννήθηκ",
            "γεννημέν",
            "γενέθλια",
            // "Εγώ είμαι του σαράντα εννιά, δεκαπέντε Αυγούστου": I am of (the year) '49
            "είμαι του",
            "είμαι της",
        ],
    ),
    (
        Cue::Tax,
        &[
            // "رقمي الضريبي 163 204 574" (a Greek AFM asked in Arabic), "الرقم الضريبي
            // للمنشأة 310458829600003" (a business's VAT number)
            "الرقم الضريبي",
            "رقمي الضريبي",
            "رقم ضريبي",
        ],
    ),
    (
        Cue::Order,
        &[
            "order",
            "ticket",
            "tracking",
            "تتبع",
            "التتبع",
            "מעקב",
            "εντοπισμού",
            "reference",
            // a voucher's, a dispute's, a transaction's or a receipt's number is no one's
            // ("The voucher number is 4417 2209 8813", "your dispute number is …")
            "voucher",
            "dispute",
            "transaction",
            "receipt",
            "coupon",
            "القسيمة",
            "الإيصال",
            "ايصال",
            "المعاملة",
            "שובר",
            "השובר",
            "κουπόνι",
            "συναλλαγής",
            "απόδειξης",
            "claim",
            "invoice",
            "case number",
            "case id",
            "item number",
            "part number",
            "part no",
            "confirmation number",
            // a fine's or a booking's number ("the notice number's 7 7 0 3 …", "ο αριθμός
            // κράτησης είναι ΑΘ-2024-10318")
            "notice number",
            "booking number",
            "certificate number",
            "reservation number",
            "κράτησης",
            "الحجز",
            "الطلب",
            "طلب",
            "تذكرة",
            "التذكرة",
            "الشحنة",
            "شحنة",
            "المرجع",
            "مرجع",
            "المطالبة",
            "الفاتورة",
            "البلاغ",
            "بلاغ",
            "الشكوى",
            "شكوى",
            "הזמנה",
            "פנייה",
            "משלוח",
            "תביעה",
            "אסמכתא",
            "חשבונית",
            "παραγγελία",
            "παραγγελίας",
            "αίτημα",
            "αποστολής",
            "αποζημίωσης",
            "τιμολόγιο",
            "policy",
            // a contract's number ("ο αριθμός συμβολαίου είναι 4471 0298 3365 12"); not the
            // contract alone ("ואת שלך, לחוזה?" asks for an ID)
            "contract number",
            "contract no",
            "συμβολαίου",
            "αριθμός σύμβασης",
            "מספר חוזה",
            "מספר החוזה",
            "serial",
            // a meter's or a device's number: "the MPRN is 10 0134 5782 3", "σειριακό 22 …"
            "meter",
            "mprn",
            "σειριακό",
            "σειριακός",
            "מספר סידורי",
            "מספר המונה",
            "العداد",
            "الرقم التسلسلي",
            "αριθμός παροχής",
            "παροχής",
            "μετρητή",
            "βλάβης",
            "αναφοράς",
            // a student's or member's number at a university, gym or club
            "student number",
            "student id",
            "membership number",
            "member number",
            "الجامعي",
            "العضوية",
            "מספר סטודנט",
            "מספר חבר",
            "αριθμός μητρώου",
            "αριθμός μέλους",
        ],
    ),
];

/// Letters that Arabic and Hebrew write joined to the front of a word ("and", "the", "in",
/// "to"): a cue may follow up to three of them.
pub(crate) const PREFIX_LETTERS: &[char] = &[
    'و', 'ا', 'ل', 'ب', 'ف', 'ك', 'ו', 'ה', 'ב', 'ל', 'ש', 'מ', 'כ',
];

/// Where `cue` (folded) occurs in `folded` as the start of a word (after up to three prefix
/// letters in Arabic and Hebrew); short cues must also end a word. Vowel points and the
/// tatweel in the text are skipped ("وُلدتُ" holds "ولدت"). Returns byte ranges.
pub(crate) fn find_phrase(folded: &str, cue: &str) -> Vec<(usize, usize)> {
    // The text without marks, and where each of its bytes is in `folded`.
    let (plain, at_byte): (String, Vec<usize>) = if folded.chars().any(is_mark) {
        let mut plain = String::with_capacity(folded.len());
        let mut at = Vec::with_capacity(folded.len() + 1);
        for (i, c) in folded.char_indices().filter(|&(_, c)| !is_mark(c)) {
            plain.push(c);
            at.extend(std::iter::repeat_n(i, c.len_utf8()));
        }
        at.push(folded.len());
        (plain, at)
    } else {
        (folded.to_string(), (0..=folded.len()).collect())
    };
    let mut out = Vec::new();
    let short = cue.chars().count() <= 3;
    for (at, _) in plain.match_indices(cue) {
        let end = at + cue.len();
        let mut before = plain[..at].chars().rev();
        let mut prefixes = 0;
        let ok_start = loop {
            match before.next() {
                None => break true,
                Some(c) if !is_word_char(c) => break true,
                Some(c) if PREFIX_LETTERS.contains(&c) && prefixes < 3 => prefixes += 1,
                Some(_) => break false,
            }
        };
        let ok_end = !short || !plain[end..].chars().next().is_some_and(is_word_char);
        if ok_start && ok_end {
            out.push((at_byte[at], at_byte[end]));
        }
    }
    out
}

/// Every cue in the folded text: `(end byte, cue)`, in order.
pub(crate) fn cues(folded: &str) -> Vec<(usize, Cue)> {
    let mut out = Vec::new();
    for (cue, w) in folded_cues() {
        for (start, end) in find_phrase(folded, w) {
            if *cue == Cue::Birth && names_a_document(&folded[..start]) {
                continue;
            }
            out.push((end, *cue));
        }
    }
    out.sort_by_key(|&(end, _)| end);
    out
}

/// Whether the words before a birth cue make it a document ("πιστοποιητικό γέννησης", "תעודת
/// לידה", "شهادة الميلاد"): a line that asks for a birth certificate dates other things.
fn names_a_document(before: &str) -> bool {
    // a cue found after a prefix ("ال" of "الميلاد") starts inside its word
    let before = match before.rfind(' ') {
        Some(i) if !before.ends_with(' ') => &before[..i],
        _ => before,
    };
    let last = before.trim_end().rsplit(' ').next().unwrap_or("");
    let documents = [
        "πιστοποιητικό",
        "πράξη",
        "πράξης",
        "תעודת",
        "شهادة",
        "شهاده",
    ];
    is_one_of(&documents, last)
}

/// Whether a folded word is the first word of a cue ("card", "phone", "order", …).
pub(crate) fn is_cue_word(folded_word: &str) -> bool {
    folded_cues()
        .iter()
        .any(|(_, w)| w.split(' ').next() == Some(folded_word))
}

/// [`is_cue_word`], also after up to three prefix letters of Arabic or Hebrew ("والجوال":
/// "and the mobile").
pub(crate) fn is_prefixed_cue_word(folded_word: &str) -> bool {
    let mut rest = folded_word;
    for _ in 0..=3 {
        if is_cue_word(rest) {
            return true;
        }
        match rest.strip_prefix(PREFIX_LETTERS) {
            Some(r) if r.chars().count() >= 2 => rest = r,
            _ => return false,
        }
    }
    false
}

/// [`CUES`], folded once.
fn folded_cues() -> &'static [(Cue, String)] {
    static FOLDED: std::sync::OnceLock<Vec<(Cue, String)>> = std::sync::OnceLock::new();
    FOLDED.get_or_init(|| {
        // a Hebrew abbreviation is written with '"' or with its own gershayim ("ת"ז", "ת״ז")
        let gershayim = |w: &&str| w.contains('"').then(|| w.replace('"', "״"));
        CUES.iter()
            .flat_map(|&(cue, words)| {
                let written = words.iter().map(|w| fold(w));
                let with_gershayim = words.iter().filter_map(gershayim).map(|w| fold(&w));
                written.chain(with_gershayim).map(move |w| (cue, w))
            })
            .collect()
    })
}

/// How a phrase introduces the speaker's own name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NameCue {
    /// It says a name follows ("my name is"): in English and Greek a lower-case name is
    /// taken too (its first two words).
    Explicit,
    /// A name usually follows ("this is", "اسمي"): in English and Greek it is capitalised.
    Plain,
    /// A name may follow ("أنا"): it must end the clause.
    Weak,
    /// A title the other party addresses someone by ("Mr", "أستاذ", "גברת", "κύριε"): one or
    /// two words, capitalised in English and Greek, ending the clause in Arabic and Hebrew.
    Title,
    /// "Here is" opening a call ("שלום, כאן מיכל מהבנק", "Καλησπέρα, εδώ η Μαρία"): only at
    /// a clause's start; in Hebrew the name ends the clause or comes before "from …" (מ…).
    Greeting,
}

use NameCue::{Explicit, Greeting, Plain, Title, Weak};

/// Phrases that introduce the speaker's own name.
const NAME_CUES: &[(&str, NameCue)] = &[
    ("my name is", Explicit),
    ("account's under", Plain),
    ("account is under", Plain),
    ("under the name of", Plain),
    // a booking under a name: "It's under Lupe", "the table's booked under Okafor"
    ("it's under", Plain),
    ("it’s under", Plain),
    ("it is under", Plain),
    ("booked under", Plain),
    ("booking's under", Plain),
    ("booking is under", Plain),
    ("reservation's under", Plain),
    ("reservation is under", Plain),
    ("under the name", Plain),
    // "The name on it's Alasdair MacLeod": the name a card, a form or a parcel carries
    ("name on it's", Plain),
    ("name on it is", Plain),
    ("in my own name", Plain),
    ("in my name", Plain),
    // India's "myself Venkatesh Raghunathan": "I am"
    ("myself", Plain),
    ("στο όνομα", Plain),
    // the genitive after "in the name of": "στο όνομα του Νίκου Παπαδόπουλου"
    ("στο όνομα του", Plain),
    ("στο όνομα της", Plain),
    ("in the name of", Plain),
    // "in my name, X", "it's me, X": the name after a comma (COMMA_ONLY)
    ("باسمي", Plain),
    ("على اسمي", Plain),
    ("על השם שלי", Plain),
    ("על שמי", Plain),
    ("זאת אני", Plain),
    ("זה אני", Plain),
    ("εγώ είμαι", Plain),
    ("this is she", Plain),
    ("this is he", Plain),
    ("it's me", Plain),
    // "الاسم الأول محمد", "επώνυμο Κωνσταντίνου": first name, surname
    ("الاسم الأول", Plain),
    ("الاسم الاول", Plain),
    ("επώνυμο", Plain),
    ("μικρό όνομα", Plain),
    // "רשום אצלי ירון אברג'יל": "I have … registered", before a given name only
    ("רשום אצלי", Plain),
    ("רשומה אצלי", Plain),
    // "تمام، الاسم عبدالله بن سعد": "the name", before a given name only
    ("الاسم", Plain),
    // "الاسم في الهوية حصة القحطاني": the name as an ID or card holds it
    ("الاسم في الهوية", Plain),
    ("الاسم بالهوية", Plain),
    ("الاسم في البطاقة", Plain),
    ("الاسم على البطاقة", Plain),
    ("الاسم على الكرت", Plain),
    ("الاسم في الجواز", Plain),
    ("through to", Plain),
    ("you've reached", Plain),
    ("you’ve reached", Plain),
    ("you have reached", Plain),
    // with the space: "باسمي" and "על שמי" ("in my name") are not followed by a name
    ("باسم ", Plain),
    ("على اسم ", Plain),
    ("על שם ", Plain),
    ("το όνομα είναι", Explicit),
    ("στο όνομά μου", Plain),
    ("εν ο", Plain),
    ("εν η", Plain),
    // a greeting, then the article and the name ("Ναι, γεια σας, ο Στέλιος Ζαχαρίου, …")
    ("γεια σας, ο", Plain),
    ("γεια σας, η", Plain),
    ("καλησπέρα, ο", Plain),
    ("καλησπέρα, η", Plain),
    ("καλημέρα, ο", Plain),
    ("καλημέρα, η", Plain),
    ("my name's", Explicit),
    ("surname is", Explicit),
    ("last name is", Explicit),
    ("first name is", Explicit),
    ("surname", Plain),
    ("last name", Plain),
    ("first name", Plain),
    // "first name Aoife, second name Brennan", "family name Li", "maiden name Doyle"
    ("second name", Plain),
    ("family name", Plain),
    ("maiden name", Plain),
    ("middle name", Plain),
    ("given name", Plain),
    ("christian name", Plain),
    // "I go by Alex", "she goes by Bibi" (not "it goes by DHL")
    ("i go by", Plain),
    ("i just go by", Plain),
    ("i usually go by", Plain),
    ("she goes by", Plain),
    ("he goes by", Plain),
    ("my name’s", Explicit),
    ("name is", Explicit),
    ("name's", Explicit),
    ("name’s", Explicit),
    ("this is", Plain),
    ("speaking to", Plain),
    // a nickname: "… but everybody calls me Emeka", "do call me Peggy"
    ("calls me", Plain),
    ("call me", Plain),
    ("με φωνάζουν", Plain),
    // Cyprus's "they call me": "…, αλλά λαλούν με Κούλη"
    ("λαλούν με", Plain),
    ("με λαλούν", Plain),
    // "… بس الناس بتقولي حمادة", "بينادوني أبو سعد": people call me, before a given name
    ("الناس بتقولي", Plain),
    ("الناس بيقولولي", Plain),
    // "وصحابي بيقولولي حمادة": my friends call me
    ("بيقولولي", Plain),
    ("بينادولي", Plain),
    ("الكل بيقولي", Plain),
    ("بينادوني", Plain),
    ("ينادوني", Plain),
    ("ينادونني", Plain),
    ("بيسموني", Plain),
    ("يسموني", Plain),
    // "… αλλά πείτε με Μπάμπη": call me
    ("πείτε με", Plain),
    ("λέτε με", Plain),
    ("φωνάξτε με", Plain),
    ("speaking with", Plain),
    ("i'm", Plain),
    ("i’m", Plain),
    ("i am", Plain),
    ("اسمي", Plain),
    ("إسمي", Plain),
    ("سميتي", Plain),
    ("اسم العائلة", Plain),
    ("معك", Plain),
    // Egypt's polite "with you (sir) is …": "نادي سبورتنج، مع حضرتك كريم."
    ("مع حضرتك", Plain),
    ("معاك", Plain),
    // the agent's "معاكي مريم": with you (a woman) is …; the Gulf's "معاج", "وياك"
    ("معاكي", Plain),
    // the caller's "معاكم شمّا المهيري": with you (all) is …
    ("معاكم", Plain),
    ("معكم", Plain),
    ("معاج", Plain),
    ("وياك", Plain),
    ("وياج", Plain),
    ("انا", Weak),
    ("أستاذ", Title),
    ("أستاذة", Title),
    // the Maghreb's "Mrs" and "Mr" ("لالة خديجة", "آ سي يوسف"), before a given name only
    ("لالة", Title),
    ("سي", Title),
    ("مدام", Title),
    ("سيد", Title),
    ("السيدة", Title),
    ("سيدة", Title),
    // an elder addressed as uncle or aunt ("أهلين عمي الياس،", "عمو جو")
    ("عمي", Title),
    ("عمو", Title),
    ("خالتي", Title),
    ("خالو", Title),
    ("أخ", Title),
    ("أخت", Title),
    ("دكتور", Title),
    ("שמי", Plain),
    ("קוראים לי", Plain),
    ("השם שלי הוא", Plain),
    ("השם שלי", Plain),
    ("שם משפחה", Plain),
    ("שם פרטי", Plain),
    // "אני מדברת עם יעקב אלמליח?": am I speaking with …
    ("מדבר עם", Plain),
    ("מדברת עם", Plain),
    ("מדבר", Plain),
    ("מדברת", Plain),
    ("אני", Weak),
    ("כאן", Greeting),
    ("פה", Greeting),
    ("זה", Greeting),
    ("זאת", Greeting),
    ("זו", Greeting),
    ("מר", Title),
    ("גברת", Title),
    ("אדון", Title),
    ("με λένε όλοι", Explicit),
    ("με λένε", Explicit),
    ("λέγομαι", Explicit),
    ("ονομάζομαι", Explicit),
    ("το όνομά μου είναι", Explicit),
    ("είμαι ο", Plain),
    ("είμαι η", Plain),
    ("εγώ ο", Plain),
    ("εγώ η", Plain),
    ("στο τηλέφωνο ο", Plain),
    ("στο τηλέφωνο η", Plain),
    ("είμαι εγώ", Plain),
    ("σας μιλάει ο", Plain),
    ("σας μιλάει η", Plain),
    ("μιλάτε με τον", Plain),
    ("μιλάτε με την", Plain),
    ("μιλάτε με τη", Plain),
    // "…, καλησπέρα, είστε με την Ελπίδα": you are with …
    ("είστε με τον", Plain),
    ("είστε με την", Plain),
    ("είστε με τη", Plain),
    ("εδώ η", Greeting),
    ("εδώ ο", Greeting),
    ("εδώ", Greeting),
    ("mr", Title),
    ("mrs", Title),
    ("ms", Title),
    ("mister", Title),
    ("miss", Title),
    ("κύριε", Title),
    ("κυρία", Title),
    ("κύριος", Title),
    ("κύριο", Title),
    ("κυρίου", Title),
    ("κυρίας", Title),
    // the spoken "κυρ Μπάμπη", "κυρά Λένη"
    ("κυρ", Title),
    ("κυρά", Title),
    // a priest: "ο πατήρ Γεράσιμος", "Καλημέρα πάτερ Νικόλαε"
    ("πατήρ", Title),
    ("πάτερ", Title),
];

/// Cues whose name may follow a comma ("δικαιούχος είμαι εγώ, Νίκος Παπαδόπουλος": "the
/// holder is me, …"; "the account's in my own name, Lucía Fernández Ortega"), besides the
/// cues of [`COMMA_ONLY`].
const COMMA_AFTER: &[&str] = &[
    "είμαι εγώ",
    "in my own name",
    "in my name",
    "στο όνομά μου",
    "שמי",
];

/// Whether a cue's name may follow a comma ([`COMMA_AFTER`], [`COMMA_ONLY`]).
fn comma_after(cue: &str) -> bool {
    COMMA_AFTER.contains(&cue) || COMMA_ONLY.contains(&cue)
}

/// Cues whose name may only follow a comma, and (in Arabic and Hebrew) open with a listed
/// given name: "الحساب باسمي، فهد العتيبي", not "… باسمي، لو تبي رقم الهوية"
/// ("in my name, if you want the ID number") nor "כן זה אני בעל החשבון" ("yes, it's me, the
/// account holder").
const COMMA_ONLY: &[&str] = &[
    "باسمي",
    "على اسمي",
    "על השם שלי",
    "על שמי",
    "זאת אני",
    "זה אני",
    "εγώ είμαι",
    "this is she",
    "this is he",
    "it's me",
];

/// Words that may stand between a cue and the name ("اسمي هو ليلى", "השם שלי זה עומר").
const COPULAS: &[&str] = &["هو", "هي", "זה", "הוא", "היא", "είναι"];

/// Sounds of hesitation a speaker makes before a name ("my name's um …", "שמי אממ …").
pub(crate) const HESITATIONS: &[&str] = &[
    "um", "umm", "uh", "uhm", "erm", "er", "ah", "eh", "אממ", "אמ", "אה", "εεε", "εε", "ممم",
];

/// Words after which the speaker names themself ("Daniel Whitaker here", "Χριστίνα Δήμου
/// εδώ", "η Ελένη μιλάει").
const NAME_AFTER: &[&str] = &[
    "here",
    "calling",
    "speaking",
    "εδώ",
    "είμαι",
    "μιλά",
    "μιλάει",
    "μιλάω",
    // "Κυριακή Μπαλτά λέγομαι,": the name before "I am called"
    "λέγομαι",
    "ονομάζομαι",
    // "הלו, יוסי מדבר,": "Yossi speaking"
    "מדבר",
    "מדברת",
];

/// Whether a folded word opens a clause after a name: [`CLAUSE_OPENERS`], or a Hebrew verb in
/// the first person past ("עדכנתי", "השארתי": "I updated", "I left"), which ends in "תי", unless
/// it is a name ("שבתי").
pub(crate) fn opens_clause(folded: &str) -> bool {
    let hebrew_past = folded.chars().all(is_hebrew)
        && folded.ends_with("תי")
        && folded.chars().count() >= 4
        && !is_given_name(folded);
    is_one_of(CLAUSE_OPENERS, folded) || hebrew_past
}

/// What a caller says next after naming themself, in Arabic and Hebrew ("أنا رامي حداد بدي
/// أسأل", "אני ירון אברג'יל רציתי לשאול"): "I want", "I need", "I left", "I called", "I have"…
/// The words before it are the name, surname included.
const CLAUSE_OPENERS: &[&str] = &[
    "بدي",
    "ابغى",
    "ابغي",
    "ابي",
    "بغيت",
    "عايز",
    "عايزة",
    "عاوز",
    "عاوزة",
    "حابب",
    "حابة",
    "اريد",
    "عندي",
    "سايب",
    "سايبة",
    "كنت",
    "اتصلت",
    "محتاج",
    "محتاجة",
    "רציתי",
    "רוצה",
    "צריך",
    "צריכה",
    "התקשרתי",
    "יש",
    "השארתי",
    "הזמנתי",
    "קיבלתי",
    "שלחתי",
    "פניתי",
    "אשמח",
];

/// Titles besides the cues' ([`Title`]) that stand before a name: a doctor's, and with the
/// article ("الأستاذ", "السيد").
const MORE_TITLES: &[&str] = &[
    "dr",
    "doctor",
    // what a person is called by at work: "Hey Coach Kowalski!", "It's Chef Anand …"
    "coach",
    "chef",
    "professor",
    "prof",
    "pastor",
    "הרב",
    // an engineer, a captain (a trainer), and the kin words and honorifics of respect said
    // before a name ("يا عم رضا", "يا حاج سليمان", "المهندسة ريم")
    "المهندس",
    "المهندسه",
    "مهندس",
    "مهندسه",
    "كابتن",
    "عم",
    "خال",
    "خاله",
    "حاج",
    "الحاج",
    "حجي",
    "حاجه",
    "حجه",
    "شيخ",
    "الشيخ",
    "لاله",
    "الاستاذ",
    "الاستاذه",
    "استاذ",
    "استاذه",
    "الدكتور",
    "الدكتوره",
    "دكتوره",
    "السيد",
    "د\"ר",
];

/// Where the title just before a name starts ("Mr Walsh", "κυρία Κωστοπούλου", "أستاذ
/// خليفة", "מר לוי"): a name span that takes it in covers the name however it is marked up.
pub(crate) fn title_before(text: &str, folded: &str, start: usize) -> Option<usize> {
    let head = text[..start].trim_end();
    // "Mr. Walsh"
    let head = head.strip_suffix('.').unwrap_or(head);
    let word_start = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_word_char(c) || c == '"')
        .last()
        .map(|(i, _)| i)?;
    is_title(&folded[word_start..head.len()]).then_some(word_start)
}

/// Whether a folded word is a title said before a name ("mr", "κυρια", "استاذ", "מר").
pub(crate) fn is_title(folded: &str) -> bool {
    static FOLDED: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    FOLDED
        .get_or_init(|| {
            let cues = NAME_CUES.iter().filter(|&&(_, kind)| kind == Title);
            cues.map(|&(cue, _)| cue)
                .chain(MORE_TITLES.iter().copied())
                .map(fold)
                .collect()
        })
        .iter()
        .any(|t| t == folded)
}

/// Titles a speaker may say before their own name ("my name is Ms. Tate").
const TITLES_SAID: &[&str] = &["mr", "mrs", "ms", "miss", "dr"];

/// Questions whose answer is a name ("Can I take your name?", "עם מי יש לי הכבוד?").
const NAME_QUESTIONS: &[&str] = &[
    "your name",
    "name please",
    "full name",
    "full hebrew name",
    "who am i speaking",
    "who am i talking to",
    "who am i talking with",
    "who did you say you were",
    "who's calling",
    "who is calling",
    "اسمك",
    "الاسم",
    "اسم حضرتك",
    // the Gulf's "شسمك" / "شسمج": what is your name
    "شسمك",
    "شسمج",
    "اسمج",
    "مين معي",
    "مين معاي",
    "مع مين",
    "مع من",
    "שמך",
    "השם שלך",
    "השם המלא",
    // the Hebrew name a ketubah or a religious record asks for ("השם העברי המלא שלך")
    "השם העברי",
    "שם מלא",
    "עם מי יש לי",
    "עם מי אני מדבר",
    "עם מי אני מדברת",
    "το όνομά σας",
    "ονοματεπώνυμο",
    "the name of",
    "name on the",
    // "What's the name for the order?", "and the name for the booking?"
    "the name for",
    "name for the",
    "spell the surname",
    "spell your surname",
    "spell your name",
    "spell that",
    "με ποιον μιλάω",
    "με ποιον μιλώ",
    "με ποια μιλώ",
    "ποιος είστε",
    "ποια είστε",
    "με ποια μιλάω",
    "πώς λέγεστε",
    "πώς σας λένε",
    "ποιο όνομα",
    "τι όνομα",
    "όνομα ποιου",
    // "מה השם?", "על איזה שם?", "under what name?", "Όνομα παρακαλώ"
    "מה השם",
    // "איך קוראים לך?": what are you called
    "קוראים לך",
    "איזה שם",
    "על שם מי",
    "בשם מי",
    "what name",
    "which name",
    "όνομα παρακαλώ",
    "باسم مين",
    "على اسم مين",
];

/// Everyday words that end in a title after letters that could be prefixes ("כלומר": "that
/// is to say", not "כ-ל-ו-מר", "as to and Mr").
const WORDS_ENDING_IN_A_TITLE: &[&str] = &["כלומר"];

/// Words after "call me" that say when or how, not what ("call me back", "call me tomorrow").
const CALL_ME_WHEN: &[&str] = &[
    "back", "later", "again", "on", "at", "tomorrow", "today", "tonight", "anytime", "any",
    "whenever", "when", "after", "before", "if", "in", "now", "around", "between", "first",
];

/// Words before a name given in answer ("Yes, …", "sure, it's …").
pub(crate) const ANSWER_FILLERS: &[&str] = &[
    "yes",
    "yeah",
    "yep",
    "sure",
    "it's",
    "it",
    "s",
    "ok",
    "okay",
    "um",
    "uh",
    "erm",
    "oh",
    "so",
    "نعم",
    "اه",
    "إيه",
    "ايوا",
    "ايوه",
    "أيوة",
    "طبعا",
    "اكيد",
    "כן",
    "זה",
    "אממ",
    "בטח",
    "בבקשה",
    "ναι",
    "εεε",
    "εγώ",
    "ο",
    "η",
    "βεβαίως",
    "μάλιστα",
];

/// Lower-case words inside a name, between capitalised ones ("de la", "van der", "bin").
const PARTICLES: &[&str] = &[
    "de", "la", "del", "della", "di", "da", "dos", "das", "du", "le", "van", "von", "der", "den",
    "ter", "bin", "ibn", "al", "el", "ντε", "ντι", "ντα", "λα", "ντελ", "βαν", "φον",
    // the Irish "Conor Mac Giolla Phádraig", "Aoife Nic Giolla Bhríde", "Máire Ní Bhriain"
    "mac", "mc", "nic", "giolla", "ni", "uí",
];

/// Words that never begin or continue a name after a cue.
const NOT_NAMES: &[&str] = &[
    // "who", "what" ("باسم مين؟": "in whose name?"), and "sitting" ("אני יושב ראש ועד
    // הבית": "I chair the building committee")
    "مين",
    "منو",
    "ايش",
    "شو",
    "وش",
    "יושב",
    "יושבת",
    // what the speaker is ("אני עולה חדשה,", "أنا طالب بجامعة …", "I'm a new immigrant", "a
    // student"), and the language they speak ("היא מדברת עברית", "أتكلم عربي")
    "עולה",
    "סטודנט",
    "סטודנטית",
    "פנסיונר",
    "פנסיונרית",
    "גמלאי",
    "גמלאית",
    "חייל",
    "חיילת",
    "נכה",
    "דייג",
    "طالب",
    "طالبة",
    "متقاعد",
    "متقاعدة",
    "مقيم",
    "مقيمة",
    "مواطن",
    "مواطنة",
    "مهندس",
    "مهندسة",
    "معلم",
    "معلمة",
    "مدرس",
    "مدرسة",
    "עברית",
    "ערבית",
    "אנגלית",
    "רוסית",
    "צרפתית",
    "אמהרית",
    "יוונית",
    "ספרדית",
    "عربي",
    "انجليزي",
    "انقليزي",
    "إنجليزي",
    "عبري",
    "يوناني",
    "فرنسي",
    "فرنساوي",
    // "الحساب باسم الوالد، هويته …": the account in the father's name, and his ID
    "الحساب",
    "حساب",
    "الوالد",
    "الوالدة",
    // "أنا سوداني، رقم إقامتي …", "أنا ابنه، اسمي …": where the speaker is from, whose child
    // they are
    "سوداني",
    "سودانية",
    "مصري",
    "مصرية",
    "سوري",
    "سورية",
    "لبناني",
    "لبنانية",
    "اردني",
    "اردنية",
    "فلسطيني",
    "فلسطينية",
    "عراقي",
    "عراقية",
    "يمني",
    "يمنية",
    "سعودي",
    "سعودية",
    "كويتي",
    "كويتية",
    "اماراتي",
    "اماراتية",
    "مغربي",
    "مغربية",
    "تونسي",
    "تونسية",
    "جزائري",
    "جزائرية",
    "ليبي",
    "ليبية",
    "هندي",
    "هندية",
    "باكستاني",
    "باكستانية",
    "فلبيني",
    "فلبينية",
    "بنغالي",
    "اثيوبي",
    "اثيوبية",
    "امريكي",
    "امريكية",
    "بريطاني",
    "بريطانية",
    "ابنه",
    "ابنها",
    "بنته",
    "بنتها",
    "اخوه",
    "اخوها",
    "اخته",
    "اختها",
    "زوجته",
    "زوجها",
    "مرته",
    "جوزها",
    // "אני אקריא, חמש שלוש …": "I'll read out", "I'll say", before what is read
    "אקריא",
    "אגיד",
    "אכתיב",
    "אאיית",
    // "אני אזרחית אמריקאית": a citizen, a resident
    "אזרח",
    "אזרחית",
    "תושב",
    "תושבת",
    // "על שם שנינו": in the name of both of us, all of us
    "שנינו",
    "שתינו",
    "שניהם",
    "כולנו",
    "both",
    "كلنا",
    "الاثنين",
    "and",
    "calling",
    // "my name is dwayne jackson folks call me dj": who calls the speaker a nickname
    "folks",
    "everyone",
    "everybody",
    "friends",
    "the",
    "a",
    "not",
    "just",
    "here",
    "from",
    "about",
    "sorry",
    "i",
    "it",
    "is",
    "on",
    "in",
    "under",
    "spelled",
    "spelt",
    "wrong",
    "still",
    "correct",
    "right",
    "there",
    "listed",
    "that",
    "what",
    "also",
    "my",
    "your",
    "so",
    "but",
    "من",
    "في",
    "عن",
    "عندي",
    "ابغى",
    "اريد",
    "ابي",
    "اتصل",
    "بخصوص",
    "هو",
    "يا",
    "صاحب",
    "مرحبا",
    "و",
    "مع",
    "هنا",
    "لدي",
    "بدي",
    "עם",
    "אני",
    "מתקשר",
    "מתקשרת",
    "רציתי",
    "ו",
    "של",
    "בקשר",
    "הוא",
    "היא",
    "כאן",
    "και",
    "από",
    "για",
    "καλώ",
    "θέλω",
    "είμαι",
    "ο",
    "η",
    "israeli",
    "greek",
    "british",
    "american",
    "english",
    "irish",
    "scottish",
    "canadian",
    "australian",
    "arab",
    "saudi",
    "jewish",
    "muslim",
    "christian",
    "new",
    "your",
    "مكتوب",
    "مش",
    "مو",
    "ما",
    "غلط",
    "موجود",
    "مسجل",
    "كان",
    "لا",
    "לא",
    "על",
    "גר",
    "גרה",
    "גרים",
    "עובד",
    "עובדת",
    "מחפש",
    "מחפשת",
    "מופיע",
    "מופיעה",
    "רשום",
    "רשומה",
    "כתוב",
    "יש",
    "אין",
    "גם",
    "רק",
    "כבר",
    "עוד",
    "רוצה",
    "צריך",
    "צריכה",
    "חושב",
    "חושבת",
    "יודע",
    "יודעת",
    "מבין",
    "מבינה",
    "בסדר",
    "פשוט",
    "עדיין",
    "ממש",
    "מאוד",
    "מנסה",
    "מחכה",
    "לקוח",
    "לקוחה",
    "מצטער",
    "מצטערת",
    "יכול",
    "יכולה",
    "מרגיש",
    "מרגישה",
    "שומע",
    "שומעת",
    "עכשיו",
    "פה",
    "זה",
    "לך",
    "לכם",
    // "with you", "at yours", "yours" ("אני שוכרת אצלכם מחסן": "I rent a unit from you")
    "אצלכם",
    "אצלך",
    "אצלי",
    "אצלנו",
    "איתכם",
    "איתך",
    "שלכם",
    "שלך",
    "δεν",
    "το",
    "τη",
    "την",
    "οτι",
    "πως",
    "στο",
    "στη",
    "στην",
    "στον",
    "στα",
    "στις",
    "στους",
    "σε",
    "ένας",
    "ένα",
    "μια",
    "γραμμένο",
    "بخير",
    "تمام",
    "كويس",
    "منيح",
    "مبسوط",
    "زعلان",
    "تعبان",
    "موافق",
    "متأكد",
    "متاكد",
    "مشغول",
    "مشغولة",
    "مستعجل",
    "مستعجلة",
    "مسافر",
    "مسافرة",
    "مريض",
    "مريضة",
    "منتظر",
    "متضايق",
    "آسف",
    "اسف",
    "فاهم",
    "شاكر",
    "محتاج",
    "عايز",
    "عاوز",
    "حابب",
    "متصل",
    "بتصل",
    "زبون",
    "عميل",
    "مشترك",
    // "before", "after", "until", "now" ("بيتواصل معك قبل الوصول"; not "لين", a name too),
    // and "new", "a driver", "a captain" ("أنا كابتن جديد، …": what the speaker is)
    "قبل",
    "بعد",
    "لحد",
    "الحين",
    "هلق",
    "دلوقتي",
    "جديد",
    "جديدة",
    "كابتن",
    "سواق",
    "سائق",
    "موظف",
    "موظفة",
    "ساكن",
    "مستني",
    "جاي",
    "الحمد",
    "هون",
    "هنا",
    "الخط",
    "كمان",
    "بس",
    "مش",
    "حق",
    "اللي",
    "μόνη",
    "μόνος",
    "ίδιος",
    "ίδια",
    "κάτοχος",
    "δικαιούχος",
    "πελάτης",
    "معك",
    "معاك",
    "معاكم",
    "معكم",
    // "معاك إيه يا فندم؟": "what (can I do for you)"
    "ايه",
    "تفضل",
    "تفضلي",
    "والدة",
    "والد",
    "زوجة",
    "زوج",
    "أم",
    // "in my father's name", "על שם בעלי": kin
    "أبوي",
    "أبويا",
    "أخوي",
    "أخويا",
    "جوزي",
    "زوجي",
    "زوجتي",
    "مرتي",
    "أمي",
    "ابني",
    "بنتي",
    "أختي",
    "בעלי",
    "אשתי",
    "אבא",
    "אמא",
    "אחי",
    "אחותי",
    "הבן",
    "הבת",
    "בתי",
];

/// Whether `word` (as written) is in [`NOT_NAMES`], folded alike ("από", "متأكد"), or is
/// "على" ("on"), which folds to the name "علي" and is told from it by its last letter.
pub(crate) fn not_name(word: &str) -> bool {
    static FOLDED: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let folded = fold(word);
    if folded == "علي" {
        return word.ends_with('ى');
    }
    // "باسمي بالبنك": a preposition joined to the article ("at the bank") opens no name
    if ["بال", "لل", "فال", "كال"]
        .iter()
        .any(|p| folded.starts_with(&fold(p)))
    {
        return true;
    }
    FOLDED
        .get_or_init(|| NOT_NAMES.iter().map(|w| fold(w)).collect())
        .contains(&folded)
}

/// Whether a folded word is a given name: Faker's lists for the locales whose callers and
/// agents a centre in our languages hears, and the Israeli statistics bureau's baby names, less
/// the names that are everyday words (`given_names.txt`, written by `scripts/given_names.py`).
/// Consulted only after a name cue, where case cannot say it is a name: Arabic and Hebrew have
/// no capitals, and some recognisers write every language in lower case.
pub(crate) fn is_given_name(folded: &str) -> bool {
    let names = &given_names().0;
    let word = folded.to_lowercase();
    // "siobhán", "josé": a Latin name as the list writes it, without its accents
    let latin = word
        .chars()
        .all(|c| c.is_alphabetic() && !is_greek(c) && (c as u32) < 0x370);
    names.contains(&word)
        || greek_nominatives(&word).iter().any(|n| names.contains(n))
        || (latin && names.contains(&super::words::unaccented(&word)))
}

/// The nominatives a Greek name said in another case may have: the vocative or accusative
/// "Γιώργο", "Αλέξανδρε" of "Γιώργος", "Αλέξανδρος"; "Θοδωρή", "Κώστα" of "Θοδωρής", "Κώστας";
/// the genitive "Νίκου" of "Νίκος" (folded words, final sigma as σ).
fn greek_nominatives(word: &str) -> Vec<String> {
    if !word.chars().all(is_greek) {
        return Vec::new();
    }
    let mut out = Vec::new();
    if let Some(stem) = word.strip_suffix("ου") {
        out.push(format!("{stem}οσ"));
    }
    if let Some(stem) = word.strip_suffix(['ο', 'ε']) {
        out.push(format!("{stem}οσ"));
    }
    if word.ends_with(['η', 'α']) {
        out.push(format!("{word}σ"));
    }
    out
}

/// Whether a folded word is one of the most given Hebrew names, or a common Arabic one, that
/// are everyday words too ("נועם", "עומר", "שירה", "سالم", "ندى"): a name only where nothing
/// else could be meant, a person addressed ([`vocatives`]).
pub(crate) fn is_name_also_word(folded: &str) -> bool {
    given_names().1.contains(&folded.to_lowercase())
}

type Names = std::collections::HashSet<String>;

/// The two lists of `given_names.txt`: the names, and (after "# also words") the names that are
/// words too; folded and in lower case.
fn given_names() -> &'static (Names, Names) {
    static NAMES: std::sync::OnceLock<(Names, Names)> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        let (mut names, mut also_words) = (Names::new(), Names::new());
        let mut in_also_words = false;
        for line in include_str!("given_names.txt").lines() {
            if line.starts_with('#') {
                in_also_words |= line.starts_with("# also words");
            } else if !line.is_empty() {
                let list = if in_also_words {
                    &mut also_words
                } else {
                    &mut names
                };
                list.insert(fold(line).to_lowercase());
            }
        }
        (names, also_words)
    })
}

/// Words that end a name said in a line without capitals ("this is michael at claims", "it's
/// tomasz wisniewski again").
const AFTER_NAME: &[&str] = &[
    "at", "with", "for", "to", "of", "again", "today", "speaking", "please", "thanks", "thank",
    "here", "calling", "how", "can", "i", "and", "from", "in", "on", "born", "my", "the", "is",
];

/// Whether a folded word names a desk, team or company ([`DESKS`]).
fn is_desk(folded: &str) -> bool {
    static FOLDED: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    FOLDED
        .get_or_init(|| DESKS.iter().map(|d| fold(d)).collect())
        .iter()
        .any(|d| d == folded)
}

/// Words after a name cue that name a desk, team or company, not a person ("כאן מוקד
/// השירות", "معك خدمة العملاء", "you're speaking to Apex Insurance", "εδώ η εξυπηρέτηση").
const DESKS: &[&str] = &[
    "customer",
    "customers",
    "support",
    "insurance",
    "bank",
    "team",
    "claims",
    "billing",
    "services",
    "service",
    "department",
    "helpdesk",
    "خدمة",
    "خدمه",
    "قسم",
    "فريق",
    "الدعم",
    "دعم",
    "مركز",
    "شركة",
    "مكتب",
    "محل",
    "مؤسسة",
    "بنك",
    "البنك",
    "الفواتير",
    "מוקד",
    "המוקד",
    "שירות",
    "צוות",
    "מחלקת",
    "נציג",
    "נציגה",
    "הנציג",
    "הנציגה",
    "תמיכה",
    "התמיכה",
    "חברת",
    "הבנק",
    "mobile",
    "council",
    "telecom",
    "energy",
    "airlines",
    "airways",
    "broadband",
    "εξυπηρέτηση",
    "τεχνική",
    "τράπεζα",
    "εταιρεία",
];

/// Names introduced by a cue in `text` (not repeated ones): byte ranges.
pub(crate) fn names(text: &str, folded: &str) -> Vec<(usize, usize)> {
    let words = tokens(text);
    let mut out = Vec::new();
    let keep = |name: (usize, usize), out: &mut Vec<(usize, usize)>| {
        // the kunya first: "معك أبو فهد، سليمان الحربي،": its given name and surname, before
        // the given name alone is taken as the name said again
        let (s, e) = named_after_kunya(text, folded, &words, name);
        let (s, e) = said_again(text, folded, &words, (s, e));
        let (s, e) = nickname_after(text, folded, &words, (s, e));
        let (s, e) = generation_after(text, folded, &words, (s, e));
        // "Okay Mrs. Ramirez": a title said alone is no name ("Mrs" before its full stop)
        if TITLES_SAID.contains(&&folded[s..e]) {
            return;
        }
        if !out.iter().any(|&(os, oe)| os < e && s < oe) {
            out.push((s, e));
        }
    };
    for &(cue, kind) in NAME_CUES {
        for cue_at in find_phrase(folded, &fold(cue)) {
            if let Some(name) = name_after(text, folded, &words, cue, kind, cue_at) {
                keep(name, &mut out);
            }
        }
    }
    for name in relatives_names(text, folded, &words) {
        keep(name, &mut out);
    }
    for name in names_before(text, folded, &words) {
        keep(name, &mut out);
        if let Some(again) = said_again_after_here(text, folded, &words, name) {
            keep(again, &mut out);
        }
    }
    if let Some(name) = its_name(text, folded, &words) {
        keep(name, &mut out);
    }
    for name in vocatives(text, folded, &words) {
        keep(name, &mut out);
    }
    for name in reached(text, folded, &words) {
        keep(name, &mut out);
    }
    if let Some(name) = opening_name(text, folded, &words) {
        keep(name, &mut out);
    }
    for name in appositive_names(text, folded, &words) {
        keep(name, &mut out);
    }
    if let Some(name) = name_alone(text, folded, &words) {
        keep(name, &mut out);
    }
    for name in nicknames_later(text, folded, &words, &out) {
        keep(name, &mut out);
    }
    for name in corrected_names(text, folded, &words, &out) {
        keep(name, &mut out);
    }
    out
}

/// A caller signing off with their name as the line's last sentence ("Morning. I'd like to
/// enter my 1967 MGB GT in the pre-1970 class. Nigel Fairbrother."): two or three capitalised
/// words, a listed given name first, and nothing else in the sentence. No street ("Florence
/// Road."), month, day, desk or cue.
fn name_alone(text: &str, folded: &str, words: &[Token]) -> Option<(usize, usize)> {
    let body = text.trim_end().strip_suffix(['.', '!'])?;
    let start = body.rfind(['.', '!', '?']).map_or(0, |i| i + 1);
    let name: Vec<&Token> = words
        .iter()
        .filter(|w| w.start >= start && w.end <= body.len())
        .collect();
    let (first, last) = (name.first()?, name.last()?);
    let spaced = name.windows(2).all(|p| {
        let gap = &text[p[0].end..p[1].start];
        gap == " " || joins_name(gap)
    });
    let f = |w: &Token| &folded[w.start..w.end];
    let shaped = name.iter().all(|w| {
        capitalised_name_word(text, folded, w)
            && text[w.start..w.end].chars().all(char::is_alphabetic)
            && !is_desk(f(w))
            && !is_cue_word(f(w))
            && !super::addresses::is_street_type(f(w))
    });
    let words_said = (2..=3).contains(&name.len()) && text[start..first.start].trim().is_empty();
    (words_said && spaced && shaped && is_given_name(f(first))).then_some((first.start, last.end))
}

/// "Ciarán Ó Dónaill", "עומר בן דוד": a name found after the particle that joins it to the
/// given name before ("Ó", "van", "בן", "بن"): the whole name, from that given name (listed,
/// one that is a word too, or itself found as a name).
pub(crate) fn joined_by_particle(
    text: &str,
    folded: &str,
    names: &[(usize, usize)],
) -> Vec<(usize, usize)> {
    let words = tokens(text);
    let mut out = Vec::new();
    for &(s, e) in names {
        let Some(i) = words.iter().position(|w| w.start == s) else {
            continue;
        };
        let [.., given, particle] = &words[..i] else {
            continue;
        };
        let p = &folded[particle.start..particle.end];
        let spaced = &text[given.end..particle.start] == " " && &text[particle.end..s] == " ";
        let joins = is_one_of(SURNAME_PARTICLES, p) || is_one_of(CONNECTORS, p);
        let named = names
            .iter()
            .any(|&(ns, ne)| ns <= given.start && given.end <= ne);
        let g = &folded[given.start..given.end];
        if spaced && joins && (named || is_given_name(g) || is_name_also_word(g)) {
            out.push((given.start, e));
        }
    }
    out
}

/// What a speaker says before putting their name right ("it's Bazza, um, Barry Whitlock",
/// "מדבר דמיטרי, אה, דימה פולונסקי").
const NAME_CORRECTIONS: &[&str] = &[
    "um",
    "uh",
    "erm",
    "er",
    "i mean",
    "sorry",
    "actually",
    "אה",
    "אממ",
    "כלומר",
    "סליחה",
    "يعني",
    "اقصد",
    "εε",
    "εεε",
    "δηλαδή",
    "συγγνώμη",
];

/// A name found, then a filler or "I mean" between commas, then the name put right: one to
/// three words that end the clause, capitalised where the line has capitals, else opening
/// with a listed given name. With no filler, only a listed given name and a surname.
fn corrected_names(
    text: &str,
    folded: &str,
    words: &[Token],
    named: &[(usize, usize)],
) -> Vec<(usize, usize)> {
    let cased = !written_without_case(text);
    let mut out = Vec::new();
    for &(s, e) in named {
        // "it's Bazza, Barry Dunstan, …", "Gaz here, Gareth Holroyd", "طوني، أنطوان حداد": the
        // short name, then the full one with no filler between: only a listed given name, or
        // one that begins as the short name does ("Avi, Avraham Goldfarb"), and a surname
        let comma = [", ", "، "].iter().find(|c| text[e..].starts_with(*c));
        let (from, bare) = match (correction_after(folded, e), comma) {
            (Some(from), _) => (from, false),
            (None, Some(comma)) => (e + comma.len(), true),
            (None, None) => continue,
        };
        // "خالد العمري، أبو سيف،": the name, then the kunya the caller also goes by
        let mut after = words.iter().skip_while(|w| w.start < from);
        if let (Some(kunya), Some(child)) = (after.next(), after.next()) {
            let said = kunya.start == from
                && is_one_of(KUNYA, &folded[kunya.start..kunya.end])
                && &text[kunya.end..child.start] == " "
                && ends_clause(&text[child.end..]);
            if said {
                out.push((kunya.start, child.end));
                continue;
            }
        }
        let mut name: Vec<&Token> = Vec::new();
        for w in words.iter().skip_while(|w| w.start < from) {
            let joined = name
                .last()
                .map_or(w.start == from, |p| &text[p.end..w.start] == " ");
            let shaped = if cased && !uncased(&text[w.start..w.end]) {
                text[w.start..].starts_with(char::is_uppercase)
            } else {
                !name.is_empty() || is_given_name(&folded[w.start..w.end])
            };
            if !joined || !shaped || name.len() >= 3 || not_name(&text[w.start..w.end]) {
                break;
            }
            name.push(w);
        }
        let (Some(first), Some(last)) = (name.first(), name.last()) else {
            continue;
        };
        let given = &folded[first.start..first.end];
        let two_letters = |w: &str| w.to_lowercase().chars().take(2).collect::<String>();
        let short = &folded[s..e];
        let begins_as = short.chars().count() >= 2 && two_letters(given) == two_letters(short);
        let full = name.len() >= 2 && (is_given_name(given) || begins_as);
        // "Olly, Oliver Fenwick-Hart,": the clause ends after the last word's joined parts
        let end = joined_end(text, words, last.end);
        if (!bare || full) && ends_clause(&text[end..]) {
            out.push((first.start, end));
        }
    }
    out
}

/// Whether `text` is written in a script without case (Hebrew, Arabic): no letter in it is
/// upper or lower case.
fn uncased(text: &str) -> bool {
    !text.chars().any(|c| c.is_uppercase() || c.is_lowercase())
}

/// Phrases that give, later in a line that named someone, the short name they go by.
const GO_BY: &[&str] = &[
    "calls her",
    "calls him",
    "calls me",
    "call her",
    "call him",
    "τη φωνάζουν",
    "τον φωνάζουν",
    "με φωνάζουν",
    "אפשר פשוט",
    // "…, אבל כולם קוראים לי מענדי", "…, אבל כולם אומרים סשה"
    "כולם קוראים לי",
    "כולם אומרים",
    "ينادونها",
    "ينادونه",
    "بينادوها",
    "بينادوه",
    "بينادوني",
    // "وصحابي بيقولولي هيما": my friends call me …; "όλοι μου λεν Λένια": all call me …
    "بيقولولي",
    "بيقولوا لي",
    "يقولولي",
    // "بس الكل بيقولي جو": but everyone calls me …
    "الكل بيقولي",
    "الكل بيقول لي",
    "الكل يناديني",
    "الكل بيناديني",
    "μου λεν",
    "μου λένε",
];

/// The short name said after a name in the same line ("Her name is Bridget Kinsella but sure
/// everyone calls her Bridie", "μου λέγεται Σταματία …, αλλά όλοι τη φωνάζουν Ματούλα",
/// "מדבר ולדימיר קוגן, אפשר פשוט וולודיה"): one word after [`GO_BY`], a given name or, where
/// the line has capitals, capitalised.
fn nicknames_later(
    text: &str,
    folded: &str,
    words: &[Token],
    named: &[(usize, usize)],
) -> Vec<(usize, usize)> {
    let Some(first_end) = named.iter().map(|&(_, e)| e).min() else {
        return Vec::new();
    };
    let cased = !written_without_case(text);
    let mut out = Vec::new();
    for cue in GO_BY {
        for (_, cue_end) in find_phrase(folded, &fold(cue)) {
            let Some(w) = words.iter().find(|w| w.start >= cue_end) else {
                continue;
            };
            let (word, f) = (&text[w.start..w.end], &folded[w.start..w.end]);
            // without case, a word that is no given name must end the clause ("بيقولولي
            // هيما،", not "بيقولولي إن الطلب اتأخر": they tell me the order is late)
            let shaped = if cased {
                word.starts_with(char::is_uppercase) && !not_name_capitalised(f)
            } else {
                is_given_name(f) || ends_clause(&text[w.end..])
            };
            // "my name is padraig but everyone calls me podge murtagh": in lower case, the
            // short name and the surname, ending the clause
            let surname = words.iter().find(|n| n.start >= w.end).filter(|n| {
                !cased
                    && word.chars().all(char::is_lowercase)
                    && &text[w.end..n.start] == " "
                    && surname_in_lower_case(&folded[n.start..n.end])
                    && ends_clause(&text[n.end..])
            });
            let adjacent = text[cue_end..w.start].trim().is_empty();
            let named = !not_name(word) && !is_cue_word(f);
            if cue_end > first_end && adjacent && named && (shaped || surname.is_some()) {
                let end = surname.map_or(w.end, |n| n.end);
                out.push((w.start, joined_end(text, words, end)));
            }
        }
    }
    // "My name's Bernadette Cole. Well, Bernie.": "well", then the short form of the given
    // name, ending its clause
    for (_, well_end) in find_phrase(folded, "well") {
        let Some(w) = words.iter().find(|w| w.start >= well_end) else {
            continue;
        };
        let short = &folded[w.start..w.end];
        let of_given = named.iter().any(|&(s, e)| {
            let given = words.iter().find(|g| g.start >= s && g.end <= e);
            given.is_some_and(|g| made_from(&folded[g.start..g.end], short))
        });
        let gap = text[well_end..w.start].trim();
        if well_end > first_end
            && matches!(gap, "" | ",")
            && of_given
            && ends_clause(&text[w.end..])
        {
            out.push((w.start, w.end));
        }
    }
    out
}

/// "His name is", "she is called": a third person named ("اسمه جورج، جورج حداد", "קוראים לה
/// רות ברקוביץ", "Η μαμά μου λέγεται Σταματία Παπαδοπούλου").
const NAMED_THIRD: &[&str] = &[
    "اسمه",
    "اسمها",
    "اسمو",
    "اسما",
    "נקראת",
    "נקרא",
    "is called",
    "'s called",
    "’s called",
    "קוראים לו",
    "קוראים לה",
    "השם שלו",
    "השם שלה",
    // "השם של הילד יונתן": the child's name is …
    "השם של הילד",
    "השם של הילדה",
    "השם של הבן",
    "השם של הבת",
    // the Maghreb's "الولد سميتو أيوب": his name is …
    "سميتو",
    "سميته",
    "سميتها",
    "λέγεται",
    "ονομάζεται",
    "τον λένε",
    "τη λένε",
    "την λένε",
];

/// Kin with whose name a caller goes on ("my son Alfie", "הבת שלי, מיכל").
const KIN_NAMED: &[&str] = &[
    "my son",
    "my daughter",
    "my wife",
    "my husband",
    "my partner",
    "my mum",
    "my mom",
    "my mother",
    "my dad",
    "my father",
    "my grandson",
    "my granddaughter",
    "ابني",
    "بنتي",
    "زوجتي",
    "زوجي",
    "مرتي",
    "جوزي",
    "הבן שלי",
    "הבת שלי",
    "לבן שלי",
    "לבת שלי",
    "אשתי",
    "בעלי",
    "הנכד שלי",
    "הנכדה שלי",
    "ο γιος μου",
    "η κόρη μου",
    "η γυναίκα μου",
    "ο άντρας μου",
    "του γιου μου",
    "της κόρης μου",
];

/// Kin before [`NAMED_THIRD`]: "my mother is called …", "أبوي اسمه …", "אמא שלי קוראים לה …".
const KIN: &[&str] = &[
    "μαμά",
    "μητέρα",
    "πατέρας",
    "μπαμπάς",
    "γιος",
    "κόρη",
    "σύζυγος",
    "γυναίκα",
    "άντρας",
    "αδερφή",
    "αδερφός",
    "γιαγιά",
    "παππούς",
    "אמא",
    "אבא",
    "אמי",
    "אבי",
    "הבן",
    "הבת",
    "בני",
    "בתי",
    "אשתי",
    "בעלי",
    "סבתא",
    "סבא",
    "אחי",
    "אחותי",
    "امي",
    "ابوي",
    "ابي",
    "بابا",
    "ماما",
    "ابني",
    "بنتي",
    "زوجي",
    "زوجتي",
    "جوزي",
    "مرتي",
    "اخوي",
    "اختي",
    "جدتي",
    "جدي",
    "الوالد",
    "الوالدة",
    // the child the call is about: "الولد سميتو أيوب"
    "الولد",
    "البنت",
    "الطفل",
    "الطفلة",
    "הילד",
    "הילדה",
    "μικρή",
    "μικρός",
    "μικρό",
];

/// A third person named ([`NAMED_THIRD`]) by a given name, where the phrase opens its clause
/// (the person is who the call is about: "اسمه جورج، …") or follows their kin ("Η μαμά μου
/// λέγεται …"); not someone met ("Η κοπέλα που λέγεται Κατερίνα"), a product ("الباقة اسمها
/// سوا") or what is written ("بابا اسمه مكتوب في الروشتة").
fn relatives_names(text: &str, folded: &str, words: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // "my son Alfie", "לבת שלי, מיכל,", "ابني جاد", "η κόρη μου η Μαρία": kin, then a
    // listed or capitalised given name (after a comma or an article)
    for cue in KIN_NAMED {
        for (_, cue_end) in find_phrase(folded, &fold(cue)) {
            let articles = ["ο", "η", "του", "τησ"]; // folded: "της" is "τησ"
            let next = words
                .iter()
                .find(|w| w.start >= cue_end && !articles.contains(&&folded[w.start..w.end]));
            let Some(next) = next else { continue };
            let between = folded[cue_end..next.start].trim();
            let article = articles
                .iter()
                .any(|a| between == *a || between.strip_prefix(',').map(str::trim) == Some(*a));
            let capital = text[next.start..].starts_with(char::is_uppercase)
                && !written_without_case(text)
                && !not_name(&text[next.start..next.end]);
            let rest = &text[next.end..];
            // "הבן שלי, נועם, צריך תור": a name that is a word too, set off by commas after kin
            let set_off = matches!(between, "," | "،")
                && (rest.trim().is_empty() || rest.trim_start().starts_with([',', '،', '.']));
            let also_word = set_off && is_name_also_word(&folded[next.start..next.end]);
            let given = is_given_name(&folded[next.start..next.end]) || capital || also_word;
            // not the start of an e-mail address ("της κόρης μου maria@gmail.com")
            let address = rest.starts_with('@')
                || (rest.starts_with(['.', '_'])
                    && rest[1..].starts_with(|c: char| c.is_alphanumeric()));
            if given && !address && (between.is_empty() || matches!(between, "," | "،") || article)
            {
                let at = (next.start, next.start);
                out.extend(name_after(text, folded, words, "", Plain, at));
            }
        }
    }
    for cue in NAMED_THIRD {
        for (cue_start, cue_end) in find_phrase(folded, &fold(cue)) {
            let before = folded[..cue_start].trim_end();
            let opens = before.is_empty() || before.ends_with([',', '،', '.', '!', '?', '؟']);
            let kin = words
                .iter()
                .filter(|w| w.end <= cue_start)
                .rev()
                .take(3)
                .any(|w| is_one_of(KIN, &folded[w.start..w.end]));
            // a listed given name, or after kin a capitalised word where the line has capitals
            // ("Η μικρή λέγεται Σταυριάνα Κωνσταντίνου"; not "Λέγεται Unlimited Plus το
            // πρόγραμμα", "Τη λένε Ζάχρα, … ζυγίζει είκοσι τρία κιλά": a plan, a dog)
            let given = words.iter().find(|w| w.start >= cue_end).is_some_and(|w| {
                let capital =
                    kin && !written_without_case(text) && capitalised_name_word(text, folded, w);
                is_given_name(&folded[w.start..w.end]) || capital
            });
            if (opens || kin) && given {
                out.extend(name_after(
                    text,
                    folded,
                    words,
                    cue,
                    Plain,
                    (cue_start, cue_end),
                ));
            }
        }
    }
    out
}

/// Whether word `w` is "أم" ("mother of") or "أبو" ("father of") before a given name: a kunya,
/// by which a parent is called ("أنا أم ريان،"), not "أنا أم لثلاثة" ("a mother of three").
fn kunya(folded: &str, words: &[Token], w: &Token) -> bool {
    let next = words.iter().find(|n| n.start >= w.end);
    // a given name, or any word but a number ending the clause ("أنا أم يزن،", "أنا أم يزن
    // بدي أسجل")
    let child = next.is_some_and(|n| {
        let f = &folded[n.start..n.end];
        let rest = folded[n.end..].trim_start();
        let opens = words
            .iter()
            .find(|o| o.start >= n.end)
            .is_some_and(|o| opens_clause(&folded[o.start..o.end]));
        is_given_name(f)
            || ((rest.starts_with([',', '،', '.']) || opens)
                && !f.starts_with(['ل', 'ب'])
                && f.chars().all(char::is_alphabetic)
                && cardinal(&[f]).is_none())
    });
    is_one_of(KUNYA, &folded[w.start..w.end]) && child
}

/// "أم" and "أبو", "mother of" and "father of" a child's name: a kunya ([`kunya`]).
const KUNYA: &[&str] = &["ام", "ابو"];

/// A name opening a line before a comma: a person addressed ("רונית, אפשר לדבר עם …",
/// "Priya, can you hold?") when it is one given name followed by a clause, or a record read
/// out ("Σοφία Λαζαρίδου, γεννημένη 4/11/1993", "ليلى حداد، مواليد …") when two to four
/// name words are followed by the cue of a date of birth, an ID, a phone or a card. Name words
/// are capitalised where the script has case; the first is a given name, but for a record in
/// Greek letters.
fn opening_name(text: &str, folded: &str, words: &[Token]) -> Option<(usize, usize)> {
    let f = |w: &Token| &folded[w.start..w.end];
    let mut first = words
        .iter()
        .position(|w| !is_one_of(ANSWER_FILLERS, f(w)))?;
    // a greeting and its comma before it: "Hiya, Declan Byrne, I rang yesterday"
    let greeting = (1..=3).find(|&n| {
        let Some(last) = words.get(first + n - 1) else {
            return false;
        };
        let said = &folded[words[first].start..last.end];
        LINE_GREETINGS.iter().any(|list| is_one_of(list, said))
            && text[last.end..].trim_start().starts_with([',', '،'])
    });
    if let Some(n) = greeting {
        first += n;
    }
    words.get(first)?;
    let comma = text[words[first].start..].find([',', '،'])? + words[first].start;
    let mut name: Vec<&Token> = words[first..]
        .iter()
        .take_while(|w| w.end <= comma)
        .collect();
    // "Hey, Dewayne Boudreaux with Boudreaux Concrete, …": the caller, then the business they
    // call for, after a greeting
    let business_at = name.iter().position(|w| FOR_A_BUSINESS.contains(&f(w)));
    let mut for_business = false;
    if let Some(at) = business_at.filter(|&at| greeting.is_some() && (2..=3).contains(&at)) {
        let named = name
            .get(at + 1)
            .is_some_and(|w| text[w.start..].starts_with(char::is_uppercase));
        if named {
            name.truncate(at);
            for_business = true;
        }
    }
    let after: Vec<&Token> = words.iter().filter(|w| w.start > comma).collect();
    let joined = name.windows(2).all(|p| {
        let gap = &text[p[0].end..p[1].start];
        gap == " " || joins_name(gap) // "O'Brien", "Okafor-Bell"
    });
    if name.is_empty() || name.len() > 4 || after.is_empty() || !joined {
        return None;
    }
    let uncased_line = written_without_case(text);
    let word_ok = |w: &Token| {
        let word = &text[w.start..w.end];
        let initial = word.chars().next().unwrap_or(' ');
        let cased = initial.is_uppercase() || initial.is_lowercase();
        word.chars().all(|c| c.is_alphabetic() || "'’-".contains(c))
            && !not_name(word)
            && !not_name_capitalised(f(w))
            && !is_desk(f(w))
            && !is_cue_word(f(w))
            && (!cased || initial.is_uppercase() || uncased_line)
    };
    if !name.iter().all(|w| word_ok(w)) {
        return None;
    }
    let given_first = is_given_name(f(name[0]));
    // the cue within the three words after the comma ("γεννημένη", "date of birth")
    let near = after
        .iter()
        .take(3)
        .next_back()
        .map_or(0, |w| w.end - comma);
    let record = name.len() >= 2
        && cues(&folded[comma..]).first().is_some_and(|&(end, c)| {
            end <= near && [Cue::Birth, Cue::Id, Cue::Phone, Cue::Card].contains(&c)
        });
    // in Greek letters capitals say it (the list is short: "Σοφία" is also "wisdom"); in Latin
    // ones, where the list is long, a given name first ("Great Western, phone …" is no name)
    let first_initial = text[name[0].start..].chars().next().unwrap_or(' ');
    let greek = is_greek(first_initial);
    // a date of birth is a person's, whatever their name ("Harpreet Kaur, born 03/06/1994")
    let birth = cues(&folded[comma..])
        .first()
        .is_some_and(|&(end, c)| end <= near && c == Cue::Birth);
    let record = record && (given_first || ((greek || birth) && first_initial.is_uppercase()));
    // "אבי, אמרת ש…", "שני, נולדה …": a name that is a word too is the one addressed when it
    // opens the line before a comma
    let addressed =
        name.len() == 1 && (given_first || is_name_also_word(f(name[0]))) && after.len() >= 2;
    // after a greeting, a whole name and a clause: the caller saying who they are
    // (not a business answering: "ألو، رياض الياسمين، مرحبا، معاك سكينة", "Hello, Jordan
    // Valley Dental, this is Kim": a greeting or a name's cue after it)
    let business = || {
        let rest = &folded[comma..];
        LINE_GREETINGS
            .iter()
            .flat_map(|list| list.iter())
            .chain(NAME_CUES.iter().map(|(cue, _)| cue))
            .any(|phrase| !find_phrase(rest, &fold(phrase)).is_empty())
    };
    let introduced = greeting.is_some()
        && (2..=3).contains(&name.len())
        && (given_first || for_business)
        && !business();
    (record || addressed || introduced).then(|| (name[0].start, name[name.len() - 1].end))
}

/// Words between a caller's name and the business they call for ("Dewayne Boudreaux with
/// Boudreaux Concrete", "Anand Krishnamurthy from Saffron & Sage").
const FOR_A_BUSINESS: &[&str] = &["from", "with"];

/// Whether a folded word is the Greek article said before a person's name ("ο Νίκος", "η
/// Μαρία").
fn greek_article(folded: &str) -> bool {
    matches!(folded, "ο" | "η")
}

/// Every greeting that may open a line before a comma.
const LINE_GREETINGS: [&[&str]; 3] = [OPENING_GREETINGS, GREETINGS, ARABIC_GREETINGS];

/// Greetings that open a line before a comma, in English (the others' are [`GREETINGS`] and
/// [`ARABIC_GREETINGS`]).
const OPENING_GREETINGS: &[&str] = &[
    "hi",
    "hiya",
    "hello",
    "hey",
    "morning",
    "good morning",
    "afternoon",
    "good afternoon",
    "evening",
    "good evening",
    "hi there",
    "hello there",
    "γεια",
];

/// The agent's name after the Hebrew greeting "you've reached" ("שלום, הגעת לנועם ממחלקת
/// הגבייה", "הגעתם ליוסי כהן, מוקד השירות"): the word after "הגעת(ם)" less its "ל" ("to") when
/// that is a given name, and the next word as the surname when the clause then ends or says
/// where from ("מ…"); "הגעתם למוקד השירות" stays, and so does a place the speaker then
/// speaks for ("הגעתם לאדי, המרכז הלאומי להשתלות, מדברת אורית": Eddie is the centre).
fn reached(text: &str, folded: &str, words: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for pair in words.windows(2) {
        let [greeting, to] = pair else { continue };
        let f = |w: &Token| &folded[w.start..w.end];
        if !["הגעת", "הגעתם", "הגעתן"].contains(&f(greeting))
            || !f(to).starts_with('ל')
            || introduces_self_after(folded, to.end)
        {
            continue;
        }
        let start = to.start + 'ל'.len_utf8();
        let given = &folded[start..to.end];
        if text[greeting.end..to.start] != *" " {
            continue;
        }
        if !(is_given_name(given) || is_name_also_word(given)) {
            if let Some(name) = reached_by_role(text, folded, words, to) {
                out.push(name);
            }
            continue;
        }
        let mut end = to.end;
        let next = words.iter().find(|w| w.start >= to.end);
        if let Some(surname) = next.filter(|w| &text[to.end..w.start] == " ") {
            let after = words.iter().find(|w| w.start >= surname.end);
            let clause_ends = match after {
                None => true,
                Some(a) => !text[surname.end..a.start].trim().is_empty() || f(a).starts_with('מ'),
            };
            let word = &text[surname.start..surname.end];
            if clause_ends && !f(surname).starts_with(['מ', 'ו']) && !not_name(word) {
                end = surname.end;
            }
        }
        out.push((start, end));
    }
    out
}

/// Whether the speaker gives their own name after byte `from` ("מדברת אורית", "שמי דנה"; not
/// "מדבר עם", "speaking with").
fn introduces_self_after(folded: &str, from: usize) -> bool {
    ["מדבר", "מדברת", "שמי", "קוראים לי", "השם שלי"]
        .iter()
        .flat_map(|cue| find_phrase(folded, cue))
        .any(|(start, end)| start >= from && !folded[end..].trim_start().starts_with("עם"))
}

/// "הגעתם לקלינאית התקשורת מיכל ברק,": after "you've reached", the role in one or two words
/// ("to the speech therapist"), then a listed given name and a surname that end the clause.
fn reached_by_role(
    text: &str,
    folded: &str,
    words: &[Token],
    role: &Token,
) -> Option<(usize, usize)> {
    let i = words.iter().position(|w| w.start == role.start)?;
    let f = |w: &Token| &folded[w.start..w.end];
    let ends_clause = |at: usize| {
        let rest = text[at..].trim_start();
        rest.is_empty() || rest.starts_with([',', '.', '!', '?'])
    };
    for k in i + 1..(i + 3).min(words.len()) {
        let (given, surname) = (&words[k], words.get(k + 1)?);
        let spoken_on = words[i..=k + 1]
            .windows(2)
            .all(|p| &text[p[0].end..p[1].start] == " ");
        if !spoken_on {
            return None;
        }
        if is_given_name(f(given))
            && ends_clause(surname.end)
            && !not_name(&text[surname.start..surname.end])
        {
            return Some((given.start, surname.end));
        }
    }
    None
}

/// Who the speaker is, then their name: "I'm his mom, Lucía Fernández.", "I'm the
/// passenger, Chidinma Eze-Okonkwo, date of birth …", "είμαι ο γιος της, ο Σπύρος Μακρής":
/// after "I'm"/"I am"/"είμαι", a determiner and one to three lower-case words, a comma (in
/// Greek the article again), then one to three capitalised words ending the clause.
fn appositive_names(text: &str, folded: &str, words: &[Token]) -> Vec<(usize, usize)> {
    const DETERMINERS: &[&str] = &[
        "the", "his", "her", "their", "your", "my", "a", "an", "ο", "η",
    ];
    let mut out = Vec::new();
    for cue in ["i'm", "i’m", "i am", "είμαι"] {
        for (_, cue_end) in find_phrase(folded, &fold(cue)) {
            let rest: Vec<&Token> = words.iter().filter(|w| w.start >= cue_end).collect();
            let f = |w: &Token| &folded[w.start..w.end];
            let lower = |w: &Token| text[w.start..].starts_with(char::is_lowercase);
            if !rest.first().is_some_and(|w| DETERMINERS.contains(&f(w))) {
                continue;
            }
            // the role: lower-case words up to the comma
            let Some(mut comma) = (1..rest.len().min(5)).find(|&k| {
                text[rest[k - 1].end..rest[k].start].trim() == ","
                    && rest[1..k].iter().all(|w| lower(w))
            }) else {
                continue;
            };
            // "…, ο Σπύρος Μακρής": the Greek article again before the name
            if f(rest[comma]) == f(rest[0]) && greek_article(f(rest[0])) && comma + 1 < rest.len() {
                comma += 1;
            }
            if let Some((end, _)) = capitalised_name_ending_clause(text, folded, &rest[comma..]) {
                out.push((rest[comma].start, end));
            }
        }
    }
    // "Hi, it's for me, Gloria Esparza, I was taken …": whose the booking or the bill is,
    // then the name: two or three capitalised words, or a listed given name, ending the clause
    for cue in ["it's for me", "it’s for me", "it is for me", "its for me"] {
        for (_, cue_end) in find_phrase(folded, &fold(cue)) {
            let rest: Vec<&Token> = words.iter().filter(|w| w.start >= cue_end).collect();
            let Some(first) = rest.first() else { continue };
            if text[cue_end..first.start].trim() != "," {
                continue;
            }
            if let Some((end, n)) = capitalised_name_ending_clause(text, folded, &rest) {
                if n >= 2 || is_given_name(&folded[first.start..first.end]) {
                    out.push((first.start, end));
                }
            }
        }
    }
    out
}

/// One to three capitalised words from the first of `rest` that end a clause, as a name: the
/// end of the last, and how many.
fn capitalised_name_ending_clause(
    text: &str,
    folded: &str,
    rest: &[&Token],
) -> Option<(usize, usize)> {
    let mut end = None;
    let mut n = 0;
    for (k, w) in rest.iter().enumerate().take(3) {
        let joined = k == 0 || {
            let gap = &text[rest[k - 1].end..w.start];
            gap == " " || joins_name(gap)
        };
        let f = &folded[w.start..w.end];
        if !joined
            || !text[w.start..].starts_with(char::is_uppercase)
            || not_name(&text[w.start..w.end])
            || not_name_capitalised(f)
            || super::dates::is_month(&text[w.start..w.end], f)
        {
            break;
        }
        end = Some(w.end);
        n += 1;
    }
    let end = end?;
    let after = text[end..].trim_start();
    (after.is_empty() || after.starts_with([',', '.', '!', '?'])).then_some((end, n))
}

/// Greetings, thanks and assent said to someone by name ("Thanks so much, Yusuf", "Hi
/// Shauna, this is…", "Ευχαριστώ Δέσποινα", "בסדר שירה, …", "حاضر يا عم صالح").
const ADDRESSING: &[&str] = &[
    // "בטח ישראל.": sure
    "בטח",
    // "נכון אבי,", "נכון שירה?": right, …
    "נכון",
    "hi",
    "hello",
    "hey",
    "שלום",
    "היי",
    "מעולה",
    "هلا",
    "أهلا",
    "مرحبا",
    "حاضر",
    "يا",
    "thanks",
    "thank you",
    "cheers",
    "sorry",
    "okay",
    "ok",
    "alright",
    "ευχαριστώ",
    "ευχαριστούμε",
    "εντάξει",
    "תודה",
    "בסדר",
    "شكرا",
    "مشكور",
    "مشكورة",
    "تمام",
    // assent, praise and wishes said to someone by name ("No worries Bron,", "Τέλεια Γιώργο,",
    // "Περαστικά Θοδωρή!", "אז אביבה,", "أهلين ليان،", "واخا آلالة خديجة،")
    "no worries",
    "no problem",
    "no bother",
    "no problem at all",
    // Ireland's "Grand, Aoife,"
    "grand",
    "בשמחה",
    "בכיף",
    "wonderful",
    "great",
    "perfect",
    "lovely",
    "brilliant",
    "of course",
    "sure",
    "right",
    "righto",
    // "Right you are Margaret,", "There you go Kev,"
    "right you are",
    "there you are",
    "there you go",
    "here you are",
    "here you go",
    // "אין בעיה ג'ייסון,", "ברור ז'ולי,", "סגור שרית,": no problem, sure, deal
    "אין בעיה",
    "ברור",
    "סגור",
    "τέλεια",
    "ωραία",
    "οκ",
    "οκέι",
    "περαστικά",
    "μπράβο",
    "καλημέρα",
    "καλησπέρα",
    "γεια σου",
    "γεια σας",
    "אז",
    "יופי",
    "מצוין",
    "סבבה",
    // "מגניב איתי,": cool
    "מגניב",
    "אחלה",
    // "Βεβαίως Αντρέα.": certainly
    "βεβαίως",
    "βέβαια",
    "φυσικά",
    "אוקיי",
    "אהלן",
    "أهلين",
    "اهلين",
    "واخا",
    "طيب",
    "تسلم",
    // "يسلمو لينا،": thanks (the Levant's); "حاضرين أختي مريم.": at your service
    "يسلمو",
    "يسلموا",
    "يسلمك",
    "حاضرين",
    // "כן ז'רמי,", "טוב מוטי,": yes, …; good, …
    "כן",
    "טוב",
    // sympathy and good wishes said to someone ("Sorry to hear that, Chidinma.", "Congrats
    // Bron!")
    "to hear that",
    "congrats",
    "congratulations",
    "welcome back",
];

/// Words that open a sentence said to someone by name ("And Siobhán, how are you spelling
/// …", "So Dermot, …"): taken as [`ADDRESSING`] only at a sentence's start.
const SENTENCE_OPENERS: &[&str] = &["and", "so"];

/// Words between thanks and the name: what makes it stronger ("so much", "πολύ", "רבה לך",
/// "جزيلا") and the kin words of respect in Arabic ("يا عم صالح", "يا خالة").
const INTENSIFIERS: &[&str] = &[
    // "בסדר גמור שוקי": "quite all right"
    "גמור",
    "so",
    "very",
    "much",
    "a",
    "lot",
    "million",
    "πολύ",
    "רבה",
    "לך",
    "جزيلا",
    "كتير",
    "كثير",
    "عم",
    "خال",
    "خالة",
    "اخ",
    "اخي",
    "اخت",
    // "زين أختي مريم،": "my sister", said to a woman; "my brother" in the Gulf ("يا هلا فيك
    // أخوي بدر،": "welcome to you, my brother Badr")
    "اختي",
    "أخوي",
    "خوي",
    "فيك",
    "استاذ",
    "لالة",
    "آلالة",
    "للا",
    // one who made the pilgrimage, an elder, a doctor ("تمام يا حاج سليمان،")
    "حاج",
    "الحاج",
    "حجي",
    "حاجة",
    "حجة",
    "شيخ",
    "دكتور",
    "دكتورة",
    // "يا ست ربى،" ("Mrs"), the Maghreb's "أ سي عبد القادر،" ("O Mr")
    "ست",
    "سي",
    "أ",
];

/// A first name said to the other party after thanks or assent, ending its clause ("Thanks
/// so much, Yusuf, you've been…"): only a given name ([`is_given_name`], or one of the Hebrew
/// names that are words too, [`is_name_also_word`]), capitalised where the script has case, so
/// that "thanks, bye", "בסדר גמור" and "זה בסדר לי" stay.
fn vocatives(text: &str, folded: &str, words: &[Token]) -> Vec<(usize, usize)> {
    let uncased_line = written_without_case(text);
    let unpunctuated = !text.contains([',', '،', '.', '!', '?', '؟']);
    let ends_clause = |at: usize| {
        let after = text[at..].trim_start();
        // "Εντάξει Κατερίνα μου,": "my", said to the one addressed
        let after = after
            .strip_prefix("μου")
            .filter(|r| !r.starts_with(char::is_alphabetic))
            .map_or(after, str::trim_start);
        after.is_empty() || after.starts_with([',', '،', '.', '!', '?', '؟'])
    };
    // capitalised where the script has case, and not a word that is never a name
    let name_like = |w: &Token| {
        let word = &text[w.start..w.end];
        let first = word.chars().next().unwrap_or(' ');
        let cased = first.is_uppercase() || first.is_lowercase();
        (!cased || first.is_uppercase() || uncased_line) && !not_name(word)
    };
    let given = |w: &Token| {
        let f = &folded[w.start..w.end];
        name_like(w) && (is_given_name(f) || is_name_also_word(f))
    };
    // in a line written with capitals, a capitalised word after thanks or assent is a name
    // even when no list has it ("Cheers Bronwyn,", "Okay Venkatesh,"), unless it is a title,
    // kin, a day or month, a desk or a cue ("Thanks Mum.", "Okay, Visa")
    let capitalised = |w: &Token| {
        let word = &text[w.start..w.end];
        let f = &folded[w.start..w.end];
        let first = word.chars().next().unwrap_or(' ');
        let script = first.is_ascii_alphabetic() || is_greek(first);
        !uncased_line
            && script
            && first.is_uppercase()
            && word.chars().count() >= 3
            && word.chars().any(char::is_lowercase) // "ΔΕΗ", "BT": a company's letters
            && !not_name(word)
            && !not_name_capitalised(f)
            && !is_one_of(ADDRESSED_NOT_NAMES, f)
            && !is_desk(f)
            && !is_cue_word(f)
            && !super::dates::is_month(word, f)
    };
    let mut out = Vec::new();
    for phrase in ADDRESSING.iter().chain(SENTENCE_OPENERS) {
        for (start, end) in find_phrase(folded, &fold(phrase)) {
            // the word itself, not with a prefix letter ("שכן": a neighbour, "ואז": and then)
            let prefixed = text[..start].chars().next_back().is_some_and(is_word_char);
            if prefixed && ["כן", "טוב"].contains(phrase) {
                continue;
            }
            // "Grand. And Siobhán, how are you spelling …": "and", "so" only opening a sentence
            let before = text[..start].trim_end();
            let opens = before.is_empty() || before.ends_with(['.', '!', '?']);
            if SENTENCE_OPENERS.contains(phrase) && !opens {
                continue;
            }
            let mut at = end;
            let mut next = words.iter().skip_while(|w| w.start < end);
            let name = loop {
                let Some(w) = next.next() else { break None };
                let f = &folded[w.start..w.end];
                // a title too: "Hey Coach Kowalski!", "شكرا يا دكتور سامي"
                let intensifier = is_one_of(INTENSIFIERS, f) || is_title(f);
                if !intensifier || !text[at..w.start].trim().is_empty() {
                    break Some(w);
                }
                at = w.end;
            };
            let Some(name) = name else { continue };
            // "Thanks Mary-Kate,", "Cheers O'Brien,": a name written with a hyphen or an
            // apostrophe is one word (a Hebrew geresh is already inside its word)
            let joined = Token {
                start: name.start,
                end: joined_end(text, words, name.end),
            };
            let name = &joined;
            // "يا أم ريان،": a kunya, the mother or father named by a child's given name
            if kunya(folded, words, name) {
                let child = words.iter().find(|w| w.start >= name.end);
                if let Some(child) = child.filter(|c| ends_clause(c.end)) {
                    out.push((name.start, child.end));
                }
                continue;
            }
            if !matches!(text[at..name.start].trim(), "" | "," | "،") {
                continue;
            }
            // "عبد" and the divine name after it are one given name ("… سي عبد القادر،")
            if &folded[name.start..name.end] == "عبد" {
                let rest = words.iter().find(|w| w.start >= name.end).filter(|n| {
                    &text[name.end..n.start] == " " && folded[n.start..n.end].starts_with("ال")
                });
                if let Some(rest) = rest.filter(|r| ends_clause(r.end)) {
                    out.push((name.start, rest.end));
                }
                continue;
            }
            // "אוקיי ז'ולי,": a name written with a geresh, said to someone, ending the clause
            let foreign = !prefixed
                && foreign_in_hebrew(&folded[name.start..name.end])
                && ends_clause(name.end);
            if foreign {
                out.push((name.start, name.end));
                continue;
            }
            if !given(name) {
                // after praise, a capitalised word may name a thing ("Great Western,")
                let praise = [
                    "grand",
                    "great",
                    "perfect",
                    "lovely",
                    "brilliant",
                    "wonderful",
                    "right",
                ]
                .contains(phrase);
                if !praise && capitalised(name) && ends_clause(name.end) {
                    out.push((name.start, name.end));
                }
                continue;
            }
            // "خلني آخذ رقمك يا سالم عشان …": after the vocative "يا" the name is said to
            // someone wherever the clause goes, unless the two make an expression ("يا هلا",
            // "يا سلام", "يا كريم")
            let ya = *phrase == "يا" && !is_one_of(YA_EXPRESSIONS, &folded[name.start..name.end]);
            // "thanks so much mary i will send it now": a line without punctuation does not
            // mark where the clause ends; a listed given name (none that is a word too) followed
            // by a word that opens a clause ends it
            let unmarked = unpunctuated
                && is_given_name(&folded[name.start..name.end])
                && words.iter().find(|w| w.start >= name.end).is_some_and(|w| {
                    let f = &folded[w.start..w.end];
                    is_one_of(ADDRESSED_CLAUSE_OPENERS, f) || opens_clause(f)
                });
            if ends_clause(name.end) || ya || unmarked {
                out.push((name.start, name.end));
                continue;
            }
            // "שלום, יוסי אברהמי, …", "Καλημέρα, Δημήτρης Μπαλτάς, …": the surname too
            let surname: Vec<&Token> = words
                .iter()
                .skip_while(|w| w.start < name.end)
                .take(2)
                .collect();
            let mut end = name.end;
            for w in surname {
                let f = &folded[w.start..w.end];
                let joined = &text[end..w.start] == " ";
                if !joined
                    || !name_like(w)
                    || !surname_in_lower_case(f)
                    || f.starts_with(['ו', 'מ'])
                {
                    break;
                }
                end = w.end;
                if ends_clause(end) {
                    out.push((name.start, end));
                    break;
                }
            }
        }
    }
    // "That's wonderful, Peggy.": a given name alone after a comma, ending the sentence
    for (i, w) in words.iter().enumerate() {
        let before = if i == 0 {
            ""
        } else {
            &text[words[i - 1].end..w.start]
        };
        let after = text[w.end..].trim_start();
        let last = after.is_empty() || after.starts_with(['.', '!', '?', '؟']);
        // "And your mobile, Raj?": ending a question, any capitalised word that is no day
        let asked = after.starts_with('?')
            && capitalised(w)
            && !is_one_of(WEEKDAYS, &folded[w.start..w.end]);
        if matches!(before.trim(), "," | "،") && last && (given(w) || asked) {
            out.push((w.start, w.end));
        }
    }
    out
}

/// Whether a folded Hebrew word opens with a sound Hebrew writes with a geresh, "ג'", "ז'" or
/// "צ'" (j, zh, ch), as names from other languages are written ("ז'רמי", "ג'ולייט", "צ'רלי"),
/// and has three letters more: said to someone, such a word is a name ("אוקיי ז'ולי,").
fn foreign_in_hebrew(folded: &str) -> bool {
    let mut chars = folded.chars();
    let opens =
        matches!(chars.next(), Some('ג' | 'ז' | 'צ')) && matches!(chars.next(), Some('\'' | '׳'));
    opens && chars.clone().count() >= 3 && chars.all(is_hebrew)
}

/// Words that open a clause after a name said to someone in a line without punctuation
/// ("ok sarah let me check", "ευχαριστώ μαρία θα σας στείλω", "תודה יוסי אני שולחת"): pronouns,
/// "let", "one (moment)", the future and subjunctive particles.
const ADDRESSED_CLAUSE_OPENERS: &[&str] = &[
    "i",
    "i'll",
    "i'm",
    "let",
    "let's",
    "we",
    "we'll",
    "you",
    "you'll",
    "your",
    "it",
    "it's",
    "that",
    "that's",
    "this",
    "one",
    "just",
    "and",
    "so",
    "can",
    "could",
    "please",
    "bye",
    "have",
    "take",
    "give",
    "see",
    "talk",
    "speak",
    "how",
    "what",
    "is",
    "all",
    "i've",
    "we've",
    "hold",
    // the same, as a recogniser writes them without the apostrophe ("okay darren ive updated it")
    "ive",
    "im",
    "weve",
    "youll",
    "youre",
    "thats",
    "lets",
    "θα",
    "να",
    "σας",
    "σου",
    "εγώ",
    "ένα",
    "μια",
    "μισό",
    "περιμένετε",
    "καλή",
    "αμέσως",
    "אני",
    "אנחנו",
    "את",
    "אתה",
    "רק",
    "רגע",
    "תן",
    "תני",
    "תודה",
    "יום",
    "ערב",
    "שיהיה",
    "انا",
    "أنا",
    "راح",
    "بس",
    "لحظة",
    "خلني",
    "خليني",
    "دقيقة",
    "نحن",
    "احنا",
    "إحنا",
    "انت",
    "أنت",
    "انتي",
    "أنتي",
    "مع",
];

/// Words that make an expression after "يا" though a list of given names has them too ("يا
/// هلا", "welcome"; "يا سلام", "wow"; "يا كريم", said to God).
const YA_EXPRESSIONS: &[&str] = &[
    "هلا",
    "سلام",
    "كريم",
    "رب",
    "رحمن",
    "رحيم",
    "لطيف",
    "ساتر",
    "حبيبي",
    "حبيبتي",
    "عيني",
    "جماعة",
    "شباب",
    "جميل",
    "جميلة",
    "غالي",
    "غالية",
    "حلو",
    "حلوة",
    "سيدي",
    "ريت",
    "ليت",
];

/// Capitalised words said to someone after thanks or assent that are not their name.
const ADDRESSED_NOT_NAMES: &[&str] = &[
    "sir",
    "madam",
    "ma'am",
    "mum",
    "mom",
    "mummy",
    "dad",
    "daddy",
    "doctor",
    "doc",
    "nurse",
    "officer",
    "mate",
    "love",
    "darling",
    "dear",
    "honey",
    "sweetheart",
    "buddy",
    "pal",
    "man",
    "guys",
    "everyone",
    "everybody",
    "all",
    "team",
    "god",
    "bye",
    "goodbye",
    "again",
    "then",
    "anyway",
    "κύριε",
    "κυρία",
    "γιατρέ",
    "παιδί",
    "φίλε",
    "θεέ",
    "αντίο",
    "γεια",
];

/// Words said while correcting oneself ("Rajesh, uh, sorry, Rajesh Venkataraman"), besides
/// [`CORRECTIONS`]; "i" is the "I" of "I mean".
const FILLERS: &[&str] = &[
    "uh",
    "um",
    "er",
    "erm",
    "sorry",
    "אה",
    "אהה",
    "סליחה",
    "εε",
    "εεε",
    "συγγνώμη",
    "اه",
    "آسف",
    "عفوا",
    "i",
];

/// Words that correct what was said ("Lupe, well, Guadalupe Reyes", "Lupe, I mean Guadalupe
/// Reyes"): after them the name may be said in another form (the full name after a short one).
const CORRECTIONS: &[&str] = &[
    "well",
    "mean",
    "actually",
    "rather",
    "or",
    "כלומר",
    "δηλαδή",
    "يعني",
];

/// A one-word name said again at once with the surname ("this is Edna, Edna Pickering",
/// "η Βασιλική, η Βασιλική Ζαχαρίου", "אבי, אבי מזרחי", "Rajesh, uh, sorry, Rajesh
/// Venkataraman"): the name runs on over both.
fn said_again(text: &str, folded: &str, words: &[Token], (s, e): (usize, usize)) -> (usize, usize) {
    let f = |w: &Token| &folded[w.start..w.end];
    // one word, or a kunya and its child's name ("أبو سليم، يعني سليم الخطيب": the given name
    // said again with the surname)
    let Some(i) = words.iter().position(|w| w.end == e) else {
        return (s, e);
    };
    let kunya_before = i >= 1 && words[i - 1].start == s && is_one_of(KUNYA, f(&words[i - 1]));
    if words[i].start != s && !kunya_before {
        return (s, e);
    }
    let gap = |a: &Token, b: &Token| &text[a.end..b.start];
    // an article may come again with the name ("η Βασιλική, η Βασιλική …")
    let article = |w: &Token| ["ο", "η", "τον", "την"].contains(&f(w));
    let mut k = i + 1;
    // "its danny danny connolly": a line written without case, as a recogniser may, says
    // the name again after a space too
    let caseless = super::words::written_without_case(text);
    let repeated_at_once = |w: &Token| caseless && gap(&words[i], w) == " " && f(w) == f(&words[i]);
    if words
        .get(k)
        .is_some_and(|w| !matches!(gap(&words[i], w).trim(), "," | "،") && !repeated_at_once(w))
    {
        return (s, e);
    }
    let filler = |w: &Token| is_one_of(FILLERS, f(w)) || is_one_of(CORRECTIONS, f(w));
    while words.get(k).is_some_and(filler)
        && words
            .get(k + 1)
            .is_some_and(|n| matches!(gap(&words[k], n).trim(), "" | ","))
    {
        k += 1;
    }
    if words.get(k).is_some_and(article) && i >= 1 && article(&words[i - 1]) {
        k += 1;
    }
    let corrected = (i + 1..k).any(|j| is_one_of(CORRECTIONS, f(&words[j])));
    match (words.get(k), words.get(k + 1)) {
        (Some(again), Some(surname))
            if (f(again) == f(&words[i]) || (corrected && is_given_name(f(again))))
                && gap(again, surname) == " "
                && !not_name(&text[surname.start..surname.end])
                && (!text[surname.start..].starts_with(|c: char| c.is_lowercase())
                    || (caseless && !said_after_a_name(f(surname)))) =>
        {
            // "אליקו ג'נשווילי": a surname written with an apostrophe is one word
            (s, joined_end(text, words, surname.end))
        }
        _ => (s, e),
    }
}

/// Words said after a name that are no surname, in a line written without case ("its
/// marcus, marcus here", "danny, danny from the garage").
const AFTER_A_NAME: &[&str] = &[
    "and", "here", "from", "again", "speaking", "calling", "ringing", "phoning", "with", "at",
    "in", "on", "is", "was", "the", "i", "im", "um", "uh", "er", "erm", "so", "but", "about",
    "for", "to", "yeah", "yes", "please", "thanks", "sorry", "just", "now", "too", "also", "there",
    "its", "it", "like", "of", "a", "an", "my", "we", "you", "hi", "hello",
];

fn said_after_a_name(folded: &str) -> bool {
    AFTER_A_NAME.contains(&folded)
}

/// "it's Kylie here, Kylie Tran": the name said before "here" (or "speaking", "εδώ"), then
/// again after a comma with the surname. The second saying, as its own span.
fn said_again_after_here(
    text: &str,
    folded: &str,
    words: &[Token],
    (s, e): (usize, usize),
) -> Option<(usize, usize)> {
    let i = words.iter().position(|w| w.end == e)?;
    let f = |w: &Token| &folded[w.start..w.end];
    let name_word = &folded[words[i].start..e];
    let [here, rest @ ..] = words.get(i + 1..)? else {
        return None;
    };
    let said_here = is_one_of(NAME_AFTER, f(here)) && text[e..here.start].trim().is_empty();
    let after_comma = |w: &Token| matches!(text[here.end..w.start].trim(), "," | "،");
    // "Ο Μπάμπης είμαι, ο Μπάμπης ο Λαμπρόπουλος,": the article again before the name and
    // before the surname
    if let [article, again, article_again, surname, ..] = rest {
        let article_before = i >= 1 && greek_article(f(article)) && f(&words[i - 1]) == f(article);
        if said_here
            && article_before
            && words[i].start == s
            && after_comma(article)
            && f(again) == name_word
            && &text[article.end..again.start] == " "
            && greek_article_again(text, folded, words, (again.start, again.end), article_again)
        {
            return Some((again.start, surname.end));
        }
    }
    // "ο Μανώλης είμαι, ο Μανώλης Τζανάκης από …": the article again, the name and the surname
    if let [article, again, surname, ..] = rest {
        let article_before = i >= 1 && greek_article(f(article)) && f(&words[i - 1]) == f(article);
        if said_here
            && article_before
            && words[i].start == s
            && after_comma(article)
            && f(again) == name_word
            && &text[article.end..again.start] == " "
            && &text[again.end..surname.start] == " "
            && text[surname.start..].starts_with(char::is_uppercase)
            && !not_name(&text[surname.start..surname.end])
        {
            return Some((again.start, joined_end(text, words, surname.end)));
        }
    }
    let [again, surname, ..] = rest else {
        return None;
    };
    let said = said_here && after_comma(again);
    let same = f(again) == name_word && words[i].start == s;
    let capitalised = !text[surname.start..].starts_with(char::is_lowercase);
    (said && same && &text[again.end..surname.start] == " " && capitalised)
        .then(|| (again.start, joined_end(text, words, surname.end)))
        .filter(|_| !not_name(&text[surname.start..surname.end]))
}

/// Whether a folded word of a name only joins its parts ("בן" in "אורית בן חמו", "عبد",
/// "de", the article in "ο Χάμπης"): it is not looked for again as a name on its own
/// ("את הבן שלי" is "my son").
pub(crate) fn joins_name_parts(folded: &str) -> bool {
    is_one_of(KUNYA, folded)
        || is_one_of(PARTICLES, folded)
        || is_one_of(SURNAME_PARTICLES, folded)
        || is_one_of(NICKNAME_JOINERS, folded)
        || is_one_of(CONNECTORS, folded)
}

/// Words that join a given name to the family's in Hebrew and Arabic ("son of", "father of",
/// "servant of"): "אורית בן חמו", "محمد عبد الله".
const CONNECTORS: &[&str] = &["בן", "בת", "אבו", "ابن", "بن", "عبد", "بنت"];

/// "معك أبو فهد، سعد الدوسري،": the given name and surname said after a kunya, between
/// commas or ending the line, are the same person's.
fn named_after_kunya(
    text: &str,
    folded: &str,
    words: &[Token],
    (s, e): (usize, usize),
) -> (usize, usize) {
    let Some(first) = words.iter().find(|w| w.start == s) else {
        return (s, e);
    };
    if !is_one_of(KUNYA, &folded[first.start..first.end]) {
        return (s, e);
    }
    let next: Vec<&Token> = words.iter().filter(|w| w.start >= e).take(2).collect();
    let Some(given) = next.first() else {
        return (s, e);
    };
    let closes = |at: usize| {
        let rest = text[at..].trim_start();
        rest.is_empty() || rest.starts_with(['،', ',', '.', '؟', '?', '!'])
    };
    // a given name, or any word before a family name ("ال…") that ends the clause (a given
    // name that is a word too: "سعد الدوسري")
    let surname = next.get(1).filter(|n| {
        &text[given.end..n.start] == " "
            && closes(n.end)
            && !not_name(&text[n.start..n.end])
            && !is_cue_word(&folded[n.start..n.end])
    });
    let named = is_given_name(&folded[given.start..given.end])
        || surname.is_some_and(|n| folded[n.start..n.end].starts_with("ال"));
    if text[e..given.start].trim() != "،" || !named || not_name(&text[given.start..given.end]) {
        return (s, e);
    }
    match surname {
        Some(surname) => (s, surname.end),
        None if closes(given.end) => (s, given.end),
        None => (s, e),
    }
}

/// "Patrick Joseph McGrath Junior": a generation said after a name of two words or more is
/// the name's.
fn generation_after(
    text: &str,
    folded: &str,
    words: &[Token],
    (s, e): (usize, usize),
) -> (usize, usize) {
    let whole = words.iter().filter(|w| w.start >= s && w.end <= e).count() >= 2;
    let next = words.iter().find(|w| w.start >= e);
    match next {
        Some(w)
            if whole
                && matches!(&text[e..w.start], " " | ", ")
                && GENERATIONS.contains(&folded[w.start..w.end].to_lowercase().as_str()) =>
        {
            (s, w.end)
        }
        _ => (s, e),
    }
}

/// Words between a name and the short name the speaker goes by: the Greek article ("είμαι ο
/// Χαράλαμπος Χριστοδούλου, ο Χάμπης"), "you can (say)" in Hebrew ("ולדימיר שפירו, אפשר
/// וובה"), "or" ("Kimberly or Kim").
const NICKNAME_JOINERS: &[&str] = &["ο", "η", "אפשר", "or", "או", "أو", "ή"];

/// The short name a speaker goes by, said right after their name ("my name is kimberly nowak
/// kim", "its barry thompson bazza", "אני אלכסנדר, סשה", "με λένε σταυρούλα παπαδάκη σούλα"):
/// the name runs on over it. It is a given name or made from the first one (its first three
/// letters, "Kim" of "Kimberly"; its first letter and last three, "Σούλα" of "Σταυρούλα";
/// its first two with a pet-name ending, "Bazza" of "Barry"). After a whole name and a bare
/// space it must be made from the name; after a comma or a joiner a given name will do.
fn nickname_after(
    text: &str,
    folded: &str,
    words: &[Token],
    (s, e): (usize, usize),
) -> (usize, usize) {
    let f = |w: &Token| folded[w.start..w.end].to_lowercase();
    let in_name: Vec<&Token> = words
        .iter()
        .filter(|w| w.start >= s && w.end <= e)
        .collect();
    let (Some(first), Some(i)) = (in_name.first(), words.iter().position(|w| w.start >= e)) else {
        return (s, e);
    };
    let gap = &text[e..words[i].start];
    // "Παναγιώτης Σταθόπουλος, ο Τάκης,": the joiner may follow a comma
    let after_comma = matches!(gap.trim(), "," | "،");
    let joined = (gap == " " || after_comma) && is_one_of(NICKNAME_JOINERS, &f(&words[i]));
    // … and then the short name ends the clause ("…, η Ελένη μιλά": someone else speaking)
    if joined
        && after_comma
        && !words
            .get(i + 1)
            .is_some_and(|n| ends_clause(&text[n.end..]))
    {
        return (s, e);
    }
    if joined
        && words
            .get(i + 1)
            .is_none_or(|n| &text[words[i].end..n.start] != " ")
    {
        return (s, e);
    }
    let at = if joined { i + 1 } else { i };
    let w = &words[at];
    // "ג'ודי, ג'ודית גרינברג": a name written with a geresh is one word of two tokens
    let w_end = joined_end(text, words, w.end);
    let nick = folded[w.start..w_end].to_lowercase();
    let word = &text[w.start..w_end];
    let last = words.iter().rposition(|t| t.end <= w_end).unwrap_or(at);
    let comma = matches!(gap.trim(), "," | "،");
    if !(gap == " " || comma) || not_name(word) || is_cue_word(&nick) {
        return (s, e);
    }
    // a capitalised name is followed by a capitalised short name ("Barry Thompson, Bazza")
    let cased_name = text[first.start..].starts_with(char::is_uppercase);
    let lower = word.starts_with(char::is_lowercase);
    if cased_name && lower {
        return (s, e);
    }
    let first_end = joined_end(text, words, first.end);
    let first_word = folded[first.start..first_end].to_lowercase();
    let one_word = first.start == s && first_end == e;
    let made = made_from(&first_word, &nick);
    // "Oluwaseun Adeyemi-Bakare, Seun for short", "محمود عبد الفتاح، حمودة يعني،", "ευτυχία
    // μαυρίδου έφη δηλαδή": said to be the short name
    let short_said = {
        let after = folded[w_end..].trim_start();
        ["for short", "يعني", "δηλαδη"]
            .iter()
            .any(|p| after.starts_with(p) && !after[p.len()..].starts_with(is_word_char))
    };
    let taken = if comma || joined {
        made || is_given_name(&nick) || short_said
    } else {
        in_name.len() >= 2 && (made || short_said)
    };
    if !taken {
        return (s, e);
    }
    // "זה דימה, דמיטרי קוגן, …": the short name first, then the whole name with its surname
    let surname = words.get(last + 1).filter(|n| {
        comma
            && one_word
            && &text[w_end..n.start] == " "
            && !not_name(&text[n.start..n.end])
            && !is_cue_word(&f(n))
            && ends_clause(&text[joined_end(text, words, n.end)..])
    });
    (s, surname.map_or(w_end, |n| joined_end(text, words, n.end)))
}

/// Whether NICK (folded, lower case) is a short form made from the given name NAME.
fn made_from(name: &str, nick: &str) -> bool {
    let n: Vec<char> = name.chars().collect();
    let k: Vec<char> = nick.chars().collect();
    if k.len() < 2 || n.len() < 3 || name == nick {
        return false;
    }
    let prefix = |m: usize| k.len() >= m && n.len() >= m && k[..m] == n[..m];
    let suffix = |m: usize| k.len() > m && n.len() > m && k[k.len() - m..] == n[n.len() - m..];
    // "Bazza" of "Barry", "Jonno" of "John", "Kezzie" of "Kerry": not "too", "today"
    let pet_ending = k.len() >= 4 && ["zza", "zz", "o", "ie"].iter().any(|x| nick.ends_with(x));
    (k.len() >= 3 && prefix(3)) || (prefix(1) && suffix(3)) || (prefix(2) && pet_ending)
}

/// The days of the week (folded).
pub(crate) const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Whether word `w` of a line with capitals is written as a name: capitalised, and no word that
/// is never one ([`not_name`]), no day, card brand ([`not_name_capitalised`]) or month.
fn capitalised_name_word(text: &str, folded: &str, w: &Token) -> bool {
    let (word, f) = (&text[w.start..w.end], &folded[w.start..w.end]);
    word.starts_with(char::is_uppercase)
        && !not_name(word)
        && !not_name_capitalised(f)
        && !super::dates::is_month(word, f)
}

/// Capitalised words that are not names after "it's": a weekday or a card's brand (months are
/// asked of [`super::dates::is_month`]).
fn not_name_capitalised(folded: &str) -> bool {
    WEEKDAYS.contains(&folded) || ["visa", "mastercard", "amex"].contains(&folded)
}

/// Words a caller may say before naming themself ("Yeah hi, it's …", "hi yeah eoin gallagher
/// here"): greetings, assent, fillers, and what they call the agent.
const LEAD: &[&str] = &[
    "yes",
    "yeah",
    "yep",
    "ok",
    "okay",
    "sure",
    "hi",
    "hiya",
    "hey",
    "hello",
    "oh",
    "um",
    "uh",
    "erm",
    "right",
    "alright",
    "so",
    "well",
    "there",
    "mate",
    // "Oh hello love, it's Margaret Holroyd,": what a caller calls the agent
    "love",
    "dear",
    "darling",
    "pet",
    "hun",
    "hon",
    "sweetheart",
    "buddy",
    "gday",
    // "G'day", "ma'am": the apostrophe splits them into two words
    "g",
    "day",
    "ma",
    "am",
    "howya",
    "sir",
    "good",
    "morning",
    "afternoon",
    "evening",
];

/// A full name said as "it's …" opening the line, the way a caller answers who they are
/// ("Yeah it's Callum Fraser, date of birth …", "It's Robert Kline."): two or three
/// capitalised words ending the clause.
fn its_name(text: &str, folded: &str, words: &[Token]) -> Option<(usize, usize)> {
    let f = |w: &Token| &folded[w.start..w.end];
    let first = words.iter().position(|w| !LEAD.contains(&f(w)))?;
    let rest = &words[first..];
    // "זה אהרון, אהרון גולדשטיין": in Hebrew, only with the name said again at once
    if let [ze, a, b, c, ..] = rest {
        if f(ze) == "זה" {
            let again = &text[a.end..b.start] == ", "
                && f(a) == f(b)
                && &text[b.end..c.start] == " "
                && !not_name(&text[a.start..a.end])
                && !not_name(&text[c.start..c.end]);
            return again.then_some((a.start, c.end));
        }
    }
    let skip = match rest {
        [it, s, ..] if ["it", "this"].contains(&f(it)) && ["s", "is"].contains(&f(s)) => 2,
        // "its barry thompson": a recogniser's "it's" without its apostrophe
        [its, ..] if f(its) == "its" => 1,
        _ => return None,
    };
    // in a line without capitals: a given name first, then a word that does not end it
    let uncased_line = written_without_case(text);
    let capitalised = |w: &Token| capitalised_name_word(text, folded, w);
    let mut from = skip + first;
    // "It's Chef Anand Krishnamurthy", "it's Dr. Okafor": the title is taken in later
    // ([`title_before`])
    if words.get(from).is_some_and(|w| is_title(f(w)))
        && words
            .get(from + 1)
            .is_some_and(|w| !uncased_line && capitalised(w))
    {
        from += 1;
    }
    if uncased_line {
        return match &words[from..] {
            [a, b, ..]
                if is_given_name(f(a))
                    && &text[a.end..b.start] == " "
                    && surname_in_lower_case(f(b)) =>
            {
                // "o'brien", "nowak-lewandowska": one word
                let mut end = joined_end(text, words, b.end);
                // "paddy o ceallaigh", "siobhán ní bhriain": a particle, then the surname
                if let Some(c) = words.get(from + 2).filter(|c| {
                    end == b.end
                        && is_one_of(SURNAME_PARTICLES, f(b))
                        && &text[b.end..c.start] == " "
                        && surname_in_lower_case(f(c))
                }) {
                    return Some((a.start, c.end));
                }
                // "ana lucia torres": two given names, then the surname
                if let Some(c) = words.get(from + 2).filter(|c| {
                    end == b.end
                        && is_given_name(f(b))
                        && &text[b.end..c.start] == " "
                        && surname_in_lower_case(f(c))
                }) {
                    end = c.end;
                }
                Some((a.start, end))
            }
            _ => None,
        };
    }
    let mut name: Vec<&Token> = Vec::new();
    for w in words[from..].iter() {
        // "Adeyemi-Clarke", "O'Neill": one word
        let hyphen = name
            .last()
            .is_some_and(|p| joins_name(&text[p.end..w.start]));
        if hyphen && capitalised(w) {
            name.push(w);
            continue;
        }
        let joined = name.last().is_none_or(|p| &text[p.end..w.start] == " ");
        if !joined || !capitalised(w) || name.len() >= 3 {
            break;
        }
        if is_desk(f(w)) {
            return None; // "This is Corvo Mobile, …": a company
        }
        name.push(w);
    }
    let (s, e) = (name.first()?.start, name.last()?.end);
    let after = text[e..].trim_start();
    // "Yeah it's Julie Tran but everyone calls me Jules": "but" or "and" goes on to a new clause
    let conjunction = words
        .iter()
        .find(|w| w.start >= e)
        .is_some_and(|w| ["but", "and"].contains(&f(w)) && &text[e..w.start] == " ");
    // "It's Anand Krishnamurthy from Saffron & Sage": then the business they call for
    let mut next = words.iter().skip_while(|w| w.start < e);
    let business = match (next.next(), next.next()) {
        (Some(by), Some(firm)) => {
            FOR_A_BUSINESS.contains(&f(by))
                && &text[e..by.start] == " "
                && text[firm.start..].starts_with(char::is_uppercase)
        }
        _ => false,
    };
    let ends =
        after.is_empty() || after.starts_with([',', '.', '?', '!']) || conjunction || business;
    // "It's Tom, Tom Brennan": the first name, then said again with the surname
    let again = match &words[from..] {
        [a, b, c, ..] if name.len() == 1 && &text[a.end..b.start] == ", " => {
            let same = f(a) == f(b) && &text[b.end..c.start] == " " && capitalised(c);
            same.then_some((s, c.end))
        }
        _ => None,
    };
    // "it's Bazza, um, Barry Whitlock", "it's Shazza, Sharon Nguyen,": the short name, then put
    // right ([`corrected_names`]): after a filler, or as a given name and a surname
    let full_after = match &words[from..] {
        [_, b, c, ..] if name.len() == 1 && b.start >= e => {
            let gap_ok = &text[e..b.start] == ", " && &text[b.end..c.start] == " ";
            let rest = text[joined_end(text, words, c.end)..].trim_start();
            gap_ok
                && is_given_name(f(b))
                && capitalised(b)
                && capitalised(c)
                && (rest.is_empty() || rest.starts_with([',', '.', '!', '?']))
        }
        _ => false,
    };
    let put_right = name.len() == 1 && (correction_after(folded, e).is_some() || full_after);
    again.or(((name.len() >= 2 && ends) || put_right).then_some((s, e)))
}

/// Whether ", um, " (or another of [`NAME_CORRECTIONS`] between commas) follows byte `at`.
fn correction_after(folded: &str, at: usize) -> Option<usize> {
    let rest = folded[at..].strip_prefix(", ")?;
    NAME_CORRECTIONS.iter().find_map(|c| {
        let c = fold(c);
        rest.strip_prefix(c.as_str())?
            .strip_prefix(", ")
            .map(|_| at + 2 + c.len() + 2)
    })
}

/// Words said before a surname, as part of it ("o ceallaigh", "ní bhriain", "van dijk").
const SURNAME_PARTICLES: &[&str] = &[
    "o", "ó", "ni", "ní", "nic", "mac", "mc", "de", "van", "von", "da", "di", "du", "le", "la",
    "al", "el", "bin", "ibn", "abu", "ben",
];

/// Whether the gap between two words joins them into one name ("O'Brien", "Adeyemi-Clarke").
fn joins_name(gap: &str) -> bool {
    ["-", "'", "’"].contains(&gap)
}

/// Whether the text after a word ends the word's clause: nothing more, or a comma, stop or
/// question mark next.
fn ends_clause(after: &str) -> bool {
    let after = after.trim_start();
    after.is_empty() || after.starts_with([',', '،', '.', '?', '!', '؟'])
}

/// The end of a name word ending at byte `end`, run on over the words joined to it
/// ([`joins_name`]: "Brennan-Hall", "o'brien", "ג'נשווילי").
fn joined_end(text: &str, words: &[Token], word_end: usize) -> usize {
    let mut end = word_end;
    for w in words.iter().filter(|w| w.start >= word_end) {
        if !joins_name(&text[end..w.start]) {
            break;
        }
        end = w.end;
    }
    end
}

/// Whether a word after a given name in a line without capitals can be the surname.
fn surname_in_lower_case(folded: &str) -> bool {
    folded.chars().all(char::is_alphabetic)
        && !AFTER_NAME.contains(&folded)
        && !not_name(folded)
        && !is_desk(folded)
        && !is_cue_word(folded)
}

/// Whether the word `w` after the name word `name` is the Greek article said before that name
/// again, with a Greek word after it, capitalised where the line has case: "ο Μήτσος ο
/// Καραγιάννης", "η γιωτούλα η νεοφύτου", the way Greeks say a given name and surname.
fn greek_article_again(
    text: &str,
    folded: &str,
    words: &[Token],
    name: (usize, usize),
    w: &Token,
) -> bool {
    let article = &folded[w.start..w.end];
    let before = folded[..name.0].split_whitespace().next_back();
    let next = words.iter().find(|n| n.start >= w.end);
    greek_article(article)
        && before == Some(article)
        && &text[name.1..w.start] == " "
        && next.is_some_and(|n| {
            let surname = &text[n.start..n.end];
            // "ο γιώργος ο υδραυλικός": the plumber, an adjective's "-ικός", is no surname
            let adjective = ["ικοσ", "ικη"]
                .iter()
                .any(|e| folded[n.start..n.end].ends_with(e));
            &text[w.end..n.start] == " "
                && !adjective
                && surname.chars().all(is_greek)
                && (surname.starts_with(char::is_uppercase) || written_without_case(text))
        })
}

/// The name a `kind` cue at bytes `cue_start..cue_end` (as [`find_phrase`] found it: with
/// vowel points inside, longer than `cue`) introduces.
fn name_after(
    text: &str,
    folded: &str,
    words: &[Token],
    cue: &str,
    kind: NameCue,
    (cue_start, cue_end): (usize, usize),
) -> Option<(usize, usize)> {
    let first_word = || {
        words
            .iter()
            .find(|w| w.start >= cue_end)
            .map(|w| (&text[w.start..w.end], &folded[w.start..w.end]))
    };
    // "אני מדבר מנצרת": "I am speaking (from …)", "אני לא מדבר טוב עברית": "I do not speak
    // …", "מדברת מירושלים": speaking from (מ…) a place; "מדבר יוסי" is "Yossi speaking"
    if ["מדבר", "מדברת"].contains(&cue) {
        let before = words.iter().rev().find(|w| w.end <= cue_start);
        let from = first_word().is_some_and(|(_, f)| f.starts_with('מ') && !is_given_name(f));
        if from || before.is_some_and(|w| ["אני", "לא"].contains(&&folded[w.start..w.end])) {
            return None;
        }
    }
    // "عمي الياس،": an elder addressed as uncle or aunt, by a listed given name ("عمي توفى":
    // "my uncle died")
    if ["عمي", "عمو", "خالتي", "خالو"].contains(&cue)
        && !first_word().is_some_and(|(_, f)| is_given_name(f))
    {
        return None;
    }
    if COMMA_ONLY.contains(&cue) {
        let comma = matches!(text[cue_end..].trim_start().chars().next(), Some(',' | '،'));
        let next = text[cue_end..].trim_start_matches([',', '،', ' ']);
        let uncased = written_without_case(text)
            || next
                .starts_with(|c: char| c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase());
        let given = words
            .iter()
            .find(|w| w.start > cue_end && !greek_article(&folded[w.start..w.end]))
            .is_some_and(|w| is_given_name(&folded[w.start..w.end]));
        if !comma || (uncased && !given) {
            return None;
        }
    }
    // "you're through to Sam at …", "you've reached Priya in accounts", not "… to Meridian
    // Health", "… reached the voicemail of"
    // "call me Peggy", not "call me Monday" or "call me back"
    // "sir, myself Venkatesh …" opens the clause; "I'll fix it myself Tuesday" does not
    if cue == "myself" {
        let before = text[..cue_end.saturating_sub(cue.len())].trim_end();
        let opens = before.is_empty()
            || before.ends_with([',', '.', '!', '?'])
            || [
                "hello",
                "hi",
                "sir",
                "madam",
                "ma'am",
                "morning",
                "afternoon",
                "evening",
                "yes",
                "ji",
            ]
            .iter()
            .any(|g| fold(before).ends_with(g));
        if !opens {
            return None;
        }
    }
    // "folks call me dj", "everyone calls me Bex": a nickname, whatever the word; "you can
    // call me Venky", "just call me Sal": one, capitalised where the line has case
    let nickname = cue == "call me" && {
        let before = fold(text[..cue_end.saturating_sub(cue.len())].trim_end());
        let crowd = [
            "folks",
            "everyone",
            "everybody",
            "people",
            "friends",
            "mates",
            "they",
            "all",
        ]
        .iter()
        .any(|w| before.ends_with(w));
        let invited = ["you can", "just", "please", "do"]
            .iter()
            .any(|w| before.ends_with(w))
            && first_word().is_some_and(|(word, _)| {
                word.starts_with(char::is_uppercase) && !written_without_case(text)
            });
        (crowd || invited)
            && first_word().is_some_and(|(word, f)| {
                !not_name(word) && !CALL_ME_WHEN.contains(&f) && !is_one_of(WEEKDAYS, f)
            })
    };
    // "you're through to Morag, how can I help?": the agent's own name, capitalised and ending
    // its clause, need not be listed
    let through_to_me = cue == "through to"
        && ["you're", "you’re", "you are", "youre"]
            .iter()
            .any(|y| folded[..cue_start].trim_end().ends_with(y))
        && words.iter().find(|w| w.start >= cue_end).is_some_and(|w| {
            let (word, f) = (&text[w.start..w.end], &folded[w.start..w.end]);
            // ("St. Brigid's GAA" is no one)
            // ("… to Dee at Spoonful Box": the agent, then where they work)
            let at_work = ["at", "from", "in"].iter().any(|p| {
                text[w.end..]
                    .strip_prefix(' ')
                    .is_some_and(|r| r.starts_with(&format!("{p} ")))
            });
            word.starts_with(char::is_uppercase)
                && word.chars().count() >= 3
                && (ends_clause(&text[w.end..]) || at_work)
                && !not_name(word)
                && !is_desk(f)
                && !is_cue_word(f)
        });
    let needs_given = (cue == "through to" && !through_to_me)
        || cue.ends_with("reached")
        || (cue == "call me" && !nickname)
        || ["لالة", "سي", "רשום אצלי", "רשומה אצלי"].contains(&cue)
        || [
            "بتقولي",
            "بيقولولي",
            "بيقولي",
            "نادوني",
            "سموني",
            "ينادونني",
        ]
        .iter()
        .any(|c| cue.ends_with(c))
        || cue.starts_with("الاسم");
    if needs_given && !first_word().is_some_and(|(_, f)| is_given_name(f)) {
        return None;
    }
    // "معاك أحمد", "أهلا، معاكي مريم", "معك المشرف خالد": the agent's "with you is …" opens
    // its clause; "خد معاك الفاتورة", "جيب معاك الهوية" ("bring with you the …") is no
    // introduction, unless a given name follows
    let mut titled = None;
    if [
        "معك",
        "معاك",
        "معاكي",
        "معكم",
        "معاكم",
        "معاج",
        "وياك",
        "وياج",
        "مع حضرتك",
    ]
    .contains(&cue)
    {
        let before = folded[..cue_start].trim_end();
        let opens = before.is_empty()
            || before.ends_with([',', '،', '.', '!', '?', '؟'])
            || ARABIC_GREETINGS.iter().any(|g| before.ends_with(&fold(g)));
        let after: Vec<&str> = words
            .iter()
            .filter(|w| w.start >= cue_end)
            .take(2)
            .map(|w| &folded[w.start..w.end])
            .collect();
        let article = after.first().is_some_and(|f| f.starts_with("ال"));
        // ("معكم الموظف ماجد": after a role, a name that is a word too is the name)
        let given = after.iter().any(|f| is_given_name(f))
            || (article && after.get(1).is_some_and(|f| is_name_also_word(f)));
        // "أيوه، مع حضرتك" is also "I'm listening": only before a given name
        let word_named = after.first().is_some_and(|f| is_name_also_word(f));
        if ((!opens || article) && !given) || (cue == "مع حضرتك" && !given && !word_named) {
            return None;
        }
        // "معك المهندس وائل", "معكِ الممرضة رزان": a title with the article before the given
        // name is said, not named
        if article
            && after
                .get(1)
                .is_some_and(|f| is_given_name(f) || is_name_also_word(f))
        {
            titled = words.iter().find(|w| w.start >= cue_end).map(|w| w.end);
        }
    }
    let cue_end = titled.unwrap_or(cue_end);
    // "כלומר שלום": "I mean, hello", the word "כלומר" ending in the title "מר" (Mr)
    if kind == Title
        && words
            .iter()
            .any(|w| w.end == cue_end && WORDS_ENDING_IN_A_TITLE.contains(&&folded[w.start..w.end]))
    {
        return None;
    }
    // "الدكتور كتب لها": "the doctor", not a title before a name, unless a given name follows
    let with_article = folded[..cue_start].ends_with("ال");
    if kind == Title && with_article && !first_word().is_some_and(|(_, f)| is_given_name(f)) {
        return None;
    }
    // "רשומה על שם המושב", "الحساب باسم الشركة": in the name of "the" something, and "אני
    // מדבר עם החברה", talking with "the" company: not a person
    if ["על שם", "باسم", "على اسم", "מדבר עם", "מדברת עם"].contains(&cue.trim_end())
        && first_word()
            .is_some_and(|(_, f)| (f.starts_with('ה') || f.starts_with("ال")) && !is_given_name(f))
    {
        return None;
    }
    // "ועל שם מי ההזמנה?", "باسم مين؟": in whose name, asked
    if first_word().is_some_and(|(_, f)| ["מי", "מה", "مين", "من"].contains(&f)) {
        return None;
    }
    // "קוראים לי לסניף": "they call me to the branch"
    if cue == "קוראים לי"
        && first_word().is_some_and(|(_, f)| f.starts_with(['ל', 'ב']) && !is_given_name(f))
    {
        return None;
    }
    let mut taken: Vec<(usize, usize)> = Vec::new();
    let mut at = cue_end;
    let mut long_name = false;
    let mut copula = false;
    // the first word is a given name (`is_given_name`): a name where case cannot say so
    let mut given_first = false;
    let mut title_said = false;
    let mut irish_o_at = None;
    let uncased_line = written_without_case(text);
    for w in words.iter().filter(|w| w.start >= cue_end) {
        if w.start < at {
            continue;
        }
        let mut gap = &text[at..w.start];
        // "מוחמד חאג' יחיא": a geresh ends a Hebrew name word ("ג'" is a "j")
        if let Some(rest) = gap.strip_prefix(['\'', '׳']) {
            let hebrew = text[..at].ends_with(is_hebrew);
            if hebrew && !taken.is_empty() && rest == " " {
                if let Some(last) = taken.last_mut() {
                    last.1 = at + (gap.len() - rest.len());
                }
                gap = rest;
            }
        }
        let joined = !taken.is_empty() && joins_name(gap);
        if joined {
            // "Brennan-Hall", "O'Connell": one word
            if let Some(last) = taken.last_mut() {
                last.1 = w.end;
            }
            at = w.end;
            continue;
        }
        // "Mr. Cohen"; "in my own name, Lucía Fernández"
        let mark_after_cue = (at == cue_end || (title_said && taken.is_empty()))
            && ((kind == Title && gap.trim() == ".")
                || (title_said && gap.trim() == ".")
                || (comma_after(cue) && matches!(gap.trim(), "," | "،")));
        if !mark_after_cue && (!gap.trim().is_empty() || (gap.is_empty() && at != cue_end)) {
            break;
        }
        let word = &text[w.start..w.end];
        let f = &folded[w.start..w.end];
        // "על שמי, ת״ז …": a Hebrew acronym ("ID number") is no name
        if text[w.end..].starts_with(['״', '"']) {
            break;
        }
        // "my name is Ms. Tate": the title is said before the name, and is not it
        if taken.is_empty() && !title_said && kind != Title && TITLES_SAID.contains(&f) {
            title_said = true;
            at = w.end;
            continue;
        }
        if taken.is_empty() && !copula && is_one_of(COPULAS, f) && kind != Title {
            copula = true;
            at = w.end;
            continue;
        }
        // "my name's um it's Tegan": a hesitation, and the "it's" after it, are said before
        // the name
        if taken.is_empty() && is_one_of(HESITATIONS, f) {
            at = w.end;
            continue;
        }
        let its = ["'s ", "’s "]
            .iter()
            .find(|s| text[w.end..].starts_with(*s));
        if let Some(its) = its.filter(|_| taken.is_empty() && f == "it" && at != cue_end) {
            at = w.end + its.len() - 1;
            continue;
        }
        // "εγώ είμαι, η Φωτεινή Λαμπράκη": the article after the comma
        if taken.is_empty() && comma_after(cue) && greek_article(f) {
            at = w.end;
            continue;
        }
        let first = word.chars().next().unwrap_or(' ');
        let cased = first.is_uppercase() || first.is_lowercase();
        // "Fernando Alvarez de la Cruz", "Ludwig van Beethoven": a particle inside a name
        let particle = !taken.is_empty() && PARTICLES.contains(&f) && {
            let next = words.iter().find(|n| n.start >= w.end);
            next.is_some_and(|n| {
                &text[w.end..n.start] == " "
                    && (PARTICLES.contains(&&folded[n.start..n.end])
                        || text[n.start..].starts_with(char::is_uppercase))
            })
        };
        // "ο Αντρέας ο Ιωάννου", "η γιωτούλα η νεοφύτου": the Greek article said again
        // between the given name and the surname
        let article_again =
            taken.len() == 1 && greek_article_again(text, folded, words, taken[0], w);
        if particle || article_again {
            at = w.end;
            continue;
        }
        // "ciaran o sullivan": the Irish "O'" said as a word, one surname with the next
        let irish_o = f == "o"
            && taken.len() == 1
            && words.iter().find(|n| n.start >= w.end).is_some_and(|n| {
                &text[w.end..n.start] == " " && text[n.start..n.end].chars().count() > 2
            });
        if irish_o {
            irish_o_at = Some(w.start);
            at = w.end;
            continue;
        }
        if let Some(o) = irish_o_at.take() {
            taken.push((o, w.end));
            at = w.end;
            continue;
        }
        // "στο όνομά μου, ΑΦΜ 467218402": the cue of what follows, not a name
        let cue_first = taken.is_empty() && is_cue_word(f);
        if (not_name(word) && !kunya(folded, words, w)) || first.is_numeric() || cue_first {
            break;
        }
        // "אני בן שלושים ושתיים": an age, not "Ben"
        let age = ["בן", "בת"].contains(&f)
            && words
                .iter()
                .find(|n| n.start >= w.end)
                .is_some_and(|n| cardinal(&[&folded[n.start..n.end]]).is_some());
        if age {
            break;
        }
        if is_desk(f) {
            return None; // "כאן מוקד השירות", "you're speaking to Apex Insurance": a desk
        }
        let after_greeting = kind == Greeting || GREETINGS.iter().any(|g| cue.starts_with(g));
        if after_greeting && first.is_ascii_alphabetic() {
            break; // "Εδώ Vodafone", "Γεια σας, η Vodafone;": a brand
        }
        if !cased && f.starts_with("מה") {
            break; // "מדברת מהמוקד": "from the …"
        }
        // a line with no capital at all was written without case ("ονομαζομαι σωτηρια ραπτη")
        let latin = first.is_ascii_alphabetic() || uncased_line;
        // "siobhán ní bhriain": a surname particle takes no place of the two words
        let after_particle = taken
            .last()
            .is_some_and(|&(a, b)| is_one_of(SURNAME_PARTICLES, &folded[a..b]));
        let lower_ok = match kind {
            Explicit => latin && (taken.len() < 2 || (taken.len() == 2 && after_particle)),
            // "thank you mr adeyemi": a title is cue enough in a line written without case
            // "folks call me dj": a nickname, one word, as it is written
            Plain if nickname => taken.is_empty(),
            // ("did i miss the delivery": "miss" only capitalised)
            Title => latin && taken.is_empty() && uncased_line && cue != "miss",
            _ => false,
        } || (uncased_line
            && match taken.len() {
                // "this is michael at claims", "είμαι η ελένη από …"
                0 => is_given_name(f),
                1 => given_first && surname_in_lower_case(f),
                // "this is ana lucia torres": two given names, then the surname
                2 => {
                    given_first
                        && is_given_name(&folded[taken[1].0..taken[1].1])
                        && surname_in_lower_case(f)
                }
                _ => false,
            });
        if cased && !first.is_uppercase() && !lower_ok {
            break; // English and Greek names are capitalised, unless "my name is" says so
        }
        // "חני ויסברג,": a surname with "ו" (W) ends the clause after the given name; "ושרה"
        // is "and Sarah"
        let w_surname = f.starts_with('ו')
            && taken.len() == 1
            && given_first
            && !is_given_name(&f['ו'.len_utf8()..])
            && text[w.end..].trim_start().starts_with([',', '.', '?', '!']);
        let and = f.starts_with('و') || (f.starts_with('ו') && !f.starts_with("וו") && !w_surname);
        if !cased && !taken.is_empty() && and {
            break; // "وأريد", "ורציתי": the clause goes on ("וורקו" is a name)
        }
        if !cased && taken.len() >= 2 && is_cue_word(f) {
            break; // "אורית בן חמו תעודת זהות …": the next cue's clause
        }
        if !cased && !taken.is_empty() && is_one_of(CLAUSE_OPENERS, f) {
            break; // "أنا محمد عبد الفتاح سايب …": "I left …"
        }
        let from = f == "من" || (f.starts_with('מ') && f.chars().count() > 3);
        if long_name && taken.len() >= 3 && from {
            break; // "אני מוחמד אבו ריא מסכנין": where the speaker is from
        }
        if taken.is_empty() {
            // "أنا أبو ناصر": a kunya, "father of" a given name, is a given name's place
            given_first = is_given_name(f) || kunya(folded, words, w);
        }
        taken.push((w.start, w.end));
        at = w.end;
        // "אורית בן חמו": a Hebrew surname in two words, "בן …", after the given name
        let hebrew_ben = f == "בן" && taken.len() == 2;
        if ["عبد", "ابو", "ابن", "بن", "אבו"].contains(&f) || hebrew_ben {
            long_name = true;
        }
        let limit = match kind {
            Title | Greeting => 2,
            _ if long_name => 4,
            _ if cased => 3,
            _ => 2,
        };
        // "اسمي شيماء السيد عبد الرحمن": a compound said next ("عبد …", "بن …") is the
        // name's too
        let compound_next = !cased
            && taken.len() < 4
            && words.iter().find(|n| n.start >= w.end).is_some_and(|n| {
                &text[w.end..n.start] == " "
                    && ["عبد", "بن", "ابن", "ابو"].contains(&&folded[n.start..n.end])
            });
        if taken.len() >= limit && !compound_next {
            // "אסתר בן-דוד", "דנה לוי-אשכנזי": the last word's hyphened rest is its own
            if let Some(last) = taken.last_mut() {
                last.1 = joined_end(text, words, last.1);
            }
            break;
        }
    }
    // "מדברת ליאת ממשרד הגבייה": after a given name, "from the office", not its surname
    // (surnames begin with מ too, "מילר", "מנגשה", but seldom with "from the" or "from מ…")
    if let [(a, b), (c, d)] = taken[..] {
        let second = &folded[c..d];
        let from = (second.starts_with("מה") || second.starts_with("ממ"))
            && second.chars().count() > 3
            && !is_one_of(MEM_SURNAMES, second);
        if from && text[a..b].starts_with(is_hebrew) && is_given_name(&folded[a..b]) {
            taken.pop();
        }
    }
    // "اسمي محمد عبدالله العتيبي، …": a third word in Arabic and Hebrew when it ends the
    // clause; in Arabic a fourth too ("اسمي الطيب عثمان محمد أحمد،": the quadruple name)
    if let (Some(&(_, last)), true) = (
        taken.last(),
        taken.len() == 2 && matches!(kind, Plain | Explicit | Weak),
    ) {
        // "מוחמד חאג' יחיא": after a Hebrew word's geresh too
        let hebrew = text[..last].ends_with(is_hebrew);
        let spaced = |gap: &str| {
            gap == " " || (hebrew && gap.strip_prefix(['\'', '׳']).is_some_and(|g| g == " "))
        };
        let mut more: Vec<(usize, usize)> = Vec::new();
        let mut at = last;
        let most = if text[..last].ends_with(is_arabic) {
            2
        } else {
            1
        };
        while more.len() < most {
            let Some(w) = words
                .iter()
                .find(|w| w.start >= at)
                .filter(|w| spaced(&text[at..w.start]))
            else {
                break;
            };
            let f = &folded[w.start..w.end];
            let uncased = uncased(&text[w.start..w.end]);
            // "… מחיפה", "… من": where the speaker is from, not a third name
            let clause_goes_on = f.starts_with('و')
                || f.starts_with('ו')
                || f == "من"
                || (f.starts_with('מ') && f.chars().count() > 3);
            if !uncased
                || clause_goes_on
                || not_name(&text[w.start..w.end])
                || is_one_of(CLAUSE_OPENERS, f)
            {
                break;
            }
            more.push((w.start, w.end));
            at = w.end;
            let rest = text[w.end..].trim_start();
            let and_next = words
                .iter()
                .find(|n| n.start >= w.end)
                .is_some_and(|n| folded[n.start..].starts_with(['و', 'ו']));
            // "أنا حمد سعيد الكتبي من دبي": or where the speaker is from
            let from_next = words
                .iter()
                .find(|n| n.start >= w.end)
                .is_some_and(|n| &folded[n.start..n.end] == "من");
            if ends_clause(rest) || and_next || from_next {
                taken.append(&mut more);
                break;
            }
        }
    }
    let (s, e) = (taken.first()?.0, taken.last()?.1);
    // "גלינה רבינוביץ', …": the geresh of a Hebrew letter ends its word, not the clause
    let hebrew_end = text[..e].ends_with(is_hebrew);
    let geresh = if hebrew_end {
        ['\'', '׳', '’'].as_slice()
    } else {
        &[]
    };
    let rest = text[e..].trim_start_matches(geresh).trim_start();
    let ends_clause = ends_clause(rest);
    let uncased = uncased(&text[s..e]);
    match kind {
        // "أنا خالد، صاحب الحساب": the name and a comma, the cue not joined to "و" ("وأنا
        // تعبت." is a feeling, not a name).
        // "أنا مصطفى عثمان إبراهيم ومتصل بخصوص …": the cue opening the clause
        Weak => {
            let before = &folded[..cue_start];
            let joined = before.ends_with(|c: char| is_word_char(c));
            let before = before.trim_end();
            // "هلا أنا أبو ناصر أبي …": a greeting opens the clause as a comma would
            let greeted = GREETINGS.iter().chain(ARABIC_GREETINGS).any(|g| {
                before
                    .strip_suffix(fold(g).as_str())
                    .is_some_and(|b| !b.ends_with(|c: char| is_word_char(c)))
            });
            let opens =
                before.is_empty() || before.ends_with([',', '،', '.', '!', '?', '؟']) || greeted;
            // "and …", "from …" ("אני מוחמד חטיב מטירה", "أنا فاطمة العلوي من الرباط"), or
            // a cue ("אני רונית אלמוג ת.ז. …") after two words or more
            let next = words
                .iter()
                .find(|w| w.start >= e)
                .map(|w| &folded[w.start..w.end]);
            let goes_on = next.is_some_and(|n| {
                n.starts_with(['و', 'ו'])
                    || n == "من"
                    || (n.starts_with('מ') && n.chars().count() > 2)
                    || is_cue_word(n)
                    || opens_clause(n)
            });
            let named = rest.starts_with([',', '،']) || (opens && goes_on && taken.len() >= 2);
            // "אני משלמת בכרטיס,", "אני עושה באמקס,": a Hebrew participle (מ…) or a word with a
            // preposition or article joined to it is no name (an Arabic "م…" may be one:
            // "أنا مزمل عثمان،"; its adjectives are NOT_NAMES: "أنا مشغول،")
            let f = |&(a, b): &(usize, usize)| &folded[a..b];
            // "אני אעביר מקדמה": nor a Hebrew verb in the first person future (א…), unless a
            // comma ends it ("אני אליקו, …")
            // "أنا السواق،": a word with the article alone is a role ("the driver")
            let role = !given_first && taken.len() == 1 && f(&taken[0]).starts_with("ال");
            let clause_words = role
                || !given_first
                    && (f(&taken[0]).starts_with('מ')
                        || (hebrew_i_will(f(&taken[0])) && !rest.starts_with(','))
                        || taken.iter().any(|t| f(t).starts_with(['ב', 'ל', 'כ', 'ה'])));
            if joined || clause_words {
                None
            } else if named {
                Some((s, e))
            } else if given_first {
                // "כן אהלן אני מוחמד חטיב מטירה": a given name; the next word is the surname
                // when the clause ends or goes on after it, else the given name alone
                // "أنا حمدان الكتبي الإنذار …": a family name of origin (nisba, "ال…ي")
                let nisba = taken.get(1).is_some_and(|&(a, b)| {
                    let w = &folded[a..b];
                    w.starts_with("ال") && w.ends_with('ي') && w.chars().count() >= 5
                });
                let whole = taken.len() >= 2 && (ends_clause || goes_on || nisba);
                Some(if whole { (s, e) } else { taken[0] })
            } else {
                None
            }
        }
        // "أستاذ محمد خليني …", "גברת קוזלוב אני …": the first word, when the clause goes on
        Title if uncased => match ends_clause {
            true => Some((s, e)),
            false => Some(taken[0]),
        },
        Greeting => greeting_name(text, folded, words, cue, cue_start, &taken),
        _ => Some((s, e)),
    }
}

/// Arabic greetings that open a caller's first words ("هلا أنا …", "السلام عليكم أنا …").
const ARABIC_GREETINGS: &[&str] = &[
    "هلا",
    "اهلا",
    "أهلا",
    "مرحبا",
    "ألو",
    "الو",
    "السلام عليكم",
    "مساء الخير",
    "صباح الخير",
    "اهلين",
    "وسهلا",
    "عليكم السلام",
    "صباح النور",
    "مساء النور",
];

/// Greetings before "כאן"/"εδώ" when no comma was written ("שלום כאן דנה").
const GREETINGS: &[&str] = &[
    "שלום",
    "אהלן",
    "הלו",
    "היי",
    "ערב טוב",
    "בוקר טוב",
    "צהריים טובים",
    "καλησπέρα",
    "καλησπέρα σας",
    "καλημέρα",
    "καλημέρα σας",
    "γεια σας",
];

/// The most common Israeli surnames that begin with מ, which elsewhere says "from …".
const MEM_SURNAMES: &[&str] = &[
    "מזרחי",
    "מלכה",
    "מימון",
    "משה",
    "מויאל",
    "מרציאנו",
    "מנסור",
    "מוסאי",
    "מלמד",
    "מרקוביץ",
    "מאיר",
    "מנשה",
    "מור",
    "מיכאלי",
    "מגן",
    "מועלם",
    "מדמוני",
    "מסיקה",
    "ממן",
    "מרדכי",
];

/// Whether a folded Hebrew word is a verb in the first person future ("אעביר", "אשלח": "I will
/// transfer, send"): 4 letters or more from א, not a given name.
fn hebrew_i_will(folded: &str) -> bool {
    folded.chars().all(is_hebrew)
        && folded.chars().count() >= 4
        && folded.starts_with('א')
        && !is_given_name(folded)
}

/// Whether a folded Hebrew word is a verb in the past, first person singular ("העברתי",
/// "קניתי", "שילמתי": "I transferred, bought, paid"), which opens a clause after a name.
fn hebrew_i_did(folded: &str) -> bool {
    folded.chars().all(is_hebrew)
        && folded.chars().count() >= 4
        && folded.ends_with("תי")
        && !is_given_name(folded)
}

/// The name after a greeting cue (`taken`, one or two words), if the cue opens a clause and
/// the name, in Hebrew, ends it or comes before "from …" ("כאן מיכל מהבנק", "פה דנה מזרחי
/// ממחלקת גבייה").
fn greeting_name(
    text: &str,
    folded: &str,
    words: &[Token],
    cue: &str,
    cue_start: usize,
    taken: &[(usize, usize)],
) -> Option<(usize, usize)> {
    let before = folded[..cue_start].trim_end();
    let greeted = |b: &str| GREETINGS.iter().any(|g| b.ends_with(&fold(g)));
    // "זה" ("it's") names only right after a greeting, "היי, זה יוסי לוי", or before
    // "speaking", "כן זה רון אלמוג מדבר"
    let speaking = || {
        let after = taken.last().and_then(|&(_, e)| {
            words
                .iter()
                .find(|w| w.start >= e)
                .filter(|w| text[e..w.start].trim().is_empty())
        });
        after.is_some_and(|w| ["מדבר", "מדברת"].contains(&&folded[w.start..w.end]))
    };
    // "היי, אה, זה ג'וש גרינברג": a filler may come between the greeting and "זה"
    let mut said = before.trim_end_matches([',', '،', '!', '.']).trim_end();
    while let Some(rest) = ["אה", "אהה", "אמ", "אממ", "אממם"].iter().find_map(|f| {
        said.strip_suffix(f)
            .filter(|r| r.is_empty() || r.ends_with([' ', ',']))
    }) {
        said = rest.trim_end_matches([',', ' ']);
    }
    let demonstrative = ["זה", "זאת", "זו"].contains(&cue);
    // "היי נעמה, זה אלון …": the greeting and whom it greets
    let greeted_someone = || {
        said.rsplit_once(' ')
            .is_some_and(|(b, _)| greeted(b.trim_end_matches([',', '،', '!', ' '])))
    };
    let opens = if demonstrative {
        greeted(said) || greeted_someone() || speaking()
    } else {
        before.is_empty()
            || before.ends_with([',', '،', '.', '!', '?', ':', '-'])
            || greeted(before)
    };
    if !opens {
        return None;
    }
    // "היי, זה הטלפון שלי" ("it's my phone"): after "it's", only a listed given name
    let first = taken.first().map(|&(s, e)| &folded[s..e]);
    if demonstrative && !first.is_some_and(|f| is_given_name(f) || is_name_also_word(f)) {
        return None;
    }
    let next_word = |end: usize| {
        words
            .iter()
            .find(|w| w.start >= end)
            .filter(|w| text[end..w.start].trim().is_empty())
            .map(|w| &folded[w.start..w.end])
    };
    // "מהבנק", "מחיפה": "from …"; not the surnames that begin with מ ("יוסי מזרחי")
    let from =
        |w: Option<&str>| w.is_some_and(|w| w.starts_with('מ') && !is_one_of(MEM_SURNAMES, w));
    let mut taken = taken.to_vec();
    let hebrew = text[taken.first()?.0..].starts_with(is_hebrew);
    if hebrew {
        // "מהבנק" after one name word is "from the bank", unless "from …" follows it too
        if taken.len() == 2
            && from(Some(&folded[taken[1].0..taken[1].1]))
            && !from(next_word(taken[1].1))
        {
            taken.pop();
        }
        // "היי זאת שירן אני צריכה …": "I" opens the next clause, after the name
        let opens_clause = |w: Option<&str>| {
            w.is_some_and(|w| {
                ["אני", "אנחנו"].contains(&w) || is_one_of(CLAUSE_OPENERS, w) || hebrew_i_did(w)
            })
        };
        if taken.len() == 2 && opens_clause(Some(&folded[taken[1].0..taken[1].1])) {
            taken.pop();
        }
        let (_, e) = *taken.last()?;
        let rest = text[e..].trim_start();
        let ends = rest.is_empty() || rest.starts_with([',', '،', '.', '?', '!']);
        // … when it is a name for certain ("זאת הפעם השלישית אני מתקשרת": "this is the
        // third time I call")
        // ("היי זה רוני הזמנתי …": after a greeting and "it's", before "I ordered", a name
        // that is also a word is the name)
        let first = &folded[taken[0].0..taken[0].1];
        let given = is_given_name(first) || (taken.len() == 1 && is_name_also_word(first));
        let named = ends || from(next_word(e)) || (given && opens_clause(next_word(e)));
        if !named {
            return None;
        }
    }
    Some((taken.first()?.0, taken.last()?.1))
}

/// Words after which a speaker has named themself at the start of a clause ("אלון מדבר",
/// "עומר דהן פה", "رنا معك"): "speaking", "here", "with you".
const PRESENT_AFTER_A_NAME: &[&str] = &[
    "מדבר",
    "מדברת",
    "פה",
    "معك",
    "معاك",
    "معاكي",
    "معكم",
    "معاكم",
];

/// Cities whose names are given names too ("Αθήνα", "אילת"): not a name said before "εδώ" or
/// between commas.
const CITIES_NAMED_LIKE_PEOPLE: &[&str] = &["αθήνα", "אילת"];

/// Names said before "here", "calling", "εδώ" at the start of a clause ("it's Daniel
/// Whitaker here", "Χριστίνα Δήμου εδώ"): two or three capitalised words, or one after a
/// comma or "it's".
fn names_before(text: &str, folded: &str, words: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (t, w) in words.iter().enumerate() {
        // India's "Deepa this side": "here"
        let this_side = &folded[w.start..w.end] == "this"
            && words
                .get(t + 1)
                .is_some_and(|n| &folded[n.start..n.end] == "side" && &text[w.end..n.start] == " ");
        // "בוקר טוב, אלון מדבר, במה אפשר לעזור?", "אהלן, עומר דהן פה, …", "شؤون الموظفين، رنا
        // معك، تفضل": a given name (also one that is a word), and a surname after it, then
        // "speaking", "here" or "with you", between commas or after a greeting
        if is_one_of(PRESENT_AFTER_A_NAME, &folded[w.start..w.end]) && t >= 1 {
            // (not "نعم معك،": "yes, (I'm) with you")
            let given_at = |i: usize| {
                let f = &folded[words[i].start..words[i].end];
                (is_given_name(f) || is_name_also_word(f)) && !is_one_of(ANSWER_FILLERS, f)
            };
            let surname = t >= 2
                && given_at(t - 2)
                && &text[words[t - 2].end..words[t - 1].start] == " "
                && surname_in_lower_case(&folded[words[t - 1].start..words[t - 1].end]);
            let first = if surname { t - 2 } else { t - 1 };
            let p = &words[first];
            let before = fold(text[..p.start].trim_end());
            let opens = before.is_empty()
                || before.ends_with([',', '،', '.', '!', '?', '؟'])
                || GREETINGS.iter().any(|g| before.ends_with(g));
            let rest = text[w.end..].trim_start();
            let closes = rest.is_empty() || rest.starts_with([',', '،', '.', '!', '?', '؟']);
            if opens && closes && (surname || given_at(t - 1)) {
                out.push((p.start, words[t - 1].end));
            }
        }
        // "Hello, it's Nikos from the plastering crew": "from" only after "it's" (below)
        let from = &folded[w.start..w.end] == "from";
        // "όλοι Λίτσα με φωνάζουν": "everyone calls me Litsa", the name before "me"
        let pronoun_before = |pronouns: &[&str]| {
            t > 0 && is_one_of(pronouns, &folded[words[t - 1].start..words[t - 1].end])
        };
        let called =
            is_one_of(&["φωνάζουν", "λένε"], &folded[w.start..w.end]) && pronoun_before(&["με"]);
        if called {
            if let Some(p) = t.checked_sub(2).map(|i| &words[i]) {
                let f = &folded[p.start..p.end];
                let before = text[..p.start].trim_end();
                let opens_sentence = before.is_empty() || before.ends_with(['.', '!', '?', ';']);
                let capital = text[p.start..].starts_with(char::is_uppercase);
                // "στην Αμερική με λένε Gus": a place after "in" is no name
                let place = t >= 3
                    && is_one_of(
                        &["στην", "στη", "στο", "στον", "σε"],
                        &folded[words[t - 3].start..words[t - 3].end],
                    );
                let name = (is_given_name(f) || (capital && !opens_sentence)) && !place;
                if name && !not_name(&text[p.start..p.end]) && f.chars().all(is_greek) {
                    out.push((p.start, p.end));
                }
            }
            continue;
        }
        // "Μελισσοκομικά Χαλκιδικής, ο Στέλιος, παρακαλώ": answering the phone, "Stelios,
        // please (go on)": a listed given name with its article before "παρακαλώ"
        // "Κλιματιστικά Κρήτης, Μανώλης, παρακαλώ", "…, η Μαρούλλα, πείτε μου", "מחסני השרון,
        // שחר, שלום": the desk, then the name between commas, then "please", "tell me",
        // "hello": without the article only so
        // "…, η Γιώτα, καλημέρα", "…, η Ευανθία στο τηλέφωνο": a greeting, or "on the phone"
        let then = |first: &str, second: &str| {
            folded[w.start..w.end] == fold(first)
                && words
                    .get(t + 1)
                    .is_some_and(|n| folded[n.start..n.end] == fold(second))
        };
        let answering = ["παρακαλώ", "ορίστε", "שלום", "καλημέρα", "καλησπέρα"]
            .iter()
            .any(|a| folded[w.start..w.end] == fold(a))
            || then("πείτε", "μου")
            || then("στο", "τηλέφωνο");
        if answering && t >= 2 {
            let (a, p) = (&words[t - 2], &words[t - 1]);
            let f = &folded[p.start..p.end];
            let gap = text[p.end..w.start].trim();
            let article = greek_article(&folded[a.start..a.end]) && &text[a.end..p.start] == " ";
            let between_commas = gap == "," && text[a.end..p.start].trim() == ",";
            // "…, η Σάρα στο τηλέφωνο": with the article, on the phone, any capitalised word
            let on_the_phone = then("στο", "τηλέφωνο")
                && article
                && text[p.start..].starts_with(char::is_uppercase);
            let name = is_given_name(f)
                || (f.chars().all(is_hebrew) && is_name_also_word(f))
                || on_the_phone;
            // "Ναι, Αθήνα, παρακαλώ": a city that is a name too, answering "which city?"
            let city = is_one_of(CITIES_NAMED_LIKE_PEOPLE, f);
            if ((matches!(gap, "" | ",") && article) || between_commas) && name && !city {
                out.push((p.start, p.end));
            }
            continue;
        }
        if !is_one_of(NAME_AFTER, &folded[w.start..w.end]) && !this_side && !from {
            continue;
        }
        // "η Δέσποινα σας μιλάει": "is speaking to you", the name before "you"
        let t = if pronoun_before(&["σας", "σου"]) && folded[w.start..w.end].starts_with("μιλ")
        {
            t - 1
        } else {
            t
        };
        // in a line written without case, a given name ("κλειδαράς ο σωτήρης εδώ") and the
        // surname after it
        let uncased = written_without_case(text);
        let given = |i: usize| uncased && is_given_name(&folded[words[i].start..words[i].end]);
        let mut k = t;
        while k > 0 && t - k < 3 {
            let p = &words[k - 1];
            let capital = text[p.start..].starts_with(char::is_uppercase);
            let surname = k >= 2 && given(k - 2) && surname_in_lower_case(&folded[p.start..p.end]);
            // "Ciarán O'Sullivan here": an apostrophe or hyphen inside the name joins too
            let gap = &text[p.end..words[k].start];
            let joined = gap.trim().is_empty() || joins_name(gap);
            let name_like = capital || given(k - 1) || surname;
            if !name_like || !joined || not_name(&text[p.start..p.end]) {
                break;
            }
            k -= 1;
        }
        if k == t {
            continue;
        }
        let is_article = |i: usize| greek_article(&folded[words[i].start..words[i].end]);
        // "ο Μανώλης ο Σφακιανάκης είμαι": the article said before each of the two names
        if k >= 3 && t - k == 1 && is_article(k - 1) && is_article(k - 3) {
            let p = &words[k - 2];
            let capital = text[p.start..].starts_with(char::is_uppercase);
            if (capital || given(k - 2)) && !not_name(&text[p.start..p.end]) {
                k -= 2;
            }
        }
        let before = text[..words[k].start].trim_end();
        // "η Κατερίνα είμαι", "ο Σπύρος Μαυρίδης εδώ", "η Ελένη μιλάει": Greek names the
        // speaker with the article before "I am", "here", "speaking"; "I am" only so
        let article = k > 0 && is_article(k - 1);
        if folded[w.start..w.end] == fold("είμαι") {
            if article {
                out.push((words[k].start, words[t - 1].end));
            }
            continue;
        }
        if article && folded[w.start..w.end].chars().all(is_greek) {
            // an introduction, not a sentence about someone ("η Αθήνα εδώ έχει ζέστη"): the
            // article opens the clause and "here" or "speaking" closes it ("…, από …")
            let opens = text[..words[k - 1].start]
                .trim_end()
                .ends_with([',', '.', '!', '?'])
                || text[..words[k - 1].start].trim().is_empty();
            let rest = text[w.end..].trim_start();
            let closes = rest.is_empty()
                || rest.starts_with([',', '.', '!', '?', ';'])
                || fold(rest).starts_with(&fold("από "));
            // in a line written without punctuation, a given name ("κλειδαράς ο σωτήρης εδώ
            // πείτε μου"), not a city that is one too ("η αθήνα εδώ")
            let city = is_one_of(
                CITIES_NAMED_LIKE_PEOPLE,
                &folded[words[k].start..words[k].end],
            );
            if (opens && closes) || (given(k) && !city) {
                out.push((words[k].start, words[t - 1].end));
            }
            continue;
        }
        if from {
            let said = fold(before);
            let its = before.ends_with("it's")
                || before.ends_with("it’s")
                || said.ends_with(" its")
                || said == "its";
            // a person, not a shop ("it's Tesco from Leeds"): a listed given name first
            if its && is_given_name(&folded[words[k].start..words[k].end]) {
                out.push((words[k].start, words[t - 1].end));
            }
            continue;
        }
        // "its darren here darren whitfield": a recogniser's "it's" without its apostrophe
        let said = fold(before);
        let after_it_is = said.ends_with("it's")
            || said.ends_with("it’s")
            || said.ends_with("is")
            || said.ends_with(" its")
            || said == "its";
        let clause_start = before.is_empty() || before.ends_with([',', '.', '!', '?']);
        // "hi yeah eoin gallagher here": only greetings before the name
        let greeted = words[..k]
            .iter()
            .all(|p| LEAD.contains(&&folded[p.start..p.end]));
        // "Aoife speaking, how can I help?", "Lucy speaking.": one listed given name alone
        // opening the line, "speaking" or "here" closing the clause
        let rest = text[w.end..].trim_start();
        let alone = t - k == 1
            && before.is_empty()
            && is_given_name(&folded[words[k].start..words[k].end])
            && ["speaking", "here"].contains(&&folded[w.start..w.end])
            && (rest.is_empty() || rest.starts_with([',', '.', '!', '?']));
        if after_it_is
            || before.ends_with(',')
            || (t - k >= 2 && (clause_start || greeted))
            || alone
        {
            out.push((words[k].start, words[t - 1].end));
        }
    }
    out
}

/// A name followed by its spelling, with no cue ("Kwame Mensah, M E N S A H", "Nowak,
/// N-O-W-A-K"): people spell names, not other words. The spelled word and its spelling, and
/// a capitalised first name before it.
pub(crate) fn spelled_names(text: &str, folded: &str, words: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // the word ending the last spelled name ("E R M I R, H O X H A": the surname spelled
    // after the given name)
    let mut name_ends_at = None;
    for run in spelled_runs(text, folded, words) {
        let letters = spelled_letters(folded, words, run.clone());
        let gap = |j: usize| &text[words[j - 1].end..words[j].start];
        // the geresh after a Hebrew letter's name ("ח׳ ל׳ ב׳ י׳") is part of the spelling
        let spelled_end = |end: usize| end + text[end..].starts_with('׳') as usize * '׳'.len_utf8();
        let spelling_gap = |j: usize| {
            matches!(
                gap(j).trim().trim_start_matches(['׳', '\'']),
                "" | "," | "-" | "—" | "."
            )
        };
        // "it's O-K-O-N-K-W-O, Okonkwo": the word the spelling spells, said after it
        if let Some(after) = words
            .get(run.end)
            .filter(|w| unaccented(&folded[w.start..w.end]) == letters && spelling_gap(run.end))
        {
            out.push((words[run.start].start, after.end));
            name_ends_at = Some(run.end);
            continue;
        }
        let Some(mut said) = run.start.checked_sub(1) else {
            continue;
        };
        // "henry kowalczyk that's k o w a l c z y k": the name, a bridge, then its spelling
        let bridged = |k: usize| is_one_of(SPELLING_BRIDGES, &folded[words[k].start..words[k].end]);
        let mut bridge = 0;
        // (not across a sentence: "Smith. That's …" stops at "That")
        while said > 0
            && bridge < 2
            && bridged(said)
            && matches!(gap(said).trim(), "" | "," | "'" | "’")
        {
            said -= 1;
            bridge += 1;
        }
        let word = unaccented(&folded[words[said].start..words[said].end]);
        // "شمّا المزروعي، وبالإنجليزي S H A M M A", "με λατινικά, E R M I R, H O X H A": a
        // name spelled in Latin letters, and the next spelled right after it
        let after_name =
            name_ends_at == Some(run.start) && matches!(gap(run.start).trim(), "," | "،");
        if is_one_of(IN_ENGLISH, &bare(&word)) || after_name {
            out.push((words[run.start].start, spelled_end(words[run.end - 1].end)));
            name_ends_at = Some(run.end);
            continue;
        }
        // a bridged spelling spells a word of four letters or more ("… ABC, that's A B C": a code)
        let spells_it = if bridge > 0 {
            letters.chars().count() >= 4
        } else {
            spelling_gap(run.start)
        };
        if word == letters && spells_it {
            let mut first = said;
            let capital = |k: usize| text[words[k].start..].starts_with(char::is_uppercase);
            if said >= 1 && gap(said) == " " && capital(said) && capital(said - 1) {
                first = said - 1;
            }
            out.push((words[first].start, words[said].end));
            out.push((words[run.start].start, spelled_end(words[run.end - 1].end)));
            name_ends_at = Some(run.end);
        }
    }
    out
}

/// A name checked by one of its letters: "קוגן עם ק'?", "Kogan with a K?" (a word, "with"
/// and one letter, capitalised where the line has case), and the whole name said just before
/// it ("אירינה קוגן, קוגן עם ק'?").
pub(crate) fn letter_checked_names(
    text: &str,
    folded: &str,
    words: &[Token],
) -> Vec<(usize, usize)> {
    let f = |k: usize| &folded[words[k].start..words[k].end];
    let gap = |k: usize| &text[words[k - 1].end..words[k].start];
    let one_letter = |k: usize| {
        let mut c = text[words[k].start..words[k].end].chars();
        c.next().is_some_and(char::is_alphabetic) && c.next().is_none()
    };
    let capital = |k: usize| text[words[k].start..].starts_with(char::is_uppercase);
    let cased = !written_without_case(text);
    let mut out = Vec::new();
    for i in 0..words.len() {
        // Hebrew: "עם ק'", the letter with its geresh
        let hebrew = i + 2 < words.len()
            && f(i + 1) == "עם"
            && one_letter(i + 2)
            && text[words[i + 2].end..].starts_with(['\'', '׳']);
        // English: "with a K"
        let english = i + 3 < words.len()
            && f(i + 1) == "with"
            && f(i + 2) == "a"
            && one_letter(i + 3)
            && capital(i + 3)
            && (!cased || capital(i));
        if !(hebrew || english)
            || gap(i + 1) != " "
            || not_name(&text[words[i].start..words[i].end])
        {
            continue;
        }
        out.push((words[i].start, words[i].end));
        // "אירינה קוגן, קוגן …": the given name and surname said just before
        if i >= 2 && matches!(gap(i).trim(), "," | "،") && f(i - 1) == f(i) && gap(i - 1) == " " {
            let given = is_given_name(f(i - 2)) || (cased && capital(i - 2));
            if given {
                out.push((words[i - 2].start, words[i - 1].end));
            }
        }
    }
    out
}

/// Words said inside a spelling, between its letters ("N I, then B H R I A I N", "A, D, E,
/// hyphen, C O L E", "D-E, capital S, H-A-W-N").
const SPELLING_WORDS: &[&str] = &[
    "then",
    "space",
    "hyphen",
    "dash",
    "capital",
    "small",
    "double",
    "apostrophe",
];

/// A name spelled letter by letter (a span of `names` holding only one-letter words) taken
/// on over what the spelling goes on with: letters too few to be a run of their own, the
/// words said inside a spelling ([`SPELLING_WORDS`]), a letter said as a word ("V for
/// Victor"), and another name it reaches that way ("…, I, hyphen, Cole, C O L E").
pub(crate) fn spelled_on(
    text: &str,
    folded: &str,
    words: &[Token],
    names: &[(usize, usize)],
) -> Vec<(usize, usize)> {
    let f = |k: usize| &folded[words[k].start..words[k].end];
    // (not the "I" of "I'll" nor the "s" of "that's": a letter next to an apostrophe is a
    // contraction's)
    let contraction = |k: usize| {
        text[words[k].end..].starts_with(['\'', '’'])
            || text[..words[k].start].ends_with(['\'', '’'])
    };
    let letter = |k: usize| f(k).chars().count() == 1 && !contraction(k);
    let gap = |k: usize| text[words[k - 1].end..words[k].start].trim();
    let separated = |k: usize| matches!(gap(k), "" | "," | "-" | "." | "،");
    let named = |k: usize| {
        names
            .iter()
            .any(|&(s, e)| words[k].start >= s && words[k].end <= e)
    };
    let mut out = Vec::new();
    for &(s, e) in names {
        let Some(first) = words.iter().position(|w| w.start >= s) else {
            continue;
        };
        let Some(last) = words.iter().rposition(|w| w.end <= e) else {
            continue;
        };
        // only a spelling: three letters or more, nothing else
        if last < first + 2 || !(first..=last).all(letter) {
            continue;
        }
        // back: letters, spelling words, "V for Victor"
        let (mut from, mut k) = (first, first);
        while k > 0 && separated(k) {
            let p = k - 1;
            let for_word = p >= 2 && f(p - 1) == "for" && letter(p - 2) && gap(p).is_empty();
            if letter(p) {
                from = p;
                k = p;
            } else if for_word {
                from = p - 2;
                k = p - 2;
            } else if is_one_of(SPELLING_WORDS, f(p)) {
                k = p;
            } else {
                break;
            }
        }
        // on: letters, spelling words, and a name reached through them
        let (mut to, mut k) = (last, last);
        while k + 1 < words.len() && separated(k + 1) {
            let n = k + 1;
            if letter(n) || (named(n) && n > last + 1) {
                to = n;
                k = n;
            } else if is_one_of(SPELLING_WORDS, f(n)) {
                k = n;
            } else {
                break;
            }
        }
        if from < first || to > last {
            out.push((words[from].start, words[to].end));
        }
    }
    out
}

/// Every name of `names`, however it was found, said again at once with its surname ("its
/// marcus, marcus webb"): the names that grew so, from the first saying to the surname.
pub(crate) fn said_again_with_surname(
    text: &str,
    folded: &str,
    words: &[Token],
    names: &[(usize, usize)],
) -> Vec<(usize, usize)> {
    names
        .iter()
        .map(|&name| said_again(text, folded, words, name))
        .filter(|grown| !names.contains(grown))
        .collect()
}

/// Where a line says that a spelling follows ("It's spelt R-A-G-H-U-N-A-T-H-A-N"): the end of
/// its first word for spelling.
pub(crate) fn spelling_said_at(folded: &str) -> Option<usize> {
    SPELLING_QUESTIONS
        .iter()
        .flat_map(|q| find_phrase(folded, &fold(q)))
        .map(|(_, end)| end)
        .min()
}

/// What is said after a nickname ("Reggie to everybody", "Ίφη για τους φίλους").
const NICKNAME_AFTER: &[&str] = &[
    "to everybody",
    "to everyone",
    "to my friends",
    "to friends",
    "to the family",
    "for short",
    "για τους φίλους",
    "για τους φίλους μου",
];

/// What says that a word before is what the speaker is called ("Emeka is fine, everybody
/// calls me that").
const CALLED_THAT: &[&str] = &[
    "calls me that",
    "call me that",
    "everyone calls me",
    "everybody calls me",
    "goes by that",
];

/// Nicknames said beside a name of `names` ("I'm Reginald Ffoulkes, double F, Reggie to
/// everybody", "λέγομαι Ιφιγένεια Μαυρίδου, Ίφη για τους φίλους"), or in a line that says
/// everyone calls the speaker so ("Shiv is fine by the way, everyone calls me that"): a
/// capitalised word opening its clause, before "to everybody", "for short", or before "is
/// fine".
pub(crate) fn nicknames(
    text: &str,
    folded: &str,
    words: &[Token],
    names: &[(usize, usize)],
) -> Vec<(usize, usize)> {
    let called = CALLED_THAT
        .iter()
        .any(|c| !find_phrase(folded, &fold(c)).is_empty());
    // (every utterance passes here: most have neither)
    if names.is_empty() && !called {
        return Vec::new();
    }
    let mut out = Vec::new();
    for w in words {
        let word = &text[w.start..w.end];
        let before = text[..w.start].trim_end();
        let opens = before.is_empty() || before.ends_with([',', '.', '!', '?', ';']);
        let taken = names.iter().any(|&(s, e)| s < w.end && w.start < e);
        if !opens
            || taken
            || !word.starts_with(char::is_uppercase)
            || word.chars().count() < 2
            || not_name(word)
            || is_cue_word(&folded[w.start..w.end])
            || is_one_of(WEEKDAYS, &folded[w.start..w.end])
            || super::dates::is_month(word, &folded[w.start..w.end])
        {
            continue;
        }
        let rest = folded[w.end..].trim_start();
        let nickname = names.iter().any(|&(_, e)| e <= w.start)
            && NICKNAME_AFTER.iter().any(|n| {
                let n = fold(n);
                rest.starts_with(&n) && !rest[n.len()..].starts_with(is_word_char)
            });
        let fine = called
            && ["is fine", "'s fine", "is grand", "is good", "is ok"]
                .iter()
                .any(|f| rest.starts_with(f));
        if nickname || fine {
            out.push((w.start, w.end));
        }
    }
    out
}

/// Children and kin a date may be said of, with no cue ("the small fella is the 30th of
/// November 2020", "my daughter's 4 May 2011").
const SAID_OF_A_PERSON: &[&str] = &[
    "lad", "fella", "boy", "girl", "son", "daughter", "kid", "baby", "wife", "husband",
];

/// Words that make "one" a child ("the older one's …").
const AGE_ORDER: &[&str] = &[
    "older", "oldest", "younger", "youngest", "eldest", "little", "big", "small", "middle",
];

/// Whether the words before byte `start` make the date after them someone's birth date:
/// a child or kin ([`SAID_OF_A_PERSON`], or "one" after "older", "little", …), then "'s" or
/// "is", and perhaps "the" ("The older one's the 2nd of February 2015 and the little one's
/// 19 October 2017").
pub(crate) fn a_person_before(folded: &str, start: usize) -> bool {
    let before = folded[..start].trim_end();
    let before = before.strip_suffix(" the").unwrap_or(before).trim_end();
    let Some(person) = ["'s", "’s", " is"]
        .iter()
        .find_map(|s| before.strip_suffix(s))
    else {
        return false;
    };
    let mut words = person.rsplit(' ');
    let (last, previous) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    SAID_OF_A_PERSON.contains(&last) || (last == "one" && AGE_ORDER.contains(&previous))
}

/// A listed given name said just before a name of `names` ("שושנה אברהמי" where only the
/// surname was heard, "خالد المري"): the name with its given name. Capitalised where the line
/// has case.
pub(crate) fn given_before(
    text: &str,
    folded: &str,
    words: &[Token],
    names: &[(usize, usize)],
) -> Vec<(usize, usize)> {
    let cased = !written_without_case(text);
    let mut out = Vec::new();
    for &(start, end) in names {
        let Some(i) = words.iter().position(|w| w.start == start) else {
            continue;
        };
        let Some(p) = i.checked_sub(1).map(|i| &words[i]) else {
            continue;
        };
        let f = &folded[p.start..p.end];
        let inside = names.iter().any(|&(s, e)| s < p.end && p.start < e);
        let capital = text[p.start..].starts_with(char::is_uppercase);
        // after a name's cue, the cue's rule chose where the name begins ("معك المشرف خالد":
        // the role is no name, though "مشرف" is one too)
        let after_a_cue =
            i >= 2 && is_prefixed_cue_word(&folded[words[i - 2].start..words[i - 2].end]);
        // a word of its own ("معك ال،مشرف …": not one glued to what is before it)
        let apart = i < 2 || text[words[i - 2].end..p.start].ends_with(' ');
        if &text[p.end..start] == " "
            && !inside
            && (capital || !cased)
            && is_given_name(f)
            && !is_cue_word(f)
            && !is_title(f)
            && !after_a_cue
            && apart
            && !not_name(&text[p.start..p.end])
        {
            out.push((p.start, end));
        }
    }
    out
}

/// A name asked for and given in one line ("Who am I speaking with? Rosa Delgado. Thank
/// you."): the answer after each question that asks for a name.
pub(crate) fn answered_within(text: &str, folded: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut sentence = 0;
    for (at, c) in text.char_indices() {
        let end = at + c.len_utf8();
        if ['?', '؟'].contains(&c) && end < text.len() && asks_name(&folded[sentence..end]) {
            let rest = end + text[end..].len() - text[end..].trim_start().len();
            // the answer is the next sentence ("… Rosa Delgado. Thank you.")
            let stop = text[rest..]
                .find(['.', '!', '?', '؟'])
                .map_or(text.len(), |i| rest + i);
            if let Some((a, b)) = answered_name_from(&text[rest..stop], &folded[rest..stop]) {
                out.push((rest + a, rest + b));
            }
        }
        if ['.', '!', '?', '؟'].contains(&c) {
            sentence = end;
        }
    }
    out
}

/// Documents on which a name is written as it is officially ("…, well, Andreas on the
/// account").
const DOCUMENTS_NAMED_ON: &[&str] = &[
    "account",
    "policy",
    "forms",
    "form",
    "card",
    "passport",
    "system",
    "licence",
    "license",
    "booking",
    "papers",
    "documents",
    "certificate",
    "records",
    "file",
    "ticket",
    "lease",
];

/// The name as it is on a document, said after a name of `names` in the same line ("Paddy
/// Sullivan. Well, Pádraig Ó Súilleabháin on the forms", "Andy Georgiou, well, Andreas on the
/// account"): one to three capitalised words after a comma, a full stop or "well", the first
/// a listed given name, then "on the" (or "on my") and a document.
pub(crate) fn name_on_documents(
    text: &str,
    folded: &str,
    words: &[Token],
    names: &[(usize, usize)],
) -> Vec<(usize, usize)> {
    let Some(first_name) = names.iter().map(|&(s, _)| s).min() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let on = &folded[w.start..w.end] == "on";
        let doc = words.get(i + 2).filter(|d| {
            let the = &folded[words[i + 1].start..words[i + 1].end];
            ["the", "my", "his", "her"].contains(&the)
                && is_one_of(DOCUMENTS_NAMED_ON, &folded[d.start..d.end])
        });
        if !on || doc.is_none() || i == 0 {
            continue;
        }
        let mut k = i;
        while k > 0 && i - k < 3 {
            let p = &words[k - 1];
            let gap = &text[p.end..words[k].start];
            let capital = text[p.start..].starts_with(char::is_uppercase);
            if !capital || !(gap == " " || joins_name(gap)) || not_name(&text[p.start..p.end]) {
                break;
            }
            k -= 1;
        }
        let before = fold(text[..words.get(k).map_or(0, |w| w.start)].trim_end());
        let opens = before.ends_with([',', '.']) || before.ends_with("well");
        let given = is_given_name(&folded[words[k].start..words[k].end]);
        if k < i && opens && given && first_name < words[k].start {
            out.push((words[k].start, words[i - 1].end));
        }
    }
    out
}

/// Words that open a clause and begin like a name ("The" of "Theodore", "Will" of
/// "William"): no short form of one.
const NOT_SHORT_FORMS: &[&str] = &[
    "the", "they", "them", "then", "there", "these", "this", "that", "can", "will", "may", "and",
    "are", "did", "does", "had", "has", "her", "his", "she", "was", "who", "how", "not", "all",
    "any", "one", "our", "out", "yes", "sure", "just", "let", "get", "got", "ring",
];

/// A short form of a name of `names` said elsewhere in the line ("This is Rajesh Mistry. Raj
/// is fine.", "Bronwyn … Bron", "Oluwaseun … Seun"): a capitalised word (any word, in a line
/// written without case) of three letters or more that begins a name's word, or of four or
/// more that ends it, and is not the whole word. In Latin and Greek letters ("عبد" begins
/// "عبدالله" and is a word of its own).
pub(crate) fn short_forms(
    text: &str,
    folded: &str,
    words: &[Token],
    names: &[(usize, usize)],
) -> Vec<(usize, usize)> {
    let caseless = super::words::written_without_case(text);
    let named: Vec<&str> = words
        .iter()
        .filter(|w| names.iter().any(|&(s, e)| s <= w.start && w.end <= e))
        .map(|w| &folded[w.start..w.end])
        .filter(|n| n.chars().count() >= 5)
        .collect();
    if named.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for w in words {
        if names.iter().any(|&(s, e)| s < w.end && w.start < e) {
            continue;
        }
        let f = &folded[w.start..w.end];
        let letters = f.chars().count();
        let capital = text[w.start..].starts_with(char::is_uppercase);
        if letters < 3
            || !(capital || caseless)
            || !f
                .chars()
                .all(|c| c.is_alphabetic() && !super::words::is_arabic(c) && !is_hebrew(c))
            || NOT_SHORT_FORMS.contains(&f)
            || said_after_a_name(f)
            || not_name(f)
        {
            continue;
        }
        let short = named
            .iter()
            .any(|n| *n != f && (n.starts_with(f) || (letters >= 4 && n.ends_with(f))));
        if short {
            out.push((w.start, w.end));
        }
    }
    out
}

/// A name with a middle initial ("Anoop K. Nair", "Tyler J. Brooks"): a capitalised word, a
/// capital letter with its dot, and a capitalised word, where either name is in `names` or
/// the first is a listed given name. The whole name, with the names it touches.
pub(crate) fn with_middle_initial(
    text: &str,
    folded: &str,
    words: &[Token],
    names: &[(usize, usize)],
) -> Vec<(usize, usize)> {
    if written_without_case(text) {
        return Vec::new();
    }
    let word = |k: usize| &text[words[k].start..words[k].end];
    let capital = |k: usize| word(k).starts_with(char::is_uppercase);
    let gap = |k: usize| &text[words[k].end..words[k + 1].start];
    let named = |k: usize| {
        names
            .iter()
            .find(|&&(s, e)| words[k].start >= s && words[k].end <= e)
            .copied()
    };
    let mut out = Vec::new();
    for i in 0..words.len().saturating_sub(2) {
        let initial = word(i + 1).chars().count() == 1 && capital(i + 1);
        let shaped = capital(i)
            && word(i).chars().count() >= 2
            && gap(i) == " "
            && initial
            && gap(i + 1) == ". "
            && capital(i + 2)
            && word(i + 2).chars().count() >= 2
            && !not_name(word(i))
            && !not_name(word(i + 2));
        if !shaped {
            continue;
        }
        let (before, after) = (named(i), named(i + 2));
        if before.is_some()
            || after.is_some()
            || is_given_name(&folded[words[i].start..words[i].end])
        {
            let start = before.map_or(words[i].start, |n| n.0);
            let end = after.map_or(words[i + 2].end, |n| n.1);
            out.push((start, end));
        }
    }
    out
}

/// Words between a name and its spelling ("Kowalczyk, that's K O W …", "spelled …").
const SPELLING_BRIDGES: &[&str] = &["that's", "thats", "that", "s", "is", "spelled", "spelt"];

/// The names spelled letter by letter in an answer to a question that asks for a name or its
/// spelling ("L E E N، H A D D A D" after "تهجيه لو سمحتي"; "Y O H A N N ואחר כך B E N …").
pub(crate) fn spelled_answer(text: &str, folded: &str, words: &[Token]) -> Vec<(usize, usize)> {
    spelled_runs(text, folded, words)
        .into_iter()
        .filter(|run| {
            // letters only: a code or a postcode has digits in or beside its letters
            let digits = |w: &Token| folded[w.start..w.end].chars().any(char::is_numeric);
            let before = run.start.checked_sub(1).map(|k| &words[k]);
            !words[run.clone()].iter().any(digits)
                && !before.is_some_and(digits)
                && !words.get(run.end).is_some_and(digits)
        })
        .map(|run| (words[run.start].start, words[run.end - 1].end))
        .collect()
}

/// Whether `folded` asks how something is spelled ("can you spell …", "تهجيه", "איך כותבים").
pub(crate) fn asks_spelling(folded: &str) -> bool {
    SPELLING_QUESTIONS
        .iter()
        .any(|q| !find_phrase(folded, &fold(q)).is_empty())
}

/// What asks for a spelling, in every language served.
const SPELLING_QUESTIONS: &[&str] = &[
    "spell",
    "spelling",
    "spelled",
    "spelt",
    "تهجي",
    "تهجيه",
    "تهجئة",
    "تتهجى",
    "حرف حرف",
    "איך כותבים",
    "לאיית",
    "תאיית",
    "אות אות",
    "πώς γράφεται",
    "συλλαβίστε",
    "γράμμα γράμμα",
];

/// "In English" said before a name's Latin spelling.
const IN_ENGLISH: &[&str] = &[
    "بالإنجليزي",
    "بالانجليزي",
    "وبالإنجليزي",
    "وبالانجليزي",
    "بالإنكليزي",
    "באנגלית",
    "αγγλικά",
    "λατινικά",
    "λατινικούς",
    "english",
];

/// What follows a surname to tell a father from his son ("Desmond Whitaker Junior").
const GENERATIONS: &[&str] = &["junior", "jr", "senior", "sr", "ii", "iii", "iv"];

/// Words that say a date is when something began ("since 3 March 1998", "منذ", "מאז", "από").
const SINCE: &[&str] = &["since", "from", "منذ", "من", "מאז", "από"];

/// Whether one of the two words before byte `at` of `folded` is a [`SINCE`] word ("since
/// the 3rd of March 1998").
pub(crate) fn since_before(folded: &str, at: usize) -> bool {
    let before = &folded[..at];
    tokens(before)
        .iter()
        .rev()
        .take(2)
        .any(|w| is_one_of(SINCE, &before[w.start..w.end]))
}

/// Relatives whose numbers a caller gives after their own ("and my wife's is …").
const RELATIVES: &[&str] = &[
    "wife",
    "husband",
    "partner",
    "son",
    "daughter",
    "mum",
    "mom",
    "mother",
    "dad",
    "father",
    "brother",
    "sister",
    "kid",
    "child",
    "grandson",
    "granddaughter",
    "fiance",
    "fiancee",
];

/// Whether the clause before byte `at` gives a person's own number with no cue but whose it
/// is, in English: "and my wife's is …", "And our son's, for the dependent credit, …", "and
/// his is …", "Mine is …", "And for my wife, …". A number of nine digits said so, after the
/// caller's own, is their ID (`find_after`).
pub(crate) fn someones_own_before(folded: &str, at: usize) -> bool {
    let before = &folded[..at];
    let words = tokens(before);
    let said: Vec<&str> = words.iter().map(|w| &before[w.start..w.end]).collect();
    // the last nine words before the number: "and my wife's for the joint application is"
    let from = said.len().saturating_sub(9);
    let said = &said[from..];
    let owner = |w: &str| ["my", "his", "her", "our", "their"].contains(&w);
    let relative = |w: &str| {
        let bare = w.strip_suffix('s').unwrap_or(w);
        RELATIVES.contains(&w) || RELATIVES.contains(&bare)
    };
    let relatives = said.windows(2).any(|p| owner(p[0]) && relative(p[1]));
    let pronoun = said
        .windows(2)
        .any(|p| ["mine", "his", "hers"].contains(&p[0]) && ["is", "s"].contains(&p[1]));
    relatives || pronoun
}

/// Whether `folded` asks for a name (so that the next line's answer is one).
pub(crate) fn asks_name(folded: &str) -> bool {
    // "…, η μεταφορά 15. Όνομα;", "Name?": the word alone, asked
    let asked = folded
        .trim_end()
        .strip_suffix(['?', ';', '\u{37e}'])
        .map(str::trim_end)
        .and_then(|q| q.rsplit([' ', '.', ',']).next())
        .is_some_and(|w| ["name", "ονομα", "שם"].contains(&w));
    asked
        || NAME_QUESTIONS
            .iter()
            .any(|q| !find_phrase(folded, &fold(q)).is_empty())
}

/// A name given as the answer to a name question: "Yeah, Jenny Alvarez.", "רים חדאד",
/// "Νίκος Αλεξίου, ναι.". In English and Greek the first one to three capitalised words
/// after the fillers; in Arabic and Hebrew (and a line with no capital) the whole answer when
/// it is one to four words (the "quadruple name", الاسم الرباعي, that Arabic forms ask for:
/// "نورة سعد محمد القحطاني"); or the name spelled out.
pub(crate) fn answered_name(text: &str, folded: &str) -> Option<(usize, usize)> {
    answered_name_from(text, folded).or_else(|| {
        // "Two-fifteen's perfect. It's Bronwyn, Bronwyn Tait.": the answer after a sentence
        // about something else
        let next = text.find(". ").map(|i| i + 2)?;
        let (a, b) = answered_name(&text[next..], &folded[next..])?;
        Some((next + a, next + b))
    })
}

fn answered_name_from(text: &str, folded: &str) -> Option<(usize, usize)> {
    let words = tokens(text);
    // "His. Hector Quintanilla.": whose name it is, said before it
    let whose = |w: &Token| {
        ["his", "hers", "mine", "her", "him", "me"].contains(&&folded[w.start..w.end])
            && text[w.end..].starts_with(['.', ','])
    };
    let is_filler = |w: &Token| is_one_of(ANSWER_FILLERS, &folded[w.start..w.end]) || whose(w);
    let first = words.iter().position(|w| !is_filler(w))?;
    let rest = &words[first..];
    let start = rest[0].start;
    let initial = text[start..].chars().next()?;
    // one letter of a spelling (a digit is not: "A B C 1 2 3" is a code)
    let letter = |w: &Token| {
        let mut chars = text[w.start..w.end].chars();
        chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none()
    };
    // spelled out: "yeah it's o k o n k w o"
    let letters = rest.iter().filter(|w| letter(w)).count();
    if letters >= 3 && letters == rest.len() {
        return Some((start, rest[rest.len() - 1].end));
    }
    // a line written without any capital is read as a script without case
    let cased_line = !written_without_case(text);
    if cased_line && (initial.is_uppercase() || initial.is_lowercase()) {
        // "Desmond A. Whitaker Junior.": a middle initial is no word ("A"), and a generation
        // after the surname is part of the name
        let initial =
            |i: usize, w: &Token| i > 0 && w.end - w.start == 1 && text[w.end..].starts_with('.');
        let n = rest
            .iter()
            .enumerate()
            .take(4)
            .take_while(|&(i, w)| {
                // "Κυριακή Χριστοδούλου.": a given name that is a day too, before the surname
                let given_first =
                    i == 0 && rest.len() >= 2 && is_given_name(&folded[w.start..w.end]);
                text[w.start..].starts_with(char::is_uppercase)
                    && (!not_name(&text[w.start..w.end]) || initial(i, w) || given_first)
            })
            .count();
        let initials = rest[..n]
            .iter()
            .enumerate()
            .filter(|&(i, w)| initial(i, w))
            .count();
        let n = n.min(3 + initials);
        let n = n + rest[n..]
            .first()
            .is_some_and(|w| n >= 2 && is_one_of(GENERATIONS, &folded[w.start..w.end]))
            as usize;
        let whole = n == rest.len();
        // "Ο Αντρέας ο Ιωάννου, …": the article again before the surname
        if n == 1
            && rest.len() > 2
            && greek_article_again(text, folded, &words, (start, rest[0].end), &rest[1])
        {
            return Some((start, rest[2].end));
        }
        return (n >= 2 || (n == 1 && whole)).then(|| (start, rest[n.max(1) - 1].end));
    }
    // the clause, to its punctuation or to the next cue ("מיכל ברקוביץ' הכתובת היא …")
    let mut cue_next = false;
    let clause: Vec<&Token> = rest
        .iter()
        .enumerate()
        .take_while(|&(i, w)| {
            let f = &folded[w.start..w.end];
            let cue =
                i > 0 && (is_prefixed_cue_word(f) || super::addresses::is_address_cue_word(f));
            cue_next |= cue;
            !cue && !text[start..w.start].contains([',', '،', '.', '?', '!', '؟'])
        })
        .map(|(_, w)| w)
        .collect();
    // "אבי. אבי מזרחי": the first name, then said again with the surname
    let again = rest.len() > clause.len()
        && folded[rest[clause.len()].start..rest[clause.len()].end]
            == folded[clause[0].start..clause[0].end];
    let clause: Vec<&Token> = if again {
        let from = clause.len();
        let second = &rest[from..];
        let tail = second
            .iter()
            .take_while(|w| {
                !text[second[0].start..w.start].contains([',', '،', '.', '?', '!', '؟'])
            })
            .count();
        rest[..from + tail].iter().collect()
    } else {
        clause
    };
    // "ג'ניפר רוזנטל, R O S E N T H A L.": the name, then its spelling
    let spelled_after = rest.len() >= clause.len() + 3 && rest[clause.len()..].iter().all(letter);
    // "محمد بن سعد العتيبي، أبو سعد.": the name, then the kunya the speaker goes by
    let kunya_after = match &rest[clause.len()..] {
        [kunya_word, child] => {
            is_one_of(KUNYA, &folded[kunya_word.start..kunya_word.end])
                && !text[child.end..]
                    .trim()
                    .trim_start_matches(['.', '!'])
                    .contains(' ')
                && !not_name(&text[child.start..child.end])
        }
        _ => false,
    };
    // "שמואל וייסבלום, מבני ברק": a listed given name and surname, then where from
    let from_after = match &rest[clause.len()..] {
        [from, place @ ..] if clause.len() >= 2 && place.len() <= 2 => {
            let f = &folded[from.start..from.end];
            let from_word = (f.starts_with('מ') && f.chars().all(is_hebrew))
                || ["من", "from", "από"].contains(&f);
            from_word
                && text[clause[clause.len() - 1].end..from.start].trim() == ","
                && is_given_name(&folded[clause[0].start..clause[0].end])
        }
        _ => false,
    };
    let whole = clause.len() == rest.len()
        || (cue_next && clause.len() >= 2)
        || spelled_after
        || kunya_after
        || from_after;
    let plain = clause.iter().all(|w| !not_name(&text[w.start..w.end]));
    let end = if kunya_after {
        rest[rest.len() - 1].end
    } else {
        clause.last()?.end
    };
    (whole && (1..=4).contains(&clause.len()) && plain).then_some((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names_in(text: &str) -> Vec<&str> {
        names(text, &fold(text))
            .iter()
            .map(|&(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn a_whole_name_after_a_greeting_and_its_comma() {
        assert_eq!(
            names_in("Hiya, Declan Byrne, I rang yesterday"),
            ["Declan Byrne"]
        );
        assert_eq!(names_in("שלום, רונית גבאי, התקשרתי אתמול"), ["רונית גבאי"]);
        // a business answering, with a greeting or a name's cue after it
        for text in [
            "ألو، رياض الياسمين، مرحبا، معاك سكينة",
            "Hello, Jordan Valley Dental, this is Kim",
        ] {
            assert_eq!(
                opening_name(text, &fold(text), &tokens(text)),
                None,
                "{text}"
            );
        }
    }

    #[test]
    fn kin_then_their_given_name() {
        assert_eq!(
            names_in("Hi, I'm Harriet, I booked my son Alfie onto the workshop"),
            ["Harriet", "Alfie"]
        );
        assert_eq!(names_in("תשלחו לבת שלי, מיכל, לרחוב ביאליק 44"), ["מיכל"]);
        assert_eq!(names_in("ابني اسمو جاد، مواليد ١٧ نيسان"), ["جاد"]);
        assert_eq!(
            names_in("και το email της κόρης μου, της Μαρίας, γιατί εγώ δεν ξέρω"),
            ["Μαρίας"]
        );
        // kin with no name after it
        assert!(names_in("my son starts school in September").is_empty());
        assert!(names_in("το email της κόρης μου maria@gmail.com").is_empty());
    }

    #[test]
    fn in_the_name_of_and_it_s_me_with_a_comma() {
        assert_eq!(
            names_in("The account's in the name of Patrick Daly"),
            ["Patrick Daly"]
        );
        assert_eq!(
            names_in("ο λογαριασμός είναι στο όνομα του Νίκου Παπαδόπουλου"),
            ["Νίκου Παπαδόπουλου"]
        );
        assert_eq!(names_in("الحساب باسمي، سلطان العتيبي"), ["سلطان العتيبي"]);
        assert_eq!(names_in("זה על השם שלי, יוסי מזרחי"), ["יוסי מזרחי"]);
        assert_eq!(
            names_in("Ναι, εγώ είμαι, η Φωτεινή Λαμπράκη"),
            ["Φωτεινή Λαμπράκη"]
        );
        assert_eq!(
            names_in("όνομα Μαρία, επώνυμο Κωνσταντίνου"),
            ["Κωνσταντίνου"]
        );
        assert_eq!(names_in("الاسم الأول محمد واسم العائلة القحطاني").len(), 2);
        // no comma, or a clause after it: no name
        assert!(names_in("بس المؤسسة فردية باسمي، لو تبي رقم الهوية").is_empty());
        assert!(names_in("الحساب مش باسمي، باسم أبويا، هو مسافر").is_empty());
        assert!(names_in("כן זה אני בעל החשבון").is_empty());
        assert!(names_in("החשבונית על שמי, ת״ז 318845203").is_empty());
    }

    #[test]
    fn a_hebrew_name_after_a_greeting_and_it_is() {
        // a surname that begins with מ is not "from …"; "I transferred" opens the next clause
        assert_eq!(names_in("אהלן, זה יוסי מזרחי, יש לי מנוי"), ["יוסי מזרחי"]);
        assert_eq!(names_in("היי זה דניאל לוי העברתי 250 שקל"), ["דניאל לוי"]);
        assert_eq!(names_in("שלום, כאן מיכל מהבנק, רציתי"), ["מיכל"]);
        // "with you" and "before", not a name; "a new captain" is what the speaker is
        assert!(names_in("الكابتن بيتواصل معك قبل الوصول بعشر دقايق").is_empty());
        assert_eq!(
            names_in("السلام عليكم، أنا كابتن جديد، اسمي محمد عبد العزيز، مصري"),
            ["محمد عبد العزيز"]
        );
    }

    #[test]
    fn names_before_here_and_i_am_in_lines_without_case() {
        assert_eq!(names_in("κλειδαράς ο σωτήρης εδώ πείτε μου"), ["σωτήρης"]);
        assert_eq!(
            names_in("Καλημέρα κοπέλα μου, ο Μανώλης ο Σφακιανάκης είμαι από τις Πεζές"),
            ["Μανώλης ο Σφακιανάκης"]
        );
        assert!(names_in("η αθήνα εδώ έχει ζέστη").is_empty());
        // a surname particle takes no place of the two words; a generation ends the name
        assert_eq!(
            names_in("hi there my name's siobhán ní bhriain i dropped in a dress"),
            ["siobhán ní bhriain"]
        );
        assert_eq!(
            names_in("it's patrick joseph mcgrath junior date of birth"),
            ["patrick joseph mcgrath junior"]
        );
        assert_eq!(names_in("Righto Brendan, call-out's $120"), ["Brendan"]);
        // "its" for "it's", as a recogniser writes it without the apostrophe
        assert!(names_in("yeah gday its darren here i booked a clean").contains(&"darren"));
        assert!(names_in("its here somewhere").is_empty());
        // the name said again after "here", with the surname
        assert_eq!(
            names_in("Yeah hi, it's Kylie here, Kylie Tran, um, the paper's wet."),
            ["Kylie", "Kylie Tran"]
        );
        assert_eq!(names_in("It's Kylie here, Kylie said to call."), ["Kylie"]);
        // whose the bill is: "it's for me," and the name
        assert_eq!(
            names_in("Hi, it's for me, Gloria Esparza, I got a bill."),
            ["Gloria Esparza"]
        );
        assert!(names_in("It's for me, Thursday works.").is_empty());
        // "and", "so" opening a sentence said to someone by name
        assert_eq!(
            names_in("Grand. And Siobhán, how are you spelling the surname?"),
            ["Siobhán"]
        );
        assert!(names_in("me and Sarah, we went there").is_empty());
        // the short name after a comma and the article, ending its clause
        assert_eq!(
            names_in("Λέγομαι Παναγιώτης Σταθόπουλος, ο Τάκης, θέλω ραντεβού."),
            ["Παναγιώτης Σταθόπουλος, ο Τάκης"]
        );
        assert_eq!(
            names_in("Λέγομαι Γιώργος Παπαδόπουλος, ο γιος της Μαρίας."),
            ["Γιώργος Παπαδόπουλος"]
        );
        // a short name written with a geresh, then the whole name with the surname
        assert_eq!(
            names_in("קוראים לי ג'ודי, ג'ודית גרינברג, אני רוצה לבטל"),
            ["ג'ודי, ג'ודית גרינברג"]
        );
        // answering the phone: the desk, the name between commas, "please" or "hello"
        assert_eq!(
            names_in("Κλιματιστικά Κρήτης, Μανώλης, παρακαλώ."),
            ["Μανώλης"]
        );
        assert_eq!(
            names_in("Λεμεσός Μότορς, η Μαρούλλα, πείτε μου."),
            ["Μαρούλλα"]
        );
        assert_eq!(names_in("מחסני השרון, שחר, שלום."), ["שחר"]);
        assert!(names_in("תודה, שלום.").is_empty());
        assert!(names_in("Ναι, Αθήνα, παρακαλώ").is_empty());
        // "I rent a unit from you": a participle and "at yours" are no name
        assert_eq!(
            names_in("היי, מדברת רונית אברג'ל, אני שוכרת אצלכם מחסן ואני רוצה"),
            ["רונית אברג'ל"]
        );
    }

    #[test]
    fn arabic_names_after_a_kunya_and_a_title() {
        assert_eq!(
            names_in("هلا والله، معك أبو فهد، سعد الدوسري، أبي أحجز سيارة"),
            ["أبو فهد، سعد الدوسري"]
        );
        assert_eq!(names_in("معك أم ريان، الحساب مقفول"), ["أم ريان"]);
        assert_eq!(names_in("أكيد يا ست ربى، بنحولك ٣ دنانير"), ["ربى"]);
        assert_eq!(
            names_in("واخا أ سي عبد القادر، السلعة غادي توصلك"),
            ["عبد القادر"]
        );
        assert_eq!(
            names_in("الاسم في الهوية حصة القحطاني ورقم الهوية"),
            ["حصة القحطاني"]
        );
        assert!(names_in("الاسم في الهوية غلط").is_empty());
        assert!(names_in("يا سلام، عبد الله جاي").is_empty());
    }

    #[test]
    fn a_short_name_said_after_the_name_is_the_name_too() {
        for (text, name) in [
            (
                "yeah hi my name is kimberly nowak kim",
                "kimberly nowak kim",
            ),
            (
                "hey mate its barry thompson bazza i rang yesterday",
                "barry thompson bazza",
            ),
            ("שלום, אני אלכסנדר, סשה, ראיתי מודעה", "אלכסנדר, סשה"),
            (
                "εεε με λένε σταυρούλα παπαδάκη σούλα έχω κλείσει",
                "σταυρούλα παπαδάκη σούλα",
            ),
            (
                "είμαι ο χαράλαμπος χριστοδούλου ο χάμπης θέλω",
                "χαράλαμπος χριστοδούλου ο χάμπης",
            ),
        ] {
            assert_eq!(names_in(text), vec![name], "{text}");
        }
        // the words after a name that are not a short name of it
        for (text, name) in [
            ("my name is tony blake today i wanted to ask", "tony blake"),
            ("My name is Tony Blake, Tom asked me to call", "Tony Blake"),
            ("My name is Sarah Jones and I am calling", "Sarah Jones"),
        ] {
            assert_eq!(names_in(text), vec![name], "{text}");
        }
        assert!(made_from("kimberly", "kim") && made_from("barry", "bazza"));
        assert!(!made_from("tony", "too") && !made_from("tony", "today"));
    }

    #[test]
    fn names_after_a_self_introduction() {
        assert_eq!(
            names_in("Hi, my name is Dana Whitfield and I'm calling"),
            ["Dana Whitfield"]
        );
        assert_eq!(names_in("I'm calling about my bill"), Vec::<&str>::new());
        assert_eq!(names_in("my name is john and my account"), ["john"]);
        assert_eq!(
            names_in("hi my name is ciaran o sullivan im looking to book"),
            ["ciaran o sullivan"]
        );
        assert_eq!(
            names_in("שלום, אני מוחמד חאג' יחיא, השארתי אצלכם"),
            ["מוחמד חאג' יחיא"]
        );
        // a greeting opens the clause; a kunya; "the name" before a given name only
        assert_eq!(names_in("هلا أنا أبو ناصر أبي أنقل عفش"), ["أبو ناصر"]);
        assert_eq!(
            names_in("تمام، الاسم عبدالله بن سعد القحطاني، صح؟"),
            ["عبدالله بن سعد القحطاني"]
        );
        assert_eq!(
            names_in("مرحبا أنا هشام الزعبي الجهاز عندي ما يشتغل"),
            ["هشام الزعبي"]
        );
        assert_eq!(names_in("الاسم على الحساب غلط"), Vec::<&str>::new());
        assert_eq!(names_in("شلون أنا تعبان وايد"), Vec::<&str>::new());
        assert_eq!(names_in("my name is on the account"), Vec::<&str>::new());
        assert_eq!(names_in("the name's Robert Johnson"), ["Robert Johnson"]);
        assert_eq!(names_in("Yeah, the name’s Ana Silva."), ["Ana Silva"]);
        assert_eq!(names_in("the name's on the card"), Vec::<&str>::new());
        assert_eq!(
            names_in("مرحبا، اسمي أحمد القحطاني وعندي مشكلة"),
            ["أحمد القحطاني"]
        );
        assert_eq!(
            names_in("اسمي عبد الرحمن الزهراني"),
            ["عبد الرحمن الزهراني"]
        );
        assert_eq!(names_in("שלום, שמי דני כהן ואני מתקשר"), ["דני כהן"]);
        assert_eq!(
            names_in("Καλησπέρα, με λένε Γιώργο Παπαδόπουλο και καλώ"),
            ["Γιώργο Παπαδόπουλο"]
        );
        assert_eq!(names_in("أنا من مواليد 1985"), Vec::<&str>::new());
        assert_eq!(names_in("أنا خالد العتيبي، صاحب الحساب"), ["خالد العتيبي"]);
        assert_eq!(
            names_in("النت بيقطع كل يوم بالليل وأنا تعبت."),
            Vec::<&str>::new()
        );
        assert_eq!(names_in("العرض حلو وأنا موافق عليه."), Vec::<&str>::new());
        // "علي" the name and "على" ("on") fold alike
        assert_eq!(names_in("معك محمد علي"), ["محمد علي"]);
        assert_eq!(names_in("معاك على الخط؟"), Vec::<&str>::new());
        // "bring with you the invoice", not an introduction; the agent's is
        assert_eq!(
            names_in("ممكن تيجي الفرع، وخد معاك الفاتورة"),
            Vec::<&str>::new()
        );
        assert_eq!(names_in("جيب معاك الهوية"), Vec::<&str>::new());
        assert!(names_in("והדירה על שם שנינו עם משכנתא").is_empty());
    }

    /// The agent's name after the desk and before a greeting or "on the phone"; "deal" before
    /// a name said to someone.
    #[test]
    fn answering_with_a_greeting_or_on_the_phone() {
        assert_eq!(
            names_in("Καλησπέρα, Μονάδα Φροντίδας Άγιος Στυλιανός, η Ευανθία στο τηλέφωνο"),
            ["Ευανθία"]
        );
        assert_eq!(
            names_in("Ίδρυμα Υποτροφιών Χατζηπαύλου, η Γιώτα, καλημέρα"),
            ["Γιώτα"]
        );
        assert!(names_in("Η Αθήνα, καλημέρα").is_empty());
        assert_eq!(names_in("סגור שרית, נתראה מחר"), ["שרית"]);
        assert!(names_in("הסניף סגור ביום שישי").is_empty());
    }

    /// The agent's title with its article is said, not named ("معك المهندس وائل"); a Hebrew
    /// surname written with "ו" (W) that ends the clause is no "and".
    #[test]
    fn titles_with_the_article_and_w_surnames() {
        assert_eq!(
            names_in("شركة الينابيع لحفر الآبار، معك المهندس وائل، تفضل."),
            ["وائل"]
        );
        assert_eq!(
            names_in("ערב טוב, מדברת חני ויסברג, רציתי לקבוע תור"),
            ["חני ויסברג"]
        );
        assert_eq!(names_in("שמי יוסי ושרה, אשתי"), ["יוסי"]);
        // an apostrophe inside the name before "here"
        assert_eq!(
            names_in("Hi, Ciarán O'Sullivan here, I'd a booking for Sunday."),
            ["Ciarán O'Sullivan"]
        );
    }

    /// The short name a person goes by, said later in the line that named them.
    #[test]
    fn short_names_said_later() {
        assert_eq!(
            names_in("Her name is Bridget Kinsella but sure everyone calls her Bridie."),
            ["Bridget Kinsella", "Bridie"]
        );
        assert_eq!(
            names_in("כן שלום, מדבר ולדימיר קוגן, אפשר פשוט וולודיה, קיבלתי חשבונית"),
            ["ולדימיר קוגן", "וולודיה"]
        );
        // no name before it, or not a name after it
        assert!(names_in("Everyone calls her Bridie.").is_empty());
        assert_eq!(names_in("My name is Tom, call him Monday."), ["Tom"]);
    }

    /// A third person named by a given name where the phrase opens the clause or follows
    /// their kin; not someone met, a product, a pet or what is written.
    #[test]
    fn relatives_named() {
        assert_eq!(
            names_in("קוראים לה רות ברקוביץ, היא בת שמונים ושלוש"),
            ["רות ברקוביץ"]
        );
        assert_eq!(
            names_in("Η μαμά μου λέγεται Σταματία Παπαδοπούλου, αλλά"),
            ["Σταματία Παπαδοπούλου"]
        );
        assert!(!names_in("اسمه جورج، جورج حداد، عمره تسعة وسبعين سنة").is_empty());
        for text in [
            "Η κοπέλα που λέγεται Κατερίνα μου είπε ότι θα μου στείλει email.",
            "الموظفة اللي اسمها سارة قالت لي بترسل الإيميل.",
            "الباقة اسمها سوا",
            "Λέγεται Unlimited Plus το πρόγραμμα",
            "מלינואה, קוראים לו רקס",
            "وبابا اسمه مكتوب في الروشتة",
        ] {
            assert!(names_in(text).is_empty(), "{text}");
        }
        assert_eq!(names_in("أهلا وسهلا معاك سارة"), ["سارة"]);
        // the cue of what follows is no name ("in my name, VAT number …")
        assert!(names_in("Το τιμολόγιο να βγει στο όνομά μου, ΑΦΜ 467218402").is_empty());
        // a desk, or how the speaker is
        assert_eq!(names_in("السلام عليكم، معك خدمة العملاء"), Vec::<&str>::new());
        assert_eq!(names_in("أنا بخير، شكراً"), Vec::<&str>::new());
        assert_eq!(
            names_in("you're speaking to Apex Insurance"),
            Vec::<&str>::new()
        );
        assert_eq!(names_in("שלום, מדברת מהמוקד"), Vec::<&str>::new());
        // four words with "عبد", three before "and …" after "أنا", "וו" opening a name
        assert_eq!(
            names_in("اسمي سعد عبد الله القرني"),
            ["سعد عبد الله القرني"]
        );
        assert_eq!(
            names_in("أنا هشام كمال الدسوقي ومتصل عشان الفاتورة"),
            ["هشام كمال الدسوقي"]
        );
        assert_eq!(names_in("קוראים לי אבבה וולדה"), ["אבבה וולדה"]);
        assert_eq!(names_in("שמי יעל בן חיים"), ["יעל בן חיים"]);
        assert_eq!(names_in("אני בן ארבעים, זה לא קשור"), Vec::<&str>::new());
        assert_eq!(names_in("είμαι η σύζυγός του"), Vec::<&str>::new());
        // a line written without case
        assert_eq!(
            names_in("καλησπερα, λεγομαι νικος βλαχος"),
            ["νικος βλαχος"]
        );
        assert_eq!(
            names_in("το όνομά μου είναι στον λογαριασμό"),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn names_joined_by_a_hyphen_or_apostrophe_after_a_copula_or_before_here() {
        assert_eq!(
            names_in("this is Grace O'Connell calling"),
            ["Grace O'Connell"]
        );
        assert_eq!(
            names_in("I'm Sophie Brennan-Hall."),
            ["Sophie Brennan-Hall"]
        );
        assert_eq!(names_in("اسمي هو ليلى منصور وعندي سؤال"), ["ليلى منصور"]);
        assert_eq!(names_in("השם שלי זה עומר ביטון"), ["עומר ביטון"]);
        assert_eq!(names_in("Yeah hi, it's Dan Price here"), ["Dan Price"]);
        assert_eq!(names_in("Γεια σας, Ελένη Ρήγα εδώ."), ["Ελένη Ρήγα"]);
        assert_eq!(
            names_in("Good morning, Sharma Travels, Priya this side."),
            ["Priya"]
        );
        assert_eq!(
            names_in("Please come this side of the counter"),
            Vec::<&str>::new()
        );
        assert_eq!(names_in("Nobody here answers"), Vec::<&str>::new());
        assert_eq!(names_in("I'm Israeli, the ID is"), Vec::<&str>::new());
        assert_eq!(
            names_in("Το όνομά μου είναι γραμμένο λάθος"),
            Vec::<&str>::new()
        );
        assert_eq!(names_in("שמי לא מופיע על החשבון"), Vec::<&str>::new());
        assert_eq!(names_in("אני גר אצל אחותי, אז"), Vec::<&str>::new());
        assert_eq!(names_in("אני רונית אלון, בעלת החשבון"), ["רונית אלון"]);
        assert_eq!(names_in("اسمي مكتوب غلط"), Vec::<&str>::new());
        assert_eq!(
            names_in("مرحبا، اسمي سعد عبدالرحمن الدوسري، بخصوص"),
            ["سعد عبدالرحمن الدوسري"]
        );
        assert_eq!(names_in("My surname is Nowicki."), ["Nowicki"]);
    }

    #[test]
    fn names_after_a_title() {
        assert_eq!(names_in("thanks Mrs Okafor, one moment"), ["Okafor"]);
        assert_eq!(names_in("Thank you Mr. Dean"), ["Dean"]);
        assert_eq!(names_in("شكرا أستاذ سامي، لحظة"), ["سامي"]);
        assert_eq!(names_in("תודה גברת אוחיון."), ["אוחיון"]);
        assert_eq!(names_in("Ευχαριστώ κυρία Λαμπράκη"), ["Λαμπράκη"]);
        // in Arabic and Hebrew the name ends the clause
        assert_eq!(names_in("الأستاذ اللي كلمته امبارح قال"), Vec::<&str>::new());
        assert_eq!(names_in("hello Mrs smith"), Vec::<&str>::new());
    }

    #[test]
    fn a_name_followed_by_its_spelling() {
        let text = "Dorota Wiśniewska, W I S N I E W S K A";
        let got: Vec<&str> = spelled_names(text, &fold(text), &tokens(text))
            .iter()
            .map(|&(s, e)| &text[s..e])
            .collect();
        assert_eq!(got, ["Dorota Wiśniewska", "W I S N I E W S K A"]);
        let spelled = |text: &str| -> Vec<String> {
            spelled_names(text, &fold(text), &tokens(text))
                .iter()
                .map(|&(s, e)| text[s..e].to_string())
                .collect()
        };
        // "that's" between the name and its spelling
        assert_eq!(
            spelled("hi my name is henry kowalczyk that's k o w a l c z y k i'm calling"),
            ["kowalczyk", "k o w a l c z y k"]
        );
        assert_eq!(
            spelled("It's Nowak, that's N O W A K."),
            ["Nowak", "N O W A K"]
        );
        assert!(spelled("The code is ABC that's A B C").is_empty());
        assert!(spelled("It's Nowak. That's N O W A K for the code.").is_empty());
        let text = "the code is A B C, not A B D";
        assert!(spelled_names(text, &fold(text), &tokens(text)).is_empty());
    }

    #[test]
    fn a_full_name_said_as_its() {
        assert_eq!(
            names_in("Yeah it's Callum Fraser, date of birth 17/04/1995."),
            ["Callum Fraser"]
        );
        assert_eq!(names_in("It's Robert Kline."), ["Robert Kline"]);
        assert_eq!(names_in("It's Ann, Ann Pryce, hi"), ["Ann, Ann Pryce"]);
        assert_eq!(names_in("It's Monday, Monday Morning"), Vec::<&str>::new());
        assert_eq!(
            names_in("my name is Ana Maria de la Vega, I called"),
            ["Ana Maria de la Vega"]
        );
        assert_eq!(names_in("It's Visa Debit."), Vec::<&str>::new());
        assert_eq!(names_in("it's Tuesday March the third"), Vec::<&str>::new());
        assert_eq!(names_in("It's British Gas, right?"), Vec::<&str>::new());
        assert_eq!(names_in("It's Netflix."), Vec::<&str>::new());
        // a recogniser's "its", lower case: a given name (accents or not), a particle
        assert_eq!(
            names_in("hey mate its gary dawson i rang yesterday"),
            ["gary dawson"]
        );
        assert_eq!(
            names_in("hi there its seán mac giolla here about my booking"),
            ["seán mac giolla"]
        );
        assert_eq!(
            names_in("its monday again and its raining"),
            Vec::<&str>::new()
        );
        assert_eq!(names_in("its paid already"), Vec::<&str>::new());
    }

    #[test]
    fn names_after_here_is_at_the_start_of_a_call() {
        assert_eq!(names_in("שלום, כאן מיכל מהבנק"), ["מיכל"]);
        assert_eq!(names_in("שלום כאן דנה מזרחי ממחלקת גבייה"), ["דנה מזרחי"]);
        assert_eq!(names_in("פה רונית, במה אפשר לעזור?"), ["רונית"]);
        assert_eq!(names_in("היי, זה אורי שמש, חזרתי אליכם"), ["אורי שמש"]);
        assert_eq!(names_in("זה לא עובד, זה מעצבן"), Vec::<&str>::new());
        assert_eq!(names_in("היי, זה בסדר"), Vec::<&str>::new());
        assert_eq!(names_in("היי זה עומר הזמנתי מכם מזגן"), ["עומר"]);
        assert_eq!(
            names_in("על שמי שירה בן חמו תעודת זהות 123"),
            ["שירה בן חמו"]
        );
        assert_eq!(names_in("אני יוסי בן שלושים"), ["יוסי"]);
        assert_eq!(
            names_in("Καλησπέρα, εδώ η Μαρία Κώστα από τη Wind"),
            ["Μαρία Κώστα"]
        );
        // a desk, a brand, or "here" inside a clause
        assert_eq!(names_in("שלום, כאן מוקד השירות"), Vec::<&str>::new());
        assert_eq!(names_in("Εδώ Vodafone, καλησπέρα"), Vec::<&str>::new());
        assert_eq!(names_in("זה כתוב פה באתר שלכם"), Vec::<&str>::new());
        assert_eq!(names_in("פה באתר כתוב שזה חינם"), Vec::<&str>::new());
    }

    #[test]
    fn the_greek_article_said_again_before_the_surname() {
        assert_eq!(
            names_in("εγώ είμαι ο μήτσος ο καραγιάννης από το πεταλίδι"),
            ["μήτσος ο καραγιάννης"]
        );
        assert_eq!(
            names_in("Είμαι ο Μήτσος ο Καραγιάννης."),
            ["Μήτσος ο Καραγιάννης"]
        );
        // an occupation, and a lower-case word where the line has case, are no surname
        assert_eq!(names_in("είμαι ο γιώργος ο υδραυλικός"), ["γιώργος"]);
        assert_eq!(names_in("Είμαι ο Γιώργος ο υδραυλικός."), ["Γιώργος"]);
        let a = "Ο Αντρέας ο Ιωάννου, που την ταβέρνα.";
        assert!(asks_name(&fold("Με ποιον μιλώ;")));
        assert_eq!(
            answered_name(a, &fold(a)).map(|(s, e)| &a[s..e]),
            Some("Αντρέας ο Ιωάννου")
        );
    }

    #[test]
    fn a_greek_name_after_who_the_speaker_is_and_before_please() {
        assert_eq!(
            names_in("Ο λογαριασμός είναι στο όνομα της μητέρας μου, εγώ είμαι ο γιος της, ο Σπύρος Μακρής."),
            ["Σπύρος Μακρής"]
        );
        assert_eq!(
            names_in("Μελισσοκομικά Χαλκιδικής, ο Στέλιος, παρακαλώ."),
            ["Στέλιος"]
        );
        assert_eq!(names_in("Ένα καφέ, παρακαλώ."), Vec::<&str>::new());
        assert_eq!(names_in("Την Αθήνα, παρακαλώ."), Vec::<&str>::new());
    }

    #[test]
    fn names_after_myself_call_me_and_with_you() {
        assert_eq!(
            names_in("hello yes good afternoon myself ravi kumar i took the plan"),
            ["ravi kumar"]
        );
        assert_eq!(names_in("I did it myself yesterday"), Vec::<&str>::new());
        assert_eq!(
            names_in("You can call me Venky, everybody does."),
            ["Venky"]
        );
        assert_eq!(names_in("Just call me Sal."), ["Sal"]);
        assert_eq!(
            names_in("You can call me back Tomorrow."),
            Vec::<&str>::new()
        );
        assert_eq!(names_in("you can call me anytime"), Vec::<&str>::new());
        assert_eq!(names_in("صياغة الشاطبي، معاكي مريم، اتفضلي."), ["مريم"]);
    }

    #[test]
    fn an_arabic_name_said_again_and_the_quadruple_name() {
        // the given name said again with the surname, after an Arabic comma, after a kunya
        assert_eq!(
            names_in("أيوه، أنا نورهان، نورهان السيد، الخاتم اتكسر."),
            ["نورهان، نورهان السيد"]
        );
        assert_eq!(
            names_in("مرحبا، أنا أبو سليم، يعني سليم الخطيب، بدي أحجز زيارة"),
            ["أبو سليم، يعني سليم الخطيب"]
        );
        assert_eq!(
            names_in("اسمي الطيب عثمان محمد أحمد، ومواليد سنة ستة وستين."),
            ["الطيب عثمان محمد أحمد"]
        );
        // the clause goes on: two words only
        assert_eq!(
            names_in("اسمي محمد العتيبي أبغى أسأل عن الطلب، شكرا"),
            ["محمد العتيبي"]
        );
    }

    #[test]
    fn a_name_checked_by_one_of_its_letters() {
        let checked = |text: &str| -> Vec<String> {
            letter_checked_names(text, &fold(text), &tokens(text))
                .iter()
                .map(|&(s, e)| text[s..e].to_string())
                .collect()
        };
        assert_eq!(checked("אירינה קוגן, קוגן עם ק'?"), ["קוגן", "אירינה קוגן"]);
        assert_eq!(
            checked("Irina Kogan, Kogan with a K?"),
            ["Kogan", "Irina Kogan"]
        );
        assert_eq!(checked("it ends with a K"), Vec::<String>::new());
        assert_eq!(checked("Plan with a budget"), Vec::<String>::new());
    }

    #[test]
    fn a_word_ending_in_a_title_or_a_title_alone_is_no_name() {
        // "כלומר" ("that is") ends in "מר" (Mr) after letters that could be prefixes
        assert_eq!(
            names_in("בונז'ור כלומר שלום קוראים לי יעל בן חמו אני רוצה"),
            ["יעל בן חמו"]
        );
        assert_eq!(names_in("Okay Mrs. Ramirez, one moment."), ["Ramirez"]);
    }

    #[test]
    fn a_name_given_as_an_answer() {
        // the everyday form of a Greek name, in a line written without case
        assert_eq!(
            names_in("γεια σας με λένε μανώλη μαυράκη θέλω ένα ραντεβού"),
            ["μανώλη μαυράκη"]
        );
        let answer = |q: &str, a: &str| {
            asks_name(&fold(q))
                .then(|| answered_name(a, &fold(a)))
                .flatten()
                .map(|(s, e)| a[s..e].to_string())
        };
        assert_eq!(
            answer("Can I take your name please?", "Yeah, Tom Reyes."),
            Some("Tom Reyes".into())
        );
        assert_eq!(
            answer("עם מי יש לי הכבוד?", "אורי שחר"),
            Some("אורי שחר".into())
        );
        // "what is the name?", and a name answered before the next cue's words
        assert_eq!(answer("מה השם?", "מיכל לוי"), Some("מיכל לוי".into()));
        assert_eq!(
            answer(
                "מה השם ואיפה זה?",
                "מיכל ברקוביץ' הכתובת היא רחוב סוקולוב 71"
            ),
            Some("מיכל ברקוביץ'".into())
        );
        assert_eq!(answer("מה השם?", "מיכל הכתובת"), None);
        assert_eq!(
            answer("ممكن الاسم الكامل؟", "نعم، هدى سالم"),
            Some("هدى سالم".into())
        );
        assert_eq!(
            answer("ممكن الاسم الرباعي لو سمحت؟", "نورة سعد محمد القحطاني"),
            Some("نورة سعد محمد القحطاني".into())
        );
        assert_eq!(
            answer("Σε ποιο όνομα να το κλείσω;", "κατερίνα αλεξίου"),
            Some("κατερίνα αλεξίου".into())
        );
        // a middle initial and a generation after the surname
        assert_eq!(
            answer("Can I have your full name?", "Desmond A. Whitaker Junior."),
            Some("Desmond A. Whitaker Junior".into())
        );
        assert_eq!(
            answer(
                "Can I have your full name?",
                "Anna Ruiz, and the account is mine."
            ),
            Some("Anna Ruiz".into())
        );
        assert_eq!(
            answer(
                "Can I take your name please?",
                "Sorry, it's my wife's account."
            ),
            None
        );
        assert_eq!(
            answer("עם מי יש לי הכבוד?", "רגע, זה על שם אשתי, היא לא פה"),
            None
        );
        assert_eq!(answer("How can I help?", "Tom Reyes."), None);
    }

    #[test]
    fn cue_words_in_each_language() {
        let kinds = |t: &str| {
            cues(&fold(t))
                .into_iter()
                .map(|(_, c)| c)
                .collect::<Vec<_>>()
        };
        assert_eq!(kinds("رقم بطاقتي"), [Cue::Card]);
        assert_eq!(kinds("מה מספר תעודת הזהות?").first(), Some(&Cue::Id));
        assert_eq!(kinds("Ο ΑΦΜ είναι"), [Cue::Id]);
        assert_eq!(kinds("ημερομηνία γέννησης"), [Cue::Birth]);
        assert_eq!(kinds("وُلِدْتُ في"), [Cue::Birth]);
        for born in [
            "my birth date is",
            "אני ילידת",
            "היא נולדה",
            "اتولدت",
            "اتولد",
            "γεννήθηκε",
        ] {
            assert_eq!(kinds(born), [Cue::Birth], "{born}");
        }
        assert_eq!(kinds("your order number"), [Cue::Order]);
        assert_eq!(kinds("the MPRN on your bill"), [Cue::Order]);
        // a country's ID, and a contract's number (not the contract alone)
        assert_eq!(kinds("with my Saudi ID, it's"), [Cue::Id]);
        assert_eq!(kinds("ο αριθμός συμβολαίου είναι"), [Cue::Order]);
        assert!(kinds("ואת שלך, לחוזה?").is_empty());
    }

    #[test]
    fn names_after_a_caller_s_endearment_a_booking_and_an_idiom() {
        assert_eq!(
            names_in("Oh hello love, it's Margaret Holroyd, you came out to us last October."),
            ["Margaret Holroyd"]
        );
        assert_eq!(names_in("It's under Lupe, I think."), ["Lupe"]);
        // a short name corrected to the full one
        assert_eq!(
            names_in("It's under Lupe, well Guadalupe Reyes."),
            ["Lupe, well Guadalupe Reyes"]
        );
        assert_eq!(names_in("The table's booked under Okafor."), ["Okafor"]);
        assert_eq!(
            names_in("Right you are Margaret, and the address?"),
            ["Margaret"]
        );
        assert!(names_in("There you go, all done.").is_empty());
        // only greetings before "name surname here", in a line without capitals
        assert_eq!(
            names_in("hi yeah eoin gallagher here we got a card saying you'd be out"),
            ["eoin gallagher"]
        );
        assert!(names_in("hi yeah the boiler here is broken").is_empty());
        // "no problem", "sure" before a name written with a geresh
        assert_eq!(
            names_in("אין בעיה ג'ייסון, אני צריך תעודת זהות"),
            ["ג'ייסון"]
        );
        // "you are with Elpida": a word that is a name there ("hope")
        assert_eq!(
            names_in("Γουναρικά Καστοριάς, καλησπέρα, είστε με την Ελπίδα"),
            ["Ελπίδα"]
        );
        assert_eq!(names_in("Α ναι κυρ Μπάμπη, είναι έτοιμα"), ["Μπάμπη"]);
        assert_eq!(names_in("Βεβαίως Αντρέα. Πέδιλα και κράνος."), ["Αντρέα"]);
        assert_eq!(
            names_in("Καλημέρα παιδί μου, Κυριακή Μπαλτά λέγομαι, δεν πήρα το επίδομα"),
            ["Κυριακή Μπαλτά"]
        );
        assert_eq!(names_in("מגניב איתי, השובר בתוקף"), ["איתי"]);
        // "it's" in Hebrew, after a greeting and a filler, before a listed given name only
        assert_eq!(
            names_in("שלום, זו דורית אלון, העמדה בחניון לא עובדת"),
            ["דורית אלון"]
        );
        assert_eq!(
            names_in("היי, אה, זה יוסי גרינברג, אני בניו יורק"),
            ["יוסי גרינברג"]
        );
        assert!(names_in("היי, זה הטלפון שלי").is_empty());
        assert!(names_in("כי אני אזרחית אמריקאית, ה-social security שלי").is_empty());
        // a place before "they call me" is no name
        assert_eq!(
            names_in("Καλημέρα, είμαι ο Κωνσταντίνος Παπαγεωργίου, αλλά στην Αμερική με λένε Gus."),
            ["Gus", "Κωνσταντίνος Παπαγεωργίου"]
        );
    }

    #[test]
    fn a_voicemail_s_role_before_the_name_and_a_name_said_again_with_its_articles() {
        assert_eq!(
            names_in("שלום, הגעתם לקלינאית התקשורת מיכל ברק, אני לא זמינה כרגע"),
            ["מיכל ברק"]
        );
        assert!(names_in("שלום, הגעתם למוקד שירות הלקוחות של חברת החשמל, נא להמתין").is_empty());
        // the agent then names themself: what was reached is the place
        assert_eq!(
            names_in("שלום, הגעתם לעדי, המרכז לשירות הלקוח, מדברת רוני"),
            ["רוני"]
        );
        assert_eq!(names_in("שלום, הגעתם לעדי, תרצו לדבר עם מישהו?"), ["עדי"]);
        assert_eq!(
            names_in("Ο Μπάμπης είμαι, ο Μπάμπης ο Λαμπρόπουλος, σας είχα φέρει τα παπούτσια"),
            ["Μπάμπης", "Μπάμπης ο Λαμπρόπουλος"]
        );
        // an answer, then where the caller is from
        assert!(answered_name(
            "שמואל וייסבלום, מבני ברק",
            &fold("שמואל וייסבלום, מבני ברק")
        )
        .is_some());
        assert!(answered_name("מכבי תל אביב, מהמרכז", &fold("מכבי תל אביב, מהמרכז")).is_none());
    }

    #[test]
    fn a_name_put_right_after_a_filler_and_a_name_alone_before_speaking() {
        assert_eq!(
            names_in("Oh hi, it's Bazza, um, Barry Whitlock, I'm after my test strips."),
            ["Bazza", "Barry Whitlock"]
        );
        assert_eq!(
            names_in("שלום, מדבר דמיטרי, אה, דימה פולונסקי, בקשר לבר מצווה"),
            ["דמיטרי", "דימה פולונסקי"]
        );
        // what follows the filler must be a name ending its clause
        assert_eq!(
            names_in("Hi, it's Tom Brennan, um, about my order."),
            ["Tom Brennan"]
        );
        assert_eq!(
            names_in("G'day, it's Bazza, Barry Dunstan, I'm after an appointment."),
            ["Bazza, Barry Dunstan"]
        );
        // a full name after "it's" leaves the words after it alone
        assert_eq!(
            names_in("Hiya, yeah, it's Gareth Pryce here, I'm ringing about Biscuit."),
            ["Gareth Pryce"]
        );
        assert_eq!(names_in("Aoife speaking, how can I help?"), ["Aoife"]);
        assert_eq!(names_in("Lucy speaking."), ["Lucy"]);
        assert!(names_in("Sales speaking, how can I help?").is_empty());
        assert_eq!(
            names_in("Yeah it's Julie Tran but everyone calls me Jules."),
            ["Jules", "Julie Tran"]
        );
        assert_eq!(
            names_in("Γεια σας, ο Μανώλης είμαι, ο Μανώλης Τζανάκης από τις Μοίρες."),
            ["Μανώλης", "Μανώλης Τζανάκης"]
        );
        // where the speaker is from, whose son they are, what they do, what they will do
        assert!(names_in("أنا سوداني، رقم إقامتي ٢٤٥ ٠٩١ ٣٣٨٥").is_empty());
        assert!(names_in("أنا السواق، رقم إقامتي اثنين أربعة").is_empty());
        assert!(names_in("אני אקריא, חמש שלוש שתיים שש").is_empty());
        assert_eq!(
            names_in("The name on it's Alasdair MacLeod."),
            ["Alasdair MacLeod"]
        );
        assert_eq!(names_in("أكيد يا رهف، وين بدك ياهن يوصلوا؟"), ["رهف"]);
        // the kunya's given name and surname, not the given name alone
        assert_eq!(
            names_in("هلا، معك أبو فهد، سليمان الحربي، أبي أطلب فسائل سكري."),
            ["أبو فهد، سليمان الحربي"]
        );
        assert_eq!(
            names_in("السلام عليكم، أنا ابنه، اسمي عبدالإله القحطاني"),
            ["عبدالإله القحطاني"]
        );
    }
}
