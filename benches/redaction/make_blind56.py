#!/usr/bin/env python3
"""Blind evaluation set "blind56" for the call-transcript personal-data redactor.

Written by a helper session that worked only from a written brief. It never opened,
listed or ran the redactor, its rules, its tests, or any other evaluation set or
generator; every line was composed from the brief and general knowledge of how people
talk on customer-service calls (agriculture, food production and B2B suppliers).

Output: data/redaction/blind56/{en,ar,he,el}.jsonl, one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}
kind is one of card, iban, id, phone, email, date_of_birth, name, address.
start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive), computed
here by searching for each span's substring and asserted. "context" (optional, not
scored) is an earlier line of the same call. Items with empty spans are non-personal.
All values are invented; check-digit values are computed below, and long non-personal
numbers are asserted to fail those checks. Standard library only; deterministic.
"""
import json
import os
import re

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}

# ---------------------------------------------------------------- check digits
def digits(s):
    return re.sub(r"\D", "", s)


def luhn_ok(s):
    d = [int(c) for c in digits(s)]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_make(prefix, length):
    body = prefix + "7" * (length - 1 - len(prefix)) if len(prefix) < length - 1 else prefix
    assert len(body) == length - 1
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def is_card(s):
    d = digits(s)
    return 13 <= len(d) <= 19 and luhn_ok(d)


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "MA": 28}


def _mod97(s):
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97


def iban_make(cc, bban):
    chk = 98 - _mod97(bban + cc + "00")
    iban = "%s%02d%s" % (cc, chk, bban)
    assert len(iban) == IBAN_LEN[cc], (iban, len(iban))
    assert iban_ok(iban)
    return iban


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    return s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]] and _mod97(s[4:] + s[:4]) == 1


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def tz_ok(s):
    d = digits(s).zfill(9)
    tot = 0
    for i, c in enumerate(d):
        x = int(c) * (1 if i % 2 == 0 else 2)
        tot += x if x < 10 else x - 9
    return len(d) == 9 and tot % 10 == 0


def tz_make(p8):
    for c in "0123456789":
        if tz_ok(p8 + c):
            return p8 + c
    raise AssertionError


def afm_ok(s):
    d = digits(s)
    if len(d) != 9:
        return False
    tot = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return tot % 11 % 10 == int(d[8])


def afm_make(p8):
    for c in "0123456789":
        if afm_ok(p8 + c):
            return p8 + c
    raise AssertionError


def saudi_make(p9):
    assert p9[0] in "12" and len(p9) == 9
    return luhn_make(p9, 10)


def ssn_ok(s):
    d = digits(s)
    a, g, n = d[:3], d[3:5], d[5:]
    return len(d) == 9 and a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def not_checked(s):
    """A long non-personal number must fail every check."""
    d = digits(s)
    assert not (13 <= len(d) <= 19 and luhn_ok(d)), s
    assert not (len(d) == 9 and (tz_ok(d) or afm_ok(d))), s
    assert not (len(d) == 10 and d[0] in "12" and luhn_ok(d)), s
    return s


# ---------------------------------------------------------------- spoken digits
EN_D = "zero one two three four five six seven eight nine".split()
AR_D = "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
AR_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def say(s, table, oh=False):
    out = []
    for c in s:
        if c.isdigit():
            w = table[int(c)]
            if oh and c == "0":
                w = "oh"
            out.append(w)
    return " ".join(out)


def indic(s):
    return s.translate(AR_INDIC)


# ---------------------------------------------------------------- items -> jsonl
def build(items):
    lines = []
    for it in items:
        text, spans = it[0], it[1]
        ctx = it[2] if len(it) > 2 else None
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
                assert pos >= 0, (kind, sub, text)
            out.append({"kind": kind, "start": pos, "end": pos + len(sb)})
            assert b[pos:pos + len(sb)].decode("utf-8") == sub
            assert sub == sub.strip(" ,.?!،؟"), ("untrimmed span", sub)
        out.sort(key=lambda x: x["start"])
        for x, y in zip(out, out[1:]):
            assert x["end"] <= y["start"], ("overlap", text)
        obj = {"text": text, "spans": out}
        if ctx:
            obj["context"] = ctx
        lines.append(obj)
    return lines


LANGS = {}


# ================================================================ ENGLISH
def sayg(s, table, n=4, sep=", ", oh=False):
    d = digits(s)
    return sep.join(say(d[i:i + n], table, oh) for i in range(0, len(d), n))


def en_items():
    W = lambda s, **k: say(s, EN_D, **k)
    c_visa = luhn_make("453918762031458", 16)
    c_mc = luhn_make("522960114873302", 16)
    c_amex = luhn_make("37821465099321", 15)
    c_disc = luhn_make("601154309812774", 16)
    c_visa13 = luhn_make("421873650129", 13)
    c_mc2 = luhn_make("548816200947351", 16)
    c_maestro = luhn_make("675931048826170053", 19)
    c_visa2 = luhn_make("400837719265014", 16)
    i_gb = iban_make("GB", "NWBK60161331926819")
    i_ie = iban_make("IE", "AIBK93115212345678")
    i_gb2 = iban_make("GB", "BARC20325873041166")
    i_de = iban_make("DE", "500105175407324931")
    i_ie2 = iban_make("IE", "BOFI90001728456093")
    i_gr = iban_make("GR", "01101250000000012300695")
    i_il = iban_make("IL", "0126150000004417203")
    i_gb3 = iban_make("GB", "LOYD30962617482291")
    tz1 = tz_make("03391547")
    afm1 = afm_make("09488317")
    iqama1 = saudi_make("243108865")
    for s in ("521-47-3386", "078-62-1954", "411-09-7720", "623-18-4409", "254-73-0618"):
        assert ssn_ok(s)
    not_checked("4417 2290 1836 5521")
    not_checked("300118427")
    items = []
    A = items.append
    # --- call 1: seed-potato merchant (Scottish agent, Welsh grower)
    A(("Good morning, Strathmore Seed Potatoes, you're through to Morag, how can I help?",
       [("name", "Morag")]))
    A(("Hiya, it's Gethin Pryce here from Cefn Farm, I've got an order in for the Maris Piper.",
       [("name", "Gethin Pryce")]))
    A(("Lovely, and what's the postcode on the account?",
       []))
    A(("So that's twelve tonnes of Maris Piper, size 35 to 55, and four tonnes of King Edward, in one-tonne boxes.",
       []))
    A(("The Cara and the Rooster are both sold out until the end of February, I'm afraid.", []))
    A(("Your order number is SP-2291-0047 and the lorry is booked for Tuesday the 18th between eight and ten.",
       []))
    A(("Delivery address, is that still the farm? Yes, it's Cefn Farm, Llanfihangel Road, Brecon, LD3 9RX.",
       [("address", "Cefn Farm, Llanfihangel Road, Brecon, LD3 9RX")]))
    A(("oh seven seven double oh nine double oh three four one", [("phone", "oh seven seven double oh nine double oh three four one")],
       "And the best number for the driver on the day?"))
    A(("The certified seed is class SE2, lot 14/2207, and it's £385 a tonne ex-store plus VAT.", []))
    A(("Can I pay the deposit on the card now? It's a Visa, " + sayg(c_visa, EN_D) + ", expiry oh nine twenty-seven.",
       [("card", sayg(c_visa, EN_D))]))
    A(("Thanks for that, it's gone through, the remaining £4,620 is on thirty-day terms.",
       []))
    # --- call 2: used-cooking-oil collection (US agent, Nigerian caller in the UK)
    A(("Yes good afternoon, my name is Chinedu Okafor, I run Mama Ngozi's Kitchen on Peckham High Street.",
       [("name", "Chinedu Okafor")]))
    A(("We have two 200-litre drums full and one half full, and the last collection was on the 3rd of March.",
       []))
    A(("OK sir, I can see you on the Thursday route, we pay 42p a litre for grade A oil.",
       []))
    A(("the address for collection is unit four, forty seven Rye Lane, Peckham, SE15 4ST",
       [("address", "unit four, forty seven Rye Lane, Peckham, SE15 4ST")],
       "And where are the drums kept for collection?"))
    A(("It's a business account, the IBAN is " + group4(i_gb) + ".", [("iban", group4(i_gb))]))
    A(("chinedu dot okafor at mamangozi kitchen dot co dot uk, mamangozi is one word",
       [("email", "chinedu dot okafor at mamangozi kitchen dot co dot uk")],
       "Your email for the waste transfer notes, sir?"))
    A(("Each drum is about 180 kilos, and the transfer note reference will be WTN 88314.", []))
    A(("Is it 07700 900 512 I should text when the driver is ten minutes out? No, that's the old one, it's 07700 900 781.",
       [("phone", "07700 900 512"), ("phone", "07700 900 781")]))
    # --- call 3: sheep-shearing contractor (Australia)
    A(("G'day, Murray Valley Shearing, Shazza speaking.", [("name", "Shazza")]))
    A(("Yeah g'day, it's Darren Whitlock from up at Yarrawonga, wanting to book the team in.",
       [("name", "Darren Whitlock")]))
    A(("How many head are we talking?", []))
    A(("About two thousand two hundred merino ewes and sixty rams, plus the crutching in August.", []))
    A(("We can do a six-stand crew from the 14th of October, that's roughly four days at 3.40 a head for ewes.",
       []))
    A(("The shed's on the Benalla road, about eleven k past the silos, you can't miss the blue water tank.", []))
    A(("Yeah it's the twenty-first of June, nineteen eighty-one.",
       [("date_of_birth", "the twenty-first of June, nineteen eighty-one")],
       "For the new shearers' paperwork I need your date of birth as well, mate."))
    A(("and mobile is oh four one two, three four five, six seven eight",
       [("phone", "oh four one two, three four five, six seven eight")]))
    A(("Send the invoice to dazza underscore whitlock at bigpond dot com.",
       [("email", "dazza underscore whitlock at bigpond dot com")]))
    # --- call 4: dairy AI / bull-semen supplier (Ireland)
    A(("Good morning, Munster Breeding Services, Siobhán speaking, how can I help you?",
       [("name", "Siobhán")]))
    A(("Morning, Pádraig Ó Súilleabháin here, herd number 4417, I want to order straws.",
       [("name", "Pádraig Ó Súilleabháin")]))
    A(("Grand, which bulls are you after?", []))
    A(("Twenty straws of FR4455 sexed and ten of the Angus, Carrigroe Lad, and the tank top-up.", []))
    A(("The sexed straws are €32 each, conventional €18, and the technician is out on Wednesday.", []))
    A(("No, the heifers are at the out-farm now, Knockbarry, Kilmallock Road, Bruree, County Limerick, V35 K2W8.",
       [("address", "Knockbarry, Kilmallock Road, Bruree, County Limerick, V35 K2W8")],
       "Is that for the farm at Ballyhea, Charleville?"))
    A(("Direct debit, the IBAN is I E " + say(i_ie[2:4], EN_D) + " A I B K " + sayg(i_ie[8:], EN_D, 3, " "),
       [("iban", "I E " + say(i_ie[2:4], EN_D) + " A I B K " + sayg(i_ie[8:], EN_D, 3, " "))]))
    A(("Your account balance is €1,146.50 and the last payment came in on the 30th of January.", []))
    A(("And a mobile for the technician? Eighty-seven, two two oh, fifty-one, ninety-four.",
       [("phone", "Eighty-seven, two two oh, fifty-one, ninety-four")]))
    en_part2(items, locals())
    return items


LANGS["en"] = en_items


