#!/usr/bin/env python3
"""The redaction evaluation set: data/redaction/{dev,heldout}/{en,ar,he,el}.jsonl.

Each line is one utterance to redact, as JSON:
  {"context": "...", "text": "...", "spans": [{"kind": "card", "start": 12, "end": 31}]}
`context` (optional) is the utterance said just before (by the other party: a question with a
birth cue, a self-introduction whose name is repeated back); it is not scored. `spans` are the
personal data in `text`, byte offsets into its UTF-8; a sentence with none is all non-personal
numbers (prices, quantities, durations, times, order numbers, years, dates that are not a
birth date, numbers whose check digit fails).

The HELD-OUT templates below were written first, before any rule of src/redact/, and the
rules were developed on the dev set only (the dev templates are a separate list, written
after). The personal numbers are random with valid check digits (Luhn, mod 97, Teudat
Zehut, AFM, Saudi ID), each kind written several ways: digits grouped with spaces, dashes or
dots, Arabic-Indic digits, digits spoken as words, pairs spoken as tens ("forty-one eleven"),
mixed words and digits. Deterministic: the same seed gives the same files.

Usage: benches/redaction/make_set.py [--out data/redaction]
"""
import argparse
import json
import os
import random

# ---------------------------------------------------------------- numbers with valid checks

def luhn_digit(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def rand_digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def card(rng):
    prefix = rng.choice(["4", "4", "51", "53", "55"])
    body = prefix + rand_digits(rng, 15 - len(prefix))
    return body + luhn_digit(body)


def bad_luhn(rng, n=16):
    body = rand_digits(rng, n - 1)
    good = luhn_digit(body)
    return body + str((int(good) + 1 + rng.randrange(8)) % 10)


def tz(rng):
    body = rand_digits(rng, 8)
    total = 0
    for i, c in enumerate(body):
        d = int(c) * (1 if i % 2 == 0 else 2)
        total += d if d < 10 else d - 9
    return body + str((10 - total % 10) % 10)


def afm(rng):
    body = str(rng.randrange(1, 10)) + rand_digits(rng, 7)
    total = sum(int(c) * (2 ** (8 - i)) for i, c in enumerate(body))
    return body + str(total % 11 % 10)


def saudi(rng):
    body = rng.choice("12") + rand_digits(rng, 8)
    return body + luhn_digit(body)


def ssn(rng):
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}{rng.randrange(1, 100):02d}{rng.randrange(1, 10000):04d}"


IBAN_LEN = {"GB": 22, "IL": 23, "SA": 24, "GR": 27, "DE": 22, "AE": 23, "JO": 30, "EG": 29}


def iban(rng, country):
    bban = rand_digits(rng, IBAN_LEN[country] - 4)
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return country + f"{98 - int(num) % 97:02d}" + bban


def phone(rng, lang):
    """(digits, display) for a phone of the language's countries."""
    r = rng.random
    if lang == "en":
        kind = rng.choice(["us", "uk", "us_intl"])
        if kind == "us":
            d = str(rng.randrange(2, 10)) + rand_digits(rng, 2) + str(rng.randrange(2, 10)) + rand_digits(rng, 6)
            return d, "us"
        if kind == "uk":
            return "07" + rand_digits(rng, 9), "uk"
        return "1" + str(rng.randrange(2, 10)) + rand_digits(rng, 9), "intl"
    if lang == "he":
        if r() < 0.6:
            return "05" + rng.choice("0234578") + rand_digits(rng, 7), "local"
        return "9725" + rng.choice("0234578") + rand_digits(rng, 7), "intl"
    if lang == "ar":
        kind = rng.choice(["sa", "sa_intl", "eg", "ae_intl"])
        if kind == "sa":
            return "05" + rand_digits(rng, 8), "local"
        if kind == "sa_intl":
            return "9665" + rand_digits(rng, 8), "intl"
        if kind == "eg":
            return "01" + rng.choice("0125") + rand_digits(rng, 8), "local"
        return "9715" + rand_digits(rng, 8), "intl"
    if r() < 0.4:
        return "69" + rand_digits(rng, 8), "local"
    if r() < 0.5:
        return "21" + rand_digits(rng, 8), "local"
    return "3069" + rand_digits(rng, 8), "intl"


# ---------------------------------------------------------------- writing numbers

WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "ar": ["صفر", "واحد", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"],
    "he": ["אפס", "אחת", "שתיים", "שלוש", "ארבע", "חמש", "שש", "שבע", "שמונה", "תשע"],
    "el": ["μηδέν", "ένα", "δύο", "τρία", "τέσσερα", "πέντε", "έξι", "επτά", "οκτώ", "εννέα"],
}
TENS = {
    "en": ["", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
    "ar": ["", "عشرة", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"],
    "he": ["", "עשר", "עשרים", "שלושים", "ארבעים", "חמישים", "שישים", "שבעים", "שמונים", "תשעים"],
    "el": ["", "δέκα", "είκοσι", "τριάντα", "σαράντα", "πενήντα", "εξήντα", "εβδομήντα", "ογδόντα", "ενενήντα"],
}
TEENS_EN = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TEENS_EL = ["δέκα", "έντεκα", "δώδεκα", "δεκατρία", "δεκατέσσερα", "δεκαπέντε", "δεκαέξι", "δεκαεπτά", "δεκαοκτώ", "δεκαεννέα"]
INDIC = "٠١٢٣٤٥٦٧٨٩"


def pair_words(lang, two):
    """Two digits said as one number ("41" → "forty-one"), or None where it is not said so."""
    a, b = int(two[0]), int(two[1])
    if a == 0:
        return None
    if lang == "en":
        if a == 1:
            return TEENS_EN[b]
        return TENS["en"][a] + ("-" + WORDS["en"][b] if b else "")
    if lang == "el":
        if a == 1:
            return TEENS_EL[b]
        return TENS["el"][a] + (" " + WORDS["el"][b] if b else "")
    if lang == "ar":
        if a == 1:
            return None
        return (WORDS["ar"][b] + " و" if b else "") + TENS["ar"][a]
    if lang == "he":
        if a == 1:
            return None
        return TENS["he"][a] + (" ו" + WORDS["he"][b] if b else "")
    return None


def groups(digits, sizes):
    out, at = [], 0
    for s in sizes:
        if at >= len(digits):
            break
        out.append(digits[at:at + s])
        at += s
    if at < len(digits):
        out.append(digits[at:])
    return out


def write(rng, lang, digits, mode, sizes, plus=False):
    """`digits` written in `mode`: grouped/dashes/dots/plain/indic/words/oh/pairs/mixed."""
    g = groups(digits, sizes)
    lead = "+" if plus else ""
    if mode == "grouped":
        return lead + " ".join(g)
    if mode == "dashes":
        return lead + "-".join(g)
    if mode == "dots":
        return lead + ".".join(g)
    if mode == "plain":
        return lead + digits
    if mode == "indic":
        return lead + " ".join("".join(INDIC[int(c)] for c in x) for x in g)
    plus_word = {"en": "plus", "ar": "زائد", "he": "פלוס", "el": "συν"}[lang]
    lead = plus_word + " " if plus else ""
    if mode in ("words", "oh"):
        ws = [WORDS[lang][int(c)] for c in digits]
        if mode == "oh" and lang == "en":
            ws = ["oh" if w == "zero" else w for w in ws]
            # "double five" where two digits repeat inside a group
            out, i = [], 0
            while i < len(ws):
                if i + 1 < len(ws) and ws[i] == ws[i + 1]:
                    out.append("double " + ws[i])
                    i += 2
                else:
                    out.append(ws[i])
                    i += 1
            ws = out
        return lead + " ".join(ws)
    if mode == "pairs":
        out = []
        for x in g:
            parts, i = [], 0
            while i < len(x):
                two = x[i:i + 2]
                pw = pair_words(lang, two) if len(two) == 2 else None
                if pw:
                    parts.append(pw)
                    i += 2
                else:
                    parts.append(WORDS[lang][int(x[i])])
                    i += 1
            out.append(" ".join(parts))
        return lead + (", " if lang == "en" else " ").join(out)
    if mode == "mixed":
        half = len(g) // 2
        first = " ".join(WORDS[lang][int(c)] for c in "".join(g[:half]))
        return lead + first + " " + " ".join(g[half:])
    raise ValueError(mode)


MODES = {
    "en": ["grouped", "words", "dashes", "oh", "pairs", "plain", "mixed", "dots"],
    "ar": ["grouped", "indic", "words", "plain", "pairs", "mixed", "dashes", "indic"],
    "he": ["grouped", "words", "dashes", "plain", "pairs", "mixed", "dots", "words"],
    "el": ["grouped", "words", "dots", "plain", "pairs", "mixed", "dashes", "words"],
}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
    "he": ["בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר", "בנובמבר", "בדצמבר"],
    "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
}
ORDINALS_EN = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
               "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
               "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
               "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth"]


def date(rng, lang, i, year_from=1950, year_to=2004):
    d, m, y = rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(year_from, year_to)
    forms = ["slash", "month", "dots"] + (["spoken"] if lang == "en" else ["indic" if lang == "ar" else "iso"])
    f = forms[i % len(forms)]
    if f == "slash":
        return f"{d:02d}/{m:02d}/{y}" if lang != "en" else f"{m}/{d}/{y}"
    if f == "dots":
        return f"{d}.{m}.{y}"
    if f == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if f == "indic":
        return "/".join("".join(INDIC[int(c)] for c in s) for s in (str(d), str(m), str(y)))
    if f == "spoken":
        yy = f"nineteen {pair_words('en', str(y)[2:])}" if y < 2000 else f"two thousand {WORDS['en'][y % 10]}"
        return f"{MONTHS['en'][m - 1]} {ORDINALS_EN[d - 1]}, {yy}"
    if lang == "en":
        return f"{MONTHS['en'][m - 1]} {d}, {y}" if rng.random() < 0.5 else f"{d} {MONTHS['en'][m - 1]} {y}"
    return f"{d} {MONTHS[lang][m - 1]} {y}"


NAMES = {
    "heldout": {
        "en": ["Margaret Oyelaran", "Tomasz Wierzbicki", "Priya Natarajan", "Declan Moriarty", "Keisha Thornton", "Ravi Chaudhary"],
        "ar": ["خالد العتيبي", "نورة الشمري", "يوسف حداد", "ريم السيد", "عبد الرحمن الزهراني", "هالة منصور"],
        "he": ["אביגיל שטרן", "מתן אזולאי", "נועה ברקוביץ", "אלעד פרץ", "שירה גולדמן", "יונתן מזרחי"],
        "el": ["Ευαγγελία Κωνσταντίνου", "Σπύρος Αλεξίου", "Δήμητρα Νικολάου", "Παναγιώτης Σταύρου", "Αθηνά Μαυρίδη", "Στέλιος Καραγιάννης"],
    },
    "dev": {
        "en": ["Dana Whitfield", "Omar Haddad", "Lucy Brennan", "George Mills", "Hannah Osei", "Peter Novak"],
        "ar": ["أحمد القحطاني", "فاطمة الزهراء", "محمد علي", "سارة الحربي", "عمر خليل", "ليلى عبد الله"],
        "he": ["דני כהן", "מיכל לוי", "יוסי אברהם", "רונית פרידמן", "אורי שפירא", "תמר רוזן"],
        "el": ["Γιώργος Παπαδόπουλος", "Μαρία Ιωάννου", "Νίκος Γεωργίου", "Ελένη Δημητρίου", "Κώστας Βασιλείου", "Σοφία Λαμπράκη"],
    },
}

