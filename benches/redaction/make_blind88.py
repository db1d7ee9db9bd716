"""Blind evaluation set 88 for the call-transcript personal-data redactor.

Written by a helper session that worked only from a written brief: it never
opened, listed or read the redactor, its rules, its tests or any other
evaluation set or generator. Every line was imagined from how people talk on
customer-service phone calls and written as a speech recogniser (Whisper-like)
would transcribe it.

Area of this set: taxis, ride-hailing, car hire, parking, tolls, bike and
scooter sharing, and public transport passes (every call of every language).

Running this script (Python 3, standard library only, deterministic) writes
data/redaction/blind88/{en,ar,he,el}.jsonl next to the benches folder, one
JSON object per line:

    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...],
     "context": str}

- kind is one of card, iban, id, phone, email, date_of_birth, name, address;
- start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive),
  computed here from inline markup, then checked by searching the substring;
- context (only present when useful) is an earlier line of the same call; it
  is not scored;
- items with empty spans are non-personal and must come out unchanged.

In the source below a span is written inline as  ⟦kind|text⟧  (kind may carry
a check subtype, e.g. ⟦id.tz|...⟧); the markup is removed from the output.
Card numbers, IBANs and national IDs are generated with computed check digits;
spoken-word numbers are rendered from those values and parsed back, and every
long number outside a span is asserted to FAIL the card/ID checks.
"""

import json
import os
import re
import sys
import unicodedata

KINDS = ("card", "iban", "id", "phone", "email", "date_of_birth", "name", "address")

# --------------------------------------------------------------------------
# check-digit helpers
# --------------------------------------------------------------------------


def luhn_ok(d):
    if not d.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError(prefix)


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "QA": 29, "KW": 30,
            "BH": 22, "LB": 28, "TR": 26, "ES": 24, "IT": 27, "MT": 31, "BG": 22}


def _iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_make(cc, bban):
    chk = 98 - _iban_num(bban + cc + "00") % 97
    out = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(out), out
    return out


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if len(s) < 5 or IBAN_LEN.get(s[:2]) != len(s) or not s.isalnum():
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def tz_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    total = 0
    for i, ch in enumerate(d):
        v = int(ch) * (1 if i % 2 == 0 else 2)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


def afm_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return s % 11 % 10 == int(d[8])


def sa_ok(d):
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def ssn_ok(d):
    return (len(d) == 9 and d.isdigit() and d[:3] not in ("000", "666")
            and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000")


def _complete(prefix, ok):
    for c in "0123456789":
        if ok(prefix + c):
            return prefix + c
    raise AssertionError(prefix)


def tz_make(p8):
    assert len(p8) == 8
    return _complete(p8, tz_ok)


def afm_make(p8):
    assert len(p8) == 8
    return _complete(p8, afm_ok)


def sa_make(p9):
    assert len(p9) == 9 and p9[0] in "12"
    return _complete(p9, sa_ok)


def card_make(p):
    return luhn_complete(p)


def grp(s, sizes, sep=" "):
    """Split s into groups of the given sizes (last group takes the rest)."""
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def g4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


AR_IND = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
AR_BACK = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def ard(s):
    """ASCII digits -> Arabic-Indic digits."""
    return s.translate(AR_IND)


# --------------------------------------------------------------------------
# number words (rendering) per language
# --------------------------------------------------------------------------

EN_D = "zero one two three four five six seven eight nine".split()
EN_TEEN = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
           "eighteen nineteen").split()
EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
HE_TEEN_F = ["עשר", "אחת עשרה", "שתים עשרה", "שלוש עשרה", "ארבע עשרה", "חמש עשרה",
             "שש עשרה", "שבע עשרה", "שמונה עשרה", "תשע עשרה"]
HE_TEEN_M = ["עשרה", "אחד עשר", "שנים עשר", "שלושה עשר", "ארבעה עשר", "חמישה עשר",
             "שישה עשר", "שבעה עשר", "שמונה עשר", "תשעה עשר"]
HE_TENS = ["", "", "עשרים", "שלושים", "ארבעים", "חמישים", "שישים", "שבעים", "שמונים", "תשעים"]

EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
EL_DF = "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα".split()
EL_TEEN = ["δέκα", "έντεκα", "δώδεκα", "δεκατρία", "δεκατέσσερα", "δεκαπέντε", "δεκαέξι",
           "δεκαεφτά", "δεκαοχτώ", "δεκαεννιά"]
EL_TEENF = EL_TEEN[:7] + ["δεκαεπτά", "δεκαοκτώ", "δεκαεννέα"]
EL_TENS = ["", "", "είκοσι", "τριάντα", "σαράντα", "πενήντα", "εξήντα", "εβδομήντα",
           "ογδόντα", "ενενήντα"]
EL_HUND = ["", "εκατό", "διακόσια", "τριακόσια", "τετρακόσια", "πεντακόσια", "εξακόσια",
           "εφτακόσια", "οχτακόσια", "εννιακόσια"]
EL_HUNDF = EL_HUND[:7] + ["επτακόσια", "οκτακόσια", "εννιακόσια"]

AR_D = {
    "msa": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "gulf": "صفر واحد ثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "lev": "صفر واحد تنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
    "egy": "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
    "mag": "صفر واحد جوج تلاتة ربعة خمسة ستة سبعة تمنية تسعود".split(),
    "tun": "صفر واحد زوز ثلاثة أربعة خمسة ستة سبعة ثمنية تسعة".split(),
}
AR_TEEN = {
    "msa": "عشرة|أحد عشر|اثنا عشر|ثلاثة عشر|أربعة عشر|خمسة عشر|ستة عشر|سبعة عشر|ثمانية عشر|تسعة عشر".split("|"),
    "gulf": "عشرة احدعش اثنعش ثلطعش اربعطعش خمسطعش ستطعش سبعطعش ثمنطعش تسعطعش".split(),
    "lev": "عشرة احدعش تنعش تلتعش اربعتعش خمستعش ستعش سبعتعش تمنتعش تسعتعش".split(),
    "egy": "عشرة حداشر اتناشر تلتاشر اربعتاشر خمستاشر ستاشر سبعتاشر تمنتاشر تسعتاشر".split(),
    "mag": "عشرة حداش طناش تلطاش ربعطاش خمسطاش سطاش سبعطاش تمنطاش تسعطاش".split(),
    "tun": "عشرة حداش ثناش ثلطاش اربعطاش خمسطاش سطاش سبعطاش ثمنطاش تسعطاش".split(),
}
AR_TENS = {
    "msa": ",,عشرين,ثلاثين,أربعين,خمسين,ستين,سبعين,ثمانين,تسعين".split(","),
    "lev": ",,عشرين,تلاتين,أربعين,خمسين,ستين,سبعين,تمانين,تسعين".split(","),
    "mag": ",,عشرين,تلاتين,ربعين,خمسين,ستين,سبعين,تمانين,تسعين".split(","),
}
AR_TENS["gulf"] = AR_TENS["msa"]
AR_TENS["egy"] = AR_TENS["lev"]
AR_TENS["tun"] = AR_TENS["msa"]


def _en_digits(s, zero="oh", double=False):
    words, i = [], 0
    while i < len(s):
        d = int(s[i])
        w = zero if d == 0 else EN_D[d]
        if double and i + 2 < len(s) and s[i] == s[i + 1] == s[i + 2]:
            words.append("triple " + w)
            i += 3
        elif double and i + 1 < len(s) and s[i] == s[i + 1]:
            words.append("double " + w)
            i += 2
        else:
            words.append(w)
            i += 1
    return " ".join(words)


def _pair(lang, n, o):
    if lang == "en":
        if n < 10:
            z = o.get("zero", "oh")
            return z + " " + (z if n == 0 else EN_D[n])
        if n < 20:
            return EN_TEEN[n - 10]
        t, u = divmod(n, 10)
        return EN_TENS[t] + ("-" + EN_D[u] if u else "")
    if lang == "he":
        D = HE_M if o.get("g") == "m" else HE_F
        T = HE_TEEN_M if o.get("g") == "m" else HE_TEEN_F
        if n < 10:
            return "אפס " + D[n]
        if n < 20:
            return T[n - 10]
        t, u = divmod(n, 10)
        return HE_TENS[t] + (" ו" + D[u] if u else "")
    if lang == "el":
        D = EL_DF if o.get("formal") else EL_D
        T = EL_TEENF if o.get("formal") else EL_TEEN
        if n < 10:
            return "μηδέν " + D[n]
        if n < 20:
            return T[n - 10]
        t, u = divmod(n, 10)
        return EL_TENS[t] + (" " + D[u] if u else "")
    if lang == "ar":
        dl = o.get("d", "msa")
        if n < 10:
            return "صفر " + AR_D[dl][n]
        if n < 20:
            return AR_TEEN[dl][n - 10]
        t, u = divmod(n, 10)
        return (AR_D[dl][u] + " و" if u else "") + AR_TENS[dl][t]
    raise ValueError(lang)


def _triple(lang, n, o):
    assert lang == "el" and n >= 100
    H = EL_HUNDF if o.get("formal") else EL_HUND
    h, r = divmod(n, 100)
    if r == 0:
        return H[h]
    head = "εκατόν" if h == 1 else H[h]
    if r < 10:
        D = EL_DF if o.get("formal") else EL_D
        return head + " " + D[r]
    return head + " " + _pair(lang, r, o)


def _digits(lang, s, o):
    if lang == "en":
        return _en_digits(s, o.get("zero", "oh"), o.get("double", False))
    if lang == "he":
        D = HE_M if o.get("g") == "m" else HE_F
    elif lang == "el":
        D = EL_DF if o.get("formal") else EL_D
    else:
        D = AR_D[o.get("d", "msa")]
    return " ".join(D[int(c)] for c in s)


def say(lang, s, spec=None, sep=", ", **o):
    """Render the digit string s as spoken words.

    spec: space-separated chunk list; "4" = four digits read one by one,
    "p4" = four digits read as two-digit numbers, "t3" = a three-digit number
    (Greek), "=5" = five digits written as digits; the last chunk's size is
    checked against what is left.  Chunks are joined with sep.
    """
    s = re.sub(r"\D", "", s)
    spec = spec or str(len(s))
    out, i = [], 0
    for ch in spec.split():
        mode = ch[0] if not ch[0].isdigit() else "d"
        n = int(ch.lstrip("pt="))
        part = s[i:i + n]
        assert len(part) == n, (s, spec)
        i += n
        if mode == "d":
            out.append(_digits(lang, part, o))
        elif mode == "=":
            out.append(part)
        elif mode == "p":
            assert n % 2 == 0
            out.append(" ".join(_pair(lang, int(part[k:k + 2]), o) for k in range(0, n, 2)))
        elif mode == "t":
            assert n == 3
            out.append(_triple(lang, int(part), o) if part[0] != "0" else _digits(lang, part, o))
    assert i == len(s), (s, spec)
    return sep.join(out)


# --------------------------------------------------------------------------
# number words (parsing back), used to check spans and non-personal text
# --------------------------------------------------------------------------


def norm_tok(t, lang):
    t = unicodedata.normalize("NFD", t.lower())
    t = "".join(c for c in t if unicodedata.category(c) != "Mn")
    t = t.replace("ـ", "")
    if lang == "ar":
        t = re.sub("[أإآ]", "ا", t).replace("ة", "ه").replace("ى", "ي")
    if lang == "he":
        t = t.replace("׳", "'").replace("״", '"')
    return t


SPLIT_RE = re.compile(r"[\s\-–./()+:،,;!?\"]+")


def _toks(s, lang):
    return [norm_tok(t, lang) for t in SPLIT_RE.split(s) if t]


VOCAB = {}
UNITS = {}


def _add(lang, phrase, val):
    VOCAB.setdefault(lang, {})[tuple(_toks(phrase, lang))] = val


def _build_vocab():
    opts = {"en": [{"zero": "oh"}, {"zero": "zero"}, {"zero": "o"}, {"zero": "nought"}],
            "he": [{"g": "f"}, {"g": "m"}],
            "el": [{}, {"formal": True}],
            "ar": [{"d": d} for d in AR_D]}
    for lang, olist in opts.items():
        for o in olist:
            for n in range(10):
                w = _digits(lang, str(n), o)
                _add(lang, w, str(n))
                if lang in ("he", "ar"):
                    _add(lang, ("ו" if lang == "he" else "و") + w, str(n))
            for n in range(100):
                _add(lang, _pair(lang, n, o), "%02d" % n)
            if lang == "el":
                for n in range(100, 1000):
                    _add(lang, _triple(lang, n, o), "%03d" % n)
    for w, v in (("שתים", "2"), ("שנים", "2")):
        _add("he", w, v)
    for w, v in (("δυο", "2"), ("μια", "1"), ("μία", "1"), ("τρεις", "3"), ("τέσσερις", "4")):
        _add("el", w, v)
    for w, v in (("اثنان", "2"), ("ثمان", "8"), ("زيرو", "0")):
        _add("ar", w, v)
    for lang, voc in VOCAB.items():
        UNITS[lang] = {k[0] for k in voc}


_build_vocab()
IGNORE = {"en": {"um", "uh", "er", "erm", "plus", "dash"},
          "he": {"אממ", "אה", "פלוס"},
          "el": {"εεε", "συν"},
          "ar": {"يعني", "زايد", "زائد", "اه"}}
REPEAT = {"double": 2, "triple": 3}


