#!/usr/bin/env python3
"""Generator of the held-out redaction evaluation set "blind15" (en, ar, he, el).

Who wrote it and how: a helper session, working only from a written brief (the product's
specification of what counts as personal data, the output format and the sectors to avoid).
It never read the redactor, its rules, its tests, or any other evaluation set or generator.
The lines are imagined customer-service phone calls, written as a speech recogniser
transcribes them (some with Whisper-style punctuation, some all lower case without any).
All values are invented; every check-digit value is computed here and asserted.

Run:  python3 benches/redaction/make_blind15.py
Writes data/redaction/blind15/{en,ar,he,el}.jsonl (deterministic; standard library only).

Format: one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}
  kind    one of card, iban, id, phone, email, date_of_birth, name, address
  start/end  BYTE offsets into the UTF-8 encoding of text, end exclusive
  context optional: an earlier line of the same call (not scored)
  Items with empty spans are non-personal and must come out unchanged.
"""

import json
import os
import re
import sys
import unicodedata

KINDS = ("card", "iban", "id", "phone", "email", "date_of_birth", "name", "address")

# ----------------------------------------------------------------------------------------
# check-digit helpers
# ----------------------------------------------------------------------------------------


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_make(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def card(body):
    n = luhn_make(body)
    assert 13 <= len(n) <= 19 and luhn_ok(n), n
    return n


def tz_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    tot = 0
    for i, ch in enumerate(s):
        d = int(ch) * (1 if i % 2 == 0 else 2)
        tot += d - 9 if d > 9 else d
    return tot % 10 == 0


def tz(body8):
    assert len(body8) == 8
    for c in "0123456789":
        if tz_ok(body8 + c):
            return body8 + c
    raise AssertionError(body8)


def afm_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    t = sum(int(s[i]) * 2 ** (8 - i) for i in range(8))
    return (t % 11) % 10 == int(s[8])


def afm(body8):
    assert len(body8) == 8
    t = sum(int(body8[i]) * 2 ** (8 - i) for i in range(8))
    n = body8 + str((t % 11) % 10)
    assert afm_ok(n)
    return n


def saudi(body9):
    assert len(body9) == 9 and body9[0] in "12"
    n = luhn_make(body9)
    assert luhn_ok(n)
    return n


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", s)
    if not m:
        return False
    a, g, sr = m.groups()
    return a not in ("000", "666") and int(a) < 900 and g != "00" and sr != "0000"


def ssn(s):
    assert ssn_ok(s), s
    return s


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "FR": 27, "QA": 29, "KW": 30, "BH": 22,
            "LB": 28, "TR": 26, "ES": 24, "IT": 27, "NL": 18, "PS": 29, "AT": 20}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if len(s) < 15 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(cc, bban):
    chk = 98 - _iban_num(bban + cc + "00") % 97
    n = "%s%02d%s" % (cc, chk, bban)
    assert len(n) == IBAN_LEN[cc], (n, len(n))
    assert iban_ok(n), n
    return n


def g4(s, sep=" "):
    """group by four (IBAN print form)"""
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def grp(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    assert i == len(s), (s, sizes)
    return sep.join(out)


AR_IND = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def ind(s):
    """Arabic-Indic digits"""
    return s.translate(AR_IND)


# ----------------------------------------------------------------------------------------
# numbers spoken as words
# ----------------------------------------------------------------------------------------

EN_U = "zero one two three four five six seven eight nine".split()
EN_TEEN = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
           "nineteen").split()
EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
           "ninety"]


def en_dig(s, zero="zero", double=False, **_):
    w, i = [], 0
    while i < len(s):
        d = s[i]
        word = zero if d == "0" else EN_U[int(d)]
        run = len(s[i:]) - len(s[i:].lstrip(d))
        if double and run == 3:
            w.append("triple " + word)
            i += 3
        elif double and s[i:i + 2] == d * 2:
            w.append("double " + word)
            i += 2
        else:
            w.append(word)
            i += 1
    return " ".join(w)


def en_num(s, zero="oh", **_):
    assert len(s) == 2, s
    a, b = int(s[0]), int(s[1])
    if a == 0:
        assert b != 0
        return zero + " " + EN_U[b]
    if a == 1:
        return EN_TEEN[b]
    return EN_TENS[a] + ("-" + EN_U[b] if b else "")


EL_U = ["μηδέν", "ένα", "δύο", "τρία", "τέσσερα", "πέντε", "έξι", "εφτά", "οχτώ", "εννιά"]
EL_TEEN = ["δέκα", "έντεκα", "δώδεκα", "δεκατρία", "δεκατέσσερα", "δεκαπέντε", "δεκαέξι",
           "δεκαεφτά", "δεκαοχτώ", "δεκαεννιά"]
EL_TENS = ["", "", "είκοσι", "τριάντα", "σαράντα", "πενήντα", "εξήντα", "εβδομήντα",
           "ογδόντα", "ενενήντα"]
EL_H = ["", "εκατό", "διακόσια", "τριακόσια", "τετρακόσια", "πεντακόσια", "εξακόσια",
        "εφτακόσια", "οχτακόσια", "εννιακόσια"]


def el_dig(s, **_):
    return " ".join(EL_U[int(c)] for c in s)


def el_num(s, **_):
    if len(s) == 2:
        a, b = int(s[0]), int(s[1])
        if a == 0:
            return EL_U[0] + " " + EL_U[b]
        if a == 1:
            return EL_TEEN[b]
        return EL_TENS[a] + (" " + EL_U[b] if b else "")
    assert len(s) == 3 and s[0] != "0", s
    h, rest = int(s[0]), s[1:]
    if rest == "00":
        return EL_H[h]
    head = "εκατόν" if h == 1 else EL_H[h]
    if rest[0] == "0":
        return head + " " + EL_U[int(rest[1])]
    return head + " " + el_num(rest)


HE_F = ["אפס", "אחת", "שתיים", "שלוש", "ארבע", "חמש", "שש", "שבע", "שמונה", "תשע"]
HE_M = ["אפס", "אחד", "שניים", "שלושה", "ארבעה", "חמישה", "שישה", "שבעה", "שמונה", "תשעה"]
HE_TEEN = ["עשר", "אחת עשרה", "שתים עשרה", "שלוש עשרה", "ארבע עשרה", "חמש עשרה",
           "שש עשרה", "שבע עשרה", "שמונה עשרה", "תשע עשרה"]
HE_TENS = ["", "", "עשרים", "שלושים", "ארבעים", "חמישים", "שישים", "שבעים", "שמונים",
           "תשעים"]
HE_H = ["", "מאה", "מאתיים", "שלוש מאות", "ארבע מאות", "חמש מאות", "שש מאות",
        "שבע מאות", "שמונה מאות", "תשע מאות"]


def he_dig(s, g="f", **_):
    t = HE_F if g == "f" else HE_M
    return " ".join(t[int(c)] for c in s)


def he_num(s, **_):
    if len(s) == 2:
        a, b = int(s[0]), int(s[1])
        if a == 0:
            return HE_F[0] + " " + HE_F[b]
        if a == 1:
            return HE_TEEN[b]
        return HE_TENS[a] + (" ו" + HE_F[b] if b else "")
    assert len(s) == 3 and s[0] != "0", s
    h, rest = int(s[0]), s[1:]
    if rest == "00":
        return HE_H[h]
    if rest[0] == "0":
        return HE_H[h] + " ו" + HE_F[int(rest[1])]
    if rest[0] == "1" or rest[1] == "0":
        return HE_H[h] + " ו" + he_num(rest)
    return HE_H[h] + " " + he_num(rest)


