#!/usr/bin/env python3
"""Held-out redaction evaluation set "blind41".

Written by a helper session that worked only from a written brief; it never read the
redactor, its rules, its tests, nor any other evaluation set or generator.  All values are
invented; check-digit values (cards, IBANs, national IDs) are computed here, and long
non-personal numbers are asserted to fail those checks.

Sectors (businesses found mostly in the Gulf states and Saudi Arabia): camel beauty pageant
(mazayin) entries, saluki racing club, dhow dinner cruises, qahwaji (Arabic-coffee server)
hire, bisht tailoring, date-palm pollination service, Arabian-horse endurance-race entries,
kosha (wedding stage) decoration, Nabati poetry contest, camel-trailer hire, water-tanker
(wayt) delivery, pearl grading lab, goat-hair tent (bait al-sha'ar) maker, mandoos (dowry
chest) maker, karak-tea truck franchise.

Output: data/redaction/blind41/{en,ar,he,el}.jsonl, one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}
kind is one of card, iban, id, phone, email, date_of_birth, name, address; start/end are
BYTE offsets into the UTF-8 encoding of text (end exclusive).  "context" (optional) is an
earlier line of the same call; it is not scored.  Items with empty spans are non-personal
and must come out unchanged.
"""
import json
import os
import re
import sys
from collections import Counter

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "data", "redaction", "blind41")


# ---------------------------------------------------------------- check digits
def luhn_ok(num):
    d = [int(c) for c in num]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


def il_id_ok(num):
    if len(num) != 9 or not num.isdigit():
        return False
    s = 0
    for i, c in enumerate(num):
        x = int(c) * (1 if i % 2 == 0 else 2)
        s += x // 10 + x % 10
    return s % 10 == 0


def il_id(prefix8):
    for c in "0123456789":
        if il_id_ok(prefix8 + c):
            return prefix8 + c
    raise AssertionError


def afm_ok(num):
    if len(num) != 9 or not num.isdigit():
        return False
    s = sum(int(num[i]) * (2 ** (8 - i)) for i in range(8))
    return (s % 11) % 10 == int(num[8])


def afm(prefix8):
    s = sum(int(prefix8[i]) * (2 ** (8 - i)) for i in range(8))
    r = prefix8 + str((s % 11) % 10)
    assert afm_ok(r)
    return r


def saudi_id(prefix9):
    assert prefix9[0] in "12" and len(prefix9) == 9
    r = luhn_complete(prefix9)
    assert len(r) == 10
    return r


def ssn_ok(a, g, s):
    a, g, s = int(a), int(g), int(s)
    return 1 <= a <= 899 and a != 666 and 1 <= g <= 99 and 1 <= s <= 9999


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "QA": 29, "KW": 30, "BH": 22, "OM": 23,
            "MA": 28, "FR": 27}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "")
    return len(s) == IBAN_LEN.get(s[:2], -1) and _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(cc, bban):
    chk = 98 - _iban_num(bban + cc + "00") % 97
    r = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(r), r
    return r