def spoken_digits(s, lang, strict=True):
    """Digits (and capital letters) that a spoken/written number stands for."""
    s = s.translate(AR_BACK)
    out = []
    for seg in re.split(r"[,;،]", s):
        raw = [t for t in SPLIT_RE.split(seg) if t]
        toks = [norm_tok(t, lang) for t in raw]
        voc = VOCAB[lang]
        i = 0
        while i < len(toks):
            t = toks[i]
            if t.isdigit():
                out.append(t)
                i += 1
                continue
            if re.fullmatch(r"[A-Z0-9]*[A-Z][A-Z0-9]*", raw[i]):
                out.append(raw[i])
                i += 1
                continue
            if lang == "en" and t in REPEAT and i + 1 < len(toks) and (toks[i + 1],) in voc:
                out.append(voc[(toks[i + 1],)] * REPEAT[t])
                i += 2
                continue
            for k in (4, 3, 2, 1):
                if tuple(toks[i:i + k]) in voc and i + k <= len(toks):
                    out.append(voc[tuple(toks[i:i + k])])
                    i += k
                    break
            else:
                if re.fullmatch(r"[A-Z]+[0-9]*", raw[i]):
                    out.append(raw[i])
                elif t in IGNORE[lang]:
                    pass
                elif strict:
                    raise AssertionError("unknown number word %r in %r" % (raw[i], s))
                i += 1
    return "".join(out)


def check_value(kind, sub, val, lang):
    if kind in ("card", "iban", "id", "phone"):
        low = kind == "iban" and not any(c.isupper() for c in val)
        d = spoken_digits(val.upper() if low else val, lang)
    if kind == "card":
        assert d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d), (val, d)
    elif kind == "iban":
        assert iban_ok(d), (val, d)
    elif kind == "id":
        sub = sub or {"en": "ssn", "he": "tz", "el": "afm", "ar": "sa"}[lang]
        ok = {"tz": tz_ok, "afm": afm_ok, "sa": sa_ok, "ssn": ssn_ok}[sub]
        assert ok(d), (val, d, sub)
    elif kind == "phone":
        assert d.isdigit() and 7 <= len(d) <= 15, (val, d)


def neg_check(d, where):
    """A long number outside spans must not pass any personal-number check."""
    if 13 <= len(d) <= 19:
        assert not luhn_ok(d), ("luhn-valid non-personal number", d, where)
    if len(d) == 9:
        assert not tz_ok(d) and not afm_ok(d), ("tz/afm-valid non-personal number", d, where)
    if len(d) == 10 and d[0] in "12":
        assert not luhn_ok(d), ("saudi-id-valid non-personal number", d, where)


DIGIT_RUN = re.compile(r"[0-9٠-٩]+(?:[ \-.][0-9٠-٩]+)*")
IBAN_LIKE = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){8,30}")


def check_outside(text, spans_chars, lang):
    # blank out span text, keep the rest
    chars = list(text)
    for s, e in spans_chars:
        for i in range(s, e):
            chars[i] = "\n"
    rest = "".join(chars)
    for part in rest.split("\n"):
        for m in DIGIT_RUN.finditer(part):
            neg_check(re.sub(r"\D", "", m.group().translate(AR_BACK)), part)
        for m in IBAN_LIKE.finditer(part):
            c = m.group().replace(" ", "")
            for n in range(15, len(c) + 1):
                assert not iban_ok(c[:n]), ("valid IBAN outside spans", part)
        # runs of number words
        raw = [t for t in SPLIT_RE.split(part) if t]
        run = []
        for t in raw + ["\x00"]:
            nt = norm_tok(t.translate(AR_BACK), lang)
            if nt.isdigit() or nt in UNITS[lang] or (lang == "en" and nt in REPEAT):
                run.append(t)
                continue
            if run:
                d = spoken_digits(" ".join(run), lang, strict=False)
                if len(d) >= 9:
                    neg_check(d, part)
                run = []


# --------------------------------------------------------------------------
# building the JSON lines
# --------------------------------------------------------------------------

MARK = re.compile(r"⟦([a-z_]+)(?:\.([a-z]+))?\|(.*?)⟧")


def build(lang, entries):
    """entries: "text", ("text", context) or ("text", [(kind, substring)], context).

    Spans are written inline as ⟦kind|value⟧ and/or listed as (kind, substring).
    """
    lines, seen = [], set()
    for e in entries:
        if isinstance(e, str):
            raw, extra, ctx = e, [], ""
        elif len(e) == 2:
            (raw, ctx), extra = e, []
        else:
            raw, extra, ctx = e
        text, marked, pos = "", [], 0
        for m in MARK.finditer(raw):
            text += raw[pos:m.start()]
            marked.append((m.group(1), m.group(2), m.group(3), len(text)))
            text += m.group(3)
            pos = m.end()
        text += raw[pos:]
        assert "⟦" not in text and "⟧" not in text, raw
        assert "⟦" not in ctx and "⟧" not in ctx, ctx
        assert text == text.strip() and "  " not in text, repr(text)
        assert text not in seen, ("duplicate item", text)
        seen.add(text)
        b = text.encode("utf-8")
        spans, char_spans = [], []
        for kind, sub, val, cpos in marked:
            bpos = len(text[:cpos].encode("utf-8"))
            vb = val.encode("utf-8")
            start = b.find(vb, bpos)
            assert start == bpos, (val, text)
            spans.append((kind, sub, val, start, start + len(vb), cpos))
        for x in extra:
            kind, val = x[0], x[1]
            nth = x[2] if len(x) > 2 else 0
            vb, start = val.encode("utf-8"), -1
            for _ in range(nth + 1):
                start = b.find(vb, start + 1)
                assert start >= 0, (val, text)
            cpos = len(b[:start].decode("utf-8"))
            spans.append((kind, None, val, start, start + len(vb), cpos))
        spans.sort(key=lambda x: x[3])
        for i, (kind, sub, val, s, e2, cpos) in enumerate(spans):
            assert kind in KINDS, kind
            assert val and val == val.strip() and val.strip(".,?!،") == val, repr(val)
            assert b[s:e2].decode("utf-8") == val
            if i:
                assert spans[i - 1][4] <= s, ("overlap", text)
            check_value(kind, sub, val, lang)
            char_spans.append((cpos, cpos + len(val)))
        check_outside(text, char_spans, lang)
        obj = {"text": text,
               "spans": [{"kind": k, "start": s, "end": e2} for k, _, _, s, e2, _ in spans]}
        if ctx:
            obj["context"] = ctx
        lines.append(obj)
    return lines


DATA = {}

# ==========================================================================
# languages are appended below
# ==========================================================================


# ==========================================================================
# English: UK, Irish, US, Indian, Nigerian and Australian callers
# ==========================================================================

EN_C = [card_make(p) for p in (
    "454763200123891", "537614008812453", "37441208813659", "601100441207633",
    "492900517733120", "222300481156097", "414720901566234", "548809330014776")]
EN_I = [iban_make("DE", "760501010012873465"), iban_make("GB", "BARC20451873340211"),
        iban_make("IE", "AIBK93352212847705"), iban_make("GB", "MIDL40127761902384"),
        iban_make("IE", "BOFI90001734412098"), iban_make("NL", "RABO0318826477"),
        iban_make("GB", "NWBK55504128837716")]
EN_S = ["219483071", "412669083", "530271844", "287540913", "603188452", "145922760",
        "338071526", "761304489"]
assert all(ssn_ok(x) for x in EN_S)


def ssn(s, sep="-"):
    return s[:3] + sep + s[3:5] + sep + s[5:]


DATA["en"] = [
    # --- minicab dispatch, south London -------------------------------------
    "Good evening, Kingsway Cars, you're speaking to ⟦name|Tamsin⟧, where are we picking you up from?",
    ("yeah hi it's ⟦name|Gaz⟧ um I need a cab from ⟦address|41 Birchanger Road, South Norwood⟧ going to Gatwick",
     "Good evening, Kingsway Cars, where are we picking you up from?"),
    "Lovely. And what's the best number to get you on, ⟦name|Gary⟧?",
    (f"It's ⟦phone|{say('en', '07700900461', '5 3 3', double=True)}⟧.",
     "And what's the best number to get you on?"),
    "So that's Gatwick North Terminal, the flight lands at ten past six, BA 2157 from Malaga, and there'll be four of you with two large cases.",
    "The fare's fixed at sixty-two pounds fifty, plus the drop-off charge of seven pounds at the terminal, so sixty-nine fifty all in.",
    (f"I'll pay now on the card if that's alright, it's ⟦card|{g4(EN_C[0])}⟧, expiry oh nine twenty-seven.",
     "Would you like to pay the driver or pay by card now?"),
    "Your booking reference is K W 7 7 1 0 4, and the driver will text you when he's outside, usually about ten minutes before.",
    "Cheers, that's all booked for Friday the fourteenth at half three, pick up at the Selhurst Park end.",
    # --- ride-hailing lost property, Austin TX --------------------------------
    "Thanks for calling Zipline rider support, my name is ⟦name|Marcus⟧, can I get the name on the account?",
    "Yeah, it's ⟦name|Maria Guadalupe Hernández⟧ but everybody calls me ⟦name|Lupe⟧.",
    "Okay, thank you Ms. ⟦name|Hernández⟧. And what's the email address on the account?",
    ("it's ⟦email|lupe dot hernandez eighty-eight at yahoo dot com⟧",
     "And what's the email address on the account?"),
    "I left my phone in the back seat, it was the ride that ended around 11:40 last night on Congress Avenue, the one that cost like $23.87.",
    "I see a trip on March 3rd, pickup 11:12 PM, drop-off 11:39 PM, 6.2 miles, total twenty-three eighty-seven with a four dollar tip.",
    (f"Can the driver call me on my sister's phone? It's ⟦phone|{say('en', '5125550187', '3 3 4', zero='oh')}⟧.",
     "The driver will need a number to reach you on, since your phone is in the car."),
    "There's a fifteen dollar return fee for lost items, which goes to the driver, and it'll show on your receipt as item return fee.",
    ("He can drop it at my work, ⟦address|2217 East Cesar Chavez Street, suite 140, Austin⟧, I'm there till six.",
     "Where would you like the driver to return it?"),
    # --- car hire, Dublin Airport ---------------------------------------------
    "Hello, you're through to Emerald Car and Van Hire at Dublin Airport, how can I help?",
    "Hiya, it's ⟦name|Siobhán Ní Bhriain⟧ here, I've a booking for Thursday and I want to add my husband on as a second driver.",
    "No problem at all, ⟦name|Siobhán⟧. I'll just need his date of birth for the insurance.",
    ("Grand. It's the ⟦date_of_birth|twenty-third of November, nineteen seventy-eight⟧, and he's had his licence since ninety-six.",
     "I'll just need his date of birth for the insurance."),
    "Additional driver is eleven euro a day, capped at ninety-nine euro per rental, so for the seven days that's seventy-seven euro.",
    "The car is a Skoda Octavia estate or similar, pick up Thursday the 12th at 9:15 from the Terminal 2 desk, return Thursday the 19th by 9:15.",
    (f"can I put the excess on a different card the number is ⟦card|{say('en', EN_C[1], '4 4 4 4', sep=' ')}⟧",
     "Which card would you like the excess hold on?"),
    "And the address on the licence is still ⟦address|12 Ard na Gréine, Castletroy, Limerick, V94 K2T6⟧?",
    "The hold on the card is fifteen hundred euro and it drops off about seven to ten working days after you return the car.",
    (f"My mobile is ⟦phone|{say('en', '0872246918', '3 3 4', sep=', ')}⟧ if there's any problem with the flight.",
     "Is there a mobile we can reach you on on the day?"),
    "Hello, my name is ⟦name|Jürgen Baumann⟧, I rented a van from you in June and the deposit was never returned.",
    "I'm sorry about that, sir. The card it was taken from has expired, so we'll have to refund it by bank transfer.",
    (f"Okay. My IBAN is ⟦iban|D E {say('en', EN_I[0][2:], '2 4 4 4 4 2', zero='zero')}⟧.",
     "Can I take the IBAN of the account you'd like it refunded to?"),
    "The rental agreement number is 6610-4438-0927 and the van came back on the 28th of June with a full tank.",
    # --- private car park, north London ---------------------------------------
    "Good morning, ParkRight customer services, ⟦name|Deepak⟧ speaking.",
    "Morning. My name is ⟦name|Funmilayo Adeyemi⟧, I got a parking charge notice for the Brent Cross car park but I have a season ticket.",
    ("It's ⟦name|A, D, E, Y, E, M, I⟧.", "Can you spell the surname for me please?"),
    "The notice number is PCN 8841 2097 63 and it says I overstayed by forty-seven minutes on the 9th of January.",
    "Thank you Ms ⟦name|Adeyemi⟧. Is the season ticket registered to the vehicle L M one nine, O K F?",
    "The season ticket was £1,140 for the year, it runs from the 1st of April to the 31st of March, and it covers levels 2 to 4.",
    ("can you email the cancellation to ⟦email|funmi underscore adeyemi at hotmail dot co dot uk⟧",
     "We can email or post the cancellation letter, which would you prefer?"),
    ("Or post it to ⟦address|Flat 6, 88 Kilburn Park Road, London NW6 5XA⟧, either's fine.",
     "We can email or post the cancellation letter, which would you prefer?"),
    "Right, the charge of one hundred pounds, reduced to sixty if paid within fourteen days, is on hold while the appeal is reviewed, which takes up to twenty-eight days.",
]


