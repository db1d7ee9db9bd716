#!/usr/bin/env python3
"""Held-out evaluation set "blind51" for the call-transcript personal-data redactor.

Written by a helper session that worked only from a written brief: it never opened,
listed or read the redactor, its rules, its tests, or any other evaluation set or
generator. All values are invented; check digits (Luhn, mod-97, Teudat Zehut, AFM,
Saudi ID/Iqama) are computed here, and non-personal long numbers are asserted to fail
those checks.

Output: data/redaction/blind51/{en,ar,he,el}.jsonl, one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}
kind is one of card, iban, id, phone, email, date_of_birth, name, address;
start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive), found by
searching for each span's substring in order. "context" (optional) is an earlier line
of the same call; it is not scored. Items with empty spans are non-personal.

Sectors (home, building and property services): see SECTORS below.
Deterministic, standard library only: python3 benches/redaction/make_blind51.py
"""
import json
import os
import re

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}
OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                       "data", "redaction", "blind51")

# ---------------------------------------------------------------- check digits
def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def luhn(prefix):
    """Complete prefix with a Luhn check digit."""
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "MA": 28, "LB": 28, "QA": 29, "KW": 30,
            "BH": 22, "FR": 27, "NL": 18, "TR": 26}


def _iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(iban):
    iban = iban.replace(" ", "")
    return (iban[:2] in IBAN_LEN and len(iban) == IBAN_LEN[iban[:2]]
            and _iban_num(iban[4:] + iban[:4]) % 97 == 1)


def iban(cc, bban, group=True):
    chk = 98 - _iban_num(bban + cc + "00") % 97
    s = "%s%02d%s" % (cc, chk, bban)
    assert len(s) == IBAN_LEN[cc], (s, len(s))
    assert iban_ok(s)
    if group:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def tz_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    s = 0
    for i, c in enumerate(d):
        n = int(c) * (1 + i % 2)
        s += n // 10 + n % 10
    return s % 10 == 0


def tz(prefix8):
    for c in "0123456789":
        if tz_ok(prefix8 + c):
            return prefix8 + c
    raise AssertionError


def afm_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return s % 11 % 10 == int(d[8])


def afm(prefix8):
    s = sum(int(prefix8[i]) * 2 ** (8 - i) for i in range(8))
    d = prefix8 + str(s % 11 % 10)
    assert afm_ok(d)
    return d


def saudi(prefix9):
    assert prefix9[0] in "12" and len(prefix9) == 9
    return luhn(prefix9)


def ssn(area, group, serial):
    assert 1 <= area <= 899 and area != 666 and 1 <= group <= 99 and 1 <= serial <= 9999
    return "%03d-%02d-%04d" % (area, group, serial)


def card(prefix):
    d = luhn(prefix)
    assert 13 <= len(d) <= 19 and luhn_ok(d)
    return d


