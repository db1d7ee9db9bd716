#!/usr/bin/env python3
"""Generator of the held-out redaction evaluation set "blind66".

Written by a helper session that worked only from a written brief: it never read the
redactor, its rules, its tests, or any other evaluation set or generator. All the calls,
names, numbers and addresses below are invented. The area of this set is health care:
health funds and insurers, hospitals' and clinics' booking lines, pharmacies (repeat
prescriptions, referrals, test results, reimbursements, dental and eye care plans).

Running it (Python 3, standard library only, deterministic) writes
    data/redaction/blind66/{en,ar,he,el}.jsonl
relative to the repository root (found from this file's location).

Format: one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}
- kind is one of: card, iban, id, phone, email, date_of_birth, name, address.
- start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive); the script
  computes them by searching for each span's substring and asserts every span.
- context (optional, not scored) is an earlier line of the same call.
- Items with empty spans are non-personal and must come out unchanged.

Card, IBAN and ID values are generated here with their check digits computed (Luhn, mod-97,
Teudat Zehut, Greek AFM, Saudi ID/Iqama, SSN ranges); values spoken as words are parsed back
and checked too, and long numbers outside spans are asserted to fail those checks.
"""

import json
import os
import re
import sys

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}

# ---------------------------------------------------------------- check digits


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def luhn(body):
    """body + its Luhn check digit."""
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def card(body, length):
    assert len(body) == length - 1
    v = luhn(body)
    assert 13 <= len(v) <= 19 and luhn_ok(v)
    return v


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "LB": 28, "QA": 29, "FR": 27, "KW": 30}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return (len(s) >= 4 and s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]]
            and s[2:4].isdigit() and _iban_num(s[4:] + s[:4]) % 97 == 1)


def iban(country, bban):
    """Full IBAN (no spaces) with computed check digits."""
    bban = bban.replace(" ", "").upper()
    chk = 98 - _iban_num(bban + country + "00") % 97
    v = "%s%02d%s" % (country, chk, bban)
    assert len(v) == IBAN_LEN[country], (v, len(v))
    assert iban_ok(v)
    return v


def tz_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    s = 0
    for i, ch in enumerate(d):
        n = int(ch) * (1 + i % 2)
        s += n // 10 + n % 10
    return s % 10 == 0


def tz(body8):
    for c in "0123456789":
        if tz_ok(body8 + c):
            return body8 + c
    raise AssertionError(body8)


def afm_ok(d):
    if len(d) != 9 or not d.isdigit() or d == "0" * 9:
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return s % 11 % 10 == int(d[8])


def afm(body8):
    s = sum(int(body8[i]) * 2 ** (8 - i) for i in range(8))
    v = body8 + str(s % 11 % 10)
    assert afm_ok(v)
    return v


def saudi_ok(d):
    return len(d) == 10 and d.isdigit() and d[0] in "12" and luhn_ok(d)


def saudi(body9):
    assert body9[0] in "12" and len(body9) == 9
    v = luhn(body9)
    assert saudi_ok(v)
    return v


def ssn_ok(d):
    d = d.replace("-", "").replace(" ", "")
    if len(d) != 9 or not d.isdigit():
        return False
    a, g, s = d[:3], d[3:5], d[5:]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


def ssn(a, g, s):
    v = "%s-%s-%s" % (a, g, s)
    assert ssn_ok(v), v
    return v


def passes_any_check(d):
    """True when a digit string would pass one of the personal-number checks."""
    if 13 <= len(d) <= 19 and luhn_ok(d):
        return True
    if len(d) == 9 and (tz_ok(d) or afm_ok(d)):
        return True
    if len(d) == 10 and saudi_ok(d):
        return True
    return False


def np(s):
    """A non-personal number (reference, order, ...): assert it fails every check."""
    d = re.sub(r"[\s\-./]", "", s)
    assert not passes_any_check(d), ("non-personal number passes a check", s)
    return s


# ---------------------------------------------------------------- formatting helpers

AR_INDIC = "٠١٢٣٤٥٦٧٨٩"


def ind(s):
    """Western digits -> Arabic-Indic digits."""
    return "".join(AR_INDIC[int(c)] if c.isdigit() else c for c in s)


def grp(d, sizes, sep=" "):
    """Split a digit string into groups of the given sizes."""
    d = d.replace(" ", "").replace("-", "")
    assert sum(sizes) == len(d), (d, sizes)
    out, i = [], 0
    for n in sizes:
        out.append(d[i:i + n])
        i += n
    return sep.join(out)


def g4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# Spoken numbers: per language, words for digits and for 10..99 (and hundreds where used).
EN_D = "zero one two three four five six seven eight nine".split()
EN_TEEN = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
           "nineteen").split()
EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()

AR_D = "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
AR_TEEN = ["عشرة", "احدعش", "اطنعش", "ثلاطعش", "اربعطعش", "خمسطعش", "ستطعش", "سبعطعش",
           "ثمنطعش", "تسعطعش"]
AR_TENS = "_ _ عشرين ثلاثين أربعين خمسين ستين سبعين ثمانين تسعين".split()
AR_H = "_ مية ميتين ثلاثمية أربعمية خمسمية ستمية سبعمية ثمنمية تسعمية".split()

HE_DF = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_DM = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
HE_TEEN_F = ["עשר", "אחת עשרה", "שתים עשרה", "שלוש עשרה", "ארבע עשרה", "חמש עשרה",
             "שש עשרה", "שבע עשרה", "שמונה עשרה", "תשע עשרה"]
HE_TENS = "_ _ עשרים שלושים ארבעים חמישים שישים שבעים שמונים תשעים".split()

EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
EL_TEEN = ["δέκα", "έντεκα", "δώδεκα", "δεκατρία", "δεκατέσσερα", "δεκαπέντε", "δεκάξι",
           "δεκαεφτά", "δεκαοχτώ", "δεκαεννιά"]
EL_TENS = "_ _ είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα ενενήντα".split()
EL_H = ["_", "εκατόν", "διακόσια", "τριακόσια", "τετρακόσια", "πεντακόσια", "εξακόσια",
        "εφτακόσια", "οχτακόσια", "εννιακόσια"]


def _two(n, lang, fem=True):
    t, u = divmod(n, 10)
    if lang == "en":
        if t == 1:
            return EN_TEEN[u]
        return EN_TENS[t] + ("-" + EN_D[u] if u else "")
    if lang == "ar":
        if t == 1:
            return AR_TEEN[u]
        return (AR_D[u] + " و" + AR_TENS[t]) if u else AR_TENS[t]
    if lang == "he":
        if t == 1:
            return HE_TEEN_F[u] if fem else ["עשרה", "אחד עשר", "שנים עשר", "שלושה עשר",
                                             "ארבעה עשר", "חמישה עשר", "שישה עשר",
                                             "שבעה עשר", "שמונה עשר", "תשעה עשר"][u]
        return HE_TENS[t] + (" ו" + (HE_DF if fem else HE_DM)[u] if u else "")
    if lang == "el":
        if t == 1:
            return EL_TEEN[u]
        return EL_TENS[t] + (" " + EL_D[u] if u else "")
    raise ValueError(lang)


def _three(n, lang):
    h, r = divmod(n, 100)
    if lang == "el":
        head = "εκατό" if (h == 1 and r == 0) else EL_H[h]
        return head + (" " + _two_or_digit(r, lang) if r else "")
    if lang == "ar":
        return AR_H[h] + (" و" + _two_or_digit(r, lang) if r else "")
    raise ValueError(lang)


def _two_or_digit(n, lang, fem=True):
    if n < 10:
        return {"en": EN_D, "ar": AR_D, "he": HE_DF if fem else HE_DM, "el": EL_D}[lang][n]
    return _two(n, lang, fem)


def say(d, lang, sizes=None, sep=None, fem=True, oh=False):
    """Speak a digit string: groups of 1 are said digit by digit, groups of 2 (3 for el/ar)
    as one number unless they start with 0. sizes=None: every digit on its own."""
    d = d.replace(" ", "").replace("-", "")
    if sep is None:
        sep = "، " if lang == "ar" else ", "
    digits = {"en": EN_D, "ar": AR_D, "he": HE_DF if fem else HE_DM, "el": EL_D}[lang]
    if lang == "en" and oh:
        digits = ["oh"] + digits[1:]
    if sizes is None:
        return " ".join(digits[int(c)] for c in d)
    out, i = [], 0
    assert sum(sizes) == len(d), (d, sizes)
    for n in sizes:
        g = d[i:i + n]
        i += n
        if n == 1 or g[0] == "0" or n > 3 or (n == 3 and lang in ("en", "he")):
            out.append(" ".join(digits[int(c)] for c in g))
        elif n == 2:
            out.append(_two(int(g), lang, fem))
        else:
            out.append(_three(int(g), lang))
    return sep.join(out)


# ---------------------------------------------------------------- parsing spoken numbers back

def _vocab():
    v = {}

    def add(lang, words, kind, val):
        for w in words.split():
            v[(lang, w)] = (kind, val)

    for i, w in enumerate(EN_D):
        add("en", w, "d", i)
    add("en", "oh nought", "d", 0)
    for i, w in enumerate(EN_TEEN):
        add("en", w, "t", 10 + i)
    for i, w in enumerate(EN_TENS[2:], 2):
        add("en", w, "T", 10 * i)
    add("en", "double", "x", 2)
    add("en", "triple", "x", 3)
    add("en", "hundred", "m", 100)
    add("en", "and plus um uh er erm", "skip", 0)

    for i, w in enumerate(AR_D):
        add("ar", w, "d", i)
    ar_extra = {0: "زيرو", 1: "وحدة", 2: "اتنين تنين اثنان إثنين", 3: "تلاتة ثلاث تلات",
                4: "اربعة أربع اربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "تمانية تمنية ثمان ثمنية",
                9: "تسع"}
    for i, ws in ar_extra.items():
        add("ar", ws, "d", i)
    for i, w in enumerate(AR_TEEN):
        add("ar", w, "t", 10 + i)
    add("ar", "حداشر احداشر", "t", 11)
    add("ar", "اتناشر اثناشر", "t", 12)
    add("ar", "تلتاشر", "t", 13)
    add("ar", "اربعتاشر", "t", 14)
    add("ar", "خمستاشر", "t", 15)
    add("ar", "ستاشر", "t", 16)
    add("ar", "سبعتاشر", "t", 17)
    add("ar", "تمنتاشر", "t", 18)
    add("ar", "تسعتاشر", "t", 19)
    add("ar", "عشر", "t", 10)
    for i, w in enumerate(AR_TENS[2:], 2):
        add("ar", w, "T", 10 * i)
    add("ar", "تلاتين", "T", 30)
    add("ar", "اربعين", "T", 40)
    add("ar", "تمانين", "T", 80)
    for i, w in enumerate(AR_H[1:], 1):
        add("ar", w, "H", 100 * i)
    add("ar", "مئة مائة", "H", 100)
    add("ar", "تلتمية", "H", 300)
    add("ar", "تمنمية", "H", 800)
    add("ar", "زائد يعني", "skip", 0)

    for i, w in enumerate(HE_DF):
        add("he", w, "d", i)
    for i, w in enumerate(HE_DM):
        add("he", w, "d", i)
    add("he", "שתים שנים", "d", 2)
    add("he", "עשר עשרה", "ten", 10)
    for i, w in enumerate(HE_TENS[2:], 2):
        add("he", w, "T", 10 * i)
    add("he", "מאה", "H", 100)
    add("he", "מאתיים", "H", 200)
    add("he", "פלוס אממ אה", "skip", 0)

    for i, w in enumerate(EL_D):
        add("el", w, "d", i)
    add("el", "μία μια έναν", "d", 1)
    add("el", "τρεις", "d", 3)
    add("el", "τέσσερις", "d", 4)
    add("el", "επτά", "d", 7)
    add("el", "οκτώ", "d", 8)
    add("el", "εννέα", "d", 9)
    for i, w in enumerate(EL_TEEN):
        add("el", w, "t", 10 + i)
    add("el", "δεκαέξι", "t", 16)
    add("el", "δεκαεπτά", "t", 17)
    add("el", "δεκαοκτώ", "t", 18)
    add("el", "δεκαεννέα", "t", 19)
    for i, w in enumerate(EL_TENS[2:], 2):
        add("el", w, "T", 10 * i)
    for i, w in enumerate(EL_H[1:], 1):
        add("el", w, "H", 100 * i)
    add("el", "εκατό", "H", 100)
    add("el", "επτακόσια", "H", 700)
    add("el", "οκτακόσια", "H", 800)
    add("el", "εννιακόσια", "H", 900)
    add("el", "συν εεε", "skip", 0)
    return v


VOCAB = _vocab()


