#!/usr/bin/env python3
"""Generator of the "blind25" held-out redaction evaluation set.

Written by a helper session that worked only from a written brief (the product's
specification of what counts as personal data, and the output format).  The helper
never read the redactor, its rules, its tests, or any other evaluation set or
generator.  The calls, speakers and values are invented; check-digit values (cards,
IBANs, national IDs) are computed here, and non-personal long numbers are asserted
to fail those checks.

Output: data/redaction/blind25/{en,ar,he,el}.jsonl, one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}
kind is one of card, iban, id, phone, email, date_of_birth, name, address.
start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive), found by
searching for each span's substring (spans are listed in text order).  "context" is
optional: an earlier line of the same call, not scored.  Items with empty spans are
non-personal and must come out unchanged.

Deterministic, standard library only.  Run: python3 benches/redaction/make_blind25.py
"""
import json
import os
import re
import sys

KINDS = ("card", "iban", "id", "phone", "email", "date_of_birth", "name", "address")
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "data", "redaction", "blind25"))

# ---------------------------------------------------------------- check digits


def luhn_ok(d):
    d = re.sub(r"\D", "", d)
    s = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def luhn(body):
    """body digits -> body + Luhn check digit."""
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def card(body):
    n = luhn(body)
    assert 13 <= len(n) <= 19 and luhn_ok(n)
    return n


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "GR": 27, "CY": 28, "IL": 23, "SA": 24,
            "AE": 23, "EG": 29, "JO": 30, "FR": 27, "ES": 24, "IT": 27, "NL": 18,
            "KW": 30, "QA": 29, "BH": 22, "LB": 28, "PS": 29, "TR": 26, "MA": 28}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = re.sub(r"[\s-]", "", s).upper()
    return (s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]]
            and _iban_num(s[4:] + s[:4]) % 97 == 1)


def iban(cc, bban):
    chk = 98 - _iban_num(bban + cc + "00") % 97
    s = "%s%02d%s" % (cc, chk, bban)
    assert len(s) == IBAN_LEN[cc], (s, len(s))
    assert iban_ok(s)
    return s


def g4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def tz_ok(d):
    d = re.sub(r"\D", "", d)
    if len(d) != 9:
        return False
    s = 0
    for i, c in enumerate(d):
        v = int(c) * (1 if i % 2 == 0 else 2)
        s += v - 9 if v > 9 else v
    return s % 10 == 0


def tz(body8):
    for c in "0123456789":
        if tz_ok(body8 + c):
            return body8 + c
    raise AssertionError


def afm_ok(d):
    d = re.sub(r"\D", "", d)
    if len(d) != 9:
        return False
    s = sum(int(c) * 2 ** (8 - i) for i, c in enumerate(d[:8]))
    return s % 11 % 10 == int(d[8])


def afm(body8):
    s = sum(int(c) * 2 ** (8 - i) for i, c in enumerate(body8))
    r = body8 + str(s % 11 % 10)
    assert afm_ok(r)
    return r


def saudi(body9):
    assert body9[0] in "12" and len(body9) == 9
    r = luhn(body9)
    assert luhn_ok(r)
    return r


def ssn(area, group, serial):
    assert 1 <= area <= 899 and area != 666 and 1 <= group <= 99 and 1 <= serial <= 9999
    return "%03d-%02d-%04d" % (area, group, serial)


# ---------------------------------------------------------------- spoken digits

EN_D = "zero one two three four five six seven eight nine".split()
AR_D = "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
AR_D_LEV = "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split()
HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
AR_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FROM_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def say(s, words, gsep=", ", zero=None):
    """Digits -> one word per digit; a space in s becomes gsep; '-' -> ' '."""
    out = []
    for grp in s.split(" "):
        w = []
        for c in grp:
            if c.isdigit():
                w.append(zero if (c == "0" and zero) else words[int(c)])
        out.append(" ".join(w))
    return gsep.join(out)


def en(s, gsep=", ", zero=None):
    return say(s, EN_D, gsep, zero)


def indic(s):
    return s.translate(AR_INDIC)


# ---------------------------------------------------------------- building

LANGS = {}


def _digit_runs(text):
    t = text.translate(FROM_INDIC)
    return [re.sub(r"\D", "", m.group()) for m in
            re.finditer(r"\d(?:[ .\-/]?\d)+", t)]


def check_nonpersonal(text):
    """Long numbers in a non-personal line must fail every check."""
    for d in _digit_runs(text):
        if 13 <= len(d) <= 19:
            assert not luhn_ok(d), (d, text)
        if len(d) == 9:
            assert not tz_ok(d) and not afm_ok(d), (d, text)
        if len(d) == 10 and d[0] in "12":
            assert not luhn_ok(d), (d, text)
    for m in re.finditer(r"\b[A-Z]{2}\d{2}[A-Z0-9 ]{10,}", text):
        assert not iban_ok(m.group()), text


def build(items):
    rows = []
    for it in items:
        text, spans = it[0], it[1]
        ctx = it[2] if len(it) > 2 else ""
        b = text.encode("utf-8")
        cur = 0
        out = []
        for kind, sub in spans:
            assert kind in KINDS, kind
            sb = sub.encode("utf-8")
            assert sub.strip() == sub and sub, (sub, text)
            i = b.find(sb, cur)
            assert i >= 0, ("span not found after previous span", sub, text)
            out.append({"kind": kind, "start": i, "end": i + len(sb)})
            assert b[i:i + len(sb)].decode("utf-8") == sub
            cur = i + len(sb)
        if not spans:
            check_nonpersonal(text)
        row = {"text": text, "spans": out}
        if ctx:
            row["context"] = ctx
        rows.append(row)
    return rows


