#!/usr/bin/env python3
"""Writes data/redaction/blind/<lang>.jsonl: sentences written by hand by the lead, who had
read the README's list of kinds and cues but not the rules' code, in the forms callers say
and speech recognisers write them, scored once as they were written (the README's figures
are that first run) and never used to change the rules; two gold spans were corrected after
that run, not the rules: "the" before a spoken date and the Hebrew prefix ב ("in") before a
street are not personal data. Personal numbers get valid check digits computed here;
`[[kind|text]]` marks a personal span (kinds as `calltone redact --json` names them).

Usage: benches/redaction/make_blind.py   (deterministic; rewrites the four files)
"""
import json
import os
import re

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")


def luhn_complete(prefix):
    """`prefix` + the Luhn check digit."""
    digits = [int(c) for c in prefix]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return prefix + str((10 - total % 10) % 10)


def tz_complete(prefix8):
    """Israeli Teudat Zehut: 8 digits + check (weights 1,2,1,2…, digit sums)."""
    total = 0
    for i, c in enumerate(prefix8):
        d = int(c) * (1 if i % 2 == 0 else 2)
        total += d - 9 if d > 9 else d
    return prefix8 + str((10 - total % 10) % 10)


def afm_complete(prefix8):
    """Greek AFM: 8 digits + check (sum of d·2^(8-i) mod 11 mod 10)."""
    total = sum(int(c) * 2 ** (8 - i) for i, c in enumerate(prefix8))
    return prefix8 + str(total % 11 % 10)


def saudi_complete(prefix9):
    """Saudi national ID / Iqama: 9 digits (first 1 or 2) + a Luhn-style check."""
    return luhn_complete(prefix9)


CARD_EN = luhn_complete("549103881274560")
CARD_AR = luhn_complete("453914880343646")
CARD_HE = luhn_complete("458012345678901")
CARD_EL = luhn_complete("491633864297125")
TZ = tz_complete("31246805")
AFM = afm_complete("09425921")
SAUDI = saudi_complete("108234567")

WORDS = {
    "en": "zero one two three four five six seven eight nine".split(),
    "ar": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "he": "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split(),
    "el": "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννιά".split(),
}
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def said(lang, digits, group=4, sep=", "):
    """Digits said one by one, in groups."""
    words = [WORDS[lang][int(c)] for c in digits]
    return sep.join(" ".join(words[i:i + group]) for i in range(0, len(words), group))


def grouped(digits, group=4, sep=" "):
    return sep.join(digits[i:i + group] for i in range(0, len(digits), group))


