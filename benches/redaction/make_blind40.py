#!/usr/bin/env python3
"""Held-out evaluation set "blind40" for the call-transcript personal-data redactor.

Written by a helper session working only from a written brief. The helper never read the
redactor, its rules, its tests or any other evaluation set or generator; every line below comes
from the brief's specification of what counts as personal and from general knowledge of how
people talk on customer-service phone calls. All values are invented; check-digit values
(cards, IBANs, national IDs) are computed here.

Output: data/redaction/blind40/{en,ar,he,el}.jsonl, one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}
  - kind: card, iban, id, phone, email, date_of_birth, name, address
  - start/end: BYTE offsets into the UTF-8 encoding of text (end exclusive)
  - context (optional, not scored): an earlier line of the same call
  - items with empty spans are non-personal and must come out unchanged.

Run: python3 benches/redaction/make_blind40.py   (standard library only, deterministic)
"""

import json
import os
import re
import sys

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT_DIR = os.path.join(ROOT, "data", "redaction", "blind40")

# ---------------------------------------------------------------- check digits

def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(payload):
    """Append the Luhn check digit to payload."""
    for c in "0123456789":
        if luhn_ok(payload + c):
            return payload + c
    raise AssertionError


def card(prefix, length, fill="3851907264"):
    body = prefix
    i = 0
    while len(body) < length - 1:
        body += fill[i % len(fill)]
        i += 1
    num = luhn_complete(body)
    assert len(num) == length and luhn_ok(num)
    return num


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "NL": 18, "FR": 27}


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(iban):
    iban = iban.replace(" ", "")
    return (IBAN_LEN.get(iban[:2]) == len(iban)) and iban_num(iban[4:] + iban[:4]) % 97 == 1


def iban(country, bban):
    check = 98 - iban_num(bban + country + "00") % 97
    s = "%s%02d%s" % (country, check, bban)
    assert len(s) == IBAN_LEN[country], (s, len(s))
    assert iban_ok(s)
    return s


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def tz_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    t = 0
    for i, ch in enumerate(d):
        v = int(ch) * (1 if i % 2 == 0 else 2)
        t += v if v < 10 else v - 9
    return t % 10 == 0


def tz(payload8):
    for c in "0123456789":
        if tz_ok(payload8 + c):
            return payload8 + c
    raise AssertionError


def afm_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    s = sum(int(d[i]) * (2 ** (8 - i)) for i in range(8))
    return (s % 11) % 10 == int(d[8])


def afm(payload8):
    for c in "0123456789":
        if afm_ok(payload8 + c):
            return payload8 + c
    raise AssertionError


def saudi_ok(d):
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def saudi(payload9):
    assert payload9[0] in "12" and len(payload9) == 9
    return luhn_complete(payload9)


def ssn_ok(a, g, s):
    a, g, s = int(a), int(g), int(s)
    return 0 < a < 900 and a != 666 and g > 0 and s > 0

# ---------------------------------------------------------------- spoken digits

EN_D = "zero one two three four five six seven eight nine".split()
AR_D = "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
HE_D = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()   # feminine (counting) forms
HE_DM = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()  # masculine
EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οχτώ εννιά".split()
AR_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def words(digits, table, sep=" "):
    return sep.join(table[int(c)] for c in digits if c.isdigit())


def indic(s):
    return s.translate(AR_INDIC)

# ---------------------------------------------------------------- building items

DIGIT_RUN = re.compile(r"[0-9٠-٩](?:[ \-.]?[0-9٠-٩])*")


def digits_of(s):
    return "".join(str(int(c)) for c in s if c.isdigit())


def check_no_valid_numbers(text, covered):
    """Long digit runs outside spans must fail the card / ID checks."""
    for m in DIGIT_RUN.finditer(text):
        if any(a <= m.start() < b for a, b in covered):
            continue
        d = digits_of(m.group())
        where = (text, m.group())
        if 13 <= len(d) <= 19:
            assert not luhn_ok(d), ("luhn-valid non-personal", where)
        if len(d) == 9:
            assert not tz_ok(d), ("TZ-valid non-personal", where)
            assert not afm_ok(d), ("AFM-valid non-personal", where)
        if len(d) == 10 and d[0] in "12":
            assert not luhn_ok(d), ("saudi-valid non-personal", where)


def build(items, lang):
    rows = []
    for it in items:
        text, spans = it[0], it[1]
        ctx = it[2] if len(it) > 2 else None
        assert isinstance(text, str) and isinstance(spans, list), it
        b = text.encode("utf-8")
        out, covered = [], []
        for sp in spans:
            kind, sub = sp[0], sp[1]
            occ = sp[2] if len(sp) > 2 else None
            assert kind in KINDS, (kind, text)
            sb = sub.encode("utf-8")
            hits = [m.start() for m in re.finditer(re.escape(sb), b)]
            # whole-word occurrences only (so "Raj" does not match inside "Rajinder")
            hits = [h for h in hits
                    if not (sub[0].isalnum() and h > 0 and b[:h].decode("utf-8")[-1].isalnum())
                    and not (sub[-1].isalnum() and h + len(sb) < len(b)
                             and b[h + len(sb):].decode("utf-8")[0].isalnum())]
            assert hits, ("span not found", lang, sub, text)
            if occ is None:
                assert len(hits) == 1, ("ambiguous span, give occurrence", lang, sub, text)
                occ = 0
            start = hits[occ]
            end = start + len(sb)
            assert b[start:end].decode("utf-8") == sub
            assert sub == sub.strip() and sub, (sub, text)
            out.append({"kind": kind, "start": start, "end": end})
            cs = len(b[:start].decode("utf-8"))
            covered.append((cs, cs + len(sub)))
        out.sort(key=lambda s: s["start"])
        for x, y in zip(out, out[1:]):
            assert x["end"] <= y["start"], ("overlapping spans", text)
        check_no_valid_numbers(text, covered)
        row = {"text": text, "spans": out}
        if ctx:
            row["context"] = ctx
        rows.append(row)
    return rows


LANGS = {}

# ================================================================ languages below



# ---------------------------------------------------------------- English
# Calls: pallet recycling yard (Leeds), forklift servicing (Ohio), hydraulic hose repair van
# (NSW), sheep-shearing contractor (Wicklow), electric-motor rewinding (Leicester), farrier
# (Gloucestershire), powder coating (south London), tachograph calibration (Wales),
# cooperage (Kentucky), hay and straw bales (Tipperary), truck tarpaulin maker (Queensland),
# weighing-scale calibration (New Jersey).

EN_C1 = card("4539", 16, "1207348865")
EN_C2 = card("5412", 16, "7730189246")
EN_C3 = card("3782", 15, "6410925873")
EN_C4 = card("6011", 16, "0098415237")
EN_C5 = card("4921", 16, "5563820147")
EN_C6 = card("2223", 16, "4019785632")
EN_C7 = card("3530", 16, "1184506729")
EN_C8 = card("4", 13, "716028345")
EN_I1 = iban("GB", "NWBK60144822937418")
EN_I2 = iban("IE", "AIBK93118627104455")
EN_I3 = iban("GB", "BARC20451773926150")
EN_I4 = iban("IE", "BOFI90533819027736")
EN_I5 = iban("DE", "370400440532013000")
EN_I6 = iban("GB", "LOYD30962718450263")
EN_I7 = iban("CY", "002001280000001200527600")
EN_I8 = iban("IE", "ULSB98510320664718")

EN = [
    # -- call 1: pallet recycling yard, Leeds
    ("Hiya, it's Bernadette Okafor from Crossgates Joinery, we've got about forty Euro pallets and twelve of the half ones that want picking up.",
     [("name", "Bernadette Okafor")]),
    ("Forty Euros and twelve halves, lovely. We pay two pound fifty a pallet on grade A, one twenty on the halves, and anything with a snapped bearer we just take for free.", []),
    ("Right, no problem, and where are we collecting from, is it the workshop?", []),
    ("No it's from home, I work out the back of the house, it's 14 Thorn Lane, Roundhay, LS8 1PQ. There's a side gate.",
     [("address", "14 Thorn Lane, Roundhay, LS8 1PQ")], "And where are we collecting from?"),
    ("ok so thursday the ninth between eight and twelve and the wagon's a seven and a half tonner so he'll need to back up the lane", []),
    ("Um, it's the business account, " + group4(EN_I1) + ".", [("iban", group4(EN_I1))], "And where do you want the money paying into?"),
    ("And for the remittance, email bernie at crossgatesjoinery dot co dot uk, Bernie with an I E.",
     [("email", "bernie at crossgatesjoinery dot co dot uk")]),
    ("Actually no, don't use that one, pay it into my own account, it's " + EN_I3 + ".", [("iban", EN_I3)]),
    ("Your collection reference is P R four one seven seven zero, and it's usually paid within fourteen days of the lorry getting back.", []),
    ("Great, and can you text me on the day? It's oh seven seven double oh, nine hundred, four one five.",
     [("phone", "oh seven seven double oh, nine hundred, four one five")]),

    # -- call 2: forklift servicing, Columbus, Ohio
    ("Yeah hi, my name's Rodney Pruitt, I own Pruitt Brothers Lumber over on Refugee Road.", [("name", "Rodney Pruitt")]),
    ("It's a Toyota 8FGCU25, propane, about eleven thousand hours on it, and the mast is drifting down maybe two inches a minute with a load on the forks.", []),
    ("That sounds like the lift cylinder seals. The service call is one twenty-five, then ninety-eight an hour labor, and the seal kit runs about two hundred and forty.", []),
    ("Sure, for a sole proprietor the credit application needs a personal guarantee, so I'll need your Social Security number and date of birth.", []),
    ("Social is 412-68-3390.", [("id", "412-68-3390")], "I'll need your Social Security number and date of birth."),
    ("Home address on the guarantee would be 5530 Bixby Road, Groveport, Ohio, four three one two five.",
     [("address", "5530 Bixby Road, Groveport, Ohio, four three one two five")]),
    ("So that's four one two, six eight, three three nine oh?", [("id", "four one two, six eight, three three nine oh")]),
    ("And the birthday is, uh, July 22nd 1971.", [("date_of_birth", "July 22nd 1971")]),
    ("my cell six one four five five five zero one nine two", [("phone", "six one four five five five zero one nine two")], "Perfect, and the best callback number?"),
    ("Okay, the tech can be out Tuesday the 14th, first stop, so around seven thirty a.m.", []),
    ("Your work order is 2024-118730, and the credit decision usually takes two to three business days.", []),

    # -- call 3: mobile hydraulic hose repair, Riverina NSW
    ("Yeah g'day, it's Brendan McAllister, out at Yenda. Blew a hose on the header this arvo.",
     [("name", "Brendan McAllister")]),
    ("It's the half inch one off the reel lift, two-wire, about one point two metres, JIC ends both sides I reckon.", []),
    ("Righto, call-out's a hundred and sixty-five plus the hose, the van's at Leeton till about four so he'll be with you round five thirty.", []),
    ("It's 2217 Burley Griffin Way, Yenda, the shed's the second gate past the silos.", [("address", "2217 Burley Griffin Way, Yenda")], "What's the property address, mate?"),
    ("oh four one two, nine three eight, five five seven", [("phone", "oh four one two, nine three eight, five five seven")], "And the best mobile?"),
    ("Yep, it's an Amex, " + EN_C3[:4] + " " + EN_C3[4:10] + " " + EN_C3[10:] + ", expiry oh nine twenty-seven.",
     [("card", EN_C3[:4] + " " + EN_C3[4:10] + " " + EN_C3[10:])]),
    ("Done, one sixty-five taken, receipt number 88412, and the driver'll give you a ring when he's at the grid.", []),

    # -- call 4: sheep-shearing contractor, Co. Wicklow
    ("Hi, this is Siobhán Doyle, I'm on to you about the ewes, we've about three hundred and sixty this year.",
     [("name", "Siobhán Doyle")]),
    ("Eight rams and maybe forty hoggets. The lads were out the second week of June last year, could ye do the same?", []),
    ("We could do the twelfth or the thirteenth of June. It's two seventy-five a head for ewes, rams are a fiver.", []),
    ("No we moved, it's Ballinacor Lower, Rathdrum, County Wicklow, and the Eircode is A67 K2T9.",
     [("address", "Ballinacor Lower, Rathdrum, County Wicklow"), ("address", "A67 K2T9")], "Where's the yard exactly?"),
    ("It's I E, " + " ".join(EN_I2[2:4]) + ", " + group4(EN_I2[4:]) + ".", [("iban", "I E, " + " ".join(EN_I2[2:4]) + ", " + group4(EN_I2[4:]))],
     "Actually read me out your IBAN again."),
    ("My mobile is oh eight seven, two one four, three three six eight, if the lads are running late.",
     [("phone", "oh eight seven, two one four, three three six eight")]),
    ("Perfect. The wool's going to the Wool Council depot in Tullow anyway, so we'll take it on the trailer.", []),
]
LANGS["en"] = EN


