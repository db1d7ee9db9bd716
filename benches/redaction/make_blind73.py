#!/usr/bin/env python3
"""Held-out evaluation set "blind73" for the call-transcript personal-data redactor.

Who wrote it and how: a helper session wrote this generator working only from a
written brief (the product's specification of what counts as personal data and the
output format). It never read the redactor, its rules, its tests, or any other
evaluation set or generator. Every value is invented; numbers that carry a check
digit (cards, IBANs, national IDs) are computed here, and long non-personal
numbers are asserted to fail those checks.

Area of this set: government documents and benefits (passports, identity cards,
driving licences, residence and work permits, social security, tax offices and
benefit claims), with callers and agents of varied origins and registers.

Output: data/redaction/blind73/{en,ar,he,el}.jsonl, one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}
  - kind is one of card, iban, id, phone, email, date_of_birth, name, address;
  - start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive),
    found by searching for each span's substring and asserted here;
  - context (optional, not scored) is an earlier line of the same call;
  - items with empty spans are non-personal and must come out unchanged.

Run:  python3 benches/redaction/make_blind73.py   (standard library only; deterministic)
"""

import json
import os
import random
import re
import sys

KINDS = ("card", "iban", "id", "phone", "email", "date_of_birth", "name", "address")

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "data", "redaction", "blind73"))


# ---------------------------------------------------------------- check digits

MADE = set()  # every card, IBAN and ID value generated (with its check digit) by this script


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


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def rng(seed):
    return random.Random("blind73:" + seed)


def card(prefix, length, seed):
    r = rng(seed)
    body = prefix + "".join(r.choice("0123456789") for _ in range(length - len(prefix) - 1))
    v = luhn_complete(body)
    assert card_ok(v)
    MADE.add(v)
    return v


def card_ok(d):
    return d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "FR": 27, "QA": 29, "KW": 30, "BH": 22,
            "ES": 24, "NL": 18, "IT": 27, "LB": 28}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if len(s) < 5 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    if not s[2:4].isdigit() or not s.isalnum():
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(country, bban):
    check = 98 - _iban_num(bban + country + "00") % 97
    v = "%s%02d%s" % (country, check, bban)
    assert len(v) == IBAN_LEN[country], (v, len(v))
    assert iban_ok(v)
    MADE.add(v)
    return v


def iban_rand(country, seed, bank=""):
    r = rng(seed)
    n = IBAN_LEN[country] - 4 - len(bank)
    return iban(country, bank + "".join(r.choice("0123456789") for _ in range(n)))


