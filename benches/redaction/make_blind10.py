#!/usr/bin/env python3
"""Blind held-out redaction set "blind10" (en, ar, he, el).

Who wrote it and how: a helper session, working only from a written brief
(the product's specification of what counts as personal data and the format
below). It never read the redactor, its rules, its tests or any other
evaluation set or generator. The calls, people, numbers and addresses are
invented; check digits (Luhn, IBAN mod-97, Teudat Zehut, Greek AFM, Saudi
ID/Iqama) are computed here, and every span and every long non-personal
number is checked by asserts below.

Output: data/redaction/blind10/{en,ar,he,el}.jsonl, one JSON object a line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...],
     "context": str}
  kind    one of card, iban, id, phone, email, date_of_birth, name, address
  start/end  BYTE offsets into the UTF-8 encoding of text (end exclusive),
          found by searching each span's substring, never counted by hand
  context an earlier line of the same call (not scored); "" when none
Items with empty spans are non-personal and must come out unchanged.

Standard library only; deterministic. Run: python3 make_blind10.py
"""
import collections
import json
import os
import re
import unicodedata

KINDS = ("card", "iban", "id", "phone", "email", "date_of_birth", "name", "address")
OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                       "..", "..", "data", "redaction", "blind10")

# ---------------------------------------------------------------- check digits

def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def luhn(body):
    """body digits -> body + Luhn check digit"""
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def tz_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    s = 0
    for i, ch in enumerate(d):
        v = int(ch) * (1 if i % 2 == 0 else 2)
        s += v - 9 if v > 9 else v
    return s % 10 == 0


def tz(body8):
    for c in "0123456789":
        if tz_ok(body8 + c):
            return body8 + c
    raise AssertionError(body8)


def afm_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return (s % 11) % 10 == int(d[8])


def afm(body8):
    s = sum(int(body8[i]) * 2 ** (8 - i) for i in range(8))
    return body8 + str((s % 11) % 10)


def saudi_ok(d):
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def saudi(body9):
    assert body9[0] in "12"
    return luhn(body9)


def ssn_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    a, g, s = d[:3], d[3:5], d[5:]
    return a not in ("000", "666") and a < "900" and g != "00" and s != "0000"


IBAN_LEN = {"GB": 22, "IE": 22, "IL": 23, "GR": 27, "CY": 28, "SA": 24, "AE": 23,
            "EG": 29, "JO": 30, "QA": 29, "KW": 30, "BH": 22, "DE": 22, "FR": 27,
            "LB": 28, "PS": 29, "TN": 24, "NL": 18, "ES": 24, "MT": 31}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if len(s) < 5 or IBAN_LEN.get(s[:2]) != len(s) or not s.isalnum():
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(country, bban):
    chk = 98 - _iban_num(bban + country + "00") % 97
    v = "%s%02d%s" % (country, chk, bban)
    assert iban_ok(v), v
    return v


def grp(s, *sizes, sep=" "):
    """'4111111111111111', 4 -> '4111 1111 1111 1111'; sizes repeat the last one"""
    out, i, k = [], 0, 0
    while i < len(s):
        n = sizes[min(k, len(sizes) - 1)]
        out.append(s[i:i + n])
        i += n
        k += 1
    return sep.join(out)


AR_DIGITS = "٠١٢٣٤٥٦٧٨٩"


def ar_digits(s):
    return "".join(AR_DIGITS[int(c)] if c.isdigit() else c for c in s)

# ------------------------------------------------------ spoken digits (make)

SAY = {
    "en": "zero one two three four five six seven eight nine".split(),
    "ar": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "eg": "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
    "he": "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split(),
    "hem": "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split(),
    "el": "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split(),
}


def say(digits, lang, groups=None, gsep=None, oh=False):
    """digits -> words, e.g. say('0541', 'en', oh=True) -> 'oh five four one'"""
    words = SAY[lang]
    if gsep is None:
        gsep = "، " if lang in ("ar", "eg") else ", "

    def w(c):
        if c == "0" and oh:
            return "oh"
        return words[int(c)]
    if not groups:
        return " ".join(w(c) for c in digits)
    parts = grp(digits, *groups, sep="|").split("|")
    return gsep.join(" ".join(w(c) for c in p) for p in parts)

# ------------------------------------------------------ spoken digits (read)