EN += [
    # -- call 5: electric-motor rewinding, Leicester
    ("Hello madam, I am calling regarding the motor we dropped on Monday, the eleven kilowatt one from the dyeing machine.", []),
    ("Yes, Rajinder Singh Sandhu, everybody calls me Raj.", [("name", "Rajinder Singh Sandhu"), ("name", "Raj")], "Can I take your name?"),
    ("Thanks. So the stator's burnt on one phase, it's a full rewind, four pole, and the bearings are shot, we'd do both ends, six three one two C3.",
     []),
    ("Total is five hundred and eighty-four pound plus VAT, and it's seven working days, so ready on the 21st.", []),
    ("Four nine two one, " + " ".join([EN_C5[4:8], EN_C5[8:12], EN_C5[12:]]) + ", expiry is zero eight by twenty-six.",
     [("card", "Four nine two one, " + " ".join([EN_C5[4:8], EN_C5[8:12], EN_C5[12:]]))], "Go ahead with the long number."),
    ("raj dot sandhu at sandhu textiles dot co dot uk, sandhu is S A N D H U.",
     [("email", "raj dot sandhu at sandhu textiles dot co dot uk")], "And an email for the invoice?"),
    ("And your mobile, Raj?", [("name", "Raj")]),
    ("zero seven eight four one, no sorry, zero seven eight one four, six six two nine nine one",
     [("phone", "zero seven eight four one, no sorry, zero seven eight one four, six six two nine nine one")], "And your mobile?"),
    ("Lovely, job number is R W slash 5507, quote that when you come to collect.", []),

    # -- call 6: farrier, Gloucestershire
    ("Hello, you're through to Tom Hollis the farrier, I'm under a horse so leave me a message and I'll ring you back.", [("name", "Tom Hollis")]),
    ("Hi, it's Pip, Philippa Langford-Reeve, at the yard in Bisley. Dancer's thrown a front shoe again, the near fore.",
     [("name", "Pip"), ("name", "Philippa Langford-Reeve")]),
    ("Could you squeeze us in before Saturday, we've got a one-day event at Cirencester Park, we're in the ninety-centimetre class.", []),
    ("My number is zero seven nine seven three, four four one, two zero eight.", [("phone", "zero seven nine seven three, four four one, two zero eight")]),
    ("Hiya, it's the farrier, got your message. I can do Thursday about four, I'm at Miserden in the afternoon anyway.", []),
    ("Can I give you the card now so I don't forget? " + words(EN_C1, EN_D) + ", and it's the twenty-eight for the refit.",
     [("card", words(EN_C1, EN_D))]),
    ("Set of fronts with the road studs is seventy-five, a single refit is twenty-eight.", []),
    ("Yes, Stancombe Farm, Wells Road, Bisley, GL6 7BZ, the top yard.", [("address", "Stancombe Farm, Wells Road, Bisley, GL6 7BZ")], "Is it still Stancombe Farm?"),

    # -- call 7: powder coating, south London
    ("Good morning. My name is Chukwuemeka Obi, Emeka, I have two driveway gates and some railings that I want coated black.",
     [("name", "Chukwuemeka Obi"), ("name", "Emeka")]),
    ("OK Emeka, are they already blasted or do they need shot blasting first?", [("name", "Emeka")]),
    ("They are old, there is rust, so blasting also. The gates are each one point eight by one point five, the railings about nine metres.", []),
    ("So with blasting, zinc primer and RAL 9005 satin, it comes to six hundred and forty pounds, and turnaround is ten days.", []),
    ("Please send the quote to my email, it is emeka underscore obi seventy-four at gmail dot com.",
     [("email", "emeka underscore obi seventy-four at gmail dot com")]),
    ("Emeka underscore obi seven four at gmail dot com, got it.", [("email", "Emeka underscore obi seven four at gmail dot com")]),
    ("The pickup is from my house, 41 Sunnyhill Road, Streatham, S W sixteen two U H.",
     [("address", "41 Sunnyhill Road, Streatham, S W sixteen two U H")]),
    ("And if you can't reach me, my number is plus two three four, eight zero three, five five five, one one seven two, I travel to Lagos on the fifth.",
     [("phone", "plus two three four, eight zero three, five five five, one one seven two")]),
    ("We'll need fifty percent deposit, three hundred and twenty, can I take a card?", []),
    ("It's a Mastercard, " + group4(EN_C2) + ".", [("card", group4(EN_C2))]),

    # -- call 8: tachograph calibration, Newport
    ("Hiya, Gareth Pryce here, Pryce Haulage, I've got the DAF booked in for the two-year calibration on the 3rd and I need a workshop card sorted for my new lad too.",
     [("name", "Gareth Pryce")]),
    ("Calibration's one forty-five, that's the DAF XF on the 66 plate, yeah?", []),
    ("That's the one. The new driver's my nephew, he's never had a card, he's only twenty-two.", []),
    ("He'll need to apply to the DVLA himself, I can't do that for him, but send me his details for the job sheet. What's his date of birth?", []),
    ("He's Kieran, born the nineteenth of November two thousand and two.", [("date_of_birth", "the nineteenth of November two thousand and two")],
     "What's his date of birth?"),
    ("And yours for the account, Gaz, for the operator record?", [("name", "Gaz")]),
    ("Oh-four, oh-six, seventy-eight.", [("date_of_birth", "Oh-four, oh-six, seventy-eight")], "And yours for the account, for the operator record?"),
    ("Send the certificate to gaz at pryce haulage dot wales, P R Y C E.", [("email", "gaz at pryce haulage dot wales")]),
    ("Lovely. The van'll be in bay two, there's a forty-five minute wait, and the plaque's valid till 2027.", []),
    ("Put the calibration on the Visa though, no sorry, the JCB, " + group4(EN_C7) + ".", [("card", group4(EN_C7))]),
    ("Yeah, " + EN_I6[:2] + " " + EN_I6[2:4] + " " + EN_I6[4:8] + " " + " ".join([EN_I6[8:14], EN_I6[14:]]) + ".",
     [("iban", EN_I6[:2] + " " + EN_I6[2:4] + " " + EN_I6[4:8] + " " + " ".join([EN_I6[8:14], EN_I6[14:]]))]),
]
LANGS["en"] = EN


EN_SSN2 = "417-02-8863"
EN_SSN3 = "233-71-0459"
EN_TZ1 = tz("32594817")
EN_IQ1 = saudi("241877305")
EN_I9 = iban("IL", "0108000000099994321")
EN_I10 = iban("SA", "80000000608010167519")
EN += [
    # -- call 9: cooperage, Lebanon, Kentucky
    ("Marion County Cooperage, accounts payable.", []),
    ("Hey there, my name is Wade Tackett, I log white oak up around Jackson County, your stave buyer said I gotta fill out a W-9 before y'all can pay me for the last two loads.",
     [("name", "Wade Tackett")]),
    ("Four one seven, oh two, eighty-eight sixty-three.", [("id", "Four one seven, oh two, eighty-eight sixty-three")], "Then I need your Social."),
    ("So that's " + EN_SSN2 + ", and what mailing address do you want the 1099 sent to?", [("id", EN_SSN2)]),
    ("P.O. Box 212, McKee, Kentucky 40447.", [("address", "P.O. Box 212, McKee, Kentucky 40447")], "What mailing address do you want the 1099 sent to?"),
    ("If the check doesn't come I'm at six oh six, five five five, oh one seven three.", [("phone", "six oh six, five five five, oh one seven three")]),
    ("The two loads were 4,860 board feet at ninety-five cents, so that check is four thousand six hundred seventeen dollars, it'll go out Friday.", []),
    ("Oh, and the bourbon barrel you wanted for your porch, the used number three char, that's eighty-five, you want to put that on a card?", []),
    ("Yeah go ahead, it's a Discover, " + " ".join([EN_C4[:4], EN_C4[4:8], EN_C4[8:12], EN_C4[12:]]) + ".",
     [("card", " ".join([EN_C4[:4], EN_C4[4:8], EN_C4[8:12], EN_C4[12:]]))]),
    ("wade tackett sixty-six at yahoo dot com, all one word", [("email", "wade tackett sixty-six at yahoo dot com")], "And an email for the receipt?"),

    # -- call 10: hay and straw bales, Co. Tipperary
    ("Hello is that Ryan's for the straw? This is Ger Heffernan from Cappawhite, I'm looking for a hundred and twenty round bales of barley straw.",
     [("name", "Ger Heffernan")]),
    ("It is yeah. Barley straw is twenty-eight a bale this year, delivered, the four by four rounds, and the hay's forty-five.", []),
    ("We'd get it out to you the week of the 7th of October, we'd want it paid before the lorry leaves, it's the way we're doing it now.", []),
    ("Fair enough. Send me the bank details, my email's gerheffernan at eircom dot net.", [("email", "gerheffernan at eircom dot net")]),
    ("Sure I'll give you mine so, it's " + group4(EN_I4) + ".", [("iban", group4(EN_I4))]),
    ("And a number for the driver, Ger?", [("name", "Ger")]),
    ("Deliver to Gortnahoe, Cappawhite, it's E34 YX60 for the sat nav, the yard with the green gates.",
     [("address", "Gortnahoe, Cappawhite"), ("address", "E34 YX60")]),
    ("Oh eight six, double three four, one nine nine oh.", [("phone", "Oh eight six, double three four, one nine nine oh")], "And a number for the driver?"),

    # -- call 11: truck tarpaulin maker, Toowoomba QLD
    ("Darling Downs Tarps.", []),
    ("Yeah hi, I need a new tarp for a tipper, it's a ten-wheeler, the body's six point two by two point four, we want the PVC six-fifty gsm with the roll-over arms.", []),
    ("Can do, that one's nineteen hundred and eighty plus GST, about three weeks. Who am I speaking to?", []),
    ("Sorry, it's Dinh, Dinh Nguyen, D I N H.", [("name", "Dinh", 0), ("name", "Dinh Nguyen")], "Who am I speaking to?"),
    ("Send it to home, 36 Curzon Street, Toowoomba 4350, I'm there in the mornings.", [("address", "36 Curzon Street, Toowoomba 4350")]),
    ("Card's a Mastercard " + " ".join([EN_C6[:4], EN_C6[4:8]]) + ", uh, " + " ".join([EN_C6[8:12], EN_C6[12:]]) + ".",
     [("card", " ".join([EN_C6[:4], EN_C6[4:8]]) + ", uh, " + " ".join([EN_C6[8:12], EN_C6[12:]]))]),
    ("Email for the invoice, dinh dot n dot transport at outlook dot com dot au.", [("email", "dinh dot n dot transport at outlook dot com dot au")]),

    # -- call 12: weighing-scale calibration, Newark NJ
    ("Hello, the weights and measures inspector came to my deli on Ferry Street and he put a red tag on the counter scale, it's a Mettler Toledo, the Ariva S.", []),
    ("OK, we can certify or replace. A new legal-for-trade sixty-pound scale is six forty-nine, or you can lease it for twenty-eight a month on a thirty-six month lease.", []),
    ("For the lease the finance company needs the owner's full name, Social and date of birth.", []),
    ("Ademola Bankole-Williams. The social is 2 3 3, 7 1, 0 4 5 9.", [("name", "Ademola Bankole-Williams"), ("id", "2 3 3, 7 1, 0 4 5 9")],
     "The finance company needs the owner's full name, Social and date of birth."),
    ("And birth date is fifth of September nineteen sixty-eight.", [("date_of_birth", "fifth of September nineteen sixty-eight")]),
    ("Put the deposit on the Visa, it's an old one, only thirteen numbers, " + EN_C8[:4] + " " + EN_C8[4:7] + " " + EN_C8[7:10] + " " + EN_C8[10:] + ".",
     [("card", EN_C8[:4] + " " + EN_C8[4:7] + " " + EN_C8[7:10] + " " + EN_C8[10:])]),
    ("Best number is 973-555-0148, that's the store.", [("phone", "973-555-0148")]),
    ("Thank you Mr. Bankole-Williams, the technician can come Monday between ten and two.", [("name", "Bankole-Williams")]),

    # -- call 13: shuttering-plywood and formwork supplier, export desk, Hull
    ("Hi, I'm calling from Riyadh, my name is Mohammed Irfan Qureshi, site procurement, we want two containers of film-faced eighteen mil.", [("name", "Mohammed Irfan Qureshi")]),
    ("Iqama is " + EN_IQ1[:3] + " " + EN_IQ1[3:6] + " " + EN_IQ1[6:] + ", and date of birth is 03/11/1986.",
     [("id", EN_IQ1[:3] + " " + EN_IQ1[3:6] + " " + EN_IQ1[6:]), ("date_of_birth", "03/11/1986")], "Your iqama number please."),
    ("Email is irfan dot qureshi eighty-six at gmail dot com.", [("email", "irfan dot qureshi eighty-six at gmail dot com")]),
    ("Yes, " + group4(EN_I10) + ", and my mobile is plus nine six six five five three one two eight eight four zero.",
     [("iban", group4(EN_I10)), ("phone", "plus nine six six five five three one two eight eight four zero")]),

    # -- call 14: plywood and timber trade counter, Kibbutz sales office, Anglo carpenter
    ("Hi, this is Shmuel, Sam really, I made aliyah from Cleveland two years ago and I'm opening a trade account for my carpentry business.", [("name", "Shmuel"), ("name", "Sam")]),
    ("It's " + " ".join(EN_TZ1[:3]) + ", " + " ".join(EN_TZ1[3:6]) + ", " + " ".join(EN_TZ1[6:]) + ", born the 30th of January 1990.",
     [("id", " ".join(EN_TZ1[:3]) + ", " + " ".join(EN_TZ1[3:6]) + ", " + " ".join(EN_TZ1[6:])), ("date_of_birth", "the 30th of January 1990")],
     "I need your teudat zehut number and date of birth."),
    ("Thirtieth of the first, ninety, got it.", [("date_of_birth", "Thirtieth of the first, ninety")]),
    ("It's " + EN_I9 + ", at Leumi.", [("iban", EN_I9)]),
    ("my phone is oh five four, seven seven one, twenty-three, oh eight", [("phone", "oh five four, seven seven one, twenty-three, oh eight")]),
    ("And my email is sam at oakandolive dot co dot il, oak and olive all one word.", [("email", "sam at oakandolive dot co dot il")]),
    ("Birch plywood fifteen mil is a hundred and ninety-two shekels a sheet, we deliver on Sundays and Wednesdays, minimum order twenty sheets.", []),
]
LANGS["en"] = EN


