#!/usr/bin/env python3
"""Held-out redaction evaluation set "blind26" (English, Arabic, Hebrew, Greek).

Written by a helper session working only from a written brief. The author never
opened, read or ran the redactor, its rules, its tests, or any other evaluation
set or generator; every line below comes from the brief and the author's own
knowledge of how people talk on customer-service phone calls. All values are
invented; check-digit values (cards, IBANs, national IDs) are computed here.

Running this script writes data/redaction/blind26/{en,ar,he,el}.jsonl next to
the repository root, one JSON object per line:

    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...],
     "context": str}            # "context" optional, not scored

kind is one of card, iban, id, phone, email, date_of_birth, name, address.
start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive),
found by searching for each span's substring and asserted below. Items with an
empty "spans" list are non-personal and must come out unchanged.

Standard library only; deterministic output.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "data", "redaction", "blind26"))
KINDS = ("card", "iban", "id", "phone", "email", "date_of_birth", "name", "address")

# ---------------------------------------------------------------- checks
def luhn_ok(d):
    if not d.isdigit():
        return False
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def luhn_complete(p):
    for c in "0123456789":
        if luhn_ok(p + c):
            return p + c
    raise AssertionError(p)


def card(p):
    d = luhn_complete(p)
    assert 13 <= len(d) <= 19, d
    return d


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "KW": 30, "QA": 29, "BH": 22, "LB": 28,
            "FR": 27, "NL": 18, "IT": 27, "ES": 24, "TR": 26, "PS": 29}


def _num36(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = re.sub(r"[^0-9A-Za-z]", "", s).upper()
    if len(s) != IBAN_LEN.get(s[:2], -1):
        return False
    return _num36(s[4:] + s[:4]) % 97 == 1


def iban(cc, bban):
    chk = 98 - _num36(bban + cc + "00") % 97
    s = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(s), s
    return s


def tz_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    s = 0
    for i, c in enumerate(d):
        n = int(c) * (1 if i % 2 == 0 else 2)
        s += n if n < 10 else n - 9
    return s % 10 == 0


def tz(p8):
    for c in "0123456789":
        if tz_ok(p8 + c):
            return p8 + c
    raise AssertionError(p8)


def afm_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return s % 11 % 10 == int(d[8])


def afm(p8):
    for c in "0123456789":
        if afm_ok(p8 + c):
            return p8 + c
    raise AssertionError(p8)


def saudi_ok(d):
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def saudi(p9):
    d = luhn_complete(p9)
    assert saudi_ok(d), d
    return d


def ssn_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


def id_ok(d):
    return tz_ok(d) or afm_ok(d) or saudi_ok(d) or ssn_ok(d)

# ---------------------------------------------------------------- formatting
AI = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FROM_AI = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def ai(s):
    """ASCII digits -> Arabic-Indic digits."""
    return s.translate(AI)


def grp(d, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(d[i:i + n])
        i += n
    if i < len(d):
        out.append(d[i:])
    return sep.join(x for x in out if x)


def g4(d, sep=" "):
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))


DIGIT_WORDS = {
    "en": "zero one two three four five six seven eight nine".split(),
    "ar": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "ar_lev": "صفر واحد تنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
    "he_f": "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split(),
    "he_m": "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split(),
    "el": "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split(),
}


def words(lang, d, sizes=None, gsep=", ", zero=None, double=False):
    """Spell digits as words, optionally grouped; 'double' pairs in English."""
    dw = list(DIGIT_WORDS[lang])
    if zero:
        dw[0] = zero
    groups = [d] if not sizes else grp(d, sizes, "|").split("|")
    out = []
    for g in groups:
        toks, i = [], 0
        while i < len(g):
            if double and i + 1 < len(g) and g[i] == g[i + 1] and (i + 2 >= len(g) or g[i + 2] != g[i]):
                toks.append("double " + dw[int(g[i])])
                i += 2
            else:
                toks.append(dw[int(g[i])])
                i += 1
        out.append(" ".join(toks))
    s = gsep.join(out)
    assert spoken_digits(s) == d, (s, d, spoken_digits(s))
    return s

# ---------------------------------------------------------------- decoding spoken numbers
_W = {}
for _lang, _ws in DIGIT_WORDS.items():
    for _i, _w in enumerate(_ws):
        _W[_w] = str(_i)
_W.update({"oh": "0", "o": "0", "nought": "0", "zero": "0",
           "تلاتة": "3", "ثلاث": "3", "تلات": "3", "اتنين": "2", "إثنين": "2", "أربع": "4",
           "اربعة": "4", "اربع": "4", "خمس": "5", "ست": "6", "سبع": "7", "تمنية": "8",
           "ثمنية": "8", "تسع": "9", "زيرو": "0", "سفر": "0", "وحدة": "1", "واحدة": "1",
           "جوج": "2", "زوج": "2", "تمنيا": "8", "ربعة": "4", "خمسة": "5", "ستة": "6",
           "שתים": "2", "ένας": "1", "δυο": "2", "τέσσερις": "4", "επτά": "7", "οκτώ": "8",
           "εννέα": "9", "τρια": "3", "ενα": "1", "εφτα": "7", "οχτω": "8", "εννια": "9",
           "μηδεν": "0", "εξι": "6", "πεντε": "5", "τεσσερα": "4"})
_TENS = {"ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
         "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19",
         "twenty": "2", "thirty": "3", "forty": "4", "fifty": "5", "sixty": "6", "seventy": "7",
         "eighty": "8", "ninety": "9",
         "δέκα": "10", "έντεκα": "11", "δώδεκα": "12", "δεκατρία": "13", "δεκατέσσερα": "14",
         "δεκαπέντε": "15", "δεκαέξι": "16", "δεκαεφτά": "17", "δεκαοχτώ": "18", "δεκαεννιά": "19",
         "είκοσι": "2", "τριάντα": "3", "σαράντα": "4", "πενήντα": "5", "εξήντα": "6",
         "εβδομήντα": "7", "ογδόντα": "8", "ενενήντα": "9",
         "עשרים": "2", "שלושים": "3", "ארבעים": "4", "חמישים": "5", "שישים": "6", "שבעים": "7",
         "שמונים": "8", "תשעים": "9"}
_AR_TENS = {"عشرين": "2", "عشرون": "2", "تلاتين": "3", "ثلاثين": "3", "أربعين": "4", "اربعين": "4",
            "خمسين": "5", "ستين": "6", "سبعين": "7", "تمانين": "8", "ثمانين": "8", "تسعين": "9"}
_MULT = {"double": 2, "triple": 3, "دبل": 2, "δύο φορές": 2}


def spoken_digits(s, letters=False):
    """Digits (and, for IBANs, letters) that a spoken/written number stands for."""
    s = s.translate(FROM_AI)
    toks = re.findall(r"[^\W_]+", s.replace("-", " - "))
    out, mult, i = [], 1, 0
    while i < len(toks):
        t = toks[i]
        tl = t.lower()
        if t.isdigit():
            out.append(t * mult if len(t) == 1 else t)
            mult = 1
        elif tl in _MULT:
            mult = _MULT[tl]
        elif tl in _TENS:
            v = _TENS[tl]
            if len(v) == 1:
                nxt = toks[i + 1].lower() if i + 1 < len(toks) else ""
                if nxt[:1] == "ו" and nxt[1:] in _W:
                    nxt = nxt[1:]
                if nxt in _W and _W[nxt] != "0" and nxt not in ("oh", "o"):
                    out.append(v + _W[nxt])
                    i += 1
                else:
                    out.append(v + "0")
            else:
                out.append(v)
        elif tl in _AR_TENS:
            out.append(_AR_TENS[tl] + "0")
        elif (tl in _W and i + 1 < len(toks) and toks[i + 1][:1] == "و"
              and toks[i + 1][1:] in _AR_TENS):
            out.append(_AR_TENS[toks[i + 1][1:]] + _W[tl])
            i += 1
        elif tl in _W:
            out.append(_W[tl] * mult)
            mult = 1
        elif len(t) > 1 and t[0] in "וو" and t[1:] in _W:
            out.append(_W[t[1:]] * mult)
            mult = 1
        elif letters and t.isascii() and t.isalnum() and t.isupper():
            out.append(t.upper())
        i += 1
    return "".join(out)

# ---------------------------------------------------------------- items
ITEMS = {}


def adder(lang):
    ITEMS.setdefault(lang, [])

    def add(text, *spans, ctx=None):
        ITEMS[lang].append((text, list(spans), ctx))
    return add


def _check_value(kind, sub):
    if kind == "card":
        d = spoken_digits(sub)
        assert 13 <= len(d) <= 19 and luhn_ok(d), (sub, d)
    elif kind == "iban":
        d = re.sub(r"[^0-9A-Za-z]", "", sub.translate(FROM_AI))
        if not iban_ok(d):
            d = spoken_digits(sub, letters=True)
        assert iban_ok(d), (sub, d)
    elif kind == "id":
        d = spoken_digits(sub)
        assert id_ok(d), (sub, d)
    elif kind == "phone":
        d = spoken_digits(sub)
        assert 7 <= len(d) <= 15, (sub, d)


_RUN = re.compile(r"[0-9٠-٩](?:[ .\-]?[0-9٠-٩])*")


def _check_negative(text):
    for m in _RUN.finditer(text):
        d = m.group().translate(FROM_AI)
        d = re.sub(r"\D", "", d)
        if 13 <= len(d) <= 19:
            assert not luhn_ok(d), ("negative passes Luhn", text)
        if len(d) == 9:
            assert not tz_ok(d) and not afm_ok(d), ("negative passes TZ/AFM", text)
        if len(d) == 10 and d[0] in "12":
            assert not luhn_ok(d), ("negative passes Saudi", text)
        if len(d) >= 15:
            assert not iban_ok(d), text


def build(lang):
    lines = []
    for text, spans, ctx in ITEMS[lang]:
        b = text.encode("utf-8")
        out = []
        for sp in spans:
            kind, sub = sp[0], sp[1]
            occ = sp[2] if len(sp) > 2 else 0
            assert kind in KINDS, sp
            sb = sub.encode("utf-8")
            start = -1
            for _ in range(occ + 1):
                start = b.find(sb, start + 1)
                assert start >= 0, ("span not found", sub, text)
            end = start + len(sb)
            assert b[start:end].decode("utf-8") == sub
            _check_value(kind, sub)
            out.append({"kind": kind, "start": start, "end": end})
        out.sort(key=lambda x: x["start"])
        for a, c in zip(out, out[1:]):
            assert a["end"] <= c["start"], ("overlap", text)
        if not out:
            _check_negative(text)
        obj = {"text": text, "spans": out}
        if ctx:
            obj["context"] = ctx
        lines.append(json.dumps(obj, ensure_ascii=False))
    return lines


def stats(lang):
    counts = {k: 0 for k in KINDS}
    neg = 0
    for text, spans, ctx in ITEMS[lang]:
        if not spans:
            neg += 1
        for sp in spans:
            counts[sp[0]] += 1
    return len(ITEMS[lang]), neg, counts

# ================================================================ languages
# (language sections are appended below)

# ---------------------------------------------------------------- English
en = adder("en")
C1 = card("522381004719265")      # Mastercard 16
C2 = card("37829461053721")       # Amex 15
C3 = card("413787662910442")      # Visa 16 (spoken)
C4 = card("601142087765310")      # Discover 16
C5 = card("3056930912458")        # Diners 14
C6 = card("492811736405")         # Visa 13
C7 = card("676770281946032215")   # Maestro 19
C8 = card("453201874509312")      # Visa 16 (mixed)
IB1 = iban("GB", "LOYD30962548137026")
IB2 = iban("GB", "NWBK60730291846302")
IB3 = iban("IE", "BOFI90001761234509")
IB4 = iban("IE", "AIBK93208647190352")
IB5 = iban("DE", "500105175408210733")
IB6 = iban("AE", "0330001947226510384")
IB7 = iban("GB", "HBUK40112783650914")
IB8 = iban("SA", "65000000238147509913")
IQ1 = saudi("241739580")
TZ1 = tz("31584726")

# Call 1: motorcycle dealership, West Yorkshire
en("Good morning, Marsden Motorcycles, you're through to Becky, how can I help?", ("name", "Becky"))
en("Hiya love, it's Gaz here, Gareth Holroyd, I put a deposit down on the Bonneville on Saturday.",
   ("name", "Gaz"), ("name", "Gareth Holroyd"))
en("Yeah, the Bonneville T120, the black one, it was eleven thousand four hundred and ninety-nine and the deposit was five hundred.")
en("Can I pay the rest of the deposit on a different card? It's a Mastercard, %s." % grp(C1, [4, 4, 4, 4]),
   ("card", grp(C1, [4, 4, 4, 4])))
en("We'll have it PDI'd and ready for collection Thursday the 14th, any time after two o'clock.")
en("Third of February, nineteen ninety.", ("date_of_birth", "Third of February, nineteen ninety"),
   ctx="And for the finance side I'll need your date of birth, Gareth.")
en("It's 27 Moorside Crescent, Cleckheaton, BD19 4PL.", ("address", "27 Moorside Crescent, Cleckheaton, BD19 4PL"),
   ctx="And the address the finance company has for you?")
en("The finance is over thirty-six months at nine point nine percent APR, so roughly three hundred and twelve a month.")

# Call 2: osteopath, Cork
en("Hi there, my name is Siobhán Ní Bhriain, I've an appointment on Tuesday and I need to move it.",
   ("name", "Siobhán Ní Bhriain"))
en("N I, then B H R I A I N.", ("name", "N I, then B H R I A I N"), ctx="Grand, and can you spell the surname for me?")
en("my mobile is oh eight seven two four one double six oh nine",
   ("phone", "oh eight seven two four one double six oh nine"))
en("It's siobhan dot nibhriain at eircom dot net, all lower case.",
   ("email", "siobhan dot nibhriain at eircom dot net"), ctx="And an email for the reminders?")
en("The initial consultation is sixty-five euro and follow-ups are fifty-five, and they run about forty minutes.")
en("So that's moved to Tuesday the 9th at 10:30, second room on the left, and please come ten minutes early.")
en("For the refund of the deposit, sure, it's %s." % g4(IB3), ("iban", g4(IB3)))
en("Thanks a million, Siobhán, we'll see you on the ninth so.", ("name", "Siobhán"))

# Call 3: parcel lockers, Atlanta
en("Thank you for calling ParcelPoint Lockers, my name is Marcus, can I get your tracking number?", ("name", "Marcus"))
en("Yeah it's 1Z 48W 7E0 03 4417 9026, it says delivered to locker 14 at the Kroger on Ponce de Leon.")
en("The pickup code expired after seventy-two hours, I was out of town till Sunday.")
en("This is DeShawn Williams, W I L L I A M S.", ("name", "DeShawn Williams"), ("name", "W I L L I A M S"))
en("Okay Mr. Williams, I'm gonna send a new code to the number on file, is that still (404) 872-3316?",
   ("name", "Williams"), ("phone", "(404) 872-3316"))
en("No, um, that's my old one, use four seven oh, three nine one, five five two eight.",
   ("phone", "four seven oh, three nine one, five five two eight"))
en("It's d will underscore eighty-eight at gmail dot com.", ("email", "d will underscore eighty-eight at gmail dot com"),
   ctx="And what email do you want the code sent to?")
en("Lockers on Peachtree are open twenty-four seven, and you got five days on the new code.")
en("Your case number is 7 7 1 0 4 5 2, if you call back just give them that.")

# Call 4: podiatrist, Brisbane
en("G'day, it's Bazza, Barry Dunstan, I'm after an appointment for me heel.", ("name", "Bazza"), ("name", "Barry Dunstan"))
en("fourteenth of the sixth fifty two", ("date_of_birth", "fourteenth of the sixth fifty two"),
   ctx="No worries Barry, and just your date of birth so I can pull up your file?")
en("Unit 3, 18 Wattle Street, Toowong.", ("address", "Unit 3, 18 Wattle Street, Toowong"),
   ctx="Still at the same address?")
en("Yep, mobile's oh four one two, three four seven, eight nine oh.",
   ("phone", "oh four one two, three four seven, eight nine oh"))
en("The custom orthotics are two hundred and eighty bucks and you'd get about half back on your extras.")
en("We've got Wednesday at quarter past three or Friday the 22nd at nine.")

# Call 5: recycling centre van permit, London
en("Hello, um, I need a van permit, my name's Lorraine Pickering.", ("name", "Lorraine Pickering"))
en("Flat 6, Chaucer House, 41 Barnsbury Road, N1 0HB.",
   ("address", "Flat 6, Chaucer House, 41 Barnsbury Road, N1 0HB"), ctx="What's the address the permit's for?")
en("You're allowed twelve van visits a year and the Saturday slots from eight till twelve are booked up till the 23rd.")
en("Plasterboard is four pounds a sheet and tyres are three fifty each, up to four tyres.")
en("lorraine pickering 61 at hotmail dot co dot uk", ("email", "lorraine pickering 61 at hotmail dot co dot uk"),
   ctx="And an email address to send the permit to?")
en("Lovely, the permit number is HL 20 4471 and it's valid until the end of March.")

# Call 6: stairlift installation, Edinburgh
en("Hi, my name's Fiona Bell, I'm calling about a stairlift for my mum, she's had a fall.", ("name", "Fiona Bell"))
en("Her date of birth is the second of August 1938.", ("date_of_birth", "the second of August 1938"))
en("It's 9 Craiglea Drive, Morningside, Edinburgh EH10 5PB, the stairs are straight, thirteen steps.",
   ("address", "9 Craiglea Drive, Morningside, Edinburgh EH10 5PB"), ctx="And the address where it's going in?")
en("A straight rail is two thousand one hundred and fifty pounds fitted, a curved one starts from four thousand two hundred.")
en("The surveyor can come on the 19th between ten and twelve, it takes about forty-five minutes.")
en("I'll pay the deposit on my Amex, it's %s." % grp(C2, [4, 6, 5]), ("card", grp(C2, [4, 6, 5])))
en("Zero seven seven one two, four eight three, six one nine.", ("phone", "Zero seven seven one two, four eight three, six one nine"),
   ctx="And a number the surveyor can ring on the day?")

# Call 7: telescope shop, Chicago
en("Hi, yeah, my name is Raúl Menéndez, I'm looking at the Celestron NexStar 8SE, model 11069.", ("name", "Raúl Menéndez"))
en("It's fourteen ninety-nine, and the eight inch Dobsonian is six forty-nine if you don't need the go-to mount.")
en("Okay, card number is %s." % words("en", C3, [4, 4, 4, 4]), ("card", words("en", C3, [4, 4, 4, 4])))
en("Deliver to 5520 North Sheridan Road, apartment 12B, Chicago, Illinois 60640.",
   ("address", "5520 North Sheridan Road, apartment 12B, Chicago, Illinois 60640"))
en("Shipping's free over ninety-nine dollars and it goes out in two to three business days via FedEx Ground.")
en("Perfect, you'll get a confirmation, order number SSO-558213.")

# Call 8: power-wheelchair repair, south London (Nigerian caller)
en("Good afternoon, my name is Mrs Folasade Adeyemi, I am calling about my husband's power chair, it is not charging at all.",
   ("name", "Folasade Adeyemi"))
en("It is a Pride Quantum Q6 Edge, we bought it in 2019, the serial is Q6E-44710093.")
en("The call-out is forty-five pounds and a new pair of batteries is one hundred and ninety, fitted same day.")
en("You can reach me on 07946 218 553, or my son after six o'clock.", ("phone", "07946 218 553"))
en("It's fola dot adeyemi at yahoo dot co dot uk. Fola, F-O-L-A.",
   ("email", "fola dot adeyemi at yahoo dot co dot uk"), ctx="And your email for the invoice, Mrs Adeyemi?")
en("We are at 112 Hither Green Lane, Lewisham, SE13 6QA, ground floor, the blue door.",
   ("address", "112 Hither Green Lane, Lewisham, SE13 6QA, ground floor"), ctx="What's the address for the engineer?")
en("The engineer will be with you between eight and one on Monday the 3rd.")

# Call 9: youth hostel, caller from Bangalore
en("Hello, this is Venkatesh Subramanian calling from Bangalore, I want to book for four people.",
   ("name", "Venkatesh Subramanian"))
en("Two nights, the 17th and 18th of May, the dorm bed is twenty-eight pounds per person per night, so four beds.")
en("Checkout is ten a.m., and breakfast is seven pounds fifty extra, served from half seven to half nine.")
en("Card number %s, expiry oh eight twenty-eight." % grp(C5, [4, 6, 4]), ("card", grp(C5, [4, 6, 4])))
en("Plus nine one, nine eight four five oh, six two seven three one.",
   ("phone", "Plus nine one, nine eight four five oh, six two seven three one"), ctx="And a contact number in India?")
en("venkat dot s 1987 at rediffmail dot com", ("email", "venkat dot s 1987 at rediffmail dot com"),
   ctx="Could I also take an email for the confirmation?")
en("Your booking reference is SBY 40 17 55, and you are in room 6, the four-bed dorm on the second floor.")

# Call 10: zip-line park, Gold Coast
en("Yeah hi, it's Shazza, Sharon Nguyen, I booked the family pass for Sunday.", ("name", "Shazza"), ("name", "Sharon Nguyen"))
en("My son's born twenty-third of November 2012, does he need an adult on the course with him?",
   ("date_of_birth", "twenty-third of November 2012"))
en("Minimum weight is thirty kilos and max is a hundred and twenty, the course takes about two and a half hours.")
en("Adults are eighty-nine dollars and under-fifteens are sixty-five, so for the four of you it's three oh eight.")
en("Sunday the 6th, the 9:30 session has got eight spots left and the 1:15 has three.")
en("Can you refund the second pass to my card, the Maestro, %s?" % grp(C7, [4, 4, 4, 4, 3]),
   ("card", grp(C7, [4, 4, 4, 4, 3])))

# Call 11: sign-language interpreting agency, onboarding a freelance interpreter (US)
en("Hi, I'm one of your new ASL interpreters, I got an email about my W-9 not going through.")
en("My social is %s." % "412-67-3905", ("id", "412-67-3905"), ctx="Sure, can I verify your Social Security number?")
en("Okay, I see the issue, it was entered as 412-76, we'll fix that.")
en("We need an interpreter on March 3rd from nine to eleven thirty at Mercy General, room 412, cardiology.")
en("Mileage is paid at sixty-seven cents a mile and there's a two-hour minimum.")
en("For the direct deposit, my German account, %s, I'm still living in Berlin half the year." % IB5,
   ("iban", IB5))

# Call 12: quarry and stone supplier, Tipperary
en("Howya, it's Pádraig Mac Giolla Phádraig here, I ordered the stone for the yard.",
   ("name", "Pádraig Mac Giolla Phádraig"))
en("Twenty tonne of clause 804 and six bags of sand, and the lorry's an eight-wheeler so it needs three metres.")
en("deliver to 3 Glenview Lawns Carrick Road Clonmel E91 KX27",
   ("address", "3 Glenview Lawns Carrick Road Clonmel E91 KX27"))
IB4S = "%s AIBK %s" % (IB4[:4], words("en", IB4[8:], [2, 4, 4, 4], zero="oh"))
en("It's %s, that's Allied Irish." % IB4S, ("iban", IB4S), ctx="And the account for the refund on the overcharge?")

# Call 13: orthodontist, New Jersey
en("Bright Smile Orthodontics, this is Priya, how can I help you?", ("name", "Priya"))
en("Hi, it's Lakshmi Raman, I'm calling about my daughter's braces and the insurance claim.", ("name", "Lakshmi Raman"))
en("The insurance needs the subscriber's social, that's my husband, 529 38 1174.", ("id", "529 38 1174"))
en("Her date of birth is oh four, seventeen, two thousand eleven.", ("date_of_birth", "oh four, seventeen, two thousand eleven"))
en("The treatment is fifty-eight hundred total, eight hundred down and two fifty a month for twenty months.")
en("Her next adjustment is the 28th at 3:40, it's about twenty minutes.")
en("Thanks Mrs. Raman, I'll resubmit it today and it usually takes ten to fourteen business days.", ("name", "Raman"))

# Call 14: RV dealership credit application, Texas
en("Yes ma'am, it's Cody Ray Whitfield.", ("name", "Cody Ray Whitfield"), ctx="Okay, and what's the full name going on the application?")
en("six oh two, fifty-one, eight eight four seven", ("id", "six oh two, fifty-one, eight eight four seven"),
   ctx="And your Social Security number, hon?")
en("July fourth, 'seventy-nine, easy to remember.", ("date_of_birth", "July fourth, 'seventy-nine"),
   ctx="Date of birth?")
en("We live at 1408 County Road 217, Weatherford, Texas 76088.", ("address", "1408 County Road 217, Weatherford, Texas 76088"))
en("It's cody.whitfield@outlook.com", ("email", "cody.whitfield@outlook.com"))
en("The 2021 Winnebago Minnie is listed at sixty-four nine ninety-five, and with twelve thousand down you'd be at five eighty-nine a month for a hundred and forty-four months.")
en("The wife's social is 219-04-6638 if y'all want it on there too.", ("id", "219-04-6638"))
en("Put the holding deposit on the Discover, %s." % C4, ("card", C4))

# Call 15: professional licensing exam centre
en("Hello madam, I am a staff nurse in Riyadh, I want to reschedule my licensing exam.")
en("My Iqama number is %s." % words("en", IQ1, [3, 3, 4], gsep=" "), ("id", words("en", IQ1, [3, 3, 4], gsep=" ")))
en("The exam is on the 14th of September at the Riyadh centre, seat 22, and the reschedule fee is fifty dollars.")
en("For the refund of the difference, %s, it's Al Rajhi." % g4(IB8), ("iban", g4(IB8)))
en("My Israeli ID is %s, I'm taking the physiotherapy exam in Tel Aviv." % grp(TZ1, [3, 3, 3], "-"),
   ("id", grp(TZ1, [3, 3, 3], "-")))
en("Pay it back to my Emirates NBD account, %s." % IB6, ("iban", IB6))

# Call 16: mobile-home park lot application, Florida
en("Palmetto Pines Mobile Home Park, office, this is Darlene.", ("name", "Darlene"))
en("Hi, I'm calling about lot 47, the double-wide by the shuffleboard courts, is the application still open?")
en("Lot rent is six hundred and eighty-five a month, that includes water, sewer and trash, and there's a fifty-five and over rule.")
en("three four one, two nine, oh six one five", ("id", "three four one, two nine, oh six one five"),
   ctx="Okay, I'll need the applicant's Social Security number for the background part.")
en("I was born eleven thirty, nineteen forty-eight.", ("date_of_birth", "eleven thirty, nineteen forty-eight"))
en("and my wife's is 773-18-2046, she's the co-applicant", ("id", "773-18-2046"))
en("It's g r a m p s b o b at aol dot com, gramps bob all one word.",
   ("email", "g r a m p s b o b at aol dot com"), ctx="And an email, if you have one?")
en("The application fee's on the Visa, %s." % grp(C6, [4, 4, 5]), ("card", grp(C6, [4, 4, 5])))

# Call 17: vinyl-flooring fitter, Manchester
en("Right, so the kitchen and hall come to forty-two square metres, and the Karndean's thirty-eight ninety-nine a square metre.")
en("The fitters can do Wednesday the 12th, they start at eight and it's a two-day job with the latex screed.")
en("It's %s, that's the Lloyds one." % grp(IB1, [4, 4, 4, 4, 4]), ("iban", grp(IB1, [4, 4, 4, 4, 4])),
   ctx="For the refund of the overpayment, what's your IBAN?")
en("Sorry, it's %s HBUK, um, %s." % (IB7[:4], grp(IB7[8:], [4, 4, 4])),
   ("iban", "%s HBUK, um, %s" % (IB7[:4], grp(IB7[8:], [4, 4, 4]))),
   ctx="Sorry love, the Lloyds one's been closed, have you got another?")
en("Pay it with the Visa, %s, no hang on, that's the old one... yeah it's fine, that one." %
   ("4532 0187 four five oh nine three one two one"), ("card", "4532 0187 four five oh nine three one two one"))

# Call 18: rowing club membership, Dublin
en("so for the direct debit it's %s" % IB2.lower(), ("iban", IB2.lower()))
en("The senior membership is four hundred and twenty euro for the year, and the learn-to-row course is eight Saturdays from the 4th.")
en("Born the 9th of November '91.", ("date_of_birth", "9th of November '91"), ctx="And your date of birth for British Rowing and Rowing Ireland?")
en("it's ciaran underscore oshea at icloud dot com", ("email", "ciaran underscore oshea at icloud dot com"))
en("The boathouse is beside the Islandbridge weir, you'll see the green doors, and there's parking for about ten cars.")

# ---------------------------------------------------------------- Arabic
ar = adder("ar")
AC1 = card("458763019284715")     # Visa 16 (Arabic-Indic digits)
AC2 = card("588845201937466")     # mada 16 (spoken)
AC3 = card("507803114620589")     # Meeza 16
AC4 = card("37614520998317")      # Amex 15
AC5 = card("552174008316492")     # Mastercard 16
AC6 = card("400012837465")        # Visa 13
AC7 = card("621483009175320")     # UnionPay 16
AC8 = card("484715930261448")     # Visa 16
AI1 = iban("SA", "10000001480029375016")
AI2 = iban("SA", "45000000198726354110")
AI3 = iban("AE", "2600001015588246913")
AI4 = iban("AE", "0460003920117765408")
AI5 = iban("EG", "0037004400000471839200155")
AI6 = iban("JO", "ARAB1180000000118250936401")
AI7 = iban("KW", "NBOK0000000000002018364457")
AI8 = iban("QA", "QNBA000000000718233640019")
AID1 = saudi("104738295")
AID2 = saudi("210394857")
AID3 = saudi("112584067")
AID4 = saudi("245610938")
AID5 = saudi("108873214")
AID6 = saudi("230917465")
AID7 = saudi("119264803")
AID8 = tz("20485713")

# Call 1: maternity clinic, Riyadh (Gulf)
ar("عيادة الأمومة والولادة، معك نوف، كيف أقدر أخدمك؟", ("name", "نوف"))
ar("هلا والله، أنا اسمي هيا الدوسري، أبي أحجز موعد متابعة حمل.", ("name", "هيا الدوسري"))
ar("رقم الهوية %s" % ai(AID1), ("id", ai(AID1)), ctx="تمام، عطيني رقم الهوية الوطنية لو سمحتي.")
ar("مواليد خمسة رجب ألف وأربعمية وعشرة هجري", ("date_of_birth", "خمسة رجب ألف وأربعمية وعشرة هجري"),
   ctx="وتاريخ الميلاد؟")
ar("أنا الحين في الأسبوع الثامن والعشرين، والموعد الجاي لازم يكون قبل الأسبوع الثلاثين.")
ar("الكشف عند الاستشارية بثلاثمية وخمسين ريال، والسونار رباعي الأبعاد بخمسمية.")
ar("عندنا يوم الأحد الساعة عشرة ونص، أو الثلاثاء أربعة العصر.")
ar("جوالي صفر خمسة خمسة، تسعة واحد اثنين، سبعة أربعة ثمانية ستة",
   ("phone", "صفر خمسة خمسة، تسعة واحد اثنين، سبعة أربعة ثمانية ستة"))
ar("العنوان حي النرجس، شارع الأمير سعود بن عبدالله، مبنى ٧٤١٢، الرياض ١٣٣٢٧",
   ("address", "حي النرجس، شارع الأمير سعود بن عبدالله، مبنى ٧٤١٢، الرياض ١٣٣٢٧"))
ar("أبشري يا أم عبدالرحمن، تم الحجز ورقم الحجز ٥٥٠٨٢١.", ("name", "أم عبدالرحمن"))
ar("بدفع بالمدى، الرقم %s" % words("ar", AC2, [4, 4, 4, 4], gsep=" "), ("card", words("ar", AC2, [4, 4, 4, 4], gsep=" ")))

# Call 2: marble workshop, Cairo (Egyptian)
ar("ورشة النيل للرخام والجرانيت، أيوه يا فندم.")
ar("أيوه يا باشا، معاك الحاج سيد عبد الحميد، أنا كلمتك الأسبوع اللي فات على رخام المطبخ.",
   ("name", "سيد عبد الحميد"))
ar("أهلاً يا حاج سيد، المتر الجلالة بأربعمية وخمسين جنيه والتريستا بتلتمية وعشرين.", ("name", "سيد"))
ar("المطبخ حوالي اتنين وتلاتين متر طولي، والتركيب ياخد يومين.")
ar("العنوان ١٥ شارع عباس العقاد، مدينة نصر، الدور التالت، شقة ٩",
   ("address", "١٥ شارع عباس العقاد، مدينة نصر، الدور التالت، شقة ٩"), ctx="طيب حضرتك العنوان فين عشان المقاسات؟")
ar("رقمي صفر واحد صفر، تسعة تمانية اتنين، خمسة أربعة، سبعة واحد", ("phone", "صفر واحد صفر، تسعة تمانية اتنين، خمسة أربعة، سبعة واحد"))
ar("هحوّل العربون على الحساب، ابعتلي الآيبان بتاعكم.")
ar("آيبان المحل %s، بنك القاهرة." % AI5, ("iban", AI5))
ar("ولو عايز تدفع بالكارت، ميزة ولا فيزا ماشي، الرقم بتاعك إيه؟")
ar("ميزة، %s" % grp(AC3, [4, 4, 4, 4], "-"), ("card", grp(AC3, [4, 4, 4, 4], "-")))
ar("تمام، المعاينة يوم السبت الساعة اتناشر الضهر، والعربون ألفين جنيه.")

# Call 3: government-services typing centre, Dubai
ar("مركز الطباعة للخدمات الحكومية، مرحبا.")
ar("مرحبا، أنا اسمي راشد بن حميد الكتبي، أبا أجدد إقامة الخدامة.", ("name", "راشد بن حميد الكتبي"))
ar("رسوم التجديد سنتين ألف ومية وخمسين درهم، والفحص الطبي ثلاثمية وعشرين.")
ar("الطلب يطلع خلال ثمانية وأربعين ساعة، ورقم المعاملة MB-2204-77183.")
ar("الإيميل rashid.alketbi@gmail.com", ("email", "rashid.alketbi@gmail.com"), ctx="عطني الإيميل عشان نرسل لك الإيصال.")
ar("موبايلي ٠٥٠ ٣٨٤ ٢٢٩١", ("phone", "٠٥٠ ٣٨٤ ٢٢٩١"))
ar("الدفع بالبطاقة، %s" % ai(grp(AC5, [4, 4, 4, 4])), ("card", ai(grp(AC5, [4, 4, 4, 4]))))
ar("وإذا في استرداد حوّلوه على %s" % g4(AI3), ("iban", g4(AI3)))
ar("شكراً أستاذ راشد، المعاملة بتوصلك رسالة عليها خلال يومين عمل.", ("name", "راشد"))

# Call 4: poultry farm supplies, Irbid (Levantine)
ar("مزارع الشمال لمستلزمات الدواجن، تفضل.")
ar("مرحبا، معك أبو سليم، بدي أطلب صيصان للعنبر الجديد.", ("name", "أبو سليم"))
ar("بدي خمس آلاف صوص لاحم، والعلف عشرين طن، وبدي ياهم قبل أول الشهر.")
ar("الصوص بخمسة وتمانين قرش، والطن علف بأربعمية وعشرة دنانير.")
ar("اسمي الكامل سليم يوسف الربضي", ("name", "سليم يوسف الربضي"), ctx="تمام، شو الاسم الكامل للفاتورة؟")
ar("التوصيل على المزرعة، إربد، الحصن، طريق النعيمة، بعد محطة المناصير بكيلو",
   ("address", "إربد، الحصن، طريق النعيمة، بعد محطة المناصير بكيلو"))
ar("رقمي صفر سبعة تسعة، خمسة خمسة تلاتة، ستة صفر واحد ثمانية", ("phone", "صفر سبعة تسعة، خمسة خمسة تلاتة، ستة صفر واحد ثمانية"))
ar("هاد الآيبان تبعي %s بنك الإسكان" % AI6, ("iban", AI6))
ar("الطلب رقم ٣٠٤٥، والتوصيل الخميس الصبح بكير إن شاء الله.")

# Call 5: stationery shop, Casablanca (Darija)
ar("مكتبة الأطلس، السلام عليكم.")
ar("وعليكم السلام، أنا سميتي خديجة بنعلي، بغيت نوصي على اللوازم ديال الدخول المدرسي.", ("name", "خديجة بنعلي"))
ar("عندي جوج دراري، واحد فالسادس وواحد فالثانية إعدادي، واللائحة فيها شي خمسين حاجة.")
ar("الدفاتر ديال مية صفحة بسبعة دراهم، والمحفظة بمية وخمسين درهم.")
ar("العنوان: زنقة ابن منير، رقم ١٢، الطابق الثالث، المعاريف، الدار البيضاء",
   ("address", "زنقة ابن منير، رقم ١٢، الطابق الثالث، المعاريف، الدار البيضاء"))
ar("النمرة ديالي صفر ستة، ستين، تلاتة وعشرين، خمسة وسبعين، صفر تمنية", ("phone", "صفر ستة، ستين، تلاتة وعشرين، خمسة وسبعين، صفر تمنية"))
ar("الإيميل khadija point benali arobase gmail point com", ("email", "khadija point benali arobase gmail point com"))
ar("صافي لالة خديجة، غادي نصيفطو ليك الكوموند نهار الاثنين.", ("name", "خديجة"))

# Call 6: water-heater repair, Beirut (Lebanese)
ar("صيانة السخانات، معك ريتا، كيف فيني ساعدك؟", ("name", "ريتا"))
ar("بونجور، عنا مشكلة بالسخان، ما عم يسخّن من مبارح.")
ar("اسمي جورج حداد، وأنا ساكن بالأشرفية، شارع مار مخايل، بناية عيد، الطابق الرابع",
   ("name", "جورج حداد"), ("address", "شارع مار مخايل، بناية عيد، الطابق الرابع"))
ar("الكشفية عشرين دولار، وإذا بدك تغيّر الريزيستانس بتصير خمسة وستين.")
ar("السخان أريستون ثمانين ليتر، عمره تقريباً سبع سنين.")
ar("تلفوني ٠٣ ٤١٧ ٩٢٥", ("phone", "٠٣ ٤١٧ ٩٢٥"))
ar("منبعتلك الفني بكرا بين العشرة والتنين الضهر، تمام استاذ جورج؟", ("name", "جورج"))

AI9 = iban("IL", "0126800000004718293")    # IL: 3 bank + 3 branch + 13

# Call 7: obesity-surgery clinic, Alexandria (Egyptian)
ar("مركز إسكندرية لجراحات السمنة، معاكي منة، أقدر أساعد حضرتك إزاي؟", ("name", "منة"))
ar("أيوه، أنا عايزة أحجز كشف عند الدكتور عشان عملية التكميم.")
ar("الوزن مية وتمانية عشر كيلو والطول مية ستين، يعني الـ BMI حوالي ستة وأربعين.")
ar("العملية بتتكلف حوالي خمسة وستين ألف جنيه شاملة الإقامة تلات ليالي.")
ar("اسمي نرمين فتحي الشناوي، مواليد ٢٢ / ٨ / ١٩٩١",
   ("name", "نرمين فتحي الشناوي"), ("date_of_birth", "٢٢ / ٨ / ١٩٩١"))
ar("الإيميل نرمين دوت فتحي آت ياهو دوت كوم", ("email", "نرمين دوت فتحي آت ياهو دوت كوم"))
ar("موبايلي صفر واحد واحد، أربعة صفر تسعة، سبعة سبعة اتنين، ستة تلاتة", ("phone", "صفر واحد واحد، أربعة صفر تسعة، سبعة سبعة اتنين، ستة تلاتة"))
ar("هدفع حجز الكشف بالأمريكان إكسبريس %s" % grp(AC4, [4, 6, 5]), ("card", grp(AC4, [4, 6, 5])))
ar("الكشف يوم الأربع الجاي الساعة سبعة بالليل، في الفرع اللي في سموحة جنب سيتي سنتر.")

# Call 8: pearl-diving tours, Bahrain
ar("مرحبا، رحلات الغوص على اللؤلؤ، المحرق.")
ar("هلا، أنا من أبوظبي، اسمي موزة المنصوري، أبي أحجز لي ولعيالي يوم الجمعة.", ("name", "موزة المنصوري"))
ar("الرحلة أربع ساعات، والشخص بخمسة وثلاثين دينار، والمحار اللي تطلعونه لكم.")
ar("أصغر عيالي مواليد ١٤ مارس ٢٠١٣، يقدر يغوص؟", ("date_of_birth", "١٤ مارس ٢٠١٣"))
ar("لازم يكون عمره اثنعش سنة وفوق، وعمق الغوص ما يزيد عن خمسة أمتار.")
ar("رقمي زائد تسعة سبعة واحد، خمسة صفر، ستة اثنين ثلاثة، أربعة أربعة ثمانية تسعة",
   ("phone", "زائد تسعة سبعة واحد، خمسة صفر، ستة اثنين ثلاثة، أربعة أربعة ثمانية تسعة"))
ar("ايميلي moza.mansoori88@hotmail.com", ("email", "moza.mansoori88@hotmail.com"))
ar("والعربون بالبطاقة %s" % ai(AC6), ("card", ai(AC6)))
ar("ولو تلغى الرحلة بسبب الجو رجعوا الفلوس على %s" % AI4, ("iban", AI4))

# Call 9: villa maintenance contract, Doha
ar("شركة الريان لصيانة الفلل، السلام عليكم.")
ar("عليكم السلام، معك عبدالعزيز المري، عندي عقد صيانة سنوي وأبي أجدده.", ("name", "عبدالعزيز المري"))
ar("العقد السنوي بثمانية آلاف وخمسمية ريال، ويشمل أربع زيارات تكييف وسباكة وكهرباء.")
ar("الفيلا رقم ٢٢، شارع ٨٥٠، منطقة الوعب، الدوحة",
   ("address", "الفيلا رقم ٢٢، شارع ٨٥٠، منطقة الوعب، الدوحة"), ctx="وين موقع الفيلا طال عمرك؟")
ar("رقمي +974 5583 1267", ("phone", "+974 5583 1267"))
ar("حولوا الفرق على الآيبان %s" % AI8, ("iban", AI8))
ar("الفني بيمر يوم الأحد بعد العصر، وعندكم مكيفات سبليت عدد عشرة صح؟")

# Call 10: school canteen, Kuwait
ar("مقصف مدرسة الرواد، نعم؟")
ar("مرحبا، أنا أم فيصل، اسمي شيخة العنزي، أبي أشحن رصيد بنتي في المقصف.", ("name", "أم فيصل"), ("name", "شيخة العنزي"))
ar("الوجبة بسبعمية وخمسين فلس، والعصير بمية وخمسين، والشحن أقل شي خمسة دنانير.")
ar("بنتي في الصف الرابع، شعبة ثلاثة، ورقمها في المدرسة أربعمية وسبعة عشر.")
ar("الإيميل شيخة اندرسكور عنزي آت جي ميل دوت كوم", ("email", "شيخة اندرسكور عنزي آت جي ميل دوت كوم"))
ar("تاريخ ميلادها ثلاثة عشر سبعة ألفين وخمسة عشر", ("date_of_birth", "ثلاثة عشر سبعة ألفين وخمسة عشر"),
   ctx="وتاريخ ميلاد الطالبة عشان نطابق الملف؟")
ar("التحويل من حسابي %s" % g4(AI7), ("iban", g4(AI7)))
ar("تمام أم فيصل، الرصيد ينزل خلال أربع وعشرين ساعة.", ("name", "أم فيصل"))

# Call 11: ready-mix concrete, Jeddah
ar("مصنع الخرسانة الجاهزة، قسم المبيعات.")
ar("السلام عليكم، أبغى ثلاثين متر مكعب خرسانة إجهاد ثلاثمية وخمسين لصبة سقف الدور الثاني.")
ar("المتر بمية وتسعين ريال، والمضخة ألف ومية، والصبة تبدأ الساعة خمسة الفجر قبل الحر.")
ar("اسمي عادل باخشب", ("name", "عادل باخشب"), ctx="على أي اسم الفاتورة؟")
ar("رقم الهوية %s" % words("ar", AID3, [3, 3, 4], gsep=" "), ("id", words("ar", AID3, [3, 3, 4], gsep=" ")))
ar("تاريخ الميلاد ١٩٨٥/١١/٠٣ ميلادي", ("date_of_birth", "١٩٨٥/١١/٠٣"))
ar("الموقع حي أبحر الشمالية، شارع الأمير عبدالمجيد، قرب جامع الأمير متعب، مبنى ٢٢٠٩",
   ("address", "حي أبحر الشمالية، شارع الأمير عبدالمجيد، قرب جامع الأمير متعب، مبنى ٢٢٠٩"))
ar("adel.bakhashab@outlook.sa", ("email", "adel.bakhashab@outlook.sa"), ctx="والإيميل لإرسال عرض السعر؟")
ar("ادفع العربون بالفيزا %s" % ai(grp(AC1, [4, 4, 4, 4])), ("card", ai(grp(AC1, [4, 4, 4, 4]))))
ar("وشريكي في المشروع رقم هويته %s" % AID5, ("id", AID5))
ar("رقم الطلب ٨٨٢٠٤٥١٧ وتاريخ التوريد ١٥ / ١٠، وبنرسل لك المندوب قبلها بيوم.")

# Call 12: scrap-metal yard, Dammam
ar("ساحة الشرقية للخردة، مرحبا.")
ar("مرحبا، أنا مصري شغال هنا، اسمي محمود عبد الرازق، عندي حديد وألمنيوم عايز أبيعه.", ("name", "محمود عبد الرازق"))
ar("الحديد الكيلو بريال وربع، والألمنيوم بخمسة ريال، والنحاس بستة وعشرين النهارده.")
ar("رقم الإقامة %s" % grp(AID2, [4, 3, 3]), ("id", grp(AID2, [4, 3, 3])), ctx="لازم الإقامة عشان الفاتورة، رقمها كام؟")
ar("المواليد خمسطاشر يناير تمانين", ("date_of_birth", "خمسطاشر يناير تمانين"), ctx="وتاريخ الميلاد اللي في الإقامة؟")
ar("وزميلي السوداني إقامته %s" % words("ar", AID4, [2, 4, 4], gsep="، "), ("id", words("ar", AID4, [2, 4, 4], gsep="، ")))
ar("والباكستاني رقم إقامته %s ومواليده ٠٢-٠٦-١٩٩٤" % ai(AID6), ("id", ai(AID6)), ("date_of_birth", "٠٢-٠٦-١٩٩٤"))
ar("الإيميل m dot abdelrazek at yahoo dot com", ("email", "m dot abdelrazek at yahoo dot com"))
ar("حطوا الفلوس في الآيبان %s" % AI2, ("iban", AI2))
ar("الميزان عندنا يشيل عشرين طن، والدفع بعد الوزن مباشرة.")
ar("أنا ساكن في الدمام، حي العدامة، شارع ١١، عمارة الخالدي، شقة ٦", ("address", "الدمام، حي العدامة، شارع ١١، عمارة الخالدي، شقة ٦"), ctx="ووين سكنك عشان نكتبه في السند؟")

# Call 13: psychometric-exam prep course, Nazareth (Arab citizens of Israel)
ar("مركز الإتقان لتحضير البسيخومتري، معك وعد.", ("name", "وعد"))
ar("مرحبا، اسمي يوسف ابو أحمد، بدي أسجل للدورة الصيفية.", ("name", "يوسف ابو أحمد"))
ar("الدورة مية وعشرين ساعة، بتبلش بأول تموز، والسعر خمسة آلاف وتسعمية شيكل.")
ar("رقم الهوية %s" % words("ar_lev", AID8), ("id", words("ar_lev", AID8)), ctx="بدي رقم الهوية لو سمحت.")
ar("أنا مواليد ٣٠/٠٤/٢٠٠٥", ("date_of_birth", "٣٠/٠٤/٢٠٠٥"))
ar("تلفوني 052-6619384", ("phone", "052-6619384"))
ar("الإيميل yousef.a2005@walla.co.il", ("email", "yousef.a2005@walla.co.il"))
ar("بدفع بالتقسيط على بطاقة %s" % grp(AC8, [4, 4, 4, 4]), ("card", grp(AC8, [4, 4, 4, 4])))
ar("ولو بدي أرجع المبلغ، هاد الحساب %s" % AI9, ("iban", AI9))
ar("الامتحان بشهر أيلول، وفي ثلاث امتحانات تجريبية بالدورة.")
ar("بطاقة الطالب الثانية، لأخوي، %s" % grp(AC7, [4, 4, 4, 4], "-"), ("card", grp(AC7, [4, 4, 4, 4], "-")))
ar("رقم الهوية تبع أخوي %s" % AID7, ("id", AID7))

# ---------------------------------------------------------------- Hebrew
he = adder("he")
HT = [tz(p) for p in ("03958214", "20574316", "31246608", "05812367", "33690412", "21147985", "32718540", "01593276")]
HI1 = iban("IL", "0108000000052718346")
HI2 = iban("IL", "0126120000000483915")
HI3 = iban("IL", "0205460000000218804")
HI4 = iban("IL", "0117020000000384561")
HI5 = iban("IL", "0316650000000129047")
HI6 = iban("FR", "30003035400005012874152")
HI7 = iban("GB", "BARC20651873459021")
HI8 = iban("IL", "0127340000000661208")
HC1 = card("458012736648205")
HC2 = card("532610084417392")
HC3 = card("376942118805316"[:14])
HC4 = card("401288314076925")
HC5 = card("559047712093864")
HC6 = card("491630058827413")
HC7 = card("222100483317560")
HC8 = card("456739021184466")

# Call 1: mohel booking (native speakers)
he("שלום, הגעת למשרד של המוהל, מדברת רחלי.", ("name", "רחלי"))
he("היי, שמי אביתר כהן, נולד לנו בן ביום שלישי ואנחנו רוצים לתאם ברית.", ("name", "אביתר כהן"))
he("מזל טוב! אז הברית תהיה ביום שלישי הבא, היום השמיני, בבוקר אחרי שחרית.")
he("המוהל מגיע לאולם או לבית הכנסת, והתשלום הוא לפי מה שנהוג, בדרך כלל בין אלף לאלף חמש מאות שקל.")
he("הטלפון שלי אפס חמש ארבע, שבע אחת שתיים, שלוש שלוש תשע אחת", ("phone", "אפס חמש ארבע, שבע אחת שתיים, שלוש שלוש תשע אחת"))
he("הכתובת היא רחוב הנרקיס 14, דירה 5, קומה שנייה, רחובות",
   ("address", "רחוב הנרקיס 14, דירה 5, קומה שנייה, רחובות"))
he("תודה רבה, נשלח לך הודעה עם כל ההוראות לפני הברית.")

# Call 2: rabbinate marriage registration (Russian-speaking immigrant)
he("שלום, אני רוצה לפתוח תיק נישואין, קוראים לי אלכסנדרה גולדמן, אבל כולם אומרים סשה.",
   ("name", "אלכסנדרה גולדמן"), ("name", "סשה"))
he("תעודת זהות %s" % grp(HT[0], [3, 3, 3], "-"), ("id", grp(HT[0], [3, 3, 3], "-")), ctx="מה מספר תעודת הזהות שלך?")
he("נולדתי בשנים עשר במרץ אלף תשע מאות תשעים ושתיים בחרקוב", ("date_of_birth", "שנים עשר במרץ אלף תשע מאות תשעים ושתיים"))
he("פתיחת תיק עולה ארבע מאות שמונים ושמונה שקל, ואת צריכה להביא שני עדים ומכתב מהרב.")
he("החתונה מתוכננת לעשרים ושלושה באוגוסט באולם בראשון, חופה בשבע וחצי.")
he("המייל sasha.goldman92 שטרודל gmail נקודה com", ("email", "sasha.goldman92 שטרודל gmail נקודה com"))
he("ותעודת זהות של החתן %s" % words("he_f", HT[1]), ("id", words("he_f", HT[1])))

# Call 3: wig shop (religious women, native)
he("פאות שושי, שלום, מדברת חני.", ("name", "חני"))
he("שלום, אני רוצה לתאם מדידה לפאה לחתונה של הבת שלי.")
he("פאה משיער טבעי אירופאי מתחילה משבעת אלפים ותשע מאות, והסירוק הראשון כלול.")
he("אני נחמה ברגר, מבני ברק", ("name", "נחמה ברגר"), ctx="על איזה שם לרשום?")
he("אפשר ביום ראשון בארבע או ביום רביעי בעשר וחצי, המדידה לוקחת בערך שעה.")
he("כרטיס %s" % grp(HC1, [4, 4, 4, 4]), ("card", grp(HC1, [4, 4, 4, 4])), ctx="המקדמה שלוש מאות שקל, על איזה כרטיס?")
he("תודה גברת ברגר, נתראה ביום ראשון.", ("name", "ברגר"))
he("הכתובת למשלוח: רחוב רבי עקיבא 88, קומה 3, בני ברק", ("address", "רחוב רבי עקיבא 88, קומה 3, בני ברק"))

# Call 4: security-guard company, hiring (Ethiopian-Israeli caller)
he("חברת שמירה מגן אבטחה, גיוס עובדים, שלום.")
he("שלום, קוראים לי טספאיה מלסה, ראיתי מודעה לשמירה בקניון.", ("name", "טספאיה מלסה"))
he("המשמרת שמונה שעות, שלושים ושניים שקל לשעה, ויש תוספת לילה של עשרים וחמישה אחוז.")
he("תעודת זהות %s" % HT[2], ("id", HT[2]))
he("תאריך לידה שלושה באפריל תשעים ושמונה", ("date_of_birth", "שלושה באפריל תשעים ושמונה"), ctx="ותאריך לידה?")
he("אני גר בקריית מלאכי, ברחוב הרצל 21 דירה 9", ("address", "רחוב הרצל 21 דירה 9"))
he("טלפון 052-8834107", ("phone", "052-8834107"))
he("הקורס מתחיל ביום שני הבא בשמונה בבוקר, שלושה ימים, ברחוב הרצל ליד הקניון.")
he("למשכורת, החשבון שלי %s" % g4(HI1), ("iban", g4(HI1)))

# Call 5: toy store order (Anglo immigrant)
he("צעצועי הדובון, שלום, מדבר איתי.", ("name", "איתי"))
he("היי, אממ, סליחה על העברית, אני ג'ניפר, Jennifer Katz, הזמנתי לגו לבן שלי.", ("name", "ג'ניפר"), ("name", "Jennifer Katz"))
he("ההזמנה מספר 7742019, סט לגו טכניק 42115, שש מאות תשעים ותשע שקל.")
he("המשלוח אמור להגיע תוך שלושה עד חמישה ימי עסקים, ואם לא, מקבלים זיכוי.")
he("המייל שלי jen underscore katz at yahoo dot com", ("email", "jen underscore katz at yahoo dot com"))
he("the card is %s" % grp(HC2, [4, 4, 4, 4]), ("card", grp(HC2, [4, 4, 4, 4])), ctx="על איזה כרטיס לחייב את ההפרש?")
he("תחזירו את הכסף לחשבון באנגליה, %s" % HI7, ("iban", HI7))
he("בסדר גמור, הזיכוי יעבור תוך עשרה ימים.")

# Call 6: yeshiva registration (French immigrant)
he("ישיבת אור התורה, מזכירות.")
he("בונז'ור, שלום, שמי יונתן אבוקסיס, אני מתקשר בשביל הבן שלי.", ("name", "יונתן אבוקסיס"))
he("שכר הלימוד אלפיים ושלוש מאות שקל לחודש כולל פנימייה, ויש מלגה לעולים עד ארבעים אחוז.")
he("הוא נולד בעשרים ושבעה בנובמבר אלפיים ותשע, בפריז", ("date_of_birth", "עשרים ושבעה בנובמבר אלפיים ותשע"))
he("מספר זהות שלו %s" % words("he_m", HT[3], [3, 3, 3], gsep=" "), ("id", words("he_m", HT[3], [3, 3, 3], gsep=" ")))
he("אני יכול לשלם מהחשבון בצרפת, %s" % g4(HI6), ("iban", g4(HI6)))
he("הטלפון שלי פלוס תשע שבע שתיים, חמישים ושמונה, שש שלוש אחת, ארבע ארבע שבע אפס", ("phone", "פלוס תשע שבע שתיים, חמישים ושמונה, שש שלוש אחת, ארבע ארבע שבע אפס"))
he("ראיון קבלה ביום חמישי הקרוב בשתיים, בבניין הישן ליד בית הכנסת הגדול.")

# Call 7: pizza delivery, Haifa (Arab citizen ordering in Hebrew)
he("פיצה הכרמל, שלום, מה תרצה להזמין?")
he("אהלן, שתי משפחתיות, אחת עם זיתים ובצל ואחת חצי טונה, ושתי קולה של ליטר וחצי.")
he("זה מאה ושבעים ותשעה שקל, והמשלוח חמישה עשר, בערך ארבעים דקות.")
he("השם שלי מוחמד חטיב", ("name", "מוחמד חטיב"), ctx="על איזה שם ההזמנה?")
he("כתובת: רחוב עבאס 37, קומה רביעית, ליד המאפייה, חיפה", ("address", "רחוב עבאס 37, קומה רביעית, ליד המאפייה, חיפה"))
he("הטלפון אפס חמש אפס, תשע אחת שתיים, ארבע שש שש שמונה", ("phone", "אפס חמש אפס, תשע אחת שתיים, ארבע שש שש שמונה"))
he("אשלם באשראי, %s" % HC4, ("card", HC4))
he("יש לנו מבצע, כל פיצה שנייה בחצי מחיר עד יום חמישי, קוד הנחה CARMEL20.")

# Call 8: massage therapist, Tel Aviv
he("קליניקה לעיסוי רפואי, מדברת מאיה, במה אפשר לעזור?", ("name", "מאיה"))
he("היי, זה דורון, דורון שפירא, יש לי כאבים בגב התחתון ואני רוצה לקבוע טיפול.", ("name", "דורון"), ("name", "דורון שפירא"))
he("טיפול של שעה עולה שלוש מאות וחמישים, וכרטיסייה של חמישה טיפולים אלף חמש מאות.")
he("יש לי ביום שלישי בשש וחצי או ביום שישי בתשע בבוקר.")
he("המייל doron.shapira שטרודל gmail נקודה com", ("email", "doron.shapira שטרודל gmail נקודה com"))
he("הנייד שלי 054-771-2093, לא, סליחה, 054-771-2039", ("phone", "054-771-2093"), ("phone", "054-771-2039"))
he("על הכרטיסייה אני משלם בכרטיס %s" % words("he_f", HC5, [4, 4, 4, 4]), ("card", words("he_f", HC5, [4, 4, 4, 4])))
he("סגרנו, דורון, יום שלישי בשש וחצי, רחוב דיזנגוף 120, קומה שנייה, תצלצל באינטרקום.", ("name", "דורון"))

# Call 9: orchard pick-your-own, moshav in the north
he("שלום, רציתי לשאול על הקטיף בשבוע הבא, אתם פתוחים בחג?")
he("הכניסה ארבעים שקל למבוגר, ילדים עד גיל שלוש חינם, והקילו דובדבנים שישים שקל.")
he("אנחנו פתוחים ראשון עד שישי משמונה עד ארבע, ובשבועות עד שתיים.")
he("קבוצה של עשרים ושלושה אנשים מגבעתיים, הזמנה מספר 5512, בתאריך שמונה ביוני.")
he("תזמינו מראש באתר, כי בסוף שבוע המקומות נגמרים, יש חניה לשלושים רכבים.")
he("אני רוצה לשלם מקדמה, הכרטיס %s" % grp(HC6, [4, 4, 4, 4], "-"), ("card", grp(HC6, [4, 4, 4, 4], "-")))

# Call 10: medical-alert pendant for an elderly parent (Russian-speaking family)
he("מוקד לחצני מצוקה, שלום, מדבר רוני.", ("name", "רוני"))
he("שלום, אני מתקשרת בשביל אמא שלי, אני יוליה, יוליה פרלמן.", ("name", "יוליה"), ("name", "יוליה פרלמן"))
he("המנוי שמונים ותשעה שקל לחודש, ההתקנה חינם, ויש התחייבות לשנה.")
he("אמא שלי נולדה ב-07.01.1941", ("date_of_birth", "07.01.1941"))
he("תעודת זהות שלה %s" % HT[4], ("id", HT[4]))
he("היא גרה בשדרות ירושלים 45, דירה 12, אשדוד", ("address", "שדרות ירושלים 45, דירה 12, אשדוד"))
he("הטלפון הביתי שלה 08-8562947", ("phone", "08-8562947"))
he("הוראת קבע מהחשבון שלי %s" % HI2, ("iban", HI2))
he("הטכנאי יגיע ביום רביעי בין שמונה לשתים עשרה, ההתקנה לוקחת חצי שעה.")
he("תודה רבה יוליה, רשמתי הכול.", ("name", "יוליה"))

# Call 11: occupational therapy for children
he("מכון לריפוי בעיסוק לילדים, שלום.")
he("שלום, אממ, אני אמא של תמר, קוראים לי ליאת בן דוד, קיבלנו הפניה מקופת חולים.", ("name", "ליאת בן דוד"))
he("תעודת זהות של הילדה %s" % grp(HT[5], [4, 5], " "), ("id", grp(HT[5], [4, 5], " ")))
he("היא נולדה בחמישה עשר בספטמבר אלפיים שמונה עשרה", ("date_of_birth", "חמישה עשר בספטמבר אלפיים שמונה עשרה"))
he("האבחון לוקח שתי פגישות של ארבעים וחמש דקות, והטיפולים פעם בשבוע במשך שלושה חודשים.")
he("ההחזר מהקופה שישים אחוז, וזה מגיע אחרי שלושים יום בערך.")
he("להחזר, החשבון %s" % words("he_f", HI3[4:], [3, 3, 13], gsep=" ").join([HI3[:4] + " ", ""]),
   ("iban", HI3[:4] + " " + words("he_f", HI3[4:], [3, 3, 13], gsep=" ")))
he("liat.bendavid@walla.co.il", ("email", "liat.bendavid@walla.co.il"), ctx="ואיזה מייל לשלוח את הסיכום?")
he("התור הראשון ביום ראשון העשרים ושישה בשלוש, חדר 4.")

# Call 12: pet-food delivery subscription
he("משלוחי מזון לחיות, שלום, מדברת אורטל.", ("name", "אורטל"))
he("היי, שמי גלעד אזולאי, אני רוצה לעצור את המנוי לחודש.", ("name", "גלעד אזולאי"))
he("שק של חמישה עשר קילו רויאל קנין עולה שלוש מאות עשרים ותשעה, והמשלוח כל ארבעה שבועות.")
he("המנוי יחודש אוטומטית בשלושה במאי, ואפשר לדחות עד שמונה שבועות.")
he("המייל gilad_az@hotmail.com", ("email", "gilad_az@hotmail.com"))
he("החשבון להחזר %s" % HI4, ("iban", HI4))
he("ותעודת זהות לאימות: %s" % words("he_f", HT[6], [3, 3, 3], gsep=", "), ("id", words("he_f", HT[6], [3, 3, 3], gsep=", ")))
he("הכתובת החדשה למשלוחים רחוב העצמאות 3 דירה 7 באר שבע", ("address", "רחוב העצמאות 3 דירה 7 באר שבע"))

# Call 13: motorised garage-gate repair (native, Jerusalem)
he("שלום, השער בחניה לא נפתח מאתמול, המנוע מזמזם ולא זז.")
he("ביקור טכנאי מאתיים ושמונים שקל, ואם צריך להחליף מנוע זה אלף ותשע מאות.")
he("אני משה מזרחי", ("name", "משה מזרחי"), ctx="מה השם בבקשה?")
he("הכתובת רחוב הפלמ\"ח 19, כניסה ב', ירושלים", ("address", "רחוב הפלמ\"ח 19, כניסה ב', ירושלים"))
he("moshe.mizrahi55 at gmail dot com", ("email", "moshe.mizrahi55 at gmail dot com"))
he("אני נולדתי ב-3 ביוני 1955, אם זה חשוב לאחריות", ("date_of_birth", "3 ביוני 1955"))
he("אפשר לשלם בהעברה, %s" % HI5, ("iban", HI5))
he("תעודת זהות %s" % HT[7], ("id", HT[7]))
he("הטכנאי יגיע מחר בין עשר לשתיים, תעודת אחריות מספר 20-4471-8.")
he("הכרטיס השני שלי %s" % grp(HC3, [4, 6, 5]), ("card", grp(HC3, [4, 6, 5])))
he("ואם ההעברה לא עוברת, תנסו את החשבון השני %s" % g4(HI8), ("iban", g4(HI8)))
he("הטלפון של אשתי אפס חמש שתיים, שש שש אחת, שבע שבע אפס שמונה", ("phone", "אפס חמש שתיים, שש שש אחת, שבע שבע אפס שמונה"))
he("וכרטיס נוסף לגיבוי %s" % grp(HC7, [4, 4, 4, 4]), ("card", grp(HC7, [4, 4, 4, 4])))
he("הכרטיס של אשתי %s" % HC8, ("card", HC8))

# Call 14: water-park season pass
he("פארק המים, מנויים, שלום.")
he("מנוי עונתי למשפחה ארבע מאות תשעים ותשעה שקל, תקף מהאחד ביוני עד סוף ספטמבר, כולל חניה.")
he("הבת הקטנה ילידת 2.2.2016, היא צריכה מנוי של ילד?", ("date_of_birth", "2.2.2016"))
he("המייל שלי נועה קו תחתון לוי שטרודל ג'ימייל נקודה קום", ("email", "נועה קו תחתון לוי שטרודל ג'ימייל נקודה קום"))
he("תשלחו את הכרטיסים לכתובת שלנו, סמטת השקד 6, מושב בית עזרא, מיקוד 7980000",
   ("address", "סמטת השקד 6, מושב בית עזרא, מיקוד 7980000"))
he("בימי שישי הפארק פתוח עד חמש, ובמוצאי שבת יש פתיחת לילה משמונה עד אחת עשרה.")
he("המגלשה הגבוהה מגיל עשר ומגובה מטר ארבעים, והמנוי לא כולל את הקבנות.")
he("ההזמנה שלך מספר 88140, הסכום שחויב תשע מאות תשעים ושמונה שקל בשלושה תשלומים.")

# ---------------------------------------------------------------- Greek
el = adder("el")
GA = [afm(p) for p in ("04783615", "12849307", "03166942", "13572048", "07921534", "15038826", "02614795", "11957360")]
GI1 = iban("GR", "01101250000000012300695")
GI2 = iban("GR", "01720140005014038274911")
GI3 = iban("GR", "02601480000350200391452")
GI4 = iban("GR", "01407350735002101247683")
GI5 = iban("GR", "01108470000084729106338")
GI6 = iban("CY", "002001950000357001826419")
GI7 = iban("CY", "005002650002650104871102")
GI8 = iban("CY", "018000010000000011947263")
GC = [card(p) for p in ("476173900815226", "516793402281547", "37255801446930", "455673018824390",
                        "535522091376048", "402400719253381", "601199025471832", "4556830219447")]

# Call 1: moped rental, Naxos
el("Naxos Moto Rent, καλημέρα σας, ο Νίκος είμαι.", ("name", "Νίκος"))
el("Καλημέρα, με λένε Δήμητρα Κουτσούκου, θέλω ένα μηχανάκι από Τρίτη μέχρι Σάββατο.", ("name", "Δήμητρα Κουτσούκου"))
el("Το σκούτερ 125 είναι τριάντα πέντε ευρώ τη μέρα, με κράνη και ασφάλεια, τα πενήντα cc είναι είκοσι πέντε.")
el("Χρειάζομαι δίπλωμα κατηγορίας Α1 και να είστε πάνω από είκοσι ενός.")
el("γεννήθηκα στις δώδεκα Μαρτίου του ογδόντα τέσσερα", ("date_of_birth", "δώδεκα Μαρτίου του ογδόντα τέσσερα"))
el("Το κινητό μου είναι έξι εννιά εφτά, τριάντα δύο, σαράντα πέντε, εξήντα εφτά, οχτώ.",
   ("phone", "έξι εννιά εφτά, τριάντα δύο, σαράντα πέντε, εξήντα εφτά, οχτώ"))
el("Η εγγύηση είναι διακόσια ευρώ στην κάρτα, %s" % grp(GC[0], [4, 4, 4, 4]), ("card", grp(GC[0], [4, 4, 4, 4])))
el("Θα σας το φέρουμε στο λιμάνι στις δέκα, μετά το πλοίο της Blue Star.")
el("Ευχαριστούμε κυρία Κουτσούκου, καλές διακοπές!", ("name", "Κουτσούκου"))

# Call 2: monastery guesthouse, Meteora (older caller)
el("Ναι, χαίρετε, ονομάζομαι Χαράλαμπος Τσιάμης, από τη Λάρισα, θέλαμε να έρθουμε για το Δεκαπενταύγουστο.",
   ("name", "Χαράλαμπος Τσιάμης"))
el("Δεχόμαστε μέχρι δεκαπέντε προσκυνητές, δύο νύχτες το πολύ, και οι πύλες κλείνουν στις οχτώ το βράδυ.")
el("Δεν υπάρχει χρέωση, ό,τι προσφέρετε για το μοναστήρι, και η θεία λειτουργία αρχίζει στις έξι.")
el("Το τηλέφωνο του σπιτιού είναι 2410 537 218", ("phone", "2410 537 218"))
el("Η διεύθυνσή μου είναι Αγίου Κωνσταντίνου 27, τρίτος όροφος, Λάρισα, 41222",
   ("address", "Αγίου Κωνσταντίνου 27, τρίτος όροφος, Λάρισα, 41222"))
el("Να 'στε καλά κύριε Χαράλαμπε, σας περιμένουμε.", ("name", "Χαράλαμπε"))

# Call 3: mastic products shop, Chios (online order)
el("Μαστιχάδικο, καλησπέρα, η Ευδοκία σας μιλάει.", ("name", "Ευδοκία"))
el("Καλησπέρα, είμαι ο Θοδωρής Παπαναστασίου, έκανα μια παραγγελία στο site και δεν ήρθε επιβεβαίωση.",
   ("name", "Θοδωρής Παπαναστασίου"))
el("Η παραγγελία είναι 40718, δύο κουτιά μαστίχα σε δάκρυ των πενήντα γραμμαρίων και ένα λικέρ, σύνολο εξήντα οχτώ ευρώ.")
el("Το email είναι thodoris τελεία pap παπάκι gmail τελεία com", ("email", "thodoris τελεία pap παπάκι gmail τελεία com"))
el("Την αποστολή τη θέλω στην Εγνατίας 112, Θεσσαλονίκη, ΤΚ 54630", ("address", "Εγνατίας 112, Θεσσαλονίκη, ΤΚ 54630"))
el("Για το τιμολόγιο το ΑΦΜ μου είναι %s" % words("el", GA[0]), ("id", words("el", GA[0])))
el("Τα δέματα φεύγουν Τρίτη και Παρασκευή με ΕΛΤΑ Courier, φτάνουν σε δύο με τρεις εργάσιμες.")

# Call 4: ouzo distillery tours, Lesvos
el("Αποστακτήριο, ξεναγήσεις, καλημέρα.")
el("Καλημέρα, θέλω να κλείσω ξενάγηση για ένα γκρουπ, είμαστε δεκαοχτώ άτομα από την Αθήνα.")
el("Η ξενάγηση κρατάει σαράντα πέντε λεπτά με γευσιγνωσία, οχτώ ευρώ το άτομο, κάθε μέρα στις έντεκα και στις μία.")
el("Λέγομαι Σοφία Χατζηγεωργίου", ("name", "Σοφία Χατζηγεωργίου"), ctx="Σε ποιο όνομα να το κλείσω;")
el("sofia_chatzi@yahoo.gr", ("email", "sofia_chatzi@yahoo.gr"))
el("Έξι εννιά τέσσερα, εφτά εφτά πέντε, μηδέν ένα, δύο εννιά", ("phone", "Έξι εννιά τέσσερα, εφτά εφτά πέντε, μηδέν ένα, δύο εννιά"))
el("Την προκαταβολή θα την κάνω στο IBAN σας, μου το στέλνετε;")
el("Και την επιστροφή αν ακυρωθεί, στο δικό μου, %s" % g4(GI1), ("iban", g4(GI1)))
el("Ραντεβού στις είκοσι εφτά Σεπτεμβρίου, το λεωφορείο σταθμεύει στην πλατεία.")

# Call 5: pilates studio, Athens (young caller)
el("Pilates Lab Κολωνάκι, γεια σας, η Ραφαέλα είμαι.", ("name", "Ραφαέλα"))
el("γεια σας ε με λένε Μαριλένα Ξενάκη ήθελα να ρωτήσω για τα reformer", ("name", "Μαριλένα Ξενάκη"))
el("Το πακέτο των οχτώ μαθημάτων είναι εκατόν είκοσι ευρώ και ισχύει για ένα μήνα, τα γκρουπ είναι έως έξι άτομα.")
el("Έχουμε Δευτέρα και Τετάρτη στις εφτά και μισή το απόγευμα, και Σάββατο στις δέκα.")
el("Η ημερομηνία γέννησης είναι 04/11/1998", ("date_of_birth", "04/11/1998"), ctx="Για την καρτέλα μέλους, ημερομηνία γέννησης;")
el("Το κινητό μου είναι εξήντα ε... όχι, συγγνώμη, 6981 204 337", ("phone", "6981 204 337"))
el("θα πληρώσω με κάρτα %s" % GC[1], ("card", GC[1]))
el("Τέλεια Μαριλένα, σε περιμένουμε Δευτέρα!", ("name", "Μαριλένα"))

# Call 6: pet grooming, Thessaloniki
el("Γεια σας, είμαι η κυρία Ευτέρπη, Ευτέρπη Λαζαρίδου, για το σκυλάκι μου, ένα σιτζού.", ("name", "Ευτέρπη"), ("name", "Ευτέρπη Λαζαρίδου"))
el("Το πλήρες κούρεμα για μικρόσωμο είναι τριάντα ευρώ, με μπάνιο και νύχια, θέλει περίπου μιάμιση ώρα.")
el("Μένω στην Παπαναστασίου 54, στην Καλαμαριά, δεύτερος όροφος", ("address", "Παπαναστασίου 54, στην Καλαμαριά, δεύτερος όροφος"))
el("Η παραλαβή με το βανάκι είναι πέντε ευρώ ακόμα, μέχρι την Πυλαία.")
el("Το σταθερό μου είναι δύο τρία μηδέν, τέσσερα πέντε, έξι οχτώ, ένα ένα δύο", ("phone", "δύο τρία μηδέν, τέσσερα πέντε, έξι οχτώ, ένα ένα δύο"))
el("Έχουμε Πέμπτη δεκατρείς στις δώδεκα, το ραντεβού είναι το νούμερο 218.")

# Call 7: souvlaki delivery, Athens
el("Το Καλαμάκι του Μήτσου, παρακαλώ;")
el("Γεια, θέλω τέσσερα καλαμάκια χοιρινά, δύο γύρους κοτόπουλο, μια μεγάλη πατάτα και δύο Coca-Cola.")
el("Είναι είκοσι οχτώ και σαράντα, η παράδοση σε τριάντα με σαράντα λεπτά, ελάχιστη παραγγελία οχτώ ευρώ.")
el("Στο όνομα Στέλιος Μπακάλης", ("name", "Στέλιος Μπακάλης"), ctx="Σε ποιο όνομα;")
el("η διεύθυνση είναι Φορμίωνος 81 στο Παγκράτι τέταρτος όροφος κουδούνι Μπακάλης",
   ("address", "Φορμίωνος 81 στο Παγκράτι τέταρτος όροφος"))
el("Το τηλέφωνο 210 7654 892", ("phone", "210 7654 892"))
el("Θα πληρώσω με κάρτα στην πόρτα, έχετε POS;")
el("Εντάξει κύριε Στέλιο, έρχεται σε μισή ωρίτσα.", ("name", "Στέλιο"))

# Call 8: shoe store, Patras
el("Υποδήματα Ρήγα Φεραίου, καλησπέρα.")
el("Καλησπέρα, πήρα ένα ζευγάρι Timberland νούμερο σαράντα τρία και μου είναι μικρό, μπορώ να το αλλάξω;")
el("Η αλλαγή γίνεται μέσα σε δεκαπέντε μέρες με την απόδειξη, η απόδειξη είναι η 3318 της δέκατης Μαΐου.")
el("Το σαράντα τέσσερα κάνει εκατόν τριάντα εννιά, οπότε μένει μια διαφορά δέκα ευρώ.")
el("Θα πληρώσω τη διαφορά, η κάρτα είναι %s" % grp(GC[2], [4, 6, 5]), ("card", grp(GC[2], [4, 6, 5])))
el("Στείλτε μου το voucher στο g.karamanlis κάτω παύλα 77 παπάκι hotmail τελεία com",
   ("email", "g.karamanlis κάτω παύλα 77 παπάκι hotmail τελεία com"))
el("Είμαστε στη Ρήγα Φεραίου 40, δίπλα στα Public, ανοιχτά μέχρι τις εννιά.")

# Call 9: theatre school, Athens
el("Δραματική σχολή, γραμματεία, η Βούλα είμαι.", ("name", "Βούλα"))
el("Γεια σας, λέγομαι Ορέστης Καλογεράκης και θέλω να δώσω εξετάσεις για το πρώτο έτος.", ("name", "Ορέστης Καλογεράκης"))
el("Οι εξετάσεις είναι στις είκοσι Ιουνίου, δύο μονόλογοι, ένας αρχαίος και ένας σύγχρονος, και τα δίδακτρα τριακόσια τον μήνα.")
el("ημερομηνία γέννησης δεκαπέντε του έξι του δύο χιλιάδες τρία", ("date_of_birth", "δεκαπέντε του έξι του δύο χιλιάδες τρία"),
   ctx="Χρειάζομαι ημερομηνία γέννησης, πρέπει να είστε κάτω από είκοσι πέντε.")
el("ΑΦΜ %s" % grp(GA[1], [3, 3, 3]), ("id", grp(GA[1], [3, 3, 3])), ctx="Για την απόδειξη χρειάζομαι και ΑΦΜ.")
el("orestis.kalog@gmail.com", ("email", "orestis.kalog@gmail.com"))
el("Το παράβολο συμμετοχής είναι πενήντα ευρώ, κατάθεση στον λογαριασμό της σχολής, και γράφετε στην αιτιολογία το όνομά σας.")
el("Αν δεν περάσω, επιστροφή εδώ: %s" % GI2, ("iban", GI2))

# Call 10: unemployment-benefit office (older caller from the islands)
el("ΔΥΠΑ, τμήμα επιδομάτων, καλημέρα σας, ο Παναγιώτης από το γραφείο εξυπηρέτησης.", ("name", "Παναγιώτης"))
el("Καλημέρα παιδί μου, είμαι ο Μανώλης ο Φραγκιαδάκης, απ' τα Χανιά, δεν μου 'χει μπει το επίδομα.",
   ("name", "Μανώλης ο Φραγκιαδάκης"))
el("Ο ΑΦΜ μου %s" % words("el", GA[2], [3, 3, 3], gsep=", "), ("id", words("el", GA[2], [3, 3, 3], gsep=", ")),
   ctx="Πείτε μου τον ΑΦΜ σας να δω την αίτηση.")
el("Η αίτηση είναι από είκοσι δύο Ιανουαρίου, αριθμός πρωτοκόλλου 118/4532, και το επίδομα είναι τετρακόσια δεκαοχτώ τον μήνα.")
el("Γεννήθηκα πέντε Μαΐου του εξήντα εννιά", ("date_of_birth", "πέντε Μαΐου του εξήντα εννιά"))
el("Ο λογαριασμός μου στην Τράπεζα Χανίων, %s" % g4(GI3), ("iban", g4(GI3)))
el("Μένω Κυδωνίας 15, Χανιά, 73135", ("address", "Κυδωνίας 15, Χανιά, 73135"), ctx="Και η διεύθυνση κατοικίας;")
el("Η πληρωμή γίνεται στις είκοσι εννιά του μήνα, οπότε θα τα δείτε μέχρι την Παρασκευή.")

# Call 11: wood pellets, Ioannina
el("Καλησπέρα, θέλω δύο παλέτες πέλλετ, είναι ακόμα στα τριακόσια σαράντα η τόνος;")
el("Η παλέτα έχει εβδομήντα σακιά των δεκαπέντε κιλών, και η μεταφορά είναι δωρεάν πάνω από δύο παλέτες.")
el("Για το τιμολόγιο, ΑΦΜ %s" % GA[3], ("id", GA[3]))
el("Ο σύζυγος έχει ΑΦΜ %s αν το χρειάζεστε" % grp(GA[4], [2, 3, 4], "."), ("id", grp(GA[4], [2, 3, 4], ".")))
el("Η παράδοση στη διεύθυνση Δωδώνης 33, Ανατολή, Ιωάννινα", ("address", "Δωδώνης 33, Ανατολή, Ιωάννινα"))
el("Κινητό 697 518 2240", ("phone", "697 518 2240"))
el("Θα το πληρώσω με κατάθεση, από τον λογαριασμό μου %s" % GI4, ("iban", GI4))
el("Το φορτηγό περνάει από Ανατολή Τετάρτη και Σάββατο, μέχρι τις δύο.")

# Call 12: paragliding, Limassol (Cypriot)
el("Cyprus Paragliding, καλημέρα, ο Άντρος είμαι.", ("name", "Άντρος"))
el("Καλημέρα, είμαι η Χρυστάλλα Ευαγόρου, θέλω να κάμω ένα tandem πτήση δώρο για τον άντρα μου.", ("name", "Χρυστάλλα Ευαγόρου"))
el("Η πτήση είναι εκατόν σαράντα ευρώ με βίντεο, είκοσι λεπτά πάνω από το Πισσούρι, και ζύγισμα ως εκατόν δέκα κιλά.")
el("Ο άντρας μου γεννήθηκε τρία Οκτωβρίου ογδόντα ένα", ("date_of_birth", "τρία Οκτωβρίου ογδόντα ένα"))
el("Το κινητό μου εννιά εννιά, τέσσερα πέντε, έξι ένα, οχτώ δύο", ("phone", "εννιά εννιά, τέσσερα πέντε, έξι ένα, οχτώ δύο"))
el("Τζαι την επιστροφή αν έσιει κακοκαιρία, στον λογαριασμό %s" % GI6, ("iban", GI6))
el("Η κάρτα μου %s" % words("el", GC[3], [4, 4, 4, 4]), ("card", words("el", GC[3], [4, 4, 4, 4])))
el("chrystalla.ev@cytanet.com.cy", ("email", "chrystalla.ev@cytanet.com.cy"), ctx="Και ένα email να σας στείλω το voucher;")
el("Οι πτήσεις γίνονται μόνο πρωί, από τις οχτώ ως τις έντεκα, λόγω του αέρα.")

# Call 13: sewerage-board connection, Larnaca (Cypriot)
el("Συμβούλιο Αποχετεύσεων Λάρνακας, καλημέρα.")
el("Καλημέρα σας, λαλούν με Κυριάκο Χαραλάμπους, έκαμα αίτηση για σύνδεση τζαι εν ήρτε κανένας.", ("name", "Κυριάκο Χαραλάμπους"))
el("Το τέλος σύνδεσης είναι τετρακόσια πενήντα ευρώ τζαι η αίτηση είναι η 2023/0871.")
el("Το σπίτι είναι στην οδό Γρίβα Διγενή 12, Αραδίππου, 7101", ("address", "οδό Γρίβα Διγενή 12, Αραδίππου, 7101"))
el("Για την επιστροφή της εγγύησης, %s" % g4(GI7), ("iban", g4(GI7)))
el("Το τηλέφωνο +357 96 218 443", ("phone", "+357 96 218 443"))
el("kyriakos.ch@gmail.com", ("email", "kyriakos.ch@gmail.com"))
el("Θα έρτει ο τεχνικός την Πέμπτη εικοσιτρείς, μεταξύ οχτώ τζαι μιας.")

# Call 14: radio-station contest prize (Athens)
el("Καλησπέρα, από τον ραδιοφωνικό σταθμό σας παίρνω, κερδίσατε τα δύο εισιτήρια για τη συναυλία στο Ηρώδειο!")
el("Α, θέλετε ΑΦΜ; Ο δικός μου είναι %s" % words("el", GA[5], [3, 3, 3], gsep=" "),
   ("id", words("el", GA[5], [3, 3, 3], gsep=" ")), ctx="Για δώρο πάνω από εκατό ευρώ χρειάζομαι τον ΑΦΜ σας.")
el("γεννήθηκα εικοσιπέντε του δώδεκα του ενενήντα ένα", ("date_of_birth", "εικοσιπέντε του δώδεκα του ενενήντα ένα"),
   ctx="Και ημερομηνία γέννησης, να βεβαιωθούμε ότι είστε ενήλικας;")
el("Τα εισιτήρια θα σας έρθουν με courier, ποια είναι η διεύθυνση;")
el("Ιπποκράτους 140, πέμπτος όροφος, Νεάπολη Εξαρχείων, 11472", ("address", "Ιπποκράτους 140, πέμπτος όροφος, Νεάπολη Εξαρχείων, 11472"))
el("Η συναυλία είναι στις δεκαεννιά Ιουλίου στις εννιά το βράδυ, σειρά Δ, θέσεις 14 και 15.")
el("Το χρηματικό έπαθλο των διακοσίων ευρώ το θέλω στο %s" % GI5, ("iban", GI5))
el("Και ο ΑΦΜ της μητέρας μου, γιατί το δεύτερο εισιτήριο είναι στο όνομά της, %s" % GA[6], ("id", GA[6]))

# Call 15: organic veg-box subscription (Cyprus and Greece)
el("Καλημέρα, θέλω να αλλάξω την κάρτα για τη συνδρομή μου, η καινούρια είναι %s" % grp(GC[4], [4, 4, 4, 4]),
   ("card", grp(GC[4], [4, 4, 4, 4])))
el("Το μικρό καλάθι είναι δεκαεννιά ευρώ την εβδομάδα, έξι με εφτά κιλά, και η παράδοση κάθε Πέμπτη απόγευμα.")
el("Σας στέλνω και τη δεύτερη κάρτα, της Visa, %s, για την περίπτωση που δεν περάσει." % GC[5], ("card", GC[5]))
el("Η κάρτα της αδερφής μου %s, θέλει κι αυτή καλάθι" % grp(GC[6], [4, 4, 4, 4], "-"), ("card", grp(GC[6], [4, 4, 4, 4], "-")))
el("Το email της είναι ελένη κάτω παύλα μ παπάκι outlook τελεία com", ("email", "ελένη κάτω παύλα μ παπάκι outlook τελεία com"))
el("Και η μικρή μου κάρτα, η prepaid, %s" % grp(GC[7], [4, 4, 5]), ("card", grp(GC[7], [4, 4, 5])))
el("Η εταιρεία στην Κύπρο έχει λογαριασμό %s, εκεί κάνουμε τη μεταφορά" % GI8, ("iban", GI8))
el("Η κόρη μου είναι γεννημένη 17.09.2010, δικαιούται φοιτητική έκπτωση;", ("date_of_birth", "17.09.2010"))
el("Ο ΑΦΜ για το τιμολόγιο είναι %s" % grp(GA[7], [4, 5], " "), ("id", grp(GA[7], [4, 5], " ")))
el("Η έκπτωση είναι δέκα τοις εκατό για παραγγελίες πάνω από σαράντα ευρώ, με τον κωδικό BIO10.")

# ================================================================ main
def main():
    os.makedirs(OUT, exist_ok=True)
    for lang in ("en", "ar", "he", "el"):
        if lang not in ITEMS:
            continue
        lines = build(lang)
        with open(os.path.join(OUT, lang + ".jsonl"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        n, neg, counts = stats(lang)
        print(lang, "items", n, "negative", neg, "spans", sum(counts.values()), counts)


if __name__ == "__main__":
    main()
