#!/usr/bin/env python3
"""Held-out redaction evaluation set "blind35".

Written by a helper session that worked only from a written brief: it never read the
redactor, its rules, its tests, or any other evaluation set or generator. Every value is
invented; card numbers, IBANs and national IDs are generated here with computed check
digits, and long non-personal numbers are asserted to fail those checks.

Output: data/redaction/blind35/{en,ar,he,el}.jsonl, one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}
kind is one of card, iban, id, phone, email, date_of_birth, name, address; start/end are
BYTE offsets into the UTF-8 encoding of text (end exclusive), computed by searching for the
span's substring. "context" (optional, unscored) is an earlier line of the same call.
Items with empty spans are non-personal and must come out unchanged.

Run: python3 benches/redaction/make_blind35.py
"""
import json
import os
import re
import sys

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "data", "redaction", "blind35")


# ---------------------------------------------------------------- check digits
def luhn_ok(d):
    d = re.sub(r"\D", "", d)
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def luhn_complete(prefix):
    """prefix of n-1 digits -> n-digit Luhn-valid number"""
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


_CARD_SEEN = []


def card(prefix, length=16, group=4, sep=" "):
    body = prefix
    x = int(prefix) * 31 + length * 7 + len(_CARD_SEEN)
    while len(body) < length - 1:
        x = (x * 1103515245 + 12345) % 2147483648
        body += str((x >> 16) % 10)
    _CARD_SEEN.append(prefix)
    num = luhn_complete(body)
    assert luhn_ok(num) and len(num) == length
    if not group:
        return num
    if isinstance(group, int):
        return sep.join(num[i:i + group] for i in range(0, len(num), group))
    out, p = [], 0
    for g in group:
        out.append(num[p:p + g])
        p += g
    assert p == len(num)
    return sep.join(out)


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30, "GB": 22,
            "IE": 22, "DE": 22, "FR": 27, "MA": 28, "US": 0}


def iban_ok(s):
    s = re.sub(r"[\s\-.]", "", s).upper()
    if s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban(country, bban, group=4, sep=" "):
    bban = bban.upper()
    n = "".join(str(int(c, 36)) for c in bban + country + "00")
    chk = 98 - int(n) % 97
    s = f"{country}{chk:02d}{bban}"
    assert len(s) == IBAN_LEN[country], (s, len(s))
    assert iban_ok(s)
    if not group:
        return s
    return sep.join(s[i:i + group] for i in range(0, len(s), group))


def tz_ok(d):
    d = re.sub(r"\D", "", d)
    if len(d) != 9:
        return False
    s = 0
    for i, c in enumerate(d):
        n = int(c) * (1 + i % 2)
        s += n if n < 10 else n - 9
    return s % 10 == 0


def tz(prefix8):
    for c in "0123456789":
        if tz_ok(prefix8 + c):
            return prefix8 + c
    raise AssertionError


def afm_ok(d):
    d = re.sub(r"\D", "", d)
    if len(d) != 9:
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return (s % 11) % 10 == int(d[8])


def afm(prefix8):
    s = sum(int(prefix8[i]) * 2 ** (8 - i) for i in range(8))
    r = prefix8 + str((s % 11) % 10)
    assert afm_ok(r)
    return r


def saudi_ok(d):
    d = re.sub(r"\D", "", d)
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def saudi(prefix9):
    r = luhn_complete(prefix9)
    assert saudi_ok(r)
    return r


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", s)
    if not m:
        return False
    a, g, n = (int(x) for x in m.groups())
    return 0 < a < 900 and a != 666 and g > 0 and n > 0


# ---------------------------------------------------------------- spoken digits
WORDS = {
    "en": "zero one two three four five six seven eight nine".split(),
    "en_oh": "oh one two three four five six seven eight nine".split(),
    "ar": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "ar_eg": "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
    "ar_ma": "صفر واحد جوج تلاتة ربعة خمسة ستة سبعة تمنية تسعود".split(),
    "he": "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split(),
    "he_m": "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split(),
    "el": "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split(),
}


def say(digits, lang="en", gsep=" "):
    """spell digits as words; a space in `digits` becomes gsep between groups"""
    w = WORDS[lang]
    groups = digits.split(" ")
    return gsep.join(" ".join(w[int(c)] for c in g if c.isdigit()) for g in groups)


AR_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def ar_digits(s):
    return s.translate(AR_INDIC)


# ---------------------------------------------------------------- building
def check_nonpersonal(text):
    for m in re.finditer(r"\d[\d \-.]*\d", text.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))):
        d = re.sub(r"\D", "", m.group())
        for sub in {d} | set(re.findall(r"\d+", m.group())):
            if 13 <= len(sub) <= 19:
                assert not luhn_ok(sub), ("non-personal Luhn-valid", text)
            if len(sub) == 9:
                assert not tz_ok(sub) and not afm_ok(sub), ("non-personal id-valid", text)
            if len(sub) == 10 and sub[0] in "12":
                assert not saudi_ok(sub), ("non-personal saudi-valid", text)


def build(items):
    rows = []
    for it in items:
        text, spans = it[0], it[1]
        ctx = it[2] if len(it) > 2 else ""
        b = text.encode("utf-8")
        out = []
        for sp in spans:
            kind, sub = sp[0], sp[1]
            nth = sp[2] if len(sp) > 2 else 0
            assert kind in KINDS, kind
            sb = sub.encode("utf-8")
            pos = -1
            for _ in range(nth + 1):
                pos = b.find(sb, pos + 1)
                assert pos >= 0, ("span not found", sub, text)
            assert b[pos:pos + len(sb)].decode("utf-8") == sub
            out.append({"kind": kind, "start": pos, "end": pos + len(sb)})
        out.sort(key=lambda s: s["start"])
        for a, c in zip(out, out[1:]):
            assert a["end"] <= c["start"], ("overlap", text)
        if not out:
            check_nonpersonal(text)
        row = {"text": text, "spans": out}
        if ctx:
            row["context"] = ctx
        rows.append(row)
    return rows


LANGS = {}

# ================================================================ languages below

# ---------------------------------------------------------------- English
_en_visa1 = card("4556", 16)
_en_mc1 = card("5163", 16)
_en_amex1 = card("3714", 15, (4, 6, 5))
_en_ssn1 = "512-48-3307"
_en_ssn2 = "227-91-5840"
assert ssn_ok(_en_ssn1) and ssn_ok(_en_ssn2)
_en_iqama = saudi("243718605")
_en_afm = afm("14238957")
_en_iban_ie = iban("IE", "BOFI90583812345678")
_en_iban_sa = iban("SA", "80000000608010167519")
_en_iban_gb = iban("GB", "NWBK60161331926819")
_en_iban_gr = iban("GR", "01101250000000012300695")
_en_iban_cy = iban("CY", "002001950000357001234567")

EN = [
    # --- mail forwarding (Cardiff, Welsh caller)
    ("Good morning, MailBridge forwarding, how can I help?", []),
    ("Yeah hiya, my name's Gareth Pryce-Evans, I've got a forwarding box with you, box 4471.", [("name", "Gareth Pryce-Evans")]),
    ("It's 14 Cwrt y Felin, Llandaff, Cardiff, CF5 2LR.", [("address", "14 Cwrt y Felin, Llandaff, Cardiff, CF5 2LR")], "Thanks Mr Pryce-Evans. And the full address we're forwarding to?"),
    ("Mobile's oh seven seven double oh, nine double oh, four one six.", [("phone", "oh seven seven double oh, nine double oh, four one six")], "And a contact number in case the courier can't get in?"),
    ("You've had 3 parcels held since the 2nd of May, storage is £1.50 a day after 14 days, so that's £21 so far.", []),
    ("Your reference is MB-2291-0047 and the next consolidation ships on Thursday the 9th.", []),
    # --- padel club (Dublin)
    ("Hi there, um, it's Cathal here, Cathal Ó Briain, I want to, I want to upgrade to the family membership.", [("name", "Cathal"), ("name", "Cathal Ó Briain")]),
    ("Grand. The family plan is €89 a month on a 12-month term, and courts are bookable 7 days ahead.", []),
    ("Can I get your date of birth for the over-forties league?", []),
    ("the nineteenth of august nineteen seventy nine", [("date_of_birth", "the nineteenth of august nineteen seventy nine")], "Can I get your date of birth for the over-forties league?"),
    ("Email is cathal dot obriain at eircom dot net.", [("email", "cathal dot obriain at eircom dot net")]),
    (f"For the direct debit, the IBAN is {_en_iban_ie}.", [("iban", _en_iban_ie)]),
    ("and the phone is 087 214 6630 if you need me", [("phone", "087 214 6630")]),
    ("Court 4 is booked for Saturday the 14th at 10:30, that's 90 minutes, €32 split four ways.", []),
    # --- pet cremation (Chicago)
    ("Hi, yes, this is Lorraine Kowalczyk, um, our dog Biscuit passed away this morning.", [("name", "Lorraine Kowalczyk")]),
    ("I'm so sorry. We can collect him today between 2 and 4 pm.", []),
    ("private cremation for a 60 pound dog is 285 dollars and the clay paw print is another 45", []),
    ("Our address is 2217 West Foster Avenue, apartment 3B, Chicago, 60625.", [("address", "2217 West Foster Avenue, apartment 3B, Chicago, 60625")]),
    (f"Okay, the card is {say(_en_visa1, 'en', ', ')}.", [("card", say(_en_visa1, 'en', ', '))]),
    ("Best callback number is 773-555-0182, that's my cell.", [("phone", "773-555-0182")]),
    ("The ashes will be ready in 7 to 10 business days, we'll call you before the 21st.", []),
    # --- prosthetics clinic (London, Nigerian caller)
    ("Good afternoon ma. My name is Oluwaseun Adeyemi-Bakare, I'm calling about my socket fitting.", [("name", "Oluwaseun Adeyemi-Bakare")]),
    ("Okay Mr Adeyemi-Bakare, can I just confirm your date of birth?", [("name", "Adeyemi-Bakare")]),
    ("Yes, it's the 3rd of February 1981. Zero three, zero two, eighty-one.", [("date_of_birth", "the 3rd of February 1981"), ("date_of_birth", "Zero three, zero two, eighty-one")]),
    ("Your fitting is booked for the 11th of March at 9:15 in room 6, and please bring the old liner.", []),
    ("My number is plus two three four, eight zero three, five five one, two zero nine four.", [("phone", "plus two three four, eight zero three, five five one, two zero nine four")]),
    ("Email, seun underscore bakare at yahoo dot co dot uk", [("email", "seun underscore bakare at yahoo dot co dot uk")]),
    ("My new address is Flat 12, Oduduwa Court, 48 Peckham Hill Street, London SE15 5JT.", [("address", "Flat 12, Oduduwa Court, 48 Peckham Hill Street, London SE15 5JT")]),
    ("The new socket is covered, but the cosmetic cover is £180 and takes about 6 weeks.", []),
    # --- recording studio (Melbourne)
    ("Hey mate, it's Shaz, Sharon Nguyen, from the band Tin Lizard?", [("name", "Shaz"), ("name", "Sharon Nguyen")]),
    ("No worries. So that's the big room, two days, the 18th and 19th, at $1,150 a day, engineer included.", []),
    ("we'll need a 30 per cent deposit so 690 bucks", []),
    (f"Card's a Mastercard, {_en_mc1}, expiry oh nine twenty-seven.", [("card", _en_mc1)]),
    ("Mobile is oh four one two, three three eight, nine oh five.", [("phone", "oh four one two, three three eight, nine oh five")]),
    ("Invoice address is 7/33 Brunswick Street, Fitzroy, Victoria 3065.", [("address", "7/33 Brunswick Street, Fitzroy, Victoria 3065")]),
    ("Mixing is another 12 hours at $95 an hour, and mastering is $60 a track, so for 10 tracks that's $600.", []),
    # --- refrigeration repair (Riyadh, Indian caller)
    ("Hello, Polar Cool Refrigeration, Riyadh branch, good morning.", []),
    ("Hello sir, myself Venkatesh Subramaniam, I have a restaurant in Olaya, the walk-in freezer is not cooling.", [("name", "Venkatesh Subramaniam")]),
    ("Okay sir, for the warranty I need your iqama number.", []),
    (f"Iqama is {' '.join(_en_iqama)}.", [("id", ' '.join(_en_iqama))], "Okay sir, for the warranty I need your iqama number."),
    ("Temperature is showing minus 4 instead of minus 18 since 6 am, and the compressor is 7 years old.", []),
    ("Technician visit is 250 riyals plus 15 percent VAT, and the gas refill is 180.", []),
    ("my mobile number is zero five five three one two four four eight seven", [("phone", "zero five five three one two four four eight seven")]),
    (f"For the deposit refund, IBAN {_en_iban_sa}, Al Rajhi.", [("iban", _en_iban_sa)]),
    ("The job number is RC-40917 and the technician will come tomorrow between 10 and 12.", []),
]
LANGS["en"] = EN

