#!/usr/bin/env python3
"""Generator of the held-out redaction evaluation set "blind11".

Written by a helper session working only from a written brief. That session never read the
redactor, its rules, its tests or any other evaluation set or generator; every line below was
composed from the brief and general knowledge of how people talk on customer-service calls.

Output: data/redaction/blind11/{en,ar,he,el}.jsonl, one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}
- kind is one of: card, iban, id, phone, email, date_of_birth, name, address.
- start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive), computed here by
  searching for each span's substring (in text order) and asserted.
- context (optional) is an earlier line of the same call; it is not scored.
- Items with empty spans are non-personal and must come out unchanged.

Card, IBAN and ID values are invented and their check digits computed below; long numbers in
the non-personal items are asserted to fail those checks. Deterministic: standard library only,
no randomness.
"""
import json
import os
import re
import sys

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}

# ---------------------------------------------------------------- check-digit helpers
def luhn_ok(d):
    d = re.sub(r"\D", "", d)
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError(prefix)


def tz_ok(d):  # Israeli Teudat Zehut: 9 digits, weights 1,2,1,2,... (same as Luhn on 9 digits)
    return len(d) == 9 and d.isdigit() and luhn_ok(d)


def tz_complete(prefix8):
    assert len(prefix8) == 8
    return luhn_complete(prefix8)


def afm_ok(d):  # Greek AFM
    if len(d) != 9 or not d.isdigit():
        return False
    s = sum(int(d[i]) * (2 ** (8 - i)) for i in range(8))
    return (s % 11) % 10 == int(d[8])


def afm_complete(prefix8):
    s = sum(int(prefix8[i]) * (2 ** (8 - i)) for i in range(8))
    return prefix8 + str((s % 11) % 10)


def saudi_ok(d):  # Saudi national ID (1...) / Iqama (2...)
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and int(a) < 900 and g != "00" and n != "0000"


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    out = f"{cc}{chk:02d}{bban}"
    assert iban_ok(out)
    return out


