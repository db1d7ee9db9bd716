#!/usr/bin/env python3
"""Build the held-out redaction evaluation set "blind9".

Who and how
-----------
Written by hand by a helper session working only from the written brief for this set
(the blind-set spec).  The author never read the redactor's source, its rules or patterns,
its tests, or any other evaluation set, and never ran the product while writing it.
Every utterance below was composed by imagining whole phone calls in different sectors
(pharmacy delivery, car insurance, mobile top-up, hotel booking, gas leak, pension,
parcel redirect, card fraud, school enrolment, rental deposit, bank, utilities ...)
in English, Arabic (Gulf, Levantine, Egyptian, Maghrebi and MSA), Hebrew and Greek,
and writing the lines the way a speech recogniser transcribes them.  All personal
values are invented; check-digit values were generated for this set and are asserted
valid below, and long non-personal numbers are asserted to fail the same checks.

Output
------
data/redaction/blind9/{en,ar,he,el}.jsonl, one JSON object per line:

    {"text": str,
     "spans": [{"kind": str, "start": int, "end": int}, ...],
     "context": str}            # optional

kind is one of card, iban, id, phone, email, date_of_birth, name, address.
start/end are BYTE offsets into the UTF-8 encoding of "text" (end exclusive).
"context" is an earlier line of the same call; its content is not scored.
Items with an empty "spans" list are non-personal and must come out unchanged.

The script is deterministic (no randomness): run it to rewrite the four files.
"""

import datetime
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "data", "redaction", "blind9"))
LANGS = ("en", "ar", "he", "el")
KINDS = ("card", "iban", "id", "phone", "email", "date_of_birth", "name", "address")

# --------------------------------------------------------------------------------------
# check-digit rules
# --------------------------------------------------------------------------------------


def luhn_ok(d):
    if not d.isdigit():
        return False
    total = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def tz_ok(d):
    """Israeli Teudat Zehut: 9 digits, weights 1,2,1,2..., digit sums, mod 10."""
    if not (d.isdigit() and len(d) == 9):
        return False
    total = 0
    for i, c in enumerate(d):
        v = int(c) * (1 + i % 2)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


def afm_ok(d):
    """Greek AFM: 9 digits, sum d_i * 2^(8-i) for the first 8, mod 11, mod 10 = last."""
    if not (d.isdigit() and len(d) == 9):
        return False
    total = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return total % 11 % 10 == int(d[8])


def saudi_ok(d, first):
    """Saudi national ID (first digit 1) / Iqama (first digit 2): 10 digits, Luhn-style."""
    return d.isdigit() and len(d) == 10 and d[0] == first and luhn_ok(d)


def ssn_ok(d):
    if not (d.isdigit() and len(d) == 9):
        return False
    area, group, serial = d[:3], d[3:5], d[5:]
    return (area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000")


IBAN_LEN = {"GB": 22, "DE": 22, "FR": 27, "ES": 24, "NL": 18, "IE": 22, "IL": 23, "GR": 27,
            "CY": 28, "SA": 24, "AE": 23, "JO": 30, "EG": 29, "KW": 30, "LB": 28, "QA": 29}


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]+", s or ""):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def _date_ok(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def amka_ok(d):
    """Greek AMKA: 11 digits, DDMMYY + 5, Luhn."""
    return (d.isdigit() and len(d) == 11 and luhn_ok(d)
            and _date_ok(1900 + int(d[4:6]), int(d[2:4]), int(d[:2])))


def eid_ok(d):
    """Emirates ID: 15 digits, 784-YYYY-NNNNNNN-C, Luhn."""
    return d.isdigit() and len(d) == 15 and d.startswith("784") and luhn_ok(d)


def egid_ok(d):
    """Egyptian national ID as said in calls: 14 digits, century digit 2/3 + YYMMDD."""
    if not (d.isdigit() and len(d) == 14 and d[0] in "23"):
        return False
    return _date_ok((1900 if d[0] == "2" else 2000) + int(d[1:3]), int(d[3:5]), int(d[5:7]))


def kwcid_ok(d):
    """Kuwaiti civil ID as said in calls: 12 digits, century digit 2/3 + YYMMDD."""
    if not (d.isdigit() and len(d) == 12 and d[0] in "23"):
        return False
    return _date_ok((1900 if d[0] == "2" else 2000) + int(d[1:3]), int(d[3:5]), int(d[5:7]))


def grpol_ok(s):
    """Greek police identity card: one or two Greek capitals and six digits."""
    return re.fullmatch(r"[Α-Ω]{1,2}[0-9]{6}", s or "") is not None


ID_CHECKS = {
    "tz": tz_ok, "afm": afm_ok, "ssn": ssn_ok, "amka": amka_ok, "eid": eid_ok,
    "egid": egid_ok, "kwcid": kwcid_ok, "grpol": grpol_ok,
    "saudi": lambda d: saudi_ok(d, "1"), "iqama": lambda d: saudi_ok(d, "2"),
}


def passes_any_check(d):
    """Names of the personal-number checks a digit string would pass (should be [])."""
    hits = []
    if d.isdigit():
        if len(d) in (15, 16) and luhn_ok(d):
            hits.append("card")
        for name in ("tz", "afm", "ssn", "amka", "eid", "saudi", "iqama"):
            if ID_CHECKS[name](d):
                hits.append(name)
    elif iban_ok(d):
        hits.append("iban")
    return hits


# --------------------------------------------------------------------------------------
# reading spoken numbers back, to assert that every spoken value says what we meant
# --------------------------------------------------------------------------------------


def norm(tok, lang):
    t = unicodedata.normalize("NFD", tok)
    t = "".join(c for c in t if unicodedata.category(c) != "Mn")
    t = unicodedata.normalize("NFC", t).lower()
    if lang == "ar":
        t = t.replace("ـ", "").replace("ى", "ي")
    if lang == "el":
        t = t.replace("ς", "σ")
    return t


def _words(spec):
    out = {}
    for typ, table in spec.items():
        for val, words in table.items():
            for w in words.split():
                out[w] = (typ, val)
    return out