_en_disc = card("6011", 16)
_en_visa13 = card("4929", 13, (4, 3, 3, 3))
_en_diners = card("3056", 14, (4, 6, 4))
_en_mc2 = card("2221", 16, 0)
_en_maestro = card("6759", 19, 0)
_en_ssn3 = "318-62-0975"
_en_ssn4 = "604-17-2238"
_en_ssn5 = "145-03-8816"
for _s in (_en_ssn3, _en_ssn4, _en_ssn5):
    assert ssn_ok(_s)
_en_iban_de = iban("DE", "500105175403821728")
_en_iban_ae = iban("AE", "0330000010198765432")
EN += [
    # --- retirement village (Shropshire)
    ("Hello, Meadowbank Retirement Village, how can I help?", []),
    ("Oh hello dear, yes, I'm Mrs Winifred Ashworth, everyone calls me Winnie, I'm enquiring about the one-bedroom bungalows.", [("name", "Winifred Ashworth"), ("name", "Winnie")]),
    ("The one-beds are £245,000 and the service charge is £310 a month, that covers the warden and the gardens.", []),
    ("And may I take your date of birth? We're over-sixties only, I'm afraid.", []),
    ("Twenty-second of June, nineteen forty-three.", [("date_of_birth", "Twenty-second of June, nineteen forty-three")], "And may I take your date of birth? We're over-sixties only, I'm afraid."),
    ("My current address is 9 Hollybush Lane, Much Wenlock, Shropshire, TF13 6AR, I've been there forty years.", [("address", "9 Hollybush Lane, Much Wenlock, Shropshire, TF13 6AR")]),
    ("The landline is oh one nine five two, seven one four, three eight six.", [("phone", "oh one nine five two, seven one four, three eight six")]),
    ("The open day is Saturday the 4th of October from 11 till 3, and there's a minibus from Wenlock Road at half ten.", []),
    # --- organ donor registry (US)
    ("Yeah, hi, my name is Bartholomew Okafor, people call me Bart.", [("name", "Bartholomew Okafor"), ("name", "Bart", 1)]),
    (f"It's {_en_ssn1}.", [("id", _en_ssn1)], "To update your record I'll need your Social Security number."),
    ("Okay so that's five one two, four eight, three three oh seven?", [("id", "five one two, four eight, three three oh seven")]),
    ("date of birth is oh four seventeen ninety", [("date_of_birth", "oh four seventeen ninety")]),
    ("Email: bart.okafor88@gmail.com", [("email", "bart.okafor88@gmail.com")]),
    ("Your registration from March 2015 is still active, and you've ticked 5 of the 8 options.", []),
    # --- oncology clinic (New Jersey, Indian caller)
    ("Hi, I'm calling for my chemo schedule, I'm Rajesh Kumar Iyer, R A J E S H.", [("name", "Rajesh Kumar Iyer"), ("name", "R A J E S H")]),
    ("Your next infusion is on the 6th at 8:40, that's cycle 3 of 6.", []),
    (f"DOB is 11/30/1968 and social is {_en_ssn2}", [("date_of_birth", "11/30/1968"), ("id", _en_ssn2)], "Could you confirm your date of birth and Social?"),
    ("Can you send the letter to rajesh.iyer at outlook dot com", [("email", "rajesh.iyer at outlook dot com")]),
    ("The co-pay is $40 per visit and your deductible of $1,500 has already been met for 2024.", []),
    ("Address on file is 1840 Maple Ridge Drive, Edison, New Jersey 08817, is that still right?", [("address", "1840 Maple Ridge Drive, Edison, New Jersey 08817")]),
    # --- quiz night (Galway pub)
    ("hi there its aoife here from the quiz team the smartie pants we want a table for wednesday", [("name", "aoife")]),
    ("Table for six on Wednesday the 23rd, €5 a head, and the rollover jackpot is up at €420.", []),
    ("Grand, can I get a mobile number?", []),
    ("Yeah, plus three five three, eighty-six, four four one, double two five nine.", [("phone", "plus three five three, eighty-six, four four one, double two five nine")]),
    ("Round 7 is the music round, 10 questions at 2 points each, and the picture round is round 3.", []),
    # --- open-air cinema (Melbourne)
    ("Hi, um, Tahlia Papadopoulos here, I'm booking beanbags for four.", [("name", "Tahlia Papadopoulos")]),
    ("That's Saturday the 12th, gates at 7:30, film at 8:45, four beanbags at $32 each, so $128.", []),
    (f"It's an Amex, {say(_en_amex1, 'en', ', ')}.", [("card", say(_en_amex1, 'en', ', '))], "How would you like to pay?"),
    ("tahlia dot p at bigpond dot com", [("email", "tahlia dot p at bigpond dot com")], "And an email for the e-tickets?"),
    ("You're in row C, beanbags 14 to 17, booking number 88213.", []),
    # --- meat box delivery (London)
    ("Good morning. My name is Chinedu Eze, I want to change my delivery.", [("name", "Chinedu Eze")]),
    ("Your box is the Large Mixed, £64.99, delivered every other Friday.", []),
    ("Deliver to 27 Carlton Vale, Maida Vale, London NW6 5DA please, and leave it with the porter.", [("address", "27 Carlton Vale, Maida Vale, London NW6 5DA")]),
    (f"You can take it from my account, {_en_iban_gb}.", [("iban", _en_iban_gb)]),
    ("Next delivery is Friday the 17th between 7am and 1pm, and the box weighs about 8 kilos.", []),
    # --- market research panel (US)
    ("The survey takes about 20 minutes and you'll get 500 points, that's $5.", []),
    ("It's January ninth, nineteen fifty-six. And email is lola ramirez fifty six at aol dot com, no spaces.", [("date_of_birth", "January ninth, nineteen fifty-six"), ("email", "lola ramirez fifty six at aol dot com")], "For the payout we need your date of birth and email."),
    ("Question 4: how many times in the past 30 days did you buy frozen pizza? One to two, three to five, or six or more?", []),
    (f"For the gift card upgrade they want a card on file, it's {_en_disc}.", [("card", _en_disc)]),
    # --- photocopier leasing (Loughborough)
    ("Hi, it's Rav, Ravinder Sandhu, from Sandhu and Co accountants.", [("name", "Rav"), ("name", "Ravinder Sandhu")]),
    ("The C3350 is £79 a month on a 60-month lease, 3,000 mono pages included, then 0.8p a page.", []),
    ("deliver it to unit 4 riverside business park leicester road loughborough le11 5xr", [("address", "unit 4 riverside business park leicester road loughborough le11 5xr")]),
    ("my email's r sandhu at sandhuandco dot co dot uk", [("email", "r sandhu at sandhuandco dot co dot uk")]),
    ("The engineer's coming on the 28th at 2, and the old Ricoh goes back the same day.", []),
    # --- reflexology (Paphos, English expat)
    ("Hello, my name is Beverley Hartnell, I'd like to book a course of six.", [("name", "Beverley Hartnell")]),
    ("Six sessions is 240 euros, or 45 each if you pay as you go.", []),
    ("Nine nine, four seven, two one, eight eight, no sorry, eight three.", [("phone", "Nine nine, four seven, two one, eight eight, no sorry, eight three")], "And a Cyprus mobile?"),
    (f"If you need to refund the deposit it's {_en_iban_cy}, Bank of Cyprus.", [("iban", _en_iban_cy)]),
    # --- outdoor advertising (Chania)
    (f"Right, it's {_en_afm[:3]} {_en_afm[3:6]} {_en_afm[6:]}.", [("id", f"{_en_afm[:3]} {_en_afm[3:6]} {_en_afm[6:]}")], "For the invoice I'll need your AFM, Fiona, the Greek tax number."),
    ("The billboard on the Souda road is 850 euros for 4 weeks plus 24% VAT.", []),
    (f"Payment goes to our Piraeus account, but refunds go to yours, {_en_iban_gr}, is that right?", [("iban", _en_iban_gr)]),
]

