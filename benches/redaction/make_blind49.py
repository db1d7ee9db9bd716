#!/usr/bin/env python3
"""Blind evaluation set "blind49" for the call-transcript personal-data redactor.

Written by a helper session that worked only from a written brief. It never opened,
listed or read the redactor, its rules, its tests or any other evaluation set or
generator; every line below comes from the brief's specification and the writer's own
knowledge of how people talk on customer-service calls.

Sectors (transport, logistics and travel services): pet relocation, luggage
forwarding / excess baggage shipping, narrowboat hire, sleeper-train booking, fine-art
shipping, medical repatriation escorts, hop-on hop-off sightseeing buses, school-trip
tour operators, oversize-load escort vehicles, fleet telematics for vans and trucks,
event valet parking, RoRo vehicle shipping, refrigerated (cold-chain) trucking, pallet
freight networks, city luggage storage, trade-show exhibit freight, truck load-board
apps, guided motorcycle tours, rail-pass agencies.

Output: data/redaction/blind49/{en,ar,he,el}.jsonl, one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}
kind is one of card, iban, id, phone, email, date_of_birth, name, address; start/end are
BYTE offsets into the UTF-8 encoding of text (end exclusive), computed here by searching
for each span's substring and asserted. "context" (optional) is an earlier line of the
same call. Items with no spans are non-personal and must come out unchanged.
All values are invented; check digits are computed below.

Run: python3 benches/redaction/make_blind49.py
"""
import json
import os
import re

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "data", "redaction", "blind49")


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


def luhn(partial):
    """Append the Luhn check digit to a digit string."""
    partial = re.sub(r"\D", "", partial)
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def card(partial):
    c = luhn(partial)
    assert 13 <= len(c) <= 19 and luhn_ok(c)
    return c


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "MA": 28, "KW": 30, "QA": 29, "BH": 22,
            "LB": 28, "FR": 27, "NL": 18}


def _iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    if len(s) != IBAN_LEN.get(s[:2], -1):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(cc, bban):
    bban = bban.replace(" ", "").upper()
    chk = 98 - _iban_num(bban + cc + "00") % 97
    s = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(s), s
    return s


def tz_ok(d):
    d = re.sub(r"\D", "", d)
    if len(d) != 9:
        return False
    s = 0
    for i, c in enumerate(d):
        v = int(c) * (1 + i % 2)
        s += v // 10 + v % 10
    return s % 10 == 0


def tz(eight):
    for c in "0123456789":
        if tz_ok(eight + c):
            return eight + c
    raise AssertionError


def afm_ok(d):
    d = re.sub(r"\D", "", d)
    if len(d) != 9 or d == "000000000":
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return s % 11 % 10 == int(d[8])


def afm(eight):
    s = sum(int(eight[i]) * 2 ** (8 - i) for i in range(8))
    r = eight + str(s % 11 % 10)
    assert afm_ok(r)
    return r


def saudi_ok(d):
    d = re.sub(r"\D", "", d)
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def saudi(nine):
    r = luhn(nine)
    assert saudi_ok(r), r
    return r


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and n != "0000"


def nonpersonal(num):
    """Assert a long non-personal number passes none of the checks; return it."""
    d = re.sub(r"\D", "", num)
    if len(d) >= 13:
        assert not luhn_ok(d), num
    if len(d) == 9:
        assert not tz_ok(d) and not afm_ok(d), num
    if len(d) == 10:
        assert not saudi_ok(d), num
    return num


# ---------------------------------------------------------------- number words
WORDS = {
    "en": "zero one two three four five six seven eight nine".split(),
    "en_oh": "oh one two three four five six seven eight nine".split(),
    "ar": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "ar_d": "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
    "he_f": "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split(),
    "he_m": "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split(),
    "el": "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split(),
}
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def w(digits, lang="en", sep=" "):
    """Spell every digit of a digit string as a word."""
    return sep.join(WORDS[lang][int(c)] for c in re.sub(r"\D", "", digits))


def grp(digits, sizes, sep=" "):
    """Split a digit string into groups of the given sizes."""
    digits = re.sub(r"\D", "", digits)
    out, i = [], 0
    for n in sizes:
        out.append(digits[i:i + n])
        i += n
    assert i == len(digits), (digits, sizes)
    return sep.join(out)


def g4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def ind(s):
    return s.translate(AR_DIGITS)


