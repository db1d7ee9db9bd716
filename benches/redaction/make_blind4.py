#!/usr/bin/env python3
"""Blind evaluation set "blind4" for the contact-centre personal-data redactor.

Who wrote it and how
--------------------
Written by a helper assistant session (NAME = blind4) working from the written task
spec alone (the "blind" brief).  The author never read the redactor's rules, source,
tests, benches, README, notes, git history or any other evaluation set, and never ran
the product.  Every utterance was written by hand to sound like a real phone call
(caller or agent) in English, Arabic (MSA, Gulf, Levantine, Egyptian, Maghrebi),
Hebrew (with and without niqqud) and Greek (accented, unaccented, upper case, several
grammatical cases).  Every personal value is invented.

Check-digit numbers (cards: Luhn; IBAN: ISO 13616 mod 97; Israeli ID; Greek AFM;
Saudi ID/Iqama; Greek AMKA; UAE Emirates ID; US SSN rules) were generated once and
are asserted valid here.  Spoken forms of these numbers ("four five eight oh",
"خمسة وتسعين", "חמישים ושלוש", "σαράντα πέντε") are parsed back to digits and compared
with the intended number.  Long numbers in the non-personal items are asserted to
fail the checks.

Output: data/redaction/blind4/{en,ar,he,el}.jsonl, one JSON object per line:
    {"text": str,
     "spans": [{"kind": str, "start": int, "end": int}, ...],   # UTF-8 BYTE offsets
     "context": str}                                             # optional earlier line
kinds: card, iban, id, phone, email, date_of_birth, name, address.
Items with "spans": [] are non-personal and must be left unchanged.

Inside this script a personal value is written inline as [[kind|value]] or
[[kind|value|canon]] (canon = "card:...", "iban:...", "tz:...", "afm:...", "sa:...",
"ssn:...", "amka:...", "eid:..."); build() removes the markers and computes the byte
offsets, then asserts that each span's bytes decode to exactly the intended value.

The script is deterministic: run `python3 benches/redaction/make_blind4.py` from the
repository root (or anywhere; paths are relative to this file).

Scored once through `calltone redact` (rules at a2c3559) before any rule was changed for it
(stop 30): en 78.8, ar 84.2, he 93.0, el 89.2 % recall; 0.21/0.81/0.21/0.21 over-redactions per 25 sentences (README, Redaction). Its misses were
then fixed in the rules, not in the gold, so it is no longer held out; tests/redact.rs keeps
a floor on it. (The writer ran one `git status` after writing, which listed file names only.)
"""
import json
import os
import re
import unicodedata

KINDS = ("card", "iban", "id", "phone", "email", "date_of_birth", "name", "address")

# ---------------------------------------------------------------- check digits


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def tz_ok(s):
    if not s.isdigit() or len(s) > 9:
        return False
    s = s.zfill(9)
    tot = 0
    for i, c in enumerate(s):
        x = int(c) * (1 if i % 2 == 0 else 2)
        if x > 9:
            x -= 9
        tot += x
    return tot % 10 == 0


def afm_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    tot = sum(int(s[i]) * 2 ** (8 - i) for i in range(8))
    return tot % 11 % 10 == int(s[8])


def saudi_ok(s):
    return len(s) == 10 and s.isdigit() and s[0] in "12" and luhn_ok(s)


