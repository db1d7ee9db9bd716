#!/usr/bin/env python3
"""Blind evaluation set 43 for the call-transcript personal-data redactor.

Written by a helper session working only from a written brief: it never read the
redactor, its rules, its tests or any other evaluation set or generator. All values
are invented; check digits (Luhn, IBAN mod-97, Teudat Zehut, Greek AFM, Saudi ID)
are computed here and every span is asserted.

Sectors (businesses typical of Greece and Cyprus): halloumi dairy trade orders,
koulouri bakery franchise, loukoumi (Cyprus delight) factory, bougatsa catering,
tavli (backgammon) board workshop, evil-eye (mati) jewellery workshop, kaiki
wooden-boat shipyard, sea-salt works shop, kazani tsipouro-still booking,
stefana (wedding crowns) shop, foukou clay-oven builder, table-olive packing
house, krokos saffron mail-order, flokati rug workshop, Cretan knife maker,
tsarouchia (traditional shoe) workshop.

Output: data/redaction/blind43/{en,ar,he,el}.jsonl, one JSON object a line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}
kind is one of card, iban, id, phone, email, date_of_birth, name, address;
start/end are byte offsets into the UTF-8 encoding of text (end exclusive);
context (optional) is an earlier line of the same call, not scored.
Items with empty spans are non-personal and must come out unchanged.
"""
import json
import os
import re
from collections import Counter

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "redaction", "blind43")


# ---------- check digits ----------
def luhn_ok(s):
    d = [int(c) for c in s]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn(prefix):
    """Complete prefix with a Luhn check digit."""
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "MA": 28, "FR": 27, "NL": 18, "QA": 29, "KW": 30}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return (s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]]
            and _iban_num(s[4:] + s[:4]) % 97 == 1)


def iban(cc, bban):
    chk = 98 - _iban_num(bban + cc + "00") % 97
    s = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(s) and len(s) == IBAN_LEN[cc], s
    return s


def tz_ok(s):
    s = s.zfill(9)
    tot = 0
    for i, c in enumerate(s):
        x = int(c) * (1 + i % 2)
        tot += x // 10 + x % 10
    return len(s) == 9 and tot % 10 == 0


def tz(p8):
    for c in "0123456789":
        if tz_ok(p8 + c):
            return p8 + c
    raise AssertionError


def afm_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    tot = sum(int(s[i]) * 2 ** (8 - i) for i in range(8))
    return tot % 11 % 10 == int(s[8])


def afm(p8):
    s = p8 + str(sum(int(p8[i]) * 2 ** (8 - i) for i in range(8)) % 11 % 10)
    assert afm_ok(s)
    return s


def saudi(p9):
    assert p9[0] in "12" and len(p9) == 9
    return luhn(p9)


def ssn_ok(s):
    a, g, n = s.split("-")
    return (len(a), len(g), len(n)) == (3, 2, 4) and a not in ("000", "666") and int(a) < 900 \
        and g != "00" and n != "0000"


def not_personal(*nums):
    """Assert that long non-personal numbers fail every check."""
    for n in nums:
        d = re.sub(r"\D", "", n)
        assert not (13 <= len(d) <= 19 and luhn_ok(d)), n
        assert not (len(d) == 9 and (tz_ok(d) or afm_ok(d))), n
        assert not (len(d) == 10 and d[0] in "12" and luhn_ok(d)), n


# ---------- rendering ----------
def grp(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    assert i == len(s), (s, sizes)
    return sep.join(out)


EN_D = "zero one two three four five six seven eight nine".split()
AR_D = "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()


def words(s, table, sep=" ", oh=False):
    return sep.join(("oh" if (oh and c == "0") else table[int(c)]) for c in s if c.isdigit())


def indic(s):
    return s.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))


# ---------- item building ----------
def build(items, lang):
    rows = []
    for it in items:
        text, spans = it[0], it[1]
        ctx = it[2] if len(it) > 2 else None
        out, cur = [], 0
        for kind, sub in spans:
            assert kind in KINDS, kind
            i = text.find(sub, cur)
            assert i >= 0, (lang, kind, sub, text)
            cur = i + len(sub)
            b0 = len(text[:i].encode("utf-8"))
            b1 = b0 + len(sub.encode("utf-8"))
            assert text.encode("utf-8")[b0:b1].decode("utf-8") == sub
            assert sub == sub.strip() and sub, (lang, sub)
            out.append({"kind": kind, "start": b0, "end": b1})
        row = {"text": text, "spans": out}
        if ctx:
            row["context"] = ctx
        rows.append(row)
    texts = [r["text"] for r in rows]
    assert len(texts) == len(set(texts)), [t for t in texts if texts.count(t) > 1][:3]
    return rows


LANGS = {}


# ================= ENGLISH =================
_gb1 = iban("GB", "BARC20035371845902")
_ie1 = iban("IE", "AIBK93115218437760")
_card1 = luhn("453201987654321")
_card2 = luhn("543871120964433")
_ssn1 = "512-38-4471"
assert ssn_ok(_ssn1)
not_personal("5820417", "20931")
EN = [
    # halloumi dairy trade desk (UK deli, Nigerian-British caller)
    ("Good morning, Lefkara Halloumi trade desk, Stavroula speaking.", [("name", "Stavroula")]),
    ("Yeah hi, it's Chinedu here, from the Peckham Continental Deli.", [("name", "Chinedu")]),
    ("Thanks Chinedu. Is it the usual, forty cases of the two hundred and fifty gram blocks?", [("name", "Chinedu")]),
    ("Forty cases yeah, and maybe ten of the grilling ones, the eight-fifty price still holds till the end of March?", []),
    ("It does. The pallet leaves Limassol on the 14th and should be with you by the 21st, reference HL-20931.", []),
    ("ok for the direct debit it's " + grp(_gb1, [4, 4, 4, 4, 4, 2]) + " same as before but new bank", [("iban", grp(_gb1, [4, 4, 4, 4, 4, 2]))],
     "Do you want to keep paying by direct debit? I need the IBAN again."),
    ("If the driver gets lost my mobile is 07911 482 306, just ring me.", [("phone", "07911 482 306")]),
    ("Send the invoice to chinedu dot okafor at peckhamdeli dot co dot uk please.", [("email", "chinedu dot okafor at peckhamdeli dot co dot uk")]),
    ("So that's two thousand three hundred and forty pounds before VAT, forty-two cases, two pallets.", []),
    # koulouri bakery franchise (Irish caller)
    ("Koulouri Thessalonikis franchise office, Manos speaking, good afternoon.", [("name", "Manos")]),
    ("Hiya, my name's Siobhán Ní Bhriain, I'm ringing about opening one of your shops in Galway.", [("name", "Siobhán Ní Bhriain")]),
    ("The franchise fee is eighteen thousand euro and the royalty is four percent of turnover, paid quarterly.", []),
    ("We'd need the oven in by the 1st of June, sure the lease on the unit starts in May.", []),
    ("Unit 3, 14 Shop Street, Galway H91 K7P2.", [("address", "Unit 3, 14 Shop Street, Galway H91 K7P2")],
     "And what's the address of the unit you're looking at?"),
    ("and for the contract itself my home address is 27 Ard na Gréine, Salthill", [("address", "27 Ard na Gréine, Salthill")]),
    ("Em, the ninth of November, nineteen eighty-seven.", [("date_of_birth", "the ninth of November, nineteen eighty-seven")],
     "Grand, and your date of birth for the credit check?"),
    ("Mobile's " + words("087", EN_D, oh=True) + ", " + words("224", EN_D) + ", " + words("9163", EN_D) + ".",
     [("phone", words("087", EN_D, oh=True) + ", " + words("224", EN_D) + ", " + words("9163", EN_D))]),
    ("The deposit will come from my business account, IBAN " + grp(_ie1, [4, 4, 4, 4, 4, 2]) + ", is that okay?", [("iban", grp(_ie1, [4, 4, 4, 4, 4, 2]))]),
    ("Training is two weeks in Thessaloniki, flights not included, and we ship the sesame every Tuesday.", []),
    # loukoumi factory, online order (US caller)
    ("Geroskipou Delights, Andri speaking, how can I help?", [("name", "Andri")]),
    ("Hi, yes, this is Marjorie Kowalski, I placed an order on your website last week.", [("name", "Marjorie Kowalski")]),
    ("Order number 58 204 17, three boxes of the rose and two of the bergamot.", []),
    ("Thank you Mrs Kowalski, I see it, it was charged on the 3rd of February, eighty-four dollars sixty.", [("name", "Kowalski")]),
    ("I'd like to pay the customs fee with a different card, it's " + grp(_card1, [4, 4, 4, 4]) + ".", [("card", grp(_card1, [4, 4, 4, 4]))]),
    ("The customs fee was twelve fifty and it's been sitting at the Columbus depot since Monday.", []),
    ("Ship it to 2217 Maple Grove Avenue, Apartment 4B, Dayton, Ohio 45409 instead, not my daughter's.",
     [("address", "2217 Maple Grove Avenue, Apartment 4B, Dayton, Ohio 45409")]),
    ("my email is marjk1956@gmail.com", [("email", "marjk1956@gmail.com")], "Can I have an email for the tracking link?"),
    ("Best number is " + words("937", EN_D) + ", five five five, " + words("0148", EN_D, oh=True) + ".",
     [("phone", words("937", EN_D) + ", five five five, " + words("0148", EN_D, oh=True))]),
    ("Rose, pistachio, and the mastic one, the box of thirty-six pieces is twenty-two dollars.", []),
    # tavli board workshop (Australian caller)
    ("Kyriakos here, Chios Tavli Workshop.", [("name", "Kyriakos")]),
    ("G'day mate, Damo here, I ordered a walnut board for me dad's seventieth.", [("name", "Damo")]),
    ("No worries, the inlay takes about six weeks, we're carving number twelve of the olive-wood series now.", []),
    ("And underneath the name put born fourteen March fifty-five, he'll love that.", [("date_of_birth", "fourteen March fifty-five")],
     "What would you like engraved under the name?"),
    ("Send it to 9 Wattle Crescent, Brunswick East, Victoria 3057.", [("address", "9 Wattle Crescent, Brunswick East, Victoria 3057")]),
    ("yeah my mobile plus sixty-one four one two eight seven three five oh nine", [("phone", "plus sixty-one four one two eight seven three five oh nine")]),
    ("Card's five four three eight, " + words(_card2[4:8], EN_D) + ", " + _card2[8:12] + " " + _card2[12:] + ".",
     [("card", "five four three eight, " + words(_card2[4:8], EN_D) + ", " + _card2[8:12] + " " + _card2[12:])]),
    ("Board's forty-eight by thirty centimetres closed, fifteen checkers a side, and postage to Melbourne is ninety-five euro.", []),
    # evil-eye jewellery workshop (Indian caller)
    ("Mati Studio Mykonos, this is Eleni, good morning.", [("name", "Eleni")]),
    ("Hello ma'am, myself Priya Raghunathan, calling from Bangalore.", [("name", "Priya Raghunathan")]),
    ("I want fifty bracelets for return gifts, the blue glass ones, twelve hundred rupees each is okay?", []),
    ("It is priya underscore r eighty-seven at yahoo dot co dot in.", [("email", "priya underscore r eighty-seven at yahoo dot co dot in")],
     "What email should I send the proforma to?"),
    ("WhatsApp number is +91 98450 23716, same one.", [("phone", "+91 98450 23716")]),
    ("The wedding is on 22nd April, so latest by 10th it should reach, na?", []),
    ("Thank you Ms Raghunathan, I'll send the proforma today with DHL tracking.", [("name", "Raghunathan")]),
]
LANGS["en"] = EN