AR_V = {
    "msa": ["صفر", "واحد", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"],
    "col": ["صفر", "واحد", "اتنين", "تلاتة", "اربعة", "خمسة", "ستة", "سبعة", "تمانية", "تسعة"],
    "mag": ["زيرو", "واحد", "جوج", "تلاتة", "ربعة", "خمسة", "ستة", "سبعة", "تمنية", "تسعود"],
}
AR_TEEN = {
    "msa": ["عشرة", "أحد عشر", "اثنا عشر", "ثلاثة عشر", "أربعة عشر", "خمسة عشر", "ستة عشر",
            "سبعة عشر", "ثمانية عشر", "تسعة عشر"],
    "col": ["عشرة", "حداشر", "اتناشر", "تلتاشر", "اربعتاشر", "خمستاشر", "ستاشر", "سبعتاشر",
            "تمنتاشر", "تسعتاشر"],
}
AR_TENS = {
    "msa": ["", "", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"],
    "col": ["", "", "عشرين", "تلاتين", "اربعين", "خمسين", "ستين", "سبعين", "تمانين", "تسعين"],
}


def ar_dig(s, v="msa", **_):
    return " ".join(AR_V[v][int(c)] for c in s)


def ar_num(s, v="msa", **_):
    assert len(s) == 2 and v in AR_TEEN, s
    a, b = int(s[0]), int(s[1])
    if a == 0:
        return AR_V[v][0] + " " + AR_V[v][b]
    if a == 1:
        return AR_TEEN[v][b]
    return (AR_V[v][b] + " و" if b else "") + AR_TENS[v][a]


DIG = {"en": en_dig, "el": el_dig, "he": he_dig, "ar": ar_dig}
NUM = {"en": en_num, "el": el_num, "he": he_num, "ar": ar_num}


def say(lang, digits, fmt, gsep=" ", **o):
    """Speak a digit string.  fmt: space-separated groups; a group is '+'-joined parts,
    a part 'K' = K digits one by one, 'nK' = K digits as one number."""
    assert digits.isdigit(), digits
    groups, i = [], 0
    for tok in fmt.split():
        parts = []
        for sub in tok.split("+"):
            if sub.startswith("n"):
                k = int(sub[1:])
                parts.append(NUM[lang](digits[i:i + k], **o))
            else:
                k = int(sub)
                parts.append(DIG[lang](digits[i:i + k], **o))
            i += k
        groups.append(" ".join(parts))
    assert i == len(digits), (digits, fmt)
    return gsep.join(groups)


# ----------------------------------------------------------------------------------------
# items
# ----------------------------------------------------------------------------------------

LANGS = {}
_CUR = [None]


def lang(code):
    _CUR[0] = code
    LANGS.setdefault(code, [])


def P(text, spans, ctx=None):
    """personal item; spans: [(kind, substring)] in textual order"""
    assert spans
    LANGS[_CUR[0]].append((text, spans, ctx))


def N(text, ctx=None, nums=()):
    """non-personal item; nums: digit strings said in words that must fail the checks"""
    for n in nums:
        _assert_not_personal_digits(n, text)
    LANGS[_CUR[0]].append((text, [], ctx))


def _digits(s):
    return "".join(str(unicodedata.decimal(c)) for c in s if unicodedata.decimal(c, None) is not None)


def _assert_not_personal_digits(d, where):
    n = len(d)
    if 13 <= n <= 19:
        assert not luhn_ok(d), ("Luhn-valid non-personal number", d, where)
    if n == 9:
        assert not tz_ok(d) and not afm_ok(d), ("TZ/AFM-valid non-personal number", d, where)
    if n == 10 and d[0] in "12":
        assert not luhn_ok(d), ("Saudi-valid non-personal number", d, where)


def _check_outside(text):
    for m in re.finditer(r"\d(?:[ \-.]?\d)*", text):
        _assert_not_personal_digits(_digits(m.group()), text)
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}", text):
        assert not iban_ok(m.group()), ("IBAN-valid non-personal", m.group(), text)


def _isword(c):
    return c.isalnum() or unicodedata.category(c).startswith("M")


def _check_span(kind, sub, text):
    d = _digits(sub)
    if kind == "card" and len(d) >= 13:
        assert 13 <= len(d) <= 19 and luhn_ok(d), ("bad card", sub)
    if kind == "iban" and re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", sub):
        assert iban_ok(sub), ("bad iban", sub)
    if kind == "id" and len(d) == len(re.sub(r"[\s\-.]", "", sub)):
        if re.fullmatch(r"\d{3}-\d{2}-\d{4}", sub):
            assert ssn_ok(sub), ("bad ssn", sub)
        elif len(d) == 9:
            assert tz_ok(d) or afm_ok(d) or ssn_ok(d), ("bad 9-digit id", sub)
        elif len(d) == 10:
            assert d[0] in "12" and luhn_ok(d), ("bad saudi id", sub)
        else:
            raise AssertionError(("id length", sub))
    if kind == "phone" and re.fullmatch(r"[\d\s\-.()]+", sub):
        _assert_not_personal_digits(d, text)


def build(code):
    out = []
    for text, spans, ctx in LANGS[code]:
        _check_outside(text) if not spans else None
        pos = 0
        recs = []
        masked = text
        for sp in spans:
            kind, sub = sp[0], sp[1]
            assert kind in KINDS, kind
            assert sub and sub == sub.strip(), (sub, text)
            i = pos
            while True:
                i = text.find(sub, i)
                assert i >= 0, ("span not found", sub, text)
                j = i + len(sub)
                ok_l = i == 0 or not (_isword(text[i - 1]) and _isword(sub[0]))
                ok_r = j == len(text) or not (_isword(text[j]) and _isword(sub[-1]))
                if ok_l and ok_r:
                    break
                i += 1
            _check_span(kind, sub, text)
            pos = j
            b0 = len(text[:i].encode("utf-8"))
            b1 = b0 + len(sub.encode("utf-8"))
            assert text.encode("utf-8")[b0:b1].decode("utf-8") == sub
            recs.append({"kind": kind, "start": b0, "end": b1})
            masked = masked[:i] + "#" * len(sub) + masked[j:]
        if spans:
            _check_outside(masked)
        for a, b in zip(recs, recs[1:]):
            assert a["end"] <= b["start"], (text, recs)
        obj = {"text": text, "spans": recs}
        if ctx:
            obj["context"] = ctx
        out.append(obj)
    texts = [o["text"] for o in out]
    assert len(texts) == len(set(texts)), "duplicate text in " + code
    return out


# ========================================================================================
# English
# ========================================================================================

lang("en")
EN_C1 = card("453201774210963")
EN_C2 = card("552133098472615")
EN_C3 = card("34971205583164")
EN_C4 = card("422218890341")
EN_C5 = card("601143920857716")
EN_C6 = card("675931048822417603")
EN_C7 = card("491761230458877")
EN_C8 = card("222300814476302")

# --- call: roadside assistance and towing (Ireland) ---
P("RoadSafe Rescue, you're through to Aoife, how can I help?", [("name", "Aoife")])
P("Yeah, hi, my name is Declan Mulqueen, I've a flat tyre and the spare is, um, the spare "
  "is flat as well.", [("name", "Declan Mulqueen")])
N("No bother. Is the car in a safe place, off the road? Are you on the motorway or on a "
  "regional road?")
N("i'm on the n eleven southbound about two kilometres past junction nine there's a lay-by "
  "i pulled into")
P("Okay, and the best number to reach you on, Declan?", [("name", "Declan")])
_s = say("en", "0874129930", "3 3 4", gsep=", ", zero="oh", double=True)
P("It's " + _s + ".", [("phone", _s)], "Okay, and the best number to reach you on, Declan?")
N("grand your membership covers four call-outs a year and you've used one so there's no "
  "charge for this one")
N("the truck is coming from bray the estimate is forty to fifty minutes he'll ring you "
  "when he's ten minutes away")
N("Your job reference is RSR-24-118734, if you need to ring back quote that.")
P("can you give me the address on the membership declan just to confirm it's you",
  [("name", "declan")])
P("it's fourteen ashgrove terrace rathfarnham dublin fourteen",
  [("address", "fourteen ashgrove terrace rathfarnham dublin fourteen")],
  "can you give me the address on the membership declan just to confirm it's you")
P("Twenty-third of May, nineteen seventy-nine.",
  [("date_of_birth", "Twenty-third of May, nineteen seventy-nine")],
  "And the date of birth of the main member?")
N("The tyre on a 2019 Octavia is a 205/55 R16, the driver carries most sizes so it should "
  "be a fifteen-minute job.")
N("if it can't be fixed at the roadside we tow to the nearest garage up to twenty k is "
  "included after that it's two euro ten a kilometre")

# --- call: debt-collection agency (US) ---
P("Good afternoon, this is Marcus Bell with Keystone Recovery Services, this call is being "
  "recorded.", [("name", "Marcus Bell")])
N("I'm calling regarding an outstanding balance of $1,482.16 on an account originally with "
  "Brightline Medical Billing.")
P("Am I speaking with Latoya Jenkins?", [("name", "Latoya Jenkins")])
P("yeah this is latoya but i already paid that back in march", [("name", "latoya")])
N("To verify your identity, can you give me your Social Security number, please?")
_s = say("en", "412587390", "3 2 4", gsep=", ", zero="oh")
P("Uh, it's " + _s + ".", [("id", _s)],
  "To verify your identity, can you give me your Social Security number, please?")
P("Thank you. And your date of birth, Ms. Jenkins?", [("name", "Jenkins")])
P("november third nineteen eighty-eight",
  [("date_of_birth", "november third nineteen eighty-eight")],
  "Thank you. And your date of birth, Ms. Jenkins?")
N("Our records show a payment of $250 posted on March 14th, leaving $1,232.16. The account "
  "was placed with us on June 2nd.")
N("We can set up a plan, say six payments of $205.36, with the first one due on the 1st of "
  "next month.")
P("Okay, let's do that. I'll pay with my card, it's a Visa, " + g4(EN_C1) + ".",
  [("card", g4(EN_C1))])
N("Thank you. You'll get a confirmation letter within 7 to 10 business days, confirmation "
  "number KR-55017-B.")
P("send it to my new address it's 1184 north maple avenue apartment 3c evanston illinois "
  "60201", [("address", "1184 north maple avenue apartment 3c evanston illinois 60201")],
  "Is the address on file still current?")
P("And is (414) 682-3071 still a good number for you?", [("phone", "(414) 682-3071")])

# --- call: children's summer camp (US) ---
P("Hi, thanks for calling Camp Willowbrook registration, I'm Kayleigh. Are you registering "
  "a new camper?", [("name", "Kayleigh")])
P("Yes, for my son. Um, I'm his mom, my name's Ana Mendoza.", [("name", "Ana Mendoza")])
P("He was born August 30th, 2014.", [("date_of_birth", "August 30th, 2014")],
  "And the camper's date of birth?")
N("Great, so he'd be in the Junior Rangers, that's ages nine to eleven. Session two runs "
  "July 8th through July 26th.")
N("The three-week session is $1,875, and there's a $150 deposit that's non-refundable "
  "after May 1st.")
P("what email should we send the forms to ana", [("name", "ana")])
P("it's a dot mendoza at fastmail dot us", [("email", "a dot mendoza at fastmail dot us")],
  "what email should we send the forms to ana")
N("Does he have any allergies or medications we should know about? The nurse's office "
  "needs the form back by June 15th.")
N("tree nuts and he has an inhaler two puffs before swimming")
P("His dad, same last name, his cell is 512-738-4406.", [("phone", "512-738-4406")],
  "And an emergency contact other than you, with a phone number?")
N("Drop-off is at 8:30 at the north gate on Route 12, pickup at 4:15. Bus 7 stops at "
  "Riverside Mall at 7:45.")
_s = say("en", EN_C2, "4 4 4 4", gsep=", ", zero="oh")
P("ok um " + _s, [("card", _s)], "Perfect. And for the deposit we take any card.")

# --- call: e-scooter rental (UK) ---
N("hiya i got charged twice for the same ride yesterday it was like twelve minutes "
  "kingsway to piccadilly")
N("Sorry about that. I can see two charges of £3.85 at 17:42, ride ID 88412-LC, I'll "
  "refund the duplicate.")
P("yeah it's bigmike1974 at hotmail dot co dot uk all one word",
  [("email", "bigmike1974 at hotmail dot co dot uk")],
  "Can I take the email address on the account?")
P("Thanks, Michael. And which card was the ride paid with?", [("name", "Michael")])
P("i've got two on there the one i used is " + g4(EN_C7), [("card", g4(EN_C7))],
  "Thanks, Michael. And which card was the ride paid with?")
N("The refund takes three to five working days. Unlock is £1 and then 16p a minute, the "
  "day pass is £9.99.")
N("parking outside the zones like round deansgate is a twenty quid penalty the app shows "
  "the red areas")
P("Can you update my billing address while you're there? It's flat 6, 41 Clarence Street, "
  "Stockport, SK4 2PL.", [("address", "flat 6, 41 Clarence Street, Stockport, SK4 2PL")])

# --- call: hair and beauty salon (Australia) ---
P("G'day, Bella Luce Hair and Beauty, Shaz speaking.", [("name", "Shaz")])
N("hi i was wondering if you've got anything thursday arvo for a cut and colour maybe half "
  "foils")
N("We've got a 2:15 or a 3:45 on Thursday. Half head of foils with a cut is $189, takes "
  "about two and a half hours.")
P("Two-fifteen's perfect. It's Bronwyn, Bronwyn Tait.",
  [("name", "Bronwyn"), ("name", "Bronwyn Tait")], "Lovely, and what name is it under?")
P("Yeah, but ages ago, probably under my old number. The new one's 0412 738 905.",
  [("phone", "0412 738 905")])
N("we've got a cancellation policy so if you cancel within twenty four hours it's fifty "
  "percent of the service")
P("it's b dot t-a-i-t at bigpond dot com", [("email", "b dot t-a-i-t at bigpond dot com")],
  "Can I grab an email for the reminder?")
N("So that's Thursday the 21st at 2:15, cut, colour and a toner, and I've put the 10% "
  "loyalty discount on.")

# --- call: bakery taking cake orders (Nigerian caller, London) ---
N("Good morning, Crumb and Cherry Bakery, cake orders, how can I help you?")
P("Good morning o. My name is Oluwaseun Adeyemi, I want to order a cake for my daughter's "
  "sixth birthday.", [("name", "Oluwaseun Adeyemi")])
N("Lovely. For about thirty kids I'd go with the eight-inch double layer, that's £68, or "
  "the ten-inch at £85.")
N("she wants elsa from frozen on it and purple not pink purple with the name in gold "
  "letters")
N("Collection is from 9 on Saturday the 12th, or delivery within five miles is £7.50.")
P("delivery please the address is 27b kenton road harrow ha3 9bz",
  [("address", "27b kenton road harrow ha3 9bz")])
_s = say("en", "07923418556", "5 3 3", gsep=", ")
P("It's " + _s + ".", [("phone", _s)], "And a contact number for the driver?")
P("sorry seun can you spell the surname for the order", [("name", "seun")])
P("A-D-E-Y-E-M-I. Adeyemi.", [("name", "A-D-E-Y-E-M-I"), ("name", "Adeyemi")],
  "sorry seun can you spell the surname for the order")
P("I'll pay the deposit now with my Amex, " + grp(EN_C3, [4, 6, 5]) + ".",
  [("card", grp(EN_C3, [4, 6, 5]))])
N("Your order number is 3317, please keep it. The deposit of £20 is taken today and the "
  "balance on delivery.")

# --- call: diving centre (Crete, English-speaking customers) ---
P("Hello, Blue Hole Divers Elounda, Nikos here.", [("name", "Nikos")])
N("hi we're a group of four and we'd like to do the open water course next week starting "
  "maybe tuesday")
N("The Open Water is four days, €420 per person, including equipment and two boat dives to "
  "the Mirabello wall at eighteen metres.")
P("I'm Hamish Crawford, born 12.05.1993.",
  [("name", "Hamish Crawford"), ("date_of_birth", "12.05.1993")],
  "For the medical form I need full names and dates of birth. Let's start with you.")
P("hamish underscore c at protonmail dot com",
  [("email", "hamish underscore c at protonmail dot com")],
  "Thanks, Hamish. What email should I send the e-learning link to?")
N("Pick-up from the hotels in Agios Nikolaos is at 8:15, and we're back by 2 in the "
  "afternoon.")
EN_AFM = afm("14720938")
P("Actually, my sister lives here in Kritsa and she needs a proper invoice. Her AFM is "
  + grp(EN_AFM, [3, 3, 3]) + ".", [("id", grp(EN_AFM, [3, 3, 3]))])
N("The boat leaves at 9 sharp, it's the white one called Poseidon II at berth 14.")

# --- call: immigration lawyer's office (UK; Indian caller) ---
P("Good morning, Hartley and Shah Immigration, Rebecca speaking, how may I help?",
  [("name", "Rebecca")])
P("Good morning ma'am, myself Venkatesh Raghunathan, I am calling regarding the spouse "
  "visa consultation.", [("name", "Venkatesh Raghunathan")])
N("The initial consultation is ninety minutes and costs £250 plus VAT, and that's deducted "
  "from the fee if you instruct us.")
EN_IQ = saudi("241907335")
_s = " ".join(EN_IQ)
P("currently i am working in riyadh only my iqama number is " + _s, [("id", _s)])
P("Seventh of September, eighty-eight.",
  [("date_of_birth", "Seventh of September, eighty-eight")],
  "And your date of birth as in the passport?")
_s = "plus " + say("en", "966553218479", "3 3 3 3", gsep=", ")
P("Yes, " + _s + ".", [("phone", _s)], "Can I take a number with the country code?")
P("and the email is venkat dot r eighty-eight at gmail dot com",
  [("email", "venkat dot r eighty-eight at gmail dot com")])
P("Thank you, Mr Raghunathan. I've booked you for Wednesday the 9th at 11 UK time, that's "
  "1pm in Riyadh.", [("name", "Raghunathan")])
N("Please bring the marriage certificate, the last six months of payslips and bank "
  "statements showing at least £29,000 a year.")

# --- call: lottery prize claims (Wales) ---
N("prize claims line good afternoon before we start do you have the ticket with you")
N("yeah i've got it in my hand it says draw number 2841 saturday the fourth lucky dip")
N("Right, so you've matched five numbers plus the bonus ball: 3, 17, 22, 31, 44 and 9. The "
  "prize for that tier is £72,413, pending validation.")
P("it's gareth wyn probert", [("name", "gareth wyn probert")],
  "Can I take your full name as it appears on your ID?")
P("fifteenth of the first sixty-seven",
  [("date_of_birth", "fifteenth of the first sixty-seven")],
  "thank you gareth and your date of birth")
P("5 Heol y Nant, Trallwn, Pontypridd, CF37 4DJ.",
  [("address", "5 Heol y Nant, Trallwn, Pontypridd, CF37 4DJ")],
  "And your home address including the postcode?")
EN_IB1 = iban("GB", "BARC20315841286093")
P("Okay, it's " + g4(EN_IB1) + ".", [("iban", g4(EN_IB1))],
  "We pay by bank transfer. Can you read me the full IBAN, not just the sort code?")
N("The money should clear within 3 working days, and for prizes over £50,000 an advisor "
  "visits you, that's free.")
P("And is 01443 672819 the best number to get you on?", [("phone", "01443 672819")])

# --- call: flooring and tiles shop (Cork) ---
N("an order i got the porcelain ones the sixty by sixty in grey and two boxes came cracked")
EN_IB2 = iban("IE", "AIBK93338140526717")
P("Refund please, to my account. The IBAN is " + g4(EN_IB2) + ".", [("iban", g4(EN_IB2))],
  "Sorry about that. Each box is 1.44 square metres at €38.50, so we refund €77 or send "
  "two new boxes on Friday.")
P("And deliver the rest to 33 Glenview Park, Ballincollig, that's County Cork, P31 X2V8.",
  [("address", "33 Glenview Park, Ballincollig"), ("address", "County Cork, P31 X2V8")])
_s = "plus " + say("en", "353862047719", "3 2 3 4", gsep=", ", zero="oh", double=True)
P("Em, " + _s + ".", [("phone", _s)], "And the best mobile for the driver?")
P("Add the two bags of adhesive too and put them on the Mastercard, " + g4(EN_C8) + ".",
  [("card", g4(EN_C8))])

# --- call: small-business IT help desk (US client, Indian agent) ---
N("The reception PC is on Windows 11, version 23H2, and the last backup ran on the 3rd at "
  "11:40 pm. I've opened ticket INC0048817.")
P("the mailbox that's broken is reception at whitlock dental dot com and mine too s j "
  "whitlock at whitlock dental dot com",
  [("email", "reception at whitlock dental dot com"),
   ("email", "s j whitlock at whitlock dental dot com")])
_s = (say("en", EN_C5[:8], "4 4", gsep=", ", zero="oh") + ", " + EN_C5[8:12] + " "
      + EN_C5[12:])
P("Actually use the new card, " + _s + ".", [("card", _s)],
  "The extra seat is $39 a month, shall I bill the card on file?")
P("sure it's 214-380-5927", [("phone", "214-380-5927")],
  "And a callback number in case we get cut off?")
EN_IB3 = iban("AE", "0260001015937206301")
P("And the overcharge for the Dubai branch, please refund it to our account there, "
  + g4(EN_IB3) + ".", [("iban", g4(EN_IB3))])

# --- call: boiler and chimney service (Scotland) ---
P("It's flat 2, 9 Rosebery Crescent, Edinburgh, EH12 5JY. The buzzer's broken so just "
  "phone.", [("address", "flat 2, 9 Rosebery Crescent, Edinburgh, EH12 5JY")],
  "Right, and what's the address for the engineer?")
_s = say("en", "01313374829", "11", zero="oh")
P("the phone is " + _s, [("phone", _s)])
P("It's morag dot mckay, that's m-c-k-a-y, at btinternet dot com.",
  [("email", "morag dot mckay, that's m-c-k-a-y, at btinternet dot com")],
  "And an email for the invoice?")
P("I'll pay by card, it's a Maestro, nineteen digits, " + grp(EN_C6, [4, 4, 4, 4, 3]) + ".",
  [("card", grp(EN_C6, [4, 4, 4, 4, 3]))])
N("Your boiler is 11 years old, the warranty ran out in 2021, and the gas safety "
  "certificate is due on the 30th of November.")

# --- call: second-hand marketplace, seller support ---
P("okay my social is 238-71-4056", [("id", ssn("238-71-4056"))],
  "Payouts over $600 need tax information before we can release them.")
P("It's 03/11/1979.", [("date_of_birth", "03/11/1979")],
  "And your date of birth to match the ID?")
P("and the second store is my wife's her social is " + say("en", "561032287", "9", zero="oh"),
  [("id", say("en", ssn("561032287"), "9", zero="oh"))])
P("Can you change the contact email to tunde.bakare.sells@gmail.com?",
  [("email", "tunde.bakare.sells@gmail.com")])
P("the return label should go to 1402 sandpiper lane austin texas 78745",
  [("address", "1402 sandpiper lane austin texas 78745")])
P("And charge the boost fee to my old Visa, " + grp(EN_C4, [4, 4, 5]) + ".",
  [("card", grp(EN_C4, [4, 4, 5]))])
N("The buyer opened a dispute on order 50-22918-774 for the Nintendo Switch, saying it "
  "arrived on the 14th without the charger.")
EN_IB4 = iban("DE", "860500000532097120")
EN_IB5 = iban("NL", "INGB0007813954")
P("Hi, I sell from Leipzig. Payouts should go to " + g4(EN_IB4) + ", not the old Dutch one, "
  + g4(EN_IB5) + ".", [("iban", g4(EN_IB4)), ("iban", g4(EN_IB5))])
EN_IB6 = iban("GB", "LOYD30963417745120")
_a = "G B " + say("en", EN_IB6[2:4], "n2") + ", L O Y D, " + say("en", EN_IB6[8:14], "2 2 2",
                                                                gsep=", ", zero="oh")
P(_a, [("iban", _a)], "And the UK account for the payouts, the IBAN please?")
_b = say("en", EN_IB6[14:], "4 4", gsep=", ", zero="oh")
P("Yes. Then " + _b + ".", [("iban", _b)], _a + "? Got that, go on.")
EN_SA = saudi("107733584")
EN_IB7 = iban("SA", "10000017652900184203")
P("for the seller verification my national id is " + EN_SA + " and the iban is "
  + EN_IB7.lower(), [("id", EN_SA), ("iban", EN_IB7.lower())])

# --- call: roadside assistance (Israel, English-speaking member) ---
EN_TZ = tz("31457209")
P("Hi, my car died on the Ayalon near the Arlozorov exit. I'm a member, my teudat zehut is "
  + EN_TZ + ".", [("id", EN_TZ)])
P("date of birth twenty second of march nineteen sixty seven",
  [("date_of_birth", "twenty second of march nineteen sixty seven")])
P("My husband's on the account too, his social is 529-44-1062.",
  [("id", ssn("529-44-1062"))])

# ========================================================================================
# Arabic
# ========================================================================================

lang("ar")
AR_C1 = card("446404931275806")
AR_C2 = card("453978112046385")
AR_C3 = card("512893460177254")
AR_C4 = card("400577102933641")
AR_C5 = card("37691502284713")
AR_C6 = card("558204716630915")
AR_C7 = card("484783305129667")
AR_C8 = card("621488309571208845")
AR_IB_JO = iban("JO", "ARAB1130000000118475200503")
AR_IB_EG = iban("EG", "0003041700000000481297365")
AR_IB_AE = iban("AE", "0350000012284917603")
AR_IB_SA = iban("SA", "45000000172094611038")
AR_IB_KW = iban("KW", "NBOK0000000000002073415582")
AR_IB_QA = iban("QA", "QNBA000000000712839465021")
AR_IB_LB = iban("LB", "0014000000003041887306AB")
AR_IB_PS = iban("PS", "ARAB000000009020417736315")

# --- call: bottled-water delivery (Riyadh, Gulf dialect) ---
P("مياه الواحة، معك فهد، كيف أقدر أخدمك؟", [("name", "فهد")])
P("هلا والله، معك عبدالله القحطاني، أبي أطلب مويه للبيت زي كل أسبوع",
  [("name", "عبدالله القحطاني")])
N("عندنا كرتون ٤٠ حبة نص لتر بـ ٢٢ ريال، وجالون ١٩ لتر بـ ١٢ ريال، والتوصيل مجاني فوق ١٠٠ ريال")
P("حياك الله أستاذ عبدالله، وش العنوان؟", [("name", "عبدالله")])
P("الرياض، حي النرجس، شارع عثمان بن عفان، فيلا ٢٧، الباب اللي جهة الغرب",
  [("address", "الرياض، حي النرجس، شارع عثمان بن عفان، فيلا ٢٧")],
  "حياك الله أستاذ عبدالله، وش العنوان؟")
_s = say("ar", "0553214798", "3 3 4", gsep="، ")
P("ايه سجل، " + _s, [("phone", _s)], "ورقم الجوال عشان المندوب يتصل عليك؟")
N("المندوب يوصلك بكرة الخميس بين ٤ و٦ العصر، ورقم الطلب ٨٨٣١٢")
P("ابي ادفع بمدى رقمها " + ind(g4(AR_C1)), [("card", ind(g4(AR_C1)))])
N("الاشتراك الشهري ثمان جوالين بـ ٨٥ ريال بدل ٩٦ ويتجدد كل شهر تلقائي")

# --- call: roadside assistance and towing (UAE) ---
P("مساء الخير، خدمة المساعدة على الطريق، معك رامي، شو المشكلة؟", [("name", "رامي")])
P("مساء النور، أنا سالم الكتبي، السيارة طفت علي في شارع محمد بن زايد قبل مخرج ٥٢",
  [("name", "سالم الكتبي")])
N("تمام، الونش بيوصلك خلال ٤٠ دقيقة تقريباً، والسحب لين ٥٠ كيلو مشمول بالاشتراك")
P("خلني آخذ رقمك يا سالم عشان السايق يتصل فيك", [("name", "سالم")])
P(ind("0507714238"), [("phone", ind("0507714238"))],
  "خلني آخذ رقمك يا سالم عشان السايق يتصل فيك")
N("لو بغيت تسحبها للوكالة في المصفح تكلفك ٣٥٠ درهم زيادة لأنها برا المسافة المشمولة")
_s = say("ar", AR_C2, "4 4 4 4", gsep="، ")
P("تمام، الفيزا رقمها " + _s, [("card", _s)], "كيف حاب تدفع الفرق؟")
P("والإيميل المسجل عندنا salem.alketbi@gmail.com صح؟", [("email", "salem.alketbi@gmail.com")])
N("رقم البلاغ ٢٠٢٤٠٦١٨٣٣٠٧، احتفظ فيه لو احتجت تتصل مرة ثانية")

# --- call: translation and notary bureau (Amman, Levantine) ---
N("مكتب الضاد للترجمة القانونية، صباح الخير")
P("صباح النور، أنا لين حداد، بدي أترجم شهادة ميلاد وكشف علامات للإنجليزي",
  [("name", "لين حداد")])
N("الترجمة المعتمدة للصفحة ١٥ دينار، والتصديق عند الكاتب العدل ١٠ دنانير زيادة، وبتكون جاهزة "
  "بعد يومين")
P("L E E N، H A D D A D، زي الجواز بالزبط", [("name", "L E E N"), ("name", "H A D D A D")],
  "الاسم بالإنجليزي بدك ياه زي الجواز؟ تهجيه لو سمحتي")
P("اه، ١٤ شباط ١٩٩٧", [("date_of_birth", "١٤ شباط ١٩٩٧")],
  "وتاريخ الميلاد زي ما هو بالشهادة؟")
P("هلأ ببعتلك الملفات من إيميلي leen.haddad97@gmail.com",
  [("email", "leen.haddad97@gmail.com")])
P("تمام، ورقم تلفونك يا لين؟", [("name", "لين")])
_s = say("ar", "0795239381", "3 3 2 2", v="col")
P("اكتب " + _s, [("phone", _s)], "تمام، ورقم تلفونك يا لين؟")
N("الدفع كاش أو كليك، والاستلام من المكتب بالشميساني فوق بنك الإسكان، الطابق التالت")
P("ولو في استرجاع حولولي على الآيبان تبعي " + g4(AR_IB_JO), [("iban", g4(AR_IB_JO))])
N("بس شهادة الميلاد لازم تكون مصدقة من الأحوال المدنية قبل وهاي رسومها ٢ دينار")

# --- call: debt-collection agency (Cairo, Egyptian) ---
P("ألو، مساء الخير، معاك أحمد من شركة النيل للتحصيل، بكلم حضرتك بخصوص مديونية على كارت "
  "مشتريات", [("name", "أحمد")])
P("أيوه أنا شيماء عبد الفتاح، خير يا أستاذ؟", [("name", "شيماء عبد الفتاح")])
N("حضرتك عليكي ٧٨٥٠ جنيه متأخرين من شهر ٣، والغرامة بتزيد ٢٪ كل شهر")
P("للتأكيد بس، تاريخ ميلاد حضرتك يا مدام شيماء؟", [("name", "شيماء")])
P("خمسة وعشرين أكتوبر سنة تسعة وتمانين", [("date_of_birth", "خمسة وعشرين أكتوبر سنة تسعة وتمانين")],
  "للتأكيد بس، تاريخ ميلاد حضرتك يا مدام شيماء؟")
N("ممكن نقسطها على ٦ شهور، كل قسط ١٣٠٨ جنيه، وأول قسط يوم ٥ الشهر الجاي")
P("ابعتلي التفاصيل على الواتس على رقم ٠١٠١ ٤٥٧ ٢٨٩٣", [("phone", "٠١٠١ ٤٥٧ ٢٨٩٣")])
P("العنوان اللي عندنا ١٥ شارع مصدق الدقي، لسه ساكنة فيه؟", [("address", "١٥ شارع مصدق الدقي")])
P("لا اتنقلت، بقيت في ٦ أكتوبر، الحي التاني، عمارة ٤٢، الدور التالت شقة ٧",
  [("address", "٦ أكتوبر، الحي التاني، عمارة ٤٢، الدور التالت شقة ٧")],
  "العنوان اللي عندنا ١٥ شارع مصدق الدقي، لسه ساكنة فيه؟")
P("وهحول القسط الأول من حسابي في البنك، الآيبان " + g4(AR_IB_EG), [("iban", g4(AR_IB_EG))])
N("تمام يا فندم، هيوصلك إيصال بالسداد خلال ٤٨ ساعة، ورقم التسوية ٥٥٠٣٢")

# --- call: children's summer camp (Amman, Levantine) ---
P("مرحبا، أنا أم كريم، بدي أسجل ابني بالمخيم، عمره عشر سنين", [("name", "أم كريم")])
N("أهلا وسهلا، الفوج التاني من ٧ تموز لـ ٢٥ تموز، من الأحد للخميس، من ٨ الصبح لـ ٢ الظهر")
P("تلاتة وعشرين تموز ألفين وأربعتاش", [("date_of_birth", "تلاتة وعشرين تموز ألفين وأربعتاش")],
  "شو تاريخ ميلاد الولد؟")
N("الرسوم ١٨٠ دينار مع الباص و١٥٠ بدونه والخصم للأخوة ١٠ بالمية")
P("رنا عبد الرحيم الخطيب", [("name", "رنا عبد الرحيم الخطيب")],
  "شو اسمك الكامل يا مدام للفاتورة؟")
P("سجلي +962 77 640 3319 هاد رقم جوزي", [("phone", "+962 77 640 3319")],
  "تمام، بدي رقم للطوارئ")
P("الإيميل رنا دوت خطيب آت هوتميل دوت كوم", [("email", "رنا دوت خطيب آت هوتميل دوت كوم")])
N("بدنا صورة عن شهادة الميلاد وتقرير طبي، والسباحة يومين بالأسبوع، الأحد والأربعا")
P("بدفع بالبطاقة، " + grp(AR_C5, [4, 6, 5]), [("card", grp(AR_C5, [4, 6, 5]))],
  "بتدفعي كاش ولا بطاقة؟")
P("ساكنين في خلدا، شارع وصفي التل، عمارة ٢٣، الطابق التاني",
  [("address", "خلدا، شارع وصفي التل، عمارة ٢٣، الطابق التاني")],
  "وين ساكنين عشان نرتب الباص؟")

# --- call: immigration lawyer's office (Casablanca, Darija) ---
P("السلام عليكم، مكتب أطلس للهجرة والاستشارات، معاك سلمى", [("name", "سلمى")])
P("وعليكم السلام، أنا يوسف بنعلي، بغيت نسول على الهجرة لكندا، الإقامة الدائمة",
  [("name", "يوسف بنعلي")])
N("الاستشارة الأولى ب ٤٠٠ درهم وكتدوم ساعة وعندنا مواعيد نهار الثلاثاء ولا الجمعة")
P("الازدياد ديالي 31 دجنبر 1990", [("date_of_birth", "31 دجنبر 1990")],
  "عطيني تاريخ الازدياد ديالك")
_s = say("ar", "0661472935", "10", v="mag")
P("النمرة ديالي " + _s, [("phone", _s)])
P("والإيميل youssef.benali90@gmail.com", [("email", "youssef.benali90@gmail.com")])
P("شكرا سي يوسف، غادي نصيفطو ليك الفاتورة فالإيميل", [("name", "يوسف")])
P("ساكن في زنقة المنصور الذهبي رقم 14، المعاريف، الدار البيضاء",
  [("address", "زنقة المنصور الذهبي رقم 14، المعاريف، الدار البيضاء")], "والعنوان ديالك؟")
N("خاصك اختبار الفرنسية TEF ولا الإنجليزية IELTS، والنقطة خاصها تكون 7 فكل مهارة")
N("الملف كيتعالج فحوالي ستة شهور والرسوم ديال الحكومة ١٥٢٥ دولار كندي للشخص")

# --- call: lottery / raffle prize claims (Dubai) ---
N("مبروك! تذكرتك رقم ٠٤٨٢٣١ فازت بالجائزة الثالثة في سحب ٣ يونيو، وقيمتها ١٠٠ ألف درهم")
P("الله يبارك فيك، أنا عثمان الطيب، سوداني ومقيم في الشارقة", [("name", "عثمان الطيب")])
P("تمام، هذا هو: " + g4(AR_IB_AE), [("iban", g4(AR_IB_AE))],
  "عشان نحول الجائزة نحتاج الآيبان، يبدأ بـ AE")
P("عثمان أندرسكور الطيب آت ياهو دوت كوم", [("email", "عثمان أندرسكور الطيب آت ياهو دوت كوم")],
  "والإيميل عشان نرسل لك الإيصال؟")
P("أول يناير خمسة وتمانين", [("date_of_birth", "أول يناير خمسة وتمانين")],
  "تاريخ الميلاد حسب الجواز؟")
N("لازم تحضر بنفسك مع التذكرة الأصلية لمكتبنا في دبي فستيفال سيتي، يوم الأحد من ٩ الصبح لين ٥")
P("أنا بو ناصر، اسمي مشاري العنزي، من الكويت، اتصلتوا علي تقولون فزت",
  [("name", "بو ناصر"), ("name", "مشاري العنزي")])
P("الآيبان الكويتي حقي " + AR_IB_KW, [("iban", AR_IB_KW)])
P("الجابرية، قطعة ١٠، شارع ٤، جادة ٢، منزل ١٧",
  [("address", "الجابرية، قطعة ١٠، شارع ٤، جادة ٢، منزل ١٧")],
  "عطني عنوانك بالكويت عشان نرسل لك الشيك")
N("الجوائز فوق ٥٠ ألف نحولها خلال ١٤ يوم عمل والضريبة صفر")

# --- call: flooring and tiles showroom (Cairo, Egyptian) ---
N("معرض الفراعنة للسيراميك والبورسلين، أهلا يا فندم")
N("عايز سيراميك أرضيات ستين في ستين لون بيج حوالي ٨٥ متر للصالة والأوض")
N("المتر من كليوباترا بـ ٢٨٥ جنيه، والفرز الأول بـ ٣٤٠، والتوصيل جوه القاهرة ٣٥٠ جنيه")
P("محمد عبد الحميد، بس الناس بتقولي حمادة", [("name", "محمد عبد الحميد"), ("name", "حمادة")],
  "اسم حضرتك إيه؟")
P("تمام يا أستاذ حمادة، العنوان فين؟", [("name", "حمادة")])
P("مدينة نصر، ٢٣ شارع عباس العقاد، عمارة ٥، الدور السادس",
  [("address", "مدينة نصر، ٢٣ شارع عباس العقاد، عمارة ٥، الدور السادس")],
  "تمام يا أستاذ حمادة، العنوان فين؟")
P("رقمي ٠١٢٢٣٠٩٨٨٤١", [("phone", "٠١٢٢٣٠٩٨٨٤١")])
_s = say("ar", AR_C3, "4 4 4 4", v="col")
P("هدفع العربون بالفيزا " + _s, [("card", _s)])
N("العربون ٣٠٪ والباقي عند الاستلام، والتركيب بـ ٦٥ جنيه للمتر، والمعاد يوم السبت ١٢")

AR_SID1 = saudi("108254763")
AR_IQ1 = saudi("231870945")
AR_IQ2 = saudi("256019338")
AR_SID2 = saudi("110593827")
AR_SID3 = saudi("104488216")
AR_TZ1 = tz("20763519")
AR_TZ2 = tz("31209857")

# --- call: e-scooter rental (Riyadh and Doha) ---
N("السلام عليكم، انخصم مني ٤٥ ريال على رحلة ما تعدت عشر دقايق")
N("الرحلة بدأت الساعة ١١:٢٠ بالليل وانتهت ١١:٣١ بس القفل ما اشتغل إلا بعد ٤٠ دقيقة")
P("الهوية " + ind(AR_SID1), [("id", ind(AR_SID1))],
  "ممكن رقم الهوية أو الإقامة المسجل بالحساب؟")
P("ومسجل بالإيميل faisal_q99@hotmail.com", [("email", "faisal_q99@hotmail.com")])
N("تمام، بنرجع لك ٣٥ ريال خلال ٥ أيام عمل، والسكوتر رقمه RX-4471 انحطت عليه ملاحظة")
_s = say("ar", AR_IQ1, "10")
P("اقامتي " + _s + " والحساب باسمي", [("id", _s)])
N("الباقة الشهرية ٩٩ ريال فيها ٣٠٠ دقيقة وبعدها ٥٠ هللة للدقيقة")
P("البطاقة اللي بالحساب انتهت، سجل الجديدة " + g4(AR_C4), [("card", g4(AR_C4))])
P("أنا في الدوحة، رجعوا المبلغ على " + g4(AR_IB_QA), [("iban", g4(AR_IB_QA))])

# --- call: hair and beauty salon (Beirut) ---
N("بونجور، صالون لمسة، شو فيني ساعدك؟")
N("السبت عنا محل الساعة ١١ أو الساعة ٣ ونص، البروشينغ ٢٠ دولار والمانيكور ١٥")
_s = say("ar", "03417225", "2 3 3", gsep="، ", v="col")
P("رقمي " + _s, [("phone", _s)], "شو رقمك حبيبتي؟")
N("منعمل كمان خصم ١٠٪ ع الكيراتين هالشهر بس لازم عربون ٥٠ دولار")
P("nadine.abinader@outlook.com هيدا الإيميل", [("email", "nadine.abinader@outlook.com")])
P("إذا انلغى الموعد رجعولي العربون ع حسابي " + g4(AR_IB_LB), [("iban", g4(AR_IB_LB))])
_s = say("ar", AR_C6[:4], "4", v="col") + " " + grp(AR_C6[4:], [4, 4, 4])
P("بدفع العربون بالكارت " + _s, [("card", _s)])

# --- call: bakery taking cake orders (Nablus) ---
N("مخبز وحلويات السنابل، أهلين")
P("أهلين، بدي أوصي على كيكة عيد ميلاد لبنتي، بدنا نكتب عليها تاريخ ميلادها ٣/٥/٢٠١٨",
  [("date_of_birth", "٣/٥/٢٠١٨")])
N("الكيكة ٢ كيلو شوكولاتة مع فراولة بـ ١٢٠ شيكل، والكنافة الصينية الوسط بـ ٦٠")
P("على رفيديا، شارع تونس، عمارة الريان، الطابق التاني",
  [("address", "رفيديا، شارع تونس، عمارة الريان، الطابق التاني")], "التوصيل لوين؟")
P("جوالي " + ind("0599824317"), [("phone", ind("0599824317"))])
P("حولت العربون من حسابي الآيبان " + AR_IB_PS.lower(), [("iban", AR_IB_PS.lower())])
N("الاستلام يوم الجمعة الساعة ١٠ الصبح قبل الصلاة والتوصيل جوا نابلس ١٥ شيكل")

# --- call: second-hand marketplace support (Haifa, Arab citizen of Israel) ---
N("أهلا، أنا بايع على الموقع وفي مشتري فتح شكوى على طلبية ٧٧٣١٠٢ بقول الغسالة وصلت مكسورة")
P("رقم الهوية تبعي " + AR_TZ1, [("id", AR_TZ1)])
_s = say("ar", AR_TZ2, "3 n2 n2 n2", v="col")
P(_s, [("id", _s)], "وهوية صاحب الحساب التاني؟ مرتك؟")
P("تلفوني ٠٥٢-٦٤٨٣١٩٠ أو على الواتس", [("phone", "٠٥٢-٦٤٨٣١٩٠")])
P("الإيميل تبعي m.khoury at walla dot co dot il", [("email", "m.khoury at walla dot co dot il")])
N("المبلغ ١٢٥٠ شيكل محجوز لحد ما تنحل الشكوى وعادة بتاخد ٧ أيام عمل")
P("والبطاقة اللي بتنخصم منها العمولة " + ind(g4(AR_C7)), [("card", ind(g4(AR_C7)))])
P("إذا بدهم يرجعوها، العنوان تبعي شارع عباس ٢٢، الطابق الأول، حيفا",
  [("address", "شارع عباس ٢٢، الطابق الأول، حيفا")])

# --- call: diving centre (Hurghada; Saudi customer) ---
N("مركز الشعاب للغوص في الغردقة، أهلا بيك")
N("رحلة الغطس ليومين بـ ٩٥ يورو للفرد وفيها غطستين كل يوم، والمركب بيطلع ٨ ونص الصبح")
P("الرقم الوطني " + grp(AR_SID2, [4, 3, 3]), [("id", grp(AR_SID2, [4, 3, 3]))],
  "محتاجين رقم الهوية عشان التأمين")
P("تاريخ ميلادي ١٤٠٨/٠٧/١٥ هجري", [("date_of_birth", "١٤٠٨/٠٧/١٥ هجري")])
P("العربون رجعوه على " + AR_IB_SA, [("iban", AR_IB_SA)])
P("ايميلي تركي دوت اس تسعة وتسعين آت جيميل دوت كوم",
  [("email", "تركي دوت اس تسعة وتسعين آت جيميل دوت كوم")])
N("لازم تجيب شهادة الغوص وسجل الغطسات والعمق الأقصى للمبتدئين ١٢ متر")

# --- call: debt-collection agency (Saudi, Gulf dialect) ---
_a = say("ar", AR_SID3[:5], "3 2", gsep="، ")
P("رقم هويتي " + _a, [("id", _a)], "عشان أتحقق منك، رقم الهوية الوطنية؟")
_b = say("ar", AR_SID3[5:], "2 3", gsep="، ")
P("إيه، وبعدها " + _b, [("id", _b)], _a + "؟ كمل")
P("مواليد ٩ مارس ١٩٨٥", [("date_of_birth", "٩ مارس ١٩٨٥")])
N("المديونية ٤٢٠٠ ريال لشركة الاتصالات من ٢٠٢٢، وتقدر تسددها على ٤ دفعات")
P("بسدد الدفعة الأولى الحين بالبطاقة " + grp(AR_C8, [4, 4, 4, 4, 3]),
  [("card", grp(AR_C8, [4, 4, 4, 4, 3]))])
P("وهذي إقامة السواق حقنا عشان الفاتورة اللي باسمه " + ind(AR_IQ2), [("id", ind(AR_IQ2))])

# ========================================================================================
# Hebrew
# ========================================================================================

lang("he")


def fr_rib(bank, branch, account):
    """French BBAN with its RIB key (digits only)"""
    k = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97)
    return bank + branch + account + "%02d" % k