def ssn_ok(s):
    d = s.replace("-", "").replace(" ", "")
    if len(d) != 9 or not d.isdigit():
        return False
    a, g, n = d[:3], d[3:5], d[5:]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def iban_ok(s):
    s = s.replace(" ", "").replace("-", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def amka_ok(s):
    if len(s) != 11 or not s.isdigit() or not luhn_ok(s):
        return False
    dd, mm = int(s[:2]), int(s[2:4])
    return 1 <= dd <= 31 and 1 <= mm <= 12


def eid_ok(s):
    return len(s) == 15 and s.startswith("784") and luhn_ok(s)


def card_ok(s):
    return s.isdigit() and len(s) in (15, 16) and luhn_ok(s)


CANON = {
    "card": card_ok, "iban": iban_ok, "tz": tz_ok, "afm": afm_ok, "sa": saudi_ok,
    "ssn": ssn_ok, "amka": amka_ok, "eid": eid_ok,
}
CANON_KIND = {"card": "card", "iban": "iban", "tz": "id", "afm": "id", "sa": "id",
              "ssn": "id", "amka": "id", "eid": "id"}


def neg(num):
    """Assert that a long non-personal number fails every check it could be mistaken for."""
    d = re.sub(r"\D", "", to_ascii(num))
    assert len(d) >= 6, num
    if 12 <= len(d) <= 19:
        assert not luhn_ok(d), ("passes Luhn", num)
    if len(d) <= 9:
        assert not tz_ok(d), ("passes TZ", num)
    if len(d) == 9:
        assert not afm_ok(d), ("passes AFM", num)
        assert not ssn_ok(d), ("SSN-shaped", num)
    if len(d) == 10:
        assert not saudi_ok(d), ("passes Saudi", num)
    alnum = re.sub(r"[^A-Za-z0-9]", "", num)
    if re.match(r"[A-Za-z]{2}\d\d", alnum):
        assert not iban_ok(alnum), ("passes IBAN", num)
    return num


# ---------------------------------------------------------------- digit helpers

AR_IND = "٠١٢٣٤٥٦٧٨٩"


def to_ascii(s):
    return s.translate({ord(AR_IND[i]): str(i) for i in range(10)})


def ind(s):
    """ASCII digits -> Arabic-Indic digits."""
    return s.translate({ord(str(i)): AR_IND[i] for i in range(10)})


def g(s, *sizes, sep=" "):
    """Group a digit/letter string: g('12345678', 4, 4) -> '1234 5678'; default groups of 4."""
    out, i = [], 0
    sizes = list(sizes) if sizes else [4] * ((len(s) + 3) // 4)
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


DIGIT_WORDS = {
    ("en", None): "zero one two three four five six seven eight nine".split(),
    ("ar", "msa"): "صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    ("ar", "gulf"): "صفر واحد اثنين ثلاثة اربعة خمسة ستة سبعة ثمانية تسعة".split(),
    ("ar", "lev"): "صفر واحد تنين تلاتة اربعة خمسة ستة سبعة تمانية تسعة".split(),
    ("ar", "egy"): "صفر واحد اتنين تلاتة اربعة خمسة ستة سبعة تمانية تسعة".split(),
    ("ar", "mag"): "زيرو واحد جوج تلاتة ربعة خمسة ستة سبعة تمنية تسعود".split(),
    ("he", None): "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split(),
    ("el", "std"): "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα".split(),
    ("el", "coll"): "μηδέν ένα δυο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split(),
    ("el", "noacc"): "μηδεν ενα δυο τρια τεσσερα πεντε εξι εφτα οχτω εννια".split(),
}


def W(lang, s, v=None, sep=" ", oh=False, double=False):
    """Speak a digit string digit by digit; spaces/dashes in s mark groups (joined by sep)."""
    words = DIGIT_WORDS[(lang, v)]
    out = []
    for grp in re.split(r"[ \-]+", s.strip()):
        ws, i = [], 0
        while i < len(grp):
            c = grp[i]
            w = "oh" if (c == "0" and oh) else words[int(c)]
            if double and i + 1 < len(grp) and grp[i + 1] == c and not (i + 2 < len(grp) and grp[i + 2] == c):
                ws.append("double " + w)
                i += 2
            else:
                ws.append(w)
                i += 1
        out.append(" ".join(ws))
    return sep.join(out)


# ---------------------------------------------------------------- spoken-number parser (self-check only)

def _norm_ar(t):
    t = re.sub("[\u064b-\u0652\u0640]", "", t)
    return t.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ة", "ه").replace("ى", "ي")


def _norm_el(t):
    t = unicodedata.normalize("NFD", t.lower())
    return "".join(c for c in t if unicodedata.category(c) != "Mn").replace("ς", "σ")


def _norm_he(t):
    return re.sub("[\u0591-\u05c7]", "", t)


NORM = {"en": str.lower, "ar": _norm_ar, "he": _norm_he, "el": _norm_el}

# word -> (type, value); types: u unit, t tens, n teen, h hundreds, d double, r triple
_LEX = {
    "en": {
        **{w: ("u", i) for i, w in enumerate("zero one two three four five six seven eight nine".split())},
        "oh": ("u", 0), "o": ("u", 0), "nought": ("u", 0),
        **{w: ("n", 10 + i) for i, w in enumerate(
            "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())},
        **{w: ("t", 20 + 10 * i) for i, w in enumerate(
            "twenty thirty forty fifty sixty seventy eighty ninety".split())},
        "double": ("d", 2), "triple": ("d", 3),
    },
    "ar": {
        **{w: ("u", 0) for w in "صفر زيرو".split()},
        **{w: ("u", 1) for w in "واحد وحدة".split()},
        **{w: ("u", 2) for w in "اثنين اثنان اتنين تنين جوج".split()},
        **{w: ("u", 3) for w in "ثلاثة تلاتة ثلاث تلات".split()},
        **{w: ("u", 4) for w in "أربعة اربعة ربعة أربع اربع".split()},
        **{w: ("u", 5) for w in "خمسة خمس".split()},
        **{w: ("u", 6) for w in "ستة ست".split()},
        **{w: ("u", 7) for w in "سبعة سبع".split()},
        **{w: ("u", 8) for w in "ثمانية تمانية ثمان تمنية ثماني".split()},
        **{w: ("u", 9) for w in "تسعة تسع تسعود".split()},
        "عشرة": ("n", 10),
        **{w: ("n", 11) for w in "احدعش حداشر حداش".split()},
        **{w: ("n", 12) for w in "اثنعش اطناشر اتناشر".split()},
        **{w: ("n", 13) for w in "ثلطعش تلتاشر تلطاشر".split()},
        **{w: ("n", 14) for w in "اربعطعش اربعتاشر اربعطاشر".split()},
        **{w: ("n", 15) for w in "خمسطعش خمستاشر خمسطاشر".split()},
        **{w: ("n", 16) for w in "سطعش ستاشر سطاشر".split()},
        **{w: ("n", 17) for w in "سبعطعش سبعتاشر سبعطاشر".split()},
        **{w: ("n", 18) for w in "ثمنطعش تمنتاشر تمنطاشر".split()},
        **{w: ("n", 19) for w in "تسعطعش تسعتاشر تسعطاشر".split()},
        "عشرين": ("t", 20), "ثلاثين": ("t", 30), "تلاتين": ("t", 30), "أربعين": ("t", 40),
        "اربعين": ("t", 40), "خمسين": ("t", 50), "ستين": ("t", 60), "سبعين": ("t", 70),
        "ثمانين": ("t", 80), "تمانين": ("t", 80), "تسعين": ("t", 90),
    },
    "he": {
        "אפס": ("u", 0), **{w: ("u", 1) for w in "אחת אחד".split()},
        **{w: ("u", 2) for w in "שתיים שתים שניים שנים".split()},
        **{w: ("u", 3) for w in "שלוש שלש שלושה".split()}, **{w: ("u", 4) for w in "ארבע ארבעה".split()},
        **{w: ("u", 5) for w in "חמש חמישה".split()}, **{w: ("u", 6) for w in "שש שישה".split()},
        **{w: ("u", 7) for w in "שבע שבעה".split()}, "שמונה": ("u", 8),
        **{w: ("u", 9) for w in "תשע תשעה".split()},
        "עשר": ("n", 10), "עשרה": ("x", 10),
        "עשרים": ("t", 20), "שלושים": ("t", 30), "ארבעים": ("t", 40), "חמישים": ("t", 50),
        "שישים": ("t", 60), "שבעים": ("t", 70), "שמונים": ("t", 80), "תשעים": ("t", 90),
    },
    "el": {
        **{w: ("u", 0) for w in "μηδέν μηδενικό".split()},
        **{w: ("u", 1) for w in "ένα ένας μία μια".split()},
        **{w: ("u", 2) for w in "δύο δυο".split()}, **{w: ("u", 3) for w in "τρία τρεις".split()},
        **{w: ("u", 4) for w in "τέσσερα τέσσερις".split()}, "πέντε": ("u", 5), "έξι": ("u", 6),
        **{w: ("u", 7) for w in "επτά εφτά".split()}, **{w: ("u", 8) for w in "οκτώ οχτώ".split()},
        **{w: ("u", 9) for w in "εννέα εννιά".split()},
        "δέκα": ("n", 10), "έντεκα": ("n", 11), "δώδεκα": ("n", 12), "δεκατρία": ("n", 13),
        "δεκατέσσερα": ("n", 14), "δεκαπέντε": ("n", 15), "δεκαέξι": ("n", 16),
        "δεκαεπτά": ("n", 17), "δεκαεφτά": ("n", 17), "δεκαοκτώ": ("n", 18), "δεκαοχτώ": ("n", 18),
        "δεκαεννέα": ("n", 19), "δεκαεννιά": ("n", 19),
        "είκοσι": ("t", 20), "τριάντα": ("t", 30), "σαράντα": ("t", 40), "πενήντα": ("t", 50),
        "εξήντα": ("t", 60), "εβδομήντα": ("t", 70), "ογδόντα": ("t", 80), "ενενήντα": ("t", 90),
        "εκατό": ("h", 1), "εκατόν": ("h", 1), "διακόσια": ("h", 2), "τριακόσια": ("h", 3),
        "τετρακόσια": ("h", 4), "πεντακόσια": ("h", 5), "εξακόσια": ("h", 6), "επτακόσια": ("h", 7),
        "εφτακόσια": ("h", 7), "οκτακόσια": ("h", 8), "οχτακόσια": ("h", 8), "εννιακόσια": ("h", 9),
        "εννεακόσια": ("h", 9),
    },
}
LEX = {lang: {NORM[lang](k): v for k, v in d.items()} for lang, d in _LEX.items()}


def spoken_to_canon(lang, s):
    """Turn a spoken/written number (digits, words, letters) into its digit/letter string."""
    s = to_ascii(s)
    if lang == "en":
        s = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", s, flags=re.I)
    s = NORM[lang](s)
    toks = re.findall(r"\w+", s)
    lex = LEX[lang]

    def look(t):
        if t in lex:
            return lex[t]
        if len(t) > 1 and ((lang == "he" and t[0] == "ו") or (lang == "ar" and t[0] == "و")):
            if t[1:] in lex:
                return lex[t[1:]]
        return None

    out, i = "", 0
    while i < len(toks):
        t = toks[i]
        e = look(t)
        nxt = look(toks[i + 1]) if i + 1 < len(toks) else None
        nxt2 = look(toks[i + 2]) if i + 2 < len(toks) else None
        if e is None:
            if re.fullmatch(r"[a-z0-9]+", t, flags=re.I):
                out += t.upper()
                i += 1
                continue
            return None
        typ, val = e
        if typ == "d":
            assert nxt and nxt[0] == "u", s
            out += str(nxt[1]) * val
            i += 2
        elif typ == "h":
            if nxt and nxt[0] == "t":
                if nxt2 and nxt2[0] == "u":
                    out += "%d%d" % (val, nxt[1] + nxt2[1])
                    i += 3
                else:
                    out += "%d%d" % (val, nxt[1])
                    i += 2
            elif nxt and nxt[0] == "n":
                out += "%d%d" % (val, nxt[1])
                i += 2
            elif nxt and nxt[0] == "u":
                out += "%d0%d" % (val, nxt[1])
                i += 2
            else:
                out += "%d00" % val
                i += 1
        elif typ == "t":
            if lang != "ar" and nxt and nxt[0] == "u" and nxt[1] != 0:
                out += str(val + nxt[1])
                i += 2
            else:
                out += str(val)
                i += 1
        elif typ == "n":
            out += str(val)
            i += 1
        elif typ == "u":
            if lang == "ar" and nxt and nxt[0] == "t" and val != 0:
                out += str(nxt[1] + val)
                i += 2
            elif lang == "he" and nxt and nxt[0] == "x":
                out += str(10 + val)
                i += 2
            else:
                out += str(val)
                i += 1
        else:
            return None
    return out


# ---------------------------------------------------------------- item builder

MARK = re.compile(r"\[\[(\w+)\|(.*?)(?:\|([a-z]+:[A-Za-z0-9\-]+))?\]\]")


def M(kind, value, canon=None):
    return "[[%s|%s%s]]" % (kind, value, "|" + canon if canon else "")


def strip_marks(s):
    return MARK.sub(lambda m: m.group(2), s)


def build(lang, marked, ctx=None):
    text, spans, pos = "", [], 0
    for m in MARK.finditer(marked):
        text += marked[pos:m.start()]
        kind, val, canon = m.group(1), m.group(2), m.group(3)
        assert kind in KINDS, kind
        assert val == val.strip() and val[-1] not in ".,;:?!،؟", repr(val)
        if canon:
            ctype, cval = canon.split(":", 1)
            assert CANON_KIND[ctype] == kind, (kind, canon)
            assert CANON[ctype](cval), ("invalid check digits", canon)
            got = spoken_to_canon(lang, val)
            want = cval.replace("-", "").upper()
            assert got == want, (lang, val, got, want)
        start = len(text.encode("utf-8"))
        text += val
        spans.append({"kind": kind, "start": start, "end": len(text.encode("utf-8")), "_v": val})
        pos = m.end()
    text += marked[pos:]
    assert "[[" not in text and "]]" not in text and "|" not in text, text
    b = text.encode("utf-8")
    for sp in spans:
        assert b[sp["start"]:sp["end"]].decode("utf-8") == sp.pop("_v")
    for a, c in zip(spans, spans[1:]):
        assert a["end"] <= c["start"]
    if not spans:  # non-personal: long digit runs must fail every check
        for run in re.findall(r"[0-9٠-٩](?:[0-9٠-٩]|[ \-.](?=[0-9٠-٩]))*", text):
            if len(re.sub(r"\D", "", to_ascii(run))) >= 8:
                neg(run)
    item = {"text": text, "spans": spans}
    if ctx:
        item["context"] = strip_marks(ctx)
    return item


def find_span(text, value, kind):
    """Alternative offset computation (as the spec suggests) used to cross-check build()."""
    b = text.encode("utf-8").find(value.encode("utf-8"))
    return {"kind": kind, "start": b, "end": b + len(value.encode("utf-8"))}


ITEMS = {}


# ================================================================ ENGLISH
EC1, EC2, EC3, EC4 = "4341672110684038", "5404948366946722", "370349931524709", "6011149374246923"
EC5, EC6, EC7, EC8 = "4885421430443242", "5163742569583510", "3563100029290872", "4718462742395814"
EI1, EI2, EI3, EI4 = "GB61NWBK99884083213051", "GB06BARC14049226218508", "IE33AIBK65289317954690", "DE51286234781622486846"
EI5, EI6, EI7, EI8 = "NL19ABNA3499475135", "FR0652606040421219033807827", "ES6010958751207889303159", "GB31HBUK81056402174340"


def c(v):
    return "card:" + v


def ib(v):
    return "iban:" + v


EN_POS = [
    # ---- cards
    ("yeah it's " + M("card", g(EC1), c(EC1)),
     "Can I take the long number on the front of the card please?"),
    "right so the card is " + M("card", W("en", g(EC2), sep=", "), c(EC2)) + ", expiry oh nine twenty-seven",
    "it's an Amex so the grouping's a bit different, "
    + M("card", "three seven oh three, four nine nine three one five, two four seven oh nine", c(EC3)),
    M("card", EC4, c(EC4)) + " that's the Discover, I want to put it all on that one",
    "ok it's " + M("card", W("en", g(EC5), sep=", ", oh=True), c(EC5))
    + "... hang on, that's my work card. Use " + M("card", "5163 7425 six nine five eight 3510", c(EC6)) + " instead",
    ("okay reading that back, " + M("card", "three five six three, one triple oh, two nine two nine, oh eight seven two", c(EC7))
     + ", yeah?", "it's the JCB one, three five six three one oh oh oh two nine two nine oh eight seven two"),
    "the visa debit is " + M("card", g(EC8, sep="-"), c(EC8)) + " and the three digits on the back are on the way",
    ("so the card number is " + M("card", "five four oh four, ninety-four eighty-three, sixty-six ninety-four, sixty-seven twenty-two", c(EC2)),
     "Sorry could you repeat the card number, the line broke up."),
    # ---- IBAN
    "my IBAN is " + M("iban", g(EI1), ib(EI1)),
    (M("iban", "G B zero six B A R C one four zero four nine two two six two one eight five zero eight", ib(EI2)),
     "And which IBAN would you like the refund paid into?"),
    M("iban", EI3, ib(EI3)) + ", that's the one printed on my statement",
    "it's a German account so it starts " + M("iban", "DE fifty-one, two eight six two three four seven eight, one six two two four eight six eight four six", ib(EI4)),
    (M("iban", g(EI5), ib(EI5)), "Could you give me the IBAN again, slowly?"),
    "its " + M("iban", g(EI6.lower()), ib(EI6)) + " its my french account from when i lived in lyon",
    "the Spanish one is " + M("iban", g(EI7, sep="-"), ib(EI7)) + ", with Santander",
    "thank you, so the new IBAN is " + M("iban", g(EI8), ib(EI8)) + " and payments will come out of that from next month",
    # ---- national IDs
    ("sure, it's " + M("id", "412-68-3157", "ssn:412-68-3157"),
     "I'll need your Social Security number to open the claim."),
    "social is " + M("id", "five two eight, one one, nine oh four six", "ssn:528-11-9046"),
    "SSN " + M("id", "231 40 7785", "ssn:231-40-7785") + " and date of birth " + M("date_of_birth", "July 9th 1975"),
    "my iqama number is " + M("id", "2624955262", "sa:2624955262") + ", I'm working in Riyadh on a contract",
    "my ID number, the teudat zehut, is " + M("id", W("en", "373376706", oh=True), "tz:373376706"),
    "the tax number, the AFM, is " + M("id", "094 166 386", "afm:094166386") + ", I'm registered in Greece",
    (M("id", "six oh one, twenty-three, forty-four eighty-eight", "ssn:601-23-4488"), "And the social?"),
    "so that's Ms " + M("name", "Delgado") + ", " + M("id", "144-09-2261", "ssn:144-09-2261") + ", and you're the primary holder?",
    # ---- phones
    "you can reach me on " + M("phone", "(415) 555-0187"),
    M("phone", "+1 212 555 0143") + " that's my cell, texting is fine",
    (M("phone", "oh seven seven double oh, nine double oh, four six one"), "What's the best number to call you back on?"),
    "my work line is " + M("phone", "+44 20 7946 0321") + " if I'm not on the mobile",
    "my mobile's " + M("phone", "plus nine seven two, five four, three one two, eight eight nine oh") + ", I'm in Tel Aviv now",
    ("yeah, " + M("phone", "oh five five, two one four, seven seven three oh"), "And do you have a local Saudi number?"),
    "it's " + M("phone", "646 555 0193") + ", sorry, " + M("phone", "646 555 0139") + ", I always mix those up",
    "or try the landline, " + M("phone", "oh one one three, four nine six, oh two one eight") + ", after six",
    # ---- emails
    "it's " + M("email", "priya dot raman at outlook dot com"),
    M("email", "j underscore okafor eighty-eight at yahoo dot co dot uk"),
    "email is " + M("email", "m.kowalski@protonmail.com") + " for the receipt",
    (M("email", "elena hyphen fischer at gmx dot de") + ", d e like Germany", "What's the best email for you?"),
    M("email", "sam at samdesigns dot io") + ", it's my own domain",
    "so that's " + M("email", "tom dot hughes one nine seven oh at hotmail dot co dot uk") + "?",
    "it's " + M("email", "k w a m e dot m e n s a h at gmail dot com"),
    "send it to info... no, send it to my personal one, " + M("email", "lucia.ferrari87@icloud.com"),
    # ---- dates of birth
    (M("date_of_birth", "the fourth of May eighty-two"), "Can I have your date of birth?"),
    "DOB is " + M("date_of_birth", "03/11/1990"),
    "I was born on " + M("date_of_birth", "the twenty-first of February two thousand and one"),
    (M("date_of_birth", "twelve oh six eighty-eight"), "and your date of birth?"),
    "date of birth " + M("date_of_birth", "August thirtieth, nineteen sixty-four") + ", I think you've got it wrong on the system",
    "I've got your birthday down as " + M("date_of_birth", "the 2nd of December 1979") + ", is that right?",
    "I'm " + M("name", "Hannah Schultz") + ", born " + M("date_of_birth", "14th of March 1993"),
    # ---- names
    "hi my name is " + M("name", "Daniel Okafor") + " and I'm calling about a payment",
    "hello, this is " + M("name", "Priya Raman") + ", I spoke to someone yesterday",
    "Good afternoon, you're speaking with " + M("name", "Marguerite") + ", how can I help?",
    ("thank you Mr " + M("name", "Okafor") + ", bear with me one moment", "My name is Daniel Okafor."),
    "it's " + M("name", "Siobhán Ní Bhriain") + ", that's " + M("name", "S I O B H A N") + " with a fada on the a",
    M("name", "Mateusz Kowalski") + " speaking",
    "my name's " + M("name", "Nguyen Thi Lan") + ", " + M("name", "Lan") + " is my first name",
    "yeah hi its " + M("name", "fernando alvarez de la cruz") + " i called last week",
    "my name's " + M("name", "Jordan") + " and I'll be looking after you today",
    "hello, " + M("name", "Kwame") + " here, returning your call",
    ("thanks " + M("name", "Kwame") + ", that's all sorted for you", "Kwame Mensah, M E N S A H"),
    "my name is " + M("name", "Oluwaseun Adeyemi") + ", " + M("name", "A D E Y E M I")
    + ", and my email is " + M("email", "seun dot adeyemi at gmail dot com"),
    # ---- addresses
    "I live at " + M("address", "42 Elm Grove, Flat 3, Leeds LS6 2AB"),
    "the address is " + M("address", "1187 Magnolia Avenue, Apartment 4B, Tampa, Florida 33609"),
    (M("address", "fourteen Harbour View Road, Cork"), "What's the delivery address?"),
    "its " + M("address", "221 west 79th street apt 12c new york ny 10024"),
    M("address", "Flat 2, 9 Coldharbour Lane, London SE5 9NR") + ", that's where the bill should go",
    "we're at " + M("address", "unit 5, 38 Bridge Street, Parramatta NSW 2150"),
    "and we'll send the new router to " + M("address", "17 Rue des Lilas, 69003 Lyon") + ", yes?",
    "we've moved, it's now " + M("address", "6 Ashdown Close, Crawley, R H ten, seven Q P"),
    "this is " + M("name", "Rachel Goldberg") + ", " + M("address", "3 Maple Court, Bristol BS8 1TH"),
    "text me on " + M("phone", "07700 900 812") + " or email " + M("email", "r.goldberg@btinternet.com"),
]

EN_NEG = [
    "Thanks for calling Brightline Energy, you're through to the billing team, how can I help?",
    "Hi, yeah, I'm calling about my broadband, it's been dropping out since Tuesday",
    "The plan is forty-nine ninety-nine a month with a hundred gigs of data",
    "your current balance is £1,284.37 and the minimum payment is £35",
    ("your order number is " + neg("4417 2290 8812 3305"), "Do you have an order number for me?"),
    "The engineer can come on the fourth of May between eight and one",
    "your bill dated the 3rd of March 2024 was for 86 pounds 40",
    "I'm calling from Athens actually, I'm on holiday",
    "My name is on the account but my husband pays the bill",
    "I'm fine thanks, how are you?",
    "the ticket reference is " + neg("93847162"),
    "it's the card ending in four oh three eight",
    "that's an APR of 19.9 percent, variable",
    "I bought the fridge at John Lewis in 2019",
    "It's the iPhone 15 Pro Max, 256 gig, in blue",
    "the tracking number is 1Z 999 AA1 01 2345 6784",
    "Can you call me back at half past three?",
    "we've been with you for twelve years now",
    "I was on hold for forty-five minutes before this",
    "the meter reading is oh four eight two seven one",
    "flight BA 2491 on the 18th of June, I need roaming for that",
    "the router's a model KX-TG6821, serial " + neg("5512 3349 0087 1126"),
    "it's my fortieth birthday today actually, so I'd like this sorted",
    "the refund of 312 dollars 50 should be with you in three to five working days",
    "Press 1 for billing, 2 for technical support, or 3 for anything else",
    "I need the 5G SIM, not the 4G one",
    "the contract ends on the 31st of January 2026",
    "Is that the unlimited plan or the 30 gig one?",
    "we've had this number since 1998, it's the shop line",
    "I'm calling on behalf of my mum, she's 84 and she's not great on the phone",
    "it's extension 4471",
    "the price went up by 8.8 percent in April",
    "It's a Visa debit, not a credit card",
    "we're getting fifty-two megs down and ten up",
    "your case number is " + neg("9012 7734 55"),
    "I'm driving, I'll be home around six",
    "Can I speak to a manager please?",
    "It cost me 2,499 euros in total with the installation",
    "the invoice is INV-2024-008813",
    "policy number " + neg("7720 1184 93") + ", it's the home insurance",
    "good morning, you're speaking to Apex Insurance claims line",
    "my date of birth should be on file already",
    "the address on the bill is wrong, I moved in March",
    "that's the Premium Family bundle, sixty-four pounds a month for twenty-four months",
    "it's nine fifteen here in Chicago",
    "Amazon order " + neg("204-7781934-5561207") + ", it never arrived",
    "yes, speaking",
    "the verification code was five eight three two oh four",
    "Number seven on the back of the router, is that light meant to be flashing?",
    "two adults, one child, and we fly on the twelfth",
    "Yes this is she, sorry, who's calling?",
]

ITEMS["en"] = (EN_POS, EN_NEG)


# ================================================================ ARABIC
AC1, AC2, AC3, AC4 = "4451956832374184", "5344010748875237", "340514505452697", "4688126340319015"
AC5, AC6, AC7, AC8 = "2221871474664870", "4284696551549219", "5557201666987334", "4819145140561776"
AI1, AI2, AI3, AI4 = "SA9480172802939590066392", "SA6290229436585258954958", "AE310825937711932282908", "EG484600589513616043323110048"
AI5, AI6, AI7, AI8 = "JO09ARAB8861185238800126218585", "KW20NBOK4299199190204864952858", "LB05254538794452513532714080", "SA9586805360762063339565"
AI9 = "QA95QNBA739727980989349997524"

AR_POS = [
    # ---- cards
    ("أبشر، الرقم " + M("card", g(AC1), c(AC1)), "لو سمحت عطني رقم البطاقة كامل"),
    "رقم الكارت " + M("card", W("ar", g(AC2), v="egy", sep="، "), c(AC2)) + " وبينتهي ١٢/٢٧",
    "معي أمريكان إكسبريس، الرقم " + M("card", ind("3405 145054 52697"), c(AC3)),
    "يرجى تسجيل رقم البطاقة التالي: " + M("card", AC4, c(AC4)),
    "غادي نعطيك رقم الكارط ديالي: " + M("card", W("ar", g(AC5), v="mag", sep="، "), c(AC5)),
    M("card", ind(g(AC6)), c(AC6)) + " هذا رقم بطاقة مدى حقتي",
    ("يعني " + M("card", "اثنين وأربعين، أربعة وثمانين، تسعة وستين، خمسة وستين، واحد وخمسين، أربعة وخمسين، اثنين وتسعين، تسعطعش", c(AC6))
     + "، صح؟", ind(g(AC6)) + " هذا رقم بطاقة مدى حقتي"),
    "الرقم " + M("card", g(AC7), c(AC7)) + "... لا لحظة، هاي بطاقة الشغل، خليني أعطيك التانية " + M("card", g(AC8), c(AC8)),
    # ---- IBAN
    "رقم الآيبان " + M("iban", g(AI1), ib(AI1)),
    (M("iban", g(AI2), ib(AI2)) + " هذا حسابي في الراجحي", "ممكن رقم الآيبان عشان نحول لك المبلغ؟"),
    "الآيبان حقي: " + M("iban", g(AI3), ib(AI3)),
    "رقم الأيبان بتاعي " + M("iban", g(AI4), ib(AI4)) + " في البنك الأهلي",
    "حسابي بالبنك العربي، الآيبان " + M("iban", g(AI5), ib(AI5)),
    M("iban", AI6, ib(AI6)) + " هذا الآيبان مال حسابي",
    "الـ IBAN تبعي " + M("iban", ind(g(AI7)), ib(AI7)),
    ("تمام، " + M("iban", "SA خمسة وتسعين " + W("ar", AI8[4:], v="gulf"), ib(AI8)), "اقرأ لي الآيبان رقم رقم لو سمحت"),
    "للتأكيد، رقم الآيبان هو " + M("iban", g(AI9), ib(AI9)) + "، صحيح؟",
    # ---- IDs
    ("رقم هويتي " + M("id", "1836453207", "sa:1836453207"), "أحتاج رقم الهوية الوطنية للتحقق لو سمحت"),
    "السجل المدني " + M("id", W("ar", "1958794875", v="gulf"), "sa:1958794875"),
    "رقم الإقامة " + M("id", ind("2911625552"), "sa:2911625552") + " وأنا شغال في الدمام",
    M("id", ind("2476 904 285"), "sa:2476904285") + " ده رقم الإقامة بتاعتي",
    "رقم الهوية الإماراتية " + M("id", "784-1987-4737912-5", "eid:784198747379125"),
    "رقم الهوية " + M("id", W("ar", "784-1990-3142026-0", v="msa", sep="، "), "eid:784199031420260"),
    "الرقم القومي بتاعي " + M("id", "29003151401234"),
    "رقم لاكارط ناسيونال ديالي " + M("id", "BK245781"),
    "الرقم المدني " + M("id", ind("288071401234")) + " والبطاقة سارية",
    "تمام، رقم الهوية " + M("id", ind("1409081518"), "sa:1409081518") + " صحيح؟",
    "الرقم الوطني تبعي " + M("id", "9861045123"),
    # ---- phones
    "جوالي " + M("phone", ind("0553827416")),
    ("على " + M("phone", "+966 50 713 2284"), "على أي رقم نتواصل معك؟"),
    "رقمي " + M("phone", W("ar", "050 446 9931", v="gulf", sep="، ")),
    "موبايلي " + M("phone", "0102 845 3319") + " وعليه واتساب",
    "رقمي " + M("phone", "+961 3 482 751") + "، إذا ما رديت ابعتلي رسالة",
    "تلفوني " + M("phone", ind("079 551 2384")),
    "النمرة ديالي " + M("phone", "06 61 23 45 78"),
    M("phone", ind("0502234418")) + " لا لا آسف، " + M("phone", ind("0502234481")),
    "اسمي " + M("name", "فيصل العتيبي") + " ورقم جوالي " + M("phone", ind("0505872319")),
    # ---- emails
    "الإيميل " + M("email", "ahmed.alharbi91@gmail.com"),
    M("email", "noura_q ات هوتميل دوت كوم"),
    "الميل بتاعي " + M("email", "mona.abdelfattah@yahoo.com") + " كله سمول",
    ("أكيد، " + M("email", "رامي دوت حداد ات جيميل دوت كوم"), "شو الإيميل تبعك؟"),
    "الإيميل ديالي " + M("email", "khadija.benali ات gmail point com"),
    "للتأكيد، البريد الإلكتروني هو " + M("email", "f.alzahrani@outlook.com") + "؟",
    "ابعتلي عالإيميل " + M("email", "lina.khoury at hotmail dot com"),
    M("email", "yousef2024@icloud.com") + " هذا إيميلي",
    # ---- dates of birth
    (M("date_of_birth", "١٤ مارس ١٩٨٨"), "تاريخ ميلادك لو سمحت؟"),
    "تاريخ الميلاد " + M("date_of_birth", "١٤١٠/٠٧/٢٢") + " هجري",
    "أنا مواليد " + M("date_of_birth", "خمستاشر سبعة تسعين"),
    "تاريخ ميلادي " + M("date_of_birth", "الخامس من يناير عام ألفين وثلاثة"),
    "مواليد " + M("date_of_birth", "3/12/1976") + " إذا بدك تتأكد",
    "تزاديت ف " + M("date_of_birth", "20/02/1989"),
    "ميلادي " + M("date_of_birth", "٨ / ٦ / ١٩٩٥"),
    "حضرتك مواليد " + M("date_of_birth", "1 يناير 1960") + "؟",
    # ---- names
    "السلام عليكم، معك " + M("name", "نورة") + " من خدمة العملاء، كيف أقدر أخدمك؟",
    "اسمي " + M("name", "محمد عبد الرحمن الشهري"),
    "أيوه، أنا اسمي " + M("name", "منى عبد الفتاح"),
    "مرحبا، أنا " + M("name", "رامي حداد") + "، حكيت معكن مبارح",
    "سميتي " + M("name", "خديجة بنعلي"),
    ("شكراً أستاذ " + M("name", "محمد") + "، لحظة من فضلك", "اسمي محمد عبد الرحمن الشهري"),
    ("تشرفنا يا أستاذة " + M("name", "منى") + "، إزاي أقدر أساعد حضرتك؟", "أنا منى عبد الفتاح"),
    "اسمي " + M("name", "راجيش كومار") + " وأنا مقيم في الشارقة",
    "اسمي " + M("name", "Sarah Thompson") + " وما بعرف أحكي عربي منيح",
    "معك " + M("name", "عبدالله") + "، تفضل",
    "أنا " + M("name", "مصطفى عثمان إبراهيم") + " ومتصل بخصوص الفاتورة",
    # ---- addresses
    "العنوان الوطني " + M("address", "٤٥١٢ شارع الأمير سلطان، حي النرجس، الرياض ١٣٣٢٦"),
    "ساكن في " + M("address", "١٥ شارع محمد فريد، الدور التالت، شقة ٧، مصر الجديدة"),
    "عنواني " + M("address", "شارع الحمرا، بناية رقم ٨، الطابق التالت، بيروت"),
    (M("address", "فيلا ٢٣، شارع ١٨، الجميرا ٢، دبي"), "وين نوصل لك الجهاز؟"),
    "ساكن ف " + M("address", "27 زنقة ابن سينا، أكدال، الرباط"),
    "يرجى إرسال البطاقة إلى العنوان التالي: " + M("address", "9 شارع الملك حسين، عمّان 11118"),
    "بيتي في " + M("address", "شارع القاهرة، عمارة ١٤، شقة ٣، عبدون"),
    "رح نبعتلك الراوتر على " + M("address", "٣٢ شارع بلس، رأس بيروت") + "، صح؟",
    "العنوان " + M("address", "قطعة ٤، شارع ١٢، منزل ٣٦، السالمية"),
]

AR_NEG = [
    "السلام عليكم، معك خدمة العملاء، كيف أقدر أخدمك؟",
    "أهلاً وسهلاً، معاك قسم الفواتير، اتفضل",
    "الحمد لله بخير، وأنت كيف حالك؟",
    "أنا متصل بخصوص الفاتورة الأخيرة",
    "الفاتورة طلعت ٣٤٥ ريال وأنا عادة أدفع ٢٠٠ بس",
    "أبغى أشترك في باقة ٢٠ جيجا بـ ٩٩ ريال",
    ("رقم الطلب ٨٨٢٣٤٥١٩٠٧", "عندك رقم الطلب؟"),
    "الموعد يوم الأحد ١٢ مارس الساعة ١٠ الصبح",
    "أنا متصل من الرياض",
    "الشحنة رقم ٧٧٤١٠٢٩٣٨٤٥٦ لسه ما وصلت",
    "فيه خصم ٥٠٪ على الجهاز لآخر الشهر",
    "رسوم التأخير ٧٥ درهم، ليش؟",
    "اسمي مسجل على الحساب بس الخط باسم أبوي",
    "عايز أكلم حد في الدعم الفني لو سمحت",
    "النت بطيء من أسبوعين",
    "بدي جدد الاشتراك لسنة كاملة",
    "بغيت نعرف شحال خاصني نخلص هاد الشهر",
    "رقم البلاغ ٩٠٨٧٦٥٤٣٢",
    "الراوتر موديل TP-Link Archer C6",
    "اتصلت ثلاث مرات اليوم وما أحد رد",
    "تقدر تتصل علي الساعة ٣ ونص العصر؟",
    "السعر ١٢٫٥ دينار بالشهر",
    "عيد ميلادي بكرة وأبغى الجوال الجديد يوصل قبل",
    "اشتريت الجوال من جرير سنة ٢٠٢١",
    "كود الخصم RAMADAN25 ما اشتغل",
    "ميعاد التركيب ٢٥/٤ بين ٩ و١٢",
    "عندي ثلاث خطوط، واحد لي واثنين لأولادي",
    "فاتورة شهر ٦ كانت ١٨٠ جنيه",
    "رقم التذكرة TCK-558213",
    "أنا عميل عندكم من ٢٠١٥",
    "الشريحة 5G ولا 4G؟",
    "المبلغ المسترد ١٬٢٥٠ درهم رح يوصل خلال ٧ أيام عمل",
    "اضغط واحد للعربية واتنين للإنجليزية",
    "الرحلة SV 1024 يوم ١٨ يونيو",
    "عنواني ما تغير، نفس اللي عندكم",
    "تاريخ الفاتورة ١ / ٩ / ٢٠٢٤",
    "تاريخ انتهاء البطاقة ٠٩/٢٧",
    "الرصيد المتبقي ٣٫٥ جيجا",
    "السيريال نمبر 6203 1188 4590 2274",
    "أنا بخير، شكراً لسؤالك",
    ("رقم المرجع ١٢٣٤٩٨٧٦٥٠", "في رقم مرجع للشكوى؟"),
    "معاك على الخط؟ ألو؟",
    "الشركة اسمها النور للتجارة والمقاولات",
    "انتظرت على الخط ٤٠ دقيقة",
    "واش الكونيكسيون غادي ترجع اليوم؟",
    "التحويل كان ٥٠٠٠ ريال يوم الخميس",
    "أنا متصل من دبي بخصوص حساب في البحرين",
    "وصلني رمز التحقق المكون من ٦ أرقام بس انتهت صلاحيته",
    "الإيجار ٤٥ ألف بالسنة والكهرباء ٣٠٠ بالشهر",
    "شو في عروض على باقات الإنترنت المنزلي؟",
]

ITEMS["ar"] = (AR_POS, AR_NEG)

# ================================================================ HEBREW
HC1, HC2, HC3, HC4 = "4580440474487848", "5326905582550311", "371492488530387", "4580716939701018"
HC5, HC6, HC7, HC8 = "2720154222176570", "4332430060557790", "5375561946929913", "5064283047418953"
HI1, HI2, HI3 = "IL909602671884843652307", "IL626456659344810649429", "IL495129134371507932138"
HI4, HI5, HI6 = "IL236789393837495264896", "DE92025664681406317678", "PL13816217683014122775656461"

HE_POS = [
    # ---- cards
    ("כן, " + M("card", g(HC1), c(HC1)), "אפשר את מספר הכרטיס?"),
    "מספר הכרטיס " + M("card", W("he", g(HC4), sep=", "), c(HC4)),
    "זה אמריקן אקספרס, " + M("card", "3714 924885 30387", c(HC3)),
    M("card", HC2, c(HC2)) + " זה המאסטרקארד שלי",
    M("card", g(HC5), c(HC5)) + ", אה סליחה, זה הכרטיס הישן. תרשום " + M("card", g(HC6), c(HC6)),
    "טוב, אז " + M("card", "חמישים ושלוש, שבעים וחמש, חמישים ושש, תשע עשרה, ארבעים ושש, תשעים ושתיים, תשעים ותשע, שלוש עשרה", c(HC7)),
    ("אז רק לוודא, " + M("card", W("he", g(HC8), sep=", "), c(HC8)) + ", נכון?", "כן, המספר הוא " + g(HC8)),
    # ---- IBAN
    "ה-IBAN שלי " + M("iban", g(HI1), ib(HI1)),
    (M("iban", g(HI2), ib(HI2)), "תוכל להקריא לי את מספר ה-IBAN?"),
    "רגע, " + M("iban", "IL ארבעים ותשע, " + W("he", g(HI3[4:]), sep=", "), ib(HI3)),
    M("iban", HI4, ib(HI4)) + " זה החשבון בלאומי",
    "יש לי חשבון בגרמניה, " + M("iban", g(HI5), ib(HI5)),
    "החשבון בפולין, ה-IBAN הוא " + M("iban", g(HI6), ib(HI6)),
    ("מעולה, אז ה-IBAN הוא " + M("iban", g(HI2, sep="-"), ib(HI2)) + ", נכון?", g(HI2)),
    # ---- IDs (Teudat Zehut)
    (M("id", "935018465", "tz:935018465"), "מה מספר תעודת הזהות?"),
    "תעודת זהות " + M("id", W("he", "367363736"), "tz:367363736"),
    'ת"ז ' + M("id", "004438339", "tz:004438339"),
    ("כן, " + M("id", W("he", "069 240 273", sep=", "), "tz:069240273"), "ומספר זהות?"),
    M("id", "642505911", "tz:642505911") + " זה מספר הזהות שלי",
    "מִסְפַּר תְּעוּדַת הַזֶּהוּת שֶׁלִּי " + M("id", "960761633", "tz:960761633"),
    "תרשום: " + M("id", "תשעים ושתיים, חמישים וארבע, שבעים וחמש, שישים ושמונה, שלוש", "tz:925475683"),
    "אוקיי, " + M("id", "345 671 432", "tz:345671432") + ", נכון?",
    "שמי " + M("name", "ולדימיר קוזלוב") + ', ת"ז ' + M("id", "111688040", "tz:111688040"),
    # ---- phones
    "הטלפון שלי " + M("phone", "052-7741093"),
    "הנייד " + M("phone", "אפס חמש אחת, שש שתיים שלוש, ארבע ארבע שבע אחת"),
    M("phone", "+972 50 884 2316") + " זה המספר שלי בוואטסאפ",
    "בבית זה " + M("phone", "04-8259931"),
    ("לנייד, " + M("phone", "058 665 0042"), "לאיזה מספר לחזור אליך?"),
    M("phone", "053-4418207") + ", לא סליחה, " + M("phone", "053-4418270"),
    "תרשמי: " + M("phone", "אפס חמש ארבע, שבעים ושתיים, שלושים ואחת, תשעים, אפס חמש"),
    "תחזרו אליי למספר " + M("phone", "0507318842") + " אחרי חמש",
    "הטלפון " + M("phone", "054-6620193") + " והמייל " + M("email", "vladk@yandex.ru"),
    # ---- emails
    "המייל שלי " + M("email", "shira.gold@gmail.com"),
    M("email", "יוסי נקודה לוי שטרודל וואלה נקודה קו נקודה איל"),
    "זה " + M("email", "avital.bendavid שטרודל gmail נקודה com"),
    (M("email", "ortal85@hotmail.com"), "ולאיזה מייל לשלוח את החשבונית?"),
    "תשלחו ל-" + M("email", "m.husseini@outlook.co.il"),
    "אז המייל הוא " + M("email", "tesfaye.w@gmail.com") + ", נכון?",
    M("email", "נטע קו תחתון כהן שטרודל ג'ימייל נקודה קום"),
    # ---- dates of birth
    (M("date_of_birth", "12.3.1985"), "תאריך לידה?"),
    "תאריך הלידה שלי " + M("date_of_birth", "שלושה באפריל שמונים ושבע"),
    "נולדתי ב-" + M("date_of_birth", "15/08/1992"),
    "תַּאֲרִיךְ לֵידָה: " + M("date_of_birth", "21.6.2000"),
    "יש לי פה תאריך לידה " + M("date_of_birth", "7 בנובמבר 1968") + ", זה נכון?",
    "יליד " + M("date_of_birth", "9.1.1990") + ", אם זה עוזר",
    (M("date_of_birth", "עשרים ושמונה, שתיים, שבעים ושש"), "ותאריך לידה?"),
    "ת. לידה " + M("date_of_birth", "30/11/2001"),
    # ---- names
    "שלום, שמי " + M("name", "אביטל בן דוד"),
    "שלום, מדברת " + M("name", "מיכל") + ", במה אפשר לעזור?",
    "קוראים לי " + M("name", "טספאיה וורקו"),
    "היי, זה " + M("name", "יוסי לוי") + ", דיברנו אתמול",
    ("תודה גברת " + M("name", "בן דוד") + ", רק רגע", "שלום, שמי אביטל בן דוד"),
    "שְׁמִי " + M("name", "דָּנִיאֵל אַבְרָהָמִי"),
    "אני " + M("name", "מוחמד חוסייני") + ", לקוח שלכם כבר עשר שנים",
    "השם שלי " + M("name", "אורטל אזולאי"),
    "כאן " + M("name", "עידו") + " מהתמיכה הטכנית",
    "My name is... סליחה, שמי " + M("name", "ג'ניפר מילר"),
    ("תודה רבה " + M("name", "עידו") + ", עזרת לי מאוד", "כאן עידו מהתמיכה הטכנית"),
    # ---- addresses
    "הכתובת: " + M("address", "רחוב הרצל 15 דירה 4, רמת גן"),
    "הכתובת שלי " + M("address", "שדרות רוטשילד 22, תל אביב"),
    M("address", "הנרקיסים 7 כניסה ב' קומה 3 דירה 12, באר שבע"),
    "כתובת למשלוח: " + M("address", "רחוב יפו 97, ירושלים 9434201"),
    (M("address", "דרך מנחם בגין 132, קומה 9, תל אביב"), "לאיזו כתובת לשלוח את הנתב?"),
    "אז הכתובת היא " + M("address", "העצמאות 41, אשדוד") + ", נכון?",
    "הכתובת זה " + M("address", "בית 18, שכונת אל-באדר, כפר קרע"),
    "עברנו, הכתובת החדשה " + M("address", "המייסדים 3, זכרון יעקב"),
    "כְּתוֹבֶת: " + M("address", "רְחוֹב הַגֶּפֶן 8, חֵיפָה"),
]

HE_NEG = [
    "שלום, הגעתם לשירות הלקוחות, מדברת מהמוקד, איך אפשר לעזור?",
    "כן, מדברת",
    "אני מתקשר בקשר לחשבונית של החודש",
    "החשבונית יצאה 249 שקל ובדרך כלל זה 180",
    "חבילה של 100 גיגה ב-39.90 לחודש",
    ("מספר ההזמנה 8823451907", "יש לך מספר הזמנה?"),
    "התור שלי ביום שלישי ה-12 במרץ בעשר בבוקר",
    "אני מתקשר מחיפה",
    "בסדר גמור, תודה",
    "השם שלי רשום על החשבון אבל אשתי משלמת",
    "מספר הפנייה 93847162",
    "הנחה של 20 אחוז ל-12 חודשים",
    "קניתי את המכשיר ב-2021",
    "זה אייפון 15 פרו, 256 ג'יגה",
    "מספר המשלוח RR937261940IL",
    "חיכיתי על הקו 45 דקות",
    "תחזרו אליי בשלוש וחצי",
    "יש לי יום הולדת בשבוע הבא, אפשר שזה יגיע לפני?",
    "החיוב יורד ב-10 לחודש",
    "הנתב מדגם ZTE H298A",
    "אפשר לדבר עם מנהל?",
    "הקוד שקיבלתי ב-SMS הוא 583204",
    "זה עולה 1,299 ש״ח",
    "המבצע נגמר ב-31 בדצמבר",
    "אני לקוח שלכם כבר 12 שנה",
    "בזק, הוט, פרטנר, כולם אותו דבר",
    "הטיסה LY 315 ביום ראשון",
    "שלוש מאות שישים וחמש שקל לשנה",
    "המשרד שלכם בקומה 3?",
    "אני גר בתל אביב",
    "מספר חשבונית 2024-118273",
    "זה הכרטיס שמסתיים ב-7848",
    "תוקף הכרטיס 09/27",
    "אני בן 42",
    "המהירות 500 מגה",
    "יש לכם סניף ברחוב הרצל?",
    "תודה רבה, יום טוב",
    "שמעתי שיש עלייה של 3.5 אחוז",
    "מספר התיק 9012773455",
    "המונה מראה 048271",
    "הקישו 1 לעברית, 2 לערבית, 3 לרוסית",
    "עברתי מפרטנר לסלקום לפני שנה",
    "החזר של 312 שקל יגיע תוך 5 ימי עסקים",
    "שָׁלוֹם, אֲנִי מִתְקַשֵּׁר בְּקֶשֶׁר לַחֶשְׁבּוֹן",
    "אני בסדר, קצת לחוץ היום",
    "ההתקנה ב-15.4 בין 8 ל-12",
    "החוזה נגמר בשנה הבאה, ב-2026",
    "יש לי שני קווים ושלושה כרטיסי SIM",
    "מה השעה אצלכם? פה זה כבר 11 בלילה",
    "קוראים לזה חבילת גלישה בחו״ל",
    "אני מתקשרת בשם אמא שלי, היא בת 80",
]

ITEMS["he"] = (HE_POS, HE_NEG)

# ================================================================ GREEK
GC1, GC2, GC3, GC4 = "4976480131961506", "5168932645041873", "4556565648768366", "5168423339136146"
GC5, GC6, GC7 = "4220540839223808", "4001099042252638", "5290536663335751"
GI1, GI2, GI3, GI4 = "GR7411549921202340955952230", "GR6802047132679878556600225", "GR7034359395658133528300134", "GR3634998370913743835240081"
GI5, GI6, GI7 = "CY50587046226975507270631549", "CY83580541018580687520247604", "IT21X2418801394900072353546"

EL_POS = [
    # ---- cards
    ("Ναι, " + M("card", g(GC1), c(GC1)), "Μου λέτε τον αριθμό της κάρτας;"),
    "Ο αριθμός της κάρτας είναι " + M("card", W("el", g(GC2), v="std", sep=", "), c(GC2)),
    "Λοιπόν, " + M("card", "σαράντα πέντε, πενήντα έξι, πενήντα έξι, πενήντα έξι, σαράντα οχτώ, εβδομήντα έξι, ογδόντα τρία, εξήντα έξι", c(GC3)),
    "Ο ΑΡΙΘΜΟΣ ΕΙΝΑΙ " + M("card", g(GC4), c(GC4)),
    M("card", GC5, c(GC5)) + ", αυτή είναι η χρεωστική μου",
    M("card", g(GC6), c(GC6)) + "... όχι συγγνώμη, αυτή έληξε, πάρτε την άλλη: " + M("card", g(GC7), c(GC7)),
    ("Άρα " + M("card", W("el", g(GC1), v="coll", sep=", "), c(GC1)) + ", σωστά;", "Ναι, " + g(GC1)),
    # ---- IBAN
    "Το IBAN μου είναι " + M("iban", g(GI2), ib(GI2)),
    ("Βεβαίως, " + M("iban", g(GI3), ib(GI3)), "Θα χρειαστώ το IBAN για την επιστροφή."),
    "Το IBAN: " + M("iban", "GR εβδομήντα τέσσερα, " + W("el", g(GI1[4:]), v="coll", sep=", "), ib(GI1)),
    "Είναι κυπριακός λογαριασμός, " + M("iban", g(GI5), ib(GI5)),
    "το iban ειναι " + M("iban", GI4.lower(), ib(GI4)),
    M("iban", g(GI6), ib(GI6)) + ", αυτός είναι ο λογαριασμός στην Τράπεζα Κύπρου",
    "Έχω λογαριασμό στην Ιταλία: " + M("iban", g(GI7), ib(GI7)),
    # ---- IDs: AFM, AMKA, police ID
    (M("id", "032958789", "afm:032958789"), "Τον ΑΦΜ σας παρακαλώ."),
    "ΑΦΜ: " + M("id", "εκατόν ένα, μηδέν ενενήντα ένα, εφτακόσια ογδόντα", "afm:101091780"),
    M("id", W("el", "192051806", v="coll"), "afm:192051806") + ", αυτός είναι ο ΑΦΜ μου",
    "γεννήθηκα " + M("date_of_birth", "14 Μαρτίου 1985") + " και το ΑΜΚΑ μου είναι " + M("id", "14038578952", "amka:14038578952"),
    "αριθμός ταυτότητας " + M("id", "ΑΚ 592031"),
    "Η ταυτότητα είναι " + M("id", "άλφα μι, τετρακόσια δώδεκα, οχτακόσια πενήντα εννιά"),
    (M("id", "τριάντα, μηδέν εφτά, ογδόντα οχτώ, ογδόντα έξι, εκατόν ογδόντα οχτώ", "amka:30078886188"), "Και τον ΑΜΚΑ;"),
    "Επιβεβαιώνω τον ΑΦΜ: " + M("id", "151 187 637", "afm:151187637") + ".",
    "ο αφμ μου ειναι " + M("id", "163761110", "afm:163761110"),
    "Λέγομαι " + M("name", "Στέλιος Μαυρίδης") + ", ΑΦΜ " + M("id", "177449773", "afm:177449773"),
    "ο ΑΦΜ της εταιρείας μου; όχι, ο προσωπικός: " + M("id", "μηδέν εφτά δύο, πεντακόσια πέντε, τριακόσια εξήντα πέντε", "afm:072505365"),
    # ---- phones
    "Το κινητό μου είναι " + M("phone", "697 314 5528"),
    (M("phone", "έξι εννιά οχτώ, εφτακόσια δώδεκα, τριάντα τέσσερα, πενήντα εννιά"), "Σε ποιο τηλέφωνο να σας καλέσουμε;"),
    "Σταθερό: " + M("phone", "+30 210 6429 318"),
    "στο σταθερό, " + M("phone", "2310 854 210") + ", μετά τις έξι",
    M("phone", "6974 218 503") + ", όχι, " + M("phone", "6974 218 530"),
    "το κινητο μου " + M("phone", "εξι εννια εννια μηδεν δυο πεντε εννια οχτω τεσσερα τρια"),
    M("phone", "+44 7700 900 377") + ", είμαι στο Λονδίνο για δουλειά",
    "Από Κύπρο, " + M("phone", "+357 99 612 448"),
    "Με λένε " + M("name", "Ερμίρα Χότζα") + " και το τηλέφωνό μου είναι " + M("phone", "6945 113 872"),
    # ---- emails
    M("email", "nikos.pap παπάκι gmail τελεία com"),
    "Το email μου: " + M("email", "maria_k89@yahoo.gr"),
    (M("email", "eleni τελεία georgiou παπάκι hotmail τελεία com"), "Το email σας;"),
    M("email", "giorgos παύλα antoniou παπάκι otenet τελεία gr"),
    "Άρα το email είναι " + M("email", "k.lambrou@outlook.com") + ", σωστά;",
    "στείλτε το στο " + M("email", "dimitris.k@mycompany.gr"),
    "ΤΟ EMAIL ΜΟΥ ΕΙΝΑΙ " + M("email", "ANNA.VLAHOU@GMAIL.COM"),
    M("email", "sotiria κάτω παύλα r παπάκι yahoo τελεία gr"),
    # ---- dates of birth
    "γεννήθηκα στις " + M("date_of_birth", "22 Ιουλίου 1979"),
    (M("date_of_birth", "δεκαπέντε του έξι του ογδόντα οχτώ"), "Ημερομηνία γέννησης;"),
    "ημερομηνία γέννησης " + M("date_of_birth", "02/07/1991"),
    "Έχω ημερομηνία γέννησης " + M("date_of_birth", "3 Σεπτεμβρίου 1962") + ", είναι σωστό;",
    "ημερομηνια γεννησης " + M("date_of_birth", "1/4/2000"),
    "είμαι γεννημένη " + M("date_of_birth", "πέντε Μαΐου του ενενήντα τέσσερα"),
    "Ημ. γέννησης " + M("date_of_birth", "11.09.1958"),
    # ---- names
    "Καλησπέρα, με λένε " + M("name", "Γιώργο Παπαδάκη"),
    "Λέγομαι " + M("name", "Κατερίνα Λάμπρου") + " και είμαι κάτοχος του λογαριασμού",
    "Καλημέρα σας, είμαι η " + M("name", "Ελένη") + ", πώς μπορώ να βοηθήσω;",
    ("Ευχαριστώ κύριε " + M("name", "Παπαδάκη") + ", μια στιγμή", "Καλησπέρα, με λένε Γιώργο Παπαδάκη"),
    "Το όνομά μου είναι " + M("name", "Δημήτριος Οικονόμου"),
    "ΜΕ ΛΕΝΕ " + M("name", "ΑΝΝΑ ΒΛΑΧΟΥ"),
    ("Σας ευχαριστώ πολύ κύριε " + M("name", "Παπαδόπουλε"), "Είμαι ο Νίκος Παπαδόπουλος"),
    "Με λένε " + M("name", "Άχμεντ Καρίμ") + ", είμαι από την Αίγυπτο",
    "καλησπερα, ονομαζομαι " + M("name", "σωτηρια ραπτη"),
    "εδώ " + M("name", "Βασίλης") + " από την τεχνική υποστήριξη",
    ("Κυρία " + M("name", "Λάμπρου") + ", σας ακούω", "Λέγομαι Κατερίνα Λάμπρου και είμαι κάτοχος του λογαριασμού"),
    # ---- addresses
    "μένω στην " + M("address", "Πατησίων 112, Αθήνα 11257"),
    "Η διεύθυνση είναι " + M("address", "οδός Εγνατίας 45, 3ος όροφος, Θεσσαλονίκη 54630"),
    (M("address", "Ερμού 18, Κηφισιά, 14562"), "Σε ποια διεύθυνση να στείλουμε τον εξοπλισμό;"),
    "στο γραφείο, " + M("address", "Λεωφόρος Κηφισίας 230, Μαρούσι"),
    M("address", "Καλοκαιρινού 54, Ηράκλειο Κρήτης, ΤΚ 71202"),
    "Άρα η διεύθυνση είναι " + M("address", "Αγίου Δημητρίου 7, Πάτρα") + ";",
    "η διευθυνση μου ειναι " + M("address", "ανδρεα παπανδρεου 33, γλυφαδα"),
    "Μένουμε " + M("address", "Αριστοτέλους εκατόν είκοσι τρία, δεύτερος όροφος, Λάρισα"),
    "στείλτε το στη διεύθυνση " + M("address", "Μιαούλη 9, Πειραιάς 18535"),
]

EL_NEG = [
    "Καλησπέρα σας, καλείτε την εξυπηρέτηση πελατών, λέγομαι... συγγνώμη, πώς μπορώ να βοηθήσω;",
    "Τηλεφωνώ από Θεσσαλονίκη",
    "Καλά είμαι, ευχαριστώ, εσείς;",
    "Ο λογαριασμός βγήκε 45,60 ευρώ",
    "Το πακέτο έχει 10 GB και κοστίζει 15 ευρώ τον μήνα",
    ("Ο αριθμός παραγγελίας είναι 4417229088123307", "Έχετε αριθμό παραγγελίας;"),
    "Το ραντεβού του τεχνικού είναι στις 15 Μαρτίου, από 9 έως 1",
    "Λέγεται Unlimited Plus το πρόγραμμα",
    "το όνομά μου είναι στον λογαριασμό, αλλά πληρώνει η κόρη μου",
    "είμαι πελάτης σας εδώ και 10 χρόνια",
    "η προθεσμία πληρωμής είναι 28/02",
    "έχω κλείσει ραντεβού για τις 10:30",
    "Η έκπτωση είναι 20% για έναν χρόνο",
    "περίμενα στη γραμμή σαράντα πέντε λεπτά",
    "Ο αριθμός αιτήματος είναι 90871234",
    "Πήρα το κινητό το 2022",
    "το ρούτερ είναι ZTE H288A",
    "πατήστε ένα για ελληνικά, δύο για αγγλικά",
    "αύριο έχω γενέθλια, θέλω να είναι έτοιμο",
    "Το τιμολόγιο με ημερομηνία 1η Οκτωβρίου",
    "θα σας καλέσουμε εντός 48 ωρών",
    "ο κωδικός επιβεβαίωσης είναι 583204",
    "είμαι ο ιδιοκτήτης του λογαριασμού",
    "είμαι η σύζυγός του, μπορώ να μιλήσω εγώ;",
    "η ταχύτητα είναι 24 Mbps αντί για 50",
    "η πτήση Α3 612 για Ηράκλειο",
    "μένω Αθήνα αλλά δουλεύω Πειραιά",
    "ευχαριστώ πολύ, καλή συνέχεια",
    "η λήξη της κάρτας είναι 09/27",
    "το ποσό επιστροφής 1.250,00 € θα πιστωθεί σε 5 εργάσιμες",
    "θέλω να μιλήσω με έναν υπεύθυνο",
    "Είμαι 42 χρονών",
    "ο μετρητής γράφει 048271",
    "ο αριθμός παροχής είναι 1 23456789-01 2",
    "Καλησπέρα, εξυπηρέτηση πελατών ΔΕΗ",
    "η Cosmote με χρέωσε διπλά τον Ιανουάριο",
    "είναι το κατάστημα στην Ερμού;",
    "είναι τρεισήμισι, θα είμαι σπίτι στις έξι",
    "χίλια διακόσια πενήντα ευρώ για ένα κινητό είναι πολλά",
    "έχω δύο γραμμές και ένα σταθερό",
    "ΕΙΝΑΙ ΤΟ ΠΡΟΓΡΑΜΜΑ MOBILE 5GB",
    "ο αριθμός συμβολαίου 7720118493",
    "εκατό ευρώ τον μήνα είναι πολλά",
    "Χρόνια πολλά και καλή χρονιά!",
    "τηλεφωνώ για το τιμολόγιο του Μαΐου",
    "ο κωδικός προσφοράς είναι SUMMER24",
    "Η βλάβη δηλώθηκε στις 3 Ιουνίου",
    "ναι, εγώ είμαι",
    "Πόσο κάνει το iPhone 16 με το πρόγραμμα των 30 ευρώ;",
    "ο αριθμός voucher 8813 2240 9971 5520",
    "μου είπατε ότι θα έρθει ο τεχνικός την Τρίτη 14/5",
]

ITEMS["el"] = (EL_POS, EL_NEG)

# ================================================================ MAIN

def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    outdir = os.path.join(root, "data", "redaction", "blind4")
    os.makedirs(outdir, exist_ok=True)
    for lang in ("en", "ar", "he", "el"):
        if lang not in ITEMS:
            continue
        pos, negs = ITEMS[lang]
        items = []
        for kind_list, personal in ((pos, True), (negs, False)):
            for entry in kind_list:
                marked, ctx = (entry if isinstance(entry, tuple) else (entry, None))
                it = build(lang, marked, ctx)
                assert bool(it["spans"]) == personal, (lang, marked)
                items.append(it)
        # interleave personal and non-personal deterministically (like a call log), keep all
        p = [x for x in items if x["spans"]]
        n = [x for x in items if not x["spans"]]
        mixed, i, j = [], 0, 0
        while i < len(p) or j < len(n):
            for _ in range(4):
                if i < len(p):
                    mixed.append(p[i]); i += 1
            for _ in range(3):
                if j < len(n):
                    mixed.append(n[j]); j += 1
        texts = [x["text"] for x in mixed]
        assert len(set(texts)) == len(texts), "duplicate text in " + lang
        counts = {k: 0 for k in KINDS}
        for it in mixed:
            for sp in it["spans"]:
                counts[sp["kind"]] += 1
                # cross-check with find(): the first occurrence must be this span or an earlier equal value
                v = it["text"].encode()[sp["start"]:sp["end"]].decode()
                f = find_span(it["text"], v, sp["kind"])
                assert f["start"] <= sp["start"] and f["start"] >= 0
        for k in KINDS:
            assert counts[k] >= 6, (lang, k, counts[k])
        with open(os.path.join(outdir, lang + ".jsonl"), "w", encoding="utf-8") as fh:
            for it in mixed:
                fh.write(json.dumps(it, ensure_ascii=False) + "\n")
        print("%s: %d items (%d personal, %d non-personal) spans %s"
              % (lang, len(mixed), len(p), len(n), " ".join("%s=%d" % kv for kv in counts.items())))


if __name__ == "__main__":
    main()
