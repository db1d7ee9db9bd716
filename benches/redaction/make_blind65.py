#!/usr/bin/env python3
"""Held-out redaction evaluation set "blind65" (insurance calls: motor, home and
contents, travel and health insurance; claims, renewals, policy changes).

Who wrote it and how: a helper session, started by a project session, wrote
this script working only from a written brief (the product's specification of
what counts as personal data and how to write the lines). It never opened,
listed or read the redactor, its rules, its tests or any other evaluation set
or generator. All values are invented; every check-digit value (cards, IBANs,
national IDs) is generated here by computing its check digit, and long numbers
in non-personal lines are asserted to FAIL those checks.

Output: data/redaction/blind65/{en,ar,he,el}.jsonl, one JSON object a line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...],
     "context": str}            # "context" only where one is given
- kind is one of: card, iban, id, phone, email, date_of_birth, name, address.
- start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive),
  found by searching for each span's substring and asserted below.
- context is an earlier line of the same call (not scored).
- items with empty spans are non-personal and must come out unchanged.

Run: python3 benches/redaction/make_blind65.py  (standard library only,
deterministic).
"""
import json
import os
import re
import sys
from collections import Counter

KINDS = ("card", "iban", "id", "phone", "email", "date_of_birth", "name", "address")
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "data", "redaction", "blind65"))

# ---------------------------------------------------------------- check digits
AR_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def digits(s):
    return re.sub(r"\D", "", s.translate(AR_INDIC))


def luhn_ok(num):
    d = [int(c) for c in num]
    total = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def luhn_complete(body):
    """body without its check digit -> full number with a valid Luhn digit."""
    body = digits(body)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def card(body):
    n = luhn_complete(body)
    assert 13 <= len(n) <= 19 and luhn_ok(n), n
    return n


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "QA": 29, "KW": 30, "BH": 22, "LB": 28,
            "FR": 27, "NL": 18, "ES": 24, "TR": 26, "IT": 27, "MT": 31}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = re.sub(r"[\s\-\.]", "", s).upper()
    cc = s[:2]
    return (cc in IBAN_LEN and len(s) == IBAN_LEN[cc]
            and _iban_num(s[4:] + s[:4]) % 97 == 1)


def iban(cc, bban):
    bban = bban.replace(" ", "")
    check = 98 - _iban_num(bban + cc + "00") % 97
    s = "%s%02d%s" % (cc, check, bban)
    assert len(s) == IBAN_LEN[cc] and iban_ok(s), s
    return s


def tz_ok(num):
    if len(num) != 9 or not num.isdigit():
        return False
    total = 0
    for i, c in enumerate(num):
        x = int(c) * (1 if i % 2 == 0 else 2)
        total += x if x < 10 else x - 9
    return total % 10 == 0


def tz(body8):
    for c in "0123456789":
        if tz_ok(body8 + c):
            return body8 + c
    raise AssertionError(body8)


def afm_ok(num):
    if len(num) != 9 or not num.isdigit() or num == "000000000":
        return False
    s = sum(int(num[i]) * 2 ** (8 - i) for i in range(8))
    return s % 11 % 10 == int(num[8])


def afm(body8):
    s = sum(int(body8[i]) * 2 ** (8 - i) for i in range(8))
    n = body8 + str(s % 11 % 10)
    assert afm_ok(n)
    return n


def saudi_ok(num):
    return len(num) == 10 and num[0] in "12" and luhn_ok(num)


def saudi(body9):
    assert body9[0] in "12" and len(body9) == 9
    n = luhn_complete(body9)
    assert saudi_ok(n)
    return n


def ssn_ok(num):
    num = digits(num)
    if len(num) != 9:
        return False
    a, g, s = int(num[:3]), int(num[3:5]), int(num[5:])
    return 1 <= a <= 899 and a != 666 and 1 <= g <= 99 and 1 <= s <= 9999


def ssn(a, g, s):
    n = "%03d%02d%04d" % (a, g, s)
    assert ssn_ok(n)
    return n


def id_ok(num):
    return tz_ok(num) or afm_ok(num) or saudi_ok(num) or ssn_ok(num)


def grp(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    assert i == len(s), (s, sizes)
    return sep.join(out)


def ar_indic(s):
    return s.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))


# ---------------------------------------------------------------- spoken digits
EN_D = "zero one two three four five six seven eight nine".split()
EN_TEENS = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
            "eighteen nineteen").split()
EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def en(s, zero="zero", double=False, gsep=", "):
    """digit groups (split on spaces) read digit by digit."""
    groups = []
    for g in s.split():
        words, i = [], 0
        while i < len(g):
            w = zero if g[i] == "0" else EN_D[int(g[i])]
            if double and i + 2 < len(g) + 0 and g[i] == g[i + 1] == g[i + 2]:
                words.append("triple " + w)
                i += 3
            elif double and i + 1 < len(g) and g[i] == g[i + 1]:
                words.append("double " + w)
                i += 2
            else:
                words.append(w)
                i += 1
        groups.append(" ".join(words))
    return gsep.join(groups)


def en_num(n):
    if n < 10:
        return EN_D[n]
    if n < 20:
        return EN_TEENS[n - 10]
    t, u = divmod(n, 10)
    return EN_TENS[t] + ("-" + EN_D[u] if u else "")


def en_pairs(s, zero="oh", gsep=" "):
    """read each group of two digits as a number ("45" forty-five, "07" oh seven)."""
    out = []
    for g in s.split():
        ws = []
        for i in range(0, len(g), 2):
            p = g[i:i + 2]
            if len(p) == 1:
                ws.append(EN_D[int(p)])
            elif p == "00":
                ws.append("double " + zero)
            elif p[0] == "0":
                ws.append(zero + " " + EN_D[int(p[1])])
            else:
                ws.append(en_num(int(p)))
        out.append(" ".join(ws))
    return gsep.join(out)


def en_iban(s, zero="zero", gsep=", "):
    """IBAN read out: letters spelled, digits one by one, groups of four."""
    out = []
    for i in range(0, len(s), 4):
        g = s[i:i + 4]
        out.append(" ".join(c if c.isalpha() else (zero if c == "0" else EN_D[int(c)])
                            for c in g))
    return gsep.join(out)


AR_D = {
    "msa": "صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "gulf": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "egy": "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
    "lev": "صفر واحد تنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
    "mag": "زيرو واحد جوج تلاتة ربعة خمسة ستة سبعة تمنية تسعود".split(),
}
AR_TEENS = {
    "gulf": "عشرة احدعش اثنعش ثلطعش اربعطعش خمسطعش ستطعش سبعطعش ثمنطعش تسعطعش".split(),
    "egy": "عشرة حداشر اتناشر تلاتاشر أربعتاشر خمستاشر ستاشر سبعتاشر تمنتاشر تسعتاشر".split(),
    "lev": "عشرة إحدعش تنعش تلتعش أربعتعش خمستعش ستعش سبعتعش تمنتعش تسعتعش".split(),
    "mag": "عشرة حضاش طناش تلطاش ربعطاش خمسطاش سطاش سبعطاش تمنطاش تسعطاش".split(),
}
AR_TENS = {
    "gulf": "_ _ عشرين ثلاثين أربعين خمسين ستين سبعين ثمانين تسعين".split(),
    "egy": "_ _ عشرين تلاتين أربعين خمسين ستين سبعين تمانين تسعين".split(),
    "lev": "_ _ عشرين تلاتين أربعين خمسين ستين سبعين تمانين تسعين".split(),
    "mag": "_ _ عشرين تلاتين ربعين خمسين ستين سبعين تمانين تسعين".split(),
}
AR_UNIT_IN_COMPOUND = {"mag": "_ واحد تنين تلاتة ربعة خمسة ستة سبعة تمنية تسعة".split()}


def ar(s, dia="gulf", gsep="، "):
    """Arabic number words, digit by digit, groups split on spaces."""
    return gsep.join(" ".join(AR_D[dia][int(c)] for c in g) for g in s.split())


def ar_num(n, dia="gulf"):
    if n < 10:
        return AR_D[dia][n]
    if n < 20:
        return AR_TEENS[dia][n - 10]
    t, u = divmod(n, 10)
    if not u:
        return AR_TENS[dia][t]
    unit = AR_UNIT_IN_COMPOUND.get(dia, AR_D[dia])[u]
    return unit + " و" + AR_TENS[dia][t]


def ar_pairs(s, dia="lev", gsep="، "):
    """each group read as one number (two-digit groups: "31" واحد وتلاتين)."""
    out = []
    for g in s.split():
        if g[0] == "0" and len(g) > 1:
            out.append(AR_D[dia][0] + " " + ar_num(int(g[1:]), dia))
        else:
            out.append(ar_num(int(g), dia))
    return gsep.join(out)


HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
HE_TEENS_F = ["עשר", "אחת עשרה", "שתים עשרה", "שלוש עשרה", "ארבע עשרה", "חמש עשרה",
              "שש עשרה", "שבע עשרה", "שמונה עשרה", "תשע עשרה"]
HE_TENS = "_ _ עשרים שלושים ארבעים חמישים שישים שבעים שמונים תשעים".split()


def he(s, g="f", gsep=", "):
    """Hebrew digit words (feminine by default), groups split on spaces."""
    table = HE_F if g == "f" else HE_M
    return gsep.join(" ".join(table[int(c)] for c in grp_) for grp_ in s.split())


def he_num(n):
    if n < 10:
        return HE_F[n]
    if n < 20:
        return HE_TEENS_F[n - 10]
    t, u = divmod(n, 10)
    return HE_TENS[t] + (" ו" + HE_F[u] if u else "")


def he_pairs(s, gsep=", "):
    """each group read as a number; a leading zero is read as אפס."""
    out = []
    for g in s.split():
        if g[0] == "0" and len(g) > 1:
            out.append("אפס " + he_num(int(g[1:])))
        else:
            out.append(he_num(int(g)))
    return gsep.join(out)


EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
EL_TEENS = ("δέκα έντεκα δώδεκα δεκατρία δεκατέσσερα δεκαπέντε δεκαέξι δεκαεφτά "
            "δεκαοχτώ δεκαεννιά").split()
EL_TENS = "_ _ είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα ενενήντα".split()
EL_HUND = ("_ εκατό διακόσια τριακόσια τετρακόσια πεντακόσια εξακόσια εφτακόσια "
           "οχτακόσια εννιακόσια").split()


def el(s, gsep=", "):
    """Greek digit words, digit by digit, groups split on spaces."""
    return gsep.join(" ".join(EL_D[int(c)] for c in g) for g in s.split())


