#!/usr/bin/env python3
"""Generator of the held-out redaction evaluation set "blind71".

Who wrote it and how: a helper session, working only from a written brief (the
product's specification of what counts as personal data, and the output format).
It never opened, read or ran the redactor, its rules, its tests, or any other
evaluation set or generator. Every line below was written from general knowledge of
how people talk on customer-service phone calls, as a speech recogniser (Whisper-like)
would transcribe them. Area of this set: pensions, provident and savings funds,
payroll and investment accounts. All values are invented; check digits (Luhn, IBAN
mod-97, Teudat Zehut, Greek AFM, Saudi ID/Iqama) are computed here and asserted.

Running it (python3 benches/redaction/make_blind71.py, standard library only, fully
deterministic) writes data/redaction/blind71/{en,ar,he,el}.jsonl.

Output format, one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}
  - kind: one of card, iban, id, phone, email, date_of_birth, name, address.
  - start/end: BYTE offsets into the UTF-8 encoding of text (end exclusive), found by
    searching for the span's substring (in order of appearance) and asserted.
  - context: optional earlier line of the same call (not scored); "" when absent.
  - items with empty spans are non-personal and must come out unchanged.
Spoken numbers inside card/iban/id/phone spans are parsed back to digits by a small
per-language parser below and the result is checked, so the spoken values are valid.
"""
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT_DIR = os.path.join(ROOT, "data", "redaction", "blind71")
KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}

# --------------------------------------------------------------------------- checks
def luhn_ok(d):
    if not d.isdigit():
        return False
    s = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def tz_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    s = 0
    for i, c in enumerate(d):
        x = int(c) * (1 if i % 2 == 0 else 2)
        s += x - 9 if x > 9 else x
    return s % 10 == 0


def tz_complete(body8):
    for c in "0123456789":
        if tz_ok(body8 + c):
            return body8 + c
    raise AssertionError(body8)


def afm_ok(d):
    if len(d) != 9 or not d.isdigit() or d == "000000000":
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return (s % 11) % 10 == int(d[8])


def afm_complete(body8):
    for c in "0123456789":
        if afm_ok(body8 + c):
            return body8 + c
    raise AssertionError(body8)


def saudi_ok(d):
    return len(d) == 10 and d.isdigit() and d[0] in "12" and luhn_ok(d)


def saudi_complete(body9):
    assert body9[0] in "12"
    return luhn_complete(body9)


def ssn_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "GR": 27, "CY": 28, "IL": 23, "SA": 24,
            "AE": 23, "EG": 29, "JO": 30, "FR": 27, "NL": 18, "ES": 24, "QA": 29,
            "KW": 30, "BH": 22, "LB": 28, "TR": 26, "IT": 27, "CH": 21, "AT": 20}


def _iban_int(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = re.sub(r"[^0-9A-Za-z]", "", s).upper()
    if len(s) < 15 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    return _iban_int(s[4:] + s[:4]) % 97 == 1


def make_iban(cc, bban):
    chk = 98 - _iban_int(bban + cc + "00") % 97
    v = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(v) and len(v) == IBAN_LEN[cc], v
    return v


def grp(s, n=4, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def split_at(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    assert i == len(s), (s, sizes)
    return sep.join(out)


AR_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def to_ar_digits(s):
    return s.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))


# ------------------------------------------------------------ spoken-number parser
def _strip_accents(s):
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if unicodedata.category(c) != "Mn").replace("ς", "σ")


def _norm_tok(t, lang):
    t = t.lower()
    if lang == "el":
        t = _strip_accents(t)
    if lang == "ar":
        t = re.sub("[أإآ]", "ا", t).replace("ى", "ي").replace("ة", "ه")
    return t


class Lang:
    def __init__(self, code, units, teens, tens, hundreds=None, hundred_suffix=(),
                 teen_suffix=(), conj="", skip=(), double=(), unit_first=False):
        n = lambda d: {_norm_tok(k, code): v for k, v in d.items()}
        self.code = code
        self.units, self.teens, self.tens = n(units), n(teens), n(tens)
        self.hundreds = n(hundreds or {})
        self.hundred_suffix = {_norm_tok(x, code) for x in hundred_suffix}
        self.teen_suffix = {_norm_tok(x, code) for x in teen_suffix}
        self.conj = conj
        self.skip = {_norm_tok(x, code) for x in skip}
        self.double = {_norm_tok(x, code): m for x, m in double}
        self.unit_first = unit_first

    def known(self, t):
        return (t in self.units or t in self.teens or t in self.tens or t in self.hundreds
                or t in self.hundred_suffix or t in self.teen_suffix)


def _tokens(s, lang):
    s = s.translate(AR_DIGITS)
    raw = re.findall(r"\d+|[^\W\d_]+|[,.;:?!،؟]", s)
    toks = []
    pending_conj = False
    for r in raw:
        if re.fullmatch(r"[,.;:?!،؟]", r):
            toks.append((",", False, r))
            continue
        if r.isdigit():
            toks.append((r, False, r))
            continue
        t = _norm_tok(r, lang.code)
        conj = False
        if lang.conj and t == lang.conj:
            pending_conj = True
            continue
        if toks and pending_conj:
            conj, pending_conj = True, False
        if (not conj and not lang.known(t) and t not in lang.skip and lang.conj
                and t.startswith(lang.conj) and lang.known(t[len(lang.conj):])):
            t, conj = t[len(lang.conj):], True
        toks.append((t, conj, r))
    return toks


def parse_spoken(s, lang):
    toks = _tokens(s, lang)
    out = []
    i = 0

    def small_at(j, conj_needed=False):
        """Read a number 1..99 starting at token j; returns (value, next_j) or None."""
        if j >= len(toks):
            return None
        t, conj, _ = toks[j]
        if t in lang.teens:
            return lang.teens[t], j + 1
        if t in lang.tens:
            v = lang.tens[t] * 10
            if not lang.unit_first and j + 1 < len(toks):
                u, c2, _ = toks[j + 1]
                if u in lang.units and lang.units[u] > 0 and (c2 or lang.code in ("en", "el")):
                    return v + lang.units[u], j + 2
            return v, j + 1
        if t in lang.units and lang.units[t] > 0:
            u = lang.units[t]
            if j + 1 < len(toks) and toks[j + 1][0] in lang.teen_suffix:
                return 10 + u, j + 2
            if lang.unit_first and j + 1 < len(toks):
                t2, c2, _ = toks[j + 1]
                if c2 and t2 in lang.tens:
                    return lang.tens[t2] * 10 + u, j + 2
            return u, j + 1
        return None

    while i < len(toks):
        t, conj, raw = toks[i]
        if t == ",":
            i += 1
            continue
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if re.fullmatch(r"[A-Z]{1,4}", raw) and not t.isdigit():
            out.append(raw)
            i += 1
            continue
        if t in lang.skip:
            i += 1
            continue
        if t in lang.double:
            u = toks[i + 1][0]
            out.append(str(lang.units[u]) * lang.double[t])
            i += 2
            continue
        h = None
        if t in lang.hundreds:
            h, j = lang.hundreds[t], i + 1
        elif (t in lang.units and i + 1 < len(toks) and toks[i + 1][0] in lang.hundred_suffix):
            h, j = lang.units[t], i + 2
        elif t in lang.hundred_suffix and lang.code == "en":
            h, j = 1, i + 1
        if h is not None:
            k = j
            if k < len(toks) and toks[k][0] in ("and",):
                k += 1
            r = small_at(k)
            if r and lang.code in ("ar", "he") and not toks[k][1]:
                r = None
            if r:
                out.append("%d%02d" % (h, r[0]))
                i = r[1]
            else:
                out.append("%d00" % h)
                i = j
            continue
        r = small_at(i)
        if r and (t not in lang.units or lang.units[t] > 0):
            v, j = r
            # a two-digit number was read when a tens/teens word was involved
            if t in lang.teens or t in lang.tens or j - i == 2:
                out.append("%02d" % v if v >= 10 else str(v))
            else:
                out.append(str(v))
            i = j
            continue
        if t in lang.units:
            out.append(str(lang.units[t]))
            i += 1
            continue
        if re.fullmatch(r"[A-Z]+", raw):
            out.append(raw)
            i += 1
            continue
        raise ValueError("cannot parse token %r in %r" % (raw, s))
    return "".join(out)


LANGS = {}
LANGS["en"] = Lang(
    "en",
    {"zero": 0, "oh": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
     "six": 6, "seven": 7, "eight": 8, "nine": 9},
    {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
     "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19},
    {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8,
     "ninety": 9},
    hundred_suffix=("hundred",),
    skip=("and", "uh", "um", "er", "erm", "dash", "plus", "a", "then", "hmm", "like"),
    double=(("double", 2), ("triple", 3)),
)


LANGS["ar"] = Lang(
    "ar",
    {"صفر": 0, "زيرو": 0, "واحد": 1, "وحدة": 1, "احد": 1, "اثنين": 2, "اثنان": 2, "اتنين": 2,
     "تنين": 2, "اثنا": 2, "ثلاثة": 3, "تلاتة": 3, "ثلاث": 3, "تلات": 3, "أربعة": 4, "أربع": 4,
     "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7, "ثمانية": 8, "تمانية": 8,
     "ثمان": 8, "تمن": 8, "ثمنية": 8, "تمنية": 8, "تسعة": 9, "تسع": 9, "جوج": 2, "ربعة": 4},
    {"عشرة": 10, "حداشر": 11, "احداشر": 11, "احدعش": 11, "اتناشر": 12, "اطناشر": 12,
     "اثناشر": 12, "اثنعش": 12, "اطنعش": 12, "تلتاشر": 13, "تلطاشر": 13, "ثلطعش": 13,
     "اربعتاشر": 14, "اربعطعش": 14, "اربطعش": 14, "خمستاشر": 15, "خمسطعش": 15, "ستاشر": 16,
     "سطعش": 16, "سبعتاشر": 17, "سبعطعش": 17, "تمنتاشر": 18, "ثمنطعش": 18, "تمنطعش": 18,
     "تسعتاشر": 19, "تسعطعش": 19},
    {"عشرين": 2, "عشرون": 2, "ثلاثين": 3, "تلاتين": 3, "ثلاثون": 3, "أربعين": 4, "أربعون": 4,
     "خمسين": 5, "خمسون": 5, "ستين": 6, "ستون": 6, "سبعين": 7, "سبعون": 7, "ثمانين": 8,
     "تمانين": 8, "ثمانون": 8, "تسعين": 9, "تسعون": 9},
    hundreds={"مية": 1, "مئة": 1, "مائة": 1, "ميتين": 2, "مئتين": 2, "مائتين": 2, "تلتمية": 3,
              "ثلاثمية": 3, "ثلاثمئة": 3, "ثلاثمائة": 3, "أربعمية": 4, "ربعمية": 4, "أربعمئة": 4,
              "أربعمائة": 4, "خمسمية": 5, "خمسمئة": 5, "خمسمائة": 5, "ستمية": 6, "ستمئة": 6,
              "ستمائة": 6, "سبعمية": 7, "سبعمئة": 7, "سبعمائة": 7, "تمنمية": 8, "ثمنمية": 8,
              "ثمانمية": 8, "ثمانمئة": 8, "ثمانمائة": 8, "تسعمية": 9, "تسعمئة": 9, "تسعمائة": 9},
    teen_suffix=("عشر", "عشرة"),
    conj="و",
    skip=("يعني", "اه", "آه", "ام", "امم", "أيوه", "ايوه", "طيب", "زائد", "بلس", "يا", "هو", "رقم",
          "الرقم", "وبعدين", "بعدين", "شرطة", "سلاش"),
    double=(("دبل", 2),),
    unit_first=True,
)

LANGS["he"] = Lang(
    "he",
    {"אפס": 0, "אחת": 1, "אחד": 1, "שתיים": 2, "שתים": 2, "שניים": 2, "שנים": 2, "שלוש": 3,
     "שלושה": 3, "ארבע": 4, "ארבעה": 4, "חמש": 5, "חמישה": 5, "שש": 6, "שישה": 6, "שבע": 7,
     "שבעה": 7, "שמונה": 8, "תשע": 9, "תשעה": 9},
    {"עשר": 10, "עשרה": 10},
    {"עשרים": 2, "שלושים": 3, "ארבעים": 4, "חמישים": 5, "שישים": 6, "שבעים": 7, "שמונים": 8,
     "תשעים": 9},
    hundreds={"מאה": 1, "מאתיים": 2},
    hundred_suffix=("מאות",),
    teen_suffix=("עשר", "עשרה"),
    conj="ו",
    skip=("אממ", "אמ", "אה", "אההה", "כן", "זה", "מקף", "פלוס", "יעני", "רגע", "ואז"),
)

LANGS["el"] = Lang(
    "el",
    {"μηδέν": 0, "μηδενικό": 0, "ένα": 1, "μία": 1, "ένας": 1, "δύο": 2, "δυο": 2, "τρία": 3,
     "τρεις": 3, "τέσσερα": 4, "τέσσερις": 4, "πέντε": 5, "έξι": 6, "επτά": 7, "εφτά": 7,
     "οκτώ": 8, "οχτώ": 8, "εννέα": 9, "εννιά": 9},
    {"δέκα": 10, "έντεκα": 11, "ένδεκα": 11, "δώδεκα": 12, "δεκατρία": 13, "δεκατρείς": 13,
     "δεκατέσσερα": 14, "δεκατέσσερις": 14, "δεκαπέντε": 15, "δεκαέξι": 16, "δεκάξι": 16,
     "δεκαεπτά": 17, "δεκαεφτά": 17, "δεκαοκτώ": 18, "δεκαοχτώ": 18, "δεκαεννέα": 19,
     "δεκαεννιά": 19},
    {"είκοσι": 2, "τριάντα": 3, "σαράντα": 4, "πενήντα": 5, "εξήντα": 6, "εβδομήντα": 7,
     "ογδόντα": 8, "ενενήντα": 9},
    hundreds={"εκατό": 1, "εκατόν": 1, "διακόσια": 2, "διακόσιες": 2, "τριακόσια": 3,
              "τετρακόσια": 4, "πεντακόσια": 5, "εξακόσια": 6, "επτακόσια": 7, "εφτακόσια": 7,
              "οκτακόσια": 8, "οχτακόσια": 8, "εννιακόσια": 9, "εννεακόσια": 9},
    skip=("εεε", "εε", "ε", "και", "συν", "παύλα", "μετά", "λοιπόν", "δηλαδή", "ναι", "το"),
)

# ---------------------------------------------------------------- item building
def digits_of(s):
    return re.sub(r"\D", "", s.translate(AR_DIGITS))


def span_value(kind, sub, lang):
    """Digits (and IBAN letters) of a card/iban/id/phone span."""
    s = sub.translate(AR_DIGITS)
    if re.fullmatch(r"[0-9A-Z +\-.()/]+", s):
        return re.sub(r"[^0-9A-Z]", "", s)
    return parse_spoken(s, LANGS[lang])


def check_value(kind, v, sub):
    if kind == "card":
        assert v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v), (sub, v)
    elif kind == "iban":
        assert iban_ok(v), (sub, v)
    elif kind == "id":
        assert v.isdigit() and (tz_ok(v) or afm_ok(v) or ssn_ok(v) or saudi_ok(v)), (sub, v)
    elif kind == "phone":
        assert v.isdigit() and 7 <= len(v) <= 15, (sub, v)