ADDRESSES = {
    "heldout": {
        "en": ["27 Kingsley Road, Leeds", "4410 Maple Grove Avenue, Denver", "Flat 3, 19 Harbour Street, Bristol"],
        "ar": ["شارع التحلية، حي السليمانية، الرياض", "١٨ شارع الجامعة، عمّان", "فيلا 22 شارع الوصل، دبي"],
        "he": ["רחוב ביאליק 31, רמת גן", "שדרות ירושלים 8, יפו", "רחוב הנביאים 40 דירה 5, ירושלים"],
        "el": ["οδός Ερμού 56, Αθήνα", "Λεωφόρος Νίκης 12, Θεσσαλονίκη", "Πατησίων 101, Αθήνα"],
    },
    "dev": {
        "en": ["12 Baker Street, London", "880 Elm Drive, Austin", "22 Station Road, Manchester"],
        "ar": ["شارع الملك فهد، الرياض", "٧ شارع الرشيد، بغداد", "عمارة 5 شارع الهرم، الجيزة"],
        "he": ["רחוב הרצל 14, תל אביב", "רחוב ויצמן 3, חיפה", "שדרות רוטשילד 50, תל אביב"],
        "el": ["οδός Σταδίου 10, Αθήνα", "Τσιμισκή 44, Θεσσαλονίκη", "οδός Κορίνθου 7, Πάτρα"],
    },
}

EMAILS = {
    "heldout": ["m.oyelaran@fastmail.co.uk", "khalid_otb@gmail.com", "avigail.stern@walla.co.il", "spyros.alexiou@otenet.gr", "r.chaudhary99@outlook.com"],
    "dev": ["dana.w@example.com", "ahmed.q@mail.sa", "dani.cohen@gmail.com", "g.papad@yahoo.gr", "lucy_b@hotmail.co.uk"],
}

# ---------------------------------------------------------------- templates
# A template is text with slots {CARD} {PHONE} {ID} {SSN} {IBAN} {EMAIL} {NAME} {FIRST}
# {DOB} {ADDRESS} (personal) and {PRICE} {BIG} {DATE} {ORDER} {BADCARD} {YEAR} (not).
# "context|text" gives the utterance before. Held-out templates were written first.

TEMPLATES = {"heldout": {}, "dev": {}}

TEMPLATES["heldout"]["en"] = [
    "Sure, the card I'd like to use is {CARD}.",
    "It's {CARD}, expiry next March.",
    "Okay so the long number on the front is {CARD}",
    "Can you charge it to {CARD} please?",
    "You can reach me on {PHONE} after six.",
    "My mobile is {PHONE}.",
    "Best number for a callback would be {PHONE}, thanks.",
    "What's a good number to reach you on?|That'd be {PHONE}",
    "My social security number is {SSN}.",
    "The SSN on the account should be {SSN}",
    "Please send the refund to my IBAN, {IBAN}.",
    "The account is {IBAN}",
    "It's {EMAIL}, all lower case.",
    "Send the confirmation to {EMAIL} please.",
    "Hi, my name is {NAME} and I'm calling about my bill.",
    "Hello, this is {NAME}.",
    "Yes, I'm {NAME}, the account holder.",
    "My name is {NAME}.|Thanks {FIRST}, let me pull that up.",
    "I was born on {DOB}.",
    "My date of birth is {DOB}",
    "Can you confirm your date of birth?|Yes, it's {DOB}.",
    "I live at {ADDRESS}.",
    "My address is {ADDRESS}.",
    "The new plan is {PRICE} a month, down from {PRICE}.",
    "I've been waiting for two hours and this is my third call this week.",
    "Your order number is {ORDER}, it ships in 3 to 5 working days.",
    "We close at 5:30 and open again at nine tomorrow.",
    "I paid {PRICE} for the router back in {YEAR}.",
    "Can I call you back at four thirty?",
    "The contract is 24 months and you've used 18 of them.",
    "Your tracking number is {BADCARD}.",
    "The invoice is dated {DATE} and the total was {PRICE}.",
    "We've had 1,250,000 customers sign up since {YEAR}.",
    "I need 3 more SIM cards for my 2 kids.",
    "The download speed dropped from 500 to 40 megabits.",
    "Ticket {ORDER} was opened on {DATE}.",
    "It's been forty-five minutes and I've been transferred twice.",
    "Reference {BADCARD}, it says on the letter.",
]