DATA["en"] += [
    # --- ride-hailing driver sign-up, Dallas ----------------------------------
    "Hi, thanks for calling Zipline driver support, who do I have the pleasure of speaking with today?",
    "Yeah hi, my name is ⟦name|Rajesh Venkataraman⟧, I'm trying to sign up to drive and the background check is stuck.",
    ("⟦name|V E N K A T A R A M A N⟧, it's a long one, sorry.",
     "Could you spell the last name for me?"),
    "Thank you. For the background check I need to verify your Social Security number.",
    (f"Sure, it's ⟦id|{ssn(EN_S[0])}⟧.",
     "For the background check I need to verify your Social Security number."),
    ("Date of birth is ⟦date_of_birth|14th August 1986⟧.",
     "And can you confirm your date of birth?"),
    "The check usually takes three to five business days, but some counties take up to thirty days to return records.",
    "You also need a four-door vehicle, 2010 or newer, and the inspection at the hub on 5th Street is free until the 31st.",
    "I think I signed up with ⟦email|raj.venkat1986@gmail.com⟧, not the work one.",
    ("Current address is ⟦address|4410 Lakeview Drive, apartment 12B, Irving, Texas 75038⟧.",
     "Can you confirm your current residential address?"),
    # --- taxi fleet lease, Queens NY -------------------------------------------
    "Yellowbird Fleet Management, how can I help you?",
    "yeah hi this is ⟦name|Jean-Baptiste Pierre⟧ I lease the Camry hybrid from you medallion 7 J 42",
    "Okay ⟦name|JB⟧, I got you. You need the 1099 for last year, right?",
    (f"My social is ⟦id|{say('en', EN_S[1], '3 2 4', sep=', ', zero='zero')}⟧.",
     "I just need your social to pull up the tax form."),
    "So the weekly lease is six hundred forty-five dollars, and you paid fifty-one weeks last year, that's thirty-two thousand eight hundred ninety-five total.",
    ("Text me when it's ready, my cell is ⟦phone|(718) 555-0143⟧.",
     "We'll have it ready at the front desk by Thursday."),
    "Shift changeover is at 5 AM and 5 PM at the garage on 43rd Avenue, and the late fee after 5:30 is twenty-five dollars.",
    # --- free-flow toll, Dublin ------------------------------------------------
    "You're through to Liffey Flow tolling, can I have your vehicle registration please?",
    "Yeah it's 191 D 44273, a silver Corolla.",
    "I can see three unpaid passages, on the 2nd, 5th and 6th of February, at three euro twenty each, and a late payment penalty of three euro on each.",
    "This is ⟦name|Declan O'Sullivan⟧, I was charged twice for the same passage on the 5th.",
    "Okay, I can see that, it's a duplicate from the camera at the Blanchardstown gantry, passage ID 5561 0938 2274 1049.",
    (f"Can you refund it into my account? The IBAN is ⟦iban|{g4(EN_I[2])}⟧.",
     "The refund can go back on the card or to a bank account."),
    "The refund of three euro twenty will go out within ten working days, reference T F 2 0 4 4 8 1 7.",
    ("My number's ⟦phone|+353 86 412 7730⟧ if you need me.",
     "Is there a number we can contact you on?"),
    "Is that the toll between Ballymun and the Lucan exit, or the one near Castleknock?",
    # --- bike share, London -----------------------------------------------------
    "Capital Cycles, you're speaking with ⟦name|Jordan⟧, how can I help?",
    "hi yes my name is ⟦name|Gosia Wiśniewska⟧ I was charged ninety pounds for a bike I returned to the dock on Waterloo Road",
    "Okay, can I take the email address on your account?",
    ("it's ⟦email|g dot wisniewska, w i s n i e w s k a, at o2 dot pl⟧",
     "Okay, can I take the email address on your account?"),
    "The hire started at 18:04 on Saturday and our system has it undocked until 18:04 on Sunday, which triggers the 24-hour non-return charge.",
    "The dock at Waterloo Road, station number 3 0 1 4, had a fault that evening, so I'll refund the £90 and the £4.50 extra time.",
    f"The card on the account ends in {EN_C[4][-4:]}, is that still the one you want to use?",
    (f"No, use the new one please, ⟦card|{say('en', EN_C[4], 'p4 p4 p4 p4')}⟧.",
     "The card on the account ends in %s, is that still the one you want to use?" % EN_C[4][-4:]),
    # --- e-scooter hire, Brisbane ----------------------------------------------
    "G'day, Zappa scooters, what can I do for you?",
    "yeah g'day, it's ⟦name|Shaz Pickering⟧, I got hit with a fifty dollar fine for parking the scooter outside the zone",
    "No worries, just need to verify you, what's your date of birth?",
    ("⟦date_of_birth|Second of the fifth, eighty-two⟧.",
     "No worries, just need to verify you, what's your date of birth?"),
    "The ride was Tuesday arvo, started 4:52 at South Bank, ended 5:19 near Roma Street, forty-one cents a minute.",
    (f"Best number's ⟦phone|{say('en', '0438216905', '4 3 3', sep=' ')}⟧, mobile.",
     "And a contact number in case the team needs to follow up?"),
    "Scooter ID Z 7 4 4 0 9, it showed as inside the green zone on the map when I ended the ride.",
    ("⟦address|Unit 5, 32 Gladstone Road, Highgate Hill, four one zero one⟧.",
     "And the address on the account, just for the dispute form?"),
]


DATA["en"] += [
    # --- ride-hailing driver (readback), Dallas ---------------------------------
    (f"Let me read that back: ⟦id|{say('en', EN_S[0], '3 2 4', sep=', ')}⟧, correct?",
     "For the background check I need to verify your Social Security number."),
    # --- ride-hailing driver payouts, Dublin ------------------------------------
    "Hello, I'm a driver with Zipline in Dublin, my name is ⟦name|Chukwuemeka Nwosu⟧, and my weekly payout didn't arrive.",
    ("It's ⟦date_of_birth|the 30th of January 1984⟧, and I'm in ⟦address|apartment 22, Clarion Quay, Dublin 1⟧.",
     "I need to verify you first, can you give me your date of birth and the address on the account?"),
    (f"I changed bank, the new IBAN is ⟦iban|I E {say('en', EN_I[4][2:4])}, B O F I, {say('en', EN_I[4][8:], '4 4 4 2', zero='zero')}⟧.",
     "The payout bounced back because the account was closed."),
    (f"Just to read that back, ⟦iban|{g4(EN_I[4])}⟧, is that right?",
     "I changed bank, I'll give you the new IBAN."),
    "can you send the statement to ⟦email|emeka dot nwosu dot cabs at gmail dot com⟧",
    # --- student travel pass, Manchester ------------------------------------------
    "Hi, I'm ⟦name|Priyanka Iyer⟧, I bought the annual student pass in September and I'm leaving the UK in March, so I want to cancel it.",
    ("⟦date_of_birth|Second July, two thousand one⟧.", "And your date of birth for security, please?"),
    ("The pass is registered to ⟦address|Room 14, Ashworth Hall, 27 Upper Brook Street, Manchester M13 9PX⟧.",
     "Which address is the pass registered to?"),
    (f"Please send the refund to my UK account, the IBAN is ⟦iban|{EN_I[1]}⟧.",
     "The refund can only be paid by bank transfer."),
    ("it's ⟦email|priyanka dot iyer at student dot manchester dot ac dot uk⟧ or you can call me on ⟦phone|+91 98450 31267⟧ after I go back",
     "What's the best way to contact you about the refund?"),
    "Your pass number is 6338 0912 4471 0057, please cut the card in half once the refund's confirmed.",
    # --- car hire with a debit card, Chicago O'Hare -----------------------------
    "Hi, I'm picking up a car at O'Hare on Friday, and they said since I'm using a debit card they need to run a credit check?",
    ("⟦name|Darnell Jerome Washington⟧.", "That's correct sir, can I get your full name as it appears on the license?"),
    (f"⟦date_of_birth|June 9th, 1990⟧, and the social is ⟦id|{ssn(EN_S[2], ' ')}⟧.",
     "I'll also need your date of birth and Social Security number."),
    (f"The debit card is ⟦card|{g4(EN_C[5])}⟧, it's a Mastercard.",
     "And the debit card you'll be presenting at the counter?"),
    (f"actually can I use my Discover instead ⟦card|{say('en', EN_C[3], '4 4 4 4', sep=' ')}⟧",
     "And the debit card you'll be presenting at the counter?"),
    "Your confirmation number is 1 0 4 4 7 2 9 3 8 U S 6, pick-up 8:30 AM Friday at the Lot F shuttle.",
    # --- chauffeur company and taxi fleet paperwork, New Jersey ------------------
    (f"Okay, my Social Security number is ⟦id|{say('en', EN_S[3], '3 2 4', sep=' dash ', zero='zero')}⟧.",
     "Hi, I'm the new chauffeur starting Monday, they told me to call about the W-9."),
    "You'll be on the Newark airport runs, the Lincoln Town Car and the Escalade, paid $28 an hour plus 20% gratuity.",
    (f"And for the new driver starting Monday, his Social is ⟦id|{ssn(EN_S[4])}⟧, he'll drop the form off himself.",
     "I'll need the new driver's details for the lease."),
    (f"For my driver payments the IBAN is ⟦iban|{g4(EN_I[3])}⟧, it's the Midland one.",
     "We pay our UK chauffeurs by bank transfer, what account should we use?"),
    # --- paratransit reduced-fare card, Chicago ---------------------------------
    ("⟦date_of_birth|April the twelfth, nineteen fifty-two⟧, I'm seventy-three and my hip's no good anymore.",
     "What's your date of birth, ma'am?"),
    (f"And the Social is ⟦id|{say('en', EN_S[5], '3 2 4', sep=', ')}⟧, let me read it off the card.",
     "I'll also need your Social Security number for the application."),
    (f"So that's ⟦id|{ssn(EN_S[5])}⟧?", "And the Social is ... let me read it off the card."),
    ("⟦address|6120 North Sheridan Road, apartment 9 C, Chicago, Illinois 60660⟧",
     "And where should we mail the card?"),
    ("oh call my daughter, her number's better, ⟦phone|773 555 0129⟧",
     "And a phone number where we can reach you?"),
    (f"I want to put fifty dollars on it, here's my Visa, ⟦card|{say('en', EN_C[7], '4 4 4 4', sep=', ')}⟧",
     "You can load value onto the card now if you like."),
    # --- airport parking, Manchester -------------------------------------------
    "The new flight is EK 19 landing at 14:05 on the 18th, so there'll be one extra day at £17.99, booking M A N 4 4 0 9 1 7 2.",
    (f"Take it on my Amex, ⟦card|{grp(EN_C[2], [4, 6, 5])}⟧.", "How would you like to pay the difference?"),
    "The confirmation should go to ⟦email|h.sandhu at btinternet dot com⟧, same as before.",
    "And if the driver can't find us at arrivals, he can call me on ⟦phone|07984 331 207⟧.",
    (f"refund the other booking to ⟦iban|{g4(EN_I[6]).lower()}⟧ please",
     "Would you like the cancelled booking refunded to the card or to a bank account?"),
    # --- car sharing, Sydney ----------------------------------------------------
    "My DOB is ⟦date_of_birth|17/03/1995⟧, so I shouldn't be paying the young driver fee anymore.",
    (f"Update the card to ⟦card|{say('en', EN_C[6], '4 4 4 4', sep=', ', zero='zero')}⟧.",
     "Which card would you like the membership charged to?"),
    ("⟦email|mitch underscore obrien at bigpond dot com⟧", "What email is on the membership?"),
    "You had the Corolla from 2:15 to 6:40 on the 8th, that's four hours twenty-five, forty-one dollars eighty, and a ten dollar late return fee.",
    # --- Dutch visitor, car hire refund, Edinburgh --------------------------------
    (f"Hallo, yes, for the refund you can use my IBAN, ⟦iban|N L {say('en', EN_I[5][2:4], zero='zero')}, R A B O, {say('en', EN_I[5][8:], '3 3 4', zero='zero')}⟧.",
     "The deposit refund for the Edinburgh rental has to go to a bank account."),
]


# ==========================================================================
# Arabic: Saudi/Gulf, Emirati, Egyptian, Jordanian/Levantine, Moroccan, MSA
# ==========================================================================

AR_C = [card_make(p) for p in (
    "446404123987652", "529741008836120", "410685332017749", "558848120066031",
    "476173509912284", "968209144718530", "37661288043127", "535522017734906")]
AR_I = [iban_make("SA", "80000123608010457219"), iban_make("AE", "0330000010395871624"),
        iban_make("EG", "0003000100000041927365018"), iban_make("JO", "ARAB1140000000114382017600"),
        iban_make("SA", "10000019845512300014"), iban_make("AE", "0260001015738260011"),
        iban_make("SA", "45000000182736450019"), iban_make("KW", "GULB0000000000004417309852")]
AR_S = [sa_make(p) for p in ("108273645", "109455218", "110384762", "104971330", "106628815",
                             "238015472", "241196607", "225730918")]

