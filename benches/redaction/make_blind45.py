#!/usr/bin/env python3
"""Held-out redaction evaluation set "blind45".

Written by a helper session working only from a written brief: it never read the
redactor, its rules, its tests or any other evaluation set or generator. Every
line is invented; check-digit values (cards, IBANs, national IDs) are computed
here, and long non-personal numbers are asserted to FAIL those checks.

Sectors (businesses typical of Egypt, Jordan, Lebanon and Morocco): argan-oil
women's cooperative, Dead Sea mud cosmetics, dahabiya Nile sailing cruises,
Egyptian-cotton bedding, Ramadan fanous (lantern) workshop, knafeh / Nabulsi
sweets bakery, arak distillery visits, babouche slipper workshop, thuya-wood
marquetry (Essaouira), Taliouine saffron cooperative, papyrus gallery, Lebanese
mouneh (preserves) boxes, koshary restaurant, manakish / saj bakery, tawla
(backgammon) tournaments, cedar-wood carving.

Output: data/redaction/blind45/{en,ar,he,el}.jsonl, one JSON object a line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...],
     "context": str (optional)}
kind is one of card, iban, id, phone, email, date_of_birth, name, address;
start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive).
Items with empty spans are non-personal and must come out unchanged.

Run:  python3 benches/redaction/make_blind45.py
"""
import json
import os
import re
import sys

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}
OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                       "..", "..", "data", "redaction", "blind45")

# ---------------------------------------------------------------- check digits
def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError(partial)


def iban_ok(iban):
    iban = iban.replace(" ", "").upper()
    r = iban[4:] + iban[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "LB": 28, "FR": 27, "QA": 29, "KW": 30}


def make_iban(cc, bban):
    r = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in r.upper())
    chk = 98 - int(n) % 97
    iban = "%s%02d%s" % (cc, chk, bban)
    assert len(iban) == IBAN_LEN[cc], (iban, len(iban))
    assert iban_ok(iban)
    return iban


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def tz_ok(num):
    if len(num) != 9:
        return False
    s = 0
    for i, ch in enumerate(num):
        d = int(ch) * (1 + i % 2)
        s += d - 9 if d > 9 else d
    return s % 10 == 0


def make_tz(eight):
    for c in "0123456789":
        if tz_ok(eight + c):
            return eight + c
    raise AssertionError(eight)


def afm_ok(num):
    if len(num) != 9:
        return False
    s = sum(int(num[i]) * 2 ** (8 - i) for i in range(8))
    return (s % 11) % 10 == int(num[8])


def make_afm(eight):
    s = sum(int(eight[i]) * 2 ** (8 - i) for i in range(8))
    num = eight + str((s % 11) % 10)
    assert afm_ok(num)
    return num


def saudi_ok(num):
    return len(num) == 10 and num[0] in "12" and luhn_ok(num)


def make_saudi(nine):
    num = luhn_complete(nine)
    assert saudi_ok(num)
    return num


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return 0 < int(a) < 900 and a != "666" and g != "00" and n != "0000"


# ---------------------------------------------------------------- spoken digits
EN_D = "zero one two three four five six seven eight nine".split()
AR_D = "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
AI_DIG = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def words(digits, table, sep=" ", oh=False):
    out = []
    for ch in digits:
        if ch.isdigit():
            w = table[int(ch)]
            if oh and ch == "0":
                w = "oh"
            out.append(w)
        elif ch == " ":
            out.append("," if sep == " " else sep)
    return " ".join(out).replace(" ,", ",")


def en(d, oh=False):
    return words(d, EN_D, oh=oh)


def ar(d):
    return words(d, AR_D)


def hef(d):
    return words(d, HE_F)


def hem(d):
    return words(d, HE_M)


def el(d):
    return words(d, EL_D)


def aind(s):
    return s.translate(AI_DIG)


# ---------------------------------------------------------------- item builder
def digits_of(s):
    s = s.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
    return re.sub(r"\D", "", s)


def _check_nonpersonal(text):
    """Long digit runs in non-personal items must fail every check."""
    t = text.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
    for m in re.finditer(r"\d[\d \-.]*\d", t):
        for run in {re.sub(r"\D", "", m.group()), *re.findall(r"\d+", m.group())}:
            n = len(run)
            if 13 <= n <= 19:
                assert not luhn_ok(run), ("luhn-valid non-personal", run, text)
            if n == 9:
                assert not tz_ok(run) and not afm_ok(run), ("9-digit valid", run, text)
            if n == 10 and run[0] in "12":
                assert not luhn_ok(run), ("saudi-valid non-personal", run, text)


def build(items, lang):
    rows = []
    for it in items:
        text, spans = it[0], it[1]
        ctx = it[2] if len(it) > 2 else None
        assert isinstance(text, str) and text == text.strip(), text
        out, pos = [], 0
        for kind, sub in spans:
            assert kind in KINDS, kind
            i = text.find(sub, pos)
            assert i >= 0, (lang, kind, sub, text)
            assert sub == sub.strip() and sub, (sub, text)
            pos = i + len(sub)
            b0 = len(text[:i].encode("utf-8"))
            b1 = b0 + len(sub.encode("utf-8"))
            assert text.encode("utf-8")[b0:b1].decode("utf-8") == sub
            d = digits_of(sub)
            if kind == "card" and len(d) >= 13:
                assert 13 <= len(d) <= 19 and luhn_ok(d), (sub, text)
            if kind == "iban" and re.fullmatch(r"[A-Z]{2}\d\d[A-Z0-9 ]+", sub):
                assert iban_ok(sub), sub
            if kind == "id" and len(d) == 9 and "-" not in sub:
                assert tz_ok(d) or afm_ok(d), (sub, text)
            if kind == "id" and len(d) == 10:
                assert saudi_ok(d), (sub, text)
            if kind == "id" and re.fullmatch(r"\d{3}-\d{2}-\d{4}", sub):
                assert ssn_ok(sub), sub
            out.append({"kind": kind, "start": b0, "end": b1})
        if not spans:
            _check_nonpersonal(text)
        row = {"text": text, "spans": out}
        if ctx:
            row["context"] = ctx
        rows.append(row)
    return rows


LANGS = {}


# ================================================================ ENGLISH
E_C1 = luhn_complete("453201511283036")       # Visa 16
E_C2 = luhn_complete("525512349876014")       # Mastercard 16
E_C3 = luhn_complete("37828224631000")        # Amex 15
E_C4 = luhn_complete("601100099013942")       # Discover 16
E_C5 = luhn_complete("498765432101234")       # Visa 16
E_C6 = luhn_complete("675912345678901234")    # Maestro 19
E_C7 = luhn_complete("3056930902590")         # Diners 14
E_C8 = luhn_complete("492918273645")          # Visa 13
E_IE = make_iban("IE", "AIBK93115212345678")
E_GB = make_iban("GB", "NWBK60161331926819")
E_JO = make_iban("JO", "CBJO0010000000000131000302")
E_EG = make_iban("EG", "0019000500000000263180002")
E_LB = make_iban("LB", "099900000001001901229114")
E_AE = make_iban("AE", "0331234567890123456")
E_DE = make_iban("DE", "370400440532013000")
E_GB2 = make_iban("GB", "BARC20000055779911")
E_IQ = make_saudi("241573906")
E_IQ2 = make_saudi("229034871")
E_SID = make_saudi("108846352")
E_TZ = make_tz("31548207")
E_AFM = make_afm("04817362")
for _s in ("412-67-3390", "538-21-0457", "087-44-1268"):
    assert ssn_ok(_s)


def sp4(d):
    return " ".join(d[i:i + 4] for i in range(0, len(d), 4))


EN = [
    # --- argan-oil women's cooperative, Agadir (UK wholesale buyer)
    ("Good morning, Tifawin argan cooperative, you're speaking with Khadija, how can I help?",
     [("name", "Khadija")]),
    ("Hiya, yeah, my name's Rhiannon Pugh, I run a little soap shop in Cardiff and I wanted to reorder.",
     [("name", "Rhiannon Pugh")]),
    ("Lovely. Was it the cosmetic oil or the culinary one last time?", []),
    ("The cosmetic, the cold pressed. Twenty of the 100 ml bottles and six of the one litre.", []),
    ("So twenty times eleven pounds forty plus six times seventy-two, that's six hundred and sixty pounds, shipping is free above five hundred.", []),
    ("Can you take a card over the phone? It's a Visa, " + sp4(E_C1) + ".",
     [("card", sp4(E_C1))]),
    ("No, send it to the house, it's 41 Llandaff Road, Canton, Cardiff, CF11 9NG.",
     [("address", "41 Llandaff Road, Canton, Cardiff, CF11 9NG")],
     "And the delivery address, is it still the shop?"),
    ("The pallet leaves Agadir port on Monday, it should be with you in about nine days.", []),
    ("Your order reference is TWF 2024 0873, please quote it if you ring again.", []),
    # --- Egyptian-cotton bedding store, New Jersey (US financing application)
    ("Thank you for calling Giza Linen Loft, this is Omar, are you calling about an order?",
     [("name", "Omar")]),
    ("yeah hi um this is Darnell Washington i wanted to do the twelve months no interest thing on the king set",
     [("name", "Darnell Washington")]),
    ("Sure. For the financing application I'll need your social security number.", []),
    ("It's 412-67-3390.", [("id", "412-67-3390")],
     "For the financing application I'll need your social security number."),
    ("Oh four, oh two, nineteen sixty-eight. April second.",
     [("date_of_birth", "Oh four, oh two, nineteen sixty-eight")], "And your date of birth?"),
    ("The thousand thread count king set is 489.99, the matching duvet cover is another 129.", []),
    ("And a good number to reach you, Darnell?", [("name", "Darnell")]),
    ("Cell is " + "(973) 418-2276" + ", that's my cell.", [("phone", "(973) 418-2276")]),
    ("Approved for a limit of two thousand five hundred, first payment is due on the 15th of next month.", []),
    ("Our warehouse ships Monday to Friday, pickup is at the Paterson location after 3 PM.", []),
    # --- Dead Sea mud cosmetics, Amman (Irish reseller refund)
    ("Hello, Bahr Mayyit Naturals, Rania speaking.", [("name", "Rania")]),
    ("Hi, it's Siobhán here, Siobhán Ní Bhriain from the pharmacy in Galway, I'm ringing about the broken jars.",
     [("name", "Siobhán"), ("name", "Siobhán Ní Bhriain")]),
    ("Oh I'm so sorry. How many arrived broken?", []),
    ("Eleven of the forty-eight mud masks, the 500 gram ones. The box was crushed.", []),
    ("We'll refund those by transfer, can I have the IBAN of the pharmacy account?", []),
    ("Grand, it's " + group4(E_IE) + ".", [("iban", group4(E_IE))],
     "We'll refund those by transfer, can I have the IBAN of the pharmacy account?"),
    ("That's eleven times nine dinars eighty, so one hundred and seven dinars eighty in total.", []),
    ("Expect it within five to seven banking days, the transfer goes through Arab Bank.", []),
    # --- dahabiya Nile sailing cruise, Esna to Aswan (Indian family in Dubai)
    ("Good afternoon, Nile Ibis dahabiyas, Mina here.", [("name", "Mina")]),
    ("Hello, I am Priyanka Venkataraman, calling from Dubai, regarding the five night sailing in December.",
     [("name", "Priyanka Venkataraman")]),
    ("Yes madam, the boat leaves Esna on the twenty-second of December and reaches Aswan on the twenty-seventh.", []),
    ("We are four people, two adults, two kids aged nine and twelve.", []),
    ("The family cabin is one thousand eight hundred US dollars per adult, children under twelve are half.", []),
    ("For the permits we need the passport name of each guest and a phone number in the UAE.", []),
    ("My husband's mobile is plus nine seven one, five zero, three one eight, four four two seven.",
     [("phone", "plus nine seven one, five zero, three one eight, four four two seven")]),
    ("priyanka underscore v eight five at yahoo dot co dot in",
     [("email", "priyanka underscore v eight five at yahoo dot co dot in")], "And your email, madam?"),
    ("Flight MS 913 lands in Luxor at 7:05, our driver will be waiting at arrivals.", []),
    ("The deposit of thirty percent secures the booking, the rest is due sixty days before sailing.", []),
    ("For the deposit, I'll use my Amex. " + en(E_C3[:4]) + ", " + en(E_C3[4:10]) + ", " + en(E_C3[10:]) + ".",
     [("card", en(E_C3[:4]) + ", " + en(E_C3[4:10]) + ", " + en(E_C3[10:]))]),
    # --- knafeh / Nabulsi sweets bakery, London (Nigerian caller, party order)
    ("Hello, Nablus Sweets on Edgware Road, Abu Samir speaking.", [("name", "Abu Samir")]),
    ("Good afternoon sir. My name is Oluwaseun Adeyemi, I want to order kunafa for my daughter's wedding on Saturday.",
     [("name", "Oluwaseun Adeyemi")]),
    ("Mabrouk! How many trays? One big tray serves about forty people.", []),
    ("Let us do five trays. Five trays of the cheese one and two of the ones with pistachio.", []),
    ("Seven trays, that's four hundred and ninety pounds, we bake it fresh Saturday at 6 in the morning.", []),
    ("Okay Mr Adeyemi, where do we deliver?", [("name", "Adeyemi")]),
    ("Deliver to the hall please, no sorry, to my house first. 27 Bellingham Road, Catford, SE6 2PN.",
     [("address", "27 Bellingham Road, Catford, SE6 2PN")]),
    ("Zero seven nine five eight, double one four, three two six.",
     [("phone", "Zero seven nine five eight, double one four, three two six")],
     "And a number for the driver?"),
    ("The balance will be paid in cash at the gate, about two hundred pounds.", []),
]
LANGS["en"] = EN

