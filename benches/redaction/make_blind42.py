#!/usr/bin/env python3
"""Generator for the held-out redaction evaluation set "blind42".

Written by a helper session that worked only from a written brief (the product's
specification of what counts as personal data), never reading the redactor, its
rules, its tests, or any other evaluation set or generator. All values are invented;
check-digit values (cards, IBANs, national IDs) are computed here.

Sectors (businesses and services typical of Israel): shatnez testing lab, shmura-matzah
bakery, four-species (etrog/lulav) stand, ketubah artist, TAMA 38 urban-renewal project
office, Krav Maga studio, Tipat Halav well-baby clinic, pre-army mechina admissions,
sherut shared-taxi line, kibbutz sandal factory outlet, Dead Sea cosmetics mail order,
gemach (interest-free loan society), matnas community centre, shuk food tours,
Jerusalem-stone cladding supplier, sufganiyot bulk orders.

Output: data/redaction/blind42/{en,ar,he,el}.jsonl, one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}
kind is one of card, iban, id, phone, email, date_of_birth, name, address; start/end
are BYTE offsets into the UTF-8 encoding of text (end exclusive). "context" (optional)
is an earlier line of the same call, not scored. Items with empty spans are
non-personal and must come out unchanged.
"""
import json
import os
import sys
from collections import Counter

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data",
                   "redaction", "blind42")

# ---------------------------------------------------------------- check digits

def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "FR": 27, "MA": 28, "US": 0}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = "".join(s.split()).upper()
    return len(s) == IBAN_LEN.get(s[:2], -1) and _iban_num(s[4:] + s[:4]) % 97 == 1


def make_iban(cc, bban):
    assert len(bban) + 4 == IBAN_LEN[cc], (cc, len(bban))
    chk = 98 - _iban_num(bban + cc + "00") % 97
    iban = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(iban)
    return iban


def tz_ok(s):
    s = s.zfill(9)
    if len(s) != 9 or not s.isdigit():
        return False
    tot = 0
    for i, c in enumerate(s):
        x = int(c) * (1 + i % 2)
        tot += x - 9 if x > 9 else x
    return tot % 10 == 0


def make_tz(prefix8):
    for c in "0123456789":
        if tz_ok(prefix8 + c):
            return prefix8 + c
    raise AssertionError


def afm_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    tot = sum(int(s[i]) * 2 ** (8 - i) for i in range(8))
    return tot % 11 % 10 == int(s[8])


def make_afm(prefix8):
    tot = sum(int(prefix8[i]) * 2 ** (8 - i) for i in range(8))
    s = prefix8 + str(tot % 11 % 10)
    assert afm_ok(s)
    return s


def make_saudi(prefix9):
    assert prefix9[0] in "12"
    s = luhn_complete(prefix9)
    assert len(s) == 10
    return s


def ssn_ok(s):
    d = s.replace("-", "").replace(" ", "")
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return len(d) == 9 and a not in (0, 666) and a < 900 and g > 0 and n > 0


def not_valid(s):
    """Assert a long non-personal number fails every check that fits its length."""
    d = "".join(c for c in s if c.isdigit())
    if 13 <= len(d) <= 19:
        assert not luhn_ok(d), s
    if len(d) == 9:
        assert not tz_ok(d) and not afm_ok(d), s
    if len(d) == 10 and d[0] in "12":
        assert not luhn_ok(d), s
    return s

# ---------------------------------------------------------------- spoken digits

WORDS = {
    "en": "zero one two three four five six seven eight nine".split(),
    "enoh": "oh one two three four five six seven eight nine".split(),
    "ar": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "he": "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split(),
    "hem": "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split(),
    "el": "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split(),
}


def sp(digits, lang="en", sep=" "):
    return sep.join(WORDS[lang][int(c)] for c in digits if c.isdigit())


def grp(s, *sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def arabic_digits(s):
    return s.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))

# ---------------------------------------------------------------- building items

def build(items, lang):
    lines = []
    for it in items:
        text, spans = it[0], it[1]
        ctx = it[2] if len(it) > 2 else ""
        b = text.encode("utf-8")
        out, pos = [], 0
        for kind, sub in spans:
            assert kind in KINDS, kind
            i = text.find(sub, pos)
            assert i >= 0, (lang, sub, text)
            s = len(text[:i].encode("utf-8"))
            e = s + len(sub.encode("utf-8"))
            assert b[s:e].decode("utf-8") == sub
            out.append({"kind": kind, "start": s, "end": e})
            pos = i + len(sub)
        for a, c in zip(out, out[1:]):
            assert a["end"] <= c["start"]
        obj = {"text": text, "spans": out}
        if ctx:
            obj["context"] = ctx
        lines.append(obj)
    return lines


LANGS = {}

# ================================================================ languages below


# ---------------------------------------------------------------- English
def g4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


EC1 = luhn_complete("453201511283036")
EC2 = luhn_complete("542418990027351")
EC3 = luhn_complete("37144963539843")
EC4 = luhn_complete("601100099013942")
EC5 = luhn_complete("3056930902590")
EC6 = luhn_complete("491761000012")
EC7 = luhn_complete("535310045678901")
EC8 = luhn_complete("458012349876543")
EI1 = make_iban("GB", "BARC20004512345678")
EI2 = make_iban("IE", "AIBK93115212345678")
EI3 = make_iban("IL", "0117350000004729183")
EI4 = make_iban("DE", "500105175407324931")
EI5 = make_iban("GB", "LOYD30963214785501")
EI6 = make_iban("IL", "0206120000000386127")
EI7 = make_iban("AE", "0330000019876543210")
EI8 = make_iban("CY", "002001950000357001234567")
ET1 = make_tz("03271846")
ET2 = make_tz("31654920")
ET3 = make_tz("20785513")
ET4 = make_tz("33902174")
ES1, ES2, ES3 = "412-67-3390", "531-48-2206", "229-31-7045"
ESA = make_saudi("108734519")
for _s in (ES1, ES2, ES3):
    assert ssn_ok(_s)
EN_ORDER = not_valid("4000123412341239")   # a 16-digit tracking number, not a card
EN_REF9 = not_valid("202411873")

EN_A = [
    # --- call 1: shatnez testing lab, Jerusalem (US-born caller)
    ("Shatnez Lab of Geula, this is Yehuda speaking, how can I help?", [("name", "Yehuda")]),
    ("Hi yeah, um, my name is Chaim Rosenfeld, I dropped off two suits on Tuesday.", [("name", "Chaim Rosenfeld")]),
    ("The overcoat came back with linen in the collar, we can remove it for 60 shekels.", []),
    ("Oh wow. Okay. Um, can you can you text me when it's ready? It's oh five four, seven six two, thirty-three eighteen.",
     [("phone", "oh five four, seven six two, thirty-three eighteen")]),
    ("Sure. And for the file I need your teudat zehut.", []),
    (f"It's {grp(ET1, 3, 3, 3)}.", [("id", grp(ET1, 3, 3, 3))], "Sure. And for the file I need your teudat zehut."),
    ("We're open until seven tonight and Friday until one.", []),
    ("pickup is at 9 Malchei Yisrael the entrance next to the bakery", []),
    # --- call 2: kibbutz sandal factory outlet (Australian caller)
    ("G'day, it's Bronwyn here, I ordered the leather sandals off your website, size 39.", [("name", "Bronwyn")]),
    (f"Yeah it's the long one on the email, {g4(EN_ORDER)}.", []),
    ("Right, it shipped on the 3rd of March with Israel Post, it can take 14 to 21 working days to Australia.", []),
    ("Can you change the delivery? I'm at my sister's now, it's 27 Wattle Grove, Bondi Junction, New South Wales 2022.",
     [("address", "27 Wattle Grove, Bondi Junction, New South Wales 2022")]),
    ("and the mobile for the courier is oh four one two five eight three nine oh seven",
     [("phone", "oh four one two five eight three nine oh seven")]),
    (f"Righto, put it on the same card, {g4(EC1)}, expiry oh nine twenty-eight.", [("card", g4(EC1))]),
    ("bronnie dot mcgrath at bigpond dot com", [("email", "bronnie dot mcgrath at bigpond dot com")],
     "Lovely, and an email for the receipt?"),
    # --- call 3: Dead Sea cosmetics mail order (Nigerian caller)
    ("Good afternoon ma. I am Oluwaseun Adeyemi, calling from Lagos about my parcel.", [("name", "Oluwaseun Adeyemi")]),
    ("Plot 14, Adeola Odeku Street, Victoria Island, Lagos.", [("address", "Plot 14, Adeola Odeku Street, Victoria Island, Lagos")],
     "Can you confirm the delivery address please?"),
    ("You can call me on plus two three four, eight oh three, four one seven, two two five six.",
     [("phone", "plus two three four, eight oh three, four one seven, two two five six")]),
    ("Or on WhatsApp, +234 803 417 2256, same number.", [("phone", "+234 803 417 2256")]),
    ("My email is seun underscore adeyemi at yahoo dot co dot uk", [("email", "seun underscore adeyemi at yahoo dot co dot uk")]),
    ("Replacement reference is DS-88213, it should reach Lagos in 10 days.", []),
    # --- call 4: shuk food tours (Indian caller)
    ("Hi, myself Venkatesh Subramanian, I booked a tour for four people on the 12th.", [("name", "Venkatesh Subramanian")]),
    ("Yes Mr. Subramanian, Mahane Yehuda at 10 a.m., we meet by the Jaffa Road entrance.", [("name", "Subramanian")]),
    ("No problem, the tour is about three hours, roughly 2.5 kilometres.", []),
    ("the balance is 720 shekels you paid 180 deposit already", []),
    (f"Okay, I'll pay now. Card number {EC2[:4]} {EC2[4:8]}, {EC2[8:12]}... {EC2[12:]}.", [("card", f"{EC2[:4]} {EC2[4:8]}, {EC2[8:12]}... {EC2[12:]}")]),
    ("plus nine one, nine eight four five oh, two one seven three six", [("phone", "plus nine one, nine eight four five oh, two one seven three six")],
     "And a number in case we're late?"),
    ("Our guide will have a green umbrella and a Shuk Bites cap.", []),
    # --- call 5: Krav Maga studio, Tel Aviv (Irish caller)
    ("Hiya, it's Siobhán Ní Bhriain here, I'm after signing up for the women's self-defence course.",
     [("name", "Siobhán Ní Bhriain")]),
    ("Great, Siobhán, can you spell your surname for me?", [("name", "Siobhán")]),
    ("N, I, space, B, H, R, I, A, I, N.", [("name", "N, I, space, B, H, R, I, A, I, N")], "Great, Siobhán, can you spell your surname for me?"),
    ("The course is eight sessions, Mondays and Wednesdays at 19:30, 540 shekels.", []),
    ("Fourth of July, ninety-one. No sorry, the fourteenth of July 1991.", [("date_of_birth", "the fourteenth of July 1991")],
     "We need a date of birth for the insurance."),
    ("It's oh eight seven two one four, six six three nine, that's my Irish one, I'm not sorted with an Israeli one yet.",
     [("phone", "oh eight seven two one four, six six three nine")]),
    ("My flat is 32 Herzl Street, apartment 6, Tel Aviv, if you need it for the form.",
     [("address", "32 Herzl Street, apartment 6, Tel Aviv")]),
    ("Class 3 is cancelled on the 25th because of the holiday.", []),
    # --- call 6: ketubah artist (US couple)
    ("Hi, this is Rivka from Ketubah by Rivka Studio returning your call.", [("name", "Rivka")]),
    ("Oh hi! Yes, I'm Jessica, my fiancé and I want a custom ketubah.", [("name", "Jessica")]),
    ("June 18th, at the Kfar Blum hotel, so we need it by the end of May.", []),
    ("Mine is Yocheved bat Moshe, he'll send you his later.", [("name", "Yocheved bat Moshe")],
     "For the text I need the bride's full Hebrew name and the groom's."),
    ("The 40 by 50 centimetre print is 1,850 shekels, the hand-painted one 4,200.", []),
    (f"We'll wire the deposit, what should we... oh you need ours? Okay it's {EI1}.", [("iban", EI1)]),
    ("I'll send the sketch to jess.kaplan.nyc@gmail.com tonight.", [("email", "jess.kaplan.nyc@gmail.com")]),
    ("Or actually to our joint one, levin kaplan wedding at outlook dot com.", [("email", "levin kaplan wedding at outlook dot com")]),
]