DATA["ar"] = [
    # --- ride-hailing, Riyadh (Najdi/Gulf) -------------------------------------
    "مرحبا بك في مشوار، معك ⟦name|سارة⟧، كيف أقدر أخدمك؟",
    "هلا والله، معك ⟦name|أبو فهد⟧، ⟦name|عبدالله الدوسري⟧، عندي مشكلة في رحلة أمس.",
    "أبشر يا ⟦name|أبو فهد⟧، ممكن رقم الجوال المسجل في الحساب؟",
    (f"⟦phone|{say('ar', '0553218746', '3 3 4', d='gulf', sep='، ')}⟧",
     "ممكن رقم الجوال المسجل في الحساب؟"),
    "الرحلة كانت من حي الملقا إلى طريق الملك فهد، سبعة عشر كيلو، وطلع لي المبلغ ٨٦ ريال بدل ٣٢.",
    "الكابتن أخذ طريق ثاني وطول المشوار أربعين دقيقة، والتطبيق كان مقدر خمسة وعشرين دقيقة.",
    "تم إرجاع الفرق ٥٤ ريال إلى محفظتك في التطبيق، ويظهر خلال ٢٤ ساعة، ورقم البلاغ ٧٧٤٠٩٢١٨.",
    (f"لا أبيه يرجع على البطاقة مو المحفظة، رقمها ⟦card|{ard(g4(AR_C[0]))}⟧",
     "تم إرجاع الفرق إلى محفظتك في التطبيق."),
    # --- captain registration, Riyadh (Egyptian expat) ---------------------------
    "مشوار لخدمة الكباتن، معك ⟦name|فيصل⟧، تفضل.",
    "أهلاً يا فندم، أنا اسمي ⟦name|محمود عبد الحميد⟧ وعايز أسجل كابتن عندكم، أنا مقيم مش سعودي.",
    (f"رقم الإقامة ⟦id|{say('ar', AR_S[5], '1 3 3 3', d='egy', sep=' ')}⟧",
     "تمام، أحتاج رقم الإقامة لو سمحت."),
    ("تاريخ الميلاد ⟦date_of_birth|٣ أكتوبر ١٩٨٧⟧ ميلادي.", "وتاريخ ميلادك؟"),
    "لازم السيارة تكون موديل ٢٠١٨ وأحدث، وكرت التشغيل يتجدد كل سنة، والرسوم ٤٠٠ ريال.",
    (f"الآيبان بتاعي عشان التحويلات، يعني، ⟦iban|{g4(AR_I[0])}⟧ بنك الراجحي.",
     "نحتاج رقم الآيبان عشان نحول لك أرباحك كل أسبوع."),
    "تمام أستاذ ⟦name|محمود⟧، بتتم مراجعة الطلب خلال ثلاثة أيام عمل، وتوصلك رسالة.",
    # --- toll gates, Dubai (Emirati) -------------------------------------------
    "عندي مخالفة سالك على سيارتي، اللوحة دبي حرف ك ٤٨٢١٧، والرصيد كان كافي.",
    "تم خصم أربعة دراهم عند بوابة البرشاء الساعة ٨:١٤ صباحاً، وأربعة دراهم ثانية عند بوابة الصفا الساعة ٨:٢٢.",
    "اسمي ⟦name|مريم المزروعي⟧، والحساب مسجل باسم أبوي بس أنا اللي أستخدم السيارة.",
    ("الإيميل ⟦email|mariam.mz92@outlook.com⟧", "ممكن البريد الإلكتروني عشان نرسل لك التفاصيل؟"),
    "رقم الحساب عندنا ٣٠٠٤٥٨٢٢٩، ورقم المخالفة ٨٨١٠٢٥٥٧٣١، بتاريخ ١٤ فبراير.",
    ("رقمي ⟦phone|+971 50 418 2273⟧ واتساب بعد.", "وش أفضل رقم نتواصل معك عليه؟"),
    "الغرامة خمسين درهم لأن الرصيد كان صفر لمدة خمسة أيام، نقدر نلغيها مرة وحدة بس.",
    (f"رجعوا المبلغ الزايد على حسابي، الآيبان ⟦iban|{AR_I[1]}⟧",
     "المبلغ المخصوم مرتين بنرجعه لك تحويل بنكي."),
    # --- taxi app, Cairo (Egyptian) --------------------------------------------
    "أهلاً بحضرتك في كابتن مصر، معاك ⟦name|كريم⟧، أقدر أساعد حضرتك إزاي؟",
    "أهلاً، أنا ⟦name|شيماء⟧، نسيت شنطة لابتوب في العربية امبارح بالليل.",
    "الرحلة كانت من المعادي لمدينة نصر، الساعة عشرة وربع بالليل، والأجرة ١٤٥ جنيه.",
    (f"رقمي ⟦phone|{say('ar', '01012873345', '3 4 4', d='egy', sep=' ')}⟧",
     "ممكن رقم موبايل حضرتك عشان الكابتن يكلمك؟"),
    ("ممكن الكابتن يوصلها على ⟦address|١٤ شارع مصطفى النحاس، الدور التالت، شقة ٧، مدينة نصر⟧",
     "حضرتك عايزة الشنطة تتسلم فين؟"),
    "فيه رسوم توصيل للمفقودات خمسين جنيه بتتدفع للكابتن، وهتوصلك رسالة فيها رقم البلاغ.",
    "تمام يا أستاذة ⟦name|شيماء⟧، البلاغ اتسجل والكابتن هيتواصل معاكي النهارده.",
    # --- car hire, Amman (Jordanian) -------------------------------------------
    "مرحبا، معك ⟦name|روان⟧ من شركة البتراء لتأجير السيارات، كيف بقدر أساعدك؟",
    "مرحبا، أنا ⟦name|يزن حداد⟧، حاجز سيارة من المطار يوم الخميس وبدي أسأل عن التأمين.",
    ("أنا مواليد ⟦date_of_birth|١٢ حزيران ٢٠٠٢⟧ إذا هاد بيفرق.", "كم عمرك؟ لأنه في شرط على عمر السائق."),
    "للسواق تحت الخمسة وعشرين في رسوم إضافية عشرة دنانير باليوم، والتأمين الشامل خمسطعش دينار.",
    "الحجز رقم ٥٥٠٢٣٨، هيونداي إلنترا، من ٢٠ لـ ٢٧ تموز، لا عفواً من ٢١ لـ ٢٧، والمجموع ١٨٠ دينار.",
    (f"رقم الآيبان ⟦iban|{g4(AR_I[3])}⟧ من البنك العربي.",
     "التأمين المسترد بنرجعه بحوالة بنكية، شو رقم الآيبان؟"),
    (f"رقمي ⟦phone|{say('ar', '0791482635', '3 3 4', d='lev', sep='، ')}⟧",
     "شو رقم تلفونك؟"),
    ("⟦email|يزن أندرسكور حداد آت ياهو دوت كوم⟧", "والإيميل لو سمحت؟"),
    ("بتوصلولي السيارة ع البيت؟ ⟦address|عبدون، شارع القاهرة، عمارة ١٥، الطابق التاني⟧",
     "الاستلام من المطار ولا بدك توصيل؟"),
]


DATA["ar"] += [
    # --- tram pass, Casablanca (Darija) ----------------------------------------
    "السلام عليكم، معاك ⟦name|يوسف بنعلي⟧، بغيت نسول على الاشتراك ديال الطرامواي ديال الطلبة.",
    "الاشتراك الشهري ديال الطلبة ب ١٥٠ درهم، وخاصك تجددو قبل خمسة فالشهر.",
    ("⟦date_of_birth|خمسطاش مارس ألفين وجوج⟧", "شنو هو تاريخ الازدياد ديالك؟"),
    (f"⟦phone|{say('ar', '0661427389', '2 p8', d='mag', sep='، ')}⟧", "عطيني رقم التيليفون ديالك."),
    ("l'email ديالي هو ⟦email|youssef.benali2002@gmail.com⟧", "واش عندك شي إيميل؟"),
    ("ساكن ف ⟦address|زنقة ابن بطوطة، رقم ٢٣، المعاريف، الدار البيضاء⟧", "فين ساكن؟ باش نصيفطو ليك البطاقة."),
    "الطرامواي T1 كيدوز كل ثمن دقايق، ومن سيدي مومن حتى لعين الذياب كتاخد ساعة تقريبا.",
    (f"خلصت بالكارط ديالي ⟦card|{g4(AR_C[4])}⟧ وتقطعو ليا جوج مرات",
     "كيفاش خلصتي الاشتراك؟"),
    "تقطع ليك ١٥٠ درهم مرتين نهار ٣ شتنبر، غادي نرجعو ليك ١٥٠ فظرف سبعة أيام ديال الخدمة.",
    # --- car hire, Jeddah (Hijazi) ----------------------------------------------
    "أهلين، معاك ⟦name|هتان⟧ من تأجير الساحل، إيش أقدر أخدمك؟",
    "بغيت أستأجر سيارة يارس من فرع المطار الجديد من يوم الأحد للخميس، كم السعر؟",
    "اليومية ١٤٥ ريال شامل التأمين، والكيلومترات ٣٠٠ كيلو في اليوم، والزيادة ستين هللة للكيلو.",
    ("باسمي، ⟦name|رهف الغامدي⟧.", "الحجز باسم مين؟"),
    (f"رقم الهوية ⟦id|{ard(AR_S[0])}⟧", "أحتاج رقم الهوية الوطنية عشان نربط العقد مع نظام تم."),
    ("⟦date_of_birth|١٤ رجب ١٤٠٨⟧ هجري", "وتاريخ الميلاد؟"),
    ("جوالي ⟦phone|٠٥٠ ٦٦٢ ٨١٣٤⟧", "ورقم الجوال؟"),
    "تمام أستاذة ⟦name|رهف⟧، الحجز تأكد، ورقم العقد ٩٩٢١٠٤٤٧، وتستلمين السيارة من الصالة رقم ١.",
    (f"مبلغ التأمين ألف ريال يرجع على الآيبان، ⟦iban|SA {say('ar', AR_I[4][2:], '2 4 4 4 4 4', d='gulf', sep='، ')}⟧",
     "مبلغ التأمين يرجع بعد تسليم السيارة، تبين يرجع على البطاقة أو تحويل؟"),
    # --- nol card, Dubai (Lebanese caller) ----------------------------------------
    "شكراً لاتصالك بمركز خدمة نول، معك ⟦name|عائشة⟧، كيف أقدر أساعدك؟",
    "مرحبا، أنا، أنا ⟦name|رانيا خوري⟧، يعني ضيعت كرت النول الشخصي تبعي وكان فيه رصيد ١٨٠ درهم.",
    ("⟦date_of_birth|تسعة وعشرين أيار تسعة وتمانين⟧", "شو تاريخ ميلادك للتحقق؟"),
    ("الإيميل تبعي ⟦email|rania dot khoury at hotmail dot com⟧", "والإيميل المسجل على الكرت؟"),
    "الرصيد اللي بينتقل للكرت الجديد ١٨٠ درهم، ورسوم الكرت البديل ٧٠ درهم، والكرت بيوصل خلال عشرة أيام عمل.",
    ("ابعتوه على ⟦address|شقة ٣٠٤، بناية الريم، شارع ٢٣، البرشاء ١، دبي⟧", "وين بدك نبعت الكرت الجديد؟"),
    "النول الذهبي للمقصورة الذهبية بس، والأجرة من الراشدية للمطار بسبعة دراهم ونص.",
    # --- bike share, Abu Dhabi ----------------------------------------------------
    "استأجرت دراجة من محطة الكورنيش الساعة ٥:١٠ ورجعتها الساعة ٦:٠٥، بس انخصم مني ٦٥ درهم.",
    (f"⟦card|{say('ar', AR_C[2], '4 4 4 4', d='gulf', sep='، ')}⟧",
     "البطاقة اللي تبي نرجع عليها المبلغ؟"),
    "محطة رقم ٤٤ كان فيها عطل في القفل، عشان جذي النظام حسب الرحلة مفتوحة لين الساعة ١١ بالليل.",
    ("⟦email|حمد نقطة الكعبي تسعة وتسعين آت جيميل دوت كوم⟧", "ممكن الإيميل عشان نرسل لك إشعار الاسترجاع؟"),
    (f"رقمي ⟦phone|{say('ar', '0504427718', '3 3 4', d='gulf', sep=' ')}⟧", "ورقم التواصل؟"),
    # --- e-scooter, Riyadh ------------------------------------------------------
    "السكوتر وقف فجأة عند البوليفارد، رقمه R 2 2 7 1 9، وانحسبت علي ربع ساعة زيادة.",
    ("أنا مواليد ⟦date_of_birth|٩/٨/٢٠٠٦⟧ يعني عمري ١٨ وأقدر أستخدم التطبيق.", "كم عمرك؟ لازم فوق ١٦ سنة."),
    (f"⟦id|{say('ar', AR_S[1], '1 3 3 3', d='gulf', sep=' ')}⟧", "عطني رقم الهوية عشان نتحقق من العمر."),
    "سعر الفتح ثلاثة ريال، والدقيقة بخمسين هللة، والرحلة كانت ٢٢ دقيقة يعني المجموع ١٤ ريال.",
    # --- bus pass, Riyadh -------------------------------------------------------
    "الاشتراك الشهري لحافلات الرياض ١٤٠ ريال، والأسبوعي ٤٠، وكبار السن فوق الستين مجاناً.",
    "السلام عليكم، معاك ⟦name|أم سعود⟧، أبي أطلع بطاقة اشتراك لبنتي.",
    (f"هويتها ⟦id|{ard(grp(AR_S[2], [1, 3, 3, 3]))}⟧", "أحتاج رقم هوية البنت."),
    ("⟦date_of_birth|الخامس من شوال ١٤١٠⟧", "وتاريخ ميلادها؟"),
    ("⟦address|حي النرجس، شارع عثمان بن عفان، مبنى ٨٢١٤، الرياض ١٣٣٢٧⟧",
     "العنوان الوطني عشان نرسل البطاقة؟"),
    ("الإيميل ⟦email|um.saud1400@hotmail.com⟧", "وإيميل للتواصل؟"),
    # --- taxi subscription, Kuwait ---------------------------------------------
    (f"دفعت اشتراك التوصيل الشهري مرتين، حولوا لي الفرق على ⟦iban|{g4(AR_I[7])}⟧",
     "تبي نرجع لك المبلغ كاش بالمكتب ولا تحويل؟"),
]