def spoken_digits(s, lang):
    """Digits (and Latin letters) of a value written with digits and/or number words.
    Returns None when a token is not understood."""
    s = s.translate({ord(c): str(i) for i, c in enumerate(AR_INDIC)})
    toks = [t for t in re.split(r"[\s,.;:!?\-+/()،]+", s) if t]
    out = []
    cur = None  # (value, lowest place filled: 'd','T','H')
    rep = 0

    def flush():
        nonlocal cur
        if cur is not None:
            out.append(str(cur[0]))
            cur = None

    for tok in toks:
        if re.fullmatch(r"[0-9]+", tok):
            flush()
            out.append(tok)
            continue
        if re.fullmatch(r"[A-Za-z0-9]+", tok) and (len(tok) == 1 or any(c.isdigit() for c in tok)
                                                   or tok.isupper()):
            if (lang, tok.lower()) not in VOCAB:
                flush()
                out.append(tok.upper())
                continue
        key = (lang, tok.lower())
        conj = False
        if key not in VOCAB and len(tok) > 1 and (
                (lang == "he" and tok[0] == "ו") or (lang == "ar" and tok[0] == "و")):
            key = (lang, tok[1:])
            conj = True
        if key not in VOCAB:
            return None
        kind, val = VOCAB[key]
        if kind == "skip":
            continue
        if kind == "x":
            flush()
            rep = val
            continue
        if rep:
            assert kind == "d"
            out.append(str(val) * rep)
            rep = 0
            continue
        if kind == "m":
            assert cur is not None and cur[0] < 10
            cur = (cur[0] * val, "H")
            continue
        if kind == "ten":
            if cur is not None and cur[1] == "d" and 0 < cur[0] < 10:
                cur = (cur[0] + 10, "t")
            else:
                flush()
                cur = (10, "t")
            continue
        if cur is not None:
            v0, low = cur
            if kind == "d" and val and low in ("T", "H") and v0 % 10 == 0:
                cur = (v0 + val, "d")
                continue
            if kind in ("T", "t") and low == "H":
                cur = (v0 + val, kind)
                continue
            if kind == "T" and lang == "ar" and conj and low == "d" and v0 % 100 < 10:
                cur = (v0 + val, "T")
                continue
            if kind == "d" and lang == "ar" and conj and low == "H" and val:
                cur = (v0 + val, "d")
                continue
        flush()
        cur = (val, kind if kind != "t" else "t")
    flush()
    return "".join(out)


# ---------------------------------------------------------------- items and output

def it(text, *spans, ctx=None):
    return {"text": text, "spans": list(spans), "context": ctx}


def _validate(sp, lang):
    kind, sub = sp[0], sp[1]
    if len(sp) > 2 and sp[2] == "partial":
        return  # part of a value split by a read-back: not checkable alone
    if kind in ("card", "iban", "id", "phone"):
        d = spoken_digits(sub, lang)
        if kind in ("card", "id") or (kind == "iban" and d is not None and d[:2].isalpha()):
            assert d is not None, ("cannot parse", kind, sub)
        if d is None:
            return
        if kind == "card":
            assert d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d), ("bad card", sub, d)
        elif kind == "iban":
            assert iban_ok(d), ("bad iban", sub, d)
        elif kind == "id":
            ok = {"en": ssn_ok(d) or saudi_ok(d) or tz_ok(d) or afm_ok(d), "he": tz_ok(d),
                  "el": afm_ok(d), "ar": saudi_ok(d)}[lang]
            assert ok, ("bad id", sub, d)
        elif kind == "phone":
            assert d.isdigit() and 7 <= len(d) <= 15, ("bad phone", sub, d)
    if kind == "email" and "@" in sub:
        assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", sub), sub


def build(items, lang):
    lines = []
    for item in items:
        text = item["text"]
        assert text == text.strip() and text, text
        b = text.encode("utf-8")
        spans, cursor, covered = [], 0, []
        for sp in item["spans"]:
            kind, sub = sp[0], sp[1]
            assert kind in KINDS, kind
            assert sub and sub == sub.strip(" ,.;:?!،"), ("span has edge blanks", sub)
            i = text.find(sub, cursor)
            assert i >= 0, ("span not found", lang, sub, text)
            start = len(text[:i].encode("utf-8"))
            end = start + len(sub.encode("utf-8"))
            assert b[start:end].decode("utf-8") == sub
            cursor = i + len(sub)
            covered.append((i, cursor))
            _validate(sp, lang)
            spans.append({"kind": kind, "start": start, "end": end})
        # long digit runs outside spans must not pass any personal-number check
        plain = text.translate({ord(c): str(k) for k, c in enumerate(AR_INDIC)})
        for m in re.finditer(r"\d+(?:[ \-./,]\d+)*", plain):
            if any(a <= m.start() < z for a, z in covered):
                continue
            d = re.sub(r"\D", "", m.group())
            assert not passes_any_check(d), ("number outside spans passes", m.group(), text)
        obj = {"text": text, "spans": spans}
        if item["context"]:
            obj["context"] = item["context"]
        lines.append(json.dumps(obj, ensure_ascii=False))
    return lines


LANGS = {}

# ================================================================ English

# --- values (invented; check digits computed)
EN_VISA1 = card("447218730055912", 16)
EN_MC1 = card("529433018874061", 16)
EN_AMEX = card("37824100395611", 15)
EN_DISC = card("601100928374615", 16)
EN_VISA19 = card("465901227384510239", 19)
EN_MC2 = card("222341007765398", 16)
EN_DINERS = card("3056930902591", 14)
EN_VISA2 = card("453986120047732", 16)
EN_IE1 = iban("IE", "AIBK93106427384910")
EN_IE2 = iban("IE", "BOFI90001755028136")
EN_GB1 = iban("GB", "BARC20041563820174")
EN_GB2 = iban("GB", "MIDL40051592283417")
EN_SA1 = iban("SA", "65000000382910457730")
EN_DE1 = iban("DE", "370400440532019876")
EN_SSN1 = ssn("412", "58", "7391")
EN_SSN2 = ssn("523", "71", "0489")
EN_SSN3 = ssn("287", "30", "1146")
EN_SAID = saudi("108394721")
EN_IQAMA = saudi("247183056")
EN_TZ = tz("31298475")
EN_AFM = afm("13728406")

EN = [
    # GP surgery booking line, Leeds
    it("Good morning, Moorside Medical Practice, you're through to Bev, how can I help?",
       ("name", "Bev")),
    it("Oh hello love, yes, it's Dorothy Hargreaves, I need to see the doctor about my knee again.",
       ("name", "Dorothy Hargreaves")),
    it("Right, Dorothy, can I just take your date of birth please?", ("name", "Dorothy")),
    it("Fourteenth of March, nineteen forty-nine.",
       ("date_of_birth", "Fourteenth of March, nineteen forty-nine"),
       ctx="Right, Dorothy, can I just take your date of birth please?"),
    it("It's 14 Ashgrove Road, Headingley, LS6 3BE.",
       ("address", "14 Ashgrove Road, Headingley, LS6 3BE"),
       ctx="And the first line of your address and the postcode?"),
    it("lovely thanks dot we've got a ten twenty on thursday with the nurse or a face to face with "
       "the gp on the 23rd", ("name", "dot")),
    it("The twenty-third please, my daughter can drive me then. Can you ring me on the mobile to "
       "remind me? It's oh seven nine one two, four four eight, three oh six.",
       ("phone", "oh seven nine one two, four four eight, three oh six")),
    it("So that's 07912 448306, yes? And we'll text the reminder the day before.",
       ("phone", "07912 448306")),
    it("Right, that's booked, Tuesday the 23rd at 11:40, your booking reference is 66204, and "
       "please drop your repeat slip in the box by the pharmacy."),
    it("Is the Tuesday clinic still at Headingley or has it gone over to the Chapel Allerton "
       "surgery now?"),
    # pharmacy refill line, Columbus, Ohio
    it("Thank you for calling Brightwell Pharmacy on Fifth and Main, this is Marcus, are you "
       "calling about a refill?", ("name", "Marcus")),
    it("Yeah hi, my name is Guadalupe Castañeda but everybody calls me Lupe, I need a refill on "
       "my lisinopril.", ("name", "Guadalupe Castañeda"), ("name", "Lupe")),
    it("it's uh twelve oh four seventy eight", ("date_of_birth", "twelve oh four seventy eight"),
       ctx="Sure, and what's your date of birth?"),
    it("Okay I see Rx number 6 0 4 4 1 7 2, it's the 20 milligram, 90 tablets, and you've got "
       "2 refills left before the doctor has to renew it."),
    it("And is the phone number on file still 614-372-8841?", ("phone", "614-372-8841")),
    it("No, that's my old one. New one's six one four, nine oh two, seven seven three oh.",
       ("phone", "six one four, nine oh two, seven seven three oh")),
    it("Your copay comes to $12.50 and it'll be ready after 3 PM today, the drive-through closes "
       "at 9."),
    it("Can I just pay now so I don't wait in line? It's a Visa, %s, expires 09/27."
       % grp(EN_VISA1, [4, 4, 4, 4]), ("card", grp(EN_VISA1, [4, 4, 4, 4]))),
    it("Perfect, Ms. Castañeda, you're all set, we'll text you when it's in the bin.",
       ("name", "Castañeda")),
    it("Oh and can you deliver the next one? I'm at 880 Oakland Park Avenue, apartment 2C, "
       "43224.", ("address", "880 Oakland Park Avenue, apartment 2C, 43224")),
    # Irish health insurer, claims
    it("You're through to Corrib Health claims, my name is Aoife, can I start with your claim "
       "reference?", ("name", "Aoife")),
    it("It's C H 0 0 4 1 7 7 2 9, it's for the family plan we took out in May 2019."),
    it("Paudie O'Sullivan here, well Pádraig on the policy.",
       ("name", "Paudie O'Sullivan"), ("name", "Pádraig"),
       ctx="Grand, and who am I speaking with?"),
    it("I'm ringing about the physio claim, six sessions at 55 euro each, and the consultant in "
       "the Bon Secours was 200."),
    it("Thanks a million. The refund goes by EFT, can you give me the IBAN?"),
    it("Yeah, it's %s." % g4(EN_IE1), ("iban", g4(EN_IE1))),
    it("actually no hang on put it into the joint one it's I E %s, B O F I, %s, %s"
       % (say(EN_IE2[2:4], "en"), say(EN_IE2[8:14], "en", [2, 2, 2]),
          say(EN_IE2[14:], "en", [4, 4])),
       ("iban", "I E %s, B O F I, %s, %s" % (say(EN_IE2[2:4], "en"),
                                            say(EN_IE2[8:14], "en", [2, 2, 2]),
                                            say(EN_IE2[14:], "en", [4, 4])))),
    it("No bother. And an email for the remittance advice?"),
    it("paudie dot osullivan at eircom dot net, all one word the osullivan",
       ("email", "paudie dot osullivan at eircom dot net"),
       ctx="No bother. And an email for the remittance advice?"),
    it("Lovely. The claim should be processed within 15 working days, and you've used 4 of your "
       "12 physio visits for 2024."),
    # dental clinic, Brisbane
    it("G'day, Harbourside Dental, Shaz speaking.", ("name", "Shaz")),
    it("Hi, it's Lachie Pryce, I had a filling come out last night eating a Minties.",
       ("name", "Lachie Pryce")),
    it("oh four one two three three seven nine oh five",
       ("phone", "oh four one two three three seven nine oh five")),
    it("We've got a cancellation at 2:15 this arvo, or Wednesday at 8:30. The check-up and "
       "filling is about 240 dollars before your health fund rebate."),
    it("Is that covered by my Medibank extras? I've got the Silver Plus, it's usually item 521 "
       "and 022."),
    it("Unit 4, 27 Beaconsfield Street, Bulimba.",
       ("address", "Unit 4, 27 Beaconsfield Street, Bulimba"),
       ctx="And your home address for the file?"),
    it("yep the gap I'll put on the Mastercard %s"
       % say(EN_MC1, "en", [4, 4, 4, 4], oh=True),
       ("card", say(EN_MC1, "en", [4, 4, 4, 4], oh=True))),
    # optician, contact lens plan, London
    it("Clearview Opticians, Priya speaking, how can I help you today?", ("name", "Priya")),
    it("Good afternoon. My name is Babatunde Okonkwo-Bello, I want to cancel the direct debit on "
       "my contact lens plan and set up a new one.", ("name", "Babatunde Okonkwo-Bello")),
    it("No problem Mr Okonkwo-Bello, could you confirm your date of birth for security?",
       ("name", "Okonkwo-Bello")),
    it("Second of November, 1990.", ("date_of_birth", "Second of November, 1990"),
       ctx="No problem Mr Okonkwo-Bello, could you confirm your date of birth for security?"),
    it("The new account is with Barclays, the IBAN is %s." % g4(EN_GB1),
       ("iban", g4(EN_GB1))),
    it("Let me read that back: G B %s, B A R C, %s, %s, is that right?"
       % (say(EN_GB1[2:4], "en"), say(EN_GB1[8:14], "en"), say(EN_GB1[14:], "en")),
       ("iban", "G B %s, B A R C, %s, %s" % (say(EN_GB1[2:4], "en"), say(EN_GB1[8:14], "en"),
                                              say(EN_GB1[14:], "en")))),
    it("and the email is still tunde underscore okb at yahoo dot co dot uk?",
       ("email", "tunde underscore okb at yahoo dot co dot uk")),
    it("Your next eye test is due in September, and the daily lenses are 1-Day Acuvue Moist, 30 "
       "pairs a month at £24.50."),
    # US health plan, member services
    it("Thank you for calling Lakeshore Health Plan member services. My name is Destiny, may I "
       "have the member's full name?", ("name", "Destiny")),
    it("Yeah it's William Kowalczyk, K O W A L C Z Y K.",
       ("name", "William Kowalczyk"), ("name", "K O W A L C Z Y K"),
       ctx="may I have the member's full name?"),
    it("Thank you Mr. Kowalczyk. For verification, can I get the Social Security number?",
       ("name", "Kowalczyk")),
    it("Sure, %s." % say(EN_SSN1, "en", [3, 2, 4]), ("id", say(EN_SSN1, "en", [3, 2, 4])),
       ctx="For verification, can I get the Social Security number?"),
    it("seven nineteen sixty three", ("date_of_birth", "seven nineteen sixty three"),
       ctx="And date of birth?"),
    it("I'm calling because I got a bill for $1,847 from the ER visit on January ninth and it "
       "says claim denied."),
    it("I see claim number %s, it was denied as out of network, but you can file an appeal "
       "within 180 days." % np("2024 0117 3352")),
    it("It's 2217 Fairmount Avenue, apartment 3B, Cleveland Heights, Ohio 44118.",
       ("address", "2217 Fairmount Avenue, apartment 3B, Cleveland Heights, Ohio 44118"),
       ctx="Can you confirm the mailing address on file?"),
    it("My wife's on the plan too, her social is %s if you need it for the family "
       "deductible." % EN_SSN3, ("id", EN_SSN3)),
]

