#!/usr/bin/env python3
"""Blind held-out redaction set "blind44" (en, ar, he, el).

Who wrote it and how: written by a helper session working only from a written
brief (the product's specification of what counts as personal data and the
format below). The helper never read the redactor, its rules, its tests or any
other evaluation set or generator; the lines are invented from general
knowledge of how people talk on customer-service phone calls, as a speech
recogniser would transcribe them. All values are invented; every check-digit
value (cards, IBANs, national IDs) is computed here, and long non-personal
numbers are asserted to fail those checks.

Sectors (businesses typical of the UK, Ireland, the US, Australia, Nigeria and
India) are listed in SECTORS below.

Output: data/redaction/blind44/{en,ar,he,el}.jsonl, one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...],
     "context": str (optional)}
kind is one of card, iban, id, phone, email, date_of_birth, name, address;
start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive),
computed by searching for each span's substring. Items with empty spans are
non-personal and must come out unchanged.

Run:  python3 benches/redaction/make_blind44.py
"""
import json
import os
import re

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT_DIR = os.path.join(ROOT, "data", "redaction", "blind44")

SECTORS = {}

# ---------------------------------------------------------------- check digits


def luhn_ok(d):
    d = re.sub(r"\D", "", d)
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def card(partial):
    v = luhn_complete(partial)
    assert 13 <= len(v) <= 19 and luhn_ok(v)
    return v


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "MA": 28, "ES": 24}


def iban_ok(v):
    v = re.sub(r"\s", "", v).upper()
    if v[:2] not in IBAN_LEN or len(v) != IBAN_LEN[v[:2]]:
        return False
    r = v[4:] + v[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def iban(cc, bban):
    bban = bban.replace(" ", "").upper()
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    v = "%s%02d%s" % (cc, chk, bban)
    assert len(v) == IBAN_LEN[cc], (v, len(v))
    assert iban_ok(v)
    return v


def group4(v):
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4))


def tz_ok(d):
    d = re.sub(r"\D", "", d)
    if len(d) != 9:
        return False
    s = 0
    for i, ch in enumerate(d):
        n = int(ch) * (1 if i % 2 == 0 else 2)
        s += n // 10 + n % 10
    return s % 10 == 0


def tz(eight):
    for c in "0123456789":
        if tz_ok(eight + c):
            return eight + c
    raise AssertionError


def afm_ok(d):
    d = re.sub(r"\D", "", d)
    if len(d) != 9:
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return s % 11 % 10 == int(d[8])


def afm(eight):
    v = eight + str(sum(int(eight[i]) * 2 ** (8 - i) for i in range(8)) % 11 % 10)
    assert afm_ok(v)
    return v


def saudi_ok(d):
    d = re.sub(r"\D", "", d)
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def saudi(nine):
    v = luhn_complete(nine)
    assert saudi_ok(v)
    return v


def ssn_ok(d):
    d = re.sub(r"\D", "", d)
    if len(d) != 9:
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


def not_personal_number(v):
    """Assert a long non-personal number fails every check it could be mistaken for."""
    d = re.sub(r"\D", "", v)
    if 13 <= len(d) <= 19:
        assert not luhn_ok(d), v
    if len(d) == 9:
        assert not tz_ok(d) and not afm_ok(d), v
    if len(d) == 10 and d[0] in "12":
        assert not saudi_ok(d), v
    return v


# ---------------------------------------------------------------- number words

EN_D = "zero one two three four five six seven eight nine".split()
EN_OH = ["oh"] + EN_D[1:]
EN_TEENS = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
            "eighteen nineteen").split()
EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def en_digits(d, oh=False, double=False):
    d = re.sub(r"\D", "", d)
    words = EN_OH if oh else EN_D
    out = []
    i = 0
    while i < len(d):
        if double and i + 1 < len(d) and d[i] == d[i + 1] and (i + 2 >= len(d) or d[i + 2] != d[i]):
            out.append("double " + words[int(d[i])])
            i += 2
        else:
            out.append(words[int(d[i])])
            i += 1
    return " ".join(out)


def en_two(n):
    if n < 10:
        return "oh " + EN_D[n]
    if n < 20:
        return EN_TEENS[n - 10]
    t, u = divmod(n, 10)
    return EN_TENS[t] + ("-" + EN_D[u] if u else "")


def en_pairs(d):
    d = re.sub(r"\D", "", d)
    return " ".join(en_two(int(d[i:i + 2])) if i + 1 < len(d) else EN_D[int(d[i])]
                    for i in range(0, len(d), 2))