# ---------------------------------------------------------------- Arabic
# Calls: date-palm pollination contractor (Al-Ahsa, Gulf), hammered-copper workshop (Damascus,
# Levantine), steel-rebar supplier (Cairo, Egyptian), reefer-container rental (Jebel Ali, Gulf/MSA),
# jute-sack supplier (Meknes, Darija), sandblasting workshop (Amman, Jordanian),
# banana-ripening rooms (Jordan Valley), cold-room installer (Riyadh), hot-dip galvanising plant
# (10th of Ramadan City, Egyptian), grain-silo storage (MSA), camel-saddle maker (Taif),
# mother-of-pearl inlay workshop (Damascus).

AR_ID1 = saudi("108457293")
AR_ID2 = saudi("110394862")
AR_ID3 = saudi("107726541")
AR_IQ1 = saudi("236601847")
AR_ID4 = saudi("103158870")
AR_ID5 = saudi("112904417")
AR_C1 = card("4847", 16, "3019265584")
AR_C2 = card("5336", 16, "9017742286")
AR_C3 = card("4182", 16, "6650319027")
AR_C4 = card("5204", 16, "7318820954")
AR_C5 = card("4", 16, "9653104728")
AR_C6 = card("5", 16, "2604817395")
AR_C7 = card("3759", 15, "0284613376")
AR_C8 = card("4464", 16, "0837215590")
AR_I1 = iban("SA", "15000608010392715544")
AR_I2 = iban("EG", "0019000500000000263180002")
AR_I3 = iban("AE", "0260001015533789011")
AR_I4 = iban("JO", "CBJO0010000000000131000302")
AR_I5 = iban("JO", "ARAB1180000000118200754500")
AR_I6 = iban("EG", "0003000400000007719244105")
AR_I7 = iban("SA", "45000000021380054911")
AR_I8 = iban("AE", "0330000019100982741")
EG_D = "زيرو واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split()

AR = [
    # -- call 1: date-palm pollination contractor, Al-Ahsa
    ("السلام عليكم، مؤسسة الواحة لتلقيح النخيل، معك فهد، تفضل.", [("name", "فهد")]),
    ("وعليكم السلام، هلا والله، أنا أبو سلطان، عبدالله الملحم، عندي مزرعة بالمنيزلة وأبي أحجز التلقيح هالسنة.",
     [("name", "أبو سلطان"), ("name", "عبدالله الملحم")]),
    ("حياك الله يا أبو سلطان، كم نخلة عندك طال عمرك؟", [("name", "أبو سلطان")]),
    ("تقريبا ثلاث مية وعشرين نخلة، أغلبها خلاص وشوية رزيز وشيشي.", []),
    ("التلقيح بخمسة عشر ريال للنخلة، والطلع علينا من فحول الشيخ، ونبدأ أول الشهر الجاي ثلاث مرات كل عشرة أيام.", []),
    ("رقم الهوية " + indic(AR_ID1) + "، وتاريخ الميلاد بالهجري ١٤٠٢/٠٣/١٧.",
     [("id", indic(AR_ID1)), ("date_of_birth", "١٤٠٢/٠٣/١٧")], "عشان العقد نحتاج رقم الهوية وتاريخ الميلاد."),
    ("٧٣٢١ طريق الملك عبدالعزيز، المنيزلة، الرمز البريدي ٣٦٤٢١، المزرعة اللي بوابتها خضرا بعد محطة الدريس.",
     [("address", "٧٣٢١ طريق الملك عبدالعزيز، المنيزلة، الرمز البريدي ٣٦٤٢١")], "والعنوان الوطني للمزرعة؟"),
    ("وجوالي يا أخوي صفر خمسة خمسة، ثلاثة أربعة ثمانية، سبعة واحد واحد تسعة، العامل ما يرد دايم.",
     [("phone", "صفر خمسة خمسة، ثلاثة أربعة ثمانية، سبعة واحد واحد تسعة")]),
    ("وإذا بترسلون العقد، الإيميل عبدالله دوت الملحم اثنين اثنين ات جيميل دوت كوم، كله إنجليزي.",
     [("email", "عبدالله دوت الملحم اثنين اثنين ات جيميل دوت كوم")]),
    ("تمام، رقم الطلب ٤٥١٧٧، والدفعة الأولى ألفين وأربع مية ريال قبل البدء.", []),

    # -- call 2: hammered-copper workshop, Damascus (Levantine)
    ("مرحبا، ورشة النحاسيات بسوق المناخلية، معك أبو خليل.", [("name", "أبو خليل")]),
    ("أهلين عمو، أنا رنا الشامي، عم بحكي من بيروت، شفت صواني النحاس المطروق عندكن على الإنستغرام.",
     [("name", "رنا الشامي")]),
    ("أهلا وسهلا يا رنا، الصينية الكبيرة قطر سبعين سنتي بمية وعشرين دولار، والصغيرة بخمسة وأربعين.", [("name", "رنا")]),
    ("بدي تنتين كبار وست صغار، ومنقل نحاس إذا في.", []),
    ("في منقل، بس بدو أسبوعين شغل، منبعتلك ياهن مع شركة الشحن عبيروت بتلاتين دولار.", []),
    ("الأشرفية، شارع مار مخايل، بناية عازار، الطابق التالت، حد فرن الضيعة.",
     [("address", "الأشرفية، شارع مار مخايل، بناية عازار، الطابق التالت")], "لوين منبعت؟ شو العنوان بالزبط؟"),
    ("ورقمي سبعين، ستة وعشرين، واحد وتسعين، ثمانية وخمسين، هيدا ليبان سيل.", [("phone", "سبعين، ستة وعشرين، واحد وتسعين، ثمانية وخمسين")]),
    ("وابعتلي الفاتورة عالإيميل rana.shami88@hotmail.com لو سمحت.", [("email", "rana.shami88@hotmail.com")]),
    ("بدفع بالفيزا، " + " ".join([AR_C1[:4], AR_C1[4:8], AR_C1[8:12], AR_C1[12:]]) + "، وتاريخ الانتهاء ٠٨/٢٧.",
     [("card", " ".join([AR_C1[:4], AR_C1[4:8], AR_C1[8:12], AR_C1[12:]]))]),

    # -- call 3: steel-rebar supplier, Cairo (Egyptian)
    ("صباح الخير، مبيعات حديد التسليح، معاك مروة.", [("name", "مروة")]),
    ("صباح النور يا أستاذة، أنا المعلم سيد عبد الغني، مقاول، عايز خمسة وعشرين طن حديد ستاشر مللي وعشرة طن اتناشر.",
     [("name", "سيد عبد الغني")]),
    ("النهارده الطن عز بتمانية وتلاتين ألف وخمسمية، والمراكبي أرخص بألف جنيه، والنقل على حسابنا فوق العشرين طن.", []),
    ("خلاص عز، والتوريد يكون السبت الجاي الساعة سبعة الصبح قبل الصب.", []),
    ("والعنوان فين يا معلم سيد؟", [("name", "سيد")]),
    ("ده بيتي اللي ببنيه، قطعة ٤١٢ الحي التالت، المجاورة السادسة، الشيخ زايد، جنب مسجد الحصري.",
     [("address", "قطعة ٤١٢ الحي التالت، المجاورة السادسة، الشيخ زايد")], "والعنوان فين؟"),
    ("ورقمي زيرو واحد زيرو، تلاتة سبعة، تمانية أربعة، خمسة تسعة، اتنين واحد.", [("phone", "زيرو واحد زيرو، تلاتة سبعة، تمانية أربعة، خمسة تسعة، اتنين واحد")]),
    ("على الحساب ده، الآيبان " + AR_I2 + "، بنك مصر.", [("iban", AR_I2)], "نحولها على أنهي حساب؟"),
    ("والعربون بالكارت، رقمه " + " ".join(words(AR_C2[i:i + 4], EG_D) for i in range(0, 16, 4)) + ".",
     [("card", " ".join(words(AR_C2[i:i + 4], EG_D) for i in range(0, 16, 4)))]),
    ("والفاتورة على الإيميل، سيد عبد الغني ستين أت جي ميل دوت كوم، كله لازق.", [("email", "سيد عبد الغني ستين أت جي ميل دوت كوم")]),
    ("تمام، رقم أمر التوريد ٢٣٠٨٧٥، والفاتورة هتوصل مع السواق.", []),

    # -- call 4: reefer-container rental, Jebel Ali
    ("مساء الخير، خدمة العملاء، تأجير الحاويات المبردة، معك ريم.", [("name", "ريم")]),
    ("مساء النور، معك حمد القحطاني من الدمام، أبي أستأجر حاوية أربعين قدم مبردة لشهرين للسمك.", [("name", "حمد القحطاني")]),
    ("الأربعين قدم ريفر بأربعة آلاف وثمانمية درهم بالشهر، والتأمين ألفين مسترد، والحرارة توصل لسالب خمسة وعشرين.", []),
    ("زين، والحاوية اللي عندكم رقمها TGHU 761230 ما ودي فيها، كانت تسرب المرة الماضية.", []),
    ("نسجل العقد باسم شخصي؟ نحتاج رقم الهوية السعودية وتاريخ ميلادك يا أستاذ حمد.", [("name", "حمد")]),
    ("الهوية واحد صفر سبعة سبعة، اثنين ستة خمسة، أربعة " + EN_D[0] * 0 + words(AR_ID3[8:], AR_D) + "، ومواليد ٢٢ أغسطس ١٩٨٠.",
     [("id", "واحد صفر سبعة سبعة، اثنين ستة خمسة، أربعة " + words(AR_ID3[8:], AR_D)), ("date_of_birth", "٢٢ أغسطس ١٩٨٠")],
     "نحتاج رقم الهوية السعودية وتاريخ ميلادك."),
    ("والتأمين يرجع على هذا الحساب: " + group4(AR_I3) + ".", [("iban", group4(AR_I3))]),
    ("وإيميلي hamad underscore q at outlook dot sa، كله سمول.", [("email", "hamad underscore q at outlook dot sa")]),
    ("الاستلام من بوابة رقم ٥ في جبل علي يوم الأحد، والشاحنة لازم يكون معها تصريح الميناء.", []),
    (AR_C3[:4] + "-" + AR_C3[4:8] + "-" + AR_C3[8:12] + "-" + AR_C3[12:], [("card", AR_C3[:4] + "-" + AR_C3[4:8] + "-" + AR_C3[8:12] + "-" + AR_C3[12:])],
     "الإيجار الأول بالبطاقة؟ تفضل الرقم."),
]
LANGS["ar"] = AR


