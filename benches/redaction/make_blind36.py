#!/usr/bin/env python3
"""Generator for the held-out redaction evaluation set "blind36".

Written by a helper session working only from a written brief: it never read the
redactor, its rules, its tests, or any other evaluation set or generator. The lines
are imagined customer-service phone calls (as a speech recogniser would transcribe
them) in sectors starting S-Z that earlier sets did not use.

Output: data/redaction/blind36/{en,ar,he,el}.jsonl, one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}
- kind is one of card, iban, id, phone, email, date_of_birth, name, address.
- start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive), computed
  here by searching for each span's substring and asserted.
- context (optional, not scored) is an earlier line of the same call.
- items with empty spans are non-personal and must come out unchanged.

Every check-digit value (card Luhn, IBAN mod-97, Israeli ID, Greek AFM, Saudi ID/Iqama)
is computed here; long numbers in non-personal items are asserted to fail those checks.
Deterministic: standard library only, no randomness.
"""
import json
import os
import re

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "data", "redaction", "blind36"))

# ---------------------------------------------------------------- check digits
def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def luhn(prefix):
    """Complete prefix with a Luhn check digit."""
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "KW": 30, "QA": 29, "BH": 22, "LB": 28,
            "FR": 27, "MT": 31}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return (len(s) == IBAN_LEN.get(s[:2], -1)
            and _iban_num(s[4:] + s[:4]) % 97 == 1)


def iban(cc, bban):
    chk = 98 - _iban_num(bban + cc + "00") % 97
    v = f"{cc}{chk:02d}{bban}"
    assert iban_ok(v), v
    return v