def en_part2(items, v):
    A = items.append
    W = lambda s, **k: say(s, EN_D, **k)
    # --- call 5: soil-testing laboratory (US, Indian-American caller)
    A(("Thank you for calling Prairie Soil Analytics, my name is Brandon, may I have your account number?",
       [("name", "Brandon")]))
    A(("Hi, I don't have it handy, this is Lakshmi Venkataraman, I farm about 640 acres near Salina.",
       [("name", "Lakshmi Venkataraman")]))
    A(("No problem, can you verify your date of birth for me?",
       []))
    A(("Sure, it's oh three, nineteen, seventy-six.", [("date_of_birth", "oh three, nineteen, seventy-six")],
       "No problem, can you verify your date of birth for me?"))
    A(("We received 48 samples on the 9th, batch K-7731, and the standard panel is $22 per sample.", []))
    A(("The pH on field 12 came back at 5.6, so you're looking at about two tons of lime per acre.", []))
    A(("Results go to lakshmi.v@prairiewindfarms.com, is that right?",
       [("email", "lakshmi.v@prairiewindfarms.com")]))
    A(("Yes. And for the net-30 account the credit team asked for my social, it's five two one, four seven, three three eight six.",
       [("id", "five two one, four seven, three three eight six")]))
    # --- call 6: craft-brewing malt house (US)
    A(("Heartland Maltings, Rosa speaking.", [("name", "Rosa")]))
    A(("hey its toby lindqvist from hop and anchor brewing in duluth", [("name", "toby lindqvist")]))
    A(("Hey! Same as last month? Forty bags of Maris Otter and ten of Golden Promise?",
       []))
    A(("Make it forty-two of the Maris Otter, and add five bags of crystal 60, the 55-pound bags.", []))
    A(("That comes to $3,917.40 with the pallet fee, shipping on pallet 3 of 4 on the 22nd.", []))
    A(("Which card do you want on it, the one ending 7351?", []))
    A(("No, use the Amex, " + " ".join([v["c_amex"][:4], v["c_amex"][4:10], v["c_amex"][10:]]) + ", exp 11/28, CVV 4410.",
       [("card", " ".join([v["c_amex"][:4], v["c_amex"][4:10], v["c_amex"][10:]]))]))
    A(("And ship to the new taproom, 2210 West Superior Street, Duluth, Minnesota 55806.",
       [("address", "2210 West Superior Street, Duluth, Minnesota 55806")]))
    A(("Your tracking will be PRO number 48813-0627 with Old Dominion freight.", []))
    # --- call 7: commercial kitchen chemical supplier (UK, Yoruba-British caller)
    A(("Kleenchem Catering Supplies, you're speaking with Dev, how can I help?", [("name", "Dev")]))
    A(("Hello, it's Folake Adebayo from Jollof Junction in Croydon.",
       [("name", "Folake Adebayo")]))
    A(("The dishwasher rinse aid has run out again, we need four 5-litre cans and two of the oven cleaner.", []))
    A(("OK, that's £96.80, and we've got a promotion, the 20-litre detergent for £39.", []))
    A(("Can I update the card? The old Mastercard expired. New one is " + " ".join(v["c_mc"][i:i + 4] for i in range(0, 16, 4)) + ".",
       [("card", " ".join(v["c_mc"][i:i + 4] for i in range(0, 16, 4)))]))
    A(("The dosing pump engineer can come Friday between 2 and 4, job number 55102.", []))
    A(("Zero seven nine four six, one one eight, two oh seven.", [("phone", "Zero seven nine four six, one one eight, two oh seven")],
       "What's the best mobile to reach you on?"))
    # --- call 8: refrigerated van hire (Ireland)
    A(("ColdFleet Van Hire, Eoin speaking.", [("name", "Eoin")]))
    A(("Hi, Niamh Fitzgerald here, I run a catering company and I need a chiller van for the weekend.",
       [("name", "Niamh Fitzgerald")]))
    A(("We have the 3.5-tonne Transit with a fridge unit, €145 a day, plus €1,000 deposit held on the card.", []))
    A(("And the driver's date of birth? Twelfth of the fourth, ninety-two.",
       [("date_of_birth", "Twelfth of the fourth, ninety-two")]))
    A(("For the deposit: " + sayg(v["c_visa2"], EN_D) + ".", [("card", sayg(v["c_visa2"], EN_D))],
       "Can I take the long number on the card for the deposit?"))
    A(("Email the contract to niamh at fitzgerald catering dot i e.",
       [("email", "niamh at fitzgerald catering dot i e")]))
    A(("The van has to be back by 6 p.m. Monday with at least a quarter tank, and the unit should be set to 3 degrees.", []))
    # --- call 9: snail farm supplying restaurants (UK)
    A(("Hello, Hollow Lane Escargots, Bartholomew speaking, but everyone calls me Barty.",
       [("name", "Bartholomew"), ("name", "Barty")]))
    A(("We ship 5 dozen per box, chilled, and the minimum trade order is 10 dozen.", []))
    A(("It's Chef Anand Krishnamurthy from Saffron & Sage in Bath, I'd like to open a trade account.",
       [("name", "Anand Krishnamurthy")]))
    A(("Of course, Chef. The restaurant address please?", []))
    A(("14 Milsom Street, Bath, BA1 1DE.", [("address", "14 Milsom Street, Bath, BA1 1DE")],
       "Of course, Chef. The restaurant address please?"))
    A(("Our bank details for the account are on the invoice; the snails are from batch 0922, purged for 5 days.", []))
    A(("accounts, a c c o u n t s, at saffronandsage dot co dot uk",
       [("email", "accounts, a c c o u n t s, at saffronandsage dot co dot uk")],
       "and your accounts email"))
    en_part3(items, v)




def en_part3(items, v):
    A = items.append
    W = lambda s, **k: say(s, EN_D, **k)
    # --- call 10: cheese cultures and rennet supplier (US; Pennsylvania and Greek customers)
    A(("Good morning, this is Hannah Yoder, we make farmstead cheddar in Lancaster County.",
       [("name", "Hannah Yoder")]))
    A(("We need the mesophilic MA 4001 in the 50-unit packs, six of them, and two litres of calf rennet.", []))
    A(("The rennet is $74 a litre and it ships cold, Monday to Wednesday only so it doesn't sit over a weekend.", []))
    A(("Social is 078 62 1954 and birthday May the 2nd 1988.",
       [("id", "078 62 1954"), ("date_of_birth", "May the 2nd 1988")],
       "For the wholesale account application we have to run a credit check, so I'll need your Social Security number and date of birth."))
    A(("Delivery is to 1187 Old Leacock Road, Gordonville, PA 17529, the red barn, not the house.",
       [("address", "1187 Old Leacock Road, Gordonville, PA 17529")]))
    A(("Next caller. Hi, yes, I'm calling from Thessaloniki, my name is Eleni Papadopoulou, we make feta for export.",
       [("name", "Eleni Papadopoulou")]))
    A(("Yes the AFM is " + " ".join([v["afm1"][:3], v["afm1"][3:6], v["afm1"][6:]]) + ".",
       [("id", " ".join([v["afm1"][:3], v["afm1"][3:6], v["afm1"][6:]]))],
       "For the invoice I need your VAT number, the Greek AFM."))
    A(("We'll pay by transfer from our Piraeus Bank account, " + group4(v["i_gr"]) + ".",
       [("iban", group4(v["i_gr"]))]))
    # --- call 11: abattoir kill-booking line (Wales)
    A(("Hello, Rhys Llewellyn, holding number 52/118/0044, I want to book thirty lambs in for Thursday.",
       [("name", "Rhys Llewellyn")]))
    A(("Deadweight price this week is £7.20 a kilo for R3L, and the skins go at £2 each.", []))
    A(("Pay it into the same account as last time? Actually no, we changed banks. GB " + W(v["i_gb2"][2:4]) + " BARC " + sayg(v["i_gb2"][8:], EN_D, 2, " ") + ".",
       [("iban", "GB " + W(v["i_gb2"][2:4]) + " BARC " + sayg(v["i_gb2"][8:], EN_D, 2, " "))]))
    A(("right thats sort code two oh three two five eight so thats Barclays Aberystwyth", []))
    A(("Forty-two of your lambs last month graded E or U, average 19.6 kilos.", []))
    A(("Text the kill sheet to oh seven seven double oh, nine double oh, two six six.",
       [("phone", "oh seven seven double oh, nine double oh, two six six")]))
    # --- call 12: farrier (Australia)
    A(("Yeah, Priya here, Hoof & Anvil Farriery, sorry I'm under a horse, go ahead.", [("name", "Priya")]))
    A(("Hi, it's Bec from the pony club, we've got nine horses due for shoes and two trims.",
       [("name", "Bec")]))
    A(("Full set is 180, front shoes 120, trims 60, and I'm doing Kilmore on the 3rd and 4th.", []))
    A(("Address for the agistment is 58 Sutherlands Lane, Kilmore East, Victoria 3764.",
       [("address", "58 Sutherlands Lane, Kilmore East, Victoria 3764")]))
    A(("Can you pay the club invoice by card? Mastercard five four eight eight, one six two oh, oh nine four seven, three five " + W(v["c_mc2"][-2:]) + ".",
       [("card", "five four eight eight, one six two oh, oh nine four seven, three five " + W(v["c_mc2"][-2:]))]))
    A(("Number for the yard is 0 3 9 0 1 0 7 2 4 4, that's the landline.", [("phone", "0 3 9 0 1 0 7 2 4 4")]))
    # --- call 13: seed-potato export desk (Saudi and Israeli importers, in English)
    A(("Hello, I am Mohammed Zaki from Al-Rawabi Agro in Riyadh, we want Spunta and Diamant for the spring planting.",
       [("name", "Mohammed Zaki")]))
    A(("The phytosanitary certificate takes ten working days and the reefer container holds 26 tonnes.", []))
    A(("Yes, it is " + sayg(v["iqama1"], EN_D, 3, " ") + ".", [("id", sayg(v["iqama1"], EN_D, 3, " "))],
       "For the importer registration I need the iqama number of the signatory."))
    A(("Your mobile in Riyadh? plus nine six six, five five, four one two, eight eight three oh",
       [("phone", "plus nine six six, five five, four one two, eight eight three oh")]))
    A(("Shalom, this is Yossi Ben-Ami from Galil Roots, I'm ordering the same 40 tonnes of Desiree as last year.",
       [("name", "Yossi Ben-Ami")]))
    A(("The Israeli ministry form wants my ID, teudat zehut " + v["tz1"] + ", and the company number is 514 229 806.",
       [("id", v["tz1"])]))
    A(("Our shekel account, IL" + v["i_il"][2:4] + " " + group4(v["i_il"][4:]) + ".", [("iban", "IL" + v["i_il"][2:4] + " " + group4(v["i_il"][4:]))]))
    A(("born on the 9th of November 1971 if you need it for the KYC form", [("date_of_birth", "9th of November 1971")],
       "I also need a date of birth for the director, for the KYC form."))
    A(("The container number is MSKU 4471193 and the vessel sails from Felixstowe on 2 April.", []))
    # --- call 14: malt house, German supplier account and more payments
    A(("Our barley comes partly from Bamberg; for the German supplier we pay into " + group4(v["i_de"]) + ".", [("iban", group4(v["i_de"]))]))
    A(("The refund of $212 for the damaged bags will go back to the Discover card, " + sayg(v["c_disc"], EN_D, 4, " ") + ", right?",
       [("card", sayg(v["c_disc"], EN_D, 4, " "))]))
    A(("And the old Visa, four two one eight, seven three six five, oh one two nine, " + W(v["c_visa13"][-1]) + ", that's the thirteen-digit one, please delete it.",
       [("card", "four two one eight, seven three six five, oh one two nine, " + W(v["c_visa13"][-1]))]))
    A(("Remittance to ap at heartland maltings dot com, and cc toby at hopandanchor dot beer",
       [("email", "ap at heartland maltings dot com"), ("email", "toby at hopandanchor dot beer")]))
    A(("Sure thing, and for the 1099 I still need the EIN, not your SSN, so don't read it out.", []))
    A(("The owner signed as guarantor: SSN 411-09-7720, date of birth 07/14/1969.",
       [("id", "411-09-7720"), ("date_of_birth", "07/14/1969")]))
    A(("Guarantor two is at 9 Orchard Crescent, Ames, Iowa 50010, social 623 18 4409.",
       [("address", "9 Orchard Crescent, Ames, Iowa 50010"), ("id", "623 18 4409")]))
    A(("My own SSN ends in 0618; the full one is two five four, seven three, oh six one eight.",
       [("id", "two five four, seven three, oh six one eight")]))
    A(("Please pay the Irish grain broker, IBAN " + v["i_ie2"] + ", before the 28th.", [("iban", v["i_ie2"])]))
    A(("And the UK freight agent, " + group4(v["i_gb3"]) + ", invoice 2024-118.", [("iban", group4(v["i_gb3"]))]))
    A(("Maestro for the sample kit: " + " ".join([v["c_maestro"][:4], v["c_maestro"][4:8], v["c_maestro"][8:12], v["c_maestro"][12:16], v["c_maestro"][16:]]) + ".",
       [("card", " ".join([v["c_maestro"][:4], v["c_maestro"][4:8], v["c_maestro"][8:12], v["c_maestro"][12:16], v["c_maestro"][16:]]))]))
    A(("the old customer number was 4417 2290 1836 5521 from the previous system", []))
    A(("Lot 300118427 failed the germination test at 81 percent, so it's credited.", []))
    A(("Your birthday for the loyalty card? The fourth of July, 1990, yes, like the holiday.",
       [("date_of_birth", "The fourth of July, 1990")]))
    A(("Email me at b.okoro-williams@gmail.com please, all lower case.",
       [("email", "b.okoro-williams@gmail.com")]))


