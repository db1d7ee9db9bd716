#!/usr/bin/env python3
"""Held-out redaction evaluation set "blind48".

Written by a helper session that worked only from a written brief: it never
opened, listed or read the redactor, its rules, its tests, or any other
evaluation set or generator. All values are invented; check-digit values
(cards, IBANs, national IDs) are computed here and asserted.

Output: data/redaction/blind48/{en,ar,he,el}.jsonl, one JSON object a line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...],
     "context": str (optional)}
kind is one of card, iban, id, phone, email, date_of_birth, name, address.
start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive),
computed by searching for each span's substring. Items with empty spans are
non-personal and must come out unchanged.

Sectors (repair, maintenance and after-sales of one kind of product each):
see SECTORS below.

Run: python3 benches/redaction/make_blind48.py  (standard library only)
"""
import json
import os
import random

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}
R = random.Random(4848)

# ---------------------------------------------------------------- check digits


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError


def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def mk_card(prefix, n=16):
    body = prefix + rdig(n - 1 - len(prefix))
    c = body + luhn_digit(body)
    assert len(c) == n and luhn_ok(c)
    return c


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "LT": 20}


def iban_ok(s):
    s = s.replace(" ", "")
    if len(s) != IBAN_LEN.get(s[:2], -1):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in r)
    return int(num) % 97 == 1


def mk_iban(cc, fmt):
    """fmt: '@' = random capital letter, '#' = random digit, else literal."""
    bban = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if f == "@" else
                   (R.choice("0123456789") if f == "#" else f) for f in fmt)
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    ck = 98 - int(num) % 97
    ib = cc + "%02d" % ck + bban
    assert len(ib) == IBAN_LEN[cc], (cc, len(ib))
    assert iban_ok(ib)
    return ib


def il_id_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    s = 0
    for i, ch in enumerate(d):
        x = int(ch) * (1 if i % 2 == 0 else 2)
        s += x - 9 if x > 9 else x
    return s % 10 == 0


def mk_il_id():
    while True:
        body = rdig(8)
        for c in "0123456789":
            if il_id_ok(body + c):
                return body + c


def afm_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return s % 11 % 10 == int(d[8])


def mk_afm():
    while True:
        body = R.choice("01") + rdig(7)
        body = body if body[0] != "0" else "1" + body[1:]
        c = str(sum(int(body[i]) * 2 ** (8 - i) for i in range(8)) % 11 % 10)
        if afm_ok(body + c):
            return body + c


def sa_id_ok(d):
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def mk_sa_id(first="1"):
    body = first + rdig(8)
    d = body + luhn_digit(body)
    assert sa_id_ok(d)
    return d


def ssn_ok(s):
    a, g, n = s.split("-")
    return (len(a), len(g), len(n)) == (3, 2, 4) and 1 <= int(a) <= 899 and \
        int(a) != 666 and 1 <= int(g) <= 99 and 1 <= int(n) <= 9999


def fails_all(d):
    """A long non-personal number must not pass any of the check-digit tests."""
    d = d.replace(" ", "").replace("-", "")
    assert d.isdigit(), d
    assert not (13 <= len(d) <= 19 and luhn_ok(d)), d
    assert not il_id_ok(d), d
    assert not afm_ok(d), d
    assert not sa_id_ok(d), d
    return True


def mk_bad(n, first=None):
    while True:
        d = (first or R.choice("123456789")) + rdig(n - 1)
        try:
            fails_all(d)
            if n >= 13 and luhn_ok(d):
                continue
            return d
        except AssertionError:
            continue


def grp(d, sizes, sep=" "):
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    if i < len(d):
        out.append(d[i:])
    return sep.join(out)


# ---------------------------------------------------------------- number words

EN_D = "zero one two three four five six seven eight nine".split()
EN_TEENS = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
            "eighteen nineteen").split()
EN_TENS = [None, None, "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
           "eighty", "ninety"]


def en_digits(d, oh=False, double=False, sep=" "):
    out, i = [], 0
    while i < len(d):
        w = "oh" if (oh and d[i] == "0") else EN_D[int(d[i])]
        if double and i + 1 < len(d) and d[i + 1] == d[i] and \
                not (i + 2 < len(d) and d[i + 2] == d[i]):
            out.append("double " + w)
            i += 2
            continue
        out.append(w)
        i += 1
    return sep.join(out)