TEMPLATES["heldout"]["ar"] = [
    "رقم البطاقة {CARD}",
    "تفضل، البطاقة اللي أبغى أدفع فيها {CARD}",
    "الرقم المكتوب على البطاقة هو {CARD} وتاريخ الانتهاء الشهر الجاي",
    "اخصم المبلغ من بطاقتي {CARD} لو سمحت",
    "رقم جوالي {PHONE}",
    "تقدر تتصل علي على الرقم {PHONE} بعد المغرب",
    "ممكن رقم للتواصل؟|أكيد، {PHONE}",
    "رقم الهوية الوطنية {SAID}",
    "رقم الإقامة حقي {IQAMA}",
    "رقم الآيبان {IBAN}",
    "حول المبلغ على حسابي {IBAN} من فضلك",
    "إيميلي {EMAIL}",
    "ابعث التأكيد على البريد {EMAIL}",
    "مرحبا، اسمي {NAME} وعندي مشكلة في الفاتورة",
    "أنا {NAME}، صاحب الحساب",
    "اسمي {NAME}|أهلاً {FIRST}، لحظة أشوف حسابك",
    "تاريخ الميلاد {DOB}",
    "أنا من مواليد {DOB}",
    "ممكن تاريخ ميلادك؟|{DOB}",
    "عنواني {ADDRESS}",
    "أسكن في {ADDRESS}",
    "الباقة الجديدة بـ {PRICE} في الشهر",
    "انتظرت ساعتين على الخط وهذي ثالث مرة أتصل",
    "رقم الطلب {ORDER} وبيوصلك خلال ٣ أيام",
    "نسكر الساعة ٩ ونفتح الساعة ٨ الصبح",
    "دفعت {PRICE} على الراوتر سنة {YEAR}",
    "العقد ٢٤ شهر وباقي منه ٦ شهور",
    "رقم الشحنة {BADCARD}",
    "الفاتورة بتاريخ {DATE} والمبلغ {PRICE}",
    "عندنا أكثر من 1,500,000 مشترك",
    "أبغى ثلاث شرائح زيادة لعيالي",
    "السرعة نزلت من ١٠٠ إلى ١٠ ميجا",
    "رقم التذكرة {ORDER} وانفتحت بتاريخ {DATE}",
    "صار لي خمسة وأربعين دقيقة أنتظر",
    "المرجع {BADCARD} مكتوب في الرسالة",
]

TEMPLATES["heldout"]["he"] = [
    "מספר הכרטיס {CARD}",
    "כן, הכרטיס שאני רוצה לשלם בו הוא {CARD}",
    "תחייבי את {CARD} בבקשה",
    "המספר על הכרטיס {CARD} והתוקף בעוד שנה",
    "הטלפון שלי {PHONE}",
    "אפשר לחזור אליי למספר {PHONE} אחרי שש",
    "לאיזה מספר לחזור אלייך?|{PHONE}",
    "תעודת זהות {TZ}",
    "מספר הזהות שלי הוא {TZ}",
    "מה מספר תעודת הזהות?|{TZ}",
    "תעבירו את ההחזר לחשבון {IBAN}",
    "מספר ה-IBAN שלי {IBAN}",
    "המייל שלי {EMAIL}",
    "שלחו את האישור ל-{EMAIL}",
    "שלום, שמי {NAME} ואני מתקשר בקשר לחשבונית",
    "קוראים לי {NAME}",
    "שמי {NAME}|תודה {FIRST}, רגע אני בודקת",
    "תאריך הלידה שלי {DOB}",
    "נולדתי ב-{DOB}",
    "מה תאריך הלידה?|{DOB}",
    "הכתובת שלי היא {ADDRESS}",
    "אני גר ב{ADDRESS}",
    "החבילה החדשה עולה {PRICE} לחודש",
    "אני מחכה כבר שעתיים וזו השיחה השלישית שלי השבוע",
    "מספר ההזמנה {ORDER} והיא תגיע תוך 3 ימי עסקים",
    "אנחנו סוגרים ב-17:30 ופותחים מחר בתשע",
    "שילמתי {PRICE} על הראוטר ב-{YEAR}",
    "ההתחייבות היא ל-24 חודשים ונשארו 6",
    "מספר המשלוח {BADCARD}",
    "החשבונית מתאריך {DATE} והסכום {PRICE}",
    "יש לנו יותר מ-1,200,000 לקוחות",
    "אני צריך עוד 3 כרטיסי סים לילדים",
    "המהירות ירדה מ-500 ל-40 מגה",
    "פנייה מספר {ORDER} נפתחה ב-{DATE}",
    "אני מחכה כבר ארבעים וחמש דקות",
]