def main():
    os.makedirs(OUT, exist_ok=True)
    for lang, items in LANGS.items():
        rows = build(items)
        texts = [r["text"] for r in rows]
        assert len(set(texts)) == len(texts), "duplicate text in " + lang
        cnt = {k: 0 for k in KINDS}
        for r in rows:
            for s in r["spans"]:
                cnt[s["kind"]] += 1
        neg = sum(1 for r in rows if not r["spans"])
        with open(os.path.join(OUT, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(lang, "items", len(rows), "non-personal", neg, "spans",
              sum(cnt.values()), cnt)
        if "--strict" in sys.argv or len(rows) >= 100:
            for k in KINDS:
                assert cnt[k] >= 7, (lang, k, cnt[k])


# ---------------------------------------------------------------- languages
# (each language block appends its items to LANGS)


# ================================================================ English
# Calls: acupuncture clinic (UK), allotment society (UK), antique restoration (US),
# archery club (AU), chiropractic clinic (US), cricket club (UK/Indian), coin dealer (IE),
# electoral registration (UK/Nigerian), gift baskets (US), gutter cleaning (IE),
# hot-tub maintenance (AU), apartment leasing office (US), hospice admissions (US),
# laptop leasing (Riyadh, Indian caller), knife sharpening (UK).
E_CARD = [card("453972051833401"), card("542523343010990"), card("37144963539843"),
          card("601100458231774"), card("492938174562"), card("222300481295537"),
          card("652150392847716"), card("453211098765432101")]
E_IBAN = [iban("GB", "BARC20714583920174"), iban("IE", "BOFI90001734129876"),
          iban("GB", "NWBK60823147702856"), iban("DE", "370400440532013000"),
          iban("SA", "80000000608010167519"), iban("AE", "0331234567890123456"),
          iban("GB", "HBUK40127631458809"), iban("IE", "AIBK93208645219034")]
E_SSN = [ssn(523, 47, 1908), ssn(412, 83, 2275), ssn(287, 60, 4431), ssn(609, 15, 8820),
         ssn(148, 32, 7069)]
E_IQAMA = saudi("246813579")
_c0, _c1 = E_CARD[0], E_CARD[1]
_i0, _i1, _i2, _i6 = E_IBAN[0], E_IBAN[1], E_IBAN[2], E_IBAN[6]
_c0_said = en(g4(_c0))
_c1_said = "%s, %s, %s %s" % (en(_c1[:4], " "), en(_c1[4:8], " "), _c1[8:12], _c1[12:])
_i0_said = "G B %s, B A R C, %s %s %s %s" % (en(_i0[2:4], " "), _i0[8:12], _i0[12:16],
                                             _i0[16:20], _i0[20:])
_i2_said = "G B %s N W B K %s %s" % (_i2[2:4], _i2[8:14], en(_i2[14:], " "))
Q_DOB1 = "Lovely, thanks Gareth. Can I just take your date of birth so I can pull up your notes?"
Q_PH1 = "What's the best number to get you on if we have a cancellation?"
Q_AD2 = "And the address we've got for you, is that still current?"
Q_EM3 = "And an email for the invoice?"
Q_DOB4 = "No worries. What's his date of birth?"
Q_AD4 = "Where do you want the membership pack posted?"
Q_PH5 = "What's a good callback number for you?"
Q_IB7 = "If you do sell, we pay out by bank transfer within five working days. What's the IBAN?"
EN = [
    # acupuncture clinic
    ("Good morning, Meridian Acupuncture, how can I help?", []),
    ("Hiya, yeah, my name's Gareth Llewellyn, I had a session booked in for Thursday.",
     [("name", "Gareth Llewellyn")]),
    (Q_DOB1, [("name", "Gareth")]),
    ("Yeah it's the, um, fourteenth of February nineteen seventy-nine.",
     [("date_of_birth", "fourteenth of February nineteen seventy-nine")], Q_DOB1),
    ("So you're down for Thursday the 9th at half two, forty-five minutes, that's £65, and "
     "you've got four of your six sessions left on the package.", []),
    ("could i move it to the week after same time if possible", []),
    ("Oh seven seven double oh, nine double oh, one four two.",
     [("phone", "Oh seven seven double oh, nine double oh, one four two")], Q_PH1),
    ("And the refund for the one I cancelled in March, can it go to my new account? It's "
     + _i2_said + ".", [("iban", _i2_said)]),
    ("Perfect. That's Tuesday the 16th at 2:30 in room three, and I've put the refund of £65 "
     "from the 4th of March through, three to five working days.", []),
    # allotment society
    ("Hello, Hillside Allotment Society.", []),
    ("Oh hello, it's Maureen Pilkington here, I've got plot forty-two by the water trough.",
     [("name", "Maureen Pilkington")]),
    ("Hello Mrs Pilkington, what can I do for you today?", [("name", "Pilkington")]),
    ("Well the rent's gone up to forty-eight pounds and you've taken it on the 3rd of March "
     "instead of the 1st of April like it says on the letter.", []),
    ("I want the direct debit changed to my other account, have you got a pen? It's "
     + _i0_said + ".", [("iban", _i0_said)]),
    ("Yes, fourteen Orchard Close, Hebden Bridge, H X seven, eight A B.",
     [("address", "fourteen Orchard Close, Hebden Bridge, H X seven, eight A B")], Q_AD2),
    ("There's still about a hundred and thirty on the waiting list, and the ones down the "
     "Calder Road end are half plots, a hundred and twenty-five square metres.", []),
    ("The skip's coming Saturday the 12th, eight till twelve, and the AGM's in the Scout hut "
     "on the 28th at seven.", []),
    # antique restoration
    ("Thank you for calling Harrington Antique Restoration, how may I help you?", []),
    ("Hi, yes, this is Dee Whitaker, I dropped off a walnut secretary desk, oh, about three "
     "weeks ago?", [("name", "Dee Whitaker")]),
    ("Got it, Ms. Whitaker. The quote was $1,850 for the veneer and $240 for the brass "
     "hardware, and your ticket is 4471-208.", [("name", "Whitaker")]),
    ("Great, I'll put the deposit down now. It's a Visa, " + _c0_said + ".",
     [("card", _c0_said)]),
    ("Let me read that back, " + g4(_c0) + "?", [("card", g4(_c0))]),
    ("Yep. And can you deliver it back to the house when it's done? 2217 Maple Ridge Drive, "
     "Evanston, Illinois, 60201.",
     [("address", "2217 Maple Ridge Drive, Evanston, Illinois, 60201")]),
    ("We deliver Tuesdays and Fridays, it's $95 for the two-man crew within 30 miles, and it "
     "should be ready around the 18th.", []),
    ("Sure, it's dee dot whitaker fifty-eight at outlook dot com.",
     [("email", "dee dot whitaker fifty-eight at outlook dot com")], Q_EM3),
    # archery club
    ("G'day, Southern Cross Archers, how can I help?", []),
    ("Hi, um, I'm Bron, well, Bronwyn Tait, I put my son down for the junior course.",
     [("name", "Bron"), ("name", "Bronwyn Tait")]),
    ("Second of the eleventh, two thousand and twelve.",
     [("date_of_birth", "Second of the eleventh, two thousand and twelve")], Q_DOB4),
    ("juniors are saturdays nine till eleven its a hundred and ten dollars for the term thats "
     "eight sessions and we supply the bows up to twenty pound draw", []),
    ("Best mobile's oh four nine one, five seven oh, one five six.",
     [("phone", "oh four nine one, five seven oh, one five six")]),
    ("And email, um, bron underscore tait seventy-four at bigpond dot com dot au.",
     [("email", "bron underscore tait seventy-four at bigpond dot com dot au")]),
    ("Unit 3, 18 Banksia Street, Ringwood East, 3135.",
     [("address", "Unit 3, 18 Banksia Street, Ringwood East, 3135")], Q_AD4),
    ("The Archery Australia fee's another forty-five, and the come-and-try day is the 2nd of "
     "March at the Wantirna range, gates open 8:30.", []),
    # chiropractic clinic
    ("Peak Spine Chiropractic, Megan speaking, how can I help you?", [("name", "Megan")]),
    ("Yeah hi, Tyrone Jackson, I'm a new patient, my doctor sent a referral over.",
     [("name", "Tyrone Jackson")]),
    ("Okay, I'll need your date of birth and your social for the insurance "
     "verification.", []),
    ("Date of birth is 7/22/1986.", [("date_of_birth", "7/22/1986")]),
    ("And the social is " + say(E_SSN[0].replace("-", " "), "0123456789", ", ") + ".", [("id", say(E_SSN[0].replace("-", " "), "0123456789", ", "))]),
    ("Your copay is $35, the first visit is about 45 minutes, and I have Monday the 14th at "
     "8:15 or Wednesday at 4.", []),
    ("It's three one two, five five five, oh one four seven.",
     [("phone", "three one two, five five five, oh one four seven")], Q_PH5),
    ("Blue Cross shows group 004418, a deductible of $1,500 and you've met $620 of it, so "
     "we bill them for the rest.", []),
    # cricket club
    ("Afternoon, Elmbridge Cricket Club.", []),
    ("Hello yes, Harpreet Sandhu speaking, everyone calls me Harry, I'm calling about the "
     "junior subs.", [("name", "Harpreet Sandhu"), ("name", "Harry")]),
    ("Yes, she's eleven, date of birth 05/09/2013.", [("date_of_birth", "05/09/2013")]),
    ("Under-thirteens nets are Fridays six till half seven, matches on Sundays, subs are £95 "
     "for the season and the kit is £38 from Lord's Sports on the High Street.", []),
    ("I'll pay by card. Mastercard, " + _c1_said + ".", [("card", _c1_said)]),
    ("That's gone through, receipt 20931, and the £45 from last season was refunded on the "
     "2nd of June.", []),
    ("That refund went to my old account, the new one is " + g4(_i6) + ", can you resend it?",
     [("iban", g4(_i6))]),
    ("Email is h.sandhu83@btinternet.com.", [("email", "h.sandhu83@btinternet.com")]),
    # coin dealer
    ("Hello, Liffey Coins and Medals, Cormac speaking.", [("name", "Cormac")]),
    ("Hi there, my name is Siobhán Ní Bhriain, I've a few old coins from my grandda I want "
     "valued.", [("name", "Siobhán Ní Bhriain")]),
    ("The 1928 Free State set with the ploughman half crown goes for anywhere between forty "
     "and three hundred euro, depending on the grade.", []),
    ("Hang on till I find it. " + g4(_i1) + ".", [("iban", g4(_i1))], Q_IB7),
    ("My mobile's oh eight seven, nine one four, double three six two.",
     [("phone", "oh eight seven, nine one four, double three six two")]),
    ("Could you post the valuation out to me? It's 12 Clontarf Road, Dublin 3, D03 X2K7.",
     [("address", "12 Clontarf Road, Dublin 3, D03 X2K7")]),
    ("Grand so, we'll have that out to you by Friday the 7th, and the coins stay in the safe "
     "till you decide.", []),
]
LANGS["en"] = EN

_c2, _c3, _c4, _c5, _c6, _c7 = E_CARD[2:]
_i3, _i4, _i5, _i7 = E_IBAN[3], E_IBAN[4], E_IBAN[5], E_IBAN[7]
_c4_said = "%s, %s, %s, %s" % (en(_c4[:4], " "), en(_c4[4:7], " "), en(_c4[7:10], " "),
                               en(_c4[10:], " "))
_i7_said = "%s AIBK %s %s %s %s" % (_i7[:4], _i7[8:11], _i7[11:14], _i7[14:18], _i7[18:])
_iq_said = "%s, %s, %s" % (" ".join(E_IQAMA[:4]), " ".join(E_IQAMA[4:7]), " ".join(E_IQAMA[7:]))
_ssn1_rb = "%s, %s, %s" % (en(E_SSN[1][:3], " "), en(E_SSN[1][4:6], " "), en(E_SSN[1][7:], " "))
_ssn3_said = "%s, %s, %s" % (en(E_SSN[3][:3], " ", "oh"), en(E_SSN[3][4:6], " ", "oh"),
                             en(E_SSN[3][7:], " ", "oh"))
Q_SP8 = "Can you spell the surname for me?"
Q_AD8 = "And the address you're living at now?"
Q_AD10 = "And just to confirm the address for the invoice?"
Q_SSN12 = "Sure, it's %s, and I was born April 30th, 1992." % E_SSN[1]
Q_DOB13 = "I'm so sorry. Let's get him set up. What's your father's date of birth?"
Q_AD13 = "And where will he be receiving care?"
Q_ID14 = "For the contract amendment I need your iqama number, sir."
Q_EM14 = "And the e-mail for the invoices, sir?"
EN += [
    # electoral registration
    ("Electoral Services, good afternoon, calls to this line may be recorded.", []),
    ("Good afternoon ma, my name is Oluwaseun Adeyemi, I'm calling because I am not on the "
     "register.", [("name", "Oluwaseun Adeyemi")]),
    ("A, D, E, Y, E, M, I.", [("name", "A, D, E, Y, E, M, I")], Q_SP8),
    ("Third of June, nineteen ninety.", [("date_of_birth", "Third of June, nineteen ninety")],
     "And your date of birth?"),
    ("So that's the 3rd of June 1990, yes?", [("date_of_birth", "3rd of June 1990")]),
    ("Flat 7, Kestrel House, 41 Wellington Road, Croydon, C R zero, two P L.",
     [("address", "Flat 7, Kestrel House, 41 Wellington Road, Croydon, C R zero, two P L")],
     Q_AD8),
    ("Polling day is Thursday the 7th of May, and the deadline to register is midnight on the "
     "20th of April, that's twelve working days before.", []),
    ("Your application reference is ELR 2290 4471, it takes up to 10 working days.", []),
    ("Okay. You can reach me on 07700 900518 if there is any problem.",
     [("phone", "07700 900518")]),
    # gift baskets
    ("Thanks for calling Golden Harvest Gift Baskets, are you ordering for Mother's Day?", []),
    ("Yes, hi, I'm Linh, L-I-N-H, Nguyen, and I wanna send one to my mom in Texas.",
     [("name", "Linh"), ("name", "L-I-N-H"), ("name", "Nguyen")]),
    ("The Harvest Deluxe is $79.99, the Sweet Tooth is $54, and guaranteed delivery by Friday "
     "May 9th is $12.95 extra.", []),
    ("Okay the Deluxe. Please deliver to 88 Cypress Hollow Lane, Sugar Land, TX 77479.",
     [("address", "88 Cypress Hollow Lane, Sugar Land, TX 77479")]),
    ("It's American Express, %s %s %s." % (_c2[:4], _c2[4:10], _c2[10:]),
     [("card", "%s %s %s" % (_c2[:4], _c2[4:10], _c2[10:]))]),
    ("And send the confirmation to linh.nguyen.tx@yahoo.com please.",
     [("email", "linh.nguyen.tx@yahoo.com")]),
    ("Your order number is 5512-0387-22, it ships from our Fresno warehouse on the 7th and "
     "you'll get tracking by 6 p.m.", []),
    # gutter cleaning
    ("Clearflow Gutters, hello?", []),
    ("Hello, it's Pádraig Moran here, Paddy, ye were out to me on Tuesday.",
     [("name", "Pádraig Moran"), ("name", "Paddy")]),
    ("The lads did front and back, forty metres of gutter and two downpipes, that's 180 euro "
     "plus VAT at thirteen and a half per cent.", []),
    ("I'd rather pay by direct debit if that's alright, the IBAN is " + _i7_said + ".",
     [("iban", _i7_said)]),
    ("It's the bungalow, 3 Ballybane Road, Mervue, Galway, H91 E2W6.",
     [("address", "3 Ballybane Road, Mervue, Galway, H91 E2W6")], Q_AD10),
    ("Landline is zero nine one, seven five three, two one eight, or email paddy moran at "
     "eircom dot net.", [("phone", "zero nine one, seven five three, two one eight"),
                         ("email", "paddy moran at eircom dot net")]),
    ("We'll be back in October for the autumn clean, usually around the 14th, and the moss "
     "treatment on the roof is another sixty-five.", []),
    # hot-tub maintenance
    ("Aqua Spa Care, you're through to the service desk.", []),
    ("Hi mate, Shane Kowalski, I've got a six-seater Jacuzzi that keeps throwing an FL1 "
     "error.", [("name", "Shane Kowalski")]),
    ("call out is a hundred and forty chemicals are extra and the next slot we have is "
     "wednesday the twenty second between seven and eleven", []),
    ("The heater serial's 40117-2285-093, it's about seven years old, we got it in 2018.", []),
    ("Yeah, Visa, " + _c4_said + ".", [("card", _c4_said)]),
    ("The address is 27 Coolangatta Avenue, Elanora, Queensland 4221, it's round the side.",
     [("address", "27 Coolangatta Avenue, Elanora, Queensland 4221")]),
    ("Ring me on plus six one, four nine one, five seven oh, nine nine three when you're on "
     "your way.", [("phone", "plus six one, four nine one, five seven oh, nine nine three")]),
    # apartment leasing office
    ("Lakeview Commons leasing office, how can I help you?", []),
    ("Hi, my name is Carlos Mendoza, I submitted an application for the two-bedroom.",
     [("name", "Carlos Mendoza")]),
    ("Okay, for the background check I'll need your social and your date of birth.", []),
    (Q_SSN12, [("id", E_SSN[1]), ("date_of_birth", "April 30th, 1992")]),
    ("So %s?" % _ssn1_rb, [("id", _ssn1_rb)], Q_SSN12),
    ("And my co-signer is my mom, her social is %s." % _ssn3_said, [("id", _ssn3_said)]),
    ("Rent on the 2B is $1,640 a month, the application fee's $55, deposit is one month, and "
     "the unit's available June 1st.", []),
    ("For the fee you can use my Discover, " + g4(_c3) + ".", [("card", g4(_c3))]),
    ("Your application ID is 000318724 and the unit is 4-214 in building C.", []),
    ("email is carlosm underscore ninety two at gmail dot com",
     [("email", "carlosm underscore ninety two at gmail dot com")]),
    # hospice admissions
    ("Good morning, Riverbend Hospice admissions.", []),
    ("Hi, yes, I'm calling for my father. I'm his daughter, Tanisha Brooks.",
     [("name", "Tanisha Brooks")]),
    ("He was born December 3rd, 1941.", [("date_of_birth", "December 3rd, 1941")], Q_DOB13),
    ("His social is %s." % E_SSN[2].replace("-", " "),
     [("id", E_SSN[2].replace("-", " "))]),
    ("And mine, for the power of attorney form, is %s." % E_SSN[4], [("id", E_SSN[4])]),
    ("Medicare Part A covers hospice in full, the nurse visits twice a week, and the social "
     "worker can come Thursday between 10 and 2.", []),
    ("We got the referral fax on the 11th at 3:40 p.m., six pages, and the bed is being "
     "delivered Friday.", []),
    ("He's at home, 6420 South Dorchester Avenue, Chicago, Illinois 60637.",
     [("address", "6420 South Dorchester Avenue, Chicago, Illinois 60637")], Q_AD13),
    ("My cell is 773-555-0182, call anytime.", [("phone", "773-555-0182")]),
    # laptop leasing (Riyadh)
    ("TechLease Arabia, good morning, how can I help?", []),
    ("Good morning, I am Venkatesh Iyer, I took three laptops on lease for my office in "
     "Olaya.", [("name", "Venkatesh Iyer")]),
    ("Iqama number is " + _iq_said + ".", [("id", _iq_said)], Q_ID14),
    ("So that's %s, correct?" % E_IQAMA, [("id", E_IQAMA)]),
    ("Each Latitude 5440 is 189 riyals a month for 24 months plus 15 percent VAT, and the "
     "first invoice was dated the 12th of January.", []),
    ("Please refund the deposit to my Al Rajhi account, " + g4(_i4) + ".",
     [("iban", g4(_i4))]),
    ("Or no, wait, use the company one in Dubai, " + _i5 + ", that's better.",
     [("iban", _i5)]),
    ("The two thousand four hundred riyals deposit, sir, takes seven to ten working days, "
     "ticket 88213.", []),
    ("v iyer at gulf build co dot com dot s a",
     [("email", "v iyer at gulf build co dot com dot s a")], Q_EM14),
    ("And mobile, oh five five, four eight two, seven three one six.",
     [("phone", "oh five five, four eight two, seven three one six")]),
    ("The fourth laptop I can pay now with my RuPay card, " + en(g4(_c6), " ") + ".",
     [("card", en(g4(_c6), " "))]),
    # knife sharpening
    ("Edge and Steel knife sharpening, we do postal and a van at Borough Market on Saturdays.",
     []),
    ("Hallo, yes, my name is Jürgen Hoffmann, I am head chef at a restaurant in Shoreditch.",
     [("name", "Jürgen Hoffmann")]),
    ("It's £4.50 a knife up to 20 centimetres, £6 over that, serrated £7, and we turn them "
     "round in 3 working days.", []),
    ("You charged me twice on the 14th of May, £96 two times. Please refund to my German "
     "account, " + g4(_i3) + ".", [("iban", g4(_i3))]),
    ("For the new order use the card " + g4(_c5) + ", or if it fails, " + g4(_c7) + ".",
     [("card", g4(_c5)), ("card", g4(_c7))]),
    ("Send them back to the restaurant, 118 Curtain Road, London, E C two A, three A Y.",
     [("address", "118 Curtain Road, London, E C two A, three A Y")]),
    ("Email juergen dot hoffmann at web dot de, with u e, not u umlaut.",
     [("email", "juergen dot hoffmann at web dot de")]),
    ("Twelve knives, that's the 26 cm Wüsthof, the Global santoku, the 2 Victorinox "
     "paring knives, and 8 steak knives.", []),
]
LANGS["en"] = EN


# ================================================================ Arabic
# Calls: coffee roastery (Riyadh, Gulf), gate automation (Dubai), agricultural machinery
# (Minya, Egyptian), animal feed supplier (Mafraq, Jordanian), insect screens (Beirut),
# jet-ski rental (Dubai), kids' clothing returns (Cairo), lactation consultant (Amman),
# flooring installer (Kuwait), egg delivery (Qassim), home-schooling platform (MSA, Jeddah),
# hydroponics supplies (Casablanca, Darija).
A_CARD = [card("588845120376451"), card("531296014477820"), card("422761093355184"),
          card("446404587120993"), card("520481736690215"), card("491761204853379"),
          card("3601448729531"), card("62170039480021457")]
A_IBAN = [iban("SA", "80000000608010173322"), iban("AE", "0260001015432198765"),
          iban("EG", "0003021400197730551820461"), iban("JO", "ARAB1180000000192834756102"),
          iban("KW", "NBOK0000000000201948372615"), iban("QA", "QNBA000000000724519037001"),
          iban("FR", "20041010050500013M02606"), iban("SA", "45000000001398267004")]
A_ID = [saudi("108734562"), saudi("110295847"), saudi("234019876"), saudi("221876430"),
        saudi("104455812"), saudi("259013347")]
_ac = A_CARD
_ai = A_IBAN
A_Q_AD1 = "وين العنوان بالضبط؟"
A_Q_AD3 = "العنوان فين يا حاج؟"
A_Q_AD4 = "وين بدك ياه ينزل؟"
A_Q_DOB6 = "وتاريخ ميلاد أخوك؟ عشان شرط العمر"
A_Q_DOB8 = "أهلاً هديل، شو تاريخ ميلاد البيبي؟"
A_Q_DOB8b = "وتاريخ ميلادك إنتِ للتأمين؟"
AR = [
    # coffee roastery
    ("محمصة الهيل للقهوة، معك عبدالله، تفضل", [("name", "عبدالله")]),
    ("هلا والله، معك فهد القحطاني، طلبت قهوة خولاني من عندكم وللحين ما وصلت",
     [("name", "فهد القحطاني")]),
    ("ابشر يا فهد، عطني رقم الجوال المسجل بالطلب", [("name", "فهد")]),
    (say("055 348 7102", AR_D, "، "), [("phone", say("055 348 7102", AR_D, "، "))],
     "ابشر يا فهد، عطني رقم الجوال المسجل بالطلب"),
    ("الطلب رقم 40718 بتاريخ ١٢ مارس، كيلو خولاني محمص متوسط بـ ١٤٠ ريال وكيلو إثيوبي بـ ١١٥، "
     "والتوصيل ٢٥ ريال", []),
    ("حي الياسمين، شارع الأمير سعود بن محمد، فيلا ٢٧، الرياض",
     [("address", "حي الياسمين، شارع الأمير سعود بن محمد، فيلا ٢٧، الرياض")], A_Q_AD1),
    ("المندوب بيوصلك بكرة الأحد بين الساعة ٤ و٨ المغرب، وبنعوضك بكيس ٢٥٠ غرام مجاناً", []),
    ("طيب والفاتورة الضريبية أبيها باسمي، رقم الهوية " + indic(A_ID[0]),
     [("id", indic(A_ID[0]))]),
    ("يعني " + say(A_ID[0], AR_D, "") + "، صح؟",
     [("id", say(A_ID[0], AR_D, ""))]),
    ("وأبي أدفع فرق الهيل بالبطاقة، مدى، " + g4(_ac[0]), [("card", g4(_ac[0]))]),
    # gate automation
    ("شركة البوابة الذكية، صباح الخير، كيف أقدر أساعدك؟", []),
    ("صباح النور، أنا مريم الشامسي، البوابة الأوتوماتيك في البيت واقفة من أمس",
     [("name", "مريم الشامسي")]),
    ("سلامتك أستاذة مريم، الموتور عندك FAAC 740 ولا BFT Deimos؟", [("name", "مريم")]),
    ("زيارة الفني ٢٥٠ درهم، وإذا تبين نبدل اللوحة الإلكترونية تكلف ١٨٠٠ درهم مع ضمان سنتين", []),
    ("رقمي ٠٥٠ ٤٦٢ ٩١٨٣", [("phone", "٠٥٠ ٤٦٢ ٩١٨٣")]),
    ("العنوان فيلا ١٤، شارع ٢٣، البرشاء الثالثة، دبي",
     [("address", "فيلا ١٤، شارع ٢٣، البرشاء الثالثة، دبي")]),
    ("وكان في مبلغ ٤٢٠ درهم دفعته زيادة المرة اللي فاتت، رجعوه على الآيبان " + g4(_ai[1]),
     [("iban", g4(_ai[1]))]),
    ("وطرشوا لي الفاتورة على الإيميل maryam.shamsi88@outlook.com",
     [("email", "maryam.shamsi88@outlook.com")]),
    # agricultural machinery
    ("مؤسسة النيل للمعدات الزراعية، أيوة يا فندم", []),
    ("أيوة يا باشا، معاك الحاج محمود عبد الحميد من المنيا، عايز أسأل على الجرار اللي اشتريته",
     [("name", "محمود عبد الحميد")]),
    ("أهلاً يا حاج محمود، الجرار ماسي فيرجسون ٢٩٠ ولا ٣٨٥؟", [("name", "محمود")]),
    ("الصيانة الدورية كل ٢٥٠ ساعة شغل، والفلتر بـ ٤٥٠ جنيه، والزيت ١٢ لتر بـ ١٨٠٠ جنيه", []),
    ("نمرتي " + say("012 873 41 596", AR_D_LEV, "، "),
     [("phone", say("012 873 41 596", AR_D_LEV, "، "))]),
    ("القسط التالت حولته على حسابكم، بس عايز الباقي يرجع على حسابي في الأهلي، الآيبان "
     + _ai[2], [("iban", _ai[2])]),
    ("عزبة الشيخ حسن، مركز سمالوط، محافظة المنيا، جنب الجمعية الزراعية",
     [("address", "عزبة الشيخ حسن، مركز سمالوط، محافظة المنيا")], A_Q_AD3),
    ("القسط الجاي ٣٥ ألف جنيه مستحق يوم ١٥ أكتوبر، والعقد ابتدا في يناير ٢٠٢٣", []),
    # animal feed supplier
    ("مصنع الأعلاف الأردني، مرحبا", []),
    ("مرحبا، أنا سامر الزعبي، بس الكل بيناديني أبو خالد، عندي مزرعة دجاج بالمفرق",
     [("name", "سامر الزعبي"), ("name", "أبو خالد")]),
    ("أهلين أبو خالد، شو بتحتاج هالمرة؟", [("name", "أبو خالد")]),
    ("بدي ٤٠ شوال علف بادي، كل شوال ٥٠ كيلو، وعشرين شوال ناهي، والسعر ١٦ دينار ونص للشوال", []),
    ("بحوّلك من حسابي، الآيبان تبعي " + g4(_ai[3]), [("iban", g4(_ai[3]))]),
    ("رقمي " + say("079 651 48 22", AR_D_LEV, "، "),
     [("phone", say("079 651 48 22", AR_D_LEV, "، "))]),
    ("التوصيل عالمفرق ٣٥ دينار للنقلة، والسيارة بتطلع يوم الخميس الصبح الساعة ستة", []),
    ("على طريق بغداد الدولي، بعد محطة المناصير بكيلو، بلدة الخالدية، المفرق",
     [("address", "طريق بغداد الدولي، بعد محطة المناصير بكيلو، بلدة الخالدية، المفرق")],
     A_Q_AD4),
    # insect screens
    ("ألو، شبابيك الناموسية؟ أنا رنا حداد، بدي حدا يجي ياخد قياسات",
     [("name", "رنا حداد")]),
    ("أهلا مدام رنا، معك طوني، قديش شباك عندك؟", [("name", "رنا"), ("name", "طوني")]),
    ("سبع شبابيك وباب البلكون، الكبير ١٨٠ على ١٢٠ والزغار ٦٠ على ٩٠", []),
    ("المتر المربع بـ ٢٥ دولار، والتركيب ببلاش إذا الطلبية فوق ٣٠٠ دولار، منقدر نجي الأربعا ١٤ الشهر",
     []),
    ("العنوان الأشرفية، شارع مار مخايل، بناية الحلو، الطابق الرابع",
     [("address", "الأشرفية، شارع مار مخايل، بناية الحلو، الطابق الرابع")]),
    ("خود رقمي 03 728 415", [("phone", "03 728 415")]),
    ("وابعتلي عرض السعر على rana.haddad@hotmail.com إذا بتريد",
     [("email", "rana.haddad@hotmail.com")]),
    ("بدفع العربون هلق بالكارت، " + " ".join(_ac[1][i:i + 4] for i in range(0, 16, 4)),
     [("card", g4(_ac[1]))]),
    # jet-ski rental
    ("Sea Riders Dubai، هلا، معك خليفة", [("name", "خليفة")]),
    ("هلا، أنا نورة المري، أبي أحجز جت سكي لي وحق أخوي يوم الجمعة", [("name", "نورة المري")]),
    ("الساعة بـ ٣٥٠ درهم، نص ساعة ٢٠٠، ولازم العمر فوق ١٦ سنة والتأمين ٥٠ درهم زيادة", []),
    ("أخوي مواليد تسعطعش سبعة ألفين وسبعة", [("date_of_birth", "تسعطعش سبعة ألفين وسبعة")],
     A_Q_DOB6),
    ("أنا سعودية، رقم هويتي " + indic(A_ID[1][:4]) + " " + indic(A_ID[1][4:]),
     [("id", indic(A_ID[1][:4]) + " " + indic(A_ID[1][4:]))]),
    ("جوالي +966 54 312 8807", [("phone", "+966 54 312 8807")]),
    ("أدفع بالفيزا، " + _ac[2], [("card", _ac[2])]),
    ("الحجز رقم ٢٢٠٩١٤، الجمعة ٢١ الشهر الساعة ٤ العصر، من مرسى جميرا ٢", []),
    # kids' clothing returns
    ("متجر بمبي لملابس الأطفال، أنا شيماء، إزاي أقدر أساعد حضرتك؟", [("name", "شيماء")]),
    ("أهلاً، معاكي منة الله مصطفى، طلبت بيجامتين مقاس ٤ سنين وجم مقاس ٢",
     [("name", "منة الله مصطفى")]),
    ("ولا يهمك يا منة، ممكن رقم الأوردر؟", [("name", "منة")]),
    ("رقم الأوردر ٧٧٢٠٤١٨٩، اتدفع يوم ٣ مايو، ٥٤٠ جنيه", []),
    ("الموبايل " + say("010 967 342 18", AR_D_LEV, " "),
     [("phone", say("010 967 342 18", AR_D_LEV, " "))]),
    ("والإيميل منة أندرسكور مصطفى تلاتة وتسعين أت جيميل دوت كوم",
     [("email", "منة أندرسكور مصطفى تلاتة وتسعين أت جيميل دوت كوم")]),
    ("خلي المندوب ياخد المرتجع من ١٢ شارع عباس العقاد، مدينة نصر، الدور التالت، شقة ٨",
     [("address", "١٢ شارع عباس العقاد، مدينة نصر، الدور التالت، شقة ٨")]),
    ("الاستبدال مجاني خلال ١٤ يوم، والمندوب هيعدي يوم الخميس من ١٠ الصبح لـ ٥ العصر", []),
    # lactation consultant
    ("عيادة أمومة للرضاعة الطبيعية، مرحباً", []),
    ("مرحبا، اسمي هديل العمري، بدي موعد مع الاستشارية، ابني عمره ثلاث أسابيع",
     [("name", "هديل العمري")]),
    (A_Q_DOB8, [("name", "هديل")]),
    ("إجا عالدنيا اتنين شباط، ألفين وخمسة وعشرين",
     [("date_of_birth", "اتنين شباط، ألفين وخمسة وعشرين")], A_Q_DOB8),
    ("الجلسة ٤٥ دقيقة بـ ٣٥ دينار، والمتابعة عالتلفون مجانية لمدة أسبوعين، وعنا موعد الأحد "
     "الساعة ١١ ونص", []),
    ("خمسة عشر أيلول ألف وتسعمية وتسعين", [("date_of_birth", "خمسة عشر أيلول ألف وتسعمية وتسعين")],
     A_Q_DOB8b),
    ("رقم الواتساب ٠٧٧ ٥٣٠ ٢٦٤١", [("phone", "٠٧٧ ٥٣٠ ٢٦٤١")]),
    ("ايميلي hadeel.omari@yahoo.com", [("email", "hadeel.omari@yahoo.com")]),
]
LANGS["ar"] = AR

A_Q_ID10 = "حياك الله، للتسجيل نحتاج الاسم الكامل ورقم الهوية"
A_Q_DOB10 = "وتاريخ ميلادك؟ عشان السيستم ما يقبل بدونه"
A_Q_DOB11 = "وما تاريخ ميلاد الطالبة؟"
A_Q_DOB11b = "وتاريخ ميلادك حسب الإقامة؟"
A_Q_DOB12 = "باش نسجلك فبطاقة الوفاء، شنو هو تاريخ الازدياد ديالك؟"
_id4_said = say("%s %s %s %s" % (A_ID[4][:3], A_ID[4][3:6], A_ID[4][6:9], A_ID[4][9]),
                AR_D, "، ")
AR += [
    # flooring installer (Kuwait)
    ("شركة الباركيه الكويتية، مساء الخير", []),
    ("مساء النور، معاك بو يوسف، أبي أسأل عن تركيب باركيه للديوانية", [("name", "بو يوسف")]),
    ("مساحة الديوانية ٦ في ٨، يعني ٤٨ متر، والمتر بـ ٧ دنانير ونص مع التركيب", []),
    ("نقدر نبدأ يوم السبت ١٨ أكتوبر، والشغل ياخذ ٣ أيام، والضمان ٥ سنين", []),
    ("الخشب ألماني نوع Kaindl، سماكة ١٢ ملم، واللون رقم ٣٤٠٧٣ بلوط طبيعي", []),
    ("العنوان منطقة الروضة، قطعة ٣، شارع ٣٤، جادة ٢، منزل ١٧",
     [("address", "منطقة الروضة، قطعة ٣، شارع ٣٤، جادة ٢، منزل ١٧")]),
    ("العربون بحوله من حسابي في الوطني، " + g4(_ai[4]), [("iban", g4(_ai[4]))]),
    ("لا لا، خلني أدفعه بالبطاقة أسهل، " + g4(_ac[3]), [("card", g4(_ac[3]))]),
    ("ما مشت؟ طيب جرب الداينرز، " + _ac[6][:4] + " " + _ac[6][4:10] + " " + _ac[6][10:],
     [("card", _ac[6][:4] + " " + _ac[6][4:10] + " " + _ac[6][10:])]),
    ("رقمي ٦٥٠٢ ٨٨١٩ وأرسلوا عرض السعر على bu.yousef.kw@gmail.com",
     [("phone", "٦٥٠٢ ٨٨١٩"), ("email", "bu.yousef.kw@gmail.com")]),
    ("المبلغ الكلي ٣٦٠ دينار، دفعت منه ١٠٠ عربون، والباقي ٢٦٠ عند التسليم", []),
    # egg delivery (Qassim)
    ("مزارع بيض القصيم، السلام عليكم", []),
    ("وعليكم السلام، معك أم ريان، أبي أشترك في توصيل البيض الأسبوعي", [("name", "أم ريان")]),
    ("اسمي منيرة عبدالعزيز الحربي، ورقم الهوية " + _id4_said,
     [("name", "منيرة عبدالعزيز الحربي"), ("id", _id4_said)], A_Q_ID10),
    ("أعيد عليك: " + A_ID[4] + "، صح؟", [("id", A_ID[4])]),
    ("٣ / ٧ / ١٩٨٧ ميلادي", [("date_of_birth", "٣ / ٧ / ١٩٨٧")], A_Q_DOB10),
    ("يعني ثلاثة يوليو سبعة وثمانين، تمام", [("date_of_birth", "ثلاثة يوليو سبعة وثمانين")]),
    ("الطبق ٣٠ بيضة بـ ٢٤ ريال، والاشتراك أربع أطباق بالشهر، والتوصيل كل ثلاثاء قبل الساعة ١٠",
     []),
    ("وصلوه على حي الريان، شارع الملك عبدالعزيز، بيت رقم ٩، بريدة",
     [("address", "حي الريان، شارع الملك عبدالعزيز، بيت رقم ٩، بريدة")]),
    ("الاشتراك يخصم من حسابي، الآيبان " + _ai[7], [("iban", _ai[7])]),
    ("ولو ما نفع، البطاقة " + _ac[7], [("card", _ac[7])]),
    ("والإيميل munira.harbi at hotmail dot com",
     [("email", "munira.harbi at hotmail dot com")]),
    ("أول توصيلة يوم الثلاثاء ٧ أكتوبر، والفاتورة تنزل أول كل شهر بمبلغ ٩٦ ريال", []),
    ("البيض البلدي الطبق بـ ٣٥، والأوميغا ٣ بـ ٢٩، ونوصل بريدة وعنيزة والرس بس", []),
    # home-schooling platform (MSA)
    ("منصة المعلم الرقمي للتعليم المنزلي، كيف يمكنني مساعدتك؟", []),
    ("السلام عليكم، أنا أحمد فتحي، مقيم في جدة، وأريد تسجيل ابنتي في الصف الرابع",
     [("name", "أحمد فتحي")]),
    ("أهلاً وسهلاً، نحتاج رقم إقامة ولي الأمر ورقم إقامة الطالبة", []),
    ("إقامتي %s، وإقامة البنت %s" % (A_ID[2], indic(A_ID[3])),
     [("id", A_ID[2]), ("id", indic(A_ID[3]))]),
    ("الحادي عشر من نوفمبر عام ألفين وخمسة عشر",
     [("date_of_birth", "الحادي عشر من نوفمبر عام ألفين وخمسة عشر")], A_Q_DOB11),
    ("١٩٨٤/٣/٢٢", [("date_of_birth", "١٩٨٤/٣/٢٢")], A_Q_DOB11b),
    ("الرسوم ٤٥٠٠ ريال للفصل الدراسي، تشمل ٢٠ حصة مباشرة أسبوعياً، ويبدأ الفصل في ١٧ أغسطس", []),
    ("سأدفع بالبطاقة الائتمانية: " + say(g4(_ac[4]), AR_D, "، "),
     [("card", say(g4(_ac[4]), AR_D, "، "))]),
    ("البريد الإلكتروني ahmed.fathy1984@gmail.com", [("email", "ahmed.fathy1984@gmail.com")]),
    ("رقم طلب التسجيل ٢٠٢٥٠٤٨٨١٢، وستصلك رسالة خلال ٤٨ ساعة، والاختبار التحديدي يوم ٣ سبتمبر",
     []),
    ("وإذا انسحبنا بعد الشهر الأول، يرجع المبلغ على حسابي في الراجحي " + g4(_ai[0])
     + " أو على حسابي في قطر " + g4(_ai[5]) + " لأننا ننتقل للدوحة",
     [("iban", g4(_ai[0])), ("iban", g4(_ai[5]))]),
    ("الاسترداد ٧٥٪ خلال أول ٣٠ يوماً، و٥٠٪ حتى نهاية الأسبوع الثامن", []),
    # hydroponics supplies (Casablanca)
    ("السلام، هادي شركة الزراعة المائية ديال كازا؟", []),
    ("أه نعم، تفضلي", []),
    ("عافاك، سميتي كريمة بنعلي، كنت شريت عندكم نظام NFT ديال ٧٢ بلاصة وشي حاجة ما خدامة",
     [("name", "كريمة بنعلي")]),
    ("مرحبا لالة كريمة، شنو المشكل بالضبط؟", [("name", "كريمة")]),
    ("المضخة ديال ٢٠٠٠ لتر فالساعة ما بقاتش خدامة، شريتها نهار ٥ مارس ب ٨٥٠ درهم", []),
    ("النمرة ديالي 06 61 48 27 93", [("phone", "06 61 48 27 93")]),
    ("صيفطو المضخة الجديدة لدار الواليدة، ٤٥ زنقة ابن بطوطة، المعاريف، الطابق ٣، الدار البيضاء",
     [("address", "٤٥ زنقة ابن بطوطة، المعاريف، الطابق ٣، الدار البيضاء")]),
    ("أنا ساكنة فليون دابا، الفلوس ديال الفرق رجعوهم للحساب الفرنسي " + g4(_ai[6]),
     [("iban", g4(_ai[6]))]),
    ("الإيميل ديالي karima point benali at gmail point com",
     [("email", "karima point benali at gmail point com")]),
    ("اثناش يونيو، تمانين", [("date_of_birth", "اثناش يونيو، تمانين")], A_Q_DOB12),
    ("نخلص الباقي بالكارط: " + g4(_ac[5]), [("card", g4(_ac[5]))]),
    ("الضمانة عام واحد، والتوصيل لكازا ٤٨ ساعة، و ٣٥ درهم ديال الشحن، والمضخة الجديدة ٩٢٠ درهم",
     []),
    ("الأملاح المغذية A و B كل وحدة ٥ لتر ب ١٨٠ درهم، و pH down ب ٦٥", []),
]
LANGS["ar"] = AR

AR += [
    ("يعني إقامة البنت " + say(A_ID[3], AR_D, "") + "، صح كذا؟",
     [("id", say(A_ID[3], AR_D, ""))]),
    ("الجرار اشتغل ١٢٠٠ ساعة، وآخر صيانة كانت يوم ٢٠ فبراير عند التوكيل في بني سويف", []),
    ("التحويل رقم ٩٩٠٤٢٢٧١ بتاريخ ١٠ حزيران بمبلغ ٧٥٠ دينار، وصلكم؟", []),
    ("المرتجعات بتوصل المخزن في ٦ أكتوبر خلال ٣ أيام عمل، والفلوس بترجع خلال ١٤ يوم", []),
    ("رقم التذكرة ٥٥٨٢١٣، والفني جاي يوم الاثنين ٢٧ الساعة ٩ الصبح إن شاء الله", []),
    ("شباك المطبخ ٩٠ على ١١٠، وبدي اللون بني مش أبيض، متل يلي ركبتوه عند جارتي", []),
]
LANGS["ar"] = AR


# ================================================================ Hebrew
# Calls: audiobook subscription, balcony glazing (Russian-born caller), child car-seat
# fitting (Ethiopian-born caller), cinematheque film club (Arab citizen), diaper
# subscription (Anglo caller), ergonomic chairs (French-born caller), fuel loyalty card,
# gift vouchers for employees, home insulation, Judaica shop, dairy delivery (kibbutz),
# lawn-mower repair.
H_TZ = [tz("03948271"), tz("31250684"), tz("20574316"), tz("05821937"), tz("34017652"),
        tz("32908145"), tz("01476398"), tz("20688413"), tz("30122875")]
H_CARD = [card("458003219876541"), card("532610048827193"), card("406172239915080"),
          card("545762301198734"), card("491673002284519"), card("375510284963172"[:14]),
          card("401288830921657"), card("528934716650042")]
H_IBAN = [iban("IL", "0126120000000284317"), iban("FR", "30003021970005024871X45"),
          iban("IL", "0106440000001937520"), iban("IL", "0200580000000418263"),
          iban("IL", "0117620000000951247"), iban("IL", "0314590000000076319"),
          iban("GB", "LOYD30964277104529"), iban("IL", "0545120000000602938")]
_hc, _hi = H_CARD, H_IBAN
H_Q_ID1 = "לאימות אני צריכה תעודת זהות בבקשה"
H_Q_AD2 = "בשמחה סבטלנה. מה הכתובת?"
H_Q_DOB3 = "מה תאריך הלידה של התינוק? זה בשביל להתאים את הכיסא"
_tz0_said = say("%s %s %s" % (H_TZ[0][:3], H_TZ[0][3:6], H_TZ[0][6:]), HE_F, ", ")
_tz1_said = " ".join(H_TZ[1])
_hc1_said = say(g4(_hc[1]), HE_F, ", ")
HE = [
    # audiobook subscription
    ("שלום, הגעת לשירות הלקוחות של קולות, מדברת שירן, איך אפשר לעזור?", [("name", "שירן")]),
    ("היי, אממ, מדבר עומרי בן דוד, חויבתי פעמיים על המנוי החודשי",
     [("name", "עומרי בן דוד")]),
    ("אני רואה, עומרי, שני חיובים של 39.90, ב-3 לחודש וב-4 לחודש", [("name", "עומרי")]),
    (_tz0_said, [("id", _tz0_said)], H_Q_ID1),
    ("הזיכוי יופיע תוך 7 עד 10 ימי עסקים, ומספר הפנייה שלך הוא 8841207", []),
    ("תשלחי לי אישור למייל, עומרי נקודה בן דוד שטרודל ג'ימייל נקודה קום",
     [("email", "עומרי נקודה בן דוד שטרודל ג'ימייל נקודה קום")]),
    ("המנוי השנתי עולה 299 שקל במקום 478.80, וכולל 12 ספרים בשנה ועוד שני ספרי בונוס", []),
    # balcony glazing
    ("זגגות המרפסת של הצפון, שלום", []),
    ("שלום, קוראים לי סבטלנה קוגן, אני רוצה לסגור מרפסת בחלונות",
     [("name", "סבטלנה קוגן")]),
    (H_Q_AD2, [("name", "סבטלנה")]),
    ("רחוב הרצל 48, דירה 12, קומה שישית, קריית ביאליק",
     [("address", "רחוב הרצל 48, דירה 12, קומה שישית, קריית ביאליק")], H_Q_AD2),
    ("המרפסת 4 מטר על 1.80, אלומיניום קליל 7000, זה יוצא בערך 9,500 שקל כולל התקנה", []),
    ("טלפון, " + say("054 721 3896", HE_F, ", "),
     [("phone", say("054 721 3896", HE_F, ", "))]),
    ("ומקדמה אפשר בכרטיס? ויזה, " + g4(_hc[0]), [("card", g4(_hc[0]))]),
    ("המודד יגיע ביום שלישי ה-17 בין 8 ל-12, וההתקנה בערך שלושה שבועות אחרי זה", []),
    # child car-seat fitting
    ("תחנת התקנת כיסאות בטיחות, מדבר אלון", [("name", "אלון")]),
    ("שלום, אני ברהנה טגניה, קניתי כיסא לתינוק ואני לא יודעת להרכיב אותו",
     [("name", "ברהנה טגניה")]),
    ("זה מקסי-קוזי פבל 360 עם בסיס פמילי פיקס", []),
    ("ההתקנה 120 שקל, ואם קנית אצלנו עד 30 יום זה חינם. מתי נוח לך?", []),
    ("הוא נולד בשני לאפריל אלפיים עשרים וחמש",
     [("date_of_birth", "שני לאפריל אלפיים עשרים וחמש")], H_Q_DOB3),
    ("אפשר להתקשר ל-052-6090871", [("phone", "052-6090871")]),
    ("אני גרה ברחוב הנביאים 15, קומה 3, רחובות, אם אפשר שתבואו אליי",
     [("address", "רחוב הנביאים 15, קומה 3, רחובות")]),
    # cinematheque film club
    ("מועדון הסרטים של הסינמטק, שלום", []),
    ("שלום, שמי עביר חורי, אני מנויה אצלכם ואני רוצה לחדש", [("name", "עביר חורי")]),
    ("בטח עביר, תגידי לי תעודת זהות", [("name", "עביר")]),
    (_tz1_said, [("id", _tz1_said)], "בטח עביר, תגידי לי תעודת זהות"),
    ("הכרטיסייה של 10 סרטים עולה 320, המנוי השנתי 590, ויש 15% הנחה לסטודנטים", []),
    ("לא סטודנטית, תאריך לידה 23.9.1979", [("date_of_birth", "23.9.1979")]),
    ("תחייבו את המאסטרקארד, " + _hc1_said, [("card", _hc1_said)]),
    ("הפסטיבל מתחיל ב-12 באוקטובר, והסרט עג'מי מוקרן ב-21:30 באולם 2", []),
    ("והמייל abeer.khoury@walla.co.il", [("email", "abeer.khoury@walla.co.il")]),
    # diaper subscription (Anglo caller)
    ("שלום, חיתולים עד הבית, מדברת מורן", [("name", "מורן")]),
    ("היי, אה, my Hebrew is not so good, אני יוני, יוני גרינברג, I have a subscription",
     [("name", "יוני"), ("name", "יוני גרינברג")]),
    ("No problem, I can speak English. What's the problem, Yoni?", [("name", "Yoni")]),
    ("המארז של ארבע חבילות מידה 5 עולה 189 שקל, כל שלושה שבועות, והמשלוח הבא ביום ראשון ה-9",
     []),
    ("I want to pay with הוראת קבע, the account is " + g4(_hi[0]), [("iban", g4(_hi[0]))]),
    ("And we moved, the new address is רחוב עמק רפאים 31, דירה 4, ירושלים",
     [("address", "רחוב עמק רפאים 31, דירה 4, ירושלים")]),
    ("my number is +972 58 442 1907", [("phone", "+972 58 442 1907")]),
    ("תודה, ההזמנה מספר 5530981 עודכנה, והחיוב הבא ב-1 לחודש על 189 שקל", []),
    # ergonomic chairs (French-born caller)
    ("שלום, ארגו-סיט כיסאות ארגונומיים, רועי מדבר", [("name", "רועי")]),
    ("שלום, מדברת סולנז' אבוקסיס, הזמנתי כיסא לפני חודש והגב נשבר",
     [("name", "סולנז' אבוקסיס")]),
    ("מצטער לשמוע, סולנז'. איזה דגם?", [("name", "סולנז'")]),
    ("זה הארגו פרו 700, עלה 2,490 שקל, קניתי ב-14 בינואר, ויש אחריות חמש שנים", []),
    ("תעודת זהות, " + say(H_TZ[2], HE_M, ""), [("id", say(H_TZ[2], HE_M, ""))]),
    ("ואם זה זיכוי, אפשר לחשבון שלי בצרפת? " + g4(_hi[1]), [("iban", g4(_hi[1]))]),
    ("המייל זה סולנז' קו תחתון אבוקסיס שטרודל יאהו נקודה אף אר",
     [("email", "סולנז' קו תחתון אבוקסיס שטרודל יאהו נקודה אף אר")]),
    ("הטכנאי יבוא ב-26 לחודש בין 13:00 ל-16:00, וזה בלי עלות כי זה באחריות", []),
]
LANGS["he"] = HE

assert H_TZ[4][:8] == "34017652"
_tz4_said = "שלושים וארבע, אפס אחת, שבעים ושש, חמישים ושתיים, " + HE_F[int(H_TZ[4][8])]
_ph7 = "אפס חמישים, שבע שלוש אחת, עשרים וארבע, שישים ושמונה"
H_Q_ID7 = "אין בעיה איציק, תעודת זהות בבקשה"
H_Q_DOB7 = "ולאימות, תאריך לידה?"
H_Q_DOB9 = "בשביל החוזה צריך גם תאריך לידה"
H_Q_DOB10 = "לחריטה, מה תאריך הלידה של הבן?"
H_Q_AD11 = "תודה אדיסו. לאיפה המשלוח?"
H_Q_DOB11 = "ותאריך לידה?"
_c2d = "-".join(_hc[2][i:i + 4] for i in range(0, 16, 4))
HE += [
    # fuel loyalty card
    ("מועדון דלק פלוס, שלום, במה אוכל לעזור?", []),
    ("כן שלום, פה איציק מזרחי, הכרטיס שלי נחסם בתחנה בעפולה", [("name", "איציק מזרחי")]),
    (H_Q_ID7, [("name", "איציק")]),
    (_tz4_said, [("id", _tz4_said)], H_Q_ID7),
    ("רגע, " + H_TZ[4] + ", נכון?", [("id", H_TZ[4])]),
    ("12 במרץ 58", [("date_of_birth", "12 במרץ 58")], H_Q_DOB7),
    ("הנחה של 25 אגורות לליטר, בימי שלישי 40 אגורות, והחיוב האחרון ירד ב-3 במאי, 1,240 שקל",
     []),
    ("תחליפו את הכרטיס המקושר לכרטיס החדש, " + _c2d, [("card", _c2d)]),
    ("וחייבתם אותי פעמיים באפריל, תחזירו לחשבון " + _hi[7], [("iban", _hi[7])]),
    ("ותעדכני טלפון: " + _ph7, [("phone", _ph7)]),
    ("המייל איציק אם חמישים ושמונה שטרודל וואלה נקודה קו נקודה איי אל",
     [("email", "איציק אם חמישים ושמונה שטרודל וואלה נקודה קו נקודה איי אל")]),
    ("כרטיס חדש יישלח תוך 5 ימי עסקים, ובינתיים אפשר לתדלק עם האפליקציה בכל 320 התחנות", []),
    # gift vouchers for employees
    ("תו הזהב, שוברי מתנה לעובדים, שלום", []),
    ("היי, זאת אורלי שטרן ממשאבי אנוש באלקון מערכות, אנחנו רוצים להזמין שוברים לראש השנה",
     [("name", "אורלי שטרן")]),
    ("אנחנו 140 עובדים, כל אחד שובר של 500 שקל, זה 70,000, ואספקה עד ה-10 בספטמבר", []),
    ("ההנחה לכמות כזו היא 4%, והשוברים תקפים 5 שנים בכל 2,300 בתי העסק ברשת", []),
    ("התשלום בהעברה מהחשבון של החברה, " + g4(_hi[2]) + ", או בכרטיס האשראי של החברה "
     + _hc[6], [("iban", g4(_hi[2])), ("card", _hc[6])]),
    ("חשבונית למייל orly שטרודל elcon נקודה co נקודה il",
     [("email", "orly שטרודל elcon נקודה co נקודה il")]),
    ("הטלפון הישיר שלי 03-6917245, שלוחה 12", [("phone", "03-6917245")]),
    ("תשלחו את השוברים למשרד, רחוב הברזל 24, קומה 5, תל אביב",
     [("address", "רחוב הברזל 24, קומה 5, תל אביב")]),
    ("מספר הזמנה 7724019, לתשלום 67,200 שקל כולל מע\"מ, מועד אספקה 8 בספטמבר", []),
    # home insulation
    ("בידוד טרמי בע\"מ, שלום", []),
    ("שלום, אני מוחמד אבו ריא מסח'נין, רוצה לבדד את הגג של הבית",
     [("name", "מוחמד אבו ריא")]),
    ("בשמחה. כמה מטר הגג?", []),
    ("הגג 160 מטר, בטון, ויש דוד שמש ושני מזגנים למעלה", []),
    ("פוליאוריתן מרוסס 4 ס\"מ זה 95 שקל למטר, יוצא בערך 15,200, עבודה של יומיים", []),
    ("הכתובת שכונה 5, רחוב אל-אנדלוס 7, סח'נין",
     [("address", "שכונה 5, רחוב אל-אנדלוס 7, סח'נין")]),
    ("תעודת זהות שלי " + H_TZ[5] + " וטלפון 04-6744193",
     [("id", H_TZ[5]), ("phone", "04-6744193")]),
    ("1 ביוני 1975", [("date_of_birth", "1 ביוני 1975")], H_Q_DOB9),
    ("מקדמה 3,000 בכרטיס, מאסטרקארד " + g4(_hc[3]), [("card", g4(_hc[3]))]),
    ("והמייל mohammad.aburaya@hotmail.com", [("email", "mohammad.aburaya@hotmail.com")]),
    ("הצוות מגיע ב-7 בבוקר ביום ראשון ה-3, והאחריות 10 שנים", []),
    # Judaica shop
    ("שלום, יודאיקה בית הלל, במה אפשר לעזור?", []),
    ("שלום, כאן מנחם מענדל רוזנברג, אבל כולם קוראים לי מענדי, הזמנתי חנוכייה כסף לבר מצווה",
     [("name", "מנחם מענדל רוזנברג"), ("name", "מענדי")]),
    ("החנוכייה כסף 925, גובה 32 ס\"מ, 3,800 שקל, והחריטה עוד 180", []),
    ("הבר מצווה בשבת פרשת נח, ה-25 באוקטובר, אז צריך את זה עד ה-20", []),
    ("כ\"ה בתשרי תשע\"ב, כלומר 23 באוקטובר 2011",
     [("date_of_birth", "כ\"ה בתשרי תשע\"ב"), ("date_of_birth", "23 באוקטובר 2011")],
     H_Q_DOB10),
    ("הקבלה על שמי, תעודת זהות " + H_TZ[6], [("id", H_TZ[6])]),
    ("אני משלם חצי בהעברה, " + _hi[3] + ", ואת החצי השני הסבא מלונדון, מהחשבון שלו "
     + g4(_hi[6]), [("iban", _hi[3]), ("iban", g4(_hi[6]))]),
    ("והמשלוח לרחוב חזון איש 19, דירה 7, בני ברק",
     [("address", "רחוב חזון איש 19, דירה 7, בני ברק")]),
    ("הטלפון בבית 03-5791846, אין לי וואטסאפ", [("phone", "03-5791846")]),
    ("ואם ההעברה לא עוברת, תחייבו את הכרטיס " + g4(_hc[7]), [("card", g4(_hc[7]))]),
    # dairy delivery
    ("מחלבת גבעת עדן, משלוחים עד הבית, שלום", []),
    ("שלום, שמי אדיסו וורקו, אני רוצה להתחיל מנוי חלב", [("name", "אדיסו וורקו")]),
    (H_Q_AD11, [("name", "אדיסו")]),
    ("לשדרות ירושלים 112, כניסה ב', דירה 9, אשדוד",
     [("address", "שדרות ירושלים 112, כניסה ב', דירה 9, אשדוד")], H_Q_AD11),
    ("חבילה שבועית: 3 ליטר חלב, 2 לבן, 500 גרם גבינה לבנה, 89 שקל, משלוח ביום רביעי עד 7 בבוקר",
     []),
    ("ת.ז. " + H_TZ[3] + " והחשבון " + g4(_hi[4]),
     [("id", H_TZ[3]), ("iban", g4(_hi[4]))], "בשביל הוראת קבע צריך ת\"ז ומספר חשבון"),
    ("הטלפון: " + say("053 418 2270", HE_M, ", "),
     [("phone", say("053 418 2270", HE_M, ", "))]),
    ("נולדתי בשבעה ביולי שמונים ושמונה",
     [("date_of_birth", "שבעה ביולי שמונים ושמונה")], H_Q_DOB11),
    ("7.7.88, נכון? ומייל?", [("date_of_birth", "7.7.88")]),
    ("adisu.worku@gmail.com", [("email", "adisu.worku@gmail.com")], "7.7.88, נכון? ומייל?"),
    ("אם ההוראת קבע לא מאושרת, כרטיס " + _hc[4], [("card", _hc[4])]),
    ("המשלוח הראשון ביום רביעי ה-15, והחיוב הראשון ב-20 לחודש, 356 שקל לארבעה שבועות", []),
    # lawn-mower repair
    ("מעבדת מכסחות אביב, שלום", []),
    ("שלום, מדבר ולדימיר פטרוב, אפשר וולודיה, המכסחה שלי הונדה לא מתניעה",
     [("name", "ולדימיר פטרוב"), ("name", "וולודיה")]),
    ("זה הונדה HRX 476, בת 6 שנים, החלפנו שמן במאי", []),
    ("בדיקה 150 שקל, אם צריך קרבורטור חדש זה עוד 380, ואיסוף מהבית 80 שקל", []),
    ("תבואו לאסוף מהבית, רחוב הגפן 6, מושב כפר בילו",
     [("address", "רחוב הגפן 6, מושב כפר בילו")]),
    ("נייד 054-6620937, ואפשר גם מייל volodya.petrov@bezeqint.net",
     [("phone", "054-6620937"), ("email", "volodya.petrov@bezeqint.net")]),
    ("אמריקן אקספרס, " + "%s %s %s" % (_hc[5][:4], _hc[5][4:10], _hc[5][10:]),
     [("card", "%s %s %s" % (_hc[5][:4], _hc[5][4:10], _hc[5][10:]))]),
    ("ואת הזיכוי על התיקון הקודם, 220 שקל, לחשבון " + g4(_hi[5]), [("iban", g4(_hi[5]))]),
    ("התיקון הקודם היה ב-2 ביולי, כרטיס עבודה 30417, והמכסחה מוכנה ביום חמישי אחרי 16:00", []),
    ("הסכין החדשה 46 ס\"מ עולה 145, והשרשרת של המסור 12 אינץ' עוד 110", []),
    ("ביום שישי אנחנו פתוחים רק עד 13:00, וביום ראשון מ-8:30", []),
    ("המנוי לשירות שנתי זה 390 שקל, כולל השחזה ושמן פעמיים בשנה", []),
    ("הזמנתי בשבוע שעבר 3 חבילות של 30, והגיעו רק 2, הזמנה 4418920", []),
    ("הכרטיס לסרט של 19:45 ביום שישי נגמר, יש רק לשבת ב-22:00 בשורה 14", []),
]
LANGS["he"] = HE


# ================================================================ Greek
# Calls: agricultural-subsidy consultant (Thessaly), air-duct cleaning (Athens), boat engine
# repair (Limassol), carob products (Cyprus), citrus exports (Argolida), dog grooming
# (Thessaloniki), evening classes for adults, fitness-tracker support, greeting cards and
# stationery, ice-cream parlour orders, kiosk wholesaler, lingerie shop.
G_AFM = [afm("04712358"), afm("11359027"), afm("06283914"), afm("13570248"),
         afm("02946381"), afm("10837562"), afm("05119437"), afm("12604893")]
G_IBAN = [iban("GR", "01712830006283104559127"), iban("GR", "01102070000020748316542"),
          iban("CY", "002001230000001029384756"), iban("GR", "02607410000580198374620"),
          iban("GR", "01401080108002331902764"), iban("CY", "005001870000000357190264"),
          iban("GR", "01109540000095421830067"), iban("DE", "500105175409812736")]
G_CARD = [card("451641093827716"), card("516732004519862"), card("404158873301295"),
          card("552049813376420"), card("437729015584630"), card("37621185039247"),
          card("492182775503918"), card("535611209887346")]
_ga, _gi, _gc = G_AFM, G_IBAN, G_CARD
_afm0_said = say("%s %s %s" % (_ga[0][:3], _ga[0][3:6], _ga[0][6:]), EL_D, ", ")
_gc1_said = say(g4(_gc[1]), EL_D, ", ")
_afm1_grp = "%s %s %s" % (_ga[1][:3], _ga[1][3:6], _ga[1][6:])
G_Q_ID1 = "Καλημέρα κύριε Μπάμπη, μου λέτε το ΑΦΜ σας;"
G_Q_DOB1 = "Και ημερομηνία γέννησης, για την εξουσιοδότηση;"
G_Q_DOB5 = "Ημερομηνία γέννησης, για το συμβόλαιο;"
G_PH6 = say("699 345 8012", EL_D, ", ")
EL = [
    # agricultural-subsidy consultant
    ("Γεια σας, Αγροσύμβουλος Θεσσαλίας, η Κατερίνα είμαι, πώς μπορώ να βοηθήσω;",
     [("name", "Κατερίνα")]),
    ("Καλημέρα κοπέλα μου, ο Μπάμπης ο Τσιούμας είμαι από τον Παλαμά, για την ενιαία ενίσχυση",
     [("name", "Μπάμπης"), ("name", "Τσιούμας")]),
    (G_Q_ID1, [("name", "Μπάμπη")]),
    (_afm0_said, [("id", _afm0_said)], G_Q_ID1),
    ("Πέρσι πήρατε 4.350 ευρώ για τα 120 στρέμματα βαμβάκι, η προκαταβολή μπήκε στις 28 "
     "Οκτωβρίου", []),
    ("Η αίτηση ΟΣΔΕ κλείνει στις 15 Ιουνίου, και η αμοιβή μας είναι 80 ευρώ συν ΦΠΑ 24%", []),
    ("Να μπαίνουν στον λογαριασμό της Πειραιώς, " + g4(_gi[0]), [("iban", g4(_gi[0]))]),
    ("Το κινητό μου εξήντα εννιά, σαράντα τέσσερα, εβδομήντα ένα, ογδόντα τρία, είκοσι πέντε",
     [("phone", "εξήντα εννιά, σαράντα τέσσερα, εβδομήντα ένα, ογδόντα τρία, είκοσι πέντε")]),
    ("Τρεις Μαΐου του πενήντα τέσσερα", [("date_of_birth", "Τρεις Μαΐου του πενήντα τέσσερα")],
     G_Q_DOB1),
    # air-duct cleaning
    ("Air Clean Ελλάς, καλησπέρα, ο Στέλιος από εδώ", [("name", "Στέλιος")]),
    ("Καλησπέρα, με λένε Λένα Αθανασίου, θέλω καθαρισμό στους αεραγωγούς του κλιματιστικού",
     [("name", "Λένα Αθανασίου")]),
    ("Μάλιστα κυρία Αθανασίου, τι εμβαδόν έχει το σπίτι;", [("name", "Αθανασίου")]),
    ("Είναι 95 τετραγωνικά, έχει τρία στόμια στο σαλόνι και δύο σε κάθε υπνοδωμάτιο", []),
    ("Το κόστος είναι 180 ευρώ έως 100 τετραγωνικά, και μπορούμε την Πέμπτη 12 του μήνα "
     "στις 9:30", []),
    ("Η διεύθυνση είναι Αγίου Μελετίου 57, τρίτος όροφος, Κυψέλη",
     [("address", "Αγίου Μελετίου 57, τρίτος όροφος, Κυψέλη")]),
    ("Το email μου lena τελεία athanasiou παπάκι gmail τελεία com",
     [("email", "lena τελεία athanasiou παπάκι gmail τελεία com")]),
    ("κινητό 697 315 2048", [("phone", "697 315 2048")]),
    ("Θα πληρώσω με κάρτα, " + g4(_gc[0]), [("card", g4(_gc[0]))]),
    # boat engine repair (Cyprus)
    ("Marine Engines Λεμεσού, ναι;", []),
    ("Καλημέρα, εν ο Πανίκος Χαραλάμπους, έχω τη βάρκα στο λιμανάκι τζαι η μηχανή εν παίρνει "
     "μπρος", [("name", "Πανίκος Χαραλάμπους")]),
    ("Ναι κύριε Πανίκο, τι μηχανή εν;", [("name", "Πανίκο")]),
    ("Yamaha τετράχρονη 90 αλόγων, του 2016, έκαμε 800 ώρες", []),
    ("Το σέρβις είναι 220 ευρώ, τα ανταλλακτικά χώρια, τζαι μπορούμε την Τρίτη 8 του μήνα", []),
    ("Το τηλέφωνο μου 99 614 827", [("phone", "99 614 827")]),
    ("Να σας πληρώσω με έμβασμα, ο λογαριασμός μου εν " + g4(_gi[2]),
     [("iban", g4(_gi[2]))]),
    ("Το τιμολόγιο στο σπίτι, Γλάδστωνος 23, διαμέρισμα 4, 3040 Λεμεσός",
     [("address", "Γλάδστωνος 23, διαμέρισμα 4, 3040 Λεμεσός")]),
    ("τζαι email panikos.charalambous@cytanet.com.cy",
     [("email", "panikos.charalambous@cytanet.com.cy")]),
    # carob products (Cyprus)
    ("Χαρουπόμυλος Αναρίτας, καλημέρα σας", []),
    ("Καλημέρα, η Σούλα Ιωάννου είμαι, να παραγγείλω χαρουπόμελο για τα Χριστούγεννα",
     [("name", "Σούλα Ιωάννου")]),
    ("Το μπουκάλι των 500 γραμμαρίων κάνει 6,50, το κιλό 11, και το παστέλι 3,20 η πλάκα", []),
    ("Θέλω 12 μπουκάλια του κιλού, 20 πλάκες παστέλι και 4 σακουλάκια αλεύρι χαρουπιού", []),
    ("Να μου τα στείλετε στη Λευκωσία, Λεωφόρος Αρχιεπισκόπου Μακαρίου Γ' 112, Στρόβολος 2001",
     [("address", "Λεωφόρος Αρχιεπισκόπου Μακαρίου Γ' 112, Στρόβολος 2001")]),
    ("Τηλέφωνο 22 318 406, του σπιτιού", [("phone", "22 318 406")]),
    ("Η κάρτα: " + _gc1_said, [("card", _gc1_said)]),
    ("Η παραγγελία 20417 θα φύγει Δευτέρα 16 Δεκεμβρίου με ACS, τα μεταφορικά 4 ευρώ", []),
    # citrus exports
    ("Αργολικά Εσπεριδοειδή, εξαγωγές, λέγετε", []),
    ("Γεια σας, λέγομαι Διονύσης Κουτσούκος, έχω πορτοκαλεώνα στο Κεφαλάρι και θέλω να σας "
     "δώσω την παραγωγή", [("name", "Διονύσης Κουτσούκος")]),
    ("Μάλιστα κύριε Κουτσούκο, τι ποικιλία;", [("name", "Κουτσούκο")]),
    ("Ναβαλίνες κυρίως, γύρω στους 40 τόνους, και 8 τόνους βαλέντσιες για τον Απρίλιο", []),
    ("Η τιμή φέτος είναι 32 λεπτά το κιλό στο δέντρο, πληρωμή σε 60 ημέρες από την παράδοση",
     []),
    ("Για το τιμολόγιο, ΑΦΜ " + _afm1_grp + ", ΔΟΥ Άργους", [("id", _afm1_grp)]),
    ("Λογαριασμός Εθνικής, " + _gi[1], [("iban", _gi[1])]),
    ("και το mail dionysis.koutsoukos@yahoo.gr", [("email", "dionysis.koutsoukos@yahoo.gr")]),
    ("Σταθερό 27510 61384, το πρωί είμαι στο χωράφι", [("phone", "27510 61384")]),
    ("Εικοσιπέντε του δέκα του εβδομήντα ένα",
     [("date_of_birth", "Εικοσιπέντε του δέκα του εβδομήντα ένα")], G_Q_DOB5),
    # dog grooming
    ("Pet Spa Θεσσαλονίκης, γεια σας", []),
    ("Γεια σας, είμαι ο Άκης Παπαδάκης, θέλω ραντεβού για το σκυλί μου, τον Μαξ",
     [("name", "Άκης Παπαδάκης")]),
    ("Ο Μαξ είναι γκόλντεν, 32 κιλά, 4 χρονών, και θέλει κούρεμα και μπάνιο", []),
    ("Για μεγαλόσωμο σκύλο είναι 45 ευρώ, και έχουμε Σάββατο 21 στις 11 ή Τρίτη στις 5", []),
    ("Το κινητό μου είναι " + G_PH6, [("phone", G_PH6)]),
    ("το μέιλ μου άκης κάτω παύλα παπ παπάκι hotmail τελεία com",
     [("email", "άκης κάτω παύλα παπ παπάκι hotmail τελεία com")]),
    ("θα πληρώσω online με τη Visa, " + _gc[2], [("card", _gc[2])]),
    ("Μένω στην Εγνατίας 128, πέμπτος, δίπλα στην Καμάρα, αν κάνετε και παραλαβή",
     [("address", "Εγνατίας 128, πέμπτος")]),
]
LANGS["el"] = EL

_afm2_said = "%s %s, %s" % (_ga[2][:3], _ga[2][3:6], say(_ga[2][6:], EL_D, ""))
_afm4_said = say(_ga[4], EL_D, "")
_gc5_grp = "%s %s %s" % (_gc[5][:4], _gc[5][4:10], _gc[5][10:])
G_Q_DOB7 = "Βεβαίως κυρία μου. Χρειάζομαι ημερομηνία γέννησης και ΑΦΜ για την εγγραφή"
G_Q_ID11 = "Για το νέο καρτελάκι πελάτη, ΑΦΜ;"
G_Q_DOB12 = "Για την κάρτα μέλους, η ημερομηνία γέννησής σας;"
EL += [
    # evening classes for adults
    ("Κέντρο Δια Βίου Μάθησης Παγκρατίου, καλημέρα σας", []),
    ("Καλημέρα παιδί μου, Βασιλική Ντόκου λέγομαι, αλλά όλοι με φωνάζουν Βάσω, για τα βραδινά "
     "μαθήματα υπολογιστών", [("name", "Βασιλική Ντόκου"), ("name", "Βάσω")]),
    ("Δεκαεφτά Νοεμβρίου, χίλια εννιακόσια εξήντα τρία",
     [("date_of_birth", "Δεκαεφτά Νοεμβρίου, χίλια εννιακόσια εξήντα τρία")], G_Q_DOB7),
    ("Το ΑΦΜ, περίμενε να βρω τα γυαλιά μου, εεε, " + _afm2_said, [("id", _afm2_said)]),
    ("Άρα " + _ga[2] + " και 17/11/1963, σωστά;",
     [("id", _ga[2]), ("date_of_birth", "17/11/1963")]),
    ("Τα μαθήματα είναι Τρίτη και Πέμπτη 19:00 με 21:00, 24 ώρες συνολικά, και κοστίζουν "
     "60 ευρώ", []),
    ("Ξεκινάμε 7 Οκτωβρίου στην αίθουσα 3, και ο δεύτερος κύκλος αρχίζει τον Φεβρουάριο", []),
    ("Μένω στην οδό Υμηττού 84, ισόγειο, Παγκράτι, 11634",
     [("address", "Υμηττού 84, ισόγειο, Παγκράτι, 11634")]),
    ("Σταθερό 210 7562 918, κινητό δεν έχω", [("phone", "210 7562 918")]),
    ("Κι αν δεν βγει το τμήμα, τα 60 ευρώ πίσω στον λογαριασμό " + g4(_gi[6]),
     [("iban", g4(_gi[6]))]),
    # fitness-tracker support
    ("FitBand υποστήριξη, είμαι η Δανάη, πώς μπορώ να σας βοηθήσω;", [("name", "Δανάη")]),
    ("Γεια, είμαι ο Φίλιππος, στο account είναι Filippos Markou, το band μου δεν κάνει sync",
     [("name", "Φίλιππος"), ("name", "Filippos Markou")]),
    ("Ωραία. Ποιο μοντέλο είναι;", []),
    ("Το FitBand 7 Pro, firmware 3.2.14, το πήρα στις 5 Μαρτίου με 129 ευρώ", []),
    ("Το email του account filippos underscore markou παπάκι outlook τελεία com",
     [("email", "filippos underscore markou παπάκι outlook τελεία com")]),
    ("και η ημερομηνία γέννησης στο προφίλ είναι 09/02/2001",
     [("date_of_birth", "09/02/2001")]),
    ("Ένατη Φεβρουαρίου του 2001, εντάξει, σας βρήκα.",
     [("date_of_birth", "Ένατη Φεβρουαρίου του 2001")]),
    ("Κάντε restart κρατώντας το κουμπί 15 δευτερόλεπτα, κι αν όχι, αντικατάσταση μέσα στους 24 "
     "μήνες εγγύησης", []),
    ("Να το παραλάβει ο κούριερ από το σπίτι μου, Τσιμισκή 44, 4ος όροφος, Θεσσαλονίκη 54623",
     [("address", "Τσιμισκή 44, 4ος όροφος, Θεσσαλονίκη 54623")]),
    ("Αν χρειαστεί επιβάρυνση, η κάρτα μου είναι " + g4(_gc[3]), [("card", g4(_gc[3]))]),
    ("Το ticket σας είναι FB-2207815, και το voucher του courier έρχεται σε 2 εργάσιμες", []),
    # greeting cards and stationery (wholesale)
    ("Χαρτικά Ολύμπια, χονδρική, παρακαλώ", []),
    ("Γεια σας, η Χρυστάλλα Γεωργίου είμαι, που το βιβλιοπωλείο στην Πάφο",
     [("name", "Χρυστάλλα Γεωργίου")]),
    ("Θέλω 300 κάρτες γενεθλίων, 150 του Πάσχα, 40 ημερολόγια 2026 και 25 κουτιά φακέλους C5",
     []),
    ("Η ελάχιστη παραγγελία είναι 200 ευρώ, και η αποστολή στην Κύπρο θέλει 5 με 7 εργάσιμες",
     []),
    ("Η διεύθυνση αποστολής είναι Λεωφόρος Αποστόλου Παύλου 35, 8046 Πάφος",
     [("address", "Λεωφόρος Αποστόλου Παύλου 35, 8046 Πάφος")]),
    ("Θα πληρώσω με έμβασμα, " + g4(_gi[5]) + ", ή με την κάρτα " + g4(_gc[7]),
     [("iban", g4(_gi[5])), ("card", g4(_gc[7]))]),
    ("Τηλέφωνο +357 96 512 738 τζαι email chrystalla.bookshop@gmail.com",
     [("phone", "+357 96 512 738"), ("email", "chrystalla.bookshop@gmail.com")]),
    # ice-cream parlour orders
    ("Παγωτά Ο Νικόλας, καλησπέρα", []),
    ("Καλησπέρα, Γιάννης Πετρόπουλος εδώ, θέλω παγωτό για τη βάπτιση του εγγονού μου",
     [("name", "Γιάννης Πετρόπουλος")]),
    ("Να 'στε καλά κύριε Γιάννη. Πόσα άτομα;", [("name", "Γιάννη")]),
    ("Γύρω στα 80 άτομα, Κυριακή 14 Σεπτεμβρίου, στις 2 το μεσημέρι, στο κτήμα Άγιος Νικόλαος "
     "στο Ρίο", []),
    ("Το κιλό είναι 18 ευρώ, για 80 άτομα θέλετε περίπου 10 κιλά, και ο πάγκος με τον "
     "παγωτατζή 150", []),
    ("Τιμολόγιο θέλω, ΑΦΜ " + _ga[3] + ", και στο τιμολόγιο βάλτε Κορίνθου 210, Πάτρα 26223",
     [("id", _ga[3]), ("address", "Κορίνθου 210, Πάτρα 26223")]),
    ("Την προκαταβολή θα τη βάλω από την Alpha, " + g4(_gi[4]) + ", ή με κάρτα " + _gc[4],
     [("iban", g4(_gi[4])), ("card", _gc[4])]),
    ("στείλτε μου την προσφορά στο giannis.petropoulos54 παπάκι gmail τελεία com",
     [("email", "giannis.petropoulos54 παπάκι gmail τελεία com")]),
    ("Η προκαταβολή είναι 30%, δηλαδή 99 ευρώ, και το υπόλοιπο την ημέρα της βάπτισης", []),
    # kiosk wholesaler
    ("Χονδρεμπορική Πειραιά, λέγετε", []),
    ("Ο Θανάσης είμαι, από το περίπτερο στην Καραΐσκου, Θανάσης Λιάπης",
     [("name", "Θανάσης"), ("name", "Θανάσης Λιάπης")]),
    ("Γεια σου Θανάση, τι θα πάρεις σήμερα;", [("name", "Θανάση")]),
    ("Δύο κιβώτια νερά του μισού, 50 πακέτα τσίχλες, 10 κούτες αναψυκτικά και 3 κιβώτια "
     "κρουασάν 7Days", []),
    ("Το σύνολο είναι 486,70 με ΦΠΑ, παράδοση αύριο Τετάρτη μέχρι τις 10, τιμολόγιο 0038815",
     []),
    (_afm4_said, [("id", _afm4_said)], G_Q_ID11),
    ("Δηλαδή " + " ".join([_ga[4][:3], _ga[4][3:6], _ga[4][6:]]) + ";",
     [("id", " ".join([_ga[4][:3], _ga[4][3:6], _ga[4][6:]]))]),
    ("Να πληρώσω με την κάρτα της επιχείρησης, " + _gc5_grp + ", ή από Eurobank, " + _gi[3],
     [("card", _gc5_grp), ("iban", _gi[3])]),
    ("και πάρε με στο κινητό, 6932 418 705, αν αργήσει ο οδηγός", [("phone", "6932 418 705")]),
    # lingerie shop
    ("Κατάστημα Σατέν, γεια σας", []),
    ("Γεια σας, με λένε Ραφαέλα Ζαχαρίου, παρήγγειλα online ένα σετ και ήρθε λάθος νούμερο",
     [("name", "Ραφαέλα Ζαχαρίου")]),
    ("Ναι Ραφαέλα, το νούμερο παραγγελίας;", [("name", "Ραφαέλα")]),
    ("Είναι η 774-302, το σουτιέν 75B ήρθε 80C, και το πλήρωσα 54,90", []),
    ("Τριάντα ένα του πρώτου, ενενήντα εννιά",
     [("date_of_birth", "Τριάντα ένα του πρώτου, ενενήντα εννιά")], G_Q_DOB12),
    ("31/1/1999, σας έγραψα, και θέλετε απόδειξη με ΑΦΜ;", [("date_of_birth", "31/1/1999")]),
    ("Ναι, " + _ga[5] + ", και να έρθει ο κούριερ να το πάρει από Ιπποκράτους 17, δεύτερος "
     "όροφος, Εξάρχεια", [("id", _ga[5]), ("address", "Ιπποκράτους 17, δεύτερος όροφος, Εξάρχεια")]),
    ("Η διαφορά να χρεωθεί στην κάρτα " + g4(_gc[6]) + ", και το email είναι rafaela.z@hotmail.gr",
     [("card", g4(_gc[6])), ("email", "rafaela.z@hotmail.gr")]),
    ("Αν δεν έχετε το 75B, την επιστροφή στον γερμανικό μου λογαριασμό, δουλεύω στο Μόναχο, "
     + g4(_gi[7]), [("iban", g4(_gi[7]))]),
    ("Η ανταλλαγή γίνεται μέσα σε 14 ημέρες, τα μεταφορικά της επιστροφής είναι 3 ευρώ", []),
    ("Οι εκπτώσεις ξεκινάνε 13 Ιανουαρίου, έως 50%, και τα μαγιό έρχονται τον Μάιο", []),
    ("Το μοντέλο Αφροδίτη το έχουμε σε 70A έως 85D, σε μαύρο και πούδρα", []),
    ("Η βάρκα μου είναι η Αγία Μαρίνα, 7 μέτρα, με αριθμό νηολογίου 1482", []),
    ("Του χρόνου θέλω 60 κιλά χαρούπια από τη σοδειά του Σεπτεμβρίου, στα 1,20 το κιλό", []),
]
LANGS["el"] = EL

if __name__ == "__main__":
    main()
