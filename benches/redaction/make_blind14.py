#!/usr/bin/env python3
"""Generator for the held-out redaction evaluation set "blind14".

Who wrote it and how
--------------------
Written by a helper session that worked only from a written brief (the product's
specification of what counts as personal data, the output format and a list of sectors
to avoid).  That session never opened, listed or read the redactor, its rules, its tests,
or any other evaluation set or generator.  The call lines are invented from general
knowledge of how customer-service phone calls sound, as a speech recogniser would
transcribe them (about two thirds with Whisper-style punctuation and capitals, about one
third lower case with no punctuation).  All values are invented; card numbers, IBANs and
ID numbers get their check digits computed below, and long non-personal numbers are
asserted to fail those checks.

Output
------
Running this script (Python 3, standard library only, deterministic) writes
data/redaction/blind14/{en,ar,he,el}.jsonl, one JSON object per line:

    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}

- kind: one of card, iban, id, phone, email, date_of_birth, name, address.
- start/end: BYTE offsets into the UTF-8 encoding of text, end exclusive.  They are
  computed here by searching for each span's substring and asserted.
- context (optional, not scored): an earlier line of the same call, e.g. the agent's
  question before the caller's answer.
- Items with empty spans are non-personal and must come out unchanged.
"""

import json
import os
import re
import sys

KINDS = ("card", "iban", "id", "phone", "email", "date_of_birth", "name", "address")

# ---------------------------------------------------------------------------
# Check-digit helpers
# ---------------------------------------------------------------------------


def luhn_ok(d):
    d = str(d)
    assert d.isdigit(), d
    total = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError(partial)


def card(partial):
    """Payment card: partial is every digit but the last; the Luhn digit is appended."""
    d = luhn_complete(partial)
    assert 13 <= len(d) <= 19 and luhn_ok(d), d
    return d


def tz_ok(d):
    """Israeli Teudat Zehut: 9 digits, weights 1,2,1,2,..., digit sums, total % 10 == 0."""
    if len(d) != 9 or not d.isdigit():
        return False
    total = 0
    for i, ch in enumerate(d):
        n = int(ch) * (1 if i % 2 == 0 else 2)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def tz(partial8):
    for c in "0123456789":
        if tz_ok(partial8 + c):
            return partial8 + c
    raise AssertionError(partial8)


def afm_ok(d):
    """Greek AFM: 9 digits, sum(d_i * 2**(8-i)) % 11 % 10 == last digit."""
    if len(d) != 9 or not d.isdigit():
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return s % 11 % 10 == int(d[8])


def afm(partial8):
    s = sum(int(partial8[i]) * 2 ** (8 - i) for i in range(8))
    d = partial8 + str(s % 11 % 10)
    assert afm_ok(d)
    return d


def saudi_ok(d):
    return len(d) == 10 and d.isdigit() and d[0] in "12" and luhn_ok(d)


def saudi(partial9):
    """Saudi national ID (starts 1) or Iqama (starts 2), Luhn check digit."""
    assert partial9[0] in "12"
    d = luhn_complete(partial9)
    assert saudi_ok(d)
    return d


def ssn_ok(area, group, serial):
    return 1 <= area <= 899 and area != 666 and 1 <= group <= 99 and 1 <= serial <= 9999


def ssn(area, group, serial):
    assert ssn_ok(area, group, serial)
    return "%03d%02d%04d" % (area, group, serial)


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "QA": 29, "KW": 30, "BH": 22, "LB": 28,
            "FR": 27, "NL": 18, "ES": 24, "IT": 27, "TN": 24, "PS": 29}


def _iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if len(s) < 15 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(cc, bban):
    chk = 98 - _iban_num(bban + cc + "00") % 97
    s = "%s%02d%s" % (cc, chk, bban)
    assert len(s) == IBAN_LEN[cc], (s, len(s))
    assert iban_ok(s), s
    return s


def grp(s, n=4, sep=" "):
    """Group a string in blocks of n (IBAN print format)."""
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def split(s, sizes, sep=" "):
    sizes = [int(x) for x in str(sizes).split()]
    assert sum(sizes) == len(s), (s, sizes)
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    return sep.join(out)


AI_DIGITS = "٠١٢٣٤٥٦٧٨٩"


def ai(s):
    """Western digits to Arabic-Indic digits."""
    return "".join(AI_DIGITS[int(c)] if c.isdigit() else c for c in s)


def from_ai(s):
    return "".join(str(AI_DIGITS.index(c)) if c in AI_DIGITS else c for c in s)


# ---------------------------------------------------------------------------
# Spoken numbers
# ---------------------------------------------------------------------------

EN_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
           "fourteen fifteen sixteen seventeen eighteen nineteen").split()
EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def en_num(n, uk=False):
    assert 0 <= n <= 999
    if n < 20:
        return EN_ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return EN_TENS[t] + ("-" + EN_ONES[o] if o else "")
    h, r = divmod(n, 100)
    s = EN_ONES[h] + " hundred"
    if r:
        s += (" and " if uk else " ") + en_num(r)
    return s


def en_dig(s, oh=False, double=False):
    words = []
    i = 0
    while i < len(s):
        w = "oh" if (s[i] == "0" and oh) else EN_ONES[int(s[i])]
        if double and i + 1 < len(s) and s[i + 1] == s[i] and not (i + 2 < len(s) and s[i + 2] == s[i]):
            words.append("double " + w)
            i += 2
            continue
        words.append(w)
        i += 1
    return " ".join(words)


AR_DIG = {
    "msa": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "gulf": "صفر واحد ثنين ثلاثة اربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "lev": "صفر واحد تنين تلاتة اربعة خمسة ستة سبعة تمانية تسعة".split(),
    "egy": "صفر واحد اتنين تلاتة اربعة خمسة ستة سبعة تمانية تسعة".split(),
    "magh": "زيرو واحد جوج تلاتة ربعة خمسة ستة سبعة تمنية تسعود".split(),
}
AR_TEENS = {
    "msa": "عشرة أحد_عشر اثنا_عشر ثلاثة_عشر أربعة_عشر خمسة_عشر ستة_عشر سبعة_عشر ثمانية_عشر تسعة_عشر".split(),
    "gulf": "عشرة احدعش اثنعش ثلطعش اربعطعش خمسطعش سطعش سبعطعش ثمنطعش تسعطعش".split(),
    "lev": "عشرة حدعش اطنعش تلطعش اربعطعش خمسطعش سطعش سبعطعش تمنطعش تسعطعش".split(),
    "egy": "عشرة حداشر اتناشر تلاتاشر اربعتاشر خمستاشر ستاشر سبعتاشر تمنتاشر تسعتاشر".split(),
    "magh": "عشرة حضاش طناش تلطاش ربعطاش خمسطاش سطاش سبعطاش تمنطاش تسعطاش".split(),
}
AR_TENS = {
    "msa": "_ _ عشرين ثلاثين أربعين خمسين ستين سبعين ثمانين تسعين".split(),
    "gulf": "_ _ عشرين ثلاثين اربعين خمسين ستين سبعين ثمانين تسعين".split(),
    "lev": "_ _ عشرين تلاتين اربعين خمسين ستين سبعين تمانين تسعين".split(),
    "egy": "_ _ عشرين تلاتين اربعين خمسين ستين سبعين تمانين تسعين".split(),
    "magh": "_ _ عشرين تلاتين ربعين خمسين ستين سبعين تمانين تسعين".split(),
}
AR_HUND = {
    "msa": "_ مئة مئتين ثلاثمئة أربعمئة خمسمئة ستمئة سبعمئة ثمانمئة تسعمئة".split(),
    "gulf": "_ مية ميتين ثلاثمية اربعمية خمسمية ستمية سبعمية ثمانمية تسعمية".split(),
    "lev": "_ مية ميتين تلتمية ربعمية خمسمية ستمية سبعمية تمنمية تسعمية".split(),
    "egy": "_ مية ميتين تلتمية ربعمية خمسمية ستمية سبعمية تمنمية تسعمية".split(),
    "magh": "_ مية ميتين تلتمية ربعمية خمسمية ستمية سبعمية تمنمية تسعمية".split(),
}


def ar_num(n, d="msa"):
    assert 0 <= n <= 999
    if n < 10:
        w = AR_DIG[d][n]
        return "صفر" if (n == 0 and d == "msa") else w
    if n < 20:
        return AR_TEENS[d][n - 10].replace("_", " ")
    if n < 100:
        t, o = divmod(n, 10)
        tens = AR_TENS[d][t]
        if not o:
            return tens
        one = AR_DIG[d][o] if o != 1 else "واحد"
        return one + " و" + tens
    h, r = divmod(n, 100)
    s = AR_HUND[d][h]
    return s + (" و" + ar_num(r, d) if r else "")


def ar_dig(s, d="msa"):
    return " ".join(AR_DIG[d][int(c)] for c in s)


HE_DIG_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_DIG_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
HE_TEEN_F = ["עשר", "אחת עשרה", "שתים עשרה", "שלוש עשרה", "ארבע עשרה", "חמש עשרה",
             "שש עשרה", "שבע עשרה", "שמונה עשרה", "תשע עשרה"]
HE_TEEN_M = ["עשרה", "אחד עשר", "שנים עשר", "שלושה עשר", "ארבעה עשר", "חמישה עשר",
             "שישה עשר", "שבעה עשר", "שמונה עשר", "תשעה עשר"]
HE_TENS = "_ _ עשרים שלושים ארבעים חמישים שישים שבעים שמונים תשעים".split()
HE_HUND = ["", "מאה", "מאתיים", "שלוש מאות", "ארבע מאות", "חמש מאות", "שש מאות",
           "שבע מאות", "שמונה מאות", "תשע מאות"]


def he_num(n, fem=True):
    assert 0 <= n <= 999
    dig = HE_DIG_F if fem else HE_DIG_M
    teen = HE_TEEN_F if fem else HE_TEEN_M
    if n < 10:
        return dig[n]
    if n < 20:
        return teen[n - 10]
    if n < 100:
        t, o = divmod(n, 10)
        return HE_TENS[t] + (" ו" + dig[o] if o else "")
    h, r = divmod(n, 100)
    if not r:
        return HE_HUND[h]
    rest = he_num(r, fem)
    if r < 20 or r % 10 == 0:
        return HE_HUND[h] + " ו" + rest
    return HE_HUND[h] + " " + rest


def he_dig(s, fem=True):
    dig = HE_DIG_F if fem else HE_DIG_M
    return " ".join(dig[int(c)] for c in s)


EL_ONES = {
    False: ("μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά δέκα έντεκα δώδεκα δεκατρία "
            "δεκατέσσερα δεκαπέντε δεκαέξι δεκαεφτά δεκαοχτώ δεκαεννιά").split(),
    True: ("μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα δέκα έντεκα δώδεκα δεκατρία "
           "δεκατέσσερα δεκαπέντε δεκαέξι δεκαεπτά δεκαοκτώ δεκαεννέα").split(),
}
EL_TENS = "_ _ είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα ενενήντα".split()
EL_HUND = {
    False: "_ εκατόν διακόσια τριακόσια τετρακόσια πεντακόσια εξακόσια εφτακόσια οχτακόσια εννιακόσια".split(),
    True: "_ εκατόν διακόσια τριακόσια τετρακόσια πεντακόσια εξακόσια επτακόσια οκτακόσια εννιακόσια".split(),
}


def el_num(n, formal=False):
    assert 0 <= n <= 999
    ones = EL_ONES[formal]
    if n < 20:
        return ones[n]
    if n < 100:
        t, o = divmod(n, 10)
        return EL_TENS[t] + (" " + ones[o] if o else "")
    h, r = divmod(n, 100)
    if h == 1 and not r:
        return "εκατό"
    return EL_HUND[formal][h] + (" " + el_num(r, formal) if r else "")


def el_dig(s, formal=False):
    return " ".join(EL_ONES[formal][int(c)] for c in s)


def say(lang, digits, groups=None, sep=" ", **kw):
    """Spell a digit string in words.

    groups: e.g. "3 3n 4" -- chunk sizes; a chunk marked n is read as one number
    (e.g. "42" -> forty-two), others digit by digit.  A number chunk with leading zeros
    reads those zeros as digits first.  None: every digit alone.
    """
    if groups is None:
        groups = str(len(digits))
    toks = groups.split()
    sizes = [int(t.rstrip("n")) for t in toks]
    assert sum(sizes) == len(digits), (digits, groups)
    out, i = [], 0
    for t, k in zip(toks, sizes):
        chunk = digits[i:i + k]
        i += k
        if t.endswith("n"):
            z = len(chunk) - len(chunk.lstrip("0"))
            zeros, rest = chunk[:z], chunk[z:]
            parts = []
            if zeros:
                parts.append(_dig(lang, zeros, **kw))
            if rest:
                parts.append(_num(lang, int(rest), **kw))
            out.append(" ".join(parts))
        else:
            out.append(_dig(lang, chunk, **kw))
    return sep.join(out)


def _dig(lang, s, **kw):
    if lang == "en":
        return en_dig(s, oh=kw.get("oh", False), double=kw.get("double", False))
    if lang == "ar":
        return ar_dig(s, kw.get("d", "msa"))
    if lang == "he":
        return he_dig(s, kw.get("fem", True))
    if lang == "el":
        return el_dig(s, kw.get("formal", False))
    raise ValueError(lang)


def _num(lang, n, **kw):
    if lang == "en":
        return en_num(n, uk=kw.get("uk", False))
    if lang == "ar":
        return ar_num(n, kw.get("d", "msa"))
    if lang == "he":
        return he_num(n, kw.get("fem", True))
    if lang == "el":
        return el_num(n, kw.get("formal", False))
    raise ValueError(lang)


# ---------------------------------------------------------------------------
# Items and checks
# ---------------------------------------------------------------------------

DATA = {}


_PUNCT = re.compile(r"(?<!\d)[,.?!:;،؟](?!\d)|(?<=\d)[,.?!:;،؟](?!\d)|[?!;،؟]")


def bare(s):
    """Drop punctuation (not the dots, commas and colons inside numbers), as some
    recognisers write: no punctuation at all."""
    return re.sub(r"\s+", " ", _PUNCT.sub("", s)).strip()