def en_pair(p):
    n = int(p)
    if p[0] == "0":
        return "oh " + EN_D[n]
    if n < 10:
        return EN_D[n]
    if n < 20:
        return EN_TEENS[n - 10]
    return EN_TENS[n // 10] + ("" if n % 10 == 0 else "-" + EN_D[n % 10])


AR_D_MSA = "صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
AR_D_COL = "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split()
AR_D_GULF = "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()


def ar_digits(d, col=False, gulf=False, sep=" "):
    tab = AR_D_COL if col else (AR_D_GULF if gulf else AR_D_MSA)
    return sep.join(tab[int(c)] for c in d)


AR_IND = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def ar_ind(s):
    return s.translate(AR_IND)


HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()


def he_digits(d, masc=False, sep=" "):
    tab = HE_M if masc else HE_F
    return sep.join(tab[int(c)] for c in d)


EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
EL_TEENS = ("δέκα έντεκα δώδεκα δεκατρία δεκατέσσερα δεκαπέντε δεκαέξι "
            "δεκαεφτά δεκαοχτώ δεκαεννιά").split()
EL_TENS = [None, None, "είκοσι", "τριάντα", "σαράντα", "πενήντα", "εξήντα",
           "εβδομήντα", "ογδόντα", "ενενήντα"]


def el_digits(d, sep=" "):
    return sep.join(EL_D[int(c)] for c in d)


def el_pair(p):
    n = int(p)
    if p[0] == "0":
        return "μηδέν " + EL_D[n]
    if n < 10:
        return EL_D[n]
    if n < 20:
        return EL_TEENS[n - 10]
    return EL_TENS[n // 10] + ("" if n % 10 == 0 else " " + EL_D[n % 10])


def el_pairs(d, sep=" "):
    return sep.join(el_pair(d[i:i + 2]) if len(d[i:i + 2]) == 2 else EL_D[int(d[i])]
                    for i in range(0, len(d), 2))


def en_pairs(d, sep=" "):
    return sep.join(en_pair(d[i:i + 2]) if len(d[i:i + 2]) == 2 else EN_D[int(d[i])]
                    for i in range(0, len(d), 2))


# ---------------------------------------------------------------- item builder


def build(items):
    """items: list of (text, [(kind, substring[, occurrence])], context-or-None)."""
    rows = []
    for it in items:
        text, spans = it[0], it[1]
        ctx = it[2] if len(it) > 2 else None
        out = []
        b = text.encode("utf-8")
        for sp in spans:
            kind, sub = sp[0], sp[1]
            occ = sp[2] if len(sp) > 2 else 0
            assert kind in KINDS, kind
            assert sub and sub == sub.strip(), (sub, text)
            i = -1
            for _ in range(occ + 1):
                i = text.find(sub, i + 1)
                assert i >= 0, (sub, text)
            s = len(text[:i].encode("utf-8"))
            e = s + len(sub.encode("utf-8"))
            assert b[s:e].decode("utf-8") == sub
            out.append({"kind": kind, "start": s, "end": e})
        out.sort(key=lambda x: x["start"])
        for a, c in zip(out, out[1:]):
            assert a["end"] <= c["start"], ("overlap", text)
        row = {"text": text, "spans": out}
        if ctx:
            row["context"] = ctx
        rows.append(row)
    return rows


LANGS = {}
SECTORS = {}

# ================================================================ languages
# (appended below, one language at a time)


# ---------------------------------------------------------------- English
SECTORS["en"] = [
    "valve guitar-amplifier repair (UK)", "home treadmill servicing (US)",
    "longcase clock restoration (UK)", "CPAP machine servicing (Ireland)",
    "pinball machine restoration (US)", "stand-mixer repair (Australia)",
    "oxygen concentrator servicing (Indian caller in Riyadh)",
    "inverter and backup-battery servicing (Nigeria)", "denture repair lab (UK)",
    "scuba regulator servicing (Australia)", "fountain pen repair (India)",
    "dashcam after-sales support (Ireland)", "soft-serve machine servicing (US)",
    "rowing-machine repair (Anglo caller in Israel)",
]
EN_CARD1 = mk_card("4539")
EN_CARD2 = mk_card("6011")
EN_CARD3 = mk_card("5412")
EN_IBAN1 = mk_iban("GB", "NWBK60" + "#" * 12)
EN_IBAN2 = mk_iban("GB", "BARC20" + "#" * 12)
EN_IBAN3 = mk_iban("IE", "AIBK93" + "#" * 12)
EN_IBAN4 = mk_iban("SA", "80" + "#" * 18)
EN_SSN1 = "524-71-0938"
EN_SSN2 = "318-44-2719"
EN_IQ1 = mk_sa_id("2")
EN_IQ2 = mk_sa_id("2")
for _s in (EN_SSN1, EN_SSN2):
    assert ssn_ok(_s)
EN_BAD1 = mk_bad(12)
EN_BAD2 = mk_bad(16, "4")

EN = [
    # --- valve amp repair, Manchester
    ("Morning, Valve and Vintage Amp Repairs, Gemma speaking, how can I help?",
     [("name", "Gemma")]),
    ("Hiya, yeah, it's Callum Rourke here, I dropped a Marshall JCM800 off last week.",
     [("name", "Callum Rourke")]),
    ("Right, so the output transformer's fine, it's two of the EL34s that went, so that's "
     "forty-two quid for a matched pair plus an hour's labour at fifty-five.", []),
    ("Your ticket number's 20417 and it should be back on the bench by Thursday the 14th.", []),
    ("Yeah it's oh seven seven double four, nine one two, three oh eight.",
     [("phone", "oh seven seven double four, nine one two, three oh eight")],
     "What's the best number to text you on when it's ready?"),
    (f"go on then I'll pay the deposit now its a visa {grp(EN_CARD1, [4, 4, 4, 4])}",
     [("card", grp(EN_CARD1, [4, 4, 4, 4]))]),
    ("Um, Flat 3, 27 Bexley Grove, Salford, M6 8QT.",
     [("address", "Flat 3, 27 Bexley Grove, Salford, M6 8QT")],
     "And if you'd rather we post it back, what's the address?"),
    ("We're the unit behind the Aldi on Oldham Road, open till half five Monday to Saturday.", []),
    # --- home treadmill servicing, Arizona
    ("Thank you for calling StrideLine service, this is Tyler, may I have your name please?",
     [("name", "Tyler")]),
    ("yeah hi this is marisol vega the belt on my t7 keeps slipping when i get past like six miles an hour",
     [("name", "marisol vega")]),
    ("Okay, so that's the T7 with the 3.0 horsepower motor, serial ending 88213, purchased March 2021, "
     "so the motor's covered for ten years but labor was only one year.", []),
    ("Okay Ms. Vega, the extended labor plan is $189 for 24 months, and we can finance that at zero percent.",
     [("name", "Vega")]),
    ("Sure. It's five two four, seven one, oh nine three eight.",
     [("id", "five two four, seven one, oh nine three eight")],
     "For the financing application I'll need your Social Security number."),
    ("June ninth, nineteen eighty-seven.", [("date_of_birth", "June ninth, nineteen eighty-seven")],
     "And your date of birth, ma'am?"),
    ("The service address is 1148 West Alameda Avenue, apartment 12B, Tempe, Arizona 85282.",
     [("address", "1148 West Alameda Avenue, apartment 12B, Tempe, Arizona 85282")]),
    ("I can get a technician out Tuesday the 9th between 8 and noon, or Friday afternoon, 1 to 5.", []),
    ("and can you send the confirmation to marisol v 87 at gmail dot com, that's v as in victor",
     [("email", "marisol v 87 at gmail dot com")]),
    ("The belt and deck kit is $129.99 and the lube is another $14, so with tax you're around $158.", []),
    # --- longcase clock restoration, Essex
    ("Hello, is that the clock people? This is Winifred Ashdown, well, Winnie, I rang on Monday about my grandfather clock.",
     [("name", "Winifred Ashdown"), ("name", "Winnie")]),
    ("The movement's from about 1790, eight-day, and the quote to strip and clean it is three hundred and "
     "forty pounds, plus sixty-five for a new suspension spring.", []),
    ("It loses about four minutes a day and it strikes eleven when it should be twelve.", []),
    ("The Old Forge, 4 Mill Lane, Little Waltham, near Chelmsford. CM3 3NT.",
     [("address", "The Old Forge, 4 Mill Lane, Little Waltham, near Chelmsford. CM3 3NT")],
     "We'd collect it in the van, where would that be from?"),
    ("My number is oh one two four five, three six one, oh nine two. Ring after ten, I'm at the shops first thing.",
     [("phone", "oh one two four five, three six one, oh nine two")]),
    ("Not at all, dear. Second of February, nineteen forty-nine.",
     [("date_of_birth", "Second of February, nineteen forty-nine")],
     "We do ten percent off for the over-seventies, would you mind giving me your date of birth?"),
    (f"For the refund of the deposit, my son set it up, it's {EN_IBAN1[:4]} {grp(EN_IBAN1[4:], [4, 4, 4, 2])}.",
     [("iban", f"{EN_IBAN1[:4]} {grp(EN_IBAN1[4:], [4, 4, 4, 2])}")]),
    ("We'd have it back to you by the first week of December, in time for Christmas.", []),
    # --- CPAP servicing, Cork
    ("RestWell CPAP Care, Ciarán here, how can I help?", [("name", "Ciarán")]),
    ("Hi there, howya, it's Siobhán O'Driscoll, the humidifier chamber on me machine is after cracking.",
     [("name", "Siobhán O'Driscoll")]),
    ("Is that the AirSense 10? Bought in 2019? So it's out of the two-year warranty, but the chamber's only "
     "thirty-nine euro and the filters are twelve for a pack of six.", []),
    ("It's siobhan dot odriscoll at eircom dot net, no apostrophe.",
     [("email", "siobhan dot odriscoll at eircom dot net")],
     "What email will I send the invoice to?"),
    ("Mobile is 087 214 6390.", [("phone", "087 214 6390")]),
    (f"For the service plan direct debit it's {grp(EN_IBAN3, [4, 4, 4, 4, 4])}, that's AIB.",
     [("iban", grp(EN_IBAN3, [4, 4, 4, 4, 4]))]),
    ("14 Knockmore Park, Ballincollig, County Cork, and the Eircode is P31 X2Y7.",
     [("address", "14 Knockmore Park, Ballincollig, County Cork"), ("address", "P31 X2Y7")],
     "And the delivery address for the chamber?"),
    ("The pressure's set at 9 centimetres and the mask is a medium, the ResMed F20.", []),
    # --- pinball restoration, Illinois
    ("Silverball Restorations, good morning.", []),
    ("Hey there, Dwayne Kowalski, everybody calls me Dee, I got a 1992 Addams Family with a dead left flipper.",
     [("name", "Dwayne Kowalski"), ("name", "Dee")]),
    ("Thing's hand still works but the flipper rebuild kit is $78, the coil is $24, and a full playfield swap runs $1,450.",
     []),
    ("Full one's 318 44 2719.", [("id", "318 44 2719")],
     "Our financing partner needs your Social, the full one if you want the twelve-month plan."),
    (f"card's a discover, {en_digits(EN_CARD2[:4])}, {en_digits(EN_CARD2[4:8])}, "
     f"{en_digits(EN_CARD2[8:12])}, {en_digits(EN_CARD2[12:])}",
     [("card", f"{en_digits(EN_CARD2[:4])}, {en_digits(EN_CARD2[4:8])}, "
               f"{en_digits(EN_CARD2[8:12])}, {en_digits(EN_CARD2[12:])}")]),
    ("Pick-up's from 7730 Old Orchard Drive, unit C, that's in Skokie, 60076.",
     [("address", "7730 Old Orchard Drive, unit C, that's in Skokie, 60076")]),
    ("it's d kowalski pinball at aol dot com yeah I still got aol",
     [("email", "d kowalski pinball at aol dot com")]),
    ("We've got eleven machines ahead of yours, so figure six to eight weeks, probably mid-October.", []),
    # --- stand-mixer repair, Brisbane
    ("Oh hi, yeah, Bron here, Bronwyn McAllister, my KitchenAid's making a grinding noise and the head's wobbling.",
     [("name", "Bron"), ("name", "Bronwyn McAllister")]),
    ("That's usually the worm gear, it's a sacrificial nylon gear, forty-nine ninety-five for the part and "
     "around a hundred and twenty for labour.", []),
    ("Yep, it's oh four one two, double five seven, eight three one.",
     [("phone", "oh four one two, double five seven, eight three one")],
     "What's a good mobile for you?"),
    ("bron dot mac eighty-one at bigpond dot com", [("email", "bron dot mac eighty-one at bigpond dot com")],
     "And an email for the quote?"),
    (f"Mastercard, {grp(EN_CARD3, [4, 4, 4, 4])}, expiry oh nine twenty-seven.",
     [("card", grp(EN_CARD3, [4, 4, 4, 4]))]),
    ("Turnaround's about ten working days, so you'd have it back before the twenty-third.", []),
    # --- oxygen concentrator servicing, Riyadh
    ("Good afternoon, BreatheEasy service centre, my name is Faisal.", [("name", "Faisal")]),
    ("Good afternoon sir, myself Venkatesh Subramanian, calling regarding my father's oxygen concentrator, "
     "it is giving low purity alarm.", [("name", "Venkatesh Subramanian")]),
    ("Flow is set at 3 litres per minute and the purity is showing 82 percent only, earlier it was 95.", []),
    (f"Iqama number is {grp(EN_IQ1, [3, 3, 4])}.", [("id", grp(EN_IQ1, [3, 3, 4]))],
     "For registering the service I need your Iqama number."),
    (f"and my father's iqama is {en_digits(EN_IQ2)}",
     [("id", en_digits(EN_IQ2))]),
    ("Fourteenth August, 1948.", [("date_of_birth", "Fourteenth August, 1948")],
     "And the patient's date of birth for our record?"),
    ("You can call me on plus nine six six, five five, three eight one, two zero four seven.",
     [("phone", "plus nine six six, five five, three eight one, two zero four seven")]),
    (f"for the deposit refund please use {EN_IBAN4}, Al Rajhi",
     [("iban", EN_IBAN4)]),
    ("The technician can come on Sunday after Asr, the visit charge is 150 riyals, and the sieve beds are 420 each.", []),
]
LANGS["en"] = EN

EN_CARD4 = mk_card("5061", 19)
EN_CARD5 = mk_card("37", 15)
EN_CARD6 = mk_card("6521")
EN_CARD7 = mk_card("4916")
EN_CARD8 = mk_card("5288")
EN_IBAN5 = mk_iban("GB", "MIDL40" + "#" * 12)
EN_IBAN6 = mk_iban("AE", "0" + "#" * 18)
EN_IBAN7 = mk_iban("LT", "3250" + "#" * 12)
EN_IBAN8 = mk_iban("IE", "BOFI90" + "#" * 12)
EN_SSN3 = "607-18-4452"
EN_SSN3B = "607-18-4425"
for _s in (EN_SSN3, EN_SSN3B):
    assert ssn_ok(_s)
EN_TZ1 = mk_il_id()
EN_TZ2 = mk_il_id()
EN_BAD3 = mk_bad(14, "2")
EN_BAD4 = mk_bad(10, "1")
EN_BAD5 = mk_bad(9)

EN += [
    # --- inverter and battery servicing, Lagos
    ("PowerHouse Inverter Care, good morning, I am Funmilayo, how may I help you?",
     [("name", "Funmilayo")]),
    ("Good morning ma. My name is Chukwuemeka Okafor. The inverter has been beeping since yesterday night "
     "and the batteries are not holding again.", [("name", "Chukwuemeka Okafor")]),
    ("It's the 5kVA one with four 200 amp-hour batteries, you people installed it November 2022, "
     "the batteries have eighteen months warranty.", []),
    ("zero eight zero three, four one seven, two two nine one. Or you call my wife on the other one, "
     "zero eight zero five, six six oh, one three four eight.",
     [("phone", "zero eight zero three, four one seven, two two nine one"),
      ("phone", "zero eight zero five, six six oh, one three four eight")],
     "Which number will the technician call you on?"),
    ("No. 9 Olufemi Close, off Admiralty Way, Lekki Phase 1. Tell him to ask for the yellow gate.",
     [("address", "No. 9 Olufemi Close, off Admiralty Way, Lekki Phase 1")],
     "And the address, sir?"),
    ("The call-out is seven thousand five hundred naira and the technician will come Saturday between ten and two.", []),
    ("emeka underscore okafor two at yahoo dot com",
     [("email", "emeka underscore okafor two at yahoo dot com")], "Your email for the receipt?"),
    (f"I will pay with my Verve card, {grp(EN_CARD4, [4, 4, 4, 4, 3])}.",
     [("card", grp(EN_CARD4, [4, 4, 4, 4, 3]))]),
    (f"My brother in London will pay for the batteries from his account, {EN_IBAN5[:2]} {EN_IBAN5[2:4]} "
     f"{grp(EN_IBAN5[4:], [4, 4, 4, 6])}, he said to use that one.",
     [("iban", f"{EN_IBAN5[:2]} {EN_IBAN5[2:4]} {grp(EN_IBAN5[4:], [4, 4, 4, 6])}")]),
    ("NEPA took light three times today, that's why the batteries are cycling so much.", []),
    # --- denture repair lab, Kent
    ("Oh hello love, it's Reg, Reginald Pollard, my top plate's gone and cracked right down the middle.",
     [("name", "Reg"), ("name", "Reginald Pollard")]),
    ("Same-day repair is forty-five pounds if you get it to us by ten, and it'll be ready for four o'clock.", []),
    ("Twenty-ninth of the eleventh, forty-one.", [("date_of_birth", "Twenty-ninth of the eleventh, forty-one")],
     "And your date of birth for the lab card, Mr Pollard?"),
    ("Flat 7, Jubilee Court, Harbour Street, Whitstable, CT5 1AQ. It's the ground floor.",
     [("address", "Flat 7, Jubilee Court, Harbour Street, Whitstable, CT5 1AQ")],
     "If you can't get in we do it by post, what's the address?"),
    (f"Refund back to the same account, the one ending, hang on, {EN_IBAN2[:4]} {grp(EN_IBAN2[4:], [4, 4, 4, 2])}",
     [("iban", f"{EN_IBAN2[:4]} {grp(EN_IBAN2[4:], [4, 4, 4, 2])}")]),
    ("We're open Monday to Friday, nine till five, and Saturday mornings by appointment.", []),
    ("It was the 3rd of June we did the last reline on it, and that was a hundred and ten.", []),
    # --- scuba regulator servicing, Cairns
    ("hi its mia nguyen i booked in two regs and an octo for the annual service",
     [("name", "mia nguyen")]),
    ("Annual service is a hundred and thirty-five per first stage, the octo's seventy, and if the HP seat "
     "needs doing that's another eighteen.", []),
    ("Intermediate pressure was 9.5 bar and cracking effort 1.2 inches of water, all within spec.", []),
    (f"yeah amex {grp(EN_CARD5, [4, 6, 5])}", [("card", grp(EN_CARD5, [4, 6, 5]))],
     "How would you like to pay?"),
    ("email is m-i-a dot n-g-u-y-e-n dot dives at outlook dot com",
     [("email", "m-i-a dot n-g-u-y-e-n dot dives at outlook dot com")]),
    ("Thanks Ms Nguyen, and that's outlook, not hotmail?", [("name", "Nguyen")]),
    ("0431 228 960, that's my mobile.", [("phone", "0431 228 960")]),
    ("We're heading out to Osprey Reef on the 18th, so I need them by the Friday before.", []),
    # --- fountain pen repair, Pune
    ("Hello, hi, I'm Priyanka Deshpande, I have a Parker 51, it was my grandfather's, the sac has perished.",
     [("name", "Priyanka Deshpande")]),
    ("Replacing the sac is 650 rupees, polishing is 200, and we need seven to ten days.", []),
    ("nine eight two two zero, four one seven three six",
     [("phone", "nine eight two two zero, four one seven three six")], "Your mobile number, madam?"),
    ("It's priyanka dot deshpande at rediffmail dot com. Yes, rediff, I know.",
     [("email", "priyanka dot deshpande at rediffmail dot com")]),
    ("B-402, Shree Ganesh Apartments, Baner Road, Pune 411045.",
     [("address", "B-402, Shree Ganesh Apartments, Baner Road, Pune 411045")],
     "Courier address for return?"),
    (f"It's a RuPay card, {EN_CARD6}.", [("card", EN_CARD6)]),
    (f"Actually, can you refund the advance to my Dubai account? {grp(EN_IBAN6, [4, 4, 4, 4, 4])}, Emirates NBD.",
     [("iban", grp(EN_IBAN6, [4, 4, 4, 4, 4]))]),
    ("The nib is a medium, 14 carat, and the cap jewel is missing, model year 1948 I think.", []),
    # --- dashcam after-sales, Dublin
    ("RoadEye support, how can I help?", []),
    ("Ah howya, Paudie Fitzgerald here, the rear camera on the dashcam keeps dropping out.",
     [("name", "Paudie Fitzgerald")]),
    ("The firmware's version 2.4.1, I updated it on the fifth, it records grand for twenty minutes and then it cuts.", []),
    (f"Your order number is {grp(EN_BAD1, [4, 4, 4], '-')}, delivered on the 12th of May.", []),
    ("085 771 3042", [("phone", "085 771 3042")], "Best number to reach you?"),
    (f"The refund can go to my Revolut, {grp(EN_IBAN7, [4, 4, 4, 4, 4])}.",
     [("iban", grp(EN_IBAN7, [4, 4, 4, 4, 4]))]),
    (f"Or actually no, use the Bank of Ireland one, {grp(EN_IBAN8, [4, 4, 4, 4, 4])}, sorry.",
     [("iban", grp(EN_IBAN8, [4, 4, 4, 4, 4]))]),
    ("paudie fitz at gmail dot com", [("email", "paudie fitz at gmail dot com")],
     "I'll email you the returns label, what's the address?"),
    ("The replacement cable is 4.5 metres, and we'll have it in the post by Wednesday.", []),
    # --- soft-serve machine servicing, Queens
    ("Frostline service, can I get the name on the account?", []),
    ("Yeah, Ahmed Rahman, Sweet Ride Ice Cream, it's the truck, the freezer cylinder won't get below 24 degrees.",
     [("name", "Ahmed Rahman")]),
    ("It should be 18 to 20, and the beater motor's pulling 9 amps, so it's probably the scraper blades.", []),
    ("for the lease on the new one they need my social six oh seven, one eight, four four five two, no wait, "
     "four four two five",
     [("id", "six oh seven, one eight, four four five two"), ("id", "four four two five")]),
    ("Okay, 607-18-4425, and date of birth?", [("id", "607-18-4425")]),
    ("oh three, twelve, seventy-nine", [("date_of_birth", "oh three, twelve, seventy-nine")],
     "and date of birth?"),
    (f"visa {en_digits(EN_CARD7[:4], oh=True)} {en_digits(EN_CARD7[4:8], oh=True)} "
     f"{en_digits(EN_CARD7[8:12], oh=True)} {en_digits(EN_CARD7[12:], oh=True)}",
     [("card", f"{en_digits(EN_CARD7[:4], oh=True)} {en_digits(EN_CARD7[4:8], oh=True)} "
               f"{en_digits(EN_CARD7[8:12], oh=True)} {en_digits(EN_CARD7[12:], oh=True)}")]),
    ("I park it overnight at 41-19 Greenpoint Avenue, Sunnyside, 11104, you can send the guy there.",
     [("address", "41-19 Greenpoint Avenue, Sunnyside, 11104")]),
    ("Service call is $165 flat plus parts, and the blade kit is $62.50, we open at 7 on Saturdays.", []),
    (f"The invoice reference is {EN_BAD3}, it's on the top right.", []),
    # --- rowing-machine repair, Modi'in (Anglo caller)
    ("Hi, my name is Avi Rosenthal, I'm calling about the rowing machine, the monitor keeps resetting.",
     [("name", "Avi Rosenthal")]),
    (f"Sure, it's {grp(EN_TZ1, [3, 3, 3])}, and my wife registered the warranty under hers, "
     f"{en_digits(EN_TZ2)}.",
     [("id", grp(EN_TZ1, [3, 3, 3])), ("id", en_digits(EN_TZ2))],
     "For the warranty lookup I need your teudat zehut."),
    ("the fourth of July, 1983, easy to remember, I know",
     [("date_of_birth", "the fourth of July, 1983")], "And your date of birth?"),
    ("avi dot rosenthal at walla dot co dot il",
     [("email", "avi dot rosenthal at walla dot co dot il")]),
    (f"Mastercard, {en_pairs(EN_CARD8)}",
     [("card", en_pairs(EN_CARD8))]),
    ("It's the Model D with the PM5 monitor, bought at the Azrieli branch in August, so it's under warranty till August next year.", []),
    (f"The damper and chain service is 290 shekels and the technician is in Modi'in on Sundays. Ticket {EN_BAD4}.", []),
    ("We had 37 of these come in since Pesach, it's a known issue with the 2022 batch.", []),
    ("Twenty-second of the ninth, ninety-one.", [("date_of_birth", "Twenty-second of the ninth, ninety-one")],
     "Grand, and your date of birth for the warranty claim, Paudie?"),
    ("For the warranty card they asked date of birth, I wrote 5th January 1980, is that okay?",
     [("date_of_birth", "5th January 1980")]),
    ("Your part was shipped on the 2nd from Rotterdam and should clear customs within 5 to 7 working days.", []),
    ("The charge of 85 euro on the 14th of March was for the diagnostic, it comes off the repair.", []),
    (f"Can you give me the serial? It's under the seat, nine digits, like {EN_BAD5}.", []),
]


# ---------------------------------------------------------------- Arabic
SECTORS["ar"] = [
    "evaporative desert-cooler repair (Riyadh, Gulf)", "electric bakhoor-burner warranty (UAE)",
    "azan wall-clock repair (Cairo, Egyptian)", "oud (instrument) repair (Nazareth, Levantine)",
    "office water-cooler servicing (Amman)", "baby-stroller repair (Casablanca, Darija)",
    "massage-chair after-sales (Jeddah)", "car key-fob programming (Alexandria)",
    "pressure-cooker after-sales (Giza)", "robot-vacuum after-sales (Dubai, MSA)",
    "sugarcane-juicer machine repair (Asyut)", "office laser-printer maintenance contract (Amman, MSA)",
]
AR_CARD1 = mk_card("4464")
AR_SAID1 = mk_sa_id("1")
AR_TZ1 = mk_il_id()
AR_IBAN1 = mk_iban("AE", "033" + "#" * 16)
AR_IBAN2 = mk_iban("IL", "12" + "#" * 17)
AR_IBAN3 = mk_iban("JO", "CBJO0010" + "#" * 18)
AR_BAD1 = mk_bad(6)

AR = [
    # --- desert cooler repair, Riyadh
    ("مؤسسة نسيم البر لصيانة المكيفات الصحراوية، معك عبدالإله، تفضل.", [("name", "عبدالإله")]),
    ("هلا والله، أنا مشاري العتيبي، المكيف الصحراوي اللي في الحوش وقف الماطور حقه من أمس.",
     [("name", "مشاري العتيبي")]),
    ("الماطور الجديد بمية وثمانين ريال، والفلاتر الخشب الثلاث بخمسة وسبعين، واليد العاملة مية.", []),
    ("حياك الله يا أبو فهد، عطني رقم جوالك لو سمحت.", [("name", "أبو فهد")]),
    ("صفر خمسة أربعة، ثلاثة ثلاثة ثمانية، صفر اثنين، سبعة واحد",
     [("phone", "صفر خمسة أربعة، ثلاثة ثلاثة ثمانية، صفر اثنين، سبعة واحد")],
     "عطني رقم جوالك لو سمحت."),
    (f"رقم هويتي {ar_digits(AR_SAID1, gulf=True)}",
     [("id", ar_digits(AR_SAID1, gulf=True))], "عشان نسجل الضمان نحتاج رقم الهوية الوطنية."),
    ("البيت في حي النرجس، شارع أبها، فيلا ٢٧، جنب جامع الفرقان.",
     [("address", "حي النرجس، شارع أبها، فيلا ٢٧")], "وين موقعك طال عمرك؟"),
    ("الفني يجيك بكرة الأحد بعد العصر، والزيارة خمسين ريال تنخصم من الفاتورة.", []),
    (f"بدفع مدى، {ar_ind(grp(AR_CARD1, [4, 4, 4, 4]))}",
     [("card", ar_ind(grp(AR_CARD1, [4, 4, 4, 4])))]),
    ("المكيف من نوع الجزيرة، ستة آلاف متر مكعب، شريته من معرض العثيم قبل ثلاث سنين.", []),
    # --- electric bakhoor burner, UAE
    ("دار المباخر، معاكم شمّا، آمروا.", [("name", "شمّا")]),
    ("مرحبا، أنا ميثاء الكتبي، المبخرة اللي شريتها منكم يوم العيد ما تحمى أبد.",
     [("name", "ميثاء الكتبي")]),
    ("هذي موديل إم ١٢ اللي تشتغل بالشحن، ضمانها سنتين، والشحن ياخذ ساعتين ونص.", []),
    ("الرقم ٠٥٠ ٧٢١ ٤٤٣٨، واتساب نفسه.", [("phone", "٠٥٠ ٧٢١ ٤٤٣٨")]),
    ("الإيميل maitha.alketbi@hotmail.com", [("email", "maitha.alketbi@hotmail.com")]),
    ("خليفة سيتي أ، شارع ١٩، فيلا ٤٠، أبوظبي.", [("address", "خليفة سيتي أ، شارع ١٩، فيلا ٤٠، أبوظبي")],
     "وين نوصل لج البديل؟"),
    (f"حولوا لي الفلوس على الآيبان {grp(AR_IBAN1, [4, 4, 4, 4, 4])} لو سمحتي.",
     [("iban", grp(AR_IBAN1, [4, 4, 4, 4, 4]))]),
    (f"رقم الطلب {ar_ind(AR_BAD1)}، وبيوصلج البديل خلال ثلاث أيام عمل.", []),
    ("تم يا أم حمدان، وأي شي ثاني نحن في الخدمة.", [("name", "أم حمدان")]),
    # --- azan clock repair, Cairo
    ("مركز الفجر لصيانة ساعات الأذان، معاك كريم، أؤمر.", [("name", "كريم")]),
    ("السلام عليكم يا ابني، أنا الحاج عبد الفتاح السيد، الساعة بتأذن الضهر بدري ربع ساعة ومش بتأذن الفجر خالص.",
     [("name", "عبد الفتاح السيد")]),
    ("دي ساعة الحرمين موديل ٢٠١٨، بتشتغل بأربع حجارة، وتغيير البوردة بمية وخمسين جنيه.", []),
    ("صفر واحد اتنين، تمانية تلاتة سبعة أربعة، صفر واحد ستة اتنين",
     [("phone", "صفر واحد اتنين، تمانية تلاتة سبعة أربعة، صفر واحد ستة اتنين")],
     "رقم تليفون حضرتك يا حاج؟"),
    ("أنا مواليد خمستاشر مارس سنة اتنين وخمسين.", [("date_of_birth", "خمستاشر مارس سنة اتنين وخمسين")],
     "ميلاد حضرتك كام يا حاج؟ عشان خصم كبار السن."),
    ("العنوان ١٤ شارع أحمد فخري، مدينة نصر، الدور التالت شقة ٩.",
     [("address", "١٤ شارع أحمد فخري، مدينة نصر، الدور التالت شقة ٩")]),
    ("حاضر يا حاج عبد الفتاح، الفني هييجي يوم الخميس الجاي من عشرة لاتنين.", [("name", "عبد الفتاح")]),
    ("الكشف خمسين جنيه، ولو غيرنا الكريستالة يبقى تمانين.", []),
    # --- oud repair, Nazareth
    ("مشغل زرياب لتصليح الأعواد، مرحبا، كيف بقدر أساعدك؟", []),
    ("مرحبا، معك طارق حدّاد من الناصرة، العود تبعي انفتح من تحت الفرس، الوجه طالع لفوق.",
     [("name", "طارق حدّاد")]),
    ("هاد بدو تغرية للوجه وتبديل أوتار، بيكلف تقريبًا ٣٥٠ شيكل، وبياخد أسبوعين.", []),
    (f"رقم الهوية {grp(AR_TZ1, [3, 3, 3])}", [("id", grp(AR_TZ1, [3, 3, 3]))],
     "عشان الفاتورة بدي رقم الهوية."),
    ("التلفون ٠٥٢-٨٨٤٦١٣٠، إذا ما رديت ابعتلي مسج.", [("phone", "٠٥٢-٨٨٤٦١٣٠")]),
    (f"للعربون حوّل على {AR_IBAN2}، بنك هبوعليم.", [("iban", AR_IBAN2)]),
    ("تمام يا طارق، منحكي معك الأسبوع الجاي.", [("name", "طارق")]),
    ("العود صناعة حلب، سنة ١٩٩٧، والأوتار من نوع لا بيلا، أحد عشر وتر.", []),
    # --- office water cooler servicing, Amman
    ("مرحبا، معك رنا الخطيب من مكتب محاماة بالشميساني، البرادة عنا صارت تنقط مي من تحت.",
     [("name", "رنا الخطيب")]),
    ("عقد الصيانة السنوي ستين دينار، بيشمل زيارتين وتعقيم، والفلتر باثنعش دينار.", []),
    ("صفر سبعة تسعة، خمسة خمسة اتنين، تسعة سبعة صفر أربعة",
     [("phone", "صفر سبعة تسعة، خمسة خمسة اتنين، تسعة سبعة صفر أربعة")], "رقم الموبايل؟"),
    ("الإيميل رنا دوت خطيب أت جيميل دوت كوم", [("email", "رنا دوت خطيب أت جيميل دوت كوم")]),
    ("الشميساني، شارع عبد الحميد شرف، عمارة ٢٢، الطابق الرابع.",
     [("address", "الشميساني، شارع عبد الحميد شرف، عمارة ٢٢، الطابق الرابع")], "وين العنوان بالزبط؟"),
    (f"الدفع بتحويل على {grp(AR_IBAN3, [4, 4, 4, 4, 4, 4, 4])}",
     [("iban", grp(AR_IBAN3, [4, 4, 4, 4, 4, 4, 4]))]),
    ("رقم التذكرة ٧٧٣١٠، والفني بيمرق عليكم الثلاثاء الساعة عشرة.", []),
    ("عنا تلات برادات، واحدة بالمطبخ وتنتين بالاستقبال، والموديل ٢٠٢١.", []),
    # --- baby stroller repair, Casablanca
    ("ألو، السلام، أنا خديجة بناني، البوسيط ديالي تهرسات ليها الرويضة ديال القدام.",
     [("name", "خديجة بناني")]),
    ("الرويضة كتسوا ٩٠ درهم، والفرانات ١٢٠، وغادي تكون واجدة نهار الجمعة.", []),
    ("zéro six soixante et un, quarante-deux, dix-huit, zéro sept",
     [("phone", "zéro six soixante et un, quarante-deux, dix-huit, zéro sept")], "عطيني النمرة ديالك عافاك."),
    ("زنقة ابن منير، رقم ١٧، الطابق الثاني، المعاريف.",
     [("address", "زنقة ابن منير، رقم ١٧، الطابق الثاني، المعاريف")], "فين نجيو ناخدوها؟"),
    ("واخا آلالة خديجة، غادي نصيفطو ليك الموطور فالصباح.", [("name", "خديجة")]),
    ("الإيميل هو khadija point bennani 90 arobase gmail point com",
     [("email", "khadija point bennani 90 arobase gmail point com")]),
    ("هي بوغابو فوكس، شريتها من موروكو مول عام ٢٠٢٢، والضمان ديالها عامين.", []),
]
LANGS["ar"] = AR

AR_SAID2 = mk_sa_id("1")
AR_SAID3 = mk_sa_id("1")
AR_SAID4 = mk_sa_id("1")
AR_IQ1 = mk_sa_id("2")
AR_CARD2 = mk_card("4921")
AR_CARD3 = mk_card("507803")
AR_CARD4 = mk_card("4023")
AR_CARD5 = mk_card("37", 15)
AR_CARD6 = mk_card("5399")
AR_CARD7 = mk_card("507805")
AR_IBAN4 = mk_iban("EG", "0019" + "#" * 21)
AR_IBAN5 = mk_iban("AE", "260" + "#" * 16)
AR_IBAN6 = mk_iban("SA", "45" + "#" * 18)
AR_IBAN7 = mk_iban("SA", "10" + "#" * 18)
AR_IBAN8 = mk_iban("EG", "0003" + "#" * 21)
AR_BAD2 = mk_bad(8)
AR_BAD3 = mk_bad(14, "3")
AR_BAD4 = mk_bad(10, "2")

AR += [
    # --- massage chair after-sales, Jeddah
    ("السلام عليكم، معاكم نوف الغامدي، كرسي المساج حقي يطلع صوت طقطقة من عند الظهر.",
     [("name", "نوف الغامدي")]),
    ("الكرسي موديل إكس ٩، الضمان خمس سنين على الماطور وسنتين على الجلد، ومشترينه في رمضان اللي فات.", []),
    (f"رقم الهوية {ar_ind(AR_SAID2)}", [("id", ar_ind(AR_SAID2))], "رقم الهوية لو سمحتي؟"),
    (f"بس الضمان مسجل باسم زوجي، رقم هويته {ar_digits(AR_SAID3, gulf=True)}",
     [("id", ar_digits(AR_SAID3, gulf=True))]),
    ("تاريخ الميلاد ١٤١٢/٠٣/١٥ هجري.", [("date_of_birth", "١٤١٢/٠٣/١٥ هجري")],
     "وتاريخ ميلاده؟"),
    ("جدة، حي الروضة، شارع الأمير سلطان، عمارة ٨، شقة ١٢.",
     [("address", "جدة، حي الروضة، شارع الأمير سلطان، عمارة ٨، شقة ١٢")], "وين نرسل الفني؟"),
    (f"الفيزا {ar_ind(AR_CARD2[:8])} {ar_digits(AR_CARD2[8:], gulf=True)}",
     [("card", f"{ar_ind(AR_CARD2[:8])} {ar_digits(AR_CARD2[8:], gulf=True)}")]),
    ("أبشري يا أستاذة نوف، الموعد يوم الثلاثاء ١٨ شعبان بعد المغرب.", [("name", "نوف")]),
    ("noof.ghamdi@outlook.sa", [("email", "noof.ghamdi@outlook.sa")], "والإيميل عشان نرسل الفاتورة؟"),
    (f"والمبلغ يرجع على الآيبان {AR_IBAN6[:4]} {ar_digits(AR_IBAN6[4:], gulf=True)}",
     [("iban", f"{AR_IBAN6[:4]} {ar_digits(AR_IBAN6[4:], gulf=True)}")]),
    ("الفني بيجيب معه الحزام والبكرة، والقطعة سعرها ٣٤٠ ريال غير الضريبة.", []),
    # --- car key-fob programming, Alexandria
    ("أيوه يا باشا، معاك محمود عبد الرحيم، حودة يعني، الريموت بتاع الفيرنا مش بيفتح خالص.",
     [("name", "محمود عبد الرحيم"), ("name", "حودة")]),
    ("برمجة الريموت بـ٤٥٠ جنيه، والمفتاح الجديد بالشريحة بألف ومتين، وبياخد نص ساعة.", []),
    ("الفيرنا موديل ٢٠١٥، وبطارية الريموت اتغيرت من أسبوع، يبقى المشكلة في البرمجة.", []),
    ("رقمي +20 100 934 7225 عليه واتساب.", [("phone", "+20 100 934 7225")]),
    ("العنوان ٣٣ شارع خالد بن الوليد، سيدي بشر بحري، الدور الخامس.",
     [("address", "٣٣ شارع خالد بن الوليد، سيدي بشر بحري، الدور الخامس")]),
    (f"هدفع بكارت ميزة، {ar_digits(AR_CARD3[:4], col=True)}، {ar_digits(AR_CARD3[4:8], col=True)}، "
     f"{ar_digits(AR_CARD3[8:12], col=True)}، {ar_digits(AR_CARD3[12:], col=True)}",
     [("card", f"{ar_digits(AR_CARD3[:4], col=True)}، {ar_digits(AR_CARD3[4:8], col=True)}، "
               f"{ar_digits(AR_CARD3[8:12], col=True)}، {ar_digits(AR_CARD3[12:], col=True)}")]),
    (f"ولو عايز تحويل بنكي ده الآيبان {grp(AR_IBAN4, [4, 4, 4, 4, 4, 4, 5])}",
     [("iban", grp(AR_IBAN4, [4, 4, 4, 4, 4, 4, 5]))]),
    ("تمانية وعشرين يناير تمانين.", [("date_of_birth", "تمانية وعشرين يناير تمانين")],
     "تاريخ ميلادك عشان نطلع كارت الضمان؟"),
    ("الفني هيعدي عليك بكرة الساعة خمسة، والضمان على البرمجة ست شهور.", []),
    # --- pressure cooker after-sales, Giza
    ("خدمة عملاء ستيل برو للأواني، اتفضلي يا فندم.", []),
    ("أيوه يا حبيبتي، أنا سحر، أم يوسف يعني، البريستو بتاعتي الجلدة بتسرّب بخار والصفارة مش بتصفر.",
     [("name", "سحر"), ("name", "أم يوسف")]),
    ("الجلدة بخمسة وتلاتين جنيه والصمام بستين، والحلة عليها ضمان خمس سنين من سنة ٢٠٢١.", []),
    ("التليفون ٠١١٥٦٢٣٨٩٠٤", [("phone", "٠١١٥٦٢٣٨٩٠٤")]),
    ("تلاتة أكتوبر واحد وتمانين", [("date_of_birth", "تلاتة أكتوبر واحد وتمانين")],
     "تاريخ الميلاد يا مدام سحر؟"),
    ("الإيميل sahar_aziz81@yahoo.com", [("email", "sahar_aziz81@yahoo.com")]),
    (f"ادفع بالكارت، {ar_ind(grp(AR_CARD7, [4, 4, 4, 4]))}",
     [("card", ar_ind(grp(AR_CARD7, [4, 4, 4, 4])))]),
    (f"والفلوس الزيادة رجعوها على {AR_IBAN8}", [("iban", AR_IBAN8)]),
    ("هتوصلك الجلدة مع المندوب خلال ٤٨ ساعة، ومصاريف الشحن ٢٥ جنيه.", []),
    ("الحلة ستة لتر، ومعاها حلة تانية أربعة لتر اشتريناهم سوا من كارفور المعادي.", []),
    # --- robot vacuum after-sales, Dubai (MSA)
    ("شكرًا لاتصالك بخدمة عملاء روبوكلين، معك سلمى، كيف يمكنني مساعدتك؟", [("name", "سلمى")]),
    ("مرحبا، اسمي ريم شمعون، المكنسة الروبوت ما عم تشحن عالقاعدة من يومين.", [("name", "ريم شمعون")]),
    ("يرجى تزويدنا بالرقم التسلسلي الموجود أسفل الجهاز، وهو مكون من أربعة عشر حرفًا ورقمًا.", []),
    ("زائد تسعة سبعة واحد، خمسة ستة، أربعة واحد ثمانية، صفر اثنان تسعة ثلاثة",
     [("phone", "زائد تسعة سبعة واحد، خمسة ستة، أربعة واحد ثمانية، صفر اثنان تسعة ثلاثة")],
     "ما هو رقم الهاتف المسجل لديك؟"),
    ("الإيميل ريم أندرسكور شمعون آت آي كلاود دوت كوم",
     [("email", "ريم أندرسكور شمعون آت آي كلاود دوت كوم")]),
    ("دبي مارينا، برج الصفا ٢، شقة ١٩٠٤.", [("address", "دبي مارينا، برج الصفا ٢، شقة ١٩٠٤")],
     "ما هو عنوان الاستلام؟"),
    (f"{grp(AR_CARD4, [4, 4, 4, 4])}", [("card", grp(AR_CARD4, [4, 4, 4, 4]))],
     "يرجى تزويدي برقم البطاقة لدفع رسوم الاستبدال."),
    ("تاريخ ميلادي ٢٢ / ٧ / ١٩٩٠", [("date_of_birth", "٢٢ / ٧ / ١٩٩٠")]),
    (f"أفضّل استرداد المبلغ بتحويل إلى {AR_IBAN5}", [("iban", AR_IBAN5)]),
    (f"تم تسجيل طلبك برقم {ar_ind(AR_BAD2)}، وسيتواصل معك الفني خلال ٢٤ ساعة عمل.", []),
    ("الجهاز من طراز إس سبعة، اشتريته من نون في نوفمبر، وسعره كان ١٨٩٩ درهم.", []),
    # --- sugarcane juicer repair, Asyut
    ("أنا صلاح عبد الموجود، صاحب محل عصير، المكنة بتاعة القصب الترس الكبير فيها اتكسر.",
     [("name", "صلاح عبد الموجود")]),
    ("الموتور حصان ونص، والمكنة من مصنع النيل للمعدات، بقالها معايا سبع سنين.", []),
    ("صفر واحد صفر، ستة ستة تلاتة",
     [("phone", "صفر واحد صفر، ستة ستة تلاتة")], "رقمك إيه يا معلم؟"),
    ("صفر واحد صفر، ستة ستة تلاتة، وبعدين؟", [("phone", "صفر واحد صفر، ستة ستة تلاتة")]),
    ("سبعة تمانية، صفر صفر تسعة", [("phone", "سبعة تمانية، صفر صفر تسعة")],
     "صفر واحد صفر، ستة ستة تلاتة، وبعدين؟"),
    ("المحل ١٢٠ شارع الجمهورية، أسيوط، جنب موقف الأزهري.",
     [("address", "١٢٠ شارع الجمهورية، أسيوط")]),
    ("ماشي يا معلم صلاح، التروس الجديدة بألف وتمنمية، والمخرطة هتاخد يومين.", [("name", "صلاح")]),
    ("أنا مواليد عشرة عشرة خمسة وسبعين", [("date_of_birth", "عشرة عشرة خمسة وسبعين")],
     "عشان الفاتورة الضريبية محتاجين تاريخ الميلاد."),
    ("الشحن للصعيد بمية وخمسين، والعربية بتطلع من القاهرة يوم السبت.", []),
    # --- office laser-printer maintenance contract, Riyadh (MSA)
    ("صباح الخير، معك سامر النابلسي، المحاسب في مؤسسة الرواد، بخصوص عقد صيانة الطابعات.",
     [("name", "سامر النابلسي")]),
    ("العقد يشمل ثلاث طابعات ليزر، وعدد الصفحات الشهري لا يتجاوز عشرين ألف صفحة، بقيمة ٤٨٠٠ ريال سنويًا.", []),
    (f"رقم إقامتي {grp(AR_IQ1, [4, 3, 3])}", [("id", grp(AR_IQ1, [4, 3, 3]))],
     "نحتاج رقم الهوية أو الإقامة للشخص المفوض."),
    (f"أعيد عليك: {grp(AR_IQ1, [4, 3, 3])}، صحيح؟", [("id", grp(AR_IQ1, [4, 3, 3]))]),
    (f"ورقم هوية المدير العام {ar_digits(AR_SAID4)}", [("id", ar_digits(AR_SAID4))]),
    ("تاريخ ميلادي الخامس من أيار عام ألف وتسعمئة وستة وثمانين.",
     [("date_of_birth", "الخامس من أيار عام ألف وتسعمئة وستة وثمانين")]),
    ("البريد الإلكتروني سامر نقطة نابلسي آت الرواد نقطة كوم نقطة إس إيه",
     [("email", "سامر نقطة نابلسي آت الرواد نقطة كوم نقطة إس إيه")]),
    (f"الدفع من حساب المؤسسة، الآيبان {grp(AR_IBAN7, [4, 4, 4, 4, 4, 4])}",
     [("iban", grp(AR_IBAN7, [4, 4, 4, 4, 4, 4]))]),
    (f"أو ببطاقة الشركة أمريكان إكسبريس {grp(AR_CARD5, [4, 6, 5])}",
     [("card", grp(AR_CARD5, [4, 6, 5]))]),
    (f"رقم العقد السابق {AR_BAD3} وانتهى في ٣١ ديسمبر.", []),
    (f"رقم السجل التجاري {AR_BAD4}، والرقم الضريبي موجود في الفاتورة.", []),
    ("الطابعة الثالثة موديل ٤٠٠٣ وتعرض رسالة خطأ ٥٠.٢ عند التشغيل.", []),
    ("الزيارة الدورية كل ثلاثة أشهر، أول زيارة يوم الأحد الموافق ٩ مارس.", []),
    (f"كان عندنا بطاقة ماستركارد {AR_CARD6} بس انتهت، خلها على الأمريكان أحسن.",
     [("card", AR_CARD6)]),
    ("الضمان يبدأ من تاريخ الفاتورة، يعني من ١٢/٠٤/٢٠٢٣، مو من تاريخ التركيب.", []),
    ("عندنا فرع في شارع التحلية وفرع في العليا، والدوام من تسعة الصبح لين عشرة الليل.", []),
    ("الفاتورة اللي وصلتني فيها ٢٣٠ ريال، بس الاتفاق كان ١٨٠، يعني فيه فرق خمسين.", []),
    ("الخصم ١٥٪ لحد آخر الشهر، والعرض على الموديلات الجديدة بس.", []),
    ("بطاقة الضمان رقمها ٥٥٠٢١٧ ومكتوب عليها تاريخ البيع ٣ يناير ٢٠٢٤.", []),
    ("الطلبية فيها ٢٤ علبة فحم للمبخرة، كل علبة بعشرة دراهم، والتوصيل مجاني فوق مية درهم.", []),
]


# ---------------------------------------------------------------- Hebrew
SECTORS["he"] = [
    "Shabbat urn repair (Bnei Brak)", "e-bike battery refurbishment (Tel Aviv)",
    "pool-cleaning robot service (Ra'anana, Anglo caller)", "samovar restoration (Ashdod, Russian-speaking caller)",
    "café espresso-grinder repair (Netanya, French-speaking caller)",
    "recliner-sofa mechanism repair (Kiryat Gat, Ethiopian-Israeli caller)",
    "bakery refrigerated display-cabinet repair (Umm al-Fahm, Arab caller)",
    "prosthetic-leg maintenance (Haifa)", "camera-drone repair (Be'er Sheva)",
    "smart door-lock after-sales (Rishon LeZion)", "breast-pump repair and warranty (Jerusalem)",
    "home-cinema projector repair (Petah Tikva)",
]
HE_TZ = [mk_il_id() for _ in range(9)]
HE_CARD1 = mk_card("4580")
HE_CARD2 = mk_card("37", 15)
HE_IBAN1 = mk_iban("IL", "10" + "#" * 17)
HE_IBAN2 = mk_iban("FR", "30004" + "#" * 18)
HE_BAD1 = mk_bad(9)

HE = [
    # --- Shabbat urn repair, Bnei Brak
    ("מעבדה לתיקון מיחמים, שלום, במה אפשר לעזור?", []),
    ("שלום, מדבר יענקי, יעקב פרידמן, המיחם שלי לא מחמם, רק הנורה נדלקת ולא קורה כלום.",
     [("name", "יענקי"), ("name", "יעקב פרידמן")]),
    ("זה מיחם ארבעים כוסות, נירוסטה, קנינו אותו לפני פסח, יש עליו שנה אחריות.", []),
    ("אפס חמש שתיים, שבע שש אחת, ארבע אפס, שמונה שמונה",
     [("phone", "אפס חמש שתיים, שבע שש אחת, ארבע אפס, שמונה שמונה")], "מספר טלפון לחזור אליך?"),
    ("רחוב רבי עקיבא 112, קומה שלישית, בני ברק.",
     [("address", "רחוב רבי עקיבא 112, קומה שלישית, בני ברק")], "לאן לשלוח את השליח?"),
    ('כ"ג בחשוון תשמ"ו', [("date_of_birth", 'כ"ג בחשוון תשמ"ו')], "תאריך לידה בשביל הרישום?"),
    (f"תעודת זהות {he_digits(HE_TZ[0])}", [("id", he_digits(HE_TZ[0]))]),
    ("תיקון גוף חימום זה מאה עשרים שקל, ואם צריך גם טרמוסטט עוד שישים. יהיה מוכן ביום חמישי, לפני שבת.", []),
    ("תודה רבה ר' יעקב, שבת שלום.", [("name", "יעקב")]),
    # --- e-bike battery, Tel Aviv
    ("היי, זה עומר, עומר בן דוד, הסוללה של האופניים החשמליים שלי מחזיקה עשרה קילומטר וזהו.",
     [("name", "עומר"), ("name", "עומר בן דוד")]),
    ("זאת סוללה 48 וולט, 13 אמפר, החלפת תאים עולה 950 שקל, וזה לוקח שבוע עד עשרה ימים.", []),
    (f"ויזה, {grp(HE_CARD1, [4, 4, 4, 4])}, תוקף 11/27", [("card", grp(HE_CARD1, [4, 4, 4, 4]))]),
    (f"{grp(HE_TZ[1], [3, 3, 3], '-')}", [("id", grp(HE_TZ[1], [3, 3, 3], "-"))], "ותעודת זהות של בעל הכרטיס?"),
    ("עומר בי די שטרודל ג'ימייל נקודה קום", [("email", "עומר בי די שטרודל ג'ימייל נקודה קום")],
     "לאיזה מייל לשלוח את הקבלה?"),
    ("יש לנו סניף ביד אליהו, ליד היכל מנורה, פתוח עד שבע בערב.", []),
    ("הנייד שלי 054-3318762", [("phone", "054-3318762")]),
    # --- pool robot, Ra'anana (Anglo)
    ("היי, זה ג'ודי, ג'ודית גרינברג, the pool robot, הרובוט של הבריכה, הוא לא יוצא מהמים, נתקע בפינה.",
     [("name", "ג'ודי"), ("name", "ג'ודית גרינברג")]),
    ("זה רובוט דולפין, נקנה ביוני 2022, יש שלוש שנים אחריות על המנוע ושנה על הכבל.", []),
    ("רחוב התדהר 14, רעננה, the house with the blue gate.", [("address", "רחוב התדהר 14, רעננה")],
     "מה הכתובת לאיסוף?"),
    ("המייל שלי judy.greenberg@gmail.com", [("email", "judy.greenberg@gmail.com")]),
    ("פלוס תשע שבע שתיים, חמישים ושתיים, שמונה שמונה ארבע, תשע עשרה אפס שלוש",
     [("phone", "פלוס תשע שבע שתיים, חמישים ושתיים, שמונה שמונה ארבע, תשע עשרה אפס שלוש")]),
    ("בסדר ג'ודי, הטכנאי יגיע ביום ראשון בין שמונה לשתים עשרה.", [("name", "ג'ודי")]),
    (f"לזיכוי, החשבון שלי {grp(HE_IBAN1, [4, 4, 4, 4, 4])}", [("iban", grp(HE_IBAN1, [4, 4, 4, 4, 4]))]),
    ("הבריכה שמונה על ארבע מטר, ומנקים אותה פעמיים בשבוע בקיץ.", []),
    # --- samovar restoration, Ashdod
    ("אלו, שלום, מדברת ליודמילה, לודה, אני רוצה לתקן סמובר, זה של סבתא שלי, מרוסיה.",
     [("name", "ליודמילה"), ("name", "לודה")]),
    ("הסמובר משנת 1910, פליז, חמישה ליטר, הברז נוזל והידית אחת נשברה.", []),
    ("שלושה באפריל, אלף תשע מאות חמישים ושבע.", [("date_of_birth", "שלושה באפריל, אלף תשע מאות חמישים ושבע")],
     "תאריך לידה? יש הנחה לגמלאים."),
    ("טלפון בבית 08-8567342, נייד אין לי.", [("phone", "08-8567342")]),
    (f"תעודת זהות שלוש, אה, סליחה, {he_digits(HE_TZ[2], masc=True)}",
     [("id", he_digits(HE_TZ[2], masc=True))]),
    ("השיפוץ כולל הלחמה וניקוי, זה 700 שקל, ואפשר לאסוף ביום שלישי אחרי ארבע.", []),
    ("טוב ליודמילה, תביאי אותו אלינו לרחוב הנמל, ליד הקניון.", [("name", "ליודמילה")]),
    # --- espresso grinder, Netanya (French-speaking)
    ("Allô, שלום, אני ז'רמי אזולאי, יש לי בית קפה בנתניה, המטחנה, le moulin, היא טוחנת לא אחיד.",
     [("name", "ז'רמי אזולאי")]),
    ("זאת מטחנה עם להבים של 64 מילימטר, החלפה זה 480 שקל, והטכנאי יכול להגיע ביום שני בשבע בבוקר.", []),
    (f"אפשר להעביר מהחשבון בצרפת? {grp(HE_IBAN2, [4, 4, 4, 4, 4, 4])}",
     [("iban", grp(HE_IBAN2, [4, 4, 4, 4, 4, 4]))]),
    ("תשלחו את החשבונית הביתה, שדרות בנימין 27 דירה 8, נתניה.",
     [("address", "שדרות בנימין 27 דירה 8, נתניה")]),
    ("jeremy.azoulay@orange.fr", [("email", "jeremy.azoulay@orange.fr")], "מייל?"),
    (f"אמריקן אקספרס {grp(HE_CARD2, [4, 6, 5])}", [("card", grp(HE_CARD2, [4, 6, 5]))]),
    ("אנחנו מוכרים בערך מאתיים כוסות ביום, אז אני צריך אותה חזרה עד שישי.", []),
    # --- recliner sofa, Kiryat Gat (Ethiopian-Israeli)
    ("שלום, שמי ווביט מלסה, הספה שלי, הכורסה שנפתחת, המנגנון נתקע באמצע.", [("name", "ווביט מלסה")]),
    ("קנינו את הספה בהום סנטר באשקלון לפני שנה וחצי, תלת מושבית עם שני ריקליינרים חשמליים.", []),
    ("רחוב שד\"ל 14 דירה 3, קריית גת", [("address", "רחוב שד\"ל 14 דירה 3, קריית גת")], "הכתובת שלך?"),
    (f"מספר זהות {grp(HE_TZ[3], [2, 3, 4])}", [("id", grp(HE_TZ[3], [2, 3, 4]))]),
    ("אפס חמש שמונה, שש שתיים שלוש, שבע אחת, אפס תשע",
     [("phone", "אפס חמש שמונה, שש שתיים שלוש, שבע אחת, אפס תשע")]),
    ("אחד באחד, שבעים ותשע", [("date_of_birth", "אחד באחד, שבעים ותשע")], "ותאריך לידה?"),
    ("בסדר גברת מלסה, הטכנאי מגיע לקריית גת רק בימי רביעי, ביקור זה 250 שקל.", [("name", "מלסה")]),
    (f"מספר ההזמנה שלך {HE_BAD1}, תשמרי אותו.", []),
]
LANGS["he"] = HE

HE_CARD3 = mk_card("5326")
HE_CARD4 = mk_card("4557")
HE_CARD5 = mk_card("5100")
HE_CARD6 = mk_card("4909")
HE_CARD7 = mk_card("36", 14)
HE_CARD8 = mk_card("5480")
HE_IBAN3 = mk_iban("IL", "34" + "#" * 17)
HE_IBAN4 = mk_iban("IL", "12" + "#" * 17)
HE_IBAN5 = mk_iban("IL", "20" + "#" * 17)
HE_IBAN6 = mk_iban("IL", "11" + "#" * 17)
HE_IBAN7 = mk_iban("GB", "HBUK40" + "#" * 12)
HE_IBAN8 = mk_iban("IL", "31" + "#" * 17)
HE_BAD2 = mk_bad(16, "5")
HE_BAD3 = mk_bad(9, "3")

HE += [
    # --- bakery display fridge, Umm al-Fahm (Arab caller)
    ("שלום, מדבר אחמד ג'בארין, מהמאפייה באום אל-פחם, המקרר של התצוגה לא מקרר, מראה שמונה מעלות.",
     [("name", "אחמד ג'בארין")]),
    ("המקרר של קור-טק, שני מטר, עם זכוכית מעוגלת, קנינו אותו ב-2020, והמדחס הוחלף לפני שנה.", []),
    ("יש לי בפנים סחורה בשלושת אלפים שקל, עוגות וכנאפה, צריך מהר בבקשה.", []),
    ("050 612 9934", [("phone", "050 612 9934")], "מספר טלפון?"),
    (f"תעודת זהות {HE_TZ[4][:5]} {he_digits(HE_TZ[4][5:])}",
     [("id", f"{HE_TZ[4][:5]} {he_digits(HE_TZ[4][5:])}")]),
    ("שכונת עין אבראהים, רחוב 7, בית 21, אום אל-פחם",
     [("address", "שכונת עין אבראהים, רחוב 7, בית 21, אום אל-פחם")], "מה הכתובת של המאפייה?"),
    (f"מאסטרקארד {grp(HE_CARD3, [4, 4, 4, 4])}", [("card", grp(HE_CARD3, [4, 4, 4, 4]))]),
    (f"ואם זה מעל אלף, אני מעדיף העברה, {HE_IBAN3}", [("iban", HE_IBAN3)]),
    ("יאללה, טכנאי אצלך מחר בעשר, בסדר?", []),
    ("הגז R404, מילוי זה 450 שקל, והחלפת מאוורר 320.", []),
    # --- prosthetic leg maintenance, Haifa
    ("היי, מדבר רועי שטרן, אני מטופל אצלכם, הברך הממוחשבת מצפצפת ונועלת כל פעם שאני יורד במדרגות.",
     [("name", "רועי שטרן")]),
    ("הסוללה מחזיקה יומיים, והטיפול התקופתי האחרון היה באוגוסט.", []),
    (f"{grp(HE_TZ[5], [3, 3, 3])}", [("id", grp(HE_TZ[5], [3, 3, 3]))], "תעודת זהות בבקשה."),
    ("17.6.2001", [("date_of_birth", "17.6.2001")], "ותאריך לידה?"),
    ("שדרות מוריה 40 דירה 12, חיפה", [("address", "שדרות מוריה 40 דירה 12, חיפה")],
     "לאן לשלוח את הסוללה החלופית?"),
    ("roy_stern שטרודל walla נקודה co נקודה il", [("email", "roy_stern שטרודל walla נקודה co נקודה il")],
     "מייל לעדכונים?"),
    ("משרד הביטחון מכסה את הטיפול, רק תביא הפניה, וזה לוקח בערך שלוש שעות.", []),
    ("בסדר רועי, נתראה ביום שלישי בתשע וחצי.", [("name", "רועי")]),
    (f"החזר על הנסיעות יועבר לחשבון {grp(HE_IBAN4, [4, 4, 4, 4, 4])}, נכון?",
     [("iban", grp(HE_IBAN4, [4, 4, 4, 4, 4]))]),
    # --- camera drone repair, Be'er Sheva
    ("היי, קוראים לי נועה אלמוג, הרחפן שלי נפל לעץ והג'ימבל נשבר.", [("name", "נועה אלמוג")]),
    ("זה מיני 3, הג'ימבל עולה 390, והמצלמה עוד 600 אם גם היא נפגעה. זמן תיקון שבועיים.", []),
    ("+972-54-771-2038", [("phone", "+972-54-771-2038")], "טלפון?"),
    (f"ויזה, {he_digits(HE_CARD4[:4])}, {he_digits(HE_CARD4[4:8])}, {he_digits(HE_CARD4[8:12])}, "
     f"{he_digits(HE_CARD4[12:])}",
     [("card", f"{he_digits(HE_CARD4[:4])}, {he_digits(HE_CARD4[4:8])}, {he_digits(HE_CARD4[8:12])}, "
               f"{he_digits(HE_CARD4[12:])}")]),
    ("נועה נקודה אלמוג שטרודל ג'ימייל נקודה קום", [("email", "נועה נקודה אלמוג שטרודל ג'ימייל נקודה קום")]),
    ("שלחתי אותו בדואר ב-3 במרץ, מספר משלוח RR552144706IL.", []),
    (f"תעודת זהות {he_digits(HE_TZ[6][:4])}... {he_digits(HE_TZ[6][4:])}",
     [("id", f"{he_digits(HE_TZ[6][:4])}... {he_digits(HE_TZ[6][4:])}")]),
    ("טיסה אחרונה הייתה 23 דקות, בגובה 120 מטר, ואז הוא פשוט איבד קליטה.", []),
    # --- smart door lock, Rishon LeZion
    ("שלום, מדברת מיכל אברמוב, המנעול החכם בדלת נועל אותי בחוץ, האפליקציה אומרת שהוא אופליין.",
     [("name", "מיכל אברמוב")]),
    ("המנעול דור שלישי, עובד על ארבע סוללות AA, ואחרי שלושה קודים שגויים הוא ננעל לחמש דקות.", []),
    (f"{he_digits(HE_TZ[7])}", [("id", he_digits(HE_TZ[7]))], "מספר תעודת זהות של בעלת החשבון?"),
    ("רחוב הרצל 88, דירה 15, ראשון לציון", [("address", "רחוב הרצל 88, דירה 15, ראשון לציון")],
     "מה הכתובת להתקנה?"),
    ("טלפון בבית 03-9654418, או בנייד.", [("phone", "03-9654418")]),
    ("אחד עשר בנובמבר, שמונים ושמונה", [("date_of_birth", "אחד עשר בנובמבר, שמונים ושמונה")],
     "לאימות אני צריך תאריך לידה."),
    ("טוב מיכל, אני פותח לך קריאה, טכנאי יחזור אלייך עד סוף היום.", [("name", "מיכל")]),
    (f"ההחזר על המנעול הראשון יגיע ל-{HE_IBAN5}", [("iban", HE_IBAN5)]),
    (f"מספר הקריאה {HE_BAD2[:8]}, והאחריות בתוקף עד דצמבר 2026.", []),
    # --- breast pump, Jerusalem
    ("שלום, זאת שירה, שירה כהן-טל, המשאבה החשמלית שלי נדלקת אבל אין יניקה בכלל.",
     [("name", "שירה"), ("name", "שירה כהן-טל")]),
    ("קניתי אותה בסופר-פארם באוקטובר, האחריות שנתיים, ויש לכם החלפה במקום תוך 48 שעות.", []),
    ("14.2.2024", [("date_of_birth", "14.2.2024")], "תאריך הלידה של התינוק?"),
    (f"מאסטרקארד, {he_digits(HE_CARD5)}", [("card", he_digits(HE_CARD5))]),
    ("shira.cohental@gmail.com", [("email", "shira.cohental@gmail.com")], "כתובת מייל?"),
    ("רחוב עזה 36, דירה 4, ירושלים, ליד הסופר.", [("address", "רחוב עזה 36, דירה 4, ירושלים")],
     "לאן השליח מביא את המשאבה החלופית?"),
    ("אפס חמש אחת, שבע שבע ארבע, שתיים שמונה, שש אחת",
     [("phone", "אפס חמש אחת, שבע שבע ארבע, שתיים שמונה, שש אחת")]),
    (f"אם אין החלפה אז החזר ל-{grp(HE_IBAN6, [4, 4, 4, 4, 4])}, בנק דיסקונט.",
     [("iban", grp(HE_IBAN6, [4, 4, 4, 4, 4]))]),
    ("היא עובדת על 220 וולט, עם מתאם, ועוצמת היניקה מגיעה ל-280 מילימטר כספית.", []),
    ("השליח מגיע בימים ראשון עד חמישי, בין תשע לחמש, לא בשישי.", []),
    # --- home-cinema projector, Petah Tikva
    ("כן שלום, מדבר גבי, גבריאל אוחיון, המקרן בסלון מראה פסים ירוקים.",
     [("name", "גבי"), ("name", "גבריאל אוחיון")]),
    ("המנורה עבדה 3200 שעות מתוך 5000, ובדיקה עולה 150 שקל שיורדים מהתיקון.", []),
    (f"ת\"ז {HE_TZ[8]}", [("id", HE_TZ[8])]),
    ("נולדתי ב-29 בספטמבר 1975.", [("date_of_birth", "29 בספטמבר 1975")]),
    ("רחוב ז'בוטינסקי 120, קומה 6, פתח תקווה", [("address", "רחוב ז'בוטינסקי 120, קומה 6, פתח תקווה")],
     "הכתובת לאיסוף המקרן?"),
    ("gabi קו תחתון ohayon שטרודל hotmail נקודה com",
     [("email", "gabi קו תחתון ohayon שטרודל hotmail נקודה com")]),
    (f"דיינרס {grp(HE_CARD7, [4, 6, 4])}", [("card", grp(HE_CARD7, [4, 6, 4]))]),
    ("052-4471209", [("phone", "052-4471209")], "טלפון נוסף?"),
    ("תודה גבי, תקבל הודעה כשהמקרן מוכן.", [("name", "גבי")]),
    ("אנחנו נמצאים באזור התעשייה סגולה, ליד קניון הגדולים, פתוחים עד שש.", []),
    # --- misc lines from these calls
    (f"אני עולה חדש מלונדון, עדיין יש לי חשבון שם, אפשר להחזיר ל-{grp(HE_IBAN7, [4, 4, 4, 4, 4, 2])}",
     [("iban", grp(HE_IBAN7, [4, 4, 4, 4, 4, 2]))]),
    (f"ואת היתרה תחייבו בכרטיס השני, {grp(HE_CARD8, [4, 4, 4, 4], '-')}",
     [("card", grp(HE_CARD8, [4, 4, 4, 4], "-"))]),
    (f"לחשבון של העסק, {HE_IBAN8}, על שם המאפייה.", [("iban", HE_IBAN8)]),
    (f"מספר הסידורי של המקרן {HE_BAD3}, מודל 2019.", []),
    ("החיוב של 89 שקל מה-5 בינואר זה המנוי החודשי לאפליקציה, לא התיקון.", []),
    ("ההזמנה יצאה ביום רביעי, שבעה בחודש, ותגיע תוך שלושה ימי עסקים.", []),
    ("חמישים אחוז הנחה על החלק השני, המבצע עד סוף פברואר.", []),
    ("יש לנו עשרים ושלושה טכנאים בשטח, וזמן ההמתנה הממוצע הוא ארבעה ימים.", []),
    ("הסניף בגבעתיים עבר לרחוב כצנלסון, מול העירייה.", []),
    ("המחיר עם מע\"מ 1,180 שקל, אפשר בשלושה תשלומים.", []),
    ("אממ, רגע, אני מחפש את החשבונית, זה היה באוגוסט או בספטמבר, אלף תשע מאות תשעים שקל.", []),
    ("החוזה התחיל ב-1 במאי 2023 והוא לשלוש שנים.", []),
    ("שלחנו לך מייל ב-12:40 עם הקישור לתיאום, תבדוק בספאם.", []),
    ("המיחם של שנים עשר ליטר עולה 389, ושל עשרים ליטר 459, כולל שעון שבת.", []),
    ("מחר זה יום שישי, אז אם לא מגיעים עד אחת, זה עובר ליום ראשון.", []),
    ("רחפן כזה מותר להטיס עד 120 מטר, ורישיון רשות התעופה עולה 300 שקל לשנתיים.", []),
    ("אה, ואל תשכחי שזה פתוח רק עד ארבע בערב חג, ב-14 באפריל.", []),
    ("קוד השגיאה על המסך E-41, זה אומר שהמנוע התחמם, תחכה עשרים דקות ותנסה שוב.", []),
]


# ---------------------------------------------------------------- Greek
SECTORS["el"] = [
    "electric olive-harvester repair (Chania)", "boat fishfinder / sonar repair (Limassol, Cypriot)",
    "pellet-stove servicing (Kozani)", "café frappé-mixer repair (Athens)", "accordion repair (Ioannina)",
    "fiscal cash-register servicing (Larissa)", "dehumidifier warranty (Athens)",
    "hair-straightener warranty (Nicosia, Cypriot)", "water-softener servicing (Patras)",
    "chainsaw servicing (Chalkidiki)", "dental-chair servicing (Heraklion)",
    "motorised-awning repair (Glyfada)",
]
EL_AFM = [mk_afm() for _ in range(9)]
EL_CARD1 = mk_card("4147")
EL_CARD2 = mk_card("5168")
EL_IBAN1 = mk_iban("CY", "002" + "#" * 21)
EL_IBAN2 = mk_iban("GR", "0110" + "#" * 19)
EL_IBAN3 = mk_iban("GR", "0172" + "#" * 19)
EL_BAD1 = mk_bad(8)

EL = [
    # --- olive harvester, Chania
    ("Ναι, καλημέρα, ο Μανώλης εδώ, ο Μανώλης Τζανακάκης, από τα Χανιά, το ραβδιστικό μου σταμάτησε, δε γυρίζει καθόλου.",
     [("name", "Μανώλης"), ("name", "Μανώλης Τζανακάκης")]),
    ("Είναι το μοντέλο στα 12 βολτ, με μπαταρία λιθίου, το πήραμε τον Οκτώβρη του '21, έχει δύο χρόνια εγγύηση.", []),
    ("εξήντα εννιά, εβδομήντα τέσσερα, δώδεκα, ογδόντα τρία, μηδέν πέντε",
     [("phone", "εξήντα εννιά, εβδομήντα τέσσερα, δώδεκα, ογδόντα τρία, μηδέν πέντε")], "Ένα κινητό;"),
    (f"ΑΦΜ {grp(EL_AFM[0], [3, 3, 3])}", [("id", grp(EL_AFM[0], [3, 3, 3]))],
     "Για το τιμολόγιο, το ΑΦΜ σας;"),
    ("Στο χωριό, στον Βάμο, οδός Ελευθερίου Βενιζέλου 8.",
     [("address", "Βάμο, οδός Ελευθερίου Βενιζέλου 8")], "Πού να σας το στείλουμε πίσω;"),
    ("Εντάξει κύριε Μανώλη, στείλτε το με το ΚΤΕΛ και θα σας πάρουμε τηλέφωνο.", [("name", "Μανώλη")]),
    ("Η χτένα κάνει 1.200 παλμούς το λεπτό, το μοτέρ κοστίζει 180 ευρώ και η εργασία 40.", []),
    ("Τα λιόδεντρα είναι καμιά τετρακοσαριά, και το μάζεμα αρχίζει 15 Νοεμβρίου, δεν μπορώ να περιμένω.", []),
    # --- fishfinder, Limassol
    ("Καλημέρα, είμαι ο Χαράλαμπος, ο Μπάμπης Γεωργίου, ψαράς, το βυθόμετρο μου εν δείχνει τίποτε, μόνο μαύρη οθόνη.",
     [("name", "Χαράλαμπος"), ("name", "Μπάμπης Γεωργίου")]),
    ("Εν το μοντέλο με τον μετατροπέα 200 kHz, το αγόρασα που την Πάφο πέρσι τον Μάρτη, κόστισε 640 ευρώ.", []),
    ("ενενήντα εννιά, τριάντα δύο, σαράντα ένα, είκοσι οχτώ",
     [("phone", "ενενήντα εννιά, τριάντα δύο, σαράντα ένα, είκοσι οχτώ")], "Τηλέφωνο;"),
    (f"Ο λογαριασμός μου εν {grp(EL_IBAN1, [4, 4, 4, 4, 4, 4, 4])}",
     [("iban", grp(EL_IBAN1, [4, 4, 4, 4, 4, 4, 4]))]),
    ("Μένω στην Αγίου Ανδρέα 214, διαμέρισμα 3, Λεμεσός.",
     [("address", "Αγίου Ανδρέα 214, διαμέρισμα 3, Λεμεσός")]),
    (f"Visa, {grp(EL_CARD1, [4, 4, 4, 4])}", [("card", grp(EL_CARD1, [4, 4, 4, 4]))]),
    ("Εντάξει κύριε Μπάμπη, θα το δει ο τεχνικός ως την Παρασκευή.", [("name", "Μπάμπη")]),
    ("Το καΐκι είναι στο παλιό λιμάνι, αλλά το μηχάνημα θα το φέρω εγώ την Πέμπτη.", []),
    # --- pellet stove, Kozani
    ("Γεια σας, λέγομαι Σοφία Παπαδοπούλου, η σόμπα πέλλετ βγάζει μαύρο καπνό και σβήνει μόνη της.",
     [("name", "Σοφία Παπαδοπούλου")]),
    ("Η σόμπα είναι 12 κιλοβάτ, το σέρβις κοστίζει 90 ευρώ και γίνεται μία φορά τον χρόνο, καλύτερα τον Σεπτέμβρη.", []),
    (f"Το ΑΦΜ μου είναι {el_digits(EL_AFM[1])}", [("id", el_digits(EL_AFM[1]))]),
    ("Πόντου 17, δεύτερος όροφος, Κοζάνη", [("address", "Πόντου 17, δεύτερος όροφος, Κοζάνη")],
     "Η διεύθυνση για την επίσκεψη;"),
    ("Σταθερό 24610 38412.", [("phone", "24610 38412")]),
    ("sofia papadopoulou παπάκι gmail τελεία com", [("email", "sofia papadopoulou παπάκι gmail τελεία com")],
     "Ένα email για την απόδειξη;"),
    ("Καίμε περίπου δύο σακιά την ημέρα, 15 κιλά το καθένα, τώρα με το κρύο.", []),
    # --- frappé mixer, Athens café
    ("Καλησπέρα, ο Στέλιος από το καφέ στο Παγκράτι, οι δύο φραπεδιέρες μας καήκανε ταυτόχρονα.",
     [("name", "Στέλιος")]),
    ("Είναι οι επαγγελματικές, 18.000 στροφές, το μοτέρ κάνει 55 ευρώ και η βάση 12.", []),
    (f"ΑΦΜ της επιχείρησης, {EL_AFM[2]}", [("id", EL_AFM[2])]),
    (f"Mastercard {grp(EL_CARD2, [4, 4, 4, 4])}", [("card", grp(EL_CARD2, [4, 4, 4, 4]))]),
    (f"Ή με κατάθεση, το IBAN είναι {grp(EL_IBAN2, [4, 4, 4, 4, 4, 4, 3])}",
     [("iban", grp(EL_IBAN2, [4, 4, 4, 4, 4, 4, 3]))]),
    ("Φτιάχνουμε γύρω στους 300 φραπέδες τη μέρα τον Αύγουστο, δεν γίνεται να μείνουμε χωρίς.", []),
    ("Εντάξει Στέλιο, περάστε τις φέρετε μέχρι τις 5.", [("name", "Στέλιο")]),
    # --- accordion, Ioannina
    ("Εμπρός; Είμαι ο Θανάσης Κίτσος, έχω ένα ακορντεόν Paolo Soprani, πρέπει να του αλλάξω τις φυσούνες.",
     [("name", "Θανάσης Κίτσος")]),
    ("Είναι 120 μπάσα, του 1968, και οι φυσούνες κοστίζουν 280 ευρώ μαζί με την εργασία.", []),
    ("Δεκαεφτά Μαΐου του σαράντα εννιά.", [("date_of_birth", "Δεκαεφτά Μαΐου του σαράντα εννιά")],
     "Ημερομηνία γεννήσεως, για την κάρτα πελάτη;"),
    ("Το σπίτι 26510 72308, κινητό δεν έχω.", [("phone", "26510 72308")]),
    ("Καποδιστρίου 22, Γιάννενα, πάνω από τον φούρνο.", [("address", "Καποδιστρίου 22, Γιάννενα")],
     "Τη διεύθυνσή σας;"),
    ("Καλώς, κύριε Θανάση, θα είναι έτοιμο πριν από το πανηγύρι του Δεκαπενταύγουστου.", [("name", "Θανάση")]),
    # --- fiscal cash register, Larissa
    ("Γεια σας, είμαι η Κατερίνα Ζαφειρίου, έχω ψιλικατζίδικο στη Λάρισα, η ταμειακή δεν στέλνει στην ΑΑΔΕ.",
     [("name", "Κατερίνα Ζαφειρίου")]),
    ("Η ταμειακή είναι μοντέλο 2019, η σύνδεση με το myDATA κόβεται, και η ετήσια συντήρηση είναι 65 ευρώ συν ΦΠΑ.", []),
    (f"Το ΑΦΜ, {EL_AFM[3][:3]} {el_digits(EL_AFM[3][3:])}", [("id", f"{EL_AFM[3][:3]} {el_digits(EL_AFM[3][3:])}")]),
    ("katerina.zaf@yahoo.gr", [("email", "katerina.zaf@yahoo.gr")], "Email;"),
    ("+30 694 552 1870", [("phone", "+30 694 552 1870")], "Ένα κινητό για τον τεχνικό;"),
    (f"Πληρώνω με κατάθεση από {EL_IBAN3}, Πειραιώς.", [("iban", EL_IBAN3)]),
    (f"Ο αριθμός μητρώου της ταμειακής είναι ΑΒΓ {EL_BAD1}, γράφει στο πίσω μέρος.", []),
    ("Εντάξει κυρία Ζαφειρίου, ο τεχνικός θα είναι εκεί αύριο στις 9.", [("name", "Ζαφειρίου")]),
]
LANGS["el"] = EL

EL_CARD3 = mk_card("4741")
EL_CARD4 = mk_card("5235")
EL_CARD5 = mk_card("4974")
EL_CARD6 = mk_card("37", 15)
EL_CARD7 = mk_card("5590")
EL_CARD8 = mk_card("4000")
EL_IBAN4 = mk_iban("CY", "005" + "#" * 21)
EL_IBAN5 = mk_iban("DE", "#" * 18)
EL_IBAN6 = mk_iban("GR", "0140" + "#" * 19)
EL_IBAN7 = mk_iban("GR", "0260" + "#" * 19)
EL_IBAN8 = mk_iban("GR", "0110" + "#" * 19)
EL_BAD2 = mk_bad(10, "2")
EL_BAD3 = mk_bad(13, "9")

EL += [
    # --- dehumidifier warranty, Athens
    ("Γεια, είμαι η Δανάη, Δανάη Μαυρίδη, ο αφυγραντήρας που πήρα τον Ιανουάριο δεν μαζεύει νερό, το δοχείο μένει άδειο.",
     [("name", "Δανάη"), ("name", "Δανάη Μαυρίδη")]),
    ("Είναι των 20 λίτρων, 400 βατ, η εγγύηση είναι δύο χρόνια από την ημερομηνία της απόδειξης.", []),
    ("03/09/1998", [("date_of_birth", "03/09/1998")], "Για τον λογαριασμό εγγύησης, ημερομηνία γέννησης;"),
    ("danai κάτω παύλα mav παπάκι hotmail τελεία com",
     [("email", "danai κάτω παύλα mav παπάκι hotmail τελεία com")]),
    ("έξι εννιά οχτώ, τέσσερα ένα μηδέν, εφτά δύο δύο τρία",
     [("phone", "έξι εννιά οχτώ, τέσσερα ένα μηδέν, εφτά δύο δύο τρία")]),
    ("Μένω στην Ικάρου 12, στη Νέα Σμύρνη, τρίτος όροφος.",
     [("address", "Ικάρου 12, στη Νέα Σμύρνη, τρίτος όροφος")]),
    (f"Visa, {el_digits(EL_CARD3[:4])}, {el_digits(EL_CARD3[4:8])}, {el_digits(EL_CARD3[8:12])}, {el_digits(EL_CARD3[12:])}",
     [("card", f"{el_digits(EL_CARD3[:4])}, {el_digits(EL_CARD3[4:8])}, {el_digits(EL_CARD3[8:12])}, {el_digits(EL_CARD3[12:])}")]),
    ("Ο courier περνάει Τρίτη ή Τετάρτη, 9 με 5, και η αντικατάσταση θέλει δέκα εργάσιμες.", []),
    ("Το κατάστημα ήταν στην Ερμού, δίπλα στο Zara, αλλά έκλεισε τον Μάιο.", []),
    # --- hair straightener warranty, Nicosia (Cypriot)
    ("Γεια σας, με λένε Ελένη Χριστοδούλου, αλλά όλοι μου λεν Λένια, το ισιωτικό μου έκαψε και μυρίζει πλαστικό.",
     [("name", "Ελένη Χριστοδούλου"), ("name", "Λένια")]),
    ("Εν το κεραμικό, φτάνει τους 230 βαθμούς, και το πήρα 89 ευρώ στις εκπτώσεις του Ιουλίου.", []),
    ("+357 96 518243", [("phone", "+357 96 518243")], "Ένα τηλέφωνο επικοινωνίας;"),
    ("lenia.chr@cytanet.com.cy", [("email", "lenia.chr@cytanet.com.cy")], "Και email;"),
    ("έντεκα του Ιούνη του δύο χιλιάδες τρία",
     [("date_of_birth", "έντεκα του Ιούνη του δύο χιλιάδες τρία")], "Ημερομηνία γέννησης;"),
    ("Στασικράτους 15, διαμέρισμα 202, Λευκωσία.", [("address", "Στασικράτους 15, διαμέρισμα 202, Λευκωσία")],
     "Πού να σας στείλουμε το καινούργιο;"),
    (f"Αν εν για επιστροφή χρημάτων, {EL_IBAN4}", [("iban", EL_IBAN4)]),
    (f"Τα μεταφορικά εν 4 ευρώ, με κάρτα; Ναι, {grp(EL_CARD4, [4, 4, 4, 4])}",
     [("card", grp(EL_CARD4, [4, 4, 4, 4]))]),
    ("Η εγγύηση καλύπτει μόνο ελαττώματα κατασκευής, όχι πτώσεις, και ισχύει 24 μήνες.", []),
    # --- water softener, Patras
    ("Καλημέρα, Γιώργος Αλεξίου εδώ, ο αποσκληρυντής στο υπόγειο δεν κάνει αναγέννηση, το νερό βγαίνει πάλι σκληρό.",
     [("name", "Γιώργος Αλεξίου")]),
    ("Η ρητίνη είναι 25 λίτρα, το αλάτι το γεμίζουμε κάθε δύο μήνες, 25 κιλά τη φορά.", []),
    (f"ΑΦΜ {EL_AFM[4]}", [("id", EL_AFM[4])], "Θέλετε απόδειξη ή τιμολόγιο;"),
    ("Κορίνθου 301, Πάτρα, μονοκατοικία.", [("address", "Κορίνθου 301, Πάτρα")], "Διεύθυνση για τον τεχνικό;"),
    ("2610 274519", [("phone", "2610 274519")], "Σταθερό τηλέφωνο;"),
    ("γιώργος αλεξίου χωρίς κενό, παπάκι otenet τελεία gr",
     [("email", "γιώργος αλεξίου χωρίς κενό, παπάκι otenet τελεία gr")]),
    ("Γεννήθηκα στις 30 Ιουλίου 1962.", [("date_of_birth", "30 Ιουλίου 1962")]),
    (f"{el_digits(EL_CARD5)}", [("card", el_digits(EL_CARD5))], "Τον αριθμό της κάρτας, παρακαλώ."),
    ("Ευχαριστώ κύριε Αλεξίου, ο τεχνικός θα είναι εκεί την Πέμπτη 11 με 1.", [("name", "Αλεξίου")]),
    (f"Θα πληρώσω με έμβασμα, {grp(EL_IBAN8, [4, 4, 4, 4, 4, 4, 3])}",
     [("iban", grp(EL_IBAN8, [4, 4, 4, 4, 4, 4, 3]))]),
    # --- chainsaw servicing, Chalkidiki
    ("Ο Βαγγέλης είμαι, από την Αρναία, το αλυσοπρίονο δεν παίρνει μπρος, τραβάω τραβάω και τίποτα.",
     [("name", "Βαγγέλης")]),
    ("Είναι 45 κυβικά, λάμα 40 πόντους, το μίγμα το βάζω ένα προς πενήντα.", []),
    ("εξήντα εννιά, σαράντα επτά, τριάντα, μηδέν οχτώ, πενήντα ένα",
     [("phone", "εξήντα εννιά, σαράντα επτά, τριάντα, μηδέν οχτώ, πενήντα ένα")], "Το κινητό σας;"),
    (f"Ο ΑΦΜ μου, περίμενε να βρω τα γυαλιά, {el_digits(EL_AFM[5][:4])}, {el_digits(EL_AFM[5][4:])}",
     [("id", f"{el_digits(EL_AFM[5][:4])}, {el_digits(EL_AFM[5][4:])}")]),
    ("1/4/1966", [("date_of_birth", "1/4/1966")], "Και ημερομηνία γέννησης για την κάρτα;"),
    (f"Έχω ακόμα λογαριασμό στη Γερμανία, από τότε που δούλευα στο Στουτγκάρδη, {grp(EL_IBAN5, [4, 4, 4, 4, 4])}",
     [("iban", grp(EL_IBAN5, [4, 4, 4, 4, 4]))]),
    ("Το σέρβις με αλυσίδα και μπουζί είναι 45 ευρώ, και αν θέλει καρμπυρατέρ άλλα 35.", []),
    ("Φέρ' το Σάββατο στο μαγαζί στον Πολύγυρο, είμαστε ανοιχτά ως τις 2.", []),
    # --- dental chair, Heraklion
    ("Καλησπέρα, είμαι η οδοντίατρος, η Ειρήνη Βλαχάκη, η έδρα στο ιατρείο δεν κατεβαίνει και η λεκάνη δεν τρέχει νερό.",
     [("name", "Ειρήνη Βλαχάκη")]),
    ("Η έδρα είναι του 2016, το κομπρεσέρ είναι 2 ίππων, και έχουμε συμβόλαιο συντήρησης μέχρι τον Ιούνιο.", []),
    ("Λεωφόρος Κνωσού 58, πρώτος όροφος, Ηράκλειο.", [("address", "Λεωφόρος Κνωσού 58, πρώτος όροφος, Ηράκλειο")],
     "Η διεύθυνση του ιατρείου;"),
    (f"ΑΦΜ {el_pairs(EL_AFM[6][:8])} {el_digits(EL_AFM[6][8])}",
     [("id", f"{el_pairs(EL_AFM[6][:8])} {el_digits(EL_AFM[6][8])}")]),
    ("irene.vlachaki@gmail.com", [("email", "irene.vlachaki@gmail.com")], "Email για το τιμολόγιο;"),
    (f"Χρεώστε την Amex, {grp(EL_CARD6, [4, 6, 5])}", [("card", grp(EL_CARD6, [4, 6, 5]))]),
    (f"Ή στον λογαριασμό {grp(EL_IBAN6, [4, 4, 4, 4, 4, 4, 3])}", [("iban", grp(EL_IBAN6, [4, 4, 4, 4, 4, 4, 3]))]),
    ("Μάλιστα γιατρέ, η βαλβίδα κοστίζει 140 ευρώ και ο τεχνικός έρχεται από την Αθήνα την Τετάρτη.", []),
    ("Έχω ασθενείς από τις 10 ως τις 2, οπότε μετά τις 3 είναι καλύτερα.", []),
    # --- motorised awning, Glyfada
    ("Καλημέρα, η Βούλα από το σέρβις τεντών, σας καλώ για το ραντεβού σας.", [("name", "Βούλα")]),
    ("Καλημέρα, Ντίνα Καλογεροπούλου, ναι, η τέντα στη βεράντα δεν μαζεύει, το μοτέρ κάνει μόνο θόρυβο.",
     [("name", "Ντίνα Καλογεροπούλου")]),
    ("Η τέντα είναι 5 μέτρα επί 3, με μοτέρ και τηλεχειριστήριο, τοποθετήθηκε το 2017.", []),
    ("Λαζαράκη 40, Γλυφάδα, ρετιρέ.", [("address", "Λαζαράκη 40, Γλυφάδα, ρετιρέ")], "Επιβεβαιώνω τη διεύθυνση;"),
    ("έξι εννιά τρία, πέντε οχτώ δύο, μηδέν μηδέν τέσσερα εννιά",
     [("phone", "έξι εννιά τρία, πέντε οχτώ δύο, μηδέν μηδέν τέσσερα εννιά")]),
    ("γεννήθηκα είκοσι δύο Δεκεμβρίου του πενήντα τέσσερα",
     [("date_of_birth", "είκοσι δύο Δεκεμβρίου του πενήντα τέσσερα")], "Για την έκπτωση συνταξιούχου, ημερομηνία γέννησης;"),
    (f"Το ΑΦΜ μου {grp(EL_AFM[7], [4, 5])}", [("id", grp(EL_AFM[7], [4, 5]))]),
    ("ntina.kalo παπάκι yahoo τελεία gr", [("email", "ntina.kalo παπάκι yahoo τελεία gr")]),
    (f"Μαστερκαρντ {grp(EL_CARD7, [4, 4, 4, 4])}", [("card", grp(EL_CARD7, [4, 4, 4, 4]))]),
    (f"Για την προκαταβολή, {EL_IBAN7[:4]} {grp(EL_IBAN7[4:], [4, 4, 4, 4, 4, 3])}",
     [("iban", f"{EL_IBAN7[:4]} {grp(EL_IBAN7[4:], [4, 4, 4, 4, 4, 3])}")]),
    ("Εντάξει κυρία Ντίνα, ο τεχνικός θα έρθει μεθαύριο, Παρασκευή, 10 με 12.", [("name", "Ντίνα")]),
    ("Το μοτέρ είναι 50 Newton, κοστίζει 220 ευρώ, και το πανί αν θέλει αλλαγή, 35 ευρώ το τετραγωνικό.", []),
    # --- more lines from these calls
    ("Γεννήθηκα στις 2 Φεβρουαρίου 1971.", [("date_of_birth", "2 Φεβρουαρίου 1971")],
     "Για την επέκταση της εγγύησης της σόμπας χρειάζομαι ημερομηνία γέννησης."),
    ("είκοσι πέντε του δέκα, ογδόντα δύο", [("date_of_birth", "είκοσι πέντε του δέκα, ογδόντα δύο")],
     "Κυρία Ζαφειρίου, και την ημερομηνία γέννησής σας;"),
    ("Τεχνική υποστήριξη, λέγομαι Νίκος, πώς μπορώ να βοηθήσω;", [("name", "Νίκος")]),
    (f"εεε η κάρτα της γυναίκας μου, {EL_CARD8}, αυτή να χρεώσετε", [("card", EL_CARD8)]),
    (f"Ο αριθμός παραγγελίας είναι {EL_BAD2}, τον έχετε στο SMS.", []),
    (f"Ο κωδικός πληρωμής στο ΕΛΤΑ είναι {EL_BAD3}.", []),
    ("Η χρέωση των 49,90 στις 3 Μαρτίου ήταν η ετήσια συνδρομή σέρβις.", []),
    ("Το συμβόλαιο ξεκίνησε 1η Σεπτεμβρίου 2022, για τρία χρόνια.", []),
    ("Η αποστολή έφυγε Δευτέρα από τη Θεσσαλονίκη, σε δύο με τρεις εργάσιμες θα είναι εκεί.", []),
    ("Έχουμε 15% έκπτωση στα ανταλλακτικά μέχρι τέλος του μήνα.", []),
    ("Το κατάστημα είναι στη Βασιλίσσης Σοφίας, απέναντι από το Χίλτον, ανοιχτά ως τις 8.", []),
    ("Μας έχουν έρθει 37 ίδιες βλάβες από τον Ιανουάριο, είναι θέμα της παρτίδας.", []),
    ("Εξήντα εφτά ευρώ η επίσκεψη, και αν το φτιάξει επιτόπου δεν χρεώνει άλλο.", []),
    ("Περάστε μετά τις πέντε και μισή, το Σάββατο είμαστε μέχρι τη μία.", []),
    ("Ο κωδικός σφάλματος είναι Ε12, κάντε επανεκκίνηση και περιμένετε 30 δευτερόλεπτα.", []),
    ("Μηδέν τρία, μηδέν τέσσερα, και στο τέλος γράφει 2024, αυτή είναι η ημερομηνία κατασκευής.", []),
    ("Την Κυριακή του Πάσχα είμαστε κλειστά, και τη Δευτέρα του Αγίου Πνεύματος.", []),
    ("Το πακέτο ζυγίζει 3,5 κιλά και οι διαστάσεις είναι 40 επί 30 επί 20.", []),
    ("Η Αρναία είναι στα 600 μέτρα υψόμετρο, ο τεχνικός ανεβαίνει μόνο Τρίτες.", []),
]


# ---------------------------------------------------------------- self-checks
_W = {}
for _tab in (EN_D, AR_D_MSA, AR_D_COL, AR_D_GULF, HE_F, HE_M, EL_D):
    for _i, _w in enumerate(_tab):
        _W[_w] = str(_i)
_W.update({"oh": "0", "επτά": "7", "οκτώ": "8", "εννέα": "9", "اثنين": "2"})
for _i, _w in enumerate(EN_TEENS):
    _W[_w] = str(10 + _i)
for _i, _w in enumerate(EL_TEENS):
    _W[_w] = str(10 + _i)
_TENS = {}
for _i, _w in enumerate(EN_TENS):
    if _w:
        _TENS[_w] = _i
for _i, _w in enumerate(EL_TENS):
    if _w:
        _TENS[_w] = _i


def decode_digits(t):
    """Digits of a span written in digits and/or digit words; None if not decodable."""
    t = t.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
    for ch in ",.-،/":
        t = t.replace(ch, " ")
    toks = t.replace("-", " ").split()
    out, i = "", 0
    while i < len(toks):
        w = toks[i]
        if w.isdigit():
            out += w
        elif w == "double" and i + 1 < len(toks) and toks[i + 1] in _W:
            out += _W[toks[i + 1]] * 2
            i += 1
        elif w in _TENS:
            if i + 1 < len(toks) and toks[i + 1] in _W and len(_W[toks[i + 1]]) == 1 \
                    and toks[i + 1] not in ("μηδέν", "zero", "oh"):
                out += str(_TENS[w]) + _W[toks[i + 1]]
                i += 1
            else:
                out += str(_TENS[w]) + "0"
        elif w in _W:
            out += _W[w]
        elif w.isascii() and w.isalnum() and w.upper() == w:
            out += w
        else:
            return None
        i += 1
    return out


def self_check(lang, items):
    import re
    checked = 0
    for it in items:
        text, spans = it[0], it[1]
        for sp in spans:
            if sp[0] not in ("card", "iban", "id"):
                continue
            d = decode_digits(sp[1])
            assert d is not None, (lang, sp[1])
            if sp[0] == "card":
                assert 13 <= len(d) <= 19 and luhn_ok(d), (lang, sp[1], d)
            elif sp[0] == "iban":
                assert iban_ok(d), (lang, sp[1], d)
            else:
                ok = il_id_ok(d) or afm_ok(d) or sa_id_ok(d) or \
                    (len(d) == 9 and ssn_ok(d[:3] + "-" + d[3:5] + "-" + d[5:]))
                # the one deliberately partial value: a caller correcting the last group of an SSN
                assert ok or (len(d) == 4 and lang == "en"), (lang, sp[1], d)
            checked += 1
        if not spans:
            t = text.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
            for run in re.findall(r"\d[\d -]{7,}\d", t):
                d = re.sub(r"[ -]", "", run)
                if len(d) >= 9:
                    fails_all(d)
    return checked


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.abspath(os.path.join(here, "..", ".."))
    outdir = os.path.join(root, "data", "redaction", "blind48")
    os.makedirs(outdir, exist_ok=True)
    for lang, items in LANGS.items():
        rows = build(items)
        nchk = self_check(lang, items)
        texts = [r["text"] for r in rows]
        assert len(set(texts)) == len(texts), lang
        counts = {}
        for r in rows:
            for s in r["spans"]:
                counts[s["kind"]] = counts.get(s["kind"], 0) + 1
        empty = sum(1 for r in rows if not r["spans"])
        with open(os.path.join(outdir, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(lang, "checked", nchk, "items", len(rows), "non-personal", empty,
              "spans", sum(counts.values()), dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
