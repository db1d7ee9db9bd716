#!/usr/bin/env python3
"""Blind evaluation set "blind59" for the call-transcript personal-data redactor.

Who wrote it and how: a helper session, working only from a written brief (the product's
specification of what counts as personal data, the output format and the set's area),
wrote this script. It never opened, listed or read the redactor, its rules, its tests or
any other evaluation set or generator. All values are invented; numbers that carry check
digits (cards, IBANs, national IDs) are computed here and asserted, and long numbers in
non-personal items are asserted to FAIL those checks.

Area: retail banking and consumer finance (current accounts, lost/stolen/disputed cards,
personal loans, overdrafts, credit unions, buy-now-pay-later, mobile banking apps,
standing orders, cheque books, ...), as lines of customer-service phone calls written the
way a speech recogniser (Whisper) transcribes them.

Output: data/redaction/blind59/{en,ar,he,el}.jsonl, one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}
  kind    one of card, iban, id, phone, email, date_of_birth, name, address
  start/end  BYTE offsets into the UTF-8 encoding of text, end exclusive
  context (optional, not scored) an earlier line of the same call
  Items with empty spans are non-personal and must come out unchanged.

Run:  python3 benches/redaction/make_blind59.py
"""
import json
import os
import re
import sys

KINDS = ("card", "iban", "id", "phone", "email", "date_of_birth", "name", "address")

# ----------------------------------------------------------------------------- checks

def digits_of(s):
    return "".join(ch for ch in s if ch.isdigit())


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


def luhn_complete(partial):
    """Append the Luhn check digit to `partial`."""
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError(partial)


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "FR": 27, "QA": 29, "KW": 30, "BH": 22,
            "LB": 28, "TR": 26, "NL": 18, "ES": 24, "IT": 27}


def _iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return (s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]]
            and _iban_num(s[4:] + s[:4]) % 97 == 1)


def make_iban(cc, bban):
    chk = 98 - _iban_num(bban + cc + "00") % 97
    s = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(s) and len(s) == IBAN_LEN[cc], (s, len(s))
    return s


def tz_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    total = 0
    for i, ch in enumerate(d):
        n = int(ch) * (1 if i % 2 == 0 else 2)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def tz_complete(p8):
    for c in "0123456789":
        if tz_ok(p8 + c):
            return p8 + c
    raise AssertionError(p8)


def afm_ok(d):
    if len(d) != 9 or not d.isdigit() or d == "000000000":
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return s % 11 % 10 == int(d[8])


def afm_complete(p8):
    s = sum(int(p8[i]) * 2 ** (8 - i) for i in range(8))
    d = p8 + str(s % 11 % 10)
    assert afm_ok(d)
    return d


def saudi_ok(d):
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def saudi_complete(p9):
    assert p9[0] in "12" and len(p9) == 9
    return luhn_complete(p9)


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def grp(s, *sizes):
    """Split s into groups of the given sizes (last size repeats), joined by spaces."""
    out, i, k = [], 0, 0
    while i < len(s):
        n = sizes[min(k, len(sizes) - 1)]
        out.append(s[i:i + n])
        i += n
        k += 1
    return " ".join(out)


AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
AR_TO_LATIN = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def ar_digits(s):
    return s.translate(AR_DIGITS)

# ----------------------------------------------------------------- spoken numbers

EN_UNITS = {"zero": 0, "oh": 0, "nought": 0, "one": 1, "two": 2, "three": 3,
            "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
EN_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
            "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
EN_TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7,
           "eighty": 8, "ninety": 9}
EN_WORD = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def en_words(d, oh=False, double=False):
    """Digits -> English words, one word a digit ('oh' for 0, 'double x' for pairs)."""
    out, i = [], 0
    while i < len(d):
        w = "oh" if (oh and d[i] == "0") else EN_WORD[int(d[i])]
        if double and i + 1 < len(d) and d[i + 1] == d[i]:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return " ".join(out)


def en_spoken_digits(s):
    raw = re.findall(r"[A-Za-z]+|\d", s.replace("-", " "))
    toks = [t if (t.isupper() and len(t) <= 4) else t.lower() for t in raw]
    out, rep = [], 1
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.isupper():
            out.append(t)
        elif t in ("double", "triple"):
            rep = 2 if t == "double" else 3
        elif t.isdigit():
            out.append(t * rep); rep = 1
        elif t in EN_UNITS:
            out.append(str(EN_UNITS[t]) * rep); rep = 1
        elif t in EN_TEENS:
            out.append(str(EN_TEENS[t])); rep = 1
        elif t in EN_TENS:
            if i + 1 < len(toks) and toks[i + 1] in EN_UNITS and toks[i + 1] not in ("zero", "oh", "nought"):
                out.append(str(EN_TENS[t] * 10 + EN_UNITS[toks[i + 1]])); i += 1
            else:
                out.append(str(EN_TENS[t] * 10))
            rep = 1
        elif t == "hundred":
            out.append("00")
        elif len(t) == 1 and t.isalpha():
            out.append(t.upper())
        i += 1
    return "".join(out)


SPOKEN = {"en": en_spoken_digits}


def spoken_digits(s, lang):
    """Digits (and single capital letters) said in a span, whether written or spoken."""
    s = s.translate(AR_TO_LATIN)
    f = SPOKEN.get(lang)
    if f is None or re.fullmatch(r"[A-Z0-9 \-./()+]+", s):
        return re.sub(r"[^0-9A-Z]", "", s)
    return f(s)

# ---------------------------------------------------------------- building items

PREFIX_OK = {"he": "ובלמשהכ", "ar": "وبلفك", "el": "", "en": ""}


def check_value(kind, sub, lang, want):
    """Assert a card/iban/id span holds a valid value."""
    got = want if want is not None else spoken_digits(sub, lang)
    if kind == "card":
        d = digits_of(got)
        assert 13 <= len(d) <= 19 and luhn_ok(d), ("bad card", sub, got)
    elif kind == "iban":
        assert iban_ok(got), ("bad iban", sub, got)
    elif kind == "id":
        d = digits_of(got)
        ok = tz_ok(d) or afm_ok(d) or saudi_ok(d) or (len(d) == 9 and ssn_ok(d))
        assert ok, ("bad id", sub, got)
    elif kind == "phone":
        d = digits_of(got)
        assert 7 <= len(d) <= 15, ("bad phone", sub, got)


def long_numbers_fail(text, spans_chars):
    """Digit runs outside the spans must not pass a card / ID check."""
    masked = list(text)
    for a, b in spans_chars:
        for i in range(a, b):
            masked[i] = "#"
    t = "".join(masked).translate(AR_TO_LATIN)
    for m in re.finditer(r"\d(?:[ \-.]?\d)*", t):
        d = digits_of(m.group())
        if 13 <= len(d) <= 19:
            assert not luhn_ok(d), ("non-personal number passes Luhn", m.group(), text)
        if len(d) == 9:
            assert not tz_ok(d) and not afm_ok(d), ("non-personal 9 digits pass ID", m.group(), text)
        if len(d) == 10 and d[0] in "12":
            assert not saudi_ok(d), ("non-personal 10 digits pass Saudi ID", m.group(), text)


def build(lang, items):
    rows = []
    for it in items:
        text, spans = it[0], it[1]
        context = it[2] if len(it) > 2 else ""
        assert isinstance(text, str) and text == text.strip() and text, it
        b = text.encode("utf-8")
        out, chars = [], []
        for sp in spans:
            kind, sub = sp[0], sp[1]
            occ, want = 0, None
            for extra in sp[2:]:
                if isinstance(extra, int):
                    occ = extra
                else:
                    want = extra
            assert kind in KINDS, sp
            assert sub and sub == sub.strip(" ,.?!،؟"), ("untrimmed span", sub)
            n = text.count(sub)
            assert n >= 1, ("span not in text", sub, text)
            assert n == 1 or len(sp) > 2 and isinstance(sp[2], int), ("ambiguous span", sub, text)
            ci = -1
            for _ in range(occ + 1):
                ci = text.index(sub, ci + 1)
            cj = ci + len(sub)
            if ci > 0:
                prev = text[ci - 1]
                assert not prev.isalnum() or prev in PREFIX_OK[lang], ("span starts mid-word", sub, text)
            if cj < len(text):
                assert not text[cj].isalnum(), ("span ends mid-word", sub, text)
            if kind in ("card", "iban", "id", "phone"):
                check_value(kind, sub, lang, want)
            start = len(text[:ci].encode("utf-8"))
            end = start + len(sub.encode("utf-8"))
            assert b[start:end].decode("utf-8") == sub
            out.append({"kind": kind, "start": start, "end": end})
            chars.append((ci, cj))
        out.sort(key=lambda s: s["start"])
        for x, y in zip(out, out[1:]):
            assert x["end"] <= y["start"], ("overlapping spans", text)
        long_numbers_fail(text, chars)
        row = {"text": text, "spans": out}
        if context:
            row["context"] = context
        rows.append(row)
    return rows


LANGS = {}   # lang -> list of (text, [(kind, substring[, occurrence][, digits])], context)