DATA["ar"] += [
    # --- women's limousine subscription, Riyadh --------------------------------
    "هلا، معك ⟦name|نوف العتيبي⟧، أبي أشترك في باقة التوصيل الشهرية للدوام.",
    "الباقة الشهرية ٢٢ يوم عمل، رحلتين باليوم، بـ ١٨٠٠ ريال، والسائق يوصلك الساعة سبعة إلا ربع.",
    ("البيت في ⟦address|حي الياسمين، شارع أبي بكر الصديق، فيلا ١٢⟧، والدوام في المركز المالي.",
     "من وين نستلمك كل يوم؟"),
    (f"⟦id|{say('ar', AR_S[3], '1 3 3 3', d='gulf', sep='، ')}⟧", "رقم الهوية عشان العقد لو سمحتي؟"),
    (f"⟦card|{say('ar', AR_C[1], 'p4 p4 p4 p4', d='gulf', sep='، ')}⟧", "كيف تبين تدفعين؟ عطيني رقم البطاقة."),
    "تم يا ⟦name|نوف⟧، الاشتراك يبدأ من الأحد الجاي إن شاء الله.",
    "رقم الطلب ١٠٠٤٥٦٢٨٨٤، والسائقة بتتواصل معك قبلها بيوم.",
    # --- car with driver, Cairo ---------------------------------------------
    "أهلاً يا فندم، معاك ⟦name|منة⟧ من ليموزين النيل، تحت أمرك.",
    "عايز عربية بسواق من المطار للساحل يوم الجمعة، إحنا خمسة ومعانا شنط كتير.",
    "الفان الهيونداي H1 بـ ٣٢٠٠ جنيه للمشوار، والسواق بيستنى ساعتين ببلاش، وبعد كده ١٥٠ جنيه الساعة.",
    (f"رقمي ⟦phone|+{ard('20 114 382 9075')}⟧", "رقم حضرتك عشان السواق يكلمك؟"),
    ("⟦address|فيلا ٢٢، الحي السابع، الشيخ زايد⟧، جنب البوابة التانية.", "هنعدي على حضرتك فين؟"),
    (f"هدفع بالأمريكان إكسبريس، ⟦card|{grp(AR_C[6], [4, 6, 5])}⟧",
     "حضرتك هتدفع كاش ولا كارت؟"),
    (f"ولو الحجز اتلغى الفلوس ترجع على الآيبان ده ⟦iban|{g4(AR_I[2])}⟧",
     "المقدم بيترد خلال أسبوع لو الإلغاء قبلها بـ ٤٨ ساعة."),
    # --- airport parking, Riyadh (Sudanese expat) --------------------------------
    "حجزت موقف طويل المدى في مطار الملك خالد من ١٠ إلى ٢٤ أغسطس، صالة ٥، رقم الحجز P K ٤٨٣٢٠٩.",
    "اليوم بخمسة وثلاثين ريال، أسبوعين يعني ٤٩٠، وفي خصم عشرة بالمية إذا حجزت أونلاين.",
    (f"رقم إقامتي ⟦id|{ard(AR_S[6])}⟧", "أحتاج رقم الهوية أو الإقامة."),
    (f"يعني ⟦id|{ard(grp(AR_S[6], [1, 3, 3, 3]))}⟧، صح كذا؟", "أحتاج رقم الهوية أو الإقامة."),
    "اللوحة ر س ط ٧٢٥٤، تويوتا كامري بيضاء، موديل ٢٠١٩.",
    ("⟦email|eltayeb.osman87 at yahoo dot com⟧ يا أخوي", "الإيصال نرسله على أي إيميل؟"),
    ("السكن في ⟦address|حي العليا، شارع التخصصي، عمارة ٩، شقة ٤⟧", "والعنوان؟"),
    (f"ادفع بالمدى، ⟦card|{g4(AR_C[5])}⟧", "المبلغ ٤٩٠ ريال، كيف تحب تدفع؟"),
    "الفاتورة تطلع باسم شركة مطارات الرياض، وتوصلك على الإيميل خلال ساعة.",
    # --- car sharing, Dubai ---------------------------------------------------
    "السلام عليكم، أنا ⟦name|سيف⟧، عضو عندكم في تطبيق مشاركة السيارات.",
    "السيارة كانت في باركن دبي مول، وخلصت الرحلة الساعة ٩ وعشر دقايق، بس التطبيق حسب لين ١٠.",
    "الدقيقة بـ ٨٠ فلس، والساعة ٣٩ درهم، واليوم كامل ٢٤٩ درهم، والبترول مشمول.",
    (f"⟦iban|AE {say('ar', AR_I[5][2:], '2 3 4 4 4 4', d='gulf', sep=' ')}⟧",
     "الفرق نرجعه على حسابك البنكي، عطني الآيبان."),
    (f"البطاقة المسجلة انسرقت، ابي أغيرها لهذي ⟦card|{ard(g4(AR_C[3]))}⟧", "تفضل."),
    ("⟦email|saif_alshamsi@icloud.com⟧ و الرقم ⟦phone|٠٥٥ ٩٠٣ ١١٢٨⟧",
     "نحتاج نحدث الإيميل ورقم الجوال بعد."),
    # --- taxi fleet, Jeddah (Yemeni driver, MSA) -----------------------------------
    (f"أعمل سائقاً لديكم منذ شهر، وأريد تحديث تاريخ انتهاء الإقامة، ورقمها ⟦id|{ard(AR_S[7])}⟧.",
     "مركز خدمة السائقين، تفضل."),
    (f"مستحقاتي من الرحلات حولوها على حسابي في البنك الأهلي، الآيبان ⟦iban|{AR_I[6]}⟧",
     "هل لديك استفسار آخر؟"),
    ("⟦date_of_birth|١٩٩١/٠٤/٢٢⟧", "تاريخ الميلاد كما في الإقامة؟"),
    "نسبة الشركة ٢٠٪ من كل رحلة، والتسوية كل يوم أحد، وآخر تسوية كانت ٢٣٤٠ ريال.",
    # --- car hire, Tunis ------------------------------------------------------
    "عسلامة، حبيت نكري كرهبة من نهار ١٢ جويلية لنهار ١٩، قداش الثمن؟",
    "الكرهبة بولو، ٩٥ دينار في النهار، والكفالة ٨٠٠ دينار تتحجز عالكارطة وترجع بعد جمعة.",
    (f"النومرو متاعي ⟦phone|{say('ar', '98417263', 'p8', d='tun', sep=' ')}⟧", "عطيني نومرو تليفونك."),
    ("⟦address|نهج الحبيب ثامر، عدد ١٤، الطابق الثالث، تونس⟧", "وين نجيبولك الكرهبة؟"),
    (f"نخلص بالكارطة، ⟦card|{say('ar', AR_C[7], '4 4 4 4', d='tun', sep=' ')}⟧", "باش تخلص الكفالة؟"),
]


# ==========================================================================
# Hebrew: native speakers, immigrants (Russian, Ethiopian, French, Anglo),
# Arab citizens speaking Hebrew
# ==========================================================================

HE_C = [card_make(p) for p in (
    "458012450098716", "532610077734125", "37551284601923", "491640221870553",
    "540128833016447", "3622720627166", "455701320088915", "522741006638092")]
HE_I = [iban_make("IL", "0126910000004417856"), iban_make("IL", "0108150000023398410"),
        iban_make("IL", "0200450000009283317"), iban_make("IL", "0113020000007615249"),
        iban_make("IL", "0317770000001904582"), iban_make("IL", "0546120000000387214"),
        iban_make("FR", "30002005500000157841Z25"), iban_make("GB", "LOYD30964412857730")]
HE_T = [tz_make(p) for p in ("03921746", "20415638", "31208574", "05847392", "32719065",
                             "20983341", "06124587", "34560219")]


def he_mob(num, g="f", sep=", "):
    """Israeli mobile the way it is usually said: 'אפס חמישים ושתיים, ...'."""
    return "אפס " + _pair("he", int(num[1:3]), {"g": g}) + sep + say("he", num[3:], "3 4", sep=sep, g=g)


DATA["he"] = [
    # --- taxi app, Tel Aviv ----------------------------------------------------
    "שלום, הגעת לשירות הלקוחות של קאבי, מדברת ⟦name|שירן⟧, איך אפשר לעזור?",
    "היי, כן, מדבר ⟦name|דודו⟧, ⟦name|דוד אזולאי⟧, שכחתי את התיק של הלפטופ במונית אתמול בלילה.",
    "הנסיעה הייתה מהתחנה המרכזית בבאר שבע לרחוב ויצמן בתל אביב, יצאנו בערך באחת עשרה ורבע, שילמתי מאתיים שמונים ושישה שקל.",
    "אוקיי ⟦name|דודו⟧, אני רואה את הנסיעה, נסיעה מספר 88412093, סקודה לבנה.",
    (f"אפשר שהנהג יחזור אליי למספר ⟦phone|{he_mob('0527413386')}⟧?", "הנהג יצור איתך קשר."),
    "יש דמי טיפול של ארבעים שקל על החזרת אבדה, שמשולמים ישירות לנהג, והוא יכול להביא את זה עד מחר בצהריים.",
    ("תביא לי את זה הביתה ⟦address|הרצל 45 דירה 12 ראשון לציון⟧ אני שם כל היום",
     "לאן הנהג יביא את התיק?"),
    "יש לך מונית בעוד שבע דקות, קוד אישור 5 5 1 8, הנהג יגיע לכניסה של קניון עזריאלי מצד דרך מנחם בגין.",
    "בלילה, אחרי תשע, זה תעריף 2, ובשבת וחג גם תעריף 2, וזה בערך עשרים וחמישה אחוז יותר.",
    # --- Rav-Kav student profile (Russian-speaking caller) ------------------------
    "רב-קו, שלום, מדבר ⟦name|אביחי⟧.",
    "שלום, אני ⟦name|אולגה קוזלוב⟧, אני רוצה לעשות פרופיל סטודנט על הרב-קו שלי, אבל אתר לא עובד.",
    (f"⟦id|{say('he', HE_T[0], '3 3 3', sep=', ', g='m')}⟧", "מה מספר תעודת הזהות?"),
    ("⟦date_of_birth|שבעה עשר בספטמבר אלפיים ואחת⟧", "ותאריך לידה?"),
    "הפרופיל נותן חמישים אחוז הנחה על חוזה חודשי, והוא בתוקף עד 30 בספטמבר, צריך לחדש כל שנה.",
    "טענתי מאתיים שקל ביום שלישי בתחנת רכבת סבידור, והיתרה עדיין מראה שלושים ושבעה שקל ועשרים אגורות.",
    ("⟦email|אולגה נקודה קוזלוב אפס אחת שטרודל מייל נקודה אר יו⟧", "לאיזה מייל לשלוח את האישור?"),
    "תודה ⟦name|אולגה⟧, הבקשה נקלטה, צריך רק להעלות אישור לימודים מהאוניברסיטה.",
    # --- Highway 6 toll (Arab citizen caller) --------------------------------------
    "כביש 6 שלום, מדברת ⟦name|ליטל⟧, במה אוכל לעזור?",
    "שלום, אני ⟦name|מוחמד ג'בארין⟧ מאום אל-פחם, קיבלתי חשבונית על נסיעה שלא עשיתי.",
    "החשבונית היא על שלושה מקטעים, מעירון עד חדרה, ב-14 במאי בשעה 07:42, סך הכל שלושים ושניים שקל ותשעים אגורות.",
    (f"⟦id|{HE_T[1]}⟧", "אני צריכה מספר תעודת זהות של בעל הרכב."),
    "מספר הרכב 82-417-63, זה טויוטה קורולה, והרכב היה בחניה בבית כל היום.",
    "המצלמה צילמה לוחית 82-471-63, זה כנראה טעות בזיהוי, אני מבטלת את החשבונית.",
    (f"אבל כבר ירד לי בהוראת קבע, תחזירו לי לחשבון, ⟦iban|{g4(HE_I[0])}⟧",
     "החשבונית מבוטלת, אין צורך לשלם."),
    "בסדר מר ⟦name|ג'בארין⟧, ההחזר יגיע תוך 14 ימי עסקים.",
    ("הטלפון בבית ⟦phone|04-6315872⟧, בנייד אני לא תמיד עונה", "איך אפשר להשיג אותך?"),
    # --- car hire, Ben Gurion airport (French immigrant) -----------------------------
    "בוקר טוב, השכרת רכב גליל, מדבר ⟦name|אלון⟧.",
    "בוקר טוב, זה ⟦name|סבסטיאן אטיאס⟧, אני רוצה לשכור רכב לשבוע מנתב\"ג, מה-3 עד ה-10 באוגוסט.",
    "רכב קטגוריה C, קיה פיקנטו או דומה, מאה שלושים ותשעה שקל ליום, כולל ביטוח חובה, בלי ביטוח מקיף.",
    ("⟦date_of_birth|2 בפברואר 1999⟧, אז אני לא נהג צעיר, נכון?",
     "תאריך לידה? יש תוספת לנהג צעיר מתחת לגיל 24."),
    (f"אממ, ויזה, ⟦card|{g4(HE_C[0])}⟧", "איך תרצה לשלם?"),
    "המייל זה ⟦email|seb נקודה attias שטרודל orange נקודה fr⟧.",
    (f"עדיף להחזיר את הפיקדון לחשבון שלי בצרפת, ה-IBAN הוא ⟦iban|{g4(HE_I[6])}⟧",
     "הפיקדון מוחזר לכרטיס או בהעברה בנקאית."),
    "הפיקדון הוא אלף חמש מאות שקל, משתחרר שבעה עד עשרה ימי עסקים אחרי החזרת הרכב.",
    ("⟦phone|+33 6 12 48 77 30⟧, זה הנייד הצרפתי, ישראלי עוד אין לי.", "מספר טלפון ליצירת קשר?"),
    "מעולה ⟦name|סבסטיאן⟧, ההזמנה מאושרת, מספר הזמנה 4471902.",
    "הדלק צריך להיות מלא בהחזרה, אחרת מחייבים תשעה שקלים לליטר ועוד דמי תדלוק של שמונים שקל.",
]


