#!/usr/bin/env python3
"""Generator for the "blind21" held-out redaction evaluation set.

Who wrote it and how: a helper session, working only from a written brief. It
never read the redactor, its rules, its tests, or any other evaluation set or
generator. Every line is made up from general knowledge of how people talk on
customer-service phone calls in English, Arabic, Hebrew and Greek. The lines are
written the way a Whisper-style speech recogniser transcribes them: fillers,
false starts, corrections, digits in groups, numbers spoken as words,
code-switching. All values are invented. Card numbers, IBANs and national IDs
are generated here with valid check digits. Long numbers that are not personal
are asserted to FAIL those checks.

Output: data/redaction/blind21/{en,ar,he,el}.jsonl (relative to the repository
root). Each file has one JSON object per line:

    {"text": str,
     "spans": [{"kind": str, "start": int, "end": int}, ...],
     "context": str}            # optional

* kind is one of: card, iban, id, phone, email, date_of_birth, name, address.
* start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive).
  The script computes them by searching for each span's substring and asserts
  that each one round-trips.
* context, when present, is an earlier line of the same call (usually the
  agent's question). It is not scored.
* Items with an empty spans list are not personal and must come out unchanged.

Run:  python3 benches/redaction/make_blind21.py
Standard library only. The output is deterministic.
"""

import json
import os
import random
import re
from collections import Counter

KINDS = ("card", "iban", "id", "phone", "email", "date_of_birth", "name", "address")

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT_DIR = os.path.join(ROOT, "data", "redaction", "blind21")

# ----------------------------------------------------------------------------
# check-digit helpers
# ----------------------------------------------------------------------------


def luhn_ok(d):
    d = re.sub(r"\D", "", d)
    total = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def make_card(prefix, length, seed):
    r = random.Random("card:" + seed)
    body = prefix + "".join(r.choice("0123456789") for _ in range(length - len(prefix) - 1))
    card = luhn_complete(body)
    assert len(card) == length and luhn_ok(card)
    return card


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "GR": 27, "CY": 28, "IL": 23, "SA": 24,
            "AE": 23, "EG": 29, "JO": 30, "ES": 24, "FR": 27, "KW": 30, "QA": 29,
            "BH": 22, "LB": 28, "PS": 29, "TR": 26, "NL": 18, "IT": 27}
# simplified BBAN layouts: a = letters, n = digits
IBAN_BBAN = {"GB": "4a14n", "IE": "4a14n", "DE": "18n", "GR": "23n", "CY": "24n",
             "IL": "19n", "SA": "20n", "AE": "19n", "EG": "25n", "JO": "4a22n",
             "ES": "20n", "FR": "23n", "KW": "4a22n", "QA": "4a21n", "BH": "4a14n",
             "LB": "24n", "PS": "4a21n", "TR": "22n", "NL": "4a10n", "IT": "1a22n"}


def _iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(s):
    s = re.sub(r"[\s\-.]", "", s).upper()
    cc = s[:2]
    return (cc in IBAN_LEN and len(s) == IBAN_LEN[cc] and _iban_num(s[4:] + s[:4]) % 97 == 1)


def make_iban(cc, seed, bank=None):
    r = random.Random("iban:" + cc + seed)
    bban = ""
    for cnt, typ in re.findall(r"(\d+)([an])", IBAN_BBAN[cc]):
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if typ == "a" else "0123456789"
        bban += "".join(r.choice(alphabet) for _ in range(int(cnt)))
    if bank:
        bban = bank + bban[len(bank):]
    check = 98 - _iban_num(bban + cc + "00") % 97
    iban = "%s%02d%s" % (cc, check, bban)
    assert iban_ok(iban) and len(iban) == IBAN_LEN[cc], iban
    return iban


def tz_ok(d):
    d = re.sub(r"\D", "", d)
    if len(d) != 9:
        return False
    total = 0
    for i, ch in enumerate(d):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        total += p - 9 if p > 9 else p
    return total % 10 == 0


def make_tz(seed, first=None):
    r = random.Random("tz:" + seed)
    body = (first or r.choice("0123")) + "".join(r.choice("0123456789") for _ in range(7))
    body = body[:8]
    for c in "0123456789":
        if tz_ok(body + c):
            return body + c
    raise AssertionError


def afm_ok(d):
    d = re.sub(r"\D", "", d)
    if len(d) != 9:
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return (s % 11) % 10 == int(d[8])


def make_afm(seed):
    r = random.Random("afm:" + seed)
    body = r.choice("01234789") + "".join(r.choice("0123456789") for _ in range(7))
    s = sum(int(body[i]) * 2 ** (8 - i) for i in range(8))
    afm = body + str((s % 11) % 10)
    assert afm_ok(afm)
    return afm


def saudi_ok(d):
    d = re.sub(r"\D", "", d)
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def make_saudi(first, seed):
    r = random.Random("sa:" + seed)
    v = luhn_complete(first + "".join(r.choice("0123456789") for _ in range(8)))
    assert saudi_ok(v)
    return v


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s.strip())
    if not m:
        return False
    a, g, n = m.groups()
    return a != "000" and a != "666" and int(a) < 900 and g != "00" and n != "0000"


def grp(s, sizes, sep=" "):
    """Cut s into groups of the given sizes (the last size repeats)."""
    out, i, k = [], 0, 0
    while i < len(s):
        n = sizes[min(k, len(sizes) - 1)]
        out.append(s[i:i + n])
        i += n
        k += 1
    return sep.join(out)


# ----------------------------------------------------------------------------
# number words
# ----------------------------------------------------------------------------

EN_D = "zero one two three four five six seven eight nine".split()
EN_TEEN = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
           "eighteen nineteen").split()
EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def en_digits(s, oh=False, double=False, sep=" "):
    groups = []
    for g in s.split():
        ws, i = [], 0
        while i < len(g):
            w = "oh" if (oh and g[i] == "0") else EN_D[int(g[i])]
            if double and i + 1 < len(g) and g[i + 1] == g[i] and not (i + 2 < len(g) and g[i + 2] == g[i]):
                ws.append("double " + w)
                i += 2
            else:
                ws.append(w)
                i += 1
        groups.append(" ".join(ws))
    return sep.join(groups)


def en_num(n):
    if n < 10:
        return EN_D[n]
    if n < 20:
        return EN_TEEN[n - 10]
    t, u = divmod(n, 10)
    return EN_TENS[t] + ("-" + EN_D[u] if u else "")


def en_pairs(s, sep=" "):
    return sep.join(("oh " + EN_D[int(p[1])]) if p[0] == "0" and len(p) == 2 else en_num(int(p))
                    for p in [s[i:i + 2] for i in range(0, len(s), 2)])


HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
HE_TEEN_F = ["עשר", "אחת עשרה", "שתים עשרה", "שלוש עשרה", "ארבע עשרה", "חמש עשרה",
             "שש עשרה", "שבע עשרה", "שמונה עשרה", "תשע עשרה"]
HE_TEEN_M = ["עשרה", "אחד עשר", "שנים עשר", "שלושה עשר", "ארבעה עשר", "חמישה עשר",
             "שישה עשר", "שבעה עשר", "שמונה עשר", "תשעה עשר"]
HE_TENS = "_ _ עשרים שלושים ארבעים חמישים שישים שבעים שמונים תשעים".split()


def he_digits(s, fem=True, sep=" "):
    d = HE_F if fem else HE_M
    return sep.join(" ".join(d[int(c)] for c in g) for g in s.split())


def he_num(n, fem=True):
    d = HE_F if fem else HE_M
    if n < 10:
        return d[n]
    if n < 20:
        return (HE_TEEN_F if fem else HE_TEEN_M)[n - 10]
    t, u = divmod(n, 10)
    return HE_TENS[t] + (" ו" + d[u] if u else "")


EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
EL_TEEN = ("δέκα έντεκα δώδεκα δεκατρία δεκατέσσερα δεκαπέντε δεκαέξι δεκαεφτά "
           "δεκαοχτώ δεκαεννιά").split()
EL_TENS = "_ _ είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα ενενήντα".split()
EL_HUND = ("_ εκατό διακόσια τριακόσια τετρακόσια πεντακόσια εξακόσια εφτακόσια "
           "οχτακόσια εννιακόσια").split()


def el_digits(s, sep=" "):
    return sep.join(" ".join(EL_D[int(c)] for c in g) for g in s.split())