# ================================================================ ARABIC
def ar_items():
    W = lambda s: say(s, AR_D)
    v = {}
    v["c_mada"] = luhn_make("446404128837215", 16)
    v["c_visa"] = luhn_make("492181330574462", 16)
    v["c_mc"] = luhn_make("531206689014237", 16)
    v["c_visa2"] = luhn_make("410039925718806", 16)
    v["c_mc2"] = luhn_make("552718003469921", 16)
    v["c_amex"] = luhn_make("34651209877413", 15)
    v["c_mada2"] = luhn_make("588845702216093", 16)
    v["c_visa3"] = luhn_make("427165098833140", 16)
    v["i_sa"] = iban_make("SA", "80000000608010167519")
    v["i_ae"] = iban_make("AE", "0330000019100345671")
    v["i_eg"] = iban_make("EG", "0019000500000000263180002")
    v["i_jo"] = iban_make("JO", "CBJO0010000000000131000302")
    v["i_sa2"] = iban_make("SA", "45000000278204411901")
    v["i_ae2"] = iban_make("AE", "2600000024681357902")
    v["i_ma"] = iban_make("MA", "011780000012300045678901")
    v["i_eg2"] = iban_make("EG", "0003000110000000088412007")
    v["nid1"] = saudi_make("108527743")
    v["nid2"] = saudi_make("110394826")
    v["nid3"] = saudi_make("107719250")
    v["iq1"] = saudi_make("238846017")
    v["iq2"] = saudi_make("251173094")
    v["nid4"] = saudi_make("112640385")
    v["iq3"] = saudi_make("246620913")
    v["tz1"] = tz_make("20784139")
    not_checked("1045583921")
    not_checked("2398817734")
    items = []
    A = items.append
    # --- call 1: frozen croissant/dough supplier to cafés (Gulf, Riyadh)
    A(("السلام عليكم، معك عبدالرحمن من شركة عجينة الصباح للمخبوزات المجمدة، كيف أقدر أخدمك؟",
       [("name", "عبدالرحمن")]))
    A(("وعليكم السلام، أنا نوف القحطاني صاحبة كوفي شوب في حي الملقا، أبي أطلب كرواسون.",
       [("name", "نوف القحطاني")]))
    A(("أبشري يا أستاذة نوف، كم كرتون تبين؟ الكرتون فيه ستين حبة.", [("name", "نوف")]))
    A(("عشرين كرتون كرواسون زبدة وعشرة بان أو شوكولا، وخمسة كراتين سينابون.", []))
    A(("سعر الكرتون مئة وخمسة وثمانين ريال، والطلب فوق ثلاثة آلاف التوصيل مجاني.", []))
    A(("رقم الطلب عندك ٤٤٨١٢٠٧ والتوصيل يوم الأحد الساعة ستة الصبح قبل الافتتاح.", []))
    A(("العنوان حي الملقا، شارع أنس بن مالك، مبنى ٣٤٢١، الرياض",
       [("address", "حي الملقا، شارع أنس بن مالك، مبنى ٣٤٢١، الرياض")],
       "وين نوصل الطلب؟ وش العنوان بالضبط؟"))
    A(("والدفع بالبطاقة؟ إيه مدى، الرقم " + indic(" ".join(v["c_mada"][i:i + 4] for i in range(0, 16, 4))),
       [("card", indic(" ".join(v["c_mada"][i:i + 4] for i in range(0, 16, 4))))]))
    A(("وجوال المندوب يتصل على مين؟ على جوالي صفر خمسة خمسة، ثلاثة واحد اثنين، سبعة سبعة تسعة أربعة",
       [("phone", "صفر خمسة خمسة، ثلاثة واحد اثنين، سبعة سبعة تسعة أربعة")]))
    A(("الفريزر لازم يكون على سالب ثمانية عشر، والكرواسون يتخبز ثمانية عشر دقيقة على مئة وسبعين.", []))
    # --- call 2: returnable plastic crate pool for produce (Egyptian)
    A(("ألو، شركة صناديق النيل لتأجير الأقفاص البلاستيك، معاك مصطفى.", [("name", "مصطفى")]))
    A(("أهلاً يا أستاذ، أنا الحاج سيد عبد الغفار، تاجر طماطم في سوق العبور.",
       [("name", "سيد عبد الغفار")]))
    A(("عايز ألفين قفص للموسم، من أول مارس لحد آخر مايو.", []))
    A(("إيجار القفص جنيه ونص في اليوم، والتأمين عشرة جنيه على كل قفص بيرجع لما ترجعهم.", []))
    A(("تمام يا حاج، محتاج رقم قومي ولا سجل تجاري؟ السجل التجاري رقم ٨٨٣١٤ استثمار القاهرة.",
       []))
    A(("التأمين هيتحول على حسابك في البنك الأهلي، الآيبان لو سمحت.", []))
    A(("الآيبان " + v["i_eg"][:2] + " " + v["i_eg"][2:4] + " " + group4(v["i_eg"][4:]),
       [("iban", v["i_eg"][:2] + " " + v["i_eg"][2:4] + " " + group4(v["i_eg"][4:]))],
       "التأمين هيتحول على حسابك في البنك الأهلي، الآيبان لو سمحت."))
    A(("والموبايل؟ زيرو واحد واحد، أربعة ستة صفر اثنين، ثمانية سبعة تسعة صفر... لا استنى، آخر رقمين تسعة واحد.",
       [("phone", "زيرو واحد واحد، أربعة ستة صفر اثنين، ثمانية سبعة تسعة صفر"), ("phone", "تسعة واحد")]))
    A(("المخزن في ١٤ شارع الجمهورية، متفرع من الطريق الدائري، القليوبية، جنب بنزينة موبيل.",
       [("address", "١٤ شارع الجمهورية، متفرع من الطريق الدائري، القليوبية")],
       "العربية هتسلم الأقفاص فين بالظبط؟"))
    A(("العربية بتشيل خمسمية قفص، يعني أربع نقلات، وكل نقلة بثمانمية جنيه.", []))
    # --- call 3: fertiliser blending plant (Jordanian, Levantine)
    A(("مرحبا، مصنع الغور لخلط الأسمدة، معك رامي، تفضل.", [("name", "رامي")]))
    A(("أهلين، معك أبو خالد، اسمي إبراهيم الزعبي، عندي مزرعة بندورة بالأغوار الوسطى.",
       [("name", "أبو خالد"), ("name", "إبراهيم الزعبي")]))
    A(("بدي خلطة عشرين عشرين عشرين، عشرة طن، وطنين سلفات البوتاس.", []))
    A(("الطن بأربعمية وخمسين دينار، والتوصيل على الشونة الجنوبية بخمسة وسبعين دينار النقلة.", []))
    A(("بتقدر تحول على حساب الشركة، وإذا بدك نرجعلك الفرق بنحتاج حسابك إنت.", []))
    A(("حسابي ببنك القاهرة عمان، " + group4(v["i_jo"]),
       [("iban", group4(v["i_jo"]))]))
    A(("ورقمي صفر سبعة تسعة، خمسة خمسة أربعة، صفر ثلاثة، ثمانية ستة",
       [("phone", "صفر سبعة تسعة، خمسة خمسة أربعة، صفر ثلاثة، ثمانية ستة")]))
    A(("تحليل التربة طلع فيه ملوحة ٣.٢ ديسي سيمنز، فبننصح بتقليل النيتروجين ١٥ بالمية.", []))
    A(("ابعتلي الفاتورة على الإيميل، ibrahim.zoubi88@gmail.com",
       [("email", "ibrahim.zoubi88@gmail.com")]))
    # --- call 4: agricultural crop-spraying drone service (Moroccan / Maghrebi)
    A(("السلام، شركة سما درون للرش الفلاحي، معاك سكينة.", [("name", "سكينة")]))
    A(("السلام عليكم، أنا سميتي يوسف بنعلي، عندي ضيعة ديال الحوامض فسوس.",
       [("name", "يوسف بنعلي")]))
    A(("شحال من هكتار بغيتي نرشو؟ واش كاين شي خطوط ديال الضو فالضيعة؟", []))
    A(("تقريبا ستين هكتار، والرشة الأولى خاصها تكون قبل خمسطاش أبريل.", []))
    A(("الثمن ديالنا مية وعشرين درهم للهكتار، والدرون كيرش عشرة ديال الهكتارات فالساعة.", []))
    A(("عطيني النمرة ديالك آ سي يوسف.", [("name", "يوسف")]))
    A(("صفر ستة، سبعين، اثنين وعشرين، خمسة وأربعين، ثلاثة عشر",
       [("phone", "صفر ستة، سبعين، اثنين وعشرين، خمسة وأربعين، ثلاثة عشر")],
       "عطيني النمرة ديالك آ سي يوسف."))
    A(("والإيميل؟ youssef بنعلي، يعني y o u s s e f point benali آت menara point ma",
       [("email", "y o u s s e f point benali آت menara point ma")]))
    A(("الضيعة فدوار أولاد داحو، الطريق ديال تارودانت الكيلومتر اثنا عشر، إنزكان.",
       [("address", "دوار أولاد داحو، الطريق ديال تارودانت الكيلومتر اثنا عشر، إنزكان")],
       "فين جات الضيعة بالضبط؟"))
    A(("الخلاص بالتحويل، الرقم ديال الحساب " + group4(v["i_ma"]),
       [("iban", group4(v["i_ma"]))]))
    ar_part2(items, v)
    return items


LANGS["ar"] = ar_items