EN_TRK = not_valid("7302 1140 5589 2217")
EN_B = [
    # --- call 7: pre-army mechina admissions (UK parent)
    ("Hello, yes, I'm ringing about my son's application, my name's Gillian Hartley-Cohen.", [("name", "Gillian Hartley-Cohen")]),
    ("He was born the second of November 2006.", [("date_of_birth", "the second of November 2006")],
     "Hi Gillian. And your son's date of birth?"),
    ("The interviews are on the 8th and 9th of January, in Kibbutz Ein Tzurim, 9 a.m.", []),
    ("The registration fee is 350 shekels and the year costs 24,000, of which the army covers part.", []),
    (f"Yes, uh, it's {g4(EI5)}, sorry, that's ours, I thought you needed it for the refund.", [("iban", g4(EI5))]),
    ("Our home address, it's 14 Elmfield Road, Edgware, HA8 7QP.", [("address", "14 Elmfield Road, Edgware, HA8 7QP")]),
    ("and my mobile is oh seven seven double oh nine double oh, four six one",
     [("phone", "oh seven seven double oh nine double oh, four six one")]),
    ("gillian hartley at btinternet dot com, hartley with a Y", [("email", "gillian hartley at btinternet dot com")]),
    ("We have 42 places and about 130 applicants this year.", []),
    # --- call 8: gemach (interest-free loan fund), Beit Shemesh
    ("Hi, my name is Moishe Greenbaum, I spoke to you last week about the loan.", [("name", "Moishe Greenbaum")]),
    (f"Mine is three three, nine oh two, one seven four, {ET4[-1]}... wait let me read it again. {ET4}.",
     [("id", f"three three, nine oh two, one seven four, {ET4[-1]}"), ("id", ET4)]),
    ("The standing order will go out on the 10th of every month starting February.", []),
    (f"The account for the debit is {grp(EI3, 4, 3, 3, 13, sep='-')}.", [("iban", grp(EI3, 4, 3, 3, 13, sep='-'))]),
    ("And I was born 3 Adar, which is, um, the 4th of March 1979.", [("date_of_birth", "3 Adar"), ("date_of_birth", "the 4th of March 1979")]),
    ("Our address is 22 Nahal Dolev, Ramat Beit Shemesh Aleph.", [("address", "22 Nahal Dolev, Ramat Beit Shemesh Aleph")]),
    # --- call 9: sufganiyot bulk orders (US)
    ("We have 340 students, so let's say 360, half jelly, half dulce de leche.", []),
    ("That's 6 shekels each, 2,160 in total, delivery on the 26th before 10:30.", []),
    (f"Fine. Company card, {EC3[:4]} {EC3[4:10]} {EC3[10:]}, that's an Amex.", [("card", f"{EC3[:4]} {EC3[4:10]} {EC3[10:]}")]),
    ("Brittany Okafor, O K A F O R, and my cell is plus one nine one seven, three eight four, twenty-two ninety.",
     [("name", "Brittany Okafor"), ("name", "O K A F O R"), ("phone", "plus one nine one seven, three eight four, twenty-two ninety")]),
    ("The school is on Wolfson Street in Even Yehuda, gate 2.", []),
    # --- call 10: Jerusalem-stone cladding supplier (UK architect)
    ("Hi there, it's Nigel Pemberton, architect, we spoke about the hebron gold for the villa.", [("name", "Nigel Pemberton")]),
    ("Right, 180 square metres, 3 centimetre thick, 260 shekels a square metre.", []),
    ("Delivery would be week 14, that's early April.", []),
    (f"Pay by card, {EC4[:4]}-{EC4[4:8]}-{EC4[8:12]}-{EC4[12:]}.", [("card", f"{EC4[:4]}-{EC4[4:8]}-{EC4[8:12]}-{EC4[12:]}")]),
    ("The client's site is 5 Ha'Oren Lane, Caesarea, lot 112.", [("address", "5 Ha'Oren Lane, Caesarea, lot 112")], "Where do we deliver the pallets?"),
    ("nigel at pembertonarchitects dot co dot uk", [("email", "nigel at pembertonarchitects dot co dot uk")], "And an email for the invoice?"),
    # --- call 11: sherut shared taxi from the airport
    ("Hi, I'm Kwame, I want to book a sherut from Ben Gurion to Jerusalem for Sunday night.", [("name", "Kwame")]),
    ("LY 028 from Newark, landing 23:40.", []),
    ("The Jerusalem address is forty-one Emek Refaim, apartment three.", [("address", "forty-one Emek Refaim, apartment three")],
     "It's 74 shekels a person, 10 more per big suitcase. Drop-off address?"),
    ("my number is plus four four seven nine one one, two three four, five six seven", [("phone", "plus four four seven nine one one, two three four, five six seven")]),
    ("kwame.mensah88@icloud.com", [("email", "kwame.mensah88@icloud.com")], "Give me an email for the confirmation."),
    ("The driver waits at exit 21 on level G.", []),
    # --- call 12: four-species stand (etrog and lulav)
    ("Mehudar is 380, regular 120. Pickup before Sukkot, the 16th at the latest.", []),
    (f"I'll pay now, it's {EC8}, exp eleven twenty-seven.", [("card", EC8)]),
    ("Yossi Abergel.", [("name", "Yossi Abergel")], "What's the name for the order?"),
    # --- call 13: TAMA 38 urban-renewal project office (US owner)
    ("Hi, Howard Feinstein here,, I own apartment 4 at 17 Bialik.", [("name", "Howard Feinstein")]),
    (f"Fine, my social is {ES1}.", [("id", ES1)]),
    (f"And my wife's social is five three one, forty-eight, twenty-two oh six.", [("id", "five three one, forty-eight, twenty-two oh six")]),
    ("my date of birth is august 9 1951 and hers is may 30 1954", [("date_of_birth", "august 9 1951"), ("date_of_birth", "may 30 1954")]),
    ("We're home in the States, 2210 Sheridan Road, Evanston, Illinois 60201.", [("address", "2210 Sheridan Road, Evanston, Illinois 60201")],
     "What's your mailing address abroad?"),
    ("The tenants' meeting is on the 20th at 7 in the lobby, and the permit was filed in 2023.", []),
    ("Each flat gets 25 square metres more and a safe room, and a balcony of 12.", []),
    (f"The permit file is {EN_REF9}.", []),
    # --- call 14: Tipat Halav well-baby clinic
    ("Hi, my name is Tigist, I need the vaccine for my baby at four months.", [("name", "Tigist")]),
    (f"{sp(ET3)}", [("id", sp(ET3))], "What's the baby's ID number?"),
    ("Seventh of September this year. 07.09.2025.", [("date_of_birth", "Seventh of September this year"), ("date_of_birth", "07.09.2025")],
     "And the date of birth?"),
    ("The nurse has Tuesday the 13th at 8:15 or 11:40, bring the yellow booklet.", []),
]
EN_C = [
    # --- call 15: Dead Sea cosmetics, customer in Riyadh
    ("Hello, this is Faisal Al-Otaibi, I ordered the Dead Sea salt set to Riyadh.", [("name", "Faisal Al-Otaibi")]),
    (f"Okay, it is {ESA[:1]} {ESA[1:4]} {ESA[4:7]} {ESA[7:]}.", [("id", f"{ESA[:1]} {ESA[1:4]} {ESA[4:7]} {ESA[7:]}")],
     "Saudi customs is asking for your national ID for clearance."),
    ("The customs fee is 45 riyals, the courier will collect it in cash.", []),
    (f"{g4(EI7)}", [("iban", g4(EI7))], "For the refund of the broken bottle, my account is in the Emirates NBD."),
    # --- call 16: matnas community centre (Irish/Indian callers)
    ("Morning, this is Padraig Walsh, I want to register the kids for the after-school robotics club.", [("name", "Padraig Walsh")]),
    (f"{ET2[:3]}-{ET2[3:6]}-{ET2[6:]}", [("id", f"{ET2[:3]}-{ET2[3:6]}-{ET2[6:]}")], "We need a parent ID, and the kids' are on the same card."),
    (f"Pay the semester by card, it's {sp(EC6[:4], 'enoh')} {sp(EC6[4:8], 'enoh')} {sp(EC6[8:], 'enoh')}.",
     [("card", f"{sp(EC6[:4], 'enoh')} {sp(EC6[4:8], 'enoh')} {sp(EC6[8:], 'enoh')}")]),
    ("The summer semester starts 1 July and ends 28 August, 8 weeks.", []),
    ("padraig.walsh@eircom.net", [("email", "padraig.walsh@eircom.net")], "And an email address?"),
    # --- call 17: kibbutz sandal outlet, wholesale (German shop owner, English)
    (f"Our bank details for the credit note: {EI4}.", [("iban", EI4)]),
    # --- call 18: shuk food tours, private group (US, Indian)
    ("Hi, it's Priya Raghunathan, we did your spice tour on the 2nd and I was double charged.", [("name", "Priya Raghunathan")]),
    (f"Yes, full number {EC7}, please refund one.", [("card", EC7)]),
    (f"Card is fine. Oh, actually my Irish account, {EI2}.", [("iban", EI2)], "Refund to the card or a transfer? If transfer, read me the IBAN."),
    # --- call 19: TAMA 38, second owner (Cyprus-registered company, US)
    ("Hello, this is Deborah Kwon, I'm the heir for flat 9, my mother passed in March.", [("name", "Deborah Kwon")]),
    (f"The SSN is {ES3.replace('-', ' ')} and the estate account is in Cyprus, {g4(EI8)}.",
     [("id", ES3.replace('-', ' ')), ("iban", g4(EI8))]),
    ("deb kwon at protonmail dot com, D E B", [("email", "deb kwon at protonmail dot com")], "An email for the documents?"),
    ("The signing is at the lawyer's office on 4 Jabotinsky, 11th floor, Monday at 14:00.", []),
    # --- call 20: gemach, second caller (card for donation)
    ("I want to donate 1,800 shekels in memory of my father.", []),
    (f"card {EC5[:4]} {EC5[4:10]} {EC5[10:]} expires 03 29", [("card", f"{EC5[:4]} {EC5[4:10]} {EC5[10:]}")]),
    (f"And a receipt to an Israeli account holder? IBAN {EI6}, Mizrahi Tefahot.", [("iban", EI6)]),
    ("The receipt for section 46 will come within 30 days.", []),
    ("Rosh Chodesh Kislev is the 21st, we'll say kaddish at the shul on Herzog.", []),
]

