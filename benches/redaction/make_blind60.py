#!/usr/bin/env python3
"""Writer of the held-out redaction set "blind60" (online shopping and chain retail calls).

Who and how: written by a helper session that worked only from a written brief. It never
opened, listed or read the redactor, its rules, its tests, or any other evaluation set or
generator. Every line was composed from the brief and from ordinary knowledge of how people
talk on customer-service calls. All names, numbers, addresses and e-mails are invented;
card numbers, IBANs and national IDs get their check digits computed below, and every span
and every non-personal number is checked with asserts when the script runs.

Run:  python3 benches/redaction/make_blind60.py     (standard library only, deterministic)

Output: data/redaction/blind60/{en,ar,he,el}.jsonl, one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}
  - kind: card, iban, id, phone, email, date_of_birth, name, address
  - start/end: BYTE offsets into the UTF-8 encoding of text, end exclusive
  - context: optional, an earlier line of the same call (not scored)
  - items with empty spans are non-personal and must come out unchanged
"""
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT_DIR = os.path.join(ROOT, "data", "redaction", "blind60")
KINDS = ("card", "iban", "id", "phone", "email", "date_of_birth", "name", "address")

# ----------------------------------------------------------------------------- check digits


def luhn_ok(s):
    if not s.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(body):
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError(body)


def card(body):
    """body: all digits but the last; returns a Luhn-valid card number."""
    c = luhn_complete(body)
    assert 13 <= len(c) <= 19 and luhn_ok(c), c
    return c


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23,
            "EG": 29, "JO": 30, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "KW": 30, "QA": 29,
            "BH": 22, "TR": 26, "LB": 28, "PT": 25, "BE": 16, "AT": 20, "CH": 21, "PL": 28}


def _iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if len(s) < 5 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    if not s.isalnum() or not s[2:4].isdigit():
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(cc, bban):
    assert len(cc) + 2 + len(bban) == IBAN_LEN[cc], (cc, bban, len(bban))
    check = 98 - _iban_num(bban + cc + "00") % 97
    s = "%s%02d%s" % (cc, check, bban)
    assert iban_ok(s), s
    return s


def tz_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    total = 0
    for i, ch in enumerate(s):
        d = int(ch) * (1 if i % 2 == 0 else 2)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def tz(body8):
    for d in "0123456789":
        if tz_ok(body8 + d):
            return body8 + d
    raise AssertionError(body8)


def afm_ok(s):
    if len(s) != 9 or not s.isdigit() or s == "000000000":
        return False
    total = sum(int(s[i]) * 2 ** (8 - i) for i in range(8))
    return total % 11 % 10 == int(s[8])


def afm(body8):
    total = sum(int(body8[i]) * 2 ** (8 - i) for i in range(8))
    s = body8 + str(total % 11 % 10)
    assert afm_ok(s), s
    return s


def saudi_ok(s):
    return len(s) == 10 and s.isdigit() and s[0] in "12" and luhn_ok(s)


def saudi(body9):
    s = luhn_complete(body9)
    assert saudi_ok(s), s
    return s


def ssn_ok(s):
    s = s.replace("-", "").replace(" ", "")
    if len(s) != 9 or not s.isdigit():
        return False
    area, group, serial = s[:3], s[3:5], s[5:]
    return area not in ("000", "666") and int(area) < 900 and group != "00" and serial != "0000"


def grp(s, sizes, sep=" "):
    """Split s into groups of the given sizes (the last size repeats)."""
    out, i, k = [], 0, 0
    while i < len(s):
        n = sizes[min(k, len(sizes) - 1)]
        out.append(s[i:i + n])
        i += n
        k += 1
    return sep.join(out)


# ----------------------------------------------------------------------------- spoken numbers