def ar_part2(items, v):
    A = items.append
    W = lambda s: say(s, AR_D)
    # --- call 5: bakery yeast and improver supplier (Egyptian, Alexandria)
    A(("خميرة الدلتا، صباح الخير، أنا هبة، حضرتك عايز تطلب ولا تستفسر؟", [("name", "هبة")]))
    A(("صباح النور، أنا محمود الشرقاوي، فرن بلدي في محرم بيك، عايز أطلب خميرة فورية.",
       [("name", "محمود الشرقاوي")]))
    A(("الكرتونة عشرين باكو، كل باكو خمسمية جرام، بتلاتمية وخمسين جنيه.", []))
    A(("محسن الخبز عندنا نوعين، الأحمر للعيش البلدي والأزرق للفينو، التاني أغلى بعشرين جنيه.", []))
    A(("هبعتلك الفاتورة على الواتساب، رقمك كام يا أستاذ محمود؟", [("name", "محمود")]))
    A(("صفر واحد اثنين، ثمانية ثمانية خمسة، سبعمية وأربعة وتلاتين، ستة صفر",
       [("phone", "صفر واحد اثنين، ثمانية ثمانية خمسة، سبعمية وأربعة وتلاتين، ستة صفر")],
       "هبعتلك الفاتورة على الواتساب، رقمك كام يا أستاذ محمود؟"))
    A(("العنوان ٢٧ شارع إسماعيل صبري، محرم بيك، الإسكندرية، الدور الأرضي.",
       [("address", "٢٧ شارع إسماعيل صبري، محرم بيك، الإسكندرية، الدور الأرضي")],
       "والتوصيل على نفس عنوان الفرن؟"))
    A(("الدفع كاش عند الاستلام ولا فيزا؟ فيزا، " + W(v["c_visa"][:4]) + "، " + W(v["c_visa"][4:8]) + "، " + W(v["c_visa"][8:12]) + "، " + W(v["c_visa"][12:]),
       [("card", W(v["c_visa"][:4]) + "، " + W(v["c_visa"][4:8]) + "، " + W(v["c_visa"][8:12]) + "، " + W(v["c_visa"][12:]))]))
    A(("الطلبية رقم ٣٠٥٥٩٢ هتوصل بكرة من تسعة لاتناشر الضهر.", []))
    # --- call 6: mealworm / insect-protein farm for poultry feed (Saudi, Qassim)
    A(("هلا والله، مزرعة بروتين القصيم لتربية الديدان، وش أقدر أخدمك؟", []))
    A(("هلا، معك فهد المطيري، عندي مدجنة بياض وأبي أجرب دودة الميلورم المجففة.",
       [("name", "فهد المطيري")]))
    A(("حياك الله، الكيس عشرين كيلو بستمية وخمسين ريال، والبروتين فيه تقريبا خمسين بالمية.",
       []))
    A(("عشان نفتح لك حساب آجل نحتاج رقم الهوية وتاريخ الميلاد.", []))
    A(("الهوية " + W(v["nid1"]) + "، ومواليد خمسطعش ثلاثة ألف وتسعمية وتسعين",
       [("id", W(v["nid1"])), ("date_of_birth", "خمسطعش ثلاثة ألف وتسعمية وتسعين")],
       "عشان نفتح لك حساب آجل نحتاج رقم الهوية وتاريخ الميلاد."))
    A(("المزرعة في بريدة، طريق الملك عبدالعزيز، بعد محطة ساسكو بخمسة كيلو.", []))
    A(("ابعث العرض على fahad_mutairi@hotmail.com",
       [("email", "fahad_mutairi@hotmail.com")]))
    A(("أول شحنة ثلاثين كيس، والثانية بعد أربعة وعشرين يوم إن شاء الله.", []))
    # --- call 7: produce cold-storage warehouse (UAE, Al Aweer)
    A(("مستودعات الأوير للتبريد، صباح الخير، معاك شيخة.", [("name", "شيخة")]))
    A(("صباح النور، أنا راجو مينون، مدير مشتريات في شركة فواكه، نحتاج عشرين بالته في الغرفة رقم سبعة.",
       [("name", "راجو مينون")]))
    A(("البالتة بخمسة وعشرين درهم في اليوم، والحرارة في غرفة الفواكه اثنين إلى أربع درجات.", []))
    A(("الحد الأدنى شهر، والعقد يبدأ من واحد أكتوبر، ورقم العقد CS-2024-0771.", []))
    A(("رقم الإقامة حقك عشان العقد؟ " + indic(v["iq1"]),
       [("id", indic(v["iq1"]))]))
    A(("حق الاسترداد، الآيبان " + v["i_ae"], [("iban", v["i_ae"])],
       "في حال إلغاء العقد، وين نرجع التأمين؟"))
    A(("موبايلي صفر خمسة صفر، أربعة أربعة سبعة، واحد تسعة اثنين ثمانية",
       [("phone", "صفر خمسة صفر، أربعة أربعة سبعة، واحد تسعة اثنين ثمانية")]))
    A(("والإيميل raju آت gulfharvest دوت ae", [("email", "raju آت gulfharvest دوت ae")]))
    A(("تاريخ ميلادي؟ عشرة ستة تسعة وسبعين", [("date_of_birth", "عشرة ستة تسعة وسبعين")],
       "ممكن تاريخ ميلادك للتحقق من الهوية؟"))
    # --- call 8: food-labelling and nutrition-analysis laboratory (MSA, Dubai)
    A(("مختبرات الدقة لتحليل الأغذية وبطاقات البيان، مع حضرتك المهندسة ريم الحسيني.",
       [("name", "ريم الحسيني")]))
    A(("مرحباً، اسمي طارق السويدي، لدينا مصنع صغير للتمور المحشوة ونريد بطاقة القيم الغذائية.",
       [("name", "طارق السويدي")]))
    A(("تحليل العينة الواحدة بثمانمئة درهم، والنتائج خلال سبعة أيام عمل.", []))
    A(("نحتاج ثلاث عينات لكل منتج، وزن كل عينة مئتين وخمسين غراماً على الأقل.", []))
    A(("سأدفع بالبطاقة: " + " ".join(v["c_mc"][i:i + 4] for i in range(0, 16, 4)) + "، تنتهي في الشهر الثامن ٢٠٢٧",
       [("card", " ".join(v["c_mc"][i:i + 4] for i in range(0, 16, 4)))]))
    A(("عنوان المصنع: المنطقة الصناعية الثانية، القوز، شارع ٢٣، مستودع رقم ٩، دبي.",
       [("address", "المنطقة الصناعية الثانية، القوز، شارع ٢٣، مستودع رقم ٩، دبي")]))
    A(("رقم التقرير LAB-88120 وتاريخ الإصدار الثاني عشر من مايو.", []))
    ar_part3(items, v)




def ar_part3(items, v):
    A = items.append
    W = lambda s: say(s, AR_D)
    # --- call 9: dried-pasta factory selling to restaurants (Lebanese)
    A(("معمل معكرونة الأرز، بونجور، معك كارلا، كيف فيني ساعدك؟", [("name", "كارلا")]))
    A(("بونجور، أنا شربل، شربل حداد من مطعم بالأشرفية، بدي أعمل حساب جديد.",
       [("name", "شربل", 0), ("name", "شربل حداد")]))
    A(("عنا بيني وسباغيتي ولينغويني، الكرتونة ١٢ كيلو بتلاتين دولار.", []))
    A(("منحتاج تاريخ الميلاد لصاحب الحساب، معلش.", []))
    A(("تلاتة وعشرين تشرين التاني، تسعة وتمانين", [("date_of_birth", "تلاتة وعشرين تشرين التاني، تسعة وتمانين")],
       "منحتاج تاريخ الميلاد لصاحب الحساب، معلش."))
    A(("ابعتيلي الكاتالوغ عالإيميل: charbel.haddad@lecedre-resto.com",
       [("email", "charbel.haddad@lecedre-resto.com")]))
    A(("التسليم كل تلاتا، والدفعة الأولى بالكاش، وبعدين شيكات لتلاتين يوم.", []))
    # --- call 10: tea-blending wholesaler (Iraqi agent, Kuwaiti caller)
    A(("شركة الرافدين لخلط الشاي بالجملة، هلا عيني، منو وياي؟", []))
    A(("هلا، آني بو عبدالله، عندي مقهى شعبي بالجهراء، أبي شاي كرك وهيل.",
       [("name", "بو عبدالله")]))
    A(("الكارتون خمسين كيلو، والخلطة الكشميرية بستة دنانير الكيلو، والهيل السوبر بسبعطعش.", []))
    A(("الدفع بالكي نت أو البطاقة؟ بطاقة فيزا " + W(v["c_visa2"]),
       [("card", W(v["c_visa2"]))]))
    A(("وأرسل لك الفاتورة على وين؟ على الإيميل abu.abdullah.kw آت gmail دوت com",
       [("email", "abu.abdullah.kw آت gmail دوت com")]))
    A(("العنوان الجهراء، قطعة ٤، شارع ١٢، جادة ٣، منزل ٢٥",
       [("address", "الجهراء، قطعة ٤، شارع ١٢، جادة ٣، منزل ٢٥")],
       "زين، وين نوصل الشحنة؟"))
    A(("الشحنة رقم ٧٧٠٤٢ تطلع من البصرة يوم الخميس وتوصل الكويت خلال ثلاث أيام.", []))
    # --- call 11: fruit and vegetable wholesaler to restaurants (Saudi, Jeddah)
    A(("مؤسسة خضار الحرمين للتوريد، معك أبو فيصل، تفضل.", [("name", "أبو فيصل")]))
    A(("أهلين، أنا الشيف ماجد العتيبي من مطعم على الكورنيش، أبغى أفتح حساب توريد يومي.",
       [("name", "ماجد العتيبي")]))
    A(("نحتاج السجل التجاري وهوية المالك ونسخة من الآيبان.", []))
    A(("الهوية رقم " + indic(v["nid2"][:5]) + " " + indic(v["nid2"][5:]) + "، والآيبان " + group4(v["i_sa"]),
       [("id", indic(v["nid2"][:5]) + " " + indic(v["nid2"][5:])), ("iban", group4(v["i_sa"]))]))
    A(("الطماطم اليوم الصندوق بخمسة وثلاثين، والخس بعشرين، والليمون الأخضر بخمسة وأربعين.", []))
    A(("التوريد الساعة خمسة الفجر، والفاتورة كل أسبوعين، والحد الأدنى ألف ريال.", []))
    A(("العنوان حي الشاطئ، طريق الكورنيش، مجمع اللؤلؤة، محل رقم ١٨، جدة",
       [("address", "حي الشاطئ، طريق الكورنيش، مجمع اللؤلؤة، محل رقم ١٨، جدة")]))
    A(("ومواليد كم يا شيف؟ مواليد ١٤٠٥/٠٧/١٢ هجري", [("date_of_birth", "١٤٠٥/٠٧/١٢")]))
    A(("العامل اللي يستلم البضاعة إقامته " + W(v["iq2"]) + "، اسمه مسجل عندكم.",
       [("id", W(v["iq2"]))]))
    # --- call 12: HACCP food-safety auditor (MSA, Amman)
    A(("شركة الضمان لتدقيق سلامة الغذاء، أهلاً وسهلاً، أنا المدققة دانة الخطيب.",
       [("name", "دانة الخطيب")]))
    A(("الزيارة التدقيقية مدتها يومان، والرسوم ألف ومئتا دينار، وشهادة الهاسب صالحة ثلاث سنوات.", []))
    A(("أعطني رقمك الوطني للتسجيل في النظام، أو رقم الإقامة إن كنت غير أردني.", []))
    A(("أنا سعودي مقيم في عمّان، رقم الهوية السعودية " + v["nid3"] + "، وتاريخ الميلاد ٠٣-٠٨-١٩٨٢",
       [("id", v["nid3"]), ("date_of_birth", "٠٣-٠٨-١٩٨٢")],
       "أعطني رقمك الوطني للتسجيل في النظام، أو رقم الإقامة إن كنت غير أردني."))
    A(("ورسوم التدقيق سأحوّلها من حسابي في الإمارات " + group4(v["i_ae2"]),
       [("iban", group4(v["i_ae2"]))]))
    A(("المصنع في المنطقة الصناعية في سحاب، شارع الإنتاج، مبنى رقم ٤٧",
       [("address", "المنطقة الصناعية في سحاب، شارع الإنتاج، مبنى رقم ٤٧")],
       "ما عنوان المصنع الذي سنزوره؟"))
    A(("وجدنا في التدقيق السابق ثلاث ملاحظات كبرى وسبع ملاحظات صغرى، والموعد القادم في العشرين من حزيران.", []))
    A(("للتواصل: sultan آندرسكور alharbi 1402 آت outlook دوت sa",
       [("email", "sultan آندرسكور alharbi 1402 آت outlook دوت sa")]))
    ar_part4(items, v)




def ar_part4(items, v):
    A = items.append
    W = lambda s: say(s, AR_D)
    # --- back-office follow-ups from the same suppliers
    A(("بدي غير البطاقة على الحساب، الماستركارد الجديدة " + v["c_mc2"][:4] + "-" + v["c_mc2"][4:8] + "-" + v["c_mc2"][8:12] + "-" + v["c_mc2"][12:],
       [("card", v["c_mc2"][:4] + "-" + v["c_mc2"][4:8] + "-" + v["c_mc2"][8:12] + "-" + v["c_mc2"][12:])],
       "معمل معكرونة الأرز، قسم الحسابات، كيف فيني ساعدك؟"))
    A(("يعني أمريكان إكسبريس، ثلاثة أربعة ستة خمسة، واحد اثنين صفر تسعة ثمانية سبعة، " + W(v["c_amex"][10:]),
       [("card", "ثلاثة أربعة ستة خمسة، واحد اثنين صفر تسعة ثمانية سبعة، " + W(v["c_amex"][10:]))]))
    A(("بطاقة مدى رقمها " + indic(v["c_mada2"][:8]) + " " + indic(v["c_mada2"][8:]) + " والرقم السري ما راح أعطيك إياه طبعاً",
       [("card", indic(v["c_mada2"][:8]) + " " + indic(v["c_mada2"][8:]))]))
    A(("الكرت اللي ينتهي بـ ٣١٤٠ مرفوض، جرب هذا: " + " ".join(v["c_visa3"][i:i + 4] for i in range(0, 16, 4)),
       [("card", " ".join(v["c_visa3"][i:i + 4] for i in range(0, 16, 4)))]))
    A(("رصيد حسابك عندنا ١٢٤٥٠ ريال مستحق بتاريخ ٣٠ سبتمبر، وآخر دفعة كانت ٤٠٠٠ ريال.", []))
    A(("حوّل الفرق على آيبان الشركة الثاني " + v["i_sa2"][:4] + " " + v["i_sa2"][4:],
       [("iban", v["i_sa2"][:4] + " " + v["i_sa2"][4:])]))
    A(("حسابي في مصر على بنك مصر، " + v["i_eg2"][:4] + " " + W(v["i_eg2"][4:12]) + " " + v["i_eg2"][12:],
       [("iban", v["i_eg2"][:4] + " " + W(v["i_eg2"][4:12]) + " " + v["i_eg2"][12:])]))
    A(("رقم هويتي " + sayg(v["nid4"], AR_D, 2, "، "),
       [("id", sayg(v["nid4"], AR_D, 2, "، "))]))
    A(("لا مو هذا رقم الطلب ١٠٤٥٥٨٣٩٢١، الإقامة رقمها " + indic(v["iq3"]),
       [("id", indic(v["iq3"]))]))
    A(("أنا من عرب الداخل، عندي هوية إسرائيلية رقمها " + " ".join([v["tz1"][:3], v["tz1"][3:6], v["tz1"][6:]]) + "، والشحنة لمطعمي في الناصرة",
       [("id", " ".join([v["tz1"][:3], v["tz1"][3:6], v["tz1"][6:]]))]))
    A(("تاريخ ميلادي التاسع من شهر يناير سنة ألفين واثنين", [("date_of_birth", "التاسع من شهر يناير سنة ألفين واثنين")],
       "للتحقق، ما هو تاريخ ميلادك؟"))
    A(("مواليد ٢٢ / ١١ / ١٩٧٤ يا أخوي", [("date_of_birth", "٢٢ / ١١ / ١٩٧٤")],
       "تاريخ ميلاد صاحب السجل؟"))
    A(("عيد ميلادي واحد وعشرين رمضان ألف وأربعمية وعشرة", [("date_of_birth", "واحد وعشرين رمضان ألف وأربعمية وعشرة")],
       "تاريخ الميلاد بالهجري لو سمحت."))
    A(("رقم المكتب في دبي صفر أربعة، ثلاثة أربعة خمسة، ستة سبعة صفر صفر",
       [("phone", "صفر أربعة، ثلاثة أربعة خمسة، ستة سبعة صفر صفر")]))
    A(("اتصل على +971 55 218 4409 أو على الأرضي في الرباط 0537 68 12 90",
       [("phone", "+971 55 218 4409"), ("phone", "0537 68 12 90")]))
    A(("وأرسل نسخة للمحاسب على accounts.jeddah@haramain-veg.sa",
       [("email", "accounts.jeddah@haramain-veg.sa")]))
    A(("رقم التتبع ٢٣٩٨٨١٧٧٣٤ والشحنة وزنها ٤٨٠ كيلو.", []))
    return None