EN += [
    # --- arak distillery visits, Zahlé (Australian caller)
    ("G'day, is this the distillery? The one that does the tastings in Zahlé?", []),
    ("Yes, Domaine Wardy arak house, good morning, I'm Georges.", [("name", "Georges")]),
    ("Beauty. Um, Jack Hollister, I'm over from Brisbane, want to book the tour for Saturday for four of us.",
     [("name", "Jack Hollister")]),
    ("No worries, the tour is at eleven and at three, it's twenty-five dollars a head with the mezze.", []),
    ("Since there is tasting I need the date of birth of the person booking, sorry, it's the rule.", []),
    ("Yeah no that's fine, the third of the ninth, seventy-nine.",
     [("date_of_birth", "the third of the ninth, seventy-nine")],
     "Since there is tasting I need the date of birth of the person booking, sorry, it's the rule."),
    ("jack dot hollister at bigpond dot com, that's b-i-g-p-o-n-d",
     [("email", "jack dot hollister at bigpond dot com")], "and an email for the voucher"),
    ("Yeah got a SIM at the airport, it's oh three, eight two seven, four one five.",
     [("phone", "oh three, eight two seven, four one five")], "And in Lebanon, you have a local number?"),
    ("The arak is distilled three times and aged in clay jars, we bottle about 40,000 a year.", []),
    ("The minibus from Beirut leaves Dora at 8:30, it's another 15 dollars return.", []),
    # --- papyrus gallery, Cairo (UK collector, damaged frame refund)
    ("Papyrus Institute, Dr. Ragab's, good evening.", []),
    ("Hello there, it's Margaret Ashworth here, I bought three framed papyri from you in March and one arrived cracked.",
     [("name", "Margaret Ashworth")]),
    ("I am very sorry, Mrs. Ashworth. Was it the Book of the Dead scene or the Nefertiti?",
     [("name", "Ashworth")]),
    ("The Nefertiti. The glass went right through the middle of her face, I'm afraid.", []),
    ("We will refund 140 dollars of the 390. Which account should we send it to?", []),
    ("Right, I've got it written down. " + E_GB + ". That's a NatWest account.",
     [("iban", E_GB)], "We will refund 140 dollars of the 390. Which account should we send it to?"),
    ("Yes, Flat 2, 18 Valley Drive, Harrogate, HG2 0JN.",
     [("address", "Flat 2, 18 Valley Drive, Harrogate, HG2 0JN")],
     "And is the billing address still the one in Harrogate?"),
    ("The order was PG-77310, dated the 14th of March, paid in three instalments.", []),
    # --- Taliouine saffron cooperative (Irish chef)
    ("Hello, this is Conor Mac Giolla Phádraig, head chef at a restaurant in Kilkenny, I'm after fifty grams of the grade one.",
     [("name", "Conor Mac Giolla Phádraig")]),
    ("Fifty grams is six hundred euros, the price went up because of the drought this year.", []),
    ("Fair enough. Post it to the restaurant. No, actually, to me, I'm never there on a Monday. 6 Ardnore Avenue, Kilkenny, R95 X2F4.",
     [("address", "6 Ardnore Avenue, Kilkenny, R95 X2F4")]),
    ("So that's 6 Ardnore Avenue, R95 X2F4, chef?",
     [("address", "6 Ardnore Avenue, R95 X2F4")]),
    ("that's it yeah and my mobile is oh eight seven two six four nine one three oh",
     [("phone", "oh eight seven two six four nine one three oh")]),
    ("It's the Mastercard, " + en(E_C2[:4]) + " " + en(E_C2[4:8]) + " " + E_C2[8:12] + " " + E_C2[12:] + ".",
     [("card", en(E_C2[:4]) + " " + en(E_C2[4:8]) + " " + E_C2[8:12] + " " + E_C2[12:])]),
    ("We pick the flowers only in the last two weeks of October, this batch is from 2023.", []),
    # --- Ramadan fanous workshop, Cairo (British-Jordanian customer)
    ("Salam, Fawanees Hassan Abu Shanab workshop, hello.", []),
    ("Hi, salam, I'm Zaid, Zaid Haddad, I ordered the twelve brass lanterns for the mosque in Leeds.",
     [("name", "Zaid"), ("name", "Zaid Haddad")]),
    ("Yes sir, the big ones, eighty centimetres, with the coloured glass.", []),
    ("They take three weeks, we only have two craftsmen before Ramadan and everyone orders at once.", []),
    ("For the balance I'll transfer from my account in Amman, the Jordanian one. " + group4(E_JO) + ".",
     [("iban", group4(E_JO))]),
    ("And my Jordan mobile if WhatsApp is easier: zero seven nine, five six one, three three zero eight.",
     [("phone", "zero seven nine, five six one, three three zero eight")]),
    ("Twelve lanterns at 1,850 Egyptian pounds, plus the crate, 24,600 pounds altogether.", []),
    # --- tawla (backgammon) tournament, New York (US prize winner W-9)
    ("Hi, this is Hagop from the Astoria tawla club, I'm calling the winners of Sunday's tournament.",
     [("name", "Hagop")]),
    ("Oh hey! Yeah, that's me, Nick, Nick Papadakis.", [("name", "Nick"), ("name", "Nick Papadakis")]),
    ("Congratulations. Since the prize is over six hundred dollars I need a W-9, so your Social Security number.", []),
    ("Sure. Five three eight, two one, oh four five seven.",
     [("id", "Five three eight, two one, oh four five seven")],
     "Since the prize is over six hundred dollars I need a W-9, so your Social Security number."),
    ("31-14 Ditmars Boulevard, apartment 4F, Astoria, New York 11105.",
     [("address", "31-14 Ditmars Boulevard, apartment 4F, Astoria, New York 11105")],
     "And the mailing address for the check?"),
    ("First prize is twelve hundred, you won the final eleven to seven.", []),
    ("Next tournament is the 9th of November, entry is forty bucks, sixty-four players max.", []),
]

EN += [
    # --- thuya-wood marquetry, Essaouira (Saudi customer in English)
    ("Hello, this is Faisal Al-Otaibi from Riyadh, I ordered the thuya chess table and the jewellery boxes.",
     [("name", "Faisal Al-Otaibi")]),
    ("For the Saudi customs form they want my national ID, it's " + E_SID[:4] + " " + E_SID[4:7] + " " + E_SID[7:] + ".",
     [("id", E_SID[:4] + " " + E_SID[4:7] + " " + E_SID[7:])]),
    ("You can call me on plus nine six six, five five, two zero three, seven one eight four.",
     [("phone", "plus nine six six, five five, two zero three, seven one eight four")]),
    ("pay with card ok " + " ".join(E_C4[i:i + 4] for i in range(0, 16, 4)) + " expiry nine twenty seven",
     [("card", " ".join(E_C4[i:i + 4] for i in range(0, 16, 4)))]),
    ("send the invoice to faisal.otb@outlook.sa please, o-t-b",
     [("email", "faisal.otb@outlook.sa")]),
    # --- babouche slipper workshop, Fez (Anglo-Israeli shop owner)
    ("Hi, it's Shira Goldberg, from Ra'anana, um, I have the shop that sells your babouches.",
     [("name", "Shira Goldberg")]),
    ("The Israeli customs agent needs my teudat zehut for the import, so " + en(E_TZ[:3]) + ", " + en(E_TZ[3:6]) + ", " + en(E_TZ[6:]) + ".",
     [("id", en(E_TZ[:3]) + ", " + en(E_TZ[3:6]) + ", " + en(E_TZ[6:]))]),
    ("Deliver to 12 Ahuza Street, second floor, Ra'anana, and my cell is 054-772-3910.",
     [("address", "12 Ahuza Street, second floor, Ra'anana"), ("phone", "054-772-3910")]),
    ("email is shira at babouche dash love dot co dot il",
     [("email", "shira at babouche dash love dot co dot il")]),
    ("Sixty pairs in saffron yellow, forty in indigo, sizes thirty-six to forty-four.", []),
    # --- Egyptian-cotton bedding, Riyadh branch (Indian expat couple)
    ("This is Suresh Pillai, I'm working in Riyadh, for the home delivery they asked my iqama number.",
     [("name", "Suresh Pillai")]),
    ("Iqama is " + E_IQ + ", and my wife's is " + en(E_IQ2[:5]) + " " + en(E_IQ2[5:]) + ".",
     [("id", E_IQ), ("id", en(E_IQ2[:5]) + " " + en(E_IQ2[5:]))]),
    ("For the loyalty card they need date of birth, mine is 21st of January 1987.",
     [("date_of_birth", "21st of January 1987")]),
    ("Pay by Visa: " + E_C5[:4] + "-" + E_C5[4:8] + "-" + E_C5[8:12] + "-" + E_C5[12:] + ".",
     [("card", E_C5[:4] + "-" + E_C5[4:8] + "-" + E_C5[8:12] + "-" + E_C5[12:])]),
    ("The email, it is suresh dot pillai eight seven at gmail dot com.",
     [("email", "suresh dot pillai eight seven at gmail dot com")]),
    # --- Lebanese mouneh boxes, shipped to the diaspora (caller in Germany)
    ("Hi, it's Nour, Nour Khoury, I have the monthly mouneh box, the big one with the kishk and the makdous.",
     [("name", "Nour Khoury")]),
    ("I want to pay by standing order now, from my German account. D E, " + E_DE[2:4] + ", " + " ".join(E_DE[4 + i:8 + i] for i in range(0, 16, 4)) + ", " + E_DE[20:] + ".",
     [("iban", "D E, " + E_DE[2:4] + ", " + " ".join(E_DE[4 + i:8 + i] for i in range(0, 16, 4)) + ", " + E_DE[20:])]),
    ("And the refund from last month can go to my mum's old account in Beirut, " + group4(E_LB) + ".",
     [("iban", group4(E_LB))]),
    ("Is it still nour.khoury@web.de for the receipts?",
     [("email", "nour.khoury@web.de")]),
    # --- koshary restaurant, Jersey City (job application)
    ("Hi, yes, I'm calling about the line cook job at Koshary Corner, my name is Marcus Bell.",
     [("name", "Marcus Bell")]),
    ("For the background form, my social is oh eight seven, four four, one two six eight, and I was born May 30th, 1995.",
     [("id", "oh eight seven, four four, one two six eight"), ("date_of_birth", "May 30th, 1995")]),
    ("The shift is Thursday to Sunday, 4 PM to midnight, eighteen an hour plus tips.", []),
    # --- manakish / saj bakery supplier, Dubai (Egyptian and British accounts)
    ("Supplier payments: the flour mill in Alexandria wants it in their Egyptian account, " + E_EG + ".",
     [("iban", E_EG)]),
    ("hi yeah I want the deposit back for the saj oven to my UK account " + E_GB2 + " and the receipt to tom.reilly77@gmail.com",
     [("iban", E_GB2), ("email", "tom.reilly77@gmail.com")]),
    ("Also the one in Dubai, Emirates NBD, " + group4(E_AE) + ".",
     [("iban", group4(E_AE))]),
    # --- argan cooperative again: Greek spa, and date-of-birth read-backs
    ("Hello, it's the spa in Glyfada, for the invoice you need my AFM, it is " + E_AFM + ".",
     [("id", E_AFM)]),
    ("The sample pack of five oils is thirty-five euros, it was charged on the 2nd of February.", []),
    ("So, your date of birth, the 7th of June 1990, is that correct?",
     [("date_of_birth", "the 7th of June 1990")]),
    ("Born on the twelfth of March, nineteen eighty-four.",
     [("date_of_birth", "twelfth of March, nineteen eighty-four")], "And your date of birth, please?"),
    ("it's fourteen oh eight two thousand and one, the fourteenth of August",
     [("date_of_birth", "fourteen oh eight two thousand and one")], "Can you confirm your date of birth for the account?"),
    ("dob is 29/11/1972", [("date_of_birth", "29/11/1972")]),
    ("The card ending, no, the whole thing, " + E_C6 + ", it's a Maestro.",
     [("card", E_C6)]),
    ("Diners Club, " + E_C7[:4] + " " + E_C7[4:10] + " " + E_C7[10:] + ", my husband's card but he's fine with it.",
     [("card", E_C7[:4] + " " + E_C7[4:10] + " " + E_C7[10:])]),
    ("Okay, the old Visa then, it's only thirteen digits: " + en(E_C8) + ".",
     [("card", en(E_C8))]),
    ("you can email me at tunde underscore bakare at hotmail dot co dot uk",
     [("email", "tunde underscore bakare at hotmail dot co dot uk")]),
    ("Call me on double oh four four, seven eight two three, four one five oh six six.",
     [("phone", "double oh four four, seven eight two three, four one five oh six six")]),
    ("My address is 44 Kelburn Crescent, Paisley, PA2 6EZ.",
     [("address", "44 Kelburn Crescent, Paisley, PA2 6EZ")]),
]