EN_D = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
AR_D = ["صفر", "واحد", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"]
HE_D = ["אפס", "אחת", "שתיים", "שלוש", "ארבע", "חמש", "שש", "שבע", "שמונה", "תשע"]
EL_D = ["μηδέν", "ένα", "δύο", "τρία", "τέσσερα", "πέντε", "έξι", "εφτά", "οχτώ", "εννιά"]
AR_INDIC = "٠١٢٣٤٥٦٧٨٩"


def words(digits, lang, groups=None, gsep=", ", oh=False):
    """Digits read one by one in words; groups=(sizes) puts gsep between groups."""
    table = {"en": EN_D, "ar": AR_D, "he": HE_D, "el": EL_D}[lang]
    ws = []
    for ch in digits:
        w = table[int(ch)]
        if oh and ch == "0":
            w = "oh"
        ws.append(w)
    if not groups:
        return " ".join(ws)
    out, i, k = [], 0, 0
    while i < len(ws):
        n = groups[min(k, len(groups) - 1)]
        out.append(" ".join(ws[i:i + n]))
        i += n
        k += 1
    return gsep.join(out)


def say_en(digits, groups=(4,), sep=", ", oh=True):
    """English reading with "double"/"triple" for runs and "oh" for zero."""
    parts, i, k = [], 0, 0
    while i < len(digits):
        n = groups[min(k, len(groups) - 1)]
        parts.append(digits[i:i + n])
        i += n
        k += 1
    out = []
    for p in parts:
        ws, j = [], 0
        while j < len(p):
            r = 1
            while j + r < len(p) and p[j + r] == p[j] and r < 3:
                r += 1
            w = "oh" if (oh and p[j] == "0") else EN_D[int(p[j])]
            ws.append({1: w, 2: "double " + w, 3: "triple " + w}[r])
            j += r
        out.append(" ".join(ws))
    return sep.join(out)


AR_DIALECT = {"eg": {2: "اتنين", 3: "تلاتة", 8: "تمانية"},
              "lev": {2: "تنين", 3: "تلاتة", 8: "تمانية"},
              "ma": {2: "جوج", 3: "تلاتة", 8: "تمنية"}}


def words_ar(digits, dialect=None, groups=None, gsep="، "):
    """Arabic digit-by-digit reading, MSA or a dialect's forms."""
    table = dict(enumerate(AR_D))
    table.update(AR_DIALECT.get(dialect, {}))
    ws = [table[int(ch)] for ch in digits]
    if not groups:
        return " ".join(ws)
    out, i, k = [], 0, 0
    while i < len(ws):
        n = groups[min(k, len(groups) - 1)]
        out.append(" ".join(ws[i:i + n]))
        i += n
        k += 1
    return gsep.join(out)


AR_TENS = {2: "عشرين", 3: "ثلاثين", 4: "أربعين", 5: "خمسين", 6: "ستين", 7: "سبعين",
           8: "ثمانين", 9: "تسعين"}
AR_TEENS = {10: "عشرة", 11: "احدعش", 12: "اتناش", 13: "تلتاش", 14: "اربعتاش", 15: "خمستاش",
            16: "ستاش", 17: "سبعتاش", 18: "تمنتاش", 19: "تسعتاش"}


def pairs_ar(digits, sep="، "):
    """Gulf-style reading in pairs, units first: 36 -> "ستة وثلاثين"."""
    out = []
    for i in range(0, len(digits), 2):
        p = digits[i:i + 2]
        if len(p) == 1 or p[0] == "0":
            out.append(" ".join(AR_D[int(c)] for c in p))
        elif p[0] == "1":
            out.append(AR_TEENS[int(p)])
        elif p[1] == "0":
            out.append(AR_TENS[int(p[0])])
        else:
            out.append("%s و%s" % (AR_D[int(p[1])], AR_TENS[int(p[0])]))
    return sep.join(out)


HE_MASC = ["אפס", "אחד", "שניים", "שלושה", "ארבעה", "חמישה", "שישה", "שבעה", "שמונה", "תשעה"]
HE_TENS = {2: "עשרים", 3: "שלושים", 4: "ארבעים", 5: "חמישים", 6: "שישים", 7: "שבעים",
           8: "שמונים", 9: "תשעים"}


def words_he(digits, masc=False, groups=None, gsep=", "):
    table = HE_MASC if masc else HE_D
    ws = [table[int(ch)] for ch in digits]
    if not groups:
        return " ".join(ws)
    out, i, k = [], 0, 0
    while i < len(ws):
        n = groups[min(k, len(groups) - 1)]
        out.append(" ".join(ws[i:i + n]))
        i += n
        k += 1
    return gsep.join(out)


def pairs_he(digits, sep=", "):
    """Reading in pairs: 52 -> "חמישים ושתיים"; 0x and 1x are read digit by digit."""
    out = []
    for i in range(0, len(digits), 2):
        p = digits[i:i + 2]
        if len(p) == 1 or p[0] in "01":
            out.append(" ".join(HE_D[int(c)] for c in p))
        elif p[1] == "0":
            out.append(HE_TENS[int(p[0])])
        else:
            out.append("%s ו%s" % (HE_TENS[int(p[0])], HE_D[int(p[1])]))
    return sep.join(out)


EL_TEENS = {10: "δέκα", 11: "έντεκα", 12: "δώδεκα", 13: "δεκατρία", 14: "δεκατέσσερα",
            15: "δεκαπέντε", 16: "δεκαέξι", 17: "δεκαεφτά", 18: "δεκαοχτώ", 19: "δεκαεννιά"}
EL_TENS = {2: "είκοσι", 3: "τριάντα", 4: "σαράντα", 5: "πενήντα", 6: "εξήντα", 7: "εβδομήντα",
           8: "ογδόντα", 9: "ενενήντα"}
EL_HUNDREDS = {1: "εκατό", 2: "διακόσια", 3: "τριακόσια", 4: "τετρακόσια", 5: "πεντακόσια",
               6: "εξακόσια", 7: "εφτακόσια", 8: "οχτακόσια", 9: "εννιακόσια"}


def _el_two(n):
    if n < 10:
        return EL_D[n]
    if n < 20:
        return EL_TEENS[n]
    t, u = divmod(n, 10)
    return EL_TENS[t] + (" " + EL_D[u] if u else "")


def say_el(digits, groups=(3, 3, 4), sep=", "):
    """Greek reading by groups: 697 -> "εξακόσια ενενήντα εφτά", 25 -> "είκοσι πέντε";
    groups that start with 0 or are longer than 3 are read digit by digit."""
    out, i, k = [], 0, 0
    while i < len(digits):
        n = groups[min(k, len(groups) - 1)]
        g = digits[i:i + n]
        i += n
        k += 1
        if len(g) == 1 or g[0] == "0" or len(g) > 3:
            out.append(" ".join(EL_D[int(c)] for c in g))
        elif len(g) == 2:
            out.append(_el_two(int(g)))
        else:
            h, r = divmod(int(g), 100)
            w = "εκατόν" if (h == 1 and r) else EL_HUNDREDS[h]
            out.append(w + (" " + _el_two(r) if r else ""))
    return sep.join(out)


def indic(s):
    return "".join(AR_INDIC[int(ch)] if ch.isdigit() else ch for ch in s)


# number-word parser, used only to check the spans of card / iban / id / phone
NUMW = {
    "en": {
        "d": {"zero": 0, "oh": 0, "o": 0, "nought": 0, "one": 1, "two": 2, "three": 3,
              "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9},
        "teen": {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                 "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19},
        "t": {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
              "seventy": 70, "eighty": 80, "ninety": 90},
        "h": {},
        "hw": {"hundred"},
        "mult": {"double": 2, "triple": 3},
        "ign": {"and", "um", "uh", "er", "erm", "plus", "then"},
    },
    "ar": {
        "d": {"صفر": 0, "زيرو": 0, "جوج": 2, "واحد": 1, "وحدة": 1, "وحده": 1, "اثنين": 2, "اثنان": 2,
              "إثنين": 2, "اتنين": 2, "تنين": 2, "ثنين": 2, "ثلاثة": 3, "ثلاث": 3, "ثلاثه": 3,
              "تلاتة": 3, "تلاته": 3, "تلات": 3, "أربعة": 4, "اربعة": 4, "أربع": 4, "اربع": 4,
              "اربعه": 4, "خمسة": 5, "خمس": 5, "خمسه": 5, "ستة": 6, "ست": 6, "سته": 6,
              "سبعة": 7, "سبع": 7, "سبعه": 7, "ثمانية": 8, "ثمان": 8, "ثمانيه": 8,
              "تمانية": 8, "تمانيه": 8, "تمنية": 8, "تسعة": 9, "تسع": 9, "تسعه": 9},
        "teen": {"عشرة": 10, "عشره": 10, "احدعش": 11, "حداش": 11, "اتناش": 12, "اطناش": 12,
                 "تلتاش": 13, "اربعتاش": 14, "خمستاش": 15, "ستاش": 16, "سبعتاش": 17,
                 "تمنتاش": 18, "تسعتاش": 19},
        "t": {"عشرين": 20, "ثلاثين": 30, "تلاتين": 30, "أربعين": 40, "اربعين": 40,
              "خمسين": 50, "ستين": 60, "سبعين": 70, "ثمانين": 80, "تمانين": 80, "تسعين": 90},
        "h": {},
        "hw": set(),
        "mult": {"دبل": 2},
        "ign": {"يعني", "و", "آه", "اه", "ام", "إمم", "زائد", "بلس", "زايد"},
    },
    "he": {
        "d": {"אפס": 0, "אחת": 1, "אחד": 1, "שתיים": 2, "שתים": 2, "שניים": 2, "שלוש": 3,
              "שלושה": 3, "ארבע": 4, "ארבעה": 4, "חמש": 5, "חמישה": 5, "שש": 6, "שישה": 6,
              "שבע": 7, "שבעה": 7, "שמונה": 8, "תשע": 9, "תשעה": 9},
        "teen": {"עשר": 10, "עשרה": 10},
        "t": {"עשרים": 20, "שלושים": 30, "ארבעים": 40, "חמישים": 50, "שישים": 60,
              "שבעים": 70, "שמונים": 80, "תשעים": 90},
        "h": {"מאה": 100, "מאתיים": 200},
        "hw": set(),
        "mult": {},
        "ign": {"אממ", "אמ", "אה", "ו", "פלוס", "כאילו"},
    },
    "el": {
        "d": {"μηδέν": 0, "μηδενικό": 0, "ένα": 1, "ένας": 1, "μία": 1, "μια": 1, "δύο": 2,
              "δυο": 2, "τρία": 3, "τρια": 3, "τρεις": 3, "τέσσερα": 4, "τέσσερις": 4,
              "πέντε": 5, "έξι": 6, "επτά": 7, "εφτά": 7, "οκτώ": 8, "οχτώ": 8, "εννέα": 9,
              "εννιά": 9},
        "teen": {"δέκα": 10, "έντεκα": 11, "ένδεκα": 11, "δώδεκα": 12, "δεκατρία": 13,
                 "δεκατέσσερα": 14, "δεκαπέντε": 15, "δεκαέξι": 16, "δεκαεπτά": 17,
                 "δεκαεφτά": 17, "δεκαοκτώ": 18, "δεκαοχτώ": 18, "δεκαεννέα": 19,
                 "δεκαεννιά": 19},
        "t": {"είκοσι": 20, "τριάντα": 30, "σαράντα": 40, "πενήντα": 50, "εξήντα": 60,
              "εβδομήντα": 70, "ογδόντα": 80, "ενενήντα": 90},
        "h": {"εκατό": 100, "εκατόν": 100, "διακόσια": 200, "τριακόσια": 300,
              "τετρακόσια": 400, "πεντακόσια": 500, "εξακόσια": 600, "επτακόσια": 700,
              "εφτακόσια": 700, "οκτακόσια": 800, "οχτακόσια": 800, "εννιακόσια": 900,
              "εννεακόσια": 900},
        "hw": set(),
        "mult": {},
        "ign": {"εε", "εεε", "και", "συν", "δηλαδή"},
    },
}

TOKEN = re.compile(r"\d+|[^\W\d_]+|\+")


def _classify(tok, lang):
    w = NUMW[lang]
    if tok == "+":
        return ("ign", None, False)
    if tok[0].isdigit():
        return ("digits", "".join(str(unicodedata.digit(c)) for c in tok), False)
    low = tok.lower()
    for prefix in ("", "و", "ו"):
        if prefix and not low.startswith(prefix):
            continue
        core = low[len(prefix):]
        flag = bool(prefix)
        for typ in ("d", "teen", "t", "h", "mult"):
            if core in w[typ]:
                return (typ, w[typ][core], flag)
        if core in w["hw"]:
            return ("hw", None, flag)
        if core in w["ign"]:
            return ("ign", None, flag)
    if re.fullmatch(r"[A-Za-z]{1,4}", tok):
        return ("letters", tok.upper(), False)
    raise AssertionError("unknown number word %r (%s)" % (tok, lang))


def parse_number(span, lang):
    """Digits (and IBAN letters) of a spoken or written number; commas end a number word."""
    return "".join(_parse_chunk(c, lang) for c in re.split(r"[,،]", span))


def _parse_chunk(span, lang):
    toks = [t for t in (_classify(x, lang) for x in TOKEN.findall(span)) if t[0] != "ign"]
    out, i = [], 0
    while i < len(toks):
        typ, v, flag = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else (None, None, False)
        if typ in ("digits", "letters"):
            out.append(v)
            i += 1
        elif typ == "mult":
            assert nxt[0] == "d", span
            out.append(str(nxt[1]) * v)
            i += 2
        elif typ == "h" or (typ == "d" and nxt[0] == "hw"):
            val = v if typ == "h" else v * 100
            i += 1 if typ == "h" else 2
            if i < len(toks) and toks[i][0] == "t":
                val += toks[i][1]
                i += 1
                if i < len(toks) and toks[i][0] == "d" and toks[i][1]:
                    val += toks[i][1]
                    i += 1
            elif i < len(toks) and toks[i][0] == "teen":
                val += toks[i][1]
                i += 1
            elif i < len(toks) and toks[i][0] == "d" and toks[i][1]:
                val += toks[i][1]
                i += 1
            out.append(str(val))
        elif typ == "t":
            if nxt[0] == "d" and nxt[1]:
                out.append(str(v + nxt[1]))
                i += 2
            else:
                out.append(str(v))
                i += 1
        elif typ == "teen":
            out.append(str(v))
            i += 1
        elif typ == "d":
            if lang == "ar" and nxt[0] == "t" and nxt[2] and v:
                out.append(str(v + nxt[1]))
                i += 2
            else:
                out.append(str(v))
                i += 1
        else:
            raise AssertionError((span, typ))
    return "".join(out)


def check_value(kind, span, lang):
    v = parse_number(span, lang)
    if kind == "card":
        assert v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v), (span, v)
    elif kind == "iban":
        assert iban_ok(v), (span, v)
    elif kind == "id":
        assert v.isdigit(), (span, v)
        ok = (tz_ok(v) or afm_ok(v) or ssn_ok(v)) if len(v) == 9 else saudi_ok(v)
        if lang == "en" and len(v) == 9:
            ok = ssn_ok(v) or tz_ok(v)
        assert ok, (span, v)
    elif kind == "phone":
        assert v.isdigit() and 7 <= len(v) <= 15, (span, v)


RUN = re.compile(r"\d+(?:[ .\-]\d+)*")
IBAN_LIKE = re.compile(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")


def check_not_personal(text, where):
    """Long numbers outside spans must fail every check-digit test."""
    for m in RUN.finditer(text):
        s = "".join(str(unicodedata.digit(c)) for c in m.group() if c.isdigit())
        bad = None
        if 13 <= len(s) <= 19 and luhn_ok(s):
            bad = "luhn"
        elif len(s) == 9 and (tz_ok(s) or afm_ok(s)):
            bad = "tz/afm"
        elif len(s) == 10 and s[0] in "12" and luhn_ok(s):
            bad = "saudi"
        assert not bad, "non-personal number %r passes %s in %s" % (m.group(), bad, where)
    for m in IBAN_LIKE.finditer(text):
        assert not iban_ok(m.group()), (m.group(), where)


# ----------------------------------------------------------------------------- items -> jsonl

CHECKED = ("card", "iban", "id", "phone")


def build(lang, items):
    rows = []
    for n, item in enumerate(items):
        text, spans = item[0], item[1]
        context = item[2] if len(item) > 2 else None
        where = "%s item %d: %r" % (lang, n, text[:60])
        assert isinstance(text, str) and text == text.strip() and text, where
        b = text.encode("utf-8")
        out, masked = [], text
        for sp in spans:
            kind, sub = sp[0], sp[1]
            nth = sp[2] if len(sp) > 2 else None
            nocheck = kind.endswith("!")  # a fragment (false start, half a read-back)
            kind = kind.rstrip("!")
            assert kind in KINDS, where
            idxs = [m.start() for m in re.finditer(re.escape(sub), text)]
            assert idxs, "%s: %r not in text" % (where, sub)
            if nth is None:
                assert len(idxs) == 1, "%s: %r occurs %d times" % (where, sub, len(idxs))
                nth = 0
            ci = idxs[nth]
            start = len(text[:ci].encode("utf-8"))
            end = start + len(sub.encode("utf-8"))
            assert b[start:end].decode("utf-8") == sub, where
            assert sub == sub.strip() and sub, where
            if kind in CHECKED and not nocheck:
                check_value(kind, sub, lang)
            out.append({"kind": kind, "start": start, "end": end})
            masked = masked[:ci] + " " * len(sub) + masked[ci + len(sub):]
        out.sort(key=lambda s: (s["start"], s["end"]))
        for a, c in zip(out, out[1:]):
            assert a["end"] <= c["start"], "%s: overlapping spans" % where
        check_not_personal(masked, where)
        row = {"text": text, "spans": out}
        if context:
            row["context"] = context
        rows.append(row)
    texts = [r["text"] for r in rows]
    assert len(texts) == len(set(texts)), "%s: duplicate lines" % lang
    return rows


LANGS = {}  # lang -> list of (text, [(kind, substring[, nth])], context)


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    for lang, items in LANGS.items():
        rows = build(lang, items)
        with open(os.path.join(OUT_DIR, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        counts = {k: 0 for k in KINDS}
        for r in rows:
            for s in r["spans"]:
                counts[s["kind"]] += 1
        empty = sum(1 for r in rows if not r["spans"])
        print("%s: %d items (%d non-personal), %d spans: %s" % (
            lang, len(rows), empty, sum(counts.values()),
            ", ".join("%s %d" % (k, v) for k, v in counts.items())))


# ============================================================================= languages
# (each language appends to LANGS below)


# ============================================================================= English
# Calls: Bazario marketplace (missing parcel), Threadline fashion returns, VoltHouse
# electricals warranty, Oak & Ivy furniture delivery, Harlow & Finch store card, US store
# credit card, Hammerton's DIY click-and-collect, FreshWay Rewards loyalty card, PixelPoint
# price match, Spoonful Box meal kits, Whisker Crate pet-food box, Little Acorns baby store,
# Dreamfold mattress trial, Chapter House bookshop.

EN_CARD1 = card("453201117788392")
EN_CARD2 = card("492981207734516")
EN_CARD3 = card("37625109938417")       # Amex, 15
EN_CARD4 = card("510543882100127")
EN_CARD5 = card("541275830264019")
EN_CARD6 = card("471622093381004")
EN_CARD7 = card("675964982643845376")   # Maestro, 19
EN_CARD8 = card("601100994412837")
EN_CARD9 = card("535522018467330")

EN = [
    # Bazario marketplace, missing parcel (UK)
    ("Thank you for calling Bazario, you're speaking with Jordan, how can I help today?",
     [("name", "Jordan")]),
    ("Hi, yeah, my name's Gemma Thornton, I'm calling about a parcel that never turned up.",
     [("name", "Gemma Thornton")]),
    ("It's gemma.thornton84@gmail.com.", [("email", "gemma.thornton84@gmail.com")],
     "Can I take the email address on the account?"),
    ("Okay, I can see the order, it was from a third-party seller, Kitchen Kraft UK.", []),
    ("The delivery address is 14 Larchwood Avenue, Flat 3, Leeds, LS6 2QT, but it says it was "
     "left in a safe place.", [("address", "14 Larchwood Avenue, Flat 3, Leeds, LS6 2QT")]),
    ("You can reach me on 07824 516093 if the courier rings back.",
     [("phone", "07824 516093")]),
    # Threadline fashion returns (Nigerian caller in London)
    ("good morning my name is folake adeyemi and i want to return two dresses i bought last week",
     [("name", "folake adeyemi")]),
    ("Lovely. Can I just confirm your email, is it folake.a@hotmail.co.uk?",
     [("email", "folake.a@hotmail.co.uk")]),
    ("Thank you, so the refund for the two dresses comes to fifty-eight pounds.", []),
    ("yes it's 88 Bellenden Road SE15 4RB",
     [("address", "88 Bellenden Road SE15 4RB")],
     "And the address for the courier to collect from?"),
    # VoltHouse electricals, washing machine warranty (Indian caller in the UK)
    ("Yeah hi, this is Venkatesh Raghunathan, R-A-G-H-U-N-A-T-H-A-N.",
     [("name", "Venkatesh Raghunathan"), ("name", "R-A-G-H-U-N-A-T-H-A-N")]),
    ("My mobile is plus nine one, nine eight four five oh, two two seven one six.",
     [("phone", "plus nine one, nine eight four five oh, two two seven one six")]),
    ("It's priyanka underscore r at yahoo dot co dot in, it's my wife's email, the warranty's "
     "in her name.", [("email", "priyanka underscore r at yahoo dot co dot in")]),
    ("Okay, and the warranty holder is Priyanka Raghunathan, yes?",
     [("name", "Priyanka Raghunathan")]),
    ("We moved, so it's 7 Chandos Way, Wembley, HA9 6PL now.",
     [("address", "7 Chandos Way, Wembley, HA9 6PL")],
     "And the address where the washing machine is installed?"),
    # Oak & Ivy furniture delivery (Irish caller)
    ("it's Ciarán here from Ballincollig, I ordered a corner sofa off ye back in March and "
     "there's still no sign of it", [("name", "Ciarán")]),
    ("Grand. The address is 27B Kingsbury Road, Ballincollig, County Cork, P31 X2F4.",
     [("address", "27B Kingsbury Road, Ballincollig, County Cork, P31 X2F4")]),
    ("Best number is oh eight seven, nine one four, two two six oh.",
     [("phone", "oh eight seven, nine one four, two two six oh")]),
    ("Thanks, and is the email still c dot oshea at eircom dot net?",
     [("email", "c dot oshea at eircom dot net")]),
    # Harlow & Finch store card (UK)
    ("Hiya, it's Shaz, well, Sharon Pickering, I've got the Harlow and Finch store card.",
     [("name", "Shaz"), ("name", "Sharon Pickering")]),
    ("DOB is 14 Feb 88.", [("date_of_birth", "14 Feb 88")],
     "Can you confirm your date of birth for me, Sharon?"),
    ("Yeah I want to clear the balance with my debit card, it's %s, %s, %s, %s." % (
        EN_CARD5[:4], words(EN_CARD5[4:8], "en"), EN_CARD5[8:12],
        words(EN_CARD5[12:], "en", oh=True)),
     [("card", "%s, %s, %s, %s" % (EN_CARD5[:4], words(EN_CARD5[4:8], "en"), EN_CARD5[8:12],
                                  words(EN_CARD5[12:], "en", oh=True)))]),
    # US store credit card application
    ("hey this is deshawn mitchell, i'm trying to apply for the store credit card online and "
     "it keeps failing", [("name", "deshawn mitchell")]),
    ("Sure, it's 412-58-7730.", [("id", "412-58-7730")],
     "To run the application I'll need your Social Security number."),
    ("my date of birth is august second, nineteen eighty-one",
     [("date_of_birth", "august second, nineteen eighty-one")]),
    ("I live at 1842 West Addison Street, Apartment 4C, Chicago, Illinois 60613.",
     [("address", "1842 West Addison Street, Apartment 4C, Chicago, Illinois 60613")]),
    ("It's deshawn dot mitch at outlook dot com.", [("email", "deshawn dot mitch at outlook dot com")]),
    ("Thank you, sir, and a good phone number?", []),
    ("Yeah, (773) 872-3316, that's my cell.", [("phone", "(773) 872-3316")]),
    # Hammerton's DIY click-and-collect (Nigerian caller)
    ("Um, I'm Emeka, Emeka Obi, O-B-I.",
     [("name", "Emeka", 0), ("name", "Emeka Obi"), ("name", "O-B-I")]),
    ("The email is emeka underscore obi ninety-one at gmail dot com.",
     [("email", "emeka underscore obi ninety-one at gmail dot com")]),
    ("My number is plus two three four, eight oh three, six one four, two nine five eight.",
     [("phone", "plus two three four, eight oh three, six one four, two nine five eight")]),
    ("Okay, your click and collect is ready at the Kingsbury Road store, desk two.", []),
    # FreshWay Rewards loyalty card (older Irish caller)
    ("Hello, Marguerite Dunleavy, well, everyone calls me Peggy, I've lost my FreshWay Rewards card.",
     [("name", "Marguerite Dunleavy"), ("name", "Peggy")]),
    ("It's peggy.dunleavy@eircom.net, all lower case.", [("email", "peggy.dunleavy@eircom.net")],
     "What's the email on the rewards account?"),
    ("I was born on the 21st of January 1969.", [("date_of_birth", "21st of January 1969")]),
    ("It's 9 Mayfield Close, Stockport, SK4 3HG.", [("address", "9 Mayfield Close, Stockport, SK4 3HG")],
     "And the postal address, so we can send the new card out?"),
    ("Right, your points are safe, you've still got 4,210 on there.", []),
    # PixelPoint price match (British-Indian caller)
    ("It's Mr Sunil Kapoor, K-A-P-O-O-R, calling about a price match on a TV.",
     [("name", "Sunil Kapoor"), ("name", "K-A-P-O-O-R")]),
    ("Okay, and which card did you pay with, sir?", []),
    ("The Visa. Actually the full number's %s, if that helps." % grp(EN_CARD1, [4]),
     [("card", grp(EN_CARD1, [4]))]),
    # Spoonful Box meal kits
    ("Hi there, you're through to Dee at Spoonful Box, can I take your name please?",
     [("name", "Dee")]),
    ("yeah it's becky hale, the subscription's in my name",
     [("name", "becky hale")]),
    ("Yeah, it's %s." % say_en(EN_CARD2), [("card", say_en(EN_CARD2))],
     "Go ahead with the new card number whenever you're ready."),
    ("date of birth seventeenth of the eleventh, two thousand and one",
     [("date_of_birth", "seventeenth of the eleventh, two thousand and one")],
     "And just for security, your date of birth?"),
    # Whisker Crate pet-food box (Australian caller)
    ("G'day, Bronwyn Fairweather speaking, I'm ringing about my Whisker Crate box.",
     [("name", "Bronwyn Fairweather")]),
    ("Email's B-R-O-N-W-Y-N dot F at bigpond dot com.",
     [("email", "B-R-O-N-W-Y-N dot F at bigpond dot com")]),
    ("Mobile's 0412 558 309.", [("phone", "0412 558 309")]),
    ("Send it to unit 6, 41 Bellevue Terrace, Fremantle WA 6160 from now on, we've moved.",
     [("address", "unit 6, 41 Bellevue Terrace, Fremantle WA 6160")]),
    ("Yeah, put it on the Amex, %s." % grp(EN_CARD3, [4, 6, 5]),
     [("card", grp(EN_CARD3, [4, 6, 5]))]),
    ("Cheers, Bron, that's all updated for the next box.", [("name", "Bron")]),
    # Little Acorns baby store
    ("I'm Dr Nnamdi Eze, I placed an order for a cot from Little Acorns three weeks ago.",
     [("name", "Nnamdi Eze")]),
    ("the address is forty-two Glenbrook Drive, that's G-L-E-N-B-R-O-O-K, Swindon",
     [("address", "forty-two Glenbrook Drive"), ("address", "G-L-E-N-B-R-O-O-K"),
      ("address", "Swindon")]),
    ("Thank you, let me check with the warehouse, the cot was due to leave them on the 9th.", []),
    # Dreamfold mattress trial (US)
    ("hi um i want to send back the mattress, it's day ninety-eight of the hundred night trial",
     []),
    ("So I have the account under Tyler J. Brooks at 3310 Maple Ridge Court, Plano, Texas "
     "75093, is that right?", [("name", "Tyler J. Brooks"),
                              ("address", "3310 Maple Ridge Court, Plano, Texas 75093")]),
    ("Yeah and the refund should go back on the Mastercard, %s." % grp(EN_CARD4, [4], "-"),
     [("card", grp(EN_CARD4, [4], "-"))]),
    ("my social? it's five two three, four one, eight eight oh six",
     [("id", "five two three, four one, eight eight oh six")],
     "Since you used the Dreamfold financing plan, I need to verify your social."),
    # Chapter House bookshop (Irish)
    ("Aoife Ní Bhriain, that's N-I, then B-H-R-I-A-I-N.",
     [("name", "Aoife Ní Bhriain"), ("name", "B-H-R-I-A-I-N")],
     "And the name the order was placed under?"),
    ("Lovely, bear with me one second while I pull that up.", []),
]

EN_IBAN_IE = iban("IE", "AIBK93115242609817")
EN_IBAN_GB = iban("GB", "NWBK60730418392057")
EN_IBAN_DE = iban("DE", "500105175407324931")
EN_IBAN_NL = iban("NL", "INGB0007294517")
EN_IBAN_AE = iban("AE", "0260001015917468201")
EN_IBAN_GR = iban("GR", "01723840000000281640937")
EN_IBAN_FR = iban("FR", "30004028370001047192684")
EN_IBAN_ES = iban("ES", "00491500052718093214")
EN_IQAMA = saudi("247188365")
EN_SAID = saudi("108452937")
EN_TZ = tz("31794260")
_gb = EN_IBAN_GB
EN_GB_SPOKEN = "G B %s, %s, %s, %s" % (words(_gb[2:4], "en"), " ".join(_gb[4:8]),
                                       words(_gb[8:14], "en", oh=True),
                                       words(_gb[14:], "en", oh=True))
EN_ES_SPOKEN = "E S %s, %s, %s" % (words(EN_IBAN_ES[2:4], "en"), words(EN_IBAN_ES[4:8], "en"),
                                   grp(EN_IBAN_ES[8:], [4]))
EN_CARD6_FALSE = "%s, %s" % (words(EN_CARD6[:4], "en"), words("229", "en"))

EN += [
    # refunds to bank accounts (marketplace sellers, returns paid by transfer)
    ("Yeah, for the refund it's %s." % grp(EN_IBAN_IE, [4]), [("iban", grp(EN_IBAN_IE, [4]))],
     "Because you paid by bank transfer, I'll need your IBAN for the refund."),
    ("Okay it's %s, that's NatWest." % EN_GB_SPOKEN, [("iban", EN_GB_SPOKEN)]),
    ("its a german account %s the sort of old one from when i lived in frankfurt" % (
        grp(EN_IBAN_DE, [4]).lower()), [("iban", grp(EN_IBAN_DE, [4]).lower())]),
    ("My Dutch one is easier, %s." % grp(EN_IBAN_NL, [4]), [("iban", grp(EN_IBAN_NL, [4]))]),
    ("I'm in Dubai now so please refund to my Emirates NBD account, IBAN %s." % grp(EN_IBAN_AE, [4]),
     [("iban", grp(EN_IBAN_AE, [4]))]),
    ("It's a Greek account, my bank's in Patras, %s." % grp(EN_IBAN_GR, [4]),
     [("iban", grp(EN_IBAN_GR, [4]))]),
    ("So that's %s, and the account holder is the same as the order?" % grp(EN_IBAN_FR, [4]),
     [("iban", grp(EN_IBAN_FR, [4]))]),
    ("Right, it's %s, it's a Spanish bank, Santander." % EN_ES_SPOKEN, [("iban", EN_ES_SPOKEN)]),
    # national IDs (store credit, financing, customs clearance of parcels)
    ("Yeah, 231 64 9087.", [("id", "231 64 9087")],
     "And the last thing for the credit check, your Social Security number?"),
    ("it's 609-33-2148, I think, yeah, that's right", [("id", "609-33-2148")]),
    ("seven seven one two nine four four five three", [("id", "seven seven one two nine four four five three")],
     "Can you give me your social security number please?"),
    ("The courier says customs won't release it without my Iqama number, it's %s." % say_en(
        EN_IQAMA, groups=(10,)), [("id", say_en(EN_IQAMA, groups=(10,)))]),
    ("For Saudi customs they want the national ID, mine is %s." % EN_SAID, [("id", EN_SAID)]),
    ("Israeli customs asked for my teudat zehut, it's %s, do you want me to spell it again?" % grp(
        EN_TZ, [3], "-"), [("id", grp(EN_TZ, [3], "-"))]),
    # more cards
    ("It's %s... no, sorry, let me start again. %s." % (EN_CARD6_FALSE, grp(EN_CARD6, [4])),
     [("card!", EN_CARD6_FALSE), ("card", grp(EN_CARD6, [4]))]),
    ("It's a Maestro, the long number is %s." % grp(EN_CARD7, [4]), [("card", grp(EN_CARD7, [4]))]),
    ("Let me read that back to you: %s, is that correct?" % grp(EN_CARD8, [4]),
     [("card", grp(EN_CARD8, [4]))]),
    ("ok so its %s thats the one i used for the first box" % say_en(EN_CARD9, sep=" "),
     [("card", say_en(EN_CARD9, sep=" "))]),
    # more phones
    ("Or my mobile, +353 86 241 7789, I've that with me all the time.", [("phone", "+353 86 241 7789")]),
    ("It's four one five, two six three, forty-two eighteen.",
     [("phone", "four one five, two six three, forty-two eighteen")],
     "What's the best number to reach you on?"),
    ("its oh seven nine four six three three one double eight two",
     [("phone", "oh seven nine four six three three one double eight two")],
     "and a contact number for the delivery driver"),
    # more dates of birth
    ("twelfth of March, nineteen eighty-four", [("date_of_birth", "twelfth of March, nineteen eighty-four")],
     "And can I take your date of birth for security?"),
    ("My date of birth is 03/11/1990.", [("date_of_birth", "03/11/1990")]),
    ("It's the fourth of July nineteen seventy-six, yeah, I know, I get that a lot.",
     [("date_of_birth", "fourth of July nineteen seventy-six")], "Date of birth please?"),
    ("uh, nine, nine, ninety-two, that's the ninth of the ninth",
     [("date_of_birth", "nine, nine, ninety-two")],
     "Could you confirm your date of birth?"),
    ("I was born 30th June 1995 so I should've had the birthday voucher this month.",
     [("date_of_birth", "30th June 1995")]),
]

EN += [
    # non-personal: orders, tracking, prices, deliveries, warranties, points, dates of charges
    ("Your order number is 402-7718-5531, and it was dispatched on the 14th of May.", []),
    ("The tracking number is JD0146 0000 3829 1174, it's with Parcelwise.", []),
    ("It says out for delivery between 10:45 and 12:45 on Thursday.", []),
    ("The refund of £149.99 was issued on 2 April, it can take three to five working days to show.", []),
    ("I ordered three of the Sophia wardrobes and only two arrived.", []),
    ("The Ashley corner sofa is on back order until week 32, so early August at the earliest.", []),
    ("Your box ships every 28 days, so the next one goes out on the 3rd.", []),
    ("we charged you £34.50 on the 1st of March for the March box and again on the 2nd so one of "
     "those is a duplicate", []),
    ("The warranty is three years from the date of purchase, which was the 19th of November 2022.", []),
    ("Model number is WM-8420-XS, and the serial on the sticker is 5521 8843 0097.", []),
    ("I'm looking at the Harrington bedside table, the one that's £89 in the sale.", []),
    ("TechBarn have the same 55 inch at £449 until Sunday, so I want the difference back.", []),
    ("Price match only applies within 14 days of purchase, and the other retailer has to have "
     "it in stock.", []),
    ("You've got 1,250 points, which is worth £12.50 off your next shop.", []),
    ("click and collect orders are held for seven days so you've got until friday the 21st", []),
    ("The driver tried at 7:40 this morning and left a card with reference 88213.", []),
    ("It's the Monroe dining set, six chairs, the order went in on the 30th of January.", []),
    ("So that's two pillows at £25 each, less the twenty percent code, £40 all in.", []),
    ("The subscription started on 5 January 2024 and the minimum term is six boxes.", []),
    ("Your ticket number is 7730912, I've escalated it and they'll come back to you within "
     "48 hours.", []),
    ("your gift card has seventy five pounds twenty on it and it expires on the thirty first of "
     "december twenty twenty five", []),
    ("The Jackson two-seater was £1,249 and I paid an extra sixty quid for Saturday delivery.", []),
    ("Return label reference is RTN 4471 9026 18, you can drop it at any Collect Plus point.", []),
    ("The order was split into three parcels, two came on the 12th and the third has said in "
     "transit since the 13th.", []),
    ("What I can do is a fifteen percent goodwill voucher, that's £22.35 on this order.", []),
    ("It's my son's birthday on Saturday, that's why I need the bike by Friday at the latest.", []),
    ("The engineer can come Wednesday the 8th, between eight and one.", []),
    ("Order 1123 4587 9920 was cancelled automatically because the payment didn't go through.", []),
    ("It's the Victoria pattern, the dinner plates, 27 centimetres, set of four.", []),
    ("The box went to Kingston instead of Kingsbury, that's the whole problem.", []),
    ("We've been customers since 2016, we must have ordered from you over two hundred times.", []),
    ("Your Dreamfold Care plan started on 1 June 2023 and runs for 24 months.", []),
    ("I paid £1,049 on 13/02/2024 and the exact same fridge is £899 on your website today.", []),
    ("Four one five? No, that's the item code, 415-22-90, it's on the receipt under the barcode.", []),
]

LANGS["en"] = EN

# ============================================================================= Arabic
# Calls: Markety marketplace (missing phone, Riyadh), Electro Home washing-machine warranty
# (Cairo), Modern Furniture House delivery (Amman), online jacket return (Casablanca, Darija),
# Al Nakheel Hyper loyalty card (Abu Dhabi), Bun Box coffee subscription (Jeddah), Baby World
# pushchair refund (Beirut), Tech Zone instalment plan (Riyadh), price match (Kuwait),
# Dar Al Oud perfume order, phone-accessories marketplace cash on delivery (Alexandria),
# marketplace order from Algeria, school-supplies click and collect (Dammam).

AR_CARD1 = card("491638205517924")
AR_CARD2 = card("523418806647201")
AR_CARD3 = card("440647193820156")
AR_CARD4 = card("37451290816433")        # Amex, 15
AR_CARD5 = card("510791006348215")
AR_CARD6 = card("458712003319846")
AR_CARD7 = card("222100473516809")
AR_CARD8 = card("588845120937461")       # mada
AR_IBAN_SA1 = iban("SA", "45000000371829405516")
AR_IBAN_SA2 = iban("SA", "10000019382746501108")
AR_IBAN_AE = iban("AE", "0330000019100347261")
AR_IBAN_EG = iban("EG", "0003000712000004721935810")
AR_IBAN_JO = iban("JO", "ARAB1180000000018274630501")
AR_IBAN_KW = iban("KW", "GULB0000000000004839120067")
AR_IBAN_QA = iban("QA", "QNBA000000000724519036112")
AR_IBAN_LB = iban("LB", "005100000001836205947213")
AR_ID1 = saudi("104532879")
AR_ID2 = saudi("107294318")
AR_ID3 = saudi("110826457")
AR_ID4 = saudi("103317760")
AR_IQ1 = saudi("238450916")
AR_IQ2 = saudi("241907733")
AR_IQ3 = saudi("225568019")
AR_IQ4 = saudi("249001386")

AR_PH_EG = words_ar("01283476901", "eg", groups=(3, 2, 2, 2, 2))
AR_CARD2_W = words_ar(AR_CARD2, groups=(4,))

AR = [
    # Markety marketplace, phone never arrived (Riyadh, Najdi)
    ("مرحبا، معك ريم من خدمة عملاء ماركتي، كيف أقدر أخدمك؟", [("name", "ريم")]),
    ("هلا والله، معك أبو فهد، محمد العتيبي، طلبت جوال من بائع في ماركتي وللحين ما وصلني",
     [("name", "أبو فهد"), ("name", "محمد العتيبي")]),
    ("أبشر طال عمرك، عطني رقم الطلب الله يعافيك", []),
    ("رقم الطلب ٧٧٤٠٣٩١٥٢، والمفروض يوصل يوم الأحد اللي فات", []),
    ("العنوان الوطني: الرياض، حي النرجس، شارع أبي بكر الرازي، مبنى ٧٢١٤، الرمز البريدي ١٣٣٢٧",
     [("address", "الرياض، حي النرجس، شارع أبي بكر الرازي، مبنى ٧٢١٤، الرمز البريدي ١٣٣٢٧")]),
    ("جوالي ٠٥٥٣٤١٨٩٢٧ لو المندوب يبي يتصل", [("phone", "٠٥٥٣٤١٨٩٢٧")]),
    ("تمام يا أستاذ محمد، وش الإيميل المسجل عندنا؟", [("name", "محمد")]),
    ("الإيميل m.alotaibi88@hotmail.com", [("email", "m.alotaibi88@hotmail.com")]),
    # Electro Home, washing machine warranty (Cairo, Egyptian)
    ("ألو، أيوه، أنا اسمي شيماء عبد الفتاح، كنت شارية غسالة من عندكم وبطلت تشتغل خالص",
     [("name", "شيماء عبد الفتاح")]),
    ("رقمي %s" % AR_PH_EG, [("phone", AR_PH_EG)]),
    ("الإيميل شيماء أندرسكور أربعة وتسعين آت ياهو دوت كوم",
     [("email", "شيماء أندرسكور أربعة وتسعين آت ياهو دوت كوم")]),
    ("العنوان ١٤ شارع مصدق، الدقي، الجيزة، الدور التالت شقة ٧",
     [("address", "١٤ شارع مصدق، الدقي، الجيزة، الدور التالت شقة ٧")],
     "ممكن العنوان عشان الفني ييجي يشوف الغسالة؟"),
    ("تمام يا مدام شيماء، الضمان لسه ساري لحد آخر السنة الجاية", [("name", "شيماء")]),
    ("أنا مواليد خمسة وعشرين ديسمبر اتنين وتسعين", [("date_of_birth", "خمسة وعشرين ديسمبر اتنين وتسعين")],
     "ممكن تاريخ الميلاد للتأكيد يا فندم؟"),
    # Modern Furniture House, sofa and dining table delivery (Amman, Levantine)
    ("مرحبا، معك رامي حداد، طلبت كنباية وطاولة سفرة من عندكم من أسبوعين ولسا ما إجو",
     [("name", "رامي حداد")]),
    ("العنوان عمّان، خلدا، شارع وصفي التل، عمارة ١٨، الطابق التاني",
     [("address", "عمّان، خلدا، شارع وصفي التل، عمارة ١٨، الطابق التاني")]),
    ("رقمي ٠٧٩ ٦٢٤ ١٨٣٧، إذا ما رديت ابعتلي واتساب", [("phone", "٠٧٩ ٦٢٤ ١٨٣٧")]),
    ("أهلين أستاذ رامي، التوصيل رح يكون يوم الثلاثاء بين الساعة ١٠ و ٢", [("name", "رامي")]),
    ("بدي أدفع الباقي بالفيزا، الرقم %s" % grp(AR_CARD1, [4]), [("card", grp(AR_CARD1, [4]))]),
    ("حوّلولي فرق السعر على حسابي، الآيبان %s" % grp(AR_IBAN_JO, [4]), [("iban", grp(AR_IBAN_JO, [4]))]),
    # jacket return, online fashion shop (Casablanca, Darija with a Latin-script name)
    ("السلام عليكم، أنا يوسف بنعلي، Youssef Benali، شريت واحد الجاكيطة أونلاين وبغيت نرجعها",
     [("name", "يوسف بنعلي"), ("name", "Youssef Benali")]),
    ("الإيميل ديالي youssef.benali@gmail.com", [("email", "youssef.benali@gmail.com")]),
    ("النمرة ديالي 06 61 24 73 98", [("phone", "06 61 24 73 98")]),
    ("ساكن ف زنقة 12 رقم 45، حي السلام، الدار البيضاء",
     [("address", "زنقة 12 رقم 45، حي السلام، الدار البيضاء")]),
    ("تزاديت نهار 4 يوليوز 1993", [("date_of_birth", "4 يوليوز 1993")],
     "شنو هو تاريخ الازدياد ديالك عافاك؟"),
    # Al Nakheel Hyper loyalty card (Abu Dhabi, Emirati)
    ("مرحبا، أنا هيفاء الكعبي، ضاعت بطاقة الولاء حقتي", [("name", "هيفاء الكعبي")]),
    ("رقمي زائد تسعة سبعة واحد، خمسين، سبعة اثنين ستة، أربعة واحد ثمانية ثلاثة",
     [("phone", "زائد تسعة سبعة واحد، خمسين، سبعة اثنين ستة، أربعة واحد ثمانية ثلاثة")]),
    ("أنا ساكنة في أبوظبي، مدينة خليفة أ، شارع ١٧، فيلا ٢٣",
     [("address", "أبوظبي، مدينة خليفة أ، شارع ١٧، فيلا ٢٣")]),
    ("شكراً أختي هيفاء، رصيدك ٣٢٠٠ نقطة وما راح يضيع", [("name", "هيفاء")]),
    ("تاريخ ميلادي ١٩٨٧/٠٣/١٥", [("date_of_birth", "١٩٨٧/٠٣/١٥")]),
    # Bun Box coffee subscription (Jeddah, Hijazi)
    ("السلام عليكم، معاك عبدالله باخشب، عندي اشتراك شهري في بن بوكس وأبغى أغير البطاقة",
     [("name", "عبدالله باخشب")]),
    ("الرقم الجديد %s" % AR_CARD2_W, [("card", AR_CARD2_W)], "تفضل، قول رقم البطاقة الجديدة"),
    ("الإيميل abdullah.bakhashab@icloud.com، كله حروف صغيرة",
     [("email", "abdullah.bakhashab@icloud.com")]),
    # Baby World, pushchair arrived broken (Beirut, Lebanese)
    ("بونجور، أنا لين خوري، طلبت عربية أطفال ووصلت مكسورة", [("name", "لين خوري")]),
    ("حوّلولي المصاري على الآيبان تبعي %s" % AR_IBAN_LB, [("iban", AR_IBAN_LB)]),
    ("رقمي +961 3 482 716", [("phone", "+961 3 482 716")]),
    ("أنا ساكنة بالأشرفية، شارع مار مخايل، بناية الحلو، الطابق الثالث",
     [("address", "الأشرفية، شارع مار مخايل، بناية الحلو، الطابق الثالث")]),
    ("تكرم عينك مدام لين، رح نبعتلك واحدة جديدة", [("name", "لين")]),
]

AR_ID2_W = words_ar(AR_ID2, groups=(3, 3, 3, 1))
AR_ID4_MIX = "%s %s %s" % (indic(AR_ID4[:3]), words_ar(AR_ID4[3:7]), indic(AR_ID4[7:]))
AR_IQ3_W = words_ar(AR_IQ3, "lev")
AR_IQ4_P = pairs_ar(AR_IQ4)
AR_CARD5_MIX = "%s %s %s %s" % (indic(AR_CARD5[:4]), words_ar(AR_CARD5[4:8]),
                                indic(AR_CARD5[8:12]), words_ar(AR_CARD5[12:]))
AR_CARD6_FALSE = grp(AR_CARD6[:4] + "2100", [4])
AR_PH_SA_P = "%s، %s" % (words_ar("055"), pairs_ar("6362479"))
AR_SA2_MIX = "SA" + indic(grp(AR_IBAN_SA2[2:], [4]))

AR += [
    # Tech Zone instalment plan: national ID and iqama (Riyadh)
    ("رقم الهوية %s" % indic(AR_ID1), [("id", indic(AR_ID1))],
     "عشان نكمل طلب التقسيط أحتاج رقم الهوية الوطنية لو سمحت"),
    ("هويتي %s" % AR_ID2_W, [("id", AR_ID2_W)], "تزودني برقم الهوية؟"),
    ("اسمي الكامل سارة بنت عبدالرحمن الحربي، والهوية %s" % grp(AR_ID3, [4, 3]),
     [("name", "سارة بنت عبدالرحمن الحربي"), ("id", grp(AR_ID3, [4, 3]))]),
    ("الهوية يعني %s، إيه هذا هو" % AR_ID4_MIX, [("id", AR_ID4_MIX)]),
    ("أنا مقيم مش مواطن، رقم الإقامة بتاعي %s" % AR_IQ1, [("id", AR_IQ1)]),
    ("إقامة نمبر %s، أنا من باكستان، عربي شوية شوية" % indic(grp(AR_IQ2, [5])),
     [("id", indic(grp(AR_IQ2, [5])))]),
    ("رقم الإقامة %s" % AR_IQ3_W, [("id", AR_IQ3_W)], "معك رقم الإقامة يا أخ؟"),
    ("خذ رقم الإقامة، %s" % AR_IQ4_P, [("id", AR_IQ4_P)]),
    # cards
    ("رقم البطاقة %s" % indic(grp(AR_CARD3, [4])), [("card", indic(grp(AR_CARD3, [4])))]),
    ("رجّعوا المبلغ على الأمريكان إكسبريس، %s" % grp(AR_CARD4, [4, 6, 5]),
     [("card", grp(AR_CARD4, [4, 6, 5]))]),
    ("الرقم %s" % AR_CARD5_MIX, [("card", AR_CARD5_MIX)], "تفضل رقم البطاقة"),
    ("%s... لا لا آسف غلطت، %s" % (AR_CARD6_FALSE, grp(AR_CARD6, [4])),
     [("card!", AR_CARD6_FALSE), ("card", grp(AR_CARD6, [4]))], "رقم البطاقة اللي بتدفع فيها؟"),
    ("أأكد معك الرقم: %s، صح؟" % grp(AR_CARD7, [4]), [("card", grp(AR_CARD7, [4]))]),
    ("ادفع ببطاقة مدى، رقمها %s" % grp(AR_CARD8, [4]), [("card", grp(AR_CARD8, [4]))]),
    # refunds to bank accounts
    ("الآيبان %s باسمي نفسه" % grp(AR_IBAN_SA1, [4]), [("iban", grp(AR_IBAN_SA1, [4]))]),
    ("اكتب عندك %s" % AR_SA2_MIX, [("iban", AR_SA2_MIX)], "عطني رقم الآيبان عشان نرجع المبلغ"),
    ("حولوا المبلغ على %s، هذا حسابي في بنك أبوظبي" % grp(AR_IBAN_AE, [4]),
     [("iban", grp(AR_IBAN_AE, [4]))]),
    ("الأيبان بتاعي %s" % AR_IBAN_EG, [("iban", AR_IBAN_EG)]),
    ("يا أخي أبي الفرق يرجع حسابي، %s" % grp(AR_IBAN_KW, [4]), [("iban", grp(AR_IBAN_KW, [4]))]),
    ("رقم الحساب الدولي %s" % grp(AR_IBAN_QA, [4]), [("iban", grp(AR_IBAN_QA, [4]))]),
    # phones
    ("وهذا رقمي الكويتي +965 6589 2174", [("phone", "+965 6589 2174")]),
    ("الجوال %s" % AR_PH_SA_P, [("phone", AR_PH_SA_P)], "رقم الجوال للمندوب؟"),
    ("أيوه الرقم 01098 552 713 وعليه واتساب", [("phone", "01098 552 713")]),
    ("اتصلوا على الرقم التونسي متاعي +216 98 451 307", [("phone", "+216 98 451 307")]),
    ("النمرة تاعي 0661 47 28 93", [("phone", "0661 47 28 93")]),
    # Dar Al Oud perfume order (MSA)
    ("مساء الخير، معك بدر من دار العود، كيف يمكنني مساعدتك؟", [("name", "بدر")]),
    ("مساء النور، أنا خديجة، خديجة العلوي، طلبت عطراً منذ عشرة أيام ولم يصلني",
     [("name", "خديجة", 0), ("name", "خديجة العلوي")]),
    ("البريد الإلكتروني khadija.alaoui آت جيميل دوت كوم",
     [("email", "khadija.alaoui آت جيميل دوت كوم")]),
    ("تاريخ الميلاد: الحادي عشر من نوفمبر عام ألفين",
     [("date_of_birth", "الحادي عشر من نوفمبر عام ألفين")]),
    # phone accessories marketplace, cash on delivery (Alexandria)
    ("أيوه يا باشا، أنا محمود، ميدو يعني، طلبت جراب وشاحن والمندوب ماجاش",
     [("name", "محمود"), ("name", "ميدو")]),
    ("الإيميل mido_2010@gmail.com", [("email", "mido_2010@gmail.com")]),
    ("أنا ساكن في سموحة، ١٢ شارع فوزي معاذ، الدور الخامس",
     [("address", "سموحة، ١٢ شارع فوزي معاذ، الدور الخامس")]),
    # marketplace order from Oran (Algerian)
    ("صباح الخير، معاك أمين بوزيد من وهران", [("name", "أمين بوزيد")]),
    ("العنوان: حي الصباح، عمارة 14، شقة 6، وهران", [("address", "حي الصباح، عمارة 14، شقة 6، وهران")]),
    ("الإيميل amine.bouzid@yahoo.fr", [("email", "amine.bouzid@yahoo.fr")]),
    ("أنا مزيود في 17 أفريل 1985", [("date_of_birth", "17 أفريل 1985")]),
    # Kuwait price match, Dammam school supplies, the rest
    ("هلا، معاك خالد المطيري، شريت تلفزيون من عندكم ولقيته بمحل ثاني أرخص", [("name", "خالد المطيري")]),
    ("مواليد ٢٢/١١/١٩٩٨", [("date_of_birth", "٢٢/١١/١٩٩٨")], "تاريخ ميلادك لو سمحت؟"),
    ("الطلب باسم نورة السبيعي، صح؟", [("name", "نورة السبيعي")]),
    ("لا خلاص وصلوه البيت أحسن، الدمام، حي الفيصلية، شارع ٢٢، بيت رقم ٩",
     [("address", "الدمام، حي الفيصلية، شارع ٢٢، بيت رقم ٩")]),
    ("مواليد ١٤ رمضان ١٤٠٨", [("date_of_birth", "١٤ رمضان ١٤٠٨")], "تاريخ الميلاد بالهجري لو سمحت"),
    ("تاريخ ميلادي ثلاثة ثلاثة تسعين", [("date_of_birth", "ثلاثة ثلاثة تسعين")]),
    ("معاكي أحمد من خدمة العملاء، أقدر أساعدك إزاي؟", [("name", "أحمد")]),
    ("وإيميلي نواف دوت الشمري آت أوتلوك دوت كوم", [("email", "نواف دوت الشمري آت أوتلوك دوت كوم")]),
]

AR += [
    # non-personal: orders, shipments, prices, warranties, points, dates of charges and deliveries
    ("طلبك رقم ٤٥٨٢٧١٩٠٣٦ طلع من المستودع أمس وبيوصلك خلال ٣ إلى ٥ أيام عمل", []),
    ("السعر كان ٣٤٩ ريال وبعد الخصم صار ٢٧٩، يعني الفرق ٧٠ ريال", []),
    ("المندوب حاول يوصل الساعة ٤:٣٠ العصر وما رد عليه أحد", []),
    ("الطلب فيه ثلاث قطع، وصل منها ثنتين بس، والثالثة للحين في الشحن", []),
    ("رقم الشحنة SMSA 290 4471 8836 تقدر تتابعه من الموقع", []),
    ("الضمان سنتين من تاريخ الشراء، وأنا شاريها يوم ١٢ مارس ٢٠٢٣", []),
    ("عندك ٢٣٠٠ نقطة في بطاقة الولاء، وكل ١٠٠ نقطة تساوي عشرة ريال", []),
    ("الاستلام من الفرع متاح من الساعة ١٠ الصبح لين ١١ بالليل", []),
    ("فرع شارع الملك فهد مسكّر للصيانة، تقدر تستلم من فرع مول الياسمين", []),
    ("الكنباية موديل سلمى، لونها رمادي، تلات مقاعد، وسعرها ٤٢٠ دينار", []),
    ("المبلغ اللي انخصم ٨٩٫٩٩ درهم يوم ١ فبراير، وانخصم مرة ثانية يوم ٢", []),
    ("الاشتراك بدأ في يناير ٢٠٢٤ ومدته ١٢ شهر", []),
    ("رقم التذكرة ٦٦١٠٣٩٢، وفريق المرتجعات بيتواصل معك خلال ٤٨ ساعة", []),
    ("التلفزيون ٥٥ بوصة كان بـ ١٨٩٩ عندكم، ولقيته بـ ١٧٤٩ في محل ثاني", []),
    ("مطابقة السعر بس خلال ١٤ يوم من الشراء، وبشرط المنتج يكون متوفر عندهم", []),
    ("يا فندم الأوردر اتقسم على شحنتين، الأولى وصلت يوم ٩ والتانية هتوصل الخميس", []),
    ("الغسالة موديل WM-7140، والسيريال اللي على الملصق 8812 5530 0419", []),
    ("السعر ١٢٠٠ جنيه والشحن ٦٥ جنيه، يعني الإجمالي ١٢٦٥", []),
    ("بغيت نبدل المقاس من 38 لـ 40، واش ممكن؟", []),
    ("الكوموند وصلات نهار الثلاثاء 14 ماي ولكن ناقصة منها حاجة", []),
    ("الثمن كان 450 درهم، والتوصيل فابور", []),
    ("المرتجعات خلال ٣٠ يوم، والمنتج لازم يكون بكرتونته الأصلية", []),
    ("بطاقة الهدية فيها ٢٥٠ ريال وتنتهي في ٣١ ديسمبر ٢٠٢٥", []),
    ("كود الخصم RAMADAN25 يعطيك ٢٥٪ على أول طلب", []),
    ("طلبت من عندكم أكثر من ٤٠ مرة من سنة ٢٠١٩ وأول مرة يصير معي كذا", []),
    ("التوصيل يوم السبت ١٨ الشهر بين الساعة ٩ و ١٢", []),
    ("صندوق القهوة الشهري فيه ٤ أكياس، كل كيس ٢٥٠ غرام", []),
    ("الفني بيجيك يوم الأربعاء الساعة ١١ الصبح، والزيارة تاخذ تقريباً ساعة", []),
    ("رقم المرتجع RT-5520-8731، حطه على الكرتونة من برا", []),
    ("رقم الطلب 118-4420-9357 مش 118-4420-9375، أنا غلطت في آخر رقمين", []),
    ("حجزت الطاولة من معرض شارع عبدالله غوشة بس بدي ياها توصل عالبيت", []),
    ("الطلب اتلغى أوتوماتيك علشان الدفع عند الاستلام مش بيقبل فوق ٥٠٠٠ جنيه", []),
    ("المرتجع وصل المستودع يوم ٢٠ أغسطس، والمبلغ يرجع خلال ٧ إلى ١٤ يوم", []),
    ("عربية الأطفال موديل لونا، إصدار ٢٠٢٤، وزنها ٧ كيلو بس", []),
    ("نقاطك بتنتهي بعد ٩٠ يوم إذا ما استخدمتها", []),
    ("المفروض يوصل بين ١٠ و ١٥ يونيو، بس مكتوب في التطبيق ٢٢ يونيو", []),
    ("العطر حجم ١٠٠ مل بسعر ٦٨٠ ريال، والعينة هدية", []),
    ("لا مدى ولا فيزا، دفعت كاش ٧٥٠ ريال للمندوب", []),
]

LANGS["ar"] = AR

# ============================================================================= Hebrew
# Calls: Globox overseas marketplace (parcel held at customs), Hashmal Plus air-conditioner
# warranty (Haifa), Rahitei Alon furniture delivery (Kiryat Gat), Style Boutique return
# (Netanya), neighbourhood supermarket club card (Jerusalem), Digital Center price match
# (Umm al-Fahm), Kufsat Yerek vegetable box (Modi'in), Olam HaTsaatsua toy store click and
# collect (Haifa), Halom Laila mattress trial (Be'er Sheva), Beauty Shop cosmetics order,
# HomeFix DIY click and collect, Mitbahon kitchen appliances.

HE_TZ = [tz(b) for b in ("03948172", "31274569", "20581734", "05762381", "33419027",
                         "31650298", "02275463", "34108856")]
HE_CARD1 = card("458003712659418")
HE_CARD2 = card("532611087724093")
HE_CARD3 = card("37591863402715")        # Amex, 15
HE_CARD4 = card("3618002477593")         # Diners, 14
HE_CARD5 = card("401288661905337")
HE_CARD6 = card("544612300958821")
HE_CARD7 = card("490770315286442")
HE_CARD8 = card("222360918847015")
HE_IBAN_IL = [iban("IL", b) for b in ("0126320000000418937", "0108150000005502146",
                                      "0204470000000287331", "0317250000001196604",
                                      "0111020000000623859")]
HE_IBAN_FR = iban("FR", "10278060410002051570127")
HE_IBAN_GB = iban("GB", "BARC20040471825063")
HE_IBAN_DE = iban("DE", "100100100938475610")

HE_TZ2_W = words_he(HE_TZ[1], groups=(3,))
HE_PH2 = "אפס %s, %s, %s" % (pairs_he("54")[:], words_he("831"), words_he("2290"))
HE_PH3 = words_he("0526134478", groups=(3, 3, 4))
HE_CARD1_G = grp(HE_CARD1, [4])
HE_CARD4_W = words_he(HE_CARD4, groups=(4, 6, 4))

HE = [
    # Globox overseas marketplace, parcel held at customs (Tel Aviv)
    ("שלום, הגעת לשירות הלקוחות של גלובוקס, מדברת רוני, במה אפשר לעזור?", [("name", "רוני")]),
    ("היי, שמי יעל שטרן, הזמנתי אוזניות לפני חודש והחבילה תקועה במכס", [("name", "יעל שטרן")]),
    ("המכס מבקשים מספר תעודת זהות, זה %s" % HE_TZ[0], [("id", HE_TZ[0])]),
    ("הטלפון שלי 050-7214863 אם צריך", [("phone", "050-7214863")]),
    ("המייל yael.stern@gmail.com", [("email", "yael.stern@gmail.com")]),
    ("תודה יעל, אני רואה את ההזמנה, מספר המעקב LP00391827465", [("name", "יעל")]),
    # Hashmal Plus air-conditioner warranty (Russian-speaking caller, Haifa)
    ("אלו, שלום, קוראים לי ולדימיר קוזלוב, אפשר וובה, קניתי אצלכם מזגן והוא לא מקרר",
     [("name", "ולדימיר קוזלוב"), ("name", "וובה")]),
    ("כתובת: רחוב מוריה 112, דירה 9, חיפה", [("address", "רחוב מוריה 112, דירה 9, חיפה")],
     "לאיזו כתובת לשלוח את הטכנאי?"),
    ("טלפון %s" % HE_PH2, [("phone", HE_PH2)]),
    ("תעודת זהות, %s" % HE_TZ2_W, [("id", HE_TZ2_W)], "אני צריכה מספר תעודת זהות של בעל האחריות"),
    ("בסדר ולדימיר, הטכנאי יגיע ביום רביעי בין שמונה לשתים עשרה", [("name", "ולדימיר")]),
    # Rahitei Alon furniture delivery (Ethiopian-Israeli caller, Kiryat Gat)
    ("שלום, מדבר טספאי מלקו, הזמנתי ארון וספה מרהיטי אלון", [("name", "טספאי מלקו")]),
    ("הכתובת שלי שדרות ירושלים 45, קומה שנייה, קריית גת",
     [("address", "שדרות ירושלים 45, קומה שנייה, קריית גת")]),
    ("מספר טלפון %s" % HE_PH3, [("phone", HE_PH3)]),
    ("אני רוצה לשלם את היתרה בכרטיס אשראי, %s" % HE_CARD1_G, [("card", HE_CARD1_G)]),
    ("תודה רבה טספאי, ההובלה נקבעה ליום חמישי", [("name", "טספאי")]),
    # Style Boutique return (French immigrant, Netanya)
    ("בונז'ור, סליחה, שלום, אני אודליה אזולאי, עליתי מצרפת לפני שנתיים, אני רוצה להחזיר שמלה",
     [("name", "אודליה אזולאי")]),
    ("המייל שלי אודליה נקודה אזולאי שטרודל ג'ימייל נקודה קום",
     [("email", "אודליה נקודה אזולאי שטרודל ג'ימייל נקודה קום")]),
    ("להחזר, החשבון שלי עדיין בצרפת, %s" % grp(HE_IBAN_FR, [4]), [("iban", grp(HE_IBAN_FR, [4]))]),
    ("נולדתי ב-3 בספטמבר 1991", [("date_of_birth", "3 בספטמבר 1991")]),
    ("+33 6 12 48 93 57, זה הנייד הצרפתי שלי", [("phone", "+33 6 12 48 93 57")]),
    # neighbourhood supermarket club card (older caller, Jerusalem)
    ("כן שלום, מדברת שולה, שולמית ברק, איבדתי את כרטיס המועדון", [("name", "שולה"), ("name", "שולמית ברק")]),
    ("%s" % grp(HE_TZ[2], [3], "-"), [("id", grp(HE_TZ[2], [3], "-"))],
     "מה מספר תעודת הזהות שאיתו נרשמת למועדון?"),
    ("שתיים עשרה בשלוש חמישים ושמונה", [("date_of_birth", "שתיים עשרה בשלוש חמישים ושמונה")],
     "ותאריך לידה?"),
    ("גרה ברחוב עזה 31, דירה 4, ירושלים", [("address", "רחוב עזה 31, דירה 4, ירושלים")]),
    ("שולה יקירה, הנקודות לא הולכות לאיבוד, יש לך 840 נקודות בכרטיס", [("name", "שולה")]),
    # Digital Center price match (Arab citizen speaking Hebrew, Umm al-Fahm)
    ("שלום, אני מוחמד ג'בארין מאום אל-פחם, קניתי טלוויזיה ואחרי יומיים ראיתי אותה יותר זול",
     [("name", "מוחמד ג'בארין")]),
    ("המספר שלי 054 937 1162", [("phone", "054 937 1162")]),
    ("תחזירו את ההפרש לחשבון בנק, %s" % grp(HE_IBAN_IL[0], [4]), [("iban", grp(HE_IBAN_IL[0], [4]))]),
    ("מייל m.jabareen שטרודל hotmail.com", [("email", "m.jabareen שטרודל hotmail.com")]),
    ("בשמחה מוחמד, אני מעבירה את זה למחלקת התאמת מחירים", [("name", "מוחמד")]),
    # Kufsat Yerek vegetable box (Anglo immigrant, Modi'in)
    ("היי, אני ג'ניפר גולדברג, אבל כולם קוראים לי ג'ן, יש לי מנוי על קופסת ירק",
     [("name", "ג'ניפר גולדברג"), ("name", "ג'ן")]),
    ("אפשר לשלוח ל... אה... רחוב עמק איילון 22, מודיעין, כניסה ב",
     [("address", "רחוב עמק איילון 22, מודיעין, כניסה ב")], "לאן לשלוח את הקופסה מעכשיו?"),
    ("המייל jen.goldberg@outlook.com", [("email", "jen.goldberg@outlook.com")]),
    ("22.6.79", [("date_of_birth", "22.6.79")], "תאריך לידה בשביל האימות?"),
    ("הכרטיס החדש הוא דיינרס, %s" % HE_CARD4_W, [("card", HE_CARD4_W)]),
    # Olam HaTsaatsua toy store click and collect (Arab citizen, Haifa)
    ("מדברת נסרין ח'ורי, הזמנתי אופניים לילד לאיסוף מהסניף בגרנד קניון", [("name", "נסרין ח'ורי")]),
    ("התעודת זהות שלי %s" % grp(HE_TZ[3], [2, 3, 4], " "), [("id", grp(HE_TZ[3], [2, 3, 4], " "))]),
    ("נסרין, ההזמנה מוכנה לאיסוף, דלפק 3 ליד הקופות", [("name", "נסרין")]),
    # Halom Laila mattress trial (Be'er Sheva, no punctuation)
    ("כן היי זה אורי פרידמן אני רוצה להחזיר את המזרן אני ביום 80 של הניסיון", [("name", "אורי פרידמן")]),
    ("כתובת לאיסוף רחוב רגר 14 דירה 7 באר שבע", [("address", "רחוב רגר 14 דירה 7 באר שבע")]),
    ("תחזירו לכרטיס %s" % grp(HE_CARD2, [4], "-"), [("card", grp(HE_CARD2, [4], "-"))]),
]

HE_CARD5_W = words_he(HE_CARD5, groups=(4,))
HE_CARD7_MIX = "%s %s %s %s" % (HE_CARD7[:4], words_he(HE_CARD7[4:8]), HE_CARD7[8:12],
                                words_he(HE_CARD7[12:]))
HE_TZ6_FALSE = HE_TZ[6][:5] + HE_TZ[6][6] + HE_TZ[6][5]
HE_TZ5_MIX = "%s %s %s" % (HE_TZ[5][:2], words_he(HE_TZ[5][2:6]), HE_TZ[5][6:])
HE_TZ7_P = "אפס %s" % pairs_he(HE_TZ[7][1:]) if HE_TZ[7][0] == "0" else pairs_he(HE_TZ[7])
HE_PH_INTL = "פלוס תשע שבע שתיים, %s, %s, %s" % (pairs_he("52"), words_he("318"), pairs_he("4769"))
HE_PH_AHMAD = "אפס %s, %s, %s" % (pairs_he("52"), words_he("441"), words_he("9037"))
HE_IL4 = grp(HE_IBAN_IL[4], [2, 2, 3, 3, 13])

HE += [
    # Beauty Shop cosmetics order (Ramat Gan)
    ("היי, מדברת שירלי אוחיון, הזמנתי קרם ושפתון ובמקום זה הגיע לי שמפו", [("name", "שירלי אוחיון")]),
    ("המייל שלי שירלי קו תחתון אוחיון תשעים ושתיים שטרודל וואלה נקודה קו נקודה איל",
     [("email", "שירלי קו תחתון אוחיון תשעים ושתיים שטרודל וואלה נקודה קו נקודה איל")]),
    ("שבעה עשר באפריל אלפיים ושתיים", [("date_of_birth", "שבעה עשר באפריל אלפיים ושתיים")],
     "ותאריך הלידה שלך?"),
    ("%s" % HE_CARD5_W, [("card", HE_CARD5_W)], "תקריאי לי בבקשה את מספר הכרטיס"),
    # HomeFix DIY click and collect (Petah Tikva)
    ("שלום, מדבר אבי מהום פיקס, איך אני יכול לעזור?", [("name", "אבי")]),
    ("שלום, כאן מוטי, מרדכי אברהמי, הזמנתי מקדחה ומדפים לאיסוף מהסניף",
     [("name", "מוטי"), ("name", "מרדכי אברהמי")]),
    ("טלפון בבית 03-9214658, בנייד אני לא תמיד עונה", [("phone", "03-9214658")]),
    ("תעודת זהות %s... לא, סליחה, %s" % (HE_TZ6_FALSE, HE_TZ[6]),
     [("id!", HE_TZ6_FALSE), ("id", HE_TZ[6])]),
    ("תרשמי, אני גר ברחוב ההגנה 7, כניסה ג', דירה 15, פתח תקווה",
     [("address", "רחוב ההגנה 7, כניסה ג', דירה 15, פתח תקווה")]),
    ("המייל moti.av@bezeqint.net", [("email", "moti.av@bezeqint.net")]),
    # Mitbahon kitchen appliances (Russian-speaking caller, Ashdod)
    ("זדרסטבויטה... סליחה, שלום, קוראים לי סבטלנה איבנובה, קניתי מיקסר והוא התקלקל אחרי שבוע",
     [("name", "סבטלנה איבנובה")]),
    ("תאריך לידה 14.02.1968", [("date_of_birth", "14.02.1968")]),
    ("מספר טלפון שלי %s" % HE_PH_INTL, [("phone", HE_PH_INTL)]),
    ("מייל svetlana.ivanova68@mail.ru, עם שישים ושמונה בסוף", [("email", "svetlana.ivanova68@mail.ru")]),
    ("אני גרה באשדוד, רחוב הרצל 45, דירה 12", [("address", "אשדוד, רחוב הרצל 45, דירה 12")],
     "ולאן לשלוח מיקסר חלופי?"),
    ("חשבון בנק להחזר: %s" % grp(HE_IBAN_IL[1], [4]), [("iban", grp(HE_IBAN_IL[1], [4]))]),
    # refunds, more accounts
    ("תעבירו לחשבון האנגלי שלי, %s" % grp(HE_IBAN_GB, [4]), [("iban", grp(HE_IBAN_GB, [4]))]),
    ("יש לי חשבון בגרמניה מהעבודה שם, %s" % grp(HE_IBAN_DE, [4]), [("iban", grp(HE_IBAN_DE, [4]))]),
    ("רק מוודאת, %s, נכון?" % grp(HE_IBAN_IL[2], [4]), [("iban", grp(HE_IBAN_IL[2], [4]))]),
    ("מספר IBAN: %s" % HE_IBAN_IL[3], [("iban", HE_IBAN_IL[3])]),
    ("כתוב לי באפליקציה של הבנק %s" % HE_IL4, [("iban", HE_IL4)]),
    # more IDs and cards
    ("ת\"ז %s" % HE_TZ[4], [("id", HE_TZ[4])], "אפשר תעודת זהות לזיהוי?"),
    ("כן, %s" % HE_TZ5_MIX, [("id", HE_TZ5_MIX)], "מספר תעודת זהות בבקשה"),
    ("אמריקן אקספרס, %s" % grp(HE_CARD3, [4, 6, 5]), [("card", grp(HE_CARD3, [4, 6, 5]))]),
    ("אני חוזרת על המספר: %s, נכון?" % grp(HE_CARD6, [4]), [("card", grp(HE_CARD6, [4]))]),
    ("הכרטיס %s" % HE_CARD7_MIX, [("card", HE_CARD7_MIX)]),
    ("תחייבו את הכרטיס השני, %s" % HE_CARD8, [("card", HE_CARD8)]),
    # Digital Center order for home delivery (Arab citizen, Sakhnin)
    ("אהלן, שמי אחמד אבו ריא, הזמנתי מקרר מהאתר ואף אחד לא חזר אליי", [("name", "אחמד אבו ריא")]),
    ("המספר שלי %s" % HE_PH_AHMAD, [("phone", HE_PH_AHMAD)]),
    ("הכתובת סח'נין, רחוב אל-אנדלוס 27", [("address", "סח'נין, רחוב אל-אנדלוס 27")]),
    ("תעודת זהות %s" % HE_TZ7_P, [("id", HE_TZ7_P)]),
    ("ahmad נקודה aburaya שטרודל gmail נקודה com", [("email", "ahmad נקודה aburaya שטרודל gmail נקודה com")],
     "ואיזה מייל לשלוח אליו את החשבונית?"),
    ("נולדתי תשעה בנובמבר שמונים ושש", [("date_of_birth", "תשעה בנובמבר שמונים ושש")]),
    ("תאריך לידה 5 במאי 1974, נכון?", [("date_of_birth", "5 במאי 1974")]),
    ("ואם לא עונים בנייד, בבית 08-6234417", [("phone", "08-6234417")]),
]

HE += [
    ("תאריך לידה: עשרים ושמונה לשישה, תשעים ותשע",
     [("date_of_birth", "עשרים ושמונה לשישה, תשעים ותשע")]),
    # non-personal: orders, deliveries, prices, charges, warranties, points, models
    ("ההזמנה מספר 4419027 יצאה מהמחסן ביום ראשון ואמורה להגיע תוך 3 עד 5 ימי עסקים", []),
    ("המחיר באתר היה 1,299 שקל ובחנות ראיתי אותו ב-1,149", []),
    ("החיוב ירד פעמיים, ב-3 לחודש וב-4 לחודש, כל פעם 89.90 ₪", []),
    ("האחריות היא לשלוש שנים מיום הקנייה, וקניתי אותו ב-12 באוגוסט 2023", []),
    ("יש לך 1,250 נקודות במועדון, שזה שווה 62 שקל וחצי", []),
    ("אפשר לאסוף מהסניף בדיזנגוף סנטר מחר משעה 10 בבוקר", []),
    ("השליח הגיע בשבע וחצי בבוקר ואף אחד לא היה בבית", []),
    ("מספר המעקב RR918273645IL, זה דואר רשום מסין", []),
    ("הספה דגם נועה, שלושה מושבים, בצבע אפור, עולה 4,990 שקל", []),
    ("ההובלה ביום שלישי ה-14 בין 8 ל-12", []),
    ("קניתי שלושה זוגות ורק שניים הגיעו", []),
    ("המנוי התחיל בינואר 2024 והוא ל-12 חודשים, 159 שקל לחודש", []),
    ("מספר הפנייה שלך 7738210, תוך 48 שעות יחזרו אלייך", []),
    ("התאמת מחיר אפשרית רק עד 14 יום מיום הקנייה", []),
    ("המזגן דגם AC-9120, מספר סידורי 5520 7734 1189", []),
    ("זה 12 תשלומים בלי ריבית, כל תשלום 108 שקלים ו-25 אגורות", []),
    ("הקופון NEW15 נותן 15 אחוז הנחה על ההזמנה הראשונה", []),
    ("כרטיס המתנה שלך טעון ב-300 ₪ ובתוקף עד 31.12.2025", []),
    ("ההחזר יופיע בחשבון תוך 7 עד 14 ימי עסקים", []),
    ("הסניף ברחוב הרצל בראשון סגור לשיפוצים עד אחרי פסח", []),
    ("הזמנתי ביום חמישי ב-23:40 בלילה, אז אולי זה נרשם ליום שישי", []),
    ("מספר ההזמנה 1187-4420-935, לא 1187-4420-953, התבלבלתי", []),
    ("יש לנו מבצע אחד פלוס אחד על כל הצעצועים עד סוף החודש", []),
    ("המשלוח חינם מעל 299 שקל, אחרת 29.90", []),
    ("אני לקוחה שלכם כבר 15 שנה, מאז שפתחתם את הסניף בקניון עזריאלי", []),
    ("החבילה פוצלה לשתיים, אחת הגיעה ב-9 והשנייה עדיין בדרך", []),
    ("הטכנאי יכול להגיע ביום רביעי ה-8 בין 12 ל-4", []),
    ("בקופסה של השבוע יש 6 סוגי ירקות ו-2 סוגי פירות", []),
    ("מספר תעודת משלוח 8834 2290 17, תמסרי את זה לנהג", []),
    ("המקרר ברוחב 70 סנטימטר, והנישה שלי 68, אז הוא לא נכנס", []),
    ("ההזמנה בוטלה כי התשלום נדחה, זה קרה ב-2 בפברואר", []),
    ("בלאק פריידיי היה ב-29 בנובמבר, ומאז המחיר עלה ב-200 שקל", []),
    ("אתם פתוחים בשבת? לא, רק במוצאי שבת משמונה עד אחת עשרה", []),
    ("יום ההולדת של הבת שלי ביום ראשון, אני חייבת את האופניים עד שישי", []),
    ("שילמתי 2,480 שקל ב-13.2.2024 ועכשיו באתר זה 1,990", []),
    ("אני רוצה את הארון דגם יונתן, לא דגם יעל, יעל זה הקטן", []),
    ("נרשמתי למועדון ב-2019 בסניף בחיפה", []),
    ("המזרן בגודל 160 על 200, בגובה 25 סנטימטר", []),
    ("אפשר להמתין רגע? אני בודקת מול המחסן במודיעין", []),
    ("יש 30 יום להחזרה, ובשבוע הראשון אנחנו משלמים על האיסוף", []),
    ("ההחזר של 349 שקל יצא ב-2 באפריל, זה לוקח כמה ימים", []),
    ("מספר השובר 5512-009-3318, תראי אותו בקופה", []),
]

LANGS["he"] = HE

# ============================================================================= Greek
# Calls: Pazari.gr marketplace (parcel stuck at the sorting centre, Athens), IlektroSpiti
# fridge warranty (Thessaloniki), Epipla Alexiou furniture delivery (Limassol, Cypriot),
# Moda Plus jeans return (Patras), AgoraMou supermarket loyalty card (Athens), TechnoKosmos
# price match (Larissa), BeautyBox subscription, Paichnidokosmos toy store click and collect
# (Heraklion), Mastoras DIY (Nicosia), Ios bookshop chain, Ypnos mattress trial, small
# appliances e-shop.

EL_AFM = [afm(b) for b in ("04783219", "11729460", "08351942", "12094837", "03618275",
                           "09927140", "13540826", "07762913")]
EL_CARD = [card(b) for b in ("455671203398214", "531924806613702", "37940082159364",
                             "402360117548293", "516734290081645", "476211558930027",
                             "222804661937512", "491770038826150")]
EL_IBAN_GR = [iban("GR", b) for b in ("01102350000023184609271", "02601840000540200117734",
                                      "01703310006332091845120", "01407220722002101987403",
                                      "01720450005045117386624")]
EL_IBAN_CY = [iban("CY", b) for b in ("005001430000001773260512", "003002000000357022911844")]
EL_IBAN_DE = iban("DE", "200400600281734590")

EL_PH_TSOL = say_el("2310654219", (3, 1, 2, 2, 2))
EL_PH_CY = say_el("99412036", (2, 3, 3))
EL_PH_VANG = words("6932870415", "el")
EL_PH_SOULA = say_el("2108614528", (3, 3, 2, 2))
EL_AFM0_W = say_el(EL_AFM[0], (3,))
EL_CARD1_W = words(EL_CARD[1], "el", groups=(4,))
EL_GR0_LOW = grp(EL_IBAN_GR[0], [4]).lower()

EL = [
    # Pazari.gr marketplace, parcel stuck at the sorting centre (Athens)
    ("Καλησπέρα σας, είμαι η Δέσποινα από την εξυπηρέτηση πελατών του Pazari, πώς μπορώ να βοηθήσω;",
     [("name", "Δέσποινα")]),
    ("Γεια σας, με λένε Κατερίνα Μαυρίδου, έκανα μια παραγγελία πριν δέκα μέρες και δεν έχει έρθει ακόμα",
     [("name", "Κατερίνα Μαυρίδου")]),
    ("Η διεύθυνση είναι Θησέως 88, Καλλιθέα, 17671, τρίτος όροφος",
     [("address", "Θησέως 88, Καλλιθέα, 17671, τρίτος όροφος")]),
    ("Το κινητό μου είναι 697 254 1183", [("phone", "697 254 1183")]),
    ("Το email είναι katerina.mavridou@gmail.com", [("email", "katerina.mavridou@gmail.com")]),
    ("Ευχαριστώ κυρία Μαυρίδου, βλέπω ότι το δέμα είναι ακόμα στο κέντρο διαλογής στον Ασπρόπυργο",
     [("name", "Μαυρίδου")]),
    # IlektroSpiti fridge warranty (older caller, Thessaloniki)
    ("Ναι, γεια σας, λέγομαι Παναγιώτης Τσολάκης, αλλά όλοι με λένε Τάκη, πήρα ένα ψυγείο από το "
     "κατάστημά σας", [("name", "Παναγιώτης Τσολάκης"), ("name", "Τάκη")]),
    ("Μένω στην Τσιμισκή 58, δεύτερος όροφος, Θεσσαλονίκη",
     [("address", "Τσιμισκή 58, δεύτερος όροφος, Θεσσαλονίκη")]),
    ("Το σταθερό είναι %s" % EL_PH_TSOL, [("phone", EL_PH_TSOL)]),
    ("Εεε, δώδεκα του τρία του πενήντα εννιά", [("date_of_birth", "δώδεκα του τρία του πενήντα εννιά")],
     "Την ημερομηνία γέννησής σας, παρακαλώ;"),
    ("Θέλω και τιμολόγιο στο όνομά μου, ο ΑΦΜ μου είναι %s" % EL_AFM0_W, [("id", EL_AFM0_W)]),
    ("Μάλιστα κύριε Τσολάκη, ο τεχνικός θα έρθει την Πέμπτη μεταξύ εννιά και δώδεκα",
     [("name", "Τσολάκη")]),
    # Epipla Alexiou furniture delivery (Cypriot caller, Limassol)
    ("Γεια σας, εν η Χρυστάλλα Χαραλάμπους, έκαμα παραγγελία έναν καναπέ τζαι ακόμα εν ήρτε",
     [("name", "Χρυστάλλα Χαραλάμπους")]),
    ("Η διεύθυνση ένι Αρχιεπισκόπου Μακαρίου 15, διαμέρισμα 202, Λεμεσός 3020",
     [("address", "Αρχιεπισκόπου Μακαρίου 15, διαμέρισμα 202, Λεμεσός 3020")]),
    ("Το κινητό μου %s" % EL_PH_CY, [("phone", EL_PH_CY)]),
    ("Θέλω να πληρώσω το υπόλοιπο με κάρτα, %s" % grp(EL_CARD[0], [4]),
     [("card", grp(EL_CARD[0], [4]))]),
    ("Τζαι αν εν να μου επιστρέψετε την προκαταβολή, το IBAN μου εν %s" % grp(EL_IBAN_CY[0], [4]),
     [("iban", grp(EL_IBAN_CY[0], [4]))]),
    # Moda Plus jeans return (young caller, Patras, no punctuation)
    ("γεια σας λέγομαι βαγγέλης ρήγας θέλω να επιστρέψω δύο τζιν που μου ήρθαν μικρά",
     [("name", "βαγγέλης ρήγας")]),
    ("το μέιλ μου είναι vangelis κάτω παύλα rigas παπάκι yahoo τελεία gr",
     [("email", "vangelis κάτω παύλα rigas παπάκι yahoo τελεία gr")]),
    ("για την επιστροφή των χρημάτων το iban είναι %s" % EL_GR0_LOW, [("iban", EL_GR0_LOW)]),
    ("το κινητό μου %s" % EL_PH_VANG, [("phone", EL_PH_VANG)]),
    # AgoraMou supermarket loyalty card (older caller, Athens)
    ("Καλημέρα, είμαι η Σταυρούλα Αναστασίου, η Σούλα, έχασα την κάρτα πόντων μου",
     [("name", "Σταυρούλα Αναστασίου"), ("name", "Σούλα")]),
    ("Γεννήθηκα στις 21 Ιανουαρίου 1952", [("date_of_birth", "21 Ιανουαρίου 1952")]),
    ("Μένω Πατησίων 214, πέμπτος όροφος, Αθήνα 11256", [("address", "Πατησίων 214, πέμπτος όροφος, Αθήνα 11256")]),
    ("Το σπίτι είναι %s" % EL_PH_SOULA, [("phone", EL_PH_SOULA)], "Ένα τηλέφωνο επικοινωνίας;"),
    ("Κυρία Σούλα μου, μην ανησυχείτε, οι 2.340 πόντοι σας είναι κατοχυρωμένοι", [("name", "Σούλα")]),
    # TechnoKosmos price match (Albanian-Greek caller, Larissa)
    ("Γεια σας, είμαι ο Έρβιν Χότζα, αγόρασα μια τηλεόραση από εσάς και τη βρήκα πιο φθηνά αλλού",
     [("name", "Έρβιν Χότζα")]),
    ("ΑΦΜ %s" % grp(EL_AFM[1], [3]), [("id", grp(EL_AFM[1], [3]))], "Για την πιστωτική χρειάζομαι ΑΦΜ"),
    ("Το IBAN για την επιστροφή της διαφοράς είναι %s" % grp(EL_IBAN_GR[1], [4]),
     [("iban", grp(EL_IBAN_GR[1], [4]))]),
    ("Ευχαριστώ Έρβιν, θα το προωθήσω στο αρμόδιο τμήμα", [("name", "Έρβιν")]),
    # BeautyBox subscription (young caller, code-switching)
    ("Hi, γεια σας, είμαι η Χαρά Νικολάου, έχω συνδρομή στο BeautyBox και θέλω να αλλάξω κάρτα",
     [("name", "Χαρά Νικολάου")]),
    ("Η καινούργια κάρτα είναι %s" % EL_CARD1_W, [("card", EL_CARD1_W)]),
    ("Το email μου είναι chara.nikolaou@hotmail.com", [("email", "chara.nikolaou@hotmail.com")]),
    ("γεννήθηκα 3/11/1998", [("date_of_birth", "3/11/1998")]),
    # Paichnidokosmos toy store click and collect (Heraklion)
    ("Καλησπέρα, εδώ ο Μανώλης Σπανάκης από το Ηράκλειο, έχω κλείσει ένα ποδήλατο για παραλαβή από το "
     "κατάστημα", [("name", "Μανώλης Σπανάκης")]),
    ("Το τηλέφωνό μου είναι +30 694 718 2256", [("phone", "+30 694 718 2256")]),
    ("Μανώλη, το ποδήλατο σας περιμένει στο ταμείο 2", [("name", "Μανώλη")]),
    # Mastoras DIY (older Cypriot caller, Nicosia)
    ("Καλημέρα, Ανδρέας Γεωργίου εδώ, Andreas Georgiou με λατινικά, από τη Λευκωσία",
     [("name", "Ανδρέας Γεωργίου"), ("name", "Andreas Georgiou")]),
    ("Τηλέφωνο +357 99 635 218", [("phone", "+357 99 635 218")]),
    ("Μένω στη Λεωφόρο Στροβόλου 112, Στρόβολος, Λευκωσία 2018",
     [("address", "Λεωφόρο Στροβόλου 112, Στρόβολος, Λευκωσία 2018")]),
]

EL_AFM3_W = say_el(EL_AFM[3], (3,))
EL_AFM4_W = words(EL_AFM[4], "el", groups=(3,))
EL_AFM5_FALSE = EL_AFM[5][:4] + EL_AFM[5][5] + EL_AFM[5][4]
EL_AFM6_MIX = "%s %s %s" % (EL_AFM[6][:3], say_el(EL_AFM[6][3:5], (2,)), EL_AFM[6][5:])
EL_CARD4_MIX = "%s, %s, %s, %s" % (EL_CARD[4][:4], words(EL_CARD[4][4:8], "el"), EL_CARD[4][8:12],
                                   words(EL_CARD[4][12:], "el"))
EL_CARD6_FALSE = words(EL_CARD[6][:4], "el") + ", " + words("80", "el")
EL_CARD7_P = say_el(EL_CARD[7], (2,))
EL_PH_INTL = "συν τριάντα, %s" % say_el("6981203347", (3, 3, 2, 2))
EL_GR3_W = "GR %s, %s" % (say_el(EL_IBAN_GR[3][2:4], (2,)), words(EL_IBAN_GR[3][4:], "el", groups=(4,)))

EL += [
    # Ios bookshop chain, online order (student, Ioannina)
    ("Γεια, είμαι η Ελένη Κωνσταντινίδου, φοιτήτρια στα Γιάννενα, παρήγγειλα τρία βιβλία και ήρθαν δύο",
     [("name", "Ελένη Κωνσταντινίδου")]),
    ("Το mail είναι eleni τελεία konst παπάκι uoi τελεία gr",
     [("email", "eleni τελεία konst παπάκι uoi τελεία gr")]),
    ("Η διεύθυνση αποστολής είναι Δωδώνης 31, Ιωάννινα 45221",
     [("address", "Δωδώνης 31, Ιωάννινα 45221")]),
    ("Πλήρωσα με την κάρτα της μαμάς μου, %s" % grp(EL_CARD[3], [4], "-"),
     [("card", grp(EL_CARD[3], [4], "-"))]),
    ("14/02/2001", [("date_of_birth", "14/02/2001")], "Και την ημερομηνία γέννησης του κατόχου του λογαριασμού;"),
    # Ypnos mattress trial (older caller, Piraeus)
    ("Καλημέρα, ονομάζομαι Γεράσιμος Λιβανός, και θέλουμε να επιστρέψουμε το στρώμα",
     [("name", "Γεράσιμος Λιβανός")]),
    ("Ναι, %s" % EL_AFM3_W, [("id", EL_AFM3_W)], "Για την επιστροφή χρημάτων χρειάζομαι τον ΑΦΜ σας"),
    ("Στο IBAN %s παρακαλώ, στην Πειραιώς" % grp(EL_IBAN_GR[2], [4]), [("iban", grp(EL_IBAN_GR[2], [4]))]),
    ("Εφτά Αυγούστου, χίλια εννιακόσια εξήντα ένα", [("date_of_birth", "Εφτά Αυγούστου, χίλια εννιακόσια εξήντα ένα")],
     "Την ημερομηνία γέννησής σας, κύριε Λιβανέ;"),
    ("Το σπίτι μας είναι στην Ακτή Μιαούλη 44, Πειραιάς, τέταρτος όροφος",
     [("address", "Ακτή Μιαούλη 44, Πειραιάς, τέταρτος όροφος")]),
    ("Το email είναι g.livanos@otenet.gr", [("email", "g.livanos@otenet.gr")]),
    # small appliances e-shop (young caller, Athens)
    ("Είμαι ο Στέλιος, θα σας βοηθήσω με την επιστροφή", [("name", "Στέλιος")]),
    ("Ρε φίλε, γεια, Ντίνος εδώ, Κωνσταντίνος Παππάς, πήρα μια φριτέζα αέρος και δεν ανάβει καν",
     [("name", "Ντίνος"), ("name", "Κωνσταντίνος Παππάς")]),
    ("ντίνος ογδόντα εφτά παπάκι gmail τελεία com", [("email", "ντίνος ογδόντα εφτά παπάκι gmail τελεία com")],
     "Σε ποιο email να στείλω την ετικέτα επιστροφής;"),
    ("Η κάρτα ήταν %s" % EL_CARD4_MIX, [("card", EL_CARD4_MIX)]),
    ("ΑΦΜ %s, όχι, λάθος, %s" % (EL_AFM5_FALSE, EL_AFM[5]), [("id!", EL_AFM5_FALSE), ("id", EL_AFM[5])]),
    ("πέντε Μαΐου του ογδόντα εφτά", [("date_of_birth", "πέντε Μαΐου του ογδόντα εφτά")], "Ημερομηνία γέννησης;"),
    ("Κινητό %s" % EL_PH_INTL, [("phone", EL_PH_INTL)]),
    # more cards, AFMs, IBANs
    ("Αμέρικαν Εξπρές, %s" % grp(EL_CARD[2], [4, 6, 5]), [("card", grp(EL_CARD[2], [4, 6, 5]))]),
    ("Να σας επιβεβαιώσω τον αριθμό: %s, σωστά;" % grp(EL_CARD[5], [4]), [("card", grp(EL_CARD[5], [4]))]),
    ("Εεε %s... όχι, από την αρχή, %s" % (EL_CARD6_FALSE, grp(EL_CARD[6], [4])),
     [("card!", EL_CARD6_FALSE), ("card", grp(EL_CARD[6], [4]))]),
    ("Ο αριθμός της κάρτας, %s" % EL_CARD7_P, [("card", EL_CARD7_P)]),
    ("Ο ΑΦΜ μου είναι %s" % EL_AFM[2], [("id", EL_AFM[2])]),
    ("%s" % EL_AFM4_W, [("id", EL_AFM4_W)], "Μου λέτε τον ΑΦΜ για το τιμολόγιο;"),
    ("ΑΦΜ %s, ΔΟΥ Καλαμαριάς" % EL_AFM6_MIX, [("id", EL_AFM6_MIX)]),
    ("Για το τιμολόγιο, ΑΦΜ %s" % grp(EL_AFM[7], [3]), [("id", grp(EL_AFM[7], [3]))]),
    ("Το IBAN είναι %s" % EL_GR3_W, [("iban", EL_GR3_W)]),
    ("Επιβεβαιώνω, %s, σωστά;" % grp(EL_IBAN_CY[1], [4]),
     [("iban", grp(EL_IBAN_CY[1], [4]))]),
    ("Έχω λογαριασμό στη Γερμανία από τότε που δούλευα εκεί, %s" % grp(EL_IBAN_DE, [4]),
     [("iban", grp(EL_IBAN_DE, [4]))]),
    ("IBAN %s" % EL_IBAN_GR[4], [("iban", EL_IBAN_GR[4])]),
    # Cypriot caller, online order delivered to the wrong house
    ("Εν ο Ανδρέας πάλι, το σταθερό μου εν 25 362417", [("name", "Ανδρέας"), ("phone", "25 362417")]),
    ("Εννιά Δεκέμβρη εβδομήντα τρία", [("date_of_birth", "Εννιά Δεκέμβρη εβδομήντα τρία")],
     "Ημερομηνία γέννησης, κύριε Γεωργίου;"),
    ("Το email μου εν andreas.georgiou@cytanet.com.cy", [("email", "andreas.georgiou@cytanet.com.cy")]),
    # BeautyBox, second caller
    ("Γεια σας, Μαριάννα Πέτρου λέγομαι, η συνδρομή μου χρεώθηκε δύο φορές",
     [("name", "Μαριάννα Πέτρου")]),
    ("m a r i a n n a τελεία p παπάκι gmail τελεία com", [("email", "m a r i a n n a τελεία p παπάκι gmail τελεία com")],
     "Το email του λογαριασμού;"),
    ("Ημερομηνία γέννησης 30/06/1990, σωστά;", [("date_of_birth", "30/06/1990")]),
    ("Στείλτε το κουτί στη νέα μου διεύθυνση, Αγίου Δημητρίου 27, Νέα Σμύρνη 17121",
     [("address", "Αγίου Δημητρίου 27, Νέα Σμύρνη 17121")]),
]

EL += [
    # non-personal: orders, shipments, prices, instalments, warranties, points, models
    ("Η παραγγελία σας με αριθμό 2054718 στάλθηκε στις 14 Μαΐου", []),
    ("Ο αριθμός αποστολής είναι 7201 4493 1856, μπορείτε να τον παρακολουθείτε στο site της courier", []),
    ("Η τηλεόραση κοστίζει 549,90 ευρώ και στο άλλο κατάστημα την είδα 479", []),
    ("Μπορείτε να την πληρώσετε σε 12 άτοκες δόσεις των 45,80 ευρώ", []),
    ("Η εγγύηση είναι δύο χρόνια από την ημερομηνία αγοράς, δηλαδή μέχρι τις 3 Οκτωβρίου 2025", []),
    ("Η παράδοση θα γίνει το Σάββατο 18 του μήνα, μεταξύ 9 και 1", []),
    ("Έχετε 1.860 πόντους, που αντιστοιχούν σε 18,60 ευρώ έκπτωση", []),
    ("Ο καναπές μοντέλο Ελένη, τριθέσιος, σε γκρι χρώμα, κάνει 890 ευρώ", []),
    ("Το κατάστημα στην Ερμού είναι ανοιχτό μέχρι τις 9 το βράδυ", []),
    ("Με χρέωσαν 29,90 στις 2 Μαρτίου και ξανά στις 3 Μαρτίου", []),
    ("Η συνδρομή ξεκίνησε τον Ιανουάριο του 2024 και ανανεώνεται κάθε 30 μέρες", []),
    ("Ο αριθμός του αιτήματός σας είναι 55281930, θα σας καλέσουμε μέσα σε 48 ώρες", []),
    ("Η αντιστοίχιση τιμής ισχύει μόνο για 14 μέρες από την αγορά", []),
    ("Το ψυγείο είναι μοντέλο FR-4120, σειριακός αριθμός 6630 2157 8814", []),
    ("Ο κωδικός έκπτωσης PASXA20 σας δίνει 20% στην πρώτη παραγγελία", []),
    ("Η δωροκάρτα σας έχει υπόλοιπο 75 ευρώ και λήγει στις 31/12/2025", []),
    ("Η επιστροφή χρημάτων θα φανεί στον λογαριασμό σας σε 5 με 10 εργάσιμες", []),
    ("Το κατάστημα στον Άγιο Νικόλαο είναι κλειστό τον Δεκαπενταύγουστο", []),
    ("Παρήγγειλα Πέμπτη βράδυ στις 23:50, γι' αυτό ίσως φαίνεται Παρασκευή", []),
    ("Αριθμός παραγγελίας 3306-5521-87, όχι 3306-5512-87, τα μπέρδεψα", []),
    ("Έχουμε προσφορά ένα συν ένα σε όλα τα παιχνίδια μέχρι το τέλος του μήνα", []),
    ("Δωρεάν μεταφορικά για παραγγελίες πάνω από 49 ευρώ, αλλιώς 3,50", []),
    ("Είμαι πελάτισσά σας 20 χρόνια, από τότε που ανοίξατε το κατάστημα στο Μαρούσι", []),
    ("Το δέμα χωρίστηκε σε δύο, το ένα ήρθε στις 9 και το άλλο ακόμα το περιμένω", []),
    ("Ο τεχνικός μπορεί να έρθει Τετάρτη 8 του μήνα, 12 με 4", []),
    ("Το κουτί του Μαρτίου έχει 6 προϊόντα, τα 2 σε κανονικό μέγεθος", []),
    ("Το ψυγείο έχει πλάτος 70 εκατοστά και η εσοχή μου είναι 68", []),
    ("Η παραγγελία ακυρώθηκε γιατί δεν πέρασε η πληρωμή, στις 2 Φεβρουαρίου", []),
    ("Η Black Friday ήταν στις 29 Νοεμβρίου και από τότε η τιμή ανέβηκε 100 ευρώ", []),
    ("Τα γενέθλια του γιου μου είναι την Κυριακή, το ποδήλατο πρέπει να έρθει ως την Παρασκευή", []),
    ("Πλήρωσα 1.049 ευρώ στις 13/02/2024 και τώρα στο site είναι 899", []),
    ("Θέλω τη ντουλάπα μοντέλο Σοφία, όχι τη Μαρίνα, η Μαρίνα είναι η μικρή", []),
    ("Είμαι μέλος από το 2019, είχα γραφτεί στο κατάστημα της Πάτρας", []),
    ("Το στρώμα είναι 160 επί 200, ύψος 25 πόντους", []),
    ("Μισό λεπτάκι να ελέγξω με την αποθήκη στη Μαγούλα", []),
    ("Έχετε 30 μέρες για επιστροφή και 100 νύχτες δοκιμή για τα στρώματα", []),
    ("Η επιστροφή των 349 ευρώ έγινε στις 2 Απριλίου, θέλει λίγες μέρες", []),
    ("Ο κωδικός του κουπονιού είναι 7740-112-905, τον δείχνετε στο ταμείο", []),
    ("Η παραγγελία εν 4 κομμάτια τζαι ήρταν μόνο τα 3, το τέταρτο λαλούν μου εν στη Λάρνακα", []),
    ("Ο κούριερ ήρτε 7 η ώρα το πρωί τζαι εν ήταν κανένας σπίτι", []),
    ("Οι πόντοι σας λήγουν σε 90 μέρες αν δεν τους χρησιμοποιήσετε", []),
    ("Το τηλέφωνο που αγόρασα είναι 256 GB, κόστισε 799 και τώρα το έχετε 699", []),
    ("Η παράδοση ήταν για 10 με 15 Ιουνίου, αλλά η εφαρμογή γράφει 22 Ιουνίου", []),
]

LANGS["el"] = EL


if __name__ == "__main__":
    main()