def looks_personal_number(run):
    d = digits_of(run)
    hits = []
    if 13 <= len(d) <= 19 and luhn_ok(d):
        hits.append("card")
    if len(d) == 9 and (tz_ok(d) or afm_ok(d)):
        hits.append("tz/afm")
    if saudi_ok(d):
        hits.append("saudi")
    if re.fullmatch(r"\d{3}[ -]\d{2}[ -]\d{4}", run) and ssn_ok(d):
        hits.append("ssn")
    return hits


def build(items, lang):
    lines = []
    for n, item in enumerate(items):
        text, spans, ctx = item
        b = text.encode("utf-8")
        out, pos, covered = [], 0, []
        for sp in spans:
            kind, sub = sp[0], sp[1]
            assert kind in KINDS, (kind, text)
            sb = sub.encode("utf-8")
            st = b.find(sb, pos)
            assert st >= 0, ("span not found", sub, text)
            en = st + len(sb)
            assert b[st:en].decode("utf-8") == sub
            assert sub == sub.strip() and sub, (sub, text)
            if kind in ("card", "iban", "id", "phone"):
                v = sp[2] if len(sp) > 2 else span_value(kind, sub, lang)
                check_value(kind, v, sub)
            out.append({"kind": kind, "start": st, "end": en})
            covered.append((st, en))
            pos = en
        # long numbers outside spans must fail every check
        rest = bytearray(b)
        for st, en in covered:
            rest[st:en] = b" " * (en - st)
        rest = rest.decode("utf-8", "replace")
        for m in re.finditer(r"\d(?:[ \-.]?\d)+", rest.translate(AR_DIGITS)):
            hits = looks_personal_number(m.group())
            assert not hits, ("non-personal number passes a check", m.group(), hits, text)
        for m in re.finditer(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){10,30}", rest):
            assert not iban_ok(m.group()), ("non-personal IBAN-like", m.group(), text)
        lines.append({"text": text, "spans": out, "context": ctx})
    return lines


DATA = {}  # lang -> list of (text, [(kind, substring[, value])], context)


def item(lang, text, spans=(), ctx=""):
    DATA.setdefault(lang, []).append((text, list(spans), ctx))


# ============================================================== ENGLISH
# (items are appended below, one language at a time)

def E(text, spans=(), ctx=""):
    item("en", text, spans, ctx)


EN_IBAN_GB = make_iban("GB", "MIDL40051531264819")      # GB49 MIDL 4005 1531 2648 19
EN_IBAN_IE = make_iban("IE", "AIBK93115212345678")      # IE29 AIBK 9311 5212 3456 78
EN_CARD_1 = luhn_complete("465858409021337")            # 4658 5840 9021 3372

# --- call: UK workplace pension master trust (caller from Ireland living in Leeds)
E("Good morning, you're through to Thistle Workplace Pensions, my name's Gareth, how can I help?",
  [("name", "Gareth")])
E("Hiya, um, yeah, it's Siobhan Kelly here, I've moved house and I need to update my address on the pension.",
  [("name", "Siobhan Kelly")])
E("No problem at all, Siobhan. Can I just take your date of birth first?", [("name", "Siobhan")])
E("Yeah, it's the twenty-third of October, nineteen eighty-seven.",
  [("date_of_birth", "twenty-third of October, nineteen eighty-seven")],
  "No problem at all, Siobhan. Can I just take your date of birth first?")
E("So it's Flat 2, 41 Harehills Lane, Leeds, LS8 4JD.",
  [("address", "Flat 2, 41 Harehills Lane, Leeds, LS8 4JD")], "Lovely, and what's the new address?")
E("Your pot's currently valued at £12,406.80 and your employer's paying in 5% with you putting in 3%, so that's 8% in total.")
E("and can you send everything by email from now on it's siobhan dot kelly eighty seven at gmail dot com",
  [("email", "siobhan dot kelly eighty seven at gmail dot com")])
E("Your annual statement goes out in June, and the next contribution from Harrogate Foods should land on the 28th.")

# --- call: US 401(k) recordkeeper, rollover
E("Thank you for calling Keystone Retirement Services, this is Dwayne, may I have your name please?",
  [("name", "Dwayne")])
E("Yeah, hi, my name is Marcus Reed, I'm calling about rolling over my old 401(k) from when I was at Brennan Logistics.",
  [("name", "Marcus Reed")])
E("Okay, Mr. Reed, for security I'm gonna need the full Social Security number on the account.",
  [("name", "Reed")])
E("Sure, it's 417-22-9038.", [("id", "417-22-9038")],
  "Okay, Mr. Reed, for security I'm gonna need the full Social Security number on the account.")
E("Date of birth is 06/14/1979.", [("date_of_birth", "06/14/1979")])
E("Alright, I'm showing a vested balance of $38,212.46 and an outstanding loan of $2,400, and the loan gets offset if you roll over before December 31st.")
E("The check is made payable to Fidelity Management Trust for the benefit of you, and it usually arrives in seven to ten business days.")
E("Can you mail it to my new place? It's 2217 North Kedzie Avenue, apartment 3B, Chicago, Illinois 60647.",
  [("address", "2217 North Kedzie Avenue, apartment 3B, Chicago, Illinois 60647")])
E("best number for me is seven seven three, four oh four, eight one one nine",
  [("phone", "seven seven three, four oh four, eight one one nine")])
E("Your confirmation number for the rollover request is 20240611-0347, and there's a thirty day processing window after we get the paperwork.")

# --- call: Irish PRSA provider, retirement drawdown
E("Good afternoon, PRSA services, Aoife speaking.", [("name", "Aoife")])
E("Howya, Declan O'Brien here, I'm after turning sixty there in May and I want to start drawing down the PRSA.",
  [("name", "Declan O'Brien")])
E("Grand, Declan, and just for security can you confirm your date of birth?", [("name", "Declan")])
E("The fourth of May, nineteen sixty-four.", [("date_of_birth", "fourth of May, nineteen sixty-four")],
  "Grand, Declan, and just for security can you confirm your date of birth?")
E("You can take twenty-five percent tax free, and the fund value this morning is one hundred and eighty-six thousand four hundred and twelve euro.")
E("The account for the lump sum is I E two nine A I B K. A I B K, yeah. Nine three one one five two, one two three four five six seven eight.",
  [("iban", "I E two nine A I B K", EN_IBAN_IE), ("iban", "A I B K", EN_IBAN_IE),
   ("iban", "Nine three one one five two, one two three four five six seven eight", EN_IBAN_IE)])
E("And is the address still 12 Boreenmanna Road, Ballinlough, Cork, T12 K8W3?",
  [("address", "12 Boreenmanna Road, Ballinlough, Cork, T12 K8W3")])
E("It's oh eight seven, two two one, sorry, two two one, four nine six three.",
  [("phone", "oh eight seven, two two one, sorry, two two one, four nine six three", "0872214963")],
  "And a mobile number in case we need to get you?")
E("Allow up to ten working days, and you'll get a statement of the tax deducted under PAYE for 2024.")

# --- call: outsourced payroll bureau helpline, employee changing bank details
E("Payroll helpdesk, you're speaking with Hannah.", [("name", "Hannah")])
E("Hi, my name's Priya Shah, I work at the Redfern Bakery in Leicester and you lot do their payroll.",
  [("name", "Priya Shah")])
E("Thanks, Priya. What's your employee number, it's on the top left of your payslip?", [("name", "Priya")])
E("It's R F zero zero four seven one.", [],
  "Thanks, Priya. What's your employee number, it's on the top left of your payslip?")
E("I've changed banks and the form asks for the IBAN, so it's G B four nine, M I D L, four zero zero five, one five three one, two six four eight, one nine.",
  [("iban", "G B four nine, M I D L, four zero zero five, one five three one, two six four eight, one nine")])
E("Your tax code's 1257L, and last month you were paid £1,842.16 net on the 28th after £96 pension and £74.20 student loan.")
E("okay and the email for the payslips is p r i y a dot s h a h nine two at outlook dot com",
  [("email", "p r i y a dot s h a h nine two at outlook dot com")])
E("Anything we get after the 15th goes in the following month's run, so April's pay on the 26th still goes to your Barclays account.")

# --- call: stocks and shares ISA platform, top-up by debit card
E("You're through to Evergreen Invest, my name is Callum, who am I speaking with?", [("name", "Callum")])
E("Good afternoon. My name is Babatunde Adeyemi, but everybody calls me Tunde.",
  [("name", "Babatunde Adeyemi"), ("name", "Tunde")])
E("I want to put two thousand pounds into my stocks and shares ISA before the fifth of April, with my debit card.")
E("The card number is " + grp(EN_CARD_1) + ".", [("card", grp(EN_CARD_1))])
E("You've used £15,250 of your £20,000 allowance, so there's £4,750 left for the 2024/25 tax year.")
E("Send the confirmation to t.adeyemi@outlook.com please.", [("email", "t.adeyemi@outlook.com")])
E("And if you need to call me, it's 07958 214306.", [("phone", "07958 214306")])
E("The Vanguard LifeStrategy 80 fund is at 312.45 pence, it'll be bought at 12 noon tomorrow, and your deal reference is 4471 2009 3318 7654.")

# --- call: annuity provider, elderly caller
E("Hello, yes, good morning. This is Mrs Margaret Browne speaking, I've an annuity with you.",
  [("name", "Margaret Browne")])
E("Good morning, Mrs Browne, my name is Olivia. Could you confirm your date of birth for me?",
  [("name", "Browne"), ("name", "Olivia")])
E("Yes dear, it's the second of February, nineteen forty-eight.",
  [("date_of_birth", "second of February, nineteen forty-eight")])
E("I've had a new telephone put in, the number is oh one two two seven, four five three, eight one two.",
  [("phone", "oh one two two seven, four five three, eight one two")])
E("The address is the same, Rose Cottage, 14 Church Street, Wye, near Ashford, TN25 5BJ.",
  [("address", "Rose Cottage, 14 Church Street, Wye, near Ashford, TN25 5BJ")])
E("Your annuity pays £412.30 a month on the first working day, and it went up by 3.1% in April in line with RPI.")
E("My grandson set me up an email, it's margaretbrowne48 at btinternet dot com.",
  [("email", "margaretbrowne48 at btinternet dot com")])
E("The payment on Friday the 1st of March was the same as February's, four hundred and twelve pounds thirty.")

# (end of en part 1)

EN_IBAN_SA = make_iban("SA", "80000002604871930215")    # SA40 8000 0002 6048 7193 0215
EN_IBAN_IL = make_iban("IL", "0108000000074213390")     # IL53 0108 0000 0007 4213 390
EN_IQAMA = saudi_complete("243718905")                  # 2437189059
EN_TZ_1 = tz_complete("33845127")                       # 338451271

# --- call: Australian superannuation fund, consolidating accounts
E("Yeah hi, it's Kylie Tran, I wanna roll my old super from Harbourside into you guys, I've got like three accounts floating around.",
  [("name", "Kylie Tran")])
E("Yep, oh four one two, three eight seven, five five nine.",
  [("phone", "oh four one two, three eight seven, five five nine")], "No worries. Can I grab a mobile number?")
E("Date of birth's the third of the twelfth, ninety-one.", [("date_of_birth", "third of the twelfth, ninety-one")])
E("Residential address is 48 Bellevue Terrace, Clayfield, Queensland 4011.",
  [("address", "48 Bellevue Terrace, Clayfield, Queensland 4011")])
E("So your old fund's showing nineteen thousand three hundred and two dollars, and you're paying about eleven bucks a week for the death and TPD cover in there.")
E("email's kylie dot tran ninety-one at bigpond dot com", [("email", "kylie dot tran ninety-one at bigpond dot com")])
E("The rollover takes three to five business days, and your super guarantee at eleven and a half percent keeps coming in from Bunnings every fortnight.")
E("Preservation age for you is sixty, so you can't touch it until 2051 unless you meet a condition of release.")

# --- call: offshore savings plan, expat engineer in Riyadh
E("Hello, hello? Am I through to Meridian International? This is Rajesh Iyer calling from Riyadh.",
  [("name", "Rajesh Iyer")])
E("You are, Mr Iyer. For security, could you give me the ID number we hold on file?", [("name", "Iyer")])
E("Yes, my Iqama number is two four three seven, one eight nine, zero five nine.",
  [("id", "two four three seven, one eight nine, zero five nine")],
  "You are, Mr Iyer. For security, could you give me the ID number we hold on file?")
E("I missed the premium for February, four hundred and fifty dollars, so I want to pay it now by card.")
E("It's a Visa, 4920 7133, then five six zero eight, eight one four three.",
  [("card", "4920 7133, then five six zero eight, eight one four three")])
E("Your plan's been running since 2017, the current value is 38,640 US dollars and the surrender penalty drops to zero after the tenth year.")
E("When it matures please pay into my Al Rajhi account, IBAN " + grp(EN_IBAN_SA) + ".", [("iban", grp(EN_IBAN_SA))])
E("mobile is plus nine six six, five five three, one two four, four oh eight",
  [("phone", "plus nine six six, five five three, one two four, four oh eight")])
E("Email please, rajesh dot iyer at yahoo dot co dot in.", [("email", "rajesh dot iyer at yahoo dot co dot in")])

# --- call: Israeli study fund (keren hishtalmut), new immigrant from the US speaking English
E("Hi, sorry, do you have someone who speaks English? My name is Jonathan Goldberg, Yoni.",
  [("name", "Jonathan Goldberg"), ("name", "Yoni")])
E("It's three three eight, four five one, two seven one.", [("id", "three three eight, four five one, two seven one")],
  "Sure, I can help in English. What's your ID number, the teudat zehut?")
E("My keren hishtalmut became liquid last month, after six years, and I see 184,320 shekels on the app.")
E("I want it in my Leumi account, it's I L fifty-three, zero one zero eight, zero zero zero zero, zero zero zero seven, four two one three, three nine zero.",
  [("iban", "I L fifty-three, zero one zero eight, zero zero zero zero, zero zero zero seven, four two one three, three nine zero")])
E("you can reach me on 054-762-3190 after six", [("phone", "054-762-3190")])
E("The management fee is 0.7 percent of the balance, and the withdrawal is paid within four business days, not counting Friday and Saturday.")

# --- call: Nigerian pension fund administrator, retiree chasing a lump sum
E("Good morning sir, I am Chiamaka Okafor, I retired from the Ministry of Works on thirty-first January and I have not received my lump sum.",
  [("name", "Chiamaka Okafor")])