AR += [
    # -- call 5: jute-sack supplier, Meknes (Darija)
    ("السلام عليكم، أنا الحاج عبد الرحيم بنعلي، تاجر ديال الزرع فمكناس، بغيت ثلاثة آلاف خنشة ديال الخيش.", [("name", "عبد الرحيم بنعلي")]),
    ("مرحبا أ الحاج، الخنشة ديال خمسين كيلو بسبعة دراهم ونص، وإلا خديتي فوق ألفين نديرو ليك سبعة دراهم.", []),
    ("واخا، وشحال ديال الوقت باش توصل؟", []),
    ("جوج أيام حتى لمكناس، مع الكار ديال الساتيام ولا مع الكاميو ديالنا نهار الخميس.", []),
    ("للدار، زنقة ابن خلدون رقم ١٧، حي الزيتون، مكناس، حدا الفران.", [("address", "زنقة ابن خلدون رقم ١٧، حي الزيتون، مكناس")], "فين نصيفطو؟"),
    ("والتيليفون ديالي زيرو ستة، واحد وستين، ثلاثة وعشرين، خمسة وأربعين، ثمانية وسبعين.",
     [("phone", "زيرو ستة، واحد وستين، ثلاثة وعشرين، خمسة وأربعين، ثمانية وسبعين")]),
    ("والفاكتورة صيفطها ليا فالإيميل: abderrahim بوان benali أروباز gmail بوان com.",
     [("email", "abderrahim بوان benali أروباز gmail بوان com")]),
    ("باش نحلو ليك حساب ديال الكريدي خاصنا تاريخ الازدياد ديالك أ الحاج.", []),
    ("أنا مزيود نهار اتنين وعشرين مارس ألف وتسعمية وستين.", [("date_of_birth", "اتنين وعشرين مارس ألف وتسعمية وستين")], "خاصنا تاريخ الازدياد ديالك."),

    # -- call 6: sandblasting workshop, Amman (Jordanian)
    ("يعطيك العافية، ورشة السفع الرملي في سحاب، معك هديل.", [("name", "هديل")]),
    ("الله يعافيكي، معك محمد الزعبي، أبو يزن، بدي أعمل سفع لشاصي لاندروفر قديم وبعدين دهان.", [("name", "محمد الزعبي"), ("name", "أبو يزن")]),
    ("الشاصي كامل بمية وتسعين دينار، والدهان الإيبوكسي مية وعشرين، وبياخد أسبوع.", []),
    ("منيح، بتقدروا تجيبوه من البيت؟ ما بيمشي.", []),
    ("خلدا، شارع عامر بن مالك، عمارة ٢٣، الطابق الأرضي، يعني مقابل مخابز الحلو.", [("address", "خلدا، شارع عامر بن مالك، عمارة ٢٣، الطابق الأرضي")], "شو العنوان؟"),
    ("ورقم التلفون يا أبو يزن؟", [("name", "أبو يزن")]),
    ("٠٧٩ ٥٥٢ ٨٤٣١", [("phone", "٠٧٩ ٥٥٢ ٨٤٣١")], "ورقم التلفون؟"),
    ("العربون خمسين دينار، بتحوله كليك ولا على الحساب؟", []),
    ("بحوله من حسابي، وإذا في إشي برجع، رجعوه على " + group4(AR_I4) + ".", [("iban", group4(AR_I4))]),

    # -- call 7: banana-ripening rooms, Jordan Valley
    ("ألو، هذا مركز إنضاج الموز بالشونة الجنوبية؟ معك سامر الحوراني، تاجر جملة بالسوق المركزي.", [("name", "سامر الحوراني")]),
    ("أيوه، بدك غرفة إنضاج؟ الغرفة بتوخذ عشرين طن، والدورة أربع أيام على أربعطعش درجة مع الإيثيلين.", []),
    ("بدي غرفتين من يوم التلاتا، الشحنة جاية من الأكوادور، الكونتينر تسعمية وستين كرتونة.", []),
    ("السعر خمسة وتلاتين دينار للطن، والتبريد بعد الإنضاج بدينار ونص للطن باليوم.", []),
    ("عالإيميل samer.hourani@jo-fruit.com، وتلفوني زيرو سبعة سبعة، أربعة واحد تسعة، صفر ستة ستة اتنين.",
     [("email", "samer.hourani@jo-fruit.com"), ("phone", "زيرو سبعة سبعة، أربعة واحد تسعة، صفر ستة ستة اتنين")], "لمين نبعت العقد؟"),
    ("والحساب للتسوية آخر الشهر، " + AR_I5 + ".", [("iban", AR_I5)]),
    ("تمام يا سامر، رقم الحجز ٣٠٩٢، وإذا الكونتينر تأخر عن يوم الأربعا بندفعك يوم تخزين.", [("name", "سامر")]),

    # -- call 8: cold-room installer, Riyadh
    ("شركة الصقيع لتركيب غرف التبريد والتجميد، صباح الخير.", []),
    ("صباح النور، أنا اسمي عبده قاسم الحميري، عندي بقالة في حي النسيم وأبغى غرفة تبريد صغيرة ثلاثة في أربعة.", [("name", "عبده قاسم الحميري")]),
    ("الغرفة ثلاثة في أربعة بعزل عشرة سانتي مع الكمبروسر بثمانية عشر ألف وخمسمية ريال شامل التركيب، والضمان سنتين.", []),
    ("نحتاج رقم الإقامة وتاريخ الميلاد للعقد والضمان.", []),
    ("رقم الإقامة " + words(AR_IQ1, AR_D) + ".", [("id", words(AR_IQ1, AR_D))], "نحتاج رقم الإقامة وتاريخ الميلاد للعقد والضمان."),
    ("يعني " + indic(AR_IQ1[:4]) + " " + indic(AR_IQ1[4:7]) + " " + indic(AR_IQ1[7:]) + "، صح؟ وتاريخ الميلاد؟",
     [("id", indic(AR_IQ1[:4]) + " " + indic(AR_IQ1[4:7]) + " " + indic(AR_IQ1[7:]))]),
    ("صح، ومن مواليد واحد واحد تسعتاشر تسعين، أول يناير.", [("date_of_birth", "واحد واحد تسعتاشر تسعين")], "وتاريخ الميلاد؟"),
    ("والعنوان؟ حي النسيم الشرقي، شارع حسان بن ثابت، مبنى ٣١٤٨، الرمز ١٤٢٤١.",
     [("address", "حي النسيم الشرقي، شارع حسان بن ثابت، مبنى ٣١٤٨، الرمز ١٤٢٤١")]),
    ("والدفعة الأولى بمدى، رقم البطاقة " + indic(" ".join([AR_C4[:4], AR_C4[4:8], AR_C4[8:12], AR_C4[12:]])) + ".",
     [("card", indic(" ".join([AR_C4[:4], AR_C4[4:8], AR_C4[8:12], AR_C4[12:]])))]),
    ("وجوالي ٠٥٠٤٧٧١٢٩٣، واتساب.", [("phone", "٠٥٠٤٧٧١٢٩٣")]),
    ("وعرض السعر على الإيميل abdo.qasim77 at hotmail.com لو سمحت.", [("email", "abdo.qasim77 at hotmail.com")]),
]
LANGS["ar"] = AR


AR += [
    # -- call 9: hot-dip galvanising plant, 10th of Ramadan City (Egyptian)
    ("مصنع الجلفنة بالعاشر من رمضان، اتفضل يا فندم.", []),
    ("أيوه، إزيك، أنا المهندس كريم فتحي، عندنا أبراج إنارة عايزين نجلفنها، حوالي تمنية طن.", [("name", "كريم فتحي")]),
    ("الطن بتسعتاشر ألف جنيه، وسمك الزنك تمانين ميكرون، والاستلام بعد عشر أيام من دخول الحديد.", []),
    ("والحديد هيوصل يوم الحد على تريلا، وزن البيان ٨٤٣٠ كيلو.", []),
    ("هنفتحلك حساب آجل، محتاجين تاريخ ميلادك بما إنك الضامن.", []),
    ("تلاتة عشرة تمانية وسبعين، يعني ٣ أكتوبر ١٩٧٨.", [("date_of_birth", "تلاتة عشرة تمانية وسبعين"), ("date_of_birth", "٣ أكتوبر ١٩٧٨")],
     "محتاجين تاريخ ميلادك."),
    ("ابعتلي عرض السعر على karim underscore fathy at yahoo dot com.", [("email", "karim underscore fathy at yahoo dot com")]),
    ("ولو فيه رصيد مرتجع يتحول على " + " ".join(AR_I6[i:i + 4] for i in range(0, 29, 4)) + ".",
     [("iban", " ".join(AR_I6[i:i + 4] for i in range(0, 29, 4)))]),
    ("ومصاريف الفحص ٧٥٠ جنيه بالكارت، " + AR_C5 + ".", [("card", AR_C5)]),

    # -- call 10: grain-silo storage (MSA)
    ("الشركة العربية لتخزين الحبوب، قسم العملاء، كيف يمكنني خدمتك؟", []),
    ("أريد حجز سعة تخزين لخمسمئة طن من الشعير المستورد لمدة ثلاثة أشهر في صوامع ينبع.", []),
    ("سعر التخزين اثنا عشر ريالاً للطن شهرياً، ويشمل التبخير والتهوية، ورسوم التفريغ من الرصيف أربعة ريالات للطن.", []),
    ("يتم التسجيل باسمك الشخصي أم باسم مؤسسة؟ إذا كان شخصياً فأحتاج رقم الهوية الوطنية.", []),
    ("باسمي، الهوية " + indic(AR_ID4[:5]) + " " + indic(AR_ID4[5:]) + ".", [("id", indic(AR_ID4[:5]) + " " + indic(AR_ID4[5:]))],
     "أحتاج رقم الهوية الوطنية."),
    ("لا لا، خطأ، ذاك رقم أخي، رقمي " + words(AR_ID2, AR_D) + ".", [("id", words(AR_ID2, AR_D))]),
    ("الخامس من شوال عام ألف وأربعمئة وخمسة.", [("date_of_birth", "الخامس من شوال عام ألف وأربعمئة وخمسة")], "وتاريخ الميلاد حسب الهوية؟"),
    ("العنوان الوطني: حي الصناعية، شارع الأمير سلطان، مبنى ٨٨٢٠، ينبع البحر ٤٦٤٢٣.",
     [("address", "حي الصناعية، شارع الأمير سلطان، مبنى ٨٨٢٠، ينبع البحر ٤٦٤٢٣")]),
    ("ويمكن إرسال العقد إلى البريد: m.alharbi1405@gmail.com، والحساب البنكي " + AR_I7 + ".",
     [("email", "m.alharbi1405@gmail.com"), ("iban", AR_I7)]),

    # -- call 11: camel-saddle maker, Taif
    ("هلا بالطيب، محل سروج الهجن، بو راشد معك.", [("name", "بو راشد")]),
    ("هلا بو راشد، أبي شداد جديد لناقة، خشب سدر ومغطى جلد، وبغيته قبل مزاين الجنادرية.", [("name", "بو راشد")]),
    ("الشداد الكامل بألفين ومية ريال، والتطريز يزيد ثلاث مية، والتسليم بعد عشرين يوم.", []),
    ("أحوّل لك العربون ولا أدفع بالبطاقة؟", []),
    ("أمريكان إكسبريس، " + AR_C7[:4] + " " + AR_C7[4:10] + " " + AR_C7[10:] + ".", [("card", AR_C7[:4] + " " + AR_C7[4:10] + " " + AR_C7[10:])],
     "البطاقة أسهل، عطني الرقم."),
    ("ولو ما مر، الآيبان حقي في بنك الإمارات دبي الوطني " + AR_I8 + "، أنا ساكن بالعين بس أجي الطائف كل صيف.", [("iban", AR_I8)]),
    ("وجوالي الإماراتي زيرو خمسين، سبعة وسبعين، ثلاثة اثنين واحد، ثمانية ستة.",
     [("phone", "زيرو خمسين، سبعة وسبعين، ثلاثة اثنين واحد، ثمانية ستة")]),
    ("والفاتورة نحتاج فيها رقم الهوية لأن السعر فوق الألف.", []),
    (indic(AR_ID5), [("id", indic(AR_ID5))], "والفاتورة نحتاج فيها رقم الهوية لأن السعر فوق الألف."),

    # -- call 12: mother-of-pearl inlay workshop, Damascus, customer in Jeddah
    ("ورشة الموزاييك الدمشقي، صباح الخير، تفضلي.", []),
    ("صباح الخير، بدي علبة صدف كبيرة وطاولة زهر، الشحن لجدة، المقاس اللي بالكتالوج رقم ٢٧.", []),
    ("العلبة أربعين في تلاتين بمية وخمسة وتمانين دولار، والطاولة بتلتمية وعشرين، والشحن الجوي تمانين دولار، عشر أيام.", []),
    ("الجمارك بالسعودية بتطلب رقم هوية المستلم، شو رقمك؟", []),
    ("هويتي " + indic(AR_ID3[:3]) + "-" + indic(AR_ID3[3:6]) + "-" + indic(AR_ID3[6:]) + "، الشحنة باسمي.",
     [("id", indic(AR_ID3[:3]) + "-" + indic(AR_ID3[3:6]) + "-" + indic(AR_ID3[6:]))], "الجمارك بالسعودية بتطلب رقم هوية المستلم."),
    ("والعنوان: جدة، حي الروضة، شارع الأمير سعود الفيصل، فيلا ١٢، جنب مدارس الفلاح.",
     [("address", "جدة، حي الروضة، شارع الأمير سعود الفيصل، فيلا ١٢")]),
    ("بدفع بالماستر كارد، خمسة اتنين صفر أربعة... لا لا غلط، هي الفيزا: " + group4(AR_C8) + ".", [("card", group4(AR_C8))]),
    ("وجوالي زيرو خمسة أربعة، ستة ستة تسعة، تلاتة واحد، صفر صفر.", [("phone", "زيرو خمسة أربعة، ستة ستة تسعة، تلاتة واحد، صفر صفر")]),
    ("ورقم الطلب عندنا ٩٤١٧، وبتوصلك صورة القطعة على الواتساب قبل الشحن.", []),
]
LANGS["ar"] = AR


