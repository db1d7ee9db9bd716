#!/usr/bin/env python3
"""Held-out redaction evaluation set "blind58".

Written by a helper session that worked only from a written brief. It never read the
redactor, its rules, its tests, or any other evaluation set or generator; the lines are
invented from general knowledge of how customer-service phone calls sound when a speech
recogniser transcribes them. Area of this set: energy and water utilities and the household
side of municipalities (electricity and gas bills, meter readings, prepaid meters, moving
home, connection and disconnection, water leaks, waste collection, property tax).

Running this script (Python 3, standard library only, deterministic) writes
    data/redaction/blind58/{en,ar,he,el}.jsonl
relative to the repository root (two levels above this file's folder).

Output format, one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}
- kind is one of: card, iban, id, phone, email, date_of_birth, name, address.
- start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive); they are
  computed here by searching for each span's substring, and asserted.
- context (optional) is an earlier line of the same call; it is not scored.
- Items with empty spans are non-personal and must come out unchanged.
All card, IBAN and ID values are invented and their check digits are computed here; long
numbers in non-personal items are asserted to fail those checks.
"""
import json
import os
import re

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}

# ---------------------------------------------------------------- check digits


def luhn_ok(s):
    d = [int(c) for c in s]
    total = 0
    for i, x in enumerate(reversed(d)):
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


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "LB": 28, "KW": 30,
            "QA": 29, "BH": 22, "ES": 24, "IT": 27}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    cc = s[:2]
    if cc not in IBAN_LEN or len(s) != IBAN_LEN[cc]:
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban_make(cc, bban):
    assert len(bban) + 4 == IBAN_LEN[cc], (cc, len(bban) + 4)
    chk = 98 - _iban_num(bban + cc + "00") % 97
    s = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(s)
    return s


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def tz_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    total = 0
    for i, c in enumerate(s):
        x = int(c) * (1 if i % 2 == 0 else 2)
        total += x if x < 10 else x - 9
    return total % 10 == 0


def tz_make(eight):
    for c in "0123456789":
        if tz_ok(eight + c):
            return eight + c
    raise AssertionError(eight)


def afm_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    total = sum(int(s[i]) * 2 ** (8 - i) for i in range(8))
    return total % 11 % 10 == int(s[8])


def afm_make(eight):
    total = sum(int(eight[i]) * 2 ** (8 - i) for i in range(8))
    s = eight + str(total % 11 % 10)
    assert afm_ok(s)
    return s


def saudi_ok(s):
    return len(s) == 10 and s.isdigit() and s[0] in "12" and luhn_ok(s)


def saudi_make(nine):
    s = luhn_complete(nine)
    assert saudi_ok(s)
    return s


def ssn_ok(s):
    d = s.replace("-", "").replace(" ", "")
    if len(d) != 9 or not d.isdigit():
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return a not in (0, 666) and a < 900 and g != 0 and n != 0


# ---------------------------------------------------------------- digits as words

WORDS = {
    "en": "zero one two three four five six seven eight nine".split(),
    "ar": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "he": "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split(),
    "he_m": "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split(),
    "el": "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split(),
}


def say(digits, lang="en", oh=False, sep=" "):
    """Digits spoken one by one; oh=True reads 0 as 'oh' (English)."""
    out = []
    for c in digits:
        if c == " ":
            continue
        w = WORDS[lang][int(c)]
        if oh and c == "0":
            w = "oh"
        out.append(w)
    return sep.join(out)


AR_DIGITS = "٠١٢٣٤٥٦٧٨٩"


def sid_fmt(s):
    return s[:1] + " " + s[1:4] + " " + s[4:7] + " " + s[7:]


def arabic_indic(s):
    return "".join(AR_DIGITS[int(c)] if c.isdigit() and c in "0123456789" else c for c in s)


def to_ascii_digits(s):
    return "".join(str(AR_DIGITS.index(c)) if c in AR_DIGITS else c for c in s)


# ---------------------------------------------------------------- items

DIGIT_RUN = re.compile(r"[0-9٠-٩](?:[0-9٠-٩]|[ .\-](?=[0-9٠-٩]))*")
IBAN_RUN = re.compile(r"\b[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]){10,30}")


def check_non_personal(text):
    """Long digit runs in non-personal lines must fail every check."""
    for m in DIGIT_RUN.finditer(text):
        d = re.sub(r"[ .\-]", "", to_ascii_digits(m.group()))
        if 13 <= len(d) <= 19:
            assert not luhn_ok(d), ("luhn-valid number in non-personal line", text)
        if len(d) == 9:
            assert not tz_ok(d), ("TZ-valid number in non-personal line", text)
            assert not afm_ok(d), ("AFM-valid number in non-personal line", text)
        if len(d) == 10 and d[0] in "12":
            assert not saudi_ok(d), ("Saudi-valid number in non-personal line", text)
    for m in IBAN_RUN.finditer(text):
        assert not iban_ok(m.group()), ("valid IBAN in non-personal line", text)


def check_span_value(kind, sub):
    """Spans written in digits are checked against their kind's check digit."""
    plain = to_ascii_digits(sub)
    if kind == "iban" and re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9 ]+", plain):
        assert iban_ok(plain), ("bad IBAN", sub)
        return
    if not re.fullmatch(r"[0-9 .\-]+", plain):
        return  # spoken or mixed form: valid by construction (made from a checked value)
    d = re.sub(r"[ .\-]", "", plain)
    if kind == "card":
        assert 13 <= len(d) <= 19 and luhn_ok(d), ("bad card", sub)
    if kind == "id":
        assert tz_ok(d) or afm_ok(d) or saudi_ok(d) or ssn_ok(d), ("bad id", sub)


def build(items):
    """items: list of (text, [(kind, substring[, occurrence[, "part"]])], context or None)."""
    lines = []
    for text, spans, context in items:
        b = text.encode("utf-8")
        out = []
        for sp in spans:
            kind, sub = sp[0], sp[1]
            assert kind in KINDS, kind
            sb = sub.encode("utf-8")
            starts = [m.start() for m in re.finditer(re.escape(sb), b)]
            if len(sp) > 2 and sp[2] is not None:
                start = starts[sp[2]]
            else:
                assert len(starts) == 1, ("span not found exactly once", sub, text)
                start = starts[0]
            end = start + len(sb)
            assert b[start:end].decode("utf-8") == sub
            assert sub == sub.strip() and sub, ("span with outer spaces", sub)
            if not (len(sp) > 3 and sp[3] == "part"):  # part: a value split across turns
                check_span_value(kind, sub)
            out.append({"kind": kind, "start": start, "end": end})
        out.sort(key=lambda s: s["start"])
        for x, y in zip(out, out[1:]):
            assert x["end"] <= y["start"], ("overlapping spans", text)
        if not out:
            check_non_personal(text)
        obj = {"text": text, "spans": out}
        if context:
            obj["context"] = context
        lines.append(json.dumps(obj, ensure_ascii=False))
    return lines


LANGS = {}


def lang(code):
    def reg(fn):
        LANGS[code] = fn
        return fn
    return reg


# ---------------------------------------------------------------- languages
# (each language is defined below as a function returning its item list)


def it(text, *spans, ctx=None):
    return (text, list(spans), ctx)


# ================================================================ English

_EN_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen " \
    "fourteen fifteen sixteen seventeen eighteen nineteen".split()
_EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def en_num(n):
    if n < 20:
        return _EN_ONES[n]
    t, o = divmod(n, 10)
    return _EN_TENS[t] + ("-" + _EN_ONES[o] if o else "")


def en_pairs(d):
    """'1837' -> 'eighteen thirty-seven'; '05' -> 'oh five'."""
    out = []
    for i in range(0, len(d), 2):
        p = d[i:i + 2]
        if len(p) == 1:
            out.append("oh" if p == "0" else _EN_ONES[int(p)])
        elif p == "00":
            out.append("double oh")
        elif p[0] == "0":
            out.append("oh " + _EN_ONES[int(p[1])])
        else:
            out.append(en_num(int(p)))
    return " ".join(out)


def en_dbl(d):
    """Digits one by one, 0 as 'oh', repeated digits as 'double X'."""
    out, i = [], 0
    d = d.replace(" ", "")
    while i < len(d):
        w = "oh" if d[i] == "0" else _EN_ONES[int(d[i])]
        if i + 1 < len(d) and d[i + 1] == d[i]:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return " ".join(out)


def en_letters_iban(ib, groups=(2, 2, 4)):
    """Speak an IBAN: letters one by one, digits one by one, comma between groups."""
    def sp(chunk):
        return " ".join(c if c.isalpha() else ("oh" if c == "0" else _EN_ONES[int(c)])
                        for c in chunk)
    parts, i = [], 0
    for g in groups:
        parts.append(sp(ib[i:i + g]))
        i += g
    while i < len(ib):
        parts.append(sp(ib[i:i + 4]))
        i += 4
    return ", ".join(parts)