def el_num(n):
    if n < 10:
        return EL_D[n]
    if n < 20:
        return EL_TEENS[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        return EL_TENS[t] + (" " + EL_D[u] if u else "")
    h, r = divmod(n, 100)
    if not r:
        return EL_HUND[h]
    return ("εκατόν" if h == 1 else EL_HUND[h]) + " " + el_num(r)


def el_groups(s, gsep=", "):
    """each group read as a number ("697" εξακόσια ενενήντα εφτά); leading zero μηδέν."""
    out = []
    for g in s.split():
        if g[0] == "0" and len(g) > 1:
            out.append("μηδέν " + el_groups(g[1:]))
        else:
            out.append(el_num(int(g)))
    return gsep.join(out)


# ---------------------------------------------------------------- items
def I(text, *spans, ctx=None):
    """spans: (kind, substring) or (kind, substring, occurrence_index)."""
    return {"text": text, "spans": list(spans), "context": ctx}


LANGS = {}

# ================================================================ English
# calls: Cardiff motor claim; Cork windscreen; NSW roadside towing; London
# contents burglary; York flood; Ohio kitchen fire; Riyadh motor renewal;
# Texas health prior-auth; Galway no-claims letter; Tenerife travel medical;
# Bradford named driver; Melbourne bike theft; Jerusalem travel cover;
# Dubai expat reimbursement; Crete holiday home; Paphos and Dublin expats.
EN_VISA_IE = card("492181305566204")
EN_AMEX = card("37651048729031")
EN_MADA = card("484783021967552")
EN_MC = card("541309277148365")
EN_VISA_IL = card("458011276634019")
EN_DISCOVER = card("601144208815937")
EN_VISA_UK = card("446203917725810")
EN_IBAN_IE = iban("IE", "BOFI90583812447103")
EN_IBAN_AE = iban("AE", "0350004819265503172")
EN_IBAN_GR = iban("GR", "01703460005346081277201")
EN_IBAN_GB = iban("GB", "NWBK60730125839466")
EN_IBAN_CY = iban("CY", "002001950000357018422639")
EN_IBAN_DE = iban("DE", "370400440532073318")
EN_IBAN_NL = iban("NL", "RABO0347112958")
EN_IBAN_SA = iban("SA", "80000204608016227719")
EN_SSN1 = ssn(412, 68, 3307)
EN_SSN2 = ssn(527, 41, 8836)
EN_SSN3 = ssn(238, 19, 6042)
EN_SSN4 = ssn(331, 72, 1195)
EN_IQAMA = saudi("243106788")
EN_TZ = tz("03476291")
EN_AFM = afm("15832074")

_amex = en(grp(EN_AMEX, [4, 6, 5]), zero="oh")
_ssn1 = en(grp(EN_SSN1, [3, 2, 4]), zero="oh")
_mc_a = en(grp(EN_MC[:8], [4, 4]), zero="oh")
_mc_b = en(grp(EN_MC[8:], [4, 4]), zero="oh")

EN = [
    # --- Cardiff, motor claim after a rear-end shunt
    I("Good morning, you're through to the motor claims team, my name's Priya, how can I help?",
      ("name", "Priya")),
    I("Hiya, yeah, um, someone's gone into the back of me at the lights on Cowbridge Road East this morning."),
    I("Okay, I'm sorry to hear that. Is everyone okay? Nobody hurt?"),
    I("It's Gareth Pritchard.", ("name", "Gareth Pritchard"),
      ctx="Can I take your full name, please?"),
    I("Thanks. And can you confirm your date of birth for me?"),
    I("Twenty-third of the ninth, nineteen eighty-one.",
      ("date_of_birth", "Twenty-third of the ninth, nineteen eighty-one"),
      ctx="Thanks. And can you confirm your date of birth for me?"),
    I("The policy number's on the schedule, M T R double oh four eight, seven seven one nine, two three."),
    I("Lovely. So your excess on this policy is three hundred and fifty pounds, and you've got a courtesy car for up to fourteen days while it's in the garage."),
    I("It's a Ford Focus, twenty nineteen, the reg is W U one nine, K X T."),
    I("And the address on the policy, is that still 14 Heol y Nant, Whitchurch, CF14 1JR?",
      ("address", "14 Heol y Nant, Whitchurch, CF14 1JR")),
    I("Oh seven nine one two, double four eight, six oh three.",
      ("phone", "Oh seven nine one two, double four eight, six oh three"),
      ctx="What's the best number for the repairer to ring you on?"),
    I("Great, the approved repairer will be in touch within forty-eight hours, and your claim reference is C L M 2 2 7 4 0 9 1."),
    # --- Cork, windscreen
    I("Hi there, I'm ringing about the windscreen cover, a stone came up off a lorry on the M8 near Fermoy and there's a crack right across the glass."),
    I("No bother at all, you're talking to Declan. Who have I on the line?", ("name", "Declan")),
    I("Siobhán Ní Bhriain.", ("name", "Siobhán Ní Bhriain"),
      ctx="No bother at all, you're talking to Declan. Who have I on the line?"),
    I("Yeah, it's N-I, new word, B-H-R-I-A-I-N.", ("name", "N-I"), ("name", "B-H-R-I-A-I-N"),
      ctx="Can you spell the surname for me?"),
    I("So a repair is free, there's no excess, but if it needs a full replacement it's seventy-five euro and it doesn't touch your no claims bonus."),
    I("At home would be best, that's 7 Ashgrove Lawn, Ballincollig, County Cork, P31 X2F8.",
      ("address", "7 Ashgrove Lawn, Ballincollig, County Cork, P31 X2F8"),
      ctx="Will the car be at home or at work on Thursday?"),
    I("zero eight seven three four one five five two nine",
      ("phone", "zero eight seven three four one five five two nine"),
      ctx="And a mobile for the text confirmation?"),
    I("Grand, so Thursday the twelfth between eight and one, the fitter from Autoglass will text you about half an hour before he arrives."),
    I("Email is siobhan dot nibhriain at gmail dot com, all lower case, no fada.",
      ("email", "siobhan dot nibhriain at gmail dot com")),
    I(f"Go on so, I'll pay the seventy-five now, it's a Visa, {grp(EN_VISA_IE, [4, 4, 4, 4])}.",
      ("card", grp(EN_VISA_IE, [4, 4, 4, 4]))),
    # --- New South Wales, roadside assistance and towing
    I("G'day, Baz O'Connell here, I've broken down on the Pacific Highway just north of Coffs Harbour.",
      ("name", "Baz O'Connell")),
    I("No worries, Baz, are you somewhere safe, off the road?", ("name", "Baz")),
    I("Yeah mate, I've limped into the Ampol servo near Sapphire Beach, the Hilux just died on me."),
    I("Your premium roadside cover includes towing up to a hundred kilometres, after that it's three dollars a k."),
    I("The truck should be with you in about fifty minutes, the job number is R A six six two four one nine eight oh."),
    I("Yeah, it's oh four one two, five five seven, eight three oh.",
      ("phone", "oh four one two, five five seven, eight three oh"),
      ctx="Can I grab a mobile so the driver can call you when he's close?"),
    I("Fourth of July, seventy-six. Easy one to remember, ay.",
      ("date_of_birth", "Fourth of July, seventy-six"),
      ctx="And just your date of birth for security?"),
    I("mate can you just tow it back to my place instead its 22 banksia crescent toormina",
      ("address", "22 banksia crescent toormina")),
    I(f"While I've got you, can I renew the membership? It's an Amex, {_amex}.",
      ("card", _amex)),
    I("Renewal's a hundred and sixty-nine dollars for twelve months and it runs from the twentieth of March."),
    # --- London, contents claim after a burglary
    I("Hello, good afternoon. My name is Chukwuemeka Okafor, but everybody calls me Emeka.",
      ("name", "Chukwuemeka Okafor"), ("name", "Emeka")),
    I("Our flat was burgled on Saturday night, they came through the back window while we were at church."),
    I("I'm so sorry to hear that, Mr Okafor. Have you got a crime reference number from the police?",
      ("name", "Okafor")),
    I("Yes, it is 4400 1873 25, the officer came on Sunday morning around ten."),
    I("They took two laptops, the PlayStation 5 and my wife's gold, maybe two thousand five hundred pounds worth altogether."),
    I("Flat 3B, Sycamore Court, 41 Lordship Lane, East Dulwich, SE22 8HJ.",
      ("address", "Flat 3B, Sycamore Court, 41 Lordship Lane, East Dulwich, SE22 8HJ"),
      ctx="Can you confirm the address of the insured property?"),
    I("Second of February, nineteen seventy-nine.",
      ("date_of_birth", "Second of February, nineteen seventy-nine"),
      ctx="And your date of birth, please?"),
    I("It's emeka dot okafor seven seven at yahoo dot co dot uk.",
      ("email", "emeka dot okafor seven seven at yahoo dot co dot uk")),
    I("+44 7956 203 418, that one is my WhatsApp also.", ("phone", "+44 7956 203 418")),
    I(f"For the settlement, my IBAN, I have it on the app, {grp(EN_IBAN_GB, [4, 4, 4, 4, 4, 2])}.",
      ("iban", grp(EN_IBAN_GB, [4, 4, 4, 4, 4, 2]))),
    I("Your contents sum insured is forty thousand pounds, and any single item over two thousand needs a receipt or a valuation."),
    I("Okay, we'll send a loss adjuster from Crawford within five working days."),
    # --- York, flood
    I("Hello love, it's Margaret Hirst, I'm ringing about the flood, the Ouse came right up into the kitchen.",
      ("name", "Margaret Hirst")),
    I("Oh dear, I'm sorry, Mrs Hirst. Is everyone safe? Are you still in the house?", ("name", "Hirst")),
    I("The water was about eighteen inches deep, it came in Tuesday night, half past eleven, and it didn't go down till Thursday."),
    I("Your buildings policy has a flood excess of one thousand pounds, and there's a separate contents excess of a hundred and fifty."),
    I("We can put you up at the Premier Inn on Clifton Moor for now, up to ninety pounds a night for up to six weeks."),
    I("Number 9, Marygate Lane, York, Y-O thirty, seven B-H.",
      ("address", "Number 9, Marygate Lane, York, Y-O thirty, seven B-H"),
      ctx="Can you just confirm the address of the property for me?"),
    I("I was born on the sixteenth of November, nineteen forty-two, love.",
      ("date_of_birth", "sixteenth of November, nineteen forty-two")),
    I("My son does all the paperwork, can you ring him? It's oh one nine oh four, six two one, three four seven.",
      ("phone", "oh one nine oh four, six two one, three four seven")),
    I("Will it be Lincoln House Restoration sending the dehumidifiers, or somebody else this time?"),
    I("They'll run the drying equipment for three to four weeks, and we'll cover the extra electricity at about twelve pounds a day."),
    # --- Ohio, kitchen fire
    I("Thank you for calling, this is Kayla on the property claims line, can I get your name?",
      ("name", "Kayla")),
    I("Yeah hi, this is DeShawn Williams, we had a kitchen fire last night.",
      ("name", "DeShawn Williams")),
    I("For verification I'll need the full social of the named insured."),
    I(f"Sure, it's {_ssn1}.", ("id", _ssn1),
      ctx="For verification I'll need the full social of the named insured."),
    I("The property is 1847 Maple Ridge Drive, Westerville, Ohio, four three oh eight one.",
      ("address", "1847 Maple Ridge Drive, Westerville, Ohio, four three oh eight one")),
    I("The fire department was out there like two hours, the range and the cabinets are gone and the whole house smells of smoke."),
    I("Your policy has a twenty-five hundred dollar deductible, and Coverage D pays additional living expenses for up to twelve months."),
    I("Best number is 614-882-3071, that's my cell.", ("phone", "614-882-3071")),
    I("Send it to dwilliams21@outlook.com please.", ("email", "dwilliams21@outlook.com")),
]
_iqama = en(grp(EN_IQAMA, [4, 4, 2]))
_disc = en(grp(EN_DISCOVER, [4, 4, 4, 4]), zero="oh")
_ie = en_iban(EN_IBAN_IE, zero="oh")
_de = en_iban(EN_IBAN_DE)
_afm = en(grp(EN_AFM, [3, 3, 3]), zero="oh")
_ssn4 = en(grp(EN_SSN4, [3, 2, 4]))
EN += [
    # --- Riyadh, motor renewal (Indian English)
    I("Hello, I want to renew my car insurance, the comprehensive one, it is expiring on the 30th of this month."),
    I(f"Yes, {_iqama}.", ("id", _iqama), ctx="Sure sir. May I have your Iqama number please?"),
    I("Rajesh Kumar Nair.", ("name", "Rajesh Kumar Nair"), ctx="And your name as per Iqama?"),
    I("Thank you Mr Rajesh. Your premium for comprehensive is 2,340 riyals including VAT, after the 20% no claims discount.",
      ("name", "Rajesh")),
    I(f"I will pay with Mada card, {grp(EN_MADA, [4, 4, 4, 4])}.",
      ("card", grp(EN_MADA, [4, 4, 4, 4]))),
    I("My mobile is +966 55 931 4702, you can send the link on WhatsApp.",
      ("phone", "+966 55 931 4702")),
    I("Your policy will be uploaded to Najm and to the Muroor system within 24 hours, no need to visit any branch."),
    I("Date of birth as per Iqama is 11-06-1985, Gregorian.", ("date_of_birth", "11-06-1985")),
    I(f"And any refund, put it in my Al Rajhi account, IBAN {grp(EN_IBAN_SA, [4] * 6)}.",
      ("iban", grp(EN_IBAN_SA, [4] * 6))),
    # --- Texas, health insurance prior authorisation
    I("Hi, it's Lupe Hernandez, I'm calling about a prior authorization for an MRI on my knee.",
      ("name", "Lupe Hernandez")),
    I("Okay, Ms Hernandez, I can help with that. Can you verify the member's date of birth?",
      ("name", "Hernandez")),
    I("Oh-three, twelve, eighty-eight.", ("date_of_birth", "Oh-three, twelve, eighty-eight"),
      ctx="Can you verify the member's date of birth?"),
    I("The MRI is scheduled for the fourteenth at Baylor Scott and White in Temple, ten thirty in the morning."),
    I(f"If you need the social it's {grp(EN_SSN2, [3, 2, 4], '-')}.",
      ("id", grp(EN_SSN2, [3, 2, 4], "-"))),
    I("Prior auth usually takes five to seven business days, your case number is 2024 1183 6620."),
    I("Can you email the approval letter? It's lupe dot h d z eight eight at gmail dot com.",
      ("email", "lupe dot h d z eight eight at gmail dot com")),
    I(f"And while I have you, I wanna set up autopay for the premium on my Discover, {_disc}.",
      ("card", _disc)),
    # --- Galway, no-claims discount letter and refund
    I("Hi, Aoife speaking, how can I help you today?", ("name", "Aoife")),
    I("howya I need a letter for my no claims bonus I'm moving to another crowd they're after giving me a better quote"),
    I("Pádraig Keane, but sure everyone calls me Paddy.", ("name", "Pádraig Keane"), ("name", "Paddy"),
      ctx="And the name on the policy?"),
    I("The refund for the remaining four months is a hundred and twelve euro forty, where will I send that?"),
    I(f"Em, hang on, it's {_ie}.", ("iban", _ie),
      ctx="The refund for the remaining four months is a hundred and twelve euro forty, where will I send that?"),
    I("paddy keane underscore galway at eircom dot net",
      ("email", "paddy keane underscore galway at eircom dot net"),
      ctx="And an email for the letter?"),
    # --- Tenerife, travel medical emergency (Scottish caller)
    I("Hiya, it's Fiona McLeod, I'm the policyholder, my daughter's in the hospital in Tenerife, she's broke her ankle.",
      ("name", "Fiona McLeod")),
    I("She's in the Hospiten in Puerto de la Cruz, room 418, they're saying she needs an operation the morn."),
    I("Her flight home was the Jet2 LS 1482 on the nineteenth and she's going to miss it."),
    I("Her date of birth is the eighth of August, two thousand and six.",
      ("date_of_birth", "the eighth of August, two thousand and six")),
    I("If you can't get me, ring her dad on 07823 914 385.", ("phone", "07823 914 385")),
    # --- Bradford, adding a named driver
    I("Assalamu alaikum, hi, it's Imran Siddiqui, I want to add my son as a named driver, he passed his test on Friday.",
      ("name", "Imran Siddiqui")),
    I("Second of June, two thousand and seven.",
      ("date_of_birth", "Second of June, two thousand and seven"),
      ctx="Of course. And what's his date of birth?"),
    I("Adding a driver aged eighteen puts the premium up by six hundred and forty pounds for the remaining eight months, or fifty-three thirty-three a month."),
    I(f"It's a Mastercard, {_mc_a}...", ("card", _mc_a)),
    I(f"Yeah, that's it, then {_mc_b}.", ("card", _mc_b), ctx=f"{_mc_a}, yeah?"),
    # --- Melbourne, bicycle stolen (portable contents)
    I("It was a Trek FX 3, I paid one thousand four hundred and ninety-nine for it back in twenty twenty-two."),
    I("Yeah it's l-a-n dot n-g-u-y-e-n nine two at hotmail dot com",
      ("email", "l-a-n dot n-g-u-y-e-n nine two at hotmail dot com"),
      ctx="What email should we send the claim form to?"),
    I("Unit 5, 118 Gertrude Street, Fitzroy, Victoria 3065.",
      ("address", "Unit 5, 118 Gertrude Street, Fitzroy, Victoria 3065"),
      ctx="And what's the address of the insured home?"),
    I("Twenty-ninth of January, ninety-two.", ("date_of_birth", "Twenty-ninth of January, ninety-two"),
      ctx="Date of birth, please?"),
    # --- Jerusalem, travel cover bought in English
    I(f"My teudat zehut is {grp(EN_TZ, [3, 3, 3])}.", ("id", grp(EN_TZ, [3, 3, 3]))),
    I("Twenty-one days in the US with the ski extension comes to one hundred and eighty-four dollars."),
    I("zero five four, seven seven two, three nine one eight",
      ("phone", "zero five four, seven seven two, three nine one eight"),
      ctx="And a phone number in Israel?"),
    I(f"Visa, {EN_VISA_IL}.", ("card", EN_VISA_IL)),
    # --- Dubai expat, reimbursement of a hospital bill
    I(f"Sure, the IBAN is {grp(EN_IBAN_AE, [4, 4, 4, 4, 4, 3])}.",
      ("iban", grp(EN_IBAN_AE, [4, 4, 4, 4, 4, 3])),
      ctx="Could you give me the IBAN for the reimbursement?"),
    I("The claim for four thousand two hundred dirhams has been approved, minus the two hundred and fifty excess."),
    # --- Crete, holiday home after a fire next door
    I("Hello, it's Jeanette Hollis, we've got the holiday home near Chania, there was a fire in the olive grove next door and the pergola's burnt.",
      ("name", "Jeanette Hollis")),
    I(f"The AFM is {_afm}.", ("id", _afm),
      ctx="For the Greek policy I need your tax number, the AFM."),
    I(f"The Greek account is {grp(EN_IBAN_GR, [4, 4, 4, 4, 4, 4, 3])}.",
      ("iban", grp(EN_IBAN_GR, [4, 4, 4, 4, 4, 4, 3]))),
    I("The house is at Agiou Nikolaou 12, Kalyves, 73003 Chania.",
      ("address", "Agiou Nikolaou 12, Kalyves, 73003 Chania")),
    I("It's jeanette dot hollis at btinternet dot com.",
      ("email", "jeanette dot hollis at btinternet dot com")),
    I(f"And can the renewal go on my Visa debit, {grp(EN_VISA_UK, [4] * 4, '-')}?",
      ("card", grp(EN_VISA_UK, [4] * 4, "-"))),
    # --- Paphos, Dublin and Amsterdam callers
    I("Morning, the car's insured with you out here in Paphos, a branch came down in the storm and smashed the back window."),
    I(f"The refund can go to the Bank of Cyprus account, {EN_IBAN_CY}.", ("iban", EN_IBAN_CY)),
    I(f"Hallo, yes, for the windscreen refund, please to my German account, {_de}.", ("iban", _de)),
    I("My suitcase never arrived in Dublin, KLM says they've traced it to Amsterdam Schiphol."),
    I(f"It's a Dutch account, {grp(EN_IBAN_NL, [4, 4, 4, 4, 2])}, with Rabobank.",
      ("iban", grp(EN_IBAN_NL, [4, 4, 4, 4, 2]))),
    # --- Chicago renters, Atlanta auto
    I(f"It's {grp(EN_SSN3, [3, 2, 4], ' ')}, that's the full social.",
      ("id", grp(EN_SSN3, [3, 2, 4], " "))),
    I("The policy started on the first of October and the deductible's five hundred, so after that you'd get about eleven forty."),
    I("I got rear-ended on I-285 near exit 33, and the other driver's with State Farm."),
    I(f"my social is {_ssn4} and my date of birth is may fifth nineteen ninety",
      ("id", _ssn4), ("date_of_birth", "may fifth nineteen ninety")),
    I("and the email is marcus underscore tate at icloud dot com",
      ("email", "marcus underscore tate at icloud dot com")),
]
LANGS["en"] = EN

# ================================================================ Arabic
# calls: Riyadh motor claim (Najm); Emirati travel claim; Cairo health
# pre-approval; Amman windscreen; Casablanca water damage; Beirut kitchen fire;
# Nazareth motor claim; Kuwait towing; Doha renewal; Jeddah family medical
# (Iqama); Riyadh home theft; Manama trip cancellation; Saudi renewals.
AR_SA_ID1 = saudi("104829371")
AR_IBAN_SA = iban("SA", "10000013982047152206")
AR_IBAN_AE = iban("AE", "0331028364750019284")
AR_VISA_AE = card("422265093814472")
AR_MEEZA = card("507803112946583")
AR_IBAN_EG = iban("EG", "0019000500000263180002176")
AR_MC_JO = card("528931074460218")
AR_IBAN_JO = iban("JO", "ARAB1180000000118273645501")
AR_IBAN_LB = iban("LB", "099900000001001901229114")

_ar_mc_a = ar(grp(AR_MC_JO[:8], [4, 4]), "lev")
_ar_mc_b = ar(grp(AR_MC_JO[8:], [4, 4]), "lev")
_ar_lb = "إل بي " + ar(grp(AR_IBAN_LB[2:], [2, 4, 4, 4, 4, 4, 4]), "lev")

AR = [
    # --- Riyadh, motor claim after an accident (Gulf)
    I("أهلاً وسهلاً، معك نوف من خدمة العملاء، كيف أقدر أخدمك؟", ("name", "نوف")),
    I("هلا والله، أنا عبدالعزيز القحطاني، صار علي حادث أمس عند مخرج خمسة على الدائري الشرقي.",
      ("name", "عبدالعزيز القحطاني")),
    I("سلامتك يا أستاذ عبدالعزيز، الحمد لله على السلامة. عندك تقرير نجم؟", ("name", "عبدالعزيز")),
    I("إيه، رقم التقرير RD 4471092، والحادث كان الساعة تسعة ونص الصبح."),
    I(f"رقم هويتي {ar_indic(AR_SA_ID1)}", ("id", ar_indic(AR_SA_ID1)),
      ctx="ممكن رقم الهوية الوطنية لو سمحت؟"),
    I("تاريخ الميلاد ١٤٠٥/٠٧/١٢ هجري.", ("date_of_birth", "١٤٠٥/٠٧/١٢")),
    I("نسبة التحمل في الوثيقة خمسمية ريال، والسيارة تدخل ورشة الوكالة لأن عمرها أقل من ثلاث سنوات."),
    I(ar("055 327 4891"), ("phone", ar("055 327 4891")), ctx="وش أفضل رقم نتواصل معك عليه؟"),
    I("السيارة كامري ٢٠٢٢، ولوحتها أ ب ج ٤٥٦٧."),
    I("التعويض راح يكون تقريباً ثمانية آلاف وأربعمية ريال بعد خصم التحمل، ويوصلك خلال عشرة أيام عمل."),
    I(f"حوله على الآيبان حقي، {grp(AR_IBAN_SA, [4] * 6)}", ("iban", grp(AR_IBAN_SA, [4] * 6))),
    # --- Emirati caller, travel insurance claim
    I("السلام عليكم، معاك حمدان الشامسي، عندي تأمين سفر عندكم وبغيت أرفع مطالبة.",
      ("name", "حمدان الشامسي")),
    I("في بانكوك، ولدي تعب وودّيناه مستشفى بامرونغراد، والفاتورة وصلت اثنعش ألف درهم."),
    I("الرحلة كانت على طيران الإمارات EK 372 وتأخرت تسع ساعات، ونمنا في الفندق على حسابنا."),
    I("رقم موبايلي 050 418 2276، وعليه واتساب.", ("phone", "050 418 2276")),
    I(f"تقدر تحول على الآيبان {grp(AR_IBAN_AE, [4, 4, 4, 4, 4, 3])}.",
      ("iban", grp(AR_IBAN_AE, [4, 4, 4, 4, 4, 3]))),
    I("الإيميل hamdan.alshamsi@hotmail.com", ("email", "hamdan.alshamsi@hotmail.com")),
    I("مطالبات السفر تاخذ من عشرة إلى خمسطعش يوم عمل بعد ما توصلنا كل الفواتير الأصلية."),
    I(f"وبجدد الوثيقة السنوية على الفيزا، {grp(AR_VISA_AE, [4] * 4)}.",
      ("card", grp(AR_VISA_AE, [4] * 4))),
    # --- Cairo, health insurance pre-approval (Egyptian)
    I("مساء الخير يا فندم، معاك كريم من خدمة عملاء التأمين الطبي.", ("name", "كريم")),
    I("مساء النور، أنا منى عبد الفتاح، عايزة موافقة على عملية المرارة في مستشفى دار الفؤاد.",
      ("name", "منى عبد الفتاح")),
    I(ar("0128 307 4591", "egy"), ("phone", ar("0128 307 4591", "egy")),
      ctx="تمام يا مدام منى، ممكن رقم الموبايل المسجل؟"),
    I("العملية مغطاة بنسبة تمانين في المية، وحضرتك هتدفعي عشرين في المية من التكلفة."),
    I("التكلفة التقديرية خمسة وأربعين ألف جنيه، والموافقة بتاخد من ٤٨ لـ ٧٢ ساعة."),
    I("تلاتة وعشرين عشرة، تلاتة وتمانين.", ("date_of_birth", "تلاتة وعشرين عشرة، تلاتة وتمانين"),
      ctx="وتاريخ ميلاد حضرتك يا فندم؟"),
    I("العنوان ١٤ شارع عباس العقاد، مدينة نصر، الدور التالت، شقة ٧.",
      ("address", "١٤ شارع عباس العقاد، مدينة نصر، الدور التالت، شقة ٧")),
    I("الإيميل منى دوت عبد الفتاح تمانية تلاتة آت ياهو دوت كوم",
      ("email", "منى دوت عبد الفتاح تمانية تلاتة آت ياهو دوت كوم")),
    I(f"هدفع الفرق بكارت ميزة، {ar_indic(grp(AR_MEEZA, [4] * 4))}",
      ("card", ar_indic(grp(AR_MEEZA, [4] * 4)))),
    I(f"ولو فيه استرداد يبقى على الحساب ده، {AR_IBAN_EG}", ("iban", AR_IBAN_EG)),
    I("الكشف عند الجراح اتعمل يوم ١٢ مارس ودفعت ستمية جنيه، ينفع أسترجعهم؟"),
    # --- Amman, windscreen (Levantine)
    I("أهلين، دانة معك، كيف بقدر أساعدك؟", ("name", "دانة")),
    I("أهلين، أنا رامي، رامي الخطيب، الزجاج الأمامي انكسر، نزلت عليه حجرة من شاحنة عالطريق الصحراوي.",
      ("name", "رامي", 0), ("name", "رامي الخطيب")),
    I("بوليصتك بتغطي الزجاج بدون تحمل، بس لازم تروح على مركز معتمد، في واحد بشارع وصفي التل."),
    I(f"رقمي {ar('079 612 8843', 'lev')}", ("phone", ar("079 612 8843", "lev"))),
    I("عنواني عمّان، خلدا، شارع عامر بن مالك، عمارة ٢٣، الطابق التاني.",
      ("address", "عمّان، خلدا، شارع عامر بن مالك، عمارة ٢٣، الطابق التاني")),
    I("السيارة هيونداي إلنترا موديل ٢٠١٩، ورقمها ٢٢-٤٥٨١٩."),
    I("مواليد تلاتة خمسة، واحد وتسعين.", ("date_of_birth", "تلاتة خمسة، واحد وتسعين"),
      ctx="وتاريخ الميلاد لو سمحت؟"),
    I(f"بدي أدفع رسوم الملحق بالماستركارد، {_ar_mc_a}", ("card", _ar_mc_a)),
    I(f"آه مزبوط، وبعدين {_ar_mc_b}", ("card", _ar_mc_b), ctx=f"{_ar_mc_a}، صح؟"),
    I(f"وإذا في استرجاع، الآيبان تبعي {grp(AR_IBAN_JO, [4] * 7 + [2])}",
      ("iban", grp(AR_IBAN_JO, [4] * 7 + [2]))),
    I("الإيميل rami_khatib91@yahoo.com", ("email", "rami_khatib91@yahoo.com")),
    I("الملحق بكلف خمسة وعشرين دينار بالسنة، وبيغطي الزجاج والمرايات والضوايات."),
    # --- Casablanca, water damage (Darija)
    I("السلام عليكم، معاك ياسين، شنو نقدر نعاونك؟", ("name", "ياسين")),
    I("وعليكم السلام، أنا خديجة بنعلي، الما دخل للدار من السطح ملي طاحت الشتا البارح، والصالون كامل تخسر.",
      ("name", "خديجة بنعلي")),
    I("واخا لالة خديجة، واش عندك عقد التأمين ديال السكن معانا؟", ("name", "خديجة")),
    I("العنوان ديالي زنقة ابن سينا، رقم ٤٧، المعاريف، الدار البيضاء.",
      ("address", "زنقة ابن سينا، رقم ٤٧، المعاريف، الدار البيضاء")),
    I("التيليفون ديالي 06 61 38 47 25", ("phone", "06 61 38 47 25")),
    I("الخبير غادي يدوز عندك نهار الخميس بين العشرة والطناش."),
    I("الفرانشيز فهاد العقد هي ألف درهم، والتعويض ديال الأثاث ما كيفوتش خمسين ألف درهم."),
    I("خديجة نقطة بنعلي أروباز جيميل نقطة كوم", ("email", "خديجة نقطة بنعلي أروباز جيميل نقطة كوم"),
      ctx="عطيني الإيميل عافاك."),
    I("تاريخ الازدياد ديالي ١٢ مارس ١٩٧٨.", ("date_of_birth", "١٢ مارس ١٩٧٨")),
    I("واش نقدر نصلح السطح دابا ولا خاصني نتسنى الخبير المعلم قال ليا غادي يكلف تقريبا تمنية آلاف درهم"),
    # --- Beirut, kitchen fire (Lebanese)
    I("ألو، مرحبا، أنا جورج حداد، صار في حريق بالمطبخ مبارح بالليل.", ("name", "جورج حداد")),
    I("لا الحمدلله ما حدا تأذى، بس المطبخ كلو راح والدخان وصل عالصالون."),
    I("العنوان الأشرفية، شارع مار متر، بناية نصار، الطابق الرابع.",
      ("address", "الأشرفية، شارع مار متر، بناية نصار، الطابق الرابع")),
    I(f"رقمي {ar_pairs('70 31 84 62', 'lev')}", ("phone", ar_pairs("70 31 84 62", "lev"))),
    I("رح نبعتلك خبير من عنا خلال ٤٨ ساعة، والتعويض بيكون بالدولار الفريش حسب البوليصة."),
    I(f"الآيبان {_ar_lb}", ("iban", _ar_lb), ctx="وين بدك نحوّل التعويض؟"),
    I("رقم البوليصة ٧٧٠-٤٣١٨-٢٢، وبلشت بأول تشرين التاني."),
]
AR_TZ1 = tz("03174589")
AR_TZ2 = tz("20561837")
AR_IBAN_IL = iban("IL", "0206130000482751936")
AR_VISA_KW = card("453761864409175")
AR_IBAN_KW = iban("KW", "NBOK0000000000002018437651")
AR_VISA_QA = card("426671920358816")
AR_IQAMA1 = saudi("238164075")
AR_IQAMA2 = saudi("247013856")
AR_MADA1 = card("588845017732960")
AR_SA_ID2 = saudi("110374625")
AR_SA_ID3 = saudi("107752918")
AR_MADA2 = card("446404118265730")
AR_IBAN_BH = iban("BH", "NBOB00001299563214")

_ar_tz1 = ar(grp(AR_TZ1, [3, 3, 3]), "lev")
_ar_kw = ar(grp(AR_VISA_KW, [4] * 4), "gulf")
_ar_iq1 = ar(grp(AR_IQAMA1, [4, 3, 3]), "egy")
_ar_id2 = ar(grp(AR_SA_ID2, [1, 3, 3, 3]), "gulf")
_ar_id3 = ar(grp(AR_SA_ID3, [1, 3, 3, 3]), "msa")
AR += [
    # --- Nazareth, motor claim with an Israeli insurer (Arab citizen, Hebrew words)
    I("شالوم، أهلا، معك ميار من قسم المطالبات، كيف بقدر أساعدك؟", ("name", "ميار")),
    I("أهلين، أنا سامر عودة من الناصرة، بدي أفتح תביעה على حادث صار معي بالعفولة.",
      ("name", "سامر عودة")),
    I("الحادث صار عند الكيكار تبع مجدال هعيمق، يوم الأحد الساعة خمسة ونص المسا."),
    I(f"رقم الهوية تبعي {_ar_tz1}", ("id", _ar_tz1)),
    I("ההשתתפות העצמית، يعني التحمل، ألف وتسعمية شيكل، والسيارة البديلة لسبع أيام."),
    I("رقمي 052-8834106", ("phone", "052-8834106")),
    I(f"والحساب بالبنك، IBAN {AR_IBAN_IL}", ("iban", AR_IBAN_IL)),
    I("العنوان الناصرة، شارع بولس السادس ٢١٥، الطابق الأول.",
      ("address", "الناصرة، شارع بولس السادس ٢١٥، الطابق الأول")),
    I("الإيميل سامر نقطة عودة آت والا دوت كو دوت آي إل",
      ("email", "سامر نقطة عودة آت والا دوت كو دوت آي إل")),
    I("مواليد ١٨.١١.١٩٨٦", ("date_of_birth", "١٨.١١.١٩٨٦")),
    # --- Kuwait, roadside towing
    I("هلا، وياك عبدالله من خدمة المساعدة على الطريق، تفضل.", ("name", "عبدالله")),
    I("هلا والله، أنا بدر العنزي، السيارة طافية على الدائري السادس قبل جسر الجهراء.",
      ("name", "بدر العنزي")),
    I("السطحة بتوصلك خلال أربعين دقيقة، والخدمة مجانية لين خمسين كيلو."),
    I("رقمي ٩٩٨٣٢٤١٥", ("phone", "٩٩٨٣٢٤١٥")),
    I(f"ودي أجدد الوثيقة الحين بالفيزا، {_ar_kw}", ("card", _ar_kw)),
    I(f"وأي مبلغ يرجع، حطه على الآيبان {grp(AR_IBAN_KW, [4] * 7 + [2])}",
      ("iban", grp(AR_IBAN_KW, [4] * 7 + [2]))),
    I("الكراج اللي في الشويخ الصناعية يفتح الساعة سبعة الصبح، والفحص بعشرة دنانير."),
    # --- Doha, renewal with a no-claims discount
    I("مرحبا، أنا مريم السليطي، أبي أجدد تأمين السيارة، وعندي خصم عدم مطالبات من شركتي القديمة.",
      ("name", "مريم السليطي")),
    I("ما شاء الله عليك، خمس سنين بدون مطالبات، يعني خصم ثلاثين بالمية."),
    I("القسط الجديد ألفين وثلاثمية وخمسين ريال قطري بعد الخصم، والتجديد يبدأ من ١ يناير."),
    I(f"الدفع بالبطاقة، {AR_VISA_QA}", ("card", AR_VISA_QA)),
    I("الإيميل مريم اندرسكور السليطي آت اوتلوك دوت كوم",
      ("email", "مريم اندرسكور السليطي آت اوتلوك دوت كوم")),
    I("رقم جوالي 5512 3874", ("phone", "5512 3874")),
    I("اللاندكروزر موديل ٢٠٢١ وقيمتها التقديرية مية وثمانين ألف ريال."),
    # --- Jeddah, Egyptian resident adding family to medical cover (Iqama)
    I("السلام عليكم، أنا محمود السيد، مقيم مصري في جدة، عايز أضيف مراتي وبنتي على التأمين الطبي بتاعي.",
      ("name", "محمود السيد")),
    I(f"رقم الإقامة {_ar_iq1}", ("id", _ar_iq1)),
    I("تاريخ ميلاد البنت ١٤٤٣/٠٢/١٥ هجري، يعني عندها سنتين.", ("date_of_birth", "١٤٤٣/٠٢/١٥")),
    I("إضافة التابعين هتكلفك ألف وتمانمية ريال لكل واحد في السنة، على الفئة ب."),
    I("المستشفيات اللي في الشبكة: سليمان فقيه، والسعودي الألماني، ومستشفى الملك فهد للطوارئ بس."),
    I(f"هدفع بمدى، {grp(AR_MADA1, [4] * 4, '-')}", ("card", grp(AR_MADA1, [4] * 4, "-"))),
    I("العنوان الوطني: جدة، حي الصفا، شارع الأمير سلطان، مبنى ٢٨٤٥، الرمز البريدي ٢٣٤٥٦.",
      ("address", "جدة، حي الصفا، شارع الأمير سلطان، مبنى ٢٨٤٥، الرمز البريدي ٢٣٤٥٦")),
    I("الكارت الجديد هيوصل خلال سبع أيام، والتغطية تبدأ من أول الشهر الجاي."),
    # --- Riyadh, home contents theft
    I("مرحبا، معك نورة العتيبي، انسرق بيتنا وإحنا مسافرين في إجازة الصيف.",
      ("name", "نورة العتيبي")),
    I("سلامات، الله يعوضكم. بلغتوا الشرطة؟"),
    I("إيه، رقم البلاغ ٤٤٧١٨٢٠٩٣."),
    I("أخذوا ذهب وساعتين وآيباد، المجموع تقريباً خمسة وثلاثين ألف ريال."),
    I(_ar_id2, ("id", _ar_id2), ctx="طيب، رقم الهوية الوطنية؟"),
    I("مواليد ١٩٩٠/٠٨/٢١ ميلادي.", ("date_of_birth", "١٩٩٠/٠٨/٢١")),
    I("ايميلي نورة اندرسكور تسعين آت جيميل دوت كوم",
      ("email", "نورة اندرسكور تسعين آت جيميل دوت كوم")),
    I("عنوان البيت الرياض، حي الملقا، شارع أنس بن مالك، فيلا ١٤.",
      ("address", "الرياض، حي الملقا، شارع أنس بن مالك، فيلا ١٤")),
    I("الوثيقة تغطي المحتويات لين مية ألف ريال، والمجوهرات بحد أقصى عشرة آلاف للقطعة."),
    # --- Manama, trip cancelled after a death in the family
    I("السلام عليكم، أنا علي الدرازي، كنسلت رحلتي لإسطنبول بسبب وفاة الوالدة الله يرحمها.",
      ("name", "علي الدرازي")),
    I("الله يرحمها ويغفر لها. الرحلة كانت بتاريخ ١٧ نوفمبر، والحجز كلف ستمية وعشرين دينار."),
    I(f"الآيبان {grp(AR_IBAN_BH, [4] * 5 + [2])}", ("iban", grp(AR_IBAN_BH, [4] * 5 + [2]))),
    I("الإيميل ali.derazi@batelco.com.bh", ("email", "ali.derazi@batelco.com.bh")),
    I("لازم ترسل لنا شهادة الوفاة وإيصال الحجز من شركة الطيران، ورقم الحجز ستة خانات."),
    # --- Saudi renewal, older caller, formal Arabic
    I("السلام عليكم ورحمة الله، معك أبو خالد، أريد تجديد وثيقة التأمين الشامل.",
      ("name", "أبو خالد")),
    I(f"رقم الهوية الوطنية {_ar_id3}", ("id", _ar_id3)),
    I("تاريخ ميلادي الخامس عشر من رجب، عام ألف وأربعمئة وعشرة للهجرة.",
      ("date_of_birth", "الخامس عشر من رجب، عام ألف وأربعمئة وعشرة")),
    I("شكراً يا أبو خالد، القسط هذه السنة ثلاثة آلاف ومئة ريال، وخصم عدم المطالبات عشرون بالمئة.",
      ("name", "أبو خالد")),
    I(f"سأدفع ببطاقة مدى، {ar_indic(AR_MADA2)}", ("card", ar_indic(AR_MADA2))),
    I("الوثيقة تنتهي في الثلاثين من ذي الحجة، ونرسل لك رسالة قبل انتهائها بخمسة عشر يوماً."),
    # --- Dammam, Sudanese resident, third-party motor cover
    I("أهلاً، معاك عثمان، مقيم في الدمام، عايز أطلع تأمين ضد الغير للعربية.", ("name", "عثمان")),
    I(f"الإقامة رقم {AR_IQAMA2}", ("id", AR_IQAMA2)),
    I("تأمين ضد الغير سنة كاملة بخمسمية وتسعين ريال، ومعاه خدمة السطحة مجاناً."),
    # --- Umm al-Fahm, supplementary health cover (Arab citizen of Israel)
    I("مرحبا، أنا أحمد محاجنة من أم الفحم، بدي أعرف إذا التأمين المشلّيم بغطي عملية الركبة.",
      ("name", "أحمد محاجنة")),
    I(f"رقم الهوية {grp(AR_TZ2, [3, 3, 3])}", ("id", grp(AR_TZ2, [3, 3, 3]))),
    I("العملية مغطاة بمستشفى خاص، بس في השתתפות עצמית ألف ومية شيكل."),
    I("الدور عند الدكتور بعد شهرين، يوم ١٤ بالشهر الساعة عشرة."),
]
AR += [
    I("ابعتوا الكارت على العنوان ده: ٦ شارع طلعت حرب، وسط البلد، القاهرة، شقة ١٢.",
      ("address", "٦ شارع طلعت حرب، وسط البلد، القاهرة، شقة ١٢")),
    I("الفاتورة اتدفعت يوم ٣ يناير بمبلغ ٢٬٤٥٠ جنيه من غير الضريبة."),
]
LANGS["ar"] = AR

# ================================================================ Hebrew
# calls: Ramat Gan collision claim; windscreen (Russian-speaking caller);
# towing on Route 1 (Ethiopian-Israeli caller); Netanya burglary (French
# immigrant); Beit Shemesh water damage (Anglo); Haifa kitchen fire (Arab
# citizen); travel medical in Thailand; health reimbursement; renewal and
# no-claims discount; adding a young driver; mortgage building cover; trip
# cancellation.
HE_TZ1 = tz("30261844")
HE_TZ2 = tz("02983716")
HE_TZ3 = tz("32051478")
HE_IBAN_FR = iban("FR", "30003012540004581279037")
HE_IBAN_IL1 = iban("IL", "0126800000512844093")
HE_IBAN_IL2 = iban("IL", "0107250000071936628")
HE_VISA_VOVA = card("458003917264851")
HE_MC_WAEL = card("532610447820935")
HE_VISA_JEROME = card("497405528163307")
HE_VISA_NOA = card("414709352268140")

_he_tz1 = he(grp(HE_TZ1, [3, 3, 3]))
_he_tz3 = he_pairs(grp(HE_TZ3, [1, 2, 2, 2, 2]))
_he_vova = he(grp(HE_VISA_VOVA, [4] * 4), "m")
_he_phone_tigist = "אפס חמישים, שלוש שלוש, אחת שמונה, ארבע שבע שתיים"

HE = [
    # --- Ramat Gan, collision claim
    I("שלום, הגעת למוקד התביעות, מדברת שירן, במה אפשר לעזור?", ("name", "שירן")),
    I("היי, מדבר יוסי אזולאי, נכנסו בי הבוקר בצומת של ז'בוטינסקי ואבא הלל ברמת גן.",
      ("name", "יוסי אזולאי")),
    I("אוי, מצטערת לשמוע. מישהו נפגע?"),
    I("לא, ברוך השם, רק פח. נכנס בי מאחורה אחד עם טנדר, ברמזור."),
    I(_he_tz1, ("id", _he_tz1), ctx="אני צריכה מספר תעודת זהות בבקשה."),
    I("תודה יוסי. ההשתתפות העצמית בפוליסה שלך היא אלף ארבע מאות חמישים שקל, אבל במוסך הסדר היא יורדת לשבע מאות.",
      ("name", "יוסי")),
    I("שתיים עשרה בשלישי, שמונים וארבע.", ("date_of_birth", "שתיים עשרה בשלישי, שמונים וארבע"),
      ctx="ותאריך לידה?"),
    I("מספר התביעה שלך הוא 7 0 4 4 1 8 2 9, השמאי יתקשר אליך תוך יומיים."),
    I("הרכב זה מאזדה 3 שנת 2020, מספר רישוי 452-71-203."),
    I("נייד, 052-6614039.", ("phone", "052-6614039"), ctx="ומספר טלפון שאפשר לחזור אליך?"),
    I("תשלחו לי את הטפסים למייל, יוסי נקודה אזולאי שמונים וארבע שטרודל ג'ימייל נקודה קום",
      ("email", "יוסי נקודה אזולאי שמונים וארבע שטרודל ג'ימייל נקודה קום")),
    # --- windscreen, Russian-speaking caller
    I("שלום, אני צריך להחליף שמשה, אתמול אבן עפה מהמשאית בכביש שש ועכשיו יש סדק גדול."),
    I("ולדימיר קוזלוב, אבל כולם קוראים לי וובה.", ("name", "ולדימיר קוזלוב"), ("name", "וובה"),
      ctx="בסדר גמור. עם מי אני מדברת?"),
    I("יש לך כיסוי שמשות, ההשתתפות העצמית היא מאה שמונים שקל, ושמשה מקורית עם חיישן גשם זה אותו דבר."),
    I("אני גר רחוב הנביאים 34, דירה 5, קומה שלישית, אשדוד.",
      ("address", "רחוב הנביאים 34, דירה 5, קומה שלישית, אשדוד"),
      ctx="איפה הרכב יהיה מחר? המתקין יכול להגיע עד הבית."),
    I("אפס חמש שלוש, שבע שבע, אחת אחת, שתיים אפס שמונה",
      ("phone", "אפס חמש שלוש, שבע שבע, אחת אחת, שתיים אפס שמונה"),
      ctx="איזה טלפון לתת למתקין?"),
    I(f"אני משלם עם כרטיס, ויזה, {_he_vova}", ("card", _he_vova)),
    I("המתקין יגיע ביום רביעי בין שמונה לשתים עשרה, וזה לוקח בערך שעה וחצי."),
    # --- towing on Route 1, Ethiopian-Israeli caller
    I("גרירה ושירותי דרך, שלום, מדבר אופיר.", ("name", "אופיר")),
    I("שלום, קוראים לי טגסט מלקו, האוטו נתקע לי בכביש אחת ליד שער הגיא, לא נדלק בכלל.",
      ("name", "טגסט מלקו")),
    I("אין בעיה טגסט, את במקום בטוח, מחוץ לנתיב?", ("name", "טגסט")),
    I("הגרר יגיע תוך ארבעים וחמש דקות בערך. הכיסוי שלך כולל גרירה עד שלושים קילומטר."),
    I("הביתה, רחוב הרב קוק 12, קרית מלאכי.", ("address", "רחוב הרב קוק 12, קרית מלאכי"),
      ctx="לאן לגרור את הרכב, למוסך או הביתה?"),
    I(_he_phone_tigist, ("phone", _he_phone_tigist), ctx="לאיזה מספר הנהג יתקשר?"),
    I("אחותי יכולה לאסוף אותי, היא במודיעין, עשרים דקות מפה."),
    I("המייל שלי tigist.malku@gmail.com", ("email", "tigist.malku@gmail.com")),
    # --- Netanya, burglary (French immigrant)
    I("בוקר טוב, כאן ליאת, איך אפשר לעזור?", ("name", "ליאת")),
    I("בונז'ור, אה, שלום, אני ז'רום עטיאס, היה פריצה בדירה שלנו בנתניה בשבת.",
      ("name", "ז'רום עטיאס")),
    I("לקחו את התכשיטים של אשתי, מחשב נייד ושעון, בערך עשרים אלף שקל הכל."),
    I("המשטרה נתנה מספר תיק, 18472/2024, ואמרו שיש מצלמות בבניין."),
    I("הכתובת שדרות ניצה 17, דירה 9, נתניה.", ("address", "שדרות ניצה 17, דירה 9, נתניה")),
    I(f"אפשר להעביר את הפיצוי לחשבון שלי בצרפת? ה-IBAN {grp(HE_IBAN_FR, [4] * 6 + [3])}",
      ("iban", grp(HE_IBAN_FR, [4] * 6 + [3]))),
    I("jerome.attias@orange.fr", ("email", "jerome.attias@orange.fr"), ctx="ומה כתובת המייל?"),
    I("פוליסת התכולה שלך מכסה עד מאתיים אלף, אבל תכשיטים רק עד עשרים אלף, ורק אם היו בכספת."),
    I("נולדתי ב-3 באפריל 1972, בליון.", ("date_of_birth", "3 באפריל 1972")),
    I(f"את ההשתתפות העצמית אני משלם עכשיו, ויזה {grp(HE_VISA_JEROME, [4] * 4)}",
      ("card", grp(HE_VISA_JEROME, [4] * 4))),
    # --- Beit Shemesh, water damage (Anglo immigrant, code-switching)
    I("היי, זאת שרי גולדברג, יש לי water damage, אה, נזילה מהדירה של השכנים מעליי.",
      ("name", "שרי גולדברג")),
    I("שלום שרי, אני אלון. הנזילה עדיין פעילה?", ("name", "שרי"), ("name", "אלון")),
    I("כן, התקרה בסלון כולה רטובה, and the parquet is ruined, הפרקט."),
    I("השרברב של הביטוח יגיע היום עד שש בערב. זה מכוסה בביטוח המבנה, וההשתתפות העצמית שש מאות שקל."),
    I("רחוב נחל שורק 8, דירה 4, בית שמש.", ("address", "רחוב נחל שורק 8, דירה 4, בית שמש"),
      ctx="מה הכתובת של הנכס?"),
    I(f"ה-IBAN שלי {HE_IBAN_IL1}", ("iban", HE_IBAN_IL1)),
    I("המייל זה shari dot goldberg at gmail dot com", ("email", "shari dot goldberg at gmail dot com")),
    I("+972 58 441 2963, זה הוואטסאפ.", ("phone", "+972 58 441 2963")),
    # --- Haifa, kitchen fire (Arab citizen speaking Hebrew)
    I("שלום, מדבר ואיל עבאס מחיפה, היה אצלנו שריפה במטבח אתמול בלילה.", ("name", "ואיל עבאס")),
    I("אוי, אני מצטערת לשמוע. כולם בסדר?"),
    I("כולם בסדר, אל-חמדוליללה, מכבי אש הגיעו תוך עשר דקות."),
    I(f"תעודת זהות {' '.join(HE_TZ2)}", ("id", " ".join(HE_TZ2))),
    I("הכתובת רחוב עבאס 31, ואדי ניסנאס, חיפה.", ("address", "רחוב עבאס 31, ואדי ניסנאס, חיפה")),
    I("השמאי יגיע ביום חמישי, ועד אז אל תזרקו כלום, תצלמו הכל."),
    I("תאריך לידה 15.6.1979", ("date_of_birth", "15.6.1979")),
    I(f"אני רוצה לשלם את ההשתתפות עם מסטרקארד, {HE_MC_WAEL}", ("card", HE_MC_WAEL)),
    I(f"והפיצוי לחשבון בבנק, {grp(HE_IBAN_IL2, [4] * 5 + [3], '-')}",
      ("iban", grp(HE_IBAN_IL2, [4] * 5 + [3], "-"))),
    # --- travel insurance, accident in Thailand
    I("היי, אני נועה, אני בתאילנד, בקו פנגן, עשיתי תאונה עם טוסטוס ואני בבית חולים.",
      ("name", "נועה")),
    I("קודם כל, את בסדר? באיזה בית חולים את?"),
    I("בנגקוק הוספיטל סמוי, חדר 214, אמרו שצריך ניתוח ביד."),
    I("הכיסוי הרפואי שלך עד מיליון דולר, אבל טוסטוס מכוסה רק אם היה לך רישיון לאופנוע וחבשת קסדה."),
    I("שמונה באוגוסט, אלפיים ואחת.", ("date_of_birth", "שמונה באוגוסט, אלפיים ואחת"),
      ctx="מה תאריך הלידה שלך?"),
    I(f"תעודת זהות {_he_tz3}", ("id", _he_tz3)),
    I("הטיסה חזרה הייתה ב-19 לחודש, אל על 084, נצטרך להזיז אותה."),
    I("אם לא עונים לי תתקשרו לאמא שלי, 052-3380174", ("phone", "052-3380174")),
    I(f"ואני רוצה להאריך את הביטוח בשבועיים, כרטיס {grp(HE_VISA_NOA, [4] * 4)}",
      ("card", grp(HE_VISA_NOA, [4] * 4))),
]
HE_TZ4 = tz("05763411")
HE_TZ5 = tz("20481736")
HE_TZ6 = tz("34197062")
HE_TZ7 = tz("06659213")
HE_TZ8 = tz("02718845")
HE_IBAN_IL3 = iban("IL", "0310460000381720045")
HE_IBAN_IL4 = iban("IL", "0206900000239017754")
HE_IBAN_IL5 = iban("IL", "0117780000046398120")
HE_IBAN_GB = iban("GB", "BARC20325373418826")
HE_MC_MOSHIKO = card("532904478811602")
HE_AMEX_ITAI = card("37590822461137")
HE_VISA_SVETA = card("458011937722064")

_he_tz4 = he(grp(HE_TZ4, [3, 3, 3]))
_he_moshiko = he(grp(HE_MC_MOSHIKO, [4] * 4))
_he_tz6 = he(grp(HE_TZ6, [3, 3, 3]), "m")
_he_sv_a = he(grp(HE_VISA_SVETA[:8], [4, 4]))
_he_sv_b = he(grp(HE_VISA_SVETA[8:], [4, 4]))
_he_tz7 = HE_TZ7[:5] + ", " + he(grp(HE_TZ7[5:], [2, 2]))
_he_iban5 = "איי אל " + he(grp(HE_IBAN_IL5[2:], [2, 3, 3, 4, 4, 5]))
_he_orly_mail = "או אר אל וויי, נקודה, או אייץ' איי וויי או אן, שטרודל וואלה נקודה קום"
HE += [
    # --- Jerusalem, health insurance reimbursement (older caller)
    I("שלום, מדברת רחל פרידמן, אני רוצה לדעת מה קורה עם ההחזר על ניתוח הקטרקט.",
      ("name", "רחל פרידמן")),
    I("שלום רחל, מדברת יעל. אני צריכה את מספר תעודת הזהות שלך.", ("name", "רחל"), ("name", "יעל")),
    I(f"רגע, אה... אפס שש... לא, סליחה. {_he_tz4}.", ("id", _he_tz4)),
    I("ההחזר אושר, שמונת אלפים ושלוש מאות שקל, והוא יועבר תוך חמישה ימי עסקים."),
    I("מספר הבקשה 2024-558-1207, הניתוח היה בהדסה עין כרם ב-12 בפברואר."),
    I("תאריך לידה עשרים ושתיים בנובמבר, אלף תשע מאות ארבעים ושבע.",
      ("date_of_birth", "עשרים ושתיים בנובמבר, אלף תשע מאות ארבעים ושבע")),
    I("הטלפון בבית 02-6784513, בנייד אני לא עונה הרבה.", ("phone", "02-6784513")),
    I("הכתובת שלי רחוב עזה 22, רחביה, ירושלים, אבל תשלחו הכל בדואר רשום.",
      ("address", "רחוב עזה 22, רחביה, ירושלים")),
    I(f"לחשבון שלי בבינלאומי, {HE_IBAN_IL3}", ("iban", HE_IBAN_IL3)),
    I("הפוליסה מכסה ניתוחים בארץ בהשתתפות עצמית של אלף שקל, ועל עדשה מיוחדת יש תקרה של ארבעת אלפים."),
    # --- renewal and no-claims discount
    I("אהלן, זה מושיקו, משה דהן, קיבלתי הצעה לחידוש והמחיר קפץ בשש מאות שקל!",
      ("name", "מושיקו"), ("name", "משה דהן")),
    I("תראה, אין לך תביעות שלוש שנים, אז מגיעה לך הנחת היעדר תביעות של עשרים אחוז, והיא כבר בפנים."),
    I("הפרמיה השנתית היא ארבעת אלפים מאתיים ותשעים, מקיף וחובה ביחד, עד שנים עשר תשלומים."),
    I(f"ת.ז. {HE_TZ5}", ("id", HE_TZ5), ctx="לאימות, תעודת זהות?"),
    I("יליד עשרים ותשע באחד עשר, שמונים ושמונה.",
      ("date_of_birth", "עשרים ותשע באחד עשר, שמונים ושמונה")),
    I(_he_moshiko, ("card", _he_moshiko), ctx="על איזה כרטיס לחייב?"),
    I("החידוש נכנס לתוקף ב-1 בינואר, ואת הפוליסה החדשה נשלח במייל תוך יומיים."),
    I("המייל moshe.dahan88@walla.co.il", ("email", "moshe.dahan88@walla.co.il")),
    I(f"ואם יש החזר מהשנה שעברה, ל-IBAN {grp(HE_IBAN_IL4, [4] * 5 + [3])}",
      ("iban", grp(HE_IBAN_IL4, [4] * 5 + [3]))),
    # --- adding a young driver (Russian-speaking mother)
    I("שלום, אני סבטלנה, אפשר סווטה, אני רוצה להוסיף הבן שלי לביטוח רכב, הוא נהג חדש.",
      ("name", "סבטלנה"), ("name", "סווטה")),
    I("הוא נולד שלושה במרץ, אלפיים ושש.", ("date_of_birth", "שלושה במרץ, אלפיים ושש")),
    I("תוספת נהג צעיר מתחת לגיל עשרים ואחת זה אלף שמונה מאות שקל לשנה, ואחרי זה המחיר יורד בערך בחצי."),
    I(f"תעודת זהות שלי {_he_tz6}", ("id", _he_tz6)),
    I(f"כרטיס חדש, {_he_sv_a}", ("card", _he_sv_a)),
    I(f"כן, נכון, ואחר כך {_he_sv_b}", ("card", _he_sv_b), ctx=f"{_he_sv_a}, נכון?"),
    I("סווטה נקודה קוזק שטרודל מייל נקודה רו", ("email", "סווטה נקודה קוזק שטרודל מייל נקודה רו"),
      ctx="ולאן לשלוח את הפוליסה?"),
    I("אפס חמש ארבע, תשע שלוש שלוש, שבעים ואחת, אפס שש",
      ("phone", "אפס חמש ארבע, תשע שלוש שלוש, שבעים ואחת, אפס שש"),
      ctx="ומספר טלפון נייד?"),
    I("ביטוח חובה עולה אלף תשע מאות שקל, והמקיף עוד שלושת אלפים ומשהו, תלוי בגיל של הנהג הכי צעיר."),
    # --- building insurance for a mortgage
    I("מדבר איתי ברק, אני צריך אישור לבנק על ביטוח מבנה לדירה.", ("name", "איתי ברק")),
    I("הבנק דורש שהשעבוד יהיה לטובתם, וסכום הביטוח לפחות מיליון ומאתיים אלף לפי השמאות."),
    I("הכתובת של הנכס: רחוב הדקל 7, דירה 14, מודיעין, מיקוד 7170011.",
      ("address", "רחוב הדקל 7, דירה 14, מודיעין, מיקוד 7170011")),
    I(f"תעודת זהות {_he_tz7}", ("id", _he_tz7)),
    I("תשעה בינואר, תשעים.", ("date_of_birth", "תשעה בינואר, תשעים"), ctx="ותאריך לידה?"),
    I(f"תחייבו את האמקס, {grp(HE_AMEX_ITAI, [4, 6, 5])}", ("card", grp(HE_AMEX_ITAI, [4, 6, 5]))),
    I("איתי נקודה ברק שטרודל הוטמייל נקודה קום", ("email", "איתי נקודה ברק שטרודל הוטמייל נקודה קום"),
      ctx="לאיזה מייל לשלוח את האישור?"),
    I("אפשר גם בטלפון 077-5104386, זה בעבודה.", ("phone", "077-5104386")),
    I("האישור לבנק יישלח תוך שלושה ימי עסקים, לבנק מזרחי טפחות סניף 408."),
    # --- trip cancellation (Be'er Sheva)
    I("שלום, אני מתקשרת לגבי ביטול נסיעה, קנינו ביטוח עם כיסוי ביטול, ואמא שלי אושפזה."),
    I("שמי אורלי אוחיון.", ("name", "אורלי אוחיון")),
    I("הטיסה הייתה לרומא ב-3 ביוני, שילמנו שמונת אלפים ארבע מאות על החבילה."),
    I(f"ה-IBAN, {_he_iban5}", ("iban", _he_iban5)),
    I(_he_orly_mail, ("email", _he_orly_mail), ctx="לאיזה מייל לשלוח את הטפסים?"),
    I("טלפון בבית 08-6412297", ("phone", "08-6412297")),
    I("צריך מכתב מבית החולים סורוקה עם תאריך האשפוז, והקבלות של הטיסה והמלון."),
    I(f"תעודת זהות {HE_TZ8}", ("id", HE_TZ8)),
    I("הכתובת שלנו רחוב יהודה הלוי 40, שכונה ד', באר שבע.",
      ("address", "רחוב יהודה הלוי 40, שכונה ד', באר שבע")),
    # --- Israeli caller in London, lost luggage
    I("היי, אני מתקשרת מלונדון, הייתה לי תביעה על מזוודה שנאבדה בטיסה לפני חודש."),
    I(f"אפשר להעביר לחשבון שלי פה באנגליה, {grp(HE_IBAN_GB, [4] * 5 + [2])}",
      ("iban", grp(HE_IBAN_GB, [4] * 5 + [2]))),
    I("אושר לך פיצוי של אלף מאה ועשרים שקל, וההמרה לפאונד לפי השער ביום ההעברה."),
    I("שעות הפעילות של המוקד הן ראשון עד חמישי שמונה עד שמונה, ושישי עד אחת."),
    I("מחלף גהה היה פקוק, אז הגרר התעכב בעשרים דקות, סליחה על זה."),
]
HE_IBAN_IL6 = iban("IL", "0107990000630418827")
HE += [
    I(f"את הפיצוי תעבירו לחשבון, IBAN {grp(HE_IBAN_IL6, [4] * 5 + [3])}",
      ("iban", grp(HE_IBAN_IL6, [4] * 5 + [3]))),
    I("הדו\"ח של המשטרה על התאונה יהיה מוכן רק בעוד עשרה ימים, אז בינתיים תשלח לנו את טופס ההודעה."),
    I("קופת חולים מכבי החזירה לי שבעים אחוז, והשאר אמור להיות אצלכם."),
    I("תשלחו את הצ'ק לכתובת: רחוב סוקולוב 61, דירה 3, חולון.",
      ("address", "רחוב סוקולוב 61, דירה 3, חולון")),
    I("מחלקת חידושים, מדברת מעיין, שלום.", ("name", "מעיין")),
    I("אמרו לי במוקד שהשמאי, ממשרד שמאות גולן, יגיע ביום ראשון בעשר."),
    I("הפוליסה התחילה ב-1.3.2023 ונגמרת ב-28.2.2024, אז יש לך עוד חודשיים."),
]
LANGS["he"] = HE

# ================================================================ Greek
# calls: Athens collision (friendly report); Thessaloniki windscreen; Limassol
# roadside towing (Cypriot); Chalandri burglary; Thessaly flood (older
# farmer); Attica wildfire; Erasmus student's travel claim; private hospital
# admission; Chania renewal (bonus-malus); Cypriot named driver; diaspora
# caller in Stuttgart after a storm; cruise cancellation.
EL_AFM1 = afm("04718263")
EL_AFM2 = afm("12094857")
EL_AFM3 = afm("06631472")
EL_AFM4 = afm("11385920")
EL_AFM5 = afm("05247719")
EL_AFM6 = afm("13072648")
EL_AFM7 = afm("07859301")
EL_AFM8 = afm("10426583")
EL_IBAN_GR1 = iban("GR", "011" + "0125" + "0000001284573061")
EL_IBAN_GR2 = iban("GR", "017" + "0281" + "0005281037746150")
EL_IBAN_GR3 = iban("GR", "026" + "0143" + "0000470200938821")
EL_IBAN_GR4 = iban("GR", "014" + "1072" + "1070023002619481")
EL_IBAN_CY1 = iban("CY", "005" + "00412" + "0000000135882601")
EL_IBAN_CY2 = iban("CY", "002" + "00128" + "0000001200527600")
EL_IBAN_DE = iban("DE", "600501010002418893")
EL_MC1 = card("542411380962275")
EL_VISA1 = card("476173609915228")
EL_MC2 = card("516732008841364")
EL_VISA2 = card("492947715036680")
EL_VISA_CY = card("403587126650912")
EL_MC_CY = card("535522761903487")
EL_AMEX = card("37811605993214")

_el_afm1 = el(grp(EL_AFM1, [3, 3, 3]))
_el_phone1 = "έξι εννιά τέσσερα τέσσερα, τριακόσια δώδεκα, πενήντα οχτώ, σαράντα"
_el_afm5 = el(grp(EL_AFM5, [3, 3, 3]))
_el_afm6 = el_groups(grp(EL_AFM6, [3, 3, 3]))
_el_gr2 = "GR " + el(grp(EL_IBAN_GR2[2:], [2, 4, 4, 4, 4, 4, 3]))
_el_visa_cy = el(grp(EL_VISA_CY, [4] * 4))

EL = [
    # --- Athens, collision with a friendly accident report
    I("Καλημέρα σας, είμαι η Κατερίνα από το τμήμα αποζημιώσεων, πώς μπορώ να σας βοηθήσω;",
      ("name", "Κατερίνα")),
    I("Καλημέρα, λέγομαι Γεώργιος Παπαδόπουλος, είχα ένα τρακάρισμα σήμερα το πρωί στη Βασιλίσσης Σοφίας, ύψος Μεγάρου Μουσικής.",
      ("name", "Γεώργιος Παπαδόπουλος")),
    I("Λυπάμαι πολύ, κύριε Παπαδόπουλε. Συμπληρώσατε φιλική δήλωση με τον άλλον οδηγό;",
      ("name", "Παπαδόπουλε")),
    I("Ναι, ναι, την υπογράψαμε και οι δύο, εκείνος είναι ασφαλισμένος στην Ιντεραμέρικαν."),
    I(f"Ο ΑΦΜ μου είναι {_el_afm1}.", ("id", _el_afm1)),
    I("Η απαλλαγή στο ίδιο ζημιών σας είναι τριακόσια ευρώ, και δικαιούστε αυτοκίνητο αντικατάστασης για επτά ημέρες."),
    I("Γεννήθηκα στις δεκατέσσερις Μαρτίου του πενήντα εννιά.",
      ("date_of_birth", "δεκατέσσερις Μαρτίου του πενήντα εννιά")),
    I("Το αυτοκίνητο είναι ένα Toyota Yaris του 2017, αριθμός κυκλοφορίας ΙΚΥ 4821."),
    I(_el_phone1, ("phone", _el_phone1),
      ctx="Σε ποιο τηλέφωνο να σας καλέσει ο πραγματογνώμονας;"),
    I("Ο αριθμός της δήλωσης ζημιάς είναι 3 7 0 5 5 1 2, θα σας πάρει τηλέφωνο ο πραγματογνώμονας μέσα σε δύο εργάσιμες."),
    I("Μένω στην Αγίου Κωνσταντίνου 18, Μαρούσι, τρίτος όροφος.",
      ("address", "Αγίου Κωνσταντίνου 18, Μαρούσι, τρίτος όροφος")),
    # --- Thessaloniki, windscreen
    I("Γεια σας, ρε παιδιά έσπασε το παρμπρίζ, πετάχτηκε μια πέτρα στην Περιφερειακή και έκανε μια ρωγμή από άκρη σε άκρη."),
    I("Στέλιος Καραγιάννης, με κάπα.", ("name", "Στέλιος Καραγιάννης"), ctx="Με ποιον μιλάω;"),
    I("Έχετε κάλυψη θραύσης κρυστάλλων χωρίς απαλλαγή, το συνεργείο στην Πυλαία μπορεί να σας εξυπηρετήσει αύριο στις δέκα."),
    I("Το κινητό μου είναι 6977845219.", ("phone", "6977845219")),
    I("stelios κάτω παύλα kar παπάκι gmail τελεία com",
      ("email", "stelios κάτω παύλα kar παπάκι gmail τελεία com"), ctx="Και ένα email;"),
    I("Μισό λεπτό, το αμάξι είναι στο όνομα του πατέρα μου, γίνεται να κλείσω εγώ το ραντεβού;"),
    I(f"Θα πληρώσω τη διαφορά για το γνήσιο κρύσταλλο, εκατόν είκοσι ευρώ, με κάρτα, {grp(EL_MC1, [4] * 4)}",
      ("card", grp(EL_MC1, [4] * 4))),
    I("Αν δεν είναι στο συνεργείο, φέρτε το σπίτι, Εγνατίας 112, δεύτερος όροφος, Θεσσαλονίκη.",
      ("address", "Εγνατίας 112, δεύτερος όροφος, Θεσσαλονίκη")),
    # --- Limassol, roadside towing (Cypriot)
    I("Καλησπέρα, εν η Άντρη που την οδική βοήθεια, πείτε μου.", ("name", "Άντρη")),
    I("Καλησπέρα κόρη μου, εν ο Μπάμπης, Χαράλαμπος Γεωργίου, εχάλασε μου το αυτοκίνητο στον αυτοκινητόδρομο Λεμεσού-Λευκωσίας, κοντά στην έξοδο για Σκαρίνου.",
      ("name", "Μπάμπης"), ("name", "Χαράλαμπος Γεωργίου")),
    I("Εντάξει κύριε Χαράλαμπε, είστε σε ασφαλές σημείο;", ("name", "Χαράλαμπε")),
    I("Το ρυμουλκό εννά έρτει σε σαράντα λεπτά περίπου, τζαι η κάλυψη σας εν μέχρι εκατό χιλιόμετρα."),
    I(f"Το κινητό μου εν {el_groups('99 43 21 68')}", ("phone", el_groups("99 43 21 68"))),
    I("Να το φέρουν στο σπίτι μου, Γλάδστωνος 25, διαμέρισμα 3, Λεμεσός.",
      ("address", "Γλάδστωνος 25, διαμέρισμα 3, Λεμεσός")),
    I(f"Τζαι την επιστροφή για το ρυμουλκό να την βάλετε στον λογαριασμό μου, {grp(EL_IBAN_CY1, [4] * 7)}",
      ("iban", grp(EL_IBAN_CY1, [4] * 7))),
    I("Εν Toyota Corolla, αριθμός εγγραφής KXR 512."),
    I(f"Τζαι να ανανεώσω τη συνδρομή, με τη Visa, {_el_visa_cy}", ("card", _el_visa_cy)),
    # --- Chalandri, burglary
    I("Γεια σας, ονομάζομαι Ελένη Κωνσταντίνου, μας έκαναν διάρρηξη στο σπίτι χθες το βράδυ που λείπαμε.",
      ("name", "Ελένη Κωνσταντίνου")),
    I("Λυπάμαι πολύ, κυρία Κωνσταντίνου. Έχετε κάνει δήλωση στο αστυνομικό τμήμα;",
      ("name", "Κωνσταντίνου")),
    I("Ναι, στο τμήμα Χαλανδρίου, μου έδωσαν αριθμό πρωτοκόλλου 4418/22-3."),
    I("Πήραν ένα λάπτοπ, δύο κινητά και κοσμήματα της γιαγιάς μου, γύρω στις τέσσερις χιλιάδες ευρώ."),
    I("Η διεύθυνση του ασφαλισμένου σπιτιού είναι Λεωφόρος Κηφισίας 214, Χαλάνδρι, ΤΚ 152 31.",
      ("address", "Λεωφόρος Κηφισίας 214, Χαλάνδρι, ΤΚ 152 31")),
    I(f"ΑΦΜ {EL_AFM2}", ("id", EL_AFM2), ctx="Χρειάζομαι και τον ΑΦΜ σας."),
    I(f"Η αποζημίωση να πάει στον λογαριασμό μου, {grp(EL_IBAN_GR1, [4] * 6 + [3])}",
      ("iban", grp(EL_IBAN_GR1, [4] * 6 + [3]))),
    I("Το email μου είναι eleni.konst@yahoo.gr.", ("email", "eleni.konst@yahoo.gr")),
    I("Η κάλυψη περιεχομένου σας είναι είκοσι πέντε χιλιάδες, με όριο για κοσμήματα δύο χιλιάδες ευρώ."),
    I("Είμαι γεννημένη 3/9/1986.", ("date_of_birth", "3/9/1986")),
    # --- Thessaly, flood (older farmer)
    I("Εμπρός; Ναι, εγώ είμαι ο Θανάσης ο Μπακάλης, από τον Παλαμά, μας πλάκωσε το νερό, παιδί μου, ως το γόνατο μέσα στο σπίτι.",
      ("name", "Θανάσης"), ("name", "Μπακάλης")),
    I("Κύριε Θανάση, είστε όλοι καλά; Είστε ασφαλείς;", ("name", "Θανάση")),
    I("Το νερό μπήκε την Τετάρτη το βράδυ και έμεινε τρεις μέρες, χάλασε το ψυγείο, η κουζίνα, τα έπιπλα όλα."),
    I("Η ασφάλεια κατοικίας σας καλύπτει πλημμύρα με απαλλαγή πέντε τοις εκατό επί της ζημιάς, τουλάχιστον πεντακόσια ευρώ."),
    I("Το τηλέφωνο του σπιτιού είναι 24440 23671.", ("phone", "24440 23671")),
    I("Η διεύθυνση; Οδός Ηρώων Πολυτεχνείου 9, Παλαμάς Καρδίτσας.",
      ("address", "Οδός Ηρώων Πολυτεχνείου 9, Παλαμάς Καρδίτσας")),
    I("Γεννήθηκα το σαράντα εφτά, εικοσιπέντε Μαρτίου, ανήμερα της γιορτής.",
      ("date_of_birth", "σαράντα εφτά, εικοσιπέντε Μαρτίου")),
    I(f"ο ΑΦΜ περίμενε να βρω τα γυαλιά μου {_el_afm5}", ("id", _el_afm5)),
    I("Θα σας στείλουμε πραγματογνώμονα τη Δευτέρα, αν δεν έχουν κλείσει οι δρόμοι από τη Λάρισα."),
    # --- Attica, wildfire
    I("Καλησπέρα, με λένε Δήμητρα Αλεξίου, η φωτιά στη Βαρυμπόμπη έφτασε μέχρι τον κήπο μας και κάηκε η πέργκολα και η μισή σκεπή.",
      ("name", "Δήμητρα Αλεξίου")),
    I("Είναι καλά όλη η οικογένεια; Μένετε κάπου αλλού αυτές τις μέρες;"),
    I("Η ασφάλιση πυρός καλύπτει το κτίριο μέχρι εκατόν ογδόντα χιλιάδες, και την προσωρινή στέγαση μέχρι τρεις μήνες."),
    I("Μένουμε στην Τατοΐου 112, Βαρυμπόμπη, 136 72.", ("address", "Τατοΐου 112, Βαρυμπόμπη, 136 72")),
    I("dimitra τελεία alexiou παπάκι hotmail τελεία com",
      ("email", "dimitra τελεία alexiou παπάκι hotmail τελεία com"), ctx="Το email σας;"),
    I(f"ΑΦΜ, {_el_afm6}", ("id", _el_afm6)),
    I(f"Τη δόση του Οκτωβρίου θέλω να την πληρώσω με κάρτα, Visa, {grp(EL_VISA1, [4] * 4)}",
      ("card", grp(EL_VISA1, [4] * 4))),
    I("Η πυροσβεστική έδωσε βεβαίωση στις 23 Ιουλίου, με αριθμό 1182."),
    # --- Erasmus student in Granada, travel claim
    I("Γεια σας, είμαι η Μαριλένα, Μαρία-Ελένη Σταθοπούλου, είμαι Erasmus στη Γρανάδα και έσπασα τον καρπό μου.",
      ("name", "Μαριλένα"), ("name", "Μαρία-Ελένη Σταθοπούλου")),
    I("Πήγα στο Hospital Virgen de las Nieves, μου ζήτησαν τετρακόσια πενήντα ευρώ για τον γύψο."),
    I("Κράτα όλες τις αποδείξεις, το ταξιδιωτικό καλύπτει ιατρικά έξοδα μέχρι πενήντα χιλιάδες, με απαλλαγή εξήντα ευρώ."),
    I("δεκαεννιά του εννιά, δύο χιλιάδες τρία", ("date_of_birth", "δεκαεννιά του εννιά, δύο χιλιάδες τρία"),
      ctx="Ημερομηνία γέννησης;"),
    I("+30 698 224 1577, αυτό είναι το ελληνικό μου.", ("phone", "+30 698 224 1577")),
    I(f"Το IBAN μου, {_el_gr2}", ("iban", _el_gr2)),
    I(f"Ο ΑΦΜ μου, μισό να τον βρω... {EL_AFM3}.", ("id", EL_AFM3)),
]
EL_IBAN_GR5 = iban("GR", "011" + "0398" + "0000039847126603")
_el_afm4 = el(grp(EL_AFM4, [3, 3, 3]))
_el_mc2 = el(grp(EL_MC2, [4] * 4))
_el_cy_a = el(grp(EL_MC_CY[:8], [4, 4]))
_el_cy_b = el(grp(EL_MC_CY[8:], [4, 4]))
_el_afm8 = el_groups(grp(EL_AFM8, [3, 3, 3]))
EL += [
    # --- private hospital admission
    I("Καλημέρα, λέγομαι Σπύρος Νικολάου, θέλω έγκριση για εισαγωγή στο Ερρίκος Ντυνάν για χολοκυστεκτομή.",
      ("name", "Σπύρος Νικολάου")),
    I("Μάλιστα. Η εισαγωγή είναι προγραμματισμένη για τις δώδεκα του μήνα, σωστά;"),
    I("Το πρόγραμμά σας καλύπτει δίκλινο θάλαμο στο εκατό τοις εκατό, με συμμετοχή χίλια πεντακόσια ευρώ ανά περιστατικό."),
    I(_el_afm4, ("id", _el_afm4), ctx="Τον ΑΦΜ του ασφαλισμένου, παρακαλώ."),
    I("Γεννήθηκα 7 Φεβρουαρίου 1971.", ("date_of_birth", "7 Φεβρουαρίου 1971")),
    I("Στείλτε μου την έγκριση στο spyros_nik71@otenet.gr.", ("email", "spyros_nik71@otenet.gr")),
    I(f"Τη συμμετοχή θα την πληρώσω με τη Mastercard, {_el_mc2}", ("card", _el_mc2)),
    I(f"Κι αν υπάρξει επιστροφή, στον λογαριασμό {EL_IBAN_GR4}", ("iban", EL_IBAN_GR4)),
    # --- Chania, renewal and bonus-malus (Cretan)
    I("Γεια σου, ο Νίκος ο Μαυρογιαννάκης είμαι, από τα Χανιά, ήρθε το ειδοποιητήριο για ανανέωση κι ίντα 'ναι τούτα τα λεφτά;",
      ("name", "Νίκος"), ("name", "Μαυρογιαννάκης")),
    I("Κύριε Μαυρογιαννάκη, το ασφάλιστρο ανέβηκε γιατί πέρσι είχατε μια ζημιά και πέσατε δύο κλάσεις στο bonus-malus.",
      ("name", "Μαυρογιαννάκη")),
    I("Το εξάμηνο είναι διακόσια ογδόντα εννιά ευρώ μαζί με οδική βοήθεια, θραύση κρυστάλλων και φωτιά."),
    I(f"Βάλ' το στην κάρτα, {EL_VISA2}", ("card", EL_VISA2)),
    I(f"ΑΦΜ {EL_AFM7}", ("id", EL_AFM7)),
    I("Κινητό 6945 71 38 20", ("phone", "6945 71 38 20")),
    I("γεννήθηκα εικοσιοχτώ Οκτωβρίου του εξήντα τρία",
      ("date_of_birth", "εικοσιοχτώ Οκτωβρίου του εξήντα τρία")),
    I("Το μέιλ είναι nikosmavro63@yahoo.gr", ("email", "nikosmavro63@yahoo.gr")),
    I(f"Κι η επιστροφή απ' την παλιά ζημιά να πάει εδώ, {grp(EL_IBAN_GR5, [4] * 6 + [3])}",
      ("iban", grp(EL_IBAN_GR5, [4] * 6 + [3]))),
    I("Η λήξη του συμβολαίου είναι στις 30 Σεπτεμβρίου, κι αν πληρώσετε ως τις 15 έχετε έκπτωση πέντε τοις εκατό."),
    # --- Cyprus, adding a young named driver
    I("Γεια σας, η Ανδρούλλα Χριστοδούλου είμαι, θέλω να βάλω τζαι τον γιο μου οδηγό στο αυτοκίνητο.",
      ("name", "Ανδρούλλα Χριστοδούλου")),
    I("Ναι κυρία Ανδρούλλα, πόσων χρονών είναι ο γιος σας;", ("name", "Ανδρούλλα")),
    I("Εγεννήθηκε δώδεκα Ιουνίου του δύο χιλιάδες έξι.",
      ("date_of_birth", "δώδεκα Ιουνίου του δύο χιλιάδες έξι")),
    I("Για νέο οδηγό κάτω των είκοσι πέντε, το ασφάλιστρο ανεβαίνει κατά τριακόσια σαράντα ευρώ, τζαι υπάρχει πρόσθετο excess εφτακόσια πενήντα."),
    I(f"Θα πληρώσω με κάρτα, {_el_cy_a}", ("card", _el_cy_a)),
    I(f"Ναι, τζαι μετά {_el_cy_b}", ("card", _el_cy_b), ctx=f"{_el_cy_a}, σωστά;"),
    I("Το σπίτι εν 25 338 416.", ("phone", "25 338 416")),
    I("androulla τελεία christodoulou παπάκι cytanet τελεία com τελεία cy",
      ("email", "androulla τελεία christodoulou παπάκι cytanet τελεία com τελεία cy"),
      ctx="Το email σας;"),
    I(f"Τζαι το direct debit να γίνεται που το {EL_IBAN_CY2}", ("iban", EL_IBAN_CY2)),
    I("Η αλλαγή ισχύει από αύριο στις δώδεκα το μεσημέρι, τζαι το νέο πιστοποιητικό εννά σας έρτει με email."),
    # --- caller in Stuttgart, storm damage to the family house in Kavala
    I("Γεια σας, ο Κώστας Δημητρίου είμαι, μένω στη Στουτγάρδη, έχω ασφαλισμένο το πατρικό στην Καβάλα.",
      ("name", "Κώστας Δημητρίου")),
    I("Έπεσε ένα πεύκο στη σκεπή με την κακοκαιρία «Ελπίς» τον Ιανουάριο, το είδε ο γείτονας."),
    I(f"Η αποζημίωση μπορεί να πάει σε γερμανικό λογαριασμό; {grp(EL_IBAN_DE, [4] * 5 + [2])}",
      ("iban", grp(EL_IBAN_DE, [4] * 5 + [2]))),
    I("Το σπίτι είναι οδός Ομονοίας 56, Καβάλα, κοντά στο Ιμαρέτ.",
      ("address", "οδός Ομονοίας 56, Καβάλα")),
    I("Καλέστε με στο γερμανικό, +49 171 4482309.", ("phone", "+49 171 4482309")),
    I("Ο πραγματογνώμονας μπορεί να πάει την Πέμπτη στις έντεκα, θα είναι εκεί η αδερφή μου με τα κλειδιά."),
    I(f"ΑΦΜ έχω ελληνικό, {_el_afm8}", ("id", _el_afm8)),
    I("Γεννήθηκα στην Καβάλα στις 2 Ιανουαρίου 1968.", ("date_of_birth", "2 Ιανουαρίου 1968")),
    I("Το email μου kostas.dimitriou@web.de, είναι γερμανικό.", ("email", "kostas.dimitriou@web.de")),
    # --- Athens, cruise cancelled (older caller)
    I("Καλησπέρα, είμαι η Βούλα, Παρασκευή Λαμπράκη, είχαμε κλείσει κρουαζιέρα για Σαντορίνη και Μύκονο και αρρώστησε ο άντρας μου.",
      ("name", "Βούλα"), ("name", "Παρασκευή Λαμπράκη")),
    I("Η ακύρωση πρέπει να δηλωθεί μέσα σε σαράντα οκτώ ώρες, και θα χρειαστούμε ιατρική γνωμάτευση από το νοσοκομείο."),
    I("Η κρουαζιέρα ήταν για την Παρασκευή 14 Ιουνίου, πληρώσαμε δύο χιλιάδες τριακόσια ευρώ οι δύο μας."),
    I(grp(EL_IBAN_GR3, [4] * 6 + [3]), ("iban", grp(EL_IBAN_GR3, [4] * 6 + [3])),
      ctx="Σε ποιον λογαριασμό να γίνει η επιστροφή;"),
    I("Σπίτι 210 6723418, κινητό δεν έχω, παιδί μου.", ("phone", "210 6723418")),
    I("Ιπποκράτους 33, Εξάρχεια, πέμπτος όροφος.",
      ("address", "Ιπποκράτους 33, Εξάρχεια, πέμπτος όροφος"), ctx="Τη διεύθυνσή σας;"),
    I(f"Το ασφάλιστρο της επόμενης χρονιάς βάλτε το στην Αμέρικαν, {grp(EL_AMEX, [4, 6, 5])}",
      ("card", grp(EL_AMEX, [4, 6, 5]))),
    I("Email δεν έχω, στείλτε τα στην κόρη μου, matina.lab@gmail.com.", ("email", "matina.lab@gmail.com")),
    # --- non-personal lines from the same contact centre
    I("Η γραμμή εξυπηρέτησης λειτουργεί Δευτέρα με Παρασκευή εννιά με πέντε, και η οδική βοήθεια όλο το εικοσιτετράωρο."),
    I("Πάρτε το αυτοκίνητο στο συνεργείο «Αφοί Μαρκόπουλοι» στον Ταύρο, είναι συμβεβλημένο μαζί μας."),
    I("Το ποσό των χιλίων διακοσίων σαράντα ευρώ θα κατατεθεί έως τις 10 του μήνα."),
    I("Ο αριθμός συμβολαίου σας είναι 10 475 882 31, θα τον βρείτε πάνω δεξιά στο συμβόλαιο."),
    I("Η πτήση A3 604 από το Μόναχο είχε καθυστέρηση τέσσερις ώρες, άρα δικαιούστε εκατό ευρώ από το ταξιδιωτικό."),
    I("Η Ύδρα δεν καλύπτεται για θαλάσσια μεταφορά του οχήματος, μόνο η ηπειρωτική χώρα και η Κρήτη."),
    I("Την Κυριακή το πρωί ήρθε το ρυμουλκό, γύρω στις έντεκα και είκοσι, και το πήγε στο Περιστέρι."),
    I("εεε λοιπόν το συμβόλαιο ξεκίνησε πρώτη Μαρτίου του εικοσιτρία και λήγει τέλη Φεβρουαρίου"),
    I("Το φαρμακείο μου έκοψε απόδειξη εξήντα δύο ευρώ και πενήντα λεπτά για τα αντιβιοτικά."),
]
EL += [
    I("Η διεύθυνση αλληλογραφίας να αλλάξει σε Ελευθερίου Βενιζέλου 47, Νέα Σμύρνη, 171 21.",
      ("address", "Ελευθερίου Βενιζέλου 47, Νέα Σμύρνη, 171 21")),
    I("Το νέο μου κινητό είναι εξήντα εννιά, ενενήντα τρία, σαράντα ένα, είκοσι δύο, δεκαεφτά.",
      ("phone", "εξήντα εννιά, ενενήντα τρία, σαράντα ένα, είκοσι δύο, δεκαεφτά")),
    I("Η ζημιά έγινε στη γωνία Σταδίου και Αιόλου, μπροστά στο Attica."),
    I("Το ραντεβού με τον πραγματογνώμονα είναι Τρίτη 18 του μήνα, στις δέκα και μισή."),
]
LANGS["el"] = EL

# === DATA ===


# ---------------------------------------------------------------- build
def scan_nonpersonal(text, where):
    """long numbers in a non-personal line must fail every check."""
    t = text.translate(AR_INDIC)
    for m in re.finditer(r"\d(?:\d|[ \-\.](?=\d))*", t):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19:
            assert not luhn_ok(d), (where, "luhn-valid", m.group())
        if len(d) == 9:
            assert not tz_ok(d) and not afm_ok(d), (where, "9-digit id-valid", m.group())
        if len(d) == 10 and d[0] in "12":
            assert not saudi_ok(d), (where, "saudi-valid", m.group())
        if re.fullmatch(r"\d{3}-\d{2}-\d{4}", m.group()):
            assert not ssn_ok(d), (where, "ssn-shaped", m.group())
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{1,4}){3,8}", t):
        assert not iban_ok(m.group()), (where, "iban-valid", m.group())


