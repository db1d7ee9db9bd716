#!/usr/bin/env python3
"""Generate the "blind57" held-out evaluation set for the call-transcript redactor.

Who wrote it and how: a helper session, working only from a written brief. It never
opened, listed or read the redactor, its rules, its tests, or any other evaluation set or
generator. Every line was written from general knowledge of how people speak on the phone
(here: customer-service calls to telecom operators, i.e. mobile plans, broadband and fibre,
landlines, pay-TV, roaming, SIM swaps, number porting, device instalments, outages and
technician visits). All personal values are invented; check digits (Luhn, mod-97, Teudat
Zehut, Greek AFM, Saudi ID/Iqama) are computed in this script, never typed by hand.

Output: data/redaction/blind57/{en,ar,he,el}.jsonl (relative to the repository root),
one JSON object per line:

    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}

- kind is one of: card, iban, id, phone, email, date_of_birth, name, address.
- start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive). They are
  computed here by searching for each span's substring, and asserted.
- context is optional (omitted when empty): an earlier line of the same call; not scored.
- Items whose spans list is empty are non-personal and must come out unchanged.

Run:  python3 benches/redaction/make_blind57.py
The script is deterministic (no randomness) and asserts, for every item, that each span is
found exactly where declared, that spans do not overlap, that card / IBAN / ID spans decode
(from digits, Arabic-Indic digits or spoken number words) to values with valid check
digits, and that long numbers outside spans fail those checks. In the item lists a span
is (kind, substring) or (kind, substring, n) for the n-th occurrence; a kind ending in "*"
marks one part of a value split over two lines (no check-digit test, same kind written).
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "data" / "redaction" / "blind57"
KINDS = ("card", "iban", "id", "phone", "email", "date_of_birth", "name", "address")

# ---------------------------------------------------------------- check digits


def luhn_ok(d):
    if not d.isdigit():
        return False
    total = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError(partial)


def card(partial):
    """partial = the card number without its last (check) digit."""
    d = luhn_complete(partial)
    assert 13 <= len(d) <= 19 and luhn_ok(d), d
    return d


def tz_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    total = 0
    for i, c in enumerate(d):
        x = int(c) * (1 if i % 2 == 0 else 2)
        total += x - 9 if x > 9 else x
    return total % 10 == 0


def tz(p8):
    for c in "0123456789":
        if tz_ok(p8 + c):
            return p8 + c
    raise AssertionError(p8)


def afm_ok(d):
    if len(d) != 9 or not d.isdigit() or d == "000000000":
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return (s % 11) % 10 == int(d[8])


def afm(p8):
    d = p8 + str((sum(int(p8[i]) * 2 ** (8 - i) for i in range(8)) % 11) % 10)
    assert afm_ok(d), d
    return d


def saudi_ok(d):
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def saudi(p9):
    d = luhn_complete(p9)
    assert saudi_ok(d), d
    return d


def ssn_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
    return 1 <= area <= 899 and area != 666 and group != 0 and serial != 0


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "QA": 29, "KW": 30, "BH": 22, "LB": 28,
            "FR": 27, "NL": 18, "ES": 24, "IT": 27, "TN": 24}


def _mod97(s):
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if len(s) < 4 or not s.isalnum() or IBAN_LEN.get(s[:2]) != len(s):
        return False
    return _mod97(s[4:] + s[:4]) == 1


def iban(cc, bban):
    chk = 98 - _mod97(bban + cc + "00")
    s = f"{cc}{chk:02d}{bban}"
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


# ---------------------------------------------------------------- number words

EN_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
           "fourteen fifteen sixteen seventeen eighteen nineteen").split()
EN_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
           8: "eighty", 9: "ninety"}

EL_ONES = ["μηδέν", "ένα", "δύο", "τρία", "τέσσερα", "πέντε", "έξι", "εφτά", "οχτώ", "εννιά",
           "δέκα", "έντεκα", "δώδεκα", "δεκατρία", "δεκατέσσερα", "δεκαπέντε", "δεκαέξι",
           "δεκαεφτά", "δεκαοχτώ", "δεκαεννιά"]
EL_FORMAL = {"εφτά": "επτά", "οχτώ": "οκτώ", "εννιά": "εννέα", "δεκαεφτά": "δεκαεπτά",
             "δεκαοχτώ": "δεκαοκτώ", "δεκαεννιά": "δεκαεννέα"}
EL_TENS = {2: "είκοσι", 3: "τριάντα", 4: "σαράντα", 5: "πενήντα", 6: "εξήντα",
           7: "εβδομήντα", 8: "ογδόντα", 9: "ενενήντα"}

HE_F = ["אפס", "אחת", "שתיים", "שלוש", "ארבע", "חמש", "שש", "שבע", "שמונה", "תשע",
        "עשר", "אחת עשרה", "שתים עשרה", "שלוש עשרה", "ארבע עשרה", "חמש עשרה", "שש עשרה",
        "שבע עשרה", "שמונה עשרה", "תשע עשרה"]
HE_M = ["אפס", "אחד", "שניים", "שלושה", "ארבעה", "חמישה", "שישה", "שבעה", "שמונה", "תשעה",
        "עשרה", "אחד עשר", "שנים עשר", "שלושה עשר", "ארבעה עשר", "חמישה עשר", "שישה עשר",
        "שבעה עשר", "שמונה עשר", "תשעה עשר"]
HE_TENS = {2: "עשרים", 3: "שלושים", 4: "ארבעים", 5: "חמישים", 6: "שישים", 7: "שבעים",
           8: "שמונים", 9: "תשעים"}

AR_D = {
    "msa": ["صفر", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"],
    "gulf": ["صفر", "واحد", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"],
    "egy": ["صفر", "واحد", "اتنين", "تلاتة", "أربعة", "خمسة", "ستة", "سبعة", "تمانية", "تسعة"],
    "lev": ["صفر", "واحد", "تنين", "تلاتة", "أربعة", "خمسة", "ستة", "سبعة", "تمانية", "تسعة"],
    "mag": ["زيرو", "واحد", "جوج", "تلاتة", "ربعة", "خمسة", "ستة", "سبعة", "تمنية", "تسعود"],
}
AR_TEEN_MSA = ["عشرة", "أحد عشر", "اثنا عشر", "ثلاثة عشر", "أربعة عشر", "خمسة عشر",
               "ستة عشر", "سبعة عشر", "ثمانية عشر", "تسعة عشر"]
AR_TEEN_COL = ["عشرة", "حداشر", "اتناشر", "تلتاشر", "اربعتاشر", "خمستاشر", "ستاشر",
               "سبعتاشر", "تمنتاشر", "تسعتاشر"]
AR_TENS_MSA = {2: "عشرين", 3: "ثلاثين", 4: "أربعين", 5: "خمسين", 6: "ستين", 7: "سبعين",
               8: "ثمانين", 9: "تسعين"}
AR_TENS_COL = {**AR_TENS_MSA, 3: "تلاتين", 8: "تمانين"}
AR_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
TO_ASCII = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def ind(s):
    """ASCII digits -> Arabic-Indic digits."""
    return s.translate(AR_INDIC)


def num_word(lang, n, v=""):
    """0..99 as words. v: variant (en: 'oh'; el: 'formal'; he: 'm'/'f'; ar: dialect)."""
    assert 0 <= n <= 99
    t, u = divmod(n, 10)
    if lang == "en":
        if n < 20:
            return EN_ONES[n]
        return EN_TENS[t] + ("-" + EN_ONES[u] if u else "")
    if lang == "el":
        w = EL_ONES[n] if n < 20 else EL_TENS[t] + (" " + EL_ONES[u] if u else "")
        if v == "formal":
            w = " ".join(EL_FORMAL.get(x, x) for x in w.split())
        return w
    if lang == "he":
        ones = HE_M if v == "m" else HE_F
        if n < 20:
            return ones[n]
        return HE_TENS[t] + (" ו" + ones[u] if u else "")
    if lang == "ar":
        v = v or "gulf"
        d = AR_D[v]
        col = v in ("egy", "lev", "mag")
        if n < 10:
            return d[n]
        if n < 20:
            return (AR_TEEN_COL if col else AR_TEEN_MSA)[u]
        tens = (AR_TENS_COL if col else AR_TENS_MSA)[t]
        return (d[u] + " و" + tens) if u else tens
    raise ValueError(lang)


def say(lang, tpl, v="", zero=None, dbl=False):
    """Spell the digits of a template as words.

    '=NN' -> NN read as one number (0..99); a run of digits -> read digit by digit;
    everything else is kept. zero: the word for 0 (e.g. 'oh'); dbl: English double/triple.
    """
    def digits(ds):
        words = []
        i = 0
        while i < len(ds):
            j = i
            while j < len(ds) and ds[j] == ds[i]:
                j += 1
            w = zero if (zero and ds[i] == "0") else num_word(lang, int(ds[i]), v)
            run = j - i
            if dbl and lang == "en" and run in (2, 3):
                words.append(("double " if run == 2 else "triple ") + w)
                i = j
            else:
                words.append(w)
                i += 1
        return " ".join(words)

    def rep(m):
        if m.group(1):
            return num_word(lang, int(m.group(1)), v)
        return digits(m.group(2))

    return re.sub(r"=(\d{1,2})|(\d+)", rep, tpl)


# ------------------------------------------------------- reading numbers back (checks)

FILLERS = {
    "en": {"um", "uh", "erm", "er", "uhm", "hmm", "mm"},
    "ar": {"يعني", "اه", "آه", "ااه", "امم", "إمم"},
    "he": {"אממ", "אה", "אמ", "אהה", "כאילו"},
    "el": {"εεε", "εε", "ε", "μμμ", "ααα"},
}


def _lexicon(lang):
    lex = {}
    variants = {"en": [""], "el": ["", "formal"], "he": ["f", "m"],
                "ar": list(AR_D)}[lang]
    for v in variants:
        for n in range(100):
            lex[tuple(num_word(lang, n, v).split())] = str(n)
    if lang == "en":
        lex[("oh",)] = "0"
        lex[("o",)] = "0"
        lex[("nought",)] = "0"
    if lang == "el":
        lex[("μία",)] = "1"
        lex[("τρεις",)] = "3"
        lex[("τέσσερις",)] = "4"
    if lang == "he":
        lex[("שתים",)] = "2"
    if lang == "ar":
        lex[("ثنين",)] = "2"
        lex[("اثنين",)] = "2"
        lex[("زيرو",)] = "0"
    return lex


LEX = {lang: _lexicon(lang) for lang in ("en", "ar", "he", "el")}
DIGITS_TOKEN = re.compile(r"[0-9٠-٩۰-۹]+(?:[-./][0-9٠-٩۰-۹]+)*")


def _tokens(text):
    out = []
    for t in re.findall(r"[^\s,;:!?()\"«»،؟]+", text):
        t = t.strip(".'’-")
        if t:
            out.append(t)
    return out


def read_number(text, lang, letters=False):
    """Decode a span written in digits and/or number words; None if anything is unknown."""
    toks = _tokens(text)
    lex = LEX[lang]
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        low = t.lower()
        if DIGITS_TOKEN.fullmatch(t):
            out.append(re.sub(r"\D", "", t.translate(TO_ASCII)))
            i += 1
            continue
        if low in FILLERS[lang]:
            i += 1
            continue
        if lang == "en" and low in ("double", "triple") and i + 1 < len(toks):
            d = lex.get((toks[i + 1].lower(),))
            if d is None or len(d) != 1:
                return None
            out.append(d * (2 if low == "double" else 3))
            i += 2
            continue
        hit = None
        for k in (3, 2, 1):
            key = tuple(x.lower() for x in toks[i:i + k])
            if len(key) == k and key in lex:
                hit = (k, lex[key])
                break
        if hit:
            out.append(hit[1])
            i += hit[0]
            continue
        if letters and re.fullmatch(r"[A-Z0-9]+", t.translate(TO_ASCII)):
            out.append(t.translate(TO_ASCII))
            i += 1
            continue
        return None
    return "".join(out)


def number_runs(text, lang):
    """Maximal runs of number tokens (digits or number words) in free text."""
    toks = _tokens(text)
    lex = LEX[lang]
    runs, cur, i = [], [], 0
    while i < len(toks):
        t = toks[i]
        low = t.lower()
        piece = None
        step = 1
        if DIGITS_TOKEN.fullmatch(t) and not re.search(r"\d[./]\d", t.translate(TO_ASCII)):
            piece = re.sub(r"\D", "", t.translate(TO_ASCII))
        elif lang == "en" and low in ("double", "triple") and (toks[i + 1:i + 2] and (toks[i + 1].lower(),) in lex):
            piece = lex[(toks[i + 1].lower(),)] * (2 if low == "double" else 3)
            step = 2
        else:
            for k in (3, 2, 1):
                key = tuple(x.lower() for x in toks[i:i + k])
                if len(key) == k and key in lex:
                    piece, step = lex[key], k
                    break
        if piece is None and low in FILLERS[lang] and cur:
            i += 1
            continue
        if piece is None:
            if cur:
                runs.append("".join(cur))
            cur = []
        else:
            cur.append(piece)
        i += step
    if cur:
        runs.append("".join(cur))
    return runs


def check_value(kind, sub, lang):
    if kind == "card":
        d = read_number(sub, lang)
        assert d and 13 <= len(d) <= 19 and luhn_ok(d), (sub, d)
    elif kind == "iban":
        d = read_number(sub, lang, letters=True)
        assert d and iban_ok(d), (sub, d)
    elif kind == "id":
        d = read_number(sub, lang)
        assert d and (tz_ok(d) or afm_ok(d) or saudi_ok(d) or ssn_ok(d)), (sub, d)
    elif kind == "phone":
        d = "".join(re.sub(r"\D", "", r) for r in number_runs(sub, lang))
        assert len(d) >= 7, (sub, d)


def check_outside(masked, lang):
    """Long numbers that are not spans must not pass the personal-number checks."""
    for d in number_runs(masked, lang):
        if len(d) < 9:
            continue
        if 13 <= len(d) <= 19:
            assert not luhn_ok(d), ("non-personal number passes Luhn", d, masked)
        if len(d) == 9:
            assert not tz_ok(d) and not afm_ok(d), ("passes TZ/AFM", d, masked)
        if len(d) == 10 and d[0] in "12":
            assert not luhn_ok(d), ("passes Saudi ID", d, masked)
    for m in re.finditer(r"(?<!\d)(\d{3})[- ](\d{2})[- ](\d{4})(?!\d)", masked):
        assert not ssn_ok("".join(m.groups())), ("passes SSN", m.group(0), masked)


# ---------------------------------------------------------------- building


def build(lang, items):
    rows, seen = [], set()
    for it in items:
        text, spans = it[0], it[1]
        ctx = it[2] if len(it) > 2 else ""
        assert text not in seen, ("duplicate", text)
        seen.add(text)
        assert text == text.strip() and text, text
        b = text.encode("utf-8")
        out = []
        for sp in spans:
            kind, sub = sp[0], sp[1]
            partial = kind.endswith("*")   # part of a value split over lines: no value check
            kind = kind.rstrip("*")
            assert kind in KINDS, kind
            assert sub and sub == sub.strip(), (kind, sub)
            sb = sub.encode("utf-8")
            occ = [m.start() for m in re.finditer(re.escape(sb), b)]
            assert occ, ("span not found", kind, sub, text)
            if len(sp) > 2:
                start = occ[sp[2]]
            else:
                assert len(occ) == 1, ("ambiguous span, give an index", sub, text)
                start = occ[0]
            end = start + len(sb)
            assert b[start:end].decode("utf-8") == sub
            if not partial:
                check_value(kind, sub, lang)
            out.append({"kind": kind, "start": start, "end": end})
        out.sort(key=lambda s: s["start"])
        for a, c in zip(out, out[1:]):
            assert a["end"] <= c["start"], ("overlap", text)
        masked = b
        for s in reversed(out):
            masked = masked[:s["start"]] + b" | " + masked[s["end"]:]
        check_outside(masked.decode("utf-8"), lang)
        row = {"text": text, "spans": out}
        if ctx:
            row["context"] = ctx
        rows.append(row)
    return rows


def stats(rows):
    kinds = Counter(s["kind"] for r in rows for s in r["spans"])
    empty = sum(1 for r in rows if not r["spans"])
    return kinds, empty


def check_targets(lang, rows):
    kinds, empty = stats(rows)
    total = sum(kinds.values())
    assert 110 <= len(rows) <= 130, (lang, "items", len(rows))
    assert 75 <= total <= 85, (lang, "spans", total)
    assert 35 <= empty <= 45, (lang, "empty items", empty)
    for k in KINDS:
        assert kinds[k] >= 7, (lang, k, kinds[k])
    assert 20 <= kinds["name"] <= 25, (lang, "names", kinds["name"])


LANGS = {}   # lang -> list of (text, [(kind, substring[, occurrence])], context)
COMPLETE = set()   # languages whose size targets are asserted

# ================================================================ DATA
# ---------------------------------------------------------------- English, part 1
# Calls: SIM swap after a lost phone (Ireland); fibre install no-show (Texas); roaming bill
# (Australia); number porting (London, Nigerian caller).
EN = LANGS.setdefault("en", [])
_en_c1 = card("521734000092841")          # Mastercard, 16
_en_i1 = iban("GB", "BUKB20451873456912")
EN += [
    # SIM swap, Irish caller
    ("Good morning, you're through to Brightwave Mobile, my name is Declan, how can I help?",
     [("name", "Declan")]),
    ("Hiya, yeah, I lost my phone on the 39A bus last night, around half eleven, and I need a "
     "new SIM on the same number.", []),
    ("It's oh eight seven, two four one, double six oh nine.",
     [("phone", "oh eight seven, two four one, double six oh nine")],
     "Can I take the mobile number on the account first?"),
    ("It's Siobhán Ní Bhriain, but everyone calls me Shiv.",
     [("name", "Siobhán Ní Bhriain"), ("name", "Shiv")], "And the name on the account?"),
    ("Thanks a million. And for security, your date of birth please?", []),
    ("Twenty-third of November, ninety-one.",
     [("date_of_birth", "Twenty-third of November, ninety-one")],
     "And for security, your date of birth please?"),
    ("No bother. The replacement SIM is five euro, and it's posted out in two to three working "
     "days, or you can pick one up in the Patrick Street shop after 10.", []),
    ("Post it out please, to the house, it's 4 Cois Abhainn, Ballincollig, County Cork, P31 KX82.",
     [("address", "4 Cois Abhainn, Ballincollig, County Cork, P31 KX82")],
     "Do you want it posted out or will you collect?"),
    ("Right, I've barred the old SIM as of 09:14 this morning, so nobody can run up calls on it. "
     "Your reference for the swap is SWP 5520 1834 76.", []),
    ("and the new sim will be live within 2 hours of you putting it in, if it's not ring us back "
     "on the 1800 number and quote that reference", []),

    # Fibre install, Texas
    ("Thank you for calling Lonestar Fiber, this is Kayla, may I have your name?",
     [("name", "Kayla")]),
    ("yeah hi this is marcus whitfield i'm calling about my install",
     [("name", "marcus whitfield")]),
    ("Okay, Mr. Whitfield, I see the install was set for Tuesday, March 12th, between 8 and 12. "
     "Is that correct?", [("name", "Whitfield")]),
    ("the address is 2217 sycamore ridge drive apartment 4B plano texas 7 5 0 2 4",
     [("address", "2217 sycamore ridge drive apartment 4B plano texas 7 5 0 2 4")]),
    ("So I can rebook you for Friday the 15th, the window is 1 to 5 p.m., and I'll put a $50 "
     "credit on your next bill for the missed appointment.", []),
    ("Sure, it's 469-555-0137.", [("phone", "469-555-0137")],
     "Can I get a good callback number in case the tech is running late?"),
    ("Actually, no, use my cell instead, nine seven two, five five five, oh one eight eight.",
     [("phone", "nine seven two, five five five, oh one eight eight")]),
    ("Your plan is the Gig 1000 at $65 a month, price locked for 36 months, and the first bill is "
     "due April 2nd.", []),
    ("Okay, you're all set. Confirmation number is 7734 0921 55.", []),
    ("The router is a Calix GigaSpire, model u6, so if the light's blinking blue after 10 minutes "
     "just give us a call back.", []),

    # Roaming bill, Australia
    ("G'day, you're speaking with Jess at Southern Cross Telco, who have I got on the line?",
     [("name", "Jess")]),
    ("Hi, it's Bron Keating.", [("name", "Bron Keating")]),
    ("I've just come back from Bali and there's a bill for $1,184.60 on my account, which is "
     "absolutely insane, I was only there ten days.", []),
    ("Yeah, I can see that, most of it's data, 3.2 gig used on the 14th and 15th of January, "
     "outside the $10 a day roaming pack.", []),
    ("Yeah, fifth of May, nineteen eighty-seven.",
     [("date_of_birth", "fifth of May, nineteen eighty-seven")],
     "Before I look at a credit, can I just confirm your date of birth?"),
    ("bron dot keating eighty seven at bigpond dot com",
     [("email", "bron dot keating eighty seven at bigpond dot com")],
     "And the email address on the account?"),
    ("Thanks for holding. I've put through a goodwill credit of $900, so you'll owe $284.60, and "
     "that'll show in one to two billing cycles.", []),
    (f"Can I pay that now? It's a Mastercard, five two one seven, {_en_c1[4:8]}, {_en_c1[8:12]}, "
     f"{say('en', _en_c1[12:])}.",
     [("card", f"five two one seven, {_en_c1[4:8]}, {_en_c1[8:12]}, {say('en', _en_c1[12:])}")]),
    ("Done, that's $284.60 taken today, receipt number 88213, and I've added the Asia roaming "
     "pack, it's $5 a day for 2 gigs, for the next time.", []),

    # Number porting, London
    ("Hello, thank you for calling Kestrel Mobile, my name is Priya, how may I help you today?",
     [("name", "Priya")]),
    ("Good afternoon. My name is Oluwaseun Adeyemi, I want to bring my number across from "
     "Vodafone.", [("name", "Oluwaseun Adeyemi")]),
    ("Yes, the PAC is ZXT 448 193, it is valid for thirty days, I got it on the 2nd.", [],
     "Lovely. Do you have your PAC code?"),
    ("zero seven seven zero zero, nine zero zero, four eight one",
     [("phone", "zero seven seven zero zero, nine zero zero, four eight one")],
     "And the number you're bringing over?"),
    ("Thank you, Mr Adeyemi. The switch happens on Thursday the 18th, and your service may drop "
     "for up to 2 hours between 10 and 12.", [("name", "Adeyemi")]),
    (f"For the direct debit, use my Barclays account, the IBAN is {grp(_en_i1, [4])}.",
     [("iban", grp(_en_i1, [4]))]),
    ("That's it, O L U W A S E U N, Oluwaseun.",
     [("name", "O L U W A S E U N"), ("name", "Oluwaseun")],
     "And could you spell your first name for me, please?"),
    ("So that's the Unlimited Max, £28 a month on a 12 month SIM-only, with 5G and 30 days of EU "
     "roaming included.", []),
]

# ---------------------------------------------------------------- English, part 2
# Calls: phone upgrade on an instalment plan with a credit check (New Jersey, Indian
# caller); dead landline (Lancashire, elderly caller); pay-TV downgrade (Scotland);
# business broadband outage (London, Nigerian caller).
_en_s1 = "146227091"
assert ssn_ok(_en_s1)
_en_c2 = card("492971046385207")          # Visa, 16
EN += [
    # Upgrade on instalments, New Jersey
    ("Thanks for calling Liberty Wireless sales, I'm Derek. Are you looking to upgrade today?",
     [("name", "Derek")]),
    ("Yes, I want the iPhone 16 Pro, 256 gig, on the 36-month installment plan, and for my "
     "daughter the Galaxy A15.", []),
    ("Sure. So that's $30.55 a month for the iPhone over 36 months with zero down, and the A15 "
     "comes to $5.56 a month, plus the $35 activation fee per line.", []),
    ("Okay, it is 1 4 6, 2 2, 7 0 9 1.", [("id", "1 4 6, 2 2, 7 0 9 1")],
     "For the installment plan I have to run a credit check, so I'll need your full Social."),
    ("Full name is Venkatesh Raghunathan, with an H after the G.",
     [("name", "Venkatesh Raghunathan")]),
    ("nineteen eighty-two, July the 9th", [("date_of_birth", "nineteen eighty-two, July the 9th")],
     "And your date of birth?"),
    ("It's 58 Birchwood Lane, Edison, New Jersey, zero eight eight one seven.",
     [("address", "58 Birchwood Lane, Edison, New Jersey, zero eight eight one seven")],
     "And the billing address?"),
    ("Okay, credit's approved, your limit is $2,400 across 2 devices, and the order number is "
     "W-4410-23987.", []),
    ("Email is v underscore raghunathan at outlook dot com.",
     [("email", "v underscore raghunathan at outlook dot com")]),
    ("both phones ship out tomorrow should be there by thursday the 21st and someone needs to "
     "sign for them", []),

    # Dead landline, Lancashire
    ("Hello, Cambrian Telecom faults line, you're through to the Preston team.", []),
    ("Oh hello dear, it's Margaret Houghton, my telephone's been dead since Saturday.",
     [("name", "Margaret Houghton")]),
    ("It's oh one two five seven, four six three, eight nine one.",
     [("phone", "oh one two five seven, four six three, eight nine one")],
     "Sorry to hear that. What's the number of the line that's not working?"),
    ("Fourteen Larkfield Close, PR7 3QN.", [("address", "Fourteen Larkfield Close, PR7 3QN")],
     "Thank you. And the first line of the address and the postcode?"),
    ("Right, there's a fault at the exchange on Harpers Lane affecting 212 lines, the engineers "
     "are on it and the estimate is Wednesday by 5 pm.", []),
    ("Wednesday! I'm eighty-four, love, and my pendant alarm goes through that phone.", []),
    ("I'll flag you as a priority customer, Mrs Houghton, and divert your calls to a mobile free "
     "of charge in the meantime.", [("name", "Houghton")]),
    ("Put it to my son's mobile, it's 07700 900 226.", [("phone", "07700 900 226")]),
    ("The second of the fourth, nineteen forty.",
     [("date_of_birth", "The second of the fourth, nineteen forty")],
     "For the priority register I just need your date of birth."),
    ("The divert will be on within the hour, there's no charge, and you'll get £9.50 back for "
     "every day the line's been off since the 6th.", []),

    # Pay-TV downgrade, Scotland
    ("You're through to Skyline TV, can I start with your account number?", []),
    ("Aye, it's 6 0 0 4 1 8 2 7 3 5.", [],
     "You're through to Skyline TV, can I start with your account number?"),
    ("I want to drop the sports, £34 a month for football and the season finished in May.", []),
    ("No problem. The Sports bundle comes off on your next bill date, the 28th, and the package "
     "goes to Essentials at £26 a month with Netflix Basic still included.", []),
    ("Fiona MacLeod, that's M A C, capital L, E O D.", [("name", "Fiona MacLeod")],
     "Can I confirm the name on the account?"),
    ("Thanks, Fiona. There's an outstanding balance of £52.18 from March, would you like to clear "
     "that today?", [("name", "Fiona")]),
    (f"go on then take it off my visa {say('en', _en_c2, zero='oh')}",
     [("card", say("en", _en_c2, zero="oh"))]),
    ("That's gone through, £52.18, and you'll see Skyline TV on your statement within 3 days. "
     "Your box will update overnight, between 2 and 4 am.", []),
    ("aye send it to fi dot macleod seventy-six at hotmail dot co dot uk",
     [("email", "fi dot macleod seventy-six at hotmail dot co dot uk")],
     "Would you like the confirmation by email?"),

    # Business broadband outage, London
    ("Yes, I am Chiamaka Obi-Nwosu, the business is Crown and Glory Hair Studio.",
     [("name", "Chiamaka Obi-Nwosu")]),
    ("The internet has been down since 8 o'clock this morning, my card machine runs on it, I have "
     "lost maybe 300 pounds already.", []),
    ("I'm sorry. There's a known outage in the Peckham area, ticket INC 0048 2213, and engineers "
     "estimate restoration by 4 pm.", []),
    ("Under your business SLA you're due £25 compensation per day, I'll apply it automatically "
     "after 48 hours.", []),
    ("Send me the updates by text, plus four four seven seven zero zero nine zero zero five three "
     "two.", [("phone", "plus four four seven seven zero zero nine zero zero five three two")]),
    ("Thank you, Ms Obi-Nwosu, I'll also send a 4G backup router, it'll arrive tomorrow before 1.",
     [("name", "Obi-Nwosu")]),
    ("Flat 2, 117 Bellenden Road, London SE15 4QY.",
     [("address", "Flat 2, 117 Bellenden Road, London SE15 4QY")],
     "Can I confirm the delivery address for the router?"),
]

# ---------------------------------------------------------------- English, part 3
# Calls: prepaid SIM registration and refund (Riyadh, Indian caller on the English line);
# eSIM and plan change (Israel, American immigrant); closing a late father's account
# (Arizona); moving house with NBN broadband (Brisbane); leaving for Germany, refund of a
# credit balance (Manchester); new landline and broadband direct debit (Galway).
_en_q1 = saudi("241876053")               # Iqama
_en_q2 = saudi("230561947")               # Iqama
_en_c3 = card("446404118270931")          # mada debit, 16
_en_i2 = iban("SA", "80000504608010167519")
_en_t1 = tz("33719460")
_en_i3 = iban("IL", "0109120000094517382")
_en_c4 = card("453918820374615")          # Visa, 16
_en_s2, _en_s3 = "531042268", "602719345"
assert ssn_ok(_en_s2) and ssn_ok(_en_s3)
_en_c5 = card("34712605938214")           # Amex, 15
_en_c6 = card("455701122883460")          # Visa, 16 (read with doubles)
_en_c7 = card("222300417765128")          # Mastercard 2-series, 16
_en_i4 = iban("DE", "760260000048193726")
_en_i5 = iban("GB", "NAIA07011624879315")
_en_i6 = iban("IE", "AIBK93115249318607")
_en_c8 = card("676770418255093617")       # Maestro, 19
_en_sa1 = " ".join(_en_i2[:2]) + " " + say("en", grp(_en_i2[2:12], [2, 4, 4], ", "), zero="zero")
_en_sa2 = say("en", grp(_en_i2[12:], [4], ", "), zero="zero")
_en_i5s = say("en", f"G B ={_en_i5[2:4]}, N A I A, " + grp(_en_i5[8:], [4], ", "), zero="oh")
assert _en_i5[2] != "0" and _en_i5[4:8] == "NAIA"
assert _en_i6[2] != "0"
EN += [
    # Prepaid SIM registration, Riyadh
    ("Hello sir, good evening, my name is Mohammed Shafeeq, I am calling for registering my new "
     "prepaid SIM.", [("name", "Mohammed Shafeeq")]),
    ("Okay, so the Visitor and Resident plan is SAR 115 for 28 days, with 20 GB data and 300 "
     "minutes international, and you can renew it with *100#.", []),
    (f"My Iqama number is {say('en', grp(_en_q1, [4, 3, 3], ', '), zero='oh')}.",
     [("id", say("en", grp(_en_q1, [4, 3, 3], ", "), zero="oh"))]),
    (f"And one more SIM for my wife also, her Iqama is {' '.join(_en_q2)}.",
     [("id", " ".join(_en_q2))]),
    ("15th August 1989", [("date_of_birth", "15th August 1989")],
     "Sir, your date of birth as per Iqama?"),
    ("plus nine six six, double five, three one eight, double four zero two",
     [("phone", "plus nine six six, double five, three one eight, double four zero two")],
     "Which number should receive the activation SMS?"),
    ("It is shafeeq dot km at the rate gmail dot com.",
     [("email", "shafeeq dot km at the rate gmail dot com")]),
    (f"For payment I will use my mada card, {grp(_en_c3, [4])}.", [("card", grp(_en_c3, [4]))]),
    ("Also sir, last month you charged me 2 times, 115 riyals on the 3rd and again 115 on the "
     "4th, I want that refund.", []),
    (f"Yes, the IBAN, {_en_sa1}", [("iban*", _en_sa1)],
     "The refund goes by bank transfer within 14 working days. Please give the IBAN."),
    (f"{_en_sa2}, that's all.", [("iban*", _en_sa2)], "Okay, go on."),

    # eSIM and plan change, Israel
    ("Cellnet English support, good morning, how can I help you?", []),
    ("Hi, it's Shmuel Rosenbaum, but everyone calls me Sam, I want to switch my line to an eSIM.",
     [("name", "Shmuel Rosenbaum"), ("name", "Sam")]),
    (f"Sure, it's {say('en', grp(_en_t1, [3], ', '), zero='oh')}.",
     [("id", say("en", grp(_en_t1, [3], ", "), zero="oh"))], "Sure. Can I have your teudat zehut number?"),
    (f"So that's {grp(_en_t1, [3], '-')}, correct?", [("id", grp(_en_t1, [3], "-"))]),
    ("June third, seventy-nine.", [("date_of_birth", "June third, seventy-nine")],
     "And your date of birth?"),
    ("The line is oh five four, seven seven two, one nine three oh.",
     [("phone", "oh five four, seven seven two, one nine three oh")]),
    ("The QR code will go to your email and it's valid for 72 hours. Also, the US roaming pack "
     "is 149 shekels for 30 days with 12 giga.", []),
    ("Send it to sam.rosenbaum@protonmail.com, please.",
     [("email", "sam.rosenbaum@protonmail.com")]),
    (f"And move the payment from the credit card to the bank, the IBAN is {grp(_en_i3, [4])}.",
     [("iban", grp(_en_i3, [4]))]),
    (f"For the eSIM fee of 29 shekels I'll use the Visa, {grp(_en_c4, [4])}.",
     [("card", grp(_en_c4, [4]))]),

    # Late father's account, Arizona
    ("Hi, I'm calling about my late father's account, he passed on the 2nd and I need to close "
     "his lines.", []),
    ("I'm so sorry for your loss. I'll need his Social Security number to find the account.", []),
    ("five three one, oh four, two two six eight",
     [("id", "five three one, oh four, two two six eight")],
     "I'll need his Social Security number to find the account."),
    ("He was born October 2nd, 1941.", [("date_of_birth", "October 2nd, 1941")]),
    ("I'll close the two lines, the landline and the 55 Plus plan, as of the 9th, waive the $240 "
     "early termination fee, and the final bill is $76.40.", []),
    (f"And I want to keep his home number in my name, my Social is {grp(_en_s3, [3, 2, 4], '-')}.",
     [("id", grp(_en_s3, [3, 2, 4], "-"))]),
    (f"Pay the final bill on my Amex, {grp(_en_c5, [4, 6, 5])}.",
     [("card", grp(_en_c5, [4, 6, 5]))]),
    ("Mail the paperwork to me at 8920 East Cactus Wren Road, Scottsdale, Arizona 85250.",
     [("address", "8920 East Cactus Wren Road, Scottsdale, Arizona 85250")]),
    ("dee dot martinez sixty-two at yahoo dot com",
     [("email", "dee dot martinez sixty-two at yahoo dot com")], "And an email for the receipt?"),

    # Moving house with NBN, Brisbane
    ("We're moving on the 28th, so I need the NBN moved to the new place, same plan, the 100/20 "
     "at $89 a month.", []),
    ("Unit 7, 23 Ashgrove Avenue, Ashgrove, Queensland, 4060.",
     [("address", "Unit 7, 23 Ashgrove Avenue, Ashgrove, Queensland, 4060")],
     "No worries. What's the new address?"),
    ("The new place is FTTP so a technician has to come, first slot is Monday the 3rd of June, "
     "7 till 12, and the old service cuts off on the 31st.", []),
    ("fourteenth of Feb, two thousand and one", [("date_of_birth", "fourteenth of Feb, two thousand and one")],
     "And just to verify, your date of birth?"),
    ("oh four one two, three three eight, nine oh six",
     [("phone", "oh four one two, three three eight, nine oh six")],
     "Best number for the tech to reach you on the day?"),
    (f"yep visa {say('en', _en_c6, dbl=True)}", [("card", say("en", _en_c6, dbl=True))],
     "There's a $59.95 relocation fee, how would you like to pay?"),
    (f"Oh, it's declined? Try the other one then, {grp(_en_c7, [4])}.",
     [("card", grp(_en_c7, [4]))]),
    ("liam dot n underscore oh one at gmail dot com",
     [("email", "liam dot n underscore oh one at gmail dot com")],
     "And where should we send the appointment confirmation?"),

    # Leaving for Germany, Manchester
    ("I'm moving to Germany on the 30th, flight FR 8361, so I need to cancel the broadband and "
     "the landline.", []),
    ("That's fine, you're past the 18-month minimum term so there's no exit fee, and you've got "
     "a credit balance of £63.20 from the price change in April.", []),
    ("thirtieth of the first, eighty-eight", [("date_of_birth", "thirtieth of the first, eighty-eight")],
     "Before I process that, your date of birth please?"),
    (f"No, not the old Nationwide one, {_en_i5s}, that one's closed.", [("iban", _en_i5s)]),
    (f"Send it to my German account, the IBAN is {grp(_en_i4, [4])}.", [("iban", grp(_en_i4, [4]))]),
    ("And the final bill goes to Lindenstraße 14, 80331 München.",
     [("address", "Lindenstraße 14, 80331 München")]),
    ("You'll get the router returns bag in 5 days, post it back within 30 days or there's a £50 "
     "charge, and cancellation takes effect on 30 September.", []),
    ("My email is tom.brierley88@gmail.com, send the confirmation there.",
     [("email", "tom.brierley88@gmail.com")]),

    # New landline and broadband, Galway
    ("Right so it's €45 a month for the first 12 months, then €65, and the €100 connection fee "
     "is waived if you sign up today.", []),
    ("12 Seapoint Avenue, Salthill, Galway, H91 T2PX.",
     [("address", "12 Seapoint Avenue, Salthill, Galway, H91 T2PX")],
     "And the address where the line is going in?"),
    (f"Direct debit, from the AIB account, {grp(_en_i6, [4])}.", [("iban", grp(_en_i6, [4]))]),
    (f"So I have {say('en', 'I E =' + _en_i6[2:4])}, {say('en', grp(_en_i6[4:], [4], ', '), zero='oh')}, is that right?",
     [("iban", f"{say('en', 'I E =' + _en_i6[2:4])}, {say('en', grp(_en_i6[4:], [4], ', '), zero='oh')}")]),
    (f"And the setup charge of €12.30 on the debit card, {grp(_en_c8, [4])}.",
     [("card", grp(_en_c8, [4]))]),
]
COMPLETE.add("en")

# ---------------------------------------------------------------- Arabic, part 1
# Calls: transfer of a postpaid line to the father's name (Saudi, Gulf dialect); fibre
# install visit (UAE); mobile data bundle overcharge (Egypt); number porting (Jordan).
AR = LANGS.setdefault("ar", [])
_ar_n1 = saudi("104587236")               # Saudi national ID
_ar_c1 = card("446404255819302")          # mada, 16
_ar_i1 = iban("AE", "0260001015698234701")
_ar_c2 = card("548912037756410")          # Mastercard, 16
_ar_i2 = iban("EG", "0019000300000056718342905")
_ar_c3 = card("507803114492806")          # Meeza, 16
_ar_i3 = iban("JO", "ARAB1180000000118273645020")
_ar_p1 = say("ar", "055، 312، 4487", "gulf")
_ar_p3 = say("ar", "012، =83، =57، 0091", "egy")
_ar_p4 = say("ar", "079، 235، 6601", "lev")
AR += [
    # Line transfer, Saudi
    ("السلام عليكم، معك فيصل من خدمة عملاء موجة للاتصالات، كيف أقدر أخدمك؟", [("name", "فيصل")]),
    ("وعليكم السلام، معك عبدالرحمن القحطاني، أبي أنقل ملكية خط ولدي لاسمي",
     [("name", "عبدالرحمن القحطاني")]),
    (f"رقم الهوية {ind(_ar_n1)}", [("id", ind(_ar_n1))], "أبشر، عطني رقم الهوية لو سمحت"),
    ("تمام يا أبو فهد، والخط اللي تبي تنقله كم رقمه؟", [("name", "أبو فهد")]),
    (f"{_ar_p1}", [("phone", _ar_p1)], "والخط اللي تبي تنقله كم رقمه؟"),
    ("نقل الملكية رسومه ٥٠ ريال، بس الخط عليه فاتورة متأخرة بـ ٣٤٧ ريال من شهر رجب", []),
    ("يعني لازم أسدد الـ ٣٤٧ أول؟ طيب خلاص، خذها من بطاقة مدى", []),
    (f"الرقم {ind(grp(_ar_c1, [4]))}", [("card", ind(grp(_ar_c1, [4])))], "تفضل رقم البطاقة"),
    ("مواليد ١٤٠٣/٠٨/١٧ هجري", [("date_of_birth", "١٤٠٣/٠٨/١٧ هجري")], "وتاريخ الميلاد لو سمحت؟"),
    ("تم النقل، ورقم الطلب ٧٧٢٠٣٨١٥٤٦، وبتوصلك رسالة خلال ٢٤ ساعة، والباقة تبقى نفسها ٢٣٠ ريال",
     []),

    # Fibre install, UAE
    ("مرحبا، أنا ميثاء الكتبي، طلبت الفايبر من أسبوعين وللحين ما حد ياني",
     [("name", "ميثاء الكتبي")]),
    ("حياج الله يا ميثاء، الطلب رقم ٥٥١٠٢٩٣٨ موجود، والفني بيكون عندج يوم الأربعاء ١٤ الشهر بين "
     "الساعة ٨ الصبح و١٢ الظهر", [("name", "ميثاء")]),
    ("العنوان فيلا ٢٧، شارع ١٩، البرشاء الثالثة، دبي",
     [("address", "فيلا ٢٧، شارع ١٩، البرشاء الثالثة، دبي")]),
    ("رقمي ٠٥٠ ٧٦٣ ٩١٠٢، اتصلوا قبل لا يوصل الفني", [("phone", "٠٥٠ ٧٦٣ ٩١٠٢")]),
    ("والإيميل maitha.alketbi@outlook.com", [("email", "maitha.alketbi@outlook.com")]),
    ("الباقة ٥٠٠ ميجا بـ ٣٨٩ درهم شهرياً، عقد ١٢ شهر، وأول شهر مجاناً، ومعاها اشتراك شاهد VIP", []),
    (f"ادفعي رسوم التركيب ٩٩ درهم بالماستركارد؟ اوكي، الرقم {grp(_ar_c2, [4])}",
     [("card", grp(_ar_c2, [4]))]),
    (f"والتأمين القديم حق الراوتر رجعوه على الآيبان {grp(_ar_i1, [4])}",
     [("iban", grp(_ar_i1, [4]))]),
    ("الراوتر موديل ZXHN F680 والتأمين ٢٠٠ درهم يرجع خلال ٣٠ يوم عمل", []),

    # Data bundle overcharge, Egypt
    ("أهلاً بحضرتك، معاك كريم من خدمة عملاء نايل موبايل، أقدر أساعد حضرتك إزاي؟", [("name", "كريم")]),
    ("أيوه يا فندم، أنا مصطفى السيد، الباقة بتاعتي خلصت في عشرة أيام بس وأنا مشترك في باقة ٢٥ جيجا "
     "بـ ١٢٠ جنيه", [("name", "مصطفى السيد")]),
    (f"الرقم {_ar_p3}", [("phone", _ar_p3)], "ممكن رقم الموبايل اللي عليه الباقة؟"),
    ("تمام يا أستاذ مصطفى، أنا شايف إن في اشتراك في خدمة ألعاب بيتخصم منها ٥ جنيه كل يوم من يوم ٣ "
     "مارس", [("name", "مصطفى")]),
    ("هلغي الخدمة دي حالاً وهرجعلك ١٥٠ جنيه رصيد خلال ٤٨ ساعة، ورقم الشكوى ٣٠٩٤٤٨١٢", []),
    (f"لأ أنا عايز الفلوس ترجع على حسابي في البنك، الآيبان {grp(_ar_i2, [4])}",
     [("iban", grp(_ar_i2, [4]))]),
    ("تمانية وعشرين أبريل سنة تسعين", [("date_of_birth", "تمانية وعشرين أبريل سنة تسعين")],
     "تاريخ ميلاد حضرتك لو سمحت؟"),
    (f"وهجدد الباقة بكارت ميزة، رقمه {grp(_ar_c3, [4])}", [("card", grp(_ar_c3, [4]))]),
    ("الإيميل مصطفى السيد تسعين آت ياهو دوت كوم", [("email", "مصطفى السيد تسعين آت ياهو دوت كوم")]),
    ("باقة ٤٠ جيجا بـ ٢٠٠ جنيه ومعاها ١٠٠٠ دقيقة، وبتتجدد كل ٣٠ يوم أوتوماتيك", []),

    # Number porting, Jordan
    ("مرحبا، معك خدمة العملاء، كيف بقدر أساعدك؟", []),
    ("أهلين، أنا رنا الخطيب، بدي أنقل رقمي من الشركة التانية لعندكم", [("name", "رنا الخطيب")]),
    (f"الرقم {_ar_p4}", [("phone", _ar_p4)], "شو الرقم اللي بدك تنقليه؟"),
    ("تمام ست رنا، عملية النقل بتاخد من يوم ليومين عمل، والخط رح يشتغل عنا بعد الساعة ١٢ بالليل",
     [("name", "رنا")]),
    ("في عرض ٢٠ دينار بالشهر، ٥٠ جيجا ومكالمات مفتوحة، لمدة ١٢ شهر", []),
    (f"الاقتطاع الشهري من حسابي، الآيبان {grp(_ar_i3, [4])}", [("iban", grp(_ar_i3, [4]))]),
    ("ساكنة بعمّان، خلدا، شارع وصفي التل، عمارة ١٤، الطابق التالت",
     [("address", "عمّان، خلدا، شارع وصفي التل، عمارة ١٤، الطابق التالت")],
     "وين بدك نبعتلك الشريحة؟"),
    ("١٩٩٥/١١/٠٣", [("date_of_birth", "١٩٩٥/١١/٠٣")], "وتاريخ الميلاد؟"),
    ("رقم الطلب JP-20417، والشريحة بتوصلك مع المندوب خلال ٤٨ ساعة، والتوصيل ٢ دينار", []),
]

# ---------------------------------------------------------------- Arabic, part 2
# Calls: roaming and a new SIM before a trip (Lebanon); ADSL outage and technician visit
# (Morocco, Darija); pay-TV billing complaint (MSA, Sudanese caller in Riyadh); iPhone on
# instalments (Kuwait).
_ar_c4 = card("491627730581046")          # Visa, 16
_ar_i4 = iban("LB", "099900000001001947563812")
_ar_q1 = saudi("238410675")               # Iqama
_ar_c5 = card("410039952076318")          # Visa, 16
_ar_i5 = iban("KW", "NBOK0000000000002018459367")
_ar_p5 = say("ar", "03، 418، 276", "lev")
_ar_p6 = say("ar", "06، =61، =34، =72، =58", "mag")
_ar_p8 = say("ar", "9703، 4418", "gulf")
_ar_c4s = say("ar", _ar_c4[:4], "lev") + "، " + grp(_ar_c4[4:], [4], "، ")
AR += [
    # Roaming and new SIM, Lebanon
    ("Bonjour، معك ريتا من خدمة الزبائن، كيف فيني ساعدك؟", [("name", "ريتا")]),
    ("bonjour، أنا جورج حداد، مسافر عفرنسا نهار الجمعة وبدي فعّل الرومينغ، والشريحة كمان مكسورة",
     [("name", "جورج حداد")]),
    ("عنا باقة رومينغ أوروبا، ٥ جيغا ب ٢٥ دولار لمدة ٧ أيام، أو ١٠ جيغا ب ٤٠ دولار ل ١٥ يوم", []),
    (f"الرقم {_ar_p5}", [("phone", _ar_p5)], "شو الرقم لو سمحت؟"),
    ("تمام أستاذ جورج، منبعتلك شريحة جديدة على نفس الرقم، وين بدك ياها؟", [("name", "جورج")]),
    ("عالبيت، الأشرفية، شارع مار مخايل، بناية نصّار، الطابق الرابع",
     [("address", "الأشرفية، شارع مار مخايل، بناية نصّار، الطابق الرابع")]),
    ("١٢ حزيران ١٩٨٣", [("date_of_birth", "١٢ حزيران ١٩٨٣")], "وتاريخ الميلاد للتأكيد؟"),
    (f"بالفيزا، {_ar_c4s}", [("card", _ar_c4s)], "والدفع كيف بدك؟"),
    ("ايه الإيميل جورج نقطة حداد آت هوتميل دوت كوم، merci",
     [("email", "جورج نقطة حداد آت هوتميل دوت كوم")]),
    (f"وفي ١٥ دولار انخصموا غلط الشهر الماضي، رجعوهم عالحساب، الآيبان {grp(_ar_i4, [4])}",
     [("iban", grp(_ar_i4, [4]))]),
    ("الرومينغ بيتفعّل خلال ساعتين، وأول ما توصل عباريس بتوصلك رسالة، والشريحة بتوصل بكرا قبل الساعة ٦",
     []),

    # ADSL outage, Morocco
    ("السلام عليكم، معاك يوسف ديال خدمة الزبناء، كيفاش نقدر نعاونك؟", [("name", "يوسف")]),
    ("وعليكم السلام، أنا خديجة بنعلي، الأنترنيت مقطوعة عندي من البارح فالعشية",
     [("name", "خديجة بنعلي")]),
    (f"{_ar_p6}", [("phone", _ar_p6)], "عطيني عافاك النمرة ديال التيليفون"),
    ("كاين عطب فالمنطقة ديال المعاريف، التقنيين خدامين عليه، ومن المفروض يرجع قبل الستة ديال العشية",
     []),
    ("لا، الجيران عندهم الأنترنيت، غير أنا لي مقطوعة عليا من ٣ أيام، والفاتورة خلصتها نهار ٥", []),
    ("واخا، التقني غادي يدوز نهار الخميس ١٦ ما بين ٩ ديال الصباح و١ ديال الظهر", []),
    ("العنوان ديالي زنقة ابن منير، رقم ٤٢، الطابق الثاني، المعاريف، الدار البيضاء",
     [("address", "زنقة ابن منير، رقم ٤٢، الطابق الثاني، المعاريف، الدار البيضاء")]),
    ("شكرا لالة خديجة، غادي توصلك رسالة فيها الوقت ديال التقني", [("name", "خديجة")]),
    ("خديجة بوان بنعلي أروباز جيمايل بوان كوم",
     [("email", "خديجة بوان بنعلي أروباز جيمايل بوان كوم")], "واش عندك شي إيمايل؟"),
    ("تزاديت نهار 23 يوليوز 1985", [("date_of_birth", "23 يوليوز 1985")]),
    ("الاشتراك ديالك ٢٠ ميغا ب ٢٤٩ درهم فالشهر، وغادي نعوضوك بجوج أيام مجانية فالفاتورة الجاية", []),

    # Pay-TV billing complaint, MSA
    ("مرحباً بك في خدمة عملاء قنوات الأفق، معك نورة، كيف يمكنني مساعدتك؟", [("name", "نورة")]),
    ("السلام عليكم، اسمي الطيب عثمان الأمين، ولدي اعتراض على فاتورة الاشتراك",
     [("name", "الطيب عثمان الأمين")]),
    ("لقد خُصم مبلغ ٤٩٩ ريالاً في الأول من يناير مقابل الباقة الرياضية، وأنا ألغيتها في ديسمبر", []),
    (f"رقم الإقامة {say('ar', _ar_q1, 'msa')}", [("id", say("ar", _ar_q1, "msa"))],
     "هل يمكنك تزويدي برقم الإقامة للتحقق؟"),
    (f"للتأكيد، رقم الإقامة {ind(_ar_q1)}، صحيح؟", [("id", ind(_ar_q1))]),
    ("شكراً أستاذ الطيب، تبيّن أن الإلغاء سُجّل بتاريخ ٢٨ ديسمبر، أي بعد تاريخ التجديد بثلاثة أيام",
     [("name", "الطيب")]),
    ("سنعيد لك نصف المبلغ، أي ٢٤٩٫٥٠ ريالاً، إلى البطاقة المسجلة المنتهية بـ ٣٣٠٨ خلال ٧ إلى ١٠ أيام عمل",
     []),
    (f"أرجو إعادة المبلغ إلى بطاقة أخرى، رقمها {grp(_ar_c5, [4])}", [("card", grp(_ar_c5, [4]))]),
    ("بريدي الإلكتروني eltayeb.osman@gmail.com", [("email", "eltayeb.osman@gmail.com")]),
    ("رقم الاعتراض ٢٠٢٤٠١٠٩٧٧، وستصلك رسالة نصية بأي تحديث خلال ٤٨ ساعة", []),

    # iPhone on instalments, Kuwait
    ("هلا، معاك مشاري العنزي، أبي آخذ آيفون ١٦ برو ماكس بالأقساط", [("name", "مشاري العنزي")]),
    ("حياك الله، الجهاز ٤٨٩ دينار، تقدر تقسطه على ٢٤ شهر بـ ٢٠ دينار و٣٧٥ فلس بالشهر مع باقة ٩ دنانير",
     []),
    (f"رقمي {_ar_p8}", [("phone", _ar_p8)], "شنو رقم تلفونك؟"),
    ("مواليد ٧ / ٢ / ١٩٩٢", [("date_of_birth", "٧ / ٢ / ١٩٩٢")], "تاريخ الميلاد؟"),
    (f"الأقساط تنسحب من حسابي بالوطني، الآيبان {grp(_ar_i5, [4])}", [("iban", grp(_ar_i5, [4]))]),
    ("التوصيل للبيت، السالمية، قطعة ١٠، شارع ٥، منزل ٢٣",
     [("address", "السالمية، قطعة ١٠، شارع ٥، منزل ٢٣")]),
    ("والإيميل mishari.q8@icloud.com", [("email", "mishari.q8@icloud.com")]),
    ("الدفعة الأولى ٥٠ دينار، والتوصيل خلال ٣ أيام عمل، ورقم الطلب ٦٦٠٤٥١٨٣٧", []),
]

# ---------------------------------------------------------------- Arabic, part 3
# Calls: stolen phone, line block and new SIM (Arab citizen of Israel, Palestinian
# dialect); family plan lines (Saudi); dead landline (Cairo, elderly caller); business
# lines for workers (Saudi company); refund of a router deposit (Qatar).
_ar_t1 = tz("21458730")
_ar_i6 = iban("IL", "0126800000088412075")
_ar_c6 = card("532611904827735")          # Mastercard, 16
_ar_n2 = saudi("109238475")               # Saudi national ID
_ar_c7 = card("440647813095522")          # mada, 16
_ar_i7 = iban("SA", "80000608610024139281")
_ar_q2 = saudi("245619083")               # Iqama
_ar_q3 = saudi("231874406")               # Iqama
_ar_c8 = card("523044016638197")          # Mastercard, 16
_ar_i8 = iban("QA", "QNBA000000000732915406581")
_ar_p11 = say("ar", "02، =37، =68، =41، =50", "egy")
_ar_c7s = say("ar", grp(_ar_c7, [4], "، "), "gulf")
AR += [
    # Stolen phone, Arab citizen of Israel
    ("مرحبا، معك سامي حجازي، تلفوني انسرق مبارح بحيفا وبدي أوقّف الخط", [("name", "سامي حجازي")]),
    (f"رقم الهوية {say('ar', _ar_t1, 'lev')}", [("id", say("ar", _ar_t1, "lev"))],
     "بدي رقم الهوية لو سمحت"),
    (f"يعني {_ar_t1}، صح؟", [("id", _ar_t1)]),
    ("الخط 052-4471983", [("phone", "052-4471983")], "وشو رقم الخط اللي انسرق؟"),
    ("أوقفنا الخط الساعة ١١:٤٠، وبتقدر تاخد شريحة جديدة من أي فرع، الشريحة بـ ٢٥ شيكل", []),
    ("الجهاز عليه ١٤ قسط باقيين من ٣٦، كل قسط ٨٩ شيكل، وبضلّوا ينخصموا حتى لو انسرق", []),
    ("الشكوى بالشرطة رقمها ٤٤٨٢٠٣١٩٧، بدكم ياها؟", []),
    ("عالبيت بالناصرة، شارع بولس السادس ٤٥، الطابق التاني",
     [("address", "الناصرة، شارع بولس السادس ٤٥، الطابق التاني")], "وين بدك نبعتلك الشريحة؟"),
    ("مواليد ٣٠/٩/١٩٨٧", [("date_of_birth", "٣٠/٩/١٩٨٧")], "وتاريخ الميلاد؟"),
    (f"والدفع من هلأ بدي ياه من الحساب مش من الكريدت، الآيبان {grp(_ar_i6, [4])}",
     [("iban", grp(_ar_i6, [4]))]),
    (f"والشريحة ادفعها بالكرت، {grp(_ar_c6, [4])}", [("card", grp(_ar_c6, [4]))]),

    # Family plan, Saudi
    ("مرحبا، معك أم سلطان، أبي أضيف خطين لبناتي على الباقة العائلية", [("name", "أم سلطان")]),
    ("أبشري، الباقة العائلية ٣٥٠ ريال للخط الرئيسي، وكل خط إضافي ٧٥ ريال، والبيانات ١٥٠ قيقا مشتركة",
     []),
    (f"هويتي {ind(grp(_ar_n2, [4, 3, 3]))}", [("id", ind(grp(_ar_n2, [4, 3, 3])))],
     "عطيني رقم هوية صاحبة الحساب"),
    ("خمسة وعشرين ستة ثمانين", [("date_of_birth", "خمسة وعشرين ستة ثمانين")],
     "وتاريخ ميلادك؟"),
    (f"الرسوم على بطاقة مدى، {_ar_c7s}", [("card", _ar_c7s)]),
    (f"والسداد الشهري من حسابي بالراجحي، {grp(_ar_i7, [4])}", [("iban", grp(_ar_i7, [4]))]),
    ("الإيميل um_sultan80@hotmail.com", [("email", "um_sultan80@hotmail.com")]),
    ("وصلوا الشرايح على البيت، حي النرجس، شارع الأمير سعود بن عبدالله، فيلا ٣١، الرياض",
     [("address", "حي النرجس، شارع الأمير سعود بن عبدالله، فيلا ٣١، الرياض")]),
    ("الشرايح توصلكم خلال يومين، وكل وحدة لازم تتفعل بالبصمة من أي فرع قبل ٧ أيام", []),
    ("رقم الطلب ١١٢٠٤٨٥٥٣٧، والخطوط الجديدة تبدأ من ٠٥٩ لأنها من الرينج الجديد", []),

    # Dead landline, Cairo
    ("ألو، أيوه يا ابني، أنا الحاجة سعاد عبد الرحمن، التليفون الأرضي عطلان من يوم الجمعة",
     [("name", "سعاد عبد الرحمن")]),
    (f"{_ar_p11}", [("phone", _ar_p11)], "سلامتك يا حاجة، ممكن رقم التليفون الأرضي؟"),
    ("في عطل في الكابينة اللي في شارع التحرير، مأثر على ٣٠٠ خط، والمفروض يتصلح خلال ٧٢ ساعة", []),
    ("١٤ شارع مصدق، الدقي، الدور التالت، شقة ٨", [("address", "١٤ شارع مصدق، الدقي، الدور التالت، شقة ٨")],
     "عنوان حضرتك إيه يا حاجة؟"),
    ("فاتورة الشهر ده ٨٥ جنيه، وهنخصم منها أيام العطل، يعني حوالي ٢٠ جنيه", []),
    ("والفني هيعدي على حضرتك يوم الحد الصبح من ٩ لـ ٣، ورقم البلاغ ٧٠٥٥١٢", []),
    (f"لو مش موجودة كلموا ابني على الموبايل، {ind('01154882093')}", [("phone", ind("01154882093"))]),
    ("النت كمان واقع، الباقة ١٤٠ جيجا بـ ٢٥٠ جنيه، هتترحل للشهر الجاي؟", []),

    # Business lines for workers, Saudi company
    ("معك مدير المشتريات في مؤسسة الريان للمقاولات، نبغى نفتح عشرة خطوط أعمال للعمال", []),
    ("باقة الأعمال ٩٩ ريال للخط، عقد ٢٤ شهر، ومع كل ١٠ خطوط خط مجاني، وسعر الدقيقة الدولية ٣٥ هللة",
     []),
    (f"أول عامل رقم إقامته {ind(_ar_q2)}", [("id", ind(_ar_q2))]),
    (f"والثاني {grp(_ar_q3, [4, 3, 3])}، والباقي أرسلهم لكم بالإيميل", [("id", grp(_ar_q3, [4, 3, 3]))]),
    ("إيميلي f.alharbi@alrayan-co.com.sa", [("email", "f.alharbi@alrayan-co.com.sa")]),
    (f"والدفع ببطاقة المؤسسة، {grp(_ar_c8, [4])}", [("card", grp(_ar_c8, [4]))]),
    ("رسوم الشريحة ٢٥ ريال، والتفعيل خلال ٤ ساعات عمل، وتقدرون تتابعون الطلب برقم BR-77314", []),

    # Router deposit refund, Qatar
    ("ألغيت الإنترنت المنزلي يوم ١٥ الشهر الماضي وباقي لي تأمين ٤٠٠ ريال على الراوتر", []),
    (f"حولوه على حسابي، {grp(_ar_i8, [4])}", [("iban", grp(_ar_i8, [4]))]),
    ("ساكن في الوكرة، منطقة ٩٠، شارع ٩٢٥، مبنى ١٧", [("address", "الوكرة، منطقة ٩٠، شارع ٩٢٥، مبنى ١٧")],
     "وين نستلم منك الراوتر؟"),
    ("+974 5512 3908", [("phone", "+974 5512 3908")], "ورقم للتواصل؟"),
    ("التحويل ياخذ ١٠ أيام عمل، ورقم الإلغاء CX-55081، والمندوب يمر يوم الأحد بعد العصر", []),
]
COMPLETE.add("ar")

# ---------------------------------------------------------------- Hebrew, part 1
# Calls: fibre install that never happened (native speaker); number porting (Russian-speaking
# immigrant); roaming bill (English-speaking immigrant); phone on instalments
# (Ethiopian-Israeli caller).
HE = LANGS.setdefault("he", [])
_he_t1 = tz("31460218")
_he_t2 = tz("32718459")
_he_c1 = card("458012736409215")          # Visa, 16
_he_i1 = iban("GB", "MIDL40051571829364")
_he_t3 = tz("03951246")
_he_c2 = card("532609881742056")          # Mastercard, 16
_he_t1s = say("he", grp(_he_t1, [3], ", "), "f")
_he_p1 = say("he", "0 =52, 773, =41, =90", "f")
_he_p2 = say("he", "054, 618, 8207", "f")
_he_t3s = say("he", _he_t3, "m")
HE += [
    # Fibre install
    ("שלום, הגעת לשירות הלקוחות של סיבנט, מדברת עדי, במה אפשר לעזור?", [("name", "עדי")]),
    ("היי, שמי מורן אזולאי, הזמנתי סיבים לפני שבועיים ועדיין אף אחד לא הגיע",
     [("name", "מורן אזולאי")]),
    (f"כן, {_he_t1s}", [("id", _he_t1s)], "אפשר מספר תעודת זהות?"),
    ("תודה מורן, אני רואה שההזמנה נפתחה ב-3 במרץ, והטכנאי נקבע ליום חמישי ה-14 בין 8 ל-12",
     [("name", "מורן")]),
    ("הכתובת היא רחוב ביאליק 23, דירה 6, רמת גן", [("address", "רחוב ביאליק 23, דירה 6, רמת גן")]),
    ('החבילה היא 1000 מגה ב-99 ש"ח לחודש, כולל נתב ומגדיל טווח, וההתקנה 250 ש"ח שמתבטלת בשנה הראשונה',
     []),
    (f"הנייד שלי {_he_p1}", [("phone", _he_p1)]),
    ("מספר ההזמנה 88140273, ואם הטכנאי מאחר יותר מחצי שעה את מקבלת זיכוי של 50 שקל", []),

    # Number porting, Russian-speaking caller
    ("שלום, אני יבגניה קוזלובה, אפשר ז'ניה, אני רוצה לעשות ניוד מספר אליכם",
     [("name", "יבגניה קוזלובה"), ("name", "ז'ניה")]),
    (f"מספר זה {_he_p2}", [("phone", _he_p2)], "מה המספר שאת מניידת?"),
    ("בסדר גמור, הניוד לוקח עד 24 שעות, ובזמן הזה ייתכן ניתוק של עד 15 דקות", []),
    (f"מספר תעודה {' '.join(_he_t2)}", [("id", " ".join(_he_t2))]),
    ("נולדתי ב-14 בינואר 1968", [("date_of_birth", "14 בינואר 1968")]),
    ("החבילה שלך תהיה 29.90 לחודש, 100 גיגה, ולרוסיה ולאוקראינה יש 300 דקות כלולות", []),
    ("מייל zhenya.kozlova68@mail.ru", [("email", "zhenya.kozlova68@mail.ru")]),
    (f"כרטיס ויזה, {grp(_he_c1, [4])}", [("card", grp(_he_c1, [4]))], "איך תרצי לשלם?"),
    ("החשבונית הראשונה תגיע ב-1 לחודש הבא, והחיוב יהיה יחסי מה-17", []),

    # Roaming bill, English-speaking immigrant
    ("היי, זה ג'וש, ג'וש גולדברג, I'm sorry, העברית שלי לא מושלמת",
     [("name", "ג'וש", 0), ("name", "ג'וש גולדברג")]),
    ("הייתי בניו יורק 10 ימים, וקיבלתי חשבון של 1,240 שקל, זה insane", []),
    ('אני רואה שלא הייתה לך חבילת חו"ל, אז כל מגה חויב לפי 24.90 ש"ח', []),
    ('אני יכולה לתת לך זיכוי של 800 ש"ח, ולהוסיף חבילת ארה"ב של 20 גיגה ב-79 ש"ח ל-30 יום', []),
    ("July 4th, 1985, סליחה, הרביעי ביולי 85",
     [("date_of_birth", "July 4th, 1985"), ("date_of_birth", "הרביעי ביולי 85")], "תאריך לידה?"),
    ("ג'וש נקודה גולדברג שטרודל ג'ימייל נקודה קום",
     [("email", "ג'וש נקודה גולדברג שטרודל ג'ימייל נקודה קום")], "ומה כתובת המייל?"),
    (f"אפשר להחזיר את הכסף לחשבון שלי באנגליה? ה-IBAN הוא {grp(_he_i1, [4])}",
     [("iban", grp(_he_i1, [4]))]),
    ("+1 917 555 0143", [("phone", "+1 917 555 0143")], "יש מספר נוסף שאפשר לחזור אליך?"),

    # Phone on instalments, Ethiopian-Israeli caller
    ("שלום, מדבר אלון מסלנט, במה אוכל לעזור?", [("name", "אלון")]),
    ("שלום, קוראים לי ימר אדמסו, אני רוצה לקנות גלקסי S24 בתשלומים", [("name", "ימר אדמסו")]),
    ('המכשיר 3,600 ש"ח, אפשר ב-36 תשלומים של 100 ש"ח בלי ריבית, עם מסלול של 59.90', []),
    (f"מספר זהות {_he_t3s}", [("id", _he_t3s)]),
    (f"אני משלם במסטרקארד, {grp(_he_c2, [4])}", [("card", grp(_he_c2, [4]))]),
    ("תשלחו לכתובת רחוב הנשיאים 17, דירה 9, קריית מלאכי",
     [("address", "רחוב הנשיאים 17, דירה 9, קריית מלאכי")]),
    ("מעולה ימר, המכשיר יגיע תוך 3 ימי עסקים עם שליח", [("name", "ימר")]),
    ("1.9.1992", [("date_of_birth", "1.9.1992")], "ותאריך לידה?"),
    ('ההתחייבות היא ל-36 חודשים, ואם תעזוב לפני, יתרת התשלומים, בערך 2,400 ש"ח, תחויב בבת אחת', []),
]

# ---------------------------------------------------------------- Hebrew, part 2
# Calls: pay-TV cancellation (French-speaking immigrant, Netanya); dead landline (elderly
# caller, Jerusalem); phone dropped in water, new SIM (Arab citizen speaking Hebrew);
# area-wide broadband outage (young kibbutz member).
_he_i2 = iban("FR", "30003021450005012398766")
_he_t4 = tz("20618734")
_he_c3 = card("458003316725940")          # Visa, 16
_he_t5 = tz("20491375")
_he_i3 = iban("IL", "0207450000000519384")
_he_p6 = say("he", "02, 673, =45, =81", "f")
_he_t4s = say("he", _he_t4, "f")
_he_p7 = say("he", "0549912367", "f")
HE += [
    # Pay-TV cancellation, French-speaking caller
    ("Bonjour, סליחה, שלום, שמי ז'רמי אביטבול, אני רוצה לבטל את הטלוויזיה",
     [("name", "ז'רמי אביטבול")]),
    ('שלום ז\'רמי, אני רואה שיש לך ממיר 4K וחבילת ספורט ב-189 ש"ח לחודש', [("name", "ז'רמי")]),
    ("ההתחייבות שלך נגמרה ב-31 בדצמבר, אז אין קנס יציאה, רק להחזיר את הממיר תוך 14 יום", []),
    (f"יש לי זיכוי של 62 שקל, תעבירו לחשבון שלי בצרפת, {grp(_he_i2, [4])}",
     [("iban", grp(_he_i2, [4]))]),
    ("השליח יכול לאסוף מהבית, רחוב הרצל 41, קומה 2, נתניה",
     [("address", "רחוב הרצל 41, קומה 2, נתניה")]),
    ("כשאני בצרפת אני על +33 6 71 24 58 93", [("phone", "+33 6 71 24 58 93")]),
    ("jeremy point abitbol arobase orange point fr, voilà",
     [("email", "jeremy point abitbol arobase orange point fr")], "לאיזה מייל לשלוח את האישור?"),
    ("11/05/1979", [("date_of_birth", "11/05/1979")], "ותאריך לידה, לאימות?"),
    ("מספר הקריאה לביטול 5523018, ותקבל SMS כשהממיר מגיע למחסן בפתח תקווה", []),

    # Dead landline, Jerusalem
    ("שלום, שירות התקלות, מדבר אבי", [("name", "אבי")]),
    ("שלום, תשמע, אני שושנה לוי, הטלפון בבית לא עובד כבר שלושה ימים", [("name", "שושנה לוי")]),
    (_he_p6, [("phone", _he_p6)], "מה מספר הטלפון בבית?"),
    ("יש תקלה בארון התקשורת ברחוב עזה, זה משפיע על 120 לקוחות, והטכנאי יגיע מחר בין 12 ל-4", []),
    ('אני גרה ברחוב רמב"ן 18, דירה 3, ירושלים', [("address", 'רחוב רמב"ן 18, דירה 3, ירושלים')]),
    ("בסדר גברת לוי, רשמתי, תקבלי הודעה לפני שהטכנאי יוצא", [("name", "לוי")]),
    ("תתקשר לבת שלי, 050-6128834", [("phone", "050-6128834")]),
    ("אוי, 12 במאי 1941", [("date_of_birth", "12 במאי 1941")], "ותאריך לידה?"),
    ('יש לך מסלול אזרח ותיק ב-29 ש"ח, והחודש לא תחויבי על הקו בכלל', []),

    # New SIM, Arab citizen speaking Hebrew
    ("שלום, אני מוחמד ג'בארין מאום אל-פחם, הטלפון נפל לי במים ואני צריך סים חדש",
     [("name", "מוחמד ג'בארין")]),
    (f"תעודת זהות, יעני, {_he_t4s}", [("id", _he_t4s)]),
    (f"אז זה {_he_t4}, נכון?", [("id", _he_t4)]),
    (f"המספר {_he_p7}", [("phone", _he_p7)]),
    ('הסים החדש עולה 25 ש"ח, אפשר לאסוף בסניף בגרנד קניון בחיפה, פתוח עד 21:00', []),
    ("או שתשלחו הביתה, רחוב אל-בוסתאן 12, אום אל-פחם", [("address", "רחוב אל-בוסתאן 12, אום אל-פחם")]),
    (f"אני משלם בכרטיס, {grp(_he_c3, [4])}", [("card", grp(_he_c3, [4]))]),
    ("תודה מוחמד, הסים יגיע תוך יומיים, ועד אז אפשר להשתמש ב-eSIM זמני", [("name", "מוחמד")]),
    ("המייל שלי מוחמד ג'בארין שטרודל וואלה נקודה קו נקודה איל",
     [("email", "מוחמד ג'בארין שטרודל וואלה נקודה קו נקודה איל")]),

    # Area outage, kibbutz
    ("אהלן, זה ניר מקיבוץ יגור, אין אינטרנט בכל הקיבוץ מאתמול בעשר בלילה", [("name", "ניר")]),
    ("כן, יש תקלה בסיב הראשי באזור חיפה והקריות, הצפי לתיקון היום עד 18:00", []),
    ("אחי, אני עובד מהבית, יש לי זום ב-2, זה לא רציני", []),
    ("אני מבין, אני יכול להפעיל לך 50 גיגה בחינם בסלולר עד שהתקלה תיפתר", []),
    (f"ת.ז. {_he_t5}", [("id", _he_t5)], "אני צריך תעודת זהות של בעל החשבון"),
    ("תשעה באוגוסט אלפיים ואחת", [("date_of_birth", "תשעה באוגוסט אלפיים ואחת")], "ותאריך לידה?"),
    (f"תחזירו לי את הכסף לחשבון, {grp(_he_i3, [4])}", [("iban", grp(_he_i3, [4]))]),
    ("הפיצוי הוא 3 ימים של מנוי, בערך 12 שקל, ויופיע בחשבונית של אפריל", []),
]

# ---------------------------------------------------------------- Hebrew, part 3
# Calls: business lines for a bakery; kosher plan for a son (Haredi caller, Bnei Brak);
# soldier plan; double charge refund; technician visit rescheduling; 5G upgrade offer.
_he_c4 = card("532610445928173")          # Mastercard, 16
_he_c5 = card("417351902264830")          # Visa, 16
_he_i4 = iban("IL", "0126140000000733152")
_he_t6 = tz("05682917")
_he_c6 = card("543210877361045")          # Mastercard, 16
_he_i5 = iban("IL", "0170310000000218845")
_he_c7 = card("458092316604871")          # Visa, 16
_he_t7 = tz("03817765")
_he_i6 = iban("IL", "0310550000000481207")
_he_i7 = iban("IL", "0106820000064419330")
_he_c8 = card("490183205517624")          # Visa, 16
assert _he_i4[2] != "0"
_he_i4s = say("he", f"IL ={_he_i4[2:4]}, " + grp(_he_i4[4:], [4], ", "), "f")
_he_t6s = say("he", grp(_he_t6, [3], ", "), "m")
_he_p10 = say("he", "03, 570, =94, =12", "f")
_he_c6s = say("he", grp(_he_c6, [4], ", "), "m")
_he_p11 = say("he", "0 =50, 771, 4, =36, =85", "f")
HE += [
    # Business lines, bakery
    ("שלום, שמי אורי בן דוד, יש לי מאפייה בזכרון ואני צריך חמישה קווים עסקיים",
     [("name", "אורי בן דוד")]),
    ('מסלול עסקי ב-39 ש"ח לקו, 5 קווים, 200 גיגה לכל קו, ושיחות לחו"ל ל-50 מדינות', []),
    (f"הכרטיס של העסק, {grp(_he_c4, [4])}", [("card", grp(_he_c4, [4]))]),
    ("העסקה לא עברה, כתוב לי שגיאה 05, אולי הכרטיס חסום", []),
    (f"טוב, ננסה את הוויזה, {grp(_he_c5, [4])}", [("card", grp(_he_c5, [4]))]),
    (f"ואת הוראת הקבע מהחשבון של העסק, {grp(_he_i4, [4])}", [("iban", grp(_he_i4, [4]))]),
    (f"אז {_he_i4s}, נכון?", [("iban", _he_i4s)]),
    ("תשלחו את הסימים הביתה, רחוב הגפן 7, זכרון יעקב", [("address", "רחוב הגפן 7, זכרון יעקב")]),
    ("uri.bendavid@gmail.com", [("email", "uri.bendavid@gmail.com")], "לאיזה מייל לשלוח חשבוניות?"),
    ("הנייד שלי 052-3387190, תתקשרו לפני שהשליח מגיע", [("phone", "052-3387190")]),
    ('הסימים יגיעו ביום ראשון ה-9, התשלום הראשון ב-10 לחודש, וכל קו נוסף 29 ש"ח', []),

    # Kosher plan, Bnei Brak
    ("שלום, מדבר יענקי ווייס מבני ברק, אני צריך מסלול כשר לבן שלי", [("name", "יענקי ווייס")]),
    ('המסלול הכשר 19.90 לחודש, בלי גלישה ובלי SMS, רק שיחות, עם אישור הוועדה, והמכשיר 249 ש"ח', []),
    (f"מספר זהות, אממ, {_he_t6s}", [("id", _he_t6s)], "על שם מי הקו, ומה מספר הזהות?"),
    ('נולדתי כ"ג תשרי תשמ"ו', [("date_of_birth", 'כ"ג תשרי תשמ"ו')], "תאריך לידה?"),
    ("תודה רבי יעקב, ולאן לשלוח את המכשיר?", [("name", "יעקב")]),
    ("רחוב רבי עקיבא 88, קומה 3, בני ברק", [("address", "רחוב רבי עקיבא 88, קומה 3, בני ברק")],
     "ולאן לשלוח את המכשיר?"),
    (f"הטלפון בבית {_he_p10}", [("phone", _he_p10)]),
    ("אין לי מייל, תשלחו בדואר, ואפשר להתקשר אחרי 8 בערב", []),
    (f"במאסטרקארד, {_he_c6s}", [("card", _he_c6s)], "איך תשלם על המכשיר?"),
    (f"ואת החיוב החודשי מהחשבון במרכנתיל, {grp(_he_i5, [4])}", [("iban", grp(_he_i5, [4]))]),
    ('אפשר גם לבוא לסניף ברחוב ז\'בוטינסקי 60, פתוח עד 14:00 ביום שישי, וההתקנה של הסינון 50 ש"ח', []),

    # Soldier plan
    ("היי, אני חיילת, קוראים לי שירה, רציתי לעבור למסלול חיילים", [("name", "שירה")]),
    ('מסלול חיילים זה 9.90 ש"ח לחודש, 50 גיגה, ל-24 חודשים או עד השחרור', []),
    ("שתים עשרה במרץ אלפיים וחמש", [("date_of_birth", "שתים עשרה במרץ אלפיים וחמש")],
     "תאריך לידה?"),
    (f"המספר {_he_p11}", [("phone", _he_p11)]),
    ("שירה קו תחתון כהן אפס חמש שטרודל ג'ימייל נקודה קום",
     [("email", "שירה קו תחתון כהן אפס חמש שטרודל ג'ימייל נקודה קום")], "מייל?"),
    (f"תחייבו את הכרטיס של אבא שלי, הוא אישר, {grp(_he_c7, [4])}", [("card", grp(_he_c7, [4]))]),
    ("לא לבסיס, עדיף הביתה, שדרות ירושלים 102, דירה 14, יפו",
     [("address", "שדרות ירושלים 102, דירה 14, יפו")], "לשלוח את הסים לבסיס?"),
    ("צריך לשלוח צילום של תעודת חוגר, ואחרי 48 שעות המסלול מתעדכן, המשלוח 3 עד 5 ימי עסקים", []),

    # Double charge refund
    ("חויבתי פעמיים על החשבונית של פברואר, פעם 129.90 ב-2 לחודש ופעם שוב ב-5", []),
    (f"זהות {_he_t7}", [("id", _he_t7)], "אני צריכה מספר זהות של בעל החשבון"),
    ("נכון, אני רואה את החיוב הכפול, האסמכתא 77104983", []),
    (f"תחזירו לחשבון, {grp(_he_i6, [4])}", [("iban", grp(_he_i6, [4]))]),
    (f"רגע, סליחה, זה החשבון הישן, החדש הוא {grp(_he_i7, [4])}", [("iban", grp(_he_i7, [4]))]),
    ("המייל, דנה נקודה שפירא שטרודל הוטמייל נקודה קום",
     [("email", "דנה נקודה שפירא שטרודל הוטמייל נקודה קום")]),
    ("הכתובת למשלוח החשבונית, הנרקיסים 7, קריית ביאליק", [("address", "הנרקיסים 7, קריית ביאליק")]),
    (f"ושהחיוב הבא יהיה בכרטיס אחר, {grp(_he_c8, [4])}", [("card", grp(_he_c8, [4]))]),
    ("ההחזר ייכנס תוך 7 עד 10 ימי עסקים, ויופיע כזיכוי של סיבנט בדף החשבון", []),
    ("החשבונית של מרץ תהיה 129.90 כרגיל, בלי ההנחה של 20 אחוז שנגמרה בינואר", []),

    # Technician visit rescheduling
    ("הטכנאי יגיע ביום שני ה-22 ביולי בין 13:00 ל-17:00, מספר הקריאה 4410297", []),
    ("הנתב החדש זה Nokia Beacon 6, והסיסמה של הוויי-פיי על המדבקה מלמטה", []),
    ("אם תרצי להזיז, תשלחי 1 בתגובה להודעה, או 2 כדי לבטל", []),
    ("אפשר גם ביום רביעי ה-24, רק בבוקר, בין 8 ל-12", []),
    ("ותשלחו לי את האישור למייל, tal.mizrahi91@gmail.com", [("email", "tal.mizrahi91@gmail.com")]),
    ("אני לא בבית עד 4, אפשר שהטכנאי יתקשר 10 דקות לפני שהוא מגיע?", []),
    ("המנוי של הטלוויזיה אצל HOT נגמר ב-30 ביוני, אז אני רוצה לחבר הכל אצלכם", []),

    # 5G upgrade offer
    ("החבילה הנוכחית שלך 59.90, אפשר לעבור ל-5G ב-69.90 עם 500 גיגה", []),
    ("המחיר קבוע ל-12 חודשים, ואחר כך עולה ל-79.90, ואפשר לצאת בכל רגע בלי קנס", []),
]
COMPLETE.add("he")

# ---------------------------------------------------------------- Greek, part 1
# Calls: fibre (FTTH) install (Athens, young caller); number porting (Thessaloniki, older
# caller); roaming bill after a trip to Dubai (Cyprus, Cypriot dialect); iPhone on
# interest-free instalments (Heraklion).
EL = LANGS.setdefault("el", [])
_el_a1 = afm("14720385")
_el_a2 = afm("04381952")
_el_c1 = card("516732001948276")          # Mastercard, 16
_el_i1 = iban("CY", "002001950000357018244561")
_el_a3 = afm("12694073")
_el_c2 = card("476173024859310")          # Visa, 16
_el_a1s = say("el", grp(_el_a1, [3], ", "))
_el_p1 = say("el", "697, 456, =18, =32")
_el_p2 = say("el", "693, =32, =17, =48, 09")
_el_p3 = say("el", "=99, =34, =21, =67", "formal")
_el_a3s = say("el", _el_a3, "formal")
_el_c2s = say("el", grp(_el_c2, [4], ", "))
EL += [
    # Fibre install, Athens
    ("Καλησπέρα σας, είμαι η Ελένη από την εξυπηρέτηση πελατών της Ακτίνα Fiber, πώς μπορώ να βοηθήσω;",
     [("name", "Ελένη")]),
    ("Γεια σας, με λένε Κωνσταντίνα Παπαδοπούλου, αλλά όλοι με λένε Ντίνα, έκανα αίτηση για οπτική "
     "ίνα πριν από δύο εβδομάδες", [("name", "Κωνσταντίνα Παπαδοπούλου"), ("name", "Ντίνα")]),
    (f"Ναι, {_el_a1s}", [("id", _el_a1s)], "Μου λέτε τον ΑΦΜ σας για επιβεβαίωση;"),
    ("Βλέπω την αίτηση από τις 3 Μαρτίου, το πακέτο 500 Mbps στα 38,90 ευρώ τον μήνα, με δέσμευση "
     "24 μηνών", []),
    ("Η διεύθυνση είναι Αγίου Μελετίου 87, τέταρτος όροφος, Κυψέλη, 11361",
     [("address", "Αγίου Μελετίου 87, τέταρτος όροφος, Κυψέλη, 11361")]),
    ("Ευχαριστώ κυρία Παπαδοπούλου, ο τεχνικός θα έρθει την Πέμπτη 14 του μήνα, μεταξύ 9 και 1",
     [("name", "Παπαδοπούλου")]),
    (f"Το κινητό μου είναι {_el_p1}", [("phone", _el_p1)]),
    ("ντίνα τελεία παπ παπάκι τζιμέιλ τελεία κομ",
     [("email", "ντίνα τελεία παπ παπάκι τζιμέιλ τελεία κομ")], "Και ένα email για την επιβεβαίωση;"),
    ("Αριθμός αιτήματος 7-2290-4418, και το ρούτερ είναι ZTE H3640, θα σας το φέρει ο τεχνικός", []),

    # Number porting, Thessaloniki
    ("Εξυπηρέτηση πελατών της Βόρειας Τηλεπικοινωνιακής, σας ακούω", []),
    ("Γεια σου παιδί μου, λέγομαι Παναγιώτης Γεωργίου, θέλω να φέρω το κινητό μου σε εσάς από την "
     "Cosmote", [("name", "Παναγιώτης Γεωργίου")]),
    (f"{_el_p2}", [("phone", _el_p2)], "Ποιος είναι ο αριθμός που θέλετε να μεταφέρετε;"),
    ("Η φορητότητα ολοκληρώνεται σε 3 εργάσιμες, και μπορεί να μείνετε χωρίς σήμα έως 2 ώρες, "
     "συνήθως μετά τις 12 το βράδυ", []),
    ("δεκαεφτά Οκτωβρίου του πενήντα οχτώ", [("date_of_birth", "δεκαεφτά Οκτωβρίου του πενήντα οχτώ")],
     "Θα χρειαστώ και την ημερομηνία γέννησης"),
    (f"Ο ΑΦΜ είναι {_el_a2}", [("id", _el_a2)]),
    ("Μένω στην Εγνατίας 112, Θεσσαλονίκη, 54630", [("address", "Εγνατίας 112, Θεσσαλονίκη, 54630")]),
    ("Το πρόγραμμα για συνταξιούχους είναι 12,90 τον μήνα, με 1000 λεπτά και 5 GB, χωρίς δέσμευση", []),

    # Roaming bill, Cyprus
    ("Καλημέρα, είμαι η Άντρη που την εξυπηρέτηση πελατών, πώς μπορώ να σας βοηθήσω;", [("name", "Άντρη")]),
    ("Καλημέρα, εν ο Χαράλαμπος Κωνσταντίνου, ο Μπάμπης, ήρτε μου λογαριασμός 412 ευρώ που το ταξίδι "
     "στο Ντουμπάι", [("name", "Χαράλαμπος Κωνσταντίνου"), ("name", "Μπάμπης")]),
    ("Ναι, βλέπω ότι ήσασταν στα Εμιράτα που τις 2 μέχρι τις 9 Φεβρουαρίου, εκτός ζώνης Ευρώπης, τζαι "
     "εχρησιμοποιήσατε 1,8 GB", []),
    (f"Το κινητό εν {_el_p3}", [("phone", _el_p3)]),
    ("Γεννήθηκα 4 του 7 του 77", [("date_of_birth", "4 του 7 του 77")]),
    ("Κύριε Κωνσταντίνου, μπορώ να σας κάμω πίστωση 250 ευρώ, τζαι τα υπόλοιπα 162 σε 3 δόσεις",
     [("name", "Κωνσταντίνου")]),
    (f"Να το πληρώσω τωρά με την κάρτα, {grp(_el_c1, [4])}", [("card", grp(_el_c1, [4]))]),
    (f"Τζαι την εγγύηση να μου την επιστρέψετε στην Τράπεζα Κύπρου, {grp(_el_i1, [4])}",
     [("iban", grp(_el_i1, [4]))]),
    ("Το Roam Like Home ισχύει μόνο στην Ευρώπη, για Ντουμπάι έσιει το Travel Pass με 9,99 την ημέρα", []),

    # iPhone on instalments, Heraklion
    ("Γεια σας, είμαι ο Μανώλης Σταυρακάκης από το Ηράκλειο, θέλω να πάρω το καινούργιο iPhone με δόσεις",
     [("name", "Μανώλης Σταυρακάκης")]),
    ("Το iPhone 16 128GB είναι 979 ευρώ, με 24 άτοκες δόσεις των 40,79, μαζί με συμβόλαιο Unlimited 5G "
     "στα 29,90", []),
    (f"{_el_a3s}", [("id", _el_a3s)], "Για τις δόσεις χρειάζομαι τον ΑΦΜ σας"),
    (f"Η κάρτα είναι Visa, {_el_c2s}", [("card", _el_c2s)]),
    ("Το email είναι manolis.stavr@yahoo.gr", [("email", "manolis.stavr@yahoo.gr")]),
    ("Λεωφόρος Κνωσού 58, Ηράκλειο, 71409", [("address", "Λεωφόρος Κνωσού 58, Ηράκλειο, 71409")],
     "Η διεύθυνση αποστολής;"),
    ("03/02/1990", [("date_of_birth", "03/02/1990")], "Και η ημερομηνία γέννησης;"),
    ("Ευχαριστώ κύριε Μανώλη, η παραγγελία είναι η 5510-77823 και θα σας έρθει σε 2 με 3 μέρες",
     [("name", "Μανώλη")]),
]

# ---------------------------------------------------------------- Greek, part 2
# Calls: pay-TV sports package cancellation (Patras, older caller); dead landline after a
# storm (Metsovo); lost phone, new SIM (Greek-Australian caller); broadband outage at a
# café (Limassol, Cypriot dialect).
def _el_pairs(d):
    """A card read in pairs, as many Greeks do ('πενήντα τρία, ...'); 0x pairs digit by digit."""
    return say("el", ", ".join(("=" + d[i:i + 2]) if (len(d[i:i + 2]) == 2 and d[i] != "0")
                               else d[i:i + 2] for i in range(0, len(d), 2)))


_el_c3 = card("455602718830461")          # Visa, 16
_el_a4 = afm("16039427")
_el_c4 = card("535412860077439")          # Mastercard, 16
_el_i2 = iban("GR", "01107410000074129360853")
_el_i3 = iban("CY", "005003570000000451283309")
_el_p5 = say("el", "2610, =43, =27, =19")
_el_p6 = say("el", "26560, =41, =88, 2")
_el_p7 = say("el", "694, =27, =18, =85, 0")
_el_c4s = _el_pairs(_el_c4)
EL += [
    # Pay-TV cancellation, Patras
    ("Καλησπέρα, είμαι ο Θοδωρής, πώς μπορώ να σας εξυπηρετήσω;", [("name", "Θοδωρής")]),
    ("Καλησπέρα παιδί μου, είμαι η Βούλα Αθανασίου από την Πάτρα, θέλω να κόψω την τηλεόραση, τα αθλητικά",
     [("name", "Βούλα Αθανασίου")]),
    ("Έχετε το πακέτο Sports Plus στα 34,90 τον μήνα, και η δέσμευση λήγει στις 30 Ιουνίου", []),
    ("Αν το κόψετε τώρα η ποινή είναι 45 ευρώ, αλλά μπορώ να σας το κατεβάσω στο Basic με 14,90", []),
    ("Είκοσι πέντε Μαΐου του σαράντα εννιά", [("date_of_birth", "Είκοσι πέντε Μαΐου του σαράντα εννιά")],
     "Για επιβεβαίωση, ημερομηνία γέννησης;"),
    (f"Όχι, κόψτε το, την ποινή την πληρώνω τώρα με την κάρτα, {grp(_el_c3, [4])}",
     [("card", grp(_el_c3, [4]))]),
    ("Ευχαριστώ κυρία Αθανασίου, θα σας στείλουμε κούριερ για τον αποκωδικοποιητή", [("name", "Αθανασίου")]),
    ("Κορίνθου 214, δεύτερος όροφος, Πάτρα, 26223", [("address", "Κορίνθου 214, δεύτερος όροφος, Πάτρα, 26223")],
     "Σε ποια διεύθυνση να έρθει ο κούριερ;"),
    (f"Το σταθερό, {_el_p5}", [("phone", _el_p5)]),
    ("Ο αριθμός αίτησης διακοπής είναι 3318-0046, και χρεώνεστε κανονικά μέχρι τις 15 του μήνα", []),

    # Dead landline, Metsovo
    ("Γεια σας, ο Σπύρος Τσιρώνης είμαι, από το Μέτσοβο, το τηλέφωνο δεν έχει γραμμή από την Κυριακή",
     [("name", "Σπύρος Τσιρώνης")]),
    (f"{_el_p6}", [("phone", _el_p6)], "Ποιο είναι το νούμερο του σταθερού;"),
    ("Έχουμε βλάβη στο καλώδιο μετά την κακοκαιρία, επηρεάζονται 85 συνδέσεις, και η αποκατάσταση "
     "υπολογίζεται σε 5 με 7 εργάσιμες", []),
    ("Μένω στο χωριό, Αγίου Γεωργίου 9, Μέτσοβο, 44200", [("address", "Αγίου Γεωργίου 9, Μέτσοβο, 44200")]),
    ("Θα σας πιστώσουμε 3 ευρώ για κάθε μέρα χωρίς γραμμή, από τις 17 Νοεμβρίου", []),
    (f"Πάρτε με στο κινητό της κόρης μου, {_el_p7}", [("phone", _el_p7)]),
    ("εεε, ο τεχνικός να έρθει μετά τις 11, γιατί το πρωί είμαι στα πρόβατα", []),

    # Lost phone, new SIM, Greek-Australian caller
    ("Γεια, με λένε Nick, Νίκος Παππάς, έχασα το κινητό μου στο λεωφορείο", [("name", "Nick"), ("name", "Νίκος Παππάς")]),
    (f"Ο ΑΦΜ μου είναι {grp(_el_a4, [3])}", [("id", grp(_el_a4, [3]))]),
    ("Γεννήθηκα στη Μελβούρνη, 22 Αυγούστου 1996", [("date_of_birth", "22 Αυγούστου 1996")]),
    ("Η νέα SIM κοστίζει 5 ευρώ, την παίρνετε από οποιοδήποτε κατάστημα, το πιο κοντινό είναι στο "
     "Σύνταγμα, ανοιχτό μέχρι τις 9", []),
    ("nick κάτω παύλα pappas εννιά έξι παπάκι gmail τελεία com",
     [("email", "nick κάτω παύλα pappas εννιά έξι παπάκι gmail τελεία com")], "Ένα email;"),
    (f"Πληρώνω με Revolut, {_el_c4s}", [("card", _el_c4s)]),
    (f"Και την πάγια να τη χρεώνετε στον λογαριασμό μου, {grp(_el_i2, [4])}", [("iban", grp(_el_i2, [4]))]),
    ("Το καινούργιο μου κινητό, προσωρινά, 6983 417 205", [("phone", "6983 417 205")]),
    ("Η παλιά SIM απενεργοποιήθηκε στις 10:42, και η νέα ενεργοποιείται σε 30 λεπτά", []),

    # Café outage, Limassol
    ("Εν ο Κυριάκος, ο Κούλλης, που το καφενείο στη Γερμασόγεια, έχουμε τρεις ώρες χωρίς ίντερνετ",
     [("name", "Κυριάκος"), ("name", "Κούλλης")]),
    ("Έσιει βλάβη στο κέντρο της Λεμεσού, επηρεάζονται γύρω στους 2.000 πελάτες, υπολογίζουμε "
     "αποκατάσταση ως τις 6 το απόγευμα", []),
    ("Τα POS μου δουλεύκουν με το ίντερνετ, έχασα ήδη 300 ευρώ σήμερα", []),
    ("+357 96 418 207", [("phone", "+357 96 418 207")], "Ένα τηλέφωνο να σας ενημερώσουμε;"),
    ("koullis.cafe@cytanet.com.cy", [("email", "koullis.cafe@cytanet.com.cy")], "Τζαι email;"),
    (f"Την αποζημίωση στον λογαριασμό, {grp(_el_i3, [4])}", [("iban", grp(_el_i3, [4]))]),
    ("Κύριε Κυριάκο, θα σας στείλουμε ένα 4G ρούτερ μέχρι να λυθεί η βλάβη", [("name", "Κυριάκο")]),
    ("12 Δεκεμβρίου 1970", [("date_of_birth", "12 Δεκεμβρίου 1970")], "Ημερομηνία γέννησης για ταυτοποίηση;"),
]

# ---------------------------------------------------------------- Greek, part 3
# Calls: business lines for an accounting office (Larissa); prepaid to contract (Albanian-
# Greek caller, Athens); refund after cancellation; technician visit; upgrade offer.
_el_a5 = afm("05721846")
_el_i4 = iban("GR", "01403610361002320087164")
_el_c5 = card("459921760384315")          # Visa, 16
_el_a6 = afm("15866290")
_el_c6 = card("402360918547712")          # Visa, 16
_el_i5 = iban("GR", "01721540005154072638190")
_el_a7 = afm("10483575")
_el_i6 = iban("GR", "01101450000014529301762")
_el_i7 = iban("GR", "02606230000740200384651")
_el_c7 = card("520473388105926")          # Mastercard, 16
_el_c8 = card("493812056671083")          # Visa, 16
assert _el_i4[2] != "0"
_el_a5s = say("el", grp(_el_a5, [3], ", "))
_el_i4s = say("el", f"GR ={_el_i4[2:4]}, " + grp(_el_i4[4:], [4], ", "))
_el_c6s = say("el", grp(_el_c6, [4], ", "), "formal")
_el_p12 = (say("el", "699, 1") + ", όχι συγγνώμη, " + say("el", "7") + " όχι "
           + say("el", "1") + ", " + say("el", "=72, =30, =56"))
EL += [
    # Business lines, Larissa
    ("Καλημέρα, είμαι η Δήμητρα Ζαχαρίου, έχω λογιστικό γραφείο στη Λάρισα και θέλω τέσσερις "
     "επαγγελματικές γραμμές", [("name", "Δήμητρα Ζαχαρίου")]),
    ("Το Business Unlimited είναι 22 ευρώ ανά γραμμή, για 4 γραμμές 88 ευρώ τον μήνα, συν 200 Mbps στο "
     "γραφείο με 35 ευρώ", []),
    (_el_a5s, [("id", _el_a5s)], "Τον ΑΦΜ σας, παρακαλώ"),
    (f"Δηλαδή {_el_a5}, σωστά;", [("id", _el_a5)]),
    (f"Η πάγια εντολή από τον λογαριασμό μας, {grp(_el_i4, [4])}", [("iban", grp(_el_i4, [4]))]),
    (f"Επαναλαμβάνω, {_el_i4s}", [("iban", _el_i4s)]),
    (f"Την εφάπαξ χρέωση ενεργοποίησης, 40 ευρώ, με κάρτα, {grp(_el_c5, [4])}", [("card", grp(_el_c5, [4]))]),
    ("dzachariou τελεία logistiko παπάκι gmail τελεία com",
     [("email", "dzachariou τελεία logistiko παπάκι gmail τελεία com")], "Το email για τους λογαριασμούς;"),
    ("Τις SIM στείλτε τις στο σπίτι, Ηρώων Πολυτεχνείου 15, Λάρισα, 41222",
     [("address", "Ηρώων Πολυτεχνείου 15, Λάρισα, 41222")]),
    ("Ο αριθμός σύμβασης είναι ΕΠ-2024-88317, και οι SIM ενεργοποιούνται σε 24 ώρες από την παραλαβή", []),
    ("Θέλουμε να μεταφερθεί και το σταθερό του γραφείου, έχει 10 εσωτερικά και ένα φαξ", []),

    # Prepaid to contract, Albanian-Greek caller
    ("Γεια σας, με λένε Ερμίρ, Ermir Hoxha, θέλω να κάνω το καρτοκινητό συμβόλαιο",
     [("name", "Ερμίρ"), ("name", "Ermir Hoxha")]),
    ("Το πιο φθηνό συμβόλαιο είναι 15 ευρώ, με 10 GB και 1500 λεπτά, και 100 λεπτά προς Αλβανία", []),
    (f"Ο ΑΦΜ, {grp(_el_a6, [3])}", [("id", grp(_el_a6, [3]))]),
    ("Γεννήθηκα 3 Μαρτίου 1988, στο Φιέρι", [("date_of_birth", "3 Μαρτίου 1988")]),
    ("Μένω Πειραιώς 144, Ταύρος, 17778", [("address", "Πειραιώς 144, Ταύρος, 17778")]),
    (f"Με την κάρτα, {_el_c6s}", [("card", _el_c6s)], "Πώς θα πληρώνετε τον λογαριασμό;"),
    (f"Όχι, καλύτερα από τον λογαριασμό στην Πειραιώς, {grp(_el_i5, [4])}", [("iban", grp(_el_i5, [4]))]),
    ("ermir.hoxha88@hotmail.com", [("email", "ermir.hoxha88@hotmail.com")], "Και ένα email;"),
    ("Ο αριθμός μένει ίδιος, 6907 552 148", [("phone", "6907 552 148")]),
    ("Το συμβόλαιο ξεκινάει από 1 Απριλίου, ο πρώτος λογαριασμός έρχεται στις 20, και η διαδικασία "
     "παίρνει 2 εργάσιμες", []),

    # Refund after cancellation
    ("Έκλεισα τη σύνδεση στις 28 Φεβρουαρίου και μου χρεώσατε πάλι 42,50 για τον Μάρτιο", []),
    (f"ΑΦΜ {_el_a7}", [("id", _el_a7)], "Για να βρω τον λογαριασμό, τον ΑΦΜ σας;"),
    ("Σωστά, θα σας επιστρέψουμε τα 42,50 σε 10 με 15 εργάσιμες, αριθμός υπόθεσης 2024-553-18", []),
    ("Δεκαοχτώ του έντεκα του ογδόντα ένα", [("date_of_birth", "Δεκαοχτώ του έντεκα του ογδόντα ένα")],
     "Και ημερομηνία γέννησης;"),
    (f"Στον λογαριασμό, {grp(_el_i6, [4])}", [("iban", grp(_el_i6, [4]))]),
    (f"Όχι, περιμένετε, αυτός έκλεισε, ο καινούργιος είναι {grp(_el_i7, [4])}", [("iban", grp(_el_i7, [4]))]),
    ("έλενι κάτω παύλα κάπα ογδόντα ένα παπάκι yahoo τελεία gr",
     [("email", "έλενι κάτω παύλα κάπα ογδόντα ένα παπάκι yahoo τελεία gr")]),
    (f"Το υπόλοιπο του ρούτερ, 19 ευρώ, το πληρώνω με κάρτα, {grp(_el_c7, [4])}", [("card", grp(_el_c7, [4]))]),
    ("Στείλτε μου τη βεβαίωση στη διεύθυνση Ζεφύρου 8, Παλαιό Φάληρο, 17564",
     [("address", "Ζεφύρου 8, Παλαιό Φάληρο, 17564")]),
    ("Ο λογαριασμός Μαρτίου, 42,50, εκδόθηκε στις 5 Μαρτίου με λήξη στις 25", []),

    # Technician visit
    ("Ο τεχνικός θα έρθει την Τρίτη 12 Νοεμβρίου, μεταξύ 9 και 1, και η επίσκεψη κοστίζει 30 ευρώ αν η "
     "βλάβη είναι μέσα στο σπίτι", []),
    ("Αριθμός δελτίου βλάβης 118-4472-09, κρατήστε τον", []),
    (f"Το κινητό μου {_el_p12}", [("phone", _el_p12)]),
    ("Η διεύθυνση για τον τεχνικό είναι Μιαούλη 23, Πειραιάς", [("address", "Μιαούλη 23, Πειραιάς")]),
    ("Στείλτε την επιβεβαίωση στο kostas.vlachos@otenet.gr", [("email", "kostas.vlachos@otenet.gr")]),
    (f"Τα 30 ευρώ τα πληρώνω από τώρα, {grp(_el_c8, [4])}", [("card", grp(_el_c8, [4]))]),
    ("Αν δεν είστε σπίτι, ο τεχνικός περιμένει 15 λεπτά και μετά πρέπει να κλείσουμε νέο ραντεβού", []),
    ("Μπορείτε να αλλάξετε την ώρα από την εφαρμογή μέχρι τις 8 το βράδυ της Δευτέρας", []),
    ("Αν η βλάβη είναι στο καφάο, στη γωνία με την Κολοκοτρώνη, δεν χρεώνεστε τίποτα", []),

    # Upgrade offer
    ("Σας έχουμε μια προσφορά, από 50 Mbps σε 200 Mbps με μόνο 5 ευρώ παραπάνω, δηλαδή 34,90", []),
    ("Η τιμή ισχύει για 12 μήνες και μετά πάει στα 39,90, χωρίς καινούργια δέσμευση", []),
    ("Και το EON TV Premium στα 8 ευρώ τον μήνα για τους πρώτους 6 μήνες, με Netflix και Disney+", []),
    ("Η αναβάθμιση γίνεται εξ αποστάσεως μέσα σε 2 ώρες, δεν χρειάζεται τεχνικός", []),
    ("Ο λογαριασμός του Ιανουαρίου ήταν 61,20 γιατί είχατε και κλήσεις προς Γερμανία, 14 λεπτά", []),
    ("Η προσφορά λήγει στις 31 Ιανουαρίου, μετά επιστρέφει στα 29,90 για 100 Mbps", []),
]
COMPLETE.add("el")

# === END OF DATA ===


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for lang, items in LANGS.items():
        rows = build(lang, items)
        if lang in COMPLETE:
            check_targets(lang, rows)
        with open(OUT / f"{lang}.jsonl", "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        kinds, empty = stats(rows)
        print(f"{lang}: {len(rows)} items, {sum(kinds.values())} spans, {empty} non-personal; "
              + ", ".join(f"{k}={kinds[k]}" for k in KINDS))


if __name__ == "__main__":
    main()