_gb2 = iban("GB", "LOYD30962617845104")
_afm1 = afm("14782036")
_afm2 = afm("13945206")
_amex1 = luhn("37144963539843")
_card3 = luhn("401288800188188")
_cy1 = iban("CY", "005001200000001234509876")
assert len(_amex1) == 15
EN += [
    # kaiki wooden-boat shipyard (English yachtsman)
    ("Perama Kaiki Yard, Giannis.", [("name", "Giannis")]),
    ("Morning, Rupert Ashcombe-Hill speaking, I've a caique up on your slip.", [("name", "Rupert Ashcombe-Hill")]),
    ("She's a twelve-metre trechantiri, built in 1968, and we're replacing six planks below the waterline.", []),
    ("Haul-out was the 2nd of October, storage is thirty-five a day, so forty days comes to fourteen hundred euro.", []),
    ("Right, the refund, it's G B " + words(_gb2[2:4], EN_D) + ", L O Y D, " + words(_gb2[8:14], EN_D) + ", " + words(_gb2[14:], EN_D) + ".",
     [("iban", "G B " + words(_gb2[2:4], EN_D) + ", L O Y D, " + words(_gb2[8:14], EN_D) + ", " + words(_gb2[14:], EN_D))],
     "Which account should the overpayment go back to?"),
    ("I do have a Greek tax number, the AFM, it's " + grp(_afm1, [3, 3, 3]) + ".", [("id", grp(_afm1, [3, 3, 3]))]),
    ("Email's r.ashcombehill@btinternet.com, all one word after the dot.", [("email", "r.ashcombehill@btinternet.com")]),
    ("Lovely, we'll send the survey tonight, and the quote for the caulking.", []),
    ("Engine's a Volvo Penta MD22, and the mast is nine metres, deck caulking about eighty metres of seam.", []),
    ("The yard's closed on the 25th of March and again on Clean Monday, so the launch is the Thursday after.", []),
    # sea-salt works shop (Nigerian caller in London)
    ("Messolonghi Salt Pans shop, Vasiliki speaking.", [("name", "Vasiliki")]),
    ("Good afternoon, my name is Oluwaseun Adebayo, but everyone calls me Seun.", [("name", "Oluwaseun Adebayo"), ("name", "Seun")]),
    ("I want the fleur de sel, twenty jars of the 150 gram, and five kilos of the coarse one for the restaurant.", []),
    ("Alright Seun, that's one hundred and forty-six euro with the shipping.", [("name", "Seun")]),
    ("Please use my Amex, " + words(_amex1[:4], EN_D) + ", " + _amex1[4:10] + ", " + words(_amex1[10:], EN_D) + ".",
     [("card", words(_amex1[:4], EN_D) + ", " + _amex1[4:10] + ", " + words(_amex1[10:], EN_D))]),
    ("Deliver to Flat 12, Harcourt House, 41 Stockwell Road, London SW9 6QR.", [("address", "Flat 12, Harcourt House, 41 Stockwell Road, London SW9 6QR")]),
    ("the restaurant line is plus forty-four twenty seventy nine four six oh three two one", [("phone", "plus forty-four twenty seventy nine four six oh three two one")]),
    ("Shipping to London is three to five working days, seventeen euro, and above eighty euro it's free.", []),
    # kazani tsipouro-still booking (Greek-American caller)
    ("Kazani Zitsas, Thodoris here, go ahead.", [("name", "Thodoris")]),
    ("yeah hi um chris pappas, i'm greek american, my uncle told me to call about the kazani", [("name", "chris pappas")]),
    ("We have about six hundred kilos of grapes, so two days at the kazani, a hundred and twenty euro a day.", []),
    ("The season opens the 25th of October and the customs permit is twelve euro per batch.", []),
    ("The 3rd of July, 1962.", [("date_of_birth", "The 3rd of July, 1962")], "For the customs permit I need your date of birth, Chris."),
    ("My AFM, hold on, " + words(_afm2[:3], EN_D) + ", " + words(_afm2[3:6], EN_D) + ", " + words(_afm2[6:], EN_D) + ".",
     [("id", words(_afm2[:3], EN_D) + ", " + words(_afm2[3:6], EN_D) + ", " + words(_afm2[6:], EN_D))]),
    ("My Greek number is 694 521 8703 and in the States it's +1 718 555 0193.", [("phone", "694 521 8703"), ("phone", "+1 718 555 0193")]),
    ("it's chrispappas dot astoria at gmail dot com", [("email", "chrispappas dot astoria at gmail dot com")], "And an email for the permit?"),
    ("Okay Chris, you're down for Friday and Saturday, bring the grapes by seven in the morning.", [("name", "Chris")]),
    ("Forty litres at forty-two degrees is what we got last year, from five hundred and eighty kilos.", []),
    # stefana (wedding crowns) shop (Cypriot-British caller)
    ("Stefana Lefkosias, Maroulla speaking.", [("name", "Maroulla")]),
    ("Hiya, it's Stella, Stella Hadjipanayiotou, I emailed about the silver crowns.", [("name", "Stella"), ("name", "Stella Hadjipanayiotou")]),
    ("Wedding's at Agios Andreas on the 7th of September, so they need to be in London by mid-August.", []),
    ("The crowns with the pearls are two hundred and ten, with the ribbon engraved it's fifteen extra.", []),
    ("I'll pay from my Bank of Cyprus account, " + grp(_cy1, [4, 4, 4, 4, 4, 4, 4]) + ".", [("iban", grp(_cy1, [4, 4, 4, 4, 4, 4, 4]))]),
    ("Actually deliver them to my mum's, 58 Green Lanes, Palmers Green, N13 5TP, I'm never home.",
     [("address", "58 Green Lanes, Palmers Green, N13 5TP")]),
    ("Or the card, " + " ".join(words(_card3[i:i + 4], EN_D) for i in range(0, 16, 4)) + ", whatever's easier.",
     [("card", " ".join(words(_card3[i:i + 4], EN_D) for i in range(0, 16, 4)))]),
    ("Perfect, I'll wrap them with the koufeta boxes, fifty boxes at three euro.", []),
    ("Order reference is ST-4471, and the courier is ACS, two to four days to the UK.", []),
]


_ssn2 = "231-47-8806"
_ssn3 = "604-22-1937"
assert ssn_ok(_ssn2) and ssn_ok(_ssn3)
_iqama1 = saudi("243187650")
_sa1 = iban("SA", "80000000608010167519")
_ae1 = iban("AE", "0260001015839271101")
_tz1 = tz("32145876")
_tz2 = tz("20873415")
_il1 = iban("IL", "0106180000004381926")
_card4 = luhn("552233009921478")
_card5 = luhn("601100099013942")
_card6 = luhn("491761234509876")
not_personal("4402198837", "773019", "40012233")
EN += [
    # krokos saffron mail-order, US distributor
    ("Krokos Kozanis export desk, good evening, how can I help you?", []),
    ("We sell the one gram tins at fourteen dollars retail, so your wholesale price of nine-forty works for us.", []),
    ("For the distributor agreement you need my social, right? It's " + _ssn2 + ".", [("id", _ssn2)]),
    ("uh six oh four, two two, one nine three seven", [("id", "six oh four, two two, one nine three seven")],
     "And the social security number of the second partner on the account?"),
    ("Invoices to orders@hudsonspicecollective.com and cc me, dana dot whitfield at hudsonspice dot com.",
     [("email", "orders@hudsonspicecollective.com"), ("email", "dana dot whitfield at hudsonspice dot com")]),
    ("The harvest was late this year, October 20 to November 10, so the new crop ships after December 5.", []),
    ("Container number MSKU 4402198837 cleared Newark on Tuesday, the broker fee was three hundred and ten.", []),
    ("If you need it for the agreement my date of birth is April 2nd, 1984.", [("date_of_birth", "April 2nd, 1984")]),
    # table-olive packing house, Saudi importer (Indian manager)
    ("Kalamata Table Olives, export department, good morning.", []),
    ("Good morning sir, I am calling from Al Nakheel Foods, Riyadh, regarding the container of jumbo olives.", []),
    ("It's two four three one, eight seven six, five zero three.", [("id", "two four three one, eight seven six, five zero three")],
     "For the Saudi registration I need the Iqama number of the person receiving the goods."),
    ("We will pay the balance from our SAB account, " + grp(_sa1, [4, 4, 4, 4, 4, 4]) + ".", [("iban", grp(_sa1, [4, 4, 4, 4, 4, 4]))]),
    ("The Dubai branch will pay the second invoice, their IBAN is " + _ae1 + ".", [("iban", _ae1)]),
    ("Eighteen tonnes, the 181 to 200 count per kilo, brine five percent, in 13 kilo tins.", []),
    ("The vessel ETA at Jeddah is 14th of Ramadan, so roughly March 24, Bill of Lading 773019.", []),
    ("Sir, my direct line is zero five five, four three one, two two eight nine.", [("phone", "zero five five, four three one, two two eight nine")]),
    # flokati rug workshop, Anglo immigrant in Israel
    ("Trikala Flokati, good afternoon.", []),
    ("Hi, I ordered the two by three metre flokati, the cream one, and Israeli customs is asking for stuff.", []),
    ("So my teudat zehut is " + grp(_tz1, [3, 3, 3], "-") + ", and my husband's, wait, " + words(_tz2, EN_D) + ".",
     [("id", grp(_tz1, [3, 3, 3], "-")), ("id", words(_tz2, EN_D))]),
    ("The address is Rechov HaGefen 12, apartment 7, Modi'in, 7176015.", [("address", "Rechov HaGefen 12, apartment 7, Modi'in, 7176015")]),
    ("they want the date of birth too, it's 12/05/1979, European style so May", [("date_of_birth", "12/05/1979")]),
    ("My cell is oh five four, seven seven two, six three one eight.", [("phone", "oh five four, seven seven two, six three one eight")]),
    ("If you refund the difference it's my Leumi account, " + grp(_il1, [4, 4, 4, 4, 4, 3]) + ".", [("iban", grp(_il1, [4, 4, 4, 4, 4, 3]))]),
    ("Twenty-two kilos of wool, and the washing under the waterfall takes about two days.", []),
    # foukou clay-oven builder, Irish expat in Paphos
    ("Foukou and Fournos, Paphos, we build the outdoor ovens, good morning.", []),
    ("Hi there, we're out in Peyia, we want the big foukou, the one meter one, with the stand.", []),
    ("It's 7 Agias Marinas Street, Peyia, 8560, the villa with the blue gate.", [("address", "7 Agias Marinas Street, Peyia, 8560")],
     "Where are we building it, what's the address?"),
    ("The oven is nine hundred and fifty euro, the stand is three hundred, and delivery is free in the Paphos district.", []),
    ("I'll pay the deposit on card now, it's " + grp(_card4, [4, 4, 4, 4]) + " and the expiry is oh nine twenty-seven.",
     [("card", grp(_card4, [4, 4, 4, 4]))]),
    ("It's aoife.brennan.cy@outlook.ie for the receipt.", [("email", "aoife.brennan.cy@outlook.ie")]),
    ("We can come on Wednesday the 16th between nine and eleven, the clay needs three weeks to cure.", []),
    # Cretan knife maker, age check
    ("Chania Knife Workshop, yes, hello.", []),
    ("I'd like the handmade mantinada knife, the one with the ram's horn handle, twenty-two centimetres.", []),
    ("Yeah, twenty-third of August, two thousand and one.", [("date_of_birth", "twenty-third of August, two thousand and one")],
     "For blades over twelve centimetres we have to confirm you're over eighteen, what's your date of birth?"),
    ("And the second one is for my brother, he was born 30 January 1998.", [("date_of_birth", "30 January 1998")]),
    ("card number " + words(_card5, EN_D) + " expiry eleven twenty-six", [("card", words(_card5, EN_D))]),
    ("Shipping with the ELTA courier is twenty-five, it takes about ten days to Lagos, tracking starts with CX.", []),
    ("Nah use this one, " + _card6[:6] + " " + words(_card6[6:], EN_D) + ".", [("card", _card6[:6] + " " + words(_card6[6:], EN_D))],
     "Is it the same card as before?"),
    ("We engrave up to twelve letters on the blade for free, extra letters are one euro each.", []),
]