EN += [
    # --- rehab clinic (Texas)
    ("Yes ma'am, my name is Dwayne Thibodeaux, calling about my brother's bed, but the insurance is in my name.", [("name", "Dwayne Thibodeaux")]),
    (f"um the social is {_en_ssn3[:3]}, {_en_ssn3[4:6]}, {_en_ssn3[7:]}", [("id", f"{_en_ssn3[:3]}, {_en_ssn3[4:6]}, {_en_ssn3[7:]}")], "I'll need the policyholder's Social Security number."),
    ("Date of birth, the policyholder's. Mine, I mean. It's 7-14-77.", [("date_of_birth", "7-14-77")]),
    ("The 28-day program is $18,400 and your plan covers 80% after the first $2,000.", []),
    (f"Put the deposit on the Visa, it's an old one, {_en_visa13}.", [("card", _en_visa13)]),
    # --- rice wholesaler (Dubai, Indian caller)
    ("Hello, I'm Abdul Rasheed from Kerala Spice Kitchen, we need 40 bags of the sella basmati, 25 kilo each.", [("name", "Abdul Rasheed")]),
    ("That's 40 bags at 118 dirhams, 4,720 plus VAT, delivery Sunday before 9.", []),
    (f"Refund for the short delivery you can send to {_en_iban_ae}, Emirates NBD.", [("iban", _en_iban_ae)]),
    ("rasheed.kitchen@gmail.com, all small letters.", [("email", "rasheed.kitchen@gmail.com")], "Email for the invoice?"),
    ("Your last invoice was INV-2024-00871 for 3,540 dirhams dated the 2nd of February.", []),
    # --- modular homes (Kerry, German caller)
    ("Hallo, yes, my name is Jürgen Hoffmann, we ordered the two-bedroom unit, the Kestrel model.", [("name", "Jürgen Hoffmann")]),
    (f"I will pay the balance from my German account, the IBAN is {_en_iban_de}.", [("iban", _en_iban_de)]),
    ("The site address is Derrymore West, Tralee Road, Castleisland, County Kerry, V92 X3F7.", [("address", "Derrymore West, Tralee Road, Castleisland, County Kerry, V92 X3F7")]),
    ("The crane's booked for the 15th of June, the unit is 12 metres by 4, and the balance is €38,500.", []),
    ("Your order number is 4417 0093 2281 6650, keep that for the delivery driver.", []),
    # --- music royalties? no: quilt? -> mobile phlebotomy? -> recording studio card follow-up
    (f"yeah the diners card {_en_diners} the company one", [("card", _en_diners)], "Which card should we use for the studio balance?"),
    (f"Card number {' '.join(_en_mc2[i:i + 2] for i in range(0, 16, 2))}, Mastercard.", [("card", ' '.join(_en_mc2[i:i + 2] for i in range(0, 16, 2)))]),
    (f"And the Maestro for the meat box is {_en_maestro}, nineteen digits, I know.", [("card", _en_maestro)]),
    # --- photocopier leasing: second director (US)
    (f"Okay so I have {_en_ssn4}, and the second guarantor {_en_ssn5}?", [("id", _en_ssn4), ("id", _en_ssn5)]),
    ("The lease started on March 1st 2021, runs 60 months, and the buyout is $412.", []),
    ("My birthday is the fifth of may eighty eight if that's what you need", [("date_of_birth", "the fifth of may eighty eight")], "Can you confirm your date of birth for security?"),
]

# ---------------------------------------------------------------- Arabic
_ar_nid1 = saudi("108452936")
_ar_nid2 = saudi("113067482")
_ar_nid3 = saudi("107739105")
_ar_iq1 = saudi("234561870")
_ar_iq2 = saudi("251208436")
_ar_mada = card("4847", 16)
_ar_mada2 = card("5888", 16, 0)
_ar_meeza = card("5078", 16)
_ar_visa = card("4023", 16, 0)
_ar_iban_sa = iban("SA", "10000000123456789012")
_ar_iban_eg = iban("EG", "0019000500000000263180002")
_ar_iban_jo = iban("JO", "CBJO0010000000000131000302")
_ar_iban_ae = iban("AE", "2600000123456789012")

AR = [
    # --- PO box / mail forwarding (Riyadh, Gulf)
    ("مساء الخير، معك نايف من خدمة صندوقي للبريد، كيف أقدر أخدمك؟", [("name", "نايف")]),
    ("هلا والله، معك أخوك مشعل الدوسري، أبي أجدد الصندوق حقي.", [("name", "مشعل الدوسري")]),
    ("أبشر، عطني رقم الهوية لو سمحت.", []),
    (f"الهوية {ar_digits(_ar_nid1)}", [("id", ar_digits(_ar_nid1))], "أبشر، عطني رقم الهوية لو سمحت."),
    ("تجديد الصندوق سنة كاملة بـ ٣٥٠ ريال، ولو تبي التوصيل للبيت زيادة ٩٩ ريال.", []),
    ("العنوان الوطني حقي حي النرجس، شارع الأمير سعود بن فيصل، مبنى ٧٤٢١، الرياض ١٣٣٢٧.", [("address", "حي النرجس، شارع الأمير سعود بن فيصل، مبنى ٧٤٢١، الرياض ١٣٣٢٧")]),
    ("جوالي صفر خمسة أربعة، ثلاثة ثلاثة اثنين، سبعة واحد تسعة ثمانية", [("phone", "صفر خمسة أربعة، ثلاثة ثلاثة اثنين، سبعة واحد تسعة ثمانية")]),
    (f"ادفع بالمدى، الرقم {_ar_mada}", [("card", _ar_mada)]),
    ("رقم الطلب ٨٨٠٤٥١٢ وراح توصلك رسالة خلال ٤٨ ساعة.", []),
    # --- oncology clinic (Amman, Levantine)
    ("مرحبا، عيادة الأمل للأورام، تفضلي.", []),
    ("مرحبا، أنا اسمي رنا الخطيب، بدي أأكد موعد الجرعة الجاية.", [("name", "رنا الخطيب")]),
    ("أهلين ست رنا، موعدك يوم الأحد الساعة عشرة ونص، الجلسة الرابعة من ستة.", [("name", "رنا")]),
    ("ممكن تاريخ الميلاد للتأكيد؟", []),
    ("اربعطعش تمانية تسعة وسبعين", [("date_of_birth", "اربعطعش تمانية تسعة وسبعين")], "ممكن تاريخ الميلاد للتأكيد؟"),
    ("رقمي صفر سبعة تسعة، خمسة خمسة أربعة، اتنين صفر واحد واحد", [("phone", "صفر سبعة تسعة، خمسة خمسة أربعة، اتنين صفر واحد واحد")]),
    ("التأمين بيغطي ٨٠٪ والباقي ١٢٠ دينار على كل جلسة.", []),
    (f"بدي أحول الفرق من حسابي، الآيبان {_ar_iban_jo}", [("iban", _ar_iban_jo)]),
    ("ابعتيلي التقرير على الإيميل rana.khatib@outlook.com", [("email", "rana.khatib@outlook.com")]),
    # --- refrigeration repair (Cairo, Egyptian)
    ("ألو، شركة بولار للتبريد، أيوه يا فندم.", []),
    ("أيوه يا باشا، معاك الحاج سيد عبد الفتاح، صاحب سوبر ماركت، التلاجة العرض بايظة.", [("name", "سيد عبد الفتاح")]),
    ("حاضر يا حاج سيد، الفني هييجي بكرة من ١٠ لـ ٢، والكشف ٢٥٠ جنيه.", [("name", "سيد")]),
    ("العنوان ١٢ شارع مصطفى النحاس، الدور الأرضي، مدينة نصر، جنب بنزينة موبيل.", [("address", "١٢ شارع مصطفى النحاس، الدور الأرضي، مدينة نصر")]),
    (f"رقمي {say('010 2345 8871', 'ar_eg', '، ')}", [("phone", say('010 2345 8871', 'ar_eg', '، '))]),
    ("التلاجة موديل ٢٠١٩، ٣ أبواب، والكمبروسر عليه ضمان ٥ سنين.", []),
    (f"هدفع بكارت ميزة، {_ar_meeza}", [("card", _ar_meeza)]),
    ("رقم الشكوى ٤٥٠٢٢١٧٦، احتفظ بيه يا فندم.", []),
    # --- padel club (Dubai, Gulf / code-switching)
    ("Good evening، نادي مارينا بادل، معك ريم.", [("name", "ريم")]),
    ("هلا، أنا حمدة المزروعي، أبي أسجل في الـ ladies league.", [("name", "حمدة المزروعي")]),
    ("الاشتراك ٤٥٠ درهم بالشهر، والدوري يبدأ ١٥ سبتمبر، كل ثلاثاء الساعة ٨.", []),
    ("الإيميل hamda underscore m at hotmail dot com", [("email", "hamda underscore m at hotmail dot com")]),
    ("رقمي plus nine seven one, fifty, ستة ستة سبعة، أربعة اثنين صفر واحد", [("phone", "plus nine seven one, fifty, ستة ستة سبعة، أربعة اثنين صفر واحد")]),
    (f"حولوا لي الاسترجاع على {_ar_iban_ae}", [("iban", _ar_iban_ae)]),
    ("الملعب رقم ٣ محجوز الجمعة من ٦ إلى ٧:٣٠، والكرات ٣٥ درهم.", []),
    # --- organ donor registry (MSA, Saudi)
    ("المركز السعودي لزراعة الأعضاء، سجل المتبرعين، تفضل.", []),
    ("السلام عليكم، اسمي عبدالرحمن بن سعيد القحطاني، وأرغب في التسجيل كمتبرع.", [("name", "عبدالرحمن بن سعيد القحطاني")]),
    ("وعليكم السلام يا أستاذ عبدالرحمن، أحتاج رقم الهوية الوطنية وتاريخ الميلاد.", [("name", "عبدالرحمن")]),
    (f"الهوية {say(_ar_nid2, 'ar')}، والميلاد ١٤٠٨/٠٣/١٢ هجري", [("id", say(_ar_nid2, 'ar')), ("date_of_birth", "١٤٠٨/٠٣/١٢ هجري")]),
    ("سيصلك رمز التحقق خلال دقيقتين، وبطاقة المتبرع خلال ١٠ أيام عمل.", []),
    # --- outdoor advertising (Alexandria, Egyptian)
    ("صباح الخير، شركة المنارة للإعلانات الخارجية.", []),
    ("صباح النور، أنا مدام نيفين جرجس، عايزة أحجز لوحة على الكورنيش.", [("name", "نيفين جرجس")]),
    ("اللوحة اللي قدام كوبري ستانلي بـ ٤٥ ألف جنيه في الشهر، ٦ متر في ٣.", []),
    (f"هحول العربون من حساب الشركة، ده الآيبان {_ar_iban_eg}", [("iban", _ar_iban_eg)]),
    ("الإيميل nevine.gerges@alexmail.com.eg", [("email", "nevine.gerges@alexmail.com.eg")]),
    ("الحجز يبدأ ١ يونيو لمدة ٣ شهور، والطباعة عليكم ٨٠٠٠ جنيه.", []),
]
LANGS["ar"] = AR