def el_num(n):
    if n < 10:
        return EL_D[n]
    if n < 20:
        return EL_TEEN[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        return EL_TENS[t] + (" " + EL_D[u] if u else "")
    h, rest = divmod(n, 100)
    if rest == 0:
        return EL_HUND[h]
    return ("εκατόν" if h == 1 else EL_HUND[h]) + " " + el_num(rest)


def el_groups(s, sep=" "):
    """Say each space-separated group as one number; leading zeros as μηδέν."""
    out = []
    for g in s.split():
        lead = ""
        while len(g) > 1 and g[0] == "0":
            lead += "μηδέν "
            g = g[1:]
        out.append(lead + el_num(int(g)))
    return sep.join(out)


AR_D = {
    "msa": "صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "eg": "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
    "gulf": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "lev": "صفر واحد تنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
    "ma": "زيرو واحد جوج تلاتة ربعة خمسة ستة سبعة تمنية تسعود".split(),
}
AR_TEEN = {
    "msa": ["عشرة", "أحد عشر", "اثنا عشر", "ثلاثة عشر", "أربعة عشر", "خمسة عشر",
            "ستة عشر", "سبعة عشر", "ثمانية عشر", "تسعة عشر"],
    "eg": ["عشرة", "حداشر", "اتناشر", "تلاتاشر", "أربعتاشر", "خمستاشر", "ستاشر",
           "سبعتاشر", "تمنتاشر", "تسعتاشر"],
    "gulf": ["عشرة", "احدعش", "اثنعش", "ثلاثطعش", "اربعطعش", "خمسطعش", "سطعش",
             "سبعطعش", "ثمنطعش", "تسعطعش"],
    "lev": ["عشرة", "حدعش", "طنعش", "تلطعش", "أربعطعش", "خمسطعش", "سطعش",
            "سبعطعش", "تمنطعش", "تسعطعش"],
}
AR_TENS = {
    "msa": "_ _ عشرون ثلاثون أربعون خمسون ستون سبعون ثمانون تسعون".split(),
    "eg": "_ _ عشرين تلاتين أربعين خمسين ستين سبعين تمانين تسعين".split(),
    "gulf": "_ _ عشرين ثلاثين أربعين خمسين ستين سبعين ثمانين تسعين".split(),
    "lev": "_ _ عشرين تلاتين أربعين خمسين ستين سبعين تمانين تسعين".split(),
}
AR_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
AR_BACK = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def ar_digits(s, dial="msa", sep=" "):
    d = AR_D[dial]
    return sep.join(" ".join(d[int(c)] for c in g) for g in s.split())


def ar_num(n, dial="msa"):
    d = AR_D[dial]
    if n < 10:
        return d[n]
    if n < 20:
        return AR_TEEN[dial][n - 10]
    t, u = divmod(n, 10)
    return (d[u] + " و" if u else "") + AR_TENS[dial][t]


def ar_groups(s, dial="msa", sep=" "):
    out = []
    for g in s.split():
        lead = ""
        while len(g) > 1 and g[0] == "0":
            lead += AR_D[dial][0] + " "
            g = g[1:]
        out.append(lead + ar_num(int(g), dial))
    return sep.join(out)


def ind(s):
    """ASCII digits -> Arabic-Indic digits."""
    return s.translate(AR_INDIC)


# ----------------------------------------------------------------------------
# items -> JSON lines
# ----------------------------------------------------------------------------


def I(text, *spans, ctx=None):
    """One item: text, spans as (kind, substring) or (kind, substring, nth)."""
    return (text, list(spans), ctx)


def _check_digit_value(kind, sub):
    """If a span is written in plain digits, assert it passes its kind's check."""
    flat = sub.translate(AR_BACK)
    digits = re.sub(r"[\s\-.()/+]", "", flat)
    if kind == "card" and digits.isdigit():
        assert 13 <= len(digits) <= 19 and luhn_ok(digits), sub
    if kind == "iban" and re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", digits):
        assert iban_ok(digits), sub
    if kind == "id" and digits.isdigit():
        assert (tz_ok(digits) or afm_ok(digits) or saudi_ok(digits)
                or ssn_ok(flat.strip())), sub


def _check_unmarked(text, span_subs):
    """Long digit runs outside spans must not pass any personal check."""
    rest = text.translate(AR_BACK)
    for s in span_subs:
        rest = rest.replace(s.translate(AR_BACK), " | ")
    for m in re.finditer(r"\d(?:[ \-.]?\d)*", rest):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19:
            assert not luhn_ok(d), ("unmarked Luhn-valid number", d, text)
        if len(d) == 9:
            assert not tz_ok(d) and not afm_ok(d), ("unmarked TZ/AFM-valid", d, text)
        if len(d) == 10 and d[0] in "12":
            assert not luhn_ok(d), ("unmarked Saudi-valid", d, text)


def build(items, lang):
    lines, seen = [], set()
    for text, spans, ctx in items:
        assert text == text.strip() and text not in seen, ("duplicate/blank", text)
        seen.add(text)
        b = text.encode("utf-8")
        out = []
        for sp in spans:
            kind, sub = sp[0], sp[1]
            assert kind in KINDS, kind
            sb = sub.encode("utf-8")
            pos, i = [], b.find(sb)
            while i >= 0:
                pos.append(i)
                i = b.find(sb, i + 1)
            if len(sp) > 2:
                start = pos[sp[2]]
            else:
                assert len(pos) == 1, ("span not found exactly once", sub, text)
                start = pos[0]
            end = start + len(sb)
            assert b[start:end].decode("utf-8") == sub
            assert sub == sub.strip() and sub, (sub, text)
            _check_digit_value(kind, sub)
            out.append({"kind": kind, "start": start, "end": end})
        out.sort(key=lambda s: s["start"])
        for a, c in zip(out, out[1:]):
            assert a["end"] <= c["start"], ("overlap", text)
        _check_unmarked(text, [sp[1] for sp in spans])
        obj = {"text": text, "spans": out}
        if ctx:
            obj["context"] = ctx
        lines.append(json.dumps(obj, ensure_ascii=False))
    return lines


LANGS = {}   # lang -> list of items; each language block below fills its own

# ============================================================================
# language blocks
# ============================================================================


# ---------------------------------------------------------------- English ---
EN = LANGS.setdefault("en", [])

# Call 1: emergency plumber, Leeds (UK). Agent Gemma; caller Dave Pritchard, a
# landlord who lives in Spain most of the year.
_c = make_card("465943", 16, "en-plumber")
_ib = make_iban("ES", "en-plumber", bank="2100")
EN += [
    I("Morning, Rapid Flow Plumbing, you're through to Gemma, how can I help?",
      ("name", "Gemma")),
    I("Yeah hiya, it's Dave Pritchard here, I've got water coming through the kitchen ceiling of my rental flat.",
      ("name", "Dave Pritchard")),
    I("Right, Dave, first thing, have you or the tenant turned the stopcock off under the sink?",
      ("name", "Dave")),
    I("It's 14 Cranbrook Avenue, Headingley, LS6 3QT, ground floor flat.",
      ("address", "14 Cranbrook Avenue, Headingley, LS6 3QT, ground floor flat"),
      ctx="And what's the address for the engineer?"),
    I("The call-out's ninety-five pound for the first hour, then it's forty-two fifty for every half hour after that, parts on top."),
    I("He's on a job in Horsforth at the minute so he should be with you between two and half past three."),
    I("Best number's oh seven seven double oh, nine double oh, four one two, that's my mobile.",
      ("phone", "oh seven seven double oh, nine double oh, four one two")),
    I("Is there parking outside? He's in a white Transit, so if not he'll try Kirkstall Road."),
    I("Yeah go on, it's a Visa debit, the long number is %s." % grp(_c, [4]),
      ("card", grp(_c, [4]))),
    I("Your job reference is P-4471-0936 and you'll get a text when he's twenty minutes away."),
    I("Oh and if there's any refund off the deposit, I'm in Málaga most of the year, so it'd be my Spanish account, %s." % grp(_ib, [4]),
      ("iban", grp(_ib, [4]))),
]

# Call 2: student-loan servicer (US). Agent Marcus; caller LaToya Jenkins.
_ssn_spoken = "five two four, oh nine, seven seven one three"
assert ssn_ok("524-09-7713")
EN += [
    I("Thank you for calling Keystone Student Loan Servicing, this is Marcus, may I have your name please?",
      ("name", "Marcus")),
    I("Yes hi, my name is LaToya Jenkins, that's J-E-N-K-I-N-S.",
      ("name", "LaToya Jenkins"), ("name", "J-E-N-K-I-N-S")),
    I("Sure, it's %s." % _ssn_spoken, ("id", _ssn_spoken),
      ctx="And to verify the account, can I get your full Social Security number?"),
    I("It's March third, nineteen ninety-six.", ("date_of_birth", "March third, nineteen ninety-six"),
      ctx="And your date of birth?"),
    I("Okay, I see two loans, a subsidized at 4.99 percent and an unsubsidized at 5.5, total balance of twenty-three thousand four hundred twelve dollars and fifty-seven cents."),
    I("Your next payment of $287.40 is due on the fifteenth of August, and you've made 31 of 120 payments so far."),
    I("Um I graduated in May 2019 and I started repaying that November, so like five years now."),
    I("My mom's the co-signer, um, her social is 318 44 2065 if you need it.",
      ("id", "318 44 2065")),
    I("it's latoya dot jenkins ninety six at yahoo dot com",
      ("email", "latoya dot jenkins ninety six at yahoo dot com"),
      ctx="What email should we send the forbearance form to?"),
    I("The best number to reach me is (404) 555-0193, after five is better.",
      ("phone", "(404) 555-0193")),
    I("The forbearance would run for 12 months, and interest of about ninety-eight dollars a month still accrues, okay?"),
    I("Thank you, Ms. Jenkins, I've submitted that request and you'll hear back in seven to ten business days.",
      ("name", "Jenkins")),
]

# Call 3: nursing-home admissions, Galway (Ireland). Agent Niamh; caller Pádraig
# Kinsella about his mother.
_ib = make_iban("IE", "en-carehome", bank="AIBK")
EN += [
    I("Hello, Ardmore House Nursing Home, Niamh speaking.", ("name", "Niamh")),
    I("Hi there, um, this is Pádraig Kinsella, I'm ringing about a place for my mother.",
      ("name", "Pádraig Kinsella")),
    I("Her name is Bridget Kinsella but sure everyone calls her Bridie.",
      ("name", "Bridget Kinsella"), ("name", "Bridie")),
    I("She was born the 2nd of February 1938, so she's eighty-six now.",
      ("date_of_birth", "2nd of February 1938")),
    I("She had a fall on the twenty-third of December and she's been in University Hospital Galway since."),
    I("She's at 7 Bóthar na Trá, Salthill, Galway, H91 E2K5 at the moment, on her own like.",
      ("address", "7 Bóthar na Trá, Salthill, Galway, H91 E2K5"),
      ctx="And where is she living at the moment?"),
    I("The weekly fee is one thousand three hundred and fifty euro, and the Fair Deal covers most of that once it's approved."),
    I("My mobile is oh eight seven, nine one four, three eight two six.",
      ("phone", "oh eight seven, nine one four, three eight two six")),
    I("We'd have a room on the ground floor, room fourteen, from Monday the 3rd, and visiting is from eleven till eight."),
    I("For the direct debit the IBAN is %s, that's my own account." % grp(_ib, [4]),
      ("iban", grp(_ib, [4]))),
    I("Lovely, Pádraig, I'll post the pack out to you today.", ("name", "Pádraig")),
]

# Call 4: toll-road e-tag account, Sydney (Australia). Agent Tegan; caller
# Sharon "Shaz" Kowalczyk.
_c = make_card("518822", 16, "en-toll")
_cs = en_digits(grp(_c, [4]), oh=True, sep=", ")
EN += [
    I("G'day, you're speaking with Tegan at Linkway Tolling, can I grab your name?", ("name", "Tegan")),
    I("Yeah it's Sharon Kowalczyk, that's K-O-W-A-L-C-Z-Y-K.",
      ("name", "Sharon Kowalczyk"), ("name", "K-O-W-A-L-C-Z-Y-K")),
    I("um nineteenth of the eleventh eighty-seven", ("date_of_birth", "nineteenth of the eleventh eighty-seven"),
      ctx="Can you confirm your date of birth for security?"),
    I("I got a toll notice for eight dollars forty-two from the M5 on the 14th, plus a twelve dollar admin fee, and I've had an e-tag since 2019."),
    I("The trip was Tuesday the 14th at 6:52 in the morning, the gantry on the Cross City Tunnel."),
    I("Mobile's oh four three one, five five two, eight nine six.",
      ("phone", "oh four three one, five five two, eight nine six")),
    I("It's a Mastercard, %s." % _cs, ("card", _cs)),
    I("The notice number's 7 7 0 3 1 9 2 6 4 5 and you've got 28 days to pay it before it goes to a penalty."),
    I("Yeah shazza k at bigpond dot com, that's S-H-A-Z-Z-A.",
      ("email", "shazza k at bigpond dot com"), ("email", "S-H-A-Z-Z-A")),
    I("Postal address is unit 4, 22 Bellevue Street, Surry Hills, NSW 2010.",
      ("address", "unit 4, 22 Bellevue Street, Surry Hills, NSW 2010")),
    I("No worries Shaz, that's all sorted, you'll get a confirmation in the next hour.", ("name", "Shaz")),
]


# Call 5: education trust scholarship, Lagos (Nigeria). Caller Chukwuemeka
# "Emeka" Obi, now studying in Leeds.
_c = make_card("506104", 19, "en-scholar")
_ib = make_iban("GB", "en-scholar", bank="NWBK")
EN += [
    I("Good afternoon ma. I am calling about my application, my name is Chukwuemeka Obi but they call me Emeka.",
      ("name", "Chukwuemeka Obi"), ("name", "Emeka")),
    I("Your application number is AET/2024/0873 and the panel sat on the 12th of July, results come out end of the month."),
    I("It is 14th of April, 2003.", ("date_of_birth", "14th of April, 2003"),
      ctx="Please confirm your date of birth as it is on the form."),
    I("It's emeka underscore obi zero three at gmail dot com, all small letters.",
      ("email", "emeka underscore obi zero three at gmail dot com")),
    I("My number is plus two three four, eight zero three, four four seven, one nine two six.",
      ("phone", "plus two three four, eight zero three, four four seven, one nine two six")),
    I("The award is five hundred thousand naira per session, paid in two tranches, and you must keep a CGPA of at least 4.0 out of 5."),
    I("Correspondence address is 12B Admiralty Way, Lekki Phase 1, Lagos, that is my uncle's house.",
      ("address", "12B Admiralty Way, Lekki Phase 1, Lagos")),
    I("The ten thousand naira form fee was debited but it is not showing, the card was %s." % grp(_c, [4]),
      ("card", grp(_c, [4]))),
    I("For the stipend, I'm in Leeds now so it's a UK account, the IBAN is %s." % grp(_ib, [4]),
      ("iban", grp(_ib, [4]))),
    I("Please note the interview holds on Thursday 8th August at 10am at our Ikoyi office, come with two passport photographs."),
]

# Call 6: LASIK clinic in Riyadh, English line. Caller Venkatesh Subramanian,
# Indian expat, booking for himself and his wife.
_iq1 = make_saudi("2", "en-lasik-1")
_iq2 = make_saudi("2", "en-lasik-2")
_iq2s = en_digits(_iq2)
_c = make_card("446404", 16, "en-lasik")
_ib = make_iban("SA", "en-lasik", bank="80")
EN += [
    I("Hello, yes, this is Venkatesh Subramanian, I had booked a consultation for LASIK, actually for me and my wife.",
      ("name", "Venkatesh Subramanian")),
    I("My Iqama number is %s." % _iq1, ("id", _iq1)),
    I("And for my wife, Iqama is %s, I am reading from her card." % _iq2s, ("id", _iq2s)),
    I("Date of birth is 21-06-1984.", ("date_of_birth", "21-06-1984"),
      ctx="Can you please give me your date of birth as in the Iqama?"),
    I("Your prescription is minus 4.25 in the right eye and minus 3.75 in the left, and the corneal thickness is 540 microns, so you are a candidate."),
    I("The package is 6,500 riyals for both eyes, and the 300 riyal consultation is adjusted if you go ahead."),
    I("Okay for the deposit you can take it on my mada card, %s." % grp(_c, [4]), ("card", grp(_c, [4]))),
    I("Mobile is +966 55 318 2274, WhatsApp also same number.", ("phone", "+966 55 318 2274")),
    I("email is venky dot subramanian at outlook dot com", ("email", "venky dot subramanian at outlook dot com")),
    I("If for any reason the surgery is cancelled, please refund to my Al Rajhi account, %s." % grp(_ib, [4]),
      ("iban", grp(_ib, [4]))),
    I("The surgery slot is Sunday the 22nd at 8:30 am, you must stop contact lenses two weeks before, and no driving for 24 hours."),
    I("Your file number is 00731846, please quote it at the reception when you come."),
]

# Call 7: watch repair workshop (UK). Caller Alistair Fenwick, expat in Dubai.
_c = make_card("3797", 15, "en-watch")
_ib = make_iban("AE", "en-watch", bank="026")
EN += [
    I("Hello, it's Alistair Fenwick, I sent my father's Omega in for a service about six weeks ago.",
      ("name", "Alistair Fenwick")),
    I("Yes, that's the Seamaster, reference 2531.80, and the quote came to three hundred and forty pounds including a new crown and gasket."),
    I("It's on the bench now, the watchmaker reckons another ten to fourteen working days, so around the 21st of June."),
    I("I'm back in the UK for the summer, so please post it to 3 Orchard Close, Much Wenlock, Shropshire, TF13 6JY.",
      ("address", "3 Orchard Close, Much Wenlock, Shropshire, TF13 6JY")),
    I("Happy to pay the balance now, it's an Amex, %s." % grp(_c, [4, 6, 5]), ("card", grp(_c, [4, 6, 5]))),
    I("And the deposit for the strap you couldn't source, could you put that back into my Emirates NBD account, %s?" % grp(_ib, [4]),
      ("iban", grp(_ib, [4]))),
    I("We'll send it special delivery, signed for, insured up to two and a half thousand, and that's twelve pounds fifty."),
    I("The tracking number will look like JX 4417 0382 6GB, you'll get it by email on the day."),
]

# Call 8: marquee and PA hire, Brisbane (Australia). Caller Kylie Tran.
_c = make_card("4562", 16, "en-tent")
_cs = en_digits(grp(_c, [4]), sep=", ")
assert _cs.startswith("four five six two")
EN += [
    I("Hi, yeah, Kylie Tran here, I'm after a marquee for my daughter's twenty-first.", ("name", "Kylie Tran")),
    I("So a six by twelve marquee, eighty chairs, ten trestle tables and the PA with two mics comes to one thousand two hundred and forty dollars."),
    I("Delivery's Friday the 8th of November between 7 and 10 am, pick up Monday morning, and the bond's three hundred."),
    I("Delivery address is 41 Jacaranda Crescent, Carindale, Queensland 4152, round the back through the side gate.",
      ("address", "41 Jacaranda Crescent, Carindale, Queensland 4152")),
    I("Best to get me on 0419 206 773, I'm at work till four.", ("phone", "0419 206 773")),
    I("email is kylie tran eighty eight at hotmail dot com dot au no dot in the first bit",
      ("email", "kylie tran eighty eight at hotmail dot com dot au")),
    I("It's four five six four, no sorry, %s." % _cs, ("card", _cs)),
    I("Oh and the weather's looking iffy for the 9th, so can we add the side walls, that's another ninety-five?"),
]


# Call 9: family mediation service, Dublin (Ireland). Caller Siobhán Ní Bhriain.
_ib = make_iban("IE", "en-mediation", bank="BOFI")
EN += [
    I("Hi, my name is Siobhán Ní Bhriain, I was referred by my solicitor for mediation with my ex.",
      ("name", "Siobhán Ní Bhriain")),
    I("Sessions are a hundred and ten euro each, usually four to six sessions, and the first one on its own is free."),
    I("The next free slot is Wednesday the 17th at half ten, or the following Monday at two."),
    I("You can get me on oh eight five, two two seven, six oh one nine, any time after three.",
      ("phone", "oh eight five, two two seven, six oh one nine")),
    I("siobhan dot nibhriain at eircom dot net no fada on it",
      ("email", "siobhan dot nibhriain at eircom dot net")),
    I("I'm living at 22 Glenageary Park, Dún Laoghaire, County Dublin, A96 K4T2 since the separation.",
      ("address", "22 Glenageary Park, Dún Laoghaire, County Dublin, A96 K4T2")),
    I("It's about our daughter, she was born on the fifth of May 2015, so access at weekends mostly.",
      ("date_of_birth", "fifth of May 2015")),
    I("Our court date is the 3rd of March, so ideally we'd have an agreement on access by then."),
    I("You can set up the direct debit from my Bank of Ireland account, %s." % grp(_ib, [4]),
      ("iban", grp(_ib, [4]))),
]

# Call 10: allergy testing clinic, New Jersey (US). Caller Anjali Mehta,
# booking for her six-year-old son.
_c = make_card("6011", 16, "en-allergy")
assert ssn_ok("611-38-4407") and ssn_ok("229-51-0884")
EN += [
    I("Hi, um, this is Anjali Mehta, I want to book the skin prick test for my son, he's six.",
      ("name", "Anjali Mehta")),
    I("His date of birth is 09/14/2018.", ("date_of_birth", "09/14/2018")),
    I("I'm the policy holder, my social is 611-38-4407.", ("id", "611-38-4407")),
    I("and his social is two two nine five one oh eight eight four",
      ("id", "two two nine five one oh eight eight four"),
      ctx="We'll also need the patient's Social Security number for the claim."),
    I("The panel is forty allergens, it takes about two hours, and he needs to stop the Zyrtec five days before."),
    I("Your copay is thirty-five dollars and the rest is billed to Aetna, the claim usually processes in 30 days."),
    I("Can I put the copay on my Discover? It's %s." % grp(_c, [4]), ("card", grp(_c, [4]))),
    I("It's anjali.mehta82@gmail.com, for the intake forms.", ("email", "anjali.mehta82@gmail.com")),
    I("We have Tuesday October 8th at 9:15 or Thursday the 10th at 3:40, which works better for you?"),
]

# Call 11: online record shop, Bristol (UK). Caller Yannis Petrakis, a Greek
# customer living in Berlin.
_ib1 = make_iban("DE", "en-vinyl")
_ib2 = make_iban("GR", "en-vinyl", bank="0110")
_c = make_card("4917", 16, "en-vinyl")
EN += [
    I("Hiya, I ordered the Blue Note reissue, order 55120, and it's arrived warped, like properly warped."),
    I("Yeah, name's Yannis Petrakis, I'm calling from Berlin.", ("name", "Yannis Petrakis")),
    I("It's the 180 gram pressing of Blue Train, catalogue number B0036925-01, and it was thirty-four ninety-nine plus eight pounds postage to Germany."),
    I("my email is y petrakis at web dot de", ("email", "y petrakis at web dot de")),
    I("Ship the replacement to Schönhauser Allee 112, 10439 Berlin, second floor, Hinterhaus.",
      ("address", "Schönhauser Allee 112, 10439 Berlin, second floor, Hinterhaus")),
    I("For the postage refund use my German account, %s, or actually no, put it on the Greek one, %s." % (grp(_ib1, [4]), grp(_ib2, [4])),
      ("iban", grp(_ib1, [4])), ("iban", grp(_ib2, [4]))),
    I("The deluxe one is fifty-two pounds, so the difference is seventeen pounds and one penny, and it ships in 3 to 5 working days."),
    I("Go on, charge the difference for the deluxe to my card then, %s." % grp(_c, [4]), ("card", grp(_c, [4]))),
]

# Call 12: workers' compensation claim line, El Paso (US). Caller Ramón Delgado.
assert ssn_ok("462-71-5508")
EN += [
    I("Yes ma'am, my name's Ramón Delgado, I hurt my back at the warehouse last week.", ("name", "Ramón Delgado")),
    I("It's four six two, seven one, five five oh eight.", ("id", "four six two, seven one, five five oh eight"),
      ctx="Okay, and your Social Security number?"),
    I("Let me read that back, 462-71-5508, is that correct?", ("id", "462-71-5508")),
    I("Seven twenty-two seventy-nine.", ("date_of_birth", "Seven twenty-two seventy-nine"),
      ctx="And your date of birth?"),
    I("The injury happened on June 4th around 2:30 in the afternoon, I was lifting a fifty-pound box off the second shelf."),
    I("My cell is 915-555-0148, my wife answers if I don't.", ("phone", "915-555-0148")),
    I("Mailing address is 2207 Montana Avenue, Apartment 3B, El Paso, Texas 79903.",
      ("address", "2207 Montana Avenue, Apartment 3B, El Paso, Texas 79903")),
    I("Your claim number is WC 24 118 907 6 and an adjuster will call you within three business days."),
    I("You'll get two-thirds of your average weekly wage, up to the state maximum, starting after the first seven days."),
]


# ----------------------------------------------------------------- Arabic ---
AR = LANGS.setdefault("ar", [])

# Call 1: road-toll tag account, Dubai (Gulf, Emirati caller). Agent Aisha;
# caller Salem Al Ketbi.
_c = make_card("458263", 16, "ar-toll")
_ib = make_iban("AE", "ar-toll", bank="033")
_ph = ar_digits("050 723 8149", "gulf", sep="، ")
AR += [
    I("مسار للتعرفة المرورية، معك عائشة، كيف أقدر أساعدك؟", ("name", "عائشة")),
    I("هلا والله، معاك سالم الكتبي، عندي مشكلة في الرصيد مال الملصق", ("name", "سالم الكتبي")),
    I("خمسة وعشرين أغسطس، واحد وتسعين", ("date_of_birth", "خمسة وعشرين أغسطس، واحد وتسعين"),
      ctx="ممكن تاريخ الميلاد للتحقق؟"),
    I("خصموا مني أربعة دراهم ست مرات يوم الخميس، وأنا ما مريت إلا مرتين من البوابة اللي عند البرشاء"),
    I("الخصم الأول كان بتاريخ ٣ مارس ٢٠٢٤ الساعة ١١:٤٠ بالليل، على شارع الشيخ زايد عند المول"),
    I("الرصيد الحين مية وسبعة وثلاثين درهم، والمخالفة أربعمية درهم إذا الحساب ظل بالسالب أكثر من خمسة أيام"),
    I("رقمي %s، وهذا الواتساب بعد" % _ph, ("phone", _ph)),
    I("الإيميل salem.alketbi91@gmail.com، كله سمول", ("email", "salem.alketbi91@gmail.com")),
    I("البطاقة فيزا، %s" % ind(grp(_c, [4])), ("card", ind(grp(_c, [4])))),
    I("والمبلغ الزايد رجعوه على الآيبان مالي، %s" % grp(_ib, [4]), ("iban", grp(_ib, [4]))),
    I("أرسلوه على البيت، فيلا ١٢، شارع ٢٣، البرشاء جنوب ٢، دبي",
      ("address", "فيلا ١٢، شارع ٢٣، البرشاء جنوب ٢، دبي"),
      ctx="وين تبانا نرسل لك الملصق الجديد؟"),
    I("تمام يا أخ سالم، الطلب انرفع ورقمه ٥٥٠٣١٨، بيوصلك مسج خلال ٤٨ ساعة", ("name", "سالم")),
]

# Call 2: emergency plumber, Cairo (Egyptian). Agent Karim; caller Nermine.
_ph = ar_digits("0122 784 5190", "eg")
AR += [
    I("صيانة الأمانة، معاك كريم، أؤمري يا فندم", ("name", "كريم")),
    I("أيوه يا أستاذ، أنا نرمين عبد الحميد، الحمام عندي بيغرق والمية نازلة على الجيران",
      ("name", "نرمين عبد الحميد")),
    I("العنوان ١٤ شارع شهاب، المهندسين، الدور التالت شقة ٧، جنب صيدلية العزبي",
      ("address", "١٤ شارع شهاب، المهندسين، الدور التالت شقة ٧")),
    I("الكشف بمية وخمسين جنيه، والقطع على حضرتك، والفني هيوصل ما بين الساعة اتنين وأربعة"),
    I("رقمي %s، أنا موجودة طول اليوم" % _ph, ("phone", _ph)),
    I("ولو مردتش كلم جوزي على ٠١٠٠٧٣١٩٤٦٢", ("phone", "٠١٠٠٧٣١٩٤٦٢")),
    I("الخلاط ده جروهي موديل ٣٣٢٦٥ والجديد بألف وتمنمية، لو عايزة نجيب واحد صيني بيبقى بأربعمية"),
    I("رقم الطلب ٤٠٧٧١٢، وهيجيلك مسج فيه ميعاد الفني بالظبط"),
]

# Call 3: electrician, Amman (Levantine). Caller gives only his kunya, Abu Khaled.
_c = make_card("541333", 16, "ar-elec")
_cs = ar_digits(grp(_c, [4]), "lev", sep="، ")
_ib = make_iban("JO", "ar-elec", bank="ARAB")
AR += [
    I("مرحبا، معك أبو خالد، عندي القاطع بفصل كل شوي وانقطعت الكهربا عن نص الدار", ("name", "أبو خالد")),
    I("عمارة ١٨، شارع الرابية، خلدا، الطابق التاني، مقابل مخابز الحلبي",
      ("address", "عمارة ١٨، شارع الرابية، خلدا، الطابق التاني"),
      ctx="وين العنوان بالزبط؟"),
    I("تلفوني ٠٧٩ ٥٥٢ ٣٨١٠ إذا ما رديت ابعتلي مسج", ("phone", "٠٧٩ ٥٥٢ ٣٨١٠")),
    I("الكشفية عشر دنانير، وإذا بدك نغير اللوحة كاملة بتطلع حوالي ١٨٠ دينار مع الشغل"),
    I("بنقدر نيجي بكرا الأحد الساعة عشرة الصبح، أو الاثنين بعد العصر"),
    I("بدي أدفع الكشفية أونلاين، رقم البطاقة %s" % _cs, ("card", _cs)),
    I("وإذا في مرتجع حوّلوه على حسابي بالبنك العربي، %s" % grp(_ib, [4]), ("iban", grp(_ib, [4]))),
    I("تكرم عينك يا أبو خالد، الفني بكون عندك الأحد عشرة الصبح", ("name", "أبو خالد")),
]

# Call 4: Tawjihi results appeal line (MSA agent, Jordanian student). Agent
# Rana; caller Layan Mahmoud Al-Zoubi.
_c = make_card("402360", 16, "ar-tawjihi")
_cs = "%s %s %s، %s" % (ind(_c[:4]), ind(_c[4:8]), ar_digits(_c[8:12], "lev"), ar_digits(_c[12:], "lev"))
AR += [
    I("وزارة التربية والتعليم، خدمة الاعتراضات، معك رنا، تفضل", ("name", "رنا")),
    I("مرحبا، أنا اسمي ليان محمود الزعبي، بدي أعترض على علامة الرياضيات", ("name", "ليان محمود الزعبي")),
    I("رقم الجلوس ٢٣٤٥٦٧١، أخذت ٧١ وكنت متوقعة فوق التسعين"),
    I("مواليد ١٤/٣/٢٠٠٦", ("date_of_birth", "١٤/٣/٢٠٠٦"), ctx="تاريخ الميلاد لو سمحتِ؟"),
    I("رسوم الاعتراض دينار ونصف للمبحث الواحد، وتظهر النتائج خلال عشرة أيام عمل"),
    I("رقم البطاقة %s" % _cs, ("card", _cs)),
    I("ايميلي ليان أندرسكور زعبي آت هوتميل دوت كوم", ("email", "ليان أندرسكور زعبي آت هوتميل دوت كوم")),
    I("ورقم جوالي ٠٧٧ ٦١٤ ٢٩٠٣ لو في أي إشي", ("phone", "٠٧٧ ٦١٤ ٢٩٠٣")),
    I("المعدل العام ٨٧.٤، والحد الأدنى لكلية الطب في الجامعة الأردنية السنة الماضية كان ٩٨"),
    I("يرجى الاحتفاظ برقم الطلب ٩٨٠٤٥، وفي حال تغيرت العلامة يتم تحديث الكشف تلقائياً"),
]


# Call 5: camel-milk delivery subscription, Riyadh (Najdi). Agent Nouf; caller
# Abdulaziz Al-Qahtani.
_id = make_saudi("1", "ar-camel")
_c = make_card("440647", 16, "ar-camel")
AR += [
    I("حليب البادية، معك نوف، وش أقدر أخدمك؟", ("name", "نوف")),
    I("هلا، معك عبدالعزيز القحطاني، أبي أشترك في توصيل حليب النياق", ("name", "عبدالعزيز القحطاني")),
    I("الاشتراك الأسبوعي ثلاث علب لتر بمية وخمسة ريال، والتوصيل مجاني داخل الرياض"),
    I("رقم الهوية %s" % ind(_id), ("id", ind(_id))),
    I("أعيده عليك: %s، صح؟" % ar_digits(grp(_id, [4, 3, 3]), "gulf", sep="، "),
      ("id", ar_digits(grp(_id, [4, 3, 3]), "gulf", sep="، "))),
    I("٨٢٣٤ طريق أنس بن مالك، حي الملقا، الرياض ١٣٥٢٤، الدور الأرضي",
      ("address", "٨٢٣٤ طريق أنس بن مالك، حي الملقا، الرياض ١٣٥٢٤، الدور الأرضي"),
      ctx="طيب عطني العنوان الوطني لو سمحت"),
    I("ادفع بمدى، %s" % grp(_c, [4]), ("card", grp(_c, [4]))),
    I("الإيميل azizq77@hotmail.com عشان الفواتير", ("email", "azizq77@hotmail.com")),
    I("التوصيل كل سبت وثلاثاء بين سبعة وتسعة الصبح، وأول توصيلة بتكون يوم ١٤ الجاي"),
    I("بس أبي أوقف الاشتراك من ٢٠ رمضان لين بعد العيد، يعني تقريباً أسبوعين"),
    I("رقم الاشتراك حقك ٣٠٠٩٢٧، احتفظ فيه لو بغيت توقف أو تغير الكمية"),
]

# Call 6: gold buyer, Riyadh. Caller Mahmoud El-Sayed, Egyptian resident.
_iq = make_saudi("2", "ar-gold")
_ib = make_iban("SA", "ar-gold", bank="10")
AR += [
    I("السلام عليكم، معاك محمود السيد، عايز أبيع شوية دهب قديم بتاع المدام", ("name", "محمود السيد")),
    I("سعر الجرام عيار واحد وعشرين اليوم مية وخمسة وعشرين ريال، ونخصم خمسة ريال عن الجرام"),
    I("عندي حوالي ٤٨ جرام، أسورتين وخاتم، والفاتورة من سنة ٢٠١٩"),
    I("رقم الإقامة %s" % ar_digits(_iq, "eg"), ("id", ar_digits(_iq, "eg")),
      ctx="لازم نسجل رقم الإقامة عشان عملية البيع"),
    I("يعني %s، تمام كده؟" % ind(_iq), ("id", ind(_iq))),
    I("مواليد ٢٧ أكتوبر ١٩٨٠", ("date_of_birth", "٢٧ أكتوبر ١٩٨٠")),
    I("حوّلوا الفلوس على حسابي في الأهلي، الآيبان %s" % grp(_ib, [4]), ("iban", grp(_ib, [4]))),
    I("ممكن تيجي الفرع في العليا من الساعة أربعة العصر لعشرة بالليل، وخد معاك الفاتورة"),
]

# Call 7: care home, Beirut (Lebanese, some French). Agent Mireille; caller Rola
# Haddad about her father.
_c = make_card("524611", 16, "ar-care")
_ib = make_iban("LB", "ar-care", bank="0014")
_em = "رولا دوت حداد آت هوتميل دوت إف آر"
AR += [
    I("دار الأمان، معك ميراي، كيف فيني ساعدك؟", ("name", "ميراي")),
    I("بونجور، أنا رولا حداد، عم بسأل عن محل لبيي", ("name", "رولا حداد")),
    I("اسمه جورج، جورج حداد، عمره تسعة وسبعين سنة", ("name", "جورج", 0), ("name", "جورج حداد")),
    I("هو مواليد تنعش تشرين التاني خمسة وأربعين", ("date_of_birth", "تنعش تشرين التاني خمسة وأربعين")),
    I("الإقامة الشهرية ألف وخمسمية دولار فريش، بتشمل الأكل والتمريض، والأدوية ع حسابكن"),
    I("ساكن هلق بالأشرفية، شارع مار مخايل، بناية نصار، الطابق الرابع",
      ("address", "الأشرفية، شارع مار مخايل، بناية نصار، الطابق الرابع")),
    I("رقمي +961 71 284 905، واتساب أحسن", ("phone", "+961 71 284 905")),
    I("الإيميل %s" % _em, ("email", _em)),
    I("في غرفة مزدوجة بتفضى أول الشهر، رقم ٢٠٤، بتطل ع الجنينة"),
    I("بدفع العربون بالكارت، %s" % grp(_c, [4], "-"), ("card", grp(_c, [4], "-"))),
    I("وإذا ما فات بيي، رجعولي العربون ع حسابي، %s" % grp(_ib, [4]), ("iban", grp(_ib, [4]))),
    I("التسجيل بيكلف ٢٠٠ دولار مرة وحدة، وبدنا تقرير طبي عمره أقل من ٣ شهور"),
    I("الزيارات كل يوم من عشرة الصبح لسبعة المسا، ويوم الأحد في قداس الساعة عشرة"),
]

# Call 8: LASIK clinic, Jeddah (Hijazi). Caller Reem Baeshen, also booking for
# her mother.
_id1 = make_saudi("1", "ar-lasik-1")
_id2 = make_saudi("1", "ar-lasik-2")
_ids = ar_digits(grp(_id1, [4, 3, 3]), "gulf", sep="، ")
_c = make_card("457320", 16, "ar-lasik")
_ib = make_iban("SA", "ar-lasik", bank="80")
AR += [
    I("السلام عليكم، معاك ريم باعشن، أبغى أحجز كشف ليزك", ("name", "ريم باعشن")),
    I("رقم الهوية %s" % _ids, ("id", _ids)),
    I("وأبغى أحجز لأمي كمان، هويتها %s" % _id2, ("id", _id2)),
    I("مواليد ١٤١٥/٠٧/٠٩ هجري", ("date_of_birth", "١٤١٥/٠٧/٠٩"), ctx="تاريخ ميلادك؟"),
    I("الكشف بثلاثمية ريال، وعملية الفيمتو ليزك للعينين بسبعة آلاف وخمسمية، وفيه خصم ١٥٪ لمنسوبي الشركات"),
    I("أقرب موعد الأربعاء الجاي الساعة أربعة ونص العصر، والكشف ياخذ ساعتين تقريباً"),
    I("ادفع العربون بالفيزا، %s" % ind(grp(_c, [4])), ("card", ind(grp(_c, [4])))),
    I("الإيميل reem.baeshen@icloud.com", ("email", "reem.baeshen@icloud.com")),
    I("لو ألغيت يرجع المبلغ على حسابي، آيبان %s" % grp(_ib, [4]), ("iban", grp(_ib, [4]))),
    I("الدكتورة بتشوفك في عيادة رقم ٣١٢ بالدور الثالث، واحضري قبل الموعد بربع ساعة"),
    I("لازم توقفين العدسات اللاصقة أسبوع قبل الكشف، ولا تجين سايقة لأن العين بتكون موسعة"),
]


# Call 9: home-service nail salon, Dubai. Caller Lama Al-Khatib (Syrian).
_c = make_card("491652", 16, "ar-nails")
_cs = ar_groups(grp(_c, [2]), "lev", sep="، ")
AR += [
    I("مرحبا، أنا لمى الخطيب، بدي احجز مانيكير وباديكير بالبيت", ("name", "لمى الخطيب")),
    I("المانيكير والباديكير جل مع بعض بمية وتسعين درهم، وخدمة البيت خمسين درهم زيادة"),
    I("عنا موعد الجمعة الساعة خمسة ونص أو السبت الساعة تلاتة، بتاخد ساعة ونص تقريباً"),
    I("أنا بالبرشا هايتس، برج الياسمين، شقة ١٤٠٧، قدام المترو",
      ("address", "البرشا هايتس، برج الياسمين، شقة ١٤٠٧"), ctx="وين العنوان حبيبتي؟"),
    I("رقمي 056 417 2038 عالواتساب", ("phone", "056 417 2038")),
    I("إيه الإيميل lama.khatib93@yahoo.com", ("email", "lama.khatib93@yahoo.com")),
    I("تلاتة وعشرين حزيران تلاتة وتسعين", ("date_of_birth", "تلاتة وعشرين حزيران تلاتة وتسعين"),
      ctx="إذا بتعطيني تاريخ ميلادك بنبعتلك خصم بعيد ميلادك"),
    I("خدي العربون من البطاقة، %s" % _cs, ("card", _cs)),
    I("بنستعمل ماركة OPI، وفي عرض ٢٠٪ ع أول حجز إذا دفعتي أونلاين"),
    I("تمام لمى، وصلك الكونفيرميشن ع الواتساب", ("name", "لمى")),
]

# Call 10: wedding tents and sound (farasha), Mansoura (Egyptian). Caller Ahmed
# El-Shennawy.
_c = make_card("507803", 16, "ar-tents")
_ib = make_iban("EG", "ar-tents", bank="0002")
_ph = "زيرو حداشر، أربعة تمانية اتنين تسعة، خمسة تلاتة صفر سبعة"
AR += [
    I("مساء الخير، معاك أحمد الشناوي، عايز فراشة لخطوبة بنت أختي", ("name", "أحمد الشناوي")),
    I("تحت أمرك يا أستاذ أحمد، الخطوبة إمتى إن شاء الله؟", ("name", "أحمد")),
    I("الخطوبة يوم الخميس ٢٤ أكتوبر، والعمال هييجوا يركبوا من الساعة عشرة الصبح"),
    I("الصوان مقاس عشرين في عشرة، ومية وخمسين كرسي، وعشرين ترابيزة، والإضاءة والدي جي، الكل بتمنتاشر ألف جنيه"),
    I("العنوان ١١ شارع الجمهورية، المنصورة، قدام جامع النصر على طول",
      ("address", "١١ شارع الجمهورية، المنصورة")),
    I("رقمي %s" % _ph, ("phone", _ph)),
    I("رقم الحجز تلاتة سبعة تمانية واحد اتنين، احفظه يا فندم عشان لو حبيت تعدل"),
    I("العربون تلاتة آلاف، والباقي يوم التركيب، وعندنا خصم ١٠٪ لو حجزت الفرح كمان"),
    I("هدفع العربون بكارت ميزة، %s" % ind(grp(_c, [4])), ("card", ind(grp(_c, [4])))),
    I("ولو الخطوبة اتلغت لا قدر الله، رجعوا الفلوس على حسابي في بنك مصر، %s" % grp(_ib, [4]),
      ("iban", grp(_ib, [4]))),
]

# Call 11: study-abroad grant foundation, Rabat (Darija with French). Caller
# Hajar Alaoui.
_ib = make_iban("FR", "ar-grant", bank="30004")
_ph = "zéro six, soixante et un, vingt-quatre, quatre-vingt-trois, cinquante-sept"
AR += [
    I("آلو سلام، أنا هاجر العلوي، بغيت نسول على المنحة ديال الماستر ف فرانسا", ("name", "هاجر العلوي")),
    I("تزاديت نهار ستة شتنبر ٢٠٠١", ("date_of_birth", "ستة شتنبر ٢٠٠١")),
    I("النمرة ديالي %s" % _ph, ("phone", _ph)),
    I("الإيميل hajar point alaoui arobase gmail point com", ("email", "hajar point alaoui arobase gmail point com")),
    I("كنسكن ف زنقة ابن سينا، رقم ٢٧، أكدال، الرباط", ("address", "زنقة ابن سينا، رقم ٢٧، أكدال، الرباط")),
    I("ودابا عندي كونط ف فرانسا، l'IBAN c'est %s" % grp(_ib, [4]), ("iban", grp(_ib, [4]))),
    I("المنحة كتعطي ستمية وخمسين أورو فالشهر لمدة عشرة أشهر، والآجال ديال الترشيح كتسالى ف ٣٠ أبريل"),
    I("خاصك معدل فوق ١٤ على ٢٠ فالإجازة، ونتيجة TCF فوق B2"),
    I("l'entretien غادي يكون نهار الثلاثاء ١٢ مارس على العشرة ونص فالمقر ديالنا فالدار البيضاء"),
]

# Call 12: rooftop water-pump repair, Nazareth (Arab citizen of Israel,
# Palestinian Arabic with Hebrew loanwords). Caller Eyad Khoury.
_tz = make_tz("ar-pump", first="0")
_tzs = ar_digits(grp(_tz, [3]), "lev", sep="، ")
_ib = make_iban("IL", "ar-pump", bank="012")
AR += [
    I("أهلا، معك إياد خوري من الناصرة، المضخة عالسطح وقفت من مبارح", ("name", "إياد خوري")),
    I("رقم الهوية %s" % _tzs, ("id", _tzs), ctx="بس بدي رقم الهوية عشان أفتحلك طلبية"),
    I("خليني أتأكد، %s، بسيدر؟" % _tz, ("id", _tz)),
    I("مواليد ١٧/١١/١٩٧٢", ("date_of_birth", "١٧/١١/١٩٧٢")),
    I("الفون تبعي 052-638-4417", ("phone", "052-638-4417")),
    I("العنوان حي بئر الأمير، شارع ٦٠٥، بيت رقم ١٢، الناصرة",
      ("address", "حي بئر الأمير، شارع ٦٠٥، بيت رقم ١٢، الناصرة")),
    I("المضخة جروندفوس، ثمنها ١٨٥٠ شيكل مع التركيب، وكفالة سنتين"),
    I("الفني بيجي بكرا بين ٨ و ١٢، وإذا بدها قطعة بناخد يومين تلاتة"),
    I("ايميلي eyad.khoury@walla.co.il، بتبعتولي الفاتورة عليه", ("email", "eyad.khoury@walla.co.il")),
    I("إذا في ريفند، حسابي ببنك هبوعليم، %s" % grp(_ib, [4]), ("iban", grp(_ib, [4]))),
    I("الطلبية رقمها ٧٧٤٥٢٠١، وبتوصلك رسالة قبل ما ييجي الفني بنص ساعة"),
]


# ----------------------------------------------------------------- Hebrew ---
HE = LANGS.setdefault("he", [])

# Call 1: matchmaking agency, Jerusalem (Haredi family). Agent Rivky; caller
# Esther Malka about her son.
_c = make_card("3608", 14, "he-shidduch")
HE += [
    I("שדכנות לב אחד, מדברת רבקי, במה אפשר לעזור?", ("name", "רבקי")),
    I("שלום, כאן אסתר מלכה מירושלים, אני מתקשרת בשביל הבן שלי, הוא בחור ישיבה", ("name", "אסתר מלכה")),
    I("הוא נולד בכ\"ג בתשרי תש\"ס, אז הוא בן עשרים וחמש עכשיו", ("date_of_birth", "כ\"ג בתשרי תש\"ס")),
    I("דמי רישום 350 ש\"ח, ובשידוך שנסגר דמי שדכנות לפי המקובל, בערך 5,000 מכל צד"),
    I("המספר בבית זה אפס שתיים, חמש שלוש שמונה, אחת שבע שש ארבע, אין לנו פלאפון פתוח",
      ("phone", "אפס שתיים, חמש שלוש שמונה, אחת שבע שש ארבע")),
    I("אפשר לשלם את הרישום בכרטיס, זה דיינרס, %s" % grp(_c, [4, 6, 4]), ("card", grp(_c, [4, 6, 4]))),
    I("הפגישה הראשונה עם השדכנית ביום רביעי הבא בשמונה בערב, ברחוב מלכי ישראל ליד הכיכר"),
    I("הוא לומד בישיבה כבר שמונה שנים, ויש לו ארבע אחיות, שתיים כבר נשואות"),
]

# Call 2: toll-road account (Russian-speaking immigrant, Ashdod). Agent Ortal;
# caller Vladimir "Volodya" Kogan.
_tz = make_tz("he-toll")
_tzs = he_digits(grp(_tz, [3]), fem=False, sep=", ")
_c = make_card("532610", 16, "he-toll")
_ib = make_iban("IL", "he-toll", bank="011")
HE += [
    I("נתיב אגרות שלום, שמי אורטל, איך אפשר לעזור?", ("name", "אורטל")),
    I("כן שלום, מדבר ולדימיר קוגן, אפשר פשוט וולודיה, קיבלתי חשבונית שאני לא מבין",
      ("name", "ולדימיר קוגן"), ("name", "וולודיה")),
    I("כן, %s" % _tzs, ("id", _tzs), ctx="אני צריכה תעודת זהות בבקשה"),
    I("עשרים ושלוש בפברואר, שבעים ושמונה", ("date_of_birth", "עשרים ושלוש בפברואר, שבעים ושמונה"),
      ctx="ותאריך לידה?"),
    I("יש פה שלוש נסיעות בתאריך 3 במרץ, כל אחת 17.40 ש\"ח, ועוד דמי טיפול 10.65"),
    I("אבל ב-3 במרץ אני הייתי בכלל באילת, עם האוטו, יש לי קבלה מהמלון"),
    I("תחייבו את הכרטיס, מספר %s" % grp(_c, [4]), ("card", grp(_c, [4]))),
    I("וההחזר על החיוב הכפול לחשבון שלי בדיסקונט, %s" % grp(_ib, [4]), ("iban", grp(_ib, [4]))),
    I("המייל שלי vova.kogan@mail.ru", ("email", "vova.kogan@mail.ru")),
    I("הכתובת למשלוח שדרות ירושלים 27, דירה 9, אשדוד", ("address", "שדרות ירושלים 27, דירה 9, אשדוד")),
    I("הטלפון 053-4418270, אחרי שש בערב", ("phone", "053-4418270")),
    I("מספר הפנייה שלך 20447391, ותקבל תשובה תוך 14 ימי עסקים"),
]

# Call 3: electrician, Petah Tikva (native speakers). Agent Idan; caller
# Sarit Levi.
_c = make_card("458003", 16, "he-elec")
_cs = he_digits(grp(_c, [4]), sep=", ")
_ib = make_iban("IL", "he-elec", bank="020")
HE += [
    I("חשמל קרמר שלום, עידן מדבר", ("name", "עידן")),
    I("היי, מדברת שרית לוי, יש לי קצר בחשמל, כל פעם שאני מדליקה את הדוד הפחת קופץ", ("name", "שרית לוי")),
    I("רחוב ההגנה 18, קומה שלוש, דירה 11, פתח תקווה", ("address", "רחוב ההגנה 18, קומה שלוש, דירה 11, פתח תקווה"),
      ctx="מה הכתובת?"),
    I("הנייד שלי אפס חמישים וארבע, שבע שמונה שלוש, עשרים ושתיים תשעים",
      ("phone", "אפס חמישים וארבע, שבע שמונה שלוש, עשרים ושתיים תשעים")),
    I("ביקור טכנאי 350 ש\"ח כולל מע\"מ, ואם צריך להחליף מפסק פחת זה עוד 280 עם החלק"),
    I("הלוח אצלך עוד מ-1987, אז אולי כדאי לחשוב על החלפה, זה בערך 4,500"),
    I("אני יכול להגיע מחר בין 8 ל-12, או ביום חמישי אחרי 14:00"),
    I("תחייב את הויזה, %s" % _cs, ("card", _cs)),
    I("אגב בפעם הקודמת חייבתם אותי פעמיים, תחזירו את ה-350 לחשבון %s" % grp(_ib, [4]),
      ("iban", grp(_ib, [4]))),
    I("סגור שרית, נתראה מחר", ("name", "שרית")),
]

# Call 4: Bagrut exam appeal line (Ethiopian-Israeli student, Kiryat Gat).
# Agent Michal; caller Birhanu Admasu.
_tz = make_tz("he-bagrut")
_c = make_card("402155", 16, "he-bagrut")
_em = "בירהנו קו תחתון אדמסו שטרודל ג'ימייל נקודה קום"
HE += [
    I("מוקד הבחינות של משרד החינוך, מדברת מיכל", ("name", "מיכל")),
    I("שלום, שמי בירהנו אדמסו, אני רוצה לערער על ציון בבגרות במתמטיקה", ("name", "בירהנו אדמסו")),
    I("אממ, %s" % he_digits(_tz), ("id", he_digits(_tz)), ctx="מספר תעודת זהות?"),
    I("אז זה %s, נכון?" % _tz, ("id", _tz)),
    I("קיבלתי 68 בשאלון 035582, חמש יחידות, ובמתכונת היה לי 91"),
    I("נולדתי ב-12.08.2006", ("date_of_birth", "12.08.2006")),
    I("המייל %s" % _em, ("email", _em)),
    I("תשלחו את התשובה לכתובת רחוב הנשיאים 9, דירה 4, קריית גת",
      ("address", "רחוב הנשיאים 9, דירה 4, קריית גת")),
    I("הערעור עולה 56 ש\"ח לשאלון, והתשובה תגיע תוך 21 יום, בערך באמצע אוגוסט"),
    I("זה הכרטיס של אמא שלי, %s" % grp(_c, [4]), ("card", grp(_c, [4]))),
]



def he_pairs(s, sep=", "):
    """Say a digit string in pairs, the way older Israelis read numbers out."""
    out = []
    for i in range(0, len(s), 2):
        p = s[i:i + 2]
        out.append(("אפס " + HE_F[int(p[1])]) if len(p) == 2 and p[0] == "0" else he_num(int(p)))
    return sep.join(out)


# Call 5: assisted-living residence, Ra'anana (Anglo immigrant, code-switching).
# Agent Dafna; caller Judy Berkowitz about her mother Ruth.
_tz = make_tz("he-diur", first="3")
_ib = make_iban("IL", "he-diur", bank="012")
_ph = "אפס חמש ארבע, שש שש שתיים, אפס תשע אחת שבע"
HE += [
    I("נווה הדרים, מדברת דפנה, שלום", ("name", "דפנה")),
    I("היי, זאת ג'ודי ברקוביץ, סורי העברית שלי לא מושלמת, I'm calling about my mother", ("name", "ג'ודי ברקוביץ")),
    I("קוראים לה רות ברקוביץ, היא בת שמונים ושלוש ועדיין נוהגת", ("name", "רות ברקוביץ")),
    I("She was born July 3rd, 1941, כלומר שלושה ביולי ארבעים ואחת",
      ("date_of_birth", "July 3rd, 1941"), ("date_of_birth", "שלושה ביולי ארבעים ואחת")),
    I("תעודת הזהות שלה %s" % grp(_tz, [3], "-"), ("id", grp(_tz, [3], "-"))),
    I("דמי האחזקה 9,800 ש\"ח לחודש, והפיקדון 1,850,000 ש\"ח, מתפחת 2.5% בשנה במשך 10 שנים"),
    I("יש לנו דירת שני חדרים פנויה, יחידה 214 בקומה השנייה, מהראשון בנובמבר"),
    I("היא גרה עכשיו ברחוב אחוזה 112, דירה 6, רעננה, אבל המדרגות כבר קשות לה",
      ("address", "רחוב אחוזה 112, דירה 6, רעננה")),
    I("the best is my cell, %s" % _ph, ("phone", _ph)),
    I("and my email is judy.berko@gmail.com", ("email", "judy.berko@gmail.com")),
    I("הפיקדון יחזור לחשבון שלה בבנק הפועלים, %s" % grp(_ib, [4]), ("iban", grp(_ib, [4]))),
    I("אפשר לבוא לסיור ביום שלישי ב-11:00, ולאכול איתנו ארוחת צהריים, זה 65 ש\"ח"),
]

# Call 6: baby-equipment rental, Netanya (French immigrant grandmother).
_c = make_card("497401", 16, "he-baby")
_ib = make_iban("FR", "he-baby", bank="20041")
_ph = "פלוס שלושים ושלוש, שש, ארבעים ושבע, שמונים ואחת, עשרים, שלושים ותשע"
_em = "סטפני נקודה אלבז שטרודל אורנג' נקודה אף אר"
HE += [
    I("אלו, שלום, אני סטפני אלבז, אני רוצה להשכיר עגלה וכיסא לאוטו לנכדים שבאים מפריז", ("name", "סטפני אלבז")),
    I("עגלה 25 ש\"ח ליום, כיסא בטיחות 20, ומיטת תינוק 30, ומעל שבועיים יש 15% הנחה"),
    I("מה-14 ביולי עד ה-2 באוגוסט, זה 19 ימים, והמשלוח והאיסוף 80 ש\"ח כל כיוון"),
    I("תביאו לרחוב ניצה 12, דירה 8, נתניה, מול הים", ("address", "רחוב ניצה 12, דירה 8, נתניה")),
    I("הנייד שלי צרפתי, %s" % _ph, ("phone", _ph)),
    I("המייל זה %s" % _em, ("email", _em)),
    I("תחייבו את הקארט בלו, %s" % grp(_c, [4]), ("card", grp(_c, [4]))),
    I("ואת הפיקדון של 500 ש\"ח תחזירו לחשבון בצרפת, %s" % grp(_ib, [4]), ("iban", grp(_ib, [4]))),
]

# Call 7: nail studio, Haifa (Arab citizen speaking Hebrew). Agent Natali;
# caller Samah Odeh.
HE += [
    I("סטודיו נייל ארט, נטלי מדברת", ("name", "נטלי")),
    I("היי נשמה, מדברת סמאח עודה, אני רוצה לקבוע לק ג'ל ובנייה", ("name", "סמאח עודה")),
    I("לק ג'ל 120, בנייה 220, ואם רוצים עיצוב זה עוד 30 ש\"ח"),
    I("יש לי ביום שלישי ב-16:30 או ביום רביעי בעשר וחצי בבוקר"),
    I("רשמי את הטלפון, 052 770 8143", ("phone", "052 770 8143")),
    I("עשרים בינואר תשעים ותשע", ("date_of_birth", "עשרים בינואר תשעים ותשע"),
      ctx="בשביל מועדון הלקוחות, תאריך לידה?"),
    I("אנחנו בחורב 17, בקומה השנייה מעל הפלאפל, ויש חניה כחול-לבן ברחוב"),
]

# Call 8: tree trimming, moshav in the south (older native speaker). Caller
# Avi Shoshan.
_tz = make_tz("he-tree", first="0")
_tzs = "אפס, " + he_pairs(_tz[1:])
_c = make_card("526418", 16, "he-tree")
HE += [
    I("שלום, מדבר אבי שושן ממושב בית עזרא, יש לי שני פיקוסים ענקיים שהשורשים שלהם הורסים את הצנרת",
      ("name", "אבי שושן")),
    I("משק 47, מושב בית עזרא, הבית הלבן עם השער הירוק", ("address", "משק 47, מושב בית עזרא"),
      ctx="מה הכתובת המדויקת?"),
    I("גיזום של שני פיקוסים עם פינוי הגזם זה 1,800 ש\"ח, ואם צריך כריתה מלאה זה 3,200 לעץ"),
    I("לכריתה צריך אישור מפקיד היערות, זה לוקח בערך 30 יום, ויש גם תקופת ערר של 14 יום"),
    I("הטלפון שלי אפס חמש שתיים, שמונה תשע שש, שלוש שלוש שבע אפס",
      ("phone", "אפס חמש שתיים, שמונה תשע שש, שלוש שלוש שבע אפס")),
    I("החשבונית על שמי, תעודת זהות %s" % _tzs, ("id", _tzs)),
    I("אשלם באשראי, %s" % grp(_c, [4]), ("card", grp(_c, [4]))),
    I("הצוות מגיע עם משאית 12 טון ומנוף, אז צריך שהכניסה תהיה פנויה מ-7 בבוקר"),
]


# Call 9: LASIK clinic, Tel Aviv. Caller Noa Friedman.
_tz = make_tz("he-lasik", first="2")
_c = make_card("3759", 15, "he-lasik")
_ib = make_iban("IL", "he-lasik", bank="010")
HE += [
    I("שלום, שמי נועה פרידמן, רציתי לקבוע בדיקת התאמה ללייזר", ("name", "נועה פרידמן")),
    I("כן, %s" % " ".join(_tz), ("id", " ".join(_tz)), ctx="אפשר מספר תעודת זהות?"),
    I("ה-4 בספטמבר 1992", ("date_of_birth", "4 בספטמבר 1992"), ctx="ותאריך לידה?"),
    I("מינוס 5.5 בימין ומינוס 4.75 בשמאל, ועוד צילינדר של 0.75"),
    I("בדיקת התאמה 450 ש\"ח, והניתוח 9,800 לשתי העיניים, ואם עושים תוך חודש הבדיקה מקוזזת"),
    I("יש תור ביום ראשון 3.11 ב-9:20, הבדיקה לוקחת שלוש שעות וצריך מלווה"),
    I("אני גרה בשינקין 31, דירה 5, תל אביב", ("address", "שינקין 31, דירה 5, תל אביב")),
    I("המייל noa.friedman92@gmail.com", ("email", "noa.friedman92@gmail.com")),
    I("אמריקן אקספרס, %s" % grp(_c, [4, 6, 5]), ("card", grp(_c, [4, 6, 5]))),
    I("ואם יוצא שאני לא מתאימה, הכסף חוזר לחשבון בלאומי, %s" % grp(_ib, [4]), ("iban", grp(_ib, [4]))),
    I("אחרי הניתוח אסור לשחות שבועיים, ויש ביקורת אחרי יום, אחרי שבוע ואחרי חודש"),
]

# Call 10: paintball birthday party. Agent Bar; caller Dudi Azulay.
_c = make_card("455708", 16, "he-paintball")
_cs = "%s %s, %s, %s" % (_c[:4], _c[4:8], he_digits(_c[8:12]), he_digits(_c[12:]))
_ib = make_iban("IL", "he-paintball", bank="031")
_em = "דודי אזולאי שטרודל הוטמייל נקודה קום"
HE += [
    I("פיינטבול שדה קרב, בר מדבר, מה נשמע?", ("name", "בר", 0)),
    I("אהלן, מדבר דודי אזולאי, אני רוצה לסגור יום הולדת לבן שלי, הוא בן שתים עשרה", ("name", "דודי אזולאי")),
    I("לעשרים ילדים, 85 ש\"ח לילד, כולל 300 כדורים לכל אחד, ופיצה ושתייה בסוף"),
    I("יש לנו יום שישי 22 בנובמבר ב-10:00 או ב-13:00, משחק של שעתיים"),
    I("הגיל המינימלי 10, וכל ילד צריך אישור הורים חתום, ויש מסכות במידה קטנה"),
    I("מקדמה 500 ש\"ח על הכרטיס, %s" % _cs, ("card", _cs)),
    I("המייל %s, הכל צמוד" % _em, ("email", _em)),
    I("ואם יורד גשם ומבטלים, תחזירו את המקדמה לחשבון %s" % grp(_ib, [4]), ("iban", grp(_ib, [4]))),
    I("החניה חינם, ויש לנו מתחם מקורה למקרה של גשם, מספר ההזמנה שלך 40217"),
]

# Call 11: divorce mediation centre. Caller Orna Stern.
_tz = make_tz("he-gishur")
_ib = make_iban("IL", "he-gishur", bank="010")
_ph = "אפס חמש שמונה, ארבע אחת תשע, שתיים אפס שש שש"
HE += [
    I("שלום, שמי אורנה שטרן, קיבלתי את המספר שלכם מעורכת הדין שלי", ("name", "אורנה שטרן")),
    I("פגישת היכרות 600 ש\"ח לשעה וחצי, ובדרך כלל צריך בין ארבע לשמונה פגישות"),
    I("יש לנו דיון בבית המשפט לענייני משפחה ב-17.12, אז הייתי רוצה להגיע עם הסכם לפני"),
    I("יש לנו שני ילדים, בני 9 ו-12, והדירה על שם שנינו עם משכנתא עד 2041"),
    I("בטח, %s" % _tz, ("id", _tz), ctx="תעודת זהות בשביל פתיחת תיק?"),
    I("אני גרה כרגע אצל ההורים, רחוב סוקולוב 54, הרצליה", ("address", "רחוב סוקולוב 54, הרצליה")),
    I("הנייד שלי %s" % _ph, ("phone", _ph)),
    I("orna-stern@zahav.net.il, עם מקף באמצע", ("email", "orna-stern@zahav.net.il")),
    I("לא מהחשבון המשותף, רק מהחשבון שלי, %s" % grp(_ib, [4]), ("iban", grp(_ib, [4]))),
    I("בסדר אורנה, אני שולחת לך עכשיו את הטפסים לחתימה", ("name", "אורנה")),
    I("גישור שעובד לוקח בדרך כלל חודשיים-שלושה, תלוי כמה מהר מסכימים על המשמורת"),
]

# Call 12: scholarship fund (Arab student from Sakhnin speaking Hebrew).
# Caller Mohammad Abu Raya.
_tz = make_tz("he-milga", first="0")
_tzs = "%s, %s, %s" % (he_digits(_tz[:3]), he_digits(_tz[3:6]), he_digits(_tz[6:]))
_ib = make_iban("IL", "he-milga", bank="010")
HE += [
    I("שלום, קוראים לי מוחמד אבו ריא, אני סטודנט בטכניון, שנה שנייה הנדסת חשמל", ("name", "מוחמד אבו ריא")),
    I("רגע, %s" % _tzs, ("id", _tzs), ctx="מה מספר תעודת הזהות?"),
    I("נולדתי ב-5 במאי 2003", ("date_of_birth", "5 במאי 2003")),
    I("הכתובת שלי רחוב אל-זיתון 8, סח'נין", ("address", "רחוב אל-זיתון 8, סח'נין")),
    I("הנייד 050-2784316", ("phone", "050-2784316")),
    I("mohammad.aburaya@campus.technion.ac.il", ("email", "mohammad.aburaya@campus.technion.ac.il"),
      ctx="ולאיזה מייל לשלוח את האישור?"),
    I("המלגה תיכנס לחשבון שלי בלאומי, %s" % grp(_ib, [4]), ("iban", grp(_ib, [4]))),
    I("המלגה 10,000 ש\"ח לשנה, תמורת 140 שעות התנדבות בקהילה"),
    I("צריך ממוצע מעל 80, אישור לימודים לשנת תשפ\"ה וגיליון ציונים, עד ה-31 באוקטובר"),
    I("מספר הבקשה שלך 7731029, תשמור אותו, הוועדה מתכנסת בדצמבר"),
    I("בשנה שעברה הייתי במלגה אחרת, פרח, וקיבלתי 8,000"),
]


# ------------------------------------------------------------------ Greek ---
EL = LANGS.setdefault("el", [])

# Call 1: Mount Athos pilgrims' permit office, Thessaloniki (older man).
# Caller Stavros Karagiannis.
_ib = make_iban("GR", "el-athos", bank="0110")
EL += [
    I("Καλημέρα, ονομάζομαι Σταύρος Καραγιάννης, θέλω να κλείσω διαμονητήριο για τον Οκτώβριο",
      ("name", "Σταύρος Καραγιάννης")),
    I("Για τις 14 Οκτωβρίου είμαστε τέσσερα άτομα, τρεις διανυκτερεύσεις, στη μονή Βατοπαιδίου και στη Σιμωνόπετρα"),
    I("Το διαμονητήριο κοστίζει 25 ευρώ, το παραλαμβάνετε στην Ουρανούπολη από τις 7:30, και το καράβι φεύγει 9:45"),
    I("Γεννήθηκα στις δεκαεφτά του έξι του πενήντα εννιά", ("date_of_birth", "δεκαεφτά του έξι του πενήντα εννιά")),
    I("Το τηλέφωνο του σπιτιού είναι 2310 428 617, κινητό δεν έχω", ("phone", "2310 428 617")),
    I("Αν ακυρωθεί, τα χρήματα να γυρίσουν στον λογαριασμό μου στην Εθνική, %s" % grp(_ib, [4]),
      ("iban", grp(_ib, [4]))),
    I("Εντάξει κύριε Καραγιάννη, σας έστειλα την επιβεβαίωση με το ταχυδρομείο", ("name", "Καραγιάννη")),
    I("Ο αριθμός κράτησης είναι ΑΘ-2024-10318, κρατήστε τον και φέρτε την ταυτότητα μαζί σας"),
]

# Call 2: motorway toll e-pass, Athens (young caller). Agent Despoina; caller
# Aris Nikolaidis.
_afm = make_afm("el-epass")
_afms = el_groups(grp(_afm, [3]), sep=", ")
_c = make_card("516732", 16, "el-epass")
_ib = make_iban("GR", "el-epass", bank="0172")
_em = "aris.nikolaidis παπάκι gmail τελεία com"
EL += [
    I("Εξυπηρέτηση πελατών e-pass, είμαι η Δέσποινα, πώς μπορώ να βοηθήσω;", ("name", "Δέσποινα")),
    I("Γεια σας, με λένε Άρης Νικολαΐδης, μου χρεώσατε δύο φορές τη διέλευση στα διόδια της Ελευσίνας",
      ("name", "Άρης Νικολαΐδης")),
    I("Ο ΑΦΜ μου είναι %s" % _afms, ("id", _afms)),
    I("δώδεκα Ιανουαρίου ενενήντα οχτώ", ("date_of_birth", "δώδεκα Ιανουαρίου ενενήντα οχτώ"),
      ctx="Για επιβεβαίωση, την ημερομηνία γέννησής σας;"),
    I("Η διέλευση κοστίζει 2,40 και χρεώθηκε στις 18:42 και ξανά στις 18:43, στις 5 Ιουνίου"),
    I("Θέλω να αλλάξω και την κάρτα για την αυτόματη φόρτιση, %s" % grp(_c, [4]), ("card", grp(_c, [4]))),
    I("το email είναι %s" % _em, ("email", _em)),
    I("Την επιστροφή στο IBAN μου, %s" % grp(_ib, [4]), ("iban", grp(_ib, [4]))),
    I("Άλλαξα και διεύθυνση, τώρα μένω Αγίου Μελετίου 84, Κυψέλη, 11361",
      ("address", "Αγίου Μελετίου 84, Κυψέλη, 11361")),
    I("Το υπόλοιπο του πομποδέκτη είναι 13,60 ευρώ και η επιστροφή θα γίνει σε 5 με 7 εργάσιμες"),
]

# Call 3: switching electricity supplier, Athens (older woman). Caller Litsa
# Mavridou.
_afm = make_afm("el-reuma")
_ib = make_iban("GR", "el-reuma", bank="0140")
_ph = el_groups("69 7 312 44 80", sep=", ")
EL += [
    I("Καλησπέρα, εδώ η κυρία Λίτσα Μαυρίδου, θέλω να φύγω από τον άλλο πάροχο και να έρθω σε εσάς",
      ("name", "Λίτσα Μαυρίδου")),
    I("Το πράσινο τιμολόγιο είναι 0,159 η κιλοβατώρα, και το πάγιο 5 ευρώ τον μήνα, χωρίς δέσμευση"),
    I("Ο αριθμός παροχής είναι στον λογαριασμό πάνω δεξιά, 1 41277035 01 6, τον βλέπετε;"),
    I("Το ΑΦΜ μου %s" % _afm, ("id", _afm)),
    I("Θηβών 212, Περιστέρι, δεύτερος όροφος, 12134", ("address", "Θηβών 212, Περιστέρι, δεύτερος όροφος, 12134"),
      ctx="Σε ποια διεύθυνση είναι η παροχή;"),
    I("Πέντε Μαΐου του σαράντα οχτώ", ("date_of_birth", "Πέντε Μαΐου του σαράντα οχτώ"),
      ctx="Ημερομηνία γέννησης;"),
    I("Να τον πληρώνω με πάγια εντολή από την Alpha, %s" % grp(_ib, [4]), ("iban", grp(_ib, [4]))),
    I("Το κινητό μου, να σας πω, %s" % _ph, ("phone", _ph)),
    I("Μάλιστα κυρία Μαυρίδου, η αλλαγή θα γίνει σε περίπου 20 μέρες", ("name", "Μαυρίδου")),
    I("Θα σας έρθει ένας τελευταίος εκκαθαριστικός από τον παλιό πάροχο, μην τον πληρώσετε διπλά"),
]

# Call 4: plumber, Limassol (Cypriot dialect). Caller Koulla Christodoulou.
_c = make_card("454617", 16, "el-plumber")
_ph = el_groups("99 58 23 16", sep=", ")
EL += [
    I("Καλημέρα, εν η Κούλλα Χριστοδούλου, έχω μιαν διαρροή κάτω που τον νεροχύτη τζαι εγέμωσεν νερά η κουζίνα",
      ("name", "Κούλλα Χριστοδούλου")),
    I("Μένω Αρχιεπισκόπου Κυπριανού 47, διαμέρισμα 203, Μέσα Γειτονιά, 4002 Λεμεσός",
      ("address", "Αρχιεπισκόπου Κυπριανού 47, διαμέρισμα 203, Μέσα Γειτονιά, 4002 Λεμεσός")),
    I("Το κινητό μου %s" % _ph, ("phone", _ph)),
    I("Η επίσκεψη εν σαράντα ευρώ, τζαι άμα θέλει κομμάτι εν έξτρα, ο τεχνικός έρκεται ως τις δώδεκα"),
    I("Τον θερμοσίφωνα τον έβαλα το 2016, εν Ariston 120 λίτρα"),
    I("Να πληρώσω με την κάρτα; Εν %s" % grp(_c, [4]), ("card", grp(_c, [4]))),
    I("Εντάξει κυρία Κούλλα, ο τεχνικός εν να σας πάρει τηλέφωνο πριν έρτει", ("name", "Κούλλα")),
    I("Ο αριθμός της δουλειάς εν 7714, τζαι η απόδειξη έρκεται στο κινητό"),
]


# Call 5: care home for the elderly, Thessaloniki. Agent Evanthia; caller
# Katerina Papadopoulou about her mother Stamatia ("Matoula").
_afm = make_afm("el-care")
_ib = make_iban("GR", "el-care", bank="0260")
_c = make_card("479275", 16, "el-care")
_cs = el_digits(grp(_c, [4]), sep=", ")
_em = "κατερίνα κάτω παύλα παπ παπάκι γιάχου τελεία τζι αρ"
EL += [
    I("Καλησπέρα, Μονάδα Φροντίδας Άγιος Στυλιανός, η Ευανθία στο τηλέφωνο", ("name", "Ευανθία")),
    I("Γεια σας, είμαι η Κατερίνα Παπαδοπούλου, ρωτάω για μια θέση για τη μητέρα μου",
      ("name", "Κατερίνα Παπαδοπούλου")),
    I("Η μαμά μου λέγεται Σταματία Παπαδοπούλου, αλλά όλοι τη φωνάζουν Ματούλα",
      ("name", "Σταματία Παπαδοπούλου"), ("name", "Ματούλα")),
    I("Είναι γεννημένη 3/11/1936, οπότε κλείνει τα 88", ("date_of_birth", "3/11/1936")),
    I("Το μηνιαίο κόστος είναι 1.650 ευρώ σε δίκλινο και 2.100 σε μονόκλινο, με φαγητό και νοσηλευτική φροντίδα"),
    I("Περπατάει με το πι, παίρνει 4 φάρμακα την ημέρα και ο γιατρός της έρχεται κάθε 3 μήνες"),
    I("Τώρα μένει μόνη της, στην οδό Κομνηνών 56, τρίτος όροφος, Καλαμαριά",
      ("address", "οδό Κομνηνών 56, τρίτος όροφος, Καλαμαριά")),
    I("Ο ΑΦΜ της μητέρας μου, %s" % el_digits(_afm), ("id", el_digits(_afm))),
    I("Η πληρωμή θα γίνεται από τον δικό μου λογαριασμό στη Eurobank, %s" % grp(_ib, [4]),
      ("iban", grp(_ib, [4]))),
    I("το μέιλ μου είναι %s" % _em, ("email", _em)),
    I("Για την προκαταβολή, η κάρτα, %s" % _cs, ("card", _cs)),
    I("Μπορείτε να έρθετε να δείτε τον χώρο την Πέμπτη 12 του μήνα, στις 11 το πρωί, και να μιλήσετε με την προϊσταμένη"),
]

# Call 6: watch repair workshop, Athens. Caller Theodoros "Thodoris" Alexiou.
_afm = make_afm("el-watch")
_c = make_card("547112", 16, "el-watch")
_cs = el_groups(grp(_c, [2]), sep=" ")
EL += [
    I("Γεια σας, είμαι ο Θοδωρής, Θεόδωρος Αλεξίου, σας είχα αφήσει ένα ρολόι για σέρβις",
      ("name", "Θοδωρής"), ("name", "Θεόδωρος Αλεξίου")),
    I("Είναι ένα Seiko του '82, αυτόματο, μοντέλο 6309, του πατέρα μου, και σταμάτησε να δουλεύει"),
    I("Το σέρβις είναι 120 ευρώ, αν θέλει καινούργιο κρύσταλλο άλλα 45, και θέλει περίπου 3 εβδομάδες"),
    I("Η εργασία έχει εγγύηση 2 χρόνια, εκτός αν μπει νερό, και η απόδειξη είναι η Α-5531"),
    I("Το κινητό μου 694 412 3098, για να μου στείλετε μήνυμα όταν είναι έτοιμο", ("phone", "694 412 3098")),
    I("και το email theo.alexiou@hotmail.com", ("email", "theo.alexiou@hotmail.com")),
    I("Στείλτε το με courier στη Μεσογείων 233, Χολαργός, 15561", ("address", "Μεσογείων 233, Χολαργός, 15561")),
    I("Θέλω τιμολόγιο, ΑΦΜ %s" % grp(_afm, [3]), ("id", grp(_afm, [3]))),
    I("Πληρώνω με Mastercard, %s" % _cs, ("card", _cs)),
]

# Call 7: carnival costume rental, Patras (young caller). Caller Vaso
# Zacharopoulou.
_c = make_card("523941", 16, "el-carnival")
_em = "βι, έι, ες, όου, τελεία, ζι, έι, σι, έιτς, ενενήντα εννιά, παπάκι τζιμέιλ τελεία κομ"
EL += [
    I("Γεια σας, είμαι η Βάσω Ζαχαροπούλου, θέλουμε να νοικιάσουμε στολές για το πλήρωμά μας",
      ("name", "Βάσω Ζαχαροπούλου")),
    I("Τέλεια Βάσω, πόσα άτομα είστε;", ("name", "Βάσω")),
    I("Είμαστε 18 άτομα, θέλουμε πειρατές, 35 ευρώ η στολή για τρεις μέρες, και η παρέλαση είναι την Κυριακή 2 Μαρτίου"),
    I("Η εγγύηση είναι 20 ευρώ το άτομο και επιστρέφεται όταν φέρετε πίσω τις στολές μέχρι την Τετάρτη"),
    I("Τα καπέλα και τα σπαθιά είναι έξτρα 5 ευρώ, και κλείνουμε στις 9 το βράδυ"),
    I("γεννήθηκα 14 Φλεβάρη του 2001", ("date_of_birth", "14 Φλεβάρη του 2001"),
      ctx="Για να κλειδώσει η κράτηση θέλω το όνομα και την ημερομηνία γέννησης του υπευθύνου"),
    I("ναι, %s" % _em, ("email", _em), ctx="Ένα email για την επιβεβαίωση;"),
    I("Η κάρτα είναι %s, λήγει 08/27" % grp(_c, [4]), ("card", grp(_c, [4]))),
    I("Το κινητό μου %s" % el_digits("698 305 7712"), ("phone", el_digits("698 305 7712"))),
    I("Φέρτε τα στην Κορίνθου 145, τέταρτος, δίπλα στο φροντιστήριο", ("address", "Κορίνθου 145, τέταρτος")),
]

# Call 8: allergy clinic, Nicosia (Cypriot). Caller Andri Georgiou, booking for
# her little boy.
_c = make_card("402918", 16, "el-allergy")
_ib = make_iban("CY", "el-allergy", bank="00200128")
_ph = el_groups("96 34 07 81", sep=", ")
EL += [
    I("Καλημέρα, εν η Άντρη Γεωργίου, θέλω να κλείσω ραντεβού για αλλεργικά τεστ για τον μιτσή μου",
      ("name", "Άντρη Γεωργίου")),
    I("Εγεννήθηκε είκοσι τρεις του Σεπτέμβρη του 2017", ("date_of_birth", "είκοσι τρεις του Σεπτέμβρη του 2017")),
    I("Τα δερματικά τεστ εν 90 ευρώ για 20 αλλεργιογόνα, τζαι με το ΓεΣΥ πληρώνετε μόνο τη συμμετοχή των 6 ευρώ"),
    I("Έχουμε Τρίτη 15 του μηνός στις 4 το απόγευμα, τζαι να σταματήσει τα αντιισταμινικά 5 μέρες πριν"),
    I("Το κινητό μου εν %s" % _ph, ("phone", _ph)),
    I("andri.georgiou@cytanet.com.cy", ("email", "andri.georgiou@cytanet.com.cy"), ctx="Τζαι ένα email;"),
    I("Να πληρώσω τωρά την προκαταβολή; Η κάρτα μου εν %s" % grp(_c, [4]), ("card", grp(_c, [4]))),
    I("Η ασφάλεια επιστρέφει στον λογαριασμό μου στην Τράπεζα Κύπρου, %s" % grp(_ib, [4]),
      ("iban", grp(_ib, [4]))),
    I("Ευχαριστώ κυρία Γεωργίου, θα σας έρθει μήνυμα μια μέρα πριν", ("name", "Γεωργίου")),
    I("Ο γιατρός δέχεται στο ισόγειο της κλινικής, τζαι υπάρχει πάρκινγκ πίσω με 2 ευρώ την ώρα"),
]


# Call 9: curtains and roller blinds, Heraklion (Cretan caller). Caller
# Manolis Tsakirakis.
_afm = make_afm("el-rola")
_c = make_card("426318", 16, "el-rola")
_ib = make_iban("GR", "el-rola", bank="0870")
EL += [
    I("Καλημέρα, ο Μανόλης Τσακιράκης εδώ, από το Ηράκλειο, θέλω να μου βάλετε ρολά στη βεράντα",
      ("name", "Μανόλης Τσακιράκης")),
    I("Για τρία ανοίγματα, 2,40 επί 2,20 το καθένα, τα ρολά αλουμινίου βγαίνουν 1.380 με την τοποθέτηση"),
    I("Ο μετρητής περνάει την Τετάρτη στις 10, και η παραγωγή θέλει 15 εργάσιμες"),
    I("Ίντα χρώμα θέλετε; Έχουμε λευκό, μπεζ και ανθρακί, το ανθρακί έχει 10% παραπάνω"),
    I("Η διεύθυνση είναι Λεωφόρος Κνωσού 118, πρώτος όροφος, Ηράκλειο 71306",
      ("address", "Λεωφόρος Κνωσού 118, πρώτος όροφος, Ηράκλειο 71306")),
    I("Το κινητό μου είναι 6977 541 203", ("phone", "6977 541 203")),
    I("Το ΑΦΜ, για το τιμολόγιο, %s" % _afm, ("id", _afm)),
    I("Η προκαταβολή 30%% με κάρτα, %s" % grp(_c, [4]), ("card", grp(_c, [4]))),
    I("Κι αν δεν κάνουν τα μέτρα, η επιστροφή στον λογαριασμό μου στην Παγκρήτια, %s" % grp(_ib, [4]),
      ("iban", grp(_ib, [4]))),
    I("Η εγγύηση στο μοτέρ είναι 5 χρόνια και στο πανί 2"),
]

# Call 10: gold buyer, Piraeus. Caller Giorgos Vlachos.
_afm = make_afm("el-gold")
_afms = el_digits(grp(_afm, [3]), sep=", ")
_ib = make_iban("GR", "el-gold", bank="0110")
_ibs = "τζι άρ %s, %s" % (el_digits(_ib[2:4]), el_digits(grp(_ib[4:], [4]), sep=", "))
EL += [
    I("Καλησπέρα, λέγομαι Γιώργος Βλάχος, θέλω να πουλήσω κάποια παλιά χρυσαφικά της γιαγιάς μου",
      ("name", "Γιώργος Βλάχος")),
    I("Σήμερα δίνουμε 52 ευρώ το γραμμάριο για τα 18 καράτια και 41 για τα 14 καράτια"),
    I("Έχω ένα βραχιόλι 22 γραμμάρια κι ένα σταυρουδάκι γύρω στα 6"),
    I("Ο ΑΦΜ μου %s" % _afms, ("id", _afms)),
    I("Δηλαδή %s, σωστά;" % _afm, ("id", _afm)),
    I("30 Ιουλίου 1967", ("date_of_birth", "30 Ιουλίου 1967"),
      ctx="Χρειάζομαι τα στοιχεία της ταυτότητας, ημερομηνία γέννησης;"),
    I("Ναι, %s" % _ibs, ("iban", _ibs),
      ctx="Επειδή είναι πάνω από 500 ευρώ θα σας τα καταθέσουμε, πείτε μου ένα IBAN"),
    I("Για την απόδειξη, giorgos.vlachos67@yahoo.gr", ("email", "giorgos.vlachos67@yahoo.gr")),
    I("Είμαστε στην Ηρώων Πολυτεχνείου, απέναντι από το δημαρχείο, ανοιχτά μέχρι τις 8"),
    I("Ο αριθμός συναλλαγής είναι 0045-882, και σας δίνουμε και απόδειξη αγοράς"),
]

# Call 11: scholarship foundation, Cyprus. Agent Giota; caller Kyriakos
# Ioannou (Larnaca).
_ib = make_iban("CY", "el-ypotrofia", bank="00500231")
_em = "κάπα τελεία ιωάννου παπάκι ucy τελεία ac τελεία cy"
EL += [
    I("Ίδρυμα Υποτροφιών Χατζηπαύλου, η Γιώτα, καλημέρα", ("name", "Γιώτα")),
    I("Καλημέρα, εν ο Κυριάκος Ιωάννου, έκαμα αίτηση για την υποτροφία μεταπτυχιακού", ("name", "Κυριάκος Ιωάννου")),
    I("Δώδεκα του Απρίλη του 2000", ("date_of_birth", "Δώδεκα του Απρίλη του 2000"), ctx="Ημερομηνία γέννησης;"),
    I("Το email μου εν %s" % _em, ("email", _em)),
    I("Η διεύθυνση μου εν Γρηγόρη Αυξεντίου 19, Αραδίππου, 7101 Λάρνακα",
      ("address", "Γρηγόρη Αυξεντίου 19, Αραδίππου, 7101 Λάρνακα")),
    I("Κινητό +357 97 612 480", ("phone", "+357 97 612 480")),
    I("Η υποτροφία να μπαίνει στον λογαριασμό μου στην Ελληνική, %s" % grp(_ib, [4]), ("iban", grp(_ib, [4]))),
    I("Η υποτροφία εν 6.000 ευρώ τον χρόνο για δύο χρόνια, τζαι η επιτροπή συνεδριάζει στις 20 Ιουνίου"),
    I("Πρέπει να έχετε βαθμό πάνω από 8,5 στα 10 τζαι δύο συστατικές επιστολές"),
    I("Ο αριθμός αίτησης εν 2024/117, να τον αναφέρετε σε κάθε επικοινωνία"),
]

# Call 12: sound and band hire for a village festival, Epirus (older man,
# head of the village association). Caller Mitsos Tziolas.
_afm = make_afm("el-panigyri")
_c = make_card("535480", 16, "el-panigyri")
_ph = el_groups("697 21 44 358", sep=", ")
EL += [
    I("Εδώ ο Μήτσος ο Τζιόλας, πρόεδρος του πολιτιστικού συλλόγου στο χωριό, για το πανηγύρι",
      ("name", "Μήτσος ο Τζιόλας")),
    I("Το πανηγύρι είναι στις 15 Αυγούστου, στην πλατεία κάτω από τον πλάτανο, από τις 9 το βράδυ ως το πρωί"),
    I("Για ορχήστρα με κλαρίνο, ηχητικά 2.000 βατ και φωτισμό, η τιμή είναι 850 ευρώ, και 150 η μετακίνηση"),
    I("Θα έρθουμε να στήσουμε από τις 5 το απόγευμα, θέλουμε ρεύμα και μια τριφασική πρίζα"),
    I("Πέρσι είχαμε 400 άτομα και έπεσε το ρεύμα δύο φορές"),
    I("Το τιμολόγιο να βγει στο όνομά μου, ΑΦΜ %s" % _afm, ("id", _afm)),
    I("Η διεύθυνση για το τιμολόγιο, Ζαλόγγου 7, Ιωάννινα, 45221", ("address", "Ζαλόγγου 7, Ιωάννινα, 45221")),
    I("Το τηλέφωνό μου, εεε, %s" % _ph, ("phone", _ph)),
    I("Τα μέιλ τα κάνει ο ανιψιός μου, γράψε, nikos.tziolas παπάκι gmail τελεία com",
      ("email", "nikos.tziolas παπάκι gmail τελεία com")),
    I("Την προκαταβολή με κάρτα, %s" % grp(_c, [4]), ("card", grp(_c, [4]))),
]


def summary(lang, items):
    kinds = Counter(sp[0] for _, spans, _ in items for sp in spans)
    empty = sum(1 for _, spans, _ in items if not spans)
    return lang, len(items), empty, sum(kinds.values()), dict(sorted(kinds.items()))


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    assert sorted(LANGS) == ["ar", "el", "en", "he"], sorted(LANGS)
    for lang, items in LANGS.items():
        lines = build(items, lang)
        with open(os.path.join(OUT_DIR, lang + ".jsonl"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        lang_, n, empty, nspans, kinds = summary(lang, items)
        print("%s: %d items (%d non-personal), %d spans %s" % (lang_, n, empty, nspans, kinds))
        # the brief's shape: ~120 items, 35-45 non-personal, 75-85 spans,
        # at least 7 of each kind, 20-25 names
        assert 110 <= n <= 130, n
        assert 35 <= empty <= 45, empty
        assert 75 <= nspans <= 85, nspans
        for k in KINDS:
            assert kinds.get(k, 0) >= 7, (lang, k)
        assert 20 <= kinds["name"] <= 25, kinds["name"]


if __name__ == "__main__":
    main()