def report(lang, rows):
    counts = {k: 0 for k in KINDS}
    for r in rows:
        for s in r["spans"]:
            counts[s["kind"]] += 1
    neg = sum(1 for r in rows if not r["spans"])
    print("%s: %d items (%d non-personal), %d spans: %s" % (
        lang, len(rows), neg, sum(counts.values()),
        ", ".join("%s %d" % (k, v) for k, v in counts.items())))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    outdir = os.path.join(here, "..", "..", "data", "redaction", "blind59")
    outdir = os.path.normpath(outdir)
    os.makedirs(outdir, exist_ok=True)
    for lang, items in LANGS.items():
        rows = build(lang, items)
        texts = [r["text"] for r in rows]
        assert len(texts) == len(set(texts)), ("duplicate text", lang)
        with open(os.path.join(outdir, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        report(lang, rows)


# ===================================================================== LANGUAGES
# (each language appends to LANGS below)

# ----------------------------------------------------------------------- English
# Calls: lost debit card (UK, Manchester); disputed card charge (US card issuer);
# car loan at an Irish credit union; late fee at a buy-now-pay-later provider
# (Australia); locked mobile banking app (Indian caller in the UK); personal loan
# (Nigerian caller in London); student overdraft (Glasgow); standing order set up by
# an elderly customer (Tyneside); stopped cheque and cheque book (Southall); card
# kept by a cash machine (Cork); bereavement; fraud team call-out (US); moving abroad
# and tax self-certification; auto loan at a US federal credit union; checkout
# financing (US).

EN_VISA = luhn_complete("453201551283036")
EN_AMEX = luhn_complete("37144963539843")
EN_MC = luhn_complete("542418007359213")
EN_DISC = luhn_complete("601100099013942")
EN_MAES = luhn_complete("675941003816250927")
EN_MC2 = luhn_complete("222100150347221")
EN_DIN = luhn_complete("3056930902590")
EN_VISA2 = luhn_complete("492938107726154")

EN_IBAN_IE1 = make_iban("IE", "AIBK93115227845109")
EN_IBAN_MONZ = make_iban("GB", "MONZ04006681193027")
EN_IBAN_DE = make_iban("DE", "500105175409381726")
EN_IBAN_MIDL = make_iban("GB", "MIDL40127368820413")
EN_IBAN_LOYD = make_iban("GB", "LOYD30964711839205")
EN_IBAN_IE2 = make_iban("IE", "BOFI90001736254810")
EN_IBAN_GR = make_iban("GR", "0140235" + "0002300184729160")
EN_IBAN_FR = make_iban("FR", "30003012870004127391684")

EN_AFM = afm_complete("04738291")
EN_TZ = tz_complete("31548826")
EN_IQAMA = saudi_complete("238140597")

_v = EN_VISA
_m = EN_MC
_mz = EN_IBAN_MONZ

EN = [
    # --- lost debit card, Manchester
    ("Good morning, you're through to card services, my name's Rhys, how can I help?",
     [("name", "Rhys")]),
    ("Hiya, yeah, um, I've lost my debit card, I think it got nicked on the tram last night.", []),
    ("It's Gemma Ashworth. A-S-H-W-O-R-T-H.",
     [("name", "Gemma Ashworth"), ("name", "A-S-H-W-O-R-T-H")],
     "Oh no, sorry to hear that. Can I take your full name please?"),
    ("fourteenth of february nineteen eighty seven",
     [("date_of_birth", "fourteenth of february nineteen eighty seven")],
     "Thanks. And your date of birth?"),
    (f"I've got it in the app actually, it's {_v[:4]} {_v[4:8]}, mhm, {_v[8:12]} {_v[12:]}.",
     [("card", f"{_v[:4]} {_v[4:8]}, mhm, {_v[8:12]} {_v[12:]}")],
     "Lovely. Do you have the card number, or shall I find it from your account?"),
    ("Okay, I can see two transactions since 11pm, one for £4.60 at Metrolink and one for "
     "£38.99 at JD Sports in the Arndale.", []),
    ("No, the JD one isn't me. I was home by half ten.", []),
    ("Right, I've cancelled the card and raised a dispute for the £38.99, your reference is "
     "DSP 4471 9027.", []),
    ("The new card'll be with you in 3 to 5 working days. Is it still going to 14 Wilmslow "
     "Road, Flat 3, Manchester M14 5TQ?",
     [("address", "14 Wilmslow Road, Flat 3, Manchester M14 5TQ")]),
    ("Actually no, I moved in March, it's 27 Beechwood Avenue, Chorlton, M21 9EX now.",
     [("address", "27 Beechwood Avenue, Chorlton, M21 9EX")]),
    ("yeah it's oh seven seven double oh nine double oh four one eight",
     [("phone", "oh seven seven double oh nine double oh four one eight")],
     "And can I get a mobile number in case the fraud team need to call you?"),
    # --- disputed charge, US card issuer
    ("Thank you for calling, this is Kayleigh in the disputes department, may I have the "
     "card number you're calling about?", [("name", "Kayleigh")]),
    (f"Yeah, it's uh {EN_AMEX[:4]} {EN_AMEX[4:10]} {EN_AMEX[10:]}.",
     [("card", f"{EN_AMEX[:4]} {EN_AMEX[4:10]} {EN_AMEX[10:]}")]),
    ("DeShawn Whitaker. That's D-E, capital S, H-A-W-N.",
     [("name", "DeShawn Whitaker"), ("name", "D-E, capital S, H-A-W-N")],
     "And the name on the account?"),
    ("Yeah, July ninth, seventy-nine.",
     [("date_of_birth", "July ninth, seventy-nine")],
     "Thank you. Can you verify your date of birth for me?"),
    ("I see a charge of $249.00 from BESTBUY COM 8075 on March 3rd and a second one for "
     "$249.00 on March 5th. Which one are you disputing?", []),
    ("The second one. I only ordered one TV mount, order number 40817 something, and I "
     "sent the other one back on the 12th.", []),
    ("Got it. I've opened case number 2025-0312-7764 and issued a provisional credit of "
     "$249 while we investigate, that can take up to 90 days.", []),
    ("d dot whitaker eighty eight at yahoo dot com",
     [("email", "d dot whitaker eighty eight at yahoo dot com")],
     "What email should the case updates go to?"),
    # --- Irish credit union, car loan
    ("Hello, St. Brendan's Credit Union, how can I help?", []),
    ("Hiya, it's Siobhán Ní Bhriain here, I'm a member, I was looking about a loan for a car.",
     [("name", "Siobhán Ní Bhriain")]),
    ("About eight and a half thousand, over four years, so 48 months.", [],
     "How much were you looking to borrow?"),
    ("So on €8,500 over 48 months at 8.5% APR you'd be looking at roughly €209 a month, "
     "and the total cost of credit would be about €1,560.", []),
    (f"Yeah, it's {grp(EN_IBAN_IE1, 4)}.",
     [("iban", grp(EN_IBAN_IE1, 4))],
     "We'll pay it straight into your current account, what's the IBAN?"),
    ("And is the address still Apartment 12, The Maltings, Bray?",
     [("address", "Apartment 12, The Maltings, Bray")]),
    ("It is yeah. Eircode's A98 K2X7.", [("address", "A98 K2X7")],
     "And is the address still Apartment 12, The Maltings, Bray?"),
    ("Oh eight seven, nine one four, two two three six.",
     [("phone", "Oh eight seven, nine one four, two two three six")],
     "Grand. And the best number to get you on?"),
    ("Lovely, Shiv, I'll post the forms out to you, you should have them Thursday.",
     [("name", "Shiv")]),
    # --- buy now pay later, late fee, Australia
    ("G'day, you're speaking with Liam, how can I help?", [("name", "Liam")]),
    ("Hi, um, yeah, I got a late fee of ten bucks on my account and I don't reckon it's fair.", []),
    ("yeah it's bron b r o n dot kowalczyk at bigpond dot com",
     [("email", "bron b r o n dot kowalczyk at bigpond dot com")],
     "No worries. Can I grab the email on your account?"),
    ("Thanks Bronwyn. So your third instalment of $42.25 was due on the 14th and it came "
     "out on the 17th, so a $10 late fee was added.", [("name", "Bronwyn")]),
    ("Yeah my pay didn't come in till the Monday. I've been with you guys since 2021 and "
     "never missed one.", []),
    ("Fair enough. I've waived the $10 as a one-off. Your last instalment of $42.25 is due "
     "28 May, four payments of $42.25 in total.", []),
    (f"Can you change the card it comes off? I've got a new one, {en_words(_m[:4])}, "
     f"{en_words(_m[4:8], oh=True, double=True)}, {en_words(_m[8:12])}, {en_words(_m[12:])}.",
     [("card", f"{en_words(_m[:4])}, {en_words(_m[4:8], oh=True, double=True)}, "
               f"{en_words(_m[8:12])}, {en_words(_m[12:])}")]),
    ("And the mobile on file, is that still 0412 738 905?", [("phone", "0412 738 905")]),
    ("Harvey Norman, the one in Fyshwick, the fridge was $1,196 split into four.", [],
     "Which store was the purchase from?"),
    # --- locked mobile banking app, Indian caller in the UK
    ("Hello, digital banking support, Priya speaking, how may I help you today?",
     [("name", "Priya")]),
    ("Hello madam, my app is showing error code 403 and it is saying too many attempts, I "
     "am locked out since yesterday evening.", []),
    ("Venkatesh Subramanian. V for Victor, E, N, K, A, T, E, S, H.",
     [("name", "Venkatesh Subramanian"), ("name", "V for Victor, E, N, K, A, T, E, S, H")],
     "Okay, let me help you with that. Can I have your full name please?"),
    ("Second August two thousand one. Sorry, no, nineteen ninety-one.",
     [("date_of_birth", "Second August two thousand one. Sorry, no, nineteen ninety-one")],
     "Thank you. And your date of birth?"),
    ("I'll send a one-time passcode to the mobile number ending 27, is that correct?", []),
    ("Yes yes, plus nine one nine eight four five oh, three one six two seven, that is my "
     "Indian number but I am in UK now.",
     [("phone", "plus nine one nine eight four five oh, three one six two seven")]),
    ("It is asking for version 7.14.2 and my phone has 7.12.0, should I update from Play "
     "Store?", []),
    ("Also please update my email, it is venky dot s 91 at yahoo dot co dot in.",
     [("email", "venky dot s 91 at yahoo dot co dot in")]),
]

LANGS["en"] = EN


EN += [
    # --- personal loan, Nigerian caller in London
    ("Good afternoon, personal loans, you're speaking to Marcus.", [("name", "Marcus")]),
    ("Good afternoon sir, my name is Oluwaseun Adeyemi, I applied online for a loan of ten "
     "thousand pounds on Tuesday and I have not heard anything.",
     [("name", "Oluwaseun Adeyemi")]),
    ("Let me pull that up. Is it reference PL-88231-07?", []),
    ("Yes, that is it. And everybody calls me Seun, it is easier.", [("name", "Seun")]),
    ("So it's £10,000 over 60 months, representative APR 6.9%, that's £196.44 a month and "
     "£11,786.40 in total.", []),
    ("Before that I was at Flat 9, Ogilvie House, 112 Old Kent Road, London SE1 5AH, for two "
     "years.",
     [("address", "Flat 9, Ogilvie House, 112 Old Kent Road, London SE1 5AH")],
     "You've been at your current address less than three years, so where did you live before?"),
    (f"It should go to my Monzo. G B {en_words(_mz[2:4])}, M O N Z, {en_words(_mz[8:14])}, "
     f"{en_words(_mz[14:], oh=True)}.",
     [("iban", f"G B {en_words(_mz[2:4])}, M O N Z, {en_words(_mz[8:14])}, "
               f"{en_words(_mz[14:], oh=True)}")]),
    ("+234 803 417 2290, that is my Lagos line, or the UK one, 07946 018255.",
     [("phone", "+234 803 417 2290"), ("phone", "07946 018255")],
     "And a contact number in case the underwriter needs you?"),
    ("You'll get a decision within 48 hours, usually by 5pm the next working day.", []),
    # --- student overdraft, Glasgow
    ("Hi there, it's Callum McIntyre, I'm a student at Strathclyde, I'm wanting to up my "
     "overdraft.", [("name", "Callum McIntyre")]),
    ("Hiya, you're through to Aoife. So at the moment your arranged overdraft is £500 and "
     "you're sitting at minus £472.18.", [("name", "Aoife")]),
    ("The graduate and student account lets you go up to £1,500 interest-free in year one "
     "and £2,000 from year two, and you're in year two.", []),
    ("the thirtieth of january two thousand and four",
     [("date_of_birth", "the thirtieth of january two thousand and four")],
     "Can I just confirm your date of birth?"),
    ("Forty-one Cathedral Street, flat 2/1, Glasgow, G4 0LS.",
     [("address", "Forty-one Cathedral Street, flat 2/1, Glasgow, G4 0LS")],
     "And your term-time address?"),
    ("Okay, done, that's gone up to £1,000 for now, and we'll review it again in September.", []),
    # --- standing order, elderly caller, Tyneside
    ("Hello, is that the bank? It's Margaret Hollis here, Mrs, I want to set up a standing "
     "order for my grandson's rent.", [("name", "Margaret Hollis")]),
    ("Three hundred and twenty-five pounds on the first of every month, starting the first "
     "of July.", [], "How much and how often?"),
    (f"He's studying in Leipzig, it's a German bank, I've got it written down. "
     f"{grp(EN_IBAN_DE, 4)}.",
     [("iban", grp(EN_IBAN_DE, 4))],
     "Into which account, Mrs Hollis?"),
    ("And is 0191 496 0587 still the best number for you?", [("phone", "0191 496 0587")]),
    ("Oh yes, pet, that's the house phone. I'm at number forty-one Priory Gardens, Whitley "
     "Bay, if you need to write.",
     [("address", "number forty-one Priory Gardens, Whitley Bay")]),
    ("The first payment goes on the 1st of July and then monthly until you cancel it, and "
     "the reference on it will say RENT JULY.", []),
    ("my granddaughter set me up an email it's peggyhollis41 at btinternet dot com all one word",
     [("email", "peggyhollis41 at btinternet dot com")]),
    # --- stopped cheque and cheque book, Southall
    ("Hi, I'm calling to stop a cheque, cheque number 000147, made out for £1,250 on the "
     "3rd of this month.", []),
    ("Thank you Mrs Sandhu. There's a £10 fee for stopping a cheque, is that okay?",
     [("name", "Sandhu")]),
    ("Fine. And can I order a new cheque book while I'm on, the 30-leaf one?", []),
    ("It'll go to the address we hold, 5 Holly Lane, Southall, UB2 4QT, in 7 to 10 working "
     "days.", [("address", "5 Holly Lane, Southall, UB2 4QT")]),
    ("can we also update the email please it's k dot sandhu underscore 1972 at hotmail dot "
     "co dot uk",
     [("email", "k dot sandhu underscore 1972 at hotmail dot co dot uk")]),
    ("If the cheque was already paid in, the stop won't apply; it hasn't cleared, so you're "
     "fine, the £1,250 is still showing as available.", []),
    (f"Send the refund of the fee to my other account, the Lloyds one, g b "
     f"{en_words(EN_IBAN_LOYD[2:4])} l o y d {en_words(EN_IBAN_LOYD[8:14])} "
     f"{en_words(EN_IBAN_LOYD[14:])}.",
     [("iban", f"g b {en_words(EN_IBAN_LOYD[2:4])} l o y d {en_words(EN_IBAN_LOYD[8:14])} "
               f"{en_words(EN_IBAN_LOYD[14:])}")]),
    # --- card kept by a cash machine, Cork
    ("Howya, the machine outside the Centra on Douglas Street ate my card about twenty "
     "minutes ago.", []),
    ("Tadhg O'Sullivan. T-A-D-H-G.",
     [("name", "Tadhg O'Sullivan"), ("name", "T-A-D-H-G")],
     "Ah no. Can I get your name there?"),
    ("It was one of yours, and it said card retained, contact your bank, at 14:32.", []),
    (f"{', '.join(en_words(EN_MC2[i:i + 4], oh=True, double=True) for i in range(0, 16, 4))}",
     [("card", f"{', '.join(en_words(EN_MC2[i:i + 4], oh=True, double=True) for i in range(0, 16, 4))}")],
     "Retained cards are destroyed for security, so I'll order a replacement. Have you the "
     "card number?"),
    ("It's 5 Ballyhooly Road, Montenotte, Cork, T23 YH62.",
     [("address", "5 Ballyhooly Road, Montenotte, Cork, T23 YH62")],
     "And can you confirm your address for me?"),
    ("The replacement will be with you in five to seven working days, and Apple Pay on your "
     "phone isn't affected in the meantime.", []),
    ("While I have you, I want to set up seventy-five euro a month to my daughter, she's "
     "starting in Galway in September.", []),
    (f"{grp(EN_IBAN_IE2, 4)}, and the reference can just be college.",
     [("iban", grp(EN_IBAN_IE2, 4))],
     "No bother. What's her IBAN?"),
    ("Done. That's €75 on the 15th of every month, first one on the 15th of September.", []),
]


_dn = EN_DIN
_iq = EN_IQAMA
_tz = EN_TZ
EN += [
    # --- bereavement
    ("Bereavement support, I'm very sorry for your loss, how can I help today?", []),
    ("Thank you. My name is Chiamaka Okafor-Bello, I'm calling about my late father's "
     "account, he passed on the 2nd of April.", [("name", "Chiamaka Okafor-Bello")]),
    ("Sixth of June, 1955.", [("date_of_birth", "Sixth of June, 1955")],
     "I'm so sorry. And what was his date of birth?"),
    ("We'll need a copy of the death certificate, and the grant of probate if the total is "
     "over £50,000. Is it over that?", []),
    ("No, it's about £12,400 in the current account and £3,000 in the ISA.", []),
    (f"He had a Maestro card too, it's here in his wallet, {grp(EN_MAES, 4)}.",
     [("card", grp(EN_MAES, 4))]),
    (f"I'm the executor, so into my HSBC account, {grp(EN_IBAN_MIDL, 4)}.",
     [("iban", grp(EN_IBAN_MIDL, 4))]),
    ("oh one two one, four nine six, oh eight nine three, that's the landline",
     [("phone", "oh one two one, four nine six, oh eight nine three")],
     "And a number we can reach you on?"),
    ("It's chiamaka.okaforbello@gmail.com.", [("email", "chiamaka.okaforbello@gmail.com")],
     "I'll email you the forms. What's the best address?"),
    # --- fraud team call-out, US
    ("Hi, I'm calling from the fraud prevention team at Lakeshore Card Services, am I "
     "speaking with Hyun-woo Park?", [("name", "Hyun-woo Park")]),
    ("We will never ask for your full card number or PIN on this call. I'm going to read "
     "three transactions, just say yes or no.", []),
    ("One dollar at a gas station in Tulsa, Oklahoma, at 2:14 a.m. Eastern.", []),
    ("$742.50 at Nordstrom online at 2:21, and $1,180 at Apple dot com at 2:30.", []),
    ("oh five oh six seventy three", [("date_of_birth", "oh five oh six seventy three")],
     "Okay, none of those are yours. To verify you, can I get your date of birth?"),
    ("Should we ship the new card to 4518 Fremont Avenue North, Apartment 304, Seattle, "
     "Washington 98103?",
     [("address", "4518 Fremont Avenue North, Apartment 304, Seattle, Washington 98103")]),
    ("It'll arrive in 7 to 10 business days, the dispute reference is 7442 1903 5518 2260, and "
     "the $1,923.50 "
     "won't be billed to you.", []),
    # --- moving abroad: tax self-certification
    ("We're writing to customers with a tax residence outside the UK. The form's a CRS "
     "self-certification, section 2, you list each country and the tax number, up to 3.", []),
    (f"Yes, hello, I've moved to Athens for work. The Greek tax number, the AFM, is {EN_AFM}.",
     [("id", EN_AFM)]),
    (f"Eurobank, {grp(EN_IBAN_GR, 4)}, and leave about two hundred pound in the UK account.",
     [("iban", grp(EN_IBAN_GR, 4))],
     "And you'd like the savings moved to your Greek account?"),
    (f"It's my teudat zehut, {en_words(_tz[:3])}, {en_words(_tz[3:6])}, {en_words(_tz[6:])}.",
     [("id", f"{en_words(_tz[:3])}, {en_words(_tz[3:6])}, {en_words(_tz[6:])}")],
     "For Israel I need your taxpayer identification number."),
    (f"I'm in Riyadh now on an Iqama, the number is {_iq[:4]} {_iq[4:7]} {_iq[7:]}.",
     [("id", f"{_iq[:4]} {_iq[4:7]} {_iq[7:]}")]),
    ("I'm a dual national, American and British, so for the US it's just my social, "
     "614-38-2207.", [("id", "614-38-2207")]),
    (f"Can you close the ISA and send it all to my French account, {EN_IBAN_FR}, it's with "
     f"Crédit Agricole in Lyon.", [("iban", EN_IBAN_FR)]),
    # --- auto loan, US federal credit union
    ("Thanks for calling Cascade Federal Credit Union, this is the lending team, how can I "
     "help?", []),
    ("Five two three, four one, eight eight oh six.",
     [("id", "Five two three, four one, eight eight oh six")],
     "For the auto loan application I'll need your Social Security number."),
    ("My husband's going on it as co-borrower, his is 604-22-1875.",
     [("id", "604-22-1875")]),
    ("eleven twenty-three eighty-one", [("date_of_birth", "eleven twenty-three eighty-one")],
     "And your date of birth?"),
    ("(503) 555-0198", [("phone", "(503) 555-0198")], "And the best cell number for you?"),
    ("We can do 60 months at 5.49% on the 2021 CR-V, $24,300 financed, that's about $464 a "
     "month, first payment due August 15th.", []),
    (f"I'll put the two thousand down on my Diners Club, {_dn[:4]} {_dn[4:10]} {_dn[10:]}.",
     [("card", f"{_dn[:4]} {_dn[4:10]} {_dn[10:]}")]),
    # --- checkout financing, US
    ("Hi, I tried to finance a couch at checkout, the $1,899 sectional at Ashley, and it got "
     "declined.", []),
    ("two three one, four seven, oh nine five eight",
     [("id", "two three one, four seven, oh nine five eight")],
     "I can look into that. To verify, I need your Social Security number."),
    ("4/17/1996", [("date_of_birth", "4/17/1996")], "And your date of birth?"),
    ("The 12-month 0% plan needs a higher score, but we can offer 24 months at 19.99%, that's "
     "$95.84 a month.", []),
    ("Sure, it's T I F F dot N G U Y E N at gmail dot com.",
     [("email", "T I F F dot N G U Y E N at gmail dot com")],
     "Can I get an email to send the new offer to?"),
    (f"Fine, I'll pay the deposit with my Discover, {EN_DISC}.", [("card", EN_DISC)]),
    # --- overdraft fees refund, US
    ("I got charged three overdraft fees of $35 each on Friday because of a $4.50 coffee, "
     "that's $105 for nothing.", []),
    ("Sure, it's 449-03-7261.", [("id", "449-03-7261")], "I'm sorry. Can I verify your Social?"),
    ("December 2nd, 1988.", [("date_of_birth", "December 2nd, 1988")], "And your date of birth?"),
    (f"it's the debit card {grp(EN_VISA2, 4)}", [("card", grp(EN_VISA2, 4))],
     "Which card were the transactions on?"),
    ("I've refunded two of the three, that's $70 back by tomorrow. Send the confirmation to "
     "kenji.w88@icloud.com?", [("email", "kenji.w88@icloud.com")]),
]


# ------------------------------------------------------------ Arabic number words
AR_DIG = {
    "msa": ["صفر", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"],
    "gulf": ["صفر", "واحد", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"],
    "lev": ["صفر", "واحد", "تنين", "تلاتة", "أربعة", "خمسة", "ستة", "سبعة", "تمانية", "تسعة"],
    "egy": ["صفر", "واحد", "اتنين", "تلاتة", "أربعة", "خمسة", "ستة", "سبعة", "تمانية", "تسعة"],
    "mag": ["زيرو", "واحد", "جوج", "تلاتة", "ربعة", "خمسة", "ستة", "سبعة", "تمنية", "تسعود"],
}
AR_UNIT_WORDS = {
    0: "صفر زيرو",
    1: "واحد وحدة واحدة",
    2: "اثنين اتنين إثنين اثنان تنين ثنين جوج زوج",
    3: "ثلاثة تلاتة ثلاث تلات ثلاثه تلاته",
    4: "أربعة اربعة أربع اربع اربعه أربعه ربعة",
    5: "خمسة خمسه خمس",
    6: "ستة سته ست",
    7: "سبعة سبعه سبع",
    8: "ثمانية تمانية ثمان تمان ثمانيه تمانيه تمنية",
    9: "تسعة تسعه تسع تسعود",
}
AR_TEEN_WORDS = {
    10: "عشرة عشره",
    11: "احدعش حداش إحداشر احداشر",
    12: "اطناش اتناشر طناش اثناشر تنعش",
    13: "تلطاش تلتاشر ثلطعش تلطاشر",
    14: "اربعطاش اربعتاشر أربعطاش أربعتاشر",
    15: "خمسطاش خمستاشر خمسطعش",
    16: "سطاش ستاشر",
    17: "سبعطاش سبعتاشر",
    18: "تمنطاش تمنتاشر ثمنطعش",
    19: "تسعطاش تسعتاشر تسعتعش",
}
AR_TENS_WORDS = {
    20: "عشرين عشرون", 30: "ثلاثين تلاتين ثلاثون", 40: "أربعين اربعين أربعون ربعين",
    50: "خمسين خمسون", 60: "ستين ستون", 70: "سبعين سبعون",
    80: "ثمانين تمانين ثمانون", 90: "تسعين تسعون",
}
AR_HUND_WORDS = {
    100: "مية مئة ميه مائة", 200: "ميتين مئتين مئتان", 300: "تلتمية ثلاثمية ثلاثمائة ثلاثمئة",
    400: "ربعمية أربعمية أربعمائة أربعمئة", 500: "خمسمية خمسمائة خمسمئة",
    600: "ستمية ستمائة ستمئة", 700: "سبعمية سبعمائة سبعمئة", 800: "تمنمية ثمانمائة ثمانمئة",
    900: "تسعمية تسعمائة تسعمئة",
}


def _table(d):
    out = {}
    for v, words in d.items():
        for w in words.split():
            out[w] = v
    return out


AR_UNIT = _table(AR_UNIT_WORDS)
AR_TEEN = _table(AR_TEEN_WORDS)
AR_TENS = _table(AR_TENS_WORDS)
AR_HUND = _table(AR_HUND_WORDS)


def _ar_tok(t):
    """(class, value) of an Arabic number word, with a leading 'و' ('and') allowed."""
    for cand, conj in ((t, False), (t[1:] if t.startswith("و") else None, True)):
        if not cand:
            continue
        for cls, tab in (("u", AR_UNIT), ("t", AR_TEEN), ("x", AR_TENS), ("h", AR_HUND)):
            if cand in tab:
                return cls, tab[cand], conj
    return None, None, False


def ar_spoken_digits(s):
    toks = re.findall(r"[A-Z]+|\d|[\u0621-\u0652]+", s.translate(AR_TO_LATIN))
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit() or t.isupper():
            out.append(t); i += 1; continue
        cls, v, _ = _ar_tok(t)
        if cls is None:
            i += 1; continue
        nxt = _ar_tok(toks[i + 1]) if i + 1 < len(toks) else (None, None, False)
        if cls == "h":
            rest, j = 0, i + 1
            if nxt[0] and nxt[2] and nxt[0] in "utx":
                rest, j = nxt[1], i + 2
                n2 = _ar_tok(toks[j]) if j < len(toks) else (None, None, False)
                if nxt[0] == "u" and n2[0] == "x" and n2[2]:
                    rest, j = nxt[1] + n2[1], j + 1
            out.append("%03d" % (v + rest)); i = j; continue
        if cls == "u" and nxt[0] == "x" and nxt[2]:
            out.append(str(v + nxt[1])); i += 2; continue
        if cls == "u" and i + 1 < len(toks) and toks[i + 1] in ("عشر", "عشرة") and v > 0:
            out.append(str(10 + v)); i += 2; continue
        out.append(str(v)); i += 1
    return "".join(out)


SPOKEN["ar"] = ar_spoken_digits


def ar_words(d, dial="gulf"):
    return " ".join(AR_DIG[dial][int(c)] for c in d)


# ------------------------------------------------------------------------ Arabic
# Calls: stolen mada debit card (Riyadh, Najdi); disputed credit-card charge (Lebanese
# caller at a Dubai bank); personal loan against salary (Cairo); salary transfer and
# new credit card (Amman); mobile banking app (Casablanca, Darija); payroll account of a
# worker on an Iqama (Jeddah); standing order at an Israeli bank's Arabic line (Arab
# citizen); buy-now-pay-later instalments (Riyadh); bounced rent cheque (Sharjah);
# withdrawal limits and new address (Beirut); fraud team call in MSA; opening an account
# for a father and his son (Dammam).

AR_NID1 = saudi_complete("108245739")
AR_NID2 = saudi_complete("113590482")
AR_NID3 = saudi_complete("110846027")
AR_NID4 = saudi_complete("109377160")
AR_IQ1 = saudi_complete("247119836")
AR_IQ2 = saudi_complete("251830694")
AR_TZ1 = tz_complete("03917265")
AR_TZ2 = tz_complete("20548713")

AR_MADA = luhn_complete("440647180392657")
AR_VISA_AE = luhn_complete("422610538874109")
AR_VISA_JO = luhn_complete("418730251964408")
AR_CMI = luhn_complete("471612943058772")
AR_MC_BNPL = luhn_complete("531847206619325")
AR_VISA_MSA = luhn_complete("455701438826190")
AR_MC_LB = luhn_complete("548932170046613")
AR_MADA2 = luhn_complete("458456022173940")

AR_IBAN_AE = make_iban("AE", "033" + "0000193847261050")
AR_IBAN_AE2 = make_iban("AE", "026" + "0001015523847901")
AR_IBAN_EG = make_iban("EG", "0019" + "0005" + "00000263180002417")
AR_IBAN_JO = make_iban("JO", "CBJO" + "0010" + "000000131000302815")
AR_IBAN_SA = make_iban("SA", "80" + "000204608012734591")
AR_IBAN_SA2 = make_iban("SA", "10" + "000017200048829301")
AR_IBAN_IL = make_iban("IL", "010" + "800" + "0000287134560")
AR_IBAN_LB = make_iban("LB", "0999" + "00000001001901229114")

_n1 = AR_NID1
_ae = AR_VISA_AE

AR = [
    # --- stolen mada card, Riyadh
    ("حياك الله في خدمة العملاء، معك نوف، كيف أقدر أخدمك؟", [("name", "نوف")]),
    ("هلا والله، أنا عبدالعزيز القحطاني، بطاقة مدى حقتي انسرقت أمس من السيارة.",
     [("name", "عبدالعزيز القحطاني")]),
    (f"{ar_words(_n1[:3])}، {ar_words(_n1[3:6])}، {ar_words(_n1[6:9])}، {ar_words(_n1[9:])}",
     [("id", f"{ar_words(_n1[:3])}، {ar_words(_n1[3:6])}، {ar_words(_n1[6:9])}، {ar_words(_n1[9:])}")],
     "سلامات، ما تشوف شر. عطني رقم الهوية لو سمحت."),
    ("طيب أشوف عندك عمليتين بعد الساعة ١١ بالليل، وحدة بـ ٤٥٠ ريال في جرير، والثانية "
     "١٬٢٩٩ ريال في إكسترا.", []),
    ("لا والله ما هي مني، أنا كنت نايم من الساعة عشر.", []),
    ("أبشر، أوقفت البطاقة ورفعت اعتراض على العمليتين، رقم البلاغ ٧٧٣٠٤١٢٨، والاسترداد "
     "ياخذ من ٥ إلى ١٠ أيام عمل.", []),
    (f"رقم البطاقة عندي صورتها بالجوال، {ar_digits(grp(AR_MADA, 4))}",
     [("card", ar_digits(grp(AR_MADA, 4)))]),
    ("بالهجري، ١٢ ربيع الأول ١٤٠٨", [("date_of_birth", "١٢ ربيع الأول ١٤٠٨")],
     "وتاريخ الميلاد؟"),
    ("والجوال المسجل عندنا ٠٥٥٣١٢٤٨٧٩، صح؟", [("phone", "٠٥٥٣١٢٤٨٧٩")]),
    ("العنوان الوطني: ٨٢٢٨ شارع الأمير سلطان، حي الملقا، الرياض ١٣٥٢٤، الرقم الإضافي ٣١٤٧",
     [("address", "٨٢٢٨ شارع الأمير سلطان، حي الملقا، الرياض ١٣٥٢٤، الرقم الإضافي ٣١٤٧")],
     "وين تبي نرسل البطاقة الجديدة؟"),
    ("البطاقة الجديدة توصلك خلال ٣ أيام عمل، ورسوم الإصدار ٣٠ ريال تنخصم من الحساب.", []),
    # --- disputed credit-card charge, Dubai
    ("مرحبا، معاك حمدة من قسم البطاقات الائتمانية، شو أقدر أساعدك فيه؟", [("name", "حمدة")]),
    ("مرحبا، أنا رنا حداد، في عندي charge على الكريدت كارد ما بعرف شو هو، ٨٤٩ درهم من "
     "شي اسمه STARLINE TRAVEL.", [("name", "رنا حداد")]),
    (f"إيه، {ar_words(_ae[:4], 'lev')}، {ar_words(_ae[4:8], 'lev')}، "
     f"{ar_words(_ae[8:12], 'lev')}، {ar_words(_ae[12:], 'lev')}",
     [("card", f"{ar_words(_ae[:4], 'lev')}، {ar_words(_ae[4:8], 'lev')}، "
               f"{ar_words(_ae[8:12], 'lev')}، {ar_words(_ae[12:], 'lev')}")],
     "ممكن رقم البطاقة لو سمحتي؟"),
    ("العملية بتاريخ ١٧ مارس الساعة ٣:٤٢ الفجر، بقيمة ٨٤٩ درهم، ولها يومين معلقة.", []),
    ("أكيد مش أنا، كنت بالبيت، وعمري ما حجزت شي من هيدا الموقع.", []),
    ("اكتبي rana underscore haddad at hotmail dot com",
     [("email", "rana underscore haddad at hotmail dot com")],
     "بنرسل لج إيميل فيه نموذج الاعتراض، شو الإيميل؟"),
    ("وإذا بدكن تتصلوا فيي، رقمي +971 50 418 2273، واتساب كمان.",
     [("phone", "+971 50 418 2273")]),
    (f"والرصيد الزيادة ٣٢٠ درهم حوليلي ياه على حسابي، الآيبان {grp(AR_IBAN_AE, 4)}",
     [("iban", grp(AR_IBAN_AE, 4))]),
    ("فيلا ١٢، شارع ٢٧، البرشاء الثانية، دبي، جنب الحديقة",
     [("address", "فيلا ١٢، شارع ٢٧، البرشاء الثانية، دبي")],
     "البطاقة البديلة وين نوصلها؟"),
    ("تمام، البطاقة البديلة بتوصلج خلال ٥ أيام عمل، ورقم طلب الاعتراض DSP-20931.", []),
    # --- personal loan against salary, Cairo
    ("أهلاً بحضرتك، معاك منة من خدمة العملاء، أقدر أساعد حضرتك إزاي؟", [("name", "منة")]),
    ("أهلاً يا فندم، أنا محمود عبد الحميد، كنت عايز أستفسر عن القرض الشخصي.",
     [("name", "محمود عبد الحميد")]),
    ("اتفضل يا أستاذ محمود، حضرتك محوّل مرتبك عندنا؟", [("name", "محمود")]),
    ("آه، المرتب بينزل عندكم من ٢٠١٩، حوالي ١٨ ألف جنيه في الشهر.", []),
    ("تمام، حضرتك ممكن تاخد لحد ٤٥٠ ألف جنيه، والفايدة ٢٤٪ متناقصة، ولو ٣٠٠ ألف على ٦٠ "
     "شهر القسط حوالي ٨٬٦٠٠ جنيه.", []),
    ("رقمي صفر عشرة، تلاتة ستة تمانية اتنين، خمسة سبعة أربعة واحد",
     [("phone", "صفر عشرة، تلاتة ستة تمانية اتنين، خمسة سبعة أربعة واحد")]),
    ("١٥ شارع مكرم عبيد، مدينة نصر، الدور التالت، شقة ٧",
     [("address", "١٥ شارع مكرم عبيد، مدينة نصر، الدور التالت، شقة ٧")],
     "والعنوان إيه يا فندم؟"),
    ("أنا مواليد تلاتة تسعة تمانية وتمانين، يعني عندي ستة وتلاتين سنة.",
     [("date_of_birth", "تلاتة تسعة تمانية وتمانين")]),
    (f"والقرض هينزل على حسابي، الـ IBAN بتاعه {grp(AR_IBAN_EG, 4)}",
     [("iban", grp(AR_IBAN_EG, 4))]),
    ("وقول لي حودة يا فندم، كله بيقولي كده.", [("name", "حودة")]),
    ("المستندات: صورة البطاقة، ومفردات مرتب حديثة، وإيصال كهربا، والرد خلال ٧٢ ساعة من "
     "تقديم الطلب.", []),
    ("mahmoud dot hamid تمانية وتمانين at yahoo dot com",
     [("email", "mahmoud dot hamid تمانية وتمانين at yahoo dot com")],
     "ممكن الإيميل عشان نبعت لحضرتك العرض؟"),
    # --- salary transfer and new credit card, Amman
    ("مسا الخير، معك يزن، كيف بقدر أساعدك؟", [("name", "يزن")]),
    ("مسا النور، أنا لانا الزعبي، بدي أسأل عن حوالة الراتب، لهلأ ما نزلت.",
     [("name", "لانا الزعبي")]),
    ("أهلين ست لانا، لحظة لو سمحتي.", [("name", "لانا")]),
    ("الشركة حوّلت الرواتب يوم الخميس ٢٦، والحوالات بتاخد يوم عمل، فبتنزل الأحد الساعة ١٠ "
     "الصبح، والمبلغ ٦٤٠ دينار.", []),
    (f"رقمها {grp(AR_VISA_JO, 4)}", [("card", grp(AR_VISA_JO, 4))],
     "وبدك كمان نفعّل البطاقة الجديدة؟ ممكن رقمها؟"),
    ("أربعتاشر عشرة، تسعين", [("date_of_birth", "أربعتاشر عشرة، تسعين")],
     "وتاريخ ميلادك لو سمحتي؟"),
    (f"بدي أعطيك الآيبان تحطه بالملف، {grp(AR_IBAN_JO, 4)}",
     [("iban", grp(AR_IBAN_JO, 4))]),
    ("رقمي صفر سبعة تسعة... آه معك... خمسة تلاتة واحد، أربعة أربعة تمانية تنين",
     [("phone", "صفر سبعة تسعة... آه معك... خمسة تلاتة واحد، أربعة أربعة تمانية تنين")]),
    ("عمّان، خلدا، شارع وصفي التل، عمارة ٢٣، الطابق التاني",
     [("address", "عمّان، خلدا، شارع وصفي التل، عمارة ٢٣، الطابق التاني")],
     "شو العنوان عشان نبعتلك كشف الحساب؟"),
    ("والإيميل lana.zoubi@gmail.com، في نقطة بالنص.",
     [("email", "lana.zoubi@gmail.com")]),
    ("تمام، الحد الائتماني ١٬٥٠٠ دينار، والحد الأدنى للسداد ٥٪ أو ٢٠ دينار، يوم ٢٥ من كل "
     "شهر.", []),
]

LANGS["ar"] = AR


_tz1 = AR_TZ1
_n4 = AR_NID4
AR += [
    # --- mobile banking app, Casablanca (Darija)
    ("السلام عليكم، معاك سلمى من خدمة الزبناء، كيفاش نقدر نعاونك؟", [("name", "سلمى")]),
    ("وعليكم السلام، أنا يوسف بنعلي، التطبيق ديال البنكة ما بغاش يتحل ليا من البارح.",
     [("name", "يوسف بنعلي")]),
    ("كيبان ليا واحد الميساج، erreur 502، وملي كنعاود كيقول ليا الرمز غالط، درت تلاتة ديال "
     "المحاولات.", []),
    ("ماشي مشكل، خاصك تكون عندك النسخة 4.2.1 ولا كثر، والرمز اللي كيوصلك ف SMS كيبقى "
     "صالح غير 5 دقايق.", []),
    ("زيرو ستة، سبعين، واحد وعشرين، تمنية وتلاتين، خمسة وربعين",
     [("phone", "زيرو ستة، سبعين، واحد وعشرين، تمنية وتلاتين، خمسة وربعين")],
     "شنو هو الرقم ديال التيليفون اللي مسجل عندنا؟"),
    ("تزاديت نهار تلاتة وعشرين يونيو، عام اثنين وتسعين",
     [("date_of_birth", "تلاتة وعشرين يونيو، عام اثنين وتسعين")],
     "عافاك عطيني تاريخ الازدياد ديالك."),
    ("youssef point benali at gmail point com",
     [("email", "youssef point benali at gmail point com")], "والإيميل؟"),
    (f"هاهو الرقم ديال الكارط: {grp(AR_CMI, 4)}", [("card", grp(AR_CMI, 4))],
     "باش نبلوكيو الكارط القديمة، عطيني الرقم ديالها."),
    ("أنا ساكن ف زنقة ابن بطوطة، رقم 17، الطابق الثالث، المعاريف، الدار البيضاء.",
     [("address", "زنقة ابن بطوطة، رقم 17، الطابق الثالث، المعاريف، الدار البيضاء")],
     "فين نصيفطو ليك الكارط الجديدة؟"),
    ("الكارط الجديدة غادي توصلك ف 10 أيام، والخلاص ديالها 50 درهم، والتطبيق غادي يتحل ليك "
     "من دابا نص ساعة.", []),
    # --- payroll account, worker on an Iqama, Jeddah
    ("أهلاً وسهلاً، خدمة عملاء الرواتب، كيف أقدر أساعدك؟", []),
    ("السلام عليكم، أنا عبده السيد، شغال سواق في جدة، والمرتب بتاع الشهر ده ما نزلش.",
     [("name", "عبده السيد")]),
    (f"الإقامة رقمها {ar_digits(AR_IQ1)}", [("id", ar_digits(AR_IQ1))], "كم رقم الإقامة؟"),
    ("المرتب ١٬٨٠٠ ريال، والكفيل قال إنه حوّله يوم ٢٧، والنهارده ٣٠.", []),
    ("أشوف الحوالة وصلت بس معلقة لأن الإقامة منتهية في النظام، لازم تحدثها في أبشر وبعدين "
     "تنزل خلال ٢٤ ساعة.", []),
    (f"وعايز أتأكد من الآيبان عشان الكفيل طلبه، هو {grp(AR_IBAN_SA, 4)}، صح كده؟",
     [("iban", grp(AR_IBAN_SA, 4))]),
    ("رقمي صفر خمسة أربعة، ستة سبعة واحد، تلاتة تمانية صفر تسعة",
     [("phone", "صفر خمسة أربعة، ستة سبعة واحد، تلاتة تمانية صفر تسعة")],
     "ولو احتجنا نكلمك، رقم الجوال؟"),
    (f"وكارت المرتب رقمه {ar_digits(grp(AR_MADA2, 4))}، اتقفل لما الإقامة خلصت.",
     [("card", ar_digits(grp(AR_MADA2, 4)))]),
    # --- standing order, Arabic line of an Israeli bank
    ("مرحبا، الخط العربي لخدمة الزبائن، كيف فيّ أساعدك؟", []),
    ("مرحبا، معك رامي خطيب من الطيبة، بدي أعمل هوراءات كيفع للأرنونا.",
     [("name", "رامي خطيب")]),
    (f"{ar_words(_tz1[:3], 'lev')}، {ar_words(_tz1[3:5], 'lev')}، {ar_words(_tz1[5:8], 'lev')}، "
     f"{ar_words(_tz1[8:], 'lev')}",
     [("id", f"{ar_words(_tz1[:3], 'lev')}، {ar_words(_tz1[3:5], 'lev')}، "
             f"{ar_words(_tz1[5:8], 'lev')}، {ar_words(_tz1[8:], 'lev')}")],
     "أكيد، رقم الهوية تبعك يا رامي؟"),
    ("الهوراءات كيفع للبلدية بتنزل كل شهر بـ 10، والمبلغ حوالي 480 شيكل، وبتقدر تحط سقف 600.", []),
    (f"والحساب مشترك مع مرتي، رقم هويتها {AR_TZ2}.", [("id", AR_TZ2)]),
    (f"وبدي كمان أحول من حسابها القديم، الآيبان {grp(AR_IBAN_IL, 4)}",
     [("iban", grp(AR_IBAN_IL, 4))]),
    ("رقمي خمسة تنين... لا لا، من الأول، صفر خمسة تنين، تسعة تلاتة واحد، أربعة سبعة، تمانية ستة",
     [("phone", "صفر خمسة تنين، تسعة تلاتة واحد، أربعة سبعة، تمانية ستة")]),
    ("تمام، رقم الهوراءات كيفع 330982، وأول خصم بيكون بـ 10 الشهر الجاي.", []),
    # --- buy now pay later, Riyadh
    ("هلا، عندي مشكلة في تطبيقكم، قسمت طلب من نمشي على ٤ دفعات، ودفعت الأولى ١٢٥ ريال، "
     "والحين يقول إني متأخرة!", []),
    ("شهد عبدالله الغامدي", [("name", "شهد عبدالله الغامدي")], "أبشري، ممكن الاسم الكامل؟"),
    (f"هويتي {ar_words(_n4[:4])}، {ar_words(_n4[4:7])}، {ar_words(_n4[7:])}",
     [("id", f"{ar_words(_n4[:4])}، {ar_words(_n4[4:7])}، {ar_words(_n4[7:])}")],
     "وعشان أتحقق، رقم الهوية الوطنية؟"),
    ("شفت الطلب، الدفعة الثانية كانت مستحقة ١٤ أكتوبر وانخصمت ١٦ أكتوبر لأن رصيد البطاقة ما "
     "كفى، وما عليك غرامة.", []),
    (f"طيب أبي أغير البطاقة اللي ينخصم منها، الجديدة {ar_digits(grp(AR_MC_BNPL, 4))}",
     [("card", ar_digits(grp(AR_MC_BNPL, 4)))]),
    ("وغيّر الإيميل لو سمحت، صار shahad_gh@icloud.com",
     [("email", "shahad_gh@icloud.com")]),
    ("باقي عليك دفعتين، كل وحدة ١٢٥ ريال، الجاية ١٤ نوفمبر والأخيرة ١٤ ديسمبر.", []),
]


_iq2 = AR_IQ2
_n3 = AR_NID3
AR += [
    # --- bounced rent cheque, Sharjah
    ("مرحبا، معك خالد الحلبي، عندي شيك إيجار رجع وأنا متأكد إنه في رصيد بالحساب.",
     [("name", "خالد الحلبي")]),
    ("الشيك رقم ٠٠٠٢١٤ بقيمة ١٨٬٥٠٠ درهم، انعرض يوم ١ سبتمبر ورجع بسبب اختلاف التوقيع، مب "
     "بسبب الرصيد.", []),
    ("الإيجار ٧٤ ألف بالسنة على ٤ شيكات، وهاد تاني شيك، والمالك عم يهددني.", []),
    ("رسوم الشيك المرتجع ١٥٠ درهم، وإذا المالك قدّمه مرة ثانية خلال ٣٠ يوم ما في رسوم زيادة.", []),
    ("يعني لازم أروح عالفرع؟ أنا بشتغل من ٨ لـ ٦ كل يوم حتى السبت.", []),
    ("تقدر تحدث نموذج التوقيع من أي فرع، الدوام من ٨ الصبح لين ٣ العصر، والجمعة لين ١٢.", []),
    ("رقمي صفر خمسة ستة، 723، 40 18، اتصلوا فيي بعد الستة.",
     [("phone", "صفر خمسة ستة، 723، 40 18")]),
    (f"ورجعولي الـ ١٥٠ درهم على حسابي التاني، الآيبان {AR_IBAN_AE2}",
     [("iban", AR_IBAN_AE2)]),
    ("ابعتولي دفتر الشيكات الجديد على: الشارقة، التعاون، برج الزهرة، شقة ١٤٠٤",
     [("address", "الشارقة، التعاون، برج الزهرة، شقة ١٤٠٤")]),
    # --- withdrawal limits and new address, Beirut
    ("بونجور، معك إيلي، كيف فيني ساعدك؟", [("name", "إيلي")]),
    ("بونجور، أنا جورجيت نصّار، بدي أعرف قديش فيني اسحب فريش هالشهر.",
     [("name", "جورجيت نصّار")]),
    ("حسب التعميم ١٥٨ بتقدري تسحبي ٤٠٠ دولار فريش بالشهر، و٤٠٠ دولار عاللولار على سعر "
     "١٥٬٠٠٠.", []),
    ("طيب وإيمتى بتنزل؟ الشهر الماضي ما وصلني شي لـ ١٥ الشهر.", []),
    ("12 نيسان 1959", [("date_of_birth", "12 نيسان 1959")], "تاريخ الميلاد لو سمحتي؟"),
    ("نقلت، صرت ساكنة بالأشرفية، شارع مونو، بناية الأرز، الطابق الخامس.",
     [("address", "الأشرفية، شارع مونو، بناية الأرز، الطابق الخامس")]),
    ("إيه عندي، georgette point nassar arobase hotmail point fr",
     [("email", "georgette point nassar arobase hotmail point fr")],
     "في إيميل منبعتلك عليه الكشف؟"),
    (f"والماستركارد القديمة بدي سكّرها، رقمها {grp(AR_MC_LB, 4)}",
     [("card", grp(AR_MC_LB, 4))]),
    (f"وحوّلي اللولار ع حساب بنتي، {grp(AR_IBAN_LB, 4)}",
     [("iban", grp(AR_IBAN_LB, 4))]),
    ("بدي كمان وقّف الدفع التلقائي لفاتورة ألفا، ٢٥ دولار بالشهر، من شهر ٣.", []),
    ("المعاملة بتاخد من ٣ لـ ٥ أيام، والرسم ٥ دولار، وبيطلعلك إيصال رقمه 7781-22.", []),
    # --- fraud team call, MSA agent
    ("مساء الخير، أتحدث إليك من إدارة مكافحة الاحتيال في البنك، هل أتحدث مع السيد باسل العمري؟",
     [("name", "باسل العمري")]),
    ("رصدنا ثلاث عمليات على بطاقتك الائتمانية: ٩٩ دولاراً في متجر إلكتروني، ثم ٥٤٠ دولاراً، "
     "ثم ١٬٢٠٠ دولار خلال ١٠ دقائق.", []),
    ("كانت العملية الأولى عند الساعة ٢:١٤ فجراً بتوقيت مكة المكرمة.", []),
    ("لا، ولا وحدة مني، أنا بالرياض والبطاقة معي بالجزدان.", []),
    (f"{ar_words(_iq2[:3], 'lev')}، {ar_words(_iq2[3:6], 'lev')}، {ar_words(_iq2[6:9], 'lev')}، "
     f"{ar_words(_iq2[9:], 'lev')}",
     [("id", f"{ar_words(_iq2[:3], 'lev')}، {ar_words(_iq2[3:6], 'lev')}، "
             f"{ar_words(_iq2[6:9], 'lev')}، {ar_words(_iq2[9:], 'lev')}")],
     "للتحقق من هويتك، أرجو تزويدي برقم الإقامة."),
    ("تسعتعش حزيران، سبعة وتمانين", [("date_of_birth", "تسعتعش حزيران، سبعة وتمانين")],
     "شكراً لك. وتاريخ الميلاد؟"),
    (f"بدك رقم البطاقة؟ {grp(AR_VISA_MSA, 4)}", [("card", grp(AR_VISA_MSA, 4))]),
    ("باسل نقطة عمري آت أوتلوك دوت كوم",
     [("email", "باسل نقطة عمري آت أوتلوك دوت كوم")],
     "سنرسل إليك تقرير الاعتراض بالبريد الإلكتروني، ما هو عنوانك؟"),
    ("تم إيقاف البطاقة، وستصلك بطاقة بديلة خلال ٧ أيام عمل، ورقم البلاغ FR-4471-0932.", []),
    # --- opening accounts for a father and his son, Dammam
    ("أهلاً، معك سعود من فريق فتح الحسابات، تفضل.", [("name", "سعود")]),
    ("مرحبا، أنا جاسم بن علي الدوسري، أبي أفتح حساب لي وحساب توفير لولدي.",
     [("name", "جاسم بن علي الدوسري")]),
    (f"هويتي {ar_digits(AR_NID2)}", [("id", ar_digits(AR_NID2))], "أبشر، رقم الهوية؟"),
    (f"والولد هويته {ar_words(_n3[:5])}، {ar_words(_n3[5:])}، ومواليد ٢٠١١/٠٥/٠٩",
     [("id", f"{ar_words(_n3[:5])}، {ar_words(_n3[5:])}"),
      ("date_of_birth", "٢٠١١/٠٥/٠٩")]),
    ("خمسة وعشرين، ثمانية، ثمانين", [("date_of_birth", "خمسة وعشرين، ثمانية، ثمانين")],
     "وتاريخ ميلادك أنت بالميلادي؟"),
    ("الدمام، حي الشاطئ الغربي، شارع الخليج، مبنى ٤٤١٢، الرمز البريدي ٣٢٤١٣",
     [("address", "الدمام، حي الشاطئ الغربي، شارع الخليج، مبنى ٤٤١٢، الرمز البريدي ٣٢٤١٣")],
     "والعنوان الوطني؟"),
    ("زائد تسعة ستة ستة، خمسين، ثلاثة واحد ثمانية، سبعة سبعة أربعة اثنين",
     [("phone", "زائد تسعة ستة ستة، خمسين، ثلاثة واحد ثمانية، سبعة سبعة أربعة اثنين")],
     "ورقم الجوال؟"),
    ("jassim أندرسكور dossary at gmail dot com",
     [("email", "jassim أندرسكور dossary at gmail dot com")], "والبريد الإلكتروني؟"),
    (f"والراتب بيتحول من حسابي في البنك الثاني، الآيبان {grp(AR_IBAN_SA2, 4)}",
     [("iban", grp(AR_IBAN_SA2, 4))]),
    ("الحساب يتفعل خلال ٢٤ ساعة، والبطاقة أول سنة مجانية، وحد السحب اليومي ٥٬٠٠٠ ريال.", []),
    ("حساب التوفير للقاصر يحتاج سجل الأسرة، والحد الأدنى للإيداع ٥٠٠ ريال، وتقدر تخلصه من "
     "فرع شارع الملك سعود الساعة ٩:٣٠.", []),
]


# ------------------------------------------------------------ Hebrew number words
HE_DIG_F = ["אפס", "אחת", "שתיים", "שלוש", "ארבע", "חמש", "שש", "שבע", "שמונה", "תשע"]
HE_DIG_M = ["אפס", "אחד", "שניים", "שלושה", "ארבעה", "חמישה", "שישה", "שבעה", "שמונה", "תשעה"]
HE_UNIT = _table({
    0: "אפס", 1: "אחת אחד", 2: "שתיים שתים שניים שנים שתי שני", 3: "שלוש שלש שלושה שלשה",
    4: "ארבע ארבעה", 5: "חמש חמישה חמשה", 6: "שש שישה ששה", 7: "שבע שבעה",
    8: "שמונה", 9: "תשע תשעה",
})
HE_TENS = _table({
    10: "עשר", 20: "עשרים", 30: "שלושים שלשים", 40: "ארבעים", 50: "חמישים", 60: "שישים ששים",
    70: "שבעים", 80: "שמונים", 90: "תשעים",
})
HE_HUND = _table({100: "מאה", 200: "מאתיים"})


def _he_tok(t):
    for cand, conj in ((t, False), (t[1:] if t.startswith("ו") else None, True)):
        if not cand:
            continue
        for cls, tab in (("u", HE_UNIT), ("x", HE_TENS), ("h", HE_HUND)):
            if cand in tab:
                return cls, tab[cand], conj
        if cand in ("מאות",):
            return "hh", 100, conj
        if cand in ("עשרה",):
            return "teen", 10, conj
    return None, None, False


def he_spoken_digits(s):
    toks = re.findall(r"[A-Z]+|\d|[\u05D0-\u05EA]+", s)
    cl = [_he_tok(t) if not (t.isdigit() or t.isupper()) else ("lit", t, False) for t in toks]
    out, i = [], 0

    def small(i):
        """Parse a number below 100 at i; return (value, next index) or (None, i)."""
        c = cl[i] if i < len(cl) else (None, None, False)
        if c[0] == "u":
            n = cl[i + 1] if i + 1 < len(cl) else (None, None, False)
            if n[0] == "teen" or (n[0] == "x" and n[1] == 10 and not n[2]):
                return 10 + c[1], i + 2
            return c[1], i + 1
        if c[0] == "x":
            n = cl[i + 1] if i + 1 < len(cl) else (None, None, False)
            if c[1] >= 20 and n[0] == "u" and n[2]:
                return c[1] + n[1], i + 2
            return c[1], i + 1
        return None, i

    while i < len(cl):
        c = cl[i]
        if c[0] == "lit":
            out.append(c[1]); i += 1; continue
        if c[0] is None:
            i += 1; continue
        hv, j = None, i
        if c[0] == "h":
            hv, j = c[1], i + 1
        elif c[0] == "u" and i + 1 < len(cl) and cl[i + 1][0] == "hh":
            hv, j = c[1] * 100, i + 2
        if hv is not None:
            rest, k = small(j) if j < len(cl) and cl[j][0] in ("u", "x") else (None, j)
            out.append("%03d" % (hv + (rest or 0))); i = k; continue
        v, j = small(i)
        if v is None:
            i += 1; continue
        out.append(str(v) if (cl[i][0] != "u" or v >= 10) else str(v)); i = j
    return "".join(out)


SPOKEN["he"] = he_spoken_digits


def he_words(d, gender="f"):
    table = HE_DIG_F if gender == "f" else HE_DIG_M
    return " ".join(table[int(c)] for c in d)


# ------------------------------------------------------------------------ Hebrew
# Calls: card stolen abroad (Tel Aviv caller in Barcelona); disputed card charge
# (Russian-speaking pensioner, Haifa); overdraft limit (Ethiopian-Israeli young man,
# Kiryat Gat); personal loan (Arab citizen, Baqa al-Gharbiyye); locked banking app
# (French immigrant, Netanya); standing orders of an elderly customer (Jerusalem);
# bounced cheque of a self-employed plumber (Be'er Sheva); account opening and transfer
# from the UK (Anglo immigrant, Modi'in); instalments at checkout (young woman, Rishon);
# estate of a late mother (Petah Tikva); fraud team call-out; car loan.

HE_TZ = [tz_complete(p) for p in ("30715482", "20483961", "31246057", "03582174",
                                  "05719386", "32861440", "21190573", "34027619")]
HE_VISA1 = luhn_complete("458011236947502")
HE_MC1 = luhn_complete("532610984437261")
HE_VISA2 = luhn_complete("458003817264095")
HE_MC2 = luhn_complete("557719020386514")
HE_AMEX = luhn_complete("37553840127719")
HE_DIN = luhn_complete("3612874905326")
HE_VISA3 = luhn_complete("426684301759128")
HE_MC3 = luhn_complete("522371604829943")

HE_IBAN_12 = make_iban("IL", "012" + "658" + "0000000431207")
HE_IBAN_34 = make_iban("IL", "034" + "115" + "0000000215683")
HE_IBAN_10 = make_iban("IL", "010" + "936" + "0000045721903")
HE_IBAN_20 = make_iban("IL", "020" + "471" + "0000000883150")
HE_IBAN_11 = make_iban("IL", "011" + "082" + "0000000196347")
HE_IBAN_31 = make_iban("IL", "031" + "036" + "0000000540218")
HE_IBAN_FR = make_iban("FR", "20041010050500013980174")
HE_IBAN_GB = make_iban("GB", "NWBK60723148295507")

_t0, _t2 = HE_TZ[0], HE_TZ[2]
_mc1 = HE_MC1

HE = [
    # --- card stolen abroad
    ("שלום, הגעת למוקד כרטיסי האשראי, מדברת שירן, איך אפשר לעזור?", [("name", "שירן")]),
    ("היי, שמי עומר לוי, אני בברצלונה וגנבו לי את הארנק עם הכרטיס לפני שעה בערך.",
     [("name", "עומר לוי")]),
    (f"{he_words(_t0[:3])}, {he_words(_t0[3:6])}, {he_words(_t0[6:])}",
     [("id", f"{he_words(_t0[:3])}, {he_words(_t0[3:6])}, {he_words(_t0[6:])}")],
     "וואו, מצטערת לשמוע. בשביל הזיהוי אני צריכה מספר תעודת זהות."),
    ("אני רואה שתי עסקאות שלא אושרו, אחת של 340 יורו בזארה ואחת של 1,150 יורו בחנות "
     "אלקטרוניקה, שתיהן ב־21:40 לפי שעון ספרד.", []),
    ("לא, זה בטוח לא אני, הייתי במסעדה עד עשר.", []),
    (f"יש לי צילום של הכרטיס בטלפון, {grp(HE_VISA1, 4)}", [("card", grp(HE_VISA1, 4))]),
    ("חסמתי את הכרטיס והעסקאות לא יחויבו. כרטיס חלופי יכול להגיע לחו\"ל תוך 3 ימי עסקים "
     "בעלות של 25 דולר, או שנשלח לארץ בחינם.", []),
    ("תשלחו לבית של ההורים, רחוב ביאליק 14 דירה 6, רמת גן, אני חוזר ב־12 לחודש.",
     [("address", "רחוב ביאליק 14 דירה 6, רמת גן")]),
    ("ואם צריך להשיג אותי, הנייד שלי 054-7731962, יש לי חבילת חו\"ל.",
     [("phone", "054-7731962")]),
    # --- disputed charge, Russian-speaking pensioner, Haifa
    ("שלום, אני רוצה לבטל עסקה, אני לא עשיתי אותו, זה לא בסדר.", []),
    ("קוראים לי ולדימיר קוזלוב, כולם קוראים לי וובה.",
     [("name", "ולדימיר קוזלוב"), ("name", "וובה")]),
    ("תודה אדון קוזלוב. על איזו עסקה מדובר?", [("name", "קוזלוב")]),
    ("עליאקספרס, 289 שקל ו־90 אגורות, מה־3 במרץ, אבל אני קניתי שם רק פעם אחת, בינואר, "
     "ב־45 שקל.", []),
    ("חמש עשרה ביולי, אלף תשע מאות חמישים ותשע",
     [("date_of_birth", "חמש עשרה ביולי, אלף תשע מאות חמישים ותשע")],
     "בשביל אימות, תאריך לידה בבקשה?"),
    (f"מסטרקארד, {he_words(_mc1[:4])}, {he_words(_mc1[4:8])}, {_mc1[8:12]} {_mc1[12:]}",
     [("card", f"{he_words(_mc1[:4])}, {he_words(_mc1[4:8])}, {_mc1[8:12]} {_mc1[12:]}")],
     "ומה מספר הכרטיס?"),
    ("פתחתי בירור, מספר פנייה 5531207, התשובה תוך 30 יום, ובינתיים הסכום של 289.90 מוקפא.", []),
    ("vova.kozlov59 שטרודל mail.ru", [("email", "vova.kozlov59 שטרודל mail.ru")],
     "לאן לשלוח לך את טופס ההכחשה?"),
    ("בבית, אפס ארבע, שמונה חמש שתיים, שלוש תשע אחת שש",
     [("phone", "אפס ארבע, שמונה חמש שתיים, שלוש תשע אחת שש")],
     "ומספר טלפון שאפשר לחזור אליך?"),
    # --- overdraft limit, Kiryat Gat
    ("בוקר טוב, מדברת מורן מהבנק, במה אוכל לעזור?", [("name", "מורן")]),
    ("היי, זה אדיסו מלקמו, אני רוצה להגדיל את המסגרת, כל חודש אני נכנס למינוס.",
     [("name", "אדיסו מלקמו")]),
    ("כרגע המסגרת שלך 3,000 שקל ואתה במינוס 2,740. המשכורת נכנסת ב־10 לחודש, נכון?", []),
    (f"כן, {HE_TZ[1]}", [("id", HE_TZ[1])], "אני צריכה לאמת, מה מספר תעודת הזהות?"),
    ("שתים עשרה במרץ 2001", [("date_of_birth", "שתים עשרה במרץ 2001")], "ותאריך לידה?"),
    ("אני יכולה להגדיל ל־5,000 שקל, בריבית פריים פלוס 5.5, כלומר בערך 11.5% בשנה, ונבדוק "
     "את זה שוב בעוד 6 חודשים.", []),
    (f"והמעסיק החדש ביקש ממני IBAN, זה {grp(HE_IBAN_12, 4)}, נכון?",
     [("iban", grp(HE_IBAN_12, 4))]),
    ("ועברתי דירה, הכתובת החדשה זה רחוב הגפן 8, דירה 12, קריית גת.",
     [("address", "רחוב הגפן 8, דירה 12, קריית גת")]),
    ("עדכנתי. הדואר יגיע לכתובת החדשה מהחודש הבא, ודמי ניהול החשבון הם 7.90 בחודש.", []),
    # --- personal loan, Arab citizen speaking Hebrew
    ("שלום, מדברת אורית ממחלקת הלוואות.", [("name", "אורית")]),
    ("שלום, אני מוחמד ג'אבר מבאקה, ראיתי באפליקציה הצעה להלוואה של 60 אלף.",
     [("name", "מוחמד ג'אבר")]),
    ("נכון, 60,000 שקל ל־60 חודשים בריבית 6.9%, ההחזר החודשי בערך 1,185 שקל, והכסף נכנס "
     "תוך יום עסקים.", []),
    (f"{he_words(_t2[:2], 'm')}, {he_words(_t2[2:4], 'm')}, {he_words(_t2[4:7], 'm')}, "
     f"{he_words(_t2[7:], 'm')}",
     [("id", f"{he_words(_t2[:2], 'm')}, {he_words(_t2[2:4], 'm')}, {he_words(_t2[4:7], 'm')}, "
             f"{he_words(_t2[7:], 'm')}")],
     "בשמחה. תעודת זהות בבקשה?"),
    (f"תעבירו את הכסף לחשבון שלי בבנק הערבי, {grp(HE_IBAN_34, 4)}",
     [("iban", grp(HE_IBAN_34, 4))]),
    ("הנייד אפס חמישים ושתיים, שלוש ארבע שבע, שישים ואחת, שמונים ותשע",
     [("phone", "אפס חמישים ושתיים, שלוש ארבע שבע, שישים ואחת, שמונים ותשע")]),
    ("מוחמד נקודה ג'אבר שטרודל וואלה נקודה קו נקודה איל",
     [("email", "מוחמד נקודה ג'אבר שטרודל וואלה נקודה קו נקודה איל")],
     "ולאן לשלוח את החוזה?"),
    ("החוזה יישלח במייל וצריך לחתום עליו עד יום חמישי ב־16:00, אחרי זה ההצעה פגה.", []),
]

LANGS["he"] = HE


_t4 = HE_TZ[4]
_dn = HE_DIN
_ax = HE_AMEX
HE += [
    # --- locked banking app, French immigrant, Netanya
    ("שלום, מדברת עדי מהתמיכה הדיגיטלית, במה אפשר לעזור?", [("name", "עדי")]),
    ("אלו, כן, שמי ז'רמי אטיאס, האפליקציה שלכם לא נותנת לי להיכנס, כתוב erreur, סליחה, "
     "שגיאה 401.", [("name", "ז'רמי אטיאס")]),
    ("אין בעיה. אני רואה שהגרסה אצלך 3.8, צריך לעדכן ל־4.1 ואז לאפס סיסמה, והקוד ב־SMS "
     "תקף ל־10 דקות.", []),
    (f"זה {grp(HE_TZ[3], 3)}", [("id", grp(HE_TZ[3], 3))], "לזיהוי, מספר תעודת זהות?"),
    ("ועוד דבר, העברתי מהבנק בצרפת 12,000 יורו ביום שני ועדיין לא נכנס.", []),
    ("העברות מחו\"ל לוקחות 2 עד 4 ימי עסקים, השער היום 3.97, והעמלה 0.3% עם מינימום של 45 "
     "שקל.", []),
    (f"ה־IBAN הצרפתי שממנו העברתי זה {grp(HE_IBAN_FR, 4)}",
     [("iban", grp(HE_IBAN_FR, 4))]),
    ("פלוס תשע שבע שתיים, חמישים ושמונה, שש שלוש אחת, ארבעים ושתיים, אפס שבע",
     [("phone", "פלוס תשע שבע שתיים, חמישים ושמונה, שש שלוש אחת, ארבעים ושתיים, אפס שבע")],
     "מספר נייד לקבלת הקוד?"),
    ("jeremy נקודה attias שטרודל free נקודה fr",
     [("email", "jeremy נקודה attias שטרודל free נקודה fr")],
     "ויש לך מייל לעדכונים?"),
    # --- standing orders, elderly customer, Jerusalem
    ("שלום, מדברת שושנה פרידמן, אני רוצה לבטל הוראת קבע ולעשות חדשה.",
     [("name", "שושנה פרידמן")]),
    ("בשמחה, גברת פרידמן. איזו הוראת קבע?", [("name", "פרידמן")]),
    ("של ועד הבית, 250 שקל, כבר שלוש שנים, ועכשיו הם רוצים 320 מינואר.", []),
    ("ובחודש שעבר ירד לי פעמיים 250, גם ב־2 וגם ב־4 לחודש.", []),
    ("שלושה במאי, ארבעים ושמונה", [("date_of_birth", "שלושה במאי, ארבעים ושמונה")],
     "לאימות, תאריך לידה?"),
    ("ביטלתי את הישנה, והחדשה על סך 320 שקל תתחיל ב־1 בינואר ותחויב ב־2 לכל חודש. את ה־250 "
     "הכפול החזרתי.", []),
    ("בבית, אפס שתיים, חמש שש שלוש, אחת אפס שמונה שבע",
     [("phone", "אפס שתיים, חמש שש שלוש, אחת אפס שמונה שבע")],
     "ומספר טלפון לחזור אלייך?"),
    ("ופנקס שיקים, כן, תשלחו לי הביתה, רחוב עזה 32, קומה שנייה, רחביה, ירושלים.",
     [("address", "רחוב עזה 32, קומה שנייה, רחביה, ירושלים")]),
    ("פנקס של 25 שיקים מגיע תוך 7 ימי עסקים, ואם נוח לך אפשר לאסוף מהסניף ברחוב המלך ג'ורג' "
     "בין 8:30 ל־13:00.", []),
    # --- bounced cheque, self-employed plumber, Be'er Sheva
    ("בוקר טוב, אלון מדבר, במה אפשר לעזור?", [("name", "אלון")]),
    ("בוקר אור, זה אבי אזולאי, אינסטלטור, קיבלתי שיק מלקוח והוא חזר לי.",
     [("name", "אבי אזולאי")]),
    ("אני רואה, שיק מספר 80114 על 4,800 שקל, חזר ב־15 בחודש מסיבת אין כיסוי מספיק, ונלקחה "
     "עמלה של 15 שקל.", []),
    ("ארבעת אלפים ושמונה מאות! עבדתי שם שלושה ימים, החלפתי לו את כל הצנרת.", []),
    ("ויש לי תשלום למע\"מ ב־15 לחודש, 9,340 שקל, ואני לא רוצה שיחזור לי כלום.", []),
    (f"ותגיד, הכרטיס של העסק, דיינרס, {_dn[:4]} {_dn[4:10]} {_dn[10:]}, אפשר להעלות לו מסגרת?",
     [("card", f"{_dn[:4]} {_dn[4:10]} {_dn[10:]}")]),
    (f"ואני צריך להעביר לספק, הוא נתן לי IBAN, {grp(HE_IBAN_20, 4)}",
     [("iban", grp(HE_IBAN_20, 4))]),
    ("אפס חמישים, שבע שתיים שמונה, תשעים וארבע, אחת עשרה",
     [("phone", "אפס חמישים, שבע שתיים שמונה, תשעים וארבע, אחת עשרה")],
     "טלפון שאפשר לחזור אליך?"),
    ("המייל זה avi.instalator@gmail.com, הכל באנגלית.",
     [("email", "avi.instalator@gmail.com")]),
    # --- account opening, Anglo immigrant, Modi'in
    ("היי, אני דניאל רוזנברג, עליתי לפני חודשיים, and I want to open an account, sorry, "
     "אני רוצה לפתוח חשבון.", [("name", "דניאל רוזנברג")]),
    ("תקראי לי דני, כולם ככה.", [("name", "דני")], "ברוך הבא! איך אפשר לקרוא לך?"),
    (f"יש לי תעודת זהות חדשה, the number is {en_words(_t4[:3])}, {en_words(_t4[3:6])}, "
     f"{en_words(_t4[6:])}",
     [("id", f"{en_words(_t4[:3])}, {en_words(_t4[3:6])}, {en_words(_t4[6:])}", _t4)]),
    ("ארבעה ביולי 1990, כמו יום העצמאות האמריקאי.", [("date_of_birth", "ארבעה ביולי 1990")],
     "ותאריך לידה?"),
    (f"ואני רוצה להעביר כסף מהחשבון באנגליה, NatWest, {grp(HE_IBAN_GB, 4)}",
     [("iban", grp(HE_IBAN_GB, 4))]),
    ("העברה נכנסת מחו\"ל עד 50,000 דולר פטורה מעמלה בשנה הראשונה לעולים, וצריך למלא טופס "
     "הצהרה על תושבות.", []),
    ("הכתובת שלי רחוב עמק דותן 21, דירה 7, מודיעין.",
     [("address", "רחוב עמק דותן 21, דירה 7, מודיעין")]),
    ("my email is dani.rosenberg90@gmail.com", [("email", "dani.rosenberg90@gmail.com")]),
    (f"יש לי עדיין אמריקן אקספרס אמריקאי, {_ax[:4]} {_ax[4:10]} {_ax[10:]}, אפשר לחבר אותו "
     f"לאפליקציה?", [("card", f"{_ax[:4]} {_ax[4:10]} {_ax[10:]}")]),
    ("כמה זמן לוקח פנקס שיקים? אני צריך לתת לבעל הבית 10 שיקים דחויים של 6,200.", []),
    ("כרטיס זר אי אפשר לחבר, אבל הכרטיס שלנו יגיע תוך 5 ימי עסקים, ודמי כרטיס 12.90 בחודש, "
     "6 חודשים ראשונים בחינם.", []),
]


_v3 = HE_VISA3
_t6, _t7, _t5 = HE_TZ[6], HE_TZ[7], HE_TZ[5]
HE += [
    # --- instalments at checkout, Rishon LeZion
    ("היי, שמי נויה כהן, קניתי ספה ב־6,000 שקל ב־12 תשלומים בלי ריבית, ואני רואה ריבית בחיוב.",
     [("name", "נויה כהן")]),
    ("אני רואה, העסקה מהום סנטר מה־8 באוגוסט, 6,000 שקל, חולקה ל־18 תשלומי קרדיט ולא ל־12 "
     "תשלומים רגילים.", []),
    ("אבל בחנות אמרו לי 12 בלי ריבית, יש לי אפילו את החשבונית, מספר 204519.", []),
    (f"{_t6[:4]}-{_t6[4:8]}-{_t6[8]}", [("id", f"{_t6[:4]}-{_t6[4:8]}-{_t6[8]}")],
     "בסדר, נבדוק. רק לאימות, מספר תעודת זהות?"),
    ("עשרים ושבע בנובמבר, תשעים ושמונה",
     [("date_of_birth", "עשרים ושבע בנובמבר, תשעים ושמונה")], "ותאריך לידה?"),
    (f"ויזה, {he_words(_v3[:4])}, {he_words(_v3[4:7])}... לא, סליחה, {he_words(_v3[4:8])}, "
     f"{he_words(_v3[8:12])}, {he_words(_v3[12:])}",
     [("card", f"{he_words(_v3[:4])}, {he_words(_v3[4:7])}... לא, סליחה, {he_words(_v3[4:8])}, "
               f"{he_words(_v3[8:12])}, {he_words(_v3[12:])}", _v3)],
     "ומה מספר הכרטיס שאיתו שילמת?"),
    ("פתחתי בקשה לתיקון, מספר 77-31904, תוך 14 ימי עסקים, והריבית של 312 שקל תחזור אלייך.", []),
    ("נויה קו תחתון כהן תשעים ושמונה שטרודל ג'ימייל נקודה קום",
     [("email", "נויה קו תחתון כהן תשעים ושמונה שטרודל ג'ימייל נקודה קום")],
     "לאיזה מייל לשלוח את האישור?"),
    ("אפס חמש שתיים, שבעים ושבע, שמונים ואחת, ארבע אפס אחת",
     [("phone", "אפס חמש שתיים, שבעים ושבע, שמונים ואחת, ארבע אפס אחת")],
     "ונייד לעדכון בהודעה?"),
    ("ותעדכנו כתובת למשלוח דפי חשבון, רחוב הרצל 120, דירה 15, ראשון לציון.",
     [("address", "רחוב הרצל 120, דירה 15, ראשון לציון")]),
    # --- estate of a late mother, Petah Tikva
    ("שלום, מדברת רונית שגיא, אמא שלי נפטרה לפני חודש ואני מנסה לסגור את החשבון שלה.",
     [("name", "רונית שגיא")]),
    ("משתתפת בצערך, רונית. אני צריכה את מספר תעודת הזהות שלה.", [("name", "רונית")]),
    (f"{_t5[:8]}-{_t5[8]}, והיא נולדה ב־12.8.1941",
     [("id", f"{_t5[:8]}-{_t5[8]}"), ("date_of_birth", "12.8.1941")]),
    ("צריך צו ירושה או צו קיום צוואה ותעודת פטירה, והיתרה בחשבון, 38,412 שקל, תועבר ליורשים "
     "לפי החלוקה.", []),
    ("יש לנו צו קיום צוואה מה־3 בספטמבר, אנחנו שלושה אחים, כל אחד שליש.", []),
    (f"החלק שלי לחשבון שלי בלאומי, {HE_IBAN_10}", [("iban", HE_IBAN_10)]),
    (f"ושל אחי, הוא בדיסקונט, {grp(HE_IBAN_11, 4)}", [("iban", grp(HE_IBAN_11, 4))]),
    (f"ויש גם את הכרטיס שלה, {grp(HE_VISA2, 4)}, צריך לבטל אותו.",
     [("card", grp(HE_VISA2, 4))]),
    ("הטלפון שלי אפס חמש שלוש... כן... שש שתיים שש, אחת תשע שמונה שלוש",
     [("phone", "אפס חמש שלוש... כן... שש שתיים שש, אחת תשע שמונה שלוש")]),
    ("תשלחו את המסמכים אליי, רחוב ההגנה 9, כניסה ב', פתח תקווה.",
     [("address", "רחוב ההגנה 9, כניסה ב', פתח תקווה")]),
    ("ההוראות קבע שלה, לחשמל ולקופת חולים, יבוטלו אוטומטית, והחשבון ייסגר תוך 30 יום.", []),
    # --- fraud team call-out
    ("שלום, כאן טל ממחלקת מניעת הונאות של חברת האשראי, אני מדבר עם גלעד ברק?",
     [("name", "טל"), ("name", "גלעד ברק")]),
    ("זיהינו שלוש עסקאות בחו\"ל הלילה: 19.99 דולר באתר סטרימינג, 640 וחצי דולר, ועוד 1,280 "
     "דולר, כולן בין 2 ל־3 לפנות בוקר.", []),
    ("לא, בשלוש בלילה אני ישן, זה לא אני.", []),
    ("אני לא אבקש ממך את מספר הכרטיס המלא או קוד סודי, רק אימות קצר.", []),
    ("אחד באפריל שמונים וארבע", [("date_of_birth", "אחד באפריל שמונים וארבע")],
     "רק לאימות, תאריך לידה?"),
    (f"רגע, על הכרטיס כתוב {grp(HE_MC2, 4)}, זה הכרטיס?", [("card", grp(HE_MC2, 4))]),
    ("הכרטיס החדש יישלח לכתובת שמופיעה אצלנו, שדרות ירושלים 112, יפו, נכון?",
     [("address", "שדרות ירושלים 112, יפו")]),
    ("חסמתי. הכרטיס החדש יגיע תוך 5 עד 7 ימי עסקים, ומספר האירוע 44810236.", []),
    ("תשלח לי אישור למייל, gilad.barak@icloud.com", [("email", "gilad.barak@icloud.com")]),
    ("אם יש שאלות, תחזור אלינו ל־*6404 ותקיש 3, זמינים 24 שעות.", []),
    # --- car loan
    ("היי, מדברת קרן אבוטבול, אני רוצה הלוואה לרכב, יד שנייה, מאזדה 3 משנת 2019.",
     [("name", "קרן אבוטבול")]),
    ("על 70,000 שקל ל־72 חודשים, בפריים פלוס 2.1, ההחזר בערך 1,240 בחודש, עם שעבוד על הרכב.", []),
    (f"{he_words(_t7[:4])}, {he_words(_t7[4:6])}, {he_words(_t7[6:])}",
     [("id", f"{he_words(_t7[:4])}, {he_words(_t7[4:6])}, {he_words(_t7[6:])}")],
     "אוקיי, תעודת זהות?"),
    ("עשרים בינואר 2002", [("date_of_birth", "עשרים בינואר 2002")], "ותאריך לידה?"),
    (f"את המקדמה אני משלמת במאסטרקארד, {HE_MC3}", [("card", HE_MC3)]),
    ("054, שלוש אחת שתיים, 45, 67", [("phone", "054, שלוש אחת שתיים, 45, 67")],
     "מספר נייד?"),
    ("keren.abutbul@outlook.co.il", [("email", "keren.abutbul@outlook.co.il")], "ומייל?"),
    ("הרכב יירשם על הכתובת שלי, רחוב הנרקיס 7, קריית ביאליק.",
     [("address", "רחוב הנרקיס 7, קריית ביאליק")]),
    (f"ואת הכסף תעבירו לחשבון של המוכר, {grp(HE_IBAN_31, 4)}",
     [("iban", grp(HE_IBAN_31, 4))]),
    ("אם זה מסוכנות כמו קרסו או אלבר זה פשוט, ואם מבעלים פרטיים צריך בדיקה במכון לפני.", []),
]


# ------------------------------------------------------------- Greek number words
import unicodedata


def _el_norm(w):
    w = unicodedata.normalize("NFD", w.lower())
    return "".join(c for c in w if not unicodedata.combining(c)).replace("ς", "σ")


EL_UNIT = {_el_norm(k): v for k, v in _table({
    0: "μηδέν μηδενικό", 1: "ένα μία μια ένας", 2: "δύο δυο", 3: "τρία τρεις",
    4: "τέσσερα τέσσερις", 5: "πέντε", 6: "έξι", 7: "επτά εφτά", 8: "οκτώ οχτώ",
    9: "εννέα εννιά",
}).items()}
EL_TEEN = {_el_norm(k): v for k, v in _table({
    10: "δέκα", 11: "έντεκα", 12: "δώδεκα", 13: "δεκατρία δεκατρείς",
    14: "δεκατέσσερα δεκατέσσερις", 15: "δεκαπέντε", 16: "δεκαέξι δεκάξι",
    17: "δεκαεπτά δεκαεφτά", 18: "δεκαοκτώ δεκαοχτώ", 19: "δεκαεννέα δεκαεννιά",
}).items()}
EL_TENS = {_el_norm(k): v for k, v in _table({
    20: "είκοσι", 30: "τριάντα", 40: "σαράντα", 50: "πενήντα", 60: "εξήντα",
    70: "εβδομήντα", 80: "ογδόντα", 90: "ενενήντα",
}).items()}
EL_HUND = {_el_norm(k): v for k, v in _table({
    100: "εκατό εκατόν", 200: "διακόσια διακόσιες", 300: "τριακόσια τριακόσιες",
    400: "τετρακόσια τετρακόσιες", 500: "πεντακόσια πεντακόσιες", 600: "εξακόσια εξακόσιες",
    700: "επτακόσια εφτακόσια", 800: "οκτακόσια οχτακόσια", 900: "εννιακόσια εννεακόσια",
}).items()}


def el_spoken_digits(s):
    toks = re.findall(r"[A-Z]+|\d|[\u0370-\u03FF\u1F00-\u1FFF]+", s)
    out, i = [], 0

    def cls(t):
        n = _el_norm(t)
        for c, tab in (("u", EL_UNIT), ("t", EL_TEEN), ("x", EL_TENS), ("h", EL_HUND)):
            if n in tab:
                return c, tab[n]
        return None, None

    cl = [("lit", t) if (t.isdigit() or t.isupper()) else cls(t) for t in toks]

    def below100(j):
        c = cl[j] if j < len(cl) else (None, None)
        if c[0] in ("u", "t"):
            return c[1], j + 1
        if c[0] == "x":
            n = cl[j + 1] if j + 1 < len(cl) else (None, None)
            if n[0] == "u" and n[1] > 0:
                return c[1] + n[1], j + 2
            return c[1], j + 1
        return None, j

    while i < len(cl):
        c = cl[i]
        if c[0] == "lit":
            out.append(c[1]); i += 1; continue
        if c[0] is None:
            i += 1; continue
        if c[0] == "h":
            rest, j = below100(i + 1)
            out.append("%03d" % (c[1] + (rest or 0))); i = j; continue
        v, j = below100(i)
        out.append(str(v)); i = j
    return "".join(out)


SPOKEN["el"] = el_spoken_digits

EL_DIG = ["μηδέν", "ένα", "δύο", "τρία", "τέσσερα", "πέντε", "έξι", "εφτά", "οχτώ", "εννιά"]
EL_TENW = {2: "είκοσι", 3: "τριάντα", 4: "σαράντα", 5: "πενήντα", 6: "εξήντα", 7: "εβδομήντα",
           8: "ογδόντα", 9: "ενενήντα"}
EL_TEENW = ["δέκα", "έντεκα", "δώδεκα", "δεκατρία", "δεκατέσσερα", "δεκαπέντε", "δεκαέξι",
            "δεκαεφτά", "δεκαοχτώ", "δεκαεννιά"]
EL_HUNDW = {1: "εκατόν", 2: "διακόσια", 3: "τριακόσια", 4: "τετρακόσια", 5: "πεντακόσια",
            6: "εξακόσια", 7: "εφτακόσια", 8: "οχτακόσια", 9: "εννιακόσια"}


def el_words(d):
    """Digits one by one."""
    return " ".join(EL_DIG[int(c)] for c in d)


def el_group(g):
    """A group of 1-3 digits the way it is said ('69' -> 'εξήντα εννιά')."""
    assert 1 <= len(g) <= 3, g
    if g[0] == "0" or len(g) == 1:
        return el_words(g) if g[0] == "0" and len(g) > 1 and g[1] == "0" else (
            "μηδέν " + el_group(g[1:]) if g[0] == "0" and len(g) > 1 else EL_DIG[int(g)])
    if len(g) == 2:
        t, u = int(g[0]), int(g[1])
        if t == 1:
            return EL_TEENW[u]
        return EL_TENW[t] + ("" if u == 0 else " " + EL_DIG[u])
    h, rest = int(g[0]), g[1:]
    if h == 1 and rest == "00":
        return "εκατό"
    if rest == "00":
        return EL_HUNDW[h]
    if rest[0] == "0":
        return EL_HUNDW[h] + " " + EL_DIG[int(rest[1])]
    return EL_HUNDW[h] + " " + el_group(rest)


def el_groups(d, *sizes):
    return ", ".join(el_group(g) for g in grp(d, *sizes).split())


# ------------------------------------------------------------------------- Greek
# Calls: card stolen on the metro (Athens); unknown subscription on a credit card
# (Thessaloniki); consolidating three loans (Nicosia, Cypriot speaker); pensioner's
# overdraft fee (Kallithea); locked e-banking (Patras); standing orders for bills
# (Piraeus); bounced cheque of a shop owner (Limassol); interest-free instalments at
# checkout (Larissa); Greek worker in Germany sending money home; a late father's
# accounts (Volos); fraud team call-out to an older customer; personal loan at a
# cooperative bank (Heraklion).

EL_AFM = [afm_complete(p) for p in ("04418732", "11937640", "09852213", "12064578",
                                    "07731965", "13208854", "05329917", "10476332")]
EL_VISA1 = luhn_complete("476173901285443")
EL_MC1 = luhn_complete("516732048815920")
EL_VISA2 = luhn_complete("404137782601594")
EL_MC2 = luhn_complete("527501344987216")
EL_AMEX = luhn_complete("37946120558301")
EL_DIN = luhn_complete("3014529870163")
EL_VISA3 = luhn_complete("455620190733468")
EL_MC4 = luhn_complete("549318806274150")

EL_GR1 = make_iban("GR", "011" + "0125" + "0000025031847720")
EL_GR2 = make_iban("GR", "017" + "0231" + "0005231084762190")
EL_GR3 = make_iban("GR", "026" + "0178" + "0000740291055318")
EL_GR4 = make_iban("GR", "014" + "0560" + "0560002101938477")
EL_GR5 = make_iban("GR", "011" + "0381" + "0000381470026654")
EL_CY1 = make_iban("CY", "002" + "00195" + "0000357019283746")
EL_CY2 = make_iban("CY", "005" + "00260" + "0000004217368901")
EL_DE = make_iban("DE", "700202700015937284")

_v1 = EL_VISA1

EL = [
    # --- card stolen on the metro, Athens
    ("Καλησπέρα σας, ονομάζομαι Κατερίνα, πώς μπορώ να σας εξυπηρετήσω;",
     [("name", "Κατερίνα")]),
    ("Γεια σας, λέγομαι Γιώργος Παπαδόπουλος, μου κλέψανε το πορτοφόλι στο μετρό στο "
     "Σύνταγμα, μαζί με την κάρτα.", [("name", "Γιώργος Παπαδόπουλος")]),
    (f"Ναι, {grp(EL_AFM[0], 3)}", [("id", grp(EL_AFM[0], 3))],
     "Λυπάμαι πολύ. Για την ταυτοποίηση, μου λέτε τον ΑΦΜ σας;"),
    ("Δεκαεννιά Οκτωβρίου του ενενήντα πέντε",
     [("date_of_birth", "Δεκαεννιά Οκτωβρίου του ενενήντα πέντε")],
     "Και την ημερομηνία γέννησης;"),
    ("Βλέπω δύο συναλλαγές μετά τις 18:30, μία στα Public 89,90 ευρώ και μία ανέπαφη 45 ευρώ "
     "σε περίπτερο.", []),
    ("Όχι, αυτές δεν τις έκανα εγώ. Μόνο τον καφέ των 3,50 πλήρωσα το πρωί.", []),
    (f"Τον αριθμό τον έχω σημειωμένο, {el_words(_v1[:4])}, {el_words(_v1[4:8])}, "
     f"{el_words(_v1[8:12])}, {el_words(_v1[12:])}",
     [("card", f"{el_words(_v1[:4])}, {el_words(_v1[4:8])}, {el_words(_v1[8:12])}, "
               f"{el_words(_v1[12:])}")]),
    ("Η κάρτα ακυρώθηκε. Η νέα θα σας έρθει σε 5 με 7 εργάσιμες, και για τα 89,90 ανοίγουμε "
     "αμφισβήτηση, αριθμός υπόθεσης 118376.", []),
    ("Όχι, μετακόμισα, τώρα μένω Ιπποκράτους 47, τρίτος όροφος, 106 80 Αθήνα.",
     [("address", "Ιπποκράτους 47, τρίτος όροφος, 106 80 Αθήνα")],
     "Να τη στείλουμε στη διεύθυνση που έχουμε;"),
    ("εξήντα εννιά σαράντα τέσσερα τριάντα δύο πενήντα ένα ογδόντα εφτά",
     [("phone", "εξήντα εννιά σαράντα τέσσερα τριάντα δύο πενήντα ένα ογδόντα εφτά")],
     "Ένα κινητό για να σας ενημερώσουμε;"),
    # --- unknown subscription, Thessaloniki
    ("Καλημέρα, είμαι ο Νίκος από το τμήμα καρτών, τι θα θέλατε;", [("name", "Νίκος")]),
    ("Καλημέρα, με λένε Δέσποινα Καραγιάννη, έχω μια χρέωση στην πιστωτική που δεν την "
     "αναγνωρίζω.", [("name", "Δέσποινα Καραγιάννη")]),
    ("Είναι 129 ευρώ από μια εταιρεία στην Ιρλανδία, στις 14 Μαΐου, και άλλα 129 στις 14 "
     "Ιουνίου, σαν συνδρομή.", []),
    (f"Η κάρτα είναι η {grp(EL_MC1, 4)}", [("card", grp(EL_MC1, 4))]),
    ("15/03/1979", [("date_of_birth", "15/03/1979")],
     "Για επιβεβαίωση, την ημερομηνία γέννησης;"),
    (f"{el_groups(EL_AFM[1], 3)}", [("id", el_groups(EL_AFM[1], 3))],
     "Και τον ΑΦΜ σας παρακαλώ."),
    ("Είναι συνδρομή σε πλατφόρμα γυμναστικής, μάλλον δοκιμαστική περίοδος 7 ημερών που "
     "ανανεώθηκε. Ανοίγω αίτημα επιστροφής, απάντηση σε 45 ημέρες.", []),
    ("despina τελεία karagianni παπάκι yahoo τελεία gr",
     [("email", "despina τελεία karagianni παπάκι yahoo τελεία gr")],
     "Πού να σας στείλουμε την επιβεβαίωση;"),
    ("Στο σπίτι, 2310 814 562, μετά τις πέντε.", [("phone", "2310 814 562")]),
    # --- consolidating three loans, Nicosia
    ("Καλημέρα, Μαρία ονομάζομαι, πώς μπορώ να βοηθήσω;", [("name", "Μαρία")]),
    ("Καλημέρα, είμαι ο Αντρέας Χριστοδούλου, τζαι θέλω να ενώσω τα δάνεια μου, έχω τρία "
     "τζαι εν μπορώ να τα παρακολουθώ.", [("name", "Αντρέας Χριστοδούλου")]),
    ("Έχω το προσωπικό με €8.400 υπόλοιπο, την πιστωτική με €3.150, τζαι ένα για το "
     "αυτοκίνητο με €6.900.", []),
    ("Μπορούμε να τα ενοποιήσουμε σε ένα δάνειο €18.450 για 84 μήνες με επιτόκιο 7,25%, δόση "
     "περίπου €280 τον μήνα.", []),
    ("Έτσι, τζαι πείτε με Αντρίκκο, όλοι έτσι με φωνάζουν.", [("name", "Αντρίκκο")]),
    ("είκοσι τρεις του Φλεβάρη, ογδόντα ένα",
     [("date_of_birth", "είκοσι τρεις του Φλεβάρη, ογδόντα ένα")], "Ημερομηνία γέννησης;"),
    (f"Ο μισθός μου πέφτει στον λογαριασμό {grp(EL_CY1, 4)}", [("iban", grp(EL_CY1, 4))]),
    (f"{el_groups('99380512', 2, 3)}", [("phone", el_groups("99380512", 2, 3))], "Τηλέφωνο;"),
    ("Οδός Γλάδστωνος 12, διαμέρισμα 302, 1095 Λευκωσία.",
     [("address", "Οδός Γλάδστωνος 12, διαμέρισμα 302, 1095 Λευκωσία")],
     "Και η διεύθυνσή σας;"),
    ("Το email εν andreas.christodoulou@cytanet.com.cy",
     [("email", "andreas.christodoulou@cytanet.com.cy")]),
    # --- pensioner's overdraft fee, Kallithea
    ("Παιδί μου, καλημέρα, η Λίτσα η Μαυρίδου είμαι, η σύνταξη δεν μπήκε ακόμα και μου "
     "βγάλατε χρέωση υπερανάληψης.", [("name", "Λίτσα η Μαυρίδου")]),
    ("Καλημέρα κυρία Μαυρίδου, να το δούμε μαζί.", [("name", "Μαυρίδου")]),
    ("Η σύνταξη του ΕΦΚΑ για τον Μάρτιο πιστώνεται στις 27, δηλαδή μεθαύριο, και η χρέωση των "
     "12 ευρώ είναι γιατί ο λογαριασμός πήγε μείον 38,40 για τη ΔΕΗ.", []),
    ("Εγώ σαράντα χρόνια πελάτισσα είμαι, από το 1984, και τώρα μου παίρνετε 12 ευρώ;", []),
    (f"{el_groups(EL_AFM[2], 3)}", [("id", el_groups(EL_AFM[2], 3))],
     "Για να σας τα επιστρέψω, πείτε μου το ΑΦΜ σας."),
    ("Τρεις Αυγούστου του σαράντα εννιά",
     [("date_of_birth", "Τρεις Αυγούστου του σαράντα εννιά")],
     "Και την ημερομηνία γέννησης, κυρία μου;"),
    (f"Ο εγγονός μου μού το 'γραψε εδώ, {grp(EL_GR1, 4)}", [("iban", grp(EL_GR1, 4))]),
    ("Μένω στην Καλλιθέα, Δαβάκη 15, ισόγειο, να μου στείλετε χαρτί.",
     [("address", "Καλλιθέα, Δαβάκη 15, ισόγειο")]),
    ("Τα 12 ευρώ σας τα επέστρεψα, θα τα δείτε αύριο, και έβαλα σημείωση να μη χρεωθείτε ξανά "
     "πριν τις 27 του μήνα.", []),
]

LANGS["el"] = EL


_a3, _a4 = EL_AFM[3], EL_AFM[4]
_dn = EL_DIN
_m2 = EL_MC2
EL += [
    # --- locked e-banking, Patras
    ("Γεια σας, είμαι η Σοφία από την υποστήριξη του e-banking.", [("name", "Σοφία")]),
    ("Γεια, Ειρήνη Νικολάου, δεν μπορώ να μπω στο app, μου λέει ότι ο κωδικός έληξε και το "
     "SMS δεν έρχεται.", [("name", "Ειρήνη Νικολάου")]),
    ("Η εφαρμογή σας είναι στην έκδοση 5.2.0, βγήκε η 5.4.1 την Τρίτη. Κάντε ενημέρωση, και ο "
     "κωδικός μίας χρήσης ισχύει 3 λεπτά.", []),
    (f"Εεε, {_a3[:3]} {_a3[3:6]}, εεε, {_a3[6:]}",
     [("id", f"{_a3[:3]} {_a3[3:6]}, εεε, {_a3[6:]}")],
     "Για ταυτοποίηση, το ΑΦΜ σας;"),
    ("εφτά του εφτά, δύο χιλιάδες", [("date_of_birth", "εφτά του εφτά, δύο χιλιάδες")],
     "Ημερομηνία γέννησης;"),
    ("Το SMS πάει στο παλιό νούμερο; Το άλλαξα τον Σεπτέμβριο, πήγα Vodafone.", []),
    ("Το καινούργιο είναι 697 214 8330.", [("phone", "697 214 8330")]),
    ("Και το email μου είναι eirini.nikolaou00@gmail.com, αν χρειαστεί.",
     [("email", "eirini.nikolaou00@gmail.com")]),
    ("Ενημέρωσα το κινητό. Σε 24 ώρες θα μπορείτε να κάνετε μεταφορές έως 1.000 ευρώ, και "
     "μετά από 48 ώρες κανονικά.", []),
    # --- standing orders for bills, Piraeus
    ("Ναι, γεια σας, Βαγγέλης Σταθόπουλος εδώ, θέλω να βάλω πάγια εντολή για τη ΔΕΗ και την "
     "ΕΥΔΑΠ.", [("name", "Βαγγέλης Σταθόπουλος")]),
    ("Μάλιστα. Ο λογαριασμός της ΔΕΗ έρχεται κάθε δύο μήνες, γύρω στα 140 ευρώ, της ΕΥΔΑΠ κάθε "
     "τετράμηνο. Να βάλουμε όριο 250 ευρώ;", []),
    (f"{el_words(_a4)}", [("id", el_words(_a4))], "Εντάξει. Το ΑΦΜ σας;"),
    (f"Από τον λογαριασμό μισθοδοσίας, {EL_GR2}", [("iban", EL_GR2)]),
    (f"Και για την Cosmote να χρεώνεται η κάρτα, {grp(EL_VISA2, 4)}",
     [("card", grp(EL_VISA2, 4))]),
    ("Την Cosmote τη βάζετε από τη δική τους σελίδα. Εμείς περνάμε ΔΕΗ και ΕΥΔΑΠ, από την 1η "
     "του επόμενου μήνα.", []),
    ("Εντάξει. Και για το ενοίκιο, 450 ευρώ στις 5 κάθε μήνα, γίνεται;", []),
    ("Στο σταθερό, 210 417 7295.", [("phone", "210 417 7295")]),
    ("Η διεύθυνση είναι Γρηγορίου Λαμπράκη 88, Πειραιάς 185 33.",
     [("address", "Γρηγορίου Λαμπράκη 88, Πειραιάς 185 33")],
     "Πού να στέλνουμε τις ειδοποιήσεις;"),
    ("vaggelis κάτω παύλα stath παπάκι hotmail τελεία com",
     [("email", "vaggelis κάτω παύλα stath παπάκι hotmail τελεία com")],
     "Και ένα email;"),
    # --- bounced cheque, shop owner, Limassol
    ("Γεια σας, Μάριος Γεωργίου, έχω ένα κατάστημα στη Λεμεσό τζαι επιστράφηκε μια επιταγή που "
     "μου έδωκε πελάτης.", [("name", "Μάριος Γεωργίου")]),
    ("Η επιταγή αρ. 004417, ποσό €2.350, ημερομηνία 30 Απριλίου, επιστράφηκε λόγω ανεπαρκών "
     "κεφαλαίων.", []),
    ("Ε ναι, τζαι έχω να πληρώσω τον προμηθευτή €4.000 ως την Παρασκευή.", []),
    ("Μπορείτε να την ξαναπροσκομίσετε σε 15 μέρες, η χρέωση για την επιστροφή εν €25.", []),
    (f"Στείλτε τα στον προμηθευτή, ο λογαριασμός του εν {grp(EL_CY2, 4)}",
     [("iban", grp(EL_CY2, 4))]),
    (f"Τζαι θέλω να ανεβάσετε το όριο της Diners, {_dn[:4]} {_dn[4:10]} {_dn[10:]}",
     [("card", f"{_dn[:4]} {_dn[4:10]} {_dn[10:]}")]),
    ("συν τρία πέντε εφτά, ενενήντα έξι, εξακόσια σαράντα ένα, διακόσια είκοσι δύο",
     [("phone", "συν τρία πέντε εφτά, ενενήντα έξι, εξακόσια σαράντα ένα, διακόσια είκοσι δύο")],
     "Ένα κινητό;"),
    ("Το βιβλιάριο επιταγών στείλτε το σπίτι, Αγίου Ανδρέα 112, διαμέρισμα 5, 3036 Λεμεσός.",
     [("address", "Αγίου Ανδρέα 112, διαμέρισμα 5, 3036 Λεμεσός")]),
    ("marios.g.shop@cytanet.com.cy", [("email", "marios.g.shop@cytanet.com.cy")],
     "Τζαι το email σας;"),
    # --- interest-free instalments at checkout, Larissa
    ("Ο Θανάσης είμαι, σας ακούω.", [("name", "Θανάσης")]),
    ("Γεια σας, Φωτεινή Αλεξίου, αλλά όλοι με λένε Φώφη. Πήρα ένα πλυντήριο σε 12 άτοκες δόσεις "
     "και μου χρέωσαν τόκο.", [("name", "Φωτεινή Αλεξίου"), ("name", "Φώφη")]),
    ("Βλέπω αγορά 649 ευρώ από τον Κωτσόβολο στις 2 Νοεμβρίου, σε δόσεις των 54,08, αλλά το "
     "κατάστημα τη δήλωσε ως 24 δόσεις με τόκο.", []),
    ("Εγώ έχω πληρώσει ήδη 3 δόσεις, Δεκέμβριο, Ιανουάριο και Φεβρουάριο, 162,24 σύνολο.", []),
    ("τριάντα Ιανουαρίου, ογδόντα οχτώ",
     [("date_of_birth", "τριάντα Ιανουαρίου, ογδόντα οχτώ")], "Ημερομηνία γέννησης;"),
    (f"{grp(EL_AFM[5], 3)}", [("id", grp(EL_AFM[5], 3))], "Και ΑΦΜ;"),
    (f"πέντε δύο εφτά πέντε, {_m2[4:8]} {_m2[8:12]} {_m2[12:]}",
     [("card", f"πέντε δύο εφτά πέντε, {_m2[4:8]} {_m2[8:12]} {_m2[12:]}")],
     "Με ποια κάρτα έγινε η αγορά;"),
    ("Θα ζητήσουμε από το κατάστημα διόρθωση, σε 10 εργάσιμες, και ο τόκος των 38,20 θα σας "
     "επιστραφεί.", []),
    ("fofi τελεία alexiou παπάκι gmail τελεία com",
     [("email", "fofi τελεία alexiou παπάκι gmail τελεία com")],
     "Ένα email για να σας ενημερώσουμε;"),
]


_m4 = EL_MC4
_ax = EL_AMEX
EL += [
    # --- Greek worker in Germany sending money home
    ("Καλησπέρα, είμαι η Δήμητρα, σε τι μπορώ να σας βοηθήσω;", [("name", "Δήμητρα")]),
    ("Καλησπέρα, Κώστας Τσιρίγος, δουλεύω στη Στουτγάρδη και θέλω να στέλνω κάθε μήνα λεφτά "
     "στη μητέρα μου στην Άρτα.", [("name", "Κώστας Τσιρίγος")]),
    ("Μια μεταφορά SEPA από Γερμανία έρχεται σε 1 εργάσιμη, χωρίς χρέωση από εμάς, και αν "
     "φύγει πριν τις 15:00 πιστώνεται αυθημερόν.", []),
    (f"Ο γερμανικός μου είναι {grp(EL_DE, 4)}, στη Sparkasse.", [("iban", grp(EL_DE, 4))]),
    ("Εκεί το όνομα είναι γραμμένο Konstantinos Tsirigos, με K, όχι Kostas.",
     [("name", "Konstantinos Tsirigos"), ("name", "Kostas")]),
    (f"Και της μάνας μου, {grp(EL_GR3, 4)}, στη Eurobank.", [("iban", grp(EL_GR3, 4))]),
    ("Θέλω να πηγαίνουν 300 ευρώ στις 10 κάθε μήνα, και τον Δεκέμβριο 500 για τα Χριστούγεννα.", []),
    ("συν σαράντα εννιά, εκατόν πενήντα ένα, σαράντα τέσσερα, εβδομήντα οχτώ, είκοσι ένα, δεκατρία",
     [("phone", "συν σαράντα εννιά, εκατόν πενήντα ένα, σαράντα τέσσερα, εβδομήντα οχτώ, "
                "είκοσι ένα, δεκατρία")],
     "Ένα τηλέφωνο να σας βρίσκουμε στη Γερμανία;"),
    ("kostas τελεία tsirigos παπάκι web τελεία de",
     [("email", "kostas τελεία tsirigos παπάκι web τελεία de")], "Και email;"),
    ("Το κατάστημα στην Άρτα είναι στην πλατεία Κιλκίς, ανοίγει 8 με 2:30, Δευτέρα με "
     "Παρασκευή.", []),
    ("Η μητέρα σας μπορεί να βλέπει την πίστωση και στην εφαρμογή, αν κάνει εγγραφή με τους "
     "κωδικούς Taxisnet.", []),
    # --- a late father's accounts, Volos
    ("Καλημέρα σας, ονομάζομαι Ελένη Κωνσταντίνου, ο πατέρας μου απεβίωσε τον Ιανουάριο και "
     "θέλω να δω τι γίνεται με τους λογαριασμούς του.", [("name", "Ελένη Κωνσταντίνου")]),
    ("Τα συλλυπητήριά μου. Χρειαζόμαστε ληξιαρχική πράξη θανάτου, πιστοποιητικό εγγυτέρων "
     "συγγενών και αποδοχή κληρονομιάς, και η αποδέσμευση γίνεται σε περίπου 20 εργάσιμες.", []),
    (f"Ο ΑΦΜ του είναι {EL_AFM[6]}, και γεννήθηκε 12 Μαρτίου 1941.",
     [("id", EL_AFM[6]), ("date_of_birth", "12 Μαρτίου 1941")]),
    (f"Ο λογαριασμός του είναι {grp(EL_GR4, 4)}", [("iban", grp(EL_GR4, 4))]),
    (f"Είχε και μια κάρτα, {grp(EL_VISA3, 4)}, να την ακυρώσετε.",
     [("card", grp(EL_VISA3, 4))]),
    ("Στον λογαριασμό υπάρχουν 14.230,55 ευρώ, και μία πάγια εντολή 35 ευρώ για τη ΔΕΥΑΜΒ, που "
     "θα σταματήσει.", []),
    ("Η αλληλογραφία να έρχεται σε μένα, Ιάσονος 54, Βόλος 382 21.",
     [("address", "Ιάσονος 54, Βόλος 382 21")]),
    ("Είμαστε δύο αδέρφια, η αποδοχή έγινε στις 20 Μαρτίου στον συμβολαιογράφο.", []),
    # --- fraud team call-out, older customer
    ("Καλησπέρα σας, ο Στέλιος είμαι από το τμήμα ασφαλείας καρτών, μιλάω με τον κύριο "
     "Παναγιώτη Ρήγα;", [("name", "Στέλιος"), ("name", "Παναγιώτη Ρήγα")]),
    ("Ναι, ο Τάκης ο Ρήγας, τι έγινε;", [("name", "Τάκης ο Ρήγας")]),
    ("Είδαμε μια συναλλαγή 1.249 ευρώ σε ηλεκτρονικό κατάστημα στη Ρουμανία στις 02:47, και "
     "δύο μικρές του 1 ευρώ λίγο πριν.", []),
    ("Τι Ρουμανία, παιδί μου, εγώ κοιμόμουνα, δεν ξέρω καν να ψωνίζω από το ίντερνετ.", []),
    ("Δεν θα σας ζητήσω ποτέ PIN ή κωδικούς. Θα μπλοκάρω την κάρτα και θα ακυρώσω τη "
     "συναλλαγή.", []),
    ("Είκοσι οχτώ Μαΐου του πενήντα δύο",
     [("date_of_birth", "Είκοσι οχτώ Μαΐου του πενήντα δύο")],
     "Για επιβεβαίωση, την ημερομηνία γέννησής σας;"),
    (f"Στάσου να φέρω τα γυαλιά μου... {el_groups(_m4, 2)}",
     [("card", el_groups(_m4, 2))]),
    ("Η νέα κάρτα θα πάει στη διεύθυνση που έχουμε, Κολοκοτρώνη 9, Ναύπλιο, σωστά;",
     [("address", "Κολοκοτρώνη 9, Ναύπλιο")]),
    ("Και στο κινητό 6945 118 302 θα σας έρθει SMS με τον αριθμό υπόθεσης.",
     [("phone", "6945 118 302")]),
    ("Ο αριθμός υπόθεσης είναι 3391-7754, και η νέα κάρτα θα φτάσει σε 5 εργάσιμες.", []),
    # --- personal loan at a cooperative bank, Heraklion
    ("Καλημέρα, Συνεταιριστική Τράπεζα, εξυπηρέτηση μελών.", []),
    ("Καλημέρα, ο Μανώλης ο Βλαχάκης είμαι, μέλος από το 2008, ήθελα ένα δάνειο να φτιάξω "
     "το αμάξι.", [("name", "Μανώλης ο Βλαχάκης")]),
    ("Για μέλη έχουμε προσωπικό δάνειο έως 25.000 ευρώ, έως 7 χρόνια, με 8,9% σταθερό, γύρω "
     "στα 400 τον μήνα για τα 25.000.", []),
    (f"{el_groups(EL_AFM[7], 3)}", [("id", el_groups(EL_AFM[7], 3))], "Το ΑΦΜ σας;"),
    ("Μένω Ηράκλειο, Έβανς 31, δεύτερος όροφος, 712 01.",
     [("address", "Ηράκλειο, Έβανς 31, δεύτερος όροφος, 712 01")]),
    ("εξήντα εννιά, εβδομήντα ένα, σαράντα οχτώ, μηδέν δύο, ενενήντα ένα",
     [("phone", "εξήντα εννιά, εβδομήντα ένα, σαράντα οχτώ, μηδέν δύο, ενενήντα ένα")],
     "Το κινητό σας;"),
    ("manolis.vlachakis παπάκι otenet τελεία gr",
     [("email", "manolis.vlachakis παπάκι otenet τελεία gr")], "Ένα email;"),
    (f"Τη δόση να την τραβάτε από την Εθνική, {grp(EL_GR5, 4)}", [("iban", grp(EL_GR5, 4))]),
    (f"Και θέλω να κλείσω την American Express, {_ax[:4]} {_ax[4:10]} {_ax[10:]}",
     [("card", f"{_ax[:4]} {_ax[4:10]} {_ax[10:]}")]),
    ("Η αίτηση θέλει εκκαθαριστικό, τα 3 τελευταία μισθοδοτικά και Ε9, και η απάντηση βγαίνει "
     "σε 7 εργάσιμες.", []),
]


# ------------------------------------------------- more non-personal lines, all languages
AR += [
    ("رقم العملية المرجعي ٨٣٠١٤٥٢٩٩٧٠٢٦٦١٧، احتفظ فيه لو احتجت تراجعنا.", []),
    ("رقم الطلب ١٠٤٨٨٣٢٧٦٥، والبطاقة توصلك خلال أسبوع على الفرع اللي اخترته.", []),
    ("الحوالة رقمها ٢٠٢٤١١٠٣٥٥٨١ واتنفذت يوم الخميس ٧ نوفمبر الساعة ٢ الضهر.", []),
]
HE += [
    ("מספר האסמכתא של ההעברה 604412938, תשמרי אותו.", []),
    ("העסקה מה־14 בפברואר, 2,340 שקל בשמונה תשלומים, מספר שובר 0391 4417 2290 8856.", []),
    ("דמי הניהול עולים מ־1 באפריל ל־12.90, ומי שמעל גיל 67 פטור.", []),
    ("הסניף ברחוב הרצל בחולון סגור בשישי, פתוח ראשון עד חמישי 8:30 עד 14:00.", []),
    ("הכרטיס יישלח בדואר רשום, מספר משלוח RR104288376IL, אפשר לעקוב באתר של הדואר.", []),
]
EL += [
    ("Ο κωδικός πληρωμής είναι RF88 5390 0754 7035, τον βάζετε στο e-banking στις πληρωμές.", []),
    ("Η συναλλαγή έχει αριθμό αναφοράς 100000498271 και έγινε στις 3 Μαρτίου.", []),
    ("Το δάνειο ξεκίνησε στις 15 Ιουνίου 2019 και λήγει τον Ιούνιο του 2029, μένουν 52 δόσεις.", []),
    ("Ο αριθμός παραστατικού είναι 102938475 και το ποσό 86,40 ευρώ.", []),
    ("Η Τετάρτη 25 Μαρτίου είναι αργία, οπότε η πάγια εντολή θα εκτελεστεί την Πέμπτη 26.", []),
    ("Το κατάστημα της Ερμού στο Σύνταγμα ανοίγει στις 8:00, στο Μοναστηράκι μην πάτε, έκλεισε.", []),
]


if __name__ == "__main__":
    main()