SPOKEN_OK = re.compile(r"[A-Z]{0,2}[\d\s\-\.]+")


def check_value(kind, sub, where):
    s = sub.translate(AR_INDIC)
    if not SPOKEN_OK.fullmatch(s):
        return  # spoken or mixed: generated from a checked value by construction
    d = digits(s)
    if kind == "card":
        assert 13 <= len(d) <= 19 and luhn_ok(d), (where, sub)
    elif kind == "iban":
        assert iban_ok(s), (where, sub)
    elif kind == "id":
        assert id_ok(d), (where, sub)


def build(lang, items):
    rows, kinds = [], Counter()
    for n, it in enumerate(items):
        text = it["text"]
        where = (lang, n, text[:60])
        assert text == text.strip() and text, where
        b = text.encode("utf-8")
        spans = []
        for sp in it["spans"]:
            kind, sub = sp[0], sp[1]
            assert kind in KINDS, (where, kind)
            assert sub and sub == sub.strip(), (where, sub)
            sb = sub.encode("utf-8")
            pos, i = [], b.find(sb)
            while i >= 0:
                pos.append(i)
                i = b.find(sb, i + len(sb))
            assert pos, (where, "missing", sub)
            if len(sp) > 2:
                start = pos[sp[2]]
            else:
                assert len(pos) == 1, (where, "ambiguous", sub)
                start = pos[0]
            end = start + len(sb)
            assert b[start:end].decode("utf-8") == sub
            check_value(kind, sub, where)
            spans.append({"kind": kind, "start": start, "end": end})
            kinds[kind] += 1
        spans.sort(key=lambda x: x["start"])
        for a, c in zip(spans, spans[1:]):
            assert a["end"] <= c["start"], (where, "overlap")
        if not spans:
            scan_nonpersonal(text, where)
        row = {"text": text, "spans": spans}
        if it["context"]:
            row["context"] = it["context"]
        rows.append(row)
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), (lang, "duplicate text")
    return rows, kinds


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    for lang, items in LANGS.items():
        rows, kinds = build(lang, items)
        path = os.path.join(OUT_DIR, lang + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        empty = sum(1 for r in rows if not r["spans"])
        print("%s: %d items (%d non-personal), %d spans: %s" % (
            lang, len(rows), empty, sum(kinds.values()),
            ", ".join("%s %d" % (k, kinds[k]) for k in KINDS)))
        if "--strict" in sys.argv:
            for k in KINDS:
                assert kinds[k] >= 7, (lang, k, kinds[k])
            assert 20 <= kinds["name"] <= 25, (lang, kinds["name"])
            assert 35 <= empty <= 45, (lang, empty)


if __name__ == "__main__":
    main()