# ================================================================ HEBREW
def he_items():
    F = lambda s: say(s, HE_F)
    M = lambda s: say(s, HE_M)
    v = {}
    for k, p in (("tz1", "05621873"), ("tz2", "31408826"), ("tz3", "20177354"), ("tz4", "32950418"),
                 ("tz5", "06687203"), ("tz6", "34115962"), ("tz7", "20539147"), ("tz8", "02764419")):
        v[k] = tz_make(p)
    v["c1"] = luhn_make("458003417729561", 16)
    v["c2"] = luhn_make("532611094487203", 16)
    v["c3"] = luhn_make("375510662093417"[:14], 15)
    v["c4"] = luhn_make("426684013579920", 16)
    v["c5"] = luhn_make("518902276640135", 16)
    v["c6"] = luhn_make("491277650038814", 16)
    v["c7"] = luhn_make("545432108865079", 16)
    v["c8"] = luhn_make("401288834017653", 16)
    v["i1"] = iban_make("IL", "0106850000004481207")
    v["i2"] = iban_make("IL", "0200120000000633419")
    v["i3"] = iban_make("IL", "0310680000022547803")
    v["i4"] = iban_make("IL", "0126420000000918374")
    v["i5"] = iban_make("IL", "0540190000000557120")
    v["i6"] = iban_make("IL", "0205570000000471196")
    v["i7"] = iban_make("IL", "0109110000009032518")
    v["i8"] = iban_make("GB", "HBUK40051521483376")
    not_checked("514882031")
    not_checked("4580 1122 9034 6617")
    items = []
    A = items.append
    # --- call 1: biological pest-control insectary (predatory mites), Arava grower
    A(("שלום, הגעתם לביו-אריגה, חרקים מועילים לחקלאות, מדברת מורן, במה אפשר לעזור?",
       [("name", "מורן")]))
    A(("היי, מדבר אבי בן שושן ממושב עין יהב, אני צריך עוד אמבליסאוס לפלפל.",
       [("name", "אבי בן שושן")]))
    A(("כמה דונם יש לך בחממה? אמבליסאוס זה שקית של חמישים אלף לכל שלושה דונם.", []))
    A(("שמונה עשר דונם, אז בוא נעשה שש שקיות, ועוד אוריוס לתריפס, שני בקבוקים.", []))
    A(("המשלוח יוצא ביום שלישי בקירור, ומספר ההזמנה שלך 40772, המחיר 2,340 שקל לפני מע״מ.", []))
    A(("ת״ז לחשבונית? " + F(v["tz1"]),
       [("id", F(v["tz1"]))]))
    A(("ולאן לשלוח? משק 114, מושב עין יהב, ערבה תיכונה.",
       [("address", "משק 114, מושב עין יהב, ערבה תיכונה")]))
    A(("טלפון לשליח: אפס חמש שתיים, שש אחת שמונה, שלוש ארבע, תשע אפס",
       [("phone", "אפס חמש שתיים, שש אחת שמונה, שלוש ארבע, תשע אפס")]))
    A(("תשחרר את השקיות עד שמונה בבוקר, לפני שהחום עולה מעל שלושים ושתיים מעלות.", []))
    # --- call 2: plant tissue-culture laboratory (Russian-speaking caller)
    A(("מעבדת תרביות רקמה גליל, בוקר טוב, שמי יעל.", [("name", "יעל")]))
    A(("בוקר טוב, אני סבטלנה קוגן, ממשתלה בקריית שמונה, רוצה להזמין שתילי בננה.",
       [("name", "סבטלנה קוגן")]))
    A(("זן גרנד ניין, שלב שני, חמשת אלפים שתילים, אחד עשר שקל ושמונים אגורות לשתיל.", []))
    A(("אני יכולה לשלם באשראי? כן, " + " ".join(v["c1"][i:i + 4] for i in range(0, 16, 4)) + ", תוקף שתיים עשרים ושמונה.",
       [("card", " ".join(v["c1"][i:i + 4] for i in range(0, 16, 4)))]))
    A(("ותאריך לידה של בעלת הכרטיס, בבקשה?", []))
    A(("ארבע עשרה לשישה, שבעים ותשע", [("date_of_birth", "ארבע עשרה לשישה, שבעים ותשע")],
       "ותאריך לידה של בעלת הכרטיס, בבקשה?"))
    A(("המייל שלי sveta.kogan שטרודל gmail נקודה com, סבטה זה עם v.",
       [("email", "sveta.kogan שטרודל gmail נקודה com")]))
    A(("השתילים צריכים שלושה שבועות הקשחה, ההזמנה הקודמת הייתה בינואר, אלפיים שתילים.", []))
    # --- call 3: vermicompost / worm-casting supplier (Ethiopian-Israeli caller)
    A(("שלום, תולעת הזהב, קומפוסט תולעים, מדבר איתי.", [("name", "איתי")]))
    A(("שלום, שמי אברהם טספאיה, יש לי משק ירקות אורגני ליד גדרה.",
       [("name", "אברהם טספאיה")]))
    A(("שק של עשרים ליטר עולה שמונים וחמישה שקל, ובטון בתפזורת זה אלף ארבע מאות.", []))
    A(("אני רוצה שלושה טון לחודש מרץ ועוד שניים באפריל.", []))
    A(("מה הכתובת למשלוח?", []))
    A(("רחוב הדקל שש, מושב כפר אביב.", [("address", "רחוב הדקל שש, מושב כפר אביב")],
       "מה הכתובת למשלוח?"))
    A(("הטלפון שלי אפס חמש ארבע, שבע שבע, אחת שתיים, שלוש, שמונה שמונה",
       [("phone", "אפס חמש ארבע, שבע שבע, אחת שתיים, שלוש, שמונה שמונה")]))
    A(("את ההחזר על הטון שהגיע רטוב תעבירו לחשבון שלי, " + v["i1"][:4] + " " + group4(v["i1"][4:]),
       [("iban", v["i1"][:4] + " " + group4(v["i1"][4:]))]))
    # --- call 4: flower-bulb export grower (French-Israeli caller)
    A(("פקעות הנגב יצוא, שלום, מדברת ליאת מהנהלת חשבונות.", [("name", "ליאת")]))
    A(("אלו, שלום, זה ג'רמי אבוקסיס, יש לי בעיה עם החשבונית של הכלניות.",
       [("name", "ג'רמי אבוקסיס")]))
    A(("אני רואה, שלושים אלף פקעות כלנית, קליבר שש פלוס, משלוח להולנד ב-12 באוקטובר.", []))
    A(("החשבונית צריכה להיות על החברה, ח.פ. 514882031, לא על השם שלי.", []))
    A(("בסדר, ולמי לשלוח את התיקון?", []))
    A(("ל-jeremy.aboukassis@orange.fr, עם k, aboukassis.", [("email", "jeremy.aboukassis@orange.fr")]))
    A(("והתשלום מהבנק בצרפת, או מהחשבון בלאומי, " + v["i2"],
       [("iban", v["i2"])]))
    A(("הנייד הצרפתי שלי פלוס שלוש שלוש, שש, עשרים ושתיים, אחת עשרה, ארבעים וחמש, שמונים",
       [("phone", "פלוס שלוש שלוש, שש, עשרים ושתיים, אחת עשרה, ארבעים וחמש, שמונים")]))
    # --- call 5: egg-tray and produce-packaging supplier (Arab citizen, Hebrew)
    A(("אריזות השרון, שלום, מדברת רחלי.", [("name", "רחלי")]))
    A(("שלום, אני מוחמד מסארווה מטייבה, יש לי לול ואני צריך תבניות ביצים.",
       [("name", "מוחמד מסארווה")]))
    A(("תבנית של שלושים, קרטון של מאה ארבעים תבניות, שמונים ותשע שקל לקרטון.", []))
    A(("אני צריך שמונים קרטונים, ומאה גלילי ניילון מתיחה.", []))
    A(("אני צריכה מספר תעודת זהות להקמת לקוח.", []))
    A((" ".join([v["tz2"][:3], v["tz2"][3:6], v["tz2"][6:]]),
       [("id", " ".join([v["tz2"][:3], v["tz2"][3:6], v["tz2"][6:]]))],
       "אני צריכה מספר תעודת זהות להקמת לקוח."))
    A(("הכתובת של הלול: אזור התעשייה טייבה, רחוב אלנור 9", [("address", "אזור התעשייה טייבה, רחוב אלנור 9")]))
    A(("הנייד 050-7723418 ובמשרד 09-7990452", [("phone", "050-7723418"), ("phone", "09-7990452")]))
    he_part2(items, v)
    return items


LANGS["he"] = he_items


