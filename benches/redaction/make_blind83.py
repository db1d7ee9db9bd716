#!/usr/bin/env python3
"""Blind evaluation set 83 for the call-transcript personal-data redactor.

Who wrote it and how: a helper session, working only from a written brief
(the product's specification of what counts as personal data and the output
format). It never read the redactor, its rules, its tests, or any other
evaluation set or generator. Every line was imagined as a phone call and
written as a speech recogniser (Whisper-like) would transcribe it.

Area of this set: charities, donations, memberships and associations (donor
lines, child and orphan sponsorship, zakat and sadaqa, disaster appeals, trade
unions and professional syndicates, sports and social clubs, religious
communities' offices: parishes, mosques, synagogues, community associations).

All values are invented. Check-digit values (cards: Luhn; IBANs: mod-97;
Israeli Teudat Zehut; Greek AFM; Saudi national ID / Iqama: Luhn; US SSN
ranges) are computed here, and long non-personal numbers are asserted to
fail those checks.

Output: data/redaction/blind83/{en,ar,he,el}.jsonl, one JSON object a line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...],
     "context": str}            # context optional
kind is one of card, iban, id, phone, email, date_of_birth, name, address;
start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive).
Items with empty spans are non-personal and must come out unchanged.
"context" is an earlier line of the same call (not scored).

Run:  python3 benches/redaction/make_blind83.py
"""
import json
import os
import re
import sys
from collections import Counter

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}

# ---------------------------------------------------------------- check digits

def luhn_ok(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(partial):
    """Append the Luhn check digit to `partial`."""
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def card(prefix, body, length):
    p = (prefix + body)[: length - 1]
    assert len(p) == length - 1, (prefix, body, length)
    n = luhn_complete(p)
    assert 13 <= len(n) <= 19 and luhn_ok(n)
    return n


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "KW": 30, "QA": 29, "BH": 22, "LB": 28,
            "FR": 27, "NL": 18, "TR": 26, "PS": 29}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = re.sub(r"[\s-]", "", s).upper()
    if len(s) < 15 or not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if s[:2] in IBAN_LEN and len(s) != IBAN_LEN[s[:2]]:
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(cc, bban):
    assert len(bban) + 4 == IBAN_LEN[cc], (cc, len(bban) + 4)
    chk = 98 - _iban_num(bban + cc + "00") % 97
    s = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(s)
    return s


def group(s, n=4, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def tz_ok(d):
    if not re.fullmatch(r"\d{9}", d):
        return False
    s = 0
    for i, ch in enumerate(d):
        v = int(ch) * (1 if i % 2 == 0 else 2)
        s += v - 9 if v > 9 else v
    return s % 10 == 0


def tz(first8):
    for c in "0123456789":
        if tz_ok(first8 + c):
            return first8 + c
    raise AssertionError


def afm_ok(d):
    if not re.fullmatch(r"\d{9}", d):
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return s % 11 % 10 == int(d[8])


def afm(first8):
    s = sum(int(first8[i]) * 2 ** (8 - i) for i in range(8))
    v = first8 + str(s % 11 % 10)
    assert afm_ok(v)
    return v


def saudi_ok(d):
    return bool(re.fullmatch(r"[12]\d{9}", d)) and luhn_ok(d)


def saudi(first9):
    assert first9[0] in "12" and len(first9) == 9
    v = luhn_complete(first9)
    assert saudi_ok(v)
    return v


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[-\s.]?(\d{2})[-\s.]?(\d{4})", s.strip())
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


# ------------------------------------------------------------ number speaking
EN_D = "zero one two three four five six seven eight nine".split()
EN_TEENS = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
            "eighteen nineteen").split()
EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def en_num(n):
    if n < 10:
        return EN_D[n]
    if n < 20:
        return EN_TEENS[n - 10]
    t, u = divmod(n, 10)
    return EN_TENS[t] + ("-" + EN_D[u] if u else "")


def sp_en(s, oh=False, double=False, sep=", "):
    """Digits of s spoken one by one; spaces in s become `sep`."""
    out = []
    for grp in s.split(" "):
        words, i = [], 0
        while i < len(grp):
            ch = grp[i]
            w = "oh" if (ch == "0" and oh) else EN_D[int(ch)]
            if double and i + 1 < len(grp) and grp[i + 1] == ch and \
                    not (i + 2 < len(grp) and grp[i + 2] == ch):
                words.append("double " + w)
                i += 2
                continue
            words.append(w)
            i += 1
        out.append(" ".join(words))
    return sep.join(out)


# Arabic (colloquial, understood everywhere)
AR_D = "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
AR_D_EG = "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split()
AR_TENS = "_ عشرة عشرين ثلاثين أربعين خمسين ستين سبعين ثمانين تسعين".split()
AR_TEENS = ("عشرة إحدعش اطنعش ثلطعش أربعطعش خمسطعش سطعش سبعطعش ثمنطعش "
            "تسعطعش").split()
AR_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
AR_BACK = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def ind(s):
    return s.translate(AR_INDIC)


def sp_ar(s, eg=False, sep="، "):
    D = AR_D_EG if eg else AR_D
    return sep.join(" ".join(D[int(c)] for c in g) for g in s.split(" "))


def ar_num(n):
    if n < 10:
        return AR_D[n]
    if n < 20:
        return AR_TEENS[n - 10]
    t, u = divmod(n, 10)
    return (AR_D[u] + " و" if u else "") + AR_TENS[t]


# Hebrew: feminine (counting, digits) forms; masculine variant
HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
HE_TENS = "_ עשר עשרים שלושים ארבעים חמישים שישים שבעים שמונים תשעים".split()
HE_TEENS = ("עשר,אחת עשרה,שתים עשרה,שלוש עשרה,ארבע עשרה,חמש עשרה,שש עשרה,"
            "שבע עשרה,שמונה עשרה,תשע עשרה").split(",")


def sp_he(s, masc=False, sep=", "):
    D = HE_M if masc else HE_F
    return sep.join(" ".join(D[int(c)] for c in g) for g in s.split(" "))


def he_num(n):
    if n < 10:
        return HE_F[n]
    if n < 20:
        return HE_TEENS[n - 10]
    t, u = divmod(n, 10)
    return HE_TENS[t] + (" ו" + HE_F[u] if u else "")


# Greek
EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
EL_TEENS = ("δέκα έντεκα δώδεκα δεκατρία δεκατέσσερα δεκαπέντε δεκάξι "
            "δεκαεφτά δεκαοχτώ δεκαεννιά").split()
EL_TENS = "_ _ είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα ενενήντα".split()


def sp_el(s, sep=", "):
    return sep.join(" ".join(EL_D[int(c)] for c in g) for g in s.split(" "))


def el_num(n):
    if n < 10:
        return EL_D[n]
    if n < 20:
        return EL_TEENS[n - 10]
    t, u = divmod(n, 10)
    return EL_TENS[t] + (" " + EL_D[u] if u else "")


def pairs(s, fn, sep=" "):
    """Read a digit string two by two with fn (a leading 0 read as zero+digit)."""
    out = []
    for i in range(0, len(s), 2):
        p = s[i:i + 2]
        if len(p) == 2 and p[0] != "0":
            out.append(fn(int(p)))
        else:
            out.append(" ".join(fn(int(c)) for c in p))
    return sep.join(out)


# ------------------------------------------------------------- item building

def _find(text, sub, nth, start_from):
    pos = -1
    frm = start_from
    for _ in range(nth + 1):
        pos = text.find(sub, frm)
        assert pos >= 0, "substring %r not found in %r" % (sub, text)
        frm = pos + 1
    return pos