def group(s, n=4, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- spoken digits
DIGITS = {
    "en": "zero one two three four five six seven eight nine".split(),
    "ar": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "he": "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split(),   # feminine (digits)
    "hem": "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split(),  # masculine
    "el": "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split(),
}


def say(lang, digits, sep=" ", oh=False):
    """Digits spoken one by one (only digits of `digits` are read)."""
    out = []
    for ch in digits:
        if ch.isdigit():
            w = DIGITS[lang][int(ch)]
            if oh and ch == "0":
                w = "oh"
            out.append(w)
    return sep.join(out)


AR_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FROM_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def indic(s):
    return s.translate(AR_INDIC)


# ---------------------------------------------------------------- item builder
def digit_runs(text):
    """Runs of digits possibly grouped by single spaces, dashes or dots."""
    t = text.translate(FROM_INDIC)
    for m in re.finditer(r"\d+(?:[ .\-/]\d+)*", t):
        yield re.sub(r"\D", "", m.group(0))


def assert_not_personal_number(d, text):
    bad = []
    if 13 <= len(d) <= 19 and luhn_ok(d):
        bad.append("card")
    if len(d) == 9 and (tz_ok(d) or afm_ok(d)):
        bad.append("id9")
    if len(d) == 10 and saudi_ok(d):
        bad.append("saudi")
    assert not bad, (bad, d, text)


def build(items):
    rows = []
    for it in items:
        text, spans = it[0], it[1]
        ctx = it[2] if len(it) > 2 else ""
        b = text.encode("utf-8")
        pos = 0
        out = []
        for kind, sub in spans:
            assert kind in KINDS, kind
            sb = sub.encode("utf-8")
            i = b.find(sb, pos)
            assert i >= 0, (sub, text)
            out.append({"kind": kind, "start": i, "end": i + len(sb)})
            assert b[i:i + len(sb)].decode("utf-8") == sub
            pos = i + len(sb)
        # numbers left outside the spans must fail the check-digit tests
        masked = bytearray(b)
        for s in out:
            masked[s["start"]:s["end"]] = b"|" * (s["end"] - s["start"])
        for d in digit_runs(masked.decode("utf-8")):
            assert_not_personal_number(d, text)
        for m in re.finditer(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)", masked.decode("utf-8")):
            assert not ssn_ok(m.group(0)), (m.group(0), text)   # SSN-shaped numbers left unmarked
        row = {"text": text, "spans": out}
        if ctx:
            row["context"] = ctx
        rows.append(row)
    return rows


LANGS = {}

# ================================================================ languages below
# ---------------------------------------------------------------- English
# Calls: electricity outage (Leeds), pension fund (Dublin), health insurer pre-approval (US),
# furniture delivery (Sydney), school transport (London, Nigerian parent), railway lost
# property (Euston), parking fine appeal, home internet technician, online grocery (Irish),
# mortgage advisor, travel visa agency (Lagos), car service garage (Perth), solar installer
# (Arizona), funeral home, fertility clinic.
EN_VISA = luhn_complete("453201578894512")
EN_AMEX = luhn_complete("37829017462100")
EN_MC = luhn_complete("527683101944730")
EN_VISA13 = luhn_complete("422207319805")
EN_MAES = luhn_complete("676770123456789")            # 16 digits
EN_IBAN_IE = iban_make("IE", "BOFI90001748265013")
EN_IBAN_GB = iban_make("GB", "LOYD30962184726530")
EN_IBAN_GB2 = iban_make("GB", "BARC20035371458903")
EN_SSN1 = "412-67-3358"
EN_SSN2 = "531-08-2264"
EN_SSN3 = "078-41-9902"
EN_IQAMA = luhn_complete("241705836")
EN_TZ = tz_complete("33729148")
for _v in (EN_VISA, EN_AMEX, EN_MC, EN_VISA13, EN_MAES):
    assert luhn_ok(_v) and 13 <= len(_v) <= 19
for _v in (EN_SSN1, EN_SSN2, EN_SSN3):
    assert ssn_ok(_v)
assert saudi_ok(EN_IQAMA) and EN_IQAMA[0] == "2" and tz_ok(EN_TZ)


def _en_groups(d, n=4, sep=", "):
    return sep.join(say("en", g) for g in group(d, n).split())


EN_VISA_SPOKEN = _en_groups(EN_VISA)
EN_SSN1_SPOKEN = "four one two, six seven, three three five eight"
assert re.sub(r"\D", "", EN_SSN1) == "".join(
    str(DIGITS["en"].index(w)) for w in EN_SSN1_SPOKEN.replace(",", "").split())

EN = [
    # electricity outage, Leeds
    ("Hi, yeah, the power's been off since about half six this morning, the whole street's out.", []),
    ("You're through to Northgrid outages, my name's Gareth, can I take the address first?",
     [("name", "Gareth")]),
    ("Yeah it's, um, 14 Clarendon Road, Headingley, LS6 4EA.",
     [("address", "14 Clarendon Road, Headingley, LS6 4EA")],
     "You're through to Northgrid outages, my name's Gareth, can I take the address first?"),
    ("lovely thanks mrs okafor and is there anyone in the house who relies on medical equipment",
     [("name", "okafor")]),
    ("No, no one like that. Just me and the lad.", []),
    ("The fault was logged at 06:42 and we've got engineers on site, estimated restoration is 2:30 this afternoon.", []),
    ("If it goes past twelve hours you'd be due £95 compensation, and then £45 for every further twelve hours.", []),
    ("can i give you my mobile so you can text me when it's back it's oh seven seven double oh nine double oh four six one",
     [("phone", "oh seven seven double oh nine double oh four six one")]),
    ("Sorry, was that nine double oh four six one at the end?",
     [("phone", "nine double oh four six one")],
     "can i give you my mobile so you can text me when it's back it's oh seven seven double oh nine double oh four six one"),
    ("Your reference for this incident is INC 4471 0923, and the outage covers about 340 properties.", []),
    # pension fund, Dublin
    ("Good afternoon, Evergreen Pensions, Niamh speaking, how can I help?", [("name", "Niamh")]),
    ("Hiya, it's Dermot Brennan here, I'm ringing about me pension statement.", [("name", "Dermot Brennan")]),
    ("No problem Dermot, can I just confirm your date of birth?", [("name", "Dermot")]),
    ("It's the twenty-third of the ninth, nineteen fifty-eight.",
     [("date_of_birth", "the twenty-third of the ninth, nineteen fifty-eight")],
     "No problem Dermot, can I just confirm your date of birth?"),
    ("and the phone number we have on file would that still be oh eight seven six three four two two one nine",
     [("phone", "oh eight seven six three four two two one nine")]),
    ("Your fund value at the 31st of December was €184,392.17, and the annual management charge is 0.75%.", []),
    ("I started in the scheme in 1994 so that's thirty years of contributions, and I want to go at sixty-six.", []),
    ("sure it's dermot underscore brennan fifty eight at eircom dot net",
     [("email", "dermot underscore brennan fifty eight at eircom dot net")],
     "And what email address should we send the retirement pack to?"),
    ("For the lump sum, can you give me the IBAN of the account you want it paid into?", []),
    (f"Yeah, hang on, it's {group(EN_IBAN_IE)}.", [("iban", group(EN_IBAN_IE))],
     "For the lump sum, can you give me the IBAN of the account you want it paid into?"),
    ("The retirement options pack goes out within 10 working days, reference PEN 118734.", []),
    # health insurer pre-approval, US
    ("Thank you for calling Crestline Health, this is Marisol, can I have your name and date of birth?",
     [("name", "Marisol")]),
    ("Yes, uh, it's Terrence Washington, T-E-R-R-E-N-C-E, date of birth 04/17/1971.",
     [("name", "Terrence Washington"), ("name", "T-E-R-R-E-N-C-E"), ("date_of_birth", "04/17/1971")]),
    ("okay mister washington and to verify i'll need your full social security number",
     [("name", "washington")]),
    (f"Okay, uh, {EN_SSN1_SPOKEN}.", [("id", EN_SSN1_SPOKEN)],
     "okay mister washington and to verify i'll need your full social security number"),
    ("The MRI is CPT code 72148, and your plan requires prior authorization for anything over $1,500.", []),
    ("It's scheduled for March 18th at 7:45 AM at Lakeview Imaging on Cedar Street.", []),
    ("Your deductible is $2,800 and you've met $1,960 of it so far this year.", []),
    ("um the best callback is three one two five five five oh one eight seven",
     [("phone", "three one two five five five oh one eight seven")]),
    ("Your authorization number is 8830 1274 65, it's valid for 60 days.", []),
    # furniture delivery, Sydney
    ("G'day, it's Shazza from Koala Living, ringing about your sofa delivery.", [("name", "Shazza")]),
    ("Oh, right, yeah. Is that still coming Thursday?", []),
    ("Yep, Thursday the 14th, between 8 and 12. Can I just confirm the delivery address?", []),
    ("Unit 5, 22 Banksia Street, Marrickville, NSW 2204.",
     [("address", "Unit 5, 22 Banksia Street, Marrickville, NSW 2204")],
     "Yep, Thursday the 14th, between 8 and 12. Can I just confirm the delivery address?"),
    ("and the driveway's pretty steep so tell the boys to park out on the street", []),
    ("best number for the driver is oh four one two five five eight nine oh three",
     [("phone", "oh four one two five five eight nine oh three")]),
    ("Righto, that's the three-seater in Charcoal, order KL-558213, two boxes, $2,349 paid in full.", []),
    ("Cheers Bronwyn, the driver'll give you a ring half an hour before.", [("name", "Bronwyn")]),
    # school transport, London
    ("Good morning, this is Chukwuemeka Okonkwo, my daughter takes the school bus from Peckham.",
     [("name", "Chukwuemeka Okonkwo")]),
    ("Morning Mr Okonkwo, is this about route 17?", [("name", "Okonkwo")]),
    ("yes route seventeen the bus came at eight fifteen and left before eight twenty my daughter missed it", []),
    ("We're moving the pick-up to 7:50 from Monday the 9th of September, there'll be a letter out.", []),
    ("please send it to my email emeka dot okonkwo at yahoo dot co dot uk",
     [("email", "emeka dot okonkwo at yahoo dot co dot uk")]),
    ("The journey is 25 minutes, there are 38 pupils on that route, and the fare is £1.75 a day.", []),
    # railway lost property, Euston
    ("Lost property, Euston, Callum speaking.", [("name", "Callum")]),
    ("Hello, my name is Priya Raman, I left my laptop bag on the 17:23 to Manchester yesterday.",
     [("name", "Priya Raman")]),
    ("Coach C, seat 42, it's a black Dell bag with a red luggage tag.", []),
    ("We've got a match logged under item 66 0192, found at Piccadilly at 19:48.", []),
    ("Can I take a contact number, Priya?", [("name", "Priya")]),
    ("plus four four seven seven double oh nine double oh eight three two",
     [("phone", "plus four four seven seven double oh nine double oh eight three two")],
     "Can I take a contact number, Priya?"),
    ("There's a £20 handling fee and we only keep items for 28 days.", []),
    (f"can i pay by card now yeah it's {EN_VISA_SPOKEN} expiry oh nine twenty seven",
     [("card", EN_VISA_SPOKEN)]),
]
LANGS["en"] = EN


EN_IBAN_GB_LOW = group(EN_IBAN_GB).lower()
EN += [
    # parking fine appeal
    ("Parking Services, you're speaking to Hollie.", [("name", "Hollie")]),
    ("Hi, yes, I am calling to appeal a penalty charge notice, my name is Venkatesh Subramanian.",
     [("name", "Venkatesh Subramanian")]),
    ("Could you spell the surname for me?", []),
    ("S U B R A M A N I A N.", [("name", "S U B R A M A N I A N")], "Could you spell the surname for me?"),
    ("The PCN number is WK 3018 4472 and it was issued on the 2nd of May at 14:07 on Station Parade.", []),
    ("The charge is £70, reduced to £35 if it's paid within 14 days.", []),
    ("i had a valid ticket from the machine it was till three fifteen and the warden came at two fifty", []),
    ("Okay Venkatesh, can I take your date of birth for the appeal record?", [("name", "Venkatesh")]),
    ("Fifth June, 1987.", [("date_of_birth", "Fifth June, 1987")],
     "Okay Venkatesh, can I take your date of birth for the appeal record?"),
    ("and what's the address on the vehicle registration", []),
    ("forty one cranbrook gardens ilford i g one three e s",
     [("address", "forty one cranbrook gardens ilford i g one three e s")],
     "and what's the address on the vehicle registration"),
    ("You'll hear back within 56 days. The car's a 2016 Toyota Corolla, reg ending 7KX, yeah?", []),
    # home internet technician visit, US
    ("Hi, this is Dwayne with FiberLink, I'm the technician booked for your install today.",
     [("name", "Dwayne")]),
    ("Oh good, I'm at 2218 West Maple Avenue, apartment 4B, the buzzer's broken so just call me.",
     [("address", "2218 West Maple Avenue, apartment 4B")]),
    ("no worries ma'am i'm about twenty minutes out traffic on i ninety four is backed up", []),
    ("The plan is 940 megabits for $65 a month for the first 12 months, router model AX3000.", []),
    ("can you just confirm the account holder name for me", []),
    ("Yeah, it's Keisha, Keisha Moore.", [("name", "Keisha"), ("name", "Keisha Moore")],
     "can you just confirm the account holder name for me"),
    ("Thanks Keisha. There's a one-time $99 install fee on the card on file ending 4417.",
     [("name", "Keisha")]),
    # online grocery, Ireland
    ("Hi, I'm ringing about my Fresh Basket order, it never came last night.", []),
    ("Sorry about that. Can I get the email on the account?", []),
    ("it's a o i f e dot m c g r a t h at gmail dot com",
     [("email", "a o i f e dot m c g r a t h at gmail dot com")],
     "Sorry about that. Can I get the email on the account?"),
    ("Thanks Aoife, I can see order 7730215, 43 items, €126.40, and the slot was 6 to 7 pm Tuesday.",
     [("name", "Aoife")]),
    ("The van broke down on the M50 so we've rescheduled you for 9 to 10 tomorrow morning.", []),
    ("grand and can you refund the delivery fee it was four ninety nine", []),
    ("Yep, €4.99 back on the Mastercard, that's 3 to 5 working days.", []),
    # mortgage advisor, UK
    ("Hello, Harbour Mortgages, you're through to Rajinder, how can I help today?", [("name", "Rajinder")]),
    ("Hiya, um, me and my partner are looking at a place in Bristol, asking price is 325 thousand.", []),
    ("With a 10% deposit that's a loan of £292,500 over 30 years, about £1,720 a month at 5.1%.", []),
    ("Could I take both your dates of birth please?", []),
    ("Mine's 19 November 1990 and my partner's is the 2nd of February 1989.",
     [("date_of_birth", "19 November 1990"), ("date_of_birth", "the 2nd of February 1989")],
     "Could I take both your dates of birth please?"),
    ("And the account for the direct debit, do you have the IBAN?", []),
    (f"yeah it's {EN_IBAN_GB_LOW}", [("iban", EN_IBAN_GB_LOW)],
     "And the account for the direct debit, do you have the IBAN?"),
    ("And your current address?", []),
    ("Flat 2, 9 Wellington Terrace, Clifton, Bristol, BS8 4LE.",
     [("address", "Flat 2, 9 Wellington Terrace, Clifton, Bristol, BS8 4LE")], "And your current address?"),
    # travel visa agency, Lagos
    ("Good afternoon, Globepass Visa Services, my name is Funmilayo, how may I help you?",
     [("name", "Funmilayo")]),
    ("Good afternoon ma, I am Oluwaseun Adeyemi, I submitted my UK visitor visa application last week.",
     [("name", "Oluwaseun Adeyemi")]),
    ("Alright Mr Adeyemi, your biometrics appointment is Wednesday the 22nd at 10:30 am at the Ikoyi centre.",
     [("name", "Adeyemi")]),
    ("The visa fee is 115 pounds and our service charge is 45,000 naira.", []),
    ("my number is oh eight oh three four one seven two two six five",
     [("phone", "oh eight oh three four one seven two two six five")]),
    ("Please spell your email for me.", []),
    ("s e u n dot adeyemi eighty eight at gmail dot com",
     [("email", "s e u n dot adeyemi eighty eight at gmail dot com")], "Please spell your email for me."),
    ("Processing is 15 working days and your tracking number is GWF 0728 1153.", []),
]
LANGS["en"] = EN


EN_IBAN_SA = iban_make("SA", "80000000608010167519")
EN_IBAN_IL = iban_make("IL", "0208230000004719365")
EN_IBAN_AE = iban_make("AE", "0260001015678432901")
EN_IBAN_NL = iban_make("NL", "INGB0006382917")
EN_AFM = afm_complete("12893047")
EN_SAUDI = luhn_complete("108853271")
assert afm_ok(EN_AFM) and saudi_ok(EN_SAUDI) and EN_SAUDI[0] == "1"


def _en_spell(s):
    """IBAN spelled out: letters one by one, digits as words."""
    return " ".join(c if c.isalpha() else say("en", c) for c in s.replace(" ", ""))


EN_AMEX_MIXED = f"three seven eight two, {EN_AMEX[4:10]}, {EN_AMEX[10:]}"
EN_V13_CORR = ("four two two two oh seven three one nine eight no sorry nine eight oh five "
               + say("en", EN_VISA13[-1]))
assert EN_VISA13[:12] == "422207319805"
EN_GB2_SPOKEN = _en_spell(EN_IBAN_GB2)
EN_SSN2_SPOKEN = say("en", EN_SSN2, oh=True)
EN_SSN3_SPOKEN = "zero seven eight, four one, nine nine zero two"
assert EN_SSN3 == "078-41-9902"
EN_TZ_SPOKEN = say("en", EN_TZ)
EN += [
    # car service garage, Perth
    (f"Yep, it's a Mastercard, {group(EN_MC)}, expiry oh three twenty-seven.", [("card", group(EN_MC))],
     "Righto, that's $487.60 all up for the service and the pads, how'd you like to pay?"),
    (f"Just reading that back, {'-'.join(group(EN_MC).split())}, yeah?", [("card", '-'.join(group(EN_MC).split()))]),
    (f"um can you put the rest on the other card it's {EN_V13_CORR}", [("card", EN_V13_CORR)],
     "Righto, that's $487.60 all up for the service and the pads, how'd you like to pay?"),
    # solar panel installer, Arizona
    ("The install address is 7741 East Saguaro Vista Drive, Scottsdale, Arizona 85258.",
     [("address", "7741 East Saguaro Vista Drive, Scottsdale, Arizona 85258")]),
    (f"yeah it's {EN_SSN2_SPOKEN}", [("id", EN_SSN2_SPOKEN)],
     "for the financing application i'll need your social security number"),
    ("april third nineteen sixty six", [("date_of_birth", "april third nineteen sixty six")],
     "and date of birth for the credit check"),
    (f"And my wife's social, she's the co-applicant, is {EN_SSN3_SPOKEN}.", [("id", EN_SSN3_SPOKEN)],
     "for the financing application i'll need your social security number"),
    (f"The deposit can go on my Amex, {EN_AMEX_MIXED}.", [("card", EN_AMEX_MIXED)]),
    ("Send the contract to rick dot delgado at cox dot net, please.",
     [("email", "rick dot delgado at cox dot net")]),
    # funeral home, Suffolk
    ("She was born on the 30th of August, 1932, in Ipswich.", [("date_of_birth", "the 30th of August, 1932")],
     "For the registration we'll need your mum's date of birth, if you have it to hand."),
    ("at home that's three orchard close little wenham suffolk",
     [("address", "three orchard close little wenham suffolk")],
     "and the address where she passed away"),
    (f"Okay, so for the refund of the overpayment it's {EN_GB2_SPOKEN}.", [("iban", EN_GB2_SPOKEN)],
     "Which account should we refund the overpayment to? We'd need the IBAN."),
    # fertility clinic, California
    ("my email is jess underscore k underscore nguyen at outlook dot com",
     [("email", "jess underscore k underscore nguyen at outlook dot com")],
     "and an email for the patient portal"),
    ("Date of birth is 12-09-1988.", [("date_of_birth", "12-09-1988")]),
    (f"Oh, and for the card, it's the Maestro, {_en_groups(EN_MAES)}.", [("card", _en_groups(EN_MAES))],
     "The consultation is $350, which card would you like to use?"),
    # health insurer, Riyadh (Indian expat speaking English)
    (f"My iqama number is {EN_IQAMA}, sir.", [("id", EN_IQAMA)]),
    (f"For the reimbursement, my IBAN is {group(EN_IBAN_SA)}.", [("iban", group(EN_IBAN_SA))]),
    (f"yes sir my father is saudi he gave his national id it is {say('en', EN_SAUDI)}",
     [("id", say("en", EN_SAUDI))], "the policy holder's national id please"),
    # real-estate agency, Tel Aviv (Anglo immigrant)
    (f"my teudat zehut is {EN_TZ_SPOKEN}", [("id", EN_TZ_SPOKEN)]),
    ("I live at Rehov Ben Yehuda 112, apartment 9, Tel Aviv, for now anyway.",
     [("address", "Rehov Ben Yehuda 112, apartment 9, Tel Aviv")]),
    (f"The deposit comes from my Israeli account, the IBAN is {EN_IBAN_IL}.", [("iban", EN_IBAN_IL)]),
    ("um it's david dot rosenblum at walla dot co dot il",
     [("email", "david dot rosenblum at walla dot co dot il")], "what's your email, David?"),
    # villa purchase in Cyprus / Greece, London caller
    (f"my Greek tax number, the AFM, is {EN_AFM}", [("id", EN_AFM)]),
    (f"The rent from the Dubai flat goes into {group(EN_IBAN_AE)}, that's Emirates NBD.",
     [("iban", group(EN_IBAN_AE))]),
    (f"or use my dutch account it's {group(EN_IBAN_NL).lower()}",
     [("iban", group(EN_IBAN_NL).lower())]),
]
LANGS["en"] = EN


EN_VERVE = luhn_complete("506099580012345678")   # 19-digit Verve (Nigeria)
assert len(EN_VERVE) == 19 and luhn_ok(EN_VERVE)
EN += [
    (f"I will pay the service charge with my Verve card, {EN_VERVE[:6]} {EN_VERVE[6:12]} {EN_VERVE[12:]}.",
     [("card", f"{EN_VERVE[:6]} {EN_VERVE[6:12]} {EN_VERVE[12:]}")],
     "The visa fee is 115 pounds and our service charge is 45,000 naira."),
]
LANGS["en"] = EN


# ---------------------------------------------------------------- Arabic
# Calls: electricity outage (Riyadh, Gulf), health insurer pre-approval (Dubai, Levantine caller),
# furniture delivery (Cairo, Egyptian), school transport (Amman, Levantine), online grocery
# (Jeddah, Hijazi), car service garage (Abu Dhabi), real-estate agency (Casablanca, Darija),
# travel visa agency (Alexandria), pension fund (Amman, MSA), solar installer (Irbid),
# funeral services (Sharjah), parking fine appeal (Riyadh).
AR_MADA = luhn_complete("588845370162941")
AR_VISA = luhn_complete("446404110298765")
AR_MEEZA = luhn_complete("507803216654019")
AR_MC = luhn_complete("512345096631872")
AR_AMEX = luhn_complete("37612049853301")
AR_VISA2 = luhn_complete("400837215590664")
AR_MC2 = luhn_complete("222100483920175")
AR_NID1 = luhn_complete("110476328")
AR_NID2 = luhn_complete("105932774")
AR_NID3 = luhn_complete("109218805")
AR_IQ1 = luhn_complete("238815406")
AR_IQ2 = luhn_complete("246603917")
AR_IQ3 = luhn_complete("251177043")
AR_TZ = tz_complete("20561837")
for _v in (AR_NID1, AR_NID2, AR_NID3, AR_IQ1, AR_IQ2, AR_IQ3):
    assert saudi_ok(_v)
assert tz_ok(AR_TZ)
AR_IBAN_SA = iban_make("SA", "10000001234509876543")
AR_IBAN_SA2 = iban_make("SA", "65000000501780246119")
AR_IBAN_AE = iban_make("AE", "0330000019102837465")
AR_IBAN_JO = iban_make("JO", "ARAB1180000000118234567500")
AR_IBAN_EG = iban_make("EG", "0003000120000004567891230")
AR_IBAN_MA = iban_make("MA", "007780000123456789012345")
AR_IBAN_SA3 = iban_make("SA", "80000000601234788102")


def _ar_groups(d, n=4, sep="، "):
    return sep.join(say("ar", g) for g in group(d, n).split())


AR_NID1_SPOKEN = say("ar", AR_NID1)
AR_MADA_INDIC = indic(group(AR_MADA))

AR = [
    # electricity outage, Riyadh
    ("السلام عليكم، الكهرباء مقطوعة عندنا من الساعة ثنتين الظهر والحي كله طافي", []),
    ("وعليكم السلام، معك فيصل من مركز بلاغات الأعطال، تفضل", [("name", "فيصل")]),
    ("أنا عبدالله القحطاني، ورقم الاشتراك عندي ٣٠٠٤٥٧٨١", [("name", "عبدالله القحطاني")]),
    ("ممكن العنوان يا أستاذ عبدالله؟", [("name", "عبدالله")]),
    ("حي الملقا، شارع أنس بن مالك، فيلا رقم ١٨", [("address", "حي الملقا، شارع أنس بن مالك، فيلا رقم ١٨")],
     "ممكن العنوان يا أستاذ عبدالله؟"),
    ("البلاغ مسجل برقم ٧٧٠٢٣١٤، والفرقة بتوصل خلال ساعتين إن شاء الله", []),
    ("صفر خمسة خمسة، ثلاثة اثنين واحد، أربعة ثمانية سبعة ستة", [("phone", "صفر خمسة خمسة، ثلاثة اثنين واحد، أربعة ثمانية سبعة ستة")],
     "عطني رقم جوالك للتواصل"),
    ("العطل من محول في شارع التخصصي وفيه تقريبا ١٢٠ بيت متأثر", []),
    ("طيب والتعويض؟ عندي ثلاجة فيها أغراض بأكثر من ٨٠٠ ريال", []),
    # health insurer pre-approval, Dubai
    ("مرحبا، معاك مريم من خدمة العملاء في الواحة للتأمين الصحي", [("name", "مريم")]),
    ("أهلين، أنا اسمي رنا الحلبي، بدي أسأل عن موافقة مسبقة لعملية بالركبة", [("name", "رنا الحلبي")]),
    ("تمام أستاذة رنا، ممكن تاريخ الميلاد؟", [("name", "رنا")]),
    ("مواليد ستة وعشرين نيسان ألف وتسعمية وتسعين", [("date_of_birth", "ستة وعشرين نيسان ألف وتسعمية وتسعين")],
     "تمام أستاذة رنا، ممكن تاريخ الميلاد؟"),
    ("العملية بالمستشفى يوم ١٢ مارس والتكلفة التقديرية ٢٨٬٥٠٠ درهم", []),
    ("التغطية ٨٠٪ والمريض بيدفع ٢٠٪ بحد أقصى ١٠٠٠ درهم بالسنة", []),
    ("الإيميل تبعي rana.halabi90@gmail.com", [("email", "rana.halabi90@gmail.com")]),
    (f"اه تفضلي {group(AR_IBAN_AE)}", [("iban", group(AR_IBAN_AE))], "إذا بدك نحولك الفرق عطيني رقم الآيبان"),
    ("رقم الطلب PA-558210 وبتوصلك رسالة خلال ٤٨ ساعة", []),
    # furniture delivery, Cairo
    ("ألو أيوه أنا بكلمكم عشان أوضة النوم اللي طلبتها من معرض دمياط", []),
    ("أهلا بحضرتك، معاك كريم، ممكن اسم حضرتك؟", [("name", "كريم")]),
    ("أنا محمود عبد الفتاح، والأوردر رقمه ٣٣٤٠٩١", [("name", "محمود عبد الفتاح")]),
    ("تمام يا أستاذ محمود العربية هتطلع يوم السبت من ٩ الصبح لحد ٣ العصر", [("name", "محمود")]),
    ("العنوان ١٤ شارع محمد فريد، الدور الخامس، شقة ١٠، مصر الجديدة",
     [("address", "١٤ شارع محمد فريد، الدور الخامس، شقة ١٠، مصر الجديدة")]),
    ("رقمي صفر واحد اتنين، تمانية تلاتة، خمسة سبعة، صفر، اتنين، تسعة واحد",
     [("phone", "صفر واحد اتنين، تمانية تلاتة، خمسة سبعة، صفر، اتنين، تسعة واحد")]),
    ("الباقي عليك ٤٥٠٠ جنيه تدفعهم كاش للمندوب والتركيب مجاني", []),
    ("ومش عارف الأسانسير شغال ولا لأ والدولاب طوله مترين وعشرين", []),
    # school transport, Amman
    ("مرحبا، أنا أم يزن، ابني بيركب باص المدرسة من خلدا", [("name", "أم يزن")]),
    ("أهلا أم يزن، معك سامر من قسم المواصلات", [("name", "أم يزن"), ("name", "سامر")]),
    ("الباص رقم ٩ صار يتأخر، مبارح إجا الساعة سبعة وخمسة وأربعين", []),
    ("الاشتراك الفصلي ٣٢٠ دينار والدفعة التانية بتستحق بأول شباط", []),
    ("٠٧٩ ٥٥٤ ١٢٣٨", [("phone", "٠٧٩ ٥٥٤ ١٢٣٨")], "ممكن رقم تلفونك يا أم يزن؟"),
    ("خلدا شارع وصفي التل عمارة ٣٠ الطابق التاني", [("address", "خلدا شارع وصفي التل عمارة ٣٠ الطابق التاني")],
     "والعنوان لنقطة التحميل؟"),
    ("في ٢٤ طالب على هالخط والسواق بيلف على ٦ مواقف", []),
    # online grocery, Jeddah
    ("مرحبا، طلبي من تطبيق سلة الخير ما وصل، رقم الطلب ١٠٤٧٧٣٦٢", []),
    ("أبشر، معك تركي، وش اسمك الكريم؟", [("name", "تركي")]),
    ("اسمي نوف الغامدي", [("name", "نوف الغامدي")], "أبشر، معك تركي، وش اسمك الكريم؟"),
    ("حياك الله يا نوف، الطلب فيه ٣٧ منتج بقيمة ٤١٢ ريال و٥٠ هللة", [("name", "نوف")]),
    ("المندوب تأخر بسبب زحمة طريق الملك عبدالعزيز، بيوصلك قبل الساعة ٨ ونص", []),
    (f"ابغى ترجعون المبلغ على بطاقة مدى رقمها {AR_MADA_INDIC}", [("card", AR_MADA_INDIC)]),
    ("ايميلي نوف نقطة الغامدي آت هوتميل دوت كوم", [("email", "نوف نقطة الغامدي آت هوتميل دوت كوم")]),
    (f"رقم الهوية {AR_NID1_SPOKEN}", [("id", AR_NID1_SPOKEN)], "عشان الاسترجاع أحتاج رقم الهوية الوطنية"),
    ("وعندك خصم ١٥٪ على الطلب الجاي لمدة ٣٠ يوم", []),
]
LANGS["ar"] = AR


def _eg(s):
    """Egyptian/Levantine pronunciation of digit words."""
    return s.replace("ثمانية", "تمانية").replace("ثلاثة", "تلاتة").replace("اثنين", "اتنين")


AR_VISA_SPOKEN = _ar_groups(AR_VISA)
AR_MEEZA_SPOKEN = _eg(say("ar", AR_MEEZA))
AR += [
    # car service garage, Abu Dhabi
    ("هلا، معاك سعيد من كراج النخبة، سيارتك اللاندكروزر جاهزة", [("name", "سعيد")]),
    ("هلا والله، أنا حمد الكعبي، السيارة باسمي", [("name", "حمد الكعبي")]),
    ("الفاتورة ١٬٨٧٥ درهم، فيها تغيير زيت وفحمات قدام وفلتر مكيف", []),
    ("السيارة موديل ٢٠١٩ وقاطعة ١٤٢ ألف كيلو", []),
    (f"زين باسدد بالبطاقة الرقم {AR_VISA_SPOKEN}", [("card", AR_VISA_SPOKEN)],
     "تبغى تدفع كاش ولا بطاقة؟"),
    ("الكفالة على الشغل ٦ شهور أو ١٠ آلاف كيلو", []),
    ("ارسلوا الفاتورة على hamad_alkaabi@outlook.com لو سمحت", [("email", "hamad_alkaabi@outlook.com")]),
    ("ورقمي لو احتجتوني ٠٥٠ ٧٧١ ٣٤٠٢", [("phone", "٠٥٠ ٧٧١ ٣٤٠٢")]),
    ("الموعد الجاي للصيانة بعد عشرة آلاف كيلو أو في شهر ١١", []),
    # real-estate agency, Casablanca
    ("ألو السلام معاك خديجة من وكالة دار المنصور العقارية", [("name", "خديجة")]),
    ("سلام، أنا يوسف بنعلي، شفت الإعلان ديال الشقة فالمعاريف", [("name", "يوسف بنعلي")]),
    ("الشقة فيها ٣ بيوت و٩٠ متر، والثمن مليون ومية وخمسين ألف درهم", []),
    ("الكرا ديالها ٦٥٠٠ درهم فالشهر والضمانة شهرين", []),
    ("واش نقدر نشوفها نهار الخميس مع الخمسة ديال العشية؟", []),
    ("عطيني النمرة ديالك آ سي يوسف", [("name", "يوسف")]),
    ("زيرو ستة، واحد اثنين، سبعة ثلاثة، أربعة أربعة، تسعة صفر",
     [("phone", "زيرو ستة، واحد اثنين، سبعة ثلاثة، أربعة أربعة، تسعة صفر")], "عطيني النمرة ديالك آ سي يوسف"),
    ("دابا ساكن ف زنقة ابن بطوطة رقم ١٧، الطابق الثالث، المعاريف، الدار البيضاء",
     [("address", "زنقة ابن بطوطة رقم ١٧، الطابق الثالث، المعاريف، الدار البيضاء")]),
    (f"العربون غادي نديرو بالتحويل، هاهو الرقم ديال الحساب {group(AR_IBAN_MA)}",
     [("iban", group(AR_IBAN_MA))]),
    ("تاريخ الازدياد ديالي تلاتة مارس ألف وتسعمية وستة وتمانين",
     [("date_of_birth", "تلاتة مارس ألف وتسعمية وستة وتمانين")]),
    ("الإيميل youssef.benali@menara.ma", [("email", "youssef.benali@menara.ma")]),
    # travel visa agency, Alexandria
    ("صباح الخير، معاك نهى من شركة الأفق لخدمات التأشيرات", [("name", "نهى")]),
    ("صباح النور يا فندم، أنا اسمي أحمد السيد، عايز أقدم على فيزا شنغن لإيطاليا", [("name", "أحمد السيد")]),
    ("الملف محتاج كشف حساب آخر ٦ شهور ورصيد مش أقل من ١٥٠ ألف جنيه", []),
    ("رسوم السفارة ٩٠ يورو ومصاريف الخدمة ١٢٠٠ جنيه", []),
    ("ميعاد البصمة يوم ٢٧ أكتوبر الساعة ١١ ونص في فرع سموحة", []),
    ("تاريخ ميلادك يا أستاذ أحمد؟", [("name", "أحمد")]),
    ("٠٥/٠٨/١٩٩٢", [("date_of_birth", "٠٥/٠٨/١٩٩٢")], "تاريخ ميلادك يا أستاذ أحمد؟"),
    ("أحمد السيد اتنين وتسعين آت ياهو دوت كوم", [("email", "أحمد السيد اتنين وتسعين آت ياهو دوت كوم")],
     "والإيميل اللي هنبعت عليه التأكيد؟"),
    (f"ميزة رقمها {AR_MEEZA_SPOKEN}", [("card", AR_MEEZA_SPOKEN)], "الرسوم هتدفعها بأنهي كارت؟"),
    ("رقم التتبع بتاع الجواز ٢٢٠٤١٩٧٣ وهيرجع خلال ١٥ يوم عمل", []),
]
LANGS["ar"] = AR


AR_TZ_SPOKEN = _eg(say("ar", AR_TZ))
AR_MC_MIXED = f"{AR_MC[:4]} {AR_MC[4:8]} " + _ar_groups(AR_MC[8:])
AR_AMEX_INDIC = indic(f"{AR_AMEX[:4]} {AR_AMEX[4:10]} {AR_AMEX[10:]}")
AR += [
    # pension fund, Amman (MSA)
    ("يرجى تزويدنا برقم الحساب البنكي بصيغة الآيبان لتحويل الراتب التقاعدي", []),
    (f"رقم الآيبان هو {group(AR_IBAN_JO)}", [("iban", group(AR_IBAN_JO))],
     "يرجى تزويدنا برقم الحساب البنكي بصيغة الآيبان لتحويل الراتب التقاعدي"),
    ("الأول من كانون الثاني عام ألف وتسعمائة وتسعة وخمسين",
     [("date_of_birth", "الأول من كانون الثاني عام ألف وتسعمائة وتسعة وخمسين")], "ما هو تاريخ ميلادك من فضلك؟"),
    ("الراتب التقاعدي ٤٨٥ ديناراً شهرياً اعتباراً من الأول من تموز", []),
    ("مدة الاشتراك ٣٢ سنة و٤ أشهر، ونسبة الزيادة السنوية ٢٪", []),
    ("رقم المعاملة لدينا ٥٥١٨٣ لعام ٢٠٢٤", []),
    ("أسكن في عمان، جبل اللويبدة، شارع الكلية العلمية الإسلامية، بناية ١١",
     [("address", "عمان، جبل اللويبدة، شارع الكلية العلمية الإسلامية، بناية ١١")]),
    # solar panel installer, Nazareth (Arab citizen of Israel)
    ("مرحبا بدي أركب ألواح شمسية على سطح البيت السطح تقريبا ٨٠ متر", []),
    ("النظام ١٠ كيلوواط بيكلف حوالي ٤٢ ألف شيكل وبيرجع حاله خلال ٦ سنين", []),
    (f"اه رقم الهوية {AR_TZ_SPOKEN}", [("id", AR_TZ_SPOKEN)], "عشان العقد بدي رقم هويتك"),
    ("العنوان الناصرة، حي الصفافرة، شارع ٦٠٥٢، بيت رقم ٤", [("address", "الناصرة، حي الصفافرة، شارع ٦٠٥٢، بيت رقم ٤")]),
    ("مرتي هي اللي بتحكي معكم رقمها صفر خمسة اتنين ستة ستة واحد أربعة سبعة صفر تسعة",
     [("phone", "صفر خمسة اتنين ستة ستة واحد أربعة سبعة صفر تسعة")]),
    ("الفني بيجي يوم الأحد ١٤ بالشهر بين ٨ و١٠ الصبح", []),
    # funeral services, Dammam
    ("عظم الله أجركم، معكم مكتب الرحمة لخدمات الجنائز", []),
    ("المرحوم من مواليد ١٢/٣/١٩٤٨", [("date_of_birth", "١٢/٣/١٩٤٨")]),
    (f"رقم إقامة الوالد الله يرحمه {indic(AR_IQ1)}", [("id", indic(AR_IQ1))]),
    ("الدفن بعد صلاة العصر في مقبرة الفيصلية والغسل الساعة ٢", []),
    ("رسوم النقل ٧٥٠ ريال والكفن والحنوط ٣٠٠ ريال", []),
    (f"تقدرون تحولون على الآيبان {group(AR_IBAN_SA)}", [("iban", group(AR_IBAN_SA))]),
    # parking fine appeal, Riyadh
    ("المخالفة رقمها ٤٤١٠٢٧٨٥٥ بتاريخ ٣ رمضان والمبلغ ٣٠٠ ريال", []),
    (f"رقم الإقامة {AR_IQ2}", [("id", AR_IQ2)], "الاعتراض يحتاج رقم الهوية أو الإقامة"),
    (f"لا، المخالفة على سيارة أخوي، هويته {group(AR_NID2, 3, '-')}", [("id", group(AR_NID2, 3, "-"))]),
    ("مواليد ١٤٠٨/٠٧/٢٢ هجري", [("date_of_birth", "١٤٠٨/٠٧/٢٢")], "وتاريخ الميلاد؟"),
    ("الاعتراض يوصلك رده خلال ١٥ يوم عمل", []),
    (f"أسدد الرسوم بالماستركارد {AR_MC_MIXED}", [("card", AR_MC_MIXED)]),
    ("الإيميل m.alshehri آت gmail دوت كوم", [("email", "m.alshehri آت gmail دوت كوم")]),
    # more: electricity, grocery, school transport, visa agency
    (f"والهوية الوطنية {AR_NID3}", [("id", AR_NID3)], "تمام، وأحتاج رقم الهوية لصاحب العداد"),
    ("الفاتورة الأخيرة ٦٣٤ ريال عن شهر ذو القعدة والقراءة ١٤٥٢٠ كيلوواط", []),
    (f"رقم إقامتي {say('ar', AR_IQ3)}", [("id", say("ar", AR_IQ3))]),
    (f"حولوا المبلغ على {AR_IBAN_SA2}", [("iban", AR_IBAN_SA2)], "وين تبغى نرجع المبلغ؟ عطنا الآيبان"),
    (f"الآيبان بتاعي {group(AR_IBAN_EG)}", [("iban", group(AR_IBAN_EG))]),
    (f"رقم الحساب {group(AR_IBAN_SA3)} بنك الراجحي", [("iban", group(AR_IBAN_SA3))],
     "وين نحول لك الاسترجاع؟"),
    (f"هدفع بالأمريكان إكسبريس {AR_AMEX_INDIC}", [("card", AR_AMEX_INDIC)]),
    (f"الكارت رقمه {group(AR_VISA2, 4, '-')}", [("card", group(AR_VISA2, 4, "-"))]),
    (f"خلاص خليها على البطاقة الثانية {' '.join(AR_MC2[i:i+2] for i in range(0, 16, 2))}",
     [("card", " ".join(AR_MC2[i:i+2] for i in range(0, 16, 2)))]),
    ("نسكن في فيلا ٢٣، شارع ١٨، البرشاء ٢، دبي", [("address", "فيلا ٢٣، شارع ١٨، البرشاء ٢، دبي")]),
    ("أي رقمي الإماراتي +971 55 318 2406", [("phone", "+971 55 318 2406")]),
    ("اتصل على الرقم ده زيرو عشرة تسعة تمانية تلاتة ستة صفر خمسة تسعة سبعة",
     [("phone", "زيرو عشرة تسعة تمانية تلاتة ستة صفر خمسة تسعة سبعة")]),
    ("الإيميل بتاع الشغل sara_elmasry@link.net اكتبيه عندك", [("email", "sara_elmasry@link.net")]),
    ("ولادتي في ١٧ ذي الحجة ١٤١٢", [("date_of_birth", "١٧ ذي الحجة ١٤١٢")], "تاريخ الميلاد لو سمحتي"),
    ("الطلب رقم ٧٧٣٠٥١ هيتأخر يومين بسبب عيد الأضحى", []),
    ("الرحلة رقم MS 985 بتطلع الساعة ٤:٢٥ الفجر من برج العرب", []),
    ("الباقة فيها ١٢ زيارة بالسنة وسعرها ٢٩٩ ريال", []),
    ("محطة الشحن قريبة من دوار الداخلية جنب صيدلية النهدي", []),
    ("نوصلكم يوم الثلاثاء ٢٢ أبريل من ٤ إلى ٦ المغرب", []),
    ("السعر ٣٬٢٠٠ درهم شامل الضريبة ٥٪", []),
]
LANGS["ar"] = AR


AR += [
    ("سمحلي، أنا سميتي زكرياء الإدريسي، كنعيط على الشقة ديال عين الذياب", [("name", "زكرياء الإدريسي")]),
    ("التوصيل على العنوان ده: ٣٢ شارع النصر، عمارة ٥، المعادي، القاهرة",
     [("address", "٣٢ شارع النصر، عمارة ٥، المعادي، القاهرة")]),
    ("أنا مواليد تسعة وعشرين ستة ألفين وواحد", [("date_of_birth", "تسعة وعشرين ستة ألفين وواحد")],
     "ممكن تاريخ ميلادك؟"),
    ("رقم الجوال ٠٥٦٧٨٩١٢٣٤ يعني صفر خمسة ستة سبعة ثمانية تسعة واحد اثنين ثلاثة أربعة",
     [("phone", "٠٥٦٧٨٩١٢٣٤"), ("phone", "صفر خمسة ستة سبعة ثمانية تسعة واحد اثنين ثلاثة أربعة")]),
]
LANGS["ar"] = AR


# ---------------------------------------------------------------- Hebrew
# Calls: electricity outage (Haifa, Russian immigrant), health insurer pre-approval (Anglo
# immigrant), furniture delivery (Ashdod), school transport (Netanya, Ethiopian parent), railway
# lost and found (French immigrant), parking fine appeal, home internet technician (Arab citizen),
# mortgage advisor, fertility clinic, funeral society, real-estate agency, online grocery.
HE_TZ = [tz_complete(p) for p in ("31408265", "02976341", "20577319", "31288046", "05941736",
                                  "32114709", "03858122", "20934571")]
assert all(tz_ok(t) for t in HE_TZ)
HE_VISA = luhn_complete("458003126671940")
HE_MC = luhn_complete("532610948817305")
HE_AMEX = luhn_complete("37491655028841")
HE_DINERS = luhn_complete("3056930902590")
HE_VISA2 = luhn_complete("426918305574122")
HE_MC2 = luhn_complete("545301177203968")
HE_VISA3 = luhn_complete("401288771903245")
HE_IBAN = [iban_make("IL", b) for b in ("0126140000005837162", "0209120000004411873", "0310580000001290344",
                                        "0117330000000624518", "0204770000008305126", "0540020000007710293")]
HE_IBAN_FR = iban_make("FR", "20041010050500013M02606")
HE_TZ0_SPOKEN = say("he", HE_TZ[0])
HE_TZ1_GROUPED = f"{HE_TZ[1][:3]}-{HE_TZ[1][3:6]}-{HE_TZ[1][6:]}"

HE = [
    # electricity outage, Haifa
    ("שלום, אין לנו חשמל מאז שמונה בבוקר, כל הבניין חשוך.", []),
    ("שלום, מדברת אורית ממוקד התקלות, עם מי אני מדברת?", [("name", "אורית")]),
    ("שמי ולדימיר קוגן, אני גר בקומה רביעית.", [("name", "ולדימיר קוגן")]),
    ("תודה ולדימיר, מה הכתובת המדויקת?", [("name", "ולדימיר")]),
    ("רחוב מוריה 88, דירה 14, חיפה.", [("address", "רחוב מוריה 88, דירה 14, חיפה")], "תודה ולדימיר, מה הכתובת המדויקת?"),
    ("יש תקלה בשנאי ברחוב חורב, צוות בדרך, זמן משוער לחזרה 13:30.", []),
    ("אממ אפשר מספר טלפון שתעדכנו אותי אפס חמש שתיים שבע שלוש שלוש אחת שמונה תשע אפס",
     [("phone", "אפס חמש שתיים שבע שלוש שלוש אחת שמונה תשע אפס")]),
    ("מספר הפנייה שלך 5530912, התקלה משפיעה על כ-200 בתים.", []),
    ("יש לי במקרר אוכל בשווי 600 שקל מגיע לי פיצוי", []),
    # health insurer pre-approval
    ("שלום, הגעת למחלקת אישורים מוקדמים, מדבר רועי.", [("name", "רועי")]),
    ("היי, אני שירה גולדברג, I mean, סליחה, אני צריכה אישור לניתוח.", [("name", "שירה גולדברג")]),
    ("בשמחה שירה, מה מספר תעודת הזהות?", [("name", "שירה")]),
    (f"אה, {HE_TZ0_SPOKEN}.", [("id", HE_TZ0_SPOKEN)], "בשמחה שירה, מה מספר תעודת הזהות?"),
    ("הניתוח בבית החולים ב-24 ביוני, עלות משוערת 18,500 שקל.", []),
    ("ההשתתפות העצמית 1,200 שקל והאישור תקף ל-90 יום", []),
    ("המייל שלי shira.goldberg@gmail.com", [("email", "shira.goldberg@gmail.com")]),
    ("שלושה ביולי, שמונים ושבע.", [("date_of_birth", "שלושה ביולי, שמונים ושבע")], "ותאריך לידה?"),
    ("מספר הבקשה 77-40219, תקבלי SMS תוך 48 שעות.", []),
    # furniture delivery, Ashdod
    ("שלום, מדברים מרהיטי הדקל, אנחנו מתאמים את המשלוח של הספה.", []),
    ("כן, כן, זה לודמילה, לודמילה פטרובה.", [("name", "לודמילה"), ("name", "לודמילה פטרובה")]),
    ("מצוין לודמילה, המשלוח ביום חמישי בין 8 ל-12.", [("name", "לודמילה")]),
    ("הכתובת שלי רחוב הרצל 12 כניסה ב דירה 9 אשדוד", [("address", "רחוב הרצל 12 כניסה ב דירה 9 אשדוד")]),
    ("יש מעלית? הספה באורך 2 מטר 40.", []),
    ("נשאר לשלם 1,850 שקל, אפשר באשראי עד 3 תשלומים.", []),
    (f"כן, כרטיס {group(HE_VISA)}, תוקף 11/27.", [("card", group(HE_VISA))],
     "נשאר לשלם 1,850 שקל, אפשר באשראי עד 3 תשלומים."),
    ("והטלפון של הבן שלי, הוא יהיה בבית: 054-8812376.", [("phone", "054-8812376")]),
    # school transport, Netanya
    ("שלום, אני אדיסו טגנייה, הבת שלי נוסעת בהסעה לבית ספר רמז.", [("name", "אדיסו טגנייה")]),
    ("שלום אדיסו, מדברת מיכל ממחלקת הסעות.", [("name", "אדיסו"), ("name", "מיכל")]),
    ("ההסעה הגיעה ב-7:10 במקום 7:30 והילדה פספסה", []),
    ("קו 14 עושה 6 תחנות ויש בו 32 תלמידים", []),
    ("הטלפון שלי זה אפס חמש שלוש, שש שש שתיים, ארבע אחת אפס שבע.",
     [("phone", "אפס חמש שלוש, שש שש שתיים, ארבע אחת אפס שבע")]),
    ("נשלח הודעה לכל ההורים עד יום ראשון ה-3 בספטמבר.", []),
    # railway lost and found
    ("אבידות ומציאות, שלום.", []),
    ("בונז'ור, סליחה, שלום, קוראים לי ז'אן-מרק אזולאי, שכחתי תיק ברכבת.", [("name", "ז'אן-מרק אזולאי")]),
    ("ברכבת של 17:42 מבאר שבע לתל אביב סבידור, קרון 3.", []),
    ("מצאנו תיק כזה, הוא רשום אצלנו תחת מספר 40718, אפשר לאסוף בתחנת ההגנה.", []),
    ("ז'אן-מרק, אני צריכה מספר זהות לאימות.", [("name", "ז'אן-מרק")]),
    (HE_TZ1_GROUPED, [("id", HE_TZ1_GROUPED)], "ז'אן-מרק, אני צריכה מספר זהות לאימות."),
    ("המייל זה ג'יי אם קו תחתון אזולאי שטרודל אורנג' נקודה אף אר",
     [("email", "ג'יי אם קו תחתון אזולאי שטרודל אורנג' נקודה אף אר")]),
    ("דמי הטיפול 25 שקל ואנחנו שומרים 30 יום.", []),
]
LANGS["he"] = HE


def _he_groups(d, n=4, sep=", "):
    return sep.join(say("he", g) for g in group(d, n).split())


HE_TZ2_SPOKEN = say("hem", HE_TZ[2])
HE_MC_SPOKEN = _he_groups(HE_MC)
HE += [
    # parking fine appeal, Tel Aviv
    ("שלום הגעתם למוקד הערעורים על דוחות חניה", []),
    ("שלום קוראים לי אופיר ברק ואני רוצה לערער על דוח", [("name", "אופיר ברק")]),
    ("הדוח מספר 3318472 מה-5 במאי ברחוב דיזנגוף, הקנס 250 שקל.", []),
    ("אופיר תוכל להגיד לי את מספר תעודת הזהות", [("name", "אופיר")]),
    (HE_TZ2_SPOKEN, [("id", HE_TZ2_SPOKEN)], "אופיר תוכל להגיד לי את מספר תעודת הזהות"),
    ("הייתי עם תו נכה ברכב הוא בתוקף עד דצמבר 2026", []),
    ("התשובה תישלח בדואר תוך 60 יום.", []),
    ("הכתובת למשלוח שדרות ירושלים 112 קומה שלישית יפו", [("address", "שדרות ירושלים 112 קומה שלישית יפו")]),
    ("תאריך לידה אחד עשר בנובמבר שבעים ושמונה", [("date_of_birth", "אחד עשר בנובמבר שבעים ושמונה")]),
    # home internet technician (Arab citizen)
    ("שלום, מדבר סאמר, הטכנאי של סיבים פלוס, אני בדרך אליך.", [("name", "סאמר")]),
    ("אהלן, הכתובת זה רחוב הנביאים 27 דירה 3, חיפה, קומה שנייה בלי מעלית.",
     [("address", "רחוב הנביאים 27 דירה 3, חיפה, קומה שנייה")]),
    ("אני אגיע בעוד עשרים דקות יש פקק בכניסה לעיר", []),
    ("החבילה היא 1000 מגה ב-99 שקל לחודש ל-12 חודשים, הראוטר דגם AX5400.", []),
    ("על שמי, אמל חורי.", [("name", "אמל חורי")], "על שם מי החשבון?"),
    ("תודה אמל, תחתמי לי פה על הטאבלט.", [("name", "אמל")]),
    ("דמי ההתקנה 250 שקל חד פעמי", []),
    # mortgage advisor
    ("משכנתאות פלוס, מדברת ליטל, במה אפשר לעזור?", [("name", "ליטל")]),
    ("היי, זה יוסי, יוסי אברהמי, דיברנו בשבוע שעבר.", [("name", "יוסי"), ("name", "יוסי אברהמי")]),
    ("הדירה עולה 2,150,000 שקל, ההון העצמי 650 אלף, ההחזר יהיה בערך 6,200 בחודש ל-25 שנה.", []),
    ("ריבית הפריים כרגע 6.25% והמסלול הצמוד ב-3.9%", []),
    (group(HE_IBAN[0]), [("iban", group(HE_IBAN[0]))], "תעביר לי את מספר החשבון בפורמט IBAN"),
    ("אני 14.3.1985 והיא 2.9.1987.", [("date_of_birth", "14.3.1985"), ("date_of_birth", "2.9.1987")],
     "ותאריך לידה שלך ושל אשתך?"),
    ("המייל yossi.avr שטרודל walla נקודה co נקודה il", [("email", "yossi.avr שטרודל walla נקודה co נקודה il")]),
    ("הפגישה בסניף ביום שלישי ה-12 במרץ בשעה 10:00.", []),
    # fertility clinic
    ("מרפאת הפוריות, שלום, מדברת הדס.", [("name", "הדס")]),
    ("שלום, שמי טל מזרחי, אני בטיפול הפריה ורציתי לקבוע בדיקת דם.", [("name", "טל מזרחי")]),
    ("טל, מה תאריך הלידה?", [("name", "טל")]),
    ("עשרים ושלושה במאי, תשעים ואחת.", [("date_of_birth", "עשרים ושלושה במאי, תשעים ואחת")], "טל, מה תאריך הלידה?"),
    ("הבדיקה ביום 7 למחזור, בין 7:30 ל-9:00, בקומה 4.", []),
    ("המייל שלי טל נקודה מזרחי תשעים ואחת שטרודל ג'ימייל נקודה קום",
     [("email", "טל נקודה מזרחי תשעים ואחת שטרודל ג'ימייל נקודה קום")]),
    ("שלושה מחזורים כבר אושרו ונשארו עוד 2 בסל", []),
    (f"מאסטרקארד, {HE_MC_SPOKEN}", [("card", HE_MC_SPOKEN)], "איך תרצי לשלם את ההשתתפות של 340 שקל?"),
]
LANGS["he"] = HE


HE_TZ4_SPACED = group(HE_TZ[4], 3)
HE_VISA2_MIXED = f"{HE_VISA2[:4]} {HE_VISA2[4:8]} " + say("he", HE_VISA2[8:])
HE_AMEX_G = f"{HE_AMEX[:4]} {HE_AMEX[4:10]} {HE_AMEX[10:]}"
HE_IBAN3_SPOKEN = "איי אל " + say("he", HE_IBAN[3][2:])
HE += [
    # funeral society
    ("חברה קדישא, שלום, משתתפים בצערך.", []),
    ("ההלוויה מחר ב-11:00 בבית העלמין, חלקה 14, והשבעה עד יום שני.", []),
    (f"תעודת הזהות של אבא {HE_TZ[3]}", [("id", HE_TZ[3])]),
    ("הוא נולד בכ\"ט בחשוון תש\"ז, ובלועזי ב-23 בנובמבר 1946.",
     [("date_of_birth", "כ\"ט בחשוון תש\"ז"), ("date_of_birth", "23 בנובמבר 1946")]),
    (f"את ההחזר תעבירו ל-{HE_IBAN[1]}", [("iban", HE_IBAN[1])], "לאיזה חשבון להעביר את ההחזר? צריך IBAN."),
    ("הכתובת לשבעה: רחוב ביאליק 5, רמת גן.", [("address", "רחוב ביאליק 5, רמת גן")]),
    ("הטלפון של אחי בחו\"ל +1 718 555 0142", [("phone", "+1 718 555 0142")]),
    # real-estate agency, Bat Yam
    ("הדירה 4 חדרים, 95 מטר, קומה 6 מתוך 9, 7,500 שקל לחודש.", []),
    ("דמי התיווך חודש אחד פלוס מע\"מ 17%", []),
    ("אני יכולה לראות אותה ביום רביעי בחמש", []),
    (f"מספר זהות {HE_TZ4_SPACED}", [("id", HE_TZ4_SPACED)]),
    ("אני גרה עכשיו ברחוב בלפור 60 דירה 21 בת ים", [("address", "רחוב בלפור 60 דירה 21 בת ים")]),
    ("נייד שלי 050 שש שבע שבע שלוש ארבע שתיים אחת", [("phone", "050 שש שבע שבע שלוש ארבע שתיים אחת")]),
    (f"לערבון, ויזה {HE_VISA2_MIXED}", [("card", HE_VISA2_MIXED)]),
    ("ערבות בנקאית של 3 חודשי שכירות, 22,500 שקל.", []),
    # online grocery
    ("שלום, ההזמנה שלי מהסופר האונליין לא הגיעה, מספר הזמנה 8841027.", []),
    ("המשלוח נדחה בגלל עומס, יגיע מחר בין 16:00 ל-18:00.", []),
    ("היו בהזמנה 46 מוצרים בסך 683.40 שקל", []),
    (f"תזכו את האמריקן אקספרס {HE_AMEX_G}", [("card", HE_AMEX_G)]),
    ("המייל zeevik_k@hotmail.com", [("email", "zeevik_k@hotmail.com")]),
    (f"או שתחזירו לחשבון, {group(HE_IBAN[2])}", [("iban", group(HE_IBAN[2]))]),
    # more of the same calls
    (f"דיינרס {HE_DINERS}", [("card", HE_DINERS)], "באיזה כרטיס לחייב את דמי הטיפול?"),
    (f"אני חוזרת: {group(HE_VISA3)}, נכון?", [("card", group(HE_VISA3))]),
    (f"Oui, יש לי גם חשבון בצרפת {group(HE_IBAN_FR)}", [("iban", group(HE_IBAN_FR))]),
    (HE_IBAN3_SPOKEN, [("iban", HE_IBAN3_SPOKEN)], "תגיד לי את ה-IBAN לאט"),
    (f"החשבון של אשתי {group(HE_IBAN[4])}", [("iban", group(HE_IBAN[4]))]),
    (f"IBAN {HE_IBAN[5]}", [("iban", HE_IBAN[5])]),
    (f"ת.ז. {HE_TZ[5]}", [("id", HE_TZ[5])]),
    (f"זה {say('he', HE_TZ[6])}", [("id", say("he", HE_TZ[6]))], "מספר תעודת זהות של המבוטחת?"),
    (f"תעודת זהות {HE_TZ[7][:4]} {HE_TZ[7][4:]}", [("id", f"{HE_TZ[7][:4]} {HE_TZ[7][4:]}")]),
    ("אם לא עונים בנייד תתקשרו הביתה 02-6251874", [("phone", "02-6251874")]),
    ("אפשר גם בוואטסאפ פלוס תשע שבע שתיים חמישים ושתיים ארבע אחת שמונה שלוש שלוש תשעים",
     [("phone", "פלוס תשע שבע שתיים חמישים ושתיים ארבע אחת שמונה שלוש שלוש תשעים")]),
    ("אני גר במושב בית זית, משק 42", [("address", "מושב בית זית, משק 42")]),
    ("תרשמי avi.cohen1960@bezeqint.net", [("email", "avi.cohen1960@bezeqint.net")], "יש כתובת מייל?"),
    ("נולדתי ב-1.1.60", [("date_of_birth", "1.1.60")]),
    ("קו 480 לירושלים יוצא כל 15 דקות מהתחנה המרכזית", []),
    ("מספר המשלוח 11-445-2093 והוא יגיע עד ט\"ו בשבט", []),
    ("הטיפול הבא בעוד 6 חודשים, ב-14 באוקטובר", []),
    ("השירות פתוח בימים א'-ה' מ-8:00 עד 20:00, ובשישי עד 13:00", []),
    ("הסניף ברחוב אלנבי מול שוק הכרמל נסגר, עברנו לקניון עזריאלי קומה 3", []),
    ("החוזה התחיל ב-1 בינואר 2023 והוא לשלוש שנים", []),
    ("החיוב של 149.90 בוצע ב-2 בחודש", []),
]
LANGS["he"] = HE


HE_MC2_PAIRS = " ".join(HE_MC2[i:i + 2] for i in range(0, 16, 2))
HE += [
    (f"אממ רגע, כן, {HE_MC2_PAIRS}", [("card", HE_MC2_PAIRS)], "מה מספר הכרטיס?"),
    ("המייל שלי טספאיי קו תחתון ורקו שטרודל יאהו נקודה קום",
     [("email", "טספאיי קו תחתון ורקו שטרודל יאהו נקודה קום")]),
    ("לשלוח את הספה לכתובת אחרת, רחוב ז'בוטינסקי 140, קומה 7, פתח תקווה",
     [("address", "רחוב ז'בוטינסקי 140, קומה 7, פתח תקווה")]),
    ("אני מדבר מהעבודה, 077-4401928, שלוחה 12", [("phone", "077-4401928")]),
]
LANGS["he"] = HE


# ---------------------------------------------------------------- Greek
# Calls: electricity outage (Athens), pension fund (Thessaloniki, older caller), health insurer
# pre-approval, furniture delivery (Patras), school transport (Larnaca, Cyprus), home internet
# technician, online grocery, mortgage advisor (Nicosia), car service garage (Limassol),
# solar installer (Crete), funeral home, real-estate agency.
GR_AFM = [afm_complete(p) for p in ("04419275", "12876043", "07731580", "13358902", "10294467",
                                    "04652391", "11983306", "06127784")]
assert all(afm_ok(a) for a in GR_AFM)
GR_VISA = luhn_complete("476173900112834")
GR_MC = luhn_complete("539912076648301")
GR_VISA2 = luhn_complete("491648813500276")
GR_MC2 = luhn_complete("517805339216647")
GR_AMEX = luhn_complete("37930251884401")
GR_VISA3 = luhn_complete("455673011842093")
GR_MAES = luhn_complete("6759310057428819")          # 17 digits
GR_IBAN = [iban_make("GR", b) for b in ("0110125000000012300695", "0172034000005034817726",
                                        "0260087000000230047181", "0140110011002002003451")]
GR_IBAN_CY = [iban_make("CY", b) for b in ("002001950000357001234567", "005003470000000198201174",
                                           "008001710000001234870026")]


def _gr_groups(d, n=4, sep=", "):
    return sep.join(say("el", g) for g in group(d, n).split())


GR_AFM0_SPOKEN = say("el", GR_AFM[0])
GR_VISA_SPOKEN = _gr_groups(GR_VISA)
GR = [
    # electricity outage, Athens
    ("Καλησπέρα, δεν έχουμε ρεύμα από τις εφτά το πρωί, όλο το τετράγωνο είναι σκοτάδι.", []),
    ("Καλησπέρα σας, είμαι η Δήμητρα από το κέντρο βλαβών, με ποιον μιλάω;", [("name", "Δήμητρα")]),
    ("Με λένε Βαγγέλη Κωνσταντίνου.", [("name", "Βαγγέλη Κωνσταντίνου")]),
    ("Κύριε Κωνσταντίνου, η διεύθυνση του ακινήτου;", [("name", "Κωνσταντίνου")]),
    ("Η διεύθυνση είναι Φωκίωνος Νέγρη 34, δεύτερος όροφος, Κυψέλη.",
     [("address", "Φωκίωνος Νέγρη 34, δεύτερος όροφος, Κυψέλη")]),
    ("Έχουμε βλάβη σε υποσταθμό στην Πατησίων, το συνεργείο εκτιμά αποκατάσταση μέχρι τις 14:30.", []),
    ("εεε ένα κινητό να σας αφήσω έξι εννιά τέσσερα τέσσερα τρία ένα δύο οχτώ επτά πέντε",
     [("phone", "έξι εννιά τέσσερα τέσσερα τρία ένα δύο οχτώ επτά πέντε")]),
    ("Ο αριθμός της αναφοράς σας είναι 77201834 και επηρεάζονται περίπου 150 νοικοκυριά.", []),
    ("Μου χάλασε και το ψυγείο, είχα πράγματα μέσα γύρω στα 200 ευρώ.", []),
    # pension fund, Thessaloniki
    ("Ταμείο Επικουρικής Σύνταξης, καλημέρα, λέγομαι Στέλιος, πώς μπορώ να βοηθήσω;", [("name", "Στέλιος")]),
    ("Καλημέρα παιδί μου, είμαι η Παναγιώτα Δημητριάδου, αλλά με λένε όλοι Γιώτα.",
     [("name", "Παναγιώτα Δημητριάδου"), ("name", "Γιώτα")]),
    ("Κυρία Γιώτα, μου λέτε το ΑΦΜ σας;", [("name", "Γιώτα")]),
    (GR_AFM0_SPOKEN, [("id", GR_AFM0_SPOKEN)], "Κυρία Γιώτα, μου λέτε το ΑΦΜ σας;"),
    ("και ημερομηνία γέννησης δεκαπέντε του έξι του σαράντα εννιά",
     [("date_of_birth", "δεκαπέντε του έξι του σαράντα εννιά")]),
    ("Η σύνταξη είναι 612 ευρώ και 40 λεπτά και πληρώνεται στις 25 του μήνα.", []),
    ("Μετά την αναπροσαρμογή του 2024 έχετε αύξηση 3% από τον Ιανουάριο.", []),
    (f"να μπαίνει στο λογαριασμό {group(GR_IBAN[0])}", [("iban", group(GR_IBAN[0]))],
     "Θέλετε να αλλάξουμε τον λογαριασμό πληρωμής; Πείτε μου το IBAN."),
    ("Η αίτηση έχει αριθμό πρωτοκόλλου 44518 και θα διεκπεραιωθεί σε 30 εργάσιμες.", []),
    # health insurer pre-approval
    ("Καλημέρα, Ασφαλιστική Αιγαίου, είμαι ο Άρης, σε τι μπορώ να σας εξυπηρετήσω;", [("name", "Άρης")]),
    ("Γεια σας, λέγομαι Κατερίνα Μαυρίδου και θέλω έγκριση για μαγνητική τομογραφία.", [("name", "Κατερίνα Μαυρίδου")]),
    ("Κυρία Μαυρίδου, την ημερομηνία γέννησης;", [("name", "Μαυρίδου")]),
    ("3 Ιουλίου 1982.", [("date_of_birth", "3 Ιουλίου 1982")], "Κυρία Μαυρίδου, την ημερομηνία γέννησης;"),
    ("Η εξέταση κοστίζει 280 ευρώ και το συμβόλαιό σας καλύπτει το 80%.", []),
    ("Το ραντεβού είναι την Τρίτη 14 Μαΐου στις 10:30 στο διαγνωστικό στην Κηφισίας.", []),
    ("το mail μου είναι katerina.mavridou@yahoo.gr", [("email", "katerina.mavridou@yahoo.gr")]),
    ("Ο αριθμός έγκρισης είναι ΕΓ-2024-88103, ισχύει για 60 ημέρες.", []),
    # furniture delivery, Patras
    ("Γεια σας, σας παίρνω από τα Έπιπλα Ολύμπια για την παράδοση της κρεβατοκάμαρας.", []),
    ("Ναι, ναι, ο Τάκης είμαι, Τάκης Αναγνωστόπουλος.", [("name", "Τάκης"), ("name", "Τάκης Αναγνωστόπουλος")]),
    ("Ωραία κύριε Τάκη, η παράδοση είναι την Πέμπτη μεταξύ 9 και 1.", [("name", "Τάκη")]),
    ("Μένω στην Κορίνθου 218, τρίτος όροφος, Πάτρα, 26223.", [("address", "Κορίνθου 218, τρίτος όροφος, Πάτρα, 26223")]),
    ("Η ντουλάπα έχει πλάτος 2 μέτρα και 40 και θέλει συναρμολόγηση, περίπου 2 ώρες.", []),
    ("Υπόλοιπο 1.340 ευρώ, παραγγελία 55823, πληρώνετε στον οδηγό.", []),
    (f"Με κάρτα, {GR_VISA_SPOKEN}.", [("card", GR_VISA_SPOKEN)], "Υπόλοιπο 1.340 ευρώ, παραγγελία 55823, πληρώνετε στον οδηγό."),
    ("το σταθερό μου είναι δύο έξι ένα μηδέν, τέσσερα τρία, εξήντα επτά, ογδόντα ένα",
     [("phone", "δύο έξι ένα μηδέν, τέσσερα τρία, εξήντα επτά, ογδόντα ένα")]),
    # school transport, Larnaca (Cyprus)
    ("Καλημέρα, είμαι ο Χαράλαμπος Ιωάννου, ο γιος μου παίρνει το σχολικό από τα Λιβάδια.",
     [("name", "Χαράλαμπος Ιωάννου")]),
    ("Καλημέρα κύριε Χαμπή, η Ελένη μιλά, ποιο δρομολόγιο;", [("name", "Χαμπή"), ("name", "Ελένη")]),
    ("το δρομολόγιο δώδεκα το λεωφορείο ήρθε στις εφτά και είκοσι αντί εφτά και μισή", []),
    ("Από Δευτέρα 9 Σεπτεμβρίου η παραλαβή αλλάζει στις 7:15, με 28 παιδιά στη γραμμή.", []),
    ("Το τηλέφωνό μου συν τρία πέντε επτά, ενενήντα εννιά, τέσσερα δύο, ογδόντα οχτώ, δεκαεφτά",
     [("phone", "συν τρία πέντε επτά, ενενήντα εννιά, τέσσερα δύο, ογδόντα οχτώ, δεκαεφτά")]),
    ("Το ετήσιο κόστος είναι 360 ευρώ σε 3 δόσεις.", []),
]
LANGS["el"] = GR


GR_MC_DASH = group(GR_MC, 4, "-")
GR_AMEX_G = f"{GR_AMEX[:4]} {GR_AMEX[4:10]} {GR_AMEX[10:]}"
GR += [
    # home internet technician, Athens
    ("γεια σας είμαι ο Νίκος ο τεχνικός από τη NetWave έρχομαι για την εγκατάσταση της οπτικής ίνας",
     [("name", "Νίκος")]),
    ("ναι σας περιμένω η διεύθυνση είναι Αγίου Μελετίου 57 τέταρτος όροφος διαμέρισμα 12",
     [("address", "Αγίου Μελετίου 57 τέταρτος όροφος διαμέρισμα 12")]),
    ("Θα είμαι εκεί σε 20 λεπτά, έχει κίνηση στην Αλεξάνδρας.", []),
    ("Το πακέτο είναι 500 Mbps με 35 ευρώ τον μήνα για 24 μήνες, router ZXHN H3600.", []),
    ("Στο δικό μου, Ελευθερία Σταματοπούλου, Ρία με φωνάζουν.",
     [("name", "Ελευθερία Σταματοπούλου"), ("name", "Ρία")], "Ο λογαριασμός σε ποιο όνομα είναι;"),
    ("Ευχαριστώ κυρία Σταματοπούλου, υπογράψτε εδώ στο τάμπλετ.", [("name", "Σταματοπούλου")]),
    ("ρία κάτω παύλα σταμ παπάκι τζιμέιλ τελεία κομ", [("email", "ρία κάτω παύλα σταμ παπάκι τζιμέιλ τελεία κομ")],
     "Ένα email για τον ηλεκτρονικό λογαριασμό;"),
    # online grocery
    ("Καλησπέρα, η παραγγελία μου από το e-shop δεν ήρθε, αριθμός 3390172.", []),
    ("Ήταν 52 προϊόντα, σύνολο 147,85 ευρώ, με παράδοση 18:00 με 20:00.", []),
    ("Θα σας τη φέρουμε αύριο Σάββατο 10 με 12 και σας επιστρέφουμε τα 3,90 του μεταφορικού.", []),
    ("Είμαι ο Γιώργος Παπαδόπουλος, πελάτης σας χρόνια.", [("name", "Γιώργος Παπαδόπουλος")]),
    (f"Την επιστροφή στην κάρτα {GR_MC_DASH} παρακαλώ.", [("card", GR_MC_DASH)]),
    ("το email μου είναι giorgos τελεία papadopoulos88 παπάκι hotmail τελεία com",
     [("email", "giorgos τελεία papadopoulos88 παπάκι hotmail τελεία com")]),
    # mortgage advisor, Nicosia
    ("Καλημέρα, ονομάζομαι Άντρια Χριστοδούλου, θέλω πληροφορίες για στεγαστικό.", [("name", "Άντρια Χριστοδούλου")]),
    ("Το ακίνητο κοστίζει 285 χιλιάδες, με 20% προκαταβολή το δάνειο είναι 228.000 σε 25 χρόνια.", []),
    ("Το επιτόκιο είναι 4,35% και η δόση γύρω στα 1.250 τον μήνα.", []),
    ("21/10/1991", [("date_of_birth", "21/10/1991")], "Ημερομηνία γέννησης;"),
    ("Τώρα μένω Λεωφόρος Στροβόλου 102, διαμέρισμα 304, Στρόβολος 2018.",
     [("address", "Λεωφόρος Στροβόλου 102, διαμέρισμα 304, Στρόβολος 2018")]),
    (f"η μισθοδοσία μπαίνει στο {group(GR_IBAN_CY[0])}", [("iban", group(GR_IBAN_CY[0]))]),
    ("Θα χρειαστούμε τις φορολογικές δηλώσεις του 2022 και του 2023.", []),
    # car service garage, Limassol
    ("Γεια σου Σάββα, ο Μάριος είμαι από το συνεργείο, το αυτοκίνητο είναι έτοιμο.",
     [("name", "Σάββα"), ("name", "Μάριος")]),
    ("Έκανα σέρβις των 60.000, λάδια, φίλτρα και τακάκια, σύνολο 385 ευρώ.", []),
    ("Το Corolla του 2017 θέλει και λάστιχα, 4 λάστιχα 95 το ένα.", []),
    (f"Πάρε την Amex, {GR_AMEX_G}.", [("card", GR_AMEX_G)], "Πώς θα πληρώσεις, μετρητά ή κάρτα;"),
    ("Στείλε μου το τιμολόγιο στο savvas.k@cytanet.com.cy", [("email", "savvas.k@cytanet.com.cy")]),
    (GR_AFM[1], [("id", GR_AFM[1])], "Για το τιμολόγιο θέλω και ΑΦΜ."),
    # solar installer, Crete
    ("Καλημέρα, για φωτοβολταϊκά στη στέγη, 10 κιλοβάτ, πόσο κοστίζουν;", []),
    ("Γύρω στις 9.800 ευρώ, με απόσβεση σε 6 χρόνια και εγγύηση 25 χρόνια στα πάνελ.", []),
    ("Η διεύθυνση είναι Ελευθερίου Βενιζέλου 14, Αρχάνες, Ηράκλειο.",
     [("address", "Ελευθερίου Βενιζέλου 14, Αρχάνες, Ηράκλειο")]),
    (f"ΑΦΜ {group(GR_AFM[2], 3)}", [("id", group(GR_AFM[2], 3))]),
    ("Τον Μάρτιο που μας έρχεται, Δευτέρα 17, στις 8 το πρωί.", []),
    ("Με λένε Μανόλη Τσικνάκη και το κινητό μου 697 412 0385.",
     [("name", "Μανόλη Τσικνάκη"), ("phone", "697 412 0385")]),
]
LANGS["el"] = GR


GR_AFM3_SPOKEN = say("el", GR_AFM[3])
GR_MC2_SPOKEN = _gr_groups(GR_MC2)
GR_IBAN3_SPOKEN = "GR " + say("el", GR_IBAN[3][2:])
GR += [
    # funeral home, Piraeus
    ("Γραφείο Τελετών Ανάσταση, συλλυπητήρια για την απώλειά σας.", []),
    ("Η κηδεία θα γίνει την Παρασκευή στις 11:00 και το μνημόσυνο στις 40 μέρες.", []),
    ("Ο πατέρας μου γεννήθηκε στις 8 Νοεμβρίου 1938 στην Κάρυστο.", [("date_of_birth", "8 Νοεμβρίου 1938")]),
    (f"Το ΑΦΜ του είναι {GR_AFM3_SPOKEN}.", [("id", GR_AFM3_SPOKEN)], "Χρειάζομαι και το ΑΦΜ του θανόντος."),
    ("Το κόστος είναι 2.450 ευρώ και το επίδομα κηδείας 800 ευρώ.", []),
    (f"Την προκαταβολή θα τη στείλω από τον λογαριασμό μου, {GR_IBAN[1]}.", [("iban", GR_IBAN[1])]),
    ("Η διεύθυνση της οικογένειας είναι Ηρώων Πολυτεχνείου 9, Πειραιάς 18536.",
     [("address", "Ηρώων Πολυτεχνείου 9, Πειραιάς 18536")]),
    ("Για ό,τι χρειαστείτε στο σταθερό μου 210 4172 659.", [("phone", "210 4172 659")]),
    # real-estate agency, Thessaloniki
    ("Το διαμέρισμα είναι 85 τετραγωνικά, 3ος όροφος, κατασκευή 2005, ενοίκιο 650 ευρώ.", []),
    ("μπορούμε να το δούμε την Τετάρτη στις έξι το απόγευμα είναι κοντά στην Καμάρα", []),
    ("Η μεσιτική αμοιβή είναι ένα ενοίκιο συν ΦΠΑ 24%.", []),
    (f"το ΑΦΜ μου {GR_AFM[4]}", [("id", GR_AFM[4])], "για το μισθωτήριο θα χρειαστώ το ΑΦΜ σας"),
    ("γεννήθηκα δώδεκα του τρία του ενενήντα πέντε", [("date_of_birth", "δώδεκα του τρία του ενενήντα πέντε")]),
    ("το κινητό μου εξήντα εννιά, ογδόντα τρία, μηδέν πέντε, σαράντα ένα, είκοσι δύο",
     [("phone", "εξήντα εννιά, ογδόντα τρία, μηδέν πέντε, σαράντα ένα, είκοσι δύο")]),
    (f"η εγγύηση θα κατατεθεί από {group(GR_IBAN[2])}", [("iban", group(GR_IBAN[2]))]),
    ("στείλτε το συμφωνητικό στο maria underscore k1995 παπάκι outlook τελεία com",
     [("email", "maria underscore k1995 παπάκι outlook τελεία com")]),
    ("Τώρα μένω στην Αριστοτέλους 12, πέμπτος, Θεσσαλονίκη 54623.",
     [("address", "Αριστοτέλους 12, πέμπτος, Θεσσαλονίκη 54623")]),
    # more of the same calls
    (f"εεε την άλλη κάρτα {GR_MC2_SPOKEN}", [("card", GR_MC2_SPOKEN)], "Η κάρτα απορρίφθηκε, έχετε άλλη;"),
    (f"Βίζα {group(GR_VISA3)}, λήξη 08/28.", [("card", group(GR_VISA3))]),
    (f"τη Maestro {GR_MAES}", [("card", GR_MAES)]),
    (f"Επαναλαμβάνω: {group(GR_VISA2)}, σωστά;", [("card", group(GR_VISA2))]),
    (GR_IBAN3_SPOKEN, [("iban", GR_IBAN3_SPOKEN)], "Πείτε μου αργά το IBAN."),
    (f"Στην Κύπρο έχω τον {GR_IBAN_CY[1]}", [("iban", GR_IBAN_CY[1])]),
    (f"IBAN {group(GR_IBAN_CY[2])} στην Ελληνική Τράπεζα", [("iban", group(GR_IBAN_CY[2]))]),
    (f"Ο ΑΦΜ είναι {GR_AFM[5][:3]}-{GR_AFM[5][3:6]}-{GR_AFM[5][6:]}",
     [("id", f"{GR_AFM[5][:3]}-{GR_AFM[5][3:6]}-{GR_AFM[5][6:]}")]),
    (f"αφμ {say('el', GR_AFM[6]).replace('μηδέν', 'μηδενικό')}",
     [("id", say("el", GR_AFM[6]).replace("μηδέν", "μηδενικό"))]),
    (f"Α, και της γυναίκας μου το ΑΦΜ, {GR_AFM[7]}.", [("id", GR_AFM[7])]),
    ("Σε περίπτωση που δεν απαντώ, +30 694 551 2870.", [("phone", "+30 694 551 2870")]),
    ("το σταθερό στη Λευκωσία είκοσι δύο τέσσερα πέντε έξι εφτά οχτώ ένα",
     [("phone", "είκοσι δύο τέσσερα πέντε έξι εφτά οχτώ ένα")]),
    ("Γεννήθηκα 29 Φεβρουαρίου του 76.", [("date_of_birth", "29 Φεβρουαρίου του 76")]),
    ("Ημερομηνία γέννησης 1η Μαΐου 2001.", [("date_of_birth", "1η Μαΐου 2001")]),
    ("το μέιλ είναι nick.georgiou@gmail.com", [("email", "nick.georgiou@gmail.com")]),
    ("Η πτήση A3 651 φτάνει στις 23:40 και το ταξί κοστίζει 45 ευρώ.", []),
    ("Η προσφορά ισχύει μέχρι τις 31 Οκτωβρίου, με έκπτωση 15%.", []),
    ("Το συμβόλαιο ξεκίνησε την 1η Ιουλίου 2021 και είναι τριετές.", []),
    ("Η χρέωση των 89,90 έγινε στις 5 του μήνα.", []),
    ("Το κατάστημα στην Ερμού είναι ανοιχτό Δευτέρα με Σάββατο 9 με 9.", []),
    ("Ο κωδικός του προϊόντος είναι ΚΠ-4102-77 και έχουμε 12 τεμάχια.", []),
    ("Η Αγίου Δημητρίου θα είναι κλειστή λόγω έργων μέχρι τις 20 Ιουνίου.", []),
    ("Ο αριθμός αποστολής είναι 7712 0093 4418 και θα φτάσει σε 2 με 3 εργάσιμες.", []),
]
LANGS["el"] = GR


GR += [
    ("Ναι, το e-mail είναι ντίνα τελεία ρήγα εβδομήντα δύο παπάκι γιάχου τελεία γκρ",
     [("email", "ντίνα τελεία ρήγα εβδομήντα δύο παπάκι γιάχου τελεία γκρ")], "Σε ποιο e-mail να στείλουμε την προσφορά;"),
    ("Να παραδοθεί στη διεύθυνση Θησέως 71, ισόγειο, Καλλιθέα 17676.",
     [("address", "Θησέως 71, ισόγειο, Καλλιθέα 17676")]),
    ("εεε δεκαεννιά Αυγούστου, χίλια εννιακόσια εξήντα οχτώ",
     [("date_of_birth", "δεκαεννιά Αυγούστου, χίλια εννιακόσια εξήντα οχτώ")], "Την ημερομηνία γέννησης του ασφαλισμένου;"),
    ("Η παραλαβή είναι στο γκισέ 4 του σταθμού Λαρίσης από τις 8 έως τις 4.", []),
]
LANGS["el"] = GR


# ================================================================ main
def main():
    here = os.path.dirname(os.path.abspath(__file__))
    outdir = os.path.join(here, "..", "..", "data", "redaction", "blind11")
    outdir = os.path.normpath(outdir)
    os.makedirs(outdir, exist_ok=True)
    for lang, items in LANGS.items():
        rows = build(items)
        with open(os.path.join(outdir, f"{lang}.jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        counts = {}
        for r in rows:
            for s in r["spans"]:
                counts[s["kind"]] = counts.get(s["kind"], 0) + 1
        neg = sum(1 for r in rows if not r["spans"])
        print(lang, len(rows), "items", neg, "non-personal", sum(counts.values()), "spans",
              dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