_ar_iban_ma = iban("MA", "011519000001205000534921")
_ar_iban_sa2 = iban("SA", "45000000198765432101")
_ar_iban_eg2 = iban("EG", "0003000100000123456789012")
_ar_amex = card("3759", 15, (4, 6, 5))
_ar_mc = card("5412", 16)
_ar_visa2 = card("4218", 16)
_ar_mada3 = card("4406", 16)
AR += [
    # --- prosthetics clinic (Irbid, Levantine)
    ("عيادة رويال للأطراف الصناعية، معك الدكتور مازن.", [("name", "مازن")]),
    ("يعطيك العافية دكتور، أنا أبوي اسمه... لا، أنا اسمي أحمد الزعبي، المريض أبوي بس الملف باسمي.", [("name", "أحمد الزعبي")]),
    ("تمام أستاذ أحمد، الطرف الجديد بكلف ٣٢٠٠ دينار، والتأمين العسكري بغطي ٧٠٪.", [("name", "أحمد")]),
    ("عنواني إربد، الحي الشرقي، شارع فلسطين، عمارة ٢٣، الطابق التاني.", [("address", "إربد، الحي الشرقي، شارع فلسطين، عمارة ٢٣، الطابق التاني")]),
    ("القياس يوم الخميس ٩ الشهر الساعة ١١، والتركيب بعده بأسبوعين.", []),
    ("مواليدي ثلاثة وعشرين ستة ألف وتسعمية وخمسة وتمانين", [("date_of_birth", "ثلاثة وعشرين ستة ألف وتسعمية وخمسة وتمانين")], "شو تاريخ ميلادك؟"),
    # --- recording studio (Beirut, Levantine)
    ("ألو، استوديو صدى، أنا جاد.", [("name", "جاد")]),
    ("هاي جاد، معك ميريام حداد، بدي احجز الاستوديو لتسجيل أغنية.", [("name", "ميريام حداد")]),
    ("الساعة ب ٦٠ دولار، والمكساج ٢٠٠ دولار للأغنية، وفي خصم ١٠٪ إذا حجزتي ٣ أيام.", []),
    ("إيميلي miriam dot haddad at gmail dot com", [("email", "miriam dot haddad at gmail dot com")]),
    (f"الكرت {say(_ar_mc, 'ar', '، ')}", [("card", say(_ar_mc, 'ar', '، '))], "كيف بدك تدفعي العربون؟"),
    ("رقمي سبعين، تلاتة أربعة خمسة، ستة سبعة تمانية", [("phone", "سبعين، تلاتة أربعة خمسة، ستة سبعة تمانية")], "ورقم تلفونك؟"),
    # --- market research panel (Abu Dhabi, Gulf)
    ("مرحبا، معك سلمى من شركة مدار لأبحاث السوق، الاستبيان ياخذ ١٥ دقيقة وتحصل على ٥٠ درهم.", [("name", "سلمى")]),
    ("أوكي، أنا خليفة الكتبي.", [("name", "خليفة الكتبي")]),
    ("السؤال الثالث: كم مرة طلبت أكل من التطبيقات في آخر ٧ أيام؟ من ١ إلى ٣، من ٤ إلى ٦، أو أكثر؟", []),
    ("ميلادي ٢٢/١١/١٩٩٢", [("date_of_birth", "٢٢/١١/١٩٩٢")]),
    ("عشان نحول لك المكافأة نحتاج الإيميل.", []),
    ("k.alketbi92 at yahoo dot com", [("email", "k.alketbi92 at yahoo dot com")], "عشان نحول لك المكافأة نحتاج الإيميل."),
    # --- photocopier leasing (Jeddah, Gulf + Indian-Arabic)
    ("شركة ريادة لتأجير آلات التصوير، صباح الخير.", []),
    ("صباح النور، معك فهد الغامدي من مكتب الغامدي للمحاماة.", [("name", "فهد الغامدي")]),
    ("الآلة الملونة بـ ٦٠٠ ريال بالشهر، العقد ٣٦ شهر، وفيها ٥٠٠٠ صفحة مجانية.", []),
    (f"الاستقطاع الشهري من حساب {_ar_iban_sa2}", [("iban", _ar_iban_sa2)]),
    ("وصلوها على جدة، حي الروضة، شارع صاري، عمارة الفيصلية، مكتب ٤٠٤.", [("address", "جدة، حي الروضة، شارع صاري، عمارة الفيصلية، مكتب ٤٠٤")]),
    (f"رقم هويتي {_ar_nid3[:4]} {_ar_nid3[4:7]} {_ar_nid3[7:]}", [("id", f"{_ar_nid3[:4]} {_ar_nid3[4:7]} {_ar_nid3[7:]}")]),
    ("الفني بيركبها يوم الاثنين ٣ رجب، ورقم العقد ٢٠٢٤-٠٣٣١.", []),
    # --- open-air cinema (Amman)
    ("سينما السطح، مرحبا.", []),
    ("مرحبا، معك لانا، بدي ٤ تذاكر لفيلم الجمعة.", [("name", "لانا")]),
    ("التذكرة ٧ دنانير، والفيلم الساعة ٨:٣٠، والبوابات بتفتح ٧:٣٠، جنب دوار الداخلية.", []),
    (f"الفيزا {_ar_visa2}", [("card", _ar_visa2)]),
    # --- plumbing supplies wholesale (Casablanca, Darija)
    ("ألو، مخزن الرياحي لأدوات السباكة، السلام عليكم.", []),
    ("وعليكم السلام، أنا سميتي يوسف بنعلي، بغيت نطلب الجعب ديال ٣٢.", [("name", "يوسف بنعلي")]),
    ("واخا سي يوسف، ٥٠ جعبة بـ ١٨ درهم، و ٢٠ روبيني بـ ٧٥ درهم.", [("name", "يوسف")]),
    ("صيفطوها لـ زنقة ابن بطوطة رقم ١٤، حي المعاريف، الدار البيضاء.", [("address", "زنقة ابن بطوطة رقم ١٤، حي المعاريف، الدار البيضاء")]),
    (f"النمرة ديالي {say('06 61 42 87 30', 'ar_ma', '، ')}", [("phone", say('06 61 42 87 30', 'ar_ma', '، '))]),
    (f"الخلاص بالفيرمون لـ {_ar_iban_ma}", [("iban", _ar_iban_ma)]),
    ("الكوموند غادي توصل نهار الثلاثاء قبل الطناش، والفاتورة رقم ٧٧٠١٢.", []),
    # --- meat box delivery (Kuwait, Gulf)
    ("ملحمة الريف للتوصيل، هلا.", []),
    ("هلا، أختك دانة العنزي، أبي أغير العنوان.", [("name", "دانة العنزي")]),
    ("العنوان الجديد: الجهراء، قطعة ٤، شارع ١٢، منزل ٣١.", [("address", "الجهراء، قطعة ٤، شارع ١٢، منزل ٣١")]),
    ("البوكس الكبير ١٢ دينار ونص، فيه ٢ كيلو لحم غنم وكيلو دجاج.", []),
    ("موبايلي خمسة خمسة، ستة واحد، تسعة أربعة، صفر اثنين.", [("phone", "خمسة خمسة، ستة واحد، تسعة أربعة، صفر اثنين")]),
    (f"الكارت {_ar_amex}، أمريكان إكسبرس", [("card", _ar_amex)]),
    # --- refrigeration (Riyadh, Indian/Pakistani technician + Yemeni caller)
    ("السلام عليكم، أنا عبده الحميري، صاحب بقالة في السويدي.", [("name", "عبده الحميري")]),
    (f"رقم الإقامة {say(_ar_iq1, 'ar')}", [("id", say(_ar_iq1, 'ar'))]),
    (f"وإقامة العامل عندي {ar_digits(_ar_iq2)}، ينفع يستلم هو؟", [("id", ar_digits(_ar_iq2))]),
    ("الضمان سنة من تاريخ الفاتورة ١٥ شعبان، والقطعة سعرها ٤٨٠ ريال.", []),
    (f"ادفع مدى {_ar_mada2}", [("card", _ar_mada2)]),
]

_ar_nid4 = saudi("110298374")
_ar_iq3 = saudi("229013546")
_ar_iban_sa3 = iban("SA", "05000068201234567000")
AR += [
    # --- organ donor / oncology follow-ups, more values
    ("تاريخ الميلاد لو سمحت؟", []),
    ("خمسة عشر مارس ألف وتسعمئة وواحد وسبعين", [("date_of_birth", "خمسة عشر مارس ألف وتسعمئة وواحد وسبعين")], "تاريخ الميلاد لو سمحت؟"),
    ("أنا مواليد ٨٤، تحديدًا ٣ يناير ١٩٨٤", [("date_of_birth", "٣ يناير ١٩٨٤")]),
    ("يعني... مولود في ٢٧ رمضان ١٤١٢", [("date_of_birth", "٢٧ رمضان ١٤١٢")], "وتاريخ ميلادك بالهجري؟"),
    ("birthday تبعي 5/9/2001", [("date_of_birth", "5/9/2001")]),
    (f"رقم الهوية {_ar_nid4}، وأعيده: {say(_ar_nid4[:5], 'ar')}، {say(_ar_nid4[5:], 'ar')}", [("id", _ar_nid4), ("id", f"{say(_ar_nid4[:5], 'ar')}، {say(_ar_nid4[5:], 'ar')}")]),
    (f"إقامتي {_ar_iq3[:5]} {_ar_iq3[5:]}", [("id", f"{_ar_iq3[:5]} {_ar_iq3[5:]}")]),
    ("هل تبغى ترسل الإقامة ولا رقم الحدود؟ رقم الحدود يبدأ بـ ٣ وفيه ١٠ خانات.", []),
    # --- emails spoken in Arabic
    ("الإيميل: أحمد، اندرسكور، زعبي، آت جيميل دوت كوم", [("email", "أحمد، اندرسكور، زعبي، آت جيميل دوت كوم")]),
    ("ايميلي abdo.himyari@gmail.com، كله سمول", [("email", "abdo.himyari@gmail.com")]),
    ("الإيميل دانة نقطة العنزي ات هوتميل نقطة كوم", [("email", "دانة نقطة العنزي ات هوتميل نقطة كوم")]),
    # --- phones
    ("ولو ما رديت كلم زوجتي؟ لا خلاص، كلمني على الثابت صفر اثنين، ستة ستة سبعة، ثلاثة أربعة صفر صفر", [("phone", "صفر اثنين، ستة ستة سبعة، ثلاثة أربعة صفر صفر")]),
    ("رقم الواتساب +20 122 418 9067", [("phone", "+20 122 418 9067")]),
    # --- cards and IBANs
    (f"خلي الدفع على الفيزا {say(_ar_visa[:4], 'ar')} {_ar_visa[4:]}", [("card", f"{say(_ar_visa[:4], 'ar')} {_ar_visa[4:]}")]),
    (f"البطاقة {ar_digits(_ar_mada3)}", [("card", ar_digits(_ar_mada3))], "رقم البطاقة لو سمحت؟"),
    (f"الآيبان EG {_ar_iban_eg2[2:]}", [("iban", f"EG {_ar_iban_eg2[2:]}")]),
    (f"آيبان الراجحي {ar_digits(_ar_iban_sa3)}", [("iban", ar_digits(_ar_iban_sa3))]),
    # --- addresses
    ("ساكن في الرباط، حي أكدال، زنقة فال ولد عمير، عمارة ٨، الشقة ٣", [("address", "الرباط، حي أكدال، زنقة فال ولد عمير، عمارة ٨، الشقة ٣")]),
    ("العنوان ١٥ شارع جامعة الدول العربية، المهندسين، الدور السابع، شقة ٢٢", [("address", "١٥ شارع جامعة الدول العربية، المهندسين، الدور السابع، شقة ٢٢")]),
    # --- non-personal, number-heavy
    ("الفاتورة رقم ٣٣٠٩١٨٤٥٢٢٠٦ بمبلغ ١٢٤٠ ريال، تاريخها ١٢/٠٤/٢٠٢٤.", []),
    ("رحلة الطيران SV 1023 توصل الساعة ٤:٢٥ العصر، والشحنة وزنها ٣٢ كيلو.", []),
    ("الخصم ٢٠٪ لحد آخر الشهر، والعرض ينتهي ٣٠ نوفمبر.", []),
    ("رقم التتبع 7712 0045 8891 3320، وبيوصل خلال ٣ إلى ٥ أيام عمل.", []),
    ("الرصيد المتبقي عليك ٨٧٥٠ جنيه، والقسط الجاي يوم ٥ الشهر.", []),
    ("موعدك الجاي ١٨ ديسمبر الساعة ٩ الصبح، الغرفة ٢١٤، الدور التاني.", []),
    ("فرعنا في شارع التحلية جنب مكتبة جرير، مفتوح من ٩ الصبح لـ ١١ بالليل.", []),
    ("العقد بدأ في ١ يناير ٢٠٢٢ ومدته ٣ سنوات.", []),
    ("محمد صلاح جاب هدفين امبارح، بس المهم، الطلبية فيها ١٢ كرتونة.", []),
    ("اشتريت الجهاز من كارفور في ٢٠٢١ بسعر ٢٤٩٩ درهم.", []),
    ("اشتراك البوكس الشهري ١٩٩ ريال وفيه ٦ كيلو لحم، والتوصيل كل أربعاء.", []),
]