def item(lang, text, spans=(), ctx=None, nopunct=False):
    """spans: (kind, substring) or (kind, substring, nth occurrence).
    nopunct: write the line without punctuation (text and span substrings alike)."""
    spans = list(spans)
    if nopunct:
        low = (lambda x: x.lower()) if lang in ("en", "el") else (lambda x: x)
        text = low(bare(text))
        spans = [(sp[0], low(bare(sp[1]))) + tuple(sp[2:]) for sp in spans]
    DATA.setdefault(lang, []).append((text, spans, ctx))


def np_num(d):
    """A long non-personal number: assert it fails every check it could be mistaken for."""
    check_not_personal_digits(d)
    return d


def check_not_personal_digits(d):
    if 13 <= len(d) <= 19:
        assert not luhn_ok(d), "non-personal number passes Luhn: " + d
    if len(d) == 9:
        assert not tz_ok(d), "non-personal number passes TZ: " + d
        assert not afm_ok(d), "non-personal number passes AFM: " + d
    if len(d) == 10 and d[0] in "12":
        assert not luhn_ok(d), "non-personal number passes Saudi ID: " + d


_RUN = re.compile(r"\d(?:[ \-.]?\d)*")
_IBANISH = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")
_SSNISH = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")


def check_outside(text, mask):
    """Digits outside personal spans must not pass any check."""
    outside = "".join(ch if not m else "\x00" for ch, m in zip(text, mask))
    outside = from_ai(outside)
    for m in _RUN.finditer(outside):
        d = re.sub(r"\D", "", m.group(0))
        if len(d) >= 9:
            check_not_personal_digits(d)
    for m in _IBANISH.finditer(outside):
        assert not iban_ok(m.group(0)), "non-personal IBAN-like: " + m.group(0)
    assert not _SSNISH.search(outside), "non-personal SSN-like: " + outside


def check_inside(kind, sub):
    """Spans written with digits (Western or Arabic-Indic) must pass their checks;
    spans spoken in words were generated from checked digit strings above."""
    flat = re.sub(r"[ \-./]", "", from_ai(sub))
    if kind == "card" and flat.isdigit():
        assert 13 <= len(flat) <= 19 and luhn_ok(flat), sub
    if kind == "iban" and flat[:2].isalpha() and flat[2:].isalnum() and flat[2:4].isdigit():
        assert iban_ok(flat), sub
    if kind == "id" and flat.isdigit():
        if re.fullmatch(r"\d{3}-\d{2}-\d{4}", sub):
            assert ssn_ok(int(flat[:3]), int(flat[3:5]), int(flat[5:])), sub
        else:
            assert tz_ok(flat) or afm_ok(flat) or saudi_ok(flat), sub