def grp(s, n=4, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def not_valid(s):
    """Assert a long non-personal digit string passes none of the checks."""
    d = re.sub(r"\D", "", s)
    assert len(d) >= 6, s
    if 13 <= len(d) <= 19:
        assert not luhn_ok(d), s
    if len(d) == 9:
        assert not il_id_ok(d) and not afm_ok(d), s
    if len(d) == 10 and d[0] in "12":
        assert not luhn_ok(d), s
    return s


AR_DIG = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def ar_digits(s):
    return s.translate(AR_DIG)


EN_W = "zero one two three four five six seven eight nine".split()
AR_W = "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
HE_W = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
EL_W = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()


def words(s, table, sep=" "):
    return sep.join(table[int(c)] for c in s if c.isdigit())


# ---------------------------------------------------------------- building
def build(items, lang):
    out = []
    for it in items:
        text, spans = it[0], it[1]
        ctx = it[2] if len(it) > 2 else ""
        b = text.encode("utf-8")
        pos = 0
        js = []
        for kind, sub in spans:
            assert kind in KINDS, (lang, kind)
            sb = sub.encode("utf-8")
            i = b.find(sb, pos)
            assert i >= 0, (lang, kind, sub, text)
            js.append({"kind": kind, "start": i, "end": i + len(sb)})
            assert b[i:i + len(sb)].decode("utf-8") == sub
            pos = i + len(sb)
        rec = {"text": text, "spans": js}
        if ctx:
            rec["context"] = ctx
        out.append(rec)
    texts = [r["text"] for r in out]
    assert len(texts) == len(set(texts)), (lang, [t for t, c in Counter(texts).items() if c > 1])
    return out


LANGS = {}


def lang(code):
    """Register one part (a function returning items) of a language."""
    def deco(f):
        LANGS.setdefault(code, []).append(f)
        return f
    return deco


def main():
    os.makedirs(OUT, exist_ok=True)
    for code, parts in LANGS.items():
        recs = build([it for f in parts for it in f()], code)
        with open(os.path.join(OUT, code + ".jsonl"), "w", encoding="utf-8") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        c = Counter(s["kind"] for r in recs for s in r["spans"])
        empty = sum(1 for r in recs if not r["spans"])
        personal = len(recs) - empty
        print(code, "items", len(recs), "personal", personal, "empty", empty,
              "spans", sum(c.values()), dict(sorted(c.items())))


# ================================================================ languages
# (appended below)

@lang("en")
def en_part1():
    c1 = luhn_complete("453201778812934")
    c2 = luhn_complete("521877300192456")
    c3 = luhn_complete("37144963539843")
    c4 = luhn_complete("411178220594031")
    ae1 = iban("AE", "033" + "0001015738291644")
    sa1 = iban("SA", "80000482306550017219")
    gb1 = iban("GB", "NWBK60161331926819")
    ie1 = iban("IE", "AIBK93115212345678")
    sid = saudi_id("108834217")
    iq1 = saudi_id("245610983")
    assert ssn_ok("412", "58", "3307")
    c4w = " ".join(words(c4[i:i + 4], EN_W) for i in range(0, 16, 4))
    iq1w = words(iq1, EN_W)
    ref1 = not_valid("4471 9930 2215 8806")
    return [
        # --- dhow dinner cruise, Dubai Creek (UK and US tourists)
        ("Good evening, Creekside Dhow Cruises, you're speaking with Marwan, how can I help?",
         [("name", "Marwan")]),
        ("Hi, yeah, my name's Gemma Hollis, I booked the sunset cruise for Thursday.",
         [("name", "Gemma Hollis")]),
        ("Thanks Ms Hollis, I can see the booking for four adults, the seven thirty boarding at the Al Seef pier.",
         [("name", "Ms Hollis")]),
        ("The buffet dinner cruise is two hundred and ninety-five dirhams per adult and children under six go free.", []),
        ("Boarding starts at seven thirty and the dhow sails at eight, we're back at the pier around ten fifteen.", []),
        ("Your booking reference is " + ref1 + ", please keep it for the ticket counter.", []),
        ("yeah its oh seven seven double oh nine one four two six three that's a UK mobile",
         [("phone", "oh seven seven double oh nine one four two six three")],
         "Can I take a mobile number in case the sailing is delayed?"),
        ("So that's plus four four, seven seven zero zero, nine one four, two six three. Perfect.",
         [("phone", "plus four four, seven seven zero zero, nine one four, two six three")]),
        ("Sure it's " + grp(c1) + ", expiry oh nine twenty-seven.", [("card", grp(c1))],
         "And the card you'd like to pay the balance with?"),
        ("Hi, um, this is Brandon Kowalski calling from Ohio, I mean I'm in Dubai now, I'm at the Hyatt, we wanted the private dhow for a proposal.",
         [("name", "Brandon Kowalski")]),
        ("Congratulations, Mr Kowalski! The private dhow for two is three thousand two hundred dirhams for two hours.",
         [("name", "Mr Kowalski")]),
        ("We can add a rose arrangement for one fifty and a cake for two twenty, and the violinist is another eight hundred.", []),
        ("email's brandon dot k dot 88 at gmail dot com", [("email", "brandon dot k dot 88 at gmail dot com")],
         "And an email for the confirmation?"),
        # --- water tanker (wayt) delivery, Sharjah / Ajman
        ("Al Noor Water Tankers, good morning, this is Shaheen speaking.", [("name", "Shaheen")]),
        ("Good morning sir, myself Rajesh Pillai, I am the caretaker at a villa in Al Rahmaniya, we need one sweet water tanker today itself.",
         [("name", "Rajesh Pillai")]),
        ("Okay Rajesh bhai, five thousand gallon or two thousand gallon?", [("name", "Rajesh")]),
        ("Five thousand gallon is two hundred and twenty dirhams, two thousand gallon is one hundred and ten.", []),
        ("Villa 27, Street 14, Al Rahmaniya 3, Sharjah, near the Al Rahmaniya Mall, the brown gate.",
         [("address", "Villa 27, Street 14, Al Rahmaniya 3, Sharjah")], "The location please, full address."),
        ("zero five five, four four one, double two seven nine, that is my number only",
         [("phone", "zero five five, four four one, double two seven nine")],
         "And mobile number for the driver to call."),
        ("Driver will come between two and four o'clock, the tank on the roof is how many gallons?", []),
        ("Last month you took three tankers, the invoice number is 55102, total six hundred sixty dirhams.", []),
        ("For monthly contract it's eight tankers for one thousand six hundred, you save two hundred.", []),
        ("Direct debit from " + grp(ae1) + ", that is Emirates NBD.", [("iban", grp(ae1))],
         "For the monthly contract I need the Emirates address and the account for the direct debit."),
        # --- camel beauty pageant (mazayin) entries
        ("Hello, registration desk for the Al Dhafra mazayin entries, Khalid speaking.", [("name", "Khalid")]),
        ("Hello brother, I'm calling for my sponsor, I manage his farm, my name is Imran Qureshi.",
         [("name", "Imran Qureshi")]),
        ("Okay brother, how many camels in the Majaheem category?", []),
        ("Fifteen in the Majaheem and six in the Asayel, the shoot is for the group of fifty too.", []),
        ("Registration closes on the twenty-second of December, judging starts on the twenty-eighth.", []),
        ("Microchip for the first one is " + not_valid("784 0981 2234 5679") + ", the second one ends 5680.", []),
        ("His national ID is " + sid + ".", [("id", sid)], "I need the owner's national ID for the entry form."),
        ("His date of birth, as per the ID, is 14/07/1969.", [("date_of_birth", "14/07/1969")], "And the owner's date of birth?"),
        ("Me? I was born first January nineteen eighty-five, like half the people on Iqama, haha.",
         [("date_of_birth", "first January nineteen eighty-five")], "And your date of birth, Imran, for the handler pass?"),
        ("my iqama is " + iq1w, [("id", iq1w)], "And yours, the Iqama, because you are the handler."),
        ("Prize money for the first place in the Majaheem is one million dirhams and a car.", []),
        ("The pageant ground is forty kilometres from Madinat Zayed, you will see the signs after the ADNOC station.", []),
        # --- bisht tailoring (Nigerian and Indian customers)
        ("Al Hasa Bisht House, good afternoon.", []),
        ("Good afternoon. My name is Oluwaseun Adebayo but everybody calls me Seun, I want a bisht for my brother's wedding.",
         [("name", "Oluwaseun Adebayo"), ("name", "Seun")]),
        ("Welcome Mr Seun. The Hasawi hand-stitched one in black with gold zari is four thousand five hundred riyals.",
         [("name", "Seun")]),
        ("The wedding is on the fourteenth of February in Lagos, I fly on the ninth.", []),
        ("Okay, I put your delivery before the seventh. Deposit is fifty percent.", []),
        ("Can I pay with card? It's " + c4w + ".", [("card", c4w)]),
        ("Let me repeat, four one one one, seven eight two two, zero five nine four, zero three one "
         + EN_W[int(c4[-1])] + "?",
         [("card", "four one one one, seven eight two two, zero five nine four, zero three one " + EN_W[int(c4[-1])])]),
        ("plus two three four, eight zero three, five five one, seven six two two",
         [("phone", "plus two three four, eight zero three, five five one, seven six two two")],
         "We will send you the photos on WhatsApp, which number?"),
        # --- pearl grading lab (Bahrain)
        ("Gulf Pearl Testing Laboratory, Manama, this is Fatema.", [("name", "Fatema")]),
        ("G'day, it's Lachlan Byrne here, I sent you a strand of natural pearls from Broome last week.",
         [("name", "Lachlan Byrne")]),
        ("Yes sir, the report is ready, forty-one pearls, total weight sixty-two point four carats.", []),
        ("Three of them are cultured, the rest natural saltwater, X-ray done on the twelfth of March.", []),
        ("The report fee is one hundred and eighty dinars, the certificate number is PT-2024-11873.", []),
        ("Sure, third of August, nineteen seventy-one.", [("date_of_birth", "third of August, nineteen seventy-one")],
         "Would you like the invoice in your name? I need your date of birth for our client file."),
        ("lachie underscore byrne at bigpond dot net dot au", [("email", "lachie underscore byrne at bigpond dot net dot au")],
         "And the email for the PDF?"),
        ("It's a UK account actually, " + gb1 + ".", [("iban", gb1)],
         "We can do a bank transfer refund of the deposit, what's your account?"),
    ]


@lang("en")
def en_part2():
    c5 = luhn_complete("446404123098771")
    c6 = luhn_complete("622126110093847561")
    c7 = luhn_complete("422222000013")
    c8 = luhn_complete("545762018834209")
    assert len(c6) == 19 and len(c7) == 13
    sa1 = iban("SA", "80000482306550017219")
    ie1 = iban("IE", "AIBK93115219834471")
    qa1 = iban("QA", "QNBA000000000712934501234")
    kw1 = iban("KW", "NBOK0000000000001000372151")
    bh1 = iban("BH", "NBOB00001299123456")
    om1 = iban("OM", "0180000001299123456")
    assert ssn_ok("412", "58", "3307") and ssn_ok("529", "07", "1186")
    iq2 = saudi_id("233017645")
    sid2 = saudi_id("110297736")
    sid3 = saudi_id("104551982")
    ie1w = "I E " + ie1[2:4] + " A I B K " + grp(ie1[8:], 3)
    bh1s = " ".join(bh1)
    kw1g = grp(kw1)
    sid2w = ", ".join(words(sid2[i:i + 3], EN_W) for i in range(0, 9, 3)) + ", " + EN_W[int(sid2[9])]
    track = not_valid("88 4102 7739 0566 12")
    return [
        # --- Arabian horse endurance race entries (Irish rider)
        ("Endurance village, entries office, good morning.", []),
        ("Hiya, Siobhán Ní Bhriain here, I'm riding for the Boudheib stables in the hundred and twenty kilometre ride on Saturday.",
         [("name", "Siobhán Ní Bhriain")]),
        ("Right, the one twenty K is a four-loop course, vet gate after every loop, heart rate must be under sixty-four within twenty minutes.", []),
        ("Entry fee is two thousand five hundred dirhams per horse, and the horse passport number is needed, FEI number 104RX77.", []),
        ("it's the twenty first of the eleventh ninety six", [("date_of_birth", "the twenty first of the eleventh ninety six")],
         "For the FEI registration we need your date of birth as it is on the passport."),
        ("Ah, post it home, it's 14 Cnoc na Rí, Oranmore, County Galway, H91 X2K7.",
         [("address", "14 Cnoc na Rí, Oranmore, County Galway, H91 X2K7")],
         "And the address for the stable card to be posted."),
        ("Yeah so that's " + ie1w + ", Allied Irish.", [("iban", ie1w)], "Prize money goes by transfer, your account please."),
        ("Start time is six fifteen in the morning, crew passes are two per horse, collect them Friday after four.", []),
        # --- kosha (wedding stage) decoration
        ("Good evening, Lamsat Kosha Designs, how can I help you?", []),
        ("Hi, I'm Noora, calling about my sister's wedding, we saw your white orchid kosha on Instagram.",
         [("name", "Noora")]),
        ("Lovely. That design is eighteen thousand for a six metre stage, with the LED floor it's twenty-two.", []),
        ("The wedding is on the third of May at the Emirates Palace ballroom, setup from two PM.", []),
        ("So we need a deposit of thirty percent, that is six thousand six hundred dirhams.", []),
        ("Can I pay the deposit with my Mastercard? It's " + c8[:8] + ",", [("card", c8[:8])]),
        (c8[:4] + " " + c8[4:8] + ", yes, go on.", [("card", c8[:4] + " " + c8[4:8])], "Can I pay the deposit with my Mastercard?"),
        (grp(c8[8:]) + ", expiry twelve twenty-six.", [("card", grp(c8[8:]))],
         "Can I pay the deposit with my Mastercard? It's " + c8[:8] + ","),
        ("Please deliver the fabric samples to my house, villa 19, 7B street, Al Barsha 2, and my number is +971 50 318 4472.",
         [("address", "villa 19, 7B street, Al Barsha 2"), ("phone", "+971 50 318 4472")]),
        ("noora.alketbi@outlook.com, K E T B I", [("email", "noora.alketbi@outlook.com")], "And your email for the mood board?"),
        ("We also have a package with the zaffa entrance walkway and three hundred chairs, that's forty-five thousand total.", []),
        # --- qahwaji (Arabic coffee server) hire
        ("Qahwat Al Diyafa, hospitality services, good morning.", []),
        ("Morning. This is Priya Raghunathan from the events team at a bank, we need qahwajis for our National Day reception.",
         [("name", "Priya Raghunathan")]),
        ("About four hundred guests, six to ten PM, on the second of December.", []),
        ("Four servers in traditional dress with dallah and finjan, plus dates, that's six hundred riyals per server per evening.", []),
        ("Please send the quotation to events dash team at gulfcapital dot com dot s a, and copy me, priya dot r at the same domain.",
         [("email", "events dash team at gulfcapital dot com dot s a"), ("email", "priya dot r")]),
        ("Our bank details for the advance, " + grp(sa1) + ", Al Rajhi.", [("iban", grp(sa1))]),
        # --- saluki racing club (British expat)
        ("Hello, Saluki Heritage Club, Rashid here.", [("name", "Rashid")]),
        ("Oh hello, I'm Harriet, Harriet Fenwick-Blake, I rescued a saluki from the Sharjah shelter and I'd like to register her for the amateur races.",
         [("name", "Harriet"), ("name", "Harriet Fenwick-Blake")]),
        ("Welcome madam. Membership is five hundred dirhams a year, each race entry is one hundred.", []),
        ("The races are on the sand track on Fridays from November to March, the distance is one thousand metres.", []),
        ("British, and I was born on the 9th of June 1958.", [("date_of_birth", "9th of June 1958")],
         "For the form, your nationality and date of birth, please."),
        ("I live at Villa 6, Al Khawaneej 2, Street 31, Dubai.", [("address", "Villa 6, Al Khawaneej 2, Street 31, Dubai")]),
        ("And her name is Zahra, she is three years old and weighs twenty-three kilos.", []),
        ("Oh five oh, two three eight, seventy-one, ninety-four.", [("phone", "Oh five oh, two three eight, seventy-one, ninety-four")],
         "Your phone, madam?"),
        # --- camel-trailer hire
        ("Good morning, Al Barari Camel Transport, trailer hire.", []),
        ("morning its ahmed mansoor i need the eight camel trailer from al ain to liwa on the fifteenth",
         [("name", "ahmed mansoor")]),
        ("Eight camel trailer with driver is one thousand four hundred per day, without driver we don't rent.", []),
        ("Okay, for the contract I need the ID of the owner.", []),
        ("He is Saudi, his ID is " + sid2w + ".", [("id", sid2w)], "Okay, for the contract I need the ID of the owner."),
        ("Farm number 412, Al Khazna road, behind the Al Hayer camel market, Al Ain.", [("address", "Farm number 412, Al Khazna road, behind the Al Hayer camel market, Al Ain")],
         "The pickup is from the farm, where exactly?"),
        ("Tracking for the truck GPS is " + track + ", you can follow it on the app.", []),
        # --- date-palm pollination service
        ("Talqeeh Pollination Services, Hofuf, good morning.", []),
        ("Good morning, my name is Abdulrahman, I have one thousand two hundred Khalas palms and three hundred Ruzeiz.",
         [("name", "Abdulrahman")]),
        ("The farm is on Al Omran road, kilometre eighteen, next to the Al Ahsa National Park sign.", []),
        ("The Iqama of my farm manager, " + iq2 + ", he is the one who signs.", [("id", iq2)],
         "For the contract please send your Iqama, I see the farm is under a sponsor."),
        ("Can I pay with mada? " + c5 + ".", [("card", c5)]),
        ("If you need my own ID also, it's " + sid3 + ", Saudi.", [("id", sid3)]),
        # --- karak tea truck franchise
        ("Karak Junction franchise office, Doha, this is Aisha.", [("name", "Aisha")]),
        ("Hi, this is Chinedu Okafor, I applied for the truck franchise at the Corniche spot.",
         [("name", "Chinedu Okafor")]),
        ("Thank you Mr Okafor, the franchise fee is one hundred and twenty thousand riyals and royalty is six percent of sales.",
         [("name", "Mr Okafor")]),
        ("Each truck sells about nine hundred cups a day in winter at one riyal per cup for the small one.", []),
        ("Please transfer the first instalment to " + grp(qa1) + ".", [("iban", grp(qa1))]),
        ("qnb " + qa1 + " no sorry let me read it again", [("iban", qa1)], "And your account for the revenue share refunds?"),
        ("My residence address is Building 33, Street 920, Zone 56, Ain Khaled, flat 4.",
         [("address", "Building 33, Street 920, Zone 56, Ain Khaled, flat 4")], "And your address in Qatar?"),
        ("um, nineteen, oh five, nineteen eighty-eight", [("date_of_birth", "nineteen, oh five, nineteen eighty-eight")],
         "For the background check we need your date of birth."),
        # --- goat-hair tent maker (American caller)
        ("Bait Al Sha'ar Tents, Kuwait, good afternoon.", []),
        ("Hi there, my name is Dwayne Whitaker, I'm with a ranch in Texas and we want a real goat hair tent, the nine pole one.",
         [("name", "Dwayne Whitaker")]),
        ("Welcome sir. Nine poles is twelve metres long, it takes about six weeks, the price is eleven thousand dinars with the Sadu lining.", []),
        ("Shipping by sea to Houston is forty days, the container is twenty foot.", []),
        ("Deposit to our account " + kw1g + ", please.", [("iban", kw1g)]),
        ("It's four one two, fifty-eight, thirty-three oh seven.", [("id", "four one two, fifty-eight, thirty-three oh seven")],
         "And for customs, what's your social security number?"),
        ("For the customs form, date of birth is July fourth, nineteen sixty-two, yes sir, Independence Day.",
         [("date_of_birth", "July fourth, nineteen sixty-two")]),
        ("Deliver to 2210 County Road 118, Fredericksburg, Texas 78624.", [("address", "2210 County Road 118, Fredericksburg, Texas 78624")]),
        ("My cell is (830) 555-0147, but text first.", [("phone", "(830) 555-0147")]),
        ("my wife will pay the balance her social is 529-07-1186", [("id", "529-07-1186")]),
        ("And her card is a Discover, " + grp(c6) + ".", [("card", grp(c6))]),
        ("Old card from Bahrain, just in case, " + c7 + ".", [("card", c7)]),
        ("Refund for the cancelled lining to " + bh1s + ".", [("iban", bh1s)]),
        ("My Omani account also works, " + om1 + ".", [("iban", om1)]),
        ("Kuwait account for the rest, " + kw1 + ".", [("iban", kw1)]),
        ("Email me at d.whitaker@hillcountryranch.com", [("email", "d.whitaker@hillcountryranch.com")]),
        ("Or my son's email, j w h i t at yahoo dot com, spell it J W H I T.", [("email", "j w h i t at yahoo dot com")]),
    ]


@lang("ar")
def ar_part1():
    s1 = saudi_id("103374519")
    q1 = saudi_id("241198076")
    s2 = saudi_id("109920345")
    sa1 = iban("SA", "15000000608010167519")
    sa2 = iban("SA", "65100000001122334455")
    ae1 = iban("AE", "0260001017734221095")
    c1 = luhn_complete("440647009312558")
    c2 = luhn_complete("529415660072318")
    s1a = ar_digits(s1)
    q1w = " ".join(AR_W[int(c)] for c in q1)
    c2w = "، ".join(words(c2[i:i + 4], AR_W) for i in range(0, 16, 4))
    ord1 = not_valid(ar_digits("7730 1904 5561 28"))
    return [
        # --- مزاين الإبل (نجدي)
        ("هلا والله، معك سعد من لجنة تسجيل مزاين الإبل، تفضل.", [("name", "سعد")]),
        ("هلا بك يا سعد، أنا فهد بن ناصر العتيبي، أبي أسجل عشرين من المجاهيم وعشر وضح.",
         [("name", "فهد بن ناصر العتيبي")]),
        ("حياك الله يا أبو ناصر، التسجيل يقفل يوم خمسة وعشرين الشهر، والتحكيم يبدأ بعدها بأسبوع.",
         [("name", "أبو ناصر")]),
        ("رسوم الشوط الواحد ألفين ريال، والجائزة الأولى مليون ريال وسيارة.", []),
        ("رقم هويتي " + s1a + " يا أخوي، سجلها على اسمي.", [("id", s1a)]),
        ("صفر خمسة خمسة، تسعمية واثنين وأربعين، سبعة وسبعين، ثلاثة عشر",
         [("phone", "صفر خمسة خمسة، تسعمية واثنين وأربعين، سبعة وسبعين، ثلاثة عشر")], "ورقم الجوال اللي نتواصل معك عليه؟"),
        ("تاريخ ميلادي سبعة عشر عشرة ألف وتسعمية وسبعة وسبعين", [("date_of_birth", "سبعة عشر عشرة ألف وتسعمية وسبعة وسبعين")],
         "وتاريخ ميلادك يا أبو ناصر؟"),
        ("والراعي حق الإبل هندي، إقامته " + q1w, [("id", q1w)]),
        ("كل ناقة لازم لها رقم شريحة، الخمسة عشر رقم اللي في الرقبة، وشهادة بيطرية من مستشفى الرماح.", []),
        ("الموقع في الصياهد، تسعين كيلو عن الرياض، بعد محطة ساسكو على اليمين.", []),
        ("يا أخوي رقم الطلب " + ord1 + " احتفظ فيه.", []),
        # --- قهوجي (إماراتي)
        ("مساء الخير، ضيافة الوجيه للقهوجية، وياك مريم.", [("name", "مريم")]),
        ("مساء النور، أنا حمدة الكتبي، نبغي أربع قهوجية لعرس ولدنا يوم الخميس.",
         [("name", "حمدة الكتبي")]),
        ("أبشري يا أم سلطان، القهوجي الواحد ستمية درهم لليلة، مع الدلال والفناجين والتمر.",
         [("name", "أم سلطان")]),
        ("العرس من الساعة ثمان لين وحدة بالليل، والضيوف حوالي خمسمية.", []),
        ("فيلا ٢٣، شارع ١٩، منطقة مويلح التجارية، الشارقة، جنب مسجد النور.",
         [("address", "فيلا ٢٣، شارع ١٩، منطقة مويلح التجارية، الشارقة")], "عطيني العنوان عشان السواق يوصلهم."),
        ("والدفعة المقدمة بتحولينها، حسابنا عندكم في الفاتورة رقم ٤٤١٨.", []),
        ("لا، برد لكم الباقي على حسابي " + grp(ae1) + "، بنك أبوظبي الأول.", [("iban", grp(ae1))]),
        ("وإذا تبين ترسلين صور العرس، الإيميل hamda.k1990@gmail.com", [("email", "hamda.k1990@gmail.com")]),
        ("رقمي صفر خمسين، سبعمية وعشرين، تسعة وثمانين، واحد وستين.",
         [("phone", "صفر خمسين، سبعمية وعشرين، تسعة وثمانين، واحد وستين")]),
        ("القهوة عندنا شقراء مع هيل وزعفران، وإذا تبغين قهوة سعودية نزيد مية درهم.", []),
        # --- بشت حساوي
        ("السلام عليكم، معرض بشوت الأحساء، تفضل.", []),
        ("وعليكم السلام، معك عبدالله القحطاني، أبغى بشت ملكي أسود زري ذهبي مقاس ستين.",
         [("name", "عبدالله القحطاني")]),
        ("يا هلا بأبو محمد، البشت الحساوي خياطة يد بأربعة آلاف وخمسمية، ومدة التفصيل خمسة أسابيع.",
         [("name", "أبو محمد")]),
        ("والمكينة بتسعمية وخمسين ويجهز في عشرة أيام.", []),
        ("أبغى الحساوي، وأدفع العربون بالبطاقة.", []),
        (c2w, [("card", c2w)], "تفضل رقم البطاقة."),
        ("أعيد عليك: " + grp(c2[:8]) + " ... " + grp(c2[8:]) + "، صح؟",
         [("card", grp(c2[:8])), ("card", grp(c2[8:]))]),
        ("صح، وتاريخ الانتهاء صفر ثمانية سبعة وعشرين.", []),
        ("إيه، حي المزروعية، شارع الظهران، مبنى ٧٧٢١، الرمز البريدي ٣١٩٨٢، الأحساء.",
         [("address", "حي المزروعية، شارع الظهران، مبنى ٧٧٢١، الرمز البريدي ٣١٩٨٢، الأحساء")], "نوصلك البشت على العنوان الوطني؟"),
        # --- وايت موية (سعودي)
        ("ألو، مؤسسة الري للوايتات؟ أبي وايت موية حلوة ثمانية عشر طن.", []),
        ("هلا، الوايت ثمانية عشر طن بمية وثمانين ريال، والاثنين وثلاثين طن بثلاثمية.", []),
        ("حي النرجس، شارع عثمان بن عفان، فيلا رقم ١٤، البوابة البنية، الرياض.",
         [("address", "حي النرجس، شارع عثمان بن عفان، فيلا رقم ١٤")], "وين الموقع يا أخوي؟"),
        ("الخزان تحت الأرض سعته ثلاثين ألف لتر، والسواق يوصل بعد العصر بإذن الله.", []),
        ("خالد، خالد الشمري، وجوالي ٠٥٤٣٣٨١٩٢٧", [("name", "خالد"), ("name", "خالد الشمري"), ("phone", "٠٥٤٣٣٨١٩٢٧")],
         "اسمك الكريم عشان السواق؟"),
        ("طيب، تبي اشتراك شهري؟ أربعة وايتات بستمية وخمسين.", []),
        ("أبي أدفع بمدى " + c1, [("card", c1)]),
        # --- رحلة الداو (سائح مصري)
        ("مساء الخير، كروز الداو في خور دبي، معاك إيه يا فندم؟", []),
        ("مساء النور، أنا اسمي محمود عبد الفتاح، كنت عايز أحجز العشا بتاع الخميس لأربعة.",
         [("name", "محمود عبد الفتاح")]),
        ("أهلاً أستاذ محمود، الكروز بمتين وخمسة وتسعين درهم للفرد، والأطفال تحت ست سنين ببلاش.",
         [("name", "أستاذ محمود")]),
        ("الصعود الساعة سبعة ونص والمركب بيتحرك تمانية، ونرجع عشرة وربع.", []),
        ("زيرو واحد واحد، اتنين تلاتة أربعة، خمسة ستة، سبعة تمانية تسعة، ده رقمي المصري عليه واتساب",
         [("phone", "زيرو واحد واحد، اتنين تلاتة أربعة، خمسة ستة، سبعة تمانية تسعة")], "رقم تليفونك لو في تأخير؟"),
        ("mahmoud underscore fattah at yahoo dot com، يعني محمود أندرسكور فتاح",
         [("email", "mahmoud underscore fattah at yahoo dot com"), ("email", "محمود أندرسكور فتاح")], "والإيميل؟"),
        ("وعشان خصم كبار السن، أنا مواليد خمستاشر يناير سنة خمسة وخمسين يا فندم.",
         [("date_of_birth", "خمستاشر يناير سنة خمسة وخمسين")]),
        ("رقم الحجز بتاعك DC-55821، وتذكرة الرصيف بتاخدها من الكاونتر رقم ٣.", []),
        # --- نادي السلوقي (قطري)
        ("نادي السلوقي العربي، معك جاسم، تفضل.", [("name", "جاسم")]),
        ("هلا جاسم، أنا منيرة، أبي أسجل سلوقية اسمها غزالة في سباق الهواة.",
         [("name", "منيرة")]),
        ("حياج الله، العضوية خمسمية ريال بالسنة، والسباق كل جمعة من نوفمبر إلى مارس، المسافة ألف متر.", []),
        ("مواليد ١٢/٩/١٩٩٤", [("date_of_birth", "١٢/٩/١٩٩٤")], "نحتاج تاريخ ميلادج للاستمارة."),
        ("زائد تسعمية وأربعة وسبعين، خمسة خمسة، ستة اثنين، تسعة واحد، صفر ثلاثة",
         [("phone", "زائد تسعمية وأربعة وسبعين، خمسة خمسة، ستة اثنين، تسعة واحد، صفر ثلاثة")], "ورقم تلفونج؟"),
    ]


@lang("ar")
def ar_part2():
    s2 = saudi_id("109920345")
    q2 = saudi_id("250377148")
    q3 = saudi_id("219004562")
    s3 = saudi_id("116652093")
    s4 = saudi_id("100874236")
    sa1 = iban("SA", "15000000608010167519")
    sa2 = iban("SA", "65100000001122334455")
    kw1 = iban("KW", "CBKU0000000000001234560101")
    jo1 = iban("JO", "ARAB1210000000121030045678")
    bh1 = iban("BH", "BBKU00100000998877")
    eg1 = iban("EG", "0019000500000000263180002")
    ma1 = iban("MA", "011780000012300000012345")
    qa1 = iban("QA", "DOHB000000000004521187903")
    c3 = luhn_complete("457801662209431")
    c4 = luhn_complete("512345009988776")
    c5 = luhn_complete("37829004411765")
    c6 = luhn_complete("968208114470325")
    s2w = " ".join(AR_W[int(c)] for c in s2)
    s3a = ar_digits(s3)
    q3a = ar_digits(grp(q3, 3))
    jo1s = "جي أو " + jo1[2:4] + " " + " ".join(jo1[4:8]) + " " + grp(jo1[8:])
    c6a = ar_digits(grp(c6))
    cert = not_valid("2024 0098 7713 52")
    lot = not_valid(ar_digits("88120337915"))
    return [
        # --- كوشة أعراس (كويتي)
        ("هلا، لمسات للكوش، تفضلي.", []),
        ("هلا حبيبتي، أنا دلال العنزي، عرس أختي يوم ثلاثة مايو بقاعة السلام، نبي الكوشة البيضا بالأوركيد.",
         [("name", "دلال العنزي")]),
        ("أبشري، هذي بألف وثمنمية دينار للمسرح ستة متر، ومع الأرضية المضيئة ألفين ومية.", []),
        ("العربون ثلاثين بالمية، يعني خمسمية وأربعين دينار، وباقي المبلغ قبل العرس بأسبوع.", []),
        ("حولي العربون على حسابنا " + grp(kw1) + " في بنك الكويت التجاري.", [("iban", grp(kw1))]),
        ("أرسلي لي التصاميم على الإيميل دلال دوت العنزي آت هوتميل دوت كوم",
         [("email", "دلال دوت العنزي آت هوتميل دوت كوم")]),
        ("ورقمي زائد تسعمية خمسة وستين، تسعة تسعة، ثمانية سبعة، اثنين واحد، أربعة أربعة.",
         [("phone", "زائد تسعمية خمسة وستين، تسعة تسعة، ثمانية سبعة، اثنين واحد، أربعة أربعة")]),
        ("التركيب يبدأ الساعة ثنتين الظهر، ونحتاج أربع ساعات، والفك بعد الساعة ثنتين بالليل.", []),
        # --- بيت الشعر (أردني بدوي)
        ("مرحبا، مصنع بيوت الشعر، معك أبو عودة.", [("name", "أبو عودة")]),
        ("يا هلا، أنا سليمان الزبن من المفرق، بدي بيت شعر تسع عمدان مع الساحة.",
         [("name", "سليمان الزبن")]),
        ("أبشر، التسع عمدان طوله اثنعشر متر، سعره ثلاثة آلاف وخمسمية دينار، والتسليم بعد ست أسابيع.", []),
        ("حسابي للتحويل إذا بدكم ترجعوا الفرق: " + jo1s, [("iban", jo1s)]),
        ("المفرق، حي الحسين، شارع الملك طلال، بيت رقم ٤١، قبال مدرسة البنات.",
         [("address", "المفرق، حي الحسين، شارع الملك طلال، بيت رقم ٤١")], "وين بدك ياه ينتصب؟"),
        ("تلفوني صفر سبعة تسعة، خمسمية وأربعة وعشرين، ستة وتسعين، اتنين وتلاتين",
         [("phone", "صفر سبعة تسعة، خمسمية وأربعة وعشرين، ستة وتسعين، اتنين وتلاتين")]),
        ("شعر الماعز بنجيبه من البادية، كل شقة عرضها سبعين سنتي، والبيت بده حوالي عشرين شقة.", []),
        # --- مختبر اللؤلؤ (بحريني)
        ("صباح الخير، مختبر فحص اللؤلؤ في المنامة، وياك فاطمة.", [("name", "فاطمة")]),
        ("صباح النور، أنا يوسف بوحجي، عندي سبحة لؤلؤ طبيعي من الوالد الله يرحمه أبي أفحصها.",
         [("name", "يوسف بوحجي")]),
        ("الفحص بالأشعة بمية وثمانين دينار، والشهادة تطلع بعد أسبوعين، رقم الشهادة السابقة " + cert + ".", []),
        ("السبحة فيها ثلاثة وثلاثين حبة، وزنها الإجمالي اثنين وأربعين قيراط.", []),
        ("ستة عشر أكتوبر ألف وتسعمية وثمانية وستين", [("date_of_birth", "ستة عشر أكتوبر ألف وتسعمية وثمانية وستين")],
         "أبغي تاريخ ميلادك عشان ملف العميل."),
        ("حسابي في بنك البحرين والكويت، " + bh1 + "، حولوا لي فيه إذا في استرجاع.", [("iban", bh1)]),
        ("وتلفوني زائد ٩٧٣ ٣٦٦٥ ٨١٠٤", [("phone", "زائد ٩٧٣ ٣٦٦٥ ٨١٠٤")]),
        # --- سباق القدرة (فارس مغربي)
        ("السلام، قرية القدرة، قسم التسجيل.", []),
        ("السلام عليكم، أنا سميتي عبد الصمد الإدريسي، فارس من المغرب، بغيت نسجل فالسباق ديال مية وعشرين كيلومتر.",
         [("name", "عبد الصمد الإدريسي")]),
        ("مرحبا، رسوم التسجيل ألفين وخمسمية درهم للخيل، والانطلاق الساعة ستة وربع الصبح.", []),
        ("تاريخ الازدياد ديالي سبعة وعشرين مارس عام تسعة وثمانين",
         [("date_of_birth", "سبعة وعشرين مارس عام تسعة وثمانين")], "وتاريخ ميلادك حسب الجواز؟"),
        ("والنمرة ديالي فالمغرب زيرو ستة، واحد اتنين، تلاتة أربعة، خمسة ستة، سبعة تمنية",
         [("phone", "زيرو ستة، واحد اتنين، تلاتة أربعة، خمسة ستة، سبعة تمنية")]),
        ("والجوائز كيتحولو للحساب ديالي فالبنك الشعبي: " + grp(ma1), [("iban", grp(ma1))]),
        ("والعنوان ديالي، زنقة ابن سينا رقم ١٨، حي أكدال، الرباط.", [("address", "زنقة ابن سينا رقم ١٨، حي أكدال، الرباط")]),
        ("كل حصان لازم يفحصه البيطري بعد كل مرحلة، والنبض تحت أربعة وستين خلال عشرين دقيقة.", []),
        # --- تلقيح النخيل (قصيمي)
        ("هلا، مؤسسة التلقيح الزراعي ببريدة، تفضل.", []),
        ("هلا بك، معك إبراهيم الحربي، عندي ألف ومتين نخلة سكري وثلاثمية خلاص.",
         [("name", "إبراهيم الحربي")]),
        ("التلقيح بأربعة ريال للنخلة، ونبدأ آخر فبراير، حوالي عشرين الشهر، ونعيد بعد عشرة أيام.", []),
        ("المزرعة على طريق الملك عبدالعزيز، الكيلو اثنعش، جنب لوحة مدينة التمور.", []),
        ("العقد باسم الوالد، هويته " + s2w, [("id", s2w)]),
        ("والعامل اللي يستلم منكم، إقامته " + q3a, [("id", q3a)]),
        ("أدفع تحويل من حسابي " + sa1, [("iban", sa1)]),
        ("وإيميلي ibrahim.alharbi77@outlook.sa", [("email", "ibrahim.alharbi77@outlook.sa")]),
        ("الحجز للموسم الجاي يفتح أول يناير، ونأخذ عربون ثلاثين بالمية، والعقد لسنتين.", []),
        ("عندنا أربعين عامل تلقيح، كل واحد يطلع ستين نخلة في اليوم إذا الجو زين.", []),
        ("رحلة الطيران SV 1417 توصل القصيم الساعة ثنتين وعشر، والسواق ينتظرك عند بوابة ٣.", []),
        ("الطلع نجيبه من فحول الغر، الكيس الواحد بخمسين ريال ويكفي أربعين نخلة.", []),
        # --- مندوس (إماراتي)
        ("مرحبا، محل المنادیس التراثية في العين، وياك راشد.".replace("ی", "ي"), [("name", "راشد")]),
        ("مرحبا، أنا شما بنت علي، أبا مندوس كبير بالمسامير النحاس للعروس.",
         [("name", "شما بنت علي")]),
        ("المندوس الكبير خشب صاج، طوله متر وعشرين، بثلاثة آلاف وستمية درهم، ونجهزه في ثلاثة أسابيع.", []),
        ("أدفع بالبطاقة: " + c6a, [("card", c6a)]),
        ("وصلوه بيتنا، منطقة الهيلي، شارع ١٣٤، فيلا ٩، العين.", [("address", "منطقة الهيلي، شارع ١٣٤، فيلا ٩، العين")]),
        ("العروس مواليد ٢٠٠١/٠٤/٢٢، نبي نكتب تاريخ ميلادها على اللوح النحاس داخل المندوس.",
         [("date_of_birth", "٢٠٠١/٠٤/٢٢")]),
        ("أبا نقش الاسم على القفل، بس الحروف الأولى، ش و م.", []),
        # --- كرك فرانشايز (مصري / فصحى)
        ("مكتب امتياز كرك جنكشن في الدوحة، معك عائشة، كيف أقدر أساعدك؟", [("name", "عائشة")]),
        ("أهلاً يا فندم، أنا شريف منصور، قدمت على عربية الكرك اللي على الكورنيش.",
         [("name", "شريف منصور")]),
        ("شكراً، رسوم الامتياز مئة وعشرون ألف ريال، والإتاوة ستة بالمئة من المبيعات.", []),
        ("الكوباية الصغيرة بريال، والعربية بتبيع حوالي تسعمية كوباية في اليوم في الشتا.", []),
        ("حسابي في قطر " + grp(qa1) + " وحسابي في مصر " + eg1,
         [("iban", grp(qa1)), ("iban", eg1)]),
        ("هدفع القسط الأول بالكارت، " + grp(c3) + "، والانتهاء عشرة ستة وعشرين.",
         [("card", grp(c3))]),
        ("تاريخ ميلادي ٣ / ١١ / ١٩٨٥ زي ما في الباسبور", [("date_of_birth", "٣ / ١١ / ١٩٨٥")]),
        ("sherif.mansour85@gmail.com هو ده الإيميل", [("email", "sherif.mansour85@gmail.com")]),
        # --- مسابقة الشعر النبطي (فصحى)
        ("مرحباً بكم في خط التسجيل لمسابقة الشعر النبطي، معكم المشرف هزاع.", [("name", "هزاع")]),
        ("السلام عليكم، اسمي تركي بن مطلق، وأرغب في المشاركة بقصيدة من ثلاثين بيتاً.",
         [("name", "تركي بن مطلق")]),
        ("مرحباً، آخر موعد لاستلام القصائد هو الخامس عشر من يناير، والمرحلة الأولى في أبوظبي.", []),
        ("رقم الهوية " + s3a + "، وتاريخ الميلاد الرابع من رجب عام ألف وأربعمئة وستة هجري.",
         [("id", s3a), ("date_of_birth", "الرابع من رجب عام ألف وأربعمئة وستة هجري")],
         "الرجاء تزويدنا برقم الهوية الوطنية وتاريخ الميلاد."),
        ("وأخي يشارك كذلك، هويته " + s4 + " وإقامة المرافق " + q2,
         [("id", s4), ("id", q2)]),
        ("أسكن في حي الملقا، طريق أنس بن مالك، مبنى ٣١٠٢، شقة ٥، الرياض.",
         [("address", "حي الملقا، طريق أنس بن مالك، مبنى ٣١٠٢، شقة ٥، الرياض")]),
        ("رسوم التسجيل مئتا ريال، وتدفع ببطاقة " + grp(c4) + " أو أمريكان إكسبريس " + c5 + ".",
         [("card", grp(c4)), ("card", c5)]),
        ("أرسل القصيدة إلى turki_mutlaq@poetmail.ae من فضلك", [("email", "turki_mutlaq@poetmail.ae")]),
        ("حسابي لاستلام الجائزة " + grp(sa2), [("iban", grp(sa2))]),
        ("يُبث البرنامج يوم الثلاثاء الساعة التاسعة مساءً، وعدد المتسابقين في الحلقة ستة، رقم المشاركة " + lot + ".", []),
    ]


@lang("he")
def he_part1():
    t1 = il_id("03458712")
    t2 = il_id("20761934")
    t3 = il_id("31229085")
    il1 = iban("IL", "0126800000007654321")
    ae1 = iban("AE", "0350000012098765432")
    c1 = luhn_complete("458003317720946")
    c2 = luhn_complete("532610048821577")
    t1w = " ".join(HE_W[int(c)] for c in t1)
    t2g = t2[:3] + "-" + t2[3:6] + "-" + t2[6:]
    c2w = ", ".join(words(c2[i:i + 4], HE_W) for i in range(0, 16, 4))
    ref1 = not_valid("5531 0097 2284 16")
    return [
        # --- שייט דאו בדובאי (תיירים ישראלים)
        ("ערב טוב, קריק סייד שייט דאו, מדברת רנא, איך אפשר לעזור?", [("name", "רנא")]),
        ("היי, שמי אורית בן חמו, הזמנו שייט שקיעה ליום חמישי לארבעה אנשים.",
         [("name", "אורית בן חמו")]),
        ("כן, אני רואה את ההזמנה, עלייה לסירה בשבע וחצי מהמזח של אל סייף.", []),
        ("השייט עם ארוחת ערב עולה מאתיים תשעים וחמישה דירהם למבוגר, ילדים עד גיל שש בחינם.", []),
        ("מספר ההזמנה שלך " + ref1 + ", תשמרי אותו לקופה.", []),
        ("הנייד שלי אפס חמש ארבע, שש שבע שלוש, שמונה אחת, תשעים ושתיים",
         [("phone", "אפס חמש ארבע, שש שבע שלוש, שמונה אחת, תשעים ושתיים")], "יש לך מספר טלפון למקרה של עיכוב?"),
        ("בסדר, אז פלוס תשע שבע שתיים, חמש ארבע, שש שבע שלוש, שמונה אחת תשע שתיים.",
         [("phone", "פלוס תשע שבע שתיים, חמש ארבע, שש שבע שלוש, שמונה אחת תשע שתיים")]),
        ("הכרטיס שלי " + grp(c1) + ", תוקף אחת עשרה עשרים ושבע.", [("card", grp(c1))]),
        ("השייט יוצא כל יום חוץ מיום שישי הראשון בחודש, אז הסירה בטיפול.", []),
        ("אנחנו חוזרים למזח בסביבות עשר ורבע, והחניה בחניון B בחינם לשלוש שעות.", []),
        # --- מעבדת פנינים בבחריין (עולה מצרפת)
        ("בוקר טוב, מעבדת בדיקת פנינים במנאמה, מדברת פטמה.", [("name", "פטמה")]),
        ("בוקר טוב, מדבר מרדכי אטלן, אני מתל אביב, שלחתי לכם מחרוזת פנינים של סבתא שלי מטוניס.",
         [("name", "מרדכי אטלן")]),
        ("כן מר אטלן, הדו\"ח מוכן: ארבעים ואחת פנינים, משקל כולל שישים ושניים קרט.", [("name", "מר אטלן")]),
        ("שלוש מהן מתורבתות, השאר טבעיות, צילום רנטגן נעשה בשנים עשר במרץ.", []),
        ("עלות הבדיקה מאה שמונים דינר, ומספר התעודה PT-2024-11873.", []),
        ("נולדתי בחמישה ביולי אלף תשע מאות חמישים ושמונה, בסוס.",
         [("date_of_birth", "בחמישה ביולי אלף תשע מאות חמישים ושמונה")], "לצורך תיק הלקוח אני צריכה תאריך לידה."),
        ("המייל שלי מוטי נקודה אטלן שטרודל וואלה נקודה קו נקודה איל",
         [("email", "מוטי נקודה אטלן שטרודל וואלה נקודה קו נקודה איל")]),
        ("להחזר הפיקדון, החשבון שלי בלאומי " + grp(il1) + ".", [("iban", grp(il1))]),
        # --- מכליות מים (וילה של ישראלי בדובאי)
        ("שלום, אני מתקשר מהווילה של משפחת כהן באל ברשא, צריך מכלית מים מתוקים היום.", []),
        ("מכלית של חמשת אלפים גלון עולה מאתיים ועשרים דירהם, של אלפיים גלון מאה ועשר.", []),
        ("הכתובת: וילה 19, רחוב 7B, אל ברשא 2, דובאי, השער החום.",
         [("address", "וילה 19, רחוב 7B, אל ברשא 2, דובאי")]),
        ("אני גיל, גיל כהן, והנייד פה באמירויות אפס חמש אפס, שלוש אחת שמונה, ארבע ארבע שבע שתיים.",
         [("name", "גיל"), ("name", "גיל כהן"), ("phone", "אפס חמש אפס, שלוש אחת שמונה, ארבע ארבע שבע שתיים")]),
        ("הנהג יגיע בין שתיים לארבע. המיכל על הגג כמה גלון?", []),
        ("המיכל על הגג אלפיים והתת קרקעי שישה אלפים, תמלאו את התת קרקעי.", []),
        ("בחודש שעבר לקחתם שלוש מכליות, חשבונית מספר 55102, סך הכול שש מאות שישים דירהם.", []),
        ("הוראת קבע מהחשבון " + ae1 + " באמירייטס אן בי די.", [("iban", ae1)]),
        # --- מזאין גמלים (צלם, עולה מרוסיה)
        ("שלום, אני ולדימיר קוזלוב, אבל תקראו לי וובה, אני צלם ורוצה אישור צילום לפסטיבל מזאין הגמלים.",
         [("name", "ולדימיר קוזלוב"), ("name", "וובה")]),
        ("בסדר, אישור צילום לעיתונות עולה חמש מאות דירהם לכל הפסטיבל, עשרים ושמונה ימים.", []),
        ("השיפוט מתחיל בעשרים ושמונה בדצמבר, ההרשמה נסגרת בעשרים ושניים.", []),
        ("מספר תעודת זהות " + t1w, [("id", t1w)], "אני צריך מספר תעודה מזהה לטופס."),
        ("תאריך לידה שלושה בינואר שמונים ושבע", [("date_of_birth", "שלושה בינואר שמונים ושבע")]),
        ("אני גר ברחוב ז'בוטינסקי 112, דירה 34, קומה 8, בת ים.",
         [("address", "רחוב ז'בוטינסקי 112, דירה 34, קומה 8, בת ים")]),
        ("מגרש התחרות נמצא ארבעים קילומטר ממדינת זאיד, תראה שלטים אחרי תחנת הדלק אדנוק.", []),
        ("פרס ראשון בקטגוריית המג'אהים הוא מיליון דירהם ומכונית.", []),
        # --- חייט בשת (אתיופי-ישראלי)
        ("שלום, בית הבשת של אל-אחסא.", []),
        ("שלום, קוראים לי טספאיה מלדה, אני רוצה בשת מתנה לדוד שלי לחתונה.",
         [("name", "טספאיה מלדה")]),
        ("אהלן, הבשת החסאווי בתפירת יד עולה ארבעת אלפים וחמש מאות ריאל, לוקח חמישה שבועות.", []),
        ("תפירה במכונה תשע מאות ריאל, מוכן בעשרה ימים.", []),
        ("אני משלם במאסטרקארד: " + c2w, [("card", c2w)]),
        ("ת\"ז שלי " + t2g, [("id", t2g)], "לצורך המשלוח לישראל צריך מספר זהות."),
        ("תשלחו לכתובת: שדרות ירושלים 48, דירה 6, קריית גת.",
         [("address", "שדרות ירושלים 48, דירה 6, קריית גת")]),
        ("המייל tesfaye.m@gmail.com, טספאיה נקודה אם", [("email", "tesfaye.m@gmail.com"), ("email", "טספאיה נקודה אם")]),
        # --- קהוג'י (מגיש קפה ערבי) לכנס חברה
        ("צהריים טובים, קהוות אל דיאפה, שירותי אירוח.", []),
        ("היי, מדברת שירן מצוות האירועים של חברת הייטק, אנחנו צריכים ארבעה קהוג'ים לכנס בדובאי.",
         [("name", "שירן")]),
        ("בשמחה. כמה אורחים ולכמה שעות?", []),
        ("בערך ארבע מאות אורחים, משש עד עשר בערב, בשני בדצמבר.", []),
        ("כל קהוג'י שש מאות דירהם לערב, כולל דלה, פינג'אנים ותמרים.", []),
        ("תשלחו הצעת מחיר לאיוונטס מקף טים שטרודל טקסייבר נקודה קום",
         [("email", "איוונטס מקף טים שטרודל טקסייבר נקודה קום")]),
        ("ותעודת זהות של מזמינת השירות " + t3 + ".", [("id", t3)]),
    ]


@lang("he")
def he_part2():
    t4 = il_id("05518803")
    t5 = il_id("32004617")
    t6 = il_id("21875309")
    t7 = il_id("06623148")
    il2 = iban("IL", "0201230000000456789")
    il3 = iban("IL", "0310990000001122334")
    bh1 = iban("BH", "NBOB00001234987650")
    jo1 = iban("JO", "HBHO0320000001234567890123")
    gb1 = iban("GB", "BARC20038455667788")
    c3 = luhn_complete("491761330028194")
    c4 = luhn_complete("37564400112239")
    c5 = luhn_complete("542418007731206")
    c6 = luhn_complete("4580220094518")
    c7 = luhn_complete("401288339901467")
    t4w = ", ".join(words(t4[i:i + 3], HE_W) for i in range(0, 9, 3))
    il2s = "איי אל " + " ".join(il2[2:])
    c5a, c5b = grp(c5[:8]), grp(c5[8:])
    cont = not_valid("7731 0582 2014")
    return [
        # --- מרוץ סיבולת סוסים (עולה מארה"ב)
        ("כפר הסיבולת, משרד ההרשמה, בוקר טוב.", []),
        ("היי, אממ, מדברת רייצ'ל גולדשטיין, I mean, אני רוכבת מכפר תבור ורוצה להירשם למקצה של מאה ועשרים קילומטר.",
         [("name", "רייצ'ל גולדשטיין")]),
        ("בסדר, דמי הרישום אלפיים וחמש מאות דירהם לסוס, הזינוק בשש ורבע בבוקר.", []),
        ("אחרי כל לולאה יש בדיקה וטרינרית, הדופק צריך לרדת מתחת לשישים וארבע תוך עשרים דקות.", []),
        ("נולדתי ב-14.02.1991", [("date_of_birth", "14.02.1991")], "תאריך לידה כמו שמופיע בדרכון, בבקשה."),
        ("הכתובת שלי מושב כפר תבור, רחוב האלונים 7, מיקוד 1524100.",
         [("address", "מושב כפר תבור, רחוב האלונים 7, מיקוד 1524100")]),
        ("כספי פרסים לחשבון בבנק הפועלים, " + il2s, [("iban", il2s)]),
        ("והטלפון שלי נייד, 052-7714093, אפשר גם ווטסאפ.", [("phone", "052-7714093")]),
        # --- אוהל שיער עיזים (בדואי אזרח ישראל)
        ("שלום, מפעל בית אל-שער בעמאן, מדבר אבו עודה.", [("name", "אבו עודה")]),
        ("אהלן, אני סלים אבו רביעה מרהט, רוצה אוהל שיער של תשעה עמודים עם סדו.",
         [("name", "סלים אבו רביעה")]),
        ("אוהל של תשעה עמודים אורכו שתים עשרה מטר, המחיר שלושת אלפים וחמש מאות דינר, זמן ייצור שישה שבועות.", []),
        ("המקדמה לחשבון שלנו " + grp(jo1) + ".", [("iban", grp(jo1))]),
        ("תעודת זהות שלי " + t4w + ", בשביל המכס במעבר אלנבי.", [("id", t4w)]),
        ("תביאו לרהט, שכונה 17, בית 230, ליד המסגד הגדול.", [("address", "רהט, שכונה 17, בית 230")]),
        ("טלפון אפס חמש שמונה, שבע שבע שבע, ארבעים ואחת, שלושים ותשע",
         [("phone", "אפס חמש שמונה, שבע שבע שבע, ארבעים ואחת, שלושים ותשע")]),
        ("כל יריעה רוחבה שבעים סנטימטר, והאוהל צריך בערך עשרים יריעות.", []),
        # --- שירות הפריה של תמרים (חקלאי מהערבה)
        ("הלו, זה שירות התלקיח להפריית תמרים? אני מחצבה שבערבה.", []),
        ("כן, מדבר נאסר, במה אפשר לעזור?", [("name", "נאסר")]),
        ("אני עמית, עמית שגיא, יש לי אלף ומאתיים עצי מג'הול ואני רוצה יועץ לעונה.",
         [("name", "עמית"), ("name", "עמית שגיא")]),
        ("העונה מתחילה בסוף פברואר, בסביבות העשרים, ואנחנו עושים שני סבבים בהפרש עשרה ימים.", []),
        ("ייעוץ של שבוע עולה שמונת אלפים דולר כולל טיסות, אבקת המאבקה מזכרי הע'ר במאה ריאל לשקית.", []),
        ("המייל של המשק amit.sagi@arava-dates.co.il", [("email", "amit.sagi@arava-dates.co.il")]),
        ("אני משלם באמקס " + c4 + ", רגע, כן זה נכון.", [("card", c4)]),
        ("ותעודת זהות " + t5 + ", על שם המשק אני.", [("id", t5)]),
        ("שבעה ביוני שבעים ותשע", [("date_of_birth", "שבעה ביוני שבעים ותשע")], "ותאריך לידה לחוזה הייעוץ?"),
        # --- מנדוס (תיבת נדוניה) - עולה מצרפת
        ("בונז'ור, סליחה, שלום, שמי סנדרין אזולאי, אני רוצה להזמין מנדוס גדול עם מסמרי נחושת לבת שלי.",
         [("name", "סנדרין אזולאי")]),
        ("בשמחה גברת אזולאי, המנדוס הגדול מעץ טיק, מטר ועשרים, שלושת אלפים ושש מאות דירהם.",
         [("name", "גברת אזולאי")]),
        ("הבת שלי נולדה בעשרים ושניים באפריל אלפיים ואחת, אני רוצה לחרוט את זה על הלוח מבפנים.",
         [("date_of_birth", "בעשרים ושניים באפריל אלפיים ואחת")]),
        ("אני משלמת בויזה " + c5a + ", " + c5b + ".", [("card", c5a), ("card", c5b)]),
        ("ובשביל המשלוח: רחוב בן יהודה 210, דירה 9, תל אביב.", [("address", "רחוב בן יהודה 210, דירה 9, תל אביב")]),
        ("והטלפון פלוס תשע שבע שתיים, חמישים, שש ארבע שלוש, עשרים ואחת, שמונים",
         [("phone", "פלוס תשע שבע שתיים, חמישים, שש ארבע שלוש, עשרים ואחת, שמונים")]),
        ("המשלוח בים לוקח ארבעים יום, המכולה עשרים רגל, מספר מכולה " + cont + ".", []),
        # --- מועדון סלוקי
        ("מועדון סלוקי המורשת, מדבר ראשד.", [("name", "ראשד")]),
        ("שלום, אני נועה, נועה פרלמן, עברתי לאבו דאבי ואימצתי סלוקית.",
         [("name", "נועה"), ("name", "נועה פרלמן")]),
        ("דמי חבר חמש מאות דירהם לשנה, כל מרוץ מאה, המרוצים בימי שישי מנובמבר עד מרץ.", []),
        ("קוראים לה זהרה, היא בת שלוש ושוקלת עשרים ושלושה קילו.", []),
        ("תאריך הלידה שלי? אחד עשר בספטמבר תשעים ושלוש.", [("date_of_birth", "אחד עשר בספטמבר תשעים ושלוש")]),
        ("המייל נועה קו תחתון פרלמן שטרודל ג'ימייל נקודה קום",
         [("email", "נועה קו תחתון פרלמן שטרודל ג'ימייל נקודה קום")]),
        ("החשבון הישן שלי מלונדון, " + gb1 + ".", [("iban", gb1)]),
        # --- קושה לחתונה בדובאי
        ("לאמסאת קושה דיזיין, ערב טוב.", []),
        ("ערב טוב, אני מתקשרת מחברת הפקות, שמי הילה דהן, יש לנו חתונה ישראלית בדובאי בשלישי במאי.",
         [("name", "הילה דהן")]),
        ("הבמה הלבנה עם סחלבים עולה שמונה עשר אלף דירהם לשישה מטר, עם רצפת לד עשרים ושתיים אלף.", []),
        ("מקדמה שלושים אחוז, שש אלף שש מאות דירהם, ההתקנה מתחילה בשתיים בצהריים.", []),
        ("תחייבו את הכרטיס " + grp(c3) + ", ואם לא עובר, יש לי עוד אחד " + c6 + ".",
         [("card", grp(c3)), ("card", c6)]),
        ("תעודת הזהות שלי " + t6 + ", זה על שמי.", [("id", t6)]),
        ("החזרים לחשבון " + il3 + " בבנק דיסקונט.", [("iban", il3)]),
        ("התקשרו אליי ל-054-6612087", [("phone", "054-6612087")]),
        ("hila@dahan-events.co.il זה המייל", [("email", "hila@dahan-events.co.il")]),
        # --- זיכיון משאית קרק (אזרח ערבי)
        ("משרד הזכיינות של קרק ג'נקשן בדוחא, מדברת עאישה.", [("name", "עאישה")]),
        ("שלום, אני סאמר ח'ורי מחיפה, הגשתי בקשה לזיכיון על משאית קרק בקורניש.", [("name", "סאמר ח'ורי")]),
        ("תודה, דמי הזיכיון מאה ועשרים אלף ריאל והתמלוגים שישה אחוז מהמכירות.", []),
        ("משאית מוכרת בערך תשע מאות כוסות ביום בחורף, ריאל לכוס קטנה.", []),
        ("אני נולדתי בעשרה באוקטובר שמונים ושמונה", [("date_of_birth", "בעשרה באוקטובר שמונים ושמונה")],
         "לבדיקת הרקע אנחנו צריכים תאריך לידה."),
        ("כתובת מגורים: רחוב עבאס 31, קומה 2, חיפה.", [("address", "רחוב עבאס 31, קומה 2, חיפה")]),
        ("ות\"ז " + t7 + " וגם החשבון בבחריין " + bh1 + " למקרה של החזר.", [("id", t7), ("iban", bh1)]),
        ("והכרטיס לתשלום ראשון " + grp(c7) + ".", [("card", grp(c7))]),
        ("סאמר קו תחתון ח'ורי שטרודל הוטמייל נקודה קום", [("email", "סאמר קו תחתון ח'ורי שטרודל הוטמייל נקודה קום")]),
        ("הטלפון שלי אפס חמש אפס, תשע שלוש שלוש, אחת שש, שבע שמונה", [("phone", "אפס חמש אפס, תשע שלוש שלוש, אחת שש, שבע שמונה")]),
        ("הראיון ביום שלישי בעשר ורבע בבוקר, חדר 4 בקומה 12 במגדל טורנאדו.", []),
        ("הטיסה שלך QR 1302 נוחתת בשלוש וחמישים, נשלח נהג עם שלט של קרק ג'נקשן.", []),
        ("החוזה לחמש שנים, עם אופציה לעוד שלוש, והמשאית עצמה עולה שמונים ושבעה אלף ריאל.", []),
        ("סבתא שלי תמיד אמרה שקרק זה כמו התה של השבת בעכו.", []),
        ("המכונה לקרק היא דגם TX-450, אחריות שנתיים, והחלפת פילטר כל שלושה חודשים.", []),
        ("ביום ראשון, השלושה עשר באוקטובר, יש הדרכה בשעה תשע, בסניף של מוסא בן נוסייר.", []),
    ]


@lang("el")
def el_part1():
    a1 = afm("12847305")
    a2 = afm("07731946")
    a3 = afm("15590228")
    a4 = afm("04418867")
    gr1 = iban("GR", "01101250000000012300695")
    cy1 = iban("CY", "002001950000357001234567")
    ae1 = iban("AE", "0460000019283746501")
    c1 = luhn_complete("476173900012846")
    c2 = luhn_complete("535522104498123")
    c3 = luhn_complete("37110388206417")
    a1w = " ".join(EL_W[int(c)] for c in a1)
    c2w = ", ".join(words(c2[i:i + 4], EL_W) for i in range(0, 16, 4))
    ref1 = not_valid("6620 1148 3097 56")
    return [
        # --- κρουαζιέρα με ντάου στο Ντουμπάι (Έλληνες τουρίστες)
        ("Καλησπέρα, Creekside Dhow Cruises, είμαι η Ρανία, πώς μπορώ να βοηθήσω;", [("name", "Ρανία")]),
        ("Καλησπέρα, με λένε Κατερίνα Παπαδοπούλου, είχαμε κλείσει την κρουαζιέρα με δείπνο για την Πέμπτη.",
         [("name", "Κατερίνα Παπαδοπούλου")]),
        ("Μάλιστα κυρία Παπαδοπούλου, βλέπω κράτηση για τέσσερις ενήλικες, επιβίβαση στις επτάμισι.",
         [("name", "κυρία Παπαδοπούλου")]),
        ("Το δείπνο κοστίζει διακόσια ενενήντα πέντε ντιρχάμ το άτομο, τα παιδιά κάτω των έξι δωρεάν.", []),
        ("Ο αριθμός κράτησης είναι " + ref1 + ", κρατήστε τον για το ταμείο.", []),
        ("εεε το κινητό μου είναι έξι εννιά επτά, τέσσερα πέντε ένα, εξήντα εφτά, μηδέν δύο",
         [("phone", "έξι εννιά επτά, τέσσερα πέντε ένα, εξήντα εφτά, μηδέν δύο")], "Ένα τηλέφωνο σε περίπτωση καθυστέρησης;"),
        ("Δηλαδή συν τριάντα, έξι εννιά επτά, τέσσερα πέντε ένα, έξι εφτά μηδέν δύο, σωστά;",
         [("phone", "συν τριάντα, έξι εννιά επτά, τέσσερα πέντε ένα, έξι εφτά μηδέν δύο")]),
        ("Η κάρτα είναι " + grp(c1) + ", λήξη δέκα του εικοσιεπτά.", [("card", grp(c1))]),
        ("Επιστρέφουμε στην προβλήτα γύρω στις δέκα και τέταρτο, το πάρκινγκ είναι δωρεάν για τρεις ώρες.", []),
        ("Την πρώτη Παρασκευή του μήνα δεν έχουμε κρουαζιέρα, το σκάφος πάει για συντήρηση.", []),
        # --- εργαστήριο μαργαριταριών (Κύπριος)
        ("Καλημέρα, εργαστήριο ελέγχου μαργαριταριών, Μανάμα, λέγομαι Φάτιμα.", [("name", "Φάτιμα")]),
        ("Καλημέρα σας, είμαι ο Χαράλαμπος Χατζηιωάννου, ο Χαμπής, που σας έστειλα το κολιέ της μάμμας μου που τη Λεμεσό.",
         [("name", "Χαράλαμπος Χατζηιωάννου"), ("name", "Χαμπής")]),
        ("Ναι, η έκθεση είναι έτοιμη, σαράντα ένα μαργαριτάρια, εξήντα δύο καράτια συνολικά.", []),
        ("Τα τρία είναι καλλιεργημένα, τα υπόλοιπα φυσικά, η ακτινογραφία έγινε στις δώδεκα Μαρτίου.", []),
        ("Το κόστος είναι εκατόν ογδόντα δηνάρια, αριθμός πιστοποιητικού PT-2024-11873.", []),
        ("Γεννήθηκα στις τρεις Αυγούστου του εβδομήντα ένα.", [("date_of_birth", "στις τρεις Αυγούστου του εβδομήντα ένα")],
         "Για τον φάκελο πελάτη χρειάζομαι την ημερομηνία γέννησης."),
        ("Το email μου χαμπής κάτω παύλα χ παπάκι cytanet τελεία com τελεία cy",
         [("email", "χαμπής κάτω παύλα χ παπάκι cytanet τελεία com τελεία cy")]),
        ("Η επιστροφή να πάει στον λογαριασμό μου στην Τράπεζα Κύπρου, " + grp(cy1) + ".", [("iban", grp(cy1))]),
        ("Το κινητό μου εννιά εννιά, τέσσερα εφτά, τριάντα δύο, δεκαοχτώ.",
         [("phone", "εννιά εννιά, τέσσερα εφτά, τριάντα δύο, δεκαοχτώ")]),
        # --- βυτιοφόρο νερού (Έλληνας στη Σάρτζα)
        ("Καλημέρα, θέλω ένα βυτίο γλυκό νερό σήμερα για τη βίλα, πέντε χιλιάδες γαλόνια.", []),
        ("Τα πέντε χιλιάδες γαλόνια κάνουν διακόσια είκοσι ντιρχάμ, τα δύο χιλιάδες εκατόν δέκα.", []),
        ("Η διεύθυνση είναι Βίλα 27, Οδός 14, Αλ Ραχμανίγια 3, Σάρτζα, η καφέ πόρτα.",
         [("address", "Βίλα 27, Οδός 14, Αλ Ραχμανίγια 3, Σάρτζα")]),
        ("Είμαι ο Τάκης, Παναγιώτης Μαυρίδης, και το κινητό εδώ μηδέν πέντε πέντε, τέσσερα τέσσερα ένα, είκοσι δύο, εβδομήντα εννιά.",
         [("name", "Τάκης"), ("name", "Παναγιώτης Μαυρίδης"), ("phone", "μηδέν πέντε πέντε, τέσσερα τέσσερα ένα, είκοσι δύο, εβδομήντα εννιά")]),
        ("Ο οδηγός θα έρθει μεταξύ δύο και τέσσερις, η δεξαμενή στην ταράτσα πόσα γαλόνια είναι;", []),
        ("Τον περασμένο μήνα πήρατε τρία βυτία, τιμολόγιο 55102, σύνολο εξακόσια εξήντα ντιρχάμ.", []),
        ("Πάγια εντολή από τον λογαριασμό " + ae1 + ", στην Emirates NBD.", [("iban", ae1)]),
        # --- μαζαΐν καμήλων (φωτογράφος, νεότερος)
        ("Γεια σας, λέγομαι Στέλιος Ζαφειρίου, είμαι φωτογράφος και θέλω διαπίστευση για το φεστιβάλ καμήλων.",
         [("name", "Στέλιος Ζαφειρίου")]),
        ("Εντάξει, η διαπίστευση τύπου κοστίζει πεντακόσια ντιρχάμ για όλο το φεστιβάλ, είκοσι οχτώ μέρες.", []),
        ("Η κρίση ξεκινά στις είκοσι οχτώ Δεκεμβρίου, οι εγγραφές κλείνουν στις είκοσι δύο.", []),
        ("Το ΑΦΜ μου είναι " + a1w, [("id", a1w)], "Χρειάζομαι ΑΦΜ για το τιμολόγιο."),
        ("Ημερομηνία γέννησης 19/05/1996", [("date_of_birth", "19/05/1996")]),
        ("Μένω στην Αγίου Δημητρίου 45, τρίτος όροφος, Θεσσαλονίκη, 54630.",
         [("address", "Αγίου Δημητρίου 45, τρίτος όροφος, Θεσσαλονίκη, 54630")]),
        ("Ο χώρος είναι σαράντα χιλιόμετρα από τη Μαντινάτ Ζαγέντ, μετά το βενζινάδικο της ADNOC.", []),
        ("Το πρώτο βραβείο είναι ένα εκατομμύριο ντιρχάμ και ένα αυτοκίνητο.", []),
        # --- ράφτης μπιστ (ηλικιωμένος πελάτης)
        ("Καλησπέρα σας, ο οίκος Μπιστ της Αλ Χάσα.", []),
        ("Καλησπέρα κι από μένα, Γρηγόρης Αναστασίου ονομάζομαι, θέλω μια μπιστ για δώρο σε έναν Σαουδάραβα συνεργάτη.",
         [("name", "Γρηγόρης Αναστασίου")]),
        ("Η χειροποίητη μαύρη με χρυσό κέντημα είναι τέσσερις χιλιάδες πεντακόσια ριάλ, θέλει πέντε εβδομάδες.", []),
        ("Με μηχανή είναι εννιακόσια ριάλ και είναι έτοιμη σε δέκα μέρες.", []),
        ("Πληρώνω με Mastercard: " + c2w, [("card", c2w)]),
        ("Το ΑΦΜ της εταιρείας μου, για το τιμολόγιο: " + a2, [("id", a2)]),
        ("Στείλτε την στη διεύθυνση Λεωφόρος Κηφισίας 212, Χαλάνδρι, 15231, Αθήνα.",
         [("address", "Λεωφόρος Κηφισίας 212, Χαλάνδρι, 15231, Αθήνα")]),
        ("g.anastasiou@otenet.gr είναι το mail, γ τελεία αναστασίου", [("email", "g.anastasiou@otenet.gr"), ("email", "γ τελεία αναστασίου")]),
        # --- καχουατζής για εταιρική εκδήλωση
        ("Καλησπέρα, Qahwat Al Diyafa, υπηρεσίες φιλοξενίας.", []),
        ("Γεια σας, είμαι η Ελένη, η Λένα Σταυροπούλου από την ομάδα εκδηλώσεων μιας ναυτιλιακής, χρειαζόμαστε τέσσερις σερβιτόρους αραβικού καφέ.",
         [("name", "Ελένη"), ("name", "Λένα Σταυροπούλου")]),
        ("Για τετρακόσιους καλεσμένους, από τις έξι ως τις δέκα το βράδυ, στις δύο Δεκεμβρίου.", []),
        ("Κάθε σερβιτόρος εξακόσια ντιρχάμ τη βραδιά, με ντάλα, φιντζάνια και χουρμάδες.", []),
        ("Στείλτε την προσφορά στο events παύλα team παπάκι aegeanship τελεία gr",
         [("email", "events παύλα team παπάκι aegeanship τελεία gr")]),
        ("Το ΑΦΜ της ναυτιλιακής " + a3 + " και η πληρωμή από " + grp(gr1) + ".", [("id", a3), ("iban", grp(gr1))]),
        ("Και για το ταξίδι η εταιρική Amex " + c3 + ".", [("card", c3)]),
        ("Το προσωπικό μου ΑΦΜ, αν χρειαστεί, " + a4 + ".", [("id", a4)]),
    ]


@lang("el")
def el_part2():
    a5 = afm("13365021")
    a6 = afm("06912473")
    a7 = afm("14470382")
    a8 = afm("05528816")
    gr2 = iban("GR", "01720340005034012345678")
    gr3 = iban("GR", "02601450000240200123456")
    cy2 = iban("CY", "005003510000001023456789")
    de1 = iban("DE", "370400440532013000")
    om1 = iban("OM", "0270000001234509876")
    c4 = luhn_complete("492913882205173")
    c5 = luhn_complete("516732004491882")
    c6 = luhn_complete("4000123498761")
    c7 = luhn_complete("455673009921436")
    c8 = luhn_complete("222100441298763")
    a5g = a5[:3] + " " + a5[3:6] + " " + a5[6:]
    a6w = ", ".join(words(a6[i:i + 3], EL_W) for i in range(0, 9, 3))
    gr2s = "G R " + gr2[2:4] + " " + grp(gr2[4:])
    c5w = ", ".join(words(c5[i:i + 4], EL_W) for i in range(0, 16, 4))
    box = not_valid("4410 7729 0035")
    return [
        # --- αγώνας αντοχής ίππων (Κρητικός αναβάτης)
        ("Χωριό αντοχής, γραφείο εγγραφών, καλημέρα.", []),
        ("Καλημέρα, Μανόλης Τσαγκαράκης από το Ηράκλειο, θέλω να δηλώσω τη φοράδα μου στα εκατόν είκοσι χιλιόμετρα.",
         [("name", "Μανόλης Τσαγκαράκης")]),
        ("Μάλιστα, το παράβολο είναι δύο χιλιάδες πεντακόσια ντιρχάμ το άλογο, η εκκίνηση στις έξι και τέταρτο.", []),
        ("Μετά από κάθε γύρο έχει κτηνιατρικό έλεγχο, οι παλμοί κάτω από εξήντα τέσσερα μέσα σε είκοσι λεπτά.", []),
        ("Γεννήθηκα εικοσιένα του έντεκα του ογδόντα πέντε.", [("date_of_birth", "εικοσιένα του έντεκα του ογδόντα πέντε")],
         "Ημερομηνία γέννησης όπως στο διαβατήριο;"),
        ("Η διεύθυνσή μου είναι Οδός Έβανς 63, Ηράκλειο Κρήτης, 71201.", [("address", "Οδός Έβανς 63, Ηράκλειο Κρήτης, 71201")]),
        ("Τα έπαθλα στον λογαριασμό μου " + gr2s, [("iban", gr2s)]),
        ("Το κινητό μου έξι εννιά τέσσερα, οχτακόσια δώδεκα, τριάντα τρία, σαράντα πέντε.",
         [("phone", "έξι εννιά τέσσερα, οχτακόσια δώδεκα, τριάντα τρία, σαράντα πέντε")]),
        ("ΑΦΜ " + a5g, [("id", a5g)], "Και ΑΦΜ για την απόδειξη;"),
        # --- σκηνή από τρίχα κατσίκας (Κύπριος ξενοδόχος)
        ("Γεια σας, εργοστάσιο Μπέιτ αλ Σάαρ, στο Κουβέιτ.", []),
        ("Γεια σας, ο Αντρέας Κωνσταντίνου είμαι, που την Πάφο, έχω ένα glamping και θέλω σκηνή με εννιά στύλους.",
         [("name", "Αντρέας Κωνσταντίνου")]),
        ("Η σκηνή με εννιά στύλους είναι δώδεκα μέτρα, έντεκα χιλιάδες δηνάρια με την επένδυση σάντου, έξι εβδομάδες.", []),
        ("Η αποστολή με πλοίο στη Λεμεσό κρατά τριάντα μέρες, το κοντέινερ είναι είκοσι πόδια.", []),
        ("Η προκαταβολή από τον λογαριασμό μου στην Ελληνική, " + cy2 + ".", [("iban", cy2)]),
        ("Παράδοση στη διεύθυνση Λεωφόρος Ποσειδώνος 18, Κάτω Πάφος, 8042.",
         [("address", "Λεωφόρος Ποσειδώνος 18, Κάτω Πάφος, 8042")]),
        ("Το τηλέφωνο συν τριακόσια πενήντα εφτά, ενενήντα εφτά, ογδόντα ένα, είκοσι τέσσερα, δεκαέξι",
         [("phone", "συν τριακόσια πενήντα εφτά, ενενήντα εφτά, ογδόντα ένα, είκοσι τέσσερα, δεκαέξι")]),
        ("andreas παπάκι paphosglamping τελεία com, όλα μικρά", [("email", "andreas παπάκι paphosglamping τελεία com")]),
        ("Πληρώνω το υπόλοιπο με την κάρτα " + grp(c4) + ".", [("card", grp(c4))]),
        # --- επικονίαση φοινίκων (Κύπριος γεωπόνος στο Ομάν)
        ("Καλημέρα, υπηρεσία επικονίασης φοινίκων Ταλκίχ, στο Νίζουα.", []),
        ("Καλημέρα, είμαι η Γιώτα, η Παναγιώτα Ευαγγέλου, γεωπόνος σε φάρμα με χίλιους διακόσιους φοίνικες.",
         [("name", "Γιώτα"), ("name", "Παναγιώτα Ευαγγέλου")]),
        ("Η επικονίαση είναι τέσσερα ριάλ ο φοίνικας, αρχίζουμε τέλη Φεβρουαρίου, γύρω στις είκοσι.", []),
        ("Κάνουμε δύο γύρους, ο δεύτερος δέκα μέρες μετά τον πρώτο.", []),
        ("Πληρωμή από τον λογαριασμό της φάρμας " + grp(om1) + ".", [("iban", grp(om1))]),
        ("Γεννήθηκα στις 7 Ιουνίου 1979.", [("date_of_birth", "7 Ιουνίου 1979")], "Για το συμβόλαιο χρειάζομαι ημερομηνία γέννησης."),
        ("Το email μου γιώτα τελεία ευαγγέλου παπάκι gmail τελεία com",
         [("email", "γιώτα τελεία ευαγγέλου παπάκι gmail τελεία com")]),
        # --- μαντούς, σεντούκι προίκας (ηλικιωμένη κυρία)
        ("Εμπρός; Είναι το μαγαζί με τα σεντούκια, τα μαντούς;", []),
        ("Ναι κυρία μου, ο Ράσεντ είμαι, πώς μπορώ να σας βοηθήσω;", [("name", "Ράσεντ")]),
        ("Με λένε Κούλα, Βασιλική Λαμπράκη, θέλω ένα μεγάλο σεντούκι με τα χάλκινα καρφιά για την εγγονή μου.",
         [("name", "Κούλα"), ("name", "Βασιλική Λαμπράκη")]),
        ("Το μεγάλο είναι από τικ, ένα μέτρο και είκοσι, τρεις χιλιάδες εξακόσια ντιρχάμ, έτοιμο σε τρεις εβδομάδες.", []),
        ("Η εγγονή μου γεννήθηκε στις είκοσι δύο Απριλίου του δύο χιλιάδες ένα, να το γράψετε μέσα στο καπάκι.",
         [("date_of_birth", "είκοσι δύο Απριλίου του δύο χιλιάδες ένα")]),
        ("Θα πληρώσει ο γιος μου με την κάρτα του, " + c5w + ".", [("card", c5w)]),
        ("Να το στείλετε σπίτι, Πλατεία Αγίας Σοφίας 3, Τρίπολη.", [("address", "Πλατεία Αγίας Σοφίας 3, Τρίπολη")]),
        ("Τηλέφωνο σπιτιού δύο επτά μηδέν, δύο τέσσερα, τριάντα ένα, πενήντα.",
         [("phone", "δύο επτά μηδέν, δύο τέσσερα, τριάντα ένα, πενήντα")]),
        ("Αριθμός αποστολής " + box + ", θα φτάσει σε σαράντα μέρες.", []),
        # --- λέσχη σαλούκι (νεαρή Αθηναία)
        ("Λέσχη Σαλούκι, καλησπέρα.", []),
        ("Γεια, η Δανάη είμαι, Δανάη Κουτσούκου, υιοθέτησα μια σαλούκι από το καταφύγιο της Σάρτζα.",
         [("name", "Δανάη"), ("name", "Δανάη Κουτσούκου")]),
        ("Η συνδρομή είναι πεντακόσια ντιρχάμ τον χρόνο, κάθε κούρσα εκατό, Παρασκευές από Νοέμβριο ως Μάρτιο.", []),
        ("Τη λένε Ζάχρα, είναι τριών χρονών και ζυγίζει είκοσι τρία κιλά.", []),
        ("ενενηντατρία, έντεκα σεπτεμβρίου, δηλαδή 11/9/93", [("date_of_birth", "11/9/93")], "Την ημερομηνία γέννησής σας;"),
        ("Μένω στο Al Khawaneej 2, Street 31, Villa 6, Ντουμπάι.", [("address", "Al Khawaneej 2, Street 31, Villa 6, Ντουμπάι")]),
        ("danae_k93@hotmail.com, με κάτω παύλα", [("email", "danae_k93@hotmail.com")]),
        ("Το παλιό μου ΑΦΜ από την Ελλάδα είναι " + a6w + ".", [("id", a6w)]),
        ("Πληρώνω με τη Visa " + c6 + ".", [("card", c6)]),
        # --- κόσα γάμου (Κύπρια διοργανώτρια)
        ("Λαμσάτ Κόσα, καλησπέρα.", []),
        ("Καλησπέρα, η Ραφαέλλα Χριστοδούλου είμαι, οργανώνω έναν γάμο στο Αμπού Ντάμπι στις τρεις Μαΐου.",
         [("name", "Ραφαέλλα Χριστοδούλου")]),
        ("Η λευκή σκηνή με ορχιδέες κοστίζει δεκαοχτώ χιλιάδες ντιρχάμ, με δάπεδο LED είκοσι δύο.", []),
        ("Η προκαταβολή είναι τριάντα τοις εκατό, έξι χιλιάδες εξακόσια, και το στήσιμο αρχίζει στις δύο.", []),
        ("Χρεώστε την κάρτα " + grp(c7) + ".", [("card", grp(c7))]),
        ("Το ΑΦΜ του γραφείου μου στην Αθήνα " + a7 + ", και ο λογαριασμός " + gr3 + ".", [("id", a7), ("iban", gr3)]),
        ("Το κινητό μου εννιά έξι, τριακόσια σαράντα, εννιακόσια δεκαπέντε.",
         [("phone", "εννιά έξι, τριακόσια σαράντα, εννιακόσια δεκαπέντε")]),
        ("raffaella@weddingscy.com, με δύο f και δύο l", [("email", "raffaella@weddingscy.com")]),
        # --- franchise φορτηγού καράκ (νεαρός)
        ("Γραφείο franchise Karak Junction, Ντόχα, η Άισα εδώ.", [("name", "Άισα")]),
        ("Γεια σας, Νίκος Παπαδάκης, ο Νικολάκης για τους φίλους, έκανα αίτηση για το φορτηγάκι στην Κορνίς.",
         [("name", "Νίκος Παπαδάκης"), ("name", "Νικολάκης")]),
        ("Ευχαριστώ, το τέλος franchise είναι εκατόν είκοσι χιλιάδες ριάλ, δικαιώματα έξι τοις εκατό.", []),
        ("Ένα φορτηγάκι πουλάει περίπου εννιακόσια ποτήρια τη μέρα τον χειμώνα, ένα ριάλ το μικρό.", []),
        ("Γεννήθηκα δεκαεννιά Μαΐου του ογδόντα οχτώ.", [("date_of_birth", "δεκαεννιά Μαΐου του ογδόντα οχτώ")],
         "Για τον έλεγχο ιστορικού, ημερομηνία γέννησης;"),
        ("Ο λογαριασμός μου είναι στη Γερμανία, " + grp(de1) + ".", [("iban", grp(de1))]),
        ("ΑΦΜ " + a8 + " και η κάρτα " + grp(c8), [("id", a8), ("card", grp(c8))]),
        ("Μένω στην Ερμού 28, διαμέρισμα 4, Πειραιάς 18531.", [("address", "Ερμού 28, διαμέρισμα 4, Πειραιάς 18531")]),
        ("Η συνέντευξη είναι Τρίτη στις δέκα και τέταρτο, αίθουσα 4, δωδέκατος όροφος στο Tornado Tower.", []),
    ]


if __name__ == "__main__":
    main()