EN_SSN4 = ssn("108", "44", "2957")
EN_MC2_SAID = "%s %s, %s" % (EN_MC2[:4], EN_MC2[4:8], say(EN_MC2[8:], "en"))
EN_VISA2_SAID = "four five three nine, eight six one two, double oh four seven, seven three two %s" % (
    EN_D[int(EN_VISA2[-1])])
EN_GB2_SAID = "G B, %s, M I D L, %s %s %s, %s %s %s %s" % (
    EN_GB2[2:4], EN_GB2[8:10], EN_GB2[10:12], EN_GB2[12:14], EN_GB2[14:16], EN_GB2[16:18],
    EN_GB2[18:20], EN_GB2[20:22])
EN_DE1_SAID = "D E %s, %s" % (say(EN_DE1[2:4], "en", [2]), ", ".join(
    say(EN_DE1[i:i + 4], "en") for i in range(4, 22, 4)))

EN += [
    # private hospital, international patients office, London
    it("International patients office, Kensington Private Hospital, Harriet speaking.",
       ("name", "Harriet")),
    it("Hello, I am calling for my father's admission next week, for the cardiology package."),
    it("Of course. Does your father have a national ID or Iqama number for the embassy guarantee "
       "letter?"),
    it("Yes, he is Saudi, the national ID is %s." % EN_SAID, ("id", EN_SAID),
       ctx="Does your father have a national ID or Iqama number for the embassy guarantee letter?"),
    it("The nurse who travels with him is on an Iqama, %s." % say(EN_IQAMA, "en", [4, 3, 3]),
       ("id", say(EN_IQAMA, "en", [4, 3, 3]))),
    it("Please send the estimate to faisal.qahtani@outlook.sa and copy the embassy.",
       ("email", "faisal.qahtani@outlook.sa")),
    it("The estimate for the angiogram is 12,400 pounds, including 3 nights in a private room on "
       "the fifth floor of the Lister wing."),
    it("We will pay the deposit by card, American Express, %s." % grp(EN_AMEX, [4, 6, 5]),
       ("card", grp(EN_AMEX, [4, 6, 5]))),
    it("Any refund goes back to his account in Riyadh please, %s." % g4(EN_SA1),
       ("iban", g4(EN_SA1))),
    it("Flight SV 119 lands at Heathrow on the 16th at 14:35, so admission would be the 17th at 8 "
       "in the morning."),
    # pathology results line
    it("Meridian Pathology results line, you're speaking to Sam.", ("name", "Sam")),
    it("good morning this is venkatesh subramanian i gave the blood sample on monday for the "
       "hba1c and thyroid", ("name", "venkatesh subramanian")),
    it("Can I have your date of birth, please?"),
    it("third of September eighty-one, that is 03/09/1981",
       ("date_of_birth", "third of September eighty-one"), ("date_of_birth", "03/09/1981"),
       ctx="Can I have your date of birth, please?"),
    it("Your HbA1c came back at 48, same as in February, and the TSH is 2.1, so within range."),
    it("Could you email me the PDF? It's v e n k y dot s one nine eight one at gmail dot com.",
       ("email", "v e n k y dot s one nine eight one at gmail dot com")),
    it("and for the callback my mobile is plus 91 98450 31762, I am in Bangalore till the 20th",
       ("phone", "plus 91 98450 31762")),
    it("We can't email results, sorry, but Fairfield Surgery will have them by Thursday and "
       "you'll see them in the NHS App."),
    # physiotherapy, Perth
    it("swan river physio good morning"),
    it("I've got a referral from my GP for my shoulder, it's under a care plan, five sessions."),
    it("Lovely. Best number to reach you?"),
    it("It's oh four three eight, double two one, five six seven.",
       ("phone", "oh four three eight, double two one, five six seven"),
       ctx="Lovely. Best number to reach you?"),
    it("17 Kalamunda Road, South Guildford, 6055.",
       ("address", "17 Kalamunda Road, South Guildford, 6055"),
       ctx="And your home address for the Medicare claim?"),
    it("Initial assessment is 45 minutes, 110 dollars, then 75 for follow-ups; the Medicare "
       "rebate is 60.35."),
    it("send the receipt to meiling dot tan eighty eight at bigpond dot com please",
       ("email", "meiling dot tan eighty eight at bigpond dot com")),
    # hospital billing, maternity, Atlanta
    it("Hi, I'm Keisha Washington, I got two bills, one for me and one for the baby, and I think "
       "the nursery got charged twice.", ("name", "Keisha Washington")),
    it("Congratulations! Can I have the baby's date of birth?"),
    it("She was born October sixth, 2024, at 3:12 in the morning.",
       ("date_of_birth", "October sixth, 2024"),
       ctx="Congratulations! Can I have the baby's date of birth?"),
    it("And the guarantor's Social Security number?"),
    it("five two three, seven one, oh four eight nine",
       ("id", "five two three, seven one, oh four eight nine"),
       ctx="And the guarantor's Social Security number?"),
    it("I see invoice 8810 2264 for $3,215.60 and a newborn account for $1,140, and yes, the "
       "nursery charge on 10/7 shows twice."),
    it("Can I put $250 on it today? Discover, %s." % grp(EN_DISC, [4, 4, 4, 4], "-"),
       ("card", grp(EN_DISC, [4, 4, 4, 4], "-"))),
    it("Confirmation number is 7 7 4 1 9 2, and the corrected statement goes out in 7 to 10 "
       "days."),
    # online pharmacy, Ireland
    it("Hiya, you're through to Liffey Pharmacy online orders."),
    it("Hi, I ordered my repeat last week, the Ventolin and the Seretide, and it still hasn't "
       "come to Waterford."),
    it("Apartment 12, Harbour View, Ferrybank, Waterford, X91 K2T4.",
       ("address", "Apartment 12, Harbour View, Ferrybank, Waterford, X91 K2T4"),
       ctx="Sorry about that, can you confirm the delivery address?"),
    it("Right, An Post had it out for delivery on the 9th, tracking RX 8820 1145 IE, and it says "
       "returned to depot."),
    it("ring me before they come will you, oh eight seven, two one four, double six three nine",
       ("phone", "oh eight seven, two one four, double six three nine")),
    it("And my email's grainne.nicaodha@gmail.com if that's easier.",
       ("email", "grainne.nicaodha@gmail.com")),
    it("Put the 4.95 redelivery on this card so, %s." % grp(EN_VISA19, [4, 4, 4, 4, 3]),
       ("card", grp(EN_VISA19, [4, 4, 4, 4, 3]))),
    # travel vaccination clinic, Manchester
    it("Yellow fever is £75, typhoid is £45, and we need at least 10 days before you fly, so the "
       "latest is the 2nd of June."),
    it("My UK number is 07843 216590 and in Nigeria it's plus two three four, eight oh three, "
       "four one seven, two two nine six.", ("phone", "07843 216590"),
       ("phone", "plus two three four, eight oh three, four one seven, two two nine six")),
    it("We're on Deansgate, above the Boots, opposite John Lewis; the clinic's open Monday to "
       "Saturday, 9 till 5."),
    it("I'll pay the deposit now, MasterCard %s." % EN_MC2_SAID, ("card", EN_MC2_SAID)),
    it("and can the certificate be emailed to chidi.eze@outlook.com",
       ("email", "chidi.eze@outlook.com")),
    # urgent care, New York, Israeli tourist
    it("Hi, I'm Noa Ben-David, a tourist from Israel, I was seen at your urgent care on 34th "
       "Street yesterday.", ("name", "Noa Ben-David")),
    it("My travel insurance needs my Israeli ID number on the invoice, it's %s."
       % " ".join(EN_TZ), ("id", " ".join(EN_TZ))),
    it("send it to noa.bd@walla.co.il please", ("email", "noa.bd@walla.co.il")),
    it("The visit was $325 plus $90 for the X-ray, and the itemised invoice goes out within 2 "
       "business days."),
    # student dental clinic, Greek patient
    it("The Greek insurer asks for my AFM on the receipt, it's %s." % EN_AFM, ("id", EN_AFM)),
    it("and the refund to my German account please, %s" % EN_DE1_SAID, ("iban", EN_DE1_SAID)),
    # health cash plan, glasses claim, Yorkshire
    it("Pennine Health Cashplan, claims team, good afternoon."),
    it("My claim's for new glasses from Specsavers in Halifax, 189 pounds, and the eye test was "
       "25."),
    it("twenty second of the second eighty eight",
       ("date_of_birth", "twenty second of the second eighty eight"),
       ctx="Can I just take your date of birth?"),
    it("And would you rather a cheque or a bank transfer?"),
    it("bank transfer please, %s" % EN_GB2_SAID, ("iban", EN_GB2_SAID)),
    it("And we'd post the statement to 41 Birkby Hall Road, Huddersfield, HD2 2XB, still right?",
       ("address", "41 Birkby Hall Road, Huddersfield, HD2 2XB")),
    it("You've got 240 pounds a year for optical, you've claimed 25 already, so we'll pay the 189 "
       "in full."),
    # dental plan, Chicago
    it("Keystone Dental Plans, how can I help?"),
    it("Hi, I'm trying to find out if my crown is covered, the dentist quoted me $1,350 and said "
       "the plan pays 50 percent after the $50 deductible."),
    it("ok so the subscriber's social is %s" % say(EN_SSN4, "en", [3, 2, 4], oh=True),
       ("id", say(EN_SSN4, "en", [3, 2, 4], oh=True))),
    it("I'll pay the deductible by card, %s" % EN_VISA2_SAID, ("card", EN_VISA2_SAID)),
    it("and mail the EOB to 4410 North Kedzie Avenue, Chicago, 60625",
       ("address", "4410 North Kedzie Avenue, Chicago, 60625")),
    it("Annual maximum is $1,500, you've used $380 this year, and the waiting period for major "
       "services ended in March."),
]

LANGS["en"] = EN

# ================================================================ Arabic

AR_SAID1 = saudi("105827364")
AR_SAID2 = saudi("112093847")
AR_SAID3 = saudi("109472635")
AR_SAID4 = saudi("117305982")
AR_IQ1 = saudi("238104756")
AR_IQ2 = saudi("251736408")
AR_IQ3 = saudi("226480913")
AR_VISA_AE = card("476173004582910", 16)
AR_MADA = card("440647120038571", 16)
AR_MC_EG = card("535522870093321", 16)
AR_VISA_JO = card("492181003374625", 16)
AR_MC_AE = card("545301992847105", 16)
AR_AMEX_QA = card("37441803762109", 15)
AR_VISA_LB = card("401795028836417", 16)
AR_AE1 = iban("AE", "0260001015738294501")
AR_JO1 = iban("JO", "CBJO0010000000013102506010")
AR_SA1 = iban("SA", "10000001400012945807")
AR_SA2 = iban("SA", "45000000198406275010")
AR_QA1 = iban("QA", "QNBA000000000731845629004")
AR_LB1 = iban("LB", "099900000001001901229114")
AR_EG1 = iban("EG", "0019000500000000263180002")
AR_JO1_BACK = "JO %s، CBJO، %s" % (say(AR_JO1[2:4], "ar", [2]), ind(g4(AR_JO1[8:])))