E("It's plus two three four, eight zero three, four one two, seven seven zero nine.",
  [("phone", "plus two three four, eight zero three, four one two, seven seven zero nine")],
  "Sorry about that ma. What is the phone number on your record?")
E("And my date of birth is 12th July, 1964.", [("date_of_birth", "12th July, 1964")])
E("Your RSA balance is twelve million four hundred and eighty thousand naira, and the twenty-five percent lump sum comes to three point one two million.")
E("I have moved, my address is now No. 7, Adeola Odeku Street, Victoria Island, Lagos.",
  [("address", "No. 7, Adeola Odeku Street, Victoria Island, Lagos")])
E("the email is chiamaka underscore okafor at yahoo dot com", [("email", "chiamaka underscore okafor at yahoo dot com")])
E("Approval takes up to 21 working days from PenCom, then the bank transfer is within 48 hours.")

# --- call: US retirement-planning subscription service
E("Hey there, this is Bobby Delgado, I signed up for the retirement planning thing y'all advertise on the radio.",
  [("name", "Bobby Delgado")])
E("The annual plan is $299, or $29.99 a month, and it includes two calls with a CFP and the Social Security claiming report.")
E("Yeah, go ahead and put it on my Discover, six oh one one, five three oh eight, two seven four six, nine one oh seven.",
  [("card", "six oh one one, five three oh eight, two seven four six, nine one oh seven")])
E("For the Social Security report I'll need your number. Sure, five two one, oh six, four four three one.",
  [("id", "five two one, oh six, four four three one")])
E("Birthday's August ninth, nineteen sixty-two, so I'm sixty-two this year.",
  [("date_of_birth", "August ninth, nineteen sixty-two")])
E("If you wait from sixty-seven to seventy, your benefit goes up eight percent a year, so about twenty-four percent more.")

# --- call: small employer paying the payroll bureau's year-end fee
E("Hi, I run the Copper Kettle café in Harrogate, you do the payroll for my six staff, and I need to pay the year-end fee.")
E("The P60s and the final submission for 2023 to 24 come to £180 plus VAT, so £216 all in.")
E("It's an Amex, three seven one four, two nine five eight three oh, one one six four oh.",
  [("card", "three seven one four, two nine five eight three oh, one one six four oh")])
E("Staff are paid on the last Friday of the month, so that's the 28th of June, and the pension contributions go to NEST by the 22nd of July.")

# (end of en part 2)

EN_IBAN_CY = make_iban("CY", "002001950000000357120984")  # CY21 0020 0195 0000 0003 5712 0984
EN_IBAN_DE = make_iban("DE", "370400440532198765")        # DE13 3704 0044 0532 1987 65
EN_IBAN_AE = make_iban("AE", "0260001015837264901")       # AE29 0260 0010 1583 7264 901
EN_CARD_MAESTRO = luhn_complete("675903148822706519")     # 19 digits
EN_CARD_MC2 = luhn_complete("520846391127705")
EN_CARD_DINERS = luhn_complete("3056914827331")           # 14 digits
EN_TZ_2 = tz_complete("03421958")                         # 034219584

# --- call: UK defined-benefit scheme, pensioner who moved to Cyprus
E("Morning. I'm ringing about my pension from the Midlands Electricity scheme, I've moved out to Cyprus permanently.")
E("The bank out here is Bank of Cyprus and the IBAN is " + grp(EN_IBAN_CY) + ".", [("iban", grp(EN_IBAN_CY))])
E("Our address is Villa Anemone, 9 Poseidonos Avenue, Kato Paphos, 8042, Cyprus.",
  [("address", "Villa Anemone, 9 Poseidonos Avenue, Kato Paphos, 8042, Cyprus")])
E("Best to ring the mobile, it's double nine, six three, four two, one eight, we're out a lot.",
  [("phone", "double nine, six three, four two, one eight")])
E("Your pension is £1,126.54 a month gross, and we'll need a certificate of residence from the Cyprus tax department to pay it without UK tax under the treaty.")

# --- call: pension tracing service, paying the release fee
E("I found three old pensions through your tracing service and the fee to release the details is forty-nine ninety-nine.")
E("Card's fifty-four thirty-one, eighty-seven twenty, sixty-nine thirty-four, fifty-two eighty-eight.",
  [("card", "fifty-four thirty-one, eighty-seven twenty, sixty-nine thirty-four, fifty-two eighty-eight")])
E("The employers we found were Woolworths from 1998 to 2003, Rover at Longbridge, and a small firm called Hartley and Sons.")
E("And we searched under date of birth 30/01/1970, is that right?", [("date_of_birth", "30/01/1970")])

# --- call: government-backed savings bonds, buying more with an old debit card
E("I want to buy five hundred pounds more in the Premium Bonds, I've got twenty-two thousand in there already and I've won twice this year, twenty-five quid each time.")
E("it's an old maestro card " + " ".join(
    {"0": "oh"}.get(c, "zero one two three four five six seven eight nine".split()[int(c)]) for c in EN_CARD_MAESTRO),
  [("card", " ".join({"0": "oh"}.get(c, "zero one two three four five six seven eight nine".split()[int(c)])
                      for c in EN_CARD_MAESTRO))])

# --- call: monthly gold savings plan, changing the card
E("Hi, I've got the monthly gold savings plan, I wanna change the card it takes the £100 from on the 3rd.")
E("New card is " + EN_CARD_MC2 + ".", [("card", EN_CARD_MC2)])
E("Gold's at £1,874 an ounce today, so last month's £100 bought you 1.66 grams, and your holding is 42.8 grams in the London vault.")

# --- call: 403(b) hardship withdrawal
E("Okay, it's 603 18 4472.", [("id", "603 18 4472")],
  "For a hardship withdrawal I'm going to need the full Social on the account.")
E("I'm at 1185 Cascade Road Southwest, Atlanta, Georgia 30311, that's where they should send the check.",
  [("address", "1185 Cascade Road Southwest, Atlanta, Georgia 30311")])
E("Hardship withdrawals are withheld at twenty percent federal, plus there's a ten percent penalty if you're under fifty-nine and a half.")
E("my cell four oh four, five five two, seven one three oh", [("phone", "four oh four, five five two, seven one three oh")])

# --- call: robo-advisor, backdoor Roth IRA conversion
E("Hi, I'm trying to do a backdoor Roth conversion, I put seven thousand in the traditional IRA on January 2nd and it's sitting in cash.")
E("For the tax form I need to confirm your Social. Yeah, it's two three eight, nine oh, seven six one five.",
  [("id", "two three eight, nine oh, seven six one five")])
E("Could you update my email to meilin.chen.cpa@gmail.com?", [("email", "meilin.chen.cpa@gmail.com")])

# --- call: US payroll software for a small landscaping company
E("The monthly base is $59 plus $6 per employee, so with eleven guys that's $125 a month, billed on the 1st.")
E("Bill it to the Diners Club card, " + split_at(EN_CARD_DINERS, (4, 6, 4)) + ".",
  [("card", split_at(EN_CARD_DINERS, (4, 6, 4)))])
E("I'm a sole proprietor so there's no EIN yet, you can use my SSN, 082-51-6690.", [("id", "082-51-6690")])

# --- call: Israeli pension fund, elderly immigrant from South Africa speaking English
E("Hello dear, I'm calling from Ra'anana about my pension from Menorah, the monthly payment was short in May.")
E("My identity number is zero three four, two one nine, five eight four.",
  [("id", "zero three four, two one nine, five eight four")])
E("The May payment was 4,312 shekels instead of 4,870, because the tax credit points weren't applied after the 1st of April.")

# --- call: UK occupational pension, former employee now back in Germany
E("I worked in Manchester for twelve years and now I am back in Germany, I would like the pension paid to my Sparkasse account.")
E("The IBAN is D E one three, three seven zero four, zero zero four four, zero five three two, one nine eight seven, six five.",
  [("iban", "D E one three, three seven zero four, zero zero four four, zero five three two, one nine eight seven, six five")])
E("My address now is Lindenstraße 23, 50674 Köln.", [("address", "Lindenstraße 23, 50674 Köln")])

# --- call: expat savings plan, nurse in Abu Dhabi changing the paying bank
E("The new IBAN is " + EN_IBAN_AE + ".", [("iban", EN_IBAN_AE)],
  "Hi po, I'm a nurse in Abu Dhabi and I want to switch my monthly savings payment to my new bank.")
E("The contribution is 1,500 dirhams monthly on the 10th, and you're in year four of a fifteen-year term.")

# (end of en part 3)


# ============================================================== ARABIC
def A(text, spans=(), ctx=""):
    item("ar", text, spans, ctx)


AR_ID_1 = saudi_complete("108452773")                   # 1084527736 (citizen)
AR_IQAMA_1 = saudi_complete("245201937")                # 2452019371
AR_IBAN_SA1 = make_iban("SA", "10000001583902746115")   # SA53 1000 0001 5839 0274 6115
AR_IBAN_AE = make_iban("AE", "0350000012039845567")     # AE92 0350 0000 1203 9845 567
AR_IBAN_JO = make_iban("JO", "ARAB1180000000118402763500")
AR_CARD_MADA = luhn_complete("446404123758190")         # 4464 0412 3758 1900
AR_CARD_PAYROLL = luhn_complete("529741088263347")      # 5297 4108 8263 3474

# --- call: Saudi retiree, social-insurance pension, changing the IBAN (Najdi/Gulf)
A("التأمينات الاجتماعية، معك فيصل، كيف أقدر أخدمك؟", [("name", "فيصل")])
A("السلام عليكم، معك أبو فهد، عبدالله القحطاني، متقاعد من سنة ألفين وعشرين وأبي أعدّل الآيبان حق المعاش.",
  [("name", "أبو فهد"), ("name", "عبدالله القحطاني")])
A("وعليكم السلام، حياك الله أبو فهد. عطني رقم الهوية لو سمحت.", [("name", "أبو فهد")])
A("واحد صفر ثمانية أربعة، خمسة اثنين سبعة، سبعة ثلاثة ستة",
  [("id", "واحد صفر ثمانية أربعة، خمسة اثنين سبعة، سبعة ثلاثة ستة")],
  "وعليكم السلام، حياك الله أبو فهد. عطني رقم الهوية لو سمحت.")
A("مواليد ١٢ شعبان ١٣٩٠ هجري.", [("date_of_birth", "١٢ شعبان ١٣٩٠")], "وتاريخ الميلاد بالهجري؟")
A("الآيبان الجديد " + grp(AR_IBAN_SA1) + " في البنك الأهلي.", [("iban", grp(AR_IBAN_SA1))])
A("معاشك الشهري تسعة آلاف وثمنمية وخمسين ريال، وينزل يوم خمسة وعشرين من كل شهر ميلادي.")
A("تعديل الآيبان ياخذ من ثلاث إلى خمس أيام عمل، ورقم الطلب ٧٧٤٠٣١٩٥٢٨.")
A("وجوالي تغير بعد، صار صفر خمسة أربعة، ثلاثمية واثنعش، سبعة سبعة صفر واحد",
  [("phone", "صفر خمسة أربعة، ثلاثمية واثنعش، سبعة سبعة صفر واحد")])

# --- call: payroll helpdesk of a contractor in Jeddah, Egyptian worker (Egyptian dialect)
A("ألو، أيوه يا فندم، أنا محمود عبد الفتاح، شغال في المشروع بتاع جدة، والمرتب بتاع الشهر ده لسه ما نزلش.",
  [("name", "محمود عبد الفتاح")])
A("أهلاً يا أستاذ محمود، ممكن رقم الإقامة؟", [("name", "محمود")])
A("رقم الإقامة " + to_ar_digits(AR_IQAMA_1) + ".", [("id", to_ar_digits(AR_IQAMA_1))],
  "أهلاً يا أستاذ محمود، ممكن رقم الإقامة؟")
A("المرتب الأساسي ٣٢٠٠ ريال وبدل السكن ٨٠٠، والمفروض ينزل يوم ٢٧ بس البنك اتأخر يومين.")
A("وكارت الرواتب بتاعي رقمه خمسة اتنين تسعة سبعة، أربعة واحد صفر تمانية، تمانية اتنين ستة تلاتة، تلاتة أربعة سبعة أربعة",
  [("card", "خمسة اتنين تسعة سبعة، أربعة واحد صفر تمانية، تمانية اتنين ستة تلاتة، تلاتة أربعة سبعة أربعة")])
A("نمرة موبايلي المصري ٠١٠٢٢٤٥٨٧٣١ لو حضرتك عايز تكلمني على الواتساب.", [("phone", "٠١٠٢٢٤٥٨٧٣١")])
A("الحوالة بتاعة شهر مارس اتصرفت يوم ٣/٣، وخصم التأمينات ١٠٪ يعني ٣٢٠ ريال.")

# --- call: savings and investment app, topping up with a mada card (Gulf, female caller)
A("هلا والله، أنا هيا الدوسري، عندي محفظة عندكم وأبي أشحنها من بطاقة مدى.", [("name", "هيا الدوسري")])
A("أبشري يا أستاذة هيا، كم المبلغ اللي تبين تضيفينه؟", [("name", "هيا")])
A("خمسة آلاف ريال، والبطاقة " + to_ar_digits(grp(AR_CARD_MADA)), [("card", to_ar_digits(grp(AR_CARD_MADA)))])
A("العائد السنوي المتوقع على المحفظة المتوازنة سبعة ونص بالمية، ورسوم الإدارة ٠٫٧٥٪ سنوياً.")
A("إيميلي haya.aldosari92@hotmail.com عشان توصلني التقارير الشهرية.", [("email", "haya.aldosari92@hotmail.com")])
A("رقم العملية ٢٠٢٤٠٣١٥٧٧ والمبلغ بيظهر في المحفظة خلال يوم عمل واحد.")

# --- call: end-of-service savings scheme in Dubai, Jordanian employee (Levantine)
A("مرحبا، أنا رامي حدّاد، بشتغل بدبي من ست سنين، وبدي أستفسر عن صندوق مكافأة نهاية الخدمة.",
  [("name", "رامي حدّاد")])
A("أهلين أستاذ رامي، بتقدر تعطيني رقم الموبايل المسجل عنا؟", [("name", "رامي")])
A("اه أكيد، صفر خمسين، سبعة تلاتة أربعة، تسعة واحد اتنين ستة",
  [("phone", "صفر خمسين، سبعة تلاتة أربعة، تسعة واحد اتنين ستة")],
  "أهلين أستاذ رامي، بتقدر تعطيني رقم الموبايل المسجل عنا؟")