EN_D = [
    # --- call 21: shmura-matzah bakery (Nigerian church group) and loose lines from other calls
    ("Hi, it's Tunde Bakare, calling about the shmura matzah for our church's Passover seder in Abuja.", [("name", "Tunde Bakare")]),
    ("The matzah is 180 shekels a kilo, minimum 5 kilos for export, and shipping to Abuja takes 14 days.", []),
    ("My birthday's the twenty-ninth of Feb, eighty-eight, if that's what the form wants.",
     [("date_of_birth", "the twenty-ninth of Feb, eighty-eight")], "Date of birth for the customer account?"),
    ("Your card was charged 289 shekels on the 3rd of March at 14:22, and again on the 4th.", []),
    ("The warranty on the sandals is 12 months, and the soles can be replaced for 90 shekels.", []),
    ("We close for Passover from the 12th to the 20th of April, orders after the 10th ship in May.", []),
    ("El Al 3 to Newark leaves at 00:40, so the sherut should pick you up from Jerusalem at 20:30.", []),
]

LANGS["en"] = EN_A + EN_B + EN_C + EN_D

# ---------------------------------------------------------------- Arabic
AC1 = luhn_complete("446404001234567")
AC2 = luhn_complete("552137880091234")
AC3 = luhn_complete("409876543210987")
AC4 = luhn_complete("523456781234098")
AC5 = luhn_complete("37828224631000")
AC6 = luhn_complete("484783001122334")
AC7 = luhn_complete("588845123987654")
AC8 = luhn_complete("431940076543218")
AI1 = make_iban("SA", "80000000608010167519")
AI2 = make_iban("AE", "0260001015333439201")
AI3 = make_iban("JO", "CBJO0010000000000131000302")
AI4 = make_iban("EG", "0019000500000000263180002")
AI5 = make_iban("IL", "0126110000000587214")
AI6 = make_iban("SA", "45000000098765432101")
AI7 = make_iban("IL", "0310540000000219876")
AI8 = make_iban("AE", "0350000002034567891")
AT1 = make_tz("20318475")
AT2 = make_tz("31227690")
AT3 = make_tz("05963281")
AT4 = make_tz("32418857")
ASA1 = make_saudi("109876543")
ASA2 = make_saudi("243561078")   # iqama
ASA3 = make_saudi("112233440")
AR_ORDER = not_valid("5011 2290 4471 0083")
AR_REF = not_valid("3184490276")

AR_A = [
    # --- call 1: Jerusalem/Hebron-stone cladding supplier (Levantine, Israeli Arab contractor)
    ("مرحبا، معك شركة حجر القدس للتلبيس، أنا رامي، كيف بقدر أساعدك؟", [("name", "رامي")]),
    ("أهلين، أنا إسمي وسيم خطيب، مقاول من الناصرة، بدي أطلب حجر للفيلا.", [("name", "وسيم خطيب")]),
    ("يعني تقريباً ٢٢٠ متر، حجر أبيض خليلي، سماكة ٣ سانتي.", []),
    ("السعر ٢٤٥ شيكل للمتر، والتوصيل يوم الأحد الجاي الساعة ٧ الصبح.", []),
    ("العنوان شارع البشارة ١٤، حي الصفافرة، الناصرة، جنب الكنيسة.", [("address", "شارع البشارة ١٤، حي الصفافرة، الناصرة")],
     "وين بدنا ننزّل الطلبية؟"),
    ("ورقم الجوال تبعي صفر خمسين، سبعة اثنين اثنين، تسعة واحد ستة أربعة", [("phone", "صفر خمسين، سبعة اثنين اثنين، تسعة واحد ستة أربعة")]),
    (f"بدنا رقم الهوية للفاتورة.", []),
    (f"هويتي {arabic_digits(AT1)}", [("id", arabic_digits(AT1))], "بدنا رقم الهوية للفاتورة."),
    (f"الدفعة الأولى بتحويل من حسابي {g4(AI5)}", [("iban", g4(AI5))]),
    ("رقم الطلبية عندك 8821، وبتوصلك رسالة قبل بساعة.", []),
    # --- call 2: Dead Sea cosmetics mail order (Gulf caller, Dubai)
    ("السلام عليكم، معاكم شمّا المهيري من دبي، طلبت طين البحر الميت وما وصلني.", [("name", "شمّا المهيري")]),
    (f"الرقم الطويل اللي في الإيميل {AR_ORDER}", []),
    ("الطلب انشحن يوم ١٢ فبراير، والشحن لدبي ياخذ من ٧ لـ ١٠ أيام عمل.", []),
    ("تقدرين ترسلينه على عنواني الجديد؟ فيلا ٢٣، شارع ٤٥ب، الورقاء ٣، دبي.", [("address", "فيلا ٢٣، شارع ٤٥ب، الورقاء ٣، دبي")]),
    ("رقمي زيرو فايف، خمسة، ثمانية سبعة سبعة، أربعة اثنين واحد اثنين", [("phone", "زيرو فايف، خمسة، ثمانية سبعة سبعة، أربعة اثنين واحد اثنين")]),
    (f"والاسترجاع على حسابي في بنك الإمارات دبي الوطني {AI2}", [("iban", AI2)]),
    ("الإيميل shamma.m92@hotmail.com", [("email", "shamma.m92@hotmail.com")]),
    ("عرض الملح: ثلاث علب بـ ١٩٩ درهم لين نهاية الشهر.", []),
    # --- call 3: shuk food tours (Egyptian tourist)
    ("ألو، أيوه، أنا محمود عبد الفتاح، حاجز جولة الأكل في سوق عكا يوم الخميس.", [("name", "محمود عبد الفتاح")]),
    ("إحنا خمسة، اتنين منهم عيال، السعر كام؟", []),
    ("الكبير ٢٢٠ شيكل والطفل ١١٠، يعني المجموع ٨٨٠.", []),
    (f"طيب هدفع بالكارت، الرقم {sp(AC1[:4], 'ar')}، {sp(AC1[4:8], 'ar')}، {sp(AC1[8:12], 'ar')}، {sp(AC1[12:], 'ar')}",
     [("card", f"{sp(AC1[:4], 'ar')}، {sp(AC1[4:8], 'ar')}، {sp(AC1[8:12], 'ar')}، {sp(AC1[12:], 'ar')}")]),
    ("ورقم موبايلي المصري زائد اتنين صفر، واحد صفر، ٦٥٤، ٣٢١٠٩", [("phone", "زائد اتنين صفر، واحد صفر، ٦٥٤، ٣٢١٠٩")]),
    ("الإيميل m abdelfattah at yahoo dot com", [("email", "m abdelfattah at yahoo dot com")]),
    ("الجولة ٣ ساعات، وفيها ٨ محطات، كنافة وحمص وسمك.", []),
    # --- call 4: Tipat Halav well-baby clinic, Umm al-Fahm (Levantine)
    ("عيادة الأم والطفل، صباح الخير.", []),
    ("صباح النور، أنا أم... أنا اسمي عبير محاجنة، بدي موعد للتطعيم لبنتي.", [("name", "عبير محاجنة")]),
    ("أهلين عبير، شو رقم هوية البنت؟", [("name", "عبير")]),
    (f"{sp(AT2[:3], 'ar')} {sp(AT2[3:6], 'ar')} {sp(AT2[6:], 'ar')}", [("id", f"{sp(AT2[:3], 'ar')} {sp(AT2[3:6], 'ar')} {sp(AT2[6:], 'ar')}")],
     "أهلين عبير، شو رقم هوية البنت؟"),
    ("وتاريخ الميلاد؟", []),
    ("انولدت بـ ١٧ تشرين الثاني، ٢٠٢٤", [("date_of_birth", "١٧ تشرين الثاني، ٢٠٢٤")], "وتاريخ الميلاد؟"),
    ("في دور يوم الثلاثاء ٩ الشهر الساعة ٨ وربع، أو الخميس ١١ و٤٠.", []),
    ("احنا ساكنين حي عين خالد، شارع ٥، بيت ١٢", [("address", "حي عين خالد، شارع ٥، بيت ١٢")], "عنوان السكن عندك لسا نفسه؟"),
    ("جيبي معك دفتر التطعيمات الأصفر، والتطعيم الرابع بعد ٦ شهور.", []),
    # --- call 5: Krav Maga studio in Haifa (Levantine youth, code-switching)
    ("هاي، بدي أسجّل على كورس الكراف مغا، اسمي كريم، كريم زعبي.", [("name", "كريم، كريم زعبي")]),
    ("كم الاشتراك؟", []),
    ("٣٢٠ شيكل بالشهر، أو ٣٤٠٠ للسنة.", []),
    ("بحتاج تاريخ ميلادك للتأمين.", []),
    ("تلاتة وعشرين أيار ألفين وأربعة", [("date_of_birth", "تلاتة وعشرين أيار ألفين وأربعة")], "بحتاج تاريخ ميلادك للتأمين."),
    (f"كرت الفيزا {AC3[:4]} {AC3[4:8]} {AC3[8:12]} {AC3[12:]}", [("card", f"{AC3[:4]} {AC3[4:8]} {AC3[8:12]} {AC3[12:]}")]),
    ("والإيميل تبعي karim underscore zoabi at gmail dot com", [("email", "karim underscore zoabi at gmail dot com")]),
    ("الحصة التجريبية ببلاش، يوم ٣ الشهر.", []),
]