def build(items, lang):
    rows = []
    for it in items:
        text, specs = it[0], it[1]
        ctx = it[2] if len(it) > 2 else None
        assert isinstance(text, str) and text == text.strip(), text
        spans = []
        for sp in specs:
            kind, sub = sp[0], sp[1]
            nth = sp[2] if len(sp) > 2 else 0
            assert kind in KINDS, kind
            assert sub and sub == sub.strip(), (sub, text)
            cpos = _find(text, sub, nth, 0)
            b0 = len(text[:cpos].encode("utf-8"))
            b1 = b0 + len(sub.encode("utf-8"))
            assert text.encode("utf-8")[b0:b1].decode("utf-8") == sub
            spans.append({"kind": kind, "start": b0, "end": b1})
            _check_value(kind, sub, text)
        spans.sort(key=lambda d: d["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], ("overlap", text)
        _check_rest(text, spans)
        row = {"text": text, "spans": spans}
        if ctx:
            row["context"] = ctx
        rows.append(row)
    texts = [r["text"] for r in rows]
    dup = [t for t, c in Counter(texts).items() if c > 1]
    assert not dup, ("duplicate items", lang, dup)
    return rows


def _digits(s):
    return re.sub(r"[\s.\-/()]", "", s.translate(AR_BACK))


def _check_value(kind, sub, text):
    """Where a span is written in digits only, check its value."""
    d = _digits(sub)
    if kind == "card" and d.isdigit():
        assert 13 <= len(d) <= 19 and luhn_ok(d), ("bad card", sub)
    if kind == "iban" and re.fullmatch(r"[A-Za-z]{2}\d{2}[A-Za-z0-9]+", d):
        assert iban_ok(d), ("bad iban", sub)
    if kind == "id" and d.isdigit():
        assert tz_ok(d) or afm_ok(d) or saudi_ok(d) or ssn_ok(sub.translate(AR_BACK)), \
            ("bad id", sub)


NUMRUN = re.compile(r"[0-9٠-٩](?:[0-9٠-٩]|[ .\-](?=[0-9٠-٩]))*")


def _check_rest(text, spans):
    """Long digit runs outside spans must fail every personal-number check."""
    b = bytearray(text.encode("utf-8"))
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            b[i] = 0x23  # '#'
    rest = b.decode("utf-8", errors="replace")
    for m in NUMRUN.finditer(rest):
        d = _digits(m.group())
        if len(d) >= 13 and len(d) <= 19:
            assert not luhn_ok(d), ("non-personal number passes Luhn", d, text)
        if len(d) == 9:
            assert not tz_ok(d) and not afm_ok(d), ("9-digit passes TZ/AFM", d, text)
        if len(d) == 10 and d[0] in "12":
            assert not luhn_ok(d), ("10-digit passes Saudi check", d, text)
    for m in re.finditer(r"\b[A-Z]{2}\d{2}[A-Z0-9 ]{10,}", rest):
        assert not iban_ok(m.group()), ("non-personal IBAN-like", m.group(), text)


# ------------------------------------------------------------------ the data
LANGS = {}

# ============================================================== English (en)
# Calls: child sponsorship (Wales), animal rescue donor line (Ireland), care
# workers' union (London), surf life saving club (Sydney), parish office
# (Texas), zakat / fitrana appeal (Birmingham), ...
EN_C1 = card("4929", "318402765510", 16)
EN_C2 = card("5163", "220087143390", 16)
EN_C3 = card("5412", "775103982260", 16)
EN_IB1 = iban("IE", "AIBK93115238472915")
_g3 = group(EN_C3).split()
EN_C3_SAID = "%s, seven seven five oh, no sorry, %s, %s, %s" % (
    sp_en(_g3[0]), sp_en(_g3[1]), sp_en(_g3[2]), sp_en(_g3[3]))

EN = [
    # --- child sponsorship, Wales
    ("Good morning, Brightpath Children's Trust, you're speaking with Priya, how can I help?",
     [("name", "Priya")]),
    ("Hiya, yeah, my name's Gareth Pryce-Jones, I sponsor a little girl through you, been doing it about six years now.",
     [("name", "Gareth Pryce-Jones")]),
    ("Lovely, thank you Gareth. Can I just take the first line of your address and the postcode to find you on the system?",
     [("name", "Gareth")]),
    ("Yeah it's 27 Heol y Felin, Pontypridd, CF37 4HT. Well, that's the old one actually, that's partly why I'm ringing.",
     [("address", "27 Heol y Felin, Pontypridd, CF37 4HT")],
     "Can I just take the first line of your address and the postcode to find you on the system?"),
    ("we've moved to flat 3 118 cowbridge road east canton cardiff cf11 9dx",
     [("address", "flat 3 118 cowbridge road east canton cardiff cf11 9dx")],
     "Okay, and what's the new address?"),
    ("So you're on the twenty-five pound a month sponsorship, and it goes out on the fifteenth of each month, is that right?",
     []),
    ("Yeah, and I wanted to up it to thirty, and, um, send something extra for her birthday in July as well.",
     []),
    ("Can we do it on the card? It's a Visa, %s, expiry oh nine twenty-seven." % group(EN_C1),
     [("card", group(EN_C1))]),
    ("That's a one-off gift of fifty pounds, and your new monthly amount of thirty pounds starts from the 15th of October.",
     []),
    ("Your sponsorship reference is BCT-0045-7721, if you ever need it.", []),
    ("and the letters from the project in Kisumu come twice a year usually March and September", []),
    # --- animal rescue donor line, Ireland
    ("Hello, Wicklow Paws Rescue, Aoife speaking.", [("name", "Aoife")]),
    ("Hi there, it's Siobhán Ní Bhriain here, I'd like to set up a monthly donation, a direct debit like.",
     [("name", "Siobhán Ní Bhriain")]),
    ("Grand, no problem at all. And can I get the IBAN for the account, Siobhán?",
     [("name", "Siobhán")]),
    ("Yeah it's %s, so that's AIB in Bray." % group(EN_IB1),
     [("iban", group(EN_IB1))],
     "And can I get the IBAN for the account?"),
    ("Yeah, it's %s." % sp_en("087 224 6910", oh=True),
     [("phone", sp_en("087 224 6910", oh=True))],
     "And a mobile number in case we need to contact you?"),
    ("That's ten euro a month then, going out on or around the 3rd, and you'll get a wee confirmation in the post within ten working days.",
     []),
    ("and the email is siobhan dot nibhriain at eircom dot net, all one word the nibhriain",
     [("email", "siobhan dot nibhriain at eircom dot net")]),
    ("We've had forty-two dogs rehomed since January, so honestly every tenner helps.", []),
    # --- care workers' union, London
    ("Good afternoon, you're through to ACSU membership, my name is Callum, can I take your membership number please?",
     [("name", "Callum")]),
    ("Yes, it's 00731846.", [], "can I take your membership number please?"),
    ("Oluwaseun Adebayo. Most people call me Seun.",
     [("name", "Oluwaseun Adebayo"), ("name", "Seun")],
     "Thank you. And your full name?"),
    ("Nineteenth of the eleventh, nineteen eighty-seven.",
     [("date_of_birth", "Nineteenth of the eleventh, nineteen eighty-seven")],
     "And just for security, your date of birth?"),
    ("I've moved from the NHS trust to an agency, so I'm on nights now, and I want to go down to the part-time rate, the £9.40 a month one.",
     []),
    ("Also I moved house, it's 14B Okehampton Crescent, Welling, DA16 1DE.",
     [("address", "14B Okehampton Crescent, Welling, DA16 1DE")]),
    ("Part-time rate is for anyone under 21 hours a week, so you'd qualify. That'll start from the first of next month.",
     []),
    ("Is your email still seun_adebayo87@yahoo.co.uk?",
     [("email", "seun_adebayo87@yahoo.co.uk")]),
    ("No, it's changed. It's s e u n dot a, d e b a y o, at outlook dot com.",
     [("email", "s e u n dot a, d e b a y o, at outlook dot com")]),
    ("Right, the legal helpline is open nine till five, and your branch meeting is Tuesday the 8th at Lewisham library, 6:30.",
     []),
    # --- surf life saving club, Sydney
    ("G'day, Coogee Surf Club, Mick speaking.", [("name", "Mick")]),
    ("Hi, um, Bronwyn McAllister, I'm ringing about renewing my membership, and my daughter's nippers rego as well.",
     [("name", "Bronwyn McAllister")]),
    ("No worries Bron. Active membership's $165 for the season, nippers is $95 per kid.",
     [("name", "Bron")]),
    ("Third of May, eighty-one.", [("date_of_birth", "Third of May, eighty-one")],
     "And date of birth for you?"),
    ("best number is %s" % sp_en("0412 388 506", oh=True, sep=" "),
     [("phone", sp_en("0412 388 506", oh=True, sep=" "))]),
    ("And are you still at 9 Brook Street, Coogee, 2034?",
     [("address", "9 Brook Street, Coogee, 2034")]),
    ("Bronze medallion course runs the weekends of the 12th and 19th of October, 7 a.m. start at the clubhouse.",
     []),
    ("Yeah, I'll put it on the Mastercard. %s." % sp_en(group(EN_C2), oh=True),
     [("card", sp_en(group(EN_C2), oh=True))]),
    ("Total's $260, and that includes the five dollar levy for each of you.", []),
    # --- parish office, Texas
    ("St. Brendan's parish office, this is Colleen.", [("name", "Colleen")]),
    ("Hi, yes, good morning. My name is Maria Guadalupe Hernández, everybody calls me Lupe, and I need a copy of my baptismal certificate for my wedding.",
     [("name", "Maria Guadalupe Hernández"), ("name", "Lupe")]),
    ("June 21st, at Our Lady of Guadalupe in San Antonio. They need the certificate issued within the last six months.",
     []),
    ("I was baptized there, I think in 1994. My birthday is 2/14/94, Valentine's Day.",
     [("date_of_birth", "2/14/94")]),
    ("Okay, baptisms from 1994 are in book twelve. The fee is ten dollars and it takes about five business days.",
     []),
    ("Can you just email it? It's lupe.hernandez94@gmail.com.",
     [("email", "lupe.hernandez94@gmail.com")]),
    ("We can only mail it, it has to have the raised seal. Office hours are Monday through Thursday, nine to three.",
     []),
    ("Okay then send it to 4417 Culebra Road, apartment 210, San Antonio, Texas 78228.",
     [("address", "4417 Culebra Road, apartment 210, San Antonio, Texas 78228")]),
    # --- zakat / fitrana appeal, Birmingham
    ("Assalamu alaikum, Sadaqah Bridge donations line, you're speaking to Bilal.", [("name", "Bilal")]),
    ("Walaikum salam brother. My name is Mohammed Irfan Qureshi, I want to pay my zakat and also fitrana for the family.",
     [("name", "Mohammed Irfan Qureshi")]),
    ("Fitrana is £5 per person this year, so for six people that's £30. And the zakat amount?", []),
    ("It's two thousand one hundred and forty pounds, I worked it out at two and a half percent.", []),
    ("Card number is %s." % EN_C3_SAID, [("card", EN_C3_SAID)]),
    ("JazakAllah khair, brother Irfan. And are you a UK taxpayer, for Gift Aid?", [("name", "Irfan")]),
    ("Gift Aid adds 25p for every pound, so your £2,140 becomes £2,675 for the appeal.", []),
    ("It's B11 4JR, and the house is 62, Warwick Road.",
     [("address", "B11 4JR"), ("address", "62, Warwick Road")],
     "What's the postcode for the Gift Aid declaration?"),
    ("Your receipt number is ZK 2024 17 4903, and the water well project in Tharparkar gets one hundred percent of it.",
     []),
]

LANGS["en"] = EN


# English, second part: disaster appeal (Louisiana), warehouse union local
# (Illinois), youth soccer volunteers, Riyadh charity English line, Jerusalem
# soup kitchen, Crete strays association, Paphos hospice friends, synagogue
# dues (New Jersey), Lagos donor, GAA club, rowing club, bird society.
EN_C4 = card("3712", "4489035100", 15)
EN_C4_SAID = sp_en("%s %s %s" % (EN_C4[:4], EN_C4[4:10], EN_C4[10:]), oh=True)
EN_C5 = card("6011", "009451288330", 16)
EN_C6 = card("506104", "8273916402571", 19)
EN_C7 = card("4847", "35290164218", 16)
EN_C8 = card("4532", "907712604851", 16)
EN_SSN1, EN_SSN2 = "356-82-4017", "529 31 7740"
assert ssn_ok(EN_SSN1) and ssn_ok(EN_SSN2.replace(" ", "-"))
EN_IQ = saudi("243108875")
EN_SID = saudi("106623049")
EN_IQ_SAID = sp_en("%s %s %s" % (EN_IQ[:3], EN_IQ[3:7], EN_IQ[7:]), oh=True, double=True)
EN_TZ2 = tz("02871946")
EN_SSN3 = "218 44 0965"
assert ssn_ok(EN_SSN3.replace(" ", "-"))
EN_TZ = tz("33590472")
EN_AFM = afm("14926380")
EN_IB2 = iban("SA", "80000504608012476129")
EN_IB3 = iban("IL", "0126780000000439182")
EN_IB4 = iban("GR", "01705430005431098762201")
EN_IB5 = iban("CY", "002001230000357019446321")
EN_IB6 = iban("IE", "BOFI90017163402185")
EN_IB7 = iban("DE", "500105175407324931")
EN_IB8 = iban("GB", "NWBK60730118462095")
EN_IB6_SAID = "I E %s, B O F I, %s" % (sp_en(EN_IB6[2:4]), sp_en(group(EN_IB6[8:], 3)))
EN_C7_A = sp_en(group(EN_C7[:8]), double=True)
EN_C7_B = sp_en(group(EN_C7[8:]), double=True)

EN += [
    # --- hurricane relief appeal, Louisiana
    ("hey how you doin, this is Dwayne Whitaker, I saw y'all on Channel 4 about the Hurricane Ida relief and I wanna give something",
     [("name", "Dwayne Whitaker")]),
    ("Absolutely. Right now a donor is matching every gift up to two hundred fifty thousand dollars through Sunday midnight.",
     []),
    ("It's an American Express, %s." % EN_C4_SAID, [("card", EN_C4_SAID)]),
    ("Make it five hundred, and put two fifty of that toward the Houma animal shelter fund.", []),
    ("Best number's (504) 866-2391, that's the house.", [("phone", "(504) 866-2391")]),
    ("dwayne w 1970 at bellsouth dot net", [("email", "dwayne w 1970 at bellsouth dot net")],
     "And an email for the tax receipt?"),
    ("You'll get the receipt within 48 hours, and our EIN is printed on it, 72-1459836.", []),
    # --- warehouse workers' union local, Illinois
    ("Hi, I'm trying to get my dues switched to payroll deduction, I just got hired at the distribution center in Joliet.",
     []),
    ("It's %s." % EN_SSN1, [("id", EN_SSN1)], "Okay, I'll need your Social to pull up your application."),
    ("And you're Tanisha Brooks, date of birth April 9th, 1992?",
     [("name", "Tanisha Brooks"), ("date_of_birth", "April 9th, 1992")]),
    ("Yep. Dues are two point one hours of pay a month, so about $48, and the initiation fee is $75 split over three checks.",
     []),
    ("cell is %s" % sp_en("815 724 0193", oh=True), [("phone", sp_en("815 724 0193", oh=True))]),
    ("Your card should come in 10 to 14 days, and the steward for second shift is in building C, door 17.", []),
    # --- youth soccer volunteer check
    ("Hi, I signed up to coach the under-nines and the form says you need my social for the background check?", []),
    ("Sure. %s." % sp_en(EN_SSN2, oh=True), [("id", sp_en(EN_SSN2, oh=True))]),
    ("And your birth date?... June twelfth, seventy-eight. Got it.",
     [("date_of_birth", "June twelfth, seventy-eight")]),
    ("and my wife's doing team mom, hers is %s" % EN_SSN3, [("id", EN_SSN3)]),
    ("Practices are Tuesdays and Thursdays 5:30 to 7 at Lincoln Park, field 3, and the first game's Saturday September 7th.",
     []),
    # --- Riyadh charity society, English line
    ("Good evening, Ataa Charity Society donor care, English line. How may I help you?", []),
    ("Hello, yes, I am calling because my donation for the Ramadan iftar project was deducted twice from my account.", []),
    ("%s." % EN_IQ_SAID.capitalize(),
     [("id", EN_IQ_SAID.capitalize())],
     "Please give me your Iqama number, sir."),
    ("Hi, it's for my own donation actually, my national ID is %s." % group(EN_SID, 2),
     [("id", group(EN_SID, 2))]),
    ("I see two transactions of 350 riyals on the 4th of March at 9:12 p.m., same reference, FR-88213.", []),
    ("For the refund I need your IBAN... okay, %s, Al Rajhi." % group(EN_IB2),
     [("iban", group(EN_IB2))]),
    ("and you can reach me on +966 55 314 2208 any time after five",
     [("phone", "+966 55 314 2208")]),
    ("The refund takes 7 to 10 working days, and the 350 riyals come back to the same card.", []),
    # --- Jerusalem soup kitchen, English donor line
    ("Hi, this is Judy Blumenthal, well, Yehudit on my teudat zehut, we made aliyah from Cleveland last year.",
     [("name", "Judy Blumenthal"), ("name", "Yehudit")]),
    ("Okay it's %s." % sp_en(group(EN_TZ, 3), oh=True),
     [("id", sp_en(group(EN_TZ, 3), oh=True))],
     "For the section 46 receipt I'll need your ID number."),
    ("And the standing order is from %s, that's Hapoalim." % group(EN_IB3),
     [("iban", group(EN_IB3))]),
    ("And put my husband on the receipt as well, his teudat zehut is %s." % EN_TZ2,
     [("id", EN_TZ2)]),
    ("my cell is 054-771-3920", [("phone", "054-771-3920")]),
    ("So that's 180 shekels a month, for eighteen months, and it starts on Rosh Chodesh, the 1st of Cheshvan.", []),
    ("March 3rd, 1969.", [("date_of_birth", "March 3rd, 1969")],
     "We also need the date of birth for the receipt system."),
    ("It's Rechov Nahar HaYarden 14, apartment 6, Beit Shemesh.",
     [("address", "Rechov Nahar HaYarden 14, apartment 6, Beit Shemesh")],
     "And the address for the receipt?"),
    ("email's judy dot blum, b l u m, at gmail dot com",
     [("email", "judy dot blum, b l u m, at gmail dot com")]),
    # --- strays association, Crete
    ("Twenty-second of August, fifty-two. I'm seventy-two, before you ask!",
     [("date_of_birth", "Twenty-second of August, fifty-two")],
     "And for the membership form, your date of birth?"),
    ("Membership is 30 euros a year. For the receipt we need your AFM, the Greek tax number.", []),
    ("Right, got it here, %s." % group(EN_AFM, 3), [("id", group(EN_AFM, 3))]),
    ("I'd rather do a standing order from my Greek account, it's %s." % group(EN_IB4),
     [("iban", group(EN_IB4))]),
    ("Greek mobile is %s." % sp_en("697 241 8806", oh=True),
     [("phone", sp_en("697 241 8806", oh=True))]),
    ("It's Iroon Polytechniou 8, Kissamos, 734 00.",
     [("address", "Iroon Polytechniou 8, Kissamos, 734 00")],
     "And your address here in Crete?"),
    ("The spay day is every second Saturday, and we neuter about 60 cats a month, so your 30 euros really goes a long way.",
     []),
    # --- hospice friends, Paphos
    ("Paphos Hospice Friends, good morning, Andreas speaking.", [("name", "Andreas")]),
    ("I'm a pensioner, so does the concession rate apply? I was born on the 30th of December 1955.",
     [("date_of_birth", "30th of December 1955")]),
    ("Yes, it's 15 euros instead of 25. Shall I take the IBAN for the annual direct debit?", []),
    ("%s, Bank of Cyprus." % group(EN_IB5), [("iban", group(EN_IB5))]),
    ("+357 99 418207, and email pauline.cartwright@cytanet.com.cy",
     [("phone", "+357 99 418207"), ("email", "pauline.cartwright@cytanet.com.cy")]),
    ("The charity shop on Apostolou Pavlou Avenue takes furniture Monday to Friday, nine till one.", []),
    # --- synagogue dues, New Jersey
    ("Congregation Beth Shalom office, good morning.", []),
    ("Hi, it's Shoshana Feldman, I want to pay off the rest of this year's dues, and the building fund pledge.",
     [("name", "Shoshana Feldman")]),
    ("Of course. I see a balance of $1,450 on dues and $500 on the pledge from 2023.", []),
    ("Put it on the Discover, %s." % group(EN_C5), [("card", group(EN_C5))]),
    ("Kol Nidre is at 6:15, and the seating letters for the holidays go out August 20th.", []),
    # --- Lagos donor
    ("Good afternoon ma. My name is Chukwuemeka Okonkwo-Eze, I'm calling from Lagos. I want to support the borehole project in Enugu.",
     [("name", "Chukwuemeka Okonkwo-Eze")]),
    ("Five hundred thousand naira, that's roughly £260 at today's rate.", []),
    ("My card is Verve, %s." % group(EN_C6), [("card", group(EN_C6))]),
    ("zero eight zero three four one seven double six two zero",
     [("phone", "zero eight zero three four one seven double six two zero")],
     "And a phone number, sir?"),
    ("emeka dot okonkwo hyphen eze at yahoo dot com",
     [("email", "emeka dot okonkwo hyphen eze at yahoo dot com")]),
    ("Send the certificate to Plot 14, Admiralty Way, Lekki Phase 1, Lagos.",
     [("address", "Plot 14, Admiralty Way, Lekki Phase 1, Lagos")]),
    # --- GAA club, rowing club, bird society
    ("Naomh Pádraig GAA, hello? Yeah, the family membership's 220 euro for the year, and that covers the under-twelves too.",
     []),
    ("grand so the IBAN is %s" % EN_IB6_SAID, [("iban", EN_IB6_SAID)]),
    ("Hallo, I'd like to pay the annual subscription from my German account, it's %s." % group(EN_IB7),
     [("iban", group(EN_IB7))]),
    ("Subscription is £410 for seniors, boathouse keys are a £20 deposit, and the regatta is on the 14th of June.", []),
    ("I'm cancelling because we've moved to Portugal, refund the last quarter to %s please." % group(EN_IB8),
     [("iban", group(EN_IB8))]),
    ("The card I gave you on the first call started %s," % EN_C7_A,
     [("card", EN_C7_A)]),
    ("and then %s, that's the one." % EN_C7_B, [("card", EN_C7_B)],
     "So that's four eight four seven, three five two nine, and then?"),
    ("Let me read it back: %s, expiring 11/28." % group(EN_C8), [("card", group(EN_C8))]),
    ("Membership number 4471 0928 3365 and the magazine comes quarterly, next one's the spring issue in March.", []),
]


# ============================================================== Arabic (ar)
# Calls: zakat at a Riyadh charity society (Najdi), orphan sponsorship in
# Amman (Levantine), winter appeal in Dubai (Emirati), mosque building fund
# (Egyptian), sports club membership in Cairo (Egyptian), ...
AR_SID1 = saudi("109834716")
AR_SID4 = saudi("103942771")
AR_SID4_TXT = "%s %s %s" % (AR_SID4[:4], AR_SID4[4:7], AR_SID4[7:])
AR_IB1 = iban("SA", "45000000198704562011")
AR_C1 = card("4532", "069137520418", 16)
AR_C1_A = sp_ar(group(AR_C1[:8]))
AR_C1_B = sp_ar(group(AR_C1[8:]))
AR_IB2 = iban("JO", "ARAB1180000000118523468500")
AR_C2 = card("5178", "220964310573", 16)
AR_IB3 = iban("AE", "0260001015873420198")
AR_PH3 = "زائد %s خمسين %s" % (sp_ar("971", sep=" "), sp_ar("662 1904", sep=" "))
AR_IB4 = iban("EG", "0003011000000471926385011")
AR_C3 = card("5078", "031946628105", 16)
AR_C3_SAID = sp_ar(group(AR_C3), eg=True)

AR = [
    # --- zakat, Riyadh (Najdi)
    ("جمعية إحسان للبر، معك عبدالله الشهري، كيف أقدر أخدمك؟", [("name", "عبدالله الشهري")]),
    ("السلام عليكم، أنا نورة العتيبي، أبي أطلع زكاة مالي عن طريقكم وما عرفت من التطبيق",
     [("name", "نورة العتيبي")]),
    ("وعليكم السلام، حياك الله يا أستاذة نورة، ممكن رقم الهوية الوطنية؟", [("name", "نورة")]),
    ("إيه، %s" % ind(AR_SID1), [("id", ind(AR_SID1))], "ممكن رقم الهوية الوطنية؟"),
    ("مواليد ١٤٠٨/٠٣/١٥ هجري", [("date_of_birth", "١٤٠٨/٠٣/١٥")], "طيب وتاريخ الميلاد؟"),
    ("مبلغ الزكاة اثنا عشر ألف وخمسمية ريال، وأبيها تروح للأسر المتعففة في حي الشفا", []),
    ("تم، بيوصلك إيصال برقم ٤٥٢٢٠٩١٨، والمبلغ يُصرف خلال ثلاثة أيام عمل", []),
    ("أبي أحولها من حسابي مباشرة، الآيبان %s" % group(AR_IB1), [("iban", group(AR_IB1))]),
    ("وجوالي %s" % sp_ar("055 321 8847"), [("phone", sp_ar("055 321 8847"))]),
    ("وإذا حابة تضيفين كفالة أسرة، هي ثلاثمية ريال شهرياً وتتجدد تلقائياً كل أول شهر هجري", []),
    ("وأمي تبي تطلع زكاتها معي، رقم هويتها %s" % AR_SID4_TXT, [("id", AR_SID4_TXT)]),
    ("يعني لو بديت من شعبان تكون آخر دفعة في رجب السنة الجاية؟", []),
    # --- orphan sponsorship, Amman (Levantine)
    ("مرحبا، جمعية الأمل لرعاية الأيتام، معك ليان، تفضل", [("name", "ليان")]),
    ("مرحبا، أنا رامي الحوراني، بدي أكفّل يتيم، شو الإجراءات؟", [("name", "رامي الحوراني")]),
    ("أهلين أستاذ رامي. الكفالة خمسين دينار بالشهر، وبتوصلك صورة الطفل وتقرير كل ست شهور",
     [("name", "رامي")]),
    ("يعني الخمسين دينار هاي بتغطي المدرسة والأكل؟ ولا في إشي زيادة؟", []),
    ("ساكن في جبل الحسين، شارع خالد بن الوليد، عمارة ٢٣، الطابق الثالث، عمّان",
     [("address", "جبل الحسين، شارع خالد بن الوليد، عمارة ٢٣، الطابق الثالث، عمّان")],
     "شو العنوان لو سمحت؟"),
    ("رقمي ٠٧٩٥٥٨٣١٢٤", [("phone", "٠٧٩٥٥٨٣١٢٤")]),
    ("أول ثمان أرقام: %s" % AR_C1_A, [("card", AR_C1_A)], "تفضل رقم البطاقة، شوي شوي"),
    ("تمام، %s، وبعدين؟" % sp_ar(AR_C1[:8], sep=" "), [("card", sp_ar(AR_C1[:8], sep=" "))]),
    ("وبعدين %s" % AR_C1_B, [("card", AR_C1_B)]),
    ("الكفالة بتبلش من أول الشهر الجاي، وبتنخصم كل خمسة بالشهر", []),
    ("وإذا بدي أحوّل من البنك، هاد الآيبان تبعي %s" % AR_IB2, [("iban", AR_IB2)]),
    ("٣٠ حزيران ٨٨", [("date_of_birth", "٣٠ حزيران ٨٨")], "وتاريخ ميلادك أستاذ؟"),
    ("الإيميل rami.hourani88@gmail.com", [("email", "rami.hourani88@gmail.com")]),
    ("عنا هلأ ٢٤٠ طفل بالجمعية، و٦٠ منهم لسا بدون كفيل", []),
    # --- winter appeal, Dubai (Emirati)
    ("هيئة العطاء الإنسانية، مساء الخير، معاك سلامة، كيف أقدر أساعدك؟", [("name", "سلامة")]),
    ("مساء النور، معاك حمدان المزروعي، أبا أتبرع لحملة الشتا حق اللاجئين",
     [("name", "حمدان المزروعي")]),
    ("حياك الله. كل بطانية بخمسة وثلاثين درهم، والطرد الكامل بمية وخمسين", []),
    ("زين، عطني عشرين طرد. البطاقة %s والانتهاء ٠٨/٢٧" % group(AR_C2), [("card", group(AR_C2))]),
    ("رقمي %s" % AR_PH3, [("phone", AR_PH3)]),
    ("الإيميل حمدان أندرسكور إم آت هوتميل دوت كوم",
     [("email", "حمدان أندرسكور إم آت هوتميل دوت كوم")]),
    ("بيوصلك مسج فيه رقم العملية TRX-7741-0923 خلال دقايق", []),
    ("أبا الشهادة توصل البيت، دبي، البرشاء جنوب، شارع ١٩، فيلا ٤٧",
     [("address", "دبي، البرشاء جنوب، شارع ١٩، فيلا ٤٧")]),
    ("ولو أبا أحوّل كل شهر من حسابي، الآيبان %s" % group(AR_IB3), [("iban", group(AR_IB3))]),
    ("الحملة مستمرة لين آخر فبراير، ووصلنا لحد الحين ثمانية آلاف وأربعمية أسرة", []),
    # --- mosque building fund (Egyptian)
    ("جمعية الأيادي البيضاء، صباح الخير يا فندم", []),
    ("صباح النور، أنا اسمي محمود عبد الفتاح، عايز أتبرع لبنا المسجد اللي في كفر الشيخ",
     [("name", "محمود عبد الفتاح")]),
    ("أهلاً يا أستاذ محمود، تحب تتبرع بكام؟", [("name", "محمود")]),
    ("خليها خمس تلاف جنيه دلوقتي، وألفين كمان أول الشهر الجاي إن شاء الله", []),
    ("رقمي %s" % sp_ar("010 93 46 87 12", eg=True), [("phone", sp_ar("010 93 46 87 12", eg=True))]),
    ("الحساب في البنك الأهلي، الآيبان بتاعي %s" % group(AR_IB4), [("iban", group(AR_IB4))]),
    ("العنوان: ١٥ شارع عباس العقاد، مدينة نصر، الدور التالت، شقة ٩",
     [("address", "١٥ شارع عباس العقاد، مدينة نصر، الدور التالت، شقة ٩")]),
    ("المسجد هيبقى على مساحة ستمية متر، وإحنا خلصنا سبعين في المية من الخرسانة", []),
    ("الإيصال هيوصل حضرتك على الواتساب، ورقم التبرع ٢٠٢٤٠٣١٥٧٧", []),
    # --- sports club membership, Cairo (Egyptian)
    ("نادي الشروق الرياضي، خدمة الأعضاء، معاك منة", [("name", "منة")]),
    ("أيوه صباح الخير، معاكي كريم سامح، عضو عامل، عايز أجدد اشتراك السنة دي وأضيف مراتي",
     [("name", "كريم سامح")]),
    ("رقم العضوية ٣٨٤١٩ يا فندم، والتجديد السنة دي ألفين وتمنمية جنيه للعضو العامل", []),
    ("تلاتة وعشرين أغسطس، ألف تسعمية خمسة وتسعين",
     [("date_of_birth", "تلاتة وعشرين أغسطس، ألف تسعمية خمسة وتسعين")],
     "ممكن تاريخ ميلاد المدام؟"),
    ("الكارت %s" % AR_C3_SAID, [("card", AR_C3_SAID)]),
    ("الكارنيه الجديد هيكون جاهز بعد أسبوعين من مكتب العضويات جنب حمام السباحة الأولمبي", []),
    ("والإيميل كريم سامح تسعين آت ياهو دوت كوم", [("email", "كريم سامح تسعين آت ياهو دوت كوم")]),
    ("رمضان كريم يا فندم، ومواعيد النادي في رمضان من تسعة الصبح لحد اتناشر بالليل", []),
]

LANGS["ar"] = AR


# Arabic, second part: engineers' syndicate (Amman), Ramadan baskets
# (Casablanca, Darija), Coptic parish office (Shubra), Quran memorisation
# society (Riyadh), cancer patients' fund (Beirut), water-well sadaqa (Kuwait),
# scouts group (al-Bireh), waqf shares (Riyadh), cultural association
# (Nazareth).
_DA = "صفر واحد جوج تلاتة ربعة خمسة ستة سبعة تمنية تسعة".split()
AR_PH_MA = " ".join(_DA[int(c)] for c in "0661482793")
AR_C4 = card("4916", "308257719463", 16)
AR_C5 = card("4023", "581106937742", 16)
AR_IB5 = iban("LB", "0022" + "00000000061372018845")
AR_IB6 = iban("KW", "NBOK" + "0000000000002049318877")
AR_IB7 = iban("PS", "PALS" + "000000000400123456702")
AR_IB8 = iban("QA", "QNBA" + "000000000723418650012")
AR_IB9 = iban("IL", "0108120000000283746")
AR_IQ1 = saudi("235708416")
AR_IQ2 = saudi("248190573")
AR_SID2 = saudi("110472938")
AR_SID3 = saudi("104558201")
AR_TZ1 = tz("03251847")
AR_TZ2 = tz("02967310")
AR_IQ2_SAID = sp_ar("%s %s %s" % (AR_IQ2[:4], AR_IQ2[4:7], AR_IQ2[7:]), eg=True)
AR_SID2_SAID = sp_ar(AR_SID2, sep="")
AR_TZ2_SAID = sp_ar(group(AR_TZ2, 3))

AR += [
    # --- engineers' syndicate, Amman
    ("نقابة المهندسين، قسم العضوية، صباح الخير", []),
    ("صباح النور، معك المهندسة سهى الخطيب، بدي أدفع الاشتراكات المتأخرة عن سنتين",
     [("name", "سهى الخطيب")]),
    ("رقم العضوية ٨٤٢٢٧ والاشتراك السنوي خمسة وسبعين دينار، يعني عليكي مية وخمسين مع غرامة عشرة دنانير", []),
    ("٢٢ أيلول ١٩٨٧", [("date_of_birth", "٢٢ أيلول ١٩٨٧")], "تاريخ ميلادك يا باشمهندسة؟"),
    ("والرقم +962 77 914 3308 هاد الواتساب كمان", [("phone", "+962 77 914 3308")]),
    ("بس بدي أتأكد من الإيميل، suha_khateeb@outlook.com صح؟", [("email", "suha_khateeb@outlook.com")]),
    ("إذا دفعتي قبل ٣١ آذار بتتجنبي غرامة السنة الثالثة، والدفع من خلال إي فواتيركم", []),
    # --- Ramadan baskets, Casablanca (Darija)
    ("جمعية التضامن والخير، السلام عليكم، تفضل", []),
    ("وعليكم السلام، أنا خديجة بنعلي، بغيت نعاون بشي قفف ديال رمضان للعائلات",
     [("name", "خديجة بنعلي")]),
    ("مرحبا لالة خديجة، القفة فيها الدقيق والزيت والسكر والعدس، وثمنها ميتين وخمسين درهم",
     [("name", "خديجة")]),
    ("واخا، دير ليا عشرة ديال القفف، يعني جوج آلاف وخمسمية درهم", []),
    ("النمرة ديالي %s" % AR_PH_MA, [("phone", AR_PH_MA)]),
    ("ساكنة في درب السلطان، زنقة ٤٢، الرقم ١٧، الدار البيضاء",
     [("address", "درب السلطان، زنقة ٤٢، الرقم ١٧، الدار البيضاء")]),
    ("ونخلص بالكارط، %s" % group(AR_C5), [("card", group(AR_C5))]),
    ("التوزيع غادي يكون نهار السبت ١٥ مارس من العشرة ديال الصباح فالمقر ديالنا حدا مسجد الحسن الثاني", []),
    ("الإيميل ديالي khadija.benali@menara.ma", [("email", "khadija.benali@menara.ma")]),
    # --- Coptic parish office, Shubra (Egyptian)
    ("كنيسة مار جرجس بشبرا، سلام ونعمة", []),
    ("سلام ونعمة يا أبونا، أنا مينا عادل فهيم، كنت عايز شهادة معمودية علشان الخطوبة",
     [("name", "مينا عادل فهيم")]),
    ("ألف مبروك يا ابني، إنت متعمد هنا؟ في سنة كام؟", []),
    ("آه، أنا مواليد سبعة يناير تسعين، واتعمدت بعدها بأربعين يوم",
     [("date_of_birth", "سبعة يناير تسعين")]),
    ("الشهادة هتبقى جاهزة يوم الأحد بعد القداس، ورسمها خمسين جنيه بتروح لخدمة إخوة الرب", []),
    ("رقمي ٠١٢٢٧٤٥٨٣٩٠ والإيميل mina.adel.f@gmail.com",
     [("phone", "٠١٢٢٧٤٥٨٣٩٠"), ("email", "mina.adel.f@gmail.com")]),
    ("العنوان ٣٢ شارع شيكولاني، شبرا، الدور الخامس",
     [("address", "٣٢ شارع شيكولاني، شبرا، الدور الخامس")]),
    # --- Quran memorisation society, Riyadh (Sudanese caller)
    ("جمعية تحفيظ القرآن الكريم بحي النسيم، القسم النسائي، تفضلي", []),
    ("السلام عليكم يا أختي، اسمي آمنة عثمان الطيب، من السودان، مقيمة هنا، وعايزة أسجل في حلقة المساء",
     [("name", "آمنة عثمان الطيب")]),
    ("أبشري، نحتاج رقم الإقامة وتاريخ الميلاد", []),
    ("الإقامة %s، والميلاد ٤ نوفمبر ١٩٩٢" % ind(AR_IQ1),
     [("id", ind(AR_IQ1)), ("date_of_birth", "٤ نوفمبر ١٩٩٢")]),
    ("الحلقة يوم الأحد والثلاثاء بعد العصر، من أربعة ونص لين ستة، والرسوم رمزية خمسين ريال للفصل", []),
    ("والجوال 0568 213 447", [("phone", "0568 213 447")]),
    ("والاختبار الأول بيكون على جزء عمّ، في آخر ربيع الأول إن شاء الله", []),
    # --- cancer patients' fund, Beirut
    ("صندوق أمل لمرضى السرطان، بونجور", []),
    ("بونجور، أنا Rita Haddad، بدي إتبرع باسم إمي، الله يرحمها", [("name", "Rita Haddad")]),
    ("الله يرحمها. أهلا مدام ريتا، قديش حابة تتبرعي؟", [("name", "ريتا")]),
    ("خليها ميتين دولار، فريش مش لولار", []),
    ("الكارت %s" % ind(group(AR_C4)), [("card", ind(group(AR_C4)))]),
    ("والإيميل rita.haddad@hotmail.com، وبعتولي الإيصال بالفرنساوي إذا بتقدروا",
     [("email", "rita.haddad@hotmail.com")]),
    ("رقمي 03/724518", [("phone", "03/724518")]),
    ("وبعتولي الإيصال عالبيت، الأشرفية، شارع مار مخايل، بناية الخوري، الطابق الرابع",
     [("address", "الأشرفية، شارع مار مخايل، بناية الخوري، الطابق الرابع")]),
    ("ولو بدي حوّل كل شهر، هيدا الآيبان تبعي %s" % group(AR_IB5), [("iban", group(AR_IB5))]),
    ("السنة الماضية عالجنا ٤١٢ ولد، وكلفة الجلسة الوحدة حوالي ٩٠٠ دولار", []),
    # --- water well sadaqa, Kuwait
    ("شلونكم، معاكم أبو فيصل، أبي أتبرع بحفر بير في النيجر صدقة جارية عن الوالدة",
     [("name", "أبو فيصل")]),
    ("الله يرحمها، البير الكامل بألف ومية دينار، وتنكتب عليه لوحة باسم المتوفى", []),
    ("حولوها من حسابي في الوطني، الآيبان %s" % group(AR_IB6), [("iban", group(AR_IB6))]),
    ("تلفوني ٩٩٧٨٤٥١٢", [("phone", "٩٩٧٨٤٥١٢")]),
    ("العنوان الجابرية، قطعة ٣، شارع ١٥، منزل ٢٢", [("address", "الجابرية، قطعة ٣، شارع ١٥، منزل ٢٢")]),
    ("الحفر ياخذ تقريباً شهرين، وبنرسل لك فيديو وصور أول ما يطلع الماي", []),
    # --- scouts group, al-Bireh
    ("مجموعة كشافة البيرة، مرحبا", []),
    ("مرحبا، معك هبة نصار، بدي أسجل ابني بالكشافة وأدفع الاشتراك", [("name", "هبة نصار")]),
    ("ابني مواليد ٩/٥/٢٠١٤", [("date_of_birth", "٩/٥/٢٠١٤")], "كم عمر الولد؟ شو تاريخ ميلاده؟"),
    ("الاشتراك ١٢٠ شيكل بالسنة، وبيشمل البدلة والمنديل، والمخيم الصيفي بتموز لحاله", []),
    ("جوالي %s" % sp_ar("0599 421 870"), [("phone", sp_ar("0599 421 870"))]),
    ("رقم الحساب الدولي %s" % group(AR_IB7), [("iban", group(AR_IB7))]),
    ("وإيميلي هبة نقطة نصار آت جيميل دوت كوم", [("email", "هبة نقطة نصار آت جيميل دوت كوم")]),
    # --- waqf shares, Riyadh
    ("معك فهد القحطاني، أبي أكمل تبرع الوقف اللي بديته أمس", [("name", "فهد القحطاني")]),
    ("أبشر، عطني رقم الهوية لو سمحت", []),
    ("%s" % AR_SID2_SAID, [("id", AR_SID2_SAID)], "أبشر، عطني رقم الهوية لو سمحت"),
    ("ومواليدي ١٤١٢/٧/٢٠ وساكن في الرياض، حي الملقا، شارع أنس بن مالك، فيلا ٨",
     [("date_of_birth", "١٤١٢/٧/٢٠"), ("address", "الرياض، حي الملقا، شارع أنس بن مالك، فيلا ٨")]),
    ("سهم الوقف بمية ريال، وإنت عندك الحين ٢٧ سهم، يعني ألفين وسبعمية", []),
    ("وأخوي بعد يبي يشارك، هويته %s" % AR_SID3, [("id", AR_SID3)]),
    ("أنا مقيم مصري يا فندم، رقم الإقامة %s" % AR_IQ2_SAID, [("id", AR_IQ2_SAID)]),
    ("وبحوّل من الدوحة، الحساب في QNB، الآيبان %s" % group(AR_IB8), [("iban", group(AR_IB8))]),
    # --- cultural association, Nazareth
    ("جمعية الناصرة للثقافة والفنون، مرحبا، معك ربيع", [("name", "ربيع")]),
    ("مرحبا، أنا سماح زعبي، بدي أجدد العضوية إلي ولجوزي", [("name", "سماح زعبي")]),
    ("رقم هويتي %s" % AR_TZ1, [("id", AR_TZ1)]),
    ("وهوية جوزي %s" % AR_TZ2_SAID, [("id", AR_TZ2_SAID)]),
    ("وخلي الخصم من حسابنا ببنك لئومي، %s" % group(AR_IB9), [("iban", group(AR_IB9))]),
    ("العنوان الناصرة، حي الصفافرة، شارع ٦٠٥٤، بيت رقم ١١",
     [("address", "الناصرة، حي الصفافرة، شارع ٦٠٥٤، بيت رقم ١١")]),
    ("٠٥٢-٧٤١٨٣٠٦", [("phone", "٠٥٢-٧٤١٨٣٠٦")], "وشو رقم التلفون؟"),
    ("العضوية ٢٠٠ شيكل للزوجين، وبتشمل خصم ٢٠٪ على أمسيات المسرح كل خميس", []),
    ("الأمسية الجاية يوم ١٢ تشرين الثاني الساعة ثمانية، أمسية شعر وعود", []),
]


# ============================================================== Hebrew (he)
# Calls: children's charity donor line (section 46 receipt), Passover food
# packages (Russian-speaking caller, Ashdod), country club membership (Anglo
# caller, Ra'anana), social workers' union dues (Ethiopian-Israeli caller),
# synagogue office (French-speaking caller), scouts tribe registration, ...
HE_TZ1 = tz("20573148")
HE_TZ2 = tz("32196475")
HE_TZ3 = tz("34782915")
HE_TZ4 = tz("31564078")
HE_TZ2_SAID = sp_he(group(HE_TZ2, 3))
HE_TZ4_SAID = pairs(HE_TZ4, he_num)
HE_C1 = card("4580", "174403625193", 16)
HE_C2 = card("5326", "108897442016", 16)
HE_C2_SAID = sp_he(group(HE_C2))
HE_C3 = card("4557", "230816904471", 16)
HE_IB1 = iban("IL", "0107850000006734521")
HE_IB2 = iban("GB", "BARC20451763208814")
HE_IB3 = iban("FR", "3000402817" + "00019482763" + "41")
HE_PH_LUDA = sp_he("053 771 4209")
HE_PH_MICHAL = "אפס חמישים וארבע, " + pairs("6631927", he_num, sep=", ")

HE = [
    # --- children's charity, section 46 receipt
    ("עמותת משעול לילדים, שלום, מדברת שירן, איך אפשר לעזור?", [("name", "שירן")]),
    ("היי, שמי אסף ברקוביץ, אני רוצה לתרום ולקבל קבלה לפי סעיף 46", [("name", "אסף ברקוביץ")]),
    ("בשמחה אסף. על איזה סכום מדובר?", [("name", "אסף")]),
    ("אלף ושמונה מאות שקל, אפשר בשלושה תשלומים?", []),
    ("כן, %s" % HE_TZ1, [("id", HE_TZ1)], "בשביל הקבלה אני צריכה מספר תעודת זהות"),
    ("כרטיס ויזה %s, תוקף 04/28" % group(HE_C1), [("card", group(HE_C1))]),
    ("המייל assaf.berko@walla.co.il", [("email", "assaf.berko@walla.co.il")]),
    ("הקבלה תישלח תוך 14 ימי עסקים, והזיכוי במס הוא 35 אחוז מהתרומה", []),
    ('אגב יש לנו ערב התרמה בט"ו בשבט, ב-25 בינואר, באולם ליד כיכר רבין', []),
    # --- Passover food packages, Ashdod (Russian-speaking caller)
    ("עמותת לחם וחסד, בוקר טוב", []),
    ("בוקר טוב, זה לודמילה, לודה, אני רוצה לתרום לחבילות של פסח, כמה זה עולה חבילה?",
     [("name", "לודמילה"), ("name", "לודה")]),
    ("חבילה אחת זה מאתיים וחמישים שקל, ויש גם חבילה משפחתית בארבע מאות", []),
    ("טוב, אני ייקח שלוש משפחתית. כרטיס שלי %s" % HE_C2_SAID, [("card", HE_C2_SAID)]),
    (HE_PH_LUDA, [("phone", HE_PH_LUDA)], "מה הטלפון שלך?"),
    ("הכתובת שלי: שבטי ישראל 18, דירה 12, אשדוד", [("address", "שבטי ישראל 18, דירה 12, אשדוד")]),
    ('החלוקה תהיה ביום רביעי, שבוע לפני פסח, בין עשר לשתיים, במתנ"ס ליד הקניון', []),
    ("אני גם רוצה להתנדב באריזה. אני נולדתי 12.4.1961, בקייב", [("date_of_birth", "12.4.1961")]),
    ("תעודת זהות שלי %s" % HE_TZ2_SAID, [("id", HE_TZ2_SAID)]),
    ("האריזה בימי ראשון ושלישי משמונה וחצי, במחסן באזור התעשייה, צריך להביא נעליים סגורות", []),
    # --- country club, Ra'anana (Anglo caller)
    ("קאנטרי רעננה, שלום, מדבר דור", [("name", "דור")]),
    ("hi sorry my hebrew... שלום, אני ג'ונתן, יוני, רוצה לחדש את המנוי המשפחתי",
     [("name", "ג'ונתן"), ("name", "יוני")]),
    ("אין בעיה. אני צריך תעודת זהות של בעל המנוי", []),
    (HE_TZ3, [("id", HE_TZ3)], "אני צריך תעודת זהות של בעל המנוי"),
    ("שש בנובמבר, שבעים ותשע", [("date_of_birth", "שש בנובמבר, שבעים ותשע")], "ותאריך לידה?"),
    ("המנוי המשפחתי עולה 6,480 שקל לשנה, או 540 בחודש בהוראת קבע, כולל הבריכה המקורה", []),
    ("אפשר הוראת קבע מהחשבון, זה מספר ה-IBAN: %s" % group(HE_IB1), [("iban", group(HE_IB1))]),
    ("actually wait, רגע, תחייב את החשבון באנגליה, %s" % group(HE_IB2), [("iban", group(HE_IB2))]),
    ("המייל שלי yoni.greenfield@gmail.com", [("email", "yoni.greenfield@gmail.com")]),
    ("החוג של הילדים בשחייה מתחיל ב-1 בספטמבר, בימי שני וחמישי ב-16:30", []),
    # --- social workers' union (Ethiopian-Israeli caller, Netanya)
    ("איגוד העובדים הסוציאליים, מדברת רונית, שלום", [("name", "רונית")]),
    ("שלום, אני טגיסט מלקו, עובדת סוציאלית בעירייה, רציתי לבדוק למה ירד לי פעמיים דמי חבר",
     [("name", "טגיסט מלקו")]),
    ("שנייה טגיסט, אני רואה שני חיובים של 92 שקל בתאריך 10 במרץ", [("name", "טגיסט")]),
    (HE_TZ4_SAID, [("id", HE_TZ4_SAID)], "תגידי לי תעודת זהות בבקשה"),
    ("הטלפון שלי 052-6614873", [("phone", "052-6614873")]),
    ("הכתובת: רחוב שמואל הנציב 21, כניסה ב', דירה 4, נתניה",
     [("address", "רחוב שמואל הנציב 21, כניסה ב', דירה 4, נתניה")]),
    ("ההחזר של 92 שקל ייכנס בתלוש של אפריל, ומספר הפנייה שלך 55108", []),
    ("הכנס השנתי של האיגוד יהיה באילת בין ה-5 ל-7 בנובמבר, ההרשמה עד סוף החודש", []),
    # --- synagogue office (French-speaking caller)
    ("בית הכנסת אוהל יעקב, שלום", []),
    ("שלום, מדבר ז'רמי אלבז, אני רוצה לשלם את הנדר מהעלייה לתורה בשבת",
     [("name", "ז'רמי אלבז")]),
    ("כן ז'רמי, רשום אצלי מאה שמונים שקל, חי פעמים עשר", [("name", "ז'רמי")]),
    ("ואני רוצה גם לשמור מקומות לימים נוראים, לי ולאשתי ולשני הבנים", []),
    ("מקום בעזרת גברים עולה 350 לחגים, בעזרת נשים 300, ויש הנחה לחברי הקהילה", []),
    ("כן, %s" % group(HE_C3), [("card", group(HE_C3))], "תשלם בכרטיס?"),
    ("אם לא משיגים אותי יש לי עדיין מספר צרפתי, +33 6 12 48 90 57", [("phone", "+33 6 12 48 90 57")]),
    ("או שאני מעביר מהחשבון בצרפת, %s" % group(HE_IB3), [("iban", group(HE_IB3))]),
    ("המייל ז'רמי נקודה אלבז שטרודל אורנג' נקודה אף אר",
     [("email", "ז'רמי נקודה אלבז שטרודל אורנג' נקודה אף אר")]),
    ("סליחות מתחילות במוצאי שבת בחצות, ושחרית ביום כיפור ב-7:00", []),
    ("לולב, אתרוג, הדס וערבה, כל הסט ב-120 שקל, אפשר להזמין עד ה-5 באוקטובר", []),
    # --- scouts tribe registration
    ("היי, זו מיכל אבוטבול, רציתי לרשום את הבת שלי לשבט ולשלם", [("name", "מיכל אבוטבול")]),
    ("שלושה באוגוסט 2015", [("date_of_birth", "שלושה באוגוסט 2015")], "תאריך הלידה של הילדה?"),
    ("דמי השבט 1,150 לשנה כולל ביטוח, והמחנה הקיצי בנפרד, בערך 1,400", []),
    ("המייל מיכל אבוטבול שטרודל ג'ימייל נקודה קום, אבוטבול עם ט'",
     [("email", "מיכל אבוטבול שטרודל ג'ימייל נקודה קום")]),
    ("הנייד %s" % HE_PH_MICHAL, [("phone", HE_PH_MICHAL)]),
    ("הפעולות בימי שלישי משש וחצי עד שמונה, ובשבת בבוקר יש טיול עד תשע", []),
]

LANGS["he"] = HE


# Hebrew, second part: bridge club (Ramat Aviv), mosque committee (Umm
# al-Fahm, caller speaking Hebrew), seniors' club trips (Be'er Sheva), fire
# relief appeal (north), animal rescue association (Jerusalem), fans'
# association membership (Haifa), Ethiopian community association (Kiryat Gat).
HE_TZ5 = tz("00543217")
HE_TZ6 = tz("20948813")
HE_TZ7 = tz("05871462")
HE_TZ8 = tz("31207759")
HE_TZ9 = tz("30962584")
HE_TZ5_SAID = sp_he(group(HE_TZ5, 3))
HE_TZ7_SAID = sp_he(group(HE_TZ7, 3), masc=True)
HE_C4 = card("4580", "093381276504", 16)
HE_C5 = card("5326", "774120955813", 16)
HE_C5_SAID = sp_he(group(HE_C5), masc=True)
HE_C6 = card("4580", "261870049372", 16)
assert HE_C6[:4] == "4580"
HE_C6_SAID = "ארבעת אלפים חמש מאות ושמונים, %s, והשאר %s" % (
    sp_he(HE_C6[4:8]), pairs(HE_C6[8:], he_num, sep=", "))
HE_C7 = card("5258", "970114628305", 16)
HE_C8 = card("3755", "20491836711", 15)
HE_IB4 = iban("IL", "0346410000008127745")
HE_IB5 = iban("IL", "0126330000000512964")
HE_IB6 = iban("IL", "0204470000000298031")
HE_IB7 = iban("IL", "0117200000003346158")
HE_IB8 = iban("DE", "120300001058849376")
HE_PH_PNINA = "שלוש, " + sp_he("642 77 18")

HE += [
    # --- bridge club, Ramat Aviv
    ("מועדון הברידג' רמת אביב, ערב טוב", []),
    ("ערב טוב, מדברת פנינה רוזנטל, אני רוצה להצטרף כחברה, שיחקתי שנים בחיפה",
     [("name", "פנינה רוזנטל")]),
    ("בשמחה גברתי. דמי החבר 85 שקל לחודש, והטורניר הבא ביום שלישי ה-14 בשבע בערב", []),
    ('נולדתי בכ"ג בטבת תש"ח, אל תשאל איזה תאריך לועזי זה', [("date_of_birth", 'כ"ג בטבת תש"ח')]),
    ("תעודת זהות %s" % HE_TZ5_SAID, [("id", HE_TZ5_SAID)]),
    ("טלפון בבית אפס %s" % HE_PH_PNINA, [("phone", "אפס %s" % HE_PH_PNINA)]),
    ("הכתובת איינשטיין 40, דירה 15, רמת אביב", [("address", "איינשטיין 40, דירה 15, רמת אביב")]),
    ("תחייב את הויזה %s" % HE_C4, [("card", HE_C4)]),
    ("יש חוג למתחילים בימי ראשון בעשר בבוקר, והקפה והעוגה על חשבון המועדון", []),
    # --- mosque committee, Umm al-Fahm (Hebrew)
    ("ועד המסגד, שלום", []),
    ("שלום, מדבר מוחמד ג'בארין, אני רוצה לתרום לשיפוץ של המסגד, הבנתי שצריך לעשות העברה",
     [("name", "מוחמד ג'בארין")]),
    ("השיפוץ עולה בערך מיליון ומאתיים אלף, ואספנו כבר שישים אחוז, אללה יברך", []),
    ("אני מעביר מהחשבון שלי בבנק הערבי, %s" % group(HE_IB4), [("iban", group(HE_IB4))]),
    ("תעודת זהות %s, בשביל הקבלה" % HE_TZ6, [("id", HE_TZ6)]),
    ("הנייד שלי 050-4471962 ואימייל m.jabareen77@gmail.com",
     [("phone", "050-4471962"), ("email", "m.jabareen77@gmail.com")]),
    ("הכתובת שכונת עין א-שעראה, רחוב 12, בית 7, אום אל-פחם",
     [("address", "שכונת עין א-שעראה, רחוב 12, בית 7, אום אל-פחם")]),
    ("תפילת יום שישי בשתים עשרה וחצי, והאולם יהיה סגור לשיפוץ מה-1 ביולי עד סוף אוגוסט", []),
    # --- seniors' club trips, Be'er Sheva
    ("מועדון הגמלאים, מדברת אורית", [("name", "אורית")]),
    ("שלום, אני שלמה צנעני, רציתי להירשם לטיול לגליל, אני ואשתי", [("name", "שלמה צנעני")]),
    ("בסדר גמור שלמה, הטיול יוצא ב-6:45 מהתחנה המרכזית, 190 שקל לאדם כולל ארוחת צהריים",
     [("name", "שלמה")]),
    (HE_TZ7_SAID, [("id", HE_TZ7_SAID)], "תן לי תעודת זהות בבקשה"),
    ("אני יליד עשרים ושניים במאי, ארבעים ותשע", [("date_of_birth", "עשרים ושניים במאי, ארבעים ותשע")]),
    ("הכרטיס %s" % HE_C5_SAID, [("card", HE_C5_SAID)]),
    ("ותשלחו את הדף מידע לבית, רחוב יהודה הלוי 33, דירה 2, שכונה ד', באר שבע",
     [("address", "רחוב יהודה הלוי 33, דירה 2, שכונה ד', באר שבע")]),
    ("ביום חמישי הבא יש הרצאה על ירושלים של פעם, בעשר וחצי, הכניסה חופשית לחברים", []),
    ("אני רוצה גם הוראת קבע לדמי חבר, %s" % group(HE_IB5), [("iban", group(HE_IB5))]),
    # --- fire relief appeal, north
    ("מטה החירום של העמותה, שלום", []),
    ("היי, אני הדס כהן-לוי, ראיתי בחדשות על השריפות ואני רוצה לתרום", [("name", "הדס כהן-לוי")]),
    ("עד עכשיו נשרפו 3,200 דונם, ואנחנו מחלקים 400 ערכות למשפחות שפונו", []),
    ("הכרטיס %s" % HE_C6_SAID, [("card", HE_C6_SAID)]),
    ("ואם אפשר גם הוראת קבע חודשית של מאה שקל מהחשבון, %s" % group(HE_IB7), [("iban", group(HE_IB7))]),
    ("המייל, בלטינית: hadas.cohenlevi@gmail.com", [("email", "hadas.cohenlevi@gmail.com")]),
    ("ואני גרה במושב מרגליות, משק 14", [("address", "מושב מרגליות, משק 14")]),
    ("בגלל גל החום חלוקת התרומות נסגרת היום ב-18:00 במקום ב-20:00", []),
    # --- animal rescue association, Jerusalem
    ("עמותת חבר על ארבע, שלום", []),
    ("שלום, קוראים לי שקד, אני רוצה להיות חברת עמותה ולתרום חודשי", [("name", "שקד")]),
    ("חבר עמותה משלם 360 בשנה ומקבל זכות הצבעה באסיפה הכללית ב-30 ביוני", []),
    ("נולדתי ב-18 במרץ 2001, אם צריך את זה לחברות", [("date_of_birth", "18 במרץ 2001")]),
    ("מספר חשבון IBAN %s" % HE_IB6, [("iban", HE_IB6)]),
    ("המייל shaked קו תחתון m שטרודל hotmail נקודה com",
     [("email", "shaked קו תחתון m שטרודל hotmail נקודה com")]),
    ("והטלפון פלוס 972, 58, 713 40 26", [("phone", "פלוס 972, 58, 713 40 26")]),
    ("אני ברחוב עזה 19, קומה 3, ירושלים", [("address", "רחוב עזה 19, קומה 3, ירושלים")],
     "מה הכתובת לשליחת תעודת החבר?"),
    ("האימוץ עולה 450 שקל, כולל עיקור, שבב וחיסונים, ויום אימוץ יש בכל שישי בגן סאקר", []),
    ("מספר העמותה שלנו לצורך הקבלה 580412396", []),
    # --- fans' association membership, Haifa
    ("עמותת האוהדים, מדבר אלון", [("name", "אלון")]),
    ("היי, אני אלמוג פרץ, רוצה להיות חבר באגודה, לא מנוי, חבר עם זכות הצבעה",
     [("name", "אלמוג פרץ")]),
    ("החברות 250 שקל לשנה, והבחירות להנהלה ב-12 בדצמבר", []),
    ("%s" % group(HE_TZ8, 3), [("id", group(HE_TZ8, 3))], "תעודת זהות ותאריך לידה"),
    ("ותאריך לידה 17/09/1996", [("date_of_birth", "17/09/1996")]),
    ("אני בכרמל, דרך הים 88, דירה 9, חיפה", [("address", "דרך הים 88, דירה 9, חיפה")]),
    ("תחייב כרטיס %s" % "-".join(group(HE_C7).split()), [("card", "-".join(group(HE_C7).split()))]),
    ("טלפון 054 - 2290318", [("phone", "054 - 2290318")]),
    ("המייל אלמוג פרץ, almog.p שטרודל walla נקודה co נקודה il",
     [("email", "almog.p שטרודל walla נקודה co נקודה il")]),
    # --- Ethiopian community association, Kiryat Gat
    ("אגודת יוצאי אתיופיה, מדבר אבבה, שלום", [("name", "אבבה")]),
    ("שלום, אה... אני ברהנו טספאיי, אני רוצה להירשם כחבר ולעזור בסיגד", [("name", "ברהנו טספאיי")]),
    ("חג הסיגד השנה יוצא ב-20 בנובמבר, האוטובוסים לירושלים יוצאים מקריית גת בחמש בבוקר", []),
    ("תעודת זהות %s, ונולדתי באחד בינואר 1984, כמו כולם" % HE_TZ9,
     [("id", HE_TZ9), ("date_of_birth", "אחד בינואר 1984")]),
    ("טלפון %s" % sp_he("052 318 6604"), [("phone", sp_he("052 318 6604"))]),
    ("הכתובת: שדרות גת 61, דירה 20, קריית גת", [("address", "שדרות גת 61, דירה 20, קריית גת")]),
    ("דמי החבר 120 שקל לשנה, ואפשר לשלם במזומן במשרד ביום ראשון עד שתיים", []),
    ("אני משלם מהחשבון בגרמניה, עבדתי שם שנתיים, %s" % group(HE_IB8), [("iban", group(HE_IB8))]),
    ("ואת האמקס שלי %s" % HE_C8, [("card", HE_C8)]),
    ("ההופעה של הלהקה תהיה במוצאי שבת ב-21:00, ויש הסעות מאשקלון ומאשדוד", []),
    ("אני כבר 23 שנה בארץ, עליתי ב-2001 עם ההורים, גרנו שנתיים בקרוואנים", []),
]


# ============================================================== Greek (el)
# Calls: child sponsorship (Athens), parish office (older Cretan caller),
# amateur football club membership, builders' union (Albanian-Greek caller),
# cancer support association (Cypriot caller), ...
EL_HUND = ["", "εκατό", "διακόσια", "τριακόσια", "τετρακόσια", "πεντακόσια",
           "εξακόσια", "εφτακόσια", "οχτακόσια", "εννιακόσια"]


def el_num3(n):
    """0..999 in Greek words (as read in phone numbers and tax numbers)."""
    h, r = divmod(n, 100)
    if not h:
        return el_num(r)
    w = EL_HUND[h]
    if h == 1 and r:
        w = "εκατόν"
    return w + (" " + el_num(r) if r else "")


EL_AFM1 = afm("13870264")
EL_AFM2 = afm("14429035")
EL_AFM1_SAID = sp_el(group(EL_AFM1, 3))
EL_IB1 = iban("GR", "0110" + "124" + "0000012345678901"[::-1])
EL_IB2 = iban("CY", "005" + "00345" + "0000041028376611")
EL_C1 = card("5168", "442209871306", 16)
EL_PH1 = pairs("6945218307", el_num)
EL_PH2 = "δύο ένα μηδέν, %s, %s" % (pairs("9712", el_num, sep=", "), el_num3(486))
EL_PH3 = pairs("99447138", el_num, sep=", ")

EL = [
    # --- child sponsorship, Athens
    ("Φωλιά του Παιδιού, καλημέρα σας, είμαι η Δέσποινα, πώς μπορώ να σας βοηθήσω;", [("name", "Δέσποινα")]),
    ("Καλημέρα, με λένε Κατερίνα Παπαδοπούλου, θέλω να γίνω ανάδοχος σε ένα παιδάκι",
     [("name", "Κατερίνα Παπαδοπούλου")]),
    ("Πολύ ωραία κυρία Παπαδοπούλου. Η αναδοχή είναι 25 ευρώ τον μήνα και παίρνετε νέα δύο φορές τον χρόνο",
     [("name", "Παπαδοπούλου")]),
    ("Ναι, %s" % EL_AFM1_SAID, [("id", EL_AFM1_SAID)], "Για την απόδειξη θα χρειαστώ το ΑΦΜ σας"),
    ("Ορίστε, %s" % group(EL_IB1), [("iban", group(EL_IB1))], "Και το IBAN για την πάγια εντολή;"),
    ("Το email μου είναι katerina τελεία pap παπάκι gmail τελεία com",
     [("email", "katerina τελεία pap παπάκι gmail τελεία com")]),
    ("Η πρώτη χρέωση θα γίνει στις 5 Νοεμβρίου και μετά κάθε 5 του μήνα", []),
    ("Τα παιδιά του προγράμματος είναι στη Θεσσαλονίκη και στην Πάτρα, περίπου 340 παιδιά", []),
    ("Μένω Ερμού 23, Μαρούσι, 151 24", [("address", "Ερμού 23, Μαρούσι, 151 24")],
     "Η ταχυδρομική σας διεύθυνση;"),
    ("το κινητό μου %s" % EL_PH1, [("phone", EL_PH1)]),
    # --- parish office, older Cretan caller
    ("Ιερός Ναός Αγίου Δημητρίου, γραφείο, παρακαλώ", []),
    ("Καλημέρα παιδί μου, είμαι η Βασιλική η Τζαννετάκη, θέλω να κλείσω ένα μνημόσυνο για τον άντρα μου, τα σαράντα",
     [("name", "Βασιλική η Τζαννετάκη")]),
    ("Βεβαίως κυρία Βασιλική. Τα σαράντα πέφτουν Κυριακή 17 Μαρτίου, μετά τη Θεία Λειτουργία",
     [("name", "Βασιλική")]),
    ("Τα κόλλυβα τα φέρνετε εσείς; Για τον ψάλτη και το παγκάρι συνήθως αφήνουν 50 ευρώ", []),
    ("Το τηλέφωνο του σπιτιού, %s" % EL_PH2, [("phone", EL_PH2)]),
    ("Θα γίνω νονά του εγγονού μου τον Ιούνιο, γεννήθηκα στις 3 του Γενάρη του '48, βαφτίστηκα εδώ",
     [("date_of_birth", "3 του Γενάρη του '48")]),
    ("Μένω στην Πατησίων 112, τρίτος όροφος, δίπλα στο φαρμακείο",
     [("address", "Πατησίων 112, τρίτος όροφος")]),
    ("Το γραφείο είναι ανοιχτό Δευτέρα με Παρασκευή 9 με 1, και Τετάρτη απόγευμα 6 με 8", []),
    ("Του Αγίου Δημητρίου, στις 26 Οκτωβρίου, έχουμε αρτοκλασία και το φιλόπτωχο μαζεύει τρόφιμα", []),
    # --- amateur football club membership
    ("Α.Ο. Ηλιούπολης, γεια σας", []),
    ("Γεια, είμαι ο Στέλιος Μαυρίδης, θέλω να γραφτώ μέλος του συλλόγου, όχι διαρκείας, μέλος",
     [("name", "Στέλιος Μαυρίδης")]),
    ("Ωραία Στέλιο. Η συνδρομή είναι 40 ευρώ τον χρόνο και έχεις ψήφο στη γενική συνέλευση",
     [("name", "Στέλιο")]),
    ("ημερομηνία γέννησης δεκατέσσερα του δύο του δύο χιλιάδες τρία",
     [("date_of_birth", "δεκατέσσερα του δύο του δύο χιλιάδες τρία")]),
    ("Η κάρτα είναι %s" % group(EL_C1), [("card", group(EL_C1))]),
    ("το κινητό 697 312 8840", [("phone", "697 312 8840")]),
    ("Η γενική συνέλευση είναι στις 28 Ιανουαρίου στις 7 το απόγευμα, στο γήπεδο δίπλα στο κλειστό", []),
    ("και το μέιλ stelios_mav03@hotmail.com", [("email", "stelios_mav03@hotmail.com")]),
    # --- builders' union, Peristeri (Albanian-Greek caller)
    ("Σωματείο Οικοδόμων Δυτικής Αθήνας, παρακαλώ", []),
    ("Καλησπέρα, λέγομαι Αρμπέν Χότζα, αλλά όλοι με λένε Μπεν, είμαι μέλος από το 2015",
     [("name", "Αρμπέν Χότζα"), ("name", "Μπεν")]),
    ("Θέλω να αλλάξω τη διεύθυνση και να πληρώσω τις συνδρομές που χρωστάω, 3 μήνες, 18 ευρώ", []),
    ("Το ΑΦΜ μου %s" % EL_AFM2, [("id", EL_AFM2)]),
    ("Η καινούργια διεύθυνση Θηβών 245, Περιστέρι, 121 34, δεύτερος όροφος",
     [("address", "Θηβών 245, Περιστέρι, 121 34, δεύτερος όροφος")]),
    ("κινητό %s" % sp_el("693 408 1175"), [("phone", sp_el("693 408 1175"))]),
    ("Η απεργία είναι την Πέμπτη 9 Μαΐου, συγκέντρωση στις 10:30 στην πλατεία Κλαυθμώνος", []),
    ("Το επίδομα αλληλεγγύης για όσα μέλη έμειναν χωρίς δουλειά είναι 150 ευρώ, αιτήσεις μέχρι 30 Ιουνίου", []),
    # --- cancer support association, Nicosia (Cypriot caller)
    ("Σύνδεσμος Ελπίδα, καλημέρα σας, η Ελένη εδώ", [("name", "Ελένη")]),
    ("Καλημέρα, είμαι ο Χαράλαμπος Γεωργίου, ο Μπάμπης, θέλω να κάμω μια δωρεά εις μνήμην της μάνας μου",
     [("name", "Χαράλαμπος Γεωργίου"), ("name", "Μπάμπης")]),
    ("Συλλυπητήρια κύριε Γεωργίου. Πόσα θέλετε να δώσετε;", [("name", "Γεωργίου")]),
    ("Πεντακόσια ευρώ, τζιαι θέλω να το γράψετε στο όνομα της οικογένειας", []),
    ("Να σας τα στείλω με έμβασμα, το IBAN μου εν %s" % group(EL_IB2), [("iban", group(EL_IB2))]),
    ("Το κινητό μου %s" % EL_PH3, [("phone", EL_PH3)]),
    ("Μένω Λεωφόρο Στροβόλου 45, διαμέρισμα 201, Στρόβολος 2018",
     [("address", "Λεωφόρο Στροβόλου 45, διαμέρισμα 201, Στρόβολος 2018")]),
    ("Η απόδειξη θα σας έρθει σε 10 μέρες, τζιαι η δωρεά αφαιρείται από το εισόδημα", []),
    ("Το Σάββατο 12 Απριλίου έχουμε τον περίπατο ελπίδας από την πλατεία Ελευθερίας, 5 χιλιόμετρα", []),
    ("τζιαι το email babis.georgiou@cytanet.com.cy", [("email", "babis.georgiou@cytanet.com.cy")]),
]

LANGS["el"] = EL


# Greek, second part: animal welfare association (Thessaloniki), Cretans'
# association (Athens), telethon (Limassol), food bank volunteers, mountaineering
# club, volunteer firefighters (Corfu), village church donor in Stuttgart,
# Cypriot association donor in London, scouts registration.


def el_groups3(s):
    out = []
    for g in group(s, 3).split():
        w = el_num3(int(g))
        if g[0] == "0":
            w = "μηδέν " + (el_num3(int(g[1:])) if g[1] != "0" else "μηδέν " + EL_D[int(g[2])])
        out.append(w)
    return ", ".join(out)


EL_AFM3 = afm("04126358")
EL_AFM4 = afm("15230947")
EL_AFM5 = afm("06681422")
EL_AFM6 = afm("11794520")
EL_AFM7 = afm("13355076")
EL_AFM8 = afm("04917243")
EL_AFM4_SAID = el_groups3(EL_AFM4)
EL_AFM7_SAID = sp_el(EL_AFM7, sep="")
EL_C2 = card("4532", "118067429915", 16)
EL_C2_SAID = pairs(EL_C2, el_num, sep=", ")
EL_C3 = card("4024", "007183366529", 16)
EL_C3_SAID = sp_el(group(EL_C3))
EL_C4 = card("5379", "410286655371", 16)
EL_C5 = card("4176", "880913240567", 16)
EL_C6 = card("5355", "028144790361", 16)
EL_C7 = card("4539", "622107588413", 16)
EL_IB3 = iban("GR", "0140" + "218" + "0002101092837465")
EL_IB4 = iban("GR", "0260" + "331" + "0000190400571238")
EL_IB5 = iban("GR", "0171" + "605" + "0005605039176624")
EL_IB6 = iban("CY", "002" + "00357" + "0000000392014476")
EL_IB7 = iban("DE", "600501010002845519")
EL_IB8 = iban("GB", "HBUK40127681553092")
EL_PH4 = "εννιά εφτά, %s" % pairs("638204", el_num, sep=", ")

EL += [
    # --- animal welfare association, Thessaloniki
    ("Φιλοζωική Εταιρεία Θεσσαλονίκης, γεια σας", []),
    ("Γεια σας, λέγομαι Ιωάννα Καραγιάννη, θέλω να κάνω μια δωρεά για τις στειρώσεις",
     [("name", "Ιωάννα Καραγιάννη")]),
    ("Σας ευχαριστούμε πολύ κυρία Καραγιάννη. Με 30 ευρώ στειρώνουμε μια γάτα, με 60 ένα σκυλάκι",
     [("name", "Καραγιάννη")]),
    ("Λοιπόν η κάρτα, %s" % EL_C2_SAID, [("card", EL_C2_SAID)]),
    ("ioanna τελεία kara παπάκι yahoo τελεία gr", [("email", "ioanna τελεία kara παπάκι yahoo τελεία gr")],
     "Ένα email για την απόδειξη;"),
    ("Η διεύθυνσή μου είναι Αγίας Σοφίας 51, Θεσσαλονίκη, 546 22",
     [("address", "Αγίας Σοφίας 51, Θεσσαλονίκη, 546 22")]),
    ("Το καταφύγιο είναι ανοιχτό για επισκέψεις Σάββατο και Κυριακή 10 με 2, στη Θέρμη, μετά το σχολείο", []),
    ("Φέτος κάναμε 1.250 στειρώσεις και δώσαμε για υιοθεσία 310 σκυλιά", []),
    # --- Cretans' association, Athens
    ("Σύλλογος Κρητών Αττικής, καλησπέρα", []),
    ("Καλησπέρα, ο Μανώλης ο Σφακιανάκης είμαι, από τα Σφακιά, θέλω να ξαναγραφτώ στον σύλλογο",
     [("name", "Μανώλης ο Σφακιανάκης")]),
    ("Καλώς τον κύριε Μανώλη. Η ετήσια συνδρομή είναι 20 ευρώ, και ο χορός μας είναι στις 15 Φεβρουαρίου",
     [("name", "Μανώλη")]),
    ("Γεννήθηκα 12 Αυγούστου 1956, στο χωριό", [("date_of_birth", "12 Αυγούστου 1956")]),
    ("ΑΦΜ %s" % group(EL_AFM3, 3), [("id", group(EL_AFM3, 3))]),
    ("Τη συνδρομή θα την πληρώνω με πάγια εντολή, %s" % group(EL_IB3), [("iban", group(EL_IB3))]),
    ("Και για τον χορό, δύο τραπέζια, η κάρτα ξεκινάει %s" % sp_el(group(EL_C4[:8])),
     [("card", sp_el(group(EL_C4[:8])))]),
    ("Ναι... και μετά %s" % sp_el(group(EL_C4[8:])), [("card", sp_el(group(EL_C4[8:])))],
     "Μάλιστα, πέντε τρία εφτά εννιά, τέσσερα ένα μηδέν δύο, και μετά;"),
    ("Το τραπέζι είναι 45 ευρώ το άτομο με φαγητό και ποτό, παίζει ζωντανά κρητική ορχήστρα με λύρα και λαούτο", []),
    # --- telethon, Limassol (Cypriot)
    ("Ραδιομαραθώνιος Λεμεσού, ο Πέτρος εδώ, πείτε μου", [("name", "Πέτρος")]),
    ("Γεια σας, είμαι η Ανδρούλα Χριστοδούλου, θέλω να δώσω διακόσια ευρώ για τα παιθκιά",
     [("name", "Ανδρούλα Χριστοδούλου")]),
    ("Η κάρτα μου εν %s" % EL_C3_SAID, [("card", EL_C3_SAID)]),
    ("Το κινητό %s" % EL_PH4, [("phone", EL_PH4)]),
    ("Μένω Αρχιεπισκόπου Μακαρίου 188, διαμέρισμα 4, Λεμεσός 3030",
     [("address", "Αρχιεπισκόπου Μακαρίου 188, διαμέρισμα 4, Λεμεσός 3030")]),
    ("Γεννήθηκα 30 του Ιούνη, '67, για την κάρτα μέλους", [("date_of_birth", "30 του Ιούνη, '67")]),
    ("Τζιαι του χρόνου να το κάμω από την τράπεζα, %s" % group(EL_IB6), [("iban", group(EL_IB6))]),
    ("Μέχρι στιγμής μαζέψαμε 1.340.000 ευρώ, ο στόχος είναι το ενάμισι εκατομμύριο μέχρι τα μεσάνυχτα", []),
    # --- food bank volunteers
    ("Τράπεζα Τροφίμων, καλημέρα, εθελοντές", []),
    ("Καλημέρα, με λένε Νικολέτα Δήμου, θέλω να βοηθήσω στις διανομές τα Σάββατα",
     [("name", "Νικολέτα Δήμου")]),
    ("Για την ασφάλιση εθελοντή χρειάζομαι ΑΦΜ και ημερομηνία γέννησης", []),
    ("%s, και γεννήθηκα 9/11/1999" % EL_AFM4_SAID,
     [("id", EL_AFM4_SAID), ("date_of_birth", "9/11/1999")],
     "Για την ασφάλιση εθελοντή χρειάζομαι ΑΦΜ και ημερομηνία γέννησης"),
    ("Το email nikoleta.dimou99@gmail.com", [("email", "nikoleta.dimou99@gmail.com")]),
    ("Η διανομή είναι στην αποθήκη στον Ρέντη, 8 με 12, και χρειαζόμαστε 25 άτομα κάθε Σάββατο", []),
    ("Τον Δεκέμβριο μοιράσαμε 18 τόνους τρόφιμα σε 2.400 οικογένειες", []),
    # --- mountaineering club
    ("Ορειβατικός Σύλλογος Αχαρνών, παρακαλώ", []),
    ("Γεια, Θοδωρής Αναστασίου, θέλω να γίνω μέλος για να έρθω στην ανάβαση στον Όλυμπο",
     [("name", "Θοδωρής Αναστασίου")]),
    ("Η εγγραφή είναι 15 ευρώ, η συνδρομή 30, και η ασφάλεια βουνού άλλα 12", []),
    ("ΑΦΜ %s, γεννήθηκα είκοσι πέντε Μαρτίου ογδόντα ένα" % EL_AFM5,
     [("id", EL_AFM5), ("date_of_birth", "είκοσι πέντε Μαρτίου ογδόντα ένα")]),
    ("Κινητό +30 694 771 2053", [("phone", "+30 694 771 2053")]),
    ("Πληρώνω με κάρτα, %s" % group(EL_C5, 4, "-"), [("card", group(EL_C5, 4, "-"))]),
    ("Η ανάβαση είναι 21 με 23 Ιουνίου, ξεκινάμε από Πριόνια, διανυκτέρευση στο καταφύγιο Α στα 2.100 μέτρα", []),
    # --- volunteer firefighters, Corfu
    ("Σύλλογος Εθελοντών Πυροσβεστών Κέρκυρας, καλησπέρα", []),
    ("Καλησπέρα, ο Σπύρος Βλάχος είμαι από τους Αγίους Δούλους, θέλω να γραφτώ εθελοντής",
     [("name", "Σπύρος Βλάχος")]),
    ("Το ΑΦΜ μου είναι %s και γεννήθηκα το '92, 4 Απριλίου" % EL_AFM6,
     [("id", EL_AFM6), ("date_of_birth", "'92, 4 Απριλίου")]),
    ("Τηλέφωνο σπιτιού 26610 52 418", [("phone", "26610 52 418")]),
    ("Η διεύθυνση είναι Άγιοι Δούλοι, οικία Βλάχου, 490 83 Κέρκυρα",
     [("address", "Άγιοι Δούλοι, οικία Βλάχου, 490 83 Κέρκυρα")]),
    ("Και τη συνδρομή την πληρώνω σε λογαριασμό, %s" % EL_IB4, [("iban", EL_IB4)]),
    ("Η εκπαίδευση ξεκινάει 3 Μαΐου, κάθε Σάββατο, 40 ώρες συνολικά, και η αντιπυρική περίοδος από 1 Ιουνίου", []),
    # --- village church donor in Stuttgart
    ("Ενορία Κοιμήσεως της Θεοτόκου Βελβεντού, ναι;", []),
    ("Γεια σας πάτερ, ο Γιάννης Τσολάκης, Johannes εδώ στη Στουτγάρδη, θέλω να στείλω για την καινούργια στέγη της εκκλησίας",
     [("name", "Γιάννης Τσολάκης"), ("name", "Johannes")]),
    ("Θα το στείλω από τον γερμανικό λογαριασμό, %s" % group(EL_IB7), [("iban", group(EL_IB7))]),
    ("κινητό Γερμανίας +49 171 3306 928", [("phone", "+49 171 3306 928")]),
    ("ΑΦΜ ελληνικό %s" % EL_AFM7_SAID, [("id", EL_AFM7_SAID)]),
    ("το mail μου giannis.tsolakis παπάκι web τελεία de", [("email", "giannis.tsolakis παπάκι web τελεία de")]),
    ("Η στέγη κοστίζει 68.000 ευρώ, έχουμε μαζέψει 41.500, και το πανηγύρι της Παναγίας είναι 15 Αυγούστου", []),
    # --- Cypriot association donor in London
    ("Καλησπέρα, είμαι ο Νίκος Χατζηπαύλου, μένω Λονδίνο, θέλω να πληρώσω τη συνδρομή του σωματείου του χωριού",
     [("name", "Νίκος Χατζηπαύλου")]),
    ("Από τον αγγλικό λογαριασμό, %s" % group(EL_IB8), [("iban", group(EL_IB8))]),
    ("Ή με κάρτα, %s" % group(EL_C6), [("card", group(EL_C6))]),
    ("nikos_hpavlou@btinternet.com", [("email", "nikos_hpavlou@btinternet.com")], "Και το ηλεκτρονικό σας ταχυδρομείο;"),
    ("Η συνδρομή των αποδήμων είναι 25 λίρες, τζιαι το καλοκαιρινό αντάμωμα είναι στις 10 Αυγούστου", []),
    # --- scouts registration
    ("Σύστημα Προσκόπων Χαλανδρίου, καλησπέρα", []),
    ("Καλησπέρα, θα ήθελα να γράψω τον γιο μου στα λυκόπουλα", []),
    ("Γεννήθηκε στις 22 Σεπτεμβρίου 2016", [("date_of_birth", "22 Σεπτεμβρίου 2016")],
     "Ημερομηνία γέννησης του παιδιού;"),
    ("Το ΑΦΜ του γονέα %s" % group(EL_AFM8, 3), [("id", group(EL_AFM8, 3))]),
    ("Η συνδρομή είναι 120 ευρώ τον χρόνο και η στολή άλλα 45, οι συγκεντρώσεις Σάββατο 11 με 1", []),
    ("Τη συνδρομή με πάγια, %s" % group(EL_IB5), [("iban", group(EL_IB5))]),
    ("το μέιλ μου maria κάτω παύλα kost παπάκι otenet τελεία gr",
     [("email", "maria κάτω παύλα kost παπάκι otenet τελεία gr")]),
    ("Και την κάρτα, %s" % group(EL_C7), [("card", group(EL_C7))]),
    ("Η πρώτη κατασκήνωση είναι 10 με 12 Μαΐου στον Άγιο Μερκούριο, κόστος 60 ευρώ", []),
    ("Μένουμε Αγίου Γεωργίου 7, Χαλάνδρι, 152 34", [("address", "Αγίου Γεωργίου 7, Χαλάνδρι, 152 34")]),
]


# (languages are appended below)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    out_dir = os.path.join(root, "data", "redaction", "blind83")
    os.makedirs(out_dir, exist_ok=True)
    for lang, items in LANGS.items():
        rows = build(items, lang)
        kinds = Counter(s["kind"] for r in rows for s in r["spans"])
        empty = sum(1 for r in rows if not r["spans"])
        path = os.path.join(out_dir, lang + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("%s: %d items, %d spans, %d without spans, %s" % (
            lang, len(rows), sum(kinds.values()), empty,
            ", ".join("%s=%d" % (k, kinds[k]) for k in sorted(KINDS))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
