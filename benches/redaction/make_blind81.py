#!/usr/bin/env python3
"""Blind evaluation set 81 for the call-transcript personal-data redactor.

Who wrote it and how: a helper session, working only from a written brief
(the product's specification of what counts as personal data and how the set
must look). It never opened, listed, grepped or ran the redactor, its rules,
its tests, or any other evaluation set or generator. All people, numbers and
addresses are invented; every card, IBAN and ID number is generated here with
its check digit computed and verified by asserts, and long numbers in
non-personal items are asserted to FAIL those checks.

Area of this set: home repairs and emergency call-outs (plumbers, electricians,
locksmiths, boiler and in-home appliance repair, air-conditioning technicians,
roofers and waterproofing, pest control, drain clearing, shutters and windows,
solar water heaters, home warranty / maintenance plans).

Output: data/redaction/blind81/{en,ar,he,el}.jsonl, one JSON object a line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...],
     "context": str}            # context optional, never scored
kind is one of card, iban, id, phone, email, date_of_birth, name, address.
start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive),
found by searching for each span's substring (in order, after the previous
span) and asserted. Items with empty spans are non-personal and must come out
of the redactor unchanged.

Run:  python3 benches/redaction/make_blind81.py
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, "..", "..", "data", "redaction", "blind81")
KINDS = ("card", "iban", "id", "phone", "email", "date_of_birth", "name", "address")

# --------------------------------------------------------------------------
# check-digit helpers
# --------------------------------------------------------------------------
AR_IND = "٠١٢٣٤٥٦٧٨٩"


def digits_of(s):
    """ASCII digits of s (Arabic-Indic digits converted)."""
    out = []
    for ch in s:
        if ch in AR_IND:
            out.append(str(AR_IND.index(ch)))
        elif ch.isascii() and ch.isdigit():
            out.append(ch)
    return "".join(out)


def to_ar(s):
    """ASCII digits -> Arabic-Indic digits."""
    return "".join(AR_IND[int(c)] if c.isascii() and c.isdigit() else c for c in s)


def luhn_ok(d):
    d = digits_of(d)
    tot = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_complete(partial):
    p = digits_of(partial)
    for c in "0123456789":
        if luhn_ok(p + c):
            return p + c
    raise AssertionError


def tz_ok(d):
    d = digits_of(d)
    if len(d) != 9:
        return False
    tot = 0
    for i, c in enumerate(d):
        v = int(c) * (1 if i % 2 == 0 else 2)
        tot += v - 9 if v > 9 else v
    return tot % 10 == 0


def tz_complete(p8):
    for c in "0123456789":
        if tz_ok(p8 + c):
            return p8 + c
    raise AssertionError


def afm_ok(d):
    d = digits_of(d)
    if len(d) != 9:
        return False
    tot = sum(int(d[i]) * (2 ** (8 - i)) for i in range(8))
    return (tot % 11) % 10 == int(d[8])


def afm_complete(p8):
    tot = sum(int(p8[i]) * (2 ** (8 - i)) for i in range(8))
    full = p8 + str((tot % 11) % 10)
    assert afm_ok(full)
    return full


def saudi_ok(d):
    d = digits_of(d)
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s.strip())
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and int(a) < 900 and g != "00" and n != "0000"


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "QA": 29, "KW": 30, "FR": 27, "NL": 18}


def _iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(s):
    s = re.sub(r"[\s\-]", "", s).upper()
    if len(s) < 4 or IBAN_LEN.get(s[:2]) != len(s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban_make(cc, bban):
    bban = bban.replace(" ", "").upper()
    chk = 98 - _iban_num(bban + cc + "00") % 97
    full = "%s%02d%s" % (cc, chk, bban)
    assert len(full) == IBAN_LEN[cc], (cc, len(full))
    assert iban_ok(full)
    return full


def grp(s, sizes, sep=" "):
    """Split s into groups of the given sizes (last size repeats)."""
    out, i, k = [], 0, 0
    while i < len(s):
        n = sizes[min(k, len(sizes) - 1)]
        out.append(s[i:i + n])
        i += n
        k += 1
    return sep.join(out)


# --------------------------------------------------------------------------
# numbers spoken as words
# --------------------------------------------------------------------------
EN_UNITS = "zero one two three four five six seven eight nine".split()
EN_TEENS = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
            "eighteen nineteen").split()
EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def en_num(n, zero="zero", us=False):
    if n < 10:
        return EN_UNITS[n] if n else zero
    if n < 20:
        return EN_TEENS[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        return EN_TENS[t] + ("-" + EN_UNITS[u] if u else "")
    h, r = divmod(n, 100)
    s = EN_UNITS[h] + " hundred"
    if r:
        s += (" " if us else " and ") + en_num(r)
    return s


def en_digits(g, zero="zero", doubles=False):
    words, i = [], 0
    while i < len(g):
        c = g[i]
        w = zero if c == "0" else EN_UNITS[int(c)]
        if doubles and i + 2 < len(g) + 0 and g[i:i + 3] == c * 3:
            words.append("triple " + w)
            i += 3
        elif doubles and i + 1 < len(g) and g[i + 1] == c:
            words.append("double " + w)
            i += 2
        else:
            words.append(w)
            i += 1
    return " ".join(words)


def say_group(lang, g, **o):
    """One group of a spec: '#NN' is read as a number, else digit by digit."""
    if lang == "en":
        zero = o.get("zero", "zero")
        if g.startswith("#"):
            g = g[1:]
            if g[0] == "0" and len(g) > 1:
                return zero + " " + en_num(int(g[1:]), zero)
            return en_num(int(g), zero, o.get("us", False))
        return en_digits(g, zero, o.get("doubles", False))
    fn = SAY_FN[lang]
    return fn(g, **o)


SAY_FN = {}

# --- Arabic (dialect d: msa, gulf, egy, lev, magh) ---
AR_UNITS = {
    "msa": "صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة",
    "gulf": "صفر واحد ثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة",
    "egy": "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة",
    "lev": "صفر واحد تنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة",
    "magh": "زيرو واحد جوج تلاتة ربعة خمسة ستة سبعة تمنية تسعود",
}
AR_TEENS = {
    "msa": "عشرة أحد_عشر اثنا_عشر ثلاثة_عشر أربعة_عشر خمسة_عشر ستة_عشر سبعة_عشر ثمانية_عشر تسعة_عشر",
    "gulf": "عشرة احدعش اثنعش ثلاثطعش اربعطعش خمسطعش ستطعش سبعطعش ثمنطعش تسعطعش",
    "egy": "عشرة حداشر اتناشر تلتاشر اربعتاشر خمستاشر ستاشر سبعتاشر تمنتاشر تسعتاشر",
    "lev": "عشرة حداعش اطنعش تلطعش اربعطعش خمسطعش ستعش سبعطعش تمنطعش تسعطعش",
    "magh": "عشرة حضاش طناش تلطاش ربعطاش خمسطاش سطاش سبعطاش تمنطاش تسعطاش",
}
AR_TENS = {
    "msa": "_ _ عشرون ثلاثون أربعون خمسون ستون سبعون ثمانون تسعون",
    "gulf": "_ _ عشرين ثلاثين أربعين خمسين ستين سبعين ثمانين تسعين",
    "egy": "_ _ عشرين تلاتين أربعين خمسين ستين سبعين تمانين تسعين",
    "lev": "_ _ عشرين تلاتين أربعين خمسين ستين سبعين تمانين تسعين",
    "magh": "_ _ عشرين تلاتين ربعين خمسين ستين سبعين تمانين تسعين",
}
AR_HUND = {
    "msa": "_ مئة مئتان ثلاثمئة أربعمئة خمسمئة ستمئة سبعمئة ثمانمئة تسعمئة",
    "col": "_ مية ميتين تلتمية ربعمية خمسمية ستمية سبعمية تمنمية تسعمية",
}


def ar_num(n, d="msa"):
    u = AR_UNITS[d].split()
    if n < 10:
        return u[n]
    if n < 20:
        return AR_TEENS[d].split()[n - 10].replace("_", " ")
    if n < 100:
        t, r = divmod(n, 10)
        tens = AR_TENS[d].split()[t]
        return ("%s و%s" % (u[r], tens)) if r else tens
    h, r = divmod(n, 100)
    hs = AR_HUND["msa" if d == "msa" else "col"].split()[h]
    return hs + (" و" + ar_num(r, d) if r else "")


def ar_say(g, d="msa", **o):
    u = AR_UNITS[d].split()
    if g.startswith("#"):
        g = g[1:]
        if g[0] == "0" and len(g) > 1:
            return u[0] + " " + ar_num(int(g[1:]), d)
        return ar_num(int(g), d)
    return " ".join(u[int(c)] for c in g)


# --- Hebrew (gen: 'f' feminine, as digits are usually read; 'm' masculine) ---
HE_UNITS = {"f": "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע",
            "m": "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה"}
HE_TEENS = {"f": "עשר אחת_עשרה שתים_עשרה שלוש_עשרה ארבע_עשרה חמש_עשרה שש_עשרה שבע_עשרה שמונה_עשרה תשע_עשרה",
            "m": "עשרה אחד_עשר שנים_עשר שלושה_עשר ארבעה_עשר חמישה_עשר שישה_עשר שבעה_עשר שמונה_עשר תשעה_עשר"}
HE_TENS = "_ _ עשרים שלושים ארבעים חמישים שישים שבעים שמונים תשעים".split()
HE_HUND = "_ מאה מאתיים שלוש_מאות ארבע_מאות חמש_מאות שש_מאות שבע_מאות שמונה_מאות תשע_מאות".split()


def he_num(n, gen="f"):
    g = gen
    u = HE_UNITS[g].split()
    if n < 10:
        return u[n]
    if n < 20:
        return HE_TEENS[g].split()[n - 10].replace("_", " ")
    if n < 100:
        t, r = divmod(n, 10)
        return HE_TENS[t] + (" ו" + u[r] if r else "")
    h, r = divmod(n, 100)
    hs = HE_HUND[h].replace("_", " ")
    if not r:
        return hs
    if r < 20 or r % 10 == 0:
        return hs + " ו" + he_num(r, g)
    return hs + " " + he_num(r, g)


def he_say(g_, gen="f", **o):
    g = gen
    u = HE_UNITS[g].split()
    if g_.startswith("#"):
        s = g_[1:]
        if s[0] == "0" and len(s) > 1:
            return u[0] + " " + he_num(int(s[1:]), g)
        return he_num(int(s), g)
    return " ".join(u[int(c)] for c in g_)


# --- Greek (style: 'col' εφτά/οχτώ/εννιά, 'formal' επτά/οκτώ/εννέα) ---
EL_UNITS = {"col": "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά",
            "formal": "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα"}
EL_TEENS = {"col": "δέκα έντεκα δώδεκα δεκατρία δεκατέσσερα δεκαπέντε δεκαέξι δεκαεφτά δεκαοχτώ δεκαεννιά",
            "formal": "δέκα έντεκα δώδεκα δεκατρία δεκατέσσερα δεκαπέντε δεκαέξι δεκαεπτά δεκαοκτώ δεκαεννέα"}
EL_TENS = "_ _ είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα ενενήντα".split()
EL_HUND = {"col": "_ εκατό διακόσια τριακόσια τετρακόσια πεντακόσια εξακόσια εφτακόσια οχτακόσια εννιακόσια",
           "formal": "_ εκατό διακόσια τριακόσια τετρακόσια πεντακόσια εξακόσια επτακόσια οκτακόσια εννιακόσια"}


def el_num(n, style="col"):
    u = EL_UNITS[style].split()
    if n < 10:
        return u[n]
    if n < 20:
        return EL_TEENS[style].split()[n - 10]
    if n < 100:
        t, r = divmod(n, 10)
        return EL_TENS[t] + (" " + u[r] if r else "")
    h, r = divmod(n, 100)
    hs = EL_HUND[style].split()[h]
    if not r:
        return hs
    return (hs + "ν" if h == 1 else hs) + " " + el_num(r, style)


def el_say(g, style="col", **o):
    u = EL_UNITS[style].split()
    if g.startswith("#"):
        g = g[1:]
        if g[0] == "0" and len(g) > 1:
            return u[0] + " " + el_num(int(g[1:]), style)
        return el_num(int(g), style)
    return " ".join(u[int(c)] for c in g)


SAY_FN.update({"ar": ar_say, "he": he_say, "el": el_say})


def say(lang, spec, joiner=" ", **o):
    """spec: groups separated by spaces; '#' marks a group read as a number."""
    return joiner.join(say_group(lang, g, **o) for g in spec.split())


def sayv(lang, value, spec, joiner=" ", **o):
    """Like say(), asserting that the spec carries exactly the digits of value."""
    assert digits_of(value) == spec.replace("#", "").replace(" ", ""), (value, spec)
    return say(lang, spec, joiner, **o)


# --------------------------------------------------------------------------
# building and checking the items
# --------------------------------------------------------------------------
HE_PREFIX = set("ובכלמהשד")
AR_PREFIX = set("وبلفك")


def _edge_ok(text, s, e):
    """Spans must not start or end inside a word (Hebrew/Arabic prefixes ok)."""
    if s > 0 and text[s].isalnum() and text[s - 1].isalnum():
        p = text[s - 1]
        if p not in HE_PREFIX and p not in AR_PREFIX:
            return False
        if s > 1 and text[s - 2].isalnum() and not (text[s - 2] == "ا" and p == "ل"):
            # at most one prefix letter (or 'ال') glued to the word
            if not (text[s - 2] in HE_PREFIX and p in HE_PREFIX):
                return False
    if e < len(text) and text[e - 1].isalnum() and text[e].isalnum():
        return False
    return True


NUM_RUN = re.compile(r"[0-9٠-٩](?:[0-9٠-٩]|[ .\-/](?=[0-9٠-٩]))*")


def check_nonpersonal_numbers(text):
    """Long numbers in text that is not personal must fail every check."""
    for m in NUM_RUN.finditer(text):
        for part in [m.group(0)] + re.split(r"[ /]", m.group(0)):
            d = digits_of(part)
            if 13 <= len(d) <= 19:
                assert not luhn_ok(d), ("Luhn-valid non-personal", text)
            if len(d) == 9:
                assert not tz_ok(d) and not afm_ok(d), ("ID-valid non-personal", d, text)
            if len(d) == 10 and d[0] in "12":
                assert not saudi_ok(d), ("Saudi-valid non-personal", d, text)
            if re.fullmatch(r"\d{3}-\d{2}-\d{4}", part):
                assert not ssn_ok(part), ("SSN-shaped non-personal", text)
            assert not re.fullmatch(r"0?5\d{8}|07\d{9}|69\d{8}|9[4-9]\d{6}", d), (
                "phone-shaped non-personal", d, text)


def check_span_value(kind, val):
    d = digits_of(val)
    has_words = bool(re.search(r"[^\W\d_]{3,}", val.replace("IBAN", "")))
    if kind == "card" and not has_words:
        assert 13 <= len(d) <= 19 and luhn_ok(d), ("bad card", val)
    if kind == "iban" and re.fullmatch(r"[A-Z]{2}[0-9A-Z \-]+", val):
        assert iban_ok(val), ("bad iban", val)
    if kind == "id" and not has_words:
        ok = (len(d) == 9 and (tz_ok(d) or afm_ok(d))) or saudi_ok(d) or ssn_ok(val)
        assert ok, ("bad id", val)


def build(lang, items):
    rows = []
    for it in items:
        text, spans = it[0], it[1]
        ctx = it[2] if len(it) > 2 else None
        assert isinstance(text, str) and text == unicodedata.normalize("NFC", text)
        b = text.encode("utf-8")
        cur = 0
        out = []
        for sp in spans:
            kind, sub = sp[0], sp[1]
            skip = sp[2] if len(sp) > 2 else 0
            assert kind in KINDS, kind
            sb = sub.encode("utf-8")
            pos = b.find(sb, cur)
            for _ in range(skip):
                pos = b.find(sb, pos + 1)
            assert pos >= 0, ("span not found after cursor", sub, text)
            start, end = pos, pos + len(sb)
            assert b[start:end].decode("utf-8") == sub
            cs = len(b[:start].decode("utf-8"))
            ce = cs + len(sub)
            assert text[cs:ce] == sub
            assert sub == sub.strip() and sub.strip(" ,.?!،؟") == sub, ("untrimmed", sub)
            assert _edge_ok(text, cs, ce), ("span cuts a word", sub, text)
            check_span_value(kind, sub)
            out.append({"kind": kind, "start": start, "end": end})
            cur = end
        if not spans:
            check_nonpersonal_numbers(text)
        row = {"text": text, "spans": out}
        if ctx:
            row["context"] = ctx
        rows.append(row)
    texts = [r["text"] for r in rows]
    dup = [t for t, n in Counter(texts).items() if n > 1]
    assert not dup, ("duplicate items", dup)
    return rows


LANGS = {}   # lang -> list of item lists, appended by the data sections below


def add(lang, items):
    LANGS.setdefault(lang, []).extend(items)


# ==== data sections ========================================================

# ---- English, part 1 ------------------------------------------------------
# Calls: London emergency plumber (A), Yorkshire boiler-cover plan (B), Dublin
# locksmith (C), Cork roofer after a storm (D), Atlanta home-warranty claim (E),
# Long Island furnace/AC financing (F), San Antonio garage-door repair (G).
EN_C1 = luhn_complete("492183056127443")
EN_C2 = luhn_complete("37826190435201")
EN_C3 = luhn_complete("417500932286715")
EN_C4 = luhn_complete("601154029871336")
assert (EN_C1, EN_C2, EN_C3, EN_C4) == (
    "4921830561274430", "378261904352012", "4175009322867153", "6011540298713362")
EN_I1 = iban_make("IE", "AIBK93115240218763")
EN_I3 = iban_make("IE", "AIBK93384017229045")
assert (EN_I1, EN_I3) == ("IE70AIBK93115240218763", "IE85AIBK93384017229045")
EN_SSN1, EN_SSN2 = "412-68-3097", "529-04-1186"
assert ssn_ok(EN_SSN1) and ssn_ok(EN_SSN2)

EN_P1 = sayv("en", "07941266830", "07941 266 830", ", ", zero="oh", doubles=True)
EN_P1_RB = sayv("en", "07941266830", "07941 266 830", " ", zero="oh")
EN_P2 = sayv("en", "01132490762", "0113 249 0762", ", ", zero="oh")
EN_CARD1 = sayv("en", EN_C1, "4921 8305 6127 4430", ", ", zero="oh")
EN_CARD2 = sayv("en", EN_C2, "3782 619043 52012", ", ", zero="oh")
EN_ID1 = sayv("en", EN_SSN1, "412 68 3097", ", ", zero="oh")

add("en", [
    # A: emergency plumber, London
    ("Good evening, Rapid Flow emergency plumbing, how can I help?", []),
    ("Hi yeah, um, my name's Chinedu Okafor, there's water coming through the kitchen ceiling, I think a pipe's burst upstairs.",
     [("name", "Chinedu Okafor")]),
    ("Okay Chinedu, first thing, can you find the stopcock and turn the water off? It's usually under the kitchen sink.",
     [("name", "Chinedu")]),
    ("Right, so after 8pm the call-out is £145 including the first hour, then £38 for every half hour after that, plus parts.", []),
    ("It's flat 2, 42B Elmore Road, Leytonstone, E11 3JN.",
     [("address", "flat 2, 42B Elmore Road, Leytonstone, E11 3JN")], "And what's the address, please?"),
    (f"Yeah it's {EN_P1}.", [("phone", EN_P1)], "And a mobile number for the engineer?"),
    (f"So that's {EN_P1_RB}?", [("phone", EN_P1_RB)]),
    ("The engineer's on his way, ETA about forty minutes, he's coming from a job in Walthamstow.", []),
    (f"It's a Visa, {EN_CARD1}.", [("card", EN_CARD1)], "I just need to take the call-out fee on a card now."),
    ("That's gone through, your job reference is RF 20931, and you'll get a text when he's ten minutes out.", []),

    # B: boiler cover plan, Leeds
    ("Hearthwise HomeCare, Imran speaking.", [("name", "Imran")]),
    ("hello love it's maggie holroyd here my boilers packed in again and its freezing in this house",
     [("name", "maggie holroyd")]),
    ("Seventeenth of November, nineteen forty-eight.",
     [("date_of_birth", "Seventeenth of November, nineteen forty-eight")],
     "Oh dear. Can I take your date of birth to find the plan?"),
    ("I can see your Gold cover, renewed on the 3rd of January, so you're covered for parts and labour, no excess.", []),
    ("It's a Worcester Bosch Greenstar 30i, about eleven year old, and the pressure's right down, it says half a bar.", []),
    ("The earliest engineer slot is Thursday between 8 and 12, or Friday 12 till 6.", []),
    (f"Best number's the house phone, {EN_P2}.", [("phone", EN_P2)]),
    ("It's m holroyd forty-eight at btinternet dot com, all one word.",
     [("email", "m holroyd forty-eight at btinternet dot com")], "And is there an email for the confirmation?"),
    ("You've had 3 call-outs this plan year and the Gold plan covers unlimited, so that's fine.", []),

    # C: locksmith, Dublin
    ("Hiya, Keyfast Locksmiths, how can I help?", []),
    ("Ah hi, this is Dec, Declan Moran, I'm after locking myself out of the house, the key's snapped in the lock.",
     [("name", "Dec"), ("name", "Declan Moran")]),
    ("Fourteen Sundrive Road, Kimmage, Dublin 12, D12 X6K8.",
     [("address", "Fourteen Sundrive Road, Kimmage, Dublin 12, D12 X6K8")], "No bother. What's the address?"),
    ("It's €90 for a lockout during the day, €140 after six, and if the cylinder needs replacing that's €65 on top.", []),
    ("The lad will need to see some proof you live there when he arrives, a utility bill or your driving licence, grand.", []),
    ("My mobile is 087 623 4419, the phone's nearly dead though.", [("phone", "087 623 4419")]),
    (f"can i pay over the phone its a debit card {grp(EN_C3, [4])}", [("card", grp(EN_C3, [4]))]),
    (f"Actually the €65 for the cylinder, the other lad said you'd refund it, my IBAN is {grp(EN_I3, [4])}.",
     [("iban", grp(EN_I3, [4]))]),

    # D: roofer after a storm, Cork
    ("Hello, Pádraig Kinsella speaking, ye did a job on my roof last October and Storm Agnes took a few slates off it.",
     [("name", "Pádraig Kinsella")]),
    ("Right so, we've had a lot of calls since Tuesday. Is it leaking inside or is it just the slates?", []),
    ("Yeah, it's Cnoc na Gréine, 7 Maglin Grove, Ballincollig, County Cork, P31 E2W9.",
     [("address", "Cnoc na Gréine, 7 Maglin Grove, Ballincollig, County Cork, P31 E2W9")],
     "Can you confirm the address for me?"),
    ("The original job had a ten-year workmanship guarantee, so the slates are covered, it's just the €50 for the scaffold tower.", []),
    (f"Yeah, it's {grp(EN_I1, [4])}.", [("iban", grp(EN_I1, [4]))], "For the deposit refund can you give me your IBAN?"),
    ("Email is paudie, p-a-u-d-i-e, kinsella at eircom dot net.",
     [("email", "paudie, p-a-u-d-i-e, kinsella at eircom dot net")]),

    # E: home warranty claim, Atlanta
    ("Thank you for calling Keystone Home Shield, can I get the contract number?", []),
    ("Yes, it's KHS 7720 4419 0385.", []),
    ("Shanice Williams. My water heater is leaking all over the garage floor.",
     [("name", "Shanice Williams")], "And I'm speaking with?"),
    ("Uh, June 3rd, 1986.", [("date_of_birth", "June 3rd, 1986")],
     "For security, can you verify the date of birth on the account?"),
    ("Thank you Ms. Williams. Your plan has a $100 service fee per claim and covers water heaters up to 75 gallons.",
     [("name", "Williams")]),
    ("The unit's a Rheem, model XE50T10, installed in 2014, so it's like ten years old.", []),
    (f"Okay I'll put the service fee on my Amex, it's {EN_CARD2}.", [("card", EN_CARD2)]),
    ("Yes, 2281 Cascade Road Southwest, Atlanta, Georgia 30311.",
     [("address", "2281 Cascade Road Southwest, Atlanta, Georgia 30311")], "And the property address is still...?"),
    ("A technician from Peachtree Plumbing will call within 48 hours to schedule, usually between 8 a.m. and 5 p.m.", []),
    ("Have them call my cell, four oh four, five five two... no, five eight two, seven one six oh.",
     [("phone", "four oh four, five five two... no, five eight two, seven one six oh")]),

    # F: furnace and AC financing, Long Island
    ("Hi, this is Comfort Crest financing, I'm calling about the credit application for the new furnace and AC.", []),
    ("Yeah, hi, Bob DiNapoli, I mean it's Robert on the paperwork.", [("name", "Bob DiNapoli"), ("name", "Robert")]),
    ("The quote was $14,850 for the Carrier system, 18 months no interest, then 9.99% APR.", []),
    (f"Sure, it's {EN_ID1}.", [("id", EN_ID1)], "I'll need your Social to run it."),
    ("two twelve sixty-three", [("date_of_birth", "two twelve sixty-three")], "And your date of birth, Mr. DiNapoli?"),
    (f"Yeah, my wife, her Social is {EN_SSN2} and she was born 8/30/1965.",
     [("id", EN_SSN2), ("date_of_birth", "8/30/1965")], "Is there a co-applicant on this?"),
    ("Best number to reach me is (631) 447-2089.", [("phone", "(631) 447-2089")]),
    ("You're approved for up to $20,000. Install is booked for Monday the 14th, crew arrives 7:30.", []),

    # G: garage door repair, San Antonio
    ("lone star overhead doors how can i help you", []),
    ("Hi, yes, this is Lupe Martinez, the spring on my garage door snapped and my car's stuck inside.",
     [("name", "Lupe Martinez")]),
    ("It's 9127 Pecan Hollow Drive, San Antonio, 78250.",
     [("address", "9127 Pecan Hollow Drive, San Antonio, 78250")], "What's the address out there?"),
    ("Torsion spring replacement runs $189 for one, $279 for the pair, and we recommend both since they're the same age.", []),
    (f"Let's do both. Card is {grp(EN_C4, [4], '-')}.", [("card", grp(EN_C4, [4], "-"))]),
    ("Send the receipt to lupe.martinez77@outlook.com please.", [("email", "lupe.martinez77@outlook.com")]),
    ("Alright, you're all set, the tech will be there between two and four, and he'll text from 210 area code.", []),
])

# ---- English, part 2 ------------------------------------------------------
# Calls: Brisbane electrician (H), Leicester pest control (I), Riyadh AC
# maintenance in English (J), Dubai annual maintenance contract (K), Cardiff
# drain clearing (L), Ohio roof financing (M), Pennsylvania basement
# waterproofing (N), Arizona repipe (O), Colorado tankless heater (P), Galway
# boiler service plan (Q), Manchester damp survey (R), Galway washer repair (S).
EN_C5 = luhn_complete("531274880916254")
EN_C6 = luhn_complete("465940217738096")
EN_C7 = luhn_complete("401877336520148")
EN_C8 = luhn_complete("222100845519307")
assert (EN_C5, EN_C6, EN_C7, EN_C8) == (
    "5312748809162544", "4659402177380965", "4018773365201486", "2221008455193070")
EN_I2 = iban_make("IE", "BOFI90001763508214")
EN_I4 = iban_make("DE", "500105175407324931")
EN_I5 = iban_make("GB", "BARC20315873019462")
EN_I6 = iban_make("GB", "LOYD30963458112907")
EN_I7 = iban_make("AE", "0350000012894051637")
EN_I8 = iban_make("AE", "0260000248193765201")
assert EN_I2 == "IE44BOFI90001763508214"
EN_IQ = luhn_complete("243160587")
EN_SA = luhn_complete("108452913")
assert saudi_ok(EN_IQ) and saudi_ok(EN_SA) and (EN_IQ, EN_SA) == ("2431605878", "1084529138")
EN_SSN3, EN_SSN4, EN_SSN5, EN_SSN6 = "231-57-8842", "634-19-2258", "347 82 6610", "155-43-9027"
assert all(ssn_ok(x) for x in (EN_SSN3, EN_SSN4, EN_SSN5, EN_SSN6))

EN_P3 = sayv("en", "0412387955", "0412 387 955", ", ", zero="oh", doubles=True)
EN_P4 = sayv("en", "0507712348", "050 771 2348", ", ", zero="oh")
EN_CARD5 = sayv("en", EN_C5, "#53 #12 #74 #88 #09 #16 #25 #44", " ", zero="oh")
EN_CARD7 = sayv("en", EN_C7, "4018 7733 6520 1486", ", ", zero="oh", doubles=True)
EN_CARD8 = sayv("en", EN_C8, "2221 0084 5519 3070", ", ", zero="oh", doubles=True)
EN_ID3 = sayv("en", EN_IQ, "2431 605 878", ", ")
EN_ID4 = sayv("en", EN_SA, "1084 529 138", ", ")
EN_ID5 = sayv("en", EN_SSN4, "634 19 2258", ", ", doubles=True)
EN_ID6 = sayv("en", EN_SSN6, "155 43 9027", ", ", zero="oh")
EN_IB2 = "I E %s, B O F I, %s, %s" % (say("en", "4 4"), say("en", "900017"), say("en", "63508214", zero="oh"))
assert "IE44BOFI" + "900017" + "63508214" == EN_I2

add("en", [
    # H: electrician, Brisbane
    ("G'day, Sparkright Electrical, what's happening?", []),
    ("Oh hi, it's Kylie Tran, um, half the house has got no power and the safety switch keeps tripping.",
     [("name", "Kylie Tran")]),
    ("Okay, have you tried unplugging everything on that circuit? Nine times out of ten it's the fridge or the kettle.", []),
    ("Unit 3, 27 Ashgrove Avenue, Ashgrove, 4060.",
     [("address", "Unit 3, 27 Ashgrove Avenue, Ashgrove, 4060")], "What's the address there?"),
    (f"Best to call me on {EN_P3}.", [("phone", EN_P3)]),
    ("Callout fee's $129, that covers the first 30 minutes, then it's $45 per quarter hour after that.", []),
    (f"yeah mastercard {EN_CARD5}", [("card", EN_CARD5)], "No worries, can I grab a card for the callout?"),
    ("kylie dot tran eighty-eight at bigpond dot com", [("email", "kylie dot tran eighty-eight at bigpond dot com")],
     "And an email for the invoice?"),
    ("He'll be there by half eleven, and if it's the switchboard that's a separate quote, usually around $1,800.", []),

    # I: pest control, Leicester
    ("Midshire Pest Solutions, good morning, you're through to Gemma.", [("name", "Gemma")]),
    ("Good morning, my name is Harpreet Kaur Sandhu, we have rats in the loft, we can hear them scratching at night only.",
     [("name", "Harpreet Kaur Sandhu")]),
    ("A rodent treatment is three visits over about 21 days, £165 in total, and the first visit can be Wednesday the 9th.", []),
    ("Yes, it is 58 Evington Lane, Leicester, LE5 6DH.",
     [("address", "58 Evington Lane, Leicester, LE5 6DH")], "Can I take the address?"),
    ("Email is harpreet dot sandhu seven at hotmail dot co dot uk, seven is the number.",
     [("email", "harpreet dot sandhu seven at hotmail dot co dot uk")]),
    (f"I will pay now itself, card number is {grp(EN_C6, [4])}.", [("card", grp(EN_C6, [4]))]),
    (f"And the £55 for the wasp visit that you cancelled, please refund it to {grp(EN_I6, [4])}.",
     [("iban", grp(EN_I6, [4]))]),
    ("The bait boxes stay for 6 weeks, please keep children and pets away from the loft hatch.", []),

    # J: AC maintenance, Riyadh, in English
    ("Al Nasser Cooling Services, good evening, how may I help you?", []),
    ("Hello sir, I am Mohammed Rafiq, my split AC is not cooling and water is dripping from the indoor unit.",
     [("name", "Mohammed Rafiq")]),
    (f"Iqama is {EN_ID3}.", [("id", EN_ID3)], "Iqama number please, for the registration."),
    ("My mobile is +966 55 321 8447, WhatsApp also same number.", [("phone", "+966 55 321 8447")]),
    ("Al Nakheel district, Imam Saud street, building 14, flat 6, near the Panda supermarket.",
     [("address", "Al Nakheel district, Imam Saud street, building 14, flat 6")], "And location?"),
    ("rafiq.kunjumon@gmail.com, for the invoice.", [("email", "rafiq.kunjumon@gmail.com")]),
    ("Gas refill is 150 riyal, cleaning 80 riyal per unit, technician will come tomorrow after Asr, around 4:30.", []),
    ("Hi, my name is Faisal Al-Otaibi, I need the yearly maintenance contract for 6 units in my villa.",
     [("name", "Faisal Al-Otaibi")]),
    (f"Yes, {EN_ID4}.", [("id", EN_ID4)], "For the contract I need your national ID, please."),
    ("The annual contract for six units is 1,800 riyals, four visits a year, and the first visit is on the 15th of Sha'ban.", []),

    # K: annual maintenance contract, Dubai
    ("Marina Fix, Arjun speaking, how can I help?", [("name", "Arjun")]),
    ("Hi, it's Jo Reyes, I cancelled my annual maintenance contract last month and I'm still waiting on the refund.",
     [("name", "Jo Reyes")]),
    ("I see it, the pro-rata refund is AED 1,312.50 for the remaining 7 months, approved on 28 February.", []),
    (f"It's {grp(EN_I7, [4])}.", [("iban", grp(EN_I7, [4]))], "Can you confirm the IBAN you want it paid to?"),
    (f"Hmm, that one's closed actually, no wait, use the other one, {grp(EN_I8, [4])}.", [("iban", grp(EN_I8, [4]))]),
    (f"And you can reach me on {EN_P4}.", [("phone", EN_P4)]),
    (f"While I have you, can I pay for last week's emergency plumber visit? Visa, {EN_CARD7}.", [("card", EN_CARD7)]),
    ("That was invoice 88317 for AED 420, including the 5% VAT.", []),

    # L: drain clearing, Cardiff
    ("Draincare Cymru, Rhys speaking.", [("name", "Rhys")]),
    ("Alright, it's Gaz Pritchard, the toilet and the shower are both backing up, it's grim mate.",
     [("name", "Gaz Pritchard")]),
    ("I live at 11 Clive Street, Grangetown, Cardiff, CF11 7JF, the one with the blue door.",
     [("address", "11 Clive Street, Grangetown, Cardiff, CF11 7JF")]),
    ("High-pressure jetting is £120, and a CCTV drain survey is another £95 if we need it.", []),
    (f"go on then, it's {EN_CARD8}", [("card", EN_CARD8)]),
    ("gaz underscore pritchard eighty-two at gmail dot com",
     [("email", "gaz underscore pritchard eighty-two at gmail dot com")], "Email for the receipt?"),
    ("Cheers, the van's about an hour out, he's just finishing in Penarth.", []),
])

# ---- English, part 3 ------------------------------------------------------
add("en", [
    # M: roof replacement financing, Ohio
    ("Yeah hi, Dwayne Jackson. Y'all gave me a quote for the roof and I wanted to do the payment plan.",
     [("name", "Dwayne Jackson")]),
    (f"Social's {EN_SSN3}.", [("id", EN_SSN3)],
     "Okay, I'll just need your Social Security number for the soft credit pull."),
    ("Date of birth, April the ninth, seventy-nine.", [("date_of_birth", "April the ninth, seventy-nine")]),
    ("Quote was $11,400 for 28 squares of architectural shingles, and the warranty's 25 years on materials.", []),

    # N: basement waterproofing, Pennsylvania
    ("Hi, I'm Priya Raghunathan, calling about financing for the basement waterproofing, the estimate number is W-55812.",
     [("name", "Priya Raghunathan")]),
    (f"Sure, {EN_ID5}.", [("id", EN_ID5)], "What's your Social Security number?"),
    ("and my date of birth is the 22nd of july 1990", [("date_of_birth", "22nd of july 1990")]),
    ("Cell is 267 381 0942, text is better, I'm in meetings all day.", [("phone", "267 381 0942")]),
    ("The crew needs 3 days, starting October 7th, and the sump pump has a lifetime warranty.", []),

    # O: whole-house repipe, Arizona
    ("Good afternoon, my name is Oluwaseun Adeyemi, I'm calling about the repipe quote for my house in Mesa.",
     [("name", "Oluwaseun Adeyemi")]),
    (f"My social security number is {EN_SSN5}.", [("id", EN_SSN5)]),
    ("I was born on the fifth of January, nineteen seventy-seven.",
     [("date_of_birth", "fifth of January, nineteen seventy-seven")]),
    ("You can email the contract to seun.adeyemi@yahoo.com.", [("email", "seun.adeyemi@yahoo.com")]),
    ("PEX repipe for a 3-bed, 2-bath is $6,900, and the drywall patching is another $1,150.", []),
    ("I called Mr. Pipes last year and they charged me $350 just to come look at it.", []),

    # P: tankless water heater financing, Colorado
    (f"Sure, {EN_ID6}, and birthday is September 28th, 1971.",
     [("id", EN_ID6), ("date_of_birth", "September 28th, 1971")],
     "Okay, I'll need your social and your date of birth."),
    ("The Navien unit is $4,250 installed, and there's a $500 rebate if it's done by December 31st.", []),

    # Q: boiler service plan, Galway
    ("Hello, I want to set up the direct debit for the annual boiler service, the engineer said to ring ye.", []),
    (f"Yeah, it's {EN_IB2}.", [("iban", EN_IB2)], "Grand, what's the IBAN?"),

    # R: damp survey, Manchester
    ("Hi, I'm ringing about the damp survey, your surveyor came on the 12th and said it's rising damp on the back wall.", []),
    (f"I'm not going ahead, so can you refund the £75 deposit, the IBAN is {EN_I5}.", [("iban", EN_I5)]),

    # S: washing machine repair at home, Galway
    ("The engineer never turned up on Saturday, I took the day off for nothing, the booking was for 9 to 1.", []),
    (f"Please refund the €79 to my German account, {grp(EN_I4, [4])}, I don't have an Irish one yet.",
     [("iban", grp(EN_I4, [4]))]),
])

# ---- Arabic, part 1 -------------------------------------------------------
# Calls: Riyadh AC maintenance (Najdi), Jeddah plumber (Egyptian resident),
# Dubai annual maintenance contract (Emirati), Cairo in-home washing-machine
# repair (Egyptian), Amman solar water heater (Jordanian), Casablanca
# electrician (Maghrebi with French).
AR_C1 = luhn_complete("484783120659174")
AR_C3 = luhn_complete("507803914426803")
AR_C4 = luhn_complete("439328710054622")
AR_C5 = luhn_complete("457106309218447")
assert (AR_C1, AR_C3, AR_C4, AR_C5) == (
    "4847831206591742", "5078039144268038", "4393287100546225", "4571063092184471")
AR_I3 = iban_make("AE", "0330000019473628501")
AR_I5 = iban_make("JO", "ARAB1140000000114062815500")
assert (AR_I3, AR_I5) == ("AE910330000019473628501", "JO21ARAB1140000000114062815500")
AR_SA1 = luhn_complete("109573640")
AR_IQ1 = luhn_complete("241876305")
assert (AR_SA1, AR_IQ1) == ("1095736409", "2418763054") and saudi_ok(AR_SA1) and saudi_ok(AR_IQ1)

AR_ID1 = sayv("ar", AR_SA1, "1095 736 409", "، ", d="gulf")
AR_ID2 = sayv("ar", AR_IQ1, "241 876 3054", "، ", d="egy")
AR_P2 = sayv("ar", "0538770194", "#05 #38 #77 #01 #94", "، ", d="egy")
AR_P4 = "زيرو عشرة، " + sayv("ar", "28476319", "2847 6319", "، ", d="egy")
AR_P5 = sayv("ar", "0795418826", "079 541 8826", "، ", d="lev")
AR_P6 = sayv("ar", "0661472893", "#06 #61 #47 #28 #93", "، ", d="magh")

add("ar", [
    # A: AC maintenance, Riyadh
    ("السلام عليكم، شركة الأفق للتكييف والتبريد، معك نورة، كيف أقدر أخدمك؟", [("name", "نورة")]),
    ("وعليكم السلام، معك عبدالرحمن الشهري، المكيف السبليت اللي في غرفة النوم ما يبرد أبد ويطلع ماي",
     [("name", "عبدالرحمن الشهري")]),
    ("أبشر يا أستاذ عبدالرحمن، نحتاج رقم الهوية عشان نسجل الطلب في النظام", [("name", "عبدالرحمن")]),
    (f"الهوية {AR_ID1}", [("id", AR_ID1)]),
    ("خمستعشر رجب، ألف وأربعمية وخمسة", [("date_of_birth", "خمستعشر رجب، ألف وأربعمية وخمسة")],
     "وتاريخ الميلاد بالهجري لو سمحت؟"),
    ("الكشف بمية ريال، وإذا يحتاج تعبئة فريون بمية وثمانين، والفني يوصلك بكرة بعد العصر", []),
    ("حي النرجس، شارع عثمان بن عفان، فيلا ١٢، جنب جامع الراجحي",
     [("address", "حي النرجس، شارع عثمان بن عفان، فيلا ١٢")], "وين الموقع بالضبط؟"),
    ("جوالي 0552187304 وعليه واتساب", [("phone", "0552187304")]),
    (f"بدفع بمدى، الرقم {to_ar(grp(AR_C1, [4]))}", [("card", to_ar(grp(AR_C1, [4])))]),
    ("تم الدفع، رقم الطلب ٧٧٢٠٤ وبتوصلك رسالة فيها موعد الزيارة وبيانات الفني", []),

    # B: plumber, Jeddah (Egyptian caller, Saudi agent)
    ("مؤسسة الصفا للسباكة والصيانة، تفضل", []),
    ("أيوه يا فندم، أنا اسمي محمود عبد العزيز، عندي تسريب مية تحت حوض المطبخ والمية نازلة على الجيران",
     [("name", "محمود عبد العزيز")]),
    (f"رقم الإقامة {AR_ID2}", [("id", AR_ID2)], "طيب عطني رقم الإقامة لو سمحت"),
    ("مواليد ١٢/٠٣/١٩٨٥", [("date_of_birth", "١٢/٠٣/١٩٨٥")], "وتاريخ ميلادك؟"),
    ("جدة، حي الصفا، شارع الأمير متعب، عمارة ٣٠، الدور التالت، شقة ٧",
     [("address", "جدة، حي الصفا، شارع الأمير متعب، عمارة ٣٠، الدور التالت، شقة ٧")], "والعنوان؟"),
    ("السباك بيوصل خلال ساعتين، ورسوم الزيارة الطارئة ١٥٠ ريال غير قطع الغيار", []),
    (f"رقمي {AR_P2}", [("phone", AR_P2)]),
    ("لو محتاج تغيير المحبس كله بيكون ٣٥٠ ريال مع ضمان ستة شهور", []),

    # C: annual maintenance contract, Dubai
    ("مرحبا، أنا ريم المزروعي، عندي عقد صيانة سنوي عندكم وبغيت ألغيه وأسترجع الباقي",
     [("name", "ريم المزروعي")]),
    ("تمام مدام ريم، العقد بدا في ١ مارس ٢٠٢٤ وقيمته ٢٤٠٠ درهم، والمبلغ المسترد ١٤٠٠ درهم",
     [("name", "ريم")]),
    ("تاريخ ميلادي تسعة أكتوبر ألفين واثنين وتسعين، لا سوري، ألف وتسعمية واثنين وتسعين",
     [("date_of_birth", "تسعة أكتوبر ألفين واثنين وتسعين، لا سوري، ألف وتسعمية واثنين وتسعين")],
     "للتحقق، ممكن تاريخ الميلاد المسجل في العقد؟"),
    (f"الآيبان مالي {grp(AR_I3, [4])}", [("iban", grp(AR_I3, [4]))], "عطيني رقم الآيبان لو سمحتي"),
    ("وتقدرون تتواصلون معاي على ٠٥٥ ٣١٨ ٦٦٢٠", [("phone", "٠٥٥ ٣١٨ ٦٦٢٠")]),
    ("الفني ياي يوم الخميس بين الساعة ٩ و١٢ عشان يسوي آخر زيارة ويشيك على السخان", []),

    # D: in-home washing machine repair, Cairo
    ("مركز النور لصيانة الغسالات، معاكي كريم، أقدر أساعد حضرتك إزاي؟", [("name", "كريم")]),
    ("أيوه، أنا اسمي منى السيد، الغسالة الفول أوتوماتيك بتاعتي مش بتعصر وبتطلع صوت عالي أوي",
     [("name", "منى السيد")]),
    ("الزيارة في البيت بـ ٢٥٠ جنيه، ولو في قطعة غيار بتتحسب لوحدها، والضمان تلات شهور", []),
    ("١٤ شارع عباس العقاد، مدينة نصر، الدور الخامس، شقة ١٨",
     [("address", "١٤ شارع عباس العقاد، مدينة نصر، الدور الخامس، شقة ١٨")], "العنوان يا فندم؟"),
    (f"رقم موبايلي {AR_P4}", [("phone", AR_P4)]),
    (f"هدفع بكارت ميزة، الرقم {grp(AR_C3, [4])}", [("card", grp(AR_C3, [4]))]),
    ("والإيميل mona.elsayed91@gmail.com عشان الفاتورة", [("email", "mona.elsayed91@gmail.com")]),
    ("الفني هيجيلك بكرة الساعة ١١ الصبح، ورقم الشكوى ٣٠٩١٧٧٤ لو حبيتي تتابعي", []),

    # E: solar water heater, Amman
    ("مرحبا، معك رامي حداد، السخان الشمسي عندي عالسطح عم بنقط مي من تحت الخزان", [("name", "رامي حداد")]),
    ("أهلين أستاذ رامي، الكشف عنا بخمستعشر دينار، وإذا بدها تبديل الخزان الداخلي بتوصل لـ ١٢٠ دينار",
     [("name", "رامي")]),
    ("جبل عمان، الدوار التالت، شارع الأمير محمد، عمارة ٢٤، الطابق الرابع",
     [("address", "جبل عمان، الدوار التالت، شارع الأمير محمد، عمارة ٢٤، الطابق الرابع")], "وين البيت بالزبط؟"),
    (f"رقمي {AR_P5}", [("phone", AR_P5)]),
    ("السخان نوعه أريستون ٢٠٠ لتر، ركبناه سنة ٢٠١٩، والكفالة كانت خمس سنين", []),
    (f"آه، الآيبان {AR_I5}", [("iban", AR_I5)], "والعربون اللي دفعته بدك نرجعلك ياه عالحساب؟"),
    (f"بدفع الكشف هلأ بالفيزا، {to_ar(grp(AR_C4, [4]))}", [("card", to_ar(grp(AR_C4, [4])))]),

    # F: electrician, Casablanca
    ("ألو، سلام، أنا فاطمة الزهراء بنعلي، عندي مشكل فالتريسيتي، الديسجونكتور كيطيح كل مرة",
     [("name", "فاطمة الزهراء بنعلي")]),
    ("مرحبا لالة فاطمة، واش الضو مقطوع فالدار كاملة ولا غير فشي بيت؟", [("name", "فاطمة")]),
    ("زنقة ابن منير، رقم ١٧، الطابق التاني، المعاريف، الدار البيضاء",
     [("address", "زنقة ابن منير، رقم ١٧، الطابق التاني، المعاريف، الدار البيضاء")], "عطيني العنوان عافاك"),
    (f"النمرة ديالي {AR_P6}", [("phone", AR_P6)]),
    ("الإيميل ديالي fz.benali@gmail.com", [("email", "fz.benali@gmail.com")]),
    ("الديبلاصمون بمية وخمسين درهم، والتريسيان يقدر يجي غدا مع العشرة ديال الصباح", []),
    (f"نخلص بالكارط، {grp(AR_C5, [4])}", [("card", grp(AR_C5, [4]))]),
])

# ---- Arabic, part 2 -------------------------------------------------------
# Calls: Kuwait pest control (Kuwaiti), Riyadh roof waterproofing with
# instalments (Saudi caller, formal agent), Nazareth water-heater electrician
# (Arab citizen of Israel), Doha locksmith (Qatari).
AR_C2 = luhn_complete("520473168892015")
AR_C6 = luhn_complete("37146082193370")
AR_C7 = luhn_complete("540699152273480")
AR_C8 = luhn_complete("458022196634071")
assert (AR_C2, AR_C6, AR_C7, AR_C8) == (
    "5204731688920159", "371460821933709", "5406991522734804", "4580221966340715")
AR_I1 = iban_make("SA", "10000027914900008103")
AR_I6 = iban_make("QA", "QNBA000000000792315840011")
AR_I7 = iban_make("KW", "NBOK0000000000001001387261")
AR_I8 = iban_make("IL", "0126130000004817253")
assert (AR_I1, AR_I8) == ("SA1810000027914900008103", "IL300126130000004817253")
AR_SA2 = luhn_complete("112048736")
AR_TZ1 = tz_complete("20561839")
assert (AR_SA2, AR_TZ1) == ("1120487366", "205618390") and tz_ok(AR_TZ1)

AR_P7 = sayv("ar", "97652310", "#97 #65 #23 #10", "، ", d="gulf")
AR_P9 = sayv("ar", "55814406", "5581 4406", "، ", d="gulf")
AR_CARD2 = sayv("ar", AR_C2, "5204 7316 8892 0159", "، ", d="gulf")
AR_ID4 = sayv("ar", AR_TZ1, "205 618 390", "، ", d="lev")
AR_CARD6 = to_ar("%s %s %s" % (AR_C6[:4], AR_C6[4:10], AR_C6[10:]))

add("ar", [
    # G: pest control, Kuwait
    ("شركة الدرع للمكافحة، مساء الخير", []),
    ("مساء النور، معاك أبو فهد، جاسم العنزي، عندنا صراصير بالمطبخ وبعد شفنا نمل أبيض عند باب الحديقة",
     [("name", "أبو فهد"), ("name", "جاسم العنزي")]),
    ("رشة الصراصير بخمسة وثلاثين دينار، والنمل الأبيض يبيله كشف أول، والضمان ست شهور", []),
    ("منطقة السلام، قطعة ٤، شارع ١٢، جادة ٣، منزل ٢٢",
     [("address", "منطقة السلام، قطعة ٤، شارع ١٢، جادة ٣، منزل ٢٢")], "زين، عطني العنوان"),
    (f"رقمي {AR_P7}", [("phone", AR_P7)]),
    (f"بطاقة، {to_ar(grp(AR_C7, [4]))}", [("card", to_ar(grp(AR_C7, [4])))], "الدفع كي نت ولا بطاقة؟"),
    (f"ولو في استرجاع حطوه على الآيبان {grp(AR_I7, [4])}", [("iban", grp(AR_I7, [4]))]),
    ("ارسلوا الفاتورة على jassim_q8@hotmail.com", [("email", "jassim_q8@hotmail.com")]),
    ("الفريق يوصلكم السبت الساعة ثمان الصبح، ولازم تطلعون من البيت أربع ساعات بعد الرش", []),

    # H: roof waterproofing, Riyadh
    ("السلام عليكم، أنا سلطان القحطاني، أبي عرض سعر لعزل السطح قبل موسم الأمطار",
     [("name", "سلطان القحطاني")]),
    ("العزل المائي بالرولات بخمسة وثلاثين ريال للمتر، ومساحة سطحك تقريباً ٢٢٠ متر، والضمان عشر سنوات", []),
    ("يمديك تقسطها على أربع دفعات، بس نحتاج رقم الهوية وتاريخ الميلاد لمنصة التقسيط", []),
    (f"الهوية {AR_SA2}", [("id", AR_SA2)]),
    ("وتاريخ الميلاد ١٤٠٨/٠٧/٢٢ هجري", [("date_of_birth", "١٤٠٨/٠٧/٢٢")]),
    ("وجوالي +966 50 641 2297", [("phone", "+966 50 641 2297")]),
    ("ايميلي sultan.q88 ات اوتلوك دوت كوم", [("email", "sultan.q88 ات اوتلوك دوت كوم")]),
    (f"والدفعة الأولى بالبطاقة، {AR_CARD2}", [("card", AR_CARD2)]),
    (f"والاسترداد إن وجد على الآيبان {grp(AR_I1, [4])}", [("iban", grp(AR_I1, [4]))]),

    # I: water heater / electrician, Nazareth
    ("مرحبا، معك سماح خوري من الناصرة، الدود عنا بطّل يسخن والعداد بنط كل ما نشغله",
     [("name", "سماح خوري")]),
    ("أهلا سماح، عشان نفتح طلب بدي رقم الهوية", [("name", "سماح")]),
    (f"اه، {AR_ID4}", [("id", AR_ID4)]),
    ("تاريخ الميلاد 23.04.1978", [("date_of_birth", "23.04.1978")]),
    ("الناصرة، حي الصفافرة، شارع ٦٠٣٤، بيت رقم ٧",
     [("address", "الناصرة، حي الصفافرة، شارع ٦٠٣٤، بيت رقم ٧")], "والعنوان؟"),
    ("جوالي 052-738-4416", [("phone", "052-738-4416")]),
    ("الزيارة ب ٢٥٠ شيكل، والكفالة على العنصر الجديد سنة، والفني بوصل يوم الأربعا بين ٨ و١٢", []),
    (f"بدفع بالفيزا، {grp(AR_C8, [4])}", [("card", grp(AR_C8, [4]))]),
    (f"بس إذا في ترجيع، الحساب {grp(AR_I8, [4])}", [("iban", grp(AR_I8, [4]))]),
    ("وبعتولي الفاتورة عالإيميل samah.khoury@walla.co.il", [("email", "samah.khoury@walla.co.il")]),

    # J: locksmith, Doha
    ("السلام عليكم، اسمي خالد المري، انقفل علي باب البيت والمفتاح داخل", [("name", "خالد المري")]),
    ("فتح الباب بدون كسر بمية وخمسين ريال، وإذا بنبدل السلندر زيادة تسعين", []),
    ("منطقة ٦١، الدفنة، شارع ٨٢٠، مبنى ١٥، شقة ٤٠٢",
     [("address", "منطقة ٦١، الدفنة، شارع ٨٢٠، مبنى ١٥، شقة ٤٠٢")], "وين موقعك؟"),
    (f"رقمي {AR_P9}", [("phone", AR_P9)]),
    (f"أمريكان إكسبريس، {AR_CARD6}", [("card", AR_CARD6)]),
    ("الفني بيوصلك خلال نص ساعة، وبيطلب منك إثبات سكن، البطاقة أو عقد الكهرباء", []),
    (f"قبل فترة دفعت عربون تركيب قفل ذكي وانلغى، حولوه على {grp(AR_I6, [4])}", [("iban", grp(AR_I6, [4]))]),
    ("ارسلوا الإيصال على ايميلي k almarri ات جي ميل دوت كوم", [("email", "k almarri ات جي ميل دوت كوم")]),
])

# ---- Arabic, part 3 -------------------------------------------------------
# Calls: Saudi home-services app warranty plan (formal agent), Cairo gas leak
# repair (older Egyptian caller), Amman shutters repair, Riyadh bed-bug
# treatment (Yemeni resident), Umm al-Fahm plumber, Dammam electrician
# (Sudanese resident), plus short questions from callers of several lines.
AR_I2 = iban_make("SA", "45000000188362004719")
AR_I4 = iban_make("EG", "0002012500000912748302561")
assert (AR_I2, AR_I4) == ("SA9345000000188362004719", "EG960002012500000912748302561")
AR_SA3 = luhn_complete("103396158")
AR_IQ2 = luhn_complete("250913472")
AR_IQ3 = luhn_complete("238450619")
AR_TZ2 = tz_complete("03284517")
assert (AR_SA3, AR_IQ2, AR_IQ3, AR_TZ2) == ("1033961580", "2509134728", "2384506198", "032845174")
AR_ID5 = sayv("ar", AR_SA3, "1033 961 580", "، ", d="msa")
AR_ID6 = sayv("ar", AR_IQ2, "2509 134 728", "، ", d="gulf")

add("ar", [
    # K: home-services app, warranty plan
    ("شكراً لاتصالك بتطبيق منزلك للخدمات المنزلية، معك هند، كيف أقدر أساعدك؟", [("name", "هند")]),
    ("أهلين، أنا يوسف الحربي، مشترك في باقة الضمان المنزلي الذهبية وأبي أضيف السخان والغسالة",
     [("name", "يوسف الحربي")]),
    (f"تفضلي، {AR_ID5}", [("id", AR_ID5)], "للتحقق من هويتك، رقم الهوية الوطنية لو سمحت"),
    ("ثلاث وعشرين ستة، تسعة وثمانين", [("date_of_birth", "ثلاث وعشرين ستة، تسعة وثمانين")], "وتاريخ الميلاد؟"),
    ("الإيميل المسجل yousef.alharbi@icloud.com", [("email", "yousef.alharbi@icloud.com")]),
    ("الباقة الذهبية بـ ٨٩٩ ريال سنوياً وتغطي ٦ أجهزة، وإضافة جهاز زيادة بـ ٧٥ ريال", []),
    ("التجديد يكون تلقائي في ١ محرم، وتقدر تلغي قبلها بـ ١٤ يوم بدون رسوم", []),
    (f"ولو ألغيت، حطوا المبلغ على الآيبان {grp(AR_I2, [4])}", [("iban", grp(AR_I2, [4]))]),
    ("طلبت فني سباكة من التطبيق يوم ٣ رمضان وانخصم من البطاقة ٢٣٠ ريال مرتين", []),

    # L: gas leak in the kitchen, Cairo
    ("ألو، أيوه يا ابني، أنا الحاج سيد عبد الفتاح، في ريحة غاز في المطبخ من ناحية البوتاجاز",
     [("name", "سيد عبد الفتاح")]),
    ("اقفل محبس الغاز الرئيسي وافتح الشبابيك ومتولعش أي نور لحد ما الفني يوصل يا حاج", []),
    ("مواليد خمسة مايو سنة تمانية وخمسين", [("date_of_birth", "خمسة مايو سنة تمانية وخمسين")],
     "عشان خصم كبار السن محتاجين تاريخ الميلاد يا حاج"),
    ("تغيير خرطوم الغاز والمحبس بـ ٤٥٠ جنيه، والفني وصل في ٢٥ دقيقة الحمد لله", []),
    (f"ابني بيقول الفلوس الزيادة ترجع على الحساب ده {grp(AR_I4, [4])}", [("iban", grp(AR_I4, [4]))]),
    ("والإيميل sayed.abdelfattah58@yahoo.com", [("email", "sayed.abdelfattah58@yahoo.com")]),
    ("السباك اللي بعتوه كان شاطر جدا الصراحة، اديله خمس نجوم", []),

    # M: electric shutters, Amman
    ("مرحبا، معك أم يزن، الأباجور الكهربا عالشباك الكبير علق نصه فوق ونصه تحت", [("name", "أم يزن")]),
    ("الموتور الجديد بـ ٨٥ دينار، والتركيب ٢٠، والفني فاضي يوم الاتنين الجاي", []),
    ("الأباجور من شركة النجمة للألمنيوم، ركبوه من سبع سنين", []),
    ("دفعت ٢٠ دينار عربون يوم ١٢ آب، والفني لليوم ما إجا", []),

    # N: bed-bug treatment, Riyadh
    ("السلام عليكم، معكم عبدالله باوزير، أبغى رش للبق في الشقة، تعبنا منه", [("name", "عبدالله باوزير")]),
    (f"الإقامة {AR_ID6}", [("id", AR_ID6)], "رقم الإقامة لو سمحت عشان العقد"),
    ("تاريخ الميلاد ١٩٩١/١١/٠٤", [("date_of_birth", "١٩٩١/١١/٠٤")]),
    ("الرياض، حي السويدي، شارع ابن الجزري، عمارة الراشد، شقة ٩",
     [("address", "الرياض، حي السويدي، شارع ابن الجزري، عمارة الراشد، شقة ٩")], "وين العنوان؟"),
    ("رش البق مرتين بينهم أسبوعين، السعر ٣٥٠ ريال للشقة ثلاث غرف", []),

    # O: plumber, Umm al-Fahm
    (f"هويتي {AR_TZ2}", [("id", AR_TZ2)], "يعطيك العافية، بدي رقم هويتك عشان الفاتورة"),
    ("المواسير عندكم قديمة، تبديل خط المي للحمام بكلف حوالي ١٨٠٠ شيكل مع الشغل", []),

    # P: electrician, Dammam
    (f"رقم إقامتي {AR_IQ3}، وأنا ساكن في الدمام", [("id", AR_IQ3)]),
    ("الكهربائي قال إن اللوحة قديمة وتحتاج تبديل كامل، التكلفة تقريباً ٣٢٠٠ ريال", []),

    # short lines from other callers and agents
    ("كم سعر تنظيف المكيف الشباك؟ عندي ثلاث مكيفات جري ١٨ ألف وحدة", []),
    ("الموعد المتاح الأحد ١٤ الشهر من الساعة ٤ لين ٨ المسا", []),
    ("اتصلت عليكم أمس الساعة عشرة ونص وقالوا لي الفني بيجي خلال ٤٨ ساعة وما جا أحد", []),
    ("شركة أبو علي للسباكة هي اللي ركبت المواسير، بس المحل سكر من زمان", []),
    ("السخان اللي عندي نوعه أتلانتيك ٨٠ لتر، عمره تقريباً ست سنين", []),
    ("الضمان على الكمبروسر خمس سنين، وعلى باقي القطع سنتين من تاريخ التركيب ١٠/٠٢/٢٠٢٣", []),
    ("رقم البلاغ 4471093، احتفظ فيه لو احتجت تتابع معنا", []),
    ("بنشتغل من السبت للخميس، من ٨ الصبح لـ ١٠ بالليل، والجمعة طوارئ بس", []),
    ("قبل ثلاث أسابيع غيرتوا لي المضخة بـ ٦٥٠ درهم، والحين رجعت تسوي نفس الصوت", []),
    ("البلومبي قال ليا خاصني نبدل الشوفو، شحال غادي يكلفني تقريبا؟", []),
    ("الشقة في الدور العاشر والأسانسير عطلان، فالفني هيطلع على رجليه", []),
])

# ---- Hebrew, part 1 -------------------------------------------------------
# Calls: Tel Aviv emergency plumber (native speakers), Jerusalem locksmith
# (Ethiopian-Israeli caller), Haifa electrician (Russian-speaking immigrant),
# Beersheba AC technician (Arab citizen), Netanya solar water heater (French
# immigrant), Ra'anana pest control (Anglo immigrant).
HE_C1 = luhn_complete("458003712948561")
HE_C2 = luhn_complete("3614205837441")
HE_C3 = luhn_complete("37551829406731")
assert (HE_C1, HE_C2, HE_C3) == ("4580037129485613", "36142058374412", "375518294067317")
HE_I1 = iban_make("FR", "30003036200002021875641")
HE_I2 = iban_make("GB", "HBUK40121762845093")
assert (HE_I1, HE_I2) == ("FR2730003036200002021875641", "GB75HBUK40121762845093")
HE_TZ1 = tz_complete("05928413")
HE_TZ2 = tz_complete("31748260")
assert (HE_TZ1, HE_TZ2) == ("059284133", "317482602")

HE_P1 = sayv("he", "0546213708", "054 621 3708", ", ")
HE_P3 = "אפס חמש שתיים, שבע... לא, סליחה, " + sayv("he", "0537194426", "053 719 4426", ", ")
HE_ID1 = sayv("he", HE_TZ1, "059 284 133", ", ")
HE_CARD2 = "%s %s %s" % (HE_C2[:4], HE_C2[4:10], HE_C2[10:])
HE_CARD3 = "%s %s %s" % (HE_C3[:4], HE_C3[4:10], HE_C3[10:])

add("he", [
    # A: emergency plumber, Tel Aviv
    ("אינסטלציה עד הבית, שלום, מדברת שרון, במה אפשר לעזור?", [("name", "שרון")]),
    ("היי, שלום, אממ, קוראים לי אורית לוי, יש לי פיצוץ בצינור באמבטיה והמים פשוט יוצאים מהקיר",
     [("name", "אורית לוי")]),
    ("אורית, קודם כל תסגרי את הברז הראשי, הוא בדרך כלל ליד שעון המים בחדר המדרגות", [("name", "אורית")]),
    ("קריאת חירום בלילה זה 450 שקל כולל מע\"מ, וכל חצי שעה נוספת 180", []),
    ("רחוב פלורנטין 27, דירה 9, קומה שלישית, תל אביב",
     [("address", "רחוב פלורנטין 27, דירה 9, קומה שלישית, תל אביב")], "מה הכתובת?"),
    (f"הנייד שלי {HE_P1}", [("phone", HE_P1)]),
    (f"ויזה, {grp(HE_C1, [4])}", [("card", grp(HE_C1, [4]))], "אני צריכה כרטיס אשראי לדמי הקריאה"),
    ("הטכנאי בדרך, הוא יגיע תוך כשעה, מספר הקריאה שלך 118273", []),

    # B: locksmith, Jerusalem
    ("שלום, שמי טגיסט מקונן, ננעלתי מחוץ לבית והתינוקת בפנים, בבקשה מהר", [("name", "טגיסט מקונן")]),
    ("טגיסט, אני שולח מנעולן עכשיו, הוא יבקש לראות תעודה עם הכתובת, זה חובה אצלנו", [("name", "טגיסט")]),
    (f"תעודת זהות {HE_ID1}", [("id", HE_ID1)], "תגידי לי בינתיים מספר תעודת זהות"),
    ("רחוב הרב קוק 14, כניסה ב', קריית מנחם, ירושלים",
     [("address", "רחוב הרב קוק 14, כניסה ב', קריית מנחם, ירושלים")], "לאיזו כתובת?"),
    ("פתיחת דלת בלי פריצה זה 350 שקל, ואם צריך להחליף צילינדר זה עוד 220", []),
    ("הטלפון שלי 058-412-7730, אבל הסוללה כמעט נגמרת", [("phone", "058-412-7730")]),

    # C: electrician, Haifa
    ("אלו, זה חשמלאי? מדבר וובה, ולדימיר קוזלוב, אצלי כל הזמן קופץ פחת", [("name", "וובה"), ("name", "ולדימיר קוזלוב")]),
    ("זה יכול להיות המזגן או הדוד, תנתק אותם ותגיד לי אם זה עדיין קופץ", []),
    ("שדרות מוריה 112, דירה 4, חיפה", [("address", "שדרות מוריה 112, דירה 4, חיפה")], "מה הכתובת שלך?"),
    ("שמונה עשר בינואר, אלף תשע מאות חמישים ושתיים",
     [("date_of_birth", "שמונה עשר בינואר, אלף תשע מאות חמישים ושתיים")],
     "יש לנו הנחה לאזרחים ותיקים, מה תאריך הלידה?"),
    (f"ת\"ז שלי {HE_TZ2}", [("id", HE_TZ2)]),
    ("הביקור 280 שקל, ואם צריך להחליף את הפחת עצמו זה עוד 190 עם החלק", []),
    ("תשלחו חשבונית למייל vova.kozlov@mail.ru", [("email", "vova.kozlov@mail.ru")]),

    # D: AC technician, Beersheba
    ("שלום, אני סאמר חורי, המזגן בסלון מטפטף מים ולא מקרר בכלל, זה מזגן אלקטרה", [("name", "סאמר חורי")]),
    ("אוקיי סאמר, יש לך אחריות? באיזו שנה קנית?", [("name", "סאמר")]),
    ("קניתי אותו ב-2021, האחריות הייתה לשלוש שנים, אז נגמרה בנובמבר", []),
    (f"כן, {HE_P3}", [("phone", HE_P3)], "מספר טלפון לטכנאי?"),
    ("באר שבע, רחוב יצחק רגר 58, דירה 21",
     [("address", "באר שבע, רחוב יצחק רגר 58, דירה 21")], "לאן לשלוח טכנאי?"),
    ("מילוי גז זה 350, ניקוי פילטרים 150, והטכנאי יכול להגיע ביום חמישי בין 12 ל-4", []),
    (f"דיינרס, {HE_CARD2}", [("card", HE_CARD2)]),

    # E: solar water heater, Netanya
    ("בונז'ור, אה, שלום, שמי ז'רמי בן חמו, הדוד שמש שלי לא מחמם, יש רק מים קרים", [("name", "ז'רמי בן חמו")]),
    ("דוד של 150 ליטר עם התקנה זה 2,900 שקל, וגוף חימום חדש 380", []),
    ("רחוב גד מכנס 8, דירה 33, נתניה", [("address", "רחוב גד מכנס 8, דירה 33, נתניה")], "כתובת להתקנה?"),
    (f"אפשר להחזיר לי את המקדמה לחשבון בצרפת? ה-IBAN זה {grp(HE_I1, [4])}", [("iban", grp(HE_I1, [4]))]),
    ("המייל שלי jeremy.benhamou שטרודל orange נקודה fr", [("email", "jeremy.benhamou שטרודל orange נקודה fr")]),

    # F: pest control, Ra'anana
    ("הדברה ירוקה שלום, מדברת מיכל", [("name", "מיכל")]),
    ("היי, מדבר ג'וש רוזנברג, יש לנו, אה, termites? טרמיטים, בפרקט בסלון", [("name", "ג'וש רוזנברג")]),
    ("טיפול בטרמיטים זה 1,200 שקל עם אחריות לשנתיים, ונצטרך שתי ביקורות מעקב", []),
    ("רחוב אחוזה 145, דירה 6, רעננה", [("address", "רחוב אחוזה 145, דירה 6, רעננה")], "מה הכתובת?"),
    (f"אמריקן אקספרס, {HE_CARD3}", [("card", HE_CARD3)]),
    (f"ואת ההחזר על הביקור שבוטל תחזירו לחשבון שלי באנגליה, {grp(HE_I2, [4])}", [("iban", grp(HE_I2, [4]))]),
    ("המייל זה josh dot rosenberg at gmail dot com", [("email", "josh dot rosenberg at gmail dot com")]),
])

# ---- Hebrew, part 2 -------------------------------------------------------
# Calls: Petah Tikva roof waterproofing (older native speaker), Rishon
# electric shutters (Russian-speaking immigrant), Holon in-home washing
# machine repair, home warranty plan cancellation.
HE_C4 = luhn_complete("532610478823956")
HE_C5 = luhn_complete("458017264930185")
assert (HE_C4, HE_C5) == ("5326104788239560", "4580172649301857")
HE_I3 = iban_make("IL", "0108020000002947153")
HE_I4 = iban_make("IL", "0125310000000418266")
HE_I5 = iban_make("IL", "0204570000000193758")
assert (HE_I3, HE_I4, HE_I5) == ("IL970108020000002947153", "IL950125310000000418266", "IL780204570000000193758")
HE_TZ3 = tz_complete("33618204")
HE_TZ4 = tz_complete("30594127")
HE_TZ5 = tz_complete("02751638")
assert (HE_TZ3, HE_TZ4, HE_TZ5) == ("336182043", "305941270", "027516384")

HE_ID3 = sayv("he", HE_TZ3, "336 182 043", ", ", gen="m")
HE_ID5 = sayv("he", HE_TZ5, "027 516 384", ", ")
HE_P6 = sayv("he", "0503847261", "#050 384 #72 #61", ", ")

add("he", [
    # G: roof waterproofing, Petah Tikva
    ("שלום, זה איטום הגגות? כאן יוסי מזרחי, לפני החורף אני רוצה לאטום את הגג, בשנה שעברה נזל לי לסלון",
     [("name", "יוסי מזרחי")]),
    ("בשמחה יוסי, זה גג של בית פרטי או בניין משותף?", [("name", "יוסי")]),
    ("איטום ביריעות ביטומניות זה בערך 95 שקל למטר, ויש לך בערך 120 מטר, אז תעשה חשבון", []),
    ("רחוב ז'בוטינסקי 61, פתח תקווה, זה הבית הפרטי מאחורי הבניין",
     [("address", "רחוב ז'בוטינסקי 61, פתח תקווה")], "איפה הבית?"),
    (f"{HE_ID3}", [("id", HE_ID3)], "מספר תעודת זהות בשביל ההצעה?"),
    ("עשרים ושבעה באוגוסט, חמישים ותשע", [("date_of_birth", "עשרים ושבעה באוגוסט, חמישים ותשע")], "ותאריך לידה?"),
    ("הטלפון בבית 03-9312458, אני תמיד בבית בבוקר", [("phone", "03-9312458")]),
    (f"ועל הביטול מהשנה שעברה עוד לא קיבלתי החזר, תעבירו ל-{grp(HE_I3, [4])}", [("iban", grp(HE_I3, [4]))]),
    ("העבודה לוקחת יומיים, אפשר להתחיל ב-15 בספטמבר אם לא יורד גשם, והאחריות עשר שנים", []),

    # H: electric shutters, Rishon LeZion
    ("שלום, אני סבטלנה גורביץ', אפשר סבטה, התריס החשמלי בחדר שינה נתקע באמצע",
     [("name", "סבטלנה גורביץ'"), ("name", "סבטה")]),
    ("מנוע חדש לתריס זה 650 שקל כולל התקנה, ושלט עוד 90", []),
    ("רחוב הרצל 102, קומה 7, דירה 28, ראשון לציון",
     [("address", "רחוב הרצל 102, קומה 7, דירה 28, ראשון לציון")], "כתובת?"),
    ("נייד 052 619 0837", [("phone", "052 619 0837")]),
    (f"מאסטרקארד, {grp(HE_C4, [4])}", [("card", grp(HE_C4, [4]))]),
    ("3 במרץ 1964", [("date_of_birth", "3 במרץ 1964")], "לפתיחת כרטיס לקוח אני צריך גם תאריך לידה"),
    (f"ת.ז. {HE_TZ4}", [("id", HE_TZ4)]),
    ("הטכנאי יכול ביום ראשון בין 8 ל-11 או ביום שלישי אחרי הצהריים", []),

    # I: washing machine repair at home, Holon
    ("שירות טכנאים, שמי אלון, מה שלומך?", [("name", "אלון")]),
    ("היי, מורן אזולאי מדברת, מכונת הכביסה, בוש, לא מסחררת ומראה שגיאה E18", [("name", "מורן אזולאי")]),
    ("E18 זה בדרך כלל משאבה סתומה, ביקור טכנאי 250 שקל ואם צריך משאבה חדשה עוד 320", []),
    ("סוקולוב 44, דירה 12, חולון", [("address", "סוקולוב 44, דירה 12, חולון")], "לאן מגיעים?"),
    (f"{HE_P6}", [("phone", HE_P6)], "מספר טלפון שהטכנאי יתקשר לפני?"),
    ("המייל moran.azulay@walla.com, בלי נקודה בין השם לשם משפחה, סליחה, עם נקודה",
     [("email", "moran.azulay@walla.com")]),
    (f"אם אתם מחזירים את ההפרש, זה {grp(HE_I4, [4])}", [("iban", grp(HE_I4, [4]))]),
    (f"ויזה {grp(HE_C5, [4])}", [("card", grp(HE_C5, [4]))]),

    # J: home warranty plan
    ("מגן הבית שלום, מדבר אביב, עם מי אני מדבר?", [("name", "אביב")]),
    ("שמי רחל פרידמן, יש לי מנוי אצלכם לתוכנית אחריות לבית ואני רוצה לבטל", [("name", "רחל פרידמן")]),
    (f"{HE_ID5}", [("id", HE_ID5)], "בשביל זיהוי, תעודת זהות?"),
    ("אחת עשרה בשתיים, שמונים ושש", [("date_of_birth", "אחת עשרה בשתיים, שמונים ושש")], "ותאריך לידה?"),
    ("תודה גברת פרידמן, המנוי התחיל ב-1 ביוני 2023 ועולה 79 שקל בחודש", [("name", "פרידמן")]),
    ("דמי ביטול זה חודש אחד, כלומר 79 שקל, וזה יחויב ב-10 לחודש הבא", []),
    (f"את ההחזר על החודש שחויב כפול תעבירו ל-{grp(HE_I5, [4])}", [("iban", grp(HE_I5, [4]))]),
    ("rachel.fr שטרודל gmail נקודה קום", [("email", "rachel.fr שטרודל gmail נקודה קום")], "ומייל לאישור הביטול?"),
    ("אפשר לחזור אליי ל-050-7724196 אחרי חמש", [("phone", "050-7724196")]),
])

# ---- Hebrew, part 3 -------------------------------------------------------
# Calls: Ashdod drain blockage (Ethiopian-Israeli caller), in-home oven repair
# (Arab citizen from Tamra), Kfar Saba bathroom leak, a warranty-plan caller,
# and short lines from many calls (prices, dates, brands, streets as landmarks).
HE_C6 = luhn_complete("432557019846730")
HE_C7 = luhn_complete("540127739802164")
HE_C8 = luhn_complete("458029914736208")
assert (HE_C6, HE_C7, HE_C8) == ("4325570198467302", "5401277398021640", "4580299147362089")
HE_I6 = iban_make("IL", "0127460000000288314")
HE_I7 = iban_make("IL", "0110930000001125947")
HE_I8 = iban_make("IL", "0310440000000360518")
assert (HE_I6, HE_I7, HE_I8) == ("IL490127460000000288314", "IL610110930000001125947", "IL600310440000000360518")
HE_TZ6 = tz_complete("34902815")
HE_TZ7 = tz_complete("06183742")
HE_TZ8 = tz_complete("20364759")
assert (HE_TZ6, HE_TZ7, HE_TZ8) == ("349028159", "061837423", "203647599")
HE_P8 = sayv("he", "0549017735", "054 901 7735", ", ")
HE_CARD7 = sayv("he", HE_C7, "5401 2773 9802 1640", ", ")

add("he", [
    # K: drain blockage, Ashdod
    ("שלום, ישי ווסה מדבר, יש לנו סתימה בביוב, המים עולים מהמקלחת ומהכיור", [("name", "ישי ווסה")]),
    ("פתיחת סתימה עם קפיץ זה 300, ואם צריך ביובית זה כבר 900 שקל", []),
    (f"תעודת זהות {grp(HE_TZ6, [3])}", [("id", grp(HE_TZ6, [3]))]),
    (f"כן, {HE_P8}", [("phone", HE_P8)], "זה המספר שאתה מתקשר ממנו?"),
    ("שנים עשר ביולי, תשעים ואחת", [("date_of_birth", "שנים עשר ביולי, תשעים ואחת")],
     "תאריך לידה בשביל פתיחת תיק לקוח?"),
    (f"כרטיס {grp(HE_C6, [4])}, אין לי תשלומים", [("card", grp(HE_C6, [4]))]),
    ("תשלחו קבלה ל-yishai.wasse@gmail.com, זה המייל של העבודה", [("email", "yishai.wasse@gmail.com")]),
    (f"ואם נשאר זיכוי מהפעם הקודמת, החשבון שלי {grp(HE_I6, [4])}", [("iban", grp(HE_I6, [4]))]),

    # L: oven repair at home, from Tamra
    ("שלום, אני ראנה אבו אחמד מטמרה, התנור לא מחמם בכלל ואני צריכה טכנאי לפני החג", [("name", "ראנה אבו אחמד")]),
    (f"מספר זהות {HE_TZ7}", [("id", HE_TZ7)]),
    ("14/09/1983", [("date_of_birth", "14/09/1983")], "ותאריך לידה לאימות?"),
    ("המייל rana.aa83@gmail.com", [("email", "rana.aa83@gmail.com")]),
    ("והנייד 054-2283916", [("phone", "054-2283916")]),
    (f"{HE_CARD7}", [("card", HE_CARD7)], "תקריאי לי את מספר הכרטיס"),
    (f"ואם יש החזר, {grp(HE_I7, [4])}", [("iban", grp(HE_I7, [4]))]),

    # M: bathroom leak into the neighbour's ceiling, Kfar Saba
    ("היי, נועה שפירא, יש רטיבות בתקרה של השכן מתחתיי והוא אומר שזה מהמקלחת שלי", [("name", "נועה שפירא")]),
    ("בדיקת איתור נזילות עם מצלמה תרמית זה 750 שקל, והדוח נשלח תוך 3 ימי עסקים", []),
    ("נועה נקודה שפירא נקודה תשעים ושתיים שטרודל ג'ימייל נקודה קום",
     [("email", "נועה נקודה שפירא נקודה תשעים ושתיים שטרודל ג'ימייל נקודה קום")], "לאיזה מייל לשלוח את הדוח?"),
    ("נולדתי ב-2 בדצמבר 1992, ות\"ז " + HE_TZ8, [("date_of_birth", "2 בדצמבר 1992"), ("id", HE_TZ8)],
     "אני צריך תאריך לידה ותעודת זהות בשביל הדוח לשכן"),
    ("הטלפון בבית 09-7461823", [("phone", "09-7461823")]),
    (f"ויזה, {grp(HE_C8, [4])}", [("card", grp(HE_C8, [4]))]),
    (f"תחזירו את המקדמה ל-{HE_I8}", [("iban", HE_I8)]),

    # another warranty-plan caller
    ("עשרים ושמונה בפברואר, שבעים ושבע", [("date_of_birth", "עשרים ושמונה בפברואר, שבעים ושבע")],
     "לזיהוי במערכת, מה תאריך הלידה של בעל המנוי?"),

    # short lines from many calls
    ("אפשר לקבוע טכנאי לשבוע הבא? אני לא בבית עד יום רביעי", []),
    ("הטכנאי של אלקטרה היה פה ב-12 באוגוסט ואמר שהמדחס תקין", []),
    ("חויבתי פעמיים על אותה קריאה, 350 שקל ב-3 ביולי ועוד 350 ב-4 ביולי", []),
    ("מספר הזמנה 5520418, המזגן תדיראן 1.5 כוח סוס, הותקן לפני שלוש שנים", []),
    ("אנחנו עובדים מ-7 בבוקר עד 7 בערב, ובשישי עד 1 בצהריים", []),
    ("המשרד שלנו בקניון עזריאלי, אבל הטכנאים יוצאים מהמחסן בחולון", []),
    ("שלמה ובניו אינסטלציה עשו לי את הצנרת לפני עשר שנים", []),
    ("הדוד של כתר 120 ליטר, יש לו אחריות של שש שנים על המיכל", []),
    ("ממתינים לחלק מהספק, זה ייקח בין 5 ל-7 ימי עסקים", []),
    ("הטכנאי הגיע ב-10:40 במקום ב-8, ואני לקחתי יום חופש בשביל זה", []),
    ("אחרי פסח יש עומס, התור הפנוי הראשון זה ה-28 באפריל", []),
    ("המחיר כולל מע\"מ? כי בהצעה כתוב 3,480 ולא כתוב אם זה לפני או אחרי", []),
    ("ריסוס נגד ג'וקים זה 290 שקל לדירת 4 חדרים, עם אחריות לשלושה חודשים", []),
    ("קוד שגיאה F28 בדוד הגז, והלחץ יורד ל-0.8 בר", []),
    ("שלחנו לך הצעת מחיר מספר 20417 בוואטסאפ, היא בתוקף ל-30 יום", []),
    ("כמה זמן זה ייקח? בערך שעתיים, תלוי כמה הצנרת סתומה", []),
    ("יש לכם שירות בשבת? המקרר לא עובד ויש לנו אורחים", []),
    ("ביום חמישי הקרוב, ה-21, בין 14:00 ל-17:00, זה מתאים לך?", []),
    ("מנוי הזהב עולה 89 שקל בחודש ומכסה עד 6 קריאות בשנה", []),
    ("טכנאי המזגנים מקור ישראל אמר שצריך להחליף את הכרטיס, 780 שקל", []),
    ("נו באמת, חיכיתי מ-8 בבוקר והוא לא הגיע, זו הפעם השלישית", []),
    ("בלוח החשמל יש שלושה פחתים של 40 אמפר, והאמצעי קופץ", []),
    ("אחרי השיפוץ ב-2019 הם החליפו את כל הצנרת לפלסטיק", []),
    ("הבוילר שלנו של אמקור, 300 ליטר, על הגג של בניין עם 12 דירות", []),
])

# ---- Greek, part 1 --------------------------------------------------------
# Calls: Athens emergency plumber, Thessaloniki locksmith, Patras electrician,
# Larissa oil-boiler service (older caller), Limassol AC service (Cypriot),
# Piraeus pest control.
EL_C1 = luhn_complete("457304918826153")
EL_C2 = luhn_complete("516732990481276")
assert (EL_C1, EL_C2) == ("4573049188261537", "5167329904812766")
EL_I1 = iban_make("GR", "01101380000013829417550")
EL_I6 = iban_make("CY", "002001280000001249726305")
assert (EL_I1, EL_I6) == ("GR9701101380000013829417550", "CY27002001280000001249726305")
EL_AFM1 = afm_complete("04728163")
EL_AFM2 = afm_complete("13592847")
EL_AFM4 = afm_complete("11847290")
assert (EL_AFM1, EL_AFM2, EL_AFM4) == ("047281632", "135928470", "118472900")

EL_P1 = sayv("el", "6945218376", "#69 #45 #21 #83 #76", ", ")
EL_P5 = sayv("el", "99472185", "#99 #47 #21 #85", " ")
EL_ID1 = sayv("el", EL_AFM1, "#047 #281 #632", ", ")
EL_ID3 = sayv("el", EL_AFM4, "#118 #472 #900", ", ", style="formal")

add("el", [
    # A: emergency plumber, Athens
    ("Υδραυλικοί Άμεσης Επέμβασης, καλησπέρα, ο Νίκος είμαι, πώς μπορώ να βοηθήσω;", [("name", "Νίκος")]),
    ("Καλησπέρα, με λένε Κατερίνα Παπαδοπούλου, έσπασε ένας σωλήνας κάτω από τον νεροχύτη και πλημμύρισε η κουζίνα",
     [("name", "Κατερίνα Παπαδοπούλου")]),
    ("Κατερίνα, κλείστε πρώτα τον γενικό διακόπτη του νερού, συνήθως είναι δίπλα στο ρολόι", [("name", "Κατερίνα")]),
    ("Η έξοδος μετά τις δέκα το βράδυ είναι 80 ευρώ και η εργασία 45 την ώρα, συν τα υλικά", []),
    ("Φωκίωνος Νέγρη 38, τρίτος όροφος, Κυψέλη", [("address", "Φωκίωνος Νέγρη 38, τρίτος όροφος, Κυψέλη")],
     "Τη διεύθυνση παρακαλώ;"),
    (f"Ναι, {EL_P1}", [("phone", EL_P1)], "Ένα κινητό για να σας πάρει ο τεχνικός;"),
    (f"Visa, {grp(EL_C1, [4])}", [("card", grp(EL_C1, [4]))], "Για την προκαταβολή, με κάρτα;"),
    ("Ο τεχνικός θα είναι εκεί σε 40 λεπτά περίπου, ο αριθμός της κλήσης είναι 55182", []),

    # B: locksmith, Thessaloniki
    ("Ναι, γεια σας, Λευτέρης Καραγιάννης εδώ, κλειδώθηκα έξω από το σπίτι, έσπασε το κλειδί στην κλειδαριά",
     [("name", "Λευτέρης Καραγιάννης")]),
    ("Κύριε Καραγιάννη, θα χρειαστεί να δείξετε ταυτότητα και κάτι με τη διεύθυνση όταν έρθει ο τεχνικός",
     [("name", "Καραγιάννη")]),
    ("Εγνατίας 112, πέμπτος όροφος, διαμέρισμα 12, Θεσσαλονίκη",
     [("address", "Εγνατίας 112, πέμπτος όροφος, διαμέρισμα 12, Θεσσαλονίκη")], "Πού βρίσκεστε;"),
    ("Το άνοιγμα πόρτας ασφαλείας είναι 90 ευρώ, και αν αλλάξουμε κύλινδρο άλλα 70", []),
    (f"Το ΑΦΜ μου είναι {EL_ID1}", [("id", EL_ID1)], "Για την απόδειξη, θέλετε να βάλουμε ΑΦΜ;"),
    ("Στο σταθερό, 2310 845 219, το κινητό έχει κλειδωθεί μέσα", [("phone", "2310 845 219")]),

    # C: electrician, Patras
    ("Καλημέρα, Βαγγέλης Σταυρόπουλος, μου πέφτει συνέχεια ο γενικός στον πίνακα", [("name", "Βαγγέλης Σταυρόπουλος")]),
    ("Μπορεί να φταίει ο θερμοσίφωνας, κατεβάστε την ασφάλειά του και δείτε αν ξαναπέφτει", []),
    ("μένω στην Κορίνθου 245, δεύτερος όροφος, Πάτρα", [("address", "Κορίνθου 245, δεύτερος όροφος, Πάτρα")]),
    ("το μέιλ μου είναι vaggelis.stavro παπάκι gmail τελεία com", [("email", "vaggelis.stavro παπάκι gmail τελεία com")]),
    (f"Mastercard {grp(EL_C2, [4])}", [("card", grp(EL_C2, [4]))]),
    ("Η επίσκεψη είναι 40 ευρώ, και ο καινούργιος διαφορικός γύρω στα 65 με την τοποθέτηση", []),

    # D: oil boiler service, Larissa
    ("Γεια σας, η Σταυρούλα Ζαχαρίου είμαι, θέλω να κλείσω σέρβις για τον καυστήρα πριν τον χειμώνα",
     [("name", "Σταυρούλα Ζαχαρίου")]),
    ("Το σέρβις καυστήρα πετρελαίου είναι 60 ευρώ με τη μέτρηση καυσαερίων, και έχουμε ραντεβού από 10 Οκτωβρίου", []),
    ("γεννήθηκα στις δεκαπέντε Μαΐου του πενήντα εννιά", [("date_of_birth", "δεκαπέντε Μαΐου του πενήντα εννιά")],
     "Για την έκπτωση συνταξιούχου θέλουμε ημερομηνία γέννησης"),
    ("Το σταθερό μου είναι 2410 537 482, κινητό δεν έχω", [("phone", "2410 537 482")]),
    ("Ηπείρου 17, Λάρισα, ισόγειο", [("address", "Ηπείρου 17, Λάρισα, ισόγειο")], "Η διεύθυνση;"),
    (f"ΑΦΜ {EL_AFM2}", [("id", EL_AFM2)]),

    # E: AC service, Limassol
    ("Καλημέρα, η Ανδρούλλα Χαραλάμπους, εν κάμνει κρύο το κλιματιστικό τζιαι εν να λιώσουμε",
     [("name", "Ανδρούλλα Χαραλάμπους")]),
    ("Ναι κυρία Ανδρούλλα, πόσες μονάδες έσετε;", [("name", "Ανδρούλλα")]),
    ("Τέσσερις, όλες Toshiba, εβάλαμέν τες το 2018", []),
    (EL_P5, [("phone", EL_P5)], "Τηλέφωνο;"),
    ("Αγίου Αθανασίου 45, διαμέρισμα 203, Λεμεσός",
     [("address", "Αγίου Αθανασίου 45, διαμέρισμα 203, Λεμεσός")], "Πού ακριβώς είσαστε;"),
    ("Το σέρβις εν 35 ευρώ η μονάδα, τζιαι το γκάζι αν θέλει άλλα 50", []),
    (f"Για την πάγια εντολή, {grp(EL_I6, [4])}", [("iban", grp(EL_I6, [4]))]),

    # F: pest control, Piraeus
    ("Καλησπέρα, ο Μπάμπης Νικολαΐδης, έχουμε κατσαρίδες στην κουζίνα και ποντίκια στην αποθήκη",
     [("name", "Μπάμπης Νικολαΐδης")]),
    ("Η απεντόμωση για διαμέρισμα ως 100 τετραγωνικά είναι 50 ευρώ, η μυοκτονία άλλα 40, εγγύηση 3 μήνες", []),
    ("Γρηγορίου Λαμπράκη 76, Πειραιάς, 18533",
     [("address", "Γρηγορίου Λαμπράκη 76, Πειραιάς, 18533")], "Διεύθυνση;"),
    (f"Βάλτε στο τιμολόγιο ΑΦΜ {EL_ID3}", [("id", EL_ID3)]),
    (f"Κι αν κάνετε επιστροφή για την ακυρωμένη επίσκεψη, {grp(EL_I1, [4])}", [("iban", grp(EL_I1, [4]))]),
    ("στείλτε το στο babis.nikolaidis@yahoo.gr", [("email", "babis.nikolaidis@yahoo.gr")]),
])

# ---- Greek, part 2 --------------------------------------------------------
# Calls: Heraklion roof waterproofing (Cretan), Nicosia solar water heater
# (Cypriot), Athens in-home washing-machine repair (younger caller), annual
# home maintenance contract, Chalandri roller-shutter repair.
EL_C3 = luhn_complete("37921054638217")
EL_C4 = luhn_complete("403921756610847")
assert (EL_C3, EL_C4) == ("379210546382175", "4039217566108475")
EL_I2 = iban_make("GR", "02603740000410287361552")
EL_I3 = iban_make("GR", "01708640000986413027731")
EL_I7 = iban_make("CY", "005003070000218304955617")
assert (EL_I2, EL_I3, EL_I7) == (
    "GR6402603740000410287361552", "GR3201708640000986413027731", "CY41005003070000218304955617")
EL_AFM3 = afm_complete("06631958")
EL_AFM6 = afm_complete("16203845")
EL_AFM7 = afm_complete("07392614")
assert (EL_AFM3, EL_AFM6, EL_AFM7) == ("066319588", "162038453", "073926145")
EL_CARD4 = sayv("el", EL_C4, "4039 2175 6610 8475", ", ", style="formal")
EL_ID6 = sayv("el", EL_AFM6, "#162 #038 #453", ", ")
EL_P9 = sayv("el", "6942601738", "#69 #42 #60 #17 #38", " ", style="formal")
EL_CARD3 = "%s %s %s" % (EL_C3[:4], EL_C3[4:10], EL_C3[10:])

add("el", [
    # G: roof waterproofing, Heraklion
    ("Γεια σου, ο Μανόλης ο Τζανάκης από το Ηράκλειο, θέλω να κάνω στεγάνωση στην ταράτσα γιατί μπάζει νερά",
     [("name", "Μανόλης ο Τζανάκης")]),
    ("Η στεγάνωση με ασφαλτόπανο βγαίνει 14 ευρώ το τετραγωνικό, η ταράτσα σου είναι γύρω στα 90", []),
    ("Λεωφόρος Κνωσού 203, Ηράκλειο", [("address", "Λεωφόρος Κνωσού 203, Ηράκλειο")], "Πού είναι το σπίτι;"),
    ("Πάρε με στο 697 318 2254 να σου πω πότε είμαι εκεί", [("phone", "697 318 2254")]),
    (f"ΑΦΜ {EL_AFM3}, στο όνομά μου", [("id", EL_AFM3)], "Η απόδειξη με ΑΦΜ;"),
    (f"Την προκαταβολή θα τη στείλω από τον λογαριασμό μου, {grp(EL_I2, [4])}", [("iban", grp(EL_I2, [4]))]),
    ("Ξεκινάμε 3 Ιουνίου αν δεν βρέξει, δουλειά για δύο μέρες, εγγύηση 10 χρόνια", []),

    # H: solar water heater, Nicosia
    ("Ναι, γεια σας, ο Σάββας Κωνσταντίνου που την Λευκωσία, ο ηλιακός μου τρέχει νερό που κάτω",
     [("name", "Σάββας Κωνσταντίνου")]),
    ("Ο κύλινδρος εν 160 λίτρα, της Sigma, τζιαι εν δέκα χρονών", []),
    ("Λεωφόρος Στροβόλου 112, Στρόβολος, 2018 Λευκωσία",
     [("address", "Λεωφόρος Στροβόλου 112, Στρόβολος, 2018 Λευκωσία")], "Η διεύθυνσή σας;"),
    ("Το σταθερό μου +357 22 316 784", [("phone", "+357 22 316 784")]),
    (f"American Express, {EL_CARD3}", [("card", EL_CARD3)]),
    ("γεννήθηκα 12/03/1968", [("date_of_birth", "12/03/1968")], "Για την εγγύηση χρειάζομαι ημερομηνία γέννησης"),
    (f"Τζιαι τα ρέστα στον λογαριασμό μου, {grp(EL_I7, [4])}", [("iban", grp(EL_I7, [4]))]),

    # I: washing machine repair at home, Athens
    ("Γεια σας, είμαι η Δέσποινα Μαυρίδου, το πλυντήριο δεν αδειάζει νερό και βγάζει error E21",
     [("name", "Δέσποινα Μαυρίδου")]),
    ("Αυτό συνήθως είναι η αντλία ή το φίλτρο, η επίσκεψη 35 ευρώ και η αντλία γύρω στα 55", []),
    ("Δέσποινα, θες να έρθει ο τεχνικός αύριο 10 με 12;", [("name", "Δέσποινα")]),
    ("Λεωφόρος Αλεξάνδρας 64, πέμπτος, Αμπελόκηποι",
     [("address", "Λεωφόρος Αλεξάνδρας 64, πέμπτος, Αμπελόκηποι")], "Η διεύθυνση;"),
    ("despoina κάτω παύλα mavridou παπάκι hotmail τελεία com",
     [("email", "despoina κάτω παύλα mavridou παπάκι hotmail τελεία com")], "Ένα μέιλ για την απόδειξη;"),
    (f"εεε ναι, {EL_CARD4}", [("card", EL_CARD4)], "Θα πληρώσετε με κάρτα τηλεφωνικά;"),
    ("το κινητό μου 6938 402 751", [("phone", "6938 402 751")]),

    # J: annual home maintenance contract
    ("Καλησπέρα σας, με λένε Γιώργο Αλεξίου, θέλω να γραφτώ στο ετήσιο πρόγραμμα συντήρησης για το σπίτι",
     [("name", "Γιώργο Αλεξίου")]),
    ("Βεβαίως κύριε Αλεξίου, το πρόγραμμα είναι 149 ευρώ τον χρόνο με δύο επισκέψεις και 20% έκπτωση στα υλικά",
     [("name", "Αλεξίου")]),
    ("είκοσι δύο του έξι του ογδόντα ένα", [("date_of_birth", "είκοσι δύο του έξι του ογδόντα ένα")],
     "Ημερομηνία γέννησης;"),
    (EL_ID6, [("id", EL_ID6)], "Και ΑΦΜ;"),
    (f"Για πάγια εντολή το IBAN είναι {EL_I3}", [("iban", EL_I3)]),
    ("george.alexiou@outlook.com", [("email", "george.alexiou@outlook.com")], "Το ηλεκτρονικό σας ταχυδρομείο;"),
    (f"Κινητό {EL_P9}", [("phone", EL_P9)]),

    # K: roller shutter repair, Chalandri
    ("Καλημέρα, η Κική Δημητρίου, χάλασε το ρολό στο σαλόνι, δεν ανεβαίνει καθόλου", [("name", "Κική Δημητρίου")]),
    ("Τον ιμάντα τον αλλάζουμε με 30 ευρώ, αν θέλει μοτέρ είναι 180", []),
    ("μένω στην Ελευθερίου Βενιζέλου 9, Χαλάνδρι", [("address", "Ελευθερίου Βενιζέλου 9, Χαλάνδρι")]),
    ("4 Ιανουαρίου 1972", [("date_of_birth", "4 Ιανουαρίου 1972")],
     "Για την κάρτα πελάτη χρειάζομαι ημερομηνία γέννησης"),
    ("kiki.dim παπάκι yahoo τελεία gr", [("email", "kiki.dim παπάκι yahoo τελεία gr")]),
    (f"Το ΑΦΜ μου {grp(EL_AFM7, [3], ' ')}", [("id", grp(EL_AFM7, [3], " "))]),
])

# ---- Greek, part 3 --------------------------------------------------------
# Calls: Athens drain unblocking, plumber for an Albanian-Greek caller (name in
# Latin script), Cyprus electrician (younger caller), a maintenance-plan
# caller, and short lines from many calls (prices, dates, brands, places).
EL_C5 = luhn_complete("535418672209384")
EL_C6 = luhn_complete("521964030718453")
EL_C7 = luhn_complete("492705836142096")
EL_C8 = luhn_complete("479210083365417")
assert (EL_C5, EL_C6, EL_C7, EL_C8) == (
    "5354186722093844", "5219640307184530", "4927058361420961", "4792100833654173")
EL_I4 = iban_make("GR", "01403290029001845261983")
EL_I5 = iban_make("GR", "01105710000057108449320")
EL_I8 = iban_make("CY", "002004150000000461829373")
assert (EL_I4, EL_I5, EL_I8) == (
    "GR6601403290029001845261983", "GR4301105710000057108449320", "CY45002004150000000461829373")
EL_AFM5 = afm_complete("04159376")
EL_AFM8 = afm_complete("12958403")
assert (EL_AFM5, EL_AFM8) == ("041593769", "129584036")
EL_CARD5 = sayv("el", EL_C5, "#53 #54 #18 #67 #22 #09 #38 #44", " ")

add("el", [
    # L: drain unblocking, Athens
    ("Αποφράξεις Αττικής, καλημέρα, η Ελένη σας εξυπηρετεί", [("name", "Ελένη")]),
    ("Καλημέρα, Θανάσης Ρήγας, βούλωσε η αποχέτευση και γυρνάνε νερά στο μπάνιο", [("name", "Θανάσης Ρήγας")]),
    ("Η απόφραξη με μηχάνημα είναι 70 ευρώ, και με κάμερα για έλεγχο άλλα 60", []),
    (f"ναι, {EL_CARD5}", [("card", EL_CARD5)], "Θα πληρώσετε με κάρτα; Πείτε μου τον αριθμό"),
    (f"ΑΦΜ {grp(EL_AFM5, [3])}", [("id", grp(EL_AFM5, [3]))]),
    ("Στο 210 642 8193, είμαι όλη μέρα σπίτι", [("phone", "210 642 8193")]),
    ("t.rigas@otenet.gr", [("email", "t.rigas@otenet.gr")], "Και ένα μέιλ;"),
    ("7 Σεπτεμβρίου 1980", [("date_of_birth", "7 Σεπτεμβρίου 1980")], "Ημερομηνία γέννησης για την εγγραφή στο σύστημα;"),

    # M: plumber, water heater dripping
    ("Γεια σας, με λένε Ermir Hoxha, χρειάζομαι υδραυλικό για τον θερμοσίφωνα, στάζει", [("name", "Ermir Hoxha")]),
    ("Εντάξει κύριε Ermir, πόσα λίτρα είναι ο θερμοσίφωνας;", [("name", "Ermir")]),
    ("80 λίτρα, Pyrox, τον έχω 12 χρόνια", []),
    (f"Το ΑΦΜ είναι {EL_AFM8}", [("id", EL_AFM8)]),
    (f"κάρτα {grp(EL_C6, [4])}", [("card", grp(EL_C6, [4]))]),
    (f"Την επιστροφή στο {grp(EL_I4, [4])}, είναι στην Πειραιώς", [("iban", grp(EL_I4, [4]))]),
    ("γεννήθηκα στα Τίρανα, στις 30 Νοεμβρίου 1985", [("date_of_birth", "30 Νοεμβρίου 1985")]),

    # N: electrician, Cyprus
    ("Γεια σας, εγώ είμαι η Χρυσταλλένη Σολομού, εκόπηκε το ρεύμα στο μισό σπίτι", [("name", "Χρυσταλλένη Σολομού")]),
    ("Το κινητό μου 97 648 120", [("phone", "97 648 120")]),
    ("chrystallaki95@hotmail.com", [("email", "chrystallaki95@hotmail.com")], "Το email σας;"),
    (f"Για την πάγια εντολή, {grp(EL_I8, [4])}", [("iban", grp(EL_I8, [4]))]),
    (f"Visa {grp(EL_C7, [4])}", [("card", grp(EL_C7, [4]))]),
    ("δεκαεννιά του δώδεκα του ενενήντα πέντε", [("date_of_birth", "δεκαεννιά του δώδεκα του ενενήντα πέντε")],
     "Για το συμβόλαιο, ημερομηνία γέννησης;"),

    # O: maintenance-plan caller
    (f"Πληρώνω με την κάρτα {grp(EL_C8, [4])} και θέλω την απόδειξη στο maria.k82@gmail.com",
     [("card", grp(EL_C8, [4])), ("email", "maria.k82@gmail.com")]),
    (f"Αν υπάρξει επιστροφή, {grp(EL_I5, [4])}", [("iban", grp(EL_I5, [4]))]),
    ("Ημερομηνία γέννησης 01/08/1982", [("date_of_birth", "01/08/1982")]),

    # short lines from many calls
    ("Ο τεχνικός ήρθε στις 11 αντί για 9, και χρέωσε 50 ευρώ παραπάνω", []),
    ("Έχουμε ραντεβού την Τρίτη 14 Μαΐου, από τις 2 μέχρι τις 5 το απόγευμα", []),
    ("Ο λέβητας είναι Baxi, 24 kW, τοποθετήθηκε το 2016", []),
    ("Με χρεώσατε δύο φορές 65 ευρώ, στις 3 και στις 4 Μαρτίου", []),
    ("Ο αριθμός παραγγελίας είναι 7730215, το ανταλλακτικό έρχεται σε 10 μέρες", []),
    ("Δουλεύουμε Δευτέρα με Παρασκευή 8 με 6, και Σάββατο μέχρι τις 2", []),
    ("Η Θερμοϋδραυλική Παπαδάκης Α.Ε. μας έκανε τα υδραυλικά πριν 15 χρόνια", []),
    ("Η εγγύηση για την αντλία είναι 6 μήνες από την ημερομηνία της απόδειξης, 12 Φεβρουαρίου", []),
    ("Το κατάστημά μας είναι στην Πατησίων, αλλά οι τεχνικοί ξεκινούν από την αποθήκη στο Περιστέρι", []),
    ("Το κλιματιστικό είναι Daikin 12.000 BTU, inverter, τεσσάρων χρονών", []),
    ("Μετά το Πάσχα έχουμε πολύ φόρτο, το πρώτο διαθέσιμο είναι 28 Απριλίου", []),
    ("Η προσφορά ισχύει για 30 ημέρες, και το ΦΠΑ 24% είναι μέσα", []),
    ("Εν έσιει κανένα τεχνικό την Κυριακή; Εν έσιει ζεστό νερό τζιαι έχουμε μωρό", []),
    ("Ο κωδικός βλάβης στον λέβητα είναι F28, και η πίεση έπεσε στο 0,5 μπαρ", []),
    ("Πόσο κοστίζει περίπου η αλλαγή κουφωμάτων για τρία παράθυρα;", []),
    ("Η ηλεκτρολογική εγκατάσταση είναι του '78, οπότε θέλει πιστοποιητικό ΥΔΕ, γύρω στα 150 ευρώ", []),
    ("Ο Άγιος Νικόλαος είναι εκτός περιοχής, χρεώνουμε 25 ευρώ μετακίνηση", []),
    ("Περιμένω από τις 8 το πρωί και δεν ήρθε κανείς, τρίτη φορά αυτό", []),
    ("Η συνδρομή Gold είναι 12,90 τον μήνα και καλύπτει ως 5 επισκέψεις τον χρόνο", []),
    ("Ο θερμοσίφωνας 80 λίτρων με την τοποθέτηση βγαίνει 290 ευρώ", []),
    ("Κλείσαμε ραντεβού για Πέμπτη 21, στις 9:30, εντάξει;", []),
    ("Η μυοκτονία θέλει δεύτερη επίσκεψη σε 15 μέρες, χωρίς επιπλέον χρέωση", []),
    ("Ξέρετε αν η Ερμής Ηλεκτρική έχει κλείσει; Δεν απαντάνε στο τηλέφωνο", []),
    ("Στη Λεμεσό ο τεχνικός μπορεί να έρθει αύριο, στη Λάρνακα την Παρασκευή", []),
    ("Ο κύλινδρος ασφαλείας Mul-T-Lock είναι 120 ευρώ, ο απλός 45", []),
])

# ==== end of data ==========================================================


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    for lang in ("en", "ar", "he", "el"):
        if lang not in LANGS:
            continue
        rows = build(lang, LANGS[lang])
        kinds = Counter(s["kind"] for r in rows for s in r["spans"])
        empty = sum(1 for r in rows if not r["spans"])
        path = os.path.join(OUT_DIR, lang + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("%s: %d items (%d non-personal), %d spans %s" % (
            lang, len(rows), empty, sum(kinds.values()),
            " ".join("%s=%d" % (k, kinds[k]) for k in KINDS)))
        if "--final" in sys.argv:
            assert 110 <= len(rows) <= 130, len(rows)
            assert 35 <= empty <= 45, empty
            assert 75 <= sum(kinds.values()) <= 85, sum(kinds.values())
            assert all(kinds[k] >= 7 for k in KINDS), kinds
            assert 20 <= kinds["name"] <= 25, kinds["name"]


if __name__ == "__main__":
    main()