def en_a():
    c1 = luhn_complete("541275349021338")
    ib1 = iban_make("IE", "AIBK93115263048712")
    ib2 = iban_make("GB", "LOYD30962154820376")
    ssn1 = "521-44-8736"
    assert ssn_ok(ssn1)
    I = []
    # --- call: electricity bill shock, Welsh caller, Northvale Energy
    I += [
        it("Good morning, you're through to Northvale Energy, my name's Priya, how can I help?",
           ("name", "Priya")),
        it("Hiya, yeah, it's Gareth Pritchard here, I've had a bill through that's, um, way higher than normal.",
           ("name", "Gareth Pritchard")),
        it("Yeah it's 22 Heol Hir, Llanishen, CF14 5AH.",
           ("address", "22 Heol Hir, Llanishen, CF14 5AH"),
           ctx="Okay, can I take the first line of the address and the postcode please?"),
        it("So the bill is for £318.42 covering the 4th of January to the 3rd of March, that's 58 days."),
        it("Your last actual reading was 45721 on the 2nd of November, and since then we've been estimating."),
        it("right it says four six two oh eight and then there's a one in red",
           ctx="If you can read me the numbers on the meter, left to right, ignore anything in red."),
        it("Fourteenth of August, nineteen seventy-nine.",
           ("date_of_birth", "Fourteenth of August, nineteen seventy-nine"),
           ctx="And the date of birth of the account holder, just for security?"),
        it("I'll rebill you from the actual reading, the new amount will be £187.90 and it'll show in the app within 48 hours."),
        it("Yeah, " + en_dbl("07824") + ", " + en_dbl("551") + ", " + en_dbl("009") + " three.",
           ("phone", en_dbl("07824") + ", " + en_dbl("551") + ", " + en_dbl("009") + " three"),
           ctx="Can I confirm a mobile number for the text message?"),
    ]
    # --- call: moving home in Ireland, Corrib Power
    I += [
        it("Hi, my name is Aoife Brennan, I'm moving house at the end of the month and I want to bring the account with me.",
           ("name", "Aoife Brennan")),
        it("No problem Aoife. And what's the new address?", ("name", "Aoife")),
        it("It's 7 Bóthar na Trá, Salthill, Galway, H91 KT2V.",
           ("address", "7 Bóthar na Trá, Salthill, Galway, H91 KT2V")),
        it("and the old one is apartment twelve, Riverside Court, Ballincollig, County Cork",
           ("address", "apartment twelve, Riverside Court, Ballincollig, County Cork"),
           ctx="And the address you're leaving?"),
        it("The closing read at the old place should be taken on the 30th, and we'll bill you up to that day."),
        it("Grand. Can I get the MPRN off the new bill? Top right, eleven digits starting with one oh."),
        it("10 013 452 987",
           ctx="Grand. Can I get the MPRN off the new bill? Top right, eleven digits starting with one oh."),
        it("Yeah it's " + en_letters_iban(ib1) + ".",
           ("iban", en_letters_iban(ib1)),
           ctx="And the IBAN for the direct debit?"),
        it("Email is aoife dot brennan eighty-eight at gmail dot com.",
           ("email", "aoife dot brennan eighty-eight at gmail dot com")),
        it("Mobile's oh eight seven, three one four, double two nine oh.",
           ("phone", "oh eight seven, three one four, double two nine oh")),
    ]
    # --- call: prepayment key meter top-up, London
    I += [
        it("Good afternoon. My name is Chukwuemeka Okafor, but everybody calls me Emeka.",
           ("name", "Chukwuemeka Okafor"), ("name", "Emeka")),
        it("My key meter has gone into emergency credit and the Costcutter on Rye Lane, their machine is down since Friday."),
        it("Alright, I can do a top-up over the phone. How much would you like to put on?"),
        it("Put thirty pounds. Twenty on the electric and ten for the gas."),
        it("The card is " + say(c1[:4]) + ", " + say(c1[4:8]) + ", " + say(c1[8:12], oh=True)
           + ", " + say(c1[12:]) + ".",
           ("card", say(c1[:4]) + ", " + say(c1[4:8]) + ", " + say(c1[8:12], oh=True) + ", " + say(c1[12:]))),
        it("Your top-up code is 4817 2290 5521 0386 7714, key that into the meter and press the blue A button."),
        it("flat 3B 118 Peckham Rye London SE15 4HN",
           ("address", "flat 3B 118 Peckham Rye London SE15 4HN"),
           ctx="And what's the address the meter is at?"),
        it("Nineteenth of the sixth, eighty-two.",
           ("date_of_birth", "Nineteenth of the sixth, eighty-two"),
           ctx="Can you confirm your date of birth for me?"),
        it("Emergency credit on that meter is five pounds, and there's a friendly credit period from 4pm to 10am, so it won't cut you off overnight."),
    ]
    # --- call: water leak in the street, Australia
    I += [
        it("Harbourside Water faults and emergencies, you're talking to Bronwyn.", ("name", "Bronwyn")),
        it("G'day, yeah, Darren Kowalski, I've got water bubbling up out of the footpath out the front of my place.",
           ("name", "Darren Kowalski")),
        it("Forty-two Wattle Street, Lyneham, twenty-six oh two.",
           ("address", "Forty-two Wattle Street, Lyneham, twenty-six oh two"),
           ctx="No worries, what's the address there?"),
        it("Is it near your meter or out on the nature strip, like past the boundary?"),
        it("We've got a crew in the area, they should be there between 2 and 4 this arvo, the job number is 24-118-337."),
        it("Best number's oh four three eight, double five two, nine one seven.",
           ("phone", "oh four three eight, double five two, nine one seven")),
        it("If the leak's on our side of the meter you won't be charged for the water, if it's on your side you can apply for a leak allowance within 60 days."),
    ]
    # --- call: new water and trash service, US city utility billing
    I += [
        it("City of Maple Falls utility billing, this is Marcus, how can I help you?", ("name", "Marcus")),
        it("Hi, yes, I just bought a house and I need to start water and trash service. My name is Venkatesh Raghunathan.",
           ("name", "Venkatesh Raghunathan")),
        it("R-A-G-H-U-N-A-T-H-A-N", ("name", "R-A-G-H-U-N-A-T-H-A-N"),
           ctx="Can you spell the last name for me?"),
        it("Thank you, Mr. Raghunathan. For the deposit waiver I'll need your Social, otherwise it's a two hundred dollar deposit.",
           ("name", "Raghunathan")),
        it("Sure, it's five two one, four four, eight seven three six.",
           ("id", "five two one, four four, eight seven three six"),
           ctx="For the deposit waiver I'll need your Social, otherwise it's a two hundred dollar deposit."),
        it("The service address is 1847 Juniper Ridge Drive, and mailing is the same.",
           ("address", "1847 Juniper Ridge Drive")),
        it("Service starts Monday, May 6th, the cart gets delivered in 5 to 7 business days and pickup is on Thursdays."),
        it("um it's venky dot r at outlook dot com, venky is V-E-N-K-Y",
           ("email", "venky dot r at outlook dot com")),
        it("March seventeenth, 1990.", ("date_of_birth", "March seventeenth, 1990"),
           ctx="And your date of birth?"),
        it("The base charge is $24.50 a month plus $6.12 per thousand gallons, and sewer is billed at 100% of water usage."),
    ]
    # --- call: council tax single person discount, London borough
    I += [
        it("Oh hello love, it's Peggy Doyle. I've been told I might get a discount now I'm on my own.",
           ("name", "Peggy Doyle")),
        it("Yes, that's the single person discount, twenty-five percent off. Can I have the address please?"),
        it("It's number 9, Sycamore Close, Harrow, HA3 7QD.",
           ("address", "number 9, Sycamore Close, Harrow, HA3 7QD")),
        it("I was born on the second of February nineteen forty-one, if that helps you dear.",
           ("date_of_birth", "the second of February nineteen forty-one")),
        it("The bill for 2024 to 25 is £1,874.22, which with the discount comes to £1,405.67, over 10 instalments from April."),
        it("It says here on my bank letter, " + en_letters_iban(ib2) + ", is that what you want?",
           ("iban", en_letters_iban(ib2)), ctx="And which account would you like the direct debit from?"),
        it("My phone number is oh two oh, eight four two three, five five seven one.",
           ("phone", "oh two oh, eight four two three, five five seven one")),
        it("Lovely, Mrs Doyle, your first instalment of £140.57 will come out on the 1st of May.",
           ("name", "Doyle")),
    ]
    return I



def en_b():
    c2 = luhn_complete("492918374402551")
    c3 = luhn_complete("34671182905532")
    c4 = luhn_complete("455630128877")
    c5 = luhn_complete("675964982643845321")
    c6 = luhn_complete("601148209915736")
    c7 = luhn_complete("222100345678901")
    c8 = luhn_complete("479613205584426")
    ib3 = iban_make("GB", "BARC20451873340962")
    ib4 = iban_make("GB", "NWBK60724419087325")
    ib5 = iban_make("DE", "500105175407324931")
    ib6 = iban_make("AE", "0330001284473920156")
    ib7 = iban_make("IE", "BOFI90001784215563")
    ib8 = iban_make("GB", "MIDL40127786331209")
    iq = saudi_make("245178303")
    tz = tz_make("31245678")
    afm = afm_make("12873460")
    for x in ("418-27-6603", "609 33 1457", "233-61-0098", "144-82-3071"):
        assert ssn_ok(x)
    I = []
    # --- call: bulky waste collection, borough council
    I += [
        it("Hello, Delroy Campbell speaking, I want to book one of them bulky waste pickups.",
           ("name", "Delroy Campbell")),
        it("Yes of course Mr Campbell. It's £38 for up to three items and £9 for each item after that, fridges and freezers are £25 each.",
           ("name", "Campbell")),
        it("It's a sofa, two mattresses and an old fridge freezer, so that's four items."),
        it("The next collection we've got for your road is Wednesday the 14th, items out by 7am, we can't give you a time slot."),
        it("The address is 56 Chalkhill Road, Wembley, HA9 9DN, but leave it by the side gate.",
           ("address", "56 Chalkhill Road, Wembley, HA9 9DN")),
        it("Card number " + " ".join(c2[i:i + 4] for i in range(0, 16, 4)) + ", expiry oh nine twenty-seven.",
           ("card", " ".join(c2[i:i + 4] for i in range(0, 16, 4)))),
        it("And an email for the receipt? Yeah d.campbell1966@yahoo.co.uk",
           ("email", "d.campbell1966@yahoo.co.uk")),
        it("Your booking reference is BW-5520-318, and the £65 has gone through, you'll get a text the day before."),
    ]
    # --- call: smart meter installation appointment
    I += [
        it("Hi there, I got a letter about the smart meter, it says to ring the number on the letter to book it in, but that line just rings out."),
        it("Yes it's Harpreet Kaur Sandhu, the account's in my name.",
           ("name", "Harpreet Kaur Sandhu"), ctx="Can I take your name please?"),
        it("Thanks. We've got Tuesday the 9th between 8 and 12, or Friday the 19th between 12 and 6."),
        it("The engineer will need access to both meters for about two hours and the power will be off for around 30 minutes."),
        it("harpreet underscore sandhu at hotmail dot co dot uk",
           ("email", "harpreet underscore sandhu at hotmail dot co dot uk"),
           ctx="And what email should the confirmation go to?"),
        it("The in-home display is the Chameleon IHD6 model, it runs on the mains and shows you pence per hour."),
        it("ok it's twenty seventh of the eleventh sixty six",
           ("date_of_birth", "twenty seventh of the eleventh sixty six"),
           ctx="Before I book, can I just check your date of birth?"),
    ]
    # --- call: shut-off notice and payment arrangement, US gas and electric
    I += [
        it("Thank you for calling Tri-County Gas and Electric, my name is Shanice, can I have the account number?",
           ("name", "Shanice")),
        it("I got the account number here, 8810 2237 4415, it's for Tyrone Jackson, that's me.",
           ("name", "Tyrone Jackson")),
        it("Okay Mr. Jackson, I see a disconnect notice for a past due balance of $612.38, scheduled for the 22nd.",
           ("name", "Jackson")),
        it("I can put you on a deferred payment plan: $150 today, then $77.05 added to your next six bills."),
        it("yeah I'm gonna do the one fifty on my Discover " + en_pairs(c6[:4]) + " " + en_pairs(c6[4:8]) + " "
           + en_pairs(c6[8:12]) + " " + en_pairs(c6[12:]),
           ("card", en_pairs(c6[:4]) + " " + en_pairs(c6[4:8]) + " " + en_pairs(c6[8:12]) + " " + en_pairs(c6[12:]))),
        it("You want the whole social? Okay, four one eight, two seven, six six oh three.",
           ("id", "four one eight, two seven, six six oh three")),
        it("Best number to reach me, (614) 555-0187, that's my cell.", ("phone", "(614) 555-0187")),
        it("Your confirmation number is 20240522-0418 and service will not be interrupted as long as the payment posts by 5 PM Friday."),
        it("Medical certificate forms for life support equipment can be faxed to the number on the back of the notice, they hold a disconnection for 30 days."),
    ]
    # --- call: solar export payments, Ireland
    I += [
        it("Hello, Pádraig Kavanagh here, everyone calls me Podge, I put panels on the roof in June.",
           ("name", "Pádraig Kavanagh"), ("name", "Podge")),
        it("Thanks for that. The clean export guarantee pays 21 cent per kilowatt hour and we pay it as a credit on the bill, twice a year."),
        it("I'd rather have it paid out to the bank, it's " + ib7 + ".", ("iban", ib7)),
        it("Your meter shows 1,184 kilowatt hours exported since the 3rd of July, that's about €248."),
        it("Email p o d g e k a v at eircom dot net",
           ("email", "p o d g e k a v at eircom dot net"), ctx="Can I get an email address for the statement?"),
        it("The NC6 form from the installer, SEAI grant number 2023-44817, has to be in before we can register the export."),
    ]
    # --- call: expat electricity account, English-language line
    I += [
        it("Hello, this is Rajesh Menon, I'm calling about the electricity account for my flat in Al Rawdah.",
           ("name", "Rajesh Menon")),
        it("Yes, " + iq[:4] + " " + iq[4:7] + " " + iq[7:] + ".", ("id", iq[:4] + " " + iq[4:7] + " " + iq[7:]),
           ctx="Can I have the Iqama number of the account holder, please?"),
        it("The bill for April was 486 riyals, and the one from May is 1,190 riyals because the AC was running twenty-four hours."),
        it("my mobile is plus nine six six five five three one eight four four two zero",
           ("phone", "plus nine six six five five three one eight four four two zero")),
        it("I'm moving back to Kochi in September so the deposit refund should go to my UAE account, " + group4(ib6) + ".",
           ("iban", group4(ib6))),
        it("rajesh.menon.jed@gmail.com", ("email", "rajesh.menon.jed@gmail.com"),
           ctx="And an email to send the final bill?"),
    ]
    # --- call: gas emergency line
    I += [
        it("National gas emergency service, is anyone in the property feeling unwell?"),
        it("No no, it's just a smell of gas by the cooker, it started around half seven."),
        it("Turn off the gas at the meter, don't use light switches, and open the doors and windows. An engineer will be with you within 1 hour."),
        it("Flat 2, 31 Ravensworth Terrace, Gateshead, NE8 1PB. My name's Kirsty McAllister.",
           ("address", "Flat 2, 31 Ravensworth Terrace, Gateshead, NE8 1PB"), ("name", "Kirsty McAllister"),
           ctx="What's the address of the property?"),
        it("The incident number is 7713 0492 8856, please keep it in case you need to ring back."),
    ]
    # --- assorted lines from other calls in the same contact centres
    I += [
        it("The card's an Amex, " + c3[:4] + " " + c3[4:10] + " " + c3[10:] + ".",
           ("card", c3[:4] + " " + c3[4:10] + " " + c3[10:])),
        it("It's a really old Visa, only thirteen digits, " + c4[:4] + " " + c4[4:7] + " " + c4[7:10] + " " + c4[10:] + ".",
           ("card", c4[:4] + " " + c4[4:7] + " " + c4[7:10] + " " + c4[10:])),
        it("Maestro, it's a long one: " + " ".join(c5[i:i + 4] for i in range(0, 19, 4)),
           ("card", " ".join(c5[i:i + 4] for i in range(0, 19, 4)))),
        it("so it's two two two one, double oh three four, " + c7[8:12] + " " + c7[12:] + ", yeah?",
           ("card", "two two two one, double oh three four, " + c7[8:12] + " " + c7[12:])),
        it("Okay that's " + c8[:4] + " " + c8[4:8] + "... yep... " + c8[8:12] + " " + c8[12:] + ".",
           ("card", c8[:4] + " " + c8[4:8], None, "part"), ("card", c8[8:12] + " " + c8[12:], None, "part")),
        it("sort it out with the IBAN, " + group4(ib3), ("iban", group4(ib3))),
        it("It's G B three three, N W B K, six oh seven two, four four one nine, oh eight seven three two five.",
           ("iban", "G B three three, N W B K, six oh seven two, four four one nine, oh eight seven three two five")),
        it("My German account, " + group4(ib5) + ", I'm still using it since I moved over from Frankfurt.",
           ("iban", group4(ib5))),
        it("For the refund we'll use the IBAN you gave us, " + group4(ib8) + ".",
           ("iban", group4(ib8))),
        it("Yes, my Social is 609 33 1457.", ("id", "609 33 1457")),
        it("SSN two three three, six one, zero zero nine eight.",
           ("id", "two three three, six one, zero zero nine eight")),
        it("The tenant's Social Security number is 144-82-3071 and her date of birth is 10/02/1995.",
           ("id", "144-82-3071"), ("date_of_birth", "10/02/1995")),
        it("For the arnona discount they want my teudat zehut, it's " + say(tz) + ".",
           ("id", say(tz))),
        it("My Greek tax number, the AFM, is " + afm[:3] + " " + afm[3:6] + " " + afm[6:] + ", for the water bill in Chania.",
           ("id", afm[:3] + " " + afm[3:6] + " " + afm[6:])),
        it("You can call my husband on plus three five seven, nine nine six three four two one eight.",
           ("phone", "plus three five seven, nine nine six three four two one eight")),
        it("My Israeli number is 054-772-3190, I'm there half the year.", ("phone", "054-772-3190")),
        it("+234 803 551 2847, that's my brother in Lagos, he pays the bills when I'm away.",
           ("phone", "+234 803 551 2847")),
        it("uh anne hyphen marie dot gallagher at icloud dot com",
           ("email", "anne hyphen marie dot gallagher at icloud dot com"), ctx="What's the email on the account?"),
        it("Date of birth is the third of October fifty-eight.",
           ("date_of_birth", "the third of October fifty-eight")),
        it("oh two, two nine, nineteen eighty-eight. Yes, a leap year baby.",
           ("date_of_birth", "oh two, two nine, nineteen eighty-eight"), ctx="Date of birth, month first please."),
        it("It's 14 Orchard Way, Apartment 3C, Dayton, Ohio 45402.",
           ("address", "14 Orchard Way, Apartment 3C, Dayton, Ohio 45402"), ctx="What's the new service address?"),
    ]
    # --- non-personal lines: readings, tariffs, charges, schedules
    I += [
        it("Your standing charge is 53.35p a day and the unit rate is 24.86p per kilowatt hour from the 1st of July."),
        it("The MPAN on your bill is 19 1234 5678 901, and the meter serial is 21L4418807."),
        it("Green bins are collected every other Tuesday, the garden waste permit is £52 for the year, 1 April to 31 March."),
        it("Okay so day reading 23047, night reading 11982, submitted at 14:32 on the 28th."),
        it("Your direct debit of £96 a month will be reviewed on the 15th of September; you're £212.40 in credit."),
        it("Water rates went up 7.5% this year, the average household bill is now $71.80 every two months."),
        it("We sent two letters, one on the 3rd of February and one on the 17th, and the reference on both is WL 4412 9087 3310 0027."),
        it("Hello, is that Northvale? I'm ringing on behalf of Jackson and Sons letting agents about 4 properties on Victoria Road."),
    ]
    return I