HE_C1 = card("432751908814362")
HE_C2 = card("532610487729034")
HE_C3 = card("3621058874930")
HE_C4 = card("37440318862051")
HE_C5 = card("458003726614952")
HE_C6 = card("545762201398817")
HE_C7 = card("402360885147230")
HE_C8 = card("520147339206618")
HE_TZ = [tz(b) for b in ("32614587", "30981246", "02758193", "33470812", "20561398",
                         "31192774", "05843217", "34408651")]
HE_IB1 = iban("IL", "0207410000000518327")
HE_IB2 = iban("FR", fr_rib("30003", "02145", "00050417896"))
HE_IB3 = iban("IL", "0126140000000384519")
HE_IB4 = iban("IL", "0108520000000917264")
HE_IB5 = iban("IL", "0117730000000260485")
HE_IB6 = iban("GB", "HBUK40051591736284")
HE_IB7 = iban("IL", "0315020000000045716")
HE_IB8 = iban("IL", "0206080000000733192")

# --- call: boiler and chimney service (north) ---
P("שירות דודים וארובות הצפון, מדברת שירן, שלום.", [("name", "שירן")])
P("שלום, כן, אממ, מדבר אבי מזרחי, הדוד שלנו מטפטף מלמטה ואין מים חמים מאתמול.",
  [("name", "אבי מזרחי")])