A("رصيدك بالصندوق مية وأربعة وعشرين ألف درهم، منها تمانية وتلاتين ألف أرباح.")
A("بدي يحوّلوا المبلغ على حسابي، الآيبان " + grp(AR_IBAN_AE) + ".", [("iban", grp(AR_IBAN_AE))])
A("والإيميل رامي اندر سكور حداد ات جيميل دوت كوم", [("email", "رامي اندر سكور حداد ات جيميل دوت كوم")])
A("التحويل بياخد عشر أيام عمل، وآخر توزيع للأرباح كان بتاريخ ٣١ ديسمبر.")

# --- call: social security corporation, early retirement enquiry (Levantine, older caller from Irbid)
A("الضمان الاجتماعي، معك سوسن، تفضل.", [("name", "سوسن")])
A("يعطيكي العافية، معك أبو سامر، محمد الخطيب من إربد، بدي أسأل عن التقاعد المبكر.",
  [("name", "أبو سامر"), ("name", "محمد الخطيب")])
A("أهلا حاج محمد، شو تاريخ ميلادك؟", [("name", "محمد")])
A("أنا مواليد أربعطعش أربعة خمسة وستين", [("date_of_birth", "أربعطعش أربعة خمسة وستين")],
  "أهلا حاج محمد، شو تاريخ ميلادك؟")
A("عندك ٣١٢ اشتراك، والتقاعد المبكر بدو ٢٥٢ اشتراك للرجال، يعني إنت مستحق من الشهر الجاي.")
A("الراتب رح ينزل على حسابي بالبنك العربي، رقم الآيبان " + grp(AR_IBAN_JO), [("iban", grp(AR_IBAN_JO))])
A("وعنواني إربد، الحي الشرقي، شارع فلسطين، بناية رقم ١٧، الطابق الثاني",
  [("address", "إربد، الحي الشرقي، شارع فلسطين، بناية رقم ١٧، الطابق الثاني")])
A("موبايلي ٠٧٩٥٥٢٨٣١٤ وإذا ما رديت احكي مع ابني.", [("phone", "٠٧٩٥٥٢٨٣١٤")])

# (end of ar part 1)

AR_IBAN_EG = make_iban("EG", "0019000500000000263180002")   # EG38 ...
AR_IBAN_IL = make_iban("IL", "0126480000000418827")         # IL31 0126 4800 0000 0418 827
AR_IBAN_KW = make_iban("KW", "NBOK0000000000002018334456")  # KW43 NBOK ...
AR_CARD_MEEZA = luhn_complete("507803316294105")            # 5078 0331 6294 1055
AR_CARD_MA = luhn_complete("455701648290317")               # 4557 0164 8290 3171
AR_TZ_1 = tz_complete("20318476")                           # 203184767

# --- call: company private pension fund in Egypt, early retiree (Egyptian dialect)
A("صندوق التأمين الخاص، معاك منى، أقدر أساعد حضرتك إزاي؟", [("name", "منى")])
A("مساء الخير، أنا المهندس شريف عبد الحميد، كنت شغال في الشركة خمسة وعشرين سنة وطلعت معاش مبكر.",
  [("name", "شريف عبد الحميد")])
A("مستحقاتك من الصندوق ٤٨٧ ألف و٦٠٠ جنيه، وبتتصرف دفعة واحدة أو على أقساط شهرية لمدة عشر سنين.")
A("الصندوق اتأسس سنة ١٩٨٨ ومقره في شارع طلعت حرب، والصرف بيبدأ بعد ٤٥ يوم من تاريخ تقديم الطلب.")
A("عايز الفلوس تتحول على حسابي في البنك الأهلي، الآيبان " + AR_IBAN_EG, [("iban", AR_IBAN_EG)])
A("عنواني الجديد ١٥ شارع ٩، المعادي، الدور التالت، شقة ٦، القاهرة",
  [("address", "١٥ شارع ٩، المعادي، الدور التالت، شقة ٦، القاهرة")])
A("رقم الموبايل صفر حداشر، أربعة تمانية سبعة، صفر تلاتة، ستة واحد تسعة",
  [("phone", "صفر حداشر، أربعة تمانية سبعة، صفر تلاتة، ستة واحد تسعة")])
A("وتاريخ ميلادي ٢٥ / ٦ / ١٩٦٤", [("date_of_birth", "٢٥ / ٦ / ١٩٦٤")])
A("الاشتراك الشهري كان ٥٪ من الأساسي والشركة بتدفع ٧٪، والعائد السنة اللي فاتت كان ١٢٫٥٪.")
A("وللمساهمة الإضافية ممكن تدفع بكارت ميزة، اتفضل. الرقم " + to_ar_digits(grp(AR_CARD_MEEZA)),
  [("card", to_ar_digits(grp(AR_CARD_MEEZA)))])
A("sherif.abdelhamid64@yahoo.com ده الإيميل، ابعتولي عليه كشف الحساب.",
  [("email", "sherif.abdelhamid64@yahoo.com")])

# --- call: Israeli pension fund, Arabic-language line (Arab citizen from Taybe)
A("شالوم، مرحبا، أنا سامر حاج يحيى من الطيبة، بدي أستفسر عن الپنسيا تبعتي.", [("name", "سامر حاج يحيى")])
A("أهلا سامر، معك رنين، ممكن رقم الهوية؟", [("name", "سامر"), ("name", "رنين")])
A("اتنين صفر تلاتة، واحد تمانية أربعة، سبعة ستة سبعة",
  [("id", "اتنين صفر تلاتة، واحد تمانية أربعة، سبعة ستة سبعة")], "أهلا سامر، معك رنين، ممكن رقم الهوية؟")
A("المشغّل بحط ٦٫٥٪ وإنت ٦٪، وتعويضات ٨٫٣٣٪، والرصيد بالصندوق ٢١٤ ألف شيكل.")
A("وبدي شهادة ضريبة ١٠٦ لسنة ٢٠٢٣ عشان أقدمها لمكتب الضريبة في نتانيا.")
A("الحساب تبعي ببنك هبوعليم، " + grp(AR_IBAN_IL), [("iban", grp(AR_IBAN_IL))])
A("تلفوني صفر خمسة اتنين، ستة أربعة تلاتة، تسعة صفر واحد ستة",
  [("phone", "صفر خمسة اتنين، ستة أربعة تلاتة، تسعة صفر واحد ستة")])
A("العنوان: الطيبة، الحارة الغربية، شارع ابن سينا رقم ١٢، الرمز البريدي ٤٠٤٠٠",
  [("address", "الطيبة، الحارة الغربية، شارع ابن سينا رقم ١٢، الرمز البريدي ٤٠٤٠٠")])
A("الدفعة الشهرية رح تنزل بالعاشر من كل شهر، وإذا بدك تسحب مبلغ لمرة وحدة بتدفع ضريبة ٣٥٪.")

# --- call: complementary pension fund in Morocco (Darija with French)
A("ألو، السلام عليكم، أنا خديجة بنعلي، كنتصل بخصوص la retraite complémentaire ديالي.",
  [("name", "خديجة بنعلي")])
A("مرحبا بيك لالة خديجة، عطيني عافاك رقم التيليفون ديالك.", [("name", "خديجة")])
A("زيرو ستة، واحد جوج، تمنية ربعة، خمسة سبعة، تسعة زيرو",
  [("phone", "زيرو ستة، واحد جوج، تمنية ربعة، خمسة سبعة، تسعة زيرو")],
  "مرحبا بيك لالة خديجة، عطيني عافاك رقم التيليفون ديالك.")
A("وبغيت نزيد مساهمة طوعية ديال ألفين درهم بالكارط، رقم الكارط " + grp(AR_CARD_MA),
  [("card", grp(AR_CARD_MA))])
A("تاريخ الازدياد ديالي ١٨ نونبر ١٩٧٢", [("date_of_birth", "١٨ نونبر ١٩٧٢")])
A("العنوان ديالي: رقم ٢٤، زنقة ابن بطوطة، المعاريف، الدار البيضاء",
  [("address", "رقم ٢٤، زنقة ابن بطوطة، المعاريف، الدار البيضاء")])
A("la pension غادي تبدا من فاتح يناير ٢٠٢٥، وغادي تكون تقريبا ٣٤٠٠ درهم فالشهر.")
A("خصك تجيبي شهادة الحياة قبل ٣١ مارس كل عام، واخا؟")
A("الإيميل khadija.benali@menara.ma", [("email", "khadija.benali@menara.ma")])

# --- call: mutual fund redemption in Kuwait (Gulf)
A("مساء الخير، معاك يوسف العنزي، عندي وحدات في صندوق الأسهم الخليجية وأبي أستردها.",
  [("name", "يوسف العنزي")])
A("سعر الوحدة اليوم ١٫٢٤٣ دينار، وعندك ١٢ ألف و٥٠٠ وحدة، يعني حوالي ١٥ ألف و٥٣٧ دينار.")
A("حولوها على حسابي في الوطني، " + grp(AR_IBAN_KW), [("iban", grp(AR_IBAN_KW))])
A("رقمي تسعة سبعة، خمسة خمسة، اتنين واحد، تمانية أربعة",
  [("phone", "تسعة سبعة، خمسة خمسة، اتنين واحد، تمانية أربعة")])
A("الاسترداد يتنفذ على سعر يوم الأحد الجاي والمبلغ يوصل خلال ثلاث أيام عمل.")
A("آخر توزيع أرباح كان ٣٥ فلس للوحدة في شهر فبراير.")

# (end of ar part 2)

AR_IBAN_SA2 = make_iban("SA", "45000000248106377001")       # SA19 4500 0000 2481 0637 7001
AR_IBAN_QA = make_iban("QA", "QNBA000000000750013842001")   # QA74 QNBA ...
AR_CARD_SALARY2 = luhn_complete("410685239017742")          # 4106 8523 9017 7425
AR_CARD_QA = luhn_complete("428671039552814")               # 4286710395528145
AR_CARD_AE = luhn_complete("404925776130582")               # 4049 2577 6130 5821
AR_CARD_JO = luhn_complete("539876220148831")               # 5398 7622 0148 8313
AR_ID_2 = saudi_complete("103917260")                       # 1039172604
AR_ID_3 = saudi_complete("111264085")                       # 1112640857
AR_IQAMA_2 = saudi_complete("231880462")                    # 2318804628
AR_IQAMA_3 = saudi_complete("250073119")                    # 2500731191
AR_TZ_2 = tz_complete("31095542")                           # 310955422

# --- call: salary card replacement, Sudanese worker in Riyadh
A("السلام عليكم، معاك عثمان، أنا من السودان وشغال في الرياض، بطاقة الراتب حقتي ضاعت.", [("name", "عثمان")])
A("اتنين تلاتة واحد تمانية، تمانية صفر أربعة، ستة اتنين تمانية",
  [("id", "اتنين تلاتة واحد تمانية، تمانية صفر أربعة، ستة اتنين تمانية")],
  "سلامات، عطني رقم الإقامة عشان أوقف البطاقة.")
A("تم إيقاف البطاقة القديمة، والجديدة توصل الفرع خلال سبعة إلى عشرة أيام، ورسوم الإصدار ٢٥ ريال.")
A("رقم البطاقة الجديدة اللي في الرسالة " + to_ar_digits(grp(AR_CARD_SALARY2)),
  [("card", to_ar_digits(grp(AR_CARD_SALARY2)))])
A("ووصلوا البطاقة على عنواني: الرياض، حي المنفوحة، شارع الإمام تركي، عمارة ٩، شقة ٤",
  [("address", "الرياض، حي المنفوحة، شارع الإمام تركي، عمارة ٩، شقة ٤")])
A("الراتب حق الشهر هذا ألف وتمنمية ريال وبينزل يوم سبعة وعشرين إن شاء الله.")

# --- call: children's savings plan in Qatar
A("مرحبا، أبي أفتح خطة ادخار لولدي الصغير، قسط شهري خمسمية ريال لين يوصل ثمنطعش سنة.")
A("تاريخ ميلاد الولد ٣ سبتمبر ٢٠١٩", [("date_of_birth", "٣ سبتمبر ٢٠١٩")])
A("الخصم الشهري يكون من البطاقة " + to_ar_digits(AR_CARD_QA), [("card", to_ar_digits(AR_CARD_QA))])
A("ولما تستحق الخطة تتحول الفلوس على " + grp(AR_IBAN_QA), [("iban", grp(AR_IBAN_QA))])
A("العائد المضمون ثلاثة بالمية سنويًا، وبعد خمسطعش سنة المبلغ المتوقع حوالي مية وأربعة عشر ألف ريال.")
A("الإيميل jassim.almarri at outlook dot com", [("email", "jassim.almarri at outlook dot com")])

# --- call: private-sector pension contributions check (Gulf, female caller)
A("أنا موظفة في شركة اتصالات وأبي أتأكد إن اشتراكاتي في التأمينات مسجلة من ٢٠١٤.")
A("رقم الهوية واحد صفر تلاتة تسعة، واحد سبعة اتنين، ستة صفر أربعة",
  [("id", "واحد صفر تلاتة تسعة، واحد سبعة اتنين، ستة صفر أربعة")])
A("تاريخ ميلادي ٢٢/٠٧/١٤٠٨", [("date_of_birth", "٢٢/٠٧/١٤٠٨")])
A("العنوان الوطني: مبنى ٧٢٣٤، شارع الأمير سلطان، حي الروضة، جدة ٢٣٤٣٥، الرقم الإضافي ٣١٢٠",
  [("address", "مبنى ٧٢٣٤، شارع الأمير سلطان، حي الروضة، جدة ٢٣٤٣٥، الرقم الإضافي ٣١٢٠")])
A("مدة اشتراكك المسجلة ٩ سنوات و٧ شهور، والأجر الخاضع للاشتراك ١٢٬٥٠٠ ريال.")

# --- call: employee thrift savings plan of an industrial company (Eastern Province)
A("برنامج الادخار يقتطع ١٠٪ من الراتب الأساسي والشركة تساهم بنفس النسبة بعد سنة من التعيين.")
A("أبي أسحب نص الرصيد، ورقم هويتي " + AR_ID_3, [("id", AR_ID_3)])
A("حطوها في حسابي في ساب، " + grp(AR_IBAN_SA2), [("iban", grp(AR_IBAN_SA2))])
A("وسكني الحين في الظهران، حي الدوحة الجنوبية، شارع الملك فيصل، فيلا ٢٣",
  [("address", "الظهران، حي الدوحة الجنوبية، شارع الملك فيصل، فيلا ٢٣")])
A("وإيميلي turki.alshammari@outlook.sa", [("email", "turki.alshammari@outlook.sa")])
A("السحب الجزئي مسموح مرة وحدة كل ١٢ شهر، وآخر سحب لك كان في ١٥ رمضان.")

# --- call: end-of-service gratuity question, Yemeni worker
A("يا أخي أنا يمني أشتغل في خميس مشيط، وأبغى أعرف كم مكافأة نهاية الخدمة حقي بعد إحدى عشر سنة.")
A("إقامتي اتنين خمسة صفر صفر، سبعة تلاتة واحد، واحد تسعة واحد",
  [("id", "اتنين خمسة صفر صفر، سبعة تلاتة واحد، واحد تسعة واحد")])