LANGS["en"] = lambda: en_a() + en_b()



# ================================================================ Arabic

WORDS["ar_eg"] = "صفر واحد اتنين تلاتة اربعة خمسة ستة سبعة تمانية تسعة".split()


def ar_a():
    ai = arabic_indic
    sid1 = saudi_make("108812457")
    mz = luhn_complete("507803641952207")
    ibj = iban_make("JO", "ARAB1140000000114022857301")
    ibs = iban_make("SA", "10000019304468210707")
    iba = iban_make("AE", "0260001015503827461")
    assert sid1 == "1088124571"
    I = []
    # --- Egypt: prepaid electricity meter will not charge (Egyptian)
    I += [
        it("خدمة عملاء كهرباء القناة، معاك منة، أقدر أساعد حضرتك ازاي؟", ("name", "منة")),
        it("أيوه يا فندم، أنا محمد عبد الحميد، العداد الكارت عندي بيصفّر ومش راضي يشحن.",
           ("name", "محمد عبد الحميد")),
        it("تمام يا أستاذ محمد، ممكن رقم العداد المكتوب تحت الشاشة؟", ("name", "محمد")),
        it("رقم العداد ٠٤٥٢١٧٨٣٣٦ وآخر شحنة كانت بمية وخمسين جنيه يوم ١٢ مارس."),
        it("حضرتك دلوقتي في الشريحة الخامسة، يعني الكيلو بـ ١٫٤٠ جنيه بعد ما عديت ٦٥٠ كيلووات."),
        it("ساكن في ١٤ شارع الجمهورية، الدور التالت، شقة ٧، الإسماعيلية",
           ("address", "١٤ شارع الجمهورية، الدور التالت، شقة ٧، الإسماعيلية"),
           ctx="العنوان بالظبط ايه يا فندم؟"),
        it("رقمي " + say("0128", "ar_eg") + "، " + say("355", "ar_eg") + "، " + say("7901", "ar_eg"),
           ("phone", say("0128", "ar_eg") + "، " + say("355", "ar_eg") + "، " + say("7901", "ar_eg"))),
        it("هدفع بكارت ميزة، الرقم " + " ".join(mz[i:i + 4] for i in range(0, 16, 4)) + " يا فندم",
           ("card", " ".join(mz[i:i + 4] for i in range(0, 16, 4)))),
        it("رسوم النضافة ٢٥ جنيه بتتخصم مع كل شحنة، دي تبع الحي مش تبعنا."),
        it("واحد وعشرين تسعة ألف تسعمية خمسة وسبعين",
           ("date_of_birth", "واحد وعشرين تسعة ألف تسعمية خمسة وسبعين"),
           ctx="تاريخ ميلاد صاحب العداد لو سمحت؟"),
    ]
    # --- Jordan: burst pipe in front of the house (Levantine)
    I += [
        it("مركز اتصال مياه الوسط، مرحبا، تفضل."),
        it("أهلين، أنا أبو خالد، في ماسورة مفقوعة قدام الدار والمي طالعة عالشارع من الصبح.",
           ("name", "أبو خالد")),
        it("إبراهيم يوسف الزعبي", ("name", "إبراهيم يوسف الزعبي"),
           ctx="سلامتك، شو الاسم الكامل لو سمحت؟"),
        it("جبل الحسين، شارع خالد بن الوليد، بناية رقم ٣٣، قريب من دوار فراس",
           ("address", "جبل الحسين، شارع خالد بن الوليد، بناية رقم ٣٣، قريب من دوار فراس"),
           ctx="وين العنوان بالزبط؟"),
        it("تم تسجيل البلاغ رقم ٨٨٤١٢٠٣، والفرقة رح توصل خلال ساعتين لأربع ساعات إن شاء الله."),
        it("رقمي ٠٧٩ ٥٥٢ ٤٨١٣ إذا بدهم يتصلوا فيي", ("phone", "٠٧٩ ٥٥٢ ٤٨١٣")),
        it("الدور تبع المي عنا يوم الثلاثاء والجمعة، والخزانات بتاخد أربع متر مكعب تقريباً."),
        it("فاتورة المي بتيجي كل تلات شهور، آخر وحدة كانت ٤٧ دينار و٣٥٠ فلس."),
        it("بدي الفرق يرجع عحسابي بالبنك العربي، الآيبان " + group4(ibj),
           ("iban", group4(ibj))),
    ]
    # --- Saudi Arabia: electricity bill dispute (Gulf)
    I += [
        it("حياك الله، معك فهد من خدمة عملاء كهرباء الجزيرة، كيف أقدر أخدمك؟", ("name", "فهد")),
        it("الله يحييك، معك عبدالعزيز القحطاني، الفاتورة هالشهر جاتني ألفين وثلاثمية ريال وأنا مسافر!",
           ("name", "عبدالعزيز القحطاني")),
        it("أبشر يا عبدالعزيز، عطني رقم الهوية الوطنية لو سمحت.", ("name", "عبدالعزيز")),
        it(say(sid1, "ar"), ("id", say(sid1, "ar")),
           ctx="أبشر يا عبدالعزيز، عطني رقم الهوية الوطنية لو سمحت."),
        it("القراءة الحالية ٤٨٢١٣ والسابقة ٤٦٠٥٧، يعني الاستهلاك ٢١٥٦ كيلوواط ساعة خلال ٣١ يوم."),
        it("التعرفة للشريحة الأولى ١٨ هللة لين ستة آلاف كيلو، وبعدها ٣٠ هللة."),
        it("مواليد ١٥ / ٧ / ١٤٠٢ هجري", ("date_of_birth", "١٥ / ٧ / ١٤٠٢ هجري"),
           ctx="وتاريخ الميلاد؟"),
        it("رفعنا لك اعتراض على الفاتورة برقم ٢٠٢٤٠٣١١٧٧٤٥، ويوصلك الرد خلال ١٠ أيام عمل."),
        it("جوالي 0553184427 عليه واتساب", ("phone", "0553184427")),
        it("وإذا طلع لي مبلغ يرجع على الآيبان " + group4(ibs) + " في الراجحي", ("iban", group4(ibs))),
        it("ايميلي aziz.q1402@hotmail.com", ("email", "aziz.q1402@hotmail.com")),
    ]
    # --- Dubai: moving out, closing the account, deposit refund (Syrian caller)
    iba_spoken = "إيه إي " + say(iba[2:], "ar")
    I += [
        it("هيئة المياه والكهرباء، معك مريم، تفضل.", ("name", "مريم")),
        it("مرحبا، اسمي رامي حداد، عم بطلع من الشقة آخر الشهر وبدي سكّر الحساب وأسترجع التأمين.",
           ("name", "رامي حداد")),
        it("مبلغ التأمين ٢٠٠٠ درهم للشقة، بتنخصم منه الفاتورة الأخيرة، والباقي بيرجع خلال ١٥ يوم."),
        it("شقة ١٤٠٧، بناية الريم تاور، شارع الوصل، جميرا ١، دبي",
           ("address", "شقة ١٤٠٧، بناية الريم تاور، شارع الوصل، جميرا ١، دبي"),
           ctx="شو عنوان العقار اللي بدك تسكّر حسابه؟"),
        it("الآيبان تبعي " + iba_spoken + "، بنك الإمارات دبي الوطني", ("iban", iba_spoken)),
        it("موبايلي " + ai("050 482 7719"), ("phone", ai("050 482 7719"))),
        it("rami_haddad87@yahoo.com يعني rami أندرسكور haddad", ("email", "rami_haddad87@yahoo.com")),
        it("الفاتورة النهائية بتطلع بعد ما نقرأ العداد يوم الخميس ٢٨، ورسوم قطع الخدمة ١٠٠ درهم."),
        it(ai("3/11/1987"), ("date_of_birth", ai("3/11/1987")), ctx="تاريخ ميلادك لو سمحت؟"),
    ]
    # --- Morocco: transferring the water and electricity meter after buying a house (Darija)
    I += [
        it("الوكالة الجهوية للتوزيع، مرحبا بيك، شنو نقدر نعاونك؟"),
        it("السلام عليكم، أنا يوسف بنعلي، بغيت نحوّل الكونتور ديال الضو والما لسميتي حيت شريت الدار.",
           ("name", "يوسف بنعلي")),
        it("واخا السي يوسف، عطيني العنوان ديال الدار عافاك.", ("name", "يوسف")),
        it("رقم ٢٣، زنقة ابن سينا، حي المعاريف، الدار البيضاء",
           ("address", "رقم ٢٣، زنقة ابن سينا، حي المعاريف، الدار البيضاء"),
           ctx="واخا السي يوسف، عطيني العنوان ديال الدار عافاك."),
        it("خاصك تجيب نسخة من عقد البيع، والضمانة ديال الاشتراك هي ١٢٠٠ درهم."),
        it("النمرة ديالي زيرو ستة ستين خمسة وربعين تنين وعشرين تمنطاش",
           ("phone", "زيرو ستة ستين خمسة وربعين تنين وعشرين تمنطاش")),
        it("الفاتورة ديال يناير جات ٣٤٧ درهم، الما وحدو ٨٦ درهم والباقي ضو والتطهير."),
        it("يوسف نقطة بنعلي أت جيميل دوت كوم", ("email", "يوسف نقطة بنعلي أت جيميل دوت كوم"),
           ctx="والإيميل باش نصيفطو ليك الفاتورة؟"),
        it("تزاديت في خمسة وعشرين مارس ألف وتسعمية وتمانين",
           ("date_of_birth", "خمسة وعشرين مارس ألف وتسعمية وتمانين")),
        it("غادي يدوز التقني نهار الاثنين بين التسعود والطناش باش يقرا الكونتور."),
    ]
    # --- Lebanon: neighbourhood generator subscription (Levantine)
    I += [
        it("ألو مرحبا، معك جورج من اشتراك مولّد الأشرفية.", ("name", "جورج")),
        it("أهلا، أنا منى خوري، صرلي يومين بلا كهربا لا دولة ولا موتور.", ("name", "منى خوري")),
        it("اشتراك الخمس أمبير صار ٦٥ دولار، والكيلو بـ ٤٠ سنت، والعداد قرا ٣١٢ كيلو هالشهر."),
        it("كهربا الدولة عم تجي ٤ ساعات بالنهار بس، من ٦ لـ ١٠ الصبح."),
        it("رقمي ٠٣ ٤٤٧ ٢١٩", ("phone", "٠٣ ٤٤٧ ٢١٩"), ctx="عطيني رقمك لنحكيكي لما يخلص التصليح."),
        it("تكرمي مدام منى، الشب رح يمرق بعد الضهر يشوف القاطع.", ("name", "منى")),
    ]
    return I