# ================= ARABIC =================
_jo1 = iban("JO", "CBJO0010000000000131000302")
_sa2 = iban("SA", "15000000608011287455")
_eg1 = iban("EG", "0019000500000000263180002")
_ae2 = iban("AE", "2600010124871550901")
_ma1 = iban("MA", "011519000001205000534921")
_sid1 = saudi("108765432")
_card7 = luhn("458291037746102")
_card8 = luhn("542418006627353")
not_personal("202400317", "44092")
AR = [
    # halloumi dairy, Jordanian importer (Levantine)
    ("ألو، مرحبا، معك ليلى من قسم الطلبات في مصنع حلوم لارنكا.", [("name", "ليلى")]),
    ("أهلين، أنا سامر الحوراني، من شركة الريحان للمواد الغذائية بعمّان.", [("name", "سامر الحوراني")]),
    ("أهلا أستاذ سامر، كيف بقدر أساعدك؟", [("name", "سامر")]),
    ("بدنا نطلب ٣٠٠ كرتونة، كل كرتونة فيها ١٢ قطعة، والسعر ٤٢ يورو للكرتونة متل المرة الماضية.", []),
    ("الشحنة بتطلع من ميناء ليماسول يوم الخميس ١٧ نيسان وبتوصل العقبة بعد أسبوع تقريباً.", []),
    ("حسابنا بالبنك العربي، الآيبان " + grp(_jo1, [4] * 7 + [2]) + " باسم الشركة.", [("iban", grp(_jo1, [4] * 7 + [2]))]),
    ("رقم موبايلي " + words("079", AR_D) + "، " + words("551", AR_D) + "، " + words("2348", AR_D) + ".",
     [("phone", words("079", AR_D) + "، " + words("551", AR_D) + "، " + words("2348", AR_D))]),
    ("ابعتيلي الفاتورة على الإيميل samer.hourani@alrayhan-foods.jo لو سمحتي.", [("email", "samer.hourani@alrayhan-foods.jo")]),
    ("رقم الفاتورة ٢٠٢٤٠٠٣١٧ وضريبة المبيعات ١٦ بالمية، والدفع خلال ٣٠ يوم.", []),
    # loukoumi factory, Saudi customer (Gulf)
    ("مصنع حلقوم جيروسكيبو، معك ماريا، تفضل.", [("name", "ماريا")]),
    ("هلا والله، معك فيصل العتيبي من الرياض، أبي أطلب حلقوم لعيد الفطر.", [("name", "فيصل العتيبي")]),
    ("أبي خمسين علبة، كل علبة كيلو، وأبيها توصل قبل العيد بأسبوع.", []),
    ("رقم الهوية " + indic(_sid1) + ".", [("id", indic(_sid1))], "عشان التخليص الجمركي نحتاج رقم الهوية الوطنية لو سمحت."),
    ("العنوان: حي الملقا، شارع أنس بن مالك، فيلا ٢٣، الرياض ١٣٥٢٤.", [("address", "حي الملقا، شارع أنس بن مالك، فيلا ٢٣، الرياض ١٣٥٢٤")]),
    ("تاريخ ميلادي ١٤٠٥/٠٧/١٢ هجري، إذا تبينه بالميلادي ما أذكره.", [("date_of_birth", "١٤٠٥/٠٧/١٢ هجري")]),
    ("تمام أستاذ فيصل، المجموع ثلاثة آلاف ومية وخمسين ريال شامل الشحن.", [("name", "فيصل")]),
    ("رقم البطاقة " + grp(indic(_card7), [4, 4, 4, 4]) + "، وتنتهي ٢٧/٠٨.", [("card", grp(indic(_card7), [4, 4, 4, 4]))]),
    ("وجوالي ٠٥٠٣٤٧١٨٢٦ إذا المندوب احتاج شي.", [("phone", "٠٥٠٣٤٧١٨٢٦")]),
    ("وإذا ما مشت البطاقة حوّل من حسابي في الراجحي: " + _sa2 + ".", [("iban", _sa2)]),
    ("الطلبية رقم ٧٧٠٥ بتنشحن يوم ٢٠ مارس، والتوصيل من ٥ لـ ٧ أيام عمل.", []),
    # evil-eye jewellery workshop, Egyptian shop owner
    ("ستوديو ماتي في أثينا، معاك هبة، أقدر أساعد حضرتك إزاي؟", [("name", "هبة")]),
    ("أيوه يا فندم، أنا منى عبد الحميد، عندي محل هدايا في مصر الجديدة.", [("name", "منى عبد الحميد")]),
    ("عايزة ٢٠٠ عين زرقا صغيرة و٥٠ سلسلة، بكام الجملة؟", []),
    ("الشحن للقاهرة بياخد من ٧ لـ ١٠ أيام، والتكلفة ٨٥ يورو، والجمارك عليكي.", []),
    ("رقمي صفر واحد صفر، اتنين تمانية أربعة، خمسة ستة، تلاتة واحد سبعة.",
     [("phone", "صفر واحد صفر، اتنين تمانية أربعة، خمسة ستة، تلاتة واحد سبعة")]),
    ("الحساب في البنك الأهلي، الأيبان " + grp(_eg1, [4] * 7 + [1]) + ".", [("iban", grp(_eg1, [4] * 7 + [1]))]),
    ("الإيميل منى دوت عبد الحميد تسعة وتسعين آت هوتميل دوت كوم.", [("email", "منى دوت عبد الحميد تسعة وتسعين آت هوتميل دوت كوم")]),
    ("تمام يا مدام منى، هبعتلك الفاتورة النهارده.", [("name", "منى")]),
    ("ابعتوها على ١٤ شارع الميرغني، مصر الجديدة، الدور التالت، شقة ٨.", [("address", "١٤ شارع الميرغني، مصر الجديدة، الدور التالت، شقة ٨")]),
    ("آخر مرة الطرد وصل يوم ٢٢ يناير واتدفع عليه ٤٥٠ جنيه جمارك.", []),
    # kaiki wooden-boat yard, Emirati owner (Gulf)
    ("حوض بيراما لبناء القوارب الخشبية، تفضل.", []),
    ("السلام عليكم، معاك راشد بن سعيد المزروعي، عندي قارب خشب عندكم للصيانة.", [("name", "راشد بن سعيد المزروعي")]),
    ("القارب طوله ١١ متر، ومحركه ٢٥٠ حصان، ونبغي نغير ستة ألواح تحت خط الماي.", []),
    ("حوّلوا الباقي على حسابي في الإمارات دبي الوطني " + grp(_ae2, [4, 4, 4, 4, 4, 3]) + ".", [("iban", grp(_ae2, [4, 4, 4, 4, 4, 3]))]),
    ("رقمي +971 50 432 7719 وعليه واتساب.", [("phone", "+971 50 432 7719")]),
    ("الفاتورة رقم ٤٤٠٩٢ بقيمة ١٨٥٠٠ يورو، ودفعت عربون ٥٠٠٠ يوم ٣ سبتمبر.", []),
    ("وابعثوا الصور على rashid_almazrouei@hotmail.com كل أسبوع.", [("email", "rashid_almazrouei@hotmail.com")]),
    ("إن شاء الله يا أبو سعيد، القارب بينزل البحر أول أسبوع من مايو.", [("name", "أبو سعيد")]),
    # sea-salt works shop, Moroccan restaurant (Darija)
    ("متجر ملح ميسولونغي، صباح الخير.", []),
    ("صباح الخير، أنا يوسف بنّاني، عندي مطعم فكازا، بغيت نطلب زهرة الملح.", [("name", "يوسف بنّاني")]),
    ("بغيت عشرين كيلو، واش كاين شي تخفيض إلا خديت أكثر من خمسين؟", []),
    ("النمرة ديالي زيرو ستة، سبعين، اثنين وعشرين، خمسة وأربعين، واحد وثمانين.",
     [("phone", "زيرو ستة، سبعين، اثنين وعشرين، خمسة وأربعين، واحد وثمانين")]),
    ("الريب ديالي هو " + grp(_ma1, [4] * 7) + ".", [("iban", grp(_ma1, [4] * 7))]),
    ("العنوان هو ١٢ زنقة ابن زيدون، المعاريف، الدار البيضاء ٢٠٣٣٠.", [("address", "١٢ زنقة ابن زيدون، المعاريف، الدار البيضاء ٢٠٣٣٠")]),
    ("الشحن للدار البيضاء كياخد عشرة أيام، والثمن ديالو ستين أورو.", []),
    # tavli board workshop, Lebanese customer (Levantine)
    ("ورشة طاولة خيوس، معك كوستاس.", [("name", "كوستاس")]),
    ("مرحبا، أنا جورج خوري من بيروت، بدي طاولة زهر محفورة هدية لبيي.", [("name", "جورج خوري")]),
    ("أكيد يا جورج، شو الاسم يلي بدك ياه محفور؟", [("name", "جورج")]),
    ("واكتبلي تحت الاسم: مواليد ١٢ تشرين الأول ١٩٥٨.", [("date_of_birth", "١٢ تشرين الأول ١٩٥٨")]),
    ("رقم الكرت " + words(_card8[:4], AR_D) + "، " + words(_card8[4:8], AR_D) + "، " + _card8[8:12] + "، " + _card8[12:] + ".",
     [("card", words(_card8[:4], AR_D) + "، " + words(_card8[4:8], AR_D) + "، " + _card8[8:12] + "، " + _card8[12:])]),
    ("الطاولة من خشب الجوز، ٥٠ بـ ٢٥ سنتي، سعرها ٣٢٠ يورو، والشحن لبيروت ٦٠.", []),
]
LANGS["ar"] = AR