AR_B = [
    # --- call 6: sherut shared-taxi line Nazareth-Haifa (Levantine)
    ("شركة سرفيس الجليل، مرحبا.", []),
    ("مرحبا، أنا نسيت شنتة بالسرفيس اللي طلع الساعة ٦ وربع من الناصرة لحيفا.", []),
    ("أي خط؟ ٣٣١ ولا ٣٣٢؟", []),
    ("٣٣١، السيارة رقمها ٤٥-٨٨٢-٦١.", []),
    ("شو اسمك لو سمحت؟", []),
    ("جريس، جريس حداد.", [("name", "جريس، جريس حداد")], "شو اسمك لو سمحت؟"),
    ("٠٥٢-٣٨٨-٤١٠٧", [("phone", "٠٥٢-٣٨٨-٤١٠٧")], "طيب يا جريس، السواق رح يتصل فيك، أعطيني رقمك."),
    ("الأجرة ١٧ شيكل ونص، والمكتب بحيفا بشارع الحنبيم جنب المحطة.", []),
    # --- call 7: TAMA 38 urban-renewal office, Haifa (older Christian Arab owner)
    ("مكتب مشروع تاما ٣٨، معك سهى.", [("name", "سهى")]),
    ("مسا الخير يا بنتي، أنا الياس نخلة، صاحب الشقة رقم ٧ بالبناية.", [("name", "الياس نخلة")]),
    ("أهلين عمي الياس، المحامي بده نسخة الهوية وتاريخ الميلاد.", [("name", "الياس")]),
    (f"الهوية {sp(AT3, 'ar')}", [("id", sp(AT3, 'ar'))]),
    ("ومواليد واحد وعشرين آب سنة ستة وأربعين.", [("date_of_birth", "واحد وعشرين آب سنة ستة وأربعين")]),
    ("العنوان شارع عباس ٣١، الطابق الثالث، حيفا.", [("address", "شارع عباس ٣١، الطابق الثالث، حيفا")], "عنوانك للمراسلات؟"),
    ("الاجتماع مع السكان يوم ٢٠ الشهر الساعة ٧، والبناية فيها ١٦ شقة.", []),
    ("كل شقة بتزيد ٢٥ متر، وغرفة محصنة، والأعمال بتاخذ ٣٦ شهر.", []),
    (f"رقم الملف بالبلدية {AR_REF}", []),
    # --- call 8: Druze pre-army mechina admissions (Levantine / Hebrew mix)
    ("مكينا بيت جن، مساء الخير، معك فادي.", [("name", "فادي")]),
    ("مسا النور، أنا نزيه حلبي، بدي أسجل ابني للسنة الجاي.", [("name", "نزيه حلبي")]),
    ("مواليد ٠٣/٠٤/٢٠٠٧", [("date_of_birth", "٠٣/٠٤/٢٠٠٧")], "أهلا نزيه. الابن مواليد أي سنة؟"),
    (f"ورقم هويته {AT4[:3]}-{AT4[3:6]}-{AT4[6:]}", [("id", f"{AT4[:3]}-{AT4[3:6]}-{AT4[6:]}")]),
    ("المقابلات ٨ و٩ كانون الثاني، والرسوم ٣٥٠ شيكل.", []),
    ("والتلفون تبع البيت صفر أربعة، ثمانية تسعة ثمانية، ستة واحد اثنين سبعة", [("phone", "صفر أربعة، ثمانية تسعة ثمانية، ستة واحد اثنين سبعة")]),
    ("nazih.halabi@walla.co.il", [("email", "nazih.halabi@walla.co.il")], "وإيميل للمراسلة؟"),
    ("عنا ٤٢ مكان و١٣٠ متقدم، الجواب بآخر شباط.", []),
    # --- call 9: kibbutz sandal outlet (Moroccan caller, Darija)
    ("ألو سلام، أنا يوسف بنعلي من الدار البيضاء، كنت طلبت جوج صنادل.", [("name", "يوسف بنعلي")]),
    ("لا، وصلات غير وحدة، والأخرى ما جاتش. المقاس ٤٣.", []),
    ("الشحنة التانية طلعت نهار ٢٨ وغادي توصل في ١٥ يوم.", []),
    ("صيفطها لعنوان الخدمة: زنقة ابن تومرت، رقم ٢٧، المعاريف، الدار البيضاء.", [("address", "زنقة ابن تومرت، رقم ٢٧، المعاريف، الدار البيضاء")]),
    ("النمرة ديالي زايد ٢١٢، ستة، ستين، واحد اثنين، أربعة ثلاثة، خمسة سبعة", [("phone", "زايد ٢١٢، ستة، ستين، واحد اثنين، أربعة ثلاثة، خمسة سبعة")]),
    (f"خلصت بالكارط ديالي {AC4}", [("card", AC4)]),
    ("يعني youssef point benali arobase gmail point com", [("email", "youssef point benali arobase gmail point com")]),
    ("الصندلة الجلدية بـ ٦٥ دولار، والشحن ١٢ دولار.", []),
    # --- call 10: Dead Sea cosmetics, Saudi customer (Najdi) and customs
    ("السلام عليكم، معك تركي العتيبي من الرياض.", [("name", "تركي العتيبي")]),
    (f"هويتي {sp(ASA1[:5], 'ar')}، {sp(ASA1[5:], 'ar')}", [("id", f"{sp(ASA1[:5], 'ar')}، {sp(ASA1[5:], 'ar')}")],
     "الجمارك طالبين رقم الهوية الوطنية."),
    (f"والشحنة الثانية باسم السواق حقي، رقم إقامته {arabic_digits(ASA2)}", [("id", arabic_digits(ASA2))]),
    ("والجوال ٠٥٥ ٤٢١ ٧٧٨٣", [("phone", "٠٥٥ ٤٢١ ٧٧٨٣")]),
    (f"حوّلوا المبلغ المسترجع على الآيبان {AI1}", [("iban", AI1)]),
    (f"لا لحظة، هذا القديم. الجديد {g4(AI6)}", [("iban", g4(AI6))]),
    ("رسوم الجمارك ٤٥ ريال والتوصيل خلال ٥ أيام.", []),
    ("العنوان حي الملقا، شارع الأمير سلطان، فيلا ٨، الرياض ١٣٥٢٤", [("address", "حي الملقا، شارع الأمير سلطان، فيلا ٨، الرياض ١٣٥٢٤")]),
    # --- call 11: shuk food tours, Jordanian tourist (formal agent, MSA)
    ("شركة جولات السوق، معكم ليلى، كيف يمكنني مساعدتكم؟", [("name", "ليلى")]),
    ("مرحبا، أنا لانا الزعبي من عمّان، بدي ألغي حجز جولة الخميس.", [("name", "لانا الزعبي")]),
    ("حسناً، سيدة لانا، سيتم خصم ١٠٪ رسوم إلغاء، أي ٤٤ شيكل.", [("name", "لانا")]),
    (f"رجّعوا الباقي على حسابي بالبنك العربي {AI3}", [("iban", AI3)]),
    ("وتلفوني زائد تسعة ستة اثنين، سبعة تسعة، خمسة خمسة خمسة، صفر واحد اثنين اثنين", [("phone", "زائد تسعة ستة اثنين، سبعة تسعة، خمسة خمسة خمسة، صفر واحد اثنين اثنين")]),
    ("lana dot zoubi at outlook dot jo", [("email", "lana dot zoubi at outlook dot jo")], "وما هو بريدك الإلكتروني؟"),
    ("سيصل المبلغ خلال ١٤ يوم عمل.", []),
    # --- call 12: matnas community centre, Tayibe (Levantine)
    ("صباح الخير، اسمي سامي مصاروة، بدي أسجل ولادي على نادي الروبوتيكا.", [("name", "سامي مصاروة")]),
    ("النادي يوم الأحد من ٤ لـ ٥ ونص، ١٩٠ شيكل بالشهر للولد.", []),
    (f"الدفع بكرت {AC2[:4]} {AC2[4:8]}، {AC2[8:12]}، لا لا، {AC2[8:12]} {AC2[12:]}", [("card", f"{AC2[:4]} {AC2[4:8]}، {AC2[8:12]}، لا لا، {AC2[8:12]} {AC2[12:]}")]),
    ("ومواليدي ١٩٨٣-١٢-٠٥ إذا بدك للاستمارة.", [("date_of_birth", "١٩٨٣-١٢-٠٥")]),
    ("sami.masarwa83@gmail.com", [("email", "sami.masarwa83@gmail.com")], "وبريد إلكتروني؟"),
    ("الفصل الصيفي من ١ تموز لـ ٢٨ آب، ٨ أسابيع.", []),
]

AR_C = [
    # --- call 13: Dead Sea cosmetics, Egyptian wholesale customer
    ("مساء النور، أنا شريف منصور، صاحب صيدلية في مصر الجديدة.", [("name", "شريف منصور")]),
    ("عايز ٢٠٠ علبة كريم و١٥٠ صابونة طين، الدفعة الأولى ٣٠٪.", []),
    (f"حوّلي على حساب الشركة... لأ استني، ده حسابي الشخصي في البنك الأهلي {AI4}", [("iban", AI4)]),
    (f"والكريديت كارد {AC5[:4]} {AC5[4:10]} {AC5[10:]}", [("card", f"{AC5[:4]} {AC5[4:10]} {AC5[10:]}")]),
    ("عنوان الصيدلية ٤٥ شارع الميرغني، مصر الجديدة، القاهرة", [("address", "٤٥ شارع الميرغني، مصر الجديدة، القاهرة")]),
    ("الشحنة هتوصل ميناء بورسعيد بعد ٢١ يوم، والكونتينر رقمه MSCU 4471928.", []),
    # --- call 14: kibbutz sandal outlet, Kuwaiti customer
    ("هلا والله، أنا دانة الصباح، أبي أرجع صندل مقاسه غلط.", [("name", "دانة الصباح")]),
    ("تفضلي، رقم الطلب ٧٧٣٢١، المبلغ ٢٨٩ شيكل، بيرجع للكرت خلال ٧ أيام.", []),
    (f"لا، رجعوه على حسابي في الإمارات {AI8}", [("iban", AI8)]),
    (f"والكرت اللي دفعت فيه كان {AC6}، بس انتهى.", [("card", AC6)]),
    # --- call 15: Dead Sea cosmetics, Israeli Arab customer from Rahat (Bedouin), agent Levantine
    ("شو اسمك الكامل لو سمحت؟", []),
    ("سليمان أبو كف.", [("name", "سليمان أبو كف")], "شو اسمك الكامل لو سمحت؟"),
    ("أهلا سليمان، والمواليد؟", [("name", "سليمان")]),
    ("أول كانون الثاني تسعين. بالهوية مكتوب ١/١/١٩٩٠", [("date_of_birth", "أول كانون الثاني تسعين"), ("date_of_birth", "١/١/١٩٩٠")], "أهلا سليمان، والمواليد؟"),
    (f"ارجعلي المصاري على {grp(AI7, 4, 3, 3, 13, sep=' ')}", [("iban", grp(AI7, 4, 3, 3, 13, sep=' '))]),
    ("ساكن رهط، حي ١٤، بيت رقم ٢٢٨", [("address", "رهط، حي ١٤، بيت رقم ٢٢٨")], "ولوين نبعت الطرد؟"),
    # --- call 16: shuk food tours, Saudi family (Hejazi) paying
    ("أنا عبدالرحمن الغامدي، حجزت جولة لسبعة أشخاص.", [("name", "عبدالرحمن الغامدي")]),
    (f"البطاقة {AC7[:4]}-{AC7[4:8]}-{AC7[8:12]}-{AC7[12:]}", [("card", f"{AC7[:4]}-{AC7[4:8]}-{AC7[8:12]}-{AC7[12:]}")]),
    (f"وللفاتورة رقم الهوية الوطنية {ASA3}", [("id", ASA3)]),
    ("ومواليدي ١٤٠٨/٠٣/١٢ هجري", [("date_of_birth", "١٤٠٨/٠٣/١٢ هجري")]),
    # --- call 17: Krav Maga studio, second caller (card split by read-back)
    (f"الكرت {sp(AC8[:8], 'ar')}", [("card", f"{sp(AC8[:8], 'ar')}")]),
    (f"تمام، {AC8[:4]} {AC8[4:8]}، كمّل.", [("card", f"{AC8[:4]} {AC8[4:8]}")], "الكرت"),
    (f"{AC8[8:12]} {AC8[12:]}", [("card", f"{AC8[8:12]} {AC8[12:]}")], f"تمام، {AC8[:4]} {AC8[4:8]}، كمّل."),
    ("الحصة بتبلش الساعة ٧:٣٠ بالضبط، وجيب مي ومنشفة.", []),
]

LANGS["ar"] = AR_A + AR_B + AR_C