SENTENCES = {
    "en": [
        f"yeah the card is [[card|{grouped(CARD_EN, sep='-')}]] and it expires in May",
        f"okay it's [[card|{said('en', CARD_EN)}]]",
        "you can reach me on [[phone|oh seven seven double oh, nine eight one, two three four]]",
        "best number is [[phone|+1 415 555 0132]] after six",
        "my email is [[email|j.smith84@gmail.com]]",
        "I was born on the [[date_of_birth|third of March nineteen eighty four]]",
        "the name's [[name|Robert Johnson]], I've been a customer for years",
        "my social is [[id|456-78-1234]]",
        "the IBAN is [[iban|GB82 WEST 1234 5698 7654 32]]",
        "I live at [[address|42 Elm Street]], apartment 3",
        "the plan is 49.99 a month and you get 3 months free",
        "your order number is 88231 and it ships in 2 to 3 days",
        "I called at 4:30 and waited 45 minutes on hold",
        "we have 2 lines and I used about 15 gigabytes last month",
    ],
    "ar": [
        f"رقم البطاقة [[card|{grouped(CARD_AR)}]]",
        f"البطاقة [[card|{said('ar', CARD_AR, sep='، ')}]]",
        "رقمي [[phone|صفر خمسة خمسة، واحد اثنين ثلاثة، أربعة خمسة ستة سبعة]]",
        "جوالي [[phone|+966 50 123 4567]]",
        "اسمي [[name|محمد العتيبي]] وعندي مشكلة في الفاتورة",
        f"رقم الهوية [[id|{SAUDI.translate(ARABIC_INDIC)}]]",
        "الإيميل تبعي [[email|ahmad.k@hotmail.com]]",
        "تاريخ ميلادي [[date_of_birth|١٥/٣/١٩٩٠]]",
        "أسكن في [[address|شارع الملك فهد]]، حي العليا",
        "الآيبان [[iban|SA03 8000 0000 6080 1016 7519]]",
        "الاشتراك بمئة وعشرين ريال في الشهر",
        "انتظرت ساعتين ونص على الخط",
        "الطلب رقم ٤٥٦٧٨ وصل بعد ثلاثة أيام",
        "عندي ٣ خطوط وأدفع ٢٠٠ ريال",
    ],
    "he": [
        f"מספר הכרטיס [[card|{grouped(CARD_HE)}]]",
        f"הכרטיס זה [[card|{said('he', CARD_HE)}]]",
        "הטלפון שלי [[phone|אפס חמש שתיים, שלוש ארבע חמש, שש שבע שמונה תשע]]",
        "אפשר לחזור אליי ל-[[phone|03-6123456]]",
        "קוראים לי [[name|דנה לוי]]",
        f"תעודת זהות [[id|{TZ}]]",
        "המייל שלי [[email|dana.levi@walla.co.il]]",
        "נולדתי ב-[[date_of_birth|12 במאי 1985]]",
        "אני גרה ב[[address|רחוב הרצל 15]], תל אביב",
        "IBAN [[iban|IL62 0108 0000 0009 9999 999]]",
        "החבילה עולה 89.90 ש״ח לחודש",
        "חיכיתי 40 דקות על הקו",
        "הזמנה מספר 55123 תגיע תוך 5 ימי עסקים",
        "יש לי 2 מנויים ושילמתי 150 שקל",
    ],
    "el": [
        f"ο αριθμός της κάρτας είναι [[card|{grouped(CARD_EL)}]]",
        f"η κάρτα είναι [[card|{said('el', CARD_EL)}]]",
        "το κινητό μου είναι [[phone|έξι εννιά τέσσερα ένα, δύο τρία τέσσερα, πέντε έξι επτά]]",
        "στο σταθερό [[phone|210 6543210]]",
        "με λένε [[name|Γιώργο Παπαδόπουλο]]",
        f"το ΑΦΜ μου είναι [[id|{AFM}]]",
        "το email μου είναι [[email|maria.p@yahoo.gr]]",
        "ημερομηνία γέννησης [[date_of_birth|7 Ιουλίου 1982]]",
        "μένω στην [[address|οδό Ερμού 25]], Αθήνα",
        "IBAN [[iban|GR16 0110 1250 0000 0001 2300 695]]",
        "το πακέτο κοστίζει 25 ευρώ το μήνα",
        "περίμενα 20 λεπτά στη γραμμή",
        "η παραγγελία 77812 θα έρθει σε 3 μέρες",
        "έχω 2 συνδέσεις και πληρώνω 40 ευρώ",
    ],
}

MARK = re.compile(r"\[\[(\w+)\|(.*?)\]\]")


def item(sentence):
    text, spans, at = "", [], 0
    for m in MARK.finditer(sentence):
        text += sentence[at:m.start()]
        start = len(text.encode())
        text += m.group(2)
        spans.append({"kind": m.group(1), "start": start, "end": len(text.encode())})
        at = m.end()
    text += sentence[at:]
    return {"text": text, "spans": spans}


def main():
    out_dir = os.path.join(ROOT, "data", "redaction", "blind")
    os.makedirs(out_dir, exist_ok=True)
    for lang, sentences in SENTENCES.items():
        with open(os.path.join(out_dir, f"{lang}.jsonl"), "w", encoding="utf-8") as f:
            for s in sentences:
                f.write(json.dumps(item(s), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