DATA["he"] += [
    # --- street parking app, Haifa ---------------------------------------------
    "שלום, חנה-לי, מדברת ⟦name|מאיה⟧, איך אפשר לעזור?",
    "כן שלום, שמי ⟦name|יוסף פרץ⟧, אבל כולם קוראים לי ⟦name|יוסי⟧, חייבתם אותי פעמיים על אותה חניה.",
    "חניתי ברחוב מוריה בחיפה, אזור 3, מ-08:10 עד 10:45, ואני רואה שני חיובים של תשעה עשר שקל ושמונים.",
    ("המספר שרשום באפליקציה ⟦phone|054-6627193⟧", "על איזה מספר טלפון רשום החשבון?"),
    "החיוב הכפול נוצר כי האפליקציה התנתקה ב-09:02, החזרתי לך תשעה עשר שמונים לכרטיס, זה יופיע תוך עשרה ימים.",
    (f"ותעדכני את הכרטיס, המספר החדש ⟦card|{say('he', HE_C[1], '4 4 4 4', sep=', ')}⟧",
     "יש עוד משהו שאפשר לעזור?"),
    "המנוי החודשי עולה שבעה עשר תשעים ושמונה ומתחדש ב-1 לכל חודש, ואפשר לבטל מתי שרוצים.",
    # --- bike share, Tel Aviv (Anglo immigrant) ------------------------------------
    "היי, אה, מדבר ⟦name|Ari Goldstein⟧, סליחה העברית שלי לא מושלמת, יש לי בעיה עם המנוי בתל-אופן.",
    "לקחתי אופניים מתחנה 142 ליד כיכר רבין בשש וחצי, והחזרתי בתחנה בשדרות רוטשילד, ועכשיו אומרים שלא החזרתי.",
    ("⟦email|ari dot goldstein at gmail dot com⟧, אה, סליחה, ⟦email|ari נקודה goldstein שטרודל gmail נקודה com⟧",
     "מה המייל שרשום במנוי?"),
    (f"תעודת זהות ⟦id|{grp(HE_T[2], [3, 3, 3], '-')}⟧", "אני צריך לאמת, מה מספר תעודת הזהות?"),
    "קנס אי-החזרה הוא שלוש מאות שקל, אבל אני רואה שהמנעול בתחנה 87 דיווח על תקלה בשמונה ועשרים, אז אני מבטל.",
    (f"את הדמי מנוי שחויבו פעמיים תחזירו לחשבון שלי בלונדון, ⟦iban|{g4(HE_I[7])}⟧",
     "רוצה שנחזיר את החיוב הכפול לכרטיס?"),
    ("אני גר, אה, ⟦address|דיזנגוף 180, דירה 9, תל אביב⟧", "ומה הכתובת שלך?"),
    "אוקיי ⟦name|ארי⟧, ביטלתי את הקנס, תקבל אישור במייל.",
    # --- e-scooter fall, Tel Aviv (Ethiopian-Israeli caller) ------------------------
    "שלום, אני ⟦name|אביבה טספאי⟧, נפלתי מהקורקינט שלכם ברחוב ז'בוטינסקי, הבלם לא עבד.",
    "הקורקינט מספר L 7 7 2 0 4, הנסיעה התחילה ב-17:35 והסתיימה ב-17:41, חויבתי שבעה שקלים ותשעים.",
    ("⟦date_of_birth|11.1.1996⟧", "תאריך לידה בשביל הדוח?"),
    (f"⟦phone|{he_mob('0586102247')}⟧", "ומספר טלפון שאפשר לחזור אלייך?"),
    ("⟦address|רחוב הגפן 8, קומה שנייה, קריית גת⟧", "כתובת למשלוח הטפסים?"),
    (f"⟦id|{say('he', HE_T[3], '3 3 3', sep=' ')}⟧", "ותעודת זהות?"),
    "הדיווח נפתח, מספר אירוע 55203918, ונציג ממחלקת בטיחות יחזור אלייך תוך 48 שעות.",
    # --- Carmel tunnels toll, Haifa ---------------------------------------------
    "מנהרות הכרמל שלום, מדבר ⟦name|אלעד⟧.",
    "שלום, כאן ⟦name|רותי אברהמי⟧, קיבלתי חשבונית עם תוספת פיגורים ואף פעם לא קיבלתי את החשבונית המקורית.",
    "החשבונית המקורית נשלחה ב-3 במרץ לכתובת הישנה, על שתי נסיעות של שמונה עשר שקלים ועשרים, ועכשיו זה עם דמי גבייה של 25 שקל.",
    ("הכתובת החדשה שלי ⟦address|שדרות בן גוריון 18, קומה 3, חיפה⟧, עברנו לפני שנה.",
     "לאיזו כתובת לשלוח מעכשיו?"),
    (f"⟦id|{say('he', HE_T[4])}⟧", "מה תעודת הזהות של בעלת הרכב?"),
    ("⟦date_of_birth|שלושה ביוני אלף תשע מאות חמישים ושמונה⟧", "ותאריך לידה לאימות?"),
    ("⟦email|ruti.avr58@walla.co.il⟧", "ומייל, שהחשבוניות יגיעו במייל?"),
    "בגלל שהחשבונית נשלחה לכתובת הלא נכונה, ביטלתי את דמי הגבייה, נשאר לשלם שלושים ושישה שקלים וארבעים.",
    (f"אני אשלם עכשיו באמריקן אקספרס, ⟦card|{grp(HE_C[2], [4, 6, 5])}⟧", "איך תרצי לשלם?"),
    (f"ואם יש החזר, לחשבון ⟦iban|IL {say('he', HE_I[1][2:], '2 3 3 4 4 5', sep=' ')}⟧",
     "ההחזר יועבר לחשבון הבנק."),
]


DATA["he"] += [
    # --- airport parking, Ben Gurion ---------------------------------------------
    "היי, זה ⟦name|טל בן דוד⟧, הזמנתי חניה בחניון הרחוק לעשרה ימים, מה-12 ביולי עד ה-22, והטיסה חזרה נדחתה ביום.",
    "כל יום נוסף זה שלושים וחמישה שקלים, והשאטל לטרמינל 3 יוצא כל עשר דקות, הטיסה שלך LY 315 נוחתת ב-23 ב-06:40.",
    ("⟦date_of_birth|שמונה עשר באוקטובר תשעים⟧", "לאימות, תאריך לידה?"),
    (f"לא, תחייבי כרטיס אחר, ⟦card|{say('he', HE_C[3], 'p4 p4 p4 p4', sep=', ')}⟧",
     "תרצה לשלם את ההפרש באותו כרטיס?"),
    ("תשלחו SMS למספר ⟦phone|050-2218764⟧, לא לזה שבהזמנה.", "לאן לשלוח את האישור?"),
    ("⟦email|טל קו תחתון בי די תשעים שטרודל ג'ימייל דוט קום⟧", "ומייל?"),
    "מספר ההזמנה 7 7 3 0 1 9, הרכב מאזדה 3 אפורה, מספר רישוי 395-62-802, חניה באזור C.",
    "תודה ⟦name|טל⟧, ההזמנה עודכנה ל-23 ביולי, שישה ימים בתוספת של מאתיים ועשרה שקלים.",
    # --- taxi to hospital, Nazareth (Arab citizen caller) ----------------------------
    "מוניות הגליל שלום, לאן הנסיעה?",
    ("אני צריכה מונית מחר בשש בבוקר לרמב\"ם, האיסוף מהבית, ⟦address|רחוב פאולוס השישי 112, נצרת⟧.",
     "מוניות הגליל שלום, לאן הנסיעה?"),
    "מנצרת לרמב\"ם זה מאתיים עשרים שקל בתעריף 1, ואם זה לפני שש זה תעריף 2, אז מאתיים שישים בערך.",
    ("⟦name|רים חורי⟧", "על איזה שם להזמין?"),
    (f"הנייד שלי ⟦phone|{he_mob('0525790341', sep=' ')}⟧", "ומספר טלפון שהנהג יתקשר?"),
    (f"אשלם בכרטיס, ⟦card|{g4(HE_C[4], '-')}⟧", "תשלמי לנהג או בכרטיס אשראי עכשיו?"),
    # --- car sharing, Bat Yam (Russian-speaking caller) --------------------------------
    "השירות עולה עשרים ותשעה שקלים בחודש, ועוד שקל ועשרים לדקה, או תשעים שקל לשלוש שעות.",
    (f"⟦id|{say('he', HE_T[5], '3 3 3', sep=', ', g='m')}⟧", "בשביל ההרשמה, מספר תעודת זהות?"),
    ("נולדתי ב-⟦date_of_birth|25 לדצמבר 2003⟧", "ותאריך לידה?"),
    "צריך להיות מגיל 21 ועם שנתיים ותק ברישיון, אז בינתיים אי אפשר, תנסה שוב בעוד שנה בערך.",
    ("⟦address|רחוב רוטשילד 33, דירה 4, בת ים⟧", "כתובת מגורים כמו ברישיון?"),
    ("המייל ⟦email|zhenya.petrenko@yandex.ru⟧", "מייל לאישורים?"),
    (f"בשביל החיוב החודשי, ⟦iban|{HE_I[2]}⟧", "איך תרצה לשלם את המנוי, כרטיס או הוראת קבע?"),
    # --- accessible taxi, Kfar Saba ---------------------------------------------
    "אני צריך מונית נגישה עם רמפה לכיסא גלגלים, ביום חמישי בעשר וחצי, לבית לוינשטיין ברעננה.",
    ("⟦address|רחוב אחד העם 14, כניסה ב', קומת קרקע, כפר סבא⟧", "מאיזו כתובת האיסוף?"),
    "מונית נגישה זה תוספת של חמישים שקל, והנהג עוזר לעלות, אבל צריך להזמין לפחות 24 שעות מראש.",
    ("⟦date_of_birth|תשעה במאי ארבעים ושבע⟧", "יש הנחת אזרח ותיק, מה תאריך הלידה?"),
    (f"⟦id|{grp(HE_T[6], [2, 3, 4])}⟧", "ותעודת זהות בשביל ההנחה?"),
    ("בבית, ⟦phone|09-7652318⟧, הנייד אצל הבת שלי", "טלפון שהנהג יוכל להתקשר?"),
    # --- Rav-Kav senior refund (Arab citizen caller) ------------------------------
    "קניתי חוזה חודשי ארצי ב-225 שקל ב-1 באפריל, ואז קיבלתי את הפרופיל ותיק, אז מגיע לי החזר על ההפרש.",
    ("⟦date_of_birth|4/7/1958⟧", "תאריך לידה?"),
    (f"⟦iban|{g4(HE_I[3])}⟧", "לאיזה חשבון להעביר את ההחזר? צריך IBAN."),
    ("⟦email|salwa.nassar שטרודל hotmail נקודה com⟧", "נשלח אישור במייל, מה המייל?"),
    ("⟦phone|+972 52 634 1908⟧", "ומספר טלפון?"),
    "ההפרש הוא מאה ושנים עשר שקלים וחמישים, וזה ייכנס לחשבון תוך 30 יום.",
    # --- car hire, Eilat --------------------------------------------------------
    "השכרה באילת פטורה ממע\"מ, אז המחיר יוצא מאה ושמונה שקלים ליום במקום מאה עשרים ושבעה.",
    (f"דיינרס, ⟦card|{grp(HE_C[5], [4, 6, 4])}⟧", "באיזה כרטיס לשריין את הפיקדון?"),
    (f"אה רגע, יש לי גם ויזה, ⟦card|{say('he', HE_C[6], '4 4 4 4', sep=' ', g='m')}⟧, תחייבו את זה.",
     "באיזה כרטיס לשריין את הפיקדון?"),
    ("תתקשרו ל-⟦phone|050-7788134⟧ כשהרכב מוכן.", "נעדכן כשהרכב מוכן."),
    ("⟦address|רחוב האלה 5, דירה 11, נתניה⟧", "כתובת קבועה בשביל החוזה?"),
    ("⟦email|mike.rosen@outlook.com⟧", "מייל?"),
    (f"ואם יוצא זיכוי, ⟦iban|{HE_I[4]}⟧ זה בנק הבינלאומי.", "אם יהיה זיכוי, לאן להעביר?"),
    "החזרת הרכב עד 18:00 ביום ראשון, בסניף בשדרות התמרים, מול מלון הרודס.",
    # --- ride-hailing driver details, Tel Aviv ----------------------------------------
    (f"אני נהג אצלכם, תעבירו את התשלומים לחשבון החדש, ⟦iban|IL {say('he', HE_I[5][2:], '2 3 3 4 4 5', sep=', ')}⟧",
     "מחלקת נהגים, שלום."),
    (f"ותעודת הזהות שלי ⟦id|{HE_T[7]}⟧ אם צריך לאמת", "מחלקת נהגים, שלום."),
    (f"ותעדכנו את הכרטיס של המנוי, ⟦card|{HE_C[7]}⟧", "עוד משהו?"),
    "התשלום לנהגים יוצא כל יום חמישי, העמלה שלנו 15 אחוז, ובשבוע שעבר היו לך 41 נסיעות.",
    "הבונוס של מאתיים שקל הוא על 50 נסיעות בשבוע, מיום ראשון בשש בבוקר עד שבת בחצות.",
    "החניון בעזריאלי, שעתיים ראשונות חינם, ואחר כך שמונה שקלים לכל שעה, יציאה ממפלס מינוס 2.",
]


