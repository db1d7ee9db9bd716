#!/usr/bin/env python3
"""Held-out evaluation set "blind31" for the call-transcript personal-data redactor.

Written by a helper session working only from a written brief. The helper never read the
redactor, its rules, its tests or any other evaluation set or generator; every line below
comes from the brief and from general knowledge of how people speak on the phone.

Output: data/redaction/blind31/{en,ar,he,el}.jsonl, one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}
- kind is one of: card, iban, id, phone, email, date_of_birth, name, address.
- start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive), computed here by
  searching for each span's substring (searched in order, each after the previous span) and
  asserted.
- context (optional, not scored) is an earlier line of the same call.
- Items with empty spans are non-personal and must come out unchanged.
All values are invented; check-digit values (cards, IBANs, national IDs) are computed here.
Card/ID/IBAN spans that can be read back mechanically (digits or one-digit words) are re-checked
when the set is built, and every number of 9+ digits in a non-personal line is asserted to fail
the Luhn, Teudat Zehut, AFM and Saudi-ID checks.
Calls per language (sectors chosen to avoid those of earlier sets) are listed above each block.

Run: python3 benches/redaction/make_blind31.py   (standard library only, deterministic)
"""
import json
import os
import re

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}

# ---------------------------------------------------------------- check digits

def luhn_ok(d):
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
    d = luhn_complete(partial)
    assert 13 <= len(d) <= 19 and luhn_ok(d)
    return d


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30, "GB": 22,
            "IE": 22, "DE": 22, "MA": 28, "FR": 27, "US": 0}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return len(s) == IBAN_LEN.get(s[:2], -1) and _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(cc, bban):
    chk = 98 - _iban_num(bban + cc + "00") % 97
    s = f"{cc}{chk:02d}{bban}"
    assert iban_ok(s), s
    return s


def tz_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    s = 0
    for i, ch in enumerate(d):
        n = int(ch) * (1 if i % 2 == 0 else 2)
        s += n - 9 if n > 9 else n
    return s % 10 == 0


def tz(partial8):
    for c in "0123456789":
        if tz_ok(partial8 + c):
            return partial8 + c
    raise AssertionError


def afm_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return s % 11 % 10 == int(d[8])


def afm(partial8):
    for c in "0123456789":
        if afm_ok(partial8 + c):
            return partial8 + c
    raise AssertionError


def saudi_ok(d):
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def saudi(partial9):
    d = luhn_complete(partial9)
    assert saudi_ok(d)
    return d


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", s)
    if not m:
        return False
    a, g, n = (int(x) for x in m.groups())
    return 1 <= a <= 899 and a != 666 and g >= 1 and n >= 1