def group(s, n=4, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def tz_ok(d):
    if not (d.isdigit() and len(d) == 9):
        return False
    total = 0
    for i, ch in enumerate(d):
        n = int(ch) * (1 if i % 2 == 0 else 2)
        total += n if n < 10 else n - 9
    return total % 10 == 0


def tz(seed):
    r = rng(seed)
    body = str(r.choice("0123")) + "".join(r.choice("0123456789") for _ in range(7))
    for c in "0123456789":
        if tz_ok(body + c):
            MADE.add(body + c)
            return body + c
    raise AssertionError


def afm_ok(d):
    if not (d.isdigit() and len(d) == 9) or d == "000000000":
        return False
    s = sum(int(d[i]) * (2 ** (8 - i)) for i in range(8))
    return (s % 11) % 10 == int(d[8])


def afm(seed):
    r = rng(seed)
    while True:
        body = r.choice("01") + "".join(r.choice("0123456789") for _ in range(7))
        s = sum(int(body[i]) * (2 ** (8 - i)) for i in range(8))
        if s % 11 == 10:
            continue  # avoid the ambiguous remainder 10
        v = body + str((s % 11) % 10)
        assert afm_ok(v)
        MADE.add(v)
        return v


def saudi_ok(d):
    return d.isdigit() and len(d) == 10 and d[0] in "12" and luhn_ok(d)


def saudi(first, seed):
    r = rng(seed)
    v = luhn_complete(first + "".join(r.choice("0123456789") for _ in range(8)))
    assert saudi_ok(v)
    MADE.add(v)
    return v


def ssn_ok(d):
    if not (d.isdigit() and len(d) == 9):
        return False
    a, g, s = d[:3], d[3:5], d[5:]
    return a != "000" and a != "666" and a < "900" and g != "00" and s != "0000"


def ssn(seed):
    r = rng(seed)
    while True:
        v = "%03d%02d%04d" % (r.randint(1, 772), r.randint(1, 99), r.randint(1, 9999))
        if ssn_ok(v):
            MADE.add(v)
            return v


def id_ok(d):
    return tz_ok(d) or afm_ok(d) or saudi_ok(d) or ssn_ok(d)


def ref(n, seed, first=""):
    """A non-personal number of n digits that passes none of the checks."""
    r = rng(seed)
    while True:
        v = first + "".join(r.choice("0123456789") for _ in range(n - len(first)))
        if v[0] != "0" and not number_looks_checked(v):
            return v


def number_looks_checked(d):
    if 13 <= len(d) <= 19 and luhn_ok(d):
        return True
    if len(d) == 9 and (tz_ok(d) or afm_ok(d)):
        return True
    if len(d) == 10 and saudi_ok(d):
        return True
    return False


# ------------------------------------------------- spoken numbers (registered)

REG = {}  # rendered string -> digits it stands for


def R(s, digits):
    """Register a rendered (spoken or mixed) form of a number and return it."""
    if s in REG:
        assert REG[s] == digits, (s, REG[s], digits)
    REG[s] = digits
    return s


def _render(digits, words, groups, gsep, sep=" "):
    parts, i = [], 0
    for g in (groups or [len(digits)]):
        parts.append(sep.join(words[int(c)] for c in digits[i:i + g]))
        i += g
    assert i == len(digits), (digits, groups)
    return R(gsep.join(parts), digits)


def J(*pieces):
    """Join pieces into one registered value: a registered piece gives its digits,
    a piece with digits gives them, any other piece is filler."""
    digits, text = "", ""
    for p in pieces:
        if isinstance(p, tuple):  # (spoken letters, the letters they stand for)
            text += p[0]
            digits += p[1]
            continue
        text += p
        if p in REG:
            digits += REG[p]
        else:
            digits += re.sub(r"[^0-9A-Z]", "", to_ascii_digits(p)) if re.search(r"[0-9٠-٩]", p) else ""
    return R(text, digits)


EN_D = "zero one two three four five six seven eight nine".split()
EN_OH = ["oh"] + EN_D[1:]


def en(digits, groups=None, gsep=", ", oh=False, double=False):
    words = EN_OH if oh else EN_D
    if not double:
        return _render(digits, words, groups, gsep)
    parts, i = [], 0
    for g in (groups or [len(digits)]):
        chunk, out, j = digits[i:i + g], [], 0
        while j < len(chunk):
            if j + 1 < len(chunk) and chunk[j] == chunk[j + 1] and \
                    not (j + 2 < len(chunk) and chunk[j + 2] == chunk[j]):
                out.append("double " + words[int(chunk[j])])
                j += 2
            else:
                out.append(words[int(chunk[j])])
                j += 1
        parts.append(" ".join(out))
        i += g
    return R(gsep.join(parts), digits)


EN_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
EN_TENS = [None, None, "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def en_num(n, oh=True):
    """0-99 as spoken in a pair ("oh five", "forty-two")."""
    if n < 10:
        return ("oh " if oh else "zero ") + EN_D[n]
    if n < 20:
        return EN_TEENS[n - 10]
    t, u = divmod(n, 10)
    return EN_TENS[t] + ("-" + EN_D[u] if u else "")


def en_pairs(digits, gsep=" "):
    assert len(digits) % 2 == 0
    return R(gsep.join(en_num(int(digits[i:i + 2])) for i in range(0, len(digits), 2)), digits)


AR_INDIC = "٠١٢٣٤٥٦٧٨٩"


def ar_indic(s):
    return "".join(AR_INDIC[int(c)] if c.isdigit() else c for c in s)


def to_ascii_digits(s):
    return "".join(str(AR_INDIC.index(c)) if c in AR_INDIC else c for c in s)


# ------------------------------------------------------------- item building

def _edge(text, tb, a, b):
    before = tb[:a].decode("utf-8")[-1:]
    after = tb[b:].decode("utf-8")[:1]
    return not (before.isalnum() or after.isalnum())


def S(kind, sub, n=None, partial=False):
    assert kind in KINDS, kind
    return (kind, sub, n, partial)


def it(text, *spans, ctx=None):
    return (text, [s if len(s) == 4 else S(*s) for s in spans], ctx)


def digits_of(sub):
    if sub in REG:
        return REG[sub]
    s = to_ascii_digits(sub)
    return re.sub(r"[^0-9A-Za-z]", "", s).upper()


def check_value(kind, sub):
    v = digits_of(sub)
    if kind in ("card", "iban", "id"):
        assert v in MADE, (kind, "not a generated value", sub, v)
    if kind == "card":
        assert card_ok(v), ("card", sub, v)
    elif kind == "iban":
        assert iban_ok(v), ("iban", sub, v)
    elif kind == "id":
        assert id_ok(v), ("id", sub, v)
    elif kind == "phone":
        d = re.sub(r"\D", "", v)
        assert sub in REG or 7 <= len(d) <= 15, ("phone", sub, v)


RUN = re.compile(r"[0-9٠-٩]+(?:[ .\-/][0-9٠-٩]+)*")


def check_free_numbers(text, taken):
    """Long digit runs outside the personal spans must fail every check."""
    masked = bytearray(text.encode("utf-8"))
    for a, b in taken:
        masked[a:b] = b"#" * (b - a)
    free = masked.decode("utf-8", errors="replace")
    for m in RUN.finditer(free):
        d = to_ascii_digits(re.sub(r"[ .\-/]", "", m.group()))
        if len(d) >= 9:
            assert not number_looks_checked(d), ("non-personal number passes a check", text, d)
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{2,4}){3,8}\b", free):
        assert not iban_ok(m.group()), ("non-personal IBAN-like", text)
    for s, d in REG.items():
        if s in free and len(d) >= 9:
            assert not number_looks_checked(d), ("spoken non-personal passes a check", text, s)


def build(items, lang):
    rows, seen = [], set()
    for text, spans, ctx in items:
        assert text not in seen, ("duplicate", text)
        seen.add(text)
        tb = text.encode("utf-8")
        out, taken = [], []
        for kind, sub, n, partial in spans:
            sb = sub.encode("utf-8")
            assert sub and sub == sub.strip(), (lang, repr(sub))
            occ, pos = [], tb.find(sb)
            while pos >= 0:
                occ.append(pos)
                pos = tb.find(sb, pos + 1)
            assert occ, (lang, "span not found", sub, text)
            if n is not None:
                pos = occ[n]
            else:  # first free occurrence, preferring whole words
                free = [o for o in occ if all(o + len(sb) <= x or o >= y for x, y in taken)]
                assert free, (lang, "no free occurrence", sub, text)
                whole = [o for o in free if _edge(text, tb, o, o + len(sb))]
                pos = (whole or free)[0]
            a, b = pos, pos + len(sb)
            assert tb[a:b].decode("utf-8") == sub
            for x, y in taken:
                assert b <= x or a >= y, (lang, "overlap", sub, text)
            taken.append((a, b))
            if not partial:
                check_value(kind, sub)
            out.append({"kind": kind, "start": a, "end": b})
        check_free_numbers(text, taken)
        out.sort(key=lambda s: s["start"])
        row = {"text": text, "spans": out}
        if ctx:
            row["context"] = ctx
        rows.append(row)
    return rows


LANGS = {}

# ------------------------------------------------------------------ English
EN = []

# E1. Passport renewal adviceline (UK); Nigerian-British caller
_e1_card = card("4659", 16, "en-e1-card")
_e1_ref = ref(12, "en-e1-ref")
_e1_ph1 = R(en("07700900418", [5, 3, 3], oh=True, double=True).capitalize(), "07700900418")
_e1_ph2 = J("plus ", en("44"), " ", en("7700900732", [4, 3, 3], oh=True, double=True))
_e1_card_a = en(_e1_card[:4]) + ", " + en(_e1_card[4:8])
_e1_card_b = group(_e1_card[8:])
EN += [
    it("Good morning, you're through to the Passport Adviceline, my name's Priya, how can I help?",
       ("name", "Priya")),
    it("hi yeah um my name is Chiamaka Eze, I sent off my renewal about seven weeks ago and I've not heard anything back",
       ("name", "Chiamaka Eze")),
    it("Okay, Miss Eze, can I take the application reference? It should start with PEX.", ("name", "Eze")),
    it("Yeah it's PEX %s %s %s." % (_e1_ref[:4], _e1_ref[4:8], _e1_ref[8:])),
    it("the third of November, nineteen ninety-one",
       ("date_of_birth", "the third of November, nineteen ninety-one"),
       ctx="And can you confirm your date of birth for me?"),
    it("The thing is I'm flying to Lagos on the 2nd of May for my sister's wedding, it's BA075 out of Heathrow."),
    it("Yeah, my pastor, his number is 07700 900418", ("phone", "07700 900418")),
    it(_e1_ph1 + "?", ("phone", _e1_ph1), ctx="Yeah, my pastor, his number is 07700 900418"),
    it("And is there a good number for you, Chiamaka?", ("name", "Chiamaka")),
    it("my mobile, " + _e1_ph2, ("phone", _e1_ph2)),
    it("If it's urgent you can upgrade to Fast Track, that's one hundred and seventy-eight pounds, and the appointment would be in Peterborough or Durham."),
    it("okay it's " + _e1_card_a + "... hang on the light's bad in here... " + _e1_card_b,
       ("card", _e1_card_a, None, True), ("card", _e1_card_b, None, True)),
    it("No, I moved, it's Flat 3, 27 Coldharbour Lane, Brixton, SE5 9NR.",
       ("address", "Flat 3, 27 Coldharbour Lane, Brixton, SE5 9NR")),
    it("Lovely. Your Fast Track appointment is Thursday the 18th at 11:40 at the Peterborough office, please bring your old passport and two photos."),
]

# E2. Social security card replacement (US); Texan caller
_e2_ssn = ssn("en-e2-ssn")
_e2_ssn_said = en(_e2_ssn, [3, 2, 4], oh=True)
_e2_conf = ref(9, "en-e2-conf")
EN += [
    it("Thank you for calling Social Security, this is Travis, may I have your full name please?", ("name", "Travis")),
    it("yes sir this is Darlene Hutchins, that's H-U-T-C-H-I-N-S",
       ("name", "Darlene Hutchins"), ("name", "H-U-T-C-H-I-N-S")),
    it("Thank you Ms. Hutchins. And what's your Social Security number?", ("name", "Hutchins")),
    it("it's " + _e2_ssn_said, ("id", _e2_ssn_said)),
    it("July fourth, nineteen fifty-eight. Easy to remember.",
       ("date_of_birth", "July fourth, nineteen fifty-eight"), ctx="And your date of birth, ma'am?"),
    it("My purse got stolen at the Walmart on Soncy Road last Tuesday, my card and my Medicare card were both in it."),
    it("I'm sorry to hear that. You're allowed three replacement cards a year and ten in a lifetime, so you're fine, and there's no charge."),
    it("4417 South Bowie Street, Amarillo, Texas 79110", ("address", "4417 South Bowie Street, Amarillo, Texas 79110"),
       ctx="What's your current mailing address?"),
    it("Okay, the card should arrive in ten to fourteen business days. Your confirmation number is %s dash %s." % (
        " ".join(_e2_conf[:4]), " ".join(_e2_conf[4:]))),
    it("and can y'all text me when it goes out? my cell is 806-352-7719", ("phone", "806-352-7719")),
    it("We don't send texts for that, Darlene, but you can check on my Social Security online.", ("name", "Darlene")),
    it("My husband's benefit went down by forty-two dollars in January, is that the Medicare premium?"),
    it("Yes ma'am, the Part B premium went up to one seventy-four seventy this year, so that's taken out before it's paid on the third."),
]

# E3. Driving licence address change (UK, Swansea); Scottish caller
_e3_card = card("5354", 16, "en-e3-card")
EN += [
    it("Driver and vehicle enquiries, you're speaking to Sian, how can I help?", ("name", "Sian")),
    it("hiya aye I've moved house and I need to change the address on my licence, name's Callum Fraser",
       ("name", "Callum Fraser")),
    it("No bother, Callum. What's the new address?", ("name", "Callum")),
    it("It's 12 Bruntsfield Gardens, that's B-R-U-N-T-S-F-I-E-L-D, Edinburgh, EH10 4DY.",
       ("address", "12 Bruntsfield Gardens"), ("address", "B-R-U-N-T-S-F-I-E-L-D"),
       ("address", "Edinburgh, EH10 4DY")),
    it("twenty-ninth of the second nineteen eighty-eight, leap year baby",
       ("date_of_birth", "twenty-ninth of the second nineteen eighty-eight"), ctx="And your date of birth, Callum?"),
    it("Renewing the photo is fourteen pounds, I can do both together if you pay by debit card."),
    it("aye go on, it's " + group(_e3_card), ("card", group(_e3_card))),
    it("callum dot fraser eighty eight at gmail dot com", ("email", "callum dot fraser eighty eight at gmail dot com"),
       ctx="Can I take an email address for the confirmation?"),
]

# E4. Tax refund, Revenue PAYE (Ireland)
_e4_iban = iban("IE", "AIBK" + "931072" + "45180663")
_e4_iban_said = J(("I E ", "IE"), en(_e4_iban[2:4]), ", ", ("A I B K ", "AIBK"), group(_e4_iban[8:]))
EN += [
    it("You're through to Revenue, PAYE services, Declan speaking.", ("name", "Declan")),
    it("Hi, it's Siobhán Ní Bhriain here, I'm ringing about the medical expenses refund for 2023.",
       ("name", "Siobhán Ní Bhriain")),
    it("The refund of 412 euro 60 was approved on the 9th of January but it never arrived."),
    it("Let me check now, Siobhán. Ah, it went to an old account ending 4471. We'll need your new IBAN.",
       ("name", "Siobhán")),
    it("grand so it's " + _e4_iban_said + ", sorry I'm reading it off the app", ("iban", _e4_iban_said)),
    it("And is your phone number still 087 214 6635?", ("phone", "087 214 6635")),
    it("No, that's the old one, it's 086 409 3318 now.", ("phone", "086 409 3318")),
    it("You can claim it now, it's up to seven fifty for a single person, and you'd just need your landlord's RTB number."),
]

# E5. Residence permit card (UK visas), Australian caller
_e5_gwf = ref(9, "en-e5-gwf")
_e5_ph = J("plus ", en("61438", oh=True), ", ", en("271"), ", ", en("905", oh=True))
EN += [
    it("UK Visas and Immigration contact centre, Marcus speaking. Can I get your full name?", ("name", "Marcus")),
    it("Yeah g'day, it's Bronwyn Taylor, but everyone calls me Bron.", ("name", "Bronwyn Taylor"), ("name", "Bron")),
    it("fifteenth of August ninety three", ("date_of_birth", "fifteenth of August ninety three"),
       ctx="Thanks Bronwyn, and your date of birth?"),
    it("My residence permit still hasn't turned up and I start at the hospital on Monday the 6th."),
    it("Yep, GWF " + " ".join(_e5_gwf)),
    it("bron dot taylor at outlook dot com dot au, all lower case", ("email", "bron dot taylor at outlook dot com dot au"),
       ctx="Thanks. And a contact email?"),
    it("Not yet, I've still got my Aussie one, " + _e5_ph, ("phone", _e5_ph)),
    it("Flat 14, Harbour Court, 88 Ocean Way, Southampton, SO14 3JP",
       ("address", "Flat 14, Harbour Court, 88 Ocean Way, Southampton, SO14 3JP"),
       ctx="And where should the card be delivered?"),
    it("It comes by special courier within ten working days, and they'll need to see your passport when you sign for it."),
]

LANGS["en"] = lambda: EN
# E6. Iqama renewal through an employer's government-relations desk (Riyadh), Indian engineer
_e6_iq = saudi("2", "en-e6-iqama")
_e6_iq_said = en(_e6_iq, [4, 3, 3])
_e6_iban = iban_rand("SA", "en-e6-iban", "80")
_e6_ph = en("0553124498", [3, 3, 4])
EN += [
    it("Good morning sir, my iqama is expiring on the 20th of next month and Absher is still showing my old passport."),
    it("yes it is " + _e6_iq_said + ", shall I repeat?", ("id", _e6_iq_said)),
    it("Renewal is for one year, the fee is six hundred and fifty riyals plus the work permit levy, the company pays both of them."),
    it("And please update my bank for the salary also, new IBAN is " + group(_e6_iban), ("iban", group(_e6_iban))),
    it("Your name as in Absher is Venkatesh Subramanian, correct?", ("name", "Venkatesh Subramanian")),
    it("Correct sir, V-E-N-K-A-T-E-S-H, and mobile number is " + _e6_ph,
       ("name", "V-E-N-K-A-T-E-S-H"), ("phone", _e6_ph)),
    it("venky underscore s one nine eight seven at yahoo dot co dot in",
       ("email", "venky underscore s one nine eight seven at yahoo dot co dot in"),
       ctx="And your email for the Muqeem printout?"),
]

# E7. Tax refund trace (US federal tax office), Chicago caller
_e7_ssn1 = ssn("en-e7-ssn1")
_e7_ssn2 = ssn("en-e7-ssn2")
_e7_amex = card("37", 15, "en-e7-amex")
_e7_amex_g = "%s %s %s" % (_e7_amex[:4], _e7_amex[4:10], _e7_amex[10:])
EN += [
    it("I'm calling about my 2023 refund, I filed in February and it's been like fourteen weeks now."),
    it("it's %s-%s-%s" % (_e7_ssn1[:3], _e7_ssn1[3:5], _e7_ssn1[5:]),
       ("id", "%s-%s-%s" % (_e7_ssn1[:3], _e7_ssn1[3:5], _e7_ssn1[5:])),
       ctx="What's the primary taxpayer's Social Security number?"),
    it("and my wife's is uh %s, %s, %s" % (" ".join(_e7_ssn2[:3]), " ".join(_e7_ssn2[3:5]), " ".join(_e7_ssn2[5:])),
       ("id", "%s, %s, %s" % (" ".join(_e7_ssn2[:3]), " ".join(_e7_ssn2[3:5]), " ".join(_e7_ssn2[5:])))),
    it("2210 west armitage avenue apartment 3R chicago illinois 60647",
       ("address", "2210 west armitage avenue apartment 3R chicago illinois 60647"),
       ctx="What's the address on the return?"),
    it("So the refund was offset. Two thousand and forty went to a Department of Education debt, and the rest, one thousand one hundred seventy-eight, was mailed as a paper check on June 12th."),
    it("You can pay the 2022 balance by card through an approved processor, the fee is about one point eight five percent."),
    it("okay it's an Amex, " + _e7_amex_g, ("card", _e7_amex_g)),
    it("(773) 481-2096, that's my cell", ("phone", "(773) 481-2096")),
]

# E8. State pension paid abroad (UK international pension centre), expat in Cyprus
_e8_iban = iban_rand("CY", "en-e8-iban", "002")
EN += [
    it("Hello dear, it's Mrs Margaret Hollis here, I'm ringing from Cyprus about my pension.",
       ("name", "Margaret Hollis")),
    it("the first of April, nineteen forty-nine, and no, it's not a joke",
       ("date_of_birth", "the first of April, nineteen forty-nine"), ctx="Could you confirm your date of birth, please?"),
    it("The bank in Limassol closed my account, so the new IBAN is %s... %s, shall I say it again?" % (
        group(_e8_iban)[:14], group(_e8_iban)[15:]),
       ("iban", group(_e8_iban)[:14], None, True), ("iban", group(_e8_iban)[15:], None, True)),
    it("Your pension is paid every four weeks, the next payment of eight hundred and eighty-four pounds eighty is due on the 23rd."),
    it("and the address is the same, 7 Agias Napas Street, Kato Paphos, 8042",
       ("address", "7 Agias Napas Street, Kato Paphos, 8042"), ctx="Has your address changed as well?"),
    it("From April it goes up by eight point five percent, and because Cyprus is covered you get the increase too."),
]

# E9. Driving licence office, REAL ID appointment (California)
_e9_ssn = ssn("en-e9-ssn")
_e9_card = card("4147", 16, "en-e9-visa")
EN += [
    it("For a REAL ID you need proof of your Social Security number and two proofs of residency, like a utility bill from the last 90 days."),
    it("ok so my social is %s %s %s" % (_e9_ssn[:3], _e9_ssn[3:5], _e9_ssn[5:]),
       ("id", "%s %s %s" % (_e9_ssn[:3], _e9_ssn[3:5], _e9_ssn[5:]))),
    it("march fourteenth ninety six", ("date_of_birth", "march fourteenth ninety six"),
       ctx="And the birthdate on your application?"),
    it("It's marisol.vega96@icloud.com", ("email", "marisol.vega96@icloud.com"),
       ctx="What email should we send the appointment confirmation to?"),
    it("now is fine, " + group(_e9_card, 4, "-"), ("card", group(_e9_card, 4, "-"))),
    it("You're booked for Friday October 11th at 8:20 AM at the Van Nuys office, go to window 14."),
]

# E10. Nigerian passport, High Commission in London
_e10_mc = card("2223", 16, "en-e10-mc")
_e10_mc_said = J(_e10_mc[:4], " ", en(_e10_mc[4:8], oh=True), ", ", _e10_mc[8:12], " ", en(_e10_mc[12:]))
_e10_ph = J("plus ", en("234"), ", ", en("803", oh=True), ", ", en("417"), ", ", en("2290", oh=True))
EN += [
    it("Good morning ma, my name is Oluwaseun Adebayo, I booked for the enhanced e-passport.",
       ("name", "Oluwaseun Adebayo")),
    it("The 64 pages, ten years validity, is two hundred and thirty pounds; the 32 pages is one fifty."),
    it("I'll take the 64 pages. The card number is " + _e10_mc_said, ("card", _e10_mc_said)),
    it("seun dot adebayo at gmail.com, all small letters", ("email", "seun dot adebayo at gmail.com"),
       ctx="Which email should the appointment slip go to?"),
    it("My Nigerian line is " + _e10_ph + " but the UK one is better, 07956 338102",
       ("phone", _e10_ph), ("phone", "07956 338102")),
    it("Your capture date is the 9th of July, nine a.m., come with your old passport and your birth certificate."),
]
# E11. Citizenship fee and child benefit (Ireland), Keralan nurse in Dublin
_e11_visa = card("4522", 16, "en-e11-visa")
_e11_iban = iban("IE", "BOFI" + "900017" + "62513480")
_e11_iban_w = "%s %s %s %s %s %s" % (_e11_iban[:4], _e11_iban[4:8], _e11_iban[8:12], _e11_iban[12:16],
                                     _e11_iban[16:20], _e11_iban[20:])
EN += [
    it("Hi, this is about my citizenship, the approval letter came dated 3rd of June and it says the certificate fee is 950 euro within 28 days."),
    it("yes please it's a visa debit " + " ".join(_e11_visa), ("card", " ".join(_e11_visa))),
    it("My daughter was born on the 17th of January 2024, and I want to claim child benefit for her too.",
       ("date_of_birth", "the 17th of January 2024")),
    it("For child benefit it's a hundred and forty euro a month, paid on the first Tuesday of the month into your account."),
    it("IBAN is " + _e11_iban_w + ", Bank of Ireland", ("iban", _e11_iban_w),
       ctx="Which account do you want it paid into?"),
    it("anjali dot thomas dot r n at gmail dot com", ("email", "anjali dot thomas dot r n at gmail dot com"),
       ctx="And an email in case we need to send you a form?"),
]

# E12. National insurance institute, English line (Israel), new immigrant from New Jersey
_e12_tz = tz("en-e12-tz")
_e12_iban = iban_rand("IL", "en-e12-iban", "012")
_e12_iban_said = J(("IL, um, ", "IL"), group(_e12_iban)[2:])
_e12_tz_said = J(en(_e12_tz[:3]), " ", _e12_tz[3:6], " ", en(_e12_tz[6:]))
EN += [
    it("Hi, we made aliyah from New Jersey in March and I'm trying to sort out the birth grant and the child allowance."),
    it("my teudat zehut is " + _e12_tz_said + ", um, the new one", ("id", _e12_tz_said)),
    it("The birth grant is two thousand and eighty shekels for a first child and it's paid within 30 days of the birth."),
    it("the baby was born on the 2nd of August, so it's been more than 30 days", ("date_of_birth", "the 2nd of August")),
    it(_e12_iban_said, ("iban", _e12_iban_said), ctx="Okay. Which account should it go to? I need the IBAN, starting IL."),
    it("And your phone, is it still 054-772-3190?", ("phone", "054-772-3190")),
]

# E13. Tax office refund after leaving the UK, caller now in Dubai
_e13_iban = iban_rand("AE", "en-e13-iban", "033")
_e13_iban_said = J(("A E ", "AE"), en(_e13_iban[2:4]), ", ", group(_e13_iban[4:]))
EN += [
    it("I filled in the P85 in April when I moved to Dubai, and the letter says a refund of one thousand eight hundred and forty-three pounds is due."),
    it("Sure, " + _e13_iban_said, ("iban", _e13_iban_said)),
    it("rhys hyphen jenkins at protonmail dot com", ("email", "rhys hyphen jenkins at protonmail dot com"),
       ctx="And an email address for the repayment notice?"),
    it("Overseas payments can take up to 8 weeks, and there may be a charge from the receiving bank."),
]

# E14. Health surcharge refund for a refused student visa, Jordanian student
_e14_iban = iban_rand("JO", "en-e14-iban", "ARAB")
EN += [
    it("My student visa was refused on the 12th, so I'm entitled to the surcharge refund, it was 776 pounds for two years."),
    it("Bank name Arab Bank, Amman, IBAN %s" % group(_e14_iban), ("iban", group(_e14_iban))),
    it("the twenty-second of September two thousand and four", ("date_of_birth", "the twenty-second of September two thousand and four"),
       ctx="Can you confirm the applicant's date of birth?"),
]

# E15. Scholarship office of a cultural mission (US), Saudi student
_e15_id = saudi("1", "en-e15-id")
EN += [
    it("my national ID is " + " ".join([_e15_id[:3], _e15_id[3:6], _e15_id[6:]]),
       ("id", " ".join([_e15_id[:3], _e15_id[3:6], _e15_id[6:]]))),
    it("Okay, I see there is a hold because the transcript for the spring semester is missing, you have 15 credits recorded but we need 24."),
]

# E16. Work permit card (US immigration), Vietnamese-American caller
_e16_ssn = ssn("en-e16-ssn")
_e16_disc = card("6011", 16, "en-e16-disc")
_e16_rcpt = ref(10, "en-e16-rcpt")
EN += [
    it("The receipt number is I-O-E " + _e16_rcpt + ", and the card came last week but the birth date on it is wrong."),
    it("on the card the day and the month are swapped, I was born February 5th, 1990",
       ("date_of_birth", "February 5th, 1990")),
    it("also I got my social already, " + en(_e16_ssn, [3, 2, 4], gsep=" "), ("id", en(_e16_ssn, [3, 2, 4], gsep=" "))),
    it("To correct a card error there's no fee, but the biometrics services fee of eighty-five dollars applies if we need new prints."),
    it("just put it on my Discover " + group(_e16_disc), ("card", group(_e16_disc))),
    it("thanh dot nguyen dot nails at hotmail dot com", ("email", "thanh dot nguyen dot nails at hotmail dot com"),
       ctx="What email do you want the notice sent to?"),
]

# E17. Certificate copies (England), caller ordering her own birth certificate
_e17_mae = card("6759", 18, "en-e17-maestro")
EN += [
    it("A standard certificate is twelve fifty and the priority service is thirty-eight pounds, dispatched the next working day."),
    it("standard's fine um its for my own birth certificate i was born twenty first of june nineteen seventy",
       ("date_of_birth", "twenty first of june nineteen seventy")),
    it("it's an old Maestro, %s %s %s %s" % (_e17_mae[:4], _e17_mae[4:8], _e17_mae[8:12], _e17_mae[12:]),
       ("card", "%s %s %s %s" % (_e17_mae[:4], _e17_mae[4:8], _e17_mae[8:12], _e17_mae[12:]))),
    it("send it to 31 Kirkstall Road, Leeds, LS4 2AZ, please", ("address", "31 Kirkstall Road, Leeds, LS4 2AZ")),
]

# E18. Survivor benefits (US social security), widow from Ohio
_e18_ssn = ssn("en-e18-ssn")
EN += [
    it("My husband passed on the 3rd of this month and the funeral home said to call you about the two hundred fifty-five dollar payment."),
    it("his number was " + "%s-%s-%s" % (_e18_ssn[:3], _e18_ssn[3:5], _e18_ssn[5:]),
       ("id", "%s-%s-%s" % (_e18_ssn[:3], _e18_ssn[3:5], _e18_ssn[5:])),
       ctx="I'm so sorry for your loss. Do you have his Social Security number?"),
    it("You may get a survivor benefit of up to a hundred percent of his amount, we'll set an appointment, the earliest is the 28th at 2:15 in Dayton."),
]
# ------------------------------------------------------------------- Arabic
AR_W = {
    "msa": "صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "gulf": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "egy": "صفر واحد اتنين تلاتة اربعة خمسة ستة سبعة تمانية تسعة".split(),
    "lev": "صفر واحد تنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
    "mag": "صفر واحد جوج تلاتة ربعة خمسة ستة سبعة تمنية تسعود".split(),
}
AR_TEENS = {
    "msa": "عشرة أحد_عشر اثنا_عشر ثلاثة_عشر أربعة_عشر خمسة_عشر ستة_عشر سبعة_عشر ثمانية_عشر تسعة_عشر".split(),
    "gulf": "عشرة احدعش اثنعش ثلطعش اربعطعش خمسطعش سطعش سبعطعش ثمنطعش تسعطعش".split(),
    "egy": "عشرة حداشر اتناشر تلتاشر اربعتاشر خمستاشر ستاشر سبعتاشر تمنتاشر تسعتاشر".split(),
    "lev": "عشرة احدعش تنعش تلطعش أربعطعش خمسطعش سطعش سبعطعش تمنطعش تسعطعش".split(),
}
AR_TENS = {
    "msa": [None, None] + "عشرين ثلاثين أربعين خمسين ستين سبعين ثمانين تسعين".split(),
    "gulf": [None, None] + "عشرين ثلاثين أربعين خمسين ستين سبعين ثمانين تسعين".split(),
    "egy": [None, None] + "عشرين تلاتين اربعين خمسين ستين سبعين تمانين تسعين".split(),
    "lev": [None, None] + "عشرين تلاتين أربعين خمسين ستين سبعين تمانين تسعين".split(),
}


def ar(digits, dialect="gulf", groups=None, gsep="، "):
    return _render(digits, AR_W[dialect], groups, gsep)


def ar_num(n, dialect="gulf"):
    w = AR_W[dialect]
    if n < 10:
        return w[0] + " " + w[n]
    if n < 20:
        return AR_TEENS[dialect][n - 10].replace("_", " ")
    t, u = divmod(n, 10)
    if u == 0:
        return AR_TENS[dialect][t]
    unit = "اثنين" if (u == 2 and dialect in ("gulf", "msa")) else w[u]
    return unit + " و" + AR_TENS[dialect][t]


def ar_pairs(digits, dialect="gulf", gsep="، ", lead=0):
    """Leading single digits (lead of them) one by one, then the rest in pairs."""
    parts = [AR_W[dialect][int(c)] for c in digits[:lead]]
    rest = digits[lead:]
    assert len(rest) % 2 == 0
    parts += [ar_num(int(rest[i:i + 2]), dialect) for i in range(0, len(rest), 2)]
    return R(gsep.join(parts), digits)


AR = []

# A1. Passports directorate (Saudi Arabia): a father renewing his and his son's passports
_a1_id = saudi("1", "ar-a1-id")
_a1_id_w = ar_indic(_a1_id)
_a1_ph = "0504382271"
_a1_ph_said = ar(_a1_ph, "gulf", [3, 3, 4])
AR += [
    it("الجوازات، معك فهد، تفضل", ("name", "فهد")),
    it("السلام عليكم، معك عبدالله الشهري، أبي أجدد جوازي وجواز ولدي", ("name", "عبدالله الشهري")),
    it("حياك الله أستاذ عبدالله، عطني رقم الهوية الوطنية لو سمحت", ("name", "عبدالله")),
    it("رقم الهوية " + _a1_id_w, ("id", _a1_id_w)),
    it("١٥-٧-١٤٠٥ هجري", ("date_of_birth", "١٥-٧-١٤٠٥ هجري"), ctx="وتاريخ الميلاد؟"),
    it("رسوم تجديد الجواز لمدة خمس سنوات ثلاثمية ريال، ولعشر سنوات ستمية ريال، وتنسدد عن طريق سداد"),
    it("طيب ولدي عمره ١٤ سنة، لازم يحضر بنفسه؟"),
    it("إذا أقل من ١٨ لازم يحضر معه ولي الأمر، وأقرب موعد يوم الأحد الساعة ٩ الصبح في فرع الجوازات بحي الملقا"),
    it("تمام، وجوالي " + _a1_ph, ("phone", _a1_ph)),
    it(_a1_ph_said + "، صح؟", ("phone", _a1_ph_said), ctx="تمام، وجوالي " + _a1_ph),
]

# A2. Residence permit renewal for a domestic worker (Saudi Arabia), a sponsor mother
_a2_iq = saudi("2", "ar-a2-iqama")
_a2_iq_said = ar(_a2_iq, "gulf", [4, 3, 3])
_a2_mada = card("588845", 16, "ar-a2-mada")
_a2_mada_w = ar_indic(group(_a2_mada))
AR += [
    it("ألو السلام عليكم، أنا أم فيصل، بغيت أسأل عن تجديد إقامة العاملة", ("name", "أم فيصل")),
    it("وعليكم السلام، معك سارة من خدمة العملاء، تفضلي زوديني برقم إقامة العاملة", ("name", "سارة")),
    it("رقم الإقامة " + _a2_iq_said, ("id", _a2_iq_said)),
    it("الإقامة منتهية من ٢٠ يوم، وعليها غرامة تأخير خمسمية ريال للمرة الأولى"),
    it("طيب أقدر أدفعها الحين بالبطاقة؟ مدى", ),
    it("رقمها " + _a2_mada_w, ("card", _a2_mada_w), ctx="طيب أقدر أدفعها الحين بالبطاقة؟ مدى"),
    it("واسمك الكامل يا أم فيصل؟", ("name", "أم فيصل")),
    it("نورة بنت سعد القحطاني", ("name", "نورة بنت سعد القحطاني"), ctx="واسمك الكامل يا أم فيصل؟"),
    it("تم التجديد لمدة سنة، وبتوصلك رسالة خلال ٢٤ ساعة، والرسوم ٦٠٠ ريال انخصمت"),
]

# A3. Identity card renewal (UAE), Emirati caller, Levantine agent
_a3_visa = card("4916", 16, "ar-a3-visa")
_a3_visa_said = en(_a3_visa, [4, 4, 4, 4])
_a3_app = ref(12, "ar-a3-app")
_a3_ph = ar_indic("050 771 4029")
AR += [
    it("مرحبا، الهيئة الاتحادية للهوية والجنسية، معك رامي، كيف بقدر ساعدك؟", ("name", "رامي")),
    it("هلا والله، أنا خليفة المزروعي، الهوية مالتي انتهت الشهر اللي طاف وما وصلتني رسالة التجديد",
       ("name", "خليفة المزروعي")),
    it("رقم الطلب عندي " + ar_indic(_a3_app[:4] + " " + _a3_app[4:8] + " " + _a3_app[8:])),
    it("رسوم التجديد لخمس سنين ٣٧٠ درهم مع رسوم الخدمة، وبتقدر تدفع بالبطاقة هلق"),
    it("اوكي، رقم البطاقة " + _a3_visa_said, ("card", _a3_visa_said)),
    it("والإيميل k.almazrouei88@gmail.com", ("email", "k.almazrouei88@gmail.com")),
    it("جوالي " + _a3_ph + " لو احتجتوا شي", ("phone", _a3_ph)),
    it("البطاقة بتوصلك خلال خمس أيام عمل على العنوان المسجل، ولا بدك تغيره؟"),
    it("إيه غيره، صرت ساكن في فيلا ٢٢، شارع ٣٧ب، البرشاء ٢، دبي", ("address", "فيلا ٢٢، شارع ٣٧ب، البرشاء ٢، دبي")),
]

# A4. Civil registry (Egypt): replacing a lost national identity card
_a4_ph = ar_indic("01022458831")
AR += [
    it("مصلحة الأحوال المدنية، معاكي منى، اتفضلي", ("name", "منى")),
    it("أيوه يا فندم، أنا اسمي شيماء عبد الحميد، البطاقة ضاعت مني في المترو", ("name", "شيماء عبد الحميد")),
    it("سلامتك يا مدام شيماء، بدل الفاقد بيتعمل أونلاين أو من أي سجل مدني، والمستعجل رسومه ١٢٥ جنيه",
       ("name", "شيماء")),
    it("١٢ شارع مصدق، الدقي، الجيزة، الدور التالت شقة ٦", ("address", "١٢ شارع مصدق، الدقي، الجيزة، الدور التالت شقة ٦"),
       ctx="طب والعنوان الجديد؟ قوليلي العنوان اللي نقلتي فيه"),
    it("تلاتة وعشرين مايو تمانية وتمانين", ("date_of_birth", "تلاتة وعشرين مايو تمانية وتمانين"), ctx="تاريخ الميلاد إيه؟"),
    it("الموبايل " + _a4_ph + " وده عليه واتساب", ("phone", _a4_ph)),
    it("البطاقة هتكون جاهزة خلال ٣ أيام وتستلميها من سجل مدني الدقي، وهاتي معاكي شهادة الميلاد"),
]

# A5. Social insurance pension (Egypt): moving a pension to a bank account, caller from Asyut
_a5_iban = iban_rand("EG", "ar-a5-iban", "0002")
_a5_ph = ar("01118320457", "egy", [3, 4, 4])
AR += [
    it("السلام عليكم يا بنتي، أنا الحاج عبد الرحمن سيد من أسيوط", ("name", "عبد الرحمن سيد")),
    it("أهلا يا حاج عبد الرحمن، المعاش بيتصرف أول كل شهر، وحضرتك عايز تحوله على حساب في البنك؟",
       ("name", "عبد الرحمن")),
    it("أيوه، في بنك مصر، والأيبان بتاعي " + group(_a5_iban), ("iban", group(_a5_iban))),
    it("المعاش ٢٨٤٠ جنيه وفيه زيادة ١٥٪ من أول يوليو، وأول تحويل هيكون في الشهر الجاي"),
    it("ابني هو اللي معاه الموبايل، رقمه " + _a5_ph, ("phone", _a5_ph)),
]
LANGS["ar"] = lambda: AR
# A6. Social security retirement pension (Jordan)
_a6_iban = iban_rand("JO", "ar-a6-iban", "ARAB")
_a6_ph = ar("0795512804", "lev", [3, 3, 4])
AR += [
    it("مؤسسة الضمان الاجتماعي، معك لينا، كيف بقدر أخدمك؟", ("name", "لينا")),
    it("مرحبا، بدي أسأل عن راتب التقاعد المبكر، صرلي ٢٦ سنة مشترك وعمري ٥٥"),
    it("٢٩ آذار ١٩٦٩", ("date_of_birth", "٢٩ آذار ١٩٦٩"), ctx="أهلين، بس بدي أتأكد من تاريخ ميلادك"),
    it("التقاعد المبكر بدو ٣٠٠ اشتراك فعلي، وانت عندك ٣١٢، يعني مستوفي الشرط، والراتب تقريبا ٤٨٠ دينار"),
    it("الراتب بدي ياه يتحول على حسابي بالبنك العربي، الآيبان " + group(_a6_iban), ("iban", group(_a6_iban))),
    it("وعنواني تغير، هلأ ساكن بخلدا، شارع وصفي التل، عمارة ١٨، الطابق التاني",
       ("address", "خلدا، شارع وصفي التل، عمارة ١٨، الطابق التاني")),
    it("رقمي " + _a6_ph, ("phone", _a6_ph), ctx="وشو رقم تلفونك لو احتجنا نتواصل معك؟"),
]

# A7. Passport renewal from abroad (Jordanian living in Kuwait)
_a7_visa = card("4539", 16, "ar-a7-visa")
_a7_visa_w = " ".join(_a7_visa)
AR += [
    it("بدي أجدد جواز السفر وأنا مقيم بالكويت، بقدر أعمله أونلاين؟"),
    it("أكيد، من الخدمات الإلكترونية، الجواز العادي ٥٠ دينار والمستعجل ١٠٠، والتوصيل عن طريق شركة الشحن"),
    it("تمام يا أستاذ عمر، تفضل رقم البطاقة", ("name", "عمر")),
    it("فيزا، " + _a7_visa_w, ("card", _a7_visa_w)),
    it("الإيميل تبعي omar_haddad79 at hotmail dot com", ("email", "omar_haddad79 at hotmail dot com")),
    it("بدي ياه يوصل على بيت أهلي بعمان، جبل الحسين، شارع خالد بن الوليد، بناية رقم ٣٤",
       ("address", "جبل الحسين، شارع خالد بن الوليد، بناية رقم ٣٤")),
    it("الجواز بيجهز خلال ٣ أيام عمل وبيوصل خلال أسبوع، ورقم الشحنة بيوصلك برسالة"),
]

# A8. Family allowances (Morocco), Darija with French
_a8_ph = J(("zéro six", "06"), ", ", ("soixante-et-un", "61"), ", ", ("vingt-quatre", "24"), ", ",
           ("dix-huit", "18"), ", ", ("quatre-vingt-treize", "93"))
AR += [
    it("الصندوق الوطني للضمان الاجتماعي، مرحبا، معاك يوسف", ("name", "يوسف")),
    it("السلام، أنا فاطمة الزهراء بناني، بغيت نزيد الولد الجديد فالتعويضات العائلية",
       ("name", "فاطمة الزهراء بناني")),
    it("تزاد نهار ١٢ مارس ٢٠٢٤", ("date_of_birth", "١٢ مارس ٢٠٢٤"), ctx="إمتى تزاد الولد؟"),
    it("خاصك تجيبي عقد الازدياد، والتعويض هو ٣٠٠ درهم فالشهر على كل واحد من الثلاثة اللولين"),
    it("النمرة ديالي " + _a8_ph, ("phone", _a8_ph)),
    it("fz point bennani arobase gmail point com", ("email", "fz point bennani arobase gmail point com"),
       ctx="عطيني الإيميل باش نصيفطو ليك الوصل"),
    it("ساكنة ف زنقة ابن بطوطة رقم ٤٥، المعاريف، الدار البيضاء",
       ("address", "زنقة ابن بطوطة رقم ٤٥، المعاريف، الدار البيضاء")),
    it("واخا آلالة فاطمة، الملف غادي يتعالج ف ١٥ يوم", ("name", "فاطمة")),
    it("وبغيت نسول على الباسبور ديال الدراري، التنبر ديالو ٣٠٠ درهم ولا ٥٠٠؟"),
    it("هادشي ماشي عندنا، خاصك تمشي للمقاطعة، والتنبر كتشريه أونلاين"),
]

# A9. National insurance institute, Arabic line (Israel), caller from Nazareth
_a9_tz1 = tz("ar-a9-tz1")
_a9_tz2 = tz("ar-a9-tz2")
_a9_tz1_said = ar(_a9_tz1, "lev", [3, 3, 3])
_a9_tz2_w = "%s %s %s" % (_a9_tz2[:3], _a9_tz2[3:6], _a9_tz2[6:])
_a9_iban = iban_rand("IL", "ar-a9-iban", "010")
AR += [
    it("التأمين الوطني، معك رنا، كيف بقدر أساعدك؟", ("name", "رنا")),
    it("مرحبا، أنا جريس خوري من الناصرة، بدي أقدم دعوى بطالة", ("name", "جريس خوري")),
    it("رقم هويتي " + _a9_tz1_said, ("id", _a9_tz1_said)),
    it("مواليد ٨/١١/١٩٧٦", ("date_of_birth", "٨/١١/١٩٧٦")),
    it("وهوية زوجتي " + _a9_tz2_w + " إذا بدك ياها", ("id", _a9_tz2_w)),
    it("دعوى البطالة بتنفحص خلال ٣٠ يوم، والدفعة بتنزل عادة يوم ١٥ بالشهر"),
    it("الحساب ببنك لئومي، الآيبان " + group(_a9_iban), ("iban", group(_a9_iban))),
    it("عنواني حي الصفافرة، شارع ٦٠٨٩ رقم ١٢، الناصرة", ("address", "حي الصفافرة، شارع ٦٠٨٩ رقم ١٢، الناصرة")),
    it("وتلفوني 052-4417603", ("phone", "052-4417603")),
]

# A10. Unemployment insurance (Saudi social insurance)
_a10_id = saudi("1", "ar-a10-id")
_a10_id_said = J(ar(_a10_id[:4], "gulf", gsep=" "), " ", _a10_id[4:])
_a10_iban = iban_rand("SA", "ar-a10-iban", "10")
_a10_iban_said = J(("إس إيه ", "SA"), ar(_a10_iban[2:], "gulf", [2, 4, 4, 4, 4, 4]))
AR += [
    it("التأمينات الاجتماعية، معك ماجد، تفضل", ("name", "ماجد")),
    it("انفصلت من الشركة بداية الشهر وأبي أقدم على ساند"),
    it("الهوية " + _a10_id_said, ("id", _a10_id_said)),
    it("١٩٩٤/٠٣/٠٢ ميلادي", ("date_of_birth", "١٩٩٤/٠٣/٠٢ ميلادي"), ctx="وتاريخ الميلاد بالميلادي؟"),
    it("ساند يصرف ٦٠٪ من متوسط الأجر للأشهر الثلاثة الأولى بحد أعلى ٩٠٠٠ ريال، و٥٠٪ بعدها"),
    it("يعني الآيبان، " + _a10_iban_said, ("iban", _a10_iban_said)),
    it("إيميلي m.alotaibi95 آت جيميل دوت كوم", ("email", "m.alotaibi95 آت جيميل دوت كوم")),
    it("الطلب يندرس خلال ١٠ أيام عمل، وإذا انقبل ينصرف أول مبلغ بعد ٣٠ يوم من تاريخ الطلب"),
]
# A11. Value added tax registration (Saudi tax authority), small business owner
_a11_vat = ref(15, "ar-a11-vat", "3")
AR += [
    it("عندي مؤسسة صغيرة وأبي أسجل في ضريبة القيمة المضافة، المبيعات السنوية تقريبا ٤٠٠ ألف ريال"),
    it("التسجيل إلزامي إذا تجاوزت التوريدات ٣٧٥ ألف ريال، واختياري من ١٨٧ ألف وخمسمية"),
    it("الرقم الضريبي للمؤسسة " + ar_indic(_a11_vat) + "، طلع لي بالشهادة"),
    it("الإقرار ربع سنوي، وآخر موعد لتقديمه نهاية الشهر اللي بعد الربع، يعني ٣٠ أبريل"),
    it("والغرامة على التأخير من ٥ إلى ٢٥ بالمية من قيمة الضريبة"),
]

# A12. Passport renewal (Lebanon) and end-of-service indemnity
_a12_mc = card("5412", 16, "ar-a12-mc")
_a12_mc_said = J(_a12_mc[:4], " ", ar(_a12_mc[4:8], "lev", gsep=" "), " ", _a12_mc[8:12], " ", _a12_mc[12:])
_a12_iban = iban_rand("LB", "ar-a12-iban", "0014")
AR += [
    it("بونجور، بدي جدد الباسبور، قديش صارت الرسوم هلق؟"),
    it("الباسبور لعشر سنين صار ١٣ مليون و٥٠٠ ألف، ولخمس سنين ٨ مليون، والموعد بينحجز عالمنصة"),
    it("عم حاول إدفع عالمنصة والكارت ما عم يمرق، رقمه " + _a12_mc_said, ("card", _a12_mc_said)),
    it("إيميلي rita.abisaab@gmail.com بس يمكن ما يكون مسجل صح", ("email", "rita.abisaab@gmail.com")),
    it("عنواني الأشرفية، شارع السيوفي، بناية الأمل، الطابق الرابع", ("address", "الأشرفية، شارع السيوفي، بناية الأمل، الطابق الرابع"),
       ctx="وين بدك نبعتلك الباسبور؟"),
    it("وبالنسبة لتعويض نهاية الخدمة من الضمان، حطولي ياه عالحساب " + group(_a12_iban), ("iban", group(_a12_iban))),
    it("وإذا بدكن تحكوني، +961 70 823 441", ("phone", "+961 70 823 441")),
]

# A13. Driving licence renewal (Dubai), Sudanese caller
_a13_visa = card("4024", 16, "ar-a13-visa")
_a13_visa_said = ar(_a13_visa, "egy", [4, 4, 4, 4])
AR += [
    it("بالله يا أخوي رخصتي انتهت وعاوز أجددها، أعمل شنو؟"),
    it("تجديد الرخصة لخمس سنين حوالي ٣٠٠ درهم، وتحتاج فحص نظر في أي مركز معتمد قبل ما تجدد"),
    it("مواليد واحد واحد سبعة وسبعين، زي نص السودانيين", ("date_of_birth", "واحد واحد سبعة وسبعين")),
    it("البطاقة رقمها " + _a13_visa_said, ("card", _a13_visa_said)),
    it("الرخصة الجديدة بتوصل خلال يومين، وفي مخالفة مرورية عليك ٤٠٠ درهم لازم تتسدد الأول"),
]

# A14. Sponsorship transfer (Jeddah), Egyptian worker
_a14_iq = saudi("2", "ar-a14-iqama")
_a14_iq_w = ar_indic(_a14_iq)
_a14_visa = card("4847", 16, "ar-a14-visa")
AR += [
    it("أنا عامل مصري هنا في جدة، وعايز أنقل كفالتي لكفيل جديد، ينفع من غير موافقة الكفيل القديم؟"),
    it("لازم موافقة صاحب العمل الجديد، ورسوم النقل ٢٠٠٠ ريال أول مرة و٤٠٠٠ تاني مرة"),
    it("رقم الإقامة بتاعي " + _a14_iq_w + " والجواز جديد", ("id", _a14_iq_w)),
    it("طب هدفع بالفيزا دي، " + group(_a14_visa, 4, "-"), ("card", group(_a14_visa, 4, "-"))),
    it("وجوالي هنا ٠٥٦ ٢١٨ ٧٧٤٠", ("phone", "٠٥٦ ٢١٨ ٧٧٤٠")),
]

# A15. Visit-visa deposit refund (UAE), Syrian sponsor
_a15_iban = iban_rand("AE", "ar-a15-iban", "026")
_a15_mc = card("5213", 16, "ar-a15-mc")
AR += [
    it("مرحبا، كنت كفيل أختي على فيزا زيارة، هي سافرت من شهرين وبدي أسترجع مبلغ الضمان ١٠٢٥ درهم"),
    it("الآيبان الإماراتي تبعي " + group(_a15_iban), ("iban", group(_a15_iban))),
    it("سجلي الإيميل: basel dot alhalabi at yahoo dot com", ("email", "basel dot alhalabi at yahoo dot com")),
    it("١٧ / ٦ / ١٩٩٩", ("date_of_birth", "١٧ / ٦ / ١٩٩٩"), ctx="بنحتاج تاريخ ميلاد أختك كمان"),
    it("في رسوم إلغاء ١٥٠ درهم، بتدفعها هلق؟"),
    it("اي، ماستركارد، " + group(_a15_mc), ("card", group(_a15_mc))),
]

# A16. Residence renewal (Riyadh), Yemeni caller
_a16_iq = saudi("2", "ar-a16-iqama")
_a16_iq_said = J(ar(_a16_iq[0], "gulf"), "، ", ar_indic(_a16_iq[1:4]), " ", ar(_a16_iq[4:], "gulf", gsep=" "))
_a16_mada = card("440647", 16, "ar-a16-mada")
_a16_mada_said = ar_pairs(_a16_mada, "gulf", gsep="، ")
AR += [
    it("يا أخي أبغى أجدد الإقامة حقي، والكفيل قال ادفع الرسوم أنت"),
    it("رسوم رخصة العمل ٩٦٠٠ ريال للسنة، و٦٥٠ رسوم الإقامة"),
    it("رقم إقامتي " + _a16_iq_said, ("id", _a16_iq_said)),
    it("هادي بطاقة مدى، " + _a16_mada_said, ("card", _a16_mada_said)),
]

# A17. Citizen's account support payment (Saudi Arabia)
_a17_id1 = saudi("1", "ar-a17-id1")
_a17_id2 = saudi("1", "ar-a17-id2")
_a17_iban = iban_rand("SA", "ar-a17-iban", "05")
_a17_id2_said = ar(_a17_id2, "gulf", [1, 3, 3, 3], gsep="، ")
AR += [
    it("أبي أضيف ولدي كتابع في حساب المواطن، توه طلعت له هوية"),
    it("هويتي " + _a17_id1 + " وهوية الولد " + _a17_id2_said, ("id", _a17_id1), ("id", _a17_id2_said)),
    it("وأبي أغير الآيبان، الجديد " + group(_a17_iban), ("iban", group(_a17_iban))),
    it("العنوان الوطني: حي النرجس، شارع الأمير سلطان، مبنى ٧٢٣٤، الرياض ١٣٣٢٧",
       ("address", "حي النرجس، شارع الأمير سلطان، مبنى ٧٢٣٤، الرياض ١٣٣٢٧")),
    it("hind اندرسكور asiri آت هوتميل دوت كوم", ("email", "hind اندرسكور asiri آت هوتميل دوت كوم"),
       ctx="وش الإيميل المسجل عندك؟"),
    it("الدعم ينزل يوم ١٠ من كل شهر ميلادي، وأي تعديل يظهر بعد دورتين"),
]

# A18. Retirement pension (Qatar)
_a18_iban = iban_rand("QA", "ar-a18-iban", "QNBA")
_a18_iban_said = J(("كيو إيه ", "QA"), ar(_a18_iban[2:4], "gulf", gsep=" "), "، ", ("كيو إن بي إيه", "QNBA"), "، ",
                   group(_a18_iban[8:]))
AR += [
    it("أبي أحدث الحساب اللي ينزل عليه المعاش، الآيبان الجديد " + _a18_iban_said, ("iban", _a18_iban_said)),
    it("٣ سبتمبر ١٩٥٨", ("date_of_birth", "٣ سبتمبر ١٩٥٨"), ctx="ممكن تأكدين لي تاريخ الميلاد؟"),
    it("وإيميلي umjassim.1958@gmail.com اللي يوصله الإشعار", ("email", "umjassim.1958@gmail.com")),
    it("التحديث ياخذ ٥ أيام عمل، ومعاش هالشهر بينزل على الحساب القديم يوم ٢٥"),
]
# ------------------------------------------------------------------- Hebrew
HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
HE_TEENS_F = "עשר|אחת עשרה|שתים עשרה|שלוש עשרה|ארבע עשרה|חמש עשרה|שש עשרה|שבע עשרה|שמונה עשרה|תשע עשרה".split("|")
HE_TEENS_M = "עשרה|אחד עשר|שנים עשר|שלושה עשר|ארבעה עשר|חמישה עשר|שישה עשר|שבעה עשר|שמונה עשר|תשעה עשר".split("|")
HE_TENS = [None, None] + "עשרים שלושים ארבעים חמישים שישים שבעים שמונים תשעים".split()


def he(digits, gender="f", groups=None, gsep=", "):
    return _render(digits, HE_F if gender == "f" else HE_M, groups, gsep)


def he_num(n, gender="f"):
    w = HE_F if gender == "f" else HE_M
    if n < 10:
        return w[0] + " " + w[n]
    if n < 20:
        return (HE_TEENS_F if gender == "f" else HE_TEENS_M)[n - 10]
    t, u = divmod(n, 10)
    return HE_TENS[t] + (" ו" + w[u] if u else "")


def he_pairs(digits, gender="f", gsep=" ", lead=0):
    w = HE_F if gender == "f" else HE_M
    parts = [w[int(c)] for c in digits[:lead]]
    rest = digits[lead:]
    assert len(rest) % 2 == 0
    parts += [he_num(int(rest[i:i + 2]), gender) for i in range(0, len(rest), 2)]
    return R(gsep.join(parts), digits)


HE = []

# H1. Passport renewal (population and immigration authority), native Israeli
_h1_tz = tz("he-h1-tz")
_h1_tz_said = he(_h1_tz, "f", [3, 3, 3])
_h1_card = card("4580", 16, "he-h1-card")
_h1_card_said = he(_h1_card, "f", [4, 4, 4, 4])
HE += [
    it("רשות האוכלוסין וההגירה, שלום, מדברת מיכל, במה אפשר לעזור?", ("name", "מיכל")),
    it("היי, שמי עומר לוי, אני צריך לחדש דרכון, אני טס בעוד שלושה שבועות", ("name", "עומר לוי")),
    it("בשמחה עומר. מה מספר תעודת הזהות?", ("name", "עומר")),
    it("כן, " + _h1_tz_said, ("id", _h1_tz_said), ctx="בשמחה עומר. מה מספר תעודת הזהות?"),
    it("ארבעה עשר ביולי, תשעים ואחת", ("date_of_birth", "ארבעה עשר ביולי, תשעים ואחת"), ctx="ותאריך לידה?"),
    it('חידוש דרכון למבוגר עולה 305 ש"ח, ודרכון דחוף מקבלים באותו יום בלשכה בתל אביב'),
    it("יש תור פנוי בלשכה ברחוב קפלן ביום שלישי ב-10:20, או שאפשר לשלוח את הדרכון בדואר רשום"),
    it("אוקיי, " + _h1_card_said, ("card", _h1_card_said), ctx="עדיף תור. אפשר לשלם עכשיו בכרטיס?"),
    it("רחוב הרצל 45, דירה 7, חולון", ("address", "רחוב הרצל 45, דירה 7, חולון"),
       ctx="ולאיזו כתובת לשלוח את הדרכון הישן אחרי הביטול?"),
]

# H2. Unemployment benefit (national insurance), immigrant from Russia
_h2_tz = tz("he-h2-tz")
_h2_tz_said = J(he(_h2_tz[:3]), ", אממ, ", he(_h2_tz[3:6]), ", ", _h2_tz[6:])
_h2_iban = iban_rand("IL", "he-h2-iban", "020")
HE += [
    it("ביטוח לאומי שלום, אני דנה", ("name", "דנה")),
    it("שלום, מדבר יבגני קוזלוב, אבל כולם קוראים לי ז'ניה, אני רוצה לשאול על דמי אבטלה",
       ("name", "יבגני קוזלוב"), ("name", "ז'ניה")),
    it("תעודת זהות שלי " + _h2_tz_said, ("id", _h2_tz_said)),
    it("כדי לקבל דמי אבטלה צריך 12 חודשי עבודה מתוך 18 החודשים האחרונים, ואת התביעה מגישים באתר"),
    it("את הכסף תעבירו לחשבון שלי, איבן " + group(_h2_iban), ("iban", group(_h2_iban))),
    it("הטלפון שלי 054-3318820", ("phone", "054-3318820")),
    it("יש 5 ימי המתנה, והתשלום הראשון אמור להיכנס בסביבות ה-15 לחודש הבא"),
]

# H3. Birth grant and child allowance (national insurance), mother of Ethiopian origin
HE += [
    it("שלום, קוראים לי אלמז טספאיה, ילדתי לפני חודש ועוד לא קיבלתי מענק לידה", ("name", "אלמז טספאיה")),
    it("מזל טוב, גברת טספאיה! מתי נולד התינוק?", ("name", "טספאיה")),
    it("היא נולדה ב-3 במרץ 2024, בבית חולים קפלן", ("date_of_birth", "3 במרץ 2024")),
    it("מענק לידה לילד ראשון הוא 2,080 שקל, והוא משולם לחשבון שמעודכן אצלנו"),
    it("הכתובת שלי רחוב ירושלים 12, קריית מלאכי", ("address", "רחוב ירושלים 12, קריית מלאכי")),
    it("almaz.t שטרודל gmail נקודה com", ("email", "almaz.t שטרודל gmail נקודה com"), ctx="ומה כתובת המייל שלך?"),
    it("קצבת הילדים משולמת ב-20 לכל חודש, 169 שקל לילד"),
]

# H4. Income tax refund, new immigrant from France
_h4_tz = tz("he-h4-tz")
_h4_tz_w = "%s %s %s" % (_h4_tz[:3], _h4_tz[3:6], _h4_tz[6:])
_h4_fr = iban_rand("FR", "he-h4-fr", "30004")
_h4_il = iban_rand("IL", "he-h4-il", "011")
HE += [
    it("בונז'ור, סליחה, שלום, מדבר ז'אן-פייר אזולאי, אני עולה חדש מצרפת", ("name", "ז'אן-פייר אזולאי")),
    it("עבדתי רק חצי שנה ב-2023, ואמרו לי שמגיע לי החזר מס של בערך 4,000 שקל"),
    it("צריך להגיש טופס 135 דרך האזור האישי, וההחזר מתקבל תוך 90 יום בערך"),
    it("מספר זהות " + _h4_tz_w, ("id", _h4_tz_w)),
    it("אפשר שההחזר ייכנס לחשבון בצרפת? ה-IBAN שלי " + group(_h4_fr), ("iban", group(_h4_fr))),
    it("ההחזר נכנס רק לחשבון בנק בישראל, אדוני"),
    it("אז לחשבון בדיסקונט, " + group(_h4_il), ("iban", group(_h4_il))),
    it("jp.azoulay75 שטרודל orange נקודה fr", ("email", "jp.azoulay75 שטרודל orange נקודה fr"),
       ctx="ומייל לעדכונים?"),
]

# H5. Driving licence renewal, Arab citizen speaking Hebrew
_h5_card = card("4580", 16, "he-h5-card")
HE += [
    it("משרד הרישוי, שלום, שמי אורטל", ("name", "אורטל")),
    it("אהלן, אני מוחמד חאג' יחיא מטייבה, הרישיון שלי נגמר בחודש שעבר", ("name", "מוחמד חאג' יחיא")),
    it("אין בעיה מוחמד, צריך בדיקת ראייה ואגרה של 412 שקל", ("name", "מוחמד")),
    it("אני יליד 12.04.1987, זה משנה משהו לגבי הבדיקה?", ("date_of_birth", "12.04.1987")),
    it("ויזה, " + group(_h5_card, 4, "-"), ("card", group(_h5_card, 4, "-"))),
    it("הטלפון 052-661-3490", ("phone", "052-661-3490")),
    it("הרישיון יישלח בדואר תוך 14 ימי עבודה, ועד אז תקבל אישור זמני למייל"),
]
LANGS["he"] = lambda: HE
# H6. Smart identity card, new immigrant from London
HE += [
    it("שלום, הגעת למוקד של רשות האוכלוסין, שמי שירן", ("name", "שירן")),
    it("היי, אני דניאל, אה, דניאל רוזנברג, עשיתי עלייה מלונדון ואני צריך תעודת זהות חכמה",
       ("name", "דניאל"), ("name", "דניאל רוזנברג")),
    it("תעודת זהות ראשונה לעולה חדש היא בלי תשלום, רק צריך לקבוע תור דרך האתר"),
    it("באתר יש תור רק ב-27 באוגוסט בבאר שבע, אין משהו יותר קרוב לרעננה?"),
    it("לפעמים יש ביטולים, כדאי לבדוק כל בוקר בשמונה, התורים מתעדכנים"),
    it("אני גר ברחוב אחוזה 112, דירה 4, רעננה, אם זה עוזר", ("address", "רחוב אחוזה 112, דירה 4, רעננה")),
    it("המייל daniel_rosenberg@gmail.com והנייד 058-4127736",
       ("email", "daniel_rosenberg@gmail.com"), ("phone", "058-4127736")),
]

# H7. Old-age pension (national insurance), elderly woman in Jerusalem
_h7_tz = tz("he-h7-tz")
_h7_tz_said = he_pairs(_h7_tz, "m", gsep=", ", lead=1)
_h7_iban = iban_rand("IL", "he-h7-iban", "012")
_h7_iban_said = J(("איי אל ", "IL"), he_pairs(_h7_iban[2:4], "f"), ", ", group(_h7_iban[4:]))
HE += [
    it("ביטוח לאומי, מדבר אבי, שלום", ("name", "אבי")),
    it("שלום חמוד, זו שולה בן דוד, אני רוצה לשאול על קצבת הזקנה שלי", ("name", "שולה בן דוד")),
    it("כן, גברת בן דוד, אני צריך את מספר תעודת הזהות", ("name", "בן דוד")),
    it(_h7_tz_said + ", רשמת?", ("id", _h7_tz_said), ctx="כן, גברת בן דוד, אני צריך את מספר תעודת הזהות"),
    it('נולדתי בכ"ג בטבת תש"ח, אני לא זוכרת בלועזי', ("date_of_birth", 'כ"ג בטבת תש"ח')),
    it("הקצבה שלך היא 1,795 שקל, ומהחודש יש תוספת של 200 שקל כי עברת את גיל 80"),
    it("הבנק שלי העביר סניף, תרשום את האיבן החדש, " + _h7_iban_said, ("iban", _h7_iban_said)),
    it("הטלפון בבית 02-6712284, אין לי פלאפון", ("phone", "02-6712284")),
    it("התשלום נכנס ב-1 לחודש, ואם זה יוצא בשבת אז ביום שישי לפני"),
]

# H8. Permit to employ a foreign caregiver, son calling for his mother
_h8_mc = card("5326", 16, "he-h8-mc")
HE += [
    it("שלום, אני מתקשר בשביל אמא שלי, היא צריכה היתר להעסקת עובד זר בסיעוד"),
    it("האגרה להיתר היא 340 שקל לשנה, וצריך זכאות של לפחות 18 שעות שבועיות מביטוח לאומי"),
    it("טוב, תודה מוטי, אפשר להמשיך לתשלום", ("name", "מוטי")),
    it("מאסטרקארד " + group(_h8_mc), ("card", group(_h8_mc))),
    it("לאמא, שדרות רוטשילד 80, קומה שלישית, פתח תקווה", ("address", "שדרות רוטשילד 80, קומה שלישית, פתח תקווה"),
       ctx="לאיזו כתובת לשלוח את ההיתר?"),
    it("03-9305517, אבל היא לא תמיד עונה, אז תרשמי גם את שלי, 050-2267418",
       ("phone", "03-9305517"), ("phone", "050-2267418"), ctx="ומה הטלפון שלה?"),
    it("העובד יכול להתחיל לעבוד רק אחרי שההיתר יוצא, זה לוקח בערך 10 ימי עבודה"),
]

# H9. Tax coordination for two jobs, student in Haifa
_h9_tz = tz("he-h9-tz")
_h9_iban = iban_rand("IL", "he-h9-iban", "031")
HE += [
    it("היי, אני סטודנטית בטכניון ועובדת בשתי עבודות, אמרו לי לעשות תיאום מס"),
    it("תיאום מס עושים באזור האישי, ואם בעבודה השנייה ההכנסה נמוכה לא ינכו לך 47 אחוז אלא לפי המדרגה"),
    it("שמי נגה שחר, זהות " + " ".join(_h9_tz), ("name", "נגה שחר"), ("id", " ".join(_h9_tz))),
    it("noga קו תחתון sh שטרודל campus נקודה technion נקודה ac נקודה il",
       ("email", "noga קו תחתון sh שטרודל campus נקודה technion נקודה ac נקודה il"), ctx="ומייל?"),
    it("ואם יוצא לי החזר, ה-IBAN " + group(_h9_iban), ("iban", group(_h9_iban))),
    it("ההחזר על 2023 אפשרי עד סוף 2029, יש שש שנים אחורה"),
]

# H10. General disability allowance, Druze caller from the Carmel
_h10_tz = tz("he-h10-tz")
_h10_tz_said = he(_h10_tz, "m", [3, 3, 3])
_h10_iban = iban_rand("IL", "he-h10-iban", "017")
HE += [
    it("ביטוח לאומי, מחלקת נכות, מדברת אסנת", ("name", "אסנת")),
    it("ערב טוב, אני סאלח חלבי מדלית אל כרמל, כולם קוראים לי אבו סאמר",
       ("name", "סאלח חלבי"), ("name", "אבו סאמר")),
    it("תעודת זהות " + _h10_tz_said, ("id", _h10_tz_said)),
    it("נולדתי ב-1 בינואר 1965", ("date_of_birth", "1 בינואר 1965")),
    it("הוועדה הרפואית נקבעה ל-11 בנובמבר בשעה 9:40, בסניף חיפה בשדרות פל-ים"),
    it("הכתובת שלי רחוב ראשי 210, דלית אל כרמל, מיקוד 3005600",
       ("address", "רחוב ראשי 210, דלית אל כרמל, מיקוד 3005600")),
    it("טלפון 04-8393421", ("phone", "04-8393421")),
    it("הקצבה תיכנס לחשבון במרכנתיל, " + group(_h10_iban), ("iban", group(_h10_iban))),
    it("אחוזי הנכות הרפואית שנקבעו לך הם 50 אחוז, והקצבה המלאה היא 4,158 שקל בחודש"),
]
# H11. Passport renewal at a consulate (New York), Israeli living in Brooklyn
_h11_amex = card("37", 15, "he-h11-amex")
_h11_amex_a = _h11_amex[:4] + " " + _h11_amex[4:10]
_h11_amex_b = _h11_amex[10:]
_h11_ph = J("פלוס ", he("1"), ", 718 ... 339 2047")
HE += [
    it("אני גר בניו יורק כבר חמש שנים והדרכון הישראלי פג בינואר, אפשר לחדש דרך הקונסוליה?"),
    it("כן, קובעים תור במערכת, האגרה בקונסוליה היא 115 דולר ומשלמים רק בכרטיס אשראי"),
    it("אמריקן אקספרס, " + _h11_amex_a + ", רגע, " + _h11_amex_b,
       ("card", _h11_amex_a, None, True), ("card", _h11_amex_b, None, True)),
    it("הכתובת 1420 Ocean Parkway, Apt 5C, Brooklyn, NY 11230",
       ("address", "1420 Ocean Parkway, Apt 5C, Brooklyn, NY 11230"), ctx="לאן לשלוח את הדרכון?"),
    it("הטלפון פה זה " + _h11_ph, ("phone", _h11_ph)),
    it("אני ילידת 30 בספטמבר 1993, ברמת גן", ("date_of_birth", "30 בספטמבר 1993")),
    it("המייל שלי yael.ben.ami שטרודל yahoo נקודה com", ("email", "yael.ben.ami שטרודל yahoo נקודה com")),
    it("הדרכון יגיע לקונסוליה תוך 4 עד 6 שבועות, ואז נשלח אותו במעטפה שצירפת"),
]

# H12. Status for a foreign spouse (population authority), husband calling for his wife from Ukraine
_h12_tz = tz("he-h12-tz")
_h12_visa = card("4557", 16, "he-h12-visa")
_h12_visa_said = J(he(_h12_visa[:4], gsep=" "), ", ", _h12_visa[4:8], ", ", he(_h12_visa[8:12], gsep=" "), ", ",
                   _h12_visa[12:])
HE += [
    it("אשתי מאוקראינה, התחתנו בקפריסין, ואנחנו רוצים להתחיל את ההליך המדורג"),
    it("ההליך המדורג לבני זוג נשואים לוקח כארבע שנים וחצי, ובשלב הראשון מקבלים אשרת B1 לשנה"),
    it("התעודת זהות שלי " + he(_h12_tz, "f", [2, 3, 4]), ("id", he(_h12_tz, "f", [2, 3, 4]))),
    it("היא ילידת 05/11/1995", ("date_of_birth", "05/11/1995")),
    it("האגרה לבקשה היא 175 שקל, אפשר לשלם כבר עכשיו"),
    it("יאללה, " + _h12_visa_said, ("card", _h12_visa_said)),
    it("ואת הזימון תשלחו למייל olena.kravets95@ukr.net", ("email", "olena.kravets95@ukr.net")),
    it("הראיון הראשון ייקבע בלשכה בנתניה, בדרך כלל תוך 3 חודשים מהגשת הבקשה"),
]

# H13. Old-age pension paid abroad (national insurance), Israeli living in Berlin
_h13_de = iban_rand("DE", "he-h13-de", "10070024")
_h13_ph = J("פלוס ", he("972", gsep=" "), ", ", he("50", gsep=" "), ", ", he("7714", gsep=" "), ", ", he("593", gsep=" "))
HE += [
    it("שלום, אני גר בברלין כבר עשר שנים ובחודש הבא אני בן 67, אני רוצה שהקצבה תיכנס לחשבון בגרמניה"),
    it("אפשר, צריך למלא טופס 5001 ולצרף אישור מהבנק בחו\"ל, התשלום הוא פעם בשלושה חודשים"),
    it("האיבן הגרמני " + group(_h13_de), ("iban", group(_h13_de))),
    it("שישה בפברואר חמישים ושבע", ("date_of_birth", "שישה בפברואר חמישים ושבע"), ctx="תאשר לי בבקשה תאריך לידה"),
    it("ואם צריך לחזור אליי, " + _h13_ph, ("phone", _h13_ph)),
    it("הכתובת שלי שם Kastanienallee 38, 10435 Berlin", ("address", "Kastanienallee 38, 10435 Berlin")),
]

# H14. Reserve duty compensation (national insurance), young reservist
_h14_tz = tz("he-h14-tz")
_h14_iban = iban_rand("IL", "he-h14-iban", "010")
HE += [
    it("הייתי במילואים 47 ימים מאוקטובר עד דצמבר, והתגמול עדיין לא נכנס"),
    it("אתה עצמאי או שכיר? לעצמאים התגמול מחושב לפי ההכנסה שדיווחת למס הכנסה ב-2022"),
    it("עצמאי. מספר זהות " + _h14_tz, ("id", _h14_tz)),
    it("החשבון שלי השתנה, " + group(_h14_iban), ("iban", group(_h14_iban))),
    it("ilan.mizrahi.dev שטרודל gmail נקודה com, הכל באותיות קטנות",
       ("email", "ilan.mizrahi.dev שטרודל gmail נקודה com"), ctx="מה המייל לעדכונים?"),
    it("בגלל ההגשה המאוחרת התשלום ייכנס ב-9 לחודש הבא, כולל הפרשי הצמדה"),
]

# H15. Land appreciation tax and employer file (tax authority): non-personal numbers
_h15_file = ref(9, "he-h15-file", "9")
_h15_deal = ref(7, "he-h15-deal")
HE += [
    it("מכרנו דירה בגוש 6625 חלקה 118 ברמת השרון, והשומה של מס שבח יצאה 312 אלף שקל, זה לא נראה לי הגיוני"),
    it("מספר העסקה שלכם " + _h15_deal + ", ואפשר להגיש השגה תוך 30 יום מיום קבלת השומה"),
    it("יש לנו פטור של דירה יחידה, קנינו אותה ב-2011 ב-1,450,000 שקל"),
    it("מספר תיק הניכויים של העסק " + _h15_file + ", המעסיק צריך לדווח טופס 102 עד ה-15 בכל חודש"),
    it("הדוח השנתי לשנת 2023 צריך להגיש עד 31 במאי, ואם יש רואה חשבון יש הארכה עד ספטמבר"),
]

# H16. Police certificate and apostille for a work visa abroad
_h16_card = card("5447", 16, "he-h16-card")
HE += [
    it("אני צריכה תעודת יושר לוויזת עבודה בקנדה, כמה זמן זה לוקח?"),
    it("התעודה נשלחת בדואר תוך 14 יום, ובשביל האפוסטיל יש אגרה של 42 שקל בבית המשפט"),
    it("אני יכולה לשלם על האפוסטיל בטלפון? הכרטיס " + " ".join(group(_h16_card).split()),
       ("card", " ".join(group(_h16_card).split()))),
    it("הכתובת למשלוח: רחוב הנביאים 9, דירה 3, חיפה", ("address", "רחוב הנביאים 9, דירה 3, חיפה")),
]
# H17. Maternity pay (national insurance), caller from Rahat
_h17_ph = J(he("05"), " ", he_pairs("27193846", "m", gsep=" "))
HE += [
    it("שלום, ילדתי לפני חודשיים ודמי הלידה נכנסו רק על חלק מהתקופה"),
    it("דמי לידה משולמים על 15 שבועות אם עבדת 10 חודשים מתוך 14 החודשים האחרונים"),
    it("אני ילידת עשרים ושניים בדצמבר תשעים ותשע", ("date_of_birth", "עשרים ושניים בדצמבר תשעים ותשע")),
    it("הכתובת שלי רהט, שכונה 12, בית 45", ("address", "רהט, שכונה 12, בית 45")),
    it("הטלפון " + _h17_ph + " והמייל amal.abu שטרודל walla נקודה co נקודה il",
       ("phone", _h17_ph), ("email", "amal.abu שטרודל walla נקודה co נקודה il")),
]
# H18. Replacing a passport lost for the second time
_h18_card = card("4580", 16, "he-h18-card")
_h18_card_said = he_pairs(_h18_card, "f", gsep=" ")
HE += [
    it('דרכון שאבד פעם שנייה תוך עשר שנים עולה 610 ש"ח, וצריך להביא אישור משטרה על האובדן'),
    it("בסדר, תחייבי את הויזה, " + _h18_card_said, ("card", _h18_card_said)),
]
# -------------------------------------------------------------------- Greek
EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
EL_D_FORMAL = "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα".split()
EL_TEENS = "δέκα έντεκα δώδεκα δεκατρία δεκατέσσερα δεκαπέντε δεκαέξι δεκαεφτά δεκαοχτώ δεκαεννιά".split()
EL_TENS = [None, None] + "είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα ενενήντα".split()
EL_HUND = [None, "εκατό", "διακόσια", "τριακόσια", "τετρακόσια", "πεντακόσια", "εξακόσια", "εφτακόσια",
           "οχτακόσια", "εννιακόσια"]


def el(digits, groups=None, gsep=", ", formal=False):
    return _render(digits, EL_D_FORMAL if formal else EL_D, groups, gsep)


def el_num(n):
    """0-999 as a Greek speaker reads a group of a number."""
    if n < 10:
        return EL_D[n]
    if n < 20:
        return EL_TEENS[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        return EL_TENS[t] + (" " + EL_D[u] if u else "")
    h, rest = divmod(n, 100)
    if rest == 0:
        return EL_HUND[h]
    return ("εκατόν" if h == 1 else EL_HUND[h]) + " " + el_num(rest)


def el_groups(digits, groups, gsep=", "):
    """Each group read as one number; a group's leading zeros are read as "μηδέν"."""
    parts, i = [], 0
    for g in groups:
        chunk = digits[i:i + g]
        i += g
        words = []
        while len(chunk) > 1 and chunk[0] == "0":
            words.append("μηδέν")
            chunk = chunk[1:]
        words.append(el_num(int(chunk)))
        parts.append(" ".join(words))
    assert i == len(digits)
    return R(gsep.join(parts), digits)


EL = []

# G1. Passport application (passport office), young Athenian
_g1_afm = afm("el-g1-afm")
_g1_afm_said = el_groups(_g1_afm, [3, 2, 2, 2])
_g1_card = card("4163", 16, "el-g1-card")
_g1_ph = el_groups("6973251840", [1, 1, 1, 3, 2, 2])
EL += [
    it("Καλημέρα σας, Διεύθυνση Διαβατηρίων, ονομάζομαι Βασίλης", ("name", "Βασίλης")),
    it("Γεια σας, με λένε Κατερίνα Παπαδάκη, θέλω να βγάλω διαβατήριο και δεν ξέρω τι χρειάζεται",
       ("name", "Κατερίνα Παπαδάκη")),
    it("Χρειάζεστε την ταυτότητα, μία φωτογραφία και το e-παράβολο των 84,40 ευρώ για το πενταετές"),
    it("Μπορώ να σας κλείσω ραντεβού την Πέμπτη 14 του μήνα στις 11:30, στο γραφείο της Κατεχάκη"),
    it("Για το παράβολο μου ζητάει ΑΦΜ, είναι " + _g1_afm_said, ("id", _g1_afm_said)),
    it("εντάξει θα το πληρώσω με κάρτα " + group(_g1_card), ("card", group(_g1_card))),
    it(_g1_ph, ("phone", _g1_ph), ctx="Και ένα κινητό για να σας έρθει το SMS της επιβεβαίωσης;"),
]

# G2. Tax office refund (Thessaloniki), older man
_g2_afm = afm("el-g2-afm")
_g2_afm_w = _g2_afm[:3] + " " + _g2_afm[3:6] + " " + _g2_afm[6:]
_g2_iban = iban_rand("GR", "el-g2-iban", "0110")
EL += [
    it("Ναι, καλημέρα, ο Θανάσης Καραγιάννης εδώ, από Θεσσαλονίκη", ("name", "Θανάσης Καραγιάννης")),
    it("Καλημέρα κύριε Καραγιάννη, πείτε μου το ΑΦΜ σας", ("name", "Καραγιάννη")),
    it("Ο ΑΦΜ μου, " + _g2_afm_w + ", ναι", ("id", _g2_afm_w)),
    it("Η επιστροφή φόρου είναι 347 ευρώ και θα πιστωθεί μέχρι το τέλος Ιουλίου"),
    it("Ο λογαριασμός άλλαξε όμως, το IBAN είναι " + group(_g2_iban), ("iban", group(_g2_iban))),
    it("Το IBAN πρέπει να είναι στο όνομά σας, και η αλλαγή γίνεται μόνο από το Taxisnet, όχι από το τηλέφωνο"),
    it("Το σταθερό μου είναι 2310 842117, αν χρειαστεί", ("phone", "2310 842117")),
]

# G3. Pension (social insurance), elderly woman in Heraklion
_g3_afm = afm("el-g3-afm")
_g3_afm_said = el(_g3_afm, [3, 3, 3])
_g3_iban = iban_rand("GR", "el-g3-iban", "0260")
EL += [
    it("Ναι, γεια σας, λέγομαι Ευαγγελία Μανουσάκη, αλλά όλοι με φωνάζουν Λίτσα",
       ("name", "Ευαγγελία Μανουσάκη"), ("name", "Λίτσα")),
    it("Γεννήθηκα στις δεκαπέντε Αυγούστου του σαράντα εννιά, της Παναγίας",
       ("date_of_birth", "δεκαπέντε Αυγούστου του σαράντα εννιά")),
    it("Ο ΑΦΜ μου είναι " + _g3_afm_said, ("id", _g3_afm_said)),
    it("Η σύνταξη του Ιουνίου πιστώνεται στις 27 Μαΐου, 612 ευρώ καθαρά μετά την κράτηση 6% για την υγεία"),
    it("Μένω στην οδό Καλοκαιρινού 58, Ηράκλειο, 71202", ("address", "Καλοκαιρινού 58, Ηράκλειο, 71202")),
    it("Και να μου τη βάλετε στον καινούργιο λογαριασμό, " + group(_g3_iban), ("iban", group(_g3_iban))),
    it("Αυτό κυρία Λίτσα πρέπει να το δηλώσετε στο ΚΕΠ με την ταυτότητα", ("name", "Λίτσα")),
]

# G4. Child benefit (welfare payments agency), young mother in Patras
_g4_afm = afm("el-g4-afm")
_g4_iban = iban_rand("GR", "el-g4-iban", "0172")
_g4_iban_said = J(("GR ", "GR"), el_groups(_g4_iban[2:4], [2]), ", ", group(_g4_iban[4:]))
EL += [
    it("ΟΠΕΚΑ, καλησπέρα, είμαι η Δέσποινα", ("name", "Δέσποινα")),
    it("Καλησπέρα, είμαι η Κική, Κυριακή Ζαφειρίου, γέννησα τον Μάρτιο και θέλω να κάνω αίτηση για το επίδομα παιδιού",
       ("name", "Κική"), ("name", "Κυριακή Ζαφειρίου")),
    it("το μωρό γεννήθηκε 8 Μαρτίου 2024 στο Ρίο", ("date_of_birth", "8 Μαρτίου 2024")),
    it("ΑΦΜ " + _g4_afm, ("id", _g4_afm)),
    it("Το IBAN " + _g4_iban_said, ("iban", _g4_iban_said)),
    it("kiki κάτω παύλα zaf παπάκι yahoo τελεία gr", ("email", "kiki κάτω παύλα zaf παπάκι yahoo τελεία gr"),
       ctx="Ένα email για την ειδοποίηση;"),
    it("Για το πρώτο παιδί στη δική σας κατηγορία το ποσό είναι 70 ευρώ τον μήνα και πληρώνεται κάθε δύο μήνες"),
]

# G5. Unemployment benefit (public employment service), young man in Larissa
_g5_afm = afm("el-g5-afm")
_g5_ph = J("συν ", el_groups("30", [2]), ", ", el_groups("6932418075", [3, 3, 2, 2], gsep=" "))
EL += [
    it("Γεια σας, Γιώργος Τσιόλης, έκανα αίτηση για επίδομα ανεργίας στις 3 Απριλίου και ακόμα δεν έχει εγκριθεί",
       ("name", "Γιώργος Τσιόλης")),
    it("Το επίδομα εγκρίνεται σε 20 εργάσιμες, και το βασικό ποσό είναι 540 ευρώ για τους πρώτους 6 μήνες"),
    it("ΑΦΜ " + " ".join(_g5_afm) + ", εεε, ναι", ("id", " ".join(_g5_afm))),
    it("giorgos.tsiolis@hotmail.com", ("email", "giorgos.tsiolis@hotmail.com"), ctx="Έχετε κάποιο email;"),
    it("κινητό " + _g5_ph, ("phone", _g5_ph)),
    it("Γιώργο, η κάρτα ανεργίας ανανεώνεται αυτόματα κάθε τρεις μήνες, δεν χρειάζεται να έρθεις", ("name", "Γιώργο")),
]
LANGS["el"] = lambda: EL
# G6. Identity card replacement (Cyprus civil registry), older man from Limassol
_g6_ph = el_groups("99634217", [2, 2, 2, 2])
_g6_card = card("4917", 16, "el-g6-card")
EL += [
    it("Τμήμα Αρχείου Πληθυσμού, καλημέρα, η Χρυστάλλα εδώ", ("name", "Χρυστάλλα")),
    it("Καλημέρα κόρη μου, ο Χαράλαμπος Κυριάκου είμαι, Μπάμπη με λαλούν",
       ("name", "Χαράλαμπος Κυριάκου"), ("name", "Μπάμπη")),
    it("Έχασα την ταυτότητα μου στο παζάρι, τι πρέπει να κάμω;"),
    it("Για ταυτότητα που χάθηκε το τέλος είναι 30 ευρώ, και θέλετε βεβαίωση που την αστυνομία"),
    it("Γεννήθηκα στις 12 του Οκτώβρη του '58", ("date_of_birth", "12 του Οκτώβρη του '58")),
    it("Το κινητό μου " + _g6_ph + ", να με πάρετε όταν είναι έτοιμη", ("phone", _g6_ph)),
    it("Μένω στη Λεμεσό, οδός Γλάδστωνος 15, διαμέρισμα 201, 3041",
       ("address", "Λεμεσό, οδός Γλάδστωνος 15, διαμέρισμα 201, 3041")),
    it("Να πληρώσω με την κάρτα; " + " ".join(group(_g6_card).split()), ("card", group(_g6_card))),
    it("Η νέα ταυτότητα θα είναι έτοιμη σε 10 εργάσιμες, και την παραλαμβάνετε από το Επαρχιακό Γραφείο Λεμεσού"),
]

# G7. Maternity allowance (Cyprus social insurance), young mother in Nicosia
_g7_iban = iban_rand("CY", "el-g7-iban", "005")
EL += [
    it("Γεια σας, είμαι η Γιωτούλα, Παναγιώτα Χριστοφόρου, παίρνω για το επίδομα μητρότητας",
       ("name", "Γιωτούλα"), ("name", "Παναγιώτα Χριστοφόρου")),
    it("Το επίδομα μητρότητας δίνεται για 18 εβδομάδες, και η αίτηση γίνεται μέσα σε 21 μέρες από την έναρξη"),
    it("Το μωρό γεννήθηκε στις 2 του Φλεβάρη, στο Μακάρειο", ("date_of_birth", "2 του Φλεβάρη")),
    it("Το IBAN μου " + group(_g7_iban) + ", στην Τράπεζα Κύπρου", ("iban", group(_g7_iban))),
    it("giota.christoforou παπάκι cytanet τελεία com τελεία cy",
       ("email", "giota.christoforou παπάκι cytanet τελεία com τελεία cy"), ctx="Και το email σας;"),
    it("Τηλέφωνο +357 96 118402", ("phone", "+357 96 118402")),
    it("Η πρώτη πληρωμή γίνεται συνήθως σε 4 με 6 εβδομάδες, κάθε Πέμπτη"),
]

# G8. Driving licence renewal after 65 (regional transport office), Athens
_g8_card = card("5168", 16, "el-g8-card")
_g8_card_a = el(_g8_card[:4], formal=True, gsep=" ") + ", " + el(_g8_card[4:8], formal=True, gsep=" ")
_g8_card_b = group(_g8_card[8:])
EL += [
    it("Ο Τάκης εδώ, Παναγιώτης Λαμπρόπουλος, θέλω να ανανεώσω το δίπλωμα, είμαι 66",
       ("name", "Τάκης"), ("name", "Παναγιώτης Λαμπρόπουλος")),
    it("Μετά τα 65 η ανανέωση γίνεται κάθε 3 χρόνια, με εξετάσεις από παθολόγο και οφθαλμίατρο"),
    it("Το παράβολο είναι 30 ευρώ και το χαρτόσημο άλλα 9, πληρώνονται και τα δύο ηλεκτρονικά"),
    it("στις τρεις Μαΐου του πενήντα οχτώ", ("date_of_birth", "τρεις Μαΐου του πενήντα οχτώ"),
       ctx="Την ημερομηνία γέννησης να μου πείτε;"),
    it("Με την κάρτα της Πειραιώς, " + _g8_card_a + "... " + _g8_card_b,
       ("card", _g8_card_a, None, True), ("card", _g8_card_b, None, True)),
    it("Η διεύθυνση είναι Πατησίων 112, τρίτος όροφος, 11257 Αθήνα", ("address", "Πατησίων 112, τρίτος όροφος, 11257 Αθήνα")),
    it("Ευχαριστώ κύριε Λαμπρόπουλε, το δίπλωμα θα σας σταλεί με courier σε 10 εργάσιμες", ("name", "Λαμπρόπουλε")),
]

# G9. Residence permit renewal (migration service), Georgian carer in Athens
_g9_app = ref(7, "el-g9-app")
_g9_visa = card("4532", 16, "el-g9-visa")
EL += [
    it("Γεια σας, με λένε Nino Beridze, είμαι από Γεωργία, η άδεια διαμονής μου λήγει σε δύο μήνες",
       ("name", "Nino Beridze")),
    it("Η ανανέωση γίνεται ηλεκτρονικά, το παράβολο για διετή άδεια είναι 150 ευρώ και 16 ευρώ για την κάρτα"),
    it("Ο αριθμός της αίτησής σας είναι 2024/" + _g9_app + ", κρατήστε τον για να βλέπετε την πορεία"),
    it("Είμαι γεννημένη 21/04/1982 στην Τιφλίδα", ("date_of_birth", "21/04/1982")),
    it("nino.beridze82@gmail.com", ("email", "nino.beridze82@gmail.com"), ctx="Ένα email για την βεβαίωση κατάθεσης;"),
    it("Το κινητό μου 694 882 1307", ("phone", "694 882 1307")),
    it("Θα πληρώσω με την κάρτα, " + group(_g9_visa, 4, "-"), ("card", group(_g9_visa, 4, "-"))),
    it("Μέχρι να βγει η απόφαση, η βεβαίωση κατάθεσης ισχύει σαν άδεια, και μπορείτε να δουλεύετε κανονικά"),
]

# G10. Property tax instalments (tax authority): mostly non-personal numbers
_g10_kaek = ref(12, "el-g10-kaek")
_g10_afm = afm("el-g10-afm")
_g10_ref = ref(20, "el-g10-ref")
EL += [
    it("Ο ΕΝΦΙΑ φέτος βγήκε 486 ευρώ και 20 λεπτά, σε 12 δόσεις των 40,52 ευρώ"),
    it("Η πρώτη δόση λήγει στις 31 Μαρτίου και η τελευταία στις 28 Φεβρουαρίου του επόμενου έτους"),
    it("Το ακίνητο με ΚΑΕΚ " + _g10_kaek + " στο Μαρούσι γιατί εμφανίζεται δύο φορές;"),
    it("Έχετε κάνει διόρθωση στο Ε9 τον Ιούνιο, οπότε εκκαθαρίστηκε ξανά με έκπτωση 10%"),
    it("ναι το ΑΦΜ μου " + el(_g10_afm, [3, 3, 3], gsep=" "), ("id", el(_g10_afm, [3, 3, 3], gsep=" "))),
    it("Η ταυτότητα οφειλής για την πληρωμή είναι " + _g10_ref + ", την περνάτε στο e-banking"),
]
# G11. Income tax refund (Cyprus tax department), Larnaca
_g11_iban = iban_rand("CY", "el-g11-iban", "002")
_g11_iban_said = J(("σι γουάι ", "CY"), el_groups(_g11_iban[2:4], [2]), ", ", group(_g11_iban[4:]))
EL += [
    it("Υπέβαλα τη δήλωση για το 2023 τον Ιούλιο και μου βγάζει επιστροφή 1.240 ευρώ, πότε θα την πάρω;"),
    it("Οι επιστροφές για το 2023 γίνονται σε παρτίδες, η επόμενη είναι στο τέλος του μήνα"),
    it("Άλλαξα τράπεζα, γράψτε το καινούργιο, " + _g11_iban_said, ("iban", _g11_iban_said)),
    it("Στο σπίτι 24 636915, το κινητό δεν το σηκώνω στη δουλειά", ("phone", "24 636915")),
    it("Με το καλό, κύριε Ιωάννου, και κάντε μας και την αλλαγή στο TaxisNet για σιγουριά", ("name", "Ιωάννου")),
]

# G12. Disability allowance (Volos), older man
_g12_afm = afm("el-g12-afm")
_g12_afm_said = J(el_groups(_g12_afm[:3], [3]), ", ", _g12_afm[3:6], ", ", el(_g12_afm[6:], gsep=" "))
_g12_iban = iban_rand("GR", "el-g12-iban", "0140")
EL += [
    it("Πήρα απόφαση από την ΚΕΠΑ με ποσοστό 67% για πέντε χρόνια, τι κάνω τώρα για το επίδομα;"),
    it("Η αίτηση γίνεται στην πλατφόρμα του ΟΠΕΚΑ, και το επίδομα είναι 371 ευρώ τον μήνα, αναδρομικά από την ημέρα της αίτησης στο ΚΕΠΑ"),
    it("ο ΑΦΜ μου " + _g12_afm_said, ("id", _g12_afm_said)),
    it("γεννήθηκα 7 Σεπτεμβρίου 1955 στο Βόλο", ("date_of_birth", "7 Σεπτεμβρίου 1955")),
    it("Ο λογαριασμός στην Alpha, " + group(_g12_iban), ("iban", group(_g12_iban))),
    it("η διεύθυνσή μου Ιάσονος 74, Βόλος, 38221", ("address", "Ιάσονος 74, Βόλος, 38221")),
]

# G13. Child's passport (Cyprus), father in Larnaca
_g13_mc = card("5355", 16, "el-g13-mc")
_g13_mc_said = J(_g13_mc[:4], " ", el(_g13_mc[4:8], gsep=" "), " ", _g13_mc[8:12], " ", _g13_mc[12:])
EL += [
    it("Θέλω να βγάλω διαβατήριο για τον γιο μου που είναι 7 χρονών, πόσο κοστίζει;"),
    it("Για παιδιά κάτω των 12 το διαβατήριο ισχύει 5 χρόνια και κοστίζει 30 ευρώ"),
    it("Εντάξει, η κάρτα " + _g13_mc_said, ("card", _g13_mc_said)),
    it("andreas.loizou@cytanet.com.cy", ("email", "andreas.loizou@cytanet.com.cy"), ctx="Ένα email για το ραντεβού;"),
    it("Να το στείλετε στο σπίτι, Λεωφόρος Αρτέμιδος 33, Λάρνακα, 6020",
       ("address", "Λεωφόρος Αρτέμιδος 33, Λάρνακα, 6020")),
    it("Το ραντεβού είναι την Τρίτη 5 Νοεμβρίου στις 9:15 στο Επαρχιακό Γραφείο Λάρνακας, να έρθει και το παιδί"),
]

# G14. Minimum guaranteed income (Thessaloniki), single mother
_g14_afm = afm("el-g14-afm")
_g14_iban = iban_rand("GR", "el-g14-iban", "0171")
EL += [
    it("Καλησπέρα σας, είμαι η Σούλα Αθανασίου, ήθελα να ρωτήσω για το Ελάχιστο Εγγυημένο Εισόδημα",
       ("name", "Σούλα Αθανασίου")),
    it("Για μονογονεϊκή οικογένεια με ένα παιδί το όριο εισοδήματος είναι 3.600 ευρώ το εξάμηνο"),
    it("ΑΦΜ " + _g14_afm[:5] + " " + _g14_afm[5:], ("id", _g14_afm[:5] + " " + _g14_afm[5:])),
    it("Μένω Εγνατίας 45, πέμπτος όροφος, Θεσσαλονίκη", ("address", "Εγνατίας 45, πέμπτος όροφος, Θεσσαλονίκη")),
    it("soula_ath κάτω παύλα 80 παπάκι gmail τελεία com",
       ("email", "soula_ath κάτω παύλα 80 παπάκι gmail τελεία com"), ctx="Email έχετε;"),
    it("Το IBAN είναι " + group(_g14_iban) + ", Πειραιώς", ("iban", group(_g14_iban))),
    it("Και στο κινητό 6945 118 372", ("phone", "6945 118 372")),
    it("Η πληρωμή γίνεται την τελευταία εργάσιμη κάθε μήνα, και η αίτηση ανανεώνεται κάθε έξι μήνες"),
]

# G15. Greek pension paid to Germany, pensioner in Stuttgart
_g15_de = iban_rand("DE", "el-g15-de", "60050101")
_g15_ph = J("συν ", el("49"), ", ", el_groups("17623489015", [3, 3, 3, 2], gsep=" "))
EL += [
    it("Δούλεψα 12 χρόνια στην Ελλάδα και 30 στη Γερμανία, και μου είπαν ότι δικαιούμαι και ελληνική σύνταξη"),
    it("Με τον κανονισμό της Ευρωπαϊκής Ένωσης μετράνε όλα τα χρόνια, και η ελληνική σύνταξη υπολογίζεται αναλογικά, για τα 12 χρόνια"),
    it("ο λογαριασμός μου είναι γερμανικός, " + group(_g15_de), ("iban", group(_g15_de))),
    it("Γεννήθηκα 1η Ιανουαρίου του '57 στην Καβάλα", ("date_of_birth", "1η Ιανουαρίου του '57")),
    it("το τηλέφωνο " + _g15_ph, ("phone", _g15_ph)),
    it("Η διεύθυνση Königstraße 21, 70173 Stuttgart", ("address", "Königstraße 21, 70173 Stuttgart")),
]

# G16. Insurance record and contributions (social insurance): non-personal numbers
EL += [
    it("Μου φαίνονται 4.217 ένσημα, αλλά πρέπει να έχω πάνω από 4.500, λείπουν τα χρόνια 2003 με 2005"),
    it("Αυτά τα χρόνια ήσασταν στον ΟΑΕΕ, θα τα δείτε στην ενότητα του πρώην ταμείου, 900 ημέρες περίπου"),
    it("Η εισφορά για την πρώτη ασφαλιστική κατηγορία είναι 238 ευρώ τον μήνα από τον Ιανουάριο"),
    it("Η προθεσμία για την εξαγορά πλασματικών ετών λήγει στις 31 Δεκεμβρίου, και το κόστος είναι 20% επί του κατώτατου μισθού"),
    it("Ο λογιστής μου λέει να περιμένω μέχρι τα 62, έχει δίκιο;"),
]
# G17. New identity card (police), young man from Piraeus
_g17_card = card("4741", 16, "el-g17-card")
_g17_card_said = el_groups(_g17_card, [2, 2, 2, 2, 2, 2, 2, 2], gsep=" ")
EL += [
    it("Για τη νέα ταυτότητα το παράβολο είναι 10 ευρώ, και το ραντεβού κλείνεται στην πλατφόρμα"),
    it("με λένε Στέλιος Μαυρίδης, το έκλεισα για τις 22 στο τμήμα του Πειραιά αλλά δεν πέρασε η πληρωμή",
       ("name", "Στέλιος Μαυρίδης")),
    it("Δοκιμάστε ξανά τώρα, Στέλιο, πείτε μου τον αριθμό της κάρτας", ("name", "Στέλιο")),
    it("εεε " + _g17_card_said, ("card", _g17_card_said)),
    it("stelios.mavr παπάκι outlook τελεία com", ("email", "stelios.mavr παπάκι outlook τελεία com"),
       ctx="Σε ποιο email να σταλεί η απόδειξη;"),
    it("Η ταυτότητα παραδίδεται σε περίπου 15 μέρες στο ίδιο αστυνομικό τμήμα"),
]

# G18. Rent allowance (tax authority), older woman
EL += [
    it("Η επιστροφή ενοικίου είναι ένα ενοίκιο τον χρόνο, πιστώνεται τον Νοέμβριο, αν το εισόδημα είναι κάτω από 20.000"),
    it("Μου είπαν να δώσω και email, είναι το marika.pappa παπάκι yahoo τελεία gr",
       ("email", "marika.pappa παπάκι yahoo τελεία gr")),
    it("Και μένω στην Κηφισίας 220, δεύτερος όροφος, Χαλάνδρι, 15231, νοικιασμένο",
       ("address", "Κηφισίας 220, δεύτερος όροφος, Χαλάνδρι, 15231")),
    it("Γεννήθηκα στις 30 Ιουνίου 1950", ("date_of_birth", "30 Ιουνίου 1950")),
]

# G19. Tax number from abroad (Greek-Australian from Melbourne)
_g19_mc = card("5217", 16, "el-g19-mc")
EL += [
    it("Είμαι ομογενής από τη Μελβούρνη και θέλω ΑΦΜ για να κληρονομήσω το σπίτι του παππού στη Λέσβο"),
    it("Το ΑΦΜ για κατοίκους εξωτερικού βγαίνει μέσω του Κέντρου Φορολογίας Κατοίκων Εξωτερικού, χρειάζεται και φορολογικός εκπρόσωπος"),
    it("Το τηλέφωνό μου στην Αυστραλία +61 412 508 336", ("phone", "+61 412 508 336")),
    it("Για τη μετάφραση των εγγράφων πληρώνω με κάρτα, " + group(_g19_mc), ("card", group(_g19_mc))),
]


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    for lang, fn in LANGS.items():
        rows = build(fn(), lang)
        path = os.path.join(OUT_DIR, lang + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        counts = {k: 0 for k in KINDS}
        for row in rows:
            for s in row["spans"]:
                counts[s["kind"]] += 1
        empty = sum(1 for row in rows if not row["spans"])
        print("%s: %d items (%d non-personal), %d spans %s" % (
            lang, len(rows), empty, sum(counts.values()),
            " ".join("%s=%d" % kv for kv in counts.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