_tz3 = tz("05734218")
_tz4 = tz("31298004")
_cy2 = iban("CY", "002001280000001200527600")
_card9 = luhn("400017362280514")
_iqama2 = saudi("251430978")
_sid2 = saudi("110452873")
_sa3 = iban("SA", "45000000118264530017")
not_personal("3004", "88120")
AR += [
    # stefana (wedding crowns), Arab Christian from Nazareth (Palestinian / Israeli citizen)
    ("ستيفانا لفكوسيا، صباح الخير، كيف بقدر أساعد؟", []),
    ("صباح النور، معك رنا حداد من الناصرة، بدنا أكاليل للعرس، الإكليل الفضة.", [("name", "رنا حداد")]),
    ("العرس بكنيسة البشارة يوم ١٤ أيلول، يعني لازم يوصلوا قبل آخر آب.", []),
    ("الإكليل مع اللولو سعره ٢١٠ يورو، وإذا بدك الشريطة مطرزة بالأسماء بزيد ١٥.", []),
    ("رقم الهوية تبعي " + grp(_tz3, [3, 3, 3]) + " وتبع العريس " + words(_tz4, AR_D) + ".", [("id", grp(_tz3, [3, 3, 3])), ("id", words(_tz4, AR_D))],
     "للجمارك بإسرائيل بدهم رقم الهوية، إلك ولخطيبك."),
    ("البيت بالناصرة، شارع بولس السادس ٤٨، الطابق الثاني، مقابل الصيدلية.", [("address", "شارع بولس السادس ٤٨، الطابق الثاني")],
     "وين بدك نبعت الطرد، شو العنوان؟"),
    ("تلفوني ٠٥٢-٨٨٤-٣١٠٧، إذا ما رديت ابعتيلي رسالة.", [("phone", "٠٥٢-٨٨٤-٣١٠٧")]),
    ("طيب حبيبتي رنا، ببعتلك صورة الشريطة قبل ما نطرزها.", [("name", "رنا")]),
    ("ممكن تعملولي خصم إذا أخدت كمان ١٠٠ علبة ملبس؟ العلبة بثلاثة يورو.", []),
    # kazani / arak still, Lebanese living in Cyprus
    ("كازاني أغروس، تفضل.", []),
    ("مرحبا، أنا إيلي صفير، ساكن بليماسول، بدي احجز الكازان لأعمل عرق.", [("name", "إيلي صفير")]),
    ("عندي شي ٤٠٠ كيلو عنب عبيدي، والموسم بيبلش ٢٥ تشرين الأول صح؟", []),
    ("الكازان ١٢٠ يورو باليوم، والرخصة من الجمارك ١٢ يورو عن كل طبخة.", []),
    ("أنا مواليد خمسة وعشرين شباط، ألف وتسعمية وخمسة وسبعين.", [("date_of_birth", "خمسة وعشرين شباط، ألف وتسعمية وخمسة وسبعين")],
     "لرخصة الجمارك بدي تاريخ الميلاد."),
    ("رقمي القبرصي تسعة تسعة، ستة أربعة، اثنين واحد، ثمانية خمسة.", [("phone", "تسعة تسعة، ستة أربعة، اثنين واحد، ثمانية خمسة")]),
    ("ادفع العربون من حسابي ببنك قبرص " + _cy2 + ".", [("iban", _cy2)]),
    ("بتقدر تجي السبت الساعة سبعة الصبح، وجيب معك تنكات نضاف، ٢٠ ليتر.", []),
    # table-olive packing house, Saudi importer (MSA, formal)
    ("شركة كالاماتا لتعبئة الزيتون، قسم التصدير، صباح الخير.", []),
    ("صباح الخير، أنا المهندس عبد الرحمن القحطاني، مدير المشتريات في مؤسسة النخيل بجدة.", [("name", "عبد الرحمن القحطاني")]),
    ("نود الاستفسار عن الحاوية الثانية: ثمانية عشر طناً من الزيتون الأسود، الحجم ١٨١ إلى ٢٠٠ حبة للكيلو.", []),
    ("رقم الإقامة الخاص بالمستلم هو " + indic(_iqama2) + "، وهو مندوبنا في الميناء.", [("id", indic(_iqama2))]),
    ("ورقم هويتي الوطنية " + words(_sid2, AR_D) + ".", [("id", words(_sid2, AR_D))]),
    ("سيتم سداد الدفعة الثانية من حسابنا في البنك الأهلي السعودي: " + grp(_sa3, [4] * 6) + ".", [("iban", grp(_sa3, [4] * 6))]),
    ("يرجى إرسال بوليصة الشحن إلى البريد procurement@alnakheel-est.sa مع نسخة للمستودع.", [("email", "procurement@alnakheel-est.sa")]),
    ("عنوان المستودع: جدة، حي السلامة، شارع الأمير سلطان، مبنى رقم ٨٨١٢، الرمز البريدي ٢٣٤٣٦.", [("address", "جدة، حي السلامة، شارع الأمير سلطان، مبنى رقم ٨٨١٢، الرمز البريدي ٢٣٤٣٦")]),
    ("الباخرة تصل ميناء جدة الإسلامي في الرابع عشر من رمضان، وبوليصة الشحن رقم ٨٨١٢٠.", []),
    ("شكراً باشمهندس عبد الرحمن، سنرسل شهادة المنشأ وشهادة الحلال غداً.", [("name", "عبد الرحمن")]),
    # saffron mail-order, Kuwaiti customer (Gulf)
    ("زعفران كوزاني، الطلبات عبر الهاتف، تفضل.", []),
    ("هلا، أبي أطلب زعفران، عشرين علبة جرام، وخمس علب خمسة جرام، حق المطعم.", []),
    ("علبة الجرام بأربعة عشر يورو، والخمسة جرام بستين، والشحن للكويت خمسة وثلاثين.", []),
    ("البطاقة " + grp(_card9, [4, 4, 4, 4]) + "، الانتهاء عشرة ثمانية وعشرين.", [("card", grp(_card9, [4, 4, 4, 4]))]),
    ("الإيميل حقي: بدر underscore الشمري at gmail dot com، بدر بالإنجليزي B A D E R.",
     [("email", "بدر underscore الشمري at gmail dot com")]),
    ("تلفوني +965 6543 2189، أي وقت بعد العصر.", [("phone", "+965 6543 2189")]),
    ("محصول هالسنة طلع متأخر، فالطلبية تنشحن بعد ٥ ديسمبر، رقمها KZ-3004.", []),
]


_qa1 = iban("QA", "QNBA000000000123456789012")
_card10 = luhn("535120994417306")
_card11 = luhn("476173900101234")
_card12 = luhn("522196004372815")
_card13 = luhn("37641123453107")
_afm3 = afm("16320457")
_afm4 = afm("07519930")
_afm5 = afm("15603328")
not_personal("1300", "150", "2400")
AR += [
    # foukou clay-oven builder, Jordanian living in Larnaca
    ("فوكو وفورنوس، بنبني أفران الطين، مرحبا.", []),
    ("مرحبا، اسمي محمد العمري، ساكن بلارنكا، بدي فرن فوكو كبير للحديقة.", [("name", "محمد العمري")]),
    ("الفرن الكبير ٩٥٠ يورو، والقاعدة ٣٠٠، والتركيب ببلاش داخل لارنكا.", []),
    ("العنوان شارع أغيو لازارو ١٩، شقة ٤، أرادبيو، لارنكا ٧١٠٢.", [("address", "شارع أغيو لازارو ١٩، شقة ٤، أرادبيو، لارنكا ٧١٠٢")]),
    ("العربون من حسابي بقطر، الآيبان " + grp(_qa1, [4] * 7 + [1]) + ".", [("iban", grp(_qa1, [4] * 7 + [1]))]),
    ("لا، خليني ادفع الباقي بالكرت هلق: " + grp(_card12, [4, 4, 4, 4]) + ".", [("card", grp(_card12, [4, 4, 4, 4]))]),
    ("ابعتلي التأكيد على m.alomari84@yahoo.com", [("email", "m.alomari84@yahoo.com")]),
    ("تمام يا أبو حمزة، الطين بده تلات أسابيع لينشف، لا تشعل فيه نار قبل.", [("name", "أبو حمزة")]),
    # flokati rug workshop, Egyptian living in Athens
    ("ورشة فلوكاتي تريكالا، أهلاً وسهلاً.", []),
    ("أهلاً، أنا كريم السيد، ساكن في أثينا، عايز سجادة فلوكاتي متنين في تلاتة، لونها أوف وايت.", [("name", "كريم السيد")]),
    ("السجادة ٢٢ كيلو صوف، سعرها ٦٨٠ يورو، وبتاخد أسبوعين.", []),
    ("رقمي الضريبي " + grp(_afm3, [3, 3, 3]) + "، وده عشان الفاتورة.", [("id", grp(_afm3, [3, 3, 3]))]),
    ("العنوان ٢٣ شارع أخارنون، الدور الرابع، أثينا ١٠٤٣٩.", [("address", "٢٣ شارع أخارنون، الدور الرابع، أثينا ١٠٤٣٩")]),
    ("هدفع بالفيزا: " + words(_card11[:8], AR_D) + "، " + _card11[8:] + ".", [("card", words(_card11[:8], AR_D) + "، " + _card11[8:])]),
    ("ورقمي اليوناني ستة تسعة سبعة، أربعة خمسة اتنين، صفر صفر تمانية واحد.", [("phone", "ستة تسعة سبعة، أربعة خمسة اتنين، صفر صفر تمانية واحد")]),
    ("التوصيل لأثينا يوم الإتنين أو التلات، رسوم التوصيل ٢٥ يورو.", []),
    ("خمستاشر مايو سنة تسعين.", [("date_of_birth", "خمستاشر مايو سنة تسعين")], "وتاريخ ميلاد حضرتك عشان كارت العملاء؟"),
    # Cretan knife maker, Syrian caller in Thessaloniki, age check
    ("ورشة سكاكين خانيا، نعم.", []),
    ("بدي سكينتين من الكريتية، وحدة بقرن الكبش طول ٢٢ سانتي، ووحدة صغيرة ١٢.", []),
    ("أنا مواليد ٣/٩/١٩٩٦.", [("date_of_birth", "٣/٩/١٩٩٦")], "للسكاكين فوق ١٢ سانتي لازم نتأكد إنك فوق ١٨ سنة، شو تاريخ ميلادك؟"),
    ("والتانية لأخي، هو مواليد سبعة وعشرين كانون الثاني ألفين واثنين.", [("date_of_birth", "سبعة وعشرين كانون الثاني ألفين واثنين")]),
    ("الرقم الضريبي تبعي " + words(_afm4, AR_D) + ".", [("id", words(_afm4, AR_D))]),
    ("بطاقة ماستركارد " + grp(_card10, [4, 4, 4, 4], "-") + ".", [("card", grp(_card10, [4, 4, 4, 4], "-"))]),
    ("الحفر على النصل مجاناً لحد ١٢ حرف، وكل حرف زيادة بيورو.", []),
    ("العنوان بسالونيك: شارع إغناتيا ١٣٠، طابق ٣.", [("address", "شارع إغناتيا ١٣٠، طابق ٣")]),
    # tsarouchia workshop, Tunisian folk troupe (Maghrebi)
    ("ورشة تساروخيا بأثينا، صباح الخير.", []),
    ("صباح الخير، أنا سلمى الطرابلسي، مديرة فرقة فنون شعبية في تونس.", [("name", "سلمى الطرابلسي")]),
    ("نحبّو ٢٤ زوز صبابط، مقاسات من ٣٨ لين ٤٤، للمهرجان في جويلية.", []),
    ("الزوز بـ ١٥٠ يورو، وإلا خذيتو أكثر من عشرين نعطيوكم عشرة بالمية.", []),
    ("الميلاد متاعي ثمنطاش أفريل، ألف وتسعمية وتسعين.", [("date_of_birth", "ثمنطاش أفريل، ألف وتسعمية وتسعين")],
     "لفتح حساب جملة نحتاجو تاريخ الميلاد متاعك."),
    ("نخلصو بالأمريكان إكسبريس: " + grp(_card13, [4, 6, 5]) + ".", [("card", grp(_card13, [4, 6, 5]))]),
    ("والمايل: salma.trabelsi at topnet dot tn.", [("email", "salma.trabelsi at topnet dot tn")]),
    ("البلاصة: ٧ نهج الجزيرة، تونس ١٠٠٠.", [("address", "٧ نهج الجزيرة، تونس ١٠٠٠")], "العنوان متاع التوصيل؟"),
    ("الشحن لتونس بالطيارة ثلاثة أيام، والديوانة تاخذ قريب ٢٤٠٠ دينار على الكل.", []),
    ("الرقم الضريبي اليوناني للفرع متاعنا في أثينا " + _afm5 + ".", [("id", _afm5)]),
    ("باهي يا مدام سلمى، نبعثلك الفاتورة غدوة.", [("name", "سلمى")]),
]