def grp(s, n=4, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def il_id(prefix8):
    v = luhn(prefix8)
    assert len(v) == 9
    return v


def afm_ok(d):
    if len(d) != 9:
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return s % 11 % 10 == int(d[8])


def afm(prefix8):
    for c in "0123456789":
        if afm_ok(prefix8 + c):
            return prefix8 + c
    raise AssertionError


def sa_id(prefix9):
    assert prefix9[0] in "12"
    return luhn(prefix9)


def ssn_ok(s):
    d = re.sub(r"\D", "", s)
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return len(d) == 9 and 0 < a < 900 and a != 666 and g > 0 and n > 0


# ---------------------------------------------------------------- spoken digits
EN_D = "zero one two three four five six seven eight nine".split()
AR_D = "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
AR_DL = "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split()  # Levantine/Egyptian
HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
AR_IND = "٠١٢٣٤٥٦٧٨٩"


def say(digits, words, sep=" "):
    return sep.join(words[int(c)] for c in digits)


def ar_digits(s):
    return "".join(AR_IND[int(c)] if c.isdigit() else c for c in s)


def plain_digits(s):
    return "".join(str(AR_IND.index(c)) if c in AR_IND else c
                   for c in s if c.isdigit() or c in AR_IND)


# ---------------------------------------------------------------- item building
def _bad_long_numbers(text):
    """Digit runs (allowing single space/dash/dot separators) of 9+ digits."""
    t = "".join(str(AR_IND.index(c)) if c in AR_IND else c for c in text)
    for m in re.finditer(r"\d(?:[ .\-]?\d){8,}", t):
        yield re.sub(r"\D", "", m.group())


def build(items):
    rows = []
    for it in items:
        text, spans = it[0], it[1]
        ctx = it[2] if len(it) > 2 else ""
        b = text.encode("utf-8")
        out = []
        for sp in spans:
            kind, sub = sp[0], sp[1]
            occ = sp[2] if len(sp) > 2 else 0
            assert kind in KINDS, kind
            i = -1
            for _ in range(occ + 1):
                i = text.find(sub, i + 1)
                assert i >= 0, (sub, text)
            s = len(text[:i].encode("utf-8"))
            e = s + len(sub.encode("utf-8"))
            assert b[s:e].decode("utf-8") == sub
            assert sub == sub.strip() and sub, (sub, text)
            d = plain_digits(sub)
            letters = re.search(r"[^\W\d_]", sub)
            if kind == "card" and not letters:
                assert 13 <= len(d) <= 19 and luhn_ok(d), sub
            if kind == "iban" and not re.search(r"[^\W\d_]{3,}", sub[2:]):
                assert iban_ok(sub.replace("-", "")), sub
            if kind == "id" and not letters:
                assert (len(d) == 9 and (luhn_ok(d) or afm_ok(d) or ssn_ok(sub))) or \
                    (len(d) == 10 and d[0] in "12" and luhn_ok(d)), sub
            out.append({"kind": kind, "start": s, "end": e})
        out.sort(key=lambda x: x["start"])
        for a, c in zip(out, out[1:]):
            assert a["end"] <= c["start"], text
        if not spans:
            for d in _bad_long_numbers(text):
                bad = (13 <= len(d) <= 19 and luhn_ok(d)) or \
                      (len(d) == 9 and (luhn_ok(d) or afm_ok(d))) or \
                      (len(d) == 10 and d[0] in "12" and luhn_ok(d))
                assert not bad, (d, text)
        row = {"text": text, "spans": out}
        if ctx:
            row["context"] = ctx
        rows.append(row)
    return rows


LANGS = {}

# ================================================================ languages below

# ================================================================ English
def en_say(d, oh=True, double=True, sep=" "):
    w = ["oh" if oh else "zero"] + EN_D[1:]
    out, i = [], 0
    while i < len(d):
        if double and i + 1 < len(d) and d[i] == d[i + 1] and (i + 2 >= len(d) or d[i + 2] != d[i]):
            out.append("double " + w[int(d[i])])
            i += 2
        else:
            out.append(w[int(d[i])])
            i += 1
    return sep.join(out)


def en_groups(d, sizes, gsep=", ", **kw):
    parts, i = [], 0
    for n in sizes:
        parts.append(en_say(d[i:i + n], **kw))
        i += n
    assert i == len(d)
    return gsep.join(parts)


EN_C = [luhn("453201511283036"), luhn("522248103317765"), luhn("37144963539843"),
        luhn("491756013284"), luhn("601199004587213"), luhn("627180123456789012"),
        luhn("222300451287619"), luhn("3056930902590")]
EN_I = [iban("GB", "MIDL40051571339284"), iban("IE", "AIBK93115212345678"),
        iban("DE", "500105175403288712"), iban("AE", "0330000019100347622"),
        iban("SA", "80000000608010167519"), iban("CY", "002001950000357001234567"),
        iban("GR", "01101250000000012300695"), iban("MT", "MALT011000012345MTLCAST001S")]
EN_AFM = afm("14739205")
EN_IQ = sa_id("243180965")
EN_SAID = sa_id("108846231")
EN_TZ = il_id("31952746")

EN = [
    # --- TV repair (Leeds, UK)
    ("Hello, you're through to Vision Fix TV Repairs, my name's Callum, how can I help?",
     [("name", "Callum")]),
    ("Hiya, yeah, it's Bernadette Walsh here, I booked someone to look at me telly last week.",
     [("name", "Bernadette Walsh")]),
    ("Lovely, thanks for that. Can I just take the first line of the address and the postcode?",
     []),
    ("Yeah it's flat 3, 27 Kingsley Avenue, Headingley, LS6 2BQ.",
     [("address", "flat 3, 27 Kingsley Avenue, Headingley, LS6 2BQ")],
     "Can I just take the first line of the address and the postcode?"),
    ("The engineer said the panel's gone on the 55 inch Samsung, it's about 240 quid for the part plus 65 labour.", []),
    ("Your job reference is TV 4471 0932 and he can come back Thursday between 8 and 12.", []),
    (f"best number for the engineer is {en_groups('07700900461', [5, 3, 3])}",
     [("phone", en_groups('07700900461', [5, 3, 3]))],
     "And what's the best number for the engineer to ring on the day?"),
    (f"Go on then, I'll pay the deposit now, it's {grp(EN_C[0])}, expires oh nine twenty-seven.",
     [("card", grp(EN_C[0]))]),
    ("That's forty pounds taken, the remaining two hundred and sixty-five is due on the day.", []),
    # --- urgent care (US)
    ("Thank you for calling Sunrise Urgent Care billing, this is Marisol speaking.",
     [("name", "Marisol")]),
    ("Hi, um, my name is Tyrone, Tyrone Jenkins, I'm calling about a bill from my visit on June 3rd.",
     [("name", "Tyrone, Tyrone Jenkins")]),
    ("Sure, Mr. Jenkins, can I get your date of birth to pull up the account?",
     [("name", "Jenkins")]),
    ("ten twenty-two nineteen eighty-one", [("date_of_birth", "ten twenty-two nineteen eighty-one")],
     "Sure, Mr. Jenkins, can I get your date of birth to pull up the account?"),
    ("They're asking for the whole social on the form, it's 512-48-3390, is that right?",
     [("id", "512-48-3390")]),
    ("The balance shows $184.50 after insurance, and your copay on the day was $40.", []),
    ("Visit number 2093 1877, seen at 4:35 PM at the Oak Street location, billed July 11th.", []),
    ("i can put you on a payment plan of sixty one dollars fifty a month for three months", []),
    ("ok and if they need to call me back it's area code six one seven four eight two three three nine one",
     [("phone", "six one seven four eight two three three nine one")]),
    # --- timeshare resale (Australian)
    ("G'day, Coral Sands Timeshare Resales, Bronwyn speaking.", [("name", "Bronwyn")]),
    ("Oh hi Bronwyn, it's Davo, uh, David Kowalski, I rang about listing our week at Surfers.",
     [("name", "Davo, uh, David Kowalski")]),
    ("No worries, that's unit 14, week 32, the floating week, right?", []),
    ("Yeah, we paid about eleven grand for it back in 2009 and the levies are now 1,380 a year.", []),
    ("The listing fee is 495 dollars and we take eight percent commission on settlement.", []),
    (f"Yep, {en_groups('0412873506', [4, 3, 3], gsep=' ', double=False, oh=False)}.",
     [("phone", en_groups('0412873506', [4, 3, 3], gsep=' ', double=False, oh=False))],
     "Could I get a mobile for you?"),
    ("It's davo dot kowalski at bigpond dot com, that's K O W A L S K I.",
     [("email", "davo dot kowalski at bigpond dot com"), ("email", "K O W A L S K I")]),
    ("Contract number is CS-2009-77846, our resort code is 3318.", []),
    # --- veterans' affairs office (US, older caller)
    ("Veterans Service Office, this is Rosa Delgado, how can I help you?",
     [("name", "Rosa Delgado")]),
    ("Yes ma'am, my name's Harold Eugene Pruitt, I served 1968 to 1971, I'm calling on my disability claim.",
     [("name", "Harold Eugene Pruitt")]),
    ("Alright sir, I'll need your Social Security number and date of birth.", []),
    ("Social is two two seven, oh four, five five one eight, and I was born April the second, nineteen forty-nine.",
     [("id", "two two seven, oh four, five five one eight"),
      ("date_of_birth", "April the second, nineteen forty-nine")]),
    ("Your claim went in on March 14th and it's at step four of eight, the average is about 120 days.", []),
    ("Rating was 30 percent, and the new rate from December 1st is $537.42 a month.", []),
    ("No, we moved, it's 1108 Pecan Hollow Lane, Killeen, Texas, 76542.",
     [("address", "1108 Pecan Hollow Lane, Killeen, Texas, 76542")],
     "Do you still live at the same address on file?"),
    ("The VA form is 21-526EZ, and the hotline is open 8 to 8 Eastern, Monday through Friday.", []),
    # --- water-damage restoration (Irish)
    ("Hello, DryRight Restoration, Aoife here.", [("name", "Aoife")]),
    ("hi this is siobhan kelleher the ceiling came down in the kitchen last night",
     [("name", "siobhan kelleher")]),
    ("Oh no, I'm sorry to hear that. What's the address there?", []),
    ("Fourteen Rathmines Road Lower, Dublin six, it's the ground floor flat, D06 K2F7.",
     [("address", "Fourteen Rathmines Road Lower, Dublin six, it's the ground floor flat, D06 K2F7")],
     "What's the address there?"),
    ("We can have two dehumidifiers out by half two, they run about 45 euro a day each.", []),
    ("Drying usually takes three to five days, and the moisture reading was 28 percent this morning.", []),
    ("Is that the mobile you're ringing from now?", []),
    ("Yeah, oh eight seven, two three four, nine nine one oh.",
     [("phone", "oh eight seven, two three four, nine nine one oh")],
     "Is that your mobile you're ringing from?"),
    ("Insurance claim is with Aviva, claim number 9 0 4 4 7 1 2 6, the excess is 250.", []),
    ("Email the photos to me, siobhan underscore kelleher at eircom dot net.",
     [("email", "siobhan underscore kelleher at eircom dot net")]),
    (f"For the refund of the excess my IBAN is {grp(EN_I[1])}.", [("iban", grp(EN_I[1]))]),
    # --- subtitling agency (Indian)
    ("Good morning, Subtext Subtitling, this is Ramesh from the accounts team.", [("name", "Ramesh")]),
    ("Hello, I am Priya Venkataraman, I had sent three episodes for Tamil subtitles.",
     [("name", "Priya Venkataraman")]),
    ("Yes madam, it is 142 minutes in total, at 3 dollars per minute that is 426 dollars.", []),
    ("Delivery was promised by 21st October but we got only two files.", []),
    ("Kindly send the invoice to priya dot v at cinemasutra dot in.",
     [("email", "priya dot v at cinemasutra dot in")]),
    ("My number is plus nine one, nine eight four five oh, one two three seven six.",
     [("phone", "plus nine one, nine eight four five oh, one two three seven six")]),
    (f"You can transfer the refund to {EN_I[3]}, it is my Emirates NBD account.",
     [("iban", EN_I[3])]),
    ("Project code SUB-7781, the SRT files are 24 frames per second, version 3.", []),
]
EN += [
    # --- silversmith (Nigerian caller in London)
    ("Good afternoon, Ashdown Silversmiths, you're speaking with Imogen.", [("name", "Imogen")]),
    ("Good afternoon o. My name is Chukwuemeka Obi, but everybody calls me Emeka. I dropped a tea set for re-plating.",
     [("name", "Chukwuemeka Obi"), ("name", "Emeka")]),
    ("Ah yes, Mr Obi, the Victorian tea service, six pieces, the quote was four hundred and twenty pounds.",
     [("name", "Obi")]),
    ("The hallmark says Sheffield 1894, and we'll need about three weeks, so ready by the 18th of November.", []),
    (f"Yes, it's {en_groups(EN_C[1], [4, 4, 4, 4])}, expiry zero eight twenty-six.",
     [("card", en_groups(EN_C[1], [4, 4, 4, 4]))],
     "Can I have the card for the deposit?"),
    ("Zero seven nine one one, double four five, two oh eight. Or my wife's Nigerian line, plus two three four eight oh three one two three four five six seven.",
     [("phone", "Zero seven nine one one, double four five, two oh eight"),
      ("phone", "plus two three four eight oh three one two three four five six seven")],
     "And a phone number in case the engraving needs checking?"),
    ("We'll engrave the initials C.O. and the date 12.12.2015 on the tray, that's 38 letters at 1.20 each.", []),
    ("Please deliver it to 45B Coldharbour Lane, Brixton, SE5 9NR, not the shop.",
     [("address", "45B Coldharbour Lane, Brixton, SE5 9NR")]),
    # --- smoke-detector installation (UK)
    ("Safehome Smoke Alarms, Gareth speaking.", [("name", "Gareth")]),
    ("Oh hello, yes, I'm ringing for my mum really, she's eighty-four, the alarms keep chirping at night.", []),
    ("Sorry, I'm Lynne, Lynne Pritchard, P R I T C H A R D.",
     [("name", "Lynne, Lynne Pritchard, P R I T C H A R D")],
     "Right, and who am I speaking to?"),
    ("Thanks. For the free install for over-75s we do need your mum's date of birth.",
     []),
    ("It's the thirtieth of January, 1940.", [("date_of_birth", "the thirtieth of January, 1940")],
     "For the free install for over-75s we do need your mum's date of birth."),
    ("Number 9, Bryn Teg, Pontypridd, CF37 1DS.", [("address", "Number 9, Bryn Teg, Pontypridd, CF37 1DS")],
     "And the installation address?"),
    ("It's three ten-year sealed units at 29.99 each, plus one heat alarm for the kitchen at 34.50.", []),
    ("The fitter's slot is the 4th, between 10 and 2, and it takes about 45 minutes.", []),
    ("the batteries are the nine volt ones model SA720 from two thousand and twelve", []),
    # --- telemedicine app (US / Indian)
    ("Thanks for calling TeleCare Now support, my name is Kevin, can I have your full name?",
     [("name", "Kevin")]),
    ("Yes, this is Anand Subramaniam, I can't log in since the update, version 5.2.1.",
     [("name", "Anand Subramaniam")]),
    ("Okay, what's the email on the account?", []),
    ("a n a n d dot s 1 9 8 4 at outlook dot com", [("email", "a n a n d dot s 1 9 8 4 at outlook dot com")],
     "Okay, what's the email on the account?"),
    ("And to verify, your date of birth?", []),
    ("Third of February eighty-four. Oh, 1984 I mean.", [("date_of_birth", "Third of February eighty-four")],
     "And to verify, your date of birth?"),
    ("Your consult with the physician is booked for 2:15 PM Pacific, it's a 15-minute video visit, $49.", []),
    ("The verification code is 7 3 1 9 0 4, it expires in ten minutes.", []),
    ("The plan renews on the 1st of every month at 19.99, you've had 4 visits this year.", []),
    (f"for the HSA card I'll read it, {en_groups(EN_C[2], [4, 6, 5], oh=False, double=False)}",
     [("card", en_groups(EN_C[2], [4, 6, 5], oh=False, double=False))]),
    # --- vacuum-cleaner repair (Australian)
    ("Hi there, Suction Doctor, Shazza speaking, what can I do ya for?", [("name", "Shazza")]),
    ("Oh g'day, yeah, it's Maureen Fitzgerald, me Dyson's making a horrible whining noise.",
     [("name", "Maureen Fitzgerald")]),
    ("Righto, is that the V11 or the V15?", []),
    ("The V11, bought it at Harvey Norman in Parramatta, March 2021, it was about 899.", []),
    ("Motor replacement is 189 plus GST, turnaround's five to seven working days.", []),
    ("Warranty was two years so it ran out on the 14th of March, sorry love.", []),
    ("Where are we picking it up from?", []),
    ("Unit 6, 112 Bungarribee Road, Blacktown, 2148.", [("address", "Unit 6, 112 Bungarribee Road, Blacktown, 2148")],
     "Where are we picking it up from?"),
    ("Best number's me landline, oh two, nine six two one, four four eight seven.",
     [("phone", "oh two, nine six two one, four four eight seven")]),
    (f"i'll pay with the visa it's {EN_C[3][:4]} {EN_C[3][4:8]} {EN_C[3][8:]}",
     [("card", f"{EN_C[3][:4]} {EN_C[3][4:8]} {EN_C[3][8:]}")]),
]
EN += [
    # --- property valuer (Irish caller, and expats)
    ("Hi, I'm after a valuation for probate on my late father's house, the address is 3 Sráid an Droichid, Ennistymon, County Clare.",
     [("address", "3 Sráid an Droichid, Ennistymon, County Clare")]),
    ("The fee is 350 plus VAT at 23 percent, and the valuer can go out on Tuesday the 9th.", []),
    ("Dad was born the fifth of May, 1938, if that's any use.", [("date_of_birth", "the fifth of May, 1938")]),
    (f"Refunds go back to the account you paid from, is that {grp(EN_I[0])}?",
     [("iban", grp(EN_I[0]))]),
    (f"no that's closed use the credit union one {EN_I[1][:4].lower()} {EN_I[1][4:8]} {grp(EN_I[1][8:])}",
     [("iban", f"{EN_I[1][:4].lower()} {EN_I[1][4:8]} {grp(EN_I[1][8:])}")]),
    ("I also own a villa in Crete, my Greek tax number, the AFM, is needed for the valuation there, " + en_groups(EN_AFM, [3, 3, 3], oh=False, double=False) + ".",
     [("id", en_groups(EN_AFM, [3, 3, 3], oh=False, double=False))]),
    (f"And the rent from the Limassol flat comes into {grp(EN_I[5])}, the Bank of Cyprus one.",
     [("iban", grp(EN_I[5]))]),
    (f"The Greek buyer will pay the deposit to {EN_I[6]}.", [("iban", EN_I[6])]),
    # --- wrestling club (US / Nigerian)
    ("Hey, thanks for calling Iron Mat Wrestling Club, this is Coach Dre.", [("name", "Dre")]),
    ("Hi, I want to sign up my son for the under-14 program, it's $85 a month, right?", []),
    ("Yes sir, plus a $40 singlet, and practice is Tuesdays and Thursdays 5:30 to 7.", []),
    ("His birthday is 08/17/2011, he weighs about 112 pounds.", [("date_of_birth", "08/17/2011")]),
    ("It's tunde underscore adeyemi77 at yahoo dot com.", [("email", "tunde underscore adeyemi77 at yahoo dot com")],
     "For USA Wrestling insurance I'll need the parent's email."),
    ("and my own birthday is... december ninth seventy eight, they asked me that on the waiver",
     [("date_of_birth", "december ninth seventy eight")]),
    ("The background check for volunteer coaches needs your SSN, it's 4 3 1, 6 2, 0 0 8 7.",
     [("id", "4 3 1, 6 2, 0 0 8 7")]),
    (f"Charge the annual fee to {EN_C[4][:4]}-{EN_C[4][4:8]}-{EN_C[4][8:12]}-{EN_C[4][12:]}.",
     [("card", f"{EN_C[4][:4]}-{EN_C[4][4:8]}-{EN_C[4][8:12]}-{EN_C[4][12:]}")]),
    ("We're at 2200 West Armitage, next to the Walgreens, tournament fee is $25, weigh-ins at 7 AM.", []),
    # --- telemedicine (expat patients)
    (f"I'm in Riyadh, the app asks for my Iqama number, it's {en_groups(EN_IQ, [2, 4, 4], oh=False, double=False)}.",
     [("id", en_groups(EN_IQ, [2, 4, 4], oh=False, double=False))]),
    (f"My husband is Saudi, his national ID is {EN_SAID}, he's the main account holder.",
     [("id", EN_SAID)]),
    (f"I made aliyah from Toronto, my teudat zehut is {EN_TZ[:4]} {EN_TZ[4:]}, and my kupah is Maccabi.",
     [("id", f"{EN_TZ[:4]} {EN_TZ[4:]}")]),
    (f"You can reimburse me at {grp(EN_I[4])}, that's Al Rajhi.", [("iban", grp(EN_I[4]))]),
    ("I was born on 1990-06-21, should I write it like that?", [("date_of_birth", "1990-06-21")]),
    (f"ok the card number {EN_C[5][:6]} {EN_C[5][6:]} it's a nineteen digit one from my bank in Dubai",
     [("card", f"{EN_C[5][:6]} {EN_C[5][6:]}")]),
    ("send the prescription to dr_meera.iyer@medimail.co.in, sorry, that's my own address, I'm Meera.",
     [("email", "dr_meera.iyer@medimail.co.in"), ("name", "Meera")]),
    (f"{en_groups(EN_C[6], [4, 4, 4, 4])}, the Mastercard, and the CVV is on the back.",
     [("card", en_groups(EN_C[6], [4, 4, 4, 4]))],
     "Which card would you like to use?"),
    (f"diners club card {EN_C[7][:4]} {EN_C[7][4:10]} {EN_C[7][10:]}",
     [("card", f"{EN_C[7][:4]} {EN_C[7][4:10]} {EN_C[7][10:]}")]),
    (f"The Malta account for the timeshare levy is {grp(EN_I[7])}.", [("iban", grp(EN_I[7]))]),
    ("Copy in my wife please, it's j-o-s-i-e dot pruitt at g mail dot com.",
     [("email", "j-o-s-i-e dot pruitt at g mail dot com")]),
    ("My new address is Apartment 12B, 4521 Maple Ridge Drive, Columbus, Ohio 43215.",
     [("address", "Apartment 12B, 4521 Maple Ridge Drive, Columbus, Ohio 43215")]),
]
LANGS["en"] = EN

# ================================================================ Arabic
AR_U = "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split()
AR_TEEN = "عشرة حداشر اتناشر تلتاشر أربعتاشر خمستاشر ستاشر سبعتاشر تمنتاشر تسعتاشر".split()
AR_TENS = [None, None] + "عشرين تلاتين أربعين خمسين ستين سبعين تمانين تسعين".split()


def ar_pair(n):
    """Levantine/Egyptian 0-99, units before tens as spoken ('اتنين وأربعين')."""
    if n < 10:
        return AR_U[n]
    if n < 20:
        return AR_TEEN[n - 10]
    t, u = divmod(n, 10)
    return AR_TENS[t] if u == 0 else f"{AR_U[u]} و{AR_TENS[t]}"


def ar_pairs(d, sep=" "):
    assert len(d) % 2 == 0
    return sep.join(ar_pair(int(d[i:i + 2])) if d[i] != "0" else f"صفر {AR_U[int(d[i + 1])]}"
                    for i in range(0, len(d), 2))


AR_C = [luhn("455701293385120"), luhn("535820117746309"), luhn("440647005512873"),
        luhn("377812904466318"), luhn("968201034478151"), luhn("510510510530229"),
        luhn("484735021996"), luhn("627780442190117")]
AR_I = [iban("SA", "10000001234567891011"), iban("AE", "2600000123456789012"),
        iban("EG", "0019000500000000263180002"), iban("JO", "CBJO0010000000000131000302"),
        iban("KW", "NBOK0000000000001000372151"), iban("QA", "QNBA000000000000693123456"),
        iban("BH", "NBOB00001299653130"), iban("LB", "099900000001001901229114")]
AR_ID = [sa_id("109347762"), sa_id("112058394"), sa_id("104476120"), sa_id("115590273")]
AR_IQ = [sa_id("238104576"), sa_id("244960318"), sa_id("251307784")]
AR_TZ = il_id("20385716")

AR = [
    # --- tea merchant (Saudi, Gulf)
    ("السلام عليكم، متجر شاي الديرة، معك فيصل، كيف أقدر أخدمك؟", [("name", "فيصل")]),
    ("وعليكم السلام، أنا عبدالرحمن الشهري، طلبت شاي أحمر سيلاني وما وصلني.",
     [("name", "عبدالرحمن الشهري")]),
    ("أبشر يا أبو سعود، رقم الطلب ٨٨٤٢١٧، طلبت عشرة كيلو بـ ٤٥٠ ريال، صح؟", []),
    ("إيه صح، والمندوب قال يوصل يوم الأحد بعد العصر.", []),
    ("الرياض، حي الملقا، شارع أنس بن مالك، فيلا ١٢، جنب مسجد الراجحي.",
     [("address", "الرياض، حي الملقا، شارع أنس بن مالك، فيلا ١٢")], "طيب وش العنوان بالضبط؟"),
    (f"رقم جوالي {ar_digits('055 318 4620')}", [("phone", ar_digits("055 318 4620"))],
     "عطني رقم جوالك عشان المندوب يتصل"),
    ("الشحنة فيها ٢٤ علبة زعفران، كل علبة ٥ جرام، والسعر ١٢٥ ريال للعلبة.", []),
    (f"وللفاتورة الضريبية سجل برقم الهوية {AR_ID[0]}", [("id", AR_ID[0])]),
    (f"حوّل المرتجع على الآيبان {grp(AR_I[0])}", [("iban", grp(AR_I[0]))]),
    ("رقم التتبع SMSA 290017734655 والتوصيل خلال ٣ إلى ٥ أيام عمل.", []),
    # --- trade-fair exhibitor registration (Emirati / MSA)
    ("مرحبا بك في مركز دبي للمعارض، قسم تسجيل العارضين، معك شيخة.", [("name", "شيخة")]),
    ("هلا، معك راشد بن حميد من شركة الواحة للتمور، نبي نسجل في معرض الخليج للأغذية.",
     [("name", "راشد بن حميد")]),
    ("الجناح مساحته ١٨ متر مربع بسعر ٢٢٠٠ درهم للمتر، والمعرض من ١٩ إلى ٢٣ فبراير.", []),
    ("القاعة رقم ٧ والجناح B-214، والتركيب يبدأ الساعة ٨ الصبح.", []),
    ("ممكن الإيميل عشان نرسل العقد؟", []),
    ("rashid.humaid@alwahadates.ae", [("email", "rashid.humaid@alwahadates.ae")], "ممكن الإيميل عشان نرسل العقد؟"),
    (f"والدفع من حساب الشركة {AR_I[1]}", [("iban", AR_I[1])]),
    ("تمام أستاذ راشد، وصلنا مبلغ العربون ١٠ بالمية، يعني ٣٩٦٠ درهم.", [("name", "راشد")]),
    (f"رقمي الشخصي صفر خمسين، {say('7721', AR_U)}، {say('904', AR_U)}",
     [("phone", f"صفر خمسين، {say('7721', AR_U)}، {say('904', AR_U)}")]),
    ("عدد البطاقات للعارضين ٦، والمواقف ٢ لكل جناح.", []),
    # --- used-cooking-oil collection (Egyptian)
    ("ألو، شركة الزيت الأخضر لجمع الزيوت المستعملة، معاك منة، أقدر أساعد حضرتك إزاي؟", [("name", "منة")]),
    ("أيوه، أنا الحاج سيد عبد الفتاح، عندي مطعم فول وطعمية وعايز أبيع الزيت.",
     [("name", "سيد عبد الفتاح")]),
    ("إحنا بنشتري اللتر بـ ١٨ جنيه، والعربية بتعدي كل أسبوعين يوم الخميس.", []),
    ("عندي حوالي ٢٠٠ لتر في ١٠ جراكن.", []),
    ("١٤ شارع مصدق، الدقي، الجيزة، تحت العمارة اللي فيها بنك مصر.",
     [("address", "١٤ شارع مصدق، الدقي، الجيزة")], "العنوان فين يا حاج؟"),
    (f"موبايلي {ar_pairs('0122')} {say('743', AR_U)} {say('1985', AR_U)}",
     [("phone", f"{ar_pairs('0122')} {say('743', AR_U)} {say('1985', AR_U)}")],
     "ممكن رقم موبايل حضرتك؟"),
    (f"ابعتوا الفلوس على الحساب ده {grp(AR_I[2])} بنك مصر",
     [("iban", grp(AR_I[2]))]),
    ("أو على المحفظة، بس أنا عندي كارت ميزة، رقمه " + " ".join(grp(AR_C[4]).split()), [("card", grp(AR_C[4]))]),
    ("الإيصال رقم ٣٣٠٩٨٧ والوزن كان ١٩٦ كيلو.", []),
    # --- vertical-garden installation (Jordanian / Levantine)
    ("مرحبا، شركة الجدار الأخضر، معك رامي.", [("name", "رامي")]),
    ("أهلين رامي، أنا اسمي لانا حدّاد، بدي حديقة عمودية للبلكونة.",
     [("name", "رامي"), ("name", "لانا حدّاد")]),
    ("تكرمي، المتر المربع بـ ٨٥ دينار مع نظام الري، والبلكونة قديش مساحتها؟", []),
    ("يعني تقريبا ٣ متر بـ ٢ ونص.", []),
    ("وين العنوان مدام لانا؟", [("name", "لانا")]),
    ("عمّان، عبدون، شارع القاهرة، عمارة ٢٣، الطابق التالت.",
     [("address", "عمّان، عبدون، شارع القاهرة، عمارة ٢٣، الطابق التالت")], "وين العنوان مدام لانا؟"),
    (f"رقمي {say('0795', AR_U)}، {say('461', AR_U)}، {say('382', AR_U)}",
     [("phone", f"{say('0795', AR_U)}، {say('461', AR_U)}، {say('382', AR_U)}")]),
    ("lana dot haddad at gmail dot com، بتبعتلي عرض السعر عليه؟",
     [("email", "lana dot haddad at gmail dot com")]),
    (f"العربون بحوّله من {grp(AR_I[3])}", [("iban", grp(AR_I[3]))]),
    ("التركيب بياخد يومين، والصيانة كل ٦ شهور بـ ٣٥ دينار.", []),
    # --- wedding videographer (Moroccan, Maghrebi)
    ("السلام، ستوديو الفرح للتصوير، معاك يوسف.", [("name", "يوسف")]),
    ("سلام سي يوسف، أنا سميرة بنعلي، بغيت نحجز تصوير العرس ديالي.",
     [("name", "يوسف"), ("name", "سميرة بنعلي")]),
    ("مبروك، العرس فوقاش؟", []),
    ("نهار ١٤ يوليوز، فقاعة الأفراح ياسمين فالمحمدية.", []),
    ("الباك فيه جوج كاميرات ودرون، بـ ٨٠٠٠ درهم، والعربون ٣٠٠٠.", []),
    (f"النمرة ديالي {say('0661', AR_U)} {ar_pairs('2847')} {ar_pairs('19')}",
     [("phone", f"{say('0661', AR_U)} {ar_pairs('2847')} {ar_pairs('19')}")]),
    ("الايميل ديالي samira underscore benali at hotmail point fr",
     [("email", "samira underscore benali at hotmail point fr")]),
    ("واش نقدر نخلص بالكارط؟ هاهي: " + grp(AR_C[0]), [("card", grp(AR_C[0]))]),
]
AR += [
    ("رح أبعتلك الفيديو الأول بعد ٤٠ يوم، والألبوم فيه ٦٠ صفحة.", []),
    # --- vitamin subscription (Saudi, Gulf)
    ("شكراً لاتصالك باشتراكات فيتا بلس، معك نوف، ممكن رقم الجوال المسجل؟", [("name", "نوف")]),
    (f"{ar_digits('0504412973')}", [("phone", ar_digits("0504412973"))], "ممكن رقم الجوال المسجل؟"),
    ("الاشتراك الشهري ١٤٩ ريال، فيه فيتامين د ٥٠٠٠ وحدة وأوميغا ٣، ٦٠ كبسولة.", []),
    ("١٤٠٨/٠٣/٠٥ هجري", [("date_of_birth", "١٤٠٨/٠٣/٠٥ هجري")], "وتاريخ الميلاد للتحقق لو سمحت؟"),
    ("يعني بالميلادي ٢٦ أكتوبر ١٩٨٧ تقريباً", [("date_of_birth", "٢٦ أكتوبر ١٩٨٧")]),
    ("الشحنة الجاية بتطلع يوم ٣ رمضان، وبتوصل خلال ٤٨ ساعة.", []),
    (f"ابي اغير البطاقة، الرقم الجديد {ar_digits(grp(AR_C[1]))}", [("card", ar_digits(grp(AR_C[1])))]),
    ("وش اسم حامل البطاقة؟", []),
    ("هيفاء القحطاني", [("name", "هيفاء القحطاني")], "وش اسم حامل البطاقة؟"),
    ("كود الخصم VITA20 يعطيك ٢٠٪ على أول ٣ شهور.", []),
    # --- voice-over studio (Lebanese)
    ("ألو، استوديو الصدى للدوبلاج، معك جورج، تفضّل.", [("name", "جورج")]),
    ("بونجور جورج، أنا كريستيل عون، كنت عملت تجربة صوت لإعلان الشوكولا.",
     [("name", "جورج"), ("name", "كريستيل عون")]),
    ("إيه أكيد، الإعلان ٣٠ ثانية، والأجر ٤٥٠ دولار للنسخة، والتسجيل الخميس الساعة ١١.", []),
    ("بدنا الإيميل لنبعتلك السكريبت.", []),
    ("christelle.aoun.vo@gmail.com بس انتبه في نقطة بين aoun و vo",
     [("email", "christelle.aoun.vo@gmail.com")], "بدنا الإيميل لنبعتلك السكريبت."),
    (f"والتحويل على حسابي ببنك عودة {grp(AR_I[7])}", [("iban", grp(AR_I[7]))]),
    (f"رقمي ٠٣ {ar_digits('847')} {ar_digits('215')}، أو واتساب على نفس الرقم",
     [("phone", f"٠٣ {ar_digits('847')} {ar_digits('215')}")]),
    ("الاستوديو بالأشرفية، شارع مونو، فوق محل الورد، بس التسجيل ممكن يكون أونلاين.", []),
    # --- student exchange programme (Palestinian citizen of Israel, MSA agent)
    ("برنامج التبادل الطلابي، معك المنسقة رُلى، كيف بقدر أساعدك؟", [("name", "رُلى")]),
    ("مرحبا، أنا سهى خطيب، بدي أسجّل ابني للفصل الجاي بألمانيا.",
     [("name", "سهى خطيب")]),
    ("أهلاً، بحتاج رقم الهوية تبع الطالب وتاريخ الميلاد.", []),
    (f"الهوية {say(AR_TZ, AR_U)}، ومواليد ١٧/٩/٢٠٠٧",
     [("id", say(AR_TZ, AR_U)), ("date_of_birth", "١٧/٩/٢٠٠٧")],
     "أهلاً، بحتاج رقم الهوية تبع الطالب وتاريخ الميلاد."),
    ("البرنامج ٥ شهور، الرسوم ٣٢٠٠ يورو، وآخر موعد للتسجيل ٣٠ نيسان.", []),
    ("العيلة المستضيفة بمدينة فرايبورغ، والرحلة رقم LH 687 من تل أبيب.", []),
    (f"رقم تلفوني صفر خمسة اتنين، {say('6630', AR_U)}، {say('418', AR_U)}",
     [("phone", f"صفر خمسة اتنين، {say('6630', AR_U)}، {say('418', AR_U)}")]),
    ("العنوان: الناصرة، حي الصفافرة، شارع ٦٠٥٥، بيت رقم ٩",
     [("address", "الناصرة، حي الصفافرة، شارع ٦٠٥٥، بيت رقم ٩")]),
    # --- souvenir shop (Luxor, Egyptian)
    ("بازار النيل للتحف، أنا محمود، أهلا بحضرتك.", [("name", "محمود")]),
    ("أهلا، أنا سائحة من الكويت، اشتريت تمثال نفرتيتي وعايزة أشحنه للبيت.", []),
    ("التمثال بـ ١٢٠٠ جنيه، والشحن للكويت ٣٥ دولار، بياخد من ١٠ لـ ١٤ يوم.", []),
    ("العنوان في الكويت: السالمية، قطعة ١٠، شارع ٤، منزل ٢٧",
     [("address", "السالمية، قطعة ١٠، شارع ٤، منزل ٢٧")]),
    (f"والدفع تحويل من حسابي {AR_I[4]}", [("iban", AR_I[4])]),
    ("رقم الشحنة عند أرامكس ٤٨٧٢٩٠١٥٦٣٣", []),
    ("الخرطوش اللي عليه اسم نفرتاري كان بـ ٤٥٠، وخصمنالك ١٠٪.", []),
    # --- telemedicine app (Saudi Gulf, Iqama holders)
    ("أهلاً بك في تطبيق صحتك عن بعد، معك الدكتور وليد، وش اسمك الكامل؟", [("name", "وليد")]),
    ("اسمي محمد عرفان، باكستاني، مقيم في الدمام.", [("name", "محمد عرفان")]),
    (f"رقم الإقامة {ar_digits(AR_IQ[0])}", [("id", ar_digits(AR_IQ[0]))],
     "تكفى رقم الإقامة عشان نربطه بالتأمين"),
    (f"وزوجتي إقامتها {say(AR_IQ[1], AR_D)}", [("id", say(AR_IQ[1], AR_D))]),
    ("الموعد بكرة الساعة ٩ ونص الصبح، والاستشارة ٧٩ ريال، والتأمين يغطي ٨٠٪.", []),
    ("الوصفة رقم RX-55102، وفيها دواء ٥٠٠ ملغ مرتين باليوم لمدة ٧ أيام.", []),
]
AR += [
    # --- water-damage restoration (Kuwaiti / Qatari)
    ("شركة الجاف لمعالجة أضرار المياه، تفضل.", []),
    ("هلا، عندنا تسريب من سخان الماي والماي وصل للصالة، الباركيه كله خرب.", []),
    ("الفريق يوصلكم خلال ساعتين، والكشف ١٥ دينار، والتجفيف ٢٥ دينار باليوم للجهاز.", []),
    ("الجابرية، قطعة ٦، شارع ١٠، جادة ٢، بيت ١٤، الدور الأرضي",
     [("address", "الجابرية، قطعة ٦، شارع ١٠، جادة ٢، بيت ١٤، الدور الأرضي")], "وين الموقع بالضبط؟"),
    ("تقرير التأمين بنرسله على الإيميل، وش هو؟", []),
    ("بو فهد، b o f a h a d 1 9 7 9 at hotmail dot com",
     [("email", "b o f a h a d 1 9 7 9 at hotmail dot com")], "تقرير التأمين بنرسله على الإيميل، وش هو؟"),
    (f"الدفع بالكي نت ولا بالبطاقة؟ لا خلني أعطيك الفيزا: {say(AR_C[2][:4], AR_D)}، {say(AR_C[2][4:8], AR_D)}، {say(AR_C[2][8:12], AR_D)}، {say(AR_C[2][12:], AR_D)}",
     [("card", f"{say(AR_C[2][:4], AR_D)}، {say(AR_C[2][4:8], AR_D)}، {say(AR_C[2][8:12], AR_D)}، {say(AR_C[2][12:], AR_D)}")]),
    (f"في فرعنا بالدوحة حوّلوا المبلغ على {grp(AR_I[5])}", [("iban", grp(AR_I[5]))]),
    ("رقم البلاغ ٢٠٢٤٠٣١٥٧٧ والمهندس بيرجع بعد ٣ أيام يقيس الرطوبة.", []),
    # --- bisht and thobe rental for weddings (Bahraini)
    ("مرحبا، محل البشت الملكي لتأجير البشوت، وياك حسين.", [("name", "حسين")]),
    ("تأجير البشت المذهب ٣٥ دينار لليلة، والتأمين ١٠٠ يرجع بعد ما ترجعه.", []),
    ("المقاس ٥٨ والطول ٦٢، والحفلة يوم الجمعة ٢٢ بالشهر.", []),
    (f"التأمين حوله على {grp(AR_I[6])}", [("iban", grp(AR_I[6]))]),
    ("العنوان للتوصيل: المحرق، مجمع ٢١٠، طريق ١٠٢٣، منزل ٤٥",
     [("address", "المحرق، مجمع ٢١٠، طريق ١٠٢٣، منزل ٤٥")]),
    ("رقم الفاتورة ٧٧١٠٤، والإرجاع قبل الساعة ١٢ الظهر يوم السبت.", []),
    # --- tea merchant / more Saudi customers
    (f"هويتي الوطنية {ar_digits(AR_ID[1])} وتاريخ ميلادي ١٩٩٢/٠٧/١١",
     [("id", ar_digits(AR_ID[1])), ("date_of_birth", "١٩٩٢/٠٧/١١")],
     "نحتاج رقم الهوية وتاريخ الميلاد لتوثيق الحساب"),
    (f"رقم الهوية؟ {say(AR_ID[2][:5], AR_D)}... {say(AR_ID[2][5:], AR_D)}",
     [("id", f"{say(AR_ID[2][:5], AR_D)}... {say(AR_ID[2][5:], AR_D)}")]),
    (f"{AR_ID[3][:4]} {AR_ID[3][4:7]} {AR_ID[3][7:]} هذا رقم هوية الوالد، هو صاحب السجل التجاري",
     [("id", f"{AR_ID[3][:4]} {AR_ID[3][4:7]} {AR_ID[3][7:]}")]),
    (f"والسواق إقامته {ar_digits(AR_IQ[2])}، هو اللي بيستلم الشحنة",
     [("id", ar_digits(AR_IQ[2]))]),
    ("الكرتون فيه ٤٨ علبة، وسعر الجملة ٣٢٫٥ ريال للعلبة، يعني ١٥٦٠ ريال.", []),
    # --- trade fair (Egyptian / MSA)
    ("ولدت في الخامس عشر من مارس عام ألف وتسعمائة وتسعة وسبعين",
     [("date_of_birth", "الخامس عشر من مارس عام ألف وتسعمائة وتسعة وسبعين")],
     "لاستكمال بطاقة العارض، ما تاريخ ميلادك؟"),
    ("تاريخ ميلادي تلاتة أربعة ستة وتمانين", [("date_of_birth", "تلاتة أربعة ستة وتمانين")]),
    ("مواليد 02-11-1995", [("date_of_birth", "02-11-1995")], "تاريخ ميلاد الموظف المرافق؟"),
    ("الإيميل هو ahmed_samir84@yahoo.com، أحمد سمير، بالإنجليزي",
     [("email", "ahmed_samir84@yahoo.com")]),
    ("ايميلي ام سبعة ستة اندرسكور ماجد آت جيميل دوت كوم",
     [("email", "ام سبعة ستة اندرسكور ماجد آت جيميل دوت كوم")]),
    (f"الكارت بتاعي {AR_C[3][:4]} {AR_C[3][4:10]} {AR_C[3][10:]} أمريكان إكسبريس",
     [("card", f"{AR_C[3][:4]} {AR_C[3][4:10]} {AR_C[3][10:]}")]),
    (f"{ar_digits(AR_C[5][:8])} وبعدين {ar_digits(AR_C[5][8:])}",
     [("card", f"{ar_digits(AR_C[5][:8])} وبعدين {ar_digits(AR_C[5][8:])}")],
     "رقم البطاقة لو سمحت"),
    (f"البطاقة القديمة كانت {AR_C[6]}، ثلاثطعش رقم", [("card", AR_C[6])]),
    (f"رقم بطاقة مدى {grp(AR_C[7])}", [("card", grp(AR_C[7]))]),
    ("ساكن في الرياض، حي النرجس، طريق عثمان بن عفان، عمارة ٨، شقة ٣",
     [("address", "الرياض، حي النرجس، طريق عثمان بن عفان، عمارة ٨، شقة ٣")]),
]
LANGS["ar"] = AR

# ================================================================ Hebrew
HE_TEEN = "עשר,אחת עשרה,שתים עשרה,שלוש עשרה,ארבע עשרה,חמש עשרה,שש עשרה,שבע עשרה,שמונה עשרה,תשע עשרה".split(",")
HE_TENS = [None, None] + "עשרים שלושים ארבעים חמישים שישים שבעים שמונים תשעים".split()


def he_pair(n):
    """Feminine 0-99 as digits pairs are read ('חמישים ושתיים')."""
    if n < 10:
        return HE_F[n]
    if n < 20:
        return HE_TEEN[n - 10]
    t, u = divmod(n, 10)
    return HE_TENS[t] if u == 0 else f"{HE_TENS[t]} ו{HE_F[u]}"


HE_C = [luhn("458003211762940"), luhn("532610048817253"), luhn("375510276648302"),
        luhn("401288860114407"), luhn("36259100873314"[:13]), luhn("520473319901584"),
        luhn("4580112233998"[:12]), luhn("679900441203385521")]
HE_I = [iban("IL", "0108000000099999999"), iban("IL", "0126890000012345678"),
        iban("IL", "0206150000004417732"), iban("IL", "0311280000003390412"),
        iban("FR", "30006000011234567890189"), iban("DE", "370400440532013000"),
        iban("IL", "0540010000000871265"), iban("GB", "BARC20325355123456")]
HE_TZ = [il_id(p) for p in ("03215648", "31742058", "20917364", "05588130", "32294071",
                            "21136650", "30811947", "06149372")]

HE = [
    # --- soundproofing contractor
    ("שלום, הגיעו ל'שקט מוחלט' בידוד אקוסטי, מדברת מורן, איך אפשר לעזור?", [("name", "מורן")]),
    ("היי, מדבר יוסי אלמוג, השכנים מלמעלה עושים רעש ואני רוצה לבודד את התקרה.",
     [("name", "יוסי אלמוג")]),
    ("בשמחה. תקרה אקוסטית זה בערך 320 שקל למטר, לחדר של 12 מטר זה יוצא 3,840 לפני מע\"מ.", []),
    ("מה הכתובת לביקור של הטכנאי?", []),
    ("רחוב הרצל 45, דירה 7, קומה 3, ראשון לציון.", [("address", "רחוב הרצל 45, דירה 7, קומה 3, ראשון לציון")],
     "מה הכתובת לביקור של הטכנאי?"),
    ("הטכנאי יגיע ביום שלישי בין 8 ל-11, ההצעה בתוקף 14 יום.", []),
    ("טלפון שלי אפס חמישים ושתיים, שבע שלוש אחת, ארבעים וארבע שישים ושמונה",
     [("phone", "אפס חמישים ושתיים, שבע שלוש אחת, ארבעים וארבע שישים ושמונה")]),
    ("מספר הצעת מחיר 40277, ולוחות הגבס מדגם 1250 של אורבונד.", []),
    (f"המקדמה תעבור מהחשבון {grp(HE_I[0])}", [("iban", grp(HE_I[0]))]),
    # --- textbook rental (new immigrant from Russia)
    ("השאלת ספרי לימוד של העירייה, מדבר עידו.", [("name", "עידו")]),
    ("כן, שלום, אני סבטלנה קוזנצוב, אמא של תלמיד בכיתה ז', אני לא מבינה טוב את הטופס.",
     [("name", "סבטלנה קוזנצוב")]),
        (f"תעודת זהות... {say(HE_TZ[0], HE_F)}", [("id", say(HE_TZ[0], HE_F))],
     "אין בעיה, אני אעזור. צריך תעודת זהות של ההורה."),
    ("הסט עולה 280 שקל לשנה, יש 17 ספרים, והחלוקה בבית הספר ב-25 באוגוסט.", []),
    ("אם יש שני ילדים יש הנחה של 10 אחוז, ואם ספר הולך לאיבוד משלמים 60 שקל.", []),
    ("svetlana.k77@mail.ru", [("email", "svetlana.k77@mail.ru")], "ולאיזה מייל לשלוח את הקבלה?"),
    (f"כרטיס אשראי {grp(HE_C[0])} תוקף אחת עשרה עשרים ושבע",
     [("card", grp(HE_C[0]))]),
    # --- sign-making shop (Anglo immigrant)
    ("שלטי הגליל, שלום, מדבר נאור.", [("name", "נאור")]),
    ("hi, um, שלום, קוראים לי ג'וש, ג'ושוע פרידמן, I ordered a sign for my café",
     [("name", "ג'וש, ג'ושוע פרידמן")]),
    ("כן ג'וש, שלט לייטבוקס 2 מטר על 60 סנטימטר, 1,950 שקל כולל התקנה.", [("name", "ג'וש")]),
    ("ההתקנה ברחוב העצמאות 14 בכרמיאל, זה ליד הקניון, נכון?", []),
    ("yeah, exactly. המייל שלי josh at galilbrew dot co dot il",
     [("email", "josh at galilbrew dot co dot il")]),
    (f"והתשלום באמקס, {HE_C[2][:4]} {HE_C[2][4:10]} {HE_C[2][10:]}",
     [("card", f"{HE_C[2][:4]} {HE_C[2][4:10]} {HE_C[2][10:]}")]),
    ("ההזמנה מספר 5512, ייצור 7 ימי עבודה, הצבע פנטון 7621.", []),
    (f"my social from the US, if you need it for the invoice, is 078-61-4402",
     [("id", "078-61-4402")]),
    # --- urgent-care clinic (French immigrant)
    ("מוקד רפואה דחופה, שלום, מדברת אלינור.", [("name", "אלינור")]),
    ("אלו, בונז'ור, אני יוהן בן חמו, הבת שלי חולה, יש לה חום 39.5.",
     [("name", "יוהן בן חמו")]),
    ("אוקיי, מה תאריך הלידה של הילדה?", []),
    ("היא נולדה בשלושה במרץ אלפיים ושמונה עשרה", [("date_of_birth", "בשלושה במרץ אלפיים ושמונה עשרה")],
     "אוקיי, מה תאריך הלידה של הילדה?"),
    (f"ומספר תעודת זהות שלה {HE_TZ[1][:3]}-{HE_TZ[1][3:6]}-{HE_TZ[1][6:]}",
     [("id", f"{HE_TZ[1][:3]}-{HE_TZ[1][3:6]}-{HE_TZ[1][6:]}")]),
    ("תגיעו לסניף בנתניה, רחוב שמואל הנציב, פתוח עד 23:00, זמן המתנה כ-40 דקות.", []),
    ("ההשתתפות העצמית היא 64 שקל, ואם יש הפניה מהרופא זה 32.", []),
    ("הטלפון שלי פלוס שלוש שלוש, שש, אחת שתיים, שלוש ארבע, חמש שש, שבע שמונה, עדיין צרפתי",
     [("phone", "פלוס שלוש שלוש, שש, אחת שתיים, שלוש ארבע, חמש שש, שבע שמונה")]),
    (f"ההחזר מהביטוח הצרפתי לחשבון {grp(HE_I[4])}", [("iban", grp(HE_I[4]))]),
]
HE += [
    # --- vacuum-cleaner repair (Ethiopian-Israeli caller)
    ("מעבדת שואבים 'סופר סאקשן', מדבר אליהו, שלום.", [("name", "אליהו")]),
    ("שלום, שמי ורקנש טדסה, השואב רובוט שלי לא נטען כבר שבוע.",
     [("name", "ורקנש טדסה")]),
    ("איזה דגם זה? רובורוק S7 או S8?", []),
    ("S7, קניתי בקרביץ לפני שנה וחצי, ב-2,490.", []),
    ("האחריות שנתיים אז זה עוד בתוקף, רק תביאי את החשבונית מה-12 בינואר.", []),
    ("השליח יאסוף מהבית, מה הכתובת?", []),
    ("רחוב הנביאים 18 כניסה ב', דירה 11, קריית מלאכי.",
     [("address", "רחוב הנביאים 18 כניסה ב', דירה 11, קריית מלאכי")], "השליח יאסוף מהבית, מה הכתובת?"),
    ("טלפון אפס חמש ארבע, שש שש שבע, אפס אחת, שלוש תשע, רגע לא סליחה, שלוש שמונה בסוף",
     [("phone", "אפס חמש ארבע, שש שש שבע, אפס אחת, שלוש תשע, רגע לא סליחה, שלוש שמונה")]),
    ("החלפת סוללה 290 שקל אם זה לא באחריות, ותיקון לוקח 5 עד 7 ימים.", []),
    (f"התעודת זהות שלי {HE_TZ[2]}", [("id", HE_TZ[2])]),
    # --- property valuer (Arab citizen speaking Hebrew)
    ("משרד שמאות מקרקעין, שלום.", []),
    ("שלום, אני אמיר חאג' יחיא מטייבה, אני צריך שמאי לבית של אבא שלי בשביל הירושה.",
     [("name", "אמיר חאג' יחיא")]),
    ("בסדר אמיר, שומה לבית פרטי זה 3,500 שקל פלוס מע\"מ, והדו\"ח מוכן תוך 21 יום.", [("name", "אמיר")]),
    ("איפה הנכס?", []),
    ("טייבה, שכונה מזרחית, רחוב 12, בית מספר 7, ליד המסגד הגדול.",
     [("address", "טייבה, שכונה מזרחית, רחוב 12, בית מספר 7")], "איפה הנכס?"),
    ("הגוש 7832 חלקה 41, השטח 480 מטר, נבנה ב-1986.", []),
    (f"תעודת זהות של המנוח? {he_pair(int(HE_TZ[3][:2]))}, {say(HE_TZ[3][2:5], HE_F)}, {say(HE_TZ[3][5:], HE_F)}",
     [("id", f"{he_pair(int(HE_TZ[3][:2]))}, {say(HE_TZ[3][2:5], HE_F)}, {say(HE_TZ[3][5:], HE_F)}")]),
    ("הוא נולד ב-01.07.1941", [("date_of_birth", "01.07.1941")], "ותאריך לידה שלו?"),
    ("המייל amir underscore hy at walla dot co dot il", [("email", "amir underscore hy at walla dot co dot il")]),
    (f"העברה לחשבון {grp(HE_I[1], sep='-')}", [("iban", grp(HE_I[1], sep='-'))]),
    # --- water-damage restoration (native Israeli)
    ("אינסטלציה ושיקום נזקי מים 'יבש', מדבר דודי.", [("name", "דודי")]),
    ("אהלן, זאת רוני מרמת גן, יש לנו הצפה מהדוד בגג, המים יורדים לכל הקומה.",
     [("name", "רוני")]),
    ("אנחנו יכולים להגיע תוך שעה וחצי, יציאה זה 350, איתור נזילה עם מצלמה תרמית 890.", []),
    ("כתובת?", []),
    ("ביאליק 62, קומה רביעית, דירה 15, רמת גן", [("address", "ביאליק 62, קומה רביעית, דירה 15, רמת גן")], "כתובת?"),
    ("מספר תיק בביטוח מגדל 2023-88473, ההשתתפות העצמית 1,200.", []),
    (f"תשלום בכרטיס {say(HE_C[1][:4], HE_F)} {say(HE_C[1][4:8], HE_F)} {say(HE_C[1][8:12], HE_F)} {say(HE_C[1][12:], HE_F)}",
     [("card", f"{say(HE_C[1][:4], HE_F)} {say(HE_C[1][4:8], HE_F)} {say(HE_C[1][8:12], HE_F)} {say(HE_C[1][12:], HE_F)}")]),
    ("תרשום רוני שטרודל ביוטיפל נקודה קום, בלי נקודה בין המילים",
     [("email", "רוני שטרודל ביוטיפל נקודה קום")]),
    ("הייבוש לוקח 3 ימים, מפעילים 4 מייבשים, והחשמל עולה בערך 40 שקל ליום.", []),
    # --- wrestling club (Russian-speaking family, native coach)
    ("מועדון היאבקות הפועל חולון, מדבר המאמן ולדי.", [("name", "ולדי")]),
    ("שלום, אני סבטה, זאת אומרת סווטלנה מרקוביץ', אני רוצה לרשום את הבן שלי.",
     [("name", "סבטה, זאת אומרת סווטלנה מרקוביץ'")]),
    ("אימונים בימים שני ורביעי ב-17:30, דמי חבר 220 שקל לחודש, ותחרות ארצית ב-3 במאי.", []),
    ("בשביל ההתאחדות צריך תאריך לידה של הילד.", []),
    ("עשרים ושתיים לאחד, אלפיים ושתים עשרה", [("date_of_birth", "עשרים ושתיים לאחד, אלפיים ושתים עשרה")],
     "בשביל ההתאחדות צריך תאריך לידה של הילד."),
    ("והוא שוקל 46 קילו, גובה 152.", []),
    (f"תעודת זהות שלו {HE_TZ[4][:5]} {HE_TZ[4][5:]}", [("id", f"{HE_TZ[4][:5]} {HE_TZ[4][5:]}")]),
    ("רחוב סוקולוב 30, דירה 4, חולון", [("address", "רחוב סוקולוב 30, דירה 4, חולון")],
     "והכתובת למשלוח החליפה?"),
    ("טלפון 03-5508172, זה הבית, ואצל בעלי 058-7734019",
     [("phone", "03-5508172"), ("phone", "058-7734019")]),
    ("החליפה מידה 14, עולה 180, והמשלוח עם חברת בוקסיט עד 5 ימי עסקים.", []),
]
HE += [
    # --- student exchange programme
    ("תוכנית חילופי סטודנטים, מדברת הדס, במה אפשר לעזור?", [("name", "הדס")]),
    ("היי, אני נועה בירנבאום, סטודנטית שנה ב' בטכניון, רציתי לשאול על הסמסטר בהולנד.",
     [("name", "נועה בירנבאום")]),
    ("ההרשמה נסגרת ב-15 במרץ, המלגה היא 450 יורו לחודש לחמישה חודשים.", []),
    ("צריך ממוצע 85 לפחות ו-60 נקודות זכות, והטיסה לא כלולה.", []),
    ("תאריך לידה?", []),
    ("שמונה באפריל תשעים ותשע", [("date_of_birth", "שמונה באפריל תשעים ותשע")], "תאריך לידה?"),
    ("noa.birn@campus.technion.ac.il", [("email", "noa.birn@campus.technion.ac.il")],
     "לאיזה מייל לשלוח את הטפסים?"),
    (f"המלגה תיכנס לחשבון {HE_I[2]}, נכון?", [("iban", HE_I[2])]),
    (f"לא, יש לי חשבון גרמני מהחילופים הקודמים, {grp(HE_I[5])}", [("iban", grp(HE_I[5]))]),
    ("האוניברסיטה באוטרכט, המעונות ברחוב קרוס-ויי 7, שכר דירה 620 יורו.", []),
    # --- vitamin subscription (native, older caller)
    ("שלום, הגעתם לוויטה-מנוי, מדבר אופיר, איך קוראים לך?", [("name", "אופיר")]),
    ('בתעודת זהות כתוב כ"ג בתשרי תש"ן, ולועזי אני לא זוכר בעל פה', [("date_of_birth", 'כ"ג בתשרי תש"ן')],
     "ותאריך לידה בבקשה?"),
    ("מזל, מזל עזרא", [("name", "מזל, מזל עזרא")], "שלום, הגעתם לוויטה-מנוי, מדבר אופיר, איך קוראים לך?"),
    ("תודה גברת עזרא, המנוי שלך זה ויטמין די 1000 ואומגה 3, 89 שקל בחודש.", [("name", "עזרא")]),
    ("חייבו אותי פעמיים ב-1 ליוני, גם 89 וגם 178.", []),
    ("אני נולדתי ב-14.2.1951, תבדוק שזה אני", [("date_of_birth", "14.2.1951")]),
    ("הכרטיס שמסתיים ב-4471 או הכרטיס החדש?", []),
    (f"החדש, {HE_C[3][:4]}-{HE_C[3][4:8]}-{HE_C[3][8:12]}-{HE_C[3][12:]}",
     [("card", f"{HE_C[3][:4]}-{HE_C[3][4:8]}-{HE_C[3][8:12]}-{HE_C[3][12:]}")],
     "הכרטיס שמסתיים ב-4471 או הכרטיס החדש?"),
    ("המשלוח הבא יוצא ב-3 ביולי, והזיכוי של 89 שקל יופיע תוך 2 עד 3 מחזורי חיוב.", []),
    ("כתובת למשלוח: שדרות ירושלים 102, כניסה א', דירה 9, באר שבע",
     [("address", "שדרות ירושלים 102, כניסה א', דירה 9, באר שבע")]),
    ("תשאיר לי הודעה על אפס שתיים, שש שבע אחת, תשעים ושתיים עשרים",
     [("phone", "אפס שתיים, שש שבע אחת, תשעים ושתיים עשרים")]),
    # --- used-cooking-oil collection (restaurant owners)
    ("איסוף שמן משומש 'גרין אויל', שלום.", []),
    ("שלום, מדבר מוחמד זועבי מהמסעדה בנצרת, המיכל שלנו מלא, 200 ליטר.",
     [("name", "מוחמד זועבי")]),
    ("משלמים 1.20 לליטר, ההובלה ביום חמישי בבוקר, והקבלה נשלחת עד סוף החודש.", []),
    ("כתובת: רחוב פאולוס השישי 88, נצרת, המסעדה ליד הכנסייה",
     [("address", "רחוב פאולוס השישי 88, נצרת")]),
    (f"החשבון של העסק {grp(HE_I[3])}", [("iban", grp(HE_I[3]))]),
    (f"אם צריך את התעודת זהות שלי בשביל הקבלה: {HE_TZ[5]}",
     [("id", HE_TZ[5])]),
    ("המייל זה זועבי, z o a b i, קו תחתון מסעדה שטרודל ג'ימייל נקודה קום",
     [("email", "z o a b i, קו תחתון מסעדה שטרודל ג'ימייל נקודה קום")]),
    ("טלפון 04-6578203", [("phone", "04-6578203")], "ובאיזה מספר להשיג את האחראי?"),
    ("המשקל בשקילה היה 186 קילו, קבלה מספר 33019, ושולם 223 שקל.", []),
    # --- urgent-care / telemedicine follow-up (mixed)
    ("מוקד טרם-אונליין, הרופאה תתקשר אליך בין 14:00 ל-16:00, הביקור עולה 25 שקל.", []),
    ("אני אתיופי, השם שלי אבבה וולדה, אבל בעבודה קוראים לי אבי",
     [("name", "אבבה וולדה"), ("name", "אבי")]),
    (f"כרטיס {grp(HE_C[5])}", [("card", grp(HE_C[5]))], "אפשר את פרטי האשראי לתשלום?"),
    (f"תעודת זהות {say(HE_TZ[6], HE_M)}", [("id", say(HE_TZ[6], HE_M))]),
    ("נולדתי עשרים ותשעה ביוני שמונים ושלוש", [("date_of_birth", "עשרים ותשעה ביוני שמונים ושלוש")]),
    ("מספר המרשם 91204, התרופה 500 מיליגרם שלוש פעמים ביום במשך 10 ימים.", []),
    (f"ויזה של הבנק הבינלאומי {HE_C[6]}", [("card", HE_C[6])]),
    (f"דיינרס {HE_C[4]}", [("card", HE_C[4])], "באיזה כרטיס נשלם?"),
    (f"{HE_C[7][:4]} {HE_C[7][4:8]} {HE_C[7][8:12]} {HE_C[7][12:16]} {HE_C[7][16:]}",
     [("card", f"{HE_C[7][:4]} {HE_C[7][4:8]} {HE_C[7][8:12]} {HE_C[7][12:16]} {HE_C[7][16:]}")],
     "מספר הכרטיס המלא בבקשה"),
    (f"החזר לחשבון {grp(HE_I[6])}, או לחשבון באנגליה {grp(HE_I[7])}",
     [("iban", grp(HE_I[6])), ("iban", grp(HE_I[7]))]),
    ("המייל שלי shira.goldberg1990 at gmail dot com, shira עם h",
     [("email", "shira.goldberg1990 at gmail dot com")]),
    ("אני גרה ברחוב יפו 88, קומה שלישית, ירושלים", [("address", "רחוב יפו 88, קומה שלישית, ירושלים")]),
    ("פלוס תשע שבע שתיים, חמש אפס, שלוש אחת שתיים, תשעים ואחת, שש שבע",
     [("phone", "פלוס תשע שבע שתיים, חמש אפס, שלוש אחת שתיים, תשעים ואחת, שש שבע")]),
    ("הסניף ברחוב יפו פתוח עד 22:00 בימי חמישי, וקו 18 עוצר ממש ליד.", []),
    ("החזר הוצאות של 240 שקל יועבר תוך 30 יום לחשבון שרשום במערכת.", []),
    ("שבת שלום, תודה רבה, יום טוב", []),
]
LANGS["he"] = HE

# ================================================================ Greek
EL_TEEN = "δέκα,έντεκα,δώδεκα,δεκατρία,δεκατέσσερα,δεκαπέντε,δεκαέξι,δεκαεφτά,δεκαοχτώ,δεκαεννιά".split(",")
EL_TENS = [None, None] + "είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα ενενήντα".split()


def el_pair(n):
    if n < 10:
        return EL_D[n]
    if n < 20:
        return EL_TEEN[n - 10]
    t, u = divmod(n, 10)
    return EL_TENS[t] if u == 0 else f"{EL_TENS[t]} {EL_D[u]}"


def el_pairs(d, sep=" "):
    return sep.join(el_pair(int(d[i:i + 2])) if d[i] != "0" else f"μηδέν {EL_D[int(d[i + 1])]}"
                    for i in range(0, len(d), 2))


EL_C = [luhn("516732004189275"), luhn("476173900112458"), luhn("374245455400126"[:14]),
        luhn("455673021148893"), luhn("522119883406712"), luhn("4000123443217"[:12]),
        luhn("601100770012459"), luhn("3012948573101")]
EL_I = [iban("GR", "01402180218002320008765"), iban("GR", "01108610000086174812392"),
        iban("GR", "02601240000920100388123"), iban("GR", "01722520005252049810442"),
        iban("CY", "002001280000001200527600"), iban("CY", "005003500000000115630801"),
        iban("GR", "07100750000000007511234"), iban("DE", "210700200123456789")]
EL_AFM = [afm(p) for p in ("04652281", "13098874", "11573620", "07724195", "16630458",
                           "05119837", "12284509", "03365712")]

EL = [
    # --- souvenir shop (Santorini)
    ("Καλημέρα, Σαντορίνη Σουβενίρ, η Κατερίνα είμαι, πώς μπορώ να βοηθήσω;", [("name", "Κατερίνα")]),
    ("Γεια σας, με λένε Σταύρο Νικολαΐδη, θέλω να παραγγείλω είκοσι μαγνητάκια και δέκα κούπες για το μαγαζί μου.",
     [("name", "Σταύρο Νικολαΐδη")]),
    ("Ναι βεβαίως, τα μαγνητάκια είναι 2,50 το ένα και οι κούπες 8 ευρώ, σύνολο 130.", []),
    ("Η αποστολή με ACS παίρνει 2 με 3 εργάσιμες, ο αριθμός αποστολής είναι 7401 2289 36.", []),
    ("Στη Θεσσαλονίκη, Εγνατία 112, τρίτος όροφος, 54630.", [("address", "Εγνατία 112, τρίτος όροφος, 54630")],
     "Πού να τα στείλουμε;"),
    ("Το ΑΦΜ του μαγαζιού για το τιμολόγιο είναι " + EL_AFM[0] + ".", [("id", EL_AFM[0])]),
    (f"το κινητό μου έξι εννιά επτά, {say('431', EL_D)}, {el_pairs('8025')}",
     [("phone", f"έξι εννιά επτά, {say('431', EL_D)}, {el_pairs('8025')}")]),
    (f"Θα πληρώσω με κατάθεση, στείλτε μου το IBAN σας. Α, όχι, εσείς θέλετε το δικό μου; {grp(EL_I[0])}",
     [("iban", grp(EL_I[0]))]),
    # --- squash club (Athens, young caller)
    ("Squash Club Γλυφάδας, καλησπέρα.", []),
    ("Καλησπέρα, είμαι η Δανάη Παπαδοπούλου, θέλω να κλείσω γήπεδο για Πέμπτη στις 7.",
     [("name", "Δανάη Παπαδοπούλου")]),
    ("Το γήπεδο 3 είναι ελεύθερο 19:00 με 20:00, 18 ευρώ η ώρα, ρακέτα 4 ευρώ.", []),
    ("Για συνδρομή μέλους χρειάζομαι ημερομηνία γέννησης.", []),
    ("δεκαεφτά του δέκα του ενενήντα εννιά", [("date_of_birth", "δεκαεφτά του δέκα του ενενήντα εννιά")],
     "Για συνδρομή μέλους χρειάζομαι ημερομηνία γέννησης."),
    ("Το email μου είναι danai παπάκι hotmail τελεία com, danai με γιώτα στο τέλος.",
     [("email", "danai παπάκι hotmail τελεία com")]),
    ("Η ετήσια συνδρομή είναι 420 ευρώ, ή 45 τον μήνα, και το τουρνουά είναι στις 12 Απριλίου.", []),
    (f"κάρτα {grp(EL_C[0])}", [("card", grp(EL_C[0]))], "Θα πληρώσετε με κάρτα;"),
    ("Ευχαριστώ πολύ, τα λέμε την Πέμπτη, και φέρτε πετσέτα.", []),
    # --- subtitling agency (Thessaloniki)
    ("Subtitle Lab, λέγετε.", []),
    ("Γεια σας, λέγομαι Ηλίας Τσολάκης, είμαι μεταφραστής, σας έστειλα το βιογραφικό μου.",
     [("name", "Ηλίας Τσολάκης")]),
    ("Ναι κύριε Τσολάκη, πληρώνουμε 2,20 το λεπτό για υποτιτλισμό από αγγλικά, με προθεσμία 5 ημέρες.",
     [("name", "Τσολάκη")]),
    ("Το πρώτο project είναι μια σειρά 8 επεισοδίων των 45 λεπτών, κωδικός SL-2231.", []),
    ("Για τη σύμβαση χρειάζομαι ΑΦΜ και IBAN.", []),
    (f"ΑΦΜ {say(EL_AFM[1], EL_D)}, και IBAN {EL_I[1]}",
     [("id", say(EL_AFM[1], EL_D)), ("iban", EL_I[1])], "Για τη σύμβαση χρειάζομαι ΑΦΜ και IBAN."),
    ("ilias underscore tsolakis at yahoo dot gr", [("email", "ilias underscore tsolakis at yahoo dot gr")],
     "Και ένα email;"),
    ("Η ΔΟΥ μου είναι η Καλαμαριάς, και πληρώνομαι στο τέλος του μήνα, συνήθως στις 30.", []),
    # --- timeshare resale (Cyprus)
    ("Καλημέρα, Paphos Sun Timeshare, μιλάτε με τον Ανδρέα.", [("name", "Ανδρέα")]),
    ("Καλημέρα σας, η Ελένη Χαραλάμπους είμαι που την Λεμεσό, θέλω να πουλήσω την εβδομάδα μου.",
     [("name", "Ελένη Χαραλάμπους")]),
    ("Η εβδομάδα 28, διαμέρισμα 104, την αγοράσαμε το 2004 με 9.500 λίρες.", []),
    ("Η αγγελία κοστίζει 300 ευρώ και η προμήθεια 10%, τα κοινόχρηστα είναι 640 τον χρόνο.", []),
    ("Ποια είναι η διεύθυνσή σας για το συμβόλαιο;", []),
    ("Λεωφόρος Μακαρίου 45, διαμέρισμα 302, Λεμεσός 3065.",
     [("address", "Λεωφόρος Μακαρίου 45, διαμέρισμα 302, Λεμεσός 3065")],
     "Ποια είναι η διεύθυνσή σας για το συμβόλαιο;"),
    (f"το τηλέφωνο μου εννιά εννιά, {say('524', EL_D)}, {say('718', EL_D)}",
     [("phone", f"εννιά εννιά, {say('524', EL_D)}, {say('718', EL_D)}")]),
    (f"Τα λεφτά στην Τράπεζα Κύπρου, {grp(EL_I[4])}", [("iban", grp(EL_I[4]))]),
    ("γεννήθηκα στις τρεις Μαρτίου του σαράντα οχτώ, αν χρειάζεστε για την ταυτότητα",
     [("date_of_birth", "τρεις Μαρτίου του σαράντα οχτώ")]),
]
EL += [
    # --- TV repair (Athens, older caller)
    ("Τηλεοράσεις Service Τζαννετάκης, παρακαλώ.", []),
    ("Ναι, γεια σας, ο Παναγιώτης Κουτσούκος είμαι, η τηλεόραση η LG δεν ανάβει, μόνο το κόκκινο λαμπάκι.",
     [("name", "Παναγιώτης Κουτσούκος")]),
    ("Κύριε Παναγιώτη, ο έλεγχος είναι 25 ευρώ, και αν είναι τροφοδοτικό θα πάει κάπου 80 με 90.",
     [("name", "Παναγιώτη")]),
    ("Είναι 49 ιντσών, μοντέλο 49UK6200, την πήρα από τον Κωτσόβολο το 2018.", []),
    ("Η διεύθυνση για να περάσει ο τεχνικός;", []),
    ("εεε μένω στην Πατησίων 210, δεύτερος όροφος, κουδούνι Κουτσούκος, Κυψέλη",
     [("address", "Πατησίων 210, δεύτερος όροφος, κουδούνι Κουτσούκος, Κυψέλη")],
     "Η διεύθυνση για να περάσει ο τεχνικός;"),
    (f"σταθερό διακόσια δέκα, {say('864', EL_D)}, {el_pairs('3071')}",
     [("phone", f"διακόσια δέκα, {say('864', EL_D)}, {el_pairs('3071')}")]),
    ("Ο τεχνικός θα έρθει Τετάρτη μεταξύ 10 και 1, ο αριθμός εργασίας είναι 55821.", []),
    ("Η εγγύηση επισκευής είναι 6 μήνες, και η πληρωμή γίνεται μετρητά ή με κάρτα επί τόπου.", []),
    # --- tea merchant (Chania, Crete)
    ("Τεϊοπωλείο Λευκά Όρη, καλησπέρα, η Μαρίνα στο τηλέφωνο.", [("name", "Μαρίνα")]),
    ("Γεια σου, ο Μανώλης είμαι, ο Μανούσος Βλαχάκης από το καφενείο στα Σφακιά.",
     [("name", "Μανώλης"), ("name", "Μανούσος Βλαχάκης")]),
    ("Θέλω πέντε κιλά μαλοτήρα και τρία κιλά δίκταμο, πόσο κάνουν;", []),
    ("Ο μαλοτήρας 28 ευρώ το κιλό, ο δίκταμος 65, σύνολο 335 με ΦΠΑ 13%.", []),
    (f"ΑΦΜ καφενείου {EL_AFM[2][:3]} {EL_AFM[2][3:6]} {EL_AFM[2][6:]}",
     [("id", f"{EL_AFM[2][:3]} {EL_AFM[2][3:6]} {EL_AFM[2][6:]}")], "Θα θέλετε τιμολόγιο; Το ΑΦΜ;"),
    ("Η παραγγελία 1187 θα φύγει αύριο με τα ΚΤΕΛ στις 14:30.", []),
    (f"κινητό {el_pairs('69')} {el_pairs('45')} {el_pairs('2208')} {el_pairs('17')}",
     [("phone", f"{el_pairs('69')} {el_pairs('45')} {el_pairs('2208')} {el_pairs('17')}")]),
    (f"πληρωμή με κάρτα, {say(EL_C[1][:4], EL_D)}, {say(EL_C[1][4:8], EL_D)}, {say(EL_C[1][8:12], EL_D)}, {say(EL_C[1][12:], EL_D)}",
     [("card", f"{say(EL_C[1][:4], EL_D)}, {say(EL_C[1][4:8], EL_D)}, {say(EL_C[1][8:12], EL_D)}, {say(EL_C[1][12:], EL_D)}")]),
    # --- trade-fair exhibitor registration (HELEXPO, Thessaloniki)
    ("ΔΕΘ Helexpo, τμήμα εκθετών, Γιώργος Αλεξίου, παρακαλώ.", [("name", "Γιώργος Αλεξίου")]),
    ("Καλημέρα, από την εταιρεία Ελαιώνες Μεσσηνίας, λέγομαι Φωτεινή Καραγιάννη, θέλουμε περίπτερο στη Food Expo.",
     [("name", "Φωτεινή Καραγιάννη")]),
    ("Η έκθεση είναι 15 με 17 Μαρτίου, το περίπτερο 12 τετραγωνικά στο περίπτερο 13, στα 185 ευρώ το τετραγωνικό.", []),
    ("Η προκαταβολή 30% μέχρι τις 20 Ιανουαρίου, δηλαδή 666 ευρώ.", []),
    ("f.karagianni@elaiones-messinias.gr", [("email", "f.karagianni@elaiones-messinias.gr")], "Το email της εταιρείας;"),
    (f"Θα καταθέσουμε από τον λογαριασμό μας {grp(EL_I[2])}", [("iban", grp(EL_I[2]))]),
    ("ΑΦΜ εταιρείας " + EL_AFM[3], [("id", EL_AFM[3])]),
    ("Ο κωδικός κράτησης είναι FE25-0413, και τα πάσο εκθετών είναι 4 ανά περίπτερο.", []),
    # --- used-cooking-oil collection (Athens restaurant)
    ("Ανακύκλωση τηγανελαίων Οικο-Λάδι, καλημέρα.", []),
    ("Καλημέρα, ο Θοδωρής απ' το σουβλατζίδικο στο Περιστέρι, ο Θεόδωρος Μπακάλης, έχουμε τρία βαρέλια γεμάτα.",
     [("name", "Θοδωρής"), ("name", "Θεόδωρος Μπακάλης")]),
    ("Πληρώνουμε 0,40 το λίτρο, το βαρέλι είναι 60 λίτρα, άρα 72 ευρώ για τα τρία.", []),
    ("Η διεύθυνση του καταστήματος;", []),
    ("Θηβών 148, Περιστέρι, δίπλα στο φαρμακείο", [("address", "Θηβών 148, Περιστέρι")],
     "Η διεύθυνση του καταστήματος;"),
    ("Το φορτηγό περνάει κάθε δεύτερη Τρίτη, το επόμενο δρομολόγιο στις 8 Οκτωβρίου.", []),
    (f"IBAN για την πληρωμή, {grp(EL_I[3])}, Eurobank", [("iban", grp(EL_I[3]))]),
    (f"ΑΦΜ {EL_AFM[4][:5]}... {EL_AFM[4][5:]}", [("id", f"{EL_AFM[4][:5]}... {EL_AFM[4][5:]}")],
     "Και το ΑΦΜ για το παραστατικό;"),
    ("Το πιστοποιητικό ανακύκλωσης βγαίνει με αριθμό 2024/0917, και ισχύει για έναν χρόνο.", []),
    ("κινητό +30 694 118 2730", [("phone", "+30 694 118 2730")]),
]
EL += [
    # --- wedding videographer (Cyprus, young couple)
    ("Γεια σας, Wedding Films Λάρνακα, ο Μάριος μιλά.", [("name", "Μάριος")]),
    ("Γεια σου, εν η Χρυστάλλα, παντρευκούμαστε με τον Κυριάκο τον Ιούνιο τζαι θέλουμε βίντεο.",
     [("name", "Χρυστάλλα")]),
    ("Το πακέτο με drone είναι 1.800 ευρώ, και το highlight βίντεο 5 λεπτών βγαίνει σε 6 εβδομάδες.", []),
    ("Ο γάμος είναι 14 Ιουνίου στις 6 το απόγευμα στον Άγιο Λάζαρο, και η δεξίωση στο κτήμα Αμπελούι.", []),
    ("Το email μου christalla.k@cytanet.com.cy", [("email", "christalla.k@cytanet.com.cy")]),
    (f"η προκαταβολή 500 από την Ελληνική Τράπεζα, {grp(EL_I[5])}", [("iban", grp(EL_I[5]))]),
    ("Η διεύθυνση για το συμβόλαιο, οδός Αρχιεπισκόπου Κυπριανού 12, διαμέρισμα 4, Λάρνακα 6016",
     [("address", "οδός Αρχιεπισκόπου Κυπριανού 12, διαμέρισμα 4, Λάρνακα 6016")]),
    (f"τηλέφωνο {el_pairs('96')}, {say('318', EL_D)}, {say('452', EL_D)}",
     [("phone", f"{el_pairs('96')}, {say('318', EL_D)}, {say('452', EL_D)}")]),
    (f"{EL_C[2][:4]} {EL_C[2][4:10]} {EL_C[2][10:]}", [("card", f"{EL_C[2][:4]} {EL_C[2][4:10]} {EL_C[2][10:]}")],
     "Πείτε μου τον αριθμό της κάρτας."),
    ("Το συμβόλαιο 2025-071 έχει 2 κάμερες, 10 ώρες κάλυψη και USB με 300 φωτογραφίες.", []),
    # --- vitamin subscription (Patras)
    ("VitaBox συνδρομές, Σοφία σας εξυπηρετεί.", [("name", "Σοφία")]),
    ("Καλησπέρα, το όνομά μου είναι Αικατερίνη Σπυροπούλου, με λένε Κατίνα, μου χρεώσατε δύο φορές τον Μάιο.",
     [("name", "Αικατερίνη Σπυροπούλου"), ("name", "Κατίνα")]),
    ("Βλέπω δύο χρεώσεις των 34,90 στις 5 Μαΐου, θα γίνει επιστροφή σε 5 με 7 εργάσιμες.", []),
    ("είκοσι οχτώ Φεβρουαρίου, χίλια εννιακόσια εξήντα επτά",
     [("date_of_birth", "είκοσι οχτώ Φεβρουαρίου, χίλια εννιακόσια εξήντα επτά")],
     "Για επιβεβαίωση, ημερομηνία γέννησης;"),
    (f"η κάρτα που τελειώνει σε 4417; όχι, την άλλαξα, η καινούργια είναι {grp(EL_C[3])}",
     [("card", grp(EL_C[3]))]),
    ("Η συνδρομή σας περιλαμβάνει βιταμίνη C 1000 και μαγνήσιο 375, 60 ταμπλέτες.", []),
    ("Το email; katina παπάκι otenet τελεία gr", [("email", "katina παπάκι otenet τελεία gr")]),
    ("Μένω Κορίνθου 233, Πάτρα, τρίτος, κουδούνι Σπυροπούλου",
     [("address", "Κορίνθου 233, Πάτρα, τρίτος, κουδούνι Σπυροπούλου")]),
    ("Ο κωδικός κουπονιού VITA15 ισχύει μέχρι τις 31 Αυγούστου.", []),
    # --- water-damage restoration (Athens, younger caller)
    ("Αποκατάσταση ζημιών από νερό ΑκουαΣτοπ, καλησπέρα.", []),
    ("γεια σας ο Άρης είμαι ο Αριστοτέλης Μαυρίδης μας πλημμύρισε το μπάνιο από τον πάνω όροφο",
     [("name", "Άρης"), ("name", "Αριστοτέλης Μαυρίδης")]),
    ("Κύριε Μαυρίδη, το συνεργείο μπορεί να έρθει σε 2 ώρες, ο αφυγραντήρας είναι 30 ευρώ τη μέρα.",
     [("name", "Μαυρίδη")]),
    ("Αγίου Μελετίου 57, τέταρτος όροφος, 11361 Αθήνα", [("address", "Αγίου Μελετίου 57, τέταρτος όροφος, 11361 Αθήνα")],
     "Η διεύθυνση;"),
    ("Η ασφαλιστική είναι η Εθνική, αριθμός φακέλου 88 2041 73, απαλλαγή 300 ευρώ.", []),
    (f"κάρτα {EL_C[4][:4]}-{EL_C[4][4:8]}-{EL_C[4][8:12]}-{EL_C[4][12:]}",
     [("card", f"{EL_C[4][:4]}-{EL_C[4][4:8]}-{EL_C[4][8:12]}-{EL_C[4][12:]}")]),
    ("aris_mavridis93@gmail.com", [("email", "aris_mavridis93@gmail.com")], "Ένα email για το πόρισμα;"),
    (f"ΑΦΜ για την απόδειξη, {el_pairs(EL_AFM[5][:8])} {EL_D[int(EL_AFM[5][8])]}",
     [("id", f"{el_pairs(EL_AFM[5][:8])} {EL_D[int(EL_AFM[5][8])]}")]),
    ("Η μέτρηση υγρασίας ήταν 42% και θα χρειαστούν 4 μέρες στέγνωμα.", []),
    # --- property valuer (Nicosia / Athens)
    ("Γραφείο εκτιμήσεων ακινήτων, καλημέρα σας.", []),
    ("Καλημέρα, ονομάζομαι Κωνσταντίνος Ιωάννου, θέλω εκτίμηση για ένα διαμέρισμα στο Κολωνάκι.",
     [("name", "Κωνσταντίνος Ιωάννου")]),
    ("Η αμοιβή είναι 250 ευρώ για διαμέρισμα ως 100 τετραγωνικά, και η έκθεση βγαίνει σε 10 ημέρες.", []),
    ("Το ακίνητο είναι Σκουφά 40, 85 τετραγωνικά, 2ος όροφος, χτισμένο το 1972.", []),
    (f"ΑΦΜ {EL_AFM[6]}, και ημερομηνία γέννησης 09/11/1958",
     [("id", EL_AFM[6]), ("date_of_birth", "09/11/1958")], "Για την εντολή χρειάζομαι ΑΦΜ και ημερομηνία γέννησης."),
    (f"Ζω στη Γερμανία, πληρώνω από {grp(EL_I[7])}", [("iban", grp(EL_I[7]))]),
    ("+49 171 5583 902, αυτό είναι το γερμανικό κινητό", [("phone", "+49 171 5583 902")]),
    ("και της γυναίκας μου, γεννημένη 21.05.1961, το ΑΦΜ " + EL_AFM[7],
     [("date_of_birth", "21.05.1961"), ("id", EL_AFM[7])]),
    (f"η Visa {EL_C[5]}", [("card", EL_C[5])]),
    (f"Discover, {grp(EL_C[6])}", [("card", grp(EL_C[6]))]),
    (f"diners {EL_C[7][:4]} {EL_C[7][4:10]} {EL_C[7][10:]}", [("card", f"{EL_C[7][:4]} {EL_C[7][4:10]} {EL_C[7][10:]}")]),
    ("γεννήθηκα 3 του 7 του 85", [("date_of_birth", "3 του 7 του 85")], "Ημερομηνία γέννησης;"),
    (f"το IBAN της Πειραιώς {EL_I[6]}", [("iban", EL_I[6])]),
    ("ο γιος μου είναι γεννημένος στις δώδεκα Αυγούστου δύο χιλιάδες τρία, θα έρθει αυτός στην αυτοψία",
     [("date_of_birth", "δώδεκα Αυγούστου δύο χιλιάδες τρία")]),
    ("Για τον γιο μου, αν δεν με βρείτε, 6978 402 913", [("phone", "6978 402 913")]),
    ("kostas.ioannou@web.de, με τελεία ανάμεσα", [("email", "kostas.ioannou@web.de")]),
    ("Το Σάββατο στις 11 θα είμαι στο Σύνταγμα, 3 στάσεις με το μετρό από τον Ευαγγελισμό.", []),
]
LANGS["el"] = EL


def main():
    os.makedirs(OUT, exist_ok=True)
    for lang, items in LANGS.items():
        rows = build(items)
        with open(os.path.join(OUT, f"{lang}.jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        counts = {}
        for r in rows:
            for s in r["spans"]:
                counts[s["kind"]] = counts.get(s["kind"], 0) + 1
        empty = sum(1 for r in rows if not r["spans"])
        print(lang, len(rows), "items,", empty, "non-personal,",
              sum(counts.values()), "spans", dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