AR = [
    # hospital appointments line, Riyadh
    it("مستشفى الرعاية التخصصي، قسم المواعيد، معك عبدالرحمن، كيف أقدر أخدمك؟",
       ("name", "عبدالرحمن")),
    it("السلام عليكم، أنا نورة العتيبي، أبي أحجز موعد في عيادة الغدد.", ("name", "نورة العتيبي")),
    it("وعليكم السلام أستاذة نورة، عطيني رقم الهوية لو سمحتي.", ("name", "نورة")),
    it("رقم الهوية %s" % ind(AR_SAID1), ("id", ind(AR_SAID1)),
       ctx="وعليكم السلام أستاذة نورة، عطيني رقم الهوية لو سمحتي."),
    it("يعني %s، صح؟" % say(AR_SAID1, "ar"), ("id", say(AR_SAID1, "ar"))),
    it("إيه صح، وتاريخ ميلادي بالهجري ١٤٠٥/٠٣/١٢", ("date_of_birth", "١٤٠٥/٠٣/١٢")),
    it("أقرب موعد عند استشاري الغدد يوم الأحد ١٥ سبتمبر الساعة عشرة ونص الصبح، الدور الثالث عيادة "
       "رقم ٣١٤."),
    it("الجوال المسجل عندنا ٠٥٥٣٨٢٤٤١٧، صحيح؟", ("phone", "٠٥٥٣٨٢٤٤١٧")),
    it("لا هذا قديم، الجديد صفر خمسة واحد، سبعة اثنين ثمانية، تسعة تسعة صفر ستة",
       ("phone", "صفر خمسة واحد، سبعة اثنين ثمانية، تسعة تسعة صفر ستة")),
    it("وحدّث العنوان الوطني لو سمحت: الرياض، حي الملقا، شارع أنس بن مالك، مبنى ٨٢٣١، الرمز "
       "البريدي ١٣٥٢٤", ("address", "الرياض، حي الملقا، شارع أنس بن مالك، مبنى ٨٢٣١، الرمز "
                                    "البريدي ١٣٥٢٤")),
    it("والإيميل nora.alotaibi92@gmail.com عشان يوصلني التقرير", ("email", "nora.alotaibi92@gmail.com")),
    it("بيوصلك رسالة تأكيد قبل الموعد بيومين، ولازم تجيبين التحويل من مركز صحي الملقا."),
    it("طيب التحويل مكتوب عليه رقم ٧٧٤٠٢١ وتاريخ ٣ / ٩، يكفي؟"),
    # pharmacy delivery, Dubai
    it("صيدلية الندى، معاك ريم، تفضلي.", ("name", "ريم")),
    it("هلا والله، أنا أم خالد، أبغي أطلب الدوا الشهري مال الضغط والسكر.", ("name", "أم خالد")),
    it("الكونكور ٥ ملغ علبة ٣٠ حبة والجلوكوفاج ١٠٠٠، المجموع ١٨٧ درهم والتوصيل مجاني فوق ١٥٠."),
    it("تمام أم خالد، نوصله على نفس العنوان؟", ("name", "أم خالد")),
    it("لا، انتقلنا. فيلا ٢٣، شارع ١٥، البرشاء ٢.", ("address", "فيلا ٢٣، شارع ١٥، البرشاء ٢"),
       ctx="تمام أم خالد، نوصله على نفس العنوان؟"),
    it("والمندوب يتصل على ٠٥٠ ٤٤١ ٢٨٧٦ ولا على رقم ثاني؟", ("phone", "٠٥٠ ٤٤١ ٢٨٧٦")),
    it("على الموبايل، بس إذا ما رديت كلم ولدي على +971 55 309 7712",
       ("phone", "+971 55 309 7712")),
    it("وبدفع بالبطاقة، %s" % ind(grp(AR_VISA_AE, [4, 4, 4, 4])),
       ("card", ind(grp(AR_VISA_AE, [4, 4, 4, 4])))),
    it("الطلب رقم ٥٥٠٢٨١ بيوصلك اليوم بين الساعة ٤ و٦ العصر، إن شاء الله."),
    it("والفرق اللي يرجع من التأمين حطوه على الآيبان %s" % g4(AR_AE1), ("iban", g4(AR_AE1))),
    # radiology centre, Cairo
    it("مركز النيل للأشعة، صباح الخير، معاكي منة.", ("name", "منة")),
    it("صباح النور يا فندم، أنا محمود عبد الحميد، كنت عايز أحجز أشعة رنين على الركبة.",
       ("name", "محمود عبد الحميد")),
    it("تحت أمرك يا أستاذ محمود، معاك تحويل من الدكتور؟", ("name", "محمود")),
    it("أيوه، من مستشفى السلام الدولي، والتأمين بتاع الشركة بيغطي ٨٠ في المية."),
    it("الرنين بـ ١٨٥٠ جنيه، والتأمين هيدفع ١٤٨٠، يعني حضرتك هتدفع ٣٧٠ بس."),
    it("صفر واحد اتنين اتنين، تلاتة ستة خمسة، صفر تسعة أربعة أربعة",
       ("phone", "صفر واحد اتنين اتنين، تلاتة ستة خمسة، صفر تسعة أربعة أربعة"),
       ctx="ممكن رقم موبايل حضرتك؟"),
    it("خمستاشر أربعة أربعة وتسعين", ("date_of_birth", "خمستاشر أربعة أربعة وتسعين"),
       ctx="وتاريخ الميلاد يا فندم؟"),
    it("الموعد يوم الخميس الجاي الساعة ٧ بالليل، فرع مدينة نصر في شارع مكرم عبيد، وتيجي صايم ٤ "
       "ساعات."),
    it("ابعتلي التأكيد على الإيميل، m_abdelhamid94 at hotmail dot com",
       ("email", "m_abdelhamid94 at hotmail dot com")),
    it("تمام يا فندم، الحجز اتأكد ورقمه ٣٣٠٩٨، والعربون ٢٠٠ جنيه."),
    it("هدفع العربون بالكارت، %s" % grp(AR_MC_EG, [4, 4, 4, 4]),
       ("card", grp(AR_MC_EG, [4, 4, 4, 4]))),
    it("ولو الموعد اتلغى الفلوس ترجع على حسابي في البنك الأهلي، %s" % AR_EG1, ("iban", AR_EG1)),
    # health insurance reimbursement, Amman
    it("مرحبا، تأمين البتراء الصحي، معك لانا، كيف بقدر أساعدك؟", ("name", "لانا")),
    it("أهلين، أنا رنا الخطيب، قدمت مطالبة تعويض عن نظارات من شهرين وما وصلني إشي.",
       ("name", "رنا الخطيب")),
    it("ولا يهمك، شو رقم المطالبة؟"),
    it("رقم المطالبة CLM 2024 88713، النظارة كانت بـ ١٩٥ دينار والعدسات ٦٠."),
    it("المطالبة انقبلت بـ ١٦٠ دينار، بس ناقصنا رقم الآيبان عشان نحول."),
    it("آه أكيد، الآيبان %s" % g4(AR_JO1), ("iban", g4(AR_JO1)),
       ctx="المطالبة انقبلت بـ ١٦٠ دينار، بس ناقصنا رقم الآيبان عشان نحول."),
    it("خليني أعيده عليكي: %s، مزبوط؟" % AR_JO1_BACK, ("iban", AR_JO1_BACK)),
    it("ولو سمحتي ابعتيلي الإشعار على الإيميل، رنا دوت خطيب آت ياهو دوت كوم",
       ("email", "رنا دوت خطيب آت ياهو دوت كوم")),
    it("وبس للتأكيد، تاريخ ميلادك ٣ / ١١ / ١٩٨٧؟", ("date_of_birth", "٣ / ١١ / ١٩٨٧")),
    it("اه مزبوط، وجوالي تغير صار ٠٧٩ ٥٥١ ٢٣٤٠", ("phone", "٠٧٩ ٥٥١ ٢٣٤٠")),
    it("التحويل بياخد من ٥ ل ٧ أيام عمل، والجمعة والسبت عطلة عنا."),
    # dental clinic, Casablanca
    it("ألو، عيادة ابتسامة لطب الأسنان، معاك سلمى.", ("name", "سلمى")),
    it("السلام، أنا خديجة بنعلي، بغيت ندير رونديفو عند الطبيب، عندي ضرسة كتضرني بزاف.",
       ("name", "خديجة بنعلي")),
    it("واخا لالة خديجة، عطيني النمرة ديال التيليفون.", ("name", "خديجة")),
    it("zéro six, soixante et un, vingt-trois, quarante-cinq, soixante-dix-huit",
       ("phone", "zéro six, soixante et un, vingt-trois, quarante-cinq, soixante-dix-huit"),
       ctx="واخا لالة خديجة، عطيني النمرة ديال التيليفون."),
    it("يعني ٠٦ ٦١ ٢٣ ٤٥ ٧٨، صافي؟", ("phone", "٠٦ ٦١ ٢٣ ٤٥ ٧٨")),
    it("عندنا نهار الثلاثاء مع العشرة ونص، ولا الخميس مع الثلاثة، والكشف ب ٢٠٠ درهم."),
    it("واش عندك التغطية ديال CNSS ولا AMO؟ حيت خاصك الورقة ديال ٤ صفحات."),
    it("khadija.benali arobase gmail point com", ("email", "khadija.benali arobase gmail point com"),
       ctx="عطيني الإيميل باش نصيفطو ليك الفاتورة"),
    it("والعنوان ديالك للملف؟ رقم 17، زنقة الأطلس، حي المعاريف، الدار البيضاء",
       ("address", "رقم 17، زنقة الأطلس، حي المعاريف، الدار البيضاء")),
    # medical laboratory, Beirut
    it("مختبر الأرز، صباح الخير، معك طوني.", ("name", "طوني")),
    it("صباح النور، أنا جويل حداد، عملت فحص دم مبارح وبدي أعرف إذا طلعت النتيجة.",
       ("name", "جويل حداد")),
    it("ستة وعشرين تشرين التاني، تسعين", ("date_of_birth", "ستة وعشرين تشرين التاني، تسعين"),
       ctx="أكيد، فيكي تعطيني تاريخ ميلادك للتأكيد؟"),
    it("النتيجة طلعت، الفيتامين د ١٨ وهو ناقص شوي، والحديد ٦٥، والدكتور بيحكيكي بعد الساعة ٣."),
    it("بتبعتولي ياها على الإيميل؟ joelle.haddad@outlook.com", ("email", "joelle.haddad@outlook.com")),
    it("الفاتورة ٨٥ دولار، و٤٠ بالمية بيرجعوا من الضمان إذا جبتي الوصفة."),
    it("ورقمي إذا بدك ٠٣ ٤٤٥ ٢١٨", ("phone", "٠٣ ٤٤٥ ٢١٨")),
]

def _eg(s):
    """Egyptian pronunciation of some digit words."""
    return s.replace("اثنين", "اتنين").replace("ثلاثة", "تلاتة").replace("ثمانية", "تمانية")