# ---------------------------------------------------------------- Hebrew
# Calls: industrial-dishwasher leasing, conveyor-belt repair, pallet-racking installer,
# dairy-cattle insemination service, shrink-wrap film supplier, stainless-steel fabrication,
# sawmill / timber yard, milking-machine servicing, crop-dusting aviation, corrugated-carton
# supplier, laser-cutting service, signage maker.

HE_TZ = [tz(p) for p in ("31752098", "05318462", "20473951", "33908172", "06219347", "30114586", "02947713", "32680259")]
HE_C = [card("4580", 16, "1123905746"), card("5326", 16, "4470189325"), card("4557", 16, "8820361194"),
        card("5105", 16, "3318840276"), card("3755", 15, "9041337286"), card("4", 16, "2287146630"),
        card("5", 16, "6645012873"), card("36", 14, "70918243")]
HE_I = [iban("IL", b) for b in ("0126200000002468135", "0108000000004417290", "0203170000000615548",
                                "0311920000000188032", "0099990000001234577", "0207450000000561123",
                                "0126640000000093371", "0100260000000782204")]
HE_COMPACT = lambda d: d

HE = [
    # -- call 1: industrial-dishwasher leasing (French immigrant caller)
    ("שלום, הגעתם לליסינג מדיחים תעשייתיים, מדברת אורטל, במה אפשר לעזור?", [("name", "אורטל")]),
    ("כן שלום, אממ, שמי ז'רמי אטאל, יש לי מסעדה בנתניה, המדיח מנהרה שלנו עושה בעיות, הוא לא מחמם את המים של השטיפה.",
     [("name", "ז'רמי אטאל")]),
    ("אוקיי, איזה דגם זה? זה רשום על המדבקה בצד.", []),
    ("זה כתוב Hobart PROFI AUPT, מספר סידורי 866 204 519.", []),
    ("החוזה שלך כולל שירות, אבל הגוף חימום לא בכיסוי, זה אלף מאתיים ארבעים שקל כולל התקנה. טכנאי יכול להגיע ביום רביעי בין שמונה לשתיים.", []),
    ("טוב, בסדר. אני משלם עם כרטיס, " + " ".join(HE_C[0][i:i + 4] for i in range(0, 16, 4)) + ".",
     [("card", " ".join(HE_C[0][i:i + 4] for i in range(0, 16, 4)))]),
    ("ולאימות אני צריכה תעודת זהות של בעל הכרטיס.", []),
    (words(HE_TZ[0][:3], HE_D) + ", " + words(HE_TZ[0][3:6], HE_D) + ", " + words(HE_TZ[0][6:], HE_D),
     [("id", words(HE_TZ[0][:3], HE_D) + ", " + words(HE_TZ[0][3:6], HE_D) + ", " + words(HE_TZ[0][6:], HE_D))],
     "ולאימות אני צריכה תעודת זהות של בעל הכרטיס."),
    ("והקבלה למייל, jeremie.attal@free.fr, זה מייל צרפתי.", [("email", "jeremie.attal@free.fr")]),

    # -- call 2: conveyor-belt repair (Russian-speaking caller)
    ("בוקר טוב, תיקון מסועים.", []),
    ("בוקר טוב, זה ואדים, ואדים קוזלוב, אני מנהל משמרת במפעל מאפה באשדוד, הסרט של המסוע בתנור נקרע.",
     [("name", "ואדים", 0), ("name", "ואדים קוזלוב")]),
    ("איזה רוחב הסרט? פוליאוריטן או רשת נירוסטה?", []),
    ("רשת נירוסטה, שמונה מאות מילימטר רוחב, אורך שנים עשר מטר וחצי. אנחנו עומדים, כל שעה זה אלפי שקלים.", []),
    ("יש לנו במלאי, קריאת חירום זה תשע מאות שקל ועוד מאה שמונים לשעה, אני יכול לשלוח צוות תוך שעתיים.", []),
    ("טוב, תשלחו. הטלפון שלי אפס חמש ארבע, שבע שלוש שתיים, אחת אחת, שמונה תשע.",
     [("phone", "אפס חמש ארבע, שבע שלוש שתיים, אחת אחת, שמונה תשע")]),
    ("רגע, חמש ארבע או חמש שתיים?", []),
    ("חמש ארבע. 054-7321189.", [("phone", "054-7321189")]),
    ("מספר קריאה 77120, הצוות יתקשר כשהם יוצאים מהמחסן בגן יבנה.", []),

    # -- call 3: pallet-racking installer (Ethiopian-Israeli caller)
    ("שלום, קוראים לי אברהם מקונן, אני פותח מחסן קטן לאחסון ציוד לאירועים בקריית גת, צריך מדפי משטחים.",
     [("name", "אברהם מקונן")]),
    ("כמה קומות ואיזה גובה תקרה?", []),
    ("התקרה שש מטר ושלושים, רוצה שלוש קומות, בערך ארבעים מקומות משטח, העומס עד אלף קילו למשטח.", []),
    ("זה יוצא בערך שמונה עשר אלף חמש מאות פלוס מע\"מ כולל התקנה ובדיקת יועץ בטיחות, אספקה תוך שלושה שבועות.", []),
    ("זה בבית שלי מאחורה, הכתובת רחוב הגפן 9, שכונת כרמי גת, קריית גת.", [("address", "רחוב הגפן 9, שכונת כרמי גת, קריית גת")], "מה הכתובת?"),
    ("ואיך אפשר לחזור אליך, אברהם?", [("name", "אברהם")]),
    ("אפס חמש שתיים, חמש חמש חמש, שלושים ושמונה, שבעים ואחת.", [("phone", "אפס חמש שתיים, חמש חמש חמש, שלושים ושמונה, שבעים ואחת")], "ואיך אפשר לחזור אליך?"),
    ("המקדמה בהעברה בנקאית, החשבון שלי בלאומי, " + HE_I[1] + ", ואם יש החזר תחזירו לשם.", [("iban", HE_I[1])]),

    # -- call 4: dairy-cattle insemination service (Arab citizen, Hebrew)
    ("שלום, שירותי הזרעה לבקר, כאן מוקד, מה מספר המשק?", []),
    ("אהלן, אני וסים חטיב מהרפת ביודפת, משק 214, יש לי שלוש פרות בייחום מהבוקר.", [("name", "וסים חטיב")]),
    ("בסדר, המזריע יגיע אחרי הצהריים. איזה זרע אתה רוצה, הולשטיין רגיל או ממוין נקבות?", []),
    ("ממוין לשתיים, רגיל לאחת. כמה זה עולה?", []),
    ("ממוין מאתיים עשרים לדוז, רגיל שבעים וחמש, וביקור המזריע שישים.", []),
    ("אני רוצה להוסיף אותך כמשלם פרטי, תן לי תעודת זהות ותאריך לידה.", []),
    ("תעודת זהות " + HE_TZ[1] + ", נולדתי ב-4.2.1983.", [("id", HE_TZ[1]), ("date_of_birth", "4.2.1983")], "תן לי תעודת זהות ותאריך לידה."),
    ("תודה וסים, ומייל לחשבוניות?", [("name", "וסים")]),
    ("wasim קו תחתון khatib שטרודל walla נקודה co נקודה il", [("email", "wasim קו תחתון khatib שטרודל walla נקודה co נקודה il")], "ומייל לחשבוניות?"),

    # -- call 5: shrink-wrap film supplier
    ("היי, זה אלכס מהמחסן של בית הקפה בחיפה, אני רוצה להזמין שוב את הסטרץ' הידני.", [("name", "אלכס")]),
    ("מאיזה עובי? עשרים ושלוש מיקרון, חמישים סנטימטר?", []),
    ("כן, שלושים גלילים, וגם שני גלילים של שרינק לתנור, ארבע מאות מילימטר.", []),
    ("הסטרץ' ארבעים ושמונה שקל לגליל, השרינק מאתיים ותשעים, משלוח חינם מעל אלף. יגיע ביום ראשון.", []),
    ("תחייבי את הכרטיס הקודם? זה שמסתיים ב-4421.", []),
    ("לא, הוא נחסם, רשמי חדש: " + HE_C[1][:4] + " " + HE_C[1][4:8] + ", " + HE_C[1][8:12] + " " + HE_C[1][12:] + ".",
     [("card", HE_C[1][:4] + " " + HE_C[1][4:8] + ", " + HE_C[1][8:12] + " " + HE_C[1][12:])]),
]
LANGS["he"] = HE