# ---------------------------------------------------------------- building items
def build(items):
    lines = []
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
            assert sub == sub.strip() and sub, (sub, text)
            out.append({"kind": kind, "start": i, "end": i + len(sb)})
            assert b[i:i + len(sb)].decode("utf-8") == sub
            pos = i + len(sb)
            d = re.sub(r"\D", "", sub.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")))
            if kind == "card" and len(d) >= 13:
                assert luhn_ok(d), sub
            if kind == "iban" and re.fullmatch(r"[A-Z]{2}[0-9 ]+", sub):
                assert iban_ok(sub), sub
        if not out:
            # long numbers in non-personal items must fail every check
            plain = text.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
            for run in re.findall(r"\d+(?:[ -]\d+)*", plain):
                for part in {run, run.replace(" ", "").replace("-", "")} | set(re.split(r"[ -]", run)):
                    nonpersonal(part)
        rec = {"text": text, "spans": out}
        if ctx:
            rec["context"] = ctx
        lines.append(rec)
    return lines


LANGS = {}

# ==== languages are appended below ====

# ================================================================ English
def say_en(digits, oh=True, double=True):
    """Digits as an English speaker says them ("oh", "double seven")."""
    d = re.sub(r"\D", "", digits)
    wl = WORDS["en_oh" if oh else "en"]
    out, i = [], 0
    while i < len(d):
        if (double and i + 1 < len(d) and d[i] == d[i + 1]
                and not (i + 2 < len(d) and d[i + 2] == d[i])):
            out.append("double " + wl[int(d[i])])
            i += 2
        else:
            out.append(wl[int(d[i])])
            i += 1
    return " ".join(out)


def say_groups_en(digits, sizes, sep=", ", **kw):
    return sep.join(say_en(g, **kw) for g in grp(digits, sizes).split())


EN_IE1 = iban("IE", "AIBK93115212345678")
EN_C1 = card("465901234567890")          # Visa debit, 16
EN_C2 = card("541275300218446")          # Mastercard, 16
EN_C3 = card("37144963539843")           # Amex, 15
EN_C4 = card("456473829104556")          # Visa, 16
EN_GB1 = iban("GB", "BARC20043512345678")
EN_REF1 = nonpersonal("4471 9023 6615 2")

EN = [
    # -- pet relocation (Irish caller)
    ("Good morning, Paws Abroad Pet Relocation, you're speaking with Ciara, how can I help?",
     [("name", "Ciara")]),
    ("Hiya, yeah, it's Declan Fitzgerald here, I got a quote off ye last week for moving the dog over to Perth.",
     [("name", "Declan Fitzgerald")]),
    ("Grand. So the quote was for one dog, crate size 500, flying out of Dublin on the 14th of March, total two thousand eight hundred and forty euro.",
     []),
    ("Right, can I get a contact number for you, Declan?", [("name", "Declan")]),
    ("Yeah it's oh eight seven, two two four, six one nine three.",
     [("phone", "oh eight seven, two two four, six one nine three")],
     "Right, can I get a contact number for you, Declan?"),
    ("Her name's Biscuit, she's a cocker spaniel, four years old, and she had the rabies jab on the second of November.",
     []),
    ("And the email, is it the same as before? Yeah, it's declan dot fitz eighty-one at eircom dot net.",
     [("email", "declan dot fitz eighty-one at eircom dot net")]),
    ("She needs the blood titre test at least a hundred and eighty days before, so the earliest she can land in Perth is the 21st of June, and quarantine in Mickleham is ten days minimum.",
     []),
    ("Fourteen Ard na Gréine, Knocknacarra, Galway, H91 X2P4.",
     [("address", "Fourteen Ard na Gréine, Knocknacarra, Galway, H91 X2P4")],
     "And what's the pickup address for Biscuit?"),
    ("For the refund of the crate deposit, use my account, the IBAN is " + g4(EN_IE1) + ".",
     [("iban", g4(EN_IE1))]),
    # -- luggage forwarding (Indian student)
    ("Thank you for calling BagShip Luggage Forwarding, how can I help?", []),
    ("Hello, um, my name is Priyanka Raghunathan, I have booked two suitcases to go from London to my halls in Leeds.",
     [("name", "Priyanka Raghunathan")]),
    ("Okay, have you got the booking reference there?", []),
    ("Yes, it is BSX " + EN_REF1 + ", and the collection was meant to be Tuesday between eight and one.",
     []),
    ("Twenty-third of August, two thousand and four.",
     [("date_of_birth", "Twenty-third of August, two thousand and four")],
     "Can you just confirm your date of birth for security?"),
    ("The tracking shows it was scanned at our Park Royal hub at 6:42 this morning, 23.5 kilos, and it's out for delivery on the 9th.",
     []),
    ("If the driver can't find the building he can call my UK number, zero seven seven zero zero, nine double zero, one four six.",
     [("phone", "zero seven seven zero zero, nine double zero, one four six")]),
    ("Delivery is to Flat 3B, Sentinel Court, 47 Woodhouse Lane, Leeds LS2 3HA, that's the Woodhouse Lane near the uni.",
     [("address", "Flat 3B, Sentinel Court, 47 Woodhouse Lane, Leeds LS2 3HA")]),
    ("yes please its " + grp(EN_C1, [4, 4, 4, 4]),
     [("card", grp(EN_C1, [4, 4, 4, 4]))],
     "The third bag is an extra fourteen pounds, can I take a card payment for that?"),
    ("No problem, that's fourteen pounds taken, and your new collection slot is Thursday the 12th, 7am to 1pm, reference BSX 2290 8181.",
     []),
    # -- narrowboat hire (older English caller)
    ("Morning, Kennet and Avon Narrowboats, hire desk.", []),
    ("oh hello yes its graham pethick here weve got the boat booked for the week from the seventeenth",
     [("name", "graham pethick")]),
    ("That's the Kingfisher, sixty-two foot, sleeps six, collecting from Hilperton Marina at 2pm on Saturday the 17th and back by 9am on the 24th.",
     []),
    ("Lovely, Mr Pethick, and the balance of six hundred and twelve pounds fifty is due today.",
     [("name", "Pethick")]),
    ("Yes, it's a Mastercard, five four, um, " + say_groups_en(EN_C2, [4, 4, 4, 4]) + ".",
     [("card", say_groups_en(EN_C2, [4, 4, 4, 4]))]),
    ("There are twenty-nine locks on the Caen Hill flight, it takes five to six hours, so allow for that on day two.",
     []),
    ("Third of the fourth, fifty-one.",
     [("date_of_birth", "Third of the fourth, fifty-one")],
     "For the damage waiver I need the lead helmsman's date of birth."),
    ("Twelve Chapel Row, Bradford-on-Avon, B A fifteen, one E X.",
     [("address", "Twelve Chapel Row, Bradford-on-Avon, B A fifteen, one E X")],
     "And your home address for the hire agreement?"),
    ("Diesel is charged on return at one pound forty a litre, and the engine hours were 4,312 when she left the yard.",
     []),
    # -- sleeper train (US caller)
    ("Northern Star Sleeper reservations, how can I help you today?", []),
    ("Hi, yes, this is Mary-Beth Kowalski calling from Ohio, I'm trying to book a berth from London to Inverness.",
     [("name", "Mary-Beth Kowalski")]),
    ("We've a Club Room on the 21:15 from Euston on Friday the 6th of September, arriving Inverness 08:40, that's two hundred and ninety pounds solo or three forty for two sharing.",
     []),
    ("It's my cell, (614) 555-0187.", [("phone", "(614) 555-0187")],
     "Best number to reach you on while you're travelling?"),
    ("and email is m b kowalski k o w a l s k i at gmail dot com",
     [("email", "m b kowalski k o w a l s k i at gmail dot com")]),
    ("Sure, it's an Amex, " + grp(EN_C3, [4, 6, 5]) + ".", [("card", grp(EN_C3, [4, 6, 5]))]),
    ("No passport needed for the domestic route, just show booking code NSS-88412 to the host at platform 15.",
     []),
    ("Thank you, you're all set, enjoy the Highlands.", []),
    # -- fine-art shipping (Nigerian caller)
    ("Crate and Canvas Fine Art Logistics, good afternoon.", []),
    ("Good afternoon ma, my name is Chukwuemeka Obi, but everybody calls me Emeka, I'm calling about shipping three canvases to Lagos.",
     [("name", "Chukwuemeka Obi"), ("name", "Emeka")]),
    ("The largest one is 180 by 120 centimetres, oil on canvas, insured value forty-five thousand pounds, and the other two are 90 by 60.",
     []),
    ("From my studio, Unit 7, Bow Arts, 183 Bow Road, London E3 2SJ, second floor.",
     [("address", "Unit 7, Bow Arts, 183 Bow Road, London E3 2SJ, second floor")],
     "Where are we collecting from?"),
    ("My Nigerian line is plus two three four, eight zero three, four one two, seven seven six five.",
     [("phone", "plus two three four, eight zero three, four one two, seven seven six five")]),
    ("Sea freight is six to eight weeks into Apapa, air is about nine working days, and customs clearance in Lagos alone is around three hundred and fifty thousand naira.",
     []),
    ("Send it to emeka underscore obi at obi studio dot co dot uk, obi studio is one word.",
     [("email", "emeka underscore obi at obi studio dot co dot uk")]),
    ("For the over-payment, refund to my GB account, " + g4(EN_GB1) + ", Barclays.",
     [("iban", g4(EN_GB1))]),
    ("Thank you sir, I'll email the condition report tonight.", []),
    # -- medical repatriation escort (Australian caller)
    ("You've reached MedEscort Repatriation, the assistance desk.", []),
    ("G'day mate, Sharon McAllister here, I rang yesterday about getting Dad home from Bali.",
     [("name", "Sharon McAllister")]),
    ("No worries Shaz, I've got the file open.", [("name", "Shaz")]),
    ("He's in the Siloam hospital in Denpasar, room 412, and the doctor reckons he's fit to fly commercial with a nurse from Thursday, no stretcher needed.",
     []),
    ("Nineteenth of January nineteen forty-six.",
     [("date_of_birth", "Nineteenth of January nineteen forty-six")],
     "And what's your father's date of birth?"),
    ("The quote is twelve thousand four hundred Australian dollars, that's the nurse, two business seats Denpasar to Brisbane on QF 44, and the ambulance transfer at each end.",
     []),
    ("Best number's my mobile, oh four one two, three four five, six seven eight.",
     [("phone", "oh four one two, three four five, six seven eight")]),
    ("s dot mcallister sixty two at bigpond dot com",
     [("email", "s dot mcallister sixty two at bigpond dot com")],
     "And an email for the medical reports?"),
    ("The ambulance will take him home to 8 Jacaranda Crescent, Toowong, Queensland 4066.",
     [("address", "8 Jacaranda Crescent, Toowong, Queensland 4066")]),
    ("I'll put the deposit on my Visa, " + say_groups_en(EN_C4, [4, 4, 4, 4], oh=False) + ".",
     [("card", say_groups_en(EN_C4, [4, 4, 4, 4], oh=False))]),
]
LANGS["en"] = EN

EN_GB2 = iban("GB", "NWBK60161331926820")
EN_SSN1 = "452-71-8839"
EN_SSN2 = "531-44-2076"
assert ssn_ok(EN_SSN1) and ssn_ok(EN_SSN2)
EN_C5 = card("601198765432101")          # Discover, 16
EN_C6 = card("222100483926751")          # Mastercard 2-series, 16
EN_C7 = card("675912345678901234")       # Maestro, 19
EN_C8 = card("491761234500987")          # Visa, 16
EN_IQ = saudi("241055387")
EN_SA_ID = saudi("108457329")
EN_SA1 = iban("SA", "10000001234567891234")
EN_AE1 = iban("AE", "0331234567890123456")
EN_AFM1 = afm("12734690")
EN_AFM2 = afm("04471852")
EN_TZ1 = tz("31420775")
EN_TZ2 = tz("20588136")
EN_IL1 = iban("IL", "0126620000012345678")
EN_GR1 = iban("GR", "01101250000000123006957")
EN_ORDER = nonpersonal("5512 0098 3321 4")

EN += [
    # -- hop-on hop-off sightseeing bus (US tourist)
    ("Big Red Sightseeing, good morning, how can I help?", []),
    ("Hi, we bought four 48-hour tickets online last night, order " + EN_ORDER + ", but the QR codes won't scan at the Marble Arch stop.",
     []),
    ("Buses run every fifteen to twenty minutes from 8:30 till 6, the last full loop leaves Victoria at 17:10, and the river cruise from Westminster Pier is included.",
     []),
    ("The kids' tickets were twenty-two pounds each and adults thirty-nine, so a hundred and twenty-two total, charged on the 3rd of July.",
     []),
    ("Sure, it's Dwayne Hollis, H O L L I S.",
     [("name", "Dwayne Hollis"), ("name", "H O L L I S")],
     "Can I take the lead name on the order?"),
    ("Thanks Dwayne, I've reissued them to the same email, they're valid from first scan.", [("name", "Dwayne")]),
    ("Hop off at stop R14 for Tower Bridge, and at Baker Street for Madame Tussauds, the Sherlock Holmes museum is two minutes' walk.",
     []),
    ("Can you put the two extra river tickets on another card, " + grp(EN_C8, [4, 4, 4, 4]) + "?",
     [("card", grp(EN_C8, [4, 4, 4, 4]))]),
    ("The refund for the duplicate order goes back to the Visa ending 4417 within five to seven working days.",
     []),
    # -- school-trip tour operator (British-Nigerian teacher)
    ("Wanderlearn School Tours, how can I help?", []),
    ("Hi, I'm the trip lead at Hollybank Academy, my name's Funmi Adeyemi, we're booked on the Kraków history trip in February.",
     [("name", "Funmi Adeyemi")]),
    ("That's forty-two students and six staff, coach leaves school 4am on the 10th of February, Stansted to Kraków on FR 2411, four nights at the Hotel Pollera, rooms 201 to 224.",
     []),
    ("The Auschwitz-Birkenau guided tour is the Tuesday at 9:45, Wieliczka salt mine Wednesday, and the Schindler factory museum on the last morning.",
     []),
    ("Okay Mrs Adeyemi, for the group leader insurance I need your date of birth.", [("name", "Adeyemi")]),
    ("the fifth of the eleventh nineteen eighty eight", [("date_of_birth", "the fifth of the eleventh nineteen eighty eight")],
     "Okay Mrs Adeyemi, for the group leader insurance I need your date of birth."),
    ("The second instalment of nine thousand four hundred and fifty pounds is due by the 15th of December, and the final £3,120 by the 20th of January.",
     []),
    ("Refunds for any cancelled places go back to the school fund account, IBAN " + g4(EN_GB2) + ".",
     [("iban", g4(EN_GB2))]),
    ("On the trip itself my mobile will be on, oh seven nine one one, one two three, four five six.",
     [("phone", "oh seven nine one one, one two three, four five six")]),
    ("It's f dot adeyemi at hollybank dot sch dot uk.", [("email", "f dot adeyemi at hollybank dot sch dot uk")],
     "And which email should the final itinerary go to?"),
    # -- oversize-load pilot cars (Texas)
    ("Wide Load Connect, carrier onboarding.", []),
    ("Hey there, uh, name's Billy Ray Tuttle, I run a pilot car out of Amarillo, wanting to get set up for the wind blade moves.",
     [("name", "Billy Ray Tuttle")]),
    ("Those loads are 190 feet long, fourteen foot six wide, running I-40 Amarillo to Albuquerque, rate's two dollars ten a mile plus a 350 dollar day rate, height pole required.",
     []),
    ("Just use my social, it's 4 5 2, 7 1, 8 8 3 9.", [("id", "4 5 2, 7 1, 8 8 3 9")],
     "For the W-9 I need either an EIN or your social."),
    ("Okay, and your date of birth?", []),
    ("July fourth, seventy-nine, easy to remember.", [("date_of_birth", "July fourth, seventy-nine")],
     "Okay, and your date of birth?"),
    ("cell is eight zero six five five five zero one four two", [("phone", "eight zero six five five five zero one four two")]),
    ("Your Texas certification is PC-118204, expires 03/31/2027, and the insurance certificate shows one million per occurrence.",
     []),
    ("Mailing address for the checks is 2207 South Polk Street, Amarillo, Texas 79109.",
     [("address", "2207 South Polk Street, Amarillo, Texas 79109")]),
    ("I'll pay the forty-five dollar registration on my Discover, " + grp(EN_C5, [4, 4, 4, 4], "-") + ".",
     [("card", grp(EN_C5, [4, 4, 4, 4], "-"))]),
    ("hi um this is Guadalupe Ortiz, Lupe, I do the chase car for my husband's rig and they said I need my own profile",
     [("name", "Guadalupe Ortiz"), ("name", "Lupe")]),
    ("Social is five three one, forty-four, two oh seven six.", [("id", "five three one, forty-four, two oh seven six")],
     "And the social for your W-9, Lupe?"),
    ("Loads this week: Monday a 16-foot-wide transformer out of Odessa, Wednesday two 72-foot bridge beams, both need a front and rear escort.",
     []),
    # -- fleet telematics (Manchester haulier)
    ("TrackWise Telematics support.", []),
    ("Alright love, it's Darren Whitworth from Whitworth Haulage, we've got three trackers showing offline.",
     [("name", "Darren Whitworth")]),
    ("Units TW-3318, TW-3319 and TW-3402, vans MA19 KXT and MA70 BNE and one on a 21 plate, last ping 11:52 yesterday at the Trafford Park depot.",
     []),
    ("Your contract started on the 1st of April 2023, thirty-six months at nine ninety-nine per unit per month, so it runs till March 2026.",
     []),
    ("Cheers Daz, I'll get an engineer out Friday between eight and twelve.", [("name", "Daz")]),
    ("Each unit reports every thirty seconds with the ignition on and every four hours when it's parked up, on a 5 MB data plan.",
     []),
    ("Send the engineer report to daz at whitworth haulage dot co dot uk, all one word.",
     [("email", "daz at whitworth haulage dot co dot uk")]),
    # -- truck load-board app (Indian drivers in Riyadh and Sharjah)
    ("HaulHub driver support, how may I help you?", []),
    ("Hello sir, myself Sukhwinder Singh, I am owner driver, one trailer, my account is blocked since Sunday.",
     [("name", "Sukhwinder Singh")]),
    ("Iqama is " + say_groups_en(EN_IQ, [4, 3, 3], oh=False, double=False) + ".",
     [("id", say_groups_en(EN_IQ, [4, 3, 3], oh=False, double=False))],
     "Okay, for verification please tell me your Iqama number."),
    ("The load from Dammam port to Riyadh dry port pays 1,850 riyals, 40-foot container, 27 tonnes, loading 06:00 Thursday, and app commission is 4 percent.",
     []),
    ("My payout IBAN is " + g4(EN_SA1) + ", Al Rajhi.", [("iban", g4(EN_SA1))]),
    ("number is zero five five nine one two three four eight seven",
     [("phone", "zero five five nine one two three four eight seven")]),
    ("The block came because your Istimara expired on 12/05, upload the new one and the account is active within 24 hours.",
     []),
    ("Hello, this side Joseph Mathew calling from Sharjah, payment for two trips still not received.",
     [("name", "Joseph Mathew")]),
    ("IBAN " + g4(EN_AE1) + " and mobile plus nine seven one, fifty, four one two, seven seven eight nine.",
     [("iban", g4(EN_AE1)), ("phone", "plus nine seven one, fifty, four one two, seven seven eight nine")]),
    ("Fourteen March nineteen eighty-seven.", [("date_of_birth", "Fourteen March nineteen eighty-seven")],
     "Date of birth as on the Emirates ID?"),
    ("I am the fleet owner, my national ID is " + grp(EN_SA_ID, [5, 5]) + ", we have eleven trucks on your platform.",
     [("id", grp(EN_SA_ID, [5, 5]))]),
    # -- RoRo vehicle shipping (Greek and Israeli customers)
    ("Good afternoon, Roll-On Vehicle Shipping, how can I help?", []),
    ("Hello, yes, I am Yiannis Papadakis, Johnny is fine, I want to send my car from Southampton to Piraeus.",
     [("name", "Yiannis Papadakis"), ("name", "Johnny")]),
    ("It's a 2016 Audi A4 Avant, 4.7 metres, the sailing is on the 28th, arrives Piraeus around the 9th, one thousand one hundred and fifty pounds port to port.",
     []),
    ("Yes, my AFM is " + grp(EN_AFM1, [3, 3, 3]) + ", and my wife's is " + grp(EN_AFM2, [3, 3, 3]) + ".",
     [("id", grp(EN_AFM1, [3, 3, 3])), ("id", grp(EN_AFM2, [3, 3, 3]))],
     "For Greek customs they need your AFM, the tax number."),
    ("It's 12 03 1974.", [("date_of_birth", "12 03 1974")], "And your date of birth, Johnny?"),
    ("Fuel under a quarter tank, no personal items in the car, and drop-off at Berth 38 is Monday to Friday eight till four.",
     []),
    ("Card is " + grp(EN_C6[:8], [4, 4]) + ", " + say_groups_en(EN_C6[8:], [4, 4], oh=False) + ".",
     [("card", grp(EN_C6[:8], [4, 4]) + ", " + say_groups_en(EN_C6[8:], [4, 4], oh=False))]),
    ("Any refund to my Greek account please, " + g4(EN_GR1) + ".", [("iban", g4(EN_GR1))]),
    ("Hi, this is Avi, Avraham Goldfarb, we're making aliyah in June and shipping our Honda to Haifa.",
     [("name", "Avi"), ("name", "Avraham Goldfarb")]),
    ("Israeli customs wants my teudat zehut, it's " + say_en(EN_TZ1, oh=False, double=False) + ", and my wife's is " + grp(EN_TZ2, [3, 3, 3], "-") + ".",
     [("id", say_en(EN_TZ1, oh=False, double=False)), ("id", grp(EN_TZ2, [3, 3, 3], "-"))]),
    ("My Israeli cell is plus nine seven two, fifty-four, eight one two, four four three three.",
     [("phone", "plus nine seven two, fifty-four, eight one two, four four three three")]),
    ("Deliver to our new flat, Rehov HaNarkis 12, apartment 5, Ra'anana.",
     [("address", "Rehov HaNarkis 12, apartment 5, Ra'anana")]),
    ("And the deposit refund to " + EN_IL1 + ", that's Mizrahi Tefahot.", [("iban", EN_IL1)]),
    ("avi dot goldfarb seventy at gmail dot com", [("email", "avi dot goldfarb seventy at gmail dot com")],
     "And the email for the bill of lading?"),
    ("Haifa port clearance usually takes ten to fourteen working days, and the purchase tax on a 2019 model can be as high as 83 percent.",
     []),
    # -- event valet parking
    ("Prestige Event Valet, good morning.", []),
    ("Hiya, Aoife Brennan from Brennan Events here, about Saturday's gala.", [("name", "Aoife Brennan")]),
    ("We're expecting 380 cars at Hampton Court between half six and quarter to eight, so we'll run 24 valets and two shuttle buggies.",
     []),
    ("The quote is £4,650 plus VAT, key tickets numbered 001 to 400, and the overflow field is off Barge Walk, past the Lion Gate.",
     []),
    ("Guests collect from 11pm, last collection half one, and anything left overnight gets moved to the Hampton Court Road car park at twenty-five pounds.",
     []),
    ("deposit on the company card, " + say_groups_en(EN_C7, [4, 4, 4, 4, 3], oh=False),
     [("card", say_groups_en(EN_C7, [4, 4, 4, 4, 3], oh=False))]),
    ("Thanks, the contract's coming over this afternoon, and the site visit is Thursday at 3.", []),
]

# ================================================================ Arabic
AR_C1 = card("428671034452190")          # Visa (Egypt)
AR_C2 = card("465830127794103")          # Visa CIH (Morocco)
AR_EG1 = iban("EG", "0003012345678901234567891")
AR_AE1 = iban("AE", "0400000123409876543")
AR_KW1 = iban("KW", "KFHO0000000000123456789012")
AR_JO1 = iban("JO", "ARAB1180000000001234567890")
AR_BOOK = nonpersonal("٤٥٨٢٢١")

AR = [
    # -- sleeper train Cairo-Aswan (Egyptian)
    ("النجمة لقطارات النوم، مساء الخير، معاك محمود، أقدر أساعد حضرتك إزاي؟", [("name", "محمود")]),
    ("مساء النور، أنا اسمي هبة عبد الفتاح، كنت عايزة أحجز كابينة لأسوان يوم الخميس الجاي.",
     [("name", "هبة عبد الفتاح")]),
    ("القطر بيقوم من محطة الجيزة الساعة ٨ إلا ربع بالليل ويوصل أسوان ٩ الصبح، والكابينة المزدوجة بـ ١٢٠ دولار للفرد شاملة العشا والفطار.",
     []),
    ("تمام يا أستاذة هبة، ممكن رقم موبايل حضرتك؟", [("name", "هبة")]),
    ("أيوه، صفر واحد اتنين، تمانية سبعة خمسة أربعة، أربعة أربعة صفر واحد.",
     [("phone", "صفر واحد اتنين، تمانية سبعة خمسة أربعة، أربعة أربعة صفر واحد")],
     "تمام يا أستاذة هبة، ممكن رقم موبايل حضرتك؟"),
    ("والإيميل heba.abdelfattah91@yahoo.com عشان التذكرة.", [("email", "heba.abdelfattah91@yahoo.com")]),
    ("رقم الحجز " + AR_BOOK + " والعربية رقم ٣ كابينة ١٤، ولو عايزة تلغي لازم قبلها بـ ٤٨ ساعة.", []),
    ("هدفع بالفيزا، الرقم " + " ".join(ind(x) for x in grp(AR_C1, [4, 4, 4, 4]).split()) + ".",
     [("card", " ".join(ind(x) for x in grp(AR_C1, [4, 4, 4, 4]).split()))]),
    ("اتخصم ٢٤٠ دولار يوم ٣ نوفمبر، وهيوصلك مسدج فيها ميعاد القطر ورقم الرصيف.", []),
    # -- refrigerated trucking (Egyptian farmer)
    ("أيوه يا باشا، معاك الحاج سيد الشرقاوي من مزارع الإسماعيلية، عايز تلاجة لبكرة.",
     [("name", "سيد الشرقاوي")]),
    ("عندي ٢٢ بالتة فراولة، محتاجين حرارة من صفر لاتنين، والتحميل الساعة ٥ الفجر، ولازم توصل ميناء دمياط قبل ١٢ الضهر.",
     []),
    ("النقلة التلاجة ٤٠ قدم بـ ١٨ ألف و٥٠٠ جنيه، ولو اتأخرنا في التحميل أكتر من ساعتين فيه ٧٥٠ جنيه أرضية.",
     []),
    ("طريق مصر الإسماعيلية الصحراوي، الكيلو ٨٢، بعد البوابة التانية على اليمين.",
     [("address", "طريق مصر الإسماعيلية الصحراوي، الكيلو ٨٢")],
     "العنوان إيه بالظبط يا حاج؟"),
    ("حوّل العربون على حسابي في الأهلي، الآيبان " + g4(AR_EG1) + ".", [("iban", g4(AR_EG1))]),
    ("ولو السواق تاه يكلمني على ٠١٠٦٣٣٤٧٨٩٢ على طول.", [("phone", "٠١٠٦٣٣٤٧٨٩٢")]),
    ("العربية نمرتها ن ط ر ٦٤٣٧، والسواق هيبعتلك اللوكيشن من الواتس قبلها بساعة.", []),
    # -- pallet freight network, UAE (Syrian caller)
    ("شبكة بالِت إكسبرس، مرحبا، كيف فيني ساعدك؟", []),
    ("مرحبا، معك رامي، رامي الحلبي، عندي شحنة ست بالِتات من جبل علي للعين.",
     [("name", "رامي"), ("name", "رامي الحلبي")]),
    ("كل بالِت تقريباً ٨٥٠ كيلو، الارتفاع متر ونص، والسعر ٢٢٠ درهم للبالِت، يعني ١٣٢٠ درهم، ومع الضريبة ٥٪ بتصير ١٣٨٦.",
     []),
    ("أهلين أستاذ رامي، وين بدك التسليم بالضبط؟", [("name", "رامي")]),
    ("المستودع رقم ١٤، شارع ٢١، المنطقة الصناعية بالعين، قريب من دوار الساعة.",
     [("address", "المستودع رقم ١٤، شارع ٢١، المنطقة الصناعية بالعين")],
     "أهلين أستاذ رامي، وين بدك التسليم بالضبط؟"),
    ("رقمي صفر خمسين، ستة تسعة سبعة، اتنين اتنين تمانية واحد.",
     [("phone", "صفر خمسين، ستة تسعة سبعة، اتنين اتنين تمانية واحد")]),
    ("والإيميل rami dot halabi at gulfpack dot ae، كلو سمول.", [("email", "rami dot halabi at gulfpack dot ae")]),
    ("رقم التتبع PX-77120045، والاستلام بين ٨ الصبح وواحدة الضهر يوم الأحد.", []),
    ("الدفع من حساب الشركة، الآيبان " + AR_AE1 + ".", [("iban", AR_AE1)]),
    # -- pet relocation (Kuwaiti caller)
    ("هلا والله، معك نوره العنزي، أبي أسفّر قطوتي للندن الشهر الياي.", [("name", "نوره العنزي")]),
    ("القطوة اسمها لولو، عمرها ٣ سنوات، ووزنها مع القفص ٦ كيلو، وتطعيم السعار كان بتاريخ ١٠ يناير.", []),
    ("١٩ / ٩ / ١٩٩٣", [("date_of_birth", "١٩ / ٩ / ١٩٩٣")], "تاريخ ميلادك حق أوراق التصدير؟"),
    ("رقمي +965 9942 1733، واتساب بعد.", [("phone", "+965 9942 1733")]),
    ("أحوّل من حسابي في بيتك، الآيبان " + g4(AR_KW1) + ".", [("iban", g4(AR_KW1))]),
    ("سعر الشحن ٣٨٠ دينار يشمل القفص وشهادة البيطري، والرحلة على الكويتية ١٠٣ يوم ٢٢ الساعة تسعة ونص الصبح.",
     []),
    ("تمام أم فهد، بنرسل لج الفاتورة على الواتساب.", [("name", "أم فهد")]),
    ("القطوة لازم توصل المطار قبل الرحلة بأربع ساعات، يعني الساعة خمس ونص الفجر، في مبنى الشحن رقم ٢.", []),
    # -- city luggage storage, Casablanca (Darija)
    ("السلام عليكم، معاك سميرة بناني، خليت جوج باليزات عندكم فمحطة كازا فواياجور البارح.",
     [("name", "سميرة بناني")]),
    ("الثمن هو ٤٠ درهم لكل باليزة فالنهار، والمحل كيحل من ٧ ديال الصباح حتال ١١ ديال الليل.", []),
    ("واخا لالة سميرة، عطيني النمرة اللي درتي بيها الحجز.", [("name", "سميرة")]),
    ("زيرو ستة، ستين، تلاتة وعشرين، خمسة وسبعين، تمنطاش.",
     [("phone", "زيرو ستة، ستين، تلاتة وعشرين، خمسة وسبعين، تمنطاش")],
     "واخا لالة سميرة، عطيني النمرة اللي درتي بيها الحجز."),
    ("رقم التيكيت ديالك B-2291، والباليزات محطوطين فالكازي ١٧ و١٨.", []),
    ("الإيميل هو samira point bennani arobase gmail point com", [("email", "samira point bennani arobase gmail point com")]),
    ("غادي نخلص بالكارط، " + grp(AR_C2, [4, 4, 4, 4]) + "، صافي؟", [("card", grp(AR_C2, [4, 4, 4, 4]))]),
    ("التران ديال الرباط كيخرج ١٤ و٢٠ دقيقة، يعني عندك الوقت، والموظف ديالنا كيبقى حتى لتسعود.", []),
    # -- medical repatriation escort (Jordanian)
    ("مرحبا، أنا اسمي خالد العمري، أبو سيف، أبوي بالمستشفى بإسطنبول وبدنا نرجعه على عمّان.",
     [("name", "خالد العمري"), ("name", "أبو سيف")]),
    ("مواليد واحد واحد تسعة وأربعين، يعني أول شهر واحد سنة تسعة وأربعين.",
     [("date_of_birth", "واحد واحد تسعة وأربعين"), ("date_of_birth", "أول شهر واحد سنة تسعة وأربعين")],
     "شو تاريخ ميلاد الوالد؟"),
    ("الطيارة الطبية بتكلف تقريباً ٢٤ ألف دولار، أما مع ممرض على رحلة عادية بتنزل لـ ٦٥٠٠، والرحلة RJ 164 بتطلع الساعة ٣ وعشرة.",
     []),
    ("رقمي ٠٧٩ ٥٥٣ ٢١٨٠، وهو نفسه عالواتس.", [("phone", "٠٧٩ ٥٥٣ ٢١٨٠")]),
    ("الدفعة الأولى بحولها من حسابي، " + g4(AR_JO1) + ".", [("iban", g4(AR_JO1))]),
    ("على البيت، جبل عمّان، الدوار التالت، شارع الأميرة بسمة، عمارة ١٧، الطابق التاني.",
     [("address", "جبل عمّان، الدوار التالت، شارع الأميرة بسمة، عمارة ١٧، الطابق التاني")],
     "وين بدكم الإسعاف يوصله بعمّان؟"),
    ("أكيد يا أبو سيف، رح نبعتلك العرض عالواتس خلال ساعة.", [("name", "أبو سيف")]),
    ("الغرفة ٥١٢ بالطابق الخامس، والدكتور قال بيطلع يوم السبت، وبدو أكسجين ٢ لتر بالدقيقة على الطيارة.", []),
]
LANGS["ar"] = AR

AR_ID_REEM = saudi("110245873")
AR_IQ_BAASHIN = saudi("234178905")
AR_IQ_OSMAN = saudi("230754168")
AR_ID_FAHD = saudi("109938271")
AR_ID_OVS = saudi("104712650")
AR_IQ_EGY = saudi("255013479")
AR_TZ1 = tz("03124578")
AR_TZ2 = tz("20945613")
AR_SA1 = iban("SA", "80000123456789012345")
AR_LB1 = iban("LB", "099900000001001901229114")
AR_MA1 = iban("MA", "007780000123450012345678")
AR_C3 = card("529741006652318")          # mada / Mastercard
AR_C4 = card("440647123409876")          # mada Visa
AR_C5 = card("455673021198674")          # Visa (Lebanon)
AR_C6 = card("458003912267430")          # Visa (Saudi rider)
AR_C7 = card("532610987788125")          # Mastercard (Israel)
AR_C8 = card("404512880031276")          # Visa (school)
AR_PERMIT = nonpersonal("٤٤٨٧١٢٣٠٩")
AR_AWB = nonpersonal("176-88451203")

AR += [
    # -- school trip operator, Riyadh (Gulf / MSA)
    ("مؤسسة درب المعرفة للرحلات المدرسية، معك عبدالله، تفضلي.", [("name", "عبدالله")]),
    ("السلام عليكم، معك ريم القحطاني، مشرفة النشاط في مدارس الرواد، نبي نأكد رحلة العلا.",
     [("name", "ريم القحطاني")]),
    ("العدد ٣٨ طالبة و٤ مشرفات، الباص ٥٠ راكب، المغادرة من الرياض يوم الأحد ١٥ / ٣ الساعة ٦ الصبح، والرجعة الأربعاء.",
     []),
    ("رقم الهوية " + grp(ind(AR_ID_REEM), [4, 3, 3], " ") + "، باسمي أنا.",
     [("id", grp(ind(AR_ID_REEM), [4, 3, 3], " "))],
     "أحتاج رقم الهوية الوطنية للمشرفة المسؤولة عشان التصاريح."),
    ("ميلادي ٢٢ / ٠٧ / ١٩٨٩، وبالهجري ١٩ ذو الحجة ١٤٠٩.",
     [("date_of_birth", "٢٢ / ٠٧ / ١٩٨٩"), ("date_of_birth", "١٩ ذو الحجة ١٤٠٩")],
     "وتاريخ الميلاد؟ ميلادي أو هجري، اللي تبين."),
    ("تكلفة الرحلة للطالبة ٩٥٠ ريال شاملة السكن ليلتين ودخول الحجر والعشاء في المزرعة، والعربون ٣٠٪ قبل ١ / ٣.",
     []),
    ("جوالي ٠٥٠٤٤١٢٧٧٦ والإيميل reem.alqahtani@rowad-schools.edu.sa",
     [("phone", "٠٥٠٤٤١٢٧٧٦"), ("email", "reem.alqahtani@rowad-schools.edu.sa")]),
    ("العربون بندفعه ببطاقة المدرسة، " + w(AR_C8, "ar") + ".", [("card", w(AR_C8, "ar"))]),
    ("شكراً أستاذة ريم، بنرسل لك العقد اليوم إن شاء الله.", [("name", "ريم")]),
    # -- truck load-board app, Saudi Arabia
    ("تطبيق نقلتي، خدمة السائقين، كيف أقدر أخدمك؟", []),
    ("السلام عليكم، أنا محمد سالم باعشن، سواق تريلا، وعندي مشكلة في تحويل أجرة النقلة.",
     [("name", "محمد سالم باعشن")]),
    ("رقم الإقامة " + w(AR_IQ_BAASHIN, "ar") + ".", [("id", w(AR_IQ_BAASHIN, "ar"))],
     "عطني رقم الإقامة عشان أتحقق من الحساب."),
    ("النقلة من جدة لتبوك، ٣٨ طن حديد، المسافة ١٠٣٠ كيلو، والأجرة ٤٢٠٠ ريال، ونزلت منها عمولة ١٦٨ ريال.", []),
    ("الآيبان حقي " + g4(AR_SA1) + "، بنك الراجحي.", [("iban", g4(AR_SA1))]),
    ("صفر خمسة ستة، ثلاثة ثلاثة اثنين، سبعة تسعة صفر واحد",
     [("phone", "صفر خمسة ستة، ثلاثة ثلاثة اثنين، سبعة تسعة صفر واحد")], "والجوال المسجل؟"),
    ("التحويل ينزل بعد ٧٢ ساعة من تأكيد الاستلام، ورقم البلاغ عندك ٩٩٠٤٥٣٢.", []),
    ("ميلادي سنة ١٤٠٥ هجري، الشهر سبعة، اليوم عشرين.",
     [("date_of_birth", "سنة ١٤٠٥ هجري، الشهر سبعة، اليوم عشرين")]),
    ("أنا عثمان، عثمان الطيب، سوداني، إقامتي " + AR_IQ_OSMAN + " والتطبيق يقول الرقم غير صحيح.",
     [("name", "عثمان"), ("name", "عثمان الطيب"), ("id", AR_IQ_OSMAN)]),
    ("أنا صاحب المؤسسة، فهد الدوسري، عندي ١١ شاحنة مسجلة عندكم.", [("name", "فهد الدوسري")]),
    ("هويتي واحد صفر تسعة، تسعة ثلاثة ثمانية، اثنين سبعة واحد " + WORDS["ar"][int(AR_ID_FAHD[9])] + ".",
     [("id", "واحد صفر تسعة، تسعة ثلاثة ثمانية، اثنين سبعة واحد " + WORDS["ar"][int(AR_ID_FAHD[9])])]),
    ("fahad.aldosari@naqel-trans.sa هذا الإيميل الرسمي للمؤسسة.", [("email", "fahad.aldosari@naqel-trans.sa")]),
    ("أبشر يا أبو عبدالله، الحساب بيتفعل خلال ساعة.", [("name", "أبو عبدالله")]),
    # -- oversize-load escort, Jubail (MSA)
    ("شركة المرافقة الآمنة للأحمال الاستثنائية، تفضل.", []),
    ("نريد مرافقة لنقل محوّل كهربائي وزنه ١٢٠ طناً من الجبيل الصناعية إلى محطة القويعية، العرض خمسة أمتار والطول ٣٢ متراً.",
     []),
    ("التحرك بعد منتصف الليل فقط، بسرعة لا تتجاوز ٤٠ كيلومتراً في الساعة، ويحتاج التصريح رقم " + AR_PERMIT + " من المرور.",
     []),
    ("رقم هوية المسؤول عن الشحنة " + grp(AR_ID_OVS, [1, 3, 3, 3], " ") + "، باسم المهندس.",
     [("id", grp(AR_ID_OVS, [1, 3, 3, 3], " "))]),
    ("موقع التحميل: الجبيل الصناعية، شارع الملك فيصل الغربي، بوابة ٣، ساحة رقم ١٢.",
     [("address", "الجبيل الصناعية، شارع الملك فيصل الغربي، بوابة ٣، ساحة رقم ١٢")]),
    ("سعر المرافقة سيارتان أمامية وخلفية ٦٨٠٠ ريال للرحلة، وإن تأخرت الرافعة يحتسب ٤٠٠ ريال عن كل ساعة انتظار.", []),
    ("الدفع بالبطاقة " + grp(AR_C3, [4, 4, 4, 4], "-") + ".", [("card", grp(AR_C3, [4, 4, 4, 4], "-"))]),
    ("السائق المرافق مصري، إقامته " + grp(AR_IQ_EGY[:5], [5]) + " " + w(AR_IQ_EGY[5:], "ar") + ".",
     [("id", grp(AR_IQ_EGY[:5], [5]) + " " + w(AR_IQ_EGY[5:], "ar"))]),
    # -- trade-show exhibit freight, Dubai (Lebanese caller)
    ("إكسبو كارغو لشحن المعارض، صباح الخير.", []),
    ("صباح النور، أنا جورج حداد، بس الكل بيقولي جو، من شركة أرز ديزاين، عنا جناح بمعرض الفنادق بدبي.",
     [("name", "جورج حداد"), ("name", "جو")]),
    ("الجناح ٦ بـ ٩ متر، بالقاعة رقم ٤، ستاند D-218، والتركيب من ١٢ لـ ١٤ الشهر والمعرض من ١٥ لـ ١٨.", []),
    ("بوليصة الشحن الجوي " + AR_AWB + "، ٣ صناديق خشب، الوزن الإجمالي ٤١٠ كيلو.", []),
    ("سبعين، ستة أربعة، تلاتة تسعة، صفر تمانية، هيدا رقمي بلبنان، وبدبي عندي ٠٥٢ ٨٨١ ٤٠٦٣.",
     [("phone", "سبعين، ستة أربعة، تلاتة تسعة، صفر تمانية"), ("phone", "٠٥٢ ٨٨١ ٤٠٦٣")]),
    ("georges underscore haddad at arz design dot com، أرز ديزاين لازقين.",
     [("email", "georges underscore haddad at arz design dot com")]),
    ("منحوّل من حسابنا بلبنان، " + g4(AR_LB1) + "، أو إذا أسهل بالكارت.", [("iban", g4(AR_LB1))]),
    ("الكارت " + w(AR_C5[:8], "ar_d") + "، " + grp(AR_C5[8:], [4, 4]) + ".",
     [("card", w(AR_C5[:8], "ar_d") + "، " + grp(AR_C5[8:], [4, 4]))]),
    ("الشحنة بتتسلم على مستودعنا بجبل علي قبل ١٠ الشهر، والتخليص والتوصيل للقاعة ٣٨٥٠ درهم غير شامل الضريبة.", []),
    # -- guided motorcycle tours, Atlas (Moroccan agent, Saudi and Moroccan riders)
    ("أطلس موتو تور، السلام، شنو نقدر نعاونك؟", []),
    ("هلا، معك عبدالعزيز، عزوز يعني، من الرياض، حاجز جولة الأطلس سبعة أيام بالموتورات.",
     [("name", "عبدالعزيز"), ("name", "عزوز")]),
    ("الجولة كتبدا من مراكش يوم ٤ أبريل، كتدوز من تيزي نتيشكا وورزازات ومرزوكة، ٢٢٠٠ كيلومتر، والموطور BMW GS 850.",
     []),
    ("مواليد ٣ / ١١ / ١٩٨٢، عشان التأمين.", [("date_of_birth", "٣ / ١١ / ١٩٨٢")]),
    ("الباقي ٩٠٠٠ درهم، خلصها بالبطاقة " + " ".join(ind(x) for x in grp(AR_C6, [4, 4, 4, 4]).split()) + ".",
     [("card", " ".join(ind(x) for x in grp(AR_C6, [4, 4, 4, 4]).split()))]),
    ("الإيميل azooz.rides@hotmail.com ورقمي زائد تسعة ستة ستة، خمسة أربعة، سبعة سبعة تسعة، ثلاثة اثنين صفر واحد.",
     [("email", "azooz.rides@hotmail.com"),
      ("phone", "زائد تسعة ستة ستة، خمسة أربعة، سبعة سبعة تسعة، ثلاثة اثنين صفر واحد")]),
    ("أنا ياسين العلوي من الرباط، بغيت نزيد واحد الموطور للجولة ديال شهر ماي.", [("name", "ياسين العلوي")]),
    ("نصيفط ليك الكاسك لدارك؟ عطيني العنوان.", []),
    ("زنقة ابن سينا، رقم ٤٧، الشقة ٨، أكدال، الرباط.",
     [("address", "زنقة ابن سينا، رقم ٤٧، الشقة ٨، أكدال، الرباط")], "نصيفط ليك الكاسك لدارك؟ عطيني العنوان."),
    ("غادي ندير ليكم فيرمون من " + g4(AR_MA1) + "، البنك الشعبي.", [("iban", g4(AR_MA1))]),
    # -- RoRo car shipping Bremerhaven-Haifa (Arab citizen of Israel)
    ("مرحبا، أنا سامر خوري من الناصرة، اشتريت سيارة من ألمانيا وبدي أشحنها على حيفا.", [("name", "سامر خوري")]),
    ("الباخرة بتطلع من بريمرهافن يوم ٢ الشهر وبتوصل حيفا تقريباً ١٩، والسعر ١٤٥٠ يورو من ميناء لميناء.", []),
    ("رقم الهوية " + w(AR_TZ1, "ar_d") + "، وهوية مرتي " + AR_TZ2 + ".",
     [("id", w(AR_TZ1, "ar_d")), ("id", AR_TZ2)], "الجمارك بدها رقم الهوية الإسرائيلية تبعك."),
    ("حي الصفافرة، شارع ٥٠٢٩ بيت رقم ١٢، الناصرة، لإنو الشوارع عنا بأرقام.",
     [("address", "حي الصفافرة، شارع ٥٠٢٩ بيت رقم ١٢، الناصرة")], "شو عنوانك للأوراق؟"),
    ("تلفوني صفر خمسة اتنين، سبعة تلاتة تلاتة، أربعة تسعة صفر ستة.",
     [("phone", "صفر خمسة اتنين، سبعة تلاتة تلاتة، أربعة تسعة صفر ستة")]),
    ("مواليد ٢٨ شباط ١٩٩١.", [("date_of_birth", "٢٨ شباط ١٩٩١")], "وتاريخ الميلاد؟"),
    ("samer.khoury.naz@gmail.com", [("email", "samer.khoury.naz@gmail.com")], "الإيميل لبوليصة الشحن؟"),
    ("بدفع العربون بالكارت، " + grp(AR_C7, [4, 4, 4, 4]) + ".", [("card", grp(AR_C7, [4, 4, 4, 4]))]),
    ("الجمارك على سيارة موديل ٢٠٢٠ ممكن توصل ٨٣٪، وبدك تدفع كمان ١٧٪ ضريبة قيمة مضافة وحوالي ٢٠٠٠ شيكل رسوم الميناء.", []),
    # -- more non-personal lines
    ("يعني إذا الشحنة وصلت يوم الخميس ما في تسليم قبل الأحد، لإنو المستودع مسكّر الجمعة والسبت.", []),
    ("أوكي، الرحلة الجاية ٣ أيام بالمتوسط، والتأخير اللي صار كان بسبب العاصفة، مش منّا.", []),
    ("عندنا فرع في شارع الملك عبدالعزيز جنب فندق هيلتون، مفتوح من ٩ الصبح لـ ١٠ بالليل.", []),
    ("البطاقة المنتهية بـ ٤٤٠٩ اتخصم منها مرتين، ١٥٠ ريال يوم ١٢ و١٥٠ يوم ١٣، وبنرجع واحدة خلال ١٤ يوم عمل.", []),
    ("رقم الطلب ٧٧٣١٠٢٨٤٥٥، حطيه في خانة المرجع لما تحوّل.", []),
]

AR += [
    ("وصلوها على البيت: حي النرجس، شارع رقم ٣١٢، فيلا ١٩، الرياض ١٣٣٢٧.",
     [("address", "حي النرجس، شارع رقم ٣١٢، فيلا ١٩، الرياض ١٣٣٢٧")], "وين نرسل دفاتر الرحلة والبطاقات؟"),
    ("اشتراك الأسطول السنوي ٢٤٠٠ ريال، أدفعه بمدى: " + "، ".join(w(x, "ar") for x in grp(AR_C4, [4, 4, 4, 4]).split()) + ".",
     [("card", "، ".join(w(x, "ar") for x in grp(AR_C4, [4, 4, 4, 4]).split()))]),
    ("الحجز القادم متاح يوم الإثنين ١٤ أكتوبر، والتذكرة ٣٧٥ جنيه للكرسي و١٢٠٠ للسرير في العربة المكيفة.", []),
    ("طيب يعني أنا أتصل بمين؟ فيه رقم خدمة العملاء ٩٢٠٠٠٤٤٧٨ شغال ٢٤ ساعة.", []),
    ("يا ريت تبعتوا الشاحنة على الساعة ستة، لأنو بعد الساعة سبعة ممنوع الشاحنات تدخل المدينة.", []),
    ("القفص مقاس ٧٠ في ٥٠ في ٥٠ سانتي، واللي عندكم بـ ٤٥ دينار، تمام؟", []),
]

# ================================================================ Hebrew
def he_groups(d, sizes, form="he_f", sep=", "):
    return sep.join(w(g, form) for g in grp(d, sizes).split())


HE_TZ1 = tz("03457821")
HE_TZ2 = tz("31876540")
HE_TZ3 = tz("32219076")
HE_C1 = card("458045102736894")          # Visa
HE_C2 = card("532456781200934")          # Mastercard
HE_IL1 = iban("IL", "0126620000012398765")
HE_IL2 = iban("IL", "0108000000044556677")
HE_FR1 = iban("FR", "30006000011234567890189")
HE_ORDER = nonpersonal("4471-2290-8813")

HE = [
    # -- Poland school delegation operator (native Israeli parent)
    ("מסע לפולין, משלחות נוער, מדברת מורן, שלום.", [("name", "מורן")]),
    ("היי, שמי שירן אוחיון, אני אמא של תלמידה באורט רחובות, רציתי לסגור את התשלום על המשלחת.",
     [("name", "שירן אוחיון")]),
    ("המשלחת יוצאת ב-14 באוקטובר לשמונה ימים, טיסה LY 5151 בחמש וארבעים בבוקר לוורשה, והמחיר 6,900 ש\"ח לפני הסבסוד של 1,200.",
     []),
    ("כן, " + he_groups(HE_TZ1, [3, 3, 3]) + ".", [("id", he_groups(HE_TZ1, [3, 3, 3]))],
     "בשביל החשבונית אני צריכה את תעודת הזהות של ההורה המשלם."),
    ("בשלושה תשלומים על הויזה, " + grp(HE_C1, [4, 4, 4, 4]) + ".", [("card", grp(HE_C1, [4, 4, 4, 4]))]),
    ("היא נולדה בשלושה ביוני אלפיים ושמונה.", [("date_of_birth", "בשלושה ביוני אלפיים ושמונה")],
     "ותאריך הלידה של הבת בשביל הביטוח?"),
    ("אפס חמישים ושתיים, שלוש שלוש אחת, ארבע ארבע שבע שתיים.",
     [("phone", "אפס חמישים ושתיים, שלוש שלוש אחת, ארבע ארבע שבע שתיים")], "טלפון זמין בזמן המסע?"),
    ("ביום השלישי יש את טרבלינקה ומיידנק, ביום הרביעי קרקוב, והמלון הוא נובוטל, שני תלמידים בחדר.", []),
    ("תודה שירן, הקבלה תגיע במייל תוך יומיים.", [("name", "שירן")]),
    # -- pet relocation, Paris to Netanya (French oleh)
    ("אלו, בונז'ור, כלומר שלום, קוראים לי ז'וליין אזולאי, אני עושה עלייה עם הכלב שלי מפריז.",
     [("name", "ז'וליין אזולאי")]),
    ("הכלב שמו רוקי, לברדור בן שש, שוקל 34 קילו עם הכלוב, והחיסון נגד כלבת היה בעשרים בינואר.", []),
    ("הטלפון הצרפתי שלי פלוס שלושים ושלוש, שש, שתים עשרה, שלושים וארבע, חמישים ושש, תשעים.",
     [("phone", "פלוס שלושים ושלוש, שש, שתים עשרה, שלושים וארבע, חמישים ושש, תשעים")]),
    ("המחיר כולל איסוף מהבית בפריז, כלוב מספר 500, טיסה מטענית לנתב\"ג ושחרור מההסגר, 2,350 יורו.", []),
    ("julien point azoulay שטרודל free נקודה fr", [("email", "julien point azoulay שטרודל free נקודה fr")],
     "יש לך מייל?"),
    ("רחוב הרצל 41, דירה 9, קומה 3, נתניה.", [("address", "רחוב הרצל 41, דירה 9, קומה 3, נתניה")],
     "לאיזו כתובת בארץ להביא את הכלב?"),
    ("אם יש החזר, אז לחשבון בצרפת, " + g4(HE_FR1) + ".", [("iban", g4(HE_FR1))]),
    ("אוקיי ז'וליין, אז נקבע איסוף ליום שלישי הבא בשמונה בבוקר.", [("name", "ז'וליין")]),
    # -- refrigerated trucking dispatch (Arab citizen speaking Hebrew)
    ("קירור צפון הובלות, סדרן, מה נשמע?", []),
    ("אהלן, מדבר מוחמד עבאס, חמודי, מטייבה, אני נהג הקבלן על המשאית קירור של הגבינות.",
     [("name", "מוחמד עבאס"), ("name", "חמודי")]),
    ("יש לך העמסה מחר בארבע בבוקר במחלבה בקיבוץ יטבתה, 18 משטחים, טמפרטורה שתיים עד ארבע מעלות, פריקה במרכז הלוגיסטי במודיעין עד עשר.",
     []),
    ("חמודי, תעביר לי ת\"ז בשביל האישור כניסה לבסיס.", [("name", "חמודי")]),
    (grp(HE_TZ2, [3, 3, 3], "-") + ", זה אני.", [("id", grp(HE_TZ2, [3, 3, 3], "-"))],
     "חמודי, תעביר לי ת\"ז בשביל האישור כניסה לבסיס."),
    ("התשלום על הנסיעות של החודש, 14,200 שקל פלוס מע\"מ, לחשבון " + HE_IL1 + ".", [("iban", HE_IL1)]),
    ("הנייד שלי 054-6673190 אם משהו משתנה.", [("phone", "054-6673190")]),
    ("הטרמוגרף במשאית מספר 71-339-52 הראה שמונה מעלות שלושה שעות, אז המשלוח מאתמול נפסל.", []),
    # -- oversize-load escort (native Israeli)
    ("ליווי משאות חריגים, שלום.", []),
    ("שלום, אבי מזרחי מחברת הבנייה, אני צריך ליווי לגשר טרומי מחר בלילה.", [("name", "אבי מזרחי")]),
    ("המשאית ארבעה וחצי מטר רוחב ו-28 מטר אורך, יוצאת ממפעל בירוחם באחת עשרה בלילה דרך כביש 40 וכביש 6 עד מחלף עין תות.",
     []),
    ("צריך שני רכבי ליווי ושוטר תנועה מהמחלף, המחיר 4,800 ש\"ח לנסיעה, ומספר היתר המשטרה 88-4120.", []),
    ("אבי, אמרת שהאתר ב... איפה בדיוק פורקים?", [("name", "אבי")]),
    ("האתר ברחוב הנגב 17, אזור תעשייה קיסריה, שער צפוני.",
     [("address", "רחוב הנגב 17, אזור תעשייה קיסריה, שער צפוני")],
     "אבי, אמרת שהאתר ב... איפה בדיוק פורקים?"),
    ("avi underscore mizrahi בשטרודל gmail נקודה com", [("email", "avi underscore mizrahi בשטרודל gmail נקודה com")]),
    # -- fleet telematics (Russian-speaking oleh)
    ("טרק-נט איתור ציים, שלום, איך אפשר לעזור?", []),
    ("כן, שלום, מדבר ולדימיר קוגן, וולודיה, יש לי חמש משאיות ושתיים לא מראות במפה כבר שבוע.",
     [("name", "ולדימיר קוגן"), ("name", "וולודיה")]),
    ("היחידות 3318 ו-3402, הדיווח האחרון ביום שני בשעה 11:52 בחניון בחולון, וההסכם שלך בתוקף עד מרץ 2026.", []),
    ("תעודת זהות " + w(HE_TZ3[:5], "he_m") + ", " + w(HE_TZ3[5:], "he_m") + ".",
     [("id", w(HE_TZ3[:5], "he_m") + ", " + w(HE_TZ3[5:], "he_m"))], "לזיהוי, מספר תעודת זהות?"),
    ("volodya.kogan77@mail.ru", [("email", "volodya.kogan77@mail.ru")], "לאן לשלוח את הדוח של הטכנאי?"),
    ("מנוי שנתי 59 שקל ליחידה לחודש, תחדש על המאסטרקרד " + grp(HE_C2, [4, 4, 4, 4], " ") + ".",
     [("card", grp(HE_C2, [4, 4, 4, 4], " "))]),
    ("טכנאי יגיע ביום חמישי בין שמונה לשתיים עשרה, רחוב המרכבה בחולון, מול המוסך של גרינברג.", []),
    ("תודה וולודיה, יום טוב.", [("name", "וולודיה")]),
    # -- rail-pass agency (young backpacker after the army)
    ("רכבות אירופה, מדבר עידו.", [("name", "עידו")]),
    ("אהלן, אממ, אני נועה, נועה ליבוביץ, אני טסה אחרי הצבא ורוצה כרטיס גלובל פס.",
     [("name", "נועה"), ("name", "נועה ליבוביץ")]),
    ("כרטיס נוער לחמישה עשר ימי נסיעה בתוך חודשיים עולה 409 יורו, ומקומות שמורים ברכבות המהירות בצרפת ובאיטליה זה בין 10 ל-35 יורו.", []),
    ("שבע עשרה בספטמבר, אלפיים וארבע.", [("date_of_birth", "שבע עשרה בספטמבר, אלפיים וארבע")],
     "בשביל כרטיס נוער אני צריך תאריך לידה, עד גיל 27."),
    ("noa.leibo שטרודל gmail.com, ליבו בלי ביץ.", [("email", "noa.leibo שטרודל gmail.com")]),
    ("הכרטיס ייצא ב-3 במאי, זמן משלוח עד עשרה ימי עסקים, ומספר ההזמנה " + HE_ORDER + ".", []),
    ("חשבון להחזר, של אבא שלי, " + g4(HE_IL2) + ".", [("iban", g4(HE_IL2))]),
]
LANGS["he"] = HE

HE_TZ4 = tz("34512098")
HE_TZ5 = tz("30226714")
HE_TZ6 = tz("20761339")
HE_TZ7 = tz("05588213")
HE_TZ8 = tz("31109457")
HE_C3 = card("34987654321012")           # Amex, 15
HE_C4 = card("3056930902590")            # Diners, 14
HE_C5 = card("410356772910448")          # Visa
HE_C6 = card("522811409367215")          # Mastercard
HE_C7 = card("465902881133750")          # Visa
HE_C8 = card("479912340056681")          # Visa
HE_IL3 = iban("IL", "0311040000077882211")
HE_IL4 = iban("IL", "0206930000005512390")
HE_IL5 = iban("IL", "0178000000031415926")
HE_DE1 = iban("DE", "370400440532013000")
HE_SHIP = nonpersonal("MSKU 4417 2290 881")

HE += [
    # -- wedding-hall valet service
    ("ואלה פרימיום, חניה לאירועים, שלום.", []),
    ("יש לנו חתונה בגני התערוכה ביום חמישי, 450 מוזמנים, מצפים לבערך 200 רכבים בין שבע וחצי לתשע.", []),
    ("אז נביא 12 נהגי ואלה, החניון של הוואלה ברחוב רוקח פינת שדרות רוקח, והמחיר 35 שקל לרכב או 6,000 פאושלי.", []),
    ("רק תגיד לבעל האולם שהשער של הספקים צריך להיות פתוח מחמש.", []),
    ("כן, קוראים לי ליאת שושן, אני מפיקה את האירוע, תרשום אותי כאיש קשר.", [("name", "ליאת שושן")]),
    ("053-2219746, אבל ביום האירוע עדיף וואטסאפ.", [("phone", "053-2219746")], "מספר נייד, ליאת?"),
    ("המקדמה 1,500 שקל עכשיו ביט או כרטיס, והיתרה עד שלושה ימים אחרי האירוע.", []),
    ("על הכרטיס, " + w(HE_C7[:4], "he_f") + ", " + grp(HE_C7[4:], [4, 4, 4]) + ".",
     [("card", w(HE_C7[:4], "he_f") + ", " + grp(HE_C7[4:], [4, 4, 4]))]),
    # -- medical escort from Addis Ababa (Ethiopian-Israeli family)
    ("שלום, אני טספאיה אבבה, אבא שלי מאושפז באדיס אבבה ואנחנו רוצים להביא אותו לארץ עם אחות.",
     [("name", "טספאיה אבבה")]),
    ("הוא בבית חולים בלק ליון, מחלקה פנימית, חדר 214, והרופא אומר שאפשר לטוס בעוד עשרה ימים עם חמצן.", []),
    ("הוא נולד בשנת אלף תשע מאות חמישים ושתיים, בתעודה כתוב אחד בינואר.",
     [("date_of_birth", "בשנת אלף תשע מאות חמישים ושתיים"), ("date_of_birth", "אחד בינואר")],
     "תאריך הלידה של אבא?"),
    ("שלו " + grp(HE_TZ4, [9]) + ", ושלי " + he_groups(HE_TZ5, [2, 3, 4], "he_f", " ") + ".",
     [("id", grp(HE_TZ4, [9])), ("id", he_groups(HE_TZ5, [2, 3, 4], "he_f", " "))],
     "מספרי תעודת זהות, שלו ושלך."),
    ("רחוב הנשיא 23 דירה 6, קריית מלאכי, קומה ראשונה, בלי מעלית.",
     [("address", "רחוב הנשיא 23 דירה 6, קריית מלאכי, קומה ראשונה, בלי מעלית")],
     "לאן האמבולנס לוקח אותו מנתב\"ג?"),
    ("הטלפון שלי אפס חמש שמונה, שבע אחת אחת, שתיים שלוש תשע ארבע.",
     [("phone", "אפס חמש שמונה, שבע אחת אחת, שתיים שלוש תשע ארבע")]),
    ("טוב טספאיה, הליווי עם אחות בטיסת אתיופיאן 404 עולה 3,200 דולר ועוד הכרטיסים, נשלח הצעה.",
     [("name", "טספאיה")]),
    # -- RoRo car shipping Rotterdam-Ashdod (Ukrainian-born olah)
    ("הובלת רכבים בים, שלום, מדברת קרן.", [("name", "קרן")]),
    ("שלום, זאת סבטלנה פרידמן, סבטה, אני מעבירה את הטויוטה שלי מרוטרדם לאשדוד.",
     [("name", "סבטלנה פרידמן"), ("name", "סבטה")]),
    ("האונייה מפליגה ב-22 לחודש, מגיעה לאשדוד בערך בשישה בחודש הבא, מכולה " + HE_SHIP + ", 1,380 יורו עד הנמל.", []),
    (he_groups(HE_TZ6, [3, 3, 3], "he_m", " "), [("id", he_groups(HE_TZ6, [3, 3, 3], "he_m", " "))],
     "בשביל המכס אני צריכה מספר זהות."),
    ("נולדתי בעשרים ושמונה לאפריל שמונים ושש.", [("date_of_birth", "בעשרים ושמונה לאפריל שמונים ושש")]),
    ("svetlana.fridman שטרודל walla נקודה co נקודה il", [("email", "svetlana.fridman שטרודל walla נקודה co נקודה il")]),
    ("אני משלמת מהחשבון הגרמני של בעלי, " + g4(HE_DE1) + ".", [("iban", g4(HE_DE1))]),
    ("ושחרור מהמכס אחר כך, " + grp(HE_C6, [4, 4, 4, 4]) + ", זה הכרטיס.", [("card", grp(HE_C6, [4, 4, 4, 4]))]),
    # -- luggage storage in Tel Aviv (Anglo olah)
    ("שמירת מזוודות תל אביב, ליד תחנת ההגנה, שלום.", []),
    ("היי, my name is Shelly, שלומית גולדברג, I mean, אני צריכה לשמור שלוש מזוודות עד יום ראשון.",
     [("name", "Shelly"), ("name", "שלומית גולדברג")]),
    ("זה 25 שקל למזוודה ליום, פתוח מ-7 בבוקר עד 11 בלילה, ובשבת עד שלוש, הלוקר מספר 118 ו-119.", []),
    ("אמקס, " + grp(HE_C3, [4, 6, 5]) + ".", [("card", grp(HE_C3, [4, 6, 5]))]),
    ("shelly dot goldberg at gmail dot com, כמו שזה נשמע.", [("email", "shelly dot goldberg at gmail dot com")]),
    ("ואם אתם עושים משלוח, תביאו אותן לכתובת שדרות בן גוריון 88, דירה 14, רמת גן.",
     [("address", "שדרות בן גוריון 88, דירה 14, רמת גן")]),
    ("המספר שלי פלוס תשע שבע שתיים, חמישים ואחת, שלוש אפס שש, שמונה שמונה אחת שתיים.",
     [("phone", "פלוס תשע שבע שתיים, חמישים ואחת, שלוש אפס שש, שמונה שמונה אחת שתיים")]),
    # -- motorcycle tours in Georgia (native Israeli rider)
    ("אופנועים בקווקז, טיולים מודרכים, שלום.", []),
    ("אהלן אחי, עומרי בן דוד פה, נרשמתי לטיול בגאורגיה בספטמבר ורציתי לסגור.", [("name", "עומרי בן דוד")]),
    ("הטיול עשרה ימים, 1,900 קילומטר, יוצא מטביליסי ב-9 בספטמבר, האופנוע הוא טנרה 700, והמחיר 3,450 דולר כולל מלונות.", []),
    ("עשרים ואחת בשביעי שמונים ותשע.", [("date_of_birth", "עשרים ואחת בשביעי שמונים ותשע")], "תאריך לידה לביטוח?"),
    ("תעודת זהות " + HE_TZ7 + ", רישיון A כבר שנים.", [("id", HE_TZ7)]),
    ("על הדיינרס, " + grp(HE_C4, [4, 6, 4]) + ".", [("card", grp(HE_C4, [4, 6, 4]))]),
    ("אפס חמישים, תשעים ושש, שלושים ושתיים, אחת אפס.", [("phone", "אפס חמישים, תשעים ושש, שלושים ושתיים, אחת אפס")],
     "טלפון נייד לקבוצת הוואטסאפ של הטיול?"),
    ("מעולה עומרי, ההחזר על הביטול של השנה שעברה, 400 דולר, נעביר לחשבון " + HE_IL3 + " שנתת.",
     [("name", "עומרי"), ("iban", HE_IL3)]),
    # -- trade-show exhibit freight (Arab citizen from Haifa)
    ("מטען תערוכות, בוקר טוב.", []),
    ("בוקר טוב, רנא חורי מדברת, מחברת הסטארט-אפ מחיפה, אנחנו שולחים ביתן לתערוכת CES בלאס וגאס.",
     [("name", "רנא חורי")]),
    ("הביתן שלנו 3 על 6, אולם צפון, דוכן 9417, הכניסה להקמה ב-5 בינואר, ואנחנו צריכים שהארגזים יהיו שם עד ה-3.", []),
    ("ארבעה ארגזים, 620 קילו בסך הכול, שילוח ימי לוקח 35 יום, אז בהכרח זה אווירי, בערך 4.10 דולר לקילו.", []),
    ("הטלפון במשרד אפס ארבע, שמונה חמש שלוש, שבע אחת אפס אפס, שלוחה 12.",
     [("phone", "אפס ארבע, שמונה חמש שלוש, שבע אחת אפס אפס")]),
    ("rana.khoury@wavetech.co.il", [("email", "rana.khoury@wavetech.co.il")], "לאיזה מייל לשלוח את תעודת המשלוח?"),
    ("איסוף מהמשרד, שדרות ההסתדרות 55, בניין ב', קומה 4, חיפה.",
     [("address", "שדרות ההסתדרות 55, בניין ב', קומה 4, חיפה")]),
    ("החשבון של החברה " + g4(HE_IL4) + ", ואת המקדמה אני אשים על הכרטיס " + w(HE_C5, "he_f") + ".",
     [("iban", g4(HE_IL4)), ("card", w(HE_C5, "he_f"))]),
    ("תעודת זהות שלי, כי אני מורשית החתימה, " + grp(HE_TZ8, [2, 3, 4], " ") + ".", [("id", grp(HE_TZ8, [2, 3, 4], " "))]),
    ("יליד שמונה באוגוסט שבעים וחמש, זה בעלי, הוא השותף השני, רשמי את זה גם.",
     [("date_of_birth", "שמונה באוגוסט שבעים וחמש")]),
    # -- more non-personal lines
    ("ההזמנה נעשתה ב-12 במרץ, החיוב ירד ב-15, ואני רואה שני חיובים של 289 שקל.", []),
    ("הנהג יהיה אצלך ביום שלישי בין שמונה לשתיים, הוא יתקשר חצי שעה לפני.", []),
    ("תחנת רכבת ההגנה, יציאה לכיוון התחנה המרכזית, אנחנו הדלת השנייה אחרי קפה לנדוור.", []),
    ("המחיר לשלושה משטחים 950 שקל, ולכל משטח נוסף 280, וזה כולל הרמה בהידראולית.", []),
    ("מספר התיק אצלנו 5539 0127 44, תשמרי אותו.", []),
    ("בחודש אוגוסט יש עומס, אז כדאי להזמין עד סוף יוני, ואז המחיר עוד 1,150 יורו.", []),
    ("הטיסה של ישראייר 6H 871 נחתה באיחור של שלוש שעות, אז האיסוף מהמסוף היה רק בחצות.", []),
    ("כרטיס הנוסע של האמא, זה לא שלי, אני רק מזמינה לה, היא בת 82 ונוסעת לבד.", []),
    ("יש לי גם הזמנה לשובל, שובל זה הכפר ליד להבים, לא שם של מישהו.", []),
    ("ממחר בשבע תוכל לעקוב באפליקציה, הקוד זה האותיות KX ואחריהן 7731.", []),
    ("תגיד לנהגים שלך שהמשאית תהיה בשער 4, ליד המשקל, ולא בשער 2 כמו בפעם שעברה.", []),
    ("הטמפרטורה ירדה למינוס 18 רק אחרי ארבעים דקות, תרשום את זה בדוח.", []),
    ("אז עד ה-30 ביוני אפשר לבטל בלי קנס, ואחרי זה 25 אחוז.", []),
]

HE += [
    ("תשלחו את הכרטיסים הביתה, רחוב הגפן 7 דירה 2, מושב בית עזרא, מיקוד 7981000.",
     [("address", "רחוב הגפן 7 דירה 2, מושב בית עזרא, מיקוד 7981000")], "לאן לשלוח את כרטיס הרכבות?"),
    ("אני גר בשכונת גילה, רחוב הגננת 12 כניסה ג', ירושלים, תביאו לשם את הארגזים.",
     [("address", "שכונת גילה, רחוב הגננת 12 כניסה ג', ירושלים")]),
    ("ויזה " + he_groups(HE_C8, [4, 4, 4, 4]) + ", תוקף עד 2028.", [("card", he_groups(HE_C8, [4, 4, 4, 4]))]),
    ("תחזירו את הפיקדון לחשבון " + " ".join([HE_IL5[:4], HE_IL5[4:7], HE_IL5[7:10], HE_IL5[10:]]) + ", בנק מרכנתיל.",
     [("iban", " ".join([HE_IL5[:4], HE_IL5[4:7], HE_IL5[7:10], HE_IL5[10:]]))]),
    ("ובבית יש קווי, אפס שתיים, שש שבע אחת, תשע אפס אפס שלוש.",
     [("phone", "אפס שתיים, שש שבע אחת, תשע אפס אפס שלוש")]),
    ("השעון של התערוכה הוא שעון לאס וגאס, עשר שעות אחורה, אז השיחה בשבע בערב אצלנו.", []),
    ("כל משטח עד 1.8 מטר גובה ו-900 קילו, מעל זה תוספת של 15 אחוז.", []),
]

# ================================================================ Greek
def el_groups(d, sizes, sep=", "):
    return sep.join(w(g, "el") for g in grp(d, sizes).split())


EL_AFM1 = afm("05712938")
EL_AFM2 = afm("13398420")
EL_AFM3 = afm("04625517")
EL_AFM4 = afm("16082234")
EL_C1 = card("451793021144870")          # Visa
EL_C2 = card("516732809912345")          # Mastercard
EL_C3 = card("479520148873366")          # Visa (Cyprus)
EL_GR1 = iban("GR", "01401250125002002012345")
EL_GR2 = iban("GR", "01723450000055512345678")
EL_CY1 = iban("CY", "002001950000357001234567")
EL_BOOK = nonpersonal("7713 0294 5518 0")

EL = [
    # -- school excursions (five-day trip, Greek teacher)
    ("Εκδρομές Ορίζων, σχολικά ταξίδια, καλημέρα σας.", []),
    ("Καλημέρα, με λένε Κατερίνα Αντωνίου, είμαι η συνοδός καθηγήτρια του 3ου Λυκείου Λάρισας για την πενταήμερη.",
     [("name", "Κατερίνα Αντωνίου")]),
    ("Η πενταήμερη είναι Θεσσαλονίκη και Καστοριά, 52 μαθητές και 4 καθηγητές, αναχώρηση Τρίτη 12 Μαρτίου στις 7 το πρωί από την αυλή του σχολείου.",
     []),
    ("Το κόστος ανά μαθητή είναι 185 ευρώ με ημιδιατροφή, και το ξενοδοχείο στην Καστοριά κρατάει 28 δωμάτια.", []),
    ("Βεβαίως κυρία Αντωνίου, χρειάζομαι και το ΑΦΜ σας για το παραστατικό.", [("name", "Αντωνίου")]),
    ("Ναι, " + el_groups(EL_AFM1, [3, 3, 3]) + ".", [("id", el_groups(EL_AFM1, [3, 3, 3]))],
     "Βεβαίως κυρία Αντωνίου, χρειάζομαι και το ΑΦΜ σας για το παραστατικό."),
    ("Το κινητό μου είναι έξι εννιά επτά, τέσσερα πέντε, εξήντα εφτά, δώδεκα, ογδόντα.",
     [("phone", "έξι εννιά επτά, τέσσερα πέντε, εξήντα εφτά, δώδεκα, ογδόντα")]),
    ("kantoniou παπάκι sch τελεία gr, κάπα και μετά αντωνίου μαζί, με λατινικά.",
     [("email", "kantoniou παπάκι sch τελεία gr")], "Και ένα email για το πρόγραμμα;"),
    ("Η προκαταβολή είναι 30%, δηλαδή 2.886 ευρώ, μέχρι τις 20 Φεβρουαρίου, στον λογαριασμό του πρακτορείου.", []),
    ("Το λεωφορείο είναι 55 θέσεων, του Σπανού, και ο οδηγός θα είναι στο σχολείο από τις έξι και μισή.", []),
    # -- vehicle shipping Piraeus-Limassol (Cypriot caller)
    ("Ναυτιλιακή Μεταφορά Οχημάτων, καλησπέρα.", []),
    ("Καλησπέρα, εν ο Χαράλαμπος Γεωργίου, ο Λάμπρος, που την Λεμεσό, θέλω να φέρω ένα αυτοκίνητο που τον Πειραιά.",
     [("name", "Χαράλαμπος Γεωργίου"), ("name", "Λάμπρος")]),
    ("Το επόμενο ro-ro φεύγει Πέμπτη 18 του μήνα, φτάνει Λεμεσό σε τρεις μέρες, 780 ευρώ για επιβατικό μέχρι 4,8 μέτρα.", []),
    ("Ναι, το κινητό μου εν ενενήντα εννιά, τριακόσια σαράντα ένα, πεντακόσια εβδομήντα δύο.",
     [("phone", "ενενήντα εννιά, τριακόσια σαράντα ένα, πεντακόσια εβδομήντα δύο")], "Ένα τηλέφωνο επικοινωνίας;"),
    ("Το αμάξι να παραδοθεί στη Λεμεσό, οδός Αγίας Φυλάξεως 112, διαμέρισμα 4, 3083 Λεμεσός.",
     [("address", "οδός Αγίας Φυλάξεως 112, διαμέρισμα 4, 3083 Λεμεσός")]),
    ("Εγεννήθηκα στις δεκατέσσερις του Φλεβάρη του εβδομήντα οχτώ.",
     [("date_of_birth", "δεκατέσσερις του Φλεβάρη του εβδομήντα οχτώ")], "Ημερομηνία γέννησης για το τελωνείο;"),
    ("Το IBAN μου στην Κύπρο, " + g4(EL_CY1) + ".", [("iban", g4(EL_CY1))]),
    ("Θα σας πάρει δέκα με δώδεκα εργάσιμες για τον εκτελωνισμό, και ο φόρος εγγραφής εξαρτάται από τα γραμμάρια CO2.", []),
    ("Εντάξει κύριε Λάμπρο, σας στέλνω την προσφορά σήμερα.", [("name", "Λάμπρο")]),
    # -- pet relocation (Athens)
    ("Pet Travel Hellas, παρακαλώ.", []),
    ("Γεια σας, είμαι η Γιώτα Μαυρίδου, μετακομίζουμε στο Άμστερνταμ και θέλω να στείλω τη γάτα μου.",
     [("name", "Γιώτα Μαυρίδου")]),
    ("Η γάτα λέγεται Μέλι, είναι επτά χρονών, και το μικροτσίπ μπήκε στις 3 Απριλίου του 2018.", []),
    ("Το πακέτο είναι 640 ευρώ με το κλουβί IATA, την πτήση KL 1576 στις 6:10 και το πιστοποιητικό από τον κτηνίατρο.", []),
    ("Γιώτα, μου δίνετε τη διεύθυνση παραλαβής;", [("name", "Γιώτα")]),
    ("Ναι, Σόλωνος 74, τρίτος όροφος, Κολωνάκι, 106 80 Αθήνα.",
     [("address", "Σόλωνος 74, τρίτος όροφος, Κολωνάκι, 106 80 Αθήνα")], "Γιώτα, μου δίνετε τη διεύθυνση παραλαβής;"),
    ("Θα πληρώσω με κάρτα, " + grp(EL_C1, [4, 4, 4, 4]) + ".", [("card", grp(EL_C1, [4, 4, 4, 4]))]),
    ("giota underscore mavridou παπάκι yahoo τελεία gr",
     [("email", "giota underscore mavridou παπάκι yahoo τελεία gr")]),
    ("ΑΦΜ " + EL_AFM2 + ", για την απόδειξη.", [("id", EL_AFM2)]),
    # -- city luggage storage, Monastiraki
    ("Luggage Point Μοναστηράκι, γεια σας.", []),
    ("Η φύλαξη είναι 5 ευρώ η βαλίτσα τη μέρα, είμαστε ανοιχτά 8 με 10 το βράδυ, και τις Κυριακές ως τις 6.", []),
    ("Ναι γεια σας, Σωτήρης Καλογεράκης, άφησα δύο βαλίτσες χθες και έχασα το χαρτάκι.", [("name", "Σωτήρης Καλογεράκης")]),
    ("Κανένα πρόβλημα Σωτήρη, πείτε μου το κινητό με το οποίο κάνατε την κράτηση.", [("name", "Σωτήρη")]),
    ("εξι εννεα τρια δυο δυο οχτω τεσσερα εννια ενα ενα", [("phone", "εξι εννεα τρια δυο δυο οχτω τεσσερα εννια ενα ενα")],
     "Κανένα πρόβλημα Σωτήρη, πείτε μου το κινητό με το οποίο κάνατε την κράτηση."),
    ("Τις βρήκα, θυρίδα 23 και 24, κωδικός κράτησης " + EL_BOOK + ", πληρωμένες μέχρι σήμερα στις 8.", []),
    ("Αν θέλετε να σας τις φέρουμε στο σπίτι, χρεώνουμε 15 ευρώ εντός Αθηνών.", []),
    ("Ναι, φέρτε τες στο Παγκράτι, Υμηττού 201, δεύτερος όροφος, κουδούνι Καλογεράκης.",
     [("address", "Υμηττού 201, δεύτερος όροφος, κουδούνι Καλογεράκης")]),
    # -- refrigerated trucks from Crete (older Cretan producer)
    ("Ψυγεία Κρήτης Μεταφορική, λέγετε.", []),
    ("Γεια σου παιδί μου, ο Μανώλης ο Τζανάκης είμαι, από τα Μάλια, για τις ντομάτες για Μόναχο.",
     [("name", "Μανώλης ο Τζανάκης")]),
    ("Είναι 24 παλέτες ντομάτα, 8 με 10 βαθμούς, φόρτωση Δευτέρα στις 5 το απόγευμα, καράβι 9 το βράδυ από Ηράκλειο, και παράδοση στη Munich Großmarkt Πέμπτη πρωί.", []),
    ("Το κόστος 3.950 ευρώ το φορτηγό, και αν περιμένει πάνω από δύο ώρες στη φόρτωση 60 ευρώ την ώρα.", []),
    ("Το τηλέφωνο του σπιτιού είναι 28970 33 418, και κινητό έχει ο γιος μου.", [("phone", "28970 33 418")]),
    ("Κύριε Μανώλη, ο λογαριασμός για να γίνει η επιστροφή;", [("name", "Μανώλη")]),
    (g4(EL_GR1), [("iban", g4(EL_GR1))], "Κύριε Μανώλη, ο λογαριασμός για να γίνει η επιστροφή;"),
    ("Εγώ είμαι του σαράντα εννιά, δεκαπέντε Αυγούστου, της Παναγίας.",
     [("date_of_birth", "του σαράντα εννιά, δεκαπέντε Αυγούστου")]),
    ("ΑΦΜ είναι " + w(EL_AFM3[:3], "el") + ", " + grp(EL_AFM3[3:], [3, 3]) + ".",
     [("id", w(EL_AFM3[:3], "el") + ", " + grp(EL_AFM3[3:], [3, 3]))]),
    # -- sightseeing bus Athens (non-personal heavy)
    ("Athens Open Top, καλημέρα.", []),
    ("Τα λεωφορεία περνάνε κάθε 30 λεπτά από το Σύνταγμα, το πρώτο στις 8:30 και το τελευταίο στις 18:00, και το εισιτήριο 48 ωρών κάνει 25 ευρώ.", []),
    ("Η κόκκινη γραμμή πάει Ακρόπολη, Θησείο και Πειραιά, η μπλε Βουλιαγμένη, αλλάζετε στη στάση 7, απέναντι από το Ζάππειο.", []),
    ("Η χρέωση έγινε στις 14 Ιουλίου, 75 ευρώ για τρία εισιτήρια, και η παραγγελία είναι η AOT-55120.", []),
    ("Στην οδό Ερμού δεν σταματάμε, πρέπει να κατεβείτε στην Αμαλίας, δίπλα στο ξενοδοχείο Μεγάλη Βρεταννία.", []),
    ("Λοιπόν, εγώ είμαι ο Nick, Νίκος Σταθόπουλος, έκλεισα τρία εισιτήρια και δεν ήρθε το email.",
     [("name", "Nick"), ("name", "Νίκος Σταθόπουλος")]),
    ("nick stath ογδόντα οχτώ παπάκι gmail τελεία com", [("email", "nick stath ογδόντα οχτώ παπάκι gmail τελεία com")],
     "Σε ποιο email το περιμένατε;"),
    ("Χρέωσέ το στη Mastercard μου, " + el_groups(EL_C2, [4, 4, 4, 4]) + ".", [("card", el_groups(EL_C2, [4, 4, 4, 4]))]),
    ("Ευχαριστώ Νίκο, το ξαναστέλνω τώρα.", [("name", "Νίκο")]),
]
LANGS["el"] = EL

EL_AFM5 = afm("10934456")
EL_AFM6 = afm("07781203")
EL_AFM7 = afm("12250098")
EL_AFM8 = afm("14467731")
EL_C4 = card("426508331200947")          # Visa
EL_C5 = card("552013478890162")          # Mastercard
EL_C6 = card("37560918273645")           # Amex, 15
EL_C7 = card("402360117758932")          # Visa
EL_C8 = card("511943007721845")          # Mastercard
EL_GR3 = iban("GR", "01100400000004012345678")
EL_GR4 = iban("GR", "02603210000987654321098")
EL_GR5 = iban("GR", "01720950005095012399887")
EL_CY2 = iban("CY", "005001230000000012345670")
EL_DE1 = iban("DE", "500105175407324931")
EL_PERMIT = nonpersonal("448712309")

EL += [
    # -- oversize-load escort (wind-turbine blades to Evia)
    ("Συνοδείες Υπερμεγεθών Φορτίων, παρακαλώ.", []),
    ("Καλημέρα, Θανάσης Κουτσούρης εδώ, από την κατασκευαστική, θέλουμε συνοδεία για τρία πτερύγια ανεμογεννήτριας.",
     [("name", "Θανάσης Κουτσούρης")]),
    ("Κάθε πτερύγιο είναι 62 μέτρα, φόρτωση στο λιμάνι της Ελευσίνας, διαδρομή μέσω Σχηματαρίου και γέφυρας Χαλκίδας, μόνο νύχτα από 23:00 μέχρι 5:00.", []),
    ("Χρειάζονται δύο οχήματα συνοδείας και η Τροχαία, η άδεια έχει αριθμό " + EL_PERMIT + ", και το κόστος 1.450 ευρώ ανά δρομολόγιο.", []),
    ("Θανάση, για το τιμολόγιο τον ΑΦΜ σου.", [("name", "Θανάση")]),
    (grp(EL_AFM5, [3, 3, 3], " ") + ", Δ.Ο.Υ. Χαλκίδας.", [("id", grp(EL_AFM5, [3, 3, 3], " "))],
     "Θανάση, για το τιμολόγιο τον ΑΦΜ σου."),
    ("Η εκφόρτωση γίνεται στο εργοτάξιο στο βουνό, πάνω από τα Πολιτικά, στο χιλιόμετρο 14, όχι διεύθυνση.", []),
    ("Την προκαταβολή τη βάζω στην κάρτα της εταιρείας, " + grp(EL_C4, [4, 4, 4, 4], "-") + ".",
     [("card", grp(EL_C4, [4, 4, 4, 4], "-"))]),
    # -- nurse escort for a patient, Germany to Thessaloniki
    ("Ιατρική Συνοδεία Ταξιδιών, καλησπέρα σας.", []),
    ("Καλησπέρα, με λένε Ελένη Παπαδοπούλου, η γιαγιά μου είναι στη Στουτγάρδη στο νοσοκομείο και θέλουμε να γυρίσει Θεσσαλονίκη.",
     [("name", "Ελένη Παπαδοπούλου")]),
    ("Γεννήθηκε στις δύο του δέκα του τριάντα εννιά, δηλαδή 2 Οκτωβρίου 1939.",
     [("date_of_birth", "δύο του δέκα του τριάντα εννιά"), ("date_of_birth", "2 Οκτωβρίου 1939")],
     "Ημερομηνία γέννησης της ασθενούς;"),
    ("Με νοσηλεύτρια και αναπηρικό αμαξίδιο, πτήση Aegean A3 583 την Παρασκευή στις 14:20, το κόστος είναι 1.980 ευρώ συν τα εισιτήρια.", []),
    ("Θα πάει στο σπίτι της θείας μου, Εγνατίας 128, έκτος όροφος, 546 30 Θεσσαλονίκη.",
     [("address", "Εγνατίας 128, έκτος όροφος, 546 30 Θεσσαλονίκη")]),
    ("Το σταθερό της θείας 2310 284 519, και το δικό μου κινητό 6944 318 270.",
     [("phone", "2310 284 519"), ("phone", "6944 318 270")]),
    ("Θα πληρώσει ο θείος από τη Γερμανία, IBAN " + g4(EL_DE1) + ".", [("iban", g4(EL_DE1))]),
    ("Εντάξει Λενιώ, θα σου στείλω τα έγγραφα να τα υπογράψεις.", [("name", "Λενιώ")]),
    # -- fine-art shipping, Nicosia gallery (Cypriot)
    ("Μεταφορές Έργων Τέχνης, καλημέρα.", []),
    ("Καλημέρα σας, Ανδρούλλα Χριστοδούλου που την γκαλερί στη Λευκωσία, έχουμε δώδεκα πίνακες να πάσιν Αθήνα για έκθεση.",
     [("name", "Ανδρούλλα Χριστοδούλου")]),
    ("Οι πίνακες εν ως 1,5 μέτρα, θέλουν κλιματιζόμενο κιβώτιο, ασφαλιστική αξία 85.000 ευρώ, και η έκθεση ανοίγει στις 3 Νοεμβρίου.", []),
    ("Το τηλέφωνο της γκαλερί εν εικοσιδύο, τέσσερα πέντε εννιά, ένα ένα οχτώ.",
     [("phone", "εικοσιδύο, τέσσερα πέντε εννιά, ένα ένα οχτώ")]),
    ("androulla τελεία c παπάκι cytanet τελεία com τελεία cy",
     [("email", "androulla τελεία c παπάκι cytanet τελεία com τελεία cy")]),
    ("Ο λογαριασμός της γκαλερί εν " + g4(EL_CY2) + ".", [("iban", g4(EL_CY2))]),
    ("Ή με την Amex μου, " + grp(EL_C6, [4, 6, 5]) + ", όπως σας βολεύει.", [("card", grp(EL_C6, [4, 6, 5]))]),
    ("Παραλαβή από Λεωφόρο Στασίνου 19, 1060 Λευκωσία, ισόγειο.",
     [("address", "Λεωφόρο Στασίνου 19, 1060 Λευκωσία, ισόγειο")], "Πού να έρθει το φορτηγό;"),
    # -- rail-pass agency (student from Patras)
    ("Interrail Hellas, γεια σας.", []),
    ("Γεια, λέγομαι Μάριος Δημητρόπουλος, είμαι φοιτητής στην Πάτρα, θέλω πάσο για έναν μήνα τον Ιούλιο.",
     [("name", "Μάριος Δημητρόπουλος")]),
    ("Το Global Pass για νέους μέχρι 27, επτά μέρες ταξιδιού σε έναν μήνα, κάνει 254 ευρώ, και οι κρατήσεις θέσεων στα TGV κοστίζουν 10 με 25.", []),
    ("εεε, είκοσι εννιά Νοεμβρίου του δύο χιλιάδες τρία", [("date_of_birth", "είκοσι εννιά Νοεμβρίου του δύο χιλιάδες τρία")],
     "Για τη νεανική τιμή χρειάζομαι ημερομηνία γέννησης."),
    ("marios τελεία dimitro παπάκι upatras τελεία gr", [("email", "marios τελεία dimitro παπάκι upatras τελεία gr")]),
    ("Κάρτα " + w(EL_C7[:4], "el") + " " + w(EL_C7[4:8], "el") + ", όχι συγγνώμη, " + el_groups(EL_C7, [4, 4, 4, 4]) + ".",
     [("card", el_groups(EL_C7, [4, 4, 4, 4]))]),
    ("Αν ακυρώσεις, η επιστροφή πάει σε λογαριασμό, όχι σε κάρτα.", []),
    ("Οκ, " + g4(EL_GR3) + ", είναι του πατέρα μου.", [("iban", g4(EL_GR3))]),
    # -- motorcycle tours in the Balkans (older biker from Volos)
    ("Balkan Moto Tours, λέγετε.", []),
    ("Καλησπέρα, ο Κώστας Ζαχαρίου από τον Βόλο, ο Κωστάκης που ήρθα και πέρσι στο Μαυροβούνιο.",
     [("name", "Κώστας Ζαχαρίου"), ("name", "Κωστάκης")]),
    ("Φέτος η διαδρομή είναι Σκόπια, Οχρίδα, Κοτόρ, Ντουμπρόβνικ, 11 μέρες, 2.600 χιλιόμετρα, και ξεκινάμε 2 Ιουνίου από τη Θεσσαλονίκη.", []),
    ("Γεννήθηκα το πενήντα εννιά, είκοσι τρεις Απριλίου, του Αγίου Γεωργίου.",
     [("date_of_birth", "το πενήντα εννιά, είκοσι τρεις Απριλίου")]),
    ("Ο ΑΦΜ μου: " + w(EL_AFM6, "el") + ".", [("id", w(EL_AFM6, "el"))]),
    ("Μένω στην Ιάσονος 45, στο Βόλο, 382 21, δίπλα στην προκυμαία.",
     [("address", "Ιάσονος 45, στο Βόλο, 382 21")]),
    ("Τα 900 ευρώ προκαταβολή θα τα στείλω από το " + g4(EL_GR4) + ".", [("iban", g4(EL_GR4))]),
    ("Εντάξει κύριε Κώστα, σας έχω στη λίστα, μαζί με τη μηχανή, την Africa Twin.", [("name", "Κώστα")]),
    # -- pallet freight network (Thessaloniki business owner)
    ("Παλέτα Express, δίκτυο μεταφορών, καλημέρα.", []),
    ("Καλημέρα, Βασιλική Τσολάκη, η Βάσω, έχουμε ένα μαγαζί με ελιές στη Θεσσαλονίκη και στέλνουμε έξι παλέτες στα Χανιά.",
     [("name", "Βασιλική Τσολάκη"), ("name", "Βάσω")]),
    ("Η παλέτα μέχρι 800 κιλά και 1,6 μέτρα ύψος είναι 68 ευρώ, για νησιά συν 22 ευρώ ναύλο, παράδοση σε 3 με 4 εργάσιμες.", []),
    ("ΑΦΜ " + grp(EL_AFM7, [2, 3, 4], "."), [("id", grp(EL_AFM7, [2, 3, 4], "."))], "Θέλετε τιμολόγιο; Τον ΑΦΜ παρακαλώ."),
    ("Παραλαβή από Μοναστηρίου 210, πίσω από τον σταθμό, 546 27 Θεσσαλονίκη.",
     [("address", "Μοναστηρίου 210, πίσω από τον σταθμό, 546 27 Θεσσαλονίκη")]),
    ("Κινητό έξι εννιά ένα, εξήντα δύο, εβδομήντα ένα, σαράντα τρία, μηδέν.",
     [("phone", "έξι εννιά ένα, εξήντα δύο, εβδομήντα ένα, σαράντα τρία, μηδέν")]),
    ("vaso κάτω παύλα olives παπάκι hotmail τελεία com", [("email", "vaso κάτω παύλα olives παπάκι hotmail τελεία com")]),
    ("Πληρωμή με " + grp(EL_C5, [4, 4, 4, 4]) + ", και η επιστροφή εγγύησης παλετών στο " + g4(EL_GR5) + ".",
     [("card", grp(EL_C5, [4, 4, 4, 4])), ("iban", g4(EL_GR5))]),
    ("Ο σύζυγός μου, ο ΑΦΜ του είναι " + EL_AFM8 + ", αυτός είναι ο νόμιμος εκπρόσωπος.", [("id", EL_AFM8)]),
    ("Εγώ είμαι του ογδόντα ένα, δέκα Ιανουαρίου, αν χρειάζεται για τον λογαριασμό.",
     [("date_of_birth", "του ογδόντα ένα, δέκα Ιανουαρίου")]),
    ("Και η κάρτα για τον δεύτερο λογαριασμό, " + grp(EL_C8[:8], [4, 4]) + " " + el_groups(EL_C8[8:], [4, 4], " ") + ".",
     [("card", grp(EL_C8[:8], [4, 4]) + " " + el_groups(EL_C8[8:], [4, 4], " "))]),
    # -- more non-personal lines
    ("Η παράδοση στα Χανιά θα γίνει Πέμπτη 14, μεταξύ 9 και 1, και αν δεν είστε εκεί η δεύτερη απόπειρα χρεώνεται 18 ευρώ.", []),
    ("Ο αριθμός αποστολής είναι ΠΕΧ 44128770, τον βλέπετε και στο site μας.", []),
    ("Το γραφείο μας είναι στην Οδό Κωνσταντίνου Καραμανλή, απέναντι από το ΙΚΑ, δεύτερος όροφος.", []),
    ("Η σύμβαση ξεκίνησε την 1η Σεπτεμβρίου 2022 για δύο χρόνια, με έκπτωση 12% στα δρομολόγια για Κρήτη.", []),
    ("Στις 25 Μαρτίου και τη Μεγάλη Παρασκευή δεν δουλεύουμε, οπότε μετακινήστε τη φόρτωση στις 24.", []),
    ("Τα φορτηγά μας είναι Volvo και Scania, 2019 και μετά, και έχουν GPS και θερμογράφο.", []),
    ("Ο Αλέξανδρος ο Μέγας στη Νέα Παραλία είναι το σημείο συνάντησης, στις 8:00 ακριβώς.", []),
    ("Θα σας κοστίσει 340 ευρώ, δηλαδή 274 συν ΦΠΑ 24%, και πληρώνεται με την παραλαβή.", []),
]

EL += [
    ("Γεια σας, είμαι ο Κυριάκος Ευαγγέλου από τη Λάρνακα, θέλω να στείλω το μηχανάκι μου στην Αθήνα με το ro-ro.",
     [("name", "Κυριάκος Ευαγγέλου")]),
    ("Η Visa μου είναι " + grp(EL_C3, [4, 4, 4, 4]) + ", λήγει το 27.", [("card", grp(EL_C3, [4, 4, 4, 4]))]),
    ("kyriakos τελεία evangelou παπάκι gmail τελεία com", [("email", "kyriakos τελεία evangelou παπάκι gmail τελεία com")],
     "Στείλτε μου ένα email να σας στείλω τη φορτωτική."),
    ("Στην Αθήνα έχω ΑΦΜ, " + grp(EL_AFM4, [3, 3, 3]) + ", γιατί δούλευα εκεί πέντε χρόνια.",
     [("id", grp(EL_AFM4, [3, 3, 3]))]),
    ("Το μηχανάκι είναι Honda 125, κυβικά 124,9, και το πλοίο για Πειραιά φεύγει κάθε Τετάρτη στις 19:00, 210 ευρώ.", []),
    ("Ναι στείλε και σε μένα στο theo kappa παπάκι outlook τελεία com, είμαι ο ξάδερφος.",
     [("email", "theo kappa παπάκι outlook τελεία com")]),
    ("Η κράτηση ισχύει μέχρι τις 31 Μαΐου, μετά χάνεται η προκαταβολή των 150 ευρώ.", []),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    for lang, items in LANGS.items():
        recs = build(items)
        with open(os.path.join(OUT, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        counts = {}
        for r in recs:
            for s in r["spans"]:
                counts[s["kind"]] = counts.get(s["kind"], 0) + 1
        empty = sum(1 for r in recs if not r["spans"])
        print(lang, len(recs), "items", empty, "non-personal",
              sum(counts.values()), "spans", dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