# ---------------------------------------------------------------- Hebrew
_he_tz1 = tz("03845219")
_he_tz2 = tz("20417736")
_he_tz3 = tz("31290584")
_he_tz4 = tz("05566213")
_he_tz5 = tz("34128870")
_he_tz6 = tz("06079341")
_he_tz7 = tz("32711658")
_he_tz8 = tz("20983317")
_he_isra = card("4580", 16)
_he_visa = card("4557", 16, 0)
_he_mc = card("5326", 16)
_he_amex = card("3742", 15, (4, 6, 5))
_he_diners = card("3600", 14, (4, 6, 4))
_he_iban1 = iban("IL", "0108000000099999999")
_he_iban2 = iban("IL", "0126840000000123456")
_he_iban3 = iban("IL", "0201230000000765432")

HE = [
    # --- oncology clinic (Haifa; native + Russian immigrant)
    ("מכון האונקולוגיה, מדברת ליאת, במה אפשר לעזור?", [("name", "ליאת")]),
    ("שלום, שמי ולדימיר גורביץ', אני רוצה לאשר את הטיפול ביום שלישי.", [("name", "ולדימיר גורביץ'")]),
    ("בסדר ולדימיר, אני צריכה תעודת זהות.", [("name", "ולדימיר")]),
    (f"{say(_he_tz1, 'he')}", [("id", say(_he_tz1, 'he'))], "בסדר ולדימיר, אני צריכה תעודת זהות."),
    ("הטיפול ביום שלישי ב-8:30, מחזור 3 מתוך 6, חדר 12, וצריך לבוא בצום של 4 שעות.", []),
    ("תאריך לידה, שמונה באפריל אלף תשע מאות חמישים ושבע", [("date_of_birth", "שמונה באפריל אלף תשע מאות חמישים ושבע")]),
    ("הטלפון שלי אפס חמש ארבע, שבע שלוש אחת, אפס שתיים שש שמונה", [("phone", "אפס חמש ארבע, שבע שלוש אחת, אפס שתיים שש שמונה")]),
    ("ההשתתפות העצמית היא 45 שקל לביקור, ואת הטופס 17 כבר קיבלנו מהקופה.", []),
    # --- padel club (Ra'anana; Anglo immigrant)
    ("פאדל רעננה, שלום, מדבר עומרי.", [("name", "עומרי")]),
    ("היי, אממ, זה ג'ונתן, ג'ונתן בלומנטל, I mean, אני רוצה מנוי זוגי.", [("name", "ג'ונתן"), ("name", "ג'ונתן בלומנטל")]),
    ("מנוי זוגי זה 590 שקל לחודש, 12 חודשים, וכל מגרש אפשר להזמין 7 ימים מראש.", []),
    ("המייל jonathan.blumenthal@gmail.com", [("email", "jonathan.blumenthal@gmail.com")]),
    (f"תחייבו את הכרטיס {_he_isra}", [("card", _he_isra)]),
    ("המגרש ה-4 פנוי ביום שישי ב-7 בבוקר, 90 דקות, 160 שקל.", []),
    # --- pet cremation (Rishon; native)
    ("שלום, הגעת לגן עדן לחיות, מדברת שירן.", [("name", "שירן")]),
    ("היי, מדברת מורן אזולאי, הכלבה שלנו, לולה, מתה הבוקר.", [("name", "מורן אזולאי")]),
    ("אני מאוד מצטערת מורן. שריפה פרטית לכלבה של 20 קילו זה 1,450 שקל.", [("name", "מורן")]),
    ("הכתובת שלנו רחוב הרצל 112, דירה 9, קומה 3, ראשון לציון.", [("address", "רחוב הרצל 112, דירה 9, קומה 3, ראשון לציון")]),
    (f"ויזה, {say(_he_visa[:4], 'he')}, {_he_visa[4:8]}, {_he_visa[8:12]}, {_he_visa[12:]}", [("card", f"{say(_he_visa[:4], 'he')}, {_he_visa[4:8]}, {_he_visa[8:12]}, {_he_visa[12:]}")]),
    ("האפר יהיה מוכן תוך 7 עד 10 ימי עבודה, נתקשר לפני ה-21.", []),
    # --- prosthetics clinic (Beersheba; Ethiopian immigrant)
    ("מרכז אורתופדיה טכנית, שלום.", []),
    ("שלום, אני אדיסו טספאיה, אני צריך תור להתאמה של הפרוטזה.", [("name", "אדיסו טספאיה")]),
    (f"התעודת זהות שלי {_he_tz2[:3]}-{_he_tz2[3:6]}-{_he_tz2[6:]}", [("id", f"{_he_tz2[:3]}-{_he_tz2[3:6]}-{_he_tz2[6:]}")]),
    ("תודה אדיסו. יש תור ב-11 במרץ בשעה 9:15, ומשרד הביטחון מכסה 100 אחוז.", [("name", "אדיסו")]),
    ("אני גר ברחוב יהודה הלוי 23, שכונה ד', באר שבע.", [("address", "רחוב יהודה הלוי 23, שכונה ד', באר שבע")]),
    ("נולדתי ב-1988, עשרים ושלוש בדצמבר.", [("date_of_birth", "1988, עשרים ושלוש בדצמבר")]),
    # --- recording studio (Tel Aviv; French immigrant)
    ("אולפני רדיו-הד, בוקר טוב.", []),
    ("בוקר טוב, קוראים לי אנאיס כהן, אני רוצה להזמין יום הקלטות.", [("name", "אנאיס כהן")]),
    ("יום שלם זה 2,800 שקל כולל טכנאי, והמיקס 450 לשיר.", []),
    ("המייל שלי זה anais point cohen arobase free point fr, סליחה, אנאיס נקודה כהן שטרודל free נקודה fr", [("email", "anais point cohen arobase free point fr"), ("email", "אנאיס נקודה כהן שטרודל free נקודה fr")]),
    ("הנייד שלי 052-7718430", [("phone", "052-7718430")]),
    (f"ותעבירו את ההחזר לחשבון, IBAN {_he_iban1}", [("iban", _he_iban1)]),
    # --- refrigeration repair (Nazareth; Arab citizen speaking Hebrew)
    ("שלום, קירור הגליל, מה שלומך?", []),
    ("אהלן, אני סאמר חורי, יש לי מסעדה בנצרת והמקרר הגדול לא מקרר.", [("name", "סאמר חורי")]),
    ("בסדר סאמר, הטכנאי יגיע מחר בין 10 ל-12, הביקור 350 שקל פלוס מע\"מ.", [("name", "סאמר")]),
    ("הכתובת: שדרות פאולוס השישי 47, נצרת, ליד הצומת של המוסך.", [("address", "שדרות פאולוס השישי 47, נצרת")]),
    ("טלפון אפס ארבע, שש חמש שש, שתיים אחת שבע שלוש", [("phone", "אפס ארבע, שש חמש שש, שתיים אחת שבע שלוש")]),
    (f"תעודת זהות {_he_tz3}", [("id", _he_tz3)]),
    ("המדחס בן 7 שנים, והטמפרטורה עומדת על פלוס 9 במקום 4.", []),
    # --- organ donor card (ADI), native older
    ("אדי, כרטיס תורם, שלום.", []),
    ("שלום, שמי רחל בן-דוד, אני רוצה לעדכן את הפרטים בכרטיס.", [("name", "רחל בן-דוד")]),
    ("רחל, תאשרי לי בבקשה תאריך לידה.", [("name", "רחל")]),
    ("אחד עשר בשישי חמישים ושתיים", [("date_of_birth", "אחד עשר בשישי חמישים ושתיים")], "רחל, תאשרי לי בבקשה תאריך לידה."),
    ("הכרטיס נשלח אלייך לפני 3 שנים, ב-2021, ויש לך 2 אפשרויות בטופס.", []),
]
LANGS["he"] = HE

