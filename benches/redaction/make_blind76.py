#!/usr/bin/env python3
"""Held-out evaluation set "blind76" for the personal-data redactor of call transcripts.

Who wrote it and how: a helper session, working only from a written brief. It never read
the redactor, its rules, its tests, or any other evaluation set or generator; the calls
below come from the brief's specification of what is personal and from general knowledge
of how people talk on customer-service phone calls. Every person, address and number is
invented. Values with a check digit (cards: Luhn; IBANs: mod 97; Israeli Teudat Zehut,
Greek AFM, Saudi ID/Iqama; US SSN ranges) are computed here, and the script asserts that
every long number left outside the spans fails those checks.

Area of this set: mobile, broadband and TV (new lines and SIMs, moving a number to another
network, faults and engineer visits, bills and disputes, roaming, contract ends, TV
packages, top-ups, moving house). About a dozen calls per language, written the way a
speech recogniser (Whisper-like) transcribes them.

Output: data/redaction/blind76/{en,ar,he,el}.jsonl (relative to the repository root),
one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}
- kind: one of card, iban, id, phone, email, date_of_birth, name, address;
- start/end: BYTE offsets into the UTF-8 encoding of text, end exclusive;
- context (optional, not scored): an earlier line of the same call;
- items with empty spans are non-personal and must come out unchanged.

Run: python3 benches/redaction/make_blind76.py   (standard library only, deterministic)
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "data", "redaction", "blind76"))
KINDS = ("card", "iban", "id", "phone", "email", "date_of_birth", "name", "address")

# ---------------------------------------------------------------------------
# check digits
# ---------------------------------------------------------------------------


def luhn_ok(d):
    total = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def luhn_complete(p):
    for c in "0123456789":
        if luhn_ok(p + c):
            return p + c
    raise AssertionError(p)


def card(p):
    d = luhn_complete(p)
    assert 13 <= len(d) <= 19 and luhn_ok(d), d
    return d


def tz_ok(d):
    """Israeli Teudat Zehut: weights 1,2,1,2,... from the left, digit sums, mod 10."""
    if len(d) != 9 or not d.isdigit():
        return False
    t = 0
    for i, ch in enumerate(d):
        n = int(ch) * (1 if i % 2 == 0 else 2)
        t += n - 9 if n > 9 else n
    return t % 10 == 0


def tz(p):
    assert len(p) == 8
    for c in "0123456789":
        if tz_ok(p + c):
            return p + c
    raise AssertionError(p)


def afm_ok(d):
    """Greek AFM: sum of d[i]*2^(8-i) for the first 8 digits, mod 11, mod 10."""
    if len(d) != 9 or not d.isdigit() or d == "000000000":
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return (s % 11) % 10 == int(d[8])


def afm(p):
    assert len(p) == 8
    s = sum(int(p[i]) * 2 ** (8 - i) for i in range(8))
    d = p + str((s % 11) % 10)
    assert afm_ok(d)
    return d


def saudi_ok(d):
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def saudi(p):
    assert len(p) == 9 and p[0] in "12"
    d = luhn_complete(p)
    assert saudi_ok(d)
    return d


def ssn_ok(d):
    d = d.replace("-", "").replace(" ", "")
    if len(d) != 9 or not d.isdigit():
        return False
    area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
    return 1 <= area <= 899 and area != 666 and group != 0 and serial != 0


def ssn(d):
    assert ssn_ok(d), d
    return d


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "GR": 27, "CY": 28, "IL": 23, "SA": 24,
            "AE": 23, "EG": 29, "JO": 30, "FR": 27, "NL": 18, "QA": 29, "KW": 30,
            "BH": 22, "LB": 28, "TR": 26, "ES": 24, "IT": 27, "PT": 25}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if len(s) < 15 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    if not s[2:4].isdigit() or not s.isalnum():
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(cc, bban):
    ck = 98 - _iban_num(bban + cc + "00") % 97
    s = "%s%02d%s" % (cc, ck, bban)
    assert len(s) == IBAN_LEN[cc], (s, len(s))
    assert iban_ok(s)
    return s


def g4(s):
    """IBAN / card printed in groups of four."""
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def grp(s, pattern, sep=" "):
    """'0541234567', (3,3,4) -> '054 123 4567'"""
    assert sum(pattern) == len(s), (s, pattern)
    out, i = [], 0
    for p in pattern:
        out.append(s[i:i + p])
        i += p
    return sep.join(out)


AR_DIG = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
AR_DIG_BACK = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def ard(s):
    """ASCII digits -> Arabic-Indic digits."""
    return s.translate(AR_DIG)


# ---------------------------------------------------------------------------
# items -> JSON lines, with asserts
# ---------------------------------------------------------------------------

NUM_RUN = re.compile(r"[0-9٠-٩](?:[ \-./]?[0-9٠-٩])*")
IBAN_RUN = re.compile(r"\b[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]){10,30}")
SSN_RUN = re.compile(r"\b[0-9]{3}-[0-9]{2}-[0-9]{4}\b")


def check_leftover(where, text):
    """Long numbers outside the spans must not pass the checks of the personal kinds."""
    for m in NUM_RUN.finditer(text):
        d = re.sub(r"[ \-./]", "", m.group()).translate(AR_DIG_BACK)
        if 13 <= len(d) <= 19:
            assert not luhn_ok(d), (where, "Luhn-valid number left", m.group())
        if len(d) == 9:
            assert not tz_ok(d), (where, "TZ-valid number left", m.group())
            assert not afm_ok(d), (where, "AFM-valid number left", m.group())
        if len(d) == 10 and d[0] in "12":
            assert not saudi_ok(d), (where, "Saudi-ID-valid number left", m.group())
    for m in IBAN_RUN.finditer(text):
        assert not iban_ok(m.group()), (where, "IBAN left", m.group())
    for m in SSN_RUN.finditer(text):
        assert not ssn_ok(m.group()), (where, "SSN left", m.group())


def check_value(where, kind, sub, lang):
    """Spans written in digits must pass their kind's check (spoken ones are generated
    from checked values by the say_* helpers)."""
    flat = re.sub(r"[ \-./()+]", "", sub).translate(AR_DIG_BACK)
    if kind == "card" and flat.isdigit():
        assert 13 <= len(flat) <= 19 and luhn_ok(flat), (where, sub)
    if kind == "iban" and flat.isalnum() and flat[:2].isalpha():
        assert iban_ok(flat), (where, sub)
    if kind == "id" and flat.isdigit():
        ok = {"he": tz_ok(flat), "el": afm_ok(flat), "ar": saudi_ok(flat) or tz_ok(flat),
              "en": tz_ok(flat) or afm_ok(flat) or saudi_ok(flat) or ssn_ok(flat)}[lang]
        assert ok, (where, sub)
    if kind == "phone" and flat.isdigit():
        assert 8 <= len(flat) <= 15, (where, sub)
    if kind == "email" and "@" in sub:
        assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", sub), (where, sub)


def record(lang, idx, text, spans, context):
    where = "%s#%d" % (lang, idx)
    assert text == text.strip() and text, where
    raw = text.encode("utf-8")
    out, pos, masked = [], 0, text
    for sp in spans:
        kind, sub = sp
        assert kind in KINDS, (where, kind)
        assert sub and sub == sub.strip(), (where, sub)
        assert sub[-1] not in ",.?!;:" and sub[0] not in ",.?!;:", (where, sub)
        i = text.find(sub, pos)
        assert i >= 0, (where, "span not found after previous", sub)
        start = len(text[:i].encode("utf-8"))
        end = start + len(sub.encode("utf-8"))
        assert raw[start:end].decode("utf-8") == sub, where
        check_value(where, kind, sub, lang)
        out.append({"kind": kind, "start": start, "end": end})
        masked = masked[:i] + " " * len(sub) + masked[i + len(sub):]
        pos = i + len(sub)
    check_leftover(where, masked)
    rec = {"text": text, "spans": out}
    if context:
        rec["context"] = context
    return rec


LANGS = {}  # lang -> list of (text, spans, context)


def add(lang, text, *spans, ctx=None):
    LANGS.setdefault(lang, []).append((text, list(spans), ctx))


def stats(lang, recs):
    per = {k: 0 for k in KINDS}
    empty = 0
    for r in recs:
        if not r["spans"]:
            empty += 1
        for s in r["spans"]:
            per[s["kind"]] += 1
    return per, empty


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    texts = set()
    for lang, items in LANGS.items():
        recs = []
        for idx, (text, spans, ctx) in enumerate(items):
            assert text not in texts, ("duplicate text", lang, idx)
            texts.add(text)
            recs.append(record(lang, idx, text, spans, ctx))
        per, empty = stats(lang, recs)
        total = sum(per.values())
        print("%s: %d items, %d non-personal, %d spans: %s" % (
            lang, len(recs), empty, total, ", ".join("%s %d" % kv for kv in per.items())))
        if lang in COMPLETE:
            assert 110 <= len(recs) <= 130, lang
            assert 35 <= empty <= 45, lang
            assert 75 <= total <= 85, lang
            assert all(per[k] >= 7 for k in KINDS), lang
            assert 20 <= per["name"] <= 25, lang
        path = os.path.join(OUT_DIR, lang + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return 0


COMPLETE = set()  # languages whose item counts are final

# ---------------------------------------------------------------------------
# spoken numbers
# A pattern splits a digit string into chunks: n > 0 reads the chunk as one number
# ("42" -> forty-two) unless it starts with 0 or has one digit; n < 0 reads it digit by
# digit. Chunks are joined with sep.
# ---------------------------------------------------------------------------


def chunks(d, pattern):
    assert d.isdigit() and sum(abs(p) for p in pattern) == len(d), (d, pattern)
    i = 0
    for p in pattern:
        g = d[i:i + abs(p)]
        i += abs(p)
        yield g, (p > 0 and len(g) > 1 and g[0] != "0")


EN_D = "zero one two three four five six seven eight nine".split()
EN_TEEN = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
           "nineteen").split()
EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
           "ninety"]


def en_num(n):
    if n < 10:
        return EN_D[n]
    if n < 20:
        return EN_TEEN[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        return EN_TENS[t] + ("-" + EN_D[u] if u else "")
    h, r = divmod(n, 100)
    return EN_D[h] + " hundred" + (" and " + en_num(r) if r else "")


def en_digits(g, oh=False, double=False):
    words, i = [], 0
    while i < len(g):
        w = "oh" if (oh and g[i] == "0") else EN_D[int(g[i])]
        if (double and i + 1 < len(g) and g[i + 1] == g[i]
                and not (i + 2 < len(g) and g[i + 2] == g[i])):
            words.append("double " + w)
            i += 2
        else:
            words.append(w)
            i += 1
    return " ".join(words)


def say_en(d, pattern, sep=", ", oh=False, double=False):
    return sep.join(en_num(int(g)) if num else en_digits(g, oh, double)
                    for g, num in chunks(d, pattern))


AR_D = {
    "msa": "صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "gulf": "صفر واحد ثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "lev": "صفر واحد تنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
    "egy": "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
    "mag": "زيرو واحد جوج تلاتة ربعة خمسة ستة سبعة تمنية تسعود".split(),
}
AR_TENS = {
    "msa": "عشرة عشرون ثلاثون أربعون خمسون ستون سبعون ثمانون تسعون".split(),
    "gulf": "عشرة عشرين ثلاثين أربعين خمسين ستين سبعين ثمانين تسعين".split(),
    "lev": "عشرة عشرين تلاتين أربعين خمسين ستين سبعين تمانين تسعين".split(),
    "egy": "عشرة عشرين تلاتين أربعين خمسين ستين سبعين تمانين تسعين".split(),
    "mag": "عشرة عشرين تلاتين ربعين خمسين ستين سبعين تمانين تسعين".split(),
}
AR_TEEN = {
    "msa": ["أحد عشر", "اثنا عشر", "ثلاثة عشر", "أربعة عشر", "خمسة عشر", "ستة عشر",
            "سبعة عشر", "ثمانية عشر", "تسعة عشر"],
    "gulf": "احدعش اثنعش ثلطعش اربعطعش خمسطعش ستطعش سبعطعش ثمنطعش تسعطعش".split(),
    "lev": "احدعش اتنعش تلطعش أربعطعش خمسطعش ستعش سبعطعش تمنطعش تسعطعش".split(),
    "egy": "حداشر اتناشر تلاتاشر أربعتاشر خمستاشر ستاشر سبعتاشر تمنتاشر تسعتاشر".split(),
    "mag": "حضاش طناش تلطاش ربعطاش خمسطاش سطاش سبعطاش تمنطاش تسعطاش".split(),
}


def ar_num(n, dia):
    assert 0 <= n < 100
    if n < 10:
        return AR_D[dia][n]
    if n == 10 or (n >= 20 and n % 10 == 0):
        return AR_TENS[dia][n // 10 - 1]
    if n < 20:
        return AR_TEEN[dia][n - 11]
    t, u = divmod(n, 10)
    unit = "تنين" if (dia == "mag" and u == 2) else AR_D[dia][u]  # Darija: 42 = تنين وربعين
    return unit + " و" + AR_TENS[dia][t - 1]


def say_ar(d, pattern, dia="msa", sep=" "):
    return sep.join(ar_num(int(g), dia) if num else " ".join(AR_D[dia][int(c)] for c in g)
                    for g, num in chunks(d, pattern))


HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
HE_TENS = "עשר עשרים שלושים ארבעים חמישים שישים שבעים שמונים תשעים".split()
HE_TEEN_F = ["עשר", "אחת עשרה", "שתים עשרה", "שלוש עשרה", "ארבע עשרה", "חמש עשרה",
             "שש עשרה", "שבע עשרה", "שמונה עשרה", "תשע עשרה"]
HE_TEEN_M = ["עשרה", "אחד עשר", "שנים עשר", "שלושה עשר", "ארבעה עשר", "חמישה עשר",
             "שישה עשר", "שבעה עשר", "שמונה עשר", "תשעה עשר"]
HE_HUND = ["", "מאה", "מאתיים", "שלוש מאות", "ארבע מאות", "חמש מאות", "שש מאות",
           "שבע מאות", "שמונה מאות", "תשע מאות"]


def _he_lt100(n, masc):
    units = HE_M if masc else HE_F
    if n < 10:
        return [units[n]]
    if n < 20:
        return [(HE_TEEN_M if masc else HE_TEEN_F)[n - 10]]
    t, u = divmod(n, 10)
    return [HE_TENS[t - 1]] + ([units[u]] if u else [])


def he_num(n, masc=False):
    """Hebrew cardinal 0..999; 'ו' goes before the last word."""
    assert 0 <= n < 1000
    h, r = divmod(n, 100)
    words = ([HE_HUND[h]] if h else []) + (_he_lt100(r, masc) if (r or not h) else [])
    if len(words) > 1:
        words[-1] = "ו" + words[-1]
    return " ".join(words)


def say_he(d, pattern, masc=False, sep=" "):
    units = HE_M if masc else HE_F
    return sep.join(he_num(int(g), masc) if num else " ".join(units[int(c)] for c in g)
                    for g, num in chunks(d, pattern))


EL_D = {
    "std": "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα".split(),
    "col": "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split(),
}
EL_TEEN = {
    "std": ("δέκα έντεκα δώδεκα δεκατρία δεκατέσσερα δεκαπέντε δεκαέξι δεκαεπτά "
            "δεκαοκτώ δεκαεννέα").split(),
    "col": ("δέκα έντεκα δώδεκα δεκατρία δεκατέσσερα δεκαπέντε δεκαέξι δεκαεφτά "
            "δεκαοχτώ δεκαεννιά").split(),
}
EL_TENS = ("δέκα είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα "
           "ενενήντα").split()
EL_HUND = {
    "std": ("εκατό διακόσια τριακόσια τετρακόσια πεντακόσια εξακόσια επτακόσια "
            "οκτακόσια εννιακόσια").split(),
    "col": ("εκατό διακόσια τριακόσια τετρακόσια πεντακόσια εξακόσια εφτακόσια "
            "οχτακόσια εννιακόσια").split(),
}


def el_num(n, reg="col"):
    assert 0 <= n < 1000
    if n < 10:
        return EL_D[reg][n]
    if n < 20:
        return EL_TEEN[reg][n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        return EL_TENS[t - 1] + (" " + EL_D[reg][u] if u else "")
    h, r = divmod(n, 100)
    if not r:
        return EL_HUND[reg][h - 1]
    head = "εκατόν" if h == 1 else EL_HUND[reg][h - 1]
    return head + " " + el_num(r, reg)


def say_el(d, pattern, reg="col", sep=" "):
    return sep.join(el_num(int(g), reg) if num else " ".join(EL_D[reg][int(c)] for c in g)
                    for g, num in chunks(d, pattern))


def _selftest():
    assert say_en("0872249163", (-3, -3, -4), oh=True) == \
        "oh eight seven, two two four, nine one six three"
    assert say_en("07700", (-5,), double=True, oh=True) == "oh double seven double oh"
    assert en_num(42) == "forty-two" and en_num(105) == "one hundred and five"
    assert say_ar("0554", (1, 1, 2), "egy") == "صفر خمسة أربعة وخمسين"
    assert ar_num(12, "egy") == "اتناشر" and ar_num(30, "msa") == "ثلاثون"
    assert say_he("054", (-1, 2)) == "אפס חמישים וארבע"
    assert he_num(123) == "מאה עשרים ושלוש" and he_num(105) == "מאה וחמש"
    assert he_num(22, masc=True) == "עשרים ושניים" and he_num(14) == "ארבע עשרה"
    assert he_num(110) == "מאה ועשר" and he_num(300) == "שלוש מאות"
    assert say_el("6944", (2, 2)) == "εξήντα εννιά σαράντα τέσσερα"
    assert el_num(123) == "εκατόν είκοσι τρία" and el_num(100) == "εκατό"
    assert el_num(17, "std") == "δεκαεπτά" and el_num(708) == "εφτακόσια οχτώ"
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert tz_ok(tz("12345678")) and afm_ok(afm("09047820"))
    assert iban_ok("GB82 WEST 1234 5698 7654 32")
    assert ssn_ok("123-45-6789") and not ssn_ok("666-12-3456") and not ssn_ok("912345678")


_selftest()

# ==== ITEMS BELOW ====

# ---------------------------------------------------------------------------
# English. Calls: SIM-only deal (Bristol), moving a number between networks
# (Ireland), broadband fault and engineer (London), fibre install (Perth), new postpaid
# line with credit check (Chicago), roaming bill dispute (Leicester), contract end and
# retention (Inverness), stolen phone and SIM block (Atlanta), expat postpaid line
# (Riyadh), cable TV and internet for new immigrants (Israel), café business broadband
# (Galway), prepaid top-up (Lagos), moving house with broadband (Cardiff), TV package
# (Dubai), contract in Crete, roaming from Cyprus.
# ---------------------------------------------------------------------------
EN_CARD1 = card("453201511283304")     # Visa
EN_CARD2 = card("525510403297160")     # Mastercard
EN_CARD3 = card("37144963539843")      # Amex, 15
EN_CARD4 = card("492918330127765")     # Visa
EN_CARD5 = card("222300431285519")     # Mastercard 2-series
EN_CARD6 = card("601100099013942")     # Discover
EN_CARD7 = card("506099058371262034")  # Verve, 19
EN_CARD8 = card("3056930902590")       # Diners, 14
EN_SSN1 = ssn("529417738")
EN_SSN2 = ssn("461089352")
EN_SSN3 = ssn("318702264")
EN_IQAMA = saudi("243105678")
EN_SAID = saudi("109834527")
EN_TZ1 = tz("32704518")
EN_TZ2 = tz("34588120")
EN_AFM = afm("16483095")
EN_IBAN_IE1 = iban("IE", "AIBK" + "931152" + "47220381")
EN_IBAN_IE2 = iban("IE", "BOFI" + "900017" + "63518042")
EN_IBAN_DE = iban("DE", "37040044" + "0532019377")
EN_IBAN_GR = iban("GR", "011" + "0215" + "0000021530084417")
EN_IBAN_CY = iban("CY", "002" + "00128" + "0000001200527600")
EN_IBAN_IL = iban("IL", "012" + "680" + "0000000389217")
EN_IBAN_AE = iban("AE", "035" + "0000012937458810")
EN_IBAN_SA = iban("SA", "80" + "000204608010294733")
EN_IBAN_GB = iban("GB", "BUKB" + "202015" + "55443821")
EN_PH_IE = "0872249163"
EN_PH_UK1 = "07946318552"
EN_PH_AU = "0412557839"
EN_PH_US1 = "7734028816"
EN_PH_US2 = "4047812260"
EN_PH_UK2 = "07700913284"
EN_PH_SA = "0553184420"
EN_PH_IL = "0547713029"
EN_PH_CY = "99634218"
EN_PH_AE = "0528817346"

# -- call 1: SIM-only deal, Bristol
add("en", "Good morning, you're through to Northlight Mobile, my name's Callum, how can I help?",
    ("name", "Callum"))
add("en", "Hiya, yeah, um, it's Beth Rowe here, I wanted to get one of the SIM-only deals "
    "you've got on.", ("name", "Beth Rowe"))
add("en", "No worries, Beth. Is that the 30 gig one for £12 a month or the unlimited at 20?",
    ("name", "Beth"))
add("en", "the thirty gig one it says twelve quid for twenty four months on the website")
add("en", "Yeah, it's the third of November, nineteen ninety-one.",
    ("date_of_birth", "third of November, nineteen ninety-one"),
    ctx="Lovely. And can I take your date of birth for the credit check?")
add("en", "Flat 2, 14 Cotham Vale, Bristol, BS6 6HR.",
    ("address", "Flat 2, 14 Cotham Vale, Bristol, BS6 6HR"),
    ctx="And what's the address we'll be sending the SIM out to?")
add("en", "Um, it's beth dot rowe ninety-one at gmail dot com, all lower case.",
    ("email", "beth dot rowe ninety-one at gmail dot com"),
    ctx="Perfect, and an email for the contract summary?")
add("en", "Yep, got my card here. It's %s, expiry oh nine twenty-seven." % grp(EN_CARD1, (4, 4, 4, 4)),
    ("card", grp(EN_CARD1, (4, 4, 4, 4))))
add("en", "Right, so that's the 30 gig plan at £12 a month, first bill on the 28th of June, "
    "and the SIM should be with you in 2 to 3 working days.")
add("en", "Your order number is NL 4471 2290 38, if you need to chase it up at all.")

# -- call 2: moving a number to another network, Ireland
add("en", "Thanks for calling Kestrel Mobile, Aoife speaking, how can I help?", ("name", "Aoife"))
add("en", "Hi there, this is Ciarán Ó Súilleabháin, I'm looking to move my number over to ye "
    "from Three.", ("name", "Ciarán Ó Súilleabháin"))
add("en", "Yeah, it's %s." % say_en(EN_PH_IE, (-3, -3, -4), oh=True),
    ("phone", say_en(EN_PH_IE, (-3, -3, -4), oh=True)),
    ctx="No problem. What's the number you want to bring across?")
add("en", "And I have your date of birth as the 17th of August 1988, is that right?",
    ("date_of_birth", "17th of August 1988"))
add("en", "The switch usually goes through within one working day, so you'd be live on "
    "Thursday by about 2 p.m. and the old SIM just stops working.")
add("en", "grand so it's the 25 euro plan with 100 gig and the first 3 months are half price yeah")
add("en", "c sullivan eighty eight at eircom dot net no dots in the first bit",
    ("email", "c sullivan eighty eight at eircom dot net"),
    ctx="And can I get an email address for the account?")
add("en", "Sound. Direct debit so, the IBAN is %s." % g4(EN_IBAN_IE1),
    ("iban", g4(EN_IBAN_IE1)))

# -- call 3: broadband fault and engineer visit, London
add("en", "hello good afternoon my name is oluwaseun adebayo i am calling because my internet "
    "has been going off since saturday", ("name", "oluwaseun adebayo"))
add("en", "Oh, sorry to hear that, Mr Adebayo. Can I just confirm the address on the account?",
    ("name", "Adebayo"))
add("en", "Yes, it is 42B Fernhill Road, Plumstead, SE18 1QT.",
    ("address", "42B Fernhill Road, Plumstead, SE18 1QT"),
    ctx="Can I just confirm the address on the account?")
add("en", "The light on the router is flashing orange, it is the Hub 3, and the back says "
    "firmware 4.2.19.")
add("en", "You can reach me on %s, any time after 10." % say_en(EN_PH_UK1, (-5, -3, -3)),
    ("phone", say_en(EN_PH_UK1, (-5, -3, -3))))
add("en", "Okay, I've booked an engineer for Tuesday the 9th, that's an AM slot, 8 till 1, and "
    "your fault reference is 5530 1982 7714.")
add("en", "If the fault's on our side there's no charge, but if it's the wiring inside the "
    "property it's £65, plus £15 for each extra socket.")

# -- call 4: fibre install, Perth
add("en", "G'day, it's Bron Kelly, I've got an NBN install booked and no one's rung me back.",
    ("name", "Bron Kelly"))
add("en", "No dramas, Bron, I'm Jess, I can see the booking here.",
    ("name", "Bron"), ("name", "Jess"))
add("en", "mobile's %s" % say_en(EN_PH_AU, (-4, -3, -3), oh=True, double=True),
    ("phone", say_en(EN_PH_AU, (-4, -3, -3), oh=True, double=True)),
    ctx="What's the best number for the tech to call you on?")
add("en", "The install address is unit 4, 27 Canning Highway, East Fremantle, WA 6158.",
    ("address", "unit 4, 27 Canning Highway, East Fremantle, WA 6158"))
add("en", "The tech's booked for the 14th between 8 and 12, and the connection box goes within "
    "1.5 metres of a power point, so keep that clear.")
add("en", "Second of May, seventy-nine.", ("date_of_birth", "Second of May, seventy-nine"),
    ctx="Just for security, can you confirm your date of birth?")
add("en", "It's the 100 meg plan, 89 bucks a month, and I signed up on the 3rd of March, so "
    "it's been over 6 weeks.")

# -- call 5: new postpaid line with credit check, Chicago
add("en", "Thank you for calling Orbit Wireless, this is Tyler. Who do I have the pleasure of "
    "speaking with?", ("name", "Tyler"))
add("en", "Yeah, hi, Marisol Gutierrez, that's G-U-T-I-E-R-R-E-Z.",
    ("name", "Marisol Gutierrez"), ("name", "G-U-T-I-E-R-R-E-Z"),
    ctx="Thank you for calling Orbit Wireless, this is Tyler. Who do I have the pleasure of "
    "speaking with?")
add("en", "Sure, it's %s." % grp(EN_SSN1, (3, 2, 4), "-"),
    ("id", grp(EN_SSN1, (3, 2, 4), "-")),
    ctx="Great. For the credit check I'll need your Social Security number.")
add("en", "April twenty-second, 1986.", ("date_of_birth", "April twenty-second, 1986"),
    ctx="And your date of birth?")
add("en", "It's 4417 West Armitage Avenue, apartment 3, Chicago, Illinois 60639.",
    ("address", "4417 West Armitage Avenue, apartment 3, Chicago, Illinois 60639"),
    ctx="What's the service address?")
add("en", "The cell is (%s) %s-%s, and the email is marisol.gutierrez86@outlook.com."
    % (EN_PH_US1[:3], EN_PH_US1[3:6], EN_PH_US1[6:]),
    ("phone", "(%s) %s-%s" % (EN_PH_US1[:3], EN_PH_US1[3:6], EN_PH_US1[6:])),
    ("email", "marisol.gutierrez86@outlook.com"))
add("en", "So the Unlimited Plus plan is $65 a month, with autopay it drops to $60, plus taxes "
    "and fees, and there's a one-time $35 activation fee.")
add("en", "The iPhone 15 is $0 down and $23.05 a month for 36 months, and the promo credit "
    "starts on bill 2 or 3.")
add("en", "Okay, go ahead. It's %s." % say_en(EN_CARD2, (-4, -4, -4, -4)),
    ("card", say_en(EN_CARD2, (-4, -4, -4, -4))))

# -- call 6: roaming bill dispute, Leicester
add("en", "Good evening, I am Jignesh Mistry, I am calling regarding my last bill, there is a "
    "roaming charge of 84 pounds.", ("name", "Jignesh Mistry"))
add("en", "Let me have a look for you, Mr Mistry. My name is Sophie, by the way.",
    ("name", "Mistry"), ("name", "Sophie"))
add("en", "I was in Portugal from 2nd to 16th April, and your message said £2.25 per day for "
    "the Europe pass, so how is it 84?")
add("en", "Okay so I can see 14 days of the Roam Pass at £2.25, that's £31.50, and then £52.80 "
    "for calls to a Swiss number on the 11th.")
add("en", "Please send the breakdown to jignesh underscore mistry at hotmail dot co dot uk.",
    ("email", "jignesh underscore mistry at hotmail dot co dot uk"))
add("en", "Yes, 27-08-1979.", ("date_of_birth", "27-08-1979"),
    ctx="Before I can apply the credit, can you confirm your date of birth, please?")
add("en", "The credit of £52.80 will show on your next bill, dated the 3rd of May, and I've "
    "added a roaming cap of £10 from today.")

def en_spell(s, sep=", "):
    """IBAN read out in fours: letters one by one, digits as words, zero as 'oh'."""
    out = []
    for i in range(0, len(s), 4):
        out.append(" ".join(c if c.isalpha() else ("oh" if c == "0" else EN_D[int(c)])
                            for c in s[i:i + 4]))
    return sep.join(out)


# -- call 7: contract end and retention, Inverness
add("en", "Aye, hello, it's Alasdair MacLeod, my contract's up at the end of the month and I'm "
    "wanting to leave.", ("name", "Alasdair MacLeod"))
add("en", "I'm paying 48 pound for broadband and TV, and the new customers are getting it for "
    "29.99, it's a joke.")
add("en", "And the mobile on the account, is that still %s?" % grp(EN_PH_UK2, (5, 3, 3)),
    ("phone", grp(EN_PH_UK2, (5, 3, 3))))
add("en", "What I can do is the Superfibre 500 for £32 a month for 18 months, and I'll throw "
    "in the Movies pack free for the first 6 months.")
add("en", "Aye, fine. And change the direct debit while you're at it, the new bank's IBAN is "
    "%s." % g4(EN_IBAN_GB), ("iban", g4(EN_IBAN_GB)))
add("en", "Your new contract starts on the 1st of July and runs to the 31st of December 2026, "
    "and you've got a 14-day cooling-off period.")
add("en", "so thats 32 pound from july and the box stays the same aye")

# -- call 8: stolen phone and SIM block, Atlanta
add("en", "Hey, uh, my phone got stolen last night, this is Dwayne Jackson, I need to block the "
    "line like right now.", ("name", "Dwayne Jackson"))
add("en", "It's %s." % say_en(EN_PH_US2, (-3, -3, -4), oh=True),
    ("phone", say_en(EN_PH_US2, (-3, -3, -4), oh=True)),
    ctx="I'm sorry to hear that. What's the number on the line?")
add("en", "Uh, %s." % say_en(EN_SSN2, (-3, -2, -4), oh=True),
    ("id", say_en(EN_SSN2, (-3, -2, -4), oh=True)),
    ctx="To verify, I'll need the full Social on the account.")
add("en", "D.O.B. is 2/14/83.", ("date_of_birth", "2/14/83"))
add("en", "Okay, I've suspended the line as of 7:42 a.m. Eastern, the replacement SIM is $10 and "
    "ships in 2 business days.")
add("en", "Your tracking number is 9400 1118 9922 3056 7714 52, and the claim number for the "
    "insurance is 88213.")
add("en", "Send the confirmation to d dot jackson four oh four at yahoo dot com.",
    ("email", "d dot jackson four oh four at yahoo dot com"))
add("en", "Just put the ten dollars on my Amex. %s." % grp(EN_CARD3, (4, 6, 5)),
    ("card", grp(EN_CARD3, (4, 6, 5))))

# -- call 9: expat postpaid line, Riyadh
add("en", "Hello, my name is Arun Kumar Nair, I want to take one postpaid connection, the 5G "
    "one.", ("name", "Arun Kumar Nair"))
add("en", "My Iqama number is %s." % grp(EN_IQAMA, (3, 3, 4)),
    ("id", grp(EN_IQAMA, (3, 3, 4))))
add("en", "Present number is %s, that is a prepaid." % say_en(EN_PH_SA, (-10,)),
    ("phone", say_en(EN_PH_SA, (-10,))))
add("en", "Date of birth, 15-07-1984.", ("date_of_birth", "15-07-1984"),
    ctx="I need also your date of birth as in the Iqama, please.")
add("en", "Sir, the 5G Plus package is 287.50 riyals including VAT, with 200 GB and 1,000 local "
    "minutes, and the commitment is 24 months.")
add("en", "For the auto payment, my IBAN is %s." % g4(EN_IBAN_SA), ("iban", g4(EN_IBAN_SA)))
add("en", "Thank you, Mr. Arun. The SIM will be active within 2 hours after the verification, "
    "you will get an SMS from 900.", ("name", "Arun"))

# -- call 10: TV and internet for new immigrants, Israel (English line of the provider)
add("en", "Hi, yes, my name is Shira Goldfarb, we just made aliyah and I'm trying to set up "
    "internet and TV.", ("name", "Shira Goldfarb"))
add("en", "Sure, it's %s." % say_en(EN_TZ1, (-3, -3, -3), oh=True),
    ("id", say_en(EN_TZ1, (-3, -3, -3), oh=True)),
    ctx="Okay, I'll open the account, I need your teudat zehut number.")
add("en", "The new address is Rehov HaShaked 12, apartment 7, Modi'in.",
    ("address", "Rehov HaShaked 12, apartment 7, Modi'in"))
add("en", "my israeli number is %s and email is shira.goldfarb@walla.co.il"
    % grp(EN_PH_IL, (3, 3, 4), "-"),
    ("phone", grp(EN_PH_IL, (3, 3, 4), "-")), ("email", "shira.goldfarb@walla.co.il"))
add("en", "June 30th, 1990.", ("date_of_birth", "June 30th, 1990"),
    ctx="And the date of birth, as it appears on the teudat zehut?")
add("en", "The triple package is 219 shekels a month for the first year, then it goes up to "
    "289, and the technician can come on Sunday between 12 and 4.")
add("en", "For the standing order, the IBAN is %s." % g4(EN_IBAN_IL), ("iban", g4(EN_IBAN_IL)))
add("en", "The router is the Sagemcom one, model F@st 5866, and the Wi-Fi password is on the "
    "sticker, 12 characters.")

# -- call 11: café business broadband, Galway
add("en", "Hi, Niamh Byrne here from the Quay Café, our broadband's been down since 8 this "
    "morning.", ("name", "Niamh Byrne"))
add("en", "We've 40 covers and the card machine runs off the Wi-Fi, so we can't be down on a "
    "Saturday, like.")
add("en", "It's 9 Quay Street, Galway, H91 X2R4.", ("address", "9 Quay Street, Galway, H91 X2R4"),
    ctx="Can you confirm the business address for me?")
add("en", "Okay, there's a known outage in Galway city affecting about 300 customers, the "
    "engineers reckon it'll be fixed by 3 p.m.")
add("en", "niamh at thequaycafe dot ie", ("email", "niamh at thequaycafe dot ie"),
    ctx="What email should the outage updates go to?")
add("en", "And for the new direct debit, it's %s." % en_spell(EN_IBAN_IE2),
    ("iban", en_spell(EN_IBAN_IE2)))
add("en", "As a goodwill gesture I'll credit 2 days of line rental, that's €4.60, on the bill "
    "of the 15th, and your business plan renews in March 2027.")

# -- call 12: prepaid top-up with a card, Lagos
add("en", "Good afternoon, my name is Chukwuemeka Obi, I'm trying to recharge my line with my "
    "card on the app and it keeps failing.", ("name", "Chukwuemeka Obi"))
add("en", "I tried to buy the 10GB bundle for 3,500 naira, it debited me twice, at 9:14 and "
    "9:16, and I still have 0.2 GB.")
add("en", "The card is a Verve, %s." % grp(EN_CARD7, (4, 4, 4, 4, 3)),
    ("card", grp(EN_CARD7, (4, 4, 4, 4, 3))))
add("en", "The line is +234 803 417 2209, that's the one I'm calling with.",
    ("phone", "+234 803 417 2209"))
add("en", "Sorry about that, sir. The reversal takes 24 to 48 hours, and your complaint ID is "
    "GW-20931-77.")

# -- call 13: moving house with broadband, Cardiff
add("en", "We're moving from 3 Heol y Deri, Rhiwbina, CF14 6HF to 58 Cathedral Road, Pontcanna, "
    "CF11 9LL.", ("address", "3 Heol y Deri, Rhiwbina, CF14 6HF"),
    ("address", "58 Cathedral Road, Pontcanna, CF11 9LL"))
add("en", "Lovely, the move is booked for Friday the 12th, there's a £30 home move fee, and the "
    "broadband might be off for up to 2 days.")
_c4 = EN_CARD4
_c4_span = "%s, %s, no sorry, %s, %s, %s" % (
    say_en(_c4[:4], (-4,)), say_en(_c4[4:6], (-2,)), say_en(_c4[4:8], (-4,)),
    say_en(_c4[8:12], (-4,), oh=True), say_en(_c4[12:], (-4,)))
add("en", "Okay, put the thirty quid on this one, %s." % _c4_span, ("card", _c4_span))
add("en", "Cathedral Road's closed near the Sophia Gardens end till June, so tell the engineer "
    "to come in off Cowbridge Road.")

# -- call 14: TV package, Dubai
add("en", "Hi, this is Joanna D'Souza, I want to add the Indian channels pack on my TV.",
    ("name", "Joanna D'Souza"))
add("en", "The South Asian pack is 45 dirhams a month, or 499 for 12 months, with 60 channels, "
    "Star Plus, Zee, Sony, all of them.")
_c5_span = "%s %s %s" % (EN_CARD5[:4], EN_CARD5[4:8], say_en(EN_CARD5[8:], (-4, -4), sep=" "))
add("en", "Use the Mastercard, %s." % _c5_span, ("card", _c5_span))
add("en", "And the refund of the old box deposit, can it go to my account? It's %s."
    % g4(EN_IBAN_AE), ("iban", g4(EN_IBAN_AE)))
add("en", "Your deposit of 200 dirhams will be refunded within 14 working days, and the "
    "receipt number is 7718 2290.")

# -- call 15: contract in Crete (English line of a Greek provider)
add("en", "My AFM, the tax number, is %s." % say_en(EN_AFM, (-3, -3, -3), oh=True),
    ("id", say_en(EN_AFM, (-3, -3, -3), oh=True)))
add("en", "I live at Eleftheriou Venizelou 23, Agios Nikolaos, 72100, it's the house above the "
    "bakery.", ("address", "Eleftheriou Venizelou 23, Agios Nikolaos, 72100"))
add("en", "The fibre isn't in the village yet, so it's the 4G router, 30 euros a month, on a "
    "24 month contract starting the 1st of October.")
add("en", "The bank is Piraeus, and the IBAN is %s." % g4(EN_IBAN_GR), ("iban", g4(EN_IBAN_GR)))
add("en", "Our shop is on Kritis Street, next to the Lidl, it opens at 9 and closes at 2 on "
    "Wednesdays.")

# -- call 16: roaming charges, Cyprus
add("en", "I was in London for 5 days and they charged me 38 euro 40, the Roam Like Home "
    "should cover it, no?")
add("en", "My number is plus three five seven, %s." % say_en(EN_PH_CY, (2, 2, 2, 2)),
    ("phone", "plus three five seven, %s" % say_en(EN_PH_CY, (2, 2, 2, 2))))
add("en", "Since the 1st of March the fair use limit is 17 GB, you used 21.3, so the 4.3 GB "
    "over is charged at 1.55 per GB plus VAT.")
add("en", "ok then refund it to my bank %s" % g4(EN_IBAN_CY).lower(),
    ("iban", g4(EN_IBAN_CY).lower()))

# -- call 17: satellite TV, Texas
add("en", "yeah my social is %s" % grp(EN_SSN3, (3, 2, 4)), ("id", grp(EN_SSN3, (3, 2, 4))),
    ctx="For the new account I need the Social Security number of the account holder.")
add("en", "It's a Discover card, %s." % grp(EN_CARD6, (4, 4, 4, 4)),
    ("card", grp(EN_CARD6, (4, 4, 4, 4))))
add("en", "cody underscore r seventy-seven at sbcglobal dot net",
    ("email", "cody underscore r seventy-seven at sbcglobal dot net"),
    ctx="And what email do you want the bills sent to?")
add("en", "The sports pack is $14.99 a month, and the Cowboys game on Sunday is at 3:25 Central "
    "on channel 212.")
add("en", "Your dish install is Saturday, 8 a.m. to noon, ticket number 4488219003.")

# -- call 18: Jeddah and Haifa, ID checks on the English line
add("en", "Yes, my national ID is %s, and I want to pay with Diners Club, %s."
    % (grp(EN_SAID, (4, 3, 3)), grp(EN_CARD8, (4, 6, 4))),
    ("id", grp(EN_SAID, (4, 3, 3))), ("card", grp(EN_CARD8, (4, 6, 4))))
add("en", "The Hajj roaming package is 99 riyals for 10 days, and it works from the 5th of "
    "Dhul Hijjah.")
add("en", "um the ID number is %s" % say_en(EN_TZ2, (-9,), oh=True, double=True),
    ("id", say_en(EN_TZ2, (-9,), oh=True, double=True)),
    ctx="I made aliyah from Manchester, and we've had no internet since Shabbat. Okay, to "
    "open a fault I need the teudat zehut of the account holder.")

# -- extra lines from the calls above
add("en", "We had a power cut on Wednesday the 4th and since then the box shows error E-104, "
    "I've restarted it 3 times.")
add("en", "You've been on the Essentials bundle since January 2021, you've paid 1,296 pounds "
    "over 36 months, so the early exit fee would be £0 now.")
add("en", "Text STOP to 85075 or dial 150 from your mobile to turn off the roaming alerts.")
add("en", "Can you deliver the new router to my work instead? Unit 12, Enterprise Park, "
    "Swansea, SA6 8QN.", ("address", "Unit 12, Enterprise Park, Swansea, SA6 8QN"))
COMPLETE.add("en")

# ---------------------------------------------------------------------------
# Arabic. Calls: new 5G postpaid line (Riyadh, Najdi), SIM blocked after an Iqama
# renewal (Egyptian in Riyadh), home fibre fault (Sharjah, Emirati), landline internet
# fault (Cairo), disputed mobile charge (Cairo, young caller), new fibre line (Amman),
# dollar top-up (Beirut), 4G box fault (Casablanca, Darija), sports TV package (Doha,
# MSA), moving internet to a new flat (Nazareth, Arabic line of an Israeli provider),
# roaming bill (Kuwait), ending a home-internet contract (Jeddah), expat SIMs (Riyadh).
# ---------------------------------------------------------------------------
AR_SAID1 = saudi("110384726")
AR_SAID2 = saudi("107529381")
AR_SAID3 = saudi("114067253")
AR_IQ1 = saudi("234810975")
AR_IQ2 = saudi("251763048")
AR_IQ3 = saudi("220498317")
AR_TZ1 = tz("03154872")
AR_TZ2 = tz("20867534")
AR_CARD1 = card("440647103852917")    # mada / Visa
AR_CARD2 = card("588845201937462")    # mada
AR_CARD3 = card("507803118264935")    # Meeza
AR_CARD4 = card("545721094483260")    # Mastercard
AR_CARD5 = card("37625519480372")     # Amex, 15
AR_CARD6 = card("410938275516043")    # Visa
AR_CARD7 = card("523914008271659")    # Mastercard
AR_CARD8 = card("476173920158834")    # Visa
AR_IBAN_SA1 = iban("SA", "10" + "000012938475610203")
AR_IBAN_SA2 = iban("SA", "45" + "000000182736450019")
AR_IBAN_AE = iban("AE", "026" + "0001015829374401")
AR_IBAN_JO = iban("JO", "ARAB" + "1100" + "000000113829470500")
AR_IBAN_EG = iban("EG", "0019" + "0005" + "00000000263180002")
AR_IBAN_QA = iban("QA", "QNBA" + "000000000728349150017")
AR_IBAN_KW = iban("KW", "NBOK" + "0000000000002018374519")
AR_IBAN_IL = iban("IL", "010" + "913" + "0000000261845")
AR_PH_SA2 = "0561834092"
AR_PH_AE = "0557201836"
AR_PH_EG1 = "01006381247"
AR_PH_EG2 = "0224187735"
AR_PH_JO = "0795518302"
AR_PH_MA = "0661427815"
AR_PH_IL = "0528316470"

# -- call 1: new 5G postpaid line, Riyadh
add("ar", "هلا والله، معك نايف من سما للاتصالات، كيف أقدر أخدمك؟", ("name", "نايف"))
add("ar", "هلا أخوي، معك عبدالله الشهري، أبغى أطلع خط مفوتر فايف جي.",
    ("name", "عبدالله الشهري"))
add("ar", "أبشر يا عبدالله، عطني رقم الهوية لو سمحت.", ("name", "عبدالله"))
add("ar", "رقم الهوية %s" % ard(grp(AR_SAID1, (4, 3, 3))),
    ("id", ard(grp(AR_SAID1, (4, 3, 3)))))
add("ar", "تاريخ الميلاد بالهجري ١٤٠٨/٠٥/١٢", ("date_of_birth", "١٤٠٨/٠٥/١٢"))
add("ar", "الباقة فيها ٢٠٠ جيجا ومكالمات غير محدودة بـ ٢٣٠ ريال شامل الضريبة، والالتزام ١٢ "
    "شهر.")
add("ar", "العنوان الوطني: حي النرجس، شارع عثمان بن عفان، مبنى ٧٧٢١، الرياض ١٣٣٢٧",
    ("address", "حي النرجس، شارع عثمان بن عفان، مبنى ٧٧٢١، الرياض ١٣٣٢٧"))
add("ar", "بدفع بمدى، الرقم %s" % grp(AR_CARD1, (4, 4, 4, 4)),
    ("card", grp(AR_CARD1, (4, 4, 4, 4))))
add("ar", "بيوصلك رسالة من أبشر خلال ٥ دقايق، والمندوب يوصل الشريحة يوم الأحد بين ٤ و ٩ "
    "المسا.")
add("ar", "والفاتورة بتنسحب من حسابي، الآيبان %s" % g4(AR_IBAN_SA1), ("iban", g4(AR_IBAN_SA1)))

# -- call 2: SIM blocked after the Iqama was renewed (Egyptian in Riyadh)
add("ar", "السلام عليكم، أنا اسمي محمود عبد الفتاح، الخط بتاعي اتقفل عشان الإقامة اتجددت.",
    ("name", "محمود عبد الفتاح"))
add("ar", "وعليكم السلام يا أستاذ محمود، ممكن رقم الإقامة الجديد؟", ("name", "محمود"))
add("ar", "أيوه، %s" % say_ar(AR_IQ2, (-10,), "egy"), ("id", say_ar(AR_IQ2, (-10,), "egy")),
    ctx="وعليكم السلام يا أستاذ محمود، ممكن رقم الإقامة الجديد؟")
add("ar", "ورقم الخط %s" % ard(grp(AR_PH_SA2, (4, 3, 3))),
    ("phone", ard(grp(AR_PH_SA2, (4, 3, 3)))))
add("ar", "الإقامة اتجددت يوم ١٢ رجب، والخط واقف بقاله ٣ أيام، وفيه رصيد ٤٥ ريال.")
add("ar", "تلاتة سبتمبر سبعة وتمانين", ("date_of_birth", "تلاتة سبتمبر سبعة وتمانين"),
    ctx="وتاريخ الميلاد زي ما هو في الإقامة؟")

# -- call 3: home fibre fault, Sharjah
add("ar", "مرحبا، معاك شمّا من خدمة العملاء، شو أقدر أساعدك؟", ("name", "شمّا"))
add("ar", "مرحبا، الإنترنت عندي في البيت مقطوع من أمس، والراوتر الضوء الأحمر فيه يرمش.")
add("ar", "أنا سالم الكتبي، والحساب باسمي.", ("name", "سالم الكتبي"))
add("ar", "العنوان فيلا ٢٧، شارع ١٢، الرحمانية ٤، الشارقة",
    ("address", "فيلا ٢٧، شارع ١٢، الرحمانية ٤، الشارقة"))
add("ar", "رقمي %s والإيميل salem.alketbi@gmail.com" % grp(AR_PH_AE, (3, 3, 4)),
    ("phone", grp(AR_PH_AE, (3, 3, 4))), ("email", "salem.alketbi@gmail.com"))
add("ar", "حجزنا لك موعد مع الفني يوم الخميس ١٤ مارس من الساعة ٨ لين ١٢، ورقم البلاغ ٤٤٨٢١٠٣.")
add("ar", "وعن الأيام اللي الخدمة كانت مقطوعة، رجعوا لي المبلغ على الآيبان %s" % g4(AR_IBAN_AE),
    ("iban", g4(AR_IBAN_AE)))
add("ar", "بنرجع لك ٣ أيام من الاشتراك، يعني ٣٤ درهم و٥٠ فلس، خلال ٥ أيام عمل.")

# -- call 4: landline internet fault, Cairo
add("ar", "ألو، أيوه يا فندم، أنا نرمين السيد، النت عندي فاصل من يوم الجمعة.",
    ("name", "نرمين السيد"))
add("ar", "ولا يهمك يا مدام نرمين، معاكي كريم، ممكن رقم التليفون الأرضي؟",
    ("name", "نرمين"), ("name", "كريم"))
add("ar", "%s" % say_ar(AR_PH_EG2, (-2, 2, 2, 2, 2), "egy", sep="، "),
    ("phone", say_ar(AR_PH_EG2, (-2, 2, 2, 2, 2), "egy", sep="، ")),
    ctx="ولا يهمك يا مدام نرمين، معاكي كريم، ممكن رقم التليفون الأرضي؟")
add("ar", "العنوان ١٤ شارع مكرم عبيد، مدينة نصر، الدور التالت، شقة ١٢",
    ("address", "١٤ شارع مكرم عبيد، مدينة نصر، الدور التالت، شقة ١٢"))
add("ar", "الباقة ١٤٠ جيجا بـ ٣٥٠ جنيه، اتجددت يوم ٥ في الشهر وخلصت بعد ١٠ أيام بس!")
add("ar", "تمام يا فندم، عملتلك شكوى رقم ٨٨٣٢٠١٤٥، والفني هيكلمك خلال ٤٨ ساعة.")
add("ar", "وهدفع الفاتورة بكارت ميزة، %s" % ard(grp(AR_CARD3, (4, 4, 4, 4))),
    ("card", ard(grp(AR_CARD3, (4, 4, 4, 4)))))
add("ar", "الإيميل nermeen.elsayed92@yahoo.com", ("email", "nermeen.elsayed92@yahoo.com"))
add("ar", "والتحويل من البنك بيكون على %s" % g4(AR_IBAN_EG), ("iban", g4(AR_IBAN_EG)),
    ctx="لو حضرتك عايزة تدفعي بالتحويل البنكي، محتاجين الآيبان بتاع حسابك.")

# -- call 5: disputed charge on a mobile line, Cairo
add("ar", "hi انا يوسف هشام، عايز اعرف الفلوس دي اتسحبت ليه", ("name", "يوسف هشام"))
add("ar", "اتخصم مني ٦٠ جنيه يوم ٢٢ أكتوبر على خدمة اسمها نغمتي، وأنا عمري ما اشتركت فيها.")
add("ar", "الرقم %s" % grp(AR_PH_EG1, (4, 3, 4)), ("phone", grp(AR_PH_EG1, (4, 3, 4))),
    ctx="ممكن رقم الموبايل اللي عليه المشكلة؟")
add("ar", "الإيميل يوسف دوت هشام ٩٩ آت جي ميل دوت كوم",
    ("email", "يوسف دوت هشام ٩٩ آت جي ميل دوت كوم"))
add("ar", "تاريخ ميلادي ١٧ / ٢ / ٢٠٠١", ("date_of_birth", "١٧ / ٢ / ٢٠٠١"))
add("ar", "تم إلغاء الخدمة واسترجاع الـ ٦٠ جنيه، وهتوصلك رسالة خلال ساعة.")

# -- call 6: new fibre line, Amman
add("ar", "أهلين، معك رامي من نجمة فايبر، كيف بقدر أساعدك؟", ("name", "رامي"))
add("ar", "مرحبا، أنا ديما الحوراني، بدي أشترك بالفايبر للبيت.", ("name", "ديما الحوراني"))
add("ar", "العنوان: الصويفية، شارع علي نصوح الطاهر، عمارة ١٩، الطابق الثالث",
    ("address", "الصويفية، شارع علي نصوح الطاهر، عمارة ١٩، الطابق الثالث"))
add("ar", "تلفوني %s" % say_ar(AR_PH_JO, (-3, -2, -2, -3), "lev", sep="، "),
    ("phone", say_ar(AR_PH_JO, (-3, -2, -2, -3), "lev", sep="، ")))
add("ar", "سرعة ١٠٠ ميغا بـ ٢٥ دينار بالشهر، والتركيب مجاني إذا وقعتي عقد سنتين، والفني بيجي "
    "خلال ٣ أيام عمل.")
add("ar", "الدفع بالاقتطاع من الحساب، الآيبان %s" % g4(AR_IBAN_JO), ("iban", g4(AR_IBAN_JO)))
add("ar", "ديما أندرسكور حوراني آت جيميل دوت كوم",
    ("email", "ديما أندرسكور حوراني آت جيميل دوت كوم"), ctx="وشو الإيميل تبعك؟")
add("ar", "تمام يا ديما، سجلت الطلب، ورقمه ٢٠٢٤٠٣١٧٦١.", ("name", "ديما"))
add("ar", "واحد وعشرين نيسان أربعة وتسعين", ("date_of_birth", "واحد وعشرين نيسان أربعة وتسعين"),
    ctx="بس بدي تاريخ الميلاد للعقد.")

# -- call 7: dollar top-up, Beirut
add("ar", "بونجور، أنا جورج حداد، بدي اشحن خطي بالدولار بس البطاقة ما عم تمشي.",
    ("name", "جورج حداد"))
add("ar", "٧١ ٤٠٨ ٥٥٢", ("phone", "٧١ ٤٠٨ ٥٥٢"), ctx="شو الرقم يللي بدك تشحنه؟")
add("ar", "الباقة ٧ جيغا بـ ٩ دولار و٥٠ سنت، صالحة ٣٠ يوم، وإذا خلصت قبل فيك تزيد ٢ جيغا بـ ٣ "
    "دولار.")
add("ar", "الكارت فيزا، %s" % grp(AR_CARD6, (4, 4, 4, 4)), ("card", grp(AR_CARD6, (4, 4, 4, 4))))
add("ar", "وبعتولي الفاتورة على georges.haddad@hotmail.com لو سمحت",
    ("email", "georges.haddad@hotmail.com"))
add("ar", "ووصلولي الشريحة الجديدة عالأشرفية، شارع مار مخايل، بناية نصار، الطابق الرابع",
    ("address", "الأشرفية، شارع مار مخايل، بناية نصار، الطابق الرابع"))
add("ar", "الموظف قلي إنو الشحن بيوصل خلال ١٠ دقايق، وصرلي ساعة ونص ناطر.")

# -- call 8: 4G box fault, Casablanca (Darija)
add("ar", "السلام، أنا سميرة بناني، عندي مشكل فالبوكس ديال الأنترنيت، ما خدامش من البارح.",
    ("name", "سميرة بناني"))
add("ar", "مرحبا لالة سميرة، معاك يوسف، عطيني عافاك النمرة ديالك.",
    ("name", "سميرة"), ("name", "يوسف"))
add("ar", "النمرة ديالي %s" % say_ar(AR_PH_MA, (-2, 2, 2, 2, 2), "mag", sep="، "),
    ("phone", say_ar(AR_PH_MA, (-2, 2, 2, 2, 2), "mag", sep="، ")))
add("ar", "العنوان: زنقة ابن منير، رقم ٤٥، الطابق الثاني، المعاريف، الدار البيضاء",
    ("address", "زنقة ابن منير، رقم ٤٥، الطابق الثاني، المعاريف، الدار البيضاء"))
add("ar", "الاشتراك ديالي ٢٤٩ درهم فالشهر، وخلصت الفاتورة ديال مارس نهار ٥، وباقي ما خدامش.")
add("ar", "بغيت نخلص بالكارط، %s" % grp(AR_CARD7, (4, 4, 4, 4)),
    ("card", grp(AR_CARD7, (4, 4, 4, 4))))
add("ar", "غادي نصيفطو ليك تقني نهار الثلاثاء ما بين ٩ و ١٢، ورقم الطلب ٧٧١٢٠٤٨.")
add("ar", "تاريخ الازدياد ديالي ١٢ / ٠٦ / ١٩٨٥", ("date_of_birth", "١٢ / ٠٦ / ١٩٨٥"))
add("ar", "الإيميل سميرة بوان بناني أروباز جيميل بوان كوم",
    ("email", "سميرة بوان بناني أروباز جيميل بوان كوم"))
add("ar", "البوكس هو الموديل B612، شريتو من الوكالة ديال شارع الزرقطوني عام ٢٠٢٢.")

# -- call 9: sports TV package, Doha (MSA)
add("ar", "مساء الخير، معك سارة من خدمة عملاء نجوم الرياضة، كيف يمكنني مساعدتك؟",
    ("name", "سارة"))
add("ar", "مساء النور، أنا خالد المري، أريد تجديد اشتراك الباقة الرياضية قبل بداية الدوري.",
    ("name", "خالد المري"))
add("ar", "الباقة السنوية بـ ١٢٠٠ ريال، وتشمل ١٢ قناة بدقة عالية، وتبدأ من ١ أغسطس حتى ٣١ "
    "يوليو.")
add("ar", "يمكنكم الخصم من حسابي، رقم الآيبان %s" % g4(AR_IBAN_QA), ("iban", g4(AR_IBAN_QA)))
add("ar", "البريد الإلكتروني خالد أندرسكور المري آت هوتميل دوت كوم",
    ("email", "خالد أندرسكور المري آت هوتميل دوت كوم"))
add("ar", "رقم جهاز الاستقبال ٤٨٢٠٠١٣٧٥٩٢٠، والبطاقة الذكية تنتهي صلاحيتها في ١٥ يوليو.")
add("ar", "سأدفع ببطاقة أمريكان إكسبريس، %s" % ard(grp(AR_CARD5, (4, 6, 5))),
    ("card", ard(grp(AR_CARD5, (4, 6, 5)))))
add("ar", "الخامس من يناير عام ألف وتسعمئة وثمانية وثمانين",
    ("date_of_birth", "الخامس من يناير عام ألف وتسعمئة وثمانية وثمانين"),
    ctx="لتحديث البيانات، ما هو تاريخ ميلادك من فضلك؟")

# -- call 10: moving internet to a new flat, Nazareth (Arabic line of an Israeli provider)
add("ar", "أهلا، معك هبة، كيف بقدر أساعدك؟", ("name", "هبة"))
add("ar", "مرحبا، أنا وسيم خوري من الناصرة، بدي أنقل الإنترنت لبيت جديد.",
    ("name", "وسيم خوري"))
add("ar", "رقم الهوية %s" % say_ar(AR_TZ1, (-9,), "lev"),
    ("id", say_ar(AR_TZ1, (-9,), "lev")))
add("ar", "البيت الجديد بشارع البشارة ١٤، الطابق التاني، الناصرة",
    ("address", "شارع البشارة ١٤، الطابق التاني، الناصرة"))
add("ar", "رقمي %s" % grp(AR_PH_IL, (3, 3, 4), "-"), ("phone", grp(AR_PH_IL, (3, 3, 4), "-")))
add("ar", "وبدي أغير الحساب اللي بتنخصم منه الفاتورة، هاد الآيبان الجديد %s" % g4(AR_IBAN_IL),
    ("iban", g4(AR_IBAN_IL)))
add("ar", "النقل بكلف ١٤٩ شيكل، والفني بيجي يوم الأحد ٣/١١ بين ٨ و ١٢، والسرعة بتضل ٥٠٠ ميغا.")
add("ar", "أربعة تموز واحد وتسعين", ("date_of_birth", "أربعة تموز واحد وتسعين"),
    ctx="وتاريخ الميلاد؟")

# -- call 11: roaming bill, Kuwait
add("ar", "هلا، عندي فاتورة تجوال ٨٥ دينار، وأنا كنت بلندن ٦ أيام بس، وكان عندي باقة تجوال.")
add("ar", "رقمي +965 6631 0482 والحساب باسمي", ("phone", "+965 6631 0482"))
add("ar", "باقة التجوال ٥ دنانير لـ ٧ أيام فيها ٣ جيجا، وانت استهلكت ٧.٢ جيجا، فالزيادة "
    "انحسبت على ١٧ فلس لكل ميجا.")
add("ar", "أبشر أستاذ بدر، بس خلني أتأكد من تاريخ الميلاد.", ("name", "بدر"))
add("ar", "٢٨ / ١١ / ١٩٩٢", ("date_of_birth", "٢٨ / ١١ / ١٩٩٢"),
    ctx="أبشر أستاذ بدر، بس خلني أتأكد من تاريخ الميلاد.")
add("ar", "والعنوان سلوى، قطعة ١٢، شارع ٥، منزل ٢٣", ("address", "سلوى، قطعة ١٢، شارع ٥، منزل ٢٣"),
    ctx="عشان نرسل لك الفاتورة المعدلة، شنو العنوان؟")
add("ar", "رجعوا الفرق على حسابي %s" % g4(AR_IBAN_KW), ("iban", g4(AR_IBAN_KW)))
_ar_c8 = "%s، %s" % (say_ar(AR_CARD8[:8], (-4, -4), "gulf", sep="، "),
                     grp(AR_CARD8[8:], (4, 4)))
add("ar", "ولا خلاص، بدفع الباقي بالفيزا %s" % _ar_c8, ("card", _ar_c8))
add("ar", "تم تعديل الفاتورة، المبلغ الجديد ٤١ دينار و٦٠٠ فلس، ويستحق الدفع يوم ١٠ الشهر الجاي.")

# -- call 12: ending a home-internet contract, Jeddah
add("ar", "السلام عليكم، أنا ريم الغامدي، عقد الإنترنت حقي يخلص آخر الشهر وأبغى ألغيه.",
    ("name", "ريم الغامدي"))
add("ar", "رقم الهوية %s" % AR_SAID2, ("id", AR_SAID2))
add("ar", "العقد بدأ في ١ / ٩ / ٢٠٢٢ ومدته ٢٤ شهر، فما عليك غرامة إلغاء، بس الراوتر لازم "
    "يترجع خلال ١٤ يوم.")
add("ar", "يعني اشتراكي الحين ٣٤٥ ريال بالشهر، وشفت عرض ١٩٩ ريال للعملاء الجدد، ليش ما "
    "تعطوني إياه؟")
add("ar", "أوكي خلاص بجدد بالعرض، وادفع رسوم التفعيل بالمدى %s" % ard(grp(AR_CARD2, (4, 4, 4, 4))),
    ("card", ard(grp(AR_CARD2, (4, 4, 4, 4)))))
add("ar", "والتأمين حق الراوتر القديم، ٢٠٠ ريال، رجعوه على %s" % g4(AR_IBAN_SA2),
    ("iban", g4(AR_IBAN_SA2)))
add("ar", "وأرسلوا العقد الجديد على reem.alghamdi@outlook.sa", ("email", "reem.alghamdi@outlook.sa"))
add("ar", "أقرب فرع لإرجاع الراوتر في طريق الملك عبدالعزيز، جنب بن داود، يفتح من ٤ العصر لين ١١.")

# -- call 13: SIMs for expats and ID checks (Riyadh, Umm al-Fahm)
add("ar", "السلام عليكم، رقم إقامتي %s، والخط باسمي." % ard(grp(AR_IQ1, (3, 3, 4))),
    ("id", ard(grp(AR_IQ1, (3, 3, 4)))))
add("ar", "%s" % say_ar(AR_IQ3, (-10,), "gulf"), ("id", say_ar(AR_IQ3, (-10,), "gulf")),
    ctx="طيب، عطني رقم الإقامة لو سمحت.")
add("ar", "هويتي الوطنية %s" % grp(AR_SAID3, (4, 3, 3)), ("id", grp(AR_SAID3, (4, 3, 3))))
add("ar", "الشريحة مسبقة الدفع بـ ٣٠ ريال، فيها ٥ جيجا و١٠٠ دقيقة، وصالحة ٢٨ يوم.")
add("ar", "لازم تروح أقرب فرع، فيه فرع في العليا وفرع في حي الملز، وخذ معك الجواز والإقامة.")
add("ar", "رقم هويتي %s، أنا من أم الفحم" % say_ar(AR_TZ2, (-3, -3, -3), "lev", sep="، "),
    ("id", say_ar(AR_TZ2, (-3, -3, -3), "lev", sep="، ")))
add("ar", "أوكي، الدفع ببطاقة ماستركارد، %s" % ard(grp(AR_CARD4, (4, 4, 4, 4))),
    ("card", ard(grp(AR_CARD4, (4, 4, 4, 4)))))

# -- more non-personal lines from these calls
add("ar", "الفاتورة الأخيرة طلعت ٣١٢ ريال، والشهر اللي قبله كانت ١٨٥ بس، وما تغير شي في "
    "استخدامي.")
add("ar", "العرض ساري من ١ رمضان حتى ٣٠ شوال، وفيه خصم ٥٠٪ على أول ٣ شهور.")
add("ar", "المودم هواوي، موديل HG8245، والإشارة ضعيفة في الدور التالت.")
add("ar", "فيه عطل عام في منطقة المهندسين والدقي، ومتوقع الخدمة ترجع الساعة ٦ المغرب.")
add("ar", "رقم الشكوى بتاعك ٢٠٢٥٠٠٤٧٨١٩٣، احتفظ بيه لو احتجت تتابع.")
add("ar", "تقدر تنقل رقمك لشبكتنا مجاناً، النقل ياخذ من ٢ إلى ٢٤ ساعة، وتحتفظ بنفس الرقم.")
add("ar", "خلص العقد يوم ٣٠ يونيو، ومن ١ يوليو صار السعر ٢٢٩ بدل ١٧٩.")
add("ar", "الفاتورة بتصدر كل شهر يوم ١٨، وآخر موعد للدفع بعدها بـ ٧ أيام.")
add("ar", "دقيقة المكالمة الدولية لمصر بـ ٤٥ هللة، ولباكستان بـ ٦٠ هللة.")
add("ar", "السرعة المفروض ٥٠٠ ميجا بس القياس يعطيني ٤٨، وسويت ريستارت للراوتر ٣ مرات.")
add("ar", "عندكم عرض لطلاب جامعة الملك سعود؟ أنا طالب بالسنة التانية.")
add("ar", "الباقة العائلية فيها ٤ خطوط، كل خط ٤٠ جيجا، بـ ٣٩٩ ريال بالشهر.")
add("ar", "يعني الفني جا يوم السبت الساعة ١١ وقال الكابل مقطوع برا، ومن يومها ما حدا رجع.")
COMPLETE.add("ar")

# ---------------------------------------------------------------------------
# Hebrew. Calls: new mobile line for a discharged soldier, moving a number to a new
# network (immigrant from Russia), fibre installation (Ethiopian-Israeli caller,
# Netanya), sports TV package (immigrant from France, Ashdod), disputed charge (Arab
# citizen, Umm al-Fahm), roaming abroad (immigrant from the US), leaving the provider
# (Jerusalem), lost phone, business line for a falafel shop, internet fault, kosher line
# (Bnei Brak), moving house with internet (Be'er Sheva).
# ---------------------------------------------------------------------------
HE_TZ1 = tz("31842759")
HE_TZ2 = tz("20573916")
HE_TZ3 = tz("05938174")
HE_TZ4 = tz("33091846")
HE_TZ5 = tz("21746580")
HE_TZ6 = tz("06628315")
HE_TZ7 = tz("34475102")
HE_TZ8 = tz("30159927")
HE_CARD1 = card("458012376651023")    # Visa
HE_CARD2 = card("532610448972315")    # Mastercard (Isracard)
HE_CARD3 = card("37548810293746")     # Amex, 15
HE_CARD4 = card("3641829705518")      # Diners, 14
HE_CARD5 = card("401795328846102")    # Visa (Max)
HE_CARD6 = card("557819204736185")    # Mastercard
HE_CARD7 = card("491283075519620")    # Visa
HE_CARD8 = card("516732980014457")    # Mastercard
HE_IBAN1 = iban("IL", "010" + "912" + "0000003847261")
HE_IBAN2 = iban("IL", "012" + "617" + "0000000520938")
HE_IBAN3 = iban("IL", "011" + "054" + "0000000184470")
HE_IBAN4 = iban("IL", "020" + "468" + "0000000297315")
HE_IBAN5 = iban("IL", "031" + "023" + "0000000611842")
HE_IBAN6 = iban("IL", "017" + "705" + "0000000073529")
HE_IBAN7 = iban("IL", "054" + "101" + "0000000448016")
HE_IBAN_FR = iban("FR", "30066" + "10021" + "00010582733" + "56")
HE_PH1 = "0526418893"
HE_PH2 = "0547203158"
HE_PH3 = "0503379461"
HE_PH4 = "0586620714"
HE_PH5 = "036417752"
HE_PH6 = "026519384"

# -- call 1: new mobile line for a discharged soldier
add("he", "גלנט מובייל שלום, מדברת שני, איך אפשר לעזור?", ("name", "שני"))
add("he", "היי, מדבר אביעד כהן, אני רוצה לפתוח קו חדש, השתחררתי עכשיו וראיתי שיש לכם מבצע "
    "לחיילים משוחררים.", ("name", "אביעד כהן"))
add("he", "בשמחה אביעד, אני צריכה מספר תעודת זהות.", ("name", "אביעד"))
add("he", "כן, %s" % say_he(HE_TZ1, (-3, -3, -3), sep=", "),
    ("id", say_he(HE_TZ1, (-3, -3, -3), sep=", ")),
    ctx="בשמחה אביעד, אני צריכה מספר תעודת זהות.")
add("he", "ותאריך לידה שלושה במאי אלפיים ואחת", ("date_of_birth", "שלושה במאי אלפיים ואחת"))
add("he", "החבילה של 200 ג'יגה עולה 29.90 ₪ לחודש, המחיר מובטח ל-24 חודשים, ויש גם 5 ג'יגה "
    "גלישה בחו\"ל.")
add("he", "הכרטיס זה ויזה, %s" % grp(HE_CARD1, (4, 4, 4, 4)), ("card", grp(HE_CARD1, (4, 4, 4, 4))))
add("he", "הסים יגיע אליך תוך 3 ימי עסקים, ותקבל הודעה כשהקו פעיל, בדרך כלל עד 4 שעות אחרי "
    "שמכניסים אותו.")

# -- call 2: moving a number to the network (immigrant from Russia)
add("he", "שלום, אני אולגה קוזלובה, אני רוצה להעביר את המספר שלי אליכם, איך זה נקרא... ניוד.",
    ("name", "אולגה קוזלובה"))
add("he", "בטח אולגה, מה המספר שאת רוצה לנייד?", ("name", "אולגה"))
add("he", "כן, זה %s" % say_he(HE_PH1, (-3, -3, -4), sep=", "),
    ("phone", say_he(HE_PH1, (-3, -3, -4), sep=", ")),
    ctx="בטח אולגה, מה המספר שאת רוצה לנייד?")
add("he", "תעודת זהות, רגע... %s" % grp(HE_TZ2, (3, 3, 3)), ("id", grp(HE_TZ2, (3, 3, 3))))
add("he", "הניוד לוקח בדרך כלל עד 24 שעות, ואת לא משלמת כלום על המעבר, רק 39 ₪ לחודש.")
add("he", "מייל olga.kozlova1979@mail.ru", ("email", "olga.kozlova1979@mail.ru"))
add("he", "בחברה הקודמת אני משלמת 65 שקל, והם אמרו לי שיש קנס 120 אם אני עוזבת לפני סוף השנה.")

# -- call 3: fibre installation, Netanya
add("he", "שלום, קוראים לי מולו אדמסו, הזמנתי סיבים לפני שבועיים ועוד לא באו.",
    ("name", "מולו אדמסו"))
add("he", "אני רואה את ההזמנה, מולו. מה הכתובת להתקנה?", ("name", "מולו"))
add("he", "רחוב דוד רמז 18, דירה 9, קומה רביעית, נתניה",
    ("address", "רחוב דוד רמז 18, דירה 9, קומה רביעית, נתניה"),
    ctx="אני רואה את ההזמנה, מולו. מה הכתובת להתקנה?")
add("he", "הטכנאי יגיע ביום רביעי, 12 ביוני, בין 8 ל-12, וההתקנה לוקחת בערך שעתיים וחצי.")
add("he", "הטלפון שלי %s, תגידו לו להתקשר לפני" % grp(HE_PH2, (3, 3, 4), "-"),
    ("phone", grp(HE_PH2, (3, 3, 4), "-")))
add("he", "הסיבים עולים 99 ₪ לחודש עם נתב, ואחרי 12 חודשים זה עולה ל-129.")

# -- call 4: sports TV package, Ashdod (immigrant from France)
add("he", "אלו, בונז'ור... סליחה, שלום, אני ז'אן-מישל אזולאי, אני רוצה להוסיף ערוצי ספורט.",
    ("name", "ז'אן-מישל אזולאי"))
add("he", "בשמחה אדון אזולאי, שמי דנה, אני אעזור לך.", ("name", "אזולאי"), ("name", "דנה"))
add("he", "חבילת הספורט עולה 49 ₪ לחודש, כוללת 4 ערוצים, וליגת האלופות מתחילה ב-17 בספטמבר.")
add("he", "תחייבי את האמריקן אקספרס, %s" % grp(HE_CARD3, (4, 6, 5)),
    ("card", grp(HE_CARD3, (4, 6, 5))))
add("he", "ואפשר הוראת קבע מהחשבון בצרפת? ה-IBAN שלי %s" % g4(HE_IBAN_FR),
    ("iban", g4(HE_IBAN_FR)))
add("he", "תשלחו את הממיר לכתובת: רחוב הנביאים 7, רובע ג', אשדוד",
    ("address", "רחוב הנביאים 7, רובע ג', אשדוד"))
add("he", "נולדתי ב-14 ביולי 1962", ("date_of_birth", "14 ביולי 1962"))

# -- call 5: disputed charge (Arab citizen, Umm al-Fahm)
add("he", "שלום, אני מוחמד אגבאריה מאום אל-פחם, יש לי חיוב בחשבון שאני לא מבין אותו.",
    ("name", "מוחמד אגבאריה"))
add("he", "אין בעיה מוחמד, תן לי תעודת זהות בבקשה.", ("name", "מוחמד"))
add("he", "%s" % say_he(HE_TZ4, (-3, -3, -3), masc=True, sep=", "),
    ("id", say_he(HE_TZ4, (-3, -3, -3), masc=True, sep=", ")),
    ctx="אין בעיה מוחמד, תן לי תעודת זהות בבקשה.")
add("he", "חייבו אותי 89.90 על חבילת גלישה בחו\"ל ב-3 באפריל, ואני בכלל לא יצאתי מהארץ.")
add("he", "אני רואה שהחבילה הופעלה ב-02:14 בלילה, אני מבטלת ומזכה אותך ב-89.90, זה יופיע "
    "בחשבונית של מאי.")
add("he", "ותעדכנו את הוראת הקבע, זה החשבון החדש בלאומי: %s" % g4(HE_IBAN1),
    ("iban", g4(HE_IBAN1)))
add("he", "הטלפון בבית 04-6310427", ("phone", "04-6310427"))

# -- call 6: roaming abroad (immigrant from the US)
add("he", "היי, זה ג'וש פלדמן, אני בלונדון ואין לי גלישה בכלל.", ("name", "ג'וש פלדמן"))
add("he", "קניתי את חבילת ה-10 ג'יגה ל-14 יום ב-59 ₪, והיא הופעלה אתמול ב-6 בערב.")
add("he", "המייל שלי ג'וש נקודה פלדמן שטרודל ג'ימייל נקודה קום",
    ("email", "ג'וש נקודה פלדמן שטרודל ג'ימייל נקודה קום"))
add("he", "תנסה להפעיל נדידה בהגדרות, לבחור ידנית את הרשת Vodafone UK, ואז להפעיל מחדש את "
    "המכשיר.")
add("he", "המספר שלי בארץ הוא +972-54-881-2046", ("phone", "+972-54-881-2046"))
_he_c6 = "%s %s" % (grp(HE_CARD6[:8], (4, 4)), say_he(HE_CARD6[8:], (-4, -4), sep=", "))
add("he", "תחייבו את החבילה הנוספת במאסטרקארד, %s" % _he_c6, ("card", _he_c6))

# -- call 7: leaving the provider, Jerusalem
add("he", "שלום, מדברת רחל ביטון, אני רוצה להתנתק, נמאס לי, כל חודש החשבון עולה.",
    ("name", "רחל ביטון"))
add("he", "אני מבינה, גברת ביטון, לפני שאת הולכת בואי נראה מה אפשר לעשות.", ("name", "ביטון"))
add("he", "אני משלמת 189 שקל על טלוויזיה ואינטרנט, והבת שלי משלמת 99 על אותו דבר בדיוק.")
add("he", "אני יכולה להציע לך 119 ₪ לשנה הראשונה ו-139 בשנה השנייה, בלי התחייבות.")
add("he", "הכתובת שלך עדיין רחוב עזה 31, דירה 4, ירושלים?",
    ("address", "רחוב עזה 31, דירה 4, ירושלים"))
add("he", "עשרים ושמונה בפברואר, חמישים ושמונה",
    ("date_of_birth", "עשרים ושמונה בפברואר, חמישים ושמונה"),
    ctx="ולאימות, תאריך לידה בבקשה?")
add("he", "טוב, אני נשארת, אבל תעבירו את התשלום לחשבון בפועלים, %s" % HE_IBAN2,
    ("iban", HE_IBAN2))
add("he", "ההנחה תיכנס לתוקף מה-1 בחודש הבא, ותראי אותה בחשבונית שתצא ב-10.")

# -- call 8: lost phone
add("he", "היי, קוראים לי נוי שטרן, איבדתי את הטלפון באוטובוס, קו 480 לתל אביב, ואני צריכה "
    "לחסום את הקו.", ("name", "נוי שטרן"))
add("he", "נוי, אני מצטער לשמוע, אני אורן, בואי נחסום את הקו עכשיו.",
    ("name", "נוי"), ("name", "אורן"))
_he_ph3 = "אפס חמישים, %s" % say_he(HE_PH3[3:], (-3, -4), sep=", ")
assert HE_PH3.startswith("050")
add("he", "המספר %s" % _he_ph3, ("phone", _he_ph3))
add("he", "תעודת זהות %s" % HE_TZ3, ("id", HE_TZ3))
add("he", "נולדתי ב-9.11.2003", ("date_of_birth", "9.11.2003"),
    ctx="ולאימות אני צריך גם תאריך לידה.")
add("he", "חסמתי את הקו ב-14:32, סים חלופי עולה 20 ₪, ואפשר לאסוף אותו בסניף בקניון עזריאלי "
    "עד 21:00.")
add("he", "תשלחו את האישור ל-noy.stern03@gmail.com", ("email", "noy.stern03@gmail.com"))

# -- call 9: business line for a falafel shop, Holon
add("he", "מדבר יוסי דהן, יש לי פלאפל בחולון, אני צריך קו עסקי ואינטרנט לקופה.",
    ("name", "יוסי דהן"))
add("he", "בכיף יוסי, אני מתן מהמחלקה העסקית.", ("name", "יוסי"), ("name", "מתן"))
add("he", "העסק ברחוב סוקולוב 62, חולון, ליד הכיכר", ("address", "רחוב סוקולוב 62, חולון"))
add("he", "החבילה העסקית: 2 קווים, 500 מגה ונתב גיבוי סלולרי, ב-249 ₪ לחודש פלוס מע\"מ.")
add("he", "המייל יוסי קו תחתון דהן שטרודל וואלה נקודה קו נקודה איל",
    ("email", "יוסי קו תחתון דהן שטרודל וואלה נקודה קו נקודה איל"))
add("he", "הוראת קבע מהחשבון של העסק בדיסקונט, %s" % g4(HE_IBAN3), ("iban", g4(HE_IBAN3)))
add("he", "בינתיים תחייב את הדיינרס, %s" % grp(HE_CARD4, (4, 6, 4)),
    ("card", grp(HE_CARD4, (4, 6, 4))))
add("he", "ההתקנה ביום ראשון בשש בבוקר, לפני שאנחנו פותחים, הטכנאי צריך בערך 40 דקות.")

# -- call 10: internet fault, Haifa
add("he", "כן, שלום, מדבר סשה קוגן, האינטרנט נופל כל ערב משמונה עד עשר.", ("name", "סשה קוגן"))
add("he", "עשיתי בדיקת מהירות, יצא 12 מגה במקום 1000, הנתב זה הדגם הלבן, RX-3.")
add("he", "רחוב מוריה 40, דירה 15, חיפה", ("address", "רחוב מוריה 40, דירה 15, חיפה"),
    ctx="מה הכתובת של ההתקנה?")
add("he", "תעודת זהות %s" % say_he(HE_TZ5, (3, 3, 3), sep=", "),
    ("id", say_he(HE_TZ5, (3, 3, 3), sep=", ")))
add("he", "טלפון בבית 04-8527316, אחרי חמש אני תמיד בבית", ("phone", "04-8527316"))
add("he", "תאריך לידה 2 באוקטובר 1971", ("date_of_birth", "2 באוקטובר 1971"))
add("he", "יש תקלה באזור כרמליה, הצוותים עובדים, הצפי לתיקון עד מחר ב-16:00.")

# -- call 11: kosher line, Bnei Brak
add("he", "שלום וברכה, כאן משה ויסמן מבני ברק, אני צריך עוד קו כשר לבן שלי.",
    ("name", "משה ויסמן"))
add("he", "הכתובת רחוב רבי עקיבא 114, דירה 6, בני ברק",
    ("address", "רחוב רבי עקיבא 114, דירה 6, בני ברק"))
add("he", "תאריך לידה י\"ד בניסן תשמ\"ה", ("date_of_birth", "י\"ד בניסן תשמ\"ה"))
add("he", "מספר זהות %s" % grp(HE_TZ6, (3, 3, 3)), ("id", grp(HE_TZ6, (3, 3, 3))))
add("he", "הקו הכשר עולה 19.90 לחודש, בלי גלישה ובלי הודעות, ושיחות לחו\"ל חסומות.")
add("he", "הטלפון בבית 03-6417752", ("phone", "03-6417752"))
add("he", "תחייב את הישראכרט, %s" % say_he(HE_CARD2, (-4, -4, -4, -4), sep=", "),
    ("card", say_he(HE_CARD2, (-4, -4, -4, -4), sep=", ")))
add("he", "או הוראת קבע מבנק ירושלים, %s" % g4(HE_IBAN7), ("iban", g4(HE_IBAN7)))

# -- call 12: moving house with internet, Be'er Sheva
add("he", "היי, זאת לימור אוחיון, אנחנו עוברים דירה ב-1 באוגוסט ואני רוצה להעביר את "
    "האינטרנט.", ("name", "לימור אוחיון"))
add("he", "לכתובת החדשה: שדרות רגר 112, דירה 21, באר שבע",
    ("address", "שדרות רגר 112, דירה 21, באר שבע"))
add("he", "תתקשרו אליי ל-%s" % grp(HE_PH4, (3, 3, 4), "-"), ("phone", grp(HE_PH4, (3, 3, 4), "-")))
add("he", "לימור נקודה אוחיון שטרודל הוטמייל נקודה קום",
    ("email", "לימור נקודה אוחיון שטרודל הוטמייל נקודה קום"),
    ctx="ולאיזה מייל לשלוח את האישור?")
add("he", "העברת קו עולה 99 ₪, אבל בגלל שאת לקוחה כבר 6 שנים אני מוותרת על זה.")
add("he", "תחייבי את המקס, %s" % grp(HE_CARD5, (4, 4, 4, 4), "-"),
    ("card", grp(HE_CARD5, (4, 4, 4, 4), "-")))
add("he", "והחיוב החודשי מהחשבון במזרחי, %s" % g4(HE_IBAN4), ("iban", g4(HE_IBAN4)))

# -- call 13: student plan, Jerusalem
add("he", "רציתי את המסלול לסטודנטים, ראיתי באתר שזה 25 שקל.")
add("he", "המסלול לסטודנטים 25 ₪ לחודש עם 300 ג'יגה, בהצגת תעודת סטודנט בתוקף לשנת תשפ\"ה.")
add("he", "%s" % say_he(HE_TZ7, (-9,), masc=True), ("id", say_he(HE_TZ7, (-9,), masc=True)),
    ctx="מעולה. מספר תעודת זהות?")
add("he", "שבעה עשר במרץ אלפיים ושלוש", ("date_of_birth", "שבעה עשר במרץ אלפיים ושלוש"),
    ctx="ותאריך לידה?")
add("he", "אני גר ברחוב בצלאל 9, דירה 2, ירושלים, והטלפון בדירה %s"
    % say_he(HE_PH6, (-2, -3, 2, 2), sep=", "),
    ("address", "רחוב בצלאל 9, דירה 2, ירושלים"),
    ("phone", say_he(HE_PH6, (-2, -3, 2, 2), sep=", ")))
add("he", "אממ המייל של האוניברסיטה, yuval.m@mail.huji.ac.il", ("email", "yuval.m@mail.huji.ac.il"))
add("he", "הכרטיס %s, ואת ההחזרים תעבירו ל-%s" % (grp(HE_CARD7, (4, 4, 4, 4)), g4(HE_IBAN5)),
    ("card", grp(HE_CARD7, (4, 4, 4, 4))), ("iban", g4(HE_IBAN5)))

# -- call 14: TV and internet bundle (Druze caller)
add("he", "תעודת זהות %s-%s" % (HE_TZ8[:8], HE_TZ8[8]), ("id", "%s-%s" % (HE_TZ8[:8], HE_TZ8[8])))
add("he", "תאריך לידה 15/06/1980", ("date_of_birth", "15/06/1980"))
add("he", "כן, המייל nizar.halabi@gmail.com", ("email", "nizar.halabi@gmail.com"),
    ctx="יש מייל לשלוח אליו את החשבונית?")
_he_c8 = "%s, %s" % (say_he(HE_CARD8[:8], (-4, -4), sep=", "), grp(HE_CARD8[8:], (4, 4)))
add("he", "אממ, הכרטיס %s" % _he_c8, ("card", _he_c8))
add("he", "אפשר גם הוראת קבע, %s" % HE_IBAN6, ("iban", HE_IBAN6))

# -- more non-personal lines from these calls
add("he", "החשבונית של מרץ יצאה 212.40 ₪, ובפברואר היה 178, מה השתנה?")
add("he", "יש לך 3 ממירים בבית, כל ממיר נוסף עולה 15 ₪ לחודש.")
add("he", "הטכנאי יגיע ביום שלישי 5.11 בין 12 ל-16, מספר הפנייה 48213077.")
add("he", "החוזה שלך התחיל ב-1 בינואר 2023 ונגמר ב-31 בדצמבר 2024, אז אין קנס יציאה.")
add("he", "בנתב יש נורה אדומה ליד ה-WAN, וכבר עשיתי ריסט 3 פעמים.")
add("he", "החבילה לחו\"ל: 5 ג'יגה ל-30 יום ב-79 ₪, או 15 ג'יגה ב-129, עובדת ב-130 מדינות.")
add("he", "המבצע של נטפליקס תקף עד סוף אוגוסט, 3 חודשים חינם ואחר כך 39.90.")
add("he", "הסניף בדיזנגוף סנטר פתוח מ-10 עד 21, ובשישי עד 14:00.")
add("he", "המהירות בחוזה 1000 מגה, בפועל אני מקבל 940 בכבל ו-300 בוויי פיי.")
add("he", "אממ, כמה עולה להוסיף קו לילד? ראיתי באתר 19.90 לקו ראשון ו-14.90 לכל קו נוסף.")
add("he", "ההחזר של 45.50 ₪ יופיע בכרטיס האשראי תוך 2 עד 3 מחזורי חיוב.")
add("he", "אני בחו\"ל מה-12 עד ה-26 ביולי, באיטליה וביוון, מה הכי משתלם?")
add("he", "הראוטר החדש יגיע תוך 5 ימי עסקים, מספר המשלוח 77104822159.")
add("he", "ערוץ 13 וכאן 11 לא עובדים לי מיום חמישי, רק מסך שחור.")
add("he", "יש לך 2 מכשירים בתשלומים, נשארו 14 תשלומים של 62.50 על האייפון.")
add("he", "השעון בממיר מראה 00:00 ומהבהב, וניתוק מהחשמל ל-10 שניות לא עזר.")
add("he", "המסלול המשפחתי: 4 קווים ב-99 ₪, לכל אחד 500 ג'יגה, ואפשר לצרף עד 6.")
add("he", "אפשר לשלוח לי את החשבוניות למייל? מיכל קו תחתון בן דוד שטרודל ג'ימייל נקודה קום",
    ("email", "מיכל קו תחתון בן דוד שטרודל ג'ימייל נקודה קום"))
add("he", "אוקיי אז 59 לחודש לשנתיים ואחרי זה 79, ואפשר לבטל בכל רגע בלי קנס, נכון?")
add("he", "אמרו לי בשיחה ב-3 במאי שזה יטופל תוך 48 שעות, ועברו כבר 9 ימים.")
COMPLETE.add("he")

# ---------------------------------------------------------------------------
# Greek. Calls: new mobile contract (Athens), moving a number to the network (older
# caller, Thessaloniki), VDSL fault and technician (Patras), sports TV package (Limassol,
# Cypriot), roaming charges outside the EU (Athens), contract end (Heraklion), lost
# phone (Larissa), prepaid top-up (Athens, caller of Albanian origin), business line for
# a taverna (Naxos), moving house with internet (Nicosia), fixed wireless in a village
# (Epirus), Erasmus student's SIM (Thessaloniki).
# ---------------------------------------------------------------------------
EL_AFM1 = afm("04718362")
EL_AFM2 = afm("11583027")
EL_AFM3 = afm("13290564")
EL_AFM4 = afm("07654219")
EL_AFM5 = afm("10938476")
EL_AFM6 = afm("12047793")
EL_AFM7 = afm("15502681")
EL_AFM8 = afm("06291348")
EL_CARD1 = card("451763020981734")    # Visa
EL_CARD2 = card("539104387262015")    # Mastercard
EL_CARD3 = card("37480193265507")     # Amex, 15
EL_CARD4 = card("417331028859462")    # Visa
EL_CARD5 = card("522187640033915")    # Mastercard
EL_CARD6 = card("422917530281")       # Visa, 13
EL_CARD7 = card("404527183390216")    # Visa
EL_CARD8 = card("272099184530627")    # Mastercard 2-series
EL_IBAN_GR1 = iban("GR", "017" + "0125" + "0000012530671048")
EL_IBAN_GR2 = iban("GR", "014" + "1080" + "0000108002319665")
EL_IBAN_GR3 = iban("GR", "026" + "0220" + "0000470200934812")
EL_IBAN_GR4 = iban("GR", "011" + "0562" + "0000056210427733")
EL_IBAN_GR5 = iban("GR", "017" + "0340" + "0005340012837190")
EL_IBAN_CY1 = iban("CY", "005" + "00357" + "0000357019284601")
EL_IBAN_CY2 = iban("CY", "002" + "00195" + "0000000198273514")
EL_IBAN_DE = iban("DE", "10050000" + "0190384521")
EL_PH1 = "6944127358"
EL_PH2 = "6977305281"
EL_PH3 = "2310842651"
EL_PH4 = "2610274139"
EL_PH5 = "99482716"
EL_PH6 = "6948550372"
EL_PH8 = "96318204"
EL_PH9 = "6981276054"

# -- call 1: new mobile contract, Athens
add("el", "Ορίζων Mobile, καλησπέρα σας, ονομάζομαι Μαρία, πώς μπορώ να σας εξυπηρετήσω;",
    ("name", "Μαρία"))
add("el", "Γεια σας, είμαι ο Νίκος Αντωνίου, θέλω να βγάλω συμβόλαιο, το Unlimited με τα 25 "
    "ευρώ.", ("name", "Νίκος Αντωνίου"))
add("el", "Βεβαίως κύριε Αντωνίου, θα χρειαστώ τον ΑΦΜ σας.", ("name", "Αντωνίου"))
add("el", "Ναι, εεε, %s" % say_el(EL_AFM1, (-9,)), ("id", say_el(EL_AFM1, (-9,))),
    ctx="Βεβαίως κύριε Αντωνίου, θα χρειαστώ τον ΑΦΜ σας.")
add("el", "γεννήθηκα δεκαπέντε Μαρτίου του δύο χιλιάδες",
    ("date_of_birth", "δεκαπέντε Μαρτίου του δύο χιλιάδες"))
add("el", "Το πρόγραμμα είναι 25 ευρώ τον μήνα, 40 GB, απεριόριστα λεπτά, με δέσμευση 24 μήνες, "
    "και το πρώτο πάγιο έρχεται τον Σεπτέμβριο.")
add("el", "Η διεύθυνση είναι Σπύρου Μερκούρη 48, Παγκράτι, 116 34",
    ("address", "Σπύρου Μερκούρη 48, Παγκράτι, 116 34"))
add("el", "Η κάρτα είναι %s" % grp(EL_CARD1, (4, 4, 4, 4)), ("card", grp(EL_CARD1, (4, 4, 4, 4))))
add("el", "Η SIM θα σας έρθει με κούριερ σε 2 με 3 εργάσιμες και θα ενεργοποιηθεί μέχρι τις 8 "
    "το βράδυ.")

# -- call 2: moving a number to the network, Thessaloniki
add("el", "Καλημέρα παιδί μου, λέγομαι Σουλτάνα Παπαδοπούλου, θέλω να φέρω το κινητό μου σε "
    "σας, η εγγονή μου λέει ότι είστε φθηνότεροι.", ("name", "Σουλτάνα Παπαδοπούλου"))
add("el", "Καλημέρα κυρία Παπαδοπούλου, ποιος είναι ο αριθμός που θέλετε να μεταφέρουμε;",
    ("name", "Παπαδοπούλου"))
add("el", "%s" % say_el(EL_PH2, (2, 2, 2, 2, 2), sep=", "),
    ("phone", say_el(EL_PH2, (2, 2, 2, 2, 2), sep=", ")),
    ctx="Καλημέρα κυρία Παπαδοπούλου, ποιος είναι ο αριθμός που θέλετε να μεταφέρουμε;")
add("el", "Η φορητότητα γίνεται σε 1 με 2 εργάσιμες, το κινητό θα μείνει χωρίς σήμα για λίγο, "
    "γύρω στις 10 με 12 το πρωί.")
add("el", "και το σταθερό μου είναι %s" % grp(EL_PH3, (4, 3, 3)),
    ("phone", grp(EL_PH3, (4, 3, 3))))
add("el", "ΑΦΜ... περιμένετε να βρω το χαρτί... %s" % say_el(EL_AFM2, (3, 3, 3), sep=", "),
    ("id", say_el(EL_AFM2, (3, 3, 3), sep=", ")))
add("el", "Θα πληρώνετε 12,90 τον μήνα, με 600 λεπτά και 5 GB, και η πρώτη χρέωση θα είναι "
    "στις 15 του μήνα.")

# -- call 3: VDSL fault and technician, Patras
add("el", "Γεια σας, εδώ Θανάσης Κωνσταντόπουλος από την Πάτρα, το ίντερνετ πέφτει συνέχεια "
    "από την Κυριακή.", ("name", "Θανάσης Κωνσταντόπουλος"))
add("el", "Λυπάμαι γι' αυτό, κύριε Θανάση, θα κάνω έναν έλεγχο στη γραμμή.", ("name", "Θανάση"))
add("el", "Ο αριθμός της γραμμής %s" % say_el(EL_PH4, (-4, 2, 2, 2), sep=", "),
    ("phone", say_el(EL_PH4, (-4, 2, 2, 2), sep=", ")))
add("el", "Κορίνθου 112, δεύτερος όροφος, Πάτρα", ("address", "Κορίνθου 112, δεύτερος όροφος, Πάτρα"),
    ctx="Σε ποια διεύθυνση να έρθει ο τεχνικός;")
add("el", "Το router είναι το ZTE H288A, τα λαμπάκια DSL και Internet αναβοσβήνουν, και το "
    "speedtest δείχνει 3 Mbps αντί για 50.")
add("el", "Κλείσαμε ραντεβού με τεχνικό την Τρίτη 14 Μαΐου, από τις 9 έως τη 1, και ο αριθμός "
    "της βλάβης είναι 7734102.")
add("el", "το email μου thanasis κάτω παύλα k παπάκι yahoo τελεία gr",
    ("email", "thanasis κάτω παύλα k παπάκι yahoo τελεία gr"))

# -- call 4: sports TV package, Limassol (Cypriot)
add("el", "Καλησπέρα, ο Χαράλαμπος Ιωάννου είμαι, που τη Λεμεσό, θέλω να βάλω τα αθλητικά "
    "κανάλια.", ("name", "Χαράλαμπος Ιωάννου"))
add("el", "Ναι βέβαια κύριε Χαράλαμπε, το πακέτο κοστίζει 35 ευρώ τον μήνα.",
    ("name", "Χαράλαμπε"))
add("el", "Εν θέλω συμβόλαιο, μόνο για τους 9 μήνες του πρωταθλήματος, που τον Αύγουστο ως "
    "τον Μάη.")
add("el", "Το κινητό μου %s" % say_el(EL_PH5, (-2, 2, 2, 2), sep=", "),
    ("phone", say_el(EL_PH5, (-2, 2, 2, 2), sep=", ")))
add("el", "Να πληρώνω με πάγια εντολή, το IBAN μου %s" % g4(EL_IBAN_CY1), ("iban", g4(EL_IBAN_CY1)))
add("el", "Διεύθυνση: Αρχιεπισκόπου Μακαρίου Γ' 210, διαμέρισμα 4, 3030 Λεμεσός",
    ("address", "Αρχιεπισκόπου Μακαρίου Γ' 210, διαμέρισμα 4, 3030 Λεμεσός"))

# -- call 5: roaming charges outside the EU, Athens
add("el", "Καλησπέρα, λέγομαι Ελένη Μαυρίδου, μου ήρθε λογαριασμός 146 ευρώ και δεν καταλαβαίνω "
    "γιατί.", ("name", "Ελένη Μαυρίδου"))
add("el", "Βλέπω χρεώσεις περιαγωγής από την Τουρκία, 3 μέρες, 18 με 20 Απριλίου, 1,2 GB "
    "δεδομένα.")
add("el", "Ήμουν στην Κωνσταντινούπολη ένα Σαββατοκύριακο, δεν ήξερα ότι δεν είναι μέσα στο "
    "πακέτο.")
add("el", "Ο ΑΦΜ μου %s" % EL_AFM3, ("id", EL_AFM3))
add("el", "ημερομηνία γέννησης 3/7/1979", ("date_of_birth", "3/7/1979"))
add("el", "Μπορώ να σας κάνω έκπτωση 50%, δηλαδή πίστωση 48,60 ευρώ, στον λογαριασμό της 5ης "
    "Ιουνίου.")
add("el", "Και για την πάγια εντολή, το IBAN είναι %s" % g4(EL_IBAN_GR1), ("iban", g4(EL_IBAN_GR1)))

# -- call 6: contract end and retention, Heraklion
add("el", "Γεια σου κοπέλα μου, ο Μανόλης ο Τσαγκαράκης είμαι από το Ηράκλειο, λήγει το "
    "συμβόλαιο και θα φύγω.", ("name", "Μανόλης"), ("name", "Τσαγκαράκης"))
add("el", "Κύριε Μανόλη, να σας κάνω μια καλύτερη προσφορά πριν φύγετε;", ("name", "Μανόλη"))
add("el", "Πληρώνω 42 ευρώ για το σταθερό και το ίντερνετ, και ο γείτονας δίνει 25 στην άλλη "
    "εταιρεία.")
add("el", "Μπορώ να σας δώσω το Fiber 200 με 29,90 για 24 μήνες, και το router δωρεάν.")
add("el", "Το κινητό μου είναι %s" % say_el(EL_PH6, (-4, -3, -3), sep=", "),
    ("phone", say_el(EL_PH6, (-4, -3, -3), sep=", ")))
add("el", "ΑΦΜ %s" % say_el(EL_AFM4, (3, 3, 3), sep=", "),
    ("id", say_el(EL_AFM4, (3, 3, 3), sep=", ")))
add("el", "Πληρώνω με κάρτα, %s" % grp(EL_CARD5, (4, 4, 4, 4)), ("card", grp(EL_CARD5, (4, 4, 4, 4))))

# -- call 7: lost phone, Larissa
add("el", "Καλησπέρα, με λένε Βασιλική Ζαχαρίου, μου έκλεψαν το κινητό στη λαϊκή και θέλω να "
    "μπλοκάρω την κάρτα.", ("name", "Βασιλική Ζαχαρίου"))
add("el", "Κυρία Ζαχαρίου, εγώ είμαι ο Στέλιος, θα το κάνουμε αμέσως.",
    ("name", "Ζαχαρίου"), ("name", "Στέλιος"))
add("el", "Ο αριθμός είναι %s" % say_el(EL_PH9, (-3, 3, 2, 2), sep=", "),
    ("phone", say_el(EL_PH9, (-3, 3, 2, 2), sep=", ")))
add("el", "είκοσι δύο του έντεκα του ογδόντα οχτώ",
    ("date_of_birth", "είκοσι δύο του έντεκα του ογδόντα οχτώ"),
    ctx="Για επιβεβαίωση, την ημερομηνία γέννησής σας;")
add("el", "ΑΦΜ %s" % grp(EL_AFM5, (3, 3, 3)), ("id", grp(EL_AFM5, (3, 3, 3))))
add("el", "Η SIM απενεργοποιήθηκε στις 11:05, η καινούργια κοστίζει 5 ευρώ, και μπορείτε να "
    "την πάρετε από το κατάστημα στην πλατεία Ταχυδρομείου.")
add("el", "στείλτε μου την επιβεβαίωση στο βασιλική τελεία ζαχαρίου παπάκι hotmail τελεία com",
    ("email", "βασιλική τελεία ζαχαρίου παπάκι hotmail τελεία com"))
add("el", "Η διεύθυνση για τη νέα κάρτα είναι Παπαναστασίου 41, Λάρισα 412 22",
    ("address", "Παπαναστασίου 41, Λάρισα 412 22"))
add("el", "Το κόστος της νέας κάρτας, 5 ευρώ, χρεώστε το στην κάρτα μου, %s"
    % grp(EL_CARD6, (4, 4, 5)), ("card", grp(EL_CARD6, (4, 4, 5))))
add("el", "Και ο λογαριασμός να πληρώνεται από το %s" % g4(EL_IBAN_GR4), ("iban", g4(EL_IBAN_GR4)))

# -- call 8: prepaid top-up, Athens
add("el", "Γεια σας, είμαι η Ερμίρα Χότζα, έβαλα 10 ευρώ στο καρτοκινητό με την κάρτα και δεν "
    "τα πήρα.", ("name", "Ερμίρα Χότζα"))
add("el", "Βλέπω δύο συναλλαγές, μία στις 09:12 και μία στις 09:14, 10 ευρώ η καθεμία, αλλά "
    "καμία δεν ολοκληρώθηκε.")
_el_c4 = "%s %s... μισό λεπτό... %s %s" % (EL_CARD4[:4], EL_CARD4[4:8], EL_CARD4[8:12],
                                         EL_CARD4[12:])
add("el", "Η κάρτα είναι %s" % _el_c4, ("card", _el_c4))
add("el", "Το καρτοκινητό είναι το %s" % grp(EL_PH1, (3, 3, 4)), ("phone", grp(EL_PH1, (3, 3, 4))))
add("el", "Τα χρήματα θα επιστραφούν στην κάρτα σας σε 5 με 7 εργάσιμες, και ο αριθμός του "
    "αιτήματος είναι 20240518-3391.")
add("el", "ΑΦΜ έχω, %s" % say_el(EL_AFM8, (-9,), reg="std"), ("id", say_el(EL_AFM8, (-9,), reg="std")),
    ctx="Αν θέλετε να γυρίσετε σε συμβόλαιο, θα χρειαστώ τον ΑΦΜ σας.")
add("el", "γεννήθηκα 6 Φεβρουαρίου 1990", ("date_of_birth", "6 Φεβρουαρίου 1990"))
add("el", "Το email είναι ermira.hoxha90@gmail.com", ("email", "ermira.hoxha90@gmail.com"))

# -- call 9: business line for a taverna, Naxos
add("el", "Καλημέρα, Γιάννης Μαργαρίτης, έχω την ταβέρνα «Η Θεονή» στη Νάξο, θέλω "
    "επαγγελματική γραμμή.", ("name", "Γιάννης Μαργαρίτης"))
add("el", "Μάλιστα κύριε Μαργαρίτη, σας συνδέω με το επαγγελματικό τμήμα.", ("name", "Μαργαρίτη"))
add("el", "Η ταβέρνα είναι στην Παραλία Αγίου Γεωργίου, Πρωτοπαπαδάκη 5, Νάξος 843 00",
    ("address", "Παραλία Αγίου Γεωργίου, Πρωτοπαπαδάκη 5, Νάξος 843 00"))
add("el", "Θέλω 2 γραμμές, ίντερνετ 100 Mbps και για το POS, από 1η Μαΐου ως 31 Οκτωβρίου, "
    "γιατί τον χειμώνα είμαστε κλειστά.")
add("el", "Ο ΑΦΜ μου %s" % say_el(EL_AFM7, (3, 3, 3), sep=", "),
    ("id", say_el(EL_AFM7, (3, 3, 3), sep=", ")))
add("el", "Το επαγγελματικό πακέτο είναι 45 ευρώ συν ΦΠΑ 24%, με δέσμευση 12 μηνών.")
add("el", "email taverna τελεία theoni παπάκι gmail τελεία com",
    ("email", "taverna τελεία theoni παπάκι gmail τελεία com"))
add("el", "Πληρώνουμε με IBAN, %s" % g4(EL_IBAN_GR2), ("iban", g4(EL_IBAN_GR2)))
add("el", "Η εγγύηση του εξοπλισμού, 60 ευρώ, στην American Express, %s"
    % grp(EL_CARD3, (4, 6, 5)), ("card", grp(EL_CARD3, (4, 6, 5))))

# -- call 10: moving house with internet, Nicosia (Cypriot)
add("el", "Γεια σας, η Άντρη Γεωργίου είμαι, μετακομίζω τζαι θέλω να πάρω το ίντερνετ μαζί μου.",
    ("name", "Άντρη Γεωργίου"))
add("el", "Ναι κυρία Άντρη, πού μετακομίζετε;", ("name", "Άντρη"))
add("el", "Στην οδό Στασίνου 17, διαμέρισμα 203, Στρόβολος, 2003 Λευκωσία",
    ("address", "οδό Στασίνου 17, διαμέρισμα 203, Στρόβολος, 2003 Λευκωσία"),
    ctx="Ναι κυρία Άντρη, πού μετακομίζετε;")
add("el", "Το κινητό μου %s" % say_el(EL_PH8, (2, 2, 2, 2), sep=", "),
    ("phone", say_el(EL_PH8, (2, 2, 2, 2), sep=", ")))
add("el", "Η μεταφορά της γραμμής κοστίζει 30 ευρώ, ο τεχνικός μπορεί να έρθει στις 3 Ιουλίου, "
    "και θα μείνετε 2 μέρες χωρίς σύνδεση.")
add("el", "γεννήθηκα στις 12 Αυγούστου 1991", ("date_of_birth", "12 Αυγούστου 1991"))
add("el", "Να συνεχίσει η πάγια εντολή, αλλά από άλλο λογαριασμό, %s" % g4(EL_IBAN_CY2),
    ("iban", g4(EL_IBAN_CY2)))
add("el", "Τα 30 ευρώ στη Mastercard, %s, τζαι το email andri.georgiou@cytanet.com.cy"
    % grp(EL_CARD2, (4, 4, 4, 4)),
    ("card", grp(EL_CARD2, (4, 4, 4, 4))), ("email", "andri.georgiou@cytanet.com.cy"))

# -- call 11: fixed wireless in a village, Epirus
add("el", "Ναι, γεια σας, Κώστας Μπέλλος λέγομαι, από ένα χωριό έξω από τα Γιάννενα.",
    ("name", "Κώστας Μπέλλος"))
add("el", "Το σταθερό δεν έχει ήχο από τις 2 του μήνα, και εδώ το κινητό πιάνει μία γραμμή.")
add("el", "Το σταθερό είναι 26510 44817", ("phone", "26510 44817"))
add("el", "Η διεύθυνση είναι Κεντρική Πλατεία 3, Ανατολή Ιωαννίνων, 455 00",
    ("address", "Κεντρική Πλατεία 3, Ανατολή Ιωαννίνων, 455 00"))
add("el", "δέκα Ιανουαρίου του σαράντα εννιά", ("date_of_birth", "δέκα Ιανουαρίου του σαράντα εννιά"),
    ctx="Κύριε Κώστα, την ημερομηνία γέννησης για να σας ταυτοποιήσω;")
add("el", "Θα σας βάλουμε σταθερό μέσω του κινητού δικτύου, η συσκευή κοστίζει 0 ευρώ και το "
    "πάγιο μένει 21 ευρώ.")
add("el", "ΑΦΜ %s" % say_el(EL_AFM6, (3, 3, 3), sep=" "), ("id", say_el(EL_AFM6, (3, 3, 3), sep=" ")))
add("el", "Να χρεώνεται ο λογαριασμός μου στην Εθνική, %s" % g4(EL_IBAN_GR3),
    ("iban", g4(EL_IBAN_GR3)))

# -- call 12: Erasmus student's SIM, Thessaloniki
add("el", "Γεια σας, με λένε Lukas Schneider, είμαι φοιτητής Erasmus, θέλω ένα πακέτο για 5 "
    "μήνες.", ("name", "Lukas Schneider"))
add("el", "μένω στην Εγνατίας 132, 4ος όροφος, Θεσσαλονίκη",
    ("address", "Εγνατίας 132, 4ος όροφος, Θεσσαλονίκη"))
add("el", "Το IBAN μου είναι γερμανικό, %s" % g4(EL_IBAN_DE), ("iban", g4(EL_IBAN_DE)))
add("el", "Το φοιτητικό πακέτο είναι 9,90 για 30 μέρες, με 20 GB, και ανανεώνεται αυτόματα.")
add("el", "email lukas.schneider@uni-hamburg.de και γεννήθηκα 4.2.2002",
    ("email", "lukas.schneider@uni-hamburg.de"), ("date_of_birth", "4.2.2002"))
add("el", "Πληρώνω με την κάρτα %s" % grp(EL_CARD8, (4, 4, 4, 4)), ("card", grp(EL_CARD8, (4, 4, 4, 4))))

# -- more lines from the calls above
add("el", "Κι ένα email για τους λογαριασμούς, nikos_antoniou00@yahoo.gr",
    ("email", "nikos_antoniou00@yahoo.gr"))
add("el", "στείλτε μου την ανάλυση στο eleni τελεία mavridou παπάκι outlook τελεία com",
    ("email", "eleni τελεία mavridou παπάκι outlook τελεία com"))
add("el", "είκοσι εννιά του δώδεκα του εβδομήντα πέντε",
    ("date_of_birth", "είκοσι εννιά του δώδεκα του εβδομήντα πέντε"),
    ctx="Κύριε Χαράλαμπε, την ημερομηνία γέννησής σας για την αίτηση;")
add("el", "Θα το πληρώσω με την κάρτα, %s" % say_el(EL_CARD7, (-4, -4, -4, -4), reg="std", sep=", "),
    ("card", say_el(EL_CARD7, (-4, -4, -4, -4), reg="std", sep=", ")))
add("el", "για την επιστροφή των ημερών χωρίς ίντερνετ το iban είναι %s" % g4(EL_IBAN_GR5),
    ("iban", g4(EL_IBAN_GR5)))
add("el", "Ο λογαριασμός Μαρτίου βγήκε 68,40 ενώ τον Φεβρουάριο ήταν 39,90, τι έγινε;")
add("el", "Το Sport+ 1 και το Sport+ 3 δεν παίζουν από την Πέμπτη το βράδυ.")
add("el", "Το router είναι Technicolor, μοντέλο TG789, και το Wi-Fi φτάνει μόνο ως το σαλόνι.")
add("el", "Η προσφορά ισχύει μέχρι τις 30 Νοεμβρίου, 3 μήνες δωρεάν και μετά 19,90 τον μήνα.")
add("el", "Το κατάστημα στην Ερμού, κοντά στο Σύνταγμα, είναι ανοιχτό 9 με 9, και το Σάββατο "
    "ως τις 6.")
add("el", "Εεε, ήθελα να ρωτήσω, πόσο κάνουν τα 10 GB για 7 μέρες; Γιατί φεύγω Παρασκευή για "
    "Λονδίνο.")
add("el", "Το συμβόλαιό σας ξεκίνησε 12 Ιανουαρίου 2023 και λήγει 12 Ιανουαρίου 2025, άρα δεν "
    "έχετε τέλος πρόωρης αποχώρησης.")
add("el", "ο τεχνικός ήρθε την τετάρτη στις 5 και έφυγε στις 5 και 10 χωρίς να κάνει τίποτα")
add("el", "Η ταχύτητα είναι έως 200 Mbps, αλλά από την καμπίνα σας μπορείτε να πάρετε ως 100.")
add("el", "Το δέμα με το νέο router έχει αριθμό αποστολής 4410982273, θα το έχετε την Πέμπτη.")
add("el", "Έχετε 3 συνδέσεις στον λογαριασμό, 2 κινητά και 1 σταθερό, σύνολο 71,70 τον μήνα.")
add("el", "Για την πορεία της βλάβης καλέστε στο 13888 από το κινητό σας, είναι δωρεάν.")
add("el", "Στην Αγία Νάπα εν πιάνει καθόλου 5G, μόνο 4G, τζαι πληρώνω το πακέτο των 5G.")
add("el", "Η Vodafone μου έκανε προσφορά 15 ευρώ για 50 GB, εσείς τι μπορείτε να κάνετε;")
add("el", "Τη Δευτέρα 8 Απριλίου, από τις 2 ως τις 5 τα ξημερώματα, θα γίνουν εργασίες στο "
    "δίκτυο της Κρήτης.")
add("el", "Το πακέτο Cinema έχει 8 κανάλια και κοστίζει 12 ευρώ, με τον πρώτο μήνα δωρεάν.")
add("el", "Η τελευταία σας πληρωμή ήταν 54,20 ευρώ στις 28 Φεβρουαρίου, οπότε είστε εντάξει.")
add("el", "αν βάλω και δεύτερο αποκωδικοποιητή πόσο πάει γιατί η κουζίνα είναι στον πρώτο όροφο")
add("el", "Το iPhone 15 με 128 GB είναι με 0 προκαταβολή και 36 δόσεις των 27,50.")
COMPLETE.add("el")

if __name__ == "__main__":
    sys.exit(main())