A("المكافأة نص راتب عن أول خمس سنين وراتب كامل عن كل سنة بعدها، يعني ثمانية رواتب ونص على أساس ٤٬٢٠٠ ريال.")
A("جوالي صفر خمسة تسعة، ثمانية ثمانية ثلاثة، أربعة ستة صفر صفر",
  [("phone", "صفر خمسة تسعة، ثمانية ثمانية ثلاثة، أربعة ستة صفر صفر")])
A("والإيميل ابو اسامة ١٩٧٥ آت جيميل دوت كوم", [("email", "ابو اسامة ١٩٧٥ آت جيميل دوت كوم")])

# --- call: pension authority, buying back earlier service years (Emirati)
A("مرحبا، أنا ميثاء الكعبي، أبا أضم مدة خدمتي السابقة في الجيش للمعاش.", [("name", "ميثاء الكعبي")])
A("تكلفة ضم المدة ٤٨ ألف درهم، وتقدرين تدفعينها على ٢٤ قسط شهري.")
A("أبا أدفع أول قسط بالبطاقة، الرقم أربعة صفر أربعة تسعة، اثنين خمسة سبعة سبعة، ستة واحد ثلاثة صفر، خمسة ثمانية اثنين واحد",
  [("card", "أربعة صفر أربعة تسعة، اثنين خمسة سبعة سبعة، ستة واحد ثلاثة صفر، خمسة ثمانية اثنين واحد")])
A("تاريخ ميلادي ٩ / ١١ / ١٩٨٥", [("date_of_birth", "٩ / ١١ / ١٩٨٥")])
A("وعنواني أبوظبي، مدينة خليفة أ، شارع ١٢، فيلا رقم ٣٤", [("address", "أبوظبي، مدينة خليفة أ، شارع ١٢، فيلا رقم ٣٤")])
A("maitha_alkaabi@hotmail.com", [("email", "maitha_alkaabi@hotmail.com")], "وش الإيميل عشان نرسل لك الإيصال؟")

# --- call: Israeli provident fund, Druze caller from Daliyat al-Karmel
A("مرحبا، اسمي وفاء حلبي من دالية الكرمل، عندي قوبات جيمل من الشغل القديم.", [("name", "وفاء حلبي")])
A("رقم هويتي " + to_ar_digits(AR_TZ_2), [("id", to_ar_digits(AR_TZ_2))])
A("تاريخ الميلاد ٥.٣.١٩٧٨", [("date_of_birth", "٥.٣.١٩٧٨")])
A("العنوان دالية الكرمل، شارع الشهداء ٤٥، ٣٠٠٥٦", [("address", "دالية الكرمل، شارع الشهداء ٤٥، ٣٠٠٥٦")])
A("الرصيد ٦٧ ألف و٢٠٠ شيكل، وإذا سحبتيه قبل جيل ٦٠ بتنخصم ضريبة ٣٥ بالمية.")

# --- call: voluntary social-security subscription paid by card (Jordan)
A("بدي أدفع اشتراك الضمان الاختياري عن ثلاث شهور، كل شهر ٨٥ دينار وشوي.")
A("الفيزا، لا لا ماستركارد، " + to_ar_digits(grp(AR_CARD_JO)), [("card", to_ar_digits(grp(AR_CARD_JO)))])
A("آخر موعد للدفع ١٥ الشهر، وبعدها في فايدة تأخير ١٪ عن كل شهر.")

# --- general lines (post-office savings in Egypt, system notices)
A("دفتر التوفير عليه ٣٤ ألف جنيه، والفايدة ١١٪ بتتحسب على أقل رصيد في الشهر.")
A("شهادات الادخار اللي اشتريتها يوم ١٠ يناير مدتها ٣ سنين وعائدها ٢٧٪ بيتصرف شهري.")
A("مكتب البريد اللي في ميدان الجيزة بيفتح من ٨ الصبح لحد ٣ العصر ما عدا يوم الجمعة.")
A("يوم الخميس الجاي ١٤ مارس في صيانة للنظام من الساعة ١٢ بالليل لين ٤ الفجر.")
A("شركة الراجحي المالية ما لها علاقة بالصندوق، إحنا نتعامل مع مدير الاستثمار ألفا كابيتال.")
A("المعاش يتحسب على متوسط راتب آخر سنتين، ضرب عدد السنين، تقسيم ٤٠.")
A("رقم الشكوى ١٠٤٥٧٨٢٣١٩ وبيتواصل معك الفريق خلال ٤٨ ساعة.")

# (end of ar part 3)


# ============================================================== HEBREW
def H(text, spans=(), ctx=""):
    item("he", text, spans, ctx)


HE_TZ_1 = tz_complete("05873216")                      # 058732165
HE_TZ_2 = tz_complete("31764409")                      # 317644094
HE_TZ_3 = tz_complete("20946153")                      # 209461532
HE_IBAN_1 = make_iban("IL", "0208110000000619284")     # IL37 0208 1100 0000 0619 284
HE_IBAN_2 = make_iban("IL", "0117580000000905631")     # IL15 0117 5800 0000 0905 631
HE_CARD_1 = luhn_complete("458012347766219")           # 4580 1234 7766 2191

# --- call: comprehensive pension fund, member who moved flat (native speaker, Tel Aviv)
H("שלום, הגעת לקרן הפנסיה נתיב, מדברת שירן, במה אפשר לעזור?", [("name", "שירן")])
H("כן שלום, מדבר אלון ברקוביץ, אממ, עברתי דירה ואני רוצה לעדכן כתובת.", [("name", "אלון ברקוביץ")])
H("בשמחה אלון, אני רק צריכה מספר תעודת זהות לזיהוי.", [("name", "אלון")])
H("אפס חמש שמונה, שבע שלוש שתיים, אחת שש חמש", [("id", "אפס חמש שמונה, שבע שלוש שתיים, אחת שש חמש")],
  "בשמחה אלון, אני רק צריכה מספר תעודת זהות לזיהוי.")
H("הכתובת החדשה היא רחוב אבן גבירול 112, דירה 9, תל אביב.",
  [("address", "רחוב אבן גבירול 112, דירה 9, תל אביב")])
H("ואת הנייד אתה רוצה לעדכן גם? כן, אפס חמישים וארבע, שש שש אחת, שמונה אפס תשע שתיים",
  [("phone", "אפס חמישים וארבע, שש שש אחת, שמונה אפס תשע שתיים")])
H("הצבירה שלך עומדת על 412,380 שקל, דמי הניהול הם 1.5% מההפקדה ו-0.22% מהצבירה.")
H("ההפקדה האחרונה של המעסיק נכנסה ב-12 במאי, 2,145 שקל, על המשכורת של אפריל.")
H("הדוח השנתי יישלח אליך עד סוף מרץ, ויש גם דוח רבעוני באזור האישי באתר.")

# --- call: study fund withdrawal, new immigrant from Russia
H("אלו, שלום, שמי סבטלנה קוזלובה, אני רוצה למשוך את הקרן השתלמות, עברו כבר שש שנים.",
  [("name", "סבטלנה קוזלובה")])
H("בסדר גברת קוזלובה, מה מספר תעודת הזהות שלך?", [("name", "קוזלובה")])
H("שלוש אחת שבע, שש ארבע ארבע, אפס תשע ארבע", [("id", "שלוש אחת שבע, שש ארבע ארבע, אפס תשע ארבע")],
  "בסדר גברת קוזלובה, מה מספר תעודת הזהות שלך?")
H("ותאריך לידה? עשרים ושתיים באוגוסט, אלף תשע מאות שבעים ושלוש.",
  [("date_of_birth", "עשרים ושתיים באוגוסט, אלף תשע מאות שבעים ושלוש")])
H("הקרן נזילה, יש בה 96,740 שקל, והמשיכה פטורה ממס כי עברו שש שנים מהפתיחה ב-2018.")
H("לחשבון בבנק מזרחי, איך אומרים, איבן? " + grp(HE_IBAN_1), [("iban", grp(HE_IBAN_1))])
H("תשלחו לי אישור למייל, sveta.kozlova@walla.co.il", [("email", "sveta.kozlova@walla.co.il")])
H("הכסף יועבר תוך ארבעה ימי עסקים, והאסמכתא היא 55-301-776.")

# --- call: investment provident fund, deposit by credit card (new immigrant from France)
H("Bonjour, סליחה, שלום, קוראים לי אוליביה אזולאי, אני רוצה להפקיד לקופת גמל להשקעה.",
  [("name", "אוליביה אזולאי")])
H("בכיף אוליביה, איך את רוצה להפקיד, העברה בנקאית או כרטיס אשראי?", [("name", "אוליביה")])
H("בכרטיס אשראי, ויזה, " + grp(HE_CARD_1), [("card", grp(HE_CARD_1))])
H("הפקדה חד פעמית של 20,000 שקל, ואחר כך הוראת קבע של 1,000 שקל בכל 10 לחודש.")
H("המסלול הכללי הניב 9.8% בשנה האחרונה, והתקרה להפקדה לשנת 2024 היא 79,006 שקל.")
H("הטלפון שלי בצרפת הוא פלוס שלושים ושלוש, שש, שתיים שתיים, ארבע חמש, שבע אחת, שמונה תשע",
  [("phone", "פלוס שלושים ושלוש, שש, שתיים שתיים, ארבע חמש, שבע אחת, שמונה תשע")])
H("d'accord, והמייל זה olivia נקודה azoulay שטרודל gmail נקודה com",
  [("email", "olivia נקודה azoulay שטרודל gmail נקודה com")])

# --- call: payroll bureau, employee from the Ethiopian community with a payslip problem
H("לשכת השכר, מדבר עידן, שלום.", [("name", "עידן")])
H("שלום, אני טספאיה מלסה, אני עובד במפעל בקריית גת, יש בעיה בתלוש של אפריל.", [("name", "טספאיה מלסה")])
H("חסר לי שעות נוספות, עבדתי 22 שעות נוספות ובתלוש יש רק 14, וגם נקודות הזיכוי לא נכון.")
H("בסדר טספאיה, תן לי את מספר הזהות שלך.", [("name", "טספאיה")])
H(split_at(HE_TZ_3, (3, 3, 3), "-"), [("id", split_at(HE_TZ_3, (3, 3, 3), "-"))],
  "בסדר טספאיה, תן לי את מספר הזהות שלך.")
H("אני שולח לך את טופס 101 מחדש, ותצרף אישור עולה, ככה תקבל עוד שתי נקודות זיכוי.")
H("התיקון ייכנס בתלוש של מאי, שמשולם ב-9 ביוני, עם הפרשים של 1,320 שקל ברוטו.")
H("הבנק שלי דיסקונט, " + grp(HE_IBAN_2) + ", שיניתי בחודש שעבר.", [("iban", grp(HE_IBAN_2))])

# (end of he part 1)

HE_TZ_4 = tz_complete("33218790")                      # 332187905
HE_TZ_5 = tz_complete("32501946")                      # 325019461
HE_IBAN_3 = make_iban("IL", "0541230000000210487")     # IL05 0541 2300 0000 0210 487
HE_IBAN_GB = make_iban("GB", "BARC20325373044871")     # GB67 BARC 2032 5373 0448 71
HE_CARD_AMEX = luhn_complete("37592401633821")         # 3759 240163 38210
assert ssn_ok("314826075")

# --- call: pension clearing house, searching for dormant funds (immigrant from New York)
H("היי, אני ג'ניפר רוזן, אבל כולם קוראים לי ג'ני, עליתי מניו יורק לפני עשר שנים.",
  [("name", "ג'ניפר רוזן"), ("name", "ג'ני")])
H("Okay, אז אני רוצה לבדוק אם יש לי כספים אבודים, עבדתי בשלושה מקומות בין 2014 ל-2019.")
H("מצאנו שתי קופות לא פעילות, אחת בהראל עם 8,412 שקל ואחת בכלל עם 3,077 שקל.")
H("תאריך הלידה שלי זה ארבעה בנובמבר, שמונים ושמונה.", [("date_of_birth", "ארבעה בנובמבר, שמונים ושמונה")])
H("התעודת זהות שלי היא 33 21 87 905", [("id", "33 21 87 905")])
H("jenny.rosen88@gmail.com, עם שתי אס? לא, אס אחת.", [("email", "jenny.rosen88@gmail.com")])
H("טלפון, אפס חמישים ושלוש, שבע אחת שתיים, שלוש שלוש ארבע שש",
  [("phone", "אפס חמישים ושלוש, שבע אחת שתיים, שלוש שלוש ארבע שש")])

# --- call: severance component withdrawal, Arab citizen speaking Hebrew
H("שלום, אני מוחמד עאמר מכפר קאסם, סיימתי לעבוד בחברת בנייה ואני רוצה למשוך את הפיצויים.",
  [("name", "מוחמד עאמר")])
H("אהלן מוחמד, בשמחה. יש לך מכתב מהמעסיק על סיום העבודה?", [("name", "מוחמד")])
H("כן, שלחתי בפקס ביום ראשון. התעודת זהות שלי שלוש שתיים חמש, אפס אחת תשע, ארבע שש אחת",
  [("id", "שלוש שתיים חמש, אפס אחת תשע, ארבע שש אחת")])
H("רכיב הפיצויים שלך הוא 58,900 שקל, מתוכם 12,400 חייבים במס לפי טופס 161 שהמעסיק צריך למלא.")
H("תעבירו לבנק ירושלים, " + grp(HE_IBAN_3), [("iban", grp(HE_IBAN_3))])
H("הכתובת שלי זה כפר קאסם, רחוב אלאקצא 37, מיקוד 4881000",
  [("address", "כפר קאסם, רחוב אלאקצא 37, מיקוד 4881000")])
H("ואם צריך, הנייד שלי 052-8843107", [("phone", "052-8843107")])

# --- call: investment house trading account, US citizen filling a W-9
H("בית ההשקעות, שלום, מדברת מור.", [("name", "מור")])
H("שלום, זה דניאל פרידמן, אני אזרח אמריקאי ופתחתי אצלכם חשבון מסחר, ביקשו ממני טופס W-9.",
  [("name", "דניאל פרידמן")])
H("נכון, בגלל FATCA אנחנו חייבים את ה-SSN שלך, מספר הביטוח הלאומי האמריקאי.")
H("אוקיי, זה שלוש אחת ארבע, שמונה שתיים, שש אפס שבע חמש", [("id", "שלוש אחת ארבע, שמונה שתיים, שש אפס שבע חמש")],
  "נכון, בגלל FATCA אנחנו חייבים את ה-SSN שלך, מספר הביטוח הלאומי האמריקאי.")