N("ביקור טכנאי זה 250 שקל כולל מע״מ, ואם צריך להחליף גוף חימום זה עוד 180 בערך.")
P("בסדר, מה הכתובת, אבי?", [("name", "אבי")])
P("רחוב האלון 14, קריית טבעון, זה בית פרטי עם גג רעפים.",
  [("address", "רחוב האלון 14, קריית טבעון")], "בסדר, מה הכתובת, אבי?")
N("יש לי טכנאי באזור ביום רביעי בין 8 ל-12 או ביום חמישי אחר הצהריים")
_s = say("he", "0548821937", "3 3 4")
P("כן, " + _s + ".", [("phone", _s)], "ומספר טלפון שהטכנאי יתקשר לפני?")
N("הדוד הוא של כרמל, 150 ליטר, הותקן ב-2016, אז האחריות כבר נגמרה.")
N("ניקוי ארובה לקמין עולה 400 שקל ולוקח בערך שעה וחצי כדאי לעשות לפני החורף")
P("ויזה, " + g4(HE_C1) + ".", [("card", g4(HE_C1))], "איך תרצה לשלם? כרטיס אשראי?")

# --- call: horse-riding school (Anglo mother) ---
N("חוות סוסי הגליל, שלום, במה אפשר לעזור?")
P("היי, שלום, אני ג'ניפר, רציתי לרשום את הבת שלי לחוג רכיבה.", [("name", "ג'ניפר")])
N("החוג פעם בשבוע, ביום שלישי ב-16:30, 45 דקות, ועולה 520 שקל לחודש.")
P("היא נולדה ב-22.4.2016.", [("date_of_birth", "22.4.2016")], "מה תאריך הלידה שלה?")
P("ג'ניפר רוזנטל, R O S E N T H A L.", [("name", "ג'ניפר רוזנטל"), ("name", "R O S E N T H A L")],
  "ומה השם המלא שלך בשביל החשבונית?")