HE += [
    # -- call 6: stainless-steel fabrication (Anglo immigrant)
    ("Hi, סליחה, העברית שלי לא משהו, my name is Josh Feldman, אני צריך שולחן עבודה מנירוסטה למטבח של הקייטרינג שלי.",
     [("name", "Josh Feldman")]),
    ("אין בעיה ג'וש, באיזה מידות?", [("name", "ג'וש")]),
    ("מטר שמונים על שבעים, with a shelf underneath, וכיור אחד בצד ימין.", []),
    ("נירוסטה 304, עובי מילימטר וחצי, זה שלושת אלפים ארבע מאות שקל, עשרה ימי עבודה.", []),
    ("To my house, רחוב הרב קוק 22, דירה 3, בית שמש. It's a ground floor.", [("address", "רחוב הרב קוק 22, דירה 3, בית שמש")], "ולאן ההובלה?"),
    ("שלח לי הצעת מחיר ל-josh dot feldman at gmail dot com.", [("email", "josh dot feldman at gmail dot com")]),
    ("מקדמה שלושים אחוז, " + HE_C[2] + ", expiry oh six twenty-eight.", [("card", HE_C[2])]),

    # -- call 7: sawmill / timber yard (kibbutz, older caller)
    ("בוקר אור, פה צביקה, צבי אורנשטיין מקיבוץ יפתח, אני צריך קורות אורן לפרגולה של הנכדים.", [("name", "צביקה"), ("name", "צבי אורנשטיין")]),
    ("קורות עשרה על עשרה, ארבעה מטר, זה מאה שישים שקל לקורה, והלוחות שתיים וחצי על חמש עשרה עשרים ושמונה שקל למטר.", []),
    ("אני לוקח שמונה קורות ושלושים מטר לוחות. אני פותח אצלכם כרטיס לקוח?", []),
    ("כן, צריך תעודת זהות.", []),
    ("אפס שש, שתיים אחת תשע, שלוש ארבע שבע, " + words(HE_TZ[4][-1], HE_D) + ".",
     [("id", "אפס שש, שתיים אחת תשע, שלוש ארבע שבע, " + words(HE_TZ[4][-1], HE_D))], "צריך תעודת זהות."),
    ("עשרים ושבעה באוגוסט, ארבעים ותשע. אני ותיק.", [("date_of_birth", "עשרים ושבעה באוגוסט, ארבעים ותשע")], "ותאריך לידה?"),
    ("הטלפון בבית זה 04-6948217.", [("phone", "04-6948217")]),
    ("ואם תהיה לי זיכוי, זה לחשבון " + group4(HE_I[0]) + ".", [("iban", group4(HE_I[0]))]),

    # -- call 8: milking-machine servicing (moshav, Yemenite-Israeli)
    ("שלום, כאן יחיאל צנעני ממושב אחיעזר, הפולסטורים מתנהגים משונה, הפרות בועטות בחליבה.", [("name", "יחיאל צנעני")]),
    ("כמה עמדות יש לך?", []),
    ("שתים עשרה עמדות, מערכת DeLaval ישנה, משנת אלפיים ושש.", []),
    ("ביקור זה ארבע מאות וחמישים, החלפת גומיות לכל העמדות עוד אלף ומאה. אני יכול ביום שלישי בחמש בבוקר, לפני החליבה.", []),
    ("מושב אחיעזר, משק 37, הרחוב של הבריכה, הבית האחרון.", [("address", "מושב אחיעזר, משק 37")], "מה הכתובת המדויקת?"),
    ("אני משלם בהעברה, תרשום, איי אל, " + " ".join(HE_I[2][2:4]) + ", " + HE_I[2][4:] + ".",
     [("iban", "איי אל, " + " ".join(HE_I[2][2:4]) + ", " + HE_I[2][4:])]),
    ("ת\"ז לחשבונית, " + HE_TZ[2][:4] + "-" + HE_TZ[2][4:] + ".", [("id", HE_TZ[2][:4] + "-" + HE_TZ[2][4:])]),

    # -- call 9: crop-dusting aviation (Arab citizen)
    ("שלום, אני דינא חמדאן מטמרה, יש לנו שלוש מאות דונם חיטה בעמק בית נטופה, צריך ריסוס נגד עשבים.",
     [("name", "דינא חמדאן")]),
    ("ריסוס בטרקטור אווירי זה שלושים ושמונה שקל לדונם, בלי החומר. אפשר בשבוע הבא, תלוי ברוח, אנחנו טסים רק מתחת לחמישה עשר קשר.", []),
    ("אוקיי, הטלפון שלי 052-6640173, תתקשרו יום לפני.", [("phone", "052-6640173")]),
    ("אני מגדירה אותך כלקוחה פרטית, מה תאריך הלידה?", []),
    ("אחד עשר בדצמבר תשעים ואחת.", [("date_of_birth", "אחד עשר בדצמבר תשעים ואחת")], "מה תאריך הלידה?"),
    ("והמייל dina.hamdan91 שטרודל gmail.com", [("email", "dina.hamdan91 שטרודל gmail.com")]),
    ("המקדמה באשראי, " + words(HE_C[3], HE_D) + ".", [("card", words(HE_C[3], HE_D))]),

    # -- call 10: corrugated-carton supplier (Russian-speaking caller)
    ("שלום, זאת לנה, ילנה מורוז, יש לי עסק קטן של עוגיות מהבית, אני צריכה קרטונים למשלוחים.", [("name", "לנה"), ("name", "ילנה מורוז")]),
    ("קרטון גלי שלושים על עשרים על עשר, באלף יחידות זה שקל ושמונים ליחידה, בחמש מאות שתיים עשרים.", []),
    ("חמש מאות מספיק. תשלחו לבית?", []),
    ("שדרות ירושלים 118, קומה רביעית, דירה 15, אשדוד. יש מעלית.", [("address", "שדרות ירושלים 118, קומה רביעית, דירה 15, אשדוד")], "איזו כתובת?"),
    ("והאימייל שלי elena_moroz@mail.ru, לשלוח קבלה.", [("email", "elena_moroz@mail.ru")]),
    ("אני משלמת עם דיינרס, " + HE_C[7][:4] + " " + HE_C[7][4:10] + " " + HE_C[7][10:] + ".", [("card", HE_C[7][:4] + " " + HE_C[7][4:10] + " " + HE_C[7][10:])]),
    ("ותעודת זהות של בעלת הכרטיס, לנה?", [("name", "לנה")]),
    (HE_TZ[3], [("id", HE_TZ[3])], "ותעודת זהות של בעלת הכרטיס?"),

    # -- call 11: laser-cutting service
    ("חיתוך לייזר, נועם מדבר.", [("name", "נועם")]),
    ("אהלן, אני צריך לחתוך עשרים לוחות פרספקס שלושה מילימטר לפי קובץ DXF, ועשרה של פח אלומיניום שניים מילימטר.", []),
    ("פרספקס זה מאה ועשרים ללוח כולל חומר, האלומיניום מאתיים. שלח את הקובץ, זה מוכן ביום חמישי.", []),
    ("סבבה. אני פותח חשבון כעוסק פטור, תאריך לידה עשרים ושלושה ביולי אלפיים ואחת, ותעודת זהות " + words(HE_TZ[5], HE_DM) + ".",
     [("date_of_birth", "עשרים ושלושה ביולי אלפיים ואחת"), ("id", words(HE_TZ[5], HE_DM))]),
    ("עידו, עידו בן שושן.", [("name", "עידו", 0), ("name", "עידו בן שושן")], "ואיך קוראים לך?"),
    ("תשלום באשראי " + HE_C[5] + ", והשליח לכתובת רחוב הרצל 140, רחובות, דירה 8.", [("card", HE_C[5]), ("address", "רחוב הרצל 140, רחובות, דירה 8")]),

    # -- call 12: signage maker (French immigrant)
    ("שלטים ומיתוג, בוקר טוב, מדברת הדס.", [("name", "הדס")]),
    ("בוקר טוב, אני יוני כהן-סולאל, פתחתי מאפייה צרפתית ברעננה, אני צריך שלט מואר לחזית, שלושה מטר על שמונים.",
     [("name", "יוני כהן-סולאל")]),
    ("שלט קופסה מואר לד, אקריל לבן עם מדבקה, זה שבעת אלפים ומאתיים כולל התקנה ואישור עירייה, שלושה שבועות.", []),
    ("הפרטים שלי לחוזה: תעודת זהות " + HE_TZ[6] + ", תאריך לידה 17/09/1978.", [("id", HE_TZ[6]), ("date_of_birth", "17/09/1978")]),
    ("והטלפון? פלוס תשע שבע שתיים, חמישים, אחת אחת שתיים, שלושים וארבע, תשעים.", [("phone", "פלוס תשע שבע שתיים, חמישים, אחת אחת שתיים, שלושים וארבע, תשעים")]),
    ("ומייל yoni שטרודל boulangerie-raanana נקודה co נקודה il", [("email", "yoni שטרודל boulangerie-raanana נקודה co נקודה il")]),
    ("ההעברה מהחשבון שלי, " + HE_I[3] + ".", [("iban", HE_I[3])]),
    ("הכתובת למשלוח הצעת המחיר המודפסת היא רחוב אחוזה 97, רעננה.", [("address", "רחוב אחוזה 97, רעננה")]),
]
LANGS["he"] = HE

HE += [
    # -- call 13: forklift-battery refurbishing
    ("שיפוץ מצברים למלגזות, שלום, איך אפשר לעזור?", []),
    ("היי, המצבר של המלגזה במחסן שלי לא מחזיק משמרת, 48 וולט, 620 אמפר שעה, בן שש שנים.", []),
    ("שיפוץ זה ארבעת אלפים ושמונה מאות, מצבר חדש שלושה עשר אלף. נשלח בודק, הבדיקה מאתיים חמישים.", []),
    ("טוב, תשלחו בודק. זה המחסן שלי, אני עובד לבד, הכתובת רחוב המלאכה 6, אזור התעשייה, אור עקיבא.",
     [("address", "רחוב המלאכה 6, אזור התעשייה, אור עקיבא")]),
    ("על שם מי לפתוח את הכרטיס?", []),
    ("אופיר דהן. תעודת זהות " + HE_TZ[7][:5] + " " + HE_TZ[7][5:] + ", ותאריך לידה שלושה במאי שמונים ושש.",
     [("name", "אופיר דהן"), ("id", HE_TZ[7][:5] + " " + HE_TZ[7][5:]), ("date_of_birth", "שלושה במאי שמונים ושש")], "על שם מי לפתוח את הכרטיס?"),
    ("טלפון נייד 050-3318427, ואם אני לא עונה, שלח וואטסאפ.", [("phone", "050-3318427")]),
    ("את הבדיקה אני משלם עכשיו, " + HE_C[4][:4] + " " + HE_C[4][4:10] + " " + HE_C[4][10:] + ", אמריקן אקספרס.",
     [("card", HE_C[4][:4] + " " + HE_C[4][4:10] + " " + HE_C[4][10:])]),
    ("והשיפוץ עצמו בהעברה מהחשבון " + " ".join(HE_I[4][i:i + 4] for i in range(0, 23, 4)) + ".",
     [("iban", " ".join(HE_I[4][i:i + 4] for i in range(0, 23, 4)))]),
    ("החשבונית תישלח ל-ofir.dahan שטרודל outlook נקודה com", [("email", "ofir.dahan שטרודל outlook נקודה com")]),
    ("מספר הזמנה 4471-09, הבודק יגיע ביום שני בין עשר לשתים עשרה.", []),

    # -- call 14: wooden agricultural crates (Ethiopian-Israeli caller)
    ("שלום, מדברת טיגיסט אלמו, אני מגדלת עגבניות שרי במושב תלמי אליהו, אני צריכה שש מאות ארגזים.",
     [("name", "טיגיסט אלמו")]),
    ("ארגז עשרה קילו זה תשעה שקלים וחצי, מעל חמש מאות תשעה שקלים, ההובלה לנגב מאה וחמישים.", []),
    ("מושב תלמי אליהו, משק 52, ליד המחסן הגדול.", [("address", "מושב תלמי אליהו, משק 52")], "לאן בדיוק להוביל?"),
    ("והטלפון שלי אפס חמש שמונה, שש שש שש, אפס, ארבעים ואחת, שבע.", [("phone", "אפס חמש שמונה, שש שש שש, אפס, ארבעים ואחת, שבע")]),
    ("אני משלמת חצי עכשיו בכרטיס, " + words(HE_C[6][:8], HE_D) + ", " + words(HE_C[6][8:], HE_D) + ".",
     [("card", words(HE_C[6][:8], HE_D) + ", " + words(HE_C[6][8:], HE_D))]),
    ("וחצי בהעברה כשזה מגיע, מהחשבון " + HE_I[5] + ".", [("iban", HE_I[5])]),
    ("נולדתי 08.01.1994.", [("date_of_birth", "08.01.1994")], "אני צריכה תאריך לידה לאימות."),
    ("ומייל לחשבונית: tigist.alemu94 שטרודל gmail נקודה com", [("email", "tigist.alemu94 שטרודל gmail נקודה com")]),
    ("תודה רבה, הארגזים יגיעו ביום רביעי הבא, השישה עשר לחודש.", []),
    ("אם זה ביטול, אתם מחזירים לחשבון " + group4(HE_I[6]) + ", נכון?", [("iban", group4(HE_I[6]))]),
]
LANGS["he"] = HE