# ==========================================================================
# Greek: callers from Greece and Cyprus, older and younger
# ==========================================================================

EL_C = [card_make(p) for p in (
    "455632110087394", "516789004412837", "492178336501247", "37921446018835",
    "535090216644078", "402360118875529", "554417830021963", "476625103309851")]
EL_I = [iban_make("GR", "01703450000045521873906"), iban_make("CY", "002001280000004412790035"),
        iban_make("GR", "02602810000817304456221"), iban_make("GR", "01410770000003209887154"),
        iban_make("CY", "005001400000357291048116"), iban_make("GR", "01102200000022047731590"),
        iban_make("CY", "018000120000019933450127"), iban_make("GR", "01708150000009921436085")]
EL_A = [afm_make(p) for p in ("04877312", "12309455", "05511783", "13882046", "07246619",
                              "16632051", "80422357", "10974428")]

DATA["el"] = [
    # --- taxi app, Athens ------------------------------------------------------
    "Καλησπέρα σας, TaxiPlus, ονομάζομαι ⟦name|Ειρήνη⟧, πώς μπορώ να σας βοηθήσω;",
    "Καλησπέρα, με λένε ⟦name|Γιώργο Παπαδόπουλο⟧, ξέχασα ένα σακίδιο στο ταξί χθες το βράδυ.",
    "Η διαδρομή ήταν από την πλατεία Συντάγματος μέχρι τη Λεωφόρο Κηφισίας, γύρω στις έντεκα και είκοσι, και πλήρωσα δεκαοχτώ ευρώ και πενήντα.",
    "Μάλιστα κύριε ⟦name|Παπαδόπουλε⟧, βλέπω τη διαδρομή, ο οδηγός έχει ένα Toyota Prius, αριθμός κούρσας 7 4 4 1 0 9.",
    (f"Το κινητό μου είναι ⟦phone|{say('el', '6944718253', 'p2 p2 p2 p2 p2')}⟧.",
     "Θα σας πάρει ο οδηγός τηλέφωνο, σε ποιον αριθμό;"),
    "Υπάρχει χρέωση επιστροφής απολεσθέντων δέκα ευρώ, που πάει στον οδηγό, και μπορεί να σας το φέρει αύριο μετά τις πέντε.",
    ("Να το φέρει στο σπίτι, ⟦address|Αγίου Μελετίου 34, τρίτος όροφος, Κυψέλη⟧.",
     "Πού θέλετε να σας το φέρει ο οδηγός;"),
    "Την Παρασκευή το πρωί έχετε κλείσει κούρσα για το αεροδρόμιο Ελευθέριος Βενιζέλος στις 05:30, σταθερή τιμή σαράντα ευρώ.",
    # --- radio taxi, Thessaloniki ---------------------------------------------------
    "Ράδιο Ταξί Θεσσαλονίκης, παρακαλώ.",
    "Ναι, γεια σας, ⟦name|Δημήτρης Καραγιάννης⟧ εδώ, θέλω ένα ταξί για το αεροδρόμιο Μακεδονία αύριο στις έξι.",
    "Από Καλαμαριά μέχρι το αεροδρόμιο είναι περίπου είκοσι πέντε ευρώ με το ταξίμετρο, συν ένα ευρώ για κάθε βαλίτσα πάνω από δέκα κιλά.",
    ("⟦address|Κομνηνών 12, Καλαμαριά⟧, το κουδούνι είναι το τρίτο από πάνω.", "Τη διεύθυνση παρακαλώ;"),
    ("⟦phone|2310 447 915⟧, σταθερό.", "Ένα τηλέφωνο;"),
    "Εντάξει κύριε ⟦name|Δημήτρη⟧, αύριο στις έξι θα είναι εκεί το ταξί, κωδικός 4 1 2.",
    # --- motorway toll e-pass, Athens -----------------------------------------------
    "Αττική Οδός, εξυπηρέτηση πελατών, είμαι η ⟦name|Μαρίνα⟧, σε τι μπορώ να σας εξυπηρετήσω;",
    "Γεια σας, λέγομαι ⟦name|Κατερίνα Νικολάου⟧, θέλω τιμολόγιο για τις διελεύσεις του Μαΐου, είμαι ελεύθερη επαγγελματίας.",
    (f"Ο ΑΦΜ μου είναι ⟦id|{say('el', EL_A[0], 't3 t3 t3')}⟧.", "Για το τιμολόγιο χρειάζομαι τον ΑΦΜ σας."),
    (f"Δηλαδή ⟦id|{grp(EL_A[0], [3, 3, 3])}⟧, σωστά;", "Ο ΑΦΜ μου είναι..."),
    "Τον Μάιο έχετε τριάντα δύο διελεύσεις, από τον σταθμό Μεταμόρφωσης μέχρι Αιγάλεω, σύνολο ενενήντα έξι ευρώ και σαράντα λεπτά.",
    "Ο αριθμός συμβολαίου του e-pass είναι 400218735 και η πάγια εντολή χρεώνεται στις 5 κάθε μήνα.",
    ("⟦email|katerina.nikolaou@yahoo.gr⟧", "Σε ποιο email να σταλεί το τιμολόγιο;"),
    (f"Θέλω να αλλάξω και τον λογαριασμό της πάγιας, το IBAN είναι ⟦iban|{g4(EL_I[0])}⟧.",
     "Υπάρχει κάτι άλλο;"),
    ("⟦address|Λεωφόρος Αλεξάνδρας 88, Αθήνα 114 73⟧", "Διεύθυνση για το τιμολόγιο;"),
    "Στα διόδια της Ελευσίνας το τέλος είναι δύο ευρώ και ογδόντα, και με το e-pass έχετε έκπτωση δέκα τοις εκατό.",
    # --- car hire, Heraklion (Cypriot caller) ------------------------------------------
    "Καλημέρα, Κρήτη Rent a Car, είμαι ο ⟦name|Μανώλης⟧.",
    "Καλημέρα, εν η ⟦name|Χριστίνα Λοΐζου⟧ που την Κύπρο, έκαμα κράτηση για την Τρίτη τζιαι θέλω να αλλάξω την ώρα παραλαβής.",
    "Η κράτηση είναι για ένα Fiat Panda, από Τρίτη 14 μέχρι Σάββατο 18 Ιουνίου, τριάντα πέντε ευρώ τη μέρα, με πλήρη ασφάλεια.",
    ("⟦date_of_birth|22 Μαρτίου 1989⟧", "Την ημερομηνία γέννησης του οδηγού;"),
    (f"⟦card|{say('el', EL_C[0], '4 4 4 4', sep=', ')}⟧", "Με ποια κάρτα θα γίνει η προέγκριση;"),
    "Η προέγκριση στην κάρτα είναι τριακόσια ευρώ και αποδεσμεύεται μέσα σε δέκα εργάσιμες.",
    (f"Αν γίνει επιστροφή, ⟦iban|{g4(EL_I[1])}⟧, Τράπεζα Κύπρου.", "Τυχόν επιστροφή γίνεται με έμβασμα."),
    (f"⟦phone|{say('el', '99417326', 'p2 p2 p2 p2')}⟧, εν το κινητό μου.", "Ένα τηλέφωνο επικοινωνίας;"),
    "Ευχαριστώ κυρία ⟦name|Λοΐζου⟧, αλλάξαμε την παραλαβή στις 11:30 στο αεροδρόμιο Ηρακλείου, Νίκος Καζαντζάκης.",
    "Ο αριθμός κράτησης είναι HER 55 1 802, και το γραφείο μας είναι απέναντι από την έξοδο αφίξεων.",
]


DATA["el"] += [
    # --- personalised transit card, Athens ----------------------------------------
    "ΟΑΣΑ, καλημέρα σας, με λένε ⟦name|Σταύρο⟧, πώς μπορώ να βοηθήσω;",
    "Καλημέρα, είμαι η ⟦name|Ελευθερία Μαυράκη⟧, αλλά όλοι με φωνάζουν ⟦name|Ρία⟧, έκανα αίτηση για φοιτητική κάρτα και δεν έχει έρθει.",
    ("⟦date_of_birth|δεκαεφτά του έντεκα του δύο χιλιάδες τρία⟧", "Ημερομηνία γέννησης;"),
    "Η μηνιαία φοιτητική κάρτα είναι δεκαπέντε ευρώ, η κανονική τριάντα, και ισχύει για λεωφορεία, μετρό και τραμ, εκτός από τη γραμμή του αεροδρομίου.",
    "Η διεύθυνση που δηλώσατε είναι ⟦address|Πατησίων 112, διαμέρισμα 5, Αθήνα 112 57⟧;",
    ("⟦email|ρία τελεία μαυράκη κάτω παύλα μηδέν τρία παπάκι τζίμεϊλ τελεία κομ⟧", "Και το email σας;"),
    "Η αίτηση έχει αριθμό 2024-0098715 και εγκρίθηκε στις 12 Σεπτεμβρίου, η κάρτα εκδόθηκε στις 20 και στάλθηκε με courier.",
    (f"⟦phone|{say('el', '6978204415', 't3 t3 p4')}⟧", "Ένα κινητό να σας ενημερώσει ο courier;"),
    "Μπορείτε να την παραλάβετε και από τα εκδοτήρια του σταθμού Ομόνοια, Δευτέρα με Παρασκευή, οχτώ με τέσσερις.",
    # --- municipal parking app, Nicosia (Cypriot) --------------------------------------
    "Γεια σου, εν ο ⟦name|Μπάμπης⟧, ο ⟦name|Χαράλαμπος Χατζηγεωργίου⟧, εχρεώσαν με διπλά για το πάρκινγκ κοντά στην πλατεία Ελευθερίας.",
    "Επάρκαρα στον δημοτικό χώρο στάθμευσης στην οδό Ρηγαίνης που τις εννιά ως τις δώδεκα, τζιαι βλέπω δύο χρεώσεις των τεσσάρων ευρώ.",
    ("Το κινητό που έχω στην εφαρμογή εν το ⟦phone|+357 99 683142⟧.", "Με ποιο κινητό είστε γραμμένος;"),
    (f"Η κάρτα που εχρεώθηκε εν η ⟦card|{g4(EL_C[1])}⟧.", "Ποια κάρτα χρεώθηκε;"),
    "Η διπλή χρέωση οφείλεται σε σφάλμα του τερματικού στις 9:04, θα επιστραφούν τα τέσσερα ευρώ σε πέντε με επτά εργάσιμες.",
    (f"Καλύτερα στον λογαριασμό, ⟦iban|{g4(EL_I[4])}⟧.", "Να γίνει η επιστροφή στην κάρτα ή σε λογαριασμό;"),
    ("⟦email|babis.hg@cytanet.com.cy⟧", "Ένα email για την επιβεβαίωση;"),
    # --- e-scooter fine, Athens --------------------------------------------------
    "Έλα γεια, ⟦name|Στέλιος⟧ εδώ, με χρεώσατε σαράντα ευρώ πρόστιμο γιατί λέει άφησα το πατίνι εκτός ζώνης στο Παγκράτι.",
    "Το πατίνι με κωδικό 8 8 1 3 2, η διαδρομή ξεκίνησε 23:47 και έληξε 00:12, χρέωση τρία ευρώ και είκοσι λεπτά συν ένα ευρώ ξεκλείδωμα.",
    ("⟦date_of_birth|πέντε Αυγούστου του 2005⟧", "Για επαλήθευση ηλικίας, ημερομηνία γέννησης;"),
    ("εεε ⟦email|stelios2005 at hotmail dot com⟧", "Το email του λογαριασμού;"),
    (f"⟦card|{say('el', EL_C[2], 'p4 p4 p4 p4', sep=', ')}⟧", "Σε ποια κάρτα να γίνει η επιστροφή;"),
    "Η ζώνη στάθμευσης τελειώνει στην πλατεία Βαρνάβα, εσύ το άφησες στην Υμηττού, διακόσια μέτρα πιο κάτω.",
    # --- bike share membership, Thessaloniki -----------------------------------------
    "Καλημέρα σας, ονομάζομαι ⟦name|Βασιλική Τσολάκη⟧, είμαι συνταξιούχος και θέλω να γραφτώ στα κοινόχρηστα ποδήλατα.",
    "Η ετήσια συνδρομή είναι είκοσι πέντε ευρώ, τα πρώτα τριάντα λεπτά κάθε διαδρομής είναι δωρεάν, και μετά πενήντα λεπτά η ώρα.",
    (f"⟦id|{say('el', EL_A[1], '3 3 3', sep=' ')}⟧", "Για την απόδειξη χρειάζομαι τον ΑΦΜ σας."),
    ("⟦date_of_birth|τρεις Φεβρουαρίου του πενήντα εννιά⟧", "Και ημερομηνία γέννησης, για την έκπτωση;"),
    ("⟦address|Εγνατίας 140, πέμπτος όροφος, Θεσσαλονίκη 546 22⟧", "Διεύθυνση κατοικίας;"),
    (f"Σταθερό, ⟦phone|{say('el', '2310552874', '4 p6')}⟧", "Ένα τηλέφωνο;"),
    "Ευχαριστώ κυρία ⟦name|Τσολάκη⟧, η κάρτα μέλους θα σας σταλεί σε μια εβδομάδα.",
    # --- bus pass, Limassol (Cypriot student) ------------------------------------------
    "Η μηνιαία κάρτα για τα λεωφορεία Λεμεσού είναι σαράντα ευρώ, για φοιτητές είκοσι, τζιαι η υπεραστική Λευκωσία-Λεμεσός είναι χωριστή.",
    "Γεια σας, ⟦name|Αντρέας Κωνσταντίνου⟧ λέγομαι, είμαι φοιτητής στο ΤΕΠΑΚ τζιαι θέλω τη φοιτητική κάρτα.",
    ("⟦date_of_birth|30/06/2004⟧", "Ημερομηνία γέννησης;"),
    ("⟦email|a.konstantinou@cut.ac.cy⟧, το πανεπιστημιακό.", "Email;"),
    ("⟦address|Αρχιεπισκόπου Κυπριανού 27, διαμέρισμα 102, 3036 Λεμεσός⟧", "Διεύθυνση στη Λεμεσό;"),
    (f"Για την πάγια εντολή, ⟦iban|{EL_I[6]}⟧.", "Θέλετε να πληρώνετε με πάγια εντολή;"),
]