P("המייל שלי jen.rosenthal@gmail.com", [("email", "jen.rosenthal@gmail.com")])
N("צריך להביא קסדה, אם אין לכם אפשר לשכור ב-20 שקל, ונעליים סגורות עם עקב קטן.")
N("שיעור ניסיון ראשון ב-90 שקל והסוסה שוקולד הכי רגועה למתחילים")
P("הנייד שלי 052-3318406", [("phone", "052-3318406")])

# --- call: second-hand marketplace, seller support (Russian-speaking immigrant) ---
N("שלום, תמיכה למוכרים, איך אפשר לעזור?")
P("שלום, זה דימה, דמיטרי קוגן, מכרתי אופניים והכסף לא נכנס לי כבר שבוע.",
  [("name", "דימה"), ("name", "דמיטרי קוגן")])
N("אני רואה את העסקה, 1,850 שקל, הכסף משתחרר 14 יום אחרי שהקונה מאשר קבלה.")
_s = say("he", HE_TZ[0], "3 3 3", gsep=", ", g="m")
P(_s, [("id", _s)], "אני צריכה לאמת, מה מספר תעודת הזהות?")
P("והחשבון שלי בבנק IBAN " + g4(HE_IB1), [("iban", g4(HE_IB1))])
P("מייל dima.kogan83@mail.ru", [("email", "dima.kogan83@mail.ru")])
N("העמלה שלנו 5 אחוז, כלומר 92 שקל ו-50 אגורות, והשאר יעבור תוך 3 ימי עסקים.")

# --- call: translation and notary bureau (French immigrant) ---
N("משרד תרגום ונוטריון, בוקר טוב.")
P("בוקר טוב, אני יוהן בן שושן, עליתי מצרפת לפני שנה ואני צריך לתרגם תעודת לידה ותעודת "
  "נישואין.", [("name", "יוהן בן שושן")])
N("אישור נוטריוני לתרגום זה לפי תעריף קבוע, 221 שקל לעמוד הראשון ו-175 לכל עמוד נוסף.")
P("Y O H A N N ואחר כך B E N C H O U C H A N", [("name", "Y O H A N N"),
                                                  ("name", "B E N C H O U C H A N")],
  "איך כותבים את השם בדיוק כמו בדרכון?")
P("שלושה בינואר, תשעים ואחת.", [("date_of_birth", "שלושה בינואר, תשעים ואחת")],
  "ותאריך לידה?")