TEMPLATES["heldout"]["el"] = [
    "Ο αριθμός της κάρτας είναι {CARD}",
    "Ναι, η κάρτα που θέλω να χρησιμοποιήσω είναι {CARD}",
    "Χρεώστε την {CARD} παρακαλώ",
    "Ο αριθμός μπροστά στην κάρτα είναι {CARD} και λήγει του χρόνου",
    "Το κινητό μου είναι {PHONE}",
    "Μπορείτε να με πάρετε στο {PHONE} μετά τις έξι",
    "Σε ποιο τηλέφωνο να σας καλέσουμε;|Στο {PHONE}",
    "Το ΑΦΜ μου είναι {AFM}",
    "Ο αριθμός φορολογικού μητρώου είναι {AFM}",
    "Μου λέτε το ΑΦΜ σας;|{AFM}",
    "Βάλτε την επιστροφή στο IBAN {IBAN}",
    "Ο λογαριασμός μου είναι {IBAN}",
    "Το email μου είναι {EMAIL}",
    "Στείλτε την επιβεβαίωση στο {EMAIL}",
    "Καλησπέρα, με λένε {NAME} και καλώ για τον λογαριασμό",
    "Λέγομαι {NAME}",
    "Ονομάζομαι {NAME}|Ευχαριστώ {FIRST}, μια στιγμή να δω",
    "Η ημερομηνία γέννησής μου είναι {DOB}",
    "Γεννήθηκα στις {DOB}",
    "Ποια είναι η ημερομηνία γέννησής σας;|{DOB}",
    "Η διεύθυνσή μου είναι {ADDRESS}",
    "Μένω στην {ADDRESS}",
    "Το νέο πακέτο κοστίζει {PRICE} τον μήνα",
    "Περιμένω δύο ώρες και είναι το τρίτο μου τηλεφώνημα",
    "Ο αριθμός παραγγελίας είναι {ORDER} και φτάνει σε 3 με 5 εργάσιμες",
    "Κλείνουμε στις 17:30 και ανοίγουμε αύριο στις εννιά",
    "Πλήρωσα {PRICE} για το ρούτερ το {YEAR}",
    "Το συμβόλαιο είναι 24 μήνες και έχουν περάσει 18",
    "Ο αριθμός αποστολής είναι {BADCARD}",
    "Το τιμολόγιο έχει ημερομηνία {DATE} και ποσό {PRICE}",
    "Έχουμε πάνω από 1.200.000 συνδρομητές",
    "Θέλω άλλες 3 κάρτες SIM για τα παιδιά",
    "Η ταχύτητα έπεσε από 100 σε 24 Mbps",
    "Το αίτημα {ORDER} ανοίχτηκε στις {DATE}",
    "Περιμένω σαράντα πέντε λεπτά στη γραμμή",
]

TEMPLATES["dev"]["en"] = [
    "My card number is {CARD}.",
    "Let me read it out, {CARD}",
    "Use the Visa ending, no wait, the whole thing is {CARD}",
    "Phone number is {PHONE}.",
    "Call me back on {PHONE} please.",
    "Can I get a contact number?|Yeah, {PHONE}",
    "SSN {SSN}",
    "Social security is {SSN}, I think.",
    "My IBAN is {IBAN}.",
    "Email me at {EMAIL}.",
    "My name is {NAME}.",
    "This is {NAME} calling from home.",
    "I'm {NAME}.|Okay {FIRST}, one moment.",
    "Date of birth {DOB}.",
    "I was born {DOB}",
    "And your date of birth?|{DOB}",
    "My address is {ADDRESS}.",
    "I live at {ADDRESS}",
    "That comes to {PRICE} including tax.",
    "The promotion lasts 30 days and costs {PRICE}.",
    "I'll call at 3:30 tomorrow.",
    "Order {ORDER} has 4 items.",
    "Since {YEAR} I've paid {PRICE} every month.",
    "Your claim number is {BADCARD}.",
    "The bill from {DATE} says {PRICE}.",
    "We have 2,400,000 subscribers and 12 shops.",
    "I waited fifty minutes and called three times.",
]

TEMPLATES["dev"]["ar"] = [
    "رقم بطاقتي {CARD}",
    "البطاقة {CARD}",
    "خذ رقم البطاقة، {CARD}",
    "رقم الجوال {PHONE}",
    "اتصل على {PHONE}",
    "وش رقم التواصل؟|{PHONE}",
    "رقم هويتي {SAID}",
    "الإقامة رقمها {IQAMA}",
    "الآيبان حقي {IBAN}",
    "بريدي الإلكتروني {EMAIL}",
    "اسمي {NAME}",
    "معك {NAME}",
    "اسمي {NAME}|تمام يا {FIRST}، لحظة",
    "تاريخ ميلادي {DOB}",
    "مواليد {DOB}",
    "تاريخ الميلاد لو سمحت؟|{DOB}",
    "العنوان {ADDRESS}",
    "عنواني {ADDRESS}",
    "السعر {PRICE} شامل الضريبة",
    "العرض لمدة ٣٠ يوم",
    "بتصل الساعة ٤:٣٠",
    "الطلب رقم {ORDER} فيه ٤ قطع",
    "من سنة {YEAR} وأنا أدفع {PRICE}",
    "رقم المطالبة {BADCARD}",
    "فاتورة {DATE} فيها {PRICE}",
    "انتظرت خمسين دقيقة",
]

TEMPLATES["dev"]["he"] = [
    "מספר כרטיס האשראי שלי {CARD}",
    "הכרטיס {CARD}",
    "רשמי, {CARD}",
    "מספר הטלפון {PHONE}",
    "תתקשרו אליי ל-{PHONE}",
    "מספר ליצירת קשר?|{PHONE}",
    "ת.ז. {TZ}",
    "מספר זהות {TZ}",
    "ה-IBAN שלי {IBAN}",
    "האימייל {EMAIL}",
    "שמי {NAME}",
    "השם שלי {NAME}",
    "קוראים לי {NAME}|בסדר {FIRST}, רגע",
    "תאריך לידה {DOB}",
    "נולדתי {DOB}",
    "ותאריך הלידה?|{DOB}",
    "הכתובת {ADDRESS}",
    "אני גרה ב{ADDRESS}",
    "זה עולה {PRICE} כולל מע\"מ",
    "המבצע ל-30 יום",
    "אתקשר ב-15:30",
    "הזמנה {ORDER} עם 4 פריטים",
    "מאז {YEAR} אני משלם {PRICE}",
    "מספר התביעה {BADCARD}",
    "החשבון מ-{DATE} הוא {PRICE}",
    "חיכיתי חמישים דקות",
]