AR_D = ["صفر", "واحد", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"]
AR_D_COLLOQ = ["صفر", "واحد", "اتنين", "تلاتة", "أربعة", "خمسة", "ستة", "سبعة", "تمانية", "تسعة"]
AR_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def ar_digits(d, colloq=False):
    w = AR_D_COLLOQ if colloq else AR_D
    return " ".join(w[int(c)] for c in re.sub(r"\D", "", d))


def indic(s):
    return s.translate(AR_INDIC)


HE_F = ["אפס", "אחת", "שתיים", "שלוש", "ארבע", "חמש", "שש", "שבע", "שמונה", "תשע"]
HE_M = ["אפס", "אחד", "שניים", "שלושה", "ארבעה", "חמישה", "שישה", "שבעה", "שמונה", "תשעה"]


def he_digits(d, masc=False):
    w = HE_M if masc else HE_F
    return " ".join(w[int(c)] for c in re.sub(r"\D", "", d))


EL_D = ["μηδέν", "ένα", "δύο", "τρία", "τέσσερα", "πέντε", "έξι", "εφτά", "οχτώ", "εννιά"]


def el_digits(d):
    return " ".join(EL_D[int(c)] for c in re.sub(r"\D", "", d))


# ---------------------------------------------------------------- item builder


def build(items, lang):
    """items: list of (text, [(kind, substring), ...], context-or-None).
    Spans are listed in textual order; each is searched after the previous one."""
    lines = []
    for text, spans, ctx in items:
        b = text.encode("utf-8")
        pos = 0
        out = []
        for kind, sub in spans:
            assert kind in KINDS, (lang, kind)
            sb = sub.encode("utf-8")
            i = b.find(sb, pos)
            assert i >= 0, (lang, text, sub)
            out.append({"kind": kind, "start": i, "end": i + len(sb)})
            assert b[i:i + len(sb)].decode("utf-8") == sub
            pos = i + len(sb)
        obj = {"text": text, "spans": out}
        if ctx:
            obj["context"] = ctx
        lines.append(obj)
    return lines


LANGS = {}

# ================================================================ ENGLISH
SECTORS["en"] = ["narrowboat hire (UK canals)", "farrier (UK)", "kiltmaker (Scotland)",
                 "turf (peat) delivery (Ireland)", "snow plowing contractor (US)",
                 "Christmas tree farm (US)", "hurley maker (Ireland)", "seaweed baths (Ireland)",
                 "sheep-shearing contractor (Australia)", "opal dealer (Australia)",
                 "gele-tying artist (Nigeria)", "pandit / puja booking (India)",
                 "dabbawala tiffin service (India)", "maple sugarhouse (US)"]


def en_spell(v):
    """IBAN or code read out: letters spaced, digits as words, groups of four by commas."""
    v = v.replace(" ", "")
    groups = [v[i:i + 4] for i in range(0, len(v), 4)]
    return ", ".join(" ".join(c if c.isalpha() else EN_D[int(c)] for c in g) for g in groups)


def en_groups(v, sizes, oh=False, double=False, sep=", "):
    out, i = [], 0
    for n in sizes:
        out.append(en_digits(v[i:i + n], oh=oh, double=double))
        i += n
    assert i == len(v)
    return sep.join(out)


EN_C1 = card("455673021894331")
EN_C2 = card("37821940556301")
EN_C3 = card("601148293307551")
EN_IB1 = iban("GB", "MIDL40051572938410")
EN_IB2 = iban("IE", "BOFI90001746283915")

N = None
EN = [
    # --- narrowboat hire, Warwickshire
    ("Good morning, Lockside Narrowboats, you're speaking to Gemma, how can I help?",
     [("name", "Gemma")], N),
    ("Yeah hiya, it's Terry Hargreaves here, I rang last week about the Kingfisher boat.",
     [("name", "Terry Hargreaves")], N),
    ("So the Kingfisher sleeps six, and a week from Saturday the fourteenth is eight hundred and ninety pounds, fuel's extra.",
     [], N),
    ("Lovely, Terry, and can I take a contact number for you?", [("name", "Terry")], N),
    ("it's oh seven seven one two, four eight three, nine oh six",
     [("phone", "oh seven seven one two, four eight three, nine oh six")],
     "Lovely, Terry, and can I take a contact number for you?"),
    ("You'll go through about twelve locks on the first day, it takes roughly four hours to Foxton.", [], N),
    ("Forty-one Cranmore Road, Erdington, Birmingham, B23 6QX.",
     [("address", "Forty-one Cranmore Road, Erdington, Birmingham, B23 6QX")],
     "And what's the address for the booking confirmation?"),
    ("Right, card number's %s, expiry oh nine twenty-seven." % group4(EN_C1),
     [("card", group4(EN_C1))], N),
    ("The damage deposit's two hundred and fifty quid, refunded within seven working days once the boat's back at the wharf.", [], N),
    ("Your booking reference is LNB 4471 and you're departing from Braunston Marina at two p.m. on the fourteenth.", [], N),
    # --- farrier, Somerset
    ("Hello, you're through to Pocock Farriery, Dan speaking.", [("name", "Dan")], N),
    ("Oh hi, it's Harriet Fane-Whitley, I've got the grey mare at Stoke Lodge livery.",
     [("name", "Harriet Fane-Whitley")], N),
    ("She's due a full set of fronts, and Biscuit just needs a trim, so that's ninety-five plus thirty-five.", [], N),
    ("yes it's harriet dot fw at btinternet dot com",
     [("email", "harriet dot fw at btinternet dot com")],
     "Could you pop your email across so I can send the invoice?"),
    ("I can do Tuesday the ninth, first thing, about half seven, I've got eleven horses at the Tollers' yard after that.", [], N),
    ("If you'd rather do a transfer, my IBAN's %s, Pocock D, that's on the invoice anyway." % group4(EN_IB1),
     [("iban", group4(EN_IB1))], N),
    ("It's Manor Farm, Combe Lane, Wedmore, BS28 4DU, come round the back by the hay barn.",
     [("address", "Manor Farm, Combe Lane, Wedmore, BS28 4DU")],
     "And where are the horses kept, what's the address there?"),
    ("Right so, Tuesday the ninth, and I'll bring the stud holes for the eventing on the twenty-second.", [], N),
    # --- kiltmaker, Inverness
    ("Thistle and Tartan kiltmakers, Morag speaking.", [("name", "Morag")], N),
    ("Aye hello there, my name's Callum, Callum McIver, I'm getting wed in June and I'm after a Mackenzie tartan.",
     [("name", "Callum"), ("name", "Callum McIver")], N),
    ("An eight-yard kilt in the heavyweight sixteen-ounce cloth is five hundred and twenty pounds, and it's six to eight weeks.", [], N),
    ("oh seven eight double oh, nine one two, three double four",
     [("phone", "oh seven eight double oh, nine one two, three double four")],
     "And what's your mobile, Callum?"),
    ("Waist is thirty-four, hip thirty-nine, and from the waist to the middle of the knee's twenty-three and a half.", [], N),
    ("it's cal underscore mciver ninety-one at outlook dot com",
     [("email", "cal underscore mciver ninety-one at outlook dot com")],
     "And an email for the fitting reminders?"),
    ("Aye it's an American Express, %s, and it's, eh, oh four twenty-eight." % en_groups(EN_C2, [4, 6, 5], oh=True),
     [("card", en_groups(EN_C2, [4, 6, 5], oh=True))], N),
    ("Grand, Mr McIver, you're all booked in for the first fitting.", [("name", "McIver")], N),
    # --- turf delivery, Co. Offaly
    ("Hello, Kilcormac Turf, this is Niamh.", [("name", "Niamh")], N),
    ("Ah hello there, Mossie Brennan here, from out the Ballyboy road, I want to order a load of turf.",
     [("name", "Mossie Brennan")], N),
    ("A trailer load is a hundred and eighty euro, or the full lorry, that's about sixty bags, is four hundred and fifty.", [], N),
    ("Number three, Cloncraff Cottages, Ballyboy, Tullamore, R35 F6K2, the green gate beside the church.",
     [("address", "Number three, Cloncraff Cottages, Ballyboy, Tullamore, R35 F6K2")],
     "And where are we dropping it out to?"),
    ("Grand so, we'll have it out to you Thursday week, the lorry does the Birr side on Thursdays.", [], N),
    ("me number is oh eight seven, two two six, four one nine eight",
     [("phone", "oh eight seven, two two six, four one nine eight")],
     "And a number for the driver in case he can't find you?"),
    ("It was two hundred and ten last year, and the year before a hundred and ninety, so it's gone up a fair bit.", [], N),
    ("I'd rather pay it out of the credit union, the IBAN is %s, will that do you?" % en_spell(EN_IB2),
     [("iban", en_spell(EN_IB2))], N),
    # --- snow plowing, Buffalo NY
    ("Thanks for calling Lake Effect Plowing, how can I help you today?",
     [], N),
    ("Hi, yeah, my name is Dwayne Kowalski and I wanna sign up for the seasonal contract.",
     [("name", "Dwayne Kowalski")], N),
    ("The seasonal contract is six hundred forty-nine dollars, that covers up to thirty pushes from November first through March thirty-first, anything over two inches.", [], N),
    ("it's 2217 Abbott Road, Lackawanna, New York 14218, the driveway's on the left side of the house",
     [("address", "2217 Abbott Road, Lackawanna, New York 14218")],
     "Okay Dwayne, what's the service address?"),
    ("my cell is seven one six, eight two four, three three nine one",
     [("phone", "seven one six, eight two four, three three nine one")],
     "And the best number to text you when the truck's on the way?"),
    ("The driveway's about sixty feet long, fits three cars, and there's a hundred and ten feet of sidewalk too.", [], N),
    ("Sure, it's a Discover, %s." % "-".join(EN_C3[i:i + 4] for i in range(0, 16, 4)),
     [("card", "-".join(EN_C3[i:i + 4] for i in range(0, 16, 4)))], N),
    ("Last winter we did forty-two pushes on Abbott Road alone, it was a brutal one.", [], N),
]

EN_SSN1 = "512-44-8073"
EN_SSN2 = "231-07-5519"
assert ssn_ok(EN_SSN1) and ssn_ok(EN_SSN2)
EN_AFM = afm("04718322")
EN_C4 = card("465901238814220")
EN_C5 = card("539812074465127")
EN_IB3 = iban("IE", "AIBK93115238620477")
EN_IB4 = iban("GR", "01715230005231044817390")
EN_VOUCHER = not_personal_number("6034 9921 0047 3316")
EN_TRACK = not_personal_number("7731 0942 5568 41")

EN += [
    # --- Christmas tree farm, Oregon (seasonal hiring + orders)
    ("Silver Creek Tree Farm, this is Brenda.", [("name", "Brenda")], N),
    ("Hi, um, I'm calling about the seasonal job? My name is Marisol, Marisol Gutierrez.",
     [("name", "Marisol"), ("name", "Marisol Gutierrez")], N),
    ("It's fifteen fifty an hour, Thanksgiving weekend through December twenty-third, and you'd be on the baler mostly.", [], N),
    ("March third, two thousand two.", [("date_of_birth", "March third, two thousand two")],
     "Okay Marisol, and your date of birth?"),
    ("yeah it's five one two, four four, eight oh seven three",
     [("id", "five one two, four four, eight oh seven three")],
     "And I'll need your social for the W-4."),
    ("A six-to-seven foot Noble fir is sixty-five dollars, Douglas fir is forty-five, and we'll shake and net it for free.", [], N),
    ("Your order number's 88214, pick-up is Saturday December ninth between ten and four.", [], N),
    ("hey this is Tyrell Washington, Brenda said to call back with my info for the lot attendant thing",
     [("name", "Tyrell Washington")], N),
    ("Sure, it's %s, and my birthday is, uh, July seventeenth, oh five." % EN_SSN2,
     [("id", EN_SSN2), ("date_of_birth", "July seventeenth, oh five")],
     "Go ahead with the social security number."),
    ("Hi, I wanted to order twelve wreaths for the church, the Lutheran one on Fourth Street, for the first Sunday of Advent.", [], N),
    ("it's p lindqvist at comcast dot net", [("email", "p lindqvist at comcast dot net")],
     "And what email do you want the invoice sent to?"),
    # --- hurley maker, Co. Kilkenny
    ("Ballyhale Hurleys, Ciarán here.", [("name", "Ciarán")], N),
    ("Hiya, this is Aoife Fitzgerald, I'm looking for a thirty-two inch for an under-twelve.",
     [("name", "Aoife Fitzgerald")], N),
    ("A thirty-two inch ash is forty-five euro, with the band it's fifty, and a grip's another six.", [], N),
    ("plus three five three, eighty-six, one four seven, two two oh nine",
     [("phone", "plus three five three, eighty-six, one four seven, two two oh nine")],
     "And a number in case the courier can't get you?"),
    ("It's 14 Abbey Court, Thomastown, County Kilkenny, E41 R2W7.",
     [("address", "14 Abbey Court, Thomastown, County Kilkenny, E41 R2W7")],
     "Will I post it out to you? What's the address?"),
    ("The Kilkenny colours are black and amber, and we've the Cats stickers at two euro each.", [], N),
    ("It's a Visa debit, %s %s, em, %s, %s." % (EN_C4[:4], EN_C4[4:8], en_digits(EN_C4[8:12]), EN_C4[12:]),
     [("card", "%s %s, em, %s, %s" % (EN_C4[:4], EN_C4[4:8], en_digits(EN_C4[8:12]), EN_C4[12:]))], N),
    ("The one that cracked last week, can ye refund it to the account instead, it's %s" % EN_IB3,
     [("iban", EN_IB3)], N),
    # --- seaweed baths, Enniscrone, Co. Sligo
    ("Strand Seaweed Baths, Enniscrone, how can I help?", [], N),
    ("Hi, my name is Deirdre Ní Mhaoláin and I'd like to book the couples bath for Saturday.",
     [("name", "Deirdre Ní Mhaoláin")], N),
    ("The couples bath is sixty-five euro for fifty minutes, and the steam box is an extra ten each.", [], N),
    ("We've slots at eleven, half one and a quarter past four, and the tide's out around three so the walk on the strand is lovely after.", [], N),
    ("It's d-e-i-r-d-r-e dot n-m at gmail dot com.", [("email", "d-e-i-r-d-r-e dot n-m at gmail dot com")],
     "And an email for the confirmation, Deirdre?"),
    ("The gift voucher number is %s, does that still have the ninety euro on it?" % EN_VOUCHER, [], N),
    # --- sheep-shearing contractor, NSW
    ("G'day, Ridgeway Shearing, Shaz speaking.", [("name", "Shaz")], N),
    ("Yeah g'day, it's Brodie Mitchell, I'm ringing about the shed hand job out at Hay.",
     [("name", "Brodie Mitchell")], N),
    ("Twenty-ninth of the eleventh, ninety-eight.",
     [("date_of_birth", "Twenty-ninth of the eleventh, ninety-eight")],
     "No worries Brodie, what's your date of birth, mate?"),
    ("yeah it's oh four one two three three eight five oh seven",
     [("phone", "oh four one two three three eight five oh seven")],
     "And the best number to get you on?"),
    ("Rate's three dollars sixty-five a head for merinos, a good bloke'll do a hundred and eighty a day, and the run starts on the second of September.", [], N),
    ("Hi, it's Margaret Doyle from Bundarra Station, we've got about four thousand two hundred ewes to do.",
     [("name", "Margaret Doyle")], N),
    ("Bundarra Station, 1480 Booroorban Road, Hay, New South Wales 2711.",
     [("address", "Bundarra Station, 1480 Booroorban Road, Hay, New South Wales 2711")],
     "What's the address out there for the team?"),
    ("We'll need the quarters for six blokes for about nine days, the cook's coming up from Deniliquin.", [], N),
    # --- opal dealer, Lightning Ridge
    ("Black Opal Direct, Lightning Ridge, good morning.", [], N),
    ("Hi, good afternoon, myself Priya Raghunathan, I had ordered one pendant on your website.",
     [("name", "Priya Raghunathan")], N),
    ("That's the two point four carat crystal, N3 body tone, it was one thousand eight hundred and fifty dollars including GST.", [], N),
    ("The tracking number is AP %s, Australia Post says it left Dubbo on the fourth." % EN_TRACK, [], N),
    ("It's a Mastercard, %s." % en_groups(EN_C5, [4, 4, 4, 4], double=True),
     [("card", en_groups(EN_C5, [4, 4, 4, 4], double=True))], N),
    ("priya dot r eighty-eight at rediffmail dot com", [("email", "priya dot r eighty-eight at rediffmail dot com")],
     "What's the email on the order?"),
    ("It's a Lightning Ridge black, not a Coober Pedy white, so the price is different, no?", [], N),
    ("Yes, hello, Kostas Papadimitriou from Thessaloniki, the customs here want your invoice and my tax number on it, the AFM, it's %s." % " ".join([EN_AFM[:3], EN_AFM[3:6], EN_AFM[6:]]),
     [("name", "Kostas Papadimitriou"), ("id", " ".join([EN_AFM[:3], EN_AFM[3:6], EN_AFM[6:]]))], N),
    ("For the refund of the difference, my IBAN is %s." % group4(EN_IB4), [("iban", group4(EN_IB4))], N),
]

EN_IQ = saudi("234718055")
EN_SA = saudi("104662930")
EN_SSN3 = "488-21-6094"
EN_SSN4 = "147-62-0385"
assert ssn_ok(EN_SSN3) and ssn_ok(EN_SSN4)
EN_TZ = tz("03447158")
EN_C6 = card("506099581234567890")
EN_C7 = card("608326115529074")
EN_C8 = card("471682034519276")
EN_IB5 = iban("GB", "MONZ04007538291046")
EN_IB6 = iban("DE", "500105170648392217")
EN_IB7 = iban("GB", "NWBK60242119038457")
EN_IB8 = iban("IE", "REVO99037218365540")

EN += [
    # --- gele-tying artist, Lagos (clients at home and abroad)
    ("Good afternoon, you have reached Gele by Tola, how may I help you?", [], N),
    ("Good afternoon ma, I'm calling to book for my traditional wedding, the engagement is on the twenty-first of December in Lekki.", [], N),
    ("You people said the gele for the bride is thirty-five thousand naira, and for the aso ebi ladies it's eight thousand per head, we are about twenty-two.", [], N),
    ("my number is oh eight oh three, four five one, two two seven eight",
     [("phone", "oh eight oh three, four five one, two two seven eight")],
     "Okay ma, your phone number?"),
    ("We'll be dressing at my aunty's place, 7 Bode Thomas Street, Surulere, Lagos, the yellow gate.",
     [("address", "7 Bode Thomas Street, Surulere, Lagos")],
     "Where will you be dressing, ma? Give me the address."),
    ("Please I'm in Riyadh, for the parcel DHL is asking for my Iqama number, it is %s." % " ".join(EN_IQ),
     [("id", " ".join(EN_IQ))], N),
    ("Ehen, and my WhatsApp is plus two three four, eight zero six, one one nine, four four five two.",
     [("phone", "plus two three four, eight zero six, one one nine, four four five two")], N),
    ("I'm paying with my Verve card, it's %s." % " ".join([EN_C6[:4], EN_C6[4:8], EN_C6[8:12], EN_C6[12:16], EN_C6[16:]]),
     [("card", " ".join([EN_C6[:4], EN_C6[4:8], EN_C6[8:12], EN_C6[12:16], EN_C6[16:]]))], N),
    ("tolu underscore adebayo at yahoo dot co dot uk", [("email", "tolu underscore adebayo at yahoo dot co dot uk")],
     "Send me your email so I can send you the style catalogue."),
    ("For the deposit refund, abeg use my Monzo, the IBAN is %s." % EN_IB5, [("iban", EN_IB5)], N),
    ("Me I'm in Dublin, so send the balance back to my Revolut, %s." % group4(EN_IB8), [("iban", group4(EN_IB8))], N),
    ("The booking fee is non-refundable, ten thousand naira, and the balance is due seventy-two hours before the event.", [], N),
    # --- pandit booking, Leicester / India
    ("Namaste, Shubh Muhurat Pandit Services, Leicester, how can I help?", [], N),
    ("Namaste ji, I want to book a pandit for griha pravesh, my name is Venkatesh Iyer.",
     [("name", "Venkatesh Iyer")], N),
    ("Fourteenth August nineteen seventy-nine, and time of birth is five forty-five in the morning, in Madurai.",
     [("date_of_birth", "Fourteenth August nineteen seventy-nine")],
     "For the muhurat panditji needs your date of birth and time of birth."),
    ("Dakshina is one hundred and one pounds, plus the samagri kit forty-five pounds, and the puja takes about two and a half hours.", [], N),
    ("Best muhurat is on the twenty-third, Thursday, between seven-ten and nine-forty a.m., Rahu kalam is after that.", [], N),
    ("new house is 58 Gipsy Lane, Leicester, LE4 6RB", [("address", "58 Gipsy Lane, Leicester, LE4 6RB")],
     "What is the address of the new house?"),
    ("venkat dot iyer seventy-nine at gmail dot com", [("email", "venkat dot iyer seventy-nine at gmail dot com")],
     "And email ID for the confirmation?"),
    ("Hello, I need kundli matching for my daughter, she was born on 2nd Feb 1998, eleven twenty p.m., in Pune.",
     [("date_of_birth", "2nd Feb 1998")], N),
    ("I'm in Frankfurt, so please refund the cancelled e-puja to my account, %s." % group4(EN_IB6),
     [("iban", group4(EN_IB6))], N),
    ("It's RuPay card, %s." % en_groups(EN_C7, [4, 4, 4, 4], double=True),
     [("card", en_groups(EN_C7, [4, 4, 4, 4], double=True))], N),
    # --- dabbawala tiffin, Mumbai
    ("Hello, Annapurna Tiffin Service, Andheri, tell me.", [], N),
    ("Hello, I'm Rohan Kulkarni, I joined new at the office in BKC, I want lunch tiffin from Monday.",
     [("name", "Rohan Kulkarni")], N),
    ("Monthly it is two thousand eight hundred rupees for veg, four chapati, one sabzi, dal, rice, and Saturday half day.", [], N),
    ("Flat 402, Sai Darshan building, Veera Desai Road, Andheri West, Mumbai 400058.",
     [("address", "Flat 402, Sai Darshan building, Veera Desai Road, Andheri West, Mumbai 400058")],
     "Home pickup address?"),
    ("+91 98204 41376, it's on WhatsApp also", [("phone", "+91 98204 41376")], "Your mobile number?"),
    ("The dabba reaches your desk by twelve-thirty, the empty one goes back by three, and Sunday is holiday.", [], N),
    ("Last month you charged me for twenty-six days but I was on leave from the eleventh to the fifteenth, so that's five days extra.", [], N),
    ("rohan k ninety four at hotmail dot com", [("email", "rohan k ninety four at hotmail dot com")],
     "For the monthly bill, email?"),
    # --- maple sugarhouse, Vermont
    ("Hollow Brook Sugarhouse, good morning.", [], N),
    ("A gallon of Grade A dark robust is sixty-two dollars, the half gallon's thirty-six, and we ship Mondays and Tuesdays only.", [], N),
    ("It's my social, not an EIN, %s." % en_groups(EN_SSN3.replace("-", ""), [3, 2, 4]),
     [("id", en_groups(EN_SSN3.replace("-", ""), [3, 2, 4]))],
     "For the wholesale account I need a W-9, your EIN or social."),
    ("Hi, I'm ordering to Israel and the customs broker needs my Teudat Zehut, it's %s." % EN_TZ,
     [("id", EN_TZ)], N),
    ("Rehov HaNarkis 14, apartment 6, Ra'anana 4365012, Israel.",
     [("address", "Rehov HaNarkis 14, apartment 6, Ra'anana 4365012, Israel")],
     "Where are we shipping this to?"),
    ("Okay, it's a Visa, %s, exp oh three twenty-six." % " ".join([EN_C8[:4], EN_C8[4:8], EN_C8[8:12], EN_C8[12:]]),
     [("card", " ".join([EN_C8[:4], EN_C8[4:8], EN_C8[8:12], EN_C8[12:]]))], N),
    ("I was born the fifth of January, nineteen sixty-one, and I've tapped trees for forty years.",
     [("date_of_birth", "fifth of January, nineteen sixty-one")],
     "For the sugaring season job, what's your date of birth, Earl?"),
    ("You can reach me at (802) 463-2271, that's the landline, I don't do cell phones.",
     [("phone", "(802) 463-2271")], N),
    ("We boiled down about nine hundred gallons of sap for every twenty gallons of syrup this year, and we've got four thousand taps.", [], N),
    # --- snow plowing, driver application
    ("uh yeah DOB is 11/04/1987 and the social's %s" % EN_SSN4,
     [("date_of_birth", "11/04/1987"), ("id", EN_SSN4)],
     "For the plow driver application I'll need DOB and social."),
    ("I don't have a social, I'm an international student at UB, can I give you my Saudi national ID? It's %s." % EN_SA,
     [("id", EN_SA)], N),
    ("Yeah, twelfth of May, nineteen seventy.", [("date_of_birth", "twelfth of May, nineteen seventy")],
     "Terry, the lead helmsman has to be over twenty-one, can I just take a date of birth?"),
    ("And if there's no damage, the deposit goes back to %s, that's my NatWest." % group4(EN_IB7),
     [("iban", group4(EN_IB7))], N),
]

LANGS["en"] = EN

# ================================================================ ARABIC
SECTORS["ar"] = ["basmati rice exporter (India)", "thoroughbred stud farm (Ireland)",
                 "shawarma food-truck hire (Dearborn, US)", "shea butter supplier (Nigeria)",
                 "Kashmir-willow cricket bat maker (India)", "Darjeeling tea-estate homestay (India)",
                 "lawn bowls club (Australia)", "greyhound adoption charity (UK)",
                 "punt hire (Cambridge, UK)", "storm-chasing tours (US)",
                 "aso-oke weaver (Nigeria)", "drive-in cinema (US)"]

AR_SA1 = saudi("108823471")
AR_IB1 = iban("SA", "45000000198736524011")
AR_IB2 = iban("AE", "0330000019283746501")
AR_IB3 = iban("EG", "0003000400000018273645019")
AR_C1 = card("446404778812903")

AR = [
    # --- basmati rice exporter, caller a Saudi wholesaler (Gulf)
    ("شركة البسمتي الذهبي، معك أنيس، تفضل.", [("name", "أنيس")], N),
    ("هلا والله، معك عبدالعزيز الشمري من جدة، أبي أسأل عن شحنة الرز.", [("name", "عبدالعزيز الشمري")], N),
    ("الكيس الأربعين كيلو بمية وخمسة وثمانين ريال، والحاوية الأربعين قدم تشيل تقريباً ستة وعشرين طن.", [], N),
    ("رقم الحاوية MSKU 7718204 والسفينة وصلت ميناء جدة الإسلامي يوم الأحد اللي طاف.", [], N),
    ("إيه، %s" % indic(AR_SA1), [("id", indic(AR_SA1))],
     "عطني رقم الهوية الوطنية عشان التخليص الجمركي."),
    ("جوالي صفر خمسة خمسة، أربعة واحد تسعة، تلاتة تلاتة صفر تمانية",
     [("phone", "صفر خمسة خمسة، أربعة واحد تسعة، تلاتة تلاتة صفر تمانية")], "وش رقم جوالك؟"),
    ("حوّل الفرق على الآيبان حقي %s" % AR_IB1, [("iban", AR_IB1)], N),
    ("خلها على الطلبية رقم ٤٤٠٩١، وأبي التسليم قبل رمضان بأسبوعين.", [], N),
    ("النوع ١١٢١ سيلا، مو الـ١٥٠٩، العمال بالمحل يقولون الزباين يبون الحبة الطويلة.", [], N),
    ("العنوان الوطني ٧٣٤٢ طريق الملك عبدالعزيز، حي الزهراء، جدة ٢٣٥٢٢",
     [("address", "٧٣٤٢ طريق الملك عبدالعزيز، حي الزهراء، جدة ٢٣٥٢٢")], "وين نسلّم؟ عطني العنوان الوطني."),
    ("تمام أستاذ عبدالعزيز، بنرسل لك الفاتورة اليوم.", [("name", "عبدالعزيز")], N),
    ("الإيميل alshammari.trading@gmail.com", [("email", "alshammari.trading@gmail.com")], N),
    # --- stud farm, Co. Kildare, Emirati buyer
    ("مزرعة بالينهيل للخيول في كيلدير، معك ليلى، كيف أقدر أساعدك؟", [("name", "ليلى")], N),
    ("مرحبا، أنا حمد سعيد الكتبي من دبي، شفت المهرة اللي في المزاد الشهر الياي.", [("name", "حمد سعيد الكتبي")], N),
    ("المهرة عمرها سنتين، أبوها فاز بالديربي الأيرلندي، والسعر المبدئي مية وعشرين ألف يورو.", [], N),
    ("الفحص البيطري يوم الخميس الساعة عشرة الصبح، والنقل بالطيارة من شانون لدبي ياخذ تقريباً ثمان ساعات.", [], N),
    ("+971 50 418 7723، هذا الواتساب بعد", [("phone", "+971 50 418 7723")], "رقمك لو سمحت؟"),
    ("العربون بحوله من حسابي في الإمارات دبي الوطني، الآيبان %s" % group4(AR_IB2), [("iban", group4(AR_IB2))], N),
    ("رقم المهرة في الكتالوج ٣١٤، والمزاد يبدأ الساعة وحدة ونص بتوقيت دبلن.", [], N),
    ("حمد أندرسكور كي آت هوتميل دوت كوم", [("email", "حمد أندرسكور كي آت هوتميل دوت كوم")],
     "وإيميلك عشان نرسل لك تقرير البيطري؟"),
    # --- shawarma food-truck hire, Dearborn (Levantine)
    ("ألو مرحبا، فود ترك أبو علي، تفضلي.", [], N),
    ("مرحبا، أنا رانيا الخطيب، بدي احجز الترك لحفلة تخرج ابني.", [("name", "رانيا الخطيب")], N),
    ("الباكج لمية شخص بألف وأربعمية دولار، بيشمل شاورما وفلافل وفتوش، والترك بيضل تلات ساعات.", [], N),
    ("الحفلة يوم السبت ١٤ حزيران الساعة ستة المسا، بس إذا شتّت منأجلها للأحد.", [], N),
    ("العنوان 5820 Schaefer Road, Dearborn, Michigan 48126، في باركنج ورا البيت",
     [("address", "5820 Schaefer Road, Dearborn, Michigan 48126")], "وين بدك الترك يوقف؟ شو العنوان؟"),
    ("تلفوني تلاتة واحد تلاتة، خمسة أربعة تنين، سبعة صفر تسعة واحد",
     [("phone", "تلاتة واحد تلاتة، خمسة أربعة تنين، سبعة صفر تسعة واحد")], N),
    ("رقم الكرت %s والإكسباير ١٠/٢٧" % group4(AR_C1), [("card", group4(AR_C1))], N),
    ("تمام مدام رانيا، رح ابعتلك الكونفرميشن عالإيميل.", [("name", "رانيا")], N),
    ("اه اكتب rania.khatib77@yahoo.com", [("email", "rania.khatib77@yahoo.com")], "شو الإيميل؟"),
    ("في ديبوزيت ميتين دولار ما بيرجع إذا لغيتي قبل أقل من ٤٨ ساعة.", [], N),
    # --- shea butter supplier, Kano; Egyptian soap maker calling
    ("شركة كانو لزبدة الشيا، معاك أمينة، اتفضل.", [("name", "أمينة")], N),
    ("أهلاً يا فندم، أنا محمد عبد الحميد، صاحب مصنع صابون في العاشر من رمضان.", [("name", "محمد عبد الحميد")], N),
    ("الطن من الزبدة الخام بألفين وتلتمية دولار، والمكررة بتلات آلاف، والحد الأدنى خمسة طن.", [], N),
    ("رقمي صفر واحد اتنين، تمانية تلاتة خمسة ستة، ستة ستة صفر أربعة",
     [("phone", "صفر واحد اتنين، تمانية تلاتة خمسة ستة، ستة ستة صفر أربعة")], N),
    ("الآيبان بتاعي في البنك الأهلي %s" % AR_IB3, [("iban", AR_IB3)], "ابعت لنا بيانات الحساب للاسترداد."),
    ("حسناً أستاذ محمد، الشحنة ستخرج من ميناء لاغوس يوم عشرين.", [("name", "محمد")], N),
    ("حمادة دوت صابون آت جيميل دوت كوم، حمادة بالتاء المربوطة",
     [("email", "حمادة دوت صابون آت جيميل دوت كوم")], "والبريد الإلكتروني؟"),
    ("رقم الفاتورة المبدئية KSB-2024-0887، ومدة الشحن لحد إسكندرية حوالي تلاتين يوم.", [], N),
]

AR_IQ1 = saudi("245590317")
AR_C2 = card("529741006638152")
AR_C3 = card("421356880917442")
AR_IB4 = iban("GB", "BARC20325873019465")

AR += [
    # --- Kashmir-willow cricket bats, Sharjah distributor; Sudanese coach in Riyadh
    ("مرحبا، وكيل مضارب كشمير ويلو في الشارقة، معك فيصل.", [("name", "فيصل")], N),
    ("السلام عليكم، أنا معاوية عثمان، مدرب في أكاديمية كريكت في الرياض، داير أطلب مضارب للأولاد.",
     [("name", "معاوية عثمان")], N),
    ("المضرب الجريد A بمية وخمسين درهم، والجريد واحد للمحترفين بستمية، والوزن من ألف ومية لألف وتلتمية جرام.", [], N),
    ("نبغى خمسة وعشرين مضرب مقاس ستة، وعشرة مقاس هاربو، للأولاد تحت الأربعتاشر.", [], N),
    ("رقم الإقامة %s" % " ".join(indic(AR_IQ1)), [("id", " ".join(indic(AR_IQ1)))],
     "للشحن للسعودية نحتاج رقم الإقامة."),
    ("جوالي %s" % indic("0537201184"), [("phone", indic("0537201184"))], N),
    ("العنوان: الرياض، حي الملز، شارع الأحساء، مبنى ١٢، شقة ٤.",
     [("address", "الرياض، حي الملز، شارع الأحساء، مبنى ١٢، شقة ٤")], "العنوان بالتفصيل للشحنة؟"),
    ("الماستر كارد: %s" % "، ".join(ar_digits(AR_C2[i:i + 4], colloq=True) for i in range(0, 16, 4)),
     [("card", "، ".join(ar_digits(AR_C2[i:i + 4], colloq=True) for i in range(0, 16, 4)))], N),
    ("التوصيل من الشارقة للرياض أربعة لسبعة أيام عمل، ورقم التتبع حيوصلك برسالة.", [], N),
    # --- Darjeeling tea-estate homestay; Moroccan honeymooners (MSA agent, Maghrebi caller)
    ("مرحباً بكم في نُزُل ميستي هيلز لمزارع الشاي في دارجيلنغ، معك سلمى من قسم الحجوزات.", [("name", "سلمى")], N),
    ("السلام، أنا يوسف بنعلي من الدار البيضاء، بغيت نحجز بيت لشهر العسل.", [("name", "يوسف بنعلي")], N),
    ("الغرفة المطلة على الهيمالايا بمئة وعشرين دولاراً لليلة، وجولة قطف الشاي الساعة السادسة والنصف صباحاً.", [], N),
    ("التران الصغير من نيو جلبايغوري كياخد سبع سوايع، ولا الطاكسي تلاتة سوايع ونص.", [], N),
    ("مزيان، تاريخ الازدياد ديالي ١٧ نونبر ١٩٩٢، والمدام ٣ مارس ١٩٩٥.",
     [("date_of_birth", "١٧ نونبر ١٩٩٢"), ("date_of_birth", "٣ مارس ١٩٩٥")],
     "للتصريح الخاص بدخول المنطقة نحتاج تواريخ الميلاد كما في جواز السفر."),
    ("النمرة ديالي زيرو ستة، واحد وستين، ثمنية وأربعين، اثنين وعشرين، سبعة وتسعين",
     [("phone", "زيرو ستة، واحد وستين، ثمنية وأربعين، اثنين وعشرين، سبعة وتسعين")], N),
    ("youssef.benali92@menara.ma", [("email", "youssef.benali92@menara.ma")], "ما هو بريدك الإلكتروني؟"),
    ("شكراً سيد يوسف، سنرسل لك تأكيد الحجز خلال ساعة.", [("name", "يوسف")], N),
    ("الكارط ديال CIH، %s" % "-".join(AR_C3[i:i + 4] for i in range(0, 16, 4)),
     [("card", "-".join(AR_C3[i:i + 4] for i in range(0, 16, 4)))], N),
    ("الإلغاء مجاني حتى ثلاثين يوماً قبل الوصول، بعدها نخصم ليلتين.", [], N),
    # --- lawn bowls club, Bankstown, Sydney (Lebanese-Australian, Levantine)
    ("نادي بانكستاون للبولز، أنا جورج، كيف فيني ساعدك؟", [("name", "جورج")], N),
    ("مرحبا يا ابني، اسمي جوزيف نعمة، بس كلن بينادولي جو، بدي اشترك أنا ومرتي.",
     [("name", "جوزيف نعمة"), ("name", "جو")], N),
    ("الاشتراك السنوي مية وخمسة وتمانين دولار، والسينيورز فوق الخمسة وستين بيدفعوا مية وعشرين بس.", [], N),
    ("أنا من مواليد تمانية وعشرين أيار تسعة وأربعين",
     [("date_of_birth", "تمانية وعشرين أيار تسعة وأربعين")], "كرمال خصم السينيورز لازم تاريخ الميلاد."),
    ("ساكن بـ 22 Rickard Road, Bankstown NSW 2200، حد الكنيسة",
     [("address", "22 Rickard Road, Bankstown NSW 2200")], N),
    ("تلفوني زيرو أربعة واحد تسعة، تلاتة تلاتة ستة، ستة تمانية واحد",
     [("phone", "زيرو أربعة واحد تسعة، تلاتة تلاتة ستة، ستة تمانية واحد")], N),
    ("اللعب كل تلاتا وخميس الساعة تسعة ونص الصبح، والبارفي بعد الضهر بعشرين دولار مع الغدا.", [], N),
    ("أهلا وسهلا فيك عمو جو، منشوفك التلاتا.", [("name", "جو")], N),
    ("الرينك رقم ٤ مسكّر للصيانة لآخر الشهر، استعملوا الرينك ٦ أو ٧.", [], N),
    # --- greyhound adoption charity, Essex; Moroccan caller in London (Maghrebi)
    ("Greyhound Rescue Essex، صباح الخير، معاك حنان، كنهضر العربية إلا بغيتي.", [("name", "حنان")], N),
    ("صباح النور، أنا سميرة الإدريسي، ساكنة فلندن، بغيت نتبنى شي كلب غرايهاوند.",
     [("name", "سميرة الإدريسي")], N),
    ("رسوم التبني مية وخمسة وسبعين جنيه، فيها التلقيح والشريحة والتعقيم.", [], N),
    ("عندنا دابا تسعتاش كلب، وواحد سميتو Bolt عندو ربع سنين، هادئ بزاف مع الدراري.", [], N),
    ("ساكنة ف Flat 3, 41 Ilford Lane, Ilford, IG1 2DQ، الطابق التاني",
     [("address", "Flat 3, 41 Ilford Lane, Ilford, IG1 2DQ")], "فين ساكنة بالضبط؟ خاصنا نديرو الزيارة ديال الدار."),
    ("مزيودة نهار ٢٢/٠٧/١٩٨٨", [("date_of_birth", "٢٢/٠٧/١٩٨٨")], "خاصني تاريخ الميلاد ديالك للاستمارة."),
    ("الواتساب ديالي +44 7823 410 596", [("phone", "+44 7823 410 596")], N),
    ("إس إدريسي آت جيميل دوت كوم، إس بوحدها", [("email", "إس إدريسي آت جيميل دوت كوم")], "والإيميل؟"),
    ("واخا سميرة، غادي نصيفطو ليك الفورمولير اليوم.", [("name", "سميرة")], N),
    ("بغيت ندير تبرع شهري ديال عشرة جنيه، الآيبان ديالي %s" % AR_IB4, [("iban", AR_IB4)], N),
]

AR_SA2 = saudi("112975046")
AR_SA3 = saudi("109384452")
AR_IQ2 = saudi("238116720")
AR_IQ3 = saudi("219047638")
AR_TZ1 = tz("20318745")
AR_TZ2 = tz("05922810")
AR_C4 = card("455012903376551")
AR_C5 = card("37649120558817")
AR_C6 = card("541287730219936")
AR_C7 = card("411739925106487")
AR_C8 = card("588845120933701")
AR_IB5 = iban("GB", "LOYD30962417008253")
AR_IB6 = iban("SA", "80000204608016173519")
AR_IB7 = iban("JO", "ARAB1220000000481722390561")
AR_IB8 = iban("IL", "0107640000012837465")
AR_SHIP = not_personal_number("7741 9932 05")

AR += [
    # --- punt hire, Cambridge; Kuwaiti student (Gulf)
    ("Mill Pond Punting، هلا، أتكلم عربي، تفضل.", [], N),
    ("هلا والله، أنا طالب بجامعة كامبردج، نبي نستأجر بنط لخمسة أشخاص يوم السبت.", [], N),
    ("البنط مع الشوفير خمسة وعشرين باوند للشخص، خمسة وأربعين دقيقة، والسلف هاير ثمانية وثلاثين باوند بالساعة.", [], N),
    ("واحد وثلاثين ديسمبر ألفين وثلاثة", [("date_of_birth", "واحد وثلاثين ديسمبر ألفين وثلاثة")],
     "للسلف هاير لازم تكون فوق ١٨، تاريخ ميلادك؟"),
    ("الفيزا حقتي %s" % " ".join(AR_C4[i:i + 4] for i in range(0, 16, 4)),
     [("card", " ".join(AR_C4[i:i + 4] for i in range(0, 16, 4)))], N),
    ("نلتقي عند جسر ماغدالين الساعة ثنتين ونص، والبنط رقم ١٧.", [], N),
    ("badr.alenezi@outlook.com", [("email", "badr.alenezi@outlook.com")], "ممكن الإيميل عشان الإيصال؟"),
    ("التأمين مية باوند، رجعوه على حسابي في لويدز، الآيبان %s" % group4(AR_IB5), [("iban", group4(AR_IB5))], N),
    # --- storm-chasing tours, Oklahoma; Saudi and Jordanian callers
    ("Tornado Alley Chase Tours في أوكلاهوما، مرحبا، كيف بقدر أساعدك؟", [], N),
    ("السلام عليكم، اسمي تركي العتيبي، أبي أحجز رحلة مطاردة الأعاصير في مايو.", [("name", "تركي العتيبي")], N),
    ("الجولة ستة أيام بتلات آلاف وتسعمية دولار، من أوكلاهوما سيتي، وممكن نمشي ألفين ميل بالأسبوع.", [], N),
    ("الموسم أحسن شي من عشرين أيار لعشرة حزيران، والمجموعة ما بتزيد عن تسعة أشخاص بالفان.", [], N),
    ("رقم هويتي %s" % ar_digits(AR_SA2), [("id", ar_digits(AR_SA2))],
     "لنموذج إخلاء المسؤولية بحتاج رقم الهوية وتاريخ الميلاد."),
    ("وتاريخ ميلادي بالهجري ١٤١٢/٠٣/٠٥", [("date_of_birth", "١٤١٢/٠٣/٠٥")], N),
    ("وخويي سلطان بيجي معي، رقم هويته %s" % AR_SA3, [("id", AR_SA3)], N),
    ("الأمريكان إكسبريس: %s" % "، ".join([ar_digits(AR_C5[:4]), ar_digits(AR_C5[4:10]), ar_digits(AR_C5[10:])]),
     [("card", "، ".join([ar_digits(AR_C5[:4]), ar_digits(AR_C5[4:10]), ar_digits(AR_C5[10:])]))], N),
    ("إذا تكنسلت الرحلة رجعوا الفلوس على %s" % AR_IB6, [("iban", AR_IB6)], N),
    ("مرحبا، أنا المهندس خالد الزعبي، أردني ساكن بالدمام، بدي أحجز إلي ولابني.", [("name", "خالد الزعبي")], N),
    ("رقم الإقامة %s %s %s" % (AR_IQ2[:3], AR_IQ2[3:6], AR_IQ2[6:]),
     [("id", "%s %s %s" % (AR_IQ2[:3], AR_IQ2[3:6], AR_IQ2[6:]))], N),
    ("أنا مواليد ٥ / ٨ / ١٩٧٦ وابني ١٩ / ١ / ٢٠٠٥",
     [("date_of_birth", "٥ / ٨ / ١٩٧٦"), ("date_of_birth", "١٩ / ١ / ٢٠٠٥")], "تواريخ الميلاد للتأمين؟"),
    ("رقمي بالأردن صفر سبعة تسعة، خمسة خمسة تمانية، لا لا، خمسة خمسة سبعة، تنين صفر واحد أربعة",
     [("phone", "صفر سبعة تسعة، خمسة خمسة تمانية، لا لا، خمسة خمسة سبعة، تنين صفر واحد أربعة")], N),
    ("الآيبان تبعي بالبنك العربي %s" % group4(AR_IB7), [("iban", group4(AR_IB7))], N),
    ("التأمين الإجباري مية وعشرين دولار، والغرفة بالموتيل عليكم، وبنرجع الساعة حداش بالليل.", [], N),
    # --- aso-oke weaver, Iseyin; Arab-Israeli and Gulf-based clients
    ("أسو أوكي إيسيين للنسيج، مكتب التصدير، تفضلي.", [], N),
    ("أهلين، أنا هبة من حيفا، مصممة أزياء، بدي أطلب قماش أسو أوكي لعرض أزياء.", [("name", "هبة")], N),
    ("الطقم الكامل، الجيلي والإيرو والإيبوري، بخمسة وتسعين ألف نايرا، والتسليم بعد تلات أسابيع.", [], N),
    ("رقم الهوية تبعي %s" % AR_TZ1, [("id", AR_TZ1)], "الجمارك الإسرائيلية بدها رقم هوية."),
    ("شارع عباس ٢٣، الطابق التاني، حيفا ٣٣٠٤٥", [("address", "شارع عباس ٢٣، الطابق التاني، حيفا ٣٣٠٤٥")],
     "لوين نبعت الطرد؟"),
    ("البلفون تبعي زيرو خمسة تنين، سبعة تلاتة أربعة، تسعة تسعة صفر ستة",
     [("phone", "زيرو خمسة تنين، سبعة تلاتة أربعة، تسعة تسعة صفر ستة")], N),
    ("بحوّل من البنك العربي الإسرائيلي، الآيبان %s" % group4(AR_IB8), [("iban", group4(AR_IB8))], N),
    ("أو بالماستركارد، %s" % AR_C6, [("card", AR_C6)], N),
    ("مرحبا، أنا محمود جبارين من أم الفحم، بدي أسو أوكي لعرس أخوي، ورقم هويتي %s" % ar_digits(AR_TZ2, colloq=True),
     [("name", "محمود جبارين"), ("id", ar_digits(AR_TZ2, colloq=True))], N),
    ("لون الأليكي الأحمر خلص، منقدر نعمل بالعنابي أو البني، والعرض بيطلع ٧٦ سنتيمتر.", [], N),
    ("أنا فاطمة، نيجيرية ساكنة في جدة، ورقم إقامتي %s" % indic(AR_IQ3),
     [("name", "فاطمة"), ("id", indic(AR_IQ3))], N),
    ("جدة، حي الصفا، شارع الأمير ماجد، عمارة ٩، شقة ١١",
     [("address", "جدة، حي الصفا، شارع الأمير ماجد، عمارة ٩، شقة ١١")], "والعنوان في جدة؟"),
    ("بطاقة مدى %s" % indic(group4(AR_C8)), [("card", indic(group4(AR_C8)))], N),
    ("رقم الشحنة عند DHL هو %s، والوزن تسعة كيلو." % AR_SHIP, [], N),
    # --- drive-in cinema, New Jersey; Egyptian-American family
    ("Starlite Drive-In، أهلاً، اتفضل يا فندم.", [], N),
    ("عايز أحجز مكان لعربية يوم الجمعة، فيلم الساعة تسعة إلا ربع.", [], N),
    ("التذكرة للعربية تلاتين دولار لحد أربع أشخاص، والصوت على راديو إف إم تمانية وتمانين وتسعة.", [], N),
    ("الكارت %s" % indic(group4(AR_C7)), [("card", indic(group4(AR_C7)))], N),
    ("الفيلم التاني بيبدأ الساعة حداشر وعشرة، والكانتين بيقفل بعد الانتراكت.", [], N),
    ("118 Palisade Avenue, Jersey City, NJ 07306، الدور التالت",
     [("address", "118 Palisade Avenue, Jersey City, NJ 07306، الدور التالت")],
     "عنوان البيت عشان نبعت كارت الموسم بالبوستة؟"),
    ("مينا دوت جرجس آت ياهو دوت كوم", [("email", "مينا دوت جرجس آت ياهو دوت كوم")], "والإيميل يا فندم؟"),
    ("الحجز بالرقم ST-5521 والبوابات بتفتح الساعة سبعة ونص.", [], N),
    ("أسعار الصيف من أول يونيو، الطفل تحت الستة ببلاش، وفي خصم عشرة في المية للعيلة الكبيرة.", [], N),
]

LANGS["ar"] = AR

# ================================================================ HEBREW
SECTORS["he"] = ["pickleball courts (US-style club)", "little-league baseball",
                 "Kerala houseboats (India)", "Royal Enfield motorbike hire (Manali, India)",
                 "tandoor oven importer (India)", "pashmina shawl wholesaler (Kashmir)",
                 "Thanksgiving turkey orders (US)", "rugby club (UK/Ireland/Australia)",
                 "Afrobeats band booking (Nigeria)", "Ankara wax-print fabric (Nigeria)",
                 "sheepskin boot maker (Australia)", "New-York bagel bakery"]

HE_TZ1 = tz("33981274")
HE_TZ2 = tz("20745193")
HE_TZ3 = tz("05813372")
HE_C1 = card("458012673390412")
HE_C2 = card("522379014488236")
HE_C3 = card("532610498877215")
HE_IB1 = iban("IL", "0126300000002941785")
HE_IB2 = iban("IL", "0209180000000538812")

HE = [
    # --- pickleball courts, Ra'anana (Anglo caller)
    ("פיקלבול רעננה שלום, מדברת שירה.", [("name", "שירה")], N),
    ("Hi, sorry, שלום, קוראים לי ג'ודי פלדמן, I want to, אני רוצה להזמין מגרש.", [("name", "ג'ודי פלדמן")], N),
    ("מגרש לשעה זה שמונים שקל, בערב אחרי שש זה מאה ועשרים, והשכרת מחבט עשרה שקלים.", [], N),
    ("יש לנו ליגה ביום שלישי בשבע וחצי, ארבעה עשר זוגות, והגמר בעשרים ושמונה לחודש.", [], N),
    ("זה %s, %s, %s" % (he_digits("054"), he_digits("661"), he_digits("3802")),
     [("phone", "%s, %s, %s" % (he_digits("054"), he_digits("661"), he_digits("3802")))], "מספר טלפון?"),
    ("judy.feldman@gmail.com, all lower case", [("email", "judy.feldman@gmail.com")], "ומייל לאישור?"),
    ("תודה, נתראה ביום חמישי בעשר, מגרש מספר שלוש.", [], N),
    ("ויזה, %s, תוקף שמונה עשרים ושמונה" % group4(HE_C1), [("card", group4(HE_C1))], N),
    # --- little-league baseball, Beit Shemesh
    ("ליגת הבייסבול בית שמש, שלום, זה אבי.", [("name", "אבי")], N),
    ("שלום, מדבר דניאל רוזנברג, אני רוצה לרשום את הבן שלי לליגת הקטנים.", [("name", "דניאל רוזנברג")], N),
    ("הוא נולד בשלושה במרץ 2016", [("date_of_birth", "שלושה במרץ 2016")], "תאריך לידה של הילד? זה קובע את הקבוצה."),
    ("תעודת זהות שלו %s" % HE_TZ1, [("id", HE_TZ1)], N),
    ("דמי הרישום שש מאות וחמישים שקל לעונה, כולל כובע וחולצה, והעונה מתחילה בחמישה עשר באפריל.", [], N),
    ("האימונים בימי ראשון ורביעי בארבע וחצי במגרש ליד גשר הרכבת, והכפפה לא כלולה.", [], N),
    ("רחוב נחל דולב 12, דירה 8, בית שמש", [("address", "רחוב נחל דולב 12, דירה 8, בית שמש")], "כתובת מגורים?"),
    ("אוקיי, שלחתי לך את הטופס למייל, תמלא עד יום ראשון.", [], N),
    # --- Kerala houseboats (Israeli backpackers)
    ("Kerala Backwater Houseboats, בוקר טוב, אני רג'ש, אני מדבר קצת עברית.", [("name", "רג'ש")], N),
    ("אחי היי, אני נועה, אחרי צבא, אנחנו ארבע בנות ורוצות סירה לשני לילות.", [("name", "נועה")], N),
    ("סירה עם שני חדרי שינה זה תשעת אלפים רופי ללילה, כולל שלוש ארוחות, ויוצאים מאלפי בשתים עשרה.", [], N),
    ("+972 52 418 7730, יש לי וואטסאפ", [("phone", "+972 52 418 7730")], "Your phone number please?"),
    ("22/01/2003", [("date_of_birth", "22/01/2003")], "תאריך לידה כמו בדרכון?"),
    ("הטיסה שלנו מקוצ'ין זה 6E 2317 בשבע בבוקר, אז צריך לחזור עד שש.", [], N),
    ("מאסטרקארד, %s" % ", ".join(he_digits(HE_C2[i:i + 4]) for i in range(0, 16, 4)),
     [("card", ", ".join(he_digits(HE_C2[i:i + 4]) for i in range(0, 16, 4)))], N),
    # --- Royal Enfield hire, Manali
    ("Himalayan Enfield Rentals, מנאלי, שלום.", [], N),
    ("שלום, קוראים לי איתי בן דוד, רוצה לשכור אנפילד לשלושה שבועות לכיוון לה.", [("name", "איתי בן דוד")], N),
    ("בולט 350 זה אלף שמונה מאות רופי ליום, ההימלאיה 411 זה אלפיים ושש מאות, והפיקדון עשרים אלף.", [], N),
    ("אין לי את הדרכון עכשיו, אבל תעודת זהות, %s" % he_digits(HE_TZ2, masc=True),
     [("id", he_digits(HE_TZ2, masc=True))], "ID number for the rental agreement?"),
    ("איתי בי די שטרודל וואלה נקודה קו נקודה איי אל",
     [("email", "איתי בי די שטרודל וואלה נקודה קו נקודה איי אל")], "Email?"),
    ("עד לה זה ארבע מאות שבעים וחמישה קילומטר, ואישור המעבר לרוטנג עולה חמש מאות וחמישים רופי.", [], N),
    ("תחזירו את הפיקדון לחשבון בישראל, %s" % group4(HE_IB1), [("iban", group4(HE_IB1))], N),
    # --- tandoor oven importer; Arab citizen from Nazareth
    ("תנורי טנדור מהודו, יבוא ישיר, מדברת אורטל.", [("name", "אורטל")], N),
    ("אהלן, אני סאמר חורי ממסעדה בנצרת, רציתי לשאול על תנור טנדור גדול.", [("name", "סאמר חורי")], N),
    ("הדגם הגדול, שמונים סנטימטר קוטר, עולה שבעת אלפים תשע מאות שקל, ומשקל מאה ועשרים קילו.", [], N),
    ("שדרות פאולוס השישי 57, נצרת, מול הבנק", [("address", "שדרות פאולוס השישי 57, נצרת")], "לאן לשלוח?"),
    ("לחשבונית, תעודת זהות %s %s %s" % (HE_TZ3[:3], HE_TZ3[3:6], HE_TZ3[6:]),
     [("id", "%s %s %s" % (HE_TZ3[:3], HE_TZ3[3:6], HE_TZ3[6:]))], N),
    ("הטלפון במסעדה 04-6578213", [("phone", "04-6578213")], N),
    ("המשלוח ממומבאי לקח ארבעים ושניים יום, והמכולה עמדה בנמל חיפה עוד שבוע.", [], N),
    ("בסדר סאמר, אני מעדכנת את ההזמנה.", [("name", "סאמר")], N),
    # --- pashmina wholesaler; Russian-speaking shop owner in Haifa
    ("קשמיר פשמינה סיטונאות, שלום.", [], N),
    ("שלום, זאת ילנה, ילנה קוזלובה, יש לי חנות בחיפה, אני רוצה להזמין עוד צעיפים.",
     [("name", "ילנה"), ("name", "ילנה קוזלובה")], N),
    ("צעיף פשמינה טהור זה מאה ושמונים שקל סיטונאי, מעורב משי זה מאה ועשרים, מינימום עשרים יחידות.", [], N),
    ("כרטיס מאסטרקארד, %s" % HE_C3, [("card", HE_C3)], N),
    ("lena.kozlova1971@mail.ru", [("email", "lena.kozlova1971@mail.ru")], "מייל לחשבונית?"),
    ("נייד שלי 053-778-4120, בבקשה תתקשרו אחרי ארבע", [("phone", "053-778-4120")], N),
    ("או העברה בנקאית, IBAN %s" % HE_IB2, [("iban", HE_IB2)], N),
    ("ההזמנה הקודמת, מספר 60412, הגיעה חסרה שלושה צעיפים בצבע בורדו.", [], N),
]

HE_TZ4 = tz("34518620")
HE_C4 = card("37492016633184")
HE_IB3 = iban("FR", "10278060390002049110133")
HE_IB4 = iban("IL", "0317420000000461209")

HE += [
    # --- Thanksgiving turkey orders, kosher butcher (Anglo callers)
    ("אטליז מעוף, הזמנות לחג ההודיה, שלום.", [], N),
    ("היי, זאת שרה-לאה גולדברג מאפרת, I ordered last year, רוצה הודו שלם.", [("name", "שרה-לאה גולדברג")], N),
    ("הודו שלם שישה עד שבעה קילו זה ארבע מאות תשעים שקל, כולל מילוי, והאיסוף ביום חמישי העשרים ושמונה בנובמבר.", [], N),
    ("אפשר להוסיף פאי דלעת בשמונים ותשעה שקל ורוטב חמוציות בשלושים וחמישה, ויש תור מארבע עד שבע.", [], N),
    ("הזית 31, אפרת, דירה 2", [("address", "הזית 31, אפרת, דירה 2")], "משלוח או איסוף? אם משלוח, מה הכתובת?"),
    ("זה oh five eight, six four two, nine nine one oh", [("phone", "oh five eight, six four two, nine nine one oh")],
     "ומספר טלפון?"),
    ("שרה לאה נקודה ג'י שטרודל ג'ימייל נקודה קום", [("email", "שרה לאה נקודה ג'י שטרודל ג'ימייל נקודה קום")],
     "לאיזה מייל לשלוח קבלה?"),
    ("אמריקן אקספרס, %s %s %s" % (HE_C4[:4], HE_C4[4:10], HE_C4[10:]),
     [("card", "%s %s %s" % (HE_C4[:4], HE_C4[4:10], HE_C4[10:]))], N),
    ("תודה שרה-לאה, חג שמח.", [("name", "שרה-לאה")], N),
    ("ההזמנה מספר 2291, ואם ההודו יותר משבעה קילו זה שבעים שקל לכל קילו נוסף.", [], N),
    # --- rugby club, Netanya (French immigrant)
    ("מועדון הרוגבי נתניה, שלום, מדבר גיל.", [("name", "גיל")], N),
    ("בונז'ור, כן שלום, אני ז'רום אזולאי, עליתי מצרפת לפני שנה ואני רוצה לשחק.", [("name", "ז'רום אזולאי")], N),
    ("נולדתי בשנים עשר ביולי תשעים ואחת", [("date_of_birth", "שנים עשר ביולי תשעים ואחת")],
     "צריך תאריך לידה בשביל הביטוח של האיגוד."),
    ("תעודת זהות, רגע... %s" % he_digits(HE_TZ4), [("id", he_digits(HE_TZ4))], N),
    ("דמי חבר אלף ומאתיים שקל לשנה, אימונים שני ורביעי בשמונה בערב, והמשחק הראשון נגד חיפה בשמונה באוקטובר.", [], N),
    ("עדיין יש לי רק צרפתי, +33 6 12 48 73 90", [("phone", "+33 6 12 48 73 90")], "יש לך מספר ישראלי?"),
    ("לא רגע, יש לי גם ישראלי, אפס חמש שתיים, שבע שבע שלוש, אחת, לא סליחה, ארבע אפס אחת שש",
     [("phone", "אפס חמש שתיים, שבע שבע שלוש, אחת, לא סליחה, ארבע אפס אחת שש")], N),
    ("החשבון עדיין בצרפת, %s" % group4(HE_IB3), [("iban", group4(HE_IB3))], "לאן להחזיר את דמי הרישום אם לא תתקבל?"),
    ("מעולה, תבוא לאימון ניסיון ביום שני בשמונה.", [], N),
    ("נעלי פקקים עולות בערך ארבע מאות שקל, ומגן שיניים שישים, את החולצה המועדון נותן.", [], N),
    ("jerome.azoulay@orange.fr", [("email", "jerome.azoulay@orange.fr")], "מייל?"),
    # --- Afrobeats band booking (Nigerian band; Ethiopian-Israeli event producer)
    ("Lagos Vibes Band, הזמנות, שלום, אני טונדה, אני מדבר עברית, גרתי באילת שש שנים.", [("name", "טונדה")], N),
    ("היי, מדברת טיגיסט מלסה, אני מפיקה אירועים, רוצה להקה לחתונה בראשון לציון.", [("name", "טיגיסט מלסה")], N),
    ("הופעה של שעתיים עם שבעה נגנים זה שמונה עשר אלף שקל, והגברה לא כלולה.", [], N),
    ("החתונה ביום רביעי, עשרים ושלושה ביוני, ההופעה מאחת עשרה בלילה, אחרי האסקסטה.", [], N),
    ("050-9921847, זה גם בוואטסאפ", [("phone", "050-9921847")], "מספר ליצירת קשר?"),
    ("טיגיסט אירועים שטרודל ג'ימייל דוט קום", [("email", "טיגיסט אירועים שטרודל ג'ימייל דוט קום")], "ומייל לחוזה?"),
    ("את המקדמה תעבירי לחשבון של הלהקה, %s" % HE_IB4, [("iban", HE_IB4)], N),
    ("סגרנו טיגיסט, אני שולח חוזה היום.", [("name", "טיגיסט")], N),
    ("מספר החוזה LV-0623, והמקדמה שלושים אחוז עד סוף החודש.", [], N),
    ("רחוב הרצל 140, ראשון לציון, קומה שלישית", [("address", "רחוב הרצל 140, ראשון לציון, קומה שלישית")],
     "כתובת למשלוח החוזה החתום?"),
]

HE_TZ5 = tz("31260459")
HE_TZ6 = tz("20998134")
HE_TZ7 = tz("31477205")
HE_TZ8 = tz("05664913")
HE_C5 = card("453201874466092")
HE_C6 = card("541277003192648")
HE_C7 = card("432597001864331")
HE_C8 = card("458003219975026")
HE_IB5 = iban("IL", "0108000000029983145")
HE_IB6 = iban("GB", "HBUK40112763190452")
HE_IB7 = iban("IL", "0126810000000237746")
HE_IB8 = iban("IL", "0206060000000318822")
HE_TRACK = not_personal_number("4471 9902 5563 8")

HE += [
    # --- Ankara wax-print fabric (Lagos online store); Ethiopian-Israeli designer, Arab seamstress
    ("אנקרה פרינטס, בדים מלאגוס, שירות לקוחות, שלום.", [], N),
    ("שלום, אני אלמז וורקו, מעצבת מרחובות, רוצה להזמין שלושים יארד.", [("name", "אלמז וורקו")], N),
    ("יארד של ווקס הולנדי זה עשרים ושניים דולר, הדפס מקומי תשעה דולר, והמשלוח לישראל שלושה שבועות.", [], N),
    ("הדוגמה עם העיגולים הצהובים, מספר קטלוגי 7718, אזלה, תחזור אחרי החמישה עשר בחודש.", [], N),
    ("ויזה, %s" % he_digits(HE_C5, masc=True), [("card", he_digits(HE_C5, masc=True))], N),
    ("רחוב הרב קוק 9, דירה 14, רחובות, מיקוד 7620309",
     [("address", "רחוב הרב קוק 9, דירה 14, רחובות, מיקוד 7620309")], "לאיזו כתובת לשלוח?"),
    ("המכס ביקש תעודת זהות, זה %s-%s" % (HE_TZ5[:8], HE_TZ5[8]), [("id", "%s-%s" % (HE_TZ5[:8], HE_TZ5[8]))], N),
    ("על הארבעה יארד שחסרו תחזירו לי לחשבון, %s" % group4(HE_IB5), [("iban", group4(HE_IB5))], N),
    ("ותאריך לידה בשביל ההטבה, עשרים ותשעה בפברואר 1996, כן, שנה מעוברת",
     [("date_of_birth", "עשרים ותשעה בפברואר 1996")], "רוצה להצטרף למועדון לקוחות?"),
    ("אהלן, אני ראניה מטירה, תופרת, רציתי לשאול על ההזמנה שלי.", [("name", "ראניה")], N),
    ("חמש עשרה באוגוסט שמונים ושמונה", [("date_of_birth", "חמש עשרה באוגוסט שמונים ושמונה")],
     "לאימות, תאריך לידה של בעלת החשבון?"),
    ("אפס חמש ארבע, שלוש שתיים אחת, שבעים ושמונה ארבעים וחמש",
     [("phone", "אפס חמש ארבע, שלוש שתיים אחת, שבעים ושמונה ארבעים וחמש")], "טלפון לשליח?"),
    ("הקופון של עשרה אחוז לא עבד, הקוד היה ANKARA10, והחיוב יצא שש מאות שמונים ושניים שקל.", [], N),
    # --- sheepskin boots (Blue Mountains, Australia); Anglo and Russian-speaking callers
    ("Blue Mountains Sheepskin, שירות בעברית, שלום.", [], N),
    ("שלום, מדבר מרק שטיינברג ממודיעין, הזמנתי מגפיים מידה 44 והגיעו 42.", [("name", "מרק שטיינברג")], N),
    ("זוג קלאסיים גבוהים זה מאתיים ארבעים וחמישה דולר אוסטרלי, והחזרה בינלאומית עולה שלושים וחמישה.", [], N),
    ("מספר המעקב %s, והוא תקוע בסידני מהשלושים באוקטובר." % HE_TRACK, [], N),
    ("עמק איילון 22, מודיעין, בית פרטי", [("address", "עמק איילון 22, מודיעין")], "לאן לשלוח את ההחלפה?"),
    ("המכס עצר את החבילה הקודמת, הם רצו תעודת זהות, %s" % HE_TZ8, [("id", HE_TZ8)], N),
    ("mark.steinberg@012.net.il", [("email", "mark.steinberg@012.net.il")], "מייל?"),
    ("תחייבו את ההפרש ב%s" % HE_C6, [("card", HE_C6)], N),
    ("ואת ההחזר על המשלוח לחשבון %s" % HE_IB7, [("iban", HE_IB7)], N),
    ("אלו, שלום, זה נטשה, נטליה גורביץ', אני רוצה להזמין מגפיים לבת שלי.",
     [("name", "נטשה"), ("name", "נטליה גורביץ'")], N),
    ("בבקשה מידה שלושים ושבע, צבע שוקולד, לא ערמון, ערמון היה בפעם שעברה.", [], N),
    ("טלפון 053-3566772, אחרי שש בערב", [("phone", "053-3566772")], N),
    ("כרטיס ויזה, %s" % ", ".join(he_digits(HE_C7[i:i + 4]) for i in range(0, 16, 4)),
     [("card", ", ".join(he_digits(HE_C7[i:i + 4]) for i in range(0, 16, 4)))], N),
    ("הם אמרו עשרה ימי עסקים, אבל עברו כבר שבעה עשר יום מאז העשרים ואחד בספטמבר.", [], N),
    # --- New-York bagel bakery, Jerusalem
    ("בייגל ברוקלין ירושלים, שלום.", [], N),
    ("היי, זה יענקי, יעקב שוורץ, מבית וגן, רוצה להזמין מאה בייגלים לקידוש.",
     [("name", "יענקי"), ("name", "יעקב שוורץ")], N),
    ("מאה בייגלים זה ארבע מאות חמישים שקל, עם קרם צ'יז ולוקס זה עוד שש מאות, מוכן ביום שישי בעשר.", [], N),
    ("הפסגה 48, כניסה ב', בית וגן, ירושלים", [("address", "הפסגה 48, כניסה ב', בית וגן, ירושלים")], "כתובת למשלוח?"),
    ("אני משלם מהחשבון באנגליה, %s" % group4(HE_IB6), [("iban", group4(HE_IB6))], N),
    ("yanky.schwartz@gmail.com", [("email", "yanky.schwartz@gmail.com")], "מייל לקבלה?"),
    ("או בכרטיס, %s" % "-".join(HE_C8[i:i + 4] for i in range(0, 16, 4)),
     [("card", "-".join(HE_C8[i:i + 4] for i in range(0, 16, 4)))], N),
    ("הבייגל אבריתינג הכי נמכר, ארבעה שקלים וחצי ליחידה, והשומשום נגמר כל יום בשתיים.", [], N),
    ("שלום, אני דוויד מולגטה, ראיתי מודעה שאתם מחפשים אופה ללילה.", [("name", "דוויד מולגטה")], N),
    ("אחד באפריל אלפיים ואחת, כן, באחד באפריל, לא בדיחה", [("date_of_birth", "אחד באפריל אלפיים ואחת")],
     "תאריך לידה?"),
    ("תעודת זהות %s" % he_digits(HE_TZ6, masc=True), [("id", he_digits(HE_TZ6, masc=True))], N),
    ("אני גר ברחוב אליאב 7, דירה 12, קריית מנחם", [("address", "רחוב אליאב 7, דירה 12, קריית מנחם")], N),
    ("חשבון למשכורת, בנק הפועלים, IBAN %s" % HE_IB8, [("iban", HE_IB8)], N),
    ("שלושה בינואר אלף תשע מאות חמישים ושתיים, ותעודת זהות %s" % " ".join(HE_TZ7),
     [("date_of_birth", "שלושה בינואר אלף תשע מאות חמישים ושתיים"), ("id", " ".join(HE_TZ7))],
     "בשביל הנחת גמלאים צריך תאריך לידה ותעודת זהות."),
    ("14.11.1986", [("date_of_birth", "14.11.1986")], "להרשמה לאפליקציה, תאריך לידה?"),
    ("ההזמנה לקידוש, מספר 5530, תהיה מוכנה בתשע וחצי, ואת המגשים מחזירים עד יום ראשון.", [], N),
    ("בשבוע הבא סגור מחמישי עד ראשון בגלל החג, ואז פתוחים כרגיל משש בבוקר.", [], N),
    ("הסניף ברחוב עמק רפאים פתוח עד עשר בלילה, והסניף בתלפיות עד שמונה.", [], N),
    ("ההחזר של מאה ועשרים דולר נכנס בשלושה בדצמבר, אבל הבנק גבה עמלת המרה של שלושה אחוזים.", [], N),
    ("שלום, רציתי לשאול מתי אתם פתוחים ביום שישי, ואם יש בייגל ללא גלוטן.", [], N),
]

LANGS["he"] = HE

# ================================================================ GREEK
SECTORS["el"] = ["AFL (Australian football) club membership", "jumping-crocodile river cruises (Darwin)",
                 "sheep-station farmstay (Australia)", "fish-and-chip-shop frying-range supplier (London)",
                 "London taxi 'Knowledge' school", "pub darts league (UK)",
                 "American diner supply wholesaler (US)", "Texas rodeo tickets",
                 "Indian block-print textiles", "cashew-nut importer (Nigeria / India)",
                 "Gaelic football club (Ireland)"]

EL_C1 = card("455702318846120")
EL_C2 = card("515893004471266")
EL_C3 = card("37925518830647")
EL_IB1 = iban("CY", "005000210000019384726510")
EL_IB2 = iban("GB", "BARC20714592863107")

EL = [
    # --- AFL club membership, Melbourne (Greek-Australians)
    ("Carlton Members, καλησπέρα, είστε με τη Σοφία.", [("name", "Σοφία")], N),
    ("Γεια σας, με λένε Τάκη Αναστασίου, θέλω να ανανεώσω τη συνδρομή μου και του γιου μου.",
     [("name", "Τάκη Αναστασίου")], N),
    ("Η οικογενειακή συνδρομή είναι τετρακόσια ογδόντα εννιά δολάρια, και περιλαμβάνει έντεκα αγώνες στο MCG.", [], N),
    ("Ο πρώτος αγώνας είναι Παρασκευή δεκαπέντε Μαρτίου στις εφτάμισι, με τους Ρίτσμοντ.", [], N),
    ("Γεννήθηκα στις είκοσι δύο Ιουνίου του εξήντα εννιά.", [("date_of_birth", "είκοσι δύο Ιουνίου του εξήντα εννιά")],
     "Για την έκπτωση παλαιού μέλους, ημερομηνία γέννησης;"),
    ("μηδέν τέσσερα δεκαεννιά, τριακόσια είκοσι, πεντακόσια εξήντα ένα",
     [("phone", "μηδέν τέσσερα δεκαεννιά, τριακόσια είκοσι, πεντακόσια εξήντα ένα")], "Ένα τηλέφωνο επικοινωνίας;"),
    ("Μένω στο 24 Clarendon Street, Oakleigh, VIC 3166.", [("address", "24 Clarendon Street, Oakleigh, VIC 3166")], N),
    ("Visa, %s" % group4(EL_C1), [("card", group4(EL_C1))], N),
    ("Ευχαριστώ κύριε Αναστασίου, η κάρτα μέλους θα έρθει σε δέκα μέρες.", [("name", "Αναστασίου")], N),
    ("takis.anastasiou@bigpond.com", [("email", "takis.anastasiou@bigpond.com")], "Και το email σας;"),
    # --- jumping-crocodile cruises, Darwin (tourists from Greece)
    ("Adelaide River Jumping Crocodile Cruises, καλημέρα.", [], N),
    ("Καλημέρα, είμαι η Γιώτα Καραγιάννη από τη Θεσσαλονίκη, θα είμαστε στο Ντάργουιν τον Ιούλιο.",
     [("name", "Γιώτα Καραγιάννη")], N),
    ("Η κρουαζιέρα μιας ώρας είναι εξήντα πέντε δολάρια ο ενήλικας, τριάντα πέντε το παιδί, και φεύγει στις εννιά, στις έντεκα και στη μία.", [], N),
    ("Το λεωφορείο από το ξενοδοχείο στο Mindil Beach περνάει στις οχτώ και δέκα, είναι πενήντα λεπτά δρόμος.", [], N),
    ("+30 694 512 3378", [("phone", "+30 694 512 3378")], "Ένα κινητό;"),
    ("γιώτα κάτω παύλα καρ παπάκι yahoo τελεία gr", [("email", "γιώτα κάτω παύλα καρ παπάκι yahoo τελεία gr")],
     "Το email για την επιβεβαίωση;"),
    ("Mastercard, %s" % ", ".join(el_digits(EL_C2[i:i + 4]) for i in range(0, 16, 4)),
     [("card", ", ".join(el_digits(EL_C2[i:i + 4]) for i in range(0, 16, 4)))], N),
    ("Κράτηση KR-33817, δύο ενήλικες και δύο παιδιά, δεκαοχτώ Ιουλίου.", [], N),
    # --- sheep-station farmstay, NSW (Cypriot couple)
    ("Farmstay Yarrabee, εδώ Ελένη, πείτε μου.", [("name", "Ελένη")], N),
    ("Καλησπέρα, λέγομαι Ανδρέας Χριστοδούλου, από Λεμεσό, θέλουμε τρεις νύχτες τον Σεπτέμβρη.",
     [("name", "Ανδρέας Χριστοδούλου")], N),
    ("Η καλύβα των κουρευτών είναι διακόσια δέκα τη βραδιά, με πρωινό, και το κούρεμα ξεκινά στις έξι.", [], N),
    ("Το κινητό μου, τριακόσια πενήντα εφτά, ενενήντα εννιά, σαράντα οχτώ, είκοσι έξι, δεκαεφτά",
     [("phone", "τριακόσια πενήντα εφτά, ενενήντα εννιά, σαράντα οχτώ, είκοσι έξι, δεκαεφτά")], N),
    ("Για την προκαταβολή, το IBAN μου είναι %s" % group4(EL_IB1), [("iban", group4(EL_IB1))], N),
    ("Εντάξει κύριε Ανδρέα, σας περιμένουμε στις δεκαπέντε.", [("name", "Ανδρέα")], N),
    ("δεκαεφτά του δέκα του ογδόντα ένα", [("date_of_birth", "δεκαεφτά του δέκα του ογδόντα ένα")],
     "Για την ασφάλεια της ιππασίας χρειάζομαι ημερομηνία γέννησης."),
    ("Από το Σίδνεϊ είναι έξι ώρες με το αυτοκίνητο, και τα τελευταία σαράντα χιλιόμετρα είναι χωματόδρομος.", [], N),
    # --- frying-range supplier, London (Cypriot chip-shop owner)
    ("Fryrite Ranges, καλημέρα, μιλάτε με τον Μάριο.", [("name", "Μάριο")], N),
    ("Καλημέρα, Μπάμπης Κυπριανού, έχω το fish and chips στο Palmers Green, το Golden Fry.",
     [("name", "Μπάμπης Κυπριανού")], N),
    ("Το τριπλό τηγάνι με φίλτρο λαδιού κάνει δεκαοχτώ χιλιάδες πεντακόσιες λίρες, και η εγκατάσταση άλλες εννιακόσιες.", [], N),
    ("Ο τεχνικός μπορεί να έρθει Δευτέρα είκοσι εννιά, μετά τις τρεις, όταν κλείνει το μεσημεριανό.", [], N),
    ("Στο 312 Green Lanes, Palmers Green, London N13 5XA.",
     [("address", "312 Green Lanes, Palmers Green, London N13 5XA")], "Διεύθυνση εγκατάστασης;"),
    ("μηδέν εφτά εννιά πέντε έξι, τέσσερα ένα δύο, οχτώ οχτώ εννιά",
     [("phone", "μηδέν εφτά εννιά πέντε έξι, τέσσερα ένα δύο, οχτώ οχτώ εννιά")], "Το κινητό σας;"),
    ("Θα πληρώσω με έμβασμα, από την Barclays, %s" % EL_IB2, [("iban", EL_IB2)], N),
    ("Ή βάλε το στην Amex της εταιρείας, %s %s %s" % (EL_C3[:4], EL_C3[4:10], EL_C3[10:]),
     [("card", "%s %s %s" % (EL_C3[:4], EL_C3[4:10], EL_C3[10:]))], N),
    ("Το παλιό το τηγάνι έχει δώδεκα χρόνια, και τον θερμοστάτη τον αλλάξαμε δύο φορές.", [], N),
    ("Ωραία κύριε Μπάμπη, στέλνω την προσφορά μέχρι το βράδυ.", [("name", "Μπάμπη")], N),
]

EL_C4 = card("492918307725641")
EL_C5 = card("601152884190733")
EL_C6 = card("415477290038126")
EL_IB3 = iban("GB", "LOYD30914857290316")
EL_IB4 = iban("GR", "01402450245002101837264")
EL_SSN = "320-58-1147"
assert ssn_ok(EL_SSN)

EL += [
    # --- London taxi 'Knowledge' school (young Cypriot applicant)
    ("Knowledge Point School, καλησπέρα, είμαι ο Κώστας, μιλάω ελληνικά.", [("name", "Κώστας")], N),
    ("Γεια σου, είμαι ο Σωτήρης Ευαγγέλου, από Λάρνακα αλλά μένω Λονδίνο, θέλω να γίνω black cab driver.",
     [("name", "Σωτήρης Ευαγγέλου")], N),
    ("Το πακέτο είναι χίλιες εκατόν ενενήντα εννιά λίρες, τα runs είναι τριακόσια είκοσι, και κρατάει περίπου τρία χρόνια.", [], N),
    ("Το πρώτο run είναι από Manor House Station μέχρι Gibson Square, και το μάθημα είναι Τρίτη και Πέμπτη στις έξι.", [], N),
    ("τρία του τέσσερα του ενενήντα εννιά", [("date_of_birth", "τρία του τέσσερα του ενενήντα εννιά")],
     "Πρέπει να είσαι πάνω από είκοσι ένα για την άδεια, ημερομηνία γέννησης;"),
    ("Μένω Flat 6, 77 Stroud Green Road, London N4 3EG.", [("address", "Flat 6, 77 Stroud Green Road, London N4 3EG")], N),
    ("+44 7482 553 190", [("phone", "+44 7482 553 190")], "Κινητό;"),
    ("sotiris.ev99@gmail.com", [("email", "sotiris.ev99@gmail.com")], "Και email;"),
    ("Η κάρτα, %s %s, %s" % (EL_C4[:4], EL_C4[4:8], el_digits(EL_C4[8:])),
     [("card", "%s %s, %s" % (EL_C4[:4], EL_C4[4:8], el_digits(EL_C4[8:])))], N),
    ("Τέλεια Σωτήρη, σε γράφω για τη Δευτέρα.", [("name", "Σωτήρη")], N),
    # --- pub darts league, Birmingham (older Cypriot team captain)
    ("Midlands Pub Darts League, hello, Γιάννης εδώ.", [("name", "Γιάννης")], N),
    ("Καλησπέρα, ο Χαράλαμπος είμαι, ο Λάμπης από το The Swan, θέλουμε να γράψουμε ομάδα.",
     [("name", "Χαράλαμπος"), ("name", "Λάμπης")], N),
    ("Η εγγραφή ομάδας είναι ογδόντα λίρες για τη σεζόν, έξι παίκτες, και τα ματς είναι κάθε Τετάρτη στις οχτώμισι.", [], N),
    ("Παίζουμε πεντακόσια ένα, double out, και η πρώτη αγωνιστική είναι στις δεκαεννιά Σεπτεμβρίου στο Red Lion.", [], N),
    ("Πέρσι βγήκαμε τέταρτοι με εκατόν ογδόντα δύο πόντους, και ο καλύτερος μέσος όρος ήταν εξήντα εφτά κόμμα τρία.", [], N),
    ("μηδέν εκατόν είκοσι ένα, τετρακόσια εξήντα τέσσερα, είκοσι δύο ενενήντα",
     [("phone", "μηδέν εκατόν είκοσι ένα, τετρακόσια εξήντα τέσσερα, είκοσι δύο ενενήντα")], "Ένα τηλέφωνο;"),
    ("λάμπης εβδομήντα τρία παπάκι hotmail τελεία co τελεία uk",
     [("email", "λάμπης εβδομήντα τρία παπάκι hotmail τελεία co τελεία uk")], "Το email σου για το πρόγραμμα;"),
    ("Τα λεφτά της εγγραφής θα τα στείλω από τον λογαριασμό μου, %s" % group4(EL_IB3), [("iban", group4(EL_IB3))], N),
    ("Εντάξει Λάμπη, σας έγραψα στη δεύτερη κατηγορία.", [("name", "Λάμπη")], N),
    # --- diner supply wholesaler, Chicago (Greek-American diner owner)
    ("Windy City Diner Supply, good morning, μιλάμε και ελληνικά.", [], N),
    ("Ναι γεια σας, εδώ Τζίμης, Δημήτρης Παπαγεωργίου, από το Athenian Diner στο Cicero Avenue.",
     [("name", "Τζίμης"), ("name", "Δημήτρης Παπαγεωργίου")], N),
    ("Χρειάζομαι σαράντα κούτες φλιτζάνια του καφέ, δώδεκα κιβώτια χάρτινα σουπλά, και το grill των δεκαέξι ιντσών.", [], N),
    ("Η παραγγελία είναι τρεις χιλιάδες τετρακόσια δώδεκα δολάρια και πενήντα σεντς, παράδοση Πέμπτη μεταξύ έξι και δέκα το πρωί.", [], N),
    ("Βάλε το social μου, %s" % EL_SSN, [("id", EL_SSN)], "Για το net-thirty account θέλουμε social ή EIN."),
    ("Το σπίτι μου, 2847 West Foster Avenue, Chicago, IL 60625.",
     [("address", "2847 West Foster Avenue, Chicago, IL 60625")], "Διεύθυνση χρέωσης;"),
    ("εφτά εφτά τρία, πέντε τέσσερα ένα, ογδόντα δύο δεκαεννιά",
     [("phone", "εφτά εφτά τρία, πέντε τέσσερα ένα, ογδόντα δύο δεκαεννιά")], "Τηλέφωνο;"),
    ("Discover, %s" % group4(EL_C5), [("card", group4(EL_C5))], N),
    ("Τα αυγά τα παίρνουμε από αλλού, μη μου στείλεις τριάντα κιβώτια αυγά όπως τον Μάρτιο.", [], N),
    # --- rodeo tickets, Fort Worth (tourists from Athens)
    ("Fort Worth Stockyards Rodeo, howdy, ticket desk.", [], N),
    ("Καλησπέρα, είμαι η Λίτσα, Ευαγγελία Μαυρίδου, από Αθήνα, θέλω τέσσερα εισιτήρια για το Σάββατο.",
     [("name", "Λίτσα"), ("name", "Ευαγγελία Μαυρίδου")], N),
    ("Τα box seats είναι τριάντα οχτώ δολάρια, το general admission είκοσι δύο, και η παράσταση αρχίζει στις εφτάμισι.", [], N),
    ("Η παρέλαση με τα longhorns γίνεται δύο φορές τη μέρα, στις έντεκα και μισή και στις τέσσερις.", [], N),
    ("διακόσια δέκα, εξακόσια εβδομήντα τέσσερα, δέκα, ενενήντα δύο",
     [("phone", "διακόσια δέκα, εξακόσια εβδομήντα τέσσερα, δέκα, ενενήντα δύο")], "Ένα τηλέφωνο στην Ελλάδα;"),
    ("litsa.mavridou@otenet.gr", [("email", "litsa.mavridou@otenet.gr")], "Το email για τα e-tickets;"),
    ("Visa της Eurobank, %s" % "-".join(EL_C6[i:i + 4] for i in range(0, 16, 4)),
     [("card", "-".join(EL_C6[i:i + 4] for i in range(0, 16, 4)))], N),
    ("Ευχαριστώ Λίτσα, τα εισιτήρια θα έρθουν στο email.", [("name", "Λίτσα")], N),
    ("Αν ακυρωθεί λόγω καιρού, η επιστροφή να γίνει στο %s" % group4(EL_IB4), [("iban", group4(EL_IB4))], N),
]

EL_AFM1 = afm("09481273")
EL_AFM2 = afm("12750394")
EL_AFM3 = afm("04392618")
EL_AFM4 = afm("16628407")
EL_AFM5 = afm("80214953")
EL_AFM6 = afm("05517260")
EL_AFM7 = afm("13974482")
EL_C7 = card("516831447702915")
EL_C8 = card("402360119874453")
EL_IB5 = iban("GR", "01101250000001234097752")
EL_IB6 = iban("GR", "01720470005047128830916")
EL_IB7 = iban("IE", "AIBK93208647215509")
EL_IB8 = iban("GR", "02605720000410200987412")
EL_ACS = not_personal_number("719 382 041")

EL += [
    # --- Indian block-print textiles (Jaipur exporter, Athens desk)
    ("Jaipur Block Prints, γραφείο Αθηνών, καλημέρα.", [], N),
    ("Καλημέρα, Ντίνα Ρήγα εδώ, έχω μπουτίκ στο Κολωνάκι, θέλω τραπεζομάντιλα και κιμονό.", [("name", "Ντίνα Ρήγα")], N),
    ("Το τραπεζομάντιλο διακόσια επί εκατόν σαράντα είναι δεκαοχτώ ευρώ χονδρική, το κιμονό είκοσι εννιά, ελάχιστη παραγγελία πενήντα κομμάτια.", [], N),
    ("Το δείγμα με το μπλε indigo, κωδικός JBP-4471, βγαίνει και σε σαφράν, παράδοση σε σαράντα πέντε μέρες.", [], N),
    ("Τιμολόγιο, ΑΦΜ %s" % EL_AFM1, [("id", EL_AFM1)], "Τιμολόγιο ή απόδειξη;"),
    ("Στο σπίτι καλύτερα, Αγίου Μελετίου 112, τρίτος όροφος, Κυψέλη, 113 61.",
     [("address", "Αγίου Μελετίου 112, τρίτος όροφος, Κυψέλη, 113 61")], "Διεύθυνση αποστολής;"),
    ("Η επιστροφή για τα ελαττωματικά στο IBAN %s" % group4(EL_IB5), [("iban", group4(EL_IB5))], N),
    ("Η κάρτα είναι %s" % ", ".join(el_digits(EL_C7[i:i + 4]) for i in range(0, 16, 4)),
     [("card", ", ".join(el_digits(EL_C7[i:i + 4]) for i in range(0, 16, 4)))], N),
    ("εξήντα εννιά εβδομήντα τέσσερα, πενήντα έξι, εβδομήντα, ογδόντα δύο",
     [("phone", "εξήντα εννιά εβδομήντα τέσσερα, πενήντα έξι, εβδομήντα, ογδόντα δύο")], "Το κινητό σας;"),
    ("ntina.riga παπάκι gmail τελεία com", [("email", "ntina.riga παπάκι gmail τελεία com")], "Το email σας;"),
    ("Έχουμε προσφορά μέχρι τις τριάντα Νοεμβρίου, είκοσι τοις εκατό στα κιμονό και δωρεάν μεταφορικά πάνω από πεντακόσια ευρώ.", [], N),
    ("Ο αριθμός παραγγελίας είναι 20931 και το τιμολόγιο το 000418, με ημερομηνία δώδεκα Οκτωβρίου.", [], N),
    ("Ο αριθμός αποστολής της ACS είναι %s, το πακέτο είναι στο κέντρο διαλογής." % EL_ACS, [], N),
    ("Καλησπέρα, η Μυρτώ Σταθοπούλου, από Θεσσαλονίκη, η ACS μου ζητάει ΑΦΜ για τον εκτελωνισμό.",
     [("name", "Μυρτώ Σταθοπούλου")], N),
    ("Ναι, %s" % el_digits(EL_AFM2), [("id", el_digits(EL_AFM2))], "Πείτε μου τον ΑΦΜ να τον βάλω στο τιμολόγιο."),
    ("Τσιμισκή 112, πέμπτος όροφος, Θεσσαλονίκη 546 22", [("address", "Τσιμισκή 112, πέμπτος όροφος, Θεσσαλονίκη 546 22")],
     "Και η διεύθυνση παράδοσης;"),
    ("Τα λεφτά για τα δύο που ήρθαν σκισμένα στο %s, Alpha Bank" % EL_IB6, [("iban", EL_IB6)], N),
    ("Τιμολόγιο παρακαλώ, ΑΦΜ %s %s %s, ΔΟΥ Πατρών" % (EL_AFM3[:3], EL_AFM3[3:6], EL_AFM3[6:]),
     [("id", "%s %s %s" % (EL_AFM3[:3], EL_AFM3[3:6], EL_AFM3[6:]))], N),
    ("Το κοντέινερ με τα τραπεζομάντιλα πέρασε από το τελωνείο στις τέσσερις Μαρτίου, ο δασμός ήταν δώδεκα τοις εκατό.", [], N),
    # --- cashew importer (Lagos and Kerala exporters; Piraeus and Heraklion buyers)
    ("Lagos Agro Exports, good afternoon. Ναι, μιλάω ελληνικά, έμενα δέκα χρόνια στην Αθήνα.", [], N),
    ("Γεια σας, Παντελής Μαυρογιάννης, ξηροί καρποί Μαυρογιάννη στον Πειραιά.", [("name", "Παντελής Μαυρογιάννης")], N),
    ("Το W320 είναι έξι χιλιάδες οχτακόσια δολάρια τον τόνο FOB Λάγος, το W240 εφτά χιλιάδες τριακόσια, και το κοντέινερ είκοσι ποδιών παίρνει δεκαπέντε τόνους.", [], N),
    ("Το φορτίο με B/L MSCU 4418207 έφτασε Πειραιά στις δώδεκα, αλλά λείπει το φυτοϋγειονομικό πιστοποιητικό.", [], N),
    ("Ο δικός μου είναι %s" % el_digits(EL_AFM4), [("id", el_digits(EL_AFM4))], "Ο ΑΦΜ της εταιρείας ή ο δικός σας;"),
    ("Το έμβασμα θα φύγει από τον λογαριασμό μου στην Πειραιώς, %s" % group4(EL_IB8), [("iban", group4(EL_IB8))], N),
    ("Το WhatsApp μου στη Νιγηρία, συν διακόσια τριάντα τέσσερα, οχτώ ένα τρία, πέντε πέντε δύο, μηδέν εννιά τέσσερα εφτά",
     [("phone", "συν διακόσια τριάντα τέσσερα, οχτώ ένα τρία, πέντε πέντε δύο, μηδέν εννιά τέσσερα εφτά")], N),
    ("Πέρσι πήραμε τέσσερα κοντέινερ, φέτος θέλουμε έξι, και η τιμή έχει ανέβει δεκαοχτώ τοις εκατό.", [], N),
    ("Καλημέρα, Βούλα από το λογιστήριο, ο ΑΦΜ στο τιμολόγιο είναι λάθος, ο σωστός είναι %s." % EL_AFM5,
     [("name", "Βούλα"), ("id", EL_AFM5)], N),
    ("Το κοντέινερ θα φύγει με το MSC Aurora στις είκοσι τέσσερις, transit time τριάντα δύο μέρες μέσω Τζέντα.", [], N),
    ("Καλησπέρα, λέγομαι Στέλιος Πετράκης, από Ηράκλειο, θέλω κάσιους από την Κεράλα.", [("name", "Στέλιος Πετράκης")], N),
    ("Τα σπασμένα, τα splits, είναι πέντε χιλιάδες διακόσια, και η αποστολή από το Κότσι παίρνει είκοσι οχτώ μέρες.", [], N),
    ("EL %s" % EL_AFM6, [("id", EL_AFM6)], "Για το export invoice, το VAT number σας, δηλαδή ΑΦΜ;"),
    ("Λεωφόρος Ικάρου 87, Ηράκλειο Κρήτης, 713 07", [("address", "Λεωφόρος Ικάρου 87, Ηράκλειο Κρήτης, 713 07")],
     "Διεύθυνση παράδοσης;"),
    ("stelios.petrakis@hotmail.gr", [("email", "stelios.petrakis@hotmail.gr")], "Email;"),
    ("Για το δείγμα των πενήντα δολαρίων, χρεώστε την κάρτα μου, %s" % EL_C8, [("card", EL_C8)], N),
    ("Η τιμή ανέβηκε επειδή η σοδειά στην Ακτή Ελεφαντοστού ήταν μικρή, γύρω στους εφτακόσιους χιλιάδες τόνους.", [], N),
    # --- Gaelic football club, Dublin (Greek expat)
    ("St. Brigid's GAA, καλησπέρα, ο γραμματέας εδώ.", [], N),
    ("Καλησπέρα, Ραφαήλ Δημητρίου λέγομαι, δουλεύω στη Google στο Δουβλίνο, θέλω να ξεκινήσω gaelic football.",
     [("name", "Ραφαήλ Δημητρίου")], N),
    ("Η συνδρομή για ενήλικες είναι εκατόν εβδομήντα πέντε ευρώ, προπόνηση Τρίτη και Πέμπτη στις εφτά στο Phoenix Park.", [], N),
    ("δεκαεννιά Νοεμβρίου του ενενήντα τέσσερα", [("date_of_birth", "δεκαεννιά Νοεμβρίου του ενενήντα τέσσερα")],
     "Για την εγγραφή στην GAA, ημερομηνία γέννησης;"),
    ("Μένω στο Apartment 12, Smithfield Market, Dublin 7, D07 X2K8.",
     [("address", "Apartment 12, Smithfield Market, Dublin 7, D07 X2K8")], N),
    ("μηδέν οχτώ τρία, εννιά τέσσερα δύο, πέντε μηδέν εφτά ένα",
     [("phone", "μηδέν οχτώ τρία, εννιά τέσσερα δύο, πέντε μηδέν εφτά ένα")], "Κινητό;"),
    ("Το IBAN μου στην AIB, %s" % EL_IB7, [("iban", EL_IB7)], "Για το direct debit της συνδρομής;"),
    ("rafail.dimitriou@gmail.com", [("email", "rafail.dimitriou@gmail.com")], "Και το email για το Foireann;"),
    ("Κι ο φίλος μου, γεννημένος 08/08/2001, θέλει να έρθει κι αυτός.", [("date_of_birth", "08/08/2001")], N),
    ("Τα παπούτσια με τάπες κάνουν εξήντα ευρώ στο Elverys, και η φανέλα της ομάδας τριάντα πέντε.", [], N),
    ("Ο αγώνας με τους Kilmacud Crokes είναι Κυριακή στις τρεις, στο Parnell Park, με λεωφορείο από το club στη μία.", [], N),
    # --- more from the AFL, rodeo and crocodile calls
    ("Η μητέρα μου θέλει συνδρομή pensioner, γεννήθηκε 3/9/1946.", [("date_of_birth", "3/9/1946")], N),
    ("Πέντε Μαΐου δύο χιλιάδες έξι ο μικρός, κι εγώ εικοσιοχτώ Φεβρουαρίου εβδομήντα οχτώ.",
     [("date_of_birth", "Πέντε Μαΐου δύο χιλιάδες έξι"), ("date_of_birth", "εικοσιοχτώ Φεβρουαρίου εβδομήντα οχτώ")],
     "Για το mechanical bull θέλουμε waiver με ημερομηνία γέννησης."),
    ("Η φανέλα θα έρθει Ελλάδα, και η ACS ζητάει ΑΦΜ, %s" % EL_AFM7, [("id", EL_AFM7)], N),
    ("Η AFL κάνει το Gather Round στην Αδελαΐδα τον Απρίλιο, εννιά αγώνες σε τέσσερις μέρες.", [], N),
    ("Η πτήση μας από Σίδνεϊ είναι η QF 840 και φτάνουμε Ντάργουιν στις δύο και είκοσι.", [], N),
    ("Το Athenian Diner είναι ανοιχτό εικοσιτέσσερις ώρες, και έχουμε εκατόν είκοσι θέσεις.", [], N),
]

LANGS["el"] = EL


# ---------------------------------------------------------------- main


def check_values(lines, lang):
    """Digit-written card/iban/id spans must pass their checks; digit runs in
    non-personal items must fail them."""
    for o in lines:
        b = o["text"].encode("utf-8")
        for sp in o["spans"]:
            v = b[sp["start"]:sp["end"]].decode("utf-8").translate(
                str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
            if not re.fullmatch(r"[A-Z0-9 \-]+", v.replace("EL ", "")):
                continue  # spoken forms are built from checked values above
            d = re.sub(r"[\s-]", "", v)
            if sp["kind"] == "card":
                assert luhn_ok(d) and 13 <= len(d) <= 19, (lang, v)
            elif sp["kind"] == "iban":
                assert iban_ok(d), (lang, v)
            elif sp["kind"] == "id":
                assert tz_ok(d) or afm_ok(d) or saudi_ok(d) or ssn_ok(d), (lang, v)
        if not o["spans"]:
            t = o["text"].translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
            for m in re.finditer(r"\d[\d \-]{7,}\d", t):
                not_personal_number(m.group())


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    for lang, items in LANGS.items():
        lines = build(items, lang)
        check_values(lines, lang)
        texts = [o["text"] for o in lines]
        assert len(set(texts)) == len(texts), lang + ": duplicate text"
        counts = {}
        for o in lines:
            for s in o["spans"]:
                counts[s["kind"]] = counts.get(s["kind"], 0) + 1
        empty = sum(1 for o in lines if not o["spans"])
        with open(os.path.join(OUT_DIR, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for o in lines:
                f.write(json.dumps(o, ensure_ascii=False) + "\n")
        print(lang, "items", len(lines), "non-personal", empty,
              "spans", sum(counts.values()), dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
