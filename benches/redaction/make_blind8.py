#!/usr/bin/env python3
"""Build the "blind8" held-out redaction set (en, ar, he, el).

Who wrote it and how
--------------------
Written by a helper session (an AI model) from the blind8 specification alone.
The writer never read the redactor's source, its rules, its tests, its README
or notes, nor any other evaluation set in this repository; only this script and
its output files were created.  Every utterance below was written by hand to
sound like a contact-centre phone call as a speech recogniser (Whisper-like)
transcribes it: digits sometimes as figures and sometimes as words, fillers,
false starts, a few lines without capitals, Arabic dialects (Gulf, Levantine,
Egyptian, Maghrebi) and MSA, Hebrew with and without niqqud, Greek with and
without accents and in different grammatical cases.  All personal values are
invented.  Every check-digit number (Luhn cards, IBAN mod 97, Teudat Zehut,
Greek AFM, AMKA, Saudi NID / Iqama, Emirates ID, Kuwaiti civil ID, US SSN
rules) is generated here and asserted valid; long numbers in non-personal
utterances are asserted to FAIL those checks.

Item format (one JSON object per line, UTF-8)
---------------------------------------------
  {"text": str,
   "spans": [{"kind": str, "start": int, "end": int}, ...],
   "context": str}            # optional: an earlier line of the same call
kind is one of: card, iban, id, phone, email, date_of_birth, name, address.
start/end are BYTE offsets into text.encode("utf-8") (end exclusive).
Items with "spans": [] are non-personal and must be left unchanged.
Only the spans of "text" are gold; "context" is never scored.

In the source below a span is written inline as [[kind|value]]; build()
strips the markup, computes byte offsets and re-checks each of them.

Run:  python3 benches/redaction/make_blind8.py
Writes data/redaction/blind8/{en,ar,he,el}.jsonl (deterministic).
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "data", "redaction", "blind8"))

KINDS = ("card", "iban", "id", "phone", "email", "date_of_birth", "name", "address")
ALIAS = {"dob": "date_of_birth"}

# --------------------------------------------------------------------------
# check digits
# --------------------------------------------------------------------------


def luhn_ok(s):
    if not s.isdigit():
        return False
    tot = 0
    for i, ch in enumerate(reversed(s)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError(prefix)


def card(prefix):
    s = luhn_complete(prefix)
    assert len(s) in (15, 16) and luhn_ok(s), s
    if len(s) == 15:
        assert s[:2] in ("34", "37"), s
    return s


def tz_ok(s):
    if not s.isdigit() or len(s) > 9:
        return False
    s = s.zfill(9)
    tot = 0
    for i, ch in enumerate(s):
        x = int(ch) * (1 if i % 2 == 0 else 2)
        tot += x - 9 if x > 9 else x
    return tot % 10 == 0


def tz(p8):
    assert len(p8) == 8
    for c in "0123456789":
        if tz_ok(p8 + c):
            return p8 + c
    raise AssertionError(p8)


def afm_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    t = sum(int(s[i]) * 2 ** (8 - i) for i in range(8))
    return (t % 11) % 10 == int(s[8])


def afm(p8):
    assert len(p8) == 8
    t = sum(int(p8[i]) * 2 ** (8 - i) for i in range(8))
    s = p8 + str((t % 11) % 10)
    assert afm_ok(s)
    return s


def saudi_ok(s):
    return len(s) == 10 and s.isdigit() and s[0] in "12" and luhn_ok(s)


def saudi(p9):
    s = luhn_complete(p9)
    assert saudi_ok(s), s
    return s


def ssn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    area, group, serial = d[:3], d[3:5], d[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def ssn(s):
    assert ssn_ok(s), s
    return s


IBAN_LEN = {"GB": 22, "DE": 22, "IE": 22, "FR": 27, "NL": 18, "ES": 24, "AE": 23,
            "SA": 24, "EG": 29, "JO": 30, "LB": 28, "KW": 30, "QA": 29, "TN": 24,
            "IL": 23, "GR": 27, "CY": 28, "IT": 27}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s.upper()))


def iban_ok(s):
    s = re.sub(r"[\s-]", "", s).upper()
    if len(s) < 15 or not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(cc, bban):
    chk = 98 - _iban_num(bban + cc + "00") % 97
    s = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(s) and len(s) == IBAN_LEN[cc], (s, len(s))
    return s


KW_W = (2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def kw_ok(s):
    if len(s) != 12 or not s.isdigit():
        return False
    c = 11 - sum(int(a) * b for a, b in zip(s[:11], KW_W)) % 11
    return c < 10 and c == int(s[11])


def kw_civil(p11):
    c = 11 - sum(int(a) * b for a, b in zip(p11, KW_W)) % 11
    assert c < 10, p11
    s = p11 + str(c)
    assert kw_ok(s)
    return s


AR_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
AR_BACK = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def to_ar(s):
    return s.translate(AR_INDIC)


def fails_all(d):
    """True when a digit string passes none of the ID/card checks."""
    bad = []
    n = len(d)
    if 7 <= n <= 9 and tz_ok(d):
        bad.append("tz")
    if n == 9 and afm_ok(d):
        bad.append("afm")
    if n == 9 and ssn_ok(d):
        bad.append("ssn")
    if n == 10 and saudi_ok(d):
        bad.append("saudi")
    if n == 11 and luhn_ok(d):
        bad.append("amka")
    if n == 12 and kw_ok(d):
        bad.append("kw")
    if 12 <= n <= 19 and luhn_ok(d):
        bad.append("luhn")
    return bad


def NP(d):
    """A digit string used in a non-personal line: must fail every check."""
    assert d.isdigit()
    bad = fails_all(d)
    assert not bad, (d, bad)
    return d


# --------------------------------------------------------------------------
# grouping and spoken forms
# --------------------------------------------------------------------------


def split(s, sizes):
    if isinstance(sizes, int):
        return [s[i:i + sizes] for i in range(0, len(s), sizes)]
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    assert i == len(s), (s, sizes)
    return out


def g(s, sizes, sep=" "):
    return sep.join(split(s, sizes))


def say(s, sizes, fn, sep=", "):
    return sep.join(fn(x) for x in split(s, sizes))


# English
EN_D = "zero one two three four five six seven eight nine".split()
EN_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def en_d(s, zero="oh", dbl=False):
    words, i = [], 0
    while i < len(s):
        c = s[i]
        w = zero if c == "0" else EN_D[int(c)]
        if dbl and i + 2 < len(s) and s[i + 1] == c and s[i + 2] == c:
            words.append("triple " + w)
            i += 3
            continue
        if dbl and i + 1 < len(s) and s[i + 1] == c:
            words.append("double " + w)
            i += 2
            continue
        words.append(w)
        i += 1
    return " ".join(words)


def en_dz(s):
    return en_d(s, zero="zero")


def en_dd(s):
    return en_d(s, dbl=True)


def en_2(s):
    assert len(s) == 2
    if s[0] == "0":
        return "oh " + ("oh" if s[1] == "0" else EN_D[int(s[1])])
    v = int(s)
    if v < 20:
        return EN_TEENS[v - 10]
    t, u = divmod(v, 10)
    return EN_TENS[t] + ("" if u == 0 else "-" + EN_D[u])


def en_pairs(s):
    return " ".join(en_2(p) for p in split(s, 2))


def en_3(s):  # "623" -> "six twenty-three"
    return EN_D[int(s[0])] + " " + en_2(s[1:])


def en_iban(s):
    def grp(x):
        return " ".join(c if c.isalpha() else EN_D[int(c)] for c in x)
    return say(s, 4, grp)


# Arabic
AR_D = {
    "msa": "صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "gulf": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "lev": "صفر واحد تنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
    "egy": "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
    "mag": "زيرو واحد جوج تلاتة ربعة خمسة ستة سبعة تمنية تسعود".split(),
}
AR_UNIT = {  # units inside a compound ("واحد وأربعين")
    "msa": AR_D["gulf"], "gulf": AR_D["gulf"], "lev": AR_D["lev"], "egy": AR_D["egy"],
    "mag": "زيرو واحد تنين تلاتة ربعة خمسة ستة سبعة تمنية تسعة".split(),
}
AR_TENS = {
    "gulf": ["", "عشرة", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"],
    "lev": ["", "عشرة", "عشرين", "تلاتين", "أربعين", "خمسين", "ستين", "سبعين", "تمانين", "تسعين"],
    "mag": ["", "عشرة", "عشرين", "تلاتين", "ربعين", "خمسين", "ستين", "سبعين", "تمانين", "تسعين"],
}
AR_TENS["msa"] = AR_TENS["gulf"]
AR_TENS["egy"] = AR_TENS["lev"]
AR_TEENS = {
    "msa": "أحد عشر|اثنا عشر|ثلاثة عشر|أربعة عشر|خمسة عشر|ستة عشر|سبعة عشر|ثمانية عشر|تسعة عشر",
    "gulf": "احدعش|اثنعش|ثلطعش|اربعطعش|خمسطعش|سطعش|سبعطعش|ثمنطعش|تسعطعش",
    "lev": "حداعش|طنعش|تلطعش|أربعطعش|خمسطعش|سطعش|سبعطعش|تمنطعش|تسعطعش",
    "egy": "حداشر|اتناشر|تلاتاشر|أربعتاشر|خمستاشر|ستاشر|سبعتاشر|تمنتاشر|تسعتاشر",
    "mag": "حضاش|طناش|تلطاش|ربعطاش|خمسطاش|سطاش|سبعطاش|تمنطاش|تسعطاش",
}


def ar_d(s, st):
    return " ".join(AR_D[st][int(c)] for c in s)


def ar_2(s, st):
    assert len(s) == 2
    if s[0] == "0":
        return ar_d(s, st)
    v = int(s)
    if v == 10:
        return "عشرة"
    if v < 20:
        return AR_TEENS[st].split("|")[v - 11]
    t, u = divmod(v, 10)
    if u == 0:
        return AR_TENS[st][t]
    return AR_UNIT[st][u] + " و" + AR_TENS[st][t]


# Hebrew
HE_D = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_TEENS = "אחת עשרה|שתים עשרה|שלוש עשרה|ארבע עשרה|חמש עשרה|שש עשרה|שבע עשרה|שמונה עשרה|תשע עשרה".split("|")
HE_TENS = ["", "עשר", "עשרים", "שלושים", "ארבעים", "חמישים", "שישים", "שבעים", "שמונים", "תשעים"]


def he_d(s):
    return " ".join(HE_D[int(c)] for c in s)


def he_2(s):
    assert len(s) == 2
    if s[0] == "0":
        return he_d(s)
    v = int(s)
    if v == 10:
        return "עשר"
    if v < 20:
        return HE_TEENS[v - 11]
    t, u = divmod(v, 10)
    return HE_TENS[t] + ("" if u == 0 else " ו" + HE_D[u])


def he_pairs(s):
    return " ".join(he_2(p) for p in split(s, 2))


# Greek
EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
EL_DF = "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα".split()
EL_TEENS = "δέκα έντεκα δώδεκα δεκατρία δεκατέσσερα δεκαπέντε δεκαέξι δεκαεφτά δεκαοχτώ δεκαεννιά".split()
EL_TENS = ["", "", "είκοσι", "τριάντα", "σαράντα", "πενήντα", "εξήντα", "εβδομήντα", "ογδόντα", "ενενήντα"]
EL_HUND = ["", "εκατό", "διακόσια", "τριακόσια", "τετρακόσια", "πεντακόσια", "εξακόσια",
           "εφτακόσια", "οχτακόσια", "εννιακόσια"]


def el_d(s, formal=False):
    return " ".join((EL_DF if formal else EL_D)[int(c)] for c in s)


def el_num(n):
    assert 0 <= n < 1000
    if n < 10:
        return EL_D[n]
    if n < 20:
        return EL_TEENS[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        return EL_TENS[t] + ("" if u == 0 else " " + EL_D[u])
    h, r = divmod(n, 100)
    if r == 0:
        return EL_HUND[h]
    return ("εκατόν" if h == 1 else EL_HUND[h]) + " " + el_num(r)


def el_grp(s):
    """Read a group the Greek way: leading zeros one by one, rest as a number."""
    z = len(s) - len(s.lstrip("0"))
    words = ["μηδέν"] * z
    if s.lstrip("0"):
        words.append(el_num(int(s.lstrip("0"))))
    return " ".join(words)


def noacc(s):
    return unicodedata.normalize(
        "NFC", "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn"))


# --------------------------------------------------------------------------
# item builder
# --------------------------------------------------------------------------

MARK = re.compile(r"\[\[(\w+)\|(.+?)\]\]")
TRAIL = ".,;:!?،؟…"


def build(src, ctx=None):
    parts, spans, vals, pos, blen = [], [], [], 0, 0
    for m in MARK.finditer(src):
        pre = src[pos:m.start()]
        parts.append(pre)
        blen += len(pre.encode())
        kind = ALIAS.get(m.group(1), m.group(1))
        val = m.group(2)
        assert kind in KINDS, kind
        assert val == val.strip() and val[-1] not in TRAIL and val[0] not in TRAIL, repr(val)
        start = blen
        parts.append(val)
        blen += len(val.encode())
        spans.append({"kind": kind, "start": start, "end": blen})
        vals.append(val)
        pos = m.end()
    parts.append(src[pos:])
    text = "".join(parts)
    assert "[[" not in text and "]]" not in text, text
    assert text == text.strip(), repr(text)
    raw = text.encode()
    for sp, val in zip(spans, vals):
        assert raw[sp["start"]:sp["end"]].decode() == val, (text, val)
        assert raw.find(val.encode()) != -1
        check_span(sp["kind"], val)
    if not spans:
        check_nonpersonal(text)
    item = {"text": text, "spans": spans}
    if ctx:
        item["context"] = ctx
    return item


def check_span(kind, val):
    """Where a span is written in figures, re-check its digits."""
    v = val.translate(AR_BACK)
    digits = re.sub(r"\D", "", v)
    written = re.fullmatch(r"[0-9 \-.]+", v) is not None
    if kind == "card" and written:
        assert len(digits) in (15, 16) and luhn_ok(digits), val
    if kind == "iban" and re.fullmatch(r"[A-Za-z0-9 ]+", v):
        assert iban_ok(v), val


def check_nonpersonal(text):
    t = text.translate(AR_BACK)
    for m in re.finditer(r"\d(?:\d|[ \-.](?=\d))*", t):
        d = re.sub(r"\D", "", m.group(0))
        bad = fails_all(d)
        assert not bad, (text, d, bad)
    for m in re.finditer(r"\b[A-Z]{2}\d{2}[A-Z0-9 ]{10,}", t):
        assert not iban_ok(m.group(0).strip()), text


def P(src, ctx=None):
    return (src, ctx)


# ==========================================================================
# ENGLISH
# ==========================================================================

en_c1 = card("453914880343646")
en_c2 = card("542523343010990")
en_c3 = card("37144963539843")
en_c4 = card("601174120385526")
en_c5 = card("222300148825107")
en_c6 = card("491627803315642")
en_c7 = card("530412996784021")
en_c8 = card("448712609935270")
en_i1 = iban("GB", "BARC20403871526394")
en_i2 = iban("DE", "500105175406829137")
en_i3 = iban("IE", "AIBK93106438275019")
en_i4 = iban("FR", "30004019257406215893127")
en_i5 = iban("NL", "RABO0318462759")
en_i6 = iban("ES", "00817306610001249517")
en_i7 = iban("AE", "0260001015673942817")
en_s1 = ssn("412-63-8027")
en_s2 = ssn("538214690")
en_s3 = ssn("071553318")
en_s4 = ssn("623401957")
en_s5 = ssn("287-93-6604")
en_iq = saudi("238144095")
en_tz = tz("31425876")
en_afm = afm("13728491")

e_c2 = say(en_c2, 4, en_d)
e_c4 = say(en_c4, 4, en_dd)
e_c5 = say(en_c5, 4, en_pairs)
e_i2 = en_iban(en_i2)
e_i5 = "N L %s, R A B O, %s" % (en_2(en_i5[2:4]), say(en_i5[8:], [4, 4, 2], en_d))
e_s2 = say(en_s2, [3, 2, 4], en_d)
e_s4 = ", ".join([en_3(en_s4[:3]), en_2(en_s4[3:5]), en_pairs(en_s4[5:])])
e_tz = say(en_tz, 3, en_dz)
e_np14 = say(NP("914228073"), 3, en_d)
e_np40 = en_d(NP("2024031877"))
e_np_item = " ".join(NP("6011472903558120"))
e_np_serial = g(NP("4485221099376612"), 4)
e_np_order = g(NP("7730192844615502"), 4)

EN = [
    # ---- names, greetings
    P("Hi [[name|Trevor]], um, yeah, this is [[name|Adaeze Okonkwo]], I'm calling about a payment that's come out twice.",
      "Thanks for calling Northgate Bank, my name's Trevor, who am I speaking with today?"),
    P("Yeah, sure, it's [[name|O-K-O-N-K-W-O]], [[name|Okonkwo]].", "Could you spell the surname for me?"),
    P("Good afternoon, you're through to Meridian Health, my name is [[name|Kwabena]], how can I help?"),
    P("Yeah hi, it's [[name|Saoirse Ní Bhriain]] here, I had a missed call from this number."),
    P("Thank you, Mr [[name|Nakamura]], I've updated that for you now."),
    P("My name's [[name|Rajesh]], uh, sorry, [[name|Rajesh Venkataraman]], I'm the main policy holder."),
    P("Hello, this is [[name|Dolores Whitfield]], I'm calling back about my claim."),
    P("Am I speaking with Mrs [[name|Abernathy]]?"),
    P("[[name|Bongani]], [[name|B-O-N-G-A-N-I]].", "Can I take your first name, please?"),
    P("Thanks so much, [[name|Yusuf]], you've been really helpful."),
    P("Hi, I'm [[name|Marie-Claire Dubois]], I'm calling from Montreal about my booking."),
    P("yeah this is [[name|ana lucia torres]] um i had a flight that got cancelled yesterday"),
    P("Okay, Ms [[name|Kowalczyk]], and can I take the first line of your address?"),
    P("My name is [[name|Li Wei]], and the family name is [[name|Li]], [[name|L-I]]."),
    P("Sorry, who did you say you were? Oh, [[name|Hemi Tawhiri]], right, yes, that's me."),
    # ---- cards
    P("Sure, it's [[card|%s]]." % g(en_c1, 4), "And the long number across the front of the card, please?"),
    P("okay so the card number is [[card|%s]]" % e_c2),
    P("Just to confirm, that's [[card|%s]], expiring oh nine twenty-seven, is that correct?" % " ".join(en_c6)),
    P("It's an Amex, so there's only fifteen digits. [[card|%s]]." % g(en_c3, [4, 6, 5])),
    P("[[card|%s]], that's the Discover card, the other one's expired." % e_c4),
    P("Um, the debit card. The number's [[card|%s]]." % e_c5, "Which card would you like to use for the payment today?"),
    P("The card is [[card|%s]], hang on, no, sorry, that's my husband's. Mine is [[card|%s]]."
      % (g(en_c7, 4), g(en_c8, 4, "-"))),
    # ---- IBAN
    P("Yep, [[iban|%s]]." % g(en_i1, 4), "Can you give me the IBAN you're transferring to?"),
    P("Yeah, the IBAN is [[iban|%s]], that's my account in Germany." % e_i2),
    P("so the iban is [[iban|%s]] yeah" % en_i3.lower()),
    P("It's a French account. [[iban|%s]]. I've had it since I lived in Lyon." % g(en_i4, 4)),
    P("It's a Dutch IBAN, so [[iban|%s]], that's Rabobank." % e_i5),
    P("The Spanish one, um, [[iban|%s]], and the account's in my own name, [[name|Lucía Fernández Ortega]]."
      % g(en_i6, 4)),
    P("To my UAE account please, IBAN [[iban|%s]]." % en_i7, "And where should we send the refund?"),
    # ---- national IDs
    P("Sure, it's [[id|%s]]." % en_s1, "For security, can you confirm your Social Security number?"),
    P("It's [[id|%s]]." % e_s2, "And your social?"),
    P("my social is [[id|%s]] and the claim was filed last week" % g(en_s3, [3, 2, 4])),
    P("[[id|%s]], that's my Social." % e_s4),
    P("Okay, I have [[id|%s]] on file, does that match what you have?" % en_s5),
    P("I'm working in Riyadh, so I've got an Iqama, the number is [[id|%s]]." % en_iq),
    P("My Israeli ID, the teudat zehut, is [[id|%s]]." % e_tz),
    P("For the Greek side they need my AFM, it's [[id|%s]]." % g(en_afm, 3)),
    # ---- phones
    P("Probably my mobile, [[phone|07700 900418]].", "What's the best number to get you on?"),
    P("You can reach me at [[phone|(312) 555-0187]], that's my cell."),
    P("it's [[phone|six four six, five five five, oh one four two]]"),
    P("My UK number is [[phone|plus four four, double seven double oh, nine double oh, one two three]]."),
    P("It's [[phone|0161 496 0734]], oh no wait, sorry, [[phone|0161 496 0743]], I always mix those up."),
    P("Text me on [[phone|+1 917 555 0126]] or email [[email|dnakamura@protonmail.com]], whichever's easier."),
    P("So that's [[phone|eight one eight, five five five, oh nine nine two]], and is that a mobile?"),
    P("The landline's [[phone|020 7946 0381]] but I'm hardly ever in."),
    # ---- e-mail
    P("Yeah it's [[email|priya.raman82@outlook.com]].", "And an email address for the confirmation?"),
    P("Email is [[email|tomasz dot wierzbicki at gmail dot com]]."),
    P("It's [[email|k a t e underscore o h a r a at yahoo dot co dot uk]], all lowercase."),
    P("[[email|marisol.vega77@icloud.com]], that's the one you should have on file."),
    P("um it's [[email|jbrennan at brennanplumbing dot com]], no dots in the first bit"),
    P("Let me just read that back: [[email|a h m e d dot k h a n nine one at hotmail dot com]]?"),
    P("Uh, the email, it's my work one, [[email|o.adeyemi@hartwell-logistics.co.uk]]."),
    # ---- dates of birth
    P("Yeah, the [[dob|twenty-third of November, nineteen seventy-one]].", "Can I take your date of birth, please?"),
    P("DOB is [[dob|03/14/1967]]."),
    P("I was born on [[dob|July 9th, 1990]], if that helps."),
    P("[[dob|oh four, twenty-two, sixty-eight]].", "And the date of birth on the policy?"),
    P("My name is [[name|Gus Papadakis]], date of birth [[dob|2nd February 1958]]."),
    P("And I've got your birthday down as [[dob|December 30th, 2001]], is that right?"),
    P("It's the [[dob|first of March, 1949]], I'm seventy-five now, dear."),
    P("It's June, no wait, that's my wife's. Mine's [[dob|July 17th, 1986]]."),
    # ---- addresses
    P("[[address|14 Larkspur Close, Redditch, B97 6PL]].", "And what's the address on the account?"),
    P("It's [[address|2231 North Halsted Street, apartment 4B, Chicago, Illinois 60614]]."),
    P("I'm at [[address|forty-seven Kingsway, flat three, Hove, B N three, two A B]] now."),
    P("The new address is [[address|Unit 5, 120 Harbour Road, Fremantle, WA 6160]]."),
    P("[[address|9 Pembroke Terrace, Ballintemple, Cork, T12 X4F7]].", "Where would you like it delivered?"),
    P("Could you deliver it to [[address|1509 Wren Hollow Drive, Cary, North Carolina 27519]] instead of my work?"),
    P("it's [[address|apartment twelve, 340 Canal Street, New York, 10013]]"),
    P("So that's [[address|Flat 2, 61 Mansfield Road, Nottingham, NG5 2FJ]], and is that also your billing address?"),
    # ---- non-personal
    P("Thank you for calling Brightline Energy, this is the billing team, how can I help today?"),
    P("Hi, yeah, I'm calling about my bill, it's gone up to two hundred and twelve pounds forty this month."),
    P("My name is on the account, but my wife usually deals with all of this."),
    P("I'm fine, thanks, how are you?"),
    P("I'm calling from Dallas, we had the outage on the 14th and nobody came out."),
    P("The order number is %s." % e_np_order),
    P("It's reference H X four four seven one, nine oh two."),
    P("Your appointment's on Tuesday the 9th of April at 10:30 with the hygienist."),
    P("I paid four hundred and seventy-five dollars on March 3rd and it still says overdue."),
    P("You've used eighteen point four gigs of your twenty gig allowance."),
    P("It's the Unlimited Plus plan, forty-five ninety-nine a month."),
    P("Flight SK 2207 to Manchester, seat 14C, departing at 06:45."),
    P("The claim number is %s." % e_np14),
    P("Your balance is $1,284.63 and the minimum payment is $35."),
    P("Press two for billing, or three for technical support."),
    P("I've been with you since 2009, that's fifteen years, and this is how you treat me."),
    P("There's a twenty percent discount if you pay by the 28th."),
    P("We can send an engineer between eight and twelve on the 22nd."),
    P("The meter reading is 04471, and the day rate is 27.3p per kilowatt hour."),
    P("I'm on the Gold 2500 plan, the one with the twenty-five hundred deductible."),
    P("It's a Galaxy S24, 256 gig, in black."),
    P("I'm ringing about the letter dated the 5th of January."),
    P("The case ID is 2024-118-55731."),
    P("I was born in Ohio, but I live in Atlanta now."),
    P("My birthday's coming up, so I wanted to use the voucher before it expires."),
    P("It's my daughter's birthday on Saturday, can it get here by Friday?"),
    P("This is Corvo Mobile, you're through to the retentions team."),
    P("Yeah, I'm good, I'm just ringing about the direct debit."),
    P("Your direct debit of £63.20 will be taken on the first of every month."),
    P("It's extension 4410, just ask for accounts payable."),
    P("The refund was one thousand two hundred and fifty euros."),
    P("Your verification code is 8 3 1 7 2 6."),
    P("Terminal 5, gate B22, boarding at twenty past nine."),
    P("The shop on Oxford Street closes at six on Sundays."),
    P("The item number is %s." % e_np_item),
    P("The serial on the router is SN %s." % e_np_serial),
    P("The invoice is I N V %s." % e_np40),
    P("I'm forty-two and I've never had this problem before."),
    P("Ninety-nine percent of the time it works fine, it's just in the evenings."),
    P("The IBAN field on the form was blank, so could you fill it in and send it back?"),
    P("My email's not been working since the update."),
    P("Please don't read your card number out, I'll transfer you to our secure line."),
    P("It's the card ending 7730, the Visa."),
    P("I'm calling on behalf of Pinecrest Dental about your appointment on the 3rd at 2:15."),
    P("That's two adults and one infant, coming back on the 30th of August."),
    P("um yeah hi i'm calling about the parcel it says delivered but it's not here"),
    P("This is ridiculous, this is the fourth time I've called."),
    P("The policy renews on the 1st of June and the premium's gone up eleven percent."),
    P("Sorry, my account number, hang on, it's in the app somewhere."),
    P("We've had three payments of 89.99 go out since January."),
    P("Yeah, it was delivered to the wrong house, number 14 instead of 41."),
    P("No, the birthday card was for my nephew, he's turning ten on the 2nd.", "And was it a gift?"),
]

# ==========================================================================
# ARABIC
# ==========================================================================

ar_c1 = card("484783100274561")
ar_c2 = card("539912074483306")
ar_c3 = card("446404551293870")
ar_c4 = card("521847306619254")
ar_c5 = card("426813579902417")
ar_c6 = card("37958120466310")
ar_c7 = card("458014726630195")
ar_c8 = card("512376009184532")
ar_i1 = iban("SA", "45000000198327460015")
ar_i2 = iban("SA", "05000068201947362018")
ar_i3 = iban("AE", "0330001092846157302")
ar_i4 = iban("EG", "0019000500000263180002947")
ar_i5 = iban("JO", "CBJO0010000000000131000302")
ar_i6 = iban("LB", "099900000001001901229114")
ar_i7 = iban("KW", "NBOK0000000000002047815539")
ar_i8 = iban("TN", "10006035183598478831")
ar_n1 = saudi("104827365")
ar_n2 = saudi("112093847")
ar_q1 = saudi("245618370")
ar_q2 = saudi("230957186")
ar_eid = luhn_complete("78419873462051")
assert luhn_ok(ar_eid) and len(ar_eid) == 15
ar_eid_fmt = g(ar_eid, [3, 4, 7, 1], "-")
ar_eg = "29004150102634"        # Egyptian national ID (structure only; no public check digit)
ar_jo = "9881047263"            # Jordanian national number (no public check digit)
ar_kw = kw_civil("28706150143")

a_n2 = say(ar_n2, [1, 3, 3, 3], lambda x: ar_d(x, "gulf"), "، ")
a_jo = say(ar_jo, [3, 3, 4], lambda x: ar_d(x, "lev"), "، ")
a_c4 = say(ar_c4, 4, lambda x: ar_d(x, "egy"), "، ")
a_c5 = say(ar_c5, 4, lambda x: ar_d(x, "lev"), "، ")
a_c2 = say(ar_c2, 4, lambda x: ar_d(x, "msa"), "، ")
a_i2 = "SA %s، %s" % (ar_2(ar_i2[2:4], "gulf"), say(ar_i2[4:], 4, lambda x: ar_d(x, "gulf"), "، "))
a_p26 = say("0553184470", [3, 3, 4], lambda x: ar_d(x, "gulf"), "، ")
a_p28 = say("01028461937", [3, 4, 4], lambda x: ar_d(x, "egy"), "، ")
a_p31 = say("0661428719", [2, 2, 2, 2, 2], lambda x: ar_2(x, "mag"), "، ")
a_np_order = to_ar(g(NP("4412009833765102"), 4))
a_np_ticket = to_ar(NP("9834471206"))
a_np_ship = NP("014600003829472")
a_np_serial = to_ar(NP("354892117640238"))
a_np_inv = to_ar(NP("77301928"))
a_np_tkt = to_ar(g(NP("0652417709382"), [3, 10]))
a_np_ref = ar_d(NP("9120447361"), "egy")

AR = [
    # ---- names
    P("هلا [[name|فيصل]]، معك [[name|عبدالله القحطاني]]، أبي أستفسر عن حوالة ما وصلت لين الحين.",
      "حياك الله في بنك الواحة، معك فيصل، كيف أقدر أخدمك؟"),
    P("معاك [[name|مينا جرجس]] من خدمة العملاء، أقدر أساعد حضرتك إزاي؟"),
    P("أهلاً يا أستاذ [[name|كريم]]، شكراً على الانتظار."),
    P("اسمي [[name|ماريسيل ديلا كروز]]، أشتغل عند عائلة في الرياض، وعندي مشكلة في التحويل."),
    P("سميتي [[name|إيدير أمزيان]]، عيطت ليكم البارح على الفاتورة."),
    P("أنا [[name|أرمين كيشيشيان]]، عم بحكي من بيروت."),
    P("اسمي [[name|شمّا المزروعي]]، وبالإنجليزي [[name|S H A M M A]]."),
    P("اسمي [[name|حاني فارح]]، حاني بالحاء مو بالهاء."),
    P("أنا [[name|ياسمين بوزيد]]، نعيطلكم على جال الفاتورة."),
    P("مشكور أخ [[name|سعيد]]، ثواني بس أتأكد من البيانات."),
    P("معك [[name|رامي عودة]]، كنت حاكي معكم مبارح بخصوص الاشتراك."),
    P("[[name|لمى الحلبي]].", "مع مين عم إحكي لو سمحتي؟"),
    P("يعني، أنا، أنا [[name|مزمل عثمان]]، صاحب الحساب."),
    # ---- national ids
    P("إيه، [[id|%s]]." % ar_n1, "ممكن رقم الهوية الوطنية لو سمحت؟"),
    P("طيب رقم هويتي [[id|%s]]، تبيني أعيده؟" % a_n2),
    P("أنا اسمي [[name|راجيش كومار]]، رقم الإقامة [[id|%s]]." % to_ar(ar_q1)),
    P("[[id|%s]]، هذا رقم إقامتي، بس يمكن انتهت الشهر الماضي." % g(ar_q2, [1, 3, 3, 3])),
    P("رقم الهوية الإماراتية [[id|%s]]، تحتاج شي ثاني؟" % ar_eid_fmt),
    P("أيوه، [[id|%s]]." % to_ar(ar_eg), "ممكن الرقم القومي يا فندم؟"),
    P("الرقم الوطني تبعي [[id|%s]]، يعني بتقدري تشوفيه عندك؟" % a_jo),
    P("الرقم المدني [[id|%s]]، وإذا تبي رقم الملف بعد أعطيك." % ar_kw),
    # ---- cards
    P("تمام، [[card|%s]]." % g(ar_c1, 4), "تفضل، رقم البطاقة كامل لو سمحت."),
    P("رقم الكارت [[card|%s]]، اتفضلي." % a_c4),
    P("رقم البطاقة [[card|%s]] وتاريخ الانتهاء ٠٨/٢٨." % to_ar(g(ar_c3, 4))),
    P("هي البطاقة، [[card|%s]]، بس بسرعة لأنه بدي إطلع." % a_c5),
    P("بطاقة الأمريكان إكسبريس رقمها [[card|%s]]." % g(ar_c6, [4, 6, 5])),
    P("رقم البطاقة... لحظة وين حطيتها... إيه، [[card|%s]]." % g(ar_c7, 4)),
    P("للتأكيد، رقم البطاقة هو [[card|%s]]، صحيح؟" % a_c2),
    P("النمرة ديال الكارط [[card|%s]]، واش وصلاتك؟" % g(ar_c8, 4)),
    # ---- IBAN
    P("[[iban|%s]]، باسمي." % g(ar_i1, 4), "وش رقم الآيبان اللي تبي تحول عليه؟"),
    P("الآيبان حقي [[iban|%s]]." % a_i2),
    P("رقم الآيبان: [[iban|%s]]، الحساب في دبي." % ar_i3),
    P("ده الآيبان بتاعي [[iban|%s]]، عشان التحويل يوصل على طول." % g(ar_i4, 4)),
    P("الآيبان تبعي [[iban|%s]]، حوّلولي عليه لو سمحتي." % g(ar_i5, 4)),
    P("أوكي، الـ IBAN هو [[iban|%s]]، merci." % g(ar_i6, 4)),
    P("[[iban|%s]]، هذا الآيبان، لا تحوّل على الحساب القديم." % ar_i7),
    P("نعطيك الـ RIB... لا، الآيبان خير: [[iban|%s]]." % g(ar_i8, 4)),
    # ---- phones
    P("[[phone|٠٥٠٤١٧٢٨٣٩]]، هذا جوالي.", "وش أفضل رقم نتواصل معك عليه؟"),
    P("جوالي [[phone|%s]]، وعليه واتساب." % a_p26),
    P("رقمي [[phone|+971 50 628 1943]]، اتصل عليه أي وقت بعد العصر."),
    P("نمرتي [[phone|%s]]، ولو مردتش ابعتلي رسالة." % a_p28),
    P("رقم تلفوني [[phone|%s]]." % to_ar("079 612 3845")),
    P("خلّيني أعطيك رقمي، [[phone|+961 3 418 275]]، بس عالواتساب أحسن."),
    P("النمرة ديالي [[phone|%s]]." % a_p31),
    P("رقمي [[phone|٩٩٤٧٢٨١٦]]، لا آسف، [[phone|٩٩٤٧٢٨٦١]]."),
    P("إذن رقم الجوال [[phone|+966 55 318 4470]]، صحيح؟"),
    # ---- e-mail
    P("[[email|nora.alshammari@gmail.com]]", "والإيميل؟"),
    P("إيميلي [[email|خالد دوت العتيبي ات هوتميل دوت كوم]]."),
    P("الإيميل [[email|mina.guirguis ات yahoo دوت com]]، كله سمول."),
    P("اكتب عندك، [[email|m o h a m e d underscore f a r o u k at gmail dot com]]."),
    P("الإيميل ديالي هو [[email|yassine.benali arobase gmail point com]]."),
    P("ابعتلي عالإيميل، [[email|lama_halabi90@outlook.com]]، ومشكورة."),
    P("تمام، الإيميل [[email|s.almazrouei@outlook.ae]]، صح؟"),
    # ---- dates of birth
    P("[[dob|١٩٨٨/٠٤/١٢]]", "تاريخ الميلاد لو سمحت؟"),
    P("تاريخ ميلادي [[dob|١٤١٠/٠٧/٢٣]] هجري."),
    P("أنا مواليد [[dob|خمستاشر ديسمبر خمسة وتمانين]]."),
    P("تاريخ الميلاد، يعني، [[dob|٢٣ أيلول ١٩٩٠]]."),
    P("اسمي [[name|حيدر الموسوي]]، من مواليد [[dob|الأول من آذار عام ألف وتسعمئة وخمسة وسبعين]]."),
    P("ميلادي [[dob|عشرين خمسة ألفين واثنين]]، بالميلادي مو بالهجري."),
    P("حضرتك مواليد [[dob|٣ يناير ١٩٦٤]]، مظبوط؟"),
    P("تاريخ الازدياد ديالي [[dob|17 مارس 1979]]."),
    # ---- addresses
    P("العنوان الوطني: [[address|٧٢٣٥ شارع الأمير سلطان، حي الروضة، جدة ٢٣٤٣٥]]."),
    P("أنا ساكن في [[address|١٤ شارع طلعت حرب، الدور التالت، شقة ٧، وسط البلد، القاهرة]]."),
    P("[[address|عمارة ٢٢، شارع مكة، الطابق الرابع، عمّان]].", "شو العنوان لنبعتلك البطاقة؟"),
    P("أنا ساكن ف [[address|17 زنقة ابن بطوطة، المعاريف، الدار البيضاء]]."),
    P("وصلوا الطلب على [[address|شقة ٩٠٤، برج الياسمين، شارع الشيخ زايد، دبي]]."),
    P("عنواني [[address|بناية الأرز، الطابق التالت، شارع الحمرا، بيروت]]."),
    P("[[address|قطعة ٤، شارع ١٢، منزل ٣٧، السالمية]]، هذا عنوان البيت."),
    P("[[address|نهج ابن خلدون عدد ٣٢، أريانة ٢٠٨٠]].", "شنية العنوان متاعك؟"),
    P("سجّل عندك العنوان الجديد [[address|فيلا ١٨، شارع ٣٢أ، حي الملقا، الرياض]] والجوال [[phone|٠٥٦ ٢٢٩ ٧٤١٨]]."),
    # ---- non-personal
    P("شركة النخبة للاتصالات، مساء الخير، معك قسم الفواتير، كيف أقدر أساعدك؟"),
    P("الحمد لله بخير، الله يسلمك."),
    P("أنا متصل من الرياض بخصوص الفاتورة الأخيرة."),
    P("الفاتورة هالشهر طلعت ٣٥٠ ريال، وأنا عادة أدفع ١٨٠ بس."),
    P("الباقة بتاعتي عشرين جيجا وخلصت في أسبوع، إزاي يعني؟"),
    P("رقم الطلب %s." % a_np_order),
    P("رقم البلاغ %s، احتفظ فيه لو سمحت." % a_np_ticket),
    P("موعدك يوم الأحد ١٤ أبريل الساعة عشرة ونص الصبح."),
    P("الفاتورة صادرة بتاريخ ١ مارس ومستحقة الدفع قبل ١٥ مارس."),
    P("أنا عميل عندكم من سنة ٢٠١٥، ما عمري تأخرت بالسداد."),
    P("فيه خصم ٢٥٪ إذا دفعت قبل نهاية الشهر."),
    P("اسمي مسجل على الحساب بس الرقم باسم أبوي."),
    P("اسمي مش مكتوب صح على الفاتورة، عايز أعدّله."),
    P("أنا معك، تفضل."),
    P("بدي أدفع ميتين وخمسين دينار قسط هالشهر."),
    P("الرحلة رقم WA 1024 من جدة الساعة ستة وربع المسا."),
    P("المقعد ١٤C، والبوابة B7."),
    P("أبي أجدد الباقة، باقة نجوم ١٢٠ اللي بـ ١٢٠ ريال بالشهر."),
    P("رمز التحقق ٤٨٢٩١٧، لا تعطيه أحد."),
    P("دفعت تلاتمية درهم وباقي ما تحلش المشكل."),
    P("رقم الشحنة JD%s، بس التتبع ما يشتغل." % a_np_ship),
    P("رقم المرجع ٢٠٢٤-٠٣-٥٥٨١٩."),
    P("اضغط واحد للعربي، اتنين للإنجليزي."),
    P("عندي ولدين وبنت، والكبير عمره ١٢ سنة."),
    P("المبلغ المسترد ١٢٥٠ درهم وبينزل خلال ٥ إلى ٧ أيام عمل."),
    P("عدّاد الكهرباء قرا ٠٤٤٧١ والشهر اللي فات كان ٠٣٩٩٠."),
    P("أنا ساكن في مدينة نصر بس الكارت اتسحب في إسكندرية."),
    P("عيد ميلاد بنتي الأسبوع الجاي وأبي الطلب يوصل قبل."),
    P("الفاتورة رقم %s بتاريخ ٥ يناير." % a_np_inv),
    P("التحويل كان ٤٥٠٠ ريال على دفعتين."),
    P("أنا متصل بخصوص بطاقة الائتمان، انسرقت امبارح."),
    P("ما أبي أعطيك رقم البطاقة على التلفون، فيه طريقة ثانية؟"),
    P("الإيميل ما عم يوصلني، شو القصة؟"),
    P("السعر مع الضريبة ٥٧٫٥٠ دينار."),
    P("شهادة الميلاد ضاعت، كيف أطلع بدل فاقد؟"),
    P("موعد التسليم ٢٠٢٤/٠٦/١٨ بين الساعة ٩ و١٢."),
    P("مرحبا، أنا بتصل من عمّان، عندي سؤال عن التأمين الصحي."),
    P("البوليصة رقم HP-7741-902 سارية لحد آخر السنة."),
    P("الرسوم السنوية ٢٩٩ ريال، وتنلغى إذا صرفت ٢٠ ألف بالسنة."),
    P("أنا متصلة عن أمي، عمرها ٨٢ سنة وما تعرف تستخدم التطبيق."),
    P("الكونطرا ديالي تسالا ف 30 يونيو."),
    P("الرقم التسلسلي للجهاز %s." % a_np_serial),
    P("الخطة فيها ٥٠٠ دقيقة و١٠ جيجا ورسائل بلا حدود."),
    P("التذكرة رقم %s." % a_np_tkt),
    P("باهي، يعيشك، نستنى."),
    P("اسم الشركة مكتوب غلط في العقد، المفروض مؤسسة الفجر للتجارة."),
    P("رقم الشكوى %s، اكتبه عندك." % a_np_ref),
    P("لا والله ما عندي كرت، أدفع كاش عند المندوب."),
    P("يا أخي صار لي ساعة على الانتظار، ساعة كاملة!"),
    P("الطلبية فيها تلات قطع، وصل منهم اتنين بس."),
]

# ==========================================================================
# HEBREW
# ==========================================================================

he_t1 = tz("03928451")
he_t2 = tz("20417736")
he_t3 = tz("31852094")
he_t4 = tz("05673218")
he_t5 = tz("32609147")
he_t6 = tz("01254896")
he_t7 = tz("34118572")
he_ssn = ssn("305472219")
he_c1 = card("458012736645219")
he_c2 = card("532610984417305")
he_c3 = card("411122839905716")
he_c4 = card("552908173346620")
he_c5 = card("37521904663821")
he_c6 = card("490187235560143")
he_c7 = card("540271186934058")
he_i1 = iban("IL", "0108000000099817352")
he_i2 = iban("IL", "0126140000004532871")
he_i3 = iban("IL", "0204610000000284736")
he_i4 = iban("IL", "0110780000000563129")
he_i5 = iban("DE", "120300009417263850")
he_i6 = iban("IL", "0316520000000917405")
he_i7 = iban("FR", "20041010050500013M02606")

h_t2 = say(he_t2, 3, he_d)
h_t6 = " ".join(he_t6)
h_c2 = say(he_c2, 4, he_d)
h_c4 = say(he_c4, 4, he_pairs)
h_i2 = "IL %s, %s" % (he_2(he_i2[2:4]), say(he_i2[4:], 4, he_d))
h_p24 = say("0543184470", [3, 3, 4], he_d)
h_p26 = "%s, %s, %s, %s" % ("אפס " + he_2("58"), he_d("291"), he_2("34"), he_2("76"))
h_np_order = NP("8830172644915503")
h_np_case = NP("5528193")
h_np_pol = g(NP("4001185573"), [3, 3, 4], "-")
h_np_ref = g(NP("0045881273"), [4, 4, 2], "-")
h_np_plate = g(NP("7341862"), [2, 3, 2], "-")

HE = [
    # ---- names
    P("היי [[name|אורית]], אה, מדבר [[name|יבגני פטרוב]], יש לי בעיה עם כרטיס האשראי.",
      "שלום, הגעת לבנק השרון, מדברת אורית, במה אפשר לעזור?"),
    P("שמי [[name|דנה כהן]], אני מתקשרת לגבי ההחזר."),
    P("קוראים לי [[name|טספאיה מנגיסטו]], הייתי אצלכם בסניף בשבוע שעבר."),
    P("כאן [[name|נועה]] מהמוקד, איך אפשר לעזור?"),
    P("תודה רבה גברת [[name|לוי]], אני מעדכנת את זה עכשיו."),
    P("מדברת [[name|וורקנש]], אה, [[name|וורקנש טקלה]], בעלת הפוליסה."),
    P("אני [[name|מוחמד אבו ריא]] מסכנין, התקשרתי אתמול."),
    P("שם משפחה [[name|חלבי]], [[name|ח׳ ל׳ ב׳ י׳]].", "איך מאייתים את שם המשפחה?"),
    P("היי, זה [[name|ג'ונתן גרין]], התקשרתם אליי לפני רבע שעה."),
    P("בסדר [[name|שירה]], אז אני מעדכן את הכתובת."),
    P("אני [[name|אליקו]], [[name|אליקו ג'נשווילי]], הבן של בעל החשבון."),
    P("כן זה [[name|רון אלמוג]] מדבר מה שלומך"),
    P("שְׁמִי [[name|אֶסְתֵּר בֶּן דָּוִד]], אֲנִי רוֹצָה לְבַטֵּל אֶת הַמִּנּוּי."),
    # ---- national ids
    P("כן, [[id|%s]]." % he_t1, "אפשר מספר תעודת זהות?"),
    P("תעודת זהות [[id|%s]]." % h_t2),
    P("ת\"ז [[id|%s]], ואני בעלת החשבון." % g(he_t3, 3, "-")),
    P("[[id|%s]], זה מספר הזהות שלי." % he_t4),
    P("רק לוודא, תעודת זהות [[id|%s]], נכון?" % h_t6),
    P("זה של הבן שלי, [[id|%s]], שלי זה [[id|%s]]." % (he_t5, he_t7)),
    P("קוראים לי [[name|אולגה קוזלוב]], ותעודת הזהות שלי [[id|%s]]." % tz("30581467")),
    P("יש לי גם סושיאל סקיוריטי אמריקאי, [[id|%s]], אם זה עוזר." % g(he_ssn, [3, 2, 4], "-")),
    # ---- cards
    P("[[card|%s]]" % g(he_c1, 4), "מה מספר הכרטיס?"),
    P("מספר הכרטיס [[card|%s]]." % h_c2),
    P("אה, הכרטיס זה [[card|%s]], תוקף 11/27." % g(he_c3, 4, "-")),
    P("אז ככה, [[card|%s]], ואת צריכה גם את השלוש ספרות?" % h_c4),
    P("אמריקן אקספרס, [[card|%s]]." % g(he_c5, [4, 6, 5])),
    P("אני חוזרת על המספר: [[card|%s]], נכון?" % " ".join(he_c6)),
    P("[[card|%s]], זה הכרטיס החדש שקיבלתי מהבנק." % g(he_c7, 4)),
    # ---- IBAN
    P("כן, [[iban|%s]]." % g(he_i1, 4), "תוכל להקריא לי את מספר ה-IBAN?"),
    P("ה-IBAN שלי [[iban|%s]]." % h_i2),
    P("האייבן שלי [[iban|%s]], תעבירו לשם." % he_i3),
    P("ה-IBAN זה [[iban|%s]], על שמי." % g(he_i4, 4)),
    P("יש לי חשבון בגרמניה, ה-IBAN [[iban|%s]]." % g(he_i5, 4)),
    P("[[iban|%s]] זה החשבון לזיכוי" % g(he_i6, 4).lower()),
    P("החשבון בצרפת, אה, [[iban|%s]]." % g(he_i7, 4)),
    # ---- phones
    P("[[phone|050-7123456]]", "לאיזה מספר לחזור אלייך?"),
    P("הנייד שלי [[phone|%s]]." % h_p24),
    P("המספר [[phone|+972 52-664-1938]], אני בחו\"ל עכשיו."),
    P("תרשמי [[phone|%s]]." % h_p26),
    P("בבית זה [[phone|03-6123458]] אבל עדיף בנייד."),
    P("[[phone|054-6672310]], סליחה, [[phone|054-6672301]]."),
    P("אז המספר [[phone|053 441 2290]], נכון?"),
    P("מִסְפַּר הַטֶּלֶפוֹן שֶׁלִּי [[phone|050-8817294]]."),
    # ---- e-mail
    P("[[email|yael.mizrahi@walla.co.il]]", "ומה כתובת המייל?"),
    P("המייל [[email|דני נקודה לוי שטרודל ג'ימייל נקודה קום]]."),
    P("המייל שלי [[email|shira.bd שטרודל gmail נקודה com]]."),
    P("הכל צמוד, [[email|אבי בר 77 שטרודל הוטמייל נקודה קום]]."),
    P("[[email|orenkatz@bezeqint.net]], זה המייל."),
    P("אני מקריאה: [[email|m.abuhussein@gmail.com]], נכון?"),
    P("תשלחו ל-[[email|tesfaye.m@gmail.com]] או תתקשרו ל-[[phone|052-3849017]]."),
    # ---- dates of birth
    P("[[dob|3.4.1987]]", "תאריך לידה?"),
    P("נולדתי ב-[[dob|12 ביוני 79]]."),
    P("תאריך הלידה שלי [[dob|עשרים ושלושה באוגוסט, אלף תשע מאות שבעים ושש]]."),
    P("תאריך לידה [[dob|17/02/1995]], נכון?"),
    P("אני [[name|ג'ולי אזולאי]], ילידת [[dob|חמישה בנובמבר שמונים ותשע]]."),
    P("לועזי אני לא זוכר בעל פה, העברי זה [[dob|ט\"ו בשבט תשמ\"ה]].", "ותאריך הלידה?"),
    P("תעודת לידה... לא, סליחה, תאריך הלידה, [[dob|1.1.1960]]."),
    # ---- addresses
    P("אני גר ב[[address|רחוב הרצל 42, דירה 5, רמת גן]]."),
    P("[[address|שדרות רוטשילד 18, תל אביב]].", "מה הכתובת למשלוח?"),
    P("הכתובת [[address|הנרקיס 7, קריית שמונה]]."),
    P("[[address|יפו 97 דירה 12, ירושלים]], זו הכתובת החדשה."),
    P("אנחנו ב[[address|רחוב הגפן שלושים ואחת, כניסה ב', נהריה]]."),
    P("אז לשלוח ל-[[address|ויצמן 3, כפר סבא, מיקוד 4424103]]?"),
    P("[[address|הרב קוק 9/4, בני ברק]]."),
    P("הכתובת [[address|רחוב אל-מוטראן 14, נצרת]], ליד הכנסייה."),
    P("כְּתוֹבֶת: [[address|רְחוֹב הַזַּיִת 5, צְפַת]]."),
    # ---- non-personal
    P("שלום, הגעתם לגלים תקשורת, השיחה מוקלטת לצורך שיפור השירות."),
    P("אני מדברת עם הבנק כבר שעה ואף אחד לא עוזר לי."),
    P("אני בסדר, תודה, ואת?"),
    P("אני מתקשר מחיפה בקשר לחשבון החשמל."),
    P("השם שלי רשום על החשבון, אבל אשתי משלמת."),
    P("כל פעם קוראים לי לסניף בשביל עוד חתימה."),
    P("החשבון החודש יצא 487 שקל, בדרך כלל זה 230."),
    P("מספר הזמנה %s." % h_np_order),
    P("מספר פנייה %s, תשמרי אותו." % h_np_case),
    P("התור שלך ביום שלישי ה-14 במאי בשעה 10:30 אצל רופאת המשפחה."),
    P("החשבונית מה-1 במרץ, לתשלום עד ה-15."),
    P("אני לקוחה שלכם מ-2012."),
    P("יש הנחה של 20 אחוז אם עוברים לחיוב בכרטיס."),
    P("חבילת הגלישה היא 500 ג'יגה ב-39.90 לחודש."),
    P("טיסה 6H 871 לאתונה, מושב 22A, יציאה בשש וחצי בבוקר."),
    P("הקוד לאימות הוא 482917."),
    P("שלוש מאות ארבעים שקל, זה מה שחייבו אותי."),
    P("12 תשלומים של 149 שקל, בלי ריבית."),
    P("ההחזר יגיע תוך 5 עד 7 ימי עסקים."),
    P("אני מתקשרת בקשר לאמא שלי, היא בת 84."),
    P("יום ההולדת של הבת שלי ביום שישי, זה יגיע עד אז?"),
    P("מספר פוליסה %s." % h_np_pol),
    P("המונה מראה 04471 קוט\"ש."),
    P("שלחתי מייל לפני שבוע ולא קיבלתי תשובה."),
    P("אל תקריא לי את מספר הכרטיס, אני מעביר אותך למערכת מאובטחת."),
    P("תלחץ 2 לשירות לקוחות, 3 לתמיכה טכנית."),
    P("הסניף ברחוב הרצל סגור בימי שישי."),
    P("אני גר בתל אביב אבל העבודה בפתח תקווה."),
    P("החבילה נמצאת בסניף הדואר, מספר מעקב RR 904 381 227 IL."),
    P("המחיר כולל מע\"מ, 1,170 שקל."),
    P("ההסכם מסתיים ב-31 בדצמבר 2025."),
    P("שנתיים אני מחכה להחזר הזה."),
    P("תודה רבה, יום טוב."),
    P("קבעתי תור לעשרים ושלושה באוגוסט, אפשר להקדים?"),
    P("נולדתי בחיפה אבל גדלתי באילת."),
    P("אני מדבר מהמשרד, הטלפון בבית לא עובד."),
    P("הסכום הוא אלף מאתיים וחמישים שקל."),
    P("אסמכתא מספר %s." % h_np_ref),
    P("אני בהמתנה כבר ארבעים דקות."),
    P("יש לי מנוי פלוס, 200 דקות ו-10 ג'יגה."),
    P("הרכב שלי, מספר רישוי %s, עומד במוסך." % h_np_plate),
    P("תּוֹדָה רַבָּה, יוֹם טוֹב."),
    P("בנק השרון, שלום, במה אפשר לעזור?"),
    P("העברתי 2,500 שקל ביום ראשון ועוד לא נכנס."),
    P("הגבייה הבאה תהיה ב-10 לחודש."),
    P("מספר הלקוח שלי... אה, אני לא זוכר אותו."),
    P("הזמנתי 3 מזרנים ו-2 כריות, הגיעה רק כרית אחת."),
    P("אני בן 67, אין לי כוח לאפליקציות."),
    P("אה, רגע, אני מחפש את המכתב, יש שם מספר."),
    P("אני מתקשרת לגבי התור של הילד, הוא נקבע לשמונה בבוקר."),
]

# ==========================================================================
# GREEK
# ==========================================================================

el_a1 = afm("04821937")
el_a2 = afm("11573826")
el_a3 = afm("03692418")
el_a4 = afm("15287403")
el_a5 = afm("08743159")
el_amka1 = luhn_complete("1503840512")
el_amka2 = luhn_complete("2711790348")
assert len(el_amka1) == 11 and len(el_amka2) == 11
el_c1 = card("516874209312660")
el_c2 = card("479601334827150")
el_c3 = card("454316072839915")
el_c4 = card("522184037716458")
el_c5 = card("37402219955861")
el_c6 = card("492710380056243")
el_c7 = card("535187624049173")
el_i1 = iban("GR", "01405620000056201847390")
el_i2 = iban("GR", "01701710005171028364951")
el_i3 = iban("GR", "02603840000580200719462")
el_i4 = iban("CY", "005003470000003519204817")
el_i5 = iban("GR", "01102180000021874930662")
el_i6 = iban("DE", "760700240314729508")

l_a2 = say(el_a2, 3, el_grp)
l_a3 = noacc(el_d(el_a3))
l_amka2 = say(el_amka2, [2, 2, 2, 2, 2, 1], el_grp)
l_c2 = say(el_c2, 4, el_d)
l_c3 = say(el_c3, 2, el_grp)
l_c4 = g(el_c4[:12], 4) + " " + el_d(el_c4[12:])
l_i2 = "GR %s, %s" % (el_grp(el_i2[2:4]), say(el_i2[4:], 4, el_d))
l_p26 = say("6974123456", [3, 3, 4], el_d)
l_p27 = say("6948123057", [3, 3, 2, 2], el_grp)
l_np_order = g(NP("5528193044716602"), 4)
l_np_contract = g(NP("9031224587"), [4, 4, 2])
l_np_ship = g(NP("904318772"), 3)

EL = [
    # ---- names (various cases)
    P("Καλησπέρα [[name|Στέλιο]], ε, με λένε [[name|Κατερίνα Ιωάννου]] και έχω ένα θέμα με την κάρτα μου.",
      "Καλησπέρα σας, Τράπεζα Αιγαίου, λέγομαι Στέλιος, πώς μπορώ να σας εξυπηρετήσω;"),
    P("Καλημέρα, είμαι ο [[name|Θανάσης Μιχαηλίδης]], σας έχω στείλει και email."),
    P("Ευχαριστώ πολύ, κύριε [[name|Μιχαηλίδη]], το καταχώρισα."),
    P("Στο τηλέφωνο η [[name|Δέσποινα]], πώς μπορώ να βοηθήσω;"),
    P("Σας μιλάει ο [[name|Παύλος]] από το τμήμα ζημιών."),
    P("Με λένε [[name|Τζον Μίλερ]], μιλάω λίγα ελληνικά, sorry."),
    P("λέγομαι [[name|αχμέτ γιλμάζ]] και πήρα για το δέμα"),
    P("Ονομάζομαι [[name|Μαρία ντε λα Κρουζ]], δουλεύω σε σπίτι στην Κηφισιά."),
    P("Είμαι η [[name|Νίνο Μπεριτζέ]], η ενοικιάστρια."),
    P("Το επώνυμο [[name|Ξανθόπουλος]], [[name|Ξ Α Ν Θ Ο Π Ο Υ Λ Ο Σ]].", "Μου συλλαβίζετε το επώνυμο;"),
    P("Ευχαριστώ [[name|Δέσποινα]], να 'στε καλά."),
    P("Ναι, με λένε [[name|Γιώργο]], [[name|Γιώργο Ραφαηλίδη]]."),
    P("Εν ο [[name|Χαράλαμπος]] που σας πήρε χτες για το ρεύμα."),
    P("Κυρία [[name|Ιωάννου]], θα σας καλέσουμε εμείς μέσα στην ημέρα."),
    # ---- ids
    P("Ναι, [[id|%s]]." % el_a1, "Μου λέτε τον ΑΦΜ σας;"),
    P("Ο ΑΦΜ μου είναι [[id|%s]]." % l_a2),
    P("ναι το αφμ μου ειναι [[id|%s]]" % l_a3),
    P("Το ΑΜΚΑ μου είναι [[id|%s]]." % el_amka1),
    P("Αριθμός ταυτότητας [[id|ΑΚ 482913]], έκδοση του 2015."),
    P("Η ταυτότητά μου είναι [[id|άλφα νι εφτά τρία μηδέν δύο πέντε ένα]]."),
    P("[[id|%s]], αυτός είναι ο ΑΦΜ." % g(el_a4, 3, ".")),
    P("Άρα ΑΜΚΑ [[id|%s]], σωστά;" % l_amka2),
    P("Ονομάζομαι [[name|Ερμίρα Χότζα]] και ο ΑΦΜ μου είναι [[id|%s]]." % el_a5),
    # ---- cards
    P("[[card|%s]]" % g(el_c1, 4), "Τον αριθμό της κάρτας, παρακαλώ."),
    P("Η κάρτα είναι [[card|%s]]." % l_c2),
    P("[[card|%s]]." % l_c3, "Πείτε μου τον αριθμό της κάρτας όπως είναι γραμμένος."),
    P("Ο αριθμός: [[card|%s]]." % l_c4),
    P("Είναι American Express, [[card|%s]]." % g(el_c5, [4, 6, 5])),
    P("[[card|%s]], όχι συγγνώμη, αυτή έληξε, η καινούρια είναι [[card|%s]]." % (g(el_c6, 4), g(el_c7, 4))),
    P("Επαναλαμβάνω: [[card|%s]], σωστά;" % " ".join(card("401288175530462"))),
    # ---- IBAN
    P("Βεβαίως, [[iban|%s]]." % g(el_i1, 4), "Μου δίνετε το IBAN;"),
    P("Το ΙΒΑΝ είναι [[iban|%s]]." % l_i2),
    P("[[iban|%s]], αυτό είναι το IBAN για την επιστροφή." % el_i2),
    P("Έχω λογαριασμό στην Κύπρο, [[iban|%s]]." % g(el_i4, 4)),
    P("το iban μου ειναι [[iban|%s]]" % g(el_i3, 4).lower()),
    P("Δουλεύω στη Γερμανία, οπότε το IBAN είναι γερμανικό: [[iban|%s]]." % g(el_i6, 4)),
    P("Ναι, δικαιούχος είμαι εγώ, [[name|Νίκος Παπαδόπουλος]], IBAN [[iban|%s]]." % el_i5),
    # ---- phones
    P("[[phone|697 123 4567]]", "Ένα τηλέφωνο επικοινωνίας;"),
    P("Το κινητό μου είναι [[phone|%s]]." % l_p26),
    P("Γράψτε [[phone|%s]]." % l_p27),
    P("Στο σταθερό, [[phone|+30 210 345 6789]], μετά τις έξι."),
    P("σταθερο [[phone|2310 456789]] και κινητο δεν εχω"),
    P("[[phone|6944 281739]], όχι, [[phone|6944 281793]], συγγνώμη."),
    P("Άρα [[phone|+30 693 507 2218]], σωστά;"),
    # ---- e-mail
    P("[[email|giorgos.pap@gmail.com]]", "Και το email σας;"),
    P("Είναι [[email|μαρία τελεία κωνσταντίνου παπάκι yahoo τελεία gr]]."),
    P("Το mail μου είναι [[email|eleni_k82 παπάκι hotmail τελεία com]]."),
    P("Στείλτε μου στο [[email|thanos.michailidis@otenet.gr]] ή πάρτε με στο [[phone|6981 234 506]]."),
    P("Γράφετε [[email|k o s t a s underscore 7 παπάκι gmail τελεία com]], όλα μικρά."),
    P("[[email|a.beridze@gmail.com]], αυτό είναι το email μου."),
    P("Το επαναλαμβάνω: [[email|dimitra τελεία sotiriou παπάκι outlook τελεία com]];"),
    # ---- dates of birth
    P("[[dob|14/07/1990]]", "Ημερομηνία γέννησης;"),
    P("Γεννήθηκα στις [[dob|3 Μαρτίου 1984]]."),
    P("[[dob|δώδεκα του έξι του ογδόντα εφτά]].", "Και η ημερομηνία γέννησης;"),
    P("Ημερομηνία γέννησης [[dob|είκοσι πέντε Δεκεμβρίου χίλια εννιακόσια εξήντα ένα]]."),
    P("Και γεννηθήκατε [[dob|1η Απριλίου 1975]], σωστά;"),
    P("ημερομηνια γεννησης [[dob|30 σεπτεμβριου 2000]]"),
    P("Λέγομαι [[name|Σπύρος Αντωνίου]], γεννημένος [[dob|17/11/1958]]."),
    P("Εεε, γεννήθηκα [[dob|9.5.72]]."),
    # ---- addresses
    P("[[address|Ερμού 25, 3ος όροφος, Αθήνα 105 63]].", "Η διεύθυνσή σας;"),
    P("Μένω στη [[address|Λεωφόρο Αλεξάνδρας 112, Αμπελόκηποι, 114 73]]."),
    P("Η διεύθυνση είναι [[address|Πατησίων εκατόν σαράντα δύο, δεύτερος όροφος]]."),
    P("[[address|Τσιμισκή 48, Θεσσαλονίκη, 546 23]], εκεί να έρθει ο τεχνικός."),
    P("Μένω στην [[address|οδό Κολοκοτρώνη 7, Ηράκλειο]], πάνω από το φαρμακείο."),
    P("Να το στείλουμε στην [[address|Αγίου Δημητρίου 19, Καλαμάτα]];"),
    P("η διευθυνση ειναι [[address|παπαφλεσσα 3, πατρα 262 22]]"),
    P("Ταχυδρομική διεύθυνση: [[address|Μακαρίου 56, διαμέρισμα 201, 1065 Λευκωσία]]."),
    # ---- non-personal
    P("Καλησπέρα, Ηλεκτρική Ενέργεια Αιγαίου, πώς μπορώ να βοηθήσω;"),
    P("Με λένε συνέχεια να περιμένω και κανείς δεν με εξυπηρετεί."),
    P("Καλά είμαι, ευχαριστώ, εσείς;"),
    P("Σας παίρνω από τη Θεσσαλονίκη για τον λογαριασμό του ρεύματος."),
    P("Το όνομά μου είναι στον λογαριασμό, αλλά πληρώνει ο γιος μου."),
    P("Ο λογαριασμός ήρθε 187 ευρώ, ενώ συνήθως είναι γύρω στα 90."),
    P("Αριθμός παραγγελίας %s." % l_np_order),
    P("Ο αριθμός πρωτοκόλλου είναι 94782/2024."),
    P("Το ραντεβού σας είναι την Πέμπτη 12 Σεπτεμβρίου στις 11:00."),
    P("Ο λογαριασμός λήγει στις 25 του μήνα."),
    P("Είμαι πελάτης σας από το 2008."),
    P("Έχετε έκπτωση 15% αν πληρώσετε με πάγια εντολή."),
    P("Το πακέτο έχει 10 GB και 1000 λεπτά ομιλίας."),
    P("Το πρόγραμμα λέγεται Άπειρη Ομιλία 25, στα 25 ευρώ τον μήνα."),
    P("Η πτήση είναι η A3 602 για Ηράκλειο, στις 7 και 10 το πρωί."),
    P("Ο κωδικός επιβεβαίωσης είναι 739 204."),
    P("Εκατόν είκοσι ευρώ και πενήντα λεπτά, αυτό χρεώθηκε."),
    P("Θα σας επιστραφούν σε 5 με 7 εργάσιμες."),
    P("Πατήστε 1 για ελληνικά, 2 for English."),
    P("Είμαι 67 χρονών και δεν ξέρω από εφαρμογές."),
    P("Τα γενέθλια της κόρης μου είναι το Σάββατο, θα έρθει μέχρι τότε;"),
    P("Γεννήθηκα στην Καβάλα αλλά μένω Αθήνα."),
    P("Ο αριθμός συμβολαίου %s." % l_np_contract),
    P("Η ένδειξη του μετρητή είναι 04471."),
    P("Το τιμολόγιο με ημερομηνία 5 Ιανουαρίου."),
    P("Μην μου πείτε τον αριθμό της κάρτας, θα σας γυρίσω στο ασφαλές σύστημα."),
    P("Έστειλα email πριν από μια εβδομάδα και δεν πήρα απάντηση."),
    P("Το κατάστημα στην Ερμού κλείνει στις εννιά."),
    P("Πλήρωσα 2.350 ευρώ σε τρεις δόσεις."),
    P("Κωδικός αποστολής %s, Ταχυμεταφορές Ίκαρος." % l_np_ship),
    P("Η σύνταξη μπαίνει στις 27 του μήνα."),
    P("Περιμένω σαράντα λεπτά στη γραμμή."),
    P("Ευχαριστώ πολύ, καλή συνέχεια."),
    P("καλησπερα, ηθελα να ρωτησω για το πακετο των 15 ευρω"),
    P("Είμαι ο ιδιοκτήτης του σπιτιού, όχι ο ενοικιαστής."),
    P("Είμαι η μητέρα του, τον παίρνω εγώ γιατί δουλεύει."),
    P("Η κράτηση είναι για 2 ενήλικες και 1 παιδί, 14 με 21 Αυγούστου."),
    P("Ο ΦΠΑ είναι 24%, το ποσό χωρίς ΦΠΑ 100 ευρώ."),
    P("Ο αριθμός της βλάβης είναι 20240318-77."),
    P("Το ΑΦΜ της εταιρείας το έχετε στο τιμολόγιο."),
    P("Χρειάζομαι βεβαίωση για την εφορία μέχρι τις 30 Ιουνίου."),
    P("Εξήντα ευρώ την ώρα η εργασία του τεχνικού."),
    P("Ο τεχνικός θα έρθει μεταξύ 8 και 12 την Τρίτη."),
    P("Στο τηλέφωνο η υπεύθυνη βάρδιας, ένα λεπτό παρακαλώ."),
    P("Είμαι καλά, απλώς θέλω να κλείσω το ραντεβού για τις 3 Οκτωβρίου."),
    P("Το ενοίκιο είναι 450 ευρώ και τα κοινόχρηστα 35."),
    P("Η κάρτα μου έληξε τον Μάρτιο, πότε θα έρθει η καινούρια;"),
    P("Έχω δύο γραμμές, η μία είναι εταιρική."),
    P("εεε, μισό λεπτό να βρω τον λογαριασμό."),
    P("Γεννήθηκε η εγγονή μου και θέλω να την προσθέσω στο ασφαλιστήριο."),
    P("Σας παίρνω για τη διεύθυνση, άλλαξε ο ταχυδρομικός κώδικας στην περιοχή μας."),
]


# --------------------------------------------------------------------------


def main():
    os.makedirs(OUT, exist_ok=True)
    report = {}
    for lang, rows in (("en", EN), ("ar", AR), ("he", HE), ("el", EL)):
        items = [build(src, ctx) for src, ctx in rows]
        texts = [it["text"] for it in items]
        assert len(texts) == len(set(texts)), "duplicate text in " + lang
        kinds = Counter(sp["kind"] for it in items for sp in it["spans"])
        for k in KINDS:
            assert kinds[k] >= 6, (lang, k, kinds[k])
        with open(os.path.join(OUT, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        npers = sum(1 for it in items if it["spans"])
        report[lang] = (len(items), npers, len(items) - npers, kinds)
    for lang, (n, p, q, kinds) in report.items():
        print("%s: %d items (%d personal, %d non-personal)  %s"
              % (lang, n, p, q, ", ".join("%s=%d" % (k, kinds[k]) for k in KINDS)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