TEMPLATES["dev"]["el"] = [
    "Ο αριθμός κάρτας μου είναι {CARD}",
    "Η κάρτα είναι {CARD}",
    "Γράψτε, {CARD}",
    "Το τηλέφωνό μου είναι {PHONE}",
    "Πάρτε με στο {PHONE}",
    "Ένα τηλέφωνο επικοινωνίας;|{PHONE}",
    "ΑΦΜ {AFM}",
    "Ο ΑΦΜ είναι {AFM}",
    "Το IBAN μου {IBAN}",
    "Το ηλεκτρονικό μου ταχυδρομείο είναι {EMAIL}",
    "Με λένε {NAME}",
    "Το όνομά μου είναι {NAME}",
    "Λέγομαι {NAME}|Εντάξει {FIRST}, ένα λεπτό",
    "Ημερομηνία γέννησης {DOB}",
    "Γεννήθηκα {DOB}",
    "Και η ημερομηνία γέννησης;|{DOB}",
    "Η διεύθυνση είναι {ADDRESS}",
    "Μένω στο {ADDRESS}",
    "Κοστίζει {PRICE} με ΦΠΑ",
    "Η προσφορά ισχύει 30 ημέρες",
    "Θα καλέσω στις 15:30",
    "Η παραγγελία {ORDER} έχει 4 τεμάχια",
    "Από το {YEAR} πληρώνω {PRICE}",
    "Ο αριθμός αποζημίωσης είναι {BADCARD}",
    "Ο λογαριασμός της {DATE} γράφει {PRICE}",
    "Περίμενα πενήντα λεπτά",
]

PRICES = {
    "en": lambda r: r.choice([f"${r.randrange(10, 200)}.{r.randrange(0, 100):02d}", f"{r.randrange(10, 90)} dollars", f"£{r.randrange(5, 80)}", f"{r.randrange(100, 2000)} pounds"]),
    "ar": lambda r: r.choice([f"{''.join(INDIC[int(c)] for c in str(r.randrange(10, 500)))} ريال", f"{r.randrange(10, 900)} ريال", f"{r.randrange(50, 999)} جنيه"]),
    "he": lambda r: r.choice([f"{r.randrange(20, 400)} ש\"ח", f"₪{r.randrange(20, 900)}", f"{r.randrange(20, 200)} שקל"]),
    "el": lambda r: r.choice([f"{r.randrange(10, 90)},{r.randrange(0, 100):02d} ευρώ", f"€{r.randrange(10, 500)}", f"{r.randrange(10, 90)} ευρώ"]),
}


# ---------------------------------------------------------------- rendering

def render(rng, lang, setname, template, n):
    """(context, text, spans) for one template instance; n picks the writing mode."""
    parts = template.split("|")
    context, body = (parts[0], parts[1]) if len(parts) == 2 else (None, parts[0])
    names = NAMES[setname][lang]
    name = names[n % len(names)]
    if context is not None and "{NAME}" in context:
        context = context.replace("{NAME}", name)
    modes = MODES[lang]
    mode = modes[n % len(modes)]
    text, spans = "", []
    i = 0
    while i < len(body):
        if body[i] != "{":
            text += body[i]
            i += 1
            continue
        j = body.index("}", i)
        slot = body[i + 1:j]
        i = j + 1
        kind, value = None, None
        if slot == "CARD":
            kind, value = "card", write(rng, lang, card(rng), mode, [4, 4, 4, 4])
        elif slot == "PHONE":
            d, shape = phone(rng, lang)
            intl = shape == "intl"
            digits = d
            if lang == "en" and shape == "us":
                sizes = [3, 3, 4]
            elif lang == "en" and shape == "uk":
                sizes = [5, 6]
            elif intl:
                cc = 1 if d.startswith("1") else (2 if d.startswith("30") else 3)
                sizes = [cc, 2, 3, 4] if cc > 1 else [1, 3, 3, 4]
            else:
                sizes = [3, 3, 4] if lang != "ar" or not d.startswith("01") else [3, 4, 4]
            m = mode if mode != "pairs" else "words"
            kind, value = "phone", write(rng, lang, digits, m, sizes, plus=intl)
            if lang == "en" and shape == "us" and m == "grouped":
                g = groups(d, sizes)
                value = f"({g[0]}) {g[1]}-{g[2]}"
        elif slot in ("SSN", "TZ", "AFM", "SAID", "IQAMA"):
            number = {"SSN": ssn, "TZ": tz, "AFM": afm, "SAID": saudi, "IQAMA": saudi}[slot](rng)
            if slot == "SAID":
                number = "1" + number[1:-1]
                number += luhn_digit(number)
            if slot == "IQAMA":
                number = "2" + number[1:-1]
                number += luhn_digit(number)
            sizes = [3, 2, 4] if slot == "SSN" else [3, 3, 3] if len(number) == 9 else [4, 3, 3]
            m = mode if mode != "pairs" else "words"
            kind, value = "id", write(rng, lang, number, m, sizes)
        elif slot == "IBAN":
            country = {"en": rng.choice(["GB", "DE"]), "ar": rng.choice(["SA", "AE", "JO", "EG"]), "he": "IL", "el": "GR"}[lang]
            ib = iban(rng, country)
            kind = "iban"
            if n % 3 == 2 and lang == "ar":
                value = ib[:4] + " " + " ".join("".join(INDIC[int(c)] for c in g) for g in groups(ib[4:], [4] * 8))
            elif n % 3 == 1:
                value = ib
            else:
                value = " ".join(groups(ib, [4] * 9))
        elif slot == "EMAIL":
            kind, value = "email", EMAILS[setname][n % len(EMAILS[setname])]
        elif slot == "NAME":
            kind, value = "name", name
        elif slot == "FIRST":
            kind, value = "name", name.split()[0] if lang != "ar" or not name.startswith("عبد") else " ".join(name.split()[:2])
        elif slot == "DOB":
            kind, value = "date_of_birth", date(rng, lang, n)
        elif slot == "ADDRESS":
            addrs = ADDRESSES[setname][lang]
            kind, value = "address", addrs[n % len(addrs)]
        elif slot == "PRICE":
            value = PRICES[lang](rng)
        elif slot == "DATE":
            value = date(rng, lang, n + 1, 2019, 2026)
        elif slot == "ORDER":
            value = str(rng.randrange(100000, 99999999))
            if lang == "ar" and n % 2:
                value = "".join(INDIC[int(c)] for c in value)
        elif slot == "BADCARD":
            value = " ".join(groups(bad_luhn(rng), [4, 4, 4, 4]))
        elif slot == "YEAR":
            value = str(rng.randrange(2005, 2026))
        else:
            raise ValueError(slot)
        if kind:
            start = len(text.encode())
            spans.append({"kind": kind, "start": start, "end": start + len(value.encode())})
        text += value
    return context, text, spans