def np(num):
    """A long non-personal number: assert it passes none of the checks, return it."""
    d = re.sub(r"\D", "", num.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")))
    assert not (13 <= len(d) <= 19 and luhn_ok(d)), num
    assert not tz_ok(d) and not afm_ok(d), num
    assert not saudi_ok(d), num
    return num


# ---------------------------------------------------------------- number renderings

WORDS = {
    "en": "zero one two three four five six seven eight nine".split(),
    "en_oh": "oh one two three four five six seven eight nine".split(),
    "ar": "صفر واحد اتنين تلاتة اربعة خمسة ستة سبعة تمانية تسعة".split(),
    "ar_msa": "صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "ar_gulf": "صفر واحد ثنين ثلاث أربع خمس ست سبع ثمان تسع".split(),
    "he_f": "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split(),
    "he_m": "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split(),
    "el": "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split(),
    "el_f": "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα".split(),
}


def w(lang, digits, sep=" "):
    """Digits spoken one by one in words."""
    return sep.join(WORDS[lang][int(c)] for c in digits if c.isdigit())


def grp(digits, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(digits[i:i + n])
        i += n
    assert i == len(digits), (digits, sizes)
    return sep.join(out)


AI = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def ai(s):
    """Arabic-Indic digits."""
    return s.translate(AI)


# ---------------------------------------------------------------- items -> jsonl

_WORD_DIGIT = {}
for _ws in WORDS.values():
    for _i, _x in enumerate(_ws):
        _WORD_DIGIT[_x.lower()] = str(_i)


def spoken_digits(sub):
    """Digits of a value written in digits and/or one-digit words; None if it has other words."""
    sub = sub.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
    out = []
    for tok in re.split(r"[\s,.\-،]+", sub):
        if not tok:
            continue
        if tok.isdigit():
            out.append(tok)
        elif tok.lower() in _WORD_DIGIT:
            out.append(_WORD_DIGIT[tok.lower()])
        else:
            return None
    return "".join(out)


def value_ok(kind, sub):
    """Assert a card/id/iban span holds a valid value when it can be read mechanically."""
    if kind == "iban":
        compact = re.sub(r"[\s\-]", "", sub)
        if re.fullmatch(r"[A-Za-z]{2}\d{2}[A-Za-z0-9]+", compact):
            assert iban_ok(compact), sub
        return
    if kind not in ("card", "id"):
        return
    if kind == "id" and ssn_ok(sub):
        return
    d = spoken_digits(sub)
    if d is None:
        return
    if kind == "card":
        assert 13 <= len(d) <= 19 and luhn_ok(d), sub
    else:
        assert tz_ok(d) or afm_ok(d) or saudi_ok(d) or ssn_ok(d), sub


def build(items):
    lines = []
    for it in items:
        text, spans = it[0], it[1]
        ctx = it[2] if len(it) > 2 else ""
        b = text.encode("utf-8")
        out, pos = [], 0
        for kind, sub in spans:
            assert kind in KINDS, kind
            sb = sub.encode("utf-8")
            i = b.find(sb, pos)
            assert i >= 0, (text, sub)
            assert sub == sub.strip() and sub, (text, sub)
            out.append({"kind": kind, "start": i, "end": i + len(sb)})
            assert b[i:i + len(sb)].decode("utf-8") == sub
            pos = i + len(sb)
            value_ok(kind, sub)
        if not spans:
            # every long number in a non-personal line must fail the checks
            for run in re.findall(r"[0-9\u0660-\u0669](?:[0-9\u0660-\u0669 \-./]*[0-9\u0660-\u0669])?", text):
                if len(re.sub(r"\D", "", run)) >= 9:
                    np(run)
        obj = {"text": text, "spans": out}
        if ctx:
            obj["context"] = ctx
        lines.append(obj)
    return lines


LANGS = {}

# ================================================================ languages are appended below

# ================================================================ English
# Calls: bingo hall (Liverpool), Braille transcription (Ohio), clinical-trial recruitment (Seattle),
# darts league (Dublin), demolition contractor (Sydney), forklift training (Lagos),
# graduation-gown hire (Galway), hardware store (Queensland), janitorial supplies (Texas),
# left-luggage office (London, Indian caller), exhibition-stand builder (Bengaluru),
# autism assessment centre (Manchester).

EC1 = card("492913570284163")      # Visa 16
EC2 = card("542523343010990")      # Mastercard 16
EC3 = card("37144963539843")       # Amex 15
EC4 = card("601100099013942")      # Discover 16
EC5 = card("3056930902590")        # Diners 14
EC6 = card("676770123456789")      # Maestro 16
EC7 = card("503900123456789012")   # Maestro 19
EC8 = card("453998765432")         # Visa 13
EI1 = iban("GB", "BARC20004578319024")
EI2 = iban("IE", "AIBK93115227604381")
EI3 = iban("DE", "500105175407324931")
EI4 = iban("GB", "MIDL40051562731409")
EI5 = iban("IE", "BOFI90001710274836")
EI6 = iban("GB", "LOYD30963418275506")
EI7 = iban("FR", "20041010050500013M02606")
EI8 = iban("IE", "ULSB98520147369012")
ES = ["412-73-9581", "527-04-1863", "219-58-4470", "634-19-2205", "081-46-7392"]
for _s in ES:
    assert ssn_ok(_s)
EQ = saudi("241736580")            # Iqama
ETZ = tz("31528467")               # Teudat Zehut


def en_ssn(s):
    d = s.replace("-", "")
    return f"{w('en', d[:3])}, {w('en', d[3:5])}, {w('en', d[5:])}"


EN = [
    # --- bingo hall, Liverpool
    ("Good evening, Starlight Bingo Club, you're through to Bernadette, how can I help?",
     [("name", "Bernadette")]),
    ("Hiya love, it's Maureen Tattersall here, I'm ringing about me membership card, it's gone and expired.",
     [("name", "Maureen Tattersall")]),
    ("No bother Maureen, I'll just pull you up. Can I take your date of birth, please?",
     [("name", "Maureen")]),
    ("Fourteenth of the second, nineteen fifty-one.", [("date_of_birth", "Fourteenth of the second, nineteen fifty-one")],
     "Can I take your date of birth, please?"),
    ("Forty-one Cranborne Avenue, Walton, L9 1EX.", [("address", "Forty-one Cranborne Avenue, Walton, L9 1EX")],
     "And the first line of your address and the postcode?"),
    ("Lovely. The early session starts at half six now, not seven, and the books are four pound fifty each.", []),
    ("There's a two thousand pound jackpot on Friday the 12th and the coach from Bootle leaves at ten to six.", []),
    ("can i pay the renewal on me card its " + grp(EC1, [4, 4, 4, 4]) + " expiry oh nine twenty seven",
     [("card", grp(EC1, [4, 4, 4, 4]))]),
    ("That's twelve pound for the year, you'll get a text on your mobile. Is it still oh seven seven double four, nine one two, three oh six?", [("phone", "oh seven seven double four, nine one two, three oh six")]),
    ("No, I changed it, it's 07912 604 338 now.", [("phone", "07912 604 338")]),
    ("Your membership number is 00481 and it's valid until the 31st of December.", []),
    # --- Braille transcription, Ohio
    ("Thanks for calling Lighthouse Braille Services, this is Darnell, how can I help you today?",
     [("name", "Darnell")]),
    ("Hi, yes, my name is Priya Venkataraman, I'm the accessibility coordinator at Oakridge Community College.",
     [("name", "Priya Venkataraman")]),
    ("It's an organic chemistry textbook, fourth edition, 412 pages, with about 90 diagrams.", []),
    ("Okay, tactile graphics are extra, so the quote comes to $1,236 and turnaround is fifteen business days.", []),
    ("Could you send the proof to p dot venkat at oakridge c c dot edu?",
     [("email", "p dot venkat at oakridge c c dot edu")]),
    ("Six one four, two seven three, oh nine five eight. That's my desk, extension 2210 after that.",
     [("phone", "Six one four, two seven three, oh nine five eight")], "And a callback number?"),
    ("hi um i'm one of your new freelance transcribers my name's marcus o'neill and payroll said i have to call in my social for the 1099",
     [("name", "marcus o'neill")]),
    ("It's " + en_ssn(ES[0]) + ".", [("id", en_ssn(ES[0]))], "payroll said i have to call in my social for the 1099"),
    ("Your first batch is due November 20th, it's 38 pages, paid at $2.10 a page.", []),
    # --- clinical-trial recruitment, Seattle
    ("You've reached the Harborview research line, I'm Kayleigh, are you calling about one of our studies?",
     [("name", "Kayleigh")]),
    ("Yeah hi, uh, my name is Tyrone Jefferson, I saw the ad for the sleep, no, the migraine study.",
     [("name", "Tyrone Jefferson")]),
    ("March third, nineteen eighty-seven.", [("date_of_birth", "March third, nineteen eighty-seven")],
     "What's your date of birth?"),
    ("The study runs twelve weeks with six clinic visits and you get seventy-five dollars per visit.", []),
    ("The protocol number is 2024-0387-B, you might see that on the consent form.", []),
    ("Sure, " + ES[1] + ".", [("id", ES[1])], "For the stipend card the sponsor needs your social security number."),
    ("Visit one is Tuesday, October 14th at 9:30, on the fourth floor, take the elevator by the Starbucks.", []),
    ("hi this is dolores huerta-mendez calling back i missed a call from this number about the arthritis trial",
     [("name", "dolores huerta-mendez")]),
    ("Um, it's 7/22/58.", [("date_of_birth", "7/22/58")], "Can you confirm your birthday for me?"),
    ("two one nine, five eight, double four seven zero", [("id", "two one nine, five eight, double four seven zero")],
     "the social, we need all nine digits for the IRS form."),
    # --- darts league, Dublin
    ("Dublin and District Darts League, Siobhán speaking.", [("name", "Siobhán")]),
    ("Howya, it's Declan Ó Murchú here, captain of the Brazen Head B team.", [("name", "Declan Ó Murchú")]),
    ("We've fourteen teams this season and the final's on the 22nd of March at the Red Cow, throw-off half eight.", []),
    ("The entry fee is a hundred and twenty euro per team, and we refunded sixty to three teams already.", []),
    ("Grand so, for our refund then, my IBAN is " + grp(EI2, [4, 4, 4, 4, 4, 2]) + ".",
     [("iban", grp(EI2, [4, 4, 4, 4, 4, 2]))]),
    ("And the lads want the newsletter, you can use my email, deccie dot murphy eighty-two at eircom dot net, that's the old one.",
     [("email", "deccie dot murphy eighty-two at eircom dot net")]),
    ("The Kilkenny lads threw a 180 in week 7 and won four legs to one.", []),
    # --- demolition contractor, Sydney
    ("G'day, Bluegum Demolition, Shazza speaking.", [("name", "Shazza")]),
    ("Yeah g'day, it's Bazza, Barry Nguyen, I rang last week for a quote to knock down an old fibro shed.",
     [("name", "Bazza"), ("name", "Barry Nguyen")]),
    ("It's 17 Wattle Grove, Penrith, NSW 2750, round the back.", [("address", "17 Wattle Grove, Penrith, NSW 2750")],
     "Righto Barry, where's the job?"),
    ("The asbestos test came back positive, it's about forty square metres, so you're looking at eight and a half grand plus GST.", []),
    ("We can start Monday the 3rd and it'll take two days, the skip's another four hundred and fifty.", []),
    ("best number for the crew is oh four one two five eight three nine oh six",
     [("phone", "oh four one two five eight three nine oh six")]),
    ("yeah mate its " + w("en", EC2[:4]) + " " + w("en", EC2[4:8]) + " " + EC2[8:12] + " " + EC2[12:],
     [("card", w("en", EC2[:4]) + " " + w("en", EC2[4:8]) + " " + EC2[8:12] + " " + EC2[12:])]),
    # --- forklift training, Lagos
    ("Good afternoon, Apex Forklift Training Centre, my name is Chiamaka, how may I help you?",
     [("name", "Chiamaka")]),
    ("Good afternoon ma. I am calling to register for the weekend class. My name is Oluwaseun Adebayo, but they call me Seun.",
     [("name", "Oluwaseun Adebayo"), ("name", "Seun")]),
    ("You're welcome Mr. Adebayo. The course is five days, the fee is one hundred and fifty thousand naira, and the certificate is valid for three years.",
     [("name", "Adebayo")]),
    ("Class starts 8 a.m. prompt on Saturday 9th November, bring two passport photographs.", []),
    ("Plus two three four, eight zero three, four one five, seven seven two nine.",
     [("phone", "Plus two three four, eight zero three, four one five, seven seven two nine")],
     "What number can we reach you on?"),
    ("seun underscore adebayo at yahoo dot com. S-E-U-N.", [("email", "seun underscore adebayo at yahoo dot com. S-E-U-N")],
     "And email for the receipt?"),
    ("No. 14 Adeola Odeku Street, Victoria Island, Lagos. Flat 3B.",
     [("address", "No. 14 Adeola Odeku Street, Victoria Island, Lagos. Flat 3B")],
     "For the certificate we post it, what's your address?"),
    ("Last batch we trained 36 operators for Dangote and 12 for the Apapa port.", []),
    # --- graduation-gown hire, Galway
    ("Hello, you're through to Gownly graduation hire, how can I help?", []),
    ("Hi, I'm ringing to book a gown for the conferring, it's the 11th of July in the Aula Maxima at 2pm.", []),
    ("No problem. Is it a BA hood or the masters one? The BA set is sixty-five euro and the masters is eighty.", []),
    ("BA. He's five foot eleven and a size 40 chest, the cap is 57 centimetres.", []),
    ("aoife brennan kelly", [("name", "aoife brennan kelly")], "And the name on the booking?"),
    ("Collection from the Eyre Square shop from 9 on the morning, returns by 5 the same day.", []),
    ("Okay it's " + grp(EC6, [4, 4, 4, 4], "-") + ", no wait, that's the old one, hang on.", [("card", grp(EC6, [4, 4, 4, 4], "-"))]),
    ("Here we go: " + w("en", EC7[:4]) + ", " + w("en", EC7[4:8]) + ", " + w("en", EC7[8:12]) + ", " + w("en", EC7[12:16]) + ", " + w("en", EC7[16:]) + ". It's a long one.",
     [("card", w("en", EC7[:4]) + ", " + w("en", EC7[4:8]) + ", " + w("en", EC7[8:12]) + ", " + w("en", EC7[12:16]) + ", " + w("en", EC7[16:]))]),
    ("I-E-nine-five, U-L-S-B, nine eight five two, zero one four seven, three six nine zero, one two.",
     [("iban", "I-E-nine-five, U-L-S-B, nine eight five two, zero one four seven, three six nine zero, one two")],
     "so the IBAN please."),
    # --- hardware store, Queensland
    ("Thanks for calling Kookaburra Hardware Toowoomba, Mitch speaking.", [("name", "Mitch")]),
    ("Yeah hi, I ordered a belt for a ride-on mower, order 48213, and it's been nine days.", []),
    ("Right, it's a Victa part, we had two in Dalby but they went Tuesday. The new ones land on the 18th.", []),
    ("The Bunnings on Ruthven Street had them for sixty-nine ninety-five but they're sold out too.", []),
    ("can you just deliver it when it comes to 5/22 Banksia Street, Harristown, 4350",
     [("address", "5/22 Banksia Street, Harristown, 4350")]),
    ("Will do. Delivery's free over a hundred and fifty, otherwise it's twelve dollars.", []),
    ("Chuck in a 20 litre drum of two-stroke and a box of 75 mil batten screws then.", []),
    ("kylie.p.78@bigpond.com, that's kylie dot p dot seven eight.",
     [("email", "kylie.p.78@bigpond.com, that's kylie dot p dot seven eight")], "Email for the tax invoice?"),
    ("and text me on 0427 319 054 when it's in", [("phone", "0427 319 054")]),
    # --- janitorial supplies, Texas
    ("Yeah, this is Bobby Ray Whitfield over at Cedar Creek Elementary, I need to reorder.", [("name", "Bobby Ray Whitfield")]),
    ("I need forty cases of the two-ply, twelve gallons of floor stripper and sixty mop heads, item number 30-4471.", []),
    ("That's invoice 2024118, net thirty, total is $3,482.60 with the district discount of 12 percent.", []),
    ("The district's card is American Express, " + grp(EC3, [4, 6, 5]) + ", expires 04/28.",
     [("card", grp(EC3, [4, 6, 5]))]),
    ("The truck goes out of the Waco warehouse Thursdays, so you'd get it the 7th between 6 and 10 a.m.", []),
    ("Deliver it to the back dock, 1400 Farm to Market Road 2410, Harker Heights, Texas 76548.",
     [("address", "1400 Farm to Market Road 2410, Harker Heights, Texas 76548")]),
    ("six three four, one nine, two two oh five", [("id", "six three four, one nine, two two oh five")],
     "For the new credit account the owner has to give a social"),
    ("We've had the account since 2009, 14 schools, and I've never once been late.", []),
    # --- left-luggage office, London
    ("Hello sir, I am calling regarding my bag, I left it yesterday morning. My good name is Venkatesh Iyer.",
     [("name", "Venkatesh Iyer")]),
    ("It's seven pound fifty per item per 24 hours, what's the ticket number?", []),
    ("Ticket number is " + np("558 301 777") + ", it is a blue trolley bag, 23 kilos.", []),
    ("My flight is AI 162 at 9:40 tonight from Heathrow, Terminal 2.", []),
    ("If I can't make it my colleague will collect. You can call me on plus ninety-one, ninety-eight four five zero, three seven two six one.",
     [("phone", "plus ninety-one, ninety-eight four five zero, three seven two six one")]),
    ("and email is venky dot iyer at rediffmail dot com", [("email", "venky dot iyer at rediffmail dot com")]),
    ("The office is open 7 till 11 every day, we keep items for 90 days.", []),
    # --- exhibition-stand builder, Bengaluru
    ("Good morning, Expoline Stands, Shreya this side.", [("name", "Shreya")]),
    ("Hello, myself Rakesh Agarwal from Sunrise Agro, we have booked hall 4, stand B-17, for the Delhi expo.",
     [("name", "Rakesh Agarwal")]),
    ("Sir, stand is 6 by 9 metres, 54 square metres, rate is 9,500 per square metre plus 18 percent GST.", []),
    ("Build-up is 12th and 13th February, show opens 14th at 10 a.m., dismantling after 7 p.m. on the 17th.", []),
    ("Our German partner will pay the balance from Stuttgart, their account is " + EI3 + ".",
     [("iban", EI3)]),
    ("Also one exhibitor from Riyadh needs a badge, the Iqama number he gave is " + grp(EQ, [3, 3, 4]) + ".",
     [("id", grp(EQ, [3, 3, 4]))]),
    ("And the Israeli visitor, Teudat Zehut " + w("en", ETZ) + ".", [("id", w("en", ETZ))]),
    ("For the GST invoice write to rakesh at sunriseagro dot in, r a k e s h.",
     [("email", "rakesh at sunriseagro dot in, r a k e s h")]),
    # --- autism assessment centre, Manchester
    ("Hello, Brambles Neurodevelopmental Service, you're speaking to Nkechi.", [("name", "Nkechi")]),
    ("Hi, I'm, um, I'm calling about my daughter's assessment, we got a letter.", []),
    ("Twenty-ninth of January twenty sixteen, so she's, yeah, she's nine.",
     [("date_of_birth", "Twenty-ninth of January twenty sixteen")], "Can I take her date of birth?"),
    ("The waiting list is currently about eighteen months, but you're on the cancellation list.", []),
    ("Her appointment is Thursday the 6th at 10:15 in room 3, it takes about two and a half hours.", []),
    ("And your address is still 8 Brook Lane, Chorlton, M21 9PQ?", [("address", "8 Brook Lane, Chorlton, M21 9PQ")]),
    ("No we moved, it's flat 2, 115 Wilbraham Road, M16 8NT.", [("address", "flat 2, 115 Wilbraham Road, M16 8NT")],
     "And your address is still 8 Brook Lane, Chorlton, M21 9PQ?"),
    ("Home phone oh one six one, four nine six, double two eight one.",
     [("phone", "oh one six one, four nine six, double two eight one")]),
    ("Travel costs over £20 can be claimed back, we reimburse to a bank account. Sort code and account, or the IBAN.", []),
    ("It's " + grp(EI1, [4, 4, 4, 4, 4, 2]) + ".", [("iban", grp(EI1, [4, 4, 4, 4, 4, 2]))],
     "we reimburse to a bank account. Sort code and account, or the IBAN."),
    # --- more lines from the same calls (payments and read-backs)
    ("sorry the other lad on the team wants his refund as well his IBAN is " + EI5.lower(), [("iban", EI5.lower())]),
    ("Put the syndicate winnings into " + grp(EI4, [4, 4, 4, 4, 4, 2]) + ", that's my nephew's account, he sorts it for me.",
     [("iban", grp(EI4, [4, 4, 4, 4, 4, 2]))]),
    ("The insurer pays half from " + EI6 + " and the rest goes on my Visa, " + w("en_oh", EC8) + ".",
     [("iban", EI6), ("card", w("en_oh", EC8))]),
    ("Our Paris office will wire fifty percent, F R one four, " + grp(EI7[4:], [4, 4, 4, 4, 4, 3]) + ".",
     [("iban", "F R one four, " + grp(EI7[4:], [4, 4, 4, 4, 4, 3]))]),
    ("If the Amex declines use the Discover, " + EC4[:8] + " " + EC4[8:] + ", or the old Diners one, " + grp(EC5, [4, 6, 4]) + ".",
     [("card", EC4[:8] + " " + EC4[8:]), ("card", grp(EC5, [4, 6, 4]))]),
    ("My daughter wants to sign up too, she was born 02.11.1999, is she too young?", [("date_of_birth", "02.11.1999")]),
    ("fifth of may ninety four", [("date_of_birth", "fifth of may ninety four")],
     "And your date of birth for the certificate?"),
    ("The date of birth on the passport is 1979-08-30, same as on the booking.", [("date_of_birth", "1979-08-30")]),
    ("And my wife's social, " + ES[4] + ", she's doing the trial with me.", [("id", ES[4])]),
    ("If the driver can't find the dock my cell is (254) 771-0392.", [("phone", "(254) 771-0392")]),
    ("oh and my email's aoifebk at gmail dot com, all one word", [("email", "aoifebk at gmail dot com")]),
    ("The Tuesday session had 212 players and we paid out £1,850 across 30 games.", []),
    ("The second volume, pages 413 to 780, ships on the 2nd of December by UPS, tracking " + np("1Z 999 AA1 0123 4567 84") + ".", []),
]

LANGS["en"] = EN

# ================================================================ Arabic
# Calls: charcoal supplier (Dammam, Gulf), air-purifier rental (Dubai), cold-storage warehouse
# (Egypt), fertilizer supplier (Egyptian Delta), conference registration (MSA, Riyadh),
# security-door installer (Amman, Levantine), gemstone lab (Dubai), livestock auction
# (Qassim, Najdi), beauty-products e-shop (Rabat, Darija), alumni association (Levantine),
# bathroom fitter (Cairo), graphic-design agency (Tunis).

AC1 = card("588845712034561")
AC2 = card("440647301288742")
AC3 = card("507803912345670")
AC4 = card("37828224631001")
AC5 = card("531245678901234")
AC6 = card("457393812076451")
AC7 = card("622588012345678")
AC8 = card("401883001234")
AI1 = iban("SA", "80000504608010167519")
AI2 = iban("SA", "10000072183400019607")
AI3 = iban("AE", "0330000010234567891")
AI4 = iban("AE", "0260001015373846201")
AI5 = iban("EG", "0019000500000026318400123")
AI6 = iban("JO", "ARAB1140000000114082500194")
AI7 = iban("JO", "HBHO0320000012751300931124")
AI8 = iban("MA", "011519000001205000534921")
ASID = [saudi("108374125"), saudi("115290638"), saudi("103846271"), saudi("112074593")]
AIQ = [saudi("234817650"), saudi("251093746")]
ATZ = tz("20374815")
assert saudi_ok("1055298366")  # spoken in the livestock-auction call

AR = [
    # --- charcoal supplier, Dammam
    ("هلا والله، مؤسسة الجمر الذهبي للفحم، معك عبدالعزيز، آمر.", [("name", "عبدالعزيز")]),
    ("هلا أخوي، أنا بو فهد، عندي مقهى بالشاطئ الغربي وأبي أطلب فحم.", [("name", "بو فهد")]),
    ("أبي خمسين كرتون فحم جوز الهند، الكرتون عشرة كيلو، وعشرين كيس فحم سمر للمشويات.", []),
    ("الكرتون بخمسة وثلاثين ريال، والتوصيل يوم الأحد بعد العصر، والطلبية فوق الألف التوصيل مجاني.", []),
    ("الدمام، حي الشاطئ الغربي، شارع الأمير محمد بن فهد، مبنى ٣٤٧٢، المحل الثاني جنب الصيدلية",
     [("address", "الدمام، حي الشاطئ الغربي، شارع الأمير محمد بن فهد، مبنى ٣٤٧٢، المحل الثاني")],
     "وين العنوان بالضبط عشان السواق؟"),
    ("جوالي " + ai("0553214409") + " وإذا ما رديت كلم العامل.", [("phone", ai("0553214409"))]),
    ("عشان نفتح لك حساب آجل نحتاج رقم الهوية.", []),
    ("الهوية " + w("ar_gulf", ASID[0][:5]) + "، " + w("ar_gulf", ASID[0][5:]) + "، هذي هويتي مو هوية المحل.",
     [("id", w("ar_gulf", ASID[0][:5]) + "، " + w("ar_gulf", ASID[0][5:]))]),
    ("والدفع بمدى، الرقم " + grp(AC1, [4, 4, 4, 4]) + "، والباقي تحويل.", [("card", grp(AC1, [4, 4, 4, 4]))]),
    ("حول المرتجع على الآيبان " + AI1 + " باسم المقهى.", [("iban", AI1)]),
    ("آخر فاتورة كانت رقم ٤٥٨٢٢ بتاريخ ٣ / ٩ ومجموعها ألف وتسعمية وخمسة وسبعين ريال.", []),
    # --- air-purifier rental, Dubai
    ("مرحبا، شركة نسيم لتأجير أجهزة تنقية الهواء، معاك مريم، كيف أقدر أساعدك؟", [("name", "مريم")]),
    ("هلا، اسمي سعيد المهيري، مستأجر جهازين عندكم من شهرين وواحد منهم يصفر.", [("name", "سعيد المهيري")]),
    ("الإيجار الشهري ١٨٠ درهم للجهاز، والفلتر نبدله كل ٩٠ يوم، والفني يجيك الثلاثاء الساعة ١٠.", []),
    ("العنوان؟", []),
    ("فيلا ٢٢، شارع ١٥ب، البرشاء الثانية، دبي، قريب من مول الإمارات",
     [("address", "فيلا ٢٢، شارع ١٥ب، البرشاء الثانية، دبي")], "العنوان؟"),
    ("ابعتيلي الفاتورة على saeed.m87@outlook.com لو سمحتي", [("email", "saeed.m87@outlook.com")]),
    ("رقمي صفر خمسين، ثلاثة واحد ثمانية، أربعة أربعة سبعة اثنين", [("phone", "صفر خمسين، ثلاثة واحد ثمانية، أربعة أربعة سبعة اثنين")]),
    ("أبغي أدفع بالبطاقة، " + ai(grp(AC2, [4, 4, 4, 4])) + "، تنتهي ١١ / ٢٨", [("card", ai(grp(AC2, [4, 4, 4, 4])))]),
    ("والتأمين ٥٠٠ درهم يرجع لك خلال ١٤ يوم عمل بعد ما ترجع الأجهزة.", []),
    ("رجعوه على الآيبان حقي، AE " + AI3[2:4] + " " + grp(AI3[4:], [3, 4, 4, 4, 4]),
     [("iban", "AE " + AI3[2:4] + " " + grp(AI3[4:], [3, 4, 4, 4, 4]))]),
    # --- cold-storage warehouse, Egypt
    ("ألو، مخازن الدلتا للتبريد، أيوه يا فندم.", []),
    ("أيوه يا باشا، معاك الحاج محمود عبد الفتاح، عندي شحنة فراولة عايز أخزنها.", [("name", "محمود عبد الفتاح")]),
    ("أهلاً يا حاج محمود، الطن بمية وعشرين جنيه في اليوم والحد الأدنى خمسة طن.", [("name", "محمود")]),
    ("الشحنة هتوصل يوم الخميس ١٢ الشهر الجاي، تلات عربيات كل عربية ١٨ طن، وعايزين الغرفة على سالب ١٨.", []),
    ("رقمي ٠١٠٠ ٤٥٦ ٧٨٩٢ يا ريس، أو رقم ابني.", [("phone", "٠١٠٠ ٤٥٦ ٧٨٩٢")]),
    ("عشان العقد محتاجين تاريخ ميلاد حضرتك.", []),
    ("مواليد خمسة تلاتة سبعة وستين", [("date_of_birth", "خمسة تلاتة سبعة وستين")], "عشان العقد محتاجين تاريخ ميلاد حضرتك."),
    ("والعربون يرجع على حسابي في البنك الأهلي، الآيبان " + grp(AI5, [4, 4, 4, 4, 4, 4, 4, 1]) + ".",
     [("iban", grp(AI5, [4, 4, 4, 4, 4, 4, 4, 1]))]),
    ("ابعتلي العقد على الإيميل، محمود ستين آت ياهو دوت كوم، يعني mahmoud60@yahoo.com",
     [("email", "محمود ستين آت ياهو دوت كوم"), ("email", "mahmoud60@yahoo.com")]),
    ("الإيصال رقم ٣٠٩٨٧٤١ بتاريخ ٢٠٢٤/٠٥/١٩ بمبلغ ٤٢ ألف جنيه.", []),
    # --- fertilizer supplier, Egyptian Delta
    ("شركة النيل للأسمدة، صباح الخير.", []),
    ("صباح النور، أنا صابر أبو زيد من كفر الشيخ، عايز أسأل على اليوريا.", [("name", "صابر أبو زيد")]),
    ("الشيكارة خمسين كيلو بألف وتلتمية جنيه، وحضرتك عندك كام فدان؟", []),
    ("عشرين فدان قمح وخمسة برسيم، يعني محتاج تقريباً تلاتين شيكارة في الرية الأولى.", []),
    ("قرية منية المرشد، مركز مطوبس، كفر الشيخ، جنب الجمعية الزراعية",
     [("address", "قرية منية المرشد، مركز مطوبس، كفر الشيخ")], "العنوان إيه يا عم صابر عشان العربية؟"),
    ("صفر واحد اتنين، تمانية تسعة خمسة، صفر تلاتة سبعة، واحد اتنين",
     [("phone", "صفر واحد اتنين، تمانية تسعة خمسة، صفر تلاتة سبعة، واحد اتنين")], "ورقم تليفونك؟"),
    ("هدفع بكارت ميزة، " + w("ar", AC3[:8]) + " " + AC3[8:], [("card", w("ar", AC3[:8]) + " " + AC3[8:])]),
    ("السماد هيوصل يوم السبت ٢٥ أكتوبر، والخصم ٥٪ لو أخدت أكتر من ٥٠ شيكارة.", []),
    # --- conference registration, Riyadh (MSA)
    ("مرحباً بكم في مكتب تسجيل المؤتمر العربي لطب الطوارئ، معكم هالة النجار.", [("name", "هالة النجار")]),
    ("السلام عليكم، أنا الدكتور يوسف القحطاني من مستشفى الملك فهد، أود التسجيل في المؤتمر.", [("name", "يوسف القحطاني")]),
    ("وعليكم السلام دكتور يوسف، رسوم التسجيل ألف ومئتا ريال، وتشمل ورشتي عمل.", [("name", "يوسف")]),
    ("يُعقد المؤتمر من الخامس عشر إلى السابع عشر من أبريل في القاعة رقم ٣، وعدد الساعات المعتمدة ٢٢ ساعة.", []),
    ("رقم الهوية الوطنية مطلوب لإصدار الشهادة.", []),
    ("رقم الهوية " + w("ar_msa", ASID[1]) + ".", [("id", w("ar_msa", ASID[1]))], "رقم الهوية الوطنية مطلوب لإصدار الشهادة."),
    ("تاريخ الميلاد: الثالث من مارس ألف وتسعمئة وتسعة وسبعين.", [("date_of_birth", "الثالث من مارس ألف وتسعمئة وتسعة وسبعين")]),
    ("البريد الإلكتروني yousef underscore alqahtani at hotmail dot com، واي أو يو إس إي إف.",
     [("email", "yousef underscore alqahtani at hotmail dot com، واي أو يو إس إي إف")]),
    ("وسأدفع بالبطاقة الائتمانية، رقمها " + ai(AC5) + ".", [("card", ai(AC5))]),
    ("ومعي زميل مصري مقيم، رقم إقامته " + ai(grp(AIQ[0], [3, 3, 4])) + " ومواليد ١٢ / ٨ / ١٩٨٥.",
     [("id", ai(grp(AIQ[0], [3, 3, 4]))), ("date_of_birth", "١٢ / ٨ / ١٩٨٥")]),
    ("رقم التسجيل الخاص بكم هو " + ai(np("2025041733")) + " وسيصلكم تأكيد خلال ٤٨ ساعة.", []),
    # --- security-door installer, Amman (Levantine)
    ("مرحبا، أبواب الأمان الفولاذية، معك أبو العبد.", [("name", "أبو العبد")]),
    ("أهلين، أنا رانيا الخطيب، بدي أركّب باب فولاذ للشقة.", [("name", "رانيا الخطيب")]),
    ("أهلا ست رانيا، الباب العادي بتلتمية وخمسين دينار والتركيب علينا.", [("name", "رانيا")]),
    ("القياس تسعين بمية وعشرة سنتي، والتوصيل بعد عشر أيام، يعني يوم السبت.", []),
    ("جبل عمّان، الدوار التالت، شارع الأميرة بسمة، عمارة ١٢، الطابق التاني، شقة ٥",
     [("address", "جبل عمّان، الدوار التالت، شارع الأميرة بسمة، عمارة ١٢، الطابق التاني، شقة ٥")], "وين الشقة بالزبط؟"),
    ("رقمي صفر سبعة تسعة، خمسة خمسة تمانية، اتنين واحد صفر اتنين، لا لا، صفر تلاتة بالآخر مش صفر اتنين",
     [("phone", "صفر سبعة تسعة، خمسة خمسة تمانية، اتنين واحد صفر اتنين، لا لا، صفر تلاتة")]),
    ("العقد بدو تاريخ ميلادك كمان.", []),
    ("يعني ... ٢٣ / ١١ / ١٩٩٠", [("date_of_birth", "٢٣ / ١١ / ١٩٩٠")], "العقد بدو تاريخ ميلادك كمان."),
    ("العربون مية دينار، إذا بتحولي على حسابنا أو بعطيكي حسابي، هاد الآيبان تبعي " + AI6,
     [("iban", AI6)]),
    # --- gemstone lab, Dubai
    ("مختبر الإمارات لفحص الأحجار الكريمة، صباح الخير.", []),
    ("صباح النور، معك خليفة بن سلطان الكتبي، عندي خاتم ياقوت أبا له شهادة.", [("name", "خليفة بن سلطان الكتبي")]),
    ("ثلاثة قيراط وشوي، ٣.٢ على ميزان الصايغ في سوق الذهب بديرة.", []),
    ("الفحص العادي ٤٥٠ درهم والمستعجل ٧٠٠، والنتيجة بعد خمس أيام عمل، رقم الطلب GL-2024-58817.", []),
    ("عشان الشهادة باسمك نحتاج رقم الهوية، إماراتي ولا مقيم؟", []),
    ("لا أنا سعودي ساكن هني، هويتي الوطنية " + ASID[2] + ".", [("id", ASID[2])],
     "عشان الشهادة باسمك نحتاج رقم الهوية، إماراتي ولا مقيم؟"),
    ("ادفع بالأمريكان إكسبريس، " + grp(AC4, [4, 6, 5]) + ".", [("card", grp(AC4, [4, 6, 5]))]),
    ("وأرسلوا الشهادة على k.alketbi@emirates-mail.ae أو كلموني على ٠٥٦ ٧٧٠ ١٩٣٨",
     [("email", "k.alketbi@emirates-mail.ae"), ("phone", "٠٥٦ ٧٧٠ ١٩٣٨")]),
    ("الرسوم الإضافية ترجع على " + AI4 + " إذا طلع الحجر صناعي.", [("iban", AI4)]),
    # --- livestock auction, Qassim (Najdi)
    ("حياك الله، مزاد بريدة للمواشي، تفضل.", []),
    ("الله يحييك، معك فهد العتيبي، أبي أسجل في مزاد الإبل يوم الخميس.", [("name", "فهد العتيبي")]),
    ("واحد صفر خمسة خمسة، اثنين تسعة ثمانية، ثلاث ست ست",
     [("id", "واحد صفر خمسة خمسة، اثنين تسعة ثمانية، ثلاث ست ست")], "عطني رقم هويتك الوطنية."),
    ("وتاريخ ميلادك بالهجري؟", []),
    ("١٥ / ٠٣ / ١٤٠٥ هـ", [("date_of_birth", "١٥ / ٠٣ / ١٤٠٥ هـ")], "وتاريخ ميلادك بالهجري؟"),
    ("عندنا ٣٠٠ راس غنم نعيمي و٤٥ ناقة، والسعي يبدأ الساعة ٤ العصر، والعمولة اثنين ونص بالمية.", []),
    ("والراعي حقي سوداني، بيستلم الحلال عني، إقامته " + w("ar_gulf", AIQ[1]) + ".", [("id", w("ar_gulf", AIQ[1]))]),
    ("جوالي صفر خمسة خمسة، ثلاث ثلاث واحد، تسعين، أربعة وسبعين", [("phone", "صفر خمسة خمسة، ثلاث ثلاث واحد، تسعين، أربعة وسبعين")]),
    ("الفلوس حولها على الآيبان، اس ايه " + AI2[2:4] + " " + grp(AI2[4:], [4, 4, 4, 4, 4]) + ".",
     [("iban", "اس ايه " + AI2[2:4] + " " + grp(AI2[4:], [4, 4, 4, 4, 4]))]),
    ("وأخوي بيدخل معي، هويته " + ai(ASID[3]) + ".", [("id", ai(ASID[3]))]),
    ("آخر مزاد بعنا ناقة مجاهيم بمئة وعشرين ألف، والشحن للرياض على حساب المشتري.", []),
    # --- beauty-products e-shop, Rabat (Darija)
    ("السلام عليكم، متجر أرغان بيوتي، معاك سكينة.", [("name", "سكينة")]),
    ("وعليكم السلام، أنا فاطمة الزهراء بنعلي، طلبت واحد الكريمة من سيمانة ومازال ما وصلاتنيش.",
     [("name", "فاطمة الزهراء بنعلي")]),
    ("مرحبا لالة فاطمة الزهراء، عطيني رقم الطلبية عافاك.", [("name", "فاطمة الزهراء")]),
    ("الطلبية رقم ٧٧٣٠٥، فيها جوج ديال زيت الأركان وتلاتة ديال الصابون البلدي، المجموع ٣٤٠ درهم.", []),
    ("فين ساكنة بالضبط باش نتأكدو من العنوان؟", []),
    ("حي الرياض، زنقة الياسمين رقم ١٧، الطابق التالت، الرباط",
     [("address", "حي الرياض، زنقة الياسمين رقم ١٧، الطابق التالت، الرباط")], "فين ساكنة بالضبط باش نتأكدو من العنوان؟"),
    ("النمرة ديالي زيرو ستة، واحد وستين، تمنية وعشرين، سبعة وربعين، تلاتة وتسعين",
     [("phone", "زيرو ستة، واحد وستين، تمنية وعشرين، سبعة وربعين، تلاتة وتسعين")]),
    ("الإيميل ديالي fz point benali arobase gmail point com", [("email", "fz point benali arobase gmail point com")]),
    ("وعطيني تاريخ الازدياد باش نعطيوك الهدية ديال عيد الميلاد.", []),
    ("تلاتة وعشرين يوليوز تسعة وتمانين", [("date_of_birth", "تلاتة وعشرين يوليوز تسعة وتمانين")],
     "وعطيني تاريخ الازدياد باش نعطيوك الهدية ديال عيد الميلاد."),
    ("ويلا بغيتي ترجعي الفلوس، عطيني الـ RIB ولا الآيبان.", []),
    ("MA64 0115 1900 0001 2050 0053 4921", [("iban", grp(AI8, [4, 4, 4, 4, 4, 4, 4]))], "عطيني الـ RIB ولا الآيبان."),
    ("الليفرية كتاخد من ٣ حتى ٥ أيام، وأمانة كتخلص ٣٥ درهم.", []),
    # --- alumni association (Levantine)
    ("مرحبا، رابطة خريجي كلية الهندسة، معك لين.", [("name", "لين")]),
    ("مرحبا، أنا اسمي طارق حدّاد، متخرّج سنة ٢٠٠٩ هندسة مدنية، بدي جدّد اشتراكي.", [("name", "طارق حدّاد")]),
    ("شو تاريخ ميلادك لو سمحت؟ لازم للبطاقة.", []),
    ("أربعتعش سبعة ستة وتمانين", [("date_of_birth", "أربعتعش سبعة ستة وتمانين")], "شو تاريخ ميلادك لو سمحت؟ لازم للبطاقة."),
    ("الإيميل tarek دوت haddad آت ياهو دوت كوم", [("email", "tarek دوت haddad آت ياهو دوت كوم")]),
    ("ادفع بالفيزا، " + grp(AC6, [4, 4, 4, 4]) + ".", [("card", grp(AC6, [4, 4, 4, 4]))]),
    ("أنا هلق بالناصرة، إذا بدكن رقم الهوية الإسرائيلية هي " + grp(ATZ, [3, 3, 3]) + ".", [("id", grp(ATZ, [3, 3, 3]))]),
    ("وصاحبي من الدفعة نفسها بدو يحوّل اشتراكه من حسابه، " + AI7 + ".", [("iban", AI7)]),
    ("عنا هالسنة ١٢٤٠ عضو، و٣٨٠ حضروا العشاء الماضي.", []),
    # --- bathroom fitter, Cairo
    ("ألو، شركة الحمام الجديد للتشطيبات، معاك كريم.", [("name", "كريم")]),
    ("أيوه، أنا مدام نيفين، عايزة أغير الحمام كله، السيراميك والأطقم.", [("name", "نيفين")]),
    ("الحمام مترين في تلاتة، السيراميك المتر بـ ٣٥٠، والشغل ياخد ١٢ يوم.", []),
    ("١٤ شارع عباس العقاد، مدينة نصر، الدور السابع شقة ٢٢",
     [("address", "١٤ شارع عباس العقاد، مدينة نصر، الدور السابع شقة ٢٢")], "العنوان إيه يا فندم عشان المعاينة؟"),
    ("المعاينة يوم الاتنين الساعة ١١ الصبح، ببلاش لو اتفقنا.", []),
    ("رقمي ٠١١ ٥٧ ٢٨ ٣٠ ٤٦، ولو مش بيجمع كلم جوزي.", [("phone", "٠١١ ٥٧ ٢٨ ٣٠ ٤٦")]),
    ("خلي المهندس يبعت العرض على nevine underscore samir at gmail dot com",
     [("email", "nevine underscore samir at gmail dot com")]),
    ("الضمان على السباكة خمس سنين، وعلى الخلاط سنتين، وأطقم ديورافيت زيادة ٨ آلاف.", []),
    # --- graphic-design agency, Tunis
    ("عسلامة، وكالة بكسل للتصميم، معاك ياسمين.", [("name", "ياسمين")]),
    ("عسلامة، أنا سامي الطرابلسي، نحب نعمل لوغو لحانوت متاعي.", [("name", "سامي الطرابلسي")]),
    ("اللوغو بـ ٤٥٠ دينار، فيه ثلاثة مقترحات، والتسليم بعد ١٠ أيام.", []),
    ("الحانوت في نهج ابن خلدون عدد ٣٨، المنزه الخامس، أريانة", [("address", "نهج ابن خلدون عدد ٣٨، المنزه الخامس، أريانة")],
     "وين العنوان متاع الحانوت باش نعملو اللافتة؟"),
    ("النومرو متاعي زوز وعشرين، ثمنية وتسعين، ربعة وخمسين، تلاثة وسبعين", [("phone", "زوز وعشرين، ثمنية وتسعين، ربعة وخمسين، تلاثة وسبعين")]),
    ("نخلص بالكارطة، " + AC7[:4] + " " + w("ar_msa", AC7[4:8]) + " " + AC7[8:] + ".", [("card", AC7[:4] + " " + w("ar_msa", AC7[4:8]) + " " + AC7[8:])]),
    ("ولو فما مشكل الكارت الأخرى " + AC8 + ".", [("card", AC8)]),
    ("ابعثلي الملفات على sami.trabelsi@topnet.tn", [("email", "sami.trabelsi@topnet.tn")]),
    ("المطبعة في سوسة تطبع ٥٠٠ كارت فيزيت بـ ٦٥ دينار، والبانو ٢ متر على متر.", []),
    ("فاطورة عدد ٢٠٢٤/٣١٧، تاريخها ٨ مارس، والخلاص قبل ٣٠ يوم.", []),
    ("الحساب متاعنا في البنك، وصل التحويل يوم ١٥ على ٢٦٠٠ دينار.", []),
]

LANGS["ar"] = AR

# ================================================================ Hebrew
# Calls: kosher butcher (Jerusalem), ketubah artist (Anglo caller), art-therapy centre (French-
# born caller), awning installer (agent an Arab citizen), homeopathy clinic (Russian-born
# caller), choir, compost delivery (Galilee), container sales (Ethiopian-born caller),
# disability parking badge (Arab citizen caller), fountain-pen repair (American-born caller),
# birdwatching tours (Hula valley, French-born caller), leaflet distribution.

HC1 = card("458003127465019")
HC2 = card("532610984372015")
HC3 = card("37598760421354")
HC4 = card("490612873345102")
HC5 = card("552147896032145")
HC6 = card("4580458012345")
HC7 = card("601143219876543")
HC8 = card("36148902765413")
HI1 = iban("IL", "0126000000054817293")
HI2 = iban("IL", "0207240000002193845")
HI3 = iban("IL", "0110610000003384721")
HI4 = iban("IL", "0310370000001928374")
HI5 = iban("IL", "0540120000000556677")
HI6 = iban("IL", "0046830000000719352")
HI7 = iban("FR", "30003012340001234567K89")
HI8 = iban("GB", "NWBK60730812345678")
HT = [tz(p) for p in ["30518472", "31764205", "20583916", "05827341", "34019258", "02468135", "31155790",
                      "20976403", "33482016"]]
assert HT[6] == "311557904" and HT[8] == "334820164"  # spoken by hand below

HE = [
    # --- kosher butcher, Jerusalem
    ("אטליז המהדרין, מדבר יענקי, שלום.", [("name", "יענקי")]),
    ("שלום, זה רבקי ויסמן, רציתי להזמין לשבת.", [("name", "רבקי ויסמן")]),
    ("שלושה קילו צלי כתף, שני עופות שלמים, והכבדים בנפרד. כמה יוצא הקילו כתף?", []),
    ("הכתף 89.90 לקילו, העוף 32 לקילו, הזמנות לשבת עד יום רביעי בשתיים עשרה.", []),
    ("רחוב סורוצקין 14, דירה 6, קומה שלישית, יש מעלית", [("address", "רחוב סורוצקין 14, דירה 6, קומה שלישית")],
     "לאיזה כתובת לשלוח?"),
    ("אם השליח לא מוצא, הטלפון בבית אפס שתיים, חמש שלוש שמונה, אחת תשע ארבע שבע",
     [("phone", "אפס שתיים, חמש שלוש שמונה, אחת תשע ארבע שבע")]),
    ("ואפשר לשלם באשראי? " + grp(HC1, [4, 4, 4, 4]) + ", תוקף שלוש עשרים ושבע.", [("card", grp(HC1, [4, 4, 4, 4]))]),
    ("המשלוח מגיע ביום שישי בין שבע לעשר בבוקר, משלוח 25 שקל, מעל 400 חינם.", []),
    # --- ketubah artist, Anglo caller
    ("שלום, סטודיו כתובות בצלאל, מדברת נעמה.", [("name", "נעמה")]),
    ("היי, אממ, sorry, my Hebrew... שמי שרה-לאה גולדברג, אנחנו מתחתנים ביוני ורוצים כתובה מצוירת.",
     [("name", "שרה-לאה גולדברג")]),
    ("מזל טוב! הכתובה בגודל 50 על 70, על נייר כותנה, 2,400 שקל, זה לוקח בערך שישה שבועות.", []),
    ("אני צריכה את השמות העבריים, של הכלה קודם.", []),
    ("השם העברי שלי שרה לאה בת אברהם ושושנה", [("name", "שרה לאה בת אברהם ושושנה")], "אני צריכה את השמות העבריים, של הכלה קודם."),
    ("תשלחו את הסקיצה ל sarahleah.goldberg@gmail.com, עם h באמצע.", [("email", "sarahleah.goldberg@gmail.com")]),
    ("המקדמה שלושים אחוז. אפשר מהחשבון שלי באנגליה? " + grp(HI8, [4, 4, 4, 4, 4, 2]),
     [("iban", grp(HI8, [4, 4, 4, 4, 4, 2]))]),
    ("את השאר אני אשלם בכרטיס אמריקן אקספרס " + grp(HC3, [4, 6, 5]) + ".", [("card", grp(HC3, [4, 6, 5]))]),
    ("החתונה ב-18 ביוני באולם בשורש, אז הכתובה צריכה להיות מוכנה עד ה-10.", []),
    # --- art-therapy centre, French-born caller
    ("מרכז צבעים לטיפול באמנות, מדברת מיכל, איך אפשר לעזור?", [("name", "מיכל")]),
    ("בונז'ור, סליחה, שלום. קוראים לי אורלי בן שושן, אני מתקשרת בשביל הבן שלי.", [("name", "אורלי בן שושן")]),
    ("בשמחה. מה תאריך הלידה של הילד?", []),
    ("שלוש עשרה במאי, אלפיים ושבע עשרה", [("date_of_birth", "שלוש עשרה במאי, אלפיים ושבע עשרה")], "מה תאריך הלידה של הילד?"),
    ("הפגישה ארבעים וחמש דקות, 320 שקל, והקופה מחזירה שישים אחוז עד שתים עשרה פגישות.", []),
    ("בשביל ההחזר מהקופה אני צריכה תעודת זהות של ההורה.", []),
    (w("he_f", HT[0][:3]) + ", " + w("he_f", HT[0][3:6]) + ", " + w("he_f", HT[0][6:]),
     [("id", w("he_f", HT[0][:3]) + ", " + w("he_f", HT[0][3:6]) + ", " + w("he_f", HT[0][6:]))],
     "בשביל ההחזר מהקופה אני צריכה תעודת זהות של ההורה."),
    ("וההחזר נכנס לחשבון, תני לי את ה-IBAN שלך.", []),
    ("IL " + HI1[2:4] + " " + grp(HI1[4:], [3, 4, 4, 4, 4]) + ", זה בנק לאומי", [("iban", "IL " + HI1[2:4] + " " + grp(HI1[4:], [3, 4, 4, 4, 4]))],
     "וההחזר נכנס לחשבון, תני לי את ה-IBAN שלך."),
    ("יש מקום ביום שלישי בארבע וחצי אצל המטפלת הבכירה, בחדר 2.", []),
    # --- awning installer, agent an Arab citizen
    ("שלום, סוככי השרון, מדבר מוחמד.", [("name", "מוחמד")]),
    ("שלום, זה איציק, דיברנו בשבוע שעבר על סוכך לפרגולה.", [("name", "איציק")]),
    ("כן, כן, זוכר. סוכך זרועות ארבע מטר על שלוש, חשמלי עם שלט, 6,800 כולל התקנה, אחריות חמש שנים.", []),
    ("יאללה סגרנו. איפה זה בדיוק?", []),
    ("הנרקיס 9, כפר יונה, בית פרטי, הכניסה מהצד", [("address", "הנרקיס 9, כפר יונה")], "יאללה סגרנו. איפה זה בדיוק?"),
    ("הטלפון שלי אפס חמישים ושתיים, שבעים ושלוש, ארבעים ואחת, שישים ושמונה, שש",
     [("phone", "אפס חמישים ושתיים, שבעים ושלוש, ארבעים ואחת, שישים ושמונה, שש")]),
    ("מקדמה של 2,000 בהעברה, או בכרטיס.", []),
    ("כרטיס. " + w("he_m", HC4[:4]) + ", " + HC4[4:8] + ", " + HC4[8:12] + ", " + w("he_f", HC4[12:]),
     [("card", w("he_m", HC4[:4]) + ", " + HC4[4:8] + ", " + HC4[8:12] + ", " + w("he_f", HC4[12:]))]),
    ("ההתקנה ביום חמישי ה-23, אנחנו מגיעים בשמונה, לוקח בערך שלוש שעות.", []),
    # --- homeopathy clinic, Russian-born caller
    ("אלו? שלום, אני רוצה תור, קוראים לי סבטלנה קוזלובה.", [("name", "סבטלנה קוזלובה")]),
    ("עשרים ושתיים בנובמבר, שישים ושמונה. אלף תשע מאות שישים ושמונה.",
     [("date_of_birth", "עשרים ושתיים בנובמבר, שישים ושמונה. אלף תשע מאות שישים ושמונה")], "תאריך לידה?"),
    ("פגישה ראשונה שעה וחצי, 450 שקל, פגישות המשך 250.", []),
    ("המייל שלי סבטה קו תחתון קיי שטרודל מייל נקודה אר יו",
     [("email", "סבטה קו תחתון קיי שטרודל מייל נקודה אר יו")]),
    ("ותעודת זהות? שלוש אחד אחד, חמש חמש, שבע תשע... אפס ארבע.",
     [("id", "שלוש אחד אחד, חמש חמש, שבע תשע... אפס ארבע")]),
    ("הטלפון שלי 054-6613927, אם לא עונה זה בעבודה.", [("phone", "054-6613927")]),
    ("יש תור ב-7 באוגוסט בשעה 11:00, בקומה השנייה ליד הבנק.", []),
    # --- choir
    ("שלום, זה בני מרקוביץ, אני טנור, שרתי אצלכם לפני עשר שנים, רוצה לחזור.", [("name", "בני מרקוביץ")]),
    ("איזה כיף! החזרות בימי שלישי ב-19:30 במתנ\"ס, דמי חבר 180 לחודש.", []),
    ("הקונצרט הבא ב-14 בדצמבר בהיכל התרבות, שרים את הרקוויאם של מוצרט, 60 זמרים.", []),
    ("הטלפון בבית אפס תשע שבע ארבע שתיים שלוש שמונה אחת חמש", [("phone", "אפס תשע שבע ארבע שתיים שלוש שמונה אחת חמש")],
     "תן לי טלפון ומייל בשביל הרשימה."),
    ("בני נקודה מארק שטרודל וואלה נקודה קו נקודה איל", [("email", "בני נקודה מארק שטרודל וואלה נקודה קו נקודה איל")],
     "תן לי טלפון ומייל בשביל הרשימה."),
    ("ואני נולדתי בשלושים באפריל חמישים ושש, אז מגיעה לי הנחת גמלאי, לא?",
     [("date_of_birth", "שלושים באפריל חמישים ושש")]),
    # --- compost delivery, Galilee
    ("היי, זה נטע, נטע שגיא, אני אחראית על הגינה הקהילתית בשכונה.", [("name", "נטע"), ("name", "נטע שגיא")]),
    ("קוב קומפוסט 390, מינימום שלושה קוב, משלוח 250, אנחנו יוצאים בימי ראשון ורביעי.", []),
    ("אז חמישה קוב, ועשרה שקים של רדי קומפוסט, ובפעם שעברה חשבונית מספר 5512 לא הגיעה.", []),
    ("לאן מביאים?", []),
    ("החשמונאים 41, רחובות, הגינה מאחורי בית הספר, שער ירוק", [("address", "החשמונאים 41, רחובות")], "לאן מביאים?"),
    ("אני משלמת מהחשבון של העמותה? לא, מהחשבון שלי, " + HI2 + ", והעמותה תחזיר לי.", [("iban", HI2)]),
    ("המייל netasagi אחת שתיים שטרודל ג'ימייל נקודה קום", [("email", "netasagi אחת שתיים שטרודל ג'ימייל נקודה קום")]),
    ("המשלוח ביום רביעי ה-5 במרץ, בין תשע לשתיים, המשאית עשרה טון.", []),
    # --- container sales, Ethiopian-born caller
    ("שלום, שמי אדיסו טספאיה, אני רוצה לשאול על מכולה למחסן.", [("name", "אדיסו טספאיה")]),
    ("מכולה 20 פיט משומשת 11,500 שקל, 40 פיט 17,000, ההובלה עם מנוף 1,800.", []),
    ("עשרים פיט. אני צריך חשבונית על השם שלי, עם תעודת זהות.", []),
    ("תעודת זהות " + HT[1] + ", ועוד פעם: " + grp(HT[1], [3, 3, 3]), [("id", HT[1]), ("id", grp(HT[1], [3, 3, 3]))]),
    ("לאן ההובלה?", []),
    ("לקריית מלאכי, רחוב הרצל 112, יש שם מגרש מאחורי הבית", [("address", "קריית מלאכי, רחוב הרצל 112")], "לאן ההובלה?"),
    ("הטלפון אפס חמש שמונה, ארבע ארבע, שלוש, אחד שבע, שמונה תשע", [("phone", "אפס חמש שמונה, ארבע ארבע, שלוש, אחד שבע, שמונה תשע")]),
    ("אם יש החזר על הפיקדון, זה החשבון שלי בדואר: IL שלושים ושתיים, " + w("he_f", HI3[4:]),
     [("iban", "IL שלושים ושתיים, " + w("he_f", HI3[4:]))]),
    ("תאריך לידה בשביל הרישום: עשרים ושבעה בינואר שמונים ותשע", [("date_of_birth", "עשרים ושבעה בינואר שמונים ותשע")]),
    ("המכולה במחסן באשדוד, מספר מכולה MSKU 482193-7, נבדקה ב-2022.", []),
    # --- disability parking badge, Arab citizen caller
    ("משרד הרישוי, מוקד תו נכה, מדברת אתי.", [("name", "אתי")]),
    ("שלום, אני רוצה לבדוק בקשה לתו נכה, השם שלי סמיר חטיב, מנצרת.", [("name", "סמיר חטיב")]),
    ("בסדר, מספר תעודת זהות?", []),
    ("אפס חמש שמונה שתיים שבע שלוש ארבע אחת שמונה", [("id", w("he_f", HT[3]))], "בסדר, מספר תעודת זהות?"),
    ("ותאריך לידה?", []),
    ("שלושה באוקטובר אלף תשע מאות חמישים ותשע", [("date_of_birth", "שלושה באוקטובר אלף תשע מאות חמישים ותשע")], "ותאריך לידה?"),
    ("הבקשה נקלטה ב-3 בספטמבר, זמן טיפול 45 ימי עבודה, מספר הפנייה 77124.", []),
    ("הכתובת שרשומה אצלנו היא שכונת אל-פאח'ורה, רחוב 6056 בית 12, נצרת, נכון?",
     [("address", "שכונת אל-פאח'ורה, רחוב 6056 בית 12, נצרת")]),
    ("כן, אבל הדואר לא מגיע, תשלחו לתא דואר, או לבת שלי, היא גם מגישה בקשה, תעודת זהות " + w("he_f", HT[2]) + ".",
     [("id", w("he_f", HT[2]))]),
    ("הטלפון שלה +972 52 7718 403", [("phone", "+972 52 7718 403")]),
    ("והטלפון שלי, 04-6012587, זה בבית בנצרת, אין לי וואטסאפ.", [("phone", "04-6012587")]),
    ("התו בתוקף לחמש שנים, ואגרה של 55 שקל, אין צורך להגיע לסניף.", []),
    # --- fountain-pen repair, American-born caller
    ("שלום, מרפאת העטים, מדבר שמוליק.", [("name", "שמוליק")]),
    ("Hi, שלום, העברית שלי לא כל כך טובה, קוראים לי מייק, מייקל רוזנטל.", [("name", "מייק"), ("name", "מייקל רוזנטל")]),
    ("מונבלאן 149 משנות השישים, הבוכנה תקועה. התיקון 380 והשליחות 35 שקל.", []),
    ("תשלחו לי אותו בחזרה לכתובת: עמק רפאים 27, דירה 4, ירושלים, מיקוד 9310", [("address", "עמק רפאים 27, דירה 4, ירושלים, מיקוד 9310")]),
    ("Okay, אני משלם בכרטיס, " + HC5[:4] + " " + HC5[4:8] + " " + HC5[8:12] + " " + HC5[12:] + ", you got that?",
     [("card", HC5[:4] + " " + HC5[4:8] + " " + HC5[8:12] + " " + HC5[12:])]),
    ("תרשום מייל, mike dot rosenthal at verizon dot net, אני עדיין משתמש בו מאמריקה.", [("email", "mike dot rosenthal at verizon dot net")]),
    ("העט יהיה מוכן עד ה-20 לחודש, ואנחנו סגורים בשבוע של פסח.", []),
    # --- birdwatching tours, Hula valley, French-born caller
    ("סיורי צפרות בחולה, שלום, מדברת גלית.", [("name", "גלית")]),
    ("אלו, בונז'ור, שלום, אני ז'יל אזולאי, אני רוצה להזמין את הסיור של הזריחה.", [("name", "ז'יל אזולאי")]),
    ("הסיור יוצא ב-5:30, שלוש שעות, 180 לאדם, ובדצמבר יש פה ארבעים אלף עגורים.", []),
    ("ארבעה אנשים, בשבת ה-11 בינואר. אפשר לשלם מהחשבון בצרפת?", []),
    ("FR " + HI7[2:4] + " " + grp(HI7[4:], [4, 4, 4, 4, 4, 3]), [("iban", "FR " + HI7[2:4] + " " + grp(HI7[4:], [4, 4, 4, 4, 4, 3]))],
     "אפשר לשלם מהחשבון בצרפת?"),
    ("והמייל, ז'יל נקודה אזולאי שטרודל אורנג' נקודה אף אר, ז'יל עם שני אל",
     [("email", "ז'יל נקודה אזולאי שטרודל אורנג' נקודה אף אר")]),
    ("הנייד פה בארץ אפס חמש שלוש, שתיים תשע שש, שמונה אחת אחת אפס", [("phone", "אפס חמש שלוש, שתיים תשע שש, שמונה אחת אחת אפס")]),
    ("תעודת זהות של המזמין? " + HT[4] + ".", [("id", HT[4])]),
    ("נפגשים בחניון של אגמון החולה, ליד הקיוסק, משקפות יש לנו 20.", []),
    # --- leaflet distribution
    ("היי, חלוקת פליירים המרכז, מדבר דור.", [("name", "דור")]),
    ("אהלן, זה קובי מהפיצריה בביאליק, רוצה לסגור חלוקה.", [("name", "קובי")]),
    ("עשרים אלף פליירים, ארבע עשרה אגורות לפלייר, חלוקה בין ה-15 ל-20 לחודש בגבעתיים ורמת גן.", []),
    ("בחודש שעבר חילקנו 18,500 וקיבלתם 240 הזמנות עם הקופון, זה 1.3 אחוז.", []),
    ("לחשבונית אני צריך ח.פ או עוסק מורשה.", []),
    ("עוסק פטור, על תעודת זהות שלי, " + w("he_m", HT[5][:5]) + ", " + w("he_m", HT[5][5:]),
     [("id", w("he_m", HT[5][:5]) + ", " + w("he_m", HT[5][5:]))], "לחשבונית אני צריך ח.פ או עוסק מורשה."),
    ("תשלח לי את החשבונית ל kobi_pizza@walla.co.il", [("email", "kobi_pizza@walla.co.il")]),
    ("או שתוריד מהמאסטרקארד של הפיצריה, " + grp(HC2, [4, 4, 4, 4], "-") + ", מה שנוח.", [("card", grp(HC2, [4, 4, 4, 4], "-"))]),
    ("ואני מעביר לך מהחשבון " + grp(HI4, [4, 4, 4, 4, 4, 3]) + " עד יום חמישי.", [("iban", grp(HI4, [4, 4, 4, 4, 4, 3]))]),
    # --- more lines from the same calls
    ("תרשמי גם את אשתי, תאריך לידה 04.02.1972, היא סופרן.", [("date_of_birth", "04.02.1972")]),
    ("הבת שלי נולדה ב-17/09/1988, תשלחו לה את הטפסים.", [("date_of_birth", "17/09/1988")]),
    ("ליתר ביטחון עוד כרטיס: " + HC6 + ", ואם לא עובר אז דיסקבר " + grp(HC7, [4, 4, 4, 4]) + ".",
     [("card", HC6), ("card", grp(HC7, [4, 4, 4, 4]))]),
    ("הכרטיס של העמותה זה דיינרס, " + w("he_f", HC8) + ".", [("card", w("he_f", HC8))]),
    ("תחזירו את העודף לחשבון של הגמ\"ח, " + HI5 + ", שם המוטב גמ\"ח הגבעה.", [("iban", HI5)]),
    ("אם המכולה לא מתאימה, ההחזר לחשבון של אחי, " + HI6.lower() + ".", [("iban", HI6.lower())]),
    ("התעודת זהות שלי, רק רגע, שלוש שלוש ארבע, שמונה שתיים אפס, אחת שש ארבע",
     [("id", "שלוש שלוש ארבע, שמונה שתיים אפס, אחת שש ארבע")], "תעודת זהות בבקשה."),
    ("הכתובת למשלוח השקים: מושב בית זית, משק 58", [("address", "מושב בית זית, משק 58")]),
    ("הכתובת שלי השתנתה, עכשיו אני גר ברחוב ז'בוטינסקי 88, קומה 5, דירה 19, פתח תקווה", [("address", "רחוב ז'בוטינסקי 88, קומה 5, דירה 19, פתח תקווה")]),
    ("הפיצריה ברחוב ביאליק 30, מול הקניון, פתוחה עד אחת בלילה.", []),
    ("מספר ההזמנה 4471093, יצא לדרך ב-28 לחודש, שבעה ימי עסקים.", []),
    ("הקבוצה של יום שלישי, 12 משתתפים, שנה שלישית, בחדר 4.", []),
    ("ביום ראשון ה-2 בפברואר יש ערב התרמה, הכרטיס 120 שקל.", []),
]

LANGS["he"] = HE

# ================================================================ Greek
# Calls: earthquake insurance (Athens), excavation contractor (Thessaloniki), agritourism farm
# stay (Crete), accordion repair (Limassol, Cypriot caller), football fan club (Thessaloniki),
# farrier (Paphos district, English-born caller), philharmonic band lessons (Corfu), computer
# repair (Athens), dubbing studio, fireworks for a village festival, bell foundry,
# blacksmith / wrought-iron railings (Nicosia).

GC1 = card("516732004815927")
GC2 = card("479102368540213")
GC3 = card("37561209834721")
GC4 = card("402400713456982")
GC5 = card("541298760132456")
GC6 = card("444433221100778")
GC7 = card("601100773124908")
GC8 = card("490135678102")
GI1 = iban("GR", "01101250000000123006951")
GI2 = iban("GR", "01702450000002471183320")
GI3 = iban("GR", "02600380000005830412277")
GI4 = iban("GR", "01407150000007719036543")
GI5 = iban("CY", "002001230000001200527600")
GI6 = iban("CY", "005003470000003388102715")
GI7 = iban("CY", "018000550000012004738911")
GI8 = iban("GR", "01108160000008163340094")
GA = [afm(p) for p in ["04829135", "11473629", "05261847", "13820546", "07735102", "15938274", "02648193",
                       "10384756", "12097384"]]
assert GA[0] == "048291358" and GA[3] == "138205468"  # spoken by hand below

EL = [
    # --- earthquake insurance, Athens
    ("Ασφάλειες Εγκέλαδος, καλημέρα σας, ονομάζομαι Κατερίνα Λιάπη, πώς μπορώ να βοηθήσω;", [("name", "Κατερίνα Λιάπη")]),
    ("Καλημέρα, με λένε Σταύρο Μαυρίδη, θέλω να ασφαλίσω το διαμέρισμα για σεισμό.", [("name", "Σταύρο Μαυρίδη")]),
    ("Μάλιστα κύριε Μαυρίδη, πόσα τετραγωνικά είναι και ποια χρονιά χτίστηκε;", [("name", "Μαυρίδη")]),
    ("Ενενήντα πέντε τετραγωνικά, του εβδομήντα οχτώ, με άδεια μετά το 1985 για την προσθήκη.", []),
    ("Το ασφάλιστρο βγαίνει 286 ευρώ τον χρόνο, με απαλλαγή 2% και κάλυψη έως 120.000.", []),
    ("Λεωφόρος Αλεξάνδρας 112, τρίτος όροφος, Αμπελόκηποι, 11473", [("address", "Λεωφόρος Αλεξάνδρας 112, τρίτος όροφος, Αμπελόκηποι, 11473")],
     "Η διεύθυνση του ακινήτου;"),
    ("Το ΑΦΜ σας παρακαλώ.", []),
    ("Μηδέν τέσσερα οχτώ, δύο εννιά ένα, τρία πέντε οχτώ.", [("id", "Μηδέν τέσσερα οχτώ, δύο εννιά ένα, τρία πέντε οχτώ")],
     "Το ΑΦΜ σας παρακαλώ."),
    ("Και ημερομηνία γέννησης;", []),
    ("Εικοσιτρείς Φεβρουαρίου του εξήντα δύο.", [("date_of_birth", "Εικοσιτρείς Φεβρουαρίου του εξήντα δύο")], "Και ημερομηνία γέννησης;"),
    ("Για πάγια εντολή, το IBAN είναι " + grp(GI1, [4, 4, 4, 4, 4, 4, 3]) + ".", [("iban", grp(GI1, [4, 4, 4, 4, 4, 4, 3]))]),
    ("Το συμβόλαιο ξεκινάει την 1η Μαρτίου και ο αριθμός πρότασης είναι " + np("7730051284") + ".", []),
    # --- excavation contractor, Thessaloniki
    ("Χωματουργικές εργασίες Πιερίδης, ναι;", []),
    ("Γεια σας, είμαι ο Θανάσης Κουτσογιάννης, θέλω ένα σκαπτικό για θεμέλια.", [("name", "Θανάσης Κουτσογιάννης")]),
    ("Ο φορτωτής είναι 65 ευρώ την ώρα, το φορτηγό 50 το δρομολόγιο, συνήθως θέλει δυο μέρες για 300 κυβικά.", []),
    ("Στη Νέα Μηχανιώνα, οδός Ευριπίδου 7, απέναντι από το περίπτερο", [("address", "Νέα Μηχανιώνα, οδός Ευριπίδου 7")],
     "Πού είναι το οικόπεδο;"),
    ("Το κινητό μου εξήντα εννιά, σαράντα τέσσερα, διακόσια δεκαεφτά, οχτακόσια τριάντα",
     [("phone", "εξήντα εννιά, σαράντα τέσσερα, διακόσια δεκαεφτά, οχτακόσια τριάντα")]),
    ("εεε και το σταθερό 2310 47 58 12 αν δεν το σηκώνω", [("phone", "2310 47 58 12")]),
    ("Μπορούμε να ξεκινήσουμε Δευτέρα 14 Οκτωβρίου στις 7 το πρωί, αν δεν βρέχει.", []),
    ("Για το τιμολόγιο, ΑΦΜ " + GA[1] + ", ΔΟΥ Καλαμαριάς.", [("id", GA[1])]),
    ("Προκαταβολή 500 με κάρτα; " + w("el", GC1[:4]) + " " + GC1[4:] + ".", [("card", w("el", GC1[:4]) + " " + GC1[4:])]),
    # --- agritourism farm stay, Crete
    ("Αγρόκτημα Μυρτιά, γεια σας, η Ελευθερία είμαι.", [("name", "Ελευθερία")]),
    ("Γεια, είμαι η Δανάη, Δανάη Ρούσσου, ήθελα να κλείσω για το Πάσχα.", [("name", "Δανάη"), ("name", "Δανάη Ρούσσου")]),
    ("Το δίκλινο 75 ευρώ με πρωινό, ελάχιστη διαμονή τρεις νύχτες, από 18 έως 21 Απριλίου.", []),
    ("Το μάθημα μαγειρικής είναι Σάββατο στις 11, 40 ευρώ το άτομο, και το τυρί το φτιάχνουμε με γάλα από τις 60 κατσίκες μας.", []),
    ("Στείλε μου επιβεβαίωση στο danai κάτω παύλα r παπάκι gmail τελεία com", [("email", "danai κάτω παύλα r παπάκι gmail τελεία com")]),
    ("Προκαταβολή 30% με κάρτα, " + grp(GC2, [4, 4, 4, 4]) + ", λήγει 08/27.", [("card", grp(GC2, [4, 4, 4, 4]))]),
    ("Κι ένα κινητό για τον οδηγό, έξι εννιά τρία, οχτώ ένα ένα, τέσσερα πέντε μηδέν δύο",
     [("phone", "έξι εννιά τρία, οχτώ ένα ένα, τέσσερα πέντε μηδέν δύο")]),
    ("Από το αεροδρόμιο του Ηρακλείου είναι 45 λεπτά, μετά το χωριό Αρχάνες.", []),
    # --- accordion repair, Limassol (Cypriot caller)
    ("Εργαστήριο μουσικών οργάνων, καλημέρα.", []),
    ("Καλημέρα, ο Κυριάκος Χατζηγεωργίου εν που σας παίρνει, έχω ένα ακορντεόν που εν παίζει καλά.",
     [("name", "Κυριάκος Χατζηγεωργίου")]),
    ("Ναι κύριε Κυριάκο, τι ακορντεόν είναι;", [("name", "Κυριάκο")]),
    ("Hohner του εβδομήντα δύο, εκατόν είκοσι μπάσα, η φυσούνα εν τρύπια.", []),
    ("Η αλλαγή φυσούνας 180 ευρώ, θέλει δύο εβδομάδες, και το κούρδισμα άλλα 60.", []),
    ("Το τηλέφωνο μου ενενήντα εννιά, εξακόσια τριάντα τέσσερα, οχτακόσια δώδεκα",
     [("phone", "ενενήντα εννιά, εξακόσια τριάντα τέσσερα, οχτακόσια δώδεκα")]),
    ("Αγίου Ανδρέα 23, Λεμεσός 3036, πάνω που το φούρνο", [("address", "Αγίου Ανδρέα 23, Λεμεσός 3036")],
     "Να σας το φέρουμε πίσω; Πείτε μου τη διεύθυνση."),
    ("Να σας πληρώσω με έμβασμα; Ο λογαριασμός μου εν " + grp(GI5, [4, 4, 4, 4, 4, 4, 4]) + ".",
     [("iban", grp(GI5, [4, 4, 4, 4, 4, 4, 4]))]),
    # --- football fan club, Thessaloniki
    ("Σύνδεσμος Φιλάθλων, γεια σου, ο Μάκης εδώ.", [("name", "Μάκης")]),
    ("Γεια, λέγομαι Γιώργος Τσολάκης, θέλω να γραφτώ μέλος.", [("name", "Γιώργος Τσολάκης")]),
    ("Η συνδρομή είναι 30 ευρώ, και το πούλμαν για το εκτός έδρας φεύγει Κυριακή στις 11:00 από την Τούμπα, 25 ευρώ.", []),
    ("ημερομηνία γέννησης γιατί κάτω από 18 θέλει υπογραφή γονέα", []),
    ("δεκαεννιά του δέκα του δύο χιλιάδες πέντε", [("date_of_birth", "δεκαεννιά του δέκα του δύο χιλιάδες πέντε")],
     "ημερομηνία γέννησης γιατί κάτω από 18 θέλει υπογραφή γονέα"),
    ("Το mail μου είναι gtsolakis05@hotmail.com", [("email", "gtsolakis05@hotmail.com")]),
    ("Πληρώνω με την κάρτα, " + GC5 + ".", [("card", GC5)]),
    ("Στο τελευταίο ντέρμπι ήμασταν 1.200 άτομα στη θύρα 4 και το σκορ ήταν 2-1.", []),
    ("Για την κάρτα μέλους θέλουμε και ένα κινητό.", []),
    ("+30 698 025 7741", [("phone", "+30 698 025 7741")], "Για την κάρτα μέλους θέλουμε και ένα κινητό."),
    # --- farrier, Paphos district, English-born caller
    ("Γεια σας, για πετάλωμα... είμαι η Jennifer Stavrou, έχω δύο άλογα στο Πισσούρι.", [("name", "Jennifer Stavrou")]),
    ("Γεια σας κυρία Stavrou, το πετάλωμα είναι 70 ευρώ το άλογο, κάθε έξι με οχτώ εβδομάδες.", [("name", "Stavrou")]),
    ("Μπορώ να έρθω Τετάρτη 9 Απριλίου, κατά τις 8, μετά έχω στο Κούκλια.", []),
    ("Ο στάβλος είναι στο σπίτι, οδός Αμαράντου 4, Πισσούρι, Λεμεσός 4607", [("address", "οδός Αμαράντου 4, Πισσούρι, Λεμεσός 4607")],
     "Πού ακριβώς να έρθω;"),
    ("Το κινητό μου, συν τριακόσια πενήντα εφτά, ενενήντα έξι, πεντακόσια είκοσι ένα, τριακόσια εξήντα εννιά",
     [("phone", "συν τριακόσια πενήντα εφτά, ενενήντα έξι, πεντακόσια είκοσι ένα, τριακόσια εξήντα εννιά")]),
    ("και το email jen.stavrou at cytanet dot com dot cy", [("email", "jen.stavrou at cytanet dot com dot cy")]),
    # --- philharmonic band lessons, Corfu
    ("Φιλαρμονική Εταιρεία Κερκύρας, καλησπέρα.", []),
    ("Καλησπέρα, είμαι η Σπυριδούλα Βλάχου, ο γιος μου θέλει να μάθει τρομπέτα.", [("name", "Σπυριδούλα Βλάχου")]),
    ("Τα μαθήματα είναι δωρεάν, Τρίτη και Πέμπτη έξι με εφτά, το όργανο το νοικιάζουμε 15 ευρώ τον μήνα.", []),
    ("Θα παίξει και στη λιτανεία του Αγίου Σπυρίδωνα, και στην παρέλαση της 25ης Μαρτίου, αν προλάβει.", []),
    ("Την ημερομηνία γέννησης του παιδιού;", []),
    ("Δώδεκα Ιουνίου του δύο χιλιάδες δεκατέσσερα", [("date_of_birth", "Δώδεκα Ιουνίου του δύο χιλιάδες δεκατέσσερα")],
     "Την ημερομηνία γέννησης του παιδιού;"),
    ("Μένουμε στην Γαρίτσα, Αλκινόου 16, δεύτερος όροφος", [("address", "Γαρίτσα, Αλκινόου 16, δεύτερος όροφος")]),
    ("Το ενοίκιο από τον λογαριασμό μου, " + GI3 + ".", [("iban", GI3)]),
    ("Οι πρόβες ξεκινάνε 1η Οκτωβρίου στην αίθουσα της οδού Νικηφόρου Θεοτόκη, πάνω από το καφενείο.", []),
    # --- computer repair, Athens
    ("Γεια σας, PC Doctor Περιστέρι, ο Αλέξης.", [("name", "Αλέξης")]),
    ("Γεια, ονομάζομαι Ευαγγελία Ζαχαρίου, το λάπτοπ μου δεν ανάβει από χθες.", [("name", "Ευαγγελία Ζαχαρίου")]),
    ("Είναι Asus ZenBook UX425, το πήρα τον Ιανουάριο του 2021 από τον Κωτσόβολο.", []),
    ("Η διάγνωση 20 ευρώ, αν είναι η μητρική 240, πέντε εργάσιμες. Αριθμός επισκευής 2024-1187.", []),
    ("Στείλτε μου την προσφορά στο litsa.zachariou παπάκι yahoo τελεία gr", [("email", "litsa.zachariou παπάκι yahoo τελεία gr")]),
    ("ναι λίτσα με λένε όλοι, το κινητό μου 6 9 7 2 1 4 8 3 0 5", [("name", "λίτσα"), ("phone", "6 9 7 2 1 4 8 3 0 5")]),
    ("Πληρώνω με την κάρτα όταν το παραλάβω, ή να σας δώσω τώρα; " + grp(GC4, [4, 4, 4, 4], "-"), [("card", grp(GC4, [4, 4, 4, 4], "-"))]),
    ("Τα δεδομένα, 480 GB, τα περνάμε σε εξωτερικό δίσκο για 35 ευρώ.", []),
    # --- dubbing studio
    ("Στούντιο μεταγλώττισης Ηχώ, καλημέρα.", []),
    ("Καλημέρα, είμαι ο Ορέστης Πολυχρόνης, έκανα τη φωνή του σκαντζόχοιρου στο καρτούν, για την πληρωμή παίρνω.",
     [("name", "Ορέστης Πολυχρόνης")]),
    ("Ναι Ορέστη, δώδεκα επεισόδια, είκοσι δύο λεπτά το καθένα, 85 ευρώ ανά επεισόδιο, παρακράτηση 20%.", [("name", "Ορέστη")]),
    ("Για το δελτίο παροχής θέλω ΑΦΜ και IBAN.", []),
    ("ΑΦΜ " + w("el_f", GA[2]) + ", και IBAN " + GI2 + ".", [("id", w("el_f", GA[2])), ("iban", GI2)],
     "Για το δελτίο παροχής θέλω ΑΦΜ και IBAN."),
    ("Η επόμενη σεζόν γράφεται από 3 Φεβρουαρίου, στο στούντιο Β, δέκα με δύο.", []),
    ("Ημερομηνία γέννησης για το ΕΦΚΑ; Δεκαεπτά του εφτά του ογδόντα ένα.",
     [("date_of_birth", "Δεκαεπτά του εφτά του ογδόντα ένα")]),
    # --- fireworks for a village festival
    ("Πυροτεχνήματα Αστέρας, παρακαλώ.", []),
    ("Γεια σας, είμαι ο Τάκης Ραφαηλίδης, πρόεδρος του πολιτιστικού συλλόγου στο χωριό.", [("name", "Τάκης Ραφαηλίδης")]),
    ("Το πανηγύρι του Αγίου Παντελεήμονα είναι στις 27 Ιουλίου, θέλουμε δωδεκάλεπτο σόου.", []),
    ("Το δωδεκάλεπτο 3.500 ευρώ, με άδεια από την Πυροσβεστική, και χρειάζεται 150 μέτρα απόσταση.", []),
    ("Για το τιμολόγιο, ο ΑΦΜ μου, εκατόν τριάντα οχτώ, διακόσια πέντε, τετρακόσια εξήντα οχτώ.",
     [("id", "εκατόν τριάντα οχτώ, διακόσια πέντε, τετρακόσια εξήντα οχτώ")]),
    ("Τηλέφωνο σπιτιού 26410 22 817, στο Αγρίνιο.", [("phone", "26410 22 817")]),
    ("Η διεύθυνσή μου Παπαστράτου 31, Αγρίνιο, 30100, να στείλετε το συμβόλαιο.", [("address", "Παπαστράτου 31, Αγρίνιο, 30100")]),
    ("Πέρσι ρίξαμε 400 βολές και ο δήμος έδωσε 1.000 ευρώ.", []),
    # --- bell foundry
    ("Καμπανοποιείο Αφοί Πολίτη, καλημέρα.", []),
    ("Καλημέρα, ο πατήρ Νικόλαος Αναστασίου είμαι, από την ενορία του Αγίου Γεωργίου.", [("name", "Νικόλαος Αναστασίου")]),
    ("Ευλογείτε πάτερ Νικόλαε. Καμπάνα 250 κιλά είναι 45 ευρώ το κιλό, χύτευση σε 60 μέρες.", [("name", "Νικόλαε")]),
    ("Η παλιά ήταν του 1923, ραγισμένη, 180 κιλά, την κρατάτε για μπρούντζο;", []),
    ("Το email μου, papanikos τελεία anastasiou παπάκι gmail τελεία com, όλα μικρά.",
     [("email", "papanikos τελεία anastasiou παπάκι gmail τελεία com")]),
    ("Την προκαταβολή την πληρώνω προσωπικά, Visa " + w("el", GC8) + ".", [("card", w("el", GC8))]),
    ("Τα εγκαίνια είναι 23 Απριλίου, του Αγίου Γεωργίου, θα έρθει και ο Μητροπολίτης.", []),
    # --- blacksmith / wrought-iron railings, Nicosia
    ("Σιδηρουργείο Παύλου, ναι;", []),
    ("Γεια σας, με λένε Χαρούλα Ευαγγέλου, θέλουμε κάγκελα για το μπαλκόνι.", [("name", "Χαρούλα Ευαγγέλου")]),
    ("Δώδεκα μέτρα κάγκελο, 95 ευρώ το μέτρο, μαύρο ματ, σε τρεις βδομάδες.", []),
    ("Μένω στην Έγκωμη, οδός Ακροπόλεως 8, διαμέρισμα 203", [("address", "Έγκωμη, οδός Ακροπόλεως 8, διαμέρισμα 203")]),
    ("Το σταθερό είκοσι δύο, τριακόσια πενήντα, εξακόσια δεκατέσσερα", [("phone", "είκοσι δύο, τριακόσια πενήντα, εξακόσια δεκατέσσερα")]),
    ("Να σας το πληρώσω με έμβασμα, το IBAN μας εν CY " + w("el", GI6[2:4]) + " " + grp(GI6[4:], [4, 4, 4, 4, 4, 4]) + ".",
     [("iban", "CY " + w("el", GI6[2:4]) + " " + grp(GI6[4:], [4, 4, 4, 4, 4, 4]))]),
    ("Το email μου charoula.ev@cablenet.com.cy", [("email", "charoula.ev@cablenet.com.cy")]),
    # --- more lines from the same calls
    ("Και ο άντρας μου θέλει να μπει συνδικαιούχος, ΑΦΜ " + grp(GA[6], [3, 3, 3], " ") + ", γεννημένος 05/11/1960.",
     [("id", grp(GA[6], [3, 3, 3], " ")), ("date_of_birth", "05/11/1960")]),
    ("Είμαι ο Μπάμπης, για το ίδιο οικόπεδο στη Μηχανιώνα παίρνω, ο αδερφός μου σας μίλησε χθες.", [("name", "Μπάμπης")]),
    ("Α, και το email μου, σίγμα τελεία μαυρίδης παπάκι otenet τελεία gr", [("email", "σίγμα τελεία μαυρίδης παπάκι otenet τελεία gr")]),
    ("Για τις φωτογραφίες του σόου γράψτε takis_rafail@yahoo.gr, takis κάτω παύλα rafail", [("email", "takis_rafail@yahoo.gr, takis κάτω παύλα rafail")]),
    ("Βάλτε και τη γυναίκα μου, ΑΦΜ " + w("el", GA[4]) + ".", [("id", w("el", GA[4]))]),
    ("Η ημερομηνία γέννησής μου είναι 1.4.1979, αν χρειάζεται για την κράτηση.", [("date_of_birth", "1.4.1979")]),
    ("Το δεύτερο άλογο είναι της κόρης μου, θα πληρώσει εκείνη με την κάρτα της, " + grp(GC3, [4, 6, 5]) + ".",
     [("card", grp(GC3, [4, 6, 5]))]),
    ("Αν δεν περάσει αυτή, η άλλη, " + grp(GC6, [4, 4, 4, 4]) + ", ή η Discover " + GC7 + ".",
     [("card", grp(GC6, [4, 4, 4, 4])), ("card", GC7)]),
    ("Για την επιστροφή της εγγύησης, ο λογαριασμός είναι στην Τράπεζα Κύπρου, " + GI7 + ".", [("iban", GI7)]),
    ("Τα χρήματα στο " + GI4.lower() + ", στο όνομα του συλλόγου.", [("iban", GI4.lower())]),
    ("Και ένα τελευταίο IBAN, της αδερφής μου: GR " + w("el", GI8[2:4]) + ", " + grp(GI8[4:], [4, 4, 4, 4, 4, 3]) + ".",
     [("iban", "GR " + w("el", GI8[2:4]) + ", " + grp(GI8[4:], [4, 4, 4, 4, 4, 3]))]),
    ("Ο ΑΦΜ της εταιρείας δεν χρειάζεται, βάλτε τον δικό μου, " + GA[5] + ".", [("id", GA[5])]),
    ("Ο γιος μου γεννήθηκε στις τρεις Μαΐου του 2010, για το δελτίο μέλους.", [("date_of_birth", "τρεις Μαΐου του 2010")]),
    ("Η τιμή είναι 1.850 ευρώ με ΦΠΑ 24%, παράδοση 30 Νοεμβρίου.", []),
    ("Το φορτηγό θα είναι εκεί στις 8:30, δύο άτομα, 4 ώρες δουλειά.", []),
    ("Ο Παναθηναϊκός παίζει Σάββατο στις 19:30, το εισιτήριο 18 ευρώ.", []),
    ("Έχουμε 35 μαθητές φέτος και 3 δασκάλους, τα ωδεία στη Λευκωσία έχουν διπλάσια δίδακτρα.", []),
    ("Ο αριθμός της παραγγελίας είναι " + np("501928374") + " και η κούριερ ACS τη φέρνει σε 2 μέρες.", []),
]

LANGS["el"] = EL

# ================================================================ main


def main():
    root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
    outdir = os.path.join(root, "data", "redaction", "blind31")
    os.makedirs(outdir, exist_ok=True)
    for lang, items in LANGS.items():
        lines = build(items)
        counts = {}
        for obj in lines:
            for s in obj["spans"]:
                counts[s["kind"]] = counts.get(s["kind"], 0) + 1
        empty = sum(1 for o in lines if not o["spans"])
        with open(os.path.join(outdir, f"{lang}.jsonl"), "w", encoding="utf-8") as f:
            for obj in lines:
                f.write(json.dumps(obj, ensure_ascii=False) + "\n")
        print(lang, "items", len(lines), "non-personal", empty, "spans", sum(counts.values()),
              dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