def to_json(lang, text, spans, ctx):
    b = text.encode("utf-8")
    out = []
    mask = [False] * len(text)
    for sp in spans:
        kind, sub = sp[0], sp[1]
        nth = sp[2] if len(sp) > 2 else None
        assert kind in KINDS, kind
        assert sub and sub == sub.strip(), (lang, repr(sub))
        sb = sub.encode("utf-8")
        count = b.count(sb)
        if nth is None:
            assert count == 1, (lang, "substring occurs %d times" % count, sub, text)
            nth = 0
        assert nth < count, (lang, sub, text)
        start = -1
        for _ in range(nth + 1):
            start = b.find(sb, start + 1)
        end = start + len(sb)
        assert b[start:end].decode("utf-8") == sub
        check_inside(kind, sub)
        out.append({"kind": kind, "start": start, "end": end})
        cstart = len(b[:start].decode("utf-8"))
        for k in range(cstart, cstart + len(sub)):
            mask[k] = True
    out.sort(key=lambda s: s["start"])
    for a, c in zip(out, out[1:]):
        assert a["end"] <= c["start"], ("overlap", text)
    check_outside(text, mask)
    obj = {"text": text, "spans": out}
    if ctx:
        obj["context"] = ctx
    return obj


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    outdir = os.path.join(root, "data", "redaction", "blind14")
    os.makedirs(outdir, exist_ok=True)
    for lang in ("en", "ar", "he", "el"):
        if lang not in DATA:
            continue
        rows = [to_json(lang, *it) for it in DATA[lang]]
        texts = [r["text"] for r in rows]
        assert len(set(texts)) == len(texts), (lang, "duplicate text")
        with open(os.path.join(outdir, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        counts = {}
        for r in rows:
            for s in r["spans"]:
                counts[s["kind"]] = counts.get(s["kind"], 0) + 1
        empty = sum(1 for r in rows if not r["spans"])
        lower = sum(1 for r in rows if r["text"] == r["text"].lower()
                    and not re.search(r"[.,?!;:،؟؛;·]", r["text"]))
        print("%s: %d items (%d non-personal, %d lower/no-punct), %d spans %s" % (
            lang, len(rows), empty, lower, sum(counts.values()),
            " ".join("%s=%d" % (k, counts.get(k, 0)) for k in KINDS)))


# ---------------------------------------------------------------------------
# Self-tests of the helpers
# ---------------------------------------------------------------------------

assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
assert tz_ok("000000018") and not tz_ok("000000017")
assert iban_ok("GB82WEST12345698765432") and not iban_ok("GB82WEST12345698765433")
assert iban_ok("DE89370400440532013000")
assert afm(afm("12345678")[:8]) == afm("12345678")
assert en_num(42) == "forty-two" and en_num(105, uk=True) == "one hundred and five"
assert say("en", "0771", "1 3n") == "zero seven hundred seventy-one"
assert he_num(52) == "חמישים ושתיים" and he_num(52, fem=False) == "חמישים ושניים"
assert el_num(67) == "εξήντα εφτά" and el_num(100) == "εκατό" and el_num(115) == "εκατόν δεκαπέντε"
assert ar_num(56, "gulf") == "ستة وخمسين"
assert bare("Yes, it's 1,350 at 20:30. Ok?") == "Yes it's 1,350 at 20:30 Ok"


# === LANGUAGE DATA ===

# ---------------------------------------------------------------------------
# English.  Calls: London minicab booking; Dublin dry cleaning and tailoring;
# football season tickets (Manchester); Chicago print shop; Florida home-nursing
# agency; Melbourne locksmith; Lagos mobile-money wallet; Riyadh remittance wallet
# (Indian caller); US embassy citizen services; Florida Keys marina; Texas 3D-printing
# and electronics store; Kerry camping site; Sydney music school; Cardiff bulky-waste
# removal; Bangalore photo studio; Jerusalem swimming pool (Anglo immigrant).
# ---------------------------------------------------------------------------


def E(text, *spans, ctx=None):
    item("en", text, spans, ctx)


# -- London minicab (caller Nigerian-British) --
q = "Citylink Cars, good evening, you're speaking to Marcus, where are we picking you up from?"
E(q, ("name", "Marcus"))
E("yeah hi it's tunde bakare here um i need a car from forty seven coldharbour lane flat two brixton",
  ("name", "tunde bakare"), ("address", "forty seven coldharbour lane flat two brixton"), ctx=q)
E("Going to Heathrow Terminal 5, and I need to be there by 6:15 tomorrow morning, the flight's at 8:40.")
E("That'll be a fixed fare of £68, plus £7.50 for the parking at the terminal, and it's a Mercedes E-Class.")
q = "Lovely. And a mobile number for the driver to text you when he's outside?"
ph = say("en", "07912446038", "5 3 3", sep=", ", oh=True, double=True)
assert ph == "oh seven nine one two, double four six, oh three eight", ph
E("It's " + ph + ".", ("phone", ph), ctx=q)
E("Okay Mr Bakare, you're booked for 5:05 a.m., reference C-T-4-4-1-9-0, and the driver waits fifteen minutes free.",
  ("name", "Bakare"))
acct_iban = iban("GB", "NWBK60731145880621")
E("For the business account refund, can you just use the IBAN on the invoice? It's " + grp(acct_iban) + ".",
  ("iban", grp(acct_iban)))
E("after that it's fifty p a minute waiting time and the airport drop off charge is on top")

# -- Dublin dry cleaning and tailoring --
E("Hiya, Bright and Crisp Cleaners, Aoife speaking.", ("name", "Aoife"))
E("hi there my name's siobhán ní bhriain i dropped in a wedding dress last saturday to have the hem taken up",
  ("name", "siobhán ní bhriain"))
E("Grand so, the ticket number on it is 30417, and the fitting is pencilled in for Thursday the 9th at half four.")
E("the alterations come to forty five euro and the cleaning on the suit is eighteen fifty")
q = "We could deliver it instead if that suits. What's the address there?"
E("It's 22 Kenilworth Square, Rathgar, Dublin 6, D06 X2F7, the blue door.",
  ("address", "22 Kenilworth Square, Rathgar, Dublin 6, D06 X2F7"), ctx=q)
ph = say("en", "0872216490", oh=True)
E("and my number is " + ph + " if the driver gets lost", ("phone", ph))
E("Thanks a million, we'll ring you when it's ready, should be Friday after 3.")
ie1 = iban("IE", "BOFI90001731249058")
E("For the jacket that got damaged, the manager said you'd refund the 120, so the IBAN is I E "
  + say("en", ie1[2:4], "2n") + ", B O F I, " + split(ie1[8:], "4 4 4 2") + ".",
  ("iban", "I E " + say("en", ie1[2:4], "2n") + ", B O F I, " + split(ie1[8:], "4 4 4 2")))
E("we're open eight till six monday to friday and ten till two on a saturday closed sundays and bank holidays")

# -- Football season tickets (Manchester) --
E("Ardwick Athletic ticket office, you're through to Jess.", ("name", "Jess"))
E("hiya love i'm ringing about renewing me season ticket block one one two row g seat thirty four")
q = "No problem, can I take your supporter number and your date of birth, please?"
E(q)
E("Supporter number's 20093714, and date of birth is the third of the eleventh, sixty-eight.",
  ("date_of_birth", "the third of the eleventh, sixty-eight"), ctx=q)
E("Lovely, that's come up as Mr Derek Hargreaves, and the address we've got is 14 Birchfields Road, Levenshulme, M19 2NS, is that still right?",
  ("name", "Derek Hargreaves"), ("address", "14 Birchfields Road, Levenshulme, M19 2NS"))
E("The renewal's £545 for the adult, or £512 if you pay before the 30th of June, and the cup games aren't included.")
E("Yes, you can do ten instalments of £54.50 starting the 1st of August, and the first home game's the 16th against Stockport.")
c = card("54133300892144" + "7")
cw = say("en", c, "4 4 4 4", sep=", ")
E("right it's a mastercard " + cw.replace(",", "") + " and that's me own card not the wife's",
  ("card", cw.replace(",", "")))
gb2 = iban("GB", "LOYD30962175214400")
E("And for the refund on the cancelled cup tie, the IBAN is G B " + gb2[2:4] + " L O Y D " + split(gb2[8:], "4 4 4 2") + ", Lloyds.",
  ("iban", "G B " + gb2[2:4] + " L O Y D " + split(gb2[8:], "4 4 4 2")))

# -- Chicago print shop --
E("Loop Print and Copy, how can I help you?")
E("Hi, yes, my name is Margaret Kowalczyk, I ordered 500 business cards online, order number 77201546, and they came out with the wrong phone number on them.",
  ("name", "Margaret Kowalczyk"))
q = "Oh no. Okay, what number should be on there?"
E("It should be 773-481-2206, you swapped the last two digits.", ("phone", "773-481-2206"), ctx=q)
E("I'm so sorry about that, ma'am, we'll reprint them at no charge, they'll be ready Wednesday after 2 p.m.")
E("can i also get a quote for two hundred flyers eight and a half by eleven double sided glossy")
E("That's $86 for 200, or $118 for 500, and turnaround is 48 hours, 24 if you pay the rush fee of $25.")
em = "m kowalczyk k o w a l c z y k at comcast dot net"
E("and could you email me the proof it's " + em + " thanks", ("email", em))
amex = card("37825901447731")
E("Go ahead and put the flyers on my Amex, " + split(amex, "4 6 5") + ".", ("card", split(amex, "4 6 5")))

# -- Florida home-nursing agency --
E("Good morning, Sunshine Home Health, my name is Latoya, how may I help you?", ("name", "Latoya"))
E("Morning. I'm calling to set up a home health aide for my mom, she just came out of rehab after a hip replacement.")
q = "Okay, I'm sorry to hear that. And who am I speaking with?"
E("This is Rosa Delgado-Herrera, I'm her daughter, and I have power of attorney.",
  ("name", "Rosa Delgado-Herrera"), ctx=q)
E("We'd be looking at three visits a week, Monday, Wednesday, Friday, four hours each, at $32 an hour, and Medicare covers the first 20 visits.")
q = "For the Medicare paperwork I'll need her date of birth and her Social Security number."
E(q)
s1 = ssn(412, 68, 3390)
E("Okay, she was born May 2nd, 1941, and her Social is " + split(s1, "3 2 4", "-") + ".",
  ("date_of_birth", "May 2nd, 1941"), ("id", split(s1, "3 2 4", "-")), ctx=q)
E("and the address where the aide will go is 2817 bayshore drive unit 14 tampa florida 33611 it's the building with the green awning",
  ("address", "2817 bayshore drive unit 14 tampa florida 33611"))
s2 = ssn(219, 55, 7810)
sw = say("en", s2, "3 2 4", sep=", ")
E("Mine as the responsible party? Um, " + sw + ".", ("id", sw),
  ctx="And since you're signing as the responsible party, I'll need your Social as well.")
E("The first visit would be Tuesday the 4th between 9 and 1, and the aide will call you 30 minutes before she arrives.")
q = "What's the best number to reach you, ma'am?"
ph = "eight one three, five five three, sorry, five five two, seven zero four one"
E("My cell is " + ph + ".", ("phone", ph), ctx=q)

# -- Melbourne locksmith --
E("G'day, Southside Locksmiths, Bec speaking.", ("name", "Bec"))
E("oh hi yeah i've locked meself out the keys are inside on the kitchen bench and the dog's in there too")
q = "No worries, what's the address, mate?"
E("Unit four, eighteen Station Street, Fairfield, three oh seven eight.",
  ("address", "Unit four, eighteen Station Street, Fairfield, three oh seven eight"), ctx=q)
E("Yeah, it's Brendan O'Shea.", ("name", "Brendan O'Shea"),
  ctx="And your name?")
E("Righto Brendan, call-out's $120 after hours plus $45 for the lockout, and the tech'll be there in about 40 minutes.",
  ("name", "Brendan"))
c = card("453917220448613")
cw = say("en", c, "4 4 4 4", sep=", ", oh=True, double=True)
E("yep visa " + cw.replace(",", ""), ("card", cw.replace(",", "")),
  ctx="Can I grab a card number to lock in the booking?")
E("The tech will ring you on 0412 338 905 when he's ten minutes away, is that the right number?",
  ("phone", "0412 338 905"))
E("it's a kwikset deadbolt the model's like nine eighty something and it's about ten years old")

# -- Lagos mobile-money wallet --
E("Thank you for calling PayKolo, my name is Chiamaka, how may I help you today?", ("name", "Chiamaka"))
E("good afternoon ma my name is oluwaseun adeyemi i sent twenty thousand naira to the wrong number since yesterday and it has not been reversed",
  ("name", "oluwaseun adeyemi"))
q = "Sorry about that, sir. Can I have the phone number registered on your wallet?"
E("it's zero eight zero three four one seven two two nine six", ("phone", "zero eight zero three four one seven two two nine six"), ctx=q)
txn = np_num("240611093358172")
E("I can see it, transaction ID " + txn + ", twenty thousand naira at 7:42 p.m. on the 10th, to a GTBank account.")
q = "For security, can you confirm your date of birth?"
E("na twenty second of april nineteen ninety one", ("date_of_birth", "twenty second of april nineteen ninety one"), ctx=q)
E("Thank you sir, the reversal can take up to 72 hours, and your complaint number is PK-558210.")
verve = card("50610244718830219" + "0")
vw = split(verve, "4 4 4 4 3")
E("abeg if e no reverse put am for my verve card " + vw.replace(" ", " ") + " na first bank",
  ("card", vw))
em = "seun underscore adeyemi nine one at yahoo dot com"
E("and the email for the statement is " + em + " please", ("email", em))
E("The daily limit on a tier two wallet is 200,000 naira and the maximum balance is 500,000.")

# -- Riyadh remittance wallet (Indian caller) --
E("Welcome to SendHome, this is Faisal speaking, how can I help?", ("name", "Faisal"))
E("Hello, good evening, my name is Venkatesh Raghunathan, my wallet got blocked after I renewed my Iqama.",
  ("name", "Venkatesh Raghunathan"))
q = "No problem, sir, please tell me the new Iqama number."
iq1 = saudi("243105786")
iw = say("en", iq1, "4 3 3", sep=", ")
iw = iw.replace(",", "")
E("yes it is " + iw + " new one", ("id", iw), ctx=q)
q = "Thank you, and your date of birth as per Iqama?"
E("fifteen zero eight nineteen eighty six", ("date_of_birth", "fifteen zero eight nineteen eighty six"), ctx=q)
E("Okay Mr. Venkatesh, your limit is 10,000 riyals per month, and the fee is 15 riyals per transfer to India, rate today is 22.31.",
  ("name", "Venkatesh"))
ph = say("en", "966553124780", "3 2 3 4")
E("also i want to add my wife's number she is also using this app " + ph, ("phone", ph))
iq2 = saudi("251833047")
E("Her Iqama is " + split(iq2, "4 3 3", " ") + ", same sponsor.", ("id", split(iq2, "4 3 3", " ")))
sa = iban("SA", "80" + "000123419876500321")
E("And for receiving, link my Al Rajhi account, IBAN " + grp(sa) + ".", ("iban", grp(sa)))

# -- US embassy, American Citizen Services --
E("U.S. Embassy, American Citizen Services, how can I help?")
E("Hi, my passport expires in March and I need to renew it, but I'm living here now, and I don't know if I can do it by mail.")
q = "You can, as long as it was issued when you were 16 or older and within the last 15 years. I'll need your full name and date of birth to pull up the record."
E(q)
E("it's patrick joseph mcgrath junior date of birth july fourth nineteen seventy three",
  ("name", "patrick joseph mcgrath junior"), ("date_of_birth", "july fourth nineteen seventy three"), ctx=q)
q = "And your Social Security number, please."
s3 = ssn(531, 6, 2284)
sw = say("en", s3, "3 2 4", sep=", ", oh=True)
E(sw[0].upper() + sw[1:] + ".", ("id", sw[0].upper() + sw[1:]), ctx=q)
E("Thank you Mr. McGrath. Emergency passport appointments are Tuesdays and Thursdays, 8:30 to 11, and the fee is $130 for the book.",
  ("name", "McGrath"))
s4 = ssn(540, 22, 1168)
E("my son's on the same form his social is " + say("en", s4, "3 2 4") + " he turns sixteen in october",
  ("id", say("en", s4, "3 2 4")))
E("and mail it back to me at 41 Mount Pleasant Avenue, Ranelagh, Dublin 6, please, not the old address in Boston.",
  ("address", "41 Mount Pleasant Avenue, Ranelagh, Dublin 6"))
E("The routine renewal takes six to eight weeks, and you pay the $130 by card on the form, not over the phone.")

# -- Florida Keys marina --
E("yeah hi i'm looking for a transient slip for a thirty eight foot catamaran beam is twenty one feet for like five nights starting the twelfth")
E("the boat's second wind out of annapolis and i'm carl lindqvist", ("name", "carl lindqvist"),
  ctx="Sure. Name of the vessel and your name?")
dn = card("305693090259" + "0")
E("It's a Diners Club card, " + split(dn, "4 6 4") + ".", ("card", split(dn, "4 6 4")),
  ctx="We've got a T-head on C dock at $4.25 a foot. I'll need a card on file to hold it.")
em = "carl dot lindqvist at icloud dot com"
E("Confirmation can go to " + em + ", that's with a Q-V, no U.", ("email", em))

# -- Texas 3D-printing and electronics store --
E("Hey, so I bought the MK4 kit from you guys on the 2nd, order 5530912, and the hotend thermistor keeps reading zero degrees.")
q = "For the financing application I'll need your full legal name, date of birth and Social."
E(q)
s5 = ssn(627, 41, 93)
s5w = say("en", s5)
E("name's jonathan michael tran born november thirtieth nineteen ninety five social is " + s5w,
  ("name", "jonathan michael tran"), ("date_of_birth", "november thirtieth nineteen ninety five"),
  ("id", s5w), ctx=q)
E("1406 Oak Hollow Lane, Round Rock, Texas 78664.", ("address", "1406 Oak Hollow Lane, Round Rock, Texas 78664"),
  ctx="And your home address?")
dc = card("601100739218442")
dw = say("en", dc[:8], "4 4", oh=True, double=True) + " mm-hm " + say("en", dc[8:], "4 4", oh=True, double=True)
E("discover " + dw + " um expiry's on the front", ("card", dw),
  ctx="And a card for the down payment?")
E("Approved for $1,299 at 0% APR for 12 months, first payment due March 15th, and the engraver ships from our Austin warehouse tomorrow.")
E("yeah send the receipt to j tran ninety five at gmail dot com", ("email", "j tran ninety five at gmail dot com"))

# -- Kerry camping site --
E("hi there we booked a pitch for the caravan from the twenty first to the twenty eighth of july and we have to cancel")
E("It's under Declan Fitzgerald, F-I-T-Z-G-E-R-A-L-D.", ("name", "Declan Fitzgerald"),
  ("name", "F-I-T-Z-G-E-R-A-L-D"), ctx="No bother, what name is the booking under?")
ie2 = iban("IE", "AIBK93356218440917")
E("Grand, so the IBAN for the refund is " + grp(ie2) + ", that's AIB.", ("iban", grp(ie2)))
E("There's a fifty euro cancellation fee, so you'd get two hundred and thirty back of the two eighty deposit, within fourteen working days.")

# -- Sydney music school --
E("Hi, I want to enrol my daughter in the Saturday piano, she's seven, and she's done a term of recorder at school.")
E("she was born on the fifth of june twenty seventeen so she'd be in the under eights group i think",
  ("date_of_birth", "the fifth of june twenty seventeen"), ctx="And her date of birth, for the age group?")
ph = say("en", "0431522847", "4 3 3", sep=", ", oh=True, double=True)
E(ph[0].upper() + ph[1:] + ".", ("phone", ph[0].upper() + ph[1:]), ctx="And the best mobile for you?")
de = iban("DE", "50050201" + "1207749302")
dew = "D E " + say("en", de[2:4], "2n") + ", " + split(de[4:], "4 4 4 4 2")
E("Can the fees come out of my German account? The IBAN's " + dew + ".", ("iban", dew))
E("olivia dot papadakis at bigpond dot com", ("email", "olivia dot papadakis at bigpond dot com"),
  ctx="Lovely, and an email for the term invoices?")

# -- Cardiff bulky-waste removal --
E("hi love i need someone to take away an old three piece suite and a fridge freezer")
E("That's £95 for the suite, fridges are £40 because of the gas, and we're in Llanishen on Friday between 8 and 12.")
E("The address is 9 Pentre Road, Llanishen, Cardiff, CF14 5DW, and it'll all be out the front by the wall.",
  ("address", "9 Pentre Road, Llanishen, Cardiff, CF14 5DW"))
E("glenys dot pritchard at btinternet dot com", ("email", "glenys dot pritchard at btinternet dot com"),
  ctx="And an email for the receipt?")

# -- Bangalore photo studio --
E("Hi, my name is Arjun Menon, I'm calling from Dubai, I want to book a pre-wedding shoot in Bangalore in December.",
  ("name", "Arjun Menon"))
E("We have the Gold package, eight hours, two photographers and one drone, for 85,000 rupees plus GST, and 25 percent advance to block the date.")
ae = iban("AE", "026" + "1019384756201734")
E("For any refund you can send to my Emirates NBD account, IBAN " + ae[:4] + " " + split(ae[4:], "3 4 4 4 4") + ".",
  ("iban", ae[:4] + " " + split(ae[4:], "3 4 4 4 4")))
ph = "plus " + say("en", "919844512207", "2 5 5", sep=", ", oh=True)
ph = ph.replace(",", "")
E("my indian number is " + ph + " it's on whatsapp also", ("phone", ph))
E("arjun dot menon eighty eight at outlook dot com", ("email", "arjun dot menon eighty eight at outlook dot com"),
  ctx="And email ID for sending the contract, sir?")
ru = card("652150031847720")
E("I'll pay the advance on my RuPay card only, " + split(ru, "4 4 4 4") + ".", ("card", split(ru, "4 4 4 4")))

# -- Jerusalem swimming pool (Anglo immigrant) --
E("My name is Shira Goldfarb, we made aliyah in August and I want to sign the family up for the summer membership.",
  ("name", "Shira Goldfarb"))
E("Family summer membership is 2,350 shekels from the 1st of June to the 31st of August, and swim lessons are 45 shekels a session.")
t1 = tz("33941720")
tw = say("en", t1, "3 3 3", sep=", ", oh=True)
E("Sure, it's " + tw + ".", ("id", tw), ctx="I'll need your teudat zehut number for the membership card.")
ph = say("en", "0547721836", "3 3 2n 2n", sep=", ", oh=True).replace("eighteen, thirty-six", "eighteen thirty-six")
E(ph[0].upper() + ph[1:] + ".", ("phone", ph[0].upper() + ph[1:]), ctx="And a mobile?")
E("we're at 12 emek refaim street apartment 4 in the german colony", ("address", "12 emek refaim street apartment 4"),
  ctx="And your home address?")
E("my son was born third of february twenty sixteen so he'd be in the dolphins group right",
  ("date_of_birth", "third of february twenty sixteen"))
il = iban("IL", "012" + "761" + "0000004482317")
E("For the monthly payments, the account's at Hapoalim, IBAN IL" + il[2:4] + " " + split(il[4:], "4 4 4 4 3") + ".",
  ("iban", "IL" + il[2:4] + " " + split(il[4:], "4 4 4 4 3")))
E("shira dot goldfarb at gmail dot com, with a D at the end of the second part", ("email", "shira dot goldfarb at gmail dot com"))


# -- extra non-personal lines from the same calls --
E("Your driver's coming down Denmark Hill from Camberwell, silver Prius, about six minutes away, and the fare's already on the account.")
E("Kick-off against Stockport County is 3 p.m. on the 16th, gates open at 1:30, and the Jimmy Murphy Stand is shut for works till October.")
E("we use mohawk superfine for the cards a hundred and thirty pound cover and you can pick garamond or helvetica no extra charge")
E("High tide's at 4:52 this afternoon, come in past marker 17 off Christmas Tree Island, there's only 6 feet at mean low water.")
E("the kerry way walkers come in from sneem most evenings and the shop's open eight till nine in july and august")
mc = card("222300481266519")
E("And put the first month on my Mastercard, " + split(mc, "4 4 4 4", "-") + ".", ("card", split(mc, "4 4 4 4", "-")))

# ---------------------------------------------------------------------------
# Arabic.  Calls: Riyadh ride-hailing line (customer and a new driver-partner, Gulf);
# Cairo mobile-money wallet (Egyptian); Amman dry cleaning and tailoring (Levantine);
# farm-supplies cooperative near Settat (Moroccan darija, French code-switching);
# Dubai marina berths (Gulf); Sudanese consulate appointment line in Riyadh (MSA);
# Jeddah home-nursing agency (Hijazi); Cairo photo studio (Egyptian); Wadi Rum camp
# (Jordanian); Kuwait electronics / 3D-printing store (Gulf); Riyadh swimming academy
# (Gulf); Beirut printing shop (Lebanese); Nazareth locksmith (Arab citizen of Israel).
# ---------------------------------------------------------------------------


def A(text, *spans, ctx=None):
    item("ar", text, spans, ctx)


# -- Riyadh ride-hailing (Gulf) --
A("حياك الله في خدمة عملاء وصلني، معك عبدالرحمن، كيف أقدر أخدمك؟", ("name", "عبدالرحمن"))
A("هلا والله، معك أبو فهد، سعد الدوسري، أبي أحجز سيارة عائلية للمطار بكرة الفجر.",
  ("name", "أبو فهد"), ("name", "سعد الدوسري"))
A("حاضر، الرحلة لمطار الملك خالد صالة ٥ بـ ٩٥ ريال، والعائلية عليها ٢٠ ريال زيادة، والكابتن يكون عندك الساعة ٣:٤٥.")
A("حي النرجس شارع الأمير سلطان بن سلمان فيلا ٢٧ جنب مسجد الرحمة",
  ("address", "حي النرجس شارع الأمير سلطان بن سلمان فيلا ٢٧"), ctx="وين موقعك طال عمرك؟ العنوان بالتفصيل لو سمحت.")
ph = say("ar", "0553281744", d="gulf")
A("رقم جوالي " + ph + " وعليه واتساب", ("phone", ph))
A("تمام يا أبو فهد، رقم الحجز ٨٨٤٢١٠٣، والدفع كاش ولا بطاقة؟", ("name", "أبو فهد"))
mada = card("446404193827502")
A("بطاقة مدى، الرقم " + ai(split(mada, "4 4 4 4")) + ".", ("card", ai(split(mada, "4 4 4 4"))))
sid1 = saudi("108765432")
A("هويتي " + ai(sid1), ("id", ai(sid1)), ctx="عشان نوثق الحساب أحتاج رقم الهوية الوطنية.")
A("الكابتن بيتواصل معك قبل الوصول بعشر دقايق ولو تأخرت أكثر من خمس دقايق فيه رسوم انتظار ريال للدقيقة")
sa1 = iban("SA", "10" + "000021847700455108")
A("والرصيد اللي في المحفظة ١٤٠ ريال رجعوه على حسابي في الأهلي، الآيبان " + sa1[:4] + " " + split(sa1[4:], "4 4 4 4 4") + ".",
  ("iban", sa1[:4] + " " + split(sa1[4:], "4 4 4 4 4")))
A("السلام عليكم، أنا كابتن جديد، اسمي محمد عبد العزيز، مصري، وعايز أكمل التسجيل بتاعي.", ("name", "محمد عبد العزيز"))
iq1 = saudi("247390118")
iqw = say("ar", iq1, d="egy")
A("رقم الإقامة " + iqw, ("id", iqw), ctx="وعليكم السلام، أعطني رقم الإقامة لو سمحت.")
A("تاريخ الميلاد سبعة عشر تسعة ألف تسعمية تمانية وتمانين",
  ("date_of_birth", "سبعة عشر تسعة ألف تسعمية تمانية وتمانين"), ctx="وتاريخ ميلادك مثل ما هو في الإقامة؟")
A("السيارة لازم تكون موديل ٢٠١٨ وطالع، والعمولة ٢٠٪ من كل رحلة، والتحويل كل يوم أحد.")

# -- Cairo mobile-money wallet (Egyptian) --
A("أهلاً بحضرتك في خدمة عملاء محفظة فلوسي، معاك منة، أقدر أساعد حضرتك إزاي؟", ("name", "منة"))
A("أيوة يا فندم أنا اسمي محمود عبد الحميد السيد أنا حولت ألف وخمسمية جنيه لرقم غلط امبارح",
  ("name", "محمود عبد الحميد السيد"))
ph = say("ar", "01287630091", "3 2 2 2 2", d="egy", sep="، ")
A("الرقم " + ph + ".", ("phone", ph), ctx="طيب ممكن رقم المحفظة اللي اتحول منها؟")
A("العملية رقم 7730045128 اتعملت الساعة 9 و20 دقيقة بالليل بمبلغ 1500 جنيه ورسوم 7.5 جنيه.")
A("تلاتة وعشرين يوليو ستة وتمانين", ("date_of_birth", "تلاتة وعشرين يوليو ستة وتمانين"),
  ctx="ممكن تاريخ ميلاد حضرتك للتأكيد؟")
A("تمام يا أستاذ محمود، فتحنا شكوى رقم 55120 والرد خلال 48 ساعة عمل.", ("name", "محمود"))
eg = iban("EG", "0003" + "0148" + "00000123058472101")
A("ولو الفلوس رجعت حولها على حسابي في البنك الأهلي، الآيبان " + eg + ".", ("iban", eg))
em = "محمود دوت عبد الحميد سبعة وتمانين آت جيميل دوت كوم"
A("الإيميل " + em + " عشان يوصلني الإيصال", ("email", em))
mz = card("507803124490317")
A("وكمان عندي كارت ميزة عايز أربطه، رقمه " + split(mz, "4 4 4 4") + ".", ("card", split(mz, "4 4 4 4")))
A("تقدر تشحن المحفظة من أي فرع فوري أو أمان، وأول ٣ سحبات في الشهر ببلاش، والحد الشهري ٦٠ ألف جنيه.")

# -- Amman dry cleaning and tailoring (Levantine) --
A("مرحبا، مصبغة الأناقة، معك أبو سامر.", ("name", "أبو سامر"))
A("مرحبا، أنا ربى الخطيب، كنت مودية بدلة عرس أخوي تتقصّر وبدي أعرف إذا جهزت.", ("name", "ربى الخطيب"))
A("الوصل رقم ٣٠٧٧، التقصير بخمس دنانير والكوي بدينار ونص، وبتكون جاهزة الخميس بعد العصر.")
A("جبل عمان الدوار التالت شارع الأميرة بسمة عمارة ١٤ الطابق التاني",
  ("address", "جبل عمان الدوار التالت شارع الأميرة بسمة عمارة ١٤ الطابق التاني"), ctx="وين بدك نوصلها؟")
A("رقمي " + ai("079 553 2184") + " إذا ما رديت ابعتلي رسالة", ("phone", ai("079 553 2184")))
jo1 = iban("JO", "ARAB" + "1240" + "000000124103345800")
A("والعربون اللي دفعته ١٠ دنانير رجعولي إياه على الآيبان " + grp(jo1) + " لأنه التعديل التاني ما انعمل",
  ("iban", grp(jo1)))
A("أكيد يا ست ربى، بنحولك ٣ دنانير خلال يومين والباقي بيتخصم حق القماش.", ("name", "ربى"))
A("الفرع التاني بشارع مكة جنب مجمع البركة مفتوح من ٩ الصبح لـ ٩ بالليل والجمعة مسكرين")

# -- Moroccan farm-supplies cooperative (darija) --
A("السلام عليكم، أنا سميتي الحاج عبد القادر بنعلي، بغيت نطلب الشعير والسماد.", ("name", "عبد القادر بنعلي"))
A("الشعير بـ 320 درهم للقنطار، والسماد 14-28-14 بـ 560 درهم للشكارة ديال 50 كيلو.")
A("دوار أولاد عيسى جماعة سيدي العايدي إقليم سطات حدا المدرسة",
  ("address", "دوار أولاد عيسى جماعة سيدي العايدي إقليم سطات"), ctx="فين نوصلو ليك السلعة؟ عطيني العنوان.")
ph = "zéro six treize quarante-quatre soixante-douze quatre-vingts"
A("النمرة ديالي " + ph, ("phone", ph))
A("واخا أ سي عبد القادر، السلعة غادي توصلك نهار الثلاثاء مع الكاميو ديال التعاونية.", ("name", "عبد القادر"))
A("تاريخ الازدياد فاتح يناير ستين", ("date_of_birth", "فاتح يناير ستين"),
  ctx="باش نسجلوك عضو فالتعاونية خاصني تاريخ الازدياد ديالك.")
ph = say("ar", "0661093527", "2 2 2 2 2", d="magh", sep=" ")
A("وهادي نمرة ولدي حيت هو اللي غادي يستقبل الكاميو " + ph, ("phone", ph))
A("راه خلصتو 1250 درهم فالمرة اللي فاتت ومازال باقي عليكم 430 درهم ديال فاتورة شهر مارس")
A("الكاميو كيدوز نهار الخميس من سوق الأربعاء وكيوصل للبرشيد حتى العشية")

# -- Dubai marina berths (Gulf) --
A("صباح النور، أنا خالد المنصوري، عندي يخت طوله ٤٢ قدم وأبا مرسى شهري من أول أكتوبر.", ("name", "خالد المنصوري"),
  ctx="مرسى الخور، صباح الخير، كيف أقدر أساعدك؟")
A("المرسى الشهري لـ ٤٢ قدم بـ ٣٨٠٠ درهم، والكهربا والماي على العداد، وفي خصم ١٠٪ لو دفعت سنة كاملة.")
ae = iban("AE", "035" + "0000012048836611")
A("الدفع تحويل بنكي، الآيبان مالي " + ae + " باسمي الشخصي", ("iban", ae))
A("الإيميل khalid.almansoori@outlook.ae وأرسلوا لي العقد عليه", ("email", "khalid.almansoori@outlook.ae"))
A("رقمي +971 50 418 2276 أي وقت", ("phone", "+971 50 418 2276"))
A("رقم المرسى B-17 عند البوابة رقم 3، والمدخل من شارع الشيخ راشد بن سعيد بعد جسر الخليج التجاري.")
vi = card("401795224061739")
A("أبا أدفع أول شهر بالفيزا " + say("ar", vi, "4 4 4 4", d="gulf", sep="، "),
  ("card", say("ar", vi, "4 4 4 4", d="gulf", sep="، ")))
A("فيلا ١٢، شارع ٢٣ أ، جميرا ٢، دبي", ("address", "فيلا ١٢، شارع ٢٣ أ، جميرا ٢، دبي"),
  ctx="والعنوان البريدي للفواتير؟")

# -- Sudanese consulate appointment line, Riyadh (MSA) --
A("القسم القنصلي بسفارة جمهورية السودان بالرياض، تفضل.")
A("السلام عليكم، اسمي عثمان الطيب محمد أحمد، أريد حجز موعد لتجديد جواز السفر لي ولزوجتي.",
  ("name", "عثمان الطيب محمد أحمد"))
iq2 = saudi("231580447")
iqw = say("ar", iq2, "3 3 4", d="msa", sep="، ")
A("رقم الإقامة " + iqw + ".", ("id", iqw), ctx="ما رقم الإقامة من فضلك؟")
A("الخامس عشر من مارس سنة ألف وتسعمائة وتسعة وسبعين",
  ("date_of_birth", "الخامس عشر من مارس سنة ألف وتسعمائة وتسعة وسبعين"), ctx="وتاريخ الميلاد؟")
iq3 = saudi("239110584")
A("وزوجتي إقامتها " + ai(iq3) + " ومواليد ١٩٨٥/٠٢/٠٩", ("id", ai(iq3)), ("date_of_birth", ai("1985/02/09")))
A("أقرب موعد متاح يوم الأحد ١٤ سبتمبر الساعة العاشرة صباحاً، ورسوم التجديد ٣٠٠ ريال تُدفع في الشباك.")
ph = say("ar", "0546120398", "3 3 4", d="msa", sep="، ")
A("جوالي " + ph + "، وأرجو الإرسال عليه.", ("phone", ph))
em = "عثمان الطيب سبعة تسعة آت ياهو دوت كوم"
A("والبريد الإلكتروني " + em + " كلها كلمة واحدة", ("email", em))
A("يرجى إحضار صورتين مقاس ٤ في ٦ بخلفية بيضاء وصورة الإقامة والجواز القديم قبل الموعد بربع ساعة")

# -- Jeddah home-nursing agency (Hijazi) --
A("مساء الخير، شركة رعاية المنزل للتمريض، كيف أقدر أساعدك؟")
A("مساء النور، أنا هتان الغامدي، أبغى ممرضة تجي البيت للوالد بعد العملية.", ("name", "هتان الغامدي"))
A("الزيارة بـ ٢٥٠ ريال للساعتين، والباقة الشهرية ١٢ زيارة بـ ٢٦٠٠ ريال، والممرضة تجي من ٩ الصبح لين ١١.")
sid2 = saudi("103445871")
A("هويته " + ai(sid2) + " ومواليد ١٥ رجب ١٣٦٨", ("id", ai(sid2)), ("date_of_birth", "١٥ رجب ١٣٦٨"),
  ctx="ممكن رقم هوية المريض وتاريخ ميلاده؟")
A("العنوان جدة حي الروضة شارع صاري عمارة ٨ شقة ١٢ الدور الرابع",
  ("address", "جدة حي الروضة شارع صاري عمارة ٨ شقة ١٢ الدور الرابع"))
sid3 = saudi("106238819")
sw = say("ar", sid3, d="gulf")
A("وهويتي أنا عشان العقد " + sw, ("id", sw))
sa2 = iban("SA", "45" + "000000187342106001")
A("بحوّل لكم الدفعة من حسابي، وإذا فيه استرجاع هذا الآيبان " + sa2 + ".", ("iban", sa2))
A("hattan.g@hotmail.com وأرسلي الفاتورة عليه", ("email", "hattan.g@hotmail.com"), ctx="والإيميل لو سمحت؟")
A("الدكتور المشرف يمر كل أسبوعين يوم الثلاثاء، والعقد يتجدد تلقائي بعد ٣٠ يوم إلا إذا بلغتونا قبل ٧ أيام.")

# -- Cairo photo studio (Egyptian) --
A("ستوديو لمسة، مساء الخير، اتفضلي.")
A("مساء النور، أنا اسمي ندى، ندى شريف، عايزة أحجز سيشن تصوير لخطوبتي يوم ١٢ الشهر الجاي.",
  ("name", "ندى", 0), ("name", "ندى شريف"))
A("باكدج الخطوبة ٣ ساعات بـ ٤٥٠٠ جنيه، فيها ٦٠ صورة متعدلة وألبوم ٢٠ صفحة، والعربون ١٠٠٠ جنيه.")
A("رقمي " + ai("010 2473 9958") + " وده عليه واتساب", ("phone", ai("010 2473 9958")))
em = "ندى دوت شريف تسعة وتسعين آت هوت ميل دوت كوم"
A("الإيميل بتاعي " + em, ("email", em))
vi2 = card("422751006631825")
vw = say("ar", vi2, "4 4 4 4", d="egy", sep=" ")
A("هدفع العربون بالفيزا الرقم " + vw, ("card", vw))
A("تمام يا ندى، السيشن في حديقة الأزهر الساعة ٤ العصر عشان الإضاءة، وتعالي قبلها بنص ساعة.", ("name", "ندى"))
A("والألبوم يتبعت على ١٢ شارع ٩ المعادي الدور التالت شقة ٥",
  ("address", "١٢ شارع ٩ المعادي الدور التالت شقة ٥"))
A("الصور بتتسلم بعد ٢١ يوم، والألبوم مقاس ٣٠ في ٤٠، ولو عايزة فيديو ريلز بـ ٨٠٠ زيادة")

# -- Wadi Rum camp (Jordanian) --
A("أهلين، مخيم نجمة رم، معك عودة.", ("name", "عودة"))
A("أهلين، أنا سامي حداد من عمان، بدنا نحجز خيمتين لليلة الجمعة لستة أشخاص.", ("name", "سامي حداد"))
A("الليلة مع العشا والفطور ٣٥ دينار للشخص، والجولة بالجيب ٤ ساعات بـ ٦٠ دينار للسيارة، والشمس بتغيب ع ٦ ونص.")
ph = say("ar", "0772235901", "3 3 4", d="lev", sep="، ")
A("رقمي " + ph + ".", ("phone", ph), ctx="شو رقمك لنبعتلك اللوكيشن؟")
jo2 = iban("JO", "HBHO" + "0320" + "000000320771550012")
A("إذا ألغينا بترجعولي على هاد الآيبان " + jo2, ("iban", jo2))
mc = card("515873004682177")
A("العربون على الماستركارد " + split(mc, "4 4 4 4", "-") + " تمام", ("card", split(mc, "4 4 4 4", "-")))
A("الوصول من العقبة ساعة ومن عمان تقريباً ٤ ساعات على الطريق الصحراوي، والتذكرة لوادي رم ٥ دنانير.")

# -- Kuwait electronics / 3D-printing store (Gulf) --
A("هلا، معاك خدمة عملاء إكسترا تك، شلون أقدر أخدمك؟")
A("هلا والله، أنا دلال العنزي، طلبت لابتوب وطابعة ثلاثية الأبعاد من الموقع وإلى الحين ما وصلت.", ("name", "دلال العنزي"))
A("الطلب رقم 600281934 انشحن يوم ٣ نوفمبر، وشركة الشحن تقول التوصيل خلال ٥ أيام عمل.")
A("السالمية قطعة ١٠ شارع ١٢ منزل ٣٤", ("address", "السالمية قطعة ١٠ شارع ١٢ منزل ٣٤"), ctx="خلني أتأكد من عنوان التوصيل؟")
A("رقمي +965 9962 1408 اتصلوا قبل لا توصلون", ("phone", "+965 9962 1408"))
kw = iban("KW", "NBOK" + "0000000000002014478890")
A("وإذا بتلغون الطابعة استرجعوا المبلغ على حسابي، الآيبان " + grp(kw) + ".", ("iban", grp(kw)))
em = "دلال أندرسكور كيو ايت آت جي ميل دوت كوم"
A("الإيميل " + em, ("email", em))
A("السعر ٤٨٩ دينار شامل الضمان سنتين، وفي فئة ٣٢ جيجا رام بـ ٥٤٩، وفرعنا في الأفنيوز مفتوح لين ١٠ بالليل.")
am = card("37642180553170")
A("وأبي أقسط الطابعة الثانية على الأمريكان إكسبريس " + split(am, "4 6 5"), ("card", split(am, "4 6 5")))
A("أنا مواليد عشرين ستة ألف وتسعمية ثلاثة وتسعين", ("date_of_birth", "عشرين ستة ألف وتسعمية ثلاثة وتسعين"),
  ctx="للتقسيط أحتاج تاريخ ميلادك.")

# -- Riyadh swimming academy (Gulf) --
A("أكاديمية موج للسباحة، مساء الخير، الدورات الصيفية تبدأ ١ يوليو وتنتهي ٢٥ أغسطس.")
A("مساء النور، معك أم حمد، أبي أسجل ولدي في دورة السباحة الصيفية، عمره ثمان سنين.", ("name", "أم حمد"))
A("مواليد " + ai("2016/03/14"), ("date_of_birth", ai("2016/03/14")), ctx="تاريخ ميلاد الولد؟")
A("الدورة ٨ أسابيع، ٣ حصص بالأسبوع، من ٤ لين ٥ العصر، والرسوم ١٢٠٠ ريال شاملة الشنطة والنظارة.")
sid4 = saudi("109472265")
A("الاسم في الهوية حصة القحطاني ورقم الهوية " + sid4, ("name", "حصة القحطاني"), ("id", sid4),
  ctx="للتسجيل نحتاج اسم ولي الأمر ورقم هويته.")
mc2 = card("529741337021548")
A("بدفع بالماستر كارد " + ai(split(mc2, "4 4 4 4")) + " ويخصم كامل المبلغ", ("card", ai(split(mc2, "4 4 4 4"))))
em = "حصة دوت القحطاني آت آي كلاود دوت كوم"
A("الإيميل " + em + " لو سمحتي", ("email", em))
A("المسبح مغطى ومكيف والحرارة ٢٨ درجة وفي مدربات للبنات يوم السبت والاثنين")

# -- Beirut printing shop (Lebanese) --
A("ألو، مطبعة الأرز، تفضلي.")
A("بونجور، معك ريتا نصر، بدي اطبع ٢٠٠ كرت عرس و٥٠ منيو للعشا.", ("name", "ريتا نصر"))
A("الكرت الواحد مع الظرف بدولار ونص، يعني ٣٠٠ دولار للـ٢٠٠، والتسليم بعد ٥ أيام شغل.")
ph = "زيرو تلاتة، " + ar_num(417, "lev") + "، " + ar_num(229, "lev")
assert ph == "زيرو تلاتة، ربعمية وسبعطعش، ميتين وتسعة وعشرين", ph
A("رقمي " + ph + ".", ("phone", ph), ctx="شو رقمك لنبعتلك البروفة؟")
lb = iban("LB", "0014" + "00000003017755204481")
A("والدفعة الأولى تحويل، الآيبان تبعي " + grp(lb) + " بس بالفريش", ("iban", grp(lb)))
em = "ريتا بوان نصر آت هوتمايل دوت كوم"
A("الإيميل " + em + "، وكلو أحرف صغيرة", ("email", em))
A("وبتبعتولي ياهن على الأشرفية، شارع سرسق، بناية الحلو، الطابق الخامس.",
  ("address", "الأشرفية، شارع سرسق، بناية الحلو، الطابق الخامس"))
A("القياس A5 على ورق ٣٠٠ غرام مع تذهيب، نفس الموديل رقم ١٧ بالكاتالوج، وسعر الصرف اليوم ٨٩٥٠٠.")

# -- Nazareth locksmith (Arab citizen of Israel) --
A("مرحبا أنا سهى عودة سكرت الباب والمفتاح جوا والولد نايم جوا", ("name", "سهى عودة"),
  ctx="مفاتيح الناصرة مرحبا")
A("الناصرة حي الصفافرة شارع 6120 بيت رقم 8", ("address", "الناصرة حي الصفافرة شارع 6120 بيت رقم 8"),
  ctx="وين العنوان بالزبط؟")
A("الفني بوصلك خلال ربع ساعة، فتح الباب ٣٥٠ شيكل، وإذا بدك تغيير سلندر كمان ١٨٠.")
t1 = tz("03871652")
tw = say("ar", t1, "3 3 3", d="lev", sep="، ")
A("رقم الهوية " + tw + ".", ("id", tw), ctx="عشان الفاتورة بدي رقم هويتك.")
A("رقمي 052-6648130 إذا ضل الفني", ("phone", "052-6648130"))
vi3 = card("458003991472605")
A("بدفع بالفيزا " + split(vi3, "4 4 4 4") + " بتقسيط تلات دفعات", ("card", split(vi3, "4 4 4 4")))
A("بكرة العيد والفنيين ما بشتغلوا من الخميس للسبت بس في خط طوارئ بدفع ١٠٠ شيكل زيادة")

# -- extra non-personal lines from the same calls --
A("الكابتن جاي من طريق الملك فهد، سيارة كامري بيضا موديل ٢٠٢٢، ويوصلك خلال ٧ دقايق.")
A("في عرض ٣٠٪ على أول ٣ رحلات لين نهاية أغسطس، والرحلة الرابعة مجانية لو أقل من ٢٥ ريال")
A("تنظيف الجاكيت الجلد ٨ دنانير ويحتاج أسبوع، والسجاد بالمتر ديناران، والكوي على الطلب.")
A("الجرار ديال التعاونية كيتكرا ب 400 درهم للنهار والمازوط عليك وخاصك تحجز قبل الجمعة")
A("ساعات العمل من ٧ الصبح لين ١٠ بالليل، والديزل ٣.٢ درهم للتر، وفي رافعة لغاية ٥٠ طن.")
A("المواعيد من الأحد إلى الخميس من الثامنة حتى الثانية ظهراً، والجمعة والسبت عطلة رسمية.")
A("عندنا عرض لو حجزتي قبل ٣٠ نوفمبر خصم ١٥٪ وجلسة الحنة هدية")
A("الطابعة موديل K1 Max ونسخة الفيرموير 2.3.5، والفلامنت PLA بـ ٨ دنانير للبكرة.")

# ---------------------------------------------------------------------------
# Hebrew.  Calls: Tel Aviv taxi dispatch; Haifa locksmith (immigrant from Russia);
# caregiver / home-nursing agency (Jerusalem); Ra'anana country club and pool (Anglo
# immigrant); Jerusalem music conservatory (immigrant from France); Be'er Sheva printing
# shop (Ethiopian-Israeli caller); bar-mitzvah photo studio (Petah Tikva); bulky-waste
# pickup (Arab citizen agent); electronics / 3D-printing store; Sea of Galilee camping
# beach; football season tickets; Herzliya marina; Ramat Gan dry cleaning and
# tailoring; mobile payment wallet.
# ---------------------------------------------------------------------------


def H(text, *spans, ctx=None, nopunct=False):
    item("he", text, spans, ctx, nopunct)


# -- Tel Aviv taxi dispatch --
H("מוניות הירקון, שלום, מדברת אורית, מאיפה לאסוף?", ("name", "אורית"))
H("כן שלום, זה צחי, צחי אלמוג, אני צריך מונית לנתב\"ג מחר בארבע וחצי בבוקר.",
  ("name", "צחי", 0), ("name", "צחי אלמוג"))
H("הכתובת היא רחוב פרישמן 38 דירה 12, תל אביב, יש קוד בכניסה.", ("address", "רחוב פרישמן 38 דירה 12, תל אביב"),
  ctx="מה הכתובת לאיסוף?")
H("נסיעה לנתב\"ג בתעריף קבוע זה 165 שקל, בלילה 195, ותוספת של 5 שקלים על כל מזוודה.", nopunct=True)
ph = say("he", "052", "1 2n") + ", " + say("he", "643") + ", " + say("he", "7180", "2n 2n")
assert ph == "אפס חמישים ושתיים, שש ארבע שלוש, שבעים ואחת שמונים", ph
H("טלפון " + ph + ".", ("phone", ph), ctx="ומספר טלפון בשביל הנהג?")
H("מעולה צחי, הנהג יתקשר אליך עשר דקות לפני, מספר הזמנה 4471.", ("name", "צחי"))
v1 = card("458011732906154")
vw = say("he", v1, "4 4 4 4", sep=", ")
H("תחייבי את הויזה " + vw.replace(",", ""), ("card", vw.replace(",", "")))
H("בשבת ובחג זה תעריף 2 עם תוספת של 25 אחוז והנהג מחכה עד עשר דקות בלי תוספת")

# -- Haifa locksmith (immigrant from Russia) --
H("מנעולן 24 שעות, שלום, הטכנאי הקרוב נמצא בנווה שאנן, מגיע תוך 40 דקות.")
H("שלום, מדבר ולדימיר קוזלוב, אני... איך אומרים... נעלתי את הדלת והמפתח בפנים.", ("name", "ולדימיר קוזלוב"))
H("רחוב הגפן 14 קומה שלוש דירה 9 בחיפה ליד הגן", ("address", "רחוב הגפן 14 קומה שלוש דירה 9 בחיפה"),
  ctx="מה הכתובת המדויקת?")
H("פתיחת דלת זה 350 שקל, אחרי עשר בלילה 450, ואם צריך להחליף צילינדר עוד 180.")
H("בסדר ולדימיר, הטכנאי יתקשר כשהוא למטה.", ("name", "ולדימיר"))
t_vl = tz("31744862")
assert t_vl.startswith("317")  # the caller first says 316, then corrects himself
tw = "שלוש אחת שש, סליחה, " + say("he", t_vl, "3 3 3", sep=", ")
H("תעודת זהות " + tw, ("id", tw), ctx="בשביל החשבונית אני צריך תעודת זהות.")
H("הטלפון שלי 054-7712093, זה גם וואטסאפ.", ("phone", "054-7712093"))
H("תגיד לטכנאי לשאול על וולודיה ככה כולם קוראים לי בבניין", ("name", "וולודיה"))
mc1 = card("532610884527193")
H("אני משלם באשראי, " + split(mc1, "4 4 4 4") + ", בשלושה תשלומים אפשר?", ("card", split(mc1, "4 4 4 4")))

# -- Caregiver / home-nursing agency (Jerusalem) --
H("חברת סיעוד באהבה, שלום, מדברת אביבה, במה אוכל לעזור?", ("name", "אביבה"))
H("שלום, קוראים לי רונן אזולאי, אני מחפש מטפלת לאמא שלי, היא בת שמונים ושתיים ואחרי ניתוח.",
  ("name", "רונן אזולאי"))
H("ההיתר לעובד זר לוקח בערך 6 שבועות, דמי התיווך 3,900 שקל פלוס מע\"מ, ויש גם ביטוח לאומי 14 שעות שבועיות.")
t_mo = tz("05218734")
H("תעודת זהות " + t_mo + " ותאריך לידה 3.7.1942", ("id", t_mo), ("date_of_birth", "3.7.1942"),
  ctx="מה תעודת הזהות של אמא ותאריך הלידה שלה?")
H("הכתובת רחוב פולה בן גוריון 6 דירה 4 רמות ירושלים", ("address", "רחוב פולה בן גוריון 6 דירה 4 רמות ירושלים"))
em = "רונן נקודה אזולאי שטרודל וואלה נקודה קו נקודה איי אל"
H("המייל שלי " + em, ("email", em), ctx="לאיזה מייל לשלוח את הטפסים?")
il1 = iban("IL", "010" + "912" + "0000057338290")
H("ההחזר של דמי הרישום ל-IBAN " + grp(il1) + " זה בלאומי", ("iban", grp(il1)))
t_ro = tz("30556192")
H("ושלי בתור איש קשר " + split(t_ro, "3 3 3", "-") + ", ותאריך לידה תשעה עשר במאי שבעים ושש.",
  ("id", split(t_ro, "3 3 3", "-")), ("date_of_birth", "תשעה עשר במאי שבעים ושש"))

# -- Ra'anana country club (Anglo immigrant) --
H("היי, אה, שלום, אני ג'ניפר רוזנברג, אבל כולם קוראים לי ג'ני, I want... אני רוצה מנוי משפחתי לבריכה.",
  ("name", "ג'ניפר רוזנברג"), ("name", "ג'ני", 1))
H("מנוי משפחתי שנתי 4,800 שקל, אפשר ב-12 תשלומים, והבריכה החיצונית פתוחה מ-1 במאי עד סוף ספטמבר.")
t_je = tz("34281906")
tw = say("he", t_je, "3 3 3", sep=", ")
assert "תשע" in tw
tw = tw.replace("תשע", "nine, סליחה, תשע", 1)
H(tw, ("id", tw), ctx="תעודת זהות בבקשה.")
H("נולדתי ב-14 בפברואר 1979", ("date_of_birth", "14 בפברואר 1979"), ctx="ותאריך לידה?")
gb = iban("GB", "BARC20715588216043")
H("אפשר להוריד מהחשבון שלי באנגליה? ה-IBAN זה " + grp(gb) + ".", ("iban", grp(gb)))
em = "ג'ני נקודה רוזנברג שטרודל ג'ימייל נקודה קום"
H(em + " עם שני n", ("email", em))
H("הכתובת אחוזה 130, דירה 5, רעננה", ("address", "אחוזה 130, דירה 5, רעננה"))
H("הבריכה המקורה מחוממת ל-29 מעלות, ושעות נשים ביום שלישי מ-19:00 עד 21:00.")

# -- Jerusalem music conservatory (immigrant from France) --
H("קונסרבטוריון עין כרם, בוקר טוב, ההרשמה לשנה הבאה נפתחת ב-1 ביוני.")
H("בוקר טוב, מדברת סנדרין בן חמו, אני רוצה לרשום את הבן שלי לכינור.", ("name", "סנדרין בן חמו"))
H("שיעור פרטני של 45 דקות עולה 310 שקל לחודש, ותאוריה בקבוצה בימי שני ב-16:30.")
H("תאריך לידה עשרים ושניים באוקטובר אלפיים וחמש עשרה", ("date_of_birth", "עשרים ושניים באוקטובר אלפיים וחמש עשרה"),
  ctx="מה תאריך הלידה של הילד?")
fr = iban("FR", "30004" + "01823" + "00012467915" + "28")
H("אני משלמת מהחשבון בצרפת " + grp(fr) + " זה בסדר", ("iban", grp(fr)))
ph = say("he", "0584410927", "3 3 4", sep=", ")
H("הנייד שלי " + ph + ".", ("phone", ph))
H("הכתובת רחוב הפלמ\"ח 40 דירה 7 ירושלים", ("address", "רחוב הפלמ\"ח 40 דירה 7 ירושלים"),
  ctx="וכתובת למשלוח החשבונית?")

# -- Be'er Sheva printing shop (Ethiopian-Israeli caller) --
H("דפוס הנגב, שלום, יש לנו מבצע על הזמנות לבר מצווה עד סוף החודש.")
H("שלום אני טספאי מלקו הזמנתי אצלכם 300 הזמנות לחתונה של הבת שלי והשם של האולם יצא לא נכון",
  ("name", "טספאי מלקו"))
H("מספר ההזמנה 20774, ההדפסה החדשה תהיה מוכנה ביום חמישי ב-12:00 בלי תשלום נוסף.")
em = "טספאי נקודה אמ שטרודל ג'ימייל נקודה קום"
H(em, ("email", em), ctx="לאיזה מייל לשלוח את ההגהה?")
H("בסדר טספאי, תאשר את ההגהה עד מחר בעשר בבוקר ואנחנו נכנסים להדפסה.", ("name", "טספאי"))
H("או למספר בבית 08-6231457 אחרי חמש", ("phone", "08-6231457"))
mc2 = card("532671049913862")
H("תחייבו את הישראכרט " + split(mc2, "4 4 4 4", "-"), ("card", split(mc2, "4 4 4 4", "-")))
H("300 הזמנות על נייר 350 גרם עם מעטפות זה 1,150 שקל, ומדבקות לבקבוקים עוד 90.")

# -- Petah Tikva bar-mitzvah photo studio --
H("היי, מדברת אורטל שושן, אני רוצה לסגור צילומי בר מצווה לבן שלי בכותל ב-14 בנובמבר.",
  ("name", "אורטל שושן"), ctx="סטודיו אור וצל, היי.")
H("חבילת כותל עם מגנטים זה 5,900 שקל, 4 שעות צילום, 2 צלמים, ואלבום 30 על 40 עם 40 עמודים.")
ph = say("he", "054", "1 2n") + " " + say("he", "9187", "2n 2n") + " " + say("he", "362")
H(ph, ("phone", ph), ctx="איך אפשר לחזור אלייך?")
am = card("37581204493015")
H("מקדמה על האמריקן אקספרס " + split(am, "4 6 5"), ("card", split(am, "4 6 5")))
H("את האלבום תשלחו לכתובת: רחוב ז'בוטינסקי 112, קומה 6, פתח תקווה.",
  ("address", "רחוב ז'בוטינסקי 112, קומה 6, פתח תקווה"))
H("אני ממליצה לצלם ב-7 בבוקר כי אחרי 9 יש המון אנשים בכותל, והצלם יחכה ליד שער האשפות.")
il2 = iban("IL", "012" + "633" + "0000000418826")
H("אם תבטלו את הצילום של החינה את ההחזר ל-IBAN " + il2, ("iban", il2))
em = "ortal.shushan@gmail.com"
H("המייל " + em + " והכל באותיות קטנות", ("email", em))

# -- Bulky-waste pickup (Arab citizen agent) --
H("שלום, מדבר חמודי מפינוי מהיר, איך אפשר לעזור?", ("name", "חמודי"))
H("שלום, יש לי ספה ישנה ומקרר לפנות מהדירה, קומה רביעית בלי מעלית.", nopunct=True)
H("ספה 250, מקרר 200, ובלי מעלית עוד 100 על כל קומה מעל השנייה, אז יוצא 650.")
H("מיכל ברקוביץ', הכתובת היא רחוב סוקולוב 71, דירה 16, רמת השרון.",
  ("name", "מיכל ברקוביץ'"), ("address", "רחוב סוקולוב 71, דירה 16, רמת השרון"), ctx="מה השם ואיפה זה?", nopunct=True)
H("+972 54 311 8026 זה הנייד", ("phone", "+972 54 311 8026"))
H("מחר בין 8 ל-11 מיכל ואנחנו לוקחים רק מזומן או ביט", ("name", "מיכל"))

# -- Electronics / 3D-printing store --
H("היי, אני צריך עזרה עם מדפסת תלת מימד שקניתי אצלכם, הזמנה 9931244, הראש לא מתחמם.")
H("שמי עומר כץ", ("name", "עומר כץ"), ctx="על שם מי ההזמנה?")
H("למדפסת יש אחריות של שנה, הראש החלופי עולה 249 ₪, ומשלוח 29.90 או איסוף חינם מהסניף בקניון עזריאלי.")
em = "עומר קו תחתון כץ עשרים ושתיים שטרודל וואלה נקודה קו נקודה איי אל"
H("המייל " + em, ("email", em))
v2 = card("411836207719452")
vw = say("he", v2, "4 4 4 4", sep=" ")
H("ויזה " + vw + " תוקף עשרים ושמונה", ("card", vw))
H("תשלחו לקיבוץ יפעת בית 212 מיקוד 3658300", ("address", "קיבוץ יפעת בית 212 מיקוד 3658300"),
  ctx="לאיזו כתובת לשלוח?")
H("המדפסת זה Bambu Lab P1S, והפילמנט PETG 1.75 מ\"מ עולה 89 ₪ לגליל, שלושה ב-240.")

# -- Sea of Galilee camping beach --
H("חוף צמח, שלום, לינה באוהל זה 70 ₪ למבוגר ו-50 לילד, ורכב 60 ללילה.")
H("שלום מדבר עמית בירנבאום הזמנו לסוכות לשתי משפחות ואנחנו צריכים לבטל", ("name", "עמית בירנבאום"))
H("ביטול עד 7 ימים לפני ההגעה, דמי ביטול 10%, אז מתוך 1,240 תקבל 1,116 בחזרה.")
t_am = tz("20391547")
H("תעודת זהות " + say("he", t_am, fem=False) + " ותאריך לידה שלושה באפריל שמונים ושבע",
  ("id", say("he", t_am, fem=False)), ("date_of_birth", "שלושה באפריל שמונים ושבע"),
  ctx="על שם מי ההזמנה? אני צריכה תעודת זהות ותאריך לידה לאימות.")
il3 = iban("IL", "020" + "471" + "0000081263500")
H("תחזירו לחשבון במזרחי, IBAN " + grp(il3) + ".", ("iban", grp(il3)))
ph = say("he", "0529913446", "3 3 4", sep=", ")
H(ph, ("phone", ph), ctx="וטלפון לאישור?")

# -- Football season tickets --
H("אהלן, זה יוסי מזרחי, יש לי מנוי כבר 12 שנה ביציע מזרח ואני רוצה לחדש.", ("name", "יוסי מזרחי"),
  ctx="מחלקת מנויים הפועל עמק יזרעאל, שלום.")
H("מנוי עונתי ביציע מזרח 1,350 ₪, שורה 8 כיסא 22, והמשחק הראשון ב-24 באוגוסט נגד בית\"ר ב-20:30.")
t_yo = tz("31275904")
tsp = " ".join(t_yo)
H("ת\"ז " + tsp + ", נולדתי ב-12.3.84", ("id", tsp), ("date_of_birth", "12.3.84"),
  ctx="תעודת זהות ותאריך לידה בשביל הכרטיס.")
il4 = iban("IL", "011" + "058" + "0000000293377")
H("ההחזר על שני המשחקים בלי קהל ל-IBAN " + grp(il4) + " דיסקונט", ("iban", grp(il4)))
em = "יוסי מזרחי עשר שטרודל ג'ימייל נקודה קום"
H("המייל " + em + " בלי רווח", ("email", em))

# -- Herzliya marina --
H("מרינה הרצליה, שלום, מדבר דודי.", ("name", "דודי"))
H("שלום יש לי סירת מפרש 32 רגל ואני מחפש מעגן קבוע מינואר")
H("מעגן ל-32 רגל זה 1,700 ₪ לחודש, חשמל ומים לפי מונה, ויש רשימת המתנה של חודשיים.")
H("קוראים לי ארצ'י גולדשטיין, הסירה רשומה בקפריסין.", ("name", "ארצ'י גולדשטיין"), ctx="על שם מי לרשום?")
t_ar = tz("06642318")
H("תעודת זהות " + t_ar + ", תאריך לידה 12 בינואר 1958", ("id", t_ar), ("date_of_birth", "12 בינואר 1958"))
cy = iban("CY", "003" + "00317" + "0000004851029933")
H("התשלום יהיה מהחשבון בקפריסין " + grp(cy), ("iban", grp(cy)))
dn = card("3608412755390")
H("או בדיינרס " + split(dn, "4 6 4") + " מה שנוח לכם", ("card", split(dn, "4 6 4")))
H("archie.gold@outlook.com ובטלפון 050-882-7415", ("email", "archie.gold@outlook.com"),
  ("phone", "050-882-7415"), ctx="מייל וטלפון?")

# -- Ramat Gan dry cleaning and tailoring --
H("ניקוי יבש הבורסה, שלום, אנחנו פתוחים עד 19:00 וביום שישי עד 13:00.")
H("שלום גברתי, מדברת רחל אברמוב, הבאתי את המעיל של בעלי ביום ראשון.", ("name", "רחל אברמוב"), nopunct=True)
H("קבלה מספר 5512, ניקוי מעיל צמר 85 ₪, קיצור מכנסיים 40, מוכן מחר אחרי ארבע.", nopunct=True)
H("הטלפון בבית 03-6741298", ("phone", "03-6741298"))
H("תביאו לי הביתה, רחוב ביאליק 57 דירה 3, רמת גן, אני לא יכולה לעלות מדרגות.",
  ("address", "רחוב ביאליק 57 דירה 3, רמת גן"))
H("בסדר גברת אברמוב, משלוח עד הבית 20 ₪ ונגיע ביום שלישי בבוקר.", ("name", "אברמוב"))

# -- Mobile payment wallet --
H("היי, זה דניאל לוי, העברתי 250 שקל לא לאיש הנכון ואני רוצה לבטל.", ("name", "דניאל לוי"), ctx="כיסון שלום, מדברים מהמוקד.", nopunct=True)
H("העברה בסך 250 ₪ בוצעה ב-18:42 אתמול, מספר אסמכתא 88301274, ולא ניתן לבטל אחרי שהכסף התקבל.")
ph = say("he", "0502867731", "3 3 4", sep=", ")
H(ph, ("phone", ph), ctx="מה מספר הטלפון שמקושר לאפליקציה?")
t_da = tz("20145638")
H("תעודת זהות " + say("he", t_da) + " ואני נולדתי עשר בדצמבר אלפיים ואחת",
  ("id", say("he", t_da)), ("date_of_birth", "עשר בדצמבר אלפיים ואחת"))
mc3 = card("541275093318826")
H("תחברו במקום את הכרטיס " + mc3, ("card", mc3))
il5 = iban("IL", "031" + "025" + "0000000617204")
H("ולמשיכה לבנק ה-IBAN שלי " + grp(il5), ("iban", grp(il5)))
em = "דניאל נקודה לוי נקודה אפס אחת שטרודל אייקלאוד נקודה קום"
H(em, ("email", em), ctx="ומה המייל לקבלות?")

# -- extra non-personal lines from the same calls --
H("הנהג שלך בדרך, הוא בשדרות רוטשילד פינת אלנבי, סקודה לבנה, עוד 6 דקות אצלך.")
H("יש פקק באיילון אז תצאו עשר דקות קודם הטיסה ב-7:40 וצריך להיות שם שלוש שעות לפני")
H("השם של האולם יצא 'גני יהודה' במקום 'גני יהושע', ובכל השאר הכל תקין.")
H("הקונצרט של סוף השנה ב-20 ביוני באולם הנרי קראון, והכניסה חופשית.")
H("אמא מאושפזת עכשיו בשיבא פנימית ב' והשחרור מתוכנן ליום רביעי בצהריים")
H("בפינוי של יום שלישי אנחנו באזור כפר סבא והוד השרון, ובחמישי ברמת השרון והרצליה.")
H("במשחק נגד מכבי חיפה ב-1 בספטמבר המשחק מתחיל ב-19:00 והשערים נפתחים ב-17:30")
H("העברה לחו\"ל עולה 1.5% ומינימום 10 שקלים, והמקסימום להעברה הוא 3,000 ש\"ח ביום.")
H("בדיזנגוף סנטר יש לנו נקודת איסוף, פתוח עד 21:00 בימים א' עד ה' ובשישי עד 14:00.")
H("קורס שחייה לילדים מתחיל ב-5 ביולי, 10 מפגשים ב-650 ₪, בימים א' ו-ג' ב-17:15.")
H("המטפלות שלנו מהפיליפינים ומסרי לנקה עם ניסיון של לפחות שלוש שנים והן עוברות קורס עזרה ראשונה")

v3 = card("458003125590317")
vw = say("he", v3, "2n 2n 2n 2n 2n 2n 2n 2n", sep=" ")
H("את התשלום הראשון על הכרטיס " + vw, ("card", vw), ctx="איך תרצי לשלם על המנוי?")
ph = "אפס חמש שלוש, sorry, אפס חמש ארבע, " + say("he", "6620318", "3 4", sep=", ")
H(ph, ("phone", ph), ctx="ומספר נייד?")
H("המנוי כולל חניה בחניון ברחוב אחוזה, והקאנטרי סגור ביום כיפור ובערב ראש השנה.")
H("מספר העגינה שלך יהיה C-14 ליד תחנת הדלק והשער נפתח עם קוד שנשלח ב-SMS")
H("החבילה תגיע עם שליח תוך 3 ימי עסקים, מספר משלוח 700412983, ואפשר לעקוב באתר.")
H("ההזמנה הייתה לשבת 12 באוקטובר, 2 לילות, צ'ק אין מ-15:00 וצ'ק אאוט עד 11:00.")
H("שיעור ניסיון חינם ביום רביעי ה-3 בספטמבר בשעה 17:00 עם המורה לכינור")

# ---------------------------------------------------------------------------
# Greek.  Calls: Athens radio taxi; Thessaloniki dry cleaning and tailoring; football
# season tickets (Thessaloniki); Athens printing shop; private-nurse agency (Athens);
# Piraeus locksmith; Nicosia swimming pool (Cypriot); christening photo studio
# (Larissa); Patras music school; Limassol marina (Cypriot); Cretan olive-oil
# cooperative; Halkidiki camping; electronics / 3D-printing store; e-money wallet.
# ---------------------------------------------------------------------------


def G(text, *spans, ctx=None, nopunct=False):
    item("el", text, spans, ctx, nopunct)


# -- Athens radio taxi --
G("Ράδιο Ταξί Αθηνά, καλησπέρα, η Δέσποινα είμαι, πού να σας στείλω ταξί;", ("name", "Δέσποινα"))
G("Καλησπέρα, είμαι η Κούλα Μαυρίδου, θέλω ένα ταξί για το αεροδρόμιο αύριο στις πέντε το πρωί.",
  ("name", "Κούλα Μαυρίδου"), nopunct=True)
G("Αγίας Παρασκευής 37, δεύτερος όροφος, Χαλάνδρι.", ("address", "Αγίας Παρασκευής 37, δεύτερος όροφος, Χαλάνδρι"),
  ctx="Τη διεύθυνση παρακαλώ;", nopunct=True)
G("Για το Ελευθέριος Βενιζέλος η ταρίφα είναι 40 ευρώ μέρα και 55 νύχτα, μέχρι τις πέντε το πρωί, και 1 ευρώ για κάθε βαλίτσα.")
ph = say("el", "6944718203", "2n 2n 3n 3n")
G("Το κινητό μου είναι " + ph + ".", ("phone", ph))
G("Εντάξει κυρία Μαυρίδου, στις πέντε παρά τέταρτο θα είναι έξω, ο αριθμός του ταξί είναι 27.", ("name", "Μαυρίδου"))
G("το ταξί είναι skoda octavia ασημί και θα σας πάρει τηλέφωνο όταν φτάσει στη λεωφόρο πεντέλης")
v1 = card("476173042889150")
vw = say("el", v1, "2n 2n 2n 2n 2n 2n 2n 2n")
G("με κάρτα θα πληρώσω " + vw, ("card", vw), ctx="Θα πληρώσετε μετρητά ή με κάρτα μέσω της εφαρμογής;", nopunct=True)

# -- Thessaloniki dry cleaning and tailoring --
G("Καθαριστήριο Λευκός Κρίνος, καλημέρα, είμαστε ανοιχτά ως τις εννιά το βράδυ.")
G("καλημέρα σας λέγομαι ευτυχία κατσαρού είχα φέρει ένα παλτό για στένεμα και ένα νυφικό για καθάρισμα",
  ("name", "ευτυχία κατσαρού"))
G("Η απόδειξη γράφει 4418, το στένεμα είναι 25 ευρώ και το νυφικό 60, έτοιμα την Πέμπτη μετά τις 5.")
G("μένω στην αγίου δημητρίου 112 τρίτος όροφος θεσσαλονίκη 54633",
  ("address", "αγίου δημητρίου 112 τρίτος όροφος θεσσαλονίκη 54633"),
  ctx="Να σας το φέρουμε σπίτι; Πείτε μου τη διεύθυνση.")
G("Το σταθερό μου είναι 2310 842 671, το κινητό δεν το ξέρω απέξω.", ("phone", "2310 842 671"))
G("Ευχαριστώ πολύ, κυρία Κατσαρού, θα σας πάρουμε τηλέφωνο μόλις είναι έτοιμα.", ("name", "Κατσαρού"))
gr6 = iban("GR", "017" + "0221" + "0000221049337165")
G("Και για τη φούστα που χάλασε, αποζημίωση στο IBAN " + grp(gr6) + ", όπως είπε ο κύριος στο ταμείο.",
  ("iban", grp(gr6)))
G("για τα χαλιά έχουμε προσφορά 3 ευρώ το τετραγωνικό μέχρι 31 οκτωβρίου και η παραλαβή είναι δωρεάν")

# -- Football season tickets (Thessaloniki) --
G("Γεια σας, για διαρκείας του Ηρακλή παίρνω, είναι ανοιχτό ακόμα;")
G("Ναι, τα διαρκείας της θύρας 10 είναι 150 ευρώ, φοιτητικό 90, και η πρώτη αγωνιστική είναι 25 Αυγούστου στο Καυτανζόγλειο.", nopunct=True)
G("με λένε μπάμπη χατζηδάκη και είχα διαρκείας πέρσι στη θύρα 10 θέση 214", ("name", "μπάμπη χατζηδάκη"))
G("δώδεκα του τρία του ογδόντα τέσσερα", ("date_of_birth", "δώδεκα του τρία του ογδόντα τέσσερα"),
  ctx="Για την κάρτα φιλάθλου χρειάζομαι ημερομηνία γέννησης.")
G("Ωραία Μπάμπη, θα σου στείλουμε το link για την πληρωμή στο κινητό.", ("name", "Μπάμπη"))
G("Στο +30 697 215 4408, αυτό έχει και viber.", ("phone", "+30 697 215 4408"), nopunct=True)
mc1 = card("516832007714920")
G("Πληρώνω με τη Mastercard, " + split(mc1, "4 4 4 4") + ".", ("card", split(mc1, "4 4 4 4")))
em = "mpampis τελεία chatzidakis παπάκι yahoo τελεία gr"
G("και το mail " + em + " όλα με μικρά", ("email", em))

# -- Athens printing shop --
G("Τυπογραφείο Γουτεμβέργιος, καλημέρα, σήμερα κλείνουμε στις τρεις.")
G("Καλημέρα, είμαι ο Στέλιος Αναγνώστου, θέλω 500 επαγγελματικές κάρτες και 200 φυλλάδια A5 για το φροντιστήριο.",
  ("name", "Στέλιος Αναγνώστου"), nopunct=True)
G("Οι 500 κάρτες σε χαρτί 350 γραμμάρια είναι 45 ευρώ, τα φυλλάδια 68, συν ΦΠΑ 24%, παράδοση σε 3 εργάσιμες.")
a1 = afm("12377290")
aw = say("el", a1, "3n 3n 3n")
G("Τιμολόγιο, ΑΦΜ " + aw + ", ΔΟΥ Αμαρουσίου.", ("id", aw),
  ctx="Θέλετε απόδειξη ή τιμολόγιο; Αν τιμολόγιο, ΑΦΜ και ΔΟΥ.")
em = "stelios.anagnostou@anodos-frontistirio.gr"
G("Το δοκίμιο στείλτε το στο " + em + ".", ("email", em))
G("Ευχαριστώ κύριε Αναγνώστου, τα δοκίμια θα σας έρθουν μέσα σε μία ώρα.", ("name", "Αναγνώστου"))
G("το σχέδιο να είναι με γραμματοσειρά helvetica και το λογότυπο με το μπλε pantone 286")

# -- Private-nurse agency (Athens) --
G("Γραφείο αποκλειστικών νοσοκόμων Φροντίδα, καλησπέρα, η Ελπίδα είμαι.", ("name", "Ελπίδα"))
G("Καλησπέρα, ο Γιώργος Λαμπράκης εδώ, χρειάζομαι νοσηλεύτρια για τον πατέρα μου που βγαίνει από τον Ευαγγελισμό την Τετάρτη.",
  ("name", "Γιώργος Λαμπράκης"))
G("Η βάρδια οκτάωρη είναι 70 ευρώ, η νυχτερινή 80, και τις Κυριακές και αργίες συν 20%.")
G("Λεωφόρος Αλεξάνδρας 84, πέμπτος όροφος, διαμέρισμα 12, Αμπελόκηποι.",
  ("address", "Λεωφόρος Αλεξάνδρας 84, πέμπτος όροφος, διαμέρισμα 12, Αμπελόκηποι"),
  ctx="Τη διεύθυνση του ασθενούς;", nopunct=True)
G("ο πατέρας μου είναι γεννημένος 3 φεβρουαρίου 1938 αν χρειάζεται για την ασφάλεια",
  ("date_of_birth", "3 φεβρουαρίου 1938"))
a2 = afm("04411587")
G("Για την απόδειξη, το ΑΦΜ μου είναι " + split(a2, "3 3 3") + ".", ("id", split(a2, "3 3 3")))
gr1 = iban("GR", "011" + "0172" + "0000017229041873")
G("Αν περισσέψει από την προκαταβολή, επιστροφή στο " + grp(gr1) + ", Εθνική.", ("iban", grp(gr1)))
G("Εντάξει κύριε Λαμπράκη, η νοσηλεύτρια θα είναι εκεί στις οχτώ το πρωί.", ("name", "Λαμπράκη"))

# -- Piraeus locksmith --
G("κλειδαράς ο σωτήρης εδώ πείτε μου", ("name", "σωτήρης"))
G("Καλησπέρα, κλειδώθηκα έξω, τα κλειδιά είναι μέσα και το φαγητό στη φωτιά!")
G("Ηρώων Πολυτεχνείου 56, τέταρτος, Πειραιάς, πάνω από το φαρμακείο.",
  ("address", "Ηρώων Πολυτεχνείου 56, τέταρτος, Πειραιάς"), ctx="Πού ακριβώς;")
G("Το άνοιγμα πόρτας είναι 60 ευρώ μέρα, 90 μετά τις δέκα το βράδυ, και η αλλαγή κυλίνδρου από 45 και πάνω.")
G("Ναι, Αλεξάνδρα Βλάχου.", ("name", "Αλεξάνδρα Βλάχου"), ctx="Το όνομά σας;", nopunct=True)
ph = say("el", "6973520418", formal=True)
G("το κινητό μου " + ph, ("phone", ph))
a3 = afm("04730925")
G("Θέλω απόδειξη με ΑΦΜ, " + a3 + ".", ("id", a3))
G("Ο τεχνικός είναι στην Καστέλλα, σε δέκα λεπτά είναι εκεί, και η πληρωμή γίνεται επί τόπου.")

# -- Nicosia swimming pool (Cypriot) --
G("Κολυμβητήριο Λευκωσίας, καλημέρα, το πρόγραμμα του χειμώνα ξεκινά την 1η Οκτωβρίου.")
G("καλημέρα είμαι η ανδρούλλα χαραλάμπους ήθελα να γράψω τον γιο μου στα μαθήματα κολύμβησης",
  ("name", "ανδρούλλα χαραλάμπους"))
G("Τα μαθήματα είναι Δευτέρα και Πέμπτη στις τέσσερις, 45 ευρώ τον μήνα, και η εγγραφή 20 ευρώ.")
G("Εννιά Ιουλίου του δύο χιλιάδες δεκαέξι.", ("date_of_birth", "Εννιά Ιουλίου του δύο χιλιάδες δεκαέξι"),
  ctx="Ημερομηνία γέννησης του παιδιού;")
G("Το κινητό μου είναι 99 64 12 08.", ("phone", "99 64 12 08"), nopunct=True)
cy1 = iban("CY", "005" + "00412" + "0000000358112047")
G("Να πληρώνω με πάγια εντολή; Το IBAN μου είναι " + grp(cy1) + ".", ("iban", grp(cy1)))
G("androulla.ch@cytanet.com.cy", ("email", "androulla.ch@cytanet.com.cy"), ctx="Και ένα email;")
G("Εντάξει κυρία Ανδρούλλα, θα σας στείλω το έντυπο στο email σήμερα.", ("name", "Ανδρούλλα"))

# -- Larissa christening photo studio --
G("Φωτογραφείο Φως και Σκιά, παρακαλώ.")
G("Γεια σας, λέγομαι Βασιλική Ζήση, βαφτίζουμε την κόρη μας στις 18 Μαΐου στον Άγιο Αχίλλιο και θέλουμε φωτογράφο.",
  ("name", "Βασιλική Ζήση"), nopunct=True)
G("Το πακέτο βάφτισης είναι 450 ευρώ με 2 φωτογράφους, άλμπουμ 30 επί 30 και βίντεο, και η προκαταβολή 100 ευρώ.")
v2 = card("491730628810457")
G("Η προκαταβολή με κάρτα, " + split(v2, "4 4 4 4", "-") + ".", ("card", split(v2, "4 4 4 4", "-")))
G("το άλμπουμ να έρθει σπίτι παπαναστασίου 23 λάρισα 41222", ("address", "παπαναστασίου 23 λάρισα 41222"))
a4 = afm("11902374")
aw = say("el", a4, "3n 3n 3n")
G("ΑΦΜ " + aw + " για την απόδειξη", ("id", aw))
G("μετά τη βάφτιση πάμε στο κτήμα αλεξάνδρου για το τραπέζι οπότε ο φωτογράφος μένει ως τις έντεκα")

# -- Patras music school --
G("Ωδείο Πατρών, καλησπέρα, οι εγγραφές για πιάνο και κιθάρα ξεκινούν 1 Σεπτεμβρίου.")
G("Καλησπέρα, με λένε Παναγιώτη Ρήγα, αλλά όλοι με φωνάζουν Τάκη, θέλω να γραφτώ σε ηλεκτρική κιθάρα.",
  ("name", "Παναγιώτη Ρήγα"), ("name", "Τάκη"))
G("Τα μαθήματα είναι μία φορά την εβδομάδα, 45 λεπτά, 50 ευρώ τον μήνα, και τα θεωρητικά Τρίτη στις 6 και μισή.")
G("Γεννήθηκα στις 30 Νοεμβρίου 1969, είμαι μεγάλος αλλά το ήθελα από παιδί.",
  ("date_of_birth", "30 Νοεμβρίου 1969"), ctx="Για την εγγραφή, ημερομηνία γέννησης;")
G("το σταθερό του σπιτιού 2610 334 817", ("phone", "2610 334 817"))
em = "takis κάτω παύλα rigas εξήντα εννιά παπάκι hotmail τελεία com"
G("Το email είναι " + em + ".", ("email", em))

# -- Limassol marina (Cypriot) --
G("Μαρίνα Λεμεσού, καλησπέρα, ο Κυριάκος.", ("name", "Κυριάκος"))
G("καλησπέρα έχω ένα ιστιοφόρο 11 μέτρα και θέλω θέση για τον χειμώνα από νοέμβρη μέχρι μάρτη")
G("Για 11 μέτρα η χειμερινή τιμή είναι 9 ευρώ το μέτρο τη μέρα με 30% έκπτωση για 5 μήνες, ρεύμα και νερό ξεχωριστά.")
G("Σάββας Ιωάννου, και το σκάφος λέγεται Ευτυχία.", ("name", "Σάββας Ιωάννου"), ctx="Όνομα και όνομα σκάφους;", nopunct=True)
cy2 = iban("CY", "002" + "00195" + "0000357019883321")
G("εμβάσματα θα κάνω από την τράπεζα κύπρου " + cy2, ("iban", cy2))
G("Το κινητό μου είναι +357 96 532 174.", ("phone", "+357 96 532 174"))
am = card("37594403126681")
G("Και για εγγύηση η American Express, " + split(am, "4 6 5") + ".", ("card", split(am, "4 6 5")))
G("η θέση σας είναι στην προβλήτα β αριθμός 42 και το καύσιμο είναι 1,38 το λίτρο")
G("Γεννήθηκα 17/05/1971, για την ασφάλεια του σκάφους.", ("date_of_birth", "17/05/1971"))

# -- Cretan olive-oil cooperative --
G("Αγροτικός Συνεταιρισμός Πεζών, καλημέρα, η παραλαβή ελαιολάδου είναι κάθε μέρα από τις 8 ως τις 2.")
G("Καλημέρα κοπέλα μου, ο Μανώλης ο Σφακιανάκης είμαι από τις Πεζές, ίντα γίνεται με την πληρωμή του λαδιού;",
  ("name", "Μανώλης ο Σφακιανάκης"))
G("Παραδώσατε 2.340 κιλά ελαιόλαδο με οξύτητα 0,3, η τιμή είναι 7,20 το κιλό, και η πληρωμή γίνεται μέχρι 15 Δεκεμβρίου.")
a5 = afm("06358142")
aw = say("el", a5, "3n 3n 3n", sep=", ")
G("Ο ΑΦΜ μου... " + aw + ".", ("id", aw), ctx="Πείτε μου το ΑΦΜ σας να σας βρω.")
G("Δεκαπέντε Αυγούστου του σαράντα εννιά, της Παναγίας γεννήθηκα.",
  ("date_of_birth", "Δεκαπέντε Αυγούστου του σαράντα εννιά"), ctx="Και ημερομηνία γέννησης για επιβεβαίωση;")
a6 = afm("15220967")
G("και της γυναίκας μου ο αφμ " + split(a6, "3 3 3") + " γιατί τα μισά χωράφια είναι στο όνομά της",
  ("id", split(a6, "3 3 3")))
gr2 = iban("GR", "017" + "0510" + "0005510123847702")
grw = "GR " + say("el", gr2[2:4], "2n") + ", " + split(gr2[4:], "4 4 4 4 4 3")
G("Να τα βάλετε στην Πειραιώς, το IBAN απ' το βιβλιάριο, " + grw + ".", ("iban", grw))
G("Τα λιπάσματα 20-10-10 είναι 28 ευρώ το σακί των 40 κιλών και τα φυτοφάρμακα θα έρθουν την Τρίτη.")
G("στο σπίτι 2810 741 552 και το email της κόρης μου maria.sfakianaki@gmail.com γιατί εγώ δεν ξέρω από αυτά",
  ("phone", "2810 741 552"), ("email", "maria.sfakianaki@gmail.com"))
ak = card("545720113096843")
G("Με την Αγροτική Κάρτα θα πληρώσω τα λιπάσματα, " + split(ak, "4 4 4 4") + ".", ("card", split(ak, "4 4 4 4")))
G("Φέρτε τα στο σπίτι, Ελευθερίου Βενιζέλου 12, Πεζά, 70100.", ("address", "Ελευθερίου Βενιζέλου 12, Πεζά, 70100"),
  ctx="Θα τα παραλάβετε από την αποθήκη ή να τα φέρουμε στη διεύθυνσή σας;")

# -- Halkidiki camping --
G("Κάμπινγκ Ακρογιαλιά, καλησπέρα, για ποιες ημερομηνίες ενδιαφέρεστε;")
G("καλησπέρα είμαι ο γιάννης παπαδόπουλος θέλουμε θέση για τροχόσπιτο από 1 έως 15 αυγούστου",
  ("name", "γιάννης παπαδόπουλος"))
G("Για τροχόσπιτο με ρεύμα 38 ευρώ τη βραδιά για 2 άτομα, κάθε επιπλέον 8 ευρώ, τα παιδιά κάτω των 4 δωρεάν.")
em = "gpapad τελεία 1978 παπάκι gmail τελεία com"
G(em, ("email", em), ctx="Για την επιβεβαίωση ένα email;")
G("Η προκαταβολή είναι 150 ευρώ, και αν ακυρώσετε μέχρι 1 Ιουλίου επιστρέφεται ολόκληρη.")
gr3 = iban("GR", "026" + "0312" + "0000441200815936")
G("Αν χρειαστεί επιστροφή, το IBAN μου " + grp(gr3) + ", Eurobank.", ("iban", grp(gr3)))
G("για το τιμολόγιο η διεύθυνση είναι τσιμισκή 134 θεσσαλονίκη 54621", ("address", "τσιμισκή 134 θεσσαλονίκη 54621"))
G("Ευχαριστούμε κύριε Παπαδόπουλε, η θέση σας είναι η 57, κοντά στη θάλασσα.", ("name", "Παπαδόπουλε"))
v3 = card("455601398872113")
G("με visa " + say("el", v3, "4 4 4 4"), ("card", say("el", v3, "4 4 4 4")), ctx="Πώς θα πληρώσετε την προκαταβολή;")

# -- Electronics / 3D-printing store --
G("Γεια σας, παρήγγειλα έναν 3D εκτυπωτή Creality, παραγγελία 7714025, και ήρθε με σπασμένο γυαλί στο κρεβάτι.")
G("Στο όνομα Jonathan Miller, είμαι Αμερικανός αλλά μένω Αθήνα.", ("name", "Jonathan Miller"),
  ctx="Σε ποιο όνομα είναι η παραγγελία;", nopunct=True)
G("Στείλτε το ανταλλακτικό στη διεύθυνση Σκουφά 41, Κολωνάκι, 10673.", ("address", "Σκουφά 41, Κολωνάκι, 10673"))
G("Το ανταλλακτικό κοστίζει 34,90, αλλά είναι στην εγγύηση, οπότε χωρίς χρέωση, και το courier έρχεται σε 2-3 εργάσιμες.")
G("Κινητό 694 883 1207 και email jon.miller.gr@gmail.com.", ("phone", "694 883 1207"),
  ("email", "jon.miller.gr@gmail.com"))
mc2 = card("535510846620731")
G("Και χρεώστε τη Mastercard " + split(mc2, "4 4 4 4") + " για το filament.", ("card", split(mc2, "4 4 4 4")))
a7 = afm("09812345")
G("Θέλω τιμολόγιο, ο ΑΦΜ μου είναι " + a7 + ".", ("id", a7))
G("τέσσερις ιουνίου του ογδόντα εννιά", ("date_of_birth", "τέσσερις ιουνίου του ογδόντα εννιά"),
  ctx="Για τις άτοκες δόσεις χρειάζομαι και ημερομηνία γέννησης.")
gr4 = iban("GR", "014" + "1070" + "0000107002314958")
G("Την επιστροφή για το γυαλί στο " + gr4 + " παρακαλώ.", ("iban", gr4))

# -- E-money wallet --
G("Καλησπέρα, είμαι η Κωνσταντίνα Ρούσσου, μου μπλόκαρε το πορτοφόλι μετά από τρεις λάθος κωδικούς.",
  ("name", "Κωνσταντίνα Ρούσσου"))
ph = say("el", "6997043186", "2n 2n 3n 3n", sep=", ")
G(ph[0].upper() + ph[1:] + ".", ("phone", ph[0].upper() + ph[1:]), ctx="Ποιο κινητό είναι συνδεδεμένο;")
a8 = afm("13577208")
G("ΑΦΜ " + a8 + " και γεννήθηκα είκοσι εννιά Φεβρουαρίου του ενενήντα δύο",
  ("id", a8), ("date_of_birth", "είκοσι εννιά Φεβρουαρίου του ενενήντα δύο"))
gr5 = iban("GR", "011" + "0085" + "0000085114609827")
G("Θέλω να μεταφέρω το υπόλοιπο στην τράπεζα, το IBAN μου " + grp(gr5) + ".", ("iban", grp(gr5)))
v4 = card("402360771582094")
G("και να συνδέσω τη χρεωστική " + v4, ("card", v4))
G("Το όριο για μεταφορά είναι 1.000 ευρώ τη μέρα, και οι πληρωμές με IRIS γίνονται χωρίς χρέωση.")
em = "ntina κάτω παύλα roussou παπάκι yahoo τελεία gr"
G("το email μου είναι " + em, ("email", em))
G("Άλλαξα και σπίτι, η νέα διεύθυνση είναι Κανάρη 8, Νέα Σμύρνη, 17121.", ("address", "Κανάρη 8, Νέα Σμύρνη, 17121"))

# -- extra non-personal lines from the same calls --
G("Το μετρό από το Σύνταγμα ως το αεροδρόμιο κάνει 40 λεπτά και το εισιτήριο είναι 9 ευρώ.")
G("Ο αγώνας με τον Ολυμπιακό είναι την Κυριακή 14 Σεπτεμβρίου στις 8 και μισή.", nopunct=True)
G("τα μαθήματα για ενήλικες είναι τρίτη και παρασκευή στις 7 το πρωί 60 ευρώ τον μήνα")
G("Το κατάστημά μας είναι στη Λεωφόρο Συγγρού, δίπλα στο μετρό Φιξ, ανοιχτά 9 με 5 και Σάββατο 10 με 3.")
G("Για τη γιορτή του Αγίου Νικολάου στις 6 Δεκεμβρίου η μαρίνα κάνει εκδήλωση στις 7 το απόγευμα.")
G("Το λάδι του 2023 πληρώθηκε 6,80 το κιλό, και φέτος η προκαταβολή είναι 4 ευρώ το κιλό.")
G("το κάμπινγκ είναι 2 χιλιόμετρα μετά το νικήτι στρίβετε δεξιά στην ταβέρνα ο μήτσος")
G("ο εκτυπωτής είναι ender 3 v3 με ακρίβεια 0,1 χιλιοστά και το νήμα pla 1,75 κοστίζει 19,90 το κιλό")
G("Η χρέωση έγινε στις 3 Μαρτίου, 49,99 ευρώ, με αριθμό συναλλαγής 5520193847.", nopunct=True)
G("η φωτογράφιση στο στούντιο κοστίζει 80 ευρώ την ώρα και οι φωτογραφίες παραδίδονται σε 15 μέρες")

# === END OF LANGUAGE DATA ===

if __name__ == "__main__":
    main()