def grp(d, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(d[i:i + n])
        i += n
    assert i == len(d), (d, sizes)
    return sep.join(out)


def bad(d):
    """A long non-personal number: assert it passes none of the checks."""
    assert not luhn_ok(d) and not tz_ok(d) and not afm_ok(d) and not iban_ok(d), d
    return d

# ---------------------------------------------------------------- spoken digits
WORDS = {
    "en": "zero one two three four five six seven eight nine".split(),
    "en_oh": "oh one two three four five six seven eight nine".split(),
    "ar": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "ar_eg": "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
    "he": "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split(),
    "he_m": "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split(),
    "el": "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split(),
    "el_f": "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα".split(),
}
AR_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def say(d, lang="en", sep=" "):
    w = WORDS[lang]
    return sep.join(w[int(c)] for c in d if c.isdigit())


def ind(s):
    return s.translate(AR_INDIC)

# ---------------------------------------------------------------- building items
def build(items, lang):
    out = []
    for it in items:
        text, spans = it[0], it[1]
        ctx = it[2] if len(it) > 2 else None
        enc = text.encode("utf-8")
        res, cur = [], 0
        for kind, sub in spans:
            assert kind in KINDS, kind
            i = text.find(sub, cur)
            assert i >= 0, (lang, sub, text)
            b0 = len(text[:i].encode("utf-8"))
            b1 = b0 + len(sub.encode("utf-8"))
            assert enc[b0:b1].decode("utf-8") == sub
            res.append({"kind": kind, "start": b0, "end": b1})
            cur = i + len(sub)
        if not spans:
            check_nonpersonal(text)
        o = {"text": text, "spans": res}
        if ctx:
            o["context"] = ctx
        out.append(o)
    return out


def check_nonpersonal(text):
    t = text.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
    for m in re.finditer(r"\d+(?:[ \-.]\d+)*", t):
        d = re.sub(r"\D", "", m.group())
        if len(d) >= 9:
            bad(d)
        if re.fullmatch(r"[A-Z]{2}\d\d", t[max(0, m.start() - 2):m.start() + 2] or ""):
            raise AssertionError("IBAN-like in non-personal: " + text)


PARTS = {"en": [], "ar": [], "he": [], "el": []}
SECTORS = {"en": [], "ar": [], "he": [], "el": []}

# === LANGUAGE PARTS ===

# ---------------------------------------------------------------- English, part 1
SECTORS["en"] += ["party-wall surveyor", "Japanese knotweed removal", "sash-window restoration",
                  "basement tanking / damp-proofing", "drain CCTV survey",
                  "underfloor-heating installer"]


def en_part1():
    c1 = card("492917340825613")
    c2 = card("539812047765321")
    c3 = card("34761205983417")          # Amex, 15
    ib1 = iban("GB", "NWBK60161331926819")
    ib2 = iban("IE", "AIBK93115212345678")
    s1 = ssn(512, 47, 3381)
    ref1 = bad("20240917731")
    return [
        # --- party-wall surveyor (London)
        ("Good morning, Harcourt Party Wall Surveyors, you're speaking to Priya, how can I help?",
         [("name", "Priya")]),
        ("Hiya, yeah, my name's Gareth Pugh, I've had a party wall notice through from next door.",
         [("name", "Gareth Pugh")]),
        ("Okay, and what's the address of your property?", []),
        ("It's 41 Tollington Park, flat B, London N4 3QW.",
         [("address", "41 Tollington Park, flat B, London N4 3QW")],
         "Okay, and what's the address of your property?"),
        ("They're digging a basement, they want to start on the 3rd of March, and the notice says I've got fourteen days to respond.",
         []),
        ("Our fee for an award is usually between nine hundred and fifty and twelve hundred pounds plus VAT.",
         []),
        ("oh seven nine one one four six three two oh eight",
         [("phone", "oh seven nine one one four six three two oh eight")],
         "Best number to reach you on?"),
        ("gareth dot pugh seventy one at gmail dot com",
         [("email", "gareth dot pugh seventy one at gmail dot com")],
         "Lovely. And an email for the award documents?"),
        ("The neighbour's surveyor is from Brockley Associates, the ones on Lewisham Way, but I don't know them.",
         []),
        # --- Japanese knotweed removal (Manchester)
        ("KnotOut Manchester, Dylan speaking.", [("name", "Dylan")]),
        ("Hi, it's Bernadette here, Bernie, I rang last week about the knotweed by the railway fence.",
         [("name", "Bernadette"), ("name", "Bernie")]),
        ("Right, yeah, the five-year herbicide programme, that's six visits a year, it comes to two thousand four hundred in total.",
         []),
        ("um yeah the house is 17 Wellington Road South, Stockport, SK4 1AA, round the back by the garages",
         [("address", "17 Wellington Road South, Stockport, SK4 1AA")],
         "Could you confirm the property address for the survey?"),
        ("We'll also give you an insurance-backed guarantee, ten years, reference KW-4471-B.",
         []),
        (f"{grp(c2, [4, 4, 4, 4])}, expiry oh nine twenty seven",
         [("card", grp(c2, [4, 4, 4, 4]))],
         "Go ahead with the long number when you're ready."),
        ("Thank you Mrs Flanagan, that's three hundred and sixty pounds taken today.",
         [("name", "Mrs Flanagan")]),
        # --- sash-window restoration (Dublin)
        ("Hello, Liffey Sash Restoration, Ciarán here.", [("name", "Ciarán")]),
        ("Howya, this is Aoife Ní Bhriain, I've eight sash windows in a Georgian house that are rattling something awful.",
         [("name", "Aoife Ní Bhriain")]),
        ("Grand so, we'd be looking at draught-proofing and new cords, roughly four hundred and twenty euro a window.",
         []),
        ("The house is at 23 Leeson Street Upper, Dublin 4, D04 X2F7.",
         [("address", "23 Leeson Street Upper, Dublin 4, D04 X2F7")],
         "And where's the house, Aoife?"),
        ("and my mobile is oh eight seven, two one four, six six five three",
         [("phone", "oh eight seven, two one four, six six five three")]),
        ("For the deposit I'd rather do a bank transfer, what do you need from me?", []),
        (f"Sure, the refund would go back to my account, IBAN {ib2}.",
         [("iban", ib2)],
         "If we cancel, where should we refund the deposit?"),
        ("We're booked out till the second week of November, the lads are on a job in Kilkenny.",
         []),
        # --- basement tanking (Nigerian caller, London)
        ("Dryline Tanking, good afternoon, Hannah speaking.", [("name", "Hannah")]),
        ("Good afternoon ma, my name is Oluwaseun Adeyemi, the basement of my house is taking water.",
         [("name", "Oluwaseun Adeyemi")]),
        ("Okay, how deep is the water after heavy rain?", []),
        ("About two inches, and the wall has white salt for maybe one metre high.", []),
        ("It is 8 Ravensbourne Avenue, Catford, SE6 4RU. Ground floor and basement.",
         [("address", "8 Ravensbourne Avenue, Catford, SE6 4RU. Ground floor and basement")],
         "And the full address please?"),
        ("You can call me on plus two three four, eight zero three, four one seven, two two nine five, that's my Nigerian line, or on WhatsApp.",
         [("phone", "plus two three four, eight zero three, four one seven, two two nine five")]),
        ("A cavity drain membrane with a sump pump would be around six thousand eight hundred, and it takes five working days.",
         []),
        ("For the finance application I'll need your date of birth.", []),
        ("Fourteenth of February, nineteen seventy-nine.",
         [("date_of_birth", "Fourteenth of February, nineteen seventy-nine")],
         "For the finance application I'll need your date of birth."),
        ("My email is seun underscore adeyemi at yahoo dot co dot uk, s-e-u-n.",
         [("email", "seun underscore adeyemi at yahoo dot co dot uk")]),
        # --- drain CCTV survey (Brisbane)
        ("G'day, Pipe-Eye Drain Cameras, you've got Shazza.", [("name", "Shazza")]),
        ("Oh hi, yeah, I'm buying a place in Paddington and the building inspector said get the sewer line filmed.",
         []),
        ("No worries, a CCTV survey with a written report is three hundred and ninety-five bucks, we can do Thursday at 7:30.",
         []),
        ("Beaut. It's Mick, Michael Trần.", [("name", "Mick"), ("name", "Michael Trần")]),
        ("Thanks for that, what's the street address of the property?", []),
        ("it's forty two Latrobe Terrace Paddington four oh six four",
         [("address", "forty two Latrobe Terrace Paddington four oh six four")],
         "Thanks for that, what's the street address of the property?"),
        ("Yeah, oh four one two, five five eight, nine oh three.",
         [("phone", "oh four one two, five five eight, nine oh three")],
         "And a mobile for the plumber to ring when he's on his way?"),
        (f"The last survey we did on that street found root intrusion at eleven metres, job number {ref1}.",
         []),
        # --- underfloor heating (Indian caller, Leicester)
        ("Warmfloor Installations, this is Tom.", [("name", "Tom")]),
        ("Hello, Rajesh Venkataraman speaking, we want wet underfloor heating in the new extension, about forty square metres.",
         [("name", "Rajesh Venkataraman")]),
        ("Okay, it's around eighty-five pounds a square metre with the screed, so call it three thousand four hundred.", []),
        ("I will pay the deposit on Amex only, please note the number.", []),
        (f"three seven six one, two zero five nine eight three, {say(c3[10:])}",
         [("card", f"three seven six one, two zero five nine eight three, {say(c3[10:])}")],
         "I will pay the deposit on Amex only, please note the number."),
        (f"And the email is raj dot venkat at outlook dot com.",
         [("email", "raj dot venkat at outlook dot com")]),
        ("The manifold comes from Germany, model UFH-12, lead time is three weeks.", []),
    ]


PARTS["en"].append(en_part1)

# ---------------------------------------------------------------- English, part 2
SECTORS["en"] += ["pigeon-netting / bird-proofing installer", "lightning-conductor installer",
                  "property inventory clerk", "new-build snagging inspector",
                  "radon mitigation contractor", "floor sanding", "stair-runner fitter"]


def en_part2():
    c1 = card("492917340825613")
    c4 = card("601149027735112")           # Discover
    c5 = card("222300418856097")           # Mastercard 2-series
    c6 = card("676770128845903217")        # Maestro, 19
    c7 = card("37442915780063")            # Amex
    c8 = card("455673301298844")
    ib1 = iban("GB", "NWBK60161331926819")
    ib3 = iban("GB", "BARC20325363019482")
    ib4 = iban("DE", "370400440532013011")
    ib5 = iban("IE", "BOFI90001710274419")
    ib6 = iban("AE", "0330000019100075216")
    ib7 = iban("CY", "002001280000001200527600")
    s1 = ssn(512, 47, 3381)
    s2 = ssn(219, 9, 4476)
    s3 = ssn(634, 72, 1058)
    s4 = ssn(78, 51, 9920)
    s5 = ssn(301, 18, 6243)
    iq = saudi("245871093")
    gafm = afm("12859034")
    inv = bad("7710042397")
    acct = bad("43000291188")
    return [
        # --- pigeon netting (Philadelphia)
        ("Liberty Bird Control, this is Marisol, how can I help you today?", [("name", "Marisol")]),
        ("Yeah hi, the pigeons are all over the fire escape and the AC units, it's a four-story rowhouse on Girard.",
         []),
        ("We'd do netting plus spikes on the ledges, that's about eighteen hundred, or thirty-two hundred with the gutter guards.",
         []),
        ("With the 0% plan it's twelve payments of one fifty, I just need a soft credit check. Full name?", []),
        ("DeShawn Marcus Whitfield.", [("name", "DeShawn Marcus Whitfield")],
         "With the 0% plan it's twelve payments of one fifty, I just need a soft credit check. Full name?"),
        (f"social is {s1[:3]} {s1[4:6]} {s1[7:]}", [("id", f"{s1[:3]} {s1[4:6]} {s1[7:]}")],
         "And your Social Security number?"),
        ("and my birthday is 6/22/88", [("date_of_birth", "6/22/88")]),
        ("The property is 1437 North Marshall Street, Philadelphia, PA 19122.",
         [("address", "1437 North Marshall Street, Philadelphia, PA 19122")],
         "What's the service address?"),
        ("Installation's scheduled for Tuesday the 14th between 8 and 10 a.m.", []),
        # --- lightning conductor (Co. Galway)
        ("Hi there, Pádraig Ó Flaherty here, we'd a strike on the barn in September and the insurer wants a conductor fitted on the farmhouse.",
         [("name", "Pádraig Ó Flaherty")]),
        ("Right, a copper tape system with two earth rods, for a two-storey farmhouse that's about two thousand one hundred euro.",
         []),
        ("The SEAI form wants my date of birth, is that right? It's the second of the eleventh, fifty-seven.",
         [("date_of_birth", "the second of the eleventh, fifty-seven")]),
        ("Cloonabinnia, Moycullen, County Galway, H91 K7T2, the yellow house past the creamery.",
         [("address", "Cloonabinnia, Moycullen, County Galway, H91 K7T2")],
         "Where's the farmhouse exactly?"),
        (f"you can take the deposit by transfer from {ib5}", [("iban", ib5)]),
        ("You're on the list for the week of the 20th, Murphy's crew will do it.", []),
        # --- inventory clerk (Bristol)
        ("Clifton Inventories, good morning.", []),
        ("Hello, I'm a landlord, Wolfgang Becker, I need a check-out report on my flat, the tenants leave on the 30th.",
         [("name", "Wolfgang Becker")]),
        ("That's a two-bed? The check-out is one hundred and thirty-five pounds, and we compare it with the check-in report from 2021.",
         []),
        (f"Please pay any deposit refund difference into my German account, {ib4}.",
         [("iban", ib4)]),
        ("Sorry, could you say that again slowly?", []),
        (f"D E {ib4[2:4]}, {say(ib4[5:9])}, {say(ib4[10:14])}, {say(ib4[15:19])}, {say(ib4[20:24])}, {say(ib4[25:])}",
         [("iban", f"D E {ib4[2:4]}, {say(ib4[5:9])}, {say(ib4[10:14])}, {say(ib4[15:19])}, {say(ib4[20:24])}, {say(ib4[25:])}")],
         "Sorry, could you say that again slowly?"),
        ("The flat is 12 Royal York Crescent, second floor flat, Bristol BS8 4JZ.",
         [("address", "12 Royal York Crescent, second floor flat, Bristol BS8 4JZ")]),
        ("and the outgoing tenant's number is on the tenancy, oh seven four four eight, two six one, nine three seven",
         [("phone", "oh seven four four eight, two six one, nine three seven")]),
        ("for the invoice email it's w dot becker at posteo dot de", [("email", "w dot becker at posteo dot de")]),
        (f"Your invoice number is INV {inv}, payable within fourteen days.", []),
        # --- snagging inspector (Milton Keynes)
        ("Good afternoon, SnagPro, Kelly here.", [("name", "Kelly")]),
        ("Hi, we're completing on a new build from Barratt on the 9th and want a snagging inspection before we move in.",
         []),
        ("Our full snag survey is three hundred and fifty, usually we find between a hundred and a hundred and fifty defects.",
         []),
        ("For the anti-money-laundering check we need an ID number and your date of birth.", []),
        (f"I'm working in Riyadh at the moment, so I have only my Iqama, it's {grp(iq, [2, 4, 4])}.",
         [("id", grp(iq, [2, 4, 4]))],
         "For the anti-money-laundering check we need an ID number and your date of birth."),
        ("Date of birth nineteen oh three nineteen ninety one.", [("date_of_birth", "nineteen oh three nineteen ninety one")],
         "For the anti-money-laundering check we need an ID number and your date of birth."),
        ("Plot 214, which is 6 Foxglove Close, Whitehouse, Milton Keynes MK8 1FD.",
         [("address", "6 Foxglove Close, Whitehouse, Milton Keynes MK8 1FD")],
         "And the address of the new home?"),
        (f"the refund account is UAE, {ib6}", [("iban", ib6)]),
        ("my email anoop dot k dot nair at hotmail dot com", [("email", "anoop dot k dot nair at hotmail dot com")]),
        ("Thanks, the inspector will send the report within 48 hours.", []),
        # --- radon mitigation (Colorado)
        ("Front Range Radon, you've reached Cody.", [("name", "Cody")]),
        ("Hi, our test came back at 9.2 picocuries, the realtor said anything over 4 needs a mitigation system.",
         []),
        ("A sub-slab depressurization system runs about fourteen fifty installed, and we retest after 24 hours.",
         []),
        (f"{c4[:4]} {c4[4:10]} {c4[10:]}", [("card", f"{c4[:4]} {c4[4:10]} {c4[10:]}")],
         "Go ahead with the card number."),
        ("ok and the expiry is zero four twenty eight, security code seven one two", []),
        (f"sure it's {say(s2[:3])} {say(s2[4:6], 'en_oh')} {say(s2[7:])}",
         [("id", f"{say(s2[:3])} {say(s2[4:6], 'en_oh')} {say(s2[7:])}")],
         "The county rebate form also asks the homeowner's social."),
        ("March ninth, 1966.", [("date_of_birth", "March ninth, 1966")], "and the homeowner date of birth?"),
        ("Service address is 2280 Juniper Ridge Drive, Longmont, Colorado, 80503.",
         [("address", "2280 Juniper Ridge Drive, Longmont, Colorado, 80503")]),
        ("Call me back at 720-418-3367 if the slot moves.", [("phone", "720-418-3367")]),
        # --- floor sanding (Melbourne)
        ("Hi, Northside Floor Sanding, Bec speaking.", [("name", "Bec")]),
        ("Hiya, we've got about sixty square metres of Baltic pine in a weatherboard in Brunswick.", []),
        ("Sanding and three coats of water-based poly is forty-five a square, so about two thousand seven hundred, you'd be out for three days.",
         []),
        ("My partner's paying, it's her card, I'll read it out.", []),
        (f"{say(c1[:4])}, {say(c1[4:8])}, {say(c1[8:12])}, {say(c1[12:])}",
         [("card", f"{say(c1[:4])}, {say(c1[4:8])}, {say(c1[8:12])}, {say(c1[12:])}")],
         "Okay, the long number on the front?"),
        ("My email's jules.kowalczyk@bigpond.com if you can send the quote.", [("email", "jules.kowalczyk@bigpond.com")]),
        ("And the phone, zero three nine three eight six, four two one seven.",
         [("phone", "zero three nine three eight six, four two one seven")]),
        # --- stair-runner fitter (Leeds)
        ("Morning love, it's Maureen Hargreaves, I'm seventy-three, is there still the pensioner discount?",
         [("name", "Maureen Hargreaves")]),
        ("There is, ten percent off for over-sixty-fives, I'll just need your date of birth for the form.", []),
        ("Ooh, fourth of July, nineteen fifty-one, same as the Americans.",
         [("date_of_birth", "fourth of July, nineteen fifty-one")],
         "There is, ten percent off for over-sixty-fives, I'll just need your date of birth for the form."),
        ("The wool runner with brass rods, fourteen treads and a half landing, is six hundred and ninety before the discount.",
         []),
        (f"Pay on this one, love, {grp(c6, [4, 4, 4, 4, 3])}.", [("card", grp(c6, [4, 4, 4, 4, 3]))]),
        ("We can fit on Friday the 7th at ten, the fitter comes over from Pudsey.", []),
        (f"For our records, our account number with the supplier is {acct}, don't worry about that.", []),
    ]


PARTS["en"].append(en_part2)

# ---------------------------------------------------------------- English, part 3
def en_part3():
    c5 = card("222300418856097")
    c7 = card("37442915780063")
    c8 = card("455673301298844")
    ib1 = iban("GB", "NWBK60161331926819")
    ib3 = iban("GB", "BARC20325363019482")
    ib7 = iban("CY", "002001280000001200527600")
    s3 = ssn(634, 72, 1058)
    s4 = ssn(78, 51, 9920)
    s5 = ssn(301, 18, 6243)
    s6 = ssn(455, 3, 7112)
    gafm = afm("12859034")
    return [
        # extra lines of the calls above
        (f"My wife's co-signing, her social is {s3}.", [("id", s3)],
         "With the 0% plan it's twelve payments of one fifty, I just need a soft credit check. Full name?"),
        (f"uh the house is actually in my mom's name so use hers, {say(s4[:3], 'en_oh')}, {say(s4[4:6])}, {say(s4[7:])}",
         [("id", f"{say(s4[:3], 'en_oh')}, {say(s4[4:6])}, {say(s4[7:])}")],
         "Whose social should I put on the rebate form?"),
        ("Her birthday's October 30th, 1941.", [("date_of_birth", "October 30th, 1941")],
         "Whose social should I put on the rebate form?"),
        (f"I also own the flat below, invoice that one to my Cyprus company, my Greek tax number AFM is {gafm}.",
         [("id", gafm)]),
        (f"Refund for that one to {ib7}, Bank of Cyprus.", [("iban", ib7)]),
        (f"The award fee, I'll pay it by card, {c8[:4]} {c8[4:8]} {c8[8:12]} {c8[12:]}.",
         [("card", f"{c8[:4]} {c8[4:8]} {c8[8:12]} {c8[12:]}")]),
        ("no sorry that's the old one, use the business card, Amex", []),
        (f"{say(c7[:4])} {say(c7[4:10])} {say(c7[10:])}", [("card", f"{say(c7[:4])} {say(c7[4:10])} {say(c7[10:])}")],
         "no sorry that's the old one, use the business card, Amex"),
        (f"If the surveyor's fee is reduced, the balance back to my Nationwide account, {ib1}.",
         [("iban", ib1)]),
        (f"It's on my husband's Mastercard, two two two three, double oh four, one eight eight, five six, {say(c5[13:])}... ",
         [("card", f"two two two three, double oh four, one eight eight, five six, {say(c5[13:])}")]),
        (f"Our client account for the deposit is Barclays, {ib3[:4]} {ib3[5:]}, and please quote your surname.",
         [("iban", f"{ib3[:4]} {ib3[5:]}")]),
        ("email me on maureen hargreaves fifty one at talktalk dot net, all one word",
         [("email", "maureen hargreaves fifty one at talktalk dot net")]),
        ("The buyer on the account is Anoop K. Nair, born 2 August 1990, mobile +971 50 318 2764.",
         [("name", "Anoop K. Nair"), ("date_of_birth", "2 August 1990"), ("phone", "+971 50 318 2764")]),
        (f"Just for the radon credit check I'll need yours too, sir. Yes, it's {s5}, and I'm Jared Lindqvist, date of birth 11-17-1972.",
         [("id", s5), ("name", "Jared Lindqvist"), ("date_of_birth", "11-17-1972")]),
        ("That's d w h i t f i e l d at comcast dot net, D-Shawn no e", 
         [("email", "d w h i t f i e l d at comcast dot net")], "And an email for the financing documents?"),
        (f"his social's {say(s6[:3])} dash oh three dash {say(s6[7:])}, and his cell is two six seven, five five oh, four one eight two",
         [("id", f"{say(s6[:3])} dash oh three dash {say(s6[7:])}"), ("phone", "two six seven, five five oh, four one eight two")],
         "I need the co-applicant's social and a phone number."),
    ]


PARTS["en"].append(en_part3)

# ---------------------------------------------------------------- Arabic, part 1
SECTORS["ar"] += ["gypsum-board ceiling décor contractor (Riyadh)", "roof waterproofing (Cairo)",
                  "terrazzo / marble floor polishing (Amman)", "stone façade cladding (Irbid)",
                  "chandelier cleaning and hanging (Kuwait)", "epoxy floor coating (Sharjah)"]


def ar_part1():
    sid1 = saudi("108734502")
    iq1 = saudi("238810457")
    c1 = card("446404150287713")
    c2 = card("558463019920374")
    ib1 = iban("SA", "80000000608010167519")
    ib2 = iban("EG", "0019000500000000263180002")
    ib3 = iban("JO", "CBJO0010000000000131000302")
    ord1 = bad("5560183429")
    return [
        # --- gypsum-board décor (Riyadh, Najdi/Gulf)
        ("مؤسسة لمسة الجبس للديكور، معك عبدالإله، تفضل.", [("name", "عبدالإله")]),
        ("هلا والله، معك فهد بن سعد القحطاني، أبي أسوي جبس بورد للمجلس والصالة.",
         [("name", "فهد بن سعد القحطاني")]),
        ("أبشر طال عمرك، المتر المربع بخمسة وثمانين ريال مع الإنارة المخفية، والمجلس تقريبًا ستين متر.", []),
        ("طيب كم ياخذ وقت؟ عندنا عزيمة بعد العيد.", []),
        ("أسبوع إلى عشرة أيام، ونبدأ يوم الأحد إن شاء الله الساعة ثمان الصبح.", []),
        ("عطني العنوان الوطني لو سمحت.", []),
        ("حي النرجس، شارع الأمير سعود بن عبدالله، مبنى ٧٤٢١، الرياض ١٣٣٢٧",
         [("address", "حي النرجس، شارع الأمير سعود بن عبدالله، مبنى ٧٤٢١، الرياض ١٣٣٢٧")],
         "عطني العنوان الوطني لو سمحت."),
        (f"ورقم الهوية للعقد؟ ... {ind(sid1)}", [("id", ind(sid1))]),
        (f"وإذا ما كنت موجود السواق يفتح لكم، رقم إقامته {iq1} عشان حارس الكمباوند يدخلكم.",
         [("id", iq1)]),
        ("جوالي صفر خمسة خمسة، تسعة واحد اثنين، ثلاثة أربعة صفر ثمانية",
         [("phone", "صفر خمسة خمسة، تسعة واحد اثنين، ثلاثة أربعة صفر ثمانية")]),
        (f"والعربون حوله على الآيبان حقنا، تبيه؟ لا لا أبي أرسل لك الآيبان حقي عشان الاسترجاع: {ib1}",
         [("iban", ib1)]),
        (f"رقم الطلب حقك {ord1} احفظه عندك.", []),
        # --- roof waterproofing (Cairo, Egyptian)
        ("شركة النيل للعزل، معاك منى، أقدر أساعد حضرتك إزاي؟", [("name", "منى")]),
        ("أيوه يا بنتي، أنا الحاج سيد عبد الفتاح، السطح عندي بينزل مية على الشقة اللي تحت كل شتا.",
         [("name", "سيد عبد الفتاح")]),
        ("حاضر يا حاج سيد، عندنا عزل بالرولات البيتومين، المتر بمية وعشرين جنيه، والضمان عشر سنين.",
         [("name", "سيد")]),
        ("السطح مساحته حوالي مية وخمسين متر.", []),
        ("العنوان إيه بالظبط يا حاج؟", []),
        ("١٢ شارع الترعة البولاقية، شبرا، الدور الخامس، القاهرة",
         [("address", "١٢ شارع الترعة البولاقية، شبرا، الدور الخامس، القاهرة")],
         "العنوان إيه بالظبط يا حاج؟"),
        ("اكتبي رقمي، صفر واحد اتنين، تلاتة تمانية سبعة، أربعة صفر صفر، واحد تسعة",
         [("phone", "صفر واحد اتنين، تلاتة تمانية سبعة، أربعة صفر صفر، واحد تسعة")]),
        ("ورقم تاني لابني 01098452276 لو أنا مردتش", [("phone", "01098452276")]),
        ("الفني هييجي يوم الخميس الجاي، والمعاينة ببلاش.", []),
        (f"ولو هتدفع تحويل بنكي فالحساب بتاعك عشان نرجعلك التأمين؟ اه اكتبي {ib2}",
         [("iban", ib2)]),
        ("الفاتورة هتبقى حوالي تمنتاشر ألف جنيه، ولو دفعت كاش في خصم خمسة في المية.", []),
        # --- terrazzo polishing (Amman, Levantine)
        ("مرحبا، شركة البريق لجلي البلاط، معك رامي.", [("name", "رامي")]),
        ("أهلين، أنا اسمي رُلى الحدادين، بدي أجلي بلاط الدار، بلاط قديم موزاييك من السبعينات.",
         [("name", "رُلى الحدادين")]),
        ("تكرمي، المتر بدينارين ونص للجلي والتلميع، والدار كم متر تقريبًا؟", []),
        ("يعني حوالي ميتين متر، طابقين.", []),
        ("وين الدار بالزبط؟", []),
        ("جبل اللويبدة، شارع الكلية العلمية الإسلامية، عمارة رقم ٢٣، الطابق الأرضي",
         [("address", "جبل اللويبدة، شارع الكلية العلمية الإسلامية، عمارة رقم ٢٣، الطابق الأرضي")],
         "وين الدار بالزبط؟"),
        ("رقمي صفر سبعة تسعة، خمسة خمسة اثنين، واحد ثمانية أربعة ستة",
         [("phone", "صفر سبعة تسعة، خمسة خمسة اثنين، واحد ثمانية أربعة ستة")]),
        ("وبعتيلي الإيميل عشان أبعتلك عرض السعر", []),
        ("اه اكتب، rula.haddadin@gmail.com", [("email", "rula.haddadin@gmail.com")],
         "وبعتيلي الإيميل عشان أبعتلك عرض السعر"),
        ("بنيجي يوم السبت الساعة تسعة، والشغل بياخد تلات أيام.", []),
        # --- stone façade cladding (Irbid)
        ("مؤسسة حجر معان لتلبيس الواجهات، مساء الخير.", []),
        ("مسا النور، معك أبو ليث، بدي ألبّس واجهة البيت حجر معاني مسمسم.",
         [("name", "أبو ليث")]),
        ("المتر مع التركيب بخمستعشر دينار، والواجهة حوالي تلاتمية متر.", []),
        ("وبتطلبوا دفعة أولى؟ بدفع بالبطاقة.", []),
        (f"{grp(ind(c1), [4, 4, 4, 4])}", [("card", grp(ind(c1), [4, 4, 4, 4]))],
         "تفضل، أعطيني رقم البطاقة."),
        ("والتاريخ على البطاقة ٠٧/٢٨", []),
        ("عشان عقد التقسيط بحتاج تاريخ ميلادك يا أبو ليث.", [("name", "أبو ليث")]),
        ("مواليد ١٩٧٦/٣/١٨", [("date_of_birth", "١٩٧٦/٣/١٨")],
         "عشان عقد التقسيط بحتاج تاريخ ميلادك يا أبو ليث."),
        (f"والحساب للاسترداد {ib3}", [("iban", ib3)]),
        ("البيت في إربد، حي الروضة، شارع عبدالقادر الحسيني، بجانب مسجد الروضة",
         [("address", "إربد، حي الروضة، شارع عبدالقادر الحسيني")],
         "وين موقع البيت؟"),
        # --- chandelier cleaning (Kuwait)
        ("شركة كريستال الخليج لتنظيف الثريات، معاج دلال.", [("name", "دلال")]),
        ("هلا، أنا أم بدر، عندي ثريا كبيرة في الصالة، ارتفاعها ستة متر، أبي تنظيف وتركيب ثريا ثانية.",
         [("name", "أم بدر")]),
        ("الثريا الكبيرة تنظيفها خمسة وثلاثين دينار، والتركيب خمسة عشر دينار.", []),
        ("اسمج الكامل لو سمحتي عشان الفاتورة؟", []),
        ("نورة عبدالله المطيري", [("name", "نورة عبدالله المطيري")],
         "اسمج الكامل لو سمحتي عشان الفاتورة؟"),
        ("العنوان: السلام، قطعة ٣، شارع ٣١٤، منزل ١٩", [("address", "السلام، قطعة ٣، شارع ٣١٤، منزل ١٩")]),
        ("رقمي تسعة ستة خمسة، تسعة سبعة ثلاثة، ثمانية واحد، صفر أربعة",
         [("phone", "تسعة ستة خمسة، تسعة سبعة ثلاثة، ثمانية واحد، صفر أربعة")]),
        ("الفريق يوصلكم يوم الثلاثاء بعد صلاة العصر.", []),
        # --- epoxy floors (Sharjah; Indian-Arab agent, Emirati caller)
        ("Epoxy Pro، مرحبا، أنا سلمان من قسم المبيعات.", [("name", "سلمان")]),
        ("مرحبا، أنا خالد الزعابي، أبا إيبوكسي حق الكراج، مساحته حوالي ثمانين متر.",
         [("name", "خالد الزعابي")]),
        ("المتر خمسة وأربعين درهم، ويحتاج ثلاث أيام عشان ينشف، يعني لا تدخل السيارة.", []),
        (f"أدفع الحين بالبطاقة، الرقم {say(c2[:4], 'ar')}، {say(c2[4:8], 'ar')}، {say(c2[8:12], 'ar')}، {say(c2[12:], 'ar')}",
         [("card", f"{say(c2[:4], 'ar')}، {say(c2[4:8], 'ar')}، {say(c2[8:12], 'ar')}، {say(c2[12:], 'ar')}")]),
        ("ووين الفيلا؟", []),
        ("الشارقة، الرحمانية ٤، شارع ٢٤، فيلا ٧", [("address", "الشارقة، الرحمانية ٤، شارع ٢٤، فيلا ٧")],
         "ووين الفيلا؟"),
        ("email: khalid underscore zaabi at outlook dot com", [("email", "khalid underscore zaabi at outlook dot com")]),
    ]


PARTS["ar"].append(ar_part1)

# ---------------------------------------------------------------- Arabic, part 2
SECTORS["ar"] += ["mashrabiya woodwork workshop (Cairo)", "wrought-iron railings (Casablanca)",
                  "concrete core drilling and cutting (Jeddah)", "frameless shower-enclosure installer (Beirut)",
                  "façade sandblasting (Doha)", "home-automation integrator (Dubai)"]


def ar_part2():
    c3 = card("403587220164598")
    c4 = card("520473118836025")
    c5 = card("37915628804417")              # Amex 15
    c6 = card("62220215553718904")           # UnionPay 18
    c7 = card("479923046615308")
    c8 = card("410039855201766")
    ib4 = iban("MA", "011780000001210000115731")
    ib5 = iban("LB", "0999000000010019015913AB")
    ib6 = iban("QA", "DOHB00001234567890ABCDEFG")
    ib7 = iban("AE", "0260001015173827601")
    ib8 = iban("SA", "10000000189220461005")
    sid2 = saudi("110398276")
    sid3 = saudi("104552918")
    iq2 = saudi("251674030")
    iq3 = saudi("229045816")
    sid4 = saudi("117260094")
    track = bad("8800316642")
    return [
        # --- mashrabiya workshop (Cairo)
        ("ورشة الأرابيسك للمشربيات، صباح الخير، معاك عم حسن.", [("name", "عم حسن")]),
        ("صباح النور، أنا المهندسة شيرين منصور، عايزة مشربية خشب زان للبلكونة، عرضها تلاتة متر.",
         [("name", "شيرين منصور")]),
        ("المتر المربع بأربعتلاف وخمسمية جنيه، والشغل ياخد حوالي شهر ونص.", []),
        ("الشقة في المعادي، ٤٥ شارع ٩، الدور التالت شقة ٦", [("address", "٤٥ شارع ٩، الدور التالت شقة ٦")],
         "الشقة فين يا باشمهندسة؟"),
        ("الإيميل بتاعي shereen.mansour أت ياهو دوت كوم", [("email", "shereen.mansour أت ياهو دوت كوم")]),
        (f"هدفع المقدم فيزا، {ind(grp(c3, [4, 4, 4, 4]))}", [("card", ind(grp(c3, [4, 4, 4, 4])))]),
        ("تمام يا فندم، والتسليم آخر شهر أكتوبر.", []),
        # --- wrought-iron railings (Casablanca, Darija)
        ("ألو، فيرونوري الدار البيضاء، مرحبا.", []),
        ("سلام عليكم، أنا سميرة بنكيران، بغيت درابزين ديال الدروج والبالكون بالحديد المشغول.",
         [("name", "سميرة بنكيران")]),
        ("واخا، المتر الطولي بألف ومية درهم، والدروج فيها تقريبا تمنطاش متر.", []),
        ("الدار فين؟", []),
        ("فالمعاريف، زنقة أبو الوقت، رقم ١٧، الطابق التاني", [("address", "زنقة أبو الوقت، رقم ١٧، الطابق التاني")],
         "الدار فين؟"),
        ("النمرة ديالي زيرو ستة، واحد تمانية، ستين، أربعة وعشرين، تسعة وتسعين",
         [("phone", "زيرو ستة، واحد تمانية، ستين، أربعة وعشرين، تسعة وتسعين")]),
        (f"التسبيق غادي نحولو ليكم، وإلا رجعتو ليا شي فلوس هاهو الحساب ديالي: {ib4}", [("iban", ib4)]),
        ("باش نديرو ليك الكريدي عند الشركة خاصني تاريخ الازدياد ديالك.", []),
        ("تسعة وعشرين أربعة تمانين", [("date_of_birth", "تسعة وعشرين أربعة تمانين")],
         "باش نديرو ليك الكريدي عند الشركة خاصني تاريخ الازدياد ديالك."),
        ("المعلم غادي يجي نهار الجمعة من بعد الظهر يقيس.", []),
        # --- core drilling (Jeddah, Hijazi)
        ("مؤسسة المثقاب الماسي، معاك أحمد باعشن، كيف أقدر أخدمك؟", [("name", "أحمد باعشن")]),
        ("أهلين، أنا عبدالرحمن هوساوي، أبغى تخريم في السقف الخرساني عشان مواسير التكييف، ست فتحات.",
         [("name", "عبدالرحمن هوساوي")]),
        ("الفتحة قطر عشرين سنتي بمية وثمانين ريال، يعني ألف وثمانين للست.", []),
        (f"رقم الهوية لو سمحت عشان التصريح من البلدية؟ ... واحد واحد صفر ثلاثة تسعة ثمانية اثنين سبعة ستة {say(sid2[9], 'ar')}",
         [("id", f"واحد واحد صفر ثلاثة تسعة ثمانية اثنين سبعة ستة {say(sid2[9], 'ar')}")]),
        ("وتاريخ الميلاد بالهجري؟ ايوه، ١٤٠٩/٠٧/٢٢ هـ", [("date_of_birth", "١٤٠٩/٠٧/٢٢ هـ")]),
        ("جدة، حي الروضة، شارع الأمير سلطان، عمارة الشربتلي، شقة ١٢", 
         [("address", "جدة، حي الروضة، شارع الأمير سلطان، عمارة الشربتلي، شقة ١٢")],
         "وين الموقع يا أستاذ عبدالرحمن؟"),
        ("جوالي ٠٥٠٤٧٣١٩٨٢", [("phone", "٠٥٠٤٧٣١٩٨٢")]),
        (f"الحجز تأكد، رقم التتبع {track}، والفني بيوصل بعد صلاة المغرب.", []),
        # --- shower enclosures (Beirut, Lebanese)
        ("ألو، غلاس هاوس للكابينات، معك ريتا.", [("name", "ريتا")]),
        ("بونجور، أنا جورج خوري، بدي كابين شاور سيكوريت تمانية ملم، للحمام الكبير.",
         [("name", "جورج خوري")]),
        ("أكيد، الكابين مع التركيب بستمية وخمسين دولار، والتسليم بعد عشر أيام.", []),
        ("رقمي سبعين، أربعة تلاتة، واحد تسعة، ستة تمانية", [("phone", "سبعين، أربعة تلاتة، واحد تسعة، ستة تمانية")],
         "شو رقم تلفونك؟"),
        (f"والتحويل من حسابي ب بنك عودة، {ib5}", [("iban", ib5)]),
        ("وبعتلك الفاتورة على الإيميل؟ إيه، georges underscore khoury at hotmail dot com",
         [("email", "georges underscore khoury at hotmail dot com")]),
        ("الأشرفية، شارع سرسق، بناية الياس، الطابق الرابع", [("address", "الأشرفية، شارع سرسق، بناية الياس، الطابق الرابع")],
         "وين البيت؟"),
        ("بس في مشكلة، الحمام عرضه متر وعشرين مش متر وتلاتين.", []),
        # --- façade sandblasting (Doha, MSA-ish)
        ("شركة الواجهة الذهبية لأعمال السفع الرملي، مع حضرتك قسم المبيعات.", []),
        ("السلام عليكم، معك محمد الكواري، لدي مبنى تجاري من أربعة طوابق، وأريد تنظيف الواجهة الحجرية.",
         [("name", "محمد الكواري")]),
        ("تكلفة المتر المربع ثلاثون ريالًا، والمساحة التقريبية ألف ومئتا متر، والمدة أسبوعان.", []),
        (f"سأدفع الدفعة الأولى عبر التحويل، وهذا رقم الآيبان لاسترداد التأمين: {ib6}", [("iban", ib6)]),
        (f"ويمكنني الدفع بالبطاقة أيضًا: {say(c5[:4], 'ar')} {say(c5[4:10], 'ar')} {say(c5[10:], 'ar')}",
         [("card", f"{say(c5[:4], 'ar')} {say(c5[4:10], 'ar')} {say(c5[10:], 'ar')}")]),
        ("البريد الإلكتروني: m.alkuwari@qatar-trading.qa", [("email", "m.alkuwari@qatar-trading.qa")]),
        ("هاتفي زائد تسعة سبعة أربعة، خمسة خمسة، ثلاثة ثمانية، صفر اثنين، تسعة سبعة",
         [("phone", "زائد تسعة سبعة أربعة، خمسة خمسة، ثلاثة ثمانية، صفر اثنين، تسعة سبعة")]),
        ("سنحتاج تصريحًا من البلدية، ونبدأ يوم ١٥ من الشهر القادم.", []),
        # --- home automation (Dubai, code-switching)
        ("Hi, SmartNest Dubai، معك Aisha، how can I help?", [("name", "Aisha")]),
        ("هاي، أنا حمدان، يعني أبا smart lighting و curtains للفيلا كلها، تقريبًا ثلاثين نقطة.",
         [("name", "حمدان")]),
        ("الباكج الكامل with the hub بـ ثمانية عشر ألف درهم، والتركيب ياخذ خمس أيام.", []),
        (f"okay، خذي الكارد، {c4[:4]} {c4[4:8]}، {say(c4[8:12], 'ar')}، {c4[12:]}",
         [("card", f"{c4[:4]} {c4[4:8]}، {say(c4[8:12], 'ar')}، {c4[12:]}")]),
        ("والإيميل hamdan.almheiri@icloud.com", [("email", "hamdan.almheiri@icloud.com")]),
        (f"ولو في refund رجعوه على {ib7}", [("iban", ib7)]),
        ("للضمان أحتاج تاريخ الميلاد.", []),
        ("ثلاثة عشر سبعة ألفين واثنين", [("date_of_birth", "ثلاثة عشر سبعة ألفين واثنين")], "للضمان أحتاج تاريخ الميلاد."),
        ("The villa is in Al Barsha 2, street 21b, villa 48, near Al Barsha Pond Park.",
         [("address", "Al Barsha 2, street 21b, villa 48")], "وين الفيلا؟"),
        ("الموديل Hub-Pro X3، والفيرمور version 4.2.1.", []),
    ]


PARTS["ar"].append(ar_part2)

# ---------------------------------------------------------------- Arabic, part 3
SECTORS["ar"] += ["villa privacy screens (sawatir) contractor (Riyadh)"]


def ar_part3():
    c6 = card("62220215553718904")
    c7 = card("479923046615308")
    c8 = card("410039855201766")
    ib8 = iban("SA", "10000000189220461005")
    sid3 = saudi("104552918")
    iq2 = saudi("251674030")
    iq3 = saudi("229045816")
    sid4 = saudi("117260094")
    sid5 = saudi("102938475")
    contract = bad("30117452209")
    return [
        # --- sawatir privacy screens (Riyadh)
        ("مؤسسة الظل الممتد للمظلات والسواتر، حياك الله.", []),
        ("السلام عليكم، معك أم عبدالعزيز، نبي ساتر حديد بارتفاع ثلاثة متر على السور الشرقي، طوله ثلاثين متر.",
         [("name", "أم عبدالعزيز")]),
        ("الساتر الحديد المتر بمئة وعشرين ريال، والمظلة للمدخل قماش ألماني بستة آلاف وخمسمية.", []),
        ("العقد بيكون باسم مين؟", []),
        (f"باسم زوجي، هويته {sid3[:4]} {sid3[4:7]} {sid3[7:]}", [("id", f"{sid3[:4]} {sid3[4:7]} {sid3[7:]}")],
         "العقد بيكون باسم مين؟"),
        ("وتاريخ ميلاده؟ هو مواليد ١٣٩٥ هجري، الخامس من رجب", [("date_of_birth", "١٣٩٥ هجري، الخامس من رجب")]),
        (f"طيب والعمال عندكم؟ نحتاج أرقام إقاماتهم للحارس: الأول {ind(iq2)}، والثاني {say(iq3, 'ar')}",
         [("id", ind(iq2)), ("id", say(iq3, 'ar'))]),
        (f"والدفعة الأولى بالمدى ولا بالفيزا؟ بالفيزا، {say(c8[:4], 'ar')}، {say(c8[4:8], 'ar')}، {say(c8[8:12], 'ar')}، {say(c8[12:], 'ar')}",
         [("card", f"{say(c8[:4], 'ar')}، {say(c8[4:8], 'ar')}، {say(c8[8:12], 'ar')}، {say(c8[12:], 'ar')}")]),
        (f"ولو تأخرتوا نبي التعويض على الآيبان {ib8.replace(' ', '')}", [("iban", ib8.replace(" ", ""))]),
        ("إيميل زوجي a.alshahrani1979 at gmail dot com", [("email", "a.alshahrani1979 at gmail dot com")]),
        (f"رقم العقد {contract}، والتركيب يبدأ بعد أسبوعين إن شاء الله.", []),
        # extra lines in earlier calls
        (f"وأنا كمان لو احتجت، هويتي {ind(sid4)}، وتاريخ ميلادي ٢٢-١١-١٩٨١", 
         [("id", ind(sid4)), ("date_of_birth", "٢٢-١١-١٩٨١")],
         "ورقم الهوية للعقد؟"),
        (f"رقم هوية الكفيل {sid5}", [("id", sid5)]),
        (f"ادفع بالبطاقة الصينية UnionPay، {grp(c6, [6, 12])}", [("card", grp(c6, [6, 12]))],
         "الشغل ياخد حوالي شهر ونص، والمقدم خمسين في المية."),
        ("يعني... مواليد خمسة وعشرين ستة سبعة وتمانين", [("date_of_birth", "خمسة وعشرين ستة سبعة وتمانين")],
         "عشان التقسيط محتاجين تاريخ ميلاد حضرتك."),
        (f"خلي البطاقة الثانية أحسن، {c7[:4]}-{c7[4:8]}-{c7[8:12]}-{c7[12:]}",
         [("card", f"{c7[:4]}-{c7[4:8]}-{c7[8:12]}-{c7[12:]}")]),
        ("وإيميل المكتب: sayed.abdelfattah1958@yahoo.com", [("email", "sayed.abdelfattah1958@yahoo.com")]),
        ("الفني لازم يوصل قبل الساعة عشرة، والبواب هيفتحله.", []),
    ]


PARTS["ar"].append(ar_part3)

# ---------------------------------------------------------------- Hebrew, part 1
SECTORS["he"] += ["stretch-ceiling installer", "roof waterproofing contractor (Galilee)",
                  "drywall partitions", "bathtub reglazing", "floating-staircase maker",
                  "wrought-iron railings"]


def he_part1():
    t1 = tz("03418275")
    t2 = tz("20573196")
    t3 = tz("31209448")
    c1 = card("458003127756410")
    c2 = card("532610448903175")
    ib1 = iban("IL", "0126040000012345678")
    ib2 = iban("IL", "0206550000048127390")
    quote = bad("2025114874")
    return [
        # --- stretch ceilings (Russian speakers)
        ("תקרות מתיחה 'סקיי', שלום, מדברת אולגה.", [("name", "אולגה")]),
        ("שלום, זה ולדימיר, וובה, דיברנו בשבוע שעבר על התקרה בסלון.",
         [("name", "ולדימיר"), ("name", "וובה")]),
        ("כן, זוכרת. תקרה מבריקה עם תאורת לד, שלושים ושניים מטר, יוצא ארבעת אלפים שמונה מאות שקל.", []),
        ("איפה הדירה, תזכיר לי?", []),
        ("רחוב הרצל 118, דירה 14, קומה שביעית, אשדוד", [("address", "רחוב הרצל 118, דירה 14, קומה שביעית, אשדוד")],
         "איפה הדירה, תזכיר לי?"),
        ("טלפון שלי אפס חמש ארבע, שש שתיים שלוש, ארבע ארבע אפס שמונה",
         [("phone", "אפס חמש ארבע, שש שתיים שלוש, ארבע ארבע אפס שמונה")]),
        ("ההתקנה ביום שלישי, ה-12 בנובמבר, בין תשע לאחת.", []),
        (f"מספר הצעת המחיר שלך {quote}, תשמור אותו.", []),
        # --- roof waterproofing (Arab citizen, Hebrew)
        ("איטום הגליל, בוקר טוב.", []),
        ("בוקר אור, אני מדבר מכפר כנא, שמי סאמר חטיב, יש לי נזילה מהגג בחורף.",
         [("name", "סאמר חטיב")]),
        ("בסדר סאמר, לגג של מאה מטר עם יריעות ביטומניות זה בערך שנים עשר אלף שקל, עם אחריות עשר שנים.",
         [("name", "סאמר")]),
        ("אני רוצה לשלם מקדמה בכרטיס אשראי.", []),
        (f"{say(c1[:4])}, {say(c1[4:8])}, {say(c1[8:12])}, {say(c1[12:])}",
         [("card", f"{say(c1[:4])}, {say(c1[4:8])}, {say(c1[8:12])}, {say(c1[12:])}")],
         "אני רוצה לשלם מקדמה בכרטיס אשראי."),
        ("ותעודת זהות של בעל הכרטיס?", []),
        (f"{t2[:3]} {t2[3:6]} {t2[6:]}", [("id", f"{t2[:3]} {t2[3:6]} {t2[6:]}")], "ותעודת זהות של בעל הכרטיס?"),
        ("הכתובת: כפר כנא, שכונה מערבית, רחוב 7, בית 22", [("address", "כפר כנא, שכונה מערבית, רחוב 7, בית 22")]),
        ("תתקשרו אליי, חמישים ושתיים, שבע אחת, שלוש שלוש, תשעים ושמונה, אפס",
         [("phone", "חמישים ושתיים, שבע אחת, שלוש שלוש, תשעים ושמונה, אפס")]),
        ("הצוות שלנו יגיע ביום ראשון בשבע בבוקר, העבודה לוקחת יומיים.", []),
        # --- drywall partitions (Tel Aviv)
        ("גבס פלוס, נועה מדברת.", [("name", "נועה")]),
        ("היי, זה עידו, אני רוצה לסגור את המרפסת ולהוסיף חדר עם קיר גבס, בערך ארבעה מטר.",
         [("name", "עידו")]),
        ("מחיר למטר רבוע הוא מאתיים עשרים, עם בידוד צמר סלעים זה מאתיים שמונים.", []),
        ("אז בוא נרשום אותך, שם מלא?", []),
        ("עידו בר-לב", [("name", "עידו בר-לב")], "אז בוא נרשום אותך, שם מלא?"),
        ("מייל, עידו בר לב, הכל ביחד, שטרודל ג'ימייל נקודה קום", [("email", "עידו בר לב, הכל ביחד, שטרודל ג'ימייל נקודה קום")]),
        ("אנחנו בשינקין 41, דירה 5, תל אביב", [("address", "שינקין 41, דירה 5, תל אביב")]),
        ("הקבלן יבוא למדוד ביום חמישי, והעבודה עצמה שלושה ימים.", []),
        # --- bathtub reglazing (Ethiopian-Israeli caller)
        ("ציפוי אמבטיות 'כמו חדש', שלום.", []),
        ("שלום, קוראים לי טספאיה מלסה, יש לי אמבטיה ישנה עם כתמים, אפשר לצפות?",
         [("name", "טספאיה מלסה")]),
        ("בטח, ציפוי אמבטיה זה אלף ארבע מאות, וצריך לא להשתמש יומיים.", []),
        ("אני גר ברחובות, רחוב הבנים 9, כניסה ב', דירה 3", [("address", "רחוב הבנים 9, כניסה ב', דירה 3")],
         "מה הכתובת?"),
        ("הטלפון שלי 058-6214473", [("phone", "058-6214473")]),
        ("לחשבונית צריך מספר זהות.", []),
        (f"כן, {say(t1, 'he')}", [("id", say(t1, 'he'))], "לחשבונית צריך מספר זהות."),
        ("תודה, הטכנאי יגיע ביום רביעי אחרי הצהריים.", []),
        # --- floating staircase (French immigrant, Netanya)
        ("מדרגות 'אוויר', שלום, מדבר אבי.", [("name", "אבי")]),
        ("בונז'ור, אה, שלום, אני ז'אן-מישל אזולאי, אנחנו בונים וילה בנתניה ורוצים מדרגות מרחפות מעץ אלון.",
         [("name", "ז'אן-מישל אזולאי")]),
        ("שש עשרה מדרגות עם מעקה זכוכית, זה בערך שלושים וחמישה אלף שקל, זמן ייצור שישה שבועות.", []),
        (f"ההחזר, אם יהיה, לחשבון שלי, {ib1}", [("iban", ib1)]),
        ("והמייל שלי jm point azoulay at free point fr", [("email", "jm point azoulay at free point fr")]),
        ("תאריך לידה לחוזה? עשרים ושלושה באוקטובר שישים ושמונה",
         [("date_of_birth", "עשרים ושלושה באוקטובר שישים ושמונה")]),
        ("הווילה ברחוב ניצנים 6, עין התכלת, נתניה", [("address", "רחוב ניצנים 6, עין התכלת, נתניה")]),
        # --- wrought-iron railings (Anglo immigrant, Beit Shemesh)
        ("מסגרות אמנותית 'ברזל וזית', כן?", []),
        ("Hi, sorry, שלום, אני שרה גולדברג, אני צריכה מעקה למרפסת, יש לכם מישהו שמדבר אנגלית?",
         [("name", "שרה גולדברג")]),
        ("אין בעיה, I speak a little. המעקה ארבעה מטר, בערך שש אלף חמש מאות.", []),
        ("my email is sarah dot goldberg at gmail dot com", [("email", "sarah dot goldberg at gmail dot com")]),
        ("ותאריך הלידה שלך?", []),
        ("5/14/1979, May fourteenth", [("date_of_birth", "5/14/1979"), ("date_of_birth", "May fourteenth")],
         "ותאריך הלידה שלך?"),
        ("ותעודת זהות?", []),
        (f"{t3[0]} {t3[1:3]} {t3[3:6]} {t3[6:]}, כן", 
         [("id", f"{t3[0]} {t3[1:3]} {t3[3:6]} {t3[6:]}")], "ותעודת זהות?"),
        (f"ולתשלום, מסטרקרד, {c2}", [("card", c2)]),
        (f"ואם צריך החזר, בנק הפועלים, {ib2}", [("iban", ib2)]),
        ("תודה, נתקשר לתאם ביום ראשון.", []),
    ]


PARTS["he"].append(he_part1)

# ---------------------------------------------------------------- Hebrew, part 2
SECTORS["he"] += ["diamond core drilling", "acoustic soundproofing", "pre-purchase home inspection (bedek bayit)",
                  "Jerusalem-stone cladding", "polished-concrete floors", "interior demolition / strip-out"]


def he_part2():
    t4 = tz("05827341")
    t5 = tz("31690257")
    t6 = tz("20188465")
    t7 = tz("06734912")
    t8 = tz("33049176")
    c3 = card("490106782213584")
    c4 = card("37561908342216")              # Amex 15
    c5 = card("545762038191107")
    c6 = card("401003788214605")
    c7 = card("3601884512779")              # Diners, 14
    c8 = card("471563820091374")
    ib3 = iban("IL", "0117270000005803196")
    ib4 = iban("IL", "0318420000028746001")
    ib5 = iban("IL", "0209120000000417763")
    ib6 = iban("IL", "0540110000001298564")
    ib7 = iban("IL", "0126810000022335547")
    ib8 = iban("IL", "0200060000010047729")
    tkt = bad("43209875567")
    return [
        # --- diamond core drilling
        ("קידוחי יהלום המרכז, שלום, מדבר יוסי.", [("name", "יוסי")]),
        ("יוסי אהלן, זה רוני מקבלנות שחר, אני צריך שלושה קידוחים בקוטר 160 בקיר בטון של ממ\"ד.",
         [("name", "יוסי"), ("name", "רוני")]),
        ("קידוח כזה שש מאות שקל, שלושה זה אלף שמונה מאות פלוס מע\"מ.", []),
        ("הלקוח ישלם ישירות, תרשום את הכרטיס שלו, ויזה:", []),
        (f"{grp(c3, [4, 4, 4, 4], '-')}", [("card", grp(c3, [4, 4, 4, 4], "-"))], "הלקוח ישלם ישירות, תרשום את הכרטיס שלו, ויזה:"),
        ("האתר ברחוב ז'בוטינסקי 33, פתח תקווה, קומה 3", [("address", "ז'בוטינסקי 33, פתח תקווה, קומה 3")],
         "איפה האתר?"),
        (f"מספר קריאה {tkt}, הצוות יגיע ביום שני בשמונה.", []),
        # --- acoustic soundproofing
        ("שקט אקוסטיקה, היי, כאן מאיה.", [("name", "מאיה")]),
        ("היי, אני גל, יש לי אולפן ביתי והשכנים מתלוננים, אני רוצה בידוד לחדר של שלושה על ארבע.",
         [("name", "גל")]),
        ("חדר צף עם פאנלים זה בין עשרים וחמש לשלושים אלף, תלוי בדלת.", []),
        ("המייל שלי gal underscore beats שטרודל walla נקודה co נקודה il", 
         [("email", "gal underscore beats שטרודל walla נקודה co נקודה il")]),
        ("והטלפון אפס חמש אפס, שבע שבע, אחת שתיים, שמונה תשע שלוש",
         [("phone", "אפס חמש אפס, שבע שבע, אחת שתיים, שמונה תשע שלוש")]),
        (f"אם מבטלים, את המקדמה תחזירו ל-{ib3}", [("iban", ib3)]),
        ("ביום חמישי הקרוב, ה-21, הטכנאי יבוא למדוד רעש.", []),
        # --- pre-purchase home inspection (Haifa)
        ("בדק בית חיפה, ערב טוב.", []),
        ("ערב טוב, מדברת אסתר שטרן, אני קונה דירה בכרמל ורוצה בדיקה לפני החתימה.",
         [("name", "אסתר שטרן")]),
        ("דירת ארבעה חדרים, בדיקה מלאה עם מצלמה תרמית זה אלף שמונה מאות חמישים, הדוח תוך שלושה ימים.", []),
        ("הדירה ברחוב מוריה 72, דירה 9, חיפה", [("address", "רחוב מוריה 72, דירה 9, חיפה")], "מה הכתובת של הדירה?"),
        ("לדוח אני צריך תעודת זהות ותאריך לידה, גברת שטרן.", [("name", "גברת שטרן")]),
        (f"זהות {say(t4, 'he')}, ונולדתי בשלושה במרץ ארבעים ותשע",
         [("id", say(t4, 'he')), ("date_of_birth", "שלושה במרץ ארבעים ותשע")],
         "לדוח אני צריך תעודת זהות ותאריך לידה, גברת שטרן."),
        ("טלפון בבית 04-8381526, אני לא עם נייד", [("phone", "04-8381526")]),
        (f"ואני משלמת בכרטיס של הבן, אמריקן אקספרס, {c4[:4]} {c4[4:10]} {c4[10:]}",
         [("card", f"{c4[:4]} {c4[4:10]} {c4[10:]}")]),
        ("תרשמי את המייל שלו, eitan.stern@gmail.com", [("email", "eitan.stern@gmail.com")]),
        # --- Jerusalem stone cladding
        ("אבן ירושלים חיפויים, שלום.", []),
        ("שלום, אני מנחם מענדל פרידמן, צריך חיפוי אבן לתוספת בנייה, בערך שמונים מטר.",
         [("name", "מנחם מענדל פרידמן")]),
        ("אבן טלטיש מסותתת, מאתיים תשעים למטר כולל עבודה, ההתחלה אחרי חול המועד.", []),
        ("הכתובת: רחוב פנים מאירות 14, ירושלים", [("address", "רחוב פנים מאירות 14, ירושלים")]),
        ("ותאריך הלידה שלך, לחוזה?", []),
        ("ט\"ו בשבט תשל\"ח", [("date_of_birth", "ט\"ו בשבט תשל\"ח")], "ותאריך הלידה שלך, לחוזה?"),
        (f"ת\"ז {t5}", [("id", t5)], "ותאריך הלידה שלך, לחוזה?"),
        (f"המקדמה מהחשבון בבנק מרכנתיל, {ib4}", [("iban", ib4)]),
        ("והטלפון, אפס חמש שלוש, שלוש אחת ארבע, שבעים ושש שמונים", 
         [("phone", "אפס חמש שלוש, שלוש אחת ארבע, שבעים ושש שמונים")]),
        # --- polished concrete (kibbutz)
        ("בטון חלק, שלום, כאן דורית.", [("name", "דורית")]),
        ("היי, שמוליק מקיבוץ גבעת ברנר, אנחנו עושים בית חדש ורוצים רצפת בטון מוחלק, מאה עשרים מטר.",
         [("name", "שמוליק")]),
        ("מאה ושמונים שקל למטר עם איטום, יוצא עשרים ואחד אלף ושש מאות, והייבוש שבועיים.", []),
        (f"את החשבונית תוציאי על שם אשתי, תעודת זהות {t6[:5]} {t6[5:]}", [("id", f"{t6[:5]} {t6[5:]}")]),
        ("והיא נולדה 07.09.1983", [("date_of_birth", "07.09.1983")]),
        (f"ההחזר לחשבון שלנו, {ib5.replace(' ', '')}", [("iban", ib5.replace(" ", ""))]),
        ("טלפון: 052-4409187", [("phone", "052-4409187")]),
        ("smuly.bb@gmail.com, שמוליק עם y", [("email", "smuly.bb@gmail.com")]),
        # --- demolition / strip-out (Russian speaker)
        ("פירוקים והריסות, מדבר דימה.", [("name", "דימה")]),
        ("דימה, שלום, זאת ליודמילה, צריך לפרק מטבח ישן ושני קירות, הכל עם פינוי פסולת.",
         [("name", "ליודמילה")]),
        ("פירוק ופינוי, שלושה אלף ומאתיים, כולל מכולה.", []),
        (f"כרטיס, {say(c5[:4], 'he')} {say(c5[4:8], 'he')} {say(c5[8:12], 'he')} {say(c5[12:], 'he')}",
         [("card", f"{say(c5[:4], 'he')} {say(c5[4:8], 'he')} {say(c5[8:12], 'he')} {say(c5[12:], 'he')}")],
         "איך תשלמי?"),
        ("הכתובת שדרות ירושלים 51, דירה 20, בת ים", [("address", "שדרות ירושלים 51, דירה 20, בת ים")]),
        ("אז העבודה ביום ראשון בשמונה, המכולה מגיעה יום לפני.", []),
    ]


PARTS["he"].append(he_part2)

# ---------------------------------------------------------------- Hebrew, part 3
SECTORS["he"] += ["storage-loft (boidem) carpenter"]


def he_part3():
    t7 = tz("06734912")
    t8 = tz("33049176")
    c6 = card("401003788214605")
    c7 = card("3601884512779")
    c8 = card("471563820091374")
    ib6 = iban("IL", "0540110000001298564")
    ib7 = iban("IL", "0126810000022335547")
    ib8 = iban("IL", "0200060000010047729")
    order = bad("77014452381")
    return [
        # --- boidem carpenter (Be'er Sheva)
        ("נגריית 'הבוידעם', בוקר טוב.", []),
        ("בוקר טוב, אני אלמז ווֹרקוּ, רוצה בוידעם מעל המסדרון, שני מטר וחצי.",
         [("name", "אלמז ווֹרקוּ")]),
        ("בוידעם מסנדוויץ' עם דלתות הזזה, אלף תשע מאות, ההתקנה תוך עשרה ימים עבודה.", []),
        ("באר שבע, שכונה ד', רחוב יהודה הלוי 30, דירה 11", [("address", "רחוב יהודה הלוי 30, דירה 11")],
         "איפה את גרה?"),
        ("הטלפון שלי אפס חמש ארבע... לא סליחה, אפס חמש שתיים, תשע אפס אחת, שש שש, שבע שמונה",
         [("phone", "אפס חמש שתיים, תשע אפס אחת, שש שש, שבע שמונה")]),
        ("תעודת זהות לקבלה?", []),
        (f"{t7[:2]} {say(t7[2:5], 'he')} {t7[5:]}", [("id", f"{t7[:2]} {say(t7[2:5], 'he')} {t7[5:]}")],
         "תעודת זהות לקבלה?"),
        (f"אשלם בכרטיס, {c8[:4]} {c8[4:8]} {c8[8:12]} {c8[12:]}", [("card", f"{c8[:4]} {c8[4:8]} {c8[8:12]} {c8[12:]}")]),
        (f"מספר ההזמנה {order}, תשמרי אותו לאחריות.", []),
        # extra lines in earlier calls
        ("והמייל של החשבונית, olga kaplun שטרודל yandex נקודה ru",
         [("email", "olga kaplun שטרודל yandex נקודה ru")], "לאיזה מייל לשלוח את החשבונית?"),
        ("נולדתי ב-1961, שמונה עשר ביוני", [("date_of_birth", "1961, שמונה עשר ביוני")],
         "בשביל הנחת אזרח ותיק, מה תאריך הלידה?"),
        (f"מספר זהות {say(t8, 'he_m')}", [("id", say(t8, 'he_m'))], "בשביל הנחת אזרח ותיק, מה תאריך הלידה?"),
        (f"ויזה של ישראכרט? לא, דיינרס, {c7}", [("card", c7)]),
        (f"כרטיס אחר, {grp(c6, [4, 4, 4, 4])}, תוקף 03/27", [("card", grp(c6, [4, 4, 4, 4]))]),
        (f"את ההחזר לחשבון שלי בבנק יהב: {ib6}", [("iban", ib6)]),
        (f"ההעברה תגיע מחשבון החברה, {ib7}, בנק לאומי", [("iban", ib7)]),
        (f"החשבון של הקבלן, אם תצטרכו, {ib8}", [("iban", ib8)]),
        ("תשלחי לי בוואטסאפ, פלוס תשע שבע שתיים, חמישים וארבע, שש שבע שמונה, שלושים ואחת, שתיים",
         [("phone", "פלוס תשע שבע שתיים, חמישים וארבע, שש שבע שמונה, שלושים ואחת, שתיים")]),
        ("ואם לא עונה, לבעלי, 054-9927314", [("phone", "054-9927314")]),
        ("המייל, tesfaye.m@hotmail.co.il", [("email", "tesfaye.m@hotmail.co.il")], "יש לך מייל?"),
        ("תאריך לידה, אחד עשר אחד עשר שמונים ושבע", [("date_of_birth", "אחד עשר אחד עשר שמונים ושבע")],
         "ולצורך האחריות, תאריך לידה?"),
        # non-personal
        ("הזמנו את הלוחות מאיקאה ראשון לציון, הם יגיעו ב-3 בדצמבר.", []),
        ("החוזה התחיל בינואר 2022 ונמשך שלוש שנים.", []),
        ("המחיר כולל מע\"מ של שמונה עשרה אחוז, סך הכל 4,720 שקל.", []),
        ("הטכנאי היה אצלכם ב-14 באוגוסט בשעה 10:30 ובדק את הרטיבות.", []),
        ("דגם הפאנל AC-450, עובי חמישה סנטימטר, צפיפות שמונים קילו.", []),
        ("חיוב של 1,250 ש\"ח עבר ב-2 בספטמבר, ויש עוד שני תשלומים.", []),
    ]


PARTS["he"].append(he_part3)

# ---------------------------------------------------------------- Greek, part 1
SECTORS["el"] += ["fireplace and wood-stove installer (Athens)", "micro-cement finishes (Thessaloniki)",
                  "terrace waterproofing (Piraeus)", "folding-arm awnings (Limassol)",
                  "dry-stone wall builder (Naxos)", "neoclassical plaster mouldings (Athens)"]


def el_part1():
    a1 = afm("04382719")
    a2 = afm("13760245")
    a3 = afm("07219536")
    c1 = card("451408836620173")
    c2 = card("516732900418825")
    ib1 = iban("GR", "01101250000000012300695")
    ib2 = iban("CY", "005003570000000123456701")
    ib3 = iban("GR", "01720450005045012394871")
    prot = bad("31102248857")
    return [
        # --- fireplace installer (Athens, older caller)
        ("Τζάκια Εστία, καλημέρα σας, είμαι η Κατερίνα.", [("name", "Κατερίνα")]),
        ("Καλημέρα κορίτσι μου, με λένε Σταύρο Παπαναστασίου, θέλω να βάλω ενεργειακό τζάκι στο σαλόνι.",
         [("name", "Σταύρο Παπαναστασίου")]),
        ("Μάλιστα κύριε Σταύρο, ένα ενεργειακό με καπνοδόχο ανοξείδωτη κοστίζει περίπου τρεις χιλιάδες οχτακόσια ευρώ.",
         [("name", "κύριε Σταύρο")]),
        ("Πού βρίσκεται το σπίτι;", []),
        ("Στο Χαλάνδρι, οδός Αγίου Γεωργίου 27, δεύτερος όροφος.", [("address", "Αγίου Γεωργίου 27, δεύτερος όροφος")],
         "Πού βρίσκεται το σπίτι;"),
        ("Το κινητό μου είναι έξι εννιά επτά, τέσσερα πέντε δύο, εξήντα εφτά, μηδέν οχτώ.",
         [("phone", "έξι εννιά επτά, τέσσερα πέντε δύο, εξήντα εφτά, μηδέν οχτώ")]),
        ("Για την απόδειξη χρειάζομαι το ΑΦΜ σας.", []),
        (f"εεε {say(a1, 'el')}", [("id", say(a1, 'el'))], "Για την απόδειξη χρειάζομαι το ΑΦΜ σας."),
        ("Ο τεχνικός θα έρθει την Πέμπτη στις δέκα, και η τοποθέτηση θέλει δύο μέρες.", []),
        # --- micro-cement (Thessaloniki, young)
        ("Microcement Θεσσαλονίκης, γεια σας, ο Νίκος εδώ.", [("name", "Νίκος")]),
        ("Γεια, είμαι η Δέσποινα Τσολάκη, θέλω πατητή τσιμεντοκονία στο μπάνιο και στην κουζίνα, γύρω στα σαράντα τετραγωνικά.",
         [("name", "Δέσποινα Τσολάκη")]),
        ("Είναι πενήντα πέντε ευρώ το τετραγωνικό, οπότε περίπου δύο χιλιάδες διακόσια, και η δουλειά θέλει πέντε μέρες.", []),
        ("στείλε μου προσφορά στο despina tsolaki παπάκι gmail τελεία com",
         [("email", "despina tsolaki παπάκι gmail τελεία com")]),
        ("Η διεύθυνση είναι Εγνατίας 112, τρίτος όροφος, Θεσσαλονίκη 54630.",
         [("address", "Εγνατίας 112, τρίτος όροφος, Θεσσαλονίκη 54630")]),
        (f"Προκαταβολή με κάρτα: {grp(c1, [4, 4, 4, 4])}", [("card", grp(c1, [4, 4, 4, 4]))]),
        ("Ευχαριστώ Δέσποινα, θα σας πάρουμε τη Δευτέρα.", [("name", "Δέσποινα")]),
        # --- terrace waterproofing (Piraeus)
        ("Στεγανώσεις Πειραιά, παρακαλώ.", []),
        ("Ναι γεια σας, Γιάννης Μαυρίδης, τρέχει νερό από την ταράτσα στο ρετιρέ, έχουμε εκατόν είκοσι τετραγωνικά.",
         [("name", "Γιάννης Μαυρίδης")]),
        ("Με ασφαλτικές μεμβράνες είναι δεκαοχτώ ευρώ το μέτρο, με πολυουρεθανικό είκοσι δύο, και δίνουμε δέκα χρόνια εγγύηση.", []),
        ("Η πολυκατοικία είναι στην Καστέλλα, Ακτή Θεμιστοκλέους 84, Πειραιάς 18536.",
         [("address", "Ακτή Θεμιστοκλέους 84, Πειραιάς 18536")], "Η διεύθυνση του ακινήτου;"),
        ("τηλέφωνο 210 4178 326", [("phone", "210 4178 326")]),
        (f"την προκαταβολή θα την στείλω από την Εθνική, το IBAN μου είναι {ib1} αν χρειαστεί επιστροφή",
         [("iban", ib1)]),
        (f"Ο αριθμός πρωτοκόλλου της προσφοράς είναι {prot}.", []),
        # --- awnings (Limassol, Cypriot)
        ("Τέντες Λεμεσού, καλησπέρα, η Ελένη.", [("name", "Ελένη")]),
        ("Καλησπέρα, εν ο Χαράλαμπος Χριστοδούλου, ο Χάμπης, θέλω τέντα με μπράτσα για τη βεράντα, πέντε μέτρα.",
         [("name", "Χαράλαμπος Χριστοδούλου"), ("name", "Χάμπης")]),
        ("Μάλιστα, ηλεκτρική με αισθητήρα αέρα είναι χίλια εννιακόσια, και χωρίς μοτέρ χίλια τριακόσια πενήντα.", []),
        ("Το σπίτι είναι στη Γερμασόγεια, οδός Ευαγόρου 15, 4047 Λεμεσός.",
         [("address", "οδός Ευαγόρου 15, 4047 Λεμεσός")], "Πού εν το σπίτι;"),
        ("Το κινητό μου εννιά εννιά, τέσσερα έξι, ογδόντα ένα, τριάντα πέντε",
         [("phone", "εννιά εννιά, τέσσερα έξι, ογδόντα ένα, τριάντα πέντε")]),
        (f"Τζιαι το IBAN μου στην Τράπεζα Κύπρου, {ib2}", [("iban", ib2)]),
        ("Πότε εγεννηθήκετε; Για την εγγύηση.", []),
        ("Στις δεκατρείς του Μάρτη του εβδομήντα τέσσερα.", [("date_of_birth", "δεκατρείς του Μάρτη του εβδομήντα τέσσερα")],
         "Πότε εγεννηθήκετε; Για την εγγύηση."),
        ("Η τοποθέτηση θα γίνει μετά το Πάσχα, γύρω στις 25 Απριλίου.", []),
        # --- dry-stone wall (Naxos)
        ("Ξερολιθιές Κυκλάδων, ο Μανώλης.", [("name", "Μανώλης")]),
        ("Γεια σας, είμαι ο Πέτρος Ζευγώλης, έχω ένα χωράφι στη Νάξο και έπεσε η ξερολιθιά, καμιά τριανταριά μέτρα.",
         [("name", "Πέτρος Ζευγώλης")]),
        ("Το μέτρο είναι εκατόν σαράντα ευρώ, και ξεκινάμε μετά τον Σεπτέμβρη που φεύγουν οι τουρίστες.", []),
        ("Το χωράφι είναι στη Χαλκί, πάνω από την εκκλησία της Παναγίας Πρωτόθρονης.", []),
        (f"Για το τιμολόγιο, ΑΦΜ {a2}, και μένω Αθήνα, Ιπποκράτους 45, Εξάρχεια, 10680.",
         [("id", a2), ("address", "Ιπποκράτους 45, Εξάρχεια, 10680")]),
        ("petros.zevgolis@yahoo.gr", [("email", "petros.zevgolis@yahoo.gr")], "Και ένα email;"),
        (f"Πληρώνω με Mastercard, {say(c2[:4], 'el')}, {say(c2[4:8], 'el')}, {say(c2[8:12], 'el')}, {say(c2[12:], 'el')}",
         [("card", f"{say(c2[:4], 'el')}, {say(c2[4:8], 'el')}, {say(c2[8:12], 'el')}, {say(c2[12:], 'el')}")]),
        # --- plaster mouldings (Athens, neoclassical)
        ("Γύψινα Διακοσμητικά Πλάκας, καλησπέρα.", []),
        ("Καλησπέρα, η Φωτεινή Λαμπράκη, αναπαλαιώνουμε ένα νεοκλασικό και θέλουμε ροζέτες και κορνίζες οροφής.",
         [("name", "Φωτεινή Λαμπράκη")]),
        ("Οι ροζέτες ξεκινάνε από ογδόντα ευρώ, οι κορνίζες είκοσι πέντε το μέτρο, το σπίτι έχει ύψος τέσσερα μέτρα;", []),
        ("Ναι, τέσσερα και είκοσι. Το σπίτι είναι Μνησικλέους 9, Πλάκα, 10556.",
         [("address", "Μνησικλέους 9, Πλάκα, 10556")]),
        ("Κυρία Λαμπράκη, χρειάζομαι ΑΦΜ για το δελτίο αποστολής.", [("name", "Κυρία Λαμπράκη")]),
        (f"{a3[:3]} {a3[3:6]} {a3[6:]}", [("id", f"{a3[:3]} {a3[3:6]} {a3[6:]}")],
         "Κυρία Λαμπράκη, χρειάζομαι ΑΦΜ για το δελτίο αποστολής."),
        (f"Και αν κάτι δεν σας αρέσει, επιστροφή στο {ib3.replace(' ', '')}", [("iban", ib3.replace(" ", ""))]),
        ("fotini underscore lambraki at hotmail dot com", [("email", "fotini underscore lambraki at hotmail dot com")]),
    ]


PARTS["el"].append(el_part1)

# ---------------------------------------------------------------- Greek, part 2
SECTORS["el"] += ["armoured-door installer (Patras)", "tile regrouting (Larnaca)", "bathtub-to-shower conversion (Volos)",
                  "illegal-building legalisation engineer (Heraklion)", "built-in wardrobe carpenter (Nicosia)"]


def el_part2():
    a4 = afm("11045378")
    a5 = afm("03398162")
    a6 = afm("15582304")
    a7 = afm("09917440")
    a8 = afm("12203857")
    c3 = card("402360119847725")
    c4 = card("37921044813826")               # Amex
    c5 = card("549901237766041")
    c6 = card("414720583306219")
    c7 = card("676131409922785")              # Maestro 16
    c8 = card("523380116675430")
    ib4 = iban("GR", "02601150000040200231771")
    ib5 = iban("CY", "002001950000357001234567")
    ib6 = iban("GR", "01408720872002101031248")
    ib7 = iban("GR", "01103740000037411662204")
    ib8 = iban("CY", "012000010000000156873402")
    kaek = bad("050681403008")
    return [
        # --- armoured doors (Patras)
        ("Θωρακισμένες Πόρτες Αχαΐας, καλημέρα, ο Σπύρος.", [("name", "Σπύρος")]),
        ("Καλημέρα, ο Θανάσης Κουτσογιάννης, μου έσπασαν την πόρτα χθες βράδυ και θέλω θωρακισμένη.",
         [("name", "Θανάσης Κουτσογιάννης")]),
        ("Έχουμε την κλάσης τέσσερα με κύλινδρο ασφαλείας στα χίλια τετρακόσια ογδόντα, τοποθετημένη αύριο το πρωί.", []),
        ("Κορίνθου 212, πρώτος όροφος, Πάτρα 26223", [("address", "Κορίνθου 212, πρώτος όροφος, Πάτρα 26223")],
         "Τη διεύθυνση παρακαλώ;"),
        (f"Κάρτα Visa, {c3[:4]} {c3[4:8]}, {say(c3[8:12], 'el')}, {c3[12:]}",
         [("card", f"{c3[:4]} {c3[4:8]}, {say(c3[8:12], 'el')}, {c3[12:]}")]),
        ("Κινητό 6944 318 772", [("phone", "6944 318 772")]),
        ("Για την ασφαλιστική σας θα χρειαστείτε αντίγραφο του τιμολογίου, με ημερομηνία 12 Νοεμβρίου.", []),
        # --- tile regrouting (Larnaca)
        ("Αρμοί Λάρνακας, καλημέρα, ναι;", []),
        ("Καλημέρα, εν η Ανδρούλλα Γεωργίου, θέλω να αλλάξω τους αρμούς στο μπάνιο τζιαι στην κουζίνα, εμαυρίσαν.",
         [("name", "Ανδρούλλα Γεωργίου")]),
        ("Εποξικός αρμός είναι δώδεκα ευρώ το μέτρο, για τριάντα μέτρα περίπου τριακόσια εξήντα.", []),
        ("Το τηλέφωνο μου, ενενήντα εννιά, πενήντα δύο, δεκαεφτά, σαράντα τρία",
         [("phone", "ενενήντα εννιά, πενήντα δύο, δεκαεφτά, σαράντα τρία")]),
        ("Κυρία Ανδρούλλα, πότε να έρθουμε;", [("name", "Κυρία Ανδρούλλα")]),
        ("Την Τρίτη μετά τις έντεκα, που φεύγει η εγγονή στο σχολείο.", []),
        (f"IBAN για την επιστροφή εγγύησης, {ib5}", [("iban", ib5)]),
        ("androulla.g@cytanet.com.cy", [("email", "androulla.g@cytanet.com.cy")], "Ένα email για την απόδειξη;"),
        ("Ημερομηνία γέννησης για την κάρτα πελάτη σας;", []),
        ("Δεκαοχτώ του έντεκα του πενήντα εννιά", [("date_of_birth", "Δεκαοχτώ του έντεκα του πενήντα εννιά")],
         "Ημερομηνία γέννησης για την κάρτα πελάτη σας;"),
        # --- bathtub-to-shower (Volos)
        ("Ντους Αντί Μπανιέρας Βόλου, η Βάσω.", [("name", "Βάσω")]),
        ("Γεια σας, ο Ηλίας Καραγιάννης, η μητέρα μου δεν μπορεί πια να μπει στη μπανιέρα, θέλουμε ντουζιέρα.",
         [("name", "Ηλίας Καραγιάννης")]),
        ("Με την επιδότηση για άτομα άνω των εξήντα πέντε, μας χρειάζεται ημερομηνία γέννησης της μητέρας σας.", []),
        ("Γεννήθηκε 3/8/1941", [("date_of_birth", "3/8/1941")],
         "Με την επιδότηση για άτομα άνω των εξήντα πέντε, μας χρειάζεται ημερομηνία γέννησης της μητέρας σας."),
        (f"Και ο ΑΦΜ της, {a4}", [("id", a4)]),
        ("Ιάσονος 58, Βόλος, ισόγειο", [("address", "Ιάσονος 58, Βόλος, ισόγειο")], "Η διεύθυνση της μητέρας σας;"),
        ("το email μου ilias.karagiannis παπάκι outlook τελεία com",
         [("email", "ilias.karagiannis παπάκι outlook τελεία com")]),
        ("Η μετατροπή κοστίζει τρεις χιλιάδες εκατό ευρώ και γίνεται σε τέσσερις μέρες.", []),
        # --- legalisation engineer (Heraklion)
        ("Τεχνικό Γραφείο Μαρκάκη, τακτοποιήσεις αυθαιρέτων, ο Μιχάλης.", [("name", "Μιχάλης")]),
        ("Γεια σου, η Ευαγγελία Σηφάκη είμαι, η Λίτσα, κλείσαμε τη βεράντα και πουλάμε το σπίτι.",
         [("name", "Ευαγγελία Σηφάκη"), ("name", "Λίτσα")]),
        ("Το πρόστιμο για κλείσιμο βεράντας είναι περίπου πεντακόσια ευρώ, και η αμοιβή μας τετρακόσια.", []),
        (f"Ο ΚΑΕΚ του ακινήτου είναι {kaek}, το βρίσκω στο Κτηματολόγιο.", []),
        ("Πείτε μου ΑΦΜ, ημερομηνία γέννησης, και διεύθυνση.", []),
        (f"ΑΦΜ {say(a5[:3], 'el_f')} {say(a5[3:6], 'el_f')} {say(a5[6:], 'el_f')}, γεννήθηκα εικοσιδύο Ιουνίου ογδόντα ένα",
         [("id", f"{say(a5[:3], 'el_f')} {say(a5[3:6], 'el_f')} {say(a5[6:], 'el_f')}"),
          ("date_of_birth", "εικοσιδύο Ιουνίου ογδόντα ένα")],
         "Πείτε μου ΑΦΜ, ημερομηνία γέννησης, και διεύθυνση."),
        ("και μένω Λεωφόρος Κνωσού 143, Ηράκλειο 71409", [("address", "Λεωφόρος Κνωσού 143, Ηράκλειο 71409")]),
        (f"πληρώνω με την κάρτα, {grp(c5, [4, 4, 4, 4])}", [("card", grp(c5, [4, 4, 4, 4]))]),
        ("Κινητό εξακόσια ενενήντα δύο... όχι, έξι εννιά τρία, μηδέν τέσσερα, εβδομήντα ένα, ογδόντα εννιά, δύο",
         [("phone", "έξι εννιά τρία, μηδέν τέσσερα, εβδομήντα ένα, ογδόντα εννιά, δύο")]),
        # --- built-in wardrobes (Nicosia)
        ("Ντουλάπες Λευκωσίας, καλησπέρα.", []),
        ("Καλησπέρα, ο Κυριάκος Ιωάννου, ο Κούλης, θέλω εντοιχισμένη ντουλάπα στο υπνοδωμάτιο, τρία μέτρα.",
         [("name", "Κυριάκος Ιωάννου"), ("name", "Κούλης")]),
        ("Με συρόμενες πόρτες και καθρέφτη, χίλια εξακόσια πενήντα, παράδοση σε τρεις εβδομάδες.", []),
        ("Στρόβολος, οδός Αρχαγγέλου 30, διαμέρισμα 201, 2057 Λευκωσία", 
         [("address", "οδός Αρχαγγέλου 30, διαμέρισμα 201, 2057 Λευκωσία")], "Τη διεύθυνση;"),
        ("Τηλέφωνο +357 96 208 417", [("phone", "+357 96 208 417")]),
        (f"Amex, {say(c4[:4], 'el')} {say(c4[4:10], 'el')} {say(c4[10:], 'el')}",
         [("card", f"{say(c4[:4], 'el')} {say(c4[4:10], 'el')} {say(c4[10:], 'el')}")]),
        (f"Η επιστροφή στον λογαριασμό μου στην Ελληνική, {ib8}", [("iban", ib8)]),
        ("koulis ioannou 77 at gmail dot com", [("email", "koulis ioannou 77 at gmail dot com")], "Email;"),
        ("γεννήθηκα 15.01.1988", [("date_of_birth", "15.01.1988")], "Για τη δωρεάν συντήρηση, ημερομηνία γέννησης;"),
        # extra lines in earlier calls
        (f"και ο ΑΦΜ της γυναίκας μου, που το σπίτι είναι στο όνομά της, {a6}", [("id", a6)]),
        (f"ΑΦΜ εταιρείας {a7[:4]}.{a7[4:]}", [("id", f"{a7[:4]}.{a7[4:]}")]),
        (f"{say(a8, 'el')}", [("id", say(a8, 'el'))], "Τον ΑΦΜ σας για το τιμολόγιο;"),
        (f"Πληρώνω με τη χρεωστική, {c6}", [("card", c6)]),
        (f"Maestro, {grp(c7, [4, 4, 4, 4])}", [("card", grp(c7, [4, 4, 4, 4]))]),
        (f"Της άλλης κάρτας, {c8[:8]} {c8[8:]}", [("card", f"{c8[:8]} {c8[8:]}")]),
        (f"IBAN {ib4}, Alpha Bank", [("iban", ib4)]),
        (f"Στείλτε τα χρήματα στον γιο μου, {ib6}", [("iban", ib6)]),
        (f"Πειραιώς, {ib7}", [("iban", ib7)]),
        ("γεννήθηκα τον Φλεβάρη του '66, στις είκοσι εννιά", [("date_of_birth", "τον Φλεβάρη του '66, στις είκοσι εννιά")],
         "Την ημερομηνία γέννησής σας;"),
        ("Γενέθλια; Εικοσιπέντε Μαρτίου, μαζί με την επανάσταση, χίλια εννιακόσια πενήντα δύο.",
         [("date_of_birth", "Εικοσιπέντε Μαρτίου, μαζί με την επανάσταση, χίλια εννιακόσια πενήντα δύο")]),
        ("Το σταθερό, δύο ένα μηδέν, έξι οχτώ πέντε, ένα τέσσερα ένα δύο", 
         [("phone", "δύο ένα μηδέν, έξι οχτώ πέντε, ένα τέσσερα ένα δύο")]),
        ("stavros.pap@gmail.com, με λατινικά γράμματα", [("email", "stavros.pap@gmail.com")]),
        # non-personal
        ("Το συνεργείο θα είναι στο σπίτι από τις 8 Ιουλίου μέχρι τις 12, εκτός Σαββατοκύριακου.", []),
        ("Η χρέωση των 450 ευρώ έγινε στις 3 Μαρτίου, και η δεύτερη δόση είναι τον Απρίλιο.", []),
        ("Το σύμβολαιο συντήρησης ξεκίνησε το 2021 και είναι τριετές.", []),
        ("Τα υλικά είναι της Mapei και της Kerakoll, κωδικός χρώματος 113, γκρι τσιμέντου.", []),
        ("Είμαστε δίπλα στο Praktiker της Πειραιώς, μετά τη στάση Ταύρος.", []),
        ("Η εγγύηση είναι πέντε χρόνια, και η πρώτη συντήρηση σε δώδεκα μήνες.", []),
        ("Η παραγγελία 4471 φεύγει Παρασκευή με την Γενική Ταχυδρομική, θα έχετε τον αριθμό αποστολής.", []),
        ("Το ΦΠΑ είναι είκοσι τέσσερα τοις εκατό στην Ελλάδα και δεκαεννιά στην Κύπρο.", []),
        ("Ερχόμαστε με φορτηγάκι, χρειάζεται άδεια στάθμευσης από τον δήμο για δύο ώρες.", []),
        ("Πέρσι τον Δεκέμβρη είχαμε κάνει και την πολυκατοικία στην Αλεξάνδρας, είκοσι δύο διαμερίσματα.", []),
        ("Το μοντέλο Ηφαιστος 800, δεκαπέντε κιλοβάτ, βάρος εκατόν ογδόντα κιλά.", []),
    ]


PARTS["el"].append(el_part2)

# === MAIN ===
def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    for lang, parts in PARTS.items():
        if not parts:
            continue
        items = []
        for p in parts:
            items.extend(p())
        rows = build(items, lang)
        assert len({r["text"] for r in rows}) == len(rows), lang + ": duplicate text"
        with open(os.path.join(OUT_DIR, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        kinds = {}
        for r in rows:
            for s in r["spans"]:
                kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
        empty = sum(1 for r in rows if not r["spans"])
        print(lang, len(rows), "items,", empty, "non-personal,",
              sum(kinds.values()), "spans", dict(sorted(kinds.items())))


if __name__ == "__main__":
    main()