# ================================================================ ARABIC
AR_EG = "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split()


def areg(d):
    return words(d, AR_EG)


A_SA1 = make_iban("SA", "80000000608010167519")
A_SA2 = make_iban("SA", "45000000358608169431")
A_JO = make_iban("JO", "ARAB1180000000118208561500")
A_EG = make_iban("EG", "3800190005000000001263180")
A_LB = make_iban("LB", "002800000000003012455106")
A_AE = make_iban("AE", "2600000124567891011")
A_EG2 = make_iban("EG", "0700030011040000000563318")
A_QA = make_iban("QA", "QNBA000000000123456789012")
A_C1 = luhn_complete("445566778899001")     # Visa 16
A_C2 = luhn_complete("535316281904657")     # Mastercard 16
A_C3 = luhn_complete("400615222980431")     # Visa 16 (mada co-badge)
A_C4 = luhn_complete("37459812006542")      # Amex 15
A_C5 = luhn_complete("512708341960274")     # Mastercard 16
A_C6 = luhn_complete("627180009873245")     # 16
A_C7 = luhn_complete("421345678901234567")  # 19
A_C8 = luhn_complete("36148900647913")      # Diners 15? (digits below asserted)
A_SID1 = make_saudi("105522873")
A_SID2 = make_saudi("109371446")
A_SID3 = make_saudi("110482935")
A_IQ1 = make_saudi("243098117")
A_IQ2 = make_saudi("238841502")
A_IQ3 = make_saudi("251776304")
A_TZ = make_tz("20744561")
A_SID4 = make_saudi("103356208")

AR = [
    # --- koshary restaurant, Cairo (Egyptian dialect)
    ("كشري أبو طارق مساء الخير، معاك حمادة، أؤمر يا فندم.", [("name", "حمادة")]),
    ("مساء النور، أنا اسمي سلمى عبد الحميد، عايزة أطلب ديليفري لعزومة بكرة.", [("name", "سلمى عبد الحميد")]),
    ("تحت أمرك يا فندم، كام علبة؟", []),
    ("عشرين علبة كشري كبير وخمسة أرز بلبن وعشر زجاجات مياه.", []),
    ("العلبة الكبيرة بخمسة وأربعين جنيه، يعني الحساب كله ألف ومية وخمسين جنيه.", []),
    ("١٢ شارع مصدق، الدقي، الدور التالت شقة ٧، جنب صيدلية العزبي.",
     [("address", "١٢ شارع مصدق، الدقي، الدور التالت شقة ٧")], "العنوان يا فندم؟"),
    ("صفر مية، سبعة أربعة خمسة، اتنين اتنين واحد تسعة.",
     [("phone", "صفر مية، سبعة أربعة خمسة، اتنين اتنين واحد تسعة")], "ورقم الموبايل عشان الطيار يكلمك؟"),
    ("الأوردر رقم ٨٨٤٠٢، هيوصل بكرة الساعة اتنين الضهر إن شاء الله.", []),
    ("فرعنا في التحرير بيفتح من تسعة الصبح لحد اتنين بالليل.", []),
    # --- argan-oil cooperative, Agadir (Darija)
    ("تعاونية تيفاوين لزيت أركان، السلام عليكم، معاك خديجة.", [("name", "خديجة")]),
    ("وعليكم السلام، سميتي فاطمة الزهراء بنعلي، بغيت نطلب عشرة ديال القراعي ديال الزيت ديال الماكلة.",
     [("name", "فاطمة الزهراء بنعلي")]),
    ("واخا آلالة، القرعة ديال لتر بمية وعشرين درهم، عشرة بألف ومية وخمسين مع الخصم.", []),
    ("الدار البيضاء، حي السلام، زنقة ٢٣، رقم ١٤، الطابق الثاني.",
     [("address", "الدار البيضاء، حي السلام، زنقة ٢٣، رقم ١٤، الطابق الثاني")], "فين نصيفطوها ليك؟"),
    ("زيرو ستة، واحد وستين، ثمنية وأربعين، سبعة وعشرين، زيرو خمسة.",
     [("phone", "زيرو ستة، واحد وستين، ثمنية وأربعين، سبعة وعشرين، زيرو خمسة")], "والتيليفون ديالك؟"),
    ("غادي تخلصي بالكارط؟ عطيني النمرة ديالها.", []),
    ("اه، " + sp4(A_C1) + "، والتاريخ ديال الصلاحية ١١/٢٨.", [("card", sp4(A_C1))]),
    ("الكاميو كيخرج من أكادير نهار الثلاثاء، كيوصل للدار البيضاء فجوج أيام.", []),
    # --- Dead Sea mud cosmetics, Amman (Jordanian)
    ("مرحبا، شركة بحر الملح للمنتجات، معك رند.", [("name", "رند")]),
    ("أهلين، أنا زيد العبادي، صاحب صيدلية بالزرقا، بدي أرجّع كرتونة طين وصلت مكسورة.",
     [("name", "زيد العبادي")]),
    ("ولا يهمك أستاذ، بنرجعلك المبلغ على الحساب، عطيني الآيبان.", []),
    ("الآيبان " + A_JO + "، بنك الإسكان لا لا البنك العربي.", [("iban", A_JO)]),
    ("الكرتونة فيها أربعة وعشرين علبة، كل وحدة بستة دنانير ونص.", []),
    ("وإذا في اشي رن على الخلوي تبعي، صفر سبعة تسعة، خمسة ستة واحد، تلاتة تلاتة صفر تمانية.",
     [("phone", "صفر سبعة تسعة، خمسة ستة واحد، تلاتة تلاتة صفر تمانية")]),
    ("التحويل بياخد من يومين لخمس أيام عمل، وبيوصلك إشعار برقم المرجع ٦٧٣١٠٥.", []),
    # --- dahabiya Nile cruise, Esna-Aswan (Saudi Gulf caller)
    ("السلام عليكم، معك عبدالعزيز القحطاني من الرياض، أبغى أحجز الذهبية لشهر يناير.",
     [("name", "عبدالعزيز القحطاني")]),
    ("أهلا وسهلا يا أستاذ عبدالعزيز، الرحلة خمس ليالي من إسنا لأسوان، والكابينة بألف وتمنمية دولار.",
     [("name", "عبدالعزيز")]),
    ("زين، نحن ستة أشخاص، أنا وزوجتي وأربعة عيال.", []),
    ("عشان تصاريح المرور نحتاج رقم الهوية الوطنية، لو سمحت.", []),
    ("رقم الهوية " + aind(A_SID1) + ".", [("id", aind(A_SID1))], "عشان تصاريح المرور نحتاج رقم الهوية الوطنية، لو سمحت."),
    ("aziz.q88@hotmail.com، حطه بالإنجليزي.", [("email", "aziz.q88@hotmail.com")], "والإيميل؟"),
    ("العربون ثلاثين بالمية، أحوله لكم من حسابي بالراجحي: " + group4(A_SA1) + ".",
     [("iban", group4(A_SA1))]),
    ("رحلة مصر للطيران ٩١٥ توصل الأقصر الساعة سبعة وخمس دقايق الصبح.", []),
    ("جوالي صفر خمسة خمسة، اثنين صفر ثلاثة، سبعة واحد ثمانية أربعة، على الواتساب.",
     [("phone", "صفر خمسة خمسة، اثنين صفر ثلاثة، سبعة واحد ثمانية أربعة")]),
    # --- Ramadan fanous workshop, Cairo (Egyptian)
    ("ورشة فوانيس الحاج حسن، أيوه مين معايا؟", []),
    ("أنا أم كريم، اللي طلبت التلاتين فانوس نحاس للجمعية.", [("name", "أم كريم")]),
    ("أيوه يا حاجة، الفوانيس خلصت، الفانوس بتلتمية وخمسين جنيه، يعني عشرة آلاف وخمسمية.", []),
    ("هحوّلك الباقي على حساب الورشة، ولو في فلوس زيادة رجعها على حسابي " + A_EG + ".",
     [("iban", A_EG)]),
    ("الفانوس الكبير ارتفاعه متر وعشرين، وفيه إزاز ملون من خان الخليلي.", []),
    # --- knafeh / Nabulsi sweets, Amman (Palestinian-Jordanian)
    ("حلويات نابلس الأصلية، يسعد مساك، معك أبو العبد.", [("name", "أبو العبد")]),
    ("يسعد مساك عمي، أنا لانا الخطيب، بدي صينيتين كنافة ناعمة لعرس أخوي يوم الجمعة.",
     [("name", "لانا الخطيب")]),
    ("الصينية الكبيرة بخمسة وتلاتين دينار، بتكفي خمسين شخص.", []),
    ("وين بدك ياها توصل؟", []),
    ("على البيت، خلدا، شارع وصفي التل، عمارة ٣٣، الطابق الرابع.",
     [("address", "خلدا، شارع وصفي التل، عمارة ٣٣، الطابق الرابع")], "وين بدك ياها توصل؟"),
    ("وبدفع بالبطاقة، الرقم " + areg(A_C2[:4]) + "، " + areg(A_C2[4:8]) + "، " + A_C2[8:12] + "، " + A_C2[12:] + ".",
     [("card", areg(A_C2[:4]) + "، " + areg(A_C2[4:8]) + "، " + A_C2[8:12] + "، " + A_C2[12:])]),
    ("منطلع الكنافة من الفرن الساعة عشرة الصبح، بتوصلك سخنة قبل الضهر.", []),
]
assert len(A_C8) == 15
LANGS["ar"] = AR