# ================= HEBREW =================
_tz5 = tz("03917264")
_tz6 = tz("34581207")
_tz7 = tz("20019473")
_il2 = iban("IL", "0126800000000734921")
_il3 = iban("IL", "0310930000005518204")
_card14 = luhn("458003118842917")
_card15 = luhn("532610087743126")
_cy3 = iban("CY", "018000190000001930274411")
_fr1 = iban("FR", "30006000011234567890189")
not_personal("7612", "300")
HE = [
    # halloumi dairy, Tel Aviv deli owner (native speaker)
    ("חלומי לרנקה, מחלקת הזמנות, מדברת נטע, שלום.", [("name", "נטע")]),
    ("היי, מדבר אסף ברקוביץ, מהמעדנייה בלבונטין, רציתי לסגור את ההזמנה של החודש.", [("name", "אסף ברקוביץ")]),
    ("בשמחה אסף, זה כמו בפעם הקודמת? ארבעים קרטונים של מאתיים חמישים גרם?", [("name", "אסף")]),
    ("ארבעים, כן, ותוסיפי עשרה של החלומי לגריל, המחיר עדיין שמונה וחמישים לקילו?", []),
    ("המשטח יוצא מלימסול ב-14 לחודש ומגיע לאשדוד בערך ב-19, אסמכתא 7612.", []),
    ("החשבון שלנו בלאומי, איבן " + grp(_il2, [4, 4, 4, 4, 4, 3]) + ".", [("iban", grp(_il2, [4, 4, 4, 4, 4, 3]))]),
    ("הנייד שלי " + words("052", HE_F) + ", " + words("618", HE_F) + ", " + words("4470", HE_F) + ".",
     [("phone", words("052", HE_F) + ", " + words("618", HE_F) + ", " + words("4470", HE_F))]),
    ("את החשבונית תשלחי ל-asaf@levontin-deli.co.il, בלי מקף באמצע, רגע, עם מקף, levontin מקף deli.", [("email", "asaf@levontin-deli.co.il")]),
    ("סך הכול שלושת אלפים ארבע מאות יורו לפני מע\"מ, תשלום שוטף פלוס שלושים.", []),
    # tavli workshop, Russian-speaking immigrant
    ("סדנת שש-בש חיוס, קיריאקוס, הלו?", [("name", "קיריאקוס")]),
    ("אלו, כן, שלום, קוראים לי בוריס גולדמן, אני רוצה לוח שש-בש מעץ אגוז, מתנה לחבר.", [("name", "בוריס גולדמן")]),
    ("אפשר לקרוא לי בוריה, כולם קוראים לי בוריה.", [("name", "בוריה")]),
    ("הלוח עולה שלוש מאות עשרים יורו, החריטה עוד שלושים, ומשלוח לישראל שישים.", []),
    ("תעודת זהות שלי " + grp(_tz6, [3, 3, 3]) + ", בשביל המכס.", [("id", grp(_tz6, [3, 3, 3]))]),
    ("כתובת: רחוב הנשיא 27, דירה 9, אשדוד.", [("address", "רחוב הנשיא 27, דירה 9, אשדוד")]),
    ("כרטיס " + grp(_card14, [4, 4, 4, 4]) + ", תוקף שמונה עשרים ושבע.", [("card", grp(_card14, [4, 4, 4, 4]))]),
    ("תכתוב על הלוח: נולד ב-2 בפברואר 1961, זה יום ההולדת של החבר.", [("date_of_birth", "2 בפברואר 1961")]),
    ("מצוין, שישה שבועות עבודה, אני שולח לך תמונה כשמסיימים.", []),
    # evil-eye jewellery workshop, Ethiopian-Israeli shop owner
    ("מאטי סטודיו מיקונוס, שלום, מדברת אלני.", [("name", "אלני")]),
    ("שלום, אני צגה אדמסו, יש לי חנות מתנות בקריית גת, אני רוצה להזמין עין כחולה.", [("name", "צגה אדמסו")]),
    ("מאתיים צמידים ומאה מחזיקי מפתחות, כמה זה בסיטונאות?", []),
    ("אפס חמש שמונה, שבע שבע, שלוש, אחת אחת, תשע שתיים.", [("phone", "אפס חמש שמונה, שבע שבע, שלוש, אחת אחת, תשע שתיים")],
     "מה מספר הטלפון שלך?"),
    ("המייל זה tsega.adamsu שטרודל gmail נקודה com.", [("email", "tsega.adamsu שטרודל gmail נקודה com")]),
    ("החנות ברחוב הרצל 40, קריית גת, ליד הבנק.", [("address", "רחוב הרצל 40, קריית גת")], "לאיזו כתובת לשלוח?"),
    ("הזמנה ראשונה מעל שלוש מאות יורו המשלוח חינם, זה מגיע תוך עשרה ימים.", []),
    ("תודה, אני שולחת לך הצעת מחיר עוד היום.", []),
    # foukou oven, French immigrant with a holiday flat in Larnaca
    ("פוקו ופורנוס, שלום.", []),
    ("בונז'ור, כלומר שלום, מדברת מתילד אזולאי, יש לי דירה בלרנקה ואני רוצה תנור פוקו למרפסת.", [("name", "מתילד אזולאי")]),
    ("הדירה ברחוב פיניקודס 12, דירה 305, לרנקה.", [("address", "רחוב פיניקודס 12, דירה 305, לרנקה")]),
    ("אני משלמת מהחשבון הצרפתי שלי, " + grp(_fr1, [4, 4, 4, 4, 4, 4, 3]) + ".", [("iban", grp(_fr1, [4, 4, 4, 4, 4, 4, 3]))]),
    ("או מהחשבון בקפריסין, רגע, " + _cy3 + ".", [("iban", _cy3)]),
    ("התנור הקטן שש מאות וחמישים, והוא צריך שלושה שבועות להתייבש לפני שמדליקים.", []),
    ("מספר קפריסאי פלוס שלוש חמש שבע, תשע שש, אחת שתיים, שלוש ארבע, חמש שש.",
     [("phone", "פלוס שלוש חמש שבע, תשע שש, אחת שתיים, שלוש ארבע, חמש שש")]),
    # kaiki shipyard, Arab citizen fisherman from Akko (speaking Hebrew)
    ("מספנת פרמה, שלום, מדבר יאניס.", [("name", "יאניס")]),
    ("שלום, אני סאמי עודה מעכו, אני דייג, אני רוצה לקנות קאיקי ישן מעץ, שמונה מטר.", [("name", "סאמי עודה")]),
    ("יש לנו אחד משנת 1974, מנוע חדש, עשרים ושתיים אלף יורו כולל צביעה.", []),
    ("תעודת זהות " + words(_tz7, HE_F) + ".", [("id", words(_tz7, HE_F))], "בשביל חוזה המכירה אני צריך תעודת זהות."),
    ("המקדמה תגיע מבנק הפועלים, " + _il3 + ".", [("iban", _il3)]),
    ("הכתובת שלי שכונת אבו סרי, רחוב 21 בית 8, עכו.", [("address", "שכונת אבו סרי, רחוב 21 בית 8, עכו")]),
    ("ההובלה בספינת משא לחיפה לוקחת שבוע, עוד אלף ושלוש מאות יורו.", []),
    # tsarouchia workshop, Anglo immigrant, folk-dance troupe
    ("טסרוחיה אתונה, שלום, במה אפשר לעזור?", []),
    ("Hi, sorry, שלום, זה דבי קפלן, אני מנהלת להקת ריקודי עם ברעננה, we need shoes.", [("name", "דבי קפלן")]),
    ("שלושים זוגות, מידות שלושים ושש עד ארבעים וחמש, עד הפסטיבל באוגוסט.", []),
    ("The email, sorry, המייל, debbie.kaplan.dance@gmail.com.", [("email", "debbie.kaplan.dance@gmail.com")]),
    ("כרטיס אשראי " + words(_card15, HE_F) + ".", [("card", words(_card15, HE_F))]),
    ("זוג עולה מאה חמישים יורו, ומעל עשרים זוגות עשרה אחוז הנחה.", []),
]
LANGS["he"] = HE