H("עמלת הקנייה היא 0.08% מינימום 5 דולר, ודמי ניהול חשבון 15 שקל לחודש.")
H("את העמלות החודשיות אפשר לחייב בכרטיס, אמריקן אקספרס, שלוש שבע חמש תשע, שתיים ארבע אפס אחת שש שלוש, שלוש שמונה שתיים אחת אפס",
  [("card", "שלוש שבע חמש תשע, שתיים ארבע אפס אחת שש שלוש, שלוש שמונה שתיים אחת אפס")])
H("מדד S&P 500 עלה היום 1.2% והנאסדק 1.7%, אבל הפקודה שלך לקנות 40 יחידות עוד לא בוצעה.")

# --- call: transferring a UK workplace pension to Israel (immigrant from London)
H("שלום, אני רוצה להעביר פנסיה מאנגליה לקופה בישראל, יש לי בערך מאה ושמונים אלף פאונד בתוכנית של החברה הקודמת.")
H("את התשלום החודשי תעבירו בינתיים לחשבון שלי בברקליס, " + grp(HE_IBAN_GB), [("iban", grp(HE_IBAN_GB))])
H("הכתובת שלי באנגליה עדיין 27 Wellington Road, Edgware, HA8 9QP",
  [("address", "27 Wellington Road, Edgware, HA8 9QP")])
H("ההעברה לוקחת בין שלושה לשישה חודשים, ויש חיוב מס של 25% אם הקופה לא מוכרת.")

# (end of he part 2)

HE_TZ_6 = tz_complete("06124587")                      # 061245874
HE_IBAN_POST = make_iban("IL", "0097300000000064429")  # IL57 0097 3000 0000 0064 429
HE_CARD_MC = luhn_complete("532610849905374")          # 5326 1084 9905 3749

# --- call: national old-age pension, elderly caller from Jerusalem
H("שלום, מדברת רחל אברהמי, אני בת שבעים ואני לא קיבלתי את הקצבה של החודש.", [("name", "רחל אברהמי")])
H("גברת אברהמי, תגידי לי בבקשה את תאריך הלידה.", [("name", "אברהמי")])
H("שלושה עשר בינואר, אלף תשע מאות חמישים וארבע.",
  [("date_of_birth", "שלושה עשר בינואר, אלף תשע מאות חמישים וארבע")],
  "גברת אברהמי, תגידי לי בבקשה את תאריך הלידה.")
H("הקצבה שלך 1,838 שקל ועוד תוספת דחייה של 10%, והיא משולמת ב-25 לכל חודש.")
H("אני גרה ברחוב הפלמ״ח 14, קומה שלישית, ירושלים.", [("address", "רחוב הפלמ״ח 14, קומה שלישית, ירושלים")])
H("הטלפון בבית אפס שתיים, שש שבע שלוש, ארבע אחת אפס שמונה",
  [("phone", "אפס שתיים, שש שבע שלוש, ארבע אחת אפס שמונה")])
H("הכסף חזר כי החשבון נסגר ב-3 במרץ, תצטרכי להביא אישור ניהול חשבון לסניף ברחוב שטראוס.")
H("תעבירו את זה לחשבון בבנק הדואר, " + grp(HE_IBAN_POST), [("iban", grp(HE_IBAN_POST))])

# --- call: child savings plan at an investment house, father from Modi'in Illit
H("שלום, אני יוסי ברגר, אבא של הילד, אני מתקשר לגבי החיסכון לכל ילד של הבן שלי.", [("name", "יוסי ברגר")])
H("הוא נולד בשלושה עשר בספטמבר אלפיים עשרים ואחת, זה הילד השישי.",
  [("date_of_birth", "שלושה עשר בספטמבר אלפיים עשרים ואחת")])
H("ביטוח לאומי מפקיד 57 שקל בחודש, ואם אתם מוסיפים עוד 57 מהקצבה זה יוצא כפול.")
H("מספר זהות שלי, של ההורה, זה אפס שש אחת, שתיים ארבע חמש, שמונה שבע ארבע",
  [("id", "אפס שש אחת, שתיים ארבע חמש, שמונה שבע ארבע")])
H("בגיל 18 הוא יוכל למשוך, ואם ימתין עד 21 מקבלים מענק נוסף של 500 שקל.")
H("המסלול שבחרתם הוא סיכון בינוני, עם תשואה של 6.4% מתחילת השנה ו-31% בחמש שנים.")
H("ואת העדכונים תשלחו למייל, יוסי נקודה ברגר שטרודל נטוויז'ן נקודה נט נקודה איי אל",
  [("email", "יוסי נקודה ברגר שטרודל נטוויז'ן נקודה נט נקודה איי אל")])

# --- call: executive insurance policy, loan against the policy
H("ביטוח מנהלים, מדבר רועי, איך אפשר לעזור?", [("name", "רועי")])
H("היי, זאת מיכל שטרן, יש לי פוליסה משנת 2003 ואני רוצה לקחת הלוואה כנגד הפוליסה.", [("name", "מיכל שטרן")])
H("את יכולה לקבל עד 70% מערך הפדיון, כלומר עד 145,000 שקל, בריבית פריים פלוס 1.5.")
H("אממ, ואת החוב של שלושה חודשי פרמיה אני רוצה לסגור עכשיו בכרטיס, מאסטרקארד חמישים ושלוש עשרים ושש, עשר שמונים וארבע, תשעים ותשע אפס חמש, שלושים ושבע ארבעים ותשע",
  [("card", "חמישים ושלוש עשרים ושש, עשר שמונים וארבע, תשעים ותשע אפס חמש, שלושים ושבע ארבעים ותשע")])
H("מיכל, המייל שמופיע אצלנו הוא michal.stern@bezeqint.net, זה עדיין נכון?",
  [("name", "מיכל"), ("email", "michal.stern@bezeqint.net")])
H("הכתובת למשלוח הדוח: שדרות רגר 40, דירה 15, באר שבע.", [("address", "שדרות רגר 40, דירה 15, באר שבע")])

# (end of he part 3)

HE_TZ_7 = tz_complete("30487125")                      # 304871254
HE_IBAN_DE = make_iban("DE", "100100100987654321")     # DE29 1001 0010 0987 6543 21
HE_IBAN_CY = make_iban("CY", "005001310000000814725530")
HE_IBAN_4 = make_iban("IL", "0310260000000337015")     # IL82 0310 2600 0000 0337 015
HE_CARD_DINERS = luhn_complete("3622148870531")        # 3622 148870 5310
HE_CARD_MC2 = luhn_complete("521930448061257")         # 5219 3044 8061 2573
HE_CARD_V2 = luhn_complete("405731196824503")          # 4057 3119 6824 5030
HE_CARD_V3 = luhn_complete("489600512347781")          # 4896 0051 2347 7810
HE_CARD_V4 = luhn_complete("471623098814452")          # 4716 2309 8814 4523

# --- call: restaurant owner paying the payroll software subscription
H("יש לי מסעדה בחיפה עם 14 עובדים, ואני משלם לכם 290 שקל לחודש על תוכנת השכר, ועכשיו זה עלה ל-340.")
H("תחייבו את הדיינרס, שלוש שש שתיים שתיים, אחת ארבע שמונה שמונה שבע אפס, חמש שלוש אחת אפס",
  [("card", "שלוש שש שתיים שתיים, אחת ארבע שמונה שמונה שבע אפס, חמש שלוש אחת אפס")])
H("ואם זה לא עובר, יש את המאסטרקארד של העסק, " + grp(HE_CARD_MC2, 4, "-"), [("card", grp(HE_CARD_MC2, 4, "-"))])
H("דיווח 102 לביטוח לאומי צריך להגיע עד ה-15 בחודש, והמשכורות של יוני ישולמו ב-9 ביולי.")
H("העובדים במשמרת ערב מקבלים 125% על השעתיים הראשונות ו-150% אחר כך.")

# --- call: pension fund member who moved to Berlin
H("שלום, קוראים לי עומר לוי, עברתי לברלין לפני שנתיים ואני רוצה לעדכן פרטים בקרן.", [("name", "עומר לוי")])
H("הכתובת החדשה שלי זה Weserstraße 58, 12045 Berlin.", [("address", "Weserstraße 58, 12045 Berlin")])
H("הטלפון הגרמני, פלוס ארבעים ותשע, אחת חמש אחת, שש שתיים שלוש, שמונה ארבע אחת אפס",
  [("phone", "פלוס ארבעים ותשע, אחת חמש אחת, שש שתיים שלוש, שמונה ארבע אחת אפס")])
H("ותאריך לידה תשעה ביוני תשעים ואחת, אם אתה צריך.", [("date_of_birth", "תשעה ביוני תשעים ואחת")])
H("לגבי משיכה, כתושב חוץ תשלם 35% מס, אלא אם תציג אישור תושבות מס בגרמניה לפי האמנה.")
H("את הכספים, כשיגיע הזמן, לחשבון בגרמניה, " + grp(HE_IBAN_DE), [("iban", grp(HE_IBAN_DE))])
H("omer.levi.berlin@posteo.de", [("email", "omer.levi.berlin@posteo.de")], "איזה מייל לעדכן?")

# --- call: retiree living in Cyprus, pension to a Cypriot bank
H("אני פנסיונר, כבר שלוש שנים בקפריסין, והקצבה שלי 7,240 שקל נטו.")
H("תעבירו מעכשיו את הקצבה לבנק אוף סייפרס, CY84 0050 0131, ואז אפס אפס אפס אפס, אפס אפס אפס שמונה, אחת ארבע שבע שתיים, חמש חמש שלוש אפס",
  [("iban", "CY84 0050 0131, ואז אפס אפס אפס אפס, אפס אפס אפס שמונה, אחת ארבע שבע שתיים, חמש חמש שלוש אפס")])
H("הכתובת בקפריסין: Makariou Avenue 112, דירה 4, Larnaca 6017", [("address", "Makariou Avenue 112, דירה 4, Larnaca 6017")])
H("הנייד הקפריסאי, תשעים ושש, שבע ארבע, אחת אפס, שמונה שתיים", [("phone", "תשעים ושש, שבע ארבע, אחת אפס, שמונה שתיים")])
H("ההמרה לאירו נעשית לפי השער היציג ביום התשלום, ויש עמלה של 20 שקל להעברה.")

# --- call: employee equity plan trustee (RSU sale), high-tech employee
H("אני עובדת בחברת הייטק בהרצליה, יש לי 320 יחידות RSU שהבשילו ב-15 בפברואר, ואני רוצה למכור.")
H("אם מחכים 24 חודשים מההקצאה, משלמים 25% מס רווח הון במקום מס שולי של 47%.")
H("תאריך הלידה שלי 07/04/1986.", [("date_of_birth", "07/04/1986")])
H("את התמורה לחשבון בבינלאומי, " + grp(HE_IBAN_4), [("iban", grp(HE_IBAN_4))])
H("והמייל לעדכונים hadas underscore nachum at gmail dot com", [("email", "hadas underscore nachum at gmail dot com")])
H("המניה נסחרת עכשיו ב-48.30 דולר, אז 320 יחידות זה בערך 15,456 דולר לפני מס.")

# --- call: paying for a meeting with a pension adviser
H("הפגישה עם היועצת הפנסיונית עולה 450 שקל, היא אורכת שעה וחצי, ביום שלישי בשעה 16:30.")
H("אוקיי, הכרטיס שלי ארבעים, חמישים ושבע, שלושים ואחת, תשע עשרה, שישים ושמונה, עשרים וארבע, חמישים, שלושים",
  [("card", "ארבעים, חמישים ושבע, שלושים ואחת, תשע עשרה, שישים ושמונה, עשרים וארבע, חמישים, שלושים")])
H("ואני גרה במודיעין, רחוב עמק איילון 22, דירה 7.", [("address", "מודיעין, רחוב עמק איילון 22, דירה 7")])
H("נולדתי ב-2 בדצמבר 1969, אז אני צריכה לדעת מה קורה בגיל 62.", [("date_of_birth", "2 בדצמבר 1969")])
H("טלפון שלי 08-9724615, זה בבית.", [("phone", "08-9724615")])

# --- call: young caller (born in Ukraine) opening an investment provident fund by card
H("היי, מדבר דמיטרי, דימה, אני רוצה לפתוח קופת גמל לילד... לא, לעצמי, עם הפקדה בכרטיס.",
  [("name", "דמיטרי"), ("name", "דימה")])
H("תעודת זהות שלוש אפס ארבע שמונה שבע אחת שתיים חמש ארבע", [("id", "שלוש אפס ארבע שמונה שבע אחת שתיים חמש ארבע")])
H("כרטיס ויזה " + grp(HE_CARD_V3), [("card", grp(HE_CARD_V3))])
H("נולדתי ב-19.2.99", [("date_of_birth", "19.2.99")])
H("אני גר באשדוד, רובע ז', רחוב שבטי ישראל 18", [("address", "אשדוד, רובע ז', רחוב שבטי ישראל 18")])
H("נייד אפס חמש שמונה, תשע שתיים, שלוש שבע, שש אחת אחת", [("phone", "אפס חמש שמונה, תשע שתיים, שלוש שבע, שש אחת אחת")])
H("והמייל דימה קו תחתון קרבצוב שטרודל ג'ימייל נקודה קום", [("email", "דימה קו תחתון קרבצוב שטרודל ג'ימייל נקודה קום")])
H("ההפקדה המינימלית היא 200 שקל, ודמי הניהול 0.6% בשנה מהצבירה.")

# --- call: grandmother adding a deposit to a grandchild's savings plan
H("אני רוצה להוסיף 1,000 שקל לחיסכון של הנכד, חד פעמי, בכרטיס 4716 2309, שמונה שמונה אחת ארבע, ארבע חמש שתיים שלוש",
  [("card", "4716 2309, שמונה שמונה אחת ארבע, ארבע חמש שתיים שלוש")])

# --- general lines
H("המשרדים שלנו ברחוב ז'בוטינסקי ברמת גן סגורים בחול המועד, והמוקד הטלפוני עובד עד 14:00.")
H("הריבית על הלוואה כנגד חיסכון היא 4.9%, ופירעון מוקדם בלי קנס אחרי 12 חודשים.")
H("מספר הפנייה שלך 2024-118-40527, תשמור אותו.")
H("גיל הפרישה לנשים עולה בהדרגה ל-65, אז מי שנולדה ב-1960 פורשת בערך ב-63 וחצי.")
H("בחודש ינואר נכנסו שתי הפקדות, אחת ב-5 ואחת ב-28, כי המעסיק איחר בדצמבר.")

# (end of he part 4)


# ============================================================== GREEK
def G(text, spans=(), ctx=""):
    item("el", text, spans, ctx)


EL_AFM_1 = afm_complete("04683219")                     # 046832196
EL_AFM_2 = afm_complete("13579024")                     # 135790242
EL_AFM_3 = afm_complete("05821376")                     # 058213769
EL_IBAN_1 = make_iban("GR", "02601540000840200373411")  # GR74 0260 1540 0008 4020 0373 411
EL_CARD_1 = luhn_complete("516732008814265")            # 5167 3200 8814 2658

