#!/usr/bin/env python3
"""blind69: a held-out evaluation set for the call-transcript redactor.

Who wrote it and how: a helper session, working only from a written brief (the product's
specification of what is personal, the output format and the business area). It never read
the redactor, its rules, its tests, or any other evaluation set or generator. Every line was
written from general knowledge of how people talk on the phone, as a speech recogniser would
transcribe it. All values are invented; card numbers, IBANs and national ID numbers get their
check digits computed below, and the script asserts every span and checks that the long
numbers left outside spans fail those checks.

Area: consumer electronics and home appliances support (warranties, repairs, technician
visits, returns of faulty phones, laptops, TVs, washing machines, fridges, air conditioners,
smart-home devices, IT help desks).

Output: data/redaction/blind69/{en,ar,he,el}.jsonl, one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}
- kind is one of: card, iban, id, phone, email, date_of_birth, name, address.
- start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive).
- context (optional, not scored) is an earlier line of the same call.
- Items with empty spans are non-personal and must come out unchanged.

Run: python3 benches/redaction/make_blind69.py   (standard library only, deterministic)
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

KINDS = ("card", "iban", "id", "phone", "email", "date_of_birth", "name", "address")
OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data",
                       "redaction", "blind69")

# ---------------------------------------------------------------- check-digit helpers
AR_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def only_digits(s):
    return "".join(c for c in s.translate(AR_DIGITS) if c.isdigit())


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


def _complete(partial, ok):
    for c in "0123456789":
        if ok(only_digits(partial) + c):
            return partial + c
    raise AssertionError(partial)


def card(partial):
    """Append the Luhn check digit to a card number written with its grouping."""
    s = _complete(partial, luhn_ok)
    assert 13 <= len(only_digits(s)) <= 19, s
    return s


def tz_ok(d):
    if len(d) != 9:
        return False
    total = 0
    for i, ch in enumerate(d):
        n = int(ch) * (1 if i % 2 == 0 else 2)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def tz(partial):
    """Israeli Teudat Zehut: 8 digits + check digit."""
    s = _complete(partial, tz_ok)
    assert len(only_digits(s)) == 9
    return s


def afm_ok(d):
    if len(d) != 9:
        return False
    total = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return total % 11 % 10 == int(d[8])


def afm(partial):
    """Greek AFM (tax number): 8 digits + check digit."""
    s = _complete(partial, afm_ok)
    assert len(only_digits(s)) == 9
    return s


def saudi_ok(d):
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def saudi(partial):
    """Saudi national ID (starts 1) or Iqama (starts 2): 9 digits + Luhn check digit."""
    s = _complete(partial, saudi_ok)
    assert len(only_digits(s)) == 10
    return s


def ssn_ok(d):
    if len(d) != 9:
        return False
    area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30, "GB": 22,
            "IE": 22, "DE": 22, "KW": 30, "QA": 29, "BH": 22, "LB": 28, "FR": 27, "NL": 18,
            "ES": 24, "IT": 27, "TR": 26, "PS": 29}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return (len(s) >= 15 and s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]]
            and _iban_num(s[4:] + s[:4]) % 97 == 1)


def iban(cc, bban, compact=False, group=4):
    """Build an IBAN for country cc with computed check digits."""
    bban = bban.replace(" ", "").upper()
    assert len(bban) + 4 == IBAN_LEN[cc], (cc, len(bban) + 4)
    chk = 98 - _iban_num(bban + cc + "00") % 97
    s = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(s)
    if compact:
        return s
    return " ".join(s[i:i + group] for i in range(0, len(s), group))


# ---------------------------------------------------------------- digits spelled as words
def _strip(t):
    t = unicodedata.normalize("NFD", t)
    t = "".join(c for c in t if unicodedata.category(c) != "Mn").lower()
    return t.replace("ة", "ه").replace("ى", "ي").replace("ς", "σ")


WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "ar": ["صفر", "واحد", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"],
    "eg": ["صفر", "واحد", "اتنين", "تلاتة", "أربعة", "خمسة", "ستة", "سبعة", "تمانية", "تسعة"],
    "lv": ["صفر", "واحد", "تنين", "تلاتة", "أربعة", "خمسة", "ستة", "سبعة", "تمانية", "تسعة"],
    "ma": ["زيرو", "واحد", "جوج", "تلاتة", "ربعة", "خمسة", "ستة", "سبعة", "تمنية", "تسعود"],
    "hef": ["אפס", "אחת", "שתיים", "שלוש", "ארבע", "חמש", "שש", "שבע", "שמונה", "תשע"],
    "hem": ["אפס", "אחד", "שניים", "שלושה", "ארבעה", "חמישה", "שישה", "שבעה", "שמונה", "תשעה"],
    "el": ["μηδέν", "ένα", "δύο", "τρία", "τέσσερα", "πέντε", "έξι", "εφτά", "οχτώ", "εννιά"],
}


def spell(s, style="en", zero=None, double=False, sep=" ", gsep=", "):
    """Spell a grouped digit string word by word, keeping its grouping as gsep."""
    words = WORDS[style]
    out = []
    for g in re.split(r"[ \-.]+", s.translate(AR_DIGITS).strip()):
        ws = [(zero if (c == "0" and zero) else words[int(c)]) for c in g if c.isdigit()]
        if double:
            merged, i = [], 0
            while i < len(ws):
                if i + 1 < len(ws) and ws[i] == ws[i + 1]:
                    merged.append("double " + ws[i])
                    i += 2
                else:
                    merged.append(ws[i])
                    i += 1
            ws = merged
        out.append(sep.join(ws))
    return gsep.join(out)


_UNITS, _TENS, _TEENS, _HUND = {}, {}, {}, {}
for _ws in WORDS.values():
    for _i, _w in enumerate(_ws):
        _UNITS[_strip(_w)] = str(_i)
for _w, _d in [("oh", 0), ("o", 0), ("nought", 0), ("اثنان", 2), ("إثنين", 2), ("ثنين", 2),
               ("ثلاث", 3), ("تلات", 3), ("أربع", 4), ("اربع", 4), ("خمس", 5), ("ست", 6),
               ("سبع", 7), ("ثمان", 8), ("تمنيه", 8), ("تسع", 9), ("وحده", 1), ("واحده", 1),
               ("שתים", 2), ("שני", 2), ("שלש", 3), ("חמישה", 5), ("חמשה", 5), ("ששה", 6),
               ("μια", 1), ("μία", 1), ("τρεις", 3), ("τέσσερις", 4), ("επτά", 7), ("οκτώ", 8),
               ("εννέα", 9), ("μηδενικό", 0), ("zéro", 0), ("un", 1), ("deux", 2)]:
    _UNITS[_strip(_w)] = str(_d)
for _n, _ws in enumerate([
        ("twenty", "عشرين", "עשרים", "είκοσι"),
        ("thirty", "ثلاثين", "تلاتين", "שלושים", "שלשים", "τριάντα"),
        ("forty", "أربعين", "اربعين", "ربعين", "ארבעים", "σαράντα"),
        ("fifty", "خمسين", "חמישים", "πενήντα"),
        ("sixty", "ستين", "שישים", "εξήντα"),
        ("seventy", "سبعين", "שבעים", "εβδομήντα"),
        ("eighty", "ثمانين", "تمانين", "שמונים", "ογδόντα"),
        ("ninety", "تسعين", "תשעים", "ενενήντα")], start=2):
    for _w in _ws:
        _TENS[_strip(_w)] = str(_n)
for _w, _v in [("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14),
               ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18),
               ("nineteen", 19), ("عشرة", 10), ("حداشر", 11), ("اطناشر", 12), ("اتناشر", 12),
               ("تلتاشر", 13), ("اربعتاشر", 14), ("خمستاشر", 15), ("سطاشر", 16),
               ("سبعتاشر", 17), ("تمنتاشر", 18), ("تسعتاشر", 19), ("δέκα", 10),
               ("έντεκα", 11), ("δώδεκα", 12), ("δεκατρία", 13), ("δεκατέσσερα", 14),
               ("δεκαπέντε", 15), ("δεκαέξι", 16), ("δεκαεφτά", 17), ("δεκαεπτά", 17),
               ("δεκαοχτώ", 18), ("δεκαοκτώ", 18), ("δεκαεννιά", 19), ("δεκαεννέα", 19)]:
    _TEENS[_strip(_w)] = str(_v)
for _w, _d in [("εκατό", 1), ("εκατόν", 1), ("διακόσια", 2), ("τριακόσια", 3),
               ("τετρακόσια", 4), ("πεντακόσια", 5), ("εξακόσια", 6), ("επτακόσια", 7),
               ("εφτακόσια", 7), ("οκτακόσια", 8), ("οχτακόσια", 8), ("εννιακόσια", 9),
               ("εννιακόσια", 9)]:
    _HUND[_strip(_w)] = str(_d)
_TSUF = {_strip(w) for w in ("עשרה", "עשר", "عشر")}
_MULT = {"double": 2, "triple": 3, "treble": 3}


def _classify(tok, lang):
    if tok.isdigit():
        return ("NUM", tok, False)
    for conj, t in ((False, tok), (True, tok[1:] if tok[:1] in ("ו", "و") else None)):
        if not t:
            continue
        for typ, table in (("D", _UNITS), ("T", _TENS), ("TEEN", _TEENS), ("H", _HUND)):
            if t in table:
                return (typ, table[t], conj)
        if t in _TSUF:
            return ("TSUF", "", conj)
    if tok in _MULT:
        return ("MULT", _MULT[tok], False)
    if tok == "hundred":
        return ("HUNDRED", "", False)
    return None


def words_to_digits(s, lang, letters=False):
    """Read the digits (and, for IBANs, capital letters) out of a written or spoken value."""
    s = s.translate(AR_DIGITS)
    toks = []
    for raw in re.split(r"[\s,.;:!?؟،\"'()/+\-־–]+", s):
        if not raw:
            continue
        t = _strip(raw)
        c = _classify(t, lang)
        if c is None and re.fullmatch(r"[A-Za-z0-9]+", raw) and letters and (
                len(raw) == 1 or raw.isupper() or re.fullmatch(r"[A-Z0-9]+", raw)):
            c = ("LET", raw.upper(), False)
        if c is None and re.fullmatch(r"[A-Z]+\d+|\d+[A-Z]+", raw) and letters:
            c = ("LET", raw, False)
        if c is not None:
            toks.append(c)
    out, i, n = "", 0, len(toks)
    while i < n:
        typ, val, conj = toks[i]
        nxt = toks[i + 1] if i + 1 < n else (None, None, None)
        if typ == "D" and nxt[0] == "HUNDRED":
            typ, i = "H", i + 1
            nxt = toks[i + 1] if i + 1 < n else (None, None, None)
        if typ in ("NUM", "LET", "TEEN"):
            out += val
        elif typ == "TSUF":
            out += "10"
        elif typ == "MULT":
            if nxt[0] == "D":
                out += nxt[1] * val
                i += 1
        elif typ == "D":
            if nxt[0] == "TSUF":
                out += "1" + val
                i += 1
            elif lang == "ar" and nxt[0] == "T" and nxt[2]:
                out += nxt[1] + val
                i += 1
            else:
                out += val
        elif typ == "T":
            if lang != "ar" and nxt[0] == "D" and nxt[1] != "0":
                out += val + nxt[1]
                i += 1
            else:
                out += val + "0"
        elif typ == "H":
            rest = toks[i + 1:i + 3]
            if rest and rest[0][0] == "T":
                if len(rest) > 1 and rest[1][0] == "D" and rest[1][1] != "0":
                    out += val + rest[0][1] + rest[1][1]
                    i += 2
                else:
                    out += val + rest[0][1] + "0"
                    i += 1
            elif rest and rest[0][0] == "TEEN":
                out += val + rest[0][1]
                i += 1
            elif rest and rest[0][0] == "D":
                out += val + "0" + rest[0][1]
                i += 1
            else:
                out += val + "00"
        i += 1
    return out


# ---------------------------------------------------------------- items and checks
DATA = {}   # lang -> list of (text, spans, context)
AT_WORDS = ("@", " at ", "آت", "ات", "at", "arobase", "أروباز", "אט", "שטרודל", "παπάκι", "στο",
            "ατ")


def ai(s):
    """Write ASCII digits as Arabic-Indic digits."""
    return s.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))


def it(lang, text, spans=(), ctx=None):
    DATA.setdefault(lang, []).append((text, list(spans), ctx))


def check_value(kind, sub, lang, opts):
    if opts.get("raw"):
        return
    if kind == "card":
        d = words_to_digits(sub, lang)
        assert 13 <= len(d) <= 19 and luhn_ok(d), ("card", sub, d)
    elif kind == "iban":
        d = words_to_digits(sub, lang, letters=True)
        assert iban_ok(d), ("iban", sub, d)
    elif kind == "id":
        d = words_to_digits(sub, lang)
        assert tz_ok(d) or afm_ok(d) or saudi_ok(d) or (
            ssn_ok(d) and re.search(r"\d{3}-\d{2}-\d{4}|[a-z]", sub)), ("id", sub, d)
        if opts.get("as"):
            assert {"tz": tz_ok, "afm": afm_ok, "saudi": saudi_ok, "ssn": ssn_ok}[opts["as"]](d)
    elif kind == "phone":
        d = words_to_digits(sub, lang)
        assert 8 <= len(d) <= 15, ("phone", sub, d)
    elif kind == "email":
        assert any(w in sub for w in AT_WORDS), ("email", sub)


def _bad_long_number(d):
    """True if a digit run left outside spans would pass a personal-number check."""
    if len(d) == 9 and (tz_ok(d) or afm_ok(d)):
        return True
    if len(d) == 10 and saudi_ok(d):
        return True
    return 13 <= len(d) <= 19 and luhn_ok(d)


def build(lang, text, spans, ctx):
    b = text.encode("utf-8")
    chars = []
    out = []
    for sp in spans:
        kind, sub = sp[0], sp[1]
        opts = sp[2] if len(sp) > 2 else {}
        assert kind in KINDS, kind
        nth = opts.get("n")
        hits = [m.start() for m in re.finditer(re.escape(sub), text)]
        assert hits, ("span not found", lang, sub, text)
        if nth is None:
            assert len(hits) == 1, ("ambiguous span, give n", lang, sub, text)
            nth = 0
        ci = hits[nth]
        start = len(text[:ci].encode("utf-8"))
        end = start + len(sub.encode("utf-8"))
        assert b[start:end].decode("utf-8") == sub
        assert sub == sub.strip() and sub, ("span has outer spaces", sub)
        check_value(kind, sub, lang, opts)
        chars.append((ci, ci + len(sub)))
        out.append({"kind": kind, "start": start, "end": end})
    out.sort(key=lambda s: s["start"])
    for a, c in zip(out, out[1:]):
        assert a["end"] <= c["start"], ("overlapping spans", text)
    masked = list(text.translate(AR_DIGITS))
    for a, c in chars:
        masked[a:c] = "#" * (c - a)
    masked = "".join(masked)
    for m in re.finditer(r"\d+(?:[ \-.]\d+)*", masked):
        d = only_digits(m.group())
        assert not _bad_long_number(d), ("long number outside spans passes a check", m.group(),
                                         text)
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}", masked):
        assert not iban_ok(m.group()), ("IBAN outside spans", m.group(), text)
    rec = {"text": text, "spans": out}
    if ctx:
        rec["context"] = ctx
    return rec


# ==== DATA (one language at a time) ====

# ---------------------------------------------------------------- English, part 1
L = "en"
# call 1: Leeds, washing machine repair on a care plan (older Yorkshire caller)
C1 = card("4659 0122 8731 504")
C1w = spell(C1, "en", zero="oh")
it(L, "Good morning, you're through to Hartley Appliance Care, my name's Callum, how can I help?",
   [("name", "Callum")])
it(L, "Oh hello love, yes, it's Margaret Whitfield. Me washing machine's stopped halfway through "
      "the cycle.", [("name", "Margaret Whitfield")])
it(L, "Sorry to hear that, Mrs Whitfield. Is it the Hotpoint or the Bosch we've got on your plan?",
   [("name", "Whitfield")])
it(L, "It's the Bosch, the Serie 6. We got it from Currys in the January sales, twenty twenty-two "
      "I think it was.")
it(L, "It's flashing E18 and there's about two inches of water sat in the drum, and it's starting "
      "to smell.")
it(L, "It's 27 Grosvenor Mount, Headingley, LS6 4DJ.",
   [("address", "27 Grosvenor Mount, Headingley, LS6 4DJ")],
   "Can I take the postcode and the first line of the address, please?")
it(L, "fourteenth of february nineteen fifty one valentines baby",
   [("date_of_birth", "fourteenth of february nineteen fifty one")],
   "And just for security, your date of birth?")
it(L, "Yes, but in the day try my daughter's mobile, that's oh seven seven double oh, nine double "
      "oh, four one two.", [("phone", "oh seven seven double oh, nine double oh, four one two")])
it(L, "The earliest engineer slot is Tuesday the 9th, between eight and one, and under the plan "
      "there's no call-out charge.")
it(L, "Your job reference is HAC-449127. He'll text about thirty minutes before, and if it's the "
      "pump it's usually a one-visit fix.")
it(L, "Oh, and while I've got you, the renewal's due on the 1st of May, it's gone up to £8.49 a "
      "month from £7.99.")
it(L, "Go on then, put it on the Visa. Um, " + C1w + ".", [("card", C1w)])

# call 2: Atlanta, laptop return within 30 days (US caller)
C2 = card("3756 190284 3317")
it(L, "Thank you for calling Northstar Computers, this is Kimberly. Can I get your order number?",
   [("name", "Kimberly")])
it(L, "Yeah, it's NS-20417783. I ordered the fourteen-inch, the Aero 14, on November 29th and it "
      "came December 4th.")
it(L, "DeShawn Carter, that's D-e-S-h-a-w-n.",
   [("name", "DeShawn Carter"), ("name", "D-e-S-h-a-w-n")], "And who am I speaking with?")
it(L, "yeah it flickers like every ten fifteen seconds and the battery went from a hundred to "
      "forty in two hours just on youtube")
it(L, "OK, you're still inside the thirty-day return window, so I can do a full refund of "
      "$1,249.99, or swap it for the Aero 14 Plus for about $200 more.")
it(L, "Let's do the swap. Put the difference on the Amex, it's " + C2 + ".", [("card", C2)])
it(L, "um it's d carter eighty-eight at gmail dot com",
   [("email", "d carter eighty-eight at gmail dot com")],
   "What email should the prepaid return label go to?")
it(L, "Not my house, send it to my job. 1180 Peachtree Street Northeast, Suite 400, Atlanta, "
      "30309.", [("address", "1180 Peachtree Street Northeast, Suite 400, Atlanta, 30309")],
   "And where should UPS pick it up from, same as the shipping address?")
it(L, "four oh four, five five five, oh one six three",
   [("phone", "four oh four, five five five, oh one six three")], "And a good callback number?")
it(L, "Your RMA is 7731045. UPS picks up Monday between 9 AM and 5 PM, and the refund posts 3 to "
      "5 business days after it's scanned.")

# call 3: Cork, phone screen repair shop (Irish caller)
I3 = iban("IE", "AIBK93106247183952")
it(L, "hi its siobhan here siobhan ni bhriain i left in a pixel last week for the screen",
   [("name", "siobhan", {"n": 0}), ("name", "siobhan ni bhriain")])
it(L, "Oh yeah, the Pixel 7 with the cracked back glass as well. The part only came in Thursday, "
      "so it'll be ready after two tomorrow.")
it(L, "It was quoted at a hundred and nineteen, but the back glass is another forty-five, so "
      "it's one sixty-four all in, is that alright?")
it(L, "Not that one, that's my old one. It's oh eight five, seven one four, double two nine one.",
   [("phone", "oh eight five, seven one four, double two nine one")])
it(L, "It's shiv dot nibhriain at eircom dot net. That's n, i, b, h, r, i, a, i, n.",
   [("email", "shiv dot nibhriain at eircom dot net"),
    ("email", "n, i, b, h, r, i, a, i, n", {"raw": True})], "And an email for the receipt?")
it(L, "Third of the sixth, ninety-seven.", [("date_of_birth", "Third of the sixth, ninety-seven")],
   "If you're claiming it on the phone insurance I'll need your date of birth for the form.")
it(L, "Apartment 12, The Maltings, Albert Quay, Cork. T12 X7K8.",
   [("address", "Apartment 12, The Maltings, Albert Quay, Cork"), ("address", "T12 X7K8")],
   "And the address for the claim?")
it(L, "Yeah, it's the AIB one. " + I3 + ".", [("iban", I3)],
   "You overpaid the deposit by twenty, will I transfer it back? I'd need the IBAN.")
it(L, "We close at half five on Saturdays, and we're shut the Monday of the bank holiday, so "
      "collect it Friday if you can.")

# call 4: Dubai, split AC service under an annual contract (Indian caller)
C4 = card("4567 3310 0942 871")
I4 = iban("AE", "0357194002831470652")
it(L, "Frostline AC Services, good afternoon. Please note our Ramadan timings are 9 to 3 only.")
it(L, "Hello madam, myself Venkatesh Subramanian, I am calling regarding the split AC in the "
      "master bedroom, it is not cooling at all.", [("name", "Venkatesh Subramanian")])
it(L, "S-U-B-R-A-M-A-N-I-A-N. Subramanian.",
   [("name", "S-U-B-R-A-M-A-N-I-A-N"), ("name", "Subramanian")],
   "Okay sir, can you spell the surname for me?")
it(L, "It is two ton, Carrier brand, installed August 2021, and the AMC I renewed in March only, "
      "650 dirhams for four visits.")
it(L, "zero five zero, four four seven, two nine one three. Same number is there on WhatsApp also.",
   [("phone", "zero five zero, four four seven, two nine one three")], "Your contact number, sir?")
it(L, "Building 14, Al Murooj Residence, flat 1207, Al Barsha 1. Behind Mall of the Emirates only.",
   [("address", "Building 14, Al Murooj Residence, flat 1207, Al Barsha 1")],
   "And the location, sir?")
it(L, "Email is venky.s1979@yahoo.co.in, for the job sheet.", [("email", "venky.s1979@yahoo.co.in")])
it(L, "Okay sir, technician can come tomorrow between 2 and 4 PM. If gas top-up is needed it is "
      "180 dirhams extra, not covered in AMC.")
it(L, "Last time I paid by card, " + C4 + ", and you people charged me two times, 250 and again "
      "250.", [("card", C4)])
it(L, "It is " + I4 + ", Emirates NBD.", [("iban", I4)],
   "Sorry for that, sir, I will raise the refund. Your IBAN please?")
it(L, "Refund will take five to seven working days, sir. Reference RF-88213, and tomorrow's "
      "visit is job 40417.")

# call 5: London, TV claim on an extended warranty (Nigerian caller)
C5 = card("5413 7720 0158 993")
C5w = spell(C5, "en", zero="oh", double=True)
I5 = iban("GB", "BARC20384761902057")
it(L, "Welcome to ShieldPlus. Calls are recorded. Our lines are open 8 till 8, Monday to "
      "Saturday, and 10 till 4 on Sundays.")
it(L, "Good afternoon. My name is Chukwuemeka Okafor, but everybody calls me Emeka. I have a "
      "claim for my television.", [("name", "Chukwuemeka Okafor"), ("name", "Emeka")])
it(L, "It's the LG OLED, the fifty-five inch. Since Sunday it shows the logo, then it goes off "
      "by itself, again and again.")
it(L, "Thank you, Mr Okafor. Could you confirm your date of birth for me?", [("name", "Okafor")])
it(L, "Twenty-second of October, 1983.", [("date_of_birth", "Twenty-second of October, 1983")],
   "Could you confirm your date of birth for me?")
it(L, "It's Flat 6, 41 Consort Road, Peckham, SE15 3PN.",
   [("address", "Flat 6, 41 Consort Road, Peckham, SE15 3PN")], "And the address on the policy?")
it(L, "Your policy covers one repair per year with a forty-nine pound excess. Your claim number "
      "is CLM 5520917.")
it(L, "Mastercard. " + C5w + ".", [("card", C5w)], "How would you like to pay the excess?")
it(L, "And is the mobile still oh seven nine five six, four one eight, two oh three?",
   [("phone", "oh seven nine five six, four one eight, two oh three")])
it(L, "Barclays. " + I5 + ".", [("iban", I5)],
   "If they can't repair it, it's a cash settlement. Which account should that go to?")
it(L, "The engineer from Hughes Electrical will ring you by Thursday. If the panel has gone it's "
      "normally a write-off at that age, it's a 2019 set.")

# call 6: Limassol, smart-home hub and robot vacuum (Australian-Cypriot caller)
I6 = iban("CY", "005001620000000118903271")
it(L, "G'day, it's Andy Georgiou, well, Andreas on the account, I moved back from Melbourne "
      "last year.", [("name", "Andy Georgiou"), ("name", "Andreas")])
it(L, "The hub keeps dropping off the wifi, and the Roborock's ignoring the schedule, it kicks "
      "off at 3 a.m. instead of 10.")
it(L, "That's the bug in firmware 4.2. Unplug the hub for thirty seconds; version 4.3 goes out "
      "tonight after midnight.")
it(L, "plus three five seven, nine nine, four one eight, six two seven",
   [("phone", "plus three five seven, nine nine, four one eight, six two seven")],
   "What's the best number for you, Andy?")
it(L, "It's andy underscore georgiou at bigpond dot com dot au, I never changed it.",
   [("email", "andy underscore georgiou at bigpond dot com dot au")])
it(L, "The three smart plugs were €24.90 each, so that's €74.70 back to you within 10 working "
      "days.")
it(L, "Hellenic Bank, " + I6 + ".", [("iban", I6)], "And the IBAN for the refund?")

# ---------------------------------------------------------------- English, part 2
it(L, "And Alexa keeps telling me the Hoover is offline, but the Candy washer shows up fine, "
      "weird.")
# call 7: Riyadh, corporate IT help desk (Saudi employee speaking English)
S7 = saudi("104 739 261")
S7w = spell(S7, "en", gsep=", ")
it(L, "IT service desk. Before we start, there's a known VPN outage since 7:40 this morning, "
      "that's ticket INC0048190.")
it(L, "Yes, it's 402719. I'm locked out of Outlook since the password change on Sunday.",
   ctx="May I have your employee number, please?")
it(L, "Nouf Al-Harbi, from procurement, third floor.", [("name", "Nouf Al-Harbi")],
   "And your name as it appears in the directory?")
it(L, "Okay, " + S7w + ".", [("id", S7w, {"as": "saudi"})],
   "For a password reset I have to verify your national ID number, please.")
it(L, "I'll send the temporary password to your personal email. Is it still n.alharbi92 at "
      "hotmail dot com?", [("email", "n.alharbi92 at hotmail dot com")])
it(L, "Ticket INC0048213 is open for you. The new password must be 12 characters and it expires "
      "in 90 days.")
it(L, "Also the ThinkPad, the T14, asset tag SA-7710, the battery is swelling, the touchpad is "
      "lifting up.")
it(L, "Please don't charge it. Bring it to room 214 on the second floor, Sunday to Thursday, 8:30 "
      "to 4, and we'll give you a loaner.")

# call 8: Parma, Ohio, fridge ice maker leak and store financing (US caller)
C8 = card("6011 4820 3375 190")
it(L, "Hi, this is Linda Kowalski, we bought the French door fridge from you guys in June and the "
      "ice maker's leaking all over the floor.", [("name", "Linda Kowalski")])
it(L, "It's the Whirlpool, model WRF555SDFZ. That's still under the one-year warranty, right? We "
      "got it June 14th.")
it(L, "4417 Maple Ridge Drive, Parma, Ohio 44134. It's the gray house on the corner.",
   [("address", "4417 Maple Ridge Drive, Parma, Ohio 44134")],
   "Where should the technician come out to?")
it(L, "Sure, it's 216-555-0147, that's my cell.", [("phone", "216-555-0147")],
   "And a number he can call when he's on his way?")
it(L, "He'll be there Wednesday between 12 and 4. If it's the water inlet valve that's about a "
      "45-minute job, and parts are covered.")
it(L, "While I have you, we wanted to ask about the 18-month financing on the washer and dryer "
      "set, the one that's $1,899 on sale.")
it(L, "It's 294-61-7358.", [("id", "294-61-7358", {"as": "ssn"})],
   "Sure, I can run the application right now. I'll need your Social Security number.")
it(L, "March 3rd, 1968.", [("date_of_birth", "March 3rd, 1968")], "And your date of birth?")
it(L, "Oh, OK, his is three eight one, four oh, two two nine six, and he was born August 19th, "
      "1965.", [("id", "three eight one, four oh, two two nine six", {"as": "ssn"}),
                ("date_of_birth", "August 19th, 1965")],
   "And for the co-applicant, your husband?")
it(L, "You're approved for up to $3,500, zero percent for 18 months, and the first payment isn't "
      "due until February 15th.")
it(L, "And the $89 haul-away for the old washer, do you want that on the card on file ending in "
      "0932?")
it(L, "No, put it on the Discover, " + C8 + ". The other one's about maxed out.",
   [("card", C8)])

# call 9: Riyadh, washing machine warranty visit (Indian expat from Kerala)
Q9 = saudi("243 058 176")
Q9w = spell(Q9, "en", gsep=", ")
C9 = card("4462 1930 7758 012")
I9 = iban("SA", "80000572019384716205")
it(L, "Hello bhai, Joseph here, Joseph Thomas. I purchased one LG front load washing machine from "
      "eXtra in Olaya, now the drum is making very big noise.",
   [("name", "Joseph", {"n": 0}), ("name", "Joseph Thomas")])
it(L, "It is " + Q9w + ".", [("id", Q9w, {"as": "saudi"})],
   "Mr Joseph, to check the warranty I need your Iqama number.")
it(L, "So " + only_digits(Q9) + ", correct? Okay, it's showing.",
   [("id", only_digits(Q9), {"as": "saudi"})])
it(L, "Invoice date is 14th December 2023, amount 2,199 riyals. Warranty is two years on the "
      "machine and ten years on the motor.")
it(L, "zero five five, three one seven, eight zero four two",
   [("phone", "zero five five, three one seven, eight zero four two")], "Your mobile number?")
it(L, "Al Malaz district, Jarir Street, building number 7421, flat 3, Riyadh.",
   [("address", "Al Malaz district, Jarir Street, building number 7421, flat 3, Riyadh")],
   "And the address where the technician should come?")
it(L, "Fifth of May 1986. Sorry, sorry, fifteenth May, one five, 1986.",
   [("date_of_birth", "Fifth of May 1986"), ("date_of_birth", "fifteenth May, one five, 1986")],
   "The system also asks the date of birth as per Iqama.")
it(L, "Visit charge is 150 riyals, because bearing noise from overloading is not covered. You can "
      "pay by card now, or cash to the technician.")
it(L, "Okay, mada card, " + C9 + ".", [("card", C9)])
it(L, "Al Rajhi, " + I9 + ".", [("iban", I9)],
   "If the machine is replaced, any difference we refund by bank transfer. IBAN please?")
it(L, "joe dot thomas dot k l at gmail dot com",
   [("email", "joe dot thomas dot k l at gmail dot com")], "And email for the invoice?")
it(L, "Technician will come on Saturday after Asr, around 4:30. Your job number is 3381207.")

# call 10: Chania, Crete, dishwasher leaking after delivery (British expat)
A10 = afm("048 351 22")
A10w = spell(A10, "en", zero="oh", gsep=", ")
I10 = iban("GR", "01703400005034076419283")
it(L, "Morning, it's Pauline Hargreaves. We had the Pitsos dishwasher delivered on Friday and "
      "it's leaking from the door.", [("name", "Pauline Hargreaves")])
it(L, "Is that the Pitsos DGS61 from our Chania store? That has two years warranty, plus a third "
      "year free if you register it within 30 days.")
it(L, "Ooh, hang on, it's on a letter somewhere... here. " + A10w + ".",
   [("id", A10w, {"as": "afm"})],
   "Thank you, Mrs Hargreaves. For the invoice I need your AFM, your Greek tax number.")
it(L, "14 Dimokratias Street, Kalyves, 73003. It's above the bakery.",
   [("address", "14 Dimokratias Street, Kalyves, 73003")], "And the delivery address was?")
it(L, "It's the Greek one, six nine four seven, two one eight, three three oh.",
   [("phone", "six nine four seven, two one eight, three three oh")],
   "And a mobile for the technician?")
it(L, "The technician only covers Apokoronas on Tuesdays and Fridays, so Tuesday the 19th at the "
      "earliest, between ten and two.")
it(L, "Piraeus Bank. " + I10 + ".", [("iban", I10)],
   "If it has to be replaced we refund the €489 to your account.")
it(L, "pauline.h@btinternet.com, all lower case.", [("email", "pauline.h@btinternet.com")])

# call 11: Modi'in, air conditioner dripping (American immigrant to Israel)
T11 = tz("337 401 68")
T11w = spell(T11, "en", zero="oh", gsep=", ")
C11 = card("5326 1004 8817 256")
I11 = iban("IL", "0126170000004827316")
it(L, "Hi, sorry, my Hebrew isn't great, is English OK? I'm Sheryl Goldberg, the air "
      "conditioner in the salon is dripping water down the wall.", [("name", "Sheryl Goldberg")])
it(L, "It's " + T11w + ".", [("id", T11w, {"as": "tz"})],
   "No problem, Sheryl. What's your teudat zehut?")
it(L, "The unit is an Electra 1.25 horsepower, installed in 2019, so it's out of warranty. A visit "
      "is 290 shekels plus parts.")
it(L, "oh five two, five four eight, nine one one seven",
   [("phone", "oh five two, five four eight, nine one one seven")],
   "What number can the technician call?")
it(L, "Emek Dotan 32, apartment 11, fourth floor, Modi'in. No elevator, sorry.",
   [("address", "Emek Dotan 32, apartment 11, fourth floor, Modi'in")], "And the address?")
it(L, "Oh, it's asking me for the birth date... June 21st, 1974.",
   [("date_of_birth", "June 21st, 1974")])
it(L, "I'll pay by credit, the Isracard Mastercard, " + C11 + ".", [("card", C11)])
it(L, "Technicians go out to Modi'in on Sunday and Wednesday. Sunday the 12th, eight to twelve, "
      "OK? And you can split it into up to three payments.")
it(L, "Hapoalim, " + I11 + ".", [("iban", I11)],
   "You were actually charged twice in August, we'll return the 290 to your account.")

# call 12: Riyadh, laptop hinge repair and care-pack refund (Jordanian caller)
Q12 = saudi("250 913 884")
C12 = card("3648 712059 173")
I12 = iban("JO", "ARAB1420000000142036587319")
it(L, "Hi, my name is Omar Haddad. I'm calling from Riyadh, but I bought the laptop from your "
      "Amman store last summer.", [("name", "Omar Haddad")])
it(L, "The XPS 15, service tag 7HQ2L93. The hinge cracked and the screen goes black when I open "
      "it past ninety degrees.")
it(L, "Sure, " + Q12 + ".", [("id", Q12, {"as": "saudi"})],
   "Since you're in Saudi now, I'll open the case there. Your Iqama number?")
it(L, "plus nine six six, fifty, three one eight, seventy-seven forty-two",
   [("phone", "plus nine six six, fifty, three one eight, seventy-seven forty-two")],
   "And a contact number in Saudi?")
it(L, "Seventh of January, eighty-nine.", [("date_of_birth", "Seventh of January, eighty-nine")],
   "And the date of birth on the account?")
it(L, "It's omar underscore haddad, at outlook dot com.",
   [("email", "omar underscore haddad, at outlook dot com")])
it(L, "The Premium Care was 189 dinars for 3 years. You can cancel within 90 days for a "
      "pro-rated refund, that's 142 dinars.")
it(L, "Arab Bank in Amman. " + I12 + ".", [("iban", I12)], "Where should we send the refund?")
it(L, "And put the courier on my Diners card, " + C12 + ".", [("card", C12)])
it(L, "The courier is Aramex, pickup on Sunday. Your case number is 20731158, and the repair "
      "takes 5 to 7 working days.")
# the same call: a number split by the agent's read-back
EN_SPLIT = ["oh seven nine, five five two", "Five five two", "Eight eight four one"]
assert len(words_to_digits(EN_SPLIT[0] + " " + EN_SPLIT[2], "en")) == 10
it(L, "And my Jordanian number, for the bank, is oh seven nine, five five two...",
   [("phone", EN_SPLIT[0], {"raw": True})])
it(L, "Five five two, yep.", [("phone", EN_SPLIT[1], {"raw": True})])
it(L, "Eight eight four one.", [("phone", EN_SPLIT[2], {"raw": True})], "Five five two, yep.")

# ---------------------------------------------------------------- Arabic, part 1
L = "ar"
# call 1: Riyadh, split AC not cooling, technician visit (Najdi caller, Saudi agent)
S1 = saudi("102 847 395")
S1w = spell(S1, "ar", gsep="، ")
M1 = ai(card("4464 0319 2207 518"))
it(L, "شركة برودة للتكييف، معك نوف، كيف أقدر أخدمك؟", [("name", "نوف")])
it(L, "هلا والله، معك عبدالله الدوسري، المكيف السبليت اللي في المجلس ما يبرد أبد من أمس.",
   [("name", "عبدالله الدوسري")])
it(L, "حياك الله أستاذ عبدالله، المكيف من أي ماركة وكم صار له؟", [("name", "عبدالله")])
it(L, "جري، ٢٤ ألف وحدة، ركبناه عندكم في رمضان اللي فات، والفاتورة ٣٤٥٠ ريال مع التركيب.")
it(L, "أبشري، " + S1w + ".", [("id", S1w, {"as": "saudi"})],
   "طيب عشان أتحقق من الضمان أحتاج رقم الهوية الوطنية لو سمحت.")
it(L, "مواليد ١٤٠٨/٠٧/١٥ هجري.", [("date_of_birth", "١٤٠٨/٠٧/١٥ هجري")],
   "وتاريخ الميلاد حسب الهوية؟")
it(L, "حي النرجس، شارع الأمير مشعل، فيلا ٢٣. قريب من جامع الراجحي.",
   [("address", "حي النرجس، شارع الأمير مشعل، فيلا ٢٣")], "والعنوان الوطني أو الحي؟")
it(L, "جوالي صفر خمسة ستة، أربعة واحد تسعة، سبعة سبعة اثنين ثمانية، وعليه واتساب.",
   [("phone", "صفر خمسة ستة، أربعة واحد تسعة، سبعة سبعة اثنين ثمانية")])
it(L, "تمام، الفني يجيك بكرة الأحد بين العصر والمغرب، والكشف مجاني لأن الجهاز داخل الضمان، بس "
      "تعبئة الفريون ١٥٠ ريال.")
it(L, "طيب الفريون أدفعه بمدى، الرقم " + M1 + ".", [("card", M1)])
it(L, "رقم الطلب ٧٧٤١٠٢، ويوصلك مسج فيه اسم الفني ورقمه قبل الزيارة بساعة.")

# call 2: Cairo, top-load washing machine cutting out (Egyptian caller and agent)
M2 = card("5078 0312 4469 218")
E2 = iban("EG", "0003011200000047281193052")
it(L, "توشيبا العربي خدمة العملاء، معاك شيماء، أقدر أساعد حضرتك إزاي؟", [("name", "شيماء")])
it(L, "أيوه يا فندم، أنا منى عبد الحميد، الغسالة الفوق أوتوماتيك بتاعتي بتفصل في نص الغسلة وبتطلع "
      "صوت.", [("name", "منى عبد الحميد")])
it(L, "ألف سلامة يا مدام منى، الغسالة بقالها قد إيه معاكي؟", [("name", "منى")])
it(L, "اشتريناها من بي تك في مارس ٢٠٢٢، عشرة كيلو، كانت بـ١٤ ألف وخمسمية جنيه، والضمان خمس سنين "
      "على الموتور.")
it(L, "صفر واحد اتنين، تمانية تلاتة تسعة خمسة، صفر أربعة سبعة واحد",
   [("phone", "صفر واحد اتنين، تمانية تلاتة تسعة خمسة، صفر أربعة سبعة واحد")],
   "رقم موبايل حضرتك عشان الفني يكلمك؟")
it(L, "١٤ شارع مكرم عبيد، مدينة نصر، الدور التالت، شقة ٩، العمارة اللي فيها صيدلية.",
   [("address", "١٤ شارع مكرم عبيد، مدينة نصر، الدور التالت، شقة ٩")], "العنوان إيه يا فندم؟")
it(L, "تمام، هبعتلك الفني يوم الخميس الجاي من ١٠ الصبح لـ٢ الضهر، ولو الكارتة محتاجة تتغير "
      "هتبقى على الضمان.")
it(L, "خلاص ادفعي التجديد بالكارت، اتفضلي: " + M2 + ".", [("card", M2)],
   "وعايزة أجدد الضمان الممتد سنتين كمان، ينفع بالكارت؟")
it(L, "الإيميل monaabdelhamid77 at yahoo دوت كوم",
   [("email", "monaabdelhamid77 at yahoo دوت كوم")])
it(L, "معايا أهو، " + E2 + ".", [("iban", E2)],
   "المبلغ اللي اتخصم مرتين هيرجعلك على الحساب البنكي، محتاجين رقم الآيبان.")
it(L, "رقم الشكوى ٣٠٢٥٥٨، والمبلغ ٩٥٠ جنيه هيرجع خلال ١٤ يوم عمل من النهارده.")

# call 3: Sharjah, faulty phone returned to an electronics store (Emirati caller)
C3 = ai(card("4983 1207 6654 310"))
I3a = iban("AE", "0260001015927384611")
it(L, "مرحبا الساع، وياك حمدان المزروعي، شريت تلفون من عندكم قبل أسبوع والشاشة فيها خط أخضر.",
   [("name", "حمدان المزروعي")])
it(L, "هلا أخوي حمدان، التلفون شو نوعه؟", [("name", "حمدان")])
it(L, "سامسونج S24 ألترا، ٥١٢ جيجا، شريته من فرع سيتي سنتر الشارقة يوم ١٤ فبراير بـ ٥٢٩٩ درهم.")
it(L, "حسب السياسة عندك ١٤ يوم للإرجاع إذا فيه عيب مصنعي، ولازم العلبة والفاتورة يكونون موجودين.")
it(L, "رقمي صفر خمسين، ستة ستة سبعة، ثلاثة واحد اثنين تسعة.",
   [("phone", "صفر خمسين، ستة ستة سبعة، ثلاثة واحد اثنين تسعة")])
it(L, "حمدان اندرسكور ام تسعين ات هوتميل دوت كوم",
   [("email", "حمدان اندرسكور ام تسعين ات هوتميل دوت كوم")], "والإيميل لو سمحت؟")
it(L, "إذا تبي البديل بلون ثاني فيه فرق ٢٠٠ درهم. خصمها من هالكارت: " + C3 + ".",
   [("card", C3)])
it(L, "لا خلاص ما أبي بديل، رجعوا لي المبلغ على الحساب، الآيبان " + I3a + ".", [("iban", I3a)])
it(L, "الاسترجاع يوم السبت في نفس الفرع، من الساعة ١٠ الصبح لين ١٠ الليل، ورقم الطلب RT-30917.")

# call 4: Amman, laptop shutting down under warranty (Jordanian caller)
J4 = iban("JO", "CBJO0010000000131000302715")
C4a = card("4215 3301 8862 904")
it(L, "مركز التقنية الذكية، معك لانا، كيف بقدر أساعدك؟", [("name", "لانا")])
it(L, "مرحبا، أنا رامي الخطيب، عندي لابتوب لينوفو تحت الكفالة، صار يطفي لحاله كل شوي.",
   [("name", "رامي الخطيب")])
it(L, "يعني هو موديل IdeaPad 5، اشتريته من سمارت باي بـ ٤٥٩ دينار بتاريخ ٣/١١/٢٠٢٣، والكفالة "
      "سنتين.")
it(L, "تلفوني صفر سبعة تسعة، تلاتة ستة واحد، أربعة أربعة تمانية تنين.",
   [("phone", "صفر سبعة تسعة، تلاتة ستة واحد، أربعة أربعة تمانية تنين")])
it(L, "الإيميل rami.khateeb@gmail.com، خطيب بـ double e.", [("email", "rami.khateeb@gmail.com")])
it(L, "خلدا، شارع وصفي التل، عمارة ٣٤، الطابق التالت، شقة ٧.",
   [("address", "خلدا، شارع وصفي التل، عمارة ٣٤، الطابق التالت، شقة ٧")],
   "وين عنوانك عشان المندوب ييجي ياخد الجهاز؟")
it(L, "تنعش أيلول، واحد وتسعين.", [("date_of_birth", "تنعش أيلول، واحد وتسعين")],
   "ومنشان نفتحلك حساب على نظام الكفالة، شو تاريخ ميلادك؟")
it(L, "إذا طلعت المشكلة من اللوحة الأم بتتغير على الكفالة، بتاخد من ٧ لـ ١٠ أيام شغل، ورقم الصيانة "
      "تبعك ٢٠٤٥٨.")
it(L, "البطارية مش مشمولة، حقها ٣٥ دينار. بدفعها بالفيزا: " + C4a + ".", [("card", C4a)])
it(L, "آه، الآيبان تبعي " + J4 + "، بنك القاهرة عمان.", [("iban", J4)],
   "والعربون ٢٠ دينار اللي دفعته للمندوب برجعلك إياه تحويل.")

# call 5: Casablanca, fridge not cooling (Moroccan Darija, some French)
C5a = ai(card("4390 7712 0584 336"))
it(L, "ألو، السلام عليكم، معاك يوسف من خدمة ما بعد البيع ديال فريجو بلوس، شنو نقدر نعاونك؟",
   [("name", "يوسف")])
it(L, "وعليكم السلام، أنا خديجة بناني، الثلاجة ديالي ما بقاتش كتبرد، الفريزر خدام ولكن الفوق سخون.",
   [("name", "خديجة بناني")])
it(L, "واخا آلالة خديجة، واش باقة فالضمانة؟", [("name", "خديجة")])
it(L, "شريتها من إلكتروبلانيت فالمعاريف فشهر أكتوبر ٢٠٢٢ بـ ٧٩٠٠ درهم، والضمانة ديالها عامين.")
it(L, "النمرة ديالي زيرو ستة، ستين، جوج وعشرين، تمنية وتلاتين، خمسة وربعين.",
   [("phone", "زيرو ستة، ستين، جوج وعشرين، تمنية وتلاتين، خمسة وربعين")])
it(L, "زنقة ابن سينا، رقم ١٧، الطابق الثاني، المعاريف، الدار البيضاء.",
   [("address", "زنقة ابن سينا، رقم ١٧، الطابق الثاني، المعاريف، الدار البيضاء")],
   "فين ساكنة عافاك باش يجي التقني؟")
it(L, "مزيودة ف ٢٣ مارس ١٩٧٨.", [("date_of_birth", "٢٣ مارس ١٩٧٨")],
   "وتاريخ الازدياد عافاك، باش نسجل الضمانة؟")
it(L, "التقني غادي يدوز نهار الثلاثاء مع العشرة ديال الصباح، والكشف بـ ١٥٠ درهم إلا ما كانتش "
      "فالضمانة.")
it(L, "الإيميل هو khadija point bennani arobase gmail point com",
   [("email", "khadija point bennani arobase gmail point com")])
it(L, "نخلص بالكارط، هاهي: " + C5a + ".", [("card", C5a)])

# call 6: Kuwait, TV delivered with a cracked panel (Kuwaiti caller)
K6 = iban("KW", "NBOK0000000000002019483716")
it(L, "هلا، معاك بدر العنزي، شاري تلفزيون من عندكم من الأفنيوز والشاشة مكسورة من داخل الكرتون.",
   [("name", "بدر العنزي")])
it(L, "يا هلا فيك أخوي بدر، التلفزيون أي حجم؟", [("name", "بدر")])
it(L, "هايسنس ٧٥ إنش بـ ٢٨٩ دينار، التوصيل كان يوم الخميس ٩ مايو، والمندوب ما فتح الكرتون قدامي.")
it(L, "رقمي " + ai("9971 4268") + "، واتساب نفس الرقم.", [("phone", ai("9971 4268"))])
it(L, "السالمية، قطعة ١٠، شارع ١٢، جادة ٣، منزل ٤١.",
   [("address", "السالمية، قطعة ١٠، شارع ١٢، جادة ٣، منزل ٤١")],
   "عنوانك عشان نرسل سيارة الاسترجاع؟")
it(L, "الفلوس ترجع على حسابي في الوطني، الآيبان " + K6 + ".", [("iban", K6)])
it(L, "badr dot q8 at hotmail dot com", [("email", "badr dot q8 at hotmail dot com")],
   "وإيميلك عشان نرسل لك إيصال الاسترجاع؟")
it(L, "الاسترجاع يخلص خلال ١٤ يوم عمل، ورقم الطلب عندك KW-558213، واحتفظ بالكرتون الأصلي.")

# ---------------------------------------------------------------- Arabic, part 2
# call 7: Jeddah, company IT help desk (Egyptian expat employee, Hijazi agent)
Q7 = saudi("238 456 109")
it(L, "الدعم الفني صباح الخير، للعلم فيه عطل في نظام SAP من الساعة ٨ ونص، ورقم البلاغ INC-77120.")
it(L, "صباح النور يا باشمهندس، معاك محمود عبد الرازق من قسم الحسابات، الإيميل بتاعي اتقفل.",
   [("name", "محمود عبد الرازق")])
it(L, "رقم الإقامة " + ai(only_digits(Q7)) + ".", [("id", ai(only_digits(Q7)), {"as": "saudi"})],
   "عشان أعيد تعيين كلمة المرور أحتاج رقم الإقامة.")
it(L, "خليني أتأكد، " + ai(Q7).replace(" ", "-") + "، صح كذا؟",
   [("id", ai(Q7).replace(" ", "-"), {"as": "saudi"})])
it(L, "تمام، هرسلك كلمة مرور مؤقتة صلاحيتها ٢٤ ساعة، والجديدة لازم تكون ١٢ حرف فيها رقم ورمز.")
it(L, "ابعتها على الإيميل الشخصي m.abdelrazek85 at gmail dot com",
   [("email", "m.abdelrazek85 at gmail dot com")])
it(L, "أو ابعتلي الكود على الجوال، " + ai("054 883 2017") + ".", [("phone", ai("054 883 2017"))])
it(L, "وكمان الطابعة اللي في الدور الرابع، HP LaserJet M404، بتطلع ورق فاضي من يوم الأربع.")
it(L, "الطابعة عليها عقد صيانة مع شركة الجفالي، بفتح لها طلب ثاني رقمه ٦٦٠٢١٤ ويجيك الفني بكرة.")

# call 8: Nazareth, fridge repair from an Israeli service company (Arab citizen of Israel)
T8 = tz("302 459 81")
T8w = spell(T8, "lv", gsep="، ")
C8a = card("4580 2211 9035 672")
it(L, "مرحبا، معك ياسمين زعبي من الناصرة، الثلاجة عنا سامسونج، بطلت تعمل ثلج والمي بتنقط من تحت.",
   [("name", "ياسمين زعبي")])
it(L, T8w + ".", [("id", T8w, {"as": "tz"})], "أهلين، بس بدي رقم الهوية لو سمحتي.")
it(L, "يعني " + only_digits(T8) + "، صح؟ تمام، لقيتك.", [("id", only_digits(T8), {"as": "tz"})])
it(L, "الثلاجة عمرها سنة ونص، اشتريناها من شيكم إلكتريك بحيفا بـ ٦٩٠٠ شيكل، على تسع دفعات.")
it(L, "تلفوني صفر خمسين، اربعة تسعة سبعة، صفر صفر تلاتة ستة.",
   [("phone", "صفر خمسين، اربعة تسعة سبعة، صفر صفر تلاتة ستة")])
it(L, "شارع بولس السادس ٧٥، الطابق الثاني، الناصرة، جنب البنك.",
   [("address", "شارع بولس السادس ٧٥، الطابق الثاني، الناصرة")], "وين العنوان بالزبط؟")
it(L, "مواليد ٢/٢/١٩٩٠.", [("date_of_birth", "٢/٢/١٩٩٠")], "وتاريخ الميلاد اللي بالهوية؟")
it(L, "الفني بيجي يوم الاثنين ١٧ الشهر بين ٨ و١٢، والزيارة ٢٥٠ شيكل إذا طلع العطل مش بالكفالة.")
it(L, "أوكي، وإذا لازم ادفع، هاي الفيزا تبعتي، كال: " + C8a + ".", [("card", C8a)])

# call 9: Beirut, home inverter beeping during power cuts (Lebanese caller)
B9 = iban("LB", "001400000003046218570012")
it(L, "بونجور، معك ريتا خوري، عندي إنفرتر من عندكن عم يزمّر كل ما تنقطع الكهربا والبطاريات ما عم تشرج.",
   [("name", "ريتا خوري")])
it(L, "أهلا مدام ريتا، قديش صرلو الإنفرتر مركّب؟", [("name", "ريتا")])
it(L, "ركبناه بتشرين التاني ٢٠٢٣، ٥ كيلو مع ٤ بطاريات ليثيوم، ودفعنا ٣٢٠٠ دولار فريش.")
it(L, "الأشرفية، شارع مار مخايل، بناية عازار، الطابق الرابع.",
   [("address", "الأشرفية، شارع مار مخايل، بناية عازار، الطابق الرابع")], "وين البيت بالظبط؟")
it(L, "صفر تلاتة، أربعة أربعة سبعة، تنين واحد تمانية، وإذا ما رديت ابعتيلي واتساب.",
   [("phone", "صفر تلاتة، أربعة أربعة سبعة، تنين واحد تمانية")])
it(L, "عشرين آب، تمانين.", [("date_of_birth", "عشرين آب، تمانين")],
   "ومشان نسجل الكفالة عالسيستم، شو تاريخ ميلادك؟")
it(L, "التقني بيمرق نهار الجمعة بين ١١ و٣، الكشف ٢٥ دولار، وإذا البطارية خربانة بتتبدل عالكفالة.")
it(L, "أوكي، هيدا الآيبان: " + B9 + ".", [("iban", B9)],
   "والتأمين اللي دفعتيه ٥٠٠ دولار بيرجعلك تحويل، شو الآيبان؟")
it(L, "والإيميل rita_khoury@hotmail.com، مع أندرسكور بالنص.",
   [("email", "rita_khoury@hotmail.com")])

# call 10: Doha, smart security cameras after an app update (Qatari caller)
Q10 = iban("QA", "QNBA000000007261930458172")
it(L, "مرحبا، أنا جاسم الكواري، ركبتوا لي كاميرات مراقبة قبل شهر، والتطبيق ما يفتح من يوم التحديث.",
   [("name", "جاسم الكواري")])
it(L, "النسخة ٣.٨.١، وعندي ٦ كاميرات وجهاز تسجيل ٨ قنوات، والعقد يغطي سنة صيانة لين ٢٠ أكتوبر.",
   ctx="أهلين أستاذ جاسم، التطبيق أي نسخة عندك؟")
it(L, "جرب تحذف التطبيق وتنزله من جديد، وإذا ما زبط نسوي ريستارت لجهاز التسجيل عن بعد خلال ١٠ دقايق.")
it(L, "رقمي +974 5512 8830.", [("phone", "+974 5512 8830")])
it(L, "الدفنة، منطقة ٦١، شارع ٨٢٠، مبنى ١٤، الدور الثالث.",
   [("address", "الدفنة، منطقة ٦١، شارع ٨٢٠، مبنى ١٤، الدور الثالث")],
   "العنوان لو سمحت، عشان الفني؟")
it(L, "جاسم دوت كواري ات اوتلوك دوت كوم", [("email", "جاسم دوت كواري ات اوتلوك دوت كوم")],
   "والإيميل اللي مسجل فيه التطبيق؟")
it(L, "والقسط الشهري ١٥٠ ريال ينخصم من الحساب، الآيبان " + Q10 + ".", [("iban", Q10)])
it(L, "تم، رقم التذكرة ٤٤٠٩١٢، والفني يوصلك الثلاثاء الصبح بين ٩ و١١، وإذا تأخر كلمنا على ١٠٠٠٧.")

# call 11: Manama, water heater running cold (Bahraini caller)
H11 = iban("BH", "BBKU00100000815273")
C11a = card("5188 2640 0917 325")
C11w = spell(C11a, "ar", gsep="، ")
it(L, "السلام عليكم، أنا زينب العرادي، سخان الماي عندنا يطلع ماي بارد من أسبوع.",
   [("name", "زينب العرادي")])
it(L, "السخان أريستون ٥٠ لتر، ركبناه في ٢٠٢١، والكفالة ٥ سنوات على الخزان وسنة على الثرموستات.")
it(L, "شقة ٤، مبنى ٢١٢٠، طريق ٣٨٠٣، مجمع ٣٣٨، العدلية.",
   [("address", "شقة ٤، مبنى ٢١٢٠، طريق ٣٨٠٣، مجمع ٣٣٨، العدلية")],
   "عطيني العنوان لو سمحتي.")
it(L, "رقمي ثلاثة تسعة ثمانية سبعة، أربعة أربعة واحد اثنين.",
   [("phone", "ثلاثة تسعة ثمانية سبعة، أربعة أربعة واحد اثنين")])
it(L, "باسمي، مواليد ثلاثة أبريل خمسة وثمانين.",
   [("date_of_birth", "ثلاثة أبريل خمسة وثمانين")],
   "الكفالة مسجلة باسمج أو باسم زوجج؟ عطيني تاريخ الميلاد للتأكيد.")
it(L, "أدفع الزيارة ١٥ دينار بالكارت: " + C11w + ".", [("card", C11w)])
it(L, "ولو طلع الخزان يهرب نرجع لج فلوس القطعة، الآيبان " + H11 + ".", [("iban", H11)])
it(L, "الفني يوصل يوم الخميس بين ٤ و٦ العصر، ورقم البلاغ BH-20931، ولو احتاج قطعة تاخذ ٣ أيام.")

# call 12: Khobar, TV with dark patches bought from a chain store (Sudanese expat)
Q12a = saudi("241 096 357")
Q12aw = spell(Q12a, "ar", sep="، ", gsep="، ")
Q12b = saudi("250 736 814")
S12 = iban("SA", "80000361608010193428")
C12a = ai(card("4847 8300 2166 094"))
it(L, "السلام عليكم، معاك عثمان عبد الرحيم من الخبر، عندي شكوى بخصوص شاشة اشتريتها من إكسترا فرع "
      "الراشد.", [("name", "عثمان عبد الرحيم")])
it(L, "وعليكم السلام أخ عثمان، تفضل.", [("name", "عثمان")])
it(L, "الشاشة شارب ٦٥ بوصة، الشراء كان ٢ رمضان والقيمة ٢٨٩٩ ريال، وفيها بقع سوداء في الزاوية "
      "اليمين.")
it(L, "رقم الإقامة: " + Q12aw + ".", [("id", Q12aw, {"as": "saudi"})])
it(L, "يعني " + ai(Q12a) + "؟", [("id", ai(Q12a), {"as": "saudi"})])
it(L, "لا، الفاتورة باسم زوجتي، رقم إقامتها " + ai(only_digits(Q12b)) + ".",
   [("id", ai(only_digits(Q12b)), {"as": "saudi"})])
it(L, "تاريخ ميلادها ١٩٨٨/١١/٠٤ حسب الإقامة.", [("date_of_birth", "١٩٨٨/١١/٠٤")])
it(L, "جوالي ٠٥٣٧٧١٠٩٤٢، واتساب.", [("phone", "٠٥٣٧٧١٠٩٤٢")])
it(L, "الخبر الشمالية، شارع الأمير حمود، عمارة الجبر، شقة ١٢.",
   [("address", "الخبر الشمالية، شارع الأمير حمود، عمارة الجبر، شقة ١٢")],
   "والعنوان للمندوب اللي بيستلم الشاشة؟")
it(L, "نقدر نستبدلها خلال ٧ أيام من الاستلام، بعدها تروح الصيانة والمدة من ١٠ إلى ١٥ يوم عمل.")
it(L, "لو ما توفر البديل نرجع المبلغ، الآيبان " + S12 + ".", [("iban", S12)])
it(L, "والتوصيل ٩٩ ريال، ادفعها بالبطاقة " + C12a + ".", [("card", C12a)])
it(L, "osman.rahim1980@yahoo.com", [("email", "osman.rahim1980@yahoo.com")],
   "وإيميلك عشان تجيك الفاتورة؟")

# ---------------------------------------------------------------- Arabic, part 3 (more lines of the calls above)
it(L, "الأجهزة اللي من عبد اللطيف جميل لها مركز صيانة ثاني في حي الروضة، يفتح من ٩ الصبح لين ٩ "
      "بالليل ما عدا الجمعة.")
it(L, "لو الموتور اتغير قبل كده الضمان بيتمد ٦ شهور كمان، وده مكتوب في الكارت الأخضر اللي جه مع "
      "الغسالة.")
it(L, "يوم ١٥ يناير اتخصم من الفيزا ٤٨٠ جنيه، وبعدها بيومين اتخصم تاني نفس المبلغ بالظبط.")
it(L, "بنك الإسكان بعتلي مسج إنه انخصم ٣٥ دينار يوم الأحد، والتصليح لسا ما خلص.")
it(L, "الفريجيدير ديال سامسونج، الموديل RT38، فيها ٣٨٤ لتر، وشريناها مع الماشينا ديال الصابون فنفس "
      "النهار.")
it(L, "فرع مردف سيتي سنتر يسكر الساعة ١٢ بالليل في الويكند، ويوم الخميس عندنا عروض ٢٠٪ على "
      "الشواحن والسماعات.")
it(L, "الكفالة ٣ سنين من تاريخ الفاتورة ١٢/٥/٢٠٢٤، بس التبديل فقط خلال أول ٧ أيام.")
it(L, "المولد بالبناية بيشتغل من ٦ المسا لـ ١٢ بالليل وبيطفي ساعتين الصبح، مشان هيك البطاريات عم "
      "تفضى.")
it(L, "العرض كان ٤ كاميرات بـ ١٩٩٩ ريال مع التركيب، والكاميرا الزيادة بـ ٣٥٠، وشريحة الذاكرة "
      "١٢٨ جيجا مجانًا.")
it(L, "استلمت الشاشة يوم الأربعاء ٢٨ فبراير، والمندوب من شركة سمسا، ورقم الشحنة ٢٩٠٤٤٨٧١٢٣.")
it(L, "آخر مرة بدلوا لنا الثرموستات في ١٠ أكتوبر، ودفعنا ١٢ دينار ونص، والفني قال يعيش سنتين.")
it(L, "واحد وعشرين سبعة ٩٢.", [("date_of_birth", "واحد وعشرين سبعة ٩٢")],
   "عشان أسجل الكفالة باسمك، تاريخ ميلادك لو سمحت؟")

# ---------------------------------------------------------------- Hebrew, part 1
L = "he"
# call 1: Petah Tikva, air conditioner dripping, technician visit (native Israeli caller)
T1 = tz("301 562 48")
T1w = spell(T1, "hef", gsep=", ")
C1h = card("4580 1179 2034 658")
I1h = iban("IL", "0105200000062719043")
it(L, "קור-טק שירות לקוחות שלום, מדברת שירן, במה אפשר לעזור?", [("name", "שירן")])
it(L, "היי, אה, שמי מיכל אברהמי, המזגן בסלון מטפטף מים על הקיר כבר יומיים.",
   [("name", "מיכל אברהמי")])
it(L, "תודה מיכל, איזה דגם המזגן ומתי הוא הותקן?", [("name", "מיכל")])
it(L, "זה טורנדו אינוורטר 1.5 כוח סוס, הותקן באוגוסט 2021, ושילמנו 3,290 שקל כולל התקנה.")
it(L, "כן, " + T1w + ".", [("id", T1w, {"as": "tz"})], "אני צריכה תעודת זהות כדי לפתוח קריאה.")
it(L, "הנייד שלי 050-7713284, ויש גם בבית 03-9307715 אבל שם עונים רק בערב.",
   [("phone", "050-7713284"), ("phone", "03-9307715")])
it(L, "רחוב ז'בוטינסקי 101, דירה 14, קומה 5, פתח תקווה.",
   [("address", "רחוב ז'בוטינסקי 101, דירה 14, קומה 5, פתח תקווה")], "ומה הכתובת?")
it(L, "יש לי תור פנוי ביום ראשון ה-14 בין 8 ל-12, או ביום רביעי אחרי הצהריים. הביקור עולה 249 ₪, "
      "ואם זה רק ניקוי של המרזב אז בלי חלקים.")
it(L, "בסדר, תחייבי את הוויזה, " + C1h + ".", [("card", C1h)])
it(L, "מספר הקריאה שלך 4471029, ויום לפני תקבלי SMS עם חלון של שעתיים.")
it(L, "ודרך אגב, בחודש שעבר ירד לי פעמיים החיוב של המנוי, 39.90 ב-2 לחודש ושוב ב-5 לחודש.")
it(L, "אין בעיה, זה " + I1h + ", בנק לאומי.", [("iban", I1h)],
   "אני רואה את זה, אני מחזירה לך את החיוב הכפול. תני לי מספר IBAN בבקשה.")

# call 2: Ashdod, washing machine not draining (immigrant from Russia)
T2 = tz("317 640 29")
T2w = spell(T2, "hem", gsep=", ")
I2h = iban("IL", "0206830000000458127")
it(L, "שלום, קוראים לי ולדימיר קוזלוב, אפשר וולודיה. יש לי בעיה עם מכונה כביסה, היא לא מוציאה מים.",
   [("name", "ולדימיר קוזלוב"), ("name", "וולודיה")])
it(L, "בסדר וולודיה, איזה חברה המכונה?", [("name", "וולודיה")])
it(L, "סמסונג, שמונה קילו, קנינו במחסני חשמל באשדוד לפני שנה ושלושה חודשים. היא מראה שגיאה 5E.")
it(L, T2w + ".", [("id", T2w, {"as": "tz"})], "תן לי בבקשה מספר תעודת זהות.")
it(L, "עשרים ושלוש, שישה, שבעים ושתיים.", [("date_of_birth", "עשרים ושלוש, שישה, שבעים ושתיים")],
   "ותאריך לידה?")
it(L, "הטלפון אפס חמש שלוש, שש שש שתיים, אחת ארבע אפס תשע.",
   [("phone", "אפס חמש שלוש, שש שש שתיים, אחת ארבע אפס תשע")])
it(L, "רחוב שבזי 17, דירה 23, רובע ג', אשדוד.",
   [("address", "רחוב שבזי 17, דירה 23, רובע ג', אשדוד")], "לאיזו כתובת לשלוח טכנאי?")
it(L, "המכונה יצאה מאחריות לפני שלושה חודשים, אבל יש לך אחריות מורחבת של 24 חודש מהחנות, אז הביקור "
      "ב-0 שקל.")
it(L, "האימייל vova.kozlov72@mail.ru, רק אותיות קטנות.", [("email", "vova.kozlov72@mail.ru")])
it(L, "על האחריות המורחבת שילמתי 180 שקל פעמיים, אז תחזירו לי לחשבון, " + I2h + ".",
   [("iban", I2h)])

# call 3: Tel Aviv, phone screen repair lab (young native caller)
C3h = card("5326 1077 4902 813")
C3w = spell(C3h, "hef", gsep=", ")
it(L, "אהלן, מעבדת פיקס-פון דיזנגוף, עומר מדבר.", [("name", "עומר")])
it(L, "היי אחי, זה נועם, נועם פרידמן, השארתי אצלכם אייפון 13 ביום חמישי.",
   [("name", "נועם", {"n": 0}), ("name", "נועם פרידמן")])
it(L, "כן, מסך מקורי זה 1,190, תואם זה 690, והסוללה מראה 78 אחוז, אז אולי כדאי להחליף גם אותה ב-349.")
it(L, "סבבה, תעשה מקורי. תשלח לי את הקבלה ל noam.fr שטרודל gmail נקודה com",
   [("email", "noam.fr שטרודל gmail נקודה com")])
it(L, "אני בלי טלפון עכשיו, אז תחזרו אליי לנייד של אמא שלי, אפס חמש ארבע, שבע אחת תשע, שלוש שלוש אפס "
      "שתיים.", [("phone", "אפס חמש ארבע, שבע אחת תשע, שלוש שלוש אפס שתיים")])
it(L, "תחייב את זה על המאסטרקארד, " + C3w + ".", [("card", C3w)])
it(L, "המכשיר יהיה מוכן מחר אחרי 16:00. אנחנו סגורים בשבת ופתוחים במוצאי שבת מ-20:00 עד 23:00.")

# call 4: company IT help desk, VPN and password reset (native caller)
T4 = tz("038 475 61")
it(L, "מוקד IT שלום, מה מספר העובד שלך?")
it(L, "מספר עובד 20417. אני לא מצליח להתחבר ל-VPN מאז העדכון של יום שני, זה נותן שגיאה 809.")
it(L, "וזה יוסי מלכה מהנהלת חשבונות, קומה 3.", [("name", "יוסי מלכה")])
it(L, "אממ, " + T4.replace(" ", "-") + ".", [("id", T4.replace(" ", "-"), {"as": "tz"})],
   "יוסי, לצורך איפוס סיסמה אני צריכה את תעודת הזהות שלך.")
it(L, "המייל הפרטי שלי yossimalka1980@walla.co.il, תשלחי לשם.",
   [("email", "yossimalka1980@walla.co.il")])
it(L, "או לנייד, 054-6120938.", [("phone", "054-6120938")])
it(L, "פתחתי לך קריאה INC0093114. הסיסמה הזמנית תקפה ל-24 שעות, והלפטופ צריך להיות מחובר לרשת של "
      "המשרד.")
it(L, "וגם המסך השני, ה-Dell 24 אינץ' עם תג מלאי IT-5821, מהבהב כל כמה דקות.")

# call 5: Kiryat Malakhi, fridge not cooling (immigrant from Ethiopia)
T5 = tz("312 884 07")
T5w = spell(T5, "hef", gsep=", ")
it(L, "שלום, אני טספאיה מקונן, מקריית מלאכי. המקרר שלנו לא מקרר למטה, רק המקפיא עובד.",
   [("name", "טספאיה מקונן")])
it(L, "תודה טספאיה, אפשר לאיית את שם המשפחה?", [("name", "טספאיה")])
it(L, "מם, קוף, וו, נון, נון סופית.", [("name", "מם, קוף, וו, נון, נון סופית")],
   "אפשר לאיית את שם המשפחה?")
it(L, "זה מקרר אמקור 600 ליטר, קנינו ביוני 2022 בקריית גת, ב-4,990 שקל, בתשלומים.")
it(L, "תעודת זהות " + T5w + ".", [("id", T5w, {"as": "tz"})])
it(L, "אחד בינואר שבעים ושמונה.", [("date_of_birth", "אחד בינואר שבעים ושמונה")],
   "ותאריך לידה בבקשה?")
it(L, "רחוב הרב קוק 8, דירה 3, קריית מלאכי.",
   [("address", "רחוב הרב קוק 8, דירה 3, קריית מלאכי")], "והכתובת?")
it(L, "יש טלפון בבית, 08-8501247.", [("phone", "08-8501247")])
it(L, "הטכנאי מגיע לאזור שלכם רק בימי שלישי, אז ה-21 לחודש בין 12 ל-4, ואם זה המדחס זה באחריות עשר "
      "שנים.")

# call 6: Netanya, TV that arrived with lines on the panel (immigrant from France)
F6 = iban("FR", "30004008200001234789135")
it(L, "בוקר טוב, שמי ז'ולי אזולאי, אני מתקשרת בקשר לטלוויזיה שהזמנתי באתר, voilà, היא הגיעה עם פסים.",
   [("name", "ז'ולי אזולאי")])
it(L, "אוקיי ז'ולי, מה מספר ההזמנה?", [("name", "ז'ולי")])
it(L, "מספר הזמנה 7730412, LG 65 אינץ' OLED, שילמתי 6,990 שקל ב-12 תשלומים, והיא הגיעה ביום רביעי "
      "ה-8.")
it(L, "ז'ולי נקודה אזולאי שטרודל orange נקודה fr", [("email", "ז'ולי נקודה אזולאי שטרודל orange נקודה fr")],
   "לאיזה מייל לשלוח את אישור האיסוף?")
it(L, "הטלפון 058-4419273.", [("phone", "058-4419273")])
it(L, "שדרות ניצה 22, דירה 31, נתניה, alors, קומה תשע.",
   [("address", "שדרות ניצה 22, דירה 31, נתניה"), ("address", "קומה תשע")],
   "ומאיפה השליח אוסף?")
it(L, "שליח של באג יאסוף אותה ביום ראשון בין 9 ל-13, ואחרי בדיקה יחזירו את ה-6,990 תוך 14 ימי עסקים.")
it(L, "שילמתי עם הכרטיס הצרפתי וחסמו אותו, אז תעשו העברה לחשבון בצרפת, " + F6 + ".",
   [("iban", F6)])

# ---------------------------------------------------------------- Hebrew, part 2
# call 7: Taibe, smart security cameras after an app update (Arab citizen speaking Hebrew)
T7 = tz("203 661 94")
T7w = spell(T7, "hef", gsep=", ")
C7h = card("4557 8820 1365 430")
it(L, "שלום, מדבר אחמד מסארוה מטייבה, יש לי מצלמות של החברה שלכם והאפליקציה לא מראה את מצלמה "
      "מספר 3.", [("name", "אחמד מסארוה")])
it(L, "בטח, יעני, " + T7w + ".", [("id", T7w, {"as": "tz"})],
   "אוקיי, אתה יכול לתת לי תעודת זהות?")
it(L, "יש לי ארבע מצלמות ו-NVR של 8 ערוצים, החבילה עולה 89 שקל בחודש, והעדכון ירד ב-3 במרץ בלילה.")
it(L, "נולדתי ב-17.9.1988.", [("date_of_birth", "17.9.1988")], "ולאימות, תאריך לידה?")
it(L, "רחוב אבן סינא 12, טייבה, ליד המסגד הגדול.", [("address", "רחוב אבן סינא 12, טייבה")],
   "לאן לשלוח טכנאי?")
it(L, "ahmad.masarwa88 at hotmail dot com", [("email", "ahmad.masarwa88 at hotmail dot com")],
   "ומה המייל שרשום באפליקציה?")
it(L, "טכנאי יגיע ביום חמישי בין 14:00 ל-18:00, ואם צריך להחליף מצלמה זה 350 שקל, כי היא כבר לא "
      "באחריות.")
it(L, "יאללה, תחייב על הכרטיס, " + C7h + ".", [("card", C7h)])
it(L, "בינתיים תעשה ריסט ל-NVR, לחיצה של 10 שניות על הכפתור מאחורה, ותחכה 5 דקות שהוא יעלה.")

# call 8: Jerusalem, dishwasher not drying (immigrant from the UK, mixes English)
G8 = iban("GB", "LOYD30962274158036")
C8h = card("3782 590146 2231")
it(L, "היי, זה ג'סיקה רוזנברג, אבל כולם קוראים לי ג'סי. ה-dishwasher שלי, מדיח הכלים, לא מייבש.",
   [("name", "ג'סיקה רוזנברג"), ("name", "ג'סי", {"n": 1})])
it(L, "זה בוש סדרה 4, קנינו ב-KSP לפני 10 חודשים ב-2,790, ויש שלוש שנות אחריות של היבואן.")
it(L, "תעודת זהות " + only_digits(tz("345 119 72")) + ".",
   [("id", only_digits(tz("345 119 72")), {"as": "tz"})])
it(L, "הנייד 052-339-0418, sorry, 0481 בסוף.",
   [("phone", "052-339-0418"), ("phone", "0481", {"raw": True})])
it(L, "רחוב עמק רפאים 44, דירה 2, ירושלים.", [("address", "רחוב עמק רפאים 44, דירה 2, ירושלים")],
   "מה הכתובת למשלוח הטכנאי?")
it(L, "jess rosenberg at gmail dot com, הכל צמוד.", [("email", "jess rosenberg at gmail dot com")])
it(L, "ה-4 ביולי, תשעים ואחת. כן, Fourth of July.",
   [("date_of_birth", "ה-4 ביולי, תשעים ואחת"), ("date_of_birth", "Fourth of July")],
   "ותאריך לידה?")
it(L, "הטכנאי בירושלים עובד עד 15:00 ביום שישי, אז הכי מוקדם זה יום שישי ה-9 בבוקר.")
it(L, "אם הבעיה היא מהטבליות ולא מהמכונה, הביקור 290 שקל. לחייב על האמקס? " + C8h + "?",
   [("card", C8h)])
it(L, "ואת ה-150 שקל על הפילטר אפשר להחזיר לחשבון שלי באנגליה? " + G8 + ".", [("iban", G8)])

# call 9: Be'er Sheva, electric water heater lukewarm (older native caller)
C9h = card("4588 3021 7746 905")
C9w = spell(C9h, "hef", gsep=", ")
I9h = iban("IL", "0117420000000239154")
it(L, "שלום, מדברת שושנה בן דוד מבאר שבע, הדוד לא מחמם, יש רק מים פושרים.",
   [("name", "שושנה בן דוד")])
it(L, "גברת בן דוד, הדוד הוא של 150 ליטר או 120?", [("name", "בן דוד")])
it(L, "של 150 ליטר, כרומגן. החליפו לנו את הגוף חימום לפני שנתיים ב-450 שקל, ואת הטרמוסטט ב-2023.")
it(L, "שלושה בספטמבר, אלף תשע מאות חמישים ושש.",
   [("date_of_birth", "שלושה בספטמבר, אלף תשע מאות חמישים ושש")], "לזיהוי, תאריך לידה?")
it(L, "אפס שמונה, שש שתיים שלוש, שבע שבע אחת ארבע", 
   [("phone", "אפס שמונה, שש שתיים שלוש, שבע שבע אחת ארבע")], "טלפון בבית?")
it(L, "רחוב יהודה הלוי 31, שכונה ה', באר שבע.",
   [("address", "רחוב יהודה הלוי 31, שכונה ה', באר שבע")], "הכתובת אותה כתובת?")
it(L, "הטכנאי יכול ביום שלישי בבוקר. אם צריך גוף חימום חדש זה 380 שקל, ועוד 220 על הביקור.")
it(L, "הכרטיס שלי, רגע, המשקפיים... " + C9w + ".", [("card", C9w)])
it(L, "והחיוב הכפול מפברואר, 220 פעמיים, תחזירו לחשבון בדיסקונט, " + I9h + ".", [("iban", I9h)])
it(L, "בשבוע הבא המשרד סגור ב-13 וב-14 לחודש בגלל החג, ואנחנו חוזרים ביום ראשון ב-8.")

# call 10: Haifa, student laptop shutting down when hot (native caller)
T10w = "שלוש, עשרים ושתיים, ארבעים וחמש, שמונה עשרה, אפס שמונה"
assert only_digits(tz("322 451 80")) == words_to_digits(T10w, "he")
C10h = card("4661 2038 5519 747")
I10h = iban("IL", "0317450000000812360")
it(L, "היי, אני טל קפלן, סטודנטית בטכניון, המחשב הנייד שלי נכבה לבד כשהוא מתחמם.",
   [("name", "טל קפלן")])
it(L, "זה Lenovo ThinkPad E14, קניתי בספטמבר ב-3,450 שקל עם הנחת סטודנט, ולקחתי אחריות מורחבת ל-3 "
      "שנים ב-399.")
it(L, T10w + ".", [("id", T10w, {"as": "tz"})], "מספר תעודת זהות?")
it(L, "31.12.2002", [("date_of_birth", "31.12.2002")], "ותאריך לידה?")
it(L, "tal.kaplan שטרודל campus נקודה technion נקודה ac נקודה il",
   [("email", "tal.kaplan שטרודל campus נקודה technion נקודה ac נקודה il")], "ומייל?")
it(L, "רחוב מוריה 86, דירה 5, חיפה, אבל אני שם רק בסופי שבוע.",
   [("address", "רחוב מוריה 86, דירה 5, חיפה")], "לאיזו כתובת השליח יבוא לאסוף?")
it(L, "הנייד שלי +972-52-8841033.", [("phone", "+972-52-8841033")])
it(L, "המעבדה בנשר מקבלת רק עם תעודת אחריות, זמן תיקון 5 עד 7 ימי עבודה, ומספר התיק שלך 55310.")
it(L, "את השליח, 59 שקל, תחייב על הוויזה " + C10h + ".", [("card", C10h)])
it(L, "וביטלתי את האחריות המורחבת תוך 14 יום, אז מגיע לי החזר של 399. ה-IBAN שלי " + I10h + ".",
   [("iban", I10h)])

# call 11: phone and smartwatch trade-in (young immigrant from Russia)
I11h = iban("IL", "0126010000000384712")
C11h = card("5412 7530 0861 292")
it(L, "קטיה, יקטרינה סמירנובה.", [("name", "קטיה"), ("name", "יקטרינה סמירנובה")],
   "שלום, הגעת למחלקת הטרייד-אין, עם מי אני מדבר?")
it(L, "אני רוצה למסור Galaxy S21 ו-Apple Watch סדרה 6. באתר כתוב 850 על הטלפון ו-300 על השעון.")
it(L, "תשעה במאי אלפיים.", [("date_of_birth", "תשעה במאי אלפיים")], "תאריך לידה לאימות הגיל?")
it(L, "katya קו תחתון smirnova שטרודל yandex נקודה ru",
   [("email", "katya קו תחתון smirnova שטרודל yandex נקודה ru")], "ולאן לשלוח את הצעת המחיר?")
it(L, "טלפון ליצירת קשר, 054-2267781.", [("phone", "054-2267781")])
it(L, "שליח יאסוף ביום שני בין 10 ל-14, ואחרי בדיקה של 3 ימים הכסף נכנס תוך 10 ימי עסקים.")
it(L, "את הזיכוי לחשבון, " + I11h + ".", [("iban", I11h)])
it(L, "ואת ההפרש על ה-Galaxy S24 החדש, 2,740, על המאסטרקארד " + C11h + ", בשלושה תשלומים.",
   [("card", C11h)])
it(L, "אם יש סדק במסך המחיר יורד ל-400, ואם השעון לא נטען הוא שווה 0, זה כתוב בתקנון סעיף 7.")

# call 12: Holon, built-in oven not heating (older native caller)
T12 = tz("057 318 42")
T12w = spell(T12, "hef", gsep=", ")
C12h = card("3755 441209 8815")
I12h = iban("IL", "0105680000000617209")
it(L, "בוקר טוב, שירות אלקטרה, עם מי אני מדברת?")
it(L, "אבי כהן, מחולון. התנור לא מחמם בכלל, רק המאוורר עובד.", [("name", "אבי כהן")])
it(L, "זה תנור של אלקטרה, דגם 7140, בן ארבע שנים, ושילמנו עליו 2,600.")
it(L, "כן, " + T12w + ".", [("id", T12w, {"as": "tz"})], "תעודת זהות של בעל החשבון?")
it(L, "שנים עשר בחמישי, חמישים ותשע.", [("date_of_birth", "שנים עשר בחמישי, חמישים ותשע")],
   "ותאריך לידה?")
it(L, "רחוב סוקולוב 58, קומה 2, חולון.", [("address", "רחוב סוקולוב 58, קומה 2, חולון")],
   "כתובת להגעה?")
it(L, "avi.cohen1959@012.net.il, השם שלי והשנה.", [("email", "avi.cohen1959@012.net.il")])
it(L, "טכנאי יגיע ביום שלישי ה-18 בין 8 ל-11, ומספר הקריאה שלך 3391874.")
it(L, "תחייבי את האמריקן אקספרס, " + C12h + ".", [("card", C12h)])
it(L, "ואם זה באחריות תחזירו לי לחשבון, " + I12h + ".", [("iban", I12h)])

# ---------------------------------------------------------------- Hebrew, part 3 (more lines of the calls above)
it(L, "המזגן של אלקטרה בחדר השינה עובד מצוין, רק זה של טורנדו בסלון, ואת שניהם קנינו בשקם אלקטריק "
      "בראשון.")
it(L, "קבעו לי טכנאי ל-7 באפריל, הוא לא הגיע, ואז קבעו ל-11 ושוב לא הגיע, אני מחכה כבר שבועיים.")
it(L, "תיקון של לוח אם עולה 1,450, ומחשב חדש 2,900, אז אני לא בטוחה שזה משתלם.")
it(L, "ההזמנה 88120437 נמסרה ב-12 ביוני, ואת החשבונית קיבלתי רק ב-20 ביוני.")
it(L, "היבואן של סמסונג זה סאני, לא אנחנו, והם פתוחים א'-ה' עד 17:00.")
it(L, "מסך 55 אינץ' של שיאומי עלה 1,990 ושל LG עלה 2,490, ובסוף לקחנו את ה-LG בגלל האחריות.")
it(L, "השעון עצר ב-3:15 בלילה, ומאז הטלפון לא מזהה אותו, ניסיתי לאפס אותו 3 פעמים.")
it(L, "הקריאה נסגרה ב-2 באוגוסט בלי שאף אחד הגיע, ופתחו חדשה, מספר 4475120.")

# ---------------------------------------------------------------- Greek, part 1
L = "el"
# call 1: Glyfada (Athens), air conditioner blowing warm air (older caller)
A1 = afm("049 218 73")
A1w = spell(A1, "el", gsep=", ")
C1g = card("4576 1203 8849 215")
C1gw = spell(C1g, "el", gsep=", ")
it(L, "Κλιματεχνική, καλησπέρα σας, είμαι η Κατερίνα, πώς μπορώ να βοηθήσω;", [("name", "Κατερίνα")])
it(L, "Καλησπέρα κορίτσι μου. Με λένε Παρασκευή Νικολάου, Βούλα με λένε όλοι, το κλιματιστικό στο "
      "σαλόνι βγάζει ζεστό αέρα.", [("name", "Παρασκευή Νικολάου"), ("name", "Βούλα")])
it(L, "Μάλιστα κυρία Νικολάου, τι μάρκα είναι το κλιματιστικό;", [("name", "Νικολάου")])
it(L, "Ένα Inventor, 12.000 BTU, το πήραμε από τον Κωτσόβολο στη Γλυφάδα πριν από τρία καλοκαίρια, "
      "με 649 ευρώ.")
it(L, "Το ΑΦΜ; Περιμένετε να βρω τα γυαλιά μου... " + A1w + ".", [("id", A1w, {"as": "afm"})],
   "Για το τιμολόγιο χρειάζομαι το ΑΦΜ σας.")
it(L, "Λαζαράκη 18, δεύτερος όροφος, Γλυφάδα.",
   [("address", "Λαζαράκη 18, δεύτερος όροφος, Γλυφάδα")], "Η διεύθυνση για τον τεχνικό;")
it(L, "Στο σταθερό, διακόσια δέκα, ενενήντα έξι, τριάντα τέσσερα, πεντακόσια εβδομήντα δύο.",
   [("phone", "διακόσια δέκα, ενενήντα έξι, τριάντα τέσσερα, πεντακόσια εβδομήντα δύο")])
it(L, "Ο τεχνικός μπορεί να έρθει την Παρασκευή 14 Ιουνίου, από τις 9 μέχρι τη 1. Η επίσκεψη είναι "
      "45 ευρώ, και αν θέλει φρέον άλλα 60.")
it(L, "Θα πληρώσω με κάρτα, ορίστε, " + C1gw + ".", [("card", C1gw)])
it(L, "Ο αριθμός της βλάβης σας είναι 2024-55817, και ο τεχνικός θα σας πάρει τηλέφωνο μισή ώρα "
      "πριν.")

# call 2: Kalamaria (Thessaloniki), washing machine error E21 (young caller)
A2 = afm("112 587 46")
G2 = iban("GR", "02601520000340200498173")
it(L, "Γεια σας, λέγομαι Θεόδωρος Παπαδόπουλος, Θοδωρής, και το πλυντήριο βγάζει το σφάλμα E21 και "
      "δεν αδειάζει.", [("name", "Θεόδωρος Παπαδόπουλος"), ("name", "Θοδωρής")])
it(L, "Εντάξει Θοδωρή, μου δίνεις τον σειριακό αριθμό από την πόρτα;", [("name", "Θοδωρή")])
it(L, "Είναι Bosch Serie 4, 9 κιλά, αγορασμένο 15 Μαρτίου 2023 από το Πλαίσιο, ο σειριακός είναι "
      "FD 9302 00871.")
it(L, "ΑΦΜ " + only_digits(A2) + ", θέλω τιμολόγιο γιατί το έχω στο γραφείο.",
   [("id", only_digits(A2), {"as": "afm"})])
it(L, "εφτά του έντεκα του ενενήντα πέντε", [("date_of_birth", "εφτά του έντεκα του ενενήντα πέντε")],
   "Και ημερομηνία γέννησης για την εγγύηση;")
it(L, "Αγίου Δημητρίου 23, Καλαμαριά, 55131.",
   [("address", "Αγίου Δημητρίου 23, Καλαμαριά, 55131")], "Πού θα έρθει ο τεχνικός;")
it(L, "εξήντα εννιά, ενενήντα εφτά, τριάντα ένα, είκοσι δύο, σαράντα οχτώ",
   [("phone", "εξήντα εννιά, ενενήντα εφτά, τριάντα ένα, είκοσι δύο, σαράντα οχτώ")],
   "Ένα κινητό;")
it(L, "thodoris.pap παπάκι gmail τελεία com", [("email", "thodoris.pap παπάκι gmail τελεία com")],
   "Και email για την επιβεβαίωση;")
it(L, "Το πλυντήριο είναι ακόμα στην εγγύηση, οπότε η επίσκεψη είναι δωρεάν. Ο τεχνικός περνάει "
      "Καλαμαριά Τρίτη και Πέμπτη.")
it(L, "Eurobank, " + G2 + ".", [("iban", G2)],
   "Για τα 79 ευρώ της επέκτασης εγγύησης που δεν ενεργοποιήθηκε, θα σου κάνουμε επιστροφή. IBAN;")

# call 3: Limassol, phone screen dead (older Cypriot caller, dialect)
K3 = iban("CY", "002001950000357008841926")
it(L, "Καλημέρα, Electroline Λεμεσού, η Άντρη σας μιλά.", [("name", "Άντρη")])
it(L, "Καλημέρα κόρη μου, εγιώ είμαι ο Χαράλαμπος Κωνσταντίνου, Χαμπή με φωνάζουν, το κινητό που "
      "επήρα που σας εν δουλεύκει η οθόνη.",
   [("name", "Χαράλαμπος Κωνσταντίνου"), ("name", "Χαμπή")])
it(L, "Κύριε Χαράλαμπε, πότε το αγοράσατε;", [("name", "Χαράλαμπε")])
it(L, "Τον Φλεβάρη, έναν Xiaomi Redmi Note 13, με 229 ευρώ, τζιαι έχει τζιαι εγγύηση 24 μήνες.")
it(L, "ενενήντα εννιά, σαράντα οχτώ, είκοσι ένα, εβδομήντα έξι",
   [("phone", "ενενήντα εννιά, σαράντα οχτώ, είκοσι ένα, εβδομήντα έξι")],
   "Ένα τηλέφωνο να σας πάρουμε όταν είναι έτοιμο;")
it(L, "Δώδεκα Αυγούστου του πενήντα δύο.",
   [("date_of_birth", "Δώδεκα Αυγούστου του πενήντα δύο")],
   "Πότε γεννηθήκατε, για να βρω τον λογαριασμό σας;")
it(L, "Αρχιεπισκόπου Μακαρίου Γ' 45, διαμέρισμα 302, Λεμεσός.",
   [("address", "Αρχιεπισκόπου Μακαρίου Γ' 45, διαμέρισμα 302, Λεμεσός")],
   "Πού να σας το στείλουμε μετά την επισκευή;")
it(L, "Η επισκευή θέλει 10 με 15 εργάσιμες, τζιαι η Electroline στη Λευκωσία έχει τα ανταλλακτικά, "
      "θα σας τηλεφωνήσουμε τη Δευτέρα.")
it(L, "Τράπεζα Κύπρου, " + K3 + ", τζιαι το όνομα του λογαριασμού εν του γιου μου.",
   [("iban", K3)], "Αν δεν φτιάχνεται, επιστρέφουμε τα λεφτά. Έχετε IBAN;")

# call 4: Patras, student laptop not charging (young caller)
C4g = card("5168 7410 2293 056")
it(L, "Καλησπέρα, είμαι η Μυρτώ Αλεξίου, φοιτήτρια, και το laptop που πήρα πριν έξι μήνες δεν "
      "φορτίζει.", [("name", "Μυρτώ Αλεξίου")])
it(L, "Ναι, 70014586, HP Pavilion 15, το πήρα 12 Οκτωβρίου με 699, είχε και το voucher φοιτητή 200 "
      "ευρώ.")
it(L, "myrto κάτω παύλα alexiou παπάκι yahoo τελεία gr",
   [("email", "myrto κάτω παύλα alexiou παπάκι yahoo τελεία gr")], "Το email σου;")
it(L, "Το κινητό μου είναι 694 421 8075.", [("phone", "694 421 8075")])
it(L, "Κορίνθου 214, τρίτος όροφος, Πάτρα, 26223.",
   [("address", "Κορίνθου 214, τρίτος όροφος, Πάτρα, 26223")], "Διεύθυνση παραλαβής για το courier;")
it(L, "Γεννήθηκα 3 Φεβρουαρίου 2003.", [("date_of_birth", "3 Φεβρουαρίου 2003")],
   "Για να ανοίξω λογαριασμό στο service, ημερομηνία γέννησης;")
it(L, "Τα μεταφορικά 5,90 τα πληρώνω με κάρτα, " + C4g + ".", [("card", C4g)])
it(L, "Θα έρθει courier από την ACS την Τετάρτη, και η επισκευή θέλει γύρω στις 15 μέρες. Ο αριθμός "
      "RMA είναι 4420019.")

# call 5: Marousi (Athens), company IT help desk (office worker)
A5w = "εκατόν τριάντα δύο, τετρακόσια πενήντα ένα, οχτακόσια τέσσερα"
assert words_to_digits(A5w, "el") == only_digits(afm("132 451 80"))
it(L, "Helpdesk, Γιάννης, πείτε μου.", [("name", "Γιάννης")])
it(L, "Γεια σου, ο Σπύρος Γεωργίου είμαι, από τις πωλήσεις, στον πέμπτο.",
   [("name", "Σπύρος Γεωργίου")])
it(L, "Δεν μπορώ να μπω στο Teams από το πρωί, μου βγάζει error 0x80070005, και το laptop είναι το "
      "Dell με asset tag GR-4471.")
it(L, "Ναι, " + A5w + ".", [("id", A5w, {"as": "afm"})],
   "Για να σου κάνω reset, πες μου τον ΑΦΜ σου για επιβεβαίωση.")
it(L, "Στείλε το link στο προσωπικό, spyros.georgiou81@hotmail.com.",
   [("email", "spyros.georgiou81@hotmail.com")])
it(L, "Ή στείλε SMS στο κινητό, 697 312 4480.", [("phone", "697 312 4480")])
it(L, "Άνοιξα ticket INC-230418. Ο προσωρινός κωδικός λήγει σε 24 ώρες και θέλει 12 χαρακτήρες με ένα "
      "κεφαλαίο.")
it(L, "Α, και ο εκτυπωτής στον τρίτο, ο Kyocera, τυπώνει λευκές σελίδες από τη Δευτέρα.")

# call 6: Heraklion, Crete, fridge not cooling (older Cretan caller)
A6 = afm("067 430 91")
A6w = spell(A6, "el", gsep=", ")
it(L, "Καλημέρα, Σταυρακάκης Μανόλης, από το Ηράκλειο. Το ψυγείο δεν παγώνει, κοπέλα μου.",
   [("name", "Σταυρακάκης Μανόλης")])
it(L, "Κύριε Σταυρακάκη, τι ψυγείο είναι;", [("name", "Σταυρακάκη")])
it(L, "Ένα Πιτσός δίπορτο, 8 χρόνια το 'χω, το πήρα από τον Γερμανό στην 62 Μαρτύρων.")
it(L, "Το ψυγείο είναι εκτός εγγύησης, η επίσκεψη είναι 35 ευρώ στο Ηράκλειο και 50 στις Μοίρες, "
      "συν τα ανταλλακτικά.")
it(L, A6w + ".", [("id", A6w, {"as": "afm"})], "Θα θέλετε απόδειξη ή τιμολόγιο; Αν τιμολόγιο, ΑΦΜ.")
it(L, "Κνωσού 112, Ηράκλειο, πάνω από το φούρνο.", [("address", "Κνωσού 112, Ηράκλειο")],
   "Η διεύθυνσή σας;")
it(L, "δύο οχτώ ένα μηδέν, τριακόσια σαράντα τέσσερα, εννιακόσια δώδεκα",
   [("phone", "δύο οχτώ ένα μηδέν, τριακόσια σαράντα τέσσερα, εννιακόσια δώδεκα")],
   "Τηλέφωνο;")
it(L, "Δεκαπέντε Αυγούστου του σαράντα εννιά, της Παναγίας.",
   [("date_of_birth", "Δεκαπέντε Αυγούστου του σαράντα εννιά")], "Ημερομηνία γέννησης;")
it(L, "Ο τεχνικός θα είναι στην περιοχή σας την Πέμπτη 20 του μήνα, μετά τις 5 το απόγευμα. Μετρητά "
      "ή κάρτα στον ίδιο.")

# ---------------------------------------------------------------- Greek, part 2
# call 7: Nicosia, TV with a black line, return (Cypriot caller)
K7 = iban("CY", "005002680000000217740391")
C7g = card("5355 2810 6647 903")
it(L, "Καλησπέρα, η Ανδρούλα Χριστοδούλου είμαι, που τη Λευκωσία. Επήρα μια τηλεόραση που σας τζιαι "
      "έχει μια μαύρη γραμμή στη μέση.", [("name", "Ανδρούλα Χριστοδούλου")])
it(L, "Samsung 55 ιντσών, QE55Q60C, με 599 ευρώ, στις 3 του Μάρτη, που το κατάστημα στη Μακαρίου.")
it(L, "είκοσι δύο, σαράντα πέντε, τριάντα ένα, μηδέν οχτώ",
   [("phone", "είκοσι δύο, σαράντα πέντε, τριάντα ένα, μηδέν οχτώ")], "Ένα τηλέφωνο επικοινωνίας;")
it(L, "Λεωφόρος Κέννεντυ 17, διαμέρισμα 4, Παλλουριώτισσα, Λευκωσία.",
   [("address", "Λεωφόρος Κέννεντυ 17, διαμέρισμα 4, Παλλουριώτισσα, Λευκωσία")],
   "Από πού να την παραλάβουμε;")
it(L, "Στείλτε το στο email της κόρης μου, eleni.christodoulou παπάκι cytanet τελεία com τελεία cy",
   [("email", "eleni.christodoulou παπάκι cytanet τελεία com τελεία cy")])
it(L, "Έχετε 14 μέρες για επιστροφή, τζιαι εμείς θα την πάρουμε την Πέμπτη, που τις 2 ως τις 6, με "
      "το φορτηγό μας.")
it(L, "Ελληνική Τράπεζα, " + K7 + ".", [("iban", K7)], "Για την επιστροφή χρημάτων, το IBAN σας;")
it(L, "Τα 25 ευρώ της μεταφοράς χρεώστε τα στη Mastercard, " + C7g + ".", [("card", C7g)])

# call 8: Larissa, electric water heater cold (middle-aged caller)
A8 = afm("157 302 84")
G8g = iban("GR", "01102730000273004518296")
C8g = card("4916 3380 2175 649")
it(L, "Γεια σας, Βαγγέλης Τσιόλης εδώ, από τη Λάρισα, ο θερμοσίφωνας δεν ζεσταίνει, έχω κρύο νερό "
      "από χθες.", [("name", "Βαγγέλης Τσιόλης")])
it(L, "Είναι Nobel 80 λίτρων, τον βάλαμε το 2019, και πέρσι αλλάξαμε αντίσταση με 55 ευρώ.")
it(L, "Για τιμολόγιο, ΑΦΜ " + A8 + ".", [("id", A8, {"as": "afm"})])
it(L, "Στο κινητό, 6972 εξήντα ένα, σαράντα τρία, είκοσι.",
   [("phone", "6972 εξήντα ένα, σαράντα τρία, είκοσι")])
it(L, "Παπαναστασίου 66, Λάρισα, 41222.", [("address", "Παπαναστασίου 66, Λάρισα, 41222")],
   "Η διεύθυνση του σπιτιού;")
it(L, "1/4/1970", [("date_of_birth", "1/4/1970")],
   "Για το συμβόλαιο συντήρησης χρειάζομαι και ημερομηνία γέννησης.")
it(L, "Ο τεχνικός έρχεται αύριο Σάββατο μεταξύ 10 και 2. Αν είναι ο θερμοστάτης κοστίζει 28 ευρώ "
      "συν 40 η εργασία.")
it(L, "Visa, " + C8g + ".", [("card", C8g)], "Με τι θα πληρώσετε το συμβόλαιο, 89 ευρώ τον χρόνο;")
it(L, "Την προηγούμενη φορά με χρεώσατε δύο φορές, γυρίστε τα στην Εθνική, " + G8g + ".",
   [("iban", G8g)])

# call 9: Athens, smart-home hub not pairing after an update (young caller, code-switching)
A9 = afm("128 690 35")
G9 = iban("GR", "01401720172002002017439")
C9g = card("5298 1046 7730 582")
it(L, "Γεια σου, Άρης Μαυρίδης εδώ. Έχω το starter kit με το hub, το thermostat και δύο smart plugs, "
      "και μετά το update το hub δεν κάνει pair.", [("name", "Άρης Μαυρίδης")])
it(L, "Έχεις firmware 2.14; Η 2.15 βγήκε στις 6 Μαΐου και φτιάχνει το pairing. Κάνε reset 15 "
      "δευτερόλεπτα.")
it(L, "Η Alexa βλέπει τα plugs αλλά το Google Home όχι, και η Siri δεν βλέπει τίποτα.")
it(L, "aris κάτω παύλα mavridis παπάκι outlook τελεία com",
   [("email", "aris κάτω παύλα mavridis παπάκι outlook τελεία com")], "Το email του λογαριασμού;")
it(L, "Το cloud plan είναι 2,99 τον μήνα ή 29,90 τον χρόνο, και τον πρώτο μήνα δεν χρεώνεται.")
it(L, "Χρέωσέ το στη Mastercard, " + C9g + ", και βγάλε τιμολόγιο στο ΑΦΜ μου, "
      + only_digits(A9) + ".", [("card", C9g), ("id", only_digits(A9), {"as": "afm"})])
it(L, "Και τον Απρίλιο με χρεώσατε διπλά, Alpha Bank, " + G9 + ".", [("iban", G9)])
it(L, "+30 694 775 1320", [("phone", "+30 694 775 1320")], "Ένα κινητό για το SMS επιβεβαίωσης;")

# call 10: Ioannina, dishwasher leaving water (middle-aged caller)
A10w = "μηδέν ενενήντα τέσσερα, τριακόσια εξήντα ένα, πεντακόσια εβδομήντα τρία"
assert words_to_digits(A10w, "el") == only_digits(afm("094 361 57"))
G10 = iban("GR", "01712370000123001187452")
C10g = card("4029 5518 0376 241")
it(L, "Καλημέρα σας, με λένε Ελένη Ζαχαρίου και σας παίρνω από τα Γιάννενα για το πλυντήριο πιάτων.",
   [("name", "Ελένη Ζαχαρίου")])
it(L, "Το Miele που πήραμε τον Νοέμβριο με 820 ευρώ αφήνει νερά στον πάτο και βγάζει το F70.")
it(L, "ΑΦΜ " + A10w + ".", [("id", A10w, {"as": "afm"})])
it(L, "Δωδώνης 41, 2ος όροφος, Ιωάννινα.", [("address", "Δωδώνης 41, 2ος όροφος, Ιωάννινα")],
   "Η διεύθυνση;")
it(L, "Το σταθερό είναι 26510 72418.", [("phone", "26510 72418")])
it(L, "eleni.zachariou@gmail.com", [("email", "eleni.zachariou@gmail.com")], "Και ένα email;")
it(L, "19 Ιανουαρίου 1966.", [("date_of_birth", "19 Ιανουαρίου 1966")], "Ημερομηνία γέννησης;")
it(L, "Ο τεχνικός της Miele έρχεται στα Γιάννενα κάθε δεύτερη Τετάρτη, άρα 22 Ιανουαρίου, 8:30 με "
      "12:30.")
it(L, "Η επίσκεψη εκτός εγγύησης 60 ευρώ, με κάρτα, " + C10g + ".", [("card", C10g)])
it(L, "Αν βρει ότι φταίει το προϊόν, επιστροφή στο IBAN, " + G10 + ".", [("iban", G10)])

# call 11: Kypseli (Athens), new phone with no signal (Albanian-born caller)
A11 = afm("043 775 12")
G11 = iban("GR", "01704150005415072308816")
C11g = card("4744 2019 6630 587")
it(L, "Γεια σας, είμαι η Ερμίρα Χότζα, πήρα ένα κινητό πριν από πέντε μέρες και δεν πιάνει σήμα.",
   [("name", "Ερμίρα Χότζα")])
it(L, "Από το κατάστημα στην Πατησίων, ένα Motorola G54 με 199 ευρώ, στις 2 Απριλίου, το έχω με το "
      "κουτί.")
it(L, "Το ΑΦΜ μου είναι " + A11 + ".", [("id", A11, {"as": "afm"})])
it(L, "Η καινούρια μου κάρτα SIM είναι 695 884 1276.", [("phone", "695 884 1276")])
it(L, "Φωκίωνος Νέγρη 12, τέταρτος, Κυψέλη.", [("address", "Φωκίωνος Νέγρη 12, τέταρτος, Κυψέλη")],
   "Η διεύθυνσή σας, για την απόδειξη;")
it(L, "Γεννήθηκα στο Ελμπασάν, 14 Νοεμβρίου 1987.", [("date_of_birth", "14 Νοεμβρίου 1987")])
it(L, "ermira.hoxha@yahoo.gr", [("email", "ermira.hoxha@yahoo.gr")], "Email;")
it(L, "Η επιστροφή πάει στην κάρτα που πληρώσατε, αυτή που τελειώνει σε 7712;")
it(L, "Όχι, πλήρωσα με την κάρτα του άντρα μου, " + C11g + ".", [("card", C11g)])
it(L, "Ή καλύτερα στο IBAN μου, " + G11 + ".", [("iban", G11)])
it(L, "Για επιστροφή μέσα σε 15 μέρες χρειάζεται η απόδειξη, και τα χρήματα επιστρέφονται σε 5 με 7 "
      "εργάσιμες.")

# call 12: Paphos, solar water heater (Cypriot caller, dialect)
K12 = iban("CY", "005004310000000350917262")
C12g = card("4539 6102 8873 114")
it(L, "Καλημέρα, εγιώ είμαι η Παναγιώτα Ιωάννου, Γιωτούλα, ο ηλιακός εν μας δκιει ζεστό νερό που "
      "την Κυριακή.", [("name", "Παναγιώτα Ιωάννου"), ("name", "Γιωτούλα")])
it(L, "Είναι 160 λίτρα με τρία πάνελ, τον βάλαμε το 2017 με 1.150 ευρώ, τζιαι πέρσι τον Ιούλη "
      "αλλάξαμε τη βαλβίδα.")
it(L, "+357 97 612435", [("phone", "+357 97 612435")], "Ένα κινητό;")
it(L, "Γλάδστωνος 9, Κάτω Πάφος, 8046.", [("address", "Γλάδστωνος 9, Κάτω Πάφος, 8046")],
   "Η διεύθυνση του σπιθκιού;")
it(L, "γιώτα τελεία ιωάννου εβδομήντα έξι παπάκι hotmail τελεία com",
   [("email", "γιώτα τελεία ιωάννου εβδομήντα έξι παπάκι hotmail τελεία com")], "Το email σας;")
it(L, "Είκοσι εννιά Φεβρουαρίου του εβδομήντα έξι, κάθε τέσσερα χρόνια γιορτάζω.",
   [("date_of_birth", "Είκοσι εννιά Φεβρουαρίου του εβδομήντα έξι")], "Ημερομηνία γέννησης;")
it(L, "Ο τεχνικός εν να περάσει την Τετάρτη το πρωί, η επίσκεψη 40 ευρώ, τζιαι αν θέλει αντίσταση "
      "άλλα 65.")
it(L, "Visa, " + C12g + ".", [("card", C12g)])
it(L, "Τζιαι τα λεφτά της εγγύησης που εν μας εδώκατε πίσω, στο IBAN, " + K12 + ".",
   [("iban", K12)])

# ---------------------------------------------------------------- Greek, part 3 (more lines of the calls above)
it(L, "Το κατάστημα του Κωτσόβολου στην Αγίου Νικολάου κλείνει στις 9, και το Σάββατο στις 6.")
it(L, "Η παραγγελία 5581207 παραδόθηκε την Τρίτη 9 Ιουλίου, αλλά η χρέωση των 1.249 ευρώ έγινε στις "
      "2 Ιουλίου.")
it(L, "Στον Στέφανη το ίδιο ψυγείο το είχαν 879, τζιαι εσείς μου το εχρεώσατε 949, εν δίκαιο;")
it(L, "Την Παρασκευή το πρωί δεν μπορώ, δουλεύω μέχρι τις 3, την Παρασκευή το απόγευμα όμως είμαι "
      "σπίτι.")
it(L, "Η εγγύηση του Πιτσού είναι 2 χρόνια, και με την εγγραφή στο site γίνεται 3, μέχρι 31 "
      "Δεκεμβρίου 2026.")
it(L, "Το κλιματιστικό το πλήρωσα σε 12 άτοκες δόσεις των 54,08 ευρώ, η πρώτη έφυγε στις 15 Μαΐου.")
it(L, "Ο Γερμανός στο Σύνταγμα μου είπε να πάρω εσάς, αλλά στο κουτί γράφει 14 μέρες επιστροφή, όχι "
      "30.")
it(L, "Θέλει καινούρια πλακέτα, κοστίζει 180 ευρώ συν 45 η εργασία, και θα έρθει σε 10 με 12 μέρες "
      "από την Ιταλία.")
it(L, "Στις 3 Μαρτίου ήρθε ο τεχνικός, στις 17 ξαναχάλασε, και σήμερα είναι 2 Απριλίου και ακόμα "
      "τίποτα.")
it(L, "Το μοντέλο είναι το WAN28281GR, 8 κιλά, 1400 στροφές, ενεργειακή κλάση C.")
# call 13: Thessaloniki, electric cooker invoice, a tax number split by the agent's read-back
EL_SPLIT = ["οχτώ μηδέν ένα, δύο τέσσερα πέντε", "Δύο τέσσερα πέντε", "έξι έξι έξι"]
assert afm_ok(words_to_digits(EL_SPLIT[0] + ", " + EL_SPLIT[2], "el"))
it(L, "Για την κουζίνα Πιτσός θέλω τιμολόγιο. Το ΑΦΜ είναι " + EL_SPLIT[0] + "...",
   [("id", EL_SPLIT[0], {"raw": True})])
it(L, "Δύο τέσσερα πέντε, ναι, συνεχίστε.", [("id", EL_SPLIT[1], {"raw": True})])
it(L, "Έξι έξι έξι, τα τρία εξάρια.", [("id", "Έξι έξι έξι", {"raw": True})],
   "Δύο τέσσερα πέντε, ναι, συνεχίστε.")

# ==== END OF DATA ====


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    seen = set()
    for lang, items in DATA.items():
        kinds, n_empty = Counter(), 0
        with open(os.path.join(OUT_DIR, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for text, spans, ctx in items:
                assert (lang, text) not in seen, ("duplicate item", text)
                seen.add((lang, text))
                rec = build(lang, text, spans, ctx)
                kinds.update(s["kind"] for s in rec["spans"])
                n_empty += not rec["spans"]
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print("%s: %d items, %d non-personal, %d spans: %s" % (
            lang, len(items), n_empty, sum(kinds.values()),
            ", ".join("%s %d" % (k, kinds[k]) for k in KINDS)))
        if "--final" in sys.argv:
            for k in KINDS:
                assert kinds[k] >= 7, (lang, k, kinds[k])


if __name__ == "__main__":
    main()