_tz8 = tz("31776520")
_tz9 = tz("21453398")
_tz10 = tz("34902615")
_afm6 = afm("16844027")
_gr1 = iban("GR", "01102450000024532109876")
_card16 = luhn("450875620031947")
_card17 = luhn("37598765432100")
_il4 = iban("IL", "0209450000000128735")
not_personal("48213", "2300")
HE += [
    # sea-salt works shop, Haifa chef (native)
    ("מלחות מסולונגי, החנות, שלום.", []),
    ("אהלן, מדבר שחר, השף של מסעדה בחיפה, אני צריך פלר דה סל, עשרים צנצנות.", [("name", "שחר")]),
    ("עשרים צנצנות של מאה חמישים גרם ועוד חמישה קילו מלח גס, זה מאה ארבעים ושש יורו עם משלוח.", []),
    ("טלפון של המסעדה " + "04-8372219" + ", ובנייד 054-3390871.", [("phone", "04-8372219"), ("phone", "054-3390871")]),
    ("המייל shahar underscore cook שטרודל walla נקודה co נקודה il.", [("email", "shahar underscore cook שטרודל walla נקודה co נקודה il")]),
    ("תשלח לשדרות בן גוריון 31, חיפה, המסעדה בקומת קרקע.", [("address", "שדרות בן גוריון 31, חיפה")]),
    ("יש לנו גם מלח מעושן בעץ גפן, מאתיים גרם בשש תשעים.", []),
    # loukoumi factory, Haredi customer, bar-mitzvah order
    ("מפעל לוקומי ג'רוסקיפו, שלום, מדברת אנדרי.", [("name", "אנדרי")]),
    ("שלום וברכה, מדבר יענקי פרידמן מבני ברק, רציתי להזמין לוקומי לבר מצווה.", [("name", "יענקי פרידמן")]),
    ("צריך שיהיה עם הכשר, מאה קופסאות, הבר מצווה בראש חודש אלול.", []),
    ("תעודת זהות אפס שלוש, תשע אחת שבע, שתיים שש ארבע, " + words(_tz5[-1], HE_F) + ".",
     [("id", "אפס שלוש, תשע אחת שבע, שתיים שש ארבע, " + words(_tz5[-1], HE_F))], "למכס אני צריכה תעודת זהות."),
    ("רחוב רבי עקיבא 112, קומה שלישית, בני ברק.", [("address", "רחוב רבי עקיבא 112, קומה שלישית, בני ברק")], "והכתובת למשלוח?"),
    ("טלפון בבית " + words("03", HE_F) + " " + words("5791", HE_F) + " " + words("244", HE_F) + ", אין לי וואטסאפ.",
     [("phone", words("03", HE_F) + " " + words("5791", HE_F) + " " + words("244", HE_F))]),
    ("תודה רבה רב פרידמן, ההזמנה מספר 48213 תצא ביום שני.", [("name", "פרידמן")]),
    ("הקופסה של שלושים ושש יחידות עולה עשרים ושניים יורו, ומעל מאה קופסאות שמונה אחוז הנחה.", []),
    # table-olive packing house, importer from Nazareth (Arab citizen)
    ("בית האריזה לזיתים קלמטה, מחלקת יצוא, שלום.", []),
    ("שלום, מדבר ח'אלד זועבי מנצרת, אני מייבא זיתים, רציתי לשאול על המכולה.", [("name", "ח'אלד זועבי")]),
    ("שמונה עשר טון, גודל מאה שמונים ואחת עד מאתיים, בתמלחת של חמישה אחוז.", []),
    ("התעודת זהות שלי " + _tz8 + ", זה מופיע גם ברשימון.", [("id", _tz8)]),
    ("התשלום מהחשבון בבנק מרכנתיל, " + grp(_il4, [4, 4, 4, 4, 4, 3]) + ".", [("iban", grp(_il4, [4, 4, 4, 4, 4, 3]))]),
    ("תשלחו את שטר המטען ל-khaled.zoabi.import@gmail.com.", [("email", "khaled.zoabi.import@gmail.com")]),
    ("האונייה מגיעה לחיפה ב-24 במרץ, שטר מטען מספר 773019, העמלה של העמיל אלפיים שלוש מאות.", []),
    ("תודה, אני מעדכנת אותך כשהמכולה יוצאת.", []),
    # Cretan knife maker, age check, young native caller
    ("סדנת הסכינים בחאניה, כן?", []),
    ("אני רוצה את הסכין הכרתית עם ידית מקרן איל, העשרים ושניים סנטימטר.", []),
    ("שבע עשרה בספטמבר אלפיים ושלוש.", [("date_of_birth", "שבע עשרה בספטמבר אלפיים ושלוש")],
     "לסכינים מעל שתים עשרה סנטימטר אני חייב לוודא שאתה מעל שמונה עשרה, מה תאריך הלידה?"),
    ("אממ כרטיס " + grp(_card16, [4, 4, 4, 4]) + ", לא סליחה, זה הישן, " + grp(_card17, [4, 6, 5]) + ".",
     [("card", grp(_card16, [4, 4, 4, 4])), ("card", grp(_card17, [4, 6, 5]))]),
    ("משלוח עם אל-טה לישראל עשרים וחמש יורו, בערך עשרה ימים, ואולי יעכבו במכס.", []),
    ("חריטה על הלהב חינם עד שתים עשרה אותיות, כל אות נוספת יורו.", []),
]


_card18 = luhn("522871006619023")
_card19 = luhn("491600032748815")
_de1 = iban("DE", "370400440532410987")
_afm7 = afm("10483396")
not_personal("1120", "5150", "514290371")
HE += [
    # flokati rug workshop, new immigrant from Ukraine
    ("פלוקאטי טריקאלה, שלום.", []),
    ("שלום, אני אוקסנה מלניק, אפשר קסיושה, אני רוצה שטיח פלוקאטי לבן, שניים על שלוש.", [("name", "אוקסנה מלניק"), ("name", "קסיושה")]),
    ("תעודת זהות " + grp(_tz10, [2, 3, 4], " ") + ", אני עולה חדשה, שנה בארץ.", [("id", grp(_tz10, [2, 3, 4], " "))]),
    ("תאריך לידה עשרים ואחד ביוני שמונים ותשע.", [("date_of_birth", "עשרים ואחד ביוני שמונים ותשע")]),
    ("רחוב ויצמן 8 דירה 14, נתניה, מיקוד 4230108.", [("address", "רחוב ויצמן 8 דירה 14, נתניה, מיקוד 4230108")], "מה הכתובת למשלוח?"),
    ("אני משלמת ב" + "ויזה, " + words(_card19[:4], HE_M) + " " + _card19[4:] + ".", [("card", words(_card19[:4], HE_M) + " " + _card19[4:])]),
    ("השטיח עשרים ושניים קילו צמר, שש מאות שמונים יורו, והכביסה במפל לוקחת יומיים.", []),
    ("תודה קסיושה, המשלוח יגיע בעוד שלושה שבועות בערך.", [("name", "קסיושה")]),
    # kazani / raki still, Israeli with a house in Crete
    ("קאזאני ארכאנס, שלום, כן.", []),
    ("היי, מדבר עמרי, יש לי בית בכרתים עם כרם קטן, רציתי לקבוע תור לקאזאני.", [("name", "עמרי")]),
    ("בערך שלוש מאות קילו ענבים, יום אחד, מאה עשרים יורו, והרישיון ממכס הוא שתים עשרה יורו.", []),
    ("ה-AFM שלי " + words(_afm6, HE_M) + ".", [("id", words(_afm6, HE_M))], "בשביל הרישיון צריך את המספר הרשום במס היווני."),
    ("וגם של אשתי, היא בעלת הבית בטאבו, " + grp(_afm7, [3, 3, 3], "-") + ".", [("id", grp(_afm7, [3, 3, 3], "-"))]),
    ("נולדתי בשלושה במאי, אלף תשע מאות שבעים ושמונה.", [("date_of_birth", "בשלושה במאי, אלף תשע מאות שבעים ושמונה")]),
    ("אני מעביר מהחשבון היווני " + grp(_gr1, [4, 4, 4, 4, 4, 4, 3]) + ".", [("iban", grp(_gr1, [4, 4, 4, 4, 4, 4, 3]))]),
    ("טלפון יווני פלוס שלושים, שש תשע שבע, שתיים אחת, שש שש שמונה, אפס ארבע.",
     [("phone", "פלוס שלושים, שש תשע שבע, שתיים אחת, שש שש שמונה, אפס ארבע")]),
    ("העונה נפתחת בעשרים וחמישה באוקטובר, תבואו בשבת בשבע בבוקר עם עשרים ליטר.", []),
    # saffron mail-order, Anglo restaurant owner in Jerusalem
    ("זעפרן קוזאני, הזמנות טלפוניות, מדברת סוטיריה.", [("name", "סוטיריה")]),
    ("היי, זה ג'ושוע, ג'וש, מהמסעדה בעמק רפאים, רציתי עשרים קופסאות של גרם.", [("name", "ג'ושוע"), ("name", "ג'וש")]),
    ("גרם אחד ארבע עשרה יורו, והשנה הקציר התאחר אז זה יוצא אחרי החמישה בדצמבר.", []),
    ("תעשי על הכרטיס " + grp(_card18, [4, 4, 4, 4], "-") + ", תוקף אחת עשרה עשרים ושש.", [("card", grp(_card18, [4, 4, 4, 4], "-"))]),
    ("או מהחשבון הגרמני שלי אם זה יותר זול, " + grp(_de1, [4, 4, 4, 4, 4, 2]) + ".", [("iban", grp(_de1, [4, 4, 4, 4, 4, 2]))]),
    ("josh@emekrefaim-kitchen.com, בלי נקודות.", [("email", "josh@emekrefaim-kitchen.com")], "לאן לשלוח את הקבלה?"),
    ("שני באפריל שמונים וארבע, למה צריך את זה?", [("date_of_birth", "שני באפריל שמונים וארבע")], "ותאריך לידה בשביל חשבון הלקוח?"),
    ("הזמנה KZ-1120, משלוח לישראל שלושים וחמישה יורו, שבעה עד עשרה ימי עבודה.", []),
    # bougatsa catering for an Israeli tour group in Thessaloniki
    ("בוגאצה תסלוניקי, קייטרינג, שלום.", []),
    ("שלום, אני מדריך טיולים, יש לי קבוצה של ארבעים ושניים אנשים ביום שלישי הבא.", []),
    ("אנחנו מגיעים בשמונה וחצי, אחרי הביקור בבית הכנסת מונסטיריוטן, ויוצאים לוורגינה בעשר.", []),
    ("ארבעים בוגאצה עם קרם, עשר עם גבינה, ושתי קנקני קפה, זה מאתיים עשרים יורו.", []),
    ("בשבוע שעבר חייבתם אותנו פעמיים, ב-11 בנובמבר, חשבונית 5150.", []),
    ("מחר זה יום חג, ה-28 באוקטובר, אז המאפייה סגורה עד שתיים.", []),
    ("שמונה יחידות בלי סוכר לסוכרתיים, ועוד שלוש ללא גלוטן, לחדר 214 במלון.", []),
    ("ואם אפשר, בפעם הבאה תכינו גם קולורי, בערך שישים, ל-4 בדצמבר.", []),
    ("החשבונית על שם חברת הטיולים, מספר עוסק 514290371, שלחתי במייל.", []),
    ("מה הטלפון לשליח? אה לא צריך, אנחנו באים לאסוף מרחוב אריסטוטלוס.", []),
    ("תודה אדוני, מדברת קיקי, אם יש שינוי תתקשר עד שש בערב.", [("name", "קיקי")]),
    ("תגיד לנהג שיחנה ליד כיכר אריסטוטלוס, לא ברחוב צימיסקי, יש שם קנסות.", []),
]


_card20 = luhn("455673002198436")
HE += [
    ("תאריך לידה 12.8.1979, ואני הבעלים היחיד.", [("date_of_birth", "12.8.1979")], "לרישום הסירה על שמך צריך גם תאריך לידה."),
    ("נולדתי בכ\"ג באדר תשמ\"ה, בלועזי אני לא זוכר בעל פה.", [("date_of_birth", "כ\"ג באדר תשמ\"ה")], "ותאריך לידה?"),
    ("הפעם תחייבי את הכרטיס של העסק, " + _card20[:4] + " " + words(_card20[4:], HE_F) + ".",
     [("card", _card20[:4] + " " + words(_card20[4:], HE_F))]),
    ("המייל שלי mathilde.azoulay@orange.fr, עם אל אחת.", [("email", "mathilde.azoulay@orange.fr")]),
]