def ar_b():
    ai = arabic_indic
    sid2, sid3, sid4 = saudi_make("112045398"), saudi_make("104920773"), saudi_make("103486125")
    iq1, iq2 = saudi_make("238804561"), saudi_make("251067734")
    tz1, tz2 = tz_make("20438915"), tz_make("03912274")
    k1 = luhn_complete("588845127730619")
    k2 = luhn_complete("428260019337514")
    k3 = luhn_complete("529741086633152")
    k4 = luhn_complete("512345876109924")
    k5 = luhn_complete("409876230145561")
    k6 = luhn_complete("37682211904573")
    k7 = luhn_complete("625941030687725912")
    ib_sa = iban_make("SA", "45000000128833407001")
    ib_eg = iban_make("EG", "0003014700000004817223905")
    ib_il = iban_make("IL", "0126410000004418273")
    ib_kw = iban_make("KW", "NBOK0000000000002018447903")
    ib_ae = iban_make("AE", "0350000123849201744")
    k4_fix = say(k4[:10], "ar_eg") + " سبعة، لا لا مش سبعة، " + say(k4[10:], "ar_eg")
    I = []
    # --- Saudi Arabia: new water connection for a villa (Gulf caller, MSA agent)
    k1s = say(k1[:4], "ar") + " " + say(k1[4:8], "ar") + "، " + ai(k1[8:12]) + " " + ai(k1[12:])
    I += [
        it("شركة المياه، معك نورة، كيف أقدر أساعدك؟", ("name", "نورة")),
        it("هلا، أبي أفتح طلب توصيل عداد لفيلا جديدة في حي الملقا."),
        it("رسوم التوصيل ٣٠٠٠ ريال ومدة التنفيذ ٢١ يوم عمل من تاريخ السداد."),
        it("رقم هويتي " + ai(sid2), ("id", ai(sid2))),
        it("العنوان الوطني ٧٨٢٣ طريق أنس بن مالك، حي الملقا، الرياض ١٣٥٢٤، الرقم الإضافي ٢٢٠٩",
           ("address", "٧٨٢٣ طريق أنس بن مالك، حي الملقا، الرياض ١٣٥٢٤، الرقم الإضافي ٢٢٠٩")),
        it("أدفع بمدى، الرقم " + k1s, ("card", k1s)),
        it("المبلغ المستحق ٣٨٧٫٥٠ ريال، وآخر موعد للسداد ٢٥ أبريل، والفاتورة بتاريخ ١٠ / ٩ / ١٤٤٥."),
        it("تاريخ ميلادي سبعة وعشرين رجب أربعطعش مية وثمانية",
           ("date_of_birth", "سبعة وعشرين رجب أربعطعش مية وثمانية")),
        it("فيه عطل في عداد العمارة من يوم الأحد ١٧ رمضان، والفني قال يرجع بعد العيد."),
    ]
    # --- Nazareth: property tax (arnona) discount, Arab citizen of Israel
    I += [
        it("مرحبا، أنا نضال أبو أحمد، بدي أسأل عن الخصم عالأرنونا لأنه مرتي بطّلت تشتغل.",
           ("name", "نضال أبو أحمد")),
        it("رقم الهوية " + say(tz1[:3], "ar") + "، " + say(tz1[3:6], "ar") + "، " + say(tz1[6:], "ar"),
           ("id", say(tz1[:3], "ar") + "، " + say(tz1[3:6], "ar") + "، " + say(tz1[6:], "ar"))),
        it("حي الصفافرة، شارع ٦١٢٧، بيت رقم ١٢، الطابق التاني",
           ("address", "حي الصفافرة، شارع ٦١٢٧، بيت رقم ١٢، الطابق التاني"),
           ctx="شو عنوان العقار المسجل بالبلدية؟"),
        it("الأرنونا للسنة كلها ٥٦٢٠ شيكل، وإذا دفعت مرة وحدة بتاخد خصم ٢٪."),
        it("بتقدر تبعت الأوراق عالفاكس أو توصلهم عمكتب البلدية بشارع بولس السادس، من الأحد للخميس من ٨ لـ ١."),
        it("الحساب بالبنك للهوراة كيفاع: " + ib_il, ("iban", ib_il)),
        it("تلفوني ٠٥٢-٦٨٣-٤٠٩٢", ("phone", "٠٥٢-٦٨٣-٤٠٩٢")),
        it("n.abuahmad@walla.co.il", ("email", "n.abuahmad@walla.co.il"), ctx="وعنوان الإيميل؟"),
        it("ومرتي رقم هويتها " + tz2, ("id", tz2)),
    ]
    # --- Egypt: natural gas connection for an apartment (Egyptian)
    I += [
        it("شركة غاز الدلتا صباح الخير، معاك أحمد فوزي.", ("name", "أحمد فوزي")),
        it("صباح النور يا أستاذ أحمد، أنا سلمى ناصر، عايزة أدخل الغاز للشقة.",
           ("name", "أحمد"), ("name", "سلمى ناصر")),
        it("التعاقد بـ ٢٤٠٠ جنيه كاش، أو تقسيط على ٧٢ شهر والقسط ٤٥ جنيه بينزل على فاتورة الغاز."),
        it("٣٨ شارع عباس العقاد، مدينة نصر، الدور السابع، شقة ٧٠٢",
           ("address", "٣٨ شارع عباس العقاد، مدينة نصر، الدور السابع، شقة ٧٠٢"),
           ctx="العنوان بالتفصيل يا فندم؟"),
        it("المعاينة يوم السبت الجاي من ٩ لـ ٣، والمهندس هيتصل قبلها بنص ساعة."),
        it("موبايلي 01093427715 ولو مش برد اتصل على جوزي", ("phone", "01093427715")),
        it("salma.nasser@yahoo.com", ("email", "salma.nasser@yahoo.com"),
           ctx="ممكن الإيميل عشان نبعت العقد؟"),
        it("هدفع المقدم بالفيزا، " + ai(" ".join(k2[i:i + 4] for i in range(0, 16, 4))),
           ("card", ai(" ".join(k2[i:i + 4] for i in range(0, 16, 4))))),
        it("عشرة ستة ألفين واتنين", ("date_of_birth", "عشرة ستة ألفين واتنين"),
           ctx="تاريخ ميلاد صاحبة العقد؟"),
        it("رقم الطلب ٤٥٢٢٠٩١٨٨٣٠٧٦٢٤، احتفظي بيه لحد ما الفني يركب العداد."),
    ]
    # --- Kuwait: electricity and water bill (MSA agent, Kuwaiti caller)
    I += [
        it("هلا والله، معاك بدر العنزي، أبي أسدد فاتورة الكهربا والماي للبيت.", ("name", "بدر العنزي")),
        it("قطعة ٤، شارع ١٢، جادة ٣، منزل ٢٦، الجابرية",
           ("address", "قطعة ٤، شارع ١٢، جادة ٣، منزل ٢٦، الجابرية"), ctx="تفضل، عنوان المنزل؟"),
        it("فاتورة الكهرباء والماء عليك ١٧ دينار و٨٠٠ فلس عن شهرين، الاستهلاك ٣٢٠٠ كيلوواط بفلسين للكيلو."),
        it("إذا طلع لي مبلغ زايد رجعوه على حسابي في الوطني " + group4(ib_kw), ("iban", group4(ib_kw))),
        it("رقمي +965 9984 3172", ("phone", "+965 9984 3172")),
        it("الإيميل kw underscore bader at gmail dot com", ("email", "kw underscore bader at gmail dot com")),
    ]
    # --- Jeddah: water bill for a rented flat, Sudanese resident (Iqama)
    I += [
        it("السلام عليكم، أنا عثمان الطيب، ساكن بالإيجار وعايز أنقل فاتورة الموية باسمي.",
           ("name", "عثمان الطيب")),
        it("رقم الإقامة " + say(iq1, "ar"), ("id", say(iq1, "ar"))),
        it("حي الصفا، شارع ابن الفارض، عمارة العمودي، شقة ٩، جدة",
           ("address", "حي الصفا، شارع ابن الفارض، عمارة العمودي، شقة ٩، جدة"),
           ctx="وش عنوان الشقة؟"),
        it("عقد الإيجار بدأ في ١ / ١ / ٢٠٢٣ ومدته سنتين، والمالك اسمه مكتوب في العقد."),
        it("وإقامة أخوي اللي ساكن معاي " + sid_fmt(iq2), ("id", sid_fmt(iq2))),
        it("الأول من يناير ألف وتسعمية وستين، هكذا مكتوب في الإقامة",
           ("date_of_birth", "الأول من يناير ألف وتسعمية وستين"), ctx="تاريخ الميلاد؟"),
        it("عثمان أندر سكور الطيب آت هوتميل دوت كوم", ("email", "عثمان أندر سكور الطيب آت هوتميل دوت كوم"),
           ctx="في إيميل نرسل عليه الفاتورة؟"),
    ]
    # --- more lines from the same contact centres
    I += [
        it("يعني الرقم " + say(sid3[:5], "ar") + "... إيوه... " + say(sid3[5:], "ar"),
           ("id", say(sid3[:5], "ar"), None, "part"), ("id", say(sid3[5:], "ar"), None, "part"),
           ctx="الهوية الوطنية لصاحب الحساب؟"),
        it("هويتي " + sid4 + " وتاريخ ميلادي ١٩٩١/٠٤/٢٢", ("id", sid4), ("date_of_birth", "١٩٩١/٠٤/٢٢")),
        it("البطاقة " + k3[:4] + " " + k3[4:8] + " " + k3[8:12] + " " + k3[12:] + " وتنتهي ٢٧",
           ("card", k3[:4] + " " + k3[4:8] + " " + k3[8:12] + " " + k3[12:])),
        it("رقم الكارت " + say(k4, "ar_eg"), ("card", say(k4, "ar_eg"))),
        it("ماشي، " + k4_fix + " كده صح", ("card", k4_fix), ctx="تقدر تعيد رقم الكارت؟"),
        it("الفيزا " + k5, ("card", k5)),
        it("أمريكان إكسبريس " + k6[:4] + " " + k6[4:10] + " " + k6[10:], ("card", k6[:4] + " " + k6[4:10] + " " + k6[10:])),
        it("بطاقة يونيون باي " + ai(" ".join(k7[i:i + 4] for i in range(0, 19, 4))),
           ("card", ai(" ".join(k7[i:i + 4] for i in range(0, 19, 4))))),
        it("حولوا الفلوس على الآيبان " + group4(ib_sa), ("iban", group4(ib_sa))),
        it("رقم الحساب الدولي " + ib_eg + " في البنك الأهلي", ("iban", ib_eg)),
        it("يا ريت ترجعوا التأمين على " + group4(ib_ae) + " لأني مسافر", ("iban", group4(ib_ae))),
        it("مواليد اتنين وعشرين تمانية تسعين", ("date_of_birth", "اتنين وعشرين تمانية تسعين")),
    ]
    # --- non-personal lines: tariffs, schedules, reference numbers
    I += [
        it("تُجمع النفايات يومياً من الساعة العاشرة مساءً حتى الرابعة فجراً، ورسوم النظافة ١٥ ديناراً شهرياً."),
        it("الفاتورة متاع الستاغ جات ١٨٤ دينار على شهرين، والكونتور متاعي نومرو ٠٧٣٤٥٥١٢٠٨٩."),
        it("انقطاع مجدول للمياه عن حي الروضة يوم الثلاثاء ١٤ مايو من الساعة ٩ صباحاً حتى ٥ مساءً."),
        it("رقم البلاغ 5507 3318 2049 116، يمديك تتابعه من التطبيق."),
        it("الشحنة اللي عملتها بـ ٢٠٠ جنيه ادتك ١٢٠ كيلو بس عشان اتخصم ٦٠ جنيه مديونية."),
        it("العداد الذكي بيتركب مجاناً، والتركيب بياخد ساعة، وهتفضل الكهربا قاطعة نص ساعة."),
        it("اشتراك الصرف الصحي ٣٠٪ من قيمة فاتورة المية، ومش بيتحسب على أول ١٠ متر."),
        it("رسوم إعادة التوصيل بعد الفصل ١٥٠ درهم، وتتم خلال ٢٤ ساعة من السداد."),
        it("يا أم سالم الفاتورة بتاعة شهر ٨ فيها غرامة تأخير ١٢ جنيه وبس.", ("name", "أم سالم")),
        it("فرع الشركة في شارع فيصل بيفتح من ٨ الصبح لـ ٢ الضهر، ما عدا الجمعة."),
    ]
    return I