NUMWORDS = {
    "en": _words({
        "u": {0: "zero oh o nought", 1: "one", 2: "two", 3: "three", 4: "four", 5: "five",
              6: "six", 7: "seven", 8: "eight", 9: "nine"},
        "t": {10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen",
              15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen"},
        "x": {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty",
              70: "seventy", 80: "eighty", 90: "ninety"},
        "hm": {100: "hundred"}, "dbl": {2: "double"}, "tpl": {3: "triple"}, "and": {0: "and"},
    }),
    "ar": _words({
        "u": {0: "صفر زيرو", 1: "واحد", 2: "اثنين اثنان اتنين تنين ثنين جوج زوج",
              3: "ثلاثة ثلاث تلاتة تلات", 4: "اربعة اربع ربعة", 5: "خمسة خمس",
              6: "ستة ست", 7: "سبعة سبع", 8: "ثمانية ثمان تمانية تمنة تمنية ثمنية",
              9: "تسعة تسع تسعود"},
        "ten": {10: "عشرة عشر"},
        "t": {11: "حداشر احدعش", 12: "اتناشر اثنعش ثنعش", 13: "تلتاشر ثلطعش",
              14: "اربعتاشر اربعطعش", 15: "خمستاشر خمسطعش", 16: "ستاشر سطعش",
              17: "سبعتاشر سبعطعش", 18: "تمنتاشر ثمنطعش", 19: "تسعتاشر تسعطعش"},
        "x": {20: "عشرين عشرون", 30: "ثلاثين ثلاثون تلاتين", 40: "اربعين اربعون",
              50: "خمسين خمسون", 60: "ستين ستون", 70: "سبعين سبعون",
              80: "ثمانين ثمانون تمانين", 90: "تسعين تسعون"},
        "h": {100: "مية مئة مائة", 200: "ميتين مئتين مئتان", 300: "تلتمية ثلاثمية ثلاثمائة ثلاثمئة",
              400: "ربعمية اربعمية اربعمائة اربعمئة", 500: "خمسمية خمسمائة خمسمئة",
              600: "ستمية ستمائة", 700: "سبعمية سبعمائة", 800: "تمنمية ثمانمائة ثمانمئة",
              900: "تسعمية تسعمائة"},
        "and": {0: "و"},
    }),
    "he": _words({
        "u": {0: "אפס", 1: "אחת אחד", 2: "שתיים שתים שניים", 3: "שלוש שלושה",
              4: "ארבע ארבעה", 5: "חמש חמישה", 6: "שש שישה", 7: "שבע שבעה", 8: "שמונה",
              9: "תשע תשעה"},
        "ten": {10: "עשר עשרה"},
        "x": {20: "עשרים", 30: "שלושים", 40: "ארבעים", 50: "חמישים", 60: "שישים",
              70: "שבעים", 80: "שמונים", 90: "תשעים"},
        "h": {100: "מאה", 200: "מאתיים"}, "hm": {100: "מאות"},
    }),
    "el": _words({
        "u": {0: "μηδεν", 1: "ενα", 2: "δυο", 3: "τρια τρεισ", 4: "τεσσερα τεσσερισ",
              5: "πεντε", 6: "εξι", 7: "επτα εφτα", 8: "οκτω οχτω", 9: "εννεα εννια"},
        "t": {10: "δεκα", 11: "εντεκα", 12: "δωδεκα", 13: "δεκατρια", 14: "δεκατεσσερα",
              15: "δεκαπεντε", 16: "δεκαεξι δεκαξι", 17: "δεκαεπτα δεκαεφτα",
              18: "δεκαοκτω δεκαοχτω", 19: "δεκαεννεα δεκαεννια"},
        "x": {20: "εικοσι", 30: "τριαντα", 40: "σαραντα", 50: "πενηντα", 60: "εξηντα",
              70: "εβδομηντα", 80: "ογδοντα", 90: "ενενηντα"},
        "h": {100: "εκατο εκατον", 200: "διακοσια", 300: "τριακοσια", 400: "τετρακοσια",
              500: "πεντακοσια", 600: "εξακοσια", 700: "επτακοσια εφτακοσια",
              800: "οκτακοσια οχτακοσια", 900: "εννιακοσια εννεακοσια"},
        "and": {0: "και"},
    }),
}
for _lang in NUMWORDS:
    NUMWORDS[_lang] = {norm(k, _lang): v for k, v in NUMWORDS[_lang].items()}

# spoken letter names, only read inside iban / id spans
LETTERS = {
    "ar": {"اس": "S", "ايه": "A"},
    "he": {"איי": "I", "אל": "L"},
    "el": {norm(w, "el"): L for w, L in [
        ("άλφα", "Α"), ("βήτα", "Β"), ("γάμμα", "Γ"), ("δέλτα", "Δ"), ("έψιλον", "Ε"),
        ("ζήτα", "Ζ"), ("ήτα", "Η"), ("θήτα", "Θ"), ("γιώτα", "Ι"), ("κάπα", "Κ"),
        ("λάμδα", "Λ"), ("μι", "Μ"), ("νι", "Ν"), ("ξι", "Ξ"), ("όμικρον", "Ο"), ("πι", "Π"),
        ("ρο", "Ρ"), ("σίγμα", "Σ"), ("ταυ", "Τ"), ("ύψιλον", "Υ"), ("φι", "Φ"), ("χι", "Χ"),
        ("ψι", "Ψ"), ("ωμέγα", "Ω")]},
    "en": {},
}

SPLIT = re.compile(r"[\s,.\-–—/()+:;!?،؛\"]+")


def _classify(raw, lang, letters):
    """-> list of (type, value, conj) for one token."""
    if not raw:
        return []
    if all(unicodedata.category(c) == "Nd" for c in raw):
        return [("d", "".join(str(int(c)) for c in raw), False)]
    words = NUMWORDS[lang]
    t = norm(raw, lang)
    if t in words:
        typ, val = words[t]
        return [(typ, val, False)]
    if lang in ("ar", "he") and len(t) > 1 and t[0] in "וو" and t[1:] in words:
        typ, val = words[t[1:]]
        return [(typ, val, True)]
    if letters:
        if t in LETTERS.get(lang, {}):
            return [("L", LETTERS[lang][t], False)]
        if all(unicodedata.category(c)[0] in "LN" for c in raw) and (
                any(c.isdigit() for c in raw) or raw.isupper() or len(raw) <= 4):
            out = []
            for c in raw:
                if unicodedata.category(c) == "Nd":
                    out.append(("d", str(int(c)), False))
                else:
                    out.append(("L", c.upper() if c.isascii() else norm(c, lang).upper(), False))
            return out
    return [("?", raw, False)]


def spoken_value(s, lang, letters=False):
    """Read digits (and, for iban/id spans, letters) out of a written or spoken number."""
    toks = []
    for raw in SPLIT.split(s):
        toks.extend(_classify(raw, lang, letters))
    out = []
    i, n = 0, len(toks)

    def peek(j):
        return toks[j] if j < n else (None, None, False)

    def sub_hundred(j):
        typ, val, _ = toks[j]
        ntyp, nval, nconj = peek(j + 1)
        if typ == "u":
            if ntyp == "ten":
                return 10 + val, 2, j + 2
            if lang == "ar" and ntyp == "x" and nconj:
                return nval + val, 2, j + 2
            return val, 1, j + 1
        if typ in ("t", "ten"):
            return val, 2, j + 1
        if typ == "x":
            if lang != "ar" and ntyp == "u" and nval:
                return val + nval, 2, j + 2
            return val, 2, j + 1
        raise ValueError

    while i < n:
        typ, val, _ = toks[i]
        if typ in ("d", "L"):
            out.append(val)
            i += 1
        elif typ in ("dbl", "tpl"):
            ntyp, nval, _ = peek(i + 1)
            assert ntyp == "u", s
            out.append(str(nval) * val)
            i += 2
        elif typ in ("u", "t", "ten", "x", "h"):
            hundreds = None
            if typ == "h":
                hundreds, i = val, i + 1
            elif typ == "u" and peek(i + 1)[0] == "hm":
                hundreds, i = val * 100, i + 2
            if hundreds is not None:
                while peek(i)[0] == "and":
                    i += 1
                rest = 0
                if peek(i)[0] in ("u", "t", "ten", "x"):
                    rest, _, i = sub_hundred(i)
                out.append("%03d" % (hundreds + rest))
            else:
                v, width, i = sub_hundred(i)
                out.append(str(v).zfill(width))
        else:
            i += 1
    return "".join(out)


# --------------------------------------------------------------------------------------
# items
# --------------------------------------------------------------------------------------

ITEMS = {lang: [] for lang in LANGS}
LANG = None


class Span:
    def __init__(self, kind, value, canon=None, check=None, nth=None):
        self.kind, self.value, self.canon, self.check, self.nth = kind, value, canon, check, nth


def card(v, canon, nth=None):
    return Span("card", v, canon, "card", nth)


def iban(v, canon, nth=None):
    return Span("iban", v, canon, "iban", nth)


def idn(v, canon, check, nth=None):
    return Span("id", v, canon, check, nth)


def phone(v, canon, nth=None):
    return Span("phone", v, canon, "phone", nth)


def email(v, nth=None):
    return Span("email", v, None, None, nth)


def dob(v, nth=None):
    return Span("date_of_birth", v, None, None, nth)


def name(v, nth=None):
    return Span("name", v, None, None, nth)


def addr(v, nth=None):
    return Span("address", v, None, None, nth)


def _wordchar(c):
    return unicodedata.category(c)[0] in "LNM"


def _check_value(sp, lang):
    if sp.canon is None:
        return
    got = spoken_value(sp.value, lang, letters=sp.kind in ("iban", "id"))
    assert got == sp.canon, (lang, sp.kind, sp.value, got, sp.canon)
    if sp.check == "card":
        assert len(sp.canon) in (15, 16) and luhn_ok(sp.canon), sp.canon
    elif sp.check == "iban":
        assert iban_ok(sp.canon), sp.canon
    elif sp.check == "phone":
        assert sp.canon.isdigit() and 7 <= len(sp.canon) <= 15, sp.canon
    else:
        assert ID_CHECKS[sp.check](sp.canon), (sp.check, sp.canon)


def _digit_runs(text):
    for m in re.finditer(r"\d(?:[ \-]?\d){8,}", text):
        yield m.start(), m.end(), "".join(str(int(c)) for c in m.group() if c.isdigit())


def P(text, *spans, ctx=None):
    """A personal item."""
    assert spans, text
    _add(text, spans, ctx, ())


def N(text, ctx=None, nums=()):
    """A non-personal item; nums are fragments of text holding long numbers that must
    fail every personal-number check."""
    _add(text, (), ctx, nums)


def _add(text, spans, ctx, nums):
    lang = LANG
    assert text == text.strip() and "  " not in text, text
    b = text.encode("utf-8")
    out, taken = [], []
    for sp in spans:
        v = sp.value
        assert v == v.strip() and v[-1] not in ".,;:!?،؟" and v[0] not in ".,;:!?،؟", (text, v)
        count = text.count(v)
        assert count >= 1, ("span not in text", text, v)
        if count > 1:
            assert sp.nth is not None, ("ambiguous span, give nth", text, v)
        k = sp.nth or 0
        ci = -1
        for _ in range(k + 1):
            ci = text.find(v, ci + 1)
        assert ci >= 0
        ce = ci + len(v)
        assert not (ci > 0 and _wordchar(text[ci - 1]) and _wordchar(text[ci])), ("cut word", text, v)
        assert not (ce < len(text) and _wordchar(text[ce - 1]) and _wordchar(text[ce])), ("cut word", text, v)
        start = len(text[:ci].encode("utf-8"))
        # the byte search gives the same place
        bs = -1
        for _ in range(k + 1):
            bs = b.find(v.encode("utf-8"), bs + 1)
        assert bs == start
        end = start + len(v.encode("utf-8"))
        assert b[start:end].decode("utf-8") == v
        for s0, e0 in taken:
            assert end <= s0 or start >= e0, ("overlap", text, v)
        taken.append((start, end))
        _check_value(sp, lang)
        out.append({"kind": sp.kind, "start": start, "end": end})
    for frag in nums:
        assert frag in text, (text, frag)
        d = spoken_value(frag, lang, letters=True)
        assert len(d) >= 6, (frag, d)
        assert not passes_any_check(d), (text, frag, d, passes_any_check(d))
    # any long written digit run outside the spans must not pass a personal check either
    for s0, e0, d in _digit_runs(text):
        bs0 = len(text[:s0].encode("utf-8"))
        if any(a <= bs0 < z for a, z in taken):
            continue
        assert not passes_any_check(d), ("unmarked number passes a check", text, d)
    out.sort(key=lambda x: x["start"])
    item = {"text": text, "spans": out}
    if ctx is not None:
        item["context"] = ctx
    ITEMS[lang].append(item)

# ======================================================================================
# English
# ======================================================================================
LANG = "en"

# -- pharmacy home delivery, UK, elderly caller ----------------------------------------
P("Good morning, Larkspur Pharmacy, Megan speaking.", name("Megan"))
P("Hello love, it's Doreen Ashworth here, I'm ringing about my tablets, they've not come.",
  name("Doreen Ashworth"))
P("Ninth of February, nineteen thirty-eight.", dob("Ninth of February, nineteen thirty-eight"),
  ctx="Okay Doreen, can I just take your date of birth so I can find you?")
P("Thanks Mrs Ashworth. And is it still 27 Hollins Lane, Marple, Stockport?",
  name("Ashworth"), addr("27 Hollins Lane, Marple, Stockport"))
N("It says here it went out with the driver yesterday afternoon, so it should be with you by four today.")
N("I'm eighty-six, dear, I can't be standing at the door all day waiting.")

# -- car insurance claim, US --------------------------------------------------------------
P("Thank you for calling Keystone Auto Insurance, this is Raul, can I get your policy number?",
  name("Raul"))
N("Yeah it's K A dash 2 2 0 9 1 7 7 4.", ctx="Thank you for calling Keystone Auto Insurance, can I get your policy number?")
P("Tremaine Okafor-Bell. That's Okafor, hyphen, Bell.",
  name("Tremaine Okafor-Bell"), name("Okafor, hyphen, Bell"),
  ctx="And the name of the policyholder?")
P("five three one, four two, seven seven zero eight",
  idn("five three one, four two, seven seven zero eight", "531427708", "ssn"),
  ctx="For verification, can I have the Social Security number of the primary driver?")
P("Let me read that back, five three one, forty-two, seventy-seven oh eight, is that correct?",
  idn("five three one, forty-two, seventy-seven oh eight", "531427708", "ssn"))
N("It happened on March third around six forty in the evening, at the light on Route 9 by the Walgreens.")
N("Your collision deductible is five hundred dollars and rental coverage is thirty a day for up to thirty days.")
P("Best number to reach me is 414-555-0187, that's my cell.", phone("414-555-0187", "4145550187"))
P("Okay Mr. Okafor-Bell, the claim is open and an adjuster will call you within two business days.",
  name("Okafor-Bell"))
N("Your claim number is 9 0 1 7 3 3 4 8 2 1 6, I'll also send it by text.", nums=["9 0 1 7 3 3 4 8 2 1 6"])

# -- mobile top-up, UK, young caller --------------------------------------------------------
P("yeah hiya can i put twenty quid on oh seven seven double oh nine double oh four one two",
  phone("oh seven seven double oh nine double oh four one two", "07700900412"))
P("card's 4449 6933 5442 4619 expiry's oh nine twenty-seven",
  card("4449 6933 5442 4619", "4449693354424619"))

# -- hotel booking, US -------------------------------------------------------------------
N("Hi, I'd like to book a king room from the fourteenth to the seventeenth of October, two adults.")
P("Priya Raghunathan. R-A-G-H-U-N-A-T-H-A-N.",
  name("Priya Raghunathan"), name("R-A-G-H-U-N-A-T-H-A-N"),
  ctx="Sure, what name should I put the reservation under?")
P("it's priya dot raghu at outlook dot com, all lower case",
  email("priya dot raghu at outlook dot com"),
  ctx="And an email address for the confirmation?")
P("I'll guarantee it with my Amex, three seven one seven, two two one nine six four, one three four two one.",
  card("three seven one seven, two two one nine six four, one three four two one", "371722196413421"))
N("The rate is two nineteen a night plus tax, and valet parking is thirty-five a day.")
N("Check-in's from 3 p.m. and check-out is at 11, late check-out is fifty dollars.")
P("Perfect, Ms. Raghunathan, you're all set, your confirmation number is 58812Q.",
  name("Raghunathan"))

# -- gas leak report, UK ------------------------------------------------------------------
N("I can smell gas really strong in the hallway, I've opened all the windows.")
P("Flat 3, 118 Cranbrook Road, Ilford, IG1 4PU.",
  addr("Flat 3, 118 Cranbrook Road, Ilford, IG1 4PU"),
  ctx="What's the address of the property?")
P("Kwame Mensah, M-E-N-S-A-H.", name("Kwame Mensah"), name("M-E-N-S-A-H"),
  ctx="And can I take your name?")
P("my mobile's plus four four seven seven double oh nine double oh eight six three",
  phone("plus four four seven seven double oh nine double oh eight six three", "447700900863"))
P("Alright Kwame, stay outside the building until they get there, okay?", name("Kwame"))
P("If you need the report emailed it's k.mensah84@yahoo.co.uk", email("k.mensah84@yahoo.co.uk"))

# -- pension query, US, elderly ------------------------------------------------------------
P("Yes, hello, my name is Harold Lindqvist and I'm calling about my pension statement.",
  name("Harold Lindqvist"))
P("Date of birth is July the second, nineteen fifty-one.", dob("July the second, nineteen fifty-one"))
P("My Social Security number, it's two one nine, oh nine, four four seven one.",
  idn("two one nine, oh nine, four four seven one", "219094471", "ssn"))
N("The statement says one thousand eight hundred and twelve dollars a month but the deposit was only sixteen forty.")
N("I retired in 2016 after thirty-one years with the county.")
N("Well hold on, I have to find my glasses first, the print on this letter is tiny.",
  ctx="Can you confirm your date of birth for me?")
P("Thank you, Mr. Lindqvist, I can see the 3.2 percent cost-of-living adjustment wasn't applied.",
  name("Lindqvist"))
P("you can send the corrected statement to harold dot lindqvist at comcast dot net",
  email("harold dot lindqvist at comcast dot net"))

# -- parcel redirect, US --------------------------------------------------------------------
N("My tracking number is 1Z 9Y4 81A 03 6617 2290 and it just says out for delivery.",
  nums=["03 6617 2290"])
P("Can you send it to my work instead? It's 41 Beacon Street, Suite 600, Boston, Mass, 02108.",
  addr("41 Beacon Street, Suite 600, Boston, Mass, 02108"))
P("The parcel's in my name, Svetlana Ivashchenko.", name("Svetlana Ivashchenko"))
P("and just text me at six one seven, five five five, oh one four three when it's there",
  phone("six one seven, five five five, oh one four three", "6175550143"))
N("We can redirect it, but there's a fee of $6.50 and it adds one business day.")

# -- card fraud report, UK -----------------------------------------------------------------
N("There's three payments I don't recognise, one for £249.99, one for £74.50 and one for £12.")
P("The card number is fifty-three thirty-one, twenty-seven forty-five, fifty-one eighty-three, seventeen sixty-one.",
  card("fifty-three thirty-one, twenty-seven forty-five, fifty-one eighty-three, seventeen sixty-one",
       "5331274551831761"))
P("Yeah it's Aoife Brennan-Murphy, and my birthday is the 23rd of November 1990.",
  name("Aoife Brennan-Murphy"), dob("the 23rd of November 1990"),
  ctx="Can I take your full name and date of birth please?")
P("It's oh one six one, four nine six, oh seven three two, that's the landline.",
  phone("oh one six one, four nine six, oh seven three two", "01614960732"),
  ctx="Thanks Aoife, and what's the best number to reach you on?")
P("Okay Aoife, you'll get a text to confirm once the refund goes through.", name("Aoife"))

# -- school enrolment, US ------------------------------------------------------------------
N("Hi, I'm calling about kindergarten registration for the fall.")
P("Yes, I'm his mom, Lucía Fernández.", name("Lucía Fernández"), ctx="Are you the parent or guardian?")
P("August twenty-third, twenty seventeen.", dob("August twenty-third, twenty seventeen"),
  ctx="And the child's date of birth?")
P("We just moved, we're at 2207 West Alder Avenue, Apartment 14, Spokane, 99201.",
  addr("2207 West Alder Avenue, Apartment 14, Spokane, 99201"))
N("Is there a bus from our area, and does the school day finish at 2:45 or 3:15?")
P("My email is lucia.fdz.2207@gmail.com.", email("lucia.fdz.2207@gmail.com"))
N("We'll need his immunization record and two proofs of residency, like a utility bill from the last 60 days.")

# -- rental deposit dispute, UK ------------------------------------------------------------
N("I moved out on the 30th of June and I still haven't had my deposit back, it was £1,150.")
N("They're saying they kept £350 for cleaning and a stained carpet, which is ridiculous.")
P("This is Tomasz Wójcik, I was the tenant at 9 Elm Grove, Flat B, Brighton, BN2 3EF.",
  name("Tomasz Wójcik"), addr("9 Elm Grove, Flat B, Brighton, BN2 3EF"))
P("Please pay it back into my account, the IBAN is GB07 NWBK 6095 6580 7355 46.",
  iban("GB07 NWBK 6095 6580 7355 46", "GB07NWBK60956580735546"))
P("G B zero seven, N W B K, six zero nine five, six five eight zero, seven three five five, four six.",
  iban("G B zero seven, N W B K, six zero nine five, six five eight zero, seven three five five, four six",
       "GB07NWBK60956580735546"),
  ctx="Sorry, could you read that IBAN again slowly?")
N("The deposit protection reference on my paperwork is DPS 7712 4409.")
P("Thank you Mr Wójcik, I'll raise it with the landlord today and come back to you by Friday.",
  name("Wójcik"))

# -- new immigrant to Israel, speaking English to a city helpline --------------------------
P("Hi, I made aliyah last year, my teudat zehut is 3 6 7 2 3 4 8 0 4.",
  idn("3 6 7 2 3 4 8 0 4", "367234804", "tz"))
P("My name's Benjamin Adler-Shapiro and I'm calling from Haifa.", name("Benjamin Adler-Shapiro"))
P("You can reach me on plus nine seven two, fifty-two, seven seven four, one oh three six.",
  phone("plus nine seven two, fifty-two, seven seven four, one oh three six", "972527741036"))
N("It's about the arnona bill, it says 1,840 shekels for two months, for a two-room flat.")

# -- Saudi-based expat, English ------------------------------------------------------------
P("my iqama number is 2542210956", idn("2542210956", "2542210956", "iqama"))
P("yes my name is Mohammed Arif Siddiqui, I am working as driver in Dammam",
  name("Mohammed Arif Siddiqui"))
P("mobile is +966 55 312 8804 sir", phone("+966 55 312 8804", "966553128804"))
N("I need to renew exit re-entry visa, they told me fee is two hundred riyal per month.")

# -- refunds to European accounts ----------------------------------------------------------
P("The IBAN is DE10 1007 0000 1412 7684 90 and the account's in my name, Katharina Vogt.",
  iban("DE10 1007 0000 1412 7684 90", "DE10100700001412768490"), name("Katharina Vogt"))
P("Could you send the refund to FR37 3000 4037 7500 0945 8079 869?",
  iban("FR37 3000 4037 7500 0945 8079 869", "FR3730004037750009458079869"))
P("my iban's IE97 BOFI 9073 5326 1302 56", iban("IE97 BOFI 9073 5326 1302 56", "IE97BOFI90735326130256"))
P("NL56INGB0009140486, that's the one for the refund.", iban("NL56INGB0009140486", "NL56INGB0009140486"))
P("E S two six, two one zero oh, six four four five, eight seven three eight, seven one oh six, oh one nine oh",
  iban("E S two six, two one zero oh, six four four five, eight seven three eight, seven one oh six, oh one nine oh",
       "ES2621006445873871060190"),
  ctx="Go ahead with the Spanish IBAN whenever you're ready.")

# -- water utility, new account, US ---------------------------------------------------------
P("Thanks for calling Riverbend Water, my name is Shauna, who do I have the pleasure of speaking with?",
  name("Shauna"))
P("Hi Shauna, this is Deshawn Whitaker, I'm moving in on the first and I need service turned on.",
  name("Shauna"), name("Deshawn Whitaker"))
P("The new place is 1840 North Sycamore Drive, unit 3C, Tulsa, Oklahoma 74106.",
  addr("1840 North Sycamore Drive, unit 3C, Tulsa, Oklahoma 74106"))
P("oh four seventeen eighty-eight", dob("oh four seventeen eighty-eight"),
  ctx="And the date of birth for the account holder?")
P("email is d whitaker eighty eight at yahoo dot com", email("d whitaker eighty eight at yahoo dot com"))
P("For the credit check, my SSN is 408-62-1193.", idn("408-62-1193", "408621193", "ssn"))
N("There's a forty-five dollar connection fee that'll show up on your first bill.")

# -- airline compensation, UK --------------------------------------------------------------
P("I'm the passenger, Chidinma Eze-Okonkwo, date of birth 5 March 1979.",
  name("Chidinma Eze-Okonkwo"), dob("5 March 1979"))
P("The booking reference is K7TQ2M and my email is chidi.eze@protonmail.com.",
  email("chidi.eze@protonmail.com"))
N("The flight got cancelled and they put me on one the next day at 06:40.")
N("I'm entitled to 600 euros under the rules, it's over 3,500 kilometres.")

# -- phone shop, card payments ---------------------------------------------------------------
P("four nine five seven, nine four six one, three seven two one, nine three oh eight",
  card("four nine five seven, nine four six one, three seven two one, nine three oh eight", "4957946137219308"),
  ctx="Go ahead with the long card number when you're ready.")
P("Sorry, that one's expired, use the Mastercard instead, 5257 8892 8357 9691.",
  card("5257 8892 8357 9691", "5257889283579691"))
P("6011-2355-7993-9311, it's a Discover card, is that okay?", card("6011-2355-7993-9311", "6011235579939311"))

# -- more calls -----------------------------------------------------------------------------
P("you're through to Sam at Northfield Council, how can I help", name("Sam"))
P("hi yeah i'm Jordan McGrath, email's j m c g r a t h at gmail dot com",
  name("Jordan McGrath"), email("j m c g r a t h at gmail dot com"))
P("I was born on the 31st of December 1969 so I should be able to get the free bus pass.",
  dob("the 31st of December 1969"))
P("it's nine twelve seventy-four", dob("nine twelve seventy-four"),
  ctx="What's the date of birth on the policy?")
P("The property is 62 Rue Street, no sorry, 62 Rowe Street, Cardiff, CF24 3AB.",
  addr("62 Rue Street"), addr("62 Rowe Street, Cardiff, CF24 3AB"))
P("Sorry, the number I gave you was wrong, it's 020 7946 0958, not 0959.",
  phone("020 7946 0958", "02079460958"))
P("My name is Anh Nguyen, that's A N H, and my SSN is five seven two, three eight, oh nine one six.",
  name("Anh Nguyen"), name("A N H"),
  idn("five seven two, three eight, oh nine one six", "572380916", "ssn"))
P("Okay, so that's one three three, Carrow Road, Norwich, NR1 1JE? Got it.",
  addr("one three three, Carrow Road, Norwich, NR1 1JE"))

# -- non-personal lines from the same kinds of calls ----------------------------------------
N("Thank you for calling Brightwater Energy, how can I help you today?")
N("I'm calling about my bill from last month, it's gone up a lot.")
N("My name is on the account but my husband's the one who pays it.")
N("I'm fine thanks, how are you?")
N("It says the reference is 7734 1190 2288 5561 at the top of the letter.", nums=["7734 1190 2288 5561"])
N("Order number nine oh two, two eight one, nine seven five.", nums=["nine oh two, two eight one, nine seven five"])
N("I'm calling from Phoenix, is this the right department?")
N("The tenth of May at quarter past ten works for me.", ctx="When would you like the engineer to come?")
N("I've been with you since 1998, and this is how you treat me?")
N("The interest rate went up to 6.9 percent in January.")
N("The meter reading is 0 4 5 7 1 2 as of this morning.")
N("My birthday's next week so I wanted the upgrade sorted before then.")
N("He was born in Dublin but we live in Cork now, so which office do I call?")
N("It's the same address as before, nothing's changed.")
N("Your claim reference is 5501 2883 9047 1622, please keep it safe.", nums=["5501 2883 9047 1622"])
N("I want to dispute the charge of 89.99 from the 23rd of March.")
N("The IBAN on the invoice is the company's, not mine.")
N("the tracking number is 4 8 2 1 7 7 0 3 5 6 1 9 2 8 4 0 and it hasn't moved since Friday",
  nums=["4 8 2 1 7 7 0 3 5 6 1 9 2 8 4 0"])
N("Hang on, why do you need that?", ctx="Can I take your date of birth please?")
N("Your appointment is on Thursday the 9th of October at 2:20 with Dr Patel's nurse.")
N("Your data allowance resets on the 14th, you've used 18.6 of your 30 gig.")
N("Reference 918 204 663, that's for the repair job.", nums=["918 204 663"])

# ======================================================================================
# Arabic (Gulf, Levantine, Egyptian, Maghrebi, MSA)
# ======================================================================================
LANG = "ar"

# -- pharmacy home delivery, Riyadh (Gulf) ----------------------------------------------------
P("السلام عليكم، معك نورة من صيدلية الواحة، تفضل.", name("نورة"))
P("هلا نورة، معك عبدالله الشمري، بغيت أطلب توصيل لدوا الضغط حق الوالدة.",
  name("نورة"), name("عبدالله الشمري"))
P("صفر خمسة خمسة، أربعة واحد اثنين، ثلاثة ثلاثة صفر تسعة",
  phone("صفر خمسة خمسة، أربعة واحد اثنين، ثلاثة ثلاثة صفر تسعة", "0554123309"),
  ctx="طيب، عطني رقم الجوال المسجل عندنا لو سمحت")
P("العنوان الوطني ٧٢٣٥ شارع الأمير سلطان، حي النرجس، الرياض ١٣٣٢٧",
  addr("٧٢٣٥ شارع الأمير سلطان، حي النرجس، الرياض ١٣٣٢٧"))
N("التوصيل بيكون بكرة بين الساعة أربع وست العصر، ورسوم التوصيل خمسة عشر ريال.")
P("أبشر يا أستاذ عبدالله، بتوصلك رسالة فيها رقم الطلب.", name("عبدالله"))

# -- car insurance claim, Cairo (Egyptian) ------------------------------------------------------
P("أيوه يا فندم، أنا اسمي محمود عبد الرحمن السيد، عندي حادثة عايز أبلغ عنها.",
  name("محمود عبد الرحمن السيد"))
P("الرقم القومي ٢٨٥٠٣١٢٠١٠٤٥٦٧", idn("٢٨٥٠٣١٢٠١٠٤٥٦٧", "28503120104567", "egid"),
  ctx="ممكن الرقم القومي لو سمحت؟")
P("تليفوني صفر واحد واحد، تسعة تلاتة سبعة، أربعة اتنين صفر خمسة تمانية",
  phone("صفر واحد واحد، تسعة تلاتة سبعة، أربعة اتنين صفر خمسة تمانية", "01193742058"))
N("العربية اتخبطت من ورا عند كوبري أكتوبر الساعة تسعة ونص بالليل.")
N("التحمل في الوثيقة ألفين جنيه، والتصليح هيتكلف حوالي خمستاشر ألف.")
P("أنا مواليد ١٢ مارس ١٩٨٥، يعني عندي تسعة وتلاتين سنة.", dob("١٢ مارس ١٩٨٥"))
P("تمام يا أستاذ محمود، رقم البلاغ هيوصل حضرتك في رسالة.", name("محمود"))

# -- mobile top-up, Amman (Levantine, young caller) ---------------------------------------------
P("مرحبا، بدي أشحن عالرقم صفر سبعة تسعة، ستة تنين، واحد خمسة، أربعة تمانية صفر",
  phone("صفر سبعة تسعة، ستة تنين، واحد خمسة، أربعة تمانية صفر", "0796215480"))
P("والبطاقة ٥٣٩٧ ١٥٨١ ٩٠٢٠ ٢٥٠٣", card("٥٣٩٧ ١٥٨١ ٩٠٢٠ ٢٥٠٣", "5397158190202503"))
N("بدي باقة العشرين دينار، اللي فيها خمسين جيجا.")
N("تم الشحن، رصيدك هلأ اتنين وعشرين دينار وربع.")

# -- hotel booking, Dubai (MSA) ------------------------------------------------------------------
P("أود حجز غرفة مزدوجة باسم سلمى الحداد.", name("سلمى الحداد"))
P("salma.haddad ات هوتميل دوت كوم", email("salma.haddad ات هوتميل دوت كوم"),
  ctx="وما هو بريدك الإلكتروني من فضلك؟")
P("سأدفع بالبطاقة، رقمها أربعة ثلاثة ثمانية ثمانية، سبعة صفر ستة واحد، اثنان ثلاثة سبعة سبعة، صفر أربعة صفر اثنان",
  card("أربعة ثلاثة ثمانية ثمانية، سبعة صفر ستة واحد، اثنان ثلاثة سبعة سبعة، صفر أربعة صفر اثنان",
       "4388706123770402"))
N("من الخامس عشر إلى الثامن عشر من ديسمبر، ثلاث ليالٍ.")
N("سعر الليلة ثمانمئة وخمسون درهمًا شاملة الإفطار والضريبة.")
P("شكرًا لكِ أستاذة سلمى، تم تأكيد الحجز وسيصلك بريد بالتفاصيل.", name("سلمى"))

# -- gas leak, Beirut (Levantine) ----------------------------------------------------------------
N("في ريحة غاز قوية عالدرج، الجيران كلهم نزلوا عالشارع.")
P("أنا اسمي جورج خوري، ساكن بالطابق التالت.", name("جورج خوري"))
P("العنوان شارع الحمرا، بناية الأرز رقم ٢٢، الطابق التالت، بيروت",
  addr("شارع الحمرا، بناية الأرز رقم ٢٢، الطابق التالت، بيروت"))
P("رقمي سبعين، تلاتة أربعة تمانية، واحد تسعة صفر",
  phone("سبعين، تلاتة أربعة تمانية، واحد تسعة صفر", "70348190"))
N("ما تضوّي ولا ضو وما تشعل شي، الفريق واصل خلال ربع ساعة.")
P("خلقان بـ ٣ آب ١٩٨٧ إذا بدك ياه للملف", dob("٣ آب ١٩٨٧"))
P("george_khoury ات آي كلاود دوت كوم", email("george_khoury ات آي كلاود دوت كوم"),
  ctx="وشو الإيميل تبعك أستاذ جورج؟")

# -- pension query, Abha (older caller, close to MSA) ---------------------------------------------
P("رقم الهوية الوطنية واحد ثمانية خمسة اثنين خمسة ثمانية ستة خمسة صفر صفر",
  idn("واحد ثمانية خمسة اثنين خمسة ثمانية ستة خمسة صفر صفر", "1852586500", "saudi"))
P("اسمي صالح بن محمد القحطاني، متقاعد من التعليم.", name("صالح بن محمد القحطاني"))
P("مواليد خمسة عشر شوال ألف وثلاثمائة وخمسة وسبعين هجري",
  dob("خمسة عشر شوال ألف وثلاثمائة وخمسة وسبعين هجري"))
N("المعاش نزل هالشهر ناقص ثلاثمائة ريال عن الشهر اللي قبله.")
N("الراتب التقاعدي ينزل كل شهر يوم خمسة وعشرين.")
P("الآيبان حقي SA85 8000 0005 7862 2256 3357",
  iban("SA85 8000 0005 7862 2256 3357", "SA8580000005786222563357"))
P("حاضر يا عم صالح، بنرفع لك طلب تصحيح اليوم.", name("صالح"))

# -- parcel redirect, Casablanca (Darija) ---------------------------------------------------------
P("سميتي يوسف بنعلي، عندي كولي ما وصلنيش.", name("يوسف بنعلي"))
P("صيفطوه للخدمة، العنوان هو ١٧ زنقة ابن بطوطة، المعاريف، الدار البيضاء",
  addr("١٧ زنقة ابن بطوطة، المعاريف، الدار البيضاء"))
P("النمرة ديالي زيرو ستة، ستين، تمنية وعشرين، ربعة وخمسين، سبعة وتسعين",
  phone("زيرو ستة، ستين، تمنية وعشرين، ربعة وخمسين، سبعة وتسعين", "0660285497"))
N("رقم التتبع CX 4471 0926 MA، وكيبان باقي فالمستودع ديال طنجة.")
N("شحال غادي نخلص على التوصيل؟ قالو ليا عشرين درهم.")
P("تزاديت نهار ١٤ يونيو ١٩٩٢", dob("١٤ يونيو ١٩٩٢"), ctx="شنو هو تاريخ الازدياد ديالك؟")
P("youssef.benali92@gmail.com", email("youssef.benali92@gmail.com"),
  ctx="عطيني الإيميل باش نصيفط ليك التأكيد")

# -- card fraud, Kuwait (Gulf) --------------------------------------------------------------------
P("معاك فهد العنزي، أبي أبلغ عن عمليات ما سويتها على بطاقتي.", name("فهد العنزي"))
P("رقم البطاقة ٤٦٠٥ ٢٨٢٩ ٣٠٢٨ ٤٥٨٨", card("٤٦٠٥ ٢٨٢٩ ٣٠٢٨ ٤٥٨٨", "4605282930284588"))
N("فيه ثلاث عمليات، وحدة بمية وعشرين دينار وثنتين بخمسة وأربعين.")
N("العمليات صارت أمس الساعة ثنتين الفجر من موقع ما أعرفه.")
P("الرقم المدني ٢٨٩٠٤١٥٠١٢٣٧", idn("٢٨٩٠٤١٥٠١٢٣٧", "289041501237", "kwcid"))
P("وإيميلي fahad.alanazi@outlook.com لو تبي ترسل لي التفاصيل", email("fahad.alanazi@outlook.com"))
P("تم إيقاف البطاقة يا أخ فهد، وبتوصلك البديلة خلال أسبوع.", name("فهد"))
P("حوّلوا لي المبلغ على الآيبان KW84 NBOK 0000 3961 6271 8685 4312 18",
  iban("KW84 NBOK 0000 3961 6271 8685 4312 18", "KW84NBOK0000396162718685431218"))

# -- school enrolment, Cairo (Egyptian) -------------------------------------------------------------
P("أنا والدة الطفل، اسمي منى عبد العزيز.", name("منى عبد العزيز"))
P("مواليد ٢٠/٩/٢٠١٨", dob("٢٠/٩/٢٠١٨"), ctx="تاريخ ميلاد الولد كام؟")
N("المصاريف السنة دي تمنتاشر ألف جنيه، وبتتقسط على قسطين.")
N("الدراسة هتبدأ يوم ٢٨ سبتمبر إن شاء الله، والباص بيعدي الساعة سبعة الصبح.")
P("عنواننا ١٥ شارع الثورة، مصر الجديدة، القاهرة، الدور الرابع شقة ٨",
  addr("١٥ شارع الثورة، مصر الجديدة، القاهرة، الدور الرابع شقة ٨"))
P("تليفوني ٠١٢ ٨٨٤٠ ٣٣١٥ ولو مش برد كلم أبوه", phone("٠١٢ ٨٨٤٠ ٣٣١٥", "01288403315"))

# -- rental deposit, Dubai (Levantine expat) ---------------------------------------------------------
P("مرحبا، معك رامي الأحمد، كنت مستأجر شقة بالنهدة وطلعت الشهر الماضي.", name("رامي الأحمد"))
P("رقم الهوية الإماراتية ٧٨٤-١٩٨٦-٩٨٢١٥٩٢-٢", idn("٧٨٤-١٩٨٦-٩٨٢١٥٩٢-٢", "784198698215922", "eid"))
P("حوّلوا التأمين على الآيبان AE33 0330 0000 5757 5221 494",
  iban("AE33 0330 0000 5757 5221 494", "AE330330000057575221494"))
N("التأمين كان خمس آلاف درهم، وخصموا ألفين وخمسمية عالدهان.")
P("+971 50 418 2270", phone("+971 50 418 2270", "971504182270"), ctx="ممكن رقم موبايلك للتواصل؟")

# -- bank account update, Dammam (Gulf) --------------------------------------------------------------
P("الآيبان: إس إيه، واحد ثمانية، واحد صفر صفر صفر، صفر صفر واحد أربعة، ثمانية ثلاثة ثلاثة أربعة، أربعة صفر اثنين سبعة، واحد سبعة ستة اثنين",
  iban("إس إيه، واحد ثمانية، واحد صفر صفر صفر، صفر صفر واحد أربعة، ثمانية ثلاثة ثلاثة أربعة، أربعة صفر اثنين سبعة، واحد سبعة ستة اثنين",
       "SA1810000014833440271762"))
P("اسمي ريم الدوسري، والحساب باسمي.", name("ريم الدوسري"))
P("أنا رقم إقامة حقي ٢٨٨٠٣١٩٢٤٥، أنا سواق عند الكفيل.", idn("٢٨٨٠٣١٩٢٤٥", "2880319245", "iqama"))
P("هويتي 1140275759 وجوالي 0533219840", idn("1140275759", "1140275759", "saudi"),
  phone("0533219840", "0533219840"))

# -- Jordanian customer, bank refund -----------------------------------------------------------------
P("معك هالة ناصر من عمّان، بخصوص المبلغ المرتجع.", name("هالة ناصر"))
P("ابعتلي عالإيميل hala.nasser92@gmail.com", email("hala.nasser92@gmail.com"))
P("الآيبان تبعي JO82 ARAB 1180 0000 8401 8771 8033 73",
  iban("JO82 ARAB 1180 0000 8401 8771 8033 73", "JO82ARAB1180000084018771803373"))
P("عمارة ١٢، شارع مكة، الطابق الثاني، عمّان", addr("عمارة ١٢، شارع مكة، الطابق الثاني، عمّان"),
  ctx="وين عنوانك بالزبط؟")

# -- more calls ---------------------------------------------------------------------------------------
P("الآيبان بتاعي EG05 0019 0005 4111 5109 5494 1348 2", iban("EG05 0019 0005 4111 5109 5494 1348 2",
  "EG050019000541115109549413482"))
P("LB40 0999 6905 9298 1884 7187 2074، هيدا حسابي بالليرة",
  iban("LB40 0999 6905 9298 1884 7187 2074", "LB40099969059298188471872074"))
P("اثنين وعشرين، ثمانية وخمسين، ثمانية وأربعين، أربعة وثلاثين، صفر ستة، خمسة وثمانين، اثنين وسبعين، ثمانية وثلاثين",
  card("اثنين وعشرين، ثمانية وخمسين، ثمانية وأربعين، أربعة وثلاثين، صفر ستة، خمسة وثمانين، اثنين وسبعين، ثمانية وثلاثين",
       "2258483406857238"),
  ctx="رقم البطاقة كامل لو سمحت")
P("بطاقة أمريكان إكسبريس، رقمها ٣٧٢٦ ٦٦٣١٥٥ ٦٨٩٤٧", card("٣٧٢٦ ٦٦٣١٥٥ ٦٨٩٤٧", "372666315568947"))
P("الكارت بتاعي 5579 2565 8270 5503 وصلاحيته لحد ٩/٢٠٢٧", card("5579 2565 8270 5503", "5579256582705503"))
P("رقم الإقامة اتنين خمسة اتنين تلاتة تسعة صفر سبعة تلاتة سبعة اتنين",
  idn("اتنين خمسة اتنين تلاتة تسعة صفر سبعة تلاتة سبعة اتنين", "2523907372", "iqama"))
P("٣٢١٤ طريق الملك عبدالعزيز، حي الزهراء، جدة ٢٣٤٢٥", addr("٣٢١٤ طريق الملك عبدالعزيز، حي الزهراء، جدة ٢٣٤٢٥"),
  ctx="وش العنوان الوطني حقك؟")
P("وُلدت في الثالث من يوليو عام ألف وتسعمائة وثمانية وسبعين",
  dob("الثالث من يوليو عام ألف وتسعمائة وثمانية وسبعين"))
P("تاريخ ميلادي 1990/04/03", dob("1990/04/03"))
P("أنا خديجة العلوي، كنعيط على قبل الفاتورة ديال الضو.", name("خديجة العلوي"))
P("يعني الرقم صفر خمسة صفر، تسعة واحد سبعة، أربعة أربعة ستة اثنين، صح؟",
  phone("صفر خمسة صفر، تسعة واحد سبعة، أربعة أربعة ستة اثنين", "0509174462"))
P("لا آسف غلطت، الرقم الصحيح ٠٥٤٣٣٨١٢٠٧", phone("٠٥٤٣٣٨١٢٠٧", "0543381207"))
P("معك خالد الحربي، وإيميلي khaled ات الحربي دوت نت", name("خالد الحربي"),
  email("khaled ات الحربي دوت نت"))
P("عنواني الجديد في دبي: فيلا ٤٨، شارع ٢١ب، الصفا ٢، دبي", addr("فيلا ٤٨، شارع ٢١ب، الصفا ٢، دبي"))
P("حاضر يا أستاذة منى، هبعتلك الاستمارة.", name("منى"))

# -- non-personal ---------------------------------------------------------------------------------------
N("شكرًا لاتصالك بشركة الريان للاتصالات، كيف أقدر أساعدك؟")
N("أنا متصل بخصوص الفاتورة الأخيرة، طالعة مية وثمانين ريال.")
N("الاسم مسجل على الحساب بس أخوي هو اللي يدفع.")
N("الحمد لله بخير، وانت كيفك؟")
N("رقم الطلب ٧٧٣٤١١٩٠٢٢٨٨٥٥٦١ وما وصلني لليوم.", nums=["٧٧٣٤١١٩٠٢٢٨٨٥٥٦١"])
N("أنا متصل من جدة، هذا القسم الصح؟")
N("يوم الأحد ١٤ أبريل الساعة عشرة الصبح يناسبني.", ctx="متى يناسبك الفني يجي؟")
N("أنا عميل عندكم من سنة ألفين وخمسة.")
N("باقة الأربعين جيجا بمية وعشرين ريال شهريًا.")
N("نسبة الفائدة ارتفعت لـ ٦٫٥٪ من أول السنة.")
N("رقم التذكرة INC-00488123 وصلني بالإيميل.")
N("عيد ميلادي الأسبوع الجاي وبغيت أجدد الجوال قبله.")
N("أنا من مواليد الإسكندرية بس عايش في القاهرة دلوقتي.")
N("نفس العنوان القديم، ما تغير شي.")
N("مرجع الشكوى ٩٠٢٢٨١٩٧٥ لو تبي تتابع.", nums=["٩٠٢٢٨١٩٧٥"])
N("عمري سبعين سنة يا بنتي، ما أعرف للإنترنت.")
N("لحظة، ليش تحتاج هالمعلومة؟", ctx="ممكن تاريخ ميلادك؟")
N("الشحنة وزنها تلاتة كيلو ووصلت المستودع يوم ١٢/٣.")
N("رقم الشحنة ٥٥٠٩ ٢٨٨٣ ٩٠٤٧ ١٦٢٢", nums=["٥٥٠٩ ٢٨٨٣ ٩٠٤٧ ١٦٢٢"])
N("المبلغ الإجمالي ألف ومئتين وأربعة وثمانين درهم شامل الضريبة.")
N("قراءة العداد ٠٤٥٧١٢ من الصبح.")
N("الدكتور كتب لها علبتين، كل علبة ٢٨ حبة، ٥٠٠ ملغ.")
N("تاريخ الفاتورة ١ مارس وآخر موعد للدفع ١٥ مارس.")
N("الرقم المرجعي للحوالة ٤٨٢١٧٧٠٣٥٦١٩٢٨٤٠", nums=["٤٨٢١٧٧٠٣٥٦١٩٢٨٤٠"])
N("السلام عليكم، معكم شركة النخبة للتأمين.")
N("الآيبان اللي في الفاتورة حق الشركة مو حقي.")
N("واش كاين شي عرض على الأنترنيت ديال الدار؟")
N("عندي موعد مع الدكتور يوم ٢٣ / ١١ الساعة أربعة العصر.")
N("رقم البوليصة ١٠٢٣٤٥٦٧٨٩ مكتوب على الكارت.", nums=["١٠٢٣٤٥٦٧٨٩"])
N("معاك خدمة العملاء، اتفضل يا فندم.")

# ======================================================================================
# Hebrew
# ======================================================================================
LANG = "he"

# -- pharmacy home delivery, Ramat Gan (older caller) ---------------------------------------------
P("בית מרקחת גולן שלום, מדברת מיכל, איך אפשר לעזור?", name("מיכל"))
P("שלום מיכל, שמי אסתר בן-דוד, הזמנתי תרופות הביתה והן עוד לא הגיעו.",
  name("מיכל"), name("אסתר בן-דוד"))
P("אחת שמונה תשע, שמונה שלוש תשע, שתיים אחת אפס",
  idn("אחת שמונה תשע, שמונה שלוש תשע, שתיים אחת אפס", "189839210", "tz"),
  ctx="אפשר מספר תעודת זהות בבקשה?")
P("רחוב ז'בוטינסקי 45, דירה 12, רמת גן", addr("רחוב ז'בוטינסקי 45, דירה 12, רמת גן"),
  ctx="ולאיזו כתובת לשלוח?")
N("המשלוח יצא היום בבוקר, הוא אמור להגיע עד שש בערב.")
P("תודה גברת בן-דוד, שיהיה לך יום טוב.", name("בן-דוד"))

# -- car insurance claim ----------------------------------------------------------------------------
P("היי, קוראים לי עומר חדד, עשו לי תאונה בצומת ואני רוצה לפתוח תביעה.", name("עומר חדד"))
P("תעודת זהות 263191959", idn("263191959", "263191959", "tz"))
P("נולדתי ב-12 במרץ 1987", dob("12 במרץ 1987"))
N("ההשתתפות העצמית בפוליסה שלך היא 1,850 שקל.")
N("התאונה הייתה ביום שלישי בסביבות שבע וחצי בערב, ליד הקניון.")
P("הנייד שלי אפס חמש שתיים, שש אחת תשע, ארבע ארבע שמונה שבע",
  phone("אפס חמש שתיים, שש אחת תשע, ארבע ארבע שמונה שבע", "0526194487"))
P("בסדר עומר, שמאי יחזור אליך תוך יומיים.", name("עומר"))

# -- mobile top-up, young caller --------------------------------------------------------------------
P("אחי אני רוצה להטעין את הקו, זה 054-6620913", phone("054-6620913", "0546620913"))
P("הכרטיס ארבע תשע חמש תשע, שתיים חמש ארבע חמש, שבע שש שבע שמונה, שבע שתיים אחת שמונה",
  card("ארבע תשע חמש תשע, שתיים חמש ארבע חמש, שבע שש שבע שמונה, שבע שתיים אחת שמונה", "4959254576787218"))
N("יש לך חבילה של 25 ג'יגה ב-39.90 או את הגדולה של 100 ג'יגה ב-59.")

# -- hotel booking, Eilat -----------------------------------------------------------------------------
P("שלום, אני רוצה להזמין חדר לסופ\"ש, על שם דנה לוי-אשכנזי.", name("דנה לוי-אשכנזי"))
P("dana.levy88 שטרודל gmail נקודה com", email("dana.levy88 שטרודל gmail נקודה com"),
  ctx="ולאיזה מייל לשלוח את האישור?")
P("כרטיס 5399 9565 2093 3400, תוקף 08/28", card("5399 9565 2093 3400", "5399956520933400"))
N("מה-14 עד ה-16 באוגוסט, שני מבוגרים ושני ילדים.")
N("המחיר ללילה 1,240 שקל כולל ארוחת בוקר.")
P("מעולה דנה, ההזמנה אושרה ושלחתי לך את הכול למייל.", name("דנה"))

# -- gas leak, Kfar Saba ------------------------------------------------------------------------------
N("יש ריח חזק של גז בחדר מדרגות, כבר פתחתי חלונות.")
P("הנרקיסים 7, קומה שלישית, כפר סבא", addr("הנרקיסים 7, קומה שלישית, כפר סבא"),
  ctx="מה הכתובת המדויקת?")
P("מדבר אבי מזרחי, אני השכן מלמטה.", name("אבי מזרחי"))
P("תרשום את הטלפון שלי, 09-7661452", phone("09-7661452", "097661452"))
N("אל תדליק אורות ואל תשתמש במעלית, הצוות יגיע תוך עשרים דקות.")

# -- old-age pension ------------------------------------------------------------------------------------
P("שְׁמִי רִבְקָה אַבְרָהָמִי, אני מתקשרת לגבי קצבת הזקנה.", name("רִבְקָה אַבְרָהָמִי"))
P("תאריך הלידה שלי הוא ה-3 בינואר 1952", dob("3 בינואר 1952"))
P("מספר זהות אפס שש תשע, שש אחת ארבע, שבע שש שש",
  idn("אפס שש תשע, שש אחת ארבע, שבע שש שש", "069614766", "tz"))
P("תעבירו את הכסף ל-IL46 0126 2000 0000 0966 542",
  iban("IL46 0126 2000 0000 0966 542", "IL460126200000000966542"))
N("הקצבה ירדה החודש ב-212 שקל ואף אחד לא הסביר לי למה.")
N("אני בת שמונים ושתיים, אני לא מבינה באינטרנט.")
P("בסדר גברת אברהמי, אני פותחת בירור.", name("אברהמי"))

# -- parcel redirect (second-language speaker) --------------------------------------------------------
N("מספר המשלוח RR 9821 7703 5 IL והוא תקוע כבר שבוע.")
P("תשלחו לעבודה, הכתובת היא דרך מנחם בגין 132, קומה 18, תל אביב",
  addr("דרך מנחם בגין 132, קומה 18, תל אביב"))
P("החבילה על שם אלכסנדר קוזנצוב, זה אני.", name("אלכסנדר קוזנצוב"))
P("טלפון שלי, אפס חמש שמונה, שלוש שלוש אחת, שבע תשע שתיים שתיים",
  phone("אפס חמש שמונה, שלוש שלוש אחת, שבע תשע שתיים שתיים", "0583317922"))
N("זה יעלה עוד 15 שקל ויגיע ביום ראשון או שני.")

# -- card fraud -------------------------------------------------------------------------------------------
N("יש לי שלוש עסקאות שאני לא מכיר, אחת של 899 שקל ושתיים של 49.90.")
P("מדבר יוסי פרץ, אני רוצה לחסום את הכרטיס.", name("יוסי פרץ"))
P("המספר זה ארבעים ושמונה תשעים ושמונה, חמש עשרה שישים ואחת, חמישים ואחת שלושים וחמש, ארבעים וארבע שמונים וארבע",
  card("ארבעים ושמונה תשעים ושמונה, חמש עשרה שישים ואחת, חמישים ואחת שלושים וחמש, ארבעים וארבע שמונים וארבע",
       "4898156151354484"))
P("תעודת זהות 316672088 ותאריך לידה 21.07.1979", idn("316672088", "316672088", "tz"), dob("21.07.1979"))
P("בסדר יוסי, חסמתי את הכרטיס, אתה לא תחויב על העסקאות האלה.", name("יוסי"))

# -- school enrolment, Haifa ----------------------------------------------------------------------------
P("שלום, שמי סמיר חורי, אני רוצה לרשום את הבן שלי לכיתה א'.", name("סמיר חורי"))
P("הוא נולד ב-14.06.2019", dob("14.06.2019"))
P("הכתובת שלנו שדרות בן גוריון 88, דירה 4, חיפה", addr("שדרות בן גוריון 88, דירה 4, חיפה"))
P("המייל שלי samir.khoury שטרודל walla נקודה co נקודה il",
  email("samir.khoury שטרודל walla נקודה co נקודה il"))
N("הרישום נפתח ב-1 בפברואר ונסגר ב-28 בפברואר.")
N("שכר הלימוד לצהרון הוא 1,150 שקל לחודש.")

# -- rental deposit dispute -------------------------------------------------------------------------------
N("יצאתי מהדירה ב-31 ביולי ועדיין לא קיבלתי את הפיקדון, 9,000 שקל.")
P("אני נועה גרינברג, השוכרת הקודמת.", name("נועה גרינברג"))
P("הכתובת של הדירה: אחד העם 19, דירה 6, תל אביב", addr("אחד העם 19, דירה 6, תל אביב"))
P("תחזירו לחשבון שלי, האייבן איי אל שתיים שמונה, אפס אחת אפס שמונה, שבע אפס אפס אפס, אפס אפס אפס אפס, אפס שבע שתיים שתיים, תשע שבע אחת",
  iban("איי אל שתיים שמונה, אפס אחת אפס שמונה, שבע אפס אפס אפס, אפס אפס אפס אפס, אפס שבע שתיים שתיים, תשע שבע אחת",
       "IL280108700000000722971"))

# -- immigrant caller, Ashdod -------------------------------------------------------------------------------
P("שמי אלנה פטרובה, אני לא מדברת טוב עברית, סליחה.", name("אלנה פטרובה"))
P("תעודת זהות שלי שלוש שבע שש, אפס שמונה שלוש, שתיים תשע אחת",
  idn("שלוש שבע שש, אפס שמונה שלוש, שתיים תשע אחת", "376083291", "tz"))
P("נולדתי עשרים ושתיים באוקטובר, אלף תשע מאות שבעים ושש",
  dob("עשרים ושתיים באוקטובר, אלף תשע מאות שבעים ושש"))

# -- bank, code-switching ------------------------------------------------------------------------------------
P("תשלח לי את הטופס למייל, oren.katz@gmail.com", email("oren.katz@gmail.com"))
P("האיבן שלי IL82 0110 2800 0000 0225 123", iban("IL82 0110 2800 0000 0225 123", "IL820110280000000225123"))
P("יש לי חשבון בגרמניה, DE74 5001 0517 9007 9440 21, תעבירו לשם",
  iban("DE74 5001 0517 9007 9440 21", "DE74500105179007944021"))
P("IL070209370000000045052 זה החשבון בבנק מזרחי", iban("IL070209370000000045052", "IL070209370000000045052"))
P("il51 0125 9800 0000 0747 174", iban("il51 0125 9800 0000 0747 174", "IL510125980000000747174"),
  ctx="תקריא לי בבקשה את מספר ה-IBAN")

# -- more lines -------------------------------------------------------------------------------------------------
P("שלום, כאן שירן מהמוקד, עם מי אני מדברת?", name("שירן"))
P("כן, אמריקן אקספרס, 3499 104204 07819", card("3499 104204 07819", "349910420407819"))
P("5111-4926-1618-9712, זה הכרטיס של הבית", card("5111-4926-1618-9712", "5111492616189712"))
P("ארבע שתיים שמונה חמש, תשע שלוש שתיים אחת, ארבע שמונה שש שש, שלוש שתיים שתיים ארבע",
  card("ארבע שתיים שמונה חמש, תשע שלוש שתיים אחת, ארבע שמונה שש שש, שלוש שתיים שתיים ארבע", "4285932148663224"),
  ctx="תקריא לי את מספר הכרטיס")
P("ת.ז. 329638530, על שם גלעד שפירא", idn("329638530", "329638530", "tz"), name("גלעד שפירא"))
P("אז מספר הזהות הוא שתיים שמונה אפס, אפס אחת חמש, שש שתיים תשע, נכון?",
  idn("שתיים שמונה אפס, אפס אחת חמש, שש שתיים תשע", "280015629", "tz"))
P("הטלפון בבית פלוס תשע שבע שתיים, שלוש, שש אפס תשע, ארבע ארבע אחת שמונה",
  phone("פלוס תשע שבע שתיים, שלוש, שש אפס תשע, ארבע ארבע אחת שמונה", "97236094418"))
P("אז זה 050-3318264, נכון?", phone("050-3318264", "0503318264"))
P("סליחה טעיתי, זה לא 052 זה 053-4471908", phone("053-4471908", "0534471908"))
P("michal.b שטרודל hotmail נקודה com", email("michal.b שטרודל hotmail נקודה com"),
  ctx="כתובת מייל בבקשה?")
P("יוסי נקודה פרץ שטרודל ג'ימייל נקודה קום", email("יוסי נקודה פרץ שטרודל ג'ימייל נקודה קום"),
  ctx="ומייל לשלוח אליו את האישור?")
P("תכתוב avi1975@walla.co.il", email("avi1975@walla.co.il"))
P("שמונה באפריל שישים ותשע", dob("שמונה באפריל שישים ותשע"), ctx="תאריך לידה?")
P("אני גרה בבית שמש, רחוב הרב קוק 3, דירה 9", addr("רחוב הרב קוק 3, דירה 9"))
P("שמי מרדכי (מוטי) אלמוג, ואני מתקשר בשם העסק שלי.", name("מרדכי (מוטי) אלמוג"))
P("תודה רבה לך שירן.", name("שירן"))
P("תאריך לידה 27/11/58", dob("27/11/58"))
P("אני חנה גולדשטיין, מדברת מירושלים, רציתי לברר על החשבון.", name("חנה גולדשטיין"))
P("קוראים לי תמר, תמר ויסמן.", name("תמר", nth=0), name("תמר ויסמן"))
P("רחוב הגפן 11 דירה 2 זכרון יעקב", addr("רחוב הגפן 11 דירה 2 זכרון יעקב"),
  ctx="לאן לשלוח את הטכנאי?")

# -- non-personal ----------------------------------------------------------------------------------------------
N("שלום, הגעתם לשירות הלקוחות של טלנט מובייל, במה אפשר לעזור?")
N("אני מתקשר בקשר לחשבון של החודש שעבר.")
N("השם שלי רשום על החשבון אבל בעלי משלם.")
N("אני בסדר תודה, מה שלומך?")
N("מספר ההזמנה 8812 4409 1176 2305", nums=["8812 4409 1176 2305"])
N("אני מתקשרת מבאר שבע.")
N("ב-10 במאי בעשר ורבע מתאים לי.", ctx="מתי נוח לך שהטכנאי יגיע?")
N("אני לקוח שלכם מ-1998.")
N("הריבית עלתה ל-4.75 אחוז.")
N("מספר הפנייה 902281975", nums=["902281975"])
N("יש לי יום הולדת בשבוע הבא אז רציתי לשדרג לפני.")
N("נולדתי בקייב אבל אני בארץ כבר עשרים שנה.")
N("אותה כתובת כמו קודם, לא השתנה כלום.")
N("אני בן שבעים ושמונה, אני לא יודע לעשות את זה באפליקציה.")
N("רגע, למה אתם צריכים את זה?", ctx="אפשר תאריך לידה?")
N("הסכום הכולל 1,284 שקל כולל מע\"מ.")
N("ניצלת 18.6 ג'יגה מתוך 30.")
N("קריאת המונה היא 045712.")
N("שכר הדירה 6,400 לחודש, פלוס ועד בית 250.")
N("מספר פוליסה 5509 2883 9047 1622", nums=["5509 2883 9047 1622"])
N("חיוב של 49.90 מה-23 במרץ שאני לא מכיר.")
N("החשבונית מה-1 ביוני, והתשלום עד ה-15.")
N("השם על החבילה לא נכון, אבל הכתובת בסדר.")
N("מדברים מחברת הביטוח, זה בקשר לתאונה.")
N("תּוֹדָה רַבָּה, יוֹם נָעִים!")
N("הילד בכיתה ג' והוא בן תשע.")
N("מספר אסמכתא ארבע שמונה שתיים אחת, שבע שבע אפס שלוש, חמש שש אחת תשע, שתיים שמונה ארבע אפס",
  nums=["ארבע שמונה שתיים אחת, שבע שבע אפס שלוש, חמש שש אחת תשע, שתיים שמונה ארבע אפס"])
N("אני מבנק לאומי סניף 870, רציתי לבדוק משהו.")
N("המטוס ממריא ב-06:40 מטרמינל 3.")
N("עוד לא קיבלתי את ההחזר של 312 שקל.")
N("אני מתקשר מחו\"ל, מלונדון.")
N("ההזמנה מספר 1023456789 לא הגיעה.", nums=["1023456789"])
N("הגז נקטע אצלנו מאתמול בצהריים.")

# ======================================================================================
# Greek (and Cypriot Greek)
# ======================================================================================
LANG = "el"

# -- pharmacy home delivery, Athens (older caller) ----------------------------------------------------
P("Φαρμακείο Λαμπράκη, καλησπέρα, η Κατερίνα είμαι, πώς μπορώ να σας βοηθήσω;", name("Κατερίνα"))
P("Καλησπέρα κορίτσι μου, ο Σπύρος Μαυρίδης είμαι, περιμένω τα φάρμακά μου από το πρωί.",
  name("Σπύρος Μαυρίδης"))
P("δύο τρία, μηδέν εφτά, σαράντα οχτώ, δύο μηδέν πέντε μηδέν εννιά",
  idn("δύο τρία, μηδέν εφτά, σαράντα οχτώ, δύο μηδέν πέντε μηδέν εννιά", "23074820509", "amka"),
  ctx="Μου λέτε τον ΑΜΚΑ σας, κύριε Μαυρίδη;")
P("Πατησίων 112, τρίτος όροφος, Κυψέλη", addr("Πατησίων 112, τρίτος όροφος, Κυψέλη"),
  ctx="Και η διεύθυνση για την παράδοση;")
N("Ο διανομέας έφυγε στις δώδεκα, θα είναι εκεί μέχρι τις δύο το αργότερο.")
P("Ευχαριστώ πολύ κύριε Μαυρίδη, καλή σας μέρα.", name("Μαυρίδη"))

# -- car insurance claim, Thessaloniki -----------------------------------------------------------------
P("Λέγομαι Ευάγγελος Τσακίρης και θέλω να δηλώσω ένα τρακάρισμα.", name("Ευάγγελος Τσακίρης"))
P("Το ΑΦΜ μου είναι 080302537.", idn("080302537", "080302537", "afm"))
P("Γεννήθηκα στις 14 Μαρτίου 1979.", dob("14 Μαρτίου 1979"))
N("Έγινε χθες το απόγευμα γύρω στις έξι και μισή στην Εγνατία, κοντά στην Καμάρα.")
N("Η απαλλαγή στο συμβόλαιό σας είναι 300 ευρώ και δικαιούστε όχημα αντικατάστασης για πέντε μέρες.")
P("Το κινητό μου είναι έξι εννιά τέσσερα τέσσερα, δεκαοχτώ, εβδομήντα δύο, τριάντα πέντε",
  phone("έξι εννιά τέσσερα τέσσερα, δεκαοχτώ, εβδομήντα δύο, τριάντα πέντε", "6944187235"))
P("Εντάξει κύριε Τσακίρη, ο πραγματογνώμονας θα σας πάρει αύριο το πρωί.", name("Τσακίρη"))

# -- mobile top-up, young caller ---------------------------------------------------------------------------
P("θέλω να βάλω δέκα ευρώ στο 6977 305 812", phone("6977 305 812", "6977305812"))
P("η κάρτα είναι 4557 3497 9677 5849", card("4557 3497 9677 5849", "4557349796775849"))
N("θες το πακέτο με τα 15 GB στα 9,90 ή απλή ανανέωση;")

# -- hotel booking, Santorini -------------------------------------------------------------------------------
P("Θα ήθελα να κλείσω ένα δίκλινο, το όνομα είναι Μαρίνα Οικονόμου.", name("Μαρίνα Οικονόμου"))
P("marina.oikonomou παπάκι gmail τελεία com", email("marina.oikonomou παπάκι gmail τελεία com"),
  ctx="Και ένα email για την επιβεβαίωση;")
P("Η κάρτα μου, τέσσερα μηδέν δύο πέντε, έξι εννιά εφτά ένα, μηδέν οχτώ εννιά δύο, έξι τέσσερα τέσσερα ένα",
  card("τέσσερα μηδέν δύο πέντε, έξι εννιά εφτά ένα, μηδέν οχτώ εννιά δύο, έξι τέσσερα τέσσερα ένα",
       "4025697108926441"))
N("Από τις 12 μέχρι τις 15 Ιουλίου, τρεις νύχτες, με θέα στην καλντέρα αν γίνεται.")
N("Η τιμή είναι 240 ευρώ τη βραδιά με πρωινό, συν τον φόρο διαμονής.")
P("Τέλεια κυρία Οικονόμου, η κράτηση επιβεβαιώθηκε.", name("Οικονόμου"))

# -- gas leak, Thessaloniki ------------------------------------------------------------------------------------
N("Μυρίζει πολύ έντονα γκάζι στην κουζίνα, άνοιξα τα παράθυρα.")
P("Εγνατίας 45, δεύτερος όροφος, Θεσσαλονίκη 546 30",
  addr("Εγνατίας 45, δεύτερος όροφος, Θεσσαλονίκη 546 30"), ctx="Ποια είναι η διεύθυνση;")
P("Με λένε Αναστασία Παπαδοπούλου.", name("Αναστασία Παπαδοπούλου"))
P("Το τηλέφωνό μου 2310 284 619", phone("2310 284 619", "2310284619"))
P("και για ενημέρωση στο a.papadopoulou@yahoo.gr", email("a.papadopoulou@yahoo.gr"))

# -- pension query -------------------------------------------------------------------------------------------------
P("Ονομάζομαι Δημήτριος Καραγιάννης, συνταξιούχος του Δημοσίου.", name("Δημήτριος Καραγιάννης"))
P("ΑΜΚΑ 11126248324", idn("11126248324", "11126248324", "amka"))
P("ημερομηνία γέννησης έντεκα Δεκεμβρίου του εξήντα δύο", dob("έντεκα Δεκεμβρίου του εξήντα δύο"))
P("Το IBAN μου GR79 0116 8630 0003 5386 1408 316",
  iban("GR79 0116 8630 0003 5386 1408 316", "GR7901168630000353861408316"))
N("Η σύνταξη μπήκε μειωμένη κατά 86 ευρώ αυτόν τον μήνα.")
N("Οι συντάξεις πληρώνονται στις 27 του μήνα.")
P("Μάλιστα κύριε Καραγιάννη, θα ανοίξω αίτημα και θα σας ενημερώσουμε.", name("Καραγιάννη"))
P("στείλτε μου στο d.karagiannis1962@gmail.com", email("d.karagiannis1962@gmail.com"))

# -- parcel redirect ----------------------------------------------------------------------------------------------
N("Ο αριθμός αποστολής είναι 9 7 4 2 1 0 5 3 8 και γράφει ότι είναι στο κέντρο διαλογής.",
  nums=["9 7 4 2 1 0 5 3 8"])
P("Στείλτε το στη δουλειά, Λεωφόρος Κηφισίας 124, 5ος όροφος, Αμπελόκηποι, 115 26",
  addr("Λεωφόρος Κηφισίας 124, 5ος όροφος, Αμπελόκηποι, 115 26"))
P("Το δέμα είναι στο όνομά μου, Ηλίας Χατζηγεωργίου.", name("Ηλίας Χατζηγεωργίου"))
P("για τον κούριερ το κινητό είναι +30 694 552 1870", phone("+30 694 552 1870", "306945521870"))
N("Η αλλαγή διεύθυνσης κοστίζει 3,50 ευρώ και θα παραδοθεί την Πέμπτη.")
P("ηλίας τελεία χατζή παπάκι hotmail τελεία com", email("ηλίας τελεία χατζή παπάκι hotmail τελεία com"),
  ctx="Ένα email για να σας στείλουμε τον σύνδεσμο;")

# -- card fraud ---------------------------------------------------------------------------------------------------
N("Βλέπω τρεις χρεώσεις που δεν τις έκανα, μία 189,90 και δύο των 45 ευρώ.")
P("Ο αριθμός της κάρτας σαράντα τέσσερα ογδόντα οχτώ, εξήντα εφτά τριάντα εννιά, σαράντα εννιά σαράντα οχτώ, εβδομήντα πέντε μηδέν πέντε",
  card("σαράντα τέσσερα ογδόντα οχτώ, εξήντα εφτά τριάντα εννιά, σαράντα εννιά σαράντα οχτώ, εβδομήντα πέντε μηδέν πέντε",
       "4488673949487505"))
P("Είμαι η Φωτεινή Αλεξίου, γεννημένη 8/9/1984.", name("Φωτεινή Αλεξίου"), dob("8/9/1984"))
P("Εντάξει κυρία Αλεξίου, η κάρτα μπλοκαρίστηκε.", name("Αλεξίου"))

# -- school enrolment ----------------------------------------------------------------------------------------------
P("Καλημέρα, λέγομαι Νίκος Ραφαηλίδης, θέλω να γράψω την κόρη μου στο νηπιαγωγείο.",
  name("Νίκος Ραφαηλίδης"))
P("γεννήθηκε στις είκοσι τρεις Απριλίου του δύο χιλιάδες δεκαεννιά",
  dob("είκοσι τρεις Απριλίου του δύο χιλιάδες δεκαεννιά"))
P("ο αριθμός ταυτότητάς μου είναι ΑΚ 482913", idn("ΑΚ 482913", "ΑΚ482913", "grpol"))
P("Η διεύθυνση είναι Αγίου Δημητρίου 18, Περιστέρι, 121 34", addr("Αγίου Δημητρίου 18, Περιστέρι, 121 34"))
N("Οι εγγραφές γίνονται από 1 έως 20 Μαΐου.")
P("nikos_raf παπάκι otenet τελεία gr", email("nikos_raf παπάκι otenet τελεία gr"), ctx="Και το email σας;")

# -- rental deposit dispute ---------------------------------------------------------------------------------------
N("Έφυγα από το διαμέρισμα στις 30 Σεπτεμβρίου και ακόμα δεν μου έχουν επιστρέψει την εγγύηση, 700 ευρώ.")
P("Είμαι ο Άρης Βλάχος, ήμουν ενοικιαστής στη Σόλωνος 61, 4ος όροφος, Αθήνα.",
  name("Άρης Βλάχος"), addr("Σόλωνος 61, 4ος όροφος, Αθήνα"))
P("Να μου τα καταθέσουν στο GR02 0170 0860 0009 9346 7365 326",
  iban("GR02 0170 0860 0009 9346 7365 326", "GR0201700860000993467365326"))
P("GR είκοσι πέντε, μηδέν δύο έξι οχτώ, μηδέν οχτώ έξι μηδέν, μηδέν μηδέν μηδέν ένα, εφτά εννιά τρία εφτά, πέντε τέσσερα ένα οχτώ, οχτώ δύο μηδέν",
  iban("GR είκοσι πέντε, μηδέν δύο έξι οχτώ, μηδέν οχτώ έξι μηδέν, μηδέν μηδέν μηδέν ένα, εφτά εννιά τρία εφτά, πέντε τέσσερα ένα οχτώ, οχτώ δύο μηδέν",
       "GR2502680860000179375418820"),
  ctx="Σε ποιο IBAN να γίνει η επιστροφή;")

# -- Cypriot caller -------------------------------------------------------------------------------------------------
P("Γεια σας, εν ο Αντρέας Χαραλάμπους που τη Λεμεσό.", name("Αντρέας Χαραλάμπους"))
P("το κινητό μου εν 99 634 218", phone("99 634 218", "99634218"))
P("CY75 0020 0761 7666 7598 5898 0905", iban("CY75 0020 0761 7666 7598 5898 0905", "CY75002007617666759858980905"),
  ctx="Μπορείτε να μου δώσετε το IBAN;")

# -- second-language speaker --------------------------------------------------------------------------------------
P("Εγώ λέγομαι Ερμίρα Κόλα, είμαι από Αλβανία αλλά μένω εδώ δεκαπέντε χρόνια.", name("Ερμίρα Κόλα"))
P("ΑΦΜ μου μηδέν έξι πέντε, μηδέν δύο έξι, εννιά πέντε τέσσερα",
  idn("μηδέν έξι πέντε, μηδέν δύο έξι, εννιά πέντε τέσσερα", "065026954", "afm"))

# -- more lines ------------------------------------------------------------------------------------------------------
P("ΑΦΜ 046 929 535, ΔΟΥ Αμαρουσίου", idn("046 929 535", "046929535", "afm"))
P("Άρα ο ΑΦΜ είναι μηδέν τέσσερα εννιά, εννιά εννιά δύο, έξι πέντε οχτώ, σωστά;",
  idn("μηδέν τέσσερα εννιά, εννιά εννιά δύο, έξι πέντε οχτώ", "049992658", "afm"))
P("ο ΑΜΚΑ μου 0205 9182 754", idn("0205 9182 754", "02059182754", "amka"))
P("ταυτότητα άλφα ήτα πέντε οχτώ τρία μηδέν δύο ένα", idn("άλφα ήτα πέντε οχτώ τρία μηδέν δύο ένα", "ΑΗ583021", "grpol"))
P("5371 0768 7579 5973 και λήγει 11/27", card("5371 0768 7579 5973", "5371076875795973"))
P("Τη Visa, 4755-9126-8893-0200.", card("4755-9126-8893-0200", "4755912688930200"))
P("πέντε πέντε δύο πέντε, τρία έξι οχτώ έξι, εννιά δύο τρία δύο, εφτά οχτώ δύο τέσσερα",
  card("πέντε πέντε δύο πέντε, τρία έξι οχτώ έξι, εννιά δύο τρία δύο, εφτά οχτώ δύο τέσσερα", "5525368692327824"),
  ctx="Ποιος είναι ο αριθμός της κάρτας;")
P("GR2801402080000723355251377 είναι ο λογαριασμός στην Alpha", iban("GR2801402080000723355251377", "GR2801402080000723355251377"))
P("gr30 0119 0440 0003 5129 2212 195", iban("gr30 0119 0440 0003 5129 2212 195", "GR3001190440000351292212195"),
  ctx="το iban σας παρακαλώ")
P("Σταθερό 210 6458 327, κινητό δεν έχω.", phone("210 6458 327", "2106458327"))
P("Δηλαδή έξι εννιά επτά μηδέν, τριάντα ένα, είκοσι δύο, σαράντα τέσσερα, σωστά;",
  phone("έξι εννιά επτά μηδέν, τριάντα ένα, είκοσι δύο, σαράντα τέσσερα", "6970312244"))
P("23/7/48", dob("23/7/48"), ctx="Και την ημερομηνία γέννησής σας;")
P("πρώτη Φεβρουαρίου του ογδόντα οχτώ, είμαι γεννημένος", dob("πρώτη Φεβρουαρίου του ογδόντα οχτώ"))
P("fotini.alexiou παπάκι outlook τελεία com", email("fotini.alexiou παπάκι outlook τελεία com"),
  ctx="Θα θέλατε την απάντηση και στο email;")
P("Μένω στην οδό Ερμού 27, Πάτρα, 262 21.", addr("οδό Ερμού 27, Πάτρα, 262 21"))
P("ανδρεα παπανδρεου 3 χαλανδρι", addr("ανδρεα παπανδρεου 3 χαλανδρι"), ctx="διευθυνση παρακαλω")
P("με λενε γιωργο παπαδοπουλο", name("γιωργο παπαδοπουλο"))
P("Καλησπέρα, εδώ η Ελένη από το τμήμα εξυπηρέτησης.", name("Ελένη"))
P("Ναι, γεια σας, ο Στέλιος Ζαχαρίου, σας πήρα και χθες.", name("Στέλιος Ζαχαρίου"))

# -- non-personal -----------------------------------------------------------------------------------------------------
N("Εταιρεία Ύδρευσης Πειραιά, καλησπέρα σας, πώς μπορώ να βοηθήσω;")
N("Τηλεφωνώ για τον λογαριασμό του προηγούμενου μήνα.")
N("Το όνομά μου είναι στον λογαριασμό αλλά πληρώνει ο άντρας μου.")
N("Καλά είμαι ευχαριστώ, εσείς;")
N("Ο κωδικός πληρωμής είναι 7720 1184 3309 6653", nums=["7720 1184 3309 6653"])
N("Τηλεφωνώ από τα Γιάννενα, είναι το σωστό τμήμα;")
N("Στις 10 Μαΐου στις δέκα και τέταρτο μου βολεύει.", ctx="Πότε σας βολεύει να έρθει ο τεχνικός;")
N("Είμαι πελάτης σας από το 1998.")
N("Το πακέτο με τα απεριόριστα λεπτά και 40 GB κάνει 25 ευρώ τον μήνα.")
N("Το επιτόκιο ανέβηκε στο 4,2 τοις εκατό.")
N("Ο αριθμός αιτήματος είναι 902281975", nums=["902281975"])
N("Έχω γενέθλια την άλλη εβδομάδα και ήθελα το κινητό πριν.")
N("Γεννήθηκα στη Θεσσαλονίκη αλλά μένω στην Αθήνα.")
N("Ίδια διεύθυνση με πριν, δεν άλλαξε τίποτα.")
N("Είμαι ογδόντα τριών χρονών, παιδί μου, δεν ξέρω από ίντερνετ.")
N("Μια στιγμή, γιατί το χρειάζεστε αυτό;", ctx="Μου λέτε την ημερομηνία γέννησης;")
N("Το σύνολο είναι 1.284 ευρώ με ΦΠΑ.")
N("Έχετε καταναλώσει 18,6 GB από τα 30.")
N("Η ένδειξη του μετρητή είναι 045712.")
N("Το ενοίκιο είναι 650 τον μήνα και τα κοινόχρηστα γύρω στα 80.")
N("Ο αριθμός συμβολαίου 5509 2883 9047 1622", nums=["5509 2883 9047 1622"])
N("Χρέωση 49,90 στις 23 Μαρτίου που δεν την αναγνωρίζω.")
N("Ο λογαριασμός εκδόθηκε την 1η Ιουνίου και λήγει στις 15.")
N("Το όνομα στο δέμα είναι λάθος, αλλά η διεύθυνση είναι σωστή.")
N("Το παιδί πάει τρίτη δημοτικού, είναι εννιά χρονών.")
N("Η πτήση A3 651 είχε τρεις ώρες καθυστέρηση.")
N("Ο κωδικός κράτησης είναι ΧΡ4Κ7Μ.")
N("Τηλεφωνώ για λογαριασμό της μητέρας μου, δεν ακούει καλά.")
N("Είναι 28 χάπια των 500 mg, δύο κουτιά.")
N("Ο αριθμός παραγγελίας 1023456789", nums=["1023456789"])
N("Η αίτηση κατατέθηκε στις 3 Φεβρουαρίου του 2024.")
N("Ο ΑΦΜ της εταιρείας είναι στο τιμολόγιο, δεν τον ξέρω απέξω.")
N("Καλώ από Κύπρο, από τη Λευκωσία.")
N("Ο αριθμός αναφοράς είναι τέσσερα οχτώ δύο ένα, εφτά εφτά μηδέν τρία, πέντε έξι ένα εννιά, δύο οχτώ τέσσερα μηδέν",
  nums=["τέσσερα οχτώ δύο ένα, εφτά εφτά μηδέν τρία, πέντε έξι ένα εννιά, δύο οχτώ τέσσερα μηδέν"])
N("Στην Αθήνα μένω, στο κέντρο, κοντά στο Σύνταγμα.")
N("Από το λογιστήριο μου είπαν να πάρω εσάς.")


# ======================================================================================
# write
# ======================================================================================


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    for lang in LANGS:
        items = ITEMS[lang]
        per_kind = {k: 0 for k in KINDS}
        for it in items:
            for sp in it["spans"]:
                per_kind[sp["kind"]] += 1
        assert all(v >= 6 for v in per_kind.values()), (lang, per_kind)
        assert 105 <= len(items) <= 125, (lang, len(items))
        texts = [it["text"] for it in items]
        assert len(set(texts)) == len(texts), lang
        path = os.path.join(OUT_DIR, lang + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        # read back and check every span once more against the written bytes
        with open(path, encoding="utf-8") as f:
            back = [json.loads(line) for line in f]
        assert back == items
        for it in back:
            b = it["text"].encode("utf-8")
            for sp in it["spans"]:
                assert 0 <= sp["start"] < sp["end"] <= len(b)
                b[sp["start"]:sp["end"]].decode("utf-8")
        personal = sum(1 for it in items if it["spans"])
        print("%s: %d items (%d personal, %d non-personal) %s"
              % (lang, len(items), personal, len(items) - personal, per_kind))


if __name__ == "__main__":
    main()