AR += [
    # --- manakish / saj bakery, Beirut (Lebanese)
    ("فرن الضيعة للمناقيش، بونجور، معك ريتا.", [("name", "ريتا")]),
    ("بونجور ريتا، أنا إيلي حداد، بدي اطلب تلاتين منقوشة زعتر وعشرين جبنة لاجتماع بالمكتب.",
     [("name", "إيلي حداد")]),
    ("أكيد أستاذ، الزعتر بمية وخمسين ألف ليرة والجبنة بمتين ألف، أو فيك تدفع بالدولار.", []),
    ("الأشرفية، شارع مار مخايل، بناية نصار، الطابق الرابع، حد فرن الحطب.",
     [("address", "الأشرفية، شارع مار مخايل، بناية نصار، الطابق الرابع")], "العنوان لو سمحت؟"),
    ("سبعة وسبعين، تنين تلاتة أربعة، خمسة ستة تمانية. يعني ٧١ مش ٧٧، سوري، سبعة وواحد، ٧١ ٢٣٤ ٥٦٨.",
     [("phone", "سبعة وسبعين، تنين تلاتة أربعة، خمسة ستة تمانية"), ("phone", "٧١ ٢٣٤ ٥٦٨")], "ورقمك؟ إذا الديليفري ضاع."),
    ("منوصل خلال خمسة وأربعين دقيقة، الطلبية رقم ٣١٢٧.", []),
    ("وبدي ادفع الفاتورة الشهرية بالتحويل من حسابي، " + A_LB + ".", [("iban", A_LB)]),
    ("الصاج تبعنا بيشتغل عالغاز، منخبز من ستة الصبح لتلاتة بعد الضهر.", []),
    # --- tawla (backgammon) tournament, ahwa in Cairo
    ("قهوة الفيشاوي، بطولة الطاولة، مين معايا؟", []),
    ("أنا محمود عبد الفتاح، حمودة يعني، عايز أسجل في بطولة كبار السن.",
     [("name", "محمود عبد الفتاح"), ("name", "حمودة")]),
    ("يا حاج البطولة دي من خمسة وستين سنة وانت طالع، تاريخ ميلادك كام؟", []),
    ("مواليد تلاتة يناير ألف تسعمية تسعة وخمسين، يعني عندي خمسة وستين وشوية.",
     [("date_of_birth", "تلاتة يناير ألف تسعمية تسعة وخمسين")],
     "يا حاج البطولة دي من خمسة وستين سنة وانت طالع، تاريخ ميلادك كام؟"),
    ("الاشتراك مية جنيه، والجايزة الأولى خمستلاف جنيه، واللعب يوم الجمعة بعد الصلاة.", []),
    ("زيرو حداشر، أربعة صفر صفر، تسعة تمانية، واحد سبعة تلاتة.",
     [("phone", "زيرو حداشر، أربعة صفر صفر، تسعة تمانية، واحد سبعة تلاتة")], "رقم تليفونك يا حاج؟"),
    ("أدوار خروج المغلوب، اتنين وتلاتين لاعب، كل دور ١١ نقطة.", []),
    ("ابني هيبعتلكم الإيميل بتاعي، mahmoud.fattah59@yahoo.com.",
     [("email", "mahmoud.fattah59@yahoo.com")]),
    # --- Taliouine saffron cooperative (MSA, Qatari buyer)
    ("تعاونية سوكتانا للزعفران، تفضل.", []),
    ("السلام عليكم، معكم جاسم الكواري من الدوحة، أود شراء مئتي غرام من الزعفران الممتاز.",
     [("name", "جاسم الكواري")]),
    ("مرحبا بك سيدي، الغرام بعشرين دولاراً، والمجموع أربعة آلاف دولار بدون الشحن.", []),
    ("سأحوّل المبلغ من حسابي في بنك قطر الوطني، رقم الآيبان " + group4(A_QA) + ".",
     [("iban", group4(A_QA))]),
    ("وأرسلوا الفاتورة على البريد jassim.alkuwari@qnet.qa من فضلكم.",
     [("email", "jassim.alkuwari@qnet.qa")]),
    ("نقطف الزهور في نهاية أكتوبر ونجففها في الظل مدة أسبوعين.", []),
    # --- cedar-wood carving, Bsharri (Emirati customer)
    ("مشغل الأرز للحفر على الخشب، نهارك سعيد.", []),
    ("مرحبا، أنا مريم المنصوري من دبي، طلبت طاولة محفورة وصندوق مصحف.",
     [("name", "مريم المنصوري")]),
    ("أهلين مدام، الطاولة صارت جاهزة، بس بدنا عنوان التوصيل بدبي.", []),
    ("القصيص، شارع ٢٤، فيلا ١٧، قريب من مدرسة الإبداع.",
     [("address", "القصيص، شارع ٢٤، فيلا ١٧")], "أهلين مدام، الطاولة صارت جاهزة، بس بدنا عنوان التوصيل بدبي."),
    ("ونمرتي صفر خمسة صفر، تلاتة واحد تمانية، أربعة أربعة اتنين سبعة.",
     [("phone", "صفر خمسة صفر، تلاتة واحد تمانية، أربعة أربعة اتنين سبعة")]),
    ("والباقي بحوله من حسابي بالإمارات دبي الوطني: AE " + A_AE[2:4] + " " + A_AE[4:7] + " " + A_AE[7:] + ".",
     [("iban", "AE " + A_AE[2:4] + " " + A_AE[4:7] + " " + A_AE[7:])]),
    ("الشحن بالبحر من مرفأ بيروت لجبل علي بياخد تلات أسابيع تقريباً، وكلفته ٤٥٠ دولار.", []),
    # --- Egyptian-cotton bedding, Jeddah branch (Gulf / Egyptian / Sudanese customers)
    ("معرض قطن مصر جدة، معك ياسر، كيف أقدر أخدمك؟", [("name", "ياسر")]),
    ("هلا ياسر، أنا أبو فهد، أبغى أسجل في بطاقة الولاء.", [("name", "أبو فهد")]),
    ("تمام، نحتاج رقم الهوية وتاريخ الميلاد.", []),
    ("الهوية " + ar(A_SID2) + "، ومواليد خمسطعش ثلاثة ألف وتسعمية وثمانية وثمانين.",
     [("id", ar(A_SID2)), ("date_of_birth", "خمسطعش ثلاثة ألف وتسعمية وثمانية وثمانين")], "تمام، نحتاج رقم الهوية وتاريخ الميلاد."),
    ("أنا مقيم، رقم الإقامة " + aind(A_IQ1[:4]) + " " + aind(A_IQ1[4:7]) + " " + aind(A_IQ1[7:]) + " واسمي عبد الرحيم من السودان.",
     [("id", aind(A_IQ1[:4]) + " " + aind(A_IQ1[4:7]) + " " + aind(A_IQ1[7:])), ("name", "عبد الرحيم")]),
    ("طقم السرير الكينج بألف ومئتين ريال، وعليه خصم عشرين بالمية لين نهاية الشهر.", []),
    ("ادفع بمدى، الرقم " + aind(A_C3) + ".", [("card", aind(A_C3))]),
    ("إقامة زوجتي " + A_IQ2 + "، اكتبها على الفاتورة.", [("id", A_IQ2)]),
]

AR += [
    # --- babouche slipper workshop, Fez (Darija / MSA)
    ("ورشة البلغة الفاسية، مرحبا، شكون معايا؟", []),
    ("أنا حسناء الإدريسي من الرباط، بغيت ستين زوج ديال البلغة الصفرا للمحل ديالي.",
     [("name", "حسناء الإدريسي")]),
    ("الزوج بخمسة وثمانين درهم، ستين زوج بخمسة آلاف ومية درهم.", []),
    ("صيفطوها للعنوان ديالي: أكدال، زنقة فال ولد عمير، رقم ٣٨، الشقة ٥، الرباط.",
     [("address", "أكدال، زنقة فال ولد عمير، رقم ٣٨، الشقة ٥، الرباط")]),
    ("الإيميل ديالي hasnae point idrissi arobase gmail point com",
     [("email", "hasnae point idrissi arobase gmail point com")]),
    ("نخلص بالكارط: " + A_C5[:4] + " " + A_C5[4:8] + "، " + areg(A_C5[8:12]) + "، " + A_C5[12:] + ".",
     [("card", A_C5[:4] + " " + A_C5[4:8] + "، " + areg(A_C5[8:12]) + "، " + A_C5[12:])]),
    ("والتيليفون، زائد مئتين واثنا عشر، ستة، ستة وتسعين، اثنين وأربعين، عشرة، ثمانية وثمانين.",
     [("phone", "زائد مئتين واثنا عشر، ستة، ستة وتسعين، اثنين وأربعين، عشرة، ثمانية وثمانين")]),
    ("الجلد ديال الماعز كيتصبغ في دار الدباغة شوارة، وكنخدمو من الثمنية حتى الستة.", []),
    # --- thuya-wood marquetry, Essaouira (Saudi and Kuwaiti customers)
    ("السلام عليكم، أنا نورة الشمري، طلبت صندوق مجوهرات من خشب العرعار.", [("name", "نورة الشمري")]),
    ("للجمارك يبون رقم الهوية، " + A_SID3[:3] + " " + A_SID3[3:6] + " " + A_SID3[6:] + "، ومواليدي ١٩٩٢/٠٧/٠٤.",
     [("id", A_SID3[:3] + " " + A_SID3[3:6] + " " + A_SID3[6:]), ("date_of_birth", "١٩٩٢/٠٧/٠٤")]),
    ("بطاقتي أمريكان إكسبريس، " + A_C4[:4] + " " + A_C4[4:10] + " " + A_C4[10:] + ".",
     [("card", A_C4[:4] + " " + A_C4[4:10] + " " + A_C4[10:])]),
    ("ورقم إقامة السواق اللي بيستلم " + ar(A_IQ3) + ".", [("id", ar(A_IQ3))]),
    ("الصندوق مقاسه أربعين في خمسة وعشرين سنتي، وسعره تسعمية درهم.", []),
    # --- Arab citizen of Israel ordering mouneh boxes from Lebanon via a Jordanian agent
    ("أنا من الناصرة، اسمي سامي عودة، بدي اشترك بصندوق المونة الشهري.",
     [("name", "سامي عودة")]),
    ("الوكيل بعمّان بده رقم الهوية الإسرائيلية تبعي، " + ar(A_TZ) + ".",
     [("id", ar(A_TZ))]),
    ("والبلفون صفر خمسة اتنين، أربعة أربعة سبعة، واحد تمانية تسعة تلاتة.",
     [("phone", "صفر خمسة اتنين، أربعة أربعة سبعة، واحد تمانية تسعة تلاتة")]),
    ("الصندوق فيه مكدوس، كشك، دبس رمان ومربى تين، سعره خمسين دولار بالشهر.", []),
    ("تاريخ الميلاد؟ عشرين سبعة تسعين.", [("date_of_birth", "عشرين سبعة تسعين")]),
    ("sami.odeh90 at walla dot co dot il، هاد الإيميل.", [("email", "sami.odeh90 at walla dot co dot il")]),
    # --- papyrus gallery, Cairo (Egyptian caller, refund)
    ("معرض البردي في الهرم؟ أنا الدكتورة هالة منصور، اشتريت منكم لوحتين أكتوبر اللي فات.",
     [("name", "هالة منصور")]),
    ("رجعولي الفلوس على حساب البنك الأهلي " + A_EG2[:2] + " " + A_EG2[2:4] + " " + " ".join(A_EG2[4 + i:9 + i] for i in range(0, 25, 5)) + ".",
     [("iban", A_EG2[:2] + " " + A_EG2[2:4] + " " + " ".join(A_EG2[4 + i:9 + i] for i in range(0, 25, 5)))]),
    ("والإيميل hala underscore mansour at gmail dot com.", [("email", "hala underscore mansour at gmail dot com")]),
    ("اللوحة الكبيرة كانت بأربعتلاف وخمسمية جنيه، والفاتورة رقم ٢٠٧٧٥.", []),
    # --- dahabiya cruise: second booking (Saudi), payments
    ("أحوّل العربون من حساب الأهلي، الآيبان إس إيه " + ar(A_SA2[2:4]) + " ثم " + A_SA2[4:] + ".",
     [("iban", "إس إيه " + ar(A_SA2[2:4]) + " ثم " + A_SA2[4:])]),
    ("رقم الهوية الوطنية حقي " + aind(A_SID4) + " وتاريخ ميلادي ٢٢ أكتوبر ١٩٩٠.",
     [("id", aind(A_SID4)), ("date_of_birth", "٢٢ أكتوبر ١٩٩٠")]),
    ("البطاقة " + ar(A_C6[:4]) + "، " + ar(A_C6[4:8]) + "، " + ar(A_C6[8:12]) + "، " + ar(A_C6[12:]) + ".",
     [("card", ar(A_C6[:4]) + "، " + ar(A_C6[4:8]) + "، " + ar(A_C6[8:12]) + "، " + ar(A_C6[12:]))]),
    ("أرسل التأكيد على إيميلي: faisal dot harbi at outlook dot sa.",
     [("email", "faisal dot harbi at outlook dot sa")]),
    ("عنواني في جدة، حي الروضة، شارع الأمير سلطان، عمارة ١٢، شقة ٤.",
     [("address", "حي الروضة، شارع الأمير سلطان، عمارة ١٢، شقة ٤")]),
    ("بطاقة زوجتي " + A_C7 + "، هي أطول شوي.", [("card", A_C7)]),
    ("ودايْنرز كلوب " + aind(A_C8) + " لو الأولى ما مشيت.", [("card", aind(A_C8))]),
    ("مواليد ٥-١١-١٩٨٥ يا أخوي.", [("date_of_birth", "٥-١١-١٩٨٥")], "وتاريخ الميلاد؟"),
    ("تاريخ ميلادي الأول من رمضان سنة ١٤٠٨ هجري.", [("date_of_birth", "الأول من رمضان سنة ١٤٠٨ هجري")]),
    ("رحلة الذهبية من ١٤ إلى ١٩ يناير، خمس ليالي، وفيه زيارة لمعبد إدفو وكوم أمبو.", []),
    ("email: noura.shammari@icloud.com", [("email", "noura.shammari@icloud.com")]),
    ("أنا ساكنة في عمّان، جبل اللويبدة، شارع الكلية العلمية الإسلامية، بناية ٩، ابعتولي الكتالوج عليها.",
     [("address", "جبل اللويبدة، شارع الكلية العلمية الإسلامية، بناية ٩")]),
    ("اه تاريخ ميلادي تلاتطعش تسعة سبعة وسبعين", [("date_of_birth", "تلاتطعش تسعة سبعة وسبعين")],
     "بدنا تاريخ الميلاد عشان عرض عيد الميلاد."),
]