LANGS["ar"] = lambda: ar_a() + ar_b()



# ================================================================ Hebrew


def he_a():
    t1, t2 = tz_make("31760425"), tz_make("05829341")
    assert (t1, t2) == ("317604254", "058293416")
    v1 = luhn_complete("458003216709835")
    m1 = luhn_complete("532618940275114")
    a1 = luhn_complete("37590124481936")
    il1 = iban_make("IL", "0108000003827714059")
    gb1 = iban_make("GB", "HBUK40051882450713")
    fr1 = iban_make("FR", "30004004710001039746112")
    t1s = say(t1[:3], "he") + ", " + say(t1[3:6], "he") + ", " + say(t1[6:], "he")
    m1s = ", ".join(say(m1[i:i + 4], "he") for i in range(0, 16, 4))
    I = []
    # --- municipality: moving in, arnona account transfer (native speaker)
    I += [
        it("עיריית ראשון לציון, מחלקת גבייה, מדברת מורן, במה אפשר לעזור?", ("name", "מורן")),
        it("היי, שמי אביטל שמעוני, עברנו דירה בתחילת החודש ואני צריכה להעביר את הארנונה על שמי.",
           ("name", "אביטל שמעוני")),
        it("בשמחה אביטל. מה הכתובת של הנכס?", ("name", "אביטל")),
        it("רחוב הרצל 45, דירה 12, קומה רביעית", ("address", "רחוב הרצל 45, דירה 12, קומה רביעית"),
           ctx="בשמחה אביטל. מה הכתובת של הנכס?"),
        it(t1s, ("id", t1s), ctx="ומספר תעודת זהות?"),
        it("החיוב הדו-חודשי לדירה של 96 מטר יוצא 1,184 שקל, והתשלום הבא ב-15 לחודש."),
        it("אם תשלמי בהוראת קבע תקבלי הנחה של 2%, ואפשר גם לפרוס לעשרה תשלומים."),
        it("הבנק שלי לאומי, אממ, רגע, ה-IBAN הוא " + group4(il1), ("iban", group4(il1))),
        it("צריך לשלוח חוזה שכירות ופרוטוקול מסירה עם קריאת מונה מים, למייל של העירייה או בפקס."),
        it("המייל avital.shimoni שטרודל gmail נקודה com", ("email", "avital.shimoni שטרודל gmail נקודה com")),
        it("מספר הנכס שלך 20448170, ומספר המשלם 3561902, תרשמי אותם."),
    ]
    # --- water corporation: abnormal consumption (Russian-speaking caller)
    I += [
        it("תאגיד מי השרון, שלום, מדברת שירן.", ("name", "שירן")),
        it("שלום, זה ולדימיר קוזלוב, אבל כולם קוראים לי וולודיה. קיבלתי חשבון מים של אלף שמונה מאות שקל, זה לא יכול להיות!",
           ("name", "ולדימיר קוזלוב"), ("name", "וולודיה")),
        it("אני רואה שהצריכה בחשבון האחרון הייתה 74 קוב לעומת 18 קוב בממוצע, כנראה יש נזילה אחרי המונה."),
        it("הכמות המוזלת היא 3.5 קוב לנפש לחודש, 7.95 שקל לקוב, ומעל זה 14.34 שקל."),
        it("ולדימיר, תסתכל בבקשה על השעון, אם כל הברזים סגורים והמשולש האדום מסתובב, יש נזילה.",
           ("name", "ולדימיר")),
        it("כן כן, מסתובב. המונה מראה אחת שמונה ארבע שלוש נקודה שש."),
        it("רחוב ויצמן 88 דירה 3 כפר סבא", ("address", "רחוב ויצמן 88 דירה 3 כפר סבא"),
           ctx="מה הכתובת של הנכס?"),
        it("נולדתי בשלושה עשר בינואר חמישים ותשע", ("date_of_birth", "שלושה עשר בינואר חמישים ותשע")),
        it("הטלפון שלי אפס חמש שלוש, שבע אחת שתיים, שלוש שלוש ארבע חמש",
           ("phone", "אפס חמש שלוש, שבע אחת שתיים, שלוש שלוש ארבע חמש")),
        it("אפשר להגיש בקשה להכרה בנזילה תוך 60 יום עם חשבונית של שרברב, ואז נחייב את העודף בתעריף הנמוך."),
        it("volodya.kozlov59@mail.ru, זה המייל", ("email", "volodya.kozlov59@mail.ru")),
    ]
    # --- private electricity supplier: switching plan (Anglo immigrant, code-switching)
    I += [
        it("שלום, הגעת לחשמל בשקל, מדבר אלון.", ("name", "אלון")),
        it("Hi, um, sorry, my Hebrew is not great. קוראים לי מייק רוזנברג, I want to switch to your plan, ה-מסלול לילה.",
           ("name", "מייק רוזנברג")),
        it("אין בעיה מייק, we can do it in English. המסלול שלנו נותן 20% הנחה בין 23:00 ל-7:00 בבוקר.",
           ("name", "מייק")),
        it("מספר החוזה 346 0021 587, it's on the top of the bill",
           ctx="I need the contract number from the electric bill, מספר חוזה, ten digits."),
        it("My teudat zehut is " + " ".join(t2), ("id", " ".join(t2))),
        it("Visa, " + group4(v1), ("card", group4(v1))),
        it("המייל שלי mike dot rosenberg dot tlv at gmail dot com",
           ("email", "mike dot rosenberg dot tlv at gmail dot com")),
        it("my number is plus nine seven two, five four, eight eight one, two zero six seven",
           ("phone", "plus nine seven two, five four, eight eight one, two zero six seven")),
        it("For refunds use my UK account please, " + group4(gb1), ("iban", group4(gb1))),
    ]
    # --- municipal hotline: bulky waste pickup (Ethiopian-Israeli caller)
    I += [
        it("מוקד 106 של עיריית נתניה, שלום, מדבר אביחי.", ("name", "אביחי")),
        it("שלום, אני ורקו טספאיה, אני רוצה להזמין פינוי של ספה ומקרר ישן.", ("name", "ורקו טספאיה")),
        it("פינוי פסולת גושית בשכונה שלך בימי שלישי, אפשר להוציא את הפריטים מיום שני אחרי 18:00."),
        it("רחוב ששת הימים 9, כניסה ב', נתניה", ("address", "רחוב ששת הימים 9, כניסה ב', נתניה"),
           ctx="לאיזו כתובת להגיע?"),
        it("עד 3 פריטים בחינם, מעל זה 150 שקל לכל פריט נוסף, והקריאה שלך מספר 1048872."),
        it("אפשר להשאיר טלפון? כן, 050-441-8372", ("phone", "050-441-8372")),
        it("תודה ורקו, יום טוב.", ("name", "ורקו")),
    ]
    # --- cylinder gas supplier (Arab citizen speaking Hebrew)
    I += [
        it("גז-לי שלום, מדברת ליאת.", ("name", "ליאת")),
        it("שלום, שמי סאמר ח'ורי מחיפה, נגמר לי הגז ואני מחכה כבר יומיים להחלפת בלון.",
           ("name", "סאמר ח'ורי")),
        it("בלון של 48 קילו עולה 389 שקל כולל משלוח, והמשאית מגיעה לוואדי ניסנאס רק בימי רביעי."),
        it("רחוב אל-מותנבי 14, קומה שנייה, חיפה", ("address", "רחוב אל-מותנבי 14, קומה שנייה, חיפה"),
           ctx="לאיזו כתובת המשלוח?"),
        it("מאסטרקארד. " + m1s, ("card", m1s)),
        it("1.4.1987", ("date_of_birth", "1.4.1987"), ctx="תאריך לידה של בעל החשבון?"),
        it("ההזמנה נקלטה, מספר הזמנה 559-2081, המשלוח ביום רביעי בין 8 ל-14."),
        it("תודה סאמר, שיהיה לך יום טוב.", ("name", "סאמר")),
    ]
    # --- electricity company: debt before disconnection (French immigrant)
    I += [
        it("שלום, אני יוני בנחמו, קיבלתי הודעה על ניתוק חשמל ואני רוצה לשלם את החוב.",
           ("name", "יוני בנחמו")),
        it("החוב עומד על 2,317.40 שקל משלושה חשבונות, ההודעה נשלחה ב-4 במרץ והניתוק מתוכנן ל-18 במרץ."),
        it("אמריקן אקספרס, " + a1[:4] + " " + a1[4:10] + " " + a1[10:], ("card", a1[:4] + " " + a1[4:10] + " " + a1[10:])),
        it("יש לי גם חשבון בצרפת, " + group4(fr1) + ", אפשר להחזיר לשם?", ("iban", group4(fr1))),
        it("הנייד שלי 0523381907", ("phone", "0523381907")),
        it('נולדתי בט"ו בשבט תשמ"ה', ("date_of_birth", 'ט"ו בשבט תשמ"ה')),
        it("התשלום נקלט ויופיע בחשבון תוך 3 ימי עסקים, מספר אסמכתא 81004522."),
    ]
    return I