def norm_word(w):
    w = unicodedata.normalize("NFD", w.lower())
    w = "".join(c for c in w if not unicodedata.combining(c))
    w = w.replace("ـ", "")
    for a, b in (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ة", "ه"), ("ى", "ي"), ("ς", "σ")):
        w = w.replace(a, b)
    return unicodedata.normalize("NFC", w)


def _vocab(spec):
    """spec: {type: {value: 'word word ...'}} -> {normalized word: (type, value)}"""
    v = {}
    for typ, table in spec.items():
        for val, words in table.items():
            for w in words.split():
                v[norm_word(w)] = (typ, val)
    return v


_U = "u"; _T = "t"; _TEEN = "teen"; _TS = "ts"; _H = "H"; _HM = "h"; _REP = "rep"; _C = "c"
VOCAB = {
    "en": _vocab({
        _U: {0: "zero oh o nought", 1: "one", 2: "two", 3: "three", 4: "four", 5: "five",
             6: "six", 7: "seven", 8: "eight", 9: "nine"},
        _TEEN: {10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen",
                15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen"},
        _T: {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty",
             70: "seventy", 80: "eighty", 90: "ninety"},
        _REP: {2: "double", 3: "triple"},
        _HM: {100: "hundred"},
        _C: {0: "and"},
    }),
    "ar": _vocab({
        _U: {0: "صفر زيرو", 1: "واحد احد", 2: "اثنين اتنين اثنان ثنين اثنا تنين ثنتين",
             3: "ثلاثة تلاتة ثلاث تلات", 4: "أربعة أربع اربعة اربع", 5: "خمسة خمس",
             6: "ستة ست", 7: "سبعة سبع", 8: "ثمانية تمانية ثمان تمن ثمنية تمنية",
             9: "تسعة تسع"},
        _TS: {10: "عشر عشرة"},
        _TEEN: {11: "احدعش حداشر احداشر", 12: "اطنعش اثنعش اتناشر اطناشر",
                13: "تلطعش ثلطعش تلتاشر", 14: "اربعطعش اربعتاشر", 15: "خمسطعش خمستاشر",
                16: "ستطعش ستاشر", 17: "سبعطعش سبعتاشر", 18: "ثمنطعش تمنتاشر",
                19: "تسعطعش تسعتاشر"},
        _T: {20: "عشرين", 30: "ثلاثين تلاتين", 40: "أربعين اربعين", 50: "خمسين",
             60: "ستين", 70: "سبعين", 80: "ثمانين تمانين", 90: "تسعين"},
        _H: {100: "مية مئة مائة", 200: "ميتين مئتين", 300: "ثلاثمية تلتمية ثلاثمائة",
             400: "اربعمية أربعمائة", 500: "خمسمية خمسمائة", 600: "ستمية ستمائة",
             700: "سبعمية سبعمائة", 800: "تمنمية ثمانمائة", 900: "تسعمية تسعمائة"},
    }),
    "he": _vocab({
        _U: {0: "אפס", 1: "אחת אחד", 2: "שתיים שתים שניים", 3: "שלוש שלושה",
             4: "ארבע ארבעה", 5: "חמש חמישה", 6: "שש שישה", 7: "שבע שבעה",
             8: "שמונה", 9: "תשע תשעה"},
        _TS: {10: "עשר עשרה"},
        _T: {20: "עשרים", 30: "שלושים", 40: "ארבעים", 50: "חמישים", 60: "שישים",
             70: "שבעים", 80: "שמונים", 90: "תשעים"},
        _H: {100: "מאה", 200: "מאתיים"},
        _HM: {100: "מאות"},
    }),
    "el": _vocab({
        _U: {0: "μηδέν μηδενικό", 1: "ένα ένας μία μια", 2: "δύο δυο", 3: "τρία τρεις",
             4: "τέσσερα τέσσερις", 5: "πέντε", 6: "έξι", 7: "επτά εφτά", 8: "οκτώ οχτώ",
             9: "εννέα εννιά"},
        _TEEN: {10: "δέκα", 11: "έντεκα", 12: "δώδεκα", 13: "δεκατρία", 14: "δεκατέσσερα",
                15: "δεκαπέντε", 16: "δεκαέξι", 17: "δεκαεπτά δεκαεφτά",
                18: "δεκαοκτώ δεκαοχτώ", 19: "δεκαεννέα δεκαεννιά"},
        _T: {20: "είκοσι", 30: "τριάντα", 40: "σαράντα", 50: "πενήντα", 60: "εξήντα",
             70: "εβδομήντα", 80: "ογδόντα", 90: "ενενήντα"},
        _H: {100: "εκατό εκατόν", 200: "διακόσια", 300: "τριακόσια", 400: "τετρακόσια",
             500: "πεντακόσια", 600: "εξακόσια", 700: "επτακόσια εφτακόσια",
             800: "οκτακόσια οχτακόσια", 900: "εννιακόσια εννεακόσια"},
        _C: {0: "και"},
    }),
}
PREFIX = {"he": "ו", "ar": "و"}  # "and" glued to a number word


def tokenize(text):
    return re.findall(r"[^\W_]+", text)


def classify(tok, lang):
    """-> ('d', digits) | (type, value, glued_and) | None"""
    if all(c.isdigit() for c in tok):
        return ("d", "".join(str(unicodedata.digit(c)) for c in tok), False)
    w = norm_word(tok)
    voc = VOCAB[lang]
    if w in voc:
        return voc[w] + (False,)
    p = PREFIX.get(lang)
    if p and w.startswith(p) and w[1:] in voc:
        return voc[w[1:]] + (True,)
    return None


def _tail(toks, i, lang):
    """number after a hundreds word: -> (value, next index)"""
    n = len(toks)
    if i < n and toks[i] and toks[i][0] == _C and i + 1 < n and toks[i + 1] \
            and toks[i + 1][0] in (_T, _TEEN, _U):
        i += 1
    if i < n and toks[i]:
        typ, val = toks[i][0], toks[i][1]
        if typ == _T:
            if i + 1 < n and toks[i + 1] and toks[i + 1][0] == _U and toks[i + 1][1] > 0:
                return val + toks[i + 1][1], i + 2
            return val, i + 1
        if typ == _TEEN:
            return val, i + 1
        if typ == _U and val > 0:
            if i + 1 < n and toks[i + 1] and toks[i + 1][0] == _T and lang == "ar" \
                    and toks[i + 1][2]:
                return toks[i + 1][1] + val, i + 2
            if i + 1 < n and toks[i + 1] and toks[i + 1][0] == _TS:
                return 10 + val, i + 2
            return val, i + 1
    return 0, i


def decode_runs(text, lang):
    """maximal runs of consecutive number tokens (digits or words) -> digit strings"""
    toks = [classify(t, lang) for t in tokenize(text)]
    runs, cur, i, n = [], "", 0, len(toks)

    def nxt(k):
        return toks[k] if k < n else None
    while i < n:
        t = toks[i]
        if t is None or t[0] == _C:
            if cur:
                runs.append(cur)
            cur = ""
            i += 1
            continue
        typ, val = t[0], t[1]
        b = nxt(i + 1)
        if typ == "d":
            cur += val
            i += 1
        elif typ == _REP:
            if b and b[0] == _U:
                cur += str(b[1]) * val
                i += 2
            else:
                i += 1
        elif typ == _U:
            if b and b[0] == _HM:
                rem, i = _tail(toks, i + 2, lang)
                cur += str(val * 100 + rem)
            elif b and b[0] == _TS:
                cur += str(10 + val)
                i += 2
            elif b and b[0] == _T and lang == "ar" and b[2] and val > 0:
                cur += str(b[1] + val)
                i += 2
            else:
                cur += str(val)
                i += 1
        elif typ == _T:
            if b and b[0] == _U and b[1] > 0 and lang != "ar":
                cur += str(val + b[1])
                i += 2
            else:
                cur += str(val)
                i += 1
        elif typ in (_TEEN, _TS):
            cur += str(val)
            i += 1
        elif typ in (_H, _HM):
            rem, i = _tail(toks, i + 1, lang)
            cur += str(val + rem)
        else:
            raise AssertionError(t)
    if cur:
        runs.append(cur)
    return runs


def digits_of(text, lang):
    return "".join(decode_runs(text, lang))


def iban_of(text, lang):
    """Latin letters (upper case, spelled or grouped), digits and number words -> IBAN"""
    out, words = [], []
    for t in tokenize(text) + ["|"]:
        literal = re.fullmatch(r"[A-Z]+|[A-Za-z0-9]*[0-9][A-Za-z0-9]*", t)
        if literal or t == "|":
            if words:
                out.append(digits_of(" ".join(words), lang))
                words = []
            if literal:
                out.append(t.upper())
        else:
            words.append(t)
    return "".join(out)

# ------------------------------------------------------------------ checking

ID_CHECK = {"tz": tz_ok, "afm": afm_ok, "sa": saudi_ok, "ssn": ssn_ok}
DEFAULT_ID = {"en": "ssn", "he": "tz", "el": "afm", "ar": "sa"}


def check_value(kind, sub, lang, opts):
    if opts.get("check") is False:
        return
    if kind == "card":
        d = opts.get("digits") or digits_of(sub, lang)
        assert 13 <= len(d) <= 19 and luhn_ok(d), (sub, d)
    elif kind == "iban":
        v = opts.get("digits") or iban_of(sub, lang)
        assert iban_ok(v), (sub, v)
    elif kind == "id":
        d = opts.get("digits") or digits_of(sub, lang)
        t = opts.get("t", DEFAULT_ID[lang])
        assert ID_CHECK[t](d), (sub, d, t)
    elif kind == "phone":
        d = opts.get("digits") or digits_of(sub, lang)
        assert 7 <= len(d) <= 15, (sub, d)


def check_rest(text, lang):
    """numbers outside the spans must not pass the personal-number checks"""
    for d in decode_runs(text, lang):
        if 13 <= len(d) <= 19:
            assert not luhn_ok(d), ("Luhn-valid non-personal number", d, text)
        if len(d) == 9:
            assert not tz_ok(d) and not afm_ok(d), ("TZ/AFM-valid", d, text)
        if len(d) == 10 and d[0] in "12":
            assert not luhn_ok(d), ("Saudi-ID-valid", d, text)
    assert not re.search(r"\b\d{3}-\d{2}-\d{4}\b", text), text
    for m in re.finditer(r"\b[A-Z]{2}\d{2}[A-Z0-9 ]{10,}", text):
        assert not iban_ok(m.group(0)), text


def build(items, lang):
    rows = []
    for it in items:
        text, spans = it[0], it[1]
        ctx = it[2] if len(it) > 2 else ""
        assert text == text.strip() and "\n" not in text, text
        b = text.encode("utf-8")
        pos, out, cuts = 0, [], []
        for sp in spans:
            kind, sub = sp[0], sp[1]
            opts = sp[2] if len(sp) > 2 else {}
            assert kind in KINDS, kind
            assert sub and sub == sub.strip(), (text, sub)
            idx = text.find(sub, pos)
            for _ in range(opts.get("nth", 0)):
                idx = text.find(sub, idx + 1)
            assert idx >= 0, ("span not found after previous span", sub, text)
            start = len(text[:idx].encode("utf-8"))
            end = start + len(sub.encode("utf-8"))
            assert b[start:end].decode("utf-8") == sub
            check_value(kind, sub, lang, opts)
            out.append({"kind": kind, "start": start, "end": end})
            cuts.append((idx, idx + len(sub)))
            pos = idx + len(sub)
        for a, c in zip(out, out[1:]):
            assert a["end"] <= c["start"], text
        rest, last = "", 0
        for a, c in cuts:
            rest += text[last:a] + " ¦ "
            last = c
        check_rest(rest + text[last:], lang)
        rows.append({"text": text, "spans": out, "context": ctx})
    texts = [r["text"] for r in rows]
    dup = [t for t, k in collections.Counter(texts).items() if k > 1]
    assert not dup, dup
    return rows


def stats(rows):
    c = collections.Counter(s["kind"] for r in rows for s in r["spans"])
    neg = sum(1 for r in rows if not r["spans"])
    return c, neg


LANGS = collections.OrderedDict((k, []) for k in ("en", "ar", "he", "el"))

# ==================================================================== DATA
# (languages are appended below, one at a time)

# ------------------------------------------------------------- English (1/3)
EN = LANGS["en"]

# E1. Vet surgery, Leeds (Yorkshire caller, Welsh surname)
EN_C1 = luhn("492938110462770")
_q = "Lovely. Can I take the first line of the address and the postcode?"
EN += [
    ("Good morning, Meadowbank Veterinary Surgery, you're through to Bethany, how can I help?",
     [("name", "Bethany")]),
    ("Hiya, yeah, it's Gareth Pryce here, I'm ringing about Biscuit, she's due her booster.",
     [("name", "Gareth Pryce")]),
    ("Lovely, thank you. Can I take the first line of the address and the postcode?", []),
    ("yeah it's 14 Cranbrook Avenue Horsforth LS18 5PJ",
     [("address", "14 Cranbrook Avenue Horsforth LS18 5PJ")], _q),
    ("Right, I've got Biscuit, springer spaniel, last seen on the 3rd of February for her teeth, "
     "and she weighed 18.4 kilos then.", []),
    ("Her date of birth on the system is the twelfth of June 2019, so she's coming up five.", []),
    ("The booster's forty-two pounds fifty, and if you want the kennel cough one as well it's "
     "another twenty-eight.", []),
    ("I can do Thursday the 9th at ten past four, or Saturday morning at half nine at the "
     "Otley Road branch.", []),
    ("And is the best number still oh seven seven double oh, nine double oh, four eight one?",
     [("phone", "oh seven seven double oh, nine double oh, four eight one")]),
    ("No, that's the old one, it's, um, oh seven nine four six, two one three, eight five seven.",
     [("phone", "oh seven nine four six, two one three, eight five seven")]),
    ("Can we do the reminders by email instead? It's gaz dot pryce seventy-one at gmail dot com.",
     [("email", "gaz dot pryce seventy-one at gmail dot com")]),
    ("Perfect, that's booked, reference 20931, and we'll text you 24 hours before.", []),
    ("Go on then, it's %s." % grp(EN_C1, 4), [("card", grp(EN_C1, 4))],
     "We take a ten pound deposit for Saturday slots, is that alright?"),
]

# E2. Courier, London (Nigerian caller)
EN_I1 = iban("GB", "LOYD30963817602245")
EN += [
    ("SwiftDrop Couriers, good afternoon, this is Tunde speaking.", [("name", "Tunde")]),
    ("Good afternoon sir. My name is Chukwuemeka Obi, but everybody calls me Emeka.",
     [("name", "Chukwuemeka Obi"), ("name", "Emeka")]),
    ("Alright sir, no wahala. What's the tracking number on the card they left?", []),
    ("It's SD 4471 0938 2265 3, they said they tried on Monday at 14:32.", []),
    ("Yes I can see it, it was taken back to the Croydon depot, it's 2.3 kilos, two pairs of "
     "Clarks shoes from the Jumia order.", []),
    ("Where should we deliver to this time?", []),
    ("Please deliver to Flat 3, 27 Coldharbour Lane, Brixton, SE5 9NR. Not the shop downstairs o.",
     [("address", "Flat 3, 27 Coldharbour Lane, Brixton, SE5 9NR")]),
    ("The driver can call me on plus two three four, eight oh three, four one two, seven seven "
     "six nine, it's my WhatsApp.",
     [("phone", "plus two three four, eight oh three, four one two, seven seven six nine")]),
    ("There's a redelivery fee of £4.99, or it's free if you pick it up before 8pm Friday.", []),
    ("For the refund of the first fee, can you send it to my account? The IBAN is %s."
     % grp(EN_I1, 4), [("iban", grp(EN_I1, 4))]),
    ("OK, and an email for the confirmation, sir?", []),
    ("emeka underscore obi at yahoo dot co dot uk",
     [("email", "emeka underscore obi at yahoo dot co dot uk")],
     "OK, and an email for the confirmation, sir?"),
    ("Sorted. Slot is Wednesday between 7 and 12, you'll get a one-hour window on the day.", []),
]

# E3. Gym membership, Brisbane (Australian)
EN_C2 = luhn("535810447391266")
_q = "And just for security, can I get your date of birth?"
EN += [
    ("G'day, you've called FitLife Chermside, Jarrah speaking.", [("name", "Jarrah")]),
    ("Oh hi, it's Bronwyn Mitchell, I wanted to freeze my membership for a bit.",
     [("name", "Bronwyn Mitchell")]),
    ("No worries Bron, I can help with that.", [("name", "Bron")]),
    ("And just for security, can I get your date of birth?", []),
    ("fourteenth of the seventh ninety one",
     [("date_of_birth", "fourteenth of the seventh ninety one")], _q),
    ("Yep that's you. So the freeze is $15 a fortnight, minimum two weeks, max three months.", []),
    ("Your membership started 1 March 2022 on the 12 month contract, so you're out of contract "
     "anyway.", []),
    ("Can you take the fee off a different card? The other one's expired. It's "
     "%s." % say(EN_C2, "en", groups=(4,)),
     [("card", say(EN_C2, "en", groups=(4,)))]),
    ("Is 0412 739 506 still the best number for you?", [("phone", "0412 739 506")]),
    ("The Chermside club's open 5am to 10pm weekdays and closes at 9 on Sundays.", []),
    ("Can you put my new address on, I moved? It's 8 Lutwyche Road, Windsor 4030.",
     [("address", "8 Lutwyche Road, Windsor 4030")]),
    ("Sweet, so the freeze starts Monday the 4th and you're back on the 2nd of September.", []),
]

# E4. Airline, call from Chennai (Indian caller)
EN_C3 = luhn("37144963539843")
_q = "Can I have the name as it is on the passport, please?"
EN += [
    ("Thank you for calling Skyward Airways, my name is Priya, may I have your booking "
     "reference?", [("name", "Priya")]),
    ("Yes madam, it is Q7XK2P, flight SK 417 Chennai to Heathrow on the 18th.", []),
    ("Can I have the name as it is on the passport, please?", []),
    ("Venkatesh, V-E-N-K-A-T-E-S-H, surname Subramanian.",
     [("name", "Venkatesh"), ("name", "V-E-N-K-A-T-E-S-H"), ("name", "Subramanian")], _q),
    ("Thank you sir. And your date of birth?", []),
    ("23rd November 1987.", [("date_of_birth", "23rd November 1987")],
     "Thank you sir. And your date of birth?"),
    ("I want to change to the 21st, the same flight, SK 417, if there is seat.", []),
    ("The change fee is 75 pounds plus a fare difference of 212 pounds 40, total 287.40.", []),
    ("Okay, please charge my Amex, %s." % grp(EN_C3, 4, 6, 5),
     [("card", grp(EN_C3, 4, 6, 5))]),
    ("For the e-ticket, my email is venkat.s87@rediffmail.com and mobile +91 98450 31276.",
     [("email", "venkat.s87@rediffmail.com"), ("phone", "+91 98450 31276")]),
    ("Your new ticket number is 176 2418 903 554 and seat 34K is confirmed.", []),
]

# ------------------------------------------------------------- English (2/3)
# E5. City water department, Columbus, Ohio (US caller)
EN_C4 = luhn("402400715336981")
EN += [
    ("City of Columbus Public Utilities, thanks for holding, how can I help you today?", []),
    ("Yeah hi, this is DeShawn Carter, I got a water bill for like three hundred dollars and "
     "there's no way that's right.", [("name", "DeShawn Carter")]),
    ("4418 Whitehall Drive, Columbus, 43227.",
     [("address", "4418 Whitehall Drive, Columbus, 43227")],
     "I'm sorry to hear that. What's the service address?"),
    ("OK, I see account 0031 88214 07. Your usual is about $87 and this one's $312.46 for "
     "62 days.", []),
    ("The meter read on April 14th was 14,820 gallons, so it's either a leak or a misread.", []),
    ("yeah it's four one two, seven seven, oh nine three eight",
     [("id", "four one two, seven seven, oh nine three eight")],
     "To put you on a payment arrangement I need to verify you, can I get your Social "
     "Security number?"),
    ("uh march third nineteen ninety", [("date_of_birth", "march third nineteen ninety")],
     "And your date of birth?"),
    ("First installment's $78.12 today, then three more on the 15th of each month.", []),
    ("I'll do it on the card, it's %s." % grp(EN_C4, 4, sep="-"),
     [("card", grp(EN_C4, 4, sep="-"))]),
    ("Can you email me that leak form? deshawn.carter.oh@outlook.com",
     [("email", "deshawn.carter.oh@outlook.com")]),
    ("Sure, the form has to come back within 30 days, with a plumber's invoice dated after "
     "May 1st.", []),
]

# E6. Car hire, Dublin Airport (Irish caller)
EN_I2 = iban("IE", "BOFI90583812447190")
EN_I2_SAID = "%s, %s, %s, %s" % (
    " ".join(EN_I2[:2]), say(EN_I2[2:4], "en"), "-".join(EN_I2[4:8]),
    say(EN_I2[8:], "en", groups=(4,), oh=True))
EN += [
    ("Good afternoon, Emerald Car Hire, Ciarán speaking.", [("name", "Ciarán")]),
    ("Hi there, I'm after getting charged twice for the rental, 250 euro each time, and the "
     "deposit never came back.", []),
    ("Orla Keane, and the agreement is RA 55102, it was a Hyundai i30 from Dublin Airport.",
     [("name", "Orla Keane")],
     "Sorry about that. Can I get your name and the rental agreement number?"),
    ("Thanks Orla. Yeah I can see the €250 pre-authorisation on the 2nd of August and a second "
     "one on the 9th.", [("name", "Orla")]),
    ("The car was returned at 06:40 on the 9th with a full tank and 42,118 km on the clock.", []),
    ("it's %s" % grp(EN_I2, 4), [("iban", grp(EN_I2, 4))],
     "We can refund it by bank transfer, what's your IBAN?"),
    ("So that's %s." % EN_I2_SAID, [("iban", EN_I2_SAID)]),
    ("oh eight seven, three one four, twenty-two fifty-nine",
     [("phone", "oh eight seven, three one four, twenty-two fifty-nine")],
     "And a contact number in case there's a problem with it?"),
    ("And post the paperwork out, would you? My home address is 12 Seaview Terrace, Salthill, "
     "Galway, H91 X2T4.", [("address", "12 Seaview Terrace, Salthill, Galway, H91 X2T4")]),
    ("You'll see it back in five to seven working days, and I've waived the €35 admin fee.", []),
]

# E7. Charity, supporter care (older English caller)
EN_I3 = iban("GB", "NWBK60730144882177")
EN_I3_SAID = "G B, %s, N W B K, %s" % (say(EN_I3[2:4], "en"),
                                       say(EN_I3[8:], "en", groups=(4,), oh=True))
EN_C5 = luhn("540436110829735")
EN_C5_SAID = "five four oh four, three six one one, oh eight two... no, sorry, " \
    "oh eight two nine, seven three five " + say(EN_C5[-1], "en")
EN += [
    ("Oh hello dear. I'm Margaret Holloway, but do call me Peggy, everyone does.",
     [("name", "Margaret Holloway"), ("name", "Peggy")]),
    ("I'd like to give monthly, ten pounds, I saw your advert on the telly on Sunday night.", []),
    ("That's wonderful, Peggy. If you're a UK taxpayer we can claim Gift Aid, which adds 25p to "
     "every pound.", [("name", "Peggy")]),
    ("It's, er, 2 Rosemary Cottages, Church Lane, Little Hadham, that's S G eleven, two D Q.",
     [("address", "2 Rosemary Cottages, Church Lane, Little Hadham"),
      ("address", "S G eleven, two D Q")],
     "For Gift Aid I'll need your home address and postcode, it's just for HMRC."),
    ("It says IBAN on my statement, shall I read that? %s." % EN_I3_SAID,
     [("iban", EN_I3_SAID)]),
    ("And I'd like to give fifty pounds today as well, on my Mastercard, it's %s." % EN_C5_SAID, [("card", EN_C5_SAID, {"digits": EN_C5})]),
    ("Well I was born on the second of April nineteen forty-one, so I think I'm old enough for "
     "your lottery!", [("date_of_birth", "second of April nineteen forty-one")]),
    ("peggy dot holloway at bt internet dot com, my grandson set it up for me",
     [("email", "peggy dot holloway at bt internet dot com")],
     "And is there an email address we can send the receipt to?"),
    ("Your first £10 goes out on or around the 1st of next month and the draw's every Friday, "
     "£1 a go.", []),
    ("You'll get a welcome pack in 10 to 14 days with a photo of Bramble, the puppy you're "
     "sponsoring.", []),
]

# E8. Home insurance, flood claim, Texas
EN += [
    ("Lone Star Mutual claims, this is Huong, can I get the policy number?", [("name", "Huong")]),
    ("Yes ma'am, it's HO 7731 0452 88, and this is Bobby Ray Tillman.",
     [("name", "Bobby Ray Tillman")]),
    ("OK sir, I'm so sorry about the flooding. What's the address of the damaged property?",
     []),
    ("It's 2207 Bayou Bend Court, Dickinson, Texas 77539, we had about two feet of water in the "
     "den.", [("address", "2207 Bayou Bend Court, Dickinson, Texas 77539")]),
    ("That was from Hurricane Beryl on July 8th? Your deductible is 2% of Coverage A, so about "
     "$4,800.", []),
    ("Yep. Social's 461-39-2857.", [("id", "461-39-2857")],
     "I'll need your Social to verify the claim."),
    ("And my wife's on the policy too, her social is four five two, eight one, six six oh four.",
     [("id", "four five two, eight one, six six oh four")]),
    ("ten twenty-two sixty-eight", [("date_of_birth", "ten twenty-two sixty-eight")],
     "And your date of birth, Mr Tillman?"),
    ("Best number for the adjuster is 409-555-0187, that's my cell.",
     [("phone", "409-555-0187")]),
    ("An adjuster will be out within 72 hours, claim number 26-0841177-TX, and keep receipts "
     "for the fans and the dehumidifier.", []),
    ("You've got $25,000 contents coverage and living expenses up to 20% while the house dries "
     "out.", []),
]

# ------------------------------------------------------------- English (3/3)
# E9. University registry, UK (Anglo-Israeli applicant)
EN_T1 = tz("32581764")
EN_T2 = tz("01472583")
EN_I4 = iban("IL", "0126900000054328117")
EN += [
    ("Hi, my name is Hudi Goldberg, I'm an international applicant from Israel, I got my offer "
     "last week.", [("name", "Hudi Goldberg")]),
    ("I don't have my passport on me but my Israeli ID number, the teudat zehut, is %s."
     % EN_T1, [("id", EN_T1, {"t": "tz"})]),
    ("The fees are being paid by my dad, you need his ID too? It's %s." % say(EN_T2, "en"),
     [("id", say(EN_T2, "en"), {"t": "tz"})]),
    ("it's the fourth of September 2003",
     [("date_of_birth", "fourth of September 2003")],
     "And can you confirm your date of birth?"),
    ("Your application number is 2401-77318, that's the MSc in Data Science, and the CAS goes "
     "out six weeks before the course.", []),
    ("The tuition deposit is £2,000, due by 31 July, and welcome week starts on the 22nd of "
     "September.", []),
    ("If the visa's refused the deposit goes back to my Israeli account, the IBAN is %s."
     % grp(EN_I4, 4), [("iban", grp(EN_I4, 4))]),
    ("hudi gold oh three at gmail dot com", [("email", "hudi gold oh three at gmail dot com")],
     "What's the best email for the CAS?"),
    ("My address in Israel is 22 HaPalmach Street, apartment 5, Jerusalem, if you need it for "
     "the letter.", [("address", "22 HaPalmach Street, apartment 5, Jerusalem")]),
]

# E10. Dental practice, Dublin (older Irish caller)
EN_C6 = luhn("491761003288441")
EN_C6_SAID = "%s %s, um, %s, %s" % (EN_C6[:4], EN_C6[4:8], say(EN_C6[8:12], "en"),
                                    say(EN_C6[12:], "en"))
EN_I5 = iban("IE", "AIBK93208547110362")
EN += [
    ("Hi, it's Paddy Doyle here, I've an appointment Tuesday at half two and I need to move it.",
     [("name", "Paddy Doyle")]),
    ("the ninth of the ninth, seventy-nine", [("date_of_birth", "ninth of the ninth, seventy-nine")],
     "Grand, can you confirm your date of birth for me?"),
    ("A crown's €850, the PRSI covers the exam and the clean, so you'd only pay the €60 for "
     "today.", []),
    ("The mobile's oh eight five, double two, six, four oh, nine one, if she needs to ring me.",
     [("phone", "oh eight five, double two, six, four oh, nine one")]),
    ("Pay the sixty now, sure. The card is %s." % EN_C6_SAID, [("card", EN_C6_SAID)]),
    ("Send the receipt to paddy dot doyle at eircom dot net, would you.",
     [("email", "paddy dot doyle at eircom dot net")]),
    ("And the refund of the overpayment from March, put it in the credit union account, %s."
     % EN_I5, [("iban", EN_I5)]),
]

# E11. Concert ticket refund, Riyadh (Indian expat)
EN_S1 = saudi("245871360")
EN_S2 = saudi("108347762")
EN_I6 = iban("SA", "80000123608019283746")
EN_I6_SAID = "S A %s, %s" % (say(EN_I6[2:4], "en"), say(EN_I6[4:], "en", groups=(4,)))
EN_C7 = luhn("558843190062751")
EN += [
    ("Hello, this is Anil Kumar Reddy, I bought four tickets for the concert on 14 December and "
     "it got cancelled.", [("name", "Anil Kumar Reddy")]),
    ("Yes, my Iqama number is %s." % grp(EN_S1, 4), [("id", grp(EN_S1, 4), {"t": "sa"})],
     "Please confirm the Iqama number used for the booking."),
    ("The other two were booked on my colleague's national ID, %s, he is Saudi."
     % grp(EN_S2, 3, 3, 4), [("id", grp(EN_S2, 3, 3, 4), {"t": "sa"})]),
    ("fifteen zero six nineteen eighty-four, as on the Iqama",
     [("date_of_birth", "fifteen zero six nineteen eighty-four")], "And your date of birth?"),
    ("The refund is four tickets at 350 riyals plus 15% VAT, total 1,610 riyals, within 7 to 10 "
     "working days.", []),
    ("I paid with my card %s, but that card is closed now." % grp(EN_C7, 4),
     [("card", grp(EN_C7, 4))]),
    ("Then please send it to my Al Rajhi account, %s." % grp(EN_I6, 4),
     [("iban", grp(EN_I6, 4))]),
    ("Let me repeat: %s. Correct?" % EN_I6_SAID, [("iban", EN_I6_SAID)]),
    ("If any problem, call me, zero five five, three one eight, four zero seven two.",
     [("phone", "zero five five, three one eight, four zero seven two")]),
]

# E12. Apartment leasing office, Houston (Nigerian-American caller)
EN_C8 = luhn("601100094328165")
EN += [
    ("Hi, my name is Ngozi Adeyemi, I toured unit 2B on Saturday and I want to apply.",
     [("name", "Ngozi Adeyemi")]),
    ("2B is the two-bed, 1,040 square feet, $1,475 a month, available June 1st on a 12-month "
     "lease.", []),
    ("ok my social is 529 61 0083 and date of birth is 07/19/1993",
     [("id", "529 61 0083"), ("date_of_birth", "07/19/1993")]),
    ("My husband is co-signing, his social is six oh one, four four, one two one nine.",
     [("id", "six oh one, four four, one two one nine")]),
    ("Cell is (713) 555-0162 and email ngozi.adeyemi93@gmail.com.",
     [("phone", "(713) 555-0162"), ("email", "ngozi.adeyemi93@gmail.com")]),
    ("The $45 application fee, I'll put it on my Discover, %s." % grp(EN_C8, 4),
     [("card", grp(EN_C8, 4))]),
]

# -------------------------------------------------------------- Arabic (1/3)
AR = LANGS["ar"]

# A1. Roadside assistance, Riyadh (Najdi)
AR_S1 = saudi("108543276")
AR_C1 = luhn("446404127730815")
AR += [
    ("مساك الله بالخير، معك نوف من خدمة المساعدة على الطريق، كيف أقدر أخدمك؟",
     [("name", "نوف")]),
    ("مساء النور، معك عبدالعزيز الدوسري، السيارة طفت علي في طريق الملك فهد قبل مخرج ٥.",
     [("name", "عبدالعزيز الدوسري")]),
    ("سلامات أستاذ عبدالعزيز، ما تشوف شر. عطني رقم الهوية عشان أتأكد من الاشتراك.",
     [("name", "عبدالعزيز")]),
    ("الهوية %s" % ar_digits(AR_S1), [("id", ar_digits(AR_S1))],
     "عطني رقم الهوية عشان أتأكد من الاشتراك."),
    ("١٢ رجب ١٤٠٥", [("date_of_birth", "١٢ رجب ١٤٠٥")], "وتاريخ الميلاد لو سمحت؟"),
    ("اشتراكك ساري لين ٣٠ شوال، ويشمل السحب لحد ٥٠ كيلو، والونش يوصلك خلال ٤٥ دقيقة.", []),
    ("السيارة كامري ٢٠١٩ بيضا، واقفة بعد محطة ساسكو على اليمين، قبل جسر الإمام سعود.", []),
    ("لا ودوها البيت أحسن، العنوان حي الملقا، شارع أنس بن مالك، فيلا ١٤.",
     [("address", "حي الملقا، شارع أنس بن مالك، فيلا ١٤")]),
    ("والسواق يكلمني على جوالي، صفر خمسة خمسة، تسعة سبعة اثنين، أربعة صفر ستة واحد.",
     [("phone", "صفر خمسة خمسة، تسعة سبعة اثنين، أربعة صفر ستة واحد")]),
    ("رسوم السحب للبيت ٨٥ ريال زيادة لأنها فوق ٥٠ كيلو، تبي تدفع بمدى؟", []),
    ("إيه، الرقم %s" % ar_digits(grp(AR_C1, 4)), [("card", ar_digits(grp(AR_C1, 4)))],
     "رسوم السحب للبيت ٨٥ ريال زيادة لأنها فوق ٥٠ كيلو، تبي تدفع بمدى؟"),
    ("رقم البلاغ ٢٣٠٩١٧، وبتوصلك رسالة فيها رابط تتبع الونش، الله يسلمك.", []),
]

# A2. Hotel booking, Dubai (Emirati caller)
AR_C2 = luhn("412708336519042")
AR_I1 = iban("AE", "0260001015738294610")
AR += [
    ("فندق لؤلؤة الخليج، معاك ريم، شو أقدر أساعدك؟", [("name", "ريم")]),
    ("هلا والله، أنا حمدة المنصوري، أبا أعدل حجزي حق العيد.", [("name", "حمدة المنصوري")]),
    ("الحجز رقم ٨٨٤١٠٢، غرفتين ديلوكس من ١٢ إلى ١٥ يونيو، غرفة ٧٠٤ و٧٠٦.", []),
    ("سعر الليلة ٩٥٠ درهم شامل الريوق، ورسوم البلدية ١٠٪، وتسجيل الدخول الساعة ٣ العصر.", []),
    ("الرقم اللي عندكم قديم، سجلي ٠٥٠ ٦٧١ ٢٣٨٤.", [("phone", "٠٥٠ ٦٧١ ٢٣٨٤")]),
    ("ودزي التأكيد على الإيميل hamda.m88@hotmail.com لو سمحتي.",
     [("email", "hamda.m88@hotmail.com")]),
    ("والعربون خليه على الفيزا، رقمها %s." % say(AR_C2, "ar", groups=(4,)),
     [("card", say(AR_C2, "ar", groups=(4,)))]),
    ("والفرق من الحجز الأول رجعوه على حسابي، الآيبان %s." % grp(AR_I1, 4),
     [("iban", grp(AR_I1, 4))]),
    ("تم يا أستاذة حمدة، عدلت الحجز والباركنق مجاني لسيارة وحدة.", [("name", "حمدة")]),
    ("الإلغاء مجاني لين ٤٨ ساعة قبل الوصول، يعني لين ١٠ يونيو الساعة ١٢ الظهر.", []),
]

# A3. Pharmacy delivery, Cairo (Egyptian)
AR_P1 = "صفر واحد اتنين، لا لا غلط، صفر واحد واحد، أربعة تلاتة سبعة، تمانية صفر ستة، واحد خمسة"
AR += [
    ("صيدلية الشفا، أنا كريم، أؤمريني يا فندم.", [("name", "كريم")]),
    ("أيوه يا ابني، أنا سوسن عبد الحميد، عايزة علبتين كونكور ٥ وعلبة بنادول إكسترا.",
     [("name", "سوسن عبد الحميد")]),
    ("الكونكور بـ ٩٨ جنيه العلبة، والبنادول بـ ٦٤، يبقى المجموع ٢٦٠ جنيه والتوصيل ٢٠.", []),
    ("العنوان ١٨ شارع عباس العقاد، مدينة نصر، الدور التالت شقة ١٢.",
     [("address", "١٨ شارع عباس العقاد، مدينة نصر، الدور التالت شقة ١٢")]),
    ("رقم الموبايل %s." % AR_P1, [("phone", AR_P1, {"digits": "01143780615"})]),
    ("ولو مردتش كلم بنتي على ٠١٠٩٢٤٥٥٨٣١ هي ساكنة معايا.", [("phone", "٠١٠٩٢٤٥٥٨٣١")]),
    ("تمام يا مدام سوسن، الطيار هيوصل لحضرتك خلال ٤٥ دقيقة، هو دلوقتي عند بنك مصر في عباس العقاد.",
     [("name", "سوسن")]),
    ("وعايزة أسأل على الأوجمنتين ١ جرام، ينفع من غير روشتة؟ الدكتور قال ٧ أيام.", []),
    ("الله كريم يا حاجة، بس الأوجمنتين لازم روشتة، ابعتيها على الواتساب بتاع الصيدلية.", []),
]

# A4. University registry, Amman (Jordanian)
AR_I2 = iban("JO", "ARAB1190000000119284730615")
AR += [
    ("دائرة القبول والتسجيل، مرحبا، معك سامر.", [("name", "سامر")]),
    ("مرحبا، أنا ليان الحوراني، طالبة سنة تانية هندسة، رقمي الجامعي ٠٢٢١٤٥٧٨.",
     [("name", "ليان الحوراني")]),
    ("أهلين ليان، شو المشكلة بالزبط؟", [("name", "ليان")]),
    ("دفعت رسوم الفصل ٨٢٠ دينار يوم ١٥ شباط، وبعدين انسحبت من مادتين، يعني ٦ ساعات.", []),
    ("تسعة وعشرين نيسان ألفين وأربعة",
     [("date_of_birth", "تسعة وعشرين نيسان ألفين وأربعة")], "تاريخ ميلادك للتأكيد؟"),
    ("بدي يرجعولي الفرق على حسابي، الآيبان %s" % grp(AR_I2, 4), [("iban", grp(AR_I2, 4))]),
    ("وإذا في إشي بتقدر تحكيني على ٠٧٩ ٥٥٢ ٨١٤٣ أو ع الإيميل l.hourani21@ju.edu.jo",
     [("phone", "٠٧٩ ٥٥٢ ٨١٤٣"), ("email", "l.hourani21@ju.edu.jo")]),
    ("رح يتحول المبلغ خلال ١٠ أيام عمل، ورقم المعاملة ٤٤١٩٠٣٧٢، والمادة البديلة بتسجليها بالصيفي.",
     []),
    ("ساعات التسجيل الصيفي بتفتح ٣ تموز من الساعة ٩ الصبح، والحد الأقصى ٩ ساعات معتمدة.", []),
]

# -------------------------------------------------------------- Arabic (2/3)
# A5. Airline, Casablanca (Moroccan Darija, French code-switching)
AR_C3 = luhn("524367019844203")
AR += [
    ("أطلس إير، مرحبا، معاك يوسف، كيفاش نقدر نعاونك؟", [("name", "يوسف")]),
    ("السلام عليكم، أنا خديجة بناني، عندي رحلة AT 812 من الدار البيضاء لمونتريال نهار ٢٢ غشت "
     "وبغيت نبدلها.", [("name", "خديجة بناني")]),
    ("رقم الحجز ديالك هو K4R9TX؟ الطيارة كتقلع ١١:٥٠ وكتوصل ١٤:٢٠ بالتوقيت المحلي.", []),
    ("التبديل فيه ٨٥٠ درهم زايدين على الفرق ديال الثمن، والفاليز ٢٣ كيلو.", []),
    ("تاريخ الازدياد ديالي 03/11/1978", [("date_of_birth", "03/11/1978")],
     "عافاك عطيني تاريخ الازدياد."),
    ("النمرة ديالي هي +212 6 61 47 09 35، عيطو ليا إلا كان شي مشكل.",
     [("phone", "+212 6 61 47 09 35")]),
    ("الإيمايل ديالي khadija point bennani arobase yahoo point fr",
     [("email", "khadija point bennani arobase yahoo point fr")]),
    ("غادي نخلص بالكارط، الرقم هو %s" % grp(AR_C3, 4), [("card", grp(AR_C3, 4))]),
    ("واخا آلالة خديجة، بدلت ليك الرحلة لنهار ٢٥ غشت، نفس الساعة.", [("name", "خديجة")]),
]

# A6. Health fund clinic, Nazareth (Arab citizen of Israel, Levantine)
AR_T1 = tz("20345817")
AR_I3 = iban("IL", "0204510000003318207")
AR += [
    ("كلاليت عيادة الناصرة، مرحبا، تفضلي.", []),
    ("مرحبا، أنا ربى خوري، بدي أحجز دور عند طبيبة العيلة.", [("name", "ربى خوري")]),
    ("رقم هويتي %s" % ar_digits(AR_T1), [("id", ar_digits(AR_T1), {"t": "tz"})],
     "شو رقم الهوية؟"),
    ("يعني %s، صح؟ ومواليد ١٧/٨/١٩٩٢؟" % say(AR_T1, "ar"),
     [("id", say(AR_T1, "ar"), {"t": "tz"}), ("date_of_birth", "١٧/٨/١٩٩٢")]),
    ("في دور يوم الثلاثاء ١٤ الساعة ٨:٤٠ الصبح، أو الخميس الساعة ٤ العصر عند الممرضة.", []),
    ("الرقم اللي عندكم قديم، الجديد صفر خمسة تنين، تمانية تمانية تلاتة، واحد تنين أربعة ستة.",
     [("phone", "صفر خمسة تنين، تمانية تمانية تلاتة، واحد تنين أربعة ستة")]),
    ("وكمان غيرت العنوان، هلأ ساكنة بشارع بولس السادس ٣١، الناصرة.",
     [("address", "شارع بولس السادس ٣١، الناصرة")]),
    ("دفعت الكوبات مرتين، ٣٨ شيكل، بدي الفرق يرجع على حسابي، %s" % AR_I3, [("iban", AR_I3)]),
    ("ابعتولي التأكيد على ruba.khoury92@walla.co.il",
     [("email", "ruba.khoury92@walla.co.il")]),
    ("التحاليل بتطلع بعد ٣ أيام عالتطبيق، والتحويل للمختص صالح ٩٠ يوم.", []),
]

# A7. Zakat and orphan sponsorship, Jeddah (Hejazi)
AR_S2 = saudi("106119284")
AR_C4 = luhn("588845210037719")
AR_I4 = iban("SA", "10000044108811235907")
AR += [
    ("جمعية البر بجدة، السلام عليكم، تفضلي.", []),
    ("وعليكم السلام، أنا أم ريان، أبغى أطلع زكاة مالي وأكفل يتيم.", [("name", "أم ريان")]),
    ("كفالة اليتيم ٣٥٠ ريال في الشهر، والزكاة تقدري تحوليها مرة وحدة أو على ٣ دفعات.", []),
    ("الزكاة على ٢٤٠ ألف، يعني اثنين ونص بالمية، ٦٠٠٠ ريال.", []),
    ("رقم الهوية واحد صفر ستة، واحد واحد تسعة، اثنين تمانية أربعة، %s"
     % say(AR_S2[-1], "eg"), [("id", "واحد صفر ستة، واحد واحد تسعة، اثنين تمانية أربعة، "
                                   + say(AR_S2[-1], "eg"))], "رقم الهوية عشان السند؟"),
    ("الكفالة خلوها تنسحب من مدى كل شهر، رقمها %s" % say(AR_C4, "eg", groups=(4,)),
     [("card", say(AR_C4, "eg", groups=(4,)))]),
    ("والزكاة حولتها من حسابي أمس، الآيبان %s، شوفي إذا وصلت." % grp(AR_I4, 4),
     [("iban", grp(AR_I4, 4))]),
    ("السند ابعتوه على العنوان الوطني، ٣٢٥٤ شارع الأمير سلطان، حي الروضة، جدة ٢٣٤٣٥.",
     [("address", "٣٢٥٤ شارع الأمير سلطان، حي الروضة، جدة ٢٣٤٣٥")]),
    ("جزاك الله خير يا أم ريان، وصلت الحوالة يوم ٣ رمضان الساعة ١٠:١٥.", [("name", "أم ريان")]),
]

# A8. Home insurance, flood claim, Jeddah (Sudanese resident)
AR_S3 = saudi("237590146")
AR_I5 = iban("SA", "84000000012670358804")
AR_I5_SAID = "S A %s، %s" % (say(AR_I5[2:4], "ar"), say(AR_I5[4:], "ar", groups=(4,)))
AR += [
    ("السلام عليكم، معاك عثمان عبدالرحيم، عندي تأمين منزل معاكم والبيت غرق في المطرة أمس.",
     [("name", "عثمان عبدالرحيم")]),
    ("رقم الوثيقة HM-40918-22، والتغطية للمحتويات ٨٠ ألف ريال، والتحمل ١٠٠٠ ريال.", []),
    ("رقم الإقامة %s" % say(AR_S3, "ar", groups=(3, 3, 4), gsep="، "),
     [("id", say(AR_S3, "ar", groups=(3, 3, 4), gsep="، "), {"t": "sa"})],
     "ممكن رقم الإقامة وتاريخ الميلاد؟"),
    ("وتاريخ الميلاد حسب الإقامة ٠٥-٠١-١٩٨١", [("date_of_birth", "٠٥-٠١-١٩٨١")]),
    ("العنوان حي قويزة، شارع الستين، عمارة ٧، شقة ٣، جدة.",
     [("address", "حي قويزة، شارع الستين، عمارة ٧، شقة ٣، جدة")]),
    ("الموية وصلت متر تقريباً، خربت التلاجة والغسالة وكنبتين، فاتورة التلاجة ٢٤٠٠ ريال من إكسترا.",
     []),
    ("التعويض حولوه على حسابي في الأهلي، %s" % grp(AR_I5, 4), [("iban", grp(AR_I5, 4))]),
    ("أعيد عليك: %s، صحيح؟" % AR_I5_SAID, [("iban", AR_I5_SAID)]),
    ("الإيميل عثمان دوت رحيم آت جيميل دوت كوم",
     [("email", "عثمان دوت رحيم آت جيميل دوت كوم")]),
    ("المعاين بيجيك خلال ٣ أيام عمل، ورقم المطالبة ٧٧٠٢١٤٥، صور كل شي قبل ما ترمي أي حاجة.", []),
]

# -------------------------------------------------------------- Arabic (3/3)
# A9. Courier for online sellers, Cairo (Egyptian)
AR_I6 = iban("EG", "0003011203100004571829364")
AR_C5 = luhn("507803311940265")
AR_C5_SAID = ("خمسة صفر سبعة تمانية، صفر تلاتة تلاتة... لا سوري، صفر تلاتة واحد واحد، "
              + say(AR_C5[8:12], "eg") + "، " + say(AR_C5[12:], "eg"))
AR += [
    ("شحنلي، مساء الخير، حضرتك عميل ولا تاجر؟", []),
    ("تاجر يا فندم، أنا حسن الشاذلي، عندي صفحة هدوم أطفال على فيسبوك.",
     [("name", "حسن الشاذلي")]),
    ("عندي ١٢ شحنة اتسلمت الأسبوع اللي فات، والتحصيل ٨٧٤٠ جنيه لسه متحولش.", []),
    ("وبوليصة رقم ٥٠٠٢٣٨٨٤١٧ اتأخرت، كانت المفروض توصل إسكندرية يوم الخميس.", []),
    ("عشان أأكد الحساب، تاريخ ميلادك المسجل عندنا؟", []),
    ("اتنين وعشرين مارس تمانين", [("date_of_birth", "اتنين وعشرين مارس تمانين")],
     "عشان أأكد الحساب، تاريخ ميلادك المسجل عندنا؟"),
    ("طيب حولوا التحصيل على حسابي في البنك الأهلي، الآيبان %s" % grp(AR_I6, 4),
     [("iban", grp(AR_I6, 4))]),
    ("والمندوب ييجي ياخد الشحنات من ١٤ شارع الجمهورية، شبرا، الدور الأرضي جنب المكوجي.",
     [("address", "١٤ شارع الجمهورية، شبرا، الدور الأرضي")]),
    ("وفيه أوردر الزبونة عايزة تغير عنوانه، بقى ٧ شارع النصر، المعادي، عمارة ٢٢ شقة ٥.",
     [("address", "٧ شارع النصر، المعادي، عمارة ٢٢ شقة ٥")]),
    ("ورقمها ٠١٢٢ ٩٠٣ ٤٤٨٦ لو المندوب تاه.", [("phone", "٠١٢٢ ٩٠٣ ٤٤٨٦")]),
    ("الباقة الفضية بـ ٣٥٠ جنيه في الشهر وفيها ٥٠ شحنة، والشحنة الزيادة بـ ٤٥ جنيه.", []),
    ("هدفع الاشتراك بكارت ميزة، رقمه %s" % AR_C5_SAID,
     [("card", AR_C5_SAID, {"digits": AR_C5})]),
]

# A10. Municipality, building permit, Riyadh (MSA, formal)
AR_S4 = saudi("107245839")
AR_C6 = luhn("484783062215907")
AR_I7 = iban("SA", "45000000208316672901")
AR += [
    ("أمانة منطقة الرياض، مركز الاتصال الموحد، تفضل.", []),
    ("السلام عليكم، معك سلطان بن محمد القحطاني، أرغب في الاستفسار عن تجديد رخصة البناء.",
     [("name", "سلطان بن محمد القحطاني")]),
    ("رقم السجل المدني %s" % AR_S4, [("id", AR_S4)], "تفضل بتزويدي برقم السجل المدني."),
    ("للتأكيد، رقم الهوية %s، صحيح؟" % ar_digits(AR_S4), [("id", ar_digits(AR_S4))]),
    ("تاريخ الميلاد الخامس عشر من شعبان عام ألف وأربعمائة وثلاثة للهجرة.",
     [("date_of_birth", "الخامس عشر من شعبان عام ألف وأربعمائة وثلاثة للهجرة")]),
    ("الرخصة رقم ٤٤٣١٠٩٨٧٦ انتهت بتاريخ ١٤٤٥/٠٣/٢٠هـ، ورسوم التجديد ١٢٠٠ ريال، والمدة ١٠ أيام عمل.",
     []),
    ("عنوان العقار: حي النرجس، شارع عثمان بن عفان، قطعة ٢١٤، مخطط ٣٠٨١.",
     [("address", "حي النرجس، شارع عثمان بن عفان، قطعة ٢١٤، مخطط ٣٠٨١")]),
    ("يمكنك السداد عبر نظام سداد برقم الفاتورة ٩٩٠٠٤١٧، أو بالبطاقة الآن.", []),
    ("بالبطاقة، رقمها %s" % grp(AR_C6, 4), [("card", grp(AR_C6, 4))]),
    ("وأرجو إعادة رسوم الطلب الملغى إلى حسابي، %s" % AR_I7, [("iban", AR_I7)]),
    ("والبريد الإلكتروني sultan.alqahtani@icloud.com",
     [("email", "sultan.alqahtani@icloud.com")]),
    ("سيتم الكشف على الموقع يوم الأحد القادم بين الساعة ٨ و١٢ ظهراً.", []),
]

# A11. Vet clinic, Amman (Levantine)
AR_C7 = luhn("455701268831946")
AR += [
    ("صباح النور، معك تالا، القطة تبعتي لولو صارلها يومين ما بتاكل.", [("name", "تالا")],
     "عيادة الرفق للحيوانات، صباح الخير."),
    ("لولو عمرها ٣ سنين، وزنها ٤.٢ كيلو، وآخر تطعيم كان بشهر ١١.", []),
    ("الكشفية ١٥ دينار والتحاليل ٢٢، وفي موعد اليوم الساعة ٥:٣٠ عند الدكتورة.", []),
    ("بتقدروا تيجوا عالبيت؟ العنوان عبدون، شارع فيصل بن الحسين، عمارة ٩، الطابق التالت.",
     [("address", "عبدون، شارع فيصل بن الحسين، عمارة ٩، الطابق التالت")]),
    ("الزيارة المنزلية ٤٠ دينار، وبتكون بين ٦ و٨ المسا.", []),
    ("رقمي صفر سبعة تمانية، ستة تلاتة واحد، خمسة خمسة تسعة اتنين.",
     [("phone", "صفر سبعة تمانية، ستة تلاتة واحد، خمسة خمسة تسعة اتنين")]),
    ("والفاتورة ابعتوها ع تالا أندرسكور حداد آت جيميل دوت كوم.",
     [("email", "تالا أندرسكور حداد آت جيميل دوت كوم")]),
    ("بدفع بالبطاقة هلأ، %s" % grp(AR_C7, 4), [("card", grp(AR_C7, 4))]),
    ("أكلها رويال كانين، الكيس ٢ كيلو، بنبيعه بـ ١٨ دينار.", []),
]

# A12. Car rental, Riyadh airport (Egyptian resident)
AR_S5 = saudi("234880156")
AR_C8 = luhn("455690134472018")
AR_C8_SAID = "%s، %s، %s" % (ar_digits(AR_C8[:4]), say(AR_C8[4:10], "eg"),
                            ar_digits(AR_C8[10:]))
AR += [
    ("معاك محمود سعد، عايز أأجر عربية من مطار الملك خالد يوم الخميس.", [("name", "محمود سعد")]),
    ("عندنا هيونداي إلنترا ٢٠٢٣ بـ ١٦٠ ريال في اليوم، و٢٥٠ كيلو مجاني، والزيادة نص ريال للكيلو.",
     []),
    ("التأمين الشامل ٤٥ ريال زيادة في اليوم والتحمل ١٥٠٠، ولازم رخصة سعودية أو دولية.", []),
    ("تمام يا أستاذ محمود، رقم الإقامة لو سمحت؟", [("name", "محمود")]),
    ("الإقامة %s" % grp(AR_S5, 4), [("id", grp(AR_S5, 4))],
     "تمام يا أستاذ محمود، رقم الإقامة لو سمحت؟"),
    ("وفيه سواق إضافي، أخويا، مواليد ٢٢-٩-١٩٨٥.", [("date_of_birth", "٢٢-٩-١٩٨٥")]),
    ("الجوال 0508274416 والإيميل mahmoud.saad85 آت ياهو دوت كوم",
     [("phone", "0508274416"), ("email", "mahmoud.saad85 آت ياهو دوت كوم")]),
    ("والضمان على الفيزا، %s" % AR_C8_SAID, [("card", AR_C8_SAID)]),
    ("الاستلام من صالة ٥ الساعة ١١ بالليل، رحلة ناس XY 318 جاية من القاهرة.", []),
    ("الحجز رقم ٦٦٠٤١٨، والمبلغ المبدئي ٧٢٠ ريال لـ ٤ أيام، والضمان ١٠٠٠ ريال بيرجع خلال ١٤ يوم.",
     []),
]

# -------------------------------------------------------------- Hebrew (1/3)
HE = LANGS["he"]

# H1. Municipal property tax (arnona), Haifa (Arab citizen speaking Hebrew)
HE_T1 = tz("03918427")
HE_I1 = iban("IL", "0126330000000458192")
HE += [
    ("עיריית חיפה, מוקד גבייה, שמי דורית, במה אפשר לעזור?", [("name", "דורית")]),
    ("שלום, קוראים לי ראמי נסאר, קיבלתי חשבון ארנונה של 2,340 שקל לחודשיים, זה לא הגיוני.",
     [("name", "ראמי נסאר")]),
    ("תעודת זהות %s" % say(HE_T1, "he"), [("id", say(HE_T1, "he"))],
     "מה מספר הנכס או תעודת זהות של המחזיק?"),
    ("הכתובת של הנכס רחוב עבאס 22, קומה שנייה, חיפה.",
     [("address", "רחוב עבאס 22, קומה שנייה, חיפה")]),
    ("הנכס רשום כ-112 מטר, אבל בפועל הדירה 86 מטר והמרפסת 14.", []),
    ("התעריף באזור 3 הוא 68.20 ש\"ח למטר לשנה, ויש הנחה של 2% בהוראת קבע.", []),
    ("שישה עשר באוקטובר שבעים ותשע", [("date_of_birth", "שישה עשר באוקטובר שבעים ותשע")],
     "ותאריך לידה?"),
    ("הנייד שלי 052-6613408, אפשר להשאיר הודעה.", [("phone", "052-6613408")]),
    ("ואם יוצא החזר תחזירו את ההפרש לחשבון שלי, %s" % grp(HE_I1, 4),
     [("iban", grp(HE_I1, 4))]),
    ("בסדר ראמי, אני פותחת לך פנייה למדידה מחדש של הדירה.", [("name", "ראמי")]),
    ("מספר הפנייה 5518203, מודד יגיע תוך 21 יום, בימים א' עד ה' בין 8 ל-14.", []),
]

# H2. Vet clinic, Tel Aviv (young native speakers)
HE_C1 = luhn("458011236790442")
HE += [
    ("מרפאה וטרינרית לב העיר, מדברת שני.", [("name", "שני")]),
    ("היי, זאת נועה ברק, הכלב שלי שוקו אכל משהו בגינה והוא מקיא מהבוקר.",
     [("name", "נועה ברק")]),
    ("שוקו בן 4, שוקל 11 קילו, וקיבל את המשושה בפברואר.", []),
    ("בדיקה דחופה זה 380 שקל, אם צריך אולטרסאונד זה עוד 450, ויש תור ב-17:15 היום.", []),
    ("תביאי אותו לסניף ברחוב שלמה המלך, ליד גינת מאיר, יש שם חניה כחולה לבן.", []),
    ("אם משהו הטלפון שלי אפס חמש ארבע, שבע שבע אחת, שתיים שלוש, שמונה תשע.",
     [("phone", "אפס חמש ארבע, שבע שבע אחת, שתיים שלוש, שמונה תשע")]),
    ("ותשלחו את הסיכום ל-noa.barak שטרודל gmail נקודה com",
     [("email", "noa.barak שטרודל gmail נקודה com")]),
    ("אני משלמת בכרטיס, %s" % grp(HE_C1, 4), [("card", grp(HE_C1, 4))]),
    ("החיסון נגד כלבת כל שנה, 120 שקל, והשבב שלו רשום במשרד החקלאות מ-2021.", []),
    ("יום שני הבא ביקורת ב-10:30, ותקני לו את המזון של הילס, השקית של 2 קילו.", []),
]

# H3. Football season ticket refund (Russian-speaking immigrant)
HE_T2 = tz("31702298")
HE_I2 = iban("IL", "0108000000027741563")
HE += [
    ("שירות לקוחות מנויים, שלום.", []),
    ("שלום, אני ולדימיר קוזלוב, אפשר וובה, יש לי מנוי עונתי שני כיסאות, גוש 12 שורה 8.",
     [("name", "ולדימיר קוזלוב"), ("name", "וובה")]),
    ("המנוי עלה 1,900 שקל, ובגלל שבוטלו 3 משחקים מגיע לך החזר של 285 שקל.", []),
    ("מספר תעודת זהות %s" % say(HE_T2, "hem"), [("id", say(HE_T2, "hem"))],
     "מה מספר תעודת הזהות שלך?"),
    ("תאריך לידה 1.4.1962", [("date_of_birth", "1.4.1962")]),
    ("ההחזר לחשבון בבנק לאומי, %s, על שמי." % HE_I2, [("iban", HE_I2)]),
    ("רשמתי וובה, ההחזר ייכנס תוך 14 ימי עסקים.", [("name", "וובה")]),
    ("המשחק נגד בית\"ר ב-23 בנובמבר נדחה ל-7 בדצמבר, השעה 20:00, הכרטיסים בתוקף.", []),
]

# H4. Water utility, burst pipe, Netanya (older native speaker)
HE_T3 = tz("05816239")
HE_C2 = luhn("532610948873120")
HE_P1 = "אפס חמישים ושתיים, שש שש שבע, ארבעים ושתיים, עשר"
HE += [
    ("שלום, מדברת שושנה פרידמן, יש לי פיצוץ בצינור ליד השעון ויש מים בכל החצר.",
     [("name", "שושנה פרידמן")]),
    ("איפה זה בדיוק, גברת פרידמן? מה הכתובת?", [("name", "פרידמן")]),
    ("רחוב סמילנסקי 7, נתניה, בית פרטי, הכניסה מהצד.",
     [("address", "רחוב סמילנסקי 7, נתניה")], "איפה זה בדיוק, גברת פרידמן? מה הכתובת?"),
    ("טכנאי יגיע תוך שעתיים, בין 11 ל-13, מספר קריאה 7730418.", []),
    ("תתקשרו לבן שלי, הוא יבוא לפתוח, %s." % HE_P1, [("phone", HE_P1)]),
    ("החשבון האחרון היה 426 שקל על 38 קוב, ובדרך כלל אני משלמת 150 לחודשיים.", []),
    ("שלושה במאי, שלושים ותשע", [("date_of_birth", "שלושה במאי, שלושים ותשע")],
     "תאריך לידה של בעל החשבון?"),
    ("ותעודת זהות %s" % " ".join(HE_T3), [("id", " ".join(HE_T3))]),
    ("ואני רוצה לסגור גם את החוב הישן בכרטיס, %s"
     % say(HE_C2, "he", groups=(4,)), [("card", say(HE_C2, "he", groups=(4,)))]),
    ("החוב הישן 312 שקל מינואר, אפשר לחלק ל-3 תשלומים בלי ריבית.", []),
]

# -------------------------------------------------------------- Hebrew (2/3)
# H5. Dental clinic, Rehovot (Ethiopian-Israeli mother)
HE_T4 = tz("33107452")
HE += [
    ("מרפאת שיניים חיוך, מדברת אורטל, שלום.", [("name", "אורטל")]),
    ("שלום, אני אביבה טספאי, רציתי לקבוע תור לבת שלי, יש לה כאב בשן.",
     [("name", "אביבה טספאי")]),
    ("יש תור ביום רביעי ב-16:40 אצל השיננית, או ביום ראשון ב-9 בבוקר אצל הרופא.", []),
    ("%s" % say(HE_T4, "he", groups=(3,)), [("id", say(HE_T4, "he", groups=(3,)))],
     "מה תעודת הזהות של הילדה?"),
    ("היא נולדה ב-14 ביוני 2015, היא בכיתה ד'.", [("date_of_birth", "14 ביוני 2015")]),
    ("הרופאה מקבלת בימים ב' ו-ה', והחניה בקניון רחובות, קומה מינוס 1, חינם לשעתיים.", []),
    ("טיפול שורש בשן קבועה זה 1,450 שקל, ודרך הביטוח המשלים של מכבי יש 35% הנחה.", []),
    ("הטלפון בבית 08-9463172, ובערב אני תמיד עונה.", [("phone", "08-9463172")]),
    ("אביבה נקודה טספאי שטרודל וואלה נקודה קום",
     [("email", "אביבה נקודה טספאי שטרודל וואלה נקודה קום")], "יש לך מייל לתזכורת?"),
    ("אז אביבה, קבעתי לכן ליום רביעי, תגיעו עשר דקות קודם.", [("name", "אביבה")]),
]

# H6. Car rental, Eilat (French-speaking immigrant)
HE_C3 = luhn("497010452288613")
HE_I3 = iban("FR", "30003014720005028461973")
HE += [
    ("בונז'ור, סליחה, שלום, אני ז'רמי אטלן, הזמנתי רכב לשבוע מה-3 באוגוסט.",
     [("name", "ז'רמי אטלן")]),
    ("יש לך קיה פיקנטו, 145 שקל ליום כולל 250 קילומטר, והביטוח עוד 39 ליום.", []),
    ("מספר ההזמנה EL-77204, איסוף משדה התעופה רמון ב-14:10, טיסה 6H 21 מתל אביב.", []),
    ("נולדתי ב-19 בספטמבר 1996", [("date_of_birth", "19 בספטמבר 1996")],
     "בשביל הביטוח אני צריכה תאריך לידה של הנהג."),
    ("תודה ז'רמי, אין תוספת נהג צעיר כי אתה מעל 24.", [("name", "ז'רמי")]),
    ("אני משלם עם הכרטיס הצרפתי, %s" % grp(HE_C3, 2), [("card", grp(HE_C3, 2))]),
    ("והפיקדון, תחזירו לחשבון בצרפת, %s" % grp(HE_I3, 4), [("iban", grp(HE_I3, 4))]),
    ("הנייד הצרפתי שלי +33 6 48 27 19 05, ובארץ אין לי עדיין.", [("phone", "+33 6 48 27 19 05")]),
    ("והמייל jeremy.atlan@orange.fr", [("email", "jeremy.atlan@orange.fr")]),
    ("החזרה עד 10 בבוקר ב-10 באוגוסט, עם מיכל מלא, ואם לא זה 9.80 לליטר.", []),
]

# H7. Home insurance, flood claim, Nahariya
HE_T5 = tz("29348617")
HE_I4 = iban("IL", "0208620000003390512")
HE_I4_SAID = "IL %s, %s, %s" % (say(HE_I4[2:4], "he"), say(HE_I4[4:7], "he"),
                                say(HE_I4[7:], "he", groups=(4,)))
HE += [
    ("ביטוח המגן, מחלקת תביעות רכוש, מדברת ליאת.", [("name", "ליאת")]),
    ("שלום, יוסי אברהמי, היה לנו שיטפון בבית בשבת, המים נכנסו מהגעתון.",
     [("name", "יוסי אברהמי")]),
    ("הכתובת המבוטחת שדרות הגעתון 41, דירה 2, נהריה.",
     [("address", "שדרות הגעתון 41, דירה 2, נהריה")]),
    ("מספר פוליסה 4410-238-16, השתתפות עצמית 1,200 שקל לתביעה, וכיסוי לתכולה עד 180 אלף.", []),
    ("בשבת ב-5 בבוקר ירדו 80 מ\"מ גשם תוך שעה, כל הרחוב הוצף עד הברכיים.", []),
    ("השמאי יגיע ביום שלישי בין 12 ל-4, תצלם הכל ותשמור את הקבלות על המייבשים.", []),
    ("תעודת זהות שלי %s" % "-".join(HE_T5), [("id", "-".join(HE_T5))]),
    ("את הפיצוי תעבירו לחשבון, %s" % HE_I4, [("iban", HE_I4)]),
    ("אני חוזרת: %s, נכון?" % HE_I4_SAID, [("iban", HE_I4_SAID)]),
    ("אפשר להשיג אותי ב-+972 54 339 8126, גם בוואטסאפ.", [("phone", "+972 54 339 8126")]),
    ("yossi.av שטרודל hotmail נקודה co נקודה il",
     [("email", "yossi.av שטרודל hotmail נקודה co נקודה il")], "ולאן לשלוח את המסמכים?"),
]

# H8. University student office, Jerusalem (English-speaking immigrant)
HE_T6 = tz("34521906")
HE_C4 = luhn("37915503284166")
HE += [
    ("מזכירות הסטודנטים, מדבר עידו.", [("name", "עידו")]),
    ("היי, I mean שלום, אני שרה גולדשטיין, I'm a new immigrant, ויש לי בעיה עם שכר הלימוד.",
     [("name", "שרה גולדשטיין")]),
    ("שכר לימוד לשנה א' 10,820 שקל, ולעולים חדשים יש מלגה דרך משרד העלייה והקליטה, עד 3 "
     "שנים מהעלייה.", []),
    ("My ID, תעודת זהות, זה %s" % HE_T6, [("id", HE_T6)]),
    ("תאריך לידה 07/12/2001, sorry, American style, כלומר 12 ביולי 2001.",
     [("date_of_birth", "07/12/2001"), ("date_of_birth", "12 ביולי 2001")]),
    ("הכתובת שלי רחוב עמק רפאים 45, דירה 3, ירושלים.",
     [("address", "רחוב עמק רפאים 45, דירה 3, ירושלים")]),
    ("המייל sarahg.aliyah@gmail.com והטלפון 053-4418275.",
     [("email", "sarahg.aliyah@gmail.com"), ("phone", "053-4418275")]),
    ("מספר הסטודנט שלך 987220 ונרשמת ל-14 נקודות זכות בסמסטר א'.", []),
    ("את התשלום הראשון אני עושה באמקס, %s" % grp(HE_C4, 4, 6, 5),
     [("card", grp(HE_C4, 4, 6, 5))]),
]

# -------------------------------------------------------------- Hebrew (3/3)
# H9. Courier, Wadi Ara (Arab citizen speaking Hebrew)
HE_T7 = tz("20571348")
HE_C5 = luhn("532790011846254")
HE_P2 = "אפס חמש אפס, שמונה שלוש שתיים, שבעים ואחת, תשעים"
HE += [
    ("שלום, אני מוחמד ג'בארין מאום אל-פחם, מחכה לחבילה כבר שבוע.",
     [("name", "מוחמד ג'בארין")]),
    ("מספר משלוח IL 5520 8817 43, הוא יצא ממרכז המיון בחולון ב-12 לחודש.", []),
    ("השליח היה אצלך ביום חמישי ב-13:20 ולא היה מענה, החבילה 4 קילו מעלי אקספרס.", []),
    ("תרשמי את הכתובת טוב: שכונת עין אבראהים, רחוב 7, בית 15, אום אל-פחם, ליד המסגד הגדול.",
     [("address", "שכונת עין אבראהים, רחוב 7, בית 15, אום אל-פחם")]),
    ("ותגידי לשליח להתקשר לפני, %s." % HE_P2, [("phone", HE_P2)]),
    ("בסדר מוחמד, החבילה תצא מחר בין 8 ל-12.", [("name", "מוחמד")]),
    ("משלוח חוזר 29.90, או שתאסוף בחינם מנקודת האיסוף ברמי לוי בוואדי ערה.", []),
    ("אני אשלם את ה-29.90 בכרטיס, %s" % grp(HE_C5, 4), [("card", grp(HE_C5, 4))]),
    ("ת\"ז %s, השליח יכול לבדוק." % HE_T7, [("id", HE_T7)],
     "השליח יבקש לראות תעודה, מה מספר תעודת הזהות?"),
]

# H10. Gym membership cancellation, Tel Aviv (young native speaker)
HE_T8 = tz("30244716")
HE_T8_SAID = "%s, אממ, %s, %s" % (say(HE_T8[:3], "he"), say(HE_T8[3:6], "he"),
                                  say(HE_T8[6:], "he"))
HE_C6 = luhn("458007731955028")
HE_I5 = iban("IL", "0310780000006624187")
HE += [
    ("אנרג'י ג'ים רמת החייל, בוקר טוב.", []),
    ("אהלן, זה עומרי, אחי אני רוצה לבטל את המנוי, עברתי דירה.", [("name", "עומרי")]),
    ("המנוי שלך מה-1 בספטמבר 2023, 249 שקל לחודש, התחייבות ל-12 חודשים, נשארו לך 4.", []),
    ("דמי ביטול זה 100 שקל, או שאפשר להקפיא עד 60 יום בשנה.", []),
    ("עברתי לבאר שבע, רחוב רגר 112 דירה 9, אז זה קצת רחוק לי.",
     [("address", "באר שבע, רחוב רגר 112 דירה 9")]),
    ("%s" % HE_T8_SAID, [("id", HE_T8_SAID)], "מה תעודת הזהות שלך?"),
    ("תשע עשרה במרץ תשעים ושבע", [("date_of_birth", "תשע עשרה במרץ תשעים ושבע")],
     "ותאריך לידה?"),
    ("ותעדכנו את הכתובת, אצלכם זה עוד רשום רחוב ההגנה 8, תל אביב.",
     [("address", "רחוב ההגנה 8, תל אביב")]),
    ("את דמי הביטול תוריד מהכרטיס החדש, %s" % say(HE_C6, "he", groups=(4,)),
     [("card", say(HE_C6, "he", groups=(4,)))]),
    ("ואת החודש ששילמתי מראש תחזירו לחשבון %s" % grp(HE_I5, 4), [("iban", grp(HE_I5, 4))]),
    ("עומרי קיי תשעים ושבע שטרודל ג'ימייל נקודה קום",
     [("email", "עומרי קיי תשעים ושבע שטרודל ג'ימייל נקודה קום")], "לאיזה מייל לשלוח אישור?"),
    ("האישור יגיע תוך 3 ימי עסקים, והכניסה האחרונה שלך היא ב-31 בחודש.", []),
]

# H11. Charity, Passover food baskets (religious caller, Bnei Brak)
HE_T9 = tz("01267743")
HE_C7 = luhn("458022769104317")
HE_I6 = iban("IL", "0206410000000871234")
HE += [
    ("עמותת לב חסד, שלום וברכה.", []),
    ("שלום, כאן יהודית שטרן מבני ברק, אני רוצה לתרום לקמחא דפסחא.",
     [("name", "יהודית שטרן")]),
    ("תרומה של 360 שקל זה סל מזון לשתי משפחות, ו-180 זה משפחה אחת, לפני פסח.", []),
    ("יש גם הוראת קבע של 52 שקל לחודש, ואפשר לבחור את היום, ה-1 או ה-15.", []),
    ("בכרטיס אשראי, ויזה, %s" % grp(HE_C7, 4, sep="-"), [("card", grp(HE_C7, 4, sep="-"))]),
    ("זה %s" % say(HE_T9, "he", groups=(3,)), [("id", say(HE_T9, "he", groups=(3,)))],
     "לקבלה לפי סעיף 46 צריך מספר תעודת זהות."),
    ("את הקבלה תשלחו לכתובת רחוב רבי עקיבא 88, בני ברק.",
     [("address", "רחוב רבי עקיבא 88, בני ברק")]),
    ("ותגידו בשבילי תפילה ביום ההולדת, נולדתי בכ\"ג באדר תשכ\"ה.",
     [("date_of_birth", "כ\"ג באדר תשכ\"ה")]),
    ("ואת הוראת הקבע מהחשבון בבנק מזרחי, %s" % grp(HE_I6, 4), [("iban", grp(HE_I6, 4))]),
    ("הטלפון בבית 03-5791486, ואין לי וואטסאפ.", [("phone", "03-5791486")]),
    ("המייל של הבת שלי, יהודית נקודה ש שטרודל נטוויז'ן נקודה נט נקודה איי אל",
     [("email", "יהודית נקודה ש שטרודל נטוויז'ן נקודה נט נקודה איי אל")]),
    ("תזכי למצוות, החיוב יופיע בדף של ניסן, 36 שקל בכל חודש, 10 תשלומים.", []),
]

# H12. Airline, date change (Russian-speaking older caller)
HE_C8 = luhn("510614883029751")
HE_I7 = iban("IL", "0310540000000492631")
HE += [
    ("שלום, אני גלינה רבינוביץ', יש לי טיסה לטביליסי ב-14 במאי ואני רוצה לשנות.",
     [("name", "גלינה רבינוביץ'")]),
    ("טיסה IZ 341 יוצאת ב-06:05 מטרמינל 3, ובחזרה IZ 342 ב-23 במאי ב-10:40.", []),
    ("שינוי תאריך עולה 60 דולר לכיוון, ועוד הפרש מחיר של 45, סך הכל 105 דולר.", []),
    ("תשלמו במאסטרקארד, %s" % grp(HE_C8, 4), [("card", grp(HE_C8, 4))]),
    ("והחזר המסים מהכרטיס הישן לחשבון שלי בבינלאומי, %s" % grp(HE_I7, 4),
     [("iban", grp(HE_I7, 4))]),
    ("טלפון +972 58 447 2013, ומייל galina.rab@mail.ru",
     [("phone", "+972 58 447 2013"), ("email", "galina.rab@mail.ru")]),
    ("ותשלחו לי כרטיס מודפס בדואר, לכתובת רחוב ויצמן 14, דירה 21, אשדוד.",
     [("address", "רחוב ויצמן 14, דירה 21, אשדוד")]),
    ("כבודה 20 קילו ותיק יד 8 קילו, ואפשר לבחור מושב ב-25 שקל, שורה 14.", []),
]

# --------------------------------------------------------------- Greek (1/3)
EL = LANGS["el"]

# G1. Municipality, bulky waste pick-up, Thessaloniki (older caller)
EL_A1 = afm("04571832")
EL_P1 = "δύο τρία ένα μηδέν, σαράντα τέσσερα, εβδομήντα ένα, μηδέν οχτώ"
EL += [
    ("Δήμος Θεσσαλονίκης, Διεύθυνση Καθαριότητας, καλημέρα σας, ονομάζομαι Ελένη.",
     [("name", "Ελένη")]),
    ("Καλημέρα κοπέλα μου. Σταύρος Καραγιάννης εδώ, θέλω να μου πάρετε έναν παλιό καναπέ κι "
     "ένα ψυγείο.", [("name", "Σταύρος Καραγιάννης")]),
    ("Μάλιστα κύριε Καραγιάννη. Τη διεύθυνση μου λέτε;", [("name", "Καραγιάννη")]),
    ("Τσιμισκή 118, τέταρτος όροφος, Τ.Κ. 546 22, δίπλα στο φαρμακείο.",
     [("address", "Τσιμισκή 118, τέταρτος όροφος, Τ.Κ. 546 22")],
     "Μάλιστα κύριε Καραγιάννη. Τη διεύθυνση μου λέτε;"),
    ("Η αποκομιδή γίνεται Τρίτη και Πέμπτη, 7 με 11 το πρωί, μέχρι 3 αντικείμενα δωρεάν.", []),
    ("Το ψυγείο είναι ένα παλιό Πίτσος του '98, κάπου 70 κιλά, θα το κατεβάσει ο γιος μου.", []),
    ("Για την αίτηση χρειάζομαι και το ΑΦΜ σας.", []),
    ("Ένα λεπτό να βρω τα γυαλιά μου... %s." % say(EL_A1, "el"), [("id", say(EL_A1, "el"))],
     "Για την αίτηση χρειάζομαι και το ΑΦΜ σας."),
    ("Και ένα τηλέφωνο; Το σταθερό μου είναι %s." % EL_P1, [("phone", EL_P1)]),
    ("Τα ογκώδη τα μαζεύουμε μόνο από το πεζοδρόμιο, από τον 4ο όροφο θέλει 25 ευρώ επιπλέον.",
     []),
    ("Το αίτημά σας πήρε αριθμό 24-118372, θα τα αφήσετε στο πεζοδρόμιο το βράδυ της Δευτέρας.",
     []),
]

# G2. Vet clinic, Athens (young woman)
EL_C1 = luhn("400011528073419")
EL_C1_SAID = "%s, %s, %s, %s" % (EL_C1[:4], say(EL_C1[4:8], "el"), EL_C1[8:12],
                                say(EL_C1[12:], "el"))
EL_P2 = "εξήντα εννιά, ενενήντα επτά, τριάντα τέσσερα, δώδεκα, ογδόντα οχτώ"
EL += [
    ("Κτηνιατρείο Αγίας Παρασκευής, καλησπέρα σας.", []),
    ("Γεια σας, με λένε Κατερίνα Λαμπράκη, η γάτα μου η Μιμή δεν τρώει από χθες.",
     [("name", "Κατερίνα Λαμπράκη")]),
    ("Η Μιμή είναι 6 χρονών, 4,5 κιλά, στειρωμένη, και το τελευταίο εμβόλιο ήταν τον Νοέμβριο.",
     []),
    ("Η εξέταση είναι 35 ευρώ, οι αιματολογικές 60, και έχουμε ραντεβού στις 18:30 ή αύριο "
     "στις 10.", []),
    ("Το κινητό μου %s." % EL_P2, [("phone", EL_P2)]),
    ("Και στείλτε μου την απόδειξη στο katerina.lambraki παπάκι gmail τελεία com.",
     [("email", "katerina.lambraki παπάκι gmail τελεία com")]),
    ("Θα πληρώσω με κάρτα τώρα, %s." % EL_C1_SAID, [("card", EL_C1_SAID)]),
    ("Εντάξει Κατερίνα, σας περιμένουμε στις έξι και μισή, φέρτε και το βιβλιάριο.",
     [("name", "Κατερίνα")]),
]

# G3. Courier, Limassol (Cypriot)
EL_I1 = iban("CY", "005016200000003572160947")
EL += [
    ("Ερμής Courier Λεμεσού, καλημέρα, είμαι η Μαρίνα.", [("name", "Μαρίνα")]),
    ("Καλημέρα, είμαι ο Αντρέας Χριστοδούλου, εψές μου ήρτε μήνυμα ότι έχετε δέμα για μένα.",
     [("name", "Αντρέας Χριστοδούλου")]),
    ("Ο αριθμός αποστολής είναι ΧΜ 7704 1289 31, ζυγίζει 2,8 κιλά και ήρτε από την Αθήνα.", []),
    ("Τα τελωνειακά είναι 18,40 ευρώ, επειδή η αξία είναι πάνω από 150, και πληρώνετε στην "
     "παράδοση.", []),
    ("Να μου το φέρετε στη Λεωφόρο Μακαρίου 45, διαμέρισμα 201, Λεμεσός 3065.",
     [("address", "Λεωφόρο Μακαρίου 45, διαμέρισμα 201, Λεμεσός 3065")]),
    ("Το κινητό μου εννιά εννιά, τριακόσια σαράντα ένα, διακόσια δεκαεφτά.",
     [("phone", "εννιά εννιά, τριακόσια σαράντα ένα, διακόσια δεκαεφτά")]),
    ("Την προηγούμενη φορά επλήρωσα τα τελωνειακά δύο φορές, να μου τα επιστρέψετε στο IBAN "
     "%s." % grp(EL_I1, 4), [("iban", grp(EL_I1, 4))]),
    ("Το κατάστημά μας στην Αγίου Ανδρέου είναι ανοιχτό 8 με 6, και το Σάββατο 9 με 1.", []),
    ("Και το email μου andreas.chr@cytanet.com.cy.", [("email", "andreas.chr@cytanet.com.cy")]),
    ("Εντάξει κύριε Χριστοδούλου, αύριο μεταξύ 9 και 1 το μεσημέρι.",
     [("name", "Χριστοδούλου")]),
]

# G4. Car rental, Heraklion (young driver)
EL_A2 = afm("15238806")
EL_C2 = luhn("516803127745201")
EL += [
    ("Γεια σας, είμαι ο Γιώργος Μαυράκης, έχω κλείσει αυτοκίνητο για αύριο από το αεροδρόμιο.",
     [("name", "Γιώργος Μαυράκης")]),
    ("Έχετε ένα Fiat Panda, 35 ευρώ τη μέρα, πλήρης ασφάλεια 12 ευρώ επιπλέον, μηδέν απαλλαγή.",
     []),
    ("Η πτήση σας είναι η A3 342 από Αθήνα, προσγειώνεται 14:25, θα σας περιμένουμε στην "
     "έξοδο 2.", []),
    ("Είκοσι δύο του δέκα του ενενήντα εννιά.",
     [("date_of_birth", "Είκοσι δύο του δέκα του ενενήντα εννιά")],
     "Για την ασφάλεια χρειάζομαι ημερομηνία γέννησης του οδηγού."),
    ("Την εγγύηση στην κάρτα, %s." % say(EL_C2, "el", groups=(4,)),
     [("card", say(EL_C2, "el", groups=(4,)))]),
    ("Θέλω και τιμολόγιο, ΑΦΜ %s, ΔΟΥ Ηρακλείου." % EL_A2, [("id", EL_A2)]),
    ("Αν καθυστερήσει η πτήση πάρτε με στο +30 694 512 7730.", [("phone", "+30 694 512 7730")]),
    ("Επιστροφή στα Χανιά την Κυριακή, με 40 ευρώ χρέωση μονής διαδρομής.", []),
    ("Τέλεια Γιώργο, σας έστειλα την επιβεβαίωση, κωδικός κράτησης HR-5521.",
     [("name", "Γιώργο")]),
]

# --------------------------------------------------------------- Greek (2/3)
EL_UNITS = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
EL_TEENS = "δέκα έντεκα δώδεκα δεκατρία δεκατέσσερα δεκαπέντε δεκαέξι δεκαεφτά δεκαοχτώ " \
    "δεκαεννιά".split()
EL_TENS = ["", "", "είκοσι", "τριάντα", "σαράντα", "πενήντα", "εξήντα", "εβδομήντα",
           "ογδόντα", "ενενήντα"]
EL_HUND = ["", "εκατόν", "διακόσια", "τριακόσια", "τετρακόσια", "πεντακόσια", "εξακόσια",
           "εφτακόσια", "οχτακόσια", "εννιακόσια"]


def el_two(n):
    if n < 10:
        return EL_UNITS[n]
    if n < 20:
        return EL_TEENS[n - 10]
    return EL_TENS[n // 10] + (" " + EL_UNITS[n % 10] if n % 10 else "")


def el_groups(digits, size=3):
    """Greek way of reading a number in groups: '058213447' -> 'μηδέν πενήντα οχτώ, ...'"""
    out = []
    for g in grp(digits, size).split():
        if g[0] == "0":
            out.append("μηδέν " + (el_two(int(g[1:])) if g[1] != "0" or len(g) == 2
                                   else "μηδέν " + el_two(int(g[2:]))))
        elif len(g) == 3:
            rest = int(g[1:])
            out.append(("εκατό" if g[0] == "1" and not rest else EL_HUND[int(g[0])])
                       + (" " + el_two(rest) if rest else ""))
        else:
            out.append(el_two(int(g)))
    return ", ".join(out)


# G5. Home insurance, flood claim, Volos (older woman)
EL_A3 = afm("05821344")
EL_I2 = iban("GR", "01105230000052304418816")
EL += [
    ("Καλημέρα παιδί μου, είμαι η Βούλα Τσιρίγου από τον Βόλο, μας πλημμύρισε το σπίτι με την "
     "κακοκαιρία.", [("name", "Βούλα Τσιρίγου")]),
    ("Το συμβόλαιο 7730-4412-09 καλύπτει πλημμύρα με απαλλαγή 500 ευρώ και το περιεχόμενο "
     "μέχρι 15.000.", []),
    ("Ιάσονος 27, ισόγειο, Βόλος, 383 33.", [("address", "Ιάσονος 27, ισόγειο, Βόλος, 383 33")],
     "Η διεύθυνση του ακινήτου;"),
    ("Το νερό ανέβηκε 80 πόντους, χάλασε το ψυγείο που πήραμε από τον Κωτσόβολο πέρσι και ο "
     "καναπές.", []),
    ("Ο ΑΦΜ μου είναι %s." % el_groups(EL_A3), [("id", el_groups(EL_A3))]),
    ("Δεκαπέντε Αυγούστου του '52, της Παναγίας γεννήθηκα.",
     [("date_of_birth", "Δεκαπέντε Αυγούστου του '52")], "Ημερομηνία γέννησης;"),
    ("Το σταθερό 24210 58396, κινητό δεν έχω.", [("phone", "24210 58396")]),
    ("Τα χρήματα να πάνε στον λογαριασμό της Εθνικής, IBAN %s." % grp(EL_I2, 4),
     [("iban", grp(EL_I2, 4))]),
    ("Μην ανησυχείτε κυρία Βούλα, ο πραγματογνώμονας θα έρθει την Πέμπτη μεταξύ 10 και 2.",
     [("name", "Βούλα")]),
    ("Ο αριθμός ζημιάς είναι 2023/ΠΛ/08817, κρατήστε φωτογραφίες και όλες τις αποδείξεις.", []),
]

# G6. University registry, Patras (student)
EL_A4 = afm("14790236")
EL_I3 = iban("GR", "01407350735002101147290")
EL += [
    ("Γεια σας, λέγομαι Ελευθερία Νικολάου, αλλά όλοι με λένε Ρία, είμαι στο τρίτο έτος.",
     [("name", "Ελευθερία Νικολάου"), ("name", "Ρία")]),
    ("Ο αριθμός μητρώου σου είναι 1084522, και χρωστάς 2 μαθήματα από το 2ο εξάμηνο.", []),
    ("Η εξεταστική του Σεπτεμβρίου ξεκινά 26 Αυγούστου, και οι δηλώσεις κλείνουν 15 Ιουλίου.",
     []),
    ("Γεννήθηκα στις 03/02/2003.", [("date_of_birth", "03/02/2003")]),
    ("Η διεύθυνσή μου είναι Κορίνθου 214, 2ος όροφος, Πάτρα 262 23.",
     [("address", "Κορίνθου 214, 2ος όροφος, Πάτρα 262 23")]),
    ("ria κάτω παύλα nikolaou παπάκι upnet τελεία gr",
     [("email", "ria κάτω παύλα nikolaou παπάκι upnet τελεία gr")], "Το ιδρυματικό σου email;"),
    ("Για την υποτροφία του ΙΚΥ θέλω το IBAN σου και τον ΑΦΜ.", []),
    ("Το IBAN είναι %s και ο ΑΦΜ %s." % (grp(EL_I3, 4), " ".join(EL_A4)),
     [("iban", grp(EL_I3, 4)), ("id", " ".join(EL_A4))]),
    ("Η γραμματεία δέχεται Τρίτη και Πέμπτη 11 με 1, γραφείο 204, κτίριο Β.", []),
    ("Κινητό 6983 21 45 46, αν χρειαστεί κάτι.", [("phone", "6983 21 45 46")]),
    ("Οκ Ρία, η βεβαίωση θα είναι έτοιμη σε 5 εργάσιμες.", [("name", "Ρία")]),
]

# G7. Dental clinic, Nicosia (Cypriot)
EL_C3 = luhn("417362008815437")
EL += [
    ("Οδοντιατρική Κλινική Ακρόπολις, καλημέρα σας.", []),
    ("Καλημέρα, εν ο Λάμπρος Χαραλάμπους, ήθελα να κλείσω ραντεβού για καθαρισμό.",
     [("name", "Λάμπρος Χαραλάμπους")]),
    ("Έχουμε την Τετάρτη στις 4:15 ή την Παρασκευή 11:30, ο καθαρισμός εν 60 ευρώ και η "
     "ακτινογραφία 25.", []),
    ("Το κινητό μου εν ενενήντα έξι, σαράντα δύο, πενήντα οχτώ, δεκατρία.",
     [("phone", "ενενήντα έξι, σαράντα δύο, πενήντα οχτώ, δεκατρία")]),
    ("Δώδεκα Ιανουαρίου, ογδόντα εφτά.", [("date_of_birth", "Δώδεκα Ιανουαρίου, ογδόντα εφτά")],
     "Ημερομηνία γέννησης;"),
    ("Η διεύθυνση είναι οδός Στασικράτους 31, διαμέρισμα 4, Λευκωσία 1065.",
     [("address", "οδός Στασικράτους 31, διαμέρισμα 4, Λευκωσία 1065")]),
    ("Με το ΓεΣΥ η ακτινογραφία εν 10 ευρώ, ο καθαρισμός όμως δεν καλύπτεται.", []),
    ("Να πληρώσω την προκαταβολή με κάρτα; %s." % grp(EL_C3, 4), [("card", grp(EL_C3, 4))]),
    ("Στείλτε μου την υπενθύμιση στο lambros τελεία ch παπάκι gmail τελεία com.",
     [("email", "lambros τελεία ch παπάκι gmail τελεία com")]),
    ("Ευχαριστώ κύριε Χαραλάμπους, τα λέμε την Τετάρτη.", [("name", "Χαραλάμπους")]),
]

# G8. Gym membership, Athens (young man)
EL_C4 = luhn("535601297340816")
EL_I4 = iban("GR", "02607210000440201385922")
EL += [
    ("Γεια, ο Θοδωρής είμαι, θέλω να παγώσω τη συνδρομή μου για δύο μήνες, έσπασα το πόδι μου.",
     [("name", "Θοδωρής")]),
    ("Η συνδρομή σου είναι 39,90 τον μήνα από 1η Μαρτίου, δωδεκάμηνη, και το πάγωμα κοστίζει "
     "10 ευρώ.", []),
    ("9 Μαΐου 2000", [("date_of_birth", "9 Μαΐου 2000")],
     "Για επιβεβαίωση, ημερομηνία γέννησης;"),
    ("Αλλάξτε και την κάρτα για την πάγια, η καινούρια είναι %s." % grp(EL_C4, 4),
     [("card", grp(EL_C4, 4))]),
    ("Ή καλύτερα πάγια εντολή από τον λογαριασμό μου, %s." % EL_I4, [("iban", EL_I4)]),
    ("thodoris.k παπάκι hotmail τελεία com", [("email", "thodoris.k παπάκι hotmail τελεία com")],
     "Σε ποιο email να σου στείλω το έντυπο;"),
    ("Το γυμναστήριο στο Χαλάνδρι κλείνει 11 το βράδυ και το Σάββατο είναι ανοιχτό 9 με 6.", []),
    ("Περαστικά Θοδωρή! Το πάγωμα ισχύει από Δευτέρα 3 μέχρι 2 του επόμενου μήνα.",
     [("name", "Θοδωρή")]),
]

# --------------------------------------------------------------- Greek (3/3)
# G9. Airline (Greek-Australian caller, code-switching)
EL_C5 = luhn("456471209338150")
EL += [
    ("Ιόνιο Airways, καλησπέρα σας, πώς μπορώ να βοηθήσω;", []),
    ("Γεια σας, ο Nick Papadopoulos εδώ, από τη Μελβούρνη, sorry τα ελληνικά μου δεν είναι "
     "τέλεια.", [("name", "Nick Papadopoulos")]),
    ("Έχετε την IO 207 Αθήνα-Κεφαλονιά στις 3 Ιουλίου, 06:40, θέση 14C, με αποσκευή 23 κιλά.",
     []),
    ("Η αλλαγή ημερομηνίας κοστίζει 45 ευρώ συν τη διαφορά ναύλου 62 ευρώ, σύνολο 107.", []),
    ("είκοσι ένα Ιουνίου, nineteen seventy-eight",
     [("date_of_birth", "είκοσι ένα Ιουνίου, nineteen seventy-eight")],
     "Ημερομηνία γέννησης, παρακαλώ;"),
    ("Πληρώνω με τη Visa, %s." % grp(EL_C5, 4), [("card", grp(EL_C5, 4))]),
    ("Τηλέφωνο +61 412 883 905 και email nick.papa78@bigpond.com.",
     [("phone", "+61 412 883 905"), ("email", "nick.papa78@bigpond.com")]),
    ("Για την απόδειξη, η διεύθυνσή μου είναι 14 Sydney Road, Brunswick VIC 3056, Australia.",
     [("address", "14 Sydney Road, Brunswick VIC 3056, Australia")]),
    ("Εντάξει κύριε Παπαδόπουλε, η αλλαγή έγινε, κωδικός κράτησης KX7M2Q.",
     [("name", "Παπαδόπουλε")]),
    ("Θα λάβετε νέα κάρτα επιβίβασης 24 ώρες πριν, και το check-in κλείνει 45 λεπτά πριν.", []),
]

# G10. Water utility, Piraeus (older man)
EL_A5 = afm("11032597")
EL_A6 = afm("06627418")
EL_C6 = luhn("492218400566731")
EL_I5 = iban("GR", "01722300005230012847665")
EL_P3 = "έξι εννιά εφτά, σαράντα, είκοσι δύο, εκατόν πενήντα οχτώ"
EL += [
    ("Καλημέρα, Δημήτρης Μπαλτάς, ο κυρ-Μήτσος από το περίπτερο στην Καστέλα, μου ήρθε "
     "λογαριασμός 480 ευρώ!", [("name", "Δημήτρης Μπαλτάς"), ("name", "Μήτσος")]),
    ("Η κατανάλωση ήταν 96 κυβικά σε 4 μήνες, ενώ συνήθως είστε στα 25, μάλλον έχετε διαρροή.",
     []),
    ("Ο αριθμός παροχής σας είναι 3-118-40772-06 και ο λογαριασμός λήγει στις 28 του μήνα.", []),
    ("Ακτή Θεμιστοκλέους 142, Πειραιάς, 185 37.",
     [("address", "Ακτή Θεμιστοκλέους 142, Πειραιάς, 185 37")], "Η διεύθυνση της παροχής;"),
    ("Τον ΑΦΜ τον ξέρω απ' έξω, %s." % el_groups(EL_A5), [("id", el_groups(EL_A5))]),
    ("Αλλά η παροχή είναι στο όνομα της γυναίκας μου, ο δικός της είναι %s." % EL_A6,
     [("id", EL_A6)]),
    ("Γεννήθηκα 2 Φεβρουαρίου 1949, γράψτε το αν χρειάζεται.",
     [("date_of_birth", "2 Φεβρουαρίου 1949")]),
    ("Πάρτε με στο κινητό του γιου μου, %s." % EL_P3, [("phone", EL_P3)]),
    ("Μπορείτε να το εξοφλήσετε σε 6 δόσεις χωρίς τόκο, στα ΕΛΤΑ ή στα ταμεία του Σκλαβενίτη.",
     []),
    ("Την πρώτη δόση την πληρώνω τώρα με κάρτα, %s." % grp(EL_C6, 4), [("card", grp(EL_C6, 4))]),
    ("Και τις υπόλοιπες με πάγια από τον λογαριασμό μου, %s." % grp(EL_I5, 4),
     [("iban", grp(EL_I5, 4))]),
]

# G11. Charity donation (older woman, Athens)
EL_A7 = afm("07345120")
EL_C7 = luhn("516732094417820")
EL_C7_SAID = "%s, %s, %s, %s" % (EL_C7[:4], say(EL_C7[4:8], "el"), EL_C7[8:12],
                                 say(EL_C7[12:], "el"))
EL_I6 = iban("GR", "01401710171002320019845")
EL += [
    ("Κιβωτός Αγάπης, καλησπέρα σας.", []),
    ("Καλησπέρα, είμαι η Λίτσα Ρήγα, θέλω να κάνω μια δωρεά για τα παιδιά.",
     [("name", "Λίτσα Ρήγα")]),
    ("Με 25 ευρώ καλύπτετε τα γεύματα ενός παιδιού για μια εβδομάδα, με 100 για έναν μήνα.", []),
    ("Να δώσω 100 ευρώ με την κάρτα, %s." % EL_C7_SAID, [("card", EL_C7_SAID)]),
    ("Για να την εκπέσετε από την εφορία χρειάζομαι τον ΑΦΜ σας.", []),
    ("%s" % el_groups(EL_A7), [("id", el_groups(EL_A7))],
     "Για να την εκπέσετε από την εφορία χρειάζομαι τον ΑΦΜ σας."),
    ("Δηλαδή %s, σωστά;" % " ".join(EL_A7), [("id", " ".join(EL_A7))]),
    ("Εγώ είμαι γεννημένη στις 7 Απριλίου του '47, συνταξιούχος, δεν μπορώ περισσότερα.",
     [("date_of_birth", "7 Απριλίου του '47")]),
    ("Την απόδειξη στείλτε τη στο σπίτι, Πατησίων 305, 5ος όροφος, Αθήνα 111 44.",
     [("address", "Πατησίων 305, 5ος όροφος, Αθήνα 111 44")]),
    ("Και κάθε μήνα 20 ευρώ από τον λογαριασμό μου, %s." % EL_I6, [("iban", EL_I6)]),
    ("Email δεν ξέρω, του εγγονού μου είναι giannis τελεία rigas παπάκι gmail τελεία com.",
     [("email", "giannis τελεία rigas παπάκι gmail τελεία com")]),
    ("Η δωρεά θα φανεί στη δήλωση του 2025, και τα Χριστούγεννα θα σας στείλουμε κάρτα.", []),
]

# G12. Cancelled concert, ticket refund, Thessaloniki (young woman)
EL_C8 = luhn("462734105592068")
EL_I7 = iban("GR", "02602250000150201977403")
EL_I7_SAID = "GR %s, %s" % (el_two(int(EL_I7[2:4])), say(EL_I7[4:], "el", groups=(4,)))
EL += [
    ("Γεια σας, με λένε Ζωή Αλεξίου, είχα εισιτήρια για τη συναυλία στο Θέατρο Γης στις 12 "
     "Ιουλίου που ακυρώθηκε.", [("name", "Ζωή Αλεξίου")]),
    ("Ήταν 2 εισιτήρια των 38 ευρώ, κωδικός παραγγελίας 58820341, Ζώνη Β, σειρά 7.", []),
    ("Η επιστροφή γίνεται σε κάρτα ή IBAN μέσα σε 30 ημέρες από την ακύρωση, όχι μετρητά.", []),
    ("Τα είχα πληρώσει με την κάρτα %s, αλλά την έκλεισα." % grp(EL_C8, 4),
     [("card", grp(EL_C8, 4))]),
    ("Οπότε προτιμώ IBAN, %s." % grp(EL_I7, 4), [("iban", grp(EL_I7, 4))]),
    ("Επαναλαμβάνω: %s, σωστά;" % EL_I7_SAID, [("iban", EL_I7_SAID)]),
    ("Γεννήθηκα 30/11/1998.", [("date_of_birth", "30/11/1998")],
     "Για επαλήθευση του λογαριασμού σας, ημερομηνία γέννησης;"),
    ("Το κινητό μου 6945 118 302 και το email ζωή τελεία αλεξίου ενενήντα οχτώ παπάκι yahoo "
     "τελεία gr.", [("phone", "6945 118 302"),
                    ("email", "ζωή τελεία αλεξίου ενενήντα οχτώ παπάκι yahoo τελεία gr")]),
    ("Η διεύθυνση χρέωσης της κάρτας ήταν Εγνατίας 88, Θεσσαλονίκη 546 30.",
     [("address", "Εγνατίας 88, Θεσσαλονίκη 546 30")]),
    ("Η συναυλία μεταφέρθηκε στις 4 Σεπτεμβρίου, αν θέλετε κρατάτε τα ίδια εισιτήρια.", []),
]

# ================================================================ END DATA


def self_test():
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert iban_ok("GB82WEST12345698765432")
    assert tz_ok(tz("12345678")) and afm_ok(afm("09061112"))
    assert saudi_ok(saudi("109876543"))
    assert digits_of("four one one one, double seven, oh two", "en") == "41117702"
    assert digits_of("forty-two, one hundred and five, nineteen", "en") == "4210519"
    assert digits_of("خمسة وأربعين، ٠٥٥، صفر", "ar") == "450550"
    assert digits_of("שלושים ושתיים, אחת עשרה, אפס חמש", "he") == "32" + "11" + "05"
    assert digits_of("εξήντα εφτά, διακόσια δέκα, μηδέν", "el") == "67" + "210" + "0"
    assert iban_of("G B eight two, WEST 1234 5698 7654 32", "en") == "GB82WEST12345698765432"


def main():
    self_test()
    os.makedirs(OUT_DIR, exist_ok=True)
    for lang, items in LANGS.items():
        if not items:
            continue
        rows = build(items, lang)
        path = os.path.join(OUT_DIR, lang + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        c, neg = stats(rows)
        # the brief's proportions, per language
        assert 110 <= len(rows) <= 130 and 35 <= neg <= 45, (lang, len(rows), neg)
        assert 75 <= sum(c.values()) <= 88, (lang, c)
        assert all(c[k] >= 7 for k in KINDS) and 20 <= c["name"] <= 25, (lang, c)
        print("%s: %d items (%d non-personal), %d spans: %s" % (
            lang, len(rows), neg, sum(c.values()),
            ", ".join("%s %d" % (k, c[k]) for k in KINDS)))


if __name__ == "__main__":
    main()