# ---------------------------------------------------------------- Greek
# Calls: kaiki (wooden fishing-boat) builder, fishing-net repair, wool-carding mill, dry-stone
# wall mason, tannery (Cyprus), copper-still maker, olive-harvest nets supplier, cotton gin,
# tobacco-leaf buyer, plastic crates supplier (Cyprus), wrought-iron forge, wood-fired oven builder.

EL_AFM = [afm(p) for p in ("04718236", "13920547", "06655120", "11837462", "05290318", "14402679", "07761925", "12293081")]
EL_C = [card("4", 16, "0837712956"), card("5", 16, "1492268037"), card("4", 16, "7725091348"), card("5", 16, "9900432716"),
        card("3742", 15, "55180294"), card("4", 16, "3167409852"), card("5", 16, "5012873369"), card("4", 16, "9561200784")]
EL_I = [iban("GR", "0110125" + "0000001230069447"), iban("GR", "0172" + "0310" + "005031047281904"),
        iban("CY", "002" + "00128" + "0000001200527600"), iban("GR", "0260" + "125" + "0000270100418231"),
        iban("GR", "0140" + "204" + "0000802101096315"), iban("CY", "005" + "00601" + "0001180429331700"),
        iban("GR", "0110" + "415" + "0000041570026619"), iban("GR", "0171" + "112" + "0006112029384756")]
EL_W = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()

EL = [
    # -- call 1: kaiki builder, Perama
    ("Ναυπηγείο ξύλινων σκαφών, καλημέρα σας, ο Στέλιος είμαι.", [("name", "Στέλιος")]),
    ("Καλημέρα. Με λένε Μανώλη Καραγιάννη, έχω ένα καΐκι δέκα μέτρα, τρεχαντήρι, θέλει καλαφάτισμα και δύο σανίδια στην πλώρη.",
     [("name", "Μανώλη Καραγιάννη")]),
    ("Να το βγάλουμε στη γλίστρα τον Μάρτιο, πριν το Πάσχα. Η ανέλκυση είναι τετρακόσια ευρώ και η μέρα στη στεριά τριάντα.", []),
    ("Και το καλαφάτισμα με πίσσα και στουπί, περίπου χίλια οχτακόσια, ανάλογα τι θα βρούμε από κάτω.", []),
    ("Εντάξει κύριε, μου δίνετε ένα ΑΦΜ για το τιμολόγιο;", []),
    ("Ναι, γράψε: " + " ".join(EL_AFM[0][i:i + 3] for i in (0, 3, 6)) + ".", [("id", " ".join(EL_AFM[0][i:i + 3] for i in (0, 3, 6)))],
     "Μου δίνετε ένα ΑΦΜ για το τιμολόγιο;"),
    ("Και κινητό, εξήντα εννιά, επτά, τετρακόσια τριάντα, πενήντα ένα, ογδόντα οχτώ.", [("phone", "εξήντα εννιά, επτά, τετρακόσια τριάντα, πενήντα ένα, ογδόντα οχτώ")]),
    ("Είκοσι δύο Ιανουαρίου του πενήντα οχτώ.", [("date_of_birth", "Είκοσι δύο Ιανουαρίου του πενήντα οχτώ")], "Και την ημερομηνία γέννησης για τη σύμβαση;"),
    ("Την προκαταβολή θα σας τη στείλω με έμβασμα, δώστε μου το IBAN σας.", []),
    ("Και αν γυρίσει κάτι πίσω, ο δικός μου είναι " + group4(EL_I[0]) + ".", [("iban", group4(EL_I[0]))]),

    # -- call 2: fishing-net repair, Kalymnos
    ("Γεια σου κυρά μου, ο Σταμάτης είμαι, ο Σταμάτης Μαγκλής από την Πόθια, σκίστηκε το μανωμένο μου στα βράχια.",
     [("name", "Σταμάτης", 0), ("name", "Σταμάτης Μαγκλής")]),
    ("Πόσα κομμάτια είναι; Και τι ματιά;", []),
    ("Τριακόσιες οργιές, ματιά είκοσι δύο, και κάνα δυο κομμάτια σαράντα οργιές θέλουν καινούριο πανί.", []),
    ("Το μπάλωμα πάει δέκα ευρώ η οργιά, το καινούριο πανί με τα φελλά και τα μολύβια τριάντα πέντε το μέτρο, σε δεκαπέντε μέρες.", []),
    ("Πού να σου το φέρει το παιδί όταν είναι έτοιμο;", []),
    ("Στο σπίτι, Αγίου Νικολάου 8, στην Πόθια, πάνω από τον φούρνο.", [("address", "Αγίου Νικολάου 8, στην Πόθια")], "Πού να σου το φέρει το παιδί;"),
    ("Αν θες στείλε μου και μέιλ, stamatis.magklis@outlook.com, να έχω τη φωτογραφία.", [("email", "stamatis.magklis@outlook.com")]),
    ("Και πληρώνω με κάρτα, " + " ".join(EL_C[0][i:i + 4] for i in range(0, 16, 4)) + ".", [("card", " ".join(EL_C[0][i:i + 4] for i in range(0, 16, 4)))]),

    # -- call 3: wool-carding mill, Thessaly
    ("Λαναράδικο Τσιούρα, παρακαλώ.", []),
    ("Παιδί μου, η Φρόσω είμαι, η Ευφροσύνη Ζιάκα από το χωριό, έχω εκατόν είκοσι κιλά μαλλί από τα πρόβατα και θέλω να το λαναρίσω για κουβέρτες.",
     [("name", "Φρόσω"), ("name", "Ευφροσύνη Ζιάκα")]),
    ("Να 'στε καλά. Πλύσιμο και λανάρι είναι τρία ευρώ το κιλό, και αν το θέλετε νήμα, έξι και πενήντα.", []),
    ("Μόνο λανάρι. Πότε να το φέρει ο γιος μου; Έρχεται Σάββατο από τη Λάρισα.", []),
    ("Σάββατο ως τις δύο είμαστε ανοιχτά. Για την απόδειξη μου λέτε τη διεύθυνσή σας;", []),
    ("Οδός Παπαφλέσσα 3, Καλαμπάκα, σαράντα δύο, διακόσια. Ο ΤΚ είναι 42200.", [("address", "Οδός Παπαφλέσσα 3, Καλαμπάκα, σαράντα δύο, διακόσια"), ("address", "42200")],
     "Μου λέτε τη διεύθυνσή σας;"),
    ("Και το τηλέφωνο του σπιτιού; Δύο τέσσερα τρία δύο, μηδέν, εικοσιδύο, εξακόσια εβδομήντα πέντε.", [("phone", "Δύο τέσσερα τρία δύο, μηδέν, εικοσιδύο, εξακόσια εβδομήντα πέντε")]),
    ("Και το ΑΦΜ σας, για τη δήλωση του αγροτικού;", []),
    (words(EL_AFM[1], EL_W), [("id", words(EL_AFM[1], EL_W))], "Και το ΑΦΜ σας, για τη δήλωση του αγροτικού;"),

    # -- call 4: dry-stone wall mason, Tinos
    ("Γεια σας, πήρα για τις ξερολιθιές, μου έδωσε το τηλέφωνο ο πρόεδρος του χωριού. Είμαι ο Γιώργης Φώσκολος.", [("name", "Γιώργης Φώσκολος")]),
    ("Ναι, τι χρειάζεσαι;", []),
    ("Έπεσε κάπου είκοσι μέτρα πεζούλα στο χωράφι μετά τις βροχές, ύψος ένα και είκοσι περίπου.", []),
    ("Η ξερολιθιά πάει ογδόντα με ενενήντα το τετραγωνικό, με τη δική σου πέτρα. Μπορώ να έρθω μετά τις δεκαπέντε Αυγούστου.", []),
    ("Το χωράφι είναι στο Βωλάξ, αλλά το σπίτι μου για το συμβόλαιο είναι Ευαγγελιστρίας 41, Χώρα Τήνου.",
     [("address", "Ευαγγελιστρίας 41, Χώρα Τήνου")]),
    ("Στείλε μου και ένα μέιλ με φωτογραφίες: giorgis underscore foskolos παπάκι yahoo τελεία gr.", [("email", "giorgis underscore foskolos παπάκι yahoo τελεία gr")]),
    ("Και ημερομηνία γέννησης, για το συμφωνητικό.", []),
    ("Δεκαεννιά Ιουνίου του ενενήντα πέντε.", [("date_of_birth", "Δεκαεννιά Ιουνίου του ενενήντα πέντε")], "Ημερομηνία γέννησης για το συμφωνητικό;"),
    ("Προκαταβολή τριακόσια, με κάρτα, " + EL_C[1] + ".", [("card", EL_C[1])]),

    # -- call 5: tannery, Limassol (Cypriot)
    ("Βυρσοδεψείο, καλημέρα, η Παναγιώτα είμαι.", [("name", "Παναγιώτα")]),
    ("Καλημέρα κοπέλλα μου, είμαι ο Αντρέας Χατζηκυριάκου, κάμνω σέλλες τζαι ζώνες, ήθελα δέρμα βακέττα, δκυο δέρματα.",
     [("name", "Αντρέας Χατζηκυριάκου")]),
    ("Έσιει μας, κύριε Αντρέα. Η βακέττα τρία χιλιοστά είναι δεκαοκτώ ευρώ το πόδι, το δέρμα κάμνει περίπου είκοσι δύο πόδια.", [("name", "Αντρέα")]),
    ("Εντάξει, να μου τα στείλετε με κούριερ στο εργαστήρι.", []),
    ("Ποιά εν η διεύθυνση;", []),
    ("Οδός Γλάδστωνος 27, διαμέρισμα 4, Λεμεσός 3041.", [("address", "Οδός Γλάδστωνος 27, διαμέρισμα 4, Λεμεσός 3041")], "Ποιά εν η διεύθυνση;"),
    ("Ή με κάρτα καλύτερα, " + words(EL_C[3], EL_W) + ".", [("card", words(EL_C[3], EL_W))]),
    ("Τζαι το κινητό μου, ενενήντα εννιά, τριακόσια σαράντα δύο, εκατόν δεκαεφτά.", [("phone", "ενενήντα εννιά, τριακόσια σαράντα δύο, εκατόν δεκαεφτά")]),
    ("Πληρώνω με έμβασμα, ο λογαριασμός μου εν " + EL_I[2] + ".", [("iban", EL_I[2])]),
    ("Το τιμολόγιο στο andreas.hk@cytanet.com.cy, ευχαριστώ.", [("email", "andreas.hk@cytanet.com.cy")]),

    # -- call 6: copper-still maker, Tyrnavos
    ("Χαλκουργείο, ο Θανάσης, λέγετε.", [("name", "Θανάσης")]),
    ("Γεια σας, λέγομαι Δημήτρης Μπάλλας, έχω άδεια για καζάνι και θέλω καινούριο λαμπίκο, εκατόν τριάντα λίτρα.", [("name", "Δημήτρης Μπάλλας")]),
    ("Το χάλκινο των εκατόν τριάντα με τον αποστακτήρα και την κολόνα είναι τέσσερις χιλιάδες διακόσια, σαράντα μέρες παράδοση.", []),
    ("Μου κάνετε απόδειξη με ΑΦΜ;", []),
    ("Βεβαίως. Το ΑΦΜ σας;", []),
    (EL_AFM[2][:5] + " " + EL_AFM[2][5:] + ", και η ημερομηνία γέννησης αν τη θέλετε είναι 07/04/1966.",
     [("id", EL_AFM[2][:5] + " " + EL_AFM[2][5:]), ("date_of_birth", "07/04/1966")], "Το ΑΦΜ σας;"),
    ("Και το σταθερό του σπιτιού 2492 0 33 158.", [("phone", "2492 0 33 158")]),
    ("Το καζάνι θα το παραλάβω στο σπίτι, Ελευθερίου Βενιζέλου 112, Τύρναβος.", [("address", "Ελευθερίου Βενιζέλου 112, Τύρναβος")]),
    ("Μισά προκαταβολή, από τον λογαριασμό " + EL_I[1] + ".", [("iban", EL_I[1])]),
]
LANGS["el"] = EL