# ================= GREEK =================
_afm8 = afm("04518832")
_afm9 = afm("12946670")
_afm10 = afm("07733158")
_gr2 = iban("GR", "01720450005045012345678")
_gr3 = iban("GR", "02600280000720201358841")
_cy4 = iban("CY", "002001720000000457316622")
_card21 = luhn("516732004481925")
_card22 = luhn("414720993186602")
_card29 = luhn("492181006634572")
_afm15 = afm("06274418")
_gr7 = iban("GR", "01102150000021574309911")
not_personal("3391", "40022")
EL = [
    # halloumi dairy, older Cypriot grocer in Nicosia
    ("Χαλλούμια Λάρνακας, παραγγελίες, η Χριστιάνα, παρακαλώ.", [("name", "Χριστιάνα")]),
    ("Γεια σου κόρη μου, ο Αντρέας ο Κυριακίδης είμαι, που το παντοπωλείο στο Στρόβολο.", [("name", "Αντρέας ο Κυριακίδης")]),
    ("Καλημέρα κύριε Αντρέα, τα ίδια με την άλλη βδομάδα;", [("name", "Αντρέα")]),
    ("Ναι, είκοσι κούτες τα διακόσια πενήντα γραμμάρια, τζιαι δέκα τα μεγάλα του κιλού.", []),
    ("Η παράδοση είναι Πέμπτη δώδεκα του μήνα, και το τιμολόγιο 3391 είναι ακόμα ανοιχτό, τετρακόσια ογδόντα ευρώ.", []),
    ("Να σου πω το κινητό μου, ενενήντα εννιά, εξήντα εφτά, τριάντα ένα, δεκαπέντε.", [("phone", "ενενήντα εννιά, εξήντα εφτά, τριάντα ένα, δεκαπέντε")]),
    ("Το μαγαζί είναι στη Λεωφόρο Στροβόλου 143, Στρόβολος, 2048, δίπλα που το φαρμακείο.", [("address", "Λεωφόρο Στροβόλου 143, Στρόβολος, 2048")],
     "Η διεύθυνση παράδοσης έμεινε η ίδια;"),
    ("Πλήρωσε με έμβασμα, το IBAN μου είναι " + grp(_cy4, [4] * 7) + ".", [("iban", grp(_cy4, [4] * 7))]),
    # koulouri franchise, young Athenian
    ("Κουλούρι Θεσσαλονίκης, τμήμα franchise, ο Μάνος, γεια σας.", [("name", "Μάνος")]),
    ("Γεια σας, με λένε Στέλιο Μαυρίδη, ενδιαφέρομαι για κατάστημα στο Περιστέρι.", [("name", "Στέλιο Μαυρίδη")]),
    ("Το αρχικό κόστος είναι δεκαοχτώ χιλιάδες, συν τέσσερα τοις εκατό royalties κάθε τρίμηνο.", []),
    ("Το κατάστημα που κοιτάω είναι στην Εθνάρχου Μακαρίου 22, Περιστέρι, απέναντι από το μετρό.", []),
    ("Ο ΑΦΜ μου είναι " + grp(_afm8, [3, 3, 3]) + ", ΔΟΥ Περιστερίου.", [("id", grp(_afm8, [3, 3, 3]))]),
    ("stelios underscore mav at hotmail dot gr", [("email", "stelios underscore mav at hotmail dot gr")], "Ένα email για να σας στείλω το ενημερωτικό;"),
    ("εεε γεννήθηκα είκοσι εφτά του έξι του ενενήντα πέντε", [("date_of_birth", "είκοσι εφτά του έξι του ενενήντα πέντε")],
     "Και ημερομηνία γέννησης για τον έλεγχο στον Τειρεσία;"),
    ("Ευχαριστώ κύριε Μαυρίδη, θα σας καλέσουμε τη Δευτέρα για το ραντεβού στη Θεσσαλονίκη.", [("name", "Μαυρίδη")]),
    ("Την εγγύηση θα την πληρώσω από τον λογαριασμό μου, " + _gr7 + ".", [("iban", _gr7)]),
    ("Η εκπαίδευση κρατάει δύο εβδομάδες, ξεκινάει 3 Μαρτίου, και ο φούρνος θέλει τριφασικό ρεύμα.", []),
    # loukoumi factory, Paphos grandmother
    ("Λουκούμια Γεροσκήπου, καλημέρα σας.", []),
    ("Καλημέρα, η Παναγιώτα είμαι, η κυρία Γιώτα, που παίρνω κάθε Χριστούγεννα τα λουκούμια.", [("name", "Παναγιώτα"), ("name", "Γιώτα")]),
    ("Θέλω δέκα κουτιά τα ροδόσταμα τζιαι πέντε με το αμύγδαλο, για τα βαφτίσια του εγγονού μου.", []),
    ("Στείλτε τα στην κόρη μου στην Αθήνα, Αγίου Μελετίου 57, τρίτος όροφος, Κυψέλη, 11361.",
     [("address", "Αγίου Μελετίου 57, τρίτος όροφος, Κυψέλη, 11361")]),
    ("Το τηλέφωνο σπίτι είναι είκοσι έξι, ένα, ένα, σαράντα τέσσερα, ογδόντα.", [("phone", "είκοσι έξι, ένα, ένα, σαράντα τέσσερα, ογδόντα")]),
    ("Πολύ ωραία κυρία Γιώτα, το κουτί του κιλού είναι δεκατρία ευρώ, σύνολο εκατόν ενενήντα πέντε.", [("name", "Γιώτα")]),
    ("Πληρώνω με την κάρτα της κόρης μου, περίμενε να βρω τα γυαλιά μου, " + grp(_card22, [4, 4, 4, 4]) + ".",
     [("card", grp(_card22, [4, 4, 4, 4]))]),
    ("Τα βαφτίσια είναι στις 18 Μαΐου, στον Άγιο Νικόλαο, να φτάσουν μια βδομάδα πριν.", []),
    # bougatsa catering, Thessaloniki school event
    ("Μπουγάτσα Μπαντής, catering, παρακαλώ.", []),
    ("Καλησπέρα, από το 12ο Δημοτικό Καλαμαριάς τηλεφωνώ, για τη γιορτή της 25ης Μαρτίου.", []),
    ("Θέλουμε εκατόν πενήντα κομμάτια με κρέμα και πενήντα με τυρί, για τις δέκα το πρωί.", []),
    ("Η παράδοση στην Παπαναστασίου 84, στην είσοδο του σχολείου, ρωτήστε τον επιστάτη.", []),
    ("Την προηγούμενη φορά μάς χρεώσατε δύο φορές, στις 11 Νοεμβρίου, εκατόν σαράντα ευρώ.", []),
    # tavli workshop, older man from Piraeus
    ("Εργαστήρι τάβλι Χίου, ο Κυριάκος.", [("name", "Κυριάκος")]),
    ("Ρε φίλε, ο Μπάμπης είμαι, από τον Πειραιά, θέλω ένα τάβλι καρυδιά για τον κουμπάρο μου.", [("name", "Μπάμπης")]),
    ("Το μεγάλο, πενήντα επί είκοσι πέντε, με το σκάκι από μέσα, τριακόσια είκοσι ευρώ.", []),
    ("Γράψε από κάτω: Στον Τάκη, γεννηθείς 14-3-1955, από τον κουμπάρο του.", [("date_of_birth", "14-3-1955")]),
    ("Στείλ' το στο μαγαζί, Γρηγορίου Λαμπράκη 118, Πειραιάς.", [("address", "Γρηγορίου Λαμπράκη 118, Πειραιάς")]),
    ("Κινητό έξι εννιά τέσσερα, πέντε δύο ένα, οχτώ εφτά μηδέν τρία. Όχι συγγνώμη, οχτώ εφτά μηδέν τέσσερα.",
     [("phone", "έξι εννιά τέσσερα, πέντε δύο ένα, οχτώ εφτά μηδέν τρία"), ("phone", "οχτώ εφτά μηδέν τέσσερα")]),
    ("Εντάξει κύριε Μπάμπη, έξι εβδομάδες, σας παίρνω όταν είναι έτοιμο.", [("name", "Μπάμπη")]),
    ("Θα δώσω προκαταβολή εκατό ευρώ στο IRIS, τα υπόλοιπα με αντικαταβολή.", []),
    ("Α, και για την απόδειξη ο ΑΦΜ μου, " + grp(_afm15, [3, 3, 3], " ") + ".", [("id", grp(_afm15, [3, 3, 3], " "))]),
    # evil-eye jewellery, young shop owner on Mykonos
    ("Mati Studio, γεια σας, η Ελένη.", [("name", "Ελένη")]),
    ("Γεια, η Δανάη είμαι από το Pretty Little Eye στη Μύκονο, θέλω να κάνω μια παραγγελία χονδρική.", [("name", "Δανάη")]),
    ("Τριακόσια βραχιόλια, εκατό σκουλαρίκια, και τα μεγάλα ματάκια για τοίχο, πενήντα.", []),
    ("Το email είναι danai.k παπάκι gmail τελεία com, με κ.", [("email", "danai.k παπάκι gmail τελεία com")]),
    ("Ο ΑΦΜ της επιχείρησης είναι 801452337, αλλά βάλτε και τον δικό μου, " + words(_afm9, EL_D) + ".",
     [("id", words(_afm9, EL_D))]),
    ("IBAN Πειραιώς " + _gr2 + ".", [("iban", _gr2)]),
    ("Η σεζόν ανοίγει 1η Μαΐου, άρα τα θέλω μέχρι 20 Απριλίου το αργότερο.", []),
]
not_personal("801452337")
LANGS["el"] = EL


_afm11 = afm("03385217")
_afm12 = afm("11670294")
_gr4 = iban("GR", "01101240000012400987654")
_gr5 = iban("GR", "01407360736002101445312")
_card23 = luhn("535400118837260")
_card24 = luhn("404515772093318")
_card25 = luhn("37448821903415")
not_personal("KA-2218", "1800")
EL += [
    # kaiki shipyard, fisherman from Kalymnos
    ("Καρνάγιο Πέραμα, ο Γιάννης, λέγετε.", [("name", "Γιάννης")]),
    ("Γεια σου, Σακελλαρίου λέγομαι, Μιχάλης, από την Κάλυμνο, για το τρεχαντήρι.", [("name", "Σακελλαρίου"), ("name", "Μιχάλης")]),
    ("Έξι μαδέρια κάτω από την ίσαλο, καλαφάτισμα ογδόντα μέτρα, και το κατάρτι εννιά μέτρα.", []),
    ("Ανεβάσαμε το σκάφος στις 2 Οκτωβρίου, είναι τριάντα πέντε η μέρα, σαράντα μέρες χίλια τετρακόσια.", []),
    ("ΑΦΜ " + words(_afm11, EL_D) + ", για το τιμολόγιο.", [("id", words(_afm11, EL_D))]),
    ("Το κινητό μου έξι εννιά εφτά, τριάντα ένα, είκοσι δύο, σαράντα οχτώ, μηδέν εννιά.",
     [("phone", "έξι εννιά εφτά, τριάντα ένα, είκοσι δύο, σαράντα οχτώ, μηδέν εννιά")]),
    ("Μένω στην Πόθια, οδός Αγίου Νικολάου 9, Κάλυμνος, 85200.", [("address", "οδός Αγίου Νικολάου 9, Κάλυμνος, 85200")]),
    ("Θα σου στείλω τα λεφτά από την Εθνική, " + grp(_gr4, [4, 4, 4, 4, 4, 4, 3]) + ".", [("iban", grp(_gr4, [4, 4, 4, 4, 4, 4, 3]))]),
    ("Η μηχανή είναι Volvo Penta MD22, και το καΐκι είναι του '68, νηολόγιο Καλύμνου 214.", []),
    # kazani (tsipouro still), Epirus villager
    ("Καζάνι Ζίτσας, λέγετε.", []),
    ("Ναι, καλησπέρα, ο Θόδωρος ο Νάκος είμαι από τα Γιάννενα, θέλω να κλείσω το καζάνι.", [("name", "Θόδωρος ο Νάκος")]),
    ("Έχω εξακόσια κιλά στέμφυλα, δύο μέρες, εκατόν είκοσι η μέρα, και η άδεια από το τελωνείο δώδεκα ευρώ.", []),
    ("Η σεζόν ανοίγει 25 Οκτωβρίου, θα έρθεις Σάββατο στις εφτά το πρωί με τα βαρέλια.", []),
    ("Γεννήθηκα τρεις Ιουλίου του εξήντα δύο.", [("date_of_birth", "τρεις Ιουλίου του εξήντα δύο")],
     "Για την άδεια του τελωνείου χρειάζομαι ΑΦΜ και ημερομηνία γέννησης."),
    ("Και ο ΑΦΜ, στάσου να τον βρω, " + grp(_afm12, [3, 3, 3], ".") + ".", [("id", grp(_afm12, [3, 3, 3], "."))]),
    ("Εντάξει κύριε Θόδωρε, σας έγραψα, Παρασκευή και Σάββατο.", [("name", "Θόδωρε")]),
    # stefana shop, bride from Limassol
    ("Στέφανα Λευκωσίας, η Μαρούλλα.", [("name", "Μαρούλλα")]),
    ("Καλημέρα, εν η Έλενα Χατζηπαναγιώτου, έστειλα email για τα ασημένια στέφανα.", [("name", "Έλενα Χατζηπαναγιώτου")]),
    ("Ο γάμος εν στις 7 Σεπτεμβρίου στον Άγιο Αντρέα, τζιαι θέλουμε τζιαι κουφέτα, πενήντα κουτιά.", []),
    ("Τα στέφανα με τις πέρλες κάμνουν διακόσια δέκα, με κέντημα στην κορδέλα δεκαπέντε παραπάνω.", []),
    ("Το email μου elena.hatzi at cytanet dot com dot cy.", [("email", "elena.hatzi at cytanet dot com dot cy")]),
    ("Να τα φέρετε στο σπίτι, Αρχιεπισκόπου Κυπριανού 34, διαμέρισμα 201, Λεμεσός 3036.",
     [("address", "Αρχιεπισκόπου Κυπριανού 34, διαμέρισμα 201, Λεμεσός 3036")]),
    ("Πληρώνω με κάρτα, πέντε τρία πέντε τέσσερα, " + words(_card23[4:8], EL_D) + ", " + _card23[8:12] + ", " + _card23[12:] + ".",
     [("card", "πέντε τρία πέντε τέσσερα, " + words(_card23[4:8], EL_D) + ", " + _card23[8:12] + ", " + _card23[12:])]),
    ("Να σου πω τζιαι το τηλέφωνο, +357 96 482 117.", [("phone", "+357 96 482 117")]),
    ("Σε ευχαριστώ Έλενα μου, ο κωδικός παραγγελίας είναι ΣΤ-4471.", [("name", "Έλενα")]),
    # table-olive packing house, farmer from Messinia selling olives
    ("Συσκευαστήριο Καλαμάτας, καλημέρα, ο Παναγιώτης.", [("name", "Παναγιώτης")]),
    ("Καλημέρα, η Βούλα η Αντωνοπούλου είμαι, από το Μελιγαλά, έχω δέκα τόνους ελιές Καλαμών.", [("name", "Βούλα η Αντωνοπούλου")]),
    ("Πληρώνουμε ένα και ογδόντα το κιλό για τη μεγάλη διαλογή, εκατόν ογδόντα έως διακόσια.", []),
    ("Ο λογαριασμός μου είναι στην Πειραιώς, GR " + words(_gr5[2:4], EL_D) + " " + grp(_gr5[4:], [4, 4, 4, 4, 4, 3]) + ".",
     [("iban", "GR " + words(_gr5[2:4], EL_D) + " " + grp(_gr5[4:], [4, 4, 4, 4, 4, 3]))]),
]


