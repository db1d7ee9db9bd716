#!/usr/bin/env python3
"""Blind evaluation set 86 for the personal-data redactor of call transcripts.

Who wrote it and how: a helper session started by the project, working only from a written
brief (the product's specification of what counts as personal data and the output format).
The helper never opened, listed or read the redactor, its rules, its tests, or any other
evaluation set or generator. Every line below was imagined from how people talk on the phone.

Area of this set: buying and selling homes, mortgage brokers, building management and
home-owners' associations (estate agents and viewings, sellers listing a home, property
portals, developers' sales offices and off-plan deposits, valuers and home inspectors,
mortgage brokers and applications, block-management and service-charge desks, house
committees / owners' associations / syndics, urban-renewal residents' projects, auctions).

Output: data/redaction/blind86/{en,ar,he,el}.jsonl, one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}
- kind is one of: card, iban, id, phone, email, date_of_birth, name, address.
- start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive). They are
  computed here by searching for each span's substring, and asserted.
- context (optional) is an earlier line of the same call; it is not scored.
- Items with empty spans are non-personal and must come out unchanged.
Card numbers, IBANs and ID numbers are invented and built here with valid check digits;
long non-personal numbers are asserted to fail those checks.

Run: python3 benches/redaction/make_blind86.py   (standard library only, deterministic)
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "data", "redaction", "blind86")
KINDS = ("card", "iban", "id", "phone", "email", "date_of_birth", "name", "address")
LANGS = ("en", "ar", "he", "el")

# ---------------------------------------------------------------- check digits


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


def tz_ok(d):
    """Israeli Teudat Zehut: 9 digits, weights 1,2,1,2..., digit sums, total % 10 == 0."""
    if len(d) != 9 or not d.isdigit():
        return False
    total = 0
    for i, ch in enumerate(d):
        v = int(ch) * (1 if i % 2 == 0 else 2)
        total += v // 10 + v % 10
    return total % 10 == 0


def tz_complete(prefix8):
    for c in "0123456789":
        if tz_ok(prefix8 + c):
            return prefix8 + c
    raise AssertionError(prefix8)


def afm_ok(d):
    """Greek AFM: 9 digits, sum(d[i] * 2**(8-i)) % 11 % 10 == d[8]."""
    if len(d) != 9 or not d.isdigit():
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return s % 11 % 10 == int(d[8])


def afm_complete(prefix8):
    s = sum(int(prefix8[i]) * 2 ** (8 - i) for i in range(8))
    d = prefix8 + str(s % 11 % 10)
    assert afm_ok(d)
    return d


def saudi_ok(d):
    """Saudi national ID (starts 1) or Iqama (starts 2): 10 digits, Luhn."""
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def ssn_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
    return 1 <= area <= 899 and area != 666 and group >= 1 and serial >= 1


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "MA": 28, "FR": 27}


def _iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if len(s) < 4 or IBAN_LEN.get(s[:2]) != len(s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban_make(cc, bban):
    bban = bban.replace(" ", "").upper()
    check = 98 - _iban_num(bban + cc + "00") % 97
    s = "%s%02d%s" % (cc, check, bban)
    assert iban_ok(s), s
    return s


def grp(s, sizes, sep=" "):
    """Split s into groups of the given sizes (the last size repeats)."""
    out, i, k = [], 0, 0
    while i < len(s):
        n = sizes[min(k, len(sizes) - 1)]
        out.append(s[i:i + n])
        i += n
        k += 1
    return sep.join(out)


# ---------------------------------------------------------------- spoken numbers
# A small reader of spoken digits, used only to check that a span written in words holds the
# value it is meant to hold. Classes: u unit digit, t tens (10..90), n fixed 2-digit (teens),
# h hundreds, x "hundred" multiplier, d double, r triple.

def _norm(w):
    w = unicodedata.normalize("NFD", w.lower())
    w = "".join(ch for ch in w if unicodedata.category(ch) != "Mn")
    w = w.replace("ـ", "")
    for a, b in (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ة", "ه"), ("ى", "ي"), ("ς", "σ")):
        w = w.replace(a, b)
    return w


_VOCAB_SRC = {
    "en": [("u", 0, "zero oh o nought nil"), ("u", 1, "one"), ("u", 2, "two"),
           ("u", 3, "three"), ("u", 4, "four"), ("u", 5, "five"), ("u", 6, "six"),
           ("u", 7, "seven"), ("u", 8, "eight"), ("u", 9, "nine"),
           ("t", 10, "ten"), ("n", 11, "eleven"), ("n", 12, "twelve"), ("n", 13, "thirteen"),
           ("n", 14, "fourteen"), ("n", 15, "fifteen"), ("n", 16, "sixteen"),
           ("n", 17, "seventeen"), ("n", 18, "eighteen"), ("n", 19, "nineteen"),
           ("t", 20, "twenty"), ("t", 30, "thirty"), ("t", 40, "forty fourty"),
           ("t", 50, "fifty"), ("t", 60, "sixty"), ("t", 70, "seventy"), ("t", 80, "eighty"),
           ("t", 90, "ninety"), ("x", 100, "hundred"), ("d", 2, "double"),
           ("r", 3, "triple treble")],
    "ar": [("u", 0, "صفر زيرو"), ("u", 1, "واحد وحده"),
           ("u", 2, "اثنين اثنان اتنين تنين ثنين جوج"), ("u", 3, "ثلاثه تلاته ثلاث تلات"),
           ("u", 4, "اربعه اربع ربعه"), ("u", 5, "خمسه خمس"), ("u", 6, "سته ست"),
           ("u", 7, "سبعه سبع"), ("u", 8, "ثمانيه تمانيه ثمان تمن تمنيه ثمنيه"),
           ("u", 9, "تسعه تسع تسعود"), ("t", 10, "عشره"),
           ("n", 11, "احدعش حداشر احداش"), ("n", 12, "اثنعش اتناشر اطناش"),
           ("t", 20, "عشرين عشرون"), ("t", 30, "ثلاثين تلاتين ثلاثون"),
           ("t", 40, "اربعين اربعون"), ("t", 50, "خمسين خمسون"), ("t", 60, "ستين ستون"),
           ("t", 70, "سبعين سبعون"), ("t", 80, "ثمانين تمانين ثمانون"),
           ("t", 90, "تسعين تسعون"), ("d", 2, "دبل")],
    "he": [("u", 0, "אפס"), ("u", 1, "אחת אחד"), ("u", 2, "שתיים שתים שניים שנים"),
           ("u", 3, "שלוש שלושה"), ("u", 4, "ארבע ארבעה"), ("u", 5, "חמש חמישה"),
           ("u", 6, "שש שישה"), ("u", 7, "שבע שבעה"), ("u", 8, "שמונה"),
           ("u", 9, "תשע תשעה"), ("e", 10, "עשרה עשר"),
           ("t", 20, "עשרים"), ("t", 30, "שלושים"), ("t", 40, "ארבעים"),
           ("t", 50, "חמישים"), ("t", 60, "שישים"), ("t", 70, "שבעים"), ("t", 80, "שמונים"),
           ("t", 90, "תשעים"), ("h", 100, "מאה"), ("d", 2, "פעמיים")],
    "el": [("u", 0, "μηδέν μηδενικό"), ("u", 1, "ένα ένας μία μια"), ("u", 2, "δύο δυο"),
           ("u", 3, "τρία τρεις"), ("u", 4, "τέσσερα τέσσερις"), ("u", 5, "πέντε"),
           ("u", 6, "έξι"), ("u", 7, "επτά εφτά"), ("u", 8, "οκτώ οχτώ"),
           ("u", 9, "εννέα εννιά"), ("t", 10, "δέκα"), ("n", 11, "έντεκα"),
           ("n", 12, "δώδεκα"), ("n", 13, "δεκατρία"), ("n", 14, "δεκατέσσερα"),
           ("n", 15, "δεκαπέντε"), ("n", 16, "δεκαέξι"), ("n", 17, "δεκαεπτά δεκαεφτά"),
           ("n", 18, "δεκαοκτώ δεκαοχτώ"), ("n", 19, "δεκαεννέα δεκαεννιά"),
           ("t", 20, "είκοσι"), ("t", 30, "τριάντα"), ("t", 40, "σαράντα"),
           ("t", 50, "πενήντα"), ("t", 60, "εξήντα"), ("t", 70, "εβδομήντα"),
           ("t", 80, "ογδόντα"), ("t", 90, "ενενήντα"), ("h", 100, "εκατό εκατόν"),
           ("h", 200, "διακόσια"), ("h", 300, "τριακόσια"), ("h", 400, "τετρακόσια"),
           ("h", 500, "πεντακόσια"), ("h", 600, "εξακόσια"),
           ("h", 700, "επτακόσια εφτακόσια"), ("h", 800, "οκτακόσια οχτακόσια"),
           ("h", 900, "εννιακόσια εννεακόσια")],
}
VOCAB = {lang: {_norm(w): (c, v) for c, v, ws in src for w in ws.split()}
         for lang, src in _VOCAB_SRC.items()}
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _tokens(lang, text):
    """Number tokens as (class, value, and_prefix); None marks a word that is not a number."""
    out = []
    for tok in re.findall(r"\d+|[^\W\d_]+", text.translate(_DIGITS)):
        if tok.isdigit():
            out.append(("g", tok, False))
            continue
        w = _norm(tok)
        voc = VOCAB[lang]
        if w in voc:
            out.append(voc[w] + (False,))
        elif lang in ("ar", "he") and w[:1] in ("و", "ו") and w[1:] in voc:
            out.append(voc[w[1:]] + (True,))
        else:
            out.append(None)
    return out


def _compose(lang, toks):
    out, i, n = [], 0, len(toks)

    def at(j):
        return toks[j] if j < n else None

    while i < n:
        c, v, _ = toks[i]
        nx = at(i + 1)
        if c == "g":
            out.append(v)
            i += 1
        elif c in ("d", "r"):
            if nx and nx[0] in ("u", "g"):
                out.append(str(nx[1]) * v)
                i += 2
            else:
                i += 1
        elif c == "x":
            out.append("100")
            i += 1
        elif c in ("u", "n") and nx and nx[0] == "x":
            h = v * 100
            i += 2
            rest = at(i)
            if rest and rest[0] in ("t", "n"):
                h += rest[1]
                i += 1
                if rest[0] == "t" and at(i) and at(i)[0] == "u" and at(i)[1] != 0:
                    h += at(i)[1]
                    i += 1
            elif rest and rest[0] == "u" and rest[1] != 0:
                h += rest[1]
                i += 1
            out.append(str(h))
        elif c == "h":
            h = v
            i += 1
            rest = at(i)
            if rest and rest[0] in ("t", "n"):
                h += rest[1]
                i += 1
                if rest[0] == "t" and at(i) and at(i)[0] == "u" and at(i)[1] != 0:
                    h += at(i)[1]
                    i += 1
            elif rest and rest[0] == "u" and rest[1] != 0:
                h += rest[1]
                i += 1
            out.append(str(h))
        elif c == "t":
            teen_next = at(i + 2) is not None and at(i + 2)[0] == "e"
            if nx and nx[0] == "u" and nx[1] != 0 and not teen_next:
                out.append(str(v + nx[1]))
                i += 2
            else:
                out.append(str(v))
                i += 1
        elif c == "u":
            if lang == "ar" and nx and nx[0] == "t" and nx[2] and v != 0:
                out.append(str(nx[1] + v))
                i += 2
            elif lang == "he" and nx and nx[0] == "e":
                out.append(str(10 + v))
                i += 2
            else:
                out.append(str(v))
                i += 1
        elif c in ("n", "e"):
            out.append(str(v))
            i += 1
        else:
            raise AssertionError((lang, toks))
    return "".join(out)


def spoken_digits(lang, text):
    """All digits of a span, read from digits and number words (other words skipped)."""
    return _compose(lang, [t for t in _tokens(lang, text) if t is not None])


def number_runs(lang, text):
    """Runs of consecutive number tokens (punctuation does not break a run, words do)."""
    runs, cur = [], []
    for t in _tokens(lang, text) + [None]:
        if t is None:
            if cur:
                runs.append(_compose(lang, cur))
            cur = []
        else:
            cur.append(t)
    return runs


# ---------------------------------------------------------------- renderers
SAY = {
    "en": "zero one two three four five six seven eight nine".split(),
    "ar_msa": "صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "ar_gulf": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "ar_eg": "صفر واحد اتنين تلاتة اربعة خمسة ستة سبعة تمانية تسعة".split(),
    "ar_lev": "صفر واحد تنين تلاتة اربعة خمسة ستة سبعة تمانية تسعة".split(),
    "ar_ma": "زيرو واحد جوج تلاتة ربعة خمسة ستة سبعة تمنية تسعود".split(),
    "he_f": "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split(),
    "he_m": "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split(),
    "el": "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split(),
    "el_f": "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα".split(),
}
EL_TENS = {2: "είκοσι", 3: "τριάντα", 4: "σαράντα", 5: "πενήντα", 6: "εξήντα",
           7: "εβδομήντα", 8: "ογδόντα", 9: "ενενήντα"}
EL_TEENS = {10: "δέκα", 11: "έντεκα", 12: "δώδεκα", 13: "δεκατρία", 14: "δεκατέσσερα",
            15: "δεκαπέντε", 16: "δεκαέξι", 17: "δεκαεφτά", 18: "δεκαοχτώ", 19: "δεκαεννιά"}
EN_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
           8: "eighty", 9: "ninety"}
EN_TEENS = {10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen",
            15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen"}


def say(style, digits, sep=" ", oh=False, double=False):
    """Digits one by one in words. oh: English 0 as 'oh'. double: 'double seven'."""
    words = SAY[style]
    out, i = [], 0
    while i < len(digits):
        ch = digits[i]
        if not ch.isdigit():
            i += 1
            continue
        w = words[int(ch)]
        if oh and ch == "0":
            w = "oh"
        if double and i + 1 < len(digits) and digits[i + 1] == ch and \
                not (i + 2 < len(digits) and digits[i + 2] == ch):
            out.append("double " + w)
            i += 2
            continue
        out.append(w)
        i += 1
    return sep.join(out)


def pair(style, two):
    """A pair of digits as a number: '67' -> 'εξήντα εφτά', '07' -> 'μηδέν εφτά'."""
    a, b = int(two[0]), int(two[1])
    units = SAY["el" if style == "el" else "en"]
    tens, teens = (EL_TENS, EL_TEENS) if style == "el" else (EN_TENS, EN_TEENS)
    if a == 0:
        return units[0] + " " + units[b] if style == "el" else "oh " + units[b]
    if a == 1:
        return teens[10 + b]
    if b == 0:
        return tens[a]
    return tens[a] + (" " if style == "el" else "-") + units[b]


def pairs(style, digits, sep=" "):
    return sep.join(pair(style, digits[i:i + 2]) for i in range(0, len(digits), 2))


# ---------------------------------------------------------------- items

ITEMS = {lang: [] for lang in LANGS}
PARTS = []


def part(lang):
    def deco(fn):
        PARTS.append((lang, fn))
        return fn
    return deco


def _check_value(lang, kind, sub, opts):
    if kind not in ("card", "iban", "id", "phone"):
        return
    value = opts.get("value")
    if kind == "iban" and value is None:
        value = re.sub(r"[^A-Za-z0-9]", "", sub.translate(_DIGITS))
    if not opts.get("noparse"):
        got = spoken_digits(lang, sub)
        if value is not None:
            want = re.sub(r"\D", "", value)
            assert got == want, (kind, sub, got, want)
        else:
            value = got
    if kind == "card":
        assert 13 <= len(value) <= 19 and luhn_ok(value), (sub, value)
    elif kind == "iban":
        assert iban_ok(value), (sub, value)
    elif kind == "id":
        idt = opts.get("idtype", {"he": "tz", "el": "afm", "ar": "sa", "en": "ssn"}[lang])
        ok = {"tz": tz_ok, "afm": afm_ok, "sa": saudi_ok, "ssn": ssn_ok}[idt](value)
        assert ok, (sub, value, idt)
    elif kind == "phone" and value is not None:
        assert 7 <= len(re.sub(r"\D", "", value)) <= 15, (sub, value)


def _assert_not_personal(lang, text):
    for run in number_runs(lang, text):
        if 13 <= len(run) <= 19:
            assert not luhn_ok(run), ("passes Luhn", run, text)
        if len(run) == 9:
            assert not tz_ok(run) and not afm_ok(run), ("passes TZ/AFM", run, text)
            if lang == "en":
                assert not ssn_ok(run), ("passes SSN", run, text)
        if len(run) == 10:
            assert not saudi_ok(run), ("passes Saudi check", run, text)


def add(lang, text, spans=(), context=None):
    """spans: (kind, substring) or (kind, substring, opts); opts: n (occurrence), value,
    idtype (tz/afm/sa/ssn), noparse."""
    b = text.encode("utf-8")
    out = []
    for sp in spans:
        kind, sub = sp[0], sp[1]
        opts = sp[2] if len(sp) > 2 else {}
        assert kind in KINDS, kind
        sb = sub.encode("utf-8")
        count = b.count(sb)
        nth = opts.get("n")
        if nth is None:
            assert count == 1, ("substring not unique or absent", count, sub, text)
            nth = 0
        start = -1
        for _ in range(nth + 1):
            start = b.find(sb, start + 1)
            assert start >= 0, (sub, text)
        end = start + len(sb)
        assert b[start:end].decode("utf-8") == sub
        assert sub == sub.strip() and sub, repr(sub)
        _check_value(lang, kind, sub, opts)
        out.append({"kind": kind, "start": start, "end": end})
    out.sort(key=lambda s: (s["start"], s["end"]))
    for a, c in zip(out, out[1:]):
        assert a["end"] <= c["start"], ("overlapping spans", text)
    if not out:
        _assert_not_personal(lang, text)
    item = {"text": text, "spans": out}
    if context:
        item["context"] = context
    ITEMS[lang].append(item)


def A(lang):
    """Shorthand used by the parts: A('en')(text, spans, context)."""
    return lambda text, spans=(), context=None: add(lang, text, spans, context)


# ================================================================ data parts

@part("en")
def en_part1(a):
    # E1 estate agency, London: a buyer books a viewing
    a("Good morning, Harbour and Finch estate agents, how can I help?")
    a("Hiya, yeah, I'm ringing about the two-bed on Alder Grove, the one that's up for four "
      "hundred and twenty-five thousand.")
    a("It's Siobhan, Siobhan O'Callaghan. That's S-I-O-B-H-A-N.",
      [("name", "Siobhan", {"n": 0}), ("name", "Siobhan O'Callaghan"), ("name", "S-I-O-B-H-A-N")],
      "Lovely. And who am I speaking to?")
    a("Thanks. Is the listing reference HF 20417 still showing on your end? The vendor's had an "
      "offer of four-ten already, just so you know.")
    a("Yeah it's oh seven seven double oh, nine double oh, four one eight.",
      [("phone", "oh seven seven double oh, nine double oh, four one eight")],
      "And what's the best number to get you on?")
    a("We've got viewings Saturday between ten and one, or I could squeeze you in Tuesday at "
      "half five.")
    a("um it's siobhan dot ocallaghan at outlook dot ie",
      [("email", "siobhan dot ocallaghan at outlook dot ie")],
      "Could I take an email for the confirmation?")
    a("Perfect, so that's siobhan.ocallaghan@outlook.ie, I'll pop the floor plan and the EPC "
      "over to you now.", [("email", "siobhan.ocallaghan@outlook.ie")])

    # E2 mortgage broker, Atlanta: first-time buyers want a pre-approval
    a("Yeah, new one. My name is Marcus Washington, me and my wife are trying to get "
      "pre-approved before we start looking.", [("name", "Marcus Washington")])
    a("Somewhere around three fifty, maybe three seventy-five tops, with like twenty percent "
      "down.")
    a("Sure, it's 524-31-6608.", [("id", "524-31-6608")],
      "I'll need your social to run a soft credit pull, that won't affect your score.")
    a("March ninth, nineteen eighty-seven.",
      [("date_of_birth", "March ninth, nineteen eighty-seven")], "And your date of birth?")
    a("And my wife's social is, uh, four one two, seven seven, oh nine five three.",
      [("id", "four one two, seven seven, oh nine five three")])
    a("Rates today on a thirty-year fixed are sitting around six point eight seven percent, and "
      "that's with no points.")
    a("we're at 1187 Peachtree Battle Avenue Northwest unit 4C Atlanta 30327",
      [("address", "1187 Peachtree Battle Avenue Northwest unit 4C Atlanta 30327")],
      "And what's your current address?")
    a("Best email is marcus underscore wash87 at yahoo dot com.",
      [("email", "marcus underscore wash87 at yahoo dot com")])
    mc = luhn_complete("554281030674921")
    s = ", ".join(say("en", mc[i:i + 4], oh=True) for i in range(0, 16, 4))
    a("Go ahead, it's a Mastercard, %s." % s, [("card", s, {"value": mc})],
      "The appraisal's four ninety-five, I can take a card for that now if you like.")
    a("Your application number is KH 4471 0932, keep that handy for when you find a place.")

    # E3 mortgage broker, Dublin: a switcher from Cork
    a("How're ya, Paddy Brennan here, I was on to ye last week about switching the mortgage.",
      [("name", "Paddy Brennan")])
    a("Ah yes Paddy, I have the file here. Is the date of birth still the fourteenth of the "
      "seventh, sixty-nine?",
      [("name", "Paddy"), ("date_of_birth", "fourteenth of the seventh, sixty-nine")])
    ie = iban_make("IE", "AIBK93104758213906")
    s = "I E %s, A I B K, %s, %s" % (say("en", ie[2:4]), say("en", ie[8:14], oh=True),
                                     say("en", ie[14:], oh=True))
    a("Yeah hang on, it's %s." % s, [("iban", s, {"value": ie})],
      "The new lender wants the IBAN the repayments will come out of.")
    a("They're offering four years fixed at three point nine five, which is a good bit better "
      "than what you're on now.")
    a("The valuation came in at four hundred and ten thousand, so you're around sixty-two "
      "percent loan to value.")
    a("Is oh eight seven, two two four, six nine one three still the best number for you?",
      [("phone", "oh eight seven, two two four, six nine one three")])
    a("No, that's the old one, use oh eight six, one five five, double two oh nine.",
      [("phone", "oh eight six, one five five, double two oh nine")])
    a("And the home address is still 14 Glenmore Park, Ballincollig, County Cork, P31 KX20?",
      [("address", "14 Glenmore Park, Ballincollig, County Cork, P31 KX20")])
    a("If the approval comes through this week the switch should go through by the "
      "twenty-eighth of February.")

    # E4 block management, Manchester: a leaseholder queries a service charge demand
    a("Good afternoon. My name is Adaeze Okonkwo, I am a leaseholder at Meridian House and I "
      "received a service charge demand that I do not understand.",
      [("name", "Adaeze Okonkwo")])
    q = "No problem Mrs Okonkwo, can I take the first line of the address and the postcode?"
    a(q, [("name", "Okonkwo")])
    a("Flat 22, 41 Canal Street, Manchester, M1 3HE.",
      [("address", "Flat 22, 41 Canal Street, Manchester, M1 3HE")], q)
    a("So the demand is one thousand two hundred and forty pounds for the half year, and three "
      "hundred of that is the reserve fund contribution.")
    a("The lift refurbishment was agreed at the AGM on the 12th of October and the Section 20 "
      "notice went out in June.")
    vd = luhn_complete("465922037781450")
    s = "%s, %s, %s, %s" % (say("en", vd[:4]), say("en", vd[4:8], oh=True, double=True),
                            say("en", vd[8:12], double=True), say("en", vd[12:], oh=True))
    a("I would like to pay it today by debit card. %s, expiry oh nine twenty-seven." % s,
      [("card", s, {"value": vd})])
    a("Thank you, that's gone through, your receipt number is 88213907.")
    a("Please also update my mobile, it is zero seven nine five six, one two three, four four "
      "eight.", [("phone", "zero seven nine five six, one two three, four four eight")])
    a("and my email is ada dot okonkwo22 at gmail.com",
      [("email", "ada dot okonkwo22 at gmail.com")])
    gb = iban_make("GB", "LOYD30905519482736")
    s = grp(gb, [4])
    a("For the next half year I want direct debit. My IBAN is %s." % s,
      [("iban", s, {"value": gb})])
    a("The fire risk assessment for the block is booked for Wednesday the 3rd between nine and "
      "twelve, so the bin store will be locked that morning.")

    # E5 home-owners' association, Texas: a fine for bins left out
    a("hi yes this is priya raghunathan i got a violation letter about my trash cans and i dont "
      "think its fair", [("name", "priya raghunathan")])
    a("it's 2318 willow bend drive frisco texas 75034",
      [("address", "2318 willow bend drive frisco texas 75034")],
      "Okay, and what's the property address?")
    a("I see it. The notice says the cans were visible from the street on the 4th and the 11th, "
      "so that's a twenty-five dollar fine each time.")
    a("Quarterly dues are two eighty-five, and there's a fifteen percent late fee after the "
      "tenth of the month.")
    ax = luhn_complete("37424518903210")
    s = "%s %s %s" % (say("en", ax[:4]), say("en", ax[4:10], oh=True), say("en", ax[10:], oh=True))
    a("okay it's an amex %s expiry eleven twenty-eight" % s, [("card", s, {"value": ax})],
      "Sure, I can take the dues and the fine together on a card.")
    a("The architectural review committee meets Thursday the 21st at 7 p.m. in the clubhouse, "
      "room B, if you want to appeal in person.")
    a("Yeah, nine seven two, no, four six nine, two one seven, three oh two eight.",
      [("phone", "four six nine, two one seven, three oh two eight")],
      "What's a good callback number?")
    a("It's priya.r.homes at gmail dot com.", [("email", "priya.r.homes at gmail dot com")])

    # E6 developer's sales suite, Melbourne: holding an off-the-plan apartment
    a("G'day, Bayside Quarter sales suite, Kylie speaking.", [("name", "Kylie")])
    a("Hey, how ya going, it's Brad Tran here, we had a look through the display suite "
      "Saturday arvo.", [("name", "Brad Tran")])
    a("Oh yeah, the two-bedder on level eight with the north-facing balcony. That one's six "
      "eighty-nine, and we'd need ten percent deposit on exchange.")
    a("Settlement's expected around March twenty-six, once the building gets its occupancy "
      "certificate.")
    vi = luhn_complete("455674120098662")
    s = "four five five six, seven three... sorry, %s, %s, %s" % (
        say("en", vi[4:8], oh=True), say("en", vi[8:12], oh=True), say("en", vi[12:]))
    a("Righto, it's a Visa, %s." % s, [("card", s, {"value": vi, "noparse": True})],
      "To hold it we just take a two thousand dollar holding deposit on card.")
    a("Twenty-second of the eleventh, ninety-one.",
      [("date_of_birth", "Twenty-second of the eleventh, ninety-one")],
      "For the contract of sale I'll need your date of birth too.")
    a("And your mobile's oh four one two, three five seven, eight eight one?",
      [("phone", "oh four one two, three five seven, eight eight one")])
    a("Unit 5, 18 Rosella Street, Footscray, Victoria, three oh one one.",
      [("address", "Unit 5, 18 Rosella Street, Footscray, Victoria, three oh one one")],
      "And what address do you want the contract posted to?")
    a("Your lot number's 804 and the owners corporation fees are estimated at about eleven "
      "hundred a quarter.")
    a("yeah it's brad dot tran91 at hotmail dot com mate",
      [("email", "brad dot tran91 at hotmail dot com")])


@part("en")
def en_part2(a):
    # E7 chartered surveyors, Leeds: a buyer books a Level 2 survey
    a("Good morning madam, myself Rajesh Kumar, I want to book one Level 2 survey for the house "
      "we are buying.", [("name", "Rajesh Kumar")])
    q = "Of course, Mr Kumar. What's the address of the property?"
    a(q, [("name", "Kumar")])
    a("It is 27 Ashbourne Crescent, Headingley, Leeds, LS6 3QT.",
      [("address", "27 Ashbourne Crescent, Headingley, Leeds, LS6 3QT")], q)
    a("For a property at that value the Level 2 is five hundred and ninety-five plus VAT, and we "
      "could get a surveyor out on the 19th.")
    a("Flat 3, 9 Hyde Park Road, Leeds, LS6 1AH.",
      [("address", "Flat 3, 9 Hyde Park Road, Leeds, LS6 1AH")],
      "And your own correspondence address, for the report?")
    a("Zero seven four double one, six zero three, nine nine two.",
      [("phone", "Zero seven four double one, six zero three, nine nine two")],
      "Best mobile number for the surveyor?")
    a("rajesh dot kumar dot leeds at rediffmail dot com",
      [("email", "rajesh dot kumar dot leeds at rediffmail dot com")],
      "And an email address for the report?")
    gb = iban_make("GB", "HBUK40127691530284")
    s = "G B %s, H B U K, %s, %s" % (say("en", gb[2:4]), say("en", gb[8:14], oh=True),
                                     say("en", gb[14:], oh=True))
    a("If the purchase falls through before the inspection, kindly refund the deposit to %s." % s,
      [("iban", s, {"value": gb})])

    # E8 realtor, Massachusetts: a widow lists her house
    a("Hello dear, this is Dolores Fitzgerald, my daughter said you might help me sell my house.",
      [("name", "Dolores Fitzgerald")])
    q = "Of course, Mrs. Fitzgerald. Where's the house located?"
    a(q, [("name", "Fitzgerald")])
    a("Forty-two Linden Street in Quincy. We bought it in nineteen seventy-one, can you believe "
      "it.", [("address", "Forty-two Linden Street in Quincy")], q)
    a("Comparable colonials in that neighborhood closed between six-fifty and seven hundred "
      "last spring.")
    a("Oh, call me Dee, honey, everybody does.", [("name", "Dee")])
    a("I can come by Wednesday at two to do a walk-through and take some measurements.")
    a("My number is six one seven, four seven one, two two nine oh. The landline, I don't do "
      "the cell phone.", [("phone", "six one seven, four seven one, two two nine oh")])
    a("The listing agreement is for six months and the commission is five percent, split with "
      "the buyer's agent.")

    # E9 mortgage advisers, Jerusalem: an English-speaking immigrant buys a flat
    a("Shoresh Mortgage Advisors, shalom, how can I help?")
    a("hey it's yudi rosenblum we spoke before pesach about the apartment in katamon",
      [("name", "yudi rosenblum")])
    tz = tz_complete("32941855")
    s = "%s, %s, %s" % (say("en", tz[:3]), say("en", tz[3:6]), say("en", tz[6:]))
    a("Sure, it's %s." % s, [("id", s, {"value": tz, "idtype": "tz"})],
      "The bank wants your teudat zehut number for the approval in principle.")
    a("They're offering prime minus point three on a third, and the rest split between fixed "
      "unlinked and variable every five years.")
    a("My Israeli cell is oh five four, seven seven one, two nine oh three.",
      [("phone", "oh five four, seven seven one, two nine oh three")])
    il = iban_make("IL", "0126120000004471923")
    s = grp(il, [4])
    a("The down payment's coming out of our account here, %s." % s,
      [("iban", s, {"value": il})])
    a("11/2/79, that's November second.",
      [("date_of_birth", "11/2/79"), ("date_of_birth", "November second")],
      "And the form wants your date of birth, American format is fine.")
    a("The apartment's ninety-two square meters, third floor, asking three point eight five "
      "million shekels.")
    a("Email's yudi.rosenblum@gmail.com, put my wife on cc.",
      [("email", "yudi.rosenblum@gmail.com")])

    # E10 estate agency in Crete: a British retiree buys a stone house
    a("Chania Coast Properties, yassas, hello!")
    a("Oh hello, it's Gillian Marsh calling from Bristol, about the stone house in Kefalas.",
      [("name", "Gillian Marsh")])
    a("Ah, Mrs Marsh, yes! Good news, the owners accepted one hundred and eighty-five thousand.",
      [("name", "Marsh")])
    afm = afm_complete("16720493")
    s = "%s, %s, %s" % (say("en", afm[:3]), say("en", afm[3:6], oh=True), say("en", afm[6:]))
    a("I've got my Greek tax number now, the AFM. It's %s." % s,
      [("id", s, {"value": afm, "idtype": "afm"})])
    gr = iban_make("GR", "01101250000000012300695")
    s = "G R %s, %s" % (say("en", gr[2:4]),
                        ", ".join(say("en", gr[i:i + 4], oh=True) for i in range(4, 27, 4)))
    a("The ten percent deposit goes straight to the sellers' account, I'll read it to you: %s."
      % s, [("iban", s, {"value": gr})])
    a("We'll do the handover on the 15th of May, keys at eleven at our office by the old "
      "harbour.")
    a("Sixty-nine forty-seven, twenty-two, thirteen, oh eight.",
      [("phone", "Sixty-nine forty-seven, twenty-two, thirteen, oh eight")],
      "And the Greek mobile you got when you were over?")
    a("Twenty-third of June, 1956.", [("date_of_birth", "Twenty-third of June, 1956")],
      "For the purchase contract they want your date of birth and your father's name, funnily "
      "enough.")
    a("The plot is two thousand square metres and the building permit dates from 1987, all "
      "legalised.")

    # E11 developer in Dubai: an Indian expatriate in Riyadh books off-plan
    a("Marina Crest Developments, good evening, this is Reem.", [("name", "Reem")])
    a("Good evening, I am Anil Menon, calling from Riyadh regarding the one-bedroom in Tower B.",
      [("name", "Anil Menon")])
    iq = luhn_complete("243105788")
    s = "%s, %s, %s" % (say("en", iq[:4]), say("en", iq[4:7], oh=True), say("en", iq[7:]))
    a("Iqama is %s." % s, [("id", s, {"value": iq, "idtype": "sa"})],
      "Welcome, sir. For the booking form I need your passport or Iqama number.")
    a("The payment plan is sixty-forty: ten percent on booking, then four percent every quarter "
      "until handover in Q4 2027.")
    ae = iban_make("AE", "0260001015673975601")
    s = grp(ae, [4])
    a("For any refund please use my account in Dubai, %s." % s, [("iban", s, {"value": ae})])
    a("Plus nine six six, five five three, two one eight, four four seven. WhatsApp also same "
      "number.", [("phone", "Plus nine six six, five five three, two one eight, four four seven")])
    a("Service charges in Tower B are estimated at seventeen dirhams per square foot per year.")
    v = luhn_complete("401795230618274")
    s = grp(v, [4])
    a("Booking fee of five thousand dirhams I will pay by card now, the number is %s" % s,
      [("card", s)])

    # E12 property auction house: a bidder registers
    a("Good morning, I'm Chidi, Chidi Eze, I want to register to bid on lot forty-seven.",
      [("name", "Chidi", {"n": 0}), ("name", "Chidi Eze")])
    a("Fifth of May, nineteen eighty-two.", [("date_of_birth", "Fifth of May, nineteen eighty-two")],
      "No problem. We have to do ID checks on bidders, so can I take your date of birth?")
    a("58 Coldharbour Lane, Brixton, SE5 9PR.",
      [("address", "58 Coldharbour Lane, Brixton, SE5 9PR")],
      "And the address exactly as it shows on your driving licence?")
    a("Lot forty-seven has a guide price of one hundred and twenty thousand, and the buyer's "
      "premium is one point eight percent plus VAT.")
    mc = luhn_complete("512107443982106")
    a("okay card number %s expiry zero four twenty-eight" % grp(mc, [4]), [("card", grp(mc, [4]))],
      "The registration deposit is taken by card and refunded within five working days if "
      "you're not the winning bidder.")
    gb = iban_make("GB", "BUKB20451573946108")
    a("If the refund has to go by transfer, my IBAN is %s." % grp(gb, [4]),
      [("iban", grp(gb, [4]))])
    a("Auction day is Thursday the 27th, doors open at ten and lot forty-seven should come up "
      "around half twelve.")

    # E13 refinance lender, Houston
    a("Lone Star Lending, refinance team, how may I help you?")
    a("Good afternoon. My name is Oluwaseun Adebayo, but everybody calls me Seun. I want to "
      "refinance my home loan.", [("name", "Oluwaseun Adebayo"), ("name", "Seun")])
    a("Yes. Four four nine, oh two, seven three one five.",
      [("id", "Four four nine, oh two, seven three one five")],
      "Alright, to pull up the loan I'll need your Social Security number.")
    a("Let me read that back: 449-02-7315, correct?", [("id", "449-02-7315")])
    a("It's the nineteenth of January, nineteen seventy-eight.",
      [("date_of_birth", "nineteenth of January, nineteen seventy-eight")], "And date of birth?")
    a("Your current rate is seven point one and we can get you to six point two five with a "
      "cash-out of forty thousand.")
    dv = luhn_complete("601100738120455")
    s = "six oh one one, %s %s, %s" % (dv[4:8], dv[8:12], say("en", dv[12:]))
    a("For the appraisal fee use my Discover, %s." % s, [("card", s, {"value": dv})])
    a("The appraiser can come out Tuesday the 9th between noon and four.")

    # non-personal lines from these calls: names of blocks, towns, weekdays and references
    a("We get a lot of buyers from Jordan and the Gulf for Tower B, it sells out fast.")
    a("Victoria, Albert and Grace are the three blocks in phase one; phase two is Ruby and "
      "Pearl, completing next summer.")
    a("Your offer reference is 7734 1109 2286 5502, quote that if you ring the branch.")
    a("The mortgage offer is valid for six months from the 2nd of August, so you'd need to "
      "complete before the 2nd of February.")
    a("The annual general meeting is on the 14th of November at seven, in the community room "
      "on the ground floor.")


@part("he")
def he_part1(a):
    # H1 estate agency, Haifa: a buyer asks about a flat and books a viewing
    a("רימון נכסים שלום, מדבר אלעד, איך אפשר לעזור?", [("name", "אלעד")])
    a("היי, אממ, ראיתי את הדירה ברחוב מוריה, ארבעה חדרים ב-2.1, היא עוד רלוונטית?")
    q = "כן, עדיין. יש לה מרפסת של 14 מטר וחניה רשומה בטאבו. עם מי אני מדבר?"
    a(q)
    a("מדברת אורטל, אורטל בן דוד.", [("name", "אורטל", {"n": 0}), ("name", "אורטל בן דוד")], q)
    a("נעים מאוד אורטל. אפשר לקבוע לך סיור ביום חמישי בחמש וחצי או ביום ראשון בבוקר.",
      [("name", "אורטל")])
    a("כן, אפס חמש שתיים, שש שבע שלוש, ארבעים ושתיים, שמונה עשרה",
      [("phone", "אפס חמש שתיים, שש שבע שלוש, ארבעים ושתיים, שמונה עשרה")],
      "לאיזה מספר לשלוח לך את הפרטים בוואטסאפ?")
    a("המייל שלי זה ortal.bd@gmail.com", [("email", "ortal.bd@gmail.com")])
    a("דמי התיווך שלנו שני אחוז פלוס מע\"מ, וזה משולם רק בחתימה על החוזה.")
    a("אני גרה בדרך הים 37, דירה 9, חיפה.", [("address", "דרך הים 37, דירה 9, חיפה")],
      "ומה הכתובת הנוכחית שלך, בשביל הסכם התיווך?")

    # H2 mortgage adviser: an immigrant from Russia buys in Ashdod
    a("שלום, אני דמיטרי קוגן, אפשר דימה, אני רוצה לקנות דירה באשדוד ואני צריך משכנתא.",
      [("name", "דמיטרי קוגן"), ("name", "דימה")])
    a("בסדר גמור. תגיד, כמה הון עצמי יש לכם?")
    a("יש לנו בערך שש מאות אלף, והדירה עולה מיליון ותשע מאות.")
    tz = tz_complete("31752084")
    s = "%s, %s, %s" % (say("he_f", tz[:3]), say("he_f", tz[3:6]), say("he_f", tz[6:]))
    a("תעודת זהות... רגע... %s." % s, [("id", s, {"value": tz})],
      "אני צריך מספר תעודת זהות בשביל האישור העקרוני.")
    a("נולדתי ב-17 באוקטובר 1979, בפטרבורג.", [("date_of_birth", "17 באוקטובר 1979")],
      "ותאריך לידה?")
    a("הריבית במסלול הקבועה הלא צמודה עכשיו בסביבות ארבע שמונים וחמש, ובפריים זה פריים "
      "מינוס חצי.")
    a("מייל: dima.kogan79 שטרודל mail.ru", [("email", "dima.kogan79 שטרודל mail.ru")])
    il = iban_make("IL", "0206480000000283519")
    a("הכסף יגיע מהחשבון שלי, ה-IBAN זה %s" % grp(il, [4]), [("iban", grp(il, [4]))])
    a("הטלפון שלי 054-7781203, אם לא עונה, תשלח הודעה.", [("phone", "054-7781203")])
    a("שכר הטרחה שלנו 7,500 ש\"ח, חצי בפתיחת תיק וחצי אחרי שהמשכנתא מאושרת.")
    a("אישור עקרוני מהבנק לוקח בערך שבוע עד עשרה ימים, תלוי בסניף.")

    # H3 building-management company: a resident in Rehovot asks about the monthly fee
    a("אופק ניהול מבנים, מדברת סיוון.", [("name", "סיוון")])
    a("שלום, שמי אלמז טספאי, אני גרה בבניין שלכם ברחובות, יש לי שאלה על דמי הניהול.",
      [("name", "אלמז טספאי")])
    a("רחוב הרצל 212, בניין ב', דירה 31.", [("address", "רחוב הרצל 212, בניין ב', דירה 31")],
      "בשמחה. מה הכתובת המדויקת ומספר הדירה?")
    a("דמי הניהול אצלנו 385 שקל לחודש, והחודש נוסף חיוב חד פעמי של 120 על צביעת חדר "
      "המדרגות.")
    v = luhn_complete("458019473306225")
    a("אני רוצה לשלם בכרטיס אשראי, %s, תוקף 08/27." % grp(v, [4], "-"),
      [("card", grp(v, [4], "-"))])
    a("מספר האישור שלך הוא 66120934, הקבלה תישלח למייל.")
    a("המייל שלי almaz.t שטרודל walla.co.il", [("email", "almaz.t שטרודל walla.co.il")])
    il = iban_make("IL", "0108120000031877640")
    s = grp(il, [4])
    a("ולחודשים הבאים אני רוצה הוראת קבע מהבנק, ה-IBAN שלי %s." % s, [("iban", s)])
    a("המעלית הצפונית תעבור תחזוקה ביום שלישי בין תשע לאחת, תשתמשו בינתיים במעלית הדרומית.")
    a("אחד עשר בתשע, שמונים ושמונה.", [("date_of_birth", "אחד עשר בתשע, שמונים ושמונה")],
      "בשביל הרישום לאזור האישי באתר צריך גם תאריך לידה.")

    # H4 developer's sales office: a buyer from Nazareth reserves a flat
    a("משרד המכירות של נוף תבור, כאן מור, במה אפשר לעזור?", [("name", "מור")])
    a("אהלן, אני ראמי, ראמי ח'ורי מנצרת, דיברנו בשבוע שעבר על דירת חמישה חדרים בבניין 3.",
      [("name", "ראמי", {"n": 0}), ("name", "ראמי ח'ורי")])
    a("נכון, הדירה בקומה 7 עדיין שמורה לך עד יום ראשון.")
    a("המחיר הסופי 1,780,000, עשרה אחוז בחתימה והיתרה לפי התקדמות הבנייה, עם ליווי בנקאי.")
    tz = tz_complete("05829417")
    a("מספר תעודת זהות שלי %s-%s-%s." % (tz[:3], tz[3:6], tz[6:]),
      [("id", "%s-%s-%s" % (tz[:3], tz[3:6], tz[6:]))])
    mc = luhn_complete("532610448197730")
    s = ", ".join(say("he_m", mc[i:i + 4]) for i in range(0, 16, 4))
    a("דמי הרצינות חמשת אלפים, אני משלם עכשיו במאסטרקארד: %s." % s,
      [("card", s, {"value": mc})])
    a("הנייד שלי 050-6612984, יש גם של אשתי אבל תתקשרו אליי.", [("phone", "050-6612984")])
    a("רחוב פאולוס השישי 88, נצרת.", [("address", "רחוב פאולוס השישי 88, נצרת")],
      "לאיזו כתובת לשלוח לך את טיוטת החוזה?")
    a("תאריך לידה 04/02/1985.", [("date_of_birth", "04/02/1985")],
      "בשביל החוזה אני צריכה גם תאריך לידה.")
    a("מסירת המפתחות מתוכננת לרבעון השלישי של 2026, ויש פיצוי אם יש איחור של יותר משישים "
      "יום.")
    il = iban_make("IL", "0310570000000619284")
    a("ואם העסקה לא יוצאת לפועל, תחזירו את הכסף ל-%s." % il, [("iban", il)])

    # H5 mortgage broker in Netanya: an immigrant from France
    a("שלום, קוראים לי יונתן בנחמו, עלינו מצרפת לפני שנתיים, ואנחנו רוצים לקנות בנתניה.",
      [("name", "יונתן בנחמו")])
    a("אהלן, מדבר עמית, אני היועץ שלכם.", [("name", "עמית")])
    fr = iban_make("FR", "30004008280001116754382")
    a("ההון העצמי שלנו בעיקר בצרפת. ה-IBAN שם %s." % grp(fr, [4]), [("iban", grp(fr, [4]))])
    a("הבנקים פה יבקשו מכתב מהבנק הצרפתי ותדפיסים של שלושה חודשים אחרונים.")
    a("המספר הצרפתי שלי עוד פעיל, +33 6 12 47 85 30.", [("phone", "+33 6 12 47 85 30")])
    a("אבל עדיף הישראלי: אפס חמש שמונה, ארבע ארבע אחת, שבע שבע, אפס שש.",
      [("phone", "אפס חמש שמונה, ארבע ארבע אחת, שבע שבע, אפס שש")])
    tz = tz_complete("33795016")
    s = "%s, %s, %s" % (say("he_f", tz[:3]), say("he_f", tz[3:6]), say("he_f", tz[6:]))
    a("תעודת זהות שלוש שלוש שש, לא, סליחה, %s." % s, [("id", s, {"value": tz})])
    a("נולדתי בעשרים ותשעה בפברואר, שמונים ושמונה... כן, שנה מעוברת.",
      [("date_of_birth", "עשרים ותשעה בפברואר, שמונים ושמונה")])
    a("המייל שלי yonathan.benhamou@orange.fr", [("email", "yonathan.benhamou@orange.fr")])
    v = luhn_complete("497015382270416")
    a("את דמי פתיחת התיק אני משלם בכרטיס הצרפתי, %s." % grp(v, [4]),
      [("card", grp(v, [4]))])
    a("בנתניה יש עכשיו הרבה פרויקטים ליד כיכר העצמאות, המחירים בין 2.8 ל-3.4 מיליון.")
    a("אני אשלח לך את הסימולציה עד יום רביעי, ונקבע פגישה בסניף בשבוע הבא.")


HE_TENS = {2: "עשרים", 3: "שלושים", 4: "ארבעים", 5: "חמישים", 6: "שישים", 7: "שבעים",
           8: "שמונים", 9: "תשעים"}
HE_TEENS = {10: "עשר", 11: "אחת עשרה", 12: "שתים עשרה", 13: "שלוש עשרה", 14: "ארבע עשרה",
            15: "חמש עשרה", 16: "שש עשרה", 17: "שבע עשרה", 18: "שמונה עשרה", 19: "תשע עשרה"}


def he_pairs(digits, sep=", "):
    """Pairs of digits as Hebrew numbers (feminine): '42' -> 'ארבעים ושתיים'."""
    out = []
    for i in range(0, len(digits), 2):
        a, b = int(digits[i]), int(digits[i + 1])
        if a == 0:
            out.append("אפס " + SAY["he_f"][b])
        elif a == 1:
            out.append(HE_TEENS[10 + b])
        elif b == 0:
            out.append(HE_TENS[a])
        else:
            out.append(HE_TENS[a] + " ו" + SAY["he_f"][b])
    return sep.join(out)


@part("he")
def he_part2(a):
    # H6 private valuer: an elderly owner wants to know what her flat is worth
    a("שמאות הכרמל, שלום, במה אפשר לעזור?")
    a("שלום מותק, פה שולה פרץ, אני רוצה למכור את הדירה ורוצה שמאי שיגיד לי כמה היא שווה.",
      [("name", "שולה פרץ")])
    a("שדרות ההסתדרות 40, קומה שנייה, דירה 5, קריית ביאליק.",
      [("address", "שדרות ההסתדרות 40, קומה שנייה, דירה 5, קריית ביאליק")],
      "בסדר גמור. מה הכתובת של הדירה?")
    a("שומה פרטית לדירה כזאת עולה 2,400 שקל כולל מע\"מ, והשמאי יכול להגיע ביום שני הבא.")
    a("הטלפון בבית אפס ארבע, שמונה שבע שתיים, שלושים ושש, עשרים ואחת.",
      [("phone", "אפס ארבע, שמונה שבע שתיים, שלושים ושש, עשרים ואחת")])
    mc = luhn_complete("541275006391824")
    s = ", אה, ".join(say("he_f", mc[i:i + 4]) for i in range(0, 16, 4))
    a("אני אשלם בכרטיס, אני אקריא לאט: %s. זהו." % s, [("card", s, {"value": mc})])
    tz = tz_complete("00483921")
    s = "%s, %s, %s" % (say("he_f", tz[:3]), say("he_f", tz[3:6]), say("he_f", tz[6:]))
    a("זהות %s." % s, [("id", s, {"value": tz})], "בשביל החשבונית אני צריך מספר תעודת זהות.")
    a("השמאי יצלם את כל החדרים ויבדוק את ההיתרים בעירייה, הדוח מוכן תוך חמישה ימי עסקים.")
    il = iban_make("IL", "0126930000000447812")
    a("ואם הקונה ישלם לי חצי מהשמאות, שיעביר לחשבון שלי, %s." % grp(il, [4]),
      [("iban", grp(il, [4]))])

    # H7 house committee: the committee head phones a resident about the lobby works
    a("ערב טוב, מדבר יוסי מוועד הבית, אני מתקשר לגבי התשלום על השיפוץ של הלובי.",
      [("name", "יוסי")])
    a("כן, אני יודעת. זאת מרים, מהקומה הרביעית.", [("name", "מרים")])
    a("כל דירה משלמת 3,200 שקל על הלובי, ואפשר לחלק לשלושה תשלומים.")
    a("תרשום את הטלפון של הבן שלי, הוא מטפל בזה: אפס חמש ארבע, שלוש אחת שתיים, שבעים, "
      "תשעים ותשע.", [("phone", "אפס חמש ארבע, שלוש אחת שתיים, שבעים, תשעים ותשע")])
    il = iban_make("IL", "0207410000000923658")
    a("ואת העודף מהקופה של השנה שעברה תחזירו לי ל-%s." % il, [("iban", il)])
    a("האסיפה הכללית של הדיירים תהיה ביום שני ה-12 בשמונה בערב בלובי.")
    a("בשביל התקנת מעלית צריך רוב של שני שלישים מבעלי הדירות, אז כל קול חשוב.")

    # H8 property portal: a private seller's ad is blocked
    a("דירה ישר שירות לקוחות, עם מי אני מדברת?")
    a("שני רוזן, פרסמתי מודעה למכירת הדירה שלי והיא לא עולה לאתר.", [("name", "שני רוזן")])
    a("בטח שני, תגידי לי את המייל שאיתו נרשמת.", [("name", "שני")])
    a("שני נקודה רוזן שטרודל ג'ימייל נקודה קום",
      [("email", "שני נקודה רוזן שטרודל ג'ימייל נקודה קום")], "בטח שני, תגידי לי את המייל שאיתו נרשמת.")
    a("המודעה נחסמה כי הטלפון בה לא אומת, שלחנו קוד לנייד שמסתיים ב-17.")
    a("אבל הנייד שלי אפס חמש שלוש, תשע שמונה אחת, אפס אפס, שבע עשרה, ולא קיבלתי כלום.",
      [("phone", "אפס חמש שלוש, תשע שמונה אחת, אפס אפס, שבע עשרה")])
    a("הדירה שאני גרה בה, אחד העם 19, דירה 6, גבעתיים.",
      [("address", "אחד העם 19, דירה 6, גבעתיים")],
      "ומה הכתובת של הנכס כמו שהיא צריכה להופיע במודעה?")
    a("מודעה רגילה היא בחינם ל-30 יום, ומודעה מודגשת עולה 149 שקל.")
    v = luhn_complete("401288150736492")
    s = he_pairs(v)
    a("אז את המודגשת, תחייבו את הויזה: %s." % s, [("card", s, {"value": v})])

    # H9 urban-renewal project: an elderly resident before the demolition
    a("שלום, הגעתם לקו הדיירים של פרויקט פינוי בינוי רמת יוסף, אני מקשיבה.")
    a("שלום, שמי אברהם מזרחי, קוראים לי אבי, אני מהבניינים הישנים בשכונה.",
      [("name", "אברהם מזרחי"), ("name", "אבי")])
    a("חתמתי על ההסכם, ועכשיו אומרים לי שצריך להעביר לכם תעודת זהות ותאריך לידה בשביל שכר "
      "הדירה בזמן הבנייה.")
    tz = tz_complete("01538264")
    s = ", ".join(say("he_m", tz[i:i + 3]) for i in range(0, 9, 3))
    a("בבקשה: %s." % s, [("id", s, {"value": tz})], "בסדר, תקריא לי את מספר תעודת הזהות.")
    a("נולדתי בט\"ו בשבט תש\"ח, זה יוצא עשרים ושישה בינואר ארבעים ושמונה.",
      [("date_of_birth", "ט\"ו בשבט תש\"ח"),
       ("date_of_birth", "עשרים ושישה בינואר ארבעים ושמונה")])
    a("הכתובת שלי כרגע, עד הפינוי, רחוב הקוממיות 22, כניסה ב', דירה 8, בת ים.",
      [("address", "רחוב הקוממיות 22, כניסה ב', דירה 8, בת ים")])
    il = iban_make("IL", "0126050000000338104")
    a("הנכד שלי כתב לי את זה על פתק: %s." % grp(il, [4]), [("iban", grp(il, [4]))],
      "לאיזה חשבון להעביר את שכר הדירה החודשי?")
    a("שכר הדירה החלופי הוא 5,800 שקל לחודש עד מסירת הדירה החדשה, בערך 42 חודשים.")
    a("הדירה החדשה תהיה גדולה ב-12 מטר, פלוס מרפסת שמש וחניה.")
    a("הטלפון שלי בבית זה 03-5517462, ובנייד תתקשרי לבת שלי.", [("phone", "03-5517462")])

    # H10 home inspection: an immigrant from New Jersey buys in Beit Shemesh
    a("בדק בית מהנדסים, שלום.")
    a("היי, אני שירה גולדברג, אה, סליחה על העברית שלי, אנחנו קונים דירה יד שנייה בבית שמש.",
      [("name", "שירה גולדברג")])
    a("זה ברחוב נחל שורק 14, דירה 3... wait, sorry, דירה 4, בבית שמש.",
      [("address", "נחל שורק 14, דירה 3... wait, sorry, דירה 4, בבית שמש")],
      "אין בעיה, העברית שלך מצוינת. איפה הדירה?")
    a("בדיקה לדירת ארבעה חדרים עולה 1,650 שקל, כולל דוח עם תמונות ותרמוגרפיה לרטיבות.")
    a("המייל זה shira.goldberg@gmail.com, עם אותיות קטנות.",
      [("email", "shira.goldberg@gmail.com")])
    ax = luhn_complete("37155842091763")
    s = "%s, %s, %s" % (say("he_f", ax[:4]), say("he_f", ax[4:10]), say("he_f", ax[10:]))
    a("כרטיס אמריקן אקספרס: %s." % s, [("card", s, {"value": ax})])
    tz = tz_complete("34528670")
    a("ומספר תעודת זהות לחשבונית, %s" % tz, [("id", tz)])
    a("אפשר גם בוואטסאפ, המספר האמריקאי שלי +1 201 834 7716.", [("phone", "+1 201 834 7716")])
    a("המהנדס יכול להגיע ביום ראשון בעשר, זה לוקח בערך שלוש שעות.")

    # H11 mortgage broker: a couple from Taibe build on family land
    a("משכנתא חכמה, שלום.")
    a("שלום, אני סמאח חאג' יחיא מטייבה, אני ובעלי רוצים לבנות בית על מגרש של המשפחה.",
      [("name", "סמאח חאג' יחיא")])
    a("בנייה עצמית זה מסלול קצת אחר, הבנק משחרר את הכסף בשלבים לפי דוח של שמאי.")
    tz = tz_complete("20347185")
    a("ת\"ז %s" % tz, [("id", tz)], "אני צריכה תעודות זהות של שניכם.")
    a("אז זה %s-%s-%s, נכון?" % (tz[:3], tz[3:6], tz[6:]),
      [("id", "%s-%s-%s" % (tz[:3], tz[3:6], tz[6:]))])
    a("אני 13.6.1990, ובעלי נולד ב-2 בינואר 1987.",
      [("date_of_birth", "13.6.1990"), ("date_of_birth", "2 בינואר 1987")],
      "ותאריכי לידה?")
    a("מספר הנייד שלי אפס חמש שתיים, ארבע ארבע אחת, שמונה שבע, שלושים ושש.",
      [("phone", "אפס חמש שתיים, ארבע ארבע אחת, שמונה שבע, שלושים ושש")])
    a("המייל samah.hy@hotmail.com", [("email", "samah.hy@hotmail.com")])
    il = iban_make("IL", "0546810000000170342")
    s = "IL %s, %s" % (say("he_f", il[2:4]),
                       ", ".join(say("he_f", il[i:i + 4]) for i in range(4, 23, 4)))
    a("החשבון שלנו בבנק הערבי, %s." % s, [("iban", s, {"value": il})])
    a("אנחנו גרים ברחוב אבן סינא 7, טייבה, ליד המסגד הגדול.",
      [("address", "רחוב אבן סינא 7, טייבה")], "ומה הכתובת שלכם היום?")
    dn = luhn_complete("3641820759126")
    a("את דמי הטיפול אני משלמת בדיינרס, %s." % grp(dn, [4, 6, 4]), [("card", grp(dn, [4, 6, 4]))])
    a("הבנק אישר עד שבעים וחמישה אחוז מימון, כי זו דירה ראשונה.")
    a("הפגישה בבנק ביום רביעי ה-18 בשתיים וחצי, בסניף בכפר סבא.")

    # H12 building-management helpline: the lift is out again
    a("שלום, זה סבטלנה לוין, אני רוצה להתלונן, המעלית לא עובדת כבר שלושה ימים!",
      [("name", "סבטלנה לוין")])
    a("שדרות ירושלים 112, קומה תשע, אני לא יכולה ללכת תשע קומות ברגל!",
      [("address", "שדרות ירושלים 112, קומה תשע")], "אני מצטערת לשמוע. מה הכתובת?")
    a("הטכנאי של חברת המעליות יגיע מחר בין שמונה לשתיים, החלק צריך להגיע מאיטליה.")
    a("פתחתי קריאה, מספר הקריאה 5530917.")
    a("בחודש שעבר שילמנו 60 שקל יותר בגלל חוזה השירות של המעלית.")
    v = luhn_complete("455701846223910")
    s = ", ".join(say("he_f", v[i:i + 4]) for i in range(0, 16, 4))
    a("ואני רוצה לשלם את החוב של דמי הניהול, ויזה %s." % s, [("card", s, {"value": v})])
    a("sveta.levin שטרודל yandex נקודה ru", [("email", "sveta.levin שטרודל yandex נקודה ru")],
      "לאיזה מייל לשלוח את הקבלה?")

    # non-personal lines: companies, projects, streets as landmarks, months
    a("מעלית השבת פועלת מכניסת שבת ועד צאת שבת, כמו תמיד.")
    a("יש לנו דירות של אפריקה ישראל ושל שיכון ובינוי באותו אזור, ממש ליד רחוב אלנבי.")
    a("הפרויקט נקרא גני אביב, והבנייה אמורה להסתיים באדר, בערך במרץ 2026.")
    a("דירת גן של 130 מטר ב-3,950,000, עם גינה של 80 מטר.")
    a("המשרד שלנו בקניון עזריאלי סגור בשבת, ובשישי פתוח עד אחת.")


def ai(s):
    """Western digits to Arabic-Indic digits."""
    return s.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))


@part("ar")
def ar_part1(a):
    # A1 real-estate office, Riyadh (Gulf): a buyer asks about a villa and pays a deposit
    a("مكتب دار الإعمار للعقار، معك فهد، تفضل.", [("name", "فهد")])
    a("هلا والله، أنا عبدالعزيز الدوسري، شفت إعلانكم عن الفيلا اللي في حي النرجس.",
      [("name", "عبدالعزيز الدوسري")])
    a("حياك الله يا عبدالعزيز، الفيلا مساحتها ٣٧٥ متر، والسوم واصل مليونين ومية ألف.",
      [("name", "عبدالعزيز")])
    a("طيب أبي أشوفها بكرة بعد العصر إذا ممكن.")
    a("صفر خمسة خمسة، ثلاثة اثنين سبعة، ثمانية ثمانية واحد تسعة",
      [("phone", "صفر خمسة خمسة، ثلاثة اثنين سبعة، ثمانية ثمانية واحد تسعة")],
      "تمام، عطني رقم جوالك عشان أرسل لك اللوكيشن.")
    a("السعي اثنين ونص بالمية، ويندفع يوم الإفراغ.")
    nid = luhn_complete("105837264")
    s = "%s، %s، %s" % (say("ar_gulf", nid[:4]), say("ar_gulf", nid[4:7]), say("ar_gulf", nid[7:]))
    a("الهوية %s." % s, [("id", s, {"value": nid})],
      "عشان نكتب عقد العربون أحتاج رقم الهوية.")
    a("يعني %s صح؟" % ai(nid), [("id", ai(nid))])
    a("مواليد ١٥/٧/١٤٠٧ هجري.", [("date_of_birth", "١٥/٧/١٤٠٧ هجري")], "وتاريخ الميلاد؟")
    sa = iban_make("SA", "80000000608010167519")
    a("إذا ما تم البيع رجعوا العربون على الآيبان حقي: %s" % grp(sa, [4]),
      [("iban", grp(sa, [4]))])
    a("ساكن في حي الملقا، شارع أنس بن مالك، فيلا ٢٣.",
      [("address", "حي الملقا، شارع أنس بن مالك، فيلا ٢٣")], "ووين ساكن حالياً؟")

    # A2 developer's sales centre, Dubai (Emirati): an off-plan flat
    a("مساء الخير، مركز مبيعات واحة الخور، كيف أقدر أساعدك؟")
    a("مساء النور، معاك شمّا المزروعي، أبا أستفسر عن الشقق اللي بتنسلم السنة الياية.",
      [("name", "شمّا المزروعي")])
    a("أهلين أختي شمّا، عندنا غرفتين وصالة بمليون وثلاثمية ألف، وخطة السداد ستين أربعين.",
      [("name", "شمّا")])
    a("رقمي صفر خمسين، سبعة ستة ثلاثة، أربعة واحد اثنين اثنين.",
      [("phone", "صفر خمسين، سبعة ستة ثلاثة، أربعة واحد اثنين اثنين")])
    a("الإيميل shamma.almazrouei@outlook.com", [("email", "shamma.almazrouei@outlook.com")])
    ae = iban_make("AE", "0350000012906644817")
    a("التحويل بيكون من حسابي في بنك أبوظبي الأول، الآيبان %s" % grp(ae, [4]),
      [("iban", grp(ae, [4]))])
    a("رسوم التسجيل في دائرة الأراضي أربعة بالمية من قيمة العقار.")
    v = luhn_complete("456207318864102")
    s = "، ".join(say("ar_gulf", v[i:i + 4]) for i in range(0, 16, 4))
    a("الحجز عشرين ألف درهم، بدفعه بالبطاقة الحين: %s." % s, [("card", s, {"value": v})])
    a("٢٣ فبراير ١٩٩٠", [("date_of_birth", "٢٣ فبراير ١٩٩٠")], "وتاريخ الميلاد حسب الجواز؟")
    a("التسليم متوقع في الربع الثالث من ٢٠٢٦، وفيه ضمان سنة على التشطيبات.")

    # A3 compound developer, Cairo (Egyptian): an instalment payment
    a("شركة الريادة للتطوير العقاري، صباح الخير، معاكي مروة.", [("name", "مروة")])
    a("صباح النور يا فندم، أنا محمد عبد الحميد، بس الكل بيقولي حمادة، كنت حاجز شقة في "
      "كمبوند النخيل.", [("name", "محمد عبد الحميد"), ("name", "حمادة")])
    a("أهلاً يا أستاذ محمد، ثانية واحدة أفتح الملف.", [("name", "محمد")])
    a("القسط الربع سنوي عليك ١٨٧ ألف و٥٠٠ جنيه، ومعاده أول الشهر الجاي.")
    v = luhn_complete("412751909384627")
    s = "، ".join(say("ar_eg", v[i:i + 4]) for i in range(0, 16, 4))
    a("عايز أدفع جزء بالفيزا: %s." % s, [("card", s, {"value": v})])
    a("رقمي اتغير، الجديد صفر واحد اتنين، تمانية اربعة ستة، خمسة سبعة صفر، اتنين واحد.",
      [("phone", "صفر واحد اتنين، تمانية اربعة ستة، خمسة سبعة صفر، اتنين واحد")])
    eg = iban_make("EG", "0019000500000002631002567")
    a("وعايز أعمل تحويل شهري من حسابي، الآيبان بتاعي %s" % grp(eg, [4]),
      [("iban", grp(eg, [4]))])
    a("العنوان اللي عندكم قديم، أنا دلوقتي ساكن في ١٥ شارع مكرم عبيد، الدور التالت، شقة ٩، "
      "مدينة نصر.", [("address", "١٥ شارع مكرم عبيد، الدور التالت، شقة ٩، مدينة نصر")])
    a("والإيميل hamada_abdelhamid@yahoo.com", [("email", "hamada_abdelhamid@yahoo.com")])
    a("التسليم اتأخر ست شهور بسبب التراخيص، والشركة هتعوضكم بخصم اتنين في المية.")

    # A4 home-finance broker, Amman (Levantine): a flat in Khalda
    a("مرحبا، شركة بيت المستقبل للوساطة التمويلية، معك سامر.", [("name", "سامر")])
    a("مرحبا، أنا رزان الخطيب، بدي أستفسر عن تمويل سكني لشقة بخلدا.",
      [("name", "رزان الخطيب")])
    a("أهلا رزان، قديش سعر الشقة تقريباً؟", [("name", "رزان")])
    a("تقريباً خمسة وتسعين ألف دينار، ومعي دفعة أولى عشرين بالمية.")
    a("الأقساط رح تكون على عشرين سنة، والمرابحة حالياً حوالي سبعة ونص بالمية.")
    a("تاريخ ميلادي تسعة عشر، أربعة، تسعين... لا لا، واحد وتسعين.",
      [("date_of_birth", "تسعة عشر، أربعة، تسعين... لا لا، واحد وتسعين")])
    a("صفر سبعة تسعة، خمسة خمسة اربعة، تنين تلاتة، تسعة تمانية",
      [("phone", "صفر سبعة تسعة، خمسة خمسة اربعة، تنين تلاتة، تسعة تمانية")],
      "وشو رقم موبايلك؟")
    a("الإيميل رزان دوت خطيب ات جيميل دوت كوم", [("email", "رزان دوت خطيب ات جيميل دوت كوم")])
    jo = iban_make("JO", "ARAB1320000000132045671102")
    a("راتبي بينزل على حسابي بالبنك العربي، الآيبان %s." % grp(jo, [4]),
      [("iban", grp(jo, [4]))])
    v = luhn_complete("522084116357290")
    a("رسوم دراسة الملف خمسين دينار، بدفعهم بالبطاقة: %s" % ai(grp(v, [4], "-")),
      [("card", ai(grp(v, [4], "-")))])
    a("عمّان، خلدا، شارع وصفي التل، عمارة ٢٥، شقة ٤.",
      [("address", "عمّان، خلدا، شارع وصفي التل، عمارة ٢٥، شقة ٤")], "وعنوانك الحالي؟")

    # A5 syndic of a residence, Casablanca (Moroccan): a co-owner pays her dues
    a("ألو، السانديك ديال إقامة الياسمين؟")
    a("إيه نعم، معاك يوسف، شنو بغيتي؟", [("name", "يوسف")])
    a("أنا فاطمة الزهراء بناني، ساكنة فالعمارة ب، وبغيت نخلص الواجبات ديال السانديك.",
      [("name", "فاطمة الزهراء بناني")])
    a("الواجبات هي ٢٤٠٠ درهم للعام، يعني ٢٠٠ درهم فالشهر، وعليك ثلاثة ديال الشهور.")
    a("زنقة ابن بطوطة رقم ٤٥، العمارة ب، الشقة ١٢، المعاريف، الدار البيضاء.",
      [("address", "زنقة ابن بطوطة رقم ٤٥، العمارة ب، الشقة ١٢، المعاريف، الدار البيضاء")],
      "عطيني العنوان ديالك كامل باش نقلب عليك.")
    a("النمرة ديالي زيرو ستة، ستة صفر، تمنية جوج، ربعة ستة، خمسة تسعود.",
      [("phone", "زيرو ستة، ستة صفر، تمنية جوج، ربعة ستة، خمسة تسعود")])
    v = luhn_complete("462791033857410")
    a("غادي نخلص بالكارط ديال البنك، %s." % grp(v, [4]), [("card", grp(v, [4]))])
    ma = iban_make("MA", "007780000341200021736415")
    a("ولا ديرو ليا فيرمون من الحساب ديالي، هاهو: %s" % grp(ma, [4]), [("iban", grp(ma, [4]))])
    a("الجمع العام ديال الملاكين غادي يكون نهار السبت ١٥ مارس مع الخمسة ديال العشية.")
    a("الإيمايل ديالي fz.bennani@gmail.com", [("email", "fz.bennani@gmail.com")])
    a("ولقينا شركة جديدة ديال التنظيف، غادي تبدا من فاتح أبريل.")


@part("ar")
def ar_part2(a):
    # A6 owners'-association management, Riyadh (formal MSA): a quarterly maintenance charge
    a("شركة الندى لإدارة المرافق، إدارة اتحاد الملاك، السلام عليكم.")
    a("وعليكم السلام، معك خالد بن سعد العتيبي، مالك وحدة في برج الندى.",
      [("name", "خالد بن سعد العتيبي")])
    a("وصلتني مطالبة برسوم الصيانة للربع الأول بقيمة أربعة آلاف وثمانمئة ريال، وأرغب في "
      "الاستفسار عنها.")
    a("المبلغ يشمل صيانة المصاعد والحراسة وتنظيف المواقف، حسب الميزانية المعتمدة في اجتماع "
      "الجمعية العمومية.")
    nid = luhn_complete("102948375")
    a("رقم الهوية الوطنية %s." % nid, [("id", nid)],
      "للتحقق من الملكية، أرجو تزويدي برقم الهوية الوطنية.")
    s = say("ar_msa", nid, sep="، ")
    a("شكراً، أكرر: %s، صحيح؟" % s, [("id", s, {"value": nid})])
    addr = "٧٢٣٤ شارع الأمير سلطان، حي الروضة، الرياض ١٢٨٣٤، الرقم الإضافي ٣٣٢١"
    a("العنوان الوطني: %s." % addr, [("address", addr)], "ما هو عنوانك الوطني المسجل لدينا؟")
    a("تاريخ الميلاد الثالث من رمضان عام ألف وأربعمئة وثلاثة هجرية.",
      [("date_of_birth", "الثالث من رمضان عام ألف وأربعمئة وثلاثة هجرية")])
    sa = iban_make("SA", "45000000281194706318")
    s = "إس إيه %s، %s" % (say("ar_msa", sa[2:4]),
                          "، ".join(say("ar_msa", sa[i:i + 4]) for i in range(4, 24, 4)))
    a("أرغب في السداد عبر الخصم المباشر من حسابي، رقم الآيبان: %s." % s,
      [("iban", s, {"value": sa})])
    a("البريد الإلكتروني k.alotaibi@hotmail.com", [("email", "k.alotaibi@hotmail.com")])
    a("سيتم إصدار الفاتورة الضريبية خلال ثلاثة أيام عمل، ورقم الطلب ٨٨٤٥١٢٠.")

    # A7 valuer, Irbid (rural Levantine): an older man selling his house
    a("مكتب الشمال للتقدير العقاري، مرحبا.")
    a("مرحبا عمي، أنا أبو خالد، محمود الزعبي، بدي أبيع الأرض والدار اللي بإربد وبدي حد "
      "يخمّنها.", [("name", "أبو خالد"), ("name", "محمود الزعبي")])
    q = "أهلا وسهلا عمي، وين موقع الدار بالزبط؟"
    a(q)
    a("إربد، الحي الشرقي، شارع الملك عبدالله، عمارة ١٧، جنب مسجد الصحابة.",
      [("address", "إربد، الحي الشرقي، شارع الملك عبدالله، عمارة ١٧")], q)
    a("التخمين بكلف مية وخمسين دينار، والمخمّن بيجي يوم الأحد الصبح.")
    a("تلفوني صفر سبعة سبعة، ستة تنين تسعة، خمسة وأربعين، واحد وسبعين.",
      [("phone", "صفر سبعة سبعة، ستة تنين تسعة، خمسة وأربعين، واحد وسبعين")])
    a("الأرض مساحتها دونم ونص، والسعر بالمنطقة حوالي ستين ألف للدونم.")
    a("أول الشهر الأول سنة تسعة وأربعين، هيك مكتوب بالهوية.",
      [("date_of_birth", "أول الشهر الأول سنة تسعة وأربعين")],
      "وتاريخ ميلادك عمي، مشان الفاتورة؟")

    # A8 property portal, Alexandria (Egyptian): a seller's ad shows a wrong number
    a("أهلاً بيك في عقار ماب، خدمة العملاء.")
    a("أيوه، أنا منى السيد من إسكندرية، نزلت إعلان لبيع شقتي والناس مش عارفة توصلي.",
      [("name", "منى السيد")])
    a("تحت أمرك يا مدام منى، الإعلان على أنهي إيميل؟", [("name", "منى")])
    a("منى دوت السيد تمانية وتمانين ات ياهو دوت كوم",
      [("email", "منى دوت السيد تمانية وتمانين ات ياهو دوت كوم")],
      "تحت أمرك يا مدام منى، الإعلان على أنهي إيميل؟")
    a("رقم الموبايل اللي في الإعلان غلط، الصح صفر واحد واحد، اربعة صفر تمانية ستة، تلاتة "
      "اتنين تسعة سبعة.",
      [("phone", "صفر واحد واحد، اربعة صفر تمانية ستة، تلاتة اتنين تسعة سبعة")])
    a("الشقة اللي أنا ساكنة فيها، ٤٢ شارع خالد بن الوليد، سيدي بشر، الدور السابع.",
      [("address", "٤٢ شارع خالد بن الوليد، سيدي بشر، الدور السابع")])
    a("الشقة ١٤٠ متر، تلات أوض وصالة، وطالبة فيها ٤ مليون و٢٠٠ ألف.")
    a("الباقة المميزة بـ ٤٥٠ جنيه في الشهر، والإعلان بيطلع في أول الصفحة.")
    v = luhn_complete("543618902271564")
    a("تمام، هدفع الباقة بالكارت، %s." % grp(v, [4]), [("card", grp(v, [4]))])

    # A9 real-estate office, Jeddah: a Yemeni resident with an Iqama
    a("مؤسسة البيت الأخضر للعقارات بجدة، معك قسم المبيعات.")
    a("السلام عليكم، أنا عمر صالح باوزير، مقيم يمني، وأبغى أعرف هل يحق لي أشتري شقة؟",
      [("name", "عمر صالح باوزير")])
    a("نعم يا أستاذ عمر، المقيم يقدر يتملك سكن واحد بعد موافقة الجهات المختصة.",
      [("name", "عمر")])
    iq = luhn_complete("241769305")
    s = "%s، %s، %s" % (say("ar_gulf", iq[:3]), say("ar_gulf", iq[3:6]), say("ar_gulf", iq[6:]))
    a("رقم الإقامة %s." % s, [("id", s, {"value": iq})], "طيب أحتاج رقم الإقامة.")
    a("سجلت الإقامة %s، تمام." % ai(iq), [("id", ai(iq))])
    a("مواليد ١٩٨٤/١١/٠٢ ميلادي.", [("date_of_birth", "١٩٨٤/١١/٠٢")])
    a("جوالي %s" % ai("0568843217"), [("phone", ai("0568843217"))])
    a("الشقة في حي الصفا، خمس غرف، بسعر ثمانمية وخمسين ألف ريال.")
    v = luhn_complete("484783019264510")
    s = "%s، يعني، %s، %s، %s" % tuple(say("ar_msa", v[i:i + 4]) for i in range(0, 16, 4))
    a("رسوم الحجز أدفعها بمدى: %s." % s, [("card", s, {"value": v})])
    a("والإيميل omar.bawazir at gmail.com", [("email", "omar.bawazir at gmail.com")])

    # A10 tower management, Sharjah (Syrian): a service-charge invoice
    a("إدارة أبراج القصباء، مسا الخير.")
    a("مسا النور، معك ريم الحلبي، أنا مالكة شقة بالبرج التاني وعندي مشكلة بفاتورة رسوم "
      "الخدمات.", [("name", "ريم الحلبي")])
    q = "أكيد مدام، شو رقم الشقة والبرج؟"
    a(q)
    a("برج القصباء ٢، شقة ١٤٠٧، شارع الخان، الشارقة.",
      [("address", "برج القصباء ٢، شقة ١٤٠٧، شارع الخان، الشارقة")], q)
    a("الرسوم السنوية ١٢ درهم للقدم المربع، وشقتك ١١٠٠ قدم، يعني ١٣ ألف و٢٠٠.")
    v = luhn_complete("422019875530681")
    s = "، ".join(say("ar_lev", v[i:i + 4]) for i in range(0, 16, 4))
    a("بدي ادفع نصها هلق بالبطاقة: %s." % s, [("card", s, {"value": v})])
    a("رقمي صفر خمسة ستة، تلاتة تلاتة تمانية، سبعة صفر اربعة تنين.",
      [("phone", "صفر خمسة ستة، تلاتة تلاتة تمانية، سبعة صفر اربعة تنين")])
    a("ايميلي reem_halabi93@yahoo.com", [("email", "reem_halabi93@yahoo.com")])
    a("خمسطعش تموز تلاتة وتسعين.", [("date_of_birth", "خمسطعش تموز تلاتة وتسعين")],
      "وتاريخ الميلاد مشان التسجيل على بوابة الملاك؟")
    ae = iban_make("AE", "0330000019384726150")
    a("والمبلغ الزيادة رجعوه على حسابي: %s" % ae, [("iban", ae)])
    a("الصيانة رح تصلح المكيف المركزي يوم التلات، من تسعة الصبح لخمسة العصر.")

    # A11 building inspection, Riyadh (Najdi): a pre-purchase inspection
    a("شركة فحص للمباني، كيف أخدمك؟")
    a("هلا، أنا نورة القحطاني، بنشتري بيت في حي اليرموك وأبي فحص قبل الإفراغ.",
      [("name", "نورة القحطاني")])
    a("أبشري، الفحص الشامل للفيلا بألف وتسعمية ريال، ويطلع التقرير خلال ثمانية وأربعين ساعة.")
    nid = luhn_complete("110642973")
    a("%s" % ai(nid), [("id", ai(nid))], "عطيني رقم الهوية عشان الفاتورة.")
    s = say("ar_gulf", nid, sep=" ")
    a("طيب أعيده: %s." % s, [("id", s, {"value": nid})])
    a("٢٠/١٠/١٤١٢", [("date_of_birth", "٢٠/١٠/١٤١٢")], "وتاريخ الميلاد اللي على الهوية؟")
    a("حي اليرموك، شارع ابن الهيثم، فيلا رقم ٤٨، الرياض.",
      [("address", "حي اليرموك، شارع ابن الهيثم، فيلا رقم ٤٨، الرياض")], "وين موقع البيت بالضبط؟")
    v = luhn_complete("440647218809356")
    a("أدفع بمدى، %s" % ai(grp(v, [4])), [("card", ai(grp(v, [4])))])
    sa = iban_make("SA", "10000000137255408196")
    a("وإذا تكنسل الفحص رجعوا المبلغ على الآيبان %s" % grp(sa, [4]), [("iban", grp(sa, [4]))])

    # non-personal lines: developers, districts, deeds, meetings, prices
    a("عندنا مشاريع لإعمار وداماك وسوبها في نفس المنطقة، والأسعار تبدأ من ٩٠٠ ألف درهم.")
    a("فيلا في حي الياسمين مساحتها ٦٢٥ متر، وعمر البناء ثمان سنوات.")
    a("رقم الصك ٣١٠١١٥٠٤٧٢٢٨ وهو صك إلكتروني محدث.")
    a("الاجتماع السنوي لاتحاد الملاك يوم الخميس ٢٠ نوفمبر الساعة سبعة ونص مساءً في قاعة البرج.")
    a("الشقة في الطابق السادس، تطل على شارع الملك فهد، والسعر مليون ومئتين ألف ريال.")
    a("القسط الشهري بيطلع حوالي ١٢ ألف و٥٠٠ جنيه على تمن سنين، من غير فوايد.")
    a("كنا بغينا نصلحو السطح قبل الشتا، والدوفي ديالو كيكلف ٣٥ ألف درهم.")
    a("رقم الطلب الخاص بك هو ٤٥٨٢٢٠١٩٧٦٣٤١٠٥٨، احتفظ به للمراجعة.")
    a("عمولة المكتب واحد بالمية من البايع وواحد بالمية من المشتري.")
    a("المكتب مسكر يوم الجمعة، ويوم السبت منفتح من عشرة لخمسة.")


EL_HUND = {1: "εκατόν", 2: "διακόσια", 3: "τριακόσια", 4: "τετρακόσια", 5: "πεντακόσια",
           6: "εξακόσια", 7: "εφτακόσια", 8: "οχτακόσια", 9: "εννιακόσια"}


def el3(d):
    """Three digits as one Greek number: '127' -> 'εκατόν είκοσι εφτά', '058' -> 'μηδέν πενήντα οχτώ'."""
    if d[0] == "0":
        return "μηδέν " + pair("el", d[1:])
    h = int(d[0])
    if d[1:] == "00":
        return "εκατό" if h == 1 else EL_HUND[h]
    if d[1] == "0":
        return EL_HUND[h] + " " + SAY["el"][int(d[2])]
    return EL_HUND[h] + " " + pair("el", d[1:])


@part("el")
def el_part1(a):
    # G1 estate agency, Athens: a young buyer asks about a flat in Kypseli
    a("Ακίνητα Λυκαβηττός, καλημέρα σας, η Δέσποινα στο τηλέφωνο.", [("name", "Δέσποινα")])
    a("Καλημέρα, εεε, τηλεφωνώ για το δυάρι στην Κυψέλη, αυτό με τις εκατόν σαράντα χιλιάδες.")
    q = ("Μάλιστα. Είναι 68 τετραγωνικά, τρίτος όροφος, κατασκευή του 1974, με αυτόνομη "
         "θέρμανση. Με ποιον μιλάω;")
    a(q)
    a("Γιώργος Παπαδάκης. Γιωργάκη με λένε όλοι, αλλά εντάξει.",
      [("name", "Γιώργος Παπαδάκης"), ("name", "Γιωργάκη")], q)
    a("Ωραία κύριε Παπαδάκη, μπορούμε να το δούμε την Πέμπτη στις έξι το απόγευμα.",
      [("name", "Παπαδάκη")])
    a("Το κινητό μου είναι έξι εννιά επτά, τέσσερα πέντε ένα, είκοσι δύο, δεκαοχτώ.",
      [("phone", "έξι εννιά επτά, τέσσερα πέντε ένα, είκοσι δύο, δεκαοχτώ")])
    a("και το mail giorgos.papadakis@yahoo.gr", [("email", "giorgos.papadakis@yahoo.gr")])
    a("Η αμοιβή μας είναι δύο τοις εκατό συν ΦΠΑ, και πληρώνεται την ημέρα του συμβολαίου.")
    afm = afm_complete("05831279")
    s = "%s, %s, %s" % (say("el", afm[:3]), say("el", afm[3:6]), say("el", afm[6:]))
    a("Ναι, εεε, %s." % s, [("id", s, {"value": afm})],
      "Για την έγγραφη προσφορά θα χρειαστώ τον ΑΦΜ σας.")
    a("Μένω στην Αχαρνών 251, πέμπτος όροφος, Αθήνα, 10446.",
      [("address", "Αχαρνών 251, πέμπτος όροφος, Αθήνα, 10446")],
      "Και η διεύθυνση κατοικίας σας;")

    # G2 mortgage broker: a young woman asks whether she qualifies for a loan
    a("Στέγη Finance, σύμβουλοι στεγαστικών δανείων, καλησπέρα.")
    a("Καλησπέρα, λέγομαι Αικατερίνη Νικολάου, αλλά όλοι με λένε Κατερίνα. Θέλω να δω αν "
      "δικαιούμαι δάνειο.", [("name", "Αικατερίνη Νικολάου"), ("name", "Κατερίνα")])
    a("Βεβαίως κυρία Νικολάου. Για την προέγκριση θα χρειαστώ ΑΦΜ, ημερομηνία γέννησης και "
      "εκκαθαριστικό.", [("name", "Νικολάου")])
    afm = afm_complete("12794063")
    s = "%s, %s, %s" % (el3(afm[:3]), el3(afm[3:6]), el3(afm[6:]))
    a("Ο ΑΦΜ μου είναι %s." % s, [("id", s, {"value": afm})])
    a("Άρα %s %s %s, σωστά;" % (afm[:3], afm[3:6], afm[6:]),
      [("id", "%s %s %s" % (afm[:3], afm[3:6], afm[6:]))])
    a("Γεννήθηκα δεκαεφτά Ιουνίου του ογδόντα εννιά.",
      [("date_of_birth", "δεκαεφτά Ιουνίου του ογδόντα εννιά")])
    a("Με μισθό γύρω στα 1.450 καθαρά, η δόση για 120.000 σε 25 χρόνια βγαίνει γύρω στα 610 "
      "ευρώ.")
    a("katerina τελεία nikolaou89 παπάκι gmail τελεία com",
      [("email", "katerina τελεία nikolaou89 παπάκι gmail τελεία com")],
      "Και ένα email για να σας στείλω τη λίστα με τα δικαιολογητικά;")
    a("Και στο κινητό εξήντα εννιά σαράντα τέσσερα, δώδεκα, μηδέν επτά, πενήντα πέντε.",
      [("phone", "εξήντα εννιά σαράντα τέσσερα, δώδεκα, μηδέν επτά, πενήντα πέντε")])
    gr = iban_make("GR", "01101400000014029671385")
    a("Ο μισθός μου πέφτει στην Εθνική, το IBAN είναι %s." % grp(gr, [4]),
      [("iban", grp(gr, [4]))])
    a("Το επιτόκιο σήμερα είναι γύρω στο 3,8% σταθερό για τα πρώτα πέντε χρόνια.")
    a("Η διεύθυνσή μου είναι Θησέως 18, Καλλιθέα, 17671.",
      [("address", "Θησέως 18, Καλλιθέα, 17671")])

    # G3 building-expenses company: an elderly owner disputes her monthly share
    a("Διαχειριστική Αττικής, παρακαλώ.")
    a("Γεια σας παιδί μου, η κυρία Σταματοπούλου είμαι, η Κούλα, από την Πατησίων.",
      [("name", "Σταματοπούλου"), ("name", "Κούλα")])
    q = "Ναι κυρία Κούλα, πείτε μου τη διεύθυνση ακριβώς και τον όροφο."
    a(q, [("name", "Κούλα")])
    a("Πατησίων 112, τέταρτος όροφος, το διαμέρισμα Δ4.",
      [("address", "Πατησίων 112, τέταρτος όροφος, το διαμέρισμα Δ4")], q)
    a("Τα κοινόχρηστα του Νοεμβρίου βγήκαν 142 ευρώ γιατί μπήκε το πετρέλαιο θέρμανσης.")
    a("Γιατί τόσα; Πέρσι τέτοια εποχή δίναμε ογδόντα!")
    v = luhn_complete("491673825503172")
    s = say("el", v, sep=", ")
    a("Θα πληρώσω με την κάρτα, να σας πω τα νούμερα: %s. Τα είπα σωστά;" % s,
      [("card", s, {"value": v})])
    a("Το σπίτι είναι διακόσια δέκα, οχτακόσια εξήντα ένα, σαράντα δύο, τριάντα.",
      [("phone", "διακόσια δέκα, οχτακόσια εξήντα ένα, σαράντα δύο, τριάντα")],
      "Ένα τηλέφωνο επικοινωνίας;")
    gr = iban_make("GR", "01720490000204038817622")
    a("Και από εδώ και πέρα να τα παίρνετε από τον λογαριασμό, ο γιος μου μου το έγραψε: %s"
      % grp(gr, [4]), [("iban", grp(gr, [4]))])
    a("Η γενική συνέλευση της πολυκατοικίας είναι την Τρίτη 14 Οκτωβρίου στις οχτώ το βράδυ, "
      "στην είσοδο.")
    a("Ο ανελκυστήρας θα είναι εκτός λειτουργίας Δευτέρα και Τρίτη για την ετήσια επιθεώρηση.")

    # G4 developer in Limassol (Cypriot): a flat in a new project
    a("Καλημέρα, Ακίνητα Παλαιμύλου, είμαι η Άντρη, πώς μπορώ να βοηθήσω;", [("name", "Άντρη")])
    a("Καλημέρα, ο Χαμπής Γεωργίου είμαι, θέλω να ρωτήσω για το διαμέρισμα στο καινούριο "
      "έργο στη Γερμασόγεια.", [("name", "Χαμπής Γεωργίου")])
    a("Ναι, εν δυάρι στον δεύτερο όροφο, διακόσες ογδόντα χιλιάδες συν ΦΠΑ, τζαι παραδίδεται "
      "τον Ιούνιο του 2026.")
    a("Το κινητό μου εννιά εννιά, τέσσερα τρία, εξήντα επτά, είκοσι ένα.",
      [("phone", "εννιά εννιά, τέσσερα τρία, εξήντα επτά, είκοσι ένα")])
    a("Το email μου εν chambis.georgiou@cytanet.com.cy",
      [("email", "chambis.georgiou@cytanet.com.cy")])
    v = luhn_complete("517804229361845")
    a("Εντάξει, με την κάρτα: %s." % grp(v, [4]), [("card", grp(v, [4]))],
      "Για να το κρατήσουμε θέλουμε δύο χιλιάδες κράτηση.")
    cy = iban_make("CY", "002001950000357019284431")
    a("Τζαι το υπόλοιπο της προκαταβολής θα το στείλω που την Τράπεζα Κύπρου, το IBAN μου "
      "εν %s." % grp(cy, [4]), [("iban", grp(cy, [4]))])
    a("Εικοσιτρείς Απριλίου, ογδόντα πέντε.",
      [("date_of_birth", "Εικοσιτρείς Απριλίου, ογδόντα πέντε")],
      "Ημερομηνία γέννησης; Για το συμβόλαιο.")
    a("Αρχιεπισκόπου Μακαρίου Γ' 145, διαμέρισμα 302, Λεμεσός 3021.",
      [("address", "Αρχιεπισκόπου Μακαρίου Γ' 145, διαμέρισμα 302, Λεμεσός 3021")],
      "Πού μένετε τωρά;")
    a("Οι τράπεζες τωρά δίνουν μέχρι ογδόντα τοις εκατό για πρώτη κατοικία, τζαι ο ΦΠΑ εν "
      "πέντε τοις εκατό.")

    # G5 property portal, Thessaloniki: a seller's ad does not appear
    a("Σπίτι365, εξυπηρέτηση πελατών, καλησπέρα σας.")
    a("Καλησπέρα, Ελένη Κωνσταντίνου εδώ, έχω ανεβάσει αγγελία για πώληση του σπιτιού μου και "
      "δεν εμφανίζεται.", [("name", "Ελένη Κωνσταντίνου")])
    q = "Κυρία Κωνσταντίνου, σε ποιο email είναι ο λογαριασμός;"
    a(q, [("name", "Κωνσταντίνου")])
    a("eleni κάτω παύλα konst παπάκι hotmail τελεία com",
      [("email", "eleni κάτω παύλα konst παπάκι hotmail τελεία com")], q)
    a("Η αγγελία σας είναι σε έλεγχο, γιατί λείπει ο αριθμός του ενεργειακού πιστοποιητικού.")
    a("Το τηλέφωνο στην αγγελία είναι λάθος, το σωστό είναι 697 312 8845.",
      [("phone", "697 312 8845")])
    a("Το σπίτι είναι στην Αγίου Δημητρίου 45, δεύτερος όροφος, Θεσσαλονίκη, εκεί μένω ακόμα.",
      [("address", "Αγίου Δημητρίου 45, δεύτερος όροφος, Θεσσαλονίκη")],
      "Και η διεύθυνση του ακινήτου όπως θέλετε να φαίνεται;")
    v = luhn_complete("402360117845923")
    s = pairs("el", v, sep=", ")
    a("Θα πάρω την προβεβλημένη, πληρώνω με κάρτα: %s." % s, [("card", s, {"value": v})])
    afm = afm_complete("10482379")
    a("Ο ΑΦΜ μου είναι %s." % afm, [("id", afm)], "Για την απόδειξη χρειάζομαι ΑΦΜ.")
    a("Η αγγελία θα είναι ενεργή για 60 ημέρες, και η τιμή που βάλατε, 215.000, φαίνεται λίγο "
      "ψηλή για την περιοχή.")


@part("el")
def el_part2(a):
    # G6 valuer in Piraeus: a valuation the bank asked for
    a("Εκτιμήσεις Πειραιά, καλημέρα σας.")
    a("Καλημέρα, με λένε Νίκο Αλεξίου, η τράπεζα μου είπε να κλείσω ραντεβού για εκτίμηση του "
      "διαμερίσματος.", [("name", "Νίκο Αλεξίου")])
    a("Μάλιστα. Η αμοιβή της εκτίμησης είναι 250 ευρώ και ο μηχανικός θα έρθει μέσα σε τρεις "
      "εργάσιμες.")
    a("Ηρώων Πολυτεχνείου 87, τρίτος όροφος, Πειραιάς 18536.",
      [("address", "Ηρώων Πολυτεχνείου 87, τρίτος όροφος, Πειραιάς 18536")],
      "Ποια είναι η διεύθυνση του ακινήτου;")
    afm = afm_complete("04612758")
    s = "%s %s %s" % (afm[:3], afm[3:6], afm[6:])
    a("Ναι, %s." % s, [("id", s)], "Τον ΑΦΜ σας για την απόδειξη;")
    a("Πέντε του δέκα του εβδομήντα ένα.",
      [("date_of_birth", "Πέντε του δέκα του εβδομήντα ένα")],
      "Και την ημερομηνία γέννησής σας, τη ζητάει η τράπεζα στη φόρμα.")
    v = luhn_complete("522917046638125")
    a("Πληρώνω τώρα με κάρτα, %s." % grp(v, [4], "-"), [("card", grp(v, [4], "-"))])
    gr = iban_make("GR", "02601250000510200384716")
    a("Κι αν ακυρωθεί η εκτίμηση, η επιστροφή στο %s." % gr, [("iban", gr)])
    a("Το email μου είναι nikos.alexiou@otenet.gr, για να μου στείλετε αντίγραφο της έκθεσης.",
      [("email", "nikos.alexiou@otenet.gr")])
    a("Τα τετραγωνικά στο συμβόλαιο είναι 94, αλλά με τη σοφίτα είναι περίπου 110.")
    a("Η έκθεση πάει απευθείας στην τράπεζα, σε εσάς στέλνουμε μόνο αντίγραφο.")

    # G7 agency selling to foreign buyers: a Chinese buyer, Greek and English mixed
    a("Golden Home Athens, καλησπέρα.")
    a("Hello, good evening, my name is Zhang Wei, I speak a little Greek... λίγα ελληνικά.",
      [("name", "Zhang Wei")])
    a("Κανένα πρόβλημα κύριε Zhang, we can mix. Το διαμέρισμα στη Γλυφάδα είναι 260.000, "
      "πάνω από το όριο της Golden Visa.", [("name", "Zhang")])
    afm = afm_complete("16938402")
    s = " ".join(afm)
    a("Έχω ΑΦΜ τώρα, my lawyer did it, είναι %s." % s, [("id", s)])
    a("wei.zhang88@163.com", [("email", "wei.zhang88@163.com")], "Το email σας παρακαλώ;")
    a("Eighth of March, nineteen seventy-nine. Δηλαδή 08/03/1979.",
      [("date_of_birth", "Eighth of March, nineteen seventy-nine"),
       ("date_of_birth", "08/03/1979")],
      "Για το προσύμφωνο χρειάζομαι ημερομηνία γέννησης όπως στο διαβατήριο.")
    gr = iban_make("GR", "01720280005028094411357")
    a("Ο λογαριασμός μου στην Πειραιώς: %s" % grp(gr, [4]), [("iban", grp(gr, [4]))])
    a("Τα χρήματα πρέπει να έρθουν από το εξωτερικό με τραπεζικό έμβασμα, όχι με μετρητά.")
    v = luhn_complete("621483905527164")
    a("For the reservation, UnionPay card, %s." % grp(v, [4]), [("card", grp(v, [4]))])
    a("Το ελληνικό μου κινητό, έξι εννιά τρία, οχτώ δύο δύο, πέντε εννιά μηδέν εφτά.",
      [("phone", "έξι εννιά τρία, οχτώ δύο δύο, πέντε εννιά μηδέν εφτά")])
    a("Η διαδικασία για την άδεια διαμονής παίρνει περίπου έξι με οχτώ μήνες.")

    # G8 block administrator: renovation of the entrance hall
    a("Γεια σας, είμαι ο Σπύρος Μαυρίδης, διαχειριστής στην πολυκατοικία της Ιπποκράτους.",
      [("name", "Σπύρος Μαυρίδης")])
    a("Θέλω να ρωτήσω για την προσφορά που μας στείλατε για την ανακαίνιση της εισόδου, τα "
      "7.400 ευρώ.")
    a("Η προσφορά ισχύει μέχρι τις 30 Νοεμβρίου, και ξεκινάμε δέκα μέρες μετά την υπογραφή.")
    a("Στη συνέλευση ψήφισαν 11 από τους 16 ιδιοκτήτες, οπότε έχουμε την πλειοψηφία.")
    a("Τα χιλιοστά του ισογείου είναι 48 και του ρετιρέ 95, άρα το ρετιρέ πληρώνει σχεδόν τα "
      "διπλά.")
    a("Το κινητό μου για τον συντονισμό είναι έξι εννιά τέσσερα επτά, σαράντα ένα, τριάντα "
      "εννιά, μηδέν δύο.",
      [("phone", "έξι εννιά τέσσερα επτά, σαράντα ένα, τριάντα εννιά, μηδέν δύο")])

    # G9 mortgage broker in Nicosia (Cypriot): a first home
    a("Καλημέρα, Nicosia Mortgage Solutions, πώς μπορώ να σας εξυπηρετήσω;")
    a("Καλημέρα, η Μαρία Χριστοδούλου είμαι, Μαρούλλα με φωνάζουν, θέλω να αγοράσω το πρώτο "
      "μου σπίτι.", [("name", "Μαρία Χριστοδούλου"), ("name", "Μαρούλλα")])
    a("Εν γύρω στις διακόσες είκοσι χιλιάδες, στο Στρόβολο, τζαι έχω το σχέδιο στέγασης για "
      "νέους.")
    a("Στις δώδεκα του δεκέμβρη του ενενήντα επτά.",
      [("date_of_birth", "δώδεκα του δεκέμβρη του ενενήντα επτά")], "Πότε γεννηθήκατε;")
    a("Στο γραφείο με βρίσκετε στο 22 871 406.", [("phone", "22 871 406")])
    a("maroulla.c@outlook.com, με δύο λάμδα.", [("email", "maroulla.c@outlook.com")])
    v = luhn_complete("453901728844613")
    s = ", ".join(say("el", v[i:i + 4]) for i in range(0, 16, 4))
    a("Ναι, %s." % s, [("card", s, {"value": v})],
      "Η αίτηση κοστίζει 150 ευρώ, μπορείτε να τα πληρώσετε με κάρτα.")
    cy = iban_make("CY", "005003520000035144706281")
    a("Ο μισθός μου μπαίνει στην Ελληνική, %s." % grp(cy, [4]), [("iban", grp(cy, [4]))])
    a("Μένω στην Γρίβα Διγενή 23, διαμέρισμα 104, Λευκωσία 1066.",
      [("address", "Γρίβα Διγενή 23, διαμέρισμα 104, Λευκωσία 1066")])
    a("Οι δόσεις θα είναι περίπου 780 ευρώ τον μήνα για τριάντα χρόνια, με κυμαινόμενο "
      "επιτόκιο.")

    # G10 engineer's office, Thessaloniki: an energy certificate before selling
    a("Τεχνικό γραφείο Μακεδονία, καλημέρα.")
    a("Καλημέρα, Δημήτρης Καραγιάννης, θέλω ενεργειακό πιστοποιητικό για να πουλήσω το "
      "διαμέρισμα.", [("name", "Δημήτρης Καραγιάννης")])
    a("Για ένα διαμέρισμα 85 τετραγωνικών είναι 120 ευρώ, και βγαίνει σε δύο με τρεις μέρες.")
    a("Εγνατίας 120, έκτος όροφος, Θεσσαλονίκη 54630, εκεί μένω.",
      [("address", "Εγνατίας 120, έκτος όροφος, Θεσσαλονίκη 54630")],
      "Πού βρίσκεται το διαμέρισμα;")
    a("Πάρτε με στο εξήντα εννιά ενενήντα, εβδομήντα επτά, πενήντα ένα, σαράντα οχτώ.",
      [("phone", "εξήντα εννιά ενενήντα, εβδομήντα επτά, πενήντα ένα, σαράντα οχτώ")])
    v = luhn_complete("541308862971430")
    s = "%s %s, %s, %s" % (v[:4], v[4:8], say("el", v[8:12]), say("el", v[12:]))
    a("Πληρώνω με την κάρτα: %s." % s, [("card", s, {"value": v})])
    afm = afm_complete("07725913")
    s = "%s, %s" % (pairs("el", afm[:8], sep=", "), say("el", afm[8]))
    a("ΑΦΜ %s." % s, [("id", s, {"value": afm})])
    a("Τρεις Μαΐου του εξήντα οχτώ.", [("date_of_birth", "Τρεις Μαΐου του εξήντα οχτώ")],
      "Για την αίτηση στο σύστημα θέλω και την ημερομηνία γέννησης του ιδιοκτήτη.")
    a("Στείλτε το στο mitsos.kar@gmail.com.", [("email", "mitsos.kar@gmail.com")])
    gr = iban_make("GR", "01407550755002101044873")
    a("Κι αν τελικά δεν βγει, τα λεφτά πίσω στο %s." % grp(gr, [4]), [("iban", grp(gr, [4]))])

    # G11 estate agency in Heraklion (Cretan): an older owner lists his house
    a("Ακίνητα Ηρακλείου, καλησπέρα σας.")
    a("Καλησπέρα, Τζανάκης Μανώλης, θέλω να δώσω το σπίτι μου στη Νέα Αλικαρνασσό για πούλημα.",
      [("name", "Τζανάκης Μανώλης")])
    q = "Βεβαίως κύριε Μανώλη, πού ακριβώς είναι;"
    a(q, [("name", "Μανώλη")])
    a("Στην Ικάρου 56, ισόγεια μονοκατοικία, Νέα Αλικαρνασσός.",
      [("address", "Ικάρου 56, ισόγεια μονοκατοικία, Νέα Αλικαρνασσός")], q)
    a("Η αγορά στην περιοχή είναι γύρω στα 1.800 το τετραγωνικό για καινούρια, για παλιά "
      "κατασκευή κάπου 1.200.")
    a("Το κινητό μου: έξι εννιά εννιά, εφτά οχτώ τρία, μηδέν τέσσερα, εξήντα ένα.",
      [("phone", "έξι εννιά εννιά, εφτά οχτώ τρία, μηδέν τέσσερα, εξήντα ένα")])
    afm = afm_complete("03346581")
    s = "%s... %s... %s" % (say("el", afm[:3]), say("el", afm[3:6]), say("el", afm[6:]))
    a("Ο ΑΦΜ, να τον βρω, ε... %s." % s, [("id", s, {"value": afm})])
    a("Είκοσι Αυγούστου του πενήντα δύο.",
      [("date_of_birth", "Είκοσι Αυγούστου του πενήντα δύο")], "Πότε γεννηθήκατε, κύριε Μανώλη;")
    gr = iban_make("GR", "01108600000086029134571")
    a("Την προκαταβολή του αγοραστή να την καταθέσετε στο IBAN μου, %s." % grp(gr, [4]),
      [("iban", grp(gr, [4]))])
    v = luhn_complete("476173004529186")
    a("Τη φωτογράφιση των 80 ευρώ την πληρώνω με κάρτα, %s." % grp(v, [4]), [("card", grp(v, [4]))])
    a("Η αποκλειστική ανάθεση είναι για έξι μήνες, με αμοιβή δύο τοις εκατό.")

    # non-personal lines: streets as landmarks, towns, builders, programmes, dates
    a("Το γραφείο μας είναι στην Ερμού, απέναντι από την Καπνικαρέα, ανοιχτά Δευτέρα με "
      "Σάββατο.")
    a("Στο έργο της Ιωαννίδης Κατασκευαστική απομένουν μόνο δύο διαμερίσματα, το Α3 και το Β7.")
    a("Ο ΕΝΦΙΑ για το σπίτι ήταν 312 ευρώ πέρσι, και ο φόρος μεταβίβασης είναι 3,09%.")
    a("Ο αριθμός πρωτοκόλλου της αίτησης είναι 4417/2024, κρατήστε τον.")
    a("Η παράδοση των κλειδιών έγινε στις 28 Φεβρουαρίου, στο γραφείο μας στη Βούλα.")
    a("Η Ελπίδα Ρεζιντένς είναι το συγκρότημα δίπλα στο μετρό του Αγίου Αντωνίου.")
    a("Το δάνειο του προγράμματος Σπίτι μου 2 καλύπτει μέχρι 90% για ακίνητα έως 250.000 ευρώ.")




def main():
    for lang, fn in PARTS:
        fn(A(lang))
    os.makedirs(OUT, exist_ok=True)
    seen = set()
    for lang in LANGS:
        items = ITEMS[lang]
        if not items:
            continue
        for it in items:
            assert it["text"] not in seen, ("duplicate text", it["text"])
            seen.add(it["text"])
        path = os.path.join(OUT, lang + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        counts = {k: 0 for k in KINDS}
        for it in items:
            for s in it["spans"]:
                counts[s["kind"]] += 1
        empty = sum(1 for it in items if not it["spans"])
        print("%s: %d items (%d with no spans), %d spans: %s" % (
            lang, len(items), empty, sum(counts.values()),
            ", ".join("%s %d" % (k, counts[k]) for k in KINDS)))


if __name__ == "__main__":
    main()