_s = "פלוס " + say("he", "972526140375", "3 n2 n3 n2 n2")
P("כן, " + _s + ".", [("phone", _s)], "אפשר טלפון?")
P("המייל שלי yohann.benchouchan@orange.fr", [("email", "yohann.benchouchan@orange.fr")])
P("ואם יש החזר על המקדמה אז לחשבון הצרפתי שלי " + g4(HE_IB2), [("iban", g4(HE_IB2))])
N("המסמכים יהיו מוכנים ביום ראשון אחרי 12, אפשר לאסוף מהמשרד ברחוב הנביאים ליד הרכבת "
  "הקלה.")

# --- call: bottled-water delivery (Ethiopian-Israeli customer, Kiryat Gat) ---
N("בר מים ומשלוחי מים, שלום.")
P("שלום, אני טגיסט אדמסו, אני רוצה להזמין מים, הבקבוקים הגדולים.", [("name", "טגיסט אדמסו")])
N("בקבוק 18.9 ליטר עולה 27 שקל, מינימום הזמנה 3 בקבוקים, והמשלוח חינם מעל 100 שקל.")
P("רחוב הרב קוק 8, קומה שלישית, דירה 11, קריית גת.",
  [("address", "רחוב הרב קוק 8, קומה שלישית, דירה 11, קריית גת")], "מה הכתובת למשלוח?")
P("בסדר טגיסט, ומספר טלפון?", [("name", "טגיסט")])
_s = say("he", "0587316024", "1+n2 3 4", gsep=", ")
P(_s, [("phone", _s)], "בסדר טגיסט, ומספר טלפון?")
_s = say("he", HE_C2, "4 4 4 4", gsep=", ")
P("אני משלמת באשראי, " + _s + ".", [("card", _s)])
N("המשלוח יגיע ביום שני בין 14:00 ל-18:00 והשליח מתקשר חצי שעה לפני")
P("את הקבלה תשלחו למייל teg.adamsu@walla.co.il", [("email", "teg.adamsu@walla.co.il")])

# --- call: e-scooter rental (Tel Aviv) ---
N("אחי חייבו אותי 68 שקל על נסיעה של רבע שעה מרוטשילד עד הנמל זה לא הגיוני")
N("אני רואה שהקורקינט לא ננעל בסוף הנסיעה, היא נסגרה רק ב-23:47, אז נוצר חיוב של 52 דקות.")
_s = say("he", "0507321846", "3 3 4", gsep=", ")
P(_s, [("phone", _s)], "מה המספר שרשום בחשבון?")
P(grp(HE_TZ[1], [3, 3, 3]), [("id", grp(HE_TZ[1], [3, 3, 3]))], "ותעודת זהות לאימות?")
P("ואני רוצה להחליף את הכרטיס, המספר החדש " + g4(HE_C5), [("card", g4(HE_C5))])
P("המייל רוני לוי נקודה טי אל וי שטרודל ג'ימייל נקודה קום",
  [("email", "רוני לוי נקודה טי אל וי שטרודל ג'ימייל נקודה קום")])
N("זיכיתי אותך ב-48 שקל, זה יופיע תוך 5 עד 7 ימי עסקים.")

# --- call: debt-collection agency (Beersheba) ---
P("שלום, מדברת ליאת ממשרד הגבייה של עורכי הדין כהן-פרץ, אני מדברת עם יעקב אלמליח?",
  [("name", "ליאת"), ("name", "יעקב אלמליח")])
P("כן, זה יעקב, מה קרה?", [("name", "יעקב")])
N("יש חוב של 3,420 שקל לחברת הביטוח מינואר, עם ריבית והוצאות זה 3,912 שקל.")
_s = say("he", HE_TZ[2], "9")
P(_s + ", ותאריך לידה עשרים ואחד בשמונה, חמישים ושש",
  [("id", _s), ("date_of_birth", "עשרים ואחד בשמונה, חמישים ושש")],
  "לצורך זיהוי, תעודת זהות ותאריך לידה.")
N("אפשר לפרוס ל-6 תשלומים של 652 שקל, התשלום הראשון ב-10 לחודש הבא")
P("הכתובת שלנו במערכת היא שדרות רגר 112 דירה 9 באר שבע, זה עדיין נכון?",
  [("address", "שדרות רגר 112 דירה 9 באר שבע")])
P("לא, עברנו, עכשיו זה רחוב הנרקיס 5, עומר.", [("address", "רחוב הנרקיס 5, עומר")],
  "הכתובת שלנו במערכת היא שדרות רגר 112 דירה 9 באר שבע, זה עדיין נכון?")
P("תעבירו מהחשבון שלי בהוראת קבע, " + g4(HE_IB3), [("iban", g4(HE_IB3))])
N("תקבל מכתב אישור בדואר תוך 10 ימים, מספר התיק 2023/8817.")

# --- call: children's summer camp (Modiin) ---
N("קייטנת כיף בקיץ, שלום! נשארו מקומות רק במחזור השני.")
P("היי, מדברת מיכל שטרן, רציתי לרשום שני ילדים.", [("name", "מיכל שטרן")])
N("המחזור השני מ-14 ביולי עד 1 באוגוסט, ימים א' עד ה' מ-7:30 עד 13:00, 1,350 שקל לילד, "
  "ולאח שני 10 אחוז הנחה.")
P("הגדול נולד ב-3 במרץ 2015 והקטנה ב-17.11.2017",
  [("date_of_birth", "3 במרץ 2015"), ("date_of_birth", "17.11.2017")],
  "תאריכי לידה של הילדים?")
P("תודה מיכל, מספר טלפון לחירום?", [("name", "מיכל")])
P("054-6619027 וגם של בעלי 050-2284713", [("phone", "054-6619027"), ("phone", "050-2284713")],
  "תודה מיכל, מספר טלפון לחירום?")
P("מיכל קו תחתון שטרן שטרודל ג'ימייל נקודה קום",
  [("email", "מיכל קו תחתון שטרן שטרודל ג'ימייל נקודה קום")], "ומייל לשליחת הטפסים?")
N("צריך להביא כובע, בקבוק מים ובגד ים בימי שלישי, ויש הסעה מהקניון בשעה 7:15.")
P("תחייבו בדיינרס, " + grp(HE_C3, [4, 6, 4]), [("card", grp(HE_C3, [4, 6, 4]))])

# --- call: hair and beauty salon (Arab citizen speaking Hebrew, Haifa) ---
N("סלון הכוכב, שלום.")
P("שלום, אני רנין חורי, רציתי לקבוע תור להחלקה ולצבע ביום חמישי.", [("name", "רנין חורי")])
N("ביום חמישי יש ב-10:00 או ב-15:30, החלקה אורגנית זה 850 וצבע שורשים 220.")
P("רשמתי, רנין. מספר טלפון?", [("name", "רנין")])
_s = say("he", "0524739118", "3 3 4")
P(_s, [("phone", _s)], "רשמתי, רנין. מספר טלפון?")
N("אם מבטלים פחות מ-24 שעות לפני יש חיוב של 100 שקל")

# --- call: roadside assistance and towing (Russian-speaking immigrant, Holon) ---
N("שירותי דרך וגרירה שלום במה אפשר לעזור")
P("שלום, מדבר ולדימיר, האוטו לא מניע, אני בחניון של הקניון.", [("name", "ולדימיר")])
P("ולדימיר תגיד לי מספר תעודת זהות של בעל הפוליסה", [("name", "ולדימיר")])
_s = say("he", HE_TZ[3], "3 3 3", g="m")
P(_s, [("id", _s)], "ולדימיר תגיד לי מספר תעודת זהות של בעל הפוליסה")
_s = say("he", HE_TZ[5], "n2 n2 n2 n2 1")
P("ושל אשתי היא הנהגת " + _s, [("id", _s)])
N("הגרר יגיע תוך שעה עד שעה וחצי הגרירה עד 40 קילומטר כלולה בפוליסה")
P("תגררו את האוטו הביתה הכתובת רחוב ויצמן 27 חולון", [("address", "רחוב ויצמן 27 חולון")])
P("ואם צריך מצבר חדש תחייבו את האשראי " + g4(HE_C8), [("card", g4(HE_C8))])
N("מספר הקריאה שלך 771-045 והנהג יתקשר כשהוא עשר דקות ממך")

# --- call: small-business IT help desk (Anglo immigrant, Ramat Gan) ---
N("תמיכה טכנית לעסקים קטנים שלום מה מספר הלקוח")
N("זה 40-1187 אה זה משרד רואי חשבון ברמת גן")
P("אני ג'ונתן פלדמן, השותף במשרד.", [("name", "ג'ונתן פלדמן")])
N("הבעיה היא שהמדפסת לא מופיעה ברשת מאז העדכון של יום שלישי והשרת מראה שגיאה 0x80070005")
P("המייל שלי jonathan at feldman cpa dot co dot il",
  [("email", "jonathan at feldman cpa dot co dot il")])
N("פתחתי קריאה מספר 58812 טכנאי יתחבר מרחוק תוך שעתיים והחבילה שלכם כוללת 10 שעות בחודש")
P("תחייבו את השעות הנוספות באמקס " + grp(HE_C4, [4, 6, 5]),
  [("card", grp(HE_C4, [4, 6, 5]))])
P("טלפון במשרד 03-6812274 שלוחה 3", [("phone", "03-6812274")])
P("המשרד בבית שלי אז החשבונית לרחוב ביאליק 10 דירה 2 רמת גן",
  [("address", "ביאליק 10 דירה 2 רמת גן")])
P("ואת הזיכוי על החיוב הכפול תחזירו לחשבון " + g4(HE_IB8), [("iban", g4(HE_IB8))])

# --- call: bakery taking cake orders ---
N("קונדיטוריית השקד שלום")
N("אני רוצה עוגת יום הולדת בצורת מספר 5 לשבת בבוקר עם קרם וניל ופירות")
N("עוגת מספר עולה 260 שקל עד 12 מנות וכל כיתוב על פלטת שוקולד עוד 15")
P("משלוח לרחוב סוקולוב 41 דירה 6 הרצליה", [("address", "סוקולוב 41 דירה 6 הרצליה")])
_s = say("he", HE_C6, "4 4 4 4")
P("תרשמי על הכרטיס " + _s, [("card", _s)])
P("תכתבו מזל טוב ואת התאריך שהוא נולד 9.6.2019", [("date_of_birth", "9.6.2019")])
P("ותשלחו אישור ל-noa.katz12@gmail.com", [("email", "noa.katz12@gmail.com")])
P("אם העוגה מתבטלת תחזירו את המקדמה לחשבון " + HE_IB7, [("iban", HE_IB7)])

# --- call: diving centre (Eilat) ---
N("מועדון הצלילה באילת שלום")
N("צלילת היכרות עולה 320 שקל כולל ציוד ומדריך ויוצאים ב-9:00 וב-13:00 מהחוף הדרומי.")
P("כ״ג באדר תשמ״ד", [("date_of_birth", "כ״ג באדר תשמ״ד")], "מה תאריך הלידה שלך?")
P("תעודת זהות " + HE_TZ[4], [("id", HE_TZ[4])])
P("אני אעביר מקדמה מהחשבון " + HE_IB4, [("iban", HE_IB4)])
P("המייל שלי אור נקודה בן דוד שטרודל הוטמייל נקודה קום",
  [("email", "אור נקודה בן דוד שטרודל הוטמייל נקודה קום")])
_s = say("he", "0549128876", "1+n2 3 4", gsep=", ")
P("הנייד " + _s, [("phone", _s)])
P("או שאני אשלם באשראי " + g4(HE_C7), [("card", g4(HE_C7))])
P("הכתובת שלי לקבלה טשרניחובסקי 18, כפר סבא.", [("address", "טשרניחובסקי 18, כפר סבא")])
N("העומק המקסימלי בצלילת היכרות 6 מטר ואסור לטוס 24 שעות אחרי הצלילה")

# --- call: lottery prize claims ---
N("מחלקת זכיות שלום מזל טוב על הזכייה")
N("הטופס זכה בפרס השני בהגרלה מספר 3764 מיום שלישי, הסכום 48,300 שקל לפני מס.")
P("שמי שושנה אברהם ונולדתי ב-1 באפריל 1948",
  [("name", "שושנה אברהם"), ("date_of_birth", "1 באפריל 1948")])