HE += [
    # --- retirement village (Ashdod; older Russian immigrant)
    ("דיור מוגן נאות הים, שלום, במה אפשר לעזור?", []),
    ("שלום, אני לודמילה קפלן, אפשר מילה? אני רוצה לשאול על דירה של חדר וחצי.", [("name", "לודמילה קפלן")]),
    ("דירת חדר וחצי זה פיקדון של 980 אלף, ודמי אחזקה 7,200 לחודש.", []),
    ("נולדתי ב... רגע... שלושים ואחד במאי, ארבעים ושש.", [("date_of_birth", "שלושים ואחד במאי, ארבעים ושש")], "ומה תאריך הלידה שלך?"),
    (f"ת\"ז {say(_he_tz4, 'he_m')}", [("id", say(_he_tz4, 'he_m'))]),
    ("אני גרה עכשיו ברחוב רוגוזין 14, דירה 52, אשדוד.", [("address", "רחוב רוגוזין 14, דירה 52, אשדוד")]),
    ("יום פתוח ביום ראשון ה-4 בנובמבר בין 10 ל-1, ויש הסעה מהתחנה המרכזית.", []),
    # --- mail forwarding / PO box (Jerusalem; Anglo)
    ("שלום, תיבת דואר פלוס, מדברת הדס.", [("name", "הדס")]),
    ("Hi, sorry, my Hebrew, אני שרה-ליבי גולדברג, יש לי תיבה, מספר 4471.", [("name", "שרה-ליבי גולדברג")]),
    ("תודה שרה-ליבי, החבילות מחכות 14 יום, אחר כך 5 שקלים ליום.", [("name", "שרה-ליבי")]),
    ("forward את זה לכתובת רחוב עזה 38, קומה 2, ירושלים, מיקוד 9242310", [("address", "רחוב עזה 38, קומה 2, ירושלים, מיקוד 9242310")]),
    ("המייל sarahlibby at gmail dot com, sarah with an h", [("email", "sarahlibby at gmail dot com")]),
    (f"ובאמריקן אקספרס, {_he_amex}", [("card", _he_amex)]),
    ("יש לך 3 חבילות ממתינות, אחת מאמזון במשקל 2.4 קילו, מספר מעקב RR 4471 0093 IL.", []),
    # --- meat box delivery (Beit Shemesh)
    ("קצביית הגולן, משלוחים, שלום.", []),
    ("שלום, מדבר אליהו דהן, אני רוצה לשנות כתובת למשלוח.", [("name", "אליהו דהן")]),
    ("תמסרו לרחוב נחל שורק 17, בית שמש.", [("address", "רחוב נחל שורק 17, בית שמש")]),
    ("הסל הגדול 540 שקל, 6 קילו בקר, משלוח כל יום חמישי עד 2 בצהריים.", []),
    ("אפס חמש שמונה, ארבע ארבע, שבעים ושתיים, תשעים ואחת", [("phone", "אפס חמש שמונה, ארבע ארבע, שבעים ושתיים, תשעים ואחת")], "ומספר נייד?"),
    (f"תחייבו מאסטרקארד {say(_he_mc, 'he', ' ')}", [("card", say(_he_mc, 'he', ' '))]),
    # --- rehab clinic (Tel Aviv)
    ("מרכז גמילה \"דרך חדשה\", קבלה.", []),
    ("שלום, קוראים לי נוי, נוי שטרן, אני מתקשרת בשביל האח שלי, אבל התשלום עליי.", [("name", "נוי"), ("name", "נוי שטרן")]),
    ("תכנית של 28 יום עולה 38,000 שקל, והקופה מחזירה עד 60 אחוז.", []),
    (f"ההוראת קבע מחשבון {_he_iban2}", [("iban", _he_iban2)]),
    (f"תעודת זהות שלי {' '.join(_he_tz5[i:i+3] for i in range(0, 9, 3))}", [("id", ' '.join(_he_tz5[i:i+3] for i in range(0, 9, 3)))]),
    ("noy.stern1 שטרודל walla נקודה co נקודה il", [("email", "noy.stern1 שטרודל walla נקודה co נקודה il")], "מה כתובת המייל?"),
    # --- plumbing supplies wholesale (Umm al-Fahm; Arab citizen)
    ("סיטונאות אינסטלציה אלג'בארין, כן?", []),
    ("שלום, אני מוחמד מחאג'נה, קבלן, אני צריך 50 צינורות של 32.", [("name", "מוחמד מחאג'נה")]),
    ("50 צינורות ב-18 שקל, ו-20 ברזים ב-75, סך הכל 2,400 לפני מע\"מ.", []),
    ("הטלפון שלי +972 50 634 1187", [("phone", "+972 50 634 1187")]),
    (f"תעודת זהות {_he_tz6}, עוסק מורשה אותו מספר", [("id", _he_tz6)]),
    ("החשבונית מספר 20240917 נשלחה ביום שני.", []),
]

_he_iban4 = iban("IL", "0310990000000567890")
_he_iban5 = iban("IL", "0176120000000314159")
_he_iban_de = iban("DE", "120300000012345678")
_he_visa2 = card("4263", 16)
_he_mc2 = card("5105", 16, (4, 4, 4, 4), "-")
HE += [
    # --- market research panel (Petah Tikva)
    ("שלום, אני מתקשרת ממכון מדגם לסקרים, הסקר לוקח 12 דקות ומקבלים 30 שקל.", []),
    ("שאלה 5: כמה פעמים בחודש האחרון הזמנת אוכל באפליקציה? 1 עד 3, 4 עד 6, או יותר?", []),
    ("אה, יום הולדת, שתיים בספטמבר תשעים ואחת.", [("date_of_birth", "שתיים בספטמבר תשעים ואחת")], "לצורך התשלום, מה תאריך הלידה?"),
    ("המייל אביטל אנדרסקור ל שטרודל ג'ימייל נקודה קום", [("email", "אביטל אנדרסקור ל שטרודל ג'ימייל נקודה קום")]),
    (f"תעבירו לחשבון {_he_iban3}", [("iban", _he_iban3)]),
    # --- photocopier leasing (Bnei Brak)
    ("ליסינג מכונות צילום, שלום.", []),
    ("המכונה הצבעונית 690 שקל לחודש, חוזה ל-36 חודשים, 5,000 עמודים כלולים.", []),
    ("תשלחו לכתובת רחוב רבי עקיבא 102, קומה 4, בני ברק.", [("address", "רחוב רבי עקיבא 102, קומה 4, בני ברק")]),
    ("טלפון במשרד אפס שלוש, שש שמונה אחת, ארבע שתיים תשע שבע", [("phone", "אפס שלוש, שש שמונה אחת, ארבע שתיים תשע שבע")]),
    (f"דיינרס {_he_diners}", [("card", _he_diners)], "באיזה כרטיס תשלמו?"),
    (f"חשבון להוראת קבע {_he_iban4}", [("iban", _he_iban4)]),
    ("הטכנאי יתקין ביום שני ה-3 בחודש, ומספר החוזה 2024-0331.", []),
    # --- outdoor advertising (Eilat)
    ("שילוט חוצות אילת, שלום.", []),
    ("השלט בכניסה לעיר, ליד קניון מול הים, 12,000 שקל לחודש, 6 על 3 מטר.", []),
    (f"ההעברה תהיה מהחשבון שלי בגרמניה, {_he_iban_de}", [("iban", _he_iban_de)]),
    (f"מספר ת.ז. {_he_tz7[:4]} {_he_tz7[4:]}", [("id", f"{_he_tz7[:4]} {_he_tz7[4:]}")]),
    ("הקמפיין מתחיל ב-1 ביוני ל-3 חודשים, ההדפסה 8,000 שקל עלינו.", []),
    # --- open-air cinema (Jerusalem)
    ("קולנוע תחת כוכבים, בגן סאקר, 4 כרטיסים לשבת ב-8 וחצי, 45 שקל לכרטיס.", []),
    (f"ויזה {_he_visa2}, תוקף 09/27", [("card", _he_visa2)]),
    ("נייד חמישים וארבע, שלוש שלוש שמונה, תשעים, אפס חמש", [("phone", "חמישים וארבע, שלוש שלוש שמונה, תשעים, אפס חמש")]),
    ("המושבים בשורה ג', 14 עד 17, מספר הזמנה 88213.", []),
    # --- rehab / retirement follow-ups
    ("תאריך לידה 14.02.1979", [("date_of_birth", "14.02.1979")]),
    ("אני ילידת 3/11/64", [("date_of_birth", "3/11/64")]),
    (f"ואם צריך, ת\"ז של בעלי... לא, רגע, שלי: {_he_tz8}", [("id", _he_tz8)]),
    ("המייל שלי הוא dima_k77@mail.ru", [("email", "dima_k77@mail.ru")]),
    (f"כרטיס {_he_mc2}", [("card", _he_mc2)]),
    (f"החשבון {_he_iban5[:9]}... {_he_iban5[10:]}, סליחה, עוד פעם: {_he_iban5}", [("iban", f"{_he_iban5[:9]}... {_he_iban5[10:]}"), ("iban", _he_iban5)]),
    ("טלפון בבית 08-6412239", [("phone", "08-6412239")]),
    ("תתקשרו לבן שלי? לא, תתקשרו אליי, +972-52-8813-604", [("phone", "+972-52-8813-604")]),
    # --- non-personal, number- and name-heavy
    ("הסניף שלנו ברחוב ז'בוטינסקי, מול בית החולים בילינסון, פתוח מ-8 עד 20.", []),
    ("החיוב של 1,290 שקל ירד ב-15 לחודש, כמו כל חודש מאז ינואר 2022.", []),
    ("מספר הפנייה 550-3381-27, תשמרי אותו.", []),
    ("המשלוח יגיע ביום רביעי, 12 באוגוסט, בין 9 ל-13.", []),
    ("הטיסה LY 315 נוחתת ב-6:40, והחבילה שוקלת 23 קילו.", []),
    ("קניתי את המקרר בשקם אלקטריק ב-2019 ב-4,990 שקל.", []),
    ("יש 20 אחוז הנחה עד סוף החודש, כלומר עד ה-30 בנובמבר.", []),
    ("הוויקנד הבא זה ראש השנה, אז אנחנו סגורים מה-2 עד ה-4.", []),
    ("היתרה לתשלום 3,450 שקל בשלושה תשלומים של 1,150.", []),
    ("הדגם הוא RX-7420, עם אחריות של 24 חודשים.", []),
    ("שמעון פרס זה שם של הרחוב? לא, זה הכיכר ליד הקניון, תפנו שם שמאלה.", []),
    ("מספר ההזמנה 7712 0045 8891 3320, ובדרך כלל זה לוקח 3 עד 5 ימי עסקים.", []),
]

_he_card9 = card("4478", 16)
HE += [
    ("הכתובת למשלוח: רחוב הנביאים 9, דירה 3, חיפה", [("address", "רחוב הנביאים 9, דירה 3, חיפה")]),
    (f"המספר של הכרטיס {say(_he_card9, 'he_m', ', ')}", [("card", say(_he_card9, 'he_m', ', '))]),
    ("yossi.levi שטרודל hotmail נקודה com", [("email", "yossi.levi שטרודל hotmail נקודה com")], "תגיד לי מייל לקבלה"),
    ("עשרים ושבע בינואר, אלפיים ושלוש", [("date_of_birth", "עשרים ושבע בינואר, אלפיים ושלוש")], "ומה תאריך הלידה של המתאמן?"),
]

# ---------------------------------------------------------------- Greek
_EL_T = {10: "δέκα", 11: "έντεκα", 12: "δώδεκα", 13: "δεκατρία", 14: "δεκατέσσερα", 15: "δεκαπέντε",
         16: "δεκαέξι", 17: "δεκαεφτά", 18: "δεκαοχτώ", 19: "δεκαεννιά"}
_EL_TENS = ["", "", "είκοσι", "τριάντα", "σαράντα", "πενήντα", "εξήντα", "εβδομήντα", "ογδόντα", "ενενήντα"]