def he_part2(items, v):
    A = items.append
    F = lambda s: say(s, HE_F)
    M = lambda s: say(s, HE_M)
    # --- call 6: grain drying and storage silo (Anglo kibbutz member)
    A(("מגורות עמק יזרעאל, שלום.", []))
    A(("hi, sorry, my hebrew is not great, אני ג'וש, ג'ושוע גרינברג, מקיבוץ הזורע, על החיטה שהבאנו אתמול.",
       [("name", "ג'וש"), ("name", "ג'ושוע גרינברג")]))
    A(("כן, נכנסו שלוש מאות ושמונה עשר טון, לחות ארבע עשרה וחצי אחוז, צריך ייבוש.",
       []))
    A(("ייבוש עולה שלושים ושמונה שקל לטון, ואחסון שנים עשר שקל לטון לחודש.", []))
    A(("מספר תעודת שקילה 77103, והמשאית האחרונה נכנסה בשתיים וארבעים.", []))
    A(("the payment, sorry, התשלום מהקיבוץ, " + group4(v["i3"]), [("iban", group4(v["i3"]))]))
    A(("ואם צריך אותי, my mobile is zero five eight, four four one, two nine zero six",
       [("phone", "zero five eight, four four one, two nine zero six")]))
    A(("email josh at hazorea dot org dot il", [("email", "josh at hazorea dot org dot il")]))
    # --- call 7: artisan vinegar producer selling to delis
    A(("חומץ הכרמל, שלום, נועה מדברת.", [("name", "נועה")]))
    A(("היי, זה דודו מהמעדנייה בחיפה, דוד אלמוג, רוצה להזמין שוב.",
       [("name", "דודו"), ("name", "דוד אלמוג")]))
    A(("חומץ רימונים, שלושים בקבוקים של 250 מ\"ל, וחומץ תפוחים לא מסונן, עשרים בקבוקים של ליטר.", []))
    A(("זה יוצא 1,870 שקל, והמשלוח ביום חמישי בין עשר לשתיים.", []))
    A(("את הכרטיס שלי יש לכם? לא, תן לי: ארבע שתיים שש שש, שמונה ארבע אפס אחת, שלוש חמש שבע תשע, תשע שתיים אפס " + F(v["c4"][-1]),
       [("card", "ארבע שתיים שש שש, שמונה ארבע אפס אחת, שלוש חמש שבע תשע, תשע שתיים אפס " + F(v["c4"][-1]))]))
    A(("המעדנייה ברחוב מסדה 41, הדר הכרמל, חיפה", [("address", "רחוב מסדה 41, הדר הכרמל, חיפה")],
       "לאיזו כתובת המשלוח?"))
    A(("החומץ מיושן שמונה חודשים בחביות עץ, חומציות שש אחוז.", []))
    # --- call 8: food-truck commissary kitchen rental (young Tel Aviv caller)
    A(("המטבח המשותף, היי, מדברת שירן.", [("name", "שירן")]))
    A(("היי, אני עדי, עדי שטרן, יש לי פוד טראק של טאקו ואני מחפשת מטבח להכנות.",
       [("name", "עדי", 0), ("name", "עדי שטרן")]))
    A(("משמרת של שש שעות זה 280 שקל, מנוי חודשי של שמונה משמרות 1,950.", []))
    A(("יש חדר קירור של 12 מטר וחניה למשאית עד 7 מטר אורך.", []))
    A(("לחוזה אני צריכה ת״ז ותאריך לידה.", []))
    A(("תעודת זהות " + M(v["tz3"]) + ", ונולדתי בשלושה באוגוסט תשעים ושש",
       [("id", M(v["tz3"])), ("date_of_birth", "שלושה באוגוסט תשעים ושש")],
       "לחוזה אני צריכה ת״ז ותאריך לידה."))
    A(("המייל adi underscore stern שטרודל walla נקודה co נקודה il",
       [("email", "adi underscore stern שטרודל walla נקודה co נקודה il")]))
    A(("ואת הפיקדון אני משלמת במאסטרקארד " + v["c2"], [("card", v["c2"])]))
    # --- call 9: shop-scale calibration service
    A(("כיול מאזניים דרום, שלום, מדבר ששון.", [("name", "ששון")]))
    A(("שלום, אני וורקנש מהמכולת בקריית מלאכי, המשקל בקופה מראה לא נכון.",
       [("name", "וורקנש")]))
    A(("ביקור טכנאי 350 שקל, כיול עם תעודה עוד 120, והחותמת של משרד הכלכלה בתוקף לשנה.", []))
    A(("המשקל דגם CAS PR-II, עד חמישה עשר קילו, בדיוק של חמישה גרם.", []))
    A(("הכתובת: שדרות ירושלים 22, מרכז מסחרי, קריית מלאכי", [("address", "שדרות ירושלים 22, מרכז מסחרי, קריית מלאכי")],
       "מה הכתובת של המכולת?"))
    A(("מספר הזהות של בעל העסק? " + " ".join(v["tz4"][i:i + 3] for i in range(0, 9, 3)),
       [("id", " ".join(v["tz4"][i:i + 3] for i in range(0, 9, 3)))]))
    A(("הוא נולד ב-1/9/1968", [("date_of_birth", "1/9/1968")], "ותאריך הלידה שלו?"))
    A(("הטכנאי יגיע ביום רביעי ה-14 בין תשע לאחת.", []))
    he_part3(items, v)


def he_part3(items, v):
    A = items.append
    F = lambda s: say(s, HE_F)
    M = lambda s: say(s, HE_M)
    # --- call 10: chocolate couverture wholesaler for pastry shops
    A(("שוקו-פרו ספקים לקונדיטוריות, שלום, מדברת אורטל.", [("name", "אורטל")]))
    A(("שלום, קוראים לי ז'אנה ליברמן, יש לי קונדיטוריה באשדוד.", [("name", "ז'אנה ליברמן")]))
    A(("שוקולד מריר שבעים אחוז, שק של עשרה קילו, 640 שקל, וחלב שלושים ושלושה אחוז ב-590.", []))
    A(("אני צריכה ארבעה שקים מריר ושניים לבן, ואבקת קקאו, קרטון של חמישה קילו.", []))
    A(("ההזמנה הקודמת שלך הייתה ב-3 בנובמבר, 4 שקים, ושילמת 2,560 שקל.", []))
    A(("תשלום בוויזה, " + F(v["c6"][:4]) + ", " + F(v["c6"][4:8]) + ", " + F(v["c6"][8:12]) + ", " + F(v["c6"][12:]),
       [("card", F(v["c6"][:4]) + ", " + F(v["c6"][4:8]) + ", " + F(v["c6"][8:12]) + ", " + F(v["c6"][12:]))]))
    A(("רחוב הנשיא 17, רובע ג', אשדוד, קומת קרקע", [("address", "רחוב הנשיא 17, רובע ג', אשדוד, קומת קרקע")],
       "לאן להביא את הסחורה?"))
    A(("והמייל לחשבוניות zhanna.konditoria@mail.ru", [("email", "zhanna.konditoria@mail.ru")]))
    A(("השוקולד מגיע בקירור, לשמור בין שש עשרה לשמונה עשרה מעלות.", []))
    # --- call 11: silage contractor (Druze and kibbutz dairy farmers)
    A(("קבלן תחמיץ אבו-ריש, אהלן, מדבר סאמר.", [("name", "סאמר")]))
    A(("אהלן, פה רפת כפר יהושע, צריך אתכם לחיטה לתחמיץ, בערך אלף דונם.",
       []))
    A(("קציר ושקית תחמיץ, מאה שלושים וחמישה שקל לדונם, ואנחנו יכולים להתחיל ב-20 לאפריל.", []))
    A(("השקית מאתיים מטר, קוטר שלושה מטר, ואחרי שישה שבועות אפשר לפתוח.", []))
    A(("החשבון של הרפת לתשלום " + v["i4"], [("iban", v["i4"])]))
    A(("מנהל הרפת, הטלפון שלו 04-9531877, אני רק המזכירה.", [("phone", "04-9531877")]))
    # --- call 12: soft-serve and ice-cream mix supplier (summer kiosks)
    A(("גלידה-מיקס, שלום, איך אפשר לעזור?", []))
    A(("שלום, מדברת שושי מזרחי מהקיוסק בחוף פלמחים.", [("name", "שושי מזרחי")]))
    A(("אבקת סופט וניל, שקית שני קילו עושה שבעה ליטר, מאה חמישים ושניים שקל לארגז של שש.", []))
    A(("נזמין עשרה ארגזים וניל, חמישה שוקולד, ושלושה פיסטוק, למשלוח ביום ראשון.", []))
    A(("את הספק הקודם שילמנו בהוראת קבע, 3,400 שקל בחודש, במשך שנתיים.", []))
    A(("ת.ז. " + v["tz5"][:2] + "-" + v["tz5"][2:5] + "-" + v["tz5"][5:], [("id", v["tz5"][:2] + "-" + v["tz5"][2:5] + "-" + v["tz5"][5:])],
       "על שם מי החשבון? ותן מספר זהות."))
    A(("תאריך לידה? עשרים ושבעה בשנים עשר, שישים ושמונה", [("date_of_birth", "עשרים ושבעה בשנים עשר, שישים ושמונה")]))
    A(("החזר על הארגז הפגום לחשבון איי אל " + F(v["i5"][2:4]) + " " + group4(v["i5"][4:]),
       [("iban", "איי אל " + F(v["i5"][2:4]) + " " + group4(v["i5"][4:]))]))
    he_part4(items, v)


def he_part4(items, v):
    A = items.append
    F = lambda s: say(s, HE_F)
    M = lambda s: say(s, HE_M)
    # --- follow-ups: accounts departments of the same suppliers
    A(("אממ, הכרטיס, רגע, " + v["c5"][:4] + " " + v["c5"][4:8] + " " + v["c5"][8:12] + " " + v["c5"][12:] + ", לא סליחה, זה הישן, תמחקי אותו",
       [("card", v["c5"][:4] + " " + v["c5"][4:8] + " " + v["c5"][8:12] + " " + v["c5"][12:])]))
    A(("אמריקן אקספרס " + v["c3"][:4] + " " + v["c3"][4:10] + " " + v["c3"][10:], [("card", v["c3"][:4] + " " + v["c3"][4:10] + " " + v["c3"][10:])]))
    A(("כרטיס " + F(v["c7"][:8]) + " " + v["c7"][8:], [("card", F(v["c7"][:8]) + " " + v["c7"][8:])],
       "תקריא לי את המספר של הכרטיס בבקשה"))
    A(("כרטיס אשראי " + v["c8"][:4] + "-" + v["c8"][4:8] + "-" + v["c8"][8:12] + "-" + v["c8"][12:] + " תוקף 09/26",
       [("card", v["c8"][:4] + "-" + v["c8"][4:8] + "-" + v["c8"][8:12] + "-" + v["c8"][12:])]))
    A(("מספר הלקוח שלך במערכת הוא 4580 1122 9034 6617, זה לא מספר כרטיס.", []))
    A(("תעבירו את הכסף לחשבון " + group4(v["i6"]), [("iban", group4(v["i6"]))]))
    A(("איי-בן " + v["i7"].lower(), [("iban", v["i7"].lower())]))
    A(("יש לי חשבון באנגליה, GB " + v["i8"][2:4] + " HBUK " + v["i8"][8:], [("iban", "GB " + v["i8"][2:4] + " HBUK " + v["i8"][8:])]))
    A(("המספר זהות שלי " + F(v["tz6"][:4]) + ", " + F(v["tz6"][4:]), [("id", F(v["tz6"][:4]) + ", " + F(v["tz6"][4:]))],
       "לאימות, מספר תעודת זהות בבקשה"))
    A(("ת\"ז " + v["tz7"] + " ותאריך לידה חמישה עשר במאי אלפיים ואחת",
       [("id", v["tz7"]), ("date_of_birth", "חמישה עשר במאי אלפיים ואחת")]))
    A(("זהות של בעלי " + v["tz8"] + ", הוא רשום כבעל העסק", [("id", v["tz8"])]))
    A(("נולדתי ב-23.02.1957, אני כבר פנסיונרית אבל עוד עובדת במשק",
       [("date_of_birth", "23.02.1957")]))
    A(("יום הולדת? אחד עשר בינואר, שמונים ושמונה", [("date_of_birth", "אחד עשר בינואר, שמונים ושמונה")]))
    A(("תאריך לידה שישה באוקטובר אלף תשע מאות שבעים ושלוש", [("date_of_birth", "שישה באוקטובר אלף תשע מאות שבעים ושלוש")]))
    A(("המייל של הנהלת החשבונות: heshbonot קו תחתון meshek12 שטרודל gmail נקודה com",
       [("email", "heshbonot קו תחתון meshek12 שטרודל gmail נקודה com")]))
    A(("תשלחו ל- r.khoury@galilfarm.co.il", [("email", "r.khoury@galilfarm.co.il")]))
    A(("המייל זה א, ב, י, ג, ... לא, באנגלית: a v i g a i l 7 שטרודל yahoo נקודה com",
       [("email", "a v i g a i l 7 שטרודל yahoo נקודה com")]))
    A(("הכתובת החדשה שלנו: רחוב העצמאות 58 דירה 4, באר שבע, מיקוד 8489311",
       [("address", "רחוב העצמאות 58 דירה 4, באר שבע, מיקוד 8489311")]))
    A(("אני גר בשכונת נווה יעקב, רחוב מעגל בית המדרש 12, ירושלים", [("address", "שכונת נווה יעקב, רחוב מעגל בית המדרש 12, ירושלים")]))
    A(("אפשר גם בטלפון הקווי, שמונה, תשע שבע אחת, שתיים שתיים אפס שלוש", [("phone", "שמונה, תשע שבע אחת, שתיים שתיים אפס שלוש")],
       "יש מספר נוסף שאפשר להשיג אותך?"))
    A(("החשבונית מספר 2024-00518 על סך 12,870 ש\"ח, לתשלום עד סוף החודש.", []))
    A(("המשאית תגיע ביום ראשון ה-7 באפריל בשש בבוקר, שלושים ושניים משטחים.", []))
    A(("ההסכם התחיל ב-1 בינואר 2022 והוא לשלוש שנים, עם מחיר קבוע.", []))
    A(("מחסן מספר 12 ברחוב הברזל, זה ליד האיסוף, לא צריך לבוא לשם.", []))
    return None