_s = say("he", HE_TZ[7], "n2 n2 n2 n2 1", gsep=", ")
P("תעודת זהות " + _s, [("id", _s)])
P("כן, " + g4(HE_IB5) + ".", [("iban", g4(HE_IB5))], "ההעברה תהיה לחשבון בנק, מה ה-IBAN?")
P("והכתובת שלי למכתב האישור רחוב הגפן 3 מושב בני דרור",
  [("address", "רחוב הגפן 3 מושב בני דרור")])
N("זכיות מעל 49,000 שקל חייבות במס של 25 אחוז והכסף עובר תוך 30 יום")
P("הבן שלי גר בלונדון זה החשבון שלו " + g4(HE_IB6), [("iban", g4(HE_IB6))])
P("הטופס רשום על שם בעלי תעודת זהות שלו " + grp(HE_TZ[6], [3, 5, 1], "-"),
  [("id", grp(HE_TZ[6], [3, 5, 1], "-"))])

# ========================================================================================
# Greek
# ========================================================================================

lang("el")
EL_C = [card(b) for b in ("476173208815294", "535419006728813", "402400913376452",
                          "37950241188316", "516732004581927", "455671829304716",
                          "601100738842195", "230109418867325")]
EL_AFM = [afm(b) for b in ("04837261", "12975304", "05519826", "13360478", "07718245",
                           "11094637", "03426158", "14582093")]
EL_IB = [iban("CY", "00200123" + "0000003456781204"),
         iban("GR", "0260148" + "0000700415582367"),
         iban("GR", "0110227" + "0000022741890316"),
         iban("GR", "0171105" + "0005105093341782"),
         iban("DE", "500105175402918364"),
         iban("GR", "0140871" + "0000871002410655"),
         iban("CY", "00503154" + "0000000193847612"),
         iban("GB", "NWBK60730124558931")]

# --- call: oil boiler and chimney service (Athens, older caller) ---
P("Θερμοτεχνική Αττικής, καλημέρα σας, λέγομαι Στέλιος, πώς μπορώ να βοηθήσω;",
  [("name", "Στέλιος")])
P("Καλημέρα παιδί μου. Είμαι η κυρία Βούλα Αναστασίου, ο καυστήρας μου έβγαλε πάλι καπνό "
  "χθες το βράδυ.", [("name", "Βούλα Αναστασίου")])
N("Το ετήσιο σέρβις καυστήρα πετρελαίου κοστίζει 70 ευρώ και ο καθαρισμός καμινάδας 90, "
  "μαζί κάνουμε 140.")
P("Πού μένετε, κυρία Αναστασίου;", [("name", "Αναστασίου")])
P("μένω στην Πατησίων 120 τρίτος όροφος στην Κυψέλη",
  [("address", "Πατησίων 120 τρίτος όροφος στην Κυψέλη")], "Πού μένετε, κυρία Αναστασίου;")
_s = say("el", "6974318825", "n2 n2 n3 n3", gsep=", ")
P("Γράψε, " + _s + ".", [("phone", _s)], "Κι ένα τηλέφωνο;")
N("Ο τεχνικός μπορεί να έρθει την Πέμπτη 9 Οκτωβρίου, μεταξύ 10 και 1, και θα σας πάρει "
  "μισή ώρα πριν.")
N("Ο καυστήρας είναι Ferroli του 2009 και θέλει καινούριο ακροφύσιο, κάνει 18 ευρώ.")
_s = say("el", EL_AFM[0], "3 n3 n3", gsep=", ")
P("Μισό να βρω τα γυαλιά μου... εεε, " + _s + ".", [("id", _s)],
  "Για το τιμολόγιο θέλω το ΑΦΜ σας.")
N("αν θέλετε συμβόλαιο συντήρησης είναι 120 το χρόνο με δύο επισκέψεις και έκπτωση 15 τοις "
  "εκατό στα ανταλλακτικά")

# --- call: diving centre (Protaras, Cyprus) ---
N("Γεια σας, Protaras Dive Club, πείτε μου.")
P("Γεια σας, είμαι ο Χαράλαμπος Ιωάννου, αλλά πείτε με Μπάμπη, θέλω να κάνω κατάδυση με τον "
  "γιο μου το Σάββατο.", [("name", "Χαράλαμπος Ιωάννου"), ("name", "Μπάμπη")])
N("Η δοκιμαστική κατάδυση είναι 65 ευρώ το άτομο, παιδιά από 10 χρονών, και το ναυάγιο "
  "Ζηνοβία είναι μόνο για πιστοποιημένους.")
P("Δεκαπέντε του τρία του ογδόντα ένα.",
  [("date_of_birth", "Δεκαπέντε του τρία του ογδόντα ένα")],
  "Ημερομηνία γέννησης για την ασφάλεια;")
P("και του γιου μου 2/9/2012", [("date_of_birth", "2/9/2012")],
  "Ημερομηνία γέννησης για την ασφάλεια;")
P("Ευχαριστώ, κύριε Μπάμπη. Ένα κινητό;", [("name", "Μπάμπη")])
_s = say("el", "99481275", "n2 n3 n3", gsep=", ")
P("Ναι, " + _s + ".", [("phone", _s)], "Ευχαριστώ, κύριε Μπάμπη. Ένα κινητό;")
P("Το email μου είναι babis.ioannou@cytanet.com.cy", [("email", "babis.ioannou@cytanet.com.cy")])
P("Την προκαταβολή σάς τη στέλνω από την Τράπεζα Κύπρου, IBAN " + g4(EL_IB[0]) + ".",
  [("iban", g4(EL_IB[0]))])
N("Ραντεβού στις 8:30 στο λιμανάκι του Πρωταρά, επιστρέφουμε κατά τη 1 το μεσημέρι.")

# --- call: patisserie taking cake orders (Thessaloniki) ---
N("Ζαχαροπλαστείο Η Γλυκιά Ζωή, παρακαλώ.")
N("θέλω μια τούρτα για τη γιορτή της πεθεράς μου γιορτάζει του αγίου δημητρίου στις 26 "
  "οκτωβρίου")
N("Η τούρτα σοκολάτα-φράουλα για 15 άτομα είναι 42 ευρώ, για 25 άτομα 65, και η Σάχερ "
  "είναι στα 38.")
P("Με λένε Κατερίνα Παπαδοπούλου.", [("name", "Κατερίνα Παπαδοπούλου")], "Πώς σας λένε;")
P("Κατερίνα, θα την παραλάβετε ή να σας τη φέρουμε;", [("name", "Κατερίνα")])
P("να τη φέρετε στην αγίου δημητρίου 18 δεύτερος όροφος",
  [("address", "αγίου δημητρίου 18 δεύτερος όροφος")],
  "Κατερίνα, θα την παραλάβετε ή να σας τη φέρουμε;")
P("Κινητό 6944 215 803.", [("phone", "6944 215 803")])
P("Θα πληρώσω με κάρτα, " + g4(EL_C[0]) + ".", [("card", g4(EL_C[0]))])
N("Η παράδοση γίνεται μέχρι τις 11 το πρωί του Σαββάτου 25, με χρέωση μεταφοράς 4 ευρώ.")

# --- call: translation and notary bureau (Athens, Albanian-born caller) ---
N("Μεταφραστικό γραφείο, καλησπέρα σας.")
P("Καλησπέρα, λέγομαι Ερμίρ Χότζα, θέλω να μεταφράσω το πτυχίο μου από τα αλβανικά.",
  [("name", "Ερμίρ Χότζα")])
N("Η επίσημη μετάφραση είναι 25 ευρώ η σελίδα και η επικύρωση από δικηγόρο 15 ευρώ το "
  "έγγραφο, σε 3 εργάσιμες.")
P("Στο διαβατήριο είναι με λατινικά, E R M I R, H O X H A.",
  [("name", "E R M I R"), ("name", "H O X H A")])
P("ημερομηνία γέννησης 7 ιουλίου 1989", [("date_of_birth", "7 ιουλίου 1989")])
P("Το ΑΦΜ μου είναι " + grp(EL_AFM[1], [3, 3, 3]) + ".", [("id", grp(EL_AFM[1], [3, 3, 3]))])
P("το μέιλ μου είναι ermir τελεία hoxha παπάκι yahoo τελεία gr",
  [("email", "ermir τελεία hoxha παπάκι yahoo τελεία gr")])
N("Μπορείτε να περάσετε από το γραφείο στη Σταδίου, δίπλα στο Attica, Δευτέρα με Παρασκευή "
  "9 με 5.")

# --- call: roadside assistance (national road, younger driver) ---
N("οδική βοήθεια καλησπέρα σας πού βρίσκεστε")
N("είμαι στην εθνική αθηνών λαμίας ρεύμα προς λαμία λίγο μετά τα διόδια της μαλακάσας")
P("είμαι ο νίκος σταθόπουλος έχω συμβόλαιο μέσω της ασφάλειας", [("name", "νίκος σταθόπουλος")])
P("Νίκο, ένα κινητό να σε πάρει ο οδηγός;", [("name", "Νίκο")])
_s = say("el", "6993124478", "3 3 2 2")
P(_s, [("phone", _s)], "Νίκο, ένα κινητό να σε πάρει ο οδηγός;")
N("ο γερανός θα είναι εκεί σε περίπου 50 λεπτά η ρυμούλκηση μέχρι 100 χιλιόμετρα είναι "
  "δωρεάν")
P("ναι στο σπίτι οδός καραϊσκάκη 7 χαλκίδα", [("address", "οδός καραϊσκάκη 7 χαλκίδα")],
  "Πού θέλετε να πάει το αυτοκίνητο; Στο σπίτι;")
N("ο αριθμός υπόθεσης είναι 24-0771356 κρατήστε τον για την ασφαλιστική")
_s = say("el", EL_C[1], "4 4 4 4")
P("για τα επιπλέον χιλιόμετρα η κάρτα είναι " + _s, [("card", _s)])

# --- call: flooring and tiles shop (Larissa) ---
N("Πλακάκια Θεσσαλίας, καλημέρα.")
N("ψάχνω πλακάκι δαπέδου εξήντα επί εξήντα γκρι ματ για καμιά σαρανταριά τετραγωνικά")
N("Το ιταλικό είναι 24,90 το τετραγωνικό και το ισπανικό 18,50, η κόλλα 9 ευρώ το σακί των "
  "25 κιλών.")
P("Θανάσης Μπλέτσας.", [("name", "Θανάσης Μπλέτσας")], "Σε ποιο όνομα να κάνω την προσφορά;")
P("Ηπείρου 33, Λάρισα, 41222, είναι μονοκατοικία.", [("address", "Ηπείρου 33, Λάρισα, 41222")],
  "Και η διεύθυνση για την παράδοση;")
P("θα σας στείλω την προκαταβολή από το λογαριασμό μου " + EL_IB[1].lower(),
  [("iban", EL_IB[1].lower())])
P("Κύριε Θανάση, να σας στείλω την προσφορά με email;", [("name", "Θανάση")])
P("thanasis underscore bl παπάκι hotmail τελεία com",
  [("email", "thanasis underscore bl παπάκι hotmail τελεία com")],
  "Κύριε Θανάση, να σας στείλω την προσφορά με email;")
P("Το ΑΦΜ για το τιμολόγιο: " + EL_AFM[2], [("id", EL_AFM[2])])
N("Η παράδοση με γερανό μέσα στη Λάρισα είναι δωρεάν πάνω από 500 ευρώ, αλλιώς 35, και "
  "γίνεται Τρίτη και Παρασκευή.")

# --- call: hair and beauty salon (Nicosia) ---
N("Κομμωτήριο Bella, γεια σας.")
P("γεια σας είμαι η ελένη χριστοδούλου ήθελα να κλείσω ραντεβού για βάψιμο και κούρεμα",
  [("name", "ελένη χριστοδούλου")])
N("έχουμε την τετάρτη στις 4 ή την παρασκευή στις 11 το βάψιμο ρίζας είναι 35 και το "
  "κούρεμα 20")