# ---------------------------------------------------------------- hand-written ("wild")
# Sentences written by hand, after the rules, in the ways Whisper and people write numbers
# that the generator does not produce; never used to tune the rules (reported as they come).
# [[kind|text]] marks a personal span; "context|text" as above.

WILD = {
    "en": [
        "yeah it's [[card|4111, 1111, 1111, 1111]] and the expiry is 09/27",
        "the number is [[card|4-1-1-1 1-1-1-1 1-1-1-1 1-1-1-1]]",
        "so that's [[card|five five five five, five five five five, five five five five, four four four four]]",
        "my cell is [[phone|(646) 555-0123]], or the office",
        "you can text me at [[phone|zero seven seven double oh, nine double oh one two three]]",
        "I'm on [[phone|+44 20 7946 0958]] during the day",
        "my social is [[id|078-05-1120]]",
        "It's [[email|j.smith@company.org]].",
        "Good morning, my name is [[name|Aisha Rahman]], I'm calling about a refund.",
        "My name is Tom Baker.|Okay [[name|Tom]], and what's the postcode?",
        "we were promised 100 megabits for 29.99 a month",
        "I've called 6 times in 3 weeks and waited 45 minutes each time",
        "it was order 5521, placed on March 3rd",
        "the fee went up by 12 percent in 2024",
        "I was born [[date_of_birth|July 4th, 1976]]",
        "Can I have your date of birth?|the [[date_of_birth|2nd of May 1988]]",
    ],
    "ar": [
        "رقم البطاقة [[card|٤١١١-١١١١-١١١١-١١١١]]",
        "رقمي [[phone|٠٥٥ ٥١٢ ٣٤٥٦]] اتصل علي بعدين",
        "الجوال [[phone|+966 55 512 3456]]",
        "رقم الهوية [[id|1000000008]]",
        "اسمي [[name|محمد]] ومعي مشكلة بالفاتورة",
        "اسمي سلمان الدوسري|أهلاً أستاذ [[name|سلمان]]، كيف أقدر أخدمك؟",
        "دفعت ٢٥٠ ريال الشهر الماضي و٣٠٠ ريال هذا الشهر",
        "الفني جاء الساعة ١٠ وراح الساعة ١٢",
        "عندي ٣ خطوط وكل خط ب ٩٩ ريال",
        "انتظرت ٤٥ دقيقة على الخط",
        "تاريخ ميلادي [[date_of_birth|١٩٩٠/٠٥/١٤]]",
        "إيميلي [[email|m.harbi@outlook.sa]]",
    ],
    "he": [
        "מספר כרטיס [[card|4580 1234 5678 9015]]",
        "הנייד שלי [[phone|052-555-1234]]",
        "תתקשרו ל[[phone|03-6123456]] בבוקר",
        "ת\"ז [[id|000000018]]",
        "שמי [[name|רותם]] ואני לקוחה כבר שנים",
        "קוראים לי אבי גבאי|שלום [[name|אבי]], איך אפשר לעזור?",
        "שילמתי 199 ש\"ח ועוד 50 ש\"ח דמי משלוח",
        "הטכנאי הגיע ב-10 ויצא ב-12",
        "יש לי 3 קווים והחבילה היא 59.90",
        "אני מחכה 40 דקות",
        "נולדתי ב-[[date_of_birth|3.7.1982]]",
        "המייל [[email|rotem.levi@gmail.com]]",
    ],
    "el": [
        "Η κάρτα μου είναι [[card|4111 1111 1111 1111]]",
        "Το κινητό μου [[phone|697 123 4567]]",
        "Στο σταθερό [[phone|210 3456789]]",
        "ΑΦΜ [[id|094019245]]",
        "Με λένε [[name|Ιωάννη Ραφαηλίδη]] και έχω θέμα με τον λογαριασμό",
        "Λέγομαι Άννα Κυριακού|Καλησπέρα κυρία [[name|Κυριακού]]",
        "Πλήρωσα 45 ευρώ και άλλα 12,50 ευρώ",
        "Ο τεχνικός ήρθε στις 10 και έφυγε στις 12",
        "Έχω 3 γραμμές των 25 ευρώ",
        "Περιμένω 40 λεπτά",
        "Γεννήθηκα στις [[date_of_birth|14/05/1979]]",
        "Το email μου [[email|anna.k@otenet.gr]]",
    ],
}