def he_b():
    t3, t4, t5 = tz_make("20955817"), tz_make("33418206"), tz_make("06472153")
    t6, t7, t8 = tz_make("32190874"), tz_make("01385569"), tz_make("34027716")
    d1 = luhn_complete("3641882705993")
    v2 = luhn_complete("491766550280473")
    m2 = luhn_complete("552209174638820")
    m3 = luhn_complete("222340098812645")
    v3 = luhn_complete("401277550913826")
    il2 = iban_make("IL", "0126920000000571346")
    il3 = iban_make("IL", "0200840000004418902")
    il4 = iban_make("IL", "0117330000028805417")
    il5 = iban_make("IL", "0310050000000921377")
    il6 = iban_make("IL", "0540290000000660128")
    t4m = say(t4, "he_m")
    v2s = say(v2[:8], "he") + ", " + v2[8:12] + " " + v2[12:]
    I = []
    # --- water corporation: moving out, final reading and refund (Ukrainian-born caller)
    I += [
        it("מי גבעתיים שלום, מדברת דנה, איך אפשר לעזור?", ("name", "דנה")),
        it("שלום, אני סבטלנה מלניק, סבטה, אני עוזבת את הדירה ב-30 לחודש ורוצה לסגור את החשבון.",
           ("name", "סבטלנה מלניק"), ("name", "סבטה")),
        it("רחוב סוקולוב 23, דירה 8", ("address", "רחוב סוקולוב 23, דירה 8"),
           ctx="מה הכתובת של הדירה שאת עוזבת?"),
        it("אממ, תעודת זהות " + t3[:3] + "-" + t3[3:6] + "-" + t3[6:], ("id", t3[:3] + "-" + t3[3:6] + "-" + t3[6:])),
        it("ביום העזיבה תצלמי את המונה ותשלחי לנו, אם יצא זיכוי הוא יוחזר תוך 30 יום."),
        it("זיכוי לחשבון בנק, הנה: " + il2, ("iban", il2)),
        it("sveta.melnik78@gmail.com", ("email", "sveta.melnik78@gmail.com"), ctx="לאיזה מייל לשלוח את החשבון הסופי?"),
        it("14.02.1978", ("date_of_birth", "14.02.1978"), ctx="ותאריך לידה לאימות?"),
        it("החשבון האחרון היה לתקופה 1.11 עד 31.12, ועמד על 287.60 שקל כולל ביוב."),
    ]
    # --- municipality: senior citizen arnona discount, son calls for his mother
    I += [
        it("שלום, אני מתקשר בשביל אמא שלי, שושנה פרץ, היא בת 76 ולא מקבלת את ההנחה של אזרח ותיק.",
           ("name", "שושנה פרץ")),
        it("אני צריכה את תעודת הזהות שלה ואת הכתובת."),
        it(t4m, ("id", t4m), ctx="אני צריכה את תעודת הזהות שלה ואת הכתובת."),
        it("רחוב הגפן 5, קריית שמונה, ליד הבית כנסת", ("address", "רחוב הגפן 5, קריית שמונה, ליד הבית כנסת"),
           ctx="אני צריכה את תעודת הזהות שלה ואת הכתובת."),
        it("היא נולדה בעשרים ושניים במאי אלף תשע מאות ארבעים ושמונה",
           ("date_of_birth", "עשרים ושניים במאי אלף תשע מאות ארבעים ושמונה")),
        it("ההנחה לאזרח ותיק היא 25% על 100 מטר ראשונים, והיא תחול רטרואקטיבית מינואר."),
        it("המייל שלי שושי פרץ שטרודל וואלה נקודה קו נקודה איי אל, זה של אמא",
           ("email", "שושי פרץ שטרודל וואלה נקודה קו נקודה איי אל")),
        it("תודה רבה, גברת פרץ תקבל מכתב תוך 14 ימי עבודה.", ("name", "פרץ")),
    ]
    # --- electricity: smart meter installation appointment
    I += [
        it("אנחנו מחליפים את המונים בכל הבניין ביום ראשון ה-12 באוקטובר, בין 8:00 ל-12:00."),
        it("ההפסקה בחשמל תהיה בערך חצי שעה, תדאגו שהמקרר לא ייפתח."),
        it("מספר המונה הישן 18-440921, והקריאה האחרונה הייתה 04582 קוט\"ש."),
        it("קוראים לי אלי מזרחי, אני ועד הבית, אפשר לתאם גם לדיירים האחרים?", ("name", "אלי מזרחי")),
        it("הטלפון שלי אפס חמישים וארבע, תשע מאות ועשרים, אחת עשרה שבעים ושש",
           ("phone", "אפס חמישים וארבע, תשע מאות ועשרים, אחת עשרה שבעים ושש")),
        it("eli.mizrahi1965@hotmail.com", ("email", "eli.mizrahi1965@hotmail.com"), ctx="ולאיזה מייל לשלוח את האישור?"),
        it("הטכנאים יחנו ברחוב הרקפת ליד קניון אורות, יש שם חניה ציבורית עד 20:00."),
        it("רחוב ז'בוטינסקי 12/4, קריית ביאליק", ("address", "רחוב ז'בוטינסקי 12/4, קריית ביאליק"),
           ctx="מה הכתובת המדויקת?"),
    ]
    # --- solar panels on a moshav: net metering payments
    I += [
        it("שלום, משה בן דוד ממושב בית זית, התקנתי פאנלים על הגג של הלול ולא קיבלתי תשלום כבר שלושה חודשים.",
           ("name", "משה בן דוד")),
        it("משק 28, מושב בית זית, ד.נ. הרי יהודה", ("address", "משק 28, מושב בית זית, ד.נ. הרי יהודה"),
           ctx="מה הכתובת של המתקן?"),
        it("המערכת שלך 15 קילוואט, והתעריף המובטח 48 אגורות לקוט\"ש ל-25 שנה."),
        it("התשלום נכנס לחשבון בבנק הפועלים, " + group4(il3), ("iban", group4(il3))),
        it("ת\"ז " + say(t5[:4], "he") + " " + t5[4:], ("id", say(t5[:4], "he") + " " + t5[4:])),
        it("moshe קו תחתון bz שטרודל gmail נקודה com", ("email", "moshe קו תחתון bz שטרודל gmail נקודה com"),
           ctx="מייל לשליחת דו\"ח הייצור?"),
        it("הדו\"ח של חודש אוגוסט מראה 2,140 קוט\"ש, כלומר 1,027 שקל, שישולמו עד סוף נובמבר."),
        it("אפשר לפנות גם לטלפון הנייח, 02-5347718", ("phone", "02-5347718")),
    ]
    # --- water corporation emergency line: sewage blockage
    I += [
        it("מוקד תקלות מי גבעתיים, יש סתימת ביוב בבניין?"),
        it("כן, השוחה בחצר עולה על גדותיה מהבוקר, ביום שישי אותו דבר."),
        it("צוות יגיע תוך שעתיים עד ארבע, מספר קריאה 7734-22, אם הסתימה בקו הפרטי החיוב 650 שקל."),
        it("השוחה של העירייה נמצאת ברחוב כצנלסון ליד הגן העירוני, מול בית ספר ברנר."),
        it("הקו הראשי בשכונה הוחלף ב-2019, אבל בבניינים ישנים מ-1962 יש עדיין צנרת אסבסט."),
    ]
    # --- more lines from the same contact centres
    I += [
        it("דיינרס, " + d1[:4] + " " + d1[4:10] + " " + d1[10:], ("card", d1[:4] + " " + d1[4:10] + " " + d1[10:])),
        it("ויזה " + v2s, ("card", v2s)),
        it("המספר של הכרטיס " + m2, ("card", m2)),
        it("מאסטרקארד " + " ".join(m3[i:i + 4] for i in range(0, 16, 4)) + ", תוקף 11/27",
           ("card", " ".join(m3[i:i + 4] for i in range(0, 16, 4)))),
        it(v3[:4] + " " + v3[4:8] + "... כן... " + v3[8:12] + " " + v3[12:],
           ("card", v3[:4] + " " + v3[4:8], None, "part"), ("card", v3[8:12] + " " + v3[12:], None, "part"),
           ctx="תקריא לי לאט את מספר הכרטיס."),
        it("חשבון לזיכוי " + group4(il4), ("iban", group4(il4))),
        it("ה-IBAN שלי בבנק הבינלאומי " + il5, ("iban", il5)),
        it("אי אל שבעים, אפס חמש ארבע אפס, " + group4(il6)[10:], ("iban", "אי אל שבעים, אפס חמש ארבע אפס, " + group4(il6)[10:])),
        it("תעודת זהות " + t6, ("id", t6)),
        it("זה אפס אחת שלוש, שמונה חמש חמש, שש תשע שבע", ("id", "אפס אחת שלוש, שמונה חמש חמש, שש תשע שבע"),
           ctx="מספר זהות עם ספרת ביקורת?"),
        it("ת.ז. " + t8[:8] + " ספרת ביקורת " + t8[8], ("id", t8[:8] + " ספרת ביקורת " + t8[8])),
        it("הטלפון 03-6192458 בבית, אחרי שש", ("phone", "03-6192458")),
        it("נייד של הבת שלי, +972 58 771 3046", ("phone", "+972 58 771 3046")),
        it("y.tesfaye@outlook.co.il", ("email", "y.tesfaye@outlook.co.il"), ctx="יש לך כתובת מייל?"),
        it("תאריך לידה שלוש בספטמבר שישים וחמש", ("date_of_birth", "שלוש בספטמבר שישים וחמש")),
        it("06/12/1990", ("date_of_birth", "06/12/1990"), ctx="מה תאריך הלידה שלך?"),
        it("שדרות ירושלים 118, קומה 2, יפו", ("address", "שדרות ירושלים 118, קומה 2, יפו"),
           ctx="לאיזו כתובת לשלוח את הטכנאי?"),
    ]
    # --- non-personal lines
    I += [
        it("בחשבון של ספטמבר חויבת 312 שקל על 26 קוב, כולל 86 שקל ביוב וטיהור."),
        it("פינוי גזם בשכונת נווה שאנן בימי חמישי, עד 2 מטר מעוקב לבית."),
        it("ההסדר שלך: 6 תשלומים של 385 שקל, הראשון ב-10 בנובמבר."),
        it("המונה הדיגיטלי מראה 007241, ספרות אדומות לא רושמים."),
        it("הטכנאי של חברת החשמל יגיע ביום שלישי, ה-5 במרץ, בין 12 ל-4."),
        it("ארנונה לעסקים זה מחלקה אחרת, שלוחה 3, הם עובדים עד 15:30."),
        it("האגרה לחיבור מונה מים חדש היא 1,960 שקל לדירה של עד 4 חדרים."),
        it("אחרי הגשם של יום שני הייתה הפסקת חשמל בגבעת שמואל מ-22:10 עד 01:45."),
        it("מספר הלקוח 7302281944 מופיע בצד ימין למעלה, מתחת לשם חברת החשמל."),
    ]
    return I


LANGS["he"] = lambda: he_a() + he_b()



# ================================================================ Greek

_EL_ONES = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά δέκα έντεκα δώδεκα δεκατρία " \
    "δεκατέσσερα δεκαπέντε δεκαέξι δεκαεφτά δεκαοχτώ δεκαεννιά".split()
_EL_TENS = "_ _ είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα ενενήντα".split()
_EL_HUND = "_ εκατό διακόσια τριακόσια τετρακόσια πεντακόσια εξακόσια εφτακόσια οχτακόσια εννιακόσια".split()


def el_num(n):
    if n < 20:
        return _EL_ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return _EL_TENS[t] + (" " + _EL_ONES[o] if o else "")
    h, r = divmod(n, 100)
    if r == 0:
        return _EL_HUND[h]
    return ("εκατόν" if h == 1 else _EL_HUND[h]) + " " + el_num(r)


def el_groups(d, sizes, sep=", "):
    """Read digits in groups as numbers, as Greeks read phone numbers and tax numbers."""
    out, i = [], 0
    for n in sizes:
        g = d[i:i + n]
        i += n
        words = []
        while len(g) > 1 and g[0] == "0":
            words.append("μηδέν")
            g = g[1:]
        words.append(el_num(int(g)))
        out.append(" ".join(words))
    assert i == len(d), (d, sizes)
    return sep.join(out)