# ---------------------------------------------------------------- Hebrew
HC1 = luhn_complete("458003123456789")
HC2 = luhn_complete("532610987654321")
HC3 = luhn_complete("401795002233446")
HC4 = luhn_complete("37551020304050")
HC5 = luhn_complete("520000112233445")
HC6 = luhn_complete("454677100200300")
HC7 = luhn_complete("360012345678")        # 13 digits
HC8 = luhn_complete("498765001234123")
HI1 = make_iban("IL", "0108000000099988877")
HI2 = make_iban("IL", "0207700000000541236")
HI3 = make_iban("IL", "0126890000000332109")
HI4 = make_iban("FR", "30006000011234567890189")
HI5 = make_iban("IL", "0311190000000807654")
HI6 = make_iban("GB", "HBUK40127612345678")
HI7 = make_iban("IL", "0204610000000120034")
HI8 = make_iban("DE", "100700000123456789")
HT = [make_tz(p) for p in ("02584713", "30911462", "03417725", "31908836", "20561139", "33751208", "06124590", "34877012")]
HE_TRK = not_valid("RR 771 204 538 IL")
HE_ORD = not_valid("9123 4567 8012 3456")

HE_A = [
    # --- call 1: shatnez testing lab, Bnei Brak (native, Haredi)
    ("שלום, מדבר יענקי פרלשטיין, הבאתי חליפה ביום שני.", [("name", "יענקי פרלשטיין")]),
    ("אפשר לשלוח לי הודעה כשזה מוכן? אפס חמש שתיים, שבע שש אחת, ארבע ארבע שמונה תשע.",
     [("phone", "אפס חמש שתיים, שבע שש אחת, ארבע ארבע שמונה תשע")]),
    ("פתוחים עד שבע בערב, ביום שישי עד אחת.", []),
    ("תעודת זהות בשביל הכרטיס?", []),
    (f"{sp(HT[0], 'he')}", [("id", sp(HT[0], 'he'))], "תעודת זהות בשביל הכרטיס?"),
    ("המעבדה ברחוב רבי עקיבא 112, קומה ב', ליד הסניף של הדואר.", []),
    # --- call 2: shmura-matzah bakery (French immigrant)
    ("בוקר טוב, קוראים לי אליהו בן חמו, אני רוצה להזמין חמישה קילו מצות יד לפסח.", [("name", "אליהו בן חמו")]),
    ("הקילו 180 שקל, איסוף עד ערב פסח, י\"ג בניסן, עד שתיים בצהריים.", []),
    (f"אני משלם בכרטיס, {HC1[:4]} {HC1[4:8]} {HC1[8:12]} {HC1[12:]}, תוקף אחת עשרה עשרים ושמונה.",
     [("card", f"{HC1[:4]} {HC1[4:8]} {HC1[8:12]} {HC1[12:]}")]),
    ("ואפשר משלוח לנתניה? אני גר ברחוב שטמפפר 22, דירה 9, נתניה.", [("address", "רחוב שטמפפר 22, דירה 9, נתניה")]),
    ("המשלוח 35 שקל, מגיע ביום חמישי בין 10 ל-14.", []),
    ("והמייל שלי eliyahou.benhamou@orange.fr", [("email", "eliyahou.benhamou@orange.fr")]),
    ("ואם צריך, הטלפון הצרפתי שלי פלוס שלושים ושלוש, שש, עשרים ושתיים, ארבעים וחמש, שמונים ואחת, ארבעים ושבע",
     [("phone", "פלוס שלושים ושלוש, שש, עשרים ושתיים, ארבעים וחמש, שמונים ואחת, ארבעים ושבע")]),
    # --- call 3: four-species stand (native, younger)
    ("היי, זה עומרי, אני רוצה סט מהודר ושני סטים רגילים.", [("name", "עומרי")]),
    ("מהודר 380, רגיל 120, סה\"כ 620. אתרוג תימני או קלבריה?", []),
    (f"תעביר לי ביט או העברה בנקאית, אפשר? אני יכול להעביר מ-{HI1}", [("iban", HI1)]),
    # --- call 4: ketubah artist (Anglo immigrant + native)
    ("שלום, מדברת רבקה מסטודיו כתובות.", [("name", "רבקה")]),
    ("היי, אני שירה, שירה גולדברג, התחתנו... כלומר מתחתנים ב-18 ביוני.", [("name", "שירה, שירה גולדברג")]),
    ("מזל טוב! כתובה מצוירת ביד זה 4,200, הדפסה 1,850, ולוקח שלושה שבועות.", []),
    ("אני צריכה את השם העברי המלא שלך ושל האבא.", []),
    ("שירה בת אברהם.", [("name", "שירה בת אברהם")], "אני צריכה את השם העברי המלא שלך ושל האבא."),
    ("shira dot goldberg at gmail dot com, תשלחי את הסקיצה לשם", [("email", "shira dot goldberg at gmail dot com")]),
    (f"המקדמה תגיע מהחשבון שלי באנגליה, {g4(HI6)}", [("iban", g4(HI6))]),
    ("הטקס באולם גני הדר בקיבוץ שפיים, 250 מוזמנים.", []),
    # --- call 5: TAMA 38 project office, Ramat Gan (Russian-speaking immigrant, older)
    ("משרד פרויקט תמ\"א 38, מדברת דליה.", [("name", "דליה")]),
    ("שלום, אני זויה קפלן, יש לי דירה 5 בבניין ברחוב ביאליק.", [("name", "זויה קפלן")]),
    (f"זהות {HT[1][:3]}-{HT[1][3:6]}-{HT[1][6:]}", [("id", f"{HT[1][:3]}-{HT[1][3:6]}-{HT[1][6:]}")]),
    ("נולדתי ב-14.02.1951, בקייב.", [("date_of_birth", "14.02.1951")]),
    ("הכתובת למשלוח המסמכים: רחוב ביאליק 17, דירה 5, רמת גן.", [("address", "רחוב ביאליק 17, דירה 5, רמת גן")]),
    ("הבנייה מתחילה ב-2026 ותימשך 36 חודשים, כל דירה מקבלת 25 מטר וממ\"ד.", []),
    ("אסיפת דיירים ב-20 לחודש בשעה 19:00 בלובי, קומה 0.", []),
    ("הטלפון של הבת שלי, היא מדברת עברית טוב: 054-8812739", [("phone", "054-8812739")]),
    # --- call 6: gemach (interest-free loans), Beit Shemesh
    ("שלום, אני חיים-משה ויסברג, דיברתי איתכם על הלוואה.", [("name", "חיים-משה ויסברג")]),
    ("כן, 15,000 שקל ב-20 תשלומים של 750, בלי ריבית, ושני ערבים.", []),
    (f"מספר הזהות שלי {sp(HT[2], 'hem')}", [("id", sp(HT[2], 'hem'))]),
    ("תאריך לידה?", []),
    ("ט\"ו בשבט תשמ\"ה", [("date_of_birth", "ט\"ו בשבט תשמ\"ה")], "תאריך לידה?"),
    (f"הוראת הקבע מחשבון {HI2[:4]} {HI2[4:7]} {HI2[7:10]} {HI2[10:]}", [("iban", f"{HI2[:4]} {HI2[4:7]} {HI2[7:10]} {HI2[10:]}")]),
    ("ההוראה יוצאת כל 10 לחודש, החל מחודש שבט.", []),
    ("כתובת: נחל דולב 22, רמת בית שמש א'", [("address", "נחל דולב 22, רמת בית שמש א'")]),
]

HE_B = [
    # --- call 7: sufganiyot bulk order (native, office manager)
    ("היי אבי, זאת מורן מהמשרד של הייטק בהרצליה, צריכים 360 סופגניות לחנוכה.", [("name", "מורן")]),
    ("חצי ריבה, חצי דולצ'ה, 6 שקלים ליחידה, יוצא 2,160, משלוח ב-26 לחודש עד 10:30.", []),
    (f"כרטיס אשראי של החברה... לא, תרשום את שלי, {HC2[:4]}-{HC2[4:8]}-{HC2[8:12]}-{HC2[12:]}",
     [("card", f"{HC2[:4]}-{HC2[4:8]}-{HC2[8:12]}-{HC2[12:]}")]),
    ("הכתובת למשלוח רחוב המדע 8, קומה 3, הרצליה פיתוח", [("address", "רחוב המדע 8, קומה 3, הרצליה פיתוח")]),
    ("moran underscore office at techpoint dot co dot il", [("email", "moran underscore office at techpoint dot co dot il")], "ולאן לשלוח חשבונית?"),
    ("בחנוכה אנחנו פתוחים גם בשבת במוצ\"ש מ-19:00.", []),
    # --- call 8: Tipat Halav well-baby clinic (Ethiopian-Israeli mother)
    ("בוקר טוב, שמי אסנקה טגניה, אני צריכה תור לחיסון של התינוק.", [("name", "אסנקה טגניה")]),
    ("מה תעודת הזהות של התינוק?", []),
    (f"{HT[3][:3]} {HT[3][3:6]} {HT[3][6:]}", [("id", f"{HT[3][:3]} {HT[3][3:6]} {HT[3][6:]}")], "מה תעודת הזהות של התינוק?"),
    ("והוא נולד מתי?", []),
    ("בשבעה בספטמבר, לא סליחה, בשבעה עשר בספטמבר", [("date_of_birth", "בשבעה עשר בספטמבר")], "והוא נולד מתי?"),
    ("יש תור ביום שלישי ה-13 בשמונה ורבע, תביאי את הפנקס הצהוב.", []),
    ("אנחנו גרים ברחוב הגדוד העברי 40, דירה 12, תל אביב", [("address", "רחוב הגדוד העברי 40, דירה 12, תל אביב")]),
    ("הטלפון אפס חמש שמונה, שש שש, שלוש אחת, שתיים שבע שמונה", [("phone", "אפס חמש שמונה, שש שש, שלוש אחת, שתיים שבע שמונה")]),
    # --- call 9: sherut shared taxi (Arab citizen speaking Hebrew)
    ("שלום, אני סאמר, שכחתי תיק במונית שיצאה ב-6 ורבע מהתחנה המרכזית.", [("name", "סאמר")]),
    ("באיזה רכב? זוכר את המספר?", []),
    ("לא זוכר, משהו עם 45, מרצדס לבנה.", []),
    ("תן לי טלפון שהנהג יחזור אליך.", []),
    ("אפס חמישים ושתיים, שלוש שמונה שמונה, ארבעים ואחת, אפס שבע", [("phone", "אפס חמישים ושתיים, שלוש שמונה שמונה, ארבעים ואחת, אפס שבע")],
     "תן לי טלפון שהנהג יחזור אליך."),
    ("הנסיעה 7.80 שקל, המשרד ברחוב נחלת בנימין, פתוח עד 22:00.", []),
    # --- call 10: pre-army mechina admissions (Anglo mother)
    ("מכינת עין צורים, שלום, מדברת שירה.", [("name", "שירה")]),
    ("היי, זה ג'ניפר, אני אמא של מועמד, מה הסטטוס של הבקשה?", [("name", "ג'ניפר")]),
    ("הראיונות ב-8 וב-9 בינואר, דמי רישום 350 שקל.", []),
    ("אני צריכה את תאריך הלידה שלך בשביל הטופס של ההורה.", []),
    ("אחד עשר במרץ שבעים ושש", [("date_of_birth", "אחד עשר במרץ שבעים ושש")], "אני צריכה את תאריך הלידה שלך בשביל הטופס של ההורה."),
    (f"ואת תעודת הזהות שלך?", []),
    (f"{HT[4]}", [("id", HT[4])], "ואת תעודת הזהות שלך?"),
    ("jen k levy at gmail dot com, levy with a Y", [("email", "jen k levy at gmail dot com")]),
    ("יש לנו 42 מקומות ו-130 מועמדים.", []),
    # --- call 11: Krav Maga studio, Haifa (Russian-speaking young man)
    ("ערב טוב, שמי דניס, דניס קוזלוב, אני רוצה להירשם לקורס מתחילים.", [("name", "דניס, דניס קוזלוב")]),
    ("הקורס פעמיים בשבוע, שני ורביעי ב-20:00, 320 לחודש.", []),
    ("צריך תאריך לידה בשביל הביטוח.", []),
    ("03/08/1999", [("date_of_birth", "03/08/1999")], "צריך תאריך לידה בשביל הביטוח."),
    (f"כרטיס {sp(HC3[:4], 'he')}, {HC3[4:8]}, {HC3[8:12]}, {sp(HC3[12:], 'he')}",
     [("card", f"{sp(HC3[:4], 'he')}, {HC3[4:8]}, {HC3[8:12]}, {sp(HC3[12:], 'he')}")]),
    ("denis.kozlov99@mail.ru", [("email", "denis.kozlov99@mail.ru")], "ומייל?"),
    ("אני גר בשדרות מוריה 55, דירה 7, חיפה", [("address", "שדרות מוריה 55, דירה 7, חיפה")]),
    ("שיעור ניסיון חינם ביום חמישי ה-3.", []),
    # --- call 12: kibbutz sandal factory outlet (native, kibbutz)
    ("היי נעמה, זה אלון מקריית שמונה, הזמנתי סנדלים באתר ועוד לא הגיעו.", [("name", "אלון")]),
    (f"המשלוח יצא ב-3 למרץ, מספר מעקב {HE_TRK}, לוקח עד 14 ימי עבודה.", []),
    (f"ומספר ההזמנה באתר {HE_ORD}", []),
    ("תשלחו לכתובת אחרת, אני אצל ההורים, קיבוץ דפנה, בית 214", [("address", "קיבוץ דפנה, בית 214")]),
    ("זוג שני של הקלאסי בחום עולה 289, ובמבצע שני זוגות ב-499.", []),
    (f"על אותו כרטיס, {HC4}", [("card", HC4)]),
    # --- call 13: Dead Sea cosmetics mail order (French immigrant)
    ("שלום, אני סנדרין אזולאי, ההזמנה שלי הגיעה עם צנצנת שבורה.", [("name", "סנדרין אזולאי")]),
    (f"לא, לחשבון בצרפת, {g4(HI4)}", [("iban", g4(HI4))]),
    ("sandrine point azoulay arobase free point fr", [("email", "sandrine point azoulay arobase free point fr")]),
    ("המבצע: שלוש קופסאות מלח ב-150 שקל עד ה-31.", []),
]