DATA["el"] += [
    # --- car hire, Athens airport (Greek-Australian caller) --------------------------
    "Γεια σας, είμαι ο ⟦name|Peter Dimitriou⟧ από τη Μελβούρνη, έχω κλείσει αυτοκίνητο από το αεροδρόμιο για δύο εβδομάδες.",
    "Η κράτηση είναι Hyundai i20, από 2 μέχρι 16 Ιουλίου, σύνολο τετρακόσια ογδόντα ευρώ, και το γραφείο μας είναι στο επίπεδο αφίξεων, έξοδος 3.",
    ("⟦date_of_birth|εννιά Απριλίου του εβδομήντα έξι⟧", "Ημερομηνία γέννησης του οδηγού;"),
    ("⟦phone|+61 412 907 338⟧, το αυστραλέζικο, ελληνικό δεν έχω ακόμα.", "Ένα τηλέφωνο επικοινωνίας;"),
    (f"⟦card|{grp(EL_C[3], [4, 6, 5])}⟧, American Express.", "Η κάρτα για την εγγύηση;"),
    ("Θα μείνω στο χωριό της μάνας μου, ⟦address|Αγίου Γεωργίου 7, Μολάοι Λακωνίας⟧.",
     "Μια διεύθυνση διαμονής στην Ελλάδα;"),
    "Ο δεύτερος οδηγός κοστίζει πέντε ευρώ τη μέρα, και για διπλώματα εκτός Ευρώπης χρειάζεται και διεθνής άδεια.",
    # --- private transfer, Mykonos --------------------------------------------------
    "Χρειαζόμαστε μεταφορά από το λιμάνι της Μυκόνου στο ξενοδοχείο στην Ψαρού, είμαστε έξι άτομα με οχτώ βαλίτσες, Σάββατο στις 17:15.",
    "Με το Mercedes Vito η μεταφορά είναι εκατόν είκοσι ευρώ, και η αναμονή μέχρι σαράντα πέντε λεπτά δεν χρεώνεται.",
    "Ονομάζομαι ⟦name|Νεκταρία Βλάχου⟧, κλείνω για λογαριασμό όλης της οικογένειας.",
    (f"⟦card|{say('el', EL_C[4], '4 4 4 4', sep=' ', formal=True)}⟧", "Με ποια κάρτα θα πληρώσετε την προκαταβολή;"),
    (f"Το κινητό μου ⟦phone|69 {say('el', '32157740', 'p8', sep=' ')}⟧.", "Ένα κινητό για τον οδηγό;"),
    ("⟦email|nektaria.vlachou παπάκι gmail τελεία com⟧", "Και email για το voucher;"),
    (f"Αν ακυρωθεί, η προκαταβολή να γυρίσει στο ⟦iban|{g4(EL_I[7])}⟧.", "Η προκαταβολή επιστρέφεται μέχρι 48 ώρες πριν."),
    # --- airport parking, Athens -----------------------------------------------------
    "Ο χώρος μακροχρόνιας στάθμευσης P3 κοστίζει δώδεκα ευρώ την ημέρα, και για κράτηση πάνω από επτά ημέρες η όγδοη είναι δωρεάν.",
    (f"Θέλω τιμολόγιο, ΑΦΜ ⟦id|{say('el', EL_A[2], '3 3 3', sep=', ')}⟧, ΔΟΥ Χαλανδρίου.", "Απόδειξη ή τιμολόγιο;"),
    "Ο αριθμός κράτησης είναι 6 6 0 1 9 3 4 και το όχημα με πινακίδα ΙΚΥ 4471, το βλέπουμε από την κάμερα στην είσοδο.",
    (f"Πληρώνω με την ⟦card|{EL_C[5]}⟧.", "Πώς θα πληρώσετε;"),
    ("Στείλτε το στο ⟦email|fotini.karra@outlook.com⟧.", "Πού να σταλεί το τιμολόγιο;"),
    # --- taxi owner joins a ride-hailing app, Athens -------------------------------------
    "Καλημέρα, ⟦name|Παναγιώτης Αλεξίου⟧, αλλά λέγε με ⟦name|Τάκη⟧, είμαι ιδιοκτήτης ταξί και θέλω να μπω στην εφαρμογή σας.",
    (f"⟦id|{EL_A[3]}⟧", "Ο ΑΦΜ σας;"),
    (f"Επαναλαμβάνω, ⟦id|{say('el', EL_A[3], '3 3 3', sep=', ')}⟧, σωστά;", "Ο ΑΦΜ σας;"),
    (f"Το IBAN είναι ⟦iban|GR {say('el', EL_I[2][2:], '2 t3 p4 p4 p4 p4 p4')}⟧.",
     "Για την εκκαθάριση χρειάζομαι IBAN στο όνομά σας."),
    ("⟦date_of_birth|12 του 3 του 68⟧", "Ημερομηνία γέννησης;"),
    ("⟦address|Θερμοπυλών 9, Περιστέρι⟧", "Διεύθυνση κατοικίας;"),
    "Η προμήθεια της εφαρμογής είναι δώδεκα τοις εκατό ανά κούρσα, και η εκκαθάριση γίνεται κάθε Τρίτη για την προηγούμενη εβδομάδα.",
    "Το ταξί έχει πινακίδα ΤΑΗ 2290 και η άδεια οδηγού ταξί λήγει τον Οκτώβριο του 2026.",
    "Εντάξει, η εγγραφή σας ολοκληρώθηκε, θα λάβετε SMS με τον κωδικό ενεργοποίησης.",
    # --- motorway toll refund, northern Greece -------------------------------------------
    "Στα διόδια Μαλγάρων πέρασα με τον πομποδέκτη αλλά η μπάρα δεν άνοιξε και πλήρωσα και μετρητά, δύο ευρώ και σαράντα.",
    (f"⟦iban|{g4(EL_I[3])}⟧", "Για την επιστροφή χρειάζομαι IBAN."),
    (f"Και ο ΑΦΜ ⟦id|{grp(EL_A[4], [3, 3, 3], '.')}⟧.", "Για την επιστροφή χρειάζομαι και τον ΑΦΜ του κατόχου."),
    (f"Δηλαδή ⟦id|{say('el', EL_A[5], 't3 t3 t3')}⟧; Όχι, αυτός είναι της γυναίκας μου, ο δικός μου είναι αυτός που σας είπα.",
     "Ο ΑΦΜ που έχουμε στο συμβόλαιο είναι άλλος."),
    (f"⟦phone|{say('el', '6945083317', 'p2 p2 p2 p2 p2', sep=' ')}⟧", "Ένα κινητό;"),
    "Η συναλλαγή έχει κωδικό 9 0 2 2 1 7 4 4, στις 14 Μαρτίου στις 18:32, λωρίδα 5.",
    # --- car sharing, Athens ----------------------------------------------------------
    "Η χρέωση είναι τριάντα λεπτά το λεπτό ή δώδεκα ευρώ η ώρα, και η βενζίνη περιλαμβάνεται.",
    ("⟦date_of_birth|1η Δεκεμβρίου 1999⟧", "Ημερομηνία γέννησης, για να δούμε την ασφάλεια;"),
    ("⟦email|kiki_pap99 παπάκι yahoo τελεία gr⟧", "Το email του λογαριασμού;"),
    (f"Για τη συνδρομή, ⟦iban|{g4(EL_I[5])}⟧.", "Η μηνιαία συνδρομή πληρώνεται με πάγια εντολή ή κάρτα."),
    (f"Τον ΑΦΜ για την απόδειξη, ⟦id|{EL_A[6]}⟧, και κάρτα ⟦card|{g4(EL_C[7])}⟧ για τις διαδρομές.",
     "Χρειάζομαι ΑΦΜ και μια κάρτα."),
    "Το αυτοκίνητο ήταν παρκαρισμένο στη Χαριλάου Τρικούπη, και η διαδρομή κράτησε μία ώρα και σαράντα λεπτά, χρέωση είκοσι ευρώ.",
    # --- airport taxi, Larnaca (older Cypriot caller) ------------------------------------
    "Που το αεροδρόμιο της Λάρνακας ως την Αγία Νάπα εν πενήντα πέντε ευρώ τη μέρα τζιαι εξήντα πέντε τη νύχτα.",
    "Εν η ⟦name|Γιαννού⟧, θέλω ταξί αύριο το πρωί, έρκεται η κόρη μου που το Λονδίνο με την πτήση των δέκα.",
    ("Να την φέρει σπίτι, ⟦address|Λεωφόρος Γρίβα Διγενή 45, Λάρνακα⟧.", "Πού πάει η κούρσα;"),
    (f"⟦card|{say('el', EL_C[6], '4 4 4 4', sep=', ')}⟧", "Θέλετε να πληρώσετε τώρα με κάρτα;"),
]


# --- more non-personal lines (numbers, dates and name-like words) ----------------
DATA["el"] += [
    "δηλαδή αν το αφήσω στο σταθμό λαρίσης την κυριακή το βράδυ χρεώνεται κανονικά ή έχει έξτρα χρέωση",
    "Το κομμάτι από Μεταμόρφωση μέχρι Κορωπί το χρεώνετε ολόκληρο ή ανά σταθμό; Γιατί εγώ βγήκα στην Παιανία.",
    "Από την 1η Φεβρουαρίου το εισιτήριο των 90 λεπτών γίνεται 1,50 ευρώ, και το ημερήσιο 4,50.",
    "Το ταξί ήρθε με είκοσι λεπτά καθυστέρηση και ο ταξιτζής έβαλε διπλή ταρίφα ενώ ήταν μεσημέρι, δώδεκα και μισή.",
    "Η επιστροφή των 14,60 ευρώ έγινε στις 22 Απριλίου με κωδικό συναλλαγής 55041937761, θα τη δείτε στην κάρτα σε τρεις με πέντε μέρες.",
    "ναι το πατίνι το άφησα μπροστά στο περίπτερο στη γωνία Σπύρου Μερκούρη και Αρχιμήδους αλλά η εφαρμογή έδειχνε κόκκινη ζώνη",
    "Η κούρσα στις 3 Μαΐου από την Κηφισιά μέχρι τον Πειραιά χρεώθηκε πενήντα δύο ευρώ αντί για τριάντα οχτώ που έδειχνε η εφαρμογή.",
]
DATA["he"] += [
    "רגע רגע אז אם אני חונה בכחול לבן ברחוב אבן גבירול אחרי שבע בערב זה בחינם או לא",
    "הרכבת מבנימינה לתל אביב לא יצאה ב-7:12 וחיכיתי לאוטובוס 921 עוד ארבעים דקות, אפשר לקבל זיכוי על הרב-קו?",
    "ההחזר של ארבעים ושניים שקל ושלושים אגורות נכנס ב-6 במרץ, אסמכתא 3301877264.",
    "המונית נסעה דרך איילון ולא דרך נמיר, אז המחיר יצא מאה ועשרים במקום שמונים וחמש.",
]
DATA["ar"] += [
    "يعني لو وقفت في موقف المول بعد الساعة عشرة بالليل يحسب علي يوم كامل ولا بالساعة",
    "المشوار من الدمام للخبر كان خمسة وأربعين ريال، بس الكابتن طلب مني كاش زيادة عشرين.",
    "طلبت كابتن الساعة ٧:١٠ الصبح ووصل ٧:٤٠، والطلب انلغى مرتين قبلها.",
]


# ---- end of languages ----


# ==========================================================================
# main
# ==========================================================================


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out_dir = os.path.join(here, "..", "..", "data", "redaction", "blind88")
    out_dir = os.path.normpath(out_dir)
    os.makedirs(out_dir, exist_ok=True)
    for lang in ("en", "ar", "he", "el"):
        if lang not in DATA:
            continue
        lines = build(lang, DATA[lang])
        with open(os.path.join(out_dir, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for obj in lines:
                f.write(json.dumps(obj, ensure_ascii=False) + "\n")
        counts = {}
        for obj in lines:
            for sp in obj["spans"]:
                counts[sp["kind"]] = counts.get(sp["kind"], 0) + 1
        empty = sum(1 for o in lines if not o["spans"])
        print("%s: %d items (%d without spans), %d spans: %s" % (
            lang, len(lines), empty, sum(counts.values()),
            ", ".join("%s %d" % (k, counts.get(k, 0)) for k in KINDS)))


if __name__ == "__main__":
    main()