def _ar_groups(d, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(say(d[i:i + n], "ar"))
        i += n
    return "، ".join(out)


AR_IQ1_SAID = _eg(_ar_groups(AR_IQ1, [3, 3, 3, 1]))
AR_SAID2_SAID = _ar_groups(AR_SAID2, [3, 3, 3, 1])
AR_VISA_JO_SAID = say(AR_VISA_JO, "ar", [2] * 8)
AR_SA1_SAID = "SA%s %s" % (AR_SA1[2:4], ind(g4(AR_SA1[4:])))
AR_SA2_SAID = "SA %s، %s" % (say(AR_SA2[2:4], "ar", [2]), say(AR_SA2[4:], "ar", [2] * 10))

AR += [
    # eye centre and optics, Jeddah
    it("مركز عيون الحجاز، قسم الحجوزات، تفضل."),
    it("أهلاً يا باشا، أنا شريف، مصري مقيم في جدة، عايز أحجز كشف نظر وأعمل نضارة جديدة.",
       ("name", "شريف")),
    it("حياك الله يا أستاذ شريف، عطني رقم الإقامة.", ("name", "شريف")),
    it(AR_IQ1_SAID, ("id", AR_IQ1_SAID), ctx="حياك الله يا أستاذ شريف، عطني رقم الإقامة."),
    it("الكشف ١٥٠ ريال، والنظارة تبدأ من ٣٩٩ ريال، وعندنا عرض الثانية بنص السعر لين نهاية رمضان."),
    it("مواليد ٢٠ يوليو ١٩٨٠", ("date_of_birth", "٢٠ يوليو ١٩٨٠"), ctx="وتاريخ ميلادك؟ لأجل ملف التأمين"),
    it("وجوالي صفر خمسة ستة، ٤٤٧، ٢١٩٣", ("phone", "صفر خمسة ستة، ٤٤٧، ٢١٩٣")),
    it("هدفع بمدى، %s" % ind(grp(AR_MADA, [4, 4, 4, 4])), ("card", ind(grp(AR_MADA, [4, 4, 4, 4])))),
    it("ابعتوا النضارة على البيت: جدة، حي الصفا، شارع الأمير ماجد، عمارة ١٤، شقة ٦",
       ("address", "جدة، حي الصفا، شارع الأمير ماجد، عمارة ١٤، شقة ٦")),
    it("النظارة تجهز خلال ٥ أيام عمل، والتوصيل داخل جدة بـ ٢٥ ريال، وخارجها ٤٠."),
    # pharmacy chain delivery, Cairo
    it("صيدليات الحياة، خدمة التوصيل، أقدر أساعد حضرتك إزاي؟"),
    it("أيوه يا ابني، أنا الحاجة سعاد، عايزة أطلب علاج الضغط بتاعي زي كل شهر.", ("name", "سعاد")),
    it("الكونكور ٥ والنورفاسك ١٠، علبة من كل واحد، الحساب ٢٤٦ جنيه والتوصيل ١٥."),
    it("١٤ شارع مصطفى النحاس، مدينة نصر، الدور التالت، شقة ٩",
       ("address", "١٤ شارع مصطفى النحاس، مدينة نصر، الدور التالت، شقة ٩"),
       ctx="العنوان إيه يا حاجة؟"),
    it("ورقم التليفون الأرضي ٠٢ ٢٢٧٠ ٤٨١٣ زي ما هو؟", ("phone", "٠٢ ٢٢٧٠ ٤٨١٣")),
    it("الأوردر رقمه ٦٦٠١٩٤ وهيوصل خلال ساعة، والمندوب معاه ماكينة الفيزا لو حابة تدفعي بالكارت."),
    it("والروشتة بتاعة الأنسولين لازم تتجدد كل ٣ شهور، آخر مرة كانت في ١٢ مارس."),
    # health insurer, reimbursement, Riyadh
    it("شركة الشفاء للتأمين التعاوني، خدمة العملاء، كيف أقدر أساعدك؟"),
    it("هلا، معك أبو فهد، عندي مطالبة استرداد لعلاج أسنان ولدي.", ("name", "أبو فهد")),
    it("حياك الله، ممكن رقم هوية المؤمن الرئيسي؟"),
    it("اكتب: %s" % AR_SAID2_SAID, ("id", AR_SAID2_SAID),
       ctx="حياك الله، ممكن رقم هوية المؤمن الرئيسي؟"),
    it("وهوية ولدي المستفيد %s" % ind(AR_SAID4), ("id", ind(AR_SAID4))),
    it("وإذا تحتاج تاريخ ميلاده، مواليد ١٠ / ١٠ / ٢٠١٠", ("date_of_birth", "١٠ / ١٠ / ٢٠١٠")),
    it("المبلغ المطلوب ٢٬٣٥٠ ريال، والمعتمد حسب جدول المنافع ١٬٨٨٠ ريال بعد نسبة التحمل ٢٠٪."),
    it("الآيبان %s" % AR_SA1_SAID, ("iban", AR_SA1_SAID), ctx="وين تبي نحول المبلغ؟"),
    it("وابعث لي التأكيد على abufahad.q@gmail.com", ("email", "abufahad.q@gmail.com")),
    it("رقم المطالبة %s وتنحول خلال ١٠ أيام عمل، وتوصلك رسالة على الجوال." % ind(np("90047731"))),
    # home physiotherapy, Amman
    it("مركز الحركة للعلاج الطبيعي، مرحبا."),
    it("مرحبا، أنا سامر حدادين، بدي جلسات علاج طبيعي لأمي بعد عملية الورك، بس ما بتقدر تيجي، بدنا "
       "زيارات بالبيت.", ("name", "سامر حدادين")),
    it("الجلسة بالبيت بـ ٣٥ دينار، وبنعمل ١٠ جلسات، مرتين بالأسبوع، أيام الأحد والأربعاء."),
    it("خلدا، شارع وصفي التل، عمارة ٣٣، الطابق التاني",
       ("address", "خلدا، شارع وصفي التل، عمارة ٣٣، الطابق التاني"), ctx="وين العنوان بالزبط؟"),
    it("أمي مواليد أول أيلول ستة وأربعين", ("date_of_birth", "أول أيلول ستة وأربعين"),
       ctx="وتاريخ ميلاد الوالدة للملف؟"),
    it("بدفع بالفيزا: %s" % AR_VISA_JO_SAID, ("card", AR_VISA_JO_SAID)),
    it("وإيميلي samer.haddadin@gmail.com إذا بدكم تبعتولي الفاتورة",
       ("email", "samer.haddadin@gmail.com")),
    # children's vaccination clinic, Abu Dhabi
    it("عيادة الطفل السعيد، معك هند، تفضلي.", ("name", "هند")),
    it("أبي أحجز تطعيم الأربع شهور لبنتي، الموعد الأول كان في ١٨ يوليو."),
    it("اثنين وعشرين مايو ألفين وأربعة وعشرين",
       ("date_of_birth", "اثنين وعشرين مايو ألفين وأربعة وعشرين"), ctx="تاريخ ميلاد البنت؟"),
    it("التطعيم السداسي والروتا، الموعد يوم الاثنين ١٦ سبتمبر الساعة ٩:٤٥، والجرعة الثانية بعد ٨ "
       "أسابيع."),
    it("أبوظبي، مدينة خليفة أ، شارع ١٢، فيلا ٤٧", ("address", "أبوظبي، مدينة خليفة أ، شارع ١٢، فيلا ٤٧"),
       ctx="والعنوان في الملف؟"),
    it("التطعيم ٤٢٠ درهم والتأمين يغطي ٨٠٪، يعني عليك ٨٤ درهم."),
    it("ادفعها بالماستركارد %s" % grp(AR_MC_AE, [4, 4, 4, 4]), ("card", grp(AR_MC_AE, [4, 4, 4, 4]))),
    # dental clinic accounts, Doha
    it("عيادة اللؤلؤة للأسنان في الدوحة، قسم الحسابات، تفضل."),
    it("دفعت عربون تقويم ٥٠٠٠ ريال في شهر ٢ وبعدين ألغيت، والعقد يقول يرجع ٧٠٪."),
    it("حولوا المبلغ على حسابي في QNB، الآيبان %s" % g4(AR_QA1), ("iban", g4(AR_QA1))),
    it("ورقمي القطري ٣٣٥٦ ٢٠٨٤ لو احتجتوا شي", ("phone", "٣٣٥٦ ٢٠٨٤")),
    it("الفاتورة رقم INV-7731 بتاريخ ٢٥/٠٢ بقيمة ٥٠٠٠ ريال، والخصم الإداري ١٥٠٠."),
    it("أو رجعوها على بطاقة الأمريكان إكسبريس اللي دفعت فيها: %s" % grp(AR_AMEX_QA, [4, 6, 5]),
       ("card", grp(AR_AMEX_QA, [4, 6, 5]))),
    # hospital patient relations, Riyadh
    it("إدارة علاقات المرضى بمستشفى الملك فهد التخصصي، أرحب بك، معك خالد.", ("name", "خالد")),
    it("أتصل بخصوص والدي المنوم في جناح ٧ سرير ١٢ من يوم الثلاثاء."),
    it("هوية الوالد %s، ومواليد ١٩٥٢/٠٧/٠١" % AR_SAID3, ("id", AR_SAID3),
       ("date_of_birth", "١٩٥٢/٠٧/٠١")),
    it("والسواق اللي بيستلم الأدوية إقامته %s" % AR_IQ2, ("id", AR_IQ2)),
    it("وأنا زوج بنته، أردني ومقيم، إقامتي %s، لحظة خليني أتأكد، %s"
       % (ind(AR_IQ3[:5]), ind(AR_IQ3[5:])),
       ("id", ind(AR_IQ3[:5]), "partial"), ("id", ind(AR_IQ3[5:]), "partial")),
    it("زيارة الجناح من ٤ العصر لين ٩ بالليل، ومسموح بمرافق واحد بعد الساعة ١٠."),
    it("وأي مبالغ ترجع للوالد حولوها على الآيبان %s" % AR_SA2_SAID, ("iban", AR_SA2_SAID)),
    # laboratory, Beirut, second call
    it("مرحبا، بدي إسأل عن الفحص اللي دفعتلو مرتين بالغلط، ٨٥ دولار."),
    it("رجعولي المصاري على حسابي %s" % g4(AR_LB1), ("iban", g4(AR_LB1))),
    it("وبعتولي النتيجة عالبيت: الأشرفية، شارع مار متر، بناية نصار، الطابق الرابع",
       ("address", "الأشرفية، شارع مار متر، بناية نصار، الطابق الرابع")),
    it("والبطاقة اللي انسحب منها %s" % grp(AR_VISA_LB, [4, 4, 4, 4]),
       ("card", grp(AR_VISA_LB, [4, 4, 4, 4]))),
    it("إيميلي samar underscore khoury at hotmail dot com",
       ("email", "samar underscore khoury at hotmail dot com")),
]

LANGS["ar"] = AR

# ================================================================ Hebrew

HE_TZ1 = tz("05839271")
HE_TZ2 = tz("31740562")
HE_TZ3 = tz("20416973")
HE_TZ4 = tz("32987104")
HE_TZ5 = tz("34620418")
HE_TZ6 = tz("03357192")
HE_TZ7 = tz("21148357")
HE_TZ8 = tz("00925561")
HE_VISA1 = card("458012347718206", 16)
HE_VISA2 = card("458003926184470", 16)
HE_MC1 = card("532610884720193", 16)
HE_MC2 = card("540139275561082", 16)
HE_VISA3 = card("455790013846628", 16)
HE_DINERS = card("3641827730945", 14)
HE_AMEX = card("37593100482716", 15)
HE_IL1 = iban("IL", "0106120000000387145")
HE_IL2 = iban("IL", "0127330000000529018")
HE_IL3 = iban("IL", "0200850000000261934")
HE_IL4 = iban("IL", "0111870000000743201")
HE_IL5 = iban("IL", "0314410000000118263")
HE_FR = iban("FR", "30004008220001029384756")
HE_GB = iban("GB", "LOYD30963411872203")
HE_IL1_BACK = "IL %s, %s" % (say(HE_IL1[2:4], "he", [2]),
                             say(HE_IL1[4:], "he", [3, 3, 4, 3, 3, 3]))

HE = [
    # health fund booking line
    it("מאוחדת שלום, מדברת שירן, איך אפשר לעזור?", ("name", "שירן")),
    it("כן שלום, שמי יוסי מזרחי, אני רוצה לקבוע תור לאורתופד.", ("name", "יוסי מזרחי")),
    it("בשמחה יוסי, מה מספר תעודת הזהות?", ("name", "יוסי")),
    it(say(HE_TZ1, "he", [3, 3, 3]), ("id", say(HE_TZ1, "he", [3, 3, 3])),
       ctx="בשמחה יוסי, מה מספר תעודת הזהות?"),
    it("שנים עשר במרץ שמונים וחמש", ("date_of_birth", "שנים עשר במרץ שמונים וחמש"),
       ctx="ותאריך לידה?"),
    it("יש לי תור ביום שלישי ה-14 בשעה 10:40 אצל אורתופד בסניף ברחוב ויצמן, או ביום חמישי ב-8 "
       "בבוקר בפתח תקווה."),
    it("ביום שלישי מצוין, ויש לי הפניה מרופאת המשפחה מה-2 לחודש."),
    it("אני שולחת לך אישור בסמס למספר 052-4478291, נכון?", ("phone", "052-4478291")),
    it("כן, זה הנייד. והמייל שלי yossi.mizrahi75@gmail.com", ("email", "yossi.mizrahi75@gmail.com")),
    it("מצוין, מספר התור 88213, ובגלל שזה רופא מומחה ההשתתפות העצמית היא 28 שקל לרבעון."),
    # pharmacy, prescription renewal
    it("סופר-פארם עזריאלי, בית מרקחת, אליאור מדבר.", ("name", "אליאור")),
    it("שלום, מדבר מוחמד אבו ריא, אני צריך לחדש מרשם של אלטרוקסין לאבא שלי, הוא בכללית.",
       ("name", "מוחמד אבו ריא")),
    it("המרשם האחרון היה ב-3 ביוני, 100 מיקרוגרם, 90 כדורים, והוא בתוקף עוד חודש."),
    it("אין בעיה מוחמד, תן לי תעודת זהות ותאריך לידה של אבא שלך", ("name", "מוחמד")),
    it("תעודת זהות %s-%s, נולד ב-5/11/1953" % (HE_TZ2[:8], HE_TZ2[8]),
       ("id", "%s-%s" % (HE_TZ2[:8], HE_TZ2[8])), ("date_of_birth", "5/11/1953"),
       ctx="אין בעיה מוחמד, תן לי תעודת זהות ותאריך לידה של אבא שלך"),
    it("אפס חמש ארבע, שבע שבע שלוש, אחת שמונה שתיים תשע",
       ("phone", "אפס חמש ארבע, שבע שבע שלוש, אחת שמונה שתיים תשע"),
       ctx="ואיזה טלפון לעדכן כשזה מוכן?"),
    it("זה יהיה מוכן מחר אחרי 12, המחיר 17 שקל ו-90 אגורות, ובמכבי זה היה 24."),
    it("אפשר לשלם עכשיו? כרטיס %s" % grp(HE_VISA1, [4, 4, 4, 4]),
       ("card", grp(HE_VISA1, [4, 4, 4, 4]))),
    it("והמייל לקבלה mohammad.aburaya@hotmail.com", ("email", "mohammad.aburaya@hotmail.com")),
    it("ואם צריך משלוח, אנחנו גרים ברחוב הגפן 12, טייבה", ("address", "רחוב הגפן 12, טייבה")),
    # supplementary insurance, glasses refund
    it("שירותי בריאות כללית, ביטוח משלים, שמי אבי.", ("name", "אבי")),
    it("שלום, אני סבטלנה קוזלוב, אני רוצה לבדוק מה עם החזר על משקפיים, שלחתי קבלה לפני חודש.",
       ("name", "סבטלנה קוזלוב")),
    it("בטח גברת קוזלוב, תעודת זהות בבקשה.", ("name", "קוזלוב")),
    it("כן, %s" % say(HE_TZ3, "he", fem=False), ("id", say(HE_TZ3, "he", fem=False)),
       ctx="בטח גברת קוזלוב, תעודת זהות בבקשה."),
    it("ההחזר למשקפיים הוא עד 400 שקל פעם בשלוש שנים, והקבלה שלך על 1,250 שקל מה-19 בפברואר."),
    it("הבקשה אושרה, מספר פנייה 2024-558731, אבל חסר לנו אישור ניהול חשבון."),
    it("אני נותנת עכשיו: %s" % g4(HE_IL1), ("iban", g4(HE_IL1))),
    it("רגע, אני חוזרת: %s, נכון?" % HE_IL1_BACK, ("iban", HE_IL1_BACK)),
    it("ואימייל? סבטה קוזלוב שטרודל וואלה נקודה קו נקודה איל",
       ("email", "סבטה קוזלוב שטרודל וואלה נקודה קו נקודה איל")),
    it("אה, ותעדכנו כתובת, עברתי לרחוב ההסתדרות 19, דירה 7, אשקלון",
       ("address", "רחוב ההסתדרות 19, דירה 7, אשקלון")),
    it("הכסף ייכנס תוך 7 עד 10 ימי עסקים, ותקבלי מכתב בדואר לכתובת החדשה."),
    # dental clinic
    it("מרפאת השיניים חיוך, שלום, מדברת מורן.", ("name", "מורן")),
    it("Hi, sorry, my Hebrew is not great, שמי שירה גולדברג, I need to move my appointment, יש לי "
       "תור ביום ראשון.", ("name", "שירה גולדברג")),
    it("אין בעיה, התור של ה-9 בספטמבר ב-16:30 לטיפול שורש, אפשר להעביר ל-23 באותה שעה."),
    it("תודה שירה, ואת רוצה לשלם את המקדמה של 450 שקל עכשיו?", ("name", "שירה")),
    it("yeah sure, %s, תוקף 08/26" % grp(HE_VISA2, [4, 4, 4, 4]),
       ("card", grp(HE_VISA2, [4, 4, 4, 4]))),
    it("and the receipt to s h i r a dot goldberg at gmail dot com",
       ("email", "s h i r a dot goldberg at gmail dot com")),
    it("אני גרה ברחוב הנביאים 8, דירה 3, ירושלים, if you need it for the receipt",
       ("address", "רחוב הנביאים 8, דירה 3, ירושלים")),
    it("ואם יש החזר מהביטוח, לחשבון שלי באנגליה, %s" % g4(HE_GB), ("iban", g4(HE_GB))),
    # imaging institute, hospital
    it("מכון הדימות בשיבא, בוקר טוב, קוראים לי רונית.", ("name", "רונית")),
    it("בוקר טוב, מדברת אסתר ווביט, יש לי הפניה ל-MRI של הגב, קיבלתי טופס 17 מלאומית.",
       ("name", "אסתר ווביט")),
    it("טופס 17 בתוקף 3 חודשים, מספר ההתחייבות 7730219, והבדיקה לוקחת בערך 40 דקות."),
    it("תודה אסתר, מה מספר הזהות?", ("name", "אסתר")),
    it(grp(HE_TZ4, [3, 2, 2, 2]), ("id", grp(HE_TZ4, [3, 2, 2, 2])),
       ctx="תודה אסתר, מה מספר הזהות?"),
    it("עשרים ושבע לשמונה, תשעים ושתיים", ("date_of_birth", "עשרים ושבע לשמונה, תשעים ושתיים"),
       ctx="ותאריך לידה?"),
    it("יש מקום ב-4 בנובמבר ב-21:15 בלילה, או ב-12 בדצמבר ב-7 בבוקר, בבניין הדימות ליד בית החולים "
       "ספרא."),
    it("תשלחו את הזימון לכתובת שלי? שדרות ירושלים 114, קומה שלישית, יפו",
       ("address", "שדרות ירושלים 114, קומה שלישית, יפו")),
    it("והטלפון שלי 058-6620413, אם משהו משתנה", ("phone", "058-6620413")),
    it("אם זה פרטי בלי טופס 17 זה 1,400 שקל, אפשר לשלם בכרטיס %s" % grp(HE_MC1, [4, 4, 4, 4], "-"),
       ("card", grp(HE_MC1, [4, 4, 4, 4], "-"))),
    # private laboratory, results
    it("מעבדות לב השרון, תוצאות בדיקות, שלום."),
    it("שלום, זאת נחמה לוי, עשיתי בדיקות דם ביום שני ואני לא רואה אותן באפליקציה.",
       ("name", "נחמה לוי")),
    it("נחמה, תגידי לי תאריך לידה בבקשה", ("name", "נחמה")),
    it("השלושה בינואר ארבעים ושמונה", ("date_of_birth", "השלושה בינואר ארבעים ושמונה"),
       ctx="נחמה, תגידי לי תאריך לידה בבקשה"),
    it("הבדיקות נשלחו ביום שלישי, הכולסטרול 212, הסוכר 104, וה-TSH עוד לא חזר, זה לוקח עד 5 ימי "
       "עבודה."),
    it("אפשר לשלוח לי למייל? nechama.levi1948@bezeqint.net", ("email", "nechama.levi1948@bezeqint.net")),
    it("ואם אין, תתקשרו הביתה, 04-8261590", ("phone", "04-8261590")),
]

HE_IL4_SAID = "IL%s, %s, %s, %s, %s, %s" % (
    HE_IL4[2:4], say(HE_IL4[4:7], "he"), say(HE_IL4[7:10], "he"), say(HE_IL4[10:17], "he"),
    say(HE_IL4[17:20], "he"), say(HE_IL4[20:], "he"))

HE += [
    # physiotherapy institute
    it("מכון הפיזיותרפיה של מכבי בנתניה, שלום, במה אפשר לעזור?"),
    it("בונז'ור, סליחה, שלום, קוראים לי אוולין בן חמו, אני צריכה להמשיך טיפולים לברך.",
       ("name", "אוולין בן חמו")),
    it("אושרו לך 6 טיפולים, השתמשת ב-4, אז נשארו 2 עד סוף דצמבר, ואחר כך צריך הפניה חדשה "
       "מהאורתופד."),
    it("הנייד שלי פלוס תשע שבע שתיים, חמישים ושלוש, שלוש שלוש אחת, ארבעים ושתיים, שבעים",
       ("phone", "פלוס תשע שבע שתיים, חמישים ושלוש, שלוש שלוש אחת, ארבעים ושתיים, שבעים")),
    it("המייל evelyne.benhamou@orange.fr, עם e בסוף", ("email", "evelyne.benhamou@orange.fr")),
    it("ההחזר מהביטוח הצרפתי שלי הולך לחשבון בצרפת, %s" % g4(HE_FR), ("iban", g4(HE_FR))),
    it("ואם צריך תאריך לידה, ה-18 באפריל 1957", ("date_of_birth", "18 באפריל 1957")),
    it("את הטיפול הפרטי אני משלמת במסטרקארד %s" % grp(HE_MC2, [4, 4, 4, 4]),
       ("card", grp(HE_MC2, [4, 4, 4, 4]))),
    # mother and baby clinic
    it("טיפת חלב רמלה, שלום, מדברת ליאת.", ("name", "ליאת")),
    it("שלום, אני טגיסט, רוצה לקבוע חיסון לתינוק, בן חודשיים.", ("name", "טגיסט")),
    it("מזל טוב! מתי הוא נולד?"),
    it("נולד בעשרים ושניים ביולי, 2024, בבית חולים אסף הרופא",
       ("date_of_birth", "עשרים ושניים ביולי, 2024"), ctx="מזל טוב! מתי הוא נולד?"),
    it("יש תור ביום רביעי ב-9:20 או ביום חמישי ב-13:00, ותביאי את הפנקס הצהוב."),
    it(say(HE_TZ5, "he", [2, 2, 2, 2, 1]), ("id", say(HE_TZ5, "he", [2, 2, 2, 2, 1])),
       ctx="ומספר תעודת זהות של האמא?"),
    it("אנחנו גרים ברחוב הרצל 23, דירה 5, רמלה", ("address", "רחוב הרצל 23, דירה 5, רמלה")),
    it("הטלפון של בעלי 050-3318846, הוא מדבר עברית יותר טוב", ("phone", "050-3318846")),
    # private eye centre
    it("מרכז העיניים עין טובה, שלום, כל הנציגים עסוקים, זמן ההמתנה המשוער 4 דקות."),
    it("שלום, מדבר שמוליק פרידמן, אני רוצה לקבוע בדיקת ראייה ולהזמין משקפיים.",
       ("name", "שמוליק פרידמן")),
    it("בדיקת ראייה מלאה 350 שקל, עם הביטוח המשלים של מאוחדת יש הנחה של 40 אחוז."),
    it("בשמחה שמוליק, תאריך לידה?", ("name", "שמוליק")),
    it("אחד עשר בשישי, ארבעים ותשע", ("date_of_birth", "אחד עשר בשישי, ארבעים ותשע"),
       ctx="בשמחה שמוליק, תאריך לידה?"),
    it("ותשלום בכרטיס, %s" % say(HE_VISA3, "he", [4, 4, 4, 4]),
       ("card", say(HE_VISA3, "he", [4, 4, 4, 4]))),
    it("ת.ז. %s" % HE_TZ6, ("id", HE_TZ6)),
    it("תשלחו את המשקפיים לכתובת: רחוב ז'בוטינסקי 77, דירה 14, רמת גן",
       ("address", "רחוב ז'בוטינסקי 77, דירה 14, רמת גן")),
    it("ואת ההחזר מהמשלים לחשבון %s" % g4(HE_IL2), ("iban", g4(HE_IL2))),
    it("המשקפיים מוכנים תוך 10 ימים, העדשות של ניקון 1.67, והמסגרת של ריי-באן."),
    # private health insurance, claims
    it("הראל ביטוח בריאות, מוקד תביעות, השיחה מוקלטת לצורך שיפור השירות."),
    it("שלום, שמי דנה אהרוני, הגשתי תביעה על ניתוח באסותא בחודש שעבר.", ("name", "דנה אהרוני")),
    it(say(HE_TZ7, "he"), ("id", say(HE_TZ7, "he")), ctx="מספר תעודת זהות של המבוטחת?"),
    it("התביעה על סך 18,400 שקל, אושר סכום של 15,200, וההפרש הוא בגלל ההשתתפות העצמית של 3,200."),
    it("לאיזה חשבון להעביר? אני רואה אצלנו %s, זה עדיין נכון?" % g4(HE_IL3),
       ("iban", g4(HE_IL3))),
    it("לא, תעבירו לחשבון החדש בדיסקונט: %s" % HE_IL4_SAID, ("iban", HE_IL4_SAID)),
    it("תאריך לידה עשרה באוקטובר שמונים ואחת, למקרה שצריך",
       ("date_of_birth", "עשרה באוקטובר שמונים ואחת")),
    it("dana.aharoni@gmail.com", ("email", "dana.aharoni@gmail.com"),
       ctx="לאיזה מייל לשלוח את מכתב האישור?"),
    it("הכסף יועבר תוך 14 ימי עסקים ממועד קבלת כל המסמכים, ומספר התביעה הוא 40-2291-77."),
    # hearing aids
    it("מכון השמיעה קול טוב, המכשיר של פונאק מדגם P90, האחריות 3 שנים והסוללות 6 שקלים לחבילה."),
    it("שלום חמודה, זה אברהם כהן מדבר, אני בן 84, המכשיר שלי מצפצף כל הזמן.",
       ("name", "אברהם כהן")),
    it("סמטת הדקל 3, קריית שמונה", ("address", "סמטת הדקל 3, קריית שמונה"),
       ctx="בוא נתאם לך טכנאי לבית, מה הכתובת?"),
    it("והטלפון בבית אפס ארבע, שש תשע ארבע, אפס שתיים אחת חמש",
       ("phone", "אפס ארבע, שש תשע ארבע, אפס שתיים אחת חמש")),
    it("הביטוח הלאומי צריך את התעודת זהות שלי, %s" % HE_TZ8, ("id", HE_TZ8)),
    it("את ההשתתפות אני משלם בדיינרס %s" % grp(HE_DINERS, [4, 6, 4]),
       ("card", grp(HE_DINERS, [4, 6, 4]))),
    it("ואת ההחזר של משרד הבריאות לחשבון %s" % g4(HE_IL5), ("iban", g4(HE_IL5))),
    # online pharmacy, delivery
    it("הזמנה מספר 771920 יצאה אתמול, חברת השליחויות מגיעה בין 8 ל-12, ויש משלוח חינם מעל 199 שקל."),
    it("שלום, מדברת רותם, אני רוצה לשנות את כתובת המשלוח של ההזמנה.", ("name", "רותם")),
    it("למשלוח: רחוב ויצמן 40, כניסה ב', קומה 2, כפר סבא",
       ("address", "רחוב ויצמן 40, כניסה ב', קומה 2, כפר סבא")),
    it("ותחייבו את האמקס, %s" % say(HE_AMEX, "he", [4, 6, 5]),
       ("card", say(HE_AMEX, "he", [4, 6, 5]))),
    it("ותשלחו עדכון ל rotem.k@walla.co.il", ("email", "rotem.k@walla.co.il")),
    it("רק לוודא, הנייד 054-2290376?", ("phone", "054-2290376")),
    it("ותאריך הלידה שלי 7.7.1999 אם צריך לזהות", ("date_of_birth", "7.7.1999")),
    # other calls: hospitals, health funds, pharmacies (non-personal)
    it("הדסה עין כרם, מרפאת עיניים, התור נקבע ל-15 בינואר בשעה 11:20, קומה 2 בבניין המרפאות."),
    it("השתתפות עצמית על תרופה מהסל היא 17 שקל ו-19 אגורות לכל מרשם, ותקרה רבעונית של 431 שקל."),
    it("וולפסון? לא, זה בחולון, אני התכוונתי להלל יפה בחדרה."),
    it("מאיר בכפר סבא פתוח למיון כל הלילה, ובשבת יש רופא תורן במוקד בין 8 ל-14."),
    it("החיסון נגד שפעת בחינם לכל המבוטחים, מה-1 באוקטובר עד סוף פברואר, בלי תור."),
    it("הקופה מכסה 12 טיפולים בשנה, 8 כבר נוצלו מאז מרץ."),
    it("זה כדור של 5 מ\"ג, פעמיים ביום, 56 כדורים לחודש, ולוקחים אחרי האוכל."),
    it("אני מתקשרת בשביל אמא שלי, היא בת 78, יש לה תור לקרדיולוג ב-3 בינואר בשיבא."),
    it("הקבלה נרשמה על 2,340 שקל מה-14.2.2024, והחזר של 70 אחוז יהיה 1,638."),
    it("הסניף בשדרות בן גוריון עבר לקניון הגדול, קומה 3, ליד הבנק."),
    it("מספר ההפניה 4471209, והיא תקפה לשנה מה-1 במאי."),
    it("כבר 45 דקות אני בהמתנה, זאת השיחה השלישית השבוע, ואף אחד לא עונה בסניף ברחובות."),
    it("זה התכשיר של טבע, גנרי, אותו חומר פעיל, במחיר של 19.90 במקום 42."),
    it("אממ רגע, התור שלי ב-26 לחודש או ב-28? כתוב לי פה 28 ביוני ב-9:45."),
]

LANGS["he"] = HE

# ================================================================ Greek

EL_AFM1 = afm("04718293")
EL_AFM2 = afm("11625830")
EL_AFM3 = afm("07932154")
EL_AFM4 = afm("12048867")
EL_AFM5 = afm("15377402")
EL_AFM6 = afm("06284519")
EL_AFM7 = afm("13902746")
EL_AFM8 = afm("10458371")
EL_VISA1 = card("451701882390164", 16)
EL_MC1 = card("516732004418925", 16)
EL_VISA2 = card("492957301128846", 16)
EL_MC2 = card("552081667390412", 16)
EL_VISA3 = card("476948210035572", 16)
EL_AMEX = card("34952006173840", 15)
EL_MAESTRO = card("676770032845910217", 19)
EL_GR1 = iban("GR", "01101250000012748301944")
EL_GR2 = iban("GR", "01703470005347112908364")
EL_GR3 = iban("GR", "02602150000730200418857")
EL_GR4 = iban("GR", "01411200000021873459021")
EL_CY1 = iban("CY", "002001950000357001462819")
EL_CY2 = iban("CY", "005003000000020178453211")
EL_DE = iban("DE", "100100100987654321")
EL_GR1_BACK = "GR %s, %s" % (say(EL_GR1[2:4], "el"), ", ".join(
    say(EL_GR1[i:i + 4], "el") for i in range(4, 27, 4)))
EL_GR2_SAID = "GR %s, %s" % (say(EL_GR2[2:4], "el", [2]), say(EL_GR2[4:], "el", [3, 4] + [2] * 8))
EL_VISA1_SAID = ", ".join(say(EL_VISA1[i:i + 4], "el") for i in range(0, 16, 4))

EL = [
    # diagnostic centre, Athens
    it("Διαγνωστικό Κέντρο Ασκληπιός Ψυχικού, καλημέρα σας, είμαι η Κατερίνα, πώς μπορώ να σας "
       "βοηθήσω;", ("name", "Κατερίνα")),
    it("Καλημέρα, με λένε Γιώργο Παπαδόπουλο, θέλω να κλείσω ραντεβού για υπέρηχο κοιλίας με "
       "παραπεμπτικό.", ("name", "Γιώργο Παπαδόπουλο")),
    it("Βεβαίως κύριε Παπαδόπουλε, την ημερομηνία γέννησης;", ("name", "Παπαδόπουλε")),
    it("Δεκαπέντε του τρία του ογδόντα δύο.", ("date_of_birth", "Δεκαπέντε του τρία του ογδόντα δύο"),
       ctx="Βεβαίως κύριε Παπαδόπουλε, την ημερομηνία γέννησης;"),
    it("Έχουμε διαθέσιμο την Τρίτη 14 Μαΐου στις 10:30 ή την Πέμπτη στις 8:15, νηστικός από τα "
       "μεσάνυχτα."),
    it("Με το παραπεμπτικό του ΕΟΠΥΥ η συμμετοχή σας είναι 15%, δηλαδή περίπου 9 ευρώ."),
    it("Εξήντα εννιά, σαράντα τέσσερα, δώδεκα, τριάντα ένα, πενήντα έξι.",
       ("phone", "Εξήντα εννιά, σαράντα τέσσερα, δώδεκα, τριάντα ένα, πενήντα έξι"),
       ctx="Ένα κινητό τηλέφωνο για επιβεβαίωση;"),
    it("giorgos τελεία papad82 παπάκι gmail τελεία com",
       ("email", "giorgos τελεία papad82 παπάκι gmail τελεία com"),
       ctx="Και ένα email για να σας στείλουμε τα αποτελέσματα;"),
    it("Θα μας βρείτε στη Λεωφόρο Κηφισίας, δίπλα στο Υγεία, και υπάρχει πάρκινγκ στο υπόγειο."),
    # pharmacy, Thessaloniki
    it("Φαρμακείο Καλαμαριάς, παρακαλώ."),
    it("Γεια σου κορίτσι μου, η κυρία Σούλα είμαι, η Σουλτάνα Καραγιάννη, μου ετοίμασες τα φάρμακα;",
       ("name", "Σούλα"), ("name", "Σουλτάνα Καραγιάννη")),
    it("Ναι κυρία μου, η ηλεκτρονική συνταγή έχει το Concor 5 και το Lipitor 20, μαζί κάνουν 7,40 η "
       "συμμετοχή."),
    it("Εγνατίας 45, τρίτος όροφος, κουδούνι Καραγιάννη, Θεσσαλονίκη",
       ("address", "Εγνατίας 45, τρίτος όροφος, κουδούνι Καραγιάννη, Θεσσαλονίκη"),
       ctx="Να σας τα στείλουμε σπίτι; Πείτε μου τη διεύθυνση."),
    it("και το τηλέφωνο του σπιτιού είναι δύο τρία ένα μηδέν, τετρακόσια πενήντα έξι, "
       "επτακόσια δώδεκα", ("phone", "δύο τρία ένα μηδέν, τετρακόσια πενήντα έξι, επτακόσια δώδεκα")),
    it("Θα έρθει το παιδί με το μηχανάκι μετά τις έξι, κλείνουμε στις εννιά."),
    it("Ευχαριστώ κυρία Σούλα, και πείτε μου αν θέλετε να σας γράψει ο γιατρός και το Euthyrox.",
       ("name", "Σούλα")),
    # general practice, Strovolos, Cyprus (GESY)
    it("Καλημέρα, Ιατρείο Γενικής Ιατρικής Στροβόλου, είμαι η Έλενα.", ("name", "Έλενα")),
    it("Καλημέρα σας, λέγομαι Χαράλαμπος Χριστοδούλου, ήθελα να γραφτώ στον προσωπικό γιατρό μέσω "
       "ΓεΣΥ.", ("name", "Χαράλαμπος Χριστοδούλου")),
    it("Έννοιά σας, γίνεται μέσω της πύλης του ΓεΣΥ, η συμπληρωμή για την επίσκεψη είναι 1 ευρώ και "
       "για το εργαστήριο 1,50."),
    it("Το κινητό σας, κύριε Χριστοδούλου;", ("name", "Χριστοδούλου")),
    it("Ενενήντα εννιά, τριάντα τέσσερα, πενήντα επτά, ογδόντα ένα",
       ("phone", "Ενενήντα εννιά, τριάντα τέσσερα, πενήντα επτά, ογδόντα ένα"),
       ctx="Το κινητό σας, κύριε Χριστοδούλου;"),
    it("Τζιαι του γιου μου, αν δεν απαντώ, συν τριακόσια πενήντα εφτά, ενενήντα έξι, μηδέν οχτώ, "
       "είκοσι δύο, δεκατέσσερα",
       ("phone", "συν τριακόσια πενήντα εφτά, ενενήντα έξι, μηδέν οχτώ, είκοσι δύο, δεκατέσσερα")),
    it("Η διεύθυνση: Κυπριανού 33, διαμέρισμα 201, Στρόβολος, Λευκωσία 2045",
       ("address", "Κυπριανού 33, διαμέρισμα 201, Στρόβολος, Λευκωσία 2045")),
    it("Τζιαι το ραντεβού εν την Δευτέρα στις εννιά τζιαι μισή, να φέρετε τζιαι τις εξετάσεις που "
       "εκάματε τον Ιούνιο."),
    it("Για τις επιστροφές από τον ιδιωτικό μου φορέα, ο λογαριασμός μου στην Τράπεζα Κύπρου εν "
       "%s" % g4(EL_CY1), ("iban", g4(EL_CY1))),
    # dental practice, Patras
    it("Οδοντιατρείο Χαμόγελο, ο Σταύρος είμαι, πείτε μου.", ("name", "Σταύρος")),
    it("Γεια σας, είμαι ο Βαγγέλης Αθανασίου, είχα ραντεβού για καθαρισμό και θέλω να το αλλάξω.",
       ("name", "Βαγγέλης Αθανασίου")),
    it("Ο καθαρισμός είναι 50 ευρώ, τα σφραγίσματα από 60, και η απονεύρωση γύρω στα 250."),
    it("Εντάξει Βαγγέλη, σε βάζω Παρασκευή 22 στις 6 το απόγευμα.", ("name", "Βαγγέλη")),
    it("Να πληρώσω την προκαταβολή με κάρτα; %s" % EL_VISA1_SAID, ("card", EL_VISA1_SAID)),
    it("Και την απόδειξη στο vaggelis_ath@yahoo.gr", ("email", "vaggelis_ath@yahoo.gr")),
    it("Το ιατρείο είναι στην Κορίνθου, πάνω από το φαρμακείο, δεύτερος όροφος, και έχει ασανσέρ."),
    # optician, glasses refund
    it("Οπτικά Λάμψη, γεια σας."),
    it("Γεια, λέγομαι Ιωάννα Μαυρίδου, θέλω να ρωτήσω για την αποζημίωση των γυαλιών από τον ΕΟΠΥΥ.",
       ("name", "Ιωάννα Μαυρίδου")),
    it("Ο ΕΟΠΥΥ δίνει 100 ευρώ για γυαλιά κάθε 4 χρόνια, και για φακούς επαφής 80 τον χρόνο."),
    it(say(EL_AFM1, "el", [3, 3, 3]), ("id", say(EL_AFM1, "el", [3, 3, 3])),
       ctx="Για την απόδειξη χρειάζομαι το ΑΦΜ σας."),
    it("Και το IBAN για την επιστροφή: %s" % g4(EL_GR1), ("iban", g4(EL_GR1))),
    it("Να το επιβεβαιώσω: %s. Σωστά;" % EL_GR1_BACK, ("iban", EL_GR1_BACK)),
    it("ioanna.mavridou@hotmail.com", ("email", "ioanna.mavridou@hotmail.com"),
       ctx="Και ένα email για την απόδειξη;"),
    it("εεε γεννήθηκα εικοσιπέντε του εννιά του ενενήντα οχτώ αν το χρειάζεστε",
       ("date_of_birth", "εικοσιπέντε του εννιά του ενενήντα οχτώ")),
    # private health insurer, claims, Athens
    it("Ασφαλιστική Αιγαίου, τμήμα αποζημιώσεων, η κλήση σας καταγράφεται."),
    it("Καλησπέρα, είμαι η Δήμητρα Κωνσταντίνου, έκανα μια επέμβαση στο Μετροπόλιταν τον Απρίλιο.",
       ("name", "Δήμητρα Κωνσταντίνου")),
    it("Κυρία Κωνσταντίνου, μου λέτε τον ΑΦΜ του ασφαλισμένου;", ("name", "Κωνσταντίνου")),
    it(grp(EL_AFM2, [3, 3, 3]), ("id", grp(EL_AFM2, [3, 3, 3])),
       ctx="Κυρία Κωνσταντίνου, μου λέτε τον ΑΦΜ του ασφαλισμένου;"),
    it("Ο φάκελος 2024/08817 εγκρίθηκε για 3.200 ευρώ, με απαλλαγή 500, άρα σας αποδίδουμε 2.700."),
    it("Το IBAN μου στην Πειραιώς είναι %s" % EL_GR2_SAID, ("iban", EL_GR2_SAID)),
    it("3 Αυγούστου του '75", ("date_of_birth", "3 Αυγούστου του '75"),
       ctx="Ημερομηνία γέννησης, για την ταυτοποίηση;"),
    it("Να σας στείλουμε και την επιστολή ταχυδρομικά; Θησέως 19, Καλλιθέα, 17674, σωστά;",
       ("address", "Θησέως 19, Καλλιθέα, 17674")),
    it("ναι και στο email d κάτω παύλα konstantinou παπάκι otenet τελεία gr",
       ("email", "d κάτω παύλα konstantinou παπάκι otenet τελεία gr")),
]

EL_AFM3_SAID = say(EL_AFM3, "el")
EL_AFM5_SAID = say(EL_AFM5, "el", [3, 3, 3])
EL_MC1_SAID = say(EL_MC1, "el", [2] * 8)
EL_GR3_SAID = "GR%s, %s" % (EL_GR3[2:4], say(EL_GR3[4:], "el", [3, 4, 4, 4, 4, 4]))

EL += [
    # home physiotherapy, Athens
    it("Φυσικοθεραπευτήριο Κίνηση, καλησπέρα, για κατ' οίκον συνεδρίες χρεώνουμε 35 ευρώ και οι 10 "
       "συνεδρίες είναι 300."),
    it("Καλησπέρα, Νίκος Ραφαηλίδης εδώ, τηλεφωνώ για τη μητέρα μου που έσπασε το ισχίο.",
       ("name", "Νίκος Ραφαηλίδης")),
    it("Μένει στην Αγίας Παρασκευής 12, στο Χαλάνδρι, ισόγειο.",
       ("address", "Αγίας Παρασκευής 12, στο Χαλάνδρι, ισόγειο"), ctx="Πού μένει η μητέρα σας;"),
    it("Γεννημένη 12/05/1947, αν χρειάζεται για το παραπεμπτικό.", ("date_of_birth", "12/05/1947")),
    it("Ο ΕΟΠΥΥ καλύπτει 10 συνεδρίες με γνωμάτευση ορθοπαιδικού, η πρώτη μπορεί να γίνει την "
       "Τετάρτη 9 Οκτωβρίου."),
    it("Το κινητό μου 697 318 4052", ("phone", "697 318 4052")),
    it("Για την απόδειξη, ΑΦΜ %s" % EL_AFM3_SAID, ("id", EL_AFM3_SAID)),
    # paediatric practice, vaccination
    it("Παιδιατρείο Νέας Σμύρνης, η Φωτεινή είμαι.", ("name", "Φωτεινή")),
    it("Γεια σας, λέγομαι Ναταλία Πέτροβα, θέλω να κλείσω για το εμβόλιο του μωρού στους 4 μήνες.",
       ("name", "Ναταλία Πέτροβα")),
    it("Στις πέντε Ιουνίου, δύο χιλιάδες είκοσι τέσσερα.",
       ("date_of_birth", "πέντε Ιουνίου, δύο χιλιάδες είκοσι τέσσερα"),
       ctx="Πότε γεννήθηκε το μωρό;"),
    it("Το εξαδύναμο και ο πνευμονιόκοκκος, στους 4 μήνες, άρα γύρω στις 5 Οκτωβρίου, και το εμβόλιο "
       "το καλύπτει ο ΕΟΠΥΥ."),
    it("Το τηλέφωνο; 694 552 1870, σωστά;", ("phone", "694 552 1870")),
    it("Το ιατρείο είναι στην Ομήρου 15, δίπλα στην πλατεία, δεύτερος όροφος."),
    it("Και ένα email για τα εμβόλια; natalia.petrova88@mail.ru",
       ("email", "natalia.petrova88@mail.ru")),
    # microbiology lab, Heraklion
    it("Μικροβιολογικό Εργαστήριο Ηρακλείου, καλημέρα."),
    it("Hi, καλημέρα, my name is Nick Stavrou, ο Νίκος, έκανα εξετάσεις αίματος την Παρασκευή.",
       ("name", "Nick Stavrou"), ("name", "Νίκος")),
    it("Ναι κύριε Σταύρου, βγήκαν, η χοληστερίνη σας είναι 245 και τα τριγλυκερίδια 180.",
       ("name", "Σταύρου")),
    it("Can you email them? nick dot stavrou at bigpond dot com",
       ("email", "nick dot stavrou at bigpond dot com")),
    it("Το κόστος είναι 38 ευρώ χωρίς παραπεμπτικό, και το εργαστήριο στην Πλατεία Ελευθερίας είναι "
       "ανοιχτό μέχρι τη 1."),
    it("Θα πληρώσω με την αυστραλέζικη κάρτα, %s" % grp(EL_VISA2, [4, 4, 4, 4]),
       ("card", grp(EL_VISA2, [4, 4, 4, 4]))),
    it("Για το τιμολόγιο, ΑΦΜ %s" % EL_AFM4, ("id", EL_AFM4)),
    it("στο νησί μένω Ηρώων Πολυτεχνείου 14, στις Αλυκές, Ηράκλειο",
       ("address", "Ηρώων Πολυτεχνείου 14, στις Αλυκές, Ηράκλειο")),
    it("Και στην Αυστραλία με βρίσκετε στο +61 412 908 337", ("phone", "+61 412 908 337")),
    # hospital outpatient appointments
    it("Εξωτερικά Ιατρεία του Ευαγγελισμού, το καρδιολογικό έχει ραντεβού 28 Νοεμβρίου στις 12:40."),
    it("Στο Αττικόν δεν έχει πριν τον Φεβρουάριο, δοκιμάστε στο Σωτηρία ή στο Αγία Όλγα."),
    it("Για το Παίδων Αγία Σοφία πάρτε το 1566, είναι η γραμμή για όλα τα νοσοκομεία."),
    it("Καλημέρα, λέγομαι Αναστασία Βλάχου, θέλω να κλείσω ραντεβού στο ενδοκρινολογικό.",
       ("name", "Αναστασία Βλάχου")),
    it("έξι εννιά εννιά, οχτώ εφτά, τριάντα δύο, σαράντα ένα, μηδέν",
       ("phone", "έξι εννιά εννιά, οχτώ εφτά, τριάντα δύο, σαράντα ένα, μηδέν"),
       ctx="Το κινητό σας;"),
    it("Το ραντεβού σας είναι Τετάρτη 4 Δεκεμβρίου στις 9 και 20, κτίριο Γ, 2ος όροφος, γραφείο 214."),
    # pharmacy, Limassol
    it("Φαρμακείο Αγίου Νικολάου Λεμεσού, ναι;"),
    it("Ναι, ο Λάμπρος Γεωργίου είμαι, ήθελα να μου φέρετε τα χάπια μου σπίτι, έν' μπορώ να έρτω.",
       ("name", "Λάμπρος Γεωργίου")),
    it("Μακρυγιάννη 8, Άγιος Αθανάσιος, Λεμεσός 4104",
       ("address", "Μακρυγιάννη 8, Άγιος Αθανάσιος, Λεμεσός 4104"), ctx="Που μένετε;"),
    it("Με κάρτα, %s" % EL_MC1_SAID, ("card", EL_MC1_SAID)),
    it("Τζιαι το τηλέφωνο μου εν ενενήντα εννιά, εξήντα δύο, δεκαοχτώ, τριάντα τρία",
       ("phone", "ενενήντα εννιά, εξήντα δύο, δεκαοχτώ, τριάντα τρία")),
    it("Η Lipitor έν' στο ΓεΣΥ, πληρώνετε μόνο 1 ευρώ τη συνταγή, τζιαι η παράδοση 3 ευρώ."),
    it("Τζιαι για την επιστροφή των 40 ευρώ, ο λογαριασμός μου στην Ελληνική: %s" % g4(EL_CY2),
       ("iban", g4(EL_CY2))),
    it("Γεννήθηκα στις 17 Ιανουαρίου 1944", ("date_of_birth", "17 Ιανουαρίου 1944"),
       ctx="Ημερομηνία γέννησης για το σύστημα;"),
    # private clinic accounts, Thessaloniki
    it("Κλινική Άγιος Παύλος, λογιστήριο, παρακαλώ."),
    it("Καλησπέρα, ο Θανάσης Μπέκας, από τη Στουτγάρδη, για τον λογαριασμό του πατέρα μου που "
       "νοσηλεύτηκε.", ("name", "Θανάσης Μπέκας")),
    it("Ο λογαριασμός είναι 4.860 ευρώ για 6 ημέρες νοσηλείας, και ο ΕΟΠΥΥ καλύπτει τα 2.100 με το "
       "ΚΕΝ."),
    it("Θέλω την απόδειξη στον ΑΦΜ μου, %s" % EL_AFM5_SAID, ("id", EL_AFM5_SAID)),
    it("και την επιστροφή της προκαταβολής στη Γερμανία, %s" % g4(EL_DE), ("iban", g4(EL_DE))),
    it("Το υπόλοιπο με Maestro, %s" % grp(EL_MAESTRO, [4, 4, 4, 4, 3]),
       ("card", grp(EL_MAESTRO, [4, 4, 4, 4, 3]))),
    it("Στείλτε τα στο thanasis.mpekas@web.de", ("email", "thanasis.mpekas@web.de")),
    it("Η διεύθυνσή μου στη Γερμανία: Königstraße 41, 70173 Stuttgart",
       ("address", "Königstraße 41, 70173 Stuttgart")),
    # eye surgery centre, Larissa
    it("Η επέμβαση καταρράκτη με τον ΕΟΠΥΥ έχει λίστα αναμονής 3 μήνες, ιδιωτικά κοστίζει 1.200 ευρώ "
       "το μάτι."),
    it("Για το τιμολόγιο του πατέρα μου, ΑΦΜ %s" % grp(EL_AFM6, [4, 5]), ("id", grp(EL_AFM6, [4, 5]))),
    it("Η κάρτα είναι American Express, %s" % grp(EL_AMEX, [4, 6, 5]),
       ("card", grp(EL_AMEX, [4, 6, 5]))),
    it("Ημερομηνία γέννησης 30 Νοεμβρίου 1951", ("date_of_birth", "30 Νοεμβρίου 1951")),
    it("Η διεύθυνση του πατέρα μου: Παπαναστασίου 78, Λάρισα, ΤΚ 41222",
       ("address", "Παπαναστασίου 78, Λάρισα, ΤΚ 41222")),
    it("και email tsolakis51 παπάκι gmail τελεία com",
       ("email", "tsolakis51 παπάκι gmail τελεία com")),
    # insulin pump supplies refund
    it("Για την επιστροφή των αναλωσίμων, ο ΑΦΜ μου είναι %s και γεννήθηκα 8/2/1990"
       % grp(EL_AFM7, [3, 3, 3], "."), ("id", grp(EL_AFM7, [3, 3, 3], ".")),
       ("date_of_birth", "8/2/1990")),
    it("Το IBAN: %s" % EL_GR3_SAID, ("iban", EL_GR3_SAID)),
    it("Και η χρέωση των 68 ευρώ για τα καθετήρια στη Mastercard %s" % grp(EL_MC2, [4, 4, 4, 4]),
       ("card", grp(EL_MC2, [4, 4, 4, 4]))),
    # dental care plan
    it("Η οδοντιατρική κάλυψη ξεκίνησε την 1η Μαρτίου 2022, οπότε η περίοδος αναμονής των 12 μηνών "
       "έχει λήξει."),
    it("Ο ΑΦΜ του συμβολαιούχου %s, η ημερομηνία γέννησης είκοσι δύο Φεβρουαρίου του εξήντα εννιά"
       % EL_AFM8, ("id", EL_AFM8),
       ("date_of_birth", "είκοσι δύο Φεβρουαρίου του εξήντα εννιά")),
    it("Και η επιστροφή στο %s" % g4(EL_GR4), ("iban", g4(EL_GR4))),
    it("Την ετήσια συνδρομή των 96 ευρώ την πληρώνω με τη Visa %s" % say(EL_VISA3, "el", [4, 4, 4, 4]),
       ("card", say(EL_VISA3, "el", [4, 4, 4, 4]))),
    # other calls (non-personal)
    it("Η συνταγή είναι επαναλαμβανόμενη για 3 μήνες, εκτελείται κάθε 28 ημέρες, η επόμενη από 12 "
       "Ιουλίου."),
    it("Το ραντεβού στο Αρεταίειο μετακινήθηκε για τις 19 του μήνα, ώρα 11:00."),
    it("Ο κωδικός της παραγγελίας είναι ΦΡ-55201 και φτάνει με ACS σε 2 εργάσιμες."),
    it("Τη Νίκαια και τον Άγιο Δημήτριο τους εξυπηρετεί το κατάστημα στην Πειραιώς 154."),
    it("Το φαρμακείο διανυκτερεύει σήμερα, από τις 8 το βράδυ μέχρι τις 8 το πρωί, στη Μητροπόλεως 33."),
    it("Τον Αύγουστο είμαστε κλειστά από τις 10 έως τις 25, για άδεια."),
    it("Το Ozempic δεν έχει έρθει ακόμα, περιμένουμε 12 κουτιά την Πέμπτη."),
    it("Κάνετε και τεστ για γρίπη; Ναι, 15 ευρώ, και το αποτέλεσμα σε 20 λεπτά."),
    it("Η Λάρνακα εν πιο κοντά σας, το Κέντρο Υγείας Αραδίππου ανοίγει 7:30."),
    it("εεε καλησπέρα, πήρα και χθες, μου είπαν να ξαναπάρω μετά τις 3, έχω ραντεβού στις 17 του "
       "μήνα."),
]

LANGS["el"] = EL


def summary(lang, items):
    counts = {}
    for item in items:
        for sp in item["spans"]:
            counts[sp[0]] = counts.get(sp[0], 0) + 1
    empty = sum(1 for x in items if not x["spans"])
    return "%s: %d items (%d non-personal), %d spans %s" % (
        lang, len(items), empty, sum(counts.values()),
        " ".join("%s=%d" % (k, counts.get(k, 0)) for k in sorted(KINDS)))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    outdir = os.path.join(root, "data", "redaction", "blind66")
    os.makedirs(outdir, exist_ok=True)
    # self-test of the helpers
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert iban_ok("GB82WEST12345698765432") and iban_ok("DE89370400440532013000")
    assert spoken_digits("forty-two double seven oh", "en") == "42770"
    assert spoken_digits("اثنين وأربعين", "ar") == "42"
    assert spoken_digits("ארבעים ושתיים, אחת עשרה", "he") == "4211"
    assert spoken_digits("διακόσια δέκα, εξήντα εννιά", "el") == "21069"
    for lang, items in LANGS.items():
        lines = build(items, lang)
        texts = [json.loads(x)["text"] for x in lines]
        assert len(set(texts)) == len(texts), "duplicate text in " + lang
        with open(os.path.join(outdir, lang + ".jsonl"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        print(summary(lang, items))


if __name__ == "__main__":
    sys.exit(main())