# ================================================================ HEBREW
H_TZ = [make_tz(x) for x in ("30112458", "06739214", "32597061", "20489736",
                             "33871502", "05215889", "31904477")]
H_IL = [make_iban("IL", x) for x in ("0108000000099999999", "0126860000000123456",
                                     "0204560000000456123", "0310990000000731026",
                                     "0117600000000602845")]
H_FR = make_iban("FR", "20041010050500013M02606")
H_GB = make_iban("GB", "LOYD30963612345678")
H_CY = make_iban("CY", "002001280000001200527600")
H_C = [luhn_complete(x) for x in ("458003123456789", "532610987654321", "37559012345678",
                                  "411122223333444", "540123456789012", "458011998877665",
                                  "36700123456789", "49051122334455")]

HE = [
    # --- argan-oil importer from a Moroccan cooperative (Ashdod shop)
    ("שלום, הגעתם לשמן ארגן ישיר ממרוקו, מדברת אודליה, איך אפשר לעזור?", [("name", "אודליה")]),
    ("אלו, שלום, כאן שמעון אטלן, יש לי חנות תבלינים באשדוד, רציתי להזמין עוד ארגז.",
     [("name", "שמעון אטלן")]),
    ("בשמחה. הבקבוק של מאה מ\"ל עולה ארבעים ותשעה שקל, וקרטון של עשרים וארבע בקבוקים זה אלף מאה ושמונים.", []),
    ("תשלח לחנות, הכתובת רחוב רוגוזין 14, מרכז מסחרי ב', אשדוד.",
     [("address", "רחוב רוגוזין 14, מרכז מסחרי ב', אשדוד")]),
    ("והחשבונית לאימייל, shimon.atlan שטרודל gmail נקודה com.",
     [("email", "shimon.atlan שטרודל gmail נקודה com")]),
    ("המשלוח יוצא מנמל אגדיר דרך מרסיי, לוקח בערך שלושה שבועות.", []),
    ("מספר ההזמנה שלך 4471, תשמור אותו.", []),
    ("אני משלם בהעברה מחשבון בלאומי, IL " + H_IL[0][2:4] + " " + " ".join(H_IL[0][4 + i:8 + i] for i in range(0, 19, 4)) + ".",
     [("iban", "IL " + H_IL[0][2:4] + " " + " ".join(H_IL[0][4 + i:8 + i] for i in range(0, 19, 4)))]),
    # --- knafeh bakery, Nazareth (Arab citizen agent, Ethiopian-Israeli caller)
    ("מתוקי אבו אשרף נצרת, שלום, מדבר מוחמד.", [("name", "מוחמד")]),
    ("שלום מוחמד, אני טספאי אדמסו מקריית גת, אני רוצה להזמין כנאפה לבר מצווה של הבן.",
     [("name", "טספאי אדמסו")]),
    ("מזל טוב! מגש גדול זה מאתיים ושמונים שקל, מספיק לשלושים איש.", []),
    ("אז שלושה מגשים, ליום חמישי בשתיים בצהריים.", []),
    ("מה הכתובת למשלוח, טספאי?", [("name", "טספאי")]),
    ("רחוב הגפן 7, דירה 3, קריית גת. ליד בית הכנסת של העדה.",
     [("address", "רחוב הגפן 7, דירה 3, קריית גת")], "מה הכתובת למשלוח, טספאי?"),
    ("והטלפון שלי אפס חמש שמונה, שש שתיים אחת, ארבע ארבע שבע אפס.",
     [("phone", "אפס חמש שמונה, שש שתיים אחת, ארבע ארבע שבע אפס")]),
    ("כרטיס אשראי: " + hef(H_C[0][:4]) + ", " + H_C[0][4:8] + ", " + H_C[0][8:12] + ", " + hef(H_C[0][12:]) + ".",
     [("card", hef(H_C[0][:4]) + ", " + H_C[0][4:8] + ", " + H_C[0][8:12] + ", " + hef(H_C[0][12:]))]),
    ("המחיר כולל משלוח עד שלושים קילומטר מנצרת, מעבר לזה עוד חמישים שקל.", []),
    # --- arak distillery visits, Galilee (Russian-speaking caller)
    ("יקב ומזקקת ערק אל-ג'ש, ערב טוב.", []),
    ("ערב טוב, שמי ולדימיר קוזלוב, אפשר וובה, רוצה להזמין סיור לשמונה אנשים בשבת.",
     [("name", "ולדימיר קוזלוב"), ("name", "וובה")]),
    ("בשמחה וובה. הסיור עם טעימות עולה שמונים וחמישה שקל לאדם, מתחיל באחת עשרה.", [("name", "וובה")]),
    ("בגלל הטעימות אני צריכה תאריך לידה של המזמין.", []),
    ("נולדתי שלושה בחמישה שמונים ושבע, ב-1987.",
     [("date_of_birth", "שלושה בחמישה שמונים ושבע, ב-1987")], "בגלל הטעימות אני צריכה תאריך לידה של המזמין."),
    ("תעודת זהות " + H_TZ[0][:3] + " " + H_TZ[0][3:6] + " " + H_TZ[0][6:] + ".",
     [("id", H_TZ[0][:3] + " " + H_TZ[0][3:6] + " " + H_TZ[0][6:])], "ותעודת זהות בבקשה."),
    ("vova.kozlov@mail.ru, זה המייל, בלי נקודה בסוף.", [("email", "vova.kozlov@mail.ru")]),
    ("הערק מזוקק שלוש פעמים עם אניס מהגליל, ומתיישן שנה בכדי חרס.", []),
    # --- Egyptian-cotton bedding store, Tel Aviv (Anglo caller)
    ("היי, אממ, זה ג'וש, ג'וש רוזנברג, I ordered the, סליחה, הזמנתי סט מצעים של אלף חוטים.",
     [("name", "ג'וש"), ("name", "ג'וש רוזנברג")]),
    ("כן, רואה את ההזמנה. זה הסט בצבע שמנת, מלכותי, 1,290 שקל.", []),
    ("I want to change the delivery, תשלחו לדירה החדשה: שדרות בן גוריון 62, דירה 9, תל אביב.",
     [("address", "שדרות בן גוריון 62, דירה 9, תל אביב")]),
    ("מספר הטלפון שלי פלוס תשע שבע שתיים, חמישים וארבע, שבע שבע שתיים, שלושים ותשע עשר.",
     [("phone", "פלוס תשע שבע שתיים, חמישים וארבע, שבע שבע שתיים, שלושים ותשע עשר")]),
    ("And for the US warranty they asked my social, " + "562-31-8047" + ".", [("id", "562-31-8047")]),
    ("המשלוח ביום שלישי בין שמונה לשתים עשרה.", []),
    ("אספקת המצעים מאלכסנדריה מתעכבת בגלל החגים, עוד עשרה ימים בערך.", []),
    # --- dahabiya Nile cruise (Israeli couple via Taba)
    ("שלום, מדברת מאיה מ'נילוס הפלגות', אתה מתקשר לגבי השייט באסואן?", [("name", "מאיה")]),
    ("כן, שמי צחי, יצחק בן דוד, רציתי לסגור לחמישה לילות בפברואר.",
     [("name", "צחי"), ("name", "יצחק בן דוד")]),
    ("השייט יוצא מאסנה ב-9 בפברואר, חוזרים ב-14, המחיר אלף ושש מאות דולר לזוג.", []),
    ("צריך מספר דרכון ותאריך לידה. תאריך לידה?", []),
    ("ט\"ו באב תשמ\"ב, רגע, לועזי זה... 4 באוגוסט 82.",
     [("date_of_birth", "ט\"ו באב תשמ\"ב"), ("date_of_birth", "4 באוגוסט 82")], "צריך מספר דרכון ותאריך לידה. תאריך לידה?"),
    ("מקדמה בכרטיס, " + H_C[1] + ", תוקף שתיים עשרים ושמונה.", [("card", H_C[1])]),
    ("המעבר בטאבה פתוח עד שמונה בערב, תגיעו לפני שש.", []),
]
LANGS["he"] = HE