_afm13 = afm("05129946")
_afm14 = afm("14407382")
_cy5 = iban("CY", "005003530000000356981104")
_gr6 = iban("GR", "01720090005009078654321")
_card26 = luhn("455601447720931")
_card27 = luhn("543260019938117")
_card28 = luhn("400837265120044")
_card30 = luhn("557391004826613")
not_personal("2218", "1955")
EL += [
    ("Καλημέρα κυρία Βούλα, ο ΑΦΜ σας;", [("name", "Βούλα")]),
    ("Μισό, " + words(_afm13[:3], EL_D) + ", " + words(_afm13[3:6], EL_D) + ", " + words(_afm13[6:], EL_D) + ".",
     [("id", words(_afm13[:3], EL_D) + ", " + words(_afm13[3:6], EL_D) + ", " + words(_afm13[6:], EL_D))], "Και ο ΑΦΜ σας για το τιμολόγιο αγοράς;"),
    ("Η ζύγιση θα γίνει Τρίτη 14 Νοεμβρίου, η άλμη πέντε τοις εκατό, σε βαρέλια των διακοσίων κιλών.", []),
    # foukou clay-oven builder, Larnaca
    ("Φουκού και Φούρνοι Πάφου, καλημέρα.", []),
    ("Καλημέρα, θέλω να μου φτιάξετε ένα φουκού με βάση, το μεγάλο, για την αυλή.", []),
    ("Στη Λάρνακα, οδός Ερμού 76, Αραδίππου, 7101.", [("address", "οδός Ερμού 76, Αραδίππου, 7101")], "Η διεύθυνση για την κατασκευή;"),
    ("Το φουκού κάνει εννιακόσια πενήντα, η βάση τριακόσια, τζιαι η μεταφορά δωρεάν ως τη Λάρνακα.", []),
    ("Προκαταβολή με έμβασμα, " + _cy5 + ".", [("iban", _cy5)]),
    ("Τζιαι στείλτε μου την απόδειξη στο kostas_larnaca at gmail dot com.", [("email", "kostas_larnaca at gmail dot com")]),
    # Cretan knife maker, age check, young caller from Heraklion
    ("Μαχαιράδικο Χανίων, ναι;", []),
    ("Θέλω το κρητικό μαχαίρι με κέρατο κριαριού, το είκοσι δύο εκατοστά, και να γράφει μια μαντινάδα.", []),
    ("Δεκαεφτά Σεπτεμβρίου του δύο χιλιάδες τρία.", [("date_of_birth", "Δεκαεφτά Σεπτεμβρίου του δύο χιλιάδες τρία")],
     "Για λάμα πάνω από δώδεκα εκατοστά πρέπει να είσαι ενήλικας, ημερομηνία γέννησης;"),
    ("Και ένα για τον αδερφό μου, αυτός είναι γεννημένος 30/01/1998.", [("date_of_birth", "30/01/1998")]),
    ("Κάρτα " + words(_card26, EL_D) + ".", [("card", words(_card26, EL_D))]),
    ("Αν δεν περάσει δοκίμασε την άλλη, " + grp(_card29, [4, 4, 4, 4], "-") + ".", [("card", grp(_card29, [4, 4, 4, 4], "-"))]),
    # tsarouchia workshop, folk-dance association in Ioannina
    ("Τσαρουχάδικο Αθηνών, γεια σας.", []),
    ("Γεια σας, από τον Σύλλογο Ηπειρωτών Ιωαννίνων, θέλουμε είκοσι τέσσερα ζευγάρια τσαρούχια.", []),
    ("Νούμερα από τριάντα οχτώ έως σαράντα τέσσερα, για το φεστιβάλ τον Ιούλιο.", []),
    ("Το ζευγάρι εκατόν πενήντα, και πάνω από είκοσι ζευγάρια δέκα τοις εκατό έκπτωση.", []),
    ("Ο ΑΦΜ του προέδρου, γιατί ο σύλλογος δεν έχει ακόμα, είναι " + _afm14 + ".", [("id", _afm14)]),
    ("Το email είναι syllogos.ipeiroton@yahoo.gr.", [("email", "syllogos.ipeiroton@yahoo.gr")]),
    ("Πληρωμή με την κάρτα του ταμία, " + grp(_card27, [4, 4, 4, 4]) + ", λήγει δώδεκα είκοσι έξι.", [("card", grp(_card27, [4, 4, 4, 4]))]),
    ("Η παραγγελία ΤΣ-2218 θα είναι έτοιμη σε πέντε εβδομάδες, οι σόλες είναι με καρφιά.", []),
    # flokati rug workshop, older woman in Trikala
    ("Φλοκάτες Τρικάλων, λέγετε.", []),
    ("Θέλω μια φλοκάτη δύο επί τρία, άσπρη, για το σαλόνι, και να πλύνετε και την παλιά μου.", []),
    ("Είκοσι δύο κιλά μαλλί, εξακόσια ογδόντα, και το πλύσιμο της παλιάς σαράντα ευρώ.", []),
    ("Μένω Ασκληπιού 31, Τρίκαλα, δεύτερος όροφος, κουδούνι Τσιούμα.", [("address", "Ασκληπιού 31, Τρίκαλα, δεύτερος όροφος")]),
    ("Θα πληρώσω στον λογαριασμό σας από την Alpha, από το δικό μου " + grp(_gr6, [4, 4, 4, 4, 4, 4, 3]) + ".",
     [("iban", grp(_gr6, [4, 4, 4, 4, 4, 4, 3]))]),
    ("Σταθερό είκοσι τέσσερα τριάντα ένα, ενενήντα δύο, δεκαοχτώ, πενήντα.", [("phone", "είκοσι τέσσερα τριάντα ένα, ενενήντα δύο, δεκαοχτώ, πενήντα")]),
    ("Η παλιά φλοκάτη είναι του 1955, από την προίκα της μάνας μου, να προσέχετε.", []),
    # krokos saffron mail-order, young Athenian chef
    ("Κρόκος Κοζάνης, τηλεφωνικές παραγγελίες, καλησπέρα.", []),
    ("Γεια, θέλω είκοσι κουτάκια του ενός γραμμαρίου για το εστιατόριο, στο Κουκάκι.", []),
    ("Βάλε στην κάρτα " + _card28[:4] + " " + _card28[4:8] + ", " + words(_card28[8:], EL_D) + ".",
     [("card", _card28[:4] + " " + _card28[4:8] + ", " + words(_card28[8:], EL_D))]),
    ("Το μέιλ είναι chef τελεία nikos παπάκι koukaki κάτω παύλα kitchen τελεία gr.",
     [("email", "chef τελεία nikos παπάκι koukaki κάτω παύλα kitchen τελεία gr")]),
    ("Είμαι τέσσερα Απριλίου ογδόντα οχτώ.", [("date_of_birth", "τέσσερα Απριλίου ογδόντα οχτώ")],
     "Για τον λογαριασμό πελάτη χρειάζομαι και ημερομηνία γέννησης."),
    ("Η σοδειά άργησε φέτος, οπότε στέλνουμε μετά τις 5 Δεκεμβρίου, μεταφορικά τέσσερα ευρώ.", []),
    ("Το γραμμάριο δεκατέσσερα ευρώ, κατηγορία ένα, ISO 3632, με πιστοποιητικό για κάθε παρτίδα.", []),
]
EL += [
    ("Ή καλύτερα με κάρτα, πέντε πέντε εφτά τρία, " + words(_card30[4:10], EL_D) + ", " + _card30[10:] + ".",
     [("card", "πέντε πέντε εφτά τρία, " + words(_card30[4:10], EL_D) + ", " + _card30[10:])]),
    ("Γράψε και το email της εγγονής μου, maria.tsiouma2004@gmail.com, αυτή τα κοιτάει.", [("email", "maria.tsiouma2004@gmail.com")]),
    ("Ο πρόεδρος είναι γεννημένος 5 Νοεμβρίου 1958, αν το χρειάζεστε για την τράπεζα.", [("date_of_birth", "5 Νοεμβρίου 1958")]),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    for lang, items in LANGS.items():
        rows = build(items, lang)
        with open(os.path.join(OUT, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        c = Counter(s["kind"] for r in rows for s in r["spans"])
        empty = sum(1 for r in rows if not r["spans"])
        print(lang, "items", len(rows), "spans", sum(c.values()), "empty", empty, dict(sorted(c.items())))


if __name__ == "__main__":
    main()