def el_pairs(digits, sep=" "):
    """Greek phone-style reading: pairs of digits as numbers ('67' -> 'εξήντα εφτά')"""
    out = []
    for i in range(0, len(digits), 2):
        p = digits[i:i + 2]
        if len(p) == 1 or p[0] == "0":
            out.append(say(p, "el"))
        elif int(p) < 20:
            out.append(_EL_T[int(p)])
        else:
            t = _EL_TENS[int(p[0])]
            out.append(t if p[1] == "0" else t + " " + WORDS["el"][int(p[1])])
    return sep.join(out)


_el_afm = [afm(p) for p in ("04821937", "11729384", "06934518", "13388201", "09150276", "16207743", "02418865", "12673390")]
_el_iban_gr = [iban("GR", b) for b in ("01101250000000012300695", "01722520005252014857731", "02607120000000234567891", "01405240524002101234567")]
_el_iban_cy = [iban("CY", b) for b in ("002001950000357001234567", "005002700000000012345678")]
_el_cards = [card("4797", 16), card("5168", 16, 0), card("4539", 16), card("3787", 15, (4, 6, 5)), card("5217", 16), card("4000", 16, (4, 4, 4, 4), "-"), card("6763", 19, (4, 4, 4, 4, 3)), card("4485", 16)]

EL = [
    # --- oncology clinic (Thessaloniki; older)
    ("Ογκολογικό Κέντρο Θεσσαλονίκης, καλημέρα σας, είμαι η Δέσποινα.", [("name", "Δέσποινα")]),
    ("Καλημέρα κορίτσι μου, με λένε Σταυρούλα Παπαθανασίου, για το ραντεβού της χημειοθεραπείας.", [("name", "Σταυρούλα Παπαθανασίου")]),
    ("Μάλιστα κυρία Παπαθανασίου, το ραντεβού σας είναι την Τρίτη στις 8:30, κύκλος 3 από 6.", [("name", "Παπαθανασίου")]),
    ("Ημερομηνία γέννησης; Δώδεκα Μαρτίου του πενήντα οχτώ.", [("date_of_birth", "Δώδεκα Μαρτίου του πενήντα οχτώ")]),
    (f"ΑΦΜ {say(_el_afm[0], 'el')}", [("id", say(_el_afm[0], 'el'))], "Μου λέτε το ΑΦΜ σας για την απόδειξη;"),
    (f"Το κινητό μου είναι {el_pairs('6945671203', ', ')}.", [("phone", el_pairs('6945671203', ', '))]),
    ("Η συμμετοχή είναι 25 ευρώ και το παραπεμπτικό ισχύει 30 μέρες.", []),
    ("μένω στην οδό Εγνατίας 112 τρίτος όροφος Θεσσαλονίκη 54630", [("address", "οδό Εγνατίας 112 τρίτος όροφος Θεσσαλονίκη 54630")]),
    # --- padel club (Athens; young)
    ("Padel Glyfada, γεια σας!", []),
    ("Γεια, είμαι ο Άρης, Αριστοτέλης Καλογεράκης, θέλω να κλείσω γήπεδο.", [("name", "Άρης"), ("name", "Αριστοτέλης Καλογεράκης")]),
    ("Το γήπεδο 4 είναι ελεύθερο το Σάββατο στις 10:30, 90 λεπτά, 40 ευρώ για τέσσερις.", []),
    ("aris.kalog παπάκι gmail τελεία com", [("email", "aris.kalog παπάκι gmail τελεία com")], "Ένα email για την επιβεβαίωση;"),
    (f"Πληρώνω με κάρτα, {_el_cards[0]}.", [("card", _el_cards[0])]),
    ("η συνδρομή είναι 65 ευρώ το μήνα για 12 μήνες", []),
    # --- pet cremation (Athens)
    ("Καλησπέρα, Ουράνιο Τόξο, αποτέφρωση κατοικιδίων.", []),
    ("Καλησπέρα, λέγομαι Φωτεινή Αλεξίου, ο σκύλος μας ο Ρεξ πέθανε σήμερα το πρωί.", [("name", "Φωτεινή Αλεξίου")]),
    ("Λυπάμαι πολύ κυρία Φωτεινή. Μπορούμε να έρθουμε σήμερα μεταξύ 2 και 4.", [("name", "Φωτεινή")]),
    ("Η διεύθυνση είναι Λεωφόρος Κηφισίας 214, Μαρούσι, ΤΚ 15124, δεύτερος όροφος.", [("address", "Λεωφόρος Κηφισίας 214, Μαρούσι, ΤΚ 15124, δεύτερος όροφος")]),
    ("Η ατομική αποτέφρωση για σκύλο 25 κιλών είναι 280 ευρώ και το αποτύπωμα πατούσας 40.", []),
    (f"Σταθερό {el_pairs('2106123487', ' ')}", [("phone", el_pairs('2106123487', ' '))]),
    # --- prosthetics clinic (Limassol, Cyprus)
    ("Κέντρο Προσθετικής Λεμεσού, καλημέρα.", []),
    ("Καλημέρα, εν ο Χαράλαμπος Γεωργίου, ο Λάμπρος, είχα ραντεβού για την πρόθεση.", [("name", "Χαράλαμπος Γεωργίου"), ("name", "Λάμπρος")]),
    ("Ναι κύριε Γεωργίου, το ΓεΣΥ καλύπτει το 80% και εσείς πληρώνετε 640 ευρώ.", [("name", "Γεωργίου")]),
    ("Το τηλέφωνο μου εν ενενήντα εννιά, τριάντα τέσσερα, εξήντα εφτά, είκοσι ένα.", [("phone", "ενενήντα εννιά, τριάντα τέσσερα, εξήντα εφτά, είκοσι ένα")]),
    (f"Για την επιστροφή, ΙΒΑΝ {_el_iban_cy[0]}", [("iban", _el_iban_cy[0])]),
    ("Μένω Λεμεσό, οδός Αγίας Φυλάξεως 45, διαμέρισμα 3, 3025.", [("address", "Λεμεσό, οδός Αγίας Φυλάξεως 45, διαμέρισμα 3, 3025")]),
    ("Η πρόβα είναι στις 11 Μαρτίου στις 9:15, στο δωμάτιο 6.", []),
    # --- recording studio (Athens; young musician)
    ("Studio Ρεμπέτικο Ήχος, ο Βαγγέλης.", [("name", "Βαγγέλης")]),
    ("Γεια σου, η Ντίνα εδώ, από τους Κόκκινους Λύκους.", [("name", "Ντίνα")]),
    ("Η μέρα είναι 350 ευρώ με ηχολήπτη, η μίξη 120 το κομμάτι, άρα για 8 κομμάτια 960.", []),
    (f"Πληρώνω με IRIS? Όχι, με κάρτα: {say(_el_cards[1], 'el')}", [("card", say(_el_cards[1], 'el'))]),
    ("ntina underscore rock παπάκι yahoo τελεία gr", [("email", "ntina underscore rock παπάκι yahoo τελεία gr")]),
    (f"Και το ΙΒΑΝ για την προκαταβολή, {_el_iban_gr[0]}.", [("iban", _el_iban_gr[0])]),
    # --- refrigeration repair (Piraeus; taverna owner)
    ("Ψυκτική Πειραιά, παρακαλώ.", []),
    ("Ναι γεια σας, ο Γιάννης ο Μαυρίδης είμαι, από την ταβέρνα, ο θάλαμος δεν ψύχνει.", [("name", "Γιάννης ο Μαυρίδης")]),
    ("Εντάξει κύριε Μαυρίδη, ο τεχνικός έρχεται αύριο 10 με 12, η επίσκεψη 60 ευρώ συν ΦΠΑ 24%.", [("name", "Μαυρίδη")]),
    (f"ΑΦΜ: {_el_afm[1]}", [("id", _el_afm[1])], "Για το τιμολόγιο, το ΑΦΜ σας;"),
    ("Η διεύθυνση, Ακτή Θεμιστοκλέους 88, Πειραιάς, δίπλα στο περίπτερο.", [("address", "Ακτή Θεμιστοκλέους 88, Πειραιάς")]),
    ("Ο συμπιεστής είναι 7 χρονών και το ψυγείο δείχνει συν 9 αντί για 3.", []),
]
LANGS["el"] = EL