HE += [
    # --- sheshbesh (tawla) tournament, Jaffa
    ("טורניר השש-בש של יפו, שלום, מדבר מוטי.", [("name", "מוטי")]),
    ("מוטי, אהלן, זה עביר ח'טיב מרמלה, רוצה לרשום את אבא שלי ואותי לטורניר.",
     [("name", "עביר ח'טיב")]),
    ("דמי ההרשמה מאה שקל לשחקן, הטורניר ביום שישי ה-22 בנובמבר, שישים וארבעה שחקנים.", []),
    ("שלוש שתיים, חמש תשע שבע, אפס שש אחת... ועוד ספרה, " + hef(H_TZ[2][8]) + ".",
     [("id", "שלוש שתיים, חמש תשע שבע, אפס שש אחת... ועוד ספרה, " + hef(H_TZ[2][8]))], "בשביל הפרס צריך תעודת זהות. שלך?"),
    ("לחשבון שלי בדואר, " + H_IL[1] + ".", [("iban", H_IL[1])], "ואם זוכים, לאיזה חשבון להעביר?"),
    ("המשחקים עד שבע נקודות, הגמר עד אחת עשרה, והפרס הראשון שלושת אלפים שקל.", []),
    ("הטלפון של עביר? אפס חמש שתיים, ארבע שמונה שבע, שלוש אחת אפס שש.",
     [("name", "עביר"), ("phone", "אפס חמש שתיים, ארבע שמונה שבע, שלוש אחת אפס שש")]),
    # --- papyrus gallery in Cairo, Israeli tourist ordering by phone (French immigrant)
    ("Bonjour, אה, שלום, קוראים לי אורנלה בן חמו, קניתי אצלכם פפירוס בקהיר ולא הגיע.",
     [("name", "אורנלה בן חמו")]),
    ("שלחנו אותו בדואר רשום ב-3 במרץ, מספר המעקב RR 204 883 917 EG.", []),
    ("החזר לחשבון שלי בצרפת, עוד לא סגרתי אותו, " + group4(H_FR) + ".", [("iban", group4(H_FR))]),
    ("ornella.benhamou arobase orange point fr, זה המייל.",
     [("email", "ornella.benhamou arobase orange point fr")]),
    ("הכתובת שלי עכשיו רחוב הרצל 45, דירה 12, נתניה.", [("address", "רחוב הרצל 45, דירה 12, נתניה")]),
    ("התמונה בגודל שישים על ארבעים, עלתה מאתיים ועשרים דולר.", []),
    # --- Dead Sea mud cosmetics (wholesale, Arad factory outlet)
    ("מפעל בוץ ים המלח, מדברת סבטלנה, שלום.", [("name", "סבטלנה")]),
    ("שלום סבטלנה, אני מלקה טגניה מחולון, יש לי מכון יופי, הזמנתי ארבעים מסכות.",
     [("name", "מלקה טגניה")]),
    ("כן גברת טגניה, המסכות במבצע, ארבעים יחידות בתשע מאות שקל במקום אלף מאתיים.", [("name", "טגניה")]),
    ("תשלום בכרטיס " + H_C[2][:4] + " " + H_C[2][4:10] + " " + H_C[2][10:] + ", אמריקן אקספרס.",
     [("card", H_C[2][:4] + " " + H_C[2][4:10] + " " + H_C[2][10:])]),
    ("החשבונית על שם העסק, ומספר עוסק מורשה זה תעודת הזהות שלי, " + H_TZ[1] + ".",
     [("id", H_TZ[1])]),
    ("המייל malke.tegegne@walla.co.il", [("email", "malke.tegegne@walla.co.il")]),
    ("המלח מים המלח מגיע בשקים של עשרים וחמישה קילו, משלוח ביום רביעי.", []),
    # --- koshary restaurant, Tel Aviv (Egyptian-style; young native caller)
    ("קושרי הנילוס, היי.", []),
    ("היי, זה דניאל, אפשר להזמין לשישה אנשים למשלוח?", [("name", "דניאל")]),
    ("ברור, מנה גדולה ארבעים ושניים שקל, שש מנות זה מאתיים חמישים ושתיים.", []),
    ("תשלחו ללבונטין 18, קומה שלישית, אין מעלית, ולהתקשר כשאתם למטה.",
     [("address", "לבונטין 18, קומה שלישית")], "לאיזו כתובת?"),
    ("תתקשרו לאפס חמש ארבע שבע שבע, שלוש חמש, שמונים ותשע.",
     [("phone", "אפס חמש ארבע שבע שבע, שלוש חמש, שמונים ותשע")]),
    ("המשלוח לוקח ארבעים דקות, והרוטב החריף בצד.", []),
    # --- saffron cooperative in Taliouine, Israeli chef (Moroccan roots)
    ("שלום, מדברת רחל אבוטבול, שפית במסעדה בבאר שבע, צריכה עשרים גרם זעפרן.",
     [("name", "רחל אבוטבול")]),
    ("גרם עולה שמונה עשר יורו, עשרים גרם זה שלוש מאות ושישים.", []),
    ("תרשמי את הכרטיס: " + hem(H_C[3][:4]) + " " + hem(H_C[3][4:8]) + " " + hem(H_C[3][8:12]) + " " + hem(H_C[3][12:]),
     [("card", hem(H_C[3][:4]) + " " + hem(H_C[3][4:8]) + " " + hem(H_C[3][8:12]) + " " + hem(H_C[3][12:]))]),
    ("ותאריך לידה בשביל המכס: 12.03.1984.", [("date_of_birth", "12.03.1984")]),
    ("rachel underscore abutbul at gmail dot com", [("email", "rachel underscore abutbul at gmail dot com")],
     "ומייל לאישור?"),
    ("הכתובת: שדרות רגר 120, באר שבע, זה הבית, מיקוד 8489311.",
     [("address", "שדרות רגר 120, באר שבע"), ("address", "8489311")]),
]

HE += [
    # --- babouche slipper workshop in Fez, Israeli shop owner (Russian immigrant)
    ("סדנת בבוש פאס? שלום, אני אלנה גורביץ', יש לי בוטיק בחיפה.", [("name", "אלנה גורביץ'")]),
    ("שמונים זוגות, מידות שלושים ושש עד ארבעים ושתיים, צבע צהוב ואדום.", []),
    ("העמיל מכס צריך תעודת זהות, " + hef(H_TZ[3][:2]) + " " + hef(H_TZ[3][2:5]) + " " + hef(H_TZ[3][5:]) + ".",
     [("id", hef(H_TZ[3][:2]) + " " + hef(H_TZ[3][2:5]) + " " + hef(H_TZ[3][5:]))]),
    ("תשלחו לבוטיק: רחוב מסדה 31, חיפה, ולטלפון שלי 052-8841730.",
     [("address", "רחוב מסדה 31, חיפה"), ("phone", "052-8841730")]),
    ("אני מעבירה מחשבון בבנק הפועלים, " + group4(H_IL[2]) + ".", [("iban", group4(H_IL[2]))]),
    ("הזוג עולה שבעה עשר דולר, המשלוח בים לחיפה חמישה שבועות.", []),
    # --- cedar-wood carving (Druze customer from Daliyat al-Karmel, via Cyprus agent)
    ("שלום, מדבר ואיל חלבי מדלית אל כרמל, הזמנתי ארגז מגולף מעץ ארז.", [("name", "ואיל חלבי")]),
    ("הסוכן בקפריסין ביקש שאעביר לחשבון שלו, לא, שאקבל החזר לחשבון שלי בקפריסין: " + H_CY + ".",
     [("iban", H_CY)]),
    ("תעודת זהות שלי " + H_TZ[4] + " ונולדתי ב-22 ביוני 1979.",
     [("id", H_TZ[4]), ("date_of_birth", "22 ביוני 1979")]),
    ("הטלפון אפס ארבע, שמונה שלוש תשע, אחת שתיים שתיים חמש, זה הבית.",
     [("phone", "אפס ארבע, שמונה שלוש תשע, אחת שתיים שתיים חמש")]),
    ("הארגז במידות מטר על חצי מטר, עולה אלף ומאתיים דולר כולל גילוף שם המשפחה.", []),
    # --- manakish / saj bakery in Daliyat (payments and orders)
    ("מאפיית הסאג' של אום עלי, ערב טוב.", []),
    ("אני רוצה עשרים פיתות סאג' עם זעתר לאירוע ביום ראשון בעשר בבוקר.", []),
    ("פיתה עם זעתר עשרה שקלים, עם לבנה וזעתר שתים עשרה.", []),
    ("הזמנה 318 נרשמה, אפשר לאסוף מהכניסה לכפר ליד התחנה.", []),
    ("תשלום בביט או בכרטיס. הכרטיס " + H_C[4][:4] + "-" + H_C[4][4:8] + "-" + H_C[4][8:12] + "-" + H_C[4][12:] + ".",
     [("card", H_C[4][:4] + "-" + H_C[4][4:8] + "-" + H_C[4][8:12] + "-" + H_C[4][12:])]),
    # --- argan importer: accounts and updates (mixed callers)
    ("אני רוצה לעדכן את החשבון להחזרים, " + "IL" + H_IL[3][2:] + ", זה חשבון ביחד עם אשתי.",
     [("iban", "IL" + H_IL[3][2:])]),
    ("מספר הזהות אפס חמש, שתיים אחת חמש, שמונה שמונה תשע, ועוד " + hef(H_TZ[5][8]) + ".",
     [("id", "אפס חמש, שתיים אחת חמש, שמונה שמונה תשע, ועוד " + hef(H_TZ[5][8]))]),
    ("תאריך הלידה שלי עשרים ואחד בינואר אלפיים ואחת.", [("date_of_birth", "עשרים ואחד בינואר אלפיים ואחת")]),
    ("נולדתי בשבעה בספטמבר שבעים ושש, בתימן.", [("date_of_birth", "בשבעה בספטמבר שבעים ושש")],
     "אני צריכה תאריך לידה לכרטיס מועדון."),
    ("המייל שלי yoni.mizrahi76 at hotmail.com, יוני מזרחי.", [("email", "yoni.mizrahi76 at hotmail.com")]),
    ("avital dot sharabi שטרודל yahoo dot com, שרעבי עם ע'.", [("email", "avital dot sharabi שטרודל yahoo dot com")]),
    ("החשבון בבריטניה של הבת שלי, תעבירו לשם: " + H_GB + ".", [("iban", H_GB)]),
    ("ת.ז. " + H_TZ[6][:4] + "-" + H_TZ[6][4:] + ", על שמי.", [("id", H_TZ[6][:4] + "-" + H_TZ[6][4:])]),
    ("כרטיס דיינרס " + H_C[6] + ".", [("card", H_C[6])]),
    ("ויזה, " + hef(H_C[7][:3]) + ", " + hef(H_C[7][3:6]) + ", " + hef(H_C[7][6:9]) + ", " + hef(H_C[7][9:12]) + ", " + hef(H_C[7][12:]) + ".",
     [("card", hef(H_C[7][:3]) + ", " + hef(H_C[7][3:6]) + ", " + hef(H_C[7][6:9]) + ", " + hef(H_C[7][9:12]) + ", " + hef(H_C[7][12:]))]),
    ("ואת ההחזר השני לחשבון " + H_IL[4][:4] + " " + H_IL[4][4:] + ".", [("iban", H_IL[4][:4] + " " + H_IL[4][4:])]),
    ("טלפון נייד 050-6612284, ובבית 03-5247719.", [("phone", "050-6612284"), ("phone", "03-5247719")]),
    ("מספר הטלפון: פלוס תשע שבע שתיים חמש שלוש, שלוש אחת שתיים, תשעים ושמונה עשרים ושתיים.",
     [("phone", "פלוס תשע שבע שתיים חמש שלוש, שלוש אחת שתיים, תשעים ושמונה עשרים ושתיים")]),
    ("mehari.y@gmail.com זה המייל של מהרי, כלומר שלי.", [("email", "mehari.y@gmail.com"), ("name", "מהרי")]),
    ("תאריך לידה 15/04/1966.", [("date_of_birth", "15/04/1966")]),
    ("מספר הכרטיס " + H_C[5][:8] + " " + H_C[5][8:] + ", ישראכרט, תוקף אחת עשרה עשרים ושבע.",
     [("card", H_C[5][:8] + " " + H_C[5][8:])]),
    # --- non-personal lines across the calls
    ("המבצע בתוקף עד ה-31 בדצמבר, עשרים אחוז הנחה על כל המצעים.", []),
    ("החיוב של 349 שקל ירד מהכרטיס ב-5 באוקטובר, כתוב שם נילוס הפלגות.", []),
    ("ההסכם איתכם התחיל בינואר 2022 והוא לשלוש שנים.", []),
    ("מספר הפנייה שלך 88213, נחזור אליך תוך שלושה ימי עסקים.", []),
    ("בית מרקחת סופר-פארם ברחוב ויצמן, שם תאספו את החבילה.", []),
    ("הטיסה של ארקיע לשארם יוצאת בשש וחצי, חדר 214 במלון שמור לכם.", []),
    ("השמן של משה, הברנד הזה מאגדיר, נמכר אצלנו חמישים ושמונה שקל.", []),
    ("יום שני ושלישי סגור, ביום רביעי פתוח עד שמונה.", []),
    ("משקל החבילה שבעה קילו שלוש מאות, והמכס עלה מאה ועשרים שקל.", []),
    ("דגם התנור SJ-450, אחריות לשנתיים.", []),
    ("המעקב LP 0047 3318 2290 IL, החבילה בבית הדואר בלוד.", []),
    ("הסיור בשבת מלא, יש מקום ביום ראשון ב-11 וב-15.", []),
    ("בדרך לגולן עוברים ליד כפר כנא ואז עוד עשרים דקות.", []),
    ("ארבעה מגשים של כנאפה ועשרה קילו בקלאווה, סה\"כ אלף שש מאות וארבעים.", []),
]


# ================================================================ GREEK
G_AFM = [make_afm(x) for x in ("04573219", "11286405", "07730148", "13094572",
                               "06621893", "03358017", "12840736")]
G_TZ = make_tz("32715904")
G_GR = [make_iban("GR", x) for x in ("01101250000000012300695", "01720340005034073412157",
                                     "02601410000140102876543", "01404150415002101234567")]
G_CY = [make_iban("CY", x) for x in ("002001280000001200527611", "005001150000115012345678",
                                     "018000020000000012345901")]
G_LB = make_iban("LB", "005700000000000001234567")
G_C = [luhn_complete(x) for x in ("451647000123456", "535822110044567", "37661122334455",
                                  "402360987612345", "516732004518839", "476173000098765",
                                  "30125647382910", "67591234567890123")]