# A second hand-written set, written after the first one was scored, before any change.
WILD2 = {
    "en": [
        "ok the card is [[card|4532 0151 1283 0366]], exp twelve twenty six, security code 123",
        "it's [[card|four five three two, zero one five one, one two eight three, zero three six six]]",
        "I can give you my home number, it's [[phone|020 7946 0018]]",
        "reach me at [[phone|five five five, eight six seven, five three oh nine]]",
        "Social security number, [[id|five three six, two two, one four three seven]].",
        "My IBAN is [[iban|GB29 NWBK 6016 1331 9268 19]].",
        "sure, it's [[email|peter.o'neil@bt.com]]",
        "My name's [[name|Gareth Evans]], account holder.",
        "The router was 79 pounds and delivery took 5 days.",
        "I'll be home from 2 to 4 pm on the 14th.",
        "We've been customers for 12 years, since 2013.",
        "The outage lasted 36 hours and affected 12,000 homes.",
        "I'd like to upgrade to the 500 megabit plan for 45 a month.",
        "I live at [[address|221B Baker Street, London]].",
        "DOB is [[date_of_birth|3/14/1992]]",
    ],
    "ar": [
        "رقم البطاقة [[card|أربعة خمسة ثلاثة اثنين صفر واحد خمسة واحد واحد اثنين ثمانية ثلاثة صفر ثلاثة ستة ستة]]",
        "الرقم [[phone|٠١٠٠ ١٢٣ ٤٥٦٧]] هذا رقم الواتساب",
        "رقم جوالي [[phone|0551234567]]",
        "الآيبان [[iban|SA44 2000 0001 2345 6789 1234]]",
        "اسمي [[name|نورة]]",
        "دفعت ١٥٠ جنيه للفني",
        "الخدمة انقطعت ٣ أيام",
        "عندي ٤ أجهزة متصلة",
        "عنواني [[address|حي النزهة شارع ١٥ بيت ٢٢]]",
        "أنا مواليد [[date_of_birth|١٩٨٧]]",
    ],
    "he": [
        "כרטיס אשראי [[card|ארבע חמש שלוש שתיים, אפס אחת חמש אחת, אחת שתיים שמונה שלוש, אפס שלוש שש שש]]",
        "הטלפון [[phone|+972-54-7654321]]",
        "ת.ז שלי [[id|אחת שתיים שלוש ארבע חמש שש שבע שמונה שתיים]]",
        "IBAN [[iban|IL62 0108 0000 0009 9999 999]]",
        "שמי [[name|יעל]]",
        "החבילה עולה 89 שקלים לחודש ל-12 חודשים",
        "אני לקוח כבר 15 שנה",
        "הייתה תקלה של 3 ימים",
        "הכתובת שלי [[address|רחוב אלנבי 99, תל אביב]]",
        "תאריך לידה [[date_of_birth|01/01/1990]]",
    ],
    "el": [
        "Η κάρτα [[card|τέσσερα πέντε τρία δύο μηδέν ένα πέντε ένα ένα δύο οκτώ τρία μηδέν τρία έξι έξι]]",
        "Το τηλέφωνο [[phone|+30 210 1234567]]",
        "Ο ΑΦΜ μου [[id|090000045]]",
        "IBAN [[iban|GR16 0110 1250 0000 0001 2300 695]]",
        "Με λένε [[name|Μαρία]]",
        "Το πακέτο κοστίζει 30 ευρώ για 12 μήνες",
        "Είμαι πελάτης 10 χρόνια",
        "Η βλάβη κράτησε 3 μέρες",
        "Η διεύθυνσή μου είναι [[address|Αριστοτέλους 15, Θεσσαλονίκη]]",
        "Ημερομηνία γέννησης [[date_of_birth|1 Ιανουαρίου 1990]]",
    ],
}


def wild_rows(lang, table=None):
    rows = []
    for line in (table or WILD)[lang]:
        parts = line.split("|", 1) if not line.startswith("[[") and "|" in line.split("[[")[0] else [line]
        context, body = (parts[0], parts[1]) if len(parts) == 2 else (None, parts[0])
        text, spans, i = "", [], 0
        while i < len(body):
            if body.startswith("[[", i):
                j = body.index("]]", i)
                kind, value = body[i + 2:j].split("|", 1)
                start = len(text.encode())
                spans.append({"kind": kind, "start": start, "end": start + len(value.encode())})
                text += value
                i = j + 2
            else:
                text += body[i]
                i += 1
        row = {"text": text, "spans": spans}
        rows.append({"context": context, **row} if context else row)
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "..", "data", "redaction"))
    args = ap.parse_args()
    for setname, seed in (("heldout", 2101), ("dev", 2102)):
        for lang, templates in TEMPLATES[setname].items():
            rng = random.Random(f"{seed}-{lang}")
            rows = []
            for rep in range(6 if setname == "heldout" else 4):
                for t, template in enumerate(templates):
                    context, text, spans = render(rng, lang, setname, template, rep * len(templates) + t + rep)
                    row = {"text": text, "spans": spans}
                    if context is not None:
                        row = {"context": context, **row}
                    rows.append(row)
            path = os.path.join(args.out, setname, f"{lang}.jsonl")
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                for row in rows:
                    f.write(json.dumps(row, ensure_ascii=False) + "\n")
            print(f"{path}: {len(rows)} sentences, {sum(len(r['spans']) for r in rows)} personal spans")
    for name, table in (("wild", WILD), ("wild2", WILD2)):
        for lang in table:
            path = os.path.join(args.out, name, f"{lang}.jsonl")
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                for row in wild_rows(lang, table):
                    f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