HE_C = [
    # --- call 14: shuk food tours (native guide, Anglo/Ethiopian callers)
    ("היי, מדברת טובה מאיר, הזמנתי סיור לעשרה אנשים ב-12 לחודש וצריכה לשלם את היתרה.", [("name", "טובה מאיר")]),
    ("היתרה 1,800 שקל, שילמת 400 מקדמה.", []),
    (f"תחייב את זה, {HC5[:4]} {HC5[4:8]}", [("card", f"{HC5[:4]} {HC5[4:8]}")]),
    (f"{HC5[:4]} {HC5[4:8]}, כן, תמשיכי.", [("card", f"{HC5[:4]} {HC5[4:8]}")], f"תחייב את זה, {HC5[:4]} {HC5[4:8]}"),
    (f"{HC5[8:12]} {HC5[12:]}, תוקף שלוש עשרים ותשע.", [("card", f"{HC5[8:12]} {HC5[12:]}")], f"{HC5[:4]} {HC5[4:8]}, כן, תמשיכי."),
    ("טלפון לשעת חירום?", []),
    ("אפס שלוש, חמש שש שתיים, שבעים ושמונה, תשעים", [("phone", "אפס שלוש, חמש שש שתיים, שבעים ושמונה, תשעים")], "טלפון לשעת חירום?"),
    # --- call 15: matnas community centre (native, father)
    ("בוקר טוב, שמי ירון אלמוג, אני רוצה לרשום שני ילדים לחוג רובוטיקה.", [("name", "ירון אלמוג")]),
    ("החוג בימי ראשון 16:00 עד 17:30 בחדר 4, 190 שקל לחודש לילד.", []),
    (f"תעודת זהות של ההורה: {HT[5][:4]} {HT[5][4:]}", [("id", f"{HT[5][:4]} {HT[5][4:]}")]),
    (f"תחייבו בהוראת קבע מהחשבון {HI3}", [("iban", HI3)]),
    ("yaron almog שטרודל walla נקודה co נקודה il", [("email", "yaron almog שטרודל walla נקודה co נקודה il")], "כתובת מייל?"),
    ("אני נולדתי ב-29 בפברואר 1980, אם זה חשוב.", [("date_of_birth", "29 בפברואר 1980")]),
    ("הסמסטר מתחיל ב-1 ביולי ונגמר ב-28 באוגוסט.", []),
    # --- call 16: shatnez lab, second caller (Anglo, Hebrew with English)
    ("היי, זה שמוליק גרינברג, ה-coat שלי מוכן?", [("name", "שמוליק גרינברג")]),
    (f"כן. אגב, תשלום על תיקון של 60 שקל, ביט או אשראי? אם אשראי תגיד מספר.", []),
    (f"{HC6}", [("card", HC6)], "כן. אגב, תשלום על תיקון של 60 שקל, ביט או אשראי? אם אשראי תגיד מספר."),
    ("תשלחו לי אישור ל-shmulik.g@yahoo.com", [("email", "shmulik.g@yahoo.com")]),
    # --- call 17: gemach, guarantor (Arab citizen speaking Hebrew)
    ("שלום, אני הערב של חיים-משה, קוראים לי מוחמד עאזם, אני שכן שלו.", [("name", "מוחמד עאזם")]),
    (f"בסדר מוחמד, צריך תעודת זהות.", [("name", "מוחמד")]),
    (f"{sp(HT[6][:4], 'he')}, {sp(HT[6][4:], 'he')}", [("id", f"{sp(HT[6][:4], 'he')}, {sp(HT[6][4:], 'he')}")], "בסדר מוחמד, צריך תעודת זהות."),
    ("ותאריך לידה", []),
    ("שנים עשר בינואר אלף תשע מאות שמונים ושמונה", [("date_of_birth", "שנים עשר בינואר אלף תשע מאות שמונים ושמונה")], "ותאריך לידה"),
    ("והטלפון 077-4412983", [("phone", "077-4412983")]),
    (f"וחשבון לביטחון: {g4(HI5)}", [("iban", g4(HI5))]),
    # --- call 18: TAMA 38 office, owner living abroad
    ("שלום, מדבר גרישה פרידמן מגרמניה, יש לי דירה בבניין.", [("name", "גרישה פרידמן")]),
    (f"הסכום של הפיצוי לשכירות, 4,500 לחודש, יועבר לחשבון בגרמניה? {HI8}?", [("iban", HI8)]),
    (f"כן, ולפעמים לחשבון של אשתי פה, {HI7}", [("iban", HI7)]),
    (f"כרטיס של דיינרס בשביל אגרה: {HC7}", [("card", HC7)]),
    (f"ותעודת זהות {HT[7]}", [("id", HT[7])]),
    ("הטלפון בגרמניה פלוס ארבעים ותשע, מאה חמישים ושתיים, שלוש שתיים אחת, שש ארבע שמונה שבע",
     [("phone", "פלוס ארבעים ותשע, מאה חמישים ושתיים, שלוש שתיים אחת, שש ארבע שמונה שבע")]),
    (f"ותשלום שני: {HC8[:4]} {HC8[4:8]} {HC8[8:12]} {HC8[12:]}", [("card", f"{HC8[:4]} {HC8[4:8]} {HC8[8:12]} {HC8[12:]}")]),
    ("הכתובת שלי שם: Kantstraße 41, 10625 Berlin", [("address", "Kantstraße 41, 10625 Berlin")]),
    ("ההיתר הוגש ב-2023 ויש 16 דירות בבניין.", []),
]

LANGS["he"] = HE_A + HE_B + HE_C

# ---------------------------------------------------------------- Greek
GC1 = luhn_complete("516732001122338")
GC2 = luhn_complete("414720998877665")
GC3 = luhn_complete("37648290011223")
GC4 = luhn_complete("457321000456789")
GC5 = luhn_complete("543210987600123")
GC6 = luhn_complete("499901234567890")
GC7 = luhn_complete("601122334455667")
GC8 = luhn_complete("402400712345678")
GI1 = make_iban("GR", "01101250000000012300695")
GI2 = make_iban("GR", "01720450005045012345678")
GI3 = make_iban("CY", "002001280000001200527600")
GI4 = make_iban("CY", "005003570000357012345678")
GI5 = make_iban("GR", "02600250000000201234567")
GI6 = make_iban("IL", "0126440000000781234")
GI7 = make_iban("GR", "01407010701002101234567")
GI8 = make_iban("CY", "018000010000000123456789")
GA = [make_afm(p) for p in ("04812357", "12345670", "09876123", "15937024", "03322114", "13572468")]
GT1 = make_tz("34120987")
GT2 = make_tz("07731526")
EL_ORD = not_valid("7104 2283 9015 6627")
EL_REF = not_valid("600812345")