EL = [
    # --- tavli tournament, Thessaloniki club (older caller)
    ("Λέσχη τάβλι Καλαμαριάς, καλησπέρα, ο Στράτος εδώ.", [("name", "Στράτος")]),
    ("Καλησπέρα παιδί μου, με λένε Χαράλαμπο Ιωαννίδη, θέλω να δηλώσω συμμετοχή στο τουρνουά.",
     [("name", "Χαράλαμπο Ιωαννίδη")]),
    ("Βεβαίως κύριε Ιωαννίδη. Παίζουμε πόρτες, πλακωτό και φεύγα, μέχρι τους πέντε πόντους.",
     [("name", "Ιωαννίδη")]),
    ("Η συμμετοχή είναι είκοσι ευρώ, το τουρνουά ξεκινάει Σάββατο 16 Νοεμβρίου στις έξι το απόγευμα.", []),
    ("Για το έπαθλο χρειάζομαι ΑΦΜ, αν κερδίσετε πάνω από τριακόσια ευρώ.", []),
    ("ΑΦΜ " + el(G_AFM[0][:3]) + ", " + el(G_AFM[0][3:6]) + ", " + el(G_AFM[0][6:]) + ".",
     [("id", el(G_AFM[0][:3]) + ", " + el(G_AFM[0][3:6]) + ", " + el(G_AFM[0][6:]))],
     "Για το έπαθλο χρειάζομαι ΑΦΜ, αν κερδίσετε πάνω από τριακόσια ευρώ."),
    ("Εξήντα εννιά, τριάντα επτά, τετρακόσια δώδεκα, ογδόντα οχτώ, ένα. Το ξαναλέω: 6937 412 881.",
     [("phone", "Εξήντα εννιά, τριάντα επτά, τετρακόσια δώδεκα, ογδόντα οχτώ, ένα"),
      ("phone", "6937 412 881")], "Κι ένα κινητό;"),
    ("Πρώτο έπαθλο πεντακόσια ευρώ και το κύπελλο, δεύτερο διακόσια.", []),
    ("Έχουμε τριάντα δύο παίκτες, οι αγώνες είναι στο καφενείο της Κομνηνών.", []),
    # --- dahabiya Nile cruise (Greek couple from Athens)
    ("Καλημέρα, Nile Ibis dahabiyas, είμαι η Μαρίνα, μιλάω ελληνικά, πώς μπορώ να βοηθήσω;", [("name", "Μαρίνα")]),
    ("Καλημέρα, λέγομαι Κατερίνα Ζαχαρίου, θέλουμε κρουαζιέρα πέντε νύχτες για δύο άτομα τον Μάρτιο.",
     [("name", "Κατερίνα Ζαχαρίου")]),
    ("Το σκάφος φεύγει από την Έσνα στις 8 Μαρτίου και φτάνει Ασουάν στις 13, χίλια εξακόσια δολάρια το άτομο.", []),
    ("Γεννήθηκα δώδεκα του τρία του ογδόντα τέσσερα.", [("date_of_birth", "δώδεκα του τρία του ογδόντα τέσσερα")],
     "Χρειάζομαι ημερομηνία γέννησης για τις άδειες."),
    ("Και το email σας κυρία Ζαχαρίου;", [("name", "Ζαχαρίου")]),
    ("katerina κάτω παύλα zach παπάκι gmail τελεία com.", [("email", "katerina κάτω παύλα zach παπάκι gmail τελεία com")],
     "Και το email σας κυρία Ζαχαρίου;"),
    ("Η προκαταβολή με κάρτα, " + " ".join(G_C[0][i:i + 4] for i in range(0, 16, 4)) + ".",
     [("card", " ".join(G_C[0][i:i + 4] for i in range(0, 16, 4)))]),
    ("Η πτήση A3 938 φτάνει Κάιρο στις 14:20, και μετά πτήση εσωτερικού για Λούξορ.", []),
    # --- papyrus gallery, Cairo (Cypriot customer, refund)
    ("Γεια σας, εγώ είμαι η Γιώτα, Παναγιώτα Χριστοδούλου, από τη Λεμεσό, πήρα δύο παπύρους που ήρθαν σκισμένοι.",
     [("name", "Γιώτα"), ("name", "Παναγιώτα Χριστοδούλου")]),
    ("Λυπάμαι πολύ κυρία Γιώτα, θα σας επιστρέψουμε εκατόν είκοσι ευρώ. Σε ποιον λογαριασμό;", [("name", "Γιώτα")]),
    ("Στην Τράπεζα Κύπρου, " + group4(G_CY[0]) + ".", [("iban", group4(G_CY[0]))],
     "Λυπάμαι πολύ κυρία Γιώτα, θα σας επιστρέψουμε εκατόν είκοσι ευρώ. Σε ποιον λογαριασμό;"),
    ("Η διεύθυνση αποστολής είναι Λεωφόρος Μακαρίου 23, διαμέρισμα 4, Λεμεσός 3030.",
     [("address", "Λεωφόρος Μακαρίου 23, διαμέρισμα 4, Λεμεσός 3030")]),
    ("Το κινητό μου ενενήντα εννιά, εξήντα οχτώ, είκοσι ένα, σαράντα πέντε.",
     [("phone", "ενενήντα εννιά, εξήντα οχτώ, είκοσι ένα, σαράντα πέντε")]),
    ("Ο πάπυρος με τη Νεφερτίτη έχει εξήντα επί σαράντα, η παραγγελία ήταν η 20775.", []),
    # --- argan-oil cooperative, Greek cosmetics shop in Chania
    ("Tifawin argan, γεια σας, Khadija, speak English or French?", [("name", "Khadija")]),
    ("Ναι, εεε, English, I am Eftychia, Ευτυχία Μαρκάκη, shop in Chania, θέλω να παραγγείλω.",
     [("name", "Eftychia"), ("name", "Ευτυχία Μαρκάκη")]),
    ("Σαράντα μπουκάλια των εκατό ml, δεκατρία ευρώ το ένα, και δέκα του λίτρου.", []),
    ("Στείλτε τα στο μαγαζί, η διεύθυνση είναι Χάληδων 58, Χανιά 731 31.",
     [("address", "Χάληδων 58, Χανιά 731 31")]),
    ("Το τιμολόγιο με ΑΦΜ " + G_AFM[1] + ".", [("id", G_AFM[1])]),
    ("Πληρωμή με μεταφορά από την Πειραιώς, " + G_GR[0] + ".", [("iban", G_GR[0])]),
    ("email eftychia.markaki@yahoo.gr", [("email", "eftychia.markaki@yahoo.gr")]),
    ("Το φορτηγό φεύγει από το Αγκαντίρ την Τρίτη, φτάνει Πειραιά σε δώδεκα μέρες.", []),
    # --- Lebanese arak importer, Limassol (young Cypriot caller)
    ("Καλησπέρα, Cedar Spirits Λεμεσός, η Ρίτα εδώ.", [("name", "Ρίτα")]),
    ("Γεια, ο Λάμπρος είμαι, θέλω δύο κιβώτια αράκ για γάμο, το Ksarak.",
     [("name", "Λάμπρος")]),
    ("Το κιβώτιο έχει δώδεκα μπουκάλια, εκατόν ογδόντα ευρώ, με παράδοση Παρασκευή.", []),
    ("Επειδή είναι αλκοόλ, ημερομηνία γέννησης;", []),
    ("εικοσιπέντε οχτώ ενενήντα εννιά", [("date_of_birth", "εικοσιπέντε οχτώ ενενήντα εννιά")],
     "Επειδή είναι αλκοόλ, ημερομηνία γέννησης;"),
    ("Να το φέρετε στο σπίτι, μένω στην οδό Ανεξαρτησίας 7, Γερμασόγεια.",
     [("address", "οδό Ανεξαρτησίας 7, Γερμασόγεια")]),
    ("τηλέφωνο εννιά έξι τέσσερα πέντε τρία ένα οχτώ δύο", [("phone", "εννιά έξι τέσσερα πέντε τρία ένα οχτώ δύο")]),
    ("Το Ksarak είναι από την κοιλάδα Μπεκάα, σαράντα βαθμούς, το έχουμε από το 2015.", []),
]
LANGS["el"] = EL

EL += [
    # --- Lebanese knafeh & sweets shop, Larnaca
    ("Γλυκά Λιβάνου Λάρνακα, γεια σας, είμαι ο Ζιάντ.", [("name", "Ζιάντ")]),
    ("Γεια σας, Αντρέας Κωνσταντίνου, θέλω κνάφε για τη βάφτιση της εγγονής μου την Κυριακή.",
     [("name", "Αντρέας Κωνσταντίνου")], "Με ποιον μιλάω, παρακαλώ;"),
    ("Το μεγάλο ταψί είναι εξήντα πέντε ευρώ, φτάνει για σαράντα άτομα.", []),
    ("Δύο ταψιά και ένα κιλό μπακλαβά, σύνολο εκατόν πενήντα ευρώ.", []),
    ("Πού να τα φέρουμε κύριε Αντρέα;", [("name", "Αντρέα")]),
    ("Στην αίθουσα όχι, στο σπίτι. Οδός Γρηγόρη Αυξεντίου 14, Αραδίππου.",
     [("address", "Οδός Γρηγόρη Αυξεντίου 14, Αραδίππου")], "Πού να τα φέρουμε κύριε Αντρέα;"),
    ("Η κάρτα μου, " + el(G_C[1][:4]) + ", " + el(G_C[1][4:8]) + ", " + el(G_C[1][8:12]) + ", " + el(G_C[1][12:]) + ".",
     [("card", el(G_C[1][:4]) + ", " + el(G_C[1][4:8]) + ", " + el(G_C[1][8:12]) + ", " + el(G_C[1][12:]))]),
    ("Το κνάφε βγαίνει από τον φούρνο στις δέκα, θα είναι εκεί πριν τις έντεκα και μισή.", []),
    # --- Egyptian-cotton bedding for a hotel in Paphos
    ("Καλημέρα, Giza Linen, η Σάρα στο τηλέφωνο.", [("name", "Σάρα")]),
    ("Καλημέρα, Τάκης Γεωργίου, ξενοδοχείο στην Πάφο, παραγγείλαμε εκατόν είκοσι σεντόνια.",
     [("name", "Τάκης Γεωργίου")]),
    ("Ναι κύριε Γεωργίου, τα σεντόνια είναι τετρακόσιες κλωστές, δεκαοχτώ ευρώ το ένα.", [("name", "Γεωργίου")]),
    ("Η πληρωμή από την Ελληνική Τράπεζα, CY" + G_CY[1][2:4] + " " + " ".join(G_CY[1][4 + i:8 + i] for i in range(0, 24, 4)) + ".",
     [("iban", "CY" + G_CY[1][2:4] + " " + " ".join(G_CY[1][4 + i:8 + i] for i in range(0, 24, 4)))]),
    ("Η παράδοση έγινε 3 Απριλίου, αλλά λείπουν δεκαπέντε μαξιλαροθήκες.", []),
    ("takis.georgiou παπάκι cytanet τελεία com τελεία cy", [("email", "takis.georgiou παπάκι cytanet τελεία com τελεία cy")],
     "Ένα email για το τιμολόγιο;"),
    ("Το προσωπικό μου κινητό, συν τριακόσια πενήντα εφτά, ενενήντα εννιά, τριακόσια δώδεκα, πεντακόσια εξήντα.",
     [("phone", "συν τριακόσια πενήντα εφτά, ενενήντα εννιά, τριακόσια δώδεκα, πεντακόσια εξήντα")]),
    # --- Taliouine saffron cooperative (young Athenian pastry chef)
    ("Γεια, είμαι ο Άρης, ζαχαροπλάστης στο Παγκράτι, χρειάζομαι δέκα γραμμάρια σαφράν.", [("name", "Άρης")]),
    ("Το γραμμάριο είκοσι ευρώ, με τα μεταφορικά διακόσια δεκαπέντε.", []),
    ("Κάρτα " + G_C[2][:4] + " " + G_C[2][4:10] + " " + G_C[2][10:] + ", American Express.",
     [("card", G_C[2][:4] + " " + G_C[2][4:10] + " " + G_C[2][10:])]),
    ("Η διεύθυνσή μου Υμηττού 102, Παγκράτι, 116 33 Αθήνα.", [("address", "Υμηττού 102, Παγκράτι, 116 33 Αθήνα")]),
    ("aris.pastry@gmail.com, όλα μικρά.", [("email", "aris.pastry@gmail.com")]),
    ("Ο κρόκος Κοζάνης είναι ακριβότερος φέτος, γι' αυτό παίρνω από Μαρόκο.", []),
    # --- thuya-wood marquetry, Essaouira (older Athenian collector)
    ("Ναι, καλημέρα σας, Σπυρίδων Ανδρέου, Σπύρος, παρήγγειλα ένα σκάκι από θούγια.",
     [("name", "Σπυρίδων Ανδρέου"), ("name", "Σπύρος")]),
    ("Για το τελωνείο το ΑΦΜ μου είναι " + G_AFM[2][:3] + " " + G_AFM[2][3:6] + " " + G_AFM[2][6:] + ".",
     [("id", G_AFM[2][:3] + " " + G_AFM[2][3:6] + " " + G_AFM[2][6:])]),
    ("Ημερομηνία γέννησης 15/08/1948, ο Δεκαπενταύγουστος.", [("date_of_birth", "15/08/1948")]),
    ("Μένω στην Πατησίων 112, τρίτος όροφος, Αθήνα.", [("address", "Πατησίων 112, τρίτος όροφος, Αθήνα")]),
    ("Σταθερό διακόσια δέκα, οχτακόσια είκοσι τρία, σαράντα πέντε δεκαεφτά.",
     [("phone", "διακόσια δέκα, οχτακόσια είκοσι τρία, σαράντα πέντε δεκαεφτά")]),
    ("Το σκάκι είναι σαράντα πέντε εκατοστά, τετρακόσια ευρώ, τα πιόνια τα φτιάχνουν με το χέρι.", []),
    # --- Dead Sea mud cosmetics, Greek pharmacy reseller
    ("Καλησπέρα, φαρμακείο Δημάκη από τον Βόλο, είμαι η Δήμητρα Δημάκη.",
     [("name", "Δήμητρα Δημάκη")]),
    ("Θέλουμε επιστροφή για τις μάσκες, στον λογαριασμό " + group4(G_GR[1]) + ".",
     [("iban", group4(G_GR[1]))]),
    ("ΑΦΜ του φαρμακείου, δηλαδή δικό μου, " + el(G_AFM[3]) + ".", [("id", el(G_AFM[3]))]),
    ("Οι μάσκες των πεντακοσίων γραμμαρίων, δώδεκα τεμάχια, σπασμένα τα τέσσερα.", []),
]