# ================================================================ GREEK
def el_items():
    G = lambda s: say(s, EL_D)
    v = {}
    for k, p in (("a1", "04573819"), ("a2", "12098844"), ("a3", "07731265"), ("a4", "13556402"),
                 ("a5", "04419937"), ("a6", "11827360"), ("a7", "06642185"), ("a8", "80377419")):
        v[k] = afm_make(p)
    v["c1"] = luhn_make("476173008124569", 16)
    v["c2"] = luhn_make("516732914406871", 16)
    v["c3"] = luhn_make("418870215539024", 16)
    v["c4"] = luhn_make("552203847716390", 16)
    v["c5"] = luhn_make("37440918263057"[:14], 15)
    v["c6"] = luhn_make("492960731184425", 16)
    v["c7"] = luhn_make("535580126694018", 16)
    v["c8"] = luhn_make("445512034877612", 16)
    v["i1"] = iban_make("GR", "01720450005045012874311")
    v["i2"] = iban_make("GR", "01102230000022310094588")
    v["i3"] = iban_make("CY", "002001950000357001234567")
    v["i4"] = iban_make("GR", "02601480000640100226177")
    v["i5"] = iban_make("GR", "01404010401002320021456")
    v["i6"] = iban_make("CY", "005003550000000198766102")
    v["i7"] = iban_make("GR", "07100500000000571839204")
    v["i8"] = iban_make("DE", "700202700015889461")
    not_checked("801442973")
    not_checked("2310 5544 8712 0093")
    items = []
    A = items.append
    # --- call 1: fruit packing house (peaches, Naoussa)
    A(("Σκευαστήριο Βερμίου, καλημέρα σας, η Σταυρούλα είμαι, πώς μπορώ να βοηθήσω;", [("name", "Σταυρούλα")]))
    A(("Καλημέρα, ο Θανάσης Γκόγκος είμαι, παραγωγός από την Επισκοπή, για τα ροδάκινα.",
       [("name", "Θανάσης Γκόγκος")]))
    A(("Φέρατε χθες δεκαοχτώ τόνους, από αυτούς οι δύο πήγαν για χυμό, η τιμή είναι σαράντα δύο λεπτά το κιλό.", []))
    A(("Τα κλουβιά είναι τριακόσια ογδόντα, και τα παλέτα θα σας τα επιστρέψουμε την Πέμπτη.", []))
    A(("Για την πληρωμή, μου λέτε το ΙΒΑΝ σας;", []))
    A(("Ναι, " + group4(v["i1"]), [("iban", group4(v["i1"]))], "Για την πληρωμή, μου λέτε το ΙΒΑΝ σας;"))
    A(("Και το ΑΦΜ; " + G(v["a1"][:3]) + ", " + G(v["a1"][3:6]) + ", " + G(v["a1"][6:]),
       [("id", G(v["a1"][:3]) + ", " + G(v["a1"][3:6]) + ", " + G(v["a1"][6:]))]))
    A(("το κινητό μου εξήντα εννιά, εβδομήντα τέσσερα, πενήντα ένα, είκοσι, οχτώ, εξήντα εφτά",
       [("phone", "εξήντα εννιά, εβδομήντα τέσσερα, πενήντα ένα, είκοσι, οχτώ, εξήντα εφτά")]))
    A(("Η παρτίδα 0412 βγήκε με βαθμό Brix δώδεκα, οπότε πάει στην εξαγωγή για Πολωνία.", []))
    # --- call 2: vegetable seedling nursery (Crete, older caller)
    A(("Φυτώριο Μεσαράς, εμπρός;", []))
    A(("Γεια σου κοπελιά, ο Μανώλης ο Τσαγκαράκης είμαι από τα Μάταλα, θέλω ντοματάκια για το θερμοκήπιο.",
       [("name", "Μανώλης ο Τσαγκαράκης")]))
    A(("Μάλιστα, πόσους δίσκους; Ο δίσκος έχει διακόσια σαράντα φυτά.", []))
    A(("Βάλε μου σαράντα δίσκους εμβολιασμένα, και δέκα αγγουράκια, να 'ρθουν μετά τις είκοσι Σεπτεμβρίου.", []))
    A(("Το εμβολιασμένο φυτό είναι τριάντα οχτώ λεπτά, το απλό δεκαεννιά.", []))
    A(("Πού να τα φέρουμε, κύριε Τσαγκαράκη;", [("name", "Τσαγκαράκη")]))
    A(("Στα Πιτσίδια, οδός Αγίου Γεωργίου δεκατέσσερα, Μοίρες, Ηρακλείου.",
       [("address", "Πιτσίδια, οδός Αγίου Γεωργίου δεκατέσσερα, Μοίρες, Ηρακλείου")],
       "Πού να τα φέρουμε, κύριε Τσαγκαράκη;"))
    A(("Τηλέφωνο σταθερό είναι δύο οχτώ ένα μηδέν, τέσσερα πέντε, δύο ένα, εννιά οχτώ",
       [("phone", "δύο οχτώ ένα μηδέν, τέσσερα πέντε, δύο ένα, εννιά οχτώ")]))
    A(("Και ημερομηνία γέννησης για την κάρτα του αγρότη; Δεκαπέντε του Αυγούστου του σαράντα εννιά.",
       [("date_of_birth", "Δεκαπέντε του Αυγούστου του σαράντα εννιά")]))
    # --- call 3: agronomist consultancy (young caller, Larissa)
    A(("Γεωτεχνική Θεσσαλίας, γεια σας, λέγομαι Ηλίας Μπαλτάς, είμαι ο γεωπόνος της βάρδιας.",
       [("name", "Ηλίας Μπαλτάς")]))
    A(("γεια σας με λένε κατερίνα ζιώγα έχω βαμβάκι στον τύρναβο και θέλω πρόγραμμα λίπανσης",
       [("name", "κατερίνα ζιώγα")]))
    A(("Η ανάλυση εδάφους κοστίζει σαράντα ευρώ το δείγμα, και η επίσκεψη εκατόν είκοσι.", []))
    A(("για τα παραστατικά το αφμ μου είναι " + v["a2"], [("id", v["a2"])]))
    A(("Email για τα αποτελέσματα;", []))
    A(("katerina κάτω παύλα ziogka παπάκι gmail τελεία com", [("email", "katerina κάτω παύλα ziogka παπάκι gmail τελεία com")],
       "Email για τα αποτελέσματα;"))
    A(("Το αγροτεμάχιο είναι τριάντα δύο στρέμματα, ο κωδικός ΟΣΔΕ 2024-118873.", []))
    A(("Θα σας πάρω τηλέφωνο την Τρίτη στις έντεκα, να είστε στο χωράφι.", []))
    # --- call 4: combine-harvester contractor (wheat, Thessaloniki plain)
    A(("Αλωνιστικά Παπαδόπουλος, ναι;", []))
    A(("Γεια σου Σάκη, ο Ντίνος είμαι από τη Χαλάστρα, πότε έρχεται η θεριζοαλωνιστική;",
       [("name", "Σάκη"), ("name", "Ντίνος")]))
    A(("Ντίνο μου, σου είπα, μετά τις δεκαπέντε Ιουνίου, έχουμε σειρά εκατόν πενήντα στρέμματα πριν από σένα.",
       [("name", "Ντίνο")]))
    A(("Το αλώνισμα είναι εφτά ευρώ το στρέμμα, και το δεματικό άχυρο εξήντα λεπτά το μπάλωμα.", []))
    A(("Στείλε μου το ΙΒΑΝ να σου βάλω την προκαταβολή. Είναι " + v["i2"][:4] + " " + G(v["i2"][4:11]) + " " + v["i2"][11:],
       [("iban", v["i2"][:4] + " " + G(v["i2"][4:11]) + " " + v["i2"][11:])]))
    A(("Το χωράφι είναι στην έξοδο για Κύμινα, δεξιά μετά τη γέφυρα του Αξιού.", []))
    el_part2(items, v)
    return items


LANGS["el"] = el_items


def el_part2(items, v):
    A = items.append
    G = lambda s: say(s, EL_D)
    # --- call 5: flour mill supplying bakeries (Athens)
    A(("Κυλινδρόμυλοι Αττικής, τμήμα πωλήσεων, η Βάσω, παρακαλώ.", [("name", "Βάσω")]))
    A(("Καλησπέρα, είμαι η Παναγιώτα Ρήγα, φούρνος στο Περιστέρι, θέλω να παραγγείλω αλεύρι.",
       [("name", "Παναγιώτα Ρήγα")]))
    A(("Το τύπου εβδομήντα, σακί πενήντα κιλά, είναι είκοσι τρία ευρώ, και το ολικής άλεσης είκοσι έξι.", []))
    A(("Θέλω τριάντα σακιά τύπου εβδομήντα και δέκα σκληρό για το χωριάτικο.", []))
    A(("Η διεύθυνση του φούρνου; Θηβών 212, Περιστέρι, Τ.Κ. 121 36.",
       [("address", "Θηβών 212, Περιστέρι, Τ.Κ. 121 36")]))
    A(("Θα πληρώσω με κάρτα: " + " ".join(v["c1"][i:i + 4] for i in range(0, 16, 4)),
       [("card", " ".join(v["c1"][i:i + 4] for i in range(0, 16, 4)))]))
    A(("Το φορτηγό έρχεται Τετάρτη στις έξι το πρωί, αριθμός δελτίου αποστολής 88-4471.", []))
    A(("κινητό 6945 118 302", [("phone", "6945 118 302")], "Ένα κινητό για τον οδηγό;"))
    # --- call 6: restaurant disposables and packaging supplier (young Athenian)
    A(("Πακ-Χορέκα, γεια σας, ο Άρης είμαι.", [("name", "Άρης")]))
    A(("Γεια, η Μυρτώ Αλεξίου από το σουβλατζίδικο στο Κουκάκι, θέλω κουτιά και χάρτινες σακούλες.",
       [("name", "Μυρτώ Αλεξίου")]))
    A(("Τα κουτάκια κραφτ των επτακοσίων πενήντα ml είναι δεκαοχτώ λεπτά το ένα, σε συσκευασία των τριακοσίων.", []))
    A(("Και η φορολογική υποχρέωση για τα πλαστικά είναι τέσσερα λεπτά το τεμάχιο, ο κωδικός προϊόντος K-750.", []))
    A(("ΑΦΜ της επιχείρησης; " + " ".join([v["a3"][:3], v["a3"][3:6], v["a3"][6:]]),
       [("id", " ".join([v["a3"][:3], v["a3"][3:6], v["a3"][6:]]))]))
    A(("το μέιλ μου είναι myrto.alexiou@hotmail.gr", [("email", "myrto.alexiou@hotmail.gr")]))
    A(("Πληρώνω με Mastercard, πέντε ένα έξι εφτά, τριάντα δύο, ενενήντα ένα, τέσσερα τέσσερα μηδέν έξι, οχτώ εφτά ένα " + G(v["c2"][-1]),
       [("card", "πέντε ένα έξι εφτά, τριάντα δύο, ενενήντα ένα, τέσσερα τέσσερα μηδέν έξι, οχτώ εφτά ένα " + G(v["c2"][-1]))]))
    A(("Η παράδοση μέσα σε δύο εργάσιμες, δωρεάν πάνω από εκατόν πενήντα ευρώ.", []))
    # --- call 7: pastry raw-materials wholesaler (Thessaloniki)
    A(("Ζαχαροπλαστικές Πρώτες Ύλες Μακεδονίας, καλημέρα.", []))
    A(("Καλημέρα, Χρυσάνθη Ιωαννίδου, ζαχαροπλαστείο Ιωαννίδη στην Καλαμαριά, θέλω κουβερτούρα και φύλλο.",
       [("name", "Χρυσάνθη Ιωαννίδου")]))
    A(("Η κουβερτούρα υγείας είναι δεκατέσσερα ευρώ το κιλό, και το κρούστα φύλλο σε κιβώτιο των δέκα κιλών.",
       []))
    A(("Τα σοκολατάκια για τα δίπλα τα παραγγείλατε τον Δεκέμβριο, εκατό κιλά, συνολικό ποσό 1.860 ευρώ.", []))
    A(("Παραδίδουμε Εγνατίας 45, 2ος όροφος; Όχι, στο μαγαζί, Μεταμορφώσεως 18, Καλαμαριά, 55132.",
       [("address", "Εγνατίας 45, 2ος όροφος"), ("address", "Μεταμορφώσεως 18, Καλαμαριά, 55132")]))
    A(("Για το τιμολόγιο ΑΦΜ " + v["a4"][:5] + " " + v["a4"][5:], [("id", v["a4"][:5] + " " + v["a4"][5:])]))
    A(("Και τηλέφωνο μαγαζιού δύο τρία ένα μηδέν, τετρακόσια δεκαπέντε, εξακόσια είκοσι",
       [("phone", "δύο τρία ένα μηδέν, τετρακόσια δεκαπέντε, εξακόσια είκοσι")]))
    # --- call 8: sheep- and goat-milk collection for cheese dairies (Cyprus)
    A(("Γεια σας, Συλλογή Γάλακτος Πιτσιλιάς, ο Χαράλαμπος, ο Μπάμπης, πείτε μου.",
       [("name", "Χαράλαμπος"), ("name", "Μπάμπης")]))
    A(("Καλημέρα, η Γιαννού Κυριάκου είμαι, κτηνοτρόφος στο Αγρός, έχω ογδόντα αίγες και σαράντα πρόβατα.",
       [("name", "Γιαννού Κυριάκου")]))
    A(("Το βυτίο περνά κάθε δεύτερη μέρα στις πέντε το πρωί, και το γάλα πρέπει να είναι κάτω από τέσσερις βαθμούς.", []))
    A(("Το πρόβειο πάει εβδομήντα πέντε σεντ το λίτρο, το κατσικίσιο εξήντα οχτώ.", []))
    A(("Τον λογαριασμό σας για την πληρωμή; " + group4(v["i3"]), [("iban", group4(v["i3"]))]))
    A(("Το κινητό μου εννιά εννιά, τριάντα τέσσερα, ογδόντα ένα, δώδεκα", [("phone", "εννιά εννιά, τριάντα τέσσερα, ογδόντα ένα, δώδεκα")]))
    A(("Η διεύθυνση της μάντρας: Οδός Αρχιεπισκόπου Κυπριανού 7, Αγρός, Λεμεσός 4860.",
       [("address", "Οδός Αρχιεπισκόπου Κυπριανού 7, Αγρός, Λεμεσός 4860")]))
    A(("Το δείγμα της προηγούμενης εβδομάδας είχε λιπαρά έξι κόμμα οχτώ και σωματικά κύτταρα τετρακόσιες χιλιάδες.", []))
    el_part3(items, v)