EL_A = [
    # --- call 1: Dead Sea cosmetics mail order (older caller from Athens)
    ("Dead Sea Minerals, καλησπέρα σας, είμαι η Κατερίνα, πώς μπορώ να βοηθήσω;", [("name", "Κατερίνα")]),
    ("Καλησπέρα κορίτσι μου, με λένε Σταυρούλα Παπαδοπούλου, παρήγγειλα τις κρέμες με τη λάσπη.", [("name", "Σταυρούλα Παπαδοπούλου")]),
    ("Εεε, ήρθε το δέμα αλλά το βάζο ήταν σπασμένο, όλο το κουτί μύριζε αλάτι.", []),
    ("Θα σας στείλουμε καινούριο. Επιβεβαιώνετε τη διεύθυνση;", []),
    ("Ναι, μένω στην Αγίου Μελετίου 37, στα Κάτω Πατήσια, 112 57 Αθήνα.", [("address", "Αγίου Μελετίου 37, στα Κάτω Πατήσια, 112 57 Αθήνα")]),
    ("Το κινητό μου είναι έξι εννιά εφτά, τέσσερα τρία δύο, εξήντα εφτά, μηδέν ένα.",
     [("phone", "έξι εννιά εφτά, τέσσερα τρία δύο, εξήντα εφτά, μηδέν ένα")]),
    ("Η αντικατάσταση έχει αριθμό DS-88213 και φτάνει σε 7 με 10 εργάσιμες.", []),
    ("Το αλάτι έχει προσφορά, τρία βάζα 39 ευρώ μέχρι τις 31 του μήνα.", []),
    ("Και η επιστροφή για το σπασμένο να γίνει στον λογαριασμό μου.", []),
    (f"{g4(GI1)}", [("iban", g4(GI1))], "Και η επιστροφή για το σπασμένο να γίνει στον λογαριασμό μου."),
    # --- call 2: shuk food tours, Cypriot couple
    ("Shuk Bites Tours, Νόα εδώ, μιλάτε αγγλικά ή ελληνικά; Έχουμε και ελληνόφωνο οδηγό.", [("name", "Νόα")]),
    ("Ελληνικά, ναι. Είμαι ο Χαράλαμπος Χριστοδούλου, ο Μπάμπης, από τη Λεμεσό.", [("name", "Χαράλαμπος Χριστοδούλου"), ("name", "Μπάμπης")]),
    ("Ναι, η τουρ είναι στις 10 από την είσοδο της οδού Γιάφο, τρεις ώρες, 180 σέκελ το άτομο.", []),
    (f"Να πληρώσω με κάρτα, {GC1[:4]} {GC1[4:8]} {GC1[8:12]} {GC1[12:]}.", [("card", f"{GC1[:4]} {GC1[4:8]} {GC1[8:12]} {GC1[12:]}")]),
    ("Και ένα τηλέφωνο αν αργήσετε;", []),
    ("εννιά εννιά, τέσσερα ένα, πέντε έξι, οχτώ δύο", [("phone", "εννιά εννιά, τέσσερα ένα, πέντε έξι, οχτώ δύο")], "Και ένα τηλέφωνο αν αργήσετε;"),
    ("το email μου είναι mpampis κάτω παύλα xr παπάκι cytanet τελεία com τελεία cy",
     [("email", "mpampis κάτω παύλα xr παπάκι cytanet τελεία com τελεία cy")]),
    ("Ο οδηγός θα έχει πράσινη ομπρέλα, και ο μικρός πληρώνει μισό, 90.", []),
    # --- call 3: Krav Maga studio in Athens affiliated with an Israeli federation (young caller)
    ("Krav Maga Athens, γεια σας.", []),
    ("Γεια, λέγομαι Νίκος Αλεξίου, θέλω να γραφτώ στο τμήμα αρχαρίων.", [("name", "Νίκος Αλεξίου")]),
    ("Χρειάζομαι ημερομηνία γέννησης για την ασφάλεια.", []),
    ("Δεκαεννιά Ιουνίου του δύο χιλιάδες τρία.", [("date_of_birth", "Δεκαεννιά Ιουνίου του δύο χιλιάδες τρία")],
     "Χρειάζομαι ημερομηνία γέννησης για την ασφάλεια."),
    (f"Και το ΑΦΜ για την απόδειξη;", []),
    (f"{GA[0][:3]} {GA[0][3:6]} {GA[0][6:]}", [("id", f"{GA[0][:3]} {GA[0][3:6]} {GA[0][6:]}")], "Και το ΑΦΜ για την απόδειξη;"),
    ("nikos.alexiou03@gmail.com", [("email", "nikos.alexiou03@gmail.com")], "Ένα email;"),
    ("Η δοκιμαστική είναι δωρεάν, την Πέμπτη 3 του μήνα, στη σάλα 2.", []),
    ("Η σχολή είναι στην Πατησίων 120, τρίτος όροφος, απέναντι από το Πεδίον του Άρεως.", []),
    # --- call 4: ketubah artist, Thessaloniki Jewish couple
    ("Καλημέρα, είμαι η Ρεβέκκα από το στούντιο, σας πήρα πίσω για την κετουμπά.", [("name", "Ρεβέκκα")]),
    ("Α, καλημέρα! Είμαι η Ραχήλ Κοέν, θα παντρευτούμε στις 18 Ιουνίου στη Θεσσαλονίκη.", [("name", "Ραχήλ Κοέν")]),
    ("Η ζωγραφισμένη στο χέρι κάνει 1.100 ευρώ, η εκτύπωση 450, θέλει τρεις εβδομάδες.", []),
    ("Θα στείλουμε την προκαταβολή από τον λογαριασμό μας.", []),
    (f"Ο αριθμός είναι {GI2[:4]} {GI2[4:8]} {GI2[8:12]} {GI2[12:16]} {GI2[16:20]} {GI2[20:24]} {GI2[24:]}",
     [("iban", f"{GI2[:4]} {GI2[4:8]} {GI2[8:12]} {GI2[12:16]} {GI2[16:20]} {GI2[20:24]} {GI2[24:]}")]),
    ("Για την αποστολή, η διεύθυνση είναι Βασιλέως Ηρακλείου 26, δεύτερος όροφος, 546 24 Θεσσαλονίκη.",
     [("address", "Βασιλέως Ηρακλείου 26, δεύτερος όροφος, 546 24 Θεσσαλονίκη")]),
    ("rachel.cohen.skg@yahoo.gr", [("email", "rachel.cohen.skg@yahoo.gr")]),
    ("Η συναγωγή Μοναστηριωτών είναι στη Συγγρού, η τελετή στις 7 το απόγευμα.", []),
    # --- call 5: kibbutz sandal factory outlet, Greek shop wholesale
    ("Γεια σας, είμαι ο Τάκης Μαυρίδης, έχω κατάστημα υποδημάτων στη Ρόδο.", [("name", "Τάκης Μαυρίδης")]),
    ("120 ζευγάρια, 48 ευρώ το ζευγάρι, η αποστολή με πλοίο θέλει 5 εβδομάδες.", []),
    (f"Ο αριθμός παραγγελίας στο email είναι {EL_ORD}.", []),
    (f"Το ΑΦΜ της επιχείρησης, όχι, το δικό μου ατομικό είναι {GA[1]}.", [("id", GA[1])]),
    ("Στείλτε τα στο μαγαζί, Σωκράτους 14, Ρόδος 851 00.", [("address", "Σωκράτους 14, Ρόδος 851 00")]),
    ("Και στο σπίτι μου τα δείγματα, Κω 9, Ιξιά, 851 01.", [("address", "Κω 9, Ιξιά, 851 01")], "Πού να στείλουμε τα δείγματα;"),
    (f"Πληρωμή με {GC2[:4]}-{GC2[4:8]}-{GC2[8:12]}-{GC2[12:]}.", [("card", f"{GC2[:4]}-{GC2[4:8]}-{GC2[8:12]}-{GC2[12:]}")]),
]

EL_B = [
    # --- call 6: Jerusalem-stone cladding, Cypriot builder (Cypriot dialect)
    ("Καλημέρα, εγιώ είμαι ο Ανδρέας Κωνσταντίνου, εργολάβος που τη Λευκωσία, θέλω πέτρα για μια βίλα.", [("name", "Ανδρέας Κωνσταντίνου")]),
    ("Διακόσια είκοσι τετραγωνικά, τρία εκατοστά, 62 ευρώ το τετραγωνικό, παράδοση εβδομάδα 14.", []),
    (f"Θα πληρώσω τζιαι με κάρτα την προκαταβολή, {GC3[:4]} {GC3[4:10]} {GC3[10:]}.", [("card", f"{GC3[:4]} {GC3[4:10]} {GC3[10:]}")]),
    (f"Το υπόλοιπο από τον λογαριασμό μου στην Τράπεζα Κύπρου, {g4(GI3)}.", [("iban", g4(GI3))]),
    ("Η βίλα είναι στην οδό Αρχιεπισκόπου Κυπριανού 8, Στρόβολος, 2059.", [("address", "οδό Αρχιεπισκόπου Κυπριανού 8, Στρόβολος, 2059")], "Πού να έρτει το φορτηγό;"),
    ("Το κινητό μου συν τρία πέντε εφτά, ενενήντα εννιά, εξήντα τρία, δεκαοχτώ, σαράντα δύο.",
     [("phone", "συν τρία πέντε εφτά, ενενήντα εννιά, εξήντα τρία, δεκαοχτώ, σαράντα δύο")]),
    ("Τα δείγματα, το γκρι Ραμόν τζιαι το άσπρο Γαλιλαίας, φεύγουν την Πέμπτη με το DHL.", []),
    # --- call 7: sherut shared taxi, Greek Orthodox pilgrims at Ben Gurion
    ("Nesher Sherut, shalom.", []),
    ("Γεια σας, είμαι η Σούλα, από το γκρουπ των προσκυνητών, είμαστε δεκατρία άτομα για Ιερουσαλήμ.", [("name", "Σούλα")]),
    ("Εντάξει, 74 σέκελ το άτομο, 10 η μεγάλη βαλίτσα. Πτήση;", []),
    ("Η A3 928 από Αθήνα, προσγειώνεται 23:40.", []),
    ("Και το ξενοδοχείο είναι στο Πατριαρχείο, κοντά στην Πύλη της Γιάφας, δωμάτια 214 με 220.", []),
    ("Τηλέφωνο;", []),
    ("Έξι εννιά τέσσερα, εκατόν είκοσι τρία, σαράντα πέντε, εξήντα εφτά.", [("phone", "Έξι εννιά τέσσερα, εκατόν είκοσι τρία, σαράντα πέντε, εξήντα εφτά")], "Τηλέφωνο;"),
    (f"Πληρώνω όλο το γκρουπ, {GC4}.", [("card", GC4)]),
    ("soula.papa@otenet.gr", [("email", "soula.papa@otenet.gr")], "Ένα email για την επιβεβαίωση;"),
    # --- call 8: shmura-matzah bakery, Jewish community of Athens
    ("Γεια σας, είμαι ο Σαμουήλ Ναχμίας από την κοινότητα της Αθήνας, για τις μάτσες του Πάσχα.", [("name", "Σαμουήλ Ναχμίας")]),
    ("Θέλουμε 40 κιλά μάτσα σεμουρά, να φτάσουν πριν τις 10 Απριλίου.", []),
    ("Το κιλό 180 σέκελ, η αποστολή στην Αθήνα 120 ευρώ, 5 μέρες.", []),
    (f"Τιμολόγιο στο ΑΦΜ μου, {sp(GA[2], 'el')}.", [("id", sp(GA[2], 'el'))]),
    (f"Πληρώνω με μεταφορά από {GI5}.", [("iban", GI5)]),
    ("Η παράδοση στο σπίτι μου, Βουλής 36, Σύνταγμα, 105 57.", [("address", "Βουλής 36, Σύνταγμα, 105 57")]),
    ("σαμουήλ... samuel.nahmias παπάκι kis τελεία gr", [("email", "samuel.nahmias παπάκι kis τελεία gr")]),
    # --- call 9: four-species stand, Thessaloniki community
    ("Arba Minim Bnei Brak, shalom.", []),
    ("Γεια σας, μιλάτε ελληνικά; Είμαι ο Ζακ Μπενρουμπή, για τα εσρογκ της Θεσσαλονίκης.", [("name", "Ζακ Μπενρουμπή")]),
    ("Ναι, λίγο. 15 σετ, 120 σέκελ το καθένα, αποστολή πριν τις 16 του μήνα.", []),
    (f"Κάρτα {sp(GC5[:4], 'el')}, {GC5[4:8]}, {GC5[8:12]}, {GC5[12:]}.", [("card", f"{sp(GC5[:4], 'el')}, {GC5[4:8]}, {GC5[8:12]}, {GC5[12:]}")]),
    ("6932 118 407", [("phone", "6932 118 407")], "Ζακ, κινητό;"),
    # --- call 10: Tipat Halav well-baby clinic, Greek mother living in Israel
    ("Τιπάτ Χαλάβ, μιλάτε εβραϊκά; Α, ελληνικά, μισό λεπτό, είμαι η Όσνατ, μιλάω λίγο.", [("name", "Όσνατ")]),
    ("Ευχαριστώ! Είμαι η Ελευθερία Γιαννακοπούλου, η Ρία, θέλω ραντεβού για το εμβόλιο του μωρού.", [("name", "Ελευθερία Γιαννακοπούλου"), ("name", "Ρία")]),
    ("Αριθμός ταυτότητας του μωρού;", []),
    (f"{GT1[:3]} {GT1[3:6]} {GT1[6:]}", [("id", f"{GT1[:3]} {GT1[3:6]} {GT1[6:]}")], "Αριθμός ταυτότητας του μωρού;"),
    ("Και πότε γεννήθηκε;", []),
    ("Στις εφτά Σεπτεμβρίου, 07/09/2025.", [("date_of_birth", "εφτά Σεπτεμβρίου, 07/09/2025")], "Και πότε γεννήθηκε;"),
    ("Τρίτη 13 στις 8:15 ή στις 11:40, φέρτε το κίτρινο βιβλιαράκι.", []),
    ("Μένουμε στη Ρεχόβ Χαγκεντούντ Χαϊβρί 40, διαμέρισμα 12, Τελ Αβίβ.", [("address", "Ρεχόβ Χαγκεντούντ Χαϊβρί 40, διαμέρισμα 12, Τελ Αβίβ")]),
    ("μηδέν πέντε τέσσερα, εφτά τρία εννιά, ογδόντα οχτώ, είκοσι ένα", [("phone", "μηδέν πέντε τέσσερα, εφτά τρία εννιά, ογδόντα οχτώ, είκοσι ένα")], "Ένα τηλέφωνο;"),
    # --- call 11: pre-army mechina, Greek-Jewish teen from Larissa
    ("Γεια σας, είμαι ο Δαυίδ Καμπελής, κάνω αίτηση από την Ελλάδα, μιλάτε ελληνικά;", [("name", "Δαυίδ Καμπελής")]),
    ("Λίγο. Ημερομηνία γέννησης;", []),
    ("Γεννήθηκα στις 2 Νοεμβρίου 2006.", [("date_of_birth", "2 Νοεμβρίου 2006")]),
    (f"Έχω και ισραηλινή ταυτότητα, {GT2}.", [("id", GT2)]),
    ("Οι συνεντεύξεις είναι 8 και 9 Ιανουαρίου, στις 9 το πρωί, και το κόστος εγγραφής 350 σέκελ.", []),
    ("david kambelis at hotmail dot com", [("email", "david kambelis at hotmail dot com")]),
    # --- call 12: sufganiyot bulk order, Athens Jewish school for Hanukkah
    ("Γεια σας, είμαι η Λίτσα από το Εβραϊκό Σχολείο Αθηνών, θέλουμε σουφγκανιότ για το Χανουκά.", [("name", "Λίτσα")]),
    ("Πόσα κομμάτια;", []),
    ("180, μισά μαρμελάδα μισά σοκολάτα. Σαν τους λουκουμάδες, ε;", []),
    ("1,50 ευρώ το ένα, 270 σύνολο, παράδοση 26 Δεκεμβρίου πριν τις 10:30.", []),
    (f"Με την εταιρική... όχι, με τη δική μου κάρτα, {GC6[:4]} {GC6[4:8]} {GC6[8:12]} {GC6[12:]}.",
     [("card", f"{GC6[:4]} {GC6[4:8]} {GC6[8:12]} {GC6[12:]}")]),
    (f"Ο αριθμός πρωτοκόλλου του σχολείου είναι {EL_REF}.", []),
]