P("Ελένη, πες μου το κινητό σου.", [("name", "Ελένη")])
_s = say("el", "96741152", "n2 n3 n3")
P(_s, [("phone", _s)], "Ελένη, πες μου το κινητό σου.")
P("είκοσι οχτώ οκτωβρίου ενενήντα εννιά",
  [("date_of_birth", "είκοσι οχτώ οκτωβρίου ενενήντα εννιά")],
  "Και πότε έχεις γενέθλια; Κάνουμε δώρο έκπτωση τον μήνα των γενεθλίων.")
N("αν αργήσεις πάνω από 15 λεπτά μπορεί να χάσεις το ραντεβού και η ακύρωση γίνεται 24 ώρες "
  "πριν")
P("elenichr99@gmail.com", [("email", "elenichr99@gmail.com")], "Ένα μέιλ για υπενθύμιση;")

# --- call: horse-riding school (Attica) ---
N("Ιππικός Όμιλος Βάρης, καλημέρα.")
P("Καλημέρα, είμαι η Λένα Κωνσταντίνου, θέλω να γράψω τον γιο μου για μαθήματα ιππασίας.",
  [("name", "Λένα Κωνσταντίνου")])
N("Τα μαθήματα για παιδιά είναι Σάββατο και Κυριακή, 10 με 11, 25 ευρώ το μάθημα ή 90 το "
  "πακέτο των 4.")
P("Τρεις Μαρτίου, δύο χιλιάδες δεκαπέντε.",
  [("date_of_birth", "Τρεις Μαρτίου, δύο χιλιάδες δεκαπέντε")],
  "Ημερομηνία γέννησης του παιδιού;")
N("Το πόνι μας ο Αστέρας είναι ο πιο ήρεμος, τον θέλουν όλα τα μικρά.")
P("Το τηλέφωνό μου είναι 210 8974 512, σταθερό, και το κινητό 697 205 3318.",
  [("phone", "210 8974 512"), ("phone", "697 205 3318")])
P("πληρώνω με κάρτα " + g4(EL_C[2]), [("card", g4(EL_C[2]))])
P("το μέιλ lena τελεία konst παπάκι otenet τελεία gr",
  [("email", "lena τελεία konst παπάκι otenet τελεία gr")])
P("Μένουμε Αιγαίου 14, Βάρη.", [("address", "Αιγαίου 14, Βάρη")],
  "Πού μένετε; Για τη μεταφορά με το λεωφορείο του ομίλου.")
N("το καλοκαίρι έχουμε και καμπ δύο εβδομάδων από 1 έως 12 ιουλίου 280 ευρώ με φαγητό")

# --- call: second-hand marketplace, seller support (Patras) ---
N("εξυπηρέτηση πωλητών καλησπέρα πώς μπορώ να βοηθήσω")
N("πούλησα ένα playstation 5 στις 3 του μήνα και τα 380 ευρώ δεν έχουν μπει ακόμα")
P("Ναι, " + g4(EL_IB[2]) + ".", [("iban", g4(EL_IB[2]))],
  "Για να γίνει η εκκαθάριση χρειάζομαι το IBAN σας.")
_s = say("el", EL_AFM[3], "9")
P("ναι " + _s, [("id", _s)], "Και το ΑΦΜ, γιατί ξεπεράσατε τις 30 πωλήσεις φέτος.")
P("το email του λογαριασμού είναι giorgos τελεία mak 1995 παπάκι gmail τελεία com",
  [("email", "giorgos τελεία mak 1995 παπάκι gmail τελεία com")])
N("Η προμήθεια είναι 8%, δηλαδή 30,40 ευρώ, και τα χρήματα μπαίνουν σε 2 με 3 εργάσιμες.")
P("α και άλλαξα διεύθυνση για τις επιστροφές μένω τώρα στην κορίνθου 215 πάτρα 26223",
  [("address", "κορίνθου 215 πάτρα 26223")])
P("Για την προώθηση της αγγελίας χρεώστε την κάρτα " + g4(EL_C[6]) + ".",
  [("card", g4(EL_C[6]))])

# --- call: lottery prize claims ---
N("Γραφείο πληρωμής κερδών, καλημέρα σας.")
N("Συγχαρητήρια, το δελτίο σας κέρδισε 5 αριθμούς στην κλήρωση 2417 της Πέμπτης, το κέρδος "
  "είναι 24.680 ευρώ.")
P("Ονομάζομαι Παναγιώτης Καραγιάννης, αλλά όλοι με λένε Τάκη.",
  [("name", "Παναγιώτης Καραγιάννης"), ("name", "Τάκη")])
_s = say("el", EL_AFM[4], "1 n2 n3 n3", gsep=", ")
P(_s, [("id", _s)], "χρειάζομαι το αφμ σας για την παρακράτηση φόρου")
P("Δεκαεννιά Νοεμβρίου του πενήντα οχτώ.",
  [("date_of_birth", "Δεκαεννιά Νοεμβρίου του πενήντα οχτώ")], "Ημερομηνία γέννησης;")
P("Το ποσό θα μπει στον λογαριασμό μου στην Πειραιώς, " + g4(EL_IB[3]) + ".",
  [("iban", g4(EL_IB[3]))])
N("Για κέρδη πάνω από 5.000 ευρώ παρακρατείται φόρος 15 τοις εκατό, οπότε θα πάρετε 20.978 "
  "ευρώ.")
P("το δελτίο το παίξαμε μαζί με τη γυναίκα μου το αφμ της είναι " + EL_AFM[7],
  [("id", EL_AFM[7])])
P("Και το μερίδιο του γιου μου, που είναι στη Γερμανία, στον λογαριασμό του, "
  + g4(EL_IB[4]) + ".", [("iban", g4(EL_IB[4]))])
P("τη βεβαίωση στείλτε τη στο σπίτι ναυαρίνου 9 καλαμάτα", [("address", "ναυαρίνου 9 καλαμάτα")])

# --- call: e-scooter rental (Athens) ---
N("γεια σας μου χρέωσε η εφαρμογή 19 ευρώ για μια διαδρομή 12 λεπτών από το σύνταγμα στο "
  "γκάζι")
N("Βλέπω ότι το πατίνι δεν κλείδωσε στο τέλος, η διαδρομή έκλεισε στις 00:42. Σας επιστρέφω "
  "14,20 ευρώ.")
P("Είμαι η Δανάη Ρήγα, ο λογαριασμός είναι με το κινητό μου, +30 694 771 2056.",
  [("name", "Δανάη Ρήγα"), ("phone", "+30 694 771 2056")])
P("και θέλω να αλλάξω κάρτα βάλτε την " + grp(EL_C[3], [4, 6, 5]),
  [("card", grp(EL_C[3], [4, 6, 5]))])
P("Το email είναι danai.riga@outlook.com.", [("email", "danai.riga@outlook.com")])
P("την επιστροφή προτιμώ στον λογαριασμό μου " + g4(EL_IB[5]), [("iban", g4(EL_IB[5]))])
N("Το ξεκλείδωμα κοστίζει 1 ευρώ και μετά 0,25 το λεπτό, το μηνιαίο πάσο είναι 29,99.")

# --- call: immigration lawyer's office (Athens, Georgian caller) ---
P("Δικηγορικό γραφείο, καλημέρα, είμαι η Μαρίνα, η γραμματέας.", [("name", "Μαρίνα")])
P("Καλημέρα, με λένε Νίνο Μπερίτζε, είμαι από τη Γεωργία και θέλω να ανανεώσω την άδεια "
  "διαμονής μου.", [("name", "Νίνο Μπερίτζε")])
N("Η πρώτη συνάντηση με τη δικηγόρο είναι 50 ευρώ, και η αίτηση ανανέωσης θέλει παράβολο "
  "150 ευρώ.")
P("Εεε, 04.11.1986.", [("date_of_birth", "04.11.1986")],
  "Ημερομηνία γέννησης όπως στο διαβατήριο;")
P("ΑΦΜ έχω, " + grp(EL_AFM[5], [3, 3, 3]) + ".", [("id", grp(EL_AFM[5], [3, 3, 3]))])
P("Αχαρνών 288, διαμέρισμα 5, Αθήνα 11253.", [("address", "Αχαρνών 288, διαμέρισμα 5, Αθήνα 11253")],
  "Διεύθυνση κατοικίας;")
P("το κινητό μου είναι 6986 402 117", [("phone", "6986 402 117")])
P("Και το email nino.beridze86@gmail.com.", [("email", "nino.beridze86@gmail.com")])
_s = say("el", EL_C[4][:4], "4") + ", " + grp(EL_C[4][4:], [4, 4, 4])
P("πληρώνω τα 50 με κάρτα " + _s, [("card", _s)])
P("ο άντρας μου έχει κι αυτός ΑΦΜ " + EL_AFM[6] + " και θα πληρώσει τη δική του με την κάρτα "
  + g4(EL_C[7]), [("id", EL_AFM[6]), ("card", g4(EL_C[7]))])
N("Τα δικαιολογητικά είναι διαβατήριο, ασφαλιστική ενημερότητα, μισθωτήριο και φωτογραφίες, "
  "και το ραντεβού είναι στις 12 Δεκεμβρίου στις 10:30.")

# --- call: debt-collection agency (Limassol) ---
P("Καλημέρα σας, Σωτήρης από την εταιρεία είσπραξης οφειλών, μιλώ με την κυρία Παναγιώτα "
  "Γεωργίου;", [("name", "Σωτήρης"), ("name", "Παναγιώτα Γεωργίου")])
N("Υπάρχει οφειλή 1.240 ευρώ προς την εταιρεία ηλεκτρισμού από τον Μάρτιο του 2022.")
P("δώδεκα του έξι του εβδομήντα τέσσερα",
  [("date_of_birth", "δώδεκα του έξι του εβδομήντα τέσσερα")],
  "Για επιβεβαίωση, την ημερομηνία γέννησής σας;")
N("μπορούμε να το κάνουμε σε 10 δόσεις των 124 ευρώ η πρώτη στις 15 του επόμενου μήνα")
P("Θα πληρώνω με πάγια εντολή από τον λογαριασμό μου, " + g4(EL_IB[6]) + ".",
  [("iban", g4(EL_IB[6]))])
P("και η κόρη μου στο Λονδίνο θα πληρώσει μια δόση από εκεί ο λογαριασμός της "
  + g4(EL_IB[7]), [("iban", g4(EL_IB[7]))])
P("Η διεύθυνση που έχουμε είναι Αρχιεπισκόπου Μακαρίου Γ' 34, διαμέρισμα 201, Λεμεσός 3065. "
  "Ισχύει;", [("address", "Αρχιεπισκόπου Μακαρίου Γ' 34, διαμέρισμα 201, Λεμεσός 3065")])
P("Ή με την κάρτα μου, " + g4(EL_C[5]) + ".", [("card", g4(EL_C[5]))])
P("το κινητό μου άλλαξε είναι +357 99 615 208", [("phone", "+357 99 615 208")])
P("Στείλτε μου τις λεπτομέρειες στο p.georgiou74@cytanet.com.cy.",
  [("email", "p.georgiou74@cytanet.com.cy")])

# === LANGUAGE SECTIONS ===


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    outdir = os.path.join(root, "data", "redaction", "blind15")
    os.makedirs(outdir, exist_ok=True)
    for code in ("en", "ar", "he", "el"):
        if code not in LANGS:
            continue
        objs = build(code)
        with open(os.path.join(outdir, code + ".jsonl"), "w", encoding="utf-8") as f:
            for o in objs:
                f.write(json.dumps(o, ensure_ascii=False) + "\n")
        counts = {k: 0 for k in KINDS}
        for o in objs:
            for s in o["spans"]:
                counts[s["kind"]] += 1
        empty = sum(1 for o in objs if not o["spans"])
        lower = sum(1 for o in objs if o["text"] == o["text"].lower() and not re.search(r"[.,?!،؟;:]", o["text"]))
        print("%s: %d items (%d non-personal, %d unpunctuated lower-case), %d spans: %s" % (
            code, len(objs), empty, lower, sum(counts.values()),
            ", ".join("%s %d" % kv for kv in counts.items())))
        for k, v in counts.items():
            assert v >= 7 or "--partial" in sys.argv, (code, k, v)


if __name__ == "__main__":
    main()