EL += [
    # --- retirement home / KAPI-style residence (Patras; older man)
    ("Οίκος Ευγηρίας Άγιος Ανδρέας, καλημέρα σας.", []),
    ("Καλημέρα, ονομάζομαι Παναγιώτης Κωνσταντόπουλος, ρωτάω για τη μητέρα μου, αλλά εγώ θα πληρώνω.", [("name", "Παναγιώτης Κωνσταντόπουλος")]),
    ("Το μονόκλινο είναι 1.850 ευρώ το μήνα, και το δίκλινο 1.400, με πλήρη διατροφή.", []),
    (f"ΑΦΜ {_el_afm[2][:3]} {_el_afm[2][3:6]} {_el_afm[2][6:]}", [("id", f"{_el_afm[2][:3]} {_el_afm[2][3:6]} {_el_afm[2][6:]}")], "Το ΑΦΜ του πληρωτή;"),
    (f"Πάγια εντολή από το {_el_iban_gr[1]}", [("iban", _el_iban_gr[1])]),
    ("Κινητό: 697 412 8850", [("phone", "697 412 8850")]),
    ("Η διεύθυνσή μου είναι Κορίνθου 57, Πάτρα, 26223.", [("address", "Κορίνθου 57, Πάτρα, 26223")]),
    ("Η επίσκεψη στις εγκαταστάσεις μπορεί να γίνει την Κυριακή 4 Νοεμβρίου στις 11.", []),
    # --- mail forwarding / PO box (Nicosia)
    ("Ταχυθυρίδες Λευκωσίας, καλησπέρα σας.", []),
    ("Καλησπέρα, είμαι η Έλενα Χριστοδούλου, έχω θυρίδα 4471 και θέλω να την ανανεώσω.", [("name", "Έλενα Χριστοδούλου")]),
    ("Η ανανέωση είναι 85 ευρώ το χρόνο, και έχετε 3 δέματα που περιμένουν.", []),
    (f"Κάρτα {_el_cards[2]}", [("card", _el_cards[2])]),
    ("elena.christo παπάκι cytanet τελεία com τελεία cy", [("email", "elena.christo παπάκι cytanet τελεία com τελεία cy")]),
    ("Γεννήθηκα στις 9 Ιουλίου 1983.", [("date_of_birth", "9 Ιουλίου 1983")]),
    (f"Και το ΙΒΑΝ για επιστροφές {_el_iban_cy[1]}", [("iban", _el_iban_cy[1])]),
    # --- meat box delivery (Larissa)
    ("Κρεοπωλείο Θεσσαλικός Κάμπος, παραγγελίες.", []),
    ("Γεια σας, είμαι ο Θοδωρής Ζαφειρίου, θέλω να αλλάξω τη διεύθυνση παράδοσης.", [("name", "Θοδωρής Ζαφειρίου")]),
    ("Στείλτε το στην Παπαναστασίου 23, Λάρισα, τρίτος όροφος, κουδούνι Ζαφειρίου.", [("address", "Παπαναστασίου 23, Λάρισα, τρίτος όροφος")]),
    ("Το μεγάλο κουτί είναι 64,90 ευρώ, 4 κιλά μοσχάρι και 2 κιλά κοτόπουλο, κάθε Παρασκευή.", []),
    (f"Το κινητό μου εξήντα εννιά, {el_pairs('38224109', ' ')}", [("phone", f"εξήντα εννιά, {el_pairs('38224109', ' ')}")]),
    (f"Χρέωσέ το στην Amex, {_el_cards[3]}", [("card", _el_cards[3])]),
    # --- rehab clinic (Athens)
    ("Κέντρο Απεξάρτησης Νέα Αρχή, γραμματεία.", []),
    ("Γεια σας, η Κατερίνα Λαμπράκη είμαι, για τον αδερφό μου, αλλά η ασφάλεια είναι στο όνομά μου.", [("name", "Κατερίνα Λαμπράκη")]),
    ("Το πρόγραμμα των 28 ημερών κοστίζει 6.400 ευρώ, και ο ΕΟΠΥΥ καλύπτει το 40%.", []),
    ("γεννήθηκα το ογδόντα εφτά, είκοσι τρεις Οκτωβρίου", [("date_of_birth", "ογδόντα εφτά, είκοσι τρεις Οκτωβρίου")]),
    (f"ΑΦΜ {say(_el_afm[3][:5], 'el')}, {_el_afm[3][5:]}", [("id", f"{say(_el_afm[3][:5], 'el')}, {_el_afm[3][5:]}")]),
    ("katerina κάτω παύλα lamp παπάκι hotmail τελεία com", [("email", "katerina κάτω παύλα lamp παπάκι hotmail τελεία com")]),
    ("Το ραντεβού για αξιολόγηση είναι τη Δευτέρα 14 του μήνα στις 12:00.", []),
    # --- photocopier leasing (Heraklion)
    ("Κρητική Φωτοτυπική, καλημέρα, ο Μανώλης.", [("name", "Μανώλης")]),
    ("Καλημέρα, εδώ Ειρήνη Σφακιανάκη, από το λογιστικό γραφείο Σφακιανάκη και Συνεργάτες.", [("name", "Ειρήνη Σφακιανάκη")]),
    ("Το μηχάνημα είναι 79 ευρώ το μήνα για 60 μήνες, με 3.000 σελίδες και μετά 0,008 η σελίδα.", []),
    (f"Το ΑΦΜ της επιχείρησης; Όχι, το προσωπικό μου, {_el_afm[4]}.", [("id", _el_afm[4])]),
    ("Παράδοση στην Λεωφόρο Ικάρου 34, Ηράκλειο 71307, ισόγειο.", [("address", "Λεωφόρο Ικάρου 34, Ηράκλειο 71307, ισόγειο")]),
    ("Ο τεχνικός έρχεται στις 28 του μήνα στις 2, και το παλιό Canon επιστρέφεται.", []),
]

_el_iban_gr5 = iban("GR", "01108830000088300123456")
EL += [
    # --- market research panel (phone survey)
    ("Καλησπέρα σας, σας καλώ από την εταιρεία ερευνών Μέτρον, η έρευνα διαρκεί 15 λεπτά.", []),
    ("Ερώτηση 4: πόσες φορές τις τελευταίες 30 μέρες παραγγείλατε φαγητό; 1 με 3, 4 με 6, ή περισσότερες;", []),
    ("εεε, πρώτη Φεβρουαρίου του ενενήντα πέντε", [("date_of_birth", "πρώτη Φεβρουαρίου του ενενήντα πέντε")], "Για το δώρο χρειαζόμαστε ημερομηνία γέννησης."),
    ("Είμαι η Βούλα, Παρασκευή Βούλγαρη κανονικά.", [("name", "Βούλα"), ("name", "Παρασκευή Βούλγαρη")]),
    ("voula.voulgari παπάκι otenet τελεία gr", [("email", "voula.voulgari παπάκι otenet τελεία gr")]),
    (f"Το IBAN μου, {_el_iban_gr[2]}", [("iban", _el_iban_gr[2])]),
    # --- outdoor advertising (Athens)
    ("Διαφημιστικές Πινακίδες Αττικής, καλημέρα.", []),
    ("Η πινακίδα στην Κηφισού, ύψος Αγίου Ιωάννη Ρέντη, κοστίζει 1.200 ευρώ το μήνα, 6 επί 3.", []),
    (f"Τα στοιχεία για το τιμολόγιο: ΑΦΜ {_el_afm[5]}, ΔΟΥ Αμαρουσίου.", [("id", _el_afm[5])]),
    (f"Μεταφορά από το {_el_iban_gr[3]}", [("iban", _el_iban_gr[3])]),
    ("Η καμπάνια ξεκινάει 1η Ιουνίου για 3 μήνες, και η εκτύπωση είναι 800 ευρώ.", []),
    # --- open-air cinema (Athens)
    ("Θερινός Κινηματογράφος Αίγλη, 4 εισιτήρια για το Σάββατο στις 9, 9 ευρώ το εισιτήριο.", []),
    (f"Με κάρτα, {_el_cards[4]}, λήξη 08/27.", [("card", _el_cards[4])]),
    ("στο 6 9 3 2 4 4 1 7 0 8 να μου στείλετε το μήνυμα", [("phone", "6 9 3 2 4 4 1 7 0 8")]),
    ("Είστε στη σειρά Γ, θέσεις 14 έως 17, κωδικός κράτησης 88213.", []),
    # --- plumbing supplies wholesale (Volos)
    ("Είδη Υδραυλικών Βόλου, χονδρική, ναι;", []),
    ("Ο Κώστας ο Τσιρίγος, υδραυλικός, θέλω 50 σωλήνες των 32 και 20 μπαταρίες.", [("name", "Κώστας ο Τσιρίγος")]),
    ("50 σωλήνες προς 4,80 και 20 μπαταρίες προς 38, σύνολο 1.000 ευρώ πριν ΦΠΑ.", []),
    (f"Κάρτα {_el_cards[5]}", [("card", _el_cards[5])]),
    (f"ΑΦΜ {_el_afm[6]}", [("id", _el_afm[6])], "Τιμολόγιο ή απόδειξη; Το ΑΦΜ σας;"),
    ("+30 2421 054 386 το μαγαζί", [("phone", "+30 2421 054 386")]),
    ("Το τιμολόγιο 20240917 εκδόθηκε τη Δευτέρα.", []),
    # --- quiz night (Nicosia bar; young Cypriots)
    ("Quiz night στο Πάπυρος Bar, τραπέζι για 6 την Τετάρτη 23, 5 ευρώ το άτομο, και το έπαθλο 420.", []),
    ("Εν η Μαρίνα, η Μαρινούλα, της ομάδας Οι Φωστήρες.", [("name", "Μαρίνα"), ("name", "Μαρινούλα")]),
    ("Το κινητό μου +357 96 581 204", [("phone", "+357 96 581 204")]),
    ("marinoulaa97@gmail.com", [("email", "marinoulaa97@gmail.com")], "Στείλε μου email να σου στείλω τους κανόνες."),
    ("Ο γύρος 7 είναι ο μουσικός, 10 ερωτήσεις από 2 πόντους.", []),
    # --- more values (various calls)
    (f"Η Maestro μου, {_el_cards[6]}", [("card", _el_cards[6])]),
    (f"{say(_el_cards[7], 'el', ', ')}", [("card", say(_el_cards[7], 'el', ', '))], "Τον αριθμό της κάρτας σας παρακαλώ."),
    (f"Το ΑΦΜ είναι {_el_afm[7][:4]}, {_el_afm[7][4:]}", [("id", f"{_el_afm[7][:4]}, {_el_afm[7][4:]}")]),
    (f"Λογαριασμός {_el_iban_gr5}", [("iban", _el_iban_gr5)]),
    ("Ημερομηνία γέννησης 03/05/1961", [("date_of_birth", "03/05/1961")]),
    ("γεννήθηκα το 1949, στις 17 Αυγούστου", [("date_of_birth", "1949, στις 17 Αυγούστου")]),
    ("Είκοσι οχτώ του δεκέμβρη, χίλια εννιακόσια εβδομήντα δύο", [("date_of_birth", "Είκοσι οχτώ του δεκέμβρη, χίλια εννιακόσια εβδομήντα δύο")], "Και η ημερομηνία γέννησης;"),
    ("το email μου είναι t τελεία zafeiriou παπάκι gmail τελεία com", [("email", "t τελεία zafeiriou παπάκι gmail τελεία com")]),
    ("Το σταθερό είναι δύο δέκα, εξήντα επτά, μηδέν τέσσερα, ογδόντα δύο, όχι συγγνώμη, ογδόντα τρία.", [("phone", "δύο δέκα, εξήντα επτά, μηδέν τέσσερα, ογδόντα δύο, όχι συγγνώμη, ογδόντα τρία")]),
    ("Μένω στην Ερμού 16, Ναύπλιο.", [("address", "Ερμού 16, Ναύπλιο")]),
    # --- non-personal, number- and name-heavy
    ("Το κατάστημά μας είναι στην Ερμού, απέναντι από την Καπνικαρέα, ανοιχτά 9 με 9.", []),
    ("Η χρέωση των 129 ευρώ έγινε στις 15 Ιανουαρίου, όπως κάθε μήνα από το 2022.", []),
    ("Ο αριθμός αιτήματος είναι 550-3381-27, κρατήστε τον.", []),
    ("Η παράδοση θα γίνει την Τετάρτη 12 Αυγούστου, 9 με 1.", []),
    ("Η πτήση A3 602 φτάνει στις 6:40 και το δέμα είναι 23 κιλά.", []),
    ("Έκπτωση 20% μέχρι τέλος του μήνα, δηλαδή ως τις 30 Νοεμβρίου.", []),
    ("Το υπόλοιπο είναι 345 ευρώ σε 3 δόσεις των 115.", []),
    ("Το μοντέλο είναι RX-7420 με εγγύηση 24 μηνών.", []),
    ("Στην Αγίου Δημητρίου, μετά το φανάρι στρίψτε δεξιά στην Ελευθερίου Βενιζέλου.", []),
    ("Ο αριθμός παραγγελίας 4417 0093 2281 6650, θα χρειαστεί για τον οδηγό.", []),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    for lang, items in LANGS.items():
        rows = build(items)
        texts = [r["text"] for r in rows]
        assert len(set(texts)) == len(texts), "duplicate text in " + lang
        with open(os.path.join(OUT, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        counts = {}
        for r in rows:
            for s in r["spans"]:
                counts[s["kind"]] = counts.get(s["kind"], 0) + 1
        np = sum(1 for r in rows if not r["spans"])
        print(lang, len(rows), "items,", sum(counts.values()), "spans,", np, "non-personal",
              dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