def el_a():
    f1, f2, f3 = afm_make("04418273"), afm_make("13390527"), afm_make("10576284")
    v1 = luhn_complete("476173020481559")
    cy1 = iban_make("CY", "002001950000357018342117")
    gr1 = iban_make("GR", "01101250000000123477019")
    gr2 = iban_make("GR", "01720840005084027715533")
    f1s = say(f1[:3], "el") + ", " + say(f1[3:6], "el") + ", " + say(f1[6:], "el")
    f3s = el_groups(f3, (3, 2, 2, 2))
    gr2s = "GR " + el_num(int(gr2[2:4])) + ", " + say(gr2[4:], "el")
    ph_cy = el_groups("99634128", (2, 2, 2, 2))
    ph_k = el_groups("6973214567", (1, 2, 3, 2, 2))
    ph_v = el_groups("2105732189", (3, 3, 2, 2))
    I = []
    # --- electricity supplier: estimated bill, older Athenian caller
    I += [
        it("Ηλεκτρική Αιγαίου, καλησπέρα σας, ονομάζομαι Μαρία, πώς μπορώ να σας εξυπηρετήσω;", ("name", "Μαρία")),
        it("Καλησπέρα, με λένε Γιώργο Παπαδόπουλο, εεε, μου ήρθε ένας λογαριασμός τετρακόσια ευρώ και δεν καταλαβαίνω γιατί.",
           ("name", "Γιώργο Παπαδόπουλο")),
        it("Μάλιστα κύριε Παπαδόπουλε, μου λέτε τον αριθμό παροχής; Είναι πάνω αριστερά στον λογαριασμό.",
           ("name", "Παπαδόπουλε")),
        it("Ναι, 1 23456789-01 7, όχι, συγγνώμη, 1 23456780-01 7.",
           ctx="Μάλιστα κύριε Παπαδόπουλε, μου λέτε τον αριθμό παροχής;"),
        it("Ο λογαριασμός είναι έναντι, από 12 Ιανουαρίου έως 11 Μαρτίου, και περιλαμβάνει 86,40 ευρώ δημοτικά τέλη και 9,12 ΤΑΠ."),
        it("Η τελευταία πραγματική καταμέτρηση ήταν 18.342 κιλοβατώρες, τον Νοέμβριο."),
        it("ΑΦΜ " + f1s, ("id", f1s), ctx="Για την ταυτοποίηση, το ΑΦΜ σας;"),
        it("Γεννήθηκα στις δώδεκα Μαΐου του πενήντα τέσσερα.", ("date_of_birth", "δώδεκα Μαΐου του πενήντα τέσσερα")),
        it("Το σταθερό μου είναι 210 654 3218, κινητό δεν έχω.", ("phone", "210 654 3218")),
        it("Θα σας στείλουμε εκκαθαριστικό με την πραγματική ένδειξη, οπότε θα πληρώσετε περίπου 212 ευρώ αντί για 398,75."),
        it("Ευχαριστώ πολύ κύριε Γιώργο, καλό απόγευμα.", ("name", "Γιώργο")),
    ]
    # --- Cyprus: moving home, electricity account in a new name (Cypriot dialect)
    I += [
        it("Καλημέρα, Κυπριακή Ενεργειακή, εν η Άντρη, πώς μπορώ να βοηθήσω;", ("name", "Άντρη")),
        it("Καλημέρα, Χαράλαμπος Χριστοδούλου, Χαμπή με φωνάζουν, μετακόμισα τζαι θέλω να περάσει το ρεύμα στο όνομά μου.",
           ("name", "Χαράλαμπος Χριστοδούλου"), ("name", "Χαμπή")),
        it("Μακαρίου Γ' 28, διαμέρισμα 301, Λεμεσός 3025", ("address", "Μακαρίου Γ' 28, διαμέρισμα 301, Λεμεσός 3025"),
           ctx="Ποια εν η καινούργια διεύθυνση;"),
        it("Η εγγύηση για οικιακό λογαριασμό εν 150 ευρώ, τζαι η σύνδεση γίνεται σε δύο με τρεις εργάσιμες."),
        it("Το κινητό μου εν " + ph_cy, ("phone", ph_cy)),
        it("Για την πάγια εντολή, " + group4(cy1), ("iban", group4(cy1))),
        it("champis.christodoulou at cytanet dot com dot cy", ("email", "champis.christodoulou at cytanet dot com dot cy"),
           ctx="Τζαι ένα email για τους λογαριασμούς;"),
        it("Στις τρεις Ιουνίου του ογδόντα ένα", ("date_of_birth", "τρεις Ιουνίου του ογδόντα ένα"),
           ctx="Ημερομηνία γέννησης;"),
        it("Ο προηγούμενος ένοικος άφησε οφειλή 86 ευρώ, αλλά εν χρεώνεται σε σας, κλείνει με την τελική ένδειξη της 30ής Απριλίου."),
        it("Εντάξει κύριε Χριστοδούλου, θα σας έρθει μήνυμα.", ("name", "Χριστοδούλου")),
    ]
    # --- municipal water company: leak at the meter pit (younger caller)
    I += [
        it("ΔΕΥΑ Χαλκίδας, βλάβες, παρακαλώ."),
        it("γεια σας λέγομαι κατερίνα νικολάου τρέχει νερό από το φρεάτιο του μετρητή εδώ και δύο μέρες",
           ("name", "κατερίνα νικολάου")),
        it("Αγγελή Γοβιού 17, στη γωνία με Κριεζώτου", ("address", "Αγγελή Γοβιού 17, στη γωνία με Κριεζώτου"),
           ctx="Σε ποια διεύθυνση;"),
        it("Σας καταχώρησα τη βλάβη με αριθμό 4471/2024, το συνεργείο θα έρθει αύριο μέχρι τις 3 το μεσημέρι."),
        it("κινητό " + ph_k, ("phone", ph_k)),
        it("Αν η διαρροή είναι μετά τον μετρητή, είναι ευθύνη του ιδιοκτήτη, και η κατανάλωση χρεώνεται κανονικά με 0,62 ευρώ το κυβικό."),
        it("katerina.nikolaou92 παπάκι gmail τελεία com", ("email", "katerina.nikolaou92 παπάκι gmail τελεία com"),
           ctx="Ένα email για να σας στείλουμε την αναφορά;"),
        it("Ο λογαριασμός νερού είναι τετράμηνος, ο επόμενος θα έρθει τον Σεπτέμβριο."),
    ]
    # --- municipality: bulky waste pickup (elderly caller)
    I += [
        it("Δήμος Περιστερίου, τμήμα καθαριότητας, καλημέρα."),
        it("Καλημέρα παιδί μου, είμαι η Ευαγγελία Σταματοπούλου, θέλω να πάρετε έναν παλιό καναπέ.",
           ("name", "Ευαγγελία Σταματοπούλου")),
        it("Η αποκομιδή ογκωδών γίνεται κάθε Τετάρτη, να τον βγάλετε Τρίτη βράδυ μετά τις εννιά, δωρεάν μέχρι τρία αντικείμενα."),
        it("Θερμοπυλών 54, Περιστέρι, δίπλα στο φούρνο", ("address", "Θερμοπυλών 54, Περιστέρι, δίπλα στο φούρνο"),
           ctx="Τη διεύθυνση, κυρία μου;"),
        it("Το τηλέφωνό μου είναι " + ph_v, ("phone", ph_v)),
        it("Εντάξει κυρία Σταματοπούλου, το σημειώσαμε με αριθμό αιτήματος 2318.", ("name", "Σταματοπούλου")),
    ]
    # --- natural gas connection, Thessaloniki
    I += [
        it("Αέριο Βορρά, καλησπέρα, είμαι ο Νίκος.", ("name", "Νίκος")),
        it("Καλησπέρα, Δημήτρης Καραγιάννης εδώ, θέλω να βάλω φυσικό αέριο στο διαμέρισμα.",
           ("name", "Δημήτρης Καραγιάννης")),
        it("Το τέλος σύνδεσης είναι 250 ευρώ, και με το πρόγραμμα επιδότησης καλύπτεται το 60% της εσωτερικής εγκατάστασης."),
        it("Εγνατίας 132, 3ος όροφος, Θεσσαλονίκη 54630", ("address", "Εγνατίας 132, 3ος όροφος, Θεσσαλονίκη 54630"),
           ctx="Διεύθυνση ακινήτου;"),
        it("Το ΑΦΜ μου " + f2[:3] + " " + f2[3:6] + " " + f2[6:], ("id", f2[:3] + " " + f2[3:6] + " " + f2[6:])),
        it("Θα πληρώσω με κάρτα, Visa, " + group4(v1) + ".", ("card", group4(v1))),
        it("Η αυτοψία θα γίνει Πέμπτη 18 Απριλίου, 10 με 2, και ο τεχνικός θα σας πάρει τηλέφωνο μισή ώρα πριν."),
        it("dkaragiannis@yahoo.gr", ("email", "dkaragiannis@yahoo.gr"), ctx="Email;"),
        it("Για πάγια εντολή, " + group4(gr1), ("iban", group4(gr1))),
    ]
    # --- electricity debt and the social tariff
    I += [
        it("Καλημέρα, λέγομαι Σάββας Ιωαννίδης, έχω ειδοποίηση διακοπής για χρέος 640 ευρώ.",
           ("name", "Σάββας Ιωαννίδης")),
        it("Μπορούμε να κάνουμε ρύθμιση σε 12 δόσεις των 53,33 ευρώ, η πρώτη μέχρι τις 20 του μήνα."),
        it(f3s, ("id", f3s), ctx="Πείτε μου το ΑΦΜ του δικαιούχου."),
        it("15/03/1958", ("date_of_birth", "15/03/1958"), ctx="Και ημερομηνία γέννησης;"),
        it("Ο λογαριασμός για την επιστροφή: " + gr2s, ("iban", gr2s)),
        it("Στο +30 694 812 3307 με βρίσκετε πάντα.", ("phone", "+30 694 812 3307")),
        it("Με το ΚΟΤ έχετε έκπτωση 42 ευρώ τον μήνα στις πρώτες 300 κιλοβατώρες."),
    ]
    return I