EL += [
    # --- babouche slipper workshop, Fez (shop in Monastiraki)
    ("Θέλω εκατό ζευγάρια μπαμπούτσες για το μαγαζί στο Μοναστηράκι, κίτρινες και μπορντό.", []),
    ("Πληρώνω με κάρτα: " + G_C[3][:4] + "-" + G_C[3][4:8] + "-" + G_C[3][8:12] + "-" + G_C[3][12:] + ".",
     [("card", G_C[3][:4] + "-" + G_C[3][4:8] + "-" + G_C[3][8:12] + "-" + G_C[3][12:])]),
    ("Το ΑΦΜ της ατομικής μου επιχείρησης, " + G_AFM[4] + ".", [("id", G_AFM[4])]),
    ("Το κινητό μου είναι +30 697 412 8831.", [("phone", "+30 697 412 8831")]),
    ("Το ζευγάρι δεκαεπτά ευρώ, το κοντέινερ φτάνει Πειραιά σε τρεις εβδομάδες.", []),
    # --- Ramadan fanous workshop, Cairo (Egyptian-Greek from Alexandria, older)
    ("Είμαι η κυρία Ευανθία, Ευανθία Μπενάκη, γεννήθηκα στην Αλεξάνδρεια, θέλω δύο φανάρια για την εκκλησία μας.",
     [("name", "Ευανθία"), ("name", "Ευανθία Μπενάκη")]),
    ("γεννήθηκα εικοσιτρείς Ιανουαρίου του σαράντα εννιά", [("date_of_birth", "εικοσιτρείς Ιανουαρίου του σαράντα εννιά")],
     "Για την κάρτα μέλους, ημερομηνία γέννησης;"),
    ("Το email της κόρης μου, που είναι και δικό μου: evanthia underscore b at otenet dot gr.",
     [("email", "evanthia underscore b at otenet dot gr")]),
    ("Η διεύθυνση: Αγίου Δημητρίου 9, Νέα Σμύρνη, 171 21.", [("address", "Αγίου Δημητρίου 9, Νέα Σμύρνη, 171 21")]),
    ("Το μεγάλο φανάρι είναι ογδόντα εκατοστά, χίλια οχτακόσια πενήντα λίρες Αιγύπτου.", []),
    # --- koshary restaurant in Athens (Egyptian owner), catering for students
    ("Κοσάρι Ταχρίρ, γεια σας.", []),
    ("Γεια, θέλω είκοσι μερίδες για το Σάββατο στις δύο, ο αριθμός παραγγελίας είναι 3318;", []),
    ("Η μερίδα έξι ευρώ και πενήντα, είκοσι μερίδες εκατόν τριάντα.", []),
    ("Ναι, η κάρτα είναι " + el(G_C[4][:4]) + " " + G_C[4][4:8] + " " + G_C[4][8:12] + " " + el(G_C[4][12:]) + ".",
     [("card", el(G_C[4][:4]) + " " + G_C[4][4:8] + " " + G_C[4][8:12] + " " + el(G_C[4][12:]))]),
    # --- mouneh preserves boxes, Lebanese-Greek family
    ("Η μηνιαία συνδρομή στο κουτί με τα μουνέ, σαράντα πέντε ευρώ, από 1η Φεβρουαρίου.", []),
    ("Πάρτε τα από τον λογαριασμό μου στη Eurobank, " + G_GR[2] + ".", [("iban", G_GR[2])]),
    ("Ο παλιός μου λογαριασμός στον Λίβανο είναι " + group4(G_LB) + ", αλλά έχει κλείσει σχεδόν.",
     [("iban", group4(G_LB))]),
    ("Γεννήθηκα στις 7 Ιουνίου 1990.", [("date_of_birth", "7 Ιουνίου 1990")]),
    ("ημερομηνία γέννησης μηδέν τέσσερα, μηδέν εφτά, ογδόντα εφτά", [("date_of_birth", "μηδέν τέσσερα, μηδέν εφτά, ογδόντα εφτά")]),
    ("Η ταυτότητά μου είναι ισραηλινή, " + G_TZ + ", γιατί ζω στη Χάιφα, αλλά στέλνετε στη Λευκωσία.",
     [("id", G_TZ)]),
    ("λογαριασμός Alpha Bank " + G_GR[3][:2] + " " + el(G_GR[3][2:4]) + " " + G_GR[3][4:] + ".",
     [("iban", G_GR[3][:2] + " " + el(G_GR[3][2:4]) + " " + G_GR[3][4:])]),
    ("Συνεταιριστική Κύπρου, " + G_CY[2] + ".", [("iban", G_CY[2])]),
    ("Το ΑΦΜ: " + G_AFM[5][:4] + "." + G_AFM[5][4:] + ".", [("id", G_AFM[5][:4] + "." + G_AFM[5][4:])]),
    ("ΑΦΜ εκατόν είκοσι οχτώ, τετρακόσια επτά, τριάντα έξι... και " + el(G_AFM[6][8]) + ".",
     [("id", "εκατόν είκοσι οχτώ, τετρακόσια επτά, τριάντα έξι... και " + el(G_AFM[6][8]))]),
    ("Α, ναι: γεννήθηκα 30 του Νοέμβρη του '72.", [("date_of_birth", "30 του Νοέμβρη του '72")]),
    ("η κάρτα " + G_C[5] + " λήγει δώδεκα του είκοσι οχτώ", [("card", G_C[5])]),
    ("Diners " + G_C[6][:4] + " " + G_C[6][4:10] + " " + G_C[6][10:] + ".", [("card", G_C[6][:4] + " " + G_C[6][4:10] + " " + G_C[6][10:])]),
    ("και η Maestro, " + G_C[7] + ".", [("card", G_C[7])]),
    ("Το email είναι nikos.sarris84@hotmail.com.", [("email", "nikos.sarris84@hotmail.com")]),
    ("Το email μου; giorgos.pap1961 παπάκι hotmail.gr", [("email", "giorgos.pap1961 παπάκι hotmail.gr")]),
    ("Γεννήθηκα 3 Μαΐου 1961, στη Λεμεσό.", [("date_of_birth", "3 Μαΐου 1961")]),
    ("γράψτε: m punto... όχι, m τελεία haddad παπάκι outlook τελεία com",
     [("email", "m τελεία haddad παπάκι outlook τελεία com")]),
    ("Στείλτε στη διεύθυνση Ερμού 45, Αθήνα, 105 63, δίπλα στην Καπνικαρέα.",
     [("address", "Ερμού 45, Αθήνα, 105 63")]),
    ("Το σταθερό μου είναι 22 345678 στη Λευκωσία.", [("phone", "22 345678")]),
    ("Κινητό, εξήντα εννιά σαράντα τέσσερα, πεντακόσια ογδόντα, δεκαεφτά είκοσι ένα.",
     [("phone", "εξήντα εννιά σαράντα τέσσερα, πεντακόσια ογδόντα, δεκαεφτά είκοσι ένα")]),
    # --- non-personal lines
    ("Η χρέωση των ογδόντα εννιά ευρώ έγινε στις 12 Σεπτεμβρίου, με την περιγραφή GIZA LINEN.", []),
    ("Το συμβόλαιο με το ξενοδοχείο ξεκίνησε τον Μάιο του 2021 και είναι τριετές.", []),
    ("Ο αριθμός αποστολής είναι 5521 0098 734, θα τον βρείτε στο ACS.", []),
    ("Το δωμάτιο 214 στο κρουαζιερόπλοιο είναι με θέα, στο πάνω κατάστρωμα.", []),
    ("Η Παρασκευή και το Σάββατο είναι γεμάτα, έχουμε Κυριακή στις 11.", []),
    ("Μπορείτε να περάσετε από το μαγαζί στην Αθηνάς, απέναντι από τη Βαρβάκειο.", []),
    ("Το Σωτήρης Bakery είναι άλλη εταιρεία, εμείς είμαστε Γλυκά Λιβάνου.", []),
    ("Είκοσι τοις εκατό έκπτωση μέχρι τις 31 του μήνα, για παραγγελίες πάνω από εκατό ευρώ.", []),
    ("Το αίτημά σας είναι το 77102, θα σας καλέσουμε μέσα σε τρεις εργάσιμες.", []),
    ("Η πτήση Aegean A3 932 για Κάιρο έχει καθυστέρηση σαράντα λεπτά.", []),
    ("Το μοντέλο φαναριού FN-80 ζυγίζει τέσσερα κιλά και έχει εξήντα τζαμάκια.", []),
    ("Η ζυγαριά έδειξε δώδεκα κιλά και τριακόσια, άρα πληρώνετε τριάντα δύο ευρώ μεταφορικά.", []),
    ("Η κρουαζιέρα κρατάει πέντε νύχτες, τέσσερις στάσεις, Έσνα, Έντφου, Κομ Όμπο, Ασουάν.", []),
    ("Στις 9:30 ανοίγουμε, κλείνουμε στις 5, και το Σάββατο μέχρι τις 2.", []),
    ("Ο Λίβανος και η Κύπρος έχουν πλοίο κάθε Πέμπτη, ο ναύλος διακόσια ευρώ.", []),
    ("Τα σεντόνια κλάσης Giza 45, διακόσια σαράντα επί διακόσια εξήντα, κωδικός 4410.", []),
    ("Η γιορτή του Αγίου Νικολάου, 6 Δεκεμβρίου, είμαστε κλειστά.", []),
]


# ---------------------------------------------------------------- main
def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    for lang, items in LANGS.items():
        rows = build(items, lang)
        texts = [r["text"] for r in rows]
        assert len(set(texts)) == len(texts), "duplicate text in " + lang
        counts = {}
        for r in rows:
            for s in r["spans"]:
                counts[s["kind"]] = counts.get(s["kind"], 0) + 1
        empty = sum(1 for r in rows if not r["spans"])
        with open(os.path.join(OUT_DIR, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(lang, len(rows), "items,", empty, "non-personal,",
              sum(counts.values()), "spans", dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