# --- call: national pension agency, pension application (older caller, Thessaloniki)
G("e-ΕΦΚΑ, καλημέρα σας, είμαι η Δέσποινα, πώς μπορώ να βοηθήσω;", [("name", "Δέσποινα")])
G("Καλημέρα κοπέλα μου, με λένε Παναγιώτη Καραγιάννη, αλλά όλοι με φωνάζουν Τάκη.",
  [("name", "Παναγιώτη Καραγιάννη"), ("name", "Τάκη")])
G("Μάλιστα κύριε Καραγιάννη, μου λέτε τον ΑΦΜ σας;", [("name", "Καραγιάννη")])
G("Μηδέν τέσσερα έξι, οχτώ τρία δύο, ένα εννιά έξι.", [("id", "Μηδέν τέσσερα έξι, οχτώ τρία δύο, ένα εννιά έξι")],
  "Μάλιστα κύριε Καραγιάννη, μου λέτε τον ΑΦΜ σας;")
G("Γεννήθηκα στις δεκαεφτά Απριλίου του εξήντα δύο.", [("date_of_birth", "δεκαεφτά Απριλίου του εξήντα δύο")])
G("Η αίτηση συνταξιοδότησης κατατέθηκε στις 3 Οκτωβρίου και ο μέσος χρόνος απονομής είναι περίπου 60 ημέρες.")
G("Με 9.200 ένσημα δικαιούστε πλήρη σύνταξη στα 62, και η προσωρινή σύνταξη θα είναι περίπου 784 ευρώ.")
G("Η διεύθυνσή μου είναι Εγνατίας 128, τρίτος όροφος, Θεσσαλονίκη, 546 30.",
  [("address", "Εγνατίας 128, τρίτος όροφος, Θεσσαλονίκη, 546 30")])
G("Το σταθερό του σπιτιού, δύο τρία ένα μηδέν, τέσσερα πέντε, εξήντα εφτά, ογδόντα ένα.",
  [("phone", "δύο τρία ένα μηδέν, τέσσερα πέντε, εξήντα εφτά, ογδόντα ένα")])

# --- call: occupational pension fund, member leaving her employer
G("Γεια σας, είμαι η Κατερίνα Νικολάου, είμαι μέλος στο ταμείο επαγγελματικής ασφάλισης της εταιρείας μου.",
  [("name", "Κατερίνα Νικολάου")])
G("Έχω μπει στο ταμείο από το 2016, πληρώνω 3% κι η εταιρεία άλλο 3%, και φεύγω στις 31 του μήνα.")
G("Ο λογαριασμός σας έχει 18.420 ευρώ, από τα οποία τα 9.150 είναι εργοδοτικές εισφορές που κατοχυρώνονται μετά από πέντε χρόνια.")
G("Για την εξαγορά θέλω να μπουν στο IBAN μου, " + grp(EL_IBAN_1) + ".", [("iban", grp(EL_IBAN_1))])
G("Κατερίνα, μας δίνετε κι ένα κινητό για επιβεβαίωση;", [("name", "Κατερίνα")])
G("Ναι, έξι εννιά τέσσερα έξι, είκοσι δύο, τριάντα πέντε, δεκαεννιά.",
  [("phone", "έξι εννιά τέσσερα έξι, είκοσι δύο, τριάντα πέντε, δεκαεννιά")],
  "Κατερίνα, μας δίνετε κι ένα κινητό για επιβεβαίωση;")
G("katerina.nikolaou@yahoo.gr", [("email", "katerina.nikolaou@yahoo.gr")], "Και το email σας;")

# --- call: accountancy office running a Cretan hotel's payroll, seasonal worker
G("Λογιστικό γραφείο Μαυράκη, μισθοδοσία, παρακαλώ.")
G("Ναι, γεια σας, ο Μανώλης Σταυρακάκης εδώ, δούλευα στο ξενοδοχείο στη Χερσόνησο τη σεζόν.",
  [("name", "Μανώλης Σταυρακάκης")])
G("Θέλω τη βεβαίωση αποδοχών για το 2023 να κάνω το φορολογικό μου, λήγει στις 15 Ιουλίου.")
G("Βεβαίως κύριε Σταυρακάκη, τον ΑΦΜ σας;", [("name", "Σταυρακάκη")])
G(split_at(EL_AFM_2, (3, 3, 3)), [("id", split_at(EL_AFM_2, (3, 3, 3)))], "Βεβαίως κύριε Σταυρακάκη, τον ΑΦΜ σας;")
G("Οι ακαθάριστες αποδοχές σας ήταν 11.380 ευρώ για 7 μήνες, με παρακράτηση φόρου 412 ευρώ.")
G("Το επίδομα ανεργίας από τη ΔΥΠΑ ξεκινάει 1η Νοεμβρίου, αυτό δεν το βλέπουμε εμείς.")
G("Στείλτε τη μου στο μέιλ, μανώλης σταυρακάκης, όλα μαζί, παπάκι χότμεϊλ τελεία κομ.",
  [("email", "μανώλης σταυρακάκης, όλα μαζί, παπάκι χότμεϊλ τελεία κομ")])

# --- call: stockbroker, opening an account and funding it by card
G("Καλησπέρα, λέγομαι Νίκος Αλεξίου και θέλω να ανοίξω λογαριασμό για να αγοράζω ETF.",
  [("name", "Νίκος Αλεξίου")])
G("Ο ΑΦΜ μου είναι ο " + split_at(EL_AFM_3, (3, 3, 3)) + ".", [("id", split_at(EL_AFM_3, (3, 3, 3)))])
G("Η πρώτη κατάθεση μπορεί να γίνει με κάρτα, μέχρι 2.000 ευρώ την ημέρα, χωρίς προμήθεια.")
G("Η κάρτα είναι " + grp(EL_CARD_1) + ", λήξη... α, αυτό δεν το θέλετε.", [("card", grp(EL_CARD_1))])
G("Οι προμήθειες είναι 0,15% ανά συναλλαγή με ελάχιστο 5 ευρώ, και για το Χρηματιστήριο Αθηνών 0,10%.")
G("Το κινητό μου είναι 697 318 5520.", [("phone", "697 318 5520")])
G("Μένω στην Αγίου Δημητρίου 45, Ηλιούπολη, 163 41.", [("address", "Αγίου Δημητρίου 45, Ηλιούπολη, 163 41")])

# (end of el part 1)

EL_AFM_4 = afm_complete("11237460")                     # 112374606
EL_IBAN_CY1 = make_iban("CY", "002001950000357018836422")  # CY78 0020 0195 0000 3570 1883 6422
EL_IBAN_DE = make_iban("DE", "600501010002481376")      # DE29 6005 0101 0002 4813 76
EL_CARD_2 = luhn_complete("479225613097084")            # 4792 2561 3097 0843

# --- call: provident fund of a Cypriot bus company (Cypriot dialect, Limassol)
G("Ταμείο Προνοίας, καλημέρα, η Άντρη είμαι.", [("name", "Άντρη")])
G("Καλημέρα σας, Χαράλαμπος Ιωάννου λέγομαι, ο Χαμπής, δουλεύκω στην εταιρεία λεωφορείων τζαι είμαι μέλος του ταμείου.",
  [("name", "Χαράλαμπος Ιωάννου"), ("name", "Χαμπής")])
G("Θέλω να πάρω δάνειο που το ταμείο, έσιει 22.600 ευρώ μέσα, πόσα μπορώ να πάρω;")
G("Μέχρι το 80% των δικών σας εισφορών, δηλαδή περίπου 9.400, με επιτόκιο 3,5% και αποπληρωμή σε 60 δόσεις.")
G("Τον λογαριασμό μου στην Τράπεζα Κύπρου, " + grp(EL_IBAN_CY1), [("iban", grp(EL_IBAN_CY1))])
G("Το κινητό μου ενενήντα εννιά, σαράντα πέντε, δώδεκα, εβδομήντα τρία.",
  [("phone", "ενενήντα εννιά, σαράντα πέντε, δώδεκα, εβδομήντα τρία")])
G("Μένω Λεμεσό, Αγίας Φυλάξεως 76, διαμέρισμα 3, 3083.", [("address", "Λεμεσό, Αγίας Φυλάξεως 76, διαμέρισμα 3, 3083")])

# --- call: social insurance, old-age pension (elderly caller from a Paphos village)
G("Καλημέρα κόρη μου, εγώ είμαι η Ανδρούλλα Χριστοδούλου που την Πέγεια, ήρτε μου γράμμα για τη σύνταξη.",
  [("name", "Ανδρούλλα Χριστοδούλου")])
G("Ναι κυρία Ανδρούλλα, την ημερομηνία γέννησής σας;", [("name", "Ανδρούλλα")])
G("Είκοσι εννιά Φεβρουαρίου του σαράντα οχτώ.", [("date_of_birth", "Είκοσι εννιά Φεβρουαρίου του σαράντα οχτώ")],
  "Ναι κυρία Ανδρούλλα, την ημερομηνία γέννησής σας;")
G("Η σύνταξή σας αυξάνεται από 1η Ιανουαρίου κατά 4,1%, δηλαδή από 612 σε 637 ευρώ τον μήνα.")
G("Το τηλέφωνο του σπιθκιού είναι είκοσι έξι, εννιά πέντε, δύο δύο, μηδέν τέσσερα.",
  [("phone", "είκοσι έξι, εννιά πέντε, δύο δύο, μηδέν τέσσερα")])
G("Η διεύθυνση, Λεωφόρος Αποστόλου Παύλου 15, Πέγεια, 8560, τζαι αν δεν είμαι σπίτι αφήννετε το στη γειτόνισσα.",
  [("address", "Λεωφόρος Αποστόλου Παύλου 15, Πέγεια, 8560")])

# --- call: cross-border pension, Greek who worked in Germany
G("Καλησπέρα, μιλάω από τη Στουτγάρδη, είμαι ο Βασίλης Τσολάκης, δούλεψα 20 χρόνια στη Γερμανία και 12 στην Ελλάδα.",
  [("name", "Βασίλης Τσολάκης")])
G("Για τη διακρατική σύνταξη, ο ΕΦΚΑ στέλνει το έντυπο E205 στη Deutsche Rentenversicherung, και αυτό παίρνει 6 με 8 μήνες.")
G("Η ελληνική σύνταξη να μπαίνει στο γερμανικό λογαριασμό, " + grp(EL_IBAN_DE) + ".", [("iban", grp(EL_IBAN_DE))])
G("Ο ΑΦΜ μου, ένα ένα δύο, τρία εφτά τέσσερα, έξι μηδέν έξι.", [("id", "ένα ένα δύο, τρία εφτά τέσσερα, έξι μηδέν έξι")])
G("Τηλέφωνο, συν σαράντα εννιά, εκατόν εβδομήντα ένα, τέσσερα τρία δύο, πενήντα οχτώ, ενενήντα.",
  [("phone", "συν σαράντα εννιά, εκατόν εβδομήντα ένα, τέσσερα τρία δύο, πενήντα οχτώ, ενενήντα")])
G("Η διεύθυνσή μου εκεί είναι Königstraße 14, 70173 Stuttgart.", [("address", "Königstraße 14, 70173 Stuttgart")])
G("vasilis.tsolakis@web.de", [("email", "vasilis.tsolakis@web.de")], "Και ένα email;")

# --- call: private pension plan at an insurer, policyholder now living in Melbourne
G("Hi, γεια σας, είμαι η Σταυρούλα, Stav, από τη Μελβούρνη, έχω ένα συνταξιοδοτικό πρόγραμμα μαζί σας από τότε που ζούσα στην Αθήνα.",
  [("name", "Σταυρούλα"), ("name", "Stav")])
G("Το ασφάλιστρο είναι 150 ευρώ τον μήνα και έχει μείνει απλήρωτο από τον Μάρτιο, άρα χρωστάτε 450.")
G("Θα το πληρώσω με την κάρτα μου, τέσσερα εφτά εννιά δύο, δύο πέντε έξι ένα, τρία μηδέν εννιά εφτά, μηδέν οχτώ τέσσερα τρία.",
  [("card", "τέσσερα εφτά εννιά δύο, δύο πέντε έξι ένα, τρία μηδέν εννιά εφτά, μηδέν οχτώ τέσσερα τρία")])
G("Το κινητό μου στην Αυστραλία, συν εξήντα ένα, τετρακόσια είκοσι τρία, εφτακόσια οχτώ, εννιακόσια δεκαπέντε.",
  [("phone", "συν εξήντα ένα, τετρακόσια είκοσι τρία, εφτακόσια οχτώ, εννιακόσια δεκαπέντε")])
G("Η ημερομηνία γέννησής μου είναι 03/09/1979.", [("date_of_birth", "03/09/1979")])
G("Η συνταξιοδότηση προβλέπεται στα 65, δηλαδή το 2044, με εγγυημένο επιτόκιο 2,5%.")

# (end of el part 2)

EL_AFM_5 = afm_complete("06394518")                     # 063945188
EL_IBAN_PIR = make_iban("GR", "01720250005025037218499")  # GR76 0172 0250 0050 2503 7218 499
EL_CARD_3 = luhn_complete("535429017761823")            # 5354 2901 7761 8236
EL_CARD_4 = luhn_complete("414748052917306")            # 4147480529173064

# --- call: mutual fund redemption (caller from Patras)
G("Καλημέρα, ονομάζομαι Γεράσιμος Πετρόπουλος, από την Πάτρα, έχω μερίδια σε ένα ομολογιακό αμοιβαίο σας.",
  [("name", "Γεράσιμος Πετρόπουλος")])
G("Η καθαρή τιμή μεριδίου χθες ήταν 12,4871 ευρώ και έχετε 1.530,22 μερίδια, δηλαδή περίπου 19.108 ευρώ.")
G("μηδέν έξι τρία, εννιά τέσσερα πέντε, ένα οχτώ οχτώ", [("id", "μηδέν έξι τρία, εννιά τέσσερα πέντε, ένα οχτώ οχτώ")],
  "Θα χρειαστώ τον ΑΦΜ σας για την ταυτοποίηση.")
G("Τα χρήματα στην Πειραιώς, " + grp(EL_IBAN_PIR), [("iban", grp(EL_IBAN_PIR))])
G("Η εξαγορά γίνεται με την τιμή της επόμενης εργάσιμης και η πίστωση σε Τ+3, χωρίς προμήθεια εξαγοράς μετά τους 12 μήνες.")
G("gerasimos.petropoulos at otenet dot gr", [("email", "gerasimos.petropoulos at otenet dot gr")],
  "Ένα email για την επιβεβαίωση;")

# --- call: new auxiliary fund for young workers, first job (Athens)
G("Γεια σας, λέγομαι Ελευθερία Μανωλάκη, Ρία με λένε όλοι, πήρα πρώτη δουλειά και λέει ότι ασφαλίζομαι στο ΤΕΚΑ.",
  [("name", "Ελευθερία Μανωλάκη"), ("name", "Ρία")])