def el_b():
    f4, f5, f6 = afm_make("06623910"), afm_make("11842067"), afm_make("02957318")
    f7, f8 = afm_make("14260973"), afm_make("07314452")
    k1 = luhn_complete("535210487766390")
    k2 = luhn_complete("516732209184477")
    k3 = luhn_complete("37451209887563")
    k4 = luhn_complete("426311884029")
    k5 = luhn_complete("491648201175320")
    k6 = luhn_complete("222711058839462")
    k7 = luhn_complete("601100782245913")
    gr3 = iban_make("GR", "02601450000350201163982")
    gr4 = iban_make("GR", "01402250225002101847306")
    gr5 = iban_make("GR", "01108870000088761452004")
    cy2 = iban_make("CY", "005004410000004410782360")
    cy3 = iban_make("CY", "018000270000000270059331")
    k2s = el_groups(k2, (2, 2, 2, 2, 2, 2, 2, 2), sep=" ")
    f6s = say(f6, "el")
    cy3s = "CY " + el_num(int(cy3[2:4])) + ", " + ", ".join(
        say(cy3[i:i + 4], "el") for i in range(4, 28, 4))
    I = []
    # --- Cyprus water board: British retiree in Paphos, Greek with English
    I += [
        it("Συμβούλιο Υδατοπρομήθειας, καλημέρα σας, είμαι ο Στέλιος.", ("name", "Στέλιος")),
        it("Καλημέρα, sorry, τα ελληνικά μου λίγο... με λένε Peter Hughes, έχω σπίτι στην Τάλα.",
           ("name", "Peter Hughes")),
        it("Κανένα πρόβλημα κύριε Hughes, μπορούμε και στα αγγλικά. Τι ακριβώς συμβαίνει;", ("name", "Hughes")),
        it("The water bill is 412 euros for four months, normally it's about 90."),
        it("Αγίου Νεοφύτου 9, Τάλα, Πάφος 8577", ("address", "Αγίου Νεοφύτου 9, Τάλα, Πάφος 8577"),
           ctx="Τη διεύθυνση του ακινήτου, παρακαλώ;"),
        it("Θα στείλουμε τεχνικό να ελέγξει τον μετρητή, μέσα σε 5 εργάσιμες, η επίσκεψη κοστίζει 35 ευρώ αν ο μετρητής είναι εντάξει."),
        it("my mobile is plus three five seven, nine nine, four one eight, two oh seven",
           ("phone", "plus three five seven, nine nine, four one eight, two oh seven")),
        it("peter.hughes.paphos@gmail.com", ("email", "peter.hughes.paphos@gmail.com"), ctx="Και το email σας;"),
        it("You can take the 35 from my card, Mastercard " + group4(k1), ("card", group4(k1))),
        it("Date of birth, seventh of July 1949.", ("date_of_birth", "seventh of July 1949")),
    ]
    # --- electricity: student moving into a flat in Patras
    I += [
        it("Γεια σας, είμαι η Βασιλική Ζαχαρίου, Βίκυ, νοίκιασα φοιτητικό στην Πάτρα και θέλω να γίνει αλλαγή ονόματος στο ρεύμα.",
           ("name", "Βασιλική Ζαχαρίου"), ("name", "Βίκυ")),
        it("Κορίνθου 215, δεύτερος όροφος, Πάτρα", ("address", "Κορίνθου 215, δεύτερος όροφος, Πάτρα"),
           ctx="Ποια είναι η διεύθυνση της παροχής;"),
        it("Θα χρειαστώ το μισθωτήριο από το Taxisnet και την τελευταία ένδειξη του μετρητή."),
        it("ΑΦΜ " + f6s, ("id", f6s)),
        it("εεε είκοσι εννιά του Δεκέμβρη του ενενήντα εννιά",
           ("date_of_birth", "είκοσι εννιά του Δεκέμβρη του ενενήντα εννιά"), ctx="Ημερομηνία γέννησης;"),
        it("vicky_zach παπάκι hotmail τελεία com", ("email", "vicky_zach παπάκι hotmail τελεία com"),
           ctx="Ένα email για τον ηλεκτρονικό λογαριασμό;"),
        it("Η εγγύηση είναι 50 ευρώ και θα χρεωθεί στον πρώτο λογαριασμό, που θα έρθει σε περίπου 2 μήνες."),
        it("Θα το πληρώσει ο μπαμπάς μου με την κάρτα του, " + k2s, ("card", k2s)),
    ]
    # --- municipal fees and TAP on the electricity bill, Heraklion
    I += [
        it("Καλησπέρα, Μανώλης Σηφάκης, από το Ηράκλειο, μου χρεώνετε δημοτικά τέλη για 140 τετραγωνικά ενώ το σπίτι είναι 95.",
           ("name", "Μανώλης Σηφάκης")),
        it("Τα τετραγωνικά τα δηλώνει ο δήμος, κύριε Σηφάκη, πρέπει να πάτε στο τμήμα εσόδων με το συμβόλαιο.",
           ("name", "Σηφάκη")),
        it("Λεωφόρος Κνωσού 88, Ηράκλειο", ("address", "Λεωφόρος Κνωσού 88, Ηράκλειο"), ctx="Τη διεύθυνση της παροχής;"),
        it("Ο συντελεστής είναι 1,45 ευρώ το τετραγωνικό τον χρόνο, και ο ΤΑΠ 0,35 τοις χιλίοις επί της αντικειμενικής αξίας."),
        it("Το ΑΦΜ " + f4, ("id", f4)),
        it("Σταθερό 2810 345 672", ("phone", "2810 345 672")),
        it("manolis.sifakis at otenet dot gr", ("email", "manolis.sifakis at otenet dot gr"), ctx="Και email;"),
        it("Το τμήμα εσόδων είναι στην Αγίου Τίτου, δίπλα στην εκκλησία, ανοιχτά Δευτέρα με Παρασκευή 8 με 2."),
    ]
    # --- natural gas heating bill, Larissa
    I += [
        it("Γεια σας, είμαι η Αθανασία Κωνσταντίνου, αλλά όλοι Σούλα με λένε, για τον λογαριασμό του αερίου.",
           ("name", "Αθανασία Κωνσταντίνου"), ("name", "Σούλα")),
        it("Παπαναστασίου 31, Λάρισα 41222", ("address", "Παπαναστασίου 31, Λάρισα 41222"),
           ctx="Διεύθυνση;"),
        it("Ο χειμώνας ήταν βαρύς, καταναλώσατε 1.180 κυβικά από Νοέμβριο ως Φεβρουάριο, σύνολο 689,20 ευρώ."),
        it("soula.k58@yahoo.gr", ("email", "soula.k58@yahoo.gr"), ctx="Σας στέλνουμε την ανάλυση στο email;"),
        it("γεννήθηκα το πενήντα οχτώ, τέσσερις Φεβρουαρίου",
           ("date_of_birth", "πενήντα οχτώ, τέσσερις Φεβρουαρίου")),
        it("Μπορώ να πληρώσω με Amex; " + k3[:4] + " " + k3[4:10] + " " + k3[10:],
           ("card", k3[:4] + " " + k3[4:10] + " " + k3[10:])),
        it("Ο λογαριασμός μου στην Πειραιώς, για την επιστροφή: " + gr3, ("iban", gr3)),
        it("Το ΑΦΜ μου " + el_groups(f5, (3, 3, 3)), ("id", el_groups(f5, (3, 3, 3)))),
    ]
    # --- Cyprus: water cut for an unpaid bill (Cypriot dialect)
    I += [
        it("Καλημέρα, εν η Γιώτα Ευαγόρου, εκόψαν μου το νερό σήμερα το πρωί τζαι επλήρωσα τον λογαριασμό!",
           ("name", "Γιώτα Ευαγόρου")),
        it("Αρχιεπισκόπου Κυπριανού 44, Στρόβολος, Λευκωσία", ("address", "Αρχιεπισκόπου Κυπριανού 44, Στρόβολος, Λευκωσία"),
           ctx="Σε ποια διεύθυνση;"),
        it("Η πληρωμή των 96,50 έγινε στις 14 του μήνα, αλλά η εντολή αποκοπής είχε βγει στις 12."),
        it("Η επανασύνδεση γίνεται σήμερα μέχρι τις 6, τζαι το τέλος επανασύνδεσης των 25 ευρώ θα ακυρωθεί."),
        it("Πληρώνω πάντα από τον λογαριασμό μου, " + cy3s, ("iban", cy3s)),
        it("giota.evagorou παπάκι cytanet τελεία com τελεία cy",
           ("email", "giota.evagorou παπάκι cytanet τελεία com τελεία cy")),
        it("Το τηλέφωνο του σπιτιού 22 481 093", ("phone", "22 481 093")),
        it("Εντάξει κυρία Ευαγόρου, ζητώ συγγνώμη για την ταλαιπωρία.", ("name", "Ευαγόρου")),
    ]
    # --- more lines from the same contact centres
    I += [
        it("η κάρτα είναι " + k4[:4] + " " + k4[4:7] + " " + k4[7:10] + " " + k4[10:] + ", παλιά Visa",
           ("card", k4[:4] + " " + k4[4:7] + " " + k4[7:10] + " " + k4[10:])),
        it("Visa " + say(k5[:8], "el") + ", " + k5[8:12] + " " + k5[12:],
           ("card", say(k5[:8], "el") + ", " + k5[8:12] + " " + k5[12:])),
        it(k6[:4] + " " + k6[4:8] + "... ναι... " + k6[8:12] + " " + k6[12:],
           ("card", k6[:4] + " " + k6[4:8], None, "part"), ("card", k6[8:12] + " " + k6[12:], None, "part"),
           ctx="Πείτε μου τον αριθμό της κάρτας αργά."),
        it("Discover, " + k7, ("card", k7)),
        it("IBAN " + group4(gr4), ("iban", group4(gr4))),
        it("στην Alpha έχω " + gr5 + " νομίζω", ("iban", gr5)),
        it("Κυπριακό λογαριασμό, " + group4(cy2), ("iban", group4(cy2))),
        it("ΑΦΜ " + f7[:2] + " " + f7[2:5] + " " + f7[5:], ("id", f7[:2] + " " + f7[2:5] + " " + f7[5:])),
        it("μηδέν εφτά τρία, ένα σαράντα τέσσερα, πεντακόσια είκοσι οχτώ",
           ("id", "μηδέν εφτά τρία, ένα σαράντα τέσσερα, πεντακόσια είκοσι οχτώ"), ctx="Τον αριθμό φορολογικού μητρώου;"),
        it("Κινητό 6955 443 321", ("phone", "6955 443 321")),
        it("01/09/1966", ("date_of_birth", "01/09/1966"), ctx="Ημερομηνία γέννησης του κατόχου;"),
        it("Είμαι γεννημένος 23.10.1975", ("date_of_birth", "23.10.1975")),
        it("Λεωφόρος Αλεξάνδρας 112, 4ος όροφος, Αθήνα 11473",
           ("address", "Λεωφόρος Αλεξάνδρας 112, 4ος όροφος, Αθήνα 11473"), ctx="Σε ποια διεύθυνση να έρθει ο τεχνικός;"),
    ]
    # --- non-personal lines
    I += [
        it("Η διακοπή ρεύματος από τον ΔΕΔΔΗΕ στην Κηφισιά θα είναι την Τρίτη 9 Ιουλίου από τις 8:30 έως τις 14:00."),
        it("Ο λογαριασμός της 3ης Ιουνίου ήταν 78,30 ευρώ, εξοφλήθηκε στις 21 Ιουνίου."),
        it("Η ένδειξη που μου δώσατε, 045821, είναι μικρότερη από την προηγούμενη, 046002, ξανακοιτάξτε τον μετρητή."),
        it("Το πράσινο τιμολόγιο αυτόν τον μήνα είναι 0,149 ευρώ την κιλοβατώρα, και το πάγιο 5 ευρώ."),
        it("Στις 23 Απριλίου, του Αγίου Γεωργίου, τα γραφεία είναι κλειστά, ανοίγουμε πάλι Τετάρτη."),
        it("Ο αριθμός παροχής νερού είναι 10428-77 και το συμβόλαιο ξεκίνησε την 1η Οκτωβρίου 2021."),
        it("Η ΔΕΥΑ Λάρισας αύξησε το τέλος αποχέτευσης κατά 8%, από 0,40 σε 0,43 το κυβικό."),
        it("Ο κάδος ανακύκλωσης αδειάζει κάθε Παρασκευή, ο πράσινος κάθε μέρα εκτός Κυριακής."),
        it("Αν δεν πληρωθεί ως τις 15 Μαΐου, θα σταλεί ειδοποίηση διακοπής, και μετά από 20 μέρες γίνεται η αποκοπή."),
        it("Η επόμενη καταμέτρηση στην περιοχή σας είναι στα τέλη Αυγούστου, ο καταμετρητής περνάει 9 με 1."),
        it("Το φωτοβολταϊκό σας, 6 κιλοβάτ, συμψηφίζει περίπου 7.400 κιλοβατώρες τον χρόνο με το net metering."),
        it("Μετά τις 31 Δεκεμβρίου η έκπτωση συνέπειας 5% χάνεται αν ο λογαριασμός πληρωθεί εκπρόθεσμα."),
        it("Στη Νέα Σμύρνη και στον Άγιο Δημήτριο δεν θα έχει νερό την Πέμπτη από τις 10 ως τις 4, λόγω εργασιών της ΕΥΔΑΠ."),
        it("Το αίτημά σας με αριθμό 2024-0031877 προωθήθηκε στο τμήμα μετρητών, θα απαντήσουν σε 10 εργάσιμες."),
    ]
    return I


LANGS["el"] = lambda: el_a() + el_b()


# ---------------------------------------------------------------- main


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    outdir = os.path.join(root, "data", "redaction", "blind58")
    os.makedirs(outdir, exist_ok=True)
    for code, fn in LANGS.items():
        items = fn()
        lines = build(items)
        with open(os.path.join(outdir, code + ".jsonl"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        counts = {}
        for ln in lines:
            for s in json.loads(ln)["spans"]:
                counts[s["kind"]] = counts.get(s["kind"], 0) + 1
        empty = sum(1 for ln in lines if not json.loads(ln)["spans"])
        print(code, len(lines), "items,", empty, "non-personal,",
              sum(counts.values()), "spans", dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