EL += [
    # -- call 7: olive-harvest nets supplier, Crete
    ("Δίχτυα ελαιοσυλλογής, καλησπέρα.", []),
    ("Καλησπέρα, ο Μιχάλης Σαρτζετάκης είμαι από τις Αρχάνες, θέλω δέκα δίχτυα έξι επί δώδεκα και δύο ραβδιστικά.", [("name", "Μιχάλης Σαρτζετάκης")]),
    ("Το δίχτυ έξι επί δώδεκα, ενενήντα γραμμάρια, είναι τριάντα οχτώ ευρώ, τα ραβδιστικά εκατόν εξήντα το ένα με τη μπαταρία.", []),
    ("Το Ηρακλειο το στέλνουμε με ΚΤΕΛ την Πέμπτη, ή με το δικό μας φορτηγό την άλλη Τρίτη.", []),
    ("με κτελ καλυτερα και παρε με στο εξι εννια τεσσερα εφτα εξι μηδεν δυο τρια οχτω ενα να ερθω να τα παρω",
     [("phone", "εξι εννια τεσσερα εφτα εξι μηδεν δυο τρια οχτω ενα")]),
    ("Πληρωμή με κάρτα; Πείτε μου τον αριθμό.", []),
    ("Τέσσερα, " + words(EL_C[2][1:4], EL_W) + ", " + " ".join([EL_C[2][4:8], EL_C[2][8:12], EL_C[2][12:]]) + ".",
     [("card", "Τέσσερα, " + words(EL_C[2][1:4], EL_W) + ", " + " ".join([EL_C[2][4:8], EL_C[2][8:12], EL_C[2][12:]]))], "Πληρωμή με κάρτα; Πείτε μου τον αριθμό."),
    ("Και ένα μέιλ για την απόδειξη, κύριε Σαρτζετάκη;", [("name", "Σαρτζετάκη")]),
    ("m sartzetakis παπάκι gmail τελεία com, το m σκέτο.", [("email", "m sartzetakis παπάκι gmail τελεία com")], "Και ένα μέιλ για την απόδειξη;"),
    ("Η παραγγελία σας είναι η 30517 και τα δίχτυα έχουν δύο χρόνια εγγύηση στις ραφές.", []),

    # -- call 8: cotton gin, Karditsa
    ("Εκκοκκιστήριο, καλημέρα, η Δέσποινα σας εξυπηρετεί.", [("name", "Δέσποινα")]),
    ("Καλημέρα, ο Βαγγέλης είμαι, ο Ευάγγελος Τσιρώνης από τον Παλαμά, θέλω να κλείσω σειρά για το βαμβάκι, έχω εβδομήντα στρέμματα.",
     [("name", "Ευάγγελος Τσιρώνης")]),
    ("Η τιμή προκαταβολής φέτος είναι εξήντα πέντε λεπτά το κιλό σύσπορο, και η ζύγιση γίνεται στην πλάστιγγα δύο.", []),
    ("Για το συμβόλαιο χρειάζομαι ΑΦΜ και ημερομηνία γέννησης.", []),
    ("ΑΦΜ " + EL_AFM[3] + ", γεννηθείς εικοσιτρείς του δώδεκα του εβδομήντα εννιά.",
     [("id", EL_AFM[3]), ("date_of_birth", "εικοσιτρείς του δώδεκα του εβδομήντα εννιά")], "Χρειάζομαι ΑΦΜ και ημερομηνία γέννησης."),
    ("Και σε ποιον λογαριασμό θα πάει η εξόφληση;", []),
    ("Στην Πειραιώς, " + group4(EL_I[3]) + ".", [("iban", group4(EL_I[3]))], "Σε ποιον λογαριασμό θα πάει η εξόφληση;"),
    ("Το κινητό μου 697 215 4408, αν δεν σηκώνω είμαι στο τρακτέρ.", [("phone", "697 215 4408")]),
    ("Το πρώτο φορτηγό σας είναι για τις δώδεκα Οκτωβρίου, πρωί, με αριθμό σειράς 114.", []),

    # -- call 9: tobacco-leaf buyer, Xanthi
    ("Καπνεμπορική, γεια σας.", []),
    ("Γεια σας, ονομάζομαι Αχμέτ Μουσταφά, είμαι καπνοπαραγωγός από το Εχίνο, έχω Μπασμά φέτος, περίπου τρεις τόνους.",
     [("name", "Αχμέτ Μουσταφά")]),
    ("Τα ανατολικά φέτος πάνε έξι και μισό με εφτά ευρώ το κιλό ανάλογα την ποιότητα, η παραλαβή στην αποθήκη στο Πολύσιτο.", []),
    ("Για την καταχώριση, το ΑΦΜ σας και η ημερομηνία γέννησης;", []),
    ("Το ΑΦΜ είναι " + words(EL_AFM[4][:3], EL_W) + ", " + words(EL_AFM[4][3:6], EL_W) + ", " + words(EL_AFM[4][6:], EL_W) + ". Γεννήθηκα πρώτη Μαρτίου του εβδομήντα τέσσερα.",
     [("id", words(EL_AFM[4][:3], EL_W) + ", " + words(EL_AFM[4][3:6], EL_W) + ", " + words(EL_AFM[4][6:], EL_W)),
      ("date_of_birth", "πρώτη Μαρτίου του εβδομήντα τέσσερα")], "Το ΑΦΜ σας και η ημερομηνία γέννησης;"),
    ("Και τηλέφωνο; Έξι εννιά εννιά, τριακόσια δώδεκα, σαράντα πέντε, σαράντα.", [("phone", "Έξι εννιά εννιά, τριακόσια δώδεκα, σαράντα πέντε, σαράντα")]),
    ("Η πληρωμή πάει σε IBAN, " + EL_I[4] + ", Εθνική Τράπεζα.", [("iban", EL_I[4])]),
    ("ahmet.mustafa74@gmail.com για το εκκαθαριστικό.", [("email", "ahmet.mustafa74@gmail.com")]),

    # -- call 10: plastic crates supplier, Nicosia (Cypriot)
    ("Καλημέρα, Χάμπης εδώ, ο Χαράλαμπος Ευαγόρου, έχω λαχανικά στο Δάλι, θέλω πεντακόσια κιβώτια εξήντα επί σαράντα.",
     [("name", "Χάμπης"), ("name", "Χαράλαμπος Ευαγόρου")]),
    ("Τα διάτρητα εξήντα επί σαράντα επί είκοσι πέντε είναι δύο ευρώ και δεκαπέντε, πάνω από πεντακόσια ένα ευρώ και ενενήντα.", []),
    ("Τζιαι θέλω να τα φέρετε στο σπίτι, Οδός Αρχιεπισκόπου Κυπριανού 15, Δάλι 2540.", [("address", "Οδός Αρχιεπισκόπου Κυπριανού 15, Δάλι 2540")]),
    ("Δώδεκα του πέντε του ογδόντα ένα.", [("date_of_birth", "Δώδεκα του πέντε του ογδόντα ένα")], "Για τον λογαριασμό πελάτη, ημερομηνία γέννησης;"),
    ("Πληρώνω με κάρτα " + EL_C[4][:4] + " " + EL_C[4][4:10] + " " + EL_C[4][10:] + ", American.", [("card", EL_C[4][:4] + " " + EL_C[4][4:10] + " " + EL_C[4][10:])]),
    ("Τζιαι τηλέφωνο, εννιά εφτά, έξι τέσσερα, δύο οχτώ, μηδέν ένα.", [("phone", "εννιά εφτά, έξι τέσσερα, δύο οχτώ, μηδέν ένα")]),
    ("Και επιστροφή εγγύησης για τα παλιά κιβώτια στον λογαριασμό " + group4(EL_I[5]) + ".", [("iban", group4(EL_I[5]))]),
    ("Παράδοση Τετάρτη, η προσφορά ισχύει μέχρι τις τριάντα του μήνα.", []),

    # -- call 11: wrought-iron forge, Athens
    ("Σιδηρουργείο, ορίστε.", []),
    ("Γεια σας, είμαι η Κωνσταντίνα Ζερβού, Ντίνα, θέλω σφυρήλατα κάγκελα για το μπαλκόνι, πέντε μέτρα.", [("name", "Κωνσταντίνα Ζερβού"), ("name", "Ντίνα")]),
    ("Το σφυρήλατο με μαύρο ηλεκτροστατικό βγαίνει διακόσια είκοσι το μέτρο με την τοποθέτηση, τρεις εβδομάδες.", []),
    ("Η διεύθυνση για αυτοψία;", []),
    ("Ιουλιανού 38, τέταρτος όροφος, Κυψέλη, 104 34.", [("address", "Ιουλιανού 38, τέταρτος όροφος, Κυψέλη, 104 34")], "Η διεύθυνση για αυτοψία;"),
    ("Το τιμολόγιο στο ντίνα τελεία ζερβού παπάκι hotmail τελεία com, με λατινικά.", [("email", "ντίνα τελεία ζερβού παπάκι hotmail τελεία com")]),
    ("Προκαταβολή τριακόσια πενήντα με κάρτα: " + " ".join(EL_C[5][i:i + 4] for i in range(0, 16, 4)) + ".", [("card", " ".join(EL_C[5][i:i + 4] for i in range(0, 16, 4)))]),
    ("Αν ακυρωθεί κάτι, η επιστροφή να πάει στο " + EL_I[7] + ".", [("iban", EL_I[7])]),
    ("Ντίνα, το ΑΦΜ σου για την απόδειξη;", [("name", "Ντίνα")]),
    (EL_AFM[5], [("id", EL_AFM[5])], "Το ΑΦΜ σου για την απόδειξη;"),

    # -- call 12: wood-fired oven builder, Thessaloniki (Greek-Australian caller)
    ("Φούρνοι ξύλου, καλησπέρα.", []),
    ("Hello, καλησπέρα, my name is Chris Papadopoulos, ήρθα από τη Μελβούρνη και ανοίγω πιτσαρία στην Καλαμαριά, θέλω φούρνο ναπολιτάνικο.",
     [("name", "Chris Papadopoulos")]),
    ("Ο φούρνος με εσωτερική διάμετρο ένα και είκοσι είναι έξι χιλιάδες πεντακόσια, θέλει σαράντα πέντε μέρες και πέντε μέρες ψήσιμο.", []),
    ("Για το συμβόλαιο, ημερομηνία γέννησης;", []),
    ("Γεννήθηκα στις 30 Οκτωβρίου 1985.", [("date_of_birth", "30 Οκτωβρίου 1985")], "Για το συμβόλαιο, ημερομηνία γέννησης;"),
    ("Το κινητό μου είναι ακόμα αυστραλιανό, plus sixty-one, four one two, five five five, two zero nine.",
     [("phone", "plus sixty-one, four one two, five five five, two zero nine")]),
    ("Και το ελληνικό ΑΦΜ που πήρα: " + EL_AFM[6] + ".", [("id", EL_AFM[6])]),
    ("Η προκαταβολή με κάρτα " + EL_C[6] + " και το υπόλοιπο από " + EL_I[6] + ".", [("card", EL_C[6]), ("iban", EL_I[6])]),
    ("Sorry, όχι αυτή, η άλλη κάρτα, " + group4(EL_C[7]) + ".", [("card", group4(EL_C[7]))]),
    ("chris at kalamaria pizza dot gr για τα σχέδια.", [("email", "chris at kalamaria pizza dot gr")]),
    ("Κύριε Παπαδόπουλε, την Παρασκευή στις έντεκα έρχεται ο μηχανικός για μετρήσεις.", [("name", "Παπαδόπουλε")]),
]
LANGS["el"] = EL

# ================================================================ main

def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    for lang, items in LANGS.items():
        rows = build(items, lang)
        with open(os.path.join(OUT_DIR, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        counts = {}
        for r in rows:
            for s in r["spans"]:
                counts[s["kind"]] = counts.get(s["kind"], 0) + 1
        empty = sum(1 for r in rows if not r["spans"])
        print(lang, len(rows), "items", empty, "non-personal",
              sum(counts.values()), "spans", dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