EL_C = [
    # --- call 13: Dead Sea cosmetics, older Cypriot lady (Paphos)
    ("Ναι, γεια σας, εγιώ είμαι η Ανδρούλλα Χαραλάμπους που την Πάφο, έπιασα τζιαι τηλεφωνώ για την παραγγελία μου.", [("name", "Ανδρούλλα Χαραλάμπους")]),
    ("Εικοσιτρείς του Αυγούστου του σαράντα οχτώ.", [("date_of_birth", "Εικοσιτρείς του Αυγούστου του σαράντα οχτώ")],
     "Ναι κυρία Ανδρούλλα, χρειάζομαι ημερομηνία γέννησης για επιβεβαίωση λογαριασμού."),
    (f"Να μου γυρίσετε τα λεφτά στην Ελληνική Τράπεζα, {GI4[:4]} {GI4[4:8]}... {GI4[8:12]} {GI4[12:16]} {GI4[16:20]} {GI4[20:24]} {GI4[24:]}",
     [("iban", f"{GI4[:4]} {GI4[4:8]}... {GI4[8:12]} {GI4[12:16]} {GI4[16:20]} {GI4[20:24]} {GI4[24:]}")]),
    ("Η επιστροφή των 64 ευρώ θα γίνει σε 14 εργάσιμες.", []),
    # --- call 14: Krav Maga Athens, second member (older, card problem)
    ("Γεια σας, ο Γιώργος Τσακίρης είμαι, ο Γιωργάκης, μέλος από το 2019, μου χρέωσαν δύο φορές τα 55 ευρώ.", [("name", "Γιώργος Τσακίρης"), ("name", "Γιωργάκης")]),
    (f"Η {GC7[:4]} {GC7[4:8]} {GC7[8:12]} {GC7[12:]}.", [("card", f"{GC7[:4]} {GC7[4:8]} {GC7[8:12]} {GC7[12:]}")], "Ποια κάρτα, κύριε Τσακίρη;"),
    (f"Θα το επιστρέψουμε. ΑΦΜ για το πιστωτικό;", []),
    (f"{GA[3][:2]}.{GA[3][2:5]}.{GA[3][5:]}", [("id", f"{GA[3][:2]}.{GA[3][2:5]}.{GA[3][5:]}")], "Θα το επιστρέψουμε. ΑΦΜ για το πιστωτικό;"),
    ("γεννήθηκα 5/3/1971 αν το θέλετε κι αυτό", [("date_of_birth", "5/3/1971")]),
    # --- call 15: shuk food tours, Greek family refund (younger caller, Greeklish email)
    ("Γεια, είμαι η Κική Δημητρίου, ακυρώσαμε την τουρ της Πέμπτης λόγω πτήσης.", [("name", "Κική Δημητρίου")]),
    ("Κρατάμε 10% ακυρωτικά, δηλαδή 72 σέκελ, το υπόλοιπο επιστρέφεται.", []),
    (f"Στο {g4(GI7)} παρακαλώ.", [("iban", g4(GI7))]),
    (f"Και το ΑΦΜ μου για την απόδειξη, {GA[4]}.", [("id", GA[4])]),
    ("kiki underscore dim παπάκι gmail τελεία com", [("email", "kiki underscore dim παπάκι gmail τελεία com")]),
    ("Το σταθερό μου είναι 210 64 83 927.", [("phone", "210 64 83 927")]),
    ("Ημερομηνία γέννησης, 30 Ιανουαρίου 1995.", [("date_of_birth", "30 Ιανουαρίου 1995")], "Για το ασφαλιστικό της τουρ, ημερομηνία γέννησης;"),
    # --- call 16: kibbutz sandal outlet, Greek living in Israel + Cypriot account
    ("Shalom, Παναγιώτα εδώ, η Γιώτα, ζω στη Χάιφα, παρήγγειλα δύο ζευγάρια σανδάλια.", [("name", "Παναγιώτα"), ("name", "Γιώτα")]),
    (f"Πληρώστε την επιστροφή στον ισραηλινό μου λογαριασμό, {GI6}.", [("iban", GI6)]),
    (f"ή στον κυπριακό, {GI8}.", [("iban", GI8)]),
    (f"Πληρώσαμε με {GC8}.", [("card", GC8)]),
    ("Το κινητό μου εδώ είναι μηδέν πέντε δύο, τριακόσια σαράντα, είκοσι δύο, δεκαεννιά.", [("phone", "μηδέν πέντε δύο, τριακόσια σαράντα, είκοσι δύο, δεκαεννιά")]),
    (f"Και ΑΦΜ από την Ελλάδα, {sp(GA[5][:3], 'el')}, {GA[5][3:]}.", [("id", f"{sp(GA[5][:3], 'el')}, {GA[5][3:]}")]),
    ("giota.haifa@walla.com", [("email", "giota.haifa@walla.com")]),
    ("Γεννήθηκα το 1988, στις 11 Μαΐου.", [("date_of_birth", "1988, στις 11 Μαΐου")]),
    ("Η νέα παραγγελία φεύγει 2 Μαρτίου, 289 σέκελ το ζευγάρι, 499 τα δύο.", []),
    ("Το κατάστημα του κιμπούτς είναι ανοιχτό Κυριακή με Πέμπτη 9 με 17.", []),
    ("Η αποθήκη είναι στη Λεωφόρο Ρεγκέβ 3, στο βιομηχανικό πάρκο, αλλά δεν δεχόμαστε επισκέπτες.", []),
    ("Ο κωδικός κουπονιού είναι SANDAL25, ισχύει μέχρι 31/12.", []),
]

LANGS["el"] = EL_A + EL_B + EL_C

# ================================================================ main


DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def check_values(lines, lang):
    """Re-check every span written in digits, and long digit runs in empty items."""
    import re
    for l in lines:
        b = l["text"].encode("utf-8")
        for s in l["spans"]:
            v = b[s["start"]:s["end"]].decode("utf-8").translate(DIGITS)
            compact = re.sub(r"[\s\-.,]", "", v)
            if s["kind"] == "card" and compact.isdigit() and len(compact) >= 13:
                assert luhn_ok(compact) and len(compact) <= 19, v
            if s["kind"] == "iban" and compact[:2].isalpha():
                assert iban_ok(compact), v
            if s["kind"] == "id" and compact.isdigit():
                if re.fullmatch(r"\d{3}[- ]\d{2}[- ]\d{4}", v):
                    assert ssn_ok(v), v
                elif len(compact) == 9:
                    assert tz_ok(compact) or afm_ok(compact), v
                else:
                    assert len(compact) == 10 and compact[0] in "12" and luhn_ok(compact), v
        if not l["spans"]:
            for run in re.findall(r"\d[\d \-]{11,}\d", l["text"].translate(DIGITS)):
                d = re.sub(r"\D", "", run)
                if 13 <= len(d) <= 19:
                    assert not luhn_ok(d), run
                if len(d) == 9:
                    assert not tz_ok(d) and not afm_ok(d), run


def main():
    os.makedirs(OUT, exist_ok=True)
    for lang, items in LANGS.items():
        lines = build(items, lang)
        check_values(lines, lang)
        texts = [l["text"] for l in lines]
        assert len(set(texts)) == len(texts), [t for t in texts if texts.count(t) > 1][:3]
        with open(os.path.join(OUT, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for l in lines:
                f.write(json.dumps(l, ensure_ascii=False) + "\n")
        c = Counter(s["kind"] for l in lines for s in l["spans"])
        empty = sum(1 for l in lines if not l["spans"])
        print(lang, len(lines), "items,", sum(c.values()), "spans,", empty, "empty",
              dict(sorted(c.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