def el_part3(items, v):
    A = items.append
    G = lambda s: say(s, EL_D)
    # --- call 9: cooperage (oak barrels for small wineries, Nemea)
    A(("Βαρελοποιία Νεμέας, παρακαλώ.", []))
    A(("Γεια σας, Λευτέρης Κουτσογιάννης, οινοποιείο στο Κούτσι, χρειάζομαι έξι βαρέλια των διακοσίων είκοσι πέντε λίτρων.",
       [("name", "Λευτέρης Κουτσογιάννης")]))
    A(("Γαλλική δρυς, μεσαίο ψήσιμο, οχτακόσια ενενήντα ευρώ το ένα, παράδοση σε πέντε εβδομάδες.", []))
    A(("Τα παλιά βαρέλια του 2019 τα παίρνουμε πίσω με εκατόν είκοσι ευρώ το ένα.", []))
    A(("Η προκαταβολή σε κάρτα; Visa " + G(v["c3"]), [("card", G(v["c3"]))]))
    A(("ΑΦΜ " + G(v["a5"]), [("id", G(v["a5"]))], "Θα χρειαστώ και ΑΦΜ για το τιμολόγιο."))
    A(("lefteris παπάκι koutsi-wines τελεία gr, με παύλα ανάμεσα", [("email", "lefteris παπάκι koutsi-wines τελεία gr")]))
    # --- call 10: CO2 cylinders for draught beer and soda (Cyprus, Limassol bars)
    A(("Κύπρος Γκάζι Ποτών, καλησπέρα, η Έλενα.", [("name", "Έλενα")]))
    A(("Καλησπέρα, ο Andreas Charalambous από το bar στη Λεμεσό, θέλω αλλαγή φιαλών.",
       [("name", "Andreas Charalambous")]))
    A(("Φιάλη έξι κιλών είναι είκοσι οχτώ ευρώ η αναπλήρωση, και η εγγύηση της φιάλης εξήντα.", []))
    A(("Τέσσερις φιάλες, και μια μεικτού αερίου για το Guinness.", []))
    A(("Η διεύθυνση: Σαριπόλου 9, Λεμεσός 3036", [("address", "Σαριπόλου 9, Λεμεσός 3036")], "Πού να τις φέρουμε;"))
    A(("πληρωμή με κάρτα " + v["c4"][:4] + " " + v["c4"][4:8] + " " + v["c4"][8:12] + " " + v["c4"][12:], [("card", v["c4"][:4] + " " + v["c4"][4:8] + " " + v["c4"][8:12] + " " + v["c4"][12:])]))
    A(("Και αν χρειαστεί, το ΙΒΑΝ του μπαρ " + v["i6"], [("iban", v["i6"])]))
    A(("Τηλέφωνο +357 25 338 411", [("phone", "+357 25 338 411")]))
    # --- call 11: rabbit farm supplying butchers (Epirus)
    A(("Κουνελοτροφία Ηπείρου, ναι, ο Σπύρος.", [("name", "Σπύρος")]))
    A(("Γεια σου, η κυρα-Κούλα είμαι, το κρεοπωλείο στα Γιάννενα.",
       [("name", "κυρα-Κούλα")]))
    A(("Είκοσι κουνέλια καθαρισμένα, γύρω στο ενάμισι κιλό το ένα, έξι ευρώ και ογδόντα το κιλό.", []))
    A(("Την Παρασκευή το πρωί, πριν τις οχτώ, γιατί ανοίγω στις εφτάμισι.", []))
    A(("κάρτα πέντε τρία πέντε πέντε, οχτώ μηδέν ένα δύο, έξι έξι εννιά τέσσερα, μηδέν ένα " + G(v["c7"][-2:]),
       [("card", "πέντε τρία πέντε πέντε, οχτώ μηδέν ένα δύο, έξι έξι εννιά τέσσερα, μηδέν ένα " + G(v["c7"][-2:]))]))
    # --- call 12: cold-room installer for butchers and dairies
    A(("Ψυκτικές Εγκαταστάσεις Κρητικός, καλημέρα.", []))
    A(("Καλημέρα, είμαι ο Γιωργάκης, Γιώργος Σαββίδης, έχω τυροκομείο στη Δράμα και μου έπεσε ο θάλαμος.",
       [("name", "Γιωργάκης"), ("name", "Γιώργος Σαββίδης")]))
    A(("Ο τεχνικός μπορεί να έρθει αύριο στις δέκα, η επίσκεψη ογδόντα ευρώ, και το φρέον πάει με το κιλό.", []))
    A(("Ο θάλαμος είναι τρία επί τέσσερα, στους δύο βαθμούς, και ο συμπιεστής Bitzer του 2016.", []))
    A(("Διεύθυνση: 3ο χλμ Δράμας-Καβάλας, Βιομηχανική Περιοχή, Δράμα 66100",
       [("address", "3ο χλμ Δράμας-Καβάλας, Βιομηχανική Περιοχή, Δράμα 66100")]))
    A(("Ημερομηνία γέννησης για την εγγύηση; 17/03/1975", [("date_of_birth", "17/03/1975")]))
    A(("savvidis τελεία tyrokomeio παπάκι yahoo τελεία gr", [("email", "savvidis τελεία tyrokomeio παπάκι yahoo τελεία gr")],
       "Ένα email να σας στείλω την προσφορά;"))
    # --- follow-ups from accounts departments
    A(("Ο αριθμός πελάτη σας είναι 2310 5544 8712 0093, δεν είναι κάρτα.", []))
    A(("Αριθμός παραγγελίας 801442973, θα τον βρείτε στο τιμολόγιο.", []))
    A(("εεε η κάρτα είναι " + G(v["c6"][:8]) + ", " + v["c6"][8:], [("card", G(v["c6"][:8]) + ", " + v["c6"][8:])]))
    A(("American Express " + v["c5"][:4] + " " + v["c5"][4:10] + " " + v["c5"][10:], [("card", v["c5"][:4] + " " + v["c5"][4:10] + " " + v["c5"][10:])]))
    A(("τελικά όχι αυτή, η άλλη, η Visa " + " ".join(v["c8"][i:i + 4] for i in range(0, 16, 4)), [("card", " ".join(v["c8"][i:i + 4] for i in range(0, 16, 4)))]))
    A(("Κατάθεση στο " + group4(v["i4"]), [("iban", group4(v["i4"]))]))
    A(("ΙΒΑΝ Γ Ρ " + G(v["i5"][2:4]) + " " + v["i5"][4:], [("iban", "Γ Ρ " + G(v["i5"][2:4]) + " " + v["i5"][4:])]))
    A(("Το ΙΒΑΝ του γιου μου στη Γερμανία " + group4(v["i8"]), [("iban", group4(v["i8"]))]))
    A(("Στείλτε στο " + v["i7"][:4] + " " + group4(v["i7"][4:]), [("iban", v["i7"][:4] + " " + group4(v["i7"][4:]))]))
    A(("ΑΦΜ " + v["a6"][:3] + "." + v["a6"][3:6] + "." + v["a6"][6:], [("id", v["a6"][:3] + "." + v["a6"][3:6] + "." + v["a6"][6:])]))
    A(("ο αφμ μου είναι " + G(v["a7"][:4]) + " " + v["a7"][4:], [("id", G(v["a7"][:4]) + " " + v["a7"][4:])]))
    A(("Το ΑΦΜ της μητέρας μου " + v["a8"] + ", αυτή είναι η ιδιοκτήτρια", [("id", v["a8"])]))
    A(("Γεννήθηκα στις είκοσι δύο Μαρτίου χίλια εννιακόσια εξήντα οχτώ", [("date_of_birth", "είκοσι δύο Μαρτίου χίλια εννιακόσια εξήντα οχτώ")]))
    A(("ημερομηνία γέννησης τρία του έντεκα του ογδόντα πέντε", [("date_of_birth", "τρία του έντεκα του ογδόντα πέντε")]))
    A(("Γεννημένη 9 Ιουλίου 1992", [("date_of_birth", "9 Ιουλίου 1992")]))
    A(("Γεννήθηκα πρώτη Φεβρουαρίου του 2000", [("date_of_birth", "πρώτη Φεβρουαρίου του 2000")], "Η ημερομηνία γέννησής σας;"))
    A(("γέννηση 30-12-1959", [("date_of_birth", "30-12-1959")]))
    A(("Το email μου είναι nikos.pap@otenet.gr", [("email", "nikos.pap@otenet.gr")]))
    A(("Γράψτε: m a r i n a . k παπάκι cytanet τελεία com τελεία cy", [("email", "m a r i n a . k παπάκι cytanet τελεία com τελεία cy")]))
    A(("accounts@farmakas-rabbits.gr γράψτε το", [("email", "accounts@farmakas-rabbits.gr")]))
    A(("Το κινητό μου έξι εννιά εννιά, τρία δύο μηδέν, τέσσερα ένα πέντε πέντε", [("phone", "έξι εννιά εννιά, τρία δύο μηδέν, τέσσερα ένα πέντε πέντε")]))
    A(("Η συνάντηση είναι στις 12 Μαΐου στις 11:30, στο γραφείο στην Πατησίων 44.", []))
    A(("Το συμβόλαιο ξεκίνησε 1η Μαρτίου 2021 και λήγει σε τρία χρόνια.", []))
    A(("Μένω στην οδό Κανάρη 27, τρίτος όροφος, Ιωάννινα 45444, για τα τιμολόγια.", [("address", "οδό Κανάρη 27, τρίτος όροφος, Ιωάννινα 45444")]))
    A(("Για ενημερώσεις: dimitra underscore vlachou παπάκι gmail τελεία com", [("email", "dimitra underscore vlachou παπάκι gmail τελεία com")]))
    A(("Σταθερό γραφείου 210 5238 814, εσωτερικό 12", [("phone", "210 5238 814")]))
    A(("Η ημερομηνία γέννησης του πελάτη είναι 04.06.1981, τη διάβασα σωστά;", [("date_of_birth", "04.06.1981")]))
    A(("Φορτώσαμε 24 παλέτες, 1.080 κιβώτια, φορτηγό με πινακίδα ΚΟΖ-4418.", []))
    A(("Η τιμή ισχύει μέχρι τις 31 Οκτωβρίου, μετά ανεβαίνει 7%.", []))
    A(("Πληρώσατε 415,60 ευρώ στις 3 Απριλίου, και το υπόλοιπο είναι 1.210 ευρώ.", []))


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    outdir = os.path.join(root, "data", "redaction", "blind56")
    os.makedirs(outdir, exist_ok=True)
    for lang, fn in LANGS.items():
        items = fn()
        lines = build(items)
        texts = [l["text"] for l in lines]
        assert len(texts) == len(set(texts)), (lang, "duplicate text")
        with open(os.path.join(outdir, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for l in lines:
                f.write(json.dumps(l, ensure_ascii=False) + "\n")
        counts = {}
        for l in lines:
            for s in l["spans"]:
                counts[s["kind"]] = counts.get(s["kind"], 0) + 1
        neg = sum(1 for l in lines if not l["spans"])
        print(lang, "items", len(lines), "non-personal", neg, "spans", sum(counts.values()),
              dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