G("Ναι, για όσους ασφαλίστηκαν πρώτη φορά μετά την 1η Ιανουαρίου 2022, η εισφορά είναι 6%, 3% εσείς και 3% ο εργοδότης.")
G("Ημερομηνία γέννησης δώδεκα του έντεκα του δύο χιλιάδες ένα.",
  [("date_of_birth", "δώδεκα του έντεκα του δύο χιλιάδες ένα")])
G("Το email μου είναι ρία κάτω παύλα μανωλάκη, με λατινικά, παπάκι τζιμέιλ τελεία κομ.",
  [("email", "ρία κάτω παύλα μανωλάκη, με λατινικά, παπάκι τζιμέιλ τελεία κομ")])
G("Μπορείτε να επιλέξετε επενδυτικό προφίλ, συντηρητικό, ισορροπημένο ή δυναμικό, και να το αλλάζετε μία φορά τον χρόνο.")

# --- call: bakery owner in Larissa paying the payroll software subscription
G("Έχω φούρνο στη Λάρισα με πέντε υπαλλήλους και θέλω να πληρώσω την ετήσια συνδρομή για το πρόγραμμα μισθοδοσίας, 348 ευρώ με ΦΠΑ.")
G("Η κάρτα πενήντα τρία πενήντα τέσσερα, είκοσι εννιά μηδέν ένα, εβδομήντα εφτά εξήντα ένα, ογδόντα δύο τριάντα έξι.",
  [("card", "πενήντα τρία πενήντα τέσσερα, είκοσι εννιά μηδέν ένα, εβδομήντα εφτά εξήντα ένα, ογδόντα δύο τριάντα έξι")])
G("Οι μισθοί του Δεκεμβρίου και το δώρο Χριστουγέννων πρέπει να πληρωθούν μέχρι τις 21 Δεκεμβρίου.")
G("Η ΑΠΔ του Νοεμβρίου υποβάλλεται μέχρι το τέλος Δεκεμβρίου, και οι εργοδοτικές εισφορές είναι 22,29%.")

# --- call: monthly investment plan in a savings app
G("Θέλω να βάλω 300 ευρώ στο πρόγραμμα μηνιαίας επένδυσης από την κάρτα, " + EL_CARD_4 + ".", [("card", EL_CARD_4)])
G("Και αν με πάρετε τηλέφωνο, 6987 204 113.", [("phone", "6987 204 113")])
G("Το χαρτοφυλάκιο έχει απόδοση 7,8% από την αρχή της χρονιάς και η χρέωση είναι 0,5% τον χρόνο.")

# --- general lines (consignment and loans fund, office notices)
G("Τα γραφεία μας στην οδό Ακαδημίας είναι ανοιχτά Δευτέρα με Παρασκευή, 8 με 2:30.")
G("Ο αριθμός πρωτοκόλλου της αίτησής σας είναι 48213/2024, κρατήστε τον.")
G("Την Καθαρά Δευτέρα και του Αγίου Πνεύματος το κατάστημα είναι κλειστό.")

# (end of el part 3)

EL_AFM_6 = afm_complete("14072965")                     # 140729658
EL_AFM_7 = afm_complete("07351842")                     # 073518426
EL_AFM_8 = afm_complete("12864093")                     # 128640932
EL_IBAN_NBG = make_iban("GR", "01104730000047329615208")  # GR40 0110 4730 0004 7329 6152 08
EL_IBAN_ALPHA = make_iban("GR", "01408160816002101245677")  # GR87 0140 8160 8160 0210 1245 677
EL_IBAN_CY2 = make_iban("CY", "005003040003040122587301")   # CY76 0050 0304 0003 0401 2258 7301
EL_CARD_AMEX = luhn_complete("37641159203841")          # 3764 115920 38413
EL_CARD_5 = luhn_complete("402360419958273")            # 4023 6041 9958 2739
EL_CARD_6 = luhn_complete("552874306691142")            # 5528 7430 6691 1428
EL_CARD_7 = luhn_complete("492913458820671")            # 4929 1345 8820 6711

# --- call: lawyer settling pension contribution arrears, paying by card (Athens)
G("Καλησπέρα, η Ντίνα Λαμπράκη εδώ, δικηγόρος, έχω οφειλές στις εισφορές από το 2021 και θέλω να τις ρυθμίσω.",
  [("name", "Ντίνα Λαμπράκη")])
G("Η οφειλή σας είναι 4.386 ευρώ κεφάλαιο και 512 ευρώ προσαυξήσεις, και μπορείτε να τη ρυθμίσετε σε 24 δόσεις των 204 ευρώ.")
G("Την πρώτη δόση με Amex, τρία εφτά έξι τέσσερα, ένα ένα πέντε εννιά δύο μηδέν, τριάντα οχτώ, τέσσερα ένα τρία.",
  [("card", "τρία εφτά έξι τέσσερα, ένα ένα πέντε εννιά δύο μηδέν, τριάντα οχτώ, τέσσερα ένα τρία")])
G("Ο ΑΦΜ μου είναι " + EL_AFM_6 + ", και ημερομηνία γέννησης 22 Σεπτεμβρίου 1976.",
  [("id", EL_AFM_6), ("date_of_birth", "22 Σεπτεμβρίου 1976")])
G("Η διεύθυνση κατοικίας μου είναι Σκουφά 22, Κολωνάκι, 106 73 Αθήνα.", [("address", "Σκουφά 22, Κολωνάκι, 106 73 Αθήνα")])
G("ntina.lamprakh@gmail.com, με h στο τέλος.", [("email", "ntina.lamprakh@gmail.com")], "Και το email σας, κυρία Λαμπράκη;")
G("Η ρύθμιση χάνεται αν δεν πληρωθούν δύο συνεχόμενες δόσεις, και η ασφαλιστική ενημερότητα βγαίνει σε 2 εργάσιμες.")
G("Η ταυτότητα οφειλής για την πληρωμή είναι RF72 2045 0381 9912 0047 6, την περνάτε στο e-banking.")

# --- call: farmers' pension, elderly caller from a village in Zagori
G("Εμπρός; Εγώ είμαι ο Χρήστος ο Μπακόλας, από τους Κήπους στο Ζαγόρι, αγρότης συνταξιούχος.",
  [("name", "Χρήστος ο Μπακόλας")])
G("Πείτε μου κύριε Χρήστο, τι ημερομηνία γεννηθήκατε;", [("name", "Χρήστο")])
G("Το σαράντα εννιά, πέντε του Μάρτη.", [("date_of_birth", "σαράντα εννιά, πέντε του Μάρτη")],
  "Πείτε μου κύριε Χρήστο, τι ημερομηνία γεννηθήκατε;")
G("Η σύνταξή σας είναι 476 ευρώ και από τον Ιανουάριο παίρνετε και την προσωπική διαφορά, 23 ευρώ.")
G("Να τη βάζετε στην Εθνική, " + grp(EL_IBAN_NBG) + ", το γράφει το βιβλιάριο.", [("iban", grp(EL_IBAN_NBG))])
G("Ο ΑΦΜ, μηδέν εφτά τρία, πέντε ένα οχτώ, τέσσερα δύο έξι, τον έχει κι ο εγγονός μου.",
  [("id", "μηδέν εφτά τρία, πέντε ένα οχτώ, τέσσερα δύο έξι")])
G("Η διεύθυνση είναι απλά Κήποι Ζαγορίου, Ιωάννινα, 440 10, δεν έχουμε οδούς στο χωριό.",
  [("address", "Κήποι Ζαγορίου, Ιωάννινα, 440 10")])

# --- call: seafarers' pension fund (Piraeus)
G("Καλημέρα, ο Μιχάλης Ρήγας, ναυτικός συνταξιούχος, γεννηθείς 8 Αυγούστου του '52.",
  [("name", "Μιχάλης Ρήγας"), ("date_of_birth", "8 Αυγούστου του '52")])
G("Έχω 28 χρόνια θαλάσσια υπηρεσία, από το 1978 μέχρι το 2006, σε φορτηγά και δεξαμενόπλοια.")
G("Αλλάξαμε τράπεζα, τώρα είναι Alpha, " + grp(EL_IBAN_ALPHA) + ".", [("iban", grp(EL_IBAN_ALPHA))])
G("Ο ΑΦΜ μου είναι ένα δύο οχτώ έξι τέσσερα μηδέν εννιά τρία δύο.",
  [("id", "ένα δύο οχτώ έξι τέσσερα μηδέν εννιά τρία δύο")])
G("Το σταθερό, διακόσια δέκα, τετρακόσια δώδεκα, εβδομήντα οχτώ, μηδέν εννιά.",
  [("phone", "διακόσια δέκα, τετρακόσια δώδεκα, εβδομήντα οχτώ, μηδέν εννιά")])
G("Μένω στον Πειραιά, Καραΐσκου 87, πέμπτος όροφος, 185 32.", [("address", "Πειραιά, Καραΐσκου 87, πέμπτος όροφος, 185 32")])
G("και το μέιλ m.rigas52 παπάκι yahoo τελεία gr", [("email", "m.rigas52 παπάκι yahoo τελεία gr")])
G("Η επικουρική σας είναι 312 ευρώ και πληρώνεται μαζί με την κύρια, στις 26 του προηγούμενου μήνα.")

# --- call: teachers' provident fund, moving it to another bank (Nicosia)
G("Είμαι εκπαιδευτικός στη Λευκωσία και θέλω να κάμω μεταφορά του ταμείου προνοίας μου σε άλλη τράπεζα.")
G("Ο καινούργιος λογαριασμός, σι γουάι εβδομήντα έξι, μηδέν μηδέν πέντε μηδέν, μηδέν τρία μηδέν τέσσερα, μηδέν μηδέν μηδέν τρία, μηδέν τέσσερα μηδέν ένα, δύο δύο πέντε οχτώ, εφτά τρία μηδέν ένα.",
  [("iban", "σι γουάι εβδομήντα έξι, μηδέν μηδέν πέντε μηδέν, μηδέν τρία μηδέν τέσσερα, μηδέν μηδέν μηδέν τρία, μηδέν τέσσερα μηδέν ένα, δύο δύο πέντε οχτώ, εφτά τρία μηδέν ένα",
    EL_IBAN_CY2)])
G("Γεννήθηκα στις 14/6/1983.", [("date_of_birth", "14/6/1983")])
G("Το email μου είναι eleni.georgiou83@cytanet.com.cy", [("email", "eleni.georgiou83@cytanet.com.cy")])
G("Η διεύθυνσή μου, Οδός Στασικράτους 9, διαμέρισμα 201, 1065 Λευκωσία.",
  [("address", "Οδός Στασικράτους 9, διαμέρισμα 201, 1065 Λευκωσία")])
G("Η μεταφορά γίνεται στις 30 Ιουνίου, που είναι η ημερομηνία αποτίμησης, και η τιμή μονάδας ήταν 1,8735.")

# --- call: payroll manager of a company with a group pension plan
G("Είμαι υπεύθυνη μισθοδοσίας σε εταιρεία με 85 άτομα, έχουμε ομαδικό συνταξιοδοτικό μαζί σας, και θέλω να πληρώσω το διαχειριστικό κόστος του 2024, 1.275 ευρώ.")
G("Βάλτε το στη Visa της εταιρείας, " + grp(EL_CARD_5) + ".", [("card", grp(EL_CARD_5))])
G("Οι εισφορές του Μαΐου ήταν 38.640 ευρώ για 85 εργαζόμενους και πιστώθηκαν στις 5 Ιουνίου.")

# --- short calls: freelancer contributions and a savings policy paid by card
G("Πληρώνω τις εισφορές μη μισθωτών με κάρτα, πέμπτη κατηγορία, 410 ευρώ τον μήνα, η κάρτα είναι " + grp(EL_CARD_6, 4, "-") + ".",
  [("card", grp(EL_CARD_6, 4, "-"))])
G("Το εφάπαξ ασφάλιστρο του αποταμιευτικού με την κάρτα τέσσερα εννιά δύο εννιά, ένα τρία τέσσερα πέντε, οχτώ οχτώ δύο μηδέν, έξι εφτά ένα ένα.",
  [("card", "τέσσερα εννιά δύο εννιά, ένα τρία τέσσερα πέντε, οχτώ οχτώ δύο μηδέν, έξι εφτά ένα ένα")])
G("Το εφάπαξ βγαίνει περίπου 18 μήνες μετά τη σύνταξη, και φέτος ο μέσος όρος ήταν 22.400 ευρώ.")
G("Ο Μάιος έχει πέντε Παρασκευές φέτος, οπότε η εβδομαδιαία μισθοδοσία κλείνει στις 31.")

# (end of el part 4)

EL_IBAN_EUROBANK = make_iban("GR", "02602130000280100931654")  # GR65 0260 2130 0028 0100 9316 54

# --- more lines: refund of contributions, general notices
G("Για την επιστροφή αχρεωστήτως καταβληθεισών εισφορών, ο λογαριασμός είναι " + grp(EL_IBAN_EUROBANK) + ", στο όνομά μου.",
  [("iban", grp(EL_IBAN_EUROBANK))])
G("Η σύνταξη Ιουλίου πληρώνεται στις 27 Ιουνίου, Πέμπτη, και για τους πρώην ασφαλισμένους του ΟΑΕΕ στις 25.")
G("Το αμοιβαίο Δήλος Ομολογιών είχε απόδοση 4,2% το 2023 με προμήθεια διαχείρισης 0,9%.")
G("Κλείστε ραντεβού στο κατάστημα της οδού Σταδίου, δίπλα στο Σύνταγμα, τρίτος όροφος, ώρες 9 με 1.")
G("Από 1η Ιανουαρίου το αφορολόγητο για τους συνταξιούχους είναι 8.636 ευρώ και η μείωση φόρου 777 ευρώ.")

# (end of el part 5)

# Long non-personal numbers used above (references, order and request numbers) fail every
# check; build() also checks every digit run outside the spans automatically.
for _n in ("4471 2009 3318 7654", "7740319528", "2024031577", "1045782319", "20240611-0347",
           "2024-118-40527", "55-301-776", "48213"):
    assert not looks_personal_number(_n), _n


# ============================================================== main
def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    for lang in ("en", "ar", "he", "el"):
        if lang not in DATA:
            continue
        lines = build(DATA[lang], lang)
        with open(os.path.join(OUT_DIR, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for ln in lines:
                f.write(json.dumps(ln, ensure_ascii=False) + "\n")
        kinds = {}
        for ln in lines:
            for sp in ln["spans"]:
                kinds[sp["kind"]] = kinds.get(sp["kind"], 0) + 1
        empty = sum(1 for ln in lines if not ln["spans"])
        print("%s: %d items (%d non-personal), %d spans %s" % (
            lang, len(lines), empty, sum(kinds.values()), dict(sorted(kinds.items()))))


if __name__ == "__main__":
    main()
